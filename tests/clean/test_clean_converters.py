"""A story as text-conversion tools and news sites' own boxes leave it (session 21's dev59).

Each case is invented: a short story with one piece of a converter's or a page's furniture (a text browser's
indented, wrapped dump with numbered link markers and its list of the page's links at the bottom, a date
stamp in figures over the same date in words, a summary of short points over a lead that opens with its
dateline, a summary box whose last part asks "What's next?", a "Subscribers are reading" list). The body must
come out as the story exactly; lookalike story lines stay.
"""

from __future__ import annotations

import textwrap

import pytest

from parley.clean.text import clean_text

TITLE = "Marland and Ostria agree to reopen two river crossings after Tolvik talks"
STORY = [
    "Marland and Ostria have agreed to reopen two crossings on the shared river that have been closed since"
    " the spring, the chief negotiator for Marland said in Tolvik on Thursday after two days of talks.",
    "Ana Roe told reporters that the crossings at Brenn and Lakeside would open within weeks once technical"
    " teams had finished their work, and that both sides would clear mines from the banks together.",
    "“These are not small things for the people on the river,” Roe said. “But we have not settled the"
    " questions that matter most.”",
    "Ostria's delegation said in a statement that the talks had been constructive and that a broader"
    " meeting would follow before the end of the year.",
]


def _body(text: str) -> list[str]:
    return [line for line in clean_text(text).body.split("\n") if line.strip()]


def _dump(paragraph: str) -> str:
    """A paragraph as a text browser lays it out: indented three spaces, wrapped at 77 columns."""
    return textwrap.fill(paragraph, 77, initial_indent="   ", subsequent_indent="   ")


LONGER = [
    *STORY,
    "The two crossings were closed in March after a patrol boat ran aground near Brenn and each side blamed"
    " the other for moving the buoys that mark the channel, a dispute that idled the ferries for months.",
    "Traders on both banks welcomed the news. Ferry operators said they would need at least a fortnight to"
    " bring their boats back into service once the crossings were declared safe.",
]


def test_a_text_browsers_dump_with_its_list_of_links_gives_the_story() -> None:
    menu = ["   [1]Skip to main content [2]Skip to navigation", "", "   [3]Sign in", "   [4]Search", ""]
    menu += [f"     * [{n}]{label}" for n, label in enumerate(["News", "Opinion", "Sport", "Culture"], 5)]
    head = ["", TITLE, "", "   [9]Jo Lind in Tolvik", "", "   Thu 17 Jul 2025 17.42 BST", "   Share", ""]
    story = "\n\n".join(_dump(p) for p in LONGER)
    links = ["References", "", "   Visible links:"]
    links += [
        f"   {n}. https://news.example.org/section-{n}/a-long-address-for-link-{n}" for n in range(1, 40)
    ]
    links += ["   Hidden links:", "   40. https://img.example.org/river-crossing.jpg"]
    got = clean_text("\n".join([*menu, *head, story, "", *links]))
    assert [line for line in got.body.split("\n") if line.strip()] == LONGER
    assert got.title == TITLE
    assert got.published == "2025-07-17"


@pytest.mark.parametrize(
    "link",
    [
        "12. https://news.example.org/world/river",
        "* https://news.example.org/a",
        "www.example.org/river-talks",
    ],
)
def test_a_link_on_a_line_of_its_own_goes(link: str) -> None:
    text = "\n\n".join([TITLE, "By Jo Lind", *STORY[:2], link, *STORY[2:]])
    assert _body(text) == STORY


def test_a_stamp_in_figures_takes_the_reading_that_the_stamp_in_words_gives() -> None:
    text = "\n\n".join([TITLE, "Jo Lind", "02/12/2025", "February 12, 2025", *STORY])
    assert clean_text(text).published == "2025-02-12"


def test_a_stamp_in_figures_alone_is_read_day_first() -> None:
    """The guard: with no stamp in words, a date that reads either way is read day first, as before."""
    text = "\n\n".join([TITLE, "Jo Lind", "02/12/2025", *STORY])
    assert clean_text(text).published == "2025-12-02"


POINTS = [
    "Marland and Ostria will reopen two crossings on the shared river.",
    "Both sides will clear mines from the banks together.",
    "A broader meeting will follow before the end of the year.",
]


