"""The lists of certification and test centers, their assessment rounds and the results
(manual 4.1-4.3, 5.5, 6.4).

The results list may hold a million rows: it is read in ``assessed_on`` order through the
index ``(deleted, assessed_on)``, and only that column sorts. The person (a teacher or a
student) comes from two outer joins that only add display columns; the filters and the
search on people go through ``IN`` subqueries over aliased tables, so counting never joins.
The certificate number is not searched: a LIKE on it beside the name index would make every
search word scan the whole table.
"""

from __future__ import annotations

from collections.abc import Callable
from typing import Any

from PySide6.QtCore import QCoreApplication
from sqlalchemy import ColumnElement, and_, case, func, or_, select

from app.models.certification import AssessmentRound, Certification, CertificationCenter
from app.models.enums import CertificationResult
from app.models.students import Student
from app.models.teachers import Teacher
from app.services.listing import labels
from app.services.listing.kinds import (
    AS_OF,
    COLLEGE,
    EXPIRING_UNTIL,
    equals,
    in_fiscal_year,
    live,
    table_of,
)
from app.services.listing.query import ListKind, Sort
from app.services.listing.spec import Column, Display, Join, ListSpec, SearchTarget

CENTER = table_of(CertificationCenter)
ROUND = table_of(AssessmentRound)
CERTIFICATION = table_of(Certification)
TEACHER = table_of(Teacher)
STUDENT = table_of(Student)

# Aliases for subqueries: the plain tables are outer-joined by the results list, and a
# subquery over the same table would otherwise be correlated to that join.
_TEACHER_OF = TEACHER.alias("person_teacher")
_STUDENT_OF = STUDENT.alias("person_student")


def expiring_soon() -> ColumnElement[bool]:
    """The center's validity ends within 90 days of ``AS_OF`` (the end day included)."""
    return and_(CENTER.c.valid_until >= AS_OF, CENTER.c.valid_until <= EXPIRING_UNTIL)


def _expiring(wanted: bool) -> ColumnElement[bool]:
    """True: the validity ends within 90 days or has already ended (what a director renews;
    the home page's warnings are these centers, accredited); False: more than 90 days left
    or no end recorded."""
    ends = CENTER.c.valid_until <= EXPIRING_UNTIL
    return ends if wanted else or_(CENTER.c.valid_until.is_(None), ~ends)


# -- certification centers --------------------------------------------------------------------
def _centers() -> ListSpec:
    return ListSpec(
        kind=ListKind.CERTIFICATION_CENTERS,
        table=CENTER,
        columns=(
            Column(
                "name",
                lambda: QCoreApplication.translate("Lists", "Name"),
                CENTER.c.name,
                sort=CENTER.c.name,
                keyset=True,
            ),
            Column(
                "kind",
                lambda: QCoreApplication.translate("Lists", "Type"),
                CENTER.c.kind,
                Display.CHOICE,
                sort=CENTER.c.kind,
                keyset=True,
                labels=labels.certification_center_kind,
            ),
            Column(
                "college",
                lambda: QCoreApplication.translate("Lists", "College"),
                COLLEGE.c.name_th,
                sort=COLLEGE.c.name_sort,
                keyset=True,
            ),
            Column(
                "licence_no",
                lambda: QCoreApplication.translate("Lists", "Licence or accreditation number"),
                CENTER.c.licence_no,
                sort=CENTER.c.licence_no,
            ),
            Column(
                "scope",
                lambda: QCoreApplication.translate("Lists", "Scope"),
                CENTER.c.scope,
            ),
            Column(
                "valid_from",
                lambda: QCoreApplication.translate("Lists", "Valid from"),
                CENTER.c.valid_from,
                Display.DATE,
                sort=CENTER.c.valid_from,
            ),
            Column(
                "valid_until",
                lambda: QCoreApplication.translate("Lists", "Valid until"),
                CENTER.c.valid_until,
                Display.DATE,
                sort=CENTER.c.valid_until,
            ),
            Column(
                "status",
                lambda: QCoreApplication.translate("Lists", "Status"),
                CENTER.c.status,
                Display.CHOICE,
                sort=CENTER.c.status,
                keyset=True,
                labels=labels.certification_center_status,
            ),
            Column(
                "expiring",
                lambda: QCoreApplication.translate("Lists", "Expires within 90 days"),
                case((expiring_soon(), True), else_=False),
                Display.FLAG,
                labels=labels.flag,
            ),
        ),
        default_sort=Sort("name"),
        joins=(Join(COLLEGE, COLLEGE.c.id == CENTER.c.college_id, outer=False),),
        filters={
            "certification_center_kind": equals(CENTER.c.kind),
            "certification_center_status": equals(CENTER.c.status),
            "college_id": equals(CENTER.c.college_id),
            "expiring": _expiring,
        },
        search_like=(CENTER.c.name, CENTER.c.licence_no, CENTER.c.scope, COLLEGE.c.name_th),
    )


