"""The forms of teacher internships (manual 5.4): the internship, its daily logs, supervision
visits and safety incidents.

Daily-log hours are typed as text and read as a number with at most one decimal (7.5), from
0.5 to 24; a whole-number spin box could not hold half hours.
"""

from __future__ import annotations

from dataclasses import dataclass
from datetime import date
from decimal import Decimal, InvalidOperation
from typing import Any

from PySide6.QtCore import QCoreApplication
from sqlalchemy import Select, select
from sqlalchemy.orm import Session

from app.models.enums import IncidentKind, IncidentStatus, Severity
from app.models.network import Enterprise
from app.models.students import Incident
from app.models.teachers import DailyLog, InternshipVisit, Teacher, TeacherInternship
from app.services.listing import ListKind, ListQuery, page
from app.services.records.common import (
    column_length,
    field_error,
    length_errors,
    optional,
    required,
    written_date,
)
from app.services.records.incidents import (
    INCIDENT_COLUMNS,
    fill_incident_details,
    incident_detail_fields,
    incident_details,
    shown_date,
)
from app.services.records.inputs import enterprise_choices
from app.services.records.network import ENTERPRISES_OFFERED, date_hint, enterprise_field
from app.services.records.people import person_name, teacher_choices, teacher_field
from app.services.records.spec import (
    Choice,
    FieldSpec,
    FieldWidget,
    RecordKind,
    RecordLookup,
    RecordSpec,
)
from app.services.thai.digits import to_arabic_digits
from app.services.validation import FieldError

INTERNSHIPS_OFFERED = 200
"""Internships a form lists before anything is typed (the newest); typing searches them all."""
MIN_HOURS = Decimal("0.5")
MAX_HOURS = Decimal("24")
MAX_RATING = 5
LONG_TEXT = 4000


def internship_label(field: str) -> str:
    """The translated label of a field of the internship, log, visit and incident forms."""
    texts = {
        "teacher_id": QCoreApplication.translate("Records", "Teacher"),
        "enterprise_id": QCoreApplication.translate("Records", "Enterprise"),
        "mentor_name": QCoreApplication.translate("Records", "Mentor in the enterprise"),
        "plan": QCoreApplication.translate("Records", "Internship plan"),
        "starts_on": QCoreApplication.translate("Records", "Starts on"),
        "ends_on": QCoreApplication.translate("Records", "Ends on"),
        "report_received_on": QCoreApplication.translate("Records", "Final report received on"),
        "internship_id": QCoreApplication.translate("Records", "Teacher internship"),
        "log_date": QCoreApplication.translate("Records", "Date"),
        "work_done": QCoreApplication.translate("Records", "Work done"),
        "hours": QCoreApplication.translate("Records", "Hours"),
        "planned_on": QCoreApplication.translate("Records", "Planned on"),
        "visited_on": QCoreApplication.translate("Records", "Visited on"),
        "visitor_name": QCoreApplication.translate("Records", "Visitor"),
        "findings": QCoreApplication.translate("Records", "Findings"),
        "rating": QCoreApplication.translate("Records", "Rating (1-5, 0 if not rated)"),
        "kind": QCoreApplication.translate("Records", "Type of incident"),
        "occurred_on": QCoreApplication.translate("Records", "Occurred on"),
        "severity": QCoreApplication.translate("Records", "Severity"),
        "description": QCoreApplication.translate("Records", "What happened"),
        "actions": QCoreApplication.translate("Records", "Actions taken"),
        "status": QCoreApplication.translate("Records", "Status"),
        "escalated_on": QCoreApplication.translate("Records", "Escalated on"),
    }
    return texts[field]


def _date(text: str, field: str, errors: list[FieldError], *, needed: bool = True) -> date | None:
    """The date typed in ``field`` (None if empty or wrong; the problem goes to ``errors``)."""
    if not text.strip():
        if needed:
            errors.append(required(field, internship_label))
        return None
    try:
        return written_date(text, field, internship_label)
    except FieldError as error:
        errors.append(error)
        return None


def _error(field: str, message: str, **values: object) -> FieldError:
    return field_error(field, message, internship_label, **values)


def _live(session: Session, model: Any, record_id: int | None) -> Any:
    row = None if record_id is None else session.get(model, record_id)
    return None if row is None or row.deleted else row


