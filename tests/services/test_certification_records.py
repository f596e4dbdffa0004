"""The forms of certification centers, assessment rounds and results: checks, saves, undo."""

from __future__ import annotations

from dataclasses import replace
from datetime import date
from typing import Any

import pytest
from sqlalchemy import select

from app.models.certification import AssessmentRound, Certification, CertificationCenter
from app.models.enums import (
    CertificationCenterKind,
    CertificationCenterStatus,
    CollegeGroupCode,
    Level,
    Ownership,
    PersonKind,
    StudyModeCode,
)
from app.models.network import College
from app.models.students import Student
from app.models.teachers import Teacher
from app.services.records import (
    InvalidRecord,
    RecordKind,
    delete_record,
    open_form,
    record_spec,
    save_record,
    undo,
)
from app.services.records.certification import (
    AssessmentRoundInput,
    CertificationCenterInput,
    CertificationInput,
)
from app.services.store import Store

HOST_COLLEGE = 1
CENTER = CertificationCenterInput(
    college_id=HOST_COLLEGE,
    kind=CertificationCenterKind.TPQI.value,
    name="ศูนย์ประเมินสมรรถนะบุคคล วิทยาลัยเทคนิคสัตหีบ",
    licence_no="TPQI-0001",
    scope="ช่างเทคนิคเมคคาทรอนิกส์ ชั้น 3-4",
    valid_from="01/10/2567",
    valid_until="30/09/2570",
    status=CertificationCenterStatus.ACCREDITED.value,
)


def _messages(
    store: Store, kind: RecordKind, data: Any, record_id: int | None = None
) -> dict[str, str]:
    with store.session() as session:
        errors = record_spec(kind).validate(session, data, record_id)
    return {error.field: error.message for error in errors}


def _refused(store: Store, kind: RecordKind, data: Any) -> set[str]:
    with pytest.raises(InvalidRecord) as refused:
        save_record(store, kind, data)
    return {error.field for error in refused.value.errors}


@pytest.fixture
def people(center_store: Store) -> dict[str, int]:
    """A teacher and a student of the host college, and a teacher of another network."""
    with center_store.transaction() as session:
        elsewhere = College(
            name_th="วิทยาลัยเทคนิคต่างเครือข่าย",
            ownership=Ownership.PUBLIC,
            group=CollegeGroupCode.STANDARD,
            center_id=12,
        )
        session.add(elsewhere)
        session.flush()
        teacher = Teacher(college_id=HOST_COLLEGE, first_name="สมชาย", last_name="ใจดี")
        stranger = Teacher(college_id=elsewhere.id, first_name="สมศักดิ์", last_name="ไกลบ้าน")
        student = Student(
            college_id=HOST_COLLEGE,
            first_name="กนกพร",
            last_name="ขยันเรียน",
            level=Level.PVS,
            year_of_study=2,
            entry_academic_year=2567,
            study_mode=StudyModeCode.DUAL,
        )
        session.add_all([teacher, stranger, student])
        session.flush()
        ids = {"teacher": teacher.id, "stranger": stranger.id, "student": student.id}
    ids["center"] = save_record(center_store, RecordKind.CERTIFICATION_CENTER, CENTER)[0]
    return ids


def _result(people: dict[str, int], **changes: Any) -> CertificationInput:
    data = CertificationInput(
        certification_center_id=people["center"],
        person_kind=PersonKind.TEACHER.value,
        teacher_id=people["teacher"],
        standard="มาตรฐานอาชีพช่างเทคนิคเมคคาทรอนิกส์",
        level=3,
        certificate_no="TPQI-2569-0001",
        assessed_on="15/01/2569",
    )
    return replace(data, **changes)


# -- centers ---------------------------------------------------------------------------------
def test_a_center_is_saved_loaded_and_undone(center_store: Store) -> None:
    record_id, step = save_record(center_store, RecordKind.CERTIFICATION_CENTER, CENTER)
    with center_store.session() as session:
        assert open_form(session, RecordKind.CERTIFICATION_CENTER, record_id).data == CENTER
        row = session.get(CertificationCenter, record_id)
        assert row is not None and row.valid_until == date(2027, 9, 30)
    undo(center_store, step)
    with center_store.session() as session:
        row = session.get(CertificationCenter, record_id)
        assert row is not None and row.deleted


def test_validity_cannot_end_before_it_starts(center_store: Store) -> None:
    bad = replace(CENTER, valid_from="1/10/2568", valid_until="30/9/2568")
    messages = _messages(center_store, RecordKind.CERTIFICATION_CENTER, bad)
    assert set(messages) == {"valid_until"}
    assert "30/9/2568" not in messages["valid_until"]


def test_an_accredited_center_needs_a_licence_and_an_end(center_store: Store) -> None:
    bad = replace(CENTER, licence_no=" ", valid_until="")
    assert _refused(center_store, RecordKind.CERTIFICATION_CENTER, bad) == {
        "licence_no",
        "valid_until",
    }
    preparing = replace(bad, status=CertificationCenterStatus.PREPARING.value)
    assert _messages(center_store, RecordKind.CERTIFICATION_CENTER, preparing) == {}


def test_two_centers_of_one_name_at_one_college_are_refused(center_store: Store) -> None:
    save_record(center_store, RecordKind.CERTIFICATION_CENTER, CENTER)
    twin = replace(CENTER, name=CENTER.name.replace(" ", "  "))
    assert _refused(center_store, RecordKind.CERTIFICATION_CENTER, twin) == {"name"}


# -- rounds ----------------------------------------------------------------------------------
def test_a_round_needs_its_center_date_and_standard(center_store: Store) -> None:
    assert _refused(center_store, RecordKind.ASSESSMENT_ROUND, AssessmentRoundInput()) == {
        "certification_center_id",
        "held_on",
        "standard",
    }


