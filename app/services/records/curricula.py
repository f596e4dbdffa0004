"""The forms of curricula (ปวช. 2562 / ปวส. 2563), TPQI units of competency and the mapping
of a curriculum's courses to units (manual 3.1).

A curriculum revision goes through dated steps in a fixed order (started, reviewed with
enterprises, approved by the college board, submitted to the Office of the Vocational
Education Commission, approved); each is optional, but a later step is never dated before
an earlier one.
"""

from __future__ import annotations

from dataclasses import dataclass
from datetime import date
from typing import Any

from PySide6.QtCore import QCoreApplication
from sqlalchemy import select
from sqlalchemy.orm import Session

from app.models.curriculum import CompetencyUnit, Curriculum, CurriculumUnit
from app.models.enums import Level, RevisionStatus
from app.models.network import Subject
from app.services.listing import labels
from app.services.records.common import (
    column_length,
    field_error,
    length_errors,
    optional,
    required,
    written_date,
)
from app.services.records.inputs import subject_choices
from app.services.records.network import date_hint
from app.services.records.spec import Choice, FieldSpec, FieldWidget, RecordKind, RecordSpec
from app.services.tabular.records import site_context
from app.services.tabular.values import name_key
from app.services.thai.dates import format_thai_date
from app.services.validation import FieldError

FIRST_EDITION, LAST_EDITION = 2500, 2700
EDITIONS: dict[Level, int] = {Level.PVC: 2562, Level.PVS: 2563}
"""The editions in use: ปวช. 2562 and ปวส. 2563."""
CURRICULUM_LEVELS = (Level.PVC, Level.PVS)
LOWEST_LEVEL, HIGHEST_LEVEL = 1, 8
STEP_FIELDS = (
    "revision_started_on",
    "enterprise_review_on",
    "board_approved_on",
    "submitted_on",
    "approved_on",
)
"""The approval steps of a revision, in the order they happen."""


# -- curricula --------------------------------------------------------------------------------
@dataclass
class CurriculumInput:
    """A curriculum as chosen and typed; the step dates are day/month/B.E. year or empty."""

    subject_id: int | None = None
    level: str = Level.PVC.value
    edition_year: int = EDITIONS[Level.PVC]
    title: str = ""
    revision_status: str = RevisionStatus.CURRENT.value
    revision_started_on: str = ""
    enterprise_review_on: str = ""
    board_approved_on: str = ""
    submitted_on: str = ""
    approved_on: str = ""


_CURRICULUM_LIMITS = {"title": column_length(Curriculum, "title", 250)}


def curriculum_label(field: str) -> str:
    """The translated label of a field of the curriculum form."""
    texts = {
        "subject_id": QCoreApplication.translate("Records", "Excellent subject"),
        "level": QCoreApplication.translate("Records", "Level"),
        "edition_year": QCoreApplication.translate(
            "Records",
            "Edition year (B.E.; Vocational Certificate 2562, Higher Vocational Certificate 2563)",
        ),
        "title": QCoreApplication.translate("Records", "Curriculum title"),
        "revision_status": QCoreApplication.translate("Records", "Revision status"),
        "revision_started_on": QCoreApplication.translate("Records", "Revision started on"),
        "enterprise_review_on": QCoreApplication.translate(
            "Records", "Reviewed with enterprises on"
        ),
        "board_approved_on": QCoreApplication.translate(
            "Records", "Approved by the college board on"
        ),
        "submitted_on": QCoreApplication.translate(
            "Records", "Submitted to the Office of the Vocational Education Commission on"
        ),
        "approved_on": QCoreApplication.translate("Records", "Approved on"),
    }
    return texts[field]


def curriculum_levels() -> dict[str, str]:
    """The levels a curriculum of the center can have (ปวช., ปวส.)."""
    names = labels.level()
    return {level.value: names[level] for level in CURRICULUM_LEVELS}


def _step_dates(data: CurriculumInput, errors: list[FieldError]) -> dict[str, date]:
    """The dated steps of ``data`` (unreadable dates are reported in ``errors``)."""
    dated: dict[str, date] = {}
    for field in STEP_FIELDS:
        text = getattr(data, field)
        if text.strip():
            try:
                dated[field] = written_date(text, field, curriculum_label)
            except FieldError as error:
                errors.append(error)
    return dated


def _order_errors(dated: dict[str, date]) -> list[FieldError]:
    """A problem for each step dated before an earlier step."""
    errors = []
    message = QCoreApplication.translate(
        "Records", "{label} cannot be before the date of the earlier step ({earlier})."
    )
    for position, field in enumerate(STEP_FIELDS):
        if field not in dated:
            continue
        for earlier in reversed(STEP_FIELDS[:position]):
            if earlier in dated:
                if dated[field] < dated[earlier]:
                    errors.append(
                        field_error(
                            field, message, curriculum_label, earlier=curriculum_label(earlier)
                        )
                    )
                break
    return errors


