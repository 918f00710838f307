"""The plain-text cleaner on whole articles: body, metadata, and the report of what was removed."""

from __future__ import annotations

import textwrap
from pathlib import Path

import pytest

from parley.clean import Cleaned, clean
from parley.clean.text import clean_text

DATA = Path(__file__).parent / "data"

APPEAL_IN_MIDDLE = """Envoys agree to extend Black Sea grain corridor talks
The delegations of Dravia and Kolmar agreed on Friday to keep negotiating over the corridor, a mediator said.
Before you go
We have a small favour to ask. Our reporters work in war zones, and we rely on readers like you.
Give what you can this month.
Donate
The mediator, speaking on condition of anonymity, said both sides had dropped their demand for a naval escort.
“We are closer than we were a month ago,” the Dravian foreign minister told reporters in Varna.
"""

DATELINES = [
    ("KYIV, Ukraine (AP) — Ukraine said on Monday it would send a delegation.", "KYIV, Ukraine (AP)"),
    # A stray comma before the agency.
    ("BRENN, (LPA) - Valdoria said on Monday it would send a delegation.", "BRENN, (LPA)"),
    (
        "MOSCOW, March 3 (Reuters) - Russia and Ukraine swapped prisoners on Monday.",
        "MOSCOW, March 3 (Reuters)",
    ),
    ("GENEVA — Talks resumed on Tuesday after a week's pause, officials said.", "GENEVA"),
    ("Geneva (AFP) - Talks resumed on Tuesday after a week's pause, officials said.", "Geneva (AFP)"),
    ("BRASÍLIA — Talks resumed on Tuesday after a week's pause, officials said.", "BRASÍLIA"),
    ("MUSCAT: Talks resumed on Tuesday after a week's pause, officials said.", "MUSCAT"),
    ("Talks resumed on Tuesday after a week's pause — officials said nothing more.", None),
    ("NATO allies met in Brussels on Tuesday to discuss the proposal, diplomats said.", None),
    ("Brenn, Valdoria (VBC) — Talks resumed on Tuesday, officials said.", "Brenn, Valdoria (VBC)"),
    ("The Lake Front (LFK) — a rebel group — said on Tuesday it would attend.", None),
    ("Brenn, Valdoria (Lake Letter) — Talks resumed on Tuesday, officials said.", None),
]


def _check_report(raw: str, got: Cleaned) -> None:
    """Every removed piece is in the input at its span; body plus removed covers every input line."""
    for piece in got.removed:
        assert piece.span is not None
        start, end = piece.span
        assert raw[start:end] == piece.text
    for body_start, input_start, length in got.segments:
        assert got.body[body_start : body_start + length] == raw[input_start : input_start + length]
    covered = [False] * len(raw)
    for _, input_start, length in got.segments:
        covered[input_start : input_start + length] = [True] * length
    for piece in got.removed:
        start, end = piece.span  # type: ignore[misc]
        covered[start:end] = [True] * (end - start)
    pos = 0
    for line in raw.split("\n"):
        if line.strip():
            lead = len(line) - len(line.lstrip())
            stripped = line.strip()
            assert all(covered[pos + lead : pos + lead + len(stripped)]), f"line not accounted for: {line!r}"
        pos += len(line) + 1


def test_seed_article(seed_path: Path) -> None:
    raw = seed_path.read_text(encoding="utf-8")
    got = clean_text(raw)
    assert got.body.startswith("The Kremlin said Thursday")
    last = got.body.rstrip().split("\n")[-1]
    assert last == "AFP contributed reporting." or last.endswith("next week.")
    for cruft in ("A Message from", "Dear readers", "support us", "Remind me later", "$2"):
        assert cruft not in got.body
    reasons = {r.reason for r in got.removed}
    assert "donation-appeal" in reasons and "button-label" in reasons
    _check_report(raw, got)


def test_fixture_article() -> None:
    raw = (DATA / "harbour_talks.txt").read_text(encoding="utf-8")
    want = (DATA / "harbour_talks.body.txt").read_text(encoding="utf-8").strip()
    got = clean_text(raw)
    assert got.body == want
    assert got.title == "Port deal talks resume in Valletta as envoys trade drafts"
    assert got.byline == "By Maria Lindqvist and Omar Haddad, Northwind Press"
    assert got.dateline == "VALLETTA, Malta (Northwind)"
    assert got.published == "2025-02-12"  # published, not the later update
    assert got.published_source == "text"
    reasons = {r.reason for r in got.removed}
    assert {"breadcrumb", "title", "byline", "date-line", "dateline", "caption", "newsletter"} <= reasons
    assert {"related-links", "donation-appeal", "cookie-notice", "copyright", "share-counter"} <= reasons
    _check_report(raw, got)


