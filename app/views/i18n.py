"""The user interface language: Qt translators from ``i18n/cvm_<language>.qm``.

Switching replaces the installed translator; Qt then sends every widget a LanguageChange
event and each view calls its ``retranslate_ui()``. Source texts are English; Thai is the
default language.
"""

from __future__ import annotations

from pathlib import Path

from PySide6.QtCore import QCoreApplication, QObject, QTranslator, Signal

import app
from app.services.app_logging import get_logger
from app.services.settings import LANGUAGES, Settings
from app.views import thai_wrap

I18N_DIR = Path(app.__file__).resolve().parent.parent / "i18n"

_log = get_logger("views.i18n")
_current = "en"


def qm_path(language: str) -> Path:
    return I18N_DIR / f"cvm_{language}.qm"


def current_language() -> str:
    """The language of the installed translation ("th" or "en")."""
    return _current


def is_thai() -> bool:
    return _current == "th"


class DisplayTranslator(QTranslator):
    """A translator whose on-screen texts can wrap between Thai words (see ``thai_wrap``)."""

    def translate(
        self,
        context: str,
        source_text: str,
        disambiguation: str | None = None,
        n: int = -1,
    ) -> str | None:
        text = super().translate(context, source_text, disambiguation, n)
        if not text:
            # None, not "": Qt reads an empty string as "translated to nothing" and would
            # show it instead of falling back to the source text.
            return None
        if context in thai_wrap.WRAPPED_CONTEXTS and thai_wrap.needed():
            return thai_wrap.breakable(text)
        return text


class LanguageManager(QObject):
    """Installs the translator of the chosen language and remembers the choice."""

    changed = Signal(str)

    def __init__(self, settings: Settings, parent: QObject | None = None) -> None:
        super().__init__(parent)
        self._settings = settings
        self._translator: QTranslator | None = None

    @property
    def language(self) -> str:
        return _current

    def apply_saved(self) -> str:
        language = self._settings.language()
        self.apply(language, remember=False)
        return language

    def apply(self, language: str, *, remember: bool = True) -> None:
        global _current
        if language not in LANGUAGES:
            raise ValueError(f"unknown language {language!r}")
        translator = DisplayTranslator(self)
        if not translator.load(str(qm_path(language))):
            _log.error("translation file %s is missing or unreadable", qm_path(language).name)
        application = QCoreApplication.instance()
        if application is None:
            raise RuntimeError("create the QApplication before choosing a language")
        _current = language
        if self._translator is not None:
            QCoreApplication.removeTranslator(self._translator)
            self._translator.deleteLater()
        QCoreApplication.installTranslator(translator)
        self._translator = translator
        if remember:
            self._settings.set_language(language)
            self._settings.sync()
        self.changed.emit(language)

    def remove(self) -> None:
        """Uninstall the translator (tests; the program keeps it until it quits)."""
        global _current
        if self._translator is not None:
            QCoreApplication.removeTranslator(self._translator)
            self._translator = None
        _current = "en"
