"""Where a story ends: the writer's bio and the outlet's notes under the last paragraph go, even with an
unknown note below them, while short story lines, colon intros, lists and one-word quotes stay.

Each case puts invented lines into the invented article of test_clean_outlets at a given place ("mid"
between paragraphs, "tail" after the story, "end" after the footer) and checks the body.
"""

from __future__ import annotations

import pytest
from test_clean_outlets import STORY, _page

from parley.clean.text import clean_text

GOES = [
    pytest.param(
        [
            "Oda Grell is The Lakeside Broadcaster's River Correspondent, based in Osk. She has covered the "
            "Vell since 2019."
        ],
        "tail",
        id="bio-capitalised-role",
    ),
    pytest.param(
        ["Oda Grell is Lake24's transport correspondent. She reported from Osk for six years."],
        "tail",
        id="bio-masthead-with-digits",
    ),
    pytest.param(
        ["Oda K. Grell covers shipping and the river ports for LAKESIDE.net. She joined the desk in 2020."],
        "tail",
        id="bio-name-with-initial",
    ),
    pytest.param(
        ["Oda Grell, a former deputy transport minister of Talvia, is a senior fellow at the Osk Institute."],
        "tail",
        id="bio-with-apposition",
    ),
    pytest.param(
        ["Oda Grell and Tomas Lind are research fellows at the Osk Institute. The views here are their own."],
        "tail",
        id="bio-of-two-writers",
    ),
    pytest.param(
        [
            "Oda Grell is a senior reporter with The Lakeside Broadcaster covering the river ports.",
            "A Morenski version of this story was first printed by our sister paper, Osk Daily.",
        ],
        "tail",
        id="bio-over-an-unknown-note",
    ),
    pytest.param(
        [
            "Commenting for this story is now closed.",
            "If you have a Lakebook account, you can link it to your Lakeside profile and comment with the "
            "same user name.",
        ],
        "end",
        id="comments-closed-and-account-prompt",
    ),
    pytest.param(
        [
            "Unless otherwise stated, the text of this article may be shared under a Creative Commons "
            "licence, provided Lakeside is credited."
        ],
        "tail",
        id="reuse-licence",
    ),
]


@pytest.mark.parametrize(("lines", "at"), GOES)
def test_notes_at_the_story_end_go(lines: list[str], at: str) -> None:
    assert clean_text(_page(lines, at)).body.split("\n") == STORY


# Story lines that read like a bio or stand over a short last line: they stay.
KEPT_ENDS = [
    pytest.param(
        ["Ivo Rask is a former ferry captain who now chairs the pilots' board.", "He did not comment."],
        id="source-described-over-short-line",
    ),
    pytest.param(
        ["Morensk’s Transport Minister Ivo Rask is a former river correspondent.", "Talks resume in June."],
        id="minister-named-in-story",
    ),
    pytest.param(["Talks resume in June.", "— Kyodo"], id="agency-sign-off"),
    pytest.param(
        ["Commenting on the talks, Rask said the fees would fall.", "Talks resume in June."],
        id="commenting-on",
    ),
    pytest.param(
        ["The ministry said its river maps may be shared under a Creative Commons licence."],
        id="licence-in-story",
    ),
]


@pytest.mark.parametrize("ending", KEPT_ENDS)
def test_story_endings_stay(ending: list[str]) -> None:
    story = [*STORY, *ending]
    assert clean_text(_page([], "tail", story)).body.split("\n") == story


# A summary box under its header: one glued paragraph of short sentences, or (one line per paragraph) a few
# points that report nothing, ended by the story resuming with reported speech.
BOX_STORY = [
    "Talvia and Morensk agreed on Monday to hold a second round of talks on shipping along the Vell river, "
    "their transport ministers said after meeting in the border town of Osk.",
    "The first round ended without a deal in April, when the two sides could not agree on pilotage fees, "
    "according to a statement from the Talvian ministry.",
    "Morensk’s Transport Minister Ivo Rask said the fees would be the first item on the agenda when the "
    "delegations meet again in Osk.",
    "“We are closer than we were, but not yet close,” Rask told reporters after the meeting.",
]
POINTS = ["Barge traffic has fallen by a quarter.", "Freight rates have almost doubled.", "No date is set."]


