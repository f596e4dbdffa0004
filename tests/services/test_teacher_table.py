"""Importing and exporting teachers: a good file, bad rows reported with row and column and
nothing written, duplicates (national id; name in a college), the template's example, the
round trip of an export, and the ``import teachers`` / ``export teachers`` verbs."""

from __future__ import annotations

import csv
from pathlib import Path
from typing import Any

import openpyxl
import pytest
from sqlalchemy import func, select

from app import cli
from app.models.enums import CollegeGroupCode, Ownership
from app.models.network import Center, College, Subject
from app.models.teachers import Teacher
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
    spec_for,
    write_template,
)
from app.services.tabular.templates import EXAMPLE_SHEET

KIND = TableKind.TEACHERS
COLLEGE = "วิทยาลัยเทคนิคชลบุรี"
CODE = "1320016101"
VALID_ID = "1101700207030"
HEADER = ["คำนำหน้าชื่อ", "ชื่อ", "นามสกุล", "เลขประจำตัวประชาชน", "สถานศึกษา", "โทรศัพท์"]
GOOD = [
    ["นาย", "สมชาย", "ใจดี", "1-1017-00207-03-0", COLLEGE, "081 234 5678"],
    ["น.ส.", "สมหญิง", "รักเรียน", "", CODE, ""],
    ["", "Somsak", "Deejai", "", COLLEGE, ""],
]


@pytest.fixture
def store(center_store: Store) -> Store:
    """The center database with a second network college and one outside the network."""
    with center_store.transaction() as session:
        center_id = session.scalars(select(Center.id).where(Center.seq == 11)).one()
        session.add(
            College(
                name_th=COLLEGE,
                code=CODE,
                ownership=Ownership.PUBLIC,
                group=CollegeGroupCode.EXPERT,
                center_id=center_id,
            )
        )
        session.add(
            College(
                name_th="วิทยาลัยนอกเครือข่าย",
                ownership=Ownership.PUBLIC,
                group=CollegeGroupCode.STANDARD,
            )
        )
    return center_store


def write_csv(path: Path, rows: list[list[Any]]) -> Path:
    with path.open("w", encoding="utf-8", newline="") as handle:
        csv.writer(handle).writerows(rows)
    return path


def plan(store: Store, path: Path) -> ImportPlan:
    with store.session() as session:
        return plan_import(session, KIND, path)


def teachers(store: Store) -> list[Teacher]:
    with store.session() as session:
        rows = list(session.scalars(select(Teacher).where(Teacher.deleted.is_(False))))
        session.expunge_all()
        return rows


def count(store: Store) -> int:
    with store.session() as session:
        return session.scalar(select(func.count()).select_from(Teacher)) or 0


def test_a_good_file_imports_every_teacher(store: Store, tmp_path: Path) -> None:
    checked = plan(store, write_csv(tmp_path / "teachers.csv", [HEADER, *GOOD]))
    assert checked.issues() == []
    assert commit_import(store, checked).created == 3
    rows = {teacher.first_name: teacher for teacher in teachers(store)}
    somchai = rows["สมชาย"]
    assert (somchai.title_code, somchai.national_id, somchai.phone) == (
        "mr",
        VALID_ID,
        "+66812345678",
    )
    assert rows["สมหญิง"].title_code == "miss"
    assert rows["Somsak"].title_code is None
    with store.session() as session:
        center = session.scalars(select(Center).where(Center.seq == 11)).one()
        college = session.scalars(select(College.id).where(College.code == CODE)).one()
    assert {teacher.college_id for teacher in rows.values()} == {college}
    assert {teacher.subject_id for teacher in rows.values()} == {center.subject_id}


@pytest.mark.parametrize(
    ("bad", "column"),
    [
        (["นาย", "สมปอง", "ดีมาก", "1101700207031", COLLEGE, ""], "เลขประจำตัวประชาชน"),
        (["นายพล", "สมปอง", "ดีมาก", "", COLLEGE, ""], "คำนำหน้าชื่อ"),
        (["นาย", "สมปอง", "ดีมาก", "", "วิทยาลัยนอกเครือข่าย", ""], "สถานศึกษา"),
        (["นาย", "สมปอง", "ดีมาก", "", "วิทยาลัยที่ไม่มี", ""], "สถานศึกษา"),
        (["นาย", "สมปอง", "", "", COLLEGE, ""], "นามสกุล"),
        (["นาย", "สมปอง", "ดีมาก", "", COLLEGE, "12"], "โทรศัพท์"),
    ],
)
def test_a_bad_row_is_reported_with_row_and_column_and_nothing_is_written(
    store: Store, tmp_path: Path, bad: list[str], column: str
) -> None:
    path = write_csv(tmp_path / "bad.csv", [HEADER, *GOOD, bad])
    checked = plan(store, path)
    [issue] = checked.issues()
    assert (issue.row, issue.column) == (5, column)
    assert "1101700207031" not in issue.message
    assert not checked.can_commit
    with pytest.raises(Exception, match="error"):
        commit_import(store, checked)
    assert count(store) == 0


def test_an_unknown_subject_is_a_row_error(store: Store, tmp_path: Path) -> None:
    path = write_csv(
        tmp_path / "subject.csv",
        [["ชื่อ", "นามสกุล", "สถานศึกษา", "สาขาวิชา"], ["ก", "ข", COLLEGE, "วิชาที่ไม่มี"]],
    )
    [issue] = plan(store, path).issues()
    assert (issue.row, issue.column) == (2, "สาขาวิชา")


