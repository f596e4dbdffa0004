"""Teachers and skill gaps: their lists (columns, filters, search) and their forms (checks,
duplicates, national ids that are validated and never echoed)."""

from __future__ import annotations

from dataclasses import replace
from typing import Any

import pytest
from sqlalchemy import select

from app.models.enums import CollegeGroupCode, Ownership
from app.models.network import Center, College, Subject
from app.models.teachers import SkillGap, Teacher
from app.services.listing import (
    ListFilters,
    ListKind,
    ListQuery,
    Sort,
    count,
    page,
    page_after,
    spec_for,
    supports_keyset,
)
from app.services.records import (
    InvalidRecord,
    RecordKind,
    delete_record,
    open_form,
    record_spec,
    save_record,
)
from app.services.records.teachers import SkillGapInput, TeacherInput
from app.services.store import Store
from app.services.thai.fiscal import current_fiscal_year

VALID_ID = "1101700207030"
BAD_ID = "1101700207031"  # the check digit does not match


def _center_id(store: Store) -> int:
    with store.session() as session:
        return session.scalars(select(Center.id).where(Center.seq == 11)).one()


def _college(store: Store, name: str, *, network: bool = True, code: str | None = None) -> int:
    with store.transaction() as session:
        college = College(
            name_th=name,
            code=code,
            ownership=Ownership.PUBLIC,
            group=CollegeGroupCode.EXPERT,
            center_id=_center_id(store) if network else None,
        )
        session.add(college)
        session.flush()
        return college.id


def _blank(store: Store) -> TeacherInput:
    with store.session() as session:
        data = open_form(session, RecordKind.TEACHER).data
    assert isinstance(data, TeacherInput)
    return data


def _teacher(store: Store, **changes: Any) -> TeacherInput:
    values: dict[str, Any] = {"first_name": "สมชาย", "last_name": "ใจดี", **changes}
    return replace(_blank(store), **values)


def _errors(store: Store, kind: RecordKind, data: Any, record_id: int | None = None) -> dict:
    with store.session() as session:
        return {e.field: e.message for e in record_spec(kind).validate(session, data, record_id)}


def _refused(store: Store, kind: RecordKind, data: Any) -> set[str]:
    with pytest.raises(InvalidRecord) as refused:
        save_record(store, kind, data)
    return {error.field for error in refused.value.errors}


# -- the teacher form ----------------------------------------------------------------------
def test_a_new_teacher_starts_at_the_host_college_with_the_centers_subject(
    center_store: Store,
) -> None:
    _college(center_store, "วิทยาลัยเทคนิคก่อนอักษร")  # sorts before the host college
    data = _blank(center_store)
    with center_store.session() as session:
        host = session.get(College, data.college_id)
        center = session.get(Center, _center_id(center_store))
        assert host is not None and center is not None
        assert host.group is CollegeGroupCode.CVM
        assert data.subject_id == center.subject_id


def test_a_valid_teacher_saves_and_loads_back(center_store: Store) -> None:
    data = _teacher(
        center_store,
        title_code="mr",
        national_id="1-1017-00207-03-0",
        position="ครู คศ.2",
        qualification="วศ.ม.",
        phone="081-234-5678",
    )
    record_id, _step = save_record(center_store, RecordKind.TEACHER, data)
    with center_store.session() as session:
        row = session.get(Teacher, record_id)
        assert row is not None
        assert (row.national_id, row.phone, row.title_code) == (VALID_ID, "+66812345678", "mr")
        loaded = open_form(session, RecordKind.TEACHER, record_id).data
    assert loaded == replace(data, national_id=VALID_ID, phone="081 234 5678")


def test_names_and_college_are_required(center_store: Store) -> None:
    data = replace(_blank(center_store), college_id=None)
    assert set(_errors(center_store, RecordKind.TEACHER, data)) == {
        "first_name",
        "last_name",
        "college_id",
    }


def test_a_college_outside_the_network_is_refused(center_store: Store) -> None:
    outside = _college(center_store, "วิทยาลัยนอกเครือข่าย", network=False)
    assert _refused(
        center_store, RecordKind.TEACHER, _teacher(center_store, college_id=outside)
    ) == {"college_id"}


@pytest.mark.parametrize("typed", [BAD_ID, "12345", "1101700207O30"])
def test_a_bad_national_id_is_refused_without_repeating_it(center_store: Store, typed: str) -> None:
    messages = _errors(center_store, RecordKind.TEACHER, _teacher(center_store, national_id=typed))
    assert set(messages) == {"national_id"}
    assert "National ID number" in messages["national_id"]
    assert typed not in messages["national_id"]
    assert "1101700" not in messages["national_id"]


def test_a_national_id_already_used_by_another_teacher_is_refused(center_store: Store) -> None:
    first, _step = save_record(
        center_store, RecordKind.TEACHER, _teacher(center_store, national_id=VALID_ID)
    )
    twin = _teacher(center_store, first_name="สมหญิง", national_id="1 1017 00207 03 0")
    messages = _errors(center_store, RecordKind.TEACHER, twin)
    assert set(messages) == {"national_id"}
    assert VALID_ID not in messages["national_id"]
    # The teacher itself keeps its own number when edited.
    assert (
        _errors(
            center_store, RecordKind.TEACHER, _teacher(center_store, national_id=VALID_ID), first
        )
        == {}
    )


