"""Thai national id numbers (เลขประจำตัวประชาชน) and Thai phone numbers.

Phone numbers are stored in E.164 form ("+66812345678"): one spelling per number, so
duplicates can be found and the value is unambiguous when it leaves the country. Show them
with ``format_thai_phone`` ("081 234 5678", "02 123 4567").
"""

from __future__ import annotations

import re

import phonenumbers
from PySide6.QtCore import QCoreApplication
from stdnum.th import pin

from app.services.thai.digits import to_arabic_digits
from app.services.validation import FieldError, field_label, required_error

NATIONAL_ID_LENGTH = 13
_ID_SEPARATORS = re.compile(r"[\s\-–.]")  # spaces, hyphen, en dash, dot
_PHONE_REGION = "TH"


def normalise_national_id(value: str) -> str:
    """Return ``value`` with Thai digits made Arabic and separators removed (no checks)."""
    return _ID_SEPARATORS.sub("", to_arabic_digits(value))


def validate_national_id(value: str, field: str = "national_id") -> str:
    """Return the 13 digits of a valid national id; raise FieldError naming ``field`` if not.

    Accepts "1-1017-00207-03-0", spaces and Thai digits. The check digit is verified with
    python-stdnum's ``stdnum.th.pin``. Every leading digit is accepted: ids starting with 0
    (persons without registration status) and 9 (reserved) are issued too, although
    ``pin.validate`` refuses them.
    """
    number = normalise_national_id(value)
    label = field_label(field)
    if not number:
        raise required_error(field)
    if not number.isascii() or not number.isdigit():
        message = QCoreApplication.translate("Validation", "{label} must contain digits only")
        raise FieldError(field, message.format(label=label))
    if len(number) != NATIONAL_ID_LENGTH:
        message = QCoreApplication.translate(
            "Validation", "{label} must have 13 digits, but {count} were given"
        )
        raise FieldError(field, message.format(label=label, count=len(number)))
    if pin.calc_check_digit(number) != number[-1]:
        message = QCoreApplication.translate(
            "Validation", "{label} is not valid: the check digit does not match"
        )
        raise FieldError(field, message.format(label=label))
    return number


def format_national_id(number: str) -> str:
    """Group 13 id digits for display: "1101700207030" -> "1-1017-00207-03-0"."""
    digits = normalise_national_id(number)
    return str(pin.format(digits))


def _parse_phone(value: str, field: str) -> phonenumbers.PhoneNumber:
    text = to_arabic_digits(value).strip()
    if not text:
        raise required_error(field)
    label = field_label(field)
    try:
        number = phonenumbers.parse(text, _PHONE_REGION)
    except phonenumbers.NumberParseException:
        number = None
    if number is None or not phonenumbers.is_valid_number(number):
        message = QCoreApplication.translate(
            "Validation", "{label} is not a valid phone number, for example 081 234 5678"
        )
        raise FieldError(field, message.format(label=label))
    if phonenumbers.region_code_for_number(number) != _PHONE_REGION:
        message = QCoreApplication.translate("Validation", "{label} must be a Thai phone number")
        raise FieldError(field, message.format(label=label))
    return number


def validate_thai_phone(value: str, field: str = "phone") -> str:
    """Return a valid Thai phone number in E.164 form ("+66812345678").

    Accepts national ("081-234-5678", "02 123 4567") and international ("+66 81 234 5678")
    spellings and Thai digits; raises FieldError naming ``field`` otherwise.
    """
    number = _parse_phone(value, field)
    return str(phonenumbers.format_number(number, phonenumbers.PhoneNumberFormat.E164))


def format_thai_phone(value: str) -> str:
    """Return a Thai phone number in national display form ("081 234 5678", "02 123 4567").

    Text that is not a valid Thai number is returned unchanged, so stored values always show.
    """
    try:
        number = _parse_phone(value, "phone")
    except FieldError:
        return value
    return str(phonenumbers.format_number(number, phonenumbers.PhoneNumberFormat.NATIONAL))
