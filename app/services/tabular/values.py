"""Reading one spreadsheet cell: clean text and typed values, with a reason when it fails.

Every parser takes a cell that is not blank and returns the value to store, or raises
:class:`CellError` with a translated reason. Reasons never repeat the rejected value: it may
be personal data (PDPA) and reasons can end up in logs.
"""

from __future__ import annotations

import re
import unicodedata
from collections.abc import Callable, Iterable, Mapping
from datetime import date, datetime, time
from typing import Any, TypeVar

import phonenumbers
from PySide6.QtCore import QCoreApplication

from app.services.thai.dates import BE_OFFSET, parse_thai_date
from app.services.thai.digits import to_arabic_digits
from app.services.thai.identity import validate_thai_phone
from app.services.thai.provinces import validate_province
from app.services.validation import FieldError

CellValue = str | int | float | bool | datetime | date | time | None
Parser = Callable[[CellValue], Any]
E = TypeVar("E")

# Excel serial day numbers that are plausible dates (1954-10-04 .. 2119-01-08).
_SERIAL_RANGE = (20_000, 80_000)
_YEAR_RANGE = (1950, 2150)

_SPACES = re.compile(r"[ \t\u00a0\u1680\u2000-\u200a\u202f\u205f\u3000]+")
_LINE_BREAKS = re.compile(r"\s*[\r\n]+\s*")
_INVISIBLE = dict.fromkeys(map(ord, "\u200b\u200c\u200d\u2060\ufeff\u00ad"))
_KEY_IGNORED = re.compile(r"[\s.()\[\]{}/\\\-_:*#,;'\"]+")
_BLANK_MARKS = frozenset({"-", "–", "—", "−"})


class CellError(ValueError):
    """A cell that cannot be read; ``message`` is the translated reason."""

    def __init__(self, message: str) -> None:
        super().__init__(message)
        self.message = message


def clean_text(value: CellValue, *, multiline: bool = False) -> str:
    """The text of a cell: invisible characters removed, spaces (incl. NBSP) collapsed."""
    if value is None:
        return ""
    if isinstance(value, str) and _already_clean(value):
        return value
    if isinstance(value, bool):
        return "TRUE" if value else "FALSE"
    if isinstance(value, float) and value.is_integer():
        value = int(value)
    if isinstance(value, datetime):
        value = value.date() if value.time() == time() else value
    text = unicodedata.normalize("NFC", str(value).translate(_INVISIBLE))
    if multiline:
        lines = (_SPACES.sub(" ", line).strip() for line in _LINE_BREAKS.split(text.strip()))
        return "\n".join(line for line in lines if line)
    return _SPACES.sub(" ", _LINE_BREAKS.sub(" ", text)).strip()


def _already_clean(text: str) -> bool:
    """Most cells need no cleaning; checking that is much cheaper than cleaning."""
    return (
        text.isprintable()  # False for NBSP, zero-width characters, tabs and line breaks
        and not text.startswith(" ")
        and not text.endswith(" ")
        and "  " not in text
        and (text.isascii() or unicodedata.is_normalized("NFC", text))
    )


def is_blank(value: CellValue) -> bool:
    """An empty cell, only spaces, or a lone dash (the usual "none" in Thai tables)."""
    if value is None:
        return True
    if isinstance(value, str):
        text = clean_text(value)
        return not text or text in _BLANK_MARKS
    return False


def choice_key(text: str) -> str:
    """A spelling reduced for comparison: case, spaces, dots, brackets and digits ignored."""
    cleaned = to_arabic_digits(clean_text(text)).replace("เเ", "แ").replace("ํา", "ำ")
    return _KEY_IGNORED.sub("", cleaned).casefold()


def name_key(text: str) -> str:
    """The key two names must share to be the same record (spaces and case ignored)."""
    cleaned = to_arabic_digits(clean_text(text)).replace("เเ", "แ").replace("ํา", "ำ")
    return re.sub(r"\s+", "", cleaned).casefold()


def _too_long(limit: int) -> CellError:
    return CellError(
        QCoreApplication.translate("Import", "Too long: at most {limit} characters.").format(
            limit=limit
        )
    )


def text_parser(max_length: int, *, multiline: bool = False) -> Parser:
    def parse(value: CellValue) -> str:
        text = clean_text(value, multiline=multiline)
        if len(text) > max_length:
            raise _too_long(max_length)
        return text

    return parse


