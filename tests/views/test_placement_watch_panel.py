"""The safety watch of placed students on the home page: placements not cleared to start,
visits overdue, incidents open, and "Open the safety page"."""

from __future__ import annotations

from datetime import date, timedelta

import pytest
from pytestqt.qtbot import QtBot
from sqlalchemy import select

from app.models.enums import (
    EnterpriseLocation,
    IncidentKind,
    IncidentStatus,
    Level,
    PlacementMode,
    PlacementStatus,
    Severity,
    StudyModeCode,
)
from app.models.network import College, Enterprise
from app.models.students import Incident, Placement, Student
from app.services.store import Store
from app.views.placement_watch_panel import PlacementWatchPanel
from app.views.runner import TaskRunner

WAIT_MS = 20_000
TODAY = date.today()


@pytest.fixture
def made(center_store: Store) -> None:
    """A placement starting in 5 days with no safety record, one in progress for 40 days with
    no visit, and an open incident on the latter."""
    with center_store.transaction() as session:
        college_id = session.scalars(select(College.id)).one()
        enterprise = Enterprise(name_th="บริษัท ฝึกอาชีพ จำกัด", location=EnterpriseLocation.DOMESTIC)
        session.add(enterprise)
        session.flush()
        placements = []
        for number, (starts, status) in enumerate(
            (
                (TODAY + timedelta(days=5), PlacementStatus.PLANNED),
                (TODAY - timedelta(days=40), PlacementStatus.IN_PROGRESS),
            )
        ):
            student = Student(
                college_id=college_id,
                first_name=f"นักเรียน{number}",
                last_name="ทดสอบ",
                level=Level.PVS,
                year_of_study=2,
                entry_academic_year=2568,
                study_mode=StudyModeCode.DUAL,
            )
            session.add(student)
            session.flush()
            placement = Placement(
                student_id=student.id,
                college_id=college_id,
                enterprise_id=enterprise.id,
                mode=PlacementMode.DUAL,
                starts_on=starts,
                ends_on=starts + timedelta(days=120),
                status=status,
            )
            session.add(placement)
            session.flush()
            placements.append(placement)
        session.add(
            Incident(
                placement_id=placements[1].id,
                kind=IncidentKind.UNSAFE_WORK,
                occurred_on=TODAY - timedelta(days=3),
                severity=Severity.MEDIUM,
                description="ให้ทำงานบนที่สูงโดยไม่มีเข็มขัดนิรภัย",
                status=IncidentStatus.OPEN,
            )
        )


def _loaded(qtbot: QtBot, runner: TaskRunner) -> PlacementWatchPanel:
    panel = PlacementWatchPanel()
    qtbot.addWidget(panel)
    with qtbot.waitSignal(panel.loaded, timeout=WAIT_MS):
        panel.load(runner, TODAY)
    return panel


def test_the_panel_shows_what_to_chase(
    qtbot: QtBot, made: None, center_store: Store, runner: TaskRunner
) -> None:
    panel = _loaded(qtbot, runner)
    assert panel.watch is not None
    assert len(panel.watch.not_cleared) == 1 and len(panel.watch.overdue) == 1
    assert panel.watch.open_incidents == 1
    assert panel.status.property("state") == "open"
    assert panel.cleared_box.cells[0][0].text().startswith("นักเรียน0")
    assert panel.visits_box.cells[0][0].text().startswith("นักเรียน1")
    requested: list[tuple[str, object]] = []
    panel.list_requested.connect(lambda kind, filters: requested.append((kind, filters)))
    panel.visits_box.show_all.click()
    assert requested == [("incidents", None)]


def test_nothing_to_chase(qtbot: QtBot, center_store: Store, runner: TaskRunner) -> None:
    panel = _loaded(qtbot, runner)
    assert panel.status.property("state") == "met"
    assert not panel.cleared_box.show_all.isEnabled()
    assert panel.visits_box.empty.isVisibleTo(panel)
