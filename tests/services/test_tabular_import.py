"""Checking and saving imports: every kind, duplicates, errors, all-or-nothing commits."""

from __future__ import annotations

import csv
from collections.abc import Sequence
from datetime import date, datetime
from pathlib import Path
from typing import Any

import openpyxl
import pytest
from sqlalchemy import func, select

from app.models.base import SyncedBase
from app.models.enums import (
    AgreementKind,
    CollegeGroupCode,
    EnterpriseLocation,
    Level,
    Ownership,
)
from app.models.network import Center, College, Enterprise, WorkforceDemand
from app.services.store import Store
from app.services.tabular import (
    CommitProblem,
    CommitRefusedError,
    ImportPlan,
    RowStatus,
    commit_import,
    plan_import,
)


@pytest.fixture
def store(center_store: Store) -> Store:
    return center_store


def write_csv(path: Path, rows: Sequence[Sequence[Any]], encoding: str = "utf-8") -> Path:
    with path.open("w", encoding=encoding, newline="") as handle:
        csv.writer(handle).writerows(rows)
    return path


def write_xlsx(path: Path, rows: Sequence[Sequence[Any]]) -> Path:
    workbook = openpyxl.Workbook()
    for row in rows:
        workbook.active.append(list(row))
    workbook.save(path)
    return path


def check(store: Store, kind: str, path: Path) -> ImportPlan:
    with store.session() as session:
        return plan_import(session, kind, path)


def count(store: Store, model: type[SyncedBase]) -> int:
    with store.session() as session:
        query = select(func.count()).select_from(model).where(model.deleted.is_(False))
        return session.scalar(query) or 0


def add_enterprises(store: Store, *names: str) -> None:
    with store.transaction() as session:
        for name in names:
            session.add(Enterprise(name_th=name, location=EnterpriseLocation.DOMESTIC))


def add_college(store: Store, name: str, code: str | None = None) -> None:
    with store.transaction() as session:
        college = College(
            name_th=name, code=code, ownership=Ownership.PUBLIC, group=CollegeGroupCode.STANDARD
        )
        session.add(college)


def test_colleges_are_stored_with_every_field_and_a_sync_stamp(
    store: Store, tmp_path: Path
) -> None:
    rows = [
        ["College name", "College code", "Ownership", "Group", "Province", "Levels taught",
         "Modes of study", "Phone", "Address"],
        ["  วิทยาลัยเทคนิค\u00a0ระยอง  ", "๑๓๒๐๐๑๖๑๐๑", "รัฐ", "", "จ.ระยอง",
         "ปวช., ปวส., ทล.บ.", "ทวิภาคี", "๐๓๘ ๖๑๑ ๑๑๐", "ถนนสุขุมวิท\nเมืองระยอง"],
        ["วิทยาลัยเทคโนโลยีพงษ์สวัสดิ์", "", "เอกชน", "Expert", "Bangkok", "ไม่มี", "",
         "02 123 4567", ""],
    ]  # fmt: skip
    plan = check(store, "colleges", write_xlsx(tmp_path / "colleges.xlsx", rows))
    assert (plan.new_count, plan.duplicate_count, plan.error_count) == (2, 0, 0)
    result = commit_import(store, plan)
    assert (result.created, result.skipped_duplicates) == (2, 0)
    assert plan.committed
    with store.session() as session:
        rayong = session.scalars(select(College).where(College.code == "1320016101")).one()
        private = session.scalars(select(College).where(College.ownership == "private")).one()
        center_id = session.scalars(select(Center.id).where(Center.seq == 11)).first()
    assert rayong.name_th == "วิทยาลัยเทคนิค ระยอง"
    assert rayong.group is CollegeGroupCode.STANDARD
    assert rayong.province_code == "21"
    assert (rayong.teaches_pvc, rayong.teaches_pvs, rayong.teaches_btech) == (True, True, True)
    assert (rayong.teaches_short, rayong.offers_formal, rayong.offers_dual) == (False, False, True)
    assert rayong.phone == "+6638611110"
    assert rayong.address == "ถนนสุขุมวิท\nเมืองระยอง"
    assert rayong.center_id is not None
    assert center_id is not None
    assert store.site_clock is not None
    assert rayong.hlc and rayong.modified_by_site == store.site_clock.site_uuid
    assert rayong.pending_send is True
    assert private.group is CollegeGroupCode.EXPERT
    assert private.province_code == "10"
    assert not any((private.teaches_pvc, private.teaches_pvs, private.teaches_short))
    assert (private.offers_formal, private.offers_dual) == (True, True)  # the defaults


