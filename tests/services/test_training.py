"""Teacher training: curricula, runs and enrolments entered by hand (their checks), teachers
trained per college group, certificates of completion and their numbering, the lists."""

from __future__ import annotations

import shutil
from collections.abc import Iterator
from dataclasses import replace
from datetime import date
from pathlib import Path
from typing import Any

import pytest
from sqlalchemy import select

from app.models.enums import CollegeGroupCode, Ownership
from app.models.network import Center, College
from app.models.site import Site
from app.models.teachers import Enrollment, Teacher, TrainingCourse, TrainingRun
from app.services.listing import (
    ListFilters,
    ListKind,
    ListQuery,
    Sort,
    count,
    page,
    page_after,
    paging,
    spec_for,
    supports_keyset,
)
from app.services.overview import area_overview
from app.services.records import InvalidRecord, RecordKind, open_form, record_spec, save_record
from app.services.records.training import CourseInput, EnrollmentInput, RunInput
from app.services.store import Store, open_store
from app.services.training import (
    certificates,
    number_certificates,
    teachers_trained,
)

FY = 2569  # 1 Oct 2025 - 30 Sep 2026


def _center_id(store: Store) -> int:
    with store.session() as session:
        return session.scalars(select(Center.id).where(Center.seq == 11)).one()


def _college(store: Store, name: str, group: CollegeGroupCode, *, network: bool = True) -> int:
    with store.transaction() as session:
        center = session.scalars(select(Center.id).where(Center.seq == 11)).one()
        college = College(
            name_th=name,
            ownership=Ownership.PUBLIC,
            group=group,
            center_id=center if network else None,
        )
        session.add(college)
        session.flush()
        return college.id


def _teacher(store: Store, college_id: int, first: str, last: str = "ใจดี") -> int:
    with store.transaction() as session:
        teacher = Teacher(college_id=college_id, first_name=first, last_name=last)
        session.add(teacher)
        session.flush()
        return teacher.id


def _course(store: Store, title: str = "การบำรุงรักษาหุ่นยนต์อุตสาหกรรม", hours: int = 30) -> int:
    return save_record(store, RecordKind.TRAINING_COURSE, CourseInput(title=title, hours=hours))[0]


def _run(
    store: Store,
    course_id: int,
    starts: str = "1/11/2568",
    ends: str = "5/11/2568",
    capacity: int = 30,
) -> int:
    data = RunInput(course_id=course_id, starts_on=starts, ends_on=ends, capacity=capacity)
    return save_record(store, RecordKind.TRAINING_RUN, data)[0]


def _enrol(store: Store, run_id: int, teacher_id: int, **values: Any) -> int:
    data = EnrollmentInput(run_id=run_id, teacher_id=teacher_id, **values)
    return save_record(store, RecordKind.ENROLLMENT, data)[0]


def _refused(
    store: Store, kind: RecordKind, data: Any, record_id: int | None = None
) -> dict[str, str]:
    with pytest.raises(InvalidRecord) as refused:
        save_record(store, kind, data, record_id)
    return {error.field: error.message for error in refused.value.errors}


@pytest.fixture
def network(center_store: Store) -> dict[str, int]:
    """Colleges of each group in the network, one outside it, a teacher in each."""
    ids: dict[str, int] = {}
    for group in CollegeGroupCode:
        ids[group.value] = _college(center_store, f"วิทยาลัย {group.value}", group)
    ids["outside"] = _college(
        center_store, "วิทยาลัยนอกเครือข่าย", CollegeGroupCode.EXPERT, network=False
    )
    return ids


# -- curricula and runs ---------------------------------------------------------------------
def test_a_course_belongs_to_this_center_and_a_run_loads_back(center_store: Store) -> None:
    course_id = _course(center_store)
    run_id = _run(center_store, course_id)
    with center_store.session() as session:
        course = session.get(TrainingCourse, course_id)
        run = session.get(TrainingRun, run_id)
        assert course is not None and run is not None
        assert course.center_id == _center_id(center_store)
        assert (run.starts_on, run.ends_on) == (date(2025, 11, 1), date(2025, 11, 5))
        loaded = open_form(session, RecordKind.TRAINING_RUN, run_id).data
    assert loaded.starts_on == "01/11/2568" and loaded.capacity == 30


