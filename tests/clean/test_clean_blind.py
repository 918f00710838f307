"""Kinds of cruft the former blind set showed: error-report prompts, agencies' notes about themselves,
newsletter small print, sign-up boxes in HTML, live-blog openers that speak to the reader.

Each case is invented: a short story on a page of one paragraph per line, the note placed between two
paragraphs or under the last; the body must come out as the story exactly.
"""

from __future__ import annotations

import pytest
from test_clean_notes import STORY, TITLE  # the same invented story as the other notes

from parley.clean.html import clean_html
from parley.clean.text import clean_text
from parley.pubdate import has_date_markup

# (case, lines placed after the second story paragraph, lines placed after the story)
PLACED = [
    ("error prompt", [], ["Found a mistake? Select it and press Ctrl+Enter."]),
    ("typo prompt", [], ["Spotted a typo? Let the desk know."]),
    (
        "error prompt over a bio",
        [],
        ["Jo Roe covers the lakes for the Brenn Herald.", "Seen an error? Tell us."],
    ),
    ("highlight prompt", [], ["Highlight the text and press Ctrl + Enter to report it."]),
    (
        "agency division",
        [],
        ["LakeWire, the news and media division of Brenn Media, is the region's largest news provider."],
    ),
    ("agency leading", [], ["Brenn Press Agency is the country's leading independent news agency."]),
    ("reader poll", ["READER POLL: Should the ferries run at night? Reply YES or NO to this email."], []),
    ("poll with buttons", ["POLL: Will the lake deal hold?"], []),
    ("forward prompt", [], ["Enjoying the Brief? Forward it to a colleague."]),
    ("forwarded email", [], ["Forwarded this email? Sign up here for free."]),
    ("receiving this", [], ["You are receiving this because you signed up at lakebrief.example."]),
    ("outlet corrected", [], ["Lake Weekly corrected this story on Monday to say the ferry ran in 2021."]),
    (
        "possessive bio",
        [],
        ["Jo Roe is the Lake Weekly's Brenn correspondent. She has covered the talks since 2019."],
    ),
    ("privacy notice", ["Privacy Notice: Newsletters may contain info about partners and paid content."], []),
    ("newsletter small print", ["Newsletters may contain offers from our partners."], []),
]


def _page(middle: list[str], tail: list[str]) -> str:
    return "\n\n".join([TITLE, "By Jo Roe", *STORY[:2], *middle, STORY[2], *tail]) + "\n"


@pytest.mark.parametrize(("case", "middle", "tail"), PLACED, ids=[c for c, _, _ in PLACED])
def test_placed_notes_go(case: str, middle: list[str], tail: list[str]) -> None:
    got = clean_text(_page(middle, tail))
    assert got.body.split("\n") == STORY, case


LOOKALIKES = [
    "Found a year ago, the wreck was raised on Monday, officials said.",
    "Inspectors found a mistake in the ballot count and ordered a recount, the commission said.",
    "The agency is the country's largest employer in the border districts.",
    "Police corrected this figure on Monday, saying 12 people were hurt, not 20.",
    "Poll workers in Brenn said turnout was low.",
    "Good morning and welcome to our live coverage of the lake talks in Brenn. The envoys meet at ten.",
]


@pytest.mark.parametrize("line", LOOKALIKES)
def test_story_lines_that_look_like_notes_stay(line: str) -> None:
    story = [*STORY[:2], line, STORY[2]]
    assert clean_text("\n\n".join([TITLE, "By Jo Roe", *story]) + "\n").body.split("\n") == story


@pytest.mark.parametrize("cls", ["nl-signup", "story-signup", "signup", "box-newsletter"])
def test_a_sign_up_box_in_html_goes(cls: str) -> None:
    paragraphs = "".join(f"<p>{p}</p>" for p in STORY[:2])
    box = f'<div class="{cls}"><p><b>Get the Morning Brief</b></p>'
    box += "<p>Top stories from the lakes, at 6 a.m.</p></div>"
    html = f"<html><body><article><h1>{TITLE}</h1>{paragraphs}{box}<p>{STORY[2]}</p></article></body></html>"
    assert "Top stories" not in clean_html(html).body


@pytest.mark.parametrize(
    ("html", "markup"),
    [
        ('<meta property="article:published_time" content="2024-10-15T08:00:00Z">', True),
        ('{"@type": "NewsArticle", "datePublished": "2023-02-01"}', True),
        ('<time datetime="2024-10-15">15 October</time>', True),
        ('<span class="date">Published 15 October 2024</span>', False),
        # a class named for the stamp styles what the reader sees: a date in the text
        ('<p class="article-meta__publish-date">June 18, 2025</p>', False),
        ("<span class='publication_date pubdate'>9 May 2025</span>", False),
        ('<meta name="publish-date" content="2025-06-18">', True),
        ('<div class="x"></div><meta name="publication_date" content="2025-06-18">', True),
    ],
)
def test_date_markup(html: str, markup: bool) -> None:
    assert has_date_markup(html) is markup


