"""The forms of teacher training (manual 5.2): a curriculum, a run of it, an enrolment.

An enrolment is refused when the teacher is already enrolled in the run, when the run is
full, when the teacher's college is not in this center's network, or when it is marked
completed without any hours attended.
"""

from __future__ import annotations

from dataclasses import dataclass
from datetime import date
from decimal import Decimal
from typing import Any

from PySide6.QtCore import QCoreApplication
from sqlalchemy import func, select
from sqlalchemy.orm import Session

from app.models.network import College, Enterprise
from app.models.teachers import Enrollment, Teacher, TrainingCourse, TrainingRun
from app.services.listing.search import LIKE_ESCAPE, like_pattern
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
from app.services.records.inputs import enterprise_choices
from app.services.records.network import ENTERPRISES_OFFERED, date_hint, enterprise_field
from app.services.records.people import teacher_choices, teacher_field
from app.services.records.spec import (
    Choice,
    FieldSpec,
    FieldWidget,
    RecordKind,
    RecordLookup,
    RecordSpec,
)
from app.services.thai.dates import format_thai_date
from app.services.validation import FieldError

MAX_COURSE_HOURS = 2_000
MAX_CAPACITY = 10_000
RUNS_OFFERED = 500
"""Runs an enrolment form offers (newest first); a center runs a few dozen a year."""


@dataclass
class CourseInput:
    """A teacher-training curriculum as typed."""

    title: str = ""
    competencies: str = ""
    hours: int = 30
    enterprise_id: int | None = None
    is_wbl: bool = False


@dataclass
class RunInput:
    """A run of a curriculum; the dates are written day/month/B.E. year."""

    course_id: int | None = None
    starts_on: str = ""
    ends_on: str = ""
    venue: str = ""
    capacity: int = 30


@dataclass
class EnrollmentInput:
    """A teacher's enrolment in a run."""

    run_id: int | None = None
    teacher_id: int | None = None
    attended_hours: int = 0
    completed: bool = False
    certificate_no: str = ""


_COURSE_LIMITS = {"title": column_length(TrainingCourse, "title", 250)}
_RUN_LIMITS = {"venue": column_length(TrainingRun, "venue", 250)}
_ENROLLMENT_LIMITS = {"certificate_no": column_length(Enrollment, "certificate_no", 60)}


def training_label(field: str) -> str:
    """The translated label of a field of the training forms."""
    texts = {
        "title": QCoreApplication.translate("Records", "Curriculum title"),
        "competencies": QCoreApplication.translate("Records", "Competencies developed"),
        "hours": QCoreApplication.translate("Records", "Hours"),
        "enterprise_id": QCoreApplication.translate("Records", "Partner enterprise"),
        "is_wbl": QCoreApplication.translate("Records", "Work-based learning"),
        "course_id": QCoreApplication.translate("Records", "Curriculum"),
        "starts_on": QCoreApplication.translate("Records", "Starts on"),
        "ends_on": QCoreApplication.translate("Records", "Ends on"),
        "venue": QCoreApplication.translate("Records", "Venue"),
        "capacity": QCoreApplication.translate("Records", "Capacity (teachers)"),
        "run_id": QCoreApplication.translate("Records", "Training run"),
        "teacher_id": QCoreApplication.translate("Records", "Teacher"),
        "attended_hours": QCoreApplication.translate("Records", "Hours attended"),
        "completed": QCoreApplication.translate("Records", "Completed the training"),
        "certificate_no": QCoreApplication.translate("Records", "Certificate number"),
        CENTER_FIELD: QCoreApplication.translate("Records", "CVM center"),
    }
    return texts[field]


def _range_error(field: str, first: int, last: int) -> FieldError:
    message = QCoreApplication.translate(
        "Records", "{label} must be a number from {first} to {last}."
    )
    return field_error(field, message, training_label, first=first, last=last)


def _live(session: Session, model: Any, record_id: int | None) -> Any:
    row = session.get(model, record_id) if record_id is not None else None
    return None if row is None or row.deleted else row


def _not_found(field: str) -> FieldError:
    message = QCoreApplication.translate("Records", "{label}: choose one from the list.")
    return field_error(field, message, training_label)


