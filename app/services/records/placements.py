"""The form of a student placement (manual 6.1-6.2).

The college is the student's. The rules are those of :mod:`app.services.placements`: no
end before the start, no overlap with another placement of the student, a seat left in the
enterprise for the year and mode, only allowed status changes, no start (in progress or
completed) without the safety record, and a reason for a withdrawal.
"""

from __future__ import annotations

from dataclasses import dataclass
from datetime import date
from typing import Any

from PySide6.QtCore import QCoreApplication
from sqlalchemy.orm import Session

from app.models.enums import PlacementMode, PlacementStatus
from app.models.network import Enterprise
from app.models.students import Placement, Student
from app.models.teachers import Teacher
from app.services import placements as rules
from app.services.listing import labels
from app.services.records.common import (
    column_length,
    field_error,
    length_errors,
    optional,
    required,
    written_date,
)
from app.services.records.inputs import enterprise_choices
from app.services.records.network import ENTERPRISES_OFFERED, date_hint, enterprise_field
from app.services.records.people import (
    student_choices,
    student_field,
    teacher_choices,
    teacher_field,
)
from app.services.records.spec import FieldSpec, FieldWidget, RecordKind, RecordSpec
from app.services.thai.dates import format_thai_date
from app.services.thai.fiscal import fiscal_year_of
from app.services.validation import FieldError

LONG_TEXT = 4000


def placement_label(field: str) -> str:
    """The translated label of a field of the placement form."""
    texts = {
        "student_id": QCoreApplication.translate("Records", "Student"),
        "enterprise_id": QCoreApplication.translate("Records", "Enterprise"),
        "mode": QCoreApplication.translate("Records", "Placement mode"),
        "starts_on": QCoreApplication.translate("Records", "Starts on"),
        "ends_on": QCoreApplication.translate("Records", "Ends on"),
        "trainer_name": QCoreApplication.translate("Records", "Enterprise trainer"),
        "supervisor_teacher_id": QCoreApplication.translate("Records", "Supervising teacher"),
        "tasks": QCoreApplication.translate("Records", "Agreed tasks"),
        "status": QCoreApplication.translate("Records", "Status"),
        "withdrawal_reason": QCoreApplication.translate("Records", "Reason for withdrawal"),
    }
    return texts[field]


@dataclass
class PlacementInput:
    """A placement as chosen and typed; dates are day/month/B.E. year."""

    student_id: int | None = None
    enterprise_id: int | None = None
    mode: str = PlacementMode.INTERNSHIP.value
    starts_on: str = ""
    ends_on: str = ""
    trainer_name: str = ""
    supervisor_teacher_id: int | None = None
    tasks: str = ""
    status: str = PlacementStatus.PLANNED.value
    withdrawal_reason: str = ""


_LIMITS = {
    "trainer_name": column_length(Placement, "trainer_name", 200),
    "tasks": LONG_TEXT,
    "withdrawal_reason": LONG_TEXT,
}


def _error(field: str, message: str) -> FieldError:
    return field_error(field, message, placement_label)


def _live(session: Session, model: Any, record_id: int | None) -> Any:
    row = None if record_id is None else session.get(model, record_id)
    return None if row is None or row.deleted else row


def _date(text: str, field: str, errors: list[FieldError]) -> date | None:
    if not text.strip():
        errors.append(required(field, placement_label))
        return None
    try:
        return written_date(text, field, placement_label)
    except FieldError as error:
        errors.append(error)
        return None


def _references(session: Session, data: PlacementInput, errors: list[FieldError]) -> None:
    if _live(session, Student, data.student_id) is None:
        message = QCoreApplication.translate("Records", "{label}: choose a recorded student.")
        errors.append(_error("student_id", message))
    if _live(session, Enterprise, data.enterprise_id) is None:
        message = QCoreApplication.translate("Records", "{label}: choose a recorded enterprise.")
        errors.append(_error("enterprise_id", message))
    if (
        data.supervisor_teacher_id is not None
        and _live(session, Teacher, data.supervisor_teacher_id) is None
    ):
        message = QCoreApplication.translate("Records", "{label}: choose a recorded teacher.")
        errors.append(_error("supervisor_teacher_id", message))
    if data.mode not in {mode.value for mode in PlacementMode}:
        message = QCoreApplication.translate("Records", "{label}: choose one of the list.")
        errors.append(_error("mode", message))
    if data.status not in {status.value for status in PlacementStatus}:
        message = QCoreApplication.translate("Records", "{label}: choose one of the list.")
        errors.append(_error("status", message))


def validate_placement(
    session: Session, data: PlacementInput, record_id: int | None = None
) -> list[FieldError]:
    """Every problem of ``data`` (empty when it can be saved); ``record_id`` is the edited one."""
    errors = length_errors(data, _LIMITS, placement_label)
    _references(session, data, errors)
    starts = _date(data.starts_on, "starts_on", errors)
    ends = _date(data.ends_on, "ends_on", errors)
    if starts is not None and ends is not None and ends < starts:
        message = QCoreApplication.translate(
            "Records", "{label}: a placement cannot end before it starts."
        )
        errors.append(_error("ends_on", message))
    if errors or starts is None or ends is None or data.student_id is None:
        return errors
    stored: Placement | None = _live(session, Placement, record_id)
    status = PlacementStatus(data.status)
    mode = PlacementMode(data.mode)
    assert data.enterprise_id is not None
    for field, problem in placement_problems(
        session, data.student_id, data.enterprise_id, mode, starts, ends, status,
        data.withdrawal_reason, stored,
    ):  # fmt: skip
        errors.append(FieldError(field, problem))
    return errors