GLUED_CREDITS = [
    (
        "A border guard, escorted by police, checks papers at the Brenn gate.",
        "Photograph: Ida Berg/The Herald",
    ),
    ("Surveyors fix a marker near the lake shore.", "Courtesy of the Kestrian border service"),
    ("Fishermen at the Ostrov quay in May.", "Brenn Herald archive"),
    ("A patrol boat, seen from the ferry, crosses the lake.", "Kestrian defence ministry/handout"),
    ("The envoys shake hands after the first round.", "Ida Berg/Lake Wire/File Photo"),
    ("Ostrov harbour, where the ferries were moored during the strike.", "Image courtesy"),
]


@pytest.mark.parametrize(("caption", "credit"), GLUED_CREDITS)
def test_a_caption_with_a_glued_credit_goes(caption: str, credit: str) -> None:
    raw = "\n\n".join([TITLE, "By Jo Roe", *STORY[:2], f"{caption}\n{credit}", STORY[2]]) + "\n"
    got = clean_text(raw)
    assert got.body.split("\n") == STORY
    assert {caption, credit} <= {r.text for r in got.removed}


def test_credit_like_lines_of_a_page_without_blocks_stay() -> None:
    # One line per paragraph, no blank lines: adjacency says nothing about a caption.
    story = [
        *STORY[:2],
        "The talks were held in the old customs house.",
        "Kestria/Valdoria relations",
        STORY[2],
    ]
    got = clean_text("\n".join([TITLE, "By Jo Roe", *story]) + "\n")
    assert "The talks were held in the old customs house." in got.body


@pytest.mark.parametrize(
    "headline",
    ["Kestria buys quiet on its lake border. Will the ferries keep running?", "Lake talks: a deal at last?"],
)
def test_a_question_headline_over_an_unstopped_dek_is_the_title(headline: str) -> None:
    dek = "The mediators have a deal on paper, but the fishermen on both shores were never asked about it"
    raw = "\n\n".join(["ANALYSIS", headline, dek, "By Jo Roe", "8 min read", *STORY]) + "\n"
    got = clean_text(raw)
    assert got.title == headline
    assert got.body.split("\n") == STORY


@pytest.mark.parametrize("stamp", ["17.55 GMT", "10:05", "9.30am BST"])
def test_a_live_entry_head_under_a_clock_time_is_not_the_title(stamp: str) -> None:
    headline = "Lake talks live: mediators say Valdoria and Kestria will resume border talks"
    entry = "Mediators agree to resume border talks"
    raw = "\n\n".join([headline, "By Jo Roe", "Show key events only", stamp, entry, *STORY]) + "\n"
    assert clean_text(raw).title == headline


@pytest.mark.parametrize(("label", "sep"), [("Analysis", ": "), ("Opinion", " | "), ("Explainer", ": ")])
def test_a_section_label_in_the_metadata_title_goes_when_the_page_heads_without_it(
    label: str, sep: str
) -> None:
    head = f'<meta property="og:title" content="{label}{sep}{TITLE}"><title>{label}{sep}{TITLE}</title>'
    paragraphs = "".join(f"<p>{p}</p>" for p in STORY)
    html = f"<html><head>{head}</head><body><article><h1>{TITLE}</h1>{paragraphs}</article></body></html>"
    assert clean_html(html).title == TITLE


def test_an_email_newsletters_story_headline_is_the_title() -> None:
    # The contents list the story as "1. ..."; a rule parts the masthead from the story's own head.
    headline = "Valdoria and Kestria agree to resume lake talks"
    head = [
        "View this email in your browser",
        "THE LAKE BRIEF",
        "Your weekday read on the lakes",
        "Issue #41",
    ]
    contents = ["IN TODAY'S BRIEF", "1. Lake talks to resume", "2. Ferry fares rise", "-" * 40]
    story_head = ["1. LAKE TALKS TO RESUME", headline, "By Jo Roe in Brenn", "-" * 40]
    raw = "\n\n".join(["\n".join(head), "\n".join(contents), "\n".join(story_head), *STORY]) + "\n"
    got = clean_text(raw)
    assert got.title == headline
    assert got.body.split("\n") == STORY


@pytest.mark.parametrize("running_head", ["The Lake Weekly · Page 2 of 2 · {}", "Page 2 | {}"])
def test_a_running_head_repeating_the_headline_is_no_pull_quote(running_head: str) -> None:
    raw = "\n\n".join([TITLE, "By Jo Roe", *STORY, running_head.format(TITLE)]) + "\n"
    got = clean_text(raw)
    assert got.title == TITLE
    assert got.body.split("\n") == STORY


def test_a_live_entry_head_opening_with_its_age_is_not_the_title() -> None:
    headline = "Lake talks live: mediators say Valdoria and Kestria will resume border talks"
    raw = "\n\n".join([headline, "By Jo Roe", "Key events", "2h ago Mediators agree to resume talks", *STORY])
    assert clean_text(raw + "\n").title == headline


def test_a_banner_between_rules_of_equals_signs_parts_masthead_and_headline() -> None:
    headline = "Valdoria and Kestria to resume lake talks after Brenn rejects first offer"
    head = ["LAKE WEEKLY", "Your week on the lakes, from Brenn to Ostrov", "Issue #12"]
    banner = ["=" * 30, "TOP STORY", "=" * 30]
    raw = "\n\n".join(["\n".join(head), "\n".join(banner), headline, "By Jo Roe in Brenn", *STORY]) + "\n"
    got = clean_text(raw)
    assert got.title == headline
    assert got.body.split("\n") == STORY
