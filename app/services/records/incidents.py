"""What every incident form shares, whether the incident happened to a teacher in an
internship or to a student in a placement: the stored columns and the fields after the one
that picks the internship or the placement."""

from __future__ import annotations

from app.services.listing import labels
from app.services.records.network import date_hint
from app.services.records.spec import FieldSpec, FieldWidget

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