# -- choosing an internship -------------------------------------------------------------------
def _internships() -> Select[Any]:
    return (
        select(
            TeacherInternship.id,
            Teacher.first_name,
            Teacher.last_name,
            Enterprise.name_th,
            TeacherInternship.starts_on,
            TeacherInternship.ends_on,
        )
        .join(Teacher, Teacher.id == TeacherInternship.teacher_id)
        .join(Enterprise, Enterprise.id == TeacherInternship.enterprise_id)
        .where(TeacherInternship.deleted.is_(False))
    )


def _named(session: Session, query: Select[Any]) -> list[Choice]:
    found = []
    for row_id, first, last, enterprise, starts, ends in session.execute(query):
        name = QCoreApplication.translate("Records", "{teacher} · {enterprise} · {first}–{last}")
        text = name.format(
            teacher=person_name(first, last, None),
            enterprise=enterprise,
            first=shown_date(starts),
            last=shown_date(ends),
        )
        found.append(Choice(row_id, text))
    return found


def internship_choices(session: Session, limit: int | None = INTERNSHIPS_OFFERED) -> list[Choice]:
    """The newest live teacher internships."""
    newest = _internships().order_by(
        TeacherInternship.starts_on.desc(), TeacherInternship.id.desc()
    )
    return _named(session, newest.limit(limit))


def _search_internships(session: Session, text: str, limit: int) -> list[Choice]:
    rows = page(session, ListQuery(ListKind.TEACHER_INTERNSHIPS, search=text), 0, limit)
    ids = [row.id for row in rows]
    named = {
        choice.record_id: choice
        for choice in _named(session, _internships().where(TeacherInternship.id.in_(ids)))
    }
    return [named[row_id] for row_id in ids if row_id in named]


def _internship_by_id(session: Session, record_id: int) -> Choice | None:
    found = _named(session, _internships().where(TeacherInternship.id == record_id))
    return found[0] if found else None


INTERNSHIP_LOOKUP = RecordLookup(_search_internships, _internship_by_id)


def internship_field() -> FieldSpec:
    """The field that picks a teacher internship by the teacher's or enterprise's name."""
    return FieldSpec("internship_id", FieldWidget.RECORD, lookup=INTERNSHIP_LOOKUP)


def _internship_of(
    session: Session, internship_id: int | None, errors: list[FieldError]
) -> TeacherInternship | None:
    internship = _live(session, TeacherInternship, internship_id)
    if internship is None:
        message = QCoreApplication.translate(
            "Records", "{label}: choose a recorded teacher internship."
        )
        errors.append(_error("internship_id", message))
    return internship  # type: ignore[no-any-return]


def _within(
    day: date | None,
    internship: TeacherInternship | None,
    field: str,
    errors: list[FieldError],
) -> None:
    """``day`` must fall within the internship's first and last day."""
    if day is None or internship is None:
        return
    if not internship.starts_on <= day <= internship.ends_on:
        message = QCoreApplication.translate(
            "Records", "{label} must fall within the internship, from {first} to {last}."
        )
        errors.append(
            _error(
                field,
                message,
                first=shown_date(internship.starts_on),
                last=shown_date(internship.ends_on),
            )
        )


# -- internships --------------------------------------------------------------------------------
@dataclass
class InternshipInput:
    """A teacher internship as chosen and typed; dates are day/month/B.E. year."""

    teacher_id: int | None = None
    enterprise_id: int | None = None
    mentor_name: str = ""
    plan: str = ""
    starts_on: str = ""
    ends_on: str = ""
    report_received_on: str = ""


_INTERNSHIP_LIMITS = {
    "mentor_name": column_length(TeacherInternship, "mentor_name", 200),
    "plan": LONG_TEXT,
}


