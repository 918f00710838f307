"""Cruft of pages from outlets not seen before (dev22): a masthead show's pitch, a podcast's pitch over a
writer's card with a title-cased role, captions told as sentences with no credit (the picture's full date,
or a named subject at a place), a fact box on one line, a teaser glued to its summary after the story, a
dateline naming the site. Each case puts invented lines into one invented article at a given place ("top"
under the byline, "mid" between paragraphs, "tail" after the story, "end" after the footer) and checks the
body; the story lines after them share a word or a shape with the cruft and stay.
"""

from __future__ import annotations

import pytest
from test_clean_outlets import STORY, _page

from parley.clean.cruft_rules import compiled_rules
from parley.clean.datelines import dateline
from parley.clean.lines import Line
from parley.clean.text import clean_text

CRUFT = [
    pytest.param(
        [
            "The Lakeside Broadcaster Tonight: Catch up on the river news our reporters are following this "
            "evening, in a half-hour bulletin streamed free on our website."
        ],
        "mid",
        id="masthead-show-pitch",
    ),
    pytest.param(
        [
            "Short on time? Our weekly podcast, River Week, gives you the shipping news in fifteen minutes - "
            "find it wherever you listen.",
            "Listen on Apple Podcasts",
            "Oda Grell is the Lakeside Broadcaster's Northern Rivers Correspondent, based in Osk.",
        ],
        "tail",
        id="podcast-pitch-over-title-cased-role",
    ),
    pytest.param(
        [
            "Dockers unload grain from a barge at the port of Osk on June 2, 2025. Port officials say "
            "traffic has halved since the autumn."
        ],
        "mid",
        id="caption-with-full-date",
    ),
    pytest.param(
        ["Pilots wait on the quay in Osk on 2 June 2025."],
        "mid",
        id="caption-with-day-first-date",
    ),
    pytest.param(
        ["Morensk's Transport Minister Ivo Rask greets the Talvian delegation on arrival in Osk."],
        "mid",
        id="caption-named-subject-at-place",
    ),
    pytest.param(
        [
            "What was agreed in Osk: a joint pilotage board; lower fees for small barges; a hotline between "
            "the two port authorities."
        ],
        "mid",
        id="fact-box-on-one-line",
    ),
    pytest.param(
        [
            "Post comment\nTop Trending",
            "Ferry fares on the Vell to rise from July, operators say: The two largest operators blame fuel "
            "costs and a shortage of trained pilots.",
            "Osk fishermen report a record spring catch",
            "Popular from Talvia",
        ],
        "end",
        id="teaser-glued-to-its-summary",
    ),
    pytest.param(
        ["(This report is carried unedited from a wire feed. Only the headline was written by our desk.)"],
        "tail",
        id="carried-unedited-note",
    ),
]


@pytest.mark.parametrize(("lines", "at"), CRUFT)
def test_unseen_page_cruft_goes(lines: list[str], at: str) -> None:
    assert clean_text(_page(lines, at)).body.split("\n") == STORY


# Story sentences that share a word or a shape with the cruft above: they stay, wherever they stand.
KEPT = [
    pytest.param("Port officials say traffic on the river has halved since the autumn.", id="present-report"),
    pytest.param(
        "The new pilotage board meets in Osk for the first time on July 9, 2025.", id="schedule-dated"
    ),
    pytest.param("The agreement expires on 31 December 2025.", id="expiry-dated"),
    pytest.param("Barges queued at the lock in Osk on June 2, 2025.", id="past-tense-dated"),
    pytest.param("Rask greets every new crew in Osk.", id="one-word-subject"),
    pytest.param(
        "“Read the full statement here, and you will see we gave nothing away,” Rask told our reporter.",
        id="read-the-full-statement-in-a-quote",
    ),
    pytest.param(
        "What they agreed on fees, the ministers said, would be published within a week.", id="what-clause"
    ),
    pytest.param(
        "Both sides want three things: lower fees, more pilots and a hotline.", id="colon-list-commas"
    ),
    pytest.param("The talks resume in June.", id="short-last-paragraph"),
    pytest.param("This report was carried by three wire services before noon.", id="carried-report"),
]


@pytest.mark.parametrize("line", KEPT)
@pytest.mark.parametrize("at", ["mid", "tail"])
def test_story_lines_like_unseen_page_cruft_stay(line: str, at: str) -> None:
    story = STORY[:2] + [line] + STORY[2:] if at == "mid" else [*STORY, line]
    assert clean_text(_page([], "tail", story)).body.split("\n") == story


DATELINES = [
    pytest.param(
        "HARBOURTOWN (Coast24) – The ministers met on Friday.", "HARBOURTOWN (Coast24)", id="site-digits"
    ),
    pytest.param("OSK (Reuters) – The ministers met on Friday.", "OSK (Reuters)", id="agency"),
    pytest.param("Coast24 – the channel said on Friday – would close.", None, id="site-name-opens-a-lead"),
    # The place set apart by the page, the agency alone before the dash: a listed agency only.
    pytest.param("(Reuters) - The ministers met on Friday.", "(Reuters)", id="agency-alone"),
    pytest.param("(AP) — “We are close,” the envoy said.", "(AP)", id="agency-alone-quote"),
    pytest.param("(Coast Press) — The boats stayed in port.", "(Coast Press)", id="outlet-alone"),
    pytest.param("(video) - The ministers met on Friday.", None, id="lower-case-aside"),
    pytest.param("(Updated) - The ministers met on Friday.", None, id="bracketed-note"),
]


@pytest.mark.parametrize(("text", "want"), DATELINES)
def test_datelines_naming_the_site(text: str, want: str | None) -> None:
    found = dateline(Line(text, 0, len(text)), compiled_rules())
    assert (found[0] if found else None) == want
