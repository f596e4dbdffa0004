"""The curricula and short-course pages by keyboard: add a curriculum and map a course to a
unit (the gap follows); add a trainee to the selected run (the target summary follows)."""

from __future__ import annotations

from datetime import date

import pytest
from PySide6.QtCore import Qt
from PySide6.QtWidgets import QApplication, QWidget
from pytestqt.qtbot import QtBot
from sqlalchemy import select

from app.models.curriculum import (
    CompetencyUnit,
    Curriculum,
    CurriculumUnit,
    ShortCourse,
    ShortCourseRun,
    ShortCourseTrainee,
)
from app.models.enums import CollegeGroupCode, Ownership, SkillTrack
from app.models.network import College
from app.services.store import Store
from app.services.tabular.records import site_context
from app.views.curriculum_pages import CurriculaPage, ShortCoursesPage, make_pages
from app.views.i18n import LanguageManager
from app.views.list_page import ListPage
from app.views.runner import TaskRunner

WAIT_MS = 20_000
CTRL = Qt.KeyboardModifier.ControlModifier


def _focused() -> QWidget:
    widget = QApplication.focusWidget()
    assert widget is not None
    return widget


def _tab(qtbot: QtBot, times: int = 1) -> None:
    for _ in range(times):
        qtbot.keyClick(_focused(), Qt.Key.Key_Tab)


def _focus(qtbot: QtBot, list_page: ListPage) -> None:
    list_page.activateWindow()
    list_page.table.setFocus()
    qtbot.waitUntil(list_page.table.hasFocus, timeout=WAIT_MS)


def _new_form(qtbot: QtBot, list_page: ListPage, first_field: str) -> None:
    _focus(qtbot, list_page)
    qtbot.keyClick(list_page.table, Qt.Key.Key_N, CTRL)
    qtbot.waitUntil(
        lambda: list_page.form is not None and list_page.form.isVisible(), timeout=WAIT_MS
    )
    form = list_page.form
    assert form is not None
    form.activateWindow()
    qtbot.waitUntil(lambda: form.fields[first_field].hasFocus(), timeout=WAIT_MS)


def _save(qtbot: QtBot, list_page: ListPage) -> None:
    with qtbot.waitSignal(list_page.records_changed, timeout=WAIT_MS):
        qtbot.keyClick(_focused(), Qt.Key.Key_Return)


def _choose_first_row(qtbot: QtBot, list_page: ListPage, runner: TaskRunner) -> None:
    qtbot.waitUntil(lambda: list_page.model.rowCount() > 0, timeout=WAIT_MS)
    _focus(qtbot, list_page)
    qtbot.keyClick(list_page.table, Qt.Key.Key_Home, CTRL)  # the first row
    assert list_page.table.currentIndex().row() == 0
    qtbot.waitUntil(lambda: not runner.busy, timeout=WAIT_MS)


@pytest.fixture
def pages(
    qtbot: QtBot, center_store: Store, runner: TaskRunner, languages: LanguageManager
) -> tuple[CurriculaPage, ShortCoursesPage]:
    parent = QWidget()
    qtbot.addWidget(parent)
    curricula, short_courses = make_pages(center_store, runner, parent)
    assert isinstance(curricula, CurriculaPage)
    assert isinstance(short_courses, ShortCoursesPage)
    assert curricula.subpage_title() and short_courses.subpage_title()
    for page in (curricula, short_courses):
        page.setParent(None)  # each test shows one page as a window of its own
        qtbot.addWidget(page)
    return curricula, short_courses


