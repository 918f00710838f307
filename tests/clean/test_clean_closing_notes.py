"""After the story (round 19): an agency's bare sign-off stays, teasers whose headline the line rules read
as a caption go, the outlet's notes on its own coverage go, and short story lines stay.

Each case puts invented lines into the invented article of test_clean_outlets ("tail": after the story).
"""

from __future__ import annotations

import pytest
from test_clean_outlets import STORY, _page

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
]


@pytest.mark.parametrize(("lines", "at"), GOES)
def test_notes_about_the_story_go(lines: list[str], at: str) -> None:
    assert clean_text(_page(lines, at)).body.split("\n") == STORY


KEPT = [
    pytest.param(["- AP"], id="bare-agency-sign-off"),
    pytest.param(["– Reuters"], id="agency-sign-off-en-dash"),
]


@pytest.mark.parametrize("ending", KEPT)
def test_story_endings_stay(ending: list[str]) -> None:
    story = [*STORY, *ending]
    assert clean_text(_page([], "tail", story)).body.split("\n") == story
