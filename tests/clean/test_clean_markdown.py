"""Markdown pages (a reader service's copy of a page): the markup goes, the story stays, spans index input.

Every page here is invented.
"""

from __future__ import annotations

import pytest

from parley.clean.markdown import is_markdown, unmark
from parley.clean.text import clean_text

_TITLE = "Velmora ferry licence extended after months of dispute"
_STORY = [
    "The harbour board of Velmora agreed on Monday to extend the ferry licence of the island operator for "
    "two more years, ending a dispute that had idled three boats since the spring.",
    "Board chair Ilse Varga said the operator had met every safety demand and that the new timetable would "
    'start in October. "We wanted certainty for the islanders, and now they have it," she said.',
    "The operator's owners said in a statement that they would hire twelve more crew before the winter.",
    "Island councillors welcomed the decision but said fares should stay frozen until the next review.",
]


@pytest.mark.parametrize(
    ("text", "plain"),
    [
        ("in [Port Aldo](https://x.example/tag/port-aldo), which", "in Port Aldo, which"),
        ('see [the report](https://x.example/r "Report") today', "see the report today"),
        ("a ![boats in the harbour](https://cdn.x.example/a.jpg) b", "a  b"),
        ("[![Logo](https://x.example/logo.svg)](https://x.example/)", ""),
        ("# The headline of the day", "The headline of the day"),
        ("### Every Friday", "Every Friday"),
        # A heading's closing hashes go with it; on a line that is no heading they stay.
        ("#### ITEM 2025/0412 ####", "ITEM 2025/0412"),
        ("## Talks resume ##  ", "Talks resume"),
        ("   ## Talks resume ##", "Talks resume"),
        ("We are #1 ##", "We are #1 ##"),
        ("> **Read more:** [Ferries](https://x.example/f)", "Read more: Ferries"),
        ("*Boats in the harbour. Photo: Jo Roe*", "Boats in the harbour. Photo: Jo Roe"),
        ("__Key points__ and _emphasis_ here", "Key points and emphasis here"),
        ("as [the board][1] said", "as the board said"),
        ("[1]: https://x.example/board", ""),
        ("write to <mailto:desk@x.example> now", "write to  now"),
        # Not markup: a bullet, arithmetic, snake_case, a bracket with a space before its parenthesis.
        ("* [News](https://x.example/news)", "* News"),
        ("5 * 3 = 15", "5 * 3 = 15"),
        ("file_name_here", "file_name_here"),
        ("[Ad] (Sponsored) Buy boats", "[Ad] (Sponsored) Buy boats"),
        ("price \\*not\\* final", "price *not* final"),
    ],
)
def test_unmark(text: str, plain: str) -> None:
    got = unmark(text)
    assert got.plain == plain
    for plain_start, input_start, length in got.chunks:
        assert got.plain[plain_start : plain_start + length] == text[input_start : input_start + length]


@pytest.mark.parametrize(
    ("text", "markdown"),
    [
        ("See [a](https://x.example/a) and [b](/b).", True),
        ("# Headline\n\nBody with [a link](https://x.example/a).", True),
        ("# Headline\n\n## Subhead\n\nBody.", True),
        ("Plain text with #hashtags and [brackets] (and parentheses).", False),
        ("Headline\n\nBody text with one [link](https://x.example/a).", False),
    ],
)
def test_is_markdown(text: str, markdown: bool) -> None:
    assert is_markdown(text) == markdown


def _page() -> str:
    story = list(_STORY)
    story[0] = story[0].replace("Velmora", "[Velmora](https://islandpost.example/tag/velmora)")
    return "\n\n".join(
        [
            "[![Island Post](https://islandpost.example/logo.svg)](https://islandpost.example/)",
            "* [News](https://islandpost.example/news)\n* [Sport](https://islandpost.example/sport)",
            "# Velmora ferry licence extended after months of dispute",
            "By [Ana Kell](https://islandpost.example/authors/ana-kell) · 3 min read",
            "![A ferry at the quay](https://cdn.islandpost.example/ferry.jpg)",
            "*A ferry at the quay in Velmora. Photo: Island Post*",
            story[0],
            story[1],
            "> **Read more:** [Fares rise on the northern route](https://islandpost.example/fares)",
            story[2],
            "### The Island Post, every Monday",
            "The week on the islands, in three minutes. No spam, ever.",
            "[Sign up](https://islandpost.example/newsletter)",
            story[3],
            "**Topics:** [Ferries](https://islandpost.example/tag/ferries) [Velmora](https://islandpost.example/tag/v)",
            "© Island Post Ltd. All rights reserved.",
        ]
    )


