"""Importing and exporting short-course trainees: good rows, bad rows (nothing written),
duplicates, a full run, the command-line verbs and the template's example."""

from __future__ import annotations

import csv
from datetime import date
from pathlib import Path
from typing import Any

import openpyxl
import pytest
from sqlalchemy import func, select

from app import cli
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
from app.services.store import Store, open_store
from app.services.tabular import (
    FileProblem,
    ImportFileError,
    RowStatus,
    TableKind,
    commit_import,
    export_xlsx,
    plan_import,
    spec_for,
    write_template,
)
from app.services.tabular.records import site_context

HEADER = ("หลักสูตรระยะสั้น", "วันที่เริ่มอบรม", "สถานศึกษา", "ประเภท", "ชื่อ-นามสกุล", "รหัสนักเรียน",
          "จบหลักสูตร")  # fmt: skip
COURSE = "การเขียนโปรแกรม PLC เบื้องต้น"
COLLEGE, OTHER = "วิทยาลัยเทคนิคชลบุรี", "วิทยาลัยเทคนิคระยอง"


@pytest.fixture
def store(center_store: Store) -> Store:
    """The course (the template's example), one run at each of two colleges on 1/11/2568
    (capacity 3), and one at Chonburi on 1/12/2568; students of Chonburi."""
    with center_store.transaction() as session:
        colleges = []
        for name, code in ((COLLEGE, "2001"), (OTHER, "2002")):
            college = College(
                name_th=name, code=code, ownership=Ownership.PUBLIC,
                group=CollegeGroupCode.STANDARD,
            )  # fmt: skip
            session.add(college)
            session.flush()
            colleges.append(college.id)
        course = ShortCourse(
            center_id=site_context(session).center_id, college_id=colleges[0], title=COURSE,
            track=SkillTrack.NEW_SKILL, hours=30,
        )  # fmt: skip
        session.add(course)
        session.flush()
        november, december = date(2025, 11, 1), date(2025, 12, 1)
        for college_id, starts in (
            (colleges[0], november),
            (colleges[1], november),
            (colleges[0], december),
        ):
            session.add(
                ShortCourseRun(
                    short_course_id=course.id, college_id=college_id, starts_on=starts,
                    ends_on=starts, capacity=3,
                )
            )  # fmt: skip
        for code, level, year in (("6601", Level.PVC, 3), ("6602", Level.PVC, 1)):
            session.add(
                Student(
                    college_id=colleges[0], student_code=code, first_name=f"นักเรียน{code}",
                    last_name="ดี", level=level, year_of_study=year, entry_academic_year=2566,
                    study_mode=StudyModeCode.FORMAL,
                )
            )  # fmt: skip
    return center_store


def _csv(path: Path, *rows: tuple[Any, ...]) -> Path:
    with path.open("w", encoding="utf-8", newline="") as handle:
        csv.writer(handle).writerows([HEADER, *rows])
    return path


def _trainees(store: Store) -> list[tuple[str, str, str | None, bool, date]]:
    with store.session() as session:
        rows = session.execute(
            select(
                ShortCourseTrainee.full_name,
                ShortCourseTrainee.category,
                Student.student_code,
                ShortCourseTrainee.completed,
                ShortCourseRun.starts_on,
            )
            .join(ShortCourseRun, ShortCourseRun.id == ShortCourseTrainee.run_id)
            .outerjoin(Student, Student.id == ShortCourseTrainee.student_id)
            .order_by(ShortCourseTrainee.id)
        )
        return [
            (name, str(category), code, done, starts) for name, category, code, done, starts in rows
        ]


GOOD = (
    (COURSE, "1/12/2568", "", "ประชาชนทั่วไป", "นายมานะ ขยัน", "", "ใช่"),
    (COURSE, "1/11/2568", COLLEGE, "student", "นักเรียน6601 ดี", "6601", ""),
    (COURSE, "01/11/2025", "2002", "ผู้ว่างงาน", "นางสาวใจ ดี", "", "ไม่ใช่"),
)


def test_good_rows_import_with_their_run_and_student(store: Store, tmp_path: Path) -> None:
    path = _csv(tmp_path / "good.csv", *GOOD)
    with store.session() as session:
        plan = plan_import(session, TableKind.TRAINEES, path)
    assert (plan.new_count, plan.error_count) == (3, 0)
    result = commit_import(store, plan)
    assert result.created == 3
    assert _trainees(store) == [
        ("นายมานะ ขยัน", TraineeCategory.PUBLIC, None, True, date(2025, 12, 1)),
        ("นักเรียน6601 ดี", TraineeCategory.STUDENT, "6601", False, date(2025, 11, 1)),
        ("นางสาวใจ ดี", TraineeCategory.UNEMPLOYED, None, False, date(2025, 11, 1)),
    ]
    exported = tmp_path / "out.xlsx"
    with store.session() as session:
        assert export_xlsx(session, TableKind.TRAINEES, exported) == 3
    # the export imports again as three duplicates
    with store.session() as session:
        again = plan_import(session, TableKind.TRAINEES, exported)
    assert (again.duplicate_count, again.error_count) == (3, 0)
    sheet = openpyxl.load_workbook(exported, read_only=True).worksheets[0]
    values = [list(row) for row in sheet.iter_rows(values_only=True)]
    assert values[2][3:] == ["นักเรียน", "นักเรียน6601 ดี", "6601", "ไม่ใช่"]


