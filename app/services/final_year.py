"""Final-year students: ปวช. year 3 and ปวส. year 2 (or later, for a student who repeats).

One rule for every figure that speaks of them: the short courses they may take (6.3), the
share of them certified (6.4) and the overview.
"""

from __future__ import annotations

from sqlalchemy import ColumnElement, and_, or_

from app.models.enums import Level
from app.models.students import Student

FINAL_YEARS: dict[Level, int] = {Level.PVC: 3, Level.PVS: 2}
"""The last year of study of each level with final-year students."""


def is_final_year(level: Level | str, year_of_study: int) -> bool:
    """Whether a student of ``level`` in ``year_of_study`` is in the final year."""
    try:
        last = FINAL_YEARS.get(Level(level))
    except ValueError:
        return False
    return last is not None and year_of_study >= last


def final_year_condition() -> ColumnElement[bool]:
    """SQL: the ``Student`` row is a live final-year student."""
    return and_(
        or_(
            *(
                and_(Student.level == level, Student.year_of_study >= year)
                for level, year in FINAL_YEARS.items()
            )
        ),
        Student.deleted.is_(False),
    )
