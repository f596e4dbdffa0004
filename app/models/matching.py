"""Matching demand with supply: the placement seats an enterprise offers a college (1.3)."""

from __future__ import annotations

from sqlalchemy import CheckConstraint, Index, Integer, Text
from sqlalchemy.orm import Mapped, mapped_column

from app.models.base import SyncedBase, choice, ref
from app.models.enums import Level, PlacementMode


class PlacementCapacity(SyncedBase):
    """Seats an enterprise plans to offer one college's students of a subject and level in a
    fiscal year, in one placement mode; ``demand_id`` is the workforce demand it answers.

    Placements (6.1) read it as "enterprise capacity per year and mode".
    """

    __tablename__ = "placement_capacity"
    __table_args__ = (
        CheckConstraint("seats >= 1", name="seats_positive"),
        # The seats already promised for one college's supply of a subject, level and year.
        Index(
            "ix_placement_capacity_supply",
            "college_id",
            "subject_id",
            "level",
            "fiscal_year",
        ),
        # The seats recorded for one enterprise's demand in a year.
        Index("ix_placement_capacity_enterprise_year", "enterprise_id", "fiscal_year"),
    )
    sync_order = 40  # after enterprise, college (20) and workforce_demand (30)

    enterprise_id: Mapped[int] = ref("enterprise.id")
    college_id: Mapped[int] = ref("college.id")
    subject_id: Mapped[int] = ref("subject.id")
    level: Mapped[Level] = choice(Level)
    fiscal_year: Mapped[int] = mapped_column(Integer, comment="B.E.")
    mode: Mapped[PlacementMode] = choice(PlacementMode)
    seats: Mapped[int] = mapped_column(Integer)
    demand_id: Mapped[int | None] = ref("workforce_demand.id", nullable=True)
    note: Mapped[str | None] = mapped_column(Text)