def test_the_same_name_in_the_same_college_is_a_duplicate(center_store: Store) -> None:
    save_record(center_store, RecordKind.TEACHER, _teacher(center_store))
    twin = _teacher(center_store, first_name=" สมชาย ", last_name="ใจดี")
    assert _refused(center_store, RecordKind.TEACHER, twin) == {"first_name"}
    other = _college(center_store, "วิทยาลัยเทคนิคระยอง")
    record_id, _step = save_record(
        center_store, RecordKind.TEACHER, _teacher(center_store, college_id=other)
    )
    assert record_id
    delete_record(center_store, RecordKind.TEACHER, record_id)
    with center_store.session() as session:
        assert session.get(Teacher, record_id).deleted  # type: ignore[union-attr]


def test_title_phone_and_subject_are_checked(center_store: Store) -> None:
    data = _teacher(center_store, title_code="sultan", phone="12", subject_id=999_999)
    assert set(_errors(center_store, RecordKind.TEACHER, data)) == {
        "title_code",
        "phone",
        "subject_id",
    }
    assert _errors(center_store, RecordKind.TEACHER, _teacher(center_store, subject_id=None)) == {}


# -- the skill gap form --------------------------------------------------------------------
def _saved_teacher(store: Store, first: str = "สมชาย", college_id: int | None = None) -> int:
    data = _teacher(store, first_name=first)
    if college_id is not None:
        data = replace(data, college_id=college_id)
    return save_record(store, RecordKind.TEACHER, data)[0]


def _gap(teacher: int, **changes: Any) -> SkillGapInput:
    values: dict[str, Any] = {
        "teacher_id": teacher,
        "fiscal_year": 2569,
        "competency": "การเขียนโปรแกรม PLC",
        "current_level": 2,
        "target_level": 4,
        "priority": "1",
    }
    values.update(changes)
    return SkillGapInput(**values)


def test_a_new_gap_is_of_the_current_fiscal_year(center_store: Store) -> None:
    teacher_id = _saved_teacher(center_store)
    with center_store.session() as session:
        data = open_form(session, RecordKind.SKILL_GAP).data
    assert (data.teacher_id, data.fiscal_year) == (teacher_id, current_fiscal_year())


def test_a_valid_gap_saves_and_loads_back(center_store: Store) -> None:
    teacher_id = _saved_teacher(center_store)
    data = _gap(teacher_id)
    record_id, _step = save_record(center_store, RecordKind.SKILL_GAP, data)
    with center_store.session() as session:
        row = session.get(SkillGap, record_id)
        assert row is not None and row.priority == 1
        assert open_form(session, RecordKind.SKILL_GAP, record_id).data == data


@pytest.mark.parametrize(
    ("changes", "field"),
    [
        ({"target_level": 2}, "target_level"),  # not above the current level
        ({"target_level": 1}, "target_level"),
        ({"current_level": 0}, "current_level"),
        ({"target_level": 6}, "target_level"),
        ({"fiscal_year": 2499}, "fiscal_year"),
        ({"competency": "  "}, "competency"),
        ({"priority": "9"}, "priority"),
        ({"teacher_id": None}, "teacher_id"),
    ],
)
def test_gap_problems_name_their_fields(
    center_store: Store, changes: dict[str, Any], field: str
) -> None:
    data = _gap(_saved_teacher(center_store), **changes)
    assert set(_errors(center_store, RecordKind.SKILL_GAP, data)) == {field}


def test_the_same_gap_twice_in_a_year_is_refused(center_store: Store) -> None:
    teacher_id = _saved_teacher(center_store)
    save_record(center_store, RecordKind.SKILL_GAP, _gap(teacher_id))
    twin = _gap(teacher_id, competency="การเขียนโปรแกรม  plc")
    assert _refused(center_store, RecordKind.SKILL_GAP, twin) == {"competency"}
    save_record(center_store, RecordKind.SKILL_GAP, _gap(teacher_id, fiscal_year=2570))


# -- the lists -----------------------------------------------------------------------------
def _rows(store: Store, kind: ListKind, **query: Any) -> list[tuple[Any, ...]]:
    with store.session() as session:
        return [row.values for row in page(session, ListQuery(kind, **query), 0, 100)]


def test_the_teacher_list_shows_title_names_college_group_and_no_national_id(
    center_store: Store,
) -> None:
    save_record(
        center_store,
        RecordKind.TEACHER,
        _teacher(center_store, title_code="mrs", national_id=VALID_ID, position="ครูชำนาญการ"),
    )
    [row] = _rows(center_store, ListKind.TEACHERS)
    assert row[0] == ("นาง", "Mrs.")
    assert row[1:4] == ("สมชาย", "ใจดี", "วิทยาลัยเทคนิคสัตหีบ")
    assert row[4][1] == "CVM center (host college)"
    assert row[6] == "ครูชำนาญการ"
    assert all(VALID_ID not in str(value) for value in row)


