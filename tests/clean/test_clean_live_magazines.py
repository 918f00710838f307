"""A story as live pages, magazines and charities' update pages leave it (session 23, from dev67 and dev68).

Each case is invented: a short story with one piece of furniture (a drop cap split off its word, a summary
box under a skip link, a dek over a summary box, a box's point told in the present, an investigative outlet's
call for sources, a charity's ask in figures). The body must come out as the story exactly; lookalike story
lines stay.
"""

from __future__ import annotations

import pytest
from test_clean_converters import STORY, TITLE  # the same invented story as the converters' cases

from parley.clean import clean
from parley.clean.text import clean_text

HEAD = [TITLE, "By Jo Lind", "Published July 17, 2025"]
POINTS = [
    "Marland and Ostria met for two days of talks in Tolvik.",
    "Two crossings on the river will reopen within weeks.",
]


def _body(lines: list[str], sep: str = "\n\n") -> list[str]:
    return [line for line in clean_text(sep.join(lines)).body.split("\n") if line.strip()]


@pytest.mark.parametrize("sep", ["\n\n", "\n"])
def test_a_drop_cap_split_off_its_word_is_joined_back(sep: str) -> None:
    lead = STORY[0]
    text = sep.join([*HEAD, lead[0], lead[1:], *STORY[1:]])
    got = clean_text(text)
    assert got.body.split("\n") == STORY
    # the body's offsets still index the input: the letter and the rest of its word both map back
    for offset, start, length in got.segments:
        assert got.body[offset : offset + length] == text[start : start + length]
    assert got.segments[0][:2] == (0, text.index(lead[0] + sep))


def test_a_lone_capital_over_a_capitalised_line_stays_apart() -> None:
    # "A" over a sentence that opens in capitals is no drop cap (a list's letter, a grade)
    got = _body([*HEAD, "A", *STORY])
    assert "A " + STORY[0] not in got


def test_a_summary_box_under_a_skip_link_goes() -> None:
    lines = [TITLE, "Skip next section What you need to know", *POINTS, *STORY]
    assert _body(lines, "\n") == STORY


def test_related_links_under_a_skip_link_go() -> None:
    related = "Marland and Ostria: what is at stake on the river?"
    lines = [*HEAD, *STORY, "Skip next section Explore more", related]
    assert _body(lines, "\n") == STORY


def test_a_dek_over_a_summary_box_goes() -> None:
    dek = "Ostria's fishermen were left out of the first talks between the two governments since the spring."
    lines = [TITLE, dek, "What to know", *POINTS, *STORY]
    assert _body(lines, "\n") == STORY


def test_a_boxs_point_told_in_the_present_goes_with_the_box() -> None:
    # over the story, a point may report in the present; the story resumes where it reports in the past
    lines = [TITLE, STORY[0], "What to know", *POINTS, "Ostria says it will not pay the tolls.", *STORY[1:]]
    assert _body(lines, "\n") == STORY


@pytest.mark.parametrize(
    "line",
    [
        "Do you work at the river authority or have information about the Tolvik talks? Contact our reporters"
        " securely.",
        "£30 could provide a family with clean water for a month.",
        "$50 can buy a week of food for a family displaced by the fighting.",
    ],
)
def test_a_call_for_sources_or_a_charitys_ask_goes(line: str) -> None:
    assert _body([*HEAD, *STORY[:2], line, *STORY[2:]]) == STORY


@pytest.mark.parametrize(
    "line",
    [
        "£30 could once buy a week of flour in the camp, a resident said, but prices have tripled since May.",
        "Do you work for peace or for the ministry, the minister asked the protesters, who did not answer.",
    ],
)
def test_story_lines_like_asks_stay(line: str) -> None:
    story = [*STORY[:2], line, *STORY[2:]]
    assert _body([*HEAD, *story]) == story


def test_an_html_drop_cap_span_stays_in_its_word() -> None:
    lead = STORY[0]
    paragraphs = [f'<p><span class="dropcap">{lead[0]}</span>{lead[1:]}</p>']
    paragraphs += [f"<p>{line}</p>" for line in STORY[1:]]
    page = f"<html><head><title>{TITLE}</title></head><body><article><h1>{TITLE}</h1>{''.join(paragraphs)}"
    got = clean(page + "</article></body></html>", is_html=True)
    assert got.body.split("\n")[0] == lead


def test_a_live_headline_keeps_its_label_under_a_live_badge() -> None:
    title = f"{TITLE} – live"
    got = clean_text("\n".join(["Live", "World", title, "Published July 17, 2025", *STORY]))
    assert got.title == title
    assert got.body.split("\n") == STORY


def test_a_live_pages_key_events_are_not_its_headline() -> None:
    title = f"River talks: {TITLE} — as it happened"
    # the entries' heads speak of the story as the headline does, and stand nearer it
    events = ["Marland and Ostria agree to reopen crossings", "Roe says banks to be cleared together"]
    head = ["Lakeside News", "Home | Just In | World | Business", "LIVE", title,
            "River Affairs Reporter Jo Lind", "Topic: Marland", "Posted Thu 17 Jul 2025 at 10:05am", "Share",
            "Key Events", *events, "Live updates", "Refresh"]
    got = clean_text("\n".join([*head, "", "3:58pm", "Crossings to reopen", *STORY]))
    assert got.title == title
    assert got.body.split("\n") == STORY
