"""The students page, by keyboard: add a student, choose them, see that both safety records
are missing, then add their safety training and see that only the orientation is."""

from __future__ import annotations

from datetime import date

import pytest
from PySide6.QtCore import Qt
from PySide6.QtWidgets import QApplication, QWidget
from pytestqt.qtbot import QtBot
from sqlalchemy import select

from app.models.enums import BriefingKind, Level, StudyModeCode
from app.models.students import SafetyBriefing, Student
from app.services.store import Store
from app.services.thai.dates import format_thai_date
from app.views.i18n import LanguageManager
from app.views.list_page import ListPage
from app.views.runner import TaskRunner
from app.views.student_pages import StudentsPage, make_pages

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


def _type(qtbot: QtBot, text: str) -> None:
    qtbot.keyClicks(_focused(), text)  # QTest types Latin keys only


@pytest.fixture
def page(
    qtbot: QtBot, center_store: Store, runner: TaskRunner, languages: LanguageManager
) -> StudentsPage:
    (made,) = make_pages(center_store, runner, None)  # type: ignore[arg-type]
    assert isinstance(made, StudentsPage)
    qtbot.addWidget(made)
    made.resize(1366, 700)
    made.show()
    qtbot.waitUntil(lambda: made.built and made.students.total is not None, timeout=WAIT_MS)
    qtbot.waitUntil(lambda: not runner.busy, timeout=WAIT_MS)
    made.activateWindow()
    made.students.table.setFocus()
    qtbot.waitUntil(made.students.table.hasFocus, timeout=WAIT_MS)
    return made


def _new_form(qtbot: QtBot, page: ListPage, first_field: str) -> None:
    _key(qtbot, Qt.Key.Key_N, CTRL)
    qtbot.waitUntil(lambda: page.form is not None and page.form.isVisible(), timeout=WAIT_MS)
    form = page.form
    assert form is not None
    form.activateWindow()
    qtbot.waitUntil(lambda: form.fields[first_field].hasFocus(), timeout=WAIT_MS)


def test_a_student_and_their_safety_training_are_added(
    qtbot: QtBot, center_store: Store, runner: TaskRunner, page: StudentsPage
) -> None:
    students = page.students
    assert not page.briefings.isEnabled()  # no student chosen yet
    assert page.students.table_kind == "students"  # import and export as "students"

    # the student: the host college, the center's subject and the levels' defaults are chosen
    _new_form(qtbot, students, "college_id")
    _key(qtbot, Qt.Key.Key_Tab)
    _type(qtbot, "66001")
    _key(qtbot, Qt.Key.Key_Tab)  # name title: none
    _key(qtbot, Qt.Key.Key_Tab)
    _type(qtbot, "Somchai")
    _key(qtbot, Qt.Key.Key_Tab)
    _type(qtbot, "Jaidee")
    with qtbot.waitSignal(students.records_changed, timeout=WAIT_MS):
        _key(qtbot, Qt.Key.Key_Return)
    with center_store.session() as session:
        added = session.scalars(select(Student)).one()
        assert (added.student_code, added.first_name, added.last_name) == (
            "66001",
            "Somchai",
            "Jaidee",
        )
        assert (added.level, added.year_of_study, added.study_mode) == (
            Level.PVC,
            1,
            StudyModeCode.FORMAL,
        )
        assert added.special_needs is None and added.sensitive_basis is None
        student_id = added.id

    # choose them: both safety records are missing
    qtbot.waitUntil(lambda: students.model.rowCount() == 1, timeout=WAIT_MS)
    qtbot.waitUntil(lambda: not runner.busy, timeout=WAIT_MS)
    page.activateWindow()
    students.table.setFocus()
    qtbot.waitUntil(students.table.hasFocus, timeout=WAIT_MS)
    _key(qtbot, Qt.Key.Key_Home)  # the first row (focus may already have made it current)
    qtbot.waitUntil(lambda: page.student_id == student_id, timeout=WAIT_MS)
    qtbot.waitUntil(lambda: page.missing is not None, timeout=WAIT_MS)
    assert page.briefings.isEnabled()
    assert page.missing == [BriefingKind.SAFETY_TRAINING, BriefingKind.ORIENTATION]
    assert page.readiness.text() == page.readiness_text()
    assert page.readiness.text() != page.tr("Checking the student's safety records…")
    qtbot.waitUntil(lambda: not runner.busy, timeout=WAIT_MS)

    # Tab to the briefings list and add the safety training (it starts with the student)
    _key(qtbot, Qt.Key.Key_Tab)
    briefings = page.briefings
    assert briefings.isAncestorOf(_focused())
    _new_form(qtbot, briefings, "student_id")
    form = briefings.form
    assert form is not None
    assert form.value().student_id == student_id
    _key(qtbot, Qt.Key.Key_Tab)  # kind: safety training
    _key(qtbot, Qt.Key.Key_Tab)
    today = date.today()
    _type(qtbot, format_thai_date(today, "numeric"))
    _key(qtbot, Qt.Key.Key_Tab)
    _type(qtbot, "Khru Somsri")
    with qtbot.waitSignal(page.readiness_loaded, timeout=WAIT_MS):
        _key(qtbot, Qt.Key.Key_Return)
    with center_store.session() as session:
        briefing = session.scalars(select(SafetyBriefing)).one()
        assert (briefing.student_id, briefing.kind, briefing.held_on, briefing.given_by) == (
            student_id,
            BriefingKind.SAFETY_TRAINING,
            today,
            "Khru Somsri",
        )
    assert page.missing == [BriefingKind.ORIENTATION]
    assert page.readiness.text() == page.readiness_text()
    qtbot.waitUntil(lambda: briefings.total == 1, timeout=WAIT_MS)
    qtbot.waitUntil(lambda: not runner.busy, timeout=WAIT_MS)


def test_the_page_retranslates_and_fits_the_screen(
    qtbot: QtBot, page: StudentsPage, languages: LanguageManager
) -> None:
    languages.apply("en", remember=False)
    english = (
        "Safety training and orientation: choose a student in the list above to see their records."
    )
    qtbot.waitUntil(lambda: page.readiness.text() == english, timeout=5_000)
    assert page.minimumSizeHint().height() <= 768
    assert page.minimumSizeHint().width() <= 1366
