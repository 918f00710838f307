"""The publication date of an article: from HTML metadata (htmldate) or from date lines in the text.

Text date lines ("Published 2024-03-14", "Thu 9 Nov 2023 18.05 GMT", "20.05.2024") follow the shapes in
``parley/data/pubdate.yaml``. Dates are returned as ISO ``YYYY-MM-DD``; a date with no year stays None
unless the caller knows the year, because guessing the year is how dates go silently wrong.
"""

from __future__ import annotations

import re
from dataclasses import dataclass, replace
from functools import lru_cache

from parley.pubdate_rules import CompiledPubdate, compiled_pubdate
from parley.stamp_bylines import (
    byline_comma,
    desk_byline,
    glued_byline,
    short_byline,
    strip_prefix,
    strip_weekday,
)

# dateline_date and weekday_in are read with the stamps, where the cleaner looks for them.
from parley.written_dates import dateline_date as dateline_date
from parley.written_dates import month_first, month_number, short_year
from parley.written_dates import parse_date as _parse_date
from parley.written_dates import weekday_in as weekday_in

# Parts of a stamp line: "Published 3 March 2025 | Updated 4 March 2025 14:05 GMT"; a run of spaces
# parts them too, where the page's separators were icons ("08.10.2025 | 14:27     Views: 1 204"), and so
# does a spaced hyphen or a bracket before the update ("09.07.2025 - Update : 09.07.2025", "(Updated: ...)"),
# a bracket glued to the time before it too ("9:05 am(Updated 11:20 am)"), an at sign before the time
# ("Mar 12, 2020 @ 10:42 am"), and a capitalised label glued to the word before it.
# A spaced label opening a part is one of pubdate.yaml's part_labels (<LABELS> below), in any language.
_PARTS = (
    r"\s[|·•]\s|\s[|·•]|[|·•]\s|\||\s{3,}|\s[—–]\s|\s@\s?(?=[0-9])"
    r"|\s-\s|(?<!last)(?<!first)(?<!originally)\s\(?"
    r"(?=(?:last\s|first\s|originally\s)?(?:<LABELS>)\b)"
    r"|(?<=\S)\((?=(?:last\s|first\s|originally\s)?(?:updated|update|modified|published|posted)\b)"
    # A label glued to the word before it, the space lost in scraping ("9:12 AM ESTUpdated an hour ago").
    r"|(?<=[A-Za-z])(?=(?-i:Updated|Published|Posted|Modified)\b)"
)


@lru_cache(maxsize=2)
def _parts_pattern(labels: tuple[str, ...]) -> re.Pattern[str]:
    return re.compile(_PARTS.replace("<LABELS>", "|".join(map(re.escape, labels))), re.IGNORECASE)


# A mark the page set before the stamp, or after a part of it ("— Posted 3 May 2025", "Published 3 May 2025 /
# Updated ..."): a separator whose neighbour was cut away.
_LEAD_MARK = re.compile(r"^[·•|/—–-]\s+")
_TRAIL_MARK = re.compile(r"\s+[·•|/—–-]$")

# Two spaces between words: a gap where a page set two pieces side by side (three part a stamp anyway).
_TWO_SPACES = re.compile(r"(?<=\S)\s{2}(?=\S)")


@dataclass(frozen=True)
class DateLine:
    """What a date line says: the ISO date (None for "2 hours ago"), and whether it is the update."""

    date: str | None
    kind: str  # "published" | "updated"
    byline: str | None = None
    # The stamp says which date it is ("Published 3 May 2025"), not a bare "3 May 2025" as a list may show.
    labelled: bool = False
    # A numeric date read day first that reads month first too ("06/11/2025"): that other reading.
    month_first: str | None = None


