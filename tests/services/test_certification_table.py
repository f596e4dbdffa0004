"""Certification results from and to spreadsheets: good rows, bad rows (nothing written),
duplicates, certificate numbers used twice, people of another network, the template's
example and the command-line verbs."""

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
from app.models.certification import Certification, CertificationCenter
from app.models.enums import (
    CertificationCenterKind,
    CertificationCenterStatus,
    CertificationResult,
    CollegeGroupCode,
    Level,
    Ownership,
    PersonKind,
    StudyModeCode,
)
from app.models.network import College
from app.models.students import Student
from app.models.teachers import Teacher
from app.services.store import Store
from app.services.tabular import (
    FileProblem,
    ImportFileError,
    RowStatus,
    TableKind,
    commit_import,
    plan_import,
    spec_for,
)
from app.services.tabular.exporter import export_xlsx
from app.services.tabular.templates import EXAMPLE_SHEET, write_template

KIND = TableKind.CERTIFICATIONS
HOST = "วิทยาลัยเทคนิคสัตหีบ"
CENTER = "ศูนย์ประเมินสมรรถนะบุคคลตามมาตรฐานอาชีพ วิทยาลัยเทคนิคสัตหีบ"
HEADER = [
    "ประเภทบุคคล",
    "ชื่อ",
    "นามสกุล",
    "สถานศึกษา",
    "รหัสนักเรียน",
    "ศูนย์ประเมิน/ศูนย์ทดสอบ",
    "มาตรฐานอาชีพ",
    "ระดับ",
    "ผลการประเมิน",
    "เลขที่หนังสือรับรอง",
    "วันที่ประเมิน",
]
STANDARD = "มาตรฐานอาชีพช่างเทคนิคเมคคาทรอนิกส์"
TEACHER_ROW = ["ครู", "สมชาย", "ใจดี", HOST, "", CENTER, STANDARD, 3, "ผ่าน", "T-1", "15/1/2569"]
STUDENT_ROW = ["student", "กนกพร", "ขยันเรียน", HOST, "6630001", "", STANDARD, "", "passed",
               "T-2", "16/1/2569"]  # fmt: skip
GRADUATE_ROW = ["ผู้สำเร็จการศึกษา", "กนกพร", "ขยันเรียน", HOST, "", CENTER, STANDARD, 4,
                "ไม่ผ่าน", "", "2026-02-01"]  # fmt: skip


@pytest.fixture
def store(center_store: Store) -> Store:
    """The host college's teacher and student, a center, and a college of another network."""
    with center_store.transaction() as session:
        other = College(
            name_th="วิทยาลัยเทคนิคต่างเครือข่าย",
            code="9999",
            ownership=Ownership.PUBLIC,
            group=CollegeGroupCode.STANDARD,
            center_id=12,
        )
        session.add(other)
        session.flush()
        session.add_all(
            [
                Teacher(college_id=1, first_name="สมชาย", last_name="ใจดี"),
                Teacher(college_id=other.id, first_name="สมศักดิ์", last_name="ไกลบ้าน"),
                Student(
                    college_id=1,
                    student_code="6630001",
                    first_name="กนกพร",
                    last_name="ขยันเรียน",
                    level=Level.PVS,
                    year_of_study=2,
                    entry_academic_year=2567,
                    study_mode=StudyModeCode.FORMAL,
                ),
                CertificationCenter(
                    college_id=1,
                    kind=CertificationCenterKind.TPQI,
                    name=CENTER,
                    status=CertificationCenterStatus.ACCREDITED,
                ),
            ]
        )
    return center_store


def write_csv(path: Path, rows: Sequence[Sequence[Any]]) -> Path:
    with path.open("w", encoding="utf-8", newline="") as handle:
        csv.writer(handle).writerows(rows)
    return path


def results(store: Store) -> int:
    with store.session() as session:
        return session.scalar(select(func.count()).select_from(Certification)) or 0


def _plan(store: Store, path: Path) -> Any:
    with store.session() as session:
        return plan_import(session, KIND, path)


