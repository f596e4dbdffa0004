from __future__ import annotations

import pytest

from app.services.thai.identity import (
    format_national_id,
    format_thai_phone,
    validate_national_id,
    validate_thai_phone,
)
from app.services.validation import FieldError

# Check digit by hand: sum of digit * weight (13, 12, ..., 2) over the first 12 digits,
# then (11 - sum % 11) % 10.
#   1 2 3 4 5 6 7 8 9 0 1 2 -> 13+24+33+40+45+48+49+48+45+0+3+4 = 352 = 32*11 -> check 1
#   0 1 2 3 4 5 6 7 8 9 0 1 -> 0+12+22+30+36+40+42+42+40+36+0+2 = 302, 302 % 11 = 5 -> check 6
#   9 1 2 3 4 5 6 7 8 9 0 1 -> 117+12+22+30+36+40+42+42+40+36+0+2 = 419, 419 % 11 = 1 -> check 0
VALID_IDS = ["1101700207030", "3100600445635", "1234567890121", "0123456789016", "9123456789010"]


@pytest.mark.parametrize("number", VALID_IDS)
def test_valid_national_ids(number: str) -> None:
    assert validate_national_id(number) == number


@pytest.mark.parametrize(
    "text",
    [
        "1-1017-00207-03-0",
        "1 1017 00207 03 0",
        " 1101700207030 ",
        "๑๑๐๑๗๐๐๒๐๗๐๓๐",
        "1–1017–00207–03–0",
    ],
)
def test_national_id_is_normalised(text: str) -> None:
    assert validate_national_id(text) == "1101700207030"


@pytest.mark.parametrize(
    "number",
    [
        "1101700207031",  # last digit changed
        "1201700207030",  # second digit changed
        "1234567890122",
        "0123456789015",
    ],
)
def test_wrong_check_digit(number: str) -> None:
    with pytest.raises(FieldError) as caught:
        validate_national_id(number)
    assert caught.value.field == "national_id"
    assert caught.value.message == "National ID is not valid: the check digit does not match"


@pytest.mark.parametrize("number", ["110170020703", "11017002070300", "1"])
def test_wrong_length(number: str) -> None:
    with pytest.raises(FieldError) as caught:
        validate_national_id(number)
    assert "13 digits" in caught.value.message
    assert str(len(number)) in caught.value.message


@pytest.mark.parametrize("number", ["11017002070A0", "1101700207030x", "๑๑๐๑๗๐๐๒๐๗๐๓O"])
def test_not_digits(number: str) -> None:
    with pytest.raises(FieldError) as caught:
        validate_national_id(number)
    assert caught.value.message == "National ID must contain digits only"


def test_empty_national_id_is_required_and_names_the_callers_field() -> None:
    with pytest.raises(FieldError) as caught:
        validate_national_id(" - ", field="teacher_national_id")
    assert caught.value.field == "teacher_national_id"
    assert caught.value.message == "Teacher national id is required"


def test_message_does_not_repeat_the_number() -> None:
    with pytest.raises(FieldError) as caught:
        validate_national_id("1101700207031")
    assert "1101700207031" not in caught.value.message


def test_format_national_id() -> None:
    assert format_national_id("1101700207030") == "1-1017-00207-03-0"


@pytest.mark.parametrize(
    ("text", "e164"),
    [
        ("081-234-5678", "+66812345678"),
        ("0812345678", "+66812345678"),
        ("+66 81 234 5678", "+66812345678"),
        ("๐๘๑ ๒๓๔ ๕๖๗๘", "+66812345678"),
        ("02 123 4567", "+6621234567"),
        ("(02) 123-4567", "+6621234567"),
        ("053 123 456", "+6653123456"),
        ("0612345678", "+66612345678"),
    ],
)
def test_valid_thai_phones_are_stored_as_e164(text: str, e164: str) -> None:
    assert validate_thai_phone(text) == e164


@pytest.mark.parametrize("text", ["1234", "0212345678", "081234567", "not a phone", "+66"])
def test_invalid_phones(text: str) -> None:
    with pytest.raises(FieldError) as caught:
        validate_thai_phone(text)
    assert caught.value.field == "phone"
    assert caught.value.message.startswith("Phone number is not a valid phone number")


def test_foreign_phone_is_refused() -> None:
    with pytest.raises(FieldError) as caught:
        validate_thai_phone("+44 20 7946 0018", field="mobile")
    assert caught.value.field == "mobile"
    assert caught.value.message == "Mobile must be a Thai phone number"


def test_empty_phone_is_required() -> None:
    with pytest.raises(FieldError) as caught:
        validate_thai_phone("  ")
    assert caught.value.message == "Phone number is required"


@pytest.mark.parametrize(
    ("stored", "shown"),
    [
        ("+66812345678", "081 234 5678"),
        ("+6621234567", "02 123 4567"),
        ("0812345678", "081 234 5678"),
        ("call me", "call me"),
    ],
)
def test_format_thai_phone(stored: str, shown: str) -> None:
    assert format_thai_phone(stored) == shown
