"""The forms of the safety of placed students (manual 6.2): supervision visits of a placement
and its incidents and complaints, with escalation to the provincial dual-vocational center.

An incident moves open -> being dealt with -> closed. Closing needs the actions written; a
high-severity or harassment incident must be escalated (the day it was reported to the
provincial dual-vocational center) before it can be closed.
"""

from __future__ import annotations

from dataclasses import dataclass
from datetime import date
from typing import Any

from PySide6.QtCore import QCoreApplication
from sqlalchemy import Select, select
from sqlalchemy.orm import Session

from app.models.enums import IncidentKind, IncidentStatus, Severity
from app.models.network import Enterprise
from app.models.students import Incident, Placement, Student, SupervisionVisit
from app.models.teachers import Teacher
from app.services.listing.kinds import table_of
from app.services.listing.search import targets_condition
from app.services.listing.spec import SearchTarget
from app.services.records.common import field_error, length_errors, optional, required, written_date
from app.services.records.incidents import (
    INCIDENT_COLUMNS,
    fill_incident_details,
    incident_detail_fields,
    incident_details,
    shown_date,
)
from app.services.records.network import date_hint
from app.services.records.people import person_name, teacher_choices, teacher_field
from app.services.records.spec import (
    Choice,
    FieldSpec,
    FieldWidget,
    RecordKind,
    RecordLookup,
    RecordSpec,
)
from app.services.validation import FieldError

PLACEMENTS_OFFERED = 200
"""Placements a form lists before anything is typed (the newest); typing searches them all."""
MAX_RATING = 5
LONG_TEXT = 4000
MUST_ESCALATE_KINDS = frozenset({IncidentKind.HARASSMENT.value})
MUST_ESCALATE_SEVERITIES = frozenset({Severity.HIGH.value})

_STUDENTS = table_of(Student)
_PLACEMENTS = table_of(Placement)
_STUDENT_TEXT = SearchTarget(
    "student_fts",
    _PLACEMENTS.c.student_id,
    (_STUDENTS.c.first_name, _STUDENTS.c.last_name, _STUDENTS.c.student_code),
)


def safety_label(field: str) -> str:
    """The translated label of a field of the visit and incident forms."""
    texts = {
        "placement_id": QCoreApplication.translate("Records", "Placement"),
        "visitor_teacher_id": QCoreApplication.translate("Records", "Supervising teacher"),
        "planned_on": QCoreApplication.translate("Records", "Planned on"),
        "visited_on": QCoreApplication.translate("Records", "Visited on"),
        "findings": QCoreApplication.translate("Records", "Findings"),
        "rating": QCoreApplication.translate("Records", "Rating (1-5, 0 if not rated)"),
        "kind": QCoreApplication.translate("Records", "Type of incident"),
        "occurred_on": QCoreApplication.translate("Records", "Occurred on"),
        "severity": QCoreApplication.translate("Records", "Severity"),
        "description": QCoreApplication.translate("Records", "What happened"),
        "actions": QCoreApplication.translate("Records", "Actions taken"),
        "status": QCoreApplication.translate("Records", "Status"),
        "escalated_on": QCoreApplication.translate(
            "Records", "Reported to the provincial dual-vocational center on"
        ),
    }
    return texts[field]


def _error(field: str, message: str, **values: object) -> FieldError:
    return field_error(field, message, safety_label, **values)


def _date(text: str, field: str, errors: list[FieldError], *, needed: bool = True) -> date | None:
    """The date typed in ``field`` (None if empty or wrong; the problem goes to ``errors``)."""
    if not text.strip():
        if needed:
            errors.append(required(field, safety_label))
        return None
    try:
        return written_date(text, field, safety_label)
    except FieldError as error:
        errors.append(error)
        return None


def _optional_date(text: str, field: str) -> date | None:
    return written_date(text, field, safety_label) if text.strip() else None


def _live(session: Session, model: Any, record_id: int | None) -> Any:
    row = None if record_id is None else session.get(model, record_id)
    return None if row is None or row.deleted else row


# -- choosing a placement -------------------------------------------------------------------------
def _placements() -> Select[Any]:
    return (
        select(
            Placement.id,
            Student.first_name,
            Student.last_name,
            Enterprise.name_th,
            Placement.starts_on,
            Placement.ends_on,
        )
        .join(Student, Student.id == Placement.student_id)
        .join(Enterprise, Enterprise.id == Placement.enterprise_id)
        .where(Placement.deleted.is_(False))
    )


def _named(session: Session, query: Select[Any]) -> list[Choice]:
    text = QCoreApplication.translate("Records", "{student} · {enterprise} · {first}–{last}")
    return [
        Choice(
            row_id,
            text.format(
                student=person_name(first, last, None),
                enterprise=enterprise,
                first=shown_date(starts),
                last=shown_date(ends),
            ),
        )
        for row_id, first, last, enterprise, starts, ends in session.execute(query)
    ]