def test_short_points_over_a_lead_that_opens_with_its_dateline_go() -> None:
    lead = "TOLVIK — " + STORY[0]
    top = [TITLE, "By Jo Lind", "April 29, 2025 3:12 PM PT", "Listen to this article", "5 min"]
    got = clean_text("\n".join(top) + "\n\n" + "\n".join(POINTS) + "\n\n" + "\n\n".join([lead, *STORY[1:]]))
    assert [line for line in got.body.split("\n") if line.strip()] == STORY


def test_short_paragraphs_over_a_lead_with_no_dateline_stay() -> None:
    """The guard: a story that opens with short paragraphs and has no dateline starts with them."""
    text = "\n\n".join([TITLE, "By Jo Lind", *POINTS, *STORY])
    assert _body(text) == [*POINTS, *STORY]


def test_a_summary_box_whose_last_part_asks_whats_next_goes_whole() -> None:
    """The answer under "What's next?" tells what the story does not: it goes with the box all the same."""
    head = [
        TITLE,
        "By Jo Lind",
        "Posted Wed 21 May 2025 at 5:12am",
        "Share",
        "Ana Roe and Per Holm shake hands after signing the agreement in Tolvik.",
        "(\nSupplied: Tolvik Government\n)",
    ]
    box = [
        "In short:",
        POINTS[0],
        POINTS[1],
        "What's next?",
        "The negotiators will report to both leaders in September, with the agreement to be tabled in both"
        " parliaments by the end of the year.",
    ]
    text = "\n\n".join([*head, *box, "", *STORY])
    assert _body(text) == STORY


def test_a_subscribers_are_reading_list_goes() -> None:
    tail = ["Subscribers are reading", "Column: The river is running dry. Who's to blame?", "Advertisement"]
    text = "\n\n".join([TITLE, "By Jo Lind", *STORY, *tail])
    assert _body(text) == STORY


@pytest.mark.parametrize(
    ("stamp", "date"),
    [
        ("Jo Lind, Ann Roe 2025/07/16 - 19:24 • News", "2025-07-16"),
        (
            "Oil | Crude oil | Commodity: Crude Oil | Published: 08 Sep 2025 | 03:12 UTC | Author: Jo Lind,"
            " Ann Roe | Editor: Per Holm",
            "2025-09-08",
        ),
    ],
)
def test_a_stamp_with_its_writers_or_its_sections_gives_the_date(stamp: str, date: str) -> None:
    text = "\n".join([TITLE, stamp, "", *STORY])
    got = clean_text(text)
    assert got.published == date
    assert [line for line in got.body.split("\n") if line.strip()] == STORY


@pytest.mark.parametrize("stamp", ["Crude oil | 08 Sep 2025", "Talks stall again | 08 Sep 2025"])
def test_a_phrase_and_a_bare_date_make_no_stamp(stamp: str) -> None:
    """The guard: a section's name in sentence case counts only over a labelled date (a teaser's topic and
    its date read alike)."""
    from parley.pubdate import parse_date_line

    assert parse_date_line(stamp) is None


def test_a_dek_over_a_byline_run_into_its_date_is_the_standfirst() -> None:
    dek = (
        "Tolvik wanted the deal before the summer. Roe says the sides are one step away, but Ostria says no."
    )
    text = "\n".join([TITLE, dek, "Jo Lind, Ann Roe 2025/07/16 - 19:24 • News", *STORY])
    got = clean_text(text)
    assert [line for line in got.body.split("\n") if line.strip()] == STORY
    assert got.title == TITLE


@pytest.mark.parametrize(
    "terms",
    [
        "lakewire.example. Copying and republishing materials is permitted only with an active hyperlink to"
        " the source. Lakewire TV is a project of the Tolvik public broadcaster.",
        "Use of materials is allowed only with a link to lakewire.example.",
    ],
)
def test_an_outlets_terms_for_reuse_go(terms: str) -> None:
    text = "\n".join([TITLE, "By Jo Lind", *STORY, "Tags: Tolvik, river", terms])
    assert _body(text) == STORY


def test_reuse_lookalike_in_the_story_stays() -> None:
    line = "Use of the crossings is permitted only with a pass, officials said, and the passes are free."
    text = "\n".join([TITLE, "By Jo Lind", *STORY, line])
    assert _body(text) == [*STORY, line]
