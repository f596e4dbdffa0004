"""Teacher internships, daily logs, visits and incidents entered by hand: what is refused."""

from __future__ import annotations

from dataclasses import replace
from datetime import date
from decimal import Decimal

import pytest
from sqlalchemy import select

from app.models.enums import EnterpriseLocation
from app.models.network import College, Enterprise
from app.models.students import Incident
from app.models.teachers import DailyLog, Teacher, TeacherInternship
from app.services.records import InvalidRecord, RecordKind, open_form, save_record
from app.services.records.internships import (
    DailyLogInput,
    IncidentInput,
    InternshipInput,
    VisitInput,
    read_hours,
)
from app.services.store import Store


@pytest.fixture
def internship(center_store: Store) -> InternshipInput:
    """A valid internship of a stored teacher at a stored enterprise (not saved)."""
    with center_store.transaction() as session:
        college = session.scalars(select(College)).first()
        assert college is not None
        teacher = Teacher(college_id=college.id, first_name="สมชาย", last_name="ใจดี")
        enterprise = Enterprise(name_th="บริษัท หุ่นยนต์ไทย จำกัด", location=EnterpriseLocation.DOMESTIC)
        session.add_all([teacher, enterprise])
        session.flush()
        return InternshipInput(
            teacher_id=teacher.id,
            enterprise_id=enterprise.id,
            mentor_name="คุณวิศวกร ใจกว้าง",
            plan="ฝึกติดตั้งและบำรุงรักษาหุ่นยนต์อุตสาหกรรม",
            starts_on="1/3/2569",
            ends_on="31/3/2569",
        )


def _refused(
    store: Store, kind: RecordKind, data: object, record_id: int | None = None
) -> dict[str, str]:
    with pytest.raises(InvalidRecord) as caught:
        save_record(store, kind, data, record_id)
    return {error.field: error.message for error in caught.value.errors}


def test_an_internship_saves_and_loads_back(
    center_store: Store, internship: InternshipInput
) -> None:
    record_id, _step = save_record(center_store, RecordKind.TEACHER_INTERNSHIP, internship)
    with center_store.session() as session:
        row = session.get(TeacherInternship, record_id)
        assert row is not None
        assert (row.starts_on, row.ends_on, row.report_received_on) == (
            date(2026, 3, 1),
            date(2026, 3, 31),
            None,
        )
        loaded = open_form(session, RecordKind.TEACHER_INTERNSHIP, record_id).data
    assert loaded == replace(internship, starts_on="01/03/2569", ends_on="31/03/2569")


def test_an_internship_ending_before_it_starts_is_refused(
    center_store: Store, internship: InternshipInput
) -> None:
    problems = _refused(
        center_store, RecordKind.TEACHER_INTERNSHIP, replace(internship, ends_on="28/2/2569")
    )
    assert set(problems) == {"ends_on"}
    assert "end before it starts" in problems["ends_on"]  # Thai once the translations load
    assert "28" not in problems["ends_on"]  # the rejected value is never repeated
    # one day long is fine
    save_record(
        center_store, RecordKind.TEACHER_INTERNSHIP, replace(internship, ends_on="1/3/2569")
    )


def test_a_report_received_before_the_start_is_refused(
    center_store: Store, internship: InternshipInput
) -> None:
    early = replace(internship, report_received_on="28/2/2569")
    assert set(_refused(center_store, RecordKind.TEACHER_INTERNSHIP, early)) == {
        "report_received_on"
    }


def test_one_teacher_cannot_have_two_overlapping_internships(
    center_store: Store, internship: InternshipInput
) -> None:
    record_id, _step = save_record(center_store, RecordKind.TEACHER_INTERNSHIP, internship)
    overlapping = replace(internship, starts_on="31/3/2569", ends_on="15/4/2569")
    assert set(_refused(center_store, RecordKind.TEACHER_INTERNSHIP, overlapping)) == {"teacher_id"}
    after = replace(internship, starts_on="1/4/2569", ends_on="15/4/2569")
    save_record(center_store, RecordKind.TEACHER_INTERNSHIP, after)
    # editing the internship itself does not overlap with itself
    longer = replace(internship, plan="แผนใหม่")
    save_record(center_store, RecordKind.TEACHER_INTERNSHIP, longer, record_id)


def test_an_internship_needs_teacher_enterprise_and_dates(center_store: Store) -> None:
    problems = _refused(center_store, RecordKind.TEACHER_INTERNSHIP, InternshipInput())
    assert set(problems) == {"teacher_id", "enterprise_id", "starts_on", "ends_on"}


@pytest.fixture
def saved(center_store: Store, internship: InternshipInput) -> int:
    return save_record(center_store, RecordKind.TEACHER_INTERNSHIP, internship)[0]


def test_a_daily_log_saves_with_half_hours(center_store: Store, saved: int) -> None:
    log = DailyLogInput(saved, "2/3/2569", "ติดตั้งแขนกล", "7.5")
    record_id, _step = save_record(center_store, RecordKind.DAILY_LOG, log)
    with center_store.session() as session:
        row = session.get(DailyLog, record_id)
        assert row is not None
        assert (row.log_date, row.hours) == (date(2026, 3, 2), Decimal("7.5"))
        assert open_form(session, RecordKind.DAILY_LOG, record_id).data == replace(
            log, log_date="02/03/2569"
        )


