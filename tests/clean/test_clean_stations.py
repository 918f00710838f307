"""Local TV and radio stations' chrome around a news story.

Each case is invented: a short story with one piece of a station site's chrome where such pages put it (a
reading-time label or a player's length over a story with no headline, a byline written "by: <Name>", a
promo for the station's live stream or its evening bulletin). The body must come out as the story exactly,
and no piece of chrome may be taken for the title; lookalike story lines stay.
"""

from __future__ import annotations

import pytest

from parley.clean.text import clean_text

STORY = [
    "Negotiators from Marland and Ostria agreed on Tuesday to reopen two border crossings for freight, ending"
    " a closure that had stranded hundreds of lorries on both sides since the spring.",
    "The deal was reached after three days of talks in Tolvik, Marland's transport minister Ana Roe told"
    " reporters, adding that customs officers would return to the posts within a week.",
    "“Nobody won this, but the drivers can go home,” Roe said after the meeting.",
    "Ostria's delegation said the next round would take up the tolls that both sides raised last year.",
]


def _body(text: str) -> list[str]:
    return [line for line in clean_text(text).body.split("\n") if line.strip()]


HEAD_LABELS = [
    "Estimated read time: 3-4 minutes",
    "Estimated read time: 5 minutes",
    "Listen · 4:12",
    "by: Jo Lind",
]


@pytest.mark.parametrize("label", HEAD_LABELS)
def test_a_head_label_over_a_story_with_no_headline_is_no_title(label: str) -> None:
    cleaned = clean_text("\n".join([label, *STORY]))
    assert cleaned.title is None
    assert [line for line in cleaned.body.split("\n") if line.strip()] == STORY


PROMOS = [
    "Watch Tolvik News live on TNV-TV and streaming on Tolvik News Now.",
    "Channel 9 News will have more on the talks tonight on Channel 9 News at 6.",
    "KTLV will have the latest on the border deal on KTLV Evening News at 11 p.m.",
]


@pytest.mark.parametrize("promo", PROMOS)
@pytest.mark.parametrize("where", ["middle", "bottom"])
def test_a_stations_promo_goes(promo: str, where: str) -> None:
    cut = 2 if where == "middle" else len(STORY)
    text = "\n\n".join(["Border crossings to reopen after Tolvik talks", *STORY[:cut], promo, *STORY[cut:]])
    assert _body(text) == STORY


@pytest.mark.parametrize(
    "line",
    [
        "Officials will have more details on the crossings at 6 p.m., a spokesman for the ministry said.",
        "Watch groups said the talks were streamed live on state television, which both sides welcomed.",
        "Roe will have more to say on the tolls tonight, her office said.",
    ],
)
def test_station_promo_lookalikes_stay(line: str) -> None:
    text = "\n\n".join(["Border crossings to reopen after Tolvik talks", *STORY[:2], line, *STORY[2:]])
    assert _body(text) == [*STORY[:2], line, *STORY[2:]]