def test_teachers_sort_in_thai_order_and_are_found_by_name_or_college(
    center_store: Store,
) -> None:
    other = _college(center_store, "วิทยาลัยการอาชีพบ้านค่าย")
    for first in ("ไพโรจน์", "กมล", "เอกชัย"):
        _saved_teacher(center_store, first)
    _saved_teacher(center_store, "ขวัญใจ", college_id=other)
    names = [row[1] for row in _rows(center_store, ListKind.TEACHERS)]
    assert names == ["กมล", "ขวัญใจ", "ไพโรจน์", "เอกชัย"]  # leading vowels skipped
    assert [r[1] for r in _rows(center_store, ListKind.TEACHERS, search="โรจน์")] == ["ไพโรจน์"]
    assert [r[1] for r in _rows(center_store, ListKind.TEACHERS, search="บ้านค่าย")] == ["ขวัญใจ"]
    by_college = _rows(center_store, ListKind.TEACHERS, filters=ListFilters(college_id=other))
    assert [r[1] for r in by_college] == ["ขวัญใจ"]
    expert = _rows(
        center_store,
        ListKind.TEACHERS,
        filters=ListFilters(college_group=CollegeGroupCode.EXPERT),
    )
    assert [r[1] for r in expert] == ["ขวัญใจ"]


def test_teachers_filtered_by_subject(center_store: Store) -> None:
    with center_store.session() as session:
        subjects = session.scalars(select(Subject.id).order_by(Subject.id).limit(2)).all()
    _saved_teacher(center_store, "กมล")
    save_record(
        center_store,
        RecordKind.TEACHER,
        _teacher(center_store, first_name="ชาตรี", subject_id=subjects[0]),
    )
    found = _rows(center_store, ListKind.TEACHERS, filters=ListFilters(subject_id=subjects[0]))
    assert [r[1] for r in found] == ["ชาตรี"]


def test_skill_gaps_list_by_year_teacher_and_college(center_store: Store) -> None:
    other = _college(center_store, "วิทยาลัยการอาชีพบ้านค่าย")
    first = _saved_teacher(center_store, "กมล")
    second = _saved_teacher(center_store, "ขวัญใจ", college_id=other)
    save_record(center_store, RecordKind.SKILL_GAP, _gap(first))
    save_record(center_store, RecordKind.SKILL_GAP, _gap(first, fiscal_year=2570, priority="3"))
    save_record(center_store, RecordKind.SKILL_GAP, _gap(second, competency="หุ่นยนต์"))
    rows = _rows(center_store, ListKind.SKILL_GAPS)
    assert [row[2] for row in rows] == [2570, 2569, 2569]  # the newest year first
    assert rows[0][:2] == ("กมล ใจดี", "วิทยาลัยเทคนิคสัตหีบ")
    assert rows[0][4:] == (2, 4, 3)
    year = _rows(center_store, ListKind.SKILL_GAPS, filters=ListFilters(fiscal_year=2569))
    assert len(year) == 2
    mine = _rows(center_store, ListKind.SKILL_GAPS, filters=ListFilters(teacher_id=second))
    assert [row[3] for row in mine] == ["หุ่นยนต์"]
    there = _rows(center_store, ListKind.SKILL_GAPS, filters=ListFilters(college_id=other))
    assert [row[0] for row in there] == ["ขวัญใจ ใจดี"]
    assert len(_rows(center_store, ListKind.SKILL_GAPS, search="ขวัญใจ")) == 1
    assert len(_rows(center_store, ListKind.SKILL_GAPS, search="PLC")) == 2


@pytest.mark.parametrize("kind", [ListKind.TEACHERS, ListKind.SKILL_GAPS])
def test_every_sortable_column_pages_consistently(center_store: Store, kind: ListKind) -> None:
    other = _college(center_store, "วิทยาลัยการอาชีพบ้านค่าย")
    for index, first in enumerate(("ไพโรจน์", "กมล", "เอกชัย", "กมล")):
        college = other if index == 3 else None  # two teachers of the same first name
        teacher = _saved_teacher(center_store, first, college_id=college)
        save_record(center_store, RecordKind.SKILL_GAP, _gap(teacher, priority=str(index % 3 + 1)))
        save_record(center_store, RecordKind.SKILL_GAP, _gap(teacher, competency="หุ่นยนต์"))
    spec = spec_for(kind)
    with center_store.session() as session:
        for column in (column for column in spec.columns if column.sortable):
            for descending in (False, True):
                query = ListQuery(kind, sort=Sort(column.key, descending))
                rows = page(session, query, 0, 100)
                assert len(rows) == count(session, query) == (4 if kind is ListKind.TEACHERS else 8)
                ids = [row.id for row in rows]
                by_two = [
                    row.id
                    for start in range(0, len(rows), 2)
                    for row in page(session, query, start, 2, total=len(rows))
                ]
                assert by_two == ids, (column.key, descending)
                if supports_keyset(query):
                    after = page_after(session, query, rows[0], 100)
                    assert [row.id for row in after] == ids[1:], (column.key, descending)
