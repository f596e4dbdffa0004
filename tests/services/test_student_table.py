"""Importing and exporting students: a good file, bad rows reported with row and column and
nothing written, sensitive columns accepted only with their basis, duplicates (student code
in a college, national id), the sensitive data never in the standard export, the round trip
of an export, and the ``import students`` / ``export students`` verbs."""

from __future__ import annotations

import csv
from pathlib import Path
from typing import Any

import openpyxl
import pytest
from sqlalchemy import func, select

from app import cli
from app.models.enums import CollegeGroupCode, Level, Ownership, StudyModeCode
from app.models.network import Center, College
from app.models.students import Student
from app.services.store import Store
from app.services.tabular import (
    ImportPlan,
    RowStatus,
    TableKind,
    commit_import,
    export_xlsx,
    plan_import,
    spec_for,
    write_template,
)
from app.services.tabular.student_table import (
    SENSITIVE_FIELDS,
    export_rows,
    export_rows_with_sensitive,
    export_xlsx_with_sensitive,
)
from app.services.tabular.templates import EXAMPLE_SHEET

KIND = TableKind.STUDENTS
COLLEGE = "วิทยาลัยเทคนิคชลบุรี"
CODE = "1320016101"
VALID_ID = "1101700207030"
NEEDS = "ต้องการล่ามภาษามือ"
BASIS = "หนังสือยินยอมของผู้ปกครอง"
HEADER = [
    "สถานศึกษา", "รหัสนักเรียน", "คำนำหน้าชื่อ", "ชื่อ", "นามสกุล", "เลขประจำตัวประชาชน",
    "ระดับ", "ชั้นปี", "ปีการศึกษาที่เข้าเรียน", "รูปแบบการศึกษา",
    "ความต้องการพิเศษ", "ทุน กสศ.", "ฐานในการเก็บข้อมูลอ่อนไหว",
]  # fmt: skip
GOOD = [
    [COLLEGE, "66001", "นาย", "สมชาย", "ใจดี", "1-1017-00207-03-0", "ปวส.", "1", "2568",
     "ทวิภาคี", NEEDS, "ใช่", BASIS],
    [CODE, "66002", "น.ส.", "สมหญิง", "รักเรียน", "", "ปวช.", "3", "2566", "", "", "", ""],
    [COLLEGE, "", "", "Somsak", "Deejai", "", "ทล.บ.", "2", "2567", "ในระบบ", "", "ไม่ใช่",
     BASIS],
]  # fmt: skip


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


def students(store: Store) -> dict[str, Student]:
    with store.session() as session:
        rows = list(session.scalars(select(Student).where(Student.deleted.is_(False))))
        session.expunge_all()
        return {row.first_name: row for row in rows}


def count(store: Store) -> int:
    with store.session() as session:
        return session.scalar(select(func.count()).select_from(Student)) or 0


def test_a_good_file_imports_every_student(store: Store, tmp_path: Path) -> None:
    checked = plan(store, write_csv(tmp_path / "students.csv", [HEADER, *GOOD]))
    assert checked.issues() == []
    assert commit_import(store, checked).created == 3
    rows = students(store)
    somchai = rows["สมชาย"]
    assert (somchai.title_code, somchai.national_id, somchai.level) == ("mr", VALID_ID, Level.PVS)
    assert (somchai.study_mode, somchai.entry_academic_year) == (StudyModeCode.DUAL, 2568)
    assert (somchai.special_needs, somchai.equity_scholarship, somchai.sensitive_basis) == (
        NEEDS,
        True,
        BASIS,
    )
    somying = rows["สมหญิง"]
    assert (somying.title_code, somying.study_mode, somying.year_of_study) == (
        "miss",
        StudyModeCode.FORMAL,  # empty: formal
        3,
    )
    assert somying.equity_scholarship is None and somying.sensitive_basis is None
    assert rows["Somsak"].equity_scholarship is False
    with store.session() as session:
        center = session.scalars(select(Center).where(Center.seq == 11)).one()
    assert {row.subject_id for row in rows.values()} == {center.subject_id}


def _row(changes: dict[str, str]) -> list[str]:
    """The second good row with another student code and ``changes`` (header -> cell); a
    dict, not keywords: Python normalises identifiers (NFKC), which changes Thai ำ."""
    values = dict(zip(HEADER, GOOD[1], strict=True))
    values["รหัสนักเรียน"] = "66099"
    assert set(changes) <= set(values)
    values.update(changes)
    return [values[header] for header in HEADER]


