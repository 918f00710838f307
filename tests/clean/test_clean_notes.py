"""Notes a page drops into or under a story: tickers, adverts for services, imprints, disclaimers, taglines.

Each case is invented: a short story on a page of one line per paragraph, the note placed between two
paragraphs or under the last; the body must come out as the story exactly. Story lines that speak of
traffic, weather, markets, editors or printing must stay.
"""

from __future__ import annotations

import pytest

from parley.clean.text import clean_text

TITLE = "Lake talks to resume, mediators say"
STORY = [
    "Valdoria and Kestria agreed on Monday to resume talks on their lake border, the mediators said.",
    "The last round collapsed in 2022 after the two sides failed to agree on the panel's mandate.",
    "“We will come with open minds,” the Kestrian envoy told reporters in Brenn on Monday evening.",
]

# (case, lines placed after the second story paragraph, lines placed after the story)
PLACED = [
    ("road report", ["Road report: Expect lane closures on the Brenn bypass for resurfacing."], []),
    ("traffic update bar", ["Traffic update | Ferry to Ostrov running 30 minutes late"], []),
    ("weather with temperatures", ["Weather: Brenn 21°C, light rain | Ostrov 19°C"], []),
    ("weather in words", ["Forecast: Sunny spells, highs near 24."], []),
    ("market ticker", ["Markets: Kestrian lira 41.20 per dollar, -0.4%"], []),
    ("hashtag run", ["#LakeTalks  #Brenn  #Kestria"], []),
    ("trending hashtags", ["TRENDING: #LakeTalks #Brenn #ferries"], []),
    ("dial code under a label", ["ADVERTISEMENT", "Get 5GB free with LakeTel – dial *123# now!"], []),
    ("cry under a label", ["Advertisement", "LakeTel Weekend Bundle: triple data till Sunday!"], []),
    ("fine print", ["LakeTel bonus airtime on every recharge. T&Cs apply."], []),
    ("imprint", [], ["Editor: Ilse Varga | Printed and published by Brenn Press Trust at 4 Harbour Road."]),
    ("printer", [], ["Printed at the Lakeside Printing Press, Ostrov."]),
    ("registration", [], ["Regd. No. BR 1042", "ISSN 2345-6789"]),
    ("office", [], ["Head office: 4 Harbour Road, Brenn", "Tel: +00 21 444 000 | Fax: +00 21 444 001"]),
    (
        "aggregator disclaimer",
        [],
        [
            "This summary was generated automatically from the original report. LakeFeed is not "
            "responsible for the content of external sites."
        ],
    ),
    ("syndicated feed", [], ["(This story has not been edited by LakeFeed staff and is auto-generated.)"]),
    ("not responsible", [], ["LakeFeed is not responsible for the content of third-party websites."]),
    ("headline reworked", [], ["Only the headline of this report may have been reworked by LakeFeed staff."]),
    ("station tagline", [], ["Lake 98.4 FM – Your lake, your voice. 12 Quay Street, Brenn."]),
    ("station newsroom", [], ["Coast FM News — reporting from Brenn and the islands."]),
    ("tip line with numbers", [], ["Got a story? Call the newsroom on 21 444 or WhatsApp 700 1234."]),
    ("currency pair", ["USD/KSL 41.20 ▼0.4%"], []),
    ("programme labels", ["Up next: Lake Beat with Ida Berg"], ["Now playing: The Ferrymen – Brenn Blues"]),
    ("aggregator pointer", [], ["Full story: The Brenn Herald", "Continue reading on The Brenn Herald"]),
    ("brought to you by", ["Brought to you by LakeTel"], []),
    ("service ad", ["Roof leaking? Call Brenn Roofers for a free quote."], []),
    ("hiring ad", ["Now hiring: drivers for the Brenn–Ostrov ferry line."], []),
    ("stockists", ["Ostrov Honey, at all leading supermarkets."], []),
    ("masthead lines", [], ["Founded 1887", "Vol. 42 No. 118", "Price: Tk 15", "Late City Edition"]),
    ("distributed by", [], ["Distributed by Lake Content Agency."]),
    ("affected prompt", [], ["Have you been affected by the ferry closures? Email lakenews@example.org"]),
    ("advertise with us", [], ["To advertise, call 21 444 000 or email ads@example.org"]),
    ("index ticker with arrows", ["BRX 5,210.4 ▲12.4 | KSL 41.20 ▼0.4%"], []),
    ("editors in a row", [], ["Editor: Ilse Varga  Managing Editor: Oskar Vale"]),
    ("views are personal", [], ["Views expressed are personal."]),
]


def _page(middle: list[str], tail: list[str], *, blank: bool = False) -> str:
    lines = [TITLE, "By Jo Roe", *STORY[:2], *middle, STORY[2], *tail]
    return ("\n\n" if blank else "\n").join(lines) + "\n"


