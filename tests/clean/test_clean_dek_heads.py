"""Over the story (round 23): a headline in title case with its stops ("X Is Stuck. Here's Why.") under a
section badge is the title, and the dek under it goes; a dek telling in the present over a share bar goes
without a byline; a translation's credit under the story stays.

Each case is an invented page around the invented article of test_clean_outlets.
"""

from __future__ import annotations

import pytest
from test_clean_outlets import STORY

from parley.clean.text import clean_text

SITE = ["The Lakeside Broadcaster", "News | World | Business"]
TITLED = "The Vell Talks Are Stuck on a Fee. Here’s Why That Fee Matters So Much."
DEK = "Both sides agree on most of a deal. The sticking point is what the pilots would pay."


@pytest.mark.parametrize(
    "head",
    [
        pytest.param(["NEWS & WORLD", TITLED, DEK, "By Oda Grell"], id="badge-over-titled-head-and-dek"),
        pytest.param(["NEWS & WORLD", TITLED, "By Oda Grell"], id="badge-over-titled-head"),
    ],
)
def test_a_headline_in_title_case_with_stops_is_the_title(head: list[str]) -> None:
    cleaned = clean_text("\n\n".join([*SITE, *head, *STORY]))
    assert cleaned.title == TITLED
    assert cleaned.body.split("\n") == STORY


@pytest.mark.parametrize(
    "dek",
    [
        "Morensk's minister says both sides must give ground on pilotage fees before the next round.",
        "The Talvian ministry tells crews to expect a deal on fees by the end of the month.",
    ],
)
def test_a_present_dek_over_a_share_bar_goes(dek: str) -> None:
    head = ["Rask: talks on the Vell 'closer than before', fees the sticking point", dek]
    raw = "\n\n".join([*SITE, *head, "Minister Ivo Rask in Osk. Image: Jo Roe / Lakewire", "Share", *STORY])
    assert clean_text(raw).body.split("\n") == STORY


# The story's lead tells in the present too: over a photo's caption, or over a share bar and a second
# paragraph in the present.
PRESENT = ["Morensk says the crews will wait for the talks before they sail.", *STORY[1:]]
KEPT_LEADS = [
    pytest.param(
        [
            "Talvia says it will send a delegation to Osk next week.",
            "Minister Ivo Rask in Osk. Image: Jo Roe",
        ],
        STORY,
        id="present-lead-over-a-caption",
    ),
    pytest.param(
        ["Talvia says it will send a delegation to Osk next week, and Morensk says it will too.", "Share"],
        PRESENT,
        id="present-lead-over-a-present-paragraph",
    ),
]


@pytest.mark.parametrize(("top", "story"), KEPT_LEADS)
def test_a_present_lead_stays(top: list[str], story: list[str]) -> None:
    raw = "\n\n".join([*SITE, "Talvia to send delegation to river talks in Osk", *top, *story])
    assert clean_text(raw).body.split("\n") == [top[0], *story]


@pytest.mark.parametrize(
    "credit",
    ["Edited translation from Lakeside Dagblad", "Translated from the Morenski edition of Osk Daily"],
)
def test_a_translations_credit_under_the_story_stays(credit: str) -> None:
    raw = "\n\n".join([*SITE, "Talks on the Vell to resume", "By Oda Grell", *STORY, credit, "Tags", "Vell"])
    assert clean_text(raw).body.split("\n") == [*STORY, credit]


STACKED = "Talvia and Morensk just hit pause on their river dispute. Here’s what that means."
WRITER_BIO = "Oda Grell is a senior correspondent covering the river trade and the ports along it."


def test_a_headline_with_stops_over_its_dek_is_the_title() -> None:
    """In sentence case, under a section's label: the dek, and the writer's bio under the byline, go."""
    head = ["World", STACKED, "Fees are coming down for 90 days. The hard part starts now.", "by Oda Grell"]
    raw = "\n\n".join([*SITE, *head, "June 3, 2025, 1:40 PM EDT", WRITER_BIO, *STORY])
    cleaned = clean_text(raw)
    assert cleaned.title == STACKED
    assert cleaned.body.split("\n") == STORY


def test_the_headline_over_two_short_sentences_stays_the_title() -> None:
    headline = "Talvia and Morensk agree to a second round of talks"
    raw = "\n\n".join(
        [*SITE, headline, "Both sides agree. The fees wait.", "Pilots are wary.", "By Oda Grell", *STORY]
    )
    cleaned = clean_text(raw)
    assert cleaned.title == headline
    assert cleaned.body.split("\n") == STORY


def test_a_bio_of_someone_else_in_the_story_stays() -> None:
    """Only the byline's writer has a note about them; the story may describe another reporter."""
    line = "Ivo Lask is a former correspondent covering the river ports for Osk Daily."
    story = [*STORY[:2], line, *STORY[2:]]
    raw = "\n\n".join([*SITE, "Talks on the Vell to resume", "By Oda Grell", "3 June 2025", *story])
    assert clean_text(raw).body.split("\n") == story


FOOT_LINES = ["© 2025 The Lakeside Broadcaster"]

# A dek right under the headline, nothing between it and the lead: it goes when it tells no day and has no
# tense of a lead's, over a longer lead that tells a day or reports.
BARE_DEKS = [
    "The transport minister heads into the talks with little to offer and less to gain.",
    "The Talvian-led push to reopen the river is looking for a backer as the election campaign heats up.",
]


@pytest.mark.parametrize("dek", BARE_DEKS)
def test_a_bare_dek_under_a_short_headline_goes(dek: str) -> None:
    raw = "\n".join([*SITE, "Rask's river gamble", dek, *STORY, *FOOT_LINES])
    cleaned = clean_text(raw)
    assert cleaned.body.split("\n") == STORY
    assert any(r.reason == "standfirst" and r.text == dek for r in cleaned.removed)


# Leads that read like such a dek in one way or another stay.
BARE_LEADS = [
    # a day, a perfect, a future, an -ed verb, a reporting verb
    "Talvia sends its transport minister to Osk on Monday for talks on the river.",
    "Talvia has sent its transport minister to Osk for talks on the river.",
    "Talvia will send its transport minister to Osk for talks on the river.",
    "Talvia's transport minister arrived in Osk for talks on the river.",
    "Talvia's transport minister is in Osk for talks on the river, officials said.",
]


@pytest.mark.parametrize("lead", BARE_LEADS)
def test_a_lead_like_a_bare_dek_stays(lead: str) -> None:
    raw = "\n".join([*SITE, "Rask's river gamble", lead, *STORY, *FOOT_LINES])
    assert clean_text(raw).body.split("\n") == [lead, *STORY]


def test_a_present_lead_over_a_short_paragraph_stays() -> None:
    # Short paragraphs in the present all through: the lead is no summary of a longer one under it.
    lead = "A row over river fees between Talvia and Morensk looks like it is coming to an end."
    second = "The Talvian ministry says barges will sail again from Osk on Monday."
    raw = "\n".join([*SITE, "Talvia and Morensk end their row over river fees", lead, second, *FOOT_LINES])
    assert clean_text(raw).body.split("\n") == [lead, second]


def test_a_dateline_lead_like_a_bare_dek_stays() -> None:
    lead = "OSK (Lakewire) — The transport minister heads into the talks with little to offer."
    raw = "\n".join([*SITE, "Rask's river gamble", lead, *STORY, *FOOT_LINES])
    got = clean_text(raw)
    assert got.body.split("\n") == [lead.split("— ", 1)[1], *STORY]
