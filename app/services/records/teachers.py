"""The forms of a teacher of the network and of a teacher's skill gap (manual activity 5.1)."""

from __future__ import annotations

from dataclasses import dataclass
from typing import Any

from PySide6.QtCore import QCoreApplication
from sqlalchemy import select
from sqlalchemy.orm import Session

from app.models.enums import CollegeGroupCode
from app.models.network import College, Subject
from app.models.teachers import SkillGap, Teacher
from app.services.listing.teacher_lists import PRIORITIES, priority_labels
from app.services.records.committee import NO_TITLE, title_options
from app.services.records.common import (
    column_length,
    field_error,
    length_errors,
    optional,
    required,
    site_center_id,
)
from app.services.records.inputs import subject_choices
from app.services.records.people import teacher_choices, teacher_field
from app.services.records.spec import Choice, FieldSpec, FieldWidget, RecordKind, RecordSpec
from app.services.tabular.records import site_context
from app.services.tabular.values import name_key
from app.services.thai.fiscal import current_fiscal_year
from app.services.thai.identity import (
    format_thai_phone,
    validate_national_id,
    validate_thai_phone,
)
from app.services.thai.titles import title_by_code
from app.services.validation import FieldError

FIRST_YEAR, LAST_YEAR = 2500, 2700
LOWEST_LEVEL, HIGHEST_LEVEL = 1, 5
MEDIUM_PRIORITY = "2"


# -- teachers ---------------------------------------------------------------------------------
@dataclass
class TeacherInput:
    """A teacher as typed and chosen; ``title_code`` "" is no title."""

    title_code: str = NO_TITLE
    first_name: str = ""
    last_name: str = ""
    national_id: str = ""
    college_id: int | None = None
    subject_id: int | None = None
    position: str = ""
    qualification: str = ""
    phone: str = ""


_TEACHER_LIMITS = {
    "first_name": column_length(Teacher, "first_name", 100),
    "last_name": column_length(Teacher, "last_name", 100),
    "position": column_length(Teacher, "position", 100),
    "qualification": column_length(Teacher, "qualification", 200),
}
_PHONE_LENGTH = column_length(Teacher, "phone", 20)
_ID_LENGTH = 20
"""A national id as typed, with its separators ("1-1017-00207-03-0")."""


def teacher_label(field: str) -> str:
    """The translated label of a field of the teacher form."""
    texts = {
        "title_code": QCoreApplication.translate("Records", "Name title"),
        "first_name": QCoreApplication.translate("Records", "First name"),
        "last_name": QCoreApplication.translate("Records", "Last name"),
        "national_id": QCoreApplication.translate("Records", "National ID number"),
        "college_id": QCoreApplication.translate("Records", "College"),
        "subject_id": QCoreApplication.translate("Records", "Subject taught"),
        "position": QCoreApplication.translate("Records", "Position"),
        "qualification": QCoreApplication.translate("Records", "Qualification"),
        "phone": QCoreApplication.translate("Records", "Phone number"),
    }
    return texts[field]


def network_colleges(session: Session) -> list[Choice]:
    """The live colleges of this installation's center (every live college when the
    installation has no center yet), by name."""
    center_id = site_center_id(session)
    query = select(College.id, College.name_th).where(College.deleted.is_(False))
    if center_id is not None:
        query = query.where(College.center_id == center_id)
    return [
        Choice(row_id, name) for row_id, name in session.execute(query.order_by(College.name_sort))
    ]


def _blank_teacher(session: Session) -> TeacherInput:
    """A new teacher teaches the center's subject at the host college (the first college
    offered when there is no host college)."""
    site = site_context(session)
    host = None
    if site.center_id is not None:
        host = session.scalar(
            select(College.id)
            .where(
                College.deleted.is_(False),
                College.center_id == site.center_id,
                College.group == CollegeGroupCode.CVM,
            )
            .order_by(College.id)
            .limit(1)
        )
    if host is None:
        first = next(iter(network_colleges(session)), None)
        host = first.record_id if first is not None else None
    return TeacherInput(college_id=host, subject_id=site.subject_id)