def _errors(store: Store, tmp_path: Path, *rows: list[Any]) -> list[tuple[int, str | None]]:
    checked = _plan(store, write_csv(tmp_path / "rows.csv", [HEADER, *rows]))
    return [(issue.row, issue.column) for issue in checked.issues()]


def test_good_rows_are_imported_and_exported_back(store: Store, tmp_path: Path) -> None:
    checked = _plan(store, write_csv(tmp_path / "good.csv", [HEADER, TEACHER_ROW, STUDENT_ROW,
                                                             GRADUATE_ROW]))  # fmt: skip
    assert (checked.new_count, checked.error_count) == (3, 0)
    assert commit_import(store, checked).created == 3
    with store.session() as session:
        rows = session.execute(
            select(
                Certification.person_kind,
                Certification.certification_center_id,
                Certification.level,
                Certification.result,
                Certification.certificate_no,
                Certification.assessed_on,
            ).order_by(Certification.id)
        ).all()
    assert [tuple(row) for row in rows] == [
        (PersonKind.TEACHER, 1, 3, CertificationResult.PASSED, "T-1", date(2026, 1, 15)),
        (PersonKind.STUDENT, None, None, CertificationResult.PASSED, "T-2", date(2026, 1, 16)),
        (PersonKind.GRADUATE, 1, 4, CertificationResult.FAILED, None, date(2026, 2, 1)),
    ]
    exported = tmp_path / "results.xlsx"
    with store.session() as session:
        assert export_xlsx(session, KIND, exported) == 3
    sheet = openpyxl.load_workbook(exported).active
    assert sheet is not None
    values = list(sheet.iter_rows(values_only=True))
    assert list(values[0]) == [column.header_th for column in spec_for(KIND).columns]
    assert values[1][:4] == ("ครู", "สมชาย", "ใจดี", HOST)
    assert values[2][4] == "6630001"
    # The export imports again as duplicates only.
    again = _plan(store, exported)
    assert (again.new_count, again.duplicate_count, again.error_count) == (0, 3, 0)


def test_a_bad_row_is_reported_and_nothing_is_written(store: Store, tmp_path: Path) -> None:
    bad = [*TEACHER_ROW[:8], "บางส่วน", "", "15/1/2569"]
    checked = _plan(store, write_csv(tmp_path / "bad.csv", [HEADER, STUDENT_ROW, bad]))
    assert checked.error_count == 1
    assert [(issue.row, issue.column) for issue in checked.issues()] == [(3, "ผลการประเมิน")]
    assert not checked.can_commit
    assert results(store) == 0


def test_the_same_result_twice_is_a_duplicate(store: Store, tmp_path: Path) -> None:
    path = write_csv(tmp_path / "twice.csv", [HEADER, TEACHER_ROW, TEACHER_ROW])
    checked = _plan(store, path)
    assert [row.status for row in checked.rows] == [RowStatus.NEW, RowStatus.DUPLICATE]
    commit_import(store, checked)
    again = _plan(store, path)
    assert again.duplicate_count == 2 and again.error_count == 0
    assert results(store) == 1


def test_a_certificate_number_twice_is_an_error(store: Store, tmp_path: Path) -> None:
    other_day = [*TEACHER_ROW[:10], "20/1/2569"]
    assert _errors(store, tmp_path, TEACHER_ROW, other_day) == [(3, "เลขที่หนังสือรับรอง")]
    commit_import(store, _plan(store, write_csv(tmp_path / "one.csv", [HEADER, TEACHER_ROW])))
    assert _errors(store, tmp_path, other_day) == [(2, "เลขที่หนังสือรับรอง")]
    failed_with_number = [*STUDENT_ROW[:8], "ไม่ผ่าน", "T-9", "16/1/2569"]
    assert _errors(store, tmp_path, failed_with_number) == [(2, "เลขที่หนังสือรับรอง")]