@pytest.mark.parametrize(
    ("row", "column", "words"),
    [
        ((COURSE, "1/11/2568", "", "ประชาชนทั่วไป", "ก", "", ""), "สถานศึกษา", "Several runs"),
        ((COURSE, "2/11/2568", "", "ประชาชนทั่วไป", "ก", "", ""), "วันที่เริ่มอบรม", "no run"),
        (("ไม่มีหลักสูตรนี้", "1/12/2568", "", "ประชาชนทั่วไป", "ก", "", ""), "หลักสูตรระยะสั้น",
         "No short course"),
        ((COURSE, "1/12/2568", "", "นักเรียน", "ก", "", ""), "ประเภท", "recorded student"),
        ((COURSE, "1/12/2568", "", "นักเรียน", "ก", "6602", ""), "รหัสนักเรียน", "year 3"),
        ((COURSE, "1/12/2568", "", "นักเรียน", "ก", "9999", ""), "รหัสนักเรียน", "No student"),
        ((COURSE, "1/12/2568", "", "ทหาร", "ก", "", ""), "ประเภท", ""),
    ],
)  # fmt: skip
def test_a_bad_row_is_reported_by_row_and_column_and_nothing_is_written(
    store: Store, tmp_path: Path, row: tuple[str, ...], column: str, words: str
) -> None:
    path = _csv(tmp_path / "bad.csv", GOOD[0], row)
    with store.session() as session:
        plan = plan_import(session, TableKind.TRAINEES, path)
    (issue,) = plan.issues()
    assert (issue.row, issue.column) == (3, column)
    assert words in issue.message
    assert not plan.can_commit
    with pytest.raises(Exception, match="error"):
        commit_import(store, plan)
    assert _trainees(store) == []


def test_duplicates_in_the_file_and_the_database_are_skipped(store: Store, tmp_path: Path) -> None:
    commit_import(store, _plan(store, _csv(tmp_path / "one.csv", GOOD[0])))
    same_student = (COURSE, "1/11/2568", COLLEGE, "นักเรียน", "ชื่ออื่น", "6601", "")
    path = _csv(tmp_path / "dup.csv", GOOD[0], GOOD[1], same_student, GOOD[1])
    plan = _plan(store, path)
    assert [row.status for row in plan.rows] == [
        RowStatus.DUPLICATE, RowStatus.NEW, RowStatus.DUPLICATE, RowStatus.DUPLICATE,
    ]  # fmt: skip
    assert "row 3" in plan.rows[2].issues[0].message
    assert commit_import(store, plan).created == 1


def test_a_run_full_after_earlier_rows_of_the_file_refuses_the_next(
    store: Store, tmp_path: Path
) -> None:
    rows = [(COURSE, "1/12/2568", "", "ประชาชนทั่วไป", name, "", "") for name in "กขคง"]
    plan = _plan(store, _csv(tmp_path / "full.csv", *rows, rows[0]))
    assert [row.status for row in plan.rows] == [
        RowStatus.NEW, RowStatus.NEW, RowStatus.NEW, RowStatus.ERROR, RowStatus.DUPLICATE,
    ]  # fmt: skip
    assert "full" in plan.issues()[0].message
    assert _trainees(store) == []


def _plan(store: Store, path: Path) -> Any:
    with store.session() as session:
        return plan_import(session, TableKind.TRAINEES, path)


def test_an_empty_file_is_refused(store: Store, tmp_path: Path) -> None:
    path = tmp_path / "empty.csv"
    path.write_bytes(b"")
    with pytest.raises(ImportFileError) as raised:
        _plan(store, path)
    assert raised.value.problem is FileProblem.EMPTY


def test_the_templates_example_imports(store: Store, tmp_path: Path) -> None:
    template = tmp_path / "template.xlsx"
    write_template(TableKind.TRAINEES, template)
    workbook = openpyxl.load_workbook(template, read_only=True)
    assert _plan(store, template).rows == []  # the data sheet holds the header only
    example = [list(row) for row in workbook["ตัวอย่าง"].iter_rows(values_only=True)]
    assert [column.header_th for column in spec_for(TableKind.TRAINEES).columns] == example[0]
    with store.transaction() as session:  # the example's run: 1/11/2568 at its college
        session.execute(
            ShortCourseRun.__table__.update()
            .where(ShortCourseRun.college_id != select(College.id).where(College.name_th == COLLEGE)
                   .scalar_subquery())
            .values(starts_on=date(2025, 11, 2))
        )  # fmt: skip
    path = _csv(tmp_path / "example.csv", tuple("" if v is None else v for v in example[1]))
    plan = _plan(store, path)
    assert (plan.new_count, plan.error_count) == (1, 0), plan.issues()


@pytest.fixture
def quiet_cli(qapp: Any) -> None:
    """With an application already made, the verbs install no translator."""


def test_the_cli_verbs_import_export_and_refuse_a_bad_row(
    store: Store, tmp_path: Path, capsys: pytest.CaptureFixture[str], quiet_cli: None
) -> None:
    bad = _csv(tmp_path / "bad.csv", GOOD[0], (COURSE, "31/2/2568", "", "ประชาชน", "ข", "", ""))
    good = _csv(tmp_path / "good.csv", GOOD[0])
    exported = tmp_path / "out.xlsx"
    store.close()
    database = str(store.path)
    assert cli.run(["import", "trainees", str(bad), "--db", database]) != 0
    captured = capsys.readouterr()
    assert "error\t3\tวันที่เริ่มอบรม\t" in captured.out
    assert cli.run(["import", "trainees", str(good), "--db", database]) == 0
    assert cli.run(["export", "trainees", str(exported), "--db", database]) == 0
    reopened = open_store(store.path)
    try:
        with reopened.session() as session:
            assert session.scalar(select(func.count()).select_from(ShortCourseTrainee)) == 1
    finally:
        reopened.close()
    assert len(list(openpyxl.load_workbook(exported, read_only=True).worksheets[0].rows)) == 2
