"""Students and their safety briefings (manual 6.1-6.2): the form's rules (student code and
national id unique, year of study per level, sensitive data only with its basis), the
briefing form, the safety gate's ``missing_briefings`` and the two lists."""

from __future__ import annotations

from dataclasses import replace
from datetime import date

import pytest
from sqlalchemy import select

from app.models.enums import BriefingKind, CollegeGroupCode, Level, Ownership, StudyModeCode
from app.models.network import Center, College
from app.models.students import SafetyBriefing, Student
from app.services.listing import ListFilters, ListKind, ListQuery, count, page
from app.services.listing.kinds import spec_for
from app.services.records import InvalidRecord, RecordKind, open_form, save_record
from app.services.records.students import (
    BriefingInput,
    Scholarship,
    StudentInput,
    missing_briefings,
)
from app.services.store import Store

VALID_ID = "1101700207030"
OTHER_VALID_ID = "1101700207048"


@pytest.fixture
def college_id(center_store: Store) -> int:
    with center_store.session() as session:
        center_id = session.scalars(select(Center.id).where(Center.seq == 11)).one()
        found = session.scalars(
            select(College.id).where(College.center_id == center_id).order_by(College.id)
        ).first()
        assert found is not None
        return found


def _student(college_id: int, **changes: object) -> StudentInput:
    data = StudentInput(
        college_id=college_id,
        student_code="66001",
        first_name="สมชาย",
        last_name="ใจดี",
        level=Level.PVS.value,
        year_of_study=1,
        entry_academic_year=2568,
        study_mode=StudyModeCode.DUAL.value,
    )
    return replace(data, **changes)  # type: ignore[arg-type]


def _fields(error: pytest.ExceptionInfo[InvalidRecord]) -> set[str]:
    return {problem.field for problem in error.value.errors}


def test_a_new_student_starts_at_the_host_college_with_the_centers_subject(
    center_store: Store,
) -> None:
    with center_store.session() as session:
        form = open_form(session, RecordKind.STUDENT)
        host = session.get(College, form.data.college_id)
        assert host is not None and host.group is CollegeGroupCode.CVM
        assert form.data.subject_id is not None
        assert form.data.entry_academic_year > 2560
        assert form.data.equity_scholarship == Scholarship.UNKNOWN


def test_a_student_is_saved(center_store: Store, college_id: int) -> None:
    data = _student(college_id, national_id="1-1017-00207-03-0", title_code="mr")
    record_id, _step = save_record(center_store, RecordKind.STUDENT, data)
    with center_store.session() as session:
        row = session.get(Student, record_id)
        assert row is not None
        assert (row.national_id, row.level, row.year_of_study) == (VALID_ID, Level.PVS, 1)
        assert row.special_needs is None and row.equity_scholarship is None
        assert open_form(session, RecordKind.STUDENT, record_id).data == replace(
            data, national_id=VALID_ID
        )


def test_the_student_code_is_unique_within_a_college(center_store: Store, college_id: int) -> None:
    save_record(center_store, RecordKind.STUDENT, _student(college_id))
    with pytest.raises(InvalidRecord) as error:
        save_record(center_store, RecordKind.STUDENT, _student(college_id, first_name="สมศักดิ์"))
    assert _fields(error) == {"student_code"}
    assert "66001" not in str(error.value.errors[0])
    # the same code in another college of the network is another student
    with center_store.transaction() as session:
        center_id = session.get(College, college_id).center_id  # type: ignore[union-attr]
        other = College(
            name_th="วิทยาลัยเทคนิคอื่น",
            ownership=Ownership.PUBLIC,
            group=CollegeGroupCode.STANDARD,
            center_id=center_id,
        )
        session.add(other)
        session.flush()
        other_id = other.id
    save_record(center_store, RecordKind.STUDENT, _student(other_id))


def test_a_student_keeps_their_own_code_when_edited(center_store: Store, college_id: int) -> None:
    record_id, _ = save_record(center_store, RecordKind.STUDENT, _student(college_id))
    save_record(center_store, RecordKind.STUDENT, _student(college_id, year_of_study=2), record_id)


