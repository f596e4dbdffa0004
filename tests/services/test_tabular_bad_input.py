"""Bad input for every importer: a clear message (or a clear row report) and the database
exactly as it was. Covers empty files, wrong sheets, merged header cells, B.E. and C.E.
dates, Thai digits, trailing spaces, 50,000 rows and binary junk, for the four kinds.
"""

from __future__ import annotations

import csv
import hashlib
import random
import sqlite3
import zipfile
from collections.abc import Callable, Iterator, Sequence
from dataclasses import dataclass
from datetime import date, datetime, timedelta
from pathlib import Path
from typing import Any

import openpyxl
import pytest
from sqlalchemy.orm import Session

from app import cli
from app.models.enums import CollegeGroupCode, EnterpriseLocation, Ownership
from app.models.network import College, Enterprise
from app.services.store import Store
from app.services.tabular import (
    FileProblem,
    ImportFileError,
    ImportPlan,
    RowStatus,
    TableKind,
    commit_import,
    importer,
    plan_import,
    spec_for,
)
from app.services.tabular.columns import MODULES
from app.services.tabular.records import Records

COLLEGE = "วิทยาลัยเทคนิคอ้างอิง"
COLLEGE_CODE = "1320099901"
ENTERPRISES = [f"บริษัท อ้างอิง {number} จำกัด" for number in range(500)]
BIG = 50_000
LEVELS = ("ปวช.", "ปวส.", "ทล.บ.", "ระยะสั้น")
PROVINCES = ("ชลบุรี", "ระยอง", "กรุงเทพมหานคร", "เชียงใหม่")
FILE_PROBLEM_WORDS = ("empty", "not a spreadsheet", "No row of column names", "has no column")


@dataclass(frozen=True)
class Case:
    """A valid table of one kind: its header, its n-th row, and a row with an error."""

    kind: TableKind
    header: tuple[str, ...]
    row: Callable[[int], list[Any]]
    bad: list[Any]
    bad_column: str


