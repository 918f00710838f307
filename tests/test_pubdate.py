"""Publication dates: date lines in scraped text and HTML metadata."""

from __future__ import annotations

import datetime as dt

import pytest

from parley.clean.text import clean_text
from parley.pubdate import date_from_html, dateline_date, parse_date_line

DATE_LINES = [
    ("Published 2024-03-14", "2024-03-14", "published"),
    # The label said another way; the update in brackets after the date.
    ("Publish date: 12 May 2025", "2025-05-12", "published"),
    ("Publish : 08 Jul 2025, 10:15 PM | Update : 08 Jul 2025, 10:48 PM", "2025-07-08", "published"),
    ("Date of publication: 12 May 2025", "2025-05-12", "published"),
    ("12 May 2025 (updated 13 May 2025)", "2025-05-12", "published"),
    ("12 May 2025 (Updated: 13 May 2025, 09:40)", "2025-05-12", "published"),
    # A byline and the stamp side by side, two spaces between; other labels before the writer.
    ("By Ida Brask, Tarnwire  12.5.2025 | 09:40", "2025-05-12", "published"),
    ("Story by Ida Brask  Published: 12 May 2025", "2025-05-12", "published"),
    ("Author: Ida Brask  12 May 2025, 09:40 IST", "2025-05-12", "published"),
    ("Reporting by Ida Brask; Editing by Tom Lell  2025-05-12 09:40", "2025-05-12", "published"),
    ("Published: 14 March 2025", "2025-03-14", "published"),
    # "at" between the label and the date, with a spaced colon; a reader service's "Published Time:" label.
    ("Published at : November 24, 2026", "2026-11-24", "published"),
    ("Published Time: 2026-11-24T09:30:00+02:00", "2026-11-24", "published"),
    ("Published time: Tue, 24 Nov 2026 07:30:00 GMT", "2026-11-24", "published"),
    ("Updated at: 24 November 2026 14:05", "2026-11-24", "updated"),
    ("Thu 9 Nov 2023 18.05 GMT", "2023-11-09", "published"),
    ("Updated 2024-11-09 18:05 GMT", "2024-11-09", "updated"),
    ("Updated: April 24, 2025, 9:41 AM ET", "2025-04-24", "updated"),
    ("20.05.2024", "2024-05-20", "published"),
    ("03/14/2025", "2025-03-14", "published"),
    ("March 3, 2025", "2025-03-03", "published"),
    ("3 March 2025 | 14:05", "2025-03-03", "published"),
    ("Thursday, March 6, 2025 at 2:05 p.m. EST", "2025-03-06", "published"),
    ("Published 2024-03-14 | Updated 2024-11-09 18:05 GMT", "2024-03-14", "published"),
    ("Updated 9 Nov 2024 · First published 14 Mar 2024", "2024-03-14", "published"),
    ("Last updated on 5 June 2024, 10:00 (MSK)", "2024-06-05", "updated"),
    ("Published 2024-03-14T09:00:00Z", "2024-03-14", "published"),
    ("Posted: Mar 14, 2024 / 09:00 AM", "2024-03-14", "published"),
    ("Published March 3, 2025 Last updated March 4, 2025 14:05 GMT", "2025-03-03", "published"),
    ("Updated March 4, 2025 First published March 3, 2025", "2025-03-03", "published"),
    ("Updated at 10.31 BST", None, "updated"),
    ("2 hours ago", None, "published"),
    ("3 days ago at 09:14 am", None, "published"),  # a comment's stamp with its clock time
    ("11m ago 09.52 BST", None, "published"),
    # The time before the date.
    ("Published: 07:40 CET, 9 April 2025 | Updated: 11:02 CET, 9 April 2025", "2025-04-09", "published"),
    ("Posted 6:15 p.m. EDT, Tuesday, October 7, 2025", "2025-10-07", "published"),
    ("Updated 14:05 May 3, 2025", "2025-05-03", "updated"),
    # Where a release was issued, after its date.
    ("Published 3 July 2025 | Brenn / Lakeside", "2025-07-03", "published"),
    ("14 May 2025 | Port Orsa, Valdoria", "2025-05-14", "published"),
    ("May 14, 2025 · Brenn and Lakeside", "2025-05-14", "published"),
    # A print masthead: the paper's name, its volume and issue, page and cover price beside the date.
    (
        "THE VARNA COURIER   |   Friday, June 20, 2025   |   Vol. 12 No. 88   |   KR 4.50",
        "2025-06-20",
        "published",
    ),
    ("Saturday, 21 June 2025 | Issue 4102 | Price: $1.50", "2025-06-21", "published"),
    ("Page 3 | 21 June 2025", "2025-06-21", "published"),
    ("21 June 2025 · Volume XII, No. 7 · €2", "2025-06-21", "published"),
    # Reader counters and reading times beside the date; icons left runs of spaces between the parts.
    ("21.06.2025 | 09:12 | Views: 4 051 | Comments: 7", "2025-06-21", "published"),
    ("21.06.2025 | 09:12     Views: 812     Comments: 0", "2025-06-21", "published"),
    ("Jun 21, 2025 · 6 min read", "2025-06-21", "published"),
    ("Published: 21 June 2025 | Reading time: 6 minutes", "2025-06-21", "published"),
    ("21 June 2025 | 3,120 views", "2025-06-21", "published"),
    ("Saturday, 21 June 2025 | Views 90", "2025-06-21", "published"),
    ("Updated 3 hours ago · 4 min read", None, "updated"),
    # A time in brackets; a byline after the date with no separator.
    ("21 June 2025 (09:12)", "2025-06-21", "published"),
    ("Posted on June 21, 2025 by Oren Vasko", "2025-06-21", "published"),
    # The writer and the place before the date; dashes part a stamp too; other orders and separators.
    ("Oren Vasko | Brenn | Jun 21, 2025", "2025-06-21", "published"),
    ("Published in The Lakeside Post, March 19th, 2025", "2025-03-19", "published"),  # a print edition's note
    ("Published in Lakewire on March 19, 2025", "2025-03-19", "published"),
    ("Q&A / Valdoria 18 September 2025", "2025-09-18", "published"),  # a section's initials
    # the writers, the outlet, the places, then the date and the time
    ("Oren Vasko, Ilse Marr | LKW | Brenn, Osk | September 16, 2025 | 12:48", "2025-09-16", "published"),
    ("Oren Vasko, Brenn | 21 Jun 2025", "2025-06-21", "published"),
    ("Oren Vasko · 21 Jun 2025 · 4 min read", "2025-06-21", "published"),
    ("Brenn, 21 June 2025", "2025-06-21", "published"),
    ("BRENN | 21 June 2025", "2025-06-21", "published"),
    ("By Oren Vasko — June 21, 2025", "2025-06-21", "published"),
    ("By Oren Vasko on June 21, 2025", "2025-06-21", "published"),
    ("Written by Oren Vasko | Published 21 June 2025", "2025-06-21", "published"),
    ("21 Jun 2025 — 4 min read", "2025-06-21", "published"),
    ("Published: Sat, 21 Jun 2025 09:12:00 +0200", "2025-06-21", "published"),
    ("21-Jun-2025", "2025-06-21", "published"),
    ("2025.06.21", "2025-06-21", "published"),
    # A time with a zone offset before the date; a wire credit after the stamp; a stamp glued to its copy.
    ("Updated 4:10 PM GMT+2, July 8, 2025", "2025-07-08", "updated"),
    ("Published 09:45 UTC-5, 8 July 2025", "2025-07-08", "published"),
    ("July 8, 2025 / 4:10 PM / WKTV/Wires", "2025-07-08", "published"),
    ("Published On 8 Jul 20258 Jul 2025", "2025-07-08", "published"),
    # An update in brackets or after a spaced hyphen; a comma before the zone; a glued relative stamp.
    ("08 Jul 2025 10:15AM (Updated: 08 Jul 2025 01:40PM)", "2025-07-08", "published"),
    ("08.07.2025 - Update : 08.07.2025", "2025-07-08", "published"),
    # The update's bracket glued to the time; a comma spaced before the year and a colon before the time.
    ("March 4, 2025 8:40 am(Updated 10:05 am)", "2025-03-04", "published"),
    (
        "Published: 04 March ,2025: 08:40 AM AST Updated: 04 March ,2025: 11:02 AM AST",
        "2025-03-04",
        "published",
    ),
    ("Tuesday 8 July 2025 17:42, UK", "2025-07-08", "published"),
    ("Posted 3h ago3 hours ago", None, "published"),
    # A relative stamp said as a sentence: no date, but a date line all the same (no headline).
    ("This was published 5 months ago", None, "published"),
    ("This article was first published 2 years ago", None, "published"),
    ("Last updated 3 hours ago", None, "updated"),
    # A dated stamp beside a relative one: the date is read.
    ("· Posted: May 23, 2025 1:47 PM EDT | Last Updated: 3 hours ago", "2025-05-23", "published"),
    # A section label before the stamp; the desk and the site slashed off ahead of the date.
    ("Politics Aug 4, 2025 7:15 AM EDT", "2025-08-04", "published"),
    ("Middle East 4 August 2025", "2025-08-04", "published"),
    ("Valdoria Desk / LAKEHERALD.COM / Updated: Aug 4, 2025, 09:20 IST", "2025-08-04", "updated"),
    ("Oren Vasko / Published 4 August 2025", "2025-08-04", "published"),
    # A US stamp's two-digit year, beside a byline or a label; a label glued to the time before it.
    ("By Oren Vasko - 10/14/25 08:10 AM EST", "2025-10-14", "published"),
    ("Updated 10/14/25 08:10 AM EST", "2025-10-14", "updated"),
    ("Updated 11/12/25 06:56 AM EST", "2025-11-12", "updated"),  # month first, as US stamps write it
    ("Published 19/11/25 06:56", "2025-11-19", "published"),  # a day over 12 reads day first
    ("Published Tue, Oct 14 20259:12 AM ESTUpdated an hour ago", "2025-10-14", "published"),
    ("Published Tue, Oct 14 2025 9:12 AM ESTUpdated Oct 15 2025 7:05 AM EST", "2025-10-14", "published"),
    # a byline run into its date, no mark between; a system's account in lower case for the writer
    ("By Mara Lind October 14, 2025", "2025-10-14", "published"),
    ("by Oren September 3, 2024 - 8:12 pm", "2024-09-03", "published"),
    ("By April Lind May 3, 2025 10:02 am", "2025-05-03", "published"),  # a month's name as a first name
    ("By admin - 2024-09-16", "2024-09-16", "published"),
    ("Posted by staff on 16 September 2024", "2024-09-16", "published"),
    ("Monday November 17, 2025 7:45 am PST by Jo Roe", "2025-11-17", "published"),  # writer after time
    ("November 17, 2025, 07:45 by Jo Roe", "2025-11-17", "published"),
    ("| November 17, 2025 -- 7:14 pm GMT (2:14 pm EST)", "2025-11-17", "published"),  # two zones' times
    # an archive's or a feed's metadata line; no space after a stamp's comma
    ("Section: Lakes | 20-08-2025 14:35 | 465 words | ID: 84117", "2025-08-20", "published"),
    ("Section: Lake Region | 23/01/2025 | 371 words | Source: Lake Wire", "2025-01-23", "published"),
    ("NEWS | Thursday, August 21, 2025 | Lake Herald | Words: 364", "2025-08-21", "published"),
    ("By JR - Mar 11,2025 - Last updated at Mar 11,2025", "2025-03-11", "published"),
    (
        "Section: Lakes | 19.03.2025 09:14 | 497 words | Lake Wire / lakenews.example",
        "2025-03-19",
        "published",
    ),
    ("April 29, 2025 3 AM PT", "2025-04-29", "published"),  # an hour with no minutes
    ("August 14, 2025 4:52 PM 3 min read", "2025-08-14", "published"),  # the reading time run on
    ("April 29, 2025 3 a.m. PT", "2025-04-29", "published"),
    ("Politics 14:37, 15 April 2025", "2025-04-15", "published"),  # a section, then a time before the date
    ("Updated Mar 12, 2025 @ 10:42 am", "2025-03-12", "updated"),  # an at sign before the time
    # a European outlet's own stamp words and months on its English pages
    ("Publisert 17. okt. 2025, kl. 14:02 Oppdatert 17. okt. 2025, kl. 16:40", "2025-10-17", "published"),
    ("Oppdatert 17. okt. 2025", "2025-10-17", "updated"),
    ("Publicerad 4 november 2025 kl. 07.15", "2025-11-04", "published"),
    ("2025-11-04 07:15 | Uppdaterad 2025-11-04 09:52 | 375 words", "2025-11-04", "published"),
    ("25 de Março de 2025, 18:42", "2025-03-25", "published"),
    ("Veröffentlicht am 4. November 2025, 07:15 Uhr", "2025-11-04", "published"),
    ("Nov 18, 2025 @17:19 PM", "2025-11-18", "published"),
    ("[Lakes] 12 September 2025 | 17:05", "2025-09-12", "published"),  # a section in square brackets
    ("Lakeside English Newsroom 2025.10.28 15:12", "2025-10-28", "published"),  # a desk for the writer
    ("Valdoria Wire News Desk 3 June 2025", "2025-06-03", "published"),
    ("Category: General | 16/11/2025 16:42 VLT | Ref: LKW-GEN-20251116-0934", "2025-11-16", "published"),
]

