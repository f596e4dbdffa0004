"""The forms of a student and of a student's safety briefing (manual 6.1-6.2), and the
safety gate's question: which briefings does a student still lack before a day?

A student is personal data. The national id is optional; the equity fields (special needs,
equity-fund scholarship) are sensitive: optional, and held only with the basis for holding
them written down.
"""

from __future__ import annotations

from dataclasses import dataclass
from datetime import date
from typing import Any

from PySide6.QtCore import QCoreApplication
from sqlalchemy import select
from sqlalchemy.orm import Session

from app.models.enums import BriefingKind, CollegeGroupCode, Level, StudyModeCode
from app.models.network import College, Subject
from app.models.students import SafetyBriefing, Student
from app.services.listing import labels
from app.services.records.committee import NO_TITLE, title_options
from app.services.records.common import (
    column_length,
    field_error,
    length_errors,
    optional,
    required,
    site_center_id,
    written_date,
)
from app.services.records.inputs import subject_choices
from app.services.records.network import date_hint
from app.services.records.people import student_choices, student_field
from app.services.records.spec import FieldSpec, FieldWidget, RecordKind, RecordSpec
from app.services.records.teachers import network_colleges
from app.services.tabular.records import site_context
from app.services.tabular.values import name_key
from app.services.thai.dates import format_thai_date
from app.services.thai.fiscal import current_academic_year
from app.services.thai.identity import validate_national_id
from app.services.thai.titles import title_by_code
from app.services.validation import FieldError

YEARS_OF_STUDY: dict[Level, int] = {Level.PVC: 3, Level.PVS: 2, Level.BTECH: 2}
"""The levels a student studies at, each with its last year of study."""
FIRST_YEAR, LAST_YEAR = 2500, 2700
LONG_TEXT = 4000
_ID_LENGTH = 20
"""A national id as typed, with its separators ("1-1017-00207-03-0")."""


class Scholarship:
    """The codes of the equity-fund scholarship choice (None stored for "unknown")."""

    UNKNOWN = "unknown"
    YES = "yes"
    NO = "no"


def scholarship_options() -> dict[str, str]:
    return {
        Scholarship.UNKNOWN: QCoreApplication.translate("Records", "Not recorded"),
        Scholarship.YES: QCoreApplication.translate("Records", "Received"),
        Scholarship.NO: QCoreApplication.translate("Records", "Not received"),
    }


def level_options() -> dict[str, str]:
    """The levels a student can study at (short courses have trainees, not students)."""
    names = labels.level()
    return {level.value: names[level] for level in YEARS_OF_STUDY}


def year_of_study_fits(level: Level | str, year: int) -> bool:
    """Whether ``year`` is a year of study of ``level`` (ปวช. 1-3, ปวส. 1-2, ทล.บ. 1-2)."""
    try:
        last = YEARS_OF_STUDY.get(Level(level))
    except ValueError:
        return False
    return last is not None and 1 <= year <= last


def has_sensitive(special_needs: str | None, equity_scholarship: bool | None) -> bool:
    """Whether either sensitive field holds something (then its basis must be recorded)."""
    return bool((special_needs or "").strip()) or equity_scholarship is not None


# -- students ---------------------------------------------------------------------------------
@dataclass
class StudentInput:
    """A student as typed and chosen; ``title_code`` "" is no title."""

    college_id: int | None = None
    student_code: str = ""
    title_code: str = NO_TITLE
    first_name: str = ""
    last_name: str = ""
    national_id: str = ""
    level: str = Level.PVC.value
    year_of_study: int = 1
    entry_academic_year: int = 0
    subject_id: int | None = None
    study_mode: str = StudyModeCode.FORMAL.value
    special_needs: str = ""
    equity_scholarship: str = Scholarship.UNKNOWN
    sensitive_basis: str = ""


