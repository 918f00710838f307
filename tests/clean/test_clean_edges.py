"""The story's edges: cruft that reads like a story sentence (teasers, notes, promos, standfirsts,
captions, pull quotes) goes, and the story sentences that look like it stay.

Each case puts a few lines into one invented article at a given place and checks the body is the story.
"""

from __future__ import annotations

import pytest

from parley.clean.text import clean_text

HEAD = [
    "The Harbour Gazette",
    "World | Politics | Business",
    "Dravia and Kolmar agree to reopen border crossings after talks in Varna",
    "By Jo Marren",
    "Published 12 March 2025",
]
STORY = [
    "Dravia and Kolmar agreed on Tuesday to reopen three border crossings closed since last spring, their "
    "foreign ministers said after a day of talks in the port city of Varna.",
    "The deal, brokered by Selvan mediators, allows trucks carrying food and fuel to cross from Friday, "
    "according to a joint statement.",
    "“This is a first step, not the last one,” Dravian Foreign Minister Ana Petrova told reporters. “We will "
    "judge the other side by what happens at the gates.”",
    "Her Kolmari counterpart, Ivo Brandt, said his government would also release 40 detained truck drivers "
    "before the weekend.",
    "The crossings were closed in April after a shooting near the Lasko checkpoint killed two border guards. "
    "Each side blamed the other.",
    "Trade between the two countries fell by almost a third last year, according to customs figures.",
    "Talks on a wider settlement are due to resume in Varna next month.",
    "Neither ministry responded to a request for comment on the fate of the detained drivers.",
]
FOOT = ["© 2025 The Harbour Gazette. All rights reserved."]


def _page(lines: list[str], at: str | int, story: list[str] = STORY) -> str:
    """The article with ``lines`` at ``at``: "top" (under the byline), a story index, "tail" (after the
    story) or "end" (after the footer)."""
    body = list(story)
    if isinstance(at, int):
        body[at:at] = lines
    parts = HEAD + (lines if at == "top" else []) + body + (lines if at == "tail" else []) + FOOT
    return "\n\n".join(parts + (lines if at == "end" else []))


TAIL_CRUFT = [
    pytest.param(
        [
            "Elsewhere in the region",
            "Kolmar court jails opposition leader for six years",
            "The verdict drew protests in the capital and criticism from European governments.",
        ],
        "tail",
        id="teaser-under-unknown-header",
    ),
    pytest.param(
        [
            "Kolmar court jails opposition leader for six years",
            "The verdict drew protests in the capital and criticism from European governments.",
            "Floods cut rail link between the two capitals",
            "Engineers expect the line to reopen within a fortnight, the railway operator said.",
        ],
        "tail",
        id="two-teasers-no-header",
    ),
    pytest.param(
        [
            "Share",
            "Kolmar court jails opposition leader for six years",
            "The verdict drew protests in the capital and criticism from European governments.",
        ],
        "tail",
        id="teaser-under-share-bar",
    ),
    pytest.param(
        ["Listen to our weekly podcast on the Balkans, with new episodes every Thursday."],
        "tail",
        id="podcast",
    ),
    pytest.param(
        ["Watch the Gazette's video explainer on why the crossings matter to both economies."],
        "tail",
        id="video-promo",
    ),
    pytest.param(
        ["Have you crossed the border recently? Send your stories and photos to the Gazette."],
        "tail",
        id="reader-call",
    ),
    pytest.param(
        ["Jo Marren is the Gazette's Balkans bureau chief and has covered the region since 2016."],
        "tail",
        id="bio-bureau-chief",
    ),
    pytest.param(
        [
            "Lena Hart is a professor of international relations at the University of Varna.",
            "She has advised both governments on border management.",
        ],
        "tail",
        id="bio-and-more",
    ),
    pytest.param(
        ["The Harbour Gazette is an independent daily founded in 1994 and owned by a reader trust."],
        "end",
        id="publisher-after-footer",
    ),
    pytest.param(
        ["The Harbour Gazette is an independent daily founded in 1994 and owned by a reader trust."],
        "tail",
        id="publisher",
    ),
    pytest.param(
        ["The Lake Ledger is an online news source focused on reporting on the region's water and climate."],
        "tail",
        id="publisher-news-source",
    ),
    pytest.param(
        ["This reporting was supported by a grant from the Lake Foundation for cross-border journalism."],
        "tail",
        id="grant-note",
    ),
    pytest.param(
        ["This is the second article in a series on the borders of the Lake region."],
        "tail",
        id="series-note",
    ),
    pytest.param(
        [
            "Jo Marren is the Gazette's Balkans bureau chief.",
            "Kolmar court jails opposition leader for six years",
            "The verdict drew protests in the capital and criticism from European governments.",
            "Listen to our weekly podcast on the Balkans, with new episodes every Thursday.",
        ],
        "tail",
        id="bio-teaser-promo",
    ),
]


@pytest.mark.parametrize(("lines", "at"), TAIL_CRUFT)
def test_cruft_after_the_story_goes(lines: list[str], at: str | int) -> None:
    assert clean_text(_page(lines, at)).body.split("\n") == STORY


