"""The forms of a knowledge-bank component of a network college (manual 1.4) and of a policy
recommendation (7.2).

A college has each of the four components once; a recommendation that is sent or
acknowledged has the day it was sent.
"""

from __future__ import annotations

from dataclasses import dataclass
from datetime import date
from typing import Any

from PySide6.QtCore import QCoreApplication
from sqlalchemy import select
from sqlalchemy.orm import Session

from app.models.enums import ComponentStatus, KnowledgeComponent, RecommendationStatus
from app.models.quality import KnowledgeBankComponent, PolicyRecommendation
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
from app.services.records.meeting import record_center
from app.services.records.network import date_hint
from app.services.records.spec import FieldSpec, FieldWidget, RecordKind, RecordSpec
from app.services.records.teachers import network_colleges
from app.services.thai.dates import format_thai_date
from app.services.thai.fiscal import current_fiscal_year
from app.services.validation import FieldError

MIN_FISCAL_YEAR = 2500
MAX_FISCAL_YEAR = 2700
TEXT_LIMIT = 4000
BODY_LIMIT = 20_000
SENT = frozenset({RecommendationStatus.SENT.value, RecommendationStatus.ACKNOWLEDGED.value})
"""The statuses of a recommendation that has left the center."""


@dataclass
class KnowledgeComponentInput:
    """A component of a college's knowledge bank; ``updated_on`` day/month/B.E. year."""

    college_id: int | None = None
    component: str = KnowledgeComponent.INFRASTRUCTURE.value
    status: str = ComponentStatus.NOT_STARTED.value
    evidence: str = ""
    updated_on: str = ""


@dataclass
class RecommendationInput:
    """A policy recommendation; ``sent_on`` only once it is sent."""

    fiscal_year: int = 0
    title: str = ""
    body: str = ""
    evidence: str = ""
    status: str = RecommendationStatus.DRAFT.value
    sent_on: str = ""


def quality_label(field: str) -> str:
    """The translated label of a field of the knowledge-bank and recommendation forms."""
    texts = {
        "college_id": QCoreApplication.translate("Records", "College"),
        "component": QCoreApplication.translate("Records", "Component"),
        "status": QCoreApplication.translate("Records", "Status"),
        "evidence": QCoreApplication.translate("Records", "Evidence"),
        "updated_on": QCoreApplication.translate("Records", "Status as of"),
        "fiscal_year": QCoreApplication.translate("Records", "Fiscal year (B.E.)"),
        "title": QCoreApplication.translate("Records", "Title"),
        "body": QCoreApplication.translate("Records", "Recommendation"),
        "sent_on": QCoreApplication.translate("Records", "Sent on"),
        CENTER_FIELD: QCoreApplication.translate("Records", "CVM center"),
    }
    return texts[field]


def _error(field: str, message: str, **values: object) -> FieldError:
    return field_error(field, message, quality_label, **values)


def _choice_error(field: str, value: str, codes: type[Any]) -> list[FieldError]:
    if value in {code.value for code in codes}:
        return []
    message = QCoreApplication.translate("Records", "{label}: choose one of the options offered.")
    return [_error(field, message)]


def _date(text: str, field: str, errors: list[FieldError]) -> date | None:
    if not text.strip():
        return None
    try:
        day = written_date(text, field, quality_label)
    except FieldError as error:
        errors.append(error)
        return None
    if day > date.today():
        message = QCoreApplication.translate("Records", "{label} cannot be a day still to come.")
        errors.append(_error(field, message))
    return day


def _date_text(day: date | None) -> str:
    return "" if day is None else format_thai_date(day, "numeric")


# -- knowledge bank ----------------------------------------------------------------------------
def validate_component(
    session: Session, data: KnowledgeComponentInput, record_id: int | None = None
) -> list[FieldError]:
    """Every problem of ``data`` (empty when it can be saved); ``record_id`` is the edited one."""
    errors = length_errors(data, {"evidence": TEXT_LIMIT}, quality_label)
    if data.college_id not in {choice.record_id for choice in network_colleges(session)}:
        message = QCoreApplication.translate(
            "Records", "{label}: choose a college of this CVM center's network."
        )
        errors.append(_error("college_id", message))
    errors += _choice_error("component", data.component, KnowledgeComponent)
    errors += _choice_error("status", data.status, ComponentStatus)
    _date(data.updated_on, "updated_on", errors)
    if errors:
        return errors
    same = session.scalars(
        select(KnowledgeBankComponent.id).where(
            KnowledgeBankComponent.deleted.is_(False),
            KnowledgeBankComponent.college_id == data.college_id,
            KnowledgeBankComponent.component == KnowledgeComponent(data.component),
        )
    )
    if any(row_id != record_id for row_id in same):
        message = QCoreApplication.translate(
            "Records",
            "{label}: this college already has this component recorded; edit that record instead.",
        )
        errors.append(_error("component", message))
    return errors


def _fill_component(_session: Session, row: Any, data: KnowledgeComponentInput) -> None:
    row.college_id = data.college_id
    row.component = KnowledgeComponent(data.component)
    row.status = ComponentStatus(data.status)
    row.evidence = optional(data.evidence)
    row.updated_on = (
        written_date(data.updated_on, "updated_on", quality_label)
        if data.updated_on.strip()
        else None
    )


def _load_component(_session: Session, row: Any) -> KnowledgeComponentInput:
    return KnowledgeComponentInput(
        college_id=row.college_id,
        component=KnowledgeComponent(row.component).value,
        status=ComponentStatus(row.status).value,
        evidence=row.evidence or "",
        updated_on=_date_text(row.updated_on),
    )