_STUDENT_LIMITS = {
    "student_code": column_length(Student, "student_code", 20),
    "first_name": column_length(Student, "first_name", 100),
    "last_name": column_length(Student, "last_name", 100),
    "special_needs": LONG_TEXT,
    "sensitive_basis": column_length(Student, "sensitive_basis", 300),
}


def student_label(field: str) -> str:
    """The translated label of a field of the student form."""
    texts = {
        "college_id": QCoreApplication.translate("Records", "College"),
        "student_code": QCoreApplication.translate("Records", "Student code"),
        "title_code": QCoreApplication.translate("Records", "Name title"),
        "first_name": QCoreApplication.translate("Records", "First name"),
        "last_name": QCoreApplication.translate("Records", "Last name"),
        "national_id": QCoreApplication.translate("Records", "National ID number"),
        "level": QCoreApplication.translate("Records", "Level"),
        "year_of_study": QCoreApplication.translate("Records", "Year of study"),
        "entry_academic_year": QCoreApplication.translate(
            "Records", "Academic year of entry (B.E.)"
        ),
        "subject_id": QCoreApplication.translate("Records", "Subject"),
        "study_mode": QCoreApplication.translate("Records", "Mode of study"),
        "special_needs": QCoreApplication.translate("Records", "Special needs (sensitive data)"),
        "equity_scholarship": QCoreApplication.translate(
            "Records", "Equity-fund scholarship (sensitive data)"
        ),
        "sensitive_basis": QCoreApplication.translate(
            "Records", "Basis for holding the sensitive data"
        ),
    }
    return texts[field]


def _host_college(session: Session) -> int | None:
    """The center's host college (the first college offered when there is none)."""
    center_id = site_center_id(session)
    host = None
    if center_id is not None:
        host = session.scalar(
            select(College.id)
            .where(
                College.deleted.is_(False),
                College.center_id == center_id,
                College.group == CollegeGroupCode.CVM,
            )
            .order_by(College.id)
            .limit(1)
        )
    if host is None:
        first = next(iter(network_colleges(session)), None)
        host = first.record_id if first is not None else None
    return host


def _blank_student(session: Session) -> StudentInput:
    """A new student studies the center's subject at the host college, entering this year."""
    return StudentInput(
        college_id=_host_college(session),
        subject_id=site_context(session).subject_id,
        entry_academic_year=current_academic_year(),
    )


def _error(field: str, message: str, **values: object) -> FieldError:
    return field_error(field, message, student_label, **values)


def _college_errors(session: Session, college_id: int | None) -> list[FieldError]:
    college = None if college_id is None else session.get(College, college_id)
    center_id = site_center_id(session)
    if (
        college is None
        or college.deleted
        or (center_id is not None and college.center_id != center_id)
    ):
        message = QCoreApplication.translate("Records", "{label}: choose a college of the network.")
        return [_error("college_id", message)]
    return []


def _national_id_errors(
    session: Session, data: StudentInput, record_id: int | None
) -> list[FieldError]:
    if not data.national_id.strip():
        return []
    try:
        number = validate_national_id(data.national_id, "national_id")
    except FieldError:
        message = QCoreApplication.translate(
            "Records", "{label} is not valid: check the 13 digits."
        )
        return [_error("national_id", message)]
    others = session.scalars(
        select(Student.id).where(Student.deleted.is_(False), Student.national_id == number)
    )
    if any(row_id != record_id for row_id in others):
        message = QCoreApplication.translate(
            "Records", "{label}: another student already has this number."
        )
        return [_error("national_id", message)]
    return []


def _code_taken(session: Session, data: StudentInput, record_id: int | None) -> bool:
    key = name_key(data.student_code)
    rows = session.execute(
        select(Student.id, Student.student_code).where(
            Student.deleted.is_(False),
            Student.college_id == data.college_id,
            Student.student_code.is_not(None),
        )
    )
    return any(name_key(code) == key and row_id != record_id for row_id, code in rows)


