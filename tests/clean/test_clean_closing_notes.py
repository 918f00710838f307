"""After the story (round 19): an agency's bare sign-off stays, teasers whose headline the line rules read
as a caption go, the outlet's notes on its own coverage go, and short story lines stay.

Each case puts invented lines into the invented article of test_clean_outlets ("tail": after the story).
"""

from __future__ import annotations

import pytest
from test_clean_outlets import STORY, _page

from parley.clean.lines import Line, classify
from parley.clean.text import clean_text

GOES = [
    pytest.param(
        [
            "More from Lakeside",
            "Ferry crews to meet in Osk for their first talks since 2020",
            "Crews say they will send a delegation, but questions remain over who the owners will send.",
            "Dockers in Vell walk out over pay as the grain harvest waits",
            "Union leaders expect the strike to last at least a week, with exports stuck at the quay.",
        ],
        "tail",
        id="teasers-with-caption-shaped-headlines",
    ),
    pytest.param(
        [
            "Pilots and owners face each other across a table in Osk, with officials seated between them.",
            "Jo Roe/AP",
        ],
        "mid",
        id="caption-with-a-participle-over-an-owned-credit",
    ),
    # The story's last paragraph over a photo's credit: the credit goes, the paragraph stays.
    pytest.param(["Jo Roe/AP"], "tail", id="owned-credit-under-the-last-paragraph"),
    # A wire over a word of the photo desk ("file", "pool") is a photo's credit: no editor signs so.
    pytest.param(["Reuters/file"], "tail", id="wire-over-file-is-a-photo-credit"),
    # A past form with its preposition describes the subject before the scene's verb: a participle.
    pytest.param(
        [
            "Relatives of crew members held in Osk hold their photographs at a vigil outside the ministry on "
            "Monday evening.",
            "(photo credit: JO ROE/LAKEWIRE)",
        ],
        "mid",
        id="caption-with-a-reduced-relative-over-a-labelled-credit",
    ),
    pytest.param(
        [
            "Families displaced by the floods wait for buses outside the town hall in Osk.",
            "Photo: Jo Roe/Lakewire",
        ],
        "mid",
        id="caption-with-a-participle-before-the-verb",
    ),
]


@pytest.mark.parametrize(("lines", "at"), GOES)
def test_notes_about_the_story_go(lines: list[str], at: str) -> None:
    assert clean_text(_page(lines, at)).body.split("\n") == STORY


KEPT = [
    pytest.param(["- AP"], id="bare-agency-sign-off"),
    pytest.param(["– Reuters"], id="agency-sign-off-en-dash"),
    pytest.param(["With AFP"], id="with-agency"),
    pytest.param(["With Reuters, AP"], id="with-two-agencies"),
    pytest.param(["— AFP, Reuters"], id="dash-two-agencies"),
    pytest.param(["- AP/AFP"], id="dash-agencies-slash"),
    pytest.param(["jr/ab (AFP, dpa)"], id="editors-initials-before-wires"),
    pytest.param(["AFP/dpa/ab"], id="editors-initials-after-wires"),
    pytest.param(["Keystone-SDA/Reuters/jr"], id="national-agency-and-wire-with-initials"),
    pytest.param(["(Lakeside 24 with AFP)"], id="bracketed-outlet-with-wire"),
    pytest.param(["(AFP, Reuters)"], id="bracketed-two-wires"),
    pytest.param(["kl/fz/rsc"], id="desk-initials-alone"),
    pytest.param(["bur-jm/ab"], id="bureau-and-desk-initials"),
    pytest.param(
        ["Oslo, the pilots' union said: “All rights reserved.”"], id="story-line-saying-rights-reserved"
    ),
]


# A bare name has no sign-off's mark: it may be a photo's credit, and goes with the caption above it.
@pytest.mark.parametrize("credit", ["With AFP", "With Reuters, AP"])
def test_a_sign_off_under_a_caption_goes_with_it(credit: str) -> None:
    caption = "Delegates arrive at the palace before the talks."
    story = [*STORY[:2], caption, credit, *STORY[2:]]
    body = clean_text(_page([], "tail", story)).body.split("\n")
    assert caption not in body and credit not in body


# The owner's notice with its sign inside the line, or none, under the page's teasers and a line about the
# owner, where the walk up from the page's end stops.
@pytest.mark.parametrize(
    "notice",
    [
        "The Lakeside Broadcaster © 2025. All rights reserved.",
        "Lakeside Media Ltd 2025, all rights reserved",
        "All content © 2025 Lakeside Media Group, unless otherwise stated.",
    ],
)
def test_an_owners_notice_under_the_teasers_goes(notice: str) -> None:
    teasers = ["Latest stories", "Ferry crews vote on the new pay offer\nDockers in Vell end their strike"]
    owner = "Lakeside Media is a company with interests in radio, print and digital publishing."
    raw = "\n\n".join(["Talks on the Vell to resume", "By Oda Grell", *STORY, *teasers, owner, notice])
    assert clean_text(raw).body.split("\n") == STORY


@pytest.mark.parametrize(
    ("line", "notice"),
    [
        ("Lakeside Media © 2025 | Privacy | Terms", True),
        ("All content © 2025 Lakeside Media Group, unless otherwise stated.", True),
        ("Photo © Jo Roe/Lakewire", False),
    ],
)
def test_the_copyright_sign_with_a_year_is_the_owners_notice(line: str, notice: bool) -> None:
    """A photo's credit names the photographer and no year."""
    assert (classify(Line(line, 0, len(line))) == "copyright") is notice


