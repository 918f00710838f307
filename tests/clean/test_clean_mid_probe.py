"""The middle of the story: cruft that sits between story paragraphs goes, story lines that look like it stay.

Each case puts a few invented lines into one invented article after its second paragraph ("mid") or after its
last ("tail") and checks the body: the story and, for STORY cases, the inserted lines; never the CRUFT lines.
The shapes came from a seeded probe of invented pages (captions told as present-tense sentences, teasers of
other stories, and the story's own short present-tense lines).
"""

from __future__ import annotations

import pytest

from parley.clean.text import clean_text

HEAD = [
    "The Valemont Daily",
    "World | Politics | Business",
    "Kelmar and Ostrava resume talks on the river crossings",
    "By Rina Sobel",
    "Published 4 June 2025",
]
STORY = [
    "Kelmar and Ostrava agreed on Wednesday to resume talks on the river crossings after months without "
    "contact, officials from both sides said in the border town of Dravik.",
    "The first round ended without a deal last spring, when the delegations could not agree on customs "
    "duties, according to a statement from the Kelmari foreign ministry.",
    "“We are closer than we were, but not yet close,” the chief negotiator, Pavel Umar, told reporters.",
    "Trade across the frontier fell by a third last year, and freight rates doubled, customs figures showed.",
]
FOOT = ["© 2025 The Valemont Daily"]


def _body(lines: list[str], at: str) -> list[str]:
    story = STORY[:2] + lines + STORY[2:] if at == "mid" else STORY + lines
    got = clean_text("\n\n".join(HEAD + story + FOOT))
    return [p.strip() for p in got.body.split("\n") if p.strip()]


CRUFT = [
    pytest.param(["Delegates take their seats before the opening session."], "mid", id="caption-seats"),
    pytest.param(["Children play in front of a shuttered school in Dravik."], "mid", id="caption-play"),
    pytest.param(["Trucks wait at the closed border crossing near Tolmen."], "mid", id="caption-trucks"),
    pytest.param(
        ["Pavel Umar and Lina Brok shake hands at the start of the talks."], "mid", id="caption-names"
    ),
    pytest.param(
        ["The Kelmari delegation leaves the hotel after the first session."], "tail", id="caption-end"
    ),
    pytest.param(
        ["Kelmar names new envoy to Dravik as talks stall", "The appointment follows a row over the agenda."],
        "mid",
        id="teaser-headline-summary",
    ),
]

CRUFT += [
    pytest.param(["Police officers patrol the square outside the venue."], "mid", id="caption-patrol"),
    pytest.param(["This is a developing story and will be updated."], "mid", id="developing-note"),
]

# A caption with the day the picture was taken, its verb one of a moment, not of a plan.
CRUFT += [
    pytest.param(["Delegates pose for a group photo in Dravik on Friday."], "mid", id="caption-day-pose"),
    pytest.param(["Smoke rises over Tolmen after shelling on Sunday."], "mid", id="caption-day-smoke"),
    pytest.param(
        ["The Ostravan team leaves the lakeside villa after the second session on Tuesday evening."],
        "tail",
        id="caption-day-leaves",
    ),
    # Two captions of a gallery side by side: the story around the pair tells the past.
    pytest.param(
        ["Guards patrol the gate outside the venue.", "Delegates pose for a photo in Dravik on Friday."],
        "mid",
        id="caption-pair",
    ),
    # A scene with one sentence of background after it: the first sentence is judged alone.
    pytest.param(
        ["Soldiers ride on a truck near the river in Tolmen. The ministry says the troops have pulled back."],
        "mid",
        id="caption-scene-background",
    ),
    pytest.param(
        ["Barges queue on the river near Dravik. Freight rates doubled after the crossings closed."],
        "tail",
        id="caption-scene-background-end",
    ),
    # An -ed word after the verb describes its object: a participle, no past.
    pytest.param(
        ["Workers repair a water main damaged by the floods near Tolmen."], "mid", id="caption-participle"
    ),
    # A caption names whom it shows; the same verb with no name is the story's schedule (STORY_LINES).
    pytest.param(
        ["Foreign Minister Pavel Umar arrives for talks in Dravik on Monday."], "mid", id="caption-day-named"
    ),
]

