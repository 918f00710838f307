"""Calendar arithmetic and TIMEX3 value formats: days, ISO weeks, months, quarters, seasons."""

from __future__ import annotations

import calendar
from datetime import date, timedelta
from functools import lru_cache

SEASONS = ("WI", "SP", "SU", "FA")  # in calendar order; winter is the season of January
_SEASON_OF_MONTH = {12: 0, 1: 0, 2: 0, 3: 1, 4: 1, 5: 1, 6: 2, 7: 2, 8: 2, 9: 3, 10: 3, 11: 3}

BACK, NEAREST, AHEAD = -1, 0, 1


def day_value(d: date) -> str:
    return d.isoformat()


def week_value(d: date) -> str:
    y, w, _ = d.isocalendar()
    return f"{y}-W{w:02d}"


def weekend_value(d: date) -> str:
    """The weekend of the ISO week holding d."""
    return week_value(d) + "-WE"


def month_value(y: int, m: int) -> str:
    return f"{y:04d}-{m:02d}"


def shift_month(y: int, m: int, k: int) -> tuple[int, int]:
    n = y * 12 + (m - 1) + k
    return n // 12, n % 12 + 1


def shift_years(d: date, k: int) -> date:
    try:
        return d.replace(year=d.year + k)
    except ValueError:  # 29 February
        return d.replace(year=d.year + k, day=28)


def shift_months_date(d: date, k: int) -> date:
    y, m = shift_month(d.year, d.month, k)
    return date(y, m, min(d.day, calendar.monthrange(y, m)[1]))


def quarter_of(d: date) -> int:
    return (d.month - 1) // 3 + 1


def season_index(month: int) -> int:
    return _SEASON_OF_MONTH[month]


def valid_day(y: int, m: int, d: int) -> date | None:
    try:
        return date(y, m, d)
    except ValueError:
        return None


def weekday_near(anchor: date, weekday: int, way: int) -> date:
    """The day with ISO weekday ``weekday`` (1 = Monday): on or before the anchor (BACK), on or after
    (AHEAD), or the nearer of the two (NEAREST; ties go back)."""
    back = anchor - timedelta(days=(anchor.isoweekday() - weekday) % 7)
    ahead = anchor + timedelta(days=(weekday - anchor.isoweekday()) % 7)
    if way == BACK:
        return back
    if way == AHEAD:
        return ahead
    return back if (anchor - back) <= (ahead - anchor) else ahead


def present_way(anchor: date, weekday: int) -> int:
    """Which way a weekday under a present verb lies: ahead ("takes effect on Monday", "have until 9 a.m.
    Tuesday"), but the day before the anchor is that day ("stop firing from midnight on Monday" in the
    terms a Tuesday report lists, a caption's "gather on Friday night" on Saturday), six days ahead being
    what "next Monday" names."""
    return BACK if (anchor.isoweekday() - weekday) % 7 == 1 else AHEAD


def pick_year(anchor: date, month: int, day: int | None, way: int) -> int | None:
    """The year of a month (and day) written without one: the latest on or before the anchor (BACK), the
    first on or after (AHEAD), or the nearest (NEAREST; a month six months off either way goes ahead)."""
    if day is None:
        return _pick_month_year(anchor.year, anchor.month, month, way)
    best: tuple[int, int] | None = None
    for y in (anchor.year - 1, anchor.year, anchor.year + 1):
        d = valid_day(y, month, day)
        if d is None:
            continue
        delta = (d - anchor).days
        if way == BACK and delta > 0 or way == AHEAD and delta < 0:
            continue
        if best is None or abs(delta) < abs(best[1]):
            best = (y, delta)
    return best[0] if best else None


@lru_cache(maxsize=4096)
def _pick_month_year(year: int, anchor_month: int, month: int, way: int) -> int | None:
    # A month alone depends on the anchor's month only, so this is cached: dating an undated article asks
    # it for every day of four years.
    best: tuple[int, int] | None = None
    for y in (year - 1, year, year + 1):
        delta = ((y * 12 + month) - (year * 12 + anchor_month)) * 30
        if way == BACK and delta > 0 or way == AHEAD and delta < 0:
            continue
        if best is None or abs(delta) < abs(best[1]) or delta == -best[1] > 0:
            best = (y, delta)  # a month six months off either way: news writes ahead ("a vote in April")
    return best[0] if best else None


def season_year(anchor: date, season: str, way: int) -> int:
    """The year of 'the summer': this year's, or the one before or after as the tense says."""
    now, want = season_index(anchor.month), SEASONS.index(season)
    year = anchor.year + (1 if anchor.month == 12 else 0)  # December belongs to next year's winter
    if way == BACK and want > now:
        return year - 1
    if way == AHEAD and want < now:
        return year + 1
    return year


def iso_week_monday(d: date) -> date:
    return d - timedelta(days=d.isoweekday() - 1)
