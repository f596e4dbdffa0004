"""Work-based learning (manual 6.1): teachers trained in WBL (the overview's rule), WBL
placements, the contest entries and their rules, the trainee list for certificates, the
contest list and the demo step."""

from __future__ import annotations

import shutil
from collections.abc import Iterator
from datetime import date
from pathlib import Path
from typing import Any

import pytest
from sqlalchemy import func, select

from app.models.enums import (
    CollegeGroupCode,
    EnterpriseLocation,
    Level,
    Ownership,
    PlacementMode,
    PlacementStatus,
    StudyModeCode,
)
from app.models.network import College, Enterprise
from app.models.students import Placement, Student
from app.models.teachers import (
    Enrollment,
    MediaContestEntry,
    Teacher,
    TrainingCourse,
    TrainingRun,
)
from app.services.listing import ListFilters, ListKind, ListQuery, count, page
from app.services.overview import area_overview
from app.services.records import InvalidRecord, RecordKind, open_form, record_spec, save_record
from app.services.records.wbl import MediaContestEntryInput
from app.services.store import Store, open_store
from app.services.thai.fiscal import current_fiscal_year
from app.services.wbl import wbl_certificates, wbl_teachers, wbl_year

FY = 2569  # 1 Oct 2025 - 30 Sep 2026
HOST_COLLEGE = 1


def _add(store: Store, *rows: Any) -> None:
    with store.transaction() as session:
        session.add_all(rows)


@pytest.fixture
def network(center_store: Store) -> dict[str, int]:
    """A second college of the network, a college of another network, and a teacher each."""
    with center_store.transaction() as session:
        host = session.get_one(College, HOST_COLLEGE)
        second = College(
            name_th="วิทยาลัยเทคนิคเครือข่าย",
            ownership=Ownership.PUBLIC,
            group=CollegeGroupCode.STANDARD,
            center_id=host.center_id,
        )
        elsewhere = College(
            name_th="วิทยาลัยเทคนิคต่างเครือข่าย",
            ownership=Ownership.PUBLIC,
            group=CollegeGroupCode.STANDARD,
            center_id=host.center_id + 1,
        )
        session.add_all([second, elsewhere])
        session.flush()
        teacher = Teacher(college_id=HOST_COLLEGE, first_name="สมชาย", last_name="ใจดี")
        other = Teacher(college_id=second.id, first_name="สมหญิง", last_name="รักงาน")
        session.add_all([teacher, other])
        session.flush()
        return {
            "second": second.id,
            "elsewhere": elsewhere.id,
            "teacher": teacher.id,
            "other": other.id,
        }


# -- teachers trained in WBL and the certificate list ---------------------------------------
def _course(session: Any, title: str, wbl: bool) -> TrainingCourse:
    with_center = session.get_one(College, HOST_COLLEGE).center_id
    course = TrainingCourse(center_id=with_center, title=title, hours=30, is_wbl=wbl)
    session.add(course)
    session.flush()
    return course


def _run(session: Any, course: TrainingCourse, starts: date) -> TrainingRun:
    run = TrainingRun(course_id=course.id, starts_on=starts, ends_on=starts, capacity=30)
    session.add(run)
    session.flush()
    return run


def _training(store: Store, network: dict[str, int]) -> dict[str, int]:
    with store.transaction() as session:
        wbl = _course(session, "การจัดการเรียนรู้ในสถานประกอบการ (WBL)", wbl=True)
        plain = _course(session, "การบำรุงรักษาหุ่นยนต์", wbl=False)
        early = _run(session, wbl, date(2025, 10, 1))  # first day of FY 2569
        late = _run(session, wbl, date(2026, 9, 30))  # last day of FY 2569
        before = _run(session, wbl, date(2025, 9, 30))  # FY 2568
        other = _run(session, plain, date(2026, 1, 10))
        teacher, colleague = network["teacher"], network["other"]
        rows = [
            Enrollment(run_id=early.id, teacher_id=teacher, completed=True, certificate_no="A/1"),
            # the same teacher twice in the year counts once
            Enrollment(run_id=late.id, teacher_id=teacher, completed=True, certificate_no="A/2"),
            Enrollment(run_id=late.id, teacher_id=colleague, completed=False),  # not completed
            Enrollment(run_id=before.id, teacher_id=colleague, completed=True),  # other year
            Enrollment(run_id=other.id, teacher_id=colleague, completed=True),  # not WBL
        ]
        session.add_all(rows)
        session.flush()
        return {"early": early.id, "late": late.id}


