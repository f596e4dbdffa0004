"""Short courses, runs and trainees: the form rules, the lists and the 20-trainee target."""

from __future__ import annotations

from dataclasses import replace
from datetime import date
from typing import Any

import pytest

from app.models.curriculum import ShortCourse, ShortCourseRun, ShortCourseTrainee
from app.models.enums import (
    CollegeGroupCode,
    Level,
    Ownership,
    SkillTrack,
    StudyModeCode,
    TraineeCategory,
)
from app.models.network import College
from app.models.students import Student
from app.services.listing import ListFilters, ListKind, ListQuery, page
from app.services.overview import area_overview
from app.services.records import RecordKind, open_form, record_spec, save_record
from app.services.records.short_courses import (
    ShortCourseInput,
    ShortCourseRunInput,
    ShortCourseTraineeInput,
)
from app.services.short_course_targets import short_course_targets
from app.services.store import Store
from app.services.tabular.records import site_context


def _errors(store: Store, kind: RecordKind, data: Any, record_id: int | None = None) -> dict:
    with store.session() as session:
        return {e.field: e.message for e in record_spec(kind).validate(session, data, record_id)}


@pytest.fixture
def world(center_store: Store) -> dict[str, int]:
    """A college, a course, a run of capacity 3 in fiscal year 2569, and three students."""
    ids: dict[str, int] = {}
    with center_store.transaction() as session:
        college = College(
            name_th="วิทยาลัยเทคนิคทดสอบ",
            ownership=Ownership.PUBLIC,
            group=CollegeGroupCode.STANDARD,
        )
        session.add(college)
        session.flush()
        course = ShortCourse(
            center_id=site_context(session).center_id,
            college_id=college.id,
            title="PLC เบื้องต้น",
            track=SkillTrack.UP_SKILL,
            hours=30,
        )
        session.add(course)
        session.flush()
        run = ShortCourseRun(
            short_course_id=course.id,
            college_id=college.id,
            starts_on=date(2025, 11, 1),
            ends_on=date(2025, 11, 5),
            capacity=3,
        )
        session.add(run)
        students = {
            "pvc3": ("สมชาย", Level.PVC, 3),
            "pvs2": ("สมหญิง", Level.PVS, 2),
            "pvc2": ("สมศรี", Level.PVC, 2),
        }
        for key, (first, level, year) in students.items():
            student = Student(
                college_id=college.id, student_code=f"S-{key}", first_name=first,
                last_name="ใจดี", level=level, year_of_study=year, entry_academic_year=2566,
                study_mode=StudyModeCode.FORMAL,
            )  # fmt: skip
            session.add(student)
            session.flush()
            ids[key] = student.id
        session.flush()
        ids.update(college=college.id, course=course.id, run=run.id)
    return ids


def _trainee(world: dict[str, int], **changes: Any) -> ShortCourseTraineeInput:
    base = ShortCourseTraineeInput(short_course_run_id=world["run"], full_name="นายมานะ ขยัน")
    return replace(base, **changes)


# -- courses and runs -----------------------------------------------------------------------
def test_a_new_short_course_belongs_to_this_center(
    center_store: Store, world: dict[str, int]
) -> None:
    data = ShortCourseInput(
        college_id=world["college"], title="หุ่นยนต์อุตสาหกรรม", hours=40,
        approved_on="01/10/2568", approved_by="นายผู้อำนวยการ ทดสอบ",
    )  # fmt: skip
    record_id, _step = save_record(center_store, RecordKind.SHORT_COURSE, data)
    with center_store.session() as session:
        row = session.get_one(ShortCourse, record_id)
        assert row.center_id is not None and row.approved_on == date(2025, 10, 1)
        assert open_form(session, RecordKind.SHORT_COURSE, record_id).data == data


def test_approval_date_and_director_go_together_and_hours_are_1_to_2000(
    center_store: Store, world: dict[str, int]
) -> None:
    data = ShortCourseInput(college_id=world["college"], title="x", hours=0, approved_on="1/1/2568")
    errors = _errors(center_store, RecordKind.SHORT_COURSE, data)
    assert set(errors) == {"hours", "approved_by"}
    data = replace(data, hours=2000, approved_on="", approved_by="ผู้อำนวยการ")
    assert set(_errors(center_store, RecordKind.SHORT_COURSE, data)) == {"approved_on"}


