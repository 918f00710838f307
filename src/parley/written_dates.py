"""Dates as pages write them: a date in one of the shapes of ``parley/data/pubdate.yaml`` ("3 March 2025",
"March 3, 2025", "03.03.2025"), a dateline's month and day ("MOSCOW, March 3"), the weekday a lead names.

:mod:`parley.pubdate` reads whole stamp lines with these; dates are ISO ``YYYY-MM-DD``.
"""

from __future__ import annotations

import datetime as dt
import re

from parley.pubdate_rules import CompiledPubdate, compiled_pubdate

# What parts a dateline's place from its date: "MOSCOW, June 4", an agency's "MOSCOW. June 4".
_DATELINE_PARTS = re.compile(r",\s{0,3}|\.\s{1,3}")
_WEEKDAYS = ("monday", "tuesday", "wednesday", "thursday", "friday", "saturday", "sunday")
# A dateline without its year is dated by the lead's weekday only this many years back, where it is unique.
_WEEKDAY_YEARS = 6


def iso_date(year: int, month: int, day: int) -> str | None:
    """The ISO date, or None when there is no such day (or the year is no news year)."""
    if not 1900 <= year <= 2100:
        return None
    try:
        return dt.date(year, month, day).isoformat()
    except ValueError:
        return None


def _year(groups: dict[str, str | None]) -> int:
    """A year as written: "2025", or "25" for 2025 (a stamp's two digits are this century's)."""
    return int(groups["y"]) if groups.get("y") else 2000 + int(groups["yy"] or 0)


def short_year(text: str, comp: CompiledPubdate) -> bool:
    """Whether the date opening ``text`` gives its year in two digits ("10/14/25")."""
    m = next(filter(None, (pattern.match(text) for pattern in comp.formats)), None)
    return m is not None and bool(m.groupdict().get("yy"))


def month_number(name: str, comp: CompiledPubdate) -> int | None:
    return comp.rules.months.get(name.lower().rstrip("."))


def parse_date(text: str, comp: CompiledPubdate) -> tuple[str | None, int] | None:
    """A date at the start of ``text``: (iso or None when invalid, characters used)."""
    for pattern in comp.formats:
        m = pattern.match(text)
        if not m:
            continue
        groups = m.groupdict()
        if groups.get("mon"):
            month = month_number(groups["mon"], comp)
            if month is None:
                continue
        else:
            month = int(groups["m"])
        day, year = int(groups["d"]), _year(groups)
        # Day-first was wrong for this one: "03/14/2025" can only be month-first; and a two-digit year after
        # slashes or hyphens is a US stamp's ("11/12/25" is November 12), while after stops it is the day
        # first, as Indian and European stamps write it ("Published 06.03.25, 05:42 AM" is 6 March).
        us_short = groups.get("yy") and "." not in m.group(0)
        if (month > 12 and day <= 12) or (us_short and day <= 12):
            day, month = month, day
        return iso_date(year, month, day), m.end()
    return None


def month_first(text: str, comp: CompiledPubdate) -> str | None:
    """The month-first reading of a numeric date that :func:`parse_date` reads day first, where both are
    days ("06/11/2025": 6 November, or June 11); None for any other date."""
    for pattern in comp.formats:
        m = pattern.match(text)
        if not m:
            continue
        groups = m.groupdict()
        if groups.get("mon") or groups.get("yy") or m.start("d") > m.start("m"):
            return None
        day, month = int(groups["d"]), int(groups["m"])
        both = day != month and max(day, month) <= 12
        return iso_date(_year(groups), day, month) if both else None
    return None


def dateline_date(
    text: str, year: int | None, *, weekday: int | None = None, today: dt.date | None = None
) -> str | None:
    """The date in a dateline's "March 3" / "3 March", or its whole date ("March 3, 2025").

    The year comes from the dateline, else from ``year`` when known. Otherwise a wire lead's "on Monday"
    (``weekday``, 0 = Monday) names the day of the dateline; the latest year up to ``today`` in which that
    month and day fall on that weekday is taken only within the last five years, where it is unique.
    """
    comp = compiled_pubdate()
    # "MOSCOW, June 4" or an agency's "MOSCOW. June 4": the date opens one of the parts.
    starts = [0, *(m.end() for m in _DATELINE_PARTS.finditer(text))]
    for start in starts:
        # "BRENN, June 4, 2025 (Agency)", "June 4, 2025 (BRENN)": a dateline giving its year is dated whole.
        parsed = parse_date(text[start:], comp)
        if parsed is not None and parsed[0] is not None:
            return parsed[0]
    found = next(filter(None, (_month_day(text[start:], comp) for start in starts)), None)
    if found is None:
        return None
    month, day = found
    if year is not None:
        return iso_date(year, month, day)
    if weekday is None:
        return None
    today = today or dt.date.today()
    for candidate in range(today.year, today.year - _WEEKDAY_YEARS, -1):
        iso = iso_date(candidate, month, day)
        if iso and dt.date.fromisoformat(iso) <= today and dt.date.fromisoformat(iso).weekday() == weekday:
            return iso
    return None


def _month_day(text: str, comp: CompiledPubdate) -> tuple[int, int] | None:
    """The month and day opening ``text`` ("June 4", "Jun. 4", "4 June")."""
    for pattern in (comp.month_day, comp.day_month):
        m = pattern.match(text)
        month = month_number(m.group("mon"), comp) if m else None
        if m and month:
            return month, int(m.group("d"))
    return None


def weekday_in(text: str) -> int | None:
    """The weekday a lead names ("on Monday"), 0 = Monday; None when it names none or several."""
    lower = text.lower()
    found = {i for i, name in enumerate(_WEEKDAYS) if name in lower}
    return found.pop() if len(found) == 1 else None
