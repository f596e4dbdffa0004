"""Message boxes with translated buttons. Every view shows messages through these functions
(tests replace them, so no modal box ever waits for a click in a test)."""

from __future__ import annotations

from PySide6.QtCore import QCoreApplication
from PySide6.QtWidgets import QMessageBox, QWidget

from app import APP_NAME


def _box(parent: QWidget | None, icon: QMessageBox.Icon, text: str, detail: str) -> None:
    box = QMessageBox(parent)
    box.setIcon(icon)
    box.setWindowTitle(APP_NAME)
    box.setText(text)
    if detail:
        box.setInformativeText(detail)
    box.addButton(QCoreApplication.translate("Messages", "OK"), QMessageBox.ButtonRole.AcceptRole)
    box.exec()


def show_error(parent: QWidget | None, text: str, detail: str = "") -> None:
    _box(parent, QMessageBox.Icon.Critical, text, detail)


def show_warning(parent: QWidget | None, text: str, detail: str = "") -> None:
    _box(parent, QMessageBox.Icon.Warning, text, detail)


def show_info(parent: QWidget | None, text: str, detail: str = "") -> None:
    _box(parent, QMessageBox.Icon.Information, text, detail)