NOT_DATE_LINES = [
    "4 March ,2025: talks resume in Lakeside",
    "Talks (updated) resumed on Monday",
    "March 3, 2025 marked the start of the talks.",
    "On March 3, 2025, talks began in Geneva.",
    "Published by the ministry on Tuesday",
    "Published in full, the text runs to 40 pages",
    "Published: 18:05 the ministry said",
    "The 2024-2025 budget was approved.",
    "3 March 2025 | Kestria agrees to resume talks",
    "Brenn | 3 July 2025 | Lakeside | Valdoria",
    "Kestria agrees to resume talks | 21 June 2025",  # a headline before the date
    "The Envoys Of Valdoria And Kestria | 21 June 2025",
    "Oren Vasko | Brenn | Lakeside | Valdoria | 21 June 2025",  # more names than writers, outlet and place
    "By the lake on June 21, 2025",
    "Views: 4 051 | Comments: 7",  # counters without a date
    "6 min read",
    "Vol. 12 No. 88 | KR 4.50",  # a masthead's issue and price without a date
    "21 June 2025 | 1,200 delegates",  # a figure is no price
    "June 21, 2025 by the river the talks resumed",
    "8 Jul 20259 Jul 2025",  # two different dates glued: no stamp
    "July 8, 2025 / the talks resumed",
    "Kestria agrees to resume talks - 21 June 2025",
    "Politics Aug 4, 2025 and the talks",  # a label and a date, then more than a stamp
    "Envoys of Kestria Aug 4, 2025",  # a headline's words, not a label
    "Oren Vasko / Brenn / Lakeside / 4 August 2025",  # more names than a desk and a site
    "Kestria talks stall / 4 August 2025",
    "31.02.2024",  # no such day: not a date line we can use, and not a valid date
    "11/13/25 9:00AM",  # a two-digit year alone: as often a teaser's stamp as the story's
    "Version 3.1.12 released",
    "By far the busiest September 15, 2024",  # lower case after "by": a phrase, not a writer
    "By then September 15, 2024 had passed",
    "By March 3, 2025, the talks had stalled.",
    "November 17, 2025 7:45 am PST by the lake in Brenn",  # no writer after the time
    "Section: Lakes | ID: 84117 | 465 words",  # metadata without a date
    "Keywords: talks, lake border, 3 June 2025 summit",
    "Mar 1,20255",
    "3 AM PT",  # a time alone
    "August 14, 2025 4:52 PM 3 people were hurt",
    "April 29, 2025 3 shipments",
    "Politics 14:37, 15 April 2025 and the talks",
    "Nov 18, 2025 @LakeHerald said the talks resumed",
    "25 de Lakeside de 2025",  # no month
    "Publisert av redaksjonen",  # a label, no date
    "17. okt. 2025 kl. the talks",
    "[Lakes] talks 12 September 2025",  # a section, then more than a date
    "Lakeside English Newsroom opens 2025.10.28",  # a desk's name, then a word of a headline
    "The desk 2025.10.28",  # a desk word after lower-case words
    "Envoys Meet Lakeside Desk 3 June 2025 and the talks resume",
    "x" * 5000,
]


