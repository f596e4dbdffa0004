"""The task runner: work off the UI thread, results and errors back on it."""

from __future__ import annotations

import threading
from typing import Any

import pytest
from PySide6.QtCore import QThread
from PySide6.QtWidgets import QApplication, QProgressDialog, QWidget
from pytestqt.qtbot import QtBot
from sqlalchemy import func, select

from app.models import College
from app.services.store import Store, StoreError, StoreProblem
from app.services.validation import FieldError
from app.views.i18n import LanguageManager
from app.views.runner import SWEEP_MS, LatestRead, TaskContext, TaskRunner, error_text

WAIT_MS = 20_000


def test_work_runs_on_a_worker_and_the_result_arrives_on_the_ui_thread(
    qtbot: QtBot, runner: TaskRunner
) -> None:
    seen: dict[str, Any] = {}

    def count_colleges(context: TaskContext) -> int:
        seen["worker"] = threading.get_ident()
        with context.session() as session:
            return int(session.scalar(select(func.count()).select_from(College)) or 0)

    def deliver(result: int) -> None:
        seen["result"] = result
        seen["ui"] = QThread.currentThread() is QApplication.instance().thread()  # type: ignore[union-attr]

    task = runner.submit("count", count_colleges, on_result=deliver)
    assert runner.busy
    with qtbot.waitSignal(task.finished, timeout=WAIT_MS):
        pass
    assert seen["worker"] != threading.get_ident()
    assert seen["result"] == 1
    assert seen["ui"] is True
    qtbot.waitUntil(lambda: not runner.busy, timeout=WAIT_MS)


def test_progress_is_reported_in_order(qtbot: QtBot, runner: TaskRunner) -> None:
    steps: list[tuple[int, str]] = []

    def work(context: TaskContext) -> str:
        for percent in (0, 50, 100):
            context.progress(percent, f"step {percent}")
        return "done"

    parent = QWidget()
    qtbot.addWidget(parent)
    task = runner.submit("steps", work, progress_title="working", parent_widget=parent)
    task.progressed.connect(lambda percent, message: steps.append((percent, message)))
    assert parent.findChildren(QProgressDialog)
    with qtbot.waitSignal(task.succeeded, timeout=WAIT_MS) as signal:
        pass
    assert signal.args == ["done"]
    assert [p for p, _m in steps] == [0, 50, 100]


def test_unexpected_errors_are_logged_and_shown(
    qtbot: QtBot, runner: TaskRunner, shown: Any, languages: LanguageManager
) -> None:
    def fail(_context: TaskContext) -> None:
        raise RuntimeError("boom")

    task = runner.submit("fail", fail)
    with qtbot.waitSignal(task.failed, timeout=WAIT_MS):
        pass
    assert isinstance(task.error, RuntimeError)
    assert shown.texts and shown.texts[0].startswith("ไม่สามารถดำเนินการให้เสร็จได้")


def test_errors_for_people_keep_their_own_message(
    qtbot: QtBot, runner: TaskRunner, shown: Any, center_store: Store
) -> None:
    handled: list[BaseException] = []

    def refuse(_context: TaskContext) -> None:
        raise FieldError("college", "Enter the name of the college.")

    task = runner.submit("refuse", refuse, on_error=handled.append)
    with qtbot.waitSignal(task.finished, timeout=WAIT_MS):
        pass
    assert isinstance(handled[0], FieldError)
    assert shown.texts == []  # the caller showed it next to its field
    assert error_text(handled[0]) == "Enter the name of the college."
    missing = StoreError(StoreProblem.MISSING, center_store.path.with_name("x.db"))
    assert error_text(missing) == missing.message


def test_only_the_latest_read_is_handed_on(qtbot: QtBot, runner: TaskRunner) -> None:
    release = threading.Event()
    results: list[str] = []
    errors: list[str] = []

    def slow(_context: TaskContext) -> str:
        release.wait(5)
        return "last year"

    def failing(_context: TaskContext) -> str:
        release.wait(5)
        raise ValueError("stale")

    latest = LatestRead()
    latest.submit(runner, "old", slow, on_result=results.append)
    latest.submit(runner, "old failing", failing, on_result=results.append, on_error=errors.append)
    latest.submit(runner, "new", lambda _context: "this year", on_result=results.append)
    release.set()  # the old reads may now end before or after the new one: either way
    qtbot.waitUntil(lambda: not runner.busy, timeout=20_000)
    assert results == ["this year"] and errors == []

    latest.submit(runner, "dropped", lambda _context: "nobody asks", on_result=results.append)
    latest.drop()
    qtbot.waitUntil(lambda: not runner.busy, timeout=5_000)
    assert results == ["this year"]


def test_finished_tasks_are_let_go_only_once_no_worker_runs(
    qtbot: QtBot, runner: TaskRunner, monkeypatch: pytest.MonkeyPatch
) -> None:
    import weakref

    import shiboken6

    running = [1]  # a worker still returning from its job
    monkeypatch.setattr(runner._pool, "activeThreadCount", lambda: running[0])
    done: list[str] = []
    task = runner.submit("quick", lambda _context: "done", on_result=done.append)
    assert task.parent() is None  # Python owns tasks: never deleted by a posted event
    gone = weakref.ref(task)
    del task
    qtbot.waitUntil(lambda: done == ["done"] and not runner.busy, timeout=5_000)
    qtbot.wait(3 * SWEEP_MS)
    kept = gone()
    assert kept is not None and shiboken6.isValid(kept)  # a worker may still hold its relay
    del kept
    running[0] = 0
    qtbot.waitUntil(lambda: gone() is None, timeout=5_000)
