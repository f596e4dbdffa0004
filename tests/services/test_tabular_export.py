"""Exports and templates: what the .xlsx holds, and export -> import gives the same records."""

from __future__ import annotations

import csv
import shutil
from collections.abc import Iterator
from datetime import date
from pathlib import Path
from typing import Any

import openpyxl
import pytest
from sqlalchemy import select
from sqlalchemy.orm import Session

from app.models.network import Agreement, College, Enterprise, Subject, WorkforceDemand
from app.services.site_setup import init_center_site
from app.services.store import Store, open_store
from app.services.tabular import (
    ExportFileError,
    FileProblem,
    RowStatus,
    TableKind,
    commit_import,
    export_xlsx,
    plan_import,
    spec_for,
    write_template,
)
from app.services.tabular.templates import EXAMPLE_SHEET, GUIDE_SHEET

COLLEGES = [
    ["ชื่อสถานศึกษา", "ชื่อภาษาอังกฤษ", "รหัสสถานศึกษา", "สังกัด", "กลุ่ม", "จังหวัด",
     "ระดับที่เปิดสอน", "รูปแบบการจัดการศึกษา", "ที่อยู่", "เบอร์โทร"],
    ["วิทยาลัยเทคนิคระยอง", "Rayong Technical College", "1321016101", "รัฐ", "Excellent",
     "ระยอง", "ปวช., ปวส., ทล.บ.", "ในระบบ, ทวิภาคี", "=ที่อยู่ที่ขึ้นต้นด้วยเท่ากับ",
     "038 611 110"],
    ["วิทยาลัยเทคโนโลยีพงษ์สวัสดิ์", "", "", "เอกชน", "Standard", "กรุงเทพมหานคร", "ไม่มี",
     "นอกระบบ", "", ""],
]  # fmt: skip
ENTERPRISES = [
    ["ชื่อสถานประกอบการ", "ประเทศ", "จังหวัด", "ประเภทอุตสาหกรรม", "ขนาด", "ผู้ติดต่อ",
     "โทรศัพท์", "อีเมล"],
    ["บริษัท ก จำกัด", "ไทย", "ชลบุรี", "ยานยนต์", "ขนาดใหญ่", "@สมชาย", "081 234 5678",
     "hr@a.co.th"],
    ["=SUM(1,2)", "", "", "-ไม่ระบุ-", "", "+ผู้ติดต่อ", "", ""],
    ["Yaskawa Electric", "ญี่ปุ่น", "", "หุ่นยนต์", "L", "", "+81 3 1234 5678", ""],
]  # fmt: skip
DEMAND = [
    ["สถานประกอบการ", "สาขาวิชา", "ระดับ", "ปีงบประมาณ", "จำนวนที่ต้องการ", "หมายเหตุ"],
    ["บริษัท ก จำกัด", "", "ปวส.", "2569", "12", "-ด่วน"],
    ["=SUM(1,2)", "", "ทล.บ.", "2570", "0", ""],
]
AGREEMENTS = [
    ["ประเภท", "สถานศึกษา", "สถานประกอบการ", "วันที่ลงนาม", "วันที่สิ้นสุด", "ขอบเขต", "ทวิภาคี"],
    ["MOU", "วิทยาลัยเทคนิคระยอง", "บริษัท ก จำกัด", "1/10/2568", "30/9/2571",
     "=ฝึกงาน+ทวิภาคี", "ใช่"],
    ["MOA", "วิทยาลัยเทคโนโลยีพงษ์สวัสดิ์", "Yaskawa Electric", "2024-05-16", "", "", "ไม่ใช่"],
]  # fmt: skip
SOURCES = {
    TableKind.COLLEGES: COLLEGES,
    TableKind.ENTERPRISES: ENTERPRISES,
    TableKind.DEMAND: DEMAND,
    TableKind.AGREEMENTS: AGREEMENTS,
}


@pytest.fixture(scope="module")
def center_db(tmp_path_factory: pytest.TempPathFactory) -> Path:
    """A center database made once per module; each test gets a copy (much faster)."""
    folder = tmp_path_factory.mktemp("center")
    store = open_store(folder / "center.db", create=True)
    init_center_site(store, 11, keys_dir=folder)
    store.close()
    return folder / "center.db"


