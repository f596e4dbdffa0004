"""Teachers, skill gaps, training and teacher internships (manual 5.1-5.5, 6.1)."""

from __future__ import annotations

from datetime import date
from decimal import Decimal
from typing import ClassVar

from sqlalchemy import Boolean, CheckConstraint, Date, Index, Integer, Numeric, String, Text, text
from sqlalchemy.orm import Mapped, mapped_column

from app.models.base import SyncedBase, ref


class Teacher(SyncedBase):
    __tablename__ = "teacher"
    __table_args__ = (Index("ix_teacher_deleted_name_sort", "deleted", "name_sort"),)
    # Derived columns the sync stamp fills: sort key column -> Thai text it is made from.
    __sort_keys__: ClassVar[dict[str, str]] = {"name_sort": "first_name"}
    sync_order = 30

    college_id: Mapped[int] = ref("college.id")
    title_code: Mapped[str | None] = ref("name_title.code", nullable=True)
    first_name: Mapped[str] = mapped_column(String(100))
    last_name: Mapped[str] = mapped_column(String(100))
    national_id: Mapped[str | None] = mapped_column(String(13))
    subject_id: Mapped[int | None] = ref("subject.id", nullable=True)
    position: Mapped[str | None] = mapped_column(String(100))
    qualification: Mapped[str | None] = mapped_column(String(200))
    phone: Mapped[str | None] = mapped_column(String(20))
    name_sort: Mapped[str] = mapped_column(String(401), server_default=text("''"))


class SkillGap(SyncedBase):
    __tablename__ = "skill_gap"
    sync_order = 40

    teacher_id: Mapped[int] = ref("teacher.id")
    fiscal_year: Mapped[int] = mapped_column(Integer, index=True)
    competency: Mapped[str] = mapped_column(String(250))
    current_level: Mapped[int] = mapped_column(Integer)
    target_level: Mapped[int] = mapped_column(Integer)
    priority: Mapped[int] = mapped_column(Integer, default=2)


class TrainingCourse(SyncedBase):
    """A teacher-training curriculum (หลักสูตรฝึกอบรมครู)."""

    __tablename__ = "training_course"
    sync_order = 30

    center_id: Mapped[int] = ref("center.id")
    title: Mapped[str] = mapped_column(String(250))
    competencies: Mapped[str | None] = mapped_column(Text)
    hours: Mapped[int] = mapped_column(Integer)
    partner_enterprise_id: Mapped[int | None] = ref("enterprise.id", nullable=True)
    is_wbl: Mapped[bool] = mapped_column(Boolean, default=False, server_default=text("0"))


class TrainingRun(SyncedBase):
    __tablename__ = "training_run"
    sync_order = 40

    course_id: Mapped[int] = ref("training_course.id")
    starts_on: Mapped[date] = mapped_column(Date, index=True)
    ends_on: Mapped[date] = mapped_column(Date)
    venue: Mapped[str | None] = mapped_column(String(250))
    capacity: Mapped[int] = mapped_column(Integer)


class Enrollment(SyncedBase):
    __tablename__ = "enrollment"
    __table_args__ = (
        # The list of enrolments in its usual order (by run) as an index walk.
        Index("ix_enrollment_deleted_run", "deleted", "run_id"),
        # "Is this teacher already enrolled in this run?"
        Index("ix_enrollment_run_teacher", "run_id", "teacher_id"),
    )
    sync_order = 50

    run_id: Mapped[int] = ref("training_run.id")
    teacher_id: Mapped[int] = ref("teacher.id")
    attended_hours: Mapped[Decimal | None] = mapped_column(Numeric(6, 1))
    completed: Mapped[bool] = mapped_column(Boolean, default=False, server_default=text("0"))
    certificate_no: Mapped[str | None] = mapped_column(String(60))


class TeacherInternship(SyncedBase):
    """A teacher's internship in an enterprise; the report is due within 15 days of the end."""

    __tablename__ = "teacher_internship"
    sync_order = 40

    teacher_id: Mapped[int] = ref("teacher.id")
    enterprise_id: Mapped[int] = ref("enterprise.id")
    mentor_name: Mapped[str | None] = mapped_column(String(200))
    plan: Mapped[str | None] = mapped_column(Text)
    starts_on: Mapped[date] = mapped_column(Date, index=True)
    ends_on: Mapped[date] = mapped_column(Date)
    report_received_on: Mapped[date | None] = mapped_column(Date)


class DailyLog(SyncedBase):
    __tablename__ = "daily_log"
    sync_order = 50

    internship_id: Mapped[int] = ref("teacher_internship.id")
    log_date: Mapped[date] = mapped_column(Date)
    work_done: Mapped[str] = mapped_column(Text)
    hours: Mapped[Decimal] = mapped_column(Numeric(4, 1))


class InternshipVisit(SyncedBase):
    """A supervision visit to a teacher in an internship, planned and/or done."""

    __tablename__ = "internship_visit"
    __table_args__ = (
        CheckConstraint("rating IS NULL OR rating BETWEEN 1 AND 5", name="rating_range"),
    )
    sync_order = 50

    internship_id: Mapped[int] = ref("teacher_internship.id")
    planned_on: Mapped[date | None] = mapped_column(Date)
    visited_on: Mapped[date | None] = mapped_column(Date)
    visitor_name: Mapped[str | None] = mapped_column(String(200))
    findings: Mapped[str | None] = mapped_column(Text)
    rating: Mapped[int | None] = mapped_column(Integer)


class MediaContestEntry(SyncedBase):
    """An entry in a teaching-media contest of work-based learning (manual 6.1)."""

    __tablename__ = "media_contest_entry"
    sync_order = 40

    college_id: Mapped[int] = ref("college.id")
    teacher_id: Mapped[int | None] = ref("teacher.id", nullable=True)
    fiscal_year: Mapped[int] = mapped_column(Integer, index=True, comment="B.E.")
    contest: Mapped[str] = mapped_column(String(250))
    title: Mapped[str] = mapped_column(String(250))
    result: Mapped[str | None] = mapped_column(String(200))
