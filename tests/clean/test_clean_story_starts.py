"""Where the story starts on a real scraped page, in shapes that the real-page benchmarks' dev halves showed
read wrong (bench/real_pages.py --titles, bench/real_snippets.py --titles): a headline that a rule took for
something else (a repeat of the lead's first sentence) while the line picked stands high among the page's
furniture; a short headline over a longer line of stamps; a headline put as a question or a cry, taken for the
story's first paragraph; the caption of the lead picture over its credit. Every case is invented; the
lookalikes that must stay as they are come with them."""

from __future__ import annotations

import pytest
from test_clean_page_tops import DEK, HEAD, STORY, _page

from parley.clean.captions import _captions
from parley.clean.cruft_rules import compiled_rules
from parley.clean.lines import Line
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


# The story's lead picture: its caption over its credit, right over the story's first paragraph.
CREDIT = "Photo: Ida Brask/Tarn Post"
SCENE = "Lorries wait at the closed crossing near Osk after being turned back by the guards."
WIDE = (
    "Lorries queue at the closed crossing on the Tarn river near Osk as guards from both sides check papers "
    "before the bridges reopen to traffic"
)
OBLIQUE = "A long wait ends for the traders of Osk"
PICTURED = [
    pytest.param(
        [*MENU, HEAD, "By Ida Brask", "12 May 2025", "Share", SCENE, CREDIT], STORY, HEAD, id="scene"
    ),
    pytest.param(
        [*MENU, HEAD, "12 May 2025", SCENE, "(Image: © Tarn Survey)"], STORY, HEAD, id="in-brackets"
    ),
    # A caption too long for a headline, unstopped, that speaks of the story more than the headline does.
    pytest.param(
        [*MENU, OBLIQUE, "12 May 2025", WIDE, "Credit: Photo: Tarn Post"], STORY, OBLIQUE, id="wide"
    ),
    # Lookalikes: a headline over a credit; the lead over a credit (told in the past, with speech) stays.
    pytest.param([*MENU, HEAD, CREDIT], STORY, HEAD, id="headline-over-credit"),
    pytest.param([*MENU, HEAD, "12 May 2025"], [STORY[0], CREDIT, *STORY[1:]], HEAD, id="lead-over-credit"),
]


@pytest.mark.parametrize(("head", "story", "title"), PICTURED)
def test_caption_over_the_story(head: list[str], story: list[str], title: str) -> None:
    cleaned = clean_text(_page(head, story))
    assert (cleaned.title, cleaned.body.split("\n")[:2]) == (title, [p for p in story if p != CREDIT][:2])


@pytest.mark.parametrize(
    ("text", "caption"),
    [
        ("Lorries wait at the crossing after being turned back.", True),  # a participle after "being"
        ("Lorries were turned back at the crossing.", False),
        ("The guards turned the lorries back at the crossing.", False),
    ],
)
def test_caption_told_with_being(text: str, caption: bool) -> None:
    assert _captions(Line(text, 0, len(text)), compiled_rules()) is caption


# Two lines over the story's stamps: a teaser of the story and a second line (a promo, another dek) under it.
TEASER = "Engineers from both sides will inspect three bridges on the Tarn next week, officials say."
TEASED = [
    pytest.param(
        [*MENU, HEAD, TEASER, DEK, "Subscribe", "12 May 2025", "By Ida Brask"], STORY, STORY, id="teaser"
    ),
    # Lookalikes: two paragraphs over a byline set between paragraphs (no date under it), or under the story's
    # own date, stay.
    pytest.param([*MENU, HEAD], [*STORY[:2], "By Ida Brask", *STORY[2:]], STORY, id="over-byline-alone"),
    pytest.param(
        [*MENU, HEAD, "12 May 2025"], [*STORY[:2], "By Ida Brask", *STORY[2:]], STORY, id="under-own-date"
    ),
]