# Story paragraphs that close a story and look like the notes above: they stay.
CLOSERS = [
    pytest.param("Neither ministry responded to our request for comment.", id="our-request"),
    pytest.param(
        "Petrova is a former journalist who was appointed foreign minister in 2023.", id="named-person"
    ),
    pytest.param("Ana Petrova is the author of a 2019 book on the border dispute.", id="named-author"),
    pytest.param("Follow-up talks on the detained drivers are planned for June.", id="follow-up"),
    pytest.param("Read the agreement closely and three gaps appear.", id="opinion-imperative"),
    pytest.param("If you live in Lasko, the reopening means bread is cheaper by Friday.", id="opinion-you"),
    pytest.param("We should be honest about what this deal does not do.", id="opinion-we"),
    pytest.param(
        "Our correspondent in Varna says the mood at the crossings is cautious.", id="our-correspondent"
    ),
    pytest.param(
        "This deal is part of a wider effort by Selvan mediators to calm the region.", id="this-deal"
    ),
    pytest.param(
        "This report was compiled with help from customs officials on both sides.", id="this-report"
    ),
    pytest.param("Share prices of Kolmari hauliers rose 4% on the news.", id="share-prices"),
    pytest.param("Kolmar's state broadcaster is a reliable mouthpiece of the government.", id="broadcaster"),
    pytest.param("Support for the deal is strongest in the border towns.", id="support-for"),
]


@pytest.mark.parametrize("closer", CLOSERS)
def test_story_closers_stay(closer: str) -> None:
    story = [*STORY, closer]
    assert clean_text(_page([], "tail", story)).body.split("\n") == story


def test_last_section_under_a_subhead_stays() -> None:
    story = [*STORY, "The agreement says nothing about compensation for the families of the two guards."]
    page = _page([], "tail", story).replace(story[-1], "What the deal leaves out\n\n" + story[-1])
    assert clean_text(page).body.split("\n") == story


def test_interview_answers_stay() -> None:
    story = [
        *STORY,
        "Q: What would a first agreement on the drivers look like?",
        "Something practical. We want them home, and our families want them home.",
        "Q: And your own role?",
        "We host the meetings and pay for the venue. You cannot impose a deal on neighbours.",
    ]
    assert clean_text(_page([], "tail", story)).body.split("\n") == story


# Lines glued together (no blank line) in a text of blank-line paragraphs: a unit laid out by the page.
BOXES = [
    pytest.param(
        "Kolmar court jails opposition leader for six years\n"
        "The verdict drew protests in the capital and criticism from European governments.",
        4,
        id="teaser-mid-story",
    ),
    pytest.param(
        "WHAT IS THE LASKO CHECKPOINT?\n"
        "The checkpoint opened in 1999. It handles about 600 trucks a day in normal times.",
        5,
        id="fact-box-question",
    ),
    pytest.param(
        "TIMELINE: A BORDER IN DISPUTE\n"
        "1998 – Dravia and Kolmar sign the Varna Accord.\n"
        "2024 – A shooting near Lasko kills two border guards; the crossings close.",
        "tail",
        id="timeline",
    ),
    pytest.param(
        "Subscribe to our daily newsletter\n"
        "By providing an email address, I agree to the terms and acknowledge the privacy notice.",
        "tail",
        id="newsletter-form",
    ),
    pytest.param(
        "Opinion | The deal is welcome. It is not a peace.\n"
        "Varna should not confuse calm with progress, writes a former ambassador.",
        "tail",
        id="opinion-teaser",
    ),
]


@pytest.mark.parametrize(("box", "at"), BOXES)
def test_glued_boxes_go(box: str, at: str | int) -> None:
    assert clean_text(_page([box], at)).body.split("\n") == STORY


def test_glued_story_list_stays() -> None:
    items = "The two sides agreed to:\n- reopen the Lasko crossing;\n- free the detained drivers."
    got = clean_text(_page([items], 4)).body.split("\n")
    assert got == [*STORY[:4], *items.split("\n"), *STORY[4:]]


@pytest.mark.parametrize(
    "line",
    [
        pytest.param(
            "Reproduction of materials is permitted only with a link to The Harbour Gazette.", id="site-note"
        ),
        pytest.param(
            "The Harbour Gazette is Dravia's oldest English-language daily.", id="possessive-publisher"
        ),
        pytest.param("If you notice a mistake, select the text and press Ctrl+Enter.", id="typo-prompt"),
    ],
)
def test_notes_naming_the_outlet_go(line: str) -> None:
    assert clean_text(_page([line], "tail")).body.split("\n") == STORY


def test_story_citing_the_outlet_stays() -> None:
    story = [
        *STORY,
        "Kolmar's interior ministry did not respond to The Harbour Gazette's request for comment.",
    ]
    assert clean_text(_page([], "tail", story)).body.split("\n") == story


def test_a_dotted_menu_is_no_title() -> None:
    page = _page([], "tail").replace(
        "World | Politics | Business", "Dravia · Kolmar · Selva · Varna · Analysis"
    )
    assert clean_text(page).title == HEAD[2]


# Inside the story: a repeat of a story sentence (near-exact) and the outlet's promo.
INSIDE = [
    pytest.param("“We will judge the other side by what happens at the gates.”", 5, id="pull-quote-exact"),
    pytest.param("“We will judge the other side by what happens”", 5, id="pull-quote-part"),
    pytest.param("“This is a first step, not the last one,” Petrova said.", 6, id="quote-reattributed"),
    pytest.param(
        "Listen to The Harbour Hour, our daily news podcast, on any podcast app.", 4, id="promo-mid-story"
    ),
]


@pytest.mark.parametrize(("line", "at"), INSIDE)
def test_repeats_and_promos_inside_the_story_go(line: str, at: int) -> None:
    assert clean_text(_page([line], at)).body.split("\n") == STORY


@pytest.mark.parametrize(
    "line",
    [
        pytest.param(
            "“This is a first step, not the last one,” Petrova said again on Wednesday in Varna.",
            id="requote",
        ),
        pytest.param(
            "Listen to the drivers and the picture is grimmer, union leaders said.", id="listen-reported"
        ),
    ],
)
def test_story_lines_that_repeat_or_urge_stay(line: str) -> None:
    story = [*STORY[:6], line, *STORY[6:]]
    assert clean_text(_page([], "tail", story)).body.split("\n") == story