def test_appeal_block_in_the_middle() -> None:
    got = clean_text(APPEAL_IN_MIDDLE)
    assert got.title == "Envoys agree to extend Black Sea grain corridor talks"
    lines = got.body.split("\n")
    assert len(lines) == 3
    assert lines[0].startswith("The delegations of Dravia")
    assert lines[1].startswith("The mediator, speaking")
    assert lines[2].startswith("“We are closer")
    _check_report(APPEAL_IN_MIDDLE, got)


@pytest.mark.parametrize(("text", "dateline"), DATELINES)
def test_datelines(text: str, dateline: str | None) -> None:
    raw = (
        "Headline about the talks here\n"
        + text
        + "\nThe next paragraph says more about the talks, officials said.\n"
    )
    got = clean_text(raw)
    assert got.dateline == dateline
    if dateline:
        assert not got.body.startswith(dateline)
    _check_report(raw, got)


def test_dateline_year_from_weekday() -> None:
    raw = "MOSCOW, March 3 (Reuters) - Russia and Ukraine swapped prisoners on Monday, the ministry said.\n"
    # March 3 was a Monday in 2025; the dateline alone gives no year.
    assert clean_text(raw).published == "2025-03-03"
    assert clean_text(raw, year=2024).published == "2024-03-03"
    assert clean_text(raw.replace("on Monday", "this week")).published is None


def test_hard_wrapped_text_keeps_paragraphs() -> None:
    raw = (DATA / "harbour_talks.txt").read_text(encoding="utf-8")
    want = (DATA / "harbour_talks.body.txt").read_text(encoding="utf-8")
    wrapped = "\n\n".join(textwrap.fill(p, 70) for p in raw.split("\n") if p.strip())
    got = clean_text(wrapped)
    assert " ".join(got.body.split()) == " ".join(want.split())
    _check_report(wrapped, got)


def test_clean_dispatches_on_kind() -> None:
    raw = (DATA / "harbour_talks.txt").read_text(encoding="utf-8")
    assert clean(raw, is_html=False).body == clean_text(raw).body


@pytest.mark.parametrize("raw", ["", "\n\n  \n", "Subscribe\nNot now\n"])
def test_empty_and_all_cruft(raw: str) -> None:
    got = clean_text(raw)
    assert got.body == ""
    _check_report(raw, got)


WIRE = """World
EU and Ukraine sign steel deal
BRUSSELS/KYIV, March 3 (Reuters) - The EU and Ukraine signed a steel deal on Monday, officials said.
The agreement runs until June 2026, the European Commission said in a statement.
Delegates sign the deal in Brussels, Belgium, March 3, 2025. REUTERS/Jan Roe
"This is a lifeline for our plants," Ukraine's economy minister said.
(Reporting by Anna Smith in Brussels; Editing by Bob Jones)
Our Standards: The principles of the agency.
"""

SHORT_LEAD = """Ceasefire talks collapse in Doha
Talks collapsed on Friday.
Mediators from Qatar and Egypt had spent three weeks trying to close the gaps, diplomats said.
Updated at 10.31 BST
Israel's delegation left Doha on Saturday morning.
"""


def test_wire_story_keeps_closing_credit() -> None:
    got = clean_text(WIRE)
    assert got.dateline == "BRUSSELS/KYIV, March 3 (Reuters)"
    assert got.body.split("\n")[-1] == "(Reporting by Anna Smith in Brussels; Editing by Bob Jones)"
    assert "REUTERS/Jan Roe" not in got.body
    assert "Our Standards" not in got.body
    _check_report(WIRE, got)


def test_short_lead_is_story_not_title() -> None:
    got = clean_text(SHORT_LEAD)
    assert got.title == "Ceasefire talks collapse in Doha"
    lines = got.body.split("\n")
    assert lines[0] == "Talks collapsed on Friday."
    assert lines[-1] == "Israel's delegation left Doha on Saturday morning."
    assert "Updated at" not in got.body
    _check_report(SHORT_LEAD, got)


def test_short_sentences_full_of_names_stay() -> None:
    raw = (
        "Leaders meet in Paris over Ukraine aid\n"
        "European leaders met in Paris on Monday to discuss military aid for Ukraine, officials said.\n"
        "Zelensky thanked Trump.\n"
        "Macron called Starmer.\n"
        "The meeting ended without a joint statement, diplomats told reporters afterwards.\n"
    )
    got = clean_text(raw)
    assert got.body.split("\n")[1:3] == ["Zelensky thanked Trump.", "Macron called Starmer."]