# A stamp may name the writer, the outlet and the place before its date ("A B, C D | BIRN | Pristina,
# Belgrade | September 16, 2025"); each part a few capitalised words.
_NAMES_BEFORE = 3
_ISSUER_TAG = re.compile(r"\s\([A-Z][A-Z&.]{1,11}\)$")
_SLASH_JOIN = re.compile(r"(?<=[^\W\d_])/(?=[A-Z])")
_SLASHED_NAMES = 2  # "TOI News Desk / TIMESOFINDIA.COM / Updated: ...": a desk and a site
_SECTION_WORDS = 2
# Markup that dates a page sits in its head or by its headline; the look-up stays bounded.
_MARKUP_HEAD = 400_000
_CLASS_ATTR = re.compile(r"""\bclass\s*=\s*("[^"]*"|'[^']*')""")
_STAMP_CHARS = 40
_NAME_WORDS = 4
_ISSUER_WORDS = 9


def _after_section(part: str, comp: CompiledPubdate) -> tuple[str, tuple[str | None, int] | None]:
    """The date after a section label of one or two words ("World Jul 10, 2025 6:05 PM EDT"), perhaps
    joined to its day by "of" ("General News of Friday, 16 May 2025")."""
    words = part.split(" ", _SECTION_WORDS)
    for k in range(1, min(_SECTION_WORDS, len(words) - 1) + 1):
        if not all(comp.section.match(w) for w in words[:k]):
            break
        rest = " ".join(words[k:]).lstrip()
        joined, _, after = rest.partition(" ")
        if joined in comp.rules.section_joins and after:
            rest = strip_weekday(after, comp)
        parsed = _parse_date(rest, comp)
        if parsed is None and (lead := comp.time_first.match(rest)) is not None:
            rest = strip_weekday(rest[lead.end() :], comp)  # "Politics 14:37, 15 April 2025"
            parsed = _parse_date(rest, comp)
        if parsed is not None:
            return rest, parsed
    return part, None


def _after_writers(part: str, comp: CompiledPubdate) -> tuple[str, tuple[str | None, int] | None]:
    """The date after the writers' names run into it ("Jo Roe, Ann Lind 2025/07/16"): two names or more,
    each of capitalised words, parted by commas, and a date in figures straight after."""
    head, sep, rest = part.partition(", ")
    if not sep:
        return part, None
    words = rest.split(" ")
    for k in range(1, min(_NAME_WORDS, len(words) - 1) + 1):
        if not words[k][:1].isdigit():
            continue
        names = [head, " ".join(words[:k])]
        if all(_names(name, comp) and name[:1].isupper() for name in names):
            tail = " ".join(words[k:])
            parsed = _parse_date(tail, comp)
            return (tail, parsed) if parsed is not None else (part, None)
    return part, None


def _yearless(body: str, comp: CompiledPubdate) -> bool:
    """A month and day with no year ("May 16", "16 May, 2:41 PM"), perhaps with a time: a stamp's date we
    cannot place in a year."""
    for pattern in (comp.month_day, comp.day_month):
        m = pattern.match(body)
        if m and month_number(m.group("mon"), comp) and comp.rest.match(body[m.end() :]):
            return True
    return False


def _filed_in(after: str, comp: CompiledPubdate) -> str:
    """What follows a stamp's date past its time and the sections the story is filed in ("7:42 am In World,
    News by Jo Roe" gives "by Jo Roe"; "in Politics" gives ""), or past its time alone ("7:45 am PST by Jo
    Roe")."""
    by = after.lower().find(" by ")
    if by >= 0 and comp.rest.match(after[:by]):
        return after[by:].strip(" ,")
    cut = after.lower().find(" in ")
    if cut < 0:
        return after.strip(" ,")
    sections = comp.filed_in.match(after[cut + 4 :])
    if sections is None or not comp.rest.match(after[:cut]):
        return after.strip(" ,")
    return after[cut + 4 + sections.end() :].strip(" ,")


