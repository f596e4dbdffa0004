"""The conflicts page: the list of conflicts, both versions side by side, settling one from
the keyboard; and the record form's sync state line."""

from __future__ import annotations

from collections.abc import Iterator
from pathlib import Path

import pytest
from PySide6.QtCore import Qt
from PySide6.QtWidgets import QApplication, QLabel
from pytestqt.qtbot import QtBot
from sqlalchemy import select

from app.models import Teacher
from app.models.sync import SyncConflict
from app.services.records import RecordKind, open_form, record_spec
from app.services.sync.conflicts import SyncState, sync_state_label
from app.views.conflicts_page import DIFFERS_BACKGROUND, USE_OTHER, ConflictsPage
from app.views.i18n import LanguageManager
from app.views.record_form import RecordForm
from app.views.runner import TaskRunner
from tests.services.test_sync_conflicts import (
    Pair,
    build_pair,
    make_teacher_conflict,
    open_pair,
    teacher_row,
)
from tests.views.conftest import Shown

WAIT_MS = 20_000


@pytest.fixture(scope="module")
def view_pair_template(tmp_path_factory: pytest.TempPathFactory) -> Path:
    return build_pair(tmp_path_factory.mktemp("view-pair"))


@pytest.fixture
def pair(view_pair_template: Path, tmp_path: Path) -> Iterator[Pair]:
    opened = open_pair(view_pair_template, tmp_path)
    yield opened
    opened.center.close()
    opened.college.close()


@pytest.fixture
def center_runner(pair: Pair) -> Iterator[TaskRunner]:
    task_runner = TaskRunner(pair.center)
    yield task_runner
    assert task_runner.wait()


def _open(qtbot: QtBot, pair: Pair, runner: TaskRunner) -> tuple[ConflictsPage, list[int]]:
    page = ConflictsPage(pair.center, runner)
    counts: list[int] = []
    page.conflicts_changed.connect(counts.append)
    qtbot.addWidget(page)
    page.resize(1366 - 260, 768 - 120)
    page.show()
    qtbot.waitUntil(lambda: page.items is not None, timeout=WAIT_MS)
    if page.items:
        qtbot.waitUntil(lambda: page.detail is not None, timeout=WAIT_MS)
    page.activateWindow()
    return page, counts


def _row_of(page: ConflictsPage, field: str) -> int:
    detail = page.detail
    assert detail is not None
    return next(row for row, f in enumerate(detail.fields) if f.name == field)


def _conflict_rows(pair: Pair) -> list[SyncConflict]:
    with pair.center.session() as session:
        return list(session.scalars(select(SyncConflict)))


def test_the_page_shows_both_versions_side_by_side(
    qtbot: QtBot, pair: Pair, center_runner: TaskRunner, languages: LanguageManager
) -> None:
    make_teacher_conflict(pair)
    page, counts = _open(qtbot, pair, center_runner)
    assert counts == [1]
    assert page.list.rowCount() == 1
    assert page.list.item(0, 1).text() == "สมชาย ใจดีมาก"
    assert page.list.item(0, 0).text() not in ("", "teacher")
    fields = page.fields
    detail = page.detail
    assert detail is not None
    assert fields.rowCount() == len(detail.fields)
    last_name = _row_of(page, "last_name")
    assert fields.item(last_name, 1).text() == "ใจดีมาก"
    assert fields.item(last_name, 2).text() == "ใจงาม"
    assert fields.item(last_name, 1).background().color() == DIFFERS_BACKGROUND
    assert fields.item(last_name, USE_OTHER).flags() & Qt.ItemFlag.ItemIsUserCheckable
    first_name = _row_of(page, "first_name")
    assert fields.item(first_name, 1).background().color() != DIFFERS_BACKGROUND
    assert not fields.item(first_name, USE_OTHER).flags() & Qt.ItemFlag.ItemIsUserCheckable
    assert "1101700207030" not in fields.item(_row_of(page, "national_id"), 1).text()
    assert page.fields.item(0, 0).text() != "college_id"
    # nothing ticked: only whole versions can be kept
    assert page.keep_applied_button.isEnabled() and page.keep_other_button.isEnabled()
    assert not page.save_merged_button.isEnabled()
    # fits beside the navigation of a 1366×768 screen
    assert page.minimumSizeHint().width() <= 1366 - 260
    assert page.minimumSizeHint().height() <= 768 - 120


