"""Headlines at the top of real scraped pages, in shapes that the real-page benchmarks' dev halves showed
read wrong (bench/real_pages.py --titles): a breadcrumb trail run into the headline, an arrow before it.
Every case is invented; the lookalikes that must stay as they are come with them."""

from __future__ import annotations

import pytest

from parley.clean.cruft_rules import compiled_rules
from parley.clean.text import clean_text
from parley.clean.tops import _trail

HEAD = "Orvel and Stanmark agree to reopen the Tarn river crossings"
DEK = "The two governments will send engineers to the bridges next week under a plan drawn up by mediators."
STORY = [
    "Orvel and Stanmark agreed on Monday to reopen the crossings on the Tarn river, which have been shut "
    "since the border quarrel began last winter, the mediators said in a statement.",
    "Engineers from both sides will inspect the three bridges next week, and the first of them could carry "
    "lorries again by the end of the month, according to the plan.",
    "“Nobody gains from a closed river,” the chief mediator, Ilse Varn, told reporters in the border town.",
    "Traders on both banks have said the closure cost them much of their autumn business.",
]
MENU = ["Home", "World", "Business", "Sport"]


def _page(head: list[str]) -> str:
    return "\n".join(head) + "\n\n" + "\n\n".join(STORY) + "\n"


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
    assert cleaned.title == title
    assert cleaned.body.startswith(STORY[0][:40])


@pytest.mark.parametrize(
    ("text", "trail"),
    [("HomeWorld", True), ("Home > World > ", True), ("You are here: Home / Europe / ", True),
     ("Homemade ", False), ("Latest: ", False), ("World Home ", False)],
)
def test_trail_opening(text: str, trail: bool) -> None:
    assert _trail(text, compiled_rules()) is trail
