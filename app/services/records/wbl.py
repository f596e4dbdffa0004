"""The form of a teaching-media contest entry of work-based learning (manual 6.1).

An entry belongs to a college of this installation's network and, optionally, to one of its
teachers. The same college cannot enter the same title in the same contest twice a year.
"""

from __future__ import annotations

from dataclasses import dataclass
from typing import Any

from PySide6.QtCore import QCoreApplication
from sqlalchemy import func, select
from sqlalchemy.orm import Session

from app.models.network import College
from app.models.teachers import MediaContestEntry, Teacher
from app.services.records.common import (
    column_length,
    field_error,
    length_errors,
    optional,
    required,
    site_center_id,
)
from app.services.records.people import teacher_choices, teacher_field
from app.services.records.spec import FieldSpec, FieldWidget, RecordKind, RecordSpec
from app.services.records.teachers import network_colleges
from app.services.thai.fiscal import current_fiscal_year
from app.services.validation import FieldError

MIN_FISCAL_YEAR = 2500
MAX_FISCAL_YEAR = 2700

_LIMITS = {
    "contest": column_length(MediaContestEntry, "contest", 250),
    "title": column_length(MediaContestEntry, "title", 250),
    "result": column_length(MediaContestEntry, "result", 200),
}


@dataclass
class MediaContestEntryInput:
    """A contest entry as chosen and typed; ``fiscal_year`` is B.E."""

    college_id: int | None = None
    teacher_id: int | None = None
    fiscal_year: int = 0
    contest: str = ""
    title: str = ""
    result: str = ""


def entry_label(field: str) -> str:
    """The translated label of a field of the contest entry form."""
    texts = {
        "college_id": QCoreApplication.translate("Records", "College"),
        "teacher_id": QCoreApplication.translate("Records", "Teacher (optional)"),
        "fiscal_year": QCoreApplication.translate("Records", "Fiscal year (B.E.)"),
        "contest": QCoreApplication.translate("Records", "Contest"),
        "title": QCoreApplication.translate("Records", "Title of the media"),
        "result": QCoreApplication.translate("Records", "Result"),
    }
    return texts[field]


def _error(field: str, message: str, **values: object) -> FieldError:
    return field_error(field, message, entry_label, **values)


def _same_text(column: Any, text: str) -> Any:
    """``column`` holds ``text`` ignoring surrounding spaces and Latin letter case."""
    return func.lower(func.trim(column)) == text.strip().lower()


def _college_errors(session: Session, college_id: int | None) -> list[FieldError]:
    college = None if college_id is None else session.get(College, college_id)
    if college is None or college.deleted:
        message = QCoreApplication.translate("Records", "{label}: choose a recorded college.")
        return [_error("college_id", message)]
    center_id = site_center_id(session)
    if center_id is not None and college.center_id != center_id:
        message = QCoreApplication.translate(
            "Records", "{label}: choose a college of this CVM center's network."
        )
        return [_error("college_id", message)]
    return []


def _teacher_errors(session: Session, data: MediaContestEntryInput) -> list[FieldError]:
    if data.teacher_id is None:
        return []
    teacher = session.get(Teacher, data.teacher_id)
    if teacher is None or teacher.deleted:
        message = QCoreApplication.translate("Records", "{label}: choose a recorded teacher.")
        return [_error("teacher_id", message)]
    if data.college_id is not None and teacher.college_id != data.college_id:
        message = QCoreApplication.translate(
            "Records",
            "{label}: this teacher belongs to another college; choose a teacher of the "
            "college entered, or leave the teacher empty.",
        )
        return [_error("teacher_id", message)]
    return []


def validate_entry(
    session: Session, data: MediaContestEntryInput, record_id: int | None = None
) -> list[FieldError]:
    """Every problem of ``data`` (empty when it can be saved); ``record_id`` is the edited one."""
    errors = length_errors(data, _LIMITS, entry_label)
    errors += _college_errors(session, data.college_id)
    errors += _teacher_errors(session, data)
    if not MIN_FISCAL_YEAR <= data.fiscal_year <= MAX_FISCAL_YEAR:
        message = QCoreApplication.translate(
            "Records", "{label} must be a Buddhist Era year from {first} to {last}."
        )
        errors.append(_error("fiscal_year", message, first=MIN_FISCAL_YEAR, last=MAX_FISCAL_YEAR))
    for field in ("contest", "title"):
        if not getattr(data, field).strip():
            errors.append(required(field, entry_label))
    if errors:
        return errors
    same = session.scalars(
        select(MediaContestEntry.id).where(
            MediaContestEntry.deleted.is_(False),
            MediaContestEntry.college_id == data.college_id,
            MediaContestEntry.fiscal_year == data.fiscal_year,
            _same_text(MediaContestEntry.contest, data.contest),
            _same_text(MediaContestEntry.title, data.title),
        )
    )
    if any(row_id != record_id for row_id in same):
        message = QCoreApplication.translate(
            "Records",
            "{label}: this college already entered this title in this contest in this fiscal "
            "year; edit that entry instead.",
        )
        errors.append(_error("title", message))
    return errors


def _fill(_session: Session, row: Any, data: MediaContestEntryInput) -> None:
    row.college_id = data.college_id
    row.teacher_id = data.teacher_id
    row.fiscal_year = data.fiscal_year
    row.contest = data.contest.strip()
    row.title = data.title.strip()
    row.result = optional(data.result)


def _load(_session: Session, row: Any) -> MediaContestEntryInput:
    return MediaContestEntryInput(
        college_id=row.college_id,
        teacher_id=row.teacher_id,
        fiscal_year=row.fiscal_year,
        contest=row.contest,
        title=row.title,
        result=row.result or "",
    )


def _blank(session: Session) -> MediaContestEntryInput:
    first = next(iter(network_colleges(session)), None)
    return MediaContestEntryInput(
        college_id=first.record_id if first is not None else None,
        fiscal_year=current_fiscal_year(),
    )


MEDIA_CONTEST_ENTRY = RecordSpec(
    kind=RecordKind.MEDIA_CONTEST_ENTRY,
    model=MediaContestEntry,
    columns=("college_id", "teacher_id", "fiscal_year", "contest", "title", "result"),
    fields=(
        FieldSpec("college_id", FieldWidget.RECORD),
        teacher_field(),
        FieldSpec(
            "fiscal_year", FieldWidget.NUMBER, minimum=MIN_FISCAL_YEAR, maximum=MAX_FISCAL_YEAR
        ),
        FieldSpec("contest", max_length=_LIMITS["contest"]),
        FieldSpec("title", max_length=_LIMITS["title"]),
        FieldSpec(
            "result",
            max_length=_LIMITS["result"],
            hint=lambda: QCoreApplication.translate("Records", "for example: first prize"),
        ),
    ),
    label=entry_label,
    titles=lambda: (
        QCoreApplication.translate("Records", "New teaching-media contest entry"),
        QCoreApplication.translate("Records", "Edit teaching-media contest entry"),
    ),
    blank=_blank,
    load=_load,
    validate=validate_entry,
    fill=_fill,
    choices=lambda session: {
        "college_id": network_colleges(session),
        "teacher_id": teacher_choices(session),
    },
)

SPECS: dict[RecordKind, RecordSpec] = {MEDIA_CONTEST_ENTRY.kind: MEDIA_CONTEST_ENTRY}