def test_course_checks(center_store: Store) -> None:
    errors = _refused(center_store, RecordKind.TRAINING_COURSE, CourseInput(title=" ", hours=0))
    assert set(errors) == {"title", "hours"}
    with center_store.transaction() as session:
        site = session.scalars(select(Site).where(Site.is_local.is_(True))).one()
        site.center_uuid = None
    errors = _refused(center_store, RecordKind.TRAINING_COURSE, CourseInput(title="ก", hours=3))
    assert set(errors) == {"center_id"}


def test_a_run_cannot_end_before_it_starts(center_store: Store) -> None:
    course_id = _course(center_store)
    data = RunInput(course_id=course_id, starts_on="5/11/2568", ends_on="1/11/2568", capacity=10)
    errors = _refused(center_store, RecordKind.TRAINING_RUN, data)
    assert set(errors) == {"ends_on"}
    assert "before" in errors["ends_on"]
    errors = _refused(center_store, RecordKind.TRAINING_RUN, replace(data, ends_on="", capacity=0))
    assert set(errors) == {"ends_on", "capacity"}


# -- enrolments -----------------------------------------------------------------------------
def test_a_teacher_enrolled_twice_in_a_run_is_refused(
    center_store: Store, network: dict[str, int]
) -> None:
    teacher = _teacher(center_store, network["cvm"], "สมชาย")
    run_id = _run(center_store, _course(center_store))
    first = _enrol(center_store, run_id, teacher)
    errors = _refused(center_store, RecordKind.ENROLLMENT, EnrollmentInput(run_id, teacher))
    assert set(errors) == {"teacher_id"}
    assert "already enrolled" in errors["teacher_id"]
    # The enrolment itself may be saved again.
    save_record(center_store, RecordKind.ENROLLMENT, EnrollmentInput(run_id, teacher, 5), first)


def test_a_full_run_refuses_a_new_enrolment(center_store: Store, network: dict[str, int]) -> None:
    run_id = _run(center_store, _course(center_store), capacity=2)
    teachers = [_teacher(center_store, network["expert"], name) for name in ("ก้อง", "ขวัญ", "คม")]
    _enrol(center_store, run_id, teachers[0])
    _enrol(center_store, run_id, teachers[1])
    errors = _refused(center_store, RecordKind.ENROLLMENT, EnrollmentInput(run_id, teachers[2]))
    assert set(errors) == {"run_id"}
    assert "full" in errors["run_id"]


def test_a_teacher_outside_the_network_is_refused(
    center_store: Store, network: dict[str, int]
) -> None:
    stranger = _teacher(center_store, network["outside"], "สมศรี")
    run_id = _run(center_store, _course(center_store))
    errors = _refused(center_store, RecordKind.ENROLLMENT, EnrollmentInput(run_id, stranger))
    assert set(errors) == {"teacher_id"}
    assert "network" in errors["teacher_id"]


def test_hours_completion_and_certificate_numbers(
    center_store: Store, network: dict[str, int]
) -> None:
    run_id = _run(center_store, _course(center_store, hours=18))
    one = _teacher(center_store, network["cvm"], "หนึ่ง")
    two = _teacher(center_store, network["cvm"], "สอง")
    errors = _refused(
        center_store, RecordKind.ENROLLMENT, EnrollmentInput(run_id, one, 0, completed=True)
    )
    assert set(errors) == {"completed"}
    errors = _refused(center_store, RecordKind.ENROLLMENT, EnrollmentInput(run_id, one, 19))
    assert set(errors) == {"attended_hours"}
    _enrol(center_store, run_id, one, attended_hours=18, completed=True, certificate_no="A-1")
    errors = _refused(
        center_store, RecordKind.ENROLLMENT, EnrollmentInput(run_id, two, 18, True, " A-1 ")
    )
    assert set(errors) == {"certificate_no"}


