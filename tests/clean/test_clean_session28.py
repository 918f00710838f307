"""Furniture met in session 28 (from dev77's copies of news made by other software and dev78's Middle East and
South Asian outlets).

Every case is invented, the converters' story with one piece of furniture around it: the story must come out
whole, the headline and the date as the page gives them, and lines that only look like the furniture stay.
"""

from __future__ import annotations

import textwrap

import pytest
from test_clean_converters import STORY, TITLE  # the same invented story as the converters' cases
from test_clean_session27 import _reason  # the reason a line alone is cut for

from parley.clean.text import clean_text


@pytest.mark.parametrize(
    ("text", "reason"),
    [
        ("[Open original ↗] [Mark as unread] [Send to…]", "button-label"),
        ("[ Print this page ] [ Close window ]", "button-label"),
        # words between brackets, or a sentence with brackets in it, stay
        ("[Marland] Talks resume in Tolvik [Update]", None),
        ("The delegates [from both sides] met [again] on Thursday.", None),
    ],
)
def test_a_row_of_bracketed_buttons(text: str, reason: str | None) -> None:
    assert _reason(text) == reason


@pytest.mark.parametrize("desk", ["Staff Correspondent", "Our Special Correspondent", "Staff Reporter"])
def test_a_desk_byline_is_not_glued_to_a_wrapped_headline(desk: str) -> None:
    # the headline is as long as the column, so a hard-wrapped page would run it on into the next line
    head = [
        "The Tolvik Sentinel",
        "Home  World  Politics  Business",
        TITLE,
        desk,
        "Wed Aug 27, 2025 12:00 AM",
        "",
    ]
    story = ["\n".join(textwrap.wrap(p, 78)) for p in STORY]
    got = clean_text("\n".join(head) + "\n" + "\n\n".join(story))
    assert got.title == TITLE
    assert got.published == "2025-08-27"
    assert [" ".join(p.split()) for p in got.body.split("\n")] == STORY


def test_a_headline_its_dek_and_a_desk_byline_stack() -> None:
    # guard: under a headline and a dek as long as the column, the desk's byline ends the head block
    dek = "Tolvik's river towns, left out of the 1996 accord, want a seat this time"
    head = ["The Tolvik Sentinel", "Home  World  Politics  Business", TITLE, dek, "Our Special Correspondent"]
    story = ["\n".join(textwrap.wrap(p, 78)) for p in STORY]
    got = clean_text(
        "\n".join([*head, "Brenn | Published 06.03.25, 05:42 AM", ""]) + "\n" + "\n\n".join(story)
    )
    assert got.title == TITLE
    assert [" ".join(p.split()) for p in got.body.split("\n")] == STORY


def test_a_wrapped_headline_still_runs_on() -> None:
    # guard: a headline's second line that is no desk's byline is still the headline
    head = ["The Tolvik Sentinel", "Home  World  Politics  Business", TITLE[:60], TITLE[61:], "By Jo Roe", ""]
    story = ["\n".join(textwrap.wrap(p, 78)) for p in STORY]
    got = clean_text("\n".join(head) + "\n" + "\n\n".join(story))
    assert got.title == TITLE


FORWARD = [
    "Subject: Fwd: " + TITLE,
    "From: Ana Lind <ana@example.org>",
    "Date: Fri, Jul 5, 2024 at 8:02 AM",
    "To: Desk <desk@example.org>",
    "",
    "Sharing for Monday.",
    "",
]
INNER = [
    "From: Tolvik Post Brief <brief@example.org>",
    "Date: Wed, Jul 3, 2024 at 7:40 PM",
    "Subject: " + TITLE,
    "",
    TITLE,
    "By Jo Roe",
    "",
]


@pytest.mark.parametrize(
    ("marker", "day"),
    [
        ("---------- Forwarded message ---------", "2024-07-03"),
        ("Begin forwarded message:", "2024-07-03"),
        # guard: without a marker the first stamp stands
        ("", "2024-07-05"),
    ],
)
def test_a_forwarded_email_is_dated_by_the_message_forwarded(marker: str, day: str) -> None:
    got = clean_text("\n".join([*FORWARD, marker, *INNER, *STORY]))
    assert got.published == day


@pytest.mark.parametrize(
    ("line", "title"),
    [(f"heading level 1: {TITLE}", TITLE), (f"Title: {TITLE}", TITLE)],
)
def test_a_screen_readers_heading_announcement_is_no_part_of_the_title(line: str, title: str) -> None:
    got = clean_text("\n".join(["banner", "link: Home", "", line, "", *STORY]))
    assert got.title == title


@pytest.mark.parametrize(
    ("after", "kept"),
    [
        # the story going on under one link, its attribution at the end, stays
        ("Roe is expected to meet both prime ministers during the visit, the foreign ministry said.", True),
        # a linked story's one-sentence summary goes with its headline, present reporting or none
        ("The port authority says it needs donor money first.", False),
        ("It needs donors before work can begin.", False),
    ],
)
def test_the_story_under_a_single_link_is_no_summary(after: str, kept: bool) -> None:
    link = ["Read More:", "Port rebuild at Brenn stalls over funding", after]
    got = clean_text("\n\n".join([TITLE, STORY[0], STORY[1], *link, STORY[2], STORY[3]]))
    assert (after in got.body.split("\n")) is kept
    assert "Port rebuild at Brenn stalls over funding" not in got.body


def test_a_marker_under_the_story_leaves_its_stamp() -> None:
    # a reply quoted under the story, its marker and its date: the story's own stamp still dates it
    tail = [
        "-----Original Message-----",
        "From: Ana Lind <ana@example.org>",
        "Date: Wed, Jul 3, 2024 at 7:40 PM",
    ]
    got = clean_text("\n".join(["Published 9 August 2025", "", *STORY, "", *tail]))
    assert got.published == "2025-08-09"