def validate_internship(
    session: Session, data: InternshipInput, record_id: int | None = None
) -> list[FieldError]:
    """Every problem of ``data`` (empty when it can be saved); ``record_id`` is the edited one."""
    errors = length_errors(data, _INTERNSHIP_LIMITS, internship_label)
    if _live(session, Teacher, data.teacher_id) is None:
        message = QCoreApplication.translate("Records", "{label}: choose a recorded teacher.")
        errors.append(_error("teacher_id", message))
    if _live(session, Enterprise, data.enterprise_id) is None:
        message = QCoreApplication.translate("Records", "{label}: choose a recorded enterprise.")
        errors.append(_error("enterprise_id", message))
    starts = _date(data.starts_on, "starts_on", errors)
    ends = _date(data.ends_on, "ends_on", errors)
    received = _date(data.report_received_on, "report_received_on", errors, needed=False)
    if starts is not None and ends is not None and ends < starts:
        message = QCoreApplication.translate(
            "Records", "{label}: an internship cannot end before it starts."
        )
        errors.append(_error("ends_on", message))
    if starts is not None and received is not None and received < starts:
        message = QCoreApplication.translate(
            "Records", "{label} cannot be before the internship starts."
        )
        errors.append(_error("report_received_on", message))
    if errors or starts is None or ends is None:
        return errors
    overlapping = session.scalars(
        select(TeacherInternship.id).where(
            TeacherInternship.deleted.is_(False),
            TeacherInternship.teacher_id == data.teacher_id,
            TeacherInternship.starts_on <= ends,
            TeacherInternship.ends_on >= starts,
        )
    )
    if any(row_id != record_id for row_id in overlapping):
        message = QCoreApplication.translate(
            "Records",
            "{label}: this teacher already has an internship on some of these dates; "
            "one teacher cannot be in two internships at once.",
        )
        errors.append(_error("teacher_id", message))
    if record_id is not None:
        outside = session.scalar(
            select(DailyLog.id)
            .where(
                DailyLog.internship_id == record_id,
                DailyLog.deleted.is_(False),
                (DailyLog.log_date < starts) | (DailyLog.log_date > ends),
            )
            .limit(1)
        )
        if outside is not None:
            message = QCoreApplication.translate(
                "Records",
                "{label}: daily logs are recorded outside these dates; change or delete "
                "those logs first.",
            )
            errors.append(_error("starts_on", message))
    return errors


def _fill_internship(_session: Session, row: Any, data: InternshipInput) -> None:
    row.teacher_id = data.teacher_id
    row.enterprise_id = data.enterprise_id
    row.mentor_name = optional(data.mentor_name)
    row.plan = optional(data.plan)
    row.starts_on = written_date(data.starts_on, "starts_on", internship_label)
    row.ends_on = written_date(data.ends_on, "ends_on", internship_label)
    row.report_received_on = (
        written_date(data.report_received_on, "report_received_on", internship_label)
        if data.report_received_on.strip()
        else None
    )


def _load_internship(_session: Session, row: Any) -> InternshipInput:
    return InternshipInput(
        teacher_id=row.teacher_id,
        enterprise_id=row.enterprise_id,
        mentor_name=row.mentor_name or "",
        plan=row.plan or "",
        starts_on=shown_date(row.starts_on),
        ends_on=shown_date(row.ends_on),
        report_received_on=shown_date(row.report_received_on),
    )


TEACHER_INTERNSHIP = RecordSpec(
    kind=RecordKind.TEACHER_INTERNSHIP,
    model=TeacherInternship,
    columns=(
        "teacher_id",
        "enterprise_id",
        "mentor_name",
        "plan",
        "starts_on",
        "ends_on",
        "report_received_on",
    ),
    fields=(
        teacher_field(),
        enterprise_field(),
        FieldSpec("mentor_name", max_length=_INTERNSHIP_LIMITS["mentor_name"]),
        FieldSpec("plan", FieldWidget.LONG_TEXT),
        FieldSpec("starts_on", FieldWidget.DATE, hint=date_hint),
        FieldSpec("ends_on", FieldWidget.DATE, hint=date_hint),
        FieldSpec("report_received_on", FieldWidget.DATE, hint=date_hint),
    ),
    label=internship_label,
    titles=lambda: (
        QCoreApplication.translate("Records", "New teacher internship"),
        QCoreApplication.translate("Records", "Edit teacher internship"),
    ),
    blank=lambda _session: InternshipInput(),
    load=_load_internship,
    validate=validate_internship,
    fill=_fill_internship,
    choices=lambda session: {
        "teacher_id": teacher_choices(session),
        "enterprise_id": enterprise_choices(session, ENTERPRISES_OFFERED),
    },
)


# -- daily logs ---------------------------------------------------------------------------------
@dataclass
class DailyLogInput:
    """A day of an internship: date, work done and hours (text, e.g. "7.5")."""

    internship_id: int | None = None
    log_date: str = ""
    work_done: str = ""
    hours: str = ""


def read_hours(text: str) -> Decimal | None:
    """Hours typed as 8, 7.5 or 7,5 (Thai digits too): 0.5-24, at most one decimal; else None."""
    cleaned = to_arabic_digits(text).strip().replace(",", ".")
    try:
        hours = Decimal(cleaned)
    except InvalidOperation:
        return None
    if not hours.is_finite() or not MIN_HOURS <= hours <= MAX_HOURS:
        return None
    if hours != hours.quantize(Decimal("0.1")):
        return None
    return hours.quantize(Decimal("0.1"))