@pytest.mark.parametrize(
    ("bad", "column"),
    [
        (_row({"เลขประจำตัวประชาชน": "1101700207031"}), "เลขประจำตัวประชาชน"),
        (_row({"ชั้นปี": "3", "ระดับ": "ปวส."}), "ชั้นปี"),
        (_row({"ชั้นปี": "4"}), "ชั้นปี"),
        (_row({"ระดับ": "ระยะสั้น"}), "ระดับ"),
        (_row({"สถานศึกษา": "วิทยาลัยนอกเครือข่าย"}), "สถานศึกษา"),
        (_row({"นามสกุล": ""}), "นามสกุล"),
        (_row({"ความต้องการพิเศษ": NEEDS}), "ฐานในการเก็บข้อมูลอ่อนไหว"),
        (_row({"ทุน กสศ.": "ใช่"}), "ฐานในการเก็บข้อมูลอ่อนไหว"),
    ],
)
def test_a_bad_row_is_reported_with_row_and_column_and_nothing_is_written(
    store: Store, tmp_path: Path, bad: list[str], column: str
) -> None:
    path = write_csv(tmp_path / "bad.csv", [HEADER, *GOOD, bad])
    checked = plan(store, path)
    [issue] = checked.issues()
    assert (issue.row, issue.column) == (5, column)
    assert "1101700207031" not in issue.message and NEEDS not in issue.message
    assert not checked.can_commit
    with pytest.raises(Exception, match="error"):
        commit_import(store, checked)
    assert count(store) == 0


def test_sensitive_data_without_the_basis_column_is_refused(store: Store, tmp_path: Path) -> None:
    header = ["สถานศึกษา", "ชื่อ", "นามสกุล", "ระดับ", "ชั้นปี", "ปีการศึกษาที่เข้าเรียน", "ทุน กสศ."]
    row = [COLLEGE, "ก", "ข", "ปวช.", "1", "2568", "ใช่"]
    [issue] = plan(store, write_csv(tmp_path / "no-basis.csv", [header, row])).issues()
    assert issue.row == 2 and "ฐานในการเก็บข้อมูลอ่อนไหว" in (issue.column or "")