# -- counts per group -----------------------------------------------------------------------
def test_teachers_trained_count_each_teacher_once_per_group(
    center_store: Store, network: dict[str, int]
) -> None:
    course = _course(center_store)
    this_year = [
        _run(center_store, course, "1/11/2568", "2/11/2568"),
        _run(center_store, course, "1/9/2569", "2/9/2569"),
    ]
    last_year = _run(center_store, course, "30/9/2568", "30/9/2568")
    twice = _teacher(center_store, network["cvm"], "สองรุ่น")
    for run_id in this_year:
        _enrol(center_store, run_id, twice, attended_hours=30, completed=True)
    expert = _teacher(center_store, network["expert"], "เชี่ยวชาญ")
    _enrol(center_store, this_year[0], expert, attended_hours=30, completed=True)
    not_done = _teacher(center_store, network["standard"], "ยังไม่ผ่าน")
    _enrol(center_store, this_year[0], not_done, attended_hours=3)
    before = _teacher(center_store, network["excellent"], "ปีก่อน")
    _enrol(center_store, last_year, before, attended_hours=30, completed=True)

    with center_store.session() as session:
        counted = teachers_trained(session, FY)
        previous = teachers_trained(session, FY - 1)
    assert [group.value for group, _n in counted.by_group] == [
        "cvm",
        "excellent",
        "expert",
        "standard",
    ]
    assert dict(counted.by_group) == {
        CollegeGroupCode.CVM: 1,
        CollegeGroupCode.EXCELLENT: 0,
        CollegeGroupCode.EXPERT: 1,
        CollegeGroupCode.STANDARD: 0,
    }
    assert counted.total == 2
    assert previous.total == 1 and dict(previous.by_group)[CollegeGroupCode.EXCELLENT] == 1
    with center_store.session() as session:  # the home page and the area page say the same
        (area,) = [area for area in area_overview(session, FY) if area.code == "5"]
    shown = {figure.key: figure.value for figure in area.figures if figure.key.startswith("5.3")}
    assert shown == {
        "5.3.trained": 2,
        "5.3.trained_cvm": 1,
        "5.3.trained_excellent": 0,
        "5.3.trained_expert": 1,
        "5.3.trained_standard": 0,
    }


# -- certificates ---------------------------------------------------------------------------
def test_numbering_certificates_skips_used_numbers_and_numbers_only_completions(
    center_store: Store, network: dict[str, int]
) -> None:
    run_id = _run(center_store, _course(center_store))
    done = [_teacher(center_store, network["cvm"], name) for name in ("กมล", "ขจร", "คณิน")]
    _enrol(center_store, run_id, done[0], attended_hours=30, completed=True)
    _enrol(
        center_store,
        run_id,
        done[1],
        attended_hours=30,
        completed=True,
        certificate_no=f"2568/{run_id}/001",
    )
    _enrol(center_store, run_id, done[2], attended_hours=30, completed=True)
    _enrol(center_store, run_id, _teacher(center_store, network["cvm"], "งาม"), attended_hours=2)

    assert number_certificates(center_store, run_id) == 2
    assert number_certificates(center_store, run_id) == 0
    with center_store.session() as session:
        numbers = dict(
            session.execute(
                select(Enrollment.teacher_id, Enrollment.certificate_no).where(
                    Enrollment.run_id == run_id
                )
            ).all()
        )
        printed = certificates(session, run_id=run_id)
        of_year = certificates(session, fiscal_year=FY)
        of_other_year = certificates(session, fiscal_year=FY + 1)
    assert numbers[done[0]] == f"2568/{run_id}/002"
    assert numbers[done[1]] == f"2568/{run_id}/001"
    assert numbers[done[2]] == f"2568/{run_id}/003"
    assert len(printed) == 3 and printed == of_year and of_other_year == []
    assert [c.certificate_no for c in printed] == [f"2568/{run_id}/00{n}" for n in (1, 2, 3)]
    assert printed[0].course == "การบำรุงรักษาหุ่นยนต์อุตสาหกรรม" and printed[0].hours == 30
    assert printed[0].college == "วิทยาลัย cvm"


