"""The teacher internships page, by keyboard: add an internship, then a daily log for it, and
see its final report overdue (it ended more than 15 days ago) in the list and the panel."""

from __future__ import annotations

from datetime import date, timedelta
from decimal import Decimal

import pytest
from PySide6.QtCore import Qt
from PySide6.QtWidgets import QApplication, QWidget
from pytestqt.qtbot import QtBot
from sqlalchemy import select

from app.models.enums import EnterpriseLocation
from app.models.network import College, Enterprise
from app.models.teachers import DailyLog, Teacher, TeacherInternship
from app.services.listing import ListFilters, ReportState, labels
from app.services.listing.kinds import spec_for
from app.services.listing.query import ListKind
from app.services.store import Store
from app.services.thai.dates import format_thai_date
from app.views.i18n import LanguageManager
from app.views.internship_pages import InternshipsPage, make_pages
from app.views.list_page import ListPage
from app.views.runner import TaskRunner

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


def _written(day: date) -> str:
    return format_thai_date(day, "numeric")


@pytest.fixture
def page(
    qtbot: QtBot, center_store: Store, runner: TaskRunner, languages: LanguageManager
) -> InternshipsPage:
    with center_store.transaction() as session:
        college = session.scalars(select(College)).first()
        assert college is not None
        session.add(Teacher(college_id=college.id, first_name="สมชาย", last_name="ใจดี"))
        session.add(Enterprise(name_th="บริษัท หุ่นยนต์ไทย จำกัด", location=EnterpriseLocation.DOMESTIC))
    (made,) = make_pages(center_store, runner, None)  # type: ignore[arg-type]
    assert isinstance(made, InternshipsPage)
    qtbot.addWidget(made)
    made.show()
    qtbot.waitUntil(lambda: made.built and made.late_panel.reports is not None, timeout=WAIT_MS)
    qtbot.waitUntil(lambda: made.internships.total is not None, timeout=WAIT_MS)
    qtbot.waitUntil(lambda: not runner.busy, timeout=WAIT_MS)
    made.activateWindow()
    made.internships.table.setFocus()
    qtbot.waitUntil(made.internships.table.hasFocus, timeout=WAIT_MS)
    return made


def _new_form(qtbot: QtBot, page: ListPage, first_field: str) -> None:
    _key(qtbot, Qt.Key.Key_N, CTRL)
    qtbot.waitUntil(lambda: page.form is not None and page.form.isVisible(), timeout=WAIT_MS)
    form = page.form
    assert form is not None
    form.activateWindow()
    qtbot.waitUntil(lambda: form.fields[first_field].hasFocus(), timeout=WAIT_MS)


def test_an_internship_and_its_daily_log_are_added_and_the_late_report_shows(
    qtbot: QtBot, center_store: Store, runner: TaskRunner, page: InternshipsPage
) -> None:
    ends = date.today() - timedelta(days=20)
    starts = ends - timedelta(days=9)
    internships = page.internships
    assert page.late_panel.reports == []
    assert not page.tabs.isEnabled()  # no internship chosen yet

    # the internship: the only teacher and enterprise are already chosen
    _new_form(qtbot, internships, "teacher_id")
    _key(qtbot, Qt.Key.Key_Tab)
    _key(qtbot, Qt.Key.Key_Tab)
    _type(qtbot, "Khun Mentor")
    _key(qtbot, Qt.Key.Key_Tab)
    _type(qtbot, "Robot cell maintenance")
    _key(qtbot, Qt.Key.Key_Tab)
    _type(qtbot, _written(starts))
    _key(qtbot, Qt.Key.Key_Tab)
    _type(qtbot, _written(ends))
    with qtbot.waitSignal(page.late_panel.loaded, timeout=WAIT_MS):
        _key(qtbot, Qt.Key.Key_Return)
    with center_store.session() as session:
        added = session.scalars(select(TeacherInternship)).one()
        assert (added.starts_on, added.ends_on, added.mentor_name) == (starts, ends, "Khun Mentor")
        internship_id = added.id

    # the panel lists it as overdue; its button filters the list to the overdue ones
    (late,) = page.late_panel.reports or []
    assert (late.internship_id, late.state, late.days_late) == (
        internship_id,
        ReportState.OVERDUE,
        5,
    )
    qtbot.waitUntil(lambda: not runner.busy, timeout=WAIT_MS)
    with qtbot.waitSignal(internships.count_shown, timeout=WAIT_MS) as counted:
        page.late_panel.show_overdue.click()
    assert counted.args == [1]
    assert internships.model.query.filters == ListFilters(report_state=ReportState.OVERDUE)
    qtbot.waitUntil(lambda: not runner.busy, timeout=WAIT_MS)

    # choose it in the list, Tab to the tabs, Tab into its daily logs and add one
    page.activateWindow()
    internships.table.setFocus()
    qtbot.waitUntil(internships.table.hasFocus, timeout=WAIT_MS)
    _key(qtbot, Qt.Key.Key_Home)  # the first row (focus may already have made it current)
    qtbot.waitUntil(lambda: page.internship_id == internship_id, timeout=WAIT_MS)
    assert page.tabs.isEnabled()
    qtbot.waitUntil(lambda: not runner.busy, timeout=WAIT_MS)
    _key(qtbot, Qt.Key.Key_Tab)
    assert page.tabs.isAncestorOf(_focused()) or _focused() is page.tabs
    assert page.tabs.currentWidget() is page.children_lists["daily_logs"]
    _key(qtbot, Qt.Key.Key_Tab)
    logs = page.children_lists["daily_logs"]
    assert logs.isAncestorOf(_focused())
    _new_form(qtbot, logs, "internship_id")
    form = logs.form
    assert form is not None
    assert form.value().internship_id == internship_id  # started with the chosen internship
    _key(qtbot, Qt.Key.Key_Tab)
    _type(qtbot, _written(starts + timedelta(days=1)))
    _key(qtbot, Qt.Key.Key_Tab)
    _type(qtbot, "Wiring the robot cell")
    _key(qtbot, Qt.Key.Key_Tab)
    _type(qtbot, "7.5")
    with qtbot.waitSignal(logs.records_changed, timeout=WAIT_MS):
        _key(qtbot, Qt.Key.Key_Return)
    with center_store.session() as session:
        log = session.scalars(select(DailyLog)).one()
        assert (log.internship_id, log.log_date, log.hours) == (
            internship_id,
            starts + timedelta(days=1),
            Decimal("7.5"),
        )
    qtbot.waitUntil(lambda: logs.total == 1, timeout=WAIT_MS)

    # the internships list, read again, shows the log and the overdue report
    spec = spec_for(ListKind.TEACHER_INTERNSHIPS)
    qtbot.waitUntil(lambda: not runner.busy, timeout=WAIT_MS)
    qtbot.waitUntil(lambda: internships.model.rowCount() == 1, timeout=WAIT_MS)
    model = internships.model
    state = model.index(0, spec.index_of("report_state")).data()
    assert state == labels.report_state()[ReportState.OVERDUE]
    assert model.index(0, spec.index_of("logs")).data() == "1"