def copy_of(center_db: Path, path: Path) -> Store:
    shutil.copyfile(center_db, path)
    return open_store(path)


@pytest.fixture
def store(center_db: Path, tmp_path: Path) -> Iterator[Store]:
    opened = copy_of(center_db, tmp_path / "center.db")
    yield opened
    opened.close()


def import_file(store: Store, kind: TableKind, path: Path) -> int:
    with store.session() as session:
        plan = plan_import(session, kind, path)
    assert plan.issues() == []
    return commit_import(store, plan).created


def load_sources(store: Store, folder: Path) -> None:
    for kind, rows in SOURCES.items():
        path = folder / f"{kind.value}.csv"
        with path.open("w", encoding="utf-8", newline="") as handle:
            csv.writer(handle).writerows(rows)
        assert import_file(store, kind, path) == len(rows) - 1


def snapshot(session: Session) -> dict[str, set[tuple[Any, ...]]]:
    """Every imported record by its meaning (names instead of local ids)."""
    colleges = dict(session.execute(select(College.id, College.name_th)).tuples().all())
    enterprises = dict(session.execute(select(Enterprise.id, Enterprise.name_th)).tuples().all())
    subjects = dict(session.execute(select(Subject.id, Subject.name_th)).tuples().all())

    def fields(row: Any, names: tuple[str, ...]) -> tuple[Any, ...]:
        return tuple(getattr(row, name) for name in names)

    college_fields = (
        "name_th", "name_en", "code", "ownership", "group", "province_code", "teaches_pvc",
        "teaches_pvs", "teaches_btech", "teaches_short", "offers_formal", "offers_nonformal",
        "offers_dual", "address", "phone",
    )  # fmt: skip
    enterprise_fields = (
        "name_th", "name_en", "location", "country_code", "province_code", "industry", "size",
        "contact_name", "phone", "email",
    )  # fmt: skip
    return {
        "colleges": {fields(c, college_fields) for c in session.scalars(select(College))},
        "enterprises": {fields(e, enterprise_fields) for e in session.scalars(select(Enterprise))},
        "demand": {
            (enterprises[d.enterprise_id], subjects[d.subject_id], d.level, d.fiscal_year,
             d.positions, d.note)
            for d in session.scalars(select(WorkforceDemand))
        },
        "agreements": {
            (a.kind, colleges[a.college_id], enterprises[a.enterprise_id], a.signed_on,
             a.expires_on, a.scope, a.dual_system)
            for a in session.scalars(select(Agreement))
        },
    }  # fmt: skip


def test_export_then_import_gives_the_same_records(
    store: Store, center_db: Path, tmp_path: Path
) -> None:
    load_sources(store, tmp_path)
    exported = {}
    with store.session() as session:
        for kind in SOURCES:
            exported[kind] = tmp_path / f"export-{kind.value}.xlsx"
            assert export_xlsx(session, kind, exported[kind]) >= len(SOURCES[kind]) - 1
        original = snapshot(session)
    fresh = copy_of(center_db, tmp_path / "fresh.db")
    try:
        for kind in SOURCES:
            with fresh.session() as session:
                plan = plan_import(session, kind, exported[kind])
            assert plan.issues() == [], kind
            commit_import(fresh, plan)
        with fresh.session() as session:
            assert snapshot(session) == original
    finally:
        fresh.close()
    with store.session() as session:  # the same file into the same database: all duplicates
        plan = plan_import(session, TableKind.AGREEMENTS, exported[TableKind.AGREEMENTS])
    assert [row.status for row in plan.rows] == [RowStatus.DUPLICATE] * 2