@pytest.mark.parametrize(("head", "story", "body"), TEASED)
def test_lines_over_the_byline(head: list[str], story: list[str], body: list[str]) -> None:
    cleaned = clean_text(_page(head, story))
    assert (cleaned.title, cleaned.body.split("\n")) == (HEAD, body)


# The page's sentences above the story's headline, taken for the lead: a notice, another story's teaser cut
# off; a byline's label under the headline read as its second line.
NOTICE = "Looks like this page is out of date in your browser, so some parts may not show."
CUT = "Classes resume at the flooded school in Osk after a week of repairs …"
TRAIL = "The mediators said the next round would depend on what the engineers find …"
NOTICED = [
    pytest.param([*MENU, NOTICE, "News", HEAD, DEK, "By Ida Brask", "12 May 2025"], STORY, HEAD, id="notice"),
    pytest.param([*MENU, CUT, "News", HEAD], STORY, HEAD, id="cut-off-teaser"),
    pytest.param([*MENU, HEAD, "by: Ida Brask", "12 May 2025"], STORY, HEAD, id="by-label-under-headline"),
    # Lookalikes: a notice over a headline with no byline nor date under it (the notice goes later); a line
    # cut off inside the story stays; a headline broken over two lines is one.
    pytest.param([*MENU, NOTICE, "News", HEAD], STORY, None, id="notice-over-no-stamps"),
    pytest.param([*MENU, HEAD, "12 May 2025"], [STORY[0], TRAIL, *STORY[1:]], HEAD, id="cut-off-in-story"),
    pytest.param(
        [*MENU, "Orvel and Stanmark agree to reopen", "the Tarn river crossings", "by: Ida Brask"],
        STORY,
        HEAD,
        id="headline-goes-on",
    ),
]


@pytest.mark.parametrize(("head", "story", "title"), NOTICED)
def test_sentences_over_the_headline(head: list[str], story: list[str], title: str | None) -> None:
    cleaned = clean_text(_page(head, story))
    assert (cleaned.title, cleaned.body.split("\n")) == (title, story)


# Nothing above speaks of the story: the headline over its dek over the byline and date shares a word with it.
ASKS = "Who owns the river?"
OVER_DEK = [
    pytest.param([*MENU, TAGLINE, ASKS, DEK, "By Ida Brask", "12 May 2025"], ASKS, id="headline-over-dek"),
    # Lookalikes: a line that shares no word with the story; one right over the byline with no dek between.
    pytest.param(
        [*MENU, TAGLINE, "Whose is it, then?", DEK, "By Ida Brask", "12 May 2025"], TAGLINE, id="no-word"
    ),
    pytest.param(
        [*MENU, TAGLINE, "Rivers of the north", "By Ida Brask", "12 May 2025"], TAGLINE, id="no-dek"
    ),
]


@pytest.mark.parametrize(("head", "title"), OVER_DEK)
def test_headline_over_its_dek(head: list[str], title: str) -> None:
    cleaned = clean_text(_page(head))
    assert (cleaned.title, cleaned.body.split("\n")) == (title, STORY)


# The lead picture's caption right under the stamp, no credit under it, over a lead that tells the day.
UNDER_STAMP = [
    pytest.param("Lorries at the east bank crossing of the Tarn.", False, id="no-verb"),
    pytest.param("Ilse Varn briefs reporters in the border town after the talks.", False, id="present"),
    # Lookalikes: a short first paragraph that tells what happened, or when, stays.
    pytest.param("The crossings were shut for a year.", True, id="past"),
    pytest.param("Traffic on the bridges resumes today.", True, id="a-day"),
    pytest.param("Engineers began the work in Osk.", True, id="irregular-past"),
]


@pytest.mark.parametrize(("first", "kept"), UNDER_STAMP)
def test_a_caption_under_the_stamp(first: str, kept: bool) -> None:
    cleaned = clean_text(_page([*MENU, HEAD, "By Ida Brask", "12 May 2025", first]))
    assert cleaned.body.split("\n") == ([first] if kept else []) + STORY
