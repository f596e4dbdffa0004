"""Reading single cells: clean text, Thai digits, B.E./C.E. dates, phones, provinces, choices."""

from __future__ import annotations

from datetime import date, datetime

import pytest

from app.models.enums import CollegeGroupCode, Level, Ownership, StudyModeCode
from app.services.tabular import values as v
from app.services.tabular.columns import (
    AGREEMENTS,
    COLLEGES,
    DEMAND,
    ENTERPRISES,
    GROUPS,
    LEVELS,
    MODES,
    OWNERSHIP,
    spec_for,
)
from app.services.tabular.countries import country_name_th, find_country, parse_country
from app.services.tabular.exporter import display_phone
from app.services.thai.identity import format_thai_phone


def test_clean_text_removes_invisible_characters_and_extra_spaces() -> None:
    assert v.clean_text("  วิทยาลัย\u00a0เทคนิค\u200b  ชลบุรี \t") == "วิทยาลัย เทคนิค ชลบุรี"
    assert v.clean_text("\ufeffABC\u00ad") == "ABC"
    assert v.clean_text(12.0) == "12"
    assert v.clean_text(None) == ""
    assert v.clean_text(" บรรทัด 1 \r\n\r\n  บรรทัด 2 ", multiline=True) == "บรรทัด 1\nบรรทัด 2"
    assert v.clean_text("บรรทัด 1\nบรรทัด 2") == "บรรทัด 1 บรรทัด 2"


@pytest.mark.parametrize("blank", [None, "", "   ", "\u00a0", "-", " – ", "\u200b"])
def test_blank_cells(blank: v.CellValue) -> None:
    assert v.is_blank(blank)


@pytest.mark.parametrize(
    ("cell", "expected"),
    [
        ("1/10/2568", date(2025, 10, 1)),
        ("01-10-2025", date(2025, 10, 1)),
        ("๑/๑๐/๒๕๖๘", date(2025, 10, 1)),
        ("1 ต.ค. 68", date(2025, 10, 1)),
        ("วันที่ 1 ตุลาคม พ.ศ. 2568", date(2025, 10, 1)),
        ("2025-10-01", date(2025, 10, 1)),
        (datetime(2025, 10, 1), date(2025, 10, 1)),
        (date(2568, 10, 1), date(2025, 10, 1)),  # B.E. year typed into a C.E. date cell
        (45931, date(2025, 10, 1)),  # Excel day number
    ],
)
def test_dates_in_be_and_ce(cell: v.CellValue, expected: date) -> None:
    assert v.parse_date(cell) == expected


@pytest.mark.parametrize("cell", ["31/2/2568", "เมื่อวาน", "1/10", 12, True, "1 มกรา 2568"])
def test_bad_dates(cell: v.CellValue) -> None:
    with pytest.raises(v.CellError):
        v.parse_date(cell)


@pytest.mark.parametrize(
    ("cell", "expected"),
    [("2569", 2569), ("๒๕๖๙", 2569), ("ปีงบประมาณ 2569", 2569), (2026, 2569), ("69", 2569)],
)
def test_fiscal_years(cell: v.CellValue, expected: int) -> None:
    assert v.parse_fiscal_year(cell) == expected


@pytest.mark.parametrize("cell", ["ปีหน้า", "25690", 12345, datetime(2025, 1, 1)])
def test_bad_fiscal_years(cell: v.CellValue) -> None:
    with pytest.raises(v.CellError):
        v.parse_fiscal_year(cell)


def test_whole_numbers() -> None:
    parse = v.count_parser(0, 1_000_000)
    assert parse("1,200") == 1200
    assert parse("๑๒") == 12
    assert parse(12.0) == 12
    assert parse(" 7 ") == 7
    for bad in ("12.5", "สิบ", -1, 12.5, "2,000,000"):
        with pytest.raises(v.CellError):
            parse(bad)


def test_phones_are_stored_in_e164() -> None:
    assert v.parse_phone("081-234-5678") == "+66812345678"
    assert v.parse_phone("๐๘๑ ๒๓๔ ๕๖๗๘") == "+66812345678"
    assert v.parse_phone(812345678) == "+66812345678"  # Excel dropped the leading 0
    assert v.parse_phone("02 123 4567 ต่อ 12") == "+6621234567"
    assert v.parse_phone("+81 3-1234-5678") == "+81312345678"
    with pytest.raises(v.CellError, match="only one"):
        v.parse_phone("081-234-5678, 02-123-4567")
    with pytest.raises(v.CellError):
        v.parse_phone("12")


