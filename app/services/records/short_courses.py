"""The forms of short courses, their runs and trainees (manual 3.2, 6.3).

A student trains on a short course only in the final year (ปวช.3 / ปวส.2); a run never
takes more trainees than its capacity, nor the same person twice.
"""

from __future__ import annotations

from dataclasses import dataclass
from datetime import date
from typing import Any

from PySide6.QtCore import QCoreApplication
from sqlalchemy import func, select
from sqlalchemy.orm import Session

from app.models.curriculum import ShortCourse, ShortCourseRun, ShortCourseTrainee
from app.models.enums import SkillTrack, TraineeCategory
from app.models.network import College
from app.models.students import Student
from app.services.final_year import is_final_year
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
from app.services.records.inputs import college_choices
from app.services.records.network import date_hint
from app.services.records.people import student_field
from app.services.records.spec import Choice, FieldSpec, FieldWidget, RecordKind, RecordSpec
from app.services.short_course_targets import TRAINEE_TARGET
from app.services.tabular.values import name_key
from app.services.thai.dates import format_thai_date
from app.services.validation import FieldError

MIN_HOURS, MAX_HOURS = 1, 2000
MIN_CAPACITY, MAX_CAPACITY = 1, 10_000


def _date_text(value: date | None) -> str:
    return format_thai_date(value, "numeric") if value is not None else ""


def _read_date(text: str, field: str, label: Any, errors: list[FieldError]) -> date | None:
    try:
        return written_date(text, field, label)
    except FieldError as error:
        errors.append(error)
        return None


def _range_error(field: str, label: Any, first: int, last: int) -> FieldError:
    message = QCoreApplication.translate(
        "Records", "{label} must be a number from {first} to {last}."
    )
    return field_error(field, message, label, first=first, last=last)


def _live_college(session: Session, college_id: int | None) -> bool:
    college = None if college_id is None else session.get(College, college_id)
    return college is not None and not college.deleted


# -- short courses ----------------------------------------------------------------------------
@dataclass
class ShortCourseInput:
    """A short course as chosen and typed; ``approved_on`` is day/month/B.E. year or empty."""

    college_id: int | None = None
    title: str = ""
    skill_track: str = SkillTrack.UP_SKILL.value
    hours: int = 30
    competencies: str = ""
    approved_on: str = ""
    approved_by: str = ""


_COURSE_LIMITS = {
    "title": column_length(ShortCourse, "title", 250),
    "competencies": 4000,
    "approved_by": column_length(ShortCourse, "approved_by", 200),
}


def course_label(field: str) -> str:
    """The translated label of a field of the short course form."""
    texts = {
        "college_id": QCoreApplication.translate("Records", "College"),
        "title": QCoreApplication.translate("Records", "Short course title"),
        "skill_track": QCoreApplication.translate("Records", "Skill track"),
        "hours": QCoreApplication.translate("Records", "Hours"),
        "competencies": QCoreApplication.translate("Records", "Competencies"),
        "approved_on": QCoreApplication.translate("Records", "Approved on"),
        "approved_by": QCoreApplication.translate("Records", "Approved by (college director)"),
        CENTER_FIELD: QCoreApplication.translate("Records", "CVM center"),
    }
    return texts[field]


def validate_course(
    session: Session, data: ShortCourseInput, record_id: int | None = None
) -> list[FieldError]:
    """Every problem of ``data`` (empty when it can be saved); ``record_id`` is the edited one."""
    errors = length_errors(data, _COURSE_LIMITS, course_label)
    if record_id is None and site_center_id(session) is None:
        errors.append(no_center_error())
    if not _live_college(session, data.college_id):
        message = QCoreApplication.translate("Records", "{label}: choose a recorded college.")
        errors.append(field_error("college_id", message, course_label))
    if not data.title.strip():
        errors.append(required("title", course_label))
    if data.skill_track not in {track.value for track in SkillTrack}:
        message = QCoreApplication.translate("Records", "{label}: choose one of the tracks.")
        errors.append(field_error("skill_track", message, course_label))
    if not MIN_HOURS <= data.hours <= MAX_HOURS:
        errors.append(_range_error("hours", course_label, MIN_HOURS, MAX_HOURS))
    if data.approved_on.strip():
        _read_date(data.approved_on, "approved_on", course_label, errors)
    if bool(data.approved_on.strip()) != bool(data.approved_by.strip()):
        message = QCoreApplication.translate(
            "Records",
            "{label}: write both the approval date and the director who approved, or neither.",
        )
        missing = "approved_by" if data.approved_on.strip() else "approved_on"
        errors.append(field_error(missing, message, course_label))
    return errors


