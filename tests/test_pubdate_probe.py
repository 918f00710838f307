"""Publication stamps in the shapes a generated probe of invented pages found unread: marks left before
or after a stamp, zone offsets, "Released", a year-less update beside the stamp, a closing note that says
when the story was first published; and the bare dates of a list under an update stamp, not the story's."""

from __future__ import annotations

import pytest

from parley.clean.text import clean_text
from parley.pubdate import DateLine, parse_date_line, pick_published

STAMPS = [
    # A separator whose neighbour the scrape cut away, before the stamp or after one of its parts.
    ("— Posted 3 May 2025", "2025-05-03", "published"),
    ("/ Published: 3 May 2025, 2.41pm", "2025-05-03", "published"),
    ("- First published Wed 3 May 2025 |", "2025-05-03", "published"),
    ("– 03.05.2025 - 14:41", "2025-05-03", "published"),
    ("Posted Monday, December 4, 2023 · 14:41 IST / Updated 6 Dec 2023", "2023-12-04", "published"),
    ("First published: January 10 2025 at 2:41 p.m. / Last updated Jan 12, 2025", "2025-01-10", "published"),
    # A zone offset with its colon after the time.
    ("First published: 19 Dec 2025 14:41 +03:00", "2025-12-19", "published"),
    ("Date: 24th March 2026, 14:41 +03:00 / Updated March 24, 2026 at 2:41 p.m.", "2026-03-24", "published"),
    ("Published October 25, 2024 | 14:41 -05:00", "2024-10-25", "published"),
    # "Released" labels a stamp like "Published".
    ("Released: 4th April 2024 |", "2024-04-04", "published"),
    ("Released on 20 Jan. 2024", "2024-01-20", "published"),
    # The update beside the stamp gives its day but no year.
    ("· Posted: May 16, 2025 2:41 PM EDT | Last Updated: May 16", "2025-05-16", "published"),
    ("Published 16 May 2025 · Updated 17 May, 09:12", "2025-05-16", "published"),
    # A note closing the story says when it was first published.
    ("This article was first published on February 20, 2024.", "2024-02-20", "published"),
    ("This story was originally published on 14 July 2023.", "2023-07-14", "published"),
    ("This article first appeared on 2023-10-31.", "2023-10-31", "published"),
    ("Originally published 7 June 2024", "2024-06-07", "published"),
    # A time in brackets, or with its zone's offset; a stop after the day; a label parted from its date.
    ("Published: 20/02/2024 at (14:41)", "2024-02-20", "published"),
    ("Posted Tue 15 Jul 2025 - (14:41) — Updated 24.07.2025 · (14:41)", "2025-07-15", "published"),
    ("Posted on 10 March 2023 | 14:41 GMT+3 (updated 11.03.2023)", "2023-03-10", "published"),
    ("Publication date: 5. May 2024 14:41 GMT", "2024-05-05", "published"),
    ("By Tom Lell and Ida Brask  Posted on 25. March 2026 at 14.41 BST", "2026-03-25", "published"),
    ("Posted — Mon, 28 Jul 2025 14:41:00 +0300", "2025-07-28", "published"),
    # An update first, then the first publication; the update's weekday is no place ("Brenn, 3 May").
    ("Updated 17.05.2023 · 14:41 +03:00 / Originally published 16-May-2023", "2023-05-16", "published"),
    ("Updated Tue, 24 Dec 2024 14:41:00 +0300", "2024-12-24", "updated"),
    ("Updated Fri, 06 Mar 2026 14:41 / Published 04/03/2026 · 2:41PM", "2026-03-04", "published"),
    # A byline ending at a comma before the date or its label; "Filed"; a time said to be local.
    ("By Ida Brask, Lakewire, 16 May 2025", "2025-05-16", "published"),
    ("By Ida Brask, Friday, May 16, 2025, 14:41", "2025-05-16", "published"),
    ("By MARA LIND, Filed: May 1, 2025 - 2:41 p.m. ET", "2025-05-01", "published"),
    (
        "Filed 13 Aug. 2025 | 2:41 p.m. local time / Last updated on August 22nd, 2025",
        "2025-08-13",
        "published",
    ),
    ("UPDATED: 13 Dec 2025 | 2:41 p.m. local time |", "2025-12-13", "updated"),
    # A time in hours ("14:41 hrs"); where it was written, then a date that opens with its month.
    ("Published: 16 May 2025 14:41 hrs IST", "2025-05-16", "published"),
    ("Posted: Fri 16 May 2025 | 14:41 hrs", "2025-05-16", "published"),
    ("BRENN, May 16, 2025", "2025-05-16", "published"),
    ("Port Ellin, Fri 16 May 2025", "2025-05-16", "published"),
    # The sections the story is filed in, between the stamp's time and its byline.
    ("On June 3, 2025 7:42 am In World, News by Ida Brask", "2025-06-03", "published"),
    ("Posted on 14 October 2025 in Politics", "2025-10-14", "published"),
    ("Posted 3 June 2025 14:05 in Middle East & Africa | Updated 4 June 2025", "2025-06-03", "published"),
    # Two writers, each with the place they file from, then the outlet and the stamp.
    (
        "By ROE Ida in Brenn and LIND Mara in Port Ellin | Lakeside Daily | Updated: 2025-05-12 07:18",
        "2025-05-12",
        "updated",
    ),
    ("By Ida Brask in Brenn and Mara Lind in Osk | 16 May 2025", "2025-05-16", "published"),
    # The section's label joined to the day by "of".
    ("Regional News of Friday, 16 May 2025", "2025-05-16", "published"),
    ("Business of Monday, 3 March 2025", "2025-03-03", "published"),
]