def test_a_run_cannot_end_before_it_starts_nor_hold_too_many(
    center_store: Store, world: dict[str, int]
) -> None:
    data = ShortCourseRunInput(
        short_course_id=world["course"], college_id=world["college"], starts_on="5/11/2568",
        ends_on="4/11/2568", capacity=10_001,
    )  # fmt: skip
    errors = _errors(center_store, RecordKind.SHORT_COURSE_RUN, data)
    assert set(errors) == {"ends_on", "capacity"}
    assert _errors(center_store, RecordKind.SHORT_COURSE_RUN, replace(data, ends_on="5/11/2568",
                   capacity=1)) == {}  # fmt: skip


# -- trainees -------------------------------------------------------------------------------
def test_a_trainee_made_on_a_runs_list_starts_with_that_run(
    center_store: Store, world: dict[str, int]
) -> None:
    with center_store.session() as session:
        form = open_form(
            session, RecordKind.SHORT_COURSE_TRAINEE, preset={"short_course_run_id": world["run"]}
        )
    assert form.data.short_course_run_id == world["run"]
    assert form.data.student_id is None and form.choices["student_id"] == []


def test_the_student_group_needs_a_final_year_student(
    center_store: Store, world: dict[str, int]
) -> None:
    kind = RecordKind.SHORT_COURSE_TRAINEE
    student = TraineeCategory.STUDENT.value
    errors = _errors(center_store, kind, _trainee(world, trainee_category=student))
    assert set(errors) == {"student_id"}
    errors = _errors(
        center_store, kind, _trainee(world, trainee_category=student, student_id=world["pvc2"])
    )
    assert set(errors) == {"student_id"} and "year 3" in errors["student_id"]
    for final in ("pvc3", "pvs2"):
        data = _trainee(world, trainee_category=student, student_id=world[final], full_name="")
        assert _errors(center_store, kind, data) == {}
    record_id, _step = save_record(
        center_store,
        kind,
        _trainee(world, trainee_category=student, student_id=world["pvs2"], full_name=""),
    )
    with center_store.session() as session:
        assert session.get_one(ShortCourseTrainee, record_id).full_name == "สมหญิง ใจดี"


def test_the_same_person_twice_in_a_run_is_refused(
    center_store: Store, world: dict[str, int]
) -> None:
    kind = RecordKind.SHORT_COURSE_TRAINEE
    first, _step = save_record(center_store, kind, _trainee(world))
    errors = _errors(center_store, kind, _trainee(world, full_name=" นายมานะ  ขยัน "))
    assert set(errors) == {"full_name"} and "already a trainee" in errors["full_name"]
    assert _errors(center_store, kind, _trainee(world), first) == {}  # editing itself
    save_record(center_store, kind, _trainee(world, student_id=world["pvc3"], full_name="ก"))
    again = _trainee(world, student_id=world["pvc3"], full_name="อีกชื่อ")
    assert set(_errors(center_store, kind, again)) == {"full_name"}


def test_a_full_run_refuses_another_trainee(center_store: Store, world: dict[str, int]) -> None:
    kind = RecordKind.SHORT_COURSE_TRAINEE
    ids = [save_record(center_store, kind, _trainee(world, full_name=n))[0] for n in "กขค"]
    errors = _errors(center_store, kind, _trainee(world, full_name="ง"))
    assert set(errors) == {"short_course_run_id"} and "full" in errors["short_course_run_id"]
    assert _errors(center_store, kind, _trainee(world, full_name="กก"), ids[0]) == {}
    with center_store.transaction() as session:
        session.get_one(ShortCourseTrainee, ids[0]).deleted = True  # a deleted seat is free
    assert _errors(center_store, kind, _trainee(world, full_name="ง")) == {}
    run = ShortCourseRunInput(world["course"], world["college"], "1/11/2568", "5/11/2568", 1)
    errors = _errors(center_store, RecordKind.SHORT_COURSE_RUN, run, world["run"])
    assert set(errors) == {"capacity"}  # fewer seats than trainees


