"""Which TPQI units of competency a curriculum covers, and which it does not yet (manual 3.1).

The units a curriculum should cover are those of the occupation standards it already maps
courses to: every live unit of such a standard that no live course of the curriculum covers
is in its gap. (A unit does not record its excellent subject, so the standards the
curriculum maps are the only way to tell which units belong to it.)
"""

from __future__ import annotations

from collections import Counter
from dataclasses import dataclass

from sqlalchemy import select
from sqlalchemy.orm import Session

from app.models.curriculum import CompetencyUnit, CurriculumUnit


@dataclass(frozen=True)
class Course:
    code: str
    title: str


@dataclass(frozen=True)
class UnitCoverage:
    """A unit of competency and the curriculum's courses that cover it (none: a gap)."""

    unit_id: int
    code: str
    title: str
    tpqi_level: int
    occupation_standard: str | None
    courses: tuple[Course, ...] = ()


@dataclass(frozen=True)
class LevelCount:
    tpqi_level: int
    mapped: int
    gap: int


@dataclass(frozen=True)
class CurriculumGap:
    curriculum_id: int
    mapped: tuple[UnitCoverage, ...]
    gap: tuple[UnitCoverage, ...]
    standards: tuple[str, ...]
    """The occupation standards the curriculum maps courses to."""

    def levels(self) -> tuple[LevelCount, ...]:
        """Per TPQI level: units covered and units in the gap (levels with either only)."""
        mapped = Counter(unit.tpqi_level for unit in self.mapped)
        gap = Counter(unit.tpqi_level for unit in self.gap)
        return tuple(
            LevelCount(level, mapped[level], gap[level]) for level in sorted(set(mapped) | set(gap))
        )


def _unit(row: CompetencyUnit, courses: tuple[Course, ...] = ()) -> UnitCoverage:
    return UnitCoverage(
        row.id, row.code, row.title, row.tpqi_level, row.occupation_standard, courses
    )


def curriculum_gap(session: Session, curriculum_id: int) -> CurriculumGap:
    """The units ``curriculum_id`` covers (with their courses) and its gap, by unit code."""
    pairs = session.execute(
        select(CompetencyUnit, CurriculumUnit.course_code, CurriculumUnit.course_title)
        .join(CurriculumUnit, CurriculumUnit.competency_unit_id == CompetencyUnit.id)
        .where(
            CurriculumUnit.curriculum_id == curriculum_id,
            CurriculumUnit.deleted.is_(False),
            CompetencyUnit.deleted.is_(False),
        )
        .order_by(CompetencyUnit.code, CurriculumUnit.course_code)
    ).all()
    units: dict[int, CompetencyUnit] = {}
    courses: dict[int, list[Course]] = {}
    for unit, code, title in pairs:
        units.setdefault(unit.id, unit)
        courses.setdefault(unit.id, []).append(Course(code, title))
    mapped = tuple(_unit(unit, tuple(courses[unit.id])) for unit in units.values())
    standards = sorted({u.occupation_standard for u in units.values() if u.occupation_standard})
    gap: tuple[UnitCoverage, ...] = ()
    if standards:
        others = session.scalars(
            select(CompetencyUnit)
            .where(
                CompetencyUnit.deleted.is_(False),
                CompetencyUnit.occupation_standard.in_(standards),
                CompetencyUnit.id.not_in(list(units)),
            )
            .order_by(CompetencyUnit.code)
        )
        gap = tuple(_unit(unit) for unit in others)
    return CurriculumGap(curriculum_id, mapped, gap, tuple(standards))
