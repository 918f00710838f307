"""A day right after a past verb of saying dates the saying, whatever clause the parse hangs it on; "the
same day" after a date that names no day (a year, a month) is the last day the article named, not a day
made up inside that year (dates of session 28)."""

from __future__ import annotations

import pytest

CASES = [  # (text, expression, value, publication date: a Thursday)
    # the parse hangs "on Monday" on "would last": the saying's day, not the lasting's
    (
        "The interior minister said on Monday the checks would last for as long as needed.",
        "Monday",
        "2025-07-07",
        "2025-07-10",
    ),
    ("The envoy told on Tuesday how the convoy would cross.", "Tuesday", "2025-07-08", "2025-07-10"),
    ("Their spokesman insisted Wednesday the vote would go ahead.", "Wednesday", "2025-07-09", "2025-07-10"),
    # guards: a modal passive still looks ahead; a plan under the saying keeps its own way
    ("The results will be announced on Monday, officials said.", "Monday", "2025-07-14", "2025-07-10"),
    ("The minister said the two sides would meet on Monday.", "Monday", "2025-07-14", "2025-07-10"),
    # "the same day" after a year: the day last named to the day
    (
        "The foreign ministers met in Abu Dhabi on Tuesday. Elections are due in 2026. The government"
        " said the same day that the two processes were separate.",
        "the same day",
        "2025-07-08",
        "2025-07-10",
    ),
    # guard: after a day, that day
    (
        "The strike hit the depot on July 2. Talks broke off the same day.",
        "the same day",
        "2025-07-02",
        "2025-07-10",
    ),
]


@pytest.mark.parametrize(("text", "expr", "value", "published"), CASES)
def test_said_and_same(values, text: str, expr: str, value: str, published: str) -> None:
    assert values(text, published).get(expr) == value
