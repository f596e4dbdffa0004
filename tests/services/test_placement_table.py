"""Student placements from and to spreadsheets: good rows, a bad row (nothing written),
duplicates, overlap and capacity across the file, the safety gate, and the CLI verbs."""

from __future__ import annotations

import csv
from collections.abc import Sequence
from pathlib import Path
from typing import Any

import openpyxl
import pytest
from sqlalchemy import func, select

from app import cli
from app.models.enums import (
    BriefingKind,
    EnterpriseLocation,
    Level,
    PlacementMode,
    PlacementStatus,
    StudyModeCode,
)
from app.models.matching import PlacementCapacity
from app.models.network import Enterprise, Subject
from app.models.students import Placement, SafetyBriefing, Student
from app.models.teachers import Teacher
from app.services.store import Store
from app.services.tabular import RowStatus, TableKind, commit_import, plan_import
from app.services.thai.dates import parse_thai_date

KIND = TableKind.PLACEMENTS
HOST = "วิทยาลัยเทคนิคสัตหีบ"
FIRM = "บริษัท หุ่นยนต์ไทย จำกัด"
OTHER_FIRM = "บริษัท ออโตเมชั่น จำกัด"
HEADER = [
    "สถานศึกษา", "รหัสนักเรียน", "สถานประกอบการ", "รูปแบบการฝึก", "วันเริ่มฝึก",
    "วันสิ้นสุดการฝึก", "ครูฝึก", "ครูนิเทศก์", "งานที่ตกลง", "สถานะ", "เหตุผลที่ถอนตัว",
]  # fmt: skip
ROW_1 = [HOST, "6630001", FIRM, "ทวิภาคี", "1/11/2568", "28/2/2569", "นายสมศักดิ์", "สมชาย ใจดี",
         "ประกอบชิ้นงาน", "วางแผน", ""]  # fmt: skip
ROW_2 = [HOST, "6630002", FIRM, "dual", "1/11/2568", "28/2/2569", "", "", "", "", ""]


@pytest.fixture
def store(center_store: Store) -> Store:
    with center_store.transaction() as session:
        session.add_all(
            [
                Teacher(college_id=1, first_name="สมชาย", last_name="ใจดี"),
                Enterprise(name_th=FIRM, location=EnterpriseLocation.DOMESTIC),
                Enterprise(name_th=OTHER_FIRM, location=EnterpriseLocation.DOMESTIC),
            ]
        )
        for code, first in (("6630001", "กนกพร"), ("6630002", "ขวัญใจ"), ("6630003", "ชนิดา")):
            session.add(
                Student(
                    college_id=1,
                    student_code=code,
                    first_name=first,
                    last_name="ขยันเรียน",
                    level=Level.PVS,
                    year_of_study=2,
                    entry_academic_year=2567,
                    study_mode=StudyModeCode.DUAL,
                )
            )
    return center_store


def write_csv(path: Path, rows: Sequence[Sequence[Any]]) -> Path:
    with path.open("w", encoding="utf-8", newline="") as handle:
        csv.writer(handle).writerows(rows)
    return path


def placements(store: Store) -> int:
    with store.session() as session:
        return session.scalar(select(func.count()).select_from(Placement)) or 0


def _plan(store: Store, path: Path) -> Any:
    with store.session() as session:
        return plan_import(session, KIND, path)


def _issues(store: Store, tmp_path: Path, *rows: list[Any]) -> list[tuple[int, str | None]]:
    checked = _plan(store, write_csv(tmp_path / "rows.csv", [HEADER, *rows]))
    return [(issue.row, issue.column) for issue in checked.issues()]


def test_good_rows_are_imported(store: Store, tmp_path: Path) -> None:
    checked = _plan(store, write_csv(tmp_path / "good.csv", [HEADER, ROW_1, ROW_2]))
    assert checked.issues() == [] and checked.new_count == 2
    commit_import(store, checked)
    with store.session() as session:
        rows = session.scalars(select(Placement).order_by(Placement.id)).all()
        assert [row.mode for row in rows] == [PlacementMode.DUAL, PlacementMode.DUAL]
        assert rows[0].supervisor_teacher_id is not None and rows[1].supervisor_teacher_id is None
        assert rows[0].college_id == 1 and rows[1].status is PlacementStatus.PLANNED
        assert rows[0].starts_on == parse_thai_date("1/11/2568")


