"""Five-year and annual plans, their projects and activities (manual 2.1-2.2)."""

from __future__ import annotations

from datetime import date
from decimal import Decimal

from sqlalchemy import Date, Integer, Numeric, String, Text
from sqlalchemy.orm import Mapped, mapped_column

from app.models.base import SyncedBase, choice, ref
from app.models.enums import PlanKind, WorkStatus


class Plan(SyncedBase):
    __tablename__ = "plan"
    sync_order = 30

    center_id: Mapped[int] = ref("center.id")
    kind: Mapped[PlanKind] = choice(PlanKind)
    title: Mapped[str] = mapped_column(String(250))
    first_fy: Mapped[int] = mapped_column(Integer)
    last_fy: Mapped[int] = mapped_column(Integer)
    approved_on: Mapped[date | None] = mapped_column(Date)
    sent_on: Mapped[date | None] = mapped_column(Date)


class Project(SyncedBase):
    __tablename__ = "project"
    sync_order = 40

    plan_id: Mapped[int] = ref("plan.id")
    five_year_project_id: Mapped[int | None] = ref("project.id", nullable=True)
    activity_code: Mapped[str | None] = mapped_column(
        String(8), comment="manual activity, e.g. 5.4"
    )
    title: Mapped[str] = mapped_column(String(250))
    target: Mapped[str | None] = mapped_column(Text)
    output: Mapped[str | None] = mapped_column(Text)
    budget: Mapped[Decimal | None] = mapped_column(Numeric(14, 2))
    responsible_college_id: Mapped[int | None] = ref("college.id", nullable=True)
    starts_on: Mapped[date | None] = mapped_column(Date)
    ends_on: Mapped[date | None] = mapped_column(Date)
    status: Mapped[WorkStatus] = choice(WorkStatus)


class PlanActivity(SyncedBase):
    __tablename__ = "plan_activity"
    sync_order = 50

    project_id: Mapped[int] = ref("project.id")
    title: Mapped[str] = mapped_column(String(250))
    due_on: Mapped[date | None] = mapped_column(Date, index=True)
    done_on: Mapped[date | None] = mapped_column(Date)
    status: Mapped[WorkStatus] = choice(WorkStatus)
    evidence: Mapped[str | None] = mapped_column(Text)