def test_wbl_teachers_follow_the_overview_rule(
    center_store: Store, network: dict[str, int]
) -> None:
    _training(center_store, network)
    with center_store.session() as session:
        counts = wbl_teachers(session, FY)
        overview = area_overview(session, FY)[5].figure("6.1.teachers").value
        assert wbl_teachers(session, FY - 1).total == 1
    assert counts.total == 1 == overview
    assert dict(counts.by_group)[CollegeGroupCode.CVM] == 1
    assert sum(n for _group, n in counts.by_group) == 1


def test_the_certificate_list_has_the_wbl_trainees_of_the_year(
    center_store: Store, network: dict[str, int]
) -> None:
    _training(center_store, network)
    with center_store.session() as session:
        rows = wbl_certificates(session, FY)
    assert [(row.first_name, row.certificate_no, row.starts_on) for row in rows] == [
        ("สมชาย", "A/1", date(2025, 10, 1)),
        ("สมชาย", "A/2", date(2026, 9, 30)),
    ]
    assert {row.course for row in rows} == {"การจัดการเรียนรู้ในสถานประกอบการ (WBL)"}
    assert {row.hours for row in rows} == {30}
    with center_store.session() as session:
        assert wbl_certificates(session, FY - 1)[0].starts_on == date(2025, 9, 30)


def test_wbl_placements_leave_out_withdrawn_and_other_modes(
    center_store: Store, network: dict[str, int]
) -> None:
    with center_store.transaction() as session:
        enterprise = Enterprise(name_th="บริษัท ทดสอบ จำกัด", location=EnterpriseLocation.DOMESTIC)
        students = [
            Student(
                college_id=college,
                first_name=f"นักเรียน{index}",
                last_name="ทดสอบ",
                level=Level.PVS,
                year_of_study=2,
                entry_academic_year=2567,
                study_mode=StudyModeCode.DUAL,
            )
            for index, college in enumerate((HOST_COLLEGE, HOST_COLLEGE, network["second"]))
        ]
        session.add(enterprise)
        session.add_all(students)
        session.flush()

        def placement(student: Student, mode: PlacementMode, status: PlacementStatus) -> None:
            session.add(
                Placement(
                    student_id=student.id,
                    college_id=student.college_id,
                    enterprise_id=enterprise.id,
                    mode=mode,
                    starts_on=date(2025, 11, 1),
                    ends_on=date(2026, 3, 1),
                    status=status,
                )
            )

        placement(students[0], PlacementMode.WBL, PlacementStatus.IN_PROGRESS)
        placement(students[1], PlacementMode.WBL, PlacementStatus.PLANNED)
        placement(students[2], PlacementMode.WBL, PlacementStatus.WITHDRAWN)
        placement(students[2], PlacementMode.DUAL, PlacementStatus.CONFIRMED)
    with center_store.session() as session:
        year = wbl_year(session, FY)
    assert [(item.college_id, item.count) for item in year.placements] == [(HOST_COLLEGE, 2)]
    assert year.placements_total == 2


# -- contest entries ----------------------------------------------------------------------------
def _entry(**values: Any) -> MediaContestEntryInput:
    base: dict[str, Any] = {
        "college_id": HOST_COLLEGE,
        "fiscal_year": FY,
        "contest": "การประกวดสื่อการสอน WBL ระดับจังหวัด",
        "title": "ชุดฝึก PLC",
        "result": "รางวัลชนะเลิศ",
    }
    base.update(values)
    return MediaContestEntryInput(**base)


def _refused(store: Store, data: MediaContestEntryInput) -> dict[str, str]:
    with pytest.raises(InvalidRecord) as refused:
        save_record(store, RecordKind.MEDIA_CONTEST_ENTRY, data)
    return {error.field: error.message for error in refused.value.errors}


def test_an_entry_is_saved_and_counted(center_store: Store, network: dict[str, int]) -> None:
    entry_id, _undo = save_record(
        center_store, RecordKind.MEDIA_CONTEST_ENTRY, _entry(teacher_id=network["teacher"])
    )
    save_record(center_store, RecordKind.MEDIA_CONTEST_ENTRY, _entry(title="สื่อ AR", result=" "))
    with center_store.session() as session:
        row = session.get_one(MediaContestEntry, entry_id)
        assert (row.teacher_id, row.result) == (network["teacher"], "รางวัลชนะเลิศ")
        year = wbl_year(session, FY)
    assert (year.entries, year.entries_with_result) == (2, 1)
    (contest,) = year.contests
    assert (contest.entries, contest.with_result) == (2, 1)


