"""The forms of certification and test centers, their assessment rounds and the results
(manual 4.1-4.3, 5.5, 6.4).

A result belongs to a teacher or to a student (a student or a graduate), exactly the one that
fits its person kind, of a college of this installation's network. Choosing a round fills the
center, the standard and the level left empty. Certificate numbers are unique and never
reused: the number of a deleted result stays taken (the database keeps it on the tombstone).
"""

from __future__ import annotations

from dataclasses import dataclass
from datetime import date
from typing import Any

from PySide6.QtCore import QCoreApplication
from sqlalchemy import and_, or_, select, true
from sqlalchemy.orm import Session

from app.models.certification import AssessmentRound, Certification, CertificationCenter
from app.models.enums import (
    CertificationCenterKind,
    CertificationCenterStatus,
    CertificationResult,
    PersonKind,
)
from app.models.network import College
from app.models.students import Student
from app.models.teachers import Teacher
from app.services.listing import labels
from app.services.listing.search import LIKE_ESCAPE, like_pattern
from app.services.records.common import (
    Label,
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
from app.services.records.people import (
    student_choices,
    student_field,
    teacher_choices,
    teacher_field,
)
from app.services.records.spec import (
    Choice,
    FieldSpec,
    FieldWidget,
    RecordKind,
    RecordLookup,
    RecordSpec,
)
from app.services.tabular.values import name_key
from app.services.thai.dates import format_thai_date
from app.services.validation import FieldError

MAX_LEVEL = 8
"""Thai Professional Qualification levels run from 1 to 8 (0 in a form: not given)."""
MAX_SEATS = 10_000


def _live(session: Session, model: Any, record_id: int | None) -> Any:
    if record_id is None:
        return None
    row = session.get(model, record_id)
    return None if row is None or row.deleted else row


def _date_or_error(
    text: str, field: str, label: Label, errors: list[FieldError], *, needed: bool
) -> date | None:
    if not text.strip():
        if needed:
            errors.append(required(field, label))
        return None
    try:
        return written_date(text, field, label)
    except FieldError as error:
        errors.append(error)
        return None


def _choose_one(field: str, value: str, codes: type[Any], label: Label) -> list[FieldError]:
    if value in {code.value for code in codes}:
        return []
    message = QCoreApplication.translate("Records", "{label}: choose one of the values offered.")
    return [field_error(field, message, label)]


def _level_errors(field: str, level: int, label: Label) -> list[FieldError]:
    if 0 <= level <= MAX_LEVEL:
        return []
    message = QCoreApplication.translate(
        "Records", "{label}: a level runs from 1 to {last} (0 if there is none)."
    )
    return [field_error(field, message, label, last=MAX_LEVEL)]


def center_choices(session: Session) -> list[Choice]:
    """The live certification centers, by name."""
    rows = session.execute(
        select(CertificationCenter.id, CertificationCenter.name)
        .where(CertificationCenter.deleted.is_(False))
        .order_by(CertificationCenter.name, CertificationCenter.id)
    )
    return [Choice(row_id, name) for row_id, name in rows]


def _rounds(session: Session, condition: Any, limit: int) -> list[Choice]:
    rows = session.execute(
        select(
            AssessmentRound.id,
            AssessmentRound.held_on,
            AssessmentRound.standard,
            CertificationCenter.name,
        )
        .join(
            CertificationCenter,
            CertificationCenter.id == AssessmentRound.certification_center_id,
        )
        .where(AssessmentRound.deleted.is_(False), condition)
        .order_by(AssessmentRound.held_on.desc(), AssessmentRound.id.desc())
        .limit(limit)
    )
    return [
        Choice(row_id, f"{format_thai_date(held_on, 'numeric')} · {standard} · {center}")
        for row_id, held_on, standard, center in rows
    ]


def _search_rounds(session: Session, text: str, limit: int) -> list[Choice]:
    words = [
        or_(
            AssessmentRound.standard.like(like_pattern(word), escape=LIKE_ESCAPE),
            CertificationCenter.name.like(like_pattern(word), escape=LIKE_ESCAPE),
        )
        for word in text.split()
    ]
    return _rounds(session, and_(true(), *words), limit)


def _round_by_id(session: Session, record_id: int) -> Choice | None:
    found = _rounds(session, AssessmentRound.id == record_id, 1)
    return found[0] if found else None


ROUND_LOOKUP = RecordLookup(_search_rounds, _round_by_id)
"""A result's round is optional, so the form offers none until one is typed (a drop-down
list with choices would start on the first one); a list of one round's results presets it."""


# -- certification centers --------------------------------------------------------------------
@dataclass
class CertificationCenterInput:
    """A certification or test center as typed; dates day/month/B.E. year (optional)."""

    college_id: int | None = None
    kind: str = CertificationCenterKind.TPQI.value
    name: str = ""
    licence_no: str = ""
    scope: str = ""
    valid_from: str = ""
    valid_until: str = ""
    status: str = CertificationCenterStatus.PREPARING.value


_CENTER_LIMITS = {
    "name": column_length(CertificationCenter, "name", 250),
    "licence_no": column_length(CertificationCenter, "licence_no", 60),
    "scope": 4000,
}


def center_label(field: str) -> str:
    """The translated label of a field of the certification center form."""
    texts = {
        "college_id": QCoreApplication.translate("Records", "College"),
        "kind": QCoreApplication.translate("Records", "Type of center"),
        "name": QCoreApplication.translate("Records", "Center name"),
        "licence_no": QCoreApplication.translate("Records", "Licence or accreditation number"),
        "scope": QCoreApplication.translate("Records", "Scope (standards and levels)"),
        "valid_from": QCoreApplication.translate("Records", "Valid from"),
        "valid_until": QCoreApplication.translate("Records", "Valid until"),
        "status": QCoreApplication.translate("Records", "Status"),
    }
    return texts[field]


def validate_center(
    session: Session, data: CertificationCenterInput, record_id: int | None = None
) -> list[FieldError]:
    """Every problem of ``data`` (empty when it can be saved); ``record_id`` is the edited one."""
    label = center_label
    errors = length_errors(data, _CENTER_LIMITS, label)
    if data.college_id is None:
        errors.append(required("college_id", label))
    elif _live(session, College, data.college_id) is None:
        message = QCoreApplication.translate("Records", "{label}: this college no longer exists.")
        errors.append(field_error("college_id", message, label))
    errors += _choose_one("kind", data.kind, CertificationCenterKind, label)
    errors += _choose_one("status", data.status, CertificationCenterStatus, label)
    if not data.name.strip():
        errors.append(required("name", label))
    valid_from = _date_or_error(data.valid_from, "valid_from", label, errors, needed=False)
    valid_until = _date_or_error(data.valid_until, "valid_until", label, errors, needed=False)
    if valid_from and valid_until and valid_until < valid_from:
        message = QCoreApplication.translate(
            "Records", "{label} cannot be before the first day of validity."
        )
        errors.append(field_error("valid_until", message, label))
    if data.status == CertificationCenterStatus.ACCREDITED.value:
        message = QCoreApplication.translate(
            "Records", "{label} is required for an accredited or licensed center."
        )
        if not data.licence_no.strip():
            errors.append(field_error("licence_no", message, label))
        if not data.valid_until.strip():
            errors.append(field_error("valid_until", message, label))
    if data.name.strip() and data.college_id is not None:
        key = name_key(data.name)
        same_college = session.execute(
            select(CertificationCenter.id, CertificationCenter.name).where(
                CertificationCenter.deleted.is_(False),
                CertificationCenter.college_id == data.college_id,
            )
        )
        if any(name_key(name) == key and row_id != record_id for row_id, name in same_college):
            message = QCoreApplication.translate(
                "Records", "{label}: this college already has a center of this name."
            )
            errors.append(field_error("name", message, label))
    return errors


def _fill_center(_session: Session, row: Any, data: CertificationCenterInput) -> None:
    row.college_id = data.college_id
    row.kind = CertificationCenterKind(data.kind)
    row.name = data.name.strip()
    row.licence_no = optional(data.licence_no)
    row.scope = optional(data.scope)
    row.valid_from = (
        written_date(data.valid_from, "valid_from", center_label)
        if data.valid_from.strip()
        else None
    )
    row.valid_until = (
        written_date(data.valid_until, "valid_until", center_label)
        if data.valid_until.strip()
        else None
    )
    row.status = CertificationCenterStatus(data.status)


def _written(day: date | None) -> str:
    return format_thai_date(day, "numeric") if day is not None else ""


def _load_center(_session: Session, row: Any) -> CertificationCenterInput:
    return CertificationCenterInput(
        college_id=row.college_id,
        kind=CertificationCenterKind(row.kind).value,
        name=row.name,
        licence_no=row.licence_no or "",
        scope=row.scope or "",
        valid_from=_written(row.valid_from),
        valid_until=_written(row.valid_until),
        status=CertificationCenterStatus(row.status).value,
    )


CERTIFICATION_CENTER = RecordSpec(
    kind=RecordKind.CERTIFICATION_CENTER,
    model=CertificationCenter,
    columns=(
        "college_id",
        "kind",
        "name",
        "licence_no",
        "scope",
        "valid_from",
        "valid_until",
        "status",
    ),
    fields=(
        FieldSpec("college_id", FieldWidget.RECORD),
        FieldSpec("kind", FieldWidget.CHOICE, options=labels.certification_center_kind),
        FieldSpec("name", max_length=_CENTER_LIMITS["name"]),
        FieldSpec("licence_no", max_length=_CENTER_LIMITS["licence_no"]),
        FieldSpec("scope", FieldWidget.LONG_TEXT),
        FieldSpec("valid_from", FieldWidget.DATE, hint=date_hint),
        FieldSpec("valid_until", FieldWidget.DATE, hint=date_hint),
        FieldSpec("status", FieldWidget.CHOICE, options=labels.certification_center_status),
    ),
    label=center_label,
    titles=lambda: (
        QCoreApplication.translate("Records", "New certification or test center"),
        QCoreApplication.translate("Records", "Edit certification or test center"),
    ),
    blank=lambda _session: CertificationCenterInput(),
    load=_load_center,
    validate=validate_center,
    fill=_fill_center,
    choices=lambda session: {"college_id": college_choices(session)},
)


# -- assessment rounds ------------------------------------------------------------------------
@dataclass
class AssessmentRoundInput:
    """An assessment or test round as typed; ``level`` and ``seats`` 0 when not given."""

    certification_center_id: int | None = None
    held_on: str = ""
    standard: str = ""
    level: int = 0
    seats: int = 0
    note: str = ""


_ROUND_LIMITS = {
    "standard": column_length(AssessmentRound, "standard", 250),
    "note": 4000,
}


def round_label(field: str) -> str:
    """The translated label of a field of the assessment round form."""
    texts = {
        "certification_center_id": QCoreApplication.translate("Records", "Certification center"),
        "held_on": QCoreApplication.translate("Records", "Assessment date"),
        "standard": QCoreApplication.translate("Records", "Occupational standard"),
        "level": QCoreApplication.translate("Records", "Level (1-8; 0 if none)"),
        "seats": QCoreApplication.translate("Records", "Seats (0 if not set)"),
        "note": QCoreApplication.translate("Records", "Note"),
    }
    return texts[field]


def _center_errors(
    session: Session, center_id: int | None, field: str, label: Label, *, needed: bool
) -> list[FieldError]:
    if center_id is None:
        return [required(field, label)] if needed else []
    if _live(session, CertificationCenter, center_id) is None:
        message = QCoreApplication.translate(
            "Records", "{label}: this certification center no longer exists."
        )
        return [field_error(field, message, label)]
    return []


def validate_round(
    session: Session, data: AssessmentRoundInput, _record_id: int | None = None
) -> list[FieldError]:
    """Every problem of ``data`` (empty when it can be saved)."""
    label = round_label
    errors = length_errors(data, _ROUND_LIMITS, label)
    errors += _center_errors(
        session, data.certification_center_id, "certification_center_id", label, needed=True
    )
    _date_or_error(data.held_on, "held_on", label, errors, needed=True)
    if not data.standard.strip():
        errors.append(required("standard", label))
    errors += _level_errors("level", data.level, label)
    if not 0 <= data.seats <= MAX_SEATS:
        message = QCoreApplication.translate(
            "Records", "{label} must be a number from {first} to {last}."
        )
        errors.append(field_error("seats", message, label, first=0, last=MAX_SEATS))
    return errors


def _fill_round(_session: Session, row: Any, data: AssessmentRoundInput) -> None:
    row.certification_center_id = data.certification_center_id
    row.held_on = written_date(data.held_on, "held_on", round_label)
    row.standard = data.standard.strip()
    row.level = data.level or None
    row.seats = data.seats or None
    row.note = optional(data.note)


def _load_round(_session: Session, row: Any) -> AssessmentRoundInput:
    return AssessmentRoundInput(
        certification_center_id=row.certification_center_id,
        held_on=_written(row.held_on),
        standard=row.standard,
        level=row.level or 0,
        seats=row.seats or 0,
        note=row.note or "",
    )


ASSESSMENT_ROUND = RecordSpec(
    kind=RecordKind.ASSESSMENT_ROUND,
    model=AssessmentRound,
    columns=("certification_center_id", "held_on", "standard", "level", "seats", "note"),
    fields=(
        FieldSpec("certification_center_id", FieldWidget.RECORD),
        FieldSpec("held_on", FieldWidget.DATE, hint=date_hint),
        FieldSpec("standard", max_length=_ROUND_LIMITS["standard"]),
        FieldSpec("level", FieldWidget.NUMBER, maximum=MAX_LEVEL),
        FieldSpec("seats", FieldWidget.NUMBER, maximum=MAX_SEATS),
        FieldSpec("note", FieldWidget.LONG_TEXT),
    ),
    label=round_label,
    titles=lambda: (
        QCoreApplication.translate("Records", "New assessment round"),
        QCoreApplication.translate("Records", "Edit assessment round"),
    ),
    blank=lambda _session: AssessmentRoundInput(),
    load=_load_round,
    validate=validate_round,
    fill=_fill_round,
    choices=lambda session: {"certification_center_id": center_choices(session)},
)


# -- certification results --------------------------------------------------------------------
@dataclass
class CertificationInput:
    """One person's result as typed: a teacher, or a student (a student or a graduate)."""

    round_id: int | None = None
    certification_center_id: int | None = None
    person_kind: str = PersonKind.TEACHER.value
    teacher_id: int | None = None
    student_id: int | None = None
    standard: str = ""
    level: int = 0
    result: str = CertificationResult.PASSED.value
    certificate_no: str = ""
    assessed_on: str = ""


_RESULT_LIMITS = {
    "standard": column_length(Certification, "standard", 250),
    "certificate_no": column_length(Certification, "certificate_no", 60),
}


def certification_label(field: str) -> str:
    """The translated label of a field of the certification result form."""
    texts = {
        "round_id": QCoreApplication.translate("Records", "Assessment round (optional)"),
        "certification_center_id": QCoreApplication.translate("Records", "Certification center"),
        "person_kind": QCoreApplication.translate("Records", "Person assessed"),
        "teacher_id": QCoreApplication.translate("Records", "Teacher"),
        "student_id": QCoreApplication.translate("Records", "Student or graduate"),
        "standard": QCoreApplication.translate("Records", "Occupational standard"),
        "level": QCoreApplication.translate("Records", "Level (1-8; 0 if none)"),
        "result": QCoreApplication.translate("Records", "Result"),
        "certificate_no": QCoreApplication.translate("Records", "Certificate number"),
        "assessed_on": QCoreApplication.translate("Records", "Assessed on"),
    }
    return texts[field]


def with_round(session: Session, data: CertificationInput) -> CertificationInput:
    """``data`` with its round's center, and the standard and level it leaves empty taken
    from the round (a result of a round is always of the round's center)."""
    chosen = _live(session, AssessmentRound, data.round_id)
    if chosen is None:
        return data
    return CertificationInput(
        round_id=data.round_id,
        certification_center_id=chosen.certification_center_id,
        person_kind=data.person_kind,
        teacher_id=data.teacher_id,
        student_id=data.student_id,
        standard=data.standard if data.standard.strip() else chosen.standard,
        level=data.level or (chosen.level or 0),
        result=data.result,
        certificate_no=data.certificate_no,
        assessed_on=data.assessed_on,
    )


def certificate_number_problem(
    session: Session, number: str, record_id: int | None = None
) -> str | None:
    """Why ``number`` cannot be given to a result (None: it can). A number is never reused,
    not even one of a deleted result."""
    holders = session.execute(
        select(Certification.id, Certification.deleted).where(
            Certification.certificate_no == number.strip()
        )
    ).all()
    others = [deleted for row_id, deleted in holders if row_id != record_id]
    if not others:
        return None
    if any(not deleted for deleted in others):
        return QCoreApplication.translate(
            "Records", "This certificate number is already recorded for another result."
        )
    return QCoreApplication.translate(
        "Records",
        "This certificate number was given to a result that has been deleted; "
        "a certificate number is never used twice.",
    )


def outside_network_message() -> str:
    return QCoreApplication.translate(
        "Records",
        "This person's college is not in this CVM center's network, so results cannot be "
        "recorded here. The center of that network records them.",
    )


def _person_errors(session: Session, data: CertificationInput) -> list[FieldError]:
    label = certification_label
    errors: list[FieldError] = []
    if data.person_kind not in {kind.value for kind in PersonKind}:
        return _choose_one("person_kind", data.person_kind, PersonKind, label)
    # Only the field that fits the kind counts: the form's drop-down lists always hold a
    # person, and the other one is not stored (see ``_fill_certification``).
    teacher = data.person_kind == PersonKind.TEACHER.value
    field = "teacher_id" if teacher else "student_id"
    model = Teacher if teacher else Student
    person_id = getattr(data, field)
    if person_id is None:
        errors.append(required(field, label))
        return errors
    person = _live(session, model, person_id)
    if person is None:
        message = QCoreApplication.translate("Records", "{label}: this person no longer exists.")
        errors.append(field_error(field, message, label))
        return errors
    center_id = site_center_id(session)
    if center_id is None:
        errors.append(no_center_error())
        return errors
    college_center = session.scalar(
        select(College.center_id).where(College.id == person.college_id)
    )
    if college_center != center_id:
        errors.append(FieldError(field, outside_network_message()))
    return errors


def validate_certification(
    session: Session, data: CertificationInput, record_id: int | None = None
) -> list[FieldError]:
    """Every problem of ``data`` (empty when it can be saved); ``record_id`` is the edited one."""
    label = certification_label
    errors = length_errors(data, _RESULT_LIMITS, label)
    if data.round_id is not None and _live(session, AssessmentRound, data.round_id) is None:
        message = QCoreApplication.translate(
            "Records", "{label}: this assessment round no longer exists."
        )
        errors.append(field_error("round_id", message, label))
    data = with_round(session, data)
    errors += _center_errors(
        session, data.certification_center_id, "certification_center_id", label, needed=False
    )
    errors += _person_errors(session, data)
    if not data.standard.strip():
        errors.append(required("standard", label))
    errors += _level_errors("level", data.level, label)
    errors += _choose_one("result", data.result, CertificationResult, label)
    number = data.certificate_no.strip()
    if number:
        if data.result != CertificationResult.PASSED.value:
            message = QCoreApplication.translate(
                "Records", "{label}: only a result of \u201cpassed\u201d has a certificate."
            )
            errors.append(field_error("certificate_no", message, label))
        elif (problem := certificate_number_problem(session, number, record_id)) is not None:
            errors.append(FieldError("certificate_no", problem))
    _date_or_error(data.assessed_on, "assessed_on", label, errors, needed=True)
    return errors


def _fill_certification(session: Session, row: Any, data: CertificationInput) -> None:
    data = with_round(session, data)
    kind = PersonKind(data.person_kind)
    row.round_id = data.round_id
    row.certification_center_id = data.certification_center_id
    row.person_kind = kind
    row.teacher_id = data.teacher_id if kind is PersonKind.TEACHER else None
    row.student_id = None if kind is PersonKind.TEACHER else data.student_id
    row.standard = data.standard.strip()
    row.level = data.level or None
    row.result = CertificationResult(data.result)
    row.certificate_no = optional(data.certificate_no)
    row.assessed_on = written_date(data.assessed_on, "assessed_on", certification_label)


def _load_certification(_session: Session, row: Any) -> CertificationInput:
    return CertificationInput(
        round_id=row.round_id,
        certification_center_id=row.certification_center_id,
        person_kind=PersonKind(row.person_kind).value,
        teacher_id=row.teacher_id,
        student_id=row.student_id,
        standard=row.standard,
        level=row.level or 0,
        result=CertificationResult(row.result).value,
        certificate_no=row.certificate_no or "",
        assessed_on=_written(row.assessed_on),
    )


CERTIFICATION = RecordSpec(
    kind=RecordKind.CERTIFICATION,
    model=Certification,
    columns=(
        "round_id",
        "certification_center_id",
        "person_kind",
        "teacher_id",
        "student_id",
        "standard",
        "level",
        "result",
        "certificate_no",
        "assessed_on",
    ),
    fields=(
        FieldSpec("round_id", FieldWidget.RECORD, lookup=ROUND_LOOKUP),
        FieldSpec("certification_center_id", FieldWidget.RECORD),
        FieldSpec("person_kind", FieldWidget.CHOICE, options=labels.person_kind),
        teacher_field(enabled_when=("person_kind", frozenset({PersonKind.TEACHER.value}))),
        student_field(
            enabled_when=(
                "person_kind",
                frozenset({PersonKind.STUDENT.value, PersonKind.GRADUATE.value}),
            )
        ),
        FieldSpec("standard", max_length=_RESULT_LIMITS["standard"]),
        FieldSpec("level", FieldWidget.NUMBER, maximum=MAX_LEVEL),
        FieldSpec("result", FieldWidget.CHOICE, options=labels.certification_result),
        FieldSpec("certificate_no", max_length=_RESULT_LIMITS["certificate_no"]),
        FieldSpec("assessed_on", FieldWidget.DATE, hint=date_hint),
    ),
    label=certification_label,
    titles=lambda: (
        QCoreApplication.translate("Records", "New certification result"),
        QCoreApplication.translate("Records", "Edit certification result"),
    ),
    blank=lambda _session: CertificationInput(),
    load=_load_certification,
    validate=validate_certification,
    fill=_fill_certification,
    choices=lambda session: {
        "certification_center_id": center_choices(session),
        "teacher_id": teacher_choices(session),
        "student_id": student_choices(session),
    },
)

SPECS: dict[RecordKind, RecordSpec] = {
    spec.kind: spec for spec in (CERTIFICATION_CENTER, ASSESSMENT_ROUND, CERTIFICATION)
}
