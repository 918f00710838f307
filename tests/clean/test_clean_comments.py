"""Blog-platform furniture under a story: like and rating widgets, inline bios, readers' comments by stamp.

Each case is invented: a short story, then the furniture; the body must come out as the story exactly.
Story lines that mention an author, a comment or a time ago must stay.
"""

from __future__ import annotations

import pytest

from parley.clean.lines import Line, classify
from parley.clean.text import clean_text

STORY = [
    "Valdoria and Kestria agreed on Monday to resume talks on their lake border, the mediators said.",
    "The last round collapsed in 2022 after the two sides failed to agree on the panel's mandate.",
    "“We will come with open minds,” the Kestrian envoy told reporters in Brenn on Monday evening.",
]

# (case, lines placed after the story)
FURNITURE = [
    ("wordpress like widget", ["Share this:", "Facebook X Print", "Like this:", "Like Loading..."]),
    ("like tally", ["Liked by 14 people"]),
    ("like widget on one line", ["Like this: Loading..."]),
    ("bloggers like this", ["Like", "12 bloggers like this."]),
    ("rating widget", ["Rate this:", "Rate This"]),
    ("post navigation", ["Previous Post", "Next Post"]),
    ("blogger navigation", ["Newer Post Older Post Home"]),
    ("labels line", ["Labels: lake, border talks, Kestria"]),
    ("tumblr notes", ["240 notes", "Reblog"]),
    ("inline bio label", ["About the author: Jo Roe covers the lake region for the Lake Post."]),
    (
        "inline bio, two sentences",
        ["About the writer: Jo Roe reports from Brenn. She joined the paper in 2019."],
    ),
    ("author bio label", ["Author bio: Jo Roe is a freelance reporter based in Brenn."]),
    (
        "comment with inline stamp",
        [
            "Comments (3)",
            "Oskar V. - 2 hours ago: The talks never end, and nothing ever changes.",
            "Reply  Like (4)",
        ],
    ),
    ("handle with short stamp", ["@lakewatcher · 3h: Same promises as in 2019.", "Reply · 2 · Report"]),
    (
        "stamp over the comment",
        ["Reader comments", "Lena P. · 5 days ago", "I hope the fishermen are heard this time.", "Reply"],
    ),
    (
        "stamp over two lines",
        [
            "Jo Marek, 1 hour ago",
            "The panel met twice last year.",
            "Nothing came of it.",
            "Reply",
            "Ida Berg 2d",
            "Let them talk.",
            "Like 3 Dislike 1",
        ],
    ),
    (
        "wordpress says stamp",
        ["Oskar V. says:", "June 21, 2025 at 3:12 pm", "Good news at last, if it holds.", "Reply"],
    ),
    (
        "bare name over the date",
        [
            "2 COMMENTS",
            "Mara wa Osk",
            "May 3, 2025 At 10:41 am",
            "Every year the same story at the lake. When will that one crossing be finished?",
            "Reply",
            "Ivo Kast",
            "May 3, 2025 At 12:17 pm",
            "Good news for the fishermen.",
            "Reply",
        ],
    ),
    ("disqus", ["comments powered by Disqus", "Sort by Best"]),
    ("comment form", ["Add a comment...", "Post comment"]),
]


def _page(cruft: list[str]) -> str:
    return "\n".join(["Lake talks to resume, mediators say", "By Jo Roe", *STORY, *cruft]) + "\n"


@pytest.mark.parametrize(("case", "cruft"), FURNITURE, ids=[c for c, _ in FURNITURE])
def test_platform_furniture_goes(case: str, cruft: list[str]) -> None:
    got = clean_text(_page(cruft))
    assert got.body.split("\n") == STORY, case
    removed = {r.text for r in got.removed}
    assert set(cruft) <= removed


# Story lines that mention an author, a comment, or a time ago; and a live blog's stamped entries.
KEEP = [
    "The author of the 2019 report, Ana Petrova, said the panel had ignored its findings.",
    "About the author of the letter, officials said little: only that she was a retired judge.",
    "Kestria's foreign ministry did not respond to a request for comment on Monday.",
    "Over 3 days: that is how long the mediators expect the first round to last, officials said.",
    "In the last 24 hours: two boats were stopped near the line, the coast guard said.",
    "Jo Roe 3 days ago said the panel would meet, and it did, the envoy recalled on Monday.",
]


@pytest.mark.parametrize("line", KEEP)
def test_story_lines_that_mention_authors_or_comments_stay(line: str) -> None:
    story = [*STORY[:2], line, STORY[2]]
    raw = "\n".join(["Lake talks to resume, mediators say", "By Jo Roe", *story]) + "\n"
    assert clean_text(raw).body.split("\n") == story


def test_live_blog_entries_with_stamps_stay() -> None:
    # A stamp with no "Reply" under its text is a live entry's, not a reader's comment.
    entries = [
        "Jo Roe · 3h",
        "The Kestrian delegation has arrived at the lake hotel in Brenn, a spokesman said.",
        "Ida Berg · 4h",
        "Mediators say the first session will open at noon and run into the evening, officials said.",
    ]
    raw = "\n".join(["Lake talks to resume, mediators say", *STORY, *entries]) + "\n"
    body = clean_text(raw).body.split("\n")
    assert entries[1] in body and entries[3] in body