def test_display_phone_matches_the_shared_formatter() -> None:
    numbers = ["+66812345678", "+6621234567", "+6638123456", "+66612345678", "+81312345678"]
    for number in numbers:
        assert display_phone(number) == format_thai_phone(number)
    assert display_phone(None) is None


def test_provinces_by_thai_english_or_code() -> None:
    assert v.parse_province("จ.ชลบุรี") == "20"
    assert v.parse_province("Chon Buri") == "20"
    assert v.parse_province("กทม.") == "10"
    assert v.parse_province(20) == "20"
    with pytest.raises(v.CellError):
        v.parse_province("นอกโลก")


def test_controlled_values_in_thai_or_english() -> None:
    ownership = v.choice_parser(OWNERSHIP)
    assert ownership("รัฐบาล") is Ownership.PUBLIC
    assert ownership(" Private ") is Ownership.PRIVATE
    group = v.choice_parser(GROUPS)
    assert group("กลุ่มเชี่ยวชาญ") is CollegeGroupCode.EXPERT
    assert group("excellent center") is CollegeGroupCode.EXCELLENT
    assert group("กลุ่มทั่วไป (Standard)") is CollegeGroupCode.STANDARD
    with pytest.raises(v.CellError, match="use one of"):
        group("พิเศษ")


def test_lists_of_levels_and_modes() -> None:
    levels = v.choice_list_parser(LEVELS)
    assert levels("ปวช., ปวส., ทล.บ.") == {Level.PVC, Level.PVS, Level.BTECH}
    assert levels("ปวช. ปวส.") == {Level.PVC, Level.PVS}
    assert levels("ปวช และ ระยะสั้น") == {Level.PVC, Level.SHORT}
    assert levels("ไม่มี") == set()
    assert v.choice_list_parser(MODES)("ในระบบ/ทวิภาคี") == {
        StudyModeCode.FORMAL,
        StudyModeCode.DUAL,
    }
    with pytest.raises(v.CellError):
        levels("ปวช., ปริญญาเอก")


def test_yes_and_no() -> None:
    assert v.parse_yes_no("ใช่") is True
    assert v.parse_yes_no("YES") is True
    assert v.parse_yes_no("/") is True
    assert v.parse_yes_no(True) is True
    assert v.parse_yes_no("ไม่ใช่") is False
    assert v.parse_yes_no("0") is False
    with pytest.raises(v.CellError):
        v.parse_yes_no("บางที")


def test_countries() -> None:
    assert find_country("ไทย") == "TH"
    assert parse_country("ญี่ปุ่น") == "JP"
    assert parse_country("Japan") == "JP"
    assert parse_country("jp") == "JP"
    assert parse_country("ประเทศเกาหลีใต้") == "KR"
    with pytest.raises(v.CellError):
        parse_country("แอตแลนติส")
    for code in ("TH", "JP", "DE", "KR", "CN", "US"):
        assert find_country(country_name_th(code)) == code


def test_email() -> None:
    assert v.parse_email("HR@Example.CO.TH") == "HR@example.co.th"
    with pytest.raises(v.CellError):
        v.parse_email("hr at example")


@pytest.mark.parametrize(
    ("header", "field"),
    [
        ("  ชื่อสถานศึกษา * ", "name_th"),
        ("COLLEGE NAME", "name_th"),
        ("สังกัด", "ownership"),
        ("Ownership (public / private)", "ownership"),
        ("ระดับที่เปิดสอน", "levels"),
    ],
)
def test_headers_match_in_thai_or_english(header: str, field: str) -> None:
    column = COLLEGES.column_for(header)
    assert column is not None
    assert column.field == field


def test_every_kind_has_thai_and_english_headers_and_a_required_column() -> None:
    for spec in (COLLEGES, ENTERPRISES, DEMAND, AGREEMENTS):
        assert spec_for(spec.kind.value) is spec
        assert spec.required
        for column in spec.columns:
            assert spec.column_for(column.header_th) is column
            assert spec.column_for(column.header_en) is column
