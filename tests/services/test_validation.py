from __future__ import annotations

import pickle

import pytest
from PySide6.QtCore import QCoreApplication

from app.services.thai.identity import validate_national_id
from app.services.validation import FieldError, field_label, required_error


def test_field_error_carries_field_and_message() -> None:
    error = FieldError("national_id", "National ID is required")
    assert isinstance(error, ValueError)
    assert error.field == "national_id"
    assert error.message == "National ID is required"
    assert str(error) == "National ID is required"


def test_field_error_survives_pickling() -> None:
    copy = pickle.loads(pickle.dumps(FieldError("phone", "Phone number is required")))
    assert (copy.field, copy.message) == ("phone", "Phone number is required")


def test_field_label_known_and_unknown_fields() -> None:
    assert field_label("national_id") == "National ID"
    assert field_label("birth_date") == "Date of birth"
    assert field_label("student_code") == "Student code"


def test_required_error_names_the_field() -> None:
    error = required_error("phone")
    assert error.field == "phone"
    assert error.message == "Phone number is required"


@pytest.mark.usefixtures("thai_messages")
def test_messages_go_through_qt_translation() -> None:
    label = QCoreApplication.translate("FieldLabel", "National ID")
    template = QCoreApplication.translate(
        "Validation", "{label} is not valid: the check digit does not match"
    )
    assert label == "เลขประจำตัวประชาชน"
    assert "{label}" in template and "ไม่ถูกต้อง" in template
    with pytest.raises(FieldError) as caught:
        validate_national_id("1101700207031")
    assert caught.value.message == template.format(label=label)
