"""The HTML cleaner on a page written for the test: body, metadata and the report of the page's rest."""

from __future__ import annotations

from pathlib import Path

import lxml.html
import pytest

from parley.clean import clean
from parley.clean.html import clean_html

PAGE = Path(__file__).parent / "data" / "lakeside_page.html"

STORY_STARTS = [
    "Officials from the river states",
    "The outline sets a minimum flow",
    "“This is not the end of the road",
    "Sudmark's delegation said",
    "Environmental groups welcomed",
]

REMOVED = [
    ("Sign up for our Climate Weekly newsletter", "newsletter"),
    ("Support independent journalism", "donation-appeal"),
    ("Our reporting is free to read", "donation-appeal"),
    ("Fishing boats on Lake Orsa near Brenn.", "caption"),
    ("Drought empties reservoirs across Sudmark", "related-links"),
    ("We use cookies", "cookie-notice"),
    ("Accept cookies", "button-label"),
    ("© 2025 The Valley Courier.", "copyright"),
    ("By Priya Anand", "byline"),
]


@pytest.fixture(scope="module")
def page() -> str:
    return PAGE.read_text(encoding="utf-8")


def test_body_is_the_story(page: str) -> None:
    got = clean_html(page)
    lines = got.body.split("\n")
    assert len(lines) == len(STORY_STARTS)
    for line, start in zip(lines, STORY_STARTS, strict=True):
        assert line.startswith(start)


def test_metadata(page: str) -> None:
    got = clean(page, is_html=True)
    assert got.title == "Lakeside water talks end with outline deal"
    assert got.site == "The Valley Courier"
    assert got.published == "2025-06-02"  # the original date, not the modification
    assert got.published_source == "metadata"


@pytest.mark.parametrize(("start", "reason"), REMOVED)
def test_removed_report(page: str, start: str, reason: str) -> None:
    got = clean_html(page)
    match = [r for r in got.removed if r.text.startswith(start)]
    assert match, f"{start!r} not reported"
    assert match[0].reason == reason
    assert start not in got.body


def test_removed_spans_point_into_the_page(page: str) -> None:
    got = clean_html(page)
    for piece in got.removed:
        if piece.span is not None:
            start, end = piece.span
            assert page[start:end] == piece.text
    # Script and style text is not visible, so it is not reported.
    assert not any("dataLayer" in r.text or ".promo" in r.text for r in got.removed)


def test_date_from_visible_text_when_no_metadata() -> None:
    html = (
        "<html><body><article><h1>Border talks resume after two-month pause</h1>"
        "<p>Published 14 March 2025</p>"
        "<p>Negotiators from the two countries met on Friday for the first time since January, "
        "the foreign ministry said in a statement.</p>"
        "<p>The talks will continue next week in the capital, officials told reporters.</p>"
        "</article></body></html>"
    )
    got = clean_html(html)
    assert got.published == "2025-03-14"
    assert got.published_source == "text"
    assert "Published" not in got.body


def test_a_visible_stamp_styled_pubdate_is_the_pages_text() -> None:
    html = (
        "<html><body><article><h1>Border talks resume after two-month pause</h1>"
        '<div><span class="author">By Jo Roe</span> <span class="pubdate">Mar 14, 2025</span></div>'
        "<p>Negotiators from the two countries met on Friday for the first time since January, "
        "the foreign ministry said in a statement.</p>"
        "<p>The talks will continue next week in the capital, officials told reporters.</p>"
        "</article></body></html>"
    )
    got = clean_html(html)
    assert got.published == "2025-03-14"
    assert got.published_source == "text"


def test_the_headline_inside_the_storys_container_is_the_title() -> None:
    head = "Valdoria and Kestria Extend Their Truce. The Prisoners Still Wait."
    paras = "".join(f"<p>{s}</p>" for s in STORY)
    html = (
        f"<html><head><title>{head}</title></head><body><article><div class='entry-content'>"
        f"<p>{head}</p>{paras}</div></article></body></html>"
    )
    got = clean_html(html)
    assert got.title == head
    assert got.body.split("\n") == STORY
    assert any(r.reason == "title" and r.text == head for r in got.removed)


@pytest.mark.parametrize("html", ["", "<html></html>", "<p>", "not html at all"])
def test_degenerate_pages(html: str) -> None:
    got = clean_html(html)
    assert isinstance(got.body, str)


