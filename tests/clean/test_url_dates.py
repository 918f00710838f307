"""The date in a page's own address, the last resort when no stamp or dateline dates the story (session 28,
from dev75's share line and dev76's address line): a full date only, the page's addresses agreeing or the
headline's words picking one; other stories' addresses, pictures' folders and month folders date nothing."""

from __future__ import annotations

import pytest
from test_clean_converters import STORY, TITLE  # the same invented story as the converters' cases

from parley.clean.lines import Line
from parley.clean.text import clean_text
from parley.clean.url_dates import url_date


def _lines(*rows: tuple[str, str | None]) -> list[Line]:
    return [Line(text, 0, len(text), reason=reason) for text, reason in rows]


HEAD = "Marland and Ostria agree to reopen two river crossings"
CASES = [  # (lines as (text, reason), index of the story's first line, title, date)
    (
        [("https://ripple.example.org/en/checks/2025/08/07/marland-ostria-crossings", None)],
        1,
        HEAD,
        "2025-08-07",
    ),
    (
        [("Share: https://ripple.example.org/press/2025/7/22/river-talks X Facebook", "share")],
        0,
        None,
        "2025-07-22",
    ),
    # a month's name and the day in one folder
    (
        [("Share this story: https://www.ripple.example.lb/News/2025/Feb-20/548213-crossings.ashx", "share")],
        0,
        HEAD,
        "2025-02-20",
    ),
    # the page's own address alone above the story, though cut as a link line
    ([("https://ripple.example.org/2024/11/03/crossings-reopen", "related-links")], 1, HEAD, "2024-11-03"),
    # two addresses that disagree: the one with the headline's words
    (
        [
            ("https://ripple.example.org/2025/08/07/marland-ostria-reopen-crossings", "share"),
            ("https://ripple.example.org/2025/06/01/budget-vote-delayed", "share"),
        ],
        0,
        HEAD,
        "2025-08-07",
    ),
    # ... and none when no address has them
    (
        [
            ("https://ripple.example.org/2025/08/07/harvest-festival", "share"),
            ("https://ripple.example.org/2025/06/01/budget-vote-delayed", "share"),
        ],
        0,
        HEAD,
        None,
    ),
    # other stories' addresses, a picture's upload folder, a month's folder, no real day: no date
    ([("https://ripple.example.org/2025/05/02/budget-vote", "related-links")], 0, HEAD, None),
    ([("Photo: https://ripple.example.org/uploads/2025/03/14/crossing.jpg", "caption")], 0, HEAD, None),
    ([("Share: https://ripple.example.org/2025/03/marland-ostria-talks", "share")], 0, HEAD, None),
    ([("Share: https://ripple.example.org/2025/02/30/marland-ostria-talks", "share")], 0, HEAD, None),
    ([("Ostria said talks would resume in 2025 at the earliest.", None)], 0, HEAD, None),
]


@pytest.mark.parametrize(("rows", "first", "title", "day"), CASES)
def test_url_date(rows, first: int, title: str | None, day: str | None) -> None:
    assert url_date(_lines(*rows), first, title) == day


def test_a_page_dated_only_by_its_address() -> None:
    head = [
        "Ripple",
        "Checks | Explainers | Tip us off",
        "https://ripple.example.org/checks/2025/08/07/river",
        "",
        TITLE,
    ]
    got = clean_text("\n".join([*head, *STORY]))
    assert got.published == "2025-08-07" and got.published_source == "text"
    assert got.body.split("\n")[0] == STORY[0]


def test_a_stamp_outranks_the_address() -> None:
    head = [
        "Ripple",
        "https://ripple.example.org/checks/2025/08/07/river",
        "",
        TITLE,
        "Published 9 August 2025",
    ]
    assert clean_text("\n".join([*head, *STORY])).published == "2025-08-09"