@pytest.mark.parametrize(("text", "iso", "kind"), DATE_LINES)
def test_date_lines(text: str, iso: str | None, kind: str) -> None:
    got = parse_date_line(text)
    assert got is not None
    assert got.date == iso
    assert got.kind == kind


@pytest.mark.parametrize("text", NOT_DATE_LINES)
def test_not_date_lines(text: str) -> None:
    got = parse_date_line(text)
    assert got is None or got.date is None


@pytest.mark.parametrize(
    ("dateline", "year", "weekday", "iso"),
    [
        ("MOSCOW, March 3 (Reuters)", 2025, None, "2025-03-03"),
        ("MOSCOW, March 3 (Reuters)", None, None, None),
        ("MOSCOW, March 3 (Reuters)", None, 0, "2025-03-03"),
        ("KYIV, 14 May", 2024, None, "2024-05-14"),
        ("KYIV, Ukraine (AP)", 2024, None, None),
        ("OSK. June 4 (Lakepress)", 2025, None, "2025-06-04"),  # an agency parts place and date with a stop
    ],
)
def test_dateline_dates(dateline: str, year: int | None, weekday: int | None, iso: str | None) -> None:
    assert dateline_date(dateline, year, weekday=weekday, today=dt.date(2026, 1, 1)) == iso