NOT_STAMPS = [
    "This article was first published on The Lakeside Ledger.",
    "This story was originally published by Orsa Wire Service.",
    "This article was first published on 3 May 2025 and has been updated since.",
    "— Talks resume in Brenn on 3 May 2025",
    "/ 3 May 2025 talks resume",
    "Updated May 16 talks resume",
    "- Kestria agrees to resume talks | 21 June 2025",
    "Released prisoners returned on 3 May 2025.",
    "3. May 2025 talks resume",
    "Posted |",
    "Published (14:41) by the ministry",
    "By the river, 16 May 2025",
    "By Ida Brask, who covered the talks, 16 May 2025 was the day",
    "Filed under: Politics, 16 May 2025 talks",
    "Kestria agrees to resume talks, May 16, 2025",
    "Talks resume, May 16, 2025 was the day",
    "On June 3, 2025 in Brenn the ministers met",
    "On June 3, 2025 7:42 am In World, News by the river bank",
    "Posted on 3 June 2025 in the morning",
    "By the time the talks in Brenn and the talks in Osk ended | 16 May 2025",
    "By Ida Brask in Brenn and Mara Lind in Osk who met the pilots | 16 May 2025",
    "Regional News of Friday, 16 May 2025 talks resume",
    "Minister of Defence 16 May 2025",
]


@pytest.mark.parametrize(("text", "iso", "kind"), STAMPS)
def test_stamps(text: str, iso: str, kind: str) -> None:
    got = parse_date_line(text)
    assert got is not None
    assert (got.date, got.kind) == (iso, kind)


@pytest.mark.parametrize("text", NOT_STAMPS)
def test_not_stamps(text: str) -> None:
    got = parse_date_line(text)
    assert got is None or got.date is None


def _line(date: str, kind: str = "published", labelled: bool = False) -> DateLine:
    return DateLine(date, kind, None, labelled)


