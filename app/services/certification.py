"""Certification and test centers at a glance (manual 4.1-4.3, 5.5, 6.4): validity warnings,
whether the network has one accredited center of each kind, and the results of a fiscal year.

Final-year students follow the rule of ``app.services.overview`` (live students in ปวช. year 3
or ปวส. year 2 and beyond), so the two screens show the same number of final-year students.
"""

from __future__ import annotations

from dataclasses import dataclass
from datetime import date, timedelta
from typing import Any

from sqlalchemy import and_, distinct, func, or_, select
from sqlalchemy.orm import Session

from app.models.certification import Certification, CertificationCenter
from app.models.enums import (
    CertificationCenterKind,
    CertificationCenterStatus,
    CertificationResult,
    PersonKind,
)
from app.models.network import College
from app.models.students import Student
from app.services.final_year import final_year_condition
from app.services.thai.fiscal import fiscal_year_range

WARN_WITHIN_DAYS = 90
"""An accredited center whose validity ends within this many days is warned about."""


@dataclass(frozen=True)
class CenterExpiry:
    """An accredited center whose validity ends soon or has ended.

    ``days_left`` counts from the day judged on to the last valid day: 0 on that day,
    negative once it has ended (``-3``: ended three days ago).
    """

    center_id: int
    name: str
    kind: CertificationCenterKind
    college: str
    valid_until: date
    days_left: int

    @property
    def ended(self) -> bool:
        return self.days_left < 0


@dataclass(frozen=True)
class KindCoverage:
    """Whether the network has an accredited center of ``kind`` valid on the day."""

    kind: CertificationCenterKind
    centers: int

    @property
    def met(self) -> bool:
        return self.centers > 0


@dataclass(frozen=True)
class ResultCount:
    """Results of one center kind (None: no center recorded) and one person kind."""

    center_kind: CertificationCenterKind | None
    person_kind: PersonKind
    assessed: int
    passed: int


@dataclass(frozen=True)
class FinalYearShare:
    """Final-year students and how many of them passed an assessment in the year."""

    final_year: int
    certified: int

    @property
    def percent(self) -> float | None:
        """The share with one decimal; None ("no data") without final-year students."""
        if self.final_year <= 0:
            return None
        return round(100.0 * self.certified / self.final_year, 1)


@dataclass(frozen=True)
class YearResults:
    fiscal_year: int
    counts: tuple[ResultCount, ...]
    teachers_certified: int
    final_year: FinalYearShare

    @property
    def assessed(self) -> int:
        return sum(count.assessed for count in self.counts)

    @property
    def passed(self) -> int:
        return sum(count.passed for count in self.counts)


def _accredited() -> Any:
    return and_(
        CertificationCenter.deleted.is_(False),
        CertificationCenter.status == CertificationCenterStatus.ACCREDITED,
    )


def expiry_warnings(session: Session, today: date) -> list[CenterExpiry]:
    """Accredited centers whose validity ends within 90 days of ``today`` or has ended,
    the first to end first."""
    rows = session.execute(
        select(
            CertificationCenter.id,
            CertificationCenter.name,
            CertificationCenter.kind,
            College.name_th,
            CertificationCenter.valid_until,
        )
        .join(College, College.id == CertificationCenter.college_id)
        .where(
            _accredited(),
            CertificationCenter.valid_until <= today + timedelta(days=WARN_WITHIN_DAYS),
        )
        .order_by(CertificationCenter.valid_until, CertificationCenter.id)
    )
    return [
        CenterExpiry(
            row_id, name, CertificationCenterKind(kind), college, until, (until - today).days
        )
        for row_id, name, kind, college, until in rows
    ]


def coverage(session: Session, today: date) -> tuple[KindCoverage, ...]:
    """For TPQI, DSD and international (in that order): the accredited centers valid on
    ``today`` (manual 4.1-4.3 ask for one of each)."""
    counts: dict[Any, int] = {
        kind: int(number)
        for kind, number in session.execute(
            select(CertificationCenter.kind, func.count())
            .where(
                _accredited(),
                or_(
                    CertificationCenter.valid_until.is_(None),
                    CertificationCenter.valid_until >= today,
                ),
                or_(
                    CertificationCenter.valid_from.is_(None),
                    CertificationCenter.valid_from <= today,
                ),
            )
            .group_by(CertificationCenter.kind)
        )
    }
    return tuple(KindCoverage(kind, counts.get(kind, 0)) for kind in CertificationCenterKind)


def final_year_share(session: Session, fiscal_year: int) -> FinalYearShare:
    """Final-year students, and those of them with a passed result (as a student or as a
    graduate) assessed in B.E. fiscal year ``fiscal_year``."""
    first, last = fiscal_year_range(fiscal_year)
    final_year = session.scalar(
        select(func.count()).select_from(Student).where(final_year_condition())
    )
    certified = session.scalar(
        select(func.count(distinct(Certification.student_id)))
        .join(Student, Student.id == Certification.student_id)
        .where(
            final_year_condition(),
            Certification.deleted.is_(False),
            Certification.person_kind.in_([PersonKind.STUDENT, PersonKind.GRADUATE]),
            Certification.result == CertificationResult.PASSED,
            Certification.assessed_on.between(first, last),
        )
    )
    return FinalYearShare(int(final_year or 0), int(certified or 0))


def year_results(session: Session, fiscal_year: int) -> YearResults:
    """The results assessed in B.E. fiscal year ``fiscal_year``: by center kind and person
    kind, teachers certified (manual 5.5) and the final-year share (6.4)."""
    first, last = fiscal_year_range(fiscal_year)
    rows = session.execute(
        select(
            CertificationCenter.kind,
            Certification.person_kind,
            Certification.result,
            func.count(),
        )
        .select_from(Certification)
        .outerjoin(
            CertificationCenter,
            CertificationCenter.id == Certification.certification_center_id,
        )
        .where(
            Certification.deleted.is_(False),
            Certification.assessed_on.between(first, last),
        )
        .group_by(CertificationCenter.kind, Certification.person_kind, Certification.result)
    ).all()
    totals: dict[tuple[CertificationCenterKind | None, PersonKind], list[int]] = {}
    for center_kind, person_kind, result, number in rows:
        key = (
            None if center_kind is None else CertificationCenterKind(center_kind),
            PersonKind(person_kind),
        )
        counted = totals.setdefault(key, [0, 0])
        counted[0] += int(number)
        if CertificationResult(result) is CertificationResult.PASSED:
            counted[1] += int(number)
    kind_order = {kind: position for position, kind in enumerate(CertificationCenterKind)}
    person_order = {kind: position for position, kind in enumerate(PersonKind)}
    counts = tuple(
        ResultCount(center_kind, person_kind, assessed, passed_count)
        for (center_kind, person_kind), (assessed, passed_count) in sorted(
            totals.items(),
            key=lambda item: (
                len(kind_order) if item[0][0] is None else kind_order[item[0][0]],
                person_order[item[0][1]],
            ),
        )
    )
    teachers = session.scalar(
        select(func.count(distinct(Certification.teacher_id))).where(
            Certification.deleted.is_(False),
            Certification.person_kind == PersonKind.TEACHER,
            Certification.result == CertificationResult.PASSED,
            Certification.assessed_on.between(first, last),
        )
    )
    return YearResults(
        fiscal_year, counts, int(teachers or 0), final_year_share(session, fiscal_year)
    )
