"""The one way views run service work: off the UI thread, with progress and error reports.

A view hands :meth:`TaskRunner.submit` a function of a :class:`TaskContext`; the function runs
on a worker thread of the runner's pool, opens its own Session from the store
(``context.session()``), may report progress, and returns a plain result. The result, the
progress and any error come back to the UI thread as Qt signals of the :class:`Task`; the
view's callbacks run there, so they may touch widgets. Nothing here touches a widget from a
worker thread.
"""

from __future__ import annotations

from collections.abc import Callable
from typing import TYPE_CHECKING, Any, TypeVar

from PySide6.QtCore import (
    SIGNAL,
    QCoreApplication,
    QObject,
    QRunnable,
    Qt,
    QThreadPool,
    QTimer,
    Signal,
    Slot,
)
from PySide6.QtWidgets import QProgressDialog, QWidget

from app.services.app_logging import get_logger, log_file
from app.services.store import Store, StoreError
from app.services.validation import FieldError
from app.views import messages

if TYPE_CHECKING:
    from sqlalchemy.orm import Session

T = TypeVar("T")
SWEEP_MS = 200
"""How soon finished tasks are deleted again after a worker was still busy."""

_log = get_logger("views.runner")

PROGRESS_DIALOG_DELAY_MS = 400


class TaskContext:
    """What a task function gets on its worker thread."""

    def __init__(self, store: Store | None, relay: _Relay) -> None:
        self.store = store
        self._relay = relay

    def session(self) -> Session:
        """A new Session of the runner's store; close it (use ``with``)."""
        if self.store is None:
            raise RuntimeError("no database is open")
        return self.store.session()

    def progress(self, percent: int, message: str = "") -> None:
        """Report progress (0-100; -1 when unknown) with an optional translated message."""
        self._relay.progressed.emit(int(percent), message)


class _Relay(QObject):
    """Carries a worker's reports; emitted on the worker thread, received on the UI thread."""

    progressed = Signal(int, str)
    succeeded = Signal(object)
    failed = Signal(object)


class _Job(QRunnable):
    def __init__(self, function: Callable[[TaskContext], Any], context: TaskContext) -> None:
        super().__init__()
        self.setAutoDelete(False)  # the Task keeps it until the result is delivered
        self._function = function
        self._context = context

    def run(self) -> None:
        relay = self._context._relay
        try:
            result = self._function(self._context)
        except BaseException as error:
            relay.failed.emit(error)
        else:
            relay.succeeded.emit(result)


class Task(QObject):
    """One submitted piece of work, living on the UI thread.

    ``progressed(percent, message)``, then ``succeeded(result)`` or ``failed(error)``, then
    ``finished()`` always last.
    """

    progressed = Signal(int, str)
    succeeded = Signal(object)
    failed = Signal(object)
    finished = Signal()

    def __init__(self, name: str) -> None:
        super().__init__()
        self.name = name
        self.result: Any = None
        self.error: BaseException | None = None
        self.done = False
        self._relay = _Relay(self)
        self._job: _Job | None = None
        queued = Qt.ConnectionType.QueuedConnection
        self._relay.progressed.connect(self._on_progress, queued)
        self._relay.succeeded.connect(self._on_success, queued)
        self._relay.failed.connect(self._on_failure, queued)

    @Slot(int, str)
    def _on_progress(self, percent: int, message: str) -> None:
        if not self.done:
            self.progressed.emit(percent, message)

    @Slot(object)
    def _on_success(self, result: object) -> None:
        self.result = result
        self._finish()
        self.succeeded.emit(result)
        self.finished.emit()

    @Slot(object)
    def _on_failure(self, error: object) -> None:
        assert isinstance(error, BaseException)
        self.error = error
        self._finish()
        self.failed.emit(error)
        self.finished.emit()

    def release(self) -> None:
        """Drop the callbacks connected to this task: they refer back to it, and Qt holds
        them, so without this the task would never be freed."""
        for name in ("progressed(int,QString)", "succeeded(PyObject)", "failed(PyObject)"):
            if self.receivers(SIGNAL(name)):
                getattr(self, name.partition("(")[0]).disconnect()
        if self.receivers(SIGNAL("finished()")):
            self.finished.disconnect()

    def _finish(self) -> None:
        # The job is kept until the task itself is deleted: the worker may still be
        # returning from its run() when the result arrives here.
        self.done = True


def error_text(error: BaseException) -> str:
    """What to tell a person about an error: its own message when it has one for people."""
    if isinstance(error, StoreError | FieldError):
        return error.message
    from app.services.demo import DemoError  # not imported before it is needed: start-up

    if isinstance(error, DemoError):
        return str(error)
    return QCoreApplication.translate(
        "Runner",
        "The work could not be finished because of an unexpected error. "
        "The details were written to the log file {path}.",
    ).format(path=log_file())


