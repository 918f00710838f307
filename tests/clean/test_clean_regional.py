"""Cruft of major and regional outlets' pages that reads like prose (dev19, dev20 kinds), all invented.

Each case puts invented lines into the invented article of :mod:`test_clean_prose_cruft` at a given place
("top" under the byline, "mid" between paragraphs, "tail" after the story, "end" after the footer) and
checks that the body is the story; story lines sharing a shape with the cruft stay.
"""

from __future__ import annotations

import pytest
from test_clean_outlets import HEAD, STORY, _page

from parley.clean.cruft_rules import compiled_rules
from parley.clean.datelines import dateline
from parley.clean.lines import Line
from parley.clean.text import clean_text

CRUFT = [
    pytest.param(
        [
            "Oda Grell is The Lakeside Broadcaster and The River Post's Talvia correspondent, based in Osk. "
            "She has previously covered trade from Morensk.",
            "Connect via email.",
        ],
        "tail",
        id="bio-with-two-mastheads-and-contact-button",
    ),
    pytest.param(
        [
            "Advertisement\nRelated Article\nRask says fees will fall next year\n"
            "The minister says lower fuel costs leave room for cuts."
        ],
        "mid",
        id="advert-label-over-teaser",
    ),
    pytest.param(
        [
            "Save\nSign in or create a free account to keep this story for later.\nShare\n"
            "Normal text size\nLarger text size\nVery large text size"
        ],
        "top",
        id="save-prompt-and-text-size-menu",
    ),
    pytest.param(
        [
            "River World: the handful of stories moving the region, explained in five minutes. "
            "Sign up to get it in your inbox every Friday."
        ],
        "mid",
        id="newsletter-pitch-closing-with-sign-up",
    ),
    pytest.param(
        ["Lakeside Flash: the top stories of the hour. See what everyone is watching on Lakeside.com."],
        "top",
        id="promo-sending-to-the-site",
    ),
    pytest.param(
        [
            "Lakeside AI is in beta. Automated translations can contain errors, so check them "
            "against the original."
        ],
        "top",
        id="machine-translation-notice",
    ),
    pytest.param(
        ["This article was translated using AI and reviewed by an editor."], "top", id="translated-using-ai"
    ),
    pytest.param(
        ["Update 6/3/25, 4:45 p.m. ET: This article was updated with comment from the Talvian ministry."],
        "tail",
        id="dated-update-note",
    ),
    pytest.param(
        ["TEXT AD: Need a barge fixed in Osk? Call Venn Repairs on 0800 000 000 for same-day service."],
        "mid",
        id="text-ad",
    ),
    pytest.param(
        [
            "The two delegations at the start of Monday's meeting in Osk. "
            "Official photo via the Talvian ministry."
        ],
        "mid",
        id="photo-via-credit-sentence",
    ),
    pytest.param(
        [
            "What To Know\n\nTalvia and Morensk will meet again in Osk.\nFreight rates have almost doubled.\n"
            "Pilotage fees are the sticking point."
        ],
        "top",
        id="points-glued-under-a-header-set-apart",
    ),
    pytest.param(
        ["Ivo Rask arrives for the talks in Osk. Officials had hoped for a signed text. [LAKE-PA/JO ROE]"],
        "mid",
        id="caption-with-bracketed-credit",
    ),
    pytest.param(
        [
            "EXPLAINER | What still divides Talvia and Morensk",
            "Although the two sides agreed the treaty text in March, Morensk wants two more things before it "
            "signs, and Talvia says neither belongs in a river treaty.",
            "Read more: Talvia publishes its draft of the river code",
        ],
        "mid",
        id="explainer-teaser-over-read-more",
    ),
]


@pytest.mark.parametrize(("lines", "at"), CRUFT)
def test_regional_cruft_goes(lines: list[str], at: str) -> None:
    assert clean_text(_page(lines, at)).body.split("\n") == STORY


KEPT = [
    # A sign-off after the last sentence: the paragraph still ends like one.
    pytest.param(f"{STORY[-1]} – Lakeside.com", id="sign-off-site"),
    pytest.param(f"{STORY[-1]} – Lakeside Online", id="sign-off-two-words"),
    # An agency's initials with no dash, as South Asian papers close a wire story.
    pytest.param(f"{STORY[-1]} PTI", id="sign-off-agency-initials"),
    pytest.param(f"{STORY[-1]} (ANI)", id="sign-off-agency-in-brackets"),
    # A magazine's end mark after the last sentence.
    pytest.param(f"{STORY[-1]} ❖", id="end-mark"),
    pytest.param(f"{STORY[-1]} ■", id="end-mark-square"),
]


@pytest.mark.parametrize("last", KEPT)
def test_a_last_paragraph_with_a_sign_off_stays(last: str) -> None:
    story = [*STORY[:-1], last]
    assert clean_text(_page([], "tail", story)).body.split("\n") == story


def test_a_lead_glued_under_a_menu_and_its_dateline_stays() -> None:
    top = "Save\nSign in or create a free account to keep this story for later.\nShare\nNormal text size\n"
    top += f"Larger text size\nOsk:\n{STORY[0]}"
    got = clean_text("\n\n".join([*HEAD, top, *STORY[1:], "© 2025 The Lakeside Broadcaster"]))
    assert got.body.split("\n") == STORY
    assert got.title == HEAD[2]