@pytest.mark.parametrize(
    ("lines", "iso"),
    [
        # A list's bare dates under the page's only stamp, an update: the update dates the page.
        ([_line("2025-06-04", "updated", True), _line("2025-01-02"), _line("2024-11-30")], "2025-06-04"),
        # Under the update, a stamp that says "Published" outranks it.
        ([_line("2025-06-04", "updated", True), _line("2025-06-03", labelled=True)], "2025-06-03"),
        # A bare date above the update is the page's stamp, as before.
        ([_line("2025-06-03"), _line("2025-06-04", "updated", True)], "2025-06-03"),
        ([_line("2025-06-03"), _line("2025-01-02")], "2025-06-03"),
        # Bare dates of several days over the first labelled stamp are a teaser list above the story.
        ([_line("2025-01-02"), _line("2024-11-30"), _line("2025-06-03", labelled=True)], "2025-06-03"),
        ([_line("2025-01-02"), _line("2024-11-30"), _line("2025-06-04", "updated", True)], "2025-06-04"),
        # One bare date over it is the page's stamp, as before; several and no label: the first.
        ([_line("2025-06-03"), _line("2025-06-03"), _line("2025-06-09", labelled=True)], "2025-06-03"),
        ([_line("2025-01-02"), _line("2024-11-30")], "2025-01-02"),
        ([], None),
    ],
)
def test_pick_published(lines: list[DateLine], iso: str | None) -> None:
    assert pick_published(lines) == iso


@pytest.mark.parametrize(
    ("stamp", "dateline", "iso"),
    [
        # A numeric date that reads either way is read day first, unless the dateline gives the other reading.
        ("06/11/2025 09:46 PM", None, "2025-11-06"),
        ("06/11/2025 09:46 PM", "Brenn, June 11 (LKW)", "2025-06-11"),
        ("Published: 06.11.2025", "BRENN, 11 June 2025 (LKW)", "2025-06-11"),
        ("06/11/2025 09:46 PM", "Brenn, November 6 (LKW)", "2025-11-06"),
        ("06/11/2025 09:46 PM", "BRENN (LKW)", "2025-11-06"),
        # One reading only: the dateline changes nothing.
        ("13/11/2025", "Brenn, November 13 (LKW)", "2025-11-13"),
        ("11/11/2025", "Brenn, November 11 (LKW)", "2025-11-11"),
        ("2025-06-11", "Brenn, November 6 (LKW)", "2025-06-11"),
    ],
)
def test_a_dateline_settles_a_date_that_reads_either_way(stamp: str, dateline: str | None, iso: str) -> None:
    line = parse_date_line(stamp)
    assert line is not None
    assert pick_published([line], dateline) == iso


PAGE_HEAD = (
    "Home | World | Business\n\nThe Brenn Observer\n\n"
    "Kestria and Valdoria agree to reopen the river crossings\n\n"
)
STORY = (
    "Kestria and Valdoria agreed on Tuesday to reopen the river crossings closed since the spring, the "
    "mediators who brokered the plan said in a statement.\n\n"
    "The last round of talks, held on 2 February 2025, broke down within hours, officials said.\n\n"
)
MOST_READ = (
    "Most read\n\nHarbour strike enters third week\n\n12 March 2025\n\n"
    "Court delays ferry ruling\n\n9 May 2025\n\n"
)


@pytest.mark.parametrize(
    ("stamp", "tail", "iso"),
    [
        ("By Ida Brask\n\n— Last updated: 4 June 2025 14:05 +03:00\n\n", "", "2025-06-04"),
        ("By Ida Brask\n\n/ Posted on Wed, Jun 4, 2025 - 2.41pm\n\n", "", "2025-06-04"),
        ("By Ida Brask\n\n", "This article was first published on June 4, 2025.\n\n", "2025-06-04"),
    ],
)
@pytest.mark.parametrize(
    "teasers",
    [
        "",
        "Latest\n\nFerry ruling delayed again\n\n2 May 2025\n\n"
        "Harbour strike enters third week\n\n28 April 2025\n\n",
    ],
)
def test_page_dates(stamp: str, tail: str, iso: str, teasers: str) -> None:
    page = teasers + PAGE_HEAD + stamp + STORY + tail + MOST_READ + "\u00a9 2025 The Brenn Observer\n"
    got = clean_text(page)
    assert got.published == iso
    assert "Kestria and Valdoria agreed" in got.body
    assert "first published" not in got.body