def _fill_course(session: Session, row: Any, data: ShortCourseInput) -> None:
    row.college_id = data.college_id
    row.title = data.title.strip()
    row.track = SkillTrack(data.skill_track)
    row.hours = data.hours
    row.competencies = optional(data.competencies)
    text = data.approved_on
    row.approved_on = written_date(text, "approved_on", course_label) if text.strip() else None
    row.approved_by = optional(data.approved_by)
    if row.id is None:  # a new course is this installation's center's; an edit keeps its own
        row.center_id = site_center_id(session)


def _load_course(_session: Session, row: Any) -> ShortCourseInput:
    return ShortCourseInput(
        college_id=row.college_id,
        title=row.title,
        skill_track=SkillTrack(row.track).value,
        hours=row.hours,
        competencies=row.competencies or "",
        approved_on=_date_text(row.approved_on),
        approved_by=row.approved_by or "",
    )


SHORT_COURSE = RecordSpec(
    kind=RecordKind.SHORT_COURSE,
    model=ShortCourse,
    columns=(
        "center_id",
        "college_id",
        "title",
        "track",
        "hours",
        "competencies",
        "approved_on",
        "approved_by",
    ),
    fields=(
        FieldSpec("college_id", FieldWidget.RECORD),
        FieldSpec("title", max_length=_COURSE_LIMITS["title"]),
        FieldSpec("skill_track", FieldWidget.CHOICE, options=labels.skill_track),
        FieldSpec("hours", FieldWidget.NUMBER, minimum=MIN_HOURS, maximum=MAX_HOURS),
        FieldSpec("competencies", FieldWidget.LONG_TEXT),
        FieldSpec("approved_on", FieldWidget.DATE, hint=date_hint),
        FieldSpec("approved_by", max_length=_COURSE_LIMITS["approved_by"]),
    ),
    label=course_label,
    titles=lambda: (
        QCoreApplication.translate("Records", "New short course"),
        QCoreApplication.translate("Records", "Edit short course"),
    ),
    blank=lambda _session: ShortCourseInput(),
    load=_load_course,
    validate=validate_course,
    fill=_fill_course,
    choices=lambda session: {"college_id": college_choices(session)},
)


# -- runs -------------------------------------------------------------------------------------
@dataclass
class ShortCourseRunInput:
    """A run of a short course; the dates are day/month/B.E. year."""

    short_course_id: int | None = None
    college_id: int | None = None
    starts_on: str = ""
    ends_on: str = ""
    capacity: int = TRAINEE_TARGET


def run_label(field: str) -> str:
    """The translated label of a field of the short-course run form."""
    texts = {
        "short_course_id": QCoreApplication.translate("Records", "Short course"),
        "college_id": QCoreApplication.translate("Records", "College"),
        "starts_on": QCoreApplication.translate("Records", "Starts on"),
        "ends_on": QCoreApplication.translate("Records", "Ends on"),
        "capacity": QCoreApplication.translate("Records", "Capacity (trainees)"),
    }
    return texts[field]


def course_choices(session: Session) -> list[Choice]:
    """The live short courses, by title."""
    rows = session.execute(
        select(ShortCourse.id, ShortCourse.title)
        .where(ShortCourse.deleted.is_(False))
        .order_by(ShortCourse.title, ShortCourse.id)
    )
    return [Choice(row_id, title) for row_id, title in rows]