STORY = [
    "Delegations from Valdoria and Kestria agreed on Monday to extend their truce by a month, envoys said.",
    "The agreement came after two days of talks in the lakeside town of Brenn, officials told reporters.",
    "Both sides will exchange lists of detainees next week, according to the mediators from Norland.",
]

# Markup that names its own cruft: a dek, a figure caption, a pull quote, a newsletter box, a post.
MARKED_UP = [
    '<p class="dek">Mediators hope the extra month will allow a prisoner exchange.</p>',
    "<figure><img src='a.jpg' alt=''><figcaption>Envoys at the lake hotel in Brenn.</figcaption></figure>",
    '<aside class="pullquote"><p>"Nobody wants a return to the shelling."</p></aside>',
    '<div class="newsletter-box"><p>The Lake Letter brings the week to your door every Friday.</p></div>',
    '<blockquote class="twitter-tweet"><p>The truce holds, and it will hold.</p></blockquote>',
    '<p class="correction">An earlier version of this story misstated the length of the truce.</p>',
    '<p class="article__dek">Mediators hope the extra month will allow a prisoner exchange.</p>',
    '<p class="story-caption">Envoys at the lake hotel in Brenn.</p>',
    '<blockquote class="embedded-post"><p>The gate will open.</p>&mdash; Lake Ministry</blockquote>',
    '<div class="video-embed"><p>Watch: the first buses cross the lake bridge at dawn.</p></div>',
    '<h2 class="excerpt">Mediators hope the extra month will allow a prisoner exchange.</h2>',
    '<p class="article__subhead"><em>Mediators hope the extra month will allow a prisoner exchange.</em></p>',
    '<p class="t-content__chapo">Mediators hope the extra month will allow a prisoner exchange.</p>',
    '<p class="summary">Mediators hope the extra month will allow a prisoner exchange.</p>',
    '<ul class="summary-list"><li>Mediators hope the extra month will allow a prisoner exchange.</li></ul>',
    '<div class="bucketwrap donate"><p>Listeners paid for every trip to Brenn last year.</p></div>',
    '<h2 class="sapo">Mediators hope the extra month will allow a prisoner exchange.</h2>',
    '<div class="inline-cta"><p>Watch Lake TV live in three languages, day and night.</p></div>',
    '<h2 class="entry-subtitle">Mediators hope the extra month will allow a prisoner exchange.</h2>',
]


@pytest.mark.parametrize("element", MARKED_UP)
def test_elements_named_as_cruft_go(element: str) -> None:
    paras = "".join(f"<p>{s}</p>" for s in STORY)
    html = (
        "<html><head><title>Valdoria and Kestria extend truce</title></head><body><article>"
        f"<h1>Valdoria and Kestria extend truce</h1>{element}<div class='story-body'>{paras}</div>"
        "</article></body></html>"
    )
    got = clean_html(html)
    assert got.body.split("\n") == STORY
    visible = " ".join(lxml.html.fragment_fromstring(element, create_parent="div").text_content().split())
    assert any(r.text and " ".join(r.text.split()) in visible for r in got.removed)


def test_modifiers_do_not_name_the_article_as_cruft() -> None:
    paras = "".join(f"<p>{s}</p>" for s in STORY)
    html = (
        "<html><head><title>Valdoria and Kestria extend truce</title></head><body>"
        f"<article class='article article--has-caption'><h1>Valdoria and Kestria extend truce</h1>"
        f"<div class='story-body'>{paras}</div></article></body></html>"
    )
    assert clean_html(html).body.split("\n") == STORY


@pytest.mark.parametrize("tag", ["body", "main"])
def test_the_pages_own_classes_never_name_it_as_cruft(tag: str) -> None:
    paras = "".join(f"<p>{s}</p>" for s in STORY)
    article = (
        f"<article><h1>Valdoria and Kestria extend truce</h1><div class='story-body'>{paras}</div></article>"
    )
    inner = article if tag == "body" else f"<main class='site-main has-newsletter'>{article}</main>"
    html = (
        "<html><head><title>Valdoria and Kestria extend truce</title></head>"
        f"<body class='single-post has-sidebar h-cta theme-newsletter'>{inner}</body></html>"
    )
    assert clean_html(html).body.split("\n") == STORY


