"""The safety of placed students page, by keyboard: record a high-severity incident of a
placement with the day it was escalated, and see it in the list and in the safety KPI."""

from __future__ import annotations

from collections.abc import Iterator
from datetime import date, timedelta
from pathlib import Path

import pytest
from PySide6.QtCore import Qt
from PySide6.QtWidgets import QApplication, QWidget
from pytestqt.qtbot import QtBot
from sqlalchemy import select

from app.models.enums import (
    EnterpriseLocation,
    IncidentStatus,
    Level,
    PlacementMode,
    PlacementStatus,
    Severity,
    StudyModeCode,
)
from app.models.network import College, Enterprise
from app.models.students import Incident, Placement, Student
from app.services.listing import labels
from app.services.listing.kinds import spec_for
from app.services.listing.query import ListKind
from app.services.settings import Settings
from app.services.store import Store
from app.services.thai.dates import format_thai_date
from app.services.thai.fiscal import fiscal_year_of
from app.views.i18n import LanguageManager
from app.views.runner import TaskRunner
from app.views.safety_pages import SafetyPage, make_pages

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
def placement_id(center_store: Store) -> int:
    today = date.today()
    with center_store.transaction() as session:
        college = session.scalars(select(College)).first()
        assert college is not None
        student = Student(
            college_id=college.id,
            first_name="สมหญิง",
            last_name="ขยันเรียน",
            level=Level.PVS,
            year_of_study=2,
            entry_academic_year=2567,
            study_mode=StudyModeCode.DUAL,
        )
        enterprise = Enterprise(name_th="บริษัท หุ่นยนต์ไทย จำกัด", location=EnterpriseLocation.DOMESTIC)
        session.add_all([student, enterprise])
        session.flush()
        row = Placement(
            student_id=student.id,
            college_id=college.id,
            enterprise_id=enterprise.id,
            mode=PlacementMode.DUAL,
            starts_on=today - timedelta(days=40),  # no visit yet: overdue
            ends_on=today + timedelta(days=60),
            status=PlacementStatus.IN_PROGRESS,
        )
        session.add(row)
        session.flush()
        return row.id


@pytest.fixture
def page(
    qtbot: QtBot,
    center_store: Store,
    runner: TaskRunner,
    languages: LanguageManager,
    placement_id: int,
) -> Iterator[SafetyPage]:
    (made,) = make_pages(center_store, runner, None)  # type: ignore[arg-type]
    assert isinstance(made, SafetyPage)
    # the window's year is the placement's (it may start in the previous fiscal year)
    made.follow_fiscal_year(fiscal_year_of(date.today() - timedelta(days=40)))
    qtbot.addWidget(made)
    made.resize(1366, 700)
    with qtbot.waitSignal(made.loaded, timeout=WAIT_MS):
        made.show()
    qtbot.waitUntil(lambda: made.incidents.total is not None, timeout=WAIT_MS)
    qtbot.waitUntil(lambda: not runner.busy, timeout=WAIT_MS)
    made.activateWindow()
    made.incidents.table.setFocus()
    qtbot.waitUntil(made.incidents.table.hasFocus, timeout=WAIT_MS)
    yield made
    # Nothing of this page may still be reading when the database closes.
    made.close()
    qtbot.waitUntil(lambda: not runner.busy, timeout=WAIT_MS)


def test_an_incident_is_recorded_and_escalated_by_keyboard(
    qtbot: QtBot, center_store: Store, runner: TaskRunner, page: SafetyPage, placement_id: int
) -> None:
    today = date.today()
    watch = page.watch
    assert watch is not None
    assert [item.placement_id for item in watch.overdue] == [placement_id]
    assert page.overdue_table.rowCount() == 1
    assert (watch.kpi.network.placed, watch.kpi.network.with_incident) == (1, 0)
    assert page.kpi_table.item(0, 4).text() == page.tr("met")
    incidents = page.incidents
    assert incidents.total == 0

    _key(qtbot, Qt.Key.Key_N, CTRL)
    qtbot.waitUntil(
        lambda: incidents.form is not None and incidents.form.isVisible(), timeout=WAIT_MS
    )
    form = incidents.form
    assert form is not None
    form.activateWindow()
    qtbot.waitUntil(lambda: form.fields["placement_id"].hasFocus(), timeout=WAIT_MS)
    assert form.value().placement_id == placement_id  # the only placement is offered
    _key(qtbot, Qt.Key.Key_Tab)  # kind: accident
    _key(qtbot, Qt.Key.Key_Tab)
    _type(qtbot, format_thai_date(today - timedelta(days=1), "numeric"))
    _key(qtbot, Qt.Key.Key_Tab)  # severity: low, medium, high
    _key(qtbot, Qt.Key.Key_End)
    _key(qtbot, Qt.Key.Key_Tab)
    _type(qtbot, "Cut by a metal edge")
    _key(qtbot, Qt.Key.Key_Tab)
    _type(qtbot, "First aid, guard fitted")
    _key(qtbot, Qt.Key.Key_Tab)  # status: open
    _key(qtbot, Qt.Key.Key_Tab)
    _type(qtbot, format_thai_date(today, "numeric"))
    with qtbot.waitSignal(page.loaded, timeout=WAIT_MS):
        _key(qtbot, Qt.Key.Key_Return)

    with center_store.session() as session:
        row = session.scalars(select(Incident)).one()
        assert (row.placement_id, row.severity, row.status, row.escalated_on, row.occurred_on) == (
            placement_id,
            Severity.HIGH,
            IncidentStatus.OPEN,
            today,
            today - timedelta(days=1),
        )
    qtbot.waitUntil(lambda: incidents.total == 1, timeout=WAIT_MS)
    qtbot.waitUntil(lambda: not runner.busy, timeout=WAIT_MS)
    spec = spec_for(ListKind.INCIDENTS)
    model = incidents.model
    assert model.index(0, spec.index_of("severity")).data() == labels.severity()[Severity.HIGH]
    assert model.index(0, spec.index_of("escalated_on")).data()  # the day is shown
    watch = page.watch
    assert watch is not None
    assert (watch.kpi.network.placed, watch.kpi.network.with_incident) == (1, 1)
    assert page.kpi_table.item(0, 4).text() == page.tr("not met")


def test_the_year_box_follows_the_window(
    qtbot: QtBot, page: SafetyPage, runner: TaskRunner
) -> None:
    with qtbot.waitSignal(page.loaded, timeout=WAIT_MS):
        page.follow_fiscal_year(2560)
    assert page.year.value() == 2560
    qtbot.waitUntil(lambda: not runner.busy, timeout=WAIT_MS)


def test_the_days_a_visit_is_due_within_are_a_setting(
    qtbot: QtBot, page: SafetyPage, tmp_path: Path
) -> None:
    assert page.watch is not None and len(page.watch.overdue) == 1  # 40 days, due within 30
    settings = Settings(tmp_path / "settings.ini")
    page.apply_settings(settings)
    assert page.due_days.value() == 30
    with qtbot.waitSignal(page.loaded, timeout=WAIT_MS):
        page.due_days.setValue(45)
    assert page.watch is not None and page.watch.overdue == []
    assert Settings(tmp_path / "settings.ini").supervision_due_days() == 45
