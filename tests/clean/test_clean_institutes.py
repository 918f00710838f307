"""Think tanks' and research institutes' chrome around a commentary on talks.

Each case is invented: a short commentary with one piece of an institute's chrome where such pages put it
(its independence note, a note that the views are the author's, the author's line with a role beyond a
newsroom's, a rights line wrapped at a wider column than the text, footnote markers after a sentence's stop,
a numbered notes list under its heading, a list of sources that are only links). The body must come out as
the story exactly; lookalike story lines stay.
"""

from __future__ import annotations

import textwrap

import pytest

from parley.clean.text import clean_text

TITLE = "Tolvik talks buy the river deal time, not a settlement"
STORY = [
    "Three weeks after Marland and Ostria announced a draft deal on the shared river, their"
    " negotiators met in Tolvik on Monday to settle how the water would be counted, and left without a"
    " date for a signing.",
    "Marland's chief negotiator Ana Roe said after the meeting that her side was ready to sign within"
    " a month, and urged Ostria to drop its demand for a new gauging station upstream.",
    "Ostria's delegation said the station was not a precondition but a guarantee, a distinction that"
    " officials on both sides have drawn before without explaining what it means in practice.",
    "The draft's nine articles are short on detail. They commit both sides to share readings daily and"
    " to refer disputes to a joint commission, but they say nothing of the two dams that started the"
    " quarrel.",
]


def _body(text: str) -> list[str]:
    return [line for line in clean_text(text).body.split("\n") if line.strip()]


NOTES = [
    "The Tolvik Institute does not take institutional positions. The views expressed here are those of"
    " the author.",
    "Tolvik Forum does not take collective positions; this commentary represents only the views of its"
    " author.",
    "Commentary is produced by TRI, a private, tax-exempt institution. Its research is nonpartisan,"
    " and TRI holds no institutional positions.",
    "The views in this piece belong to the author and not necessarily to the Forum, which takes no sides.",
    "The Tolvik Institution is committed to quality and independence. Donors have no influence over"
    " the conclusions of its scholars.",
    "Ana Lind is a senior expert on river basins at the Tolvik Institute of Peace.",
    "Dr. Jo Roe is an Associate in the Rivers Research Division at TRI. The text reflects the author's"
    " views.",
]


@pytest.mark.parametrize("note", NOTES)
def test_an_institutes_note_under_the_piece_goes(note: str) -> None:
    text = "\n\n".join([TITLE, "By Ana Lind", *STORY, note])
    assert _body(text) == STORY


@pytest.mark.parametrize(
    "line",
    [
        "Ostria's foreign ministry does not take positions on the dams, a spokesman said on Tuesday.",
        "Donors have no influence over the talks, Roe said, but they will pay for the gauging stations.",
        "Roe is a senior expert on water law who led Marland's side in the talks of 2019.",
    ],
)
def test_institute_note_lookalikes_stay(line: str) -> None:
    text = "\n\n".join([TITLE, "By Ana Lind", *STORY, line])
    assert _body(text) == [*STORY, line]


def test_a_rights_line_wrapped_wider_than_the_text_goes_whole() -> None:
    wrapped = [textwrap.fill(p, 50) for p in STORY]
    rights = (
        "(c) Tolvik Institute for International Rivers, 2025. All rights reserved. Reproduction\n"
        "only with permission of TRI, citing the source."
    )
    author = (
        "Dr. Jo Roe is an Associate in the Rivers Division at TRI.\nThe text reflects the author's views."
    )
    text = "\n\n".join([TITLE, *wrapped, author + "\n" + rights])
    assert _body(text) == STORY


def test_a_lead_closed_by_a_footnote_marker_stays_the_lead() -> None:
    lead = STORY[0] + "[1]"
    head = [
        "TITLE: " + TITLE,
        "TYPE: Commentary | PROGRAM: Rivers",
        "DATE: Wednesday, April 2, 2025 | WORDS: 372",
    ]
    text = "\n".join([*head, "-" * 60, lead, *STORY[1:]])
    assert _body(text) == [lead, *STORY[1:]]


@pytest.mark.parametrize("heading", ["Footnotes", "Notes", "Endnotes", "References"])
def test_numbered_notes_under_their_heading_go(heading: str) -> None:
    notes = [
        "1. Joint statement of the two water ministries, March 13, 2025.",
        "2. Remarks at a press conference in Tolvik, as transcribed by the author.",
        "3. The draft has not been published; this summary is based on interviews with officials on"
        " both sides.",
    ]
    text = "\n".join([TITLE, *STORY, heading, *notes])
    assert _body(text) == STORY


def test_a_list_of_linked_sources_goes() -> None:
    """A guard: such lists went before the notes heading was read (by their link lines)."""
    links = [f"[{n}] https://example.org/tolvik/statement-{n}" for n in range(1, 6)]
    text = "\n".join([TITLE, *STORY, *links])
    assert _body(text) == STORY


def test_a_numbered_story_list_under_a_crosshead_stays() -> None:
    """A numbered list in the story under its own crosshead is the story's (the crosshead is furniture)."""
    listed = [
        "What the draft commits them to",
        "1. Sharing the readings of six gauging stations every day.",
        "2. Referring disputes to a joint commission within a month.",
    ]
    text = "\n".join([TITLE, *STORY[:2], *listed, *STORY[2:]])
    assert _body(text) == [*STORY[:2], *listed[1:], *STORY[2:]]


