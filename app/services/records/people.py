"""Picking a teacher or a student in a form: there may be tens of thousands of each, so the
drop-down lists a first handful and searches the names (FTS5 trigram) as one types.

A person is shown as "first last · college", since two colleges may each have a teacher of
the same name.
"""

from __future__ import annotations

from typing import Any

from sqlalchemy import Select, select
from sqlalchemy.orm import Session

from app.models.network import College
from app.models.students import Student
from app.models.teachers import Teacher
from app.services.listing.kinds import table_of
from app.services.listing.search import targets_condition
from app.services.listing.spec import SearchTarget
from app.services.records.spec import Choice, FieldSpec, FieldWidget, RecordLookup

PEOPLE_OFFERED = 200
"""People a form lists before anything is typed; typing searches them all."""

_TEACHERS = table_of(Teacher)
_STUDENTS = table_of(Student)
_TEACHER_TEXT = SearchTarget(
    "teacher_fts", _TEACHERS.c.id, (_TEACHERS.c.first_name, _TEACHERS.c.last_name)
)
_STUDENT_TEXT = SearchTarget(
    "student_fts",
    _STUDENTS.c.id,
    (_STUDENTS.c.first_name, _STUDENTS.c.last_name, _STUDENTS.c.student_code),
)


def person_name(first_name: str, last_name: str, college: str | None) -> str:
    name = f"{first_name} {last_name}".strip()
    return f"{name} · {college}" if college else name


def _people(model: Any) -> Select[Any]:
    return (
        select(model.id, model.first_name, model.last_name, College.name_th)
        .join(College, College.id == model.college_id)
        .where(model.deleted.is_(False))
    )


def _choices(session: Session, query: Select[Any]) -> list[Choice]:
    return [
        Choice(row_id, person_name(first, last, college))
        for row_id, first, last, college in session.execute(query)
    ]


def teacher_choices(session: Session, limit: int | None = PEOPLE_OFFERED) -> list[Choice]:
    """The first live teachers in Thai order of first name."""
    query = _people(Teacher).order_by(Teacher.name_sort, Teacher.id).limit(limit)
    return _choices(session, query)


def _search_teachers(session: Session, text: str, limit: int) -> list[Choice]:
    query = _people(Teacher).where(targets_condition((_TEACHER_TEXT,), text))
    return _choices(session, query.order_by(Teacher.name_sort, Teacher.id).limit(limit))


def _teacher_by_id(session: Session, record_id: int) -> Choice | None:
    found = _choices(session, _people(Teacher).where(Teacher.id == record_id))
    return found[0] if found else None


def student_choices(session: Session, limit: int | None = PEOPLE_OFFERED) -> list[Choice]:
    """The first live students in Thai order of first name."""
    query = _people(Student).order_by(Student.name_sort, Student.id).limit(limit)
    return _choices(session, query)


def _search_students(session: Session, text: str, limit: int) -> list[Choice]:
    query = _people(Student).where(targets_condition((_STUDENT_TEXT,), text))
    return _choices(session, query.order_by(Student.name_sort, Student.id).limit(limit))


def _student_by_id(session: Session, record_id: int) -> Choice | None:
    found = _choices(session, _people(Student).where(Student.id == record_id))
    return found[0] if found else None


TEACHER_LOOKUP = RecordLookup(_search_teachers, _teacher_by_id)
STUDENT_LOOKUP = RecordLookup(_search_students, _student_by_id)


def teacher_field(
    name: str = "teacher_id", enabled_when: tuple[str, frozenset[str]] | None = None
) -> FieldSpec:
    """A field that picks a teacher by any part of the name (fill its choices with
    :func:`teacher_choices`)."""
    return FieldSpec(name, FieldWidget.RECORD, lookup=TEACHER_LOOKUP, enabled_when=enabled_when)


def student_field(
    name: str = "student_id", enabled_when: tuple[str, frozenset[str]] | None = None
) -> FieldSpec:
    """A field that picks a student by any part of the name or the student code (fill its
    choices with :func:`student_choices`)."""
    return FieldSpec(name, FieldWidget.RECORD, lookup=STUDENT_LOOKUP, enabled_when=enabled_when)
