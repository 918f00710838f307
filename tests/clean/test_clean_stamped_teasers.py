"""A page's lists of other stories as a whole-page text dump gives them: each a headline, its summary (a
sentence or two, quotes and all) and its age ("7H ago", "Nov 7"). The summaries go with the list; a live
blog, which stamps each entry above its heading, keeps its entries.

Each case is an invented page around the invented article of test_clean_outlets.
"""

from __future__ import annotations

import pytest
from test_clean_outlets import FOOT, HEAD, STORY

from parley.clean.lines import Line
from parley.clean.teasers import mark_stamped_teasers
from parley.clean.text import clean_text

TEASERS = [
    "More in World",
    "Dock workers in Osk vote on a new contract",
    "Union leaders say the offer falls short: “We asked for a raise, not a riddle.”",
    "2H ago",
    "Ferry fees climb again as harbour dredging stalls",
    "The port authority blamed the delay on a shortage of dredgers. Shippers say the cost will be passed on.",
    "5H ago",
    "Why the Vell river keeps flooding in spring",
    "Engineers have a theory about the old weirs, and it is not the one the council wants to hear.",
    "Nov 7",
    "Morensk names a new chief of its river police",
    "The appointment comes after months of complaints about smuggling on the lower river. Officials said the"
    " new chief starts in May. Her first job is the night patrols.",
    "updated 40M ago",
]


@pytest.mark.parametrize("gap", ["\n\n", "\n"])
def test_stamped_teaser_summaries_go(gap: str) -> None:
    cleaned = clean_text(gap.join([*HEAD, *STORY, *FOOT, *TEASERS]))
    assert cleaned.body.split("\n") == STORY
    removed = {r.text for r in cleaned.removed}
    assert TEASERS[2] in removed and TEASERS[8] in removed


LIVE = [
    "2 hours ago",
    "Ministers arrive in Osk",
    "Both delegations reached the border town by train this morning, officials said.",
    "3 hours ago",
    "Pilots' union weighs in",
    "The pilots' union said it would accept any fee the two ministries agree on.",
    "4 hours ago",
    "What is on the table",
    "Pilotage fees, night sailing and the shared dredging budget are all on the agenda.",
    "5 hours ago",
]


def _lines(texts: list[str]) -> list[Line]:
    lines, start = [], 0
    for text in texts:
        lines.append(Line(text, start, start + len(text)))
        start += len(text) + 1
    return lines


@pytest.mark.parametrize(
    ("texts", "reasons", "gone"),
    [
        # Headline / summary / age, three times: the summaries go.
        (TEASERS[1:10], ["crosshead", None, "date-line"] * 3, {1, 4, 7}),
        # Only two in a row: a story's last two sections under subheads may look so.
        (TEASERS[1:7], ["crosshead", None, "date-line"] * 2, set()),
        # A stamp above the first heading: a live blog's entries, each stamped above it.
        (LIVE, ["date-line", "crosshead", None] * 3 + ["date-line"], set()),
    ],
    ids=["three-teasers", "two-only", "live-blog"],
)
def test_mark_stamped_teasers(texts: list[str], reasons: list[str | None], gone: set[int]) -> None:
    lines = _lines(texts)
    for line, reason in zip(lines, reasons, strict=True):
        line.reason = reason
    mark_stamped_teasers(lines)
    assert {i for i, line in enumerate(lines) if line.reason == "related-links"} == gone
