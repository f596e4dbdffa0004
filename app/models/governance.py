"""Committees of a center, their members, and meetings (manual activity 1.1)."""

from __future__ import annotations

from datetime import date

from sqlalchemy import Date, Integer, String, Text
from sqlalchemy.orm import Mapped, mapped_column

from app.models.base import SyncedBase, choice, ref
from app.models.enums import CommitteeKind, MeetingKind, MemberRole


class Committee(SyncedBase):
    __tablename__ = "committee"
    sync_order = 30

    center_id: Mapped[int] = ref("center.id")
    kind: Mapped[CommitteeKind] = choice(CommitteeKind)
    name: Mapped[str] = mapped_column(String(250))
    appointed_on: Mapped[date | None] = mapped_column(Date)


class CommitteeMember(SyncedBase):
    __tablename__ = "committee_member"
    sync_order = 40

    committee_id: Mapped[int] = ref("committee.id")
    title_code: Mapped[str | None] = ref("name_title.code", nullable=True)
    full_name: Mapped[str] = mapped_column(String(200))
    organisation: Mapped[str | None] = mapped_column(String(250))
    role: Mapped[MemberRole] = choice(MemberRole)


class Meeting(SyncedBase):
    __tablename__ = "meeting"
    sync_order = 30

    center_id: Mapped[int] = ref("center.id")
    kind: Mapped[MeetingKind] = choice(MeetingKind)
    held_on: Mapped[date] = mapped_column(Date, index=True)
    title: Mapped[str] = mapped_column(String(250))
    attendees: Mapped[int | None] = mapped_column(Integer)
    minutes_path: Mapped[str | None] = mapped_column(Text)