def _names(part: str, comp: CompiledPubdate) -> bool:
    # "Geneva/Moscow/Kyiv (GCHP)": a release's places, slashed, and its issuer's initials in brackets
    spaced = _SLASH_JOIN.sub(" / ", _ISSUER_TAG.sub("", part))
    return len(part.split()) <= _NAME_WORDS and comp.place.match(spaced) is not None


def _issuer(part: str, comp: CompiledPubdate) -> bool:
    """A body issuing a release: "Ministry of Foreign Affairs of Ukraine", "Office of the Spokesperson"."""
    words = part.split()
    rules = comp.rules
    if not 1 < len(words) <= _ISSUER_WORDS or words[0].lower() in rules.issuer_joins:
        return False
    if not all(w[0].isupper() or w in rules.issuer_joins for w in words):
        return False
    return any(w.lower() in rules.issuer_heads for w in words)


def _parts(text: str, comp: CompiledPubdate) -> list[str]:
    """The parts of a stamp line, with a byline's "on <date>" and a place's ", <date>" parted too."""
    out: list[str] = []
    # "TOI News Desk / TIMESOFINDIA.COM / Updated: May 14, 2025": the desk and the site, slashed off the
    # stamp ahead of its date ("June 3, 2025 / 11:56 AM" opens with its date and stays whole).
    for _ in range(_SLASHED_NAMES):
        head, sep, tail = text.partition(" / ")
        if not (sep and _names(head.strip(), comp) and any(ch.isdigit() for ch in tail)):
            break
        out.append(head.strip())
        text = tail
    for raw in _parts_pattern(comp.rules.part_labels).split(text):
        part = _TRAIL_MARK.sub("", raw.strip(" ,;\t")).strip(" ,;\t")
        # "3 June 2025 (updated 4 June 2025)": the bracket was parted at its opening.
        if part.endswith(")") and "(" not in part:
            part = part[:-1].rstrip()
        if not part:
            continue
        head, sep, tail = part.rpartition(" on ")
        if sep and short_byline(head, comp):
            out += [head, tail]  # "By Mara Lind on October 14, 2025"
            continue
        cut = byline_comma(part, comp)
        if cut:
            out += [part[:cut], part[cut + 2 :]]  # "By Mara Lind, Lakewire, October 14, 2025"
            continue
        cut = glued_byline(part, comp) or desk_byline(part, comp)
        if cut:
            out += [part[:cut], part[cut + 1 :]]  # "By Mara Lind October 14, 2025"
            continue
        head, sep, tail = part.partition(", ")
        if (
            sep
            and tail[:1].isalnum()
            and _names(head, comp)
            # "Updated Tue, 24 Dec 2024", "Mon, 28 Jul 2025": a label and a weekday, not a place
            and strip_prefix(head, comp)[1] is None
            and head.split()[-1].lower().rstrip(".") not in comp.weekdays
            and _parse_date(strip_weekday(tail, comp), comp) is not None
        ):
            # "Brenn, 14 October 2025", "BRENN, Oct. 14, 2025": where it was written, then when
            out += [head, tail]
            continue
        out.append(part)
    return out


def parse_date_line(text: str, *, allow_byline: bool = True) -> DateLine | None:
    """Read ``text`` as a whole date line, or None when it is anything more than a date stamp."""
    text = text.strip()
    if not text or len(text) > 160:
        return None
    found = _read_stamp(text, allow_byline)
    if found is None and (head := compiled_pubdate().running_head.match(text)) is not None:
        found = _read_stamp(text[head.end() :], allow_byline)  # "8 THE DAILY CLARION Saturday, May 17, 2025"
    if found is None and _TWO_SPACES.search(text):
        # "By Jo Roe, Agency  3.6.2025 | 14:05": the byline and the stamp stood side by side on the page.
        found = _read_stamp(_TWO_SPACES.sub("   ", text), allow_byline)
    return found


