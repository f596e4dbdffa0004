"""Supervision visits and incidents of placed students entered by hand: what is refused."""

from __future__ import annotations

from dataclasses import replace
from datetime import date, timedelta

import pytest
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
from app.models.students import Incident, Placement, Student, SupervisionVisit
from app.models.teachers import Teacher
from app.services.records import InvalidRecord, RecordKind, open_form, save_record
from app.services.records.registry import record_spec
from app.services.records.safety import (
    PlacementIncidentInput,
    SupervisionVisitInput,
    validate_placement_incident,
)
from app.services.store import Store

STARTS = date(2025, 11, 3)  # 3/11/2568
ENDS = date(2026, 2, 27)  # 27/2/2569


@pytest.fixture
def placement(center_store: Store) -> int:
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
        session.add(Teacher(college_id=college.id, first_name="สมชาย", last_name="ใจดี"))
        session.flush()
        row = Placement(
            student_id=student.id,
            college_id=college.id,
            enterprise_id=enterprise.id,
            mode=PlacementMode.DUAL,
            starts_on=STARTS,
            ends_on=ENDS,
            status=PlacementStatus.IN_PROGRESS,
        )
        session.add(row)
        session.flush()
        return row.id


def _refused(
    store: Store, kind: RecordKind, data: object, record_id: int | None = None
) -> dict[str, str]:
    with pytest.raises(InvalidRecord) as caught:
        save_record(store, kind, data, record_id)
    return {error.field: error.message for error in caught.value.errors}


def _incident(placement: int, **changes: object) -> PlacementIncidentInput:
    data = PlacementIncidentInput(
        placement_id=placement,
        kind=IncidentKind.ACCIDENT.value,
        occurred_on="10/11/2568",
        severity=Severity.LOW.value,
        description="นักศึกษาถูกเศษโลหะบาดมือระหว่างปฏิบัติงาน",
    )
    return replace(data, **changes)  # type: ignore[arg-type]


# -- supervision visits -------------------------------------------------------------------------
def test_a_visit_saves_and_loads_back(center_store: Store, placement: int) -> None:
    with center_store.session() as session:
        teacher = session.scalars(select(Teacher.id)).one()
        form = open_form(session, RecordKind.SUPERVISION_VISIT)
    assert form.choices["placement_id"][0].name.startswith("สมหญิง ขยันเรียน · บริษัท")
    data = SupervisionVisitInput(placement, teacher, "20/11/2568", "21/11/2568", "ปฏิบัติงานได้ดี", 4)
    record_id, _step = save_record(center_store, RecordKind.SUPERVISION_VISIT, data)
    with center_store.session() as session:
        row = session.get(SupervisionVisit, record_id)
        assert row is not None
        assert (row.visited_on, row.rating, row.visitor_teacher_id) == (
            date(2025, 11, 21),
            4,
            teacher,
        )
        loaded = open_form(session, RecordKind.SUPERVISION_VISIT, record_id).data
    assert loaded == replace(data, planned_on="20/11/2568", visited_on="21/11/2568")


def test_a_visit_needs_a_date_and_cannot_be_done_before_the_start(
    center_store: Store, placement: int
) -> None:
    assert set(
        _refused(center_store, RecordKind.SUPERVISION_VISIT, SupervisionVisitInput(placement))
    ) == {"planned_on"}
    early = SupervisionVisitInput(placement, visited_on="2/11/2568")
    problems = _refused(center_store, RecordKind.SUPERVISION_VISIT, early)
    assert set(problems) == {"visited_on"}
    assert "2/11" not in problems["visited_on"]  # the rejected value is never repeated
    # planned before the start is fine; rating out of range is not
    save_record(
        center_store,
        RecordKind.SUPERVISION_VISIT,
        SupervisionVisitInput(placement, None, "1/11/2568"),
    )
    bad = SupervisionVisitInput(placement, None, "", "3/11/2568", "", 6)
    assert set(_refused(center_store, RecordKind.SUPERVISION_VISIT, bad)) == {"rating"}