def test_a_merged_version_is_saved_from_the_keyboard(
    qtbot: QtBot, pair: Pair, center_runner: TaskRunner, languages: LanguageManager
) -> None:
    make_teacher_conflict(pair)
    page, counts = _open(qtbot, pair, center_runner)
    page.list.setFocus()
    qtbot.keyClick(page.list, Qt.Key.Key_Tab)
    assert QApplication.focusWidget() is page.fields
    # the first differing field is current; go to "position" and tick it with Space
    target = _row_of(page, "position")
    while page.fields.currentRow() < target:
        qtbot.keyClick(page.fields, Qt.Key.Key_Down)
    while page.fields.currentRow() > target:
        qtbot.keyClick(page.fields, Qt.Key.Key_Up)
    qtbot.keyClick(page.fields, Qt.Key.Key_Space)
    assert page.fields.item(target, USE_OTHER).checkState() == Qt.CheckState.Checked
    assert page.ticks == {"position"}
    assert page.save_merged_button.isEnabled()
    for expected in (page.keep_applied_button, page.keep_other_button, page.save_merged_button):
        qtbot.keyClick(QApplication.focusWidget(), Qt.Key.Key_Tab)
        assert QApplication.focusWidget() is expected
    with qtbot.waitSignal(page.resolved, timeout=WAIT_MS) as resolved:
        qtbot.keyClick(page.save_merged_button, Qt.Key.Key_Space)
    assert resolved.args == ["merged: position"]
    qtbot.waitUntil(lambda: counts[-1:] == [0], timeout=WAIT_MS)
    assert page.list.rowCount() == 0
    assert page.empty_label.isVisibleTo(page)
    assert page.fields.rowCount() == 0
    assert page.status_label.text()
    row = teacher_row(pair.center)
    assert (row["last_name"], row["position"]) == ("ใจดีมาก", "ครูชำนาญการ")
    (conflict,) = _conflict_rows(pair)
    assert conflict.resolution == "merged: position"


def test_keep_other_version(
    qtbot: QtBot, pair: Pair, center_runner: TaskRunner, languages: LanguageManager
) -> None:
    make_teacher_conflict(pair)
    page, counts = _open(qtbot, pair, center_runner)
    with qtbot.waitSignal(page.resolved, timeout=WAIT_MS) as resolved:
        qtbot.mouseClick(page.keep_other_button, Qt.MouseButton.LeftButton)
    assert resolved.args == ["kept other"]
    qtbot.waitUntil(lambda: counts[-1:] == [0], timeout=WAIT_MS)
    row = teacher_row(pair.center)
    assert (row["last_name"], row["position"]) == ("ใจงาม", "ครูชำนาญการ")


def test_a_conflict_settled_elsewhere_is_refused_and_the_list_read_again(
    qtbot: QtBot,
    pair: Pair,
    center_runner: TaskRunner,
    languages: LanguageManager,
    shown: Shown,
) -> None:
    make_teacher_conflict(pair)
    page, counts = _open(qtbot, pair, center_runner)
    with pair.center.transaction() as session:
        from app.services.sync.conflicts import resolve

        resolve(session, session.scalars(select(SyncConflict.id)).one(), {})
    qtbot.mouseClick(page.keep_applied_button, Qt.MouseButton.LeftButton)
    qtbot.waitUntil(lambda: bool(shown.boxes), timeout=WAIT_MS)
    assert shown.boxes[0][0] == "error"
    qtbot.waitUntil(lambda: counts[-1:] == [0], timeout=WAIT_MS)
    assert page.list.rowCount() == 0


def test_no_conflict(qtbot: QtBot, pair: Pair, center_runner: TaskRunner) -> None:
    page, counts = _open(qtbot, pair, center_runner)
    assert counts == [0]
    assert page.empty_label.isVisibleTo(page)
    assert not page.keep_applied_button.isEnabled()


# -- the record form's sync state line ---------------------------------------------------------
def _form(qtbot: QtBot, pair: Pair, runner: TaskRunner) -> RecordForm:
    with pair.center.session() as session:
        teacher_id = session.scalars(select(Teacher.id)).one()
        data = open_form(session, RecordKind.TEACHER, teacher_id)
    form = RecordForm(record_spec(RecordKind.TEACHER), pair.center, runner, data, teacher_id)
    qtbot.addWidget(form)
    qtbot.waitUntil(lambda: form.sync_state is not None, timeout=WAIT_MS)
    return form


def _state_line(form: RecordForm) -> QLabel:
    label = form.findChild(QLabel, "syncState")
    assert isinstance(label, QLabel)
    return label


def test_the_record_form_shows_the_sync_state(
    qtbot: QtBot, pair: Pair, center_runner: TaskRunner, languages: LanguageManager
) -> None:
    form = _form(qtbot, pair, center_runner)
    assert form.sync_state is SyncState.SENT
    line = _state_line(form)
    assert not line.isHidden()
    assert sync_state_label(SyncState.SENT) in line.text()
    form.close()
    make_teacher_conflict(pair)
    form = _form(qtbot, pair, center_runner)
    assert form.sync_state is SyncState.CONFLICT
    assert sync_state_label(SyncState.CONFLICT) in _state_line(form).text()


def test_a_new_record_has_no_sync_state_line(
    qtbot: QtBot, pair: Pair, center_runner: TaskRunner
) -> None:
    with pair.center.session() as session:
        data = open_form(session, RecordKind.TEACHER)
    form = RecordForm(record_spec(RecordKind.TEACHER), pair.center, center_runner, data)
    qtbot.addWidget(form)
    assert form.sync_state is None
    assert _state_line(form).isHidden()