def test_duplicates_by_national_id_or_by_name_in_a_college(store: Store, tmp_path: Path) -> None:
    commit_import(store, plan(store, write_csv(tmp_path / "first.csv", [HEADER, GOOD[0]])))
    rows = [
        HEADER,
        ["นาย", "สมชาย", "ใจดี", "", COLLEGE, ""],  # same name, same college: in the database
        ["นาย", "ชื่อใหม่", "สกุลใหม่", VALID_ID, COLLEGE, ""],  # same national id
        ["นาย", "สมชาย", "ใจดี", "", "วิทยาลัยเทคนิคสัตหีบ", ""],  # same name, other college
        ["นาย", "สมชาย", "ใจดี", "", "วิทยาลัยเทคนิคสัตหีบ", ""],  # same as row 4
    ]
    checked = plan(store, write_csv(tmp_path / "again.csv", rows))
    assert [row.status for row in checked.rows] == [
        RowStatus.DUPLICATE,
        RowStatus.DUPLICATE,
        RowStatus.NEW,
        RowStatus.DUPLICATE,
    ]
    assert "4" in checked.rows[3].issues[0].message
    assert commit_import(store, checked).created == 1
    assert count(store) == 2


def test_an_empty_file_is_refused(store: Store, tmp_path: Path) -> None:
    path = tmp_path / "empty.csv"
    path.write_bytes(b"")
    with pytest.raises(ImportFileError) as refused:
        plan(store, path)
    assert refused.value.problem is FileProblem.EMPTY
    assert count(store) == 0


def test_the_template_example_is_a_valid_row(store: Store, tmp_path: Path) -> None:
    path = tmp_path / "template.xlsx"
    write_template(KIND, path)
    workbook = openpyxl.load_workbook(path)
    spec = spec_for(KIND)
    assert [cell.value for cell in workbook[spec.sheet_th][1]] == [
        column.header_th for column in spec.columns
    ]
    example = tmp_path / "example.csv"
    write_csv(example, [list(row) for row in workbook[EXAMPLE_SHEET].iter_rows(values_only=True)])
    checked = plan(store, example)
    assert checked.issues() == []
    assert [row.status for row in checked.rows] == [RowStatus.NEW]
    with store.session() as session:
        subject = session.scalars(
            select(Subject.id).where(Subject.name_th == "สาขาวิชาเมคคาทรอนิกส์และหุ่นยนต์")
        ).one()
    assert checked.rows[0].values["subject_id"] == subject


def test_an_export_imports_back_as_the_same_teachers(store: Store, tmp_path: Path) -> None:
    full = [
        [*HEADER, "สาขาวิชา", "ตำแหน่ง", "วุฒิการศึกษา"],
        [*GOOD[0], "เมคคาทรอนิกส์และหุ่นยนต์", "ครู คศ.2", "วศ.ม."],
        [*GOOD[1], "", "", ""],
    ]
    commit_import(store, plan(store, write_csv(tmp_path / "in.csv", full)))
    exported = tmp_path / "out.xlsx"
    with store.session() as session:
        assert export_xlsx(session, KIND, exported) == 2
    sheet = openpyxl.load_workbook(exported).active
    assert sheet is not None
    cells = [list(row) for row in sheet.iter_rows(values_only=True)]
    assert cells[1][:5] == ["นาย", "สมชาย", "ใจดี", VALID_ID, COLLEGE]
    assert cells[1][5:] == ["สาขาวิชาเมคคาทรอนิกส์และหุ่นยนต์", "ครู คศ.2", "วศ.ม.", "081 234 5678"]
    before = [(t.first_name, t.national_id, t.subject_id, t.phone) for t in teachers(store)]
    # Into an empty copy of the network: the same records come back.
    with store.transaction() as session:
        for teacher in session.scalars(select(Teacher)):
            teacher.deleted = True
    checked = plan(store, exported)
    assert checked.issues() == []
    assert commit_import(store, checked).created == 2
    after = [(t.first_name, t.national_id, t.subject_id, t.phone) for t in teachers(store)]
    assert sorted(after, key=str) == sorted(before, key=str)


@pytest.fixture
def quiet_cli(qapp: Any) -> None:
    """With an application already made, the verbs speak English and install no translator."""


def test_the_import_and_export_verbs(
    store: Store, tmp_path: Path, capsys: pytest.CaptureFixture[str], quiet_cli: None
) -> None:
    bad = write_csv(tmp_path / "bad.csv", [HEADER, GOOD[0], ["นาย", "ก", "ข", "123", COLLEGE, ""]])
    good = write_csv(tmp_path / "good.csv", [HEADER, *GOOD])
    store.close()
    database = str(store.path)
    assert cli.run(["import", "teachers", str(bad), "--db", database]) != 0
    captured = capsys.readouterr()
    assert "error\t3\tเลขประจำตัวประชาชน\t" in captured.out
    assert "123\t" not in captured.out
    assert "nothing was imported" in captured.err
    assert cli.run(["import", "teachers", str(good), "--db", database]) == 0
    assert "written\t3" in capsys.readouterr().out.splitlines()
    exported = tmp_path / "teachers.xlsx"
    assert cli.run(["export", "teachers", str(exported), "--db", database]) == 0
    sheet = openpyxl.load_workbook(exported).active
    assert sheet is not None
    assert sheet.max_row == 4