def test_the_outlets_note_goes_though_the_story_cites_the_outlet() -> None:
    cites = "Rask told LAKESIDE POST that the next meeting is due in Osk before the end of the month."
    story = [*STORY[:-1], cites]
    raw = "\n\n".join(
        [
            *HEAD,
            *story,
            "Oda Grell covers shipping and trade for LAKESIDE POST from Osk. She reported from Morensk.",
            "LAKESIDE POST is an independent newspaper published from Osk.",
            "© 2025 Lakeside Post Services Limited. All rights reserved.",
        ]
    )
    assert clean_text(raw).body.split("\n") == story


def test_unbulleted_points_in_a_page_of_one_line_paragraphs_go_with_their_header() -> None:
    points = "What you need to know:\nTalvia and Morensk will meet again in Osk.\n"
    points += "Freight rates have almost doubled."
    raw = "\n".join([*HEAD, points, "Listen to this article", *STORY, "© 2025 The Lakeside Broadcaster"])
    assert clean_text(raw).body.split("\n") == STORY


def test_a_story_under_a_summary_like_header_stays() -> None:
    # The short lines under the header run on into the story: no box ends them at a label.
    story = ["Talvia and Morensk will meet again in Osk.", "Freight rates have almost doubled.", *STORY]
    raw = "\n".join([*HEAD, "What we know:", *story, "© 2025 The Lakeside Broadcaster"])
    assert clean_text(raw).body.split("\n") == story


def test_a_caption_beside_a_labelled_credit_goes() -> None:
    caption = "Barge crews at the lock near Osk. Traffic has slumped since the dispute began."
    raw = "\n".join([*HEAD, *STORY[:2], caption, "Photo credit: File | Lakeside Media", *STORY[2:]])
    assert clean_text(raw).body.split("\n") == STORY


KEPT_LINES = [
    pytest.param("Residents were told to sign up for evacuation lists by email.", id="told-to-sign-up"),
    pytest.param(
        "“Sign up for flood alerts by email,” the mayor told residents, evacuated twice since May.",
        id="quoted-call-to-sign-up",
    ),
    pytest.param(
        "The ministry released a photo via its Telegram channel on Monday.", id="photo-via-in-a-sentence"
    ),
    pytest.param(
        "Officials said automated translations of the treaty had caused confusion.", id="translations"
    ),
    pytest.param(
        "Updated figures released on Monday showed traffic had fallen by a quarter.", id="updated-figures"
    ),
]


@pytest.mark.parametrize("line", KEPT_LINES)
@pytest.mark.parametrize("at", ["mid", "tail"])
def test_story_lines_like_these_rules_stay(line: str, at: str) -> None:
    story = STORY[:2] + [line] + STORY[2:] if at == "mid" else [*STORY, line]
    assert clean_text(_page([], "tail", story)).body.split("\n") == story


def test_a_fact_box_glued_under_its_head_goes_however_long() -> None:
    more = [
        "Shipping firms in Osk said on Tuesday that they would wait for the second round before "
        "deciding whether to move their barges to the rail terminal at Venn, which opened last year.",
        "Port workers, who have lost a third of their shifts since the autumn, plan to march to the "
        "ministry on Friday to ask for the fees to be frozen until a deal is signed by both sides.",
    ]
    story = [*STORY, *more]
    box = (
        "THE VELL COMMISSION AT A GLANCE\nThe Vell Commission was set up by Talvia and Morensk in 1990 "
        "to set pilotage fees on the river. Its six members, three from each side, meet twice a year. "
        "It has not met since 2023, when the two sides fell out over a dredging contract."
    )
    assert clean_text(_page([box], "mid", story)).body.split("\n") == story


def test_a_caption_with_a_bracketed_credit_is_not_the_title() -> None:
    caption = "Ivo Rask arrives for the talks in Osk. Officials had hoped for a signed text. [LAKE-PA/JO ROE]"
    raw = "\n\n".join([HEAD[2], "Home > World", "By Oda Grell", "Share  Post  Email", caption, *STORY])
    got = clean_text(raw)
    assert (got.title, got.body.split("\n")) == (HEAD[2], STORY)


def test_a_story_section_under_a_plain_crosshead_stays() -> None:
    # "Background" is no fact box's word: the section under it is the story's, whatever follows it.
    section = "The Vell Commission was set up in 1990 to set pilotage fees on the river."
    story = [*STORY, section]
    raw = "\n\n".join([*HEAD, *STORY, "Background", section, "Read more: Talvia publishes its river code"])
    assert clean_text(raw).body.split("\n") == story


DATELINES = [
    pytest.param("Dubai: Indirect talks stalled on Tuesday over a map.", "Dubai", id="colon-city"),
    pytest.param("Analysis: The talks stalled on Tuesday over a map.", None, id="colon-label"),
    pytest.param("Zoom out: The talks stalled on Tuesday over a map.", None, id="colon-lower-case-label"),
    pytest.param("Osk: the talks stalled on Tuesday over a map.", None, id="colon-lower-case-after"),
    pytest.param("Abu Dhabi: Indirect talks stalled on Tuesday.", "Abu Dhabi", id="colon-two-word-city"),
    pytest.param(
        "Washington, DC, United States: Envoys met again.",
        "Washington, DC, United States",
        id="colon-city-state",
    ),
    # Title-case words before a colon open a name as often as a place: the gazetteer must know the place.
    pytest.param("Star Drift Legends: Night Rider is a game of many parts.", None, id="colon-title-words"),
    pytest.param("Grand Harbour Accord: The deal was signed on Tuesday.", None, id="colon-named-deal"),
]


@pytest.mark.parametrize(("text", "want"), DATELINES)
def test_colon_datelines(text: str, want: str | None) -> None:
    found = dateline(Line(text, 0, len(text)), compiled_rules())
    assert (found[0] if found else None) == want
