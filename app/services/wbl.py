"""Work-based learning figures of a fiscal year (manual 6.1): teachers trained in WBL per
college group, WBL placements per college, teaching-media contest entries and the trainee
list for certificates of the WBL trainings.

A teacher counts as trained in WBL by the rule of the overview's 6.1 figure: a live,
completed enrolment in a live run, starting in the year, of a course marked WBL; a teacher
who completed two such runs counts once.
"""

from __future__ import annotations

from dataclasses import dataclass

from sqlalchemy import ColumnElement, distinct, func, select
from sqlalchemy.orm import Session

from app.models.enums import CollegeGroupCode, PlacementMode, PlacementStatus
from app.models.network import College
from app.models.students import Placement
from app.models.teachers import (
    Enrollment,
    MediaContestEntry,
    Teacher,
    TrainingCourse,
    TrainingRun,
)
from app.services.thai.fiscal import fiscal_year_range
from app.services.training import GROUP_ORDER, Certificate, TrainedCounts, certificates


@dataclass(frozen=True)
class CollegeCount:
    college_id: int
    college: str
    count: int


@dataclass(frozen=True)
class ContestCount:
    """A contest's entries in the year and how many of them have a result recorded."""

    contest: str
    entries: int
    with_result: int


@dataclass(frozen=True)
class WblYear:
    """The work-based learning figures of one fiscal year (B.E.)."""

    fiscal_year: int
    teachers: TrainedCounts
    placements: tuple[CollegeCount, ...]
    contests: tuple[ContestCount, ...]

    @property
    def placements_total(self) -> int:
        return sum(item.count for item in self.placements)

    @property
    def entries(self) -> int:
        return sum(item.entries for item in self.contests)

    @property
    def entries_with_result(self) -> int:
        return sum(item.with_result for item in self.contests)


def _wbl_completed(fiscal_year: int) -> list[ColumnElement[bool]]:
    first, last = fiscal_year_range(fiscal_year)
    return [
        Enrollment.deleted.is_(False),
        Enrollment.completed.is_(True),
        TrainingRun.deleted.is_(False),
        TrainingRun.starts_on.between(first, last),
        TrainingCourse.is_wbl.is_(True),
    ]


def wbl_teachers(session: Session, fiscal_year: int) -> TrainedCounts:
    """Distinct teachers trained in WBL in ``fiscal_year``, per college group and in all."""
    base = (
        select(func.count(distinct(Enrollment.teacher_id)))
        .select_from(Enrollment)
        .join(TrainingRun, TrainingRun.id == Enrollment.run_id)
        .join(TrainingCourse, TrainingCourse.id == TrainingRun.course_id)
        .where(*_wbl_completed(fiscal_year))
    )
    total = int(session.execute(base).scalar_one())
    grouped = (
        base.add_columns(College.group)
        .join(Teacher, Teacher.id == Enrollment.teacher_id)
        .join(College, College.id == Teacher.college_id)
        .group_by(College.group)
    )
    counts = {CollegeGroupCode(group): int(n) for n, group in session.execute(grouped)}
    by_group = tuple((group, counts.get(group, 0)) for group in GROUP_ORDER)
    return TrainedCounts(fiscal_year, by_group, total)


def wbl_placements(session: Session, fiscal_year: int) -> tuple[CollegeCount, ...]:
    """WBL placements starting in ``fiscal_year`` and not withdrawn, per college (most first)."""
    first, last = fiscal_year_range(fiscal_year)
    count = func.count(Placement.id)
    query = (
        select(College.id, College.name_th, count)
        .join(College, College.id == Placement.college_id)
        .where(
            Placement.deleted.is_(False),
            Placement.mode == PlacementMode.WBL,
            Placement.status != PlacementStatus.WITHDRAWN,
            Placement.starts_on.between(first, last),
        )
        .group_by(College.id, College.name_th, College.name_sort)
        .order_by(count.desc(), College.name_sort)
    )
    return tuple(CollegeCount(row_id, name, int(n)) for row_id, name, n in session.execute(query))


def contest_counts(session: Session, fiscal_year: int) -> tuple[ContestCount, ...]:
    """Each contest's live entries of ``fiscal_year`` and those with a result, by contest."""
    has_result = func.sum(func.coalesce(func.length(func.trim(MediaContestEntry.result)), 0) > 0)
    query = (
        select(MediaContestEntry.contest, func.count(), has_result)
        .where(MediaContestEntry.deleted.is_(False), MediaContestEntry.fiscal_year == fiscal_year)
        .group_by(MediaContestEntry.contest)
        .order_by(MediaContestEntry.contest)
    )
    return tuple(
        ContestCount(contest, int(n), int(done or 0)) for contest, n, done in session.execute(query)
    )


def wbl_year(session: Session, fiscal_year: int) -> WblYear:
    """Every WBL figure of ``fiscal_year`` (B.E.)."""
    return WblYear(
        fiscal_year,
        wbl_teachers(session, fiscal_year),
        wbl_placements(session, fiscal_year),
        contest_counts(session, fiscal_year),
    )


def wbl_certificates(session: Session, fiscal_year: int) -> list[Certificate]:
    """The trainee list for certificates: completed enrolments in WBL courses' runs starting
    in ``fiscal_year``, in the order of :func:`app.services.training.certificates`."""
    first, last = fiscal_year_range(fiscal_year)
    wbl_ids = set(
        session.scalars(
            select(Enrollment.id)
            .join(TrainingRun, TrainingRun.id == Enrollment.run_id)
            .join(TrainingCourse, TrainingCourse.id == TrainingRun.course_id)
            .where(
                TrainingCourse.is_wbl.is_(True),
                TrainingRun.starts_on.between(first, last),
            )
        )
    )
    return [
        item
        for item in certificates(session, fiscal_year=fiscal_year)
        if item.enrollment_id in wbl_ids
    ]