# Lines marked "~" are page furniture among the story lines (a link, a subhead): they go, the rest stay.
STORY_LINES = [
    pytest.param(["Monitors patrol the line twice a day."], "mid", id="habit-twice-a-day"),
    # Under a link label the story resumes more often than a summary follows: the label line alone goes.
    pytest.param(
        ["~ALSO READ | Ostrava and Kelmar swap prisoners", "The talks are expected to last five days."],
        "mid",
        id="story-resumes-under-link-label",
    ),
    pytest.param(["The talks resume in Dravik on Monday."], "mid", id="schedule-with-day"),
    pytest.param(["The ceasefire takes effect next week."], "mid", id="schedule-next-week"),
    pytest.param(["The two ministers meet again in Tolmen on Thursday."], "mid", id="schedule-meet-day"),
    pytest.param(["The Kelmari envoy leaves for Tolmen on Friday."], "mid", id="schedule-trip-day"),
    pytest.param(["Umar addresses the assembly in Dravik on Monday."], "mid", id="schedule-address-day"),
    pytest.param(["Delegations arrive in Tolmen on Thursday."], "mid", id="schedule-arrive-day"),
    # An -ed word before the verb tells the past: the story's voice.
    pytest.param(
        ["Freight stalled while barges wait at the locks near Dravik."], "mid", id="past-before-verb"
    ),
    # Two sentences whose first tells a plan or a habit, not a moment.
    pytest.param(
        ["Monitors patrol the river twice a day. Both sides say the line has held since May."],
        "mid",
        id="habit-then-background",
    ),
    pytest.param(
        ["The two ministers meet again in Tolmen on Thursday. A draft text is not expected before then."],
        "mid",
        id="schedule-then-background",
    ),
    pytest.param(
        ["Negotiators from both sides arrive in Dravik on Sunday."], "tail", id="schedule-arrive-day-end"
    ),
    pytest.param(
        ["Traders in Tolmen wait for the bridge to reopen, and many say they cannot hold out much longer."],
        "mid",
        id="present-scene-with-clause",
    ),
    pytest.param(["Reuters could not verify the figures."], "mid", id="agency-sentence"),
    # A related headline standing alone in the story, the story going on under it: a sentence that runs on
    # from the one before ("And ...", "She ...") is no summary of another story.
    pytest.param(
        ["~Kelmar Names New Envoy to Dravik as Talks Stall", "And the delegations left without a date."],
        "mid",
        id="story-runs-on-under-headline",
    ),
    pytest.param(
        ["~Kelmar Names New Envoy to Dravik as Talks Stall", "She gave no date for the next round."],
        "mid",
        id="story-pronoun-under-headline",
    ),
    pytest.param(["Neither side would say more."], "tail", id="short-modal"),
    pytest.param(
        [
            "~Also read: Ostrava and Kelmar swap prisoners",
            "“We will not sign a deal that gives away our land,” Umar said.",
        ],
        "mid",
        id="quote-under-link-stays",
    ),
    pytest.param(
        [
            "~Related Stories",
            "~Ostrava recalls ambassador over border row",
            "~Shelling resumes near the river crossings",
            "Markets shrugged.",
        ],
        "mid",
        id="story-resumes-under-link-list",
    ),
    # A subhead over a short paragraph: the subhead is short, or the paragraph takes up its words.
    pytest.param(["~A long road to a deal", "The two sides first met in 2019."], "mid", id="subhead-short"),
    pytest.param(
        [
            "~Sticking points remain over the river islands",
            "Neither side has moved on the islands since April.",
        ],
        "mid",
        id="subhead-words-taken-up",
    ),
]


@pytest.mark.parametrize(("lines", "at"), CRUFT)
def test_mid_story_cruft_goes(lines: list[str], at: str) -> None:
    body = _body(lines, at)
    assert all(s in body for s in STORY)
    assert not any(line in body for line in lines)


@pytest.mark.parametrize(("lines", "at"), STORY_LINES)
def test_story_lines_like_cruft_stay(lines: list[str], at: str) -> None:
    body = _body([line.removeprefix("~") for line in lines], at)
    assert all(s in body for s in STORY)
    kept = [line for line in lines if line in body]
    assert kept == [line for line in lines if not line.startswith("~")]
