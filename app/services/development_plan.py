"""The teacher development plan of a fiscal year (manual activity 5.1).

Every network teacher (the live teachers of the colleges of this installation's center) with
the skill gaps recorded for the year; for each gap the teacher-training curricula whose title
or competencies contain the competency (case and spaces ignored), and whether the teacher is
already enrolled in a run of such a curriculum that starts in the year. The manual's target:
every network teacher has a recorded skill gap.
"""

from __future__ import annotations

from collections import defaultdict
from dataclasses import dataclass
from typing import Any

from sqlalchemy import select
from sqlalchemy.orm import Session

from app.models.network import College
from app.models.teachers import Enrollment, SkillGap, Teacher, TrainingCourse, TrainingRun
from app.services.tabular.records import site_context
from app.services.thai.fiscal import fiscal_year_range


@dataclass(frozen=True)
class PlannedCourse:
    """A teacher-training curriculum that covers a competency."""

    course_id: int
    title: str


@dataclass(frozen=True)
class PlannedGap:
    """One recorded gap of a teacher and the training that would close it."""

    gap_id: int
    competency: str
    current_level: int
    target_level: int
    priority: int
    """1 high, 2 medium, 3 low"""
    courses: tuple[PlannedCourse, ...]
    enrolled: bool
    """The teacher is enrolled in a run of one of ``courses`` starting in the fiscal year."""

    @property
    def covered(self) -> bool:
        return bool(self.courses)


@dataclass(frozen=True)
class TeacherPlan:
    """A network teacher and the gaps recorded for the year (highest priority first)."""

    teacher_id: int
    first_name: str
    last_name: str
    college_id: int
    college_name: str
    gaps: tuple[PlannedGap, ...]

    @property
    def name(self) -> str:
        return f"{self.first_name} {self.last_name}".strip()

    @property
    def has_gap(self) -> bool:
        return bool(self.gaps)


@dataclass(frozen=True)
class CompetencyNeed:
    """A competency the network's teachers need, over every teacher who needs it."""

    competency: str
    teachers: int
    courses: tuple[PlannedCourse, ...]
    enrolled: int
    """Of those teachers, how many are enrolled in a covering run starting in the year."""

    @property
    def covered(self) -> bool:
        return bool(self.courses)


@dataclass(frozen=True)
class DevelopmentPlan:
    fiscal_year: int
    teachers: tuple[TeacherPlan, ...]
    """Every network teacher in Thai order of first name, with or without a gap."""
    competencies: tuple[CompetencyNeed, ...]
    """The competencies needed, most needed first."""

    @property
    def network_teachers(self) -> int:
        return len(self.teachers)

    @property
    def with_gap(self) -> int:
        return sum(1 for teacher in self.teachers if teacher.has_gap)

    @property
    def without_gap(self) -> int:
        return self.network_teachers - self.with_gap

    @property
    def target_met(self) -> bool:
        """Every network teacher has a recorded skill gap (and there is a teacher)."""
        return self.network_teachers > 0 and self.without_gap == 0

    def teachers_without_gap(self) -> list[TeacherPlan]:
        return [teacher for teacher in self.teachers if not teacher.has_gap]


def text_key(text: str | None) -> str:
    """Text reduced for "contains": spaces removed, case folded."""
    return "".join((text or "").split()).casefold()


def _courses(session: Session) -> list[tuple[PlannedCourse, str]]:
    """Live teacher-training curricula with the text a competency is looked for in."""
    rows = session.execute(
        select(TrainingCourse.id, TrainingCourse.title, TrainingCourse.competencies)
        .where(TrainingCourse.deleted.is_(False))
        .order_by(TrainingCourse.title, TrainingCourse.id)
    )
    return [
        (PlannedCourse(course_id, title), text_key(title) + "\n" + text_key(competencies))
        for course_id, title, competencies in rows
    ]


