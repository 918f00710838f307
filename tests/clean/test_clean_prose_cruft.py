"""Cruft that reads like prose, as major outlets set it: machine-made summaries over the story, sentence
captions, outlets' boxes and promos inside it, wire revision notes, consent lines and legal small print
under it. Each case puts invented lines into one invented article at a given place ("top" under the
byline, "mid" between paragraphs, "tail" after the story, "end" after the footer) and checks the body.
"""

from __future__ import annotations

import pytest
from test_clean_outlets import HEAD, STORY, _page

from parley.clean.cruft_rules import compiled_rules
from parley.clean.datelines import dateline
from parley.clean.lines import Line
from parley.clean.text import clean_text

HEADLINE = HEAD[2]


CRUFT = [
    pytest.param(["(Updates with port authority comment in 6th paragraph.)"], "tail", id="wire-update-note"),
    pytest.param(["(Adds background on the pilotage dispute)"], "tail", id="wire-adds-note"),
    pytest.param(
        ["Sign up for the River Brief.\nBy continuing, I agree that Lakeside may send me news and offers."],
        "end",
        id="consent-line",
    ),
    pytest.param(
        [
            "Takeaways by Lakeside AI\nTalvia and Morensk will talk again in Osk.\nFreight rates have almost "
            "doubled.\nHide"
        ],
        "top",
        id="summary-header-with-maker",
    ),
    pytest.param(
        [
            "Quick summary\n• Talvia and Morensk will talk again in Osk.\n"
            "• Freight rates have almost doubled.\n"
            "These points were drafted with an AI tool and reviewed by an editor before publication."
        ],
        "top",
        id="ai-drafted-points",
    ),
    pytest.param(
        [
            "Quotes delayed by at least 15 minutes. Lakeside and ‘River Brief’ are trademarks of "
            "Lakeside Media "
            "Ltd.",
            "The Lakeside Broadcaster and its journalism are subject to a self-regulation regime under the "
            "Lakeside Editorial Code of Practice.",
        ],
        "end",
        id="legal-small-print",
    ),
    pytest.param(["Please read our Comments Policy before posting."], "end", id="comments-policy"),
    pytest.param(
        ["Transport Minister Ivo Rask, center, and his Talvian counterpart leave the ministry in Osk."],
        "mid",
        id="caption-position-mark",
    ),
    pytest.param(
        ["Barges queue at the lock near Osk.\nPhotographer: Lia Venn/Lakeside"],
        "mid",
        id="photographer-credit",
    ),
    pytest.param(
        [
            "Crews waited for hours at the lock on Friday as the talks went on. "
            "The Broadcaster's Ana Holm reports."
        ],
        "mid",
        id="video-blurb",
    ),
    pytest.param(
        [
            "What Our Analysts Say...\n"
            "“The deal removes the worst outcome for shippers, but fees stay high.”\n"
            "— Jo Roe, economist\nClick here for the full note"
        ],
        "mid",
        id="box-under-trailing-head",
    ),
    pytest.param(
        [
            "River Talk: On this week's episode, we ask two pilots what a deal would change. "
            "Listen now on our "
            "website or wherever you get podcasts."
        ],
        "mid",
        id="podcast-promo-named-first",
    ),
    pytest.param(["Barge crews block the lock gates in Osk on Saturday night."], "mid", id="plural-caption"),
    pytest.param(["Dockers clear debris from the quay in Osk on Monday."], "mid", id="plural-caption-clear"),
    pytest.param(
        [
            "What is the Vell Commission?\nThe Vell Commission is a joint body that sets pilotage fees. "
            "It has not met since 2023."
        ],
        "mid",
        id="explainer-question-box",
    ),
    # The outlet telling its record by its name, then asking: in the middle of the story, or under it.
    pytest.param(
        [
            "For ten years the Broadcaster's reporters have followed the river talks from every lock and "
            "quay. That work depends on readers who value it."
        ],
        "mid",
        id="newsroom-record-mid",
    ),
    pytest.param(
        [
            "For years the Lakeside Broadcaster has followed the river talks, and our crew in Osk still "
            "covers them. Our readers pay for that reporting."
        ],
        "mid",
        id="outlet-record-then-we",
    ),
    pytest.param(
        [
            "The Broadcaster's shipping desk has tracked every round. To keep reading our coverage, "
            "register free."
        ],
        "tail",
        id="newsroom-record-tail",
    ),
    pytest.param(
        ["Follow Lakeside FM News on Google News and WhatsApp for breaking updates."],
        "mid",
        id="follow-google-news",
    ),
]