def test_enterprise_location_and_country_rules(store: Store, tmp_path: Path) -> None:
    rows = [
        ["ชื่อสถานประกอบการ", "ในประเทศ/ต่างประเทศ", "ประเทศ", "จังหวัด", "ขนาด", "อีเมล"],
        ["บริษัท ก จำกัด", "", "", "ชลบุรี", "ขนาดกลาง", "hr@a.co.th"],
        ["Toyota Motor Corporation", "", "ญี่ปุ่น", "", "L", ""],
        ["บริษัท ข จำกัด", "ต่างประเทศ", "", "", "", ""],
        ["บริษัท ค จำกัด", "ในประเทศ", "Japan", "", "", ""],
        ["บริษัท ง จำกัด", "ต่างประเทศ", "DE", "ระยอง", "", ""],
    ]
    plan = check(store, "enterprises", write_csv(tmp_path / "e.csv", rows))
    statuses = [row.status for row in plan.rows]
    assert statuses == [RowStatus.NEW] * 2 + [RowStatus.ERROR] * 3
    assert plan.rows[1].values["location"] is EnterpriseLocation.ABROAD
    assert plan.rows[1].values["country_code"] == "JP"
    assert [(issue.row, issue.column) for issue in plan.issues()] == [
        (4, "ประเทศ"),
        (5, "ประเทศ"),
        (6, "จังหวัด"),
    ]


def test_demand_refers_to_enterprises_and_defaults_to_the_center_subject(
    store: Store, tmp_path: Path
) -> None:
    add_enterprises(store, "บริษัท ไทยออโตเมชั่น จำกัด")
    rows = [
        ["สถานประกอบการ", "สาขาวิชา", "ระดับ", "ปีงบประมาณ", "จำนวนที่ต้องการ", "หมายเหตุ"],
        ["บริษัท ไทยออโตเมชั่น  จำกัด", "", "ปวส.", "๒๕๖๙", "๑๒", "ด่วน"],
        ["บริษัท ไทยออโตเมชั่น จำกัด", "", "ปวช", 2026, 3, ""],
        ["บริษัท ที่ไม่มี จำกัด", "", "ปวส.", 2569, 1, ""],
        ["บริษัท ไทยออโตเมชั่น จำกัด", "ดาราศาสตร์", "ปวส.", 2569, 1, ""],
    ]
    plan = check(store, "demand", write_csv(tmp_path / "d.csv", rows))
    assert plan.new_count == 2
    assert [(i.row, i.column) for i in plan.issues()] == [(4, "สถานประกอบการ"), (5, "สาขาวิชา")]
    good = check(store, "demand", write_csv(tmp_path / "good.csv", rows[:3]))
    assert commit_import(store, good).created == 2
    with store.session() as session:
        demand = session.scalars(select(WorkforceDemand).order_by(WorkforceDemand.id)).all()
        subject_id = session.scalars(select(Center.subject_id).where(Center.seq == 11)).one()
    assert [(d.level, d.fiscal_year, d.positions) for d in demand] == [
        (Level.PVS, 2569, 12),
        (Level.PVC, 2569, 3),
    ]
    assert {d.subject_id for d in demand} == {subject_id}
    again = check(store, "demand", write_csv(tmp_path / "again.csv", rows[:3]))
    assert again.duplicate_count == 2