def validate_curriculum(
    session: Session, data: CurriculumInput, record_id: int | None = None
) -> list[FieldError]:
    """Every problem of ``data`` (empty when it can be saved); ``record_id`` is the edited one."""
    errors = length_errors(data, _CURRICULUM_LIMITS, curriculum_label)
    subject = None if data.subject_id is None else session.get(Subject, data.subject_id)
    if subject is None or subject.deleted:
        message = QCoreApplication.translate("Records", "{label}: choose a recorded subject.")
        errors.append(field_error("subject_id", message, curriculum_label))
    if data.level not in {level.value for level in CURRICULUM_LEVELS}:
        message = QCoreApplication.translate(
            "Records",
            "{label}: choose Vocational Certificate or Higher Vocational Certificate.",
        )
        errors.append(field_error("level", message, curriculum_label))
    if not FIRST_EDITION <= data.edition_year <= LAST_EDITION:
        message = QCoreApplication.translate(
            "Records", "{label} must be a number from {first} to {last}."
        )
        errors.append(
            field_error(
                "edition_year", message, curriculum_label, first=FIRST_EDITION, last=LAST_EDITION
            )
        )
    if not data.title.strip():
        errors.append(required("title", curriculum_label))
    statuses = {status.value for status in RevisionStatus}
    if data.revision_status not in statuses:
        message = QCoreApplication.translate("Records", "{label}: choose one of the statuses.")
        errors.append(field_error("revision_status", message, curriculum_label))
    dated = _step_dates(data, errors)
    approved = data.revision_status == RevisionStatus.APPROVED.value
    if not approved:
        # Until a revision is approved, the approval date is the one of the edition in use,
        # which comes before the steps of the revision under way.
        dated.pop("approved_on", None)
    errors += _order_errors(dated)
    if approved and not data.approved_on.strip():
        message = QCoreApplication.translate(
            "Records", "{label} is required when the revision is approved."
        )
        errors.append(field_error("approved_on", message, curriculum_label))
    if not errors:
        same = session.scalars(
            select(Curriculum.id).where(
                Curriculum.deleted.is_(False),
                Curriculum.subject_id == data.subject_id,
                Curriculum.level == Level(data.level),
                Curriculum.edition_year == data.edition_year,
            )
        )
        if any(row_id != record_id for row_id in same):
            message = QCoreApplication.translate(
                "Records",
                "{label}: a curriculum of this subject, level and edition is already recorded.",
            )
            errors.append(field_error("edition_year", message, curriculum_label))
    return errors


def _blank_curriculum(session: Session) -> CurriculumInput:
    """A new curriculum is of this center's subject (when the site has one)."""
    return CurriculumInput(subject_id=site_context(session).subject_id)


def _fill_curriculum(_session: Session, row: Any, data: CurriculumInput) -> None:
    row.subject_id = data.subject_id
    row.level = Level(data.level)
    row.edition_year = data.edition_year
    row.title = data.title.strip()
    row.revision_status = RevisionStatus(data.revision_status)
    for field in STEP_FIELDS:
        text = getattr(data, field)
        setattr(row, field, written_date(text, field, curriculum_label) if text.strip() else None)


def _date_text(value: date | None) -> str:
    return format_thai_date(value, "numeric") if value is not None else ""


def _load_curriculum(_session: Session, row: Any) -> CurriculumInput:
    return CurriculumInput(
        subject_id=row.subject_id,
        level=Level(row.level).value,
        edition_year=row.edition_year,
        title=row.title,
        revision_status=RevisionStatus(row.revision_status).value,
        **{field: _date_text(getattr(row, field)) for field in STEP_FIELDS},
    )


CURRICULUM = RecordSpec(
    kind=RecordKind.CURRICULUM,
    model=Curriculum,
    columns=(
        "subject_id",
        "level",
        "edition_year",
        "title",
        "revision_status",
        *STEP_FIELDS,
    ),
    fields=(
        FieldSpec("subject_id", FieldWidget.RECORD),
        FieldSpec("level", FieldWidget.CHOICE, options=curriculum_levels),
        FieldSpec(
            "edition_year",
            FieldWidget.NUMBER,
            minimum=FIRST_EDITION,
            maximum=LAST_EDITION,
            hint=lambda: QCoreApplication.translate(
                "Records", "Vocational Certificate 2562, Higher Vocational Certificate 2563"
            ),
        ),
        FieldSpec("title", max_length=_CURRICULUM_LIMITS["title"]),
        FieldSpec("revision_status", FieldWidget.CHOICE, options=labels.revision_status),
        *(FieldSpec(field, FieldWidget.DATE, hint=date_hint) for field in STEP_FIELDS),
    ),
    label=curriculum_label,
    titles=lambda: (
        QCoreApplication.translate("Records", "New curriculum"),
        QCoreApplication.translate("Records", "Edit curriculum"),
    ),
    blank=_blank_curriculum,
    load=_load_curriculum,
    validate=validate_curriculum,
    fill=_fill_curriculum,
    choices=lambda session: {"subject_id": subject_choices(session)},
)


