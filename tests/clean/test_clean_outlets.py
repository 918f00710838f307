"""Pages of major outlets: what broadcasters and agencies put around a story goes, the story stays.

Each case puts a few invented lines into one invented article at a given place ("top" under the byline,
"tail" after the story, "end" after the footer) and checks the body is the story.
"""

from __future__ import annotations

import pytest

from parley.clean.cruft_rules import compiled_rules
from parley.clean.datelines import dateline
from parley.clean.lines import Line
from parley.clean.text import clean_text

HEAD = [
    "The Lakeside Broadcaster",
    "News | World | Business",
    "Talvia and Morensk agree to a second round of talks on river shipping",
    "By Oda Grell",
    "Published 3 June 2025",
]
STORY = [
    "Talvia and Morensk agreed on Monday to hold a second round of talks on shipping along the Vell river, "
    "their transport ministers said after meeting in the border town of Osk.",
    "The first round ended without a deal in April, when the two sides could not agree on pilotage fees, "
    "according to a statement from the Talvian ministry.",
    "“We are closer than we were, but not yet close,” Morensk’s Transport Minister Ivo Rask told reporters.",
    "Barge traffic on the river has fallen by a quarter since the dispute began last autumn, and freight "
    "rates have almost doubled, port figures show.",
    "The next meeting is due in Osk before the end of the month.",
]
FOOT = ["© 2025 The Lakeside Broadcaster"]


def _page(lines: list[str], at: str, story: list[str] = STORY) -> str:
    """The page with ``lines`` at ``at``: "top" (under the byline), "mid" (after the second story
    paragraph), "tail" (after the story) or "end" (after the footer)."""
    mid = story[:2] + (lines if at == "mid" else []) + story[2:]
    parts = HEAD + (lines if at == "top" else []) + mid + (lines if at == "tail" else []) + FOOT
    return "\n\n".join(parts + (lines if at == "end" else []))


CRUFT = [
    pytest.param(
        [
            "Voice of the Lakes is a publicly funded international broadcaster reaching listeners in 12 "
            "languages."
        ],
        "end",
        id="broadcaster-name-with-of",
    ),
    pytest.param(["Radio Free Lakes is a listener-funded regional news network."], "tail", id="news-network"),
    pytest.param(
        ["Voice of the Lakes (VOL) is a publicly funded broadcaster reaching audiences in 40 languages."],
        "end",
        id="broadcaster-initials",
    ),
    pytest.param(["Lakeside News is part of the Lakeside Media Group."], "end", id="part-of-group"),
    pytest.param(
        ["Lakeside News Agency. Mass media registration certificate issued by the press regulator."],
        "end",
        id="imprint-registration",
    ),
    pytest.param(["Registration certificate No. 77-1234 issued on 5 May 2001."], "end", id="imprint-number"),
    pytest.param(
        ["Get breaking news as it happens — switch on alerts in the Lakeside app."],
        "tail",
        id="alerts-switch",
    ),
    pytest.param(["Turn on notifications to follow the talks."], "tail", id="alerts-turn-on"),
    pytest.param(
        [
            "The Broadcaster honours the Traditional Custodians of the lands on which we work and pays "
            "respect to their Elders."
        ],
        "end",
        id="acknowledgement-of-country",
    ),
    pytest.param(
        ["Lakeside Radio acknowledges the traditional owners of the land and their elders past and present."],
        "end",
        id="acknowledgement-owners",
    ),
    pytest.param(
        [
            "Some material on this page is supplied by international news agencies and remains their "
            "copyright."
        ],
        "end",
        id="agency-material",
    ),
    pytest.param(["Parts of the content of this story come from wire services."], "tail", id="wire-content"),
    pytest.param(["Times shown are CET (UTC+1)."], "end", id="times-shown"),
    pytest.param(["All times CET"], "end", id="all-times"),
    pytest.param(["[Editor: Mira Tenn]"], "tail", id="bracketed-editor"),
    pytest.param(["Source: Lakepress | Editor: mtenn"], "tail", id="source-and-editor"),
    pytest.param(["Support trusted journalism from the lakes. Donate today."], "tail", id="donate-today"),
    pytest.param(["A small contribution keeps our reporters on the river."], "tail", id="small-contribution"),
    pytest.param(["Your gift today helps our reporters stay on the river."], "tail", id="your-gift"),
    pytest.param(["Give once or monthly to fund independent reporting."], "tail", id="give-once"),
    pytest.param(["*Writing by Kai Sorel"], "tail", id="asterisk-desk-note"),
    pytest.param(["*Contributions by Mira Tenn in Osk"], "tail", id="asterisk-contributions"),
    pytest.param(
        [
            "In short:\nThe two countries will meet again on shipping fees.\nBarge traffic has fallen by a "
            "quarter.\nWhat's next?\nMinisters meet again in Osk this month."
        ],
        "top",
        id="summary-box-without-bullets",
    ),
    pytest.param(
        ["Quick read\nTalks will resume in Osk.\nTraffic is down by a quarter."],
        "top",
        id="quick-read-box",
    ),
]