def _national_id_errors(
    session: Session, data: TeacherInput, record_id: int | None
) -> list[FieldError]:
    if not data.national_id.strip():
        return []
    try:
        number = validate_national_id(data.national_id, "national_id")
    except FieldError:
        message = QCoreApplication.translate(
            "Records", "{label} is not valid: check the 13 digits."
        )
        return [field_error("national_id", message, teacher_label)]
    others = session.scalars(
        select(Teacher.id).where(Teacher.deleted.is_(False), Teacher.national_id == number)
    )
    if any(row_id != record_id for row_id in others):
        message = QCoreApplication.translate(
            "Records", "{label}: another teacher already has this number."
        )
        return [field_error("national_id", message, teacher_label)]
    return []


def _college_errors(session: Session, college_id: int | None) -> list[FieldError]:
    college = None if college_id is None else session.get(College, college_id)
    center_id = site_center_id(session)
    if (
        college is None
        or college.deleted
        or (center_id is not None and college.center_id != center_id)
    ):
        message = QCoreApplication.translate("Records", "{label}: choose a college of the network.")
        return [field_error("college_id", message, teacher_label)]
    return []


def validate_teacher(
    session: Session, data: TeacherInput, record_id: int | None = None
) -> list[FieldError]:
    """Every problem of ``data`` (empty when it can be saved); ``record_id`` is the edited one."""
    errors = length_errors(data, _TEACHER_LIMITS, teacher_label)
    if data.title_code != NO_TITLE and title_by_code(data.title_code) is None:
        message = QCoreApplication.translate("Records", "{label}: choose a title from the list.")
        errors.append(field_error("title_code", message, teacher_label))
    for name in ("first_name", "last_name"):
        if not getattr(data, name).strip():
            errors.append(required(name, teacher_label))
    errors += _national_id_errors(session, data, record_id)
    errors += _college_errors(session, data.college_id)
    if data.subject_id is not None:
        subject = session.get(Subject, data.subject_id)
        if subject is None or subject.deleted:
            message = QCoreApplication.translate(
                "Records", "{label}: choose a recorded excellent subject."
            )
            errors.append(field_error("subject_id", message, teacher_label))
    if data.phone.strip():
        try:
            validate_thai_phone(data.phone, "phone")
        except FieldError:
            message = QCoreApplication.translate(
                "Records", "{label} is not a valid Thai phone number, for example 081 234 5678."
            )
            errors.append(field_error("phone", message, teacher_label))
    named = {"first_name", "last_name", "college_id"}
    if not named & {error.field for error in errors} and _same_name_in_college(
        session, data, record_id
    ):
        message = QCoreApplication.translate(
            "Records", "{label}: a teacher with this name is already recorded in this college."
        )
        errors.append(field_error("first_name", message, teacher_label))
    return errors


def _same_name_in_college(session: Session, data: TeacherInput, record_id: int | None) -> bool:
    rows = session.execute(
        select(Teacher.id, Teacher.first_name, Teacher.last_name).where(
            Teacher.deleted.is_(False), Teacher.college_id == data.college_id
        )
    )
    key = (name_key(data.first_name), name_key(data.last_name))
    return any(
        (name_key(first), name_key(last)) == key and row_id != record_id
        for row_id, first, last in rows
    )


def _fill_teacher(_session: Session, row: Any, data: TeacherInput) -> None:
    row.title_code = data.title_code or None
    row.first_name = data.first_name.strip()
    row.last_name = data.last_name.strip()
    row.national_id = (
        validate_national_id(data.national_id, "national_id") if data.national_id.strip() else None
    )
    row.college_id = data.college_id
    row.subject_id = data.subject_id
    row.position = optional(data.position)
    row.qualification = optional(data.qualification)
    row.phone = validate_thai_phone(data.phone) if data.phone.strip() else None