# -- assessment rounds ------------------------------------------------------------------------
def _round_results(passed_only: bool) -> ColumnElement[Any]:
    conditions = [CERTIFICATION.c.round_id == ROUND.c.id, live(CERTIFICATION)]
    if passed_only:
        conditions.append(CERTIFICATION.c.result == CertificationResult.PASSED)
    return (
        select(func.count())
        .select_from(CERTIFICATION)
        .where(*conditions)
        .correlate(ROUND)
        .scalar_subquery()
    )


def _rounds() -> ListSpec:
    results, passed = _round_results(False), _round_results(True)
    return ListSpec(
        kind=ListKind.ASSESSMENT_ROUNDS,
        table=ROUND,
        columns=(
            Column(
                "center",
                lambda: QCoreApplication.translate("Lists", "Certification center"),
                CENTER.c.name,
                sort=CENTER.c.name,
                keyset=True,
            ),
            Column(
                "held_on",
                lambda: QCoreApplication.translate("Lists", "Assessment date"),
                ROUND.c.held_on,
                Display.DATE,
                sort=ROUND.c.held_on,
                keyset=True,
            ),
            Column(
                "standard",
                lambda: QCoreApplication.translate("Lists", "Occupational standard"),
                ROUND.c.standard,
                sort=ROUND.c.standard,
                keyset=True,
            ),
            Column(
                "level",
                lambda: QCoreApplication.translate("Lists", "Level"),
                ROUND.c.level,
                Display.NUMBER,
                sort=ROUND.c.level,
            ),
            Column(
                "seats",
                lambda: QCoreApplication.translate("Lists", "Seats"),
                ROUND.c.seats,
                Display.NUMBER,
                sort=ROUND.c.seats,
            ),
            Column(
                "results",
                lambda: QCoreApplication.translate("Lists", "Results"),
                results,
                Display.NUMBER,
                sort=results,
                keyset=True,
            ),
            Column(
                "passed",
                lambda: QCoreApplication.translate("Lists", "Passed"),
                passed,
                Display.NUMBER,
                sort=passed,
                keyset=True,
            ),
        ),
        default_sort=Sort("held_on", descending=True),
        joins=(Join(CENTER, CENTER.c.id == ROUND.c.certification_center_id, outer=False),),
        filters={
            "certification_center_id": equals(ROUND.c.certification_center_id),
            "fiscal_year": in_fiscal_year(ROUND.c.held_on),
        },
        search_like=(ROUND.c.standard, CENTER.c.name),
    )


# -- certification results --------------------------------------------------------------------
def _person_name() -> ColumnElement[Any]:
    return func.coalesce(
        TEACHER.c.first_name + " " + TEACHER.c.last_name,
        STUDENT.c.first_name + " " + STUDENT.c.last_name,
    )


def _of_college(college_id: int) -> ColumnElement[bool]:
    teachers = select(_TEACHER_OF.c.id).where(_TEACHER_OF.c.college_id == college_id)
    students = select(_STUDENT_OF.c.id).where(_STUDENT_OF.c.college_id == college_id)
    return or_(CERTIFICATION.c.teacher_id.in_(teachers), CERTIFICATION.c.student_id.in_(students))


def _of_center_kind(kind: Any) -> ColumnElement[bool]:
    centers = select(CENTER.c.id).where(CENTER.c.kind == kind)
    return CERTIFICATION.c.certification_center_id.in_(centers)