# -- the 20-trainee target ------------------------------------------------------------------
def _run_with(session: Any, world: dict[str, int], starts: date, trainees: int) -> int:
    run = ShortCourseRun(
        short_course_id=world["course"], college_id=world["college"], starts_on=starts,
        ends_on=starts, capacity=40,
    )  # fmt: skip
    session.add(run)
    session.flush()
    for number in range(trainees):
        session.add(
            ShortCourseTrainee(
                run_id=run.id, category=TraineeCategory.PUBLIC, full_name=f"คนที่ {number}",
                completed=number % 2 == 0,
            )
        )  # fmt: skip
    return int(run.id)


def test_19_trainees_miss_the_target_and_20_meet_it(
    center_store: Store, world: dict[str, int]
) -> None:
    with center_store.transaction() as session:
        nineteen = _run_with(session, world, date(2025, 12, 1), 19)
        twenty = _run_with(session, world, date(2026, 1, 10), 20)
        # 21 trainees, one deleted: 20 count
        deleted_one = _run_with(session, world, date(2026, 9, 30), 21)
        session.flush()
        trainee = session.query(ShortCourseTrainee).filter_by(run_id=deleted_one).first()
        trainee.deleted = True
        # 20 trainees with one deleted: 19 count
        short = _run_with(session, world, date(2026, 2, 1), 20)
        session.flush()
        session.query(ShortCourseTrainee).filter_by(run_id=short).first().deleted = True
        gone = _run_with(session, world, date(2026, 3, 1), 25)
        session.get_one(ShortCourseRun, gone).deleted = True  # a deleted run never counts
        _run_with(session, world, date(2026, 10, 1), 30)  # fiscal year 2570
        session.add(
            ShortCourseTrainee(
                run_id=world["run"], category=TraineeCategory.STUDENT,
                student_id=world["pvc3"], full_name="สมชาย ใจดี", completed=True,
            )
        )  # fmt: skip
    with center_store.session() as session:
        summary = short_course_targets(session, 2569)
        runs = page(
            session,
            ListQuery(ListKind.SHORT_COURSE_RUNS, ListFilters(fiscal_year=2569)),
            0,
            100,
        )
    met = {run.run_id: (run.trainees, run.met) for run in summary.runs}
    assert met == {
        world["run"]: (1, False),
        nineteen: (19, False),
        twenty: (20, True),
        deleted_one: (20, True),
        short: (19, False),
    }
    assert (summary.runs_met, summary.runs_not_met) == (2, 3)
    assert summary.trainees == 1 + 19 + 20 + 20 + 19
    assert summary.final_year_students == 1
    (course,) = summary.courses
    assert (course.runs, course.runs_met, course.trainees) == (5, 2, 79)
    flags = {row.id: (row.values[5], row.values[7]) for row in runs}
    assert flags[twenty] == (20, True) and flags[nineteen] == (19, False)
    assert flags[short] == (19, False) and set(flags) == set(met)
    with center_store.session() as session:
        (area,) = [area for area in area_overview(session, 2569) if area.code == "3"]
    at_target = area.figure("3.2.runs_at_target")
    assert (at_target.value, at_target.total) == (2, 5)


def test_the_trainee_list_filters_by_run_group_and_completion(
    center_store: Store, world: dict[str, int]
) -> None:
    kind = RecordKind.SHORT_COURSE_TRAINEE
    save_record(center_store, kind, _trainee(world, full_name="ก", completed=True))
    save_record(
        center_store,
        kind,
        _trainee(world, trainee_category="student", student_id=world["pvc3"], full_name=""),
    )
    with center_store.session() as session:

        def names(**filters: Any) -> list[str]:
            query = ListQuery(ListKind.SHORT_COURSE_TRAINEES, ListFilters(**filters))
            return [str(row.values[0]) for row in page(session, query, 0, 10)]

        assert names(short_course_run_id=world["run"]) == ["ก", "สมชาย ใจดี"]
        assert names(trainee_category=TraineeCategory.STUDENT) == ["สมชาย ใจดี"]
        assert names(completed=True) == ["ก"]
        assert names(short_course_id=world["course"], fiscal_year=2570) == []
        rows = page(session, ListQuery(ListKind.SHORT_COURSE_TRAINEES), 0, 10)
    assert [row.values[2] for row in rows] == [None, "S-pvc3"]  # the student code if linked