# -- curricula ------------------------------------------------------------------------------
def validate_course(
    session: Session, data: CourseInput, record_id: int | None = None
) -> list[FieldError]:
    """Every problem of ``data`` (empty when it can be saved); ``record_id`` is the edited one."""
    errors = length_errors(data, _COURSE_LIMITS, training_label)
    if record_id is None and site_center_id(session) is None:
        errors.append(no_center_error())
    if not data.title.strip():
        errors.append(required("title", training_label))
    if not 1 <= data.hours <= MAX_COURSE_HOURS:
        errors.append(_range_error("hours", 1, MAX_COURSE_HOURS))
    if data.enterprise_id is not None and _live(session, Enterprise, data.enterprise_id) is None:
        errors.append(_not_found("enterprise_id"))
    return errors


def _fill_course(session: Session, row: Any, data: CourseInput) -> None:
    row.title = data.title.strip()
    row.competencies = optional(data.competencies)
    row.hours = data.hours
    row.partner_enterprise_id = data.enterprise_id
    row.is_wbl = data.is_wbl
    if row.id is None:  # a new curriculum is this installation's center's
        row.center_id = site_center_id(session)


def _load_course(_session: Session, row: Any) -> CourseInput:
    return CourseInput(
        title=row.title,
        competencies=row.competencies or "",
        hours=row.hours,
        enterprise_id=row.partner_enterprise_id,
        is_wbl=bool(row.is_wbl),
    )


def _course_choices(session: Session) -> dict[str, list[Choice]]:
    return {"enterprise_id": enterprise_choices(session, ENTERPRISES_OFFERED)}


TRAINING_COURSE = RecordSpec(
    kind=RecordKind.TRAINING_COURSE,
    model=TrainingCourse,
    columns=("center_id", "title", "competencies", "hours", "partner_enterprise_id", "is_wbl"),
    fields=(
        FieldSpec("title", max_length=_COURSE_LIMITS["title"]),
        FieldSpec("competencies", FieldWidget.LONG_TEXT, max_length=10_000),
        FieldSpec("hours", FieldWidget.NUMBER, minimum=1, maximum=MAX_COURSE_HOURS),
        enterprise_field(),
        FieldSpec("is_wbl", FieldWidget.CHECK),
    ),
    label=training_label,
    titles=lambda: (
        QCoreApplication.translate("Records", "New teacher-training curriculum"),
        QCoreApplication.translate("Records", "Edit teacher-training curriculum"),
    ),
    blank=lambda _session: CourseInput(),
    load=_load_course,
    validate=validate_course,
    fill=_fill_course,
    choices=_course_choices,
)


# -- runs -----------------------------------------------------------------------------------
def _date_of(data: Any, field: str, errors: list[FieldError]) -> date | None:
    text = getattr(data, field)
    if not text.strip():
        errors.append(required(field, training_label))
        return None
    try:
        return written_date(text, field, training_label)
    except FieldError as error:
        errors.append(error)
        return None


def validate_run(
    session: Session, data: RunInput, record_id: int | None = None
) -> list[FieldError]:
    """Every problem of ``data`` (empty when it can be saved); ``record_id`` is the edited one."""
    errors = length_errors(data, _RUN_LIMITS, training_label)
    if data.course_id is None:
        errors.append(required("course_id", training_label))
    elif _live(session, TrainingCourse, data.course_id) is None:
        errors.append(_not_found("course_id"))
    starts_on = _date_of(data, "starts_on", errors)
    ends_on = _date_of(data, "ends_on", errors)
    if starts_on is not None and ends_on is not None and ends_on < starts_on:
        message = QCoreApplication.translate(
            "Records", "{label} cannot be before the day the run starts."
        )
        errors.append(field_error("ends_on", message, training_label))
    if not 1 <= data.capacity <= MAX_CAPACITY:
        errors.append(_range_error("capacity", 1, MAX_CAPACITY))
    elif record_id is not None:
        enrolled = enrolled_count(session, record_id)
        if enrolled > data.capacity:
            message = QCoreApplication.translate(
                "Records", "{label} cannot be less than the {count} teachers already enrolled."
            )
            errors.append(field_error("capacity", message, training_label, count=enrolled))
    return errors


def _fill_run(_session: Session, row: Any, data: RunInput) -> None:
    row.course_id = data.course_id
    row.starts_on = written_date(data.starts_on, "starts_on", training_label)
    row.ends_on = written_date(data.ends_on, "ends_on", training_label)
    row.venue = optional(data.venue)
    row.capacity = data.capacity


