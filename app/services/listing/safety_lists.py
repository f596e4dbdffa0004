"""The lists of the safety of placed students (manual 6.2): supervision visits of placements
and the incidents and complaints of placements (a teacher internship's incidents have their
own list, ``INTERNSHIP_INCIDENTS``).

A visit may be only planned or only done, so the visit list orders by the day of the visit,
``COALESCE(visited_on, planned_on, the placement's start)``: never NULL, so it pages by key.
"""

from __future__ import annotations

from collections.abc import Callable
from typing import Any

from PySide6.QtCore import QCoreApplication
from sqlalchemy import ColumnElement, func

from app.models.network import College, Enterprise
from app.models.students import Incident, Placement, Student, SupervisionVisit
from app.models.teachers import Teacher
from app.services.listing import labels
from app.services.listing.kinds import equals, in_fiscal_year, table_of
from app.services.listing.query import ListKind, Sort
from app.services.listing.spec import Column, Display, Join, ListSpec, SearchTarget

PLACEMENT = table_of(Placement)
STUDENT = table_of(Student)
VISIT = table_of(SupervisionVisit)
INCIDENT = table_of(Incident)
TEACHER = table_of(Teacher)
COLLEGE = table_of(College)
ENTERPRISE = table_of(Enterprise)

VISIT_DAY: ColumnElement[Any] = func.coalesce(
    VISIT.c.visited_on, VISIT.c.planned_on, PLACEMENT.c.starts_on
)
"""The day a visit list orders by: done, else planned, else the placement's start."""

_STUDENT_TEXT = SearchTarget(
    "student_fts",
    PLACEMENT.c.student_id,
    (STUDENT.c.first_name, STUDENT.c.last_name, STUDENT.c.student_code),
)
_ENTERPRISE_TEXT = SearchTarget(
    "enterprise_fts",
    PLACEMENT.c.enterprise_id,
    (ENTERPRISE.c.name_th, ENTERPRISE.c.name_en, ENTERPRISE.c.industry, ENTERPRISE.c.contact_name),
)


def _student_name() -> Column:
    return Column(
        "student",
        lambda: QCoreApplication.translate("Lists", "Student"),
        STUDENT.c.first_name + " " + STUDENT.c.last_name,
        sort=STUDENT.c.name_sort,
        keyset=True,
    )


def _enterprise_name() -> Column:
    return Column(
        "enterprise",
        lambda: QCoreApplication.translate("Lists", "Enterprise"),
        ENTERPRISE.c.name_th,
        sort=ENTERPRISE.c.name_sort,
        keyset=True,
    )


def _placement_joins(link: ColumnElement[Any]) -> tuple[Join, ...]:
    """From a placement's child row (``link`` is its placement id) to the student, college
    and enterprise; the inner join to the placement keeps placement rows only."""
    return (
        Join(PLACEMENT, PLACEMENT.c.id == link, outer=False),
        Join(STUDENT, STUDENT.c.id == PLACEMENT.c.student_id, outer=False),
        Join(COLLEGE, COLLEGE.c.id == PLACEMENT.c.college_id, outer=False),
        Join(ENTERPRISE, ENTERPRISE.c.id == PLACEMENT.c.enterprise_id, outer=False),
    )


