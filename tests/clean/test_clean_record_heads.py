"""Head blocks and closing notes of newsroom pages and archive records.

Each case is invented: a short story with one kind of chrome put where such pages put it (an archive record's
head, a hard-wrapped head block, a dek that the story tells again, notes on funders, broadcasts and rights
under the story); the body must come out as the story exactly, and the title and date as the page gives
them. Lookalikes that are story lines must stay.
"""

from __future__ import annotations

import pytest

from parley.clean.text import clean_text
from parley.pubdate_rules import compiled_pubdate
from parley.written_dates import parse_date

TITLE = "Lake states agree to reopen ferry crossings after border talks"
STORY = [
    "Valdoria and Kestria agreed on Monday to reopen three ferry crossings on their lake border, ending a"
    " closure that had cut off fishing towns on both shores since the spring.",
    "The deal was reached after two days of talks in Brenn, the first since the crossings were shut, the"
    " Valdorian foreign ministry said in a statement.",
    "“We have given the towns back their boats,” Kestrian envoy Ilse Varga told reporters after the"
    " signing, adding that customs posts would open again within a week.",
    "Fishermen in Ostrov said they would wait to see the first ferry sail before celebrating.",
]


def _body(text: str) -> list[str]:
    return [line for line in clean_text(text).body.split("\n") if line.strip()]


# Notes under the story (case, the note's lines).
NOTES = [
    (
        "feed rights line with a web address",
        [
            "Source: Lakewire News (lakewire.example/news). Copyright Lakewire Inc. All rights reserved."
            " Feed item for partner use only; do not republish without permission."
        ],
    ),
    (
        "rights line with a long source name",
        [
            "Source: Office of the Joint Commission for the Lake Basin and its Tributaries (JCLBT), Brenn."
            " Media contacts: press@jclbt.example. All rights reserved."
        ],
    ),
    ("broadcast note", ["This segment aired on May 11, 2025."]),
    ("broadcast note naming the programme", ["This interview was first broadcast on Morning Lake."]),
    (
        "funders' disclosure",
        [
            "Disclosure: The Brenn Farm Union and Ostrov University have been financial supporters of The"
            " Lake Ledger, a nonprofit newsroom. Financial supporters play no role in our journalism."
        ],
    ),
    (
        "independence and who funds the work",
        [
            "The Lake Rights Watch is independent of any government or political ideology. Our work is"
            " powered by people like you."
        ],
    ),
    (
        "range of views",
        ["The Lake Ledger is committed to publishing a range of perspectives on regional security."],
    ),
    ("other language versions", ["This text is also available in German."]),
    ("other language versions listed", ["This press release is also available in French and Spanish."]),
]


@pytest.mark.parametrize(("case", "note"), NOTES, ids=[c for c, _ in NOTES])
@pytest.mark.parametrize("where", ["middle", "bottom"])
def test_notes_go(case: str, note: list[str], where: str) -> None:
    cut = 2 if where == "middle" else len(STORY)
    text = "\n\n".join([TITLE, "By Jo Roe", *STORY[:cut], *note, *STORY[cut:]])
    assert _body(text) == STORY, case


# Story lines that share a note's words: they stay.
LOOKALIKES = [
    "The programme aired in Kestria last year drew complaints from viewers, who called it one-sided.",
    "Disclosures filed with the commission show that three shipping firms lobbied for the deal.",
    "The government is committed to a range of measures to protect fishermen on both shores.",
    "Also available in Brenn are free ferry tickets for the first week, the port authority said.",
]


@pytest.mark.parametrize("line", LOOKALIKES)
def test_note_lookalikes_stay(line: str) -> None:
    story = [*STORY[:2], line, *STORY[2:]]
    text = "\n\n".join([TITLE, "By Jo Roe", *story])
    assert _body(text) == story


def _wrap(paragraph: str, width: int) -> list[str]:
    lines, line = [], ""
    for word in paragraph.split():
        if line and len(line) + 1 + len(word) > width:
            lines.append(line)
            line = word
        else:
            line = f"{line} {word}" if line else word
    return [*lines, line]


def _wrapped_story(width: int) -> str:
    return "\n\n".join("\n".join(_wrap(p, width)) for p in STORY)


