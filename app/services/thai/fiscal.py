"""Thai fiscal years (ปีงบประมาณ) and vocational academic years (ปีการศึกษา), in B.E.

Fiscal year N runs from 1 October of C.E. year N-544 to 30 September of C.E. year N-543:
it is named by the B.E. year it ends in. Academic year N starts on 16 May of C.E. year N-543
and ends on 15 May of the following year.
"""

from __future__ import annotations

from datetime import date, timedelta

from app.services.thai.dates import BE_OFFSET

FISCAL_YEAR_START_MONTH = 10
ACADEMIC_YEAR_START = (5, 16)  # (month, day) of the first day


def fiscal_year_of(d: date) -> int:
    """Return the B.E. fiscal year that contains ``d``: 30 Sep 2025 -> 2568, 1 Oct 2025 -> 2569."""
    return d.year + BE_OFFSET + (1 if d.month >= FISCAL_YEAR_START_MONTH else 0)


def fiscal_year_range(fy_be: int) -> tuple[date, date]:
    """Return the first and last day (both inclusive) of B.E. fiscal year ``fy_be``."""
    end_year_ce = fy_be - BE_OFFSET
    return date(end_year_ce - 1, FISCAL_YEAR_START_MONTH, 1), date(end_year_ce, 9, 30)


def current_fiscal_year(today: date | None = None) -> int:
    """Return the B.E. fiscal year of ``today`` (the system date when not given)."""
    return fiscal_year_of(today or date.today())


def academic_year_of(d: date) -> int:
    """Return the B.E. academic year that contains ``d``: 15 May 2025 -> 2567, 16 May -> 2568."""
    started = (d.month, d.day) >= ACADEMIC_YEAR_START
    return d.year + BE_OFFSET - (0 if started else 1)


def academic_year_range(ay_be: int) -> tuple[date, date]:
    """Return the first and last day (both inclusive) of B.E. academic year ``ay_be``."""
    start_year_ce = ay_be - BE_OFFSET
    month, day = ACADEMIC_YEAR_START
    first = date(start_year_ce, month, day)
    return first, date(start_year_ce + 1, month, day) - timedelta(days=1)


def current_academic_year(today: date | None = None) -> int:
    """Return the B.E. academic year of ``today`` (the system date when not given)."""
    return academic_year_of(today or date.today())
