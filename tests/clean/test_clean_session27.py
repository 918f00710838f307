"""Furniture met in session 27 (from dev75's institutional newsrooms and dev76's news in other forms).

Each case is invented: a short story with one piece of furniture. The body must come out as the story exactly,
the title and the stamp as the page gives them; lookalike story lines stay.
"""

from __future__ import annotations

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
        ("Newsroom  /  News release  /  Marland-Ostria river crossings", "breadcrumb"),
        ("Press releases » Democratic Republic of the Tolvik Lakes", "breadcrumb"),
        ("Opinion > Columnists > Hélène Brevard", "breadcrumb"),
        ("View this email in your browser", "newsletter"),
        # a headline with one slash, and a story line that names a browser, stay
        ("Marland / Ostria talks resume in Tolvik", None),
        ("Roe said she would view this email in your browser only if the talks failed.", None),
    ],
)
def test_newsroom_furniture(text: str, reason: str | None) -> None:
    assert _reason(text) == reason


@pytest.mark.parametrize(
    ("line", "day"),
    [
        ("Geneva/Tolvik/Brenn (GCLP) – 26 June 2024", "2024-06-26"),
        ("Tolvik (MRC) – 26 June 2024", "2024-06-26"),
        ("Thursday 24 April 2025 | Issue #212 | 5-minute read", "2025-04-24"),
    ],
)
def test_a_releases_places_and_a_newsletters_issue_beside_the_date(line: str, day: str) -> None:
    found = parse_date_line(line)
    assert found is not None and found.date == day


@pytest.mark.parametrize("line", ["Talks (Ends) – 26 June 2024", "Marland/Ostria talks – 26 June 2024"])
def test_words_in_brackets_before_a_date_are_no_issuer(line: str) -> None:
    assert parse_date_line(line) is None


def test_a_release_is_dated_by_its_dateline_not_its_update() -> None:
    head = ["Newsroom  /  News release  /  Marland", "", "NEWS RELEASE", TITLE]
    stamps = ["Tolvik/Brenn (GCLP) – 26 June 2024", "Last updated: 27 June 2024, 09:14 CET", ""]
    got = clean_text("\n".join([*head, *stamps, *STORY]))
    assert got.title == TITLE
    assert got.body.split("\n") == STORY
    assert got.published == "2024-06-26"