def test_people_must_be_found_in_this_network(store: Store, tmp_path: Path) -> None:
    stranger = ["ครู", "สมศักดิ์", "ไกลบ้าน", "9999", "", "", STANDARD, 3, "ผ่าน", "", "1/2/2569"]
    unknown = ["ครู", "ไม่มี", "ตัวตน", HOST, "", "", STANDARD, 3, "ผ่าน", "", "1/2/2569"]
    wrong_code = [*STUDENT_ROW[:4], "0000", *STUDENT_ROW[5:9], "", STUDENT_ROW[10]]
    teacher_with_code = [*TEACHER_ROW[:4], "6630001", *TEACHER_ROW[5:]]
    no_center = [*TEACHER_ROW[:5], "ศูนย์ที่ไม่มี", *TEACHER_ROW[6:9], "", TEACHER_ROW[10]]
    assert _errors(
        store, tmp_path, stranger, unknown, wrong_code, teacher_with_code, no_center
    ) == [
        (2, "สถานศึกษา"),
        (3, "ชื่อ"),
        (4, "รหัสนักเรียน"),
        (5, "รหัสนักเรียน"),
        (6, "ศูนย์ประเมิน/ศูนย์ทดสอบ"),
    ]
    assert results(store) == 0


def test_an_empty_file_is_refused(store: Store, tmp_path: Path) -> None:
    path = tmp_path / "empty.csv"
    path.write_bytes(b"")
    with pytest.raises(ImportFileError) as refused:
        _plan(store, path)
    assert refused.value.problem is FileProblem.EMPTY


def test_the_templates_example_is_a_valid_row(store: Store, tmp_path: Path) -> None:
    template = tmp_path / "template.xlsx"
    write_template(KIND, template)
    example = openpyxl.load_workbook(template)[EXAMPLE_SHEET]
    rows = [list(row) for row in example.iter_rows(values_only=True)]
    with store.transaction() as session:
        college = College(
            name_th="วิทยาลัยเทคนิคชลบุรี",
            ownership=Ownership.PUBLIC,
            group=CollegeGroupCode.EXPERT,
            center_id=11,
        )
        session.add(college)
        session.flush()
        session.add(
            Student(
                college_id=college.id,
                student_code="66301040001",
                first_name="สมชาย",
                last_name="ใจดี",
                level=Level.PVC,
                year_of_study=3,
                entry_academic_year=2566,
                study_mode=StudyModeCode.FORMAL,
            )
        )
        session.add(
            CertificationCenter(
                college_id=college.id,
                kind=CertificationCenterKind.TPQI,
                name="ศูนย์ประเมินสมรรถนะบุคคลตามมาตรฐานอาชีพ วิทยาลัยเทคนิคชลบุรี",
                status=CertificationCenterStatus.PREPARING,
            )
        )
    checked = _plan(store, write_csv(tmp_path / "example.csv", rows))
    assert checked.issues() == [] and checked.new_count == 1


@pytest.fixture
def quiet_cli(qapp: Any) -> None:
    """With an application already made, the verbs install no translator."""


def test_the_import_and_export_verbs(
    store: Store, tmp_path: Path, capsys: pytest.CaptureFixture[str], quiet_cli: None
) -> None:
    good = write_csv(tmp_path / "good.csv", [HEADER, TEACHER_ROW, STUDENT_ROW])
    bad = write_csv(tmp_path / "bad.csv", [HEADER, GRADUATE_ROW, [*TEACHER_ROW[:3], "ไม่มี",
                                                                   *TEACHER_ROW[4:]]])  # fmt: skip
    store.close()
    database = str(store.path)
    assert cli.run(["import", KIND.value, str(bad), "--db", database]) != 0
    captured = capsys.readouterr()
    assert "error\t3\tสถานศึกษา\t" in captured.out
    assert results(store) == 0
    assert cli.run(["import", KIND.value, str(good), "--db", database]) == 0
    assert "written\t2" in capsys.readouterr().out.splitlines()
    exported = tmp_path / "out.xlsx"
    assert cli.run(["export", KIND.value, str(exported), "--db", database]) == 0
    sheet = openpyxl.load_workbook(exported).active
    assert sheet is not None and sheet.max_row == 3
    assert results(store) == 2
