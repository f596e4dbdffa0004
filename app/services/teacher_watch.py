"""The teachers and certification watch of the home page (manual 4.1-4.3 and 5.4).

What a director chases, judged on one day: teacher-internship reports overdue (not in, and
more than 15 days since the internship ended), reports received late in the fiscal year of
that day, accredited test centers whose validity ends within 90 days or has ended, and
whether the network has an accredited TPQI, DSD and international center.
"""

from __future__ import annotations

from dataclasses import dataclass
from datetime import date

from sqlalchemy.orm import Session

from app.services.certification import CenterExpiry, KindCoverage, coverage, expiry_warnings
from app.services.internships import LateReport, late_reports
from app.services.listing.query import ReportState
from app.services.thai.fiscal import fiscal_year_of

SHOWN_ROWS = 5


@dataclass(frozen=True)
class TeacherWatch:
    """What the watch found on ``as_of``; the row tuples hold the first few of each count."""

    as_of: date
    overdue_count: int
    overdue: tuple[LateReport, ...]
    """Reports not received, the most days late first."""
    late_this_year: int
    """Reports of internships ending in the fiscal year of ``as_of`` that came late."""
    expiring_count: int
    expiring: tuple[CenterExpiry, ...]
    """Accredited centers, the first to end first."""
    coverage: tuple[KindCoverage, ...]

    @property
    def coverage_met(self) -> bool:
        return all(kind.met for kind in self.coverage)


def teacher_watch(session: Session, as_of: date, rows: int = SHOWN_ROWS) -> TeacherWatch:
    overdue = [r for r in late_reports(session, None, as_of) if r.state is ReportState.OVERDUE]
    late = late_reports(session, fiscal_year_of(as_of), as_of)
    expiring = expiry_warnings(session, as_of)
    return TeacherWatch(
        as_of=as_of,
        overdue_count=len(overdue),
        overdue=tuple(overdue[:rows]),
        late_this_year=sum(report.state is ReportState.LATE for report in late),
        expiring_count=len(expiring),
        expiring=tuple(expiring[:rows]),
        coverage=coverage(session, as_of),
    )
