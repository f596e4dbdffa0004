"""Helpers every record form shares: field messages, column lengths, dates, this center.

They take the form's own ``label`` function: a field name such as "kind" means something
different on each form.
"""

from __future__ import annotations

from collections.abc import Callable
from datetime import date
from typing import Any

from PySide6.QtCore import QCoreApplication
from sqlalchemy import String
from sqlalchemy.orm import Session

from app.models.base import SyncedBase
from app.services.tabular.records import site_context
from app.services.thai.dates import parse_thai_date
from app.services.validation import FieldError

Label = Callable[[str], str]
CENTER_FIELD = "center_id"
"""No form shows the center: its problems appear on the form as a whole."""


def column_length(model: type[SyncedBase], column: str, fallback: int) -> int:
    """The most characters ``model.column`` holds (``fallback`` for a TEXT column)."""
    kind = model.__table__.c[column].type
    length = kind.length if isinstance(kind, String) else None
    return length or fallback


def field_error(field: str, message: str, label: Label, **values: object) -> FieldError:
    """``message`` (translated, with ``{label}``) about ``field`` as the form names it."""
    return FieldError(field, message.format(label=label(field), **values))


def required(field: str, label: Label) -> FieldError:
    return field_error(field, QCoreApplication.translate("Records", "{label} is required."), label)


def length_errors(data: Any, limits: dict[str, int], label: Label) -> list[FieldError]:
    """A problem for each text field of ``data`` longer than its limit."""
    message = QCoreApplication.translate(
        "Records", "{label} is too long: at most {count} characters."
    )
    return [
        field_error(field, message, label, count=limit)
        for field, limit in limits.items()
        if len(getattr(data, field).strip()) > limit
    ]


def site_center_id(session: Session) -> int | None:
    """The center this installation belongs to (set when the site was set up), or None."""
    return site_context(session).center_id


def no_center_error() -> FieldError:
    return FieldError(
        CENTER_FIELD,
        QCoreApplication.translate(
            "Records",
            "This computer is not yet set up as the office of a CVM center, so this record "
            "cannot be saved. Set up the center first.",
        ),
    )


def written_date(text: str, field: str, label: Label) -> date:
    """A date typed day/month/year (B.E.); raises FieldError naming ``field``."""
    try:
        return parse_thai_date(text, field)
    except FieldError:
        message = QCoreApplication.translate(
            "Records",
            "{label}: write a date as day/month/Buddhist Era year, for example 1/10/2568.",
        )
        raise field_error(field, message, label) from None


def optional(text: str) -> str | None:
    return text.strip() or None
