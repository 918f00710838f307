"""The last resort for the publication date: a full date in a short line just above the story, when no line
reads whole as a stamp (tests/test_pubdate.py has the stamps). Invented pages."""

from __future__ import annotations

import pytest

from parley.clean.text import clean_text

HEAD = "Valdoria and Kestria agree to resume their lake border talks"
STORY = [
    "Valdoria and Kestria agreed on Tuesday to resume talks on their lake border, the mediators said.",
    "The last round collapsed in 2022 after the two sides failed to agree on the panel's mandate.",
    "“We will come with open minds,” the Kestrian envoy told reporters in Brenn on Tuesday evening.",
]


def _page(*head: str, story: list[str] = STORY) -> str:
    return "\n\n".join(["LAKE HERALD", "Home | World | Region", HEAD, *head, *story])


@pytest.mark.parametrize(
    ("stamp", "published"),
    [
        # shapes no stamp rule reads whole: the date inside them is the page's
        ("Lakes desk ~ 14:37 ~ 15 April 2025 ~ #8841", "2025-04-15"),
        ("Lake Herald Digital Team 2025.10.28 15:12 (local)", "2025-10-28"),
        ("Edition: Region >> Tue, 3rd June 2025 >> print", "2025-06-03"),
        ("Nov. 6 2025 | wire copy | slot 4", "2025-11-06"),
        ("Lakes desk ~ 17. okt. 2025 ~ #8841", "2025-10-17"),  # a month in the outlet's own language
        ("Lakes desk ~ 25 de Março de 2025 ~ #8841", "2025-03-25"),
    ],
)
def test_a_date_in_an_unread_stamp_dates_the_story(stamp: str, published: str) -> None:
    got = clean_text(_page("By Jo Roe", stamp))
    assert (got.published, got.published_source) == (published, "text")
    assert got.body.split("\n") == STORY


@pytest.mark.parametrize(
    "line",
    [
        # a caption or a teaser is longer than a stamp: its date is its picture's or its story's
        "Envoy Ivo Rask attends a cabinet meeting in Brenn, March 9, 2025. (Lake Press/Jo Roe)",
        "Kestria hosts fishing summit as quotas expire, 9 March 2025, read the full story here",
        "The talks were first held in Osk on 9 March 2025.",  # a sentence
        "Lake Herald, founded 1921",  # no full date
    ],
)
def test_no_date_is_read_from_lines_that_are_not_stamps(line: str) -> None:
    assert clean_text(_page("By Jo Roe", line)).published is None


def test_a_related_list_of_dated_headlines_gives_no_date() -> None:
    # The list stands inside the story, not above it: its dates are its stories'.
    related = ["Related", "Kestria quotas expire | 9 March 2025", "Osk strike ends | 2 March 2025"]
    story = [*STORY[:2], *related, STORY[2]]
    assert clean_text("\n\n".join(["LAKE HERALD", HEAD, "By Jo Roe", *story])).published is None
