"""A story as broadcasters', regional papers' and institutions' pages leave it (session 22's dev62-dev64).

Each case is invented: a short story with one piece of furniture (an agency's tag saying when its report was
first published, a broadcaster's production credit, a programme page's episode blurb and transcript note, a
player's title repeating the headline over the lead, a photo's caption over its "Name/Agency" credit, an
outlet's note about itself where the story cites it as the one told, a UN page's standing note, the EU's
footnote on a disputed name, a release's "Notes to editors:" over one sentence). The body must come out as the
story exactly; lookalike story lines stay.
"""

from __future__ import annotations

import pytest
from test_clean_converters import STORY, TITLE  # the same invented story as the converters' cases

from parley.clean.text import clean_text

HEAD = [TITLE, "By Jo Lind", "Published July 17, 2025"]


def _body(lines: list[str]) -> list[str]:
    return [line for line in clean_text("\n\n".join(lines)).body.split("\n") if line.strip()]


@pytest.mark.parametrize(
    "line",
    [
        "This report by The Canadian Press was first published July 17, 2025.",
        "This report by Lakewire News was first published on July 17, 2025.",
        "Audio produced by Amanda Grant and Ines Colabrese.",
        "Video edited by Jo Roe.",
        "Hear the full conversation with the negotiator in the player above.",
        "This transcript was generated automatically and lightly edited. It may contain errors.",
        "For information media. Not an official record.",
        "* This designation is without prejudice to positions on status, and is in line with UNSCR 1244.",
    ],
)
def test_a_tag_credit_or_standing_note_under_the_story_goes(line: str) -> None:
    assert _body([*HEAD, *STORY, line]) == STORY


@pytest.mark.parametrize(
    "line",
    [
        # The story's own lines: what was published, produced or edited, and by whom.
        "The report was first published by the ministry on Monday and withdrawn hours later.",
        "The audio, produced by the ministry, could not be verified independently.",
        "The video was edited by the ministry before it aired, the broadcaster said.",
        "The full conversation between the two leaders has not been made public, officials said.",
    ],
)
def test_story_lines_like_tags_and_credits_stay(line: str) -> None:
    story = [*STORY, line]
    assert _body([*HEAD, *story]) == story


def test_an_episode_blurb_over_the_story_goes() -> None:
    blurb = "On today's show: two river states agree to reopen crossings. Maya talks with a former envoy."
    assert _body([*HEAD, blurb, *STORY]) == STORY


def test_a_players_shorter_headline_over_the_lead_goes() -> None:
    title = "Marland and Ostria agree to reopen river crossings after talks. Will the truce hold?"
    echo = "Marland and Ostria agree to reopen river crossings. Will the truce hold?"
    got = clean_text("\n\n".join([title, "Published July 17, 2025", "Listen to this article", echo, *STORY]))
    assert got.body.split("\n") == STORY
    assert got.title == title


def test_a_question_headline_over_a_shorter_dek_is_the_title() -> None:
    title = "River crossings reopen after Ostria drops its tolls. Can a broader deal come by July 21?"
    dek = "Chief negotiator Ana Roe says Marland put 'the bigger prize first'"
    got = clean_text("\n".join([title, dek, "Posted: Jul 02, 2025 4:00 AM EDT", *STORY]))
    assert got.title == title
    assert got.body.split("\n") == STORY


@pytest.mark.parametrize(
    "caption",
    [
        "Freed hostages walk across the tarmac after landing at Brenn airfield on Friday.",
        "Displaced families wait at the Lakeside crossing before it reopens.",
    ],
)
def test_a_caption_opening_with_a_participle_goes_with_its_credit(caption: str) -> None:
    text = [*HEAD, *STORY[:2], caption, "Eric Lind/AP", *STORY[2:]]
    assert _body(text) == STORY


def test_the_outlets_note_about_itself_goes_when_the_story_cites_it_as_told() -> None:
    told = "A river pilot, Oda Grell, told LakeNews that the channel would need new buoys."
    story = [*STORY[:2], told, *STORY[2:]]
    note = "LakeNews is an RLA-affiliated online news service."
    assert _body([*HEAD, *story, note]) == story


def test_a_note_about_a_person_the_story_names_stays() -> None:
    story = [*STORY, "Oda Grell is a former river pilot who now advises the Marland delegation."]
    assert _body([*HEAD, *story]) == story


def test_a_releases_notes_to_editors_over_one_sentence_go() -> None:
    notes = [
        "-ENDS-",
        "Notes to editors:",
        "The joint river commission was set up in 2001 and meets at least once a year.",
        "Media contacts:",
        "Jo Lind, press officer, jo.lind@example.org",
    ]
    assert _body([*HEAD, *STORY, *notes]) == STORY