@pytest.mark.parametrize(("case", "middle", "tail"), PLACED, ids=[c for c, _, _ in PLACED])
@pytest.mark.parametrize("blank", [False, True], ids=["glued", "blank-lines"])
def test_placed_notes_go(case: str, middle: list[str], tail: list[str], blank: bool) -> None:
    got = clean_text(_page(middle, tail, blank=blank))
    assert got.body.split("\n") == STORY, case
    assert got.title == TITLE


LOOKALIKES = [
    "Traffic on the Brenn bypass was backed up for hours as protesters blocked the road.",
    "Road reports from the north described trucks stuck for days at the crossing.",
    "Weather forecasters expect the lake to freeze early, which would halt the ferries.",
    "Markets rallied after the announcement, with the Kestrian lira up 2% against the dollar.",
    "The editor of the Brenn Herald, Ilse Varga, was questioned by police on Monday.",
    "Printed leaflets calling for a boycott were handed out in the square.",
    "This report was compiled by a panel of 12 experts and published on Tuesday.",
    "Get-togethers of more than 50 people remain banned in the border districts.",
    "Lake Radio — the last station broadcasting in the border districts — was taken off air on Friday.",
    "Top-up payments to pensioners will rise by 3% in January, the finance ministry said.",
    "Nobody is in a hurry.",
    "Starting from Monday, the crossing will close at dusk.",
    "Food prices from the border region rose by a third.",
    "Since 2014, the ferry has run only in summer.",
    "Distributed by hand, the leaflets urged fishermen to stay ashore.",
    "Brought to a halt by the strike, the ferry stayed in port for a week.",
    "Up next for the envoys is a visit to the disputed islands, officials said.",
    "To advertise its reforms, the government bought airtime on every station.",
    "Advertising revenue at the state broadcaster fell by half last year.",
]


@pytest.mark.parametrize("line", LOOKALIKES)
@pytest.mark.parametrize("where", ["middle", "bottom"])
def test_story_lines_that_look_like_notes_stay(where: str, line: str) -> None:
    story = [*STORY[:2], line, STORY[2]] if where == "middle" else [*STORY, line]
    raw = "\n".join([TITLE, "By Jo Roe", *story]) + "\n"
    assert clean_text(raw).body.split("\n") == story


def test_one_line_paragraphs_are_not_rewrapped() -> None:
    # A broadcaster's page glues its menus, the headline twice and the byline; its paragraphs run long
    # on one line each. Those glued lines are no hard-wrapped paragraph.
    paragraphs = [f"{line} {line}" for line in STORY]
    head = [
        "Lake 98.4 FM Brenn | 101.2 Ostrov | Listen live from anywhere",
        "Now playing: Morning Lake with Ida Berg and Oskar Vale (6 to 9)",
        "Home   News   Sport   Programmes   Podcasts   Contact us here",
    ]
    top = [TITLE + " as lake row eases", TITLE + " as lake row eases", "By Lake 98.4 FM Newsroom"]
    tail = ["MORE NEWS", "Brenn ferry timetable changes from Monday", "Ostrov market to reopen"]
    raw = "\n".join(head) + "\n\n" + "\n".join(top) + "\n\n" + "\n\n".join(paragraphs) + "\n\n"
    raw += "\n".join(tail) + "\n"
    got = clean_text(raw)
    assert got.title == TITLE + " as lake row eases"
    assert got.body.split("\n") == paragraphs


def test_a_continuation_header_repeating_the_headline_is_no_pull_quote() -> None:
    headline = "Lake talks: envoys end round with gap on fishing quotas"
    jump = ["— Continued on page 2, col 3 —", f"{headline} (from page 1)"]
    raw = "\n\n".join([headline, "By Jo Roe", *STORY[:2], *jump, STORY[2]])
    got = clean_text(raw + "\n")
    assert got.title == headline
    assert got.body.split("\n") == STORY


GLUED = [
    "Road report: Expect single-lane traffic on the Brenn bypass for paving.",
    "Weather update: Brenn 21°C, light rain this afternoon",
    "TRAFFIC ALERT: Ferry to Ostrov cancelled until 6 pm.",
]


@pytest.mark.parametrize("note", GLUED)
def test_a_note_glued_after_a_paragraph_is_cut(note: str) -> None:
    raw = "\n".join([TITLE, "By Jo Roe", STORY[0], f"{STORY[1]} {note}", STORY[2]]) + "\n"
    got = clean_text(raw)
    assert got.body.split("\n") == STORY
    assert note in {r.text for r in got.removed}


def test_a_sentence_about_a_traffic_update_stays() -> None:
    # The label is lower case inside a sentence, not a note after one.
    line = (
        "Police said the bypass would stay shut. They put out a road report: no lanes would open before May."
    )
    raw = "\n".join([TITLE, "By Jo Roe", *STORY, line]) + "\n"
    assert clean_text(raw).body.split("\n") == [*STORY, line]
