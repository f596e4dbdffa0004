"""The work-based learning page, by keyboard: add a teaching-media contest entry with Ctrl+N
and see it counted in the year's figures; the WBL trainee list shows the year's trainees."""

from __future__ import annotations

import pytest
from PySide6.QtCore import Qt
from PySide6.QtWidgets import QApplication, QWidget
from pytestqt.qtbot import QtBot
from sqlalchemy import select

from app.models.network import College
from app.models.teachers import (
    Enrollment,
    MediaContestEntry,
    Teacher,
    TrainingCourse,
    TrainingRun,
)
from app.services.store import Store
from app.services.thai.fiscal import current_fiscal_year, fiscal_year_range
from app.views.i18n import LanguageManager
from app.views.runner import TaskRunner
from app.views.wbl_pages import WblPage, make_pages

WAIT_MS = 20_000
CTRL = Qt.KeyboardModifier.ControlModifier


def _focused() -> QWidget:
    widget = QApplication.focusWidget()
    assert widget is not None
    return widget


def _key(
    qtbot: QtBot, key: Qt.Key, modifier: Qt.KeyboardModifier = Qt.KeyboardModifier.NoModifier
) -> None:
    qtbot.keyClick(_focused(), key, modifier)


@pytest.fixture
def page(
    qtbot: QtBot, center_store: Store, runner: TaskRunner, languages: LanguageManager
) -> WblPage:
    year = current_fiscal_year()
    starts = fiscal_year_range(year)[0]
    with center_store.transaction() as session:
        college = session.scalars(select(College).order_by(College.id)).first()
        assert college is not None
        teacher = Teacher(college_id=college.id, first_name="สมชาย", last_name="ใจดี")
        course = TrainingCourse(
            center_id=college.center_id, title="การจัดการเรียนรู้ WBL", hours=24, is_wbl=True
        )
        session.add_all([teacher, course])
        session.flush()
        run = TrainingRun(course_id=course.id, starts_on=starts, ends_on=starts, capacity=20)
        session.add(run)
        session.flush()
        session.add(
            Enrollment(run_id=run.id, teacher_id=teacher.id, completed=True, certificate_no="1")
        )
    (made,) = make_pages(center_store, runner, None)  # type: ignore[arg-type]
    assert isinstance(made, WblPage)
    qtbot.addWidget(made)
    made.follow_fiscal_year(year)
    made.resize(1366, 768)
    made.show()
    qtbot.waitUntil(lambda: made.built and made.figures is not None, timeout=WAIT_MS)
    qtbot.waitUntil(lambda: made.entries.total is not None, timeout=WAIT_MS)
    qtbot.waitUntil(lambda: not runner.busy, timeout=WAIT_MS)
    made.activateWindow()
    made.entries.table.setFocus()
    qtbot.waitUntil(made.entries.table.hasFocus, timeout=WAIT_MS)
    return made


def test_a_contest_entry_is_added_by_keyboard_and_counted(
    qtbot: QtBot, center_store: Store, runner: TaskRunner, page: WblPage
) -> None:
    figures = page.figures
    assert figures is not None
    assert (figures.teachers.total, figures.entries) == (1, 0)
    assert page.certificates_model.rowCount() == 1  # the year's WBL trainee
    assert page.year.value() == current_fiscal_year()

    _key(qtbot, Qt.Key.Key_N, CTRL)
    entries = page.entries
    qtbot.waitUntil(lambda: entries.form is not None and entries.form.isVisible(), timeout=WAIT_MS)
    form = entries.form
    assert form is not None
    form.activateWindow()
    qtbot.waitUntil(lambda: form.fields["college_id"].hasFocus(), timeout=WAIT_MS)
    # the host college and its only teacher are chosen, the year is the current one
    for _field in ("teacher_id", "fiscal_year", "contest"):
        _key(qtbot, Qt.Key.Key_Tab)
    qtbot.keyClicks(_focused(), "WBL media contest")
    _key(qtbot, Qt.Key.Key_Tab)
    qtbot.keyClicks(_focused(), "PLC trainer kit")
    _key(qtbot, Qt.Key.Key_Tab)
    qtbot.keyClicks(_focused(), "Gold")
    with qtbot.waitSignal(page.loaded, timeout=WAIT_MS):
        _key(qtbot, Qt.Key.Key_Return)
    with center_store.session() as session:
        entry = session.scalars(select(MediaContestEntry)).one()
        teacher = session.scalars(select(Teacher)).one()
        assert (entry.contest, entry.title, entry.result) == (
            "WBL media contest",
            "PLC trainer kit",
            "Gold",
        )
        assert (entry.teacher_id, entry.fiscal_year) == (teacher.id, current_fiscal_year())
    figures = page.figures
    assert figures is not None
    assert (figures.entries, figures.entries_with_result) == (1, 1)
    qtbot.waitUntil(lambda: entries.total == 1, timeout=WAIT_MS)
