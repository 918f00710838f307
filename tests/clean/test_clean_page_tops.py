"""The top of a plain-text page, in shapes that a generated probe of invented page tops found read wrong: a
headline put as a question, a headline with its site's name and no masthead, a writer's line without "By", a
"Most read" list that takes the headline, a short lead under its dateline; and the lookalikes that must stay
as they are (a story opening with a question, a subhead like a writer's line, a menu). All cases invented."""

from __future__ import annotations

import pytest

from parley.clean.headlines import is_menu
from parley.clean.text import clean_text

HEAD = "Orvel and Stanmark agree to reopen the Tarn river crossings"
DEK = "The two governments will send engineers to the bridges next week under a plan drawn up by mediators."
STORY = [
    "Orvel and Stanmark agreed on Monday to reopen the crossings on the Tarn river, which have been shut "
    "since the border quarrel began last winter, the mediators said in a statement.",
    "Engineers from both sides will inspect the three bridges next week, and the first of them could carry "
    "lorries again by the end of the month, according to the plan.",
    "“Nobody gains from a closed river,” the chief mediator, Ilse Varn, told reporters in the border town.",
    "Traders on both banks have said the closure cost them much of their autumn business.",
]
MOST_READ = [
    "Most read",
    "Harbour fire closes the old pier for a week",
    "Mayor opens the new library in Dunmere",
]


def _page(head: list[str], story: list[str] = STORY) -> str:
    return "\n".join(head) + "\n\n" + "\n\n".join(story) + "\n"


TITLED = [
    pytest.param(
        ["Will Orvel and Stanmark finally reopen the Tarn crossings?", DEK, "12.05.2025, 09:40"],
        "Will Orvel and Stanmark finally reopen the Tarn crossings?",
        id="question-headline-over-dek-over-stamp",
    ),
    pytest.param(
        ["Can the Tarn deal hold?", DEK, "Ida Brask, Correspondent", "Published 12 May 2025"],
        "Can the Tarn deal hold?",
        id="question-headline-over-dek-over-writer-and-stamp",
    ),
    pytest.param(
        ["Menu  Search  Sign in", f"{HEAD} | Tarn Valley Post", "Published 12 May 2025"],
        HEAD,
        id="site-after-bar-no-masthead",
    ),
    pytest.param(
        ["World / Europe", f"{HEAD} | Tarn Valley Post", DEK.rstrip("."), "By Ida Brask"],
        HEAD,
        id="site-after-bar-over-unstopped-dek",
    ),
    pytest.param([*MOST_READ, HEAD, DEK, "12 May 2025", "By Ida Brask"], HEAD, id="most-read-takes-headline"),
    pytest.param(
        [*MOST_READ, HEAD, "Ida Brask and Tom Lell", "12 May 2025"], HEAD, id="most-read-takes-headline-names"
    ),
    pytest.param(
        [*MOST_READ, HEAD, "Engineers inspect the bridges. (Photo: Ana Ruiz/Tarnwire)", "12.5.2025 | 09:40"],
        HEAD,
        id="most-read-takes-headline-caption",
    ),
    pytest.param(
        [*MOST_READ, f"{HEAD} - Tarn Valley Post", DEK.rstrip("."), "12 May 2025 09:40 GMT"],
        HEAD,
        id="most-read-takes-headline-and-dek",
    ),
    pytest.param(
        [*MOST_READ, HEAD, "Advertisement", DEK.rstrip("."), "By Ida Brask", "12 May 2025"],
        HEAD,
        id="most-read-takes-headline-ad-before-dek",
    ),
    pytest.param(
        ["Tarn Valley Post", HEAD, "Advertisement", DEK.rstrip("."), "By Ida Brask"],
        HEAD,
        id="ad-between-headline-and-dek",
    ),
    pytest.param(
        ["Tarn Valley Post", "Dunmere briefing", HEAD, DEK, "Updated 12 May 2025 09:40"],
        HEAD,
        id="dek-over-the-only-stamp-an-update",
    ),
    pytest.param(
        [*MOST_READ, HEAD, "Ida Brask, Diplomatic Editor", "Updated 12 May 2025 09:40"],
        HEAD,
        id="most-read-takes-headline-over-update-stamp",
    ),
]


@pytest.mark.parametrize(("head", "title"), TITLED)
def test_the_title_is_read_and_the_story_kept(head: list[str], title: str) -> None:
    got = clean_text(_page(head))
    assert got.title == title
    assert got.body.split("\n") == STORY


@pytest.mark.parametrize(
    "writer",
    [
        "Ida Brask, Correspondent",
        "By Ida Brask, a journalist based in Dunmere.",
        "By Ida Brask, an independent reporter for Tarnwire",
        "Ida Brask in Dunmere",
        "Author: Ida Brask",
        "Ida Brask and Tom Lell",
        # The name alone over a role label, on two lines.
        "Ida Brask\nRiver Trade Reporter",
        "Ida van Brask\n\nSenior Diplomatic Correspondent",
    ],
)
def test_a_dek_above_a_writers_line_without_by_goes(writer: str) -> None:
    got = clean_text(_page(["Tarn Valley Post", HEAD, DEK, writer]))
    assert got.title == HEAD
    assert got.body.split("\n") == STORY


