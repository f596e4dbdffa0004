"""The teachers pages by keyboard only: add a teacher with Ctrl+N, typing and Enter; the plan
page lists a teacher without a recorded gap, and after a gap is added the same way the
target is met."""

from __future__ import annotations

from PySide6.QtCore import Qt
from PySide6.QtWidgets import QApplication, QWidget
from pytestqt.qtbot import QtBot
from sqlalchemy import select

from app.models.network import College
from app.models.teachers import SkillGap, Teacher
from app.services.store import Store
from app.services.thai.fiscal import current_fiscal_year
from app.views.development_plan_page import DevelopmentPlanPage
from app.views.i18n import LanguageManager
from app.views.list_page import ListPage
from app.views.runner import TaskRunner
from app.views.teacher_pages import make_pages

WAIT_MS = 20_000
CTRL = Qt.KeyboardModifier.ControlModifier


def _focused() -> QWidget:
    widget = QApplication.focusWidget()
    assert widget is not None
    return widget


def _key(
    qtbot: QtBot, key: Qt.Key, modifier: Qt.KeyboardModifier = Qt.KeyboardModifier.NoModifier
) -> None:
    target = QApplication.activePopupWidget() or _focused()
    qtbot.keyClick(target, key, modifier)


def _type(qtbot: QtBot, text: str) -> None:
    qtbot.keyClicks(_focused(), text)  # QTest types Latin keys only


def _open_new_form(qtbot: QtBot, page: ListPage, first_field: str) -> None:
    page.activateWindow()
    page.table.setFocus()
    qtbot.waitUntil(page.table.hasFocus, timeout=WAIT_MS)
    _key(qtbot, Qt.Key.Key_N, CTRL)
    qtbot.waitUntil(lambda: page.form is not None and page.form.isVisible(), timeout=WAIT_MS)
    form = page.form
    assert form is not None
    form.activateWindow()
    qtbot.waitUntil(lambda: form.fields[first_field].hasFocus(), timeout=WAIT_MS)


def _add_teacher(store: Store, first: str) -> int:
    with store.transaction() as session:
        college = session.scalars(select(College.id)).first()
        assert college is not None
        teacher = Teacher(college_id=college, first_name=first, last_name="Jaidee")
        session.add(teacher)
        session.flush()
        return teacher.id


def test_the_pages_are_the_teachers_list_then_the_plan(
    qtbot: QtBot, center_store: Store, runner: TaskRunner, languages: LanguageManager
) -> None:
    parent = QWidget()
    qtbot.addWidget(parent)
    teachers, plan = make_pages(center_store, runner, parent)
    assert isinstance(teachers, ListPage)
    assert (teachers.kind, teachers.table_kind) == ("teachers", "teachers")
    assert isinstance(plan, DevelopmentPlanPage)
    assert plan.subpage_title()


def test_a_teacher_is_added_with_the_keyboard_only(
    qtbot: QtBot, center_store: Store, runner: TaskRunner, languages: LanguageManager
) -> None:
    page = ListPage("teachers", "teachers", center_store, runner)
    qtbot.addWidget(page)
    with qtbot.waitSignal(page.count_shown, timeout=WAIT_MS):
        page.show()
    assert page.import_button.isVisible()
    _open_new_form(qtbot, page, "title_code")
    _key(qtbot, Qt.Key.Key_Down)  # the first title of the list: Mr (นาย)
    _key(qtbot, Qt.Key.Key_Tab)
    assert page.form is not None and page.form.fields["first_name"].hasFocus()
    _type(qtbot, "Somchai")
    _key(qtbot, Qt.Key.Key_Tab)
    _type(qtbot, "Jaidee")
    with qtbot.waitSignal(page.records_changed, timeout=WAIT_MS):
        _key(qtbot, Qt.Key.Key_Return)
    qtbot.waitUntil(lambda: page.total == 1, timeout=WAIT_MS)
    with center_store.session() as session:
        teacher = session.scalars(select(Teacher)).one()
        assert (teacher.title_code, teacher.first_name, teacher.last_name) == (
            "mr",
            "Somchai",
            "Jaidee",
        )
        assert teacher.national_id is None and teacher.subject_id is not None
    assert page.model.index(0, 1).data() == "Somchai"


def test_the_plan_shows_a_teacher_without_a_gap_until_one_is_added(
    qtbot: QtBot, center_store: Store, runner: TaskRunner, languages: LanguageManager
) -> None:
    _add_teacher(center_store, "Anong")
    page = DevelopmentPlanPage(center_store, runner)
    qtbot.addWidget(page)
    with qtbot.waitSignal(page.plan_loaded, timeout=WAIT_MS):
        page.show()
    assert page.fiscal_year == current_fiscal_year()
    qtbot.waitUntil(lambda: not runner.busy, timeout=WAIT_MS)
    assert [teacher.first_name for teacher in page.without_model.rows] == ["Anong"]
    assert page.plan is not None and not page.plan.target_met
    assert page.without_model.index(0, 0).data() == "Anong Jaidee"

    # Another year, typed into the year box: still no gap there.
    page.activateWindow()
    page.year_spin.setFocus()
    qtbot.waitUntil(page.year_spin.hasFocus, timeout=WAIT_MS)
    _key(qtbot, Qt.Key.Key_A, CTRL)
    with qtbot.waitSignal(page.plan_loaded, timeout=WAIT_MS):
        _type(qtbot, str(current_fiscal_year() - 1))
        _key(qtbot, Qt.Key.Key_Return)
    assert page.fiscal_year == current_fiscal_year() - 1
    _key(qtbot, Qt.Key.Key_A, CTRL)
    with qtbot.waitSignal(page.plan_loaded, timeout=WAIT_MS):
        _type(qtbot, str(current_fiscal_year()))
        _key(qtbot, Qt.Key.Key_Return)
    qtbot.waitUntil(lambda: not runner.busy, timeout=WAIT_MS)

    # A gap added in the skill gaps list (Ctrl+N, typing, Enter) completes the plan.
    gaps = page.gaps
    _open_new_form(qtbot, gaps, "teacher_id")
    _key(qtbot, Qt.Key.Key_Tab)  # past the teacher (the only one) and the fiscal year
    _key(qtbot, Qt.Key.Key_Tab)
    form = gaps.form
    assert form is not None and form.fields["competency"].hasFocus()
    _type(qtbot, "PLC programming")
    with qtbot.waitSignal(page.plan_loaded, timeout=WAIT_MS):
        _key(qtbot, Qt.Key.Key_Return)
    qtbot.waitUntil(lambda: not runner.busy, timeout=WAIT_MS)
    with center_store.session() as session:
        gap = session.scalars(select(SkillGap)).one()
        assert (gap.fiscal_year, gap.competency) == (current_fiscal_year(), "PLC programming")
    assert page.without_model.rows == []
    assert page.plan is not None and page.plan.target_met
    assert [need.competency for need in page.competency_model.rows] == ["PLC programming"]
    assert "PLC programming" in page.teacher_model.index(0, 3).data()
