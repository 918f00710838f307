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


# the ISO week holding the n-th seven days of the month; published 2025-05-29
WEEKS_OF_MONTHS = [  # (text, expression, value)
    ("Talks are due in the second week of October.", "the second week of October", "2025-W41"),
    ("Crews met in the first week of July 2024.", "the first week of July 2024", "2024-W27"),
    ("He was born on the second of May.", "the second of May", "2025-05-02"),
]


@pytest.mark.parametrize(("text", "expr", "value"), WEEKS_OF_MONTHS)
def test_weeks_of_months(values, text: str, expr: str, value: str) -> None:
    assert values(text).get(expr) == value


def test_a_past_clock_time_is_on_the_day_last_named(values) -> None:
    text = "The envoys met on Tuesday in Lome. The detainees were handed over shortly after noon."
    assert values(text).get("noon") == "2025-05-27T12:00"