def trainee_count(session: Session, run_id: int, but: int | None = None) -> int:
    """The live trainees of a run (leaving out the trainee ``but``)."""
    query = select(func.count()).where(
        ShortCourseTrainee.run_id == run_id, ShortCourseTrainee.deleted.is_(False)
    )
    if but is not None:
        query = query.where(ShortCourseTrainee.id != but)
    return int(session.execute(query).scalar_one())


def validate_run(
    session: Session, data: ShortCourseRunInput, record_id: int | None = None
) -> list[FieldError]:
    """Every problem of ``data`` (empty when it can be saved); ``record_id`` is the edited one."""
    errors: list[FieldError] = []
    course_id = data.short_course_id
    course = None if course_id is None else session.get(ShortCourse, course_id)
    if course is None or course.deleted:
        message = QCoreApplication.translate("Records", "{label}: choose a recorded short course.")
        errors.append(field_error("short_course_id", message, run_label))
    if not _live_college(session, data.college_id):
        message = QCoreApplication.translate("Records", "{label}: choose a recorded college.")
        errors.append(field_error("college_id", message, run_label))
    starts = ends = None
    for field in ("starts_on", "ends_on"):
        if not getattr(data, field).strip():
            errors.append(required(field, run_label))
    if data.starts_on.strip():
        starts = _read_date(data.starts_on, "starts_on", run_label, errors)
    if data.ends_on.strip():
        ends = _read_date(data.ends_on, "ends_on", run_label, errors)
    if starts is not None and ends is not None and ends < starts:
        message = QCoreApplication.translate("Records", "{label} cannot be before the start.")
        errors.append(field_error("ends_on", message, run_label))
    if not MIN_CAPACITY <= data.capacity <= MAX_CAPACITY:
        errors.append(_range_error("capacity", run_label, MIN_CAPACITY, MAX_CAPACITY))
    elif record_id is not None and data.capacity < trainee_count(session, record_id):
        message = QCoreApplication.translate(
            "Records", "{label} cannot be less than the trainees already recorded."
        )
        errors.append(field_error("capacity", message, run_label))
    return errors


def _fill_run(_session: Session, row: Any, data: ShortCourseRunInput) -> None:
    row.short_course_id = data.short_course_id
    row.college_id = data.college_id
    row.starts_on = written_date(data.starts_on, "starts_on", run_label)
    row.ends_on = written_date(data.ends_on, "ends_on", run_label)
    row.capacity = data.capacity


def _load_run(_session: Session, row: Any) -> ShortCourseRunInput:
    return ShortCourseRunInput(
        short_course_id=row.short_course_id,
        college_id=row.college_id,
        starts_on=_date_text(row.starts_on),
        ends_on=_date_text(row.ends_on),
        capacity=row.capacity,
    )


SHORT_COURSE_RUN = RecordSpec(
    kind=RecordKind.SHORT_COURSE_RUN,
    model=ShortCourseRun,
    columns=("short_course_id", "college_id", "starts_on", "ends_on", "capacity"),
    fields=(
        FieldSpec("short_course_id", FieldWidget.RECORD),
        FieldSpec("college_id", FieldWidget.RECORD),
        FieldSpec("starts_on", FieldWidget.DATE, hint=date_hint),
        FieldSpec("ends_on", FieldWidget.DATE, hint=date_hint),
        FieldSpec("capacity", FieldWidget.NUMBER, minimum=MIN_CAPACITY, maximum=MAX_CAPACITY),
    ),
    label=run_label,
    titles=lambda: (
        QCoreApplication.translate("Records", "New short-course run"),
        QCoreApplication.translate("Records", "Edit short-course run"),
    ),
    blank=lambda _session: ShortCourseRunInput(),
    load=_load_run,
    validate=validate_run,
    fill=_fill_run,
    choices=lambda session: {
        "short_course_id": course_choices(session),
        "college_id": college_choices(session),
    },
)