MESSY = """Skip to main content
This website uses cookies. By using this site you agree to our cookie policy.
OK
Trending
Gaza truce talks
Sudan aid
Menu
World | Africa
Rival forces agree to 72-hour truce in besieged city
Listen (4 min)
Amina Diallo, Africa correspondent
14 April 2025
The army and the paramilitary forces agreed to a 72-hour truce around the city, mediators said.
WATCH: Families flee as shelling intensifies
The truce is meant to allow aid convoys to reach about 500,000 people trapped in the city.
Residents reached by phone described the night as the quietest in weeks.
Recommended for you
Why the war keeps spreading
Inside the camps on the border
Thanks for reading. We depend on readers like you to keep our journalism free. Support us from $5 a month.
Amina Diallo is the paper's Africa correspondent.
"""


def test_messy_page_text() -> None:
    got = clean_text(MESSY)
    assert got.title == "Rival forces agree to 72-hour truce in besieged city"
    assert got.published == "2025-04-14"
    lines = got.body.split("\n")
    assert len(lines) == 3
    assert lines[0].startswith("The army and the paramilitary")
    assert lines[-1].startswith("Residents reached by phone")
    reasons = {r.text: r.reason for r in got.removed}
    assert reasons["Amina Diallo is the paper's Africa correspondent."] == "author-bio"
    assert reasons["Listen (4 min)"] == "listen"
    _check_report(MESSY, got)


# Above the story: a masthead and its tagline, a wire tag on the headline, a standfirst ending with a
# full stop, and a byline naming the writer's beat.
TOP_OF_PAGE = """The Valdorian Times
Independent news from the lake country
(LEAD) Valdoria and Kestria extend border truce after lakeside talks
Mediators hope the extra month will allow a prisoner exchange.
By foreign affairs reporter Jo Roe
Published 3 March 2025
Delegations from Valdoria and Kestria agreed on Monday to extend their truce by 30 days, mediators said.
The agreement came after two days of talks in the lakeside town of Brenn, officials told reporters.
"""


def test_top_of_page() -> None:
    got = clean_text(TOP_OF_PAGE)
    assert got.title == "Valdoria and Kestria extend border truce after lakeside talks"
    assert got.byline == "By foreign affairs reporter Jo Roe"
    lines = got.body.split("\n")
    assert len(lines) == 2 and lines[0].startswith("Delegations from Valdoria")
    reasons = {r.text: r.reason for r in got.removed}
    assert reasons["Mediators hope the extra month will allow a prisoner exchange."] == "standfirst"
    assert reasons["Independent news from the lake country"] == "breadcrumb"
    _check_report(TOP_OF_PAGE, got)


STANDFIRST_ABOVE_DATELINE = """Valdoria and Kestria extend border truce after lakeside talks
Mediators hope the extra month will allow a prisoner exchange between the two sides.
BRENN, Valdoria (AP) — Delegations from Valdoria and Kestria agreed on Monday to extend a truce, envoys said.
The agreement came after two days of talks in the lakeside town of Brenn, officials told reporters.
"""


def test_standfirst_above_a_dateline_lead() -> None:
    got = clean_text(STANDFIRST_ABOVE_DATELINE)
    assert got.dateline == "BRENN, Valdoria (AP)"
    assert got.body.startswith("Delegations from Valdoria")
    assert "Mediators hope" not in got.body
    _check_report(STANDFIRST_ABOVE_DATELINE, got)


PULL_QUOTE = """Valdoria and Kestria extend border truce after lakeside talks
Delegations from Valdoria and Kestria agreed on Monday to extend their truce by 30 days, mediators said.
“Nobody wants a return to the shelling,” the Kestrian envoy said after the session in Brenn on Monday.
“Nobody wants a return to the shelling.”
Kestrian envoy
Both sides will exchange lists of detainees next week, according to the mediators from Norland.
Both sides will exchange lists of detainees next week, according to the mediators from Norland.
"""


def test_pull_quote_goes_and_repeated_paragraphs_stay() -> None:
    got = clean_text(PULL_QUOTE)
    lines = got.body.split("\n")
    assert len(lines) == 4  # a paragraph repeated whole is not a pull quote of itself
    reasons = {r.text: r.reason for r in got.removed}
    assert reasons["“Nobody wants a return to the shelling.”"] == "pull-quote"
    assert reasons["Kestrian envoy"] == "pull-quote"
    _check_report(PULL_QUOTE, got)