# -- units of competency ----------------------------------------------------------------------
@dataclass
class CompetencyUnitInput:
    """A TPQI unit of competency as typed."""

    code: str = ""
    title: str = ""
    tpqi_level: int = LOWEST_LEVEL
    occupation_standard: str = ""


_UNIT_LIMITS = {
    "code": column_length(CompetencyUnit, "code", 40),
    "title": column_length(CompetencyUnit, "title", 300),
    "occupation_standard": column_length(CompetencyUnit, "occupation_standard", 250),
}


def unit_label(field: str) -> str:
    """The translated label of a field of the unit of competency form."""
    texts = {
        "code": QCoreApplication.translate("Records", "Unit code"),
        "title": QCoreApplication.translate("Records", "Unit title"),
        "tpqi_level": QCoreApplication.translate("Records", "TPQI level (1-8)"),
        "occupation_standard": QCoreApplication.translate("Records", "Occupation standard"),
    }
    return texts[field]


def unit_code_key(code: str) -> str:
    """Unit codes are the same whatever their case and spacing."""
    return "".join(code.split()).upper()


def validate_unit(
    session: Session, data: CompetencyUnitInput, record_id: int | None = None
) -> list[FieldError]:
    """Every problem of ``data`` (empty when it can be saved); ``record_id`` is the edited one."""
    errors = length_errors(data, _UNIT_LIMITS, unit_label)
    if not data.code.strip():
        errors.append(required("code", unit_label))
    if not data.title.strip():
        errors.append(required("title", unit_label))
    if not LOWEST_LEVEL <= data.tpqi_level <= HIGHEST_LEVEL:
        message = QCoreApplication.translate(
            "Records", "{label}: a TPQI level is a number from {first} to {last}."
        )
        errors.append(
            field_error("tpqi_level", message, unit_label, first=LOWEST_LEVEL, last=HIGHEST_LEVEL)
        )
    if not errors:
        key = unit_code_key(data.code)
        others = session.execute(select(CompetencyUnit.id, CompetencyUnit.code))
        # Codes are unique in the table, tombstones included.
        if any(unit_code_key(code) == key and row_id != record_id for row_id, code in others):
            message = QCoreApplication.translate(
                "Records", "{label}: a unit of competency with this code is already recorded."
            )
            errors.append(field_error("code", message, unit_label))
    return errors


def _fill_unit(_session: Session, row: Any, data: CompetencyUnitInput) -> None:
    row.code = " ".join(data.code.split())
    row.title = data.title.strip()
    row.tpqi_level = data.tpqi_level
    row.occupation_standard = optional(data.occupation_standard)


def _load_unit(_session: Session, row: Any) -> CompetencyUnitInput:
    return CompetencyUnitInput(
        code=row.code,
        title=row.title,
        tpqi_level=row.tpqi_level,
        occupation_standard=row.occupation_standard or "",
    )


COMPETENCY_UNIT = RecordSpec(
    kind=RecordKind.COMPETENCY_UNIT,
    model=CompetencyUnit,
    columns=("code", "title", "tpqi_level", "occupation_standard"),
    fields=(
        FieldSpec("code", max_length=_UNIT_LIMITS["code"]),
        FieldSpec("title", max_length=_UNIT_LIMITS["title"]),
        FieldSpec("tpqi_level", FieldWidget.NUMBER, minimum=LOWEST_LEVEL, maximum=HIGHEST_LEVEL),
        FieldSpec("occupation_standard", max_length=_UNIT_LIMITS["occupation_standard"]),
    ),
    label=unit_label,
    titles=lambda: (
        QCoreApplication.translate("Records", "New unit of competency"),
        QCoreApplication.translate("Records", "Edit unit of competency"),
    ),
    blank=lambda _session: CompetencyUnitInput(),
    load=_load_unit,
    validate=validate_unit,
    fill=_fill_unit,
)


# -- courses mapped to units --------------------------------------------------------------------
@dataclass
class CurriculumUnitInput:
    """A course of a curriculum and the unit of competency it covers."""

    curriculum_id: int | None = None
    competency_unit_id: int | None = None
    course_code: str = ""
    course_title: str = ""


_MAPPING_LIMITS = {
    "course_code": column_length(CurriculumUnit, "course_code", 20),
    "course_title": column_length(CurriculumUnit, "course_title", 250),
}