CASES = {
    TableKind.COLLEGES: Case(
        TableKind.COLLEGES,
        ("ชื่อสถานศึกษา", "สังกัด (รัฐ/เอกชน)", "จังหวัด", "เบอร์โทร"),
        lambda i: [f"วิทยาลัยทดสอบ {i}", "รัฐ", PROVINCES[i % 4], "038 123 456"],
        ["วิทยาลัยที่ผิด", "ของใคร", "ชลบุรี", ""],
        "สังกัด (รัฐ/เอกชน)",
    ),
    TableKind.ENTERPRISES: Case(
        TableKind.ENTERPRISES,
        ("ชื่อสถานประกอบการ", "จังหวัด", "ประเภทอุตสาหกรรม", "โทรศัพท์"),
        lambda i: [f"บริษัท ทดสอบ {i} จำกัด", PROVINCES[i % 4], "ยานยนต์", "081 234 5678"],
        ["บริษัท ที่ผิด จำกัด", "ไม่มีจังหวัดนี้", "ยานยนต์", ""],
        "จังหวัด",
    ),
    TableKind.DEMAND: Case(
        TableKind.DEMAND,
        ("สถานประกอบการ", "ระดับ", "ปีงบประมาณ", "จำนวนที่ต้องการ"),
        # 500 enterprises x 4 levels x 25 years: every row is a different demand.
        lambda i: [ENTERPRISES[i % 500], LEVELS[i // 500 % 4], 2550 + i // 2000, 5],
        [ENTERPRISES[0], "ปวส.", 2580, "มาก"],
        "จำนวนที่ต้องการ",
    ),
    TableKind.AGREEMENTS: Case(
        TableKind.AGREEMENTS,
        ("ประเภท (MOU/MOA)", "สถานศึกษา", "สถานประกอบการ", "วันที่ลงนาม"),
        lambda i: [
            "MOU",
            COLLEGE,
            ENTERPRISES[i % 500],
            (date(2020, 1, 1) + timedelta(days=i // 500)).strftime("%d/%m/%Y"),
        ],
        ["MOA", COLLEGE, ENTERPRISES[0], "31/2/2568"],
        "วันที่ลงนาม",
    ),
}
KINDS = list(CASES)
"""The network workspace's kinds; the teachers workspace's have their own bad-input tests."""


# -- helpers -------------------------------------------------------------------------------
@pytest.fixture
def store(center_store: Store) -> Store:
    """The center database with the college and enterprises the rows refer to."""
    with center_store.transaction() as session:
        session.add(
            College(
                name_th=COLLEGE,
                code=COLLEGE_CODE,
                ownership=Ownership.PUBLIC,
                group=CollegeGroupCode.STANDARD,
            )
        )
        session.add_all(
            Enterprise(name_th=name, location=EnterpriseLocation.DOMESTIC) for name in ENTERPRISES
        )
    return center_store


def state(store: Store) -> dict[str, tuple[int, str]]:
    """Row count and a digest of the content of every table (read apart from the store)."""
    connection = sqlite3.connect(f"file:{store.path}?mode=ro", uri=True)
    try:
        tables = [
            name
            for name, sql in connection.execute(
                "SELECT name, sql FROM sqlite_master WHERE type = 'table' ORDER BY name"
            )
            if not name.startswith("sqlite_") and "VIRTUAL TABLE" not in (sql or "").upper()
        ]
        found = {}
        for table in tables:
            rows = sorted(map(repr, connection.execute(f'SELECT * FROM "{table}"')))
            digest = hashlib.sha256("\n".join(rows).encode()).hexdigest()
            found[table] = (len(rows), digest)
        return found
    finally:
        connection.close()


def write_csv(
    path: Path, rows: Sequence[Sequence[Any]] | Iterator[Sequence[Any]], encoding: str = "utf-8"
) -> Path:
    with path.open("w", encoding=encoding, newline="") as handle:
        csv.writer(handle).writerows(rows)
    return path


def write_xlsx(path: Path, rows: Sequence[Sequence[Any]] | Iterator[Sequence[Any]]) -> Path:
    workbook = openpyxl.Workbook(write_only=True)
    sheet = workbook.create_sheet()
    for row in rows:
        sheet.append(list(row))
    workbook.save(path)
    return path


def write(path: Path, rows: Sequence[Sequence[Any]]) -> Path:
    return write_xlsx(path, rows) if path.suffix == ".xlsx" else write_csv(path, rows)


def plan(store: Store, kind: TableKind, path: Path) -> ImportPlan:
    with store.session() as session:
        return plan_import(session, kind, path)


def refused(store: Store, kind: TableKind, path: Path) -> ImportFileError:
    """The file is refused as a whole with a message naming it; nothing was written."""
    before = state(store)
    with pytest.raises(ImportFileError) as caught:
        plan(store, kind, path)
    message = caught.value.message
    assert path.name in message
    assert any(word in message for word in FILE_PROBLEM_WORDS), message
    assert "Traceback" not in message and "Error" not in message
    assert state(store) == before
    return caught.value


def imported(store: Store, kind: TableKind, path: Path) -> ImportPlan:
    """Check and save a file that must be clean."""
    checked = plan(store, kind, path)
    assert checked.issues() == [], checked.issues()
    commit_import(store, checked)
    return checked


# -- empty files ---------------------------------------------------------------------------
def _empty_csv(path: Path) -> None:
    path.write_bytes(b"")


def _bom_only_csv(path: Path) -> None:
    path.write_bytes(b"\xef\xbb\xbf")


def _blank_lines_csv(path: Path) -> None:
    path.write_text("\r\n  ,, \r\n\r\n,\u00a0,,\r\n", encoding="utf-8")


def _empty_xlsx(path: Path) -> None:
    path.write_bytes(b"")


def _blank_workbook(path: Path) -> None:
    openpyxl.Workbook().save(path)


def _spaces_only_workbook(path: Path) -> None:
    workbook = openpyxl.Workbook()
    workbook.active.append(["   ", None, "\u00a0"])
    workbook.active["C5"] = " "
    workbook.save(path)


EMPTY_FILES: dict[str, Callable[[Path], None]] = {
    "empty.csv": _empty_csv,
    "bom-only.csv": _bom_only_csv,
    "blank-lines.csv": _blank_lines_csv,
    "empty.xlsx": _empty_xlsx,
    "blank.xlsx": _blank_workbook,
    "spaces.xlsx": _spaces_only_workbook,
}


@pytest.mark.parametrize("name", list(EMPTY_FILES))
@pytest.mark.parametrize("kind", KINDS)
def test_an_empty_file_is_refused_as_empty(
    store: Store, tmp_path: Path, kind: TableKind, name: str
) -> None:
    path = tmp_path / name
    EMPTY_FILES[name](path)
    assert refused(store, kind, path).problem is FileProblem.EMPTY


@pytest.mark.parametrize("suffix", [".csv", ".xlsx"])
@pytest.mark.parametrize("kind", KINDS)
def test_a_header_without_rows_imports_nothing(
    store: Store, tmp_path: Path, kind: TableKind, suffix: str
) -> None:
    before = state(store)
    checked = plan(store, kind, write(tmp_path / f"header{suffix}", [CASES[kind].header]))
    assert checked.rows == []
    assert commit_import(store, checked).created == 0
    assert state(store) == before


# -- wrong sheets --------------------------------------------------------------------------
@pytest.mark.parametrize("kind", KINDS)
def test_a_workbook_whose_data_is_not_on_the_first_or_named_sheet(
    store: Store, tmp_path: Path, kind: TableKind
) -> None:
    case = CASES[kind]
    workbook = openpyxl.Workbook()
    workbook.active.title = "สรุป"
    workbook.active.append(["ยอดรวมทั้งหมด", 12])
    workbook.active.append(["ปีงบประมาณ", 2569])
    data = workbook.create_sheet("Data")
    data.append(list(case.header))
    data.append(case.row(0))
    path = tmp_path / "summary-first.xlsx"
    workbook.save(path)
    error = refused(store, kind, path)
    # "ปีงบประมาณ" on the summary names a demand column: then the others are missing.
    assert error.problem in {FileProblem.NO_HEADER, FileProblem.MISSING_COLUMNS}
    assert spec_for(kind).columns[0].header_th in error.message  # says what to write


@pytest.mark.parametrize("kind", KINDS)
def test_a_sheet_of_another_kind_lacks_the_required_columns(
    store: Store, tmp_path: Path, kind: TableKind
) -> None:
    other = {
        TableKind.COLLEGES: ["ชื่อภาษาอังกฤษ", "จังหวัด", "ที่อยู่"],
        TableKind.ENTERPRISES: ["ชื่อภาษาอังกฤษ", "ประเทศ", "อีเมล"],
        TableKind.DEMAND: ["สาขาวิชา", "หมายเหตุ"],
        TableKind.AGREEMENTS: ["ขอบเขต", "วันที่สิ้นสุด"],
    }[kind]
    path = write_xlsx(tmp_path / "other.xlsx", [other, ["ก"] * len(other)])
    error = refused(store, kind, path)
    assert error.problem is FileProblem.MISSING_COLUMNS
    assert all(column.label in error.message for column in spec_for(kind).required)


@pytest.mark.parametrize("english", [False, True])
@pytest.mark.parametrize("kind", KINDS)
def test_the_sheet_named_for_the_kind_is_read_wherever_it_is(
    store: Store, tmp_path: Path, kind: TableKind, english: bool
) -> None:
    spec, case = spec_for(kind), CASES[kind]
    title = spec.sheet_en if english else spec.sheet_th
    workbook = openpyxl.Workbook()
    workbook.active.title = "คำแนะนำ"
    workbook.active.append(list(case.header))  # a header on the wrong sheet: not read
    workbook.active.append(case.bad)
    named = workbook.create_sheet(title)
    named.append(list(case.header))
    named.append(case.row(1))
    path = tmp_path / "named.xlsx"
    workbook.save(path)
    checked = plan(store, kind, path)
    assert (checked.sheet, checked.new_count, checked.error_count) == (title, 1, 0)


# -- merged header cells -------------------------------------------------------------------
@pytest.mark.parametrize("kind", KINDS)
def test_merged_header_cells_over_two_rows(store: Store, tmp_path: Path, kind: TableKind) -> None:
    """The first columns' names merged down over two rows, the last two under a merged title."""
    case = CASES[kind]
    width = len(case.header)
    workbook = openpyxl.Workbook()
    sheet = workbook.active
    sheet.append(["ทะเบียนข้อมูล ปีงบประมาณ 2569"])
    sheet.merge_cells(start_row=1, start_column=1, end_row=1, end_column=width)
    sheet.append([*case.header[:-2], "รายละเอียด", None])
    sheet.append([*([None] * (width - 2)), *case.header[-2:]])
    for column in range(1, width - 1):
        sheet.merge_cells(start_row=2, start_column=column, end_row=3, end_column=column)
    sheet.merge_cells(start_row=2, start_column=width - 1, end_row=2, end_column=width)
    for number in range(3):
        sheet.append(case.row(number))
    path = tmp_path / "merged.xlsx"
    workbook.save(path)
    before = state(store)
    checked = plan(store, kind, path)
    assert checked.header_row == 3
    assert checked.columns == case.header
    assert [row.row for row in checked.rows] == [4, 5, 6]
    assert (checked.new_count, checked.error_count) == (3, 0), checked.issues()
    assert state(store) == before
    commit_import(store, checked)
    assert state(store) != before


@pytest.mark.parametrize("kind", KINDS)
def test_a_cell_merged_down_over_data_rows_is_filled_into_each(
    store: Store, tmp_path: Path, kind: TableKind
) -> None:
    case = CASES[kind]
    workbook = openpyxl.Workbook()
    sheet = workbook.active
    sheet.append(list(case.header))
    first, second = case.row(0), case.row(1)
    sheet.append(first)
    sheet.append([*second[:1], None, *second[2:]])  # column B merged from the row above
    sheet.merge_cells("B2:B3")
    path = tmp_path / "merged-data.xlsx"
    workbook.save(path)
    checked = plan(store, kind, path)
    assert checked.error_count == 0, checked.issues()
    field = spec_for(kind).column_for(case.header[1])
    assert field is not None
    assert checked.rows[1].values[field.field] == checked.rows[0].values[field.field]


# -- B.E. and C.E. dates -------------------------------------------------------------------
SIGNED_1_OCTOBER_2025: list[Any] = [
    "1/10/2568",
    "01/10/2025",
    "1-10-2568",
    "2025-10-01",
    "1 ต.ค. 2568",
    "1 ต.ค. 68",
    "1 ตุลาคม 2568",
    "วันที่ 1 ตุลาคม พ.ศ. 2568",
    "๑/๑๐/๒๕๖๘",
    "  1/10/2568  ",
    datetime(2025, 10, 1),
    date(2568, 10, 1),  # a B.E. year typed into a date cell that Excel read as C.E.
    45931,  # the Excel day number of 1 October 2025
]


@pytest.mark.parametrize("suffix", [".csv", ".xlsx"])
def test_agreement_dates_in_be_and_ce_mean_the_same_day(
    store: Store, tmp_path: Path, suffix: str
) -> None:
    cells = SIGNED_1_OCTOBER_2025 if suffix == ".xlsx" else SIGNED_1_OCTOBER_2025[:10]
    header = ["ประเภท", "สถานศึกษา", "สถานประกอบการ", "วันที่ลงนาม", "วันที่สิ้นสุด"]
    rows = [
        ["MOU", COLLEGE, ENTERPRISES[number], cell, "30/9/2571" if number % 2 else "2028-09-30"]
        for number, cell in enumerate(cells)
    ]
    checked = plan(store, TableKind.AGREEMENTS, write(tmp_path / f"a{suffix}", [header, *rows]))
    assert checked.issues() == []
    assert {row.values["signed_on"] for row in checked.rows} == {date(2025, 10, 1)}
    assert {row.values["expires_on"] for row in checked.rows} == {date(2028, 9, 30)}


@pytest.mark.parametrize(
    "cell", ["31/2/2568", "29/2/2568", "1/13/2568", "1/10/3000", "1/10/1900", "เมื่อวาน"]
)
def test_an_impossible_date_is_a_row_error_and_nothing_is_written(
    store: Store, tmp_path: Path, cell: str
) -> None:
    header = ["ประเภท", "สถานศึกษา", "สถานประกอบการ", "วันที่ลงนาม"]
    rows = [header, CASES[TableKind.AGREEMENTS].row(0), ["MOU", COLLEGE, ENTERPRISES[1], cell]]
    before = state(store)
    checked = plan(store, TableKind.AGREEMENTS, write_csv(tmp_path / "a.csv", rows))
    assert [(issue.row, issue.column) for issue in checked.issues()] == [(3, "วันที่ลงนาม")]
    assert cell.strip() not in checked.issues()[0].message  # never repeats the value
    assert not checked.can_commit
    assert state(store) == before


@pytest.mark.parametrize(
    "cell", ["2569", 2569, "พ.ศ. 2569", "ปีงบประมาณ 2569", "๒๕๖๙", "69", 2026, "2026", " 2569 "]
)
def test_fiscal_years_in_be_and_ce(store: Store, tmp_path: Path, cell: Any) -> None:
    rows = [CASES[TableKind.DEMAND].header, [ENTERPRISES[0], "ปวส.", cell, 3]]
    checked = plan(store, TableKind.DEMAND, write_xlsx(tmp_path / "d.xlsx", rows))
    assert checked.issues() == []
    assert checked.rows[0].values["fiscal_year"] == 2569


# -- Thai digits ---------------------------------------------------------------------------
THAI_DIGIT_ROWS: dict[TableKind, tuple[list[str], list[str], dict[str, Any]]] = {
    TableKind.COLLEGES: (
        ["ชื่อสถานศึกษา", "รหัสสถานศึกษา", "สังกัด", "จังหวัด", "เบอร์โทร"],
        ["วิทยาลัยเทคนิค ๒", "๑๓๒๐ ๐๑๖ ๑๐๑", "รัฐ", "๒๑", "๐๓๘ ๖๑๑ ๑๑๐"],
        {"code": "1320016101", "province_code": "21", "phone": "+6638611110"},
    ),
    TableKind.ENTERPRISES: (
        ["ชื่อสถานประกอบการ", "จังหวัด", "โทรศัพท์"],
        ["บริษัท เลขไทย ๙ จำกัด", "๒๐", "๐๘๑ ๒๓๔ ๕๖๗๘ ต่อ ๑๒"],
        {"province_code": "20", "phone": "+66812345678"},
    ),
    TableKind.DEMAND: (
        ["สถานประกอบการ", "ระดับ", "ปีงบประมาณ", "จำนวนที่ต้องการ"],
        ["บริษัท อ้างอิง ๗ จำกัด", "ปวส.", "๒๕๖๙", "๑,๒๐๐"],
        {"fiscal_year": 2569, "positions": 1200},
    ),
    TableKind.AGREEMENTS: (
        ["ประเภท", "สถานศึกษา", "สถานประกอบการ", "วันที่ลงนาม", "วันที่สิ้นสุด"],
        ["MOU", "๑๓๒๐๐๙๙๙๐๑", "บริษัท อ้างอิง ๗ จำกัด", "๑ ต.ค. ๖๘", "๓๐/๙/๒๕๗๑"],
        {"signed_on": date(2025, 10, 1), "expires_on": date(2028, 9, 30)},
    ),
}


@pytest.mark.parametrize("encoding", ["utf-8", "utf-8-sig", "cp874"])
@pytest.mark.parametrize("kind", KINDS)
def test_thai_digits_are_read_as_numbers(
    store: Store, tmp_path: Path, kind: TableKind, encoding: str
) -> None:
    header, row, expected = THAI_DIGIT_ROWS[kind]
    path = write_csv(tmp_path / "thai.csv", [header, row], encoding=encoding)
    checked = plan(store, kind, path)
    assert checked.issues() == []
    assert checked.encoding == encoding
    values = checked.rows[0].values
    assert {name: values[name] for name in expected} == expected
    if kind is TableKind.DEMAND or kind is TableKind.AGREEMENTS:
        # "๗" in the name finds the enterprise written with "7".
        with store.session() as session:
            assert _enterprise_name(session, values["enterprise_id"]) == ENTERPRISES[7]


def _enterprise_name(session: Session, enterprise_id: int) -> str:
    enterprise = session.get(Enterprise, enterprise_id)
    assert enterprise is not None
    return enterprise.name_th


def test_a_name_in_thai_digits_is_the_same_record_as_in_arabic_digits(
    store: Store, tmp_path: Path
) -> None:
    rows = [["ชื่อสถานประกอบการ"], ["บริษัท อ้างอิง ๑๒ จำกัด"], ["บริษัท ใหม่ ๑ จำกัด"]]
    rows.append(["บริษัท ใหม่ 1 จำกัด"])
    checked = plan(store, TableKind.ENTERPRISES, write_csv(tmp_path / "e.csv", rows))
    assert [row.status for row in checked.rows] == [
        RowStatus.DUPLICATE,
        RowStatus.NEW,
        RowStatus.DUPLICATE,
    ]


# -- trailing spaces -----------------------------------------------------------------------
def _padded(cells: Sequence[Any]) -> list[Any]:
    spaces = ("  ", "\u00a0", " \t", "\u200b ")
    return [
        f"{cell}{spaces[index % len(spaces)]}" if isinstance(cell, str) else cell
        for index, cell in enumerate(cells)
    ]


@pytest.mark.parametrize("suffix", [".csv", ".xlsx"])
@pytest.mark.parametrize("kind", KINDS)
def test_trailing_spaces_in_headers_and_cells_are_ignored(
    store: Store, tmp_path: Path, kind: TableKind, suffix: str
) -> None:
    case = CASES[kind]
    clean = [list(case.header), case.row(0), case.row(1)]
    padded = [_padded(case.header), _padded(case.row(0)), _padded(case.row(1))]
    expected = plan(store, kind, write(tmp_path / f"clean{suffix}", clean))
    checked = plan(store, kind, write(tmp_path / f"padded{suffix}", padded))
    assert checked.issues() == []
    assert checked.columns == case.header
    assert [row.values for row in checked.rows] == [row.values for row in expected.rows]
    commit_import(store, checked)
    again = plan(store, kind, write(tmp_path / f"again{suffix}", padded))
    assert [row.status for row in again.rows] == [RowStatus.DUPLICATE] * 2


@pytest.mark.parametrize("kind", [TableKind.DEMAND, TableKind.AGREEMENTS])
def test_a_reference_with_trailing_spaces_finds_its_record(
    store: Store, tmp_path: Path, kind: TableKind
) -> None:
    case = CASES[kind]
    row = case.row(3)
    row[case.header.index("สถานประกอบการ")] = f" {ENTERPRISES[3]}\u00a0 "
    checked = plan(store, kind, write_csv(tmp_path / "ref.csv", [case.header, row]))
    assert checked.issues() == []
    with store.session() as session:
        assert _enterprise_name(session, checked.rows[0].values["enterprise_id"]) == ENTERPRISES[3]


# -- 50,000 rows ---------------------------------------------------------------------------
def _big_rows(case: Case, bad_at_end: bool) -> Iterator[Sequence[Any]]:
    yield case.header
    for number in range(BIG):
        yield case.row(number)
    if bad_at_end:
        yield case.bad


@pytest.mark.parametrize("kind", KINDS)
def test_fifty_thousand_rows_with_one_bad_row_at_the_end_write_nothing(
    store: Store, tmp_path: Path, kind: TableKind
) -> None:
    case = CASES[kind]
    path = write_csv(tmp_path / "big.csv", _big_rows(case, bad_at_end=True))
    before = state(store)
    checked = plan(store, kind, path)
    assert (checked.new_count, checked.duplicate_count, checked.error_count) == (BIG, 0, 1)
    assert [(issue.row, issue.column) for issue in checked.issues()] == [(BIG + 2, case.bad_column)]
    with pytest.raises(importer.CommitRefusedError):
        commit_import(store, checked)
    assert state(store) == before


def test_fifty_thousand_rows_of_xlsx_are_read_and_reported(store: Store, tmp_path: Path) -> None:
    case = CASES[TableKind.ENTERPRISES]
    path = write_xlsx(tmp_path / "big.xlsx", _big_rows(case, bad_at_end=True))
    before = state(store)
    checked = plan(store, TableKind.ENTERPRISES, path)
    assert (checked.new_count, checked.error_count) == (BIG, 1)
    assert checked.issues()[0].row == BIG + 2
    assert not checked.can_commit
    assert state(store) == before


def test_a_failure_deep_inside_a_big_commit_leaves_nothing_half_written(
    store: Store, tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    """Rows already flushed to the database are rolled back with the rest."""
    case = CASES[TableKind.ENTERPRISES]
    rows = [case.header, *(case.row(number) for number in range(2 * importer.FLUSH_EVERY))]
    checked = plan(store, TableKind.ENTERPRISES, write_csv(tmp_path / "big.csv", rows))
    assert checked.new_count == len(rows) - 1
    fail_at = importer.FLUSH_EVERY + 7
    original = importer.records_for

    def failing(kind: TableKind, session: Session) -> Records:
        records = original(kind, session)
        build = records.build
        built = 0

        def build_or_fail(values: dict[str, Any]) -> Any:
            nonlocal built
            built += 1
            if built == fail_at:
                raise OSError("disk full")
            return build(values)

        records.build = build_or_fail  # type: ignore[method-assign]
        return records

    monkeypatch.setattr(importer, "records_for", failing)
    before = state(store)
    with pytest.raises(OSError):
        commit_import(store, checked)
    assert state(store) == before
    assert not checked.committed
    monkeypatch.setattr(importer, "records_for", original)
    assert commit_import(store, checked).created == len(rows) - 1  # it can be saved later


# -- binary junk ---------------------------------------------------------------------------
def _random_bytes(path: Path) -> None:
    path.write_bytes(random.Random(7).randbytes(64 * 1024))


def _all_bytes(path: Path) -> None:
    path.write_bytes(bytes(range(256)) * 64)


def _png(path: Path) -> None:
    path.write_bytes(b"\x89PNG\r\n\x1a\n\x00\x00\x00\rIHDR" + random.Random(3).randbytes(4000))


def _pdf(path: Path) -> None:
    path.write_bytes(
        b"%PDF-1.7\n%\xe2\xe3\xcf\xd3\n1 0 obj\n<<>>\nstream\n" + bytes(range(256)) * 8
    )


def _zip_not_a_workbook(path: Path) -> None:
    with zipfile.ZipFile(path, "w") as archive:
        archive.writestr("word/document.xml", "<w:document/>")


def _truncated_workbook(path: Path) -> None:
    write_xlsx(
        path,
        [CASES[TableKind.COLLEGES].header, *(CASES[TableKind.COLLEGES].row(n) for n in range(200))],
    )
    path.write_bytes(path.read_bytes()[:1500])


def _workbook_with_junk_sheet(path: Path) -> None:
    """A zip that names a workbook, whose sheet XML is garbage."""
    write_xlsx(path, [["ก"]])
    with zipfile.ZipFile(path) as source:
        members = {name: source.read(name) for name in source.namelist()}
    members["xl/worksheets/sheet1.xml"] = random.Random(5).randbytes(3000)
    with zipfile.ZipFile(path, "w") as archive:
        for name, data in members.items():
            archive.writestr(name, data)


def _nul_text(path: Path) -> None:
    path.write_bytes("ชื่อสถานศึกษา,สังกัด\n".encode() + b"\x00\x01\x02" * 500)


JUNK: dict[str, Callable[[Path], None]] = {
    "random": _random_bytes,
    "all-bytes": _all_bytes,
    "png": _png,
    "pdf": _pdf,
    "zip": _zip_not_a_workbook,
    "truncated-xlsx": _truncated_workbook,
    "junk-sheet-xml": _workbook_with_junk_sheet,
    "nul-text": _nul_text,
}


@pytest.mark.parametrize("suffix", [".xlsx", ".csv"])
@pytest.mark.parametrize("junk", list(JUNK))
@pytest.mark.parametrize("kind", KINDS)
def test_binary_junk_is_not_a_spreadsheet(
    store: Store, tmp_path: Path, kind: TableKind, junk: str, suffix: str
) -> None:
    path = tmp_path / f"{junk}{suffix}"
    JUNK[junk](path)
    assert refused(store, kind, path).problem is FileProblem.NOT_SPREADSHEET


@pytest.mark.parametrize("kind", KINDS)
def test_a_real_workbook_with_a_csv_name_is_read_as_a_workbook(
    store: Store, tmp_path: Path, kind: TableKind
) -> None:
    case = CASES[kind]
    path = write_xlsx(tmp_path / "renamed.csv", [case.header, case.row(0)])
    checked = plan(store, kind, path)
    assert (checked.new_count, checked.error_count) == (1, 0)


# -- the command line ----------------------------------------------------------------------
@pytest.fixture
def quiet_cli(qapp: Any) -> None:
    """With an application already made, the verbs speak English and install no translator
    (which would stay installed for the tests that follow)."""


@pytest.mark.parametrize("junk", ["empty.csv", "random.xlsx", "nul-text.csv"])
@pytest.mark.parametrize("kind", KINDS)
def test_the_import_command_fails_clearly_and_writes_nothing(
    store: Store,
    tmp_path: Path,
    capsys: pytest.CaptureFixture[str],
    quiet_cli: None,
    kind: TableKind,
    junk: str,
) -> None:
    path = tmp_path / junk
    {"empty.csv": _empty_csv, "random.xlsx": _random_bytes, "nul-text.csv": _nul_text}[junk](path)
    before = state(store)
    store.close()
    code = cli.run(["import", kind.value, str(path), "--db", str(store.path)])
    captured = capsys.readouterr()
    assert code != 0
    assert path.name in captured.err
    assert "Traceback" not in captured.err
    assert state(store) == before


@pytest.mark.parametrize("kind", KINDS)
def test_the_import_command_with_a_bad_row_reports_it_and_writes_nothing(
    store: Store,
    tmp_path: Path,
    capsys: pytest.CaptureFixture[str],
    quiet_cli: None,
    kind: TableKind,
) -> None:
    case = CASES[kind]
    path = write_csv(tmp_path / "bad.csv", [case.header, case.row(0), case.bad])
    before = state(store)
    store.close()
    code = cli.run(["import", kind.value, str(path), "--db", str(store.path)])
    captured = capsys.readouterr()
    assert code != 0
    assert f"error\t3\t{case.bad_column}\t" in captured.out
    assert "nothing was imported" in captured.err
    assert state(store) == before


def test_every_kind_has_a_case() -> None:
    assert set(CASES) == set(THAI_DIGIT_ROWS)
    assert set(CASES) | set(MODULES) == set(TableKind)
    for case in CASES.values():
        assert all(spec_for(case.kind).column_for(header) for header in case.header)