class TaskRunner(QObject):
    """Runs service functions on a small thread pool and reports back on the UI thread."""

    busy_changed = Signal(bool)

    def __init__(self, store: Store | None, parent: QObject | None = None) -> None:
        super().__init__(parent)
        self.store = store
        self._pool = QThreadPool(self)
        self._pool.setMaxThreadCount(2)
        self._active: set[Task] = set()
        self._finished: list[Task] = []
        self._sweeper = QTimer(self, singleShot=True, interval=SWEEP_MS)
        self._sweeper.timeout.connect(self._sweep)

    @property
    def busy(self) -> bool:
        return bool(self._active)

    def submit(
        self,
        name: str,
        function: Callable[[TaskContext], T],
        *,
        on_result: Callable[[T], None] | None = None,
        on_error: Callable[[BaseException], None] | None = None,
        progress_title: str | None = None,
        parent_widget: QWidget | None = None,
    ) -> Task:
        """Run ``function(context)`` on a worker thread.

        ``on_result`` gets the return value on the UI thread. A failure is logged, then given
        to ``on_error`` or, without one, shown in a message box. With ``progress_title`` a
        progress dialog (window-modal, shown after a short delay) follows the work.
        """
        task = Task(name)
        context = TaskContext(self.store, task._relay)
        job = _Job(function, context)
        task._job = job
        if on_result is not None:
            task.succeeded.connect(on_result)
        task.failed.connect(lambda error: self._report(task, error, on_error, parent_widget))
        if progress_title is not None:
            self._attach_progress_dialog(task, progress_title, parent_widget)
        task.finished.connect(lambda: self._forget(task))
        was_busy = self.busy
        self._active.add(task)
        if not was_busy:
            self.busy_changed.emit(True)
        self._pool.start(job)
        return task

    def _report(
        self,
        task: Task,
        error: BaseException,
        on_error: Callable[[BaseException], None] | None,
        parent_widget: QWidget | None,
    ) -> None:
        if isinstance(error, FieldError):
            _log.info("task %s refused an input: field %s", task.name, error.field)
        else:
            _log.error(
                "task %s failed", task.name, exc_info=(type(error), error, error.__traceback__)
            )
        if on_error is not None:
            on_error(error)
        else:
            messages.show_error(parent_widget, error_text(error))

    def _attach_progress_dialog(self, task: Task, title: str, parent: QWidget | None) -> None:
        dialog = QProgressDialog(parent)
        dialog.setWindowTitle(title)
        dialog.setLabelText(title)
        dialog.setCancelButton(None)
        dialog.setRange(0, 100)
        dialog.setMinimumDuration(PROGRESS_DIALOG_DELAY_MS)
        dialog.setWindowModality(Qt.WindowModality.WindowModal)
        dialog.setAutoClose(False)
        dialog.setAutoReset(False)
        dialog.setMinimumWidth(420)
        dialog.setValue(0)

        def show_progress(percent: int, message: str) -> None:
            if percent < 0:
                dialog.setRange(0, 0)
            else:
                dialog.setRange(0, 100)
                dialog.setValue(min(percent, 99))
            if message:
                dialog.setLabelText(message)

        task.progressed.connect(show_progress)
        task.finished.connect(dialog.close)
        task.finished.connect(dialog.deleteLater)

    def _forget(self, task: Task) -> None:
        self._active.discard(task)
        self._finished.append(task)
        self._sweeper.start()
        if not self._active:
            self.busy_changed.emit(False)

    def _sweep(self) -> None:
        """Let go of the finished tasks once no worker runs.

        A worker still returning from its job holds the task's relay and job for a moment
        after the result arrives. Tasks belong to Python (no Qt parent), so letting go of
        the last reference deletes one at once, outside any event it is delivering;
        ``deleteLater`` on them crashed the program now and again.
        """
        if not self._finished:
            return
        if self._pool.activeThreadCount():
            self._sweeper.start()
            return
        finished, self._finished = self._finished, []
        for task in finished:
            task.release()

    def wait(self, timeout_ms: int = 30_000) -> bool:
        """Block until the workers are idle (closing the window, tests)."""
        return bool(self._pool.waitForDone(timeout_ms))


class LatestRead:
    """Reads of which only the latest counts (a page reading its figures for the year
    chosen): the result or failure of a read that a newer one replaced is dropped, so last
    year's answer never lands after this year's."""

    def __init__(self) -> None:
        self._generation = 0

    def drop(self) -> None:
        """Drop the answer of the read under way (nothing is asked for any more)."""
        self._generation += 1

    def submit(
        self,
        runner: TaskRunner,
        name: str,
        function: Callable[[TaskContext], T],
        *,
        on_result: Callable[[T], None],
        on_error: Callable[[BaseException], None] | None = None,
        parent_widget: QWidget | None = None,
    ) -> None:
        """``runner.submit`` with ``on_result`` / ``on_error`` called for the latest read only
        (without ``on_error`` a failure is shown as ``runner.submit`` shows it)."""
        self._generation += 1
        generation = self._generation

        def result(value: T) -> None:
            if generation == self._generation:
                on_result(value)

        def error(failure: BaseException) -> None:
            if generation == self._generation and on_error is not None:
                on_error(failure)

        runner.submit(
            name,
            function,
            on_result=result,
            on_error=None if on_error is None else error,
            parent_widget=parent_widget,
        )
