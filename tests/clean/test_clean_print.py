"""Print editions turned into text: hard-wrapped columns under wider page furniture, jump lines, adverts.

Each case builds one invented page and checks that every story sentence comes through and the page's
furniture does not.
"""

from __future__ import annotations

import textwrap

import pytest

from parley.clean.text import clean_text

MASTHEAD = [
    "THE VARNA COURIER   |   Friday, June 20, 2025   |   Vol. 12 No. 88   |   KR 4.50",
    "WORLD NEWS                                                          PAGE 4",
    "Dravia and Kolmar agree to reopen crossings as fishing talks stall",
    "By JO MARREN",
]
STORY = [
    "Dravia and Kolmar agreed on Thursday to reopen three border crossings closed since last spring, "
    "but negotiators meeting in Varna failed to settle a dispute over fishing quotas in the shared bay.",
    "The two-day talks, hosted by the Selvan foreign ministry, ended late Thursday with a short joint "
    "statement and no date for the next round of negotiations between the two governments.",
    "“We have opened the gates, but the harder question is still on the table,” Dravian Foreign "
    "Minister Ana Petrova told reporters after the final session in the old customs house.",
    "Her Kolmari counterpart, Ivo Brandt, said his government would not cut its quota “to please "
    "anyone,” adding that Kolmar had every right to fish its own waters as it always had done.",
    "Fishermen on both sides of the bay said the crossings mattered less to them than the quotas, "
    "which have been cut twice since the dispute began three years ago.",
]
FOOT = [
    "Printed and published by Courier Media Ltd., Harbour Road, Varna. Registered as a newspaper.",
]


def _wrap(paragraph: str) -> str:
    return "\n".join(textwrap.wrap(paragraph, 66))


def _page(story: list[str], extra: dict[int, str] | None = None) -> str:
    blocks = [_wrap(p) for p in story]
    for at, block in sorted((extra or {}).items(), reverse=True):
        blocks.insert(at, block)
    return "\n\n".join(MASTHEAD + blocks + FOOT)


def _norm(text: str) -> str:
    return " ".join(text.split())


def test_wrapped_columns_under_wide_furniture_are_rejoined() -> None:
    got = clean_text(_page(STORY))
    assert _norm(got.body) == _norm(" ".join(STORY))
    assert got.published == "2025-06-20"
    assert got.title == MASTHEAD[2]


JUMPS = [
    pytest.param({3: "Continued on Page 6"}, id="continued-on"),
    pytest.param(
        {3: "Continued on Page 6\n\nPAGE 6        THE VARNA COURIER\n\nCROSSINGS from Page 4"}, id="header"
    ),
    pytest.param({3: "See CROSSINGS, Page 7\n\nCROSSINGS, from Page 4"}, id="see-keyword"),
    pytest.param({3: "(Please turn to Page A9)"}, id="turn-to"),
    pytest.param(
        {3: "ADVERTISEMENT\nKOLMAR AIR: fly to Varna from KR 49 this month only.\nBook at our desks."},
        id="advert",
    ),
]


@pytest.mark.parametrize("extra", JUMPS)
def test_jump_lines_and_adverts_go(extra: dict[int, str]) -> None:
    got = clean_text(_page(STORY, extra))
    assert _norm(got.body) == _norm(" ".join(STORY))


@pytest.mark.parametrize("jump", ["See CROSSINGS, Page 7", "(Continued on page 7)", "Turn to Page 7"])
def test_a_jump_glued_to_a_paragraph_is_cut(jump: str) -> None:
    story = [*STORY[:2], STORY[2] + " " + jump, *STORY[3:]]
    page = "\n".join(MASTHEAD[2:]) + "\n" + "\n".join(story)
    got = clean_text(page)
    assert _norm(got.body) == _norm(" ".join(STORY))
    assert any(r.reason == "jump" and r.text == jump for r in got.removed)


STAYS = [
    "Readers who want the full list of crossings can see page 7 of the joint statement, officials said.",
    "The statement runs to 12 pages, and the quota annex is on page 7.",
]


@pytest.mark.parametrize("line", STAYS)
def test_story_sentences_naming_a_page_stay(line: str) -> None:
    story = [*STORY[:3], line, *STORY[3:]]
    assert _norm(clean_text(_page(story)).body) == _norm(" ".join(story))


def test_an_advert_label_over_a_story_paragraph_takes_nothing() -> None:
    glued = "ADVERTISEMENT\n" + _wrap(STORY[3])
    got = clean_text(_page(STORY, {3: glued}))
    assert _norm(got.body) == _norm(" ".join([*STORY[:3], STORY[3], *STORY[3:]]))