def test_the_national_id_is_valid_and_unique(center_store: Store, college_id: int) -> None:
    with pytest.raises(InvalidRecord) as error:
        save_record(
            center_store, RecordKind.STUDENT, _student(college_id, national_id="1101700207031")
        )
    assert _fields(error) == {"national_id"}
    assert "1101700207031" not in error.value.errors[0].message
    save_record(center_store, RecordKind.STUDENT, _student(college_id, national_id=VALID_ID))
    with pytest.raises(InvalidRecord) as error:
        save_record(
            center_store,
            RecordKind.STUDENT,
            _student(college_id, student_code="66002", national_id=VALID_ID),
        )
    assert _fields(error) == {"national_id"}
    assert VALID_ID not in error.value.errors[0].message


@pytest.mark.parametrize(
    ("level", "year", "ok"),
    [
        (Level.PVC, 3, True),
        (Level.PVC, 4, False),
        (Level.PVS, 2, True),
        (Level.PVS, 3, False),
        (Level.BTECH, 2, True),
        (Level.BTECH, 3, False),
        (Level.PVC, 0, False),
    ],
)
def test_the_year_of_study_fits_the_level(
    center_store: Store, college_id: int, level: Level, year: int, ok: bool
) -> None:
    data = _student(college_id, level=level.value, year_of_study=year)
    if ok:
        save_record(center_store, RecordKind.STUDENT, data)
        return
    with pytest.raises(InvalidRecord) as error:
        save_record(center_store, RecordKind.STUDENT, data)
    assert _fields(error) == {"year_of_study"}


def test_a_short_course_is_not_a_students_level(center_store: Store, college_id: int) -> None:
    with pytest.raises(InvalidRecord) as error:
        save_record(center_store, RecordKind.STUDENT, _student(college_id, level=Level.SHORT.value))
    assert _fields(error) == {"level"}


def test_names_are_required(center_store: Store, college_id: int) -> None:
    with pytest.raises(InvalidRecord) as error:
        save_record(
            center_store, RecordKind.STUDENT, _student(college_id, first_name=" ", last_name="")
        )
    assert _fields(error) == {"first_name", "last_name"}


@pytest.mark.parametrize(
    "changes",
    [
        {"special_needs": "ต้องการล่ามภาษามือ"},
        {"equity_scholarship": Scholarship.YES},
        {"equity_scholarship": Scholarship.NO},
    ],
)
def test_sensitive_data_needs_its_basis(
    center_store: Store, college_id: int, changes: dict[str, str]
) -> None:
    with pytest.raises(InvalidRecord) as error:
        save_record(center_store, RecordKind.STUDENT, _student(college_id, **changes))
    assert _fields(error) == {"sensitive_basis"}
    assert "ต้องการล่ามภาษามือ" not in error.value.errors[0].message
    data = _student(college_id, sensitive_basis="หนังสือยินยอมของผู้ปกครอง", **changes)
    record_id, _ = save_record(center_store, RecordKind.STUDENT, data)
    with center_store.session() as session:
        row = session.get(Student, record_id)
        assert row is not None and row.sensitive_basis == "หนังสือยินยอมของผู้ปกครอง"
        assert open_form(session, RecordKind.STUDENT, record_id).data == data


def test_the_sensitive_labels_say_so() -> None:
    from app.services.records.students import student_label

    for field in ("special_needs", "equity_scholarship"):
        assert "sensitive" in student_label(field)


# -- safety briefings -------------------------------------------------------------------------
@pytest.fixture
def student_id(center_store: Store, college_id: int) -> int:
    record_id, _ = save_record(center_store, RecordKind.STUDENT, _student(college_id))
    return record_id


def _briefing(student_id: int, **changes: str) -> BriefingInput:
    data = BriefingInput(
        student_id=student_id,
        kind=BriefingKind.SAFETY_TRAINING.value,
        held_on="1/5/2569",
        given_by="ครูสมศรี",
    )
    return replace(data, **changes)


def test_one_briefing_of_each_kind_per_student_per_day(
    center_store: Store, student_id: int
) -> None:
    save_record(center_store, RecordKind.SAFETY_BRIEFING, _briefing(student_id))
    with pytest.raises(InvalidRecord) as error:
        save_record(center_store, RecordKind.SAFETY_BRIEFING, _briefing(student_id))
    assert _fields(error) == {"held_on"}
    orientation = _briefing(student_id, kind=BriefingKind.ORIENTATION.value)
    save_record(center_store, RecordKind.SAFETY_BRIEFING, orientation)
    save_record(center_store, RecordKind.SAFETY_BRIEFING, _briefing(student_id, held_on="2/5/2569"))