def test_a_bad_row_is_reported_and_nothing_is_written(store: Store, tmp_path: Path) -> None:
    bad = [*ROW_2[:4], "1/3/2569", *ROW_2[5:]]  # ends before it starts
    checked = _plan(store, write_csv(tmp_path / "bad.csv", [HEADER, ROW_1, bad]))
    assert [(issue.row, issue.column) for issue in checked.issues()] == [(3, "วันสิ้นสุดการฝึก")]
    with pytest.raises(Exception):  # noqa: B017 - CommitRefusedError
        commit_import(store, checked)
    assert placements(store) == 0


def test_the_same_placement_twice_is_a_duplicate(store: Store, tmp_path: Path) -> None:
    checked = _plan(store, write_csv(tmp_path / "twice.csv", [HEADER, ROW_1, ROW_1]))
    assert [row.status for row in checked.rows] == [RowStatus.NEW, RowStatus.DUPLICATE]
    commit_import(store, checked)
    again = _plan(store, write_csv(tmp_path / "again.csv", [HEADER, ROW_1]))
    assert again.duplicate_count == 1 and again.error_count == 0
    assert placements(store) == 1


def test_overlap_and_capacity_count_across_the_file(store: Store, tmp_path: Path) -> None:
    overlapping = [HOST, "6630001", OTHER_FIRM, "ฝึกงาน", "28/2/2569", "31/3/2569",
                   "", "", "", "", ""]  # fmt: skip
    assert _issues(store, tmp_path, ROW_1, overlapping) == [(3, "วันเริ่มฝึก")]
    with store.transaction() as session:
        enterprise = session.scalar(select(Enterprise.id).where(Enterprise.name_th == FIRM))
        session.add(
            PlacementCapacity(
                enterprise_id=enterprise,
                college_id=1,
                subject_id=session.scalar(select(Subject.id)),
                level=Level.PVS,
                fiscal_year=2569,
                mode=PlacementMode.DUAL,
                seats=1,
            )
        )
    third = [HOST, "6630003", FIRM, "ทวิภาคี", "1/12/2568", "28/2/2569", "", "", "", "", ""]
    assert _issues(store, tmp_path, ROW_1, ROW_2, third) == [
        (3, "สถานประกอบการ"),
        (4, "สถานประกอบการ"),
    ]


def test_started_and_withdrawn_rows_follow_the_forms_rules(store: Store, tmp_path: Path) -> None:
    started = [*ROW_1[:9], "กำลังฝึก", ""]
    withdrawn = [*ROW_2[:9], "ถอนตัว", ""]
    assert _issues(store, tmp_path, started, withdrawn) == [
        (2, "สถานะ"),
        (3, "เหตุผลที่ถอนตัว"),
    ]
    with store.transaction() as session:
        student = session.scalar(select(Student.id).where(Student.student_code == "6630001"))
        for kind in BriefingKind:
            session.add(
                SafetyBriefing(
                    student_id=student,
                    kind=kind,
                    held_on=parse_thai_date("20/10/2568"),
                    given_by="ครูสมชาย",
                )
            )
    withdrawn[-1] = "ย้ายสถานศึกษา"
    assert _issues(store, tmp_path, started, withdrawn) == []


def test_an_unknown_student_is_an_error(store: Store, tmp_path: Path) -> None:
    unknown = [HOST, "9999999", *ROW_1[2:]]
    assert _issues(store, tmp_path, unknown) == [(2, "รหัสนักเรียน")]


@pytest.fixture
def quiet_cli(qapp: Any) -> None:
    """With an application already made, the verbs install no translator."""


def test_the_import_and_export_verbs(
    store: Store, tmp_path: Path, capsys: pytest.CaptureFixture[str], quiet_cli: None
) -> None:
    good = write_csv(tmp_path / "good.csv", [HEADER, ROW_1, ROW_2])
    bad = write_csv(tmp_path / "bad.csv", [HEADER, ROW_1, [*ROW_2[:2], "ไม่มีบริษัทนี้", *ROW_2[3:]]])
    store.close()
    database = str(store.path)
    assert cli.run(["import", KIND.value, str(bad), "--db", database]) != 0
    assert "error\t3\tสถานประกอบการ\t" in capsys.readouterr().out
    assert placements(store) == 0
    assert cli.run(["import", KIND.value, str(good), "--db", database]) == 0
    assert "written\t2" in capsys.readouterr().out.splitlines()
    exported = tmp_path / "out.xlsx"
    assert cli.run(["export", KIND.value, str(exported), "--db", database]) == 0
    sheet = openpyxl.load_workbook(exported).active
    assert sheet is not None and sheet.max_row == 3
    assert [cell.value for cell in sheet[2]][:4] == [HOST, "6630001", FIRM, "ทวิภาคี"]
    assert [cell.value for cell in sheet[2]][7] == "สมชาย ใจดี"
