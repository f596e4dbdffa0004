"""Work started after a window's first frame: once, after painting, or after a fallback."""

from __future__ import annotations

from PySide6.QtCore import QEvent, QObject
from PySide6.QtWidgets import QApplication, QWidget
from pytestqt.qtbot import QtBot

from app.views.first_frame import after_first_frame


class _Paints(QObject):
    def __init__(self, widget: QWidget) -> None:
        super().__init__(widget)
        self.count = 0
        widget.installEventFilter(self)

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:
        if event.type() == QEvent.Type.Paint:
            self.count += 1
        return False


def test_work_runs_once_after_the_first_paint(qtbot: QtBot) -> None:
    widget = QWidget()
    qtbot.addWidget(widget)
    paints = _Paints(widget)
    painted_before: list[int] = []
    after_first_frame(widget, lambda: painted_before.append(paints.count), fallback_ms=60_000)
    widget.show()
    qtbot.waitUntil(lambda: bool(painted_before), timeout=5_000)
    assert painted_before[0] >= 1
    widget.update()
    qtbot.wait(50)
    assert len(painted_before) == 1


def test_work_runs_after_the_fallback_without_a_frame(qtbot: QtBot) -> None:
    widget = QWidget()  # never shown: never painted
    qtbot.addWidget(widget)
    calls: list[str] = []
    after_first_frame(widget, lambda: calls.append("run"), fallback_ms=10)
    qtbot.waitUntil(lambda: calls == ["run"], timeout=5_000)


def test_nothing_runs_for_a_deleted_widget(qtbot: QtBot, qapp: QApplication) -> None:
    widget = QWidget()
    calls: list[str] = []
    after_first_frame(widget, lambda: calls.append("run"), fallback_ms=10)
    widget.deleteLater()
    qtbot.wait(100)
    assert calls == []
