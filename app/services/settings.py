"""The program's settings: one INI file over QSettings, every default declared once.

The file is ``paths.settings_file()`` (under ``CVM_DIRECTOR_HOME`` when that is set, so tests
use a temporary folder). Values are read through typed getters; a missing or unreadable value
gives the default from :data:`DEFAULTS`.
"""

from __future__ import annotations

from dataclasses import dataclass
from pathlib import Path
from typing import Any

from PySide6.QtCore import QByteArray, QSettings

from app.services import paths

LANGUAGES: tuple[str, ...] = ("th", "en")


@dataclass(frozen=True)
class Defaults:
    """The default of every setting (the one place they are declared)."""

    language: str = "th"
    last_database: str = ""
    window_geometry: bytes = b""
    window_state: bytes = b""
    fiscal_year: int = 0
    """0 means "the current fiscal year"."""
    thai_digits: bool = False
    supervision_due_days: int = 30
    """A placement in progress with no supervision visit in this many days is overdue."""


DEFAULTS = Defaults()

# INI keys, grouped by section.
_KEYS: dict[str, str] = {
    "language": "ui/language",
    "last_database": "database/last_path",
    "window_geometry": "window/geometry",
    "window_state": "window/state",
    "fiscal_year": "view/fiscal_year",
    "thai_digits": "view/thai_digits",
    "supervision_due_days": "placements/supervision_due_days",
}


class Settings:
    """Typed access to the settings file. Cheap to create; every instance sees the same file."""

    def __init__(self, path: Path | None = None) -> None:
        self.path = path or paths.settings_file()
        self._qsettings = QSettings(str(self.path), QSettings.Format.IniFormat)

    # -- plumbing -------------------------------------------------------------------------
    def _raw(self, name: str) -> Any:
        return self._qsettings.value(_KEYS[name])

    def _set(self, name: str, value: Any) -> None:
        self._qsettings.setValue(_KEYS[name], value)

    def _default(self, name: str) -> Any:
        return getattr(DEFAULTS, name)

    def _text(self, name: str) -> str:
        value = self._raw(name)
        return value if isinstance(value, str) else str(self._default(name))

    def _bytes(self, name: str) -> bytes:
        value = self._raw(name)
        if isinstance(value, QByteArray):
            return bytes(value.data())
        if isinstance(value, bytes):
            return value
        return bytes(self._default(name))

    def sync(self) -> None:
        """Write pending changes to the file now (Qt also does it when the object goes)."""
        self._qsettings.sync()

    def reset(self) -> None:
        """Forget every setting (back to the defaults)."""
        self._qsettings.clear()
        self._qsettings.sync()

    # -- language -------------------------------------------------------------------------
    def language(self) -> str:
        value = self._text("language")
        return value if value in LANGUAGES else DEFAULTS.language

    def set_language(self, language: str) -> None:
        if language not in LANGUAGES:
            raise ValueError(f"unknown language {language!r}; expected one of {LANGUAGES}")
        self._set("language", language)

    # -- last database --------------------------------------------------------------------
    def last_database(self) -> Path | None:
        value = self._text("last_database").strip()
        return Path(value) if value else None

    def set_last_database(self, path: Path | None) -> None:
        self._set("last_database", str(path) if path else "")

    # -- main window ----------------------------------------------------------------------
    def window_geometry(self) -> bytes:
        return self._bytes("window_geometry")

    def set_window_geometry(self, data: bytes) -> None:
        self._set("window_geometry", QByteArray(data))

    def window_state(self) -> bytes:
        return self._bytes("window_state")

    def set_window_state(self, data: bytes) -> None:
        self._set("window_state", QByteArray(data))

    # -- fiscal year ----------------------------------------------------------------------
    def fiscal_year(self) -> int | None:
        """The fiscal year (B.E.) chosen last, or None for "the current one"."""
        value = self._raw("fiscal_year")
        try:
            year = int(value) if value is not None else DEFAULTS.fiscal_year
        except (TypeError, ValueError):
            year = DEFAULTS.fiscal_year
        return year if year > 0 else None

    def set_fiscal_year(self, year_be: int | None) -> None:
        self._set("fiscal_year", int(year_be) if year_be else DEFAULTS.fiscal_year)

    # -- digits ---------------------------------------------------------------------------
    def thai_digits(self) -> bool:
        value = self._raw("thai_digits")
        if isinstance(value, bool):
            return value
        if isinstance(value, str):
            return value.strip().lower() in {"true", "1", "yes"}
        return DEFAULTS.thai_digits

    def set_thai_digits(self, enabled: bool) -> None:
        self._set("thai_digits", bool(enabled))

    # -- placements -----------------------------------------------------------------------
    def supervision_due_days(self) -> int:
        """Days a placement in progress may go without a supervision visit (1-365)."""
        try:
            days = int(self._raw("supervision_due_days"))
        except (TypeError, ValueError):
            return DEFAULTS.supervision_due_days
        return days if 1 <= days <= 365 else DEFAULTS.supervision_due_days

    def set_supervision_due_days(self, days: int) -> None:
        self._set("supervision_due_days", int(days))