# -- lists ----------------------------------------------------------------------------------
def test_the_lists_count_filter_and_search(center_store: Store, network: dict[str, int]) -> None:
    course = _course(center_store)
    other = _course(center_store, "การเขียนโปรแกรม PLC")
    runs = [_run(center_store, course), _run(center_store, other, "1/11/2569", "3/11/2569")]
    somchai = _teacher(center_store, network["expert"], "สมชาย", "รักงาน")
    somsri = _teacher(center_store, network["cvm"], "สมศรี", "ขยัน")
    _enrol(center_store, runs[0], somchai, attended_hours=30, completed=True)
    _enrol(center_store, runs[0], somsri, attended_hours=10)
    _enrol(center_store, runs[1], somsri, attended_hours=30, completed=True)

    def listed(kind: ListKind, search: str = "", **filters: Any) -> list[tuple[Any, ...]]:
        query = ListQuery(kind, ListFilters(**filters), search)
        with center_store.session() as session:
            rows = page(session, query, 0, 50)
            assert count(session, query) == len(rows)
        return [row.values for row in rows]

    courses = listed(ListKind.TRAINING_COURSES)
    assert [(row[0], row[1], row[4]) for row in courses] == [
        ("การบำรุงรักษาหุ่นยนต์อุตสาหกรรม", 30, 1),
        ("การเขียนโปรแกรม PLC", 30, 1),
    ]
    run_rows = listed(ListKind.TRAINING_RUNS)
    assert [(row[0], row[5], row[6]) for row in run_rows] == [
        ("การเขียนโปรแกรม PLC", 1, 1),
        ("การบำรุงรักษาหุ่นยนต์อุตสาหกรรม", 2, 1),
    ]
    assert len(listed(ListKind.TRAINING_RUNS, fiscal_year=FY)) == 1
    assert len(listed(ListKind.TRAINING_RUNS, course_id=other)) == 1

    everyone = listed(ListKind.ENROLLMENTS)
    assert [row[0] for row in everyone] == ["การเขียนโปรแกรม PLC"] + [
        "การบำรุงรักษาหุ่นยนต์อุตสาหกรรม"
    ] * 2
    teacher, college, group, hours, completed, number = everyone[0][2:]
    assert (teacher, college, hours, completed, number) == (
        "สมศรี ขยัน",
        "วิทยาลัย cvm",
        30,
        True,
        None,
    )
    assert group[1] and group[0] != group[1]  # the group in Thai and in English
    assert len(listed(ListKind.ENROLLMENTS, run_id=runs[0])) == 2
    assert len(listed(ListKind.ENROLLMENTS, course_id=other)) == 1
    assert len(listed(ListKind.ENROLLMENTS, teacher_id=somsri)) == 2
    assert len(listed(ListKind.ENROLLMENTS, college_id=network["expert"])) == 1
    assert len(listed(ListKind.ENROLLMENTS, college_group=CollegeGroupCode.CVM)) == 2
    assert len(listed(ListKind.ENROLLMENTS, completed=False)) == 1
    assert len(listed(ListKind.ENROLLMENTS, fiscal_year=FY)) == 2
    assert [row[2] for row in listed(ListKind.ENROLLMENTS, "สมชาย")] == ["สมชาย รักงาน"]
    assert len(listed(ListKind.ENROLLMENTS, "สม")) == 3  # short: LIKE on the teacher's names
    assert len(listed(ListKind.ENROLLMENTS, "cvm")) == 2  # the college, through college_fts
    with center_store.session() as session:
        form = open_form(session, RecordKind.ENROLLMENT, preset={"run_id": runs[1]})
    assert form.data.run_id == runs[1]
    assert record_spec(RecordKind.ENROLLMENT).kind is RecordKind.ENROLLMENT


# -- the lists on a demo network ------------------------------------------------------------
@pytest.fixture(scope="module")
def demo(demo_db_template: Path, tmp_path_factory: pytest.TempPathFactory) -> Iterator[Store]:
    path = tmp_path_factory.mktemp("training") / "demo.db"
    shutil.copyfile(demo_db_template, path)
    store = open_store(path)
    yield store
    store.close()


@pytest.mark.parametrize(
    "kind", [ListKind.TRAINING_COURSES, ListKind.TRAINING_RUNS, ListKind.ENROLLMENTS]
)
def test_every_sortable_column_pages_consistently(
    demo: Store, monkeypatch: pytest.MonkeyPatch, kind: ListKind
) -> None:
    monkeypatch.setattr(paging, "LATE_LOOKUP_OFFSET", 5)  # the id-first path on small lists
    with demo.session() as session:
        for column in spec_for(kind).columns:
            if not column.sortable:
                continue
            for descending in (False, True):
                query = ListQuery(kind, sort=Sort(column.key, descending))
                total = count(session, query)
                rows = page(session, query, 0, total + 10)
                assert len(rows) == total > 0, (kind, column.key)
                by_pages = [
                    row.id
                    for offset in range(0, total, 7)
                    for row in page(session, query, offset, 7, total=total)
                ]
                assert by_pages == [row.id for row in rows], (kind, column.key)
                if supports_keyset(query):
                    after = page_after(session, query, rows[0], total)
                    assert [row.id for row in after] == [row.id for row in rows[1:]]
