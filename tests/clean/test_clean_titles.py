"""Titles on page layouts the rules had not seen: a site's name after the headline, a section label before
it, a headline broken over two lines, the page's title line repeating its headline over a longer standfirst;
an h1 over a social title nothing repeats: test_clean_heads. All cases invented, on the notes' story."""

from __future__ import annotations

import pytest
from test_clean_notes import STORY

from parley.clean.text import clean_text

HEADLINE = "Valdoria and Kestria agree to resume talks on their lake border"
STANDFIRST = "Mediators hope a new round can settle the dispute over fishing rights on the lake this summer"


def _page(*head: str) -> str:
    return "\n".join(head) + "\n\n" + "\n\n".join(STORY) + "\n"


@pytest.mark.parametrize("sep", [" | ", " - ", " — ", " – "])
def test_the_sites_name_after_the_headline_goes_when_the_masthead_names_it(sep: str) -> None:
    raw = _page("Lake Herald", "World   Region   Opinion", f"{HEADLINE}{sep}Lake Herald", "By Jo Roe")
    assert clean_text(raw).title == HEADLINE


@pytest.mark.parametrize(
    "headline",
    [
        "Valdoria and Kestria lake talks stall - again",
        "Valdoria, Kestria: what next for the lake border talks",
        "Kestria and Valdoria resume lake talks – a view from Brenn",
        "Why Valdoria and Kestria agreed to resume lake talks",
    ],
)
def test_a_headline_whose_tail_names_no_site_stays_whole(headline: str) -> None:
    raw = _page("Lake Herald", "World   Region   Opinion", headline, "By Jo Roe")
    assert clean_text(raw).title == headline


@pytest.mark.parametrize(
    "head",
    [
        # A feed's title line with the site's name in front, the site linked under it.
        [f"Lake Herald | {HEADLINE}", "URL: https://lakeherald.example/news/lake-talks-resume-8812/"],
        # ... or named alone by the masthead.
        ["Lake Herald", f"Lake Herald | {HEADLINE}", "By Jo Roe"],
    ],
)
def test_the_sites_name_in_front_of_the_headline_goes(head: list[str]) -> None:
    assert clean_text(_page(*head)).title == HEADLINE


def test_a_name_in_front_that_the_page_neither_links_nor_names_stays() -> None:
    title = f"Brenn Lakes Trust | {HEADLINE}"
    raw = _page(title, "URL: https://lakeherald.example/news/lake-talks-resume-8812/")
    assert clean_text(raw).title == title


def test_the_title_line_repeating_the_headline_beats_a_longer_standfirst() -> None:
    head = [f"{HEADLINE} | Lake Herald", "Skip to main content", "Lake Herald", "World", HEADLINE, STANDFIRST]
    got = clean_text(_page(*head, "03.06.2025, 06:14", "Share"))
    assert got.title == HEADLINE
    assert got.body.split("\n") == STORY


@pytest.mark.parametrize("label", ["[News Focus] ", "[Analysis] ", "EXCLUSIVE: ", "Opinion | ", "HEADLINE: "])
def test_a_section_label_before_the_headline_goes(label: str) -> None:
    raw = _page("LAKE HERALD", "World > Region", f"{label}{HEADLINE}", "By Jo Roe")
    assert clean_text(raw).title == HEADLINE


@pytest.mark.parametrize(
    ("first", "second"),
    [
        ("Valdoria and Kestria agree", "to meet again over the lake border"),
        ("Valdoria and Kestria resume lake talks", "as fishing season nears"),
    ],
)
def test_a_headline_broken_over_two_lines_is_joined(first: str, second: str) -> None:
    got = clean_text(_page("LAKE HERALD", "World", first, second, STANDFIRST, "By Jo Roe"))
    assert got.title == f"{first} {second}"
    assert got.body.split("\n") == STORY


@pytest.mark.parametrize(
    ("first", "second"),
    [
        ("Valdoria and Kestria agree to resume lake talks", "Mediators say a first round opens in Brenn"),
        (  # too long for one headline: a headline over a dek that opens lower-case
            "Valdoria and Kestria agree to resume talks on the lake border and fishing rights",
            "as mediators from three countries prepare to meet in Brenn for the first time in years",
        ),
    ],
)
def test_a_headline_over_a_line_that_does_not_continue_it_stays_alone(first: str, second: str) -> None:
    got = clean_text(_page("LAKE HERALD", "World", first, second, "By Jo Roe"))
    assert got.title == first


