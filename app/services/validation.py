"""Validation errors that name the field they belong to, with translatable messages.

Every user-visible text here is a literal ``QCoreApplication.translate(context, source)`` call
so that ``lupdate`` can extract it; its ``{name}`` fields are filled with ``str.format`` afterwards.
Messages never include the rejected value: it may be personal data (PDPA) and error texts
can end up in logs.
"""

from __future__ import annotations

from PySide6.QtCore import QCoreApplication


class FieldError(ValueError):
    """A user input that cannot be accepted.

    ``field`` is the machine name of the input (``"national_id"``); ``message`` is a
    translated sentence for a person that names the field.
    """

    def __init__(self, field: str, message: str) -> None:
        super().__init__(message)
        self.field = field
        self.message = message

    def __reduce__(self) -> tuple[type[FieldError], tuple[str, str]]:
        return (type(self), (self.field, self.message))

    def __str__(self) -> str:
        return self.message


def field_label(field: str) -> str:
    """Return the translated label of a field for messages; unknown fields read as words."""
    labels = {
        "national_id": QCoreApplication.translate("FieldLabel", "National ID"),
        "phone": QCoreApplication.translate("FieldLabel", "Phone number"),
        "date": QCoreApplication.translate("FieldLabel", "Date"),
        "birth_date": QCoreApplication.translate("FieldLabel", "Date of birth"),
        "starts_on": QCoreApplication.translate("FieldLabel", "Start date"),
        "ends_on": QCoreApplication.translate("FieldLabel", "End date"),
        "title": QCoreApplication.translate("FieldLabel", "Name title"),
        "title_code": QCoreApplication.translate("FieldLabel", "Name title"),
        "first_name": QCoreApplication.translate("FieldLabel", "First name"),
        "last_name": QCoreApplication.translate("FieldLabel", "Last name"),
        "province": QCoreApplication.translate("FieldLabel", "Province"),
        "province_code": QCoreApplication.translate("FieldLabel", "Province"),
        "email": QCoreApplication.translate("FieldLabel", "Email"),
        "fiscal_year": QCoreApplication.translate("FieldLabel", "Fiscal year"),
        "academic_year": QCoreApplication.translate("FieldLabel", "Academic year"),
    }
    return labels.get(field, field.replace("_", " ").strip().capitalize())


def required_error(field: str) -> FieldError:
    """The error for a required field left empty."""
    message = QCoreApplication.translate("Validation", "{label} is required")
    return FieldError(field, message.format(label=field_label(field)))
