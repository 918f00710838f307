"""Which way a weekday or a month written alone lies from the publication date (dates7 round): under a
present verb, on a possessive, when a parse runs several lines of a list into one sentence, after a plan
verb the lemmatizer misreads, behind a modifier, in a pair of months and in an open condition; and the
day a quotation or a clock time without its own day belongs to."""

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


MONTHS = [  # (text, expression, value, publication date)
    # "hoped" is lemmatised "hop": the plan verb is still known by its form
    (
        "He said both sides hoped to hold a meeting before the end of March.",
        "the end of March",
        "2026-03",
        "2025-11-12",
    ),
    # "since" before "early" still looks back; a past perfect under an infinitive that plans stays past
    (
        "Both agreed to lift the duties they had imposed since early April for 90 days.",
        "early April",
        "2025-04",
        "2025-06-11",
    ),
    # an adjective that plans ("likely", "ready") governs its infinitive, not the verb above it
    (
        "The economist said the pause was likely to pull orders forward over the summer.",
        "the summer",
        "2025-SU",
        "2025-05-12",
    ),
    # the second month of a pair shares the first one's firm verb
    ("The real test would come in July and August, she said.", "August", "2026-08", "2025-10-08"),
    # a past verb in an "if" clause of a modal one is a condition still open
    (
        "He said tariffs could climb again if no wider deal was reached by August.",
        "August",
        "2025-08",
        "2025-05-12",
    ),
    (
        "She said the pact would have collapsed if it had been signed in August.",
        "August",
        "2024-08",
        "2025-05-12",
    ),
]


COUNTED_BACK = [  # (text, expression, value, publication date)
    # decades counted back name a decade, not a year the text never gives
    ("The quarrel began two decades ago over a fishing ground.", "two decades ago", "200X", "2025-04-26"),
    # a copula in the past tense keeps its clause in the past though the parse heads it with the present
    # verb of the "that" clause ("the view ... this weekend was that nobody wants ...") on a Monday
    (
        '"The mood among both teams this weekend was that nobody wants a rupture," he said.',
        "this weekend",
        "2025-W19-WE",
        "2025-05-12",
    ),
]


SPEAKERS_DAYS = [  # (text, expression, value, publication date)
    # a quotation's "tonight" was said on the day its paragraph names after it ...
    (
        'The truce began at dawn.\n\n"Both armies chose to stop tonight," the host told reporters late on'
        " Monday.",
        "tonight",
        "2025-07-28TNI",
        "2025-07-29",
    ),
    # ... or on the day the paragraph before names for the same speaker
    (
        "Talks opened on Sunday.\n\nThe spokesman said on Tuesday that no date was set.\n\n"
        "\u201cI will give no timeline today,\u201d he told reporters.",
        "today",
        "2025-07-08",
        "2025-07-09",
    ),
    # "later in the day" without a day in its paragraph is on the story's day, not the publication's
    (
        "The two envoys signed the accord on Friday.\n\nThe president, who met them later in the day, praised"
        " it.",
        "later in the day",
        "2025-06-27",
        "2025-06-28",
    ),
    # a midnight that a past "after" names began the day last named, a part of a day included
    (
        "On Tuesday morning, the army said rebels had fired on its posts shortly after midnight.",
        "midnight",
        "2025-07-29T00:00",
        "2025-07-29",
    ),
]


@pytest.mark.parametrize(
    ("text", "expr", "value", "published"), WEEKDAYS + MONTHS + COUNTED_BACK + SPEAKERS_DAYS
)
def test_which_way(values, text: str, expr: str, value: str, published: str) -> None:
    assert values(text, published).get(expr) == value
