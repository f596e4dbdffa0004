"""The lists of teacher internships (manual 5.4): internships with their report state, and
each internship's daily logs, supervision visits and safety incidents.

The report state is judged on ``ListQuery.as_of`` (the ``AS_OF`` parameter): the report is
due 15 days after the end (``REPORT_DUE_DAYS``), written in SQL as ``date(ends_on, '+15
days')``.
"""

from __future__ import annotations

from collections.abc import Callable
from typing import Any

from PySide6.QtCore import QCoreApplication
from sqlalchemy import ColumnElement, Date, and_, case, func, select

from app.models.network import College, Enterprise
from app.models.students import Incident
from app.models.teachers import DailyLog, InternshipVisit, Teacher, TeacherInternship
from app.services.listing import labels
from app.services.listing.kinds import AS_OF, equals, in_fiscal_year, live, table_of
from app.services.listing.query import ListKind, ReportState, Sort
from app.services.listing.spec import Column, Display, Join, ListSpec, SearchTarget
from app.services.overview import REPORT_DUE_DAYS

INTERNSHIP = table_of(TeacherInternship)
LOG = table_of(DailyLog)
VISIT = table_of(InternshipVisit)
INCIDENT = table_of(Incident)
TEACHER = table_of(Teacher)
COLLEGE = table_of(College)
ENTERPRISE = table_of(Enterprise)

REPORT_DUE: ColumnElement[Any] = func.date(
    INTERNSHIP.c.ends_on, f"+{REPORT_DUE_DAYS} days", type_=Date
)
"""The day the final report is due (the end + 15 days)."""

_TEACHER_TEXT = SearchTarget(
    "teacher_fts", INTERNSHIP.c.teacher_id, (TEACHER.c.first_name, TEACHER.c.last_name)
)
_ENTERPRISE_TEXT = SearchTarget(
    "enterprise_fts",
    INTERNSHIP.c.enterprise_id,
    (ENTERPRISE.c.name_th, ENTERPRISE.c.name_en, ENTERPRISE.c.industry, ENTERPRISE.c.contact_name),
)


def report_state_conditions() -> dict[ReportState, ColumnElement[bool]]:
    """Each report state as a condition on a teacher internship (exactly one holds)."""
    received = INTERNSHIP.c.report_received_on
    return {
        ReportState.ON_TIME: and_(received.is_not(None), received <= REPORT_DUE),
        ReportState.LATE: and_(received.is_not(None), received > REPORT_DUE),
        ReportState.OVERDUE: and_(received.is_(None), AS_OF > REPORT_DUE),
        ReportState.DUE: and_(received.is_(None), AS_OF <= REPORT_DUE),
    }


def _report_state() -> ColumnElement[str]:
    received = INTERNSHIP.c.report_received_on
    return case(
        (received <= REPORT_DUE, ReportState.ON_TIME.value),
        (received.is_not(None), ReportState.LATE.value),
        (AS_OF > REPORT_DUE, ReportState.OVERDUE.value),
        else_=ReportState.DUE.value,
    )


def _in_state(state: ReportState) -> ColumnElement[bool]:
    return report_state_conditions()[ReportState(state)]


def _count_of(table: Any, link: ColumnElement[Any]) -> ColumnElement[int]:
    """The live rows of ``table`` whose ``link`` is this internship."""
    return (
        select(func.count())
        .select_from(table)
        .where(link == INTERNSHIP.c.id, live(table))
        .correlate(INTERNSHIP)
        .scalar_subquery()
    )


def _teacher_name(key: str = "teacher") -> Column:
    return Column(
        key,
        lambda: QCoreApplication.translate("Lists", "Teacher"),
        TEACHER.c.first_name + " " + TEACHER.c.last_name,
        sort=TEACHER.c.name_sort,
        keyset=True,
    )


def _internship_joins(outer: bool) -> tuple[Join, ...]:
    """From a row of an internship's child table (``internship_id``) to the teacher."""
    return (Join(TEACHER, TEACHER.c.id == INTERNSHIP.c.teacher_id, outer=outer),)


