"""Where the story starts on a real scraped page, in shapes that the real-page benchmarks' dev halves showed
read wrong (bench/real_pages.py --titles, bench/real_snippets.py --titles): a headline that a rule took for
something else (a repeat of the lead's first sentence) while the line picked stands high among the page's
furniture; a short headline over a longer line of stamps; a headline put as a question or a cry, taken for the
story's first paragraph. Every case is invented; the lookalikes that must stay as they are come with them."""

from __future__ import annotations

import pytest
from test_clean_page_tops import DEK, HEAD, STORY, _page

from parley.clean.text import clean_text

MENU = ["Home", "World", "Business", "Sport"]
TAGLINE = "News from the valleys since 1921"
CRY = "The Tarn river crossings reopen at last!"
SHORT = "Tarn Crossings to Reopen"
STAMPS = "12/05/2025 Ida Brask News, Europe, Rivers"
CRIED = "Tarn river crossings reopen after the long winter: 'Traders waited for months!'"
QUESTION = "Will Orvel and Stanmark reopen the Tarn river crossings?"

# The lead opens with the headline's words: the headline over it reads as its repeat (a pull quote).
REPEATING = [f"{CRY} {STORY[0]}", *STORY[1:]]

TAKEN = [
    # Under a tagline that says nothing of the story, over the date, or labels and a share button (over a dek
    # and the byline, the rule for a headline over the byline found it before).
    pytest.param([*MENU, TAGLINE, "Monday, 12 May 2025", CRY], REPEATING, CRY, id="repeat-under-the-date"),
    pytest.param([*MENU, TAGLINE, CRY, "Article by", "tarnpost", "Share"], REPEATING, CRY, id="over-labels"),
    pytest.param([*MENU, TAGLINE, CRY, DEK, "By Ida Brask", "12 May 2025"], REPEATING, CRY, id="over-dek"),
    # A short headline that speaks of the story stands over a longer line of stamps and section names.
    pytest.param([*MENU, SHORT, STAMPS], STORY, SHORT, id="short-headline-over-stamps"),
    # Lookalikes: a short kicker over the headline stays a kicker; a line under the date that shares one word
    # with the lead is no headline; a dek told as a sentence is none.
    pytest.param(
        [*MENU, "Tarn River Crossings", HEAD, "By Ida Brask", "12 May 2025"], STORY, HEAD, id="kicker"
    ),
    pytest.param(
        [*MENU, TAGLINE, "12 May 2025", "Rivers of the north"], STORY, TAGLINE, id="one-word-shared"
    ),
    pytest.param(
        [*MENU, TAGLINE, DEK, "By Ida Brask", "12 May 2025"], STORY, TAGLINE, id="dek-is-no-headline"
    ),
]


@pytest.mark.parametrize(("head", "story", "title"), TAKEN)
def test_headline_that_a_rule_took(head: list[str], story: list[str], title: str) -> None:
    cleaned = clean_text(_page(head, story))
    assert (cleaned.title, cleaned.body.split("\n")) == (title, story)


ASKED = [
    pytest.param([*MENU, QUESTION], STORY, QUESTION, id="question-headline"),
    pytest.param([*MENU, QUESTION, QUESTION], STORY, QUESTION, id="question-headline-twice"),
    pytest.param([*MENU, CRIED], STORY, CRIED, id="cry-headline"),
    # Lookalikes: a question that opens the story under a headline that speaks of it; a question to the reader
    # whose words do not come again in the story; one with two sentences.
    pytest.param([*MENU, HEAD, "By Ida Brask", "12 May 2025"], [QUESTION, *STORY], HEAD, id="question-lead"),
    pytest.param(
        [*MENU],
        ["Remember the long winter when the ferry was the only way to cross?", *STORY],
        None,
        id="question-to-the-reader",
    ),
    pytest.param([*MENU], [f"The talks are over. {QUESTION}", *STORY], None, id="two-sentences"),
]


@pytest.mark.parametrize(("head", "story", "title"), ASKED)
def test_headline_taken_for_the_lead(head: list[str], story: list[str], title: str | None) -> None:
    cleaned = clean_text(_page(head, story))
    assert (cleaned.title, cleaned.body.split("\n")) == (title, story)