def _read_stamp(text: str, allow_byline: bool) -> DateLine | None:
    comp = compiled_pubdate()
    if text[0] == "(" and text[-1] == ")":
        text = text[1:-1].strip()  # "(Published 12 March 2025, 22:03 IST)"
    text = _LEAD_MARK.sub("", text)
    said = comp.published_sentence.match(text)
    if said is not None:
        # "This article was first published on 3 May 2025.": a story's closing note says what "Published"
        # says; read whole, it would part at its "first published". A note may follow the date after a
        # semicolon ("...; English translation by <Desk>.").
        text = "Published " + text[said.end() :].lstrip(" :,").split(";", 1)[0]
    if not text:
        return None
    if comp.relative.match(text):
        kind = "updated" if "updated" in text[:20].lower() else "published"
        return DateLine(None, kind)
    found: list[tuple[str | None, str, bool]] = []
    byline: str | None = None
    saw_date = False
    saw_stamp = False
    saw_place = False
    names = 0
    relative: str | None = None
    label: str | None = None
    sections = False
    for part in _parts(text, comp):
        if any(p.match(part) for p in (comp.time_only, comp.counter, comp.edition, comp.meta_field)):
            # "14:27", "Views: 1 204", "5 min read", a print masthead's "Vol. 4 No. 12": beside its date
            continue
        if comp.relative.match(part):
            # "Updated 2 hours ago · 5 min read": a stamp with no usable date.
            relative = "updated" if "updated" in part[:20].lower() else "published"
            continue
        body, kind = strip_prefix(part, comp)
        if kind is not None and not body:
            label = kind  # "Posted — Mon, 28 Jul 2025": the label parted from its date
            continue
        kind, label = kind or label, None
        if kind is not None and comp.time_only.match(body):
            # "Updated at 10.31 BST": a stamp of the day, no date in it.
            saw_stamp = True
            continue
        body = strip_weekday(body, comp)
        parsed = _parse_date(body, comp)
        if parsed is None and (lead := comp.time_first.match(body)) is not None:
            # "18:05 GMT, 22 March 2025": the time stands before the date.
            body = strip_weekday(body[lead.end() :], comp)
            parsed = _parse_date(body, comp)
        if parsed is None and not saw_date and kind is None:
            body, parsed = _after_section(body, comp)
        if parsed is None and not saw_date and kind is None and not names:
            body, parsed = _after_writers(body, comp)
        if parsed is None and kind is not None and _yearless(body, comp):
            # "Posted: May 16, 2025 2:41 PM EDT | Last Updated: May 16": the update gives no year.
            relative = relative or kind
            continue
        if parsed is None:
            if not saw_date and part.lower().startswith(comp.rules.shared_prefixes):
                continue  # "Flipped into Horn Watch by Jo Roe": where an aggregator's user put the story
            kind_of_page = part.lower() in comp.rules.content_kinds
            if kind_of_page and not saw_date and kind is None and names < _NAMES_BEFORE:
                names += 1  # "Press release | 26.08.2025": what the page is, then its date
                continue
            if (
                saw_date
                and not saw_place
                and (comp.place.match(part) or _issuer(part, comp) or comp.network_site.match(part))
            ):
                saw_place = True  # "Published 3 July 2025 | Brenn / Lakeside": where it was issued
                continue
            if not saw_date and names < _NAMES_BEFORE and _names(part, comp):
                names += 1  # "Mara Lind | Brenn | Oct 14, 2025": the writer and the place, then the date
                continue
            if allow_byline and byline is None and short_byline(part, comp):
                byline = part
                continue
            if not saw_date and names < _NAMES_BEFORE and comp.section_phrase.match(part):
                names += 1  # "Oil | Crude oil | Published: 08 Sep 2025": sections, held to a label below
                sections = True
                continue
            return None
        iso, used = parsed
        if short_year(body, comp) and kind is None and byline is None and not names:
            return None  # "11/13/19 9:00AM" bare: a teaser's stamp as often as the story's
        again = _parse_date(body[used:], comp)
        if again is not None and again[0] == iso:
            used += again[1]  # a scraped stamp glued to its copy: "9 Jul 20259 Jul 2025"
        if not comp.rest.match(body[used:]) and not comp.running_tail.match(body[used:]):
            # "Posted on October 14, 2025 by Jane Roe": a byline may follow the date unparted, and the
            # sections the story is filed in before it ("On June 3, 2025 7:42 am In World, News by Jo Roe").
            after = _filed_in(body[used:], comp)
            if after:
                if not (allow_byline and byline is None and short_byline(after, comp)):
                    return None
                byline = after
        saw_date = True
        found.append(DateLine(iso, kind or "published", None, kind is not None, month_first(body, comp)))
    if not saw_date:
        if relative is not None and byline is None:
            return DateLine(None, relative)
        return DateLine(None, "updated") if saw_stamp and byline is None else None
    if sections and not any(line.labelled for line in found):
        return None  # "Crude oil | 08 Sep 2025" might be a teaser's topic and its date
    published = next((line for line in found if line.kind == "published" and line.date), found[0])
    return replace(published, byline=byline)