def test_a_curriculum_is_added_and_a_course_mapped_by_keyboard(
    qtbot: QtBot,
    center_store: Store,
    runner: TaskRunner,
    pages: tuple[CurriculaPage, ShortCoursesPage],
) -> None:
    with center_store.transaction() as session:
        for code in ("MCT-3-001", "MCT-3-002"):
            session.add(
                CompetencyUnit(
                    code=code, title="หน่วย", tpqi_level=3, occupation_standard="ช่างเมคคาทรอนิกส์"
                )
            )
    page = pages[0]
    page.show()
    qtbot.waitUntil(lambda: page.curricula.total is not None, timeout=WAIT_MS)

    _new_form(qtbot, page.curricula, "subject_id")
    _tab(qtbot, 3)  # subject (this center's), level (pvc), edition (2562) stay
    assert page.curricula.form is not None
    assert page.curricula.form.fields["title"].hasFocus()
    qtbot.keyClicks(_focused(), "Mechatronics 2562")
    _save(qtbot, page.curricula)

    with qtbot.waitSignal(page.gap_loaded, timeout=WAIT_MS):
        _choose_first_row(qtbot, page.curricula, runner)
    assert page.curriculum_id is not None

    _new_form(qtbot, page.courses, "curriculum_id")
    _tab(qtbot, 2)  # the curriculum (the selected one) and the first unit stay
    qtbot.keyClicks(_focused(), "20001")
    _tab(qtbot)
    qtbot.keyClicks(_focused(), "Robot basics")
    with qtbot.waitSignal(page.gap_loaded, timeout=WAIT_MS) as loaded:
        _save(qtbot, page.courses)
    assert loaded.args == [1]  # MCT-3-002 of the same standard is not yet covered
    assert [page.gap_model.rows[0].code] == ["MCT-3-002"]
    with center_store.session() as session:
        curriculum = session.scalars(select(Curriculum)).one()
        mapping = session.scalars(select(CurriculumUnit)).one()
    assert (curriculum.title, curriculum.edition_year) == ("Mechatronics 2562", 2562)
    assert (mapping.curriculum_id, mapping.course_code) == (curriculum.id, "20001")
    qtbot.waitUntil(lambda: page.courses.model.rowCount() == 1, timeout=WAIT_MS)


def test_a_trainee_is_added_to_the_selected_run_by_keyboard(
    qtbot: QtBot,
    center_store: Store,
    runner: TaskRunner,
    pages: tuple[CurriculaPage, ShortCoursesPage],
) -> None:
    with center_store.transaction() as session:
        college = College(
            name_th="วิทยาลัยเทคนิคทดสอบ", ownership=Ownership.PUBLIC,
            group=CollegeGroupCode.STANDARD,
        )  # fmt: skip
        session.add(college)
        session.flush()
        course = ShortCourse(
            center_id=site_context(session).center_id, college_id=college.id, title="PLC",
            track=SkillTrack.UP_SKILL, hours=30,
        )  # fmt: skip
        session.add(course)
        session.flush()
        for starts in (date(2025, 11, 1), date(2025, 12, 1)):
            session.add(
                ShortCourseRun(
                    short_course_id=course.id, college_id=college.id, starts_on=starts,
                    ends_on=starts, capacity=25,
                )
            )  # fmt: skip
    page = pages[1]
    with qtbot.waitSignal(page.targets_loaded, timeout=WAIT_MS):
        page.show()
    page.year_spin.setValue(2569)
    qtbot.waitUntil(lambda: page.courses.total is not None, timeout=WAIT_MS)

    _choose_first_row(qtbot, page.courses, runner)
    assert page.course_id is not None
    _choose_first_row(qtbot, page.runs, runner)  # the latest run: 1/12/2568
    assert page.run_id is not None

    _new_form(qtbot, page.trainees, "short_course_run_id")
    _tab(qtbot, 3)  # the run (the selected one), group (public), no student
    qtbot.keyClicks(_focused(), "Mana Khayan")
    with qtbot.waitSignal(page.targets_loaded, timeout=WAIT_MS):
        _save(qtbot, page.trainees)
    with center_store.session() as session:
        trainee = session.scalars(select(ShortCourseTrainee)).one()
        run = session.get_one(ShortCourseRun, trainee.run_id)
    assert (trainee.full_name, trainee.student_id) == ("Mana Khayan", None)
    assert run.id == page.run_id and run.starts_on == date(2025, 12, 1)
    assert page.summary is not None and page.summary.trainees == 1
    assert page.summary.runs_not_met == 2
    qtbot.waitUntil(lambda: page.trainees.model.rowCount() == 1, timeout=WAIT_MS)
