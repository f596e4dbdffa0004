"""Bookkeeping of package exchange: packages made and applied, conflicts kept for review,
and the counts a center sends instead of rows. None of it leaves this machine."""

from __future__ import annotations

from datetime import datetime
from typing import Any

from sqlalchemy import JSON, DateTime, Integer, String, Text, UniqueConstraint
from sqlalchemy.orm import Mapped, mapped_column

from app.models.base import UUID_LENGTH, LocalBase


class SyncPackage(LocalBase):
    """A package this site made (``out``) or applied (``in``)."""

    __tablename__ = "sync_package"

    package_uuid: Mapped[str] = mapped_column(String(UUID_LENGTH), unique=True)
    direction: Mapped[str] = mapped_column(String(3))
    peer_uuid: Mapped[str] = mapped_column(String(UUID_LENGTH), index=True)
    profile: Mapped[str] = mapped_column(String(16))
    since_seq: Mapped[int] = mapped_column(Integer)
    through_seq: Mapped[int] = mapped_column(Integer)
    rows: Mapped[int] = mapped_column(Integer)
    file_name: Mapped[str | None] = mapped_column(String(260))
    summary: Mapped[dict[str, Any]] = mapped_column(JSON, default=dict)
    at: Mapped[datetime] = mapped_column(DateTime)


class SyncConflict(LocalBase):
    """Two versions of one record edited at two sites: the one applied and the one kept."""

    __tablename__ = "sync_conflict"

    table_name: Mapped[str] = mapped_column(String(64))
    row_uuid: Mapped[str] = mapped_column(String(UUID_LENGTH), index=True)
    package_uuid: Mapped[str] = mapped_column(String(UUID_LENGTH))
    kept: Mapped[dict[str, Any]] = mapped_column(JSON, comment="the version applied (wire form)")
    lost: Mapped[dict[str, Any]] = mapped_column(JSON, comment="the version kept for review")
    detected_at: Mapped[datetime] = mapped_column(DateTime)
    resolved_at: Mapped[datetime | None] = mapped_column(DateTime)
    resolution: Mapped[str | None] = mapped_column(Text)


class CentralCount(LocalBase):
    """Rows per table and college a center reported in a counts-only package."""

    __tablename__ = "central_count"
    __table_args__ = (UniqueConstraint("center_uuid", "table_name", "college_uuid"),)

    center_uuid: Mapped[str] = mapped_column(String(UUID_LENGTH), index=True)
    table_name: Mapped[str] = mapped_column(String(64))
    college_uuid: Mapped[str] = mapped_column(String(UUID_LENGTH), default="")
    rows: Mapped[int] = mapped_column(Integer)
    package_uuid: Mapped[str] = mapped_column(String(UUID_LENGTH))
