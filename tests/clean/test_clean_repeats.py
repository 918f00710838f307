"""Other stories' teasers found by repetition and by their own datelines (clean/repeats.py)."""

from __future__ import annotations

import pytest

from parley.clean.text import clean_text

STORY = [
    "BRENN — Negotiators from Talvia and Oresund met for a third day on Tuesday, officials said.",
    "The talks, hosted by the lake council, turned on the return of fishing rights along the shore.",
    '"We are closer than we were on Monday," said Mara Elst, the council\'s chief mediator.',
    "A fourth session is planned for Thursday, according to a statement from the council.",
]
TEASER_A = "Ferry workers in Kestria vote to end a strike that halted crossings for a week."
TEASER_B = "Farmers block the northern highway over grain prices for a second day running."


def _body(lines: list[str]) -> list[str]:
    return clean_text("\n\n".join(lines) + "\n").body.split("\n")


PAGES = [
    # A "More news" list shown twice (a sidebar and a footer): every copy goes.
    (
        [
            "Talks resume in Brenn as fishing rights top the agenda",
            *STORY,
            "More news",
            TEASER_A,
            TEASER_B,
            "Most read",
            TEASER_A,
            TEASER_B,
        ],
        [line.replace("BRENN — ", "") for line in STORY],
    ),
    # Teasers that open with their own datelines, after a dated lead: other stories.
    (
        [
            "Talks resume in Brenn as fishing rights top the agenda",
            *STORY,
            f"KARACHI: {TEASER_A}",
            f"ORAVIK — {TEASER_B}",
        ],
        [line.replace("BRENN — ", "") for line in STORY],
    ),
]


@pytest.mark.parametrize(("page", "body"), PAGES)
def test_repeated_and_dated_teasers_go(page: list[str], body: list[str]) -> None:
    assert _body(page) == body


def test_teasers_are_reported_with_their_reason() -> None:
    past = "Officials in Oravik said the old bridge would reopen after repairs were finished."
    page = [
        "Talks resume in Brenn as fishing rights top the agenda",
        *STORY,
        f"KESTRIA — {TEASER_A}",
        past,
        "Most read",
        past,
    ]
    removed = clean_text("\n\n".join(page) + "\n").removed
    reasons = {r.text.strip(): r.reason for r in removed}
    assert reasons[f"KESTRIA — {TEASER_A}"] == "other-story"
    assert [r.reason for r in removed if r.text.strip() == past] == ["repeated", "repeated"]


UNDATED = [line.replace("BRENN — ", "") for line in STORY]
KEPT = [
    # A dek and a caption above a dated lead do not begin the story: the lead keeps its place.
    (
        [
            "Talks resume in Brenn as fishing rights top the agenda",
            "Both sides say a deal on the shore could come within the week.",
            "Delegates arrive at the council hall in Brenn. Photo: Lake Wire",
            *STORY,
        ],
        UNDATED,
    ),
    # An interview's speakers set in capitals before a colon: no datelines (no such places).
    (
        [
            "Talks resume in Brenn as fishing rights top the agenda",
            *UNDATED,
            "LAKE WIRE: What do the fishermen want from the talks?",
            "MARA ELST: They want their old grounds back, and a say in the quotas from next year.",
        ],
        [
            *UNDATED,
            "LAKE WIRE: What do the fishermen want from the talks?",
            "MARA ELST: They want their old grounds back, and a say in the quotas from next year.",
        ],
    ),
    # A short line said twice in a story stays (under six words).
    (
        [
            "Talks resume in Brenn as fishing rights top the agenda",
            *STORY[:2],
            "Nothing was signed.",
            *STORY[2:],
            "Nothing was signed.",
        ],
        [*UNDATED[:2], "Nothing was signed.", *UNDATED[2:], "Nothing was signed."],
    ),
]


@pytest.mark.parametrize(("page", "body"), KEPT)
def test_story_lines_stay(page: list[str], body: list[str]) -> None:
    assert _body(page) == body


def test_a_dated_lead_under_dated_teasers_or_summary_points_stays() -> None:
    # Another story's teasers, each with its dateline, stand above the story's own dated lead: the lead
    # speaks of the headline, the teasers do not.
    teasers = [f"KARACHI: {TEASER_A}", f"COLOMBO: {TEASER_B}"]
    page = ["Talks resume in Brenn as fishing rights top the agenda", *teasers, *STORY]
    body = _body(page)
    assert body[-len(STORY) :][1:] == UNDATED[1:]
    assert body[-len(STORY)].endswith(UNDATED[0])
    # Three summary points, then the dated lead.
    points = [
        "Negotiators met for a third day in Brenn on Tuesday.",
        "Fishing rights along the shore were the main issue.",
        "A fourth session is planned for Thursday.",
    ]
    body = _body(["Talks resume in Brenn as fishing rights top the agenda", *points, *STORY])
    assert any(line.endswith(UNDATED[0]) for line in body)


def test_a_paragraph_repeated_in_a_box_stays_where_ads_part_every_paragraph() -> None:
    page = ["Talks resume in Brenn as fishing rights top the agenda"]
    for paragraph in UNDATED:
        page += [paragraph, "Advertisement"]
    page += ["Key quote", UNDATED[2], "Advertisement", "More news"]
    assert _body(page) == UNDATED


def test_a_story_shown_twice_keeps_its_first_copy() -> None:
    page = ["Talks resume in Brenn as fishing rights top the agenda", *UNDATED, "Print edition", *UNDATED]
    assert _body(page) == UNDATED


def test_a_dek_repeating_the_lead_leaves_the_lead_in_place() -> None:
    dek = UNDATED[1]
    page = ["Talks resume in Brenn as fishing rights top the agenda", dek, "Share this story", *UNDATED]
    assert _body(page) == UNDATED


def test_a_summary_whose_first_sentence_the_story_tells_again_goes() -> None:
    from parley.clean.text import clean_text

    story = [
        "Valdoria and Kestria agreed on Wednesday to open formal talks on the lake tariffs, after a two-hour "
        "meeting in Brenn between their trade ministers.",
        "Technical teams will meet every two weeks, starting on October 20, with the aim of a first package "
        "before the end of the year, the Valdorian minister said.",
        "“We did not come to ask for favours,” he told reporters outside the ministry.",
        "Fish, timber and grain top the Kestrian list, officials said.",
    ]
    summary = "Technical teams will meet every two weeks. Fish, timber and grain top the list."
    raw = "\n".join(
        ["Valdoria and Kestria agree to talks on lake tariffs", "Jo Roe | Oct 9, 2025", summary, *story]
    )
    got = clean_text(raw + "\n")
    assert got.body.split("\n") == story
    assert any(r.reason == "standfirst" and r.text == summary for r in got.removed)


def test_a_lead_whose_words_come_back_later_in_other_order_stays() -> None:
    from parley.clean.text import clean_text

    story = [
        "Technical teams will meet every two weeks in Brenn, the Valdorian minister said on Wednesday.",
        "Valdoria and Kestria agreed to open formal talks on the lake tariffs after a two-hour meeting.",
        "The teams will meet every two weeks until a first package is agreed, officials said.",
        "Fish, timber and grain top the Kestrian list, officials said.",
    ]
    raw = "\n".join(["Valdoria and Kestria agree to talks on lake tariffs", "Jo Roe | Oct 9, 2025", *story])
    assert clean_text(raw + "\n").body.split("\n") == story
