"""What sits over a story and what marks its parts: wire summary bullets, key-events lists, social titles,
credit labels. Every case is invented, on the same short story as the other notes."""

from __future__ import annotations

import pytest
from test_clean_notes import STORY, TITLE

from parley.clean.html import clean_html
from parley.clean.text import clean_text

HEADLINE = "Valdoria and Kestria agree to resume talks on their lake border"


@pytest.mark.parametrize("bullet", ["* ", "• ", "- "])
def test_a_wire_storys_summary_bullets_are_not_the_title(bullet: str) -> None:
    summary = [
        f"{bullet}Talks on the lake border to resume within 30 days",
        f"{bullet}Mediators to meet weekly",
    ]
    head = ["LAKE HERALD", "Home / Region", "Syndicated", HEADLINE, "By Jo Roe, Lake Press Agency"]
    note = "This story has not been edited by Lake Herald staff and is published from a syndicated feed."
    raw = "\n".join([*head, note, "Share | Tweet | Email", *summary]) + "\n\n" + "\n\n".join(STORY) + "\n"
    got = clean_text(raw)
    assert got.title == HEADLINE
    assert got.body.split("\n") == STORY


@pytest.mark.parametrize("stamp", ["18:47", "9:05", "17.55 GMT", "10.15am BST"])
def test_a_key_events_list_of_clock_stamped_heads_is_not_the_title(stamp: str) -> None:
    headline = f"{HEADLINE} - as it happened"
    events = [f"{stamp}  Mediators say talks on the lake border will resume", f"{stamp}  Envoys arrive"]
    raw = "\n".join(["LAKE LEDGER", "LIVE", headline, "Key events", *events]) + "\n\n" + "\n\n".join(STORY)
    assert clean_text(raw + "\n").title == headline


def test_a_number_opening_a_headline_is_no_clock_time() -> None:
    headline = "3.45 million people on the lake border wait as Valdoria and Kestria resume talks"
    raw = "\n\n".join(["LAKE LEDGER", headline, "By Jo Roe", *STORY]) + "\n"
    assert clean_text(raw).title == headline


@pytest.mark.parametrize(
    ("page_title", "ld"),
    [
        (f"Analysis | {HEADLINE} | Lake Herald", ""),
        ("Lake Herald", f'"headline": "{HEADLINE}"'),
        ("Talks, not fences, may settle the lake border - Lake Herald", ""),  # nothing else names the h1
    ],
)
def test_the_pages_h1_beats_a_social_title(page_title: str, ld: str) -> None:
    social = "Talks, not fences, may settle the lake border"
    head = f'<meta property="og:title" content="{social}"><title>{page_title}</title>'
    script = f'<script type="application/ld+json">{{{ld}}}</script>' if ld else ""
    paragraphs = "".join(f"<p>{p}</p>" for p in STORY)
    body = f"<body><article><h1>{HEADLINE}</h1>{paragraphs}</article></body>"
    html = f"<html><head>{head}{script}</head>{body}</html>"
    assert clean_html(html).title == HEADLINE


def test_a_logo_in_the_h1_is_not_the_title() -> None:
    head = f'<meta property="og:title" content="{HEADLINE}"><title>{HEADLINE} | Lake Herald</title>'
    paragraphs = "".join(f"<p>{p}</p>" for p in STORY)
    html = f"<html><head>{head}</head><body><h1>Lake Herald</h1><article>{paragraphs}</article></body></html>"
    assert clean_html(html).title == HEADLINE


def test_a_social_title_stays_over_a_short_h1() -> None:
    social = "Talks, not fences, may settle the lake border"
    head = f'<meta property="og:title" content="{social}"><title>{social} | Lake Herald</title>'
    paragraphs = "".join(f"<p>{p}</p>" for p in STORY)
    html = f"<html><head>{head}</head><body><article><h1>Lake talks</h1>{paragraphs}</article></body></html>"
    assert clean_html(html).title == social


@pytest.mark.parametrize(
    "label",
    [
        "Reporting by The Chronicle:",
        "Additional reporting by our Brenn desk:",
        "With reporting by Lake Press:",
    ],
)
def test_a_credit_label_inside_the_story_goes(label: str) -> None:
    raw = "\n\n".join([TITLE, STORY[0], STORY[1], label, STORY[2]]) + "\n"
    assert clean_text(raw).body.split("\n") == STORY


def test_a_closing_credit_without_a_colon_stays() -> None:
    credit = "Additional reporting by Jo Roe in Brenn."
    raw = "\n\n".join([TITLE, *STORY, credit]) + "\n"
    assert clean_text(raw).body.split("\n") == [*STORY, credit]


