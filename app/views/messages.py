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


def confirm(parent: QWidget | None, text: str, action: str) -> bool:
    """Ask before doing ``action`` (a translated button text); True when the person agrees."""
    box = QMessageBox(parent)
    box.setIcon(QMessageBox.Icon.Question)
    box.setWindowTitle(APP_NAME)
    box.setText(text)
    yes = box.addButton(action, QMessageBox.ButtonRole.AcceptRole)
    no = box.addButton(
        QCoreApplication.translate("Messages", "Cancel"), QMessageBox.ButtonRole.RejectRole
    )
    box.setDefaultButton(no)
    box.exec()
    return box.clickedButton() is yes


def ask_save_changes(parent: QWidget | None) -> str:
    """Ask what to do with unsaved changes: "save", "discard" or "keep" (editing)."""
    box = QMessageBox(parent)
    box.setIcon(QMessageBox.Icon.Question)
    box.setWindowTitle(APP_NAME)
    box.setText(QCoreApplication.translate("Messages", "Save the changes to this record?"))
    save = box.addButton(
        QCoreApplication.translate("Messages", "Save"), QMessageBox.ButtonRole.AcceptRole
    )
    discard = box.addButton(
        QCoreApplication.translate("Messages", "Discard changes"),
        QMessageBox.ButtonRole.DestructiveRole,
    )
    keep = box.addButton(
        QCoreApplication.translate("Messages", "Keep editing"), QMessageBox.ButtonRole.RejectRole
    )
    box.setDefaultButton(save)
    box.setEscapeButton(keep)
    box.exec()
    clicked = box.clickedButton()
    if clicked is save:
        return "save"
    if clicked is discard:
        return "discard"
    return "keep"
