"""The lists of plans (manual 2.1-2.2): five-year and annual plans, their projects and the
progress of the projects' activities.

Small tables (a center has a few plans, some dozens of projects a year): searched with LIKE
on titles.
"""

from __future__ import annotations

from collections.abc import Callable

from PySide6.QtCore import QCoreApplication
from sqlalchemy import ColumnElement, func, select

from app.models.network import College
from app.models.planning import Plan, PlanActivity, Project
from app.services.listing import labels
from app.services.listing.kinds import equals, in_fiscal_year, live, table_of
from app.services.listing.query import ListKind, Sort
from app.services.listing.spec import Column, Display, Join, ListSpec

PLAN = table_of(Plan)
PROJECT = table_of(Project)
ACTIVITY = table_of(PlanActivity)
COLLEGE = table_of(College)


def _plan_covers(fiscal_year: int) -> ColumnElement[bool]:
    return (PLAN.c.first_fy <= fiscal_year) & (PLAN.c.last_fy >= fiscal_year)


def _plans() -> ListSpec:
    projects = (
        select(func.count())
        .where(PROJECT.c.plan_id == PLAN.c.id, live(PROJECT))
        .correlate(PLAN)
        .scalar_subquery()
    )
    return ListSpec(
        kind=ListKind.PLANS,
        table=PLAN,
        columns=(
            Column(
                "first_fy",
                lambda: QCoreApplication.translate("Lists", "From fiscal year"),
                PLAN.c.first_fy,
                Display.YEAR,
                sort=PLAN.c.first_fy,
                keyset=True,
            ),
            Column(
                "last_fy",
                lambda: QCoreApplication.translate("Lists", "To fiscal year"),
                PLAN.c.last_fy,
                Display.YEAR,
                sort=PLAN.c.last_fy,
                keyset=True,
            ),
            Column(
                "kind",
                lambda: QCoreApplication.translate("Lists", "Kind of plan"),
                PLAN.c.kind,
                Display.CHOICE,
                sort=PLAN.c.kind,
                labels=labels.plan_kind,
            ),
            Column(
                "title",
                lambda: QCoreApplication.translate("Lists", "Plan title"),
                PLAN.c.title,
                sort=PLAN.c.title,
                keyset=True,
            ),
            Column(
                "approved_on",
                lambda: QCoreApplication.translate("Lists", "Approved on"),
                PLAN.c.approved_on,
                Display.DATE,
                sort=PLAN.c.approved_on,
            ),
            Column(
                "sent_on",
                lambda: QCoreApplication.translate("Lists", "Sent on"),
                PLAN.c.sent_on,
                Display.DATE,
                sort=PLAN.c.sent_on,
            ),
            Column(
                "projects",
                lambda: QCoreApplication.translate("Lists", "Projects"),
                projects,
                Display.NUMBER,
                sort=projects,
            ),
        ),
        default_sort=Sort("first_fy", descending=True),
        filters={
            "fiscal_year": _plan_covers,
            "plan_kind": equals(PLAN.c.kind),
            "center_id": equals(PLAN.c.center_id),
        },
        search_like=(PLAN.c.title,),
    )


def _projects() -> ListSpec:
    return ListSpec(
        kind=ListKind.PROJECTS,
        table=PROJECT,
        columns=(
            Column(
                "title",
                lambda: QCoreApplication.translate("Lists", "Project"),
                PROJECT.c.title,
                sort=PROJECT.c.title,
                keyset=True,
            ),
            Column(
                "plan",
                lambda: QCoreApplication.translate("Lists", "Plan"),
                PLAN.c.title,
                sort=PLAN.c.title,
                keyset=True,
            ),
            Column(
                "starts_on",
                lambda: QCoreApplication.translate("Lists", "Starts on"),
                PROJECT.c.starts_on,
                Display.DATE,
                sort=PROJECT.c.starts_on,
            ),
            Column(
                "ends_on",
                lambda: QCoreApplication.translate("Lists", "Ends on"),
                PROJECT.c.ends_on,
                Display.DATE,
                sort=PROJECT.c.ends_on,
            ),
            Column(
                "budget",
                lambda: QCoreApplication.translate("Lists", "Budget (baht)"),
                PROJECT.c.budget,
                Display.NUMBER,
                sort=PROJECT.c.budget,
            ),
            Column(
                "college",
                lambda: QCoreApplication.translate("Lists", "Responsible college"),
                COLLEGE.c.name_th,
                sort=COLLEGE.c.name_sort,
            ),
            Column(
                "status",
                lambda: QCoreApplication.translate("Lists", "Progress"),
                PROJECT.c.status,
                Display.CHOICE,
                sort=PROJECT.c.status,
                labels=labels.work_status,
            ),
        ),
        default_sort=Sort("title"),
        joins=(
            Join(PLAN, PLAN.c.id == PROJECT.c.plan_id, outer=False),
            Join(COLLEGE, COLLEGE.c.id == PROJECT.c.responsible_college_id),
        ),
        filters={
            "fiscal_year": _plan_covers,
            "plan_id": equals(PROJECT.c.plan_id),
            "plan_kind": equals(PLAN.c.kind),
            "work_status": equals(PROJECT.c.status),
            "college_id": equals(PROJECT.c.responsible_college_id),
        },
        search_like=(PROJECT.c.title, PROJECT.c.target, PROJECT.c.output),
    )


def _plan_activities() -> ListSpec:
    return ListSpec(
        kind=ListKind.PLAN_ACTIVITIES,
        table=ACTIVITY,
        columns=(
            Column(
                "due_on",
                lambda: QCoreApplication.translate("Lists", "Due on"),
                ACTIVITY.c.due_on,
                Display.DATE,
                sort=ACTIVITY.c.due_on,
            ),
            Column(
                "title",
                lambda: QCoreApplication.translate("Lists", "Activity"),
                ACTIVITY.c.title,
                sort=ACTIVITY.c.title,
                keyset=True,
            ),
            Column(
                "project",
                lambda: QCoreApplication.translate("Lists", "Project"),
                PROJECT.c.title,
                sort=PROJECT.c.title,
                keyset=True,
            ),
            Column(
                "status",
                lambda: QCoreApplication.translate("Lists", "Progress"),
                ACTIVITY.c.status,
                Display.CHOICE,
                sort=ACTIVITY.c.status,
                labels=labels.work_status,
            ),
            Column(
                "done_on",
                lambda: QCoreApplication.translate("Lists", "Done on"),
                ACTIVITY.c.done_on,
                Display.DATE,
                sort=ACTIVITY.c.done_on,
            ),
            Column(
                "evidence",
                lambda: QCoreApplication.translate("Lists", "Evidence"),
                ACTIVITY.c.evidence,
            ),
        ),
        default_sort=Sort("due_on"),
        joins=(Join(PROJECT, PROJECT.c.id == ACTIVITY.c.project_id, outer=False),),
        filters={
            "fiscal_year": in_fiscal_year(ACTIVITY.c.due_on),
            "project_id": equals(ACTIVITY.c.project_id),
            "plan_id": equals(PROJECT.c.plan_id),
            "work_status": equals(ACTIVITY.c.status),
        },
        search_like=(ACTIVITY.c.title, ACTIVITY.c.evidence),
    )


BUILDERS: dict[ListKind, Callable[[], ListSpec]] = {
    ListKind.PLANS: _plans,
    ListKind.PROJECTS: _projects,
    ListKind.PLAN_ACTIVITIES: _plan_activities,
}