def validate_daily_log(
    session: Session, data: DailyLogInput, record_id: int | None = None
) -> list[FieldError]:
    """Every problem of ``data`` (empty when it can be saved); ``record_id`` is the edited one."""
    errors = length_errors(data, {"work_done": LONG_TEXT}, internship_label)
    internship = _internship_of(session, data.internship_id, errors)
    day = _date(data.log_date, "log_date", errors)
    _within(day, internship, "log_date", errors)
    if not data.work_done.strip():
        errors.append(required("work_done", internship_label))
    if not data.hours.strip():
        errors.append(required("hours", internship_label))
    elif read_hours(data.hours) is None:
        message = QCoreApplication.translate(
            "Records",
            "{label} must be a number from 0.5 to 24 with at most one decimal, for example 7.5.",
        )
        errors.append(_error("hours", message))
    if errors:
        return errors
    same_day = session.scalars(
        select(DailyLog.id).where(
            DailyLog.deleted.is_(False),
            DailyLog.internship_id == data.internship_id,
            DailyLog.log_date == day,
        )
    )
    if any(row_id != record_id for row_id in same_day):
        message = QCoreApplication.translate(
            "Records",
            "{label}: this internship already has a daily log for this date; edit that log "
            "instead.",
        )
        errors.append(_error("log_date", message))
    return errors


def _fill_daily_log(_session: Session, row: Any, data: DailyLogInput) -> None:
    row.internship_id = data.internship_id
    row.log_date = written_date(data.log_date, "log_date", internship_label)
    row.work_done = data.work_done.strip()
    row.hours = read_hours(data.hours)


def _load_daily_log(_session: Session, row: Any) -> DailyLogInput:
    return DailyLogInput(
        internship_id=row.internship_id,
        log_date=shown_date(row.log_date),
        work_done=row.work_done,
        hours=str(Decimal(row.hours).quantize(Decimal("0.1"))).removesuffix(".0"),
    )


DAILY_LOG = RecordSpec(
    kind=RecordKind.DAILY_LOG,
    model=DailyLog,
    columns=("internship_id", "log_date", "work_done", "hours"),
    fields=(
        internship_field(),
        FieldSpec("log_date", FieldWidget.DATE, hint=date_hint),
        FieldSpec("work_done", FieldWidget.LONG_TEXT),
        FieldSpec(
            "hours",
            max_length=5,
            hint=lambda: QCoreApplication.translate("Records", "for example 8 or 7.5"),
        ),
    ),
    label=internship_label,
    titles=lambda: (
        QCoreApplication.translate("Records", "New daily log"),
        QCoreApplication.translate("Records", "Edit daily log"),
    ),
    blank=lambda _session: DailyLogInput(),
    load=_load_daily_log,
    validate=validate_daily_log,
    fill=_fill_daily_log,
    choices=lambda session: {"internship_id": internship_choices(session)},
)


# -- supervision visits -------------------------------------------------------------------------
@dataclass
class VisitInput:
    """A supervision visit, planned and/or done; ``rating`` 0 when not rated."""

    internship_id: int | None = None
    planned_on: str = ""
    visited_on: str = ""
    visitor_name: str = ""
    findings: str = ""
    rating: int = 0


_VISIT_LIMITS = {
    "visitor_name": column_length(InternshipVisit, "visitor_name", 200),
    "findings": LONG_TEXT,
}


def validate_visit(
    session: Session, data: VisitInput, record_id: int | None = None
) -> list[FieldError]:
    """Every problem of ``data`` (empty when it can be saved); ``record_id`` is the edited one."""
    errors = length_errors(data, _VISIT_LIMITS, internship_label)
    _internship_of(session, data.internship_id, errors)
    _date(data.planned_on, "planned_on", errors, needed=False)
    _date(data.visited_on, "visited_on", errors, needed=False)
    if not data.planned_on.strip() and not data.visited_on.strip():
        message = QCoreApplication.translate(
            "Records", "{label}: give the planned date, the date of the visit or both."
        )
        errors.append(_error("planned_on", message))
    if not 0 <= data.rating <= MAX_RATING:
        message = QCoreApplication.translate(
            "Records", "{label} must be a number from {first} to {last}."
        )
        errors.append(_error("rating", message, first=0, last=MAX_RATING))
    return errors


