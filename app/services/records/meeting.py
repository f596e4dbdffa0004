"""The form of a meeting of the center (manual activity 1.1): its kind, date, title, minutes."""

from __future__ import annotations

from dataclasses import dataclass
from datetime import date
from typing import Any

from PySide6.QtCore import QCoreApplication
from sqlalchemy import select
from sqlalchemy.orm import Session

from app.models.enums import MeetingKind
from app.models.governance import Meeting
from app.services.listing import labels
from app.services.records.common import (
    CENTER_FIELD,
    column_length,
    field_error,
    length_errors,
    no_center_error,
    optional,
    required,
    site_center_id,
    written_date,
)
from app.services.records.network import date_hint
from app.services.records.spec import FieldSpec, FieldWidget, RecordKind, RecordSpec
from app.services.tabular.values import name_key
from app.services.thai.dates import format_thai_date
from app.services.validation import FieldError

MAX_ATTENDEES = 10_000
PATH_LENGTH = 4096
"""The longest path accepted where the column itself has no limit (Linux PATH_MAX)."""


@dataclass
class MeetingInput:
    """A meeting as typed; ``held_on`` is day/month/B.E. year, ``attendees`` 0 if unknown."""

    kind: str = MeetingKind.EXECUTIVE.value
    held_on: str = ""
    title: str = ""
    attendees: int = 0
    minutes_path: str = ""


_LIMITS = {
    "title": column_length(Meeting, "title", 250),
    "minutes_path": column_length(Meeting, "minutes_path", PATH_LENGTH),
}


def meeting_label(field: str) -> str:
    """The translated label of a field of the meeting form."""
    texts = {
        "kind": QCoreApplication.translate("Records", "Meeting of"),
        "held_on": QCoreApplication.translate("Records", "Held on"),
        "title": QCoreApplication.translate("Records", "Meeting title"),
        "attendees": QCoreApplication.translate("Records", "Attendees (0 if not recorded)"),
        "minutes_path": QCoreApplication.translate("Records", "Minutes file"),
        CENTER_FIELD: QCoreApplication.translate("Records", "CVM center"),
    }
    return texts[field]


def record_center(session: Session, model: Any, record_id: int | None) -> int | None:
    """The center of the edited row, or for a new one this installation's center."""
    if record_id is not None:
        row = session.get(model, record_id)
        if row is not None:
            return int(row.center_id)
    return site_center_id(session)


def validate_meeting(
    session: Session, data: MeetingInput, record_id: int | None = None
) -> list[FieldError]:
    """Every problem of ``data`` (empty when it can be saved); ``record_id`` is the edited one."""
    errors = length_errors(data, _LIMITS, meeting_label)
    center_id = record_center(session, Meeting, record_id)
    if center_id is None:
        errors.append(no_center_error())
    if data.kind not in {kind.value for kind in MeetingKind}:
        message = QCoreApplication.translate(
            "Records", "{label}: choose one of the kinds of meeting."
        )
        errors.append(field_error("kind", message, meeting_label))
    held_on: date | None = None
    if not data.held_on.strip():
        errors.append(required("held_on", meeting_label))
    else:
        try:
            held_on = written_date(data.held_on, "held_on", meeting_label)
        except FieldError as error:
            errors.append(error)
    if not data.title.strip():
        errors.append(required("title", meeting_label))
    if not 0 <= data.attendees <= MAX_ATTENDEES:
        message = QCoreApplication.translate(
            "Records", "{label} must be a number from {first} to {last}."
        )
        errors.append(field_error("attendees", message, meeting_label, first=0, last=MAX_ATTENDEES))
    if not errors:
        same_day = session.execute(
            select(Meeting.id, Meeting.title).where(
                Meeting.deleted.is_(False),
                Meeting.center_id == center_id,
                Meeting.kind == MeetingKind(data.kind),
                Meeting.held_on == held_on,
            )
        )
        key = name_key(data.title)
        if any(name_key(title) == key and row_id != record_id for row_id, title in same_day):
            message = QCoreApplication.translate(
                "Records",
                "{label}: a meeting of this kind with this title is already recorded on this date.",
            )
            errors.append(field_error("title", message, meeting_label))
    return errors


def _fill_meeting(session: Session, row: Any, data: MeetingInput) -> None:
    row.kind = MeetingKind(data.kind)
    row.held_on = written_date(data.held_on, "held_on", meeting_label)
    row.title = data.title.strip()
    row.attendees = data.attendees or None
    row.minutes_path = optional(data.minutes_path)
    if row.id is None:  # a new meeting is this installation's center's; an edit keeps its own
        row.center_id = site_center_id(session)


def _load_meeting(_session: Session, row: Any) -> MeetingInput:
    return MeetingInput(
        kind=MeetingKind(row.kind).value,
        held_on=format_thai_date(row.held_on, "numeric"),
        title=row.title,
        attendees=row.attendees or 0,
        minutes_path=row.minutes_path or "",
    )


MEETING = RecordSpec(
    kind=RecordKind.MEETING,
    model=Meeting,
    columns=("center_id", "kind", "held_on", "title", "attendees", "minutes_path"),
    fields=(
        FieldSpec("kind", FieldWidget.CHOICE, options=labels.meeting_kind),
        FieldSpec("held_on", FieldWidget.DATE, hint=date_hint),
        FieldSpec("title", max_length=_LIMITS["title"]),
        FieldSpec("attendees", FieldWidget.NUMBER, maximum=MAX_ATTENDEES),
        FieldSpec("minutes_path", FieldWidget.FILE, max_length=_LIMITS["minutes_path"]),
    ),
    label=meeting_label,
    titles=lambda: (
        QCoreApplication.translate("Records", "New meeting"),
        QCoreApplication.translate("Records", "Edit meeting"),
    ),
    blank=lambda _session: MeetingInput(),
    load=_load_meeting,
    validate=validate_meeting,
    fill=_fill_meeting,
)

SPECS: dict[RecordKind, RecordSpec] = {RecordKind.MEETING: MEETING}