def test_archive_record_head() -> None:
    """An archive's record: the headline, the publication with its place in brackets, a field line with the
    section, date, print page and length, a labelled byline; the story hard-wrapped."""
    head = [
        TITLE,
        "Brenn Evening Ledger (Brenn, Valdoria)",
        "Section: World | Wednesday, April 9, 2025 | Page A7 | 368 words",
        "Byline: Jo Roe, The Evening Ledger",
    ]
    got = clean_text("\n".join(head) + "\n\n" + _wrapped_story(74))
    assert got.title == TITLE
    assert got.published == "2025-04-09"
    assert [line for line in got.body.split("\n") if line] == STORY


def test_wrapped_head_block_stands_apart() -> None:
    """A headline as long as the column over a dek as long, over the byline: three lines that stack, not one
    wrapped paragraph."""
    head = [
        "Lake states agree to reopen three ferry crossings after talks in Brenn",
        "Fishing towns on both shores cut off since the spring welcome the deal",
        "Our Lake Correspondent",
        "Brenn | Published 06.03.25, 05:42 AM",
    ]
    got = clean_text("\n".join(head) + "\n\n" + _wrapped_story(76))
    assert got.title == head[0]
    assert got.published == "2025-03-06"
    assert [line for line in got.body.split("\n") if line] == STORY


@pytest.mark.parametrize(
    ("stamp", "iso"),
    [("06.03.25", "2025-03-06"), ("10/14/25", "2025-10-14"), ("06/03/25", "2025-06-03")],
)
def test_two_digit_year_order(stamp: str, iso: str) -> None:
    """After stops a two-digit year's date is day first (Indian and European stamps); after slashes it is a
    US stamp's, month first."""
    parsed = parse_date(stamp, compiled_pubdate())
    assert parsed is not None and parsed[0] == iso


def test_dek_that_the_story_tells_again() -> None:
    """A dek under the headline, parted from the lead by the lead picture's caption, which a later paragraph
    tells in full: the dek goes."""
    dek = "The foreign ministry said Kestria also pressed for the release of 61 fishermen held in Ostrov."
    echo = (
        "In a statement, the foreign ministry said the Kestrian side had also pressed for the early release"
        " of 61 fishermen now held in prisons in Ostrov."
    )
    story = [*STORY[:3], echo, STORY[3]]
    text = "\n\n".join([TITLE, dek, "Representative image of ferries at Ostrov harbour", *story])
    assert _body(text) == story


def test_lead_that_a_later_paragraph_echoes_stays() -> None:
    """A lead that runs straight into the story stays, though a later paragraph tells a like thing."""
    lead = "Kestria, Ostrov and the islands of Varn have been removed from the list of open ferry routes."
    echo = "Kestria, Ostrov and Varn have also been removed from the southern province's list of open routes."
    story = [lead, *STORY[1:3], echo]
    text = "\n\n".join([TITLE, "By Jo Roe", *story])
    assert _body(text) == story


def test_dek_in_a_state_after_a_linking_verb() -> None:
    """A one-sentence dek whose -ed word is a state ("remains unaddressed"), not a past: a dek."""
    dek = "Despite the new pact, the main political demand remains unaddressed."
    text = "\n\n".join([TITLE, dek, *STORY])
    assert _body(text) == STORY


# A newsroom's stamp line under its headline: what the page is, its date, the issuing body, its tags.
NEWSROOM_STAMPS = [
    ("News | 15 April 2025 11:47 | Ministry of Foreign Affairs of Valdoria | Tags: Kestria", "2025-04-15"),
    ("Press release | 26.08.2025 | Federal Lake Office | Topics: Ferries, Borders", "2025-08-26"),
    ("Joint statement | 3 June 2025 | Office of the Spokesperson", "2025-06-03"),
]


@pytest.mark.parametrize(("stamp", "iso"), NEWSROOM_STAMPS)
def test_newsroom_stamp_line(stamp: str, iso: str) -> None:
    cleaned = clean_text("\n\n".join([TITLE, stamp, *STORY]))
    assert (cleaned.published, cleaned.title) == (iso, TITLE)
    assert [line for line in cleaned.body.split("\n") if line.strip()] == STORY


@pytest.mark.parametrize(
    "line",
    [
        "15 April 2025 | Talks Resume in Brenn After a Long Pause of Many Months",  # a list's headline
        "Statement on the talks | 15 April 2025",  # no kind of page: a headline with its date
    ],
)
def test_newsroom_stamp_lookalikes(line: str) -> None:
    from parley.pubdate import parse_date_line

    assert parse_date_line(line) is None
