"""A story as broadcasters' pages and republishing sites leave it (session 24, from dev69 and dev70).

Each case is invented: a short story with one piece of furniture (a release wire's dateline, a wire's
priority field beside its stamp, a licensor's rights line with no year, a programme's presenter line, a
credits paragraph, a station's promos, a hard-wrapped text whose sentences end at full lines). The body must
come out as the story exactly; lookalike story lines stay.
"""

from __future__ import annotations

import textwrap

import pytest
from test_clean_converters import STORY, TITLE  # the same invented story as the converters' cases

from parley.clean import clean
from parley.clean.cruft_rules import compiled_rules
from parley.clean.lines import Line, classify
from parley.clean.text import clean_text
from parley.clean.tops import is_byline
from parley.pubdate import parse_date_line

HEAD = [TITLE, "By Jo Lind", "Published July 17, 2025"]


def _body(lines: list[str], sep: str = "\n\n") -> list[str]:
    return [line for line in clean_text(sep.join(lines)).body.split("\n") if line.strip()]


@pytest.mark.parametrize(
    "dateline",
    [
        "TOLVIK, Marland, July 17, 2025 /Release Wire/ -- ",
        "TOLVIK, July 17, 2025 /NewsDesk Wire/ – ",
    ],
)
def test_a_release_wires_dateline_goes(dateline: str) -> None:
    got = clean_text("\n\n".join([TITLE, dateline + STORY[0], *STORY[1:]]))
    assert got.body.split("\n") == STORY
    assert got.dateline and got.dateline.startswith("TOLVIK")


@pytest.mark.parametrize(
    ("line", "date"),
    [
        ("Lake Wire | World / Europe | 17 Jul 2025 09:41 GMT | Priority 2 | 352 words", "2025-07-17"),
        ("Section: World | 17/07/2025 | Priority: 3 | 410 words", "2025-07-17"),
        # a priority with no number is no field of a stamp
        ("Lake Wire | 17 Jul 2025 09:41 GMT | Priority talks resume in Tolvik", None),
    ],
)
def test_a_wires_priority_field_beside_its_stamp(line: str, date: str | None) -> None:
    found = parse_date_line(line)
    assert (found.date if found else None) == date


@pytest.mark.parametrize(
    ("text", "reason"),
    [
        ("Source: Lakeside News Licensing. © Lakeside News. Redistribution prohibited.", "copyright"),
        ("© Lake Wire. Not for redistribution.", "copyright"),
        # a story line may quote the sign; it reserves no rights
        ("The stamp on the maps read “© Marland Survey”, Roe said, and Ostria disputed it.", None),
    ],
)
def test_a_licensors_rights_line_without_a_year(text: str, reason: str | None) -> None:
    got = classify(Line(text, 0, len(text)), compiled_rules())
    assert (got == "copyright") == (reason == "copyright")


@pytest.mark.parametrize(
    ("text", "byline"),
    [
        ("Presented by Jo Lind", True),
        ("Hosted by Ana Roe and Tom Lee", True),
        ("Hosted by Marland, the talks resumed on Thursday.", False),
        ("Presented by the mediators as a first step, the plan was accepted.", False),
    ],
)
def test_a_presenter_line_is_a_byline(text: str, byline: bool) -> None:
    assert is_byline(Line(text, 0, len(text)), compiled_rules()) is byline


def test_a_programme_page_keeps_its_presenter_out_of_the_title() -> None:
    got = clean_text("\n".join(["Listen 4:32", "Presented by Jo Lind", TITLE, *STORY]))
    assert got.title != "Presented by Jo Lind"
    assert got.body.split("\n") == STORY


def test_a_credits_paragraph_in_a_page_goes() -> None:
    paragraphs = "".join(f"<p>{p}</p>" for p in STORY)
    page = (
        "<html><head><title>x</title></head><body><article>"
        f"<h1>{TITLE}</h1><p class='credits'>Hosted by Jo Lind. Reporting by Ana Roe in Tolvik.</p>"
        f"{paragraphs}</article></body></html>"
    )
    got = clean(page, is_html=True)
    assert "Hosted by" not in got.body
    assert [p for p in got.body.split("\n") if p.strip()] == STORY


@pytest.mark.parametrize(
    "promo",
    [
        "Hear our full conversation with Ana Roe on Lakeside Mornings, Monday from 7am on 94.3FM and online.",
        "Coming up on Morning Tolvik: we talk to a river pilot about the crossings. Weekdays 7-9 a.m.",
        "Listen to our full interview with the negotiator on the Tolvik Report podcast.",
    ],
)
def test_a_stations_promo_goes(promo: str) -> None:
    assert _body([*HEAD, *STORY[:2], promo, *STORY[2:]]) == STORY


def test_a_reporting_line_that_opens_like_a_promo_stays() -> None:
    line = "Coming up on Thursday is a vote in Marland's parliament on the deal, Roe said."
    assert line in _body([*HEAD, *STORY[:2], line, *STORY[2:]])


def test_a_wrapped_paragraph_whose_sentence_ends_at_a_full_line_is_one_paragraph() -> None:
    # Some paragraphs end in a full line, so few short last lines stand over a blank line; the headline and a
    # chrome line at the foot have none under them (5 of 7 here). The story's line that ends a sentence at
    # the column's edge still runs on into the next: "Officials" would not have fitted on it.
    wrapped = [
        "The envoy will travel to the river towns next week to work out the\n"
        "details of the two crossing points on the river, an aide to Roe said.\n"
        "Officials said one is likely to be at Brenn, on the outskirts of Tolvik,\n"
        "and the other further south.",
        "Talks resume in August.",
    ]
    story = [*STORY, *(" ".join(p.split("\n")) for p in wrapped)]
    paragraphs = ["\n".join(textwrap.wrap(p, 72)) for p in STORY] + wrapped
    foot = "Like Loading...\nComments are closed.\nLeave a comment"
    text = "\n\n".join([f"{TITLE}.\nPosted on July 17, 2025 by Jo Lind", *paragraphs, foot])
    got = clean_text(text)
    assert [p for p in got.body.split("\n") if p.strip()] == story