def test_the_same_entry_twice_is_refused(center_store: Store, network: dict[str, int]) -> None:
    first, _undo = save_record(center_store, RecordKind.MEDIA_CONTEST_ENTRY, _entry())
    problems = _refused(center_store, _entry(title=" ชุดฝึก PLC "))
    assert set(problems) == {"title"}
    assert "ชุดฝึก" not in problems["title"]  # the message never repeats the value
    # another year, another college or editing the entry itself are fine
    save_record(center_store, RecordKind.MEDIA_CONTEST_ENTRY, _entry(fiscal_year=FY + 1))
    save_record(center_store, RecordKind.MEDIA_CONTEST_ENTRY, _entry(college_id=network["second"]))
    save_record(center_store, RecordKind.MEDIA_CONTEST_ENTRY, _entry(result="เหรียญทอง"), first)


def test_bad_entries_are_refused_by_field(center_store: Store, network: dict[str, int]) -> None:
    problems = _refused(
        center_store,
        _entry(college_id=network["elsewhere"], fiscal_year=2499, contest=" ", title=""),
    )
    assert set(problems) == {"college_id", "fiscal_year", "contest", "title"}
    assert set(_refused(center_store, _entry(college_id=None))) == {"college_id"}
    assert set(_refused(center_store, _entry(fiscal_year=2701))) == {"fiscal_year"}
    # the teacher must belong to the college entered
    problems = _refused(center_store, _entry(teacher_id=network["other"]))
    assert set(problems) == {"teacher_id"}
    assert set(_refused(center_store, _entry(teacher_id=999_999))) == {"teacher_id"}
    assert set(_refused(center_store, _entry(result="ก" * 201))) == {"result"}
    with center_store.session() as session:
        assert session.scalar(select(func.count()).select_from(MediaContestEntry)) == 0


def test_a_new_entry_starts_in_the_current_year_with_network_colleges(
    center_store: Store, network: dict[str, int]
) -> None:
    with center_store.session() as session:
        form = open_form(session, RecordKind.MEDIA_CONTEST_ENTRY)
    assert form.data.fiscal_year == current_fiscal_year()
    assert form.data.college_id in {HOST_COLLEGE, network["second"]}
    colleges = {choice.record_id for choice in form.choices["college_id"]}
    assert colleges == {HOST_COLLEGE, network["second"]}
    assert record_spec(RecordKind.MEDIA_CONTEST_ENTRY).field_names[0] == "college_id"


def test_the_contest_list_filters_and_searches(
    center_store: Store, network: dict[str, int]
) -> None:
    for values in (
        {"teacher_id": network["teacher"]},
        {"title": "สื่อ AR", "fiscal_year": FY - 1},
        {"title": "หุ่นยนต์", "college_id": network["second"], "contest": "Robot media"},
    ):
        save_record(center_store, RecordKind.MEDIA_CONTEST_ENTRY, _entry(**values))

    def listed(filters: ListFilters | None = None, search: str = "") -> list[Any]:
        query = ListQuery(ListKind.MEDIA_CONTEST_ENTRIES, filters or ListFilters(), search)
        with center_store.session() as session:
            rows = page(session, query, 0, 50)
            assert count(session, query) == len(rows)
        return rows

    assert [row.values[0] for row in listed()] == [FY, FY, FY - 1]  # newest year first
    assert len(listed(ListFilters(fiscal_year=FY))) == 2
    assert len(listed(ListFilters(college_id=network["second"]))) == 1
    assert len(listed(ListFilters(teacher_id=network["teacher"]))) == 1
    assert len(listed(search="robot")) == 1  # the contest
    assert len(listed(search="AR")) == 1  # the title


# -- the demo step ------------------------------------------------------------------------------
@pytest.fixture(scope="module")
def demo(demo_db_template: Path, tmp_path_factory: pytest.TempPathFactory) -> Iterator[Store]:
    path = tmp_path_factory.mktemp("wbl") / "demo.db"
    shutil.copyfile(demo_db_template, path)
    store = open_store(path)
    yield store
    store.close()


def test_the_demo_counts_agree_with_the_overview(demo: Store) -> None:
    totals = []
    with demo.session() as session:
        for fiscal_year in (2568, 2569, 2570):  # the demo window (today 21/11/2569)
            counts = wbl_teachers(session, fiscal_year)
            overview = area_overview(session, fiscal_year)[5].figure("6.1.teachers").value
            assert counts.total == overview
            assert sum(n for _group, n in counts.by_group) >= counts.total
            trainees = {
                (row.first_name, row.last_name) for row in wbl_certificates(session, fiscal_year)
            }
            assert len(trainees) <= counts.total
            totals.append(counts.total)
    assert any(totals)
