"""The parts of a date stamp around its date: the label before it ("Published", "Updated on"), a weekday, and
a writer's byline run into the stamp ("By Jo Roe, Lakewire, 14 October 2025", "By Jo Roe September 15, 2025",
"<Outlet> English Newsroom 2025.10.28"). Read by :mod:`parley.pubdate`."""

from __future__ import annotations

from parley.pubdate_rules import CompiledPubdate
from parley.written_dates import parse_date as _parse_date

_BYLINE_WORDS = 7
_LONG_BYLINE_WORDS = 14


def strip_prefix(part: str, comp: CompiledPubdate) -> tuple[str, str | None]:
    """``part`` without its label ("Published on ", "Updated: "), and the label's kind (None: no label)."""
    lower = part.lower()
    for prefix, kind in comp.prefixes:
        if lower.startswith(prefix):
            after = part[len(prefix) :]
            if after[:1] and after[:1].isalnum():
                continue  # "Ondrej", "Dated" - a word that merely starts like the prefix
            after = after.lstrip(" :,-–—\t")
            if after[:2].lower() in {"on", "at"} and after[2:3] in {" ", ":"}:
                # "Modified on 22/05/2025", "Published at : November 24, 2026"
                after = after[2:].lstrip(" :,-–—\t")
            return after, kind
    return part, None


def strip_weekday(part: str, comp: CompiledPubdate) -> str:
    """``part`` without the weekday that opens it ("Tue, 3 June 2025" gives "3 June 2025")."""
    head, _, tail = part.partition(" ")
    if head.lower().rstrip(".,") in comp.weekdays and tail:
        return tail.lstrip(" ,")
    return part


def short_byline(part: str, comp: CompiledPubdate) -> bool:
    """ "By Jane Roe": a few words after "by", the first a name ("by the river" is a phrase)."""
    lower = part.lower()
    lead = next((p for p in comp.byline_leads if lower.startswith(p)), None)
    if lead is None:
        return False
    words = part[len(lead) :].split()
    if not words:
        return False
    if not words[0][:1].isupper():
        # "By admin - 16.09.2018": a publishing system's account for the writer, in lower case
        return len(words) == 1 and words[0].lower() in comp.rules.byline_handles
    if len(words) <= _BYLINE_WORDS:
        return True
    # Two writers, each with the place they file from ("By Jo ROE in Brenn and Ann LIND in Osk"): names, and
    # only the small words that join them.
    joins = comp.rules.byline_joins
    return len(words) <= _LONG_BYLINE_WORDS and all(w[:1].isupper() or w in joins for w in words)


def glued_byline(part: str, comp: CompiledPubdate) -> int:
    """Where a byline run into its stamp's date ends ("By Jo Roe September 15, 2025": no mark between the
    writer and the day), or 0."""
    lower = part.lower()
    if not any(lower.startswith(lead) for lead in comp.byline_leads):
        return 0
    words = part.split(" ")
    for k in range(2, min(len(words), _BYLINE_WORDS + 2)):
        tail = " ".join(words[k:])
        if tail[:1].isalnum() and _parse_date(strip_weekday(tail, comp), comp) is not None:
            head = " ".join(words[:k])
            return len(head) if short_byline(head, comp) else 0
    return 0


def desk_byline(part: str, comp: CompiledPubdate) -> int:
    """Where a newsroom's name standing for the writer ends before its stamp's date, or 0: a few capitalised
    words ending in a desk word ("<Outlet> English Newsroom 2025.10.28 15:12"), the date right after them."""
    words = part.split(" ")
    for k in range(2, min(len(words) - 1, _BYLINE_WORDS + 1) + 1):
        head = " ".join(words[:k])
        desk = any(head.lower().endswith(" " + w) for w in comp.rules.desk_words)
        if desk and all(w[:1].isupper() for w in words[:k]):
            tail = " ".join(words[k:])
            return len(head) if _parse_date(strip_weekday(tail, comp), comp) is not None else 0
    return 0


def byline_comma(part: str, comp: CompiledPubdate) -> int:
    """Where a byline ends at a comma before the stamp's date ("By Mara Lind, Lakewire, 14 October 2025",
    "By Mara Lind, Published: 14 October 2025"), or 0."""
    if not any(part.lower().startswith(lead) for lead in comp.byline_leads):
        return 0
    cut = part.find(", ")
    while cut > 0:
        tail = strip_prefix(part[cut + 2 :], comp)[0]
        if tail[:1].isalnum() and _parse_date(strip_weekday(tail, comp), comp) is not None:
            return cut if short_byline(part[:cut], comp) else 0
        cut = part.find(", ", cut + 2)
    return 0
