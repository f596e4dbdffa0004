"""Certification and test centers, and certification results (manual 4.1-4.3, 5.5, 6.4)."""

from __future__ import annotations

from datetime import date

from sqlalchemy import CheckConstraint, Date, Index, Integer, String, Text
from sqlalchemy.orm import Mapped, mapped_column

from app.models.base import SyncedBase, choice, ref
from app.models.enums import (
    CertificationCenterKind,
    CertificationCenterStatus,
    CertificationResult,
    PersonKind,
)


class CertificationCenter(SyncedBase):
    __tablename__ = "certification_center"
    sync_order = 30

    college_id: Mapped[int] = ref("college.id")
    kind: Mapped[CertificationCenterKind] = choice(CertificationCenterKind)
    name: Mapped[str] = mapped_column(String(250))
    licence_no: Mapped[str | None] = mapped_column(String(60))
    scope: Mapped[str | None] = mapped_column(Text)
    valid_from: Mapped[date | None] = mapped_column(Date)
    valid_until: Mapped[date | None] = mapped_column(Date)
    status: Mapped[CertificationCenterStatus] = choice(CertificationCenterStatus)


class AssessmentRound(SyncedBase):
    """One assessment or test round held by a certification center."""

    __tablename__ = "assessment_round"
    sync_order = 40

    certification_center_id: Mapped[int] = ref("certification_center.id")
    held_on: Mapped[date] = mapped_column(Date, index=True)
    standard: Mapped[str] = mapped_column(String(250))
    level: Mapped[int | None] = mapped_column(Integer)
    seats: Mapped[int | None] = mapped_column(Integer)
    note: Mapped[str | None] = mapped_column(Text)


class Certification(SyncedBase):
    """One person's assessment result against an occupational standard."""

    __tablename__ = "certification"
    __table_args__ = (
        CheckConstraint(
            "(person_kind = 'teacher' AND teacher_id IS NOT NULL)"
            " OR (person_kind <> 'teacher' AND student_id IS NOT NULL)",
            name="person_present",
        ),
        # The list of results in its usual order (latest first) as an index walk.
        Index("ix_certification_deleted_assessed_on", "deleted", "assessed_on"),
    )
    sync_order = 60

    certification_center_id: Mapped[int | None] = ref("certification_center.id", nullable=True)
    round_id: Mapped[int | None] = ref("assessment_round.id", nullable=True)
    person_kind: Mapped[PersonKind] = choice(PersonKind)
    teacher_id: Mapped[int | None] = ref("teacher.id", nullable=True)
    student_id: Mapped[int | None] = ref("student.id", nullable=True)
    standard: Mapped[str] = mapped_column(String(250))
    level: Mapped[int | None] = mapped_column(Integer)
    result: Mapped[CertificationResult] = choice(CertificationResult)
    certificate_no: Mapped[str | None] = mapped_column(String(60), unique=True)
    assessed_on: Mapped[date] = mapped_column(Date, index=True)