@pytest.mark.parametrize(("lines", "at"), CRUFT)
def test_outlet_cruft_goes(lines: list[str], at: str) -> None:
    assert clean_text(_page(lines, at)).body.split("\n") == STORY


# Story sentences and closing credits that look like the cruft above: they stay.
KEPT = [
    pytest.param(
        "The outlet's registration certificate was revoked by the regulator in May.", id="registration"
    ),
    pytest.param("The traditional owners of the riverbank were not consulted on the new piers.", id="owners"),
    pytest.param("The shipping app sends push notifications to barge crews.", id="push-notifications"),
    pytest.param("All times when the ferry sailed were logged by port staff.", id="all-times-story"),
    pytest.param("The Osk Port Company is part of the state's holdings.", id="part-of-holdings"),
    pytest.param("Lakeside/wires", id="wires-credit"),
    pytest.param("Reporting by Kai Sorel; Writing by Mira Tenn", id="wire-credit"),
    pytest.param(
        "Some barges on the river are owned by the state, the port authority said.", id="some-barges"
    ),
]


@pytest.mark.parametrize("closer", KEPT)
def test_story_lines_like_outlet_cruft_stay(closer: str) -> None:
    story = [*STORY, closer]
    assert clean_text(_page([], "tail", story)).body.split("\n") == story


DATELINES = [
    pytest.param(
        "OSK, June 4. /LNA/. Talvia said on Monday it would talk.", "OSK, June 4", id="slashed-agency"
    ),
    pytest.param(
        "VELLGRAD. LAKEPRESS - The ministry said it would talk.", "VELLGRAD. LAKEPRESS", id="dotted-agency"
    ),
    pytest.param(
        "OSK. June 4 (Reuters) - The ministry said it would talk.", "OSK. June 4 (Reuters)", id="dotted-date"
    ),
    pytest.param("The talks ended. NATO - the alliance said it would talk.", None, id="sentence-stays"),
    # Spanish-language desks close the place with a stop and a hyphen.
    pytest.param("Port Ellin.- Talvia said on Monday it would talk.", "Port Ellin", id="stop-hyphen"),
    pytest.param("Osk (Lakewire).- Talvia said it would talk.", "Osk (Lakewire)", id="stop-hyphen-agency"),
    # An outlet's name in capitals in brackets, no dash after it.
    pytest.param("(LAKEPRESS) Talvia said on Monday it would talk.", "(LAKEPRESS)", id="bare-outlet"),
    pytest.param("(UPDATE) Talvia said on Monday it would talk.", None, id="bare-label-stays"),
    pytest.param("The U.S.- Talvian talks ended on Monday.", None, id="stop-hyphen-in-a-sentence"),
]


@pytest.mark.parametrize(("text", "want"), DATELINES)
def test_agency_datelines(text: str, want: str | None) -> None:
    found = dateline(Line(text, 0, len(text)), compiled_rules())
    assert (found[0] if found else None) == want
