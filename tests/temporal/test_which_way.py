"""Which way a weekday written alone lies from the publication date (dates7 round): under a present verb,
on a possessive, and when a parse runs several lines of a list into one sentence."""

from __future__ import annotations

import pytest

WEEKDAYS = [  # (text, expression, value, publication date)
    # a present verb aims ahead, but not at the day before publication (six days ahead is "next Monday")
    (
        "Under the terms, both armies stop firing from midnight on Monday.",
        "midnight on Monday",
        "2025-06-03T00:00",
        "2025-06-03",
    ),
    (
        "Farmers gather at the depot on Friday night to hear the news.",
        "Friday night",
        "2025-07-18TNI",
        "2025-07-19",
    ),
    (
        "The relatives have until 9 a.m. Tuesday to sign the paper.",
        "9 a.m. Tuesday",
        "2025-06-03T09:00",
        "2025-05-29",
    ),
    ("The truce takes effect on Monday.", "Monday", "2025-06-02", "2025-05-29"),
    # a possessive has no verb of its own: the nearer day ("Monday's call" in a Sunday report is tomorrow's)
    ("Watching Monday's call closely will be the two capitals.", "Monday", "2025-05-12", "2025-05-11"),
    ("Thursday's vote settled nothing, the envoy said.", "Thursday", "2025-05-08", "2025-05-11"),
    # each line of a list keeps its own verb, though the parse joins the lines into one sentence
    (
        "Under the schedule:\n- 200 detainees were freed on Tuesday;\n- the last 150 are due to cross on"
        " Saturday.",
        "Saturday",
        "2025-05-24",
        "2025-05-22",
    ),
]


@pytest.mark.parametrize(("text", "expr", "value", "published"), WEEKDAYS)
def test_weekday_way(values, text: str, expr: str, value: str, published: str) -> None:
    assert values(text, published).get(expr) == value
