"""Student placements (manual 6.1-6.2): the lifecycle, the safety gate, overlapping dates,
enterprise capacity, placing a class, the form's refusals and the placements list."""

from __future__ import annotations

from dataclasses import dataclass
from datetime import date

import pytest
from sqlalchemy import func, select

from app.models.enums import (
    BriefingKind,
    EnterpriseLocation,
    IncidentKind,
    IncidentStatus,
    Level,
    PlacementMode,
    PlacementStatus,
    Severity,
    StudyModeCode,
)
from app.models.matching import PlacementCapacity
from app.models.network import Enterprise, Subject
from app.models.students import Incident, Placement, SafetyBriefing, Student
from app.services import placements as rules
from app.services.listing import ListFilters, ListKind, ListQuery, count, page, supports_keyset
from app.services.records.edit import save_record
from app.services.records.placements import PlacementInput
from app.services.records.spec import InvalidRecord, RecordKind
from app.services.store import Store
from app.services.thai.dates import parse_thai_date

P = PlacementStatus
COLLEGE = 1  # the host college of center 11


def be(text: str) -> date:
    return parse_thai_date(text)


@dataclass
class Setting:
    students: list[int]
    enterprises: list[int]
    subject_id: int


def _student(code: str, first: str, year: int = 2) -> Student:
    return Student(
        college_id=COLLEGE,
        student_code=code,
        first_name=first,
        last_name="ขยันเรียน",
        level=Level.PVS,
        year_of_study=year,
        entry_academic_year=2567,
        study_mode=StudyModeCode.DUAL,
    )


@pytest.fixture
def setting(center_store: Store) -> Setting:
    with center_store.transaction() as session:
        students = [
            _student("6630001", "กนกพร"),
            _student("6630002", "ขวัญใจ"),
            _student("6630003", "จันทร์เพ็ญ"),
            _student("6630004", "ชนิดา"),
            _student("6530001", "ดวงใจ", year=1),  # another year of study
        ]
        enterprises = [
            Enterprise(name_th=f"บริษัท หุ่นยนต์ {n} จำกัด", location=EnterpriseLocation.DOMESTIC)
            for n in ("หนึ่ง", "สอง", "สาม")
        ]
        session.add_all([*students, *enterprises])
        session.flush()
        subject_id = session.scalar(select(Subject.id))
        assert subject_id is not None
        return Setting([s.id for s in students], [e.id for e in enterprises], subject_id)


def _placement(
    store: Store,
    student: int,
    enterprise: int,
    starts: str,
    ends: str,
    status: PlacementStatus = P.PLANNED,
    mode: PlacementMode = PlacementMode.DUAL,
) -> int:
    with store.transaction() as session:
        row = Placement(
            student_id=student,
            college_id=COLLEGE,
            enterprise_id=enterprise,
            mode=mode,
            starts_on=be(starts),
            ends_on=be(ends),
            status=status,
        )
        session.add(row)
        session.flush()
        return row.id


def _briefing(store: Store, student: int, kind: BriefingKind, held: str) -> None:
    with store.transaction() as session:
        session.add(
            SafetyBriefing(student_id=student, kind=kind, held_on=be(held), given_by="ครูสมชาย")
        )


def _capacity(store: Store, setting: Setting, enterprise: int, seats: int, year: int) -> None:
    with store.transaction() as session:
        session.add(
            PlacementCapacity(
                enterprise_id=enterprise,
                college_id=COLLEGE,
                subject_id=setting.subject_id,
                level=Level.PVS,
                fiscal_year=year,
                mode=PlacementMode.DUAL,
                seats=seats,
            )
        )


def _status(store: Store, placement_id: int) -> PlacementStatus:
    with store.session() as session:
        row = session.get(Placement, placement_id)
        assert row is not None
        return PlacementStatus(row.status)


# -- the lifecycle ---------------------------------------------------------------------------
@pytest.mark.parametrize(
    ("current", "to"),
    [
        (P.PLANNED, P.CONFIRMED),
        (P.CONFIRMED, P.IN_PROGRESS),
        (P.IN_PROGRESS, P.COMPLETED),
        (P.PLANNED, P.WITHDRAWN),
        (P.CONFIRMED, P.WITHDRAWN),
        (P.IN_PROGRESS, P.WITHDRAWN),
        (P.PLANNED, P.PLANNED),
    ],
)
def test_allowed_transitions(current: PlacementStatus, to: PlacementStatus) -> None:
    assert rules.transition_refusal(current, to, "ย้ายสถานศึกษา") is None


