"""Starting work once a window has painted its first frame.

Background work started while a window is being shown competes with it for the interpreter
(a worker importing SQLAlchemy holds the GIL for long stretches), so the main window starts
its first database reads only after its first frame is on screen.
"""

from __future__ import annotations

from collections.abc import Callable

from PySide6.QtCore import QEvent, QObject, QTimer
from PySide6.QtWidgets import QWidget

FALLBACK_MS = 250
"""Start anyway after this long, should no frame be painted (a window shown minimised)."""


class _AfterFirstFrame(QObject):
    """A child of the widget, so that it and its timer go when the widget goes.

    It never deletes itself: ``deleteLater()`` from its own timer's slot crashed the test
    process (PySide6 6.12), and an idle object costs nothing to keep.
    """

    def __init__(self, widget: QWidget, work: Callable[[], None], fallback_ms: int) -> None:
        super().__init__(widget)
        self._widget = widget
        self._work: Callable[[], None] | None = work
        self._timer = QTimer(self)
        self._timer.setSingleShot(True)
        self._timer.timeout.connect(self._run)
        self._timer.start(fallback_ms)
        widget.installEventFilter(self)

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:
        if watched is self._widget and event.type() == QEvent.Type.Paint:
            self._timer.start(0)  # from the event loop, once the frame is finished
        return False

    def _run(self) -> None:
        work, self._work = self._work, None
        if work is None:
            return
        self._timer.stop()
        self._widget.removeEventFilter(self)
        work()  # (the object itself stays, idle, until the widget goes)


def after_first_frame(
    widget: QWidget, work: Callable[[], None], fallback_ms: int = FALLBACK_MS
) -> None:
    """Call ``work`` once, from the event loop, after ``widget`` next paints (or after
    ``fallback_ms``, whichever comes first). Nothing is called if ``widget`` is deleted."""
    _AfterFirstFrame(widget, work, fallback_ms)