def placement_problems(
    session: Session,
    student_id: int,
    enterprise_id: int,
    mode: PlacementMode,
    starts: date,
    ends: date,
    status: PlacementStatus,
    reason: str,
    stored: Placement | None,
) -> list[tuple[str, str]]:
    """The conflicts of a placement with the stored ones: (field, translated message)."""
    problems: list[tuple[str, str]] = []
    record_id = None if stored is None else stored.id
    if stored is not None:
        refusal = rules.transition_refusal(stored.status, status, reason)
    elif status is PlacementStatus.WITHDRAWN and not reason.strip():
        refusal = rules.transition_refusal(status, status, reason)
    else:
        refusal = None
    if refusal is not None:
        field = "withdrawal_reason" if status is PlacementStatus.WITHDRAWN else "status"
        problems.append((field, refusal))
    starting = status in rules.STARTED and (stored is None or stored.status not in rules.STARTED)
    if starting and refusal is None:
        safety = rules.safety_refusal(rules.missing_briefings(session, student_id, starts))
        if safety is not None:
            problems.append(("status", safety))
    if status is PlacementStatus.WITHDRAWN:
        return problems
    other = rules.overlapping(session, student_id, starts, ends, record_id)
    if other is not None:
        problems.append(("starts_on", rules.overlap_refusal(*other)))
    year = fiscal_year_of(starts)
    same_seat = (
        stored is not None
        and stored.status != PlacementStatus.WITHDRAWN
        and stored.enterprise_id == enterprise_id
        and stored.mode == mode
        and fiscal_year_of(stored.starts_on) == year
    )
    if not same_seat:
        seats = rules.seats_of(session, enterprise_id, year, mode)
        taken = rules.seats_taken(session, enterprise_id, year, mode, record_id)
        if seats is not None and taken >= seats:
            problems.append(("enterprise_id", rules.full_refusal(year, seats)))
    return problems


def _fill(session: Session, row: Any, data: PlacementInput) -> None:
    student = session.get(Student, data.student_id)
    assert student is not None
    row.student_id = data.student_id
    row.college_id = student.college_id
    row.enterprise_id = data.enterprise_id
    row.mode = PlacementMode(data.mode)
    row.starts_on = written_date(data.starts_on, "starts_on", placement_label)
    row.ends_on = written_date(data.ends_on, "ends_on", placement_label)
    row.trainer_name = optional(data.trainer_name)
    row.supervisor_teacher_id = data.supervisor_teacher_id
    row.tasks = optional(data.tasks)
    row.status = PlacementStatus(data.status)
    row.withdrawal_reason = (
        optional(data.withdrawal_reason) if row.status is PlacementStatus.WITHDRAWN else None
    )


def _shown(day: date) -> str:
    return format_thai_date(day, "numeric")


def _load(_session: Session, row: Any) -> PlacementInput:
    return PlacementInput(
        student_id=row.student_id,
        enterprise_id=row.enterprise_id,
        mode=PlacementMode(row.mode).value,
        starts_on=_shown(row.starts_on),
        ends_on=_shown(row.ends_on),
        trainer_name=row.trainer_name or "",
        supervisor_teacher_id=row.supervisor_teacher_id,
        tasks=row.tasks or "",
        status=PlacementStatus(row.status).value,
        withdrawal_reason=row.withdrawal_reason or "",
    )


PLACEMENT = RecordSpec(
    kind=RecordKind.PLACEMENT,
    model=Placement,
    columns=(
        "student_id",
        "college_id",
        "enterprise_id",
        "mode",
        "starts_on",
        "ends_on",
        "trainer_name",
        "supervisor_teacher_id",
        "tasks",
        "status",
        "withdrawal_reason",
    ),
    fields=(
        student_field(),
        enterprise_field(),
        FieldSpec("mode", FieldWidget.CHOICE, options=labels.placement_mode),
        FieldSpec("starts_on", FieldWidget.DATE, hint=date_hint),
        FieldSpec("ends_on", FieldWidget.DATE, hint=date_hint),
        FieldSpec("trainer_name", max_length=_LIMITS["trainer_name"]),
        teacher_field("supervisor_teacher_id"),
        FieldSpec("tasks", FieldWidget.LONG_TEXT),
        FieldSpec("status", FieldWidget.CHOICE, options=labels.placement_status),
        FieldSpec(
            "withdrawal_reason",
            FieldWidget.LONG_TEXT,
            enabled_when=("status", frozenset({PlacementStatus.WITHDRAWN.value})),
        ),
    ),
    label=placement_label,
    titles=lambda: (
        QCoreApplication.translate("Records", "New student placement"),
        QCoreApplication.translate("Records", "Edit student placement"),
    ),
    blank=lambda _session: PlacementInput(),
    load=_load,
    validate=validate_placement,
    fill=_fill,
    choices=lambda session: {
        "student_id": student_choices(session),
        "enterprise_id": enterprise_choices(session, ENTERPRISES_OFFERED),
        "supervisor_teacher_id": teacher_choices(session),
    },
)

SPECS: dict[RecordKind, RecordSpec] = {PLACEMENT.kind: PLACEMENT}
