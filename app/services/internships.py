"""Teacher internships (manual 5.4): the 15-day report rule, late reports and the safety figure.

The final report is due ``REPORT_DUE_DAYS`` days after the internship ends ("ส่งรายงานภายใน
15 วันหลังสิ้นสุดการปฏิบัติงาน"): received on the due day is on time, a day later is late.
"""

from __future__ import annotations

from dataclasses import dataclass
from datetime import date, timedelta

from sqlalchemy import and_, distinct, func, or_, select
from sqlalchemy.orm import Session

from app.models.network import College, Enterprise
from app.models.students import Incident
from app.models.teachers import Teacher, TeacherInternship
from app.services.listing.query import ReportState
from app.services.overview import REPORT_DUE_DAYS, DaysBetween
from app.services.thai.fiscal import fiscal_year_range

SAFETY_TARGET = 100.0
"""Share of internships without an incident the manual asks for (percent)."""


def report_due_on(ends_on: date) -> date:
    """The last day the final report is on time."""
    return ends_on + timedelta(days=REPORT_DUE_DAYS)


def report_state(ends_on: date, received_on: date | None, today: date) -> ReportState:
    """Where the report of an internship ending ``ends_on`` stands on ``today``."""
    due = report_due_on(ends_on)
    if received_on is not None:
        return ReportState.ON_TIME if received_on <= due else ReportState.LATE
    return ReportState.OVERDUE if today > due else ReportState.DUE


def days_late(ends_on: date, received_on: date | None, today: date) -> int:
    """Days after the due day the report came (or, not received, ``today`` is); 0 if none."""
    day = received_on if received_on is not None else today
    return max((day - report_due_on(ends_on)).days, 0)


@dataclass(frozen=True)
class LateReport:
    """An internship whose final report came late or is overdue."""

    internship_id: int
    teacher: str
    college: str
    enterprise: str
    ends_on: date
    due_on: date
    received_on: date | None
    days_late: int
    state: ReportState


def late_reports(session: Session, fiscal_year: int | None, today: date) -> list[LateReport]:
    """Internships (ending in ``fiscal_year``, or any) whose report came after the due day
    or is not in and the due day has passed on ``today``; the most days late first."""
    overdue_before = today - timedelta(days=REPORT_DUE_DAYS)
    query = (
        select(
            TeacherInternship.id,
            Teacher.first_name,
            Teacher.last_name,
            College.name_th,
            Enterprise.name_th,
            TeacherInternship.ends_on,
            TeacherInternship.report_received_on,
        )
        .join(Teacher, Teacher.id == TeacherInternship.teacher_id)
        .join(College, College.id == Teacher.college_id)
        .join(Enterprise, Enterprise.id == TeacherInternship.enterprise_id)
        .where(
            TeacherInternship.deleted.is_(False),
            or_(
                and_(
                    TeacherInternship.report_received_on.is_not(None),
                    DaysBetween(TeacherInternship.ends_on, TeacherInternship.report_received_on)
                    > REPORT_DUE_DAYS,
                ),
                and_(
                    TeacherInternship.report_received_on.is_(None),
                    TeacherInternship.ends_on < overdue_before,
                ),
            ),
        )
    )
    if fiscal_year is not None:
        first, last = fiscal_year_range(fiscal_year)
        query = query.where(TeacherInternship.ends_on.between(first, last))
    found = [
        LateReport(
            internship_id=row_id,
            teacher=f"{first_name} {last_name}".strip(),
            college=college,
            enterprise=enterprise,
            ends_on=ends_on,
            due_on=report_due_on(ends_on),
            received_on=received_on,
            days_late=days_late(ends_on, received_on, today),
            state=report_state(ends_on, received_on, today),
        )
        for row_id, first_name, last_name, college, enterprise, ends_on, received_on in (
            session.execute(query)
        )
    ]
    return sorted(found, key=lambda late: (-late.days_late, late.ends_on, late.internship_id))


@dataclass(frozen=True)
class SafetyFigure:
    """Internships ending in a fiscal year and those with at least one incident."""

    fiscal_year: int
    internships: int
    with_incident: int

    @property
    def share_without_incident(self) -> float | None:
        """Percent without an incident (None when no internship ended in the year)."""
        if self.internships == 0:
            return None
        return 100.0 * (self.internships - self.with_incident) / self.internships

    @property
    def target_met(self) -> bool:
        share = self.share_without_incident
        return share is None or share >= SAFETY_TARGET


def safety_figure(session: Session, fiscal_year: int) -> SafetyFigure:
    """The safety of the internships ending in ``fiscal_year`` (target: 100% without incident)."""
    first, last = fiscal_year_range(fiscal_year)
    in_year = and_(
        TeacherInternship.deleted.is_(False), TeacherInternship.ends_on.between(first, last)
    )
    internships = (
        session.scalar(select(func.count()).select_from(TeacherInternship).where(in_year)) or 0
    )
    with_incident = (
        session.scalar(
            select(func.count(distinct(Incident.internship_id)))
            .join(TeacherInternship, TeacherInternship.id == Incident.internship_id)
            .where(in_year, Incident.deleted.is_(False))
        )
        or 0
    )
    return SafetyFigure(fiscal_year, int(internships), int(with_incident))