def _load_teacher(_session: Session, row: Any) -> TeacherInput:
    return TeacherInput(
        title_code=row.title_code or NO_TITLE,
        first_name=row.first_name,
        last_name=row.last_name,
        national_id=row.national_id or "",
        college_id=row.college_id,
        subject_id=row.subject_id,
        position=row.position or "",
        qualification=row.qualification or "",
        phone=format_thai_phone(row.phone) if row.phone else "",
    )


def _phone_hint() -> str:
    return QCoreApplication.translate("Records", "for example 081 234 5678")


def _national_id_hint() -> str:
    return QCoreApplication.translate("Records", "13 digits, may be left empty")


TEACHER = RecordSpec(
    kind=RecordKind.TEACHER,
    model=Teacher,
    columns=(
        "title_code",
        "first_name",
        "last_name",
        "national_id",
        "college_id",
        "subject_id",
        "position",
        "qualification",
        "phone",
    ),
    fields=(
        FieldSpec("title_code", FieldWidget.CHOICE, options=title_options),
        FieldSpec("first_name", max_length=_TEACHER_LIMITS["first_name"]),
        FieldSpec("last_name", max_length=_TEACHER_LIMITS["last_name"]),
        FieldSpec("national_id", max_length=_ID_LENGTH, hint=_national_id_hint),
        FieldSpec("college_id", FieldWidget.RECORD),
        FieldSpec("subject_id", FieldWidget.RECORD),
        FieldSpec("position", max_length=_TEACHER_LIMITS["position"]),
        FieldSpec("qualification", max_length=_TEACHER_LIMITS["qualification"]),
        FieldSpec("phone", max_length=_PHONE_LENGTH, hint=_phone_hint),
    ),
    label=teacher_label,
    titles=lambda: (
        QCoreApplication.translate("Records", "New teacher"),
        QCoreApplication.translate("Records", "Edit teacher"),
    ),
    blank=_blank_teacher,
    load=_load_teacher,
    validate=validate_teacher,
    fill=_fill_teacher,
    choices=lambda session: {
        "college_id": network_colleges(session),
        "subject_id": subject_choices(session),
    },
)


# -- skill gaps -------------------------------------------------------------------------------
@dataclass
class SkillGapInput:
    """A teacher's gap in one competency in a fiscal year; ``priority`` "1" high to "3" low."""

    teacher_id: int | None = None
    fiscal_year: int = 0
    competency: str = ""
    current_level: int = LOWEST_LEVEL
    target_level: int = LOWEST_LEVEL + 1
    priority: str = MEDIUM_PRIORITY


_GAP_LIMITS = {"competency": column_length(SkillGap, "competency", 250)}


def skill_gap_label(field: str) -> str:
    """The translated label of a field of the skill gap form."""
    texts = {
        "teacher_id": QCoreApplication.translate("Records", "Teacher"),
        "fiscal_year": QCoreApplication.translate("Records", "Fiscal year"),
        "competency": QCoreApplication.translate("Records", "Competency"),
        "current_level": QCoreApplication.translate("Records", "Current level (1-5)"),
        "target_level": QCoreApplication.translate("Records", "Target level (1-5)"),
        "priority": QCoreApplication.translate("Records", "Priority"),
    }
    return texts[field]