def _fill_visit(_session: Session, row: Any, data: VisitInput) -> None:
    row.internship_id = data.internship_id
    row.planned_on = (
        written_date(data.planned_on, "planned_on", internship_label)
        if data.planned_on.strip()
        else None
    )
    row.visited_on = (
        written_date(data.visited_on, "visited_on", internship_label)
        if data.visited_on.strip()
        else None
    )
    row.visitor_name = optional(data.visitor_name)
    row.findings = optional(data.findings)
    row.rating = data.rating or None


def _load_visit(_session: Session, row: Any) -> VisitInput:
    return VisitInput(
        internship_id=row.internship_id,
        planned_on=shown_date(row.planned_on),
        visited_on=shown_date(row.visited_on),
        visitor_name=row.visitor_name or "",
        findings=row.findings or "",
        rating=row.rating or 0,
    )


INTERNSHIP_VISIT = RecordSpec(
    kind=RecordKind.INTERNSHIP_VISIT,
    model=InternshipVisit,
    columns=("internship_id", "planned_on", "visited_on", "visitor_name", "findings", "rating"),
    fields=(
        internship_field(),
        FieldSpec("planned_on", FieldWidget.DATE, hint=date_hint),
        FieldSpec("visited_on", FieldWidget.DATE, hint=date_hint),
        FieldSpec("visitor_name", max_length=_VISIT_LIMITS["visitor_name"]),
        FieldSpec("findings", FieldWidget.LONG_TEXT),
        FieldSpec("rating", FieldWidget.NUMBER, maximum=MAX_RATING),
    ),
    label=internship_label,
    titles=lambda: (
        QCoreApplication.translate("Records", "New supervision visit"),
        QCoreApplication.translate("Records", "Edit supervision visit"),
    ),
    blank=lambda _session: VisitInput(),
    load=_load_visit,
    validate=validate_visit,
    fill=_fill_visit,
    choices=lambda session: {"internship_id": internship_choices(session)},
)


# -- safety incidents ---------------------------------------------------------------------------
@dataclass
class IncidentInput:
    """A safety incident of a teacher internship; codes of kind, severity and status."""

    internship_id: int | None = None
    kind: str = IncidentKind.ACCIDENT.value
    occurred_on: str = ""
    severity: str = Severity.LOW.value
    description: str = ""
    actions: str = ""
    status: str = IncidentStatus.OPEN.value
    escalated_on: str = ""


def validate_incident(
    session: Session, data: IncidentInput, record_id: int | None = None
) -> list[FieldError]:
    """Every problem of ``data`` (empty when it can be saved); ``record_id`` is the edited one."""
    limits = {"description": LONG_TEXT, "actions": LONG_TEXT}
    errors = length_errors(data, limits, internship_label)
    internship = _internship_of(session, data.internship_id, errors)
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
    _within(occurred, internship, "occurred_on", errors)
    escalated = _date(data.escalated_on, "escalated_on", errors, needed=False)
    if occurred is not None and escalated is not None and escalated < occurred:
        message = QCoreApplication.translate(
            "Records", "{label} cannot be before the incident occurred."
        )
        errors.append(_error("escalated_on", message))
    if not data.description.strip():
        errors.append(required("description", internship_label))
    return errors


def _fill_incident(_session: Session, row: Any, data: IncidentInput) -> None:
    row.placement_id = None
    row.internship_id = data.internship_id
    fill_incident_details(row, data, internship_label)


def _load_incident(_session: Session, row: Any) -> IncidentInput:
    return IncidentInput(internship_id=row.internship_id, **incident_details(row))


INTERNSHIP_INCIDENT = RecordSpec(
    kind=RecordKind.INTERNSHIP_INCIDENT,
    model=Incident,
    columns=INCIDENT_COLUMNS,
    fields=(internship_field(), *incident_detail_fields()),
    label=internship_label,
    titles=lambda: (
        QCoreApplication.translate("Records", "New safety incident"),
        QCoreApplication.translate("Records", "Edit safety incident"),
    ),
    blank=lambda _session: IncidentInput(),
    load=_load_incident,
    validate=validate_incident,
    fill=_fill_incident,
    choices=lambda session: {"internship_id": internship_choices(session)},
)

SPECS: dict[RecordKind, RecordSpec] = {
    spec.kind: spec
    for spec in (TEACHER_INTERNSHIP, DAILY_LOG, INTERNSHIP_VISIT, INTERNSHIP_INCIDENT)
}