def test_a_summary_header_takes_its_glued_paragraph_of_short_sentences() -> None:
    box = "What we know so far\n" + " ".join(POINTS)
    raw = "\n\n".join(["Talks on the Vell to resume", "By Oda Grell", *BOX_STORY[:2], box, *BOX_STORY[2:]])
    assert clean_text(raw).body.split("\n") == BOX_STORY


@pytest.mark.parametrize(
    ("points", "kept"),
    [
        pytest.param(POINTS, False, id="points-then-reported-speech"),
        # A point that reports is the story going on: nothing under the header is taken.
        pytest.param([*POINTS[:2], "Rask said the fees would fall."], True, id="reporting-point"),
    ],
)
def test_listed_points_end_where_the_story_resumes(points: list[str], kept: bool) -> None:
    raw = "\n".join(["Talks on the Vell to resume", "By Oda Grell", *BOX_STORY[:2], "WHAT WE KNOW", *points])
    raw += "\n" + "\n".join(BOX_STORY[2:])
    want = BOX_STORY[:2] + (points if kept else []) + BOX_STORY[2:]
    assert clean_text(raw).body.split("\n") == want


@pytest.mark.parametrize(
    ("lead", "want"),
    [
        pytest.param(
            "Dar es Salaam. Delegations of the two states agreed on Monday to a pause.", "Dar es Salaam"
        ),
        pytest.param("KAMPALA. Delegations of the two states agreed on Monday to a pause in Osk.", "KAMPALA"),
        pytest.param(
            "DAR ES SALAAM. Delegations of the two states agreed on Monday to a pause.", "DAR ES SALAAM"
        ),
        pytest.param("NATO. The delegations of the two states agreed on Monday to a pause in Osk.", None),
        pytest.param("Yes. The delegations of the two states agreed on Monday to a pause in Osk.", None),
        pytest.param("Jo Roe. The name of the envoy was kept secret until the talks opened in Osk.", None),
    ],
)
def test_a_city_closed_by_a_stop_is_a_dateline(lead: str, want: str | None) -> None:
    got = clean_text("\n\n".join(["Talks on the Vell to resume", "By Oda Grell", lead, *BOX_STORY]))
    assert got.dateline == want
    assert got.body.split("\n")[0] == (lead[len(want) + 2 :] if want else lead)


# Captions told as a present-tense sentence with no credit: a plural subject sitting or waiting on a day,
# or one person at work where the picture was taken. Story sentences of the same words stay.
CAPTIONS = [
    pytest.param(
        "Talvian and Morenski pilots sit across from each other at the lock on Monday.", True, id="sit"
    ),
    pytest.param(
        "A pilot checks the ropes at the lock in Osk, where most barges wait.", True, id="one-at-work"
    ),
    pytest.param("A wait of six hours at the lock is normal on Monday.", False, id="verb-as-noun"),
    pytest.param("A ceasefire holds in the border area for now.", False, id="ceasefire-holds"),
    pytest.param("A deal looks likely in June.", False, id="deal-looks"),
    pytest.param(
        "Barge crews rest on the quay in Osk on June 2. Many say they will stay until the fees fall.",
        True,
        id="dated-caption-then-background",
    ),
    pytest.param(
        "Delegations arrive in Osk on June 2. Officials say the talks could last a week.", False, id="preview"
    ),
    pytest.param(
        "Relatives of the crews hold up photographs outside the ministry while the envoys meet inside.",
        True,
        id="scene-while-present",
    ),
    pytest.param("Barge crews wait on the quay as the talks drag on in Osk.", False, id="scene-as-present"),
    pytest.param(
        "Barge crews wait on the quay as the envoys failed to agree on the fees.", False, id="as-then-past"
    ),
    pytest.param(
        "Barge crews wait on the quay while the envoys meet, and many say they cannot hold out.",
        False,
        id="while-and-more",
    ),
]


