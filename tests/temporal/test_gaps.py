"""Counts of days before 'after' or 'before': a day the gold dates, or a gap it measures. Sentences written
for these tests; published Thursday 2025-05-29 unless said otherwise."""

from __future__ import annotations

import pytest

GAPS = [  # (text, expression, value)
    # "came a day after X": the day of X, counted back from the story's day
    (
        "The envoys met in Valletta on Wednesday. The meeting came a day after rebels shelled the port.",
        "a day",
        "2025-05-27",
    ),
    (
        "Ferries resumed on Tuesday. The move came two days after the harbour strike ended.",
        "two days",
        "2025-05-25",
    ),
    # "on Monday, a day before the vote": that Monday (the gold keeps the vote in the extent)
    ("Crews repaired the bridge on Monday, a day before the vote.", "a day", "2025-05-26"),
    # measures stay durations
    ("The ministers stayed for a day after the summit.", "a day", "P1D"),
    ("The strike came a week after the budget was tabled.", "a week", "P1W"),
    ("The mediators asked for ten days after the vote to reply.", "ten days", "P10D"),
]


@pytest.mark.parametrize(("text", "expr", "value"), GAPS)
def test_day_gaps(values, text: str, expr: str, value: str) -> None:
    assert values(text).get(expr) == value


MIDNIGHTS = [  # (text, expression, value, publication date)
    # a midnight in the past closes the day last named, or the last day of the past week
    ("The generals agreed on May 20 to a truce from midnight.", "midnight", "2025-05-21T00:00", "2025-05-29"),
    (
        "Officials said late Tuesday that a deal was close. The talks ended shortly before midnight.",
        "midnight",
        "2025-05-28T00:00",
        "2025-05-29",
    ),
    # a midnight ahead stays the coming one; a midnight with its date takes that date
    ("The truce will start at midnight.", "midnight", "2025-05-30T00:00", "2025-05-29"),
    (
        "The truce took effect at midnight on July 28.",
        "midnight on July 28",
        "2025-07-29T00:00",
        "2025-08-07",
    ),
    ("Shops reopen at noon on 3 June.", "noon on 3 June", "2025-06-03T12:00", "2025-05-29"),
]


@pytest.mark.parametrize(("text", "expr", "value", "published"), MIDNIGHTS)
def test_midnights(values, text: str, expr: str, value: str, published: str) -> None:
    assert values(text, published).get(expr) == value