@pytest.mark.parametrize(
    ("text", "reason"),
    [
        ("Like Loading...", "share-counter"),
        ("Liked by 3 people", "share-counter"),
        ("1.2K claps", "share-counter"),
        ("Reply  Like (31)", "comments"),
        ("Like 12 Dislike 2", "comments"),
        ("About the author: Jo Roe covers courts.", "author-bio"),
        ("Labels: Brenn, lake", "tags"),
        ("Previous Post", "button-label"),
    ],
)
def test_widget_lines_are_named(text: str, reason: str) -> None:
    assert classify(Line(text, 0, len(text))) == reason


def test_a_comment_date_is_not_the_article_date() -> None:
    cruft = ["Oskar V. says:", "June 21, 2025 at 3:12 pm", "Good news at last, if it holds.", "Reply"]
    got = clean_text(_page(cruft))
    assert got.body.split("\n") == STORY
    assert got.published is None


# Adverts, tip lines, author cards and credits between and under story paragraphs of a one-line-per-
# paragraph page: (case, lines placed after the second story paragraph, lines placed after the story).
PLACED = [
    ("bracketed ad tag", ["[Ad] Lake cruises from Brenn every weekend. Book a cabin today!"], []),
    ("sponsored tag", ["(Sponsored) Brenn Motors: new pickups from 19,900 euros."], []),
    ("sales copy under a label", ["ADVERTISEMENT", "Buy two nets, get one FREE at Lakeside outlets!"], []),
    ("order copy under a label", ["Advertisement", "Order now and save 20% on lake cruises."], []),
    ("tip line", [], ["Have a story? WhatsApp the newsroom on 0900 000 111."]),
    ("tip line, got", [], ["Got a tip? Message the newsroom on Signal."]),
    ("author card", [], ["Topics:", "Lake talks", "Jo Roe", "Jo reports on the lake region from Brenn."]),
]


@pytest.mark.parametrize(("case", "middle", "tail"), PLACED, ids=[c for c, _, _ in PLACED])
def test_placed_cruft_goes(case: str, middle: list[str], tail: list[str]) -> None:
    head = ["Lake talks to resume, mediators say", "By Jo Roe"]
    raw = "\n".join([*head, *STORY[:2], *middle, STORY[2], *tail])
    got = clean_text(raw + "\n")
    assert got.body.split("\n") == STORY, case


def test_story_after_an_advert_label_stays() -> None:
    # The paragraph under the label reports: it is the story resuming, not the advert's copy.
    story = [*STORY[:2], "Help is on the way for the fishermen, the ministry said on Monday.", STORY[2]]
    raw = "\n".join(["Lake talks to resume, mediators say", *story[:2], "ADVERTISEMENT", *story[2:]])
    assert clean_text(raw + "\n").body.split("\n") == story


def test_a_story_person_named_by_surname_is_no_author_card() -> None:
    line = "Petrova reports on the talks to parliament every month, the foreign ministry said."
    raw = "\n".join(["Lake talks to resume, mediators say", "By Jo Roe", *STORY, line])
    assert clean_text(raw + "\n").body.split("\n") == [*STORY, line]


def test_credits_are_no_link_run() -> None:
    credits = ["Additional reporting by Ida Berg in Brenn", "Reporting by Jo Roe; Editing by Oskar Vale"]
    raw = "\n".join(["Lake talks to resume, mediators say", "By Jo Roe", *STORY, *credits, "Lena Marek"])
    raw += "\nLena reports on the lake region from Brenn.\n"
    assert clean_text(raw).body.split("\n") == [*STORY, *credits]


def test_a_bylines_bare_name_over_the_date_stays_the_byline() -> None:
    # The writer's name over the story's stamps and a comments link: no reader's comment (no "Reply").
    head = ["Lake talks to resume, mediators say", "Jo Roe", "Published May 3, 2025 6:12pm"]
    raw = "\n".join([*head, "Updated May 3, 2025 7:03pm", "Comments", *STORY])
    got = clean_text(raw + "\n")
    assert got.body.split("\n") == STORY
    assert got.published == "2025-05-03"


@pytest.mark.parametrize(
    ("under", "goes"),
    [
        ("Water, fish and shipping news from across the lake, every Thursday.", True),
        ("The best of our lake coverage, delivered to your inbox.", True),
        # No button under it and no word of how often it comes: the story going on.
        ("Kestria's envoy said the talks would resume in Osk next month.", False),
    ],
)
def test_a_newsletter_blurb_under_its_prompt_goes(under: str, goes: bool) -> None:
    form = ["Get the Lake Letter newsletter", under]
    raw = "\n".join(["Lake talks to resume, mediators say", "By Jo Roe", *STORY[:2], *form, STORY[2]])
    got = clean_text(raw + "\n")
    assert got.body.split("\n") == (STORY if goes else [*STORY[:2], under, STORY[2]])