def _choice_errors(data: StudentInput) -> list[FieldError]:
    errors: list[FieldError] = []
    message = QCoreApplication.translate("Records", "{label}: choose one of the options.")
    if data.title_code != NO_TITLE and title_by_code(data.title_code) is None:
        title = QCoreApplication.translate("Records", "{label}: choose a title from the list.")
        errors.append(_error("title_code", title))
    if data.level not in level_options():
        errors.append(_error("level", message))
    elif not year_of_study_fits(data.level, data.year_of_study):
        last = YEARS_OF_STUDY[Level(data.level)]
        year = QCoreApplication.translate(
            "Records", "{label} must be from 1 to {last} at this level."
        )
        errors.append(_error("year_of_study", year, last=last))
    if data.study_mode not in {mode.value for mode in StudyModeCode}:
        errors.append(_error("study_mode", message))
    if data.equity_scholarship not in scholarship_options():
        errors.append(_error("equity_scholarship", message))
    return errors


def scholarship_value(code: str) -> bool | None:
    return {Scholarship.YES: True, Scholarship.NO: False}.get(code)


def validate_student(
    session: Session, data: StudentInput, record_id: int | None = None
) -> list[FieldError]:
    """Every problem of ``data`` (empty when it can be saved); ``record_id`` is the edited one."""
    errors = length_errors(data, _STUDENT_LIMITS, student_label)
    errors += _college_errors(session, data.college_id)
    for name in ("first_name", "last_name"):
        if not getattr(data, name).strip():
            errors.append(required(name, student_label))
    errors += _national_id_errors(session, data, record_id)
    errors += _choice_errors(data)
    if not FIRST_YEAR <= data.entry_academic_year <= LAST_YEAR:
        message = QCoreApplication.translate(
            "Records", "{label} must be a Buddhist Era year from {first} to {last}."
        )
        errors.append(_error("entry_academic_year", message, first=FIRST_YEAR, last=LAST_YEAR))
    if data.subject_id is not None:
        subject = session.get(Subject, data.subject_id)
        if subject is None or subject.deleted:
            message = QCoreApplication.translate(
                "Records", "{label}: choose a recorded excellent subject."
            )
            errors.append(_error("subject_id", message))
    sensitive = has_sensitive(data.special_needs, scholarship_value(data.equity_scholarship))
    if sensitive and not data.sensitive_basis.strip():
        message = QCoreApplication.translate(
            "Records",
            "{label} is required when special needs or the equity-fund scholarship are "
            "recorded: write why the college holds this sensitive data, for example the "
            "student's or parent's consent or the equity fund's rules.",
        )
        errors.append(_error("sensitive_basis", message))
    if (
        data.student_code.strip()
        and not {"college_id", "student_code"} & {error.field for error in errors}
        and _code_taken(session, data, record_id)
    ):
        message = QCoreApplication.translate(
            "Records", "{label}: another student of this college already has this code."
        )
        errors.append(_error("student_code", message))
    return errors


def _fill_student(_session: Session, row: Any, data: StudentInput) -> None:
    row.college_id = data.college_id
    row.student_code = optional(data.student_code)
    row.title_code = data.title_code or None
    row.first_name = data.first_name.strip()
    row.last_name = data.last_name.strip()
    row.national_id = (
        validate_national_id(data.national_id, "national_id") if data.national_id.strip() else None
    )
    row.level = Level(data.level)
    row.year_of_study = data.year_of_study
    row.entry_academic_year = data.entry_academic_year
    row.subject_id = data.subject_id
    row.study_mode = StudyModeCode(data.study_mode)
    row.special_needs = optional(data.special_needs)
    row.equity_scholarship = scholarship_value(data.equity_scholarship)
    row.sensitive_basis = optional(data.sensitive_basis)


def _scholarship_code(value: bool | None) -> str:
    if value is None:
        return Scholarship.UNKNOWN
    return Scholarship.YES if value else Scholarship.NO