def test_duplicates_by_code_in_a_college_or_by_national_id(store: Store, tmp_path: Path) -> None:
    commit_import(store, plan(store, write_csv(tmp_path / "first.csv", [HEADER, GOOD[0]])))
    rows = [
        HEADER,
        _row({"รหัสนักเรียน": "66001", "สถานศึกษา": COLLEGE, "ชื่อ": "อื่น"}),  # same code, same college
        _row({"รหัสนักเรียน": "77001", "เลขประจำตัวประชาชน": VALID_ID}),  # same national id
        _row({"รหัสนักเรียน": "66001", "สถานศึกษา": "วิทยาลัยเทคนิคสัตหีบ"}),  # same code, other college
        _row({"รหัสนักเรียน": "66001", "สถานศึกษา": "วิทยาลัยเทคนิคสัตหีบ"}),  # same as row 4
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


def test_the_template_example_is_a_valid_row(store: Store, tmp_path: Path) -> None:
    path = tmp_path / "template.xlsx"
    write_template(KIND, path)
    workbook = openpyxl.load_workbook(path)
    example = tmp_path / "example.csv"
    write_csv(example, [list(row) for row in workbook[EXAMPLE_SHEET].iter_rows(values_only=True)])
    checked = plan(store, example)
    assert checked.issues() == []
    assert [row.status for row in checked.rows] == [RowStatus.NEW]


def _cells(path: Path) -> list[list[Any]]:
    sheet = openpyxl.load_workbook(path).active
    assert sheet is not None
    return [list(row) for row in sheet.iter_rows(values_only=True)]


def test_the_standard_export_never_holds_sensitive_data(store: Store, tmp_path: Path) -> None:
    commit_import(store, plan(store, write_csv(tmp_path / "in.csv", [HEADER, *GOOD])))
    exported = tmp_path / "out.xlsx"
    with store.session() as session:
        assert export_xlsx(session, KIND, exported) == 3
        plain = list(export_rows(session, None))
        full = list(export_rows_with_sensitive(session, None))
    spec = spec_for(KIND)
    sensitive = len(SENSITIVE_FIELDS)
    assert [column.field for column in spec.columns[-sensitive:]] == list(SENSITIVE_FIELDS)
    assert all(len(row) == len(spec.columns) - sensitive for row in plain)
    assert all(len(row) == len(spec.columns) for row in full)
    cells = _cells(exported)
    text = repr(cells)
    assert NEEDS not in text and BASIS not in text
    for row in cells[1:]:
        assert all(value is None for value in row[-sensitive:])
    assert cells[1][:6] == [COLLEGE, "66001", "นาย", "สมชาย", "ใจดี", VALID_ID]
    assert cells[1][6:11] == ["ปวส.", 1, 2568, "สาขาวิชาเมคคาทรอนิกส์และหุ่นยนต์", "ทวิภาคี"]

    # asked for on purpose, they are written
    asked = tmp_path / "with-sensitive.xlsx"
    with store.session() as session:
        assert export_xlsx_with_sensitive(session, asked) == 3
    by_name = {row[3]: row for row in _cells(asked)[1:]}
    assert by_name["สมชาย"][-sensitive:] == [NEEDS, "ใช่", BASIS]
    assert by_name["Somsak"][-sensitive:] == [None, "ไม่ใช่", BASIS]
    assert by_name["สมหญิง"][-sensitive:] == [None, None, None]


@pytest.mark.parametrize("sensitive", [False, True])
def test_an_export_imports_back_as_the_same_students(
    store: Store, tmp_path: Path, sensitive: bool
) -> None:
    commit_import(store, plan(store, write_csv(tmp_path / "in.csv", [HEADER, *GOOD])))
    exported = tmp_path / "out.xlsx"
    with store.session() as session:
        if sensitive:
            export_xlsx_with_sensitive(session, exported)
        else:
            export_xlsx(session, KIND, exported)

    def shown(row: Student) -> tuple[Any, ...]:
        kept = (row.special_needs, row.equity_scholarship, row.sensitive_basis)
        return (
            row.college_id,
            row.student_code,
            row.title_code,
            row.first_name,
            row.last_name,
            row.national_id,
            row.level,
            row.year_of_study,
            row.entry_academic_year,
            row.subject_id,
            row.study_mode,
            kept if sensitive else None,
        )

    before = sorted((shown(row) for row in students(store).values()), key=str)
    with store.transaction() as session:
        for student in session.scalars(select(Student)):
            student.deleted = True
    checked = plan(store, exported)
    assert checked.issues() == []
    assert commit_import(store, checked).created == 3
    after = students(store)
    assert sorted((shown(row) for row in after.values()), key=str) == before
    if not sensitive:
        assert all(row.special_needs is None for row in after.values())


@pytest.fixture
def quiet_cli(qapp: Any) -> None:
    """With an application already made, the verbs speak English and install no translator."""


def test_the_import_and_export_verbs(
    store: Store, tmp_path: Path, capsys: pytest.CaptureFixture[str], quiet_cli: None
) -> None:
    bad_row = _row({"เลขประจำตัวประชาชน": "123"})
    bad = write_csv(tmp_path / "bad.csv", [HEADER, GOOD[0], bad_row])
    good = write_csv(tmp_path / "good.csv", [HEADER, *GOOD])
    store.close()
    database = str(store.path)
    assert cli.run(["import", "students", str(bad), "--db", database]) != 0
    captured = capsys.readouterr()
    assert "error\t3\tเลขประจำตัวประชาชน\t" in captured.out
    assert "123\t" not in captured.out
    assert "nothing was imported" in captured.err
    assert cli.run(["import", "students", str(good), "--db", database]) == 0
    assert "written\t3" in capsys.readouterr().out.splitlines()
    exported = tmp_path / "students.xlsx"
    assert cli.run(["export", "students", str(exported), "--db", database]) == 0
    cells = _cells(exported)
    assert len(cells) == 4
    assert NEEDS not in repr(cells) and BASIS not in repr(cells)
    # asked for on purpose, the verb writes them; another kind refuses the flag
    asked = tmp_path / "students-sensitive.xlsx"
    assert cli.run(["export", "students", str(asked), "--db", database, "--with-sensitive"]) == 0
    assert NEEDS in repr(_cells(asked)) and BASIS in repr(_cells(asked))
    capsys.readouterr()
    teachers = tmp_path / "teachers.xlsx"
    assert cli.run(["export", "teachers", str(teachers), "--db", database, "--with-sensitive"]) != 0
    assert "--with-sensitive" in capsys.readouterr().err
    assert not teachers.exists()