def _enrolments(session: Session, fiscal_year: int) -> set[tuple[int, int]]:
    """(teacher, course) of the live enrolments in live runs starting in the fiscal year."""
    first, last = fiscal_year_range(fiscal_year)
    rows = session.execute(
        select(Enrollment.teacher_id, TrainingRun.course_id)
        .join(TrainingRun, TrainingRun.id == Enrollment.run_id)
        .where(
            Enrollment.deleted.is_(False),
            TrainingRun.deleted.is_(False),
            TrainingRun.starts_on.between(first, last),
        )
    )
    return {(teacher_id, course_id) for teacher_id, course_id in rows}


def _network(center_id: int | None) -> Any:
    condition = College.deleted.is_(False) & Teacher.deleted.is_(False)
    if center_id is not None:
        condition = condition & (College.center_id == center_id)
    return condition


def development_plan(
    session: Session, fiscal_year: int, center_id: int | None = None
) -> DevelopmentPlan:
    """The plan of the B.E. ``fiscal_year`` for the teachers of ``center_id``'s colleges
    (default: this installation's center; every live teacher when there is none)."""
    if center_id is None:
        center_id = site_context(session).center_id
    teachers = session.execute(
        select(Teacher.id, Teacher.first_name, Teacher.last_name, College.id, College.name_th)
        .join(College, College.id == Teacher.college_id)
        .where(_network(center_id))
        .order_by(Teacher.name_sort, Teacher.id)
    ).all()
    gaps_of: dict[int, list[SkillGap]] = defaultdict(list)
    for gap in session.scalars(
        select(SkillGap)
        .join(Teacher, Teacher.id == SkillGap.teacher_id)
        .join(College, College.id == Teacher.college_id)
        .where(_network(center_id), SkillGap.deleted.is_(False))
        .where(SkillGap.fiscal_year == fiscal_year)
    ):
        gaps_of[gap.teacher_id].append(gap)
    courses = _courses(session)
    enrolled = _enrolments(session, fiscal_year)
    matches: dict[str, tuple[PlannedCourse, ...]] = {}

    def covering(competency: str) -> tuple[PlannedCourse, ...]:
        key = text_key(competency)
        if key not in matches:
            matches[key] = tuple(course for course, text in courses if key and key in text)
        return matches[key]

    plans: list[TeacherPlan] = []
    for teacher_id, first, last, college_id, college_name in teachers:
        planned = []
        for gap in gaps_of.get(teacher_id, []):
            found = covering(gap.competency)
            planned.append(
                PlannedGap(
                    gap_id=gap.id,
                    competency=gap.competency,
                    current_level=gap.current_level,
                    target_level=gap.target_level,
                    priority=gap.priority,
                    courses=found,
                    enrolled=any((teacher_id, course.course_id) in enrolled for course in found),
                )
            )
        planned.sort(key=lambda gap: (gap.priority, text_key(gap.competency), gap.gap_id))
        plans.append(TeacherPlan(teacher_id, first, last, college_id, college_name, tuple(planned)))
    return DevelopmentPlan(fiscal_year, tuple(plans), _needs(plans, covering))


def _needs(plans: list[TeacherPlan], covering: Any) -> tuple[CompetencyNeed, ...]:
    names: dict[str, str] = {}
    needing: dict[str, set[int]] = defaultdict(set)
    enrolled: dict[str, set[int]] = defaultdict(set)
    for teacher in plans:
        for gap in teacher.gaps:
            key = text_key(gap.competency)
            names.setdefault(key, gap.competency)
            needing[key].add(teacher.teacher_id)
            if gap.enrolled:
                enrolled[key].add(teacher.teacher_id)
    needs = [
        CompetencyNeed(names[key], len(needing[key]), covering(names[key]), len(enrolled[key]))
        for key in names
    ]
    needs.sort(key=lambda need: (-need.teachers, text_key(need.competency)))
    return tuple(needs)