@pytest.mark.parametrize(("line", "goes"), CAPTIONS)
def test_present_tense_captions(line: str, goes: bool) -> None:
    story = STORY[:2] + [line] + STORY[2:]
    assert clean_text(_page([], "tail", story)).body.split("\n") == (STORY if goes else story)


# A colon leading into a list, a quotation or sentences is story, and so is a one-word quotation paragraph;
# a phrase rule fires on whole words only ("subscribe" is no part of "Subscribers"), and a story sentence
# naming the outlet that could not confirm something is no note about the outlet.
STORY_SHAPES = [
    pytest.param(
        ["Under the plan:", "1. Pilots return to the locks.", "2. Fees fall by a third."], id="numbered"
    ),
    pytest.param(["Holm put it plainly:", "“No refunds, no talks.”"], id="quote"),
    pytest.param(
        ["The two demands:", "- a freeze on pilotage fees;", "- a joint lock authority."], id="dashes"
    ),
    pytest.param(
        ["Here is what the pilots want:", "Pilots want shorter shifts.", "Owners want lower fees."],
        id="sentences",
    ),
    pytest.param(["“No.”"], id="one-word-quote"),
    pytest.param(["Subscribers to the river pass will get a discount."], id="subscribers"),
    pytest.param(
        ["The Lakeside Broadcaster could not independently confirm the toll."], id="could-not-confirm"
    ),
]


@pytest.mark.parametrize("lines", STORY_SHAPES)
@pytest.mark.parametrize("at", ["mid", "tail"])
def test_story_shapes_stay(lines: list[str], at: str) -> None:
    story = STORY[:2] + lines + STORY[2:] if at == "mid" else [*STORY, *lines]
    assert clean_text(_page([], "tail", story)).body.split("\n") == story


LABELS = [
    pytest.param(["Read more:", "Morensk port strike ends after pay deal"], "tail", id="read-more"),
    pytest.param(["Related:", "Pilots Strike at Osk Lock"], "mid", id="related"),
    pytest.param(["Watch:", "Pilots Strike at Osk Lock"], "mid", id="watch"),
]


@pytest.mark.parametrize(("lines", "at"), LABELS)
def test_link_labels_still_go(lines: list[str], at: str) -> None:
    assert clean_text(_page(lines, at)).body.split("\n") == STORY


@pytest.mark.parametrize("line", ["Freight rates cheered.", "Pilots walked out."])
def test_a_short_plain_sentence_between_story_paragraphs_under_a_link_list_stays(line: str) -> None:
    links = [
        "Related Articles",
        "Morensk port strike ends after pay deal",
        "Talvia names a new transport minister",
    ]
    raw = "\n".join(["Talks on the Vell to resume", "By Oda Grell", *STORY[:2], *links, line, *STORY[2:]])
    assert clean_text(raw + "\n© 2025 The Lakeside Broadcaster").body.split("\n") == [
        *STORY[:2],
        line,
        *STORY[2:],
    ]


# The outlet's appeal in words no phrase knows: "we"/"our" twice with its journalism, readers or "you", after
# the story, over a button or at the very end. A story that speaks as "we" above (a column, a first-person
# piece) keeps its last paragraph, and so does a writer's "we" of other things, and a page's only paragraph.
APPEALS = [
    pytest.param(
        [
            "For eleven years we have covered the river towns when no one else would. Our reporters work "
            "without owners or advertisers, and the people who read us pay for every trip to Osk.",
            "Not now",
        ],
        id="narrated-work-over-a-button",
    ),
    pytest.param(
        [
            "In 2024 the Lakeside’s newsroom published 3,100 stories about the lakes and the blockade. We "
            "did it from two rented rooms in Brenn, after the river authority called us a foreign agent. "
            "Readers in Osk passed the stories hand to hand, and people abroad paid our reporters' wages. "
            "That is the only reason this page exists.",
            "Back the Lakeside",
        ],
        id="past-tense-report",
    ),
    pytest.param(
        [
            "When the river authority shut our office in 2022, our reporters moved to Brenn and began again. "
            "Since then we have counted every barge the blockade turned back.",
            "Each month a few hundred readers keep that going with small donations, many of them from Osk.",
            "Support the Lakeside",
        ],
        id="appeal-going-on-without-we",
    ),
    pytest.param(
        [
            "The Lakeside has covered the river for more than a decade, and we have paid for it in fines and "
            "lawsuits. Good work costs money, and we mean to keep it open to everyone on the lakes. A gift "
            "from you will keep it that way.",
        ],
        id="second-person",
    ),
]


