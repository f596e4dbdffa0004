"""Whole files: formats, encodings, delimiters, headers, merged cells and unusable files."""

from __future__ import annotations

import csv
import zipfile
from collections.abc import Sequence
from pathlib import Path
from typing import Any

import openpyxl
import pytest
from sqlalchemy import func, select

from app.models.network import College
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
    readers,
)

HEADER = ["ชื่อสถานศึกษา", "สังกัด (รัฐ/เอกชน)", "กลุ่ม (CVM/Excellent/Expert/Standard)", "จังหวัด"]
ROWS = [
    ["วิทยาลัยเทคนิคระยอง", "รัฐ", "Expert", "ระยอง"],
    ["วิทยาลัยเทคโนโลยีพงษ์สวัสดิ์", "เอกชน", "มาตรฐาน", "กรุงเทพมหานคร"],
]


def write_csv(
    path: Path, rows: Sequence[Sequence[Any]], encoding: str = "utf-8", delimiter: str = ","
) -> Path:
    with path.open("w", encoding=encoding, newline="") as handle:
        csv.writer(handle, delimiter=delimiter).writerows(rows)
    return path


def write_xlsx(path: Path, sheets: dict[str, Sequence[Sequence[Any]]]) -> Path:
    workbook = openpyxl.Workbook()
    workbook.remove(workbook.active)
    for title, rows in sheets.items():
        sheet = workbook.create_sheet(title)
        for row in rows:
            sheet.append(list(row))
    workbook.save(path)
    return path


def plan(store: Store, kind: str, path: Path) -> ImportPlan:
    with store.session() as session:
        return plan_import(session, kind, path)


def colleges(store: Store) -> int:
    with store.session() as session:
        query = select(func.count()).select_from(College).where(College.deleted.is_(False))
        return session.scalar(query) or 0


def refused(store: Store, path: Path, kind: str = "colleges") -> ImportFileError:
    with pytest.raises(ImportFileError) as caught:
        plan(store, kind, path)
    assert path.name in caught.value.message
    return caught.value


@pytest.mark.parametrize(
    ("encoding", "reported"),
    [("utf-8", "utf-8"), ("utf-8-sig", "utf-8-sig"), ("cp874", "cp874")],
)
def test_csv_in_utf8_with_or_without_bom_and_in_cp874(
    center_store: Store, tmp_path: Path, encoding: str, reported: str
) -> None:
    path = write_csv(tmp_path / "colleges.csv", [HEADER, *ROWS], encoding=encoding)
    checked = plan(center_store, "colleges", path)
    assert checked.encoding == reported
    assert [row.status for row in checked.rows] == [RowStatus.NEW, RowStatus.NEW]
    assert checked.rows[0].values["name_th"] == "วิทยาลัยเทคนิคระยอง"
    assert checked.rows[0].values["province_code"] == "21"


@pytest.mark.parametrize("delimiter", [";", "\t"])
def test_csv_delimiter_is_sniffed(center_store: Store, tmp_path: Path, delimiter: str) -> None:
    path = write_csv(tmp_path / "colleges.csv", [HEADER, *ROWS], delimiter=delimiter)
    checked = plan(center_store, "colleges", path)
    assert checked.delimiter == delimiter
    assert checked.new_count == 2


def test_excel_sep_line_and_unicode_text(center_store: Store, tmp_path: Path) -> None:
    lines = "sep=;\n" + "\n".join(";".join(row) for row in [HEADER, *ROWS])
    path = tmp_path / "sep.csv"
    path.write_text(lines, encoding="utf-8")
    assert plan(center_store, "colleges", path).new_count == 2
    text = "\r\n".join("\t".join(row) for row in [HEADER, *ROWS])
    unicode_text = tmp_path / "unicode.txt"
    unicode_text.write_bytes(text.encode("utf-16"))  # Excel's "Unicode text" (with BOM)
    checked = plan(center_store, "colleges", unicode_text)
    assert (checked.encoding, checked.new_count) == ("utf-16", 2)


