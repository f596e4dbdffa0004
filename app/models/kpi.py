"""This center's choice of KPI target values per fiscal year, and the record of each change.

Local rows: a target's value is the director's decision for this office, never sent to
other sites. The manual's (or the default) value applies unless an override exists.
"""

from __future__ import annotations

from datetime import datetime

from sqlalchemy import Boolean, DateTime, Float, Integer, String, Text, UniqueConstraint
from sqlalchemy.orm import Mapped, mapped_column

from app.models.base import UUID_LENGTH, LocalBase

TARGET_ID_LENGTH = 64


class KpiTargetOverride(LocalBase):
    """The value a target has in one fiscal year instead of the catalogue's."""

    __tablename__ = "kpi_target_override"
    __table_args__ = (UniqueConstraint("target_id", "fiscal_year"),)

    target_id: Mapped[str] = mapped_column(String(TARGET_ID_LENGTH))
    fiscal_year: Mapped[int] = mapped_column(Integer)
    value: Mapped[float] = mapped_column(Float)
    changed_at: Mapped[datetime] = mapped_column(DateTime)
    changed_by_site: Mapped[str | None] = mapped_column(String(UUID_LENGTH))
    note: Mapped[str | None] = mapped_column(Text)


class KpiTargetChange(LocalBase):
    """One change of a target's value (history): set to ``value``, or ``restored`` to the
    catalogue's value (``value`` is then None)."""

    __tablename__ = "kpi_target_change"

    target_id: Mapped[str] = mapped_column(String(TARGET_ID_LENGTH), index=True)
    fiscal_year: Mapped[int] = mapped_column(Integer)
    value: Mapped[float | None] = mapped_column(Float)
    restored: Mapped[bool] = mapped_column(Boolean, default=False)
    changed_at: Mapped[datetime] = mapped_column(DateTime)
    changed_by_site: Mapped[str | None] = mapped_column(String(UUID_LENGTH))
    note: Mapped[str | None] = mapped_column(Text)
