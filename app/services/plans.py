"""Five-year and annual plans (manual 2.1-2.2): the share of a fiscal year's planned
activities done, and the rules of plan periods.

A five-year plan covers at most five fiscal years; an annual action plan covers one, and its
projects may link to projects of a five-year plan whose period contains that year. The share
counts the activities due in the fiscal year (1 Oct - 30 Sep), cancelled ones left out, the
way the area overview (2.2) does.
"""

from __future__ import annotations

from dataclasses import dataclass

from PySide6.QtCore import QCoreApplication
from sqlalchemy import case, func, select
from sqlalchemy.orm import Session, aliased

from app.models.enums import PlanKind, WorkStatus
from app.models.planning import Plan, PlanActivity, Project
from app.services.thai.fiscal import fiscal_year_range

MAX_FIVE_YEAR_SPAN = 5
"""A five-year development plan covers at most this many fiscal years."""


@dataclass(frozen=True)
class ActivityShare:
    """The planned activities of a fiscal year: due in it (not cancelled) and done."""

    fiscal_year: int
    due: int
    done: int
    five_year_plans: int
    annual_plans: int
    """Live plans whose period contains the year."""

    @property
    def percent(self) -> float | None:
        """The share done in percent; None when nothing is due ("no data", never 0% or met)."""
        return None if self.due == 0 else 100.0 * self.done / self.due


def activity_share(session: Session, fiscal_year: int) -> ActivityShare:
    """How many of the activities due in ``fiscal_year`` (B.E.) are done."""
    first, last = fiscal_year_range(fiscal_year)
    due, done = session.execute(
        select(
            func.count(),
            func.coalesce(func.sum(case((PlanActivity.status == WorkStatus.DONE, 1), else_=0)), 0),
        ).where(
            PlanActivity.due_on.between(first, last),
            PlanActivity.status != WorkStatus.CANCELLED,
            PlanActivity.deleted.is_(False),
        )
    ).one()
    plans: dict[PlanKind, int] = {
        kind: count
        for kind, count in session.execute(
            select(Plan.kind, func.count())
            .where(
                Plan.first_fy <= fiscal_year, Plan.last_fy >= fiscal_year, Plan.deleted.is_(False)
            )
            .group_by(Plan.kind)
        )
    }
    return ActivityShare(
        fiscal_year,
        int(due),
        int(done),
        int(plans.get(PlanKind.FIVE_YEAR, 0)),
        int(plans.get(PlanKind.ANNUAL, 0)),
    )


def period_problem(kind: PlanKind, first_fy: int, last_fy: int) -> str | None:
    """Why a plan of ``kind`` cannot cover ``first_fy``-``last_fy``, or None (translated)."""
    if last_fy < first_fy:
        return QCoreApplication.translate(
            "Plans", "The last fiscal year of the plan comes before its first."
        )
    if kind is PlanKind.ANNUAL and last_fy != first_fy:
        return QCoreApplication.translate("Plans", "An annual action plan covers one fiscal year.")
    if kind is PlanKind.FIVE_YEAR and last_fy - first_fy + 1 > MAX_FIVE_YEAR_SPAN:
        return QCoreApplication.translate(
            "Plans", "A five-year development plan covers at most five fiscal years."
        )
    return None


def five_year_plan_of(session: Session, project_id: int) -> Plan | None:
    """The live five-year plan of the live project ``project_id`` (None: not such a project)."""
    project = session.get(Project, project_id)
    if project is None or project.deleted:
        return None
    plan = session.get(Plan, project.plan_id)
    if plan is None or plan.deleted or plan.kind is not PlanKind.FIVE_YEAR:
        return None
    return plan


def contains(plan: Plan, fiscal_year: int) -> bool:
    return plan.first_fy <= fiscal_year <= plan.last_fy


def annual_years_outside(
    session: Session, five_year_plan_id: int, first_fy: int, last_fy: int
) -> int:
    """How many live annual plans link a project to the five-year plan ``five_year_plan_id``
    while their fiscal year lies outside ``first_fy``-``last_fy`` (its period as edited)."""
    linked = aliased(Project)
    annual = aliased(Plan)
    return int(
        session.scalar(
            select(func.count(func.distinct(annual.id)))
            .select_from(Project)
            .join(linked, linked.five_year_project_id == Project.id)
            .join(annual, annual.id == linked.plan_id)
            .where(
                Project.plan_id == five_year_plan_id,
                Project.deleted.is_(False),
                linked.deleted.is_(False),
                annual.deleted.is_(False),
                (annual.first_fy < first_fy) | (annual.first_fy > last_fy),
            )
        )
        or 0
    )


def links_outside(session: Session, annual_plan_id: int, fiscal_year: int) -> int:
    """How many live projects of the annual plan ``annual_plan_id`` link to a five-year plan
    whose period does not contain ``fiscal_year`` (the annual plan's year as edited)."""
    linked = aliased(Project)
    five_year = aliased(Plan)
    return int(
        session.scalar(
            select(func.count())
            .select_from(Project)
            .join(linked, linked.id == Project.five_year_project_id)
            .join(five_year, five_year.id == linked.plan_id)
            .where(
                Project.plan_id == annual_plan_id,
                Project.deleted.is_(False),
                (five_year.first_fy > fiscal_year) | (five_year.last_fy < fiscal_year),
            )
        )
        or 0
    )