@pytest.mark.parametrize("lines", APPEALS)
def test_appeals_in_the_outlets_voice_go(lines: list[str]) -> None:
    assert clean_text(_page(lines, "tail")).body.split("\n") == STORY


VOICED_STORIES = [
    pytest.param(
        None,
        ["Each month a few hundred families in Osk live on small donations from the river towns."],
        id="donations-under-the-story",
    ),
    pytest.param(
        2,
        ["By noon we had reached the lock, where our readers in the valley had told us to look."],
        id="first-person-piece",
    ),
    pytest.param(
        None,
        [
            "The barge goes into service in June. When it reaches Osk we're not sure yet, but we hope for "
            "autumn."
        ],
        id="writers-we-no-appeal-word",
    ),
]


@pytest.mark.parametrize(("at", "ending"), VOICED_STORIES)
def test_a_story_speaking_as_we_keeps_its_end(at: int | None, ending: list[str]) -> None:
    story = [*STORY, *ending]
    if at is not None:  # the piece speaks as "we" before its end too
        story.insert(at, "We crossed at Osk at dawn, and our pilot would not say his name.")
    assert clean_text(_page([], "tail", story)).body.split("\n") == story


def test_a_pages_only_paragraph_in_the_first_person_stays() -> None:
    lead = "We asked our readers in Osk what the river means to them, and here is what our journalists heard."
    assert clean_text(lead + "\nSee the answers below").body == lead


def test_a_story_sentence_under_a_click_here_promo_is_no_teaser() -> None:
    # The promo is a button's words, no teaser's headline: the story's last sentence under it stays.
    last = "Lakeside Shipping shares are up 39 percent this year, while the Osk index is up 24.5 percent."
    story = [*STORY, last]
    promo = "GET LAKEWIRE ON THE GO BY CLICKING HERE"
    page = "\n\n".join(["Talks on the Vell to resume", *STORY, promo, last])
    assert clean_text(page).body.split("\n") == story


@pytest.mark.parametrize(
    "between", ["Advertisement", "Read more: Barge owners count the cost of a closed river"]
)
@pytest.mark.parametrize("after", [[], ["Remind me later."]])
def test_the_last_paragraph_under_an_interrupting_line_stays(between: str, after: list[str]) -> None:
    # Under a removed line and last on the page, the story's end has every mark of a note to the line model.
    last = "Freight rates are up a third this year, while barge traffic is down a quarter."
    got = clean_text("\n".join(["Talks on the Vell to resume", *STORY, between, last, *after]))
    assert got.body.split("\n") == [*STORY, last]


# A column that speaks as "we" from its start still ends with the outlet's appeal: the outlet of its own
# ("our newsroom") or asking for support ("Join ... today").
COLUMN = [
    "We in the river towns have waited three years for Talvia and Morensk to agree on the fees.",
    "We should not wait another three. The ministers meet in Osk in June, and our patience is thin.",
    "Nobody gains from a closed river, and both capitals know it.",
]


@pytest.mark.parametrize(
    "appeal",
    [
        "Last year our reporters and translators carried the river towns' stories into six languages, from "
        "places most newsrooms had stopped covering, and they did it because every town deserved to be "
        "heard. None of that happened by accident: it happened because readers in the valley and abroad "
        "chose to give, month after month, through two floods and a blockade.",
        "Lakeside+ members make columns like this one possible. Your membership pays for reporters on the "
        "river. Join Lakeside+ today.",
    ],
)
def test_a_columns_end_loses_the_outlets_appeal(appeal: str) -> None:
    raw = "\n\n".join(["The river towns cannot wait", "By Oda Grell", *COLUMN, appeal])
    assert clean_text(raw).body.split("\n") == COLUMN


