"""Teacher-training results (manual 5.3): teachers trained per college group, certificates of
completion (วุฒิบัตร) and numbering them.

A teacher counts as trained in a fiscal year when a live, completed enrolment of theirs
belongs to a live run that starts in that year; a teacher who completed two runs counts once.
"""

from __future__ import annotations

from dataclasses import dataclass
from datetime import date
from decimal import Decimal

from sqlalchemy import ColumnElement, distinct, func, select
from sqlalchemy.orm import Session

from app.models.enums import CollegeGroupCode
from app.models.network import College
from app.models.reference import NameTitle
from app.models.teachers import Enrollment, Teacher, TrainingCourse, TrainingRun
from app.services.store import Store
from app.services.thai.dates import be_year
from app.services.thai.fiscal import fiscal_year_range

GROUP_ORDER = (
    CollegeGroupCode.CVM,
    CollegeGroupCode.EXCELLENT,
    CollegeGroupCode.EXPERT,
    CollegeGroupCode.STANDARD,
)
CERTIFICATE_PATTERN = "{year}/{run}/{seq:03d}"
"""A certificate number: B.E. year the run starts, run id, sequence within the run."""


@dataclass(frozen=True)
class TrainedCounts:
    """Distinct teachers trained in a fiscal year, per college group (every group) and all."""

    fiscal_year: int
    by_group: tuple[tuple[CollegeGroupCode, int], ...]
    total: int


@dataclass(frozen=True)
class Certificate:
    """One certificate of completion, with what its printout needs."""

    enrollment_id: int
    title_th: str | None
    first_name: str
    last_name: str
    college: str
    course: str
    starts_on: date
    ends_on: date
    hours: int
    attended_hours: Decimal | None
    certificate_no: str | None


def _completed_in(first: date, last: date) -> list[ColumnElement[bool]]:
    return [
        Enrollment.deleted.is_(False),
        Enrollment.completed.is_(True),
        TrainingRun.deleted.is_(False),
        TrainingRun.starts_on.between(first, last),
    ]


def teachers_trained(session: Session, fiscal_year: int) -> TrainedCounts:
    """Teachers with a completed enrolment in a run starting in ``fiscal_year`` (B.E.)."""
    first, last = fiscal_year_range(fiscal_year)
    base = (
        select(College.group, func.count(distinct(Enrollment.teacher_id)))
        .join(TrainingRun, TrainingRun.id == Enrollment.run_id)
        .join(Teacher, Teacher.id == Enrollment.teacher_id)
        .join(College, College.id == Teacher.college_id)
        .where(*_completed_in(first, last))
    )
    counts = {
        CollegeGroupCode(group): int(n)
        for group, n in session.execute(base.group_by(College.group))
    }
    total_query = (
        select(func.count(distinct(Enrollment.teacher_id)))
        .join(TrainingRun, TrainingRun.id == Enrollment.run_id)
        .where(*_completed_in(first, last))
    )
    total = int(session.execute(total_query).scalar_one())
    by_group = tuple((group, counts.get(group, 0)) for group in GROUP_ORDER)
    return TrainedCounts(fiscal_year, by_group, total)


def certificates(
    session: Session, *, run_id: int | None = None, fiscal_year: int | None = None
) -> list[Certificate]:
    """The certificates of completion of a run, or of the runs starting in a fiscal year:
    live completed enrolments, by run start, run, then certificate number."""
    query = (
        select(
            Enrollment.id,
            NameTitle.th,
            Teacher.first_name,
            Teacher.last_name,
            College.name_th,
            TrainingCourse.title,
            TrainingRun.starts_on,
            TrainingRun.ends_on,
            TrainingCourse.hours,
            Enrollment.attended_hours,
            Enrollment.certificate_no,
        )
        .join(TrainingRun, TrainingRun.id == Enrollment.run_id)
        .join(TrainingCourse, TrainingCourse.id == TrainingRun.course_id)
        .join(Teacher, Teacher.id == Enrollment.teacher_id)
        .join(College, College.id == Teacher.college_id)
        .outerjoin(NameTitle, NameTitle.code == Teacher.title_code)
        .where(
            Enrollment.deleted.is_(False),
            Enrollment.completed.is_(True),
            TrainingRun.deleted.is_(False),
        )
    )
    if run_id is not None:
        query = query.where(Enrollment.run_id == run_id)
    if fiscal_year is not None:
        first, last = fiscal_year_range(fiscal_year)
        query = query.where(TrainingRun.starts_on.between(first, last))
    query = query.order_by(
        TrainingRun.starts_on,
        TrainingRun.id,
        Enrollment.certificate_no.is_(None),
        Enrollment.certificate_no,
        Teacher.name_sort,
        Enrollment.id,
    )
    return [Certificate(*row) for row in session.execute(query)]


def certificate_number(starts_on: date, run_id: int, seq: int) -> str:
    return CERTIFICATE_PATTERN.format(year=be_year(starts_on.year), run=run_id, seq=seq)


def number_certificates(store: Store, run_id: int) -> int:
    """Give every completed enrolment of the run without a certificate number the next free
    number of the run's pattern (numbers already used anywhere are skipped), in one
    transaction; return how many were numbered."""
    with store.transaction() as session:
        run = session.get(TrainingRun, run_id)
        if run is None or run.deleted:
            return 0
        prefix = certificate_number(run.starts_on, run.id, 0).rsplit("/", 1)[0] + "/"
        used = set(
            session.scalars(
                select(Enrollment.certificate_no).where(
                    Enrollment.deleted.is_(False), Enrollment.certificate_no.startswith(prefix)
                )
            )
        )
        waiting = session.scalars(
            select(Enrollment)
            .join(Teacher, Teacher.id == Enrollment.teacher_id)
            .where(
                Enrollment.run_id == run_id,
                Enrollment.deleted.is_(False),
                Enrollment.completed.is_(True),
                Enrollment.certificate_no.is_(None),
            )
            .order_by(Teacher.name_sort, Enrollment.id)
        ).all()
        seq = 0
        for enrollment in waiting:
            seq += 1
            number = certificate_number(run.starts_on, run.id, seq)
            while number in used:
                seq += 1
                number = certificate_number(run.starts_on, run.id, seq)
            enrollment.certificate_no = number
            used.add(number)
        return len(waiting)