def test_xlsx_with_a_title_row_and_english_headers_in_any_order(
    center_store: Store, tmp_path: Path
) -> None:
    rows = [
        ["รายชื่อสถานศึกษาเครือข่าย ปีการศึกษา 2568"],
        [],
        ["Province", "Group", "College name", "Ownership", "Remarks"],
        ["ชลบุรี", "excellent", "วิทยาลัยการอาชีพบ้านบึง", "public", "ok"],
    ]
    path = write_xlsx(tmp_path / "colleges.xlsx", {"Sheet1": rows})
    checked = plan(center_store, "colleges", path)
    assert checked.header_row == 3
    assert checked.unknown_columns == ("Remarks",)
    assert [row.row for row in checked.rows] == [4]
    assert checked.rows[0].values["province_code"] == "20"


def test_sheet_named_for_the_kind_is_used(center_store: Store, tmp_path: Path) -> None:
    sheets = {"คำแนะนำ": [["กรอกข้อมูลในแผ่นงานถัดไป"]], "สถานศึกษา": [HEADER, *ROWS]}
    path = write_xlsx(tmp_path / "colleges.xlsx", sheets)
    checked = plan(center_store, "colleges", path)
    assert (checked.sheet, checked.new_count) == ("สถานศึกษา", 2)


def test_wrong_sheet_has_no_header(center_store: Store, tmp_path: Path) -> None:
    sheets = {"สรุป": [["ยอดรวม", 12], ["ปี", 2568]], "Data": [HEADER, *ROWS]}
    path = write_xlsx(tmp_path / "colleges.xlsx", sheets)
    error = refused(center_store, path)
    assert error.problem is FileProblem.NO_HEADER
    assert "ชื่อสถานศึกษา" in error.message


def test_a_file_of_another_kind_lacks_the_required_columns(
    center_store: Store, tmp_path: Path
) -> None:
    path = write_csv(tmp_path / "enterprises.csv", [["ชื่อสถานประกอบการ", "จังหวัด"], ["A", "ระยอง"]])
    error = refused(center_store, path)
    assert error.problem is FileProblem.MISSING_COLUMNS
    assert "ชื่อสถานศึกษา (College name)" in error.message


def test_a_column_given_twice_is_refused(center_store: Store, tmp_path: Path) -> None:
    rows = [["ชื่อสถานศึกษา", "สังกัด", "College name"], ["ก", "รัฐ", "ข"]]
    error = refused(center_store, write_csv(tmp_path / "twice.csv", rows))
    assert error.problem is FileProblem.DUPLICATE_COLUMN


def test_merged_header_cells(center_store: Store, tmp_path: Path) -> None:
    """A two-row header: names merged down over two rows, a group title merged across."""
    workbook = openpyxl.Workbook()
    sheet = workbook.active
    sheet.append(["ชื่อสถานศึกษา", "สังกัด", "ข้อมูลติดต่อ", None])
    sheet.append([None, None, "จังหวัด", "เบอร์โทร"])
    sheet.append(["วิทยาลัยเทคนิคสัตหีบ", "รัฐ", "ชลบุรี", "038 123 456"])
    sheet.append(["วิทยาลัยเทคนิคพนัสนิคม", "รัฐ", "ชลบุรี", None])
    sheet.merge_cells("A1:A2")
    sheet.merge_cells("B1:B2")
    sheet.merge_cells("C1:D1")
    path = tmp_path / "merged.xlsx"
    workbook.save(path)
    checked = plan(center_store, "colleges", path)
    assert checked.header_row == 2
    assert checked.columns == ("ชื่อสถานศึกษา", "สังกัด", "จังหวัด", "เบอร์โทร")
    assert [row.row for row in checked.rows] == [3, 4]
    assert checked.rows[0].values["phone"] == "+6638123456"


def test_merged_data_cells_are_filled_down(center_store: Store, tmp_path: Path) -> None:
    workbook = openpyxl.Workbook()
    sheet = workbook.active
    sheet.append(["ชื่อสถานศึกษา", "สังกัด", "จังหวัด"])
    sheet.append(["วิทยาลัยเทคนิคบ้านค่าย", "รัฐ", "ระยอง"])
    sheet.append(["วิทยาลัยการอาชีพแกลง", None, "ระยอง"])
    sheet.merge_cells("B2:B3")
    path = tmp_path / "merged.xlsx"
    workbook.save(path)
    checked = plan(center_store, "colleges", path)
    assert checked.error_count == 0
    assert checked.rows[1].values["ownership"].value == "public"


