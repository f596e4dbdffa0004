"""Thai calendar dates: Buddhist Era years, Thai month names, formatting and parsing.

The Buddhist Era (พ.ศ.) year is the Common Era year plus 543. Months and days are the
Gregorian ones.
"""

from __future__ import annotations

import re
from datetime import date
from typing import Literal

from PySide6.QtCore import QCoreApplication

from app.services.thai.digits import to_arabic_digits, to_thai_digits
from app.services.validation import FieldError, field_label, required_error

BE_OFFSET = 543

MONTHS_FULL: tuple[str, ...] = (
    "มกราคม",
    "กุมภาพันธ์",
    "มีนาคม",
    "เมษายน",
    "พฤษภาคม",
    "มิถุนายน",
    "กรกฎาคม",
    "สิงหาคม",
    "กันยายน",
    "ตุลาคม",
    "พฤศจิกายน",
    "ธันวาคม",
)
MONTHS_SHORT: tuple[str, ...] = (
    "ม.ค.",
    "ก.พ.",
    "มี.ค.",
    "เม.ย.",
    "พ.ค.",
    "มิ.ย.",
    "ก.ค.",
    "ส.ค.",
    "ก.ย.",
    "ต.ค.",
    "พ.ย.",
    "ธ.ค.",
)

DateStyle = Literal["full", "short", "numeric"]

# Lookup of month names with dots and spaces removed: "ตุลาคม" and "ตค" -> 10.
_MONTH_BY_KEY: dict[str, int] = {
    **{name: number for number, name in enumerate(MONTHS_FULL, start=1)},
    **{name.replace(".", ""): number for number, name in enumerate(MONTHS_SHORT, start=1)},
}
_ERA_KEY = "พศ"  # "พ.ศ." with the dots removed
_INVISIBLE = dict.fromkeys(map(ord, "\u200b\u200c\u200d\ufeff"))
_PREFIX = re.compile(r"^วันที่\s*")
_ERA = r"(?:พ\.?\s*ศ\.?\s*)?"
_ISO = re.compile(r"^(\d{4})-(\d{1,2})-(\d{1,2})$")
_NUMERIC = re.compile(rf"^(\d{{1,2}})\s*([/.-])\s*(\d{{1,2}})\s*\2\s*{_ERA}(\d{{4}}|\d{{2}})$")
_WITH_MONTH_NAME = re.compile(r"^(\d{1,2})\s*([^\d]+?)\s*(\d{4}|\d{2})$")


def be_year(year_ce: int) -> int:
    """Return the Buddhist Era year of a Common Era year."""
    return year_ce + BE_OFFSET


def ce_year(year_be: int) -> int:
    """Return the Common Era year of a Buddhist Era year."""
    return year_be - BE_OFFSET


def format_be_year(year_ce: int, thai_digits: bool = False) -> str:
    """Return the Buddhist Era year of ``year_ce`` as text, e.g. 2025 -> "2568"."""
    text = str(be_year(year_ce))
    return to_thai_digits(text) if thai_digits else text


def format_thai_date(d: date, style: DateStyle = "full", thai_digits: bool = False) -> str:
    """Format a date the Thai way.

    ``"full"`` -> "1 ตุลาคม 2568", ``"short"`` -> "1 ต.ค. 68", ``"numeric"`` -> "01/10/2568".
    """
    year = be_year(d.year)
    if style == "full":
        text = f"{d.day} {MONTHS_FULL[d.month - 1]} {year}"
    elif style == "short":
        text = f"{d.day} {MONTHS_SHORT[d.month - 1]} {year % 100:02d}"
    elif style == "numeric":
        text = f"{d.day:02d}/{d.month:02d}/{year}"
    else:
        raise ValueError(f"unknown date style: {style!r}")
    return to_thai_digits(text) if thai_digits else text


def parse_thai_date(text: str, field: str = "date") -> date:
    """Read a date written the Thai way; raise FieldError naming ``field`` if it is not one.

    Accepted: "1/10/2568", "01-10-2568", "1.10.68", "1 ต.ค. 2568", "1 ตุลาคม 2568",
    "1 ต.ค. 68", "วันที่ 1 ตุลาคม พ.ศ. 2568", ISO "2025-10-01", and any of these in Thai
    digits. A two-digit year is a B.E. year 25xx; a four-digit year of 2400 or more is B.E.,
    a smaller one is C.E.
    """
    cleaned = " ".join(to_arabic_digits(text).translate(_INVISIBLE).split())
    if not cleaned:
        raise required_error(field)
    cleaned = _PREFIX.sub("", cleaned)
    parts = _split_date(cleaned, field)
    if parts is None:
        message = QCoreApplication.translate(
            "Validation",
            "{label}: this is not a date; write day/month/year, for example 1/10/2568",
        )
        raise FieldError(field, message.format(label=field_label(field)))
    day, month, year_text = parts
    try:
        return date(_year_ce(year_text), month, day)
    except ValueError:
        message = QCoreApplication.translate(
            "Validation", "{label} is not a real calendar date: check the day and the month"
        )
        raise FieldError(field, message.format(label=field_label(field))) from None


def _split_date(text: str, field: str) -> tuple[int, int, str] | None:
    """Return (day, month, year digits) of a cleaned date text, or None if it has no known form."""
    if match := _ISO.match(text):
        return int(match[3]), int(match[2]), match[1]
    if match := _NUMERIC.match(text):
        return int(match[1]), int(match[3]), match[4]
    if match := _WITH_MONTH_NAME.match(text):
        key = re.sub(r"[.\s]", "", match[2]).removesuffix(_ERA_KEY)
        if not any(char.isalpha() for char in key):
            return None  # "1/10" and the like: no month name at all
        month = _MONTH_BY_KEY.get(key)
        if month is None:
            message = QCoreApplication.translate(
                "Validation", "{label}: the month name is not recognised"
            )
            raise FieldError(field, message.format(label=field_label(field)))
        return int(match[1]), month, match[3]
    return None


def _year_ce(year_text: str) -> int:
    """Turn year digits into a C.E. year: "68" -> 2025, "2568" -> 2025, "2025" -> 2025."""
    year = int(year_text)
    if len(year_text) == 2:
        return ce_year(2500 + year)
    return ce_year(year) if year >= 2400 else year
