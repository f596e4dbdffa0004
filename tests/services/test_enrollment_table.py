"""Importing and exporting training enrolments: good rows, bad rows (row and column named,
nothing written), duplicates, the form's rules (capacity, certificate numbers, network),
the command-line verbs and the template's example."""

from __future__ import annotations

import csv
from collections.abc import Sequence
from datetime import date
from pathlib import Path
from typing import Any

import openpyxl
import pytest
from sqlalchemy import func, select

from app import cli
from app.models.enums import CollegeGroupCode, Ownership
from app.models.network import Center, College
from app.models.teachers import Enrollment, Teacher, TrainingCourse, TrainingRun
from app.services.store import Store
from app.services.tabular import (
    FileProblem,
    ImportFileError,
    ImportPlan,
    RowStatus,
    TableKind,
    commit_import,
    export_xlsx,
    plan_import,
    write_template,
)
from app.services.tabular.templates import EXAMPLE_SHEET

KIND = TableKind.ENROLLMENTS
COURSE = "การบำรุงรักษาหุ่นยนต์อุตสาหกรรม"
COLLEGE = "วิทยาลัยเทคนิคชลบุรี"
CODE = "1320016101"
OUTSIDE = "วิทยาลัยนอกเครือข่าย"
HEADER = (
    "หลักสูตร",
    "วันเริ่มอบรม",
    "ชื่อครู",
    "นามสกุลครู",
    "สถานศึกษา",
    "ชั่วโมงที่เข้าอบรม",
    "ผ่านการอบรม (ใช่/ไม่ใช่)",
    "เลขที่วุฒิบัตร",
)
NAMES = [("สมชาย", "ใจดี"), ("สมศรี", "ขยัน"), ("ก้อง", "เก่ง"), ("ขวัญ", "ดีงาม")]


@pytest.fixture
def store(center_store: Store) -> Store:
    """A network college with teachers (two of them share a name), one outside, and a run
    of 3 seats of a 30-hour curriculum starting 1 November 2568."""
    with center_store.transaction() as session:
        center = session.scalars(select(Center.id).where(Center.seq == 11)).one()
        college = College(
            name_th=COLLEGE,
            code=CODE,
            ownership=Ownership.PUBLIC,
            group=CollegeGroupCode.EXPERT,
            center_id=center,
        )
        outside = College(
            name_th=OUTSIDE, ownership=Ownership.PUBLIC, group=CollegeGroupCode.STANDARD
        )
        session.add_all([college, outside])
        session.flush()
        for first, last in [*NAMES, ("ชาตรี", "ซ้ำ"), ("ชาตรี", "ซ้ำ"), ("เอก", "นอก")]:
            session.add(Teacher(college_id=college.id, first_name=first, last_name=last))
        session.add(Teacher(college_id=outside.id, first_name="สมหญิง", last_name="นอก"))
        course = TrainingCourse(center_id=center, title=COURSE, hours=30)
        session.add(course)
        session.flush()
        session.add(
            TrainingRun(
                course_id=course.id,
                starts_on=date(2025, 11, 1),
                ends_on=date(2025, 11, 5),
                capacity=3,
            )
        )
    return center_store


def write_csv(path: Path, rows: Sequence[Sequence[Any]]) -> Path:
    with path.open("w", encoding="utf-8", newline="") as handle:
        csv.writer(handle).writerows(rows)
    return path


def row(
    first: str,
    last: str,
    *,
    college: str = COLLEGE,
    hours: Any = 30,
    done: str = "ใช่",
    number: str = "",
) -> list[Any]:
    return [COURSE, "1/11/2568", first, last, college, hours, done, number]


def plan(store: Store, path: Path) -> ImportPlan:
    with store.session() as session:
        return plan_import(session, KIND, path)


def enrolments(store: Store) -> list[tuple[str, str, int, bool, str | None]]:
    with store.session() as session:
        rows = session.execute(
            select(
                Teacher.first_name,
                Teacher.last_name,
                Enrollment.attended_hours,
                Enrollment.completed,
                Enrollment.certificate_no,
            )
            .join(Teacher, Teacher.id == Enrollment.teacher_id)
            .where(Enrollment.deleted.is_(False))
            .order_by(Enrollment.id)
        )
        return [
            (first, last, int(hours), done, number) for first, last, hours, done, number in rows
        ]


def test_good_rows_are_imported_and_export_round_trips(store: Store, tmp_path: Path) -> None:
    path = write_csv(
        tmp_path / "good.csv",
        [
            HEADER,
            row("สมศรี", "ขยัน", number="2569/1/001"),
            row("ก้อง", "เก่ง", college=CODE, hours="๑๒", done="ไม่ใช่"),
        ],
    )
    checked = plan(store, path)
    assert checked.issues() == [] and checked.new_count == 2
    assert commit_import(store, checked).created == 2
    assert enrolments(store) == [
        ("สมศรี", "ขยัน", 30, True, "2569/1/001"),
        ("ก้อง", "เก่ง", 12, False, None),
    ]
    exported = tmp_path / "out.xlsx"
    with store.session() as session:
        assert export_xlsx(session, KIND, exported) == 2
    sheet = openpyxl.load_workbook(exported).active
    values = [list(cells) for cells in sheet.iter_rows(values_only=True)]
    assert values[0] == list(HEADER)
    assert values[1][2:] == ["สมศรี", "ขยัน", COLLEGE, 30, "ใช่", "2569/1/001"]
    # Importing the export again: every row is already in the database.
    again = plan(store, exported)
    assert again.issues() == [] and again.duplicate_count == 2 and again.new_count == 0