def test_a_briefing_needs_a_day_a_giver_and_a_student(center_store: Store) -> None:
    with pytest.raises(InvalidRecord) as error:
        save_record(
            center_store,
            RecordKind.SAFETY_BRIEFING,
            BriefingInput(student_id=None, held_on="32/5/2569", given_by=" "),
        )
    assert _fields(error) == {"student_id", "held_on", "given_by"}


def test_missing_briefings_before_a_day(center_store: Store, student_id: int) -> None:
    day = date(2026, 5, 10)
    both = [BriefingKind.SAFETY_TRAINING, BriefingKind.ORIENTATION]
    with center_store.session() as session:
        assert missing_briefings(session, student_id, day) == both
    save_record(
        center_store, RecordKind.SAFETY_BRIEFING, _briefing(student_id, held_on="10/5/2569")
    )
    later = _briefing(student_id, kind=BriefingKind.ORIENTATION.value, held_on="11/5/2569")
    orientation_id, _ = save_record(center_store, RecordKind.SAFETY_BRIEFING, later)
    with center_store.session() as session:
        # held on the day counts; a day later does not
        assert missing_briefings(session, student_id, day) == [BriefingKind.ORIENTATION]
        assert missing_briefings(session, student_id, date(2026, 5, 11)) == []
        assert missing_briefings(session, student_id, date(2026, 5, 9)) == both
    with center_store.transaction() as session:
        row = session.get(SafetyBriefing, orientation_id)
        assert row is not None
        session.delete(row)  # a tombstone does not count
    with center_store.session() as session:
        assert missing_briefings(session, student_id, date(2026, 6, 1)) == [
            BriefingKind.ORIENTATION
        ]


# -- the lists --------------------------------------------------------------------------------
def test_the_students_list_never_shows_the_national_id_or_sensitive_data() -> None:
    spec = spec_for(ListKind.STUDENTS)
    shown = " ".join(str(column.expression) for column in spec.columns)
    for hidden in ("national_id", "special_needs", "equity_scholarship", "sensitive_basis"):
        assert hidden not in shown


def test_the_lists_filter_and_search(center_store: Store, college_id: int, student_id: int) -> None:
    data = _student(college_id, student_code="67002", first_name="มาลี", level=Level.PVC.value)
    other_id, _ = save_record(center_store, RecordKind.STUDENT, data)
    save_record(center_store, RecordKind.SAFETY_BRIEFING, _briefing(student_id))
    save_record(
        center_store,
        RecordKind.SAFETY_BRIEFING,
        _briefing(other_id, kind=BriefingKind.ORIENTATION.value),
    )
    with center_store.session() as session:

        def ids(query: ListQuery) -> list[int]:
            rows = page(session, query, 0, 100)
            assert count(session, query) == len(rows)
            return [row.id for row in rows]

        students = ListKind.STUDENTS
        assert ids(ListQuery(students, ListFilters(level=Level.PVC))) == [other_id]
        first_year = ListFilters(year_of_study=1, college_id=college_id)
        assert set(ids(ListQuery(students, first_year))) == {other_id, student_id}
        assert ids(ListQuery(students, ListFilters(study_mode=StudyModeCode.FORMAL))) == []
        assert ids(ListQuery(students, search="มาลี")) == [other_id]
        assert ids(ListQuery(students, search="67002")) == [other_id]
        briefings = ListKind.SAFETY_BRIEFINGS
        assert len(ids(ListQuery(briefings, ListFilters(student_id=other_id)))) == 1
        orientation = ListFilters(briefing_kind=BriefingKind.ORIENTATION)
        assert len(ids(ListQuery(briefings, orientation))) == 1
        assert len(ids(ListQuery(briefings, ListFilters(fiscal_year=2569)))) == 2
        assert ids(ListQuery(briefings, ListFilters(fiscal_year=2568))) == []
        assert len(ids(ListQuery(briefings, search="สมศรี"))) == 2