def test_a_daily_log_outside_the_internship_is_refused(center_store: Store, saved: int) -> None:
    for day in ("28/2/2569", "1/4/2569"):
        log = DailyLogInput(saved, day, "ติดตั้งแขนกล", "8")
        assert set(_refused(center_store, RecordKind.DAILY_LOG, log)) == {"log_date"}
    for day in ("1/3/2569", "31/3/2569"):  # the first and last days are in
        save_record(center_store, RecordKind.DAILY_LOG, DailyLogInput(saved, day, "งาน", "8"))


def test_one_log_per_date(center_store: Store, saved: int) -> None:
    log = DailyLogInput(saved, "2/3/2569", "ติดตั้งแขนกล", "8")
    record_id, _step = save_record(center_store, RecordKind.DAILY_LOG, log)
    assert set(_refused(center_store, RecordKind.DAILY_LOG, log)) == {"log_date"}
    save_record(center_store, RecordKind.DAILY_LOG, replace(log, hours="6"), record_id)


@pytest.mark.parametrize("hours", ["0", "0.4", "24.5", "7.25", "เจ็ด", "nan", "-1"])
def test_hours_out_of_range_or_too_precise_are_refused(
    center_store: Store, saved: int, hours: str
) -> None:
    log = DailyLogInput(saved, "2/3/2569", "งาน", hours)
    assert set(_refused(center_store, RecordKind.DAILY_LOG, log)) == {"hours"}


def test_hours_are_read_with_one_decimal() -> None:
    assert read_hours("๘") == Decimal("8.0")
    assert read_hours("7,5") == Decimal("7.5")
    assert read_hours("0.5") == Decimal("0.5")
    assert read_hours("24") == Decimal("24.0")


def test_an_internship_cannot_shrink_past_its_logs(
    center_store: Store, internship: InternshipInput, saved: int
) -> None:
    save_record(center_store, RecordKind.DAILY_LOG, DailyLogInput(saved, "30/3/2569", "งาน", "8"))
    shorter = replace(internship, ends_on="20/3/2569")
    assert set(_refused(center_store, RecordKind.TEACHER_INTERNSHIP, shorter, saved)) == {
        "starts_on"
    }


def test_a_visit_needs_a_planned_or_a_visit_date(center_store: Store, saved: int) -> None:
    bare = VisitInput(saved, visitor_name="ครูนิเทศก์", rating=4)
    assert set(_refused(center_store, RecordKind.INTERNSHIP_VISIT, bare)) == {"planned_on"}
    save_record(center_store, RecordKind.INTERNSHIP_VISIT, replace(bare, planned_on="10/3/2569"))
    save_record(center_store, RecordKind.INTERNSHIP_VISIT, replace(bare, visited_on="12/3/2569"))
    assert set(_refused(center_store, RecordKind.INTERNSHIP_VISIT, VisitInput())) == {
        "internship_id",
        "planned_on",
    }


def test_an_incident_outside_the_internship_is_refused(center_store: Store, saved: int) -> None:
    incident = IncidentInput(saved, occurred_on="1/4/2569", description="ลื่นล้ม")
    assert set(_refused(center_store, RecordKind.INTERNSHIP_INCIDENT, incident)) == {"occurred_on"}
    late_escalation = replace(incident, occurred_on="5/3/2569", escalated_on="4/3/2569")
    assert set(_refused(center_store, RecordKind.INTERNSHIP_INCIDENT, late_escalation)) == {
        "escalated_on"
    }
    record_id, _step = save_record(
        center_store, RecordKind.INTERNSHIP_INCIDENT, replace(incident, occurred_on="5/3/2569")
    )
    with center_store.session() as session:
        row = session.get(Incident, record_id)
        assert row is not None
        assert (row.internship_id, row.placement_id, row.occurred_on) == (
            saved,
            None,
            date(2026, 3, 5),
        )


def test_an_incident_needs_what_happened_and_known_codes(center_store: Store, saved: int) -> None:
    bad = IncidentInput(saved, kind="fire", status="", occurred_on="5/3/2569")
    assert set(_refused(center_store, RecordKind.INTERNSHIP_INCIDENT, bad)) == {
        "kind",
        "status",
        "description",
    }


def test_a_new_log_on_an_internships_list_starts_with_that_internship(
    center_store: Store, saved: int
) -> None:
    with center_store.session() as session:
        for kind in (
            RecordKind.DAILY_LOG,
            RecordKind.INTERNSHIP_VISIT,
            RecordKind.INTERNSHIP_INCIDENT,
        ):
            form = open_form(session, kind, preset={"internship_id": saved})
            assert form.data.internship_id == saved
            assert [choice.record_id for choice in form.choices["internship_id"]] == [saved]
            assert "สมชาย ใจดี" in form.choices["internship_id"][0].name