# -- supervision visits -------------------------------------------------------------------------
def _supervision_visits() -> ListSpec:
    return ListSpec(
        kind=ListKind.SUPERVISION_VISITS,
        table=VISIT,
        columns=(
            Column(
                "visit_day",
                lambda: QCoreApplication.translate("Lists", "Day of the visit"),
                VISIT_DAY,
                Display.DATE,
                sort=VISIT_DAY,
                keyset=True,
            ),
            _student_name(),
            _enterprise_name(),
            Column(
                "planned_on",
                lambda: QCoreApplication.translate("Lists", "Planned on"),
                VISIT.c.planned_on,
                Display.DATE,
                sort=VISIT.c.planned_on,
            ),
            Column(
                "visited_on",
                lambda: QCoreApplication.translate("Lists", "Visited on"),
                VISIT.c.visited_on,
                Display.DATE,
                sort=VISIT.c.visited_on,
            ),
            Column(
                "visitor",
                lambda: QCoreApplication.translate("Lists", "Visitor"),
                TEACHER.c.first_name + " " + TEACHER.c.last_name,
                sort=TEACHER.c.name_sort,
            ),
            Column(
                "rating",
                lambda: QCoreApplication.translate("Lists", "Rating (1-5)"),
                VISIT.c.rating,
                Display.NUMBER,
                sort=VISIT.c.rating,
            ),
            Column(
                "findings",
                lambda: QCoreApplication.translate("Lists", "Findings"),
                VISIT.c.findings,
            ),
        ),
        default_sort=Sort("visit_day", descending=True),
        joins=(
            *_placement_joins(VISIT.c.placement_id),
            Join(TEACHER, TEACHER.c.id == VISIT.c.visitor_teacher_id),
        ),
        filters={
            "placement_id": equals(VISIT.c.placement_id),
            "college_id": equals(PLACEMENT.c.college_id),
            "fiscal_year": in_fiscal_year(VISIT_DAY),
        },
        search_targets=(_STUDENT_TEXT, _ENTERPRISE_TEXT),
    )


# -- incidents and complaints -------------------------------------------------------------------
def _incidents() -> ListSpec:
    return ListSpec(
        kind=ListKind.INCIDENTS,
        table=INCIDENT,
        columns=(
            Column(
                "occurred_on",
                lambda: QCoreApplication.translate("Lists", "Occurred on"),
                INCIDENT.c.occurred_on,
                Display.DATE,
                sort=INCIDENT.c.occurred_on,
                keyset=True,
            ),
            _student_name(),
            Column(
                "college",
                lambda: QCoreApplication.translate("Lists", "College"),
                COLLEGE.c.name_th,
                sort=COLLEGE.c.name_sort,
                keyset=True,
            ),
            _enterprise_name(),
            Column(
                "kind",
                lambda: QCoreApplication.translate("Lists", "Type"),
                INCIDENT.c.kind,
                Display.CHOICE,
                sort=INCIDENT.c.kind,
                labels=labels.incident_kind,
            ),
            Column(
                "severity",
                lambda: QCoreApplication.translate("Lists", "Severity"),
                INCIDENT.c.severity,
                Display.CHOICE,
                sort=INCIDENT.c.severity,
                labels=labels.severity,
            ),
            Column(
                "status",
                lambda: QCoreApplication.translate("Lists", "Status"),
                INCIDENT.c.status,
                Display.CHOICE,
                sort=INCIDENT.c.status,
                labels=labels.incident_status,
            ),
            Column(
                "escalated_on",
                lambda: QCoreApplication.translate("Lists", "Escalated on"),
                INCIDENT.c.escalated_on,
                Display.DATE,
                sort=INCIDENT.c.escalated_on,
            ),
        ),
        default_sort=Sort("occurred_on", descending=True),
        joins=_placement_joins(INCIDENT.c.placement_id),
        filters={
            "placement_id": equals(INCIDENT.c.placement_id),
            "student_id": equals(PLACEMENT.c.student_id),
            "college_id": equals(PLACEMENT.c.college_id),
            "fiscal_year": in_fiscal_year(INCIDENT.c.occurred_on),
            "incident_kind": equals(INCIDENT.c.kind),
            "incident_status": equals(INCIDENT.c.status),
        },
        search_targets=(_STUDENT_TEXT, _ENTERPRISE_TEXT),
        search_like=(INCIDENT.c.description,),
    )


BUILDERS: dict[ListKind, Callable[[], ListSpec]] = {
    ListKind.SUPERVISION_VISITS: _supervision_visits,
    ListKind.INCIDENTS: _incidents,
}