def mapping_label(field: str) -> str:
    """The translated label of a field of the course-to-unit form."""
    texts = {
        "curriculum_id": QCoreApplication.translate("Records", "Curriculum"),
        "competency_unit_id": QCoreApplication.translate("Records", "Unit of competency"),
        "course_code": QCoreApplication.translate("Records", "Course code"),
        "course_title": QCoreApplication.translate("Records", "Course title"),
    }
    return texts[field]


def curriculum_choices(session: Session) -> list[Choice]:
    """The live curricula, newest edition first: "title (edition)"."""
    shown = QCoreApplication.translate("Records", "{title} ({edition})")
    rows = session.execute(
        select(Curriculum.id, Curriculum.title, Curriculum.edition_year)
        .where(Curriculum.deleted.is_(False))
        .order_by(Curriculum.edition_year.desc(), Curriculum.title, Curriculum.id)
    )
    return [
        Choice(row_id, shown.format(title=title, edition=edition))
        for row_id, title, edition in rows
    ]


def unit_choices(session: Session) -> list[Choice]:
    """The live units of competency by code: "code title"."""
    rows = session.execute(
        select(CompetencyUnit.id, CompetencyUnit.code, CompetencyUnit.title)
        .where(CompetencyUnit.deleted.is_(False))
        .order_by(CompetencyUnit.code)
    )
    return [Choice(row_id, f"{code} {title}") for row_id, code, title in rows]


def validate_mapping(
    session: Session, data: CurriculumUnitInput, record_id: int | None = None
) -> list[FieldError]:
    """Every problem of ``data`` (empty when it can be saved); ``record_id`` is the edited one."""
    errors = length_errors(data, _MAPPING_LIMITS, mapping_label)
    curriculum = None if data.curriculum_id is None else session.get(Curriculum, data.curriculum_id)
    if curriculum is None or curriculum.deleted:
        message = QCoreApplication.translate("Records", "{label}: choose a recorded curriculum.")
        errors.append(field_error("curriculum_id", message, mapping_label))
    unit_id = data.competency_unit_id
    unit = None if unit_id is None else session.get(CompetencyUnit, unit_id)
    if unit is None or unit.deleted:
        message = QCoreApplication.translate(
            "Records", "{label}: choose a recorded unit of competency."
        )
        errors.append(field_error("competency_unit_id", message, mapping_label))
    if not data.course_code.strip():
        errors.append(required("course_code", mapping_label))
    if not data.course_title.strip():
        errors.append(required("course_title", mapping_label))
    if not errors:
        mapped = session.execute(
            select(CurriculumUnit.id, CurriculumUnit.course_code).where(
                CurriculumUnit.deleted.is_(False),
                CurriculumUnit.curriculum_id == data.curriculum_id,
                CurriculumUnit.competency_unit_id == unit_id,
            )
        )
        key = name_key(data.course_code)
        if any(name_key(code) == key and row_id != record_id for row_id, code in mapped):
            message = QCoreApplication.translate(
                "Records", "{label}: this course is already mapped to this unit of competency."
            )
            errors.append(field_error("course_code", message, mapping_label))
    return errors


def _fill_mapping(_session: Session, row: Any, data: CurriculumUnitInput) -> None:
    row.curriculum_id = data.curriculum_id
    row.competency_unit_id = data.competency_unit_id
    row.course_code = " ".join(data.course_code.split())
    row.course_title = data.course_title.strip()


def _load_mapping(_session: Session, row: Any) -> CurriculumUnitInput:
    return CurriculumUnitInput(
        curriculum_id=row.curriculum_id,
        competency_unit_id=row.competency_unit_id,
        course_code=row.course_code,
        course_title=row.course_title,
    )


CURRICULUM_UNIT = RecordSpec(
    kind=RecordKind.CURRICULUM_UNIT,
    model=CurriculumUnit,
    columns=("curriculum_id", "competency_unit_id", "course_code", "course_title"),
    fields=(
        FieldSpec("curriculum_id", FieldWidget.RECORD),
        FieldSpec("competency_unit_id", FieldWidget.RECORD),
        FieldSpec("course_code", max_length=_MAPPING_LIMITS["course_code"]),
        FieldSpec("course_title", max_length=_MAPPING_LIMITS["course_title"]),
    ),
    label=mapping_label,
    titles=lambda: (
        QCoreApplication.translate("Records", "Map a course to a unit of competency"),
        QCoreApplication.translate("Records", "Edit a course mapping"),
    ),
    blank=lambda _session: CurriculumUnitInput(),
    load=_load_mapping,
    validate=validate_mapping,
    fill=_fill_mapping,
    choices=lambda session: {
        "curriculum_id": curriculum_choices(session),
        "competency_unit_id": unit_choices(session),
    },
)

SPECS: dict[RecordKind, RecordSpec] = {
    spec.kind: spec for spec in (CURRICULUM, COMPETENCY_UNIT, CURRICULUM_UNIT)
}
