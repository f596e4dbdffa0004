"""The program's style sheet (``resources/style.qss``)."""

from __future__ import annotations

from pathlib import Path

from PySide6.QtWidgets import QApplication

import app as app_package

STYLE_FILE = Path(app_package.__file__).resolve().parent.parent / "resources" / "style.qss"


def apply_style(application: QApplication) -> None:
    application.setStyle("Fusion")
    if STYLE_FILE.exists():
        application.setStyleSheet(STYLE_FILE.read_text(encoding="utf-8"))
