"""Sarabun for ReportLab, registered once per process (the engine's start-up cost)."""

from __future__ import annotations

import threading
from pathlib import Path

import fontpkg_sarabun
from reportlab.lib.fonts import addMapping
from reportlab.pdfbase import pdfmetrics
from reportlab.pdfbase.ttfonts import TTFont

REGULAR = "Sarabun"
BOLD = "Sarabun-Bold"
ITALIC = "Sarabun-Italic"
BOLD_ITALIC = "Sarabun-BoldItalic"

_FILES = {
    REGULAR: "Sarabun-Regular.ttf",
    BOLD: "Sarabun-Bold.ttf",
    ITALIC: "Sarabun-Italic.ttf",
    BOLD_ITALIC: "Sarabun-BoldItalic.ttf",
}
_lock = threading.Lock()
_done = False


def font_file(name: str) -> Path:
    return Path(fontpkg_sarabun.ROOT) / "files" / _FILES[name]


def register_pdf_fonts() -> None:
    """Register the four Sarabun faces with ReportLab and map <b>/<i> to them (once)."""
    global _done
    with _lock:
        if _done:
            return
        for name in _FILES:
            pdfmetrics.registerFont(TTFont(name, str(font_file(name)), shapable=True))
        addMapping(REGULAR, 0, 0, REGULAR)
        addMapping(REGULAR, 1, 0, BOLD)
        addMapping(REGULAR, 0, 1, ITALIC)
        addMapping(REGULAR, 1, 1, BOLD_ITALIC)
        _done = True