def test_agreements_with_dates_in_be_ce_thai_digits_and_date_cells(
    store: Store, tmp_path: Path
) -> None:
    add_enterprises(store, "บริษัท ก จำกัด", "บริษัท ข จำกัด")
    add_college(store, "วิทยาลัยเทคนิคระยอง", "1320016101")
    rows = [
        ["ประเภท", "สถานศึกษา", "สถานประกอบการ", "วันที่ลงนาม", "วันที่สิ้นสุด", "ทวิภาคี"],
        ["MOU", "วิทยาลัยเทคนิคระยอง", "บริษัท ก จำกัด", "1/10/2568", "30/9/2571", "ใช่"],
        ["moa", "1320016101", "บริษัท ก จำกัด", "2025-10-02", "", "ไม่ใช่"],
        ["MOU", "วิทยาลัยเทคนิคระยอง", "บริษัท ข จำกัด", "๑ ต.ค. ๖๘", "", ""],
        ["MOU", "วิทยาลัยเทคนิคระยอง", "บริษัท ข จำกัด", datetime(2025, 11, 1), date(2026, 1, 1), ""],
        ["MOU", "วิทยาลัยเทคนิคระยอง", "บริษัท ข จำกัด", "1/12/2568", "1/11/2568", ""],
        ["MOU", "วิทยาลัยเทคนิคระยอง", "บริษัท ข จำกัด", "31/2/2568", "", ""],
    ]
    plan = check(store, "agreements", write_xlsx(tmp_path / "a.xlsx", rows))
    assert [row.values.get("signed_on") for row in plan.rows[:4]] == [
        date(2025, 10, 1),
        date(2025, 10, 2),
        date(2025, 10, 1),
        date(2025, 11, 1),
    ]
    assert plan.rows[0].values["dual_system"] is True
    assert plan.rows[1].values["kind"] is AgreementKind.MOA
    assert plan.rows[2].values["dual_system"] is False
    assert [(i.row, i.column) for i in plan.issues()] == [
        (6, "วันที่สิ้นสุด"),
        (7, "วันที่ลงนาม"),
    ]


def test_a_college_name_shared_by_two_colleges_needs_the_code(store: Store, tmp_path: Path) -> None:
    add_enterprises(store, "บริษัท ก จำกัด")
    add_college(store, "วิทยาลัยการอาชีพ", "1")
    add_college(store, "วิทยาลัยการอาชีพ", "2")
    rows = [
        ["ประเภท", "สถานศึกษา", "สถานประกอบการ", "วันที่ลงนาม"],
        ["MOU", "วิทยาลัยการอาชีพ", "บริษัท ก จำกัด", "1/10/2568"],
        ["MOU", "2", "บริษัท ก จำกัด", "1/10/2568"],
    ]
    plan = check(store, "agreements", write_csv(tmp_path / "a.csv", rows))
    assert [row.status for row in plan.rows] == [RowStatus.ERROR, RowStatus.NEW]
    assert "code" in plan.issues()[0].message


def test_one_bad_row_among_good_ones_writes_nothing(store: Store, tmp_path: Path) -> None:
    rows = [
        ["ชื่อสถานศึกษา", "สังกัด (รัฐ/เอกชน)", "จังหวัด"],
        ["วิทยาลัย ก", "รัฐ", "ชลบุรี"],
        ["วิทยาลัย ข", "รัฐ", "ระยอง"],
        ["วิทยาลัย ค", "ของใคร", "ไม่มีจังหวัดนี้"],
        ["วิทยาลัย ง", "", "ระยอง"],
    ]
    before = count(store, College)
    plan = check(store, "colleges", write_csv(tmp_path / "bad.csv", rows))
    assert (plan.new_count, plan.error_count) == (2, 2)
    assert not plan.can_commit
    assert [(i.row, i.column) for i in plan.issues()] == [
        (4, "สังกัด (รัฐ/เอกชน)"),
        (4, "จังหวัด"),
        (5, "สังกัด (รัฐ/เอกชน)"),
    ]
    assert plan.issues()[2].message == "A value is required."
    with pytest.raises(CommitRefusedError) as refused:
        commit_import(store, plan)
    assert refused.value.problem is CommitProblem.HAS_ERRORS
    assert "2" in refused.value.message
    assert count(store, College) == before