MENU = ["Skip to main content", "Tolvik Council", "Programs & Centers", "Regions", "Experts", "Search"]
HEADLINE = "The Tolvik round bought the river deal time. It did not buy peace."


def test_a_two_sentence_headline_over_the_byline_is_the_title() -> None:
    text = "\n".join([*MENU, "River Notes", "September 16, 2025", HEADLINE, "By Ana Lind", "Share:", *STORY])
    cleaned = clean_text(text)
    assert cleaned.title == HEADLINE
    assert [line for line in cleaned.body.split("\n") if line.strip()] == STORY


def test_a_related_storys_date_under_the_lead_leaves_the_stamp_over_the_headline() -> None:
    """ "Read more" / "Sep 2, 2025" / <its headline> under the first paragraph: another story's date."""
    related = ["Read more", "River Notes", "Sep 2, 2025", "What a dam truce means for the delta's farmers"]
    text = "\n".join(
        [*MENU, "River Notes", "September 16, 2025", HEADLINE, "By Ana Lind", STORY[0], *related, *STORY[1:]]
    )
    assert clean_text(text).published == "2025-09-16"


def test_a_one_sentence_dek_under_a_short_headline_stays_the_dek() -> None:
    dek = "The minister heads into the Tolvik talks on the river with little to offer and less to gain."
    text = "\n".join([*MENU, "Roe's river gamble", dek, "By Ana Lind", *STORY])
    assert clean_text(text).title == "Roe's river gamble"


@pytest.mark.parametrize(
    "stamp",
    [
        "Published: 3 December 2025 | Programme: Rivers and Dams | Topic: Water | Words: 390",
        "Published: 3 December 2025 | Program: Rivers | Series: Basin Notes | Region: Europe",
        "Published: 3 December 2025 | Project: Shared Rivers | Theme: Water law",
    ],
)
def test_a_stamp_with_the_programme_and_topic_gives_the_date(stamp: str) -> None:
    text = "\n".join(["Tolvik Institute | Commentary", TITLE, stamp, "", *STORY])
    cleaned = clean_text(text)
    assert cleaned.published == "2025-12-03"
    assert [line for line in cleaned.body.split("\n") if line.strip()] == STORY


def test_a_past_tense_dek_over_a_share_bar_is_the_standfirst() -> None:
    head = "Tolvik Talks: River Diplomacy Without a Settlement"
    dek = "The third round produced another draft, and another reminder of how far apart the sides remain."
    text = "\n\n".join([head, dek, "Share", *STORY])
    cleaned = clean_text(text)
    assert cleaned.title == head
    assert [line for line in cleaned.body.split("\n") if line.strip()] == STORY


def test_a_past_tense_first_paragraph_with_nothing_under_it_stays_the_lead() -> None:
    """The guard: with no share bar between, a lead that tells in the past is the story's."""
    head = "Tolvik Talks: River Diplomacy Without a Settlement"
    lead = "The third round produced another draft, and another reminder of how far apart the sides remain."
    text = "\n\n".join([head, lead, *STORY])
    assert [line for line in clean_text(text).body.split("\n") if line.strip()] == [lead, *STORY]


MONITOR_NOTES = [
    "TRI does not cover the dams' environmental effects in these updates, as they are documented elsewhere.",
    "Note: TRI relies only on open-source information, including both governments' statements and satellite"
    " imagery.",
    "The Basin Monitor is based solely on open-source reporting and receives no confidential material.",
]


@pytest.mark.parametrize("note", MONITOR_NOTES)
def test_a_monitors_coverage_and_sources_note_goes(note: str) -> None:
    text = "\n".join([TITLE, "By Ana Lind", *STORY[:2], note, *STORY[2:]])
    assert _body(text) == STORY


def test_a_daily_assessment_dated_in_its_headline_under_its_writers() -> None:
    head = "River Basin Crisis Assessment, March 26, 2025"
    writers = "Ana Lind, Jo Roe, Per Holm, and Eva Berg"
    text = "\n".join([head, writers, "March 26, 2025, 7:15pm ET", *STORY])
    cleaned = clean_text(text)
    assert cleaned.title == head
    assert cleaned.published == "2025-03-26"
    assert [line for line in cleaned.body.split("\n") if line.strip()] == STORY


def test_a_centres_blurb_under_its_name_past_the_story_goes() -> None:
    tail = [
        "Ana Lind is a senior fellow with the Tolvik Council's Rivers Center.",
        "Related Experts:",
        "Ana Lind",
        "Rivers Center",
        "The Rivers Center works at the nexus of water law, diplomacy, and finance with the goal of helping"
        " shape a fairer future for the basin's farmers.",
        "Learn more",
        "Sign up for the River Notes newsletter",
        "Your email",
        "Submit",
    ]
    text = "\n".join([*MENU, "September 16, 2025", TITLE, "By Ana Lind", *STORY, *tail])
    assert _body(text) == STORY


def test_a_last_section_that_names_its_crosshead_stays() -> None:
    """The guard: an explainer's last crosshead straight under a story paragraph heads the story's own."""
    section = ["Ostria", "Ostria wants the gauging station built before any signing, officials say."]
    text = "\n".join([TITLE, "By Ana Lind", *STORY, *section])
    assert _body(text)[-1] == section[1]