# Story lines over a photo's credit that tell the past: the credit goes, the line stays.
@pytest.mark.parametrize(
    "line",
    [
        "Crews met in Osk on Monday and wait for the owners to answer their offer.",
        "Pilots held in Osk since March were freed on Monday, their union said in a statement.",
    ],
)
def test_a_past_line_over_a_photo_credit_stays(line: str) -> None:
    story = [*STORY[:2], line, *STORY[2:]]
    page = [*STORY[:2], line, "Photo: Jo Roe/Lakewire", *STORY[2:]]
    assert clean_text(_page([], "tail", page)).body.split("\n") == story


@pytest.mark.parametrize("ending", KEPT)
def test_story_endings_stay(ending: list[str]) -> None:
    story = [*STORY, *ending]
    assert clean_text(_page([], "tail", story)).body.split("\n") == story


# The outlet's notes on its own coverage (and a comment notice too long for the line rules) after the story.
COVERAGE = [
    "The Lakeside Broadcaster will keep updating this story as the talks in Osk continue.",
    "Our river desk will update this story as the delegations meet through the night.",
    "We will continue to update this article as the pilots vote.",
    "The Broadcaster has reporters in Osk and Vell on the talks; this story will be updated as they go.",
    "This page will be updated.",
]


@pytest.mark.parametrize("note", COVERAGE)
def test_coverage_notes_after_the_story_go(note: str) -> None:
    assert clean_text(_page([note], "tail")).body.split("\n") == STORY


def test_a_comment_notice_with_a_second_sentence_goes() -> None:
    note = (
        "Comments are closed for this story. The Broadcaster turns off comments on stories about the strike."
    )
    assert clean_text(_page([note], "tail")).body.split("\n") == STORY


# Story endings that speak of updates, plans and comments: they stay.
STORY_UPDATES = [
    "Rask said the ministry will update its forecast as the talks continue.",
    "Statistics Talvia will update the report on barge traffic in June.",
    "The pilots' board will keep updating its members by text message.",
    "Talvia will follow the developments in Osk closely.",
    "Comments from both delegations are expected on Monday.",
    "Pilots had their say in the comments section. The board answered them on Friday.",
]


@pytest.mark.parametrize("line", STORY_UPDATES)
def test_story_lines_about_updates_stay(line: str) -> None:
    story = [*STORY, line]
    assert clean_text(_page([], "tail", story)).body.split("\n") == story


@pytest.mark.parametrize("line", ["Markets rallied.", "Barges moved again."])
def test_a_short_plain_sentence_over_a_short_story_sentence_stays(line: str) -> None:
    """Under a teaser, over a short sentence leading the next paragraph ("In Osk, the mood was calmer.")."""
    teaser = [
        "Lakeside Exclusive: How the ferry crews rerouted their boats through the delta",
        "Two dozen crews told the Broadcaster they have changed routes since March to avoid the fees.",
    ]
    short = "In Osk, the mood was calmer."
    head = ["Talks on the Vell to resume", "By Oda Grell", *STORY[:2], "\n".join(teaser)]
    raw = "\n\n".join([*head, line, short, *STORY[2:], "© 2025 The Lakeside Broadcaster"])
    body = clean_text(raw).body.split("\n")
    assert body == [*STORY[:2], line, short, *STORY[2:]]


def test_a_colon_intro_keeps_its_items_past_a_related_block() -> None:
    intro = "Under the terms laid out in a joint statement released by both ministries early on Monday:"
    related = [
        "RELATED ARTICLES",
        "Morensk port strike ends after pay deal",
        "Talvia names a new transport minister",
    ]
    items = ["• Talvia will cut its pilotage fees by half.", "• Morensk will reopen the night crossings."]
    head = ["Talks on the Vell to resume", "By Oda Grell", *STORY[:2], intro, "\n".join(related)]
    raw = "\n\n".join([*head, *items, *STORY[2:], "© 2025 The Lakeside Broadcaster"])
    assert clean_text(raw).body.split("\n") == [*STORY[:2], intro, *items, *STORY[2:]]


# Points a blank line apart under a summary header above the story: they go when they repeat the story.
SPACED_POINTS = [
    pytest.param(
        [
            "Talvia and Morensk agreed to a second round of talks.",
            "The first round ended without a deal in April.",
        ],
        False,
        id="points-repeat-the-story",
    ),
    pytest.param(
        ["Night ferries may run from June.", "Crews will vote on a new offer soon."],
        True,
        id="points-the-story-never-repeats",
    ),
]


@pytest.mark.parametrize(("points", "kept"), SPACED_POINTS)
def test_spaced_points_under_a_summary_header(points: list[str], kept: bool) -> None:
    head = ["Talks on the Vell to resume", "By Oda Grell", "Key Points"]
    raw = "\n\n".join([*head, *points, *STORY, "© 2025 The Lakeside Broadcaster"])
    assert clean_text(raw).body.split("\n") == ([*points, *STORY] if kept else STORY)


@pytest.mark.parametrize(("points", "kept"), SPACED_POINTS)
def test_points_one_a_line_under_a_summary_header(points: list[str], kept: bool) -> None:
    # A page of one line per paragraph: the points above the lead are known by the story telling them again.
    head = ["Talks on the Vell to resume", "By Oda Grell", "Key Points"]
    raw = "\n".join([*head, *points, *STORY, "© 2025 The Lakeside Broadcaster"])
    assert clean_text(raw).body.split("\n") == ([*points, *STORY] if kept else STORY)