# -- trainees ---------------------------------------------------------------------------------
@dataclass
class ShortCourseTraineeInput:
    """A trainee of a run; ``student_id`` links a student (required for the student group)."""

    short_course_run_id: int | None = None
    trainee_category: str = TraineeCategory.PUBLIC.value
    student_id: int | None = None
    full_name: str = ""
    completed: bool = False


_TRAINEE_LIMITS = {"full_name": column_length(ShortCourseTrainee, "full_name", 200)}


def trainee_label(field: str) -> str:
    """The translated label of a field of the short-course trainee form."""
    texts = {
        "short_course_run_id": QCoreApplication.translate("Records", "Run"),
        "trainee_category": QCoreApplication.translate("Records", "Trainee group"),
        "student_id": QCoreApplication.translate("Records", "Student"),
        "full_name": QCoreApplication.translate("Records", "Full name"),
        "completed": QCoreApplication.translate("Records", "Completed the course"),
    }
    return texts[field]


def run_name(title: str, starts_on: date) -> str:
    """A run as a form offers it: "course · start date"."""
    shown = QCoreApplication.translate("Records", "{course} · {starts}")
    return shown.format(course=title, starts=format_thai_date(starts_on, "numeric"))


def run_choices(session: Session) -> list[Choice]:
    """The live runs, latest start first."""
    rows = session.execute(
        select(ShortCourseRun.id, ShortCourse.title, ShortCourseRun.starts_on)
        .join(ShortCourse, ShortCourse.id == ShortCourseRun.short_course_id)
        .where(ShortCourseRun.deleted.is_(False), ShortCourse.deleted.is_(False))
        .order_by(ShortCourseRun.starts_on.desc(), ShortCourseRun.id.desc())
    )
    return [Choice(row_id, run_name(title, starts)) for row_id, title, starts in rows]


def student_full_name(student: Student) -> str:
    return f"{student.first_name} {student.last_name}".strip()


def student_required_message() -> str:
    return QCoreApplication.translate(
        "Records", "A trainee of the student group must be a recorded student."
    )


def not_final_year_message() -> str:
    return QCoreApplication.translate(
        "Records",
        "Only students in Vocational Certificate year 3 or Higher Vocational Certificate "
        "year 2 can train on a short course.",
    )


def same_person_message() -> str:
    return QCoreApplication.translate("Records", "This person is already a trainee of this run.")


def full_run_message() -> str:
    return QCoreApplication.translate(
        "Records", "This run is full: it has as many trainees as its capacity."
    )


def student_problem(category: TraineeCategory, student: Student | None) -> str | None:
    """Why ``student`` cannot be the student of a trainee of ``category`` (None: it can)."""
    if category is not TraineeCategory.STUDENT:
        return None
    if student is None:
        return student_required_message()
    if not is_final_year(student.level, student.year_of_study):
        return not_final_year_message()
    return None


def trainee_problems(
    session: Session,
    run_id: int,
    category: TraineeCategory,
    student: Student | None,
    full_name: str,
    record_id: int | None = None,
) -> list[tuple[str, str]]:
    """(field, reason) for each rule broken: the student group, the same person twice in a
    run, a full run. Reasons do not name a field (the caller does)."""
    problems = []
    reason = student_problem(category, student)
    if reason is not None:
        problems.append(("student_id", reason))
    others = session.execute(
        select(
            ShortCourseTrainee.id, ShortCourseTrainee.student_id, ShortCourseTrainee.full_name
        ).where(ShortCourseTrainee.run_id == run_id, ShortCourseTrainee.deleted.is_(False))
    ).all()
    key = name_key(full_name)
    student_id = student.id if student is not None else None
    if any(
        row_id != record_id
        and ((student_id is not None and other == student_id) or name_key(name) == key)
        for row_id, other, name in others
    ):
        problems.append(("full_name", same_person_message()))
    run = session.get(ShortCourseRun, run_id)
    taken = sum(1 for row_id, _student, _name in others if row_id != record_id)
    if run is not None and taken >= run.capacity:
        problems.append(("short_course_run_id", full_run_message()))
    return problems