def _load_student(_session: Session, row: Any) -> StudentInput:
    return StudentInput(
        college_id=row.college_id,
        student_code=row.student_code or "",
        title_code=row.title_code or NO_TITLE,
        first_name=row.first_name,
        last_name=row.last_name,
        national_id=row.national_id or "",
        level=Level(row.level).value,
        year_of_study=row.year_of_study,
        entry_academic_year=row.entry_academic_year,
        subject_id=row.subject_id,
        study_mode=StudyModeCode(row.study_mode).value,
        special_needs=row.special_needs or "",
        equity_scholarship=_scholarship_code(row.equity_scholarship),
        sensitive_basis=row.sensitive_basis or "",
    )


def _national_id_hint() -> str:
    return QCoreApplication.translate("Records", "13 digits, may be left empty")


def _basis_hint() -> str:
    return QCoreApplication.translate(
        "Records", "required when a sensitive field is filled, for example written consent"
    )


STUDENT = RecordSpec(
    kind=RecordKind.STUDENT,
    model=Student,
    columns=(
        "college_id",
        "student_code",
        "title_code",
        "first_name",
        "last_name",
        "national_id",
        "level",
        "year_of_study",
        "entry_academic_year",
        "subject_id",
        "study_mode",
        "special_needs",
        "equity_scholarship",
        "sensitive_basis",
    ),
    fields=(
        FieldSpec("college_id", FieldWidget.RECORD),
        FieldSpec("student_code", max_length=_STUDENT_LIMITS["student_code"]),
        FieldSpec("title_code", FieldWidget.CHOICE, options=title_options),
        FieldSpec("first_name", max_length=_STUDENT_LIMITS["first_name"]),
        FieldSpec("last_name", max_length=_STUDENT_LIMITS["last_name"]),
        FieldSpec("national_id", max_length=_ID_LENGTH, hint=_national_id_hint),
        FieldSpec("level", FieldWidget.CHOICE, options=level_options),
        FieldSpec(
            "year_of_study", FieldWidget.NUMBER, minimum=1, maximum=max(YEARS_OF_STUDY.values())
        ),
        FieldSpec("entry_academic_year", FieldWidget.NUMBER, minimum=FIRST_YEAR, maximum=LAST_YEAR),
        FieldSpec("subject_id", FieldWidget.RECORD),
        FieldSpec("study_mode", FieldWidget.CHOICE, options=labels.study_mode),
        FieldSpec("special_needs", FieldWidget.LONG_TEXT),
        FieldSpec("equity_scholarship", FieldWidget.CHOICE, options=scholarship_options),
        FieldSpec(
            "sensitive_basis", max_length=_STUDENT_LIMITS["sensitive_basis"], hint=_basis_hint
        ),
    ),
    label=student_label,
    titles=lambda: (
        QCoreApplication.translate("Records", "New student"),
        QCoreApplication.translate("Records", "Edit student"),
    ),
    blank=_blank_student,
    load=_load_student,
    validate=validate_student,
    fill=_fill_student,
    choices=lambda session: {
        "college_id": network_colleges(session),
        "subject_id": subject_choices(session),
    },
)


# -- safety briefings -------------------------------------------------------------------------
@dataclass
class BriefingInput:
    """A safety training or orientation a student received; ``held_on`` day/month/B.E. year."""

    student_id: int | None = None
    kind: str = BriefingKind.SAFETY_TRAINING.value
    held_on: str = ""
    given_by: str = ""


_BRIEFING_LIMITS = {"given_by": column_length(SafetyBriefing, "given_by", 200)}


def briefing_label(field: str) -> str:
    """The translated label of a field of the safety briefing form."""
    texts = {
        "student_id": QCoreApplication.translate("Records", "Student"),
        "kind": QCoreApplication.translate("Records", "Type of briefing"),
        "held_on": QCoreApplication.translate("Records", "Held on"),
        "given_by": QCoreApplication.translate("Records", "Given by"),
    }
    return texts[field]


