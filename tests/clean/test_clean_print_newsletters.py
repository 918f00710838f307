"""A story as print-edition text and newsletter platforms leave it (session 25, from dev71 and dev72).

Each case is invented: a short story with one piece of furniture (a press-cutting service's licence, a
replica's reader notice, a wiki's footer, a reader's uploaded picture, a clip's keyword line, a print page's
running head, a headline stacked over three lines, a dek of two sentences, the print note naming the
headline, a database's author field, a newsletter's word to its readers). The body must come out as the story
exactly; lookalike story lines stay.
"""

from __future__ import annotations

import pytest
from test_clean_converters import STORY, TITLE  # the same invented story as the converters' cases

from parley.clean.cruft_rules import compiled_rules
from parley.clean.lines import Line, classify
from parley.clean.text import clean_text
from parley.pubdate import parse_date_line

HEAD = [TITLE, "By Jo Lind", "Published July 17, 2025"]


def _reason(text: str) -> str | None:
    return classify(Line(text, 0, len(text)), compiled_rules())


@pytest.mark.parametrize(
    ("text", "reason"),
    [
        (
            "This clip is supplied under licence for internal monitoring use only. Redistribution outside the"
            " client requires the publisher's permission.",
            "boilerplate",
        ),
        ("The Lake Weekly print replica. For subscriber use only; do not forward.", "copyright"),
        ("For personal use only.", "copyright"),
        ("This page was last edited on 3 June 2025, at 10:41.", "boilerplate"),
        (
            "Text is available under the Creative Commons Attribution License; additional terms may apply.",
            "copyright",
        ),
        ("Photo uploaded by the author: a ferry at the Brenn landing.", "caption"),
        ("Tolvik, Jo; Marten, Ana Lise.", "byline"),
        ("This post is free for everyone. My reporting is paid for by 900 readers.", "donation-appeal"),
        ("Welcome to the 45 new subscribers who joined this week.", "newsletter"),
        # story lines that open alike stay
        ("The clip was shown to reporters in Tolvik on Thursday.", None),
        ("Roe said the crossings were for local use only at first.", None),
        ("Welcome to the new era of river trade, Roe told the delegates.", None),
        ("Brenn, Lakeside; Tolvik and the south bank were shelled overnight.", None),
    ],
)
def test_print_and_newsletter_furniture(text: str, reason: str | None) -> None:
    assert _reason(text) == reason


def test_a_clips_keyword_line_is_not_the_title() -> None:
    got = clean_text("\n".join(["Keywords matched: Marland; Ostria; river", TITLE, *STORY]))
    assert got.title == TITLE
    assert got.body.split("\n") == STORY


@pytest.mark.parametrize(
    "head",
    ["12 THE LAKE LEDGER Thursday, July 17, 2025", "Thursday, July 17, 2025 THE LAKE LEDGER 13"],
)
def test_a_print_pages_running_head_dates_the_page(head: str) -> None:
    found = parse_date_line(head)
    assert found is not None and found.date == "2025-07-17"
    got = clean_text("\n\n".join([head, TITLE, "By Jo Lind", *STORY]))
    assert got.title == TITLE
    assert got.published == "2025-07-17"
    assert got.body.split("\n") == STORY


@pytest.mark.parametrize(
    "line", ["12 talks held in Tolvik since May", "Print edition of the Ledger sold out", "10 DOWNING STREET"]
)
def test_lines_that_open_alike_are_no_stamp(line: str) -> None:
    assert parse_date_line(line) is None


def test_a_stamp_with_its_month_in_capitals_is_read_whole() -> None:
    found = parse_date_line("4 JUN 2025, 17:42")  # no folio and masthead: the day, month and year
    assert found is not None and found.date == "2025-06-04"


def test_print_edition_stamp() -> None:
    found = parse_date_line("Print edition | Thursday, July 17, 2025 | Page A1")
    assert found is not None and found.date == "2025-07-17"


def test_a_headline_stacked_over_three_lines_is_whole() -> None:
    head = ["Marland and Ostria", "agree to reopen two", "river crossings"]
    got = clean_text("\n".join([*head, "", "By Jo Lind", "Published July 17, 2025", "", *STORY]))
    assert got.title == "Marland and Ostria agree to reopen two river crossings"
    assert got.body.split("\n") == STORY


def test_a_dek_of_two_sentences_under_the_headline_is_not_the_title() -> None:
    dek = "In Tolvik, the two sides agreed on the crossings. Our river correspondent reports"
    got = clean_text("\n".join(["The crossings that could end a quarrel", dek, "By Jo Lind", *STORY]))
    assert got.title == "The crossings that could end a quarrel"
    assert got.body.split("\n") == STORY


def test_the_print_note_names_the_headline() -> None:
    note = 'This article appeared in the Europe section of the print edition under the headline "Two bridges"'
    got = clean_text(
        "\n".join(["Two bridges", "Marland and Ostria talk about their river again", *STORY, note])
    )
    assert got.title == "Two bridges"
