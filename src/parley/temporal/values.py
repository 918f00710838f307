"""TIMEX3 value forms and calendar arithmetic at a granularity: durations (P10D, PT2H30M), days, weeks,
weekends, months, quarters, seasons and years, and the year of a date written without one."""

from __future__ import annotations

from dataclasses import dataclass
from datetime import date, timedelta

from parley.temporal import cal
from parley.temporal.tense import FUTURE, PAST, PRESENT

TIME_UNITS = {"S": "S", "MIN": "M", "H": "H"}
# "every day", "every week"; "every year" is P1Y as the gold writes it (TIMEX3 allows either form)
SET_CAL = {"D": "XXXX-XX-XX", "W": "XXXX-WXX", "M": "XXXX-XX", "Y": "P1Y"}
BACK_WORDS = frozenset({"ago", "earlier", "previously", "before", "previous", "preceding"})
FROM_NOW = frozenset({"ago", "hence", "now", "today"})


@dataclass
class Resolved:
    value: str | None
    type: str
    mod: str | None = None
    gran: str | None = None  # D W WE M Q S Y for calendar dates; None otherwise
    day: date | None = None  # a day inside the period, for arithmetic from it


def _num(n: object) -> str:
    if isinstance(n, float):
        return str(int(n)) if n.is_integer() else f"{n:g}"
    return str(n)


_SPLIT = {"Y": (12, "M"), "M": (30, "D"), "W": (7, "D"), "D": (24, "H"), "H": (60, "MIN"), "MIN": (60, "S")}


def duration_value(n: object, unit: str) -> str | None:
    """P10D, PT4H, P4DE; fractions go to the next unit down: 2.5 hours -> PT2H30M."""
    if unit == "FN":
        return f"P{_num(n * 2) if n != 'X' else 'X'}W"
    parts = [(n, unit)]
    if isinstance(n, float) and not n.is_integer() and unit in _SPLIT:
        k, small = _SPLIT[unit]
        whole, rest = int(n), round((n - int(n)) * k, 3)
        parts = ([(whole, unit)] if whole else []) + [(rest, small)]
    return compound_value(parts)


def two_units(m) -> list[str]:
    """The units of a length written in two ("an hour and forty minutes"), else none."""
    units = m.slots.get("UNIT1", []) + m.slots.get("UNITS", [])
    return units if len(units) == 2 else []


def compound_value(parts: list[tuple[object, str]]) -> str:
    """One length written in units from the larger down: [(1, "H"), (40, "MIN")] -> PT1H40M."""
    date_part = "".join(f"{_num(v)}{u}" for v, u in parts if u not in TIME_UNITS)
    time_part = "".join(f"{_num(v)}{TIME_UNITS[u]}" for v, u in parts if u in TIME_UNITS)
    return "P" + date_part + ("T" + time_part if time_part else "")


def way_of(tense: str | None, default: int = cal.BACK, present: int = cal.AHEAD) -> int:
    if tense == PAST:
        return cal.BACK
    if tense == FUTURE:
        return cal.AHEAD
    if tense == PRESENT:
        return present
    return default


def year_of(anchor: date, month: int, day: int | None, tense: str | None, firm: bool = False) -> int | None:
    """A month (and day) without a year: back for the past, ahead for the future, else the nearest. A
    date written without its year is close by, so the tense gives way when following it would land most
    of a year away while the other way is near ("before Jan. 20" in a December article). A firm way (a month
    after "since") does not give way: "since January" in November is this January."""
    way = way_of(tense, cal.NEAREST, cal.NEAREST)
    y = cal.pick_year(anchor, month, day, way)
    if way != cal.NEAREST and y is not None and not firm:
        gap = abs((date(y, month, day or 15) - anchor).days)
        near = cal.pick_year(anchor, month, day, cal.NEAREST)
        if near is not None and gap > 270 and abs((date(near, month, day or 15) - anchor).days) < 90:
            return near
    return y


def week_of_month(y: int, month: int, n: int) -> date | None:
    """A day in 'the second week of October': the middle of its n-th seven days, whose ISO week it is."""
    if not 1 <= n <= 5:
        return None
    return cal.valid_day(y, month, min((n - 1) * 7 + 4, 28))


def format_at(d: date, gran: str) -> str:
    if gran == "D":
        return d.isoformat()
    if gran == "W":
        return cal.week_value(d)
    if gran == "WE":
        return cal.weekend_value(d)
    if gran == "M":
        return cal.month_value(d.year, d.month)
    if gran == "Q":
        return f"{d.year}-Q{cal.quarter_of(d)}"
    if gran == "S":
        return f"{d.year}-{cal.SEASONS[cal.season_index(d.month)]}"
    if gran == "DE":  # "two decades ago": the decade, 200X, not a year the text does not name
        return f"{d.year // 10}X"
    if gran == "CE":
        return f"{d.year // 100:02d}"
    return str(d.year)


def shift(d: date, n: int, unit: str) -> date:
    if unit == "D":
        return d + timedelta(days=n)
    if unit in ("W", "WE"):
        return d + timedelta(weeks=n)
    if unit == "FN":
        return d + timedelta(weeks=2 * n)
    if unit == "M":
        return cal.shift_months_date(d, n)
    if unit == "Q":
        return cal.shift_months_date(d, 3 * n)
    if unit == "Y":
        return cal.shift_years(d, n)
    if unit == "DE":
        return cal.shift_years(d, 10 * n)
    if unit == "CE":
        return cal.shift_years(d, 100 * n)
    return d


WORD_UNIT = {"day": "D", "week": "W", "month": "M", "year": "Y", "quarter": "Q"}
WORD_GRAN = {"quarter": "Q", "month": "M", "week": "W", "period": None}
UNIT_GRAN = {"D": "D", "W": "W", "WE": "WE", "FN": "D", "M": "M", "Q": "Q", "Y": "Y", "DE": "DE", "CE": "CE"}
GRAN_ORDER = ("D", "WE", "W", "M", "Q", "S", "Y", "DE", "CE")  # calendar granularities, the finer first


def finer(gran: str, than: str | None) -> bool:
    """Whether a calendar granularity is finer than another ("D" than "Y"); False where either is none."""
    return than in GRAN_ORDER and gran in GRAN_ORDER and GRAN_ORDER.index(gran) < GRAN_ORDER.index(than)