def test_formula_like_text_is_written_as_text(store: Store, tmp_path: Path) -> None:
    load_sources(store, tmp_path)
    path = tmp_path / "enterprises.xlsx"
    with store.session() as session:
        export_xlsx(session, TableKind.ENTERPRISES, path)
    sheet = openpyxl.load_workbook(path).active
    cells = {cell.value: cell for row in sheet.iter_rows(min_row=2) for cell in row if cell.value}
    for text in ("=SUM(1,2)", "-ไม่ระบุ-", "@สมชาย", "+ผู้ติดต่อ", "+81312345678"):
        assert cells[text].data_type == "s", text
        assert cells[text].quotePrefix, text
    assert cells["081 234 5678"].data_type == "s"
    assert not cells["บริษัท ก จำกัด"].quotePrefix


def test_exported_sheet_layout_and_real_dates(store: Store, tmp_path: Path) -> None:
    load_sources(store, tmp_path)
    path = tmp_path / "agreements.xlsx"
    with store.session() as session:
        assert export_xlsx(session, "agreements", path) == 2
    workbook = openpyxl.load_workbook(path)
    sheet = workbook.active
    assert sheet.title == "MOU-MOA"
    assert sheet.freeze_panes == "A2"
    headers = [cell.value for cell in sheet[1]]
    assert headers == [column.header_th for column in spec_for("agreements").columns]
    assert all(cell.font.b for cell in sheet[1])
    assert sheet.column_dimensions["C"].width == 40
    signed = sheet["D2"]
    assert signed.is_date
    assert signed.value.date() == date(2025, 10, 1)
    assert sheet["E3"].value is None
    assert sheet["F2"].value == "=ฝึกงาน+ทวิภาคี"
    assert sheet["F2"].data_type == "s"


def test_export_of_chosen_rows(store: Store, tmp_path: Path) -> None:
    load_sources(store, tmp_path)
    with store.session() as session:
        chosen = session.scalars(select(Enterprise.id).where(Enterprise.name_th == "บริษัท ก จำกัด"))
        path = tmp_path / "one.xlsx"
        assert export_xlsx(session, TableKind.ENTERPRISES, path, rows=list(chosen)) == 1
    sheet = openpyxl.load_workbook(path).active
    assert sheet.max_row == 2
    assert sheet["A2"].value == "บริษัท ก จำกัด"


def test_export_refuses_a_bad_target(store: Store, tmp_path: Path) -> None:
    with store.session() as session:
        with pytest.raises(ExportFileError) as wrong_name:
            export_xlsx(session, TableKind.COLLEGES, tmp_path / "colleges.csv")
        assert wrong_name.value.problem is FileProblem.NOT_XLSX_NAME
        with pytest.raises(ExportFileError) as no_folder:
            export_xlsx(session, TableKind.COLLEGES, tmp_path / "missing" / "colleges.xlsx")
        assert no_folder.value.problem is FileProblem.NOT_WRITABLE
    assert list(tmp_path.glob("*.tmp")) == []


@pytest.mark.parametrize("kind", list(SOURCES))
def test_template_imports_cleanly_and_its_example_is_valid(
    store: Store, tmp_path: Path, kind: TableKind
) -> None:
    spec = spec_for(kind)
    path = tmp_path / f"template-{kind.value}.xlsx"
    write_template(kind, path)
    workbook = openpyxl.load_workbook(path)
    assert workbook.sheetnames == [spec.sheet_th, EXAMPLE_SHEET, GUIDE_SHEET]
    data = workbook[spec.sheet_th]
    assert data.max_row == 1
    assert [cell.value for cell in data[1]] == [column.header_th for column in spec.columns]
    assert workbook[GUIDE_SHEET].max_row == len(spec.columns) + 1
    with store.session() as session:
        assert plan_import(session, kind, path).rows == []
    # The example row is a valid row once the records it names exist.
    load_sources(store, tmp_path)
    with store.transaction() as session:
        session.add(Enterprise(name_th="บริษัท ไทยออโตเมชั่น จำกัด", location="domestic"))
        session.add(College(name_th="วิทยาลัยเทคนิคชลบุรี", ownership="public", group="cvm"))
    example = tmp_path / "example.csv"
    with example.open("w", encoding="utf-8", newline="") as handle:
        csv.writer(handle).writerows(workbook[EXAMPLE_SHEET].iter_rows(values_only=True))
    with store.session() as session:
        plan = plan_import(session, kind, example)
    assert plan.issues() == []
    assert len(plan.rows) == 1