def placement_choices(session: Session, limit: int | None = PLACEMENTS_OFFERED) -> list[Choice]:
    """The newest live placements."""
    newest = _placements().order_by(Placement.starts_on.desc(), Placement.id.desc())
    return _named(session, newest.limit(limit))


def _search_placements(session: Session, text: str, limit: int) -> list[Choice]:
    query = _placements().where(targets_condition((_STUDENT_TEXT,), text))
    newest = query.order_by(Placement.starts_on.desc(), Placement.id.desc())
    return _named(session, newest.limit(limit))


def _placement_by_id(session: Session, record_id: int) -> Choice | None:
    found = _named(session, _placements().where(Placement.id == record_id))
    return found[0] if found else None


PLACEMENT_LOOKUP = RecordLookup(_search_placements, _placement_by_id)


def placement_field() -> FieldSpec:
    """The field that picks a placement by its student's name or code."""
    return FieldSpec("placement_id", FieldWidget.RECORD, lookup=PLACEMENT_LOOKUP)


def _placement_of(
    session: Session, placement_id: int | None, errors: list[FieldError]
) -> Placement | None:
    placement = _live(session, Placement, placement_id)
    if placement is None:
        message = QCoreApplication.translate("Records", "{label}: choose a recorded placement.")
        errors.append(_error("placement_id", message))
    return placement  # type: ignore[no-any-return]


# -- supervision visits ---------------------------------------------------------------------------
@dataclass
class SupervisionVisitInput:
    """A supervision visit of a placement, planned and/or done; ``rating`` 0 when not rated."""

    placement_id: int | None = None
    visitor_teacher_id: int | None = None
    planned_on: str = ""
    visited_on: str = ""
    findings: str = ""
    rating: int = 0


def validate_supervision_visit(
    session: Session, data: SupervisionVisitInput, record_id: int | None = None
) -> list[FieldError]:
    """Every problem of ``data`` (empty when it can be saved); ``record_id`` is the edited one."""
    errors = length_errors(data, {"findings": LONG_TEXT}, safety_label)
    placement = _placement_of(session, data.placement_id, errors)
    if (
        data.visitor_teacher_id is not None
        and _live(session, Teacher, data.visitor_teacher_id) is None
    ):
        message = QCoreApplication.translate("Records", "{label}: choose a recorded teacher.")
        errors.append(_error("visitor_teacher_id", message))
    _date(data.planned_on, "planned_on", errors, needed=False)
    visited = _date(data.visited_on, "visited_on", errors, needed=False)
    if not data.planned_on.strip() and not data.visited_on.strip():
        message = QCoreApplication.translate(
            "Records", "{label}: give the planned date, the date of the visit or both."
        )
        errors.append(_error("planned_on", message))
    if placement is not None and visited is not None and visited < placement.starts_on:
        message = QCoreApplication.translate(
            "Records", "{label} cannot be before the placement starts ({first})."
        )
        errors.append(_error("visited_on", message, first=shown_date(placement.starts_on)))
    if not 0 <= data.rating <= MAX_RATING:
        message = QCoreApplication.translate(
            "Records", "{label} must be a number from {first} to {last}."
        )
        errors.append(_error("rating", message, first=0, last=MAX_RATING))
    return errors


def _fill_visit(_session: Session, row: Any, data: SupervisionVisitInput) -> None:
    row.placement_id = data.placement_id
    row.visitor_teacher_id = data.visitor_teacher_id
    row.planned_on = _optional_date(data.planned_on, "planned_on")
    row.visited_on = _optional_date(data.visited_on, "visited_on")
    row.findings = optional(data.findings)
    row.rating = data.rating or None


def _load_visit(_session: Session, row: Any) -> SupervisionVisitInput:
    return SupervisionVisitInput(
        placement_id=row.placement_id,
        visitor_teacher_id=row.visitor_teacher_id,
        planned_on=shown_date(row.planned_on),
        visited_on=shown_date(row.visited_on),
        findings=row.findings or "",
        rating=row.rating or 0,
    )


SUPERVISION_VISIT = RecordSpec(
    kind=RecordKind.SUPERVISION_VISIT,
    model=SupervisionVisit,
    columns=(
        "placement_id",
        "visitor_teacher_id",
        "planned_on",
        "visited_on",
        "findings",
        "rating",
    ),
    fields=(
        placement_field(),
        teacher_field("visitor_teacher_id"),
        FieldSpec("planned_on", FieldWidget.DATE, hint=date_hint),
        FieldSpec("visited_on", FieldWidget.DATE, hint=date_hint),
        FieldSpec("findings", FieldWidget.LONG_TEXT),
        FieldSpec("rating", FieldWidget.NUMBER, maximum=MAX_RATING),
    ),
    label=safety_label,
    titles=lambda: (
        QCoreApplication.translate("Records", "New supervision visit"),
        QCoreApplication.translate("Records", "Edit supervision visit"),
    ),
    blank=lambda _session: SupervisionVisitInput(),
    load=_load_visit,
    validate=validate_supervision_visit,
    fill=_fill_visit,
    choices=lambda session: {
        "placement_id": placement_choices(session),
        "visitor_teacher_id": teacher_choices(session),
    },
)