@pytest.mark.parametrize(
    ("current", "to"),
    [
        (P.PLANNED, P.IN_PROGRESS),
        (P.PLANNED, P.COMPLETED),
        (P.CONFIRMED, P.PLANNED),
        (P.CONFIRMED, P.COMPLETED),
        (P.IN_PROGRESS, P.CONFIRMED),
        (P.COMPLETED, P.IN_PROGRESS),
        (P.COMPLETED, P.WITHDRAWN),
        (P.WITHDRAWN, P.PLANNED),
        (P.WITHDRAWN, P.CONFIRMED),
    ],
)
def test_refused_transitions(current: PlacementStatus, to: PlacementStatus) -> None:
    refusal = rules.transition_refusal(current, to, "ย้ายสถานศึกษา")
    assert refusal is not None and "cannot" in refusal


def test_withdrawing_needs_a_reason(center_store: Store, setting: Setting) -> None:
    placement = _placement(center_store, setting.students[0], setting.enterprises[0],
                           "1/11/2568", "28/2/2569")  # fmt: skip
    with pytest.raises(rules.PlacementRefused):
        rules.move(center_store, placement, P.WITHDRAWN, "  ")
    assert _status(center_store, placement) is P.PLANNED
    rules.move(center_store, placement, P.WITHDRAWN, "ย้ายสถานศึกษา")
    with center_store.session() as session:
        row = session.get(Placement, placement)
        assert row is not None and row.withdrawal_reason == "ย้ายสถานศึกษา"
    with pytest.raises(rules.PlacementRefused):
        rules.move(center_store, placement, P.PLANNED)


# -- the safety gate -------------------------------------------------------------------------
def _confirmed(store: Store, setting: Setting) -> int:
    return _placement(store, setting.students[0], setting.enterprises[0], "1/11/2568",
                      "28/2/2569", P.CONFIRMED)  # fmt: skip


def _start_refusal(store: Store, placement_id: int) -> str:
    with pytest.raises(rules.PlacementRefused) as refused:
        rules.move(store, placement_id, P.IN_PROGRESS)
    assert _status(store, placement_id) is P.CONFIRMED
    return refused.value.message


def test_no_briefing_names_both(center_store: Store, setting: Setting) -> None:
    message = _start_refusal(center_store, _confirmed(center_store, setting))
    assert "safety training" in message and "orientation" in message


def test_missing_training_is_named(center_store: Store, setting: Setting) -> None:
    placement = _confirmed(center_store, setting)
    _briefing(center_store, setting.students[0], BriefingKind.ORIENTATION, "25/10/2568")
    message = _start_refusal(center_store, placement)
    assert "safety training" in message and "orientation" not in message


def test_missing_orientation_is_named(center_store: Store, setting: Setting) -> None:
    placement = _confirmed(center_store, setting)
    _briefing(center_store, setting.students[0], BriefingKind.SAFETY_TRAINING, "25/10/2568")
    message = _start_refusal(center_store, placement)
    assert "orientation" in message and "safety training" not in message


def test_a_briefing_after_the_start_day_does_not_count(
    center_store: Store, setting: Setting
) -> None:
    placement = _confirmed(center_store, setting)
    _briefing(center_store, setting.students[0], BriefingKind.SAFETY_TRAINING, "1/11/2568")
    _briefing(center_store, setting.students[0], BriefingKind.ORIENTATION, "2/11/2568")
    message = _start_refusal(center_store, placement)
    assert (
        "orientation" in message and "safety training" not in message
    )  # the start day itself counts
    _briefing(center_store, setting.students[0], BriefingKind.ORIENTATION, "31/10/2568")
    rules.move(center_store, placement, P.IN_PROGRESS)
    assert _status(center_store, placement) is P.IN_PROGRESS
    rules.move(center_store, placement, P.COMPLETED)
    assert _status(center_store, placement) is P.COMPLETED


# -- overlap and capacity --------------------------------------------------------------------
def test_overlap_counts_a_shared_day_but_not_touching_days(
    center_store: Store, setting: Setting
) -> None:
    student = setting.students[0]
    _placement(center_store, student, setting.enterprises[0], "1/11/2568", "30/11/2568")
    with center_store.session() as session:
        # the next day: no overlap
        assert rules.overlapping(session, student, be("1/12/2568"), be("31/12/2568")) is None
        # the same last day: overlap
        found = rules.overlapping(session, student, be("30/11/2568"), be("31/12/2568"))
        assert found == (be("1/11/2568"), be("30/11/2568"))
        # one day inside
        assert rules.overlapping(session, student, be("15/11/2568"), be("15/11/2568"))
        # another student
        assert (
            rules.overlapping(session, setting.students[1], be("1/11/2568"), be("2/11/2568"))
            is None
        )


