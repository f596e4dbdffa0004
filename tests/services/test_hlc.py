from __future__ import annotations

import pytest

from app.services.hlc import ZERO_STAMP, HybridLogicalClock, Stamp


def fixed(ms: int) -> HybridLogicalClock:
    return HybridLogicalClock(now_ms=lambda: ms)


def test_tick_uses_wall_time_when_it_moves_forward() -> None:
    times = iter([1000, 2000])
    clock = HybridLogicalClock(now_ms=lambda: next(times))
    assert clock.tick() == "0000000001000.00000"
    assert clock.tick() == "0000000002000.00000"


def test_tick_never_runs_backwards_when_wall_time_does() -> None:
    times = iter([5000, 4000, 4000])
    clock = HybridLogicalClock(now_ms=lambda: next(times))
    first, second, third = clock.tick(), clock.tick(), clock.tick()
    assert first < second < third
    assert second == "0000000005000.00001"


def test_observe_moves_past_a_remote_stamp_from_the_future() -> None:
    clock = fixed(1000)
    merged = clock.observe("0000000009000.00007")
    assert merged == "0000000009000.00008"
    assert clock.tick() > merged


def test_stamps_sort_as_text_in_time_order() -> None:
    stamps = [str(Stamp(ms, n)) for ms in (9, 10, 100000) for n in (0, 2, 10)]
    assert sorted(stamps) == stamps


def test_clock_resumes_after_the_last_persisted_stamp() -> None:
    clock = HybridLogicalClock("0000000050000.00003", now_ms=lambda: 10)
    assert clock.tick() == "0000000050000.00004"


@pytest.mark.parametrize("text", ["", "123", "0000000001000-00000", "000000000100a.00000"])
def test_parse_rejects_malformed_stamps(text: str) -> None:
    with pytest.raises(ValueError):
        Stamp.parse(text)


def test_zero_stamp_parses() -> None:
    assert Stamp.parse(ZERO_STAMP) == Stamp(0, 0)
