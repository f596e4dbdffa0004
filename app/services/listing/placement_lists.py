"""The list of student placements in enterprises (manual 6.1-6.2).

The list may hold a million rows: it is read in ``starts_on`` order (newest first, keyset),
and filtered by college and fiscal year through the index ``(college_id, starts_on)``.
Student, college, enterprise and supervising teacher come from outer joins that only add
display columns, so counting never joins. The "open incident" flag is an EXISTS over the
incidents of the student's placements (indexed by ``placement_id`` and ``student_id``).
"""

from __future__ import annotations

from collections.abc import Callable
from typing import Any

from PySide6.QtCore import QCoreApplication
from sqlalchemy import ColumnElement, case, exists, false, select

from app.models.enums import IncidentStatus
from app.models.network import College, Enterprise
from app.models.students import Incident, Placement, Student
from app.models.teachers import Teacher
from app.services.listing import labels
from app.services.listing.kinds import equals, in_fiscal_year, live, table_of
from app.services.listing.query import ListKind, Sort
from app.services.listing.spec import Column, Display, Join, ListSpec, SearchTarget

PLACEMENT = table_of(Placement)
STUDENT = table_of(Student)
COLLEGE = table_of(College)
ENTERPRISE = table_of(Enterprise)
TEACHER = table_of(Teacher)
INCIDENT = table_of(Incident)

# Aliases for subqueries: the plain tables are outer-joined by the list, and a subquery over
# the same table would otherwise be correlated to that join.
_STUDENT_OF = STUDENT.alias("placed_student")
_ENTERPRISE_OF = ENTERPRISE.alias("placed_enterprise")
_OTHER_PLACEMENT = PLACEMENT.alias("student_placement")


def open_incident() -> ColumnElement[bool]:
    """The placement's student has an incident not yet closed (on any of their placements)."""
    return exists(
        select(INCIDENT.c.id)
        .join(_OTHER_PLACEMENT, _OTHER_PLACEMENT.c.id == INCIDENT.c.placement_id)
        .where(
            _OTHER_PLACEMENT.c.student_id == PLACEMENT.c.student_id,
            INCIDENT.c.status != IncidentStatus.CLOSED.value,
            live(INCIDENT),
            _OTHER_PLACEMENT.c.deleted == false(),
        )
        .correlate(PLACEMENT)
    )


def _open_incident_filter(wanted: Any) -> ColumnElement[bool]:
    condition = open_incident()
    return condition if wanted else ~condition


def _name_of(person: Any, id_column: Any) -> ColumnElement[Any]:
    """The person's "first last" as a subquery (the LIKE search of short words)."""
    return (
        select(person.c.first_name + " " + person.c.last_name)
        .where(person.c.id == id_column)
        .correlate(PLACEMENT)
        .scalar_subquery()
    )


def _enterprise_name() -> ColumnElement[Any]:
    return (
        select(_ENTERPRISE_OF.c.name_th)
        .where(_ENTERPRISE_OF.c.id == PLACEMENT.c.enterprise_id)
        .correlate(PLACEMENT)
        .scalar_subquery()
    )


def _placements() -> ListSpec:
    return ListSpec(
        kind=ListKind.PLACEMENTS,
        table=PLACEMENT,
        columns=(
            Column(
                "student",
                lambda: QCoreApplication.translate("Lists", "Student"),
                STUDENT.c.first_name + " " + STUDENT.c.last_name,
            ),
            Column(
                "college",
                lambda: QCoreApplication.translate("Lists", "College"),
                COLLEGE.c.name_th,
            ),
            Column(
                "enterprise",
                lambda: QCoreApplication.translate("Lists", "Enterprise"),
                ENTERPRISE.c.name_th,
            ),
            Column(
                "mode",
                lambda: QCoreApplication.translate("Lists", "Placement mode"),
                PLACEMENT.c.mode,
                Display.CHOICE,
                labels=labels.placement_mode,
            ),
            Column(
                "starts_on",
                lambda: QCoreApplication.translate("Lists", "Starts on"),
                PLACEMENT.c.starts_on,
                Display.DATE,
                sort=PLACEMENT.c.starts_on,
                keyset=True,
            ),
            Column(
                "ends_on",
                lambda: QCoreApplication.translate("Lists", "Ends on"),
                PLACEMENT.c.ends_on,
                Display.DATE,
                sort=PLACEMENT.c.ends_on,
                keyset=True,
            ),
            Column(
                "status",
                lambda: QCoreApplication.translate("Lists", "Status"),
                PLACEMENT.c.status,
                Display.CHOICE,
                labels=labels.placement_status,
            ),
            Column(
                "trainer",
                lambda: QCoreApplication.translate("Lists", "Enterprise trainer"),
                PLACEMENT.c.trainer_name,
            ),
            Column(
                "supervisor",
                lambda: QCoreApplication.translate("Lists", "Supervising teacher"),
                TEACHER.c.first_name + " " + TEACHER.c.last_name,
            ),
            Column(
                "open_incident",
                lambda: QCoreApplication.translate("Lists", "Open incident"),
                case((open_incident(), True), else_=False),
                Display.FLAG,
                labels=labels.flag,
            ),
        ),
        default_sort=Sort("starts_on", descending=True),
        joins=(
            Join(STUDENT, STUDENT.c.id == PLACEMENT.c.student_id),
            Join(COLLEGE, COLLEGE.c.id == PLACEMENT.c.college_id),
            Join(ENTERPRISE, ENTERPRISE.c.id == PLACEMENT.c.enterprise_id),
            Join(TEACHER, TEACHER.c.id == PLACEMENT.c.supervisor_teacher_id),
        ),
        filters={
            "college_id": equals(PLACEMENT.c.college_id),
            "fiscal_year": in_fiscal_year(PLACEMENT.c.starts_on),
            "placement_status": equals(PLACEMENT.c.status),
            "placement_mode": equals(PLACEMENT.c.mode),
            "enterprise_id": equals(PLACEMENT.c.enterprise_id),
            "student_id": equals(PLACEMENT.c.student_id),
            "open_incident": _open_incident_filter,
        },
        search_targets=(
            SearchTarget(
                "student_fts",
                PLACEMENT.c.student_id,
                (_name_of(_STUDENT_OF, PLACEMENT.c.student_id),),
            ),
            SearchTarget("enterprise_fts", PLACEMENT.c.enterprise_id, (_enterprise_name(),)),
        ),
    )


BUILDERS: dict[ListKind, Callable[[], ListSpec]] = {ListKind.PLACEMENTS: _placements}
