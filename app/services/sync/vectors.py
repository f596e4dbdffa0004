"""Version vectors ``{site_uuid: counter}``: which of two versions of a row is newer, and
the deterministic winner of two concurrent ones."""

from __future__ import annotations

from enum import Enum
from typing import Any


class Order(Enum):
    EQUAL = "equal"
    FIRST_NEWER = "first"
    SECOND_NEWER = "second"
    CONCURRENT = "concurrent"


def compare(first: dict[str, int], second: dict[str, int]) -> Order:
    first_ahead = second_ahead = False
    for site in first.keys() | second.keys():
        a, b = first.get(site, 0), second.get(site, 0)
        if a > b:
            first_ahead = True
        elif b > a:
            second_ahead = True
    if first_ahead and second_ahead:
        return Order.CONCURRENT
    if first_ahead:
        return Order.FIRST_NEWER
    if second_ahead:
        return Order.SECOND_NEWER
    return Order.EQUAL


def merge(first: dict[str, int], second: dict[str, int]) -> dict[str, int]:
    return {
        site: max(first.get(site, 0), second.get(site, 0))
        for site in sorted(first.keys() | second.keys())
    }


def wins(candidate: dict[str, Any], other: dict[str, Any]) -> bool:
    """Whether ``candidate`` beats the concurrent ``other``: the later clock stamp, then the
    higher site uuid; the same answer at every site whatever the order things arrive in."""
    return bool(
        (candidate["hlc"], candidate["modified_by_site"])
        > (other["hlc"], other["modified_by_site"])
    )