def test_a_withdrawn_placement_neither_overlaps_nor_takes_a_seat(
    center_store: Store, setting: Setting
) -> None:
    _capacity(center_store, setting, setting.enterprises[0], 1, 2569)
    _placement(center_store, setting.students[0], setting.enterprises[0], "1/11/2568",
               "30/11/2568", P.WITHDRAWN)  # fmt: skip
    with center_store.session() as session:
        found = rules.overlapping(session, setting.students[0], be("1/11/2568"), be("2/11/2568"))
        assert found is None
        left = rules.seats_left(session, setting.enterprises[0], 2569, PlacementMode.DUAL)
        assert left == 1


def test_seats_count_the_year_and_mode(center_store: Store, setting: Setting) -> None:
    enterprise = setting.enterprises[0]
    _capacity(center_store, setting, enterprise, 2, 2569)
    _capacity(center_store, setting, enterprise, 1, 2569)  # two records add up
    _placement(center_store, setting.students[0], enterprise, "1/10/2568", "30/11/2568")
    # fiscal year 2568 (ends 30/9/2568): another year
    _placement(center_store, setting.students[1], enterprise, "30/9/2568", "30/11/2568")
    _placement(center_store, setting.students[2], enterprise, "1/11/2568", "30/11/2568",
               mode=PlacementMode.INTERNSHIP)  # fmt: skip
    with center_store.session() as session:
        assert rules.seats_left(session, enterprise, 2569, PlacementMode.DUAL) == 2
        assert rules.seats_left(session, enterprise, 2569, PlacementMode.INTERNSHIP) is None


# -- the form --------------------------------------------------------------------------------
def _input(setting: Setting, student: int = 0, **changes: object) -> PlacementInput:
    data = PlacementInput(
        student_id=setting.students[student],
        enterprise_id=setting.enterprises[0],
        mode=PlacementMode.DUAL.value,
        starts_on="1/11/2568",
        ends_on="28/2/2569",
        trainer_name="นายสมศักดิ์ รักงาน",
    )
    for name, value in changes.items():
        setattr(data, name, value)
    return data


def _refused(store: Store, data: PlacementInput, record_id: int | None = None) -> dict[str, str]:
    with pytest.raises(InvalidRecord) as refused:
        save_record(store, RecordKind.PLACEMENT, data, record_id)
    return {error.field: error.message for error in refused.value.errors}


def test_the_form_saves_a_placement_in_the_students_college(
    center_store: Store, setting: Setting
) -> None:
    record_id, _undo = save_record(center_store, RecordKind.PLACEMENT, _input(setting))
    with center_store.session() as session:
        row = session.get(Placement, record_id)
        assert row is not None and row.college_id == COLLEGE and row.status is P.PLANNED


def test_the_form_refuses_each_conflict(center_store: Store, setting: Setting) -> None:
    errors = _refused(center_store, _input(setting, ends_on="31/10/2568"))
    assert "end before it starts" in errors["ends_on"]
    first, _undo = save_record(center_store, RecordKind.PLACEMENT, _input(setting))
    errors = _refused(center_store, _input(setting, enterprise_id=setting.enterprises[1],
                                           starts_on="28/2/2569", ends_on="31/3/2569"))  # fmt: skip
    assert "already has a placement" in errors["starts_on"] and "28/02/2569" in errors["starts_on"]
    _capacity(center_store, setting, setting.enterprises[0], 1, 2569)
    errors = _refused(center_store, _input(setting, student=1))
    assert "no placement seat left" in errors["enterprise_id"] and "2569" in errors["enterprise_id"]
    errors = _refused(center_store, _input(setting, status=P.IN_PROGRESS.value), first)
    assert "cannot move" in errors["status"]
    errors = _refused(center_store, _input(setting, status=P.WITHDRAWN.value), first)
    assert "reason" in errors["withdrawal_reason"]
    save_record(center_store, RecordKind.PLACEMENT, _input(setting, status=P.CONFIRMED.value),
                first)  # fmt: skip
    errors = _refused(center_store, _input(setting, status=P.IN_PROGRESS.value), first)
    assert "safety training" in errors["status"]
    # editing the placement that holds the last seat keeps its seat
    save_record(center_store, RecordKind.PLACEMENT, _input(setting, status=P.CONFIRMED.value,
                                                           tasks="ประกอบชิ้นงาน"), first)  # fmt: skip