# (inserted after the second paragraph, lines it adds to the body): a list in the story is story, without
# the "- " that the extractor writes for an <li>; a summary list and a credited caption are not.
IN_STORY = [
    (
        "<p>Under the deal, the two sides agreed to:</p><ul><li>reopen the lake crossing at Brenn;</li>"
        "<li>swap lists of detainees by Friday;</li><li>meet again in April.</li></ul>",
        [
            "Under the deal, the two sides agreed to:",
            "reopen the lake crossing at Brenn;",
            "swap lists of detainees by Friday;",
            "meet again in April.",
        ],
    ),
    (
        "<h2>Key points</h2><ul><li>The truce was extended by a month.</li>"
        "<li>Detainees will be swapped.</li></ul>",
        [],
    ),
    ("<p>A fisherman mends his nets on the shore of the lake near Brenn.</p><p>Reuters</p>", []),
]


@pytest.mark.parametrize(("fragment", "added"), IN_STORY)
def test_lists_and_credited_captions(fragment: str, added: list[str]) -> None:
    paras = [f"<p>{s}</p>" for s in STORY]
    html = (
        "<html><head><title>Valdoria and Kestria extend truce</title></head><body><article>"
        f"<h1>Valdoria and Kestria extend truce</h1><div class='story-body'>{''.join(paras[:2])}{fragment}"
        f"{''.join(paras[2:])}</div></article></body></html>"
    )
    assert clean_html(html).body.split("\n") == STORY[:2] + added + STORY[2:]


# A page laid out in tables (an e-mail newsletter): the story is the cells' paragraphs, each a line, and the
# masthead's date is the publication date. A data table (cells of bare text) is not layout.
LAYOUT = [
    "<table><tr><td><h2>The Lake Letter</h2><p>Tuesday, March 4, 2025</p></td></tr></table>"
    "<table><tr><td><h1>Valdoria and Kestria extend truce</h1>{paras}</td></tr></table>",
    "<table class='outer'><tr><td><table><tr><td><h2>The Lake Letter</h2><p>Tuesday, March 4, 2025</p>"
    "</td></tr></table><div><h1>Valdoria and Kestria extend truce</h1>{paras}</div></td></tr></table>",
]


@pytest.mark.parametrize("layout", LAYOUT)
def test_layout_tables_are_unwrapped(layout: str) -> None:
    paras = "".join(f"<p>{s}</p>" for s in STORY)
    body = layout.format(paras=paras)
    html = f"<html><head><title>The Lake Letter</title></head><body>{body}</body></html>"
    got = clean_html(html)
    assert got.body.split("\n") == STORY
    assert got.published == "2025-03-04"


def test_data_tables_stay_tables() -> None:
    from parley.clean.html import _unwrap_layout_tables

    root = lxml.html.document_fromstring(
        "<html><body><table><tr><th>Side</th><th>Detainees</th></tr><tr><td>Valdoria</td><td>40</td></tr>"
        "</table></body></html>"
    )
    assert not _unwrap_layout_tables(root)
    assert len(list(root.iter("td"))) == 2


H1 = "Valdoria and Kestria agree to extend their truce by a month"
SOCIAL = "A month more of quiet on the lake"
WHAT_NEXT = "Valdoria, Kestria: what next for the lake truce"


@pytest.mark.parametrize(
    ("head", "title"),
    [
        # A social title sharing no words with the h1: the h1 wins when the page repeats it.
        (f"<title>{H1} | Lake Herald</title>", H1),
        (f'<title>Lake Herald</title><script type="application/ld+json">{{"headline":"{H1}"}}</script>', H1),
        ("<title>Lake Herald</title>", SOCIAL),  # nothing repeats the h1
    ],
)
def test_the_h1_that_the_page_repeats_beats_a_rewritten_social_title(head: str, title: str) -> None:
    paras = "".join(f"<p>{s}</p>" for s in STORY)
    html = (
        f'<html><head><meta property="og:title" content="{SOCIAL}">{head}</head><body><article>'
        f"<h1>{H1}</h1>{paras}</article></body></html>"
    )
    assert clean_html(html).title == title


def test_a_long_logo_in_the_h1_is_not_the_title_even_when_the_title_line_names_it() -> None:
    paras = "".join(f"<p>{s}</p>" for s in STORY)
    html = (
        f'<html><head><meta property="og:title" content="{SOCIAL}"><title>{SOCIAL} | The Lake Country Herald'
        f"</title></head><body><h1>The Lake Country Herald</h1><article>{paras}</article></body></html>"
    )
    assert clean_html(html).title == SOCIAL


