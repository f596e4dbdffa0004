"""The manual's short-course target for a fiscal year (3.2, 6.3).

Each run of a short course should train "ผู้เข้ารับการฝึกอบรม ไม่น้อยกว่า 20 คน" (at least 20
trainees). For the runs starting in a B.E. fiscal year this gives, per run and per course,
the trainees and completions against that target, the totals, and how many students of the
final years (ปวช.3 / ปวส.2) were trained. Deleted trainees and runs never count.
"""

from __future__ import annotations

from dataclasses import dataclass
from datetime import date

from sqlalchemy import case, func, select
from sqlalchemy.orm import Session

from app.models.curriculum import ShortCourse, ShortCourseRun, ShortCourseTrainee
from app.models.network import College
from app.models.students import Student
from app.services.final_year import final_year_condition
from app.services.thai.fiscal import fiscal_year_range

TRAINEE_TARGET = 20
"""The least number of trainees a run should have (manual 3.2)."""


@dataclass(frozen=True)
class RunTarget:
    run_id: int
    course_id: int
    course_title: str
    college_name: str
    starts_on: date
    ends_on: date
    capacity: int
    trainees: int
    completed: int
    final_year_students: int

    @property
    def met(self) -> bool:
        return self.trainees >= TRAINEE_TARGET


@dataclass(frozen=True)
class CourseTarget:
    course_id: int
    course_title: str
    runs: int
    runs_met: int
    trainees: int
    completed: int
    final_year_students: int


@dataclass(frozen=True)
class TargetSummary:
    """The runs of one fiscal year against the 20-trainee target."""

    fiscal_year: int
    runs: tuple[RunTarget, ...]
    courses: tuple[CourseTarget, ...]

    @property
    def runs_met(self) -> int:
        return sum(1 for run in self.runs if run.met)

    @property
    def runs_not_met(self) -> int:
        return len(self.runs) - self.runs_met

    @property
    def trainees(self) -> int:
        return sum(run.trainees for run in self.runs)

    @property
    def completed(self) -> int:
        return sum(run.completed for run in self.runs)

    @property
    def final_year_students(self) -> int:
        return sum(run.final_year_students for run in self.runs)


def short_course_targets(session: Session, fiscal_year: int) -> TargetSummary:
    """The live runs starting in ``fiscal_year`` (B.E.), earliest first, and their courses."""
    first, last = fiscal_year_range(fiscal_year)
    final_year = case((final_year_condition(), 1), else_=0)
    counts = (
        select(
            ShortCourseTrainee.run_id.label("run_id"),
            func.count().label("trainees"),
            func.sum(case((ShortCourseTrainee.completed.is_(True), 1), else_=0)).label("done"),
            func.sum(final_year).label("final_year"),
        )
        .outerjoin(Student, Student.id == ShortCourseTrainee.student_id)
        .where(ShortCourseTrainee.deleted.is_(False))
        .group_by(ShortCourseTrainee.run_id)
        .subquery()
    )
    rows = session.execute(
        select(
            ShortCourseRun.id,
            ShortCourse.id,
            ShortCourse.title,
            College.name_th,
            ShortCourseRun.starts_on,
            ShortCourseRun.ends_on,
            ShortCourseRun.capacity,
            func.coalesce(counts.c.trainees, 0),
            func.coalesce(counts.c.done, 0),
            func.coalesce(counts.c.final_year, 0),
        )
        .join(ShortCourse, ShortCourse.id == ShortCourseRun.short_course_id)
        .join(College, College.id == ShortCourseRun.college_id)
        .outerjoin(counts, counts.c.run_id == ShortCourseRun.id)
        .where(
            ShortCourseRun.deleted.is_(False),
            ShortCourse.deleted.is_(False),
            ShortCourseRun.starts_on.between(first, last),
        )
        .order_by(ShortCourseRun.starts_on, ShortCourseRun.id)
    )
    runs = tuple(RunTarget(*row) for row in rows)
    return TargetSummary(fiscal_year, runs, _by_course(runs))


def _by_course(runs: tuple[RunTarget, ...]) -> tuple[CourseTarget, ...]:
    grouped: dict[int, list[RunTarget]] = {}
    for run in runs:
        grouped.setdefault(run.course_id, []).append(run)
    courses = [
        CourseTarget(
            course_id=course_id,
            course_title=items[0].course_title,
            runs=len(items),
            runs_met=sum(1 for run in items if run.met),
            trainees=sum(run.trainees for run in items),
            completed=sum(run.completed for run in items),
            final_year_students=sum(run.final_year_students for run in items),
        )
        for course_id, items in grouped.items()
    ]
    return tuple(sorted(courses, key=lambda course: (course.course_title, course.course_id)))
