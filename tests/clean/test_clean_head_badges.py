"""A badge in capitals over the headline ("LIVE", "WATCH") marks a link to another piece of the site: the
story's own headline stands under it. A live blog's own badged headline stays its title. Invented pages."""

from __future__ import annotations

import pytest

from parley.clean.text import clean_text

HEAD = "Orvel and Stanmark agree to swap prisoners but the border quarrel goes on"
STAMP = ["By Ida Brask, Border Reporter", "09:40, Tue, Jun 3, 2025"]
STORY = [
    "Orvel and Stanmark agreed on Monday to swap hundreds of prisoners after a second round of talks in "
    "the border town, but the two sides remained far apart on the quarrel itself, the mediators said.",
    "The first prisoners could cross the Tarn bridge at the weekend, according to officials of both "
    "delegations, who spoke after the meeting ended.",
    "Traders on both banks have said the closure of the border cost them much of their autumn business.",
]
LIVE_STORY = [
    "09:12",
    "Delegations arrive in the border town for a second round of prisoner talks",
    *STORY,
]


def _page(head: list[str], story: list[str] = STORY) -> str:
    return "\n".join(head) + "\n\n" + "\n\n".join(story) + "\n"


@pytest.mark.parametrize(
    "badged",
    [
        "LIVE Border talks: every twist as Orvel and Stanmark delegations meet on the Tarn",
        "LIVE: Border talks as Orvel and Stanmark delegations meet to swap prisoners",
        "WATCH: Orvel prisoners swap delegations meet at the Tarn bridge",
        "VIDEO Stanmark border delegations talk prisoners at the Tarn bridge",
    ],
)
def test_a_badged_link_over_the_headline_is_no_title(badged: str) -> None:
    got = clean_text(_page(["The Tarn Courier", badged, HEAD, *STAMP]))
    assert got.title == HEAD
    assert badged not in got.body


def test_a_live_blogs_badged_headline_is_its_title() -> None:
    live = "LIVE Border talks: Orvel and Stanmark delegations meet to swap prisoners"
    got = clean_text(_page(["The Tarn Courier", live, HEAD, *STAMP], LIVE_STORY))
    assert got.title == live


def test_a_badged_headline_alone_is_the_title() -> None:
    live = "LIVE Border talks: Orvel and Stanmark delegations meet to swap prisoners"
    got = clean_text(_page(["The Tarn Courier", live, *STAMP]))
    assert got.title == live
