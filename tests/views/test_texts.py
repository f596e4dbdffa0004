"""How figures read on screen."""

from __future__ import annotations

import pytest

from app.views import texts


@pytest.mark.parametrize(
    ("value", "shown"),
    [
        (100.0, "100%"),
        (99.96, "99.9%"),
        (99.57, "99.5%"),
        (99.4, "99%"),
        (42.0, "42%"),
        (7.25, "7.2%"),
        (0.0, "0%"),
    ],
)
def test_a_share_short_of_100_never_reads_100(value: float, shown: str) -> None:
    assert texts.percent(value) == shown