# -- internships ------------------------------------------------------------------------------
def _teacher_internships() -> ListSpec:
    return ListSpec(
        kind=ListKind.TEACHER_INTERNSHIPS,
        table=INTERNSHIP,
        columns=(
            _teacher_name(),
            Column(
                "college",
                lambda: QCoreApplication.translate("Lists", "College"),
                COLLEGE.c.name_th,
                sort=COLLEGE.c.name_sort,
                keyset=True,
            ),
            Column(
                "enterprise",
                lambda: QCoreApplication.translate("Lists", "Enterprise"),
                ENTERPRISE.c.name_th,
                sort=ENTERPRISE.c.name_sort,
                keyset=True,
            ),
            Column(
                "mentor",
                lambda: QCoreApplication.translate("Lists", "Mentor"),
                INTERNSHIP.c.mentor_name,
            ),
            Column(
                "starts_on",
                lambda: QCoreApplication.translate("Lists", "Starts on"),
                INTERNSHIP.c.starts_on,
                Display.DATE,
                sort=INTERNSHIP.c.starts_on,
                keyset=True,
            ),
            Column(
                "ends_on",
                lambda: QCoreApplication.translate("Lists", "Ends on"),
                INTERNSHIP.c.ends_on,
                Display.DATE,
                sort=INTERNSHIP.c.ends_on,
                keyset=True,
            ),
            Column(
                "report_due_on",
                lambda: QCoreApplication.translate("Lists", "Report due on"),
                REPORT_DUE,
                Display.DATE,
            ),
            Column(
                "report_received_on",
                lambda: QCoreApplication.translate("Lists", "Report received on"),
                INTERNSHIP.c.report_received_on,
                Display.DATE,
                sort=INTERNSHIP.c.report_received_on,
            ),
            Column(
                "report_state",
                lambda: QCoreApplication.translate("Lists", "Final report"),
                _report_state(),
                Display.CHOICE,
                labels=labels.report_state,
            ),
            Column(
                "logs",
                lambda: QCoreApplication.translate("Lists", "Daily logs"),
                _count_of(LOG, LOG.c.internship_id),
                Display.NUMBER,
            ),
            Column(
                "visits",
                lambda: QCoreApplication.translate("Lists", "Visits"),
                _count_of(VISIT, VISIT.c.internship_id),
                Display.NUMBER,
            ),
            Column(
                "incidents",
                lambda: QCoreApplication.translate("Lists", "Incidents"),
                _count_of(INCIDENT, INCIDENT.c.internship_id),
                Display.NUMBER,
            ),
        ),
        default_sort=Sort("starts_on", descending=True),
        joins=(
            Join(TEACHER, TEACHER.c.id == INTERNSHIP.c.teacher_id, outer=False),
            Join(COLLEGE, COLLEGE.c.id == TEACHER.c.college_id, outer=False),
            Join(ENTERPRISE, ENTERPRISE.c.id == INTERNSHIP.c.enterprise_id, outer=False),
        ),
        filters={
            "fiscal_year": in_fiscal_year(INTERNSHIP.c.ends_on),
            "report_state": _in_state,
            "teacher_id": equals(INTERNSHIP.c.teacher_id),
            "college_id": equals(TEACHER.c.college_id),
            "enterprise_id": equals(INTERNSHIP.c.enterprise_id),
        },
        search_targets=(_TEACHER_TEXT, _ENTERPRISE_TEXT),
    )


# -- daily logs, visits, incidents (an internship's rows) --------------------------------------
def _daily_logs() -> ListSpec:
    return ListSpec(
        kind=ListKind.DAILY_LOGS,
        table=LOG,
        columns=(
            Column(
                "log_date",
                lambda: QCoreApplication.translate("Lists", "Date"),
                LOG.c.log_date,
                Display.DATE,
                sort=LOG.c.log_date,
                keyset=True,
            ),
            _teacher_name(),
            Column(
                "work_done",
                lambda: QCoreApplication.translate("Lists", "Work done"),
                LOG.c.work_done,
            ),
            # TEXT: hours have one decimal (7.5), which a NUMBER column would round away.
            Column(
                "hours",
                lambda: QCoreApplication.translate("Lists", "Hours"),
                LOG.c.hours,
                sort=LOG.c.hours,
            ),
        ),
        default_sort=Sort("log_date", descending=True),
        joins=(
            Join(INTERNSHIP, INTERNSHIP.c.id == LOG.c.internship_id, outer=False),
            *_internship_joins(outer=False),
        ),
        filters={"internship_id": equals(LOG.c.internship_id)},
        search_like=(LOG.c.work_done,),
    )


def _internship_visits() -> ListSpec:
    return ListSpec(
        kind=ListKind.INTERNSHIP_VISITS,
        table=VISIT,
        columns=(
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
            _teacher_name(),
            Column(
                "visitor",
                lambda: QCoreApplication.translate("Lists", "Visitor"),
                VISIT.c.visitor_name,
                sort=VISIT.c.visitor_name,
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
        default_sort=Sort("planned_on", descending=True),
        joins=(
            Join(INTERNSHIP, INTERNSHIP.c.id == VISIT.c.internship_id, outer=False),
            *_internship_joins(outer=False),
        ),
        filters={"internship_id": equals(VISIT.c.internship_id)},
        search_like=(VISIT.c.visitor_name, VISIT.c.findings),
    )


def _internship_incidents() -> ListSpec:
    return ListSpec(
        kind=ListKind.INTERNSHIP_INCIDENTS,
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
            _teacher_name(),
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
        # The inner join keeps the incidents of teacher internships only (not of placements).
        joins=(
            Join(INTERNSHIP, INTERNSHIP.c.id == INCIDENT.c.internship_id, outer=False),
            *_internship_joins(outer=False),
        ),
        filters={
            "internship_id": equals(INCIDENT.c.internship_id),
            "fiscal_year": in_fiscal_year(INCIDENT.c.occurred_on),
        },
        search_like=(INCIDENT.c.description,),
    )


BUILDERS: dict[ListKind, Callable[[], ListSpec]] = {
    ListKind.TEACHER_INTERNSHIPS: _teacher_internships,
    ListKind.DAILY_LOGS: _daily_logs,
    ListKind.INTERNSHIP_VISITS: _internship_visits,
    ListKind.INTERNSHIP_INCIDENTS: _internship_incidents,
}
