"""The safety of placed students (manual 6.2): overdue supervision visits, placements about to
start without the safety briefings, the safety KPI and the incidents still open.

The manual's target is that every student placed in an enterprise is safe: the share of
placed students without an incident is 100%.
"""

from __future__ import annotations

from dataclasses import dataclass
from datetime import date, timedelta

from sqlalchemy import Exists, and_, case, distinct, false, func, select
from sqlalchemy.orm import Session

from app.models.enums import BriefingKind, IncidentStatus, PlacementStatus, Severity
from app.models.network import College, Enterprise
from app.models.students import Incident, Placement, SafetyBriefing, Student, SupervisionVisit
from app.services.thai.fiscal import fiscal_year_range

SUPERVISION_DUE_DAYS = 30
"""A placement in progress should have had a supervision visit within its first 30 days."""
CLEARANCE_WINDOW_DAYS = 14
"""Placements starting within this many days are checked for their safety briefings."""
SAFETY_TARGET = 100.0
"""Share of placed students without an incident the manual asks for (percent)."""

_SEVERITY_RANK = {Severity.HIGH.value: 0, Severity.MEDIUM.value: 1, Severity.LOW.value: 2}


def _student_name(first_name: str, last_name: str) -> str:
    return f"{first_name} {last_name}".strip()


# -- overdue visits -------------------------------------------------------------------------------
@dataclass(frozen=True)
class OverdueVisit:
    """A placement in progress that had no supervision visit in its first days."""

    placement_id: int
    student: str
    college: str
    enterprise: str
    starts_on: date
    days_without_visit: int
    """Days from the start to the first visit done (a late one), or to today counted in."""
    first_visit_on: date | None
    """The first visit done after the due days (None: no visit done yet)."""


def visit_deadline(starts_on: date, due_days: int = SUPERVISION_DUE_DAYS) -> date:
    """The last day of a placement's first ``due_days`` days (the start is day 1)."""
    return starts_on + timedelta(days=due_days - 1)


def overdue_visits(
    session: Session, today: date, due_days: int = SUPERVISION_DUE_DAYS
) -> list[OverdueVisit]:
    """Placements in progress whose first ``due_days`` days have passed with no visit done in
    them; the most days without a visit first.

    The start is day 1, so the first 30 days run from the start to start + 29 days. On day 30
    (today = start + 29 days) a placement is not yet overdue; from day 31 (today >= start + 30
    days) it is, unless a visit was done (``visited_on`` set) from the start to day 30. A
    visit only planned does not count.
    """
    visited_in_time = (
        select(SupervisionVisit.id)
        .where(
            SupervisionVisit.placement_id == Placement.id,
            SupervisionVisit.deleted == false(),
            SupervisionVisit.visited_on >= Placement.starts_on,
            SupervisionVisit.visited_on
            <= func.date(
                Placement.starts_on, f"+{due_days - 1} days", type_=Placement.starts_on.type
            ),
        )
        .correlate(Placement)
        .exists()
    )
    first_visit = (
        select(func.min(SupervisionVisit.visited_on))
        .where(
            SupervisionVisit.placement_id == Placement.id,
            SupervisionVisit.deleted == false(),
            SupervisionVisit.visited_on >= Placement.starts_on,
        )
        .correlate(Placement)
        .scalar_subquery()
    )
    query = (
        select(
            Placement.id,
            Student.first_name,
            Student.last_name,
            College.name_th,
            Enterprise.name_th,
            Placement.starts_on,
            first_visit,
        )
        .join(Student, Student.id == Placement.student_id)
        .join(College, College.id == Placement.college_id)
        .join(Enterprise, Enterprise.id == Placement.enterprise_id)
        .where(
            Placement.deleted == false(),
            Placement.status == PlacementStatus.IN_PROGRESS,
            Placement.starts_on <= today - timedelta(days=due_days),
            ~visited_in_time,
        )
    )
    found = []
    for row_id, first, last, college, enterprise, starts, visited in session.execute(query):
        visited_on = visited if visited is not None and visited <= today else None
        end = visited_on if visited_on is not None else today + timedelta(days=1)
        found.append(
            OverdueVisit(
                placement_id=row_id,
                student=_student_name(first, last),
                college=college,
                enterprise=enterprise,
                starts_on=starts,
                days_without_visit=(end - starts).days,
                first_visit_on=visited_on,
            )
        )
    return sorted(found, key=lambda item: (-item.days_without_visit, item.placement_id))


# -- placements not cleared -----------------------------------------------------------------------
@dataclass(frozen=True)
class NotCleared:
    """A placement about to start whose student lacks a safety briefing."""

    placement_id: int
    student: str
    college: str
    enterprise: str
    starts_on: date
    missing: tuple[BriefingKind, ...]
    """The briefings not recorded (safety training, orientation, in that order)."""


