"""The program's fonts: Sarabun from the ``fontpkg-sarabun`` package, never a system font."""

from __future__ import annotations

from pathlib import Path

import fontpkg_sarabun
from PySide6.QtGui import QFont, QFontDatabase
from PySide6.QtWidgets import QApplication

from app.services.app_logging import get_logger

FAMILY = "Sarabun"
POINT_SIZE = 11.0
"""Google Sarabun is larger per point than TH Sarabun New: 11 pt reads like a 15-16 pt
official Thai document on screen."""

_log = get_logger("views.fonts")
_registered: list[str] = []


def font_files() -> list[Path]:
    return sorted((Path(fontpkg_sarabun.ROOT) / "files").glob("*.ttf"))


def register_fonts() -> list[str]:
    """Register every Sarabun TTF with Qt (once); return the font families found."""
    if not _registered:
        families: set[str] = set()
        for path in font_files():
            font_id = QFontDatabase.addApplicationFont(str(path))
            if font_id < 0:
                _log.error("could not load font file %s", path.name)
                continue
            families.update(QFontDatabase.applicationFontFamilies(font_id))
        _registered.extend(sorted(families))
    return list(_registered)


def ui_font(point_size: float = POINT_SIZE) -> QFont:
    font = QFont(FAMILY)
    font.setPointSizeF(point_size)
    font.setStyleStrategy(QFont.StyleStrategy.PreferAntialias)
    return font


def apply_application_font(app: QApplication) -> None:
    """Register Sarabun and make it the font of every widget."""
    families = register_fonts()
    if FAMILY not in families:
        _log.error("Sarabun is missing: Thai text may not show correctly")
    app.setFont(ui_font())