def test_markdown_page_gives_the_story_with_valid_spans() -> None:
    raw = _page()
    got = clean_text(raw)
    assert got.title == "Velmora ferry licence extended after months of dispute"
    assert got.body.split("\n") == _STORY
    assert any(
        r.reason == "markup" and r.text.startswith("](https://islandpost.example/tag/") for r in got.removed
    )
    for piece in got.removed:
        assert piece.span is not None and raw[piece.span[0] : piece.span[1]] == piece.text
    covered = [False] * len(raw)
    for body_start, input_start, length in got.segments:
        assert got.body[body_start : body_start + length] == raw[input_start : input_start + length]
        covered[input_start : input_start + length] = [True] * length
    for piece in got.removed:
        start, end = piece.span  # type: ignore[misc]
        covered[start:end] = [True] * (end - start)
    assert all(covered[i] for i, ch in enumerate(raw) if not ch.isspace())


_LEAD = (
    "The port authority said on Tuesday that the new channel would open to ships in March, after two years "
    "of dredging and a long dispute over the route with the neighbouring city."
)


@pytest.mark.parametrize(
    "cruft",
    [
        "You’ve reached the end of your free preview.",
        "You've reached your limit of free articles this month.",
        "This article is for subscribers only.",
        "Subscribe to continue reading: the full story, including what port operators told the Tribune, "
        "continues below.",
        "Subscribers keep reading: the rest of the story and what officials told us, continues below.",
        "To continue reading, log in or create a free account.",
        "Unlock this article with a digital subscription.",
        "Create a free account to keep reading.",
        "This content is available to premium members only.",
        "Already have a subscription? Log in here",
        "This is a preview of subscription content.",
        "The weekly digest in five minutes. No spam, ever.",
        "Stories from the coast every morning. Unsubscribe at any time.",
        # Entities and a garbled apostrophe (UTF-8 read as cp1252) in the cruft.
        "Youâ€™ve reached the end of your free preview.",
        "Subscribe now &amp; save 50% &#8211; cancel anytime",
        "Thank you for reading&nbsp;&#8212; we rely on readers like you.",
    ],
)
def test_paywall_and_newsletter_lines_go(cruft: str) -> None:
    got = clean_text(f"Channel to open in March, port says\n\n{_LEAD}\n\n{_LEAD}\n\n{cruft}")
    assert cruft not in got.body
    assert got.body.startswith(_LEAD)


def test_a_reader_services_header_gives_title_and_date() -> None:
    head = [
        f"Title: {_TITLE}",
        "URL Source: https://islandpost.example/velmora-ferry",
        "Published Time: 2025-05-16T09:30:00+02:00",
        "Markdown Content:",
        "[Skip to content](https://islandpost.example/velmora-ferry#main)",
        f"{_TITLE}\n{'=' * len(_TITLE)}",
        "By [Ana Kell](https://islandpost.example/authors/ana-kell)",
    ]
    raw = "\n\n".join([*head, *_STORY]) + "\n"
    got = clean_text(raw)
    assert (got.title, got.published, got.published_source) == (_TITLE, "2025-05-16", "text")
    assert got.body.split("\n") == _STORY


def test_a_feed_records_marker_heading_is_not_joined_to_the_headline() -> None:
    """ "#### ITEM 12 ####" over "headline: <headline>": the record's marker, closed by hashes, is no line of
    a headline broken over two."""
    head = [
        "#### ITEM 2025/0412 ####",
        f"headline: {_TITLE}",
        "source: Velmora Herald | date: 20/05/2025 18:35",
        "text:",
    ]
    got = clean_text("\n".join([*head, *_STORY, "#### END ITEM ####"]))
    assert got.title == _TITLE
    assert [line for line in got.body.split("\n") if line.strip()] == _STORY
