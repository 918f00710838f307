"""Under the story (round 23): the writer's bio goes when what stands below it goes too: a market-data
footer, a teaser whose headline is two sentences, a donation appeal in words of its own.

Each case is an invented page around the invented article of test_clean_outlets.
"""

from __future__ import annotations

import pytest
from test_clean_outlets import HEAD, STORY, _page

from parley.clean.lines import Line, classify
from parley.clean.text import clean_text

BIO = "Oda Grell is a Lakeside reporter covering the river trade. She is based in Osk."

GOES = [
    pytest.param(
        [
            BIO,
            "More From Lakeside",
            "Ferry fees climb again as the harbour dredging stalls",
            "Pilots are not going to strike in June, the union says. Here's why it might wait.",
            "© 2025 The Lakeside Broadcaster",
            "Intraday data delayed at least 15 minutes or per exchange requirements.",
        ],
        id="bio-over-a-teaser-over-a-market-data-footer",
    ),
    pytest.param(
        [
            "Oda Grell is a news writer for the Lakeside Broadcaster.",
            "One More Thing",
            "If you found this story useful, please think about backing the reporting behind it. Readers "
            "who give make it possible for us to keep a reporter on the river all year, in good weather and "
            "in bad.",
            "Donate Now",
            "© 2025 The Lakeside Broadcaster",
        ],
        id="bio-over-an-appeal-in-its-own-words",
    ),
    pytest.param(
        [
            "More Coverage",
            "Column: Talvia's river deal came in the same week as its budget. Coincidence or distraction?",
            "Advertisement",
            "© 2025 The Lakeside Broadcaster",
        ],
        id="one-sentence-headline-under-a-list-header-ends-the-page",
    ),
]


@pytest.mark.parametrize("tail", GOES)
def test_the_bio_and_what_stands_under_it_go(tail: list[str]) -> None:
    assert clean_text("\n\n".join([*HEAD, *STORY, *tail])).body.split("\n") == STORY


@pytest.mark.parametrize(
    ("line", "reason"),
    [
        ("Intraday data delayed at least 15 minutes or per exchange requirements.", "boilerplate"),
        ("Real-time market data delayed by 20 minutes.", "boilerplate"),
        (
            "If you found this story useful, please think about backing the reporting behind it.",
            "donation-appeal",
        ),
    ],
)
def test_footer_lines(line: str, reason: str) -> None:
    assert classify(Line(line, 0, len(line))) == reason


# "You" as the subject of a reporting verb in a story's own line, with its own verb or quotation.
KEPT = [
    "If you found a free berth in Osk last winter, you paid twice the usual fee, pilots recall.",
    "“If you found a buyer, you sold,” one skipper said of the spring.",
]


@pytest.mark.parametrize("line", KEPT)
def test_story_lines_with_you_stay(line: str) -> None:
    story = [*STORY[:2], line, *STORY[2:]]
    assert clean_text(_page([], "tail", story)).body.split("\n") == story
