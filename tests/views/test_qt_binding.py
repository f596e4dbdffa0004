"""The Qt binding must not lose references to None (PySide6 6.12.0 on CPython 3.11 did:
every void method call took one, and the program aborted after a few thousand calls)."""

from __future__ import annotations

import sys

from PySide6.QtCore import QObject
from PySide6.QtWidgets import QLabel
from pytestqt.qtbot import QtBot


def test_void_method_calls_keep_references_to_none(qtbot: QtBot) -> None:
    label = QLabel()
    qtbot.addWidget(label)
    owner = QObject()
    before = sys.getrefcount(None)
    for number in range(5_000):
        label.setText(str(number))
        owner.setObjectName("x")
    assert sys.getrefcount(None) >= before
