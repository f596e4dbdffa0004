from __future__ import annotations

from datetime import date

import pytest

from app.services.thai.fiscal import (
    academic_year_of,
    academic_year_range,
    current_academic_year,
    current_fiscal_year,
    fiscal_year_of,
    fiscal_year_range,
)


@pytest.mark.parametrize(
    ("day", "fiscal_year"),
    [
        (date(2025, 9, 30), 2568),
        (date(2025, 10, 1), 2569),
        (date(2025, 1, 1), 2568),
        (date(2024, 12, 31), 2568),
        (date(2022, 10, 1), 2566),
        (date(2023, 9, 30), 2566),
    ],
)
def test_fiscal_year_of(day: date, fiscal_year: int) -> None:
    assert fiscal_year_of(day) == fiscal_year


def test_fiscal_year_range_is_inclusive_october_to_september() -> None:
    assert fiscal_year_range(2566) == (date(2022, 10, 1), date(2023, 9, 30))
    assert fiscal_year_range(2569) == (date(2025, 10, 1), date(2026, 9, 30))


def test_fiscal_year_range_agrees_with_fiscal_year_of() -> None:
    for fy in range(2560, 2575):
        first, last = fiscal_year_range(fy)
        assert fiscal_year_of(first) == fiscal_year_of(last) == fy
        assert fiscal_year_of(date.fromordinal(first.toordinal() - 1)) == fy - 1
        assert fiscal_year_of(date.fromordinal(last.toordinal() + 1)) == fy + 1


def test_current_fiscal_year_uses_the_given_day() -> None:
    assert current_fiscal_year(date(2025, 11, 21)) == 2569
    today = date.today()
    assert current_fiscal_year() == fiscal_year_of(today)


@pytest.mark.parametrize(
    ("day", "academic_year"),
    [
        (date(2025, 5, 15), 2567),
        (date(2025, 5, 16), 2568),
        (date(2025, 10, 1), 2568),
        (date(2026, 3, 31), 2568),
        (date(2026, 5, 15), 2568),
        (date(2026, 5, 16), 2569),
    ],
)
def test_academic_year_of(day: date, academic_year: int) -> None:
    assert academic_year_of(day) == academic_year


def test_academic_year_range() -> None:
    assert academic_year_range(2568) == (date(2025, 5, 16), date(2026, 5, 15))
    assert academic_year_range(2567) == (date(2024, 5, 16), date(2025, 5, 15))


def test_current_academic_year_uses_the_given_day() -> None:
    assert current_academic_year(date(2025, 11, 21)) == 2568
    assert current_academic_year() == academic_year_of(date.today())