RELEASE_STORY = [
    "The Lake Fund welcomed the agreement reached on Monday between Valdoria and Kestria to reopen the road.",
    "“Families have waited too long for this road,” said Ida Berg, the fund’s director in Brenn.",
    "The road is due to open to aid convoys from 1 August, according to the mediators.",
]
# A press release's closing sections go up to the next header or the story's reported speech. An "About"
# subhead whose paragraph does not name its subject again is a story's subhead (it goes, the paragraph stays).
RELEASE_TAILS = [
    ("Notes to editors\nInterviews can be arranged in English and Valdorian.\nPhotos are available.", []),
    ("About The Lake Fund\nThe Lake Fund is an independent charity working in six countries since 1998.", []),
    ("Media contacts\nOla Lind, press officer\n+00 1234 5678\nFor more information\nVisit our site.", []),
    (
        "About Kestria\nKestria is a lake country of two million.\n“We will keep our word,” the envoy said.",
        ["“We will keep our word,” the envoy said."],
    ),
    (
        "About the road\nThe road was closed in 2016 after a landslide.",
        ["The road was closed in 2016 after a landslide."],
    ),
]


@pytest.mark.parametrize(("tail", "kept"), RELEASE_TAILS)
def test_press_release_sections(tail: str, kept: list[str]) -> None:
    raw = "Lake Fund welcomes dam road deal\n\n" + "\n\n".join(RELEASE_STORY) + "\n\nENDS\n\n" + tail + "\n"
    got = clean_text(raw)
    assert got.body.split("\n") == RELEASE_STORY + kept
    assert any(r.reason == "press-release" for r in got.removed) == tail.startswith(
        ("Notes", "Media", "About K", "About The")
    )


# A menu's "About us" above the headline takes nothing.
@pytest.mark.parametrize("header", ["About us", "About the deal"])
def test_about_headers_that_are_not_release_sections(header: str) -> None:
    raw = f"{header}\n\nLake Fund welcomes dam road deal\n\n" + "\n\n".join(RELEASE_STORY) + "\n"
    assert clean_text(raw).body.split("\n") == RELEASE_STORY


_LEAD = (
    "Valdoria and Kestria agreed on Monday to reopen the lake crossing at Brenn, ending a closure that had "
    "lasted since the spring, officials said.\n"
    "Trucks will be allowed through from next week, the transport ministry said in a statement.\n"
)
# Which first line is the title: the headline that speaks of the story, not a masthead's tagline that
# names the same places above the menus, a consent prompt, an advert, or a deck under the headline.
TITLE_PAGES = [
    (
        "THE LAKE POST\nNews and views from Valdoria, Kestria and the lake\nMenu\nHome\nValdoria\nKestria\n"
        "Contact us\nAdvertisement\nFly Brenn to Kestria daily. Book early and save up to 15%\n"
        "Valdoria, Politics\nValdoria and Kestria agree to reopen Brenn lake crossing\n",
        "Valdoria and Kestria agree to reopen Brenn lake crossing",
    ),
    (
        "We value your privacy\nWe and our partners keep cookies on your device to see how you use the site. "
        'Change your mind at any time under "Cookie choices".\nAccept all\nTHE LAKE POST\n'
        "Valdoria and Kestria agree to reopen Brenn lake crossing\n",
        "Valdoria and Kestria agree to reopen Brenn lake crossing",
    ),
    (
        "Lake Post | Home | World\nValdoria and Kestria agree to reopen Brenn lake crossing\n"
        "Trucks queue at the Brenn crossing as the closure ends after months\nAdvertisement\n",
        "Valdoria and Kestria agree to reopen Brenn lake crossing",
    ),
    (
        "Menu\nSubscribe\nValdoria and Kestria agree to reopen Brenn lake crossing\n"
        "Trucks to be let through the Brenn crossing from next week\n",
        "Valdoria and Kestria agree to reopen Brenn lake crossing",
    ),
]


@pytest.mark.parametrize(("top", "title"), TITLE_PAGES)
def test_title_among_first_lines(top: str, title: str) -> None:
    got = clean_text(top + _LEAD)
    assert got.title == title
    assert got.body == _LEAD.rstrip("\n")
    _check_report(top + _LEAD, got)