def _load_run(_session: Session, row: Any) -> RunInput:
    return RunInput(
        course_id=row.course_id,
        starts_on=format_thai_date(row.starts_on, "numeric"),
        ends_on=format_thai_date(row.ends_on, "numeric"),
        venue=row.venue or "",
        capacity=row.capacity,
    )


def course_choices(session: Session) -> list[Choice]:
    """Every live curriculum, by title."""
    rows = session.execute(
        select(TrainingCourse.id, TrainingCourse.title)
        .where(TrainingCourse.deleted.is_(False))
        .order_by(TrainingCourse.title, TrainingCourse.id)
    )
    return [Choice(record_id, title) for record_id, title in rows]


TRAINING_RUN = RecordSpec(
    kind=RecordKind.TRAINING_RUN,
    model=TrainingRun,
    columns=("course_id", "starts_on", "ends_on", "venue", "capacity"),
    fields=(
        FieldSpec("course_id", FieldWidget.RECORD),
        FieldSpec("starts_on", FieldWidget.DATE, hint=date_hint),
        FieldSpec("ends_on", FieldWidget.DATE, hint=date_hint),
        FieldSpec("venue", max_length=_RUN_LIMITS["venue"]),
        FieldSpec("capacity", FieldWidget.NUMBER, minimum=1, maximum=MAX_CAPACITY),
    ),
    label=training_label,
    titles=lambda: (
        QCoreApplication.translate("Records", "New training run"),
        QCoreApplication.translate("Records", "Edit training run"),
    ),
    blank=lambda _session: RunInput(),
    load=_load_run,
    validate=validate_run,
    fill=_fill_run,
    choices=lambda session: {"course_id": course_choices(session)},
)


# -- enrolments -----------------------------------------------------------------------------
def enrolled_count(session: Session, run_id: int, without: int | None = None) -> int:
    """Live enrolments of a run (leaving out the enrolment ``without``)."""
    query = select(func.count()).where(Enrollment.run_id == run_id, Enrollment.deleted.is_(False))
    if without is not None:
        query = query.where(Enrollment.id != without)
    return int(session.execute(query).scalar_one())


def run_name(title: str, starts_on: date) -> str:
    """A run as forms and messages name it: "curriculum · start date"."""
    return f"{title} · {format_thai_date(starts_on, 'short')}"


def run_choices(session: Session, limit: int = RUNS_OFFERED) -> list[Choice]:
    """The live runs, newest first."""
    return _runs(session, select().select_from(TrainingRun), limit)


def _runs(session: Session, query: Any, limit: int) -> list[Choice]:
    rows = session.execute(
        query.add_columns(TrainingRun.id, TrainingCourse.title, TrainingRun.starts_on)
        .join(TrainingCourse, TrainingCourse.id == TrainingRun.course_id)
        .where(TrainingRun.deleted.is_(False))
        .order_by(TrainingRun.starts_on.desc(), TrainingRun.id.desc())
        .limit(limit)
    )
    return [Choice(record_id, run_name(title, starts_on)) for record_id, title, starts_on in rows]


def _search_runs(session: Session, text: str, limit: int) -> list[Choice]:
    query = select().select_from(TrainingRun)
    for word in text.split():
        query = query.where(TrainingCourse.title.like(like_pattern(word), escape=LIKE_ESCAPE))
    return _runs(session, query, limit)


def _run_by_id(session: Session, record_id: int) -> Choice | None:
    found = _runs(session, select().select_from(TrainingRun).where(TrainingRun.id == record_id), 1)
    return found[0] if found else None


RUN_LOOKUP = RecordLookup(_search_runs, _run_by_id)


def duplicate_enrollment_message() -> str:
    return QCoreApplication.translate("Records", "This teacher is already enrolled in this run.")


def run_full_message() -> str:
    return QCoreApplication.translate(
        "Records", "This run is full: it has as many teachers enrolled as its capacity."
    )


def outside_network_message() -> str:
    return QCoreApplication.translate(
        "Records", "This teacher's college is not in this center's network."
    )


def completed_without_hours_message() -> str:
    return QCoreApplication.translate(
        "Records", "A teacher who attended no hours cannot have completed the training."
    )


def certificate_taken_message() -> str:
    return QCoreApplication.translate(
        "Records", "This certificate number is already given to another enrolment."
    )


def certificate_taken(session: Session, number: str, without: int | None = None) -> bool:
    """Whether a live enrolment (other than ``without``) has the certificate number."""
    query = select(Enrollment.id).where(
        Enrollment.deleted.is_(False), Enrollment.certificate_no == number
    )
    return any(row_id != without for row_id in session.scalars(query))