# -- incidents and complaints ---------------------------------------------------------------------
@dataclass
class PlacementIncidentInput:
    """An incident or complaint of a placed student; codes of kind, severity and status."""

    placement_id: int | None = None
    kind: str = IncidentKind.ACCIDENT.value
    occurred_on: str = ""
    severity: str = Severity.LOW.value
    description: str = ""
    actions: str = ""
    status: str = IncidentStatus.OPEN.value
    escalated_on: str = ""


def must_escalate(kind: str, severity: str) -> bool:
    """Whether an incident must be escalated before it is closed (high severity, harassment)."""
    return kind in MUST_ESCALATE_KINDS or severity in MUST_ESCALATE_SEVERITIES


def validate_placement_incident(
    session: Session,
    data: PlacementIncidentInput,
    record_id: int | None = None,
    today: date | None = None,
) -> list[FieldError]:
    """Every problem of ``data`` (empty when it can be saved); ``record_id`` is the edited one,
    ``today`` the day "in the future" is judged on (None: today)."""
    day = today or date.today()
    errors = length_errors(data, {"description": LONG_TEXT, "actions": LONG_TEXT}, safety_label)
    placement = _placement_of(session, data.placement_id, errors)
    choices = {
        "kind": {code.value for code in IncidentKind},
        "severity": {code.value for code in Severity},
        "status": {code.value for code in IncidentStatus},
    }
    message = QCoreApplication.translate("Records", "{label}: choose one of the options.")
    errors += [
        _error(field, message)
        for field, codes in choices.items()
        if getattr(data, field) not in codes
    ]
    occurred = _date(data.occurred_on, "occurred_on", errors)
    if occurred is not None and occurred > day:
        message = QCoreApplication.translate("Records", "{label} cannot be in the future.")
        errors.append(_error("occurred_on", message))
    elif (
        occurred is not None
        and placement is not None
        and not placement.starts_on <= occurred <= placement.ends_on
    ):
        message = QCoreApplication.translate(
            "Records", "{label} must fall within the placement, from {first} to {last}."
        )
        errors.append(
            _error(
                "occurred_on",
                message,
                first=shown_date(placement.starts_on),
                last=shown_date(placement.ends_on),
            )
        )
    escalated = _date(data.escalated_on, "escalated_on", errors, needed=False)
    if escalated is not None and escalated > day:
        message = QCoreApplication.translate("Records", "{label} cannot be in the future.")
        errors.append(_error("escalated_on", message))
    elif occurred is not None and escalated is not None and escalated < occurred:
        message = QCoreApplication.translate(
            "Records", "{label} cannot be before the incident occurred."
        )
        errors.append(_error("escalated_on", message))
    if not data.description.strip():
        errors.append(required("description", safety_label))
    if data.status == IncidentStatus.CLOSED.value:
        if not data.actions.strip():
            message = QCoreApplication.translate(
                "Records", "{label}: write the actions taken before closing the incident."
            )
            errors.append(_error("actions", message))
        if must_escalate(data.kind, data.severity) and not data.escalated_on.strip():
            message = QCoreApplication.translate(
                "Records",
                "{label}: a high-severity or harassment incident must be reported to the "
                "provincial dual-vocational center before it can be closed; write the day "
                "it was reported.",
            )
            errors.append(_error("escalated_on", message))
    return errors


def _validate(
    session: Session, data: PlacementIncidentInput, record_id: int | None = None
) -> list[FieldError]:
    return validate_placement_incident(session, data, record_id)


def _fill_incident(_session: Session, row: Any, data: PlacementIncidentInput) -> None:
    row.placement_id = data.placement_id
    row.internship_id = None
    fill_incident_details(row, data, safety_label)


def _load_incident(_session: Session, row: Any) -> PlacementIncidentInput:
    return PlacementIncidentInput(placement_id=row.placement_id, **incident_details(row))


INCIDENT = RecordSpec(
    kind=RecordKind.INCIDENT,
    model=Incident,
    columns=INCIDENT_COLUMNS,
    fields=(placement_field(), *incident_detail_fields()),
    label=safety_label,
    titles=lambda: (
        QCoreApplication.translate("Records", "New incident or complaint"),
        QCoreApplication.translate("Records", "Edit incident or complaint"),
    ),
    blank=lambda _session: PlacementIncidentInput(),
    load=_load_incident,
    validate=_validate,
    fill=_fill_incident,
    choices=lambda session: {"placement_id": placement_choices(session)},
)

SPECS: dict[RecordKind, RecordSpec] = {spec.kind: spec for spec in (SUPERVISION_VISIT, INCIDENT)}