@pytest.mark.parametrize(("lines", "at"), CRUFT)
def test_prose_cruft_goes(lines: list[str], at: str) -> None:
    assert clean_text(_page(lines, at)).body.split("\n") == STORY


# Story sentences that share a word or a shape with the cruft above: they stay, wherever they stand.
KEPT = [
    pytest.param("(The ministry later corrected the figure.)", id="parenthesised-story"),
    pytest.param("By continuing the talks, both sides agreed to keep the river open.", id="by-continuing"),
    pytest.param("Grain shipments were delayed by the strike for two weeks.", id="delayed"),
    pytest.param(
        "The pilots are subject to the river code, which the two states wrote in 1990.", id="subject-to"
    ),
    pytest.param(
        "The pilots run their own podcast. Listen to any episode and the fees come up within minutes.",
        id="imperative-without-our",
    ),
    pytest.param("Rask, who arrived late, left before the vote.", id="commas-around-a-clause"),
    pytest.param("These points were agreed by both delegations before the talks began.", id="these-points"),
    pytest.param("It was not clear on Monday whether the pilots would return.", id="not-clear-on-monday"),
    pytest.param("Crews who block the lock on Monday will be fined.", id="block-with-auxiliary"),
    # A colon closes a lead-in of the story too: one that reports someone, or names no kind of news.
    pytest.param("The Talvian ministry said the news was welcome:", id="lead-in-reporting-news"),
    pytest.param("Morensk's port staff have handled every barge since April.", id="staff-have-handled"),
    pytest.param("Talvia's negotiators have tracked every proposal since 2023.", id="own-team-record"),
    pytest.param(
        "Morensk has followed the talks closely since 2023, and our correspondent in Osk says it is calm.",
        id="state-record-our-correspondent",
    ),
]


@pytest.mark.parametrize("line", KEPT)
@pytest.mark.parametrize("at", ["mid", "tail"])
def test_story_lines_like_prose_cruft_stay(line: str, at: str) -> None:
    story = STORY[:2] + [line] + STORY[2:] if at == "mid" else [*STORY, line]
    assert clean_text(_page([], "tail", story)).body.split("\n") == story


DATELINES = [
    pytest.param("Washington — The ministers met on Friday.", "Washington", id="title-case-city"),
    pytest.param("New York — The ministers met on Friday.", "New York", id="title-case-two-words"),
    pytest.param("Hamas — the group said on Friday — would talk.", None, id="name-then-lower-case"),
    pytest.param("Talvia - The ministers met on Friday.", None, id="hyphen-is-no-long-dash"),
    pytest.param("BRENN—Talvian and Kestrian envoys met on Friday.", "BRENN", id="capitals-tight-long-dash"),
    pytest.param("Talvia—Kestria talks resumed on Friday.", None, id="names-tight-long-dash"),
    pytest.param("WASHINGTON -- The ministers met on Friday.", "WASHINGTON", id="double-hyphen"),
    # A title-case "The ..." before a long dash is a place only where the gazetteer knows it.
    pytest.param("The Hague — The envoys met on Friday.", "The Hague", id="the-known-place"),
    pytest.param("The Co-Chairs — Ambassador Ann Lind and Jo Roe — said so.", None, id="the-plural-noun"),
]


@pytest.mark.parametrize(("text", "want"), DATELINES)
def test_title_case_datelines(text: str, want: str | None) -> None:
    found = dateline(Line(text, 0, len(text)), compiled_rules())
    assert (found[0] if found else None) == want


@pytest.mark.parametrize("suffix", [" : Lakeside", " | The Lakeside Broadcaster", " - Lakeside News"])
def test_a_site_name_after_the_headline_goes_when_the_page_gives_the_headline_alone(suffix: str) -> None:
    raw = "\n\n".join(["\ufeff" + HEADLINE + suffix, "Menu", "World", HEADLINE, "By Oda Grell", *STORY])
    got = clean_text(raw)
    assert got.title == HEADLINE
    assert got.body.split("\n") == STORY


ITEMS = [
    "Morensk's port authority said on Tuesday that it would cut pilotage fees for grain barges by a tenth.",
    "The Vell basin commission will meet in Osk next month, its chairman told reporters.",
]


@pytest.mark.parametrize(
    "label", ["In other shipping news from the Vell basin:", "Talvian ministry developments:", "Key updates:"]
)
def test_a_roundups_section_label_over_its_items_goes(label: str) -> None:
    story = [*STORY[:3], label, *ITEMS, *STORY[3:]]
    got = clean_text(_page([], "tail", story)).body.split("\n")
    assert got == [*STORY[:3], *ITEMS, *STORY[3:]]