def _enrollment_checks(
    session: Session, data: EnrollmentInput, record_id: int | None, errors: list[FieldError]
) -> None:
    """The checks against stored rows, once the run and the teacher are known to exist."""
    run = _live(session, TrainingRun, data.run_id)
    teacher = _live(session, Teacher, data.teacher_id)
    course = _live(session, TrainingCourse, run.course_id)
    if course is not None and data.attended_hours > course.hours:
        errors.append(_range_error("attended_hours", 0, course.hours))
    same = session.scalars(
        select(Enrollment.id).where(
            Enrollment.deleted.is_(False),
            Enrollment.run_id == run.id,
            Enrollment.teacher_id == teacher.id,
        )
    )
    if any(row_id != record_id for row_id in same):
        errors.append(FieldError("teacher_id", duplicate_enrollment_message()))
    elif enrolled_count(session, run.id, record_id) >= run.capacity:
        errors.append(FieldError("run_id", run_full_message()))
    center_id = site_center_id(session)
    college = session.get(College, teacher.college_id)
    if center_id is None:
        errors.append(no_center_error())
    elif college is None or college.center_id != center_id:
        errors.append(FieldError("teacher_id", outside_network_message()))
    number = data.certificate_no.strip()
    if number and certificate_taken(session, number, record_id):
        errors.append(FieldError("certificate_no", certificate_taken_message()))


def validate_enrollment(
    session: Session, data: EnrollmentInput, record_id: int | None = None
) -> list[FieldError]:
    """Every problem of ``data`` (empty when it can be saved); ``record_id`` is the edited one."""
    errors = length_errors(data, _ENROLLMENT_LIMITS, training_label)
    known = True
    for field, model in (("run_id", TrainingRun), ("teacher_id", Teacher)):
        if getattr(data, field) is None:
            errors.append(required(field, training_label))
            known = False
        elif _live(session, model, getattr(data, field)) is None:
            errors.append(_not_found(field))
            known = False
    if not 0 <= data.attended_hours <= MAX_COURSE_HOURS:
        errors.append(_range_error("attended_hours", 0, MAX_COURSE_HOURS))
    if data.completed and data.attended_hours <= 0:
        errors.append(FieldError("completed", completed_without_hours_message()))
    if known:
        _enrollment_checks(session, data, record_id, errors)
    return errors


def _fill_enrollment(_session: Session, row: Any, data: EnrollmentInput) -> None:
    row.run_id = data.run_id
    row.teacher_id = data.teacher_id
    row.attended_hours = Decimal(data.attended_hours)
    row.completed = data.completed
    row.certificate_no = optional(data.certificate_no)


def _load_enrollment(_session: Session, row: Any) -> EnrollmentInput:
    hours = row.attended_hours
    return EnrollmentInput(
        run_id=row.run_id,
        teacher_id=row.teacher_id,
        attended_hours=0 if hours is None else int(hours),
        completed=bool(row.completed),
        certificate_no=row.certificate_no or "",
    )


def _enrollment_choices(session: Session) -> dict[str, list[Choice]]:
    return {"run_id": run_choices(session), "teacher_id": teacher_choices(session)}


ENROLLMENT = RecordSpec(
    kind=RecordKind.ENROLLMENT,
    model=Enrollment,
    columns=("run_id", "teacher_id", "attended_hours", "completed", "certificate_no"),
    fields=(
        FieldSpec("run_id", FieldWidget.RECORD, lookup=RUN_LOOKUP),
        teacher_field(),
        FieldSpec("attended_hours", FieldWidget.NUMBER, maximum=MAX_COURSE_HOURS),
        FieldSpec("completed", FieldWidget.CHECK),
        FieldSpec("certificate_no", max_length=_ENROLLMENT_LIMITS["certificate_no"]),
    ),
    label=training_label,
    titles=lambda: (
        QCoreApplication.translate("Records", "New enrolment"),
        QCoreApplication.translate("Records", "Edit enrolment"),
    ),
    blank=lambda _session: EnrollmentInput(),
    load=_load_enrollment,
    validate=validate_enrollment,
    fill=_fill_enrollment,
    choices=_enrollment_choices,
)

SPECS: dict[RecordKind, RecordSpec] = {
    spec.kind: spec for spec in (TRAINING_COURSE, TRAINING_RUN, ENROLLMENT)
}