def _student(session: Session, student_id: int | None) -> Student | None:
    student = None if student_id is None else session.get(Student, student_id)
    return None if student is None or student.deleted else student


def validate_trainee(
    session: Session, data: ShortCourseTraineeInput, record_id: int | None = None
) -> list[FieldError]:
    """Every problem of ``data`` (empty when it can be saved); ``record_id`` is the edited one."""
    errors = length_errors(data, _TRAINEE_LIMITS, trainee_label)
    run_id = data.short_course_run_id
    run = None if run_id is None else session.get(ShortCourseRun, run_id)
    if run is None or run.deleted:
        message = QCoreApplication.translate("Records", "{label}: choose a recorded run.")
        errors.append(field_error("short_course_run_id", message, trainee_label))
    categories = {category.value for category in TraineeCategory}
    if data.trainee_category not in categories:
        message = QCoreApplication.translate("Records", "{label}: choose one of the groups.")
        errors.append(field_error("trainee_category", message, trainee_label))
    student = _student(session, data.student_id)
    if data.student_id is not None and student is None:
        message = QCoreApplication.translate("Records", "{label}: choose a recorded student.")
        errors.append(field_error("student_id", message, trainee_label))
    full_name = data.full_name.strip() or (student_full_name(student) if student else "")
    if not full_name:
        errors.append(required("full_name", trainee_label))
    if errors or run_id is None:
        return errors
    message = QCoreApplication.translate("Records", "{label}: {problem}")
    category = TraineeCategory(data.trainee_category)
    for field, reason in trainee_problems(session, run_id, category, student, full_name, record_id):
        errors.append(field_error(field, message, trainee_label, problem=reason))
    return errors


def _fill_trainee(session: Session, row: Any, data: ShortCourseTraineeInput) -> None:
    student = _student(session, data.student_id)
    row.run_id = data.short_course_run_id
    row.category = TraineeCategory(data.trainee_category)
    row.student_id = student.id if student is not None else None
    row.full_name = data.full_name.strip() or (student_full_name(student) if student else "")
    row.completed = data.completed


def _load_trainee(_session: Session, row: Any) -> ShortCourseTraineeInput:
    return ShortCourseTraineeInput(
        short_course_run_id=row.run_id,
        trainee_category=TraineeCategory(row.category).value,
        student_id=row.student_id,
        full_name=row.full_name,
        completed=bool(row.completed),
    )


SHORT_COURSE_TRAINEE = RecordSpec(
    kind=RecordKind.SHORT_COURSE_TRAINEE,
    model=ShortCourseTrainee,
    columns=("run_id", "category", "student_id", "full_name", "completed"),
    fields=(
        FieldSpec("short_course_run_id", FieldWidget.RECORD),
        FieldSpec("trainee_category", FieldWidget.CHOICE, options=labels.trainee_category),
        student_field(),
        FieldSpec("full_name", max_length=_TRAINEE_LIMITS["full_name"]),
        FieldSpec("completed", FieldWidget.CHECK),
    ),
    label=trainee_label,
    titles=lambda: (
        QCoreApplication.translate("Records", "New short-course trainee"),
        QCoreApplication.translate("Records", "Edit short-course trainee"),
    ),
    blank=lambda _session: ShortCourseTraineeInput(),
    load=_load_trainee,
    validate=validate_trainee,
    fill=_fill_trainee,
    # No student is offered before one is typed: an optional field must be able to stay empty
    # (a drop-down with choices starts on its first one).
    choices=lambda session: {"short_course_run_id": run_choices(session), "student_id": []},
)

SPECS: dict[RecordKind, RecordSpec] = {
    spec.kind: spec for spec in (SHORT_COURSE, SHORT_COURSE_RUN, SHORT_COURSE_TRAINEE)
}