def test_duplicates_in_the_file_and_in_the_database_are_reported_not_doubled(
    store: Store, tmp_path: Path
) -> None:
    header = ["ชื่อสถานศึกษา", "รหัสสถานศึกษา", "สังกัด"]
    first = check(
        store, "colleges", write_csv(tmp_path / "1.csv", [header, ["วิทยาลัย ก", "11", "รัฐ"]])
    )
    commit_import(store, first)
    rows = [
        header,
        ["วิทยาลัย  ก", "", "รัฐ"],  # same name as in the database (spaces do not matter)
        ["วิทยาลัย ใหม่", "11", "รัฐ"],  # same code as in the database
        ["วิทยาลัย ข", "", "เอกชน"],
        ["วิทยาลัย ข", "", "เอกชน"],  # same as row 4 of this file
    ]
    before = count(store, College)
    plan = check(store, "colleges", write_csv(tmp_path / "2.csv", rows))
    assert [row.status for row in plan.rows] == [
        RowStatus.DUPLICATE,
        RowStatus.DUPLICATE,
        RowStatus.NEW,
        RowStatus.DUPLICATE,
    ]
    messages = [issue.message for issue in plan.issues(RowStatus.DUPLICATE)]
    assert messages == [
        "Already in the database.",
        "Already in the database.",
        "Same as row 4 of this file.",
    ]
    result = commit_import(store, plan)
    assert (result.created, result.skipped_duplicates) == (1, 0)
    assert count(store, College) == before + 1


def test_a_row_that_became_a_duplicate_after_the_check_is_skipped(
    store: Store, tmp_path: Path
) -> None:
    path = write_csv(tmp_path / "c.csv", [["ชื่อสถานศึกษา", "สังกัด"], ["วิทยาลัย ก", "รัฐ"]])
    one, two = check(store, "colleges", path), check(store, "colleges", path)
    assert commit_import(store, one).created == 1
    result = commit_import(store, two)
    assert (result.created, result.skipped_duplicates) == (0, 1)
    with pytest.raises(CommitRefusedError) as again:
        commit_import(store, one)
    assert again.value.problem is CommitProblem.ALREADY_COMMITTED


def test_a_reference_deleted_after_the_check_refuses_the_whole_commit(
    store: Store, tmp_path: Path
) -> None:
    add_enterprises(store, "บริษัท ก จำกัด", "บริษัท ข จำกัด")
    rows = [
        ["สถานประกอบการ", "ระดับ", "ปีงบประมาณ", "จำนวนที่ต้องการ"],
        ["บริษัท ก จำกัด", "ปวส.", 2569, 5],
        ["บริษัท ข จำกัด", "ปวส.", 2569, 5],
    ]
    plan = check(store, "demand", write_csv(tmp_path / "d.csv", rows))
    with store.transaction() as session:
        gone = session.scalars(select(Enterprise).where(Enterprise.name_th == "บริษัท ข จำกัด"))
        session.delete(gone.one())
    with pytest.raises(CommitRefusedError) as refused:
        commit_import(store, plan)
    assert refused.value.problem is CommitProblem.STALE
    assert count(store, WorkforceDemand) == 0


def test_a_database_without_a_site_cannot_take_an_import(
    empty_store: Store, tmp_path: Path
) -> None:
    plan = check(
        empty_store,
        "colleges",
        write_csv(tmp_path / "c.csv", [["ชื่อสถานศึกษา", "สังกัด"], ["ก", "รัฐ"]]),
    )
    assert plan.new_count == 1
    with pytest.raises(CommitRefusedError) as refused:
        commit_import(empty_store, plan)
    assert refused.value.problem is CommitProblem.NO_SITE


def test_fifty_thousand_rows_in_one_transaction(store: Store, tmp_path: Path) -> None:
    enterprises = [f"บริษัท ทดสอบ {number} จำกัด" for number in range(500)]
    add_enterprises(store, *enterprises)
    path = tmp_path / "demand.csv"
    with path.open("w", encoding="utf-8", newline="") as handle:
        writer = csv.writer(handle)
        writer.writerow(["สถานประกอบการ", "ระดับ", "ปีงบประมาณ", "จำนวนที่ต้องการ"])
        for name in enterprises:
            for level in ("ปวช.", "ปวส.", "ทล.บ.", "ระยะสั้น"):
                writer.writerows([name, level, year, 5] for year in range(2550, 2575))
    checked: list[int] = []
    with store.session() as session:
        plan = plan_import(session, "demand", path, progress=checked.append)
    assert (plan.new_count, plan.error_count, plan.duplicate_count) == (50_000, 0, 0)
    assert checked[0] == 1_000
    assert checked[-1] == 50_000
    written: list[int] = []
    assert commit_import(store, plan, progress=written.append).created == 50_000
    assert written[-1] == 50_000
    assert count(store, WorkforceDemand) == 50_000
