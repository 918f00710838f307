"""Headlines at the top of real scraped pages, in shapes that the real-page benchmarks' dev halves showed
read wrong (bench/real_pages.py --titles): a breadcrumb trail run into the headline, an arrow before it, a
credited caption above it, a lone "by" under it, a headline over the byline taken by a repeat, a clause
after a dash taken for the site's name, a byline on two lines, the lead again over itself. Every case is
invented; the lookalikes that must stay as they are come with them."""

from __future__ import annotations

import pytest
from test_clean_page_tops import HEAD, STORY, _page

from parley.clean.cruft_rules import compiled_rules
from parley.clean.lines import Line
from parley.clean.taken_heads import _trail, opens_as
from parley.clean.text import clean_text

MENU = ["Home", "World", "Business", "Sport"]
CAPTION = "The Tarn bridges in winter, 2019. (ORA/TVP/Roads Institute)"
TITLE_CASE = "Orvel and Stanmark Agree to Reopen the Tarn River Crossings"


HEADS = [
    # A scraper joins a breadcrumb's links to the headline when the page sets them in one block.
    pytest.param([*MENU, f"HomeWorld{HEAD}", HEAD, "By Ida Brask", "12 May 2025"], HEAD, id="trail-run-in"),
    pytest.param(
        [*MENU, f"You are here: Home / World / Europe / {HEAD}", HEAD, "12 May 2025 by Ida Brask"],
        HEAD,
        id="trail-with-slashes",
    ),
    pytest.param([*MENU, f"» {HEAD}", "By Ida Brask", "12 May 2025"], HEAD, id="arrow-before-headline"),
    # A picture's caption with its credit after the full stop, above a headline in title case taken for a dek.
    pytest.param(
        [*MENU, CAPTION, "WORLD", TITLE_CASE, "IDA BRASK", "12 MAY 2025"],
        TITLE_CASE,
        id="credited-caption-above-headline",
    ),
    # "by" on a line of its own over the writer's name does not go on with the headline.
    pytest.param([*MENU, HEAD, "by", "Ida Brask", "12 May 2025"], HEAD, id="lone-by-under-headline"),
    # A clause in title case after a dash goes on with the headline; a short name in capitals is the site's.
    pytest.param([*MENU, f"{HEAD} – And Why", "By Ida Brask"], f"{HEAD} – And Why", id="clause-after-dash"),
    pytest.param([*MENU, f"{HEAD} – Tarn Valley Post", "By Ida Brask"], HEAD, id="site-after-dash"),
    # Lookalikes: a headline broken over two lines is one; a topic's label under the headline, which ends it.
    pytest.param(
        [*MENU, "Orvel and Stanmark agree to reopen", "the Tarn river crossings", "By Ida Brask"],
        HEAD,
        id="headline-goes-on",
    ),
    pytest.param(
        [*MENU, HEAD, "Topics", "reopen the Tarn river crossings", "By Ida Brask", "12 May 2025"],
        HEAD,
        id="label-ending-headline-is-no-headline",
    ),
]


@pytest.mark.parametrize(("head", "title"), HEADS)
def test_title_of_real_page_tops(head: list[str], title: str) -> None:
    cleaned = clean_text(_page(head))
    assert (cleaned.title, cleaned.body.split("\n")) == (title, STORY)


@pytest.mark.parametrize(
    ("text", "trail"),
    [("HomeWorld", True), ("Home > World > ", True), ("You are here: Home / Europe / ", True),
     ("Homemade ", False), ("Latest: ", False), ("World Home ", False)],
)
def test_trail_opening(text: str, trail: bool) -> None:
    assert _trail(text, compiled_rules()) is trail


# The headline right over the story's byline or date, under the page's menus, taken by a rule before the title
# is picked: as a repeat of the citation line at the page's foot, as a line of an appeal's run.
CITED = f"Cite this page: {HEAD} (2025, May 12) retrieved 13 May 2025 from the Tarn Post."
OVER_BYLINE = [
    pytest.param(
        [*MENU, "Tarn Account", "Remember me", "Sign up", "12 May 2025", HEAD, "by Ida Brask, Tarn Post"],
        [CITED],
        id="repeated-at-the-foot",
    ),
    pytest.param(
        [*MENU, "Support independent journalism", "Contribute", HEAD, "Reuters May 12, 2025 11:03 PM"],
        [],
        id="under-an-appeal",
    ),
    # Lookalike: an unstopped dek over the byline is no headline; the one over it is.
    pytest.param(
        [*MENU, HEAD, "Engineers to inspect three bridges next week under the mediators' plan", "By Jo Roe"],
        [CITED],
        id="unstopped-dek-over-byline",
    ),
]


@pytest.mark.parametrize(("head", "tail"), OVER_BYLINE)
def test_headline_over_the_byline(head: list[str], tail: list[str]) -> None:
    cleaned = clean_text(_page(head) + "\n" + "\n".join(tail))
    assert cleaned.title == HEAD
    assert cleaned.body.split("\n")[: len(STORY)] == STORY


# A byline set on two lines ("By" / "Ida Brask | Tarn Post"), under the headline, with a share bar and a
# video's title between it and the story; a "Watch Live" button higher up stands in no byline block.
VIDEO = "Tarn Post Flash: the top headlines from the Tarn river crossings on Monday"
SPLIT = [*MENU, "Watch Live", HEAD, "By", "Ida Brask | Tarn Post", "Facebook", "Twitter", "close", "Video"]


@pytest.mark.parametrize(
    ("head", "byline"),
    [
        pytest.param([*SPLIT, VIDEO], "By Ida Brask | Tarn Post", id="split-byline"),
        pytest.param([*MENU, HEAD, "By", "the crossings", "12 May 2025"], None, id="by-over-no-names"),
    ],
)
def test_byline_on_two_lines(head: list[str], byline: str | None) -> None:
    cleaned = clean_text(_page(head))
    assert (cleaned.title, cleaned.byline, cleaned.body.split("\n")) == (HEAD, byline, STORY)


@pytest.mark.parametrize(
    ("text", "repeat"),
    [
        (f"{STORY[0][:80]} The video shows the bridges.", True),  # a video's description: the lead again
        ("Orvel and Stanmark agreed on Monday to reopen them", True),
        ("Orvel and Stanmark agreed on Monday", False),  # too short to tell
        ("Orvel and Stanmark met on Monday to talk about the crossings", False),
    ],
)
def test_the_lead_again_over_itself(text: str, repeat: bool) -> None:
    assert opens_as(Line(text, 0, len(text)), Line(STORY[0], 0, len(STORY[0]))) is repeat
