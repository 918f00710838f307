"""Furniture met in session 29 (from dev78's Middle East and South Asian outlets, left PENDING in session 28).

Every case is invented, the converters' story with one piece of furniture around it: the story must come out
whole, the headline as the page gives it, and lines that only look like the furniture stay.
"""

from __future__ import annotations

import pytest
from test_clean_converters import STORY, TITLE  # the same invented story as the converters' cases
from test_clean_session27 import _reason  # the reason a line alone is cut for

from parley.clean.lines import Line
from parley.clean.text import clean_text
from parley.clean.url_dates import url_date
from parley.pubdate import parse_date_line


def _page(head: list[str], middle: list[str] | None = None, at: int = 2) -> str:
    story = list(STORY)
    story[at:at] = middle or []
    return "\n".join(head) + "\n\n" + "\n\n".join(story)


def _lines(body: str) -> list[str]:
    return [" ".join(p.split()) for p in body.split("\n") if p.strip()]


@pytest.mark.parametrize(
    "banner",
    [
        "SUPPORT INDEPENDENT JOURNALISM: Become a Tolvik Ledger member from €3 a month →",
        "Support our journalism: Subscribe today and read without limits",
    ],
)
def test_a_banner_over_the_headline_takes_no_headline_with_it(banner: str) -> None:
    head = [
        "The Tolvik Ledger",
        "Politics  Diplomacy  Economy",
        banner,
        "Diplomacy",
        TITLE,
        "Ostria's readout of the talks was shorter than Marland's",
        "Ana Lind",
        "Updated 2 hours ago",
    ]
    got = clean_text(_page(head))
    assert got.title == TITLE
    assert _lines(got.body) == STORY
    assert banner in [r.text for r in got.removed if r.reason == "donation-appeal"]


def test_an_appeal_block_under_its_header_still_goes() -> None:
    # guard: a header alone on its line under the story takes the appeal's lines and buttons under it
    appeal = [
        "SUPPORT INDEPENDENT JOURNALISM",
        "Reporting from the river towns costs money, and readers like you keep it free for everyone.",
        "Membership",
        "Already a member? Log in",
    ]
    got = clean_text("\n".join([TITLE, "", *[p + "\n" for p in STORY], *appeal]))
    assert _lines(got.body) == STORY
    removed = [r.text for r in got.removed]
    assert all(line in removed for line in appeal)


@pytest.mark.parametrize(
    ("text", "reason"),
    [
        ("[Watch] Explainer: What are the buffer zones on the Tolvik river?", "related-links"),
        ("[Listen] The Ledger podcast: inside the crossings deal", "related-links"),
        # a bracketed aside in a story sentence stays
        ("[Watch] officials said the crossings would reopen, Roe told reporters on Thursday.", None),
    ],
)
def test_a_bracketed_media_label_over_a_link(text: str, reason: str | None) -> None:
    assert _reason(text) == reason


@pytest.mark.parametrize(
    ("text", "reason"),
    [
        ("Our reporters inside Marland cannot be named for their safety.", "byline"),
        ("Our correspondent in Tolvik, who cannot be named for security reasons, contributed.", "byline"),
        ("The author's name has been withheld for their protection.", "byline"),
        ("Our writers asked to remain anonymous.", "byline"),
        # others kept unnamed are the story's
        ("The witnesses cannot be named under a court order, the judge said.", None),
        ("Two officials, who cannot be named, said the talks had stalled.", None),
    ],
)
def test_a_note_on_unnamed_writers(text: str, reason: str | None) -> None:
    assert _reason(text) == reason


@pytest.mark.parametrize(
    ("caption", "gone"),
    [
        ("The two delegations with the envoy in Tolvik. – ONA", True),
        ("Delegates arrive at the lakeside palace. — Ana Lind/AFP", True),
        ("Crossing guards at Brenn. - MNA", True),
        # a story line with an auxiliary or a sentence of its own after it stays
        ("The talks will resume in Brenn. – ONA", False),
        ("Roe said the river towns had waited long enough. – ONA", False),
        # a name that is no agency's is no credit
        ("The two delegations with the envoy in Tolvik. – Ana Lind", False),
    ],
)
def test_a_caption_with_its_credit_after_a_dash(caption: str, gone: bool) -> None:
    got = clean_text(_page([TITLE], [caption]))
    expected = list(STORY)
    if not gone:
        expected[2:2] = [caption]
    assert _lines(got.body) == expected


def test_an_agency_sign_off_under_the_last_paragraph_stays_a_sign_off() -> None:
    # guard: "– ONA" under the story's last paragraph signs the story off; that paragraph is the story's
    last = "Ostria's delegation will meet the river towns' mayors in Brenn."
    got = clean_text(_page([TITLE], [f"{last} – ONA"], at=len(STORY)))
    assert last in got.body


# From dev76's news in other forms (timelines, data stories, columns, press reviews, fact-checks), PENDING
# since session 27.
_TIMELINE = [
    "April 15, 2023 — Fighting breaks out on the Tolvik river between the two armies.",
    "May 2023 — Talks open in Brenn; two short truces collapse.",
    "14 December 2023 – The Brenn process stalls.",
    "2024 - Ostria invites both sides to Lakeside.",
]