def pick_published(lines: list[DateLine], dateline: str | None = None) -> str | None:
    """The first published date; an updated date only when no published one is given.

    A numeric date that reads either way ("06/11/2025") is read day first, unless the story's ``dateline``
    gives the other reading ("Brenn, June 11 (Agency)") or another stamp of the page says it in words
    ("02/12/2025" over "February 12, 2025"): the page dates its story once.
    """
    picked = _picked(lines)
    if picked is None or picked.date is None:
        return None
    if picked.month_first and any(line.date == picked.month_first and not line.month_first for line in lines):
        return picked.month_first
    if (
        dateline
        and picked.month_first
        and dateline_date(dateline, int(picked.date[:4])) == picked.month_first
    ):
        return picked.month_first
    return picked.date


def _picked(lines: list[DateLine]) -> DateLine | None:
    """The stamp that dates the page.

    Bare dates ("3 May 2025") of several days above the first labelled stamp are a list of teasers over the
    story ("Latest"), not its stamp; under a page's update stamp, a bare date is a teaser's in a list further
    down: there only a stamp that says "Published" outranks the update."""
    dated = [line for line in lines if line.date]
    first = next((k for k, line in enumerate(dated) if line.labelled), len(dated))
    above = {line.date for line in dated[:first] if line.kind == "published"}
    # One bare date above is the page's stamp; several, a list's: then the labelled stamp and what follows.
    dated_from = 0 if len(above) == 1 or first == len(dated) else first
    updated = False
    for line in dated[dated_from:]:
        if line.kind == "published" and (line.labelled or not updated):
            return line
        updated = updated or line.kind == "updated"
    return dated[dated_from] if dated else None


def date_from_html(html: str) -> str | None:
    """The original publication date in the page's metadata (meta tags, JSON-LD, time elements)."""
    from htmldate import find_date

    try:
        # extensive_search=False: a date guessed from the page's free text is not metadata.
        found = find_date(html, original_date=True, outputformat="%Y-%m-%d", extensive_search=False)
    except (ValueError, TypeError):
        return None
    return found or None


def is_time_stamp(text: str) -> bool:
    """A bare clock time ("17.55 GMT", "10:05 am"): a live blog's entry stamp."""
    return len(text) <= _STAMP_CHARS and compiled_pubdate().time_only.match(text.strip()) is not None


def has_date_markup(html: str) -> bool:
    """The page dates itself in markup (meta tags, JSON-LD, a time element's datetime), not only in text.
    A class name is no such markup: ``<p class="publish-date">June 18, 2025</p>`` styles a stamp the reader
    sees, a date in the text."""
    lower = _CLASS_ATTR.sub("", html[:_MARKUP_HEAD].lower())
    return any(key in lower for key in compiled_pubdate().rules.date_markup)
