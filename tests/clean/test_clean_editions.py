"""A story as English editions of other-language outlets, newsletters, explainers and data desks leave it
(session 23, from dev65 and dev66).

Each case is invented: a short story with one piece of furniture (a translation note naming the original's
language, a byline with the writer's post in brackets, a dek over a translation note, a newsletter's greeting,
a pitch put as a question, a data desk's note on its method, a journal's suggested citation, a timeline page
whose entries are dated). The body must come out as the story exactly; lookalike story lines stay.
"""

from __future__ import annotations

import pytest
from test_clean_converters import STORY, TITLE  # the same invented story as the converters' cases

from parley.clean import clean
from parley.clean.text import clean_text

HEAD = [TITLE, "By Jo Lind", "Published July 17, 2025"]


def _body(lines: list[str]) -> list[str]:
    return [line for line in clean_text("\n\n".join(lines)).body.split("\n") if line.strip()]


@pytest.mark.parametrize(
    "line",
    [
        "Translated from the Portuguese original by our English service. Original headline: “Marlândia e"
        " Óstria reabrem travessias”",
        "Translated from Dutch: this article was translated with the help of AI and checked by our editors.",
        "Machine translation – this text was translated automatically from German and reviewed by our"
        " editorial team. Read the original German article.",
        "Enjoying this article? Click here to subscribe for full access. Just $5 a month.",
        "How we did this: We compiled the figures from the lists released before each exchange and checked"
        " them against the Red Cross's reports.",
        "Suggested citation: Jo Lind, Reopening the River Crossings, Treaty Notes (2025).",
    ],
)
def test_a_note_about_the_piece_under_the_story_goes(line: str) -> None:
    assert _body([*HEAD, *STORY, line]) == STORY


@pytest.mark.parametrize(
    "line",
    [
        "Translated from Dutch: this article was translated with the help of AI and checked by our editors.",
        "Machine translation – this text was translated automatically from German and reviewed by our"
        " editorial team. Read the original German article (“Marland und Ostria öffnen zwei Übergänge”).",
    ],
)
def test_a_translation_note_over_the_story_goes(line: str) -> None:
    got = clean_text("\n\n".join([*HEAD, line, *STORY]))
    assert got.body.split("\n") == STORY
    # reported as the note it is, by the rule, not left to the line model's guess
    assert [r.reason for r in got.removed if r.text == line] == ["editor-note"]


@pytest.mark.parametrize(
    "line",
    [
        # The story's own lines: what was translated, enjoyed, counted or cited, and by whom.
        "Translated from Russian by the agency, the statement said the crossings would stay shut.",
        "Translated from the Ostrian, the ministry's note read: “The banks will be cleared together.”",
        "Enjoying the backing of both capitals, the negotiators now turn to the river's tolls.",
        "How the two sides will share the cost of clearing the banks is still to be settled, Roe said.",
        "“Good morning,” Roe told the delegations as the second day of talks opened in Tolvik.",
    ],
)
def test_story_lines_like_notes_stay(line: str) -> None:
    story = [*STORY, line]
    assert _body([*HEAD, *story]) == story


def test_a_byline_with_the_writers_post_in_brackets_parts_a_dek_from_the_story() -> None:
    dek = "Marland's chief negotiator went to Tolvik on Tuesday for talks kept secret until the last minute."
    got = clean_text("\n".join([TITLE, dek, "By Jo Lind (Tolvik, special correspondent)", *STORY]))
    assert got.body.split("\n") == STORY
    assert got.title == TITLE


def test_a_dek_over_a_translation_note_goes() -> None:
    dek = "Two crossings closed since the spring are among four to reopen in the first deal in years."
    note = "This article was translated from the Ostrian by our English Section."
    got = clean_text("\n\n".join([TITLE, "Listen to this article", dek, note, *STORY]))
    assert got.body.split("\n") == STORY


def test_a_newsletters_greeting_is_not_the_title() -> None:
    greeting = "Good morning. It's Thursday, and the river talks roll on. Here's what you need to know."
    meta = "Newsletter: River Brief | 17/07/2025 07:02 CET | 377 words"
    got = clean_text("\n".join([TITLE, meta, greeting, "", *STORY]))
    assert got.title == TITLE
    assert got.body.split("\n") == STORY


_TIMELINE = """<!DOCTYPE html><html><head><title>{title}</title></head><body>
<article><h1>{title}</h1>
<div class="timestamp">Published Aug. 9, 2025 at 6:00 a.m. EDT</div>
{paragraphs}
<p class="timeline-entry"><strong>March 13, 2024:</strong> Both ministries announce that talks on the text
have been completed, and
that the two crossings at Brenn and Lakeside will be the first to reopen once technical teams finish work.</p>
<p class="timeline-entry"><strong>July 10, 2025:</strong> The two chief negotiators meet in Tolvik for their
first talks without a
mediator, and both sides describe the meeting as constructive in statements issued that evening.</p>
</article></body></html>"""


def test_a_timeline_pages_stamp_dates_it_not_its_oldest_entry() -> None:
    # htmldate reads a date in an element whose class says "entry" and, with no date markup, keeps the oldest.
    page = _TIMELINE.format(title=TITLE, paragraphs="\n".join(f"<p>{line}</p>" for line in STORY))
    got = clean(page, is_html=True)
    assert got.published == "2025-08-09"
    assert got.published_source == "text"