def test_text_prefers_published_over_updated() -> None:
    raw = (
        "Ceasefire talks resume in Doha\n"
        "Updated 2024-11-09 18:05 GMT\n"
        "Published 2024-03-14\n"
        "Negotiators returned to Doha on Thursday for a new round of talks, mediators said.\n"
    )
    got = clean_text(raw)
    assert got.published == "2024-03-14"
    assert got.published_source == "text"
    assert [r.reason for r in got.removed].count("date-line") == 2
    assert "2024" not in got.body


@pytest.mark.parametrize(
    ("head", "iso"),
    [
        ('<meta property="article:published_time" content="2024-10-15T08:00:00Z">', "2024-10-15"),
        (
            '<meta property="article:published_time" content="2024-10-15T08:00:00Z">'
            '<meta property="article:modified_time" content="2024-10-17T09:00:00Z">',
            "2024-10-15",
        ),
        (
            '<script type="application/ld+json">'
            '{"@type": "NewsArticle", "datePublished": "2023-02-01"}</script>',
            "2023-02-01",
        ),
        ("", None),
    ],
)
def test_html_metadata_dates(head: str, iso: str | None) -> None:
    body = "<body><p>Talks resumed, officials said.</p></body>"
    html = f"<html><head>{head}<title>Talks</title></head>{body}</html>"
    assert date_from_html(html) == iso
