"""Where a story ends: the writer's bio and the outlet's notes under the last paragraph go, even with an
unknown note below them, while short story lines, colon intros, lists and one-word quotes stay.

Each case puts invented lines into the invented article of test_clean_outlets at a given place ("mid"
between paragraphs, "tail" after the story, "end" after the footer) and checks the body.
"""

from __future__ import annotations

import pytest
from test_clean_outlets import STORY, _page

from parley.clean.text import clean_text

GOES = [
    pytest.param(
        [
            "Oda Grell is The Lakeside Broadcaster's River Correspondent, based in Osk. She has covered the "
            "Vell since 2019."
        ],
        "tail",
        id="bio-capitalised-role",
    ),
    pytest.param(
        ["Oda Grell is Lake24's transport correspondent. She reported from Osk for six years."],
        "tail",
        id="bio-masthead-with-digits",
    ),
    pytest.param(
        ["Oda K. Grell covers shipping and the river ports for LAKESIDE.net. She joined the desk in 2020."],
        "tail",
        id="bio-name-with-initial",
    ),
    pytest.param(
        [
            "Oda Grell is a senior reporter with The Lakeside Broadcaster covering the river ports.",
            "A Morenski version of this story was first printed by our sister paper, Osk Daily.",
        ],
        "tail",
        id="bio-over-an-unknown-note",
    ),
]


@pytest.mark.parametrize(("lines", "at"), GOES)
def test_notes_at_the_story_end_go(lines: list[str], at: str) -> None:
    assert clean_text(_page(lines, at)).body.split("\n") == STORY


# Story lines that read like a bio or stand over a short last line: they stay.
KEPT_ENDS = [
    pytest.param(
        ["Ivo Rask is a former ferry captain who now chairs the pilots' board.", "He did not comment."],
        id="source-described-over-short-line",
    ),
    pytest.param(
        ["Morensk’s Transport Minister Ivo Rask is a former river correspondent.", "Talks resume in June."],
        id="minister-named-in-story",
    ),
]


@pytest.mark.parametrize("ending", KEPT_ENDS)
def test_story_endings_stay(ending: list[str]) -> None:
    story = [*STORY, *ending]
    assert clean_text(_page([], "tail", story)).body.split("\n") == story