_STORY_HEAD = (
    "Valdoria and Kestria reopened the lake crossing at Brenn on Monday, ending a closure that had lasted "
    "three years, officials said.\n\n"
    "The first buses crossed shortly after dawn, and traders said they expected lorries to follow within "
    "days, according to the transport ministry.\n\n"
)
_STORY_TAIL = (
    "\n\nThe closure had forced traders to drive around the lake, doubling the cost of moving goods, "
    "the chamber of commerce said in a report last year.\n"
)
# A caption written as a sentence, with no credit, beside a line that stands for a picture or a clip.
MEDIA_CAPTIONS = [
    (
        "A customs officer stamps passports as the first passengers cross into Kestria.",
        "Video: Watch the first buses cross (1:20)",
        True,
    ),
    ("Lorries wait in line at the Brenn gate at dawn.", "[Photo] Brenn crossing", True),
    # A sentence of the story: an auxiliary, a past tense, or no media line beside it.
    (
        "The crossing is expected to open to lorries next week.",
        "Video: Watch the first buses cross (1:20)",
        False,
    ),
    (
        "A customs officer stamped passports as the first passengers crossed.",
        "Watch: The first buses cross",
        False,
    ),
    ("A customs officer stamps passports as the first passengers cross into Kestria.", "", False),
]


@pytest.mark.parametrize(("sentence", "media", "removed"), MEDIA_CAPTIONS)
def test_sentence_caption_by_a_media_line(sentence: str, media: str, removed: bool) -> None:
    raw = _STORY_HEAD + sentence + (f"\n\n{media}" if media else "") + _STORY_TAIL
    got = clean_text(raw)
    assert (sentence not in got.body) == removed
    assert media == "" or media not in got.body
    assert got.body.startswith("Valdoria and Kestria") and got.body.endswith("last year.")
    _check_report(raw, got)


# A comment section under the story: its header quotes the headline, which must not make the headline a
# "pull quote"; the readers' names, times, short comments and buttons under it all go.
COMMENTS_PAGE = """Lake Post
Kestria frees 12 fishermen held after lake border incident
Posted by Lake Post Staff | June 21, 2025 | 2 Comments
Kestria released 12 Valdorian fishermen on Saturday who had been held for three weeks, the ministry said.
The two countries have argued over fishing rights on the lake since a 2019 agreement lapsed, officials said.
2 thoughts on “Kestria frees 12 fishermen held after lake border incident”
Oskar V. says:
June 21, 2025 at 3:12 pm
Good news at last.
Reply
Lena P. says:
June 21, 2025 at 4:40 pm
I hope the men are compensated for the weeks they lost and that the lake talks start again soon.
Reply
"""


def test_comment_section_goes_whole() -> None:
    got = clean_text(COMMENTS_PAGE)
    assert got.title == "Kestria frees 12 fishermen held after lake border incident"
    assert got.published == "2025-06-21"
    assert got.body.split("\n") == COMMENTS_PAGE.split("\n")[3:5]
    _check_report(COMMENTS_PAGE, got)


# Under a links header, an explainer's question headline is a link too; a story's question is not
# under such a header.
QUESTION_LINKS = """Mediators say lake talks could resume next month
Mediators from the regional bloc said on Monday that talks between Valdoria and Kestria could resume soon.
Kestria's foreign ministry did not respond to a request for comment on the mediators' plan.
More on this story
Lake border: what is at stake?
Who fishes the lake, and why it matters
"""


def test_question_headline_under_a_links_header() -> None:
    got = clean_text(QUESTION_LINKS)
    assert got.body.split("\n") == QUESTION_LINKS.split("\n")[1:3]
    _check_report(QUESTION_LINKS, got)


MASTHEAD = """Lakeside Herald
Wed, Nov 19, 2025
Home | World | Business | Opinion
Kestria and Talvia agree to reopen the lake ferry after a year
By Oren Vasko
{stamp}
Ferries between Kestria and Talvia will run again from next month, the two governments said on Tuesday.
The crossing was closed last autumn after a dispute over fishing quotas, officials in both capitals said.
"""


@pytest.mark.parametrize(
    ("stamp", "published"),
    [
        # The masthead's bare date is the day the page was fetched: the stamp under the headline dates it.
        ("On 11/12/25 at 4:00 PM EST", "2025-11-12"),
        ("Published November 12, 2025", "2025-11-12"),
        ("November 12, 2025 4:05 pm", "2025-11-12"),
        # With no stamp under the headline, the masthead's date is all the page gives.
        ("", "2025-11-19"),
    ],
)
def test_a_masthead_date_gives_way_to_the_stamp_under_the_headline(stamp: str, published: str) -> None:
    got = clean_text(MASTHEAD.format(stamp=stamp))
    assert got.title == "Kestria and Talvia agree to reopen the lake ferry after a year"
    assert got.published == published