def _name_of(person: Any, id_column: Any) -> ColumnElement[Any]:
    """The person's "first last" as a subquery (the LIKE search of short words)."""
    return (
        select(person.c.first_name + " " + person.c.last_name)
        .where(person.c.id == id_column)
        .correlate(CERTIFICATION)
        .scalar_subquery()
    )


def _certifications() -> ListSpec:
    college_id = func.coalesce(TEACHER.c.college_id, STUDENT.c.college_id)
    return ListSpec(
        kind=ListKind.CERTIFICATIONS,
        table=CERTIFICATION,
        columns=(
            Column(
                "assessed_on",
                lambda: QCoreApplication.translate("Lists", "Assessed on"),
                CERTIFICATION.c.assessed_on,
                Display.DATE,
                sort=CERTIFICATION.c.assessed_on,
                keyset=True,
            ),
            Column(
                "person_kind",
                lambda: QCoreApplication.translate("Lists", "Person"),
                CERTIFICATION.c.person_kind,
                Display.CHOICE,
                labels=labels.person_kind,
            ),
            Column(
                "person",
                lambda: QCoreApplication.translate("Lists", "Name"),
                _person_name(),
            ),
            Column(
                "college",
                lambda: QCoreApplication.translate("Lists", "College"),
                COLLEGE.c.name_th,
            ),
            Column(
                "center",
                lambda: QCoreApplication.translate("Lists", "Certification center"),
                CENTER.c.name,
            ),
            Column(
                "center_kind",
                lambda: QCoreApplication.translate("Lists", "Center type"),
                CENTER.c.kind,
                Display.CHOICE,
                labels=labels.certification_center_kind,
            ),
            Column(
                "standard",
                lambda: QCoreApplication.translate("Lists", "Occupational standard"),
                CERTIFICATION.c.standard,
            ),
            Column(
                "level",
                lambda: QCoreApplication.translate("Lists", "Level"),
                CERTIFICATION.c.level,
                Display.NUMBER,
            ),
            Column(
                "result",
                lambda: QCoreApplication.translate("Lists", "Result"),
                CERTIFICATION.c.result,
                Display.CHOICE,
                labels=labels.certification_result,
            ),
            Column(
                "certificate_no",
                lambda: QCoreApplication.translate("Lists", "Certificate number"),
                CERTIFICATION.c.certificate_no,
            ),
        ),
        default_sort=Sort("assessed_on", descending=True),
        joins=(
            Join(TEACHER, TEACHER.c.id == CERTIFICATION.c.teacher_id),
            Join(STUDENT, STUDENT.c.id == CERTIFICATION.c.student_id),
            Join(COLLEGE, COLLEGE.c.id == college_id),
            Join(CENTER, CENTER.c.id == CERTIFICATION.c.certification_center_id),
        ),
        filters={
            "fiscal_year": in_fiscal_year(CERTIFICATION.c.assessed_on),
            "person_kind": equals(CERTIFICATION.c.person_kind),
            "certification_result": equals(CERTIFICATION.c.result),
            "certification_center_id": equals(CERTIFICATION.c.certification_center_id),
            "certification_center_kind": _of_center_kind,
            "round_id": equals(CERTIFICATION.c.round_id),
            "college_id": _of_college,
            "teacher_id": equals(CERTIFICATION.c.teacher_id),
        },
        search_targets=(
            SearchTarget(
                "teacher_fts",
                CERTIFICATION.c.teacher_id,
                (_name_of(_TEACHER_OF, CERTIFICATION.c.teacher_id),),
            ),
            SearchTarget(
                "student_fts",
                CERTIFICATION.c.student_id,
                (_name_of(_STUDENT_OF, CERTIFICATION.c.student_id),),
            ),
        ),
    )


BUILDERS: dict[ListKind, Callable[[], ListSpec]] = {
    ListKind.CERTIFICATION_CENTERS: _centers,
    ListKind.ASSESSMENT_ROUNDS: _rounds,
    ListKind.CERTIFICATIONS: _certifications,
}