@pytest.mark.parametrize("n", [3, 4])
def test_a_timeline_in_one_line_paragraphs_goes(n: int) -> None:
    page = "\n".join([TITLE, STORY[0], STORY[1], "TIMELINE: THE ROAD TO TOLVIK", *_TIMELINE[:n], *STORY[2:]])
    got = clean_text(page)
    assert _lines(got.body) == STORY
    assert all(entry in [r.text for r in got.removed] for entry in _TIMELINE[:n])


def test_two_dated_lines_are_no_timeline() -> None:
    # guard: two story lines that open with a year and a dash stay; a timeline runs three or more
    page = "\n".join([TITLE, STORY[0], *_TIMELINE[:2], *STORY[1:]])
    assert _lines(clean_text(page).body) == [STORY[0], *_TIMELINE[:2], *STORY[1:]]


@pytest.mark.parametrize(
    ("text", "reason"),
    [
        ("Ana Lind's next column will appear on Friday 16 May.", "boilerplate"),
        ("The next newsletter lands on Monday.", "boilerplate"),
        (
            "The press review is a selection of opinions from Marland's papers. The views are those of the"
            " publications quoted, not of the Tolvik Ledger.",
            "boilerplate",
        ),
        ("[Chart 2] Size of each exchange, 2025. Bars show people returned; hover for details.", "box"),
        ("[Map] Where the crossings are", "box"),
        ("Seen a claim you want us to check? Send it to our WhatsApp tipline.", "contact-prompt"),
        # the story's next round, a view someone holds, a claim in a sentence stay
        ("The next round of talks will open in Brenn on Friday, Roe said.", None),
        ("Ostria's view is that the crossings are those of the river towns, not the capital.", None),
        ("Officials have seen a claim that the crossings will close again, but deny it.", None),
    ],
)
def test_a_data_story_column_and_fact_check_furniture(text: str, reason: str | None) -> None:
    assert _reason(text) == reason


# From dev79 (Nordic, Baltic and Eastern European outlets) and dev80 (news on sites whose business is
# something else), written in this session.
@pytest.mark.parametrize(
    ("text", "iso"),
    [
        ("24. 4. 2025, 07:05 · updated 24. 4. 2025, 09:40", "2025-04-24"),
        (
            "First published in Belarusian on 12.09.2025; English translation by the Ledger's English desk.",
            "2025-09-12",
        ),
        ("Originally published in Lithuanian on 3 July 2025.", "2025-07-03"),
        ("Release time: 2024-09-24 15:47:12   Source: Tolvik Newsline   Author: Li Qing", "2024-09-24"),
        ("Issued: 04 Aug 2025 07:10 UTC | Valid until: 11 Aug 2025 (or until replaced)", "2025-08-04"),
        # an expiry alone, a number, a story's day with stops: no stamp
        ("Valid until 11 August 2025", None),
        ("Advisory ID TL-2025-117", None),
        ("The vote was held on 24. 4. 2025 in Brenn.", None),
    ],
)
def test_stamps_of_regional_and_trade_pages(text: str, iso: str | None) -> None:
    stamp = parse_date_line(text)
    assert (stamp.date if stamp else None) == iso


@pytest.mark.parametrize(
    ("text", "reason"),
    [
        (
            "Reading us from Marland? Our site is blocked there. Use a VPN and do not repost from accounts.",
            "boilerplate",
        ),
        (
            "Statement: The content of this page is translated by the machine automatically, for reference.",
            "boilerplate",
        ),
        (
            "This advisory is provided for information only and does not replace official travel advice.",
            "boilerplate",
        ),
        ("RISK LEVEL: HIGH - Reconsider travel to the Tolvik border districts", "ticker"),
        ("Hot recommendation:", "related-links"),
        # the story's own words stay
        ("Many Marlanders use a VPN to reach blocked sites, a survey by the Brenn institute found.", None),
        ("The ministry said the figures were provided for information only, Roe told reporters.", None),
        ("TALKS: Marland and Ostria to meet again in Brenn next week", None),
    ],
)
def test_furniture_of_regional_and_trade_pages(text: str, reason: str | None) -> None:
    assert _reason(text) == reason


def test_a_nordic_text_label_is_a_byline_and_the_dek_above_it_goes() -> None:
    dek = "Ostria wants its boats free of inspections. Marland says the river cannot take more traffic."
    got = clean_text(_page([TITLE, "", dek, "", "Text: Ana Lind, Tolvik"]))
    assert got.title == TITLE
    assert _lines(got.body) == STORY


def test_a_share_line_without_its_scheme_dates_the_page() -> None:
    head = [TITLE, "Wed 27 Aug · 14:05 CET · 4 min read", "By the Skyline news team"]
    page = _page(head) + "\n\nShare: skyline.example/news/2025/08/27/marland-ostria-crossings\n"
    got = clean_text(page)
    assert got.published == "2025-08-27"
    assert _lines(got.body) == STORY


@pytest.mark.parametrize(
    ("text", "reason", "day"),
    [
        ("Share: skyline.example/news/2025/08/27/marland-ostria-crossings", "related-links", "2025-08-27"),
        ("Link: WWW.Skyline.example/News/2025/08/27/crossings", "related-links", "2025-08-27"),
        # with no label, a bare address in a link line is another story's; a bare date is no address
        ("skyline.example/news/2025/08/27/budget-vote", "related-links", None),
        ("Share: 2025/08/27", "related-links", None),
    ],
)
def test_a_labelled_bare_address(text: str, reason: str, day: str | None) -> None:
    assert url_date([Line(text, 0, len(text), reason=reason)], 0, TITLE) == day