@pytest.mark.parametrize(
    ("h1", "title"),
    [
        # The kicker and the headline in spans of their own: the kicker goes from the metadata title.
        (f'<span class="kicker">Lake Border Talks</span> <span>{H1}</span>', H1),
        (f"<span>Lake Border Talks:</span> <span>{H1}</span>", f"Lake Border Talks: {H1}"),
        # A headline whose colon parts no kicker stays whole.
        (WHAT_NEXT, WHAT_NEXT),
    ],
)
def test_a_kicker_the_page_shows_apart_goes_from_the_title(h1: str, title: str) -> None:
    paras = "".join(f"<p>{s}</p>" for s in STORY)
    meta = title if title != H1 else f"Lake Border Talks: {H1}"
    html = (
        f'<html><head><meta property="og:title" content="{meta}"><title>{meta} - Lake Herald</title></head>'
        f"<body><article><h1>{h1}</h1>{paras}</article></body></html>"
    )
    assert clean_html(html).title == title


def _after_lead(box: str) -> str:
    """A page with ``box`` after the story's first paragraph."""
    paras = "".join(f"<p>{s}</p>" for s in STORY[1:])
    return (
        "<html><head><title>Valdoria and Kestria extend truce</title></head><body><article>"
        f"<h1>Valdoria and Kestria extend truce</h1><p>{STORY[0]}</p>{box}{paras}</article></body></html>"
    )


BOXES = [
    # A summary box between the h1 and the story, a note between its heading and its points.
    '<div class="qr"><h3>Quick Read</h3><p>Summary is machine made, editor checked</p>'
    "<ul><li>The truce is extended by a month.</li><li>Detainee lists come next week.</li></ul></div>",
    # An explainer box in the story under a longer summary heading, its points in paragraphs.
    '<div class="box"><h4>What we know so far</h4><p>The truce now runs to August.</p>'
    "<p>Norland's envoys will carry the detainee lists.</p></div>",
    # A roundup of other outlets' reports: every item ends in its link.
    '<div class="section"><h3>Elsewhere</h3><ul><li>Lake fares fell on the news, <a href="#">the Brenn Post '
    'reports</a>.</li><li>Ferry crews were told to prepare, <a href="#">Kestria Daily found</a>.</li>'
    "</ul></div>",
    # The same with a comment after each link (a template's marker): a comment shows nothing, and
    # reading its text once raised an error from lxml.
    '<div class="section"><h3>Elsewhere</h3><ul><li>Lake fares fell on the news, <a href="#">the Brenn Post '
    'reports</a><!-- /link -->.</li><li>Ferry crews were told to prepare, <a href="#">Kestria Daily found'
    "</a><!-- /link -->.</li></ul></div>",
]


@pytest.mark.parametrize("box", BOXES)
def test_summary_boxes_and_link_roundups_go_whatever_their_class(box: str) -> None:
    assert clean_html(_after_lead(box)).body.split("\n") == STORY


TERMS = "<div><h3>The terms</h3><p>Under the deal, both sides agreed to these terms:</p>"
KEPT_BOXES = [
    # A story list under its heading: no links.
    (
        f"{TERMS}<ul><li>Shelling stops along the lake shore.</li>"
        "<li>Detainee lists are swapped next week.</li></ul></div>",
        ["Shelling stops along the lake shore.", "Detainee lists are swapped next week."],
    ),
    # Only one item ends in a link: no roundup.
    (
        f"{TERMS}<ul><li>Shelling stops along the lake shore.</li>"
        '<li>Detainee lists are swapped, <a href="#">the ministry said</a>.</li></ul></div>',
        ["Shelling stops along the lake shore.", "Detainee lists are swapped, the ministry said."],
    ),
    # A section of the story under a heading of its own.
    (
        "<div><h3>Why it matters</h3><p>The lake carries most of the region's grain to market.</p></div>",
        ["The lake carries most of the region's grain to market."],
    ),
]


@pytest.mark.parametrize(("box", "kept"), KEPT_BOXES)
def test_story_sections_and_lists_under_a_heading_stay(box: str, kept: list[str]) -> None:
    body = clean_html(_after_lead(box)).body.split("\n")
    assert all(line in body for line in kept)
