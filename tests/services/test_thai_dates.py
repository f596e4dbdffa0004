from __future__ import annotations

from datetime import date

import pytest

from app.services.thai.dates import (
    MONTHS_FULL,
    MONTHS_SHORT,
    DateStyle,
    be_year,
    ce_year,
    format_be_year,
    format_thai_date,
    parse_thai_date,
)
from app.services.thai.digits import to_arabic_digits, to_thai_digits
from app.services.validation import FieldError

OCT_1_2025 = date(2025, 10, 1)
STYLES: tuple[DateStyle, ...] = ("full", "short", "numeric")


def test_month_names() -> None:
    assert len(MONTHS_FULL) == len(MONTHS_SHORT) == 12
    assert (MONTHS_FULL[0], MONTHS_FULL[9], MONTHS_FULL[11]) == ("มกราคม", "ตุลาคม", "ธันวาคม")
    assert (MONTHS_SHORT[0], MONTHS_SHORT[9], MONTHS_SHORT[11]) == ("ม.ค.", "ต.ค.", "ธ.ค.")


def test_buddhist_era_years() -> None:
    assert be_year(2025) == 2568
    assert ce_year(2568) == 2025
    assert format_be_year(2025) == "2568"
    assert format_be_year(2025, thai_digits=True) == "๒๕๖๘"


@pytest.mark.parametrize(
    ("style", "expected"),
    [("full", "1 ตุลาคม 2568"), ("short", "1 ต.ค. 68"), ("numeric", "01/10/2568")],
)
def test_format_styles(style: DateStyle, expected: str) -> None:
    assert format_thai_date(OCT_1_2025, style) == expected


def test_format_default_is_full_and_short_year_is_zero_padded() -> None:
    assert format_thai_date(date(2023, 12, 31)) == "31 ธันวาคม 2566"
    assert format_thai_date(date(2043, 1, 5), "short") == "5 ม.ค. 86"
    assert format_thai_date(date(2057, 2, 5), "short") == "5 ก.พ. 00"


def test_format_with_thai_digits() -> None:
    assert format_thai_date(OCT_1_2025, "full", thai_digits=True) == "๑ ตุลาคม ๒๕๖๘"
    assert format_thai_date(OCT_1_2025, "numeric", thai_digits=True) == "๐๑/๑๐/๒๕๖๘"


def test_format_rejects_unknown_style() -> None:
    with pytest.raises(ValueError, match="style"):
        format_thai_date(OCT_1_2025, "long")  # type: ignore[arg-type]


def test_digit_conversion() -> None:
    assert to_thai_digits("01/10/2568 abc") == "๐๑/๑๐/๒๕๖๘ abc"
    assert to_arabic_digits("๐๑๒๓๔๕๖๗๘๙") == "0123456789"


@pytest.mark.parametrize(
    "text",
    [
        "1/10/2568",
        "01/10/2568",
        "01-10-2568",
        "1.10.2568",
        "1/10/68",
        "1 ต.ค. 2568",
        "1 ต.ค.2568",
        "1 ตค 2568",
        "1 ตุลาคม 2568",
        "1 ต.ค. 68",
        "1 ตุลาคม พ.ศ. 2568",
        "1 ต.ค. พ.ศ.2568",
        "1/10/พ.ศ. 2568",
        "วันที่ 1 ตุลาคม 2568",
        "2025-10-01",
        "1/10/2025",
        "1 ตุลาคม 2025",
        "๑/๑๐/๒๕๖๘",
        "๑ ตุลาคม ๒๕๖๘",
        "  1  ต.ค.   2568 ",
        "\u200b1/10/2568",
    ],
)
def test_parse_accepts_thai_ways_of_writing_a_date(text: str) -> None:
    assert parse_thai_date(text) == OCT_1_2025


def test_parse_round_trips_every_month_and_style() -> None:
    for month in range(1, 13):
        d = date(2024, month, 28)
        for style in STYLES:
            for thai_digits in (False, True):
                text = format_thai_date(d, style, thai_digits)
                assert parse_thai_date(text) == d, text


def test_parse_leap_day_by_buddhist_year() -> None:
    assert parse_thai_date("29/02/2567") == date(2024, 2, 29)
    with pytest.raises(FieldError):
        parse_thai_date("29/02/2568")


@pytest.mark.parametrize(
    "text",
    ["31/02/2568", "32/01/2568", "1/13/2568", "0/10/2568", "2025-02-30"],
)
def test_parse_rejects_impossible_dates(text: str) -> None:
    with pytest.raises(FieldError) as caught:
        parse_thai_date(text)
    assert caught.value.field == "date"
    assert "calendar" in caught.value.message


@pytest.mark.parametrize(
    "text",
    ["junk", "1/10", "1/10-2568", "1/10/568", "2568/10/01", "1 ตุลา 2568", "1 oct 2568"],
)
def test_parse_rejects_unreadable_text(text: str) -> None:
    with pytest.raises(FieldError) as caught:
        parse_thai_date(text)
    assert caught.value.field == "date"
    assert caught.value.message.startswith("Date")


@pytest.mark.parametrize("text", ["", "   ", "\u200b"])
def test_parse_rejects_empty_text_as_required(text: str) -> None:
    with pytest.raises(FieldError) as caught:
        parse_thai_date(text)
    assert caught.value.message == "Date is required"


def test_parse_error_names_the_callers_field() -> None:
    with pytest.raises(FieldError) as caught:
        parse_thai_date("31/02/2568", field="birth_date")
    assert caught.value.field == "birth_date"
    assert caught.value.message.startswith("Date of birth")