def test_a_result_made_in_a_round_takes_its_center_standard_and_level(
    center_store: Store, people: dict[str, int]
) -> None:
    held = AssessmentRoundInput(
        certification_center_id=people["center"],
        held_on="20/1/2569",
        standard="มาตรฐานอาชีพผู้ปฏิบัติงานหุ่นยนต์",
        level=2,
        seats=20,
    )
    round_id = save_record(center_store, RecordKind.ASSESSMENT_ROUND, held)[0]
    with center_store.session() as session:
        assert "round_id" not in open_form(session, RecordKind.CERTIFICATION).choices
        form = open_form(session, RecordKind.CERTIFICATION, preset={"round_id": round_id})
        lookup = record_spec(RecordKind.CERTIFICATION).fields[0].lookup
        assert lookup is not None
        found = lookup.search(session, "หุ่นยนต์ สัตหีบ", 10)
        assert lookup.search(session, "ไม่มีรอบนี้", 10) == []
    preset = form.data
    assert preset.round_id == round_id
    assert [choice.record_id for choice in form.choices["round_id"]] == [round_id]
    assert [choice.record_id for choice in found] == [round_id]
    data = replace(
        preset,
        teacher_id=people["teacher"],
        assessed_on="20/1/2569",
        certificate_no="TPQI-R-1",
    )
    record_id = save_record(center_store, RecordKind.CERTIFICATION, data)[0]
    with center_store.session() as session:
        row = session.get(Certification, record_id)
        assert row is not None
        assert (row.certification_center_id, row.standard, row.level, row.round_id) == (
            people["center"],
            held.standard,
            2,
            round_id,
        )
        assert session.scalar(select(AssessmentRound.seats)) == 20


# -- results ---------------------------------------------------------------------------------
def test_a_teachers_result_is_saved_and_loaded(center_store: Store, people: dict[str, int]) -> None:
    data = _result(people)
    assert _messages(center_store, RecordKind.CERTIFICATION, data) == {}
    record_id, _step = save_record(center_store, RecordKind.CERTIFICATION, data)
    with center_store.session() as session:
        assert open_form(session, RecordKind.CERTIFICATION, record_id).data == data
    assert _messages(center_store, RecordKind.CERTIFICATION, data, record_id) == {}


def test_a_certificate_number_is_never_used_twice(
    center_store: Store, people: dict[str, int]
) -> None:
    first_id, _step = save_record(center_store, RecordKind.CERTIFICATION, _result(people))
    again = _result(people, assessed_on="16/1/2569")
    messages = _messages(center_store, RecordKind.CERTIFICATION, again)
    assert set(messages) == {"certificate_no"}
    assert "TPQI-2569-0001" not in messages["certificate_no"]
    delete_record(center_store, RecordKind.CERTIFICATION, first_id)
    assert _refused(center_store, RecordKind.CERTIFICATION, again) == {"certificate_no"}
    assert (
        _messages(center_store, RecordKind.CERTIFICATION, replace(again, certificate_no="X-2"))
        == {}
    )


def test_only_a_passed_result_has_a_certificate_number(
    center_store: Store, people: dict[str, int]
) -> None:
    failed = _result(people, result="failed")
    assert _refused(center_store, RecordKind.CERTIFICATION, failed) == {"certificate_no"}
    assert (
        _messages(center_store, RecordKind.CERTIFICATION, replace(failed, certificate_no="")) == {}
    )


def test_a_person_of_another_network_is_refused(
    center_store: Store, people: dict[str, int]
) -> None:
    stranger = _result(people, teacher_id=people["stranger"])
    messages = _messages(center_store, RecordKind.CERTIFICATION, stranger)
    assert set(messages) == {"teacher_id"}
    assert "network" in messages["teacher_id"] or "เครือข่าย" in messages["teacher_id"]
    assert _refused(center_store, RecordKind.CERTIFICATION, stranger) == {"teacher_id"}


@pytest.mark.parametrize(
    ("kind", "teacher", "student", "refused"),
    [
        (PersonKind.TEACHER, False, True, {"teacher_id"}),
        (PersonKind.TEACHER, True, True, set()),
        (PersonKind.STUDENT, True, False, {"student_id"}),
        (PersonKind.GRADUATE, True, True, set()),
        (PersonKind.GRADUATE, False, True, set()),
    ],
)
def test_the_person_must_fit_the_kind(
    center_store: Store,
    people: dict[str, int],
    kind: PersonKind,
    teacher: bool,
    student: bool,
    refused: set[str],
) -> None:
    data = _result(
        people,
        person_kind=kind.value,
        teacher_id=people["teacher"] if teacher else None,
        student_id=people["student"] if student else None,
    )
    assert set(_messages(center_store, RecordKind.CERTIFICATION, data)) == refused
    if refused:
        return
    # Only the person that fits the kind is stored.
    record_id = save_record(center_store, RecordKind.CERTIFICATION, data)[0]
    with center_store.session() as session:
        row = session.get(Certification, record_id)
        assert row is not None
        stored = (row.teacher_id, row.student_id)
    if kind is PersonKind.TEACHER:
        assert stored == (people["teacher"], None)
    else:
        assert stored == (None, people["student"])


def test_required_fields_and_levels(center_store: Store, people: dict[str, int]) -> None:
    data = _result(people, standard=" ", assessed_on="", level=9, result="unknown")
    assert set(_messages(center_store, RecordKind.CERTIFICATION, data)) == {
        "standard",
        "assessed_on",
        "level",
        "result",
        "certificate_no",
    }