@pytest.mark.parametrize(
    ("bad", "column", "words"),
    [
        (row("ไม่มี", "คนนี้"), "ชื่อครู", "No teacher"),
        (row("ชาตรี", "ซ้ำ"), "ชื่อครู", "2 teachers"),
        (row("สมหญิง", "นอก", college=OUTSIDE), "สถานศึกษา", "network"),
        (row("ขวัญ", "ดีงาม", hours=31), "ชั่วโมงที่เข้าอบรม", "More hours"),
        (row("ขวัญ", "ดีงาม", hours=0), "ผ่านการอบรม (ใช่/ไม่ใช่)", "no hours"),
        (row("ขวัญ", "ดีงาม", hours="มาก", done=""), "ชั่วโมงที่เข้าอบรม", "whole number"),
        (["หลักสูตรอื่น", "1/11/2568", "ขวัญ", "ดีงาม", COLLEGE, 3, "", ""], "หลักสูตร", "No run"),
        (row("ขวัญ", "ดีงาม", number="A-1"), "เลขที่วุฒิบัตร", "certificate number"),
    ],
)
def test_a_bad_row_is_reported_with_row_and_column_and_nothing_is_written(
    store: Store, tmp_path: Path, bad: list[Any], column: str, words: str
) -> None:
    path = write_csv(tmp_path / "bad.csv", [HEADER, row("สมศรี", "ขยัน", number="A-1"), bad])
    checked = plan(store, path)
    assert checked.error_count == 1
    [issue] = checked.issues()
    assert (issue.row, issue.column) == (3, column)
    assert words in issue.message
    assert not checked.can_commit
    assert enrolments(store) == []


def test_duplicates_are_skipped_and_a_full_run_refuses_more(store: Store, tmp_path: Path) -> None:
    path = write_csv(
        tmp_path / "rows.csv",
        [
            HEADER,
            row("สมศรี", "ขยัน"),
            row("ก้อง", "เก่ง"),
            row(" สมศรี ", "ขยัน", hours=2),
            row("ขวัญ", "ดีงาม"),
        ],
    )
    checked = plan(store, path)
    assert [planned.status for planned in checked.rows] == [
        RowStatus.NEW,
        RowStatus.NEW,
        RowStatus.DUPLICATE,
        RowStatus.NEW,
    ]
    assert "row 2" in checked.issues(RowStatus.DUPLICATE)[0].message
    assert commit_import(store, checked).created == 3
    full = write_csv(tmp_path / "full.csv", [HEADER, row("สมศรี", "ขยัน"), row("เอก", "นอก")])
    checked = plan(store, full)
    assert [planned.status for planned in checked.rows] == [RowStatus.DUPLICATE, RowStatus.ERROR]
    assert "full" in checked.issues()[0].message
    assert len(enrolments(store)) == 3


def test_an_empty_file_is_refused(store: Store, tmp_path: Path) -> None:
    path = tmp_path / "empty.csv"
    path.write_bytes(b"")
    with pytest.raises(ImportFileError) as refused:
        plan(store, path)
    assert refused.value.problem is FileProblem.EMPTY
    assert path.name in refused.value.message


def test_the_template_example_imports(store: Store, tmp_path: Path) -> None:
    template = tmp_path / "template.xlsx"
    write_template(KIND, template)
    example = openpyxl.load_workbook(template)[EXAMPLE_SHEET]
    header, values = [list(cells) for cells in example.iter_rows(values_only=True)][:2]
    path = write_csv(tmp_path / "example.csv", [header, values])
    checked = plan(store, path)
    assert checked.issues() == [] and checked.new_count == 1
    commit_import(store, checked)
    assert enrolments(store) == [("สมชาย", "ใจดี", 30, True, "2569/12/001")]


@pytest.fixture
def quiet_cli(qapp: Any) -> None:
    """With an application already made, the verbs speak English and install no translator."""


def _count(store: Store) -> int:
    with store.session() as session:
        return int(session.scalar(select(func.count()).select_from(Enrollment)) or 0)


def test_the_command_line_verbs(
    store: Store, tmp_path: Path, capsys: pytest.CaptureFixture[str], quiet_cli: None
) -> None:
    database = str(store.path)
    bad = write_csv(tmp_path / "bad.csv", [HEADER, row("สมศรี", "ขยัน"), row("ไม่มี", "คนนี้")])
    store.close()
    assert cli.run(["import", KIND.value, str(bad), "--db", database]) != 0
    captured = capsys.readouterr()
    assert "error\t3\tชื่อครู\t" in captured.out
    assert "nothing was imported" in captured.err
    good = write_csv(tmp_path / "good.csv", [HEADER, row("สมศรี", "ขยัน")])
    assert cli.run(["import", KIND.value, str(good), "--db", database]) == 0
    assert "written\t1" in capsys.readouterr().out.splitlines()
    exported = tmp_path / "enrolments.xlsx"
    assert cli.run(["export", KIND.value, str(exported), "--db", database]) == 0
    assert exported.exists()
