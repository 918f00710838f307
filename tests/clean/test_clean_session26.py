"""A story as phones, light clients, saved copies and platform posts leave it (session 26, from dev72's
residue, dev73 and dev74).

Each case is invented: a short story with one piece of furniture. The body must come out as the story exactly,
the stamp must give its day; lookalike story lines stay.
"""

from __future__ import annotations

import textwrap

import pytest
from test_clean_converters import STORY, TITLE  # the same invented story as the converters' cases

from parley.clean.cruft_rules import compiled_rules
from parley.clean.lines import Line, classify
from parley.clean.text import clean_text
from parley.pubdate import parse_date_line


def _reason(text: str) -> str | None:
    return classify(Line(text, 0, len(text)), compiled_rules())


@pytest.mark.parametrize(
    ("text", "reason"),
    [
        (
            "My latest from Tolvik, shared here in full. Comments welcome, above all from the ferry trade.",
            "boilerplate",
        ),
        ("Our new piece for the Lake Weekly: link in the first comment.", "boilerplate"),
        ("Saved articles are kept on this device for 30 days.", "boilerplate"),
        ("You’re offline. Showing a saved copy of this article.", "boilerplate"),
        ("Get the full story and live updates in the Lake Post app.", "app-prompt"),
        ("Explore more offers.", "button-label"),
        ("10/15/25, 9:03 AM          Ferry talks resume in Tolvik | Lake Post", "jump"),
        # story lines that open alike stay
        ("My latest offer is on the table, the minister told reporters in Tolvik on Monday.", None),
        ("Our new partners from Brenn shared here in Tolvik what they had learned, Roe said.", None),
        ("Saved articles from the 1990s are kept in the Tolvik archive, Roe said.", None),
        ("Get the full story of the ferry from Roe, who was on board in Brenn.", None),
        ("You are offline from the river trade until the crossings open, Roe told the traders.", None),
    ],
)
def test_platform_post_furniture(text: str, reason: str | None) -> None:
    assert _reason(text) == reason


def test_a_stamp_with_its_last_update() -> None:
    found = parse_date_line(
        "Published: Tuesday 14 October 2025 - 17:45 GMT | Last update: Wednesday 15 October 2025"
    )
    assert found is not None and found.date == "2025-10-14" and found.kind == "published"
    found = parse_date_line("Last update: 15 October 2025")
    assert found is not None and found.date == "2025-10-15" and found.kind == "updated"


@pytest.mark.parametrize(
    ("line", "day"),
    [
        ("Posted on July 18, 2025 by Jo Roe · Harbour Notes, a Meridian Blogs network site", "2025-07-18"),
        ("18 July 2025 | Part of the Tidewater Network", "2025-07-18"),
        ("Posted on July 18, 2025 · Lakeside Diary, a Brenn Media Network site", "2025-07-18"),
    ],
)
def test_a_blog_networks_site_after_the_stamp(line: str, day: str) -> None:
    found = parse_date_line(line)
    assert found is not None and found.date == day


@pytest.mark.parametrize(
    "line",
    ["July 18, 2025 · a network of ferries", "Posted on July 18, 2025 · the site of the old market was sold"],
)
def test_lines_after_a_date_that_name_no_network_are_no_stamp(line: str) -> None:
    assert parse_date_line(line) is None


def test_a_date_in_the_list_of_the_writers_other_stories_is_no_stamp() -> None:
    tail = [
        "More articles by Jo Lind",
        "Why the Brenn ferries stopped running",
        "Jun 2, 2025",
        "See all articles",
    ]
    got = clean_text("\n".join([TITLE, "Jo Lind", *STORY, *tail]))
    assert got.body.split("\n") == STORY
    assert got.published is None


def test_a_bare_date_under_the_story_still_dates_it() -> None:
    got = clean_text("\n".join([TITLE, "Jo Lind", *STORY, "Jun 2, 2025"]))
    assert got.body.split("\n") == STORY
    assert got.published == "2025-06-02"


def test_an_offline_copys_note_over_the_headline() -> None:
    got = clean_text(
        "\n".join(["You’re offline. Showing a saved copy of this article.", TITLE, *STORY, "Retry"])
    )
    assert got.title == TITLE
    assert got.body.split("\n") == STORY


def test_an_archives_capture_time_does_not_date_the_story() -> None:
    head = ["TimeVault Archive", "TIMESTAMPS", "09 Apr 2025 07:15:22 UTC", "", TITLE, "By Jo Lind"]
    got = clean_text("\n".join([*head, "8 April 2025, 19:42 CET", *STORY]))
    assert got.body.split("\n") == STORY
    assert got.published == "2025-04-08"


def test_a_capture_time_alone_still_dates_the_page() -> None:
    got = clean_text("\n".join(["TIMESTAMPS", "09 Apr 2025 07:15:22 UTC", TITLE, "By Jo Lind", *STORY]))
    assert got.published == "2025-04-09"


def test_the_sites_address_under_the_headline_is_not_the_headline() -> None:
    head = [
        "Stashly — Export",
        TITLE,
        "lakepost.example · Lake Post",
        "Original: https://lakepost.example/a/1",
    ]
    got = clean_text("\n".join([*head, "Status: Archived", "", *STORY]))
    assert got.title == TITLE


def test_a_monitoring_records_fields_stand_alone_in_wrapped_text() -> None:
    record = [
        "Source:        Lake Post (online)",
        "Media type:    Online news            Country: Marland   Language: EN",
        f"Headline:      {TITLE}",
        "Section:       Nation",
        "-" * 60,
        "",
    ]
    story = [line for para in STORY for line in [*textwrap.wrap(para, 72), ""]]
    got = clean_text("\n".join([*record, *story]))
    assert got.title == TITLE
    assert got.body.split("\n") == STORY


def test_two_spaces_after_a_colon_in_wrapped_prose_are_no_field() -> None:
    para = [
        "Ana Roe set out what Marland wants from the next round of talks in Tolvik,",
        "saying the two sides had not yet agreed on the order of the steps ahead.",
        "Her demands:  a ceasefire on the river, open crossings at Brenn and Lakeside,",
        "and a joint commission to clear mines from both banks before the summer.",
    ]
    story = [line for text in STORY for line in [*textwrap.wrap(text, 76), ""]]
    got = clean_text("\n".join([TITLE, "By Jo Lind", "", *story, *para]))
    assert got.body.split("\n") == [*STORY, " ".join(para)]