def not_cleared(
    session: Session, today: date, within_days: int = CLEARANCE_WINDOW_DAYS
) -> list[NotCleared]:
    """Placements planned or confirmed that start within ``within_days`` days of ``today``
    (start <= today + 14 days; one whose start has passed but which has not started is
    included too) whose student has no safety training or no orientation recorded; the
    soonest first."""

    def has(kind: BriefingKind) -> Exists:
        return (
            select(SafetyBriefing.id)
            .where(
                SafetyBriefing.student_id == Placement.student_id,
                SafetyBriefing.kind == kind,
                SafetyBriefing.deleted == false(),
            )
            .correlate(Placement)
            .exists()
        )

    trained, oriented = has(BriefingKind.SAFETY_TRAINING), has(BriefingKind.ORIENTATION)
    query = (
        select(
            Placement.id,
            Student.first_name,
            Student.last_name,
            College.name_th,
            Enterprise.name_th,
            Placement.starts_on,
            trained,
            oriented,
        )
        .join(Student, Student.id == Placement.student_id)
        .join(College, College.id == Placement.college_id)
        .join(Enterprise, Enterprise.id == Placement.enterprise_id)
        .where(
            Placement.deleted == false(),
            Placement.status.in_([PlacementStatus.PLANNED, PlacementStatus.CONFIRMED]),
            Placement.starts_on <= today + timedelta(days=within_days),
            ~and_(trained, oriented),
        )
        .order_by(Placement.starts_on, Placement.id)
    )
    found = []
    for (
        row_id,
        first,
        last,
        college,
        enterprise,
        starts,
        has_training,
        has_orientation,
    ) in session.execute(query):
        missing = tuple(
            kind
            for kind, present in (
                (BriefingKind.SAFETY_TRAINING, has_training),
                (BriefingKind.ORIENTATION, has_orientation),
            )
            if not present
        )
        found.append(
            NotCleared(row_id, _student_name(first, last), college, enterprise, starts, missing)
        )
    return found


# -- the safety KPI -------------------------------------------------------------------------------
@dataclass(frozen=True)
class SafetyShare:
    """Students placed and those with an incident, for one college or the network."""

    college_id: int | None
    """None: the network."""
    name: str
    placed: int
    with_incident: int

    @property
    def share_without_incident(self) -> float | None:
        """Percent of placed students without an incident (None: nobody placed, no data)."""
        if self.placed == 0:
            return None
        return 100.0 * (self.placed - self.with_incident) / self.placed

    @property
    def target_met(self) -> bool | None:
        """Whether the 100% target is met (None: no data)."""
        share = self.share_without_incident
        return None if share is None else share >= SAFETY_TARGET


@dataclass(frozen=True)
class SafetyKpi:
    fiscal_year: int
    colleges: tuple[SafetyShare, ...]
    """Each college that placed students in the year, in Thai order of name."""
    network: SafetyShare
    """The sum of the colleges (a student placed by two colleges counts for each)."""


def safety_kpi(session: Session, fiscal_year: int, college_id: int | None = None) -> SafetyKpi:
    """The safety KPI of ``fiscal_year`` (of one college, or every college and the network).

    Placed: distinct students with a live placement, not withdrawn, starting in the year.
    With an incident: those of them with a live incident on one of those placements (the
    incident counts in the year its placement started, so none is lost at a year's end).
    One grouped query over the placements starting in the year (``ix_placement_starts_cover``
    finds them by start); the incident placements are read once, as a set.
    """
    first, last = fiscal_year_range(fiscal_year)
    # A range on the placement index (ids are positive): never a scan of every incident.
    incident_placements = select(Incident.placement_id).where(
        Incident.deleted == false(), Incident.placement_id > 0
    )
    with_incident = func.count(
        distinct(case((Placement.id.in_(incident_placements), Placement.student_id)))
    )
    query = (
        select(Placement.college_id, func.count(distinct(Placement.student_id)), with_incident)
        .where(
            Placement.starts_on.between(first, last),
            Placement.deleted == false(),
            Placement.status != PlacementStatus.WITHDRAWN,
        )
        .group_by(Placement.college_id)
    )
    if college_id is not None:  # read through the index (college, start)
        query = query.where(Placement.college_id == college_id)
    counts = {row[0]: (int(row[1]), int(row[2])) for row in session.execute(query)}
    named = {
        row_id: (name, sort_key)
        for row_id, name, sort_key in session.execute(
            select(College.id, College.name_th, College.name_sort).where(
                College.id.in_(list(counts))
            )
        )
    }
    colleges = tuple(
        SafetyShare(row_id, named.get(row_id, ("", ""))[0], placed, incidents)
        for row_id, (placed, incidents) in sorted(
            counts.items(), key=lambda item: (named.get(item[0], ("", ""))[1], item[0])
        )
    )
    network = SafetyShare(
        None,
        "",
        sum(item.placed for item in colleges),
        sum(item.with_incident for item in colleges),
    )
    return SafetyKpi(fiscal_year, colleges, network)


# -- open incidents -------------------------------------------------------------------------------
@dataclass(frozen=True)
class OpenIncident:
    incident_id: int
    placement_id: int
    student: str
    college: str
    enterprise: str
    kind: str
    severity: str
    status: str
    occurred_on: date
    escalated_on: date | None


def open_incidents(session: Session) -> list[OpenIncident]:
    """Placement incidents not closed: the most severe first, then the oldest."""
    rank = case(_SEVERITY_RANK, value=Incident.severity, else_=len(_SEVERITY_RANK))
    query = (
        select(
            Incident.id,
            Placement.id,
            Student.first_name,
            Student.last_name,
            College.name_th,
            Enterprise.name_th,
            Incident.kind,
            Incident.severity,
            Incident.status,
            Incident.occurred_on,
            Incident.escalated_on,
        )
        .join(Placement, Placement.id == Incident.placement_id)
        .join(Student, Student.id == Placement.student_id)
        .join(College, College.id == Placement.college_id)
        .join(Enterprise, Enterprise.id == Placement.enterprise_id)
        .where(Incident.deleted == false(), Incident.status != IncidentStatus.CLOSED)
        .order_by(rank, Incident.occurred_on, Incident.id)
    )
    return [
        OpenIncident(
            incident_id=row[0],
            placement_id=row[1],
            student=_student_name(row[2], row[3]),
            college=row[4],
            enterprise=row[5],
            kind=str(getattr(row[6], "value", row[6])),
            severity=str(getattr(row[7], "value", row[7])),
            status=str(getattr(row[8], "value", row[8])),
            occurred_on=row[9],
            escalated_on=row[10],
        )
        for row in session.execute(query)
    ]