def test_a_sentence_opening_a_list_of_links_goes_with_it() -> None:
    links = [
        "More on the Vell",
        "The river pilots, once the towns' best-paid men, now queue for day work at the lock.",
        "Inside the ministry's plan to reopen the locks",
        "Barge owners count the cost of a closed river",
    ]
    raw = "\n\n".join(["Talks on the Vell to resume", *STORY, *links])
    assert clean_text(raw).body.split("\n") == STORY


def test_no_story_paragraph_of_the_development_sets_is_a_standing_appeal() -> None:
    """The appeal taken wherever it stands (appeals.standing_appeal) is tried on every line of a page: no
    paragraph of any development article's gold body may read as one."""
    import json
    from pathlib import Path

    from parley.clean.appeals import standing_appeal
    from parley.clean.cruft_rules import compiled_rules
    from parley.clean.lines import Line

    rules = compiled_rules()
    root = Path(__file__).resolve().parent.parent / "data" / "articles"
    paragraphs = [
        p
        for gold in sorted(root.glob("dev*/*.gold.json"))
        for p in json.loads(gold.read_text(encoding="utf-8"))["body"].split("\n")
        if p.strip()
    ]
    assert len(paragraphs) > 5000
    assert [p for p in paragraphs if standing_appeal(Line(p, 0, len(p)), rules)] == []


def test_a_verbless_lead_caption_dated_to_the_day_goes_over_its_credit() -> None:
    from parley.clean.captions import skip_top_caption
    from parley.clean.cruft_rules import compiled_rules
    from parley.clean.lines import Line

    texts = [
        "Envoys of Valdoria and Kestria wrapped in coats after their talks at the hotel, on June 2, 2025.",
        "(Photo: Lake Ministry)",
        *BOX_STORY[:2],
    ]
    lines = [Line(t, 0, len(t)) for t in texts]
    assert skip_top_caption(lines, [0, 2, 3], compiled_rules()) == [2, 3]
    assert lines[0].reason == lines[1].reason == "caption"


@pytest.mark.parametrize(
    ("paragraph", "appeal"),
    [
        # "US" is the country: no outlet speaking as "us" of its own record.
        (
            "Washington and Osk have increased pressure on Brenn in recent weeks, with US officials linking "
            "reconstruction funding for the lake towns to progress on the talks.",
            False,
        ),
        # The outlet's own "us" still counts.
        ("The Lake Herald has reported on the talks for years. Support us with a donation today.", True),
    ],
)
def test_us_in_capitals_is_the_country(paragraph: str, appeal: bool) -> None:
    from parley.clean.appeals import standing_appeal
    from parley.clean.cruft_rules import compiled_rules
    from parley.clean.lines import Line

    assert standing_appeal(Line(paragraph, 0, len(paragraph)), compiled_rules()) is appeal


def test_a_reporters_card_with_a_bureau_role_under_the_story_goes() -> None:
    from test_clean_outlets import STORY as OUTLET_STORY

    bio = "Oda Grell, Brenn Bureau Chief. Oda covers the lake states' politics and their ties with Kestria."
    raw = "\n".join(
        ["Lake talks to resume, mediators say", "By Oda Grell", *OUTLET_STORY, bio, "Most Popular"]
    )
    got = clean_text(raw + "\n")
    assert got.body.split("\n") == OUTLET_STORY
    assert any(r.reason == "author-bio" and r.text == bio for r in got.removed)


def test_an_appeal_asking_after_a_clause_in_the_story_goes() -> None:
    from test_clean_outlets import STORY as OUTLET_STORY

    appeal = (
        "For a decade, our team has explained the lake states to the world without paywalls, and it is "
        "readers, not advertisers, who make that possible. If our coverage has been useful to you, consider "
        "becoming a member of The Lake Report today."
    )
    raw = "\n".join(
        ["Lake talks to resume, mediators say", "By Oda Grell", *OUTLET_STORY[:2], appeal, *OUTLET_STORY[2:]]
    )
    got = clean_text(raw + "\n")
    assert got.body.split("\n") == OUTLET_STORY