@pytest.mark.parametrize(
    "dateline", ["DUNMERE — ", "DUNMERE (Tarnwire) — ", "Dunmere: ", "Dunmere, Orvel — "]
)
def test_a_short_lead_under_its_dateline_opens_the_story(dateline: str) -> None:
    story = ["The river is open again.", *STORY]
    got = clean_text(_page([HEAD, DEK, "By Ida Brask", "12 May 2025"], [dateline + story[0], *story[1:]]))
    assert got.title == HEAD
    assert got.body.split("\n") == story


@pytest.mark.parametrize("dateline", ["Dunmere: ", "DUNMERE: "])
def test_a_dek_above_a_colon_dateline_lead_goes(dateline: str) -> None:
    got = clean_text(_page(["Tarn Valley Post", HEAD, DEK], [dateline + STORY[0], *STORY[1:]]))
    assert got.body.split("\n") == STORY
    assert got.dateline == dateline.rstrip(": ")


# Lookalikes: what reads like a piece of the page's top inside the story stays in it.
def test_a_story_that_opens_with_a_question_keeps_it() -> None:
    story = ["Who pays for a closed river?", *STORY]
    got = clean_text(_page(["Tarn Valley Post", HEAD, "By Ida Brask", "12 May 2025"], story))
    assert got.title == HEAD
    assert got.body.split("\n") == story


@pytest.mark.parametrize("subhead", ["Border Talks in Dunmere", "River Trade, Border Towns"])
def test_a_subhead_like_a_writers_line_keeps_the_paragraphs_above_it(subhead: str) -> None:
    story = [*STORY[:2], subhead, *STORY[2:]]
    got = clean_text(_page(["Tarn Valley Post", HEAD, "By Ida Brask", "12 May 2025"], story))
    assert got.title == HEAD
    assert STORY[0] in got.body.split("\n") and STORY[1] in got.body.split("\n")


@pytest.mark.parametrize(
    ("line", "menu"),
    [
        ("World | Politics | Business | Sport", True),
        ("Politics | Dunmere", True),
        ("LISTEN LIVE   Tarn FM 98.1 | 103.5 Dunmere", True),
        ("Tarn Herald · 4 min read · Orvel and Stanmark agree to reopen the crossings", True),
        (f"{HEAD} | Tarn Valley Post", False),
        (f"Opinion | {HEAD}", False),
    ],
)
def test_a_headline_with_its_site_after_a_bar_is_no_menu(line: str, menu: bool) -> None:
    assert is_menu(line) is menu


@pytest.mark.parametrize(
    "headline",
    [f"{HEAD} - again", f"{HEAD} – a view from Dunmere", f"{HEAD} - 12 May"],
)
def test_a_lower_case_or_dated_tail_is_no_site(headline: str) -> None:
    got = clean_text(_page(["Menu  Search  Sign in", headline, "By Ida Brask"]))
    assert got.title == headline


def test_a_headline_that_a_link_run_took_right_over_the_lead_is_the_title() -> None:
    # Menus, the stamp, a share button, then the headline with its label: the run of link-like lines takes
    # the headline too; right over the lead, with the lead's words, it is the page's title.
    page = "\n".join(
        [
            "Home", "News", "Business", "Politics", "Sport",
            "October 9, 2025 at 4:02 pm",
            "Tweet",
            "BREAKING: Senate adjourns plenary over deaths of two former lawmakers in Brenn",
            "The Senate on Tuesday adjourned its plenary after senators moved a motion over the deaths of "
            "two former lawmakers from Brenn, the chamber's leader said.",
            "Senators observed a minute of silence in honour of the two lawmakers before the adjournment.",
        ]
    )
    got = clean_text(page)
    assert got.title is not None and "Senate adjourns plenary over deaths" in got.title
    assert got.body.startswith("The Senate on Tuesday adjourned")


def test_a_slashed_credit_makes_the_first_line_a_caption_not_a_title() -> None:
    caption = "Ilse Varn at the border post in Dunmere. May 10, 2025. Ana Ruiz / Tarnwire / Lakepix / AP"
    got = clean_text("\n".join([caption, *STORY]))
    assert got.title is None
    assert got.body.split("\n") == STORY
    assert ("caption", caption) in {(r.reason, r.text) for r in got.removed}


@pytest.mark.parametrize(
    "lead",
    [
        "By Monday, a reporter for Tarnwire had counted forty lorries at the crossing.",
        "By Tuesday, a correspondent for Tarnwire had seen the first lorries cross the bridge.",
    ],
)
def test_a_lead_opening_with_by_and_a_role_stays(lead: str) -> None:
    story = [lead, *STORY]
    got = clean_text(_page([HEAD, "12 May 2025"], story))
    assert got.body.split("\n") == story