def validate_skill_gap(
    session: Session, data: SkillGapInput, record_id: int | None = None
) -> list[FieldError]:
    """Every problem of ``data`` (empty when it can be saved); ``record_id`` is the edited one."""
    errors = length_errors(data, _GAP_LIMITS, skill_gap_label)
    teacher = None if data.teacher_id is None else session.get(Teacher, data.teacher_id)
    if teacher is None or teacher.deleted:
        message = QCoreApplication.translate("Records", "{label}: choose a recorded teacher.")
        errors.append(field_error("teacher_id", message, skill_gap_label))
    if not FIRST_YEAR <= data.fiscal_year <= LAST_YEAR:
        message = QCoreApplication.translate(
            "Records", "{label} must be a Buddhist Era year from {first} to {last}."
        )
        errors.append(
            field_error("fiscal_year", message, skill_gap_label, first=FIRST_YEAR, last=LAST_YEAR)
        )
    if not data.competency.strip():
        errors.append(required("competency", skill_gap_label))
    levels_ok = True
    for name in ("current_level", "target_level"):
        if not LOWEST_LEVEL <= getattr(data, name) <= HIGHEST_LEVEL:
            levels_ok = False
            message = QCoreApplication.translate(
                "Records", "{label} must be a number from {first} to {last}."
            )
            errors.append(
                field_error(name, message, skill_gap_label, first=LOWEST_LEVEL, last=HIGHEST_LEVEL)
            )
    if levels_ok and data.target_level <= data.current_level:
        message = QCoreApplication.translate("Records", "{label} must be above the current level.")
        errors.append(field_error("target_level", message, skill_gap_label))
    if data.priority not in PRIORITIES:
        message = QCoreApplication.translate("Records", "{label}: choose high, medium or low.")
        errors.append(field_error("priority", message, skill_gap_label))
    if not errors and _same_gap(session, data, record_id):
        message = QCoreApplication.translate(
            "Records",
            "{label}: this teacher's gap in this competency is already recorded for this "
            "fiscal year.",
        )
        errors.append(field_error("competency", message, skill_gap_label))
    return errors


def _same_gap(session: Session, data: SkillGapInput, record_id: int | None) -> bool:
    rows = session.execute(
        select(SkillGap.id, SkillGap.competency).where(
            SkillGap.deleted.is_(False),
            SkillGap.teacher_id == data.teacher_id,
            SkillGap.fiscal_year == data.fiscal_year,
        )
    )
    key = name_key(data.competency)
    return any(name_key(name) == key and row_id != record_id for row_id, name in rows)


def _blank_gap(session: Session) -> SkillGapInput:
    """A new gap is of the current fiscal year, for the first teacher the form offers."""
    first = next(iter(teacher_choices(session, 1)), None)
    return SkillGapInput(
        teacher_id=first.record_id if first is not None else None,
        fiscal_year=current_fiscal_year(),
    )


def _fill_gap(_session: Session, row: Any, data: SkillGapInput) -> None:
    row.teacher_id = data.teacher_id
    row.fiscal_year = data.fiscal_year
    row.competency = " ".join(data.competency.split())
    row.current_level = data.current_level
    row.target_level = data.target_level
    row.priority = int(data.priority)


def _load_gap(_session: Session, row: Any) -> SkillGapInput:
    return SkillGapInput(
        teacher_id=row.teacher_id,
        fiscal_year=row.fiscal_year,
        competency=row.competency,
        current_level=row.current_level,
        target_level=row.target_level,
        priority=str(row.priority),
    )


SKILL_GAP = RecordSpec(
    kind=RecordKind.SKILL_GAP,
    model=SkillGap,
    columns=(
        "teacher_id",
        "fiscal_year",
        "competency",
        "current_level",
        "target_level",
        "priority",
    ),
    fields=(
        teacher_field(),
        FieldSpec("fiscal_year", FieldWidget.NUMBER, minimum=FIRST_YEAR, maximum=LAST_YEAR),
        FieldSpec("competency", max_length=_GAP_LIMITS["competency"]),
        FieldSpec("current_level", FieldWidget.NUMBER, minimum=LOWEST_LEVEL, maximum=HIGHEST_LEVEL),
        FieldSpec("target_level", FieldWidget.NUMBER, minimum=LOWEST_LEVEL, maximum=HIGHEST_LEVEL),
        FieldSpec("priority", FieldWidget.CHOICE, options=priority_labels),
    ),
    label=skill_gap_label,
    titles=lambda: (
        QCoreApplication.translate("Records", "New skill gap"),
        QCoreApplication.translate("Records", "Edit skill gap"),
    ),
    blank=_blank_gap,
    load=_load_gap,
    validate=validate_skill_gap,
    fill=_fill_gap,
    choices=lambda session: {"teacher_id": teacher_choices(session)},
)

SPECS: dict[RecordKind, RecordSpec] = {spec.kind: spec for spec in (TEACHER, SKILL_GAP)}