@pytest.mark.parametrize(
    "menu",
    [
        "Home  Valdoria  Kestria  Lake Border  World  Sports",
        "Home   Region   Lake Talks   Kestria   Video   Features",
    ],
)
def test_a_menu_of_short_capitalised_items_is_never_the_title(menu: str) -> None:
    got = clean_text(_page("LAKE HERALD", menu, HEADLINE, "Lake Herald", "By Jo Roe"))
    assert got.title == HEADLINE


@pytest.mark.parametrize(
    "headline",
    [
        "Valdoria And Kestria Agree To Resume Lake Border Talks",
        "Valdoria, Kestria  agree to resume lake talks",
    ],
)
def test_a_headline_in_title_case_or_with_a_stray_gap_is_no_menu(headline: str) -> None:
    got = clean_text(_page("LAKE HERALD", "Home  World  Region  Sports", headline, "By Jo Roe"))
    assert got.title == headline


STAMP = "Monday 2 June 2025 at 9:41pm"
CAPTION = "Lake News Correspondent Jo Roe reports from Brenn on what is at stake for Valdoria and Kestria"


@pytest.mark.parametrize(
    "head",
    [
        # A video's caption between the date and the byline; a "Latest" header over the headline.
        ["LAKE NEWS", "Latest", "Lake border", HEADLINE, f"{STANDFIRST}.", STAMP, CAPTION],
        ["LAKE NEWS", "World", HEADLINE, STAMP, CAPTION],
        # The date above the headline: the headline is under the block, and stays the title.
        ["LAKE NEWS", STAMP, HEADLINE, f"{STANDFIRST}."],
    ],
)
def test_the_headline_stands_above_the_date_and_byline_block(head: list[str]) -> None:
    got = clean_text(_page(*head, "By Jo Roe, Correspondent", "Share"))
    assert got.title == HEADLINE
    assert got.body.split("\n") == STORY


@pytest.mark.parametrize(
    ("head", "title"),
    [
        # An editorial's two-word headline in sentence case, over its label: the page's only headline.
        (["Lake diplomacy", "Editorial"], "Lake diplomacy"),
        (["LAKE HERALD", "Opinion", "Border talks"], "Border talks"),
        # Sections are one word or title case; a sentence-case pair that says nothing of the story is a label.
        (["Middle East", "Editorial"], None),
        (["Latest news", "Opinion"], None),
    ],
)
def test_a_two_word_headline_in_sentence_case_is_the_title_when_no_other_stands(
    head: list[str], title: str | None
) -> None:
    got = clean_text(_page(*head))
    assert got.title == title
    assert got.body.split("\n") == STORY


@pytest.mark.parametrize("label", ["Live: ", "LIVE: "])
def test_a_live_pages_label_stays_in_its_title_as_a_trailing_live_does(label: str) -> None:
    raw = _page("LAKE HERALD", "World > Region", f"{label}{HEADLINE}", "By Jo Roe")
    assert clean_text(raw).title == f"{label}{HEADLINE}"


@pytest.mark.parametrize(
    "trail",
    ["You are here: Home > World > Lake border", "Home / News / Valdoria", "Home » Region » Kestria talks"],
)
def test_a_breadcrumb_trail_ending_in_a_section_is_no_title(trail: str) -> None:
    got = clean_text(
        _page("LAKE HERALD", "Subscribe", trail, "", HEADLINE, "", "By Jo Roe", "Share: Email | X")
    )
    assert got.title == HEADLINE
    assert got.body.split("\n") == STORY


def test_the_headline_under_a_section_label_beats_a_ticker_above_it() -> None:
    head = [
        "LAKE HERALD",
        "News | Region | Opinion",
        "Lake News Latest: Ferry strike in Osk enters its third day at the lake border",
        "VALDORIA",
        HEADLINE,
        "by Jo Roe",
        "June 3, 2025 4:52 PM 3 min read",
    ]
    got = clean_text(_page(*head))
    assert got.title == HEADLINE
    assert got.published == "2025-06-03"
    assert got.body.split("\n") == STORY


@pytest.mark.parametrize(
    ("lead", "title"),
    [
        # A wire's headline names its speaker after a dash ("<headline> - Rask"); the story has Rask speak.
        ("Talks will resume within a month, Foreign Minister Ivo Rask said on Monday.", f"{HEADLINE} - Rask"),
        ("Rask told reporters on Monday that talks would resume within a month.", f"{HEADLINE} - Rask"),
        # The same tail with no one of that name speaking is the site's name.
        ("Talks will resume within a month, the mediators said on Monday.", HEADLINE),
    ],
)
def test_a_speakers_name_after_a_wire_headline_stays(lead: str, title: str) -> None:
    raw = "\n".join(["WIRE FEED :: GENERAL", f"{HEADLINE} - Rask", ""]) + "\n\n".join([lead, *STORY]) + "\n"
    assert clean_text(raw).title == title
