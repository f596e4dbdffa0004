"""Students, placements in enterprises, safety briefings, supervision and incidents (6.1-6.2)."""

from __future__ import annotations

from datetime import date
from typing import ClassVar

from sqlalchemy import Boolean, CheckConstraint, Date, Index, Integer, String, Text, text
from sqlalchemy.orm import Mapped, mapped_column

from app.models.base import SyncedBase, choice, ref
from app.models.enums import (
    BriefingKind,
    IncidentKind,
    IncidentStatus,
    Level,
    PlacementMode,
    PlacementStatus,
    Severity,
    StudyModeCode,
)


class Student(SyncedBase):
    """A student: personal data, so only what the reports need."""

    __tablename__ = "student"
    __table_args__ = (Index("ix_student_deleted_name_sort", "deleted", "name_sort"),)
    # Derived columns the sync stamp fills: sort key column -> Thai text it is made from.
    __sort_keys__: ClassVar[dict[str, str]] = {"name_sort": "first_name"}
    sync_order = 30

    college_id: Mapped[int] = ref("college.id")
    student_code: Mapped[str | None] = mapped_column(String(20))
    title_code: Mapped[str | None] = ref("name_title.code", nullable=True)
    first_name: Mapped[str] = mapped_column(String(100))
    last_name: Mapped[str] = mapped_column(String(100))
    national_id: Mapped[str | None] = mapped_column(String(13))
    level: Mapped[Level] = choice(Level)
    year_of_study: Mapped[int] = mapped_column(Integer)
    entry_academic_year: Mapped[int] = mapped_column(Integer, comment="B.E.")
    subject_id: Mapped[int | None] = ref("subject.id", nullable=True)
    study_mode: Mapped[StudyModeCode] = choice(StudyModeCode)
    name_sort: Mapped[str] = mapped_column(String(401), server_default=text("''"))
    # Sensitive (equity) data: optional, left out of exports unless asked for, and held only
    # with the basis recorded for holding it.
    special_needs: Mapped[str | None] = mapped_column(Text)
    equity_scholarship: Mapped[bool | None] = mapped_column(Boolean)
    sensitive_basis: Mapped[str | None] = mapped_column(String(300))


class Placement(SyncedBase):
    """A student's internship, dual-system training or work-based learning in an enterprise."""

    __tablename__ = "placement"
    __table_args__ = (
        CheckConstraint("ends_on >= starts_on", name="dates_ordered"),
        Index("ix_placement_college_starts", "college_id", "starts_on"),
        # Covers the fiscal-year counts (placements, students placed, modes) without table reads.
        Index("ix_placement_starts_cover", "starts_on", "deleted", "mode", "student_id"),
    )
    sync_order = 50

    student_id: Mapped[int] = ref("student.id")
    college_id: Mapped[int] = ref("college.id")
    enterprise_id: Mapped[int] = ref("enterprise.id")
    mode: Mapped[PlacementMode] = choice(PlacementMode)
    starts_on: Mapped[date] = mapped_column(Date)
    ends_on: Mapped[date] = mapped_column(Date)
    trainer_name: Mapped[str | None] = mapped_column(String(200))
    supervisor_teacher_id: Mapped[int | None] = ref("teacher.id", nullable=True)
    tasks: Mapped[str | None] = mapped_column(Text)
    status: Mapped[PlacementStatus] = choice(PlacementStatus)
    withdrawal_reason: Mapped[str | None] = mapped_column(Text)


class SafetyBriefing(SyncedBase):
    """Occupational-safety training or rights orientation a student received."""

    __tablename__ = "safety_briefing"
    __table_args__ = (
        Index("ix_safety_briefing_student_kind", "student_id", "kind", "held_on", "deleted"),
    )
    sync_order = 40

    student_id: Mapped[int] = ref("student.id")
    kind: Mapped[BriefingKind] = choice(BriefingKind)
    held_on: Mapped[date] = mapped_column(Date)
    given_by: Mapped[str] = mapped_column(String(200))


class SupervisionVisit(SyncedBase):
    __tablename__ = "supervision_visit"
    __table_args__ = (
        CheckConstraint("rating IS NULL OR rating BETWEEN 1 AND 5", name="rating_range"),
    )
    sync_order = 60

    placement_id: Mapped[int] = ref("placement.id")
    visitor_teacher_id: Mapped[int | None] = ref("teacher.id", nullable=True)
    planned_on: Mapped[date | None] = mapped_column(Date)
    visited_on: Mapped[date | None] = mapped_column(Date)
    findings: Mapped[str | None] = mapped_column(Text)
    rating: Mapped[int | None] = mapped_column(Integer)


class Incident(SyncedBase):
    """An accident, complaint or other problem of a placed student or an interning teacher."""

    __tablename__ = "incident"
    sync_order = 60

    placement_id: Mapped[int | None] = ref("placement.id", nullable=True)
    internship_id: Mapped[int | None] = ref("teacher_internship.id", nullable=True)
    kind: Mapped[IncidentKind] = choice(IncidentKind)
    occurred_on: Mapped[date] = mapped_column(Date, index=True)
    severity: Mapped[Severity] = choice(Severity)
    description: Mapped[str] = mapped_column(Text)
    actions: Mapped[str | None] = mapped_column(Text)
    status: Mapped[IncidentStatus] = choice(IncidentStatus)
    escalated_on: Mapped[date | None] = mapped_column(Date)
