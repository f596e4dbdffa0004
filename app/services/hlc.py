"""Hybrid logical clock: timestamps that sort like wall time but never run backwards.

A stamp is text ``"<13-digit unix ms>.<5-digit logical counter>"`` so that plain string
comparison orders stamps. Ties between sites are broken by site uuid, elsewhere.
"""

from __future__ import annotations

import time
from collections.abc import Callable
from dataclasses import dataclass

ZERO_STAMP = "0000000000000.00000"
_LOGICAL_LIMIT = 99_999


def wall_clock_ms() -> int:
    return time.time_ns() // 1_000_000


@dataclass(frozen=True, order=True)
class Stamp:
    physical_ms: int
    logical: int

    def __str__(self) -> str:
        return f"{self.physical_ms:013d}.{self.logical:05d}"

    @classmethod
    def parse(cls, text: str) -> Stamp:
        physical, _, logical = text.partition(".")
        if len(physical) != 13 or len(logical) != 5 or not (physical + logical).isdigit():
            raise ValueError(f"not a clock stamp: {text!r}")
        return cls(int(physical), int(logical))


class HybridLogicalClock:
    def __init__(self, last: str | None = None, now_ms: Callable[[], int] = wall_clock_ms) -> None:
        self._last = Stamp.parse(last) if last else Stamp.parse(ZERO_STAMP)
        self._now_ms = now_ms

    @property
    def last(self) -> str:
        return str(self._last)

    def _advance(self, physical: int, logical: int) -> str:
        if logical > _LOGICAL_LIMIT:
            physical, logical = physical + 1, 0
        self._last = Stamp(physical, logical)
        return str(self._last)

    def tick(self) -> str:
        """A new stamp for a local event, later than every stamp seen so far."""
        now = self._now_ms()
        if now > self._last.physical_ms:
            return self._advance(now, 0)
        return self._advance(self._last.physical_ms, self._last.logical + 1)

    def observe(self, remote: str) -> str:
        """Merge a stamp received from another site; returns the new local stamp."""
        other = Stamp.parse(remote)
        now = self._now_ms()
        top = max(now, self._last.physical_ms, other.physical_ms)
        if top == self._last.physical_ms == other.physical_ms:
            logical = max(self._last.logical, other.logical) + 1
        elif top == self._last.physical_ms:
            logical = self._last.logical + 1
        elif top == other.physical_ms:
            logical = other.logical + 1
        else:
            logical = 0
        return self._advance(top, logical)