# -- placing a class -------------------------------------------------------------------------
def _plan(setting: Setting, enterprises: list[int] | None = None) -> rules.ClassPlan:
    return rules.ClassPlan(
        college_id=COLLEGE,
        level=Level.PVS,
        year_of_study=2,
        enterprise_ids=tuple(enterprises or setting.enterprises[:2]),
        mode=PlacementMode.DUAL,
        starts_on=be("1/11/2568"),
        ends_on=be("28/2/2569"),
    )


def _placements(store: Store) -> int:
    with store.session() as session:
        return session.scalar(select(func.count()).select_from(Placement)) or 0


def test_a_class_is_placed_round_robin(center_store: Store, setting: Setting) -> None:
    result = rules.place_class(center_store, _plan(setting))
    assert [row.student_id for row in result.created] == setting.students[:4]
    first, second = setting.enterprises[:2]
    assert [row.enterprise_id for row in result.created] == [first, second, first, second]
    assert result.skipped == []
    with center_store.session() as session:
        rows = session.scalars(select(Placement)).all()
        assert {row.status for row in rows} == {P.PLANNED} and len(rows) == 4


def test_a_class_skips_the_placed_and_passes_over_full_enterprises(
    center_store: Store, setting: Setting
) -> None:
    first, second = setting.enterprises[:2]
    _placement(center_store, setting.students[1], setting.enterprises[2], "1/2/2569", "30/4/2569")
    _capacity(center_store, setting, first, 1, 2569)
    _capacity(center_store, setting, second, 1, 2569)
    with center_store.session() as session:
        preview = rules.plan_class(session, _plan(setting))
    assert _placements(center_store) == 1  # the preview writes nothing
    result = rules.place_class(center_store, _plan(setting))
    assert result == preview
    assert [(row.student_id, row.enterprise_id) for row in result.created] == [
        (setting.students[0], first),
        (setting.students[2], second),
    ]
    skipped = {row.student_id: row.reason for row in result.skipped}
    assert set(skipped) == {setting.students[1], setting.students[3]}
    assert "seat left" in skipped[setting.students[3]]
    assert _placements(center_store) == 3


def test_a_class_plan_with_bad_dates_is_refused(center_store: Store, setting: Setting) -> None:
    plan = _plan(setting)
    bad = rules.ClassPlan(**{**vars(plan), "ends_on": be("31/10/2568")})
    with pytest.raises(rules.PlacementRefused), center_store.session() as session:
        rules.plan_class(session, bad)


# -- the list --------------------------------------------------------------------------------
def test_the_list_shows_an_open_incident_and_filters(center_store: Store, setting: Setting) -> None:
    older = _placement(center_store, setting.students[0], setting.enterprises[0], "1/6/2568",
                       "30/6/2568", P.COMPLETED)  # fmt: skip
    newer = _placement(center_store, setting.students[0], setting.enterprises[1], "1/11/2568",
                       "28/2/2569")  # fmt: skip
    other = _placement(center_store, setting.students[1], setting.enterprises[1], "1/12/2568",
                       "28/2/2569", P.CONFIRMED)  # fmt: skip
    with center_store.transaction() as session:
        session.add(
            Incident(
                placement_id=older,
                kind=IncidentKind.ACCIDENT,
                occurred_on=be("10/6/2568"),
                severity=Severity.LOW,
                description="นิ้วถูกบาด",
                status=IncidentStatus.OPEN,
            )
        )
    query = ListQuery(ListKind.PLACEMENTS)
    assert supports_keyset(query)
    with center_store.session() as session:
        rows = page(session, query, 0, 10)
        assert [row.id for row in rows] == [other, newer, older]
        flags = {row.id: row.values[-1] for row in rows}
        assert flags == {other: False, newer: True, older: True}  # the student's incident

        def ids(**filters: object) -> set[int]:
            found = page(session, ListQuery(ListKind.PLACEMENTS, filters=ListFilters(**filters)),
                         0, 10)  # fmt: skip
            return {row.id for row in found}

        assert ids(open_incident=True) == {newer, older}
        assert ids(open_incident=False) == {other}
        assert ids(fiscal_year=2569, college_id=COLLEGE) == {newer, other}
        assert ids(placement_status=P.CONFIRMED) == {other}
        assert ids(enterprise_id=setting.enterprises[0]) == {older}
        assert ids(student_id=setting.students[1]) == {other}
        assert count(session, ListQuery(ListKind.PLACEMENTS, search="ขวัญใจ")) == 1
        assert count(session, ListQuery(ListKind.PLACEMENTS, search="สาม")) == 0