def code_parser(max_length: int) -> Parser:
    """An identifier such as a college code: digits made Arabic, spaces removed."""

    def parse(value: CellValue) -> str:
        text = re.sub(r"\s+", "", to_arabic_digits(clean_text(value)))
        if len(text) > max_length:
            raise _too_long(max_length)
        return text

    return parse


def parse_whole_number(value: CellValue) -> int:
    if isinstance(value, bool):
        raise _not_a_number()
    if isinstance(value, int):
        return value
    if isinstance(value, float):
        if value.is_integer():
            return int(value)
        raise _not_a_number()
    text = re.sub(r"[\s,]", "", to_arabic_digits(clean_text(value)))
    text = re.sub(r"\.0+$", "", text)
    if not re.fullmatch(r"[+-]?\d{1,12}", text):
        raise _not_a_number()
    return int(text)


def _not_a_number() -> CellError:
    return CellError(QCoreApplication.translate("Import", "Write a whole number, for example 12."))


def count_parser(low: int, high: int) -> Parser:
    def parse(value: CellValue) -> int:
        number = parse_whole_number(value)
        if not low <= number <= high:
            message = QCoreApplication.translate(
                "Import", "The number must be from {low} to {high}."
            )
            raise CellError(message.format(low=f"{low:,}", high=f"{high:,}"))
        return number

    return parse


_YEAR_TEXT = re.compile(r"^(?:ปีงบประมาณ|ปีงบ|ปี|พศ|fy|be)?(\d{2}|\d{4})$")


def parse_fiscal_year(value: CellValue) -> int:
    """A B.E. fiscal year: "2569", "๒๕๖๙", "ปีงบประมาณ 2569", "69"; a C.E. year is converted."""
    if isinstance(value, bool | datetime | date | time):
        raise _not_a_fiscal_year()
    match = _YEAR_TEXT.match(choice_key(clean_text(value)))
    if match is None:
        raise _not_a_fiscal_year()
    digits = match[1]
    year = int(digits)
    if len(digits) == 2:
        year += 2500
    elif year < 2400:
        year += BE_OFFSET
    if not _YEAR_RANGE[0] + BE_OFFSET <= year <= _YEAR_RANGE[1] + BE_OFFSET:
        raise _not_a_fiscal_year()
    return year


def _not_a_fiscal_year() -> CellError:
    return CellError(
        QCoreApplication.translate("Import", "Write a fiscal year in B.E., for example 2569.")
    )


def parse_date(value: CellValue) -> date:
    """A date cell, an Excel day number, or text in B.E. or C.E. (see parse_thai_date)."""
    if isinstance(value, datetime):
        found = value.date()
    elif isinstance(value, date):
        found = value
    elif isinstance(value, bool | time):
        raise _not_a_date()
    elif isinstance(value, int | float):
        if not _SERIAL_RANGE[0] <= value <= _SERIAL_RANGE[1]:
            raise _not_a_date()
        from openpyxl.utils.datetime import from_excel

        found = from_excel(value).date()
    else:
        try:
            found = parse_thai_date(clean_text(value), "date")
        except FieldError as error:
            raise CellError(error.message) from None
    if found.year >= 2400:
        # A B.E. year typed into a C.E. date cell ("1/10/2568" read by Excel as C.E.).
        try:
            found = found.replace(year=found.year - BE_OFFSET)
        except ValueError:  # 29 February of a year that is not a leap year in C.E.
            raise _not_a_date() from None
    if not _YEAR_RANGE[0] <= found.year <= _YEAR_RANGE[1]:
        message = QCoreApplication.translate(
            "Import", "The year of this date is out of range: check the year."
        )
        raise CellError(message)
    return found


def _not_a_date() -> CellError:
    return CellError(
        QCoreApplication.translate(
            "Import", "Write a date as day/month/year, for example 1/10/2568."
        )
    )


_TRUE = frozenset(map(choice_key, ("ใช่", "yes", "y", "true", "1", "มี", "เป็น", "✓", "✔")))
_FALSE = frozenset(map(choice_key, ("ไม่ใช่", "ไม่", "no", "n", "false", "0", "ไม่มี", "ไม่เป็น")))


