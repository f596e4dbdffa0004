"""Curricula, TPQI units of competency and short courses (manual 3.1-3.2)."""

from __future__ import annotations

from datetime import date

from sqlalchemy import Boolean, CheckConstraint, Date, Integer, String, Text, text
from sqlalchemy.orm import Mapped, mapped_column

from app.models.base import SyncedBase, choice, ref
from app.models.enums import Level, RevisionStatus, SkillTrack, TraineeCategory


class Curriculum(SyncedBase):
    __tablename__ = "curriculum"
    sync_order = 30

    subject_id: Mapped[int] = ref("subject.id")
    level: Mapped[Level] = choice(Level)
    edition_year: Mapped[int] = mapped_column(Integer, comment="B.E. edition, e.g. 2562")
    title: Mapped[str] = mapped_column(String(250))
    revision_status: Mapped[RevisionStatus] = choice(RevisionStatus)
    # The approval steps of a revision, in order; ``approved_on`` is the last.
    revision_started_on: Mapped[date | None] = mapped_column(Date)
    enterprise_review_on: Mapped[date | None] = mapped_column(Date)
    board_approved_on: Mapped[date | None] = mapped_column(Date)
    submitted_on: Mapped[date | None] = mapped_column(Date)
    approved_on: Mapped[date | None] = mapped_column(Date)


class CompetencyUnit(SyncedBase):
    """A TPQI unit of competency (หน่วยสมรรถนะ), level 1-8."""

    __tablename__ = "competency_unit"
    __table_args__ = (CheckConstraint("tpqi_level BETWEEN 1 AND 8", name="tpqi_level_range"),)
    sync_order = 20

    code: Mapped[str] = mapped_column(String(40), unique=True)
    title: Mapped[str] = mapped_column(String(300))
    tpqi_level: Mapped[int] = mapped_column(Integer)
    occupation_standard: Mapped[str | None] = mapped_column(String(250))


class CurriculumUnit(SyncedBase):
    """A curriculum course mapped to a unit of competency."""

    __tablename__ = "curriculum_unit"
    sync_order = 40

    curriculum_id: Mapped[int] = ref("curriculum.id")
    competency_unit_id: Mapped[int] = ref("competency_unit.id")
    course_code: Mapped[str] = mapped_column(String(20))
    course_title: Mapped[str] = mapped_column(String(250))


class ShortCourse(SyncedBase):
    __tablename__ = "short_course"
    sync_order = 30

    center_id: Mapped[int] = ref("center.id")
    college_id: Mapped[int | None] = ref("college.id", nullable=True)
    title: Mapped[str] = mapped_column(String(250))
    track: Mapped[SkillTrack] = choice(SkillTrack)
    hours: Mapped[int] = mapped_column(Integer)
    competencies: Mapped[str | None] = mapped_column(Text)
    approved_on: Mapped[date | None] = mapped_column(Date)
    approved_by: Mapped[str | None] = mapped_column(String(200), comment="the college director")


class ShortCourseRun(SyncedBase):
    __tablename__ = "short_course_run"
    sync_order = 40

    short_course_id: Mapped[int] = ref("short_course.id")
    college_id: Mapped[int] = ref("college.id")
    starts_on: Mapped[date] = mapped_column(Date, index=True)
    ends_on: Mapped[date] = mapped_column(Date)
    capacity: Mapped[int] = mapped_column(Integer)


class ShortCourseTrainee(SyncedBase):
    __tablename__ = "short_course_trainee"
    sync_order = 60

    run_id: Mapped[int] = ref("short_course_run.id")
    category: Mapped[TraineeCategory] = choice(TraineeCategory)
    student_id: Mapped[int | None] = ref("student.id", nullable=True)
    full_name: Mapped[str] = mapped_column(String(200))
    completed: Mapped[bool] = mapped_column(Boolean, default=False, server_default=text("0"))
