"""Newsletter, blog and aggregator platforms' chrome around a news story.

Each case is invented: a short story with one kind of platform chrome put where such pages put it (a
newsletter's reader-supported line, a news app's prompt, an upsell, a blog's share appeal, an aggregator's
source line, its summary and source card over the story, a comment under its counter, a hard-wrapped post
under a page of one-word menu lines). The body must come out as the story exactly; lookalike story lines
stay.
"""

from __future__ import annotations

import pytest
from test_clean_record_heads import _wrap

from parley.clean.text import clean_text

TITLE = "Harbour states agree to share flood data after talks in Tolvik"
STORY = [
    "Marland and Ostria agreed on Thursday to share daily river readings from six gauging stations, the first"
    " deal on the shared river since a flood swept both banks two years ago.",
    "The agreement was reached after two days of talks in Tolvik, Marland's water commissioner Ana Roe told"
    " reporters, adding that the first readings would be sent within a month.",
    "“We have not solved the dams, but we have stopped guessing,” Roe said after the meeting.",
    "Ostria's delegation said the next round would take up the dispute over two reservoirs upstream.",
]


def _body(text: str) -> list[str]:
    return [line for line in clean_text(text).body.split("\n") if line.strip()]


NOTES = [
    (
        "newsletter is reader-supported",
        "The River Ledger is a reader-supported publication. To receive new posts and support my work,"
        " consider becoming a free or paid subscriber.",
    ),
    (
        "news app prompt",
        "This story is available in the Harbour News app. Continue reading with Harbour News+.",
    ),
    ("upsell", "Traders: want the full station list by river mile? Upgrade to River Ledger Pro."),
    (
        "blog's share appeal",
        "If you find these notes useful, share them with someone who works on the river.",
    ),
    (
        "aggregator's source line",
        "Source: The Tolvik Wire — read the original at tolvikwire.example. Shared via Newsfold.",
    ),
]


@pytest.mark.parametrize(("case", "note"), NOTES, ids=[c for c, _ in NOTES])
@pytest.mark.parametrize("where", ["middle", "bottom"])
def test_platform_notes_go(case: str, note: str, where: str) -> None:
    cut = 2 if where == "middle" else len(STORY)
    text = "\n\n".join([TITLE, "By Jo Lind", *STORY[:cut], note, *STORY[cut:]])
    assert _body(text) == STORY, case


LOOKALIKES = [
    "Upgrade to the northern gauges will cost Ostria about $4 million, the commission said.",
    "If you find these readings alarming, Roe said, wait until the spring melt.",
    "The station data is available in the commission's annual report, officials said.",
]


@pytest.mark.parametrize("line", LOOKALIKES)
def test_platform_lookalikes_stay(line: str) -> None:
    story = [*STORY[:2], line, *STORY[2:]]
    assert _body("\n\n".join([TITLE, "By Jo Lind", *story])) == story


def test_summary_by_an_aggregator_over_a_source_card() -> None:
    head = [
        "Newsfold",
        "Home",
        "For You",
        "Local",
        TITLE,
        "Published Mar 6, 2025",
        "Summary by Newsfold",
        "Marland and Ostria agreed a schedule for sharing daily readings from six river stations. Access to"
        " the two upstream reservoirs and the fate of the dams remain open.",
        "Article from The Tolvik Wire",
        "Factuality: High",
    ]
    text = "\n".join(head) + "\n" + "\n\n".join(STORY) + "\n"
    assert _body(text) == STORY


def test_a_readers_comment_under_its_counter_goes() -> None:
    tail = [
        "Comments (3)",
        "Add a comment...",
        "Dale M.",
        "Good. Now fix the reservoirs too.",
        "Reply",
        "Like",
    ]
    text = "\n\n".join([TITLE, "By Jo Lind", *STORY]) + "\n" + "\n".join(tail) + "\n"
    assert _body(text) == STORY


def test_a_wrapped_post_under_a_page_of_menu_lines() -> None:
    menus = [
        "Skip to content",
        "River Notes",
        "Menu",
        "Home",
        "Marland",
        "Ostria",
        "Rivers",
        "About",
        "Search",
    ]
    footer = ["Share this:", "Like this:", "Related", "Post navigation", "Recent Posts", "Contact", "Privacy"]
    story = "\n\n".join("\n".join(_wrap(p, 76)) for p in STORY)
    text = (
        "\n".join([*menus, TITLE, "Posted on March 6, 2025 by Jo Lind", ""])
        + story
        + "\n\n"
        + "\n".join(footer)
    )
    cleaned = clean_text(text + "\n")
    assert [line for line in cleaned.body.split("\n") if line.strip()] == STORY
    assert cleaned.title == TITLE


def test_an_aggregators_stamp_line_names_where_the_story_was_put() -> None:
    stamp = "World · The Tolvik Wire · Flipped into River Watch by Jo Lind · Mar 6, 2025 · 371 words"
    cleaned = clean_text("\n\n".join([TITLE, stamp, *STORY]) + "\n")
    assert (cleaned.title, cleaned.published) == (TITLE, "2025-03-06")
    assert [line for line in cleaned.body.split("\n") if line.strip()] == STORY


# Under a story from a blog's feed or a small paper's wire desk: the feed's footer, the wire source, a rights
# line with its reuse note.
FEED_NOTES = [
    "The post Harbour states agree to share flood data appeared first on Tolvik Today.",
    "Source: Tolvik Today with agencies",
    "With agencies",
    "Source: Tolvik Today (tolviktoday.example). Copyright 2025 Tolvik Today. All rights reserved. Not for"
    " redistribution without permission.",
]


@pytest.mark.parametrize("note", FEED_NOTES)
def test_feed_and_wire_notes_go(note: str) -> None:
    text = "\n\n".join([TITLE, "By Jo Lind", *STORY, note, "Tags: Marland, Ostria"])
    assert _body(text) == STORY


@pytest.mark.parametrize(
    "line",
    [
        "The post office appeared first on the list of targets, officials said.",
        "The post office appeared first on Monday, when the floodwater rose.",
    ],
)
def test_feed_note_lookalikes_stay(line: str) -> None:
    story = [*STORY[:2], line, *STORY[2:]]
    assert _body("\n\n".join([TITLE, "By Jo Lind", *story])) == story


EXPLAINER_HEADS = [
    "No flood deal in Tolvik yet. Here’s what’s blocking it.",
    "Marland and Ostria will share river data. Here's why it matters.",
    "The river deal is signed. What we know.",
]


@pytest.mark.parametrize("head", EXPLAINER_HEADS)
def test_an_explainers_two_sentence_headline_is_the_title(head: str) -> None:
    """A newsletter's headline with its promise ("<X>. Here's why.") over its sponsor line: the title, and
    neither a lead nor cruft in the body."""
    text = "\n".join(["Read online", "River Ledger", head, "Together with Portside Freight", *STORY])
    cleaned = clean_text(text)
    assert cleaned.title == head
    assert [line for line in cleaned.body.split("\n") if line.strip()] == STORY


@pytest.mark.parametrize(
    "line",
    [
        "Talks resumed on Friday. Here is what the two sides said after a long night in the old customs house"
        " by the river, according to officials.",
        "The first readings arrive in a month. Here's why the dams were left out, Roe said.",
    ],
)
def test_a_lead_with_a_here_is_sentence_stays_the_lead(line: str) -> None:
    text = "\n".join([TITLE, "By Jo Lind", line, *STORY])
    assert _body(text) == [line, *STORY]