def parse_yes_no(value: CellValue) -> bool:
    if isinstance(value, bool):
        return value
    text = clean_text(value)
    key = choice_key(text)
    if key in _TRUE or text == "/":  # a tick written as a slash, as on Thai paper forms
        return True
    if key in _FALSE:
        return False
    raise CellError(QCoreApplication.translate("Import", "Write ใช่ or ไม่ใช่ (yes or no)."))


def choice_parser(synonyms: Mapping[E, Iterable[str]]) -> Callable[[CellValue], E]:
    """Read one of a few values, each written in any of its spellings."""
    index = {choice_key(spelling): value for value, words in synonyms.items() for spelling in words}
    shown = ", ".join(next(iter(words)) for words in synonyms.values())

    def parse(value: CellValue) -> E:
        found = index.get(choice_key(clean_text(value)))
        if found is None:
            raise _unknown_value(shown)
        return found

    return parse


def _unknown_value(shown: str) -> CellError:
    message = QCoreApplication.translate("Import", "Unknown value; use one of: {choices}.")
    return CellError(message.format(choices=shown))


_LIST_SEPARATORS = re.compile(r"\s*(?:[,;/|+\n、]|และ)\s*")


def choice_list_parser(synonyms: Mapping[E, Iterable[str]]) -> Callable[[CellValue], set[E]]:
    """Read a list such as "ปวช., ปวส., ทล.บ." into a set; "ไม่มี" is the empty set."""
    index = {choice_key(spelling): value for value, words in synonyms.items() for spelling in words}
    shown = ", ".join(next(iter(words)) for words in synonyms.values())
    none_keys = {choice_key(word) for word in ("ไม่มี", "none")}

    def parse(value: CellValue) -> set[E]:
        text = clean_text(value, multiline=True)
        if choice_key(text) in none_keys:
            return set()
        found: set[E] = set()
        for part in filter(None, _LIST_SEPARATORS.split(text)):
            item = index.get(choice_key(part))
            if item is not None:
                found.add(item)
                continue
            words = [index.get(choice_key(word)) for word in part.split()]
            if not words or any(word is None for word in words):
                raise _unknown_value(shown)
            found.update(word for word in words if word is not None)
        return found

    return parse


_EXTENSION = re.compile(r"\s*(?:ต่อ|ext\.?|x|#)\s*\d+\s*$", re.IGNORECASE)
_SEVERAL = re.compile(r"[,;/]|\bหรือ\b")


def parse_phone(value: CellValue) -> str:
    """One phone number in E.164 form; Thai numbers, or foreign ones written with "+"."""
    if isinstance(value, int | float) and not isinstance(value, bool):
        digits = str(int(value))
        # Excel drops the leading 0 of a number typed as a number: 812345678 -> 0812345678.
        text = f"0{digits}" if len(digits) in (8, 9) else digits
    else:
        text = _EXTENSION.sub("", to_arabic_digits(clean_text(value)))
    if _SEVERAL.search(text):
        raise CellError(
            QCoreApplication.translate("Import", "Write only one phone number in this column.")
        )
    try:
        return validate_thai_phone(text, "phone")
    except FieldError as error:
        if text.startswith(("+", "00")):
            try:
                number = phonenumbers.parse("+" + text.lstrip("+0"), None)
            except phonenumbers.NumberParseException:
                number = None
            if number is not None and phonenumbers.is_valid_number(number):
                return str(phonenumbers.format_number(number, phonenumbers.PhoneNumberFormat.E164))
        raise CellError(error.message) from None


def parse_province(value: CellValue) -> str:
    """The official two-digit code of a province named in Thai, in English or by code."""
    text = to_arabic_digits(clean_text(value))
    if text.isdigit() and len(text) == 1:
        text = f"0{text}"
    try:
        return validate_province(text, "province").code
    except FieldError as error:
        raise CellError(error.message) from None


_EMAIL = re.compile(r"^[^@\s]+@[^@\s]+\.[^@\s.]{2,}$")


def parse_email(value: CellValue) -> str:
    text = clean_text(value).removeprefix("mailto:")
    if not _EMAIL.match(text) or len(text) > 200:
        raise CellError(
            QCoreApplication.translate(
                "Import", "This is not an email address, for example name@example.com."
            )
        )
    local, _, domain = text.rpartition("@")
    return f"{local}@{domain.lower()}"
