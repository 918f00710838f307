"""Pure pieces of date normalisation and scoring: the year of a month written alone, TIMEX3 equivalences."""

from __future__ import annotations

from datetime import date

import pytest

from parley.temporal import cal
from parley.temporal.score import same_value

YEARS = [
    # (anchor, month, day, way, year)
    (date(2025, 4, 16), 10, None, cal.NEAREST, 2025),  # six months either way: ahead
    (date(2025, 10, 23), 4, None, cal.NEAREST, 2026),
    (date(2025, 10, 23), 9, None, cal.NEAREST, 2025),  # last month
    (date(2025, 10, 23), 4, None, cal.BACK, 2025),
    (date(2025, 1, 5), 12, 20, cal.NEAREST, 2024),  # days are compared in days
]


@pytest.mark.parametrize(("anchor", "month", "day", "way", "year"), YEARS)
def test_pick_year(anchor: date, month: int, day: int | None, way: int, year: int) -> None:
    assert cal.pick_year(anchor, month, day, way) == year


@pytest.mark.parametrize(
    ("a", "b", "same"),
    [
        ("P1DE", "P10Y", True),
        ("P0.5CE", "P50Y", True),
        ("P2DE", "P2DE", True),
        ("P1DE", "P1Y", False),
        ("2025-W23", "2025-W23", True),
        ("2025-06", "2025-W23", False),
        (None, "P10Y", False),
        ("2025-09-15T24:00", "2025-09-16T00:00", True),
        ("2025-09-15T24:00", "2025-09-15T00:00", False),
        ("PT2.5H", "PT2H30M", True),
        ("PT90M", "PT1.5H", True),
        ("PT2H30M", "PT2H", False),
        ("PT", "PT", True),  # equal as written, though no length
        ("PT", "PT0S", False),
        ("P2D", "PT48H", False),  # a day of the calendar is not 24 clock hours
    ],
)
def test_same_value(a: str | None, b: str | None, same: bool) -> None:
    assert same_value(a, b) is same