@pytest.mark.parametrize(
    "tags",
    ["News Feed, Lakes, Border, Ferry services, Valdoria, Kestria", "Lakes, Border, Talks, Brenn, Ostrov"],
)
def test_a_topic_tag_run_over_the_headline_is_not_the_title(tags: str) -> None:
    raw = "\n".join(["Sign in", "", tags, HEADLINE, "by Jo Roe", "Listen", "Share", ""]) + "\n\n".join(STORY)
    got = clean_text(raw + "\n")
    assert got.title == HEADLINE
    assert got.body.split("\n") == STORY


@pytest.mark.parametrize(
    "line",
    [
        "Brenn, Ostrov, Varna, Lusk and Dorn were hit by storms overnight, the weather service said.",
        "Valdoria, Kestria, Norland, Ostrov and Brenn sent envoys to the lake hotel on Monday.",
    ],
)
def test_a_sentence_listing_places_is_no_tag_run(line: str) -> None:
    raw = "\n\n".join([TITLE, STORY[0], line, *STORY[1:]]) + "\n"
    assert line in clean_text(raw).body


@pytest.mark.parametrize(
    "prompt",
    [
        "Have a question about the lake talks? Send it to our explainer desk and we may answer it soon.",
        "Got a tip about the ferries? Email the newsroom at desk@lakeherald.example or message us.",
        "Questions about the border deal? Ask our reporters in Brenn, who will answer them on Friday.",
        "Do you have a story about the lake crossing? Tell the newsroom, which reads every message it gets.",
    ],
)
def test_a_call_for_readers_questions_goes(prompt: str) -> None:
    raw = "\n\n".join([TITLE, STORY[0], STORY[1], prompt, STORY[2]]) + "\n"
    assert clean_text(raw).body.split("\n") == STORY


@pytest.mark.parametrize(
    "question", ["What do Valdoria and Kestria each want from the lake talks?", "Lake border: who holds what"]
)
def test_a_headline_over_the_related_list_under_the_story_goes(question: str) -> None:
    related = ["Related", "Ferry crews wait for word on the new timetable", "Who is who at the Brenn talks"]
    raw = "\n\n".join([TITLE, *STORY]) + "\n" + "\n".join([question, *related, "5 hrs ago", "Europe"]) + "\n"
    assert clean_text(raw).body.split("\n") == STORY


def test_a_closing_question_of_the_story_stays() -> None:
    question = "Whether the envoys will agree on a map before the winter is another matter."
    raw = (
        "\n\n".join([TITLE, *STORY, question, "Related", "Ferry crews wait for word on the timetable"]) + "\n"
    )
    assert clean_text(raw).body.split("\n") == [*STORY, question]


@pytest.mark.parametrize("header", ["Read also", "Read more", "Related"])
@pytest.mark.parametrize(
    "summary",
    [
        "Ferry operators say they need a new timetable before the season can begin.",
        "The lake's fishing fleet posted its best month in years on hopes of calmer waters.",
    ],
)
def test_a_linked_storys_summary_glued_under_its_head_goes(header: str, summary: str) -> None:
    teaser = [header, "Brenn ferry service stalls over fuel row", summary]
    raw = "\n\n".join([TITLE, STORY[0], STORY[1]]) + "\n" + "\n".join([*teaser, STORY[2]]) + "\n"
    assert clean_text(raw).body.split("\n") == STORY


@pytest.mark.parametrize(
    "line",
    [
        "“We will come back,” the Valdorian envoy said. The talks resume in the spring.",
        "The Kestrian side said the two delegations would meet again in Brenn, and the Valdorian envoy "
        "agreed to bring the panel's draft mandate, unpublished since the last round broke up in 2022.",
    ],
)
def test_a_story_line_under_a_lone_linked_head_stays(line: str) -> None:
    teaser = ["Read also", "Brenn ferry service stalls over fuel row", line]
    raw = "\n\n".join([TITLE, STORY[0], STORY[1]]) + "\n" + "\n".join([*teaser, STORY[2]]) + "\n"
    assert clean_text(raw).body.split("\n") == [STORY[0], STORY[1], line, STORY[2]]


@pytest.mark.parametrize(
    ("meta", "dek_goes"),
    [
        ('<div class="meta">By Jo Roe <span>August 8, 2025</span></div>', True),
        ("<div>August 8, 2025</div>", True),
        ("<p>Ferry crews on the lake have waited two years for word on the new timetable.</p>", False),
    ],
)
def test_a_paragraph_between_the_h1_and_its_byline_is_the_standfirst(meta: str, dek_goes: bool) -> None:
    dek = "The agreement, reached after a week of talks in Brenn, is meant to calm the lake border."
    paragraphs = "".join(f"<p>{p}</p>" for p in STORY)
    body = f"<article><h1>{HEADLINE}</h1><p>{dek}</p>{meta}<div>{paragraphs}</div></article>"
    got = clean_html(f"<html><head><title>{HEADLINE}</title></head><body>{body}</body></html>")
    assert (dek not in got.body) is dek_goes
    assert got.body.endswith(STORY[2])
