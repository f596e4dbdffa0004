"""Committees of a center, their members, meetings (manual activity 1.1), and the reports
the center sent to the central office (1.2, 1.3)."""

from __future__ import annotations

from datetime import date
from typing import ClassVar

from sqlalchemy import Date, Index, Integer, String, Text, text
from sqlalchemy.orm import Mapped, mapped_column

from app.models.base import SyncedBase, choice, ref
from app.models.enums import CommitteeKind, MeetingKind, MemberRole, SentReportKind


class Committee(SyncedBase):
    __tablename__ = "committee"
    __table_args__ = (Index("ix_committee_deleted_name_sort", "deleted", "name_sort"),)
    # Derived columns the sync stamp fills: sort key column -> Thai text it is made from.
    __sort_keys__: ClassVar[dict[str, str]] = {"name_sort": "name"}
    sync_order = 30

    center_id: Mapped[int] = ref("center.id")
    kind: Mapped[CommitteeKind] = choice(CommitteeKind)
    name: Mapped[str] = mapped_column(String(250))
    appointed_on: Mapped[date | None] = mapped_column(Date)
    # thai_sort_text(name): plain binary order is Thai dictionary order (at most 4n+1 chars).
    name_sort: Mapped[str] = mapped_column(String(1001), server_default=text("''"))


class CommitteeMember(SyncedBase):
    __tablename__ = "committee_member"
    __table_args__ = (
        Index("ix_committee_member_deleted_full_name_sort", "deleted", "full_name_sort"),
    )
    __sort_keys__: ClassVar[dict[str, str]] = {"full_name_sort": "full_name"}
    sync_order = 40

    committee_id: Mapped[int] = ref("committee.id")
    title_code: Mapped[str | None] = ref("name_title.code", nullable=True)
    full_name: Mapped[str] = mapped_column(String(200))
    organisation: Mapped[str | None] = mapped_column(String(250))
    role: Mapped[MemberRole] = choice(MemberRole)
    full_name_sort: Mapped[str] = mapped_column(String(801), server_default=text("''"))


class Meeting(SyncedBase):
    __tablename__ = "meeting"
    __table_args__ = (Index("ix_meeting_deleted_title_sort", "deleted", "title_sort"),)
    __sort_keys__: ClassVar[dict[str, str]] = {"title_sort": "title"}
    sync_order = 30

    center_id: Mapped[int] = ref("center.id")
    kind: Mapped[MeetingKind] = choice(MeetingKind)
    held_on: Mapped[date] = mapped_column(Date, index=True)
    title: Mapped[str] = mapped_column(String(250))
    attendees: Mapped[int | None] = mapped_column(Integer)
    minutes_path: Mapped[str | None] = mapped_column(Text)
    title_sort: Mapped[str] = mapped_column(String(1001), server_default=text("''"))


class ReportDispatch(SyncedBase):
    """A report of the fiscal year sent to the central office: when, under which letter."""

    __tablename__ = "report_dispatch"
    sync_order = 30

    center_id: Mapped[int] = ref("center.id")
    kind: Mapped[SentReportKind] = choice(SentReportKind)
    fiscal_year: Mapped[int] = mapped_column(Integer, index=True)
    sent_on: Mapped[date] = mapped_column(Date)
    reference: Mapped[str | None] = mapped_column(String(120), comment="letter number")