def _blank_component(session: Session) -> KnowledgeComponentInput:
    first = next(iter(network_colleges(session)), None)
    return KnowledgeComponentInput(
        college_id=first.record_id if first is not None else None,
        updated_on=_date_text(date.today()),
    )


KNOWLEDGE_BANK_COMPONENT = RecordSpec(
    kind=RecordKind.KNOWLEDGE_BANK_COMPONENT,
    model=KnowledgeBankComponent,
    columns=("college_id", "component", "status", "evidence", "updated_on"),
    fields=(
        FieldSpec("college_id", FieldWidget.RECORD),
        FieldSpec("component", FieldWidget.CHOICE, options=labels.knowledge_component),
        FieldSpec("status", FieldWidget.CHOICE, options=labels.component_status),
        FieldSpec("evidence", FieldWidget.LONG_TEXT, max_length=TEXT_LIMIT),
        FieldSpec("updated_on", FieldWidget.DATE, hint=date_hint),
    ),
    label=quality_label,
    titles=lambda: (
        QCoreApplication.translate("Records", "New knowledge-bank component"),
        QCoreApplication.translate("Records", "Edit knowledge-bank component"),
    ),
    blank=_blank_component,
    load=_load_component,
    validate=validate_component,
    fill=_fill_component,
    choices=lambda session: {"college_id": network_colleges(session)},
)


# -- policy recommendations --------------------------------------------------------------------
_RECOMMENDATION_LIMITS = {
    "title": column_length(PolicyRecommendation, "title", 300),
    "body": BODY_LIMIT,
    "evidence": TEXT_LIMIT,
}


def validate_recommendation(
    session: Session, data: RecommendationInput, record_id: int | None = None
) -> list[FieldError]:
    """Every problem of ``data`` (empty when it can be saved); ``record_id`` is the edited one."""
    errors = length_errors(data, _RECOMMENDATION_LIMITS, quality_label)
    if record_center(session, PolicyRecommendation, record_id) is None:
        errors.append(no_center_error())
    if not MIN_FISCAL_YEAR <= data.fiscal_year <= MAX_FISCAL_YEAR:
        message = QCoreApplication.translate(
            "Records", "{label} must be a Buddhist Era year from {first} to {last}."
        )
        errors.append(_error("fiscal_year", message, first=MIN_FISCAL_YEAR, last=MAX_FISCAL_YEAR))
    for field in ("title", "body"):
        if not getattr(data, field).strip():
            errors.append(required(field, quality_label))
    errors += _choice_error("status", data.status, RecommendationStatus)
    if data.status in SENT:
        if not data.sent_on.strip():
            message = QCoreApplication.translate(
                "Records", "{label} is required once the recommendation is sent."
            )
            errors.append(_error("sent_on", message))
        _date(data.sent_on, "sent_on", errors)
    return errors


def _fill_recommendation(session: Session, row: Any, data: RecommendationInput) -> None:
    row.fiscal_year = data.fiscal_year
    row.title = data.title.strip()
    row.body = data.body.strip()
    row.evidence = optional(data.evidence)
    row.status = RecommendationStatus(data.status)
    sent = data.status in SENT and data.sent_on.strip()
    row.sent_on = written_date(data.sent_on, "sent_on", quality_label) if sent else None
    if row.id is None:  # a new recommendation is this installation's center's
        row.center_id = site_center_id(session)


def _load_recommendation(_session: Session, row: Any) -> RecommendationInput:
    return RecommendationInput(
        fiscal_year=row.fiscal_year,
        title=row.title,
        body=row.body,
        evidence=row.evidence or "",
        status=RecommendationStatus(row.status).value,
        sent_on=_date_text(row.sent_on),
    )


POLICY_RECOMMENDATION = RecordSpec(
    kind=RecordKind.POLICY_RECOMMENDATION,
    model=PolicyRecommendation,
    columns=("center_id", "fiscal_year", "title", "body", "evidence", "status", "sent_on"),
    fields=(
        FieldSpec(
            "fiscal_year", FieldWidget.NUMBER, minimum=MIN_FISCAL_YEAR, maximum=MAX_FISCAL_YEAR
        ),
        FieldSpec("title", max_length=_RECOMMENDATION_LIMITS["title"]),
        FieldSpec("body", FieldWidget.LONG_TEXT, max_length=BODY_LIMIT),
        FieldSpec(
            "evidence",
            FieldWidget.LONG_TEXT,
            max_length=TEXT_LIMIT,
            hint=lambda: QCoreApplication.translate(
                "Records", "the indicators and figures it rests on"
            ),
        ),
        FieldSpec("status", FieldWidget.CHOICE, options=labels.recommendation_status),
        FieldSpec("sent_on", FieldWidget.DATE, hint=date_hint, enabled_when=("status", SENT)),
    ),
    label=quality_label,
    titles=lambda: (
        QCoreApplication.translate("Records", "New policy recommendation"),
        QCoreApplication.translate("Records", "Edit policy recommendation"),
    ),
    blank=lambda _session: RecommendationInput(fiscal_year=current_fiscal_year()),
    load=_load_recommendation,
    validate=validate_recommendation,
    fill=_fill_recommendation,
)

SPECS: dict[RecordKind, RecordSpec] = {
    spec.kind: spec for spec in (KNOWLEDGE_BANK_COMPONENT, POLICY_RECOMMENDATION)
}