def test_unnamed_column_with_data_is_reported(center_store: Store, tmp_path: Path) -> None:
    rows = [[*HEADER[:2], "", "จังหวัด"], ["วิทยาลัย ก", "รัฐ", "ข้อมูลหลง", "ระยอง"]]
    checked = plan(center_store, "colleges", write_csv(tmp_path / "c.csv", rows))
    assert checked.unknown_columns == ("column C (no header)",)
    assert checked.new_count == 1


def test_template_left_empty_imports_zero_rows(center_store: Store, tmp_path: Path) -> None:
    path = write_csv(tmp_path / "header_only.csv", [HEADER])
    checked = plan(center_store, "colleges", path)
    assert checked.rows == []
    assert commit_import(center_store, checked).created == 0


@pytest.mark.parametrize("name", ["empty.csv", "empty.xlsx"])
def test_empty_file(center_store: Store, tmp_path: Path, name: str) -> None:
    path = tmp_path / name
    path.write_bytes(b"")
    assert refused(center_store, path).problem is FileProblem.EMPTY


def test_blank_csv_and_blank_workbook_are_empty(center_store: Store, tmp_path: Path) -> None:
    blank = tmp_path / "blank.csv"
    blank.write_text("\n ,, \n\n", encoding="utf-8")
    assert refused(center_store, blank).problem is FileProblem.EMPTY
    workbook = write_xlsx(tmp_path / "blank.xlsx", {"Sheet": []})
    assert refused(center_store, workbook).problem is FileProblem.EMPTY


@pytest.mark.parametrize("name", ["junk.xlsx", "junk.csv", "junk.bin"])
def test_junk_bytes_are_not_a_spreadsheet(center_store: Store, tmp_path: Path, name: str) -> None:
    path = tmp_path / name
    path.write_bytes(bytes(range(256)) * 40)
    assert refused(center_store, path).problem is FileProblem.NOT_SPREADSHEET


def test_a_zip_that_is_not_a_workbook(center_store: Store, tmp_path: Path) -> None:
    path = tmp_path / "archive.xlsx"
    with zipfile.ZipFile(path, "w") as archive:
        archive.writestr("word/document.xml", "<w/>")
    assert refused(center_store, path).problem is FileProblem.NOT_SPREADSHEET
    damaged = tmp_path / "damaged.xlsx"
    write_xlsx(damaged, {"Sheet": [HEADER, *ROWS]})
    damaged.write_bytes(damaged.read_bytes()[:600])
    assert refused(center_store, damaged).problem is FileProblem.NOT_SPREADSHEET


def test_old_excel_format(center_store: Store, tmp_path: Path) -> None:
    path = tmp_path / "old.xls"
    path.write_bytes(b"\xd0\xcf\x11\xe0\xa1\xb1\x1a\xe1" + b"\x00" * 1000)
    assert refused(center_store, path).problem is FileProblem.OLD_EXCEL


def test_missing_file(center_store: Store, tmp_path: Path) -> None:
    assert refused(center_store, tmp_path / "nowhere.csv").problem is FileProblem.UNREADABLE


def test_too_big_and_too_many_rows(
    center_store: Store, tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    path = write_csv(tmp_path / "colleges.csv", [HEADER, *ROWS, *ROWS, *ROWS])
    monkeypatch.setattr(importer, "MAX_ROWS", 5)
    error = refused(center_store, path)
    assert error.problem is FileProblem.TOO_MANY_ROWS
    assert "5" in error.message
    monkeypatch.setattr(readers, "MAX_FILE_BYTES", 100)
    assert refused(center_store, path).problem is FileProblem.TOO_BIG
    assert colleges(center_store) == 1  # only the host college of the center


def test_undecodable_text(center_store: Store, tmp_path: Path) -> None:
    path = tmp_path / "latin.csv"
    path.write_bytes("ชื่อสถานศึกษา,สังกัด\n".encode() + b"\xff\xfe\xfd\xfc abc\n")
    assert refused(center_store, path).problem is FileProblem.ENCODING


def test_kind_names() -> None:
    assert [kind.value for kind in TableKind] == [
        "colleges",
        "enterprises",
        "demand",
        "agreements",
        "teachers",
        "enrollments",
        "trainees",
        "certifications",
        "students",
        "placements",
    ]
