"""Headlines at the top of real scraped pages, in shapes that the real-page benchmarks' dev halves showed
read wrong (bench/real_pages.py --titles): a breadcrumb trail run into the headline, an arrow before it.
Every case is invented; the lookalikes that must stay as they are come with them."""

from __future__ import annotations

import pytest
from test_clean_page_tops import HEAD, STORY, _page

from parley.clean.cruft_rules import compiled_rules
from parley.clean.text import clean_text
from parley.clean.tops import _trail

MENU = ["Home", "World", "Business", "Sport"]


HEADS = [
    # A scraper joins a breadcrumb's links to the headline when the page sets them in one block.
    pytest.param([*MENU, f"HomeWorld{HEAD}", HEAD, "By Ida Brask", "12 May 2025"], HEAD, id="trail-run-in"),
    pytest.param(
        [*MENU, f"You are here: Home / World / Europe / {HEAD}", HEAD, "12 May 2025 by Ida Brask"],
        HEAD,
        id="trail-with-slashes",
    ),
    pytest.param([*MENU, f"» {HEAD}", "By Ida Brask", "12 May 2025"], HEAD, id="arrow-before-headline"),
    # Lookalike: a topic's label under the headline, which ends it.
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