def validate_briefing(
    session: Session, data: BriefingInput, record_id: int | None = None
) -> list[FieldError]:
    """Every problem of ``data`` (empty when it can be saved); ``record_id`` is the edited one."""
    errors = length_errors(data, _BRIEFING_LIMITS, briefing_label)
    student = None if data.student_id is None else session.get(Student, data.student_id)
    if student is None or student.deleted:
        message = QCoreApplication.translate("Records", "{label}: choose a recorded student.")
        errors.append(field_error("student_id", message, briefing_label))
    if data.kind not in {kind.value for kind in BriefingKind}:
        message = QCoreApplication.translate("Records", "{label}: choose one of the options.")
        errors.append(field_error("kind", message, briefing_label))
    held: date | None = None
    if not data.held_on.strip():
        errors.append(required("held_on", briefing_label))
    else:
        try:
            held = written_date(data.held_on, "held_on", briefing_label)
        except FieldError as error:
            errors.append(error)
    if not data.given_by.strip():
        errors.append(required("given_by", briefing_label))
    if errors:
        return errors
    same = session.scalars(
        select(SafetyBriefing.id).where(
            SafetyBriefing.deleted.is_(False),
            SafetyBriefing.student_id == data.student_id,
            SafetyBriefing.kind == BriefingKind(data.kind),
            SafetyBriefing.held_on == held,
        )
    )
    if any(row_id != record_id for row_id in same):
        message = QCoreApplication.translate(
            "Records",
            "{label}: this student already has a briefing of this type on this day; edit "
            "that record instead.",
        )
        errors.append(field_error("held_on", message, briefing_label))
    return errors


def _fill_briefing(_session: Session, row: Any, data: BriefingInput) -> None:
    row.student_id = data.student_id
    row.kind = BriefingKind(data.kind)
    row.held_on = written_date(data.held_on, "held_on", briefing_label)
    row.given_by = " ".join(data.given_by.split())


def _load_briefing(_session: Session, row: Any) -> BriefingInput:
    return BriefingInput(
        student_id=row.student_id,
        kind=BriefingKind(row.kind).value,
        held_on=format_thai_date(row.held_on, "numeric"),
        given_by=row.given_by,
    )


def _blank_briefing(session: Session) -> BriefingInput:
    first = next(iter(student_choices(session, 1)), None)
    return BriefingInput(student_id=first.record_id if first is not None else None)


SAFETY_BRIEFING = RecordSpec(
    kind=RecordKind.SAFETY_BRIEFING,
    model=SafetyBriefing,
    columns=("student_id", "kind", "held_on", "given_by"),
    fields=(
        student_field(),
        FieldSpec("kind", FieldWidget.CHOICE, options=labels.briefing_kind),
        FieldSpec("held_on", FieldWidget.DATE, hint=date_hint),
        FieldSpec("given_by", max_length=_BRIEFING_LIMITS["given_by"]),
    ),
    label=briefing_label,
    titles=lambda: (
        QCoreApplication.translate("Records", "New safety training or orientation"),
        QCoreApplication.translate("Records", "Edit safety training or orientation"),
    ),
    blank=_blank_briefing,
    load=_load_briefing,
    validate=validate_briefing,
    fill=_fill_briefing,
    choices=lambda session: {"student_id": student_choices(session)},
)


# -- the safety gate --------------------------------------------------------------------------
def missing_briefings(session: Session, student_id: int, before: date) -> list[BriefingKind]:
    """The kinds of briefing (safety training, orientation) the student has no live record of
    held on or before ``before``, in that order; empty: the student may start a placement."""
    held = set(
        session.scalars(
            select(SafetyBriefing.kind)
            .where(
                SafetyBriefing.student_id == student_id,
                SafetyBriefing.deleted.is_(False),
                SafetyBriefing.held_on <= before,
            )
            .distinct()
        )
    )
    found = {BriefingKind(kind) for kind in held}
    return [kind for kind in BriefingKind if kind not in found]


SPECS: dict[RecordKind, RecordSpec] = {spec.kind: spec for spec in (STUDENT, SAFETY_BRIEFING)}