# -- incidents ----------------------------------------------------------------------------------
def test_an_incident_saves_for_the_placement(center_store: Store, placement: int) -> None:
    record_id, _step = save_record(center_store, RecordKind.INCIDENT, _incident(placement))
    with center_store.session() as session:
        row = session.get(Incident, record_id)
        assert row is not None
        assert (row.placement_id, row.internship_id, row.status) == (
            placement,
            None,
            IncidentStatus.OPEN,
        )
    assert record_spec(RecordKind.INCIDENT).field_names[0] == "placement_id"


def test_closing_needs_the_actions_written(center_store: Store, placement: int) -> None:
    closed = _incident(placement, status=IncidentStatus.CLOSED.value)
    problems = _refused(center_store, RecordKind.INCIDENT, closed)
    assert set(problems) == {"actions"}
    assert "actions taken before closing" in problems["actions"]
    save_record(center_store, RecordKind.INCIDENT, replace(closed, actions="ปฐมพยาบาลแล้ว"))


@pytest.mark.parametrize(
    ("kind", "severity"),
    [
        (IncidentKind.ACCIDENT.value, Severity.HIGH.value),
        (IncidentKind.HARASSMENT.value, Severity.LOW.value),
    ],
)
def test_a_high_or_harassment_incident_must_be_escalated_before_closing(
    center_store: Store, placement: int, kind: str, severity: str
) -> None:
    data = _incident(placement, kind=kind, severity=severity, actions="แจ้งสถานประกอบการแล้ว")
    record_id, _step = save_record(center_store, RecordKind.INCIDENT, data)  # open: fine
    closed = replace(data, status=IncidentStatus.CLOSED.value)
    problems = _refused(center_store, RecordKind.INCIDENT, closed, record_id)
    assert set(problems) == {"escalated_on"}
    assert "provincial dual-vocational center" in problems["escalated_on"]
    save_record(
        center_store, RecordKind.INCIDENT, replace(closed, escalated_on="11/11/2568"), record_id
    )


def test_a_low_accident_closes_without_escalation(center_store: Store, placement: int) -> None:
    data = _incident(placement, status=IncidentStatus.CLOSED.value, actions="ปฐมพยาบาลแล้ว")
    save_record(center_store, RecordKind.INCIDENT, data)


def test_escalated_before_it_happened_is_refused(center_store: Store, placement: int) -> None:
    problems = _refused(
        center_store, RecordKind.INCIDENT, _incident(placement, escalated_on="9/11/2568")
    )
    assert set(problems) == {"escalated_on"}
    assert "before the incident occurred" in problems["escalated_on"]
    save_record(center_store, RecordKind.INCIDENT, _incident(placement, escalated_on="10/11/2568"))


def test_an_incident_outside_the_placement_or_in_the_future_is_refused(
    center_store: Store, placement: int
) -> None:
    outside = _incident(placement, occurred_on="2/11/2568")
    assert set(_refused(center_store, RecordKind.INCIDENT, outside)) == {"occurred_on"}
    after = _incident(placement, occurred_on="28/2/2569")
    assert set(_refused(center_store, RecordKind.INCIDENT, after)) == {"occurred_on"}
    with center_store.session() as session:
        errors = validate_placement_incident(
            session,
            _incident(placement, occurred_on="20/11/2568"),
            None,
            STARTS + timedelta(days=5),
        )
    assert [error.field for error in errors] == ["occurred_on"]
    assert "future" in errors[0].message


def test_an_incident_needs_a_placement_and_what_happened(center_store: Store) -> None:
    problems = _refused(
        center_store, RecordKind.INCIDENT, PlacementIncidentInput(occurred_on="1/11/2568")
    )
    assert set(problems) == {"placement_id", "description"}
