"""What every incident form shares, whether the incident happened to a teacher in an
internship or to a student in a placement: the stored columns and the fields after the one
that picks the internship or the placement."""

from __future__ import annotations

from datetime import date
from typing import Any

from app.models.enums import IncidentKind, IncidentStatus, Severity
from app.services.listing import labels
from app.services.records.common import Label, optional, written_date
from app.services.records.network import date_hint
from app.services.records.spec import FieldSpec, FieldWidget
from app.services.thai.dates import format_thai_date

INCIDENT_COLUMNS = (
    "placement_id",
    "internship_id",
    "kind",
    "occurred_on",
    "severity",
    "description",
    "actions",
    "status",
    "escalated_on",
)
"""The columns of ``Incident`` a save or a delete can change (and undo puts back)."""


def incident_detail_fields() -> tuple[FieldSpec, ...]:
    """Kind, date, severity, what happened, actions, status and escalation date."""
    return (
        FieldSpec("kind", FieldWidget.CHOICE, options=labels.incident_kind),
        FieldSpec("occurred_on", FieldWidget.DATE, hint=date_hint),
        FieldSpec("severity", FieldWidget.CHOICE, options=labels.severity),
        FieldSpec("description", FieldWidget.LONG_TEXT),
        FieldSpec("actions", FieldWidget.LONG_TEXT),
        FieldSpec("status", FieldWidget.CHOICE, options=labels.incident_status),
        FieldSpec("escalated_on", FieldWidget.DATE, hint=date_hint),
    )


def shown_date(day: date | None) -> str:
    """A stored date as a form shows it (day/month/B.E. year), or empty."""
    return format_thai_date(day, "numeric") if day is not None else ""


def incident_details(row: Any) -> dict[str, str]:
    """The detail fields of a stored incident as a form shows them."""
    return {
        "kind": IncidentKind(row.kind).value,
        "occurred_on": shown_date(row.occurred_on),
        "severity": Severity(row.severity).value,
        "description": row.description,
        "actions": row.actions or "",
        "status": IncidentStatus(row.status).value,
        "escalated_on": shown_date(row.escalated_on),
    }


def fill_incident_details(row: Any, data: Any, label: Label) -> None:
    """Write the detail fields of valid input ``data`` into the incident ``row``."""
    row.kind = IncidentKind(data.kind)
    row.occurred_on = written_date(data.occurred_on, "occurred_on", label)
    row.severity = Severity(data.severity)
    row.description = data.description.strip()
    row.actions = optional(data.actions)
    row.status = IncidentStatus(data.status)
    row.escalated_on = (
        written_date(data.escalated_on, "escalated_on", label)
        if data.escalated_on.strip()
        else None
    )
