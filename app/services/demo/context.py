"""What the demo generator's steps share: the seeded RNG, the calendar window, the ids made."""

from __future__ import annotations

import random
from collections.abc import Callable, Sequence
from dataclasses import dataclass, field
from datetime import date, timedelta
from typing import TypeVar

from app.models.enums import CollegeGroupCode, EnterpriseSize, Level, Ownership
from app.services.demo.writer import BatchWriter
from app.services.thai.fiscal import fiscal_year_of, fiscal_year_range

T = TypeVar("T")

Progress = Callable[[int, str], None]


@dataclass(frozen=True)
class Window:
    """The three fiscal years (B.E.) the demo covers, ending with the one holding ``today``."""

    today: date
    fiscal_years: tuple[int, ...]

    @classmethod
    def ending(cls, today: date, years: int = 3) -> Window:
        current = fiscal_year_of(today)
        return cls(today, tuple(range(current - years + 1, current + 1)))

    @property
    def current_fy(self) -> int:
        return self.fiscal_years[-1]

    @property
    def first_day(self) -> date:
        return fiscal_year_range(self.fiscal_years[0])[0]

    @property
    def last_day(self) -> date:
        return fiscal_year_range(self.fiscal_years[-1])[1]

    def fy_range(self, fy: int) -> tuple[date, date]:
        return fiscal_year_range(fy)

    def elapsed_share(self, fy: int) -> float:
        """How much of fiscal year ``fy`` lies before or on today (0 to 1)."""
        first, last = fiscal_year_range(fy)
        done = (min(self.today, last) - first).days + 1
        return max(0.0, min(1.0, done / ((last - first).days + 1)))

    def past_part(self, fy: int) -> tuple[date, date] | None:
        """The days of ``fy`` up to today, or None when the year has not started."""
        first, last = fiscal_year_range(fy)
        if first > self.today:
            return None
        return first, min(last, self.today)


@dataclass
class CollegeInfo:
    id: int
    name_th: str
    group: CollegeGroupCode
    ownership: Ownership
    province_code: str
    levels: tuple[Level, ...]
    offers_dual: bool
    weight: float
    index: int
    teacher_ids: list[int] = field(default_factory=list)
    partner_ids: list[int] = field(default_factory=list)


@dataclass(frozen=True)
class ShortRun:
    id: int
    starts_on: date
    ends_on: date
    capacity: int


@dataclass
class DemoContext:
    """The state passed from step to step; only ids needed for later foreign keys are kept."""

    rng: random.Random
    writer: BatchWriter
    window: Window
    scale: float
    center_id: int
    subject_id: int
    subject_th: str
    host_college_id: int
    report: Progress
    colleges: list[CollegeInfo] = field(default_factory=list)
    domestic_enterprise_ids: list[int] = field(default_factory=list)
    abroad_enterprise_ids: list[int] = field(default_factory=list)
    teacher_ids: list[int] = field(default_factory=list)
    enterprise_names: list[str] = field(default_factory=list)
    enterprise_sizes: dict[int, EnterpriseSize] = field(default_factory=dict)
    province_names: dict[str, str] = field(default_factory=dict)
    certification_center_ids: dict[str, int] = field(default_factory=dict)
    assessment_round_ids: dict[tuple[str, str, int, int], int] = field(default_factory=dict)
    """(center kind, standard, year, month) -> the round its results of that month belong to"""
    short_course_runs: list[ShortRun] = field(default_factory=list)
    student_trainees: list[tuple[int, str]] = field(default_factory=list)
    serials: dict[str, int] = field(default_factory=dict)

    @property
    def today(self) -> date:
        return self.window.today

    @property
    def enterprise_ids(self) -> list[int]:
        return self.domestic_enterprise_ids + self.abroad_enterprise_ids

    def scaled(self, base: float, minimum: int = 0) -> int:
        """``base`` people or events multiplied by the scale, never below ``minimum``."""
        return max(minimum, round(base * self.scale))

    def serial(self, name: str) -> int:
        """The next number of a named counter (certificate numbers, ids ...), from 1."""
        value = self.serials.get(name, 0) + 1
        self.serials[name] = value
        return value

    def day_between(self, first: date, last: date) -> date:
        if last <= first:
            return first
        return first + timedelta(days=self.rng.randint(0, (last - first).days))

    def pick(self, items: Sequence[T]) -> T:
        return items[self.rng.randrange(len(items))]

    def chance(self, probability: float) -> bool:
        return self.rng.random() < probability


def split_by_weight(total: int, weights: Sequence[float], minimum: int = 0) -> list[int]:
    """Share ``total`` among ``weights`` (largest remainder), each share at least ``minimum``."""
    if not weights:
        return []
    spare = max(0, total - minimum * len(weights))
    whole = sum(weights)
    exact = [spare * w / whole for w in weights]
    shares = [int(x) for x in exact]
    order = sorted(range(len(weights)), key=lambda i: (shares[i] - exact[i], i))
    for i in order[: spare - sum(shares)]:
        shares[i] += 1
    return [minimum + s for s in shares]


def thai_id_check_digit(first12: str) -> str:
    """The 13th digit of a Thai national id (weights 13 .. 2, mod 11)."""
    total = sum(int(digit) * (13 - position) for position, digit in enumerate(first12))
    return str((11 - total % 11) % 10)


def synthetic_national_id(first_digit: int, serial: int) -> str:
    """A checksum-valid id that is plainly made up: its province digits are "99" (none such)."""
    body = f"{first_digit}99{serial:09d}"
    return body + thai_id_check_digit(body)
