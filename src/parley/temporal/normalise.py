"""TIMEX3 values for matched expressions, against the publication date (the anchor) and the tense.

Absolute dates keep the precision they are written with ("in March" is 2025-03, never a day); relative
ones ("last week", "late Wednesday", "three days ago") are resolved from the anchor; anaphoric ones ("the
day after", "a year earlier") from the last date the article mentioned (see ``measures``, which holds the
durations, offsets, sets and clock times).
"""

from __future__ import annotations

from datetime import date, timedelta

from parley.temporal import cal
from parley.temporal.measures import Measures
from parley.temporal.recognise import Match
from parley.temporal.tense import PAST
from parley.temporal.values import (
    UNIT_GRAN,
    Resolved,
    duration_value,
    shift,
    way_of,
    week_of_month,
    year_of,
)


class Normaliser(Measures):
    """Resolves matches in text order; remembers the last calendar date for anaphora."""

    def __init__(self, anchor: date | None, tense) -> None:
        self.anchor = anchor
        self.tense = tense  # Match -> PAST | FUTURE | PRESENT | None
        self.ref: Resolved | None = None
        self.appositive = False  # set by the caller: the match follows the previous one after a comma
        self.ref_near = False  # set by the caller: the last date is a few tokens back ("Monday at 10")
        self.quoted = False  # set by the caller: the match is inside a direct quotation
        self.para = 0  # set by the caller: the paragraph the match is in
        self.looks_back = False  # set by the caller: a word before the match points back ("since March")
        self.firm_month = (
            False  # set by the caller: a month there keeps its tense's year ("arrested in February")
        )
        self.possessive = False  # set by the caller: "Tuesday's agreement" dates a thing, not a report
        self.gap_cue = False  # set by the caller: the word before may lead a dated gap ("came a day after")
        self.next_word = ""  # set by the caller: the word after the match
        self.prev_word = ""  # set by the caller: the word before the match
        self.story_day: date | None = None  # the first day of the past week (or today) the article names
        self.para_day: tuple[int, date] | None = None  # the last such day, and its paragraph
        self.para_days: dict[int, date] = {}  # set by the caller: each paragraph's first such day, if known
        self.sent = 0  # set by the caller: the sentence the match is in
        self.sent_day: tuple[int, date] | None = None  # the last day of a date or clock time, its sentence
        self.last_day: date | None = None  # the last date named to the day
        self.ref_para = 0  # the paragraph of the last date (ref)
        self.span_edge = False  # set by the caller: the match bounds a stretch ("since Monday")
        self.season_ahead = False  # set by the caller: a word before may aim a season ahead ("before")

    def __call__(self, m: Match) -> Resolved | None:
        handler = getattr(self, "_" + m.kind)
        got = handler(m)
        if got is None:
            return None
        if m.mod and got.mod is None:
            got.mod = m.mod
        if got.type in ("DATE", "TIME") and got.day is not None and got.gran:
            self.ref, self.ref_para = got, self.para
            if got.gran == "D":
                self.last_day = got.day
        if got.day is not None and (got.gran == "D" or (got.type == "TIME" and got.gran is None)):
            self.sent_day = (self.sent, got.day)
        recent = got.gran == "D" and got.day is not None and self.anchor is not None
        # a day inside a quotation was reckoned from the speaker's: it names no day of the story's
        named = not (self.possessive or self.span_edge or self.quoted)
        if recent and 0 <= (self.anchor - got.day).days <= 6 and named:
            self.story_day = self.story_day or got.day
            self.para_day = (self.para, got.day)
        return got

    # --- calendar dates -------------------------------------------------------------------------------
    def _date(self, m: Match) -> Resolved | None:
        a, words = self.anchor, m.words
        y, mo = m.slot("YEAR"), m.slot("MONTH") or m.pattern.month
        d = m.slot("DAY") or m.pattern.day
        if d is None and "of" in words:
            d = m.slot("ORD")
        wd, season, part = m.slot("WEEKDAY"), m.slot("SEASON"), m.slot("PART")
        if "week" in words and mo and (y or a):  # "the second week of October"
            d = week_of_month(y or year_of(a, mo, None, self.tense(m)) or a.year, mo, m.slot("ORD") or 0)
            return self._dated(d, "W") if d else None
        if "quarter" in words or "half" in words:
            return self._quarter(m, y, "Q" if "quarter" in words else "H")
        if "-" in words and y and m.slots.get("NUM"):
            nums = m.slots["NUM"]
            day = cal.valid_day(y, nums[0], nums[1]) if len(nums) == 2 else None
            return self._dated(day, "D") if day else None
        if season:
            if y is None:
                if a is None:
                    return Resolved(f"XXXX-{season}", "DATE")
                way = way_of(self.tense(m), cal.NEAREST, cal.NEAREST)
                if way == cal.BACK and self.season_ahead:
                    way = cal.NEAREST  # "said a deal was unlikely before the autumn": the one to come
                y = cal.season_year(a, season, way)
            month = {"WI": 1, "SP": 4, "SU": 7, "FA": 10}[season]
            return Resolved(f"{y}-{season}", "DATE", gran="S", day=date(y, month, 15))
        if mo and y is None and "year" in words and a is not None:
            y = a.year + {"last": -1, "next": 1}.get(words[-2], 0)  # "January this year", "June last year"
        if mo:
            if y is None:
                if a is None:
                    return Resolved(f"XXXX-{mo:02d}" + (f"-{d:02d}" if d else ""), "DATE")
                y = year_of(a, mo, d, self.tense(m), firm=(self.looks_back or self.firm_month) and d is None)
                if y is None:
                    return None
            if d:
                day = cal.valid_day(y, mo, d)
                return self._dated(day, "D", part) if day else None
            return Resolved(cal.month_value(y, mo), "DATE", gran="M", day=date(y, mo, 15))
        if wd:
            if a is None:
                return Resolved(f"XXXX-WXX-{wd}" + (f"T{part}" if part else ""), "TIME" if part else "DATE")
            # "late Monday" is a time of a day that has come: a present verb ("says", a mis-tagged past)
            # does not send it ahead the way "takes effect on Monday" goes
            present = cal.BACK if m.mod in ("END", "START") else cal.present_way(a, wd)
            # "Monday's call" has no verb of its own: the nearer Monday, not the past one by default
            unsure = cal.NEAREST if self.possessive else cal.BACK
            return self._dated(cal.weekday_near(a, wd, way_of(self.tense(m), unsure, present)), "D", part)
        if y:
            return Resolved(str(y), "DATE", gran="Y", day=date(y, 7, 1))
        return None

    def _range(self, m: Match) -> Resolved | None:
        """An ISO 8601 interval: 'May 16-19' -> 2025-05-16/2025-05-19, '2022-23' -> 2022/2023."""
        years, months, days = m.slots.get("YEAR", []), m.slots.get("MONTH", []), m.slots.get("DAY", [])
        if not months:  # years: "2022-23", "2019-2022"
            y1 = years[0]
            y2 = years[1] if len(years) > 1 else (y1 // 100) * 100 + days[0] if days else None
            return Resolved(f"{y1}/{y2}", "DATE") if y2 and y2 > y1 else None
        if not days:  # "May-June 2024"
            y = years[0]
            return Resolved(f"{cal.month_value(y, months[0])}/{cal.month_value(y, months[-1])}", "DATE")
        m1, m2 = months[0], months[-1]
        d1, d2 = days[0], days[-1]
        y = years[0] if years else None
        if y is None:
            if self.anchor is None:
                return Resolved(f"XXXX-{m1:02d}-{d1:02d}/XXXX-{m2:02d}-{d2:02d}", "DATE")
            y = year_of(self.anchor, m1, d1, self.tense(m))
        start, end = cal.valid_day(y, m1, d1), cal.valid_day(y + (m2 < m1), m2, d2) if y else None
        if start is None or end is None or end < start:
            return None
        return Resolved(f"{start.isoformat()}/{end.isoformat()}", "DATE", gran="D", day=start)

    def _quarter(self, m: Match, y: int | None, what: str) -> Resolved | None:
        n = m.slot("ORD")
        if not n or n > (4 if what == "Q" else 2):
            return None
        if y is None:
            if self.anchor is None:
                return Resolved(f"XXXX-{what}{n}", "DATE")
            a = self.anchor
            now = cal.quarter_of(a) if what == "Q" else (1 if a.month <= 6 else 2)
            y = a.year
            if n > now and self.tense(m) == PAST:
                y -= 1  # "profits fell in the third quarter", said in May: last year's
        month = (n - 1) * (3 if what == "Q" else 6) + 2
        return Resolved(f"{y}-{what}{n}", "DATE", gran="Q" if what == "Q" else None, day=date(y, month, 15))

    def _decade(self, m: Match) -> Resolved | None:
        century, digit = m.slot("DECADE")
        if century is None:
            if self.anchor is None:
                return None
            c = self.anchor.year // 100
            century = str(c if digit * 10 <= self.anchor.year % 100 else c - 1)
        return Resolved(f"{century}{digit}X", "DATE")

    def _century(self, m: Match) -> Resolved | None:
        n = m.slot("ORD") or m.slot("DAY")
        return Resolved(f"{n - 1:02d}", "DATE") if n and n <= 22 else None

    # --- today, last week, next month --------------------------------------------------------------------
    def _relday(self, m: Match) -> Resolved | None:
        offset, part = m.slot("RELDAY", (m.pattern.offset or 0, m.pattern.part))
        part = m.slot("PART") or part
        if m.pattern.offset is not None:
            offset = m.pattern.offset
        if self.anchor is None:
            return None
        # "today" in a quotation was said on the day its paragraph names ("drivers said on Saturday: 'Maybe
        # tomorrow'"), else on the story's day, which in a report published a day or more later is the
        # past day the article opened with ("Toroama, speaking on Wednesday ... 'I say it again today'")
        base = self.anchor
        if self.quoted:
            # or the paragraph before it, which often names the speaker's day ("X said on Tuesday ..." then
            # "'... today,' he told a news conference")
            here = self.para_day[1] if self.para_day and self.para_day[0] == self.para else None
            here = here or self.para_days.get(self.para)
            if here is None and self.para_day and self.para_day[0] == self.para - 1:
                here = self.para_day[1]
            base = here or self.story_day or base
        return self._dated(base + timedelta(days=offset), "D", part)

    def _rel(self, m: Match) -> Resolved | None:
        a, words = self.anchor, m.words
        r = m.pattern.rel if m.pattern.rel is not None else m.slot("REL", 0)
        unit = m.slot("UNIT1") or m.pattern.unit
        for w, u in (("weekend", "WE"), ("week", "W"), ("month", "M"), ("quarter", "Q"), ("year", "Y")):
            if unit is None and w in words:
                unit = u
        if unit == "CE" and "last" in words and a is not None:
            return Resolved(f"{a.year // 100 - 1:02d}", "DATE")  # "the last century": the one before this
        if words[:1] == ["the"] and m.slots.get("REL") and r != 0 and unit in UNIT_GRAN:
            return Resolved(duration_value(1, unit), "DURATION")  # "the past year": a stretch of time
        if a is None:
            return None
        if (wd := m.slot("WEEKDAY")) is not None:
            return self._dated(self._rel_weekday(a, wd, r), "D", m.slot("PART"))
        if (mo := m.slot("MONTH")) is not None:
            y = a.year + (
                0 if r == 0 else (-1 if mo >= a.month else 0) if r < 0 else (1 if mo <= a.month else 0)
            )
            return Resolved(cal.month_value(y, mo), "DATE", gran="M", day=date(y, mo, 15))
        if (season := m.slot("SEASON")) is not None:
            now, want = cal.season_index(a.month), cal.SEASONS.index(season)
            y = a.year + (1 if a.month == 12 else 0)
            if r < 0 and want >= now:
                y -= 1
            elif r > 0 and want <= now:
                y += 1
            return Resolved(f"{y}-{season}", "DATE", gran="S", day=date(y, 3 * want + 1, 15))
        if unit == "WE":
            return self._weekend(m, a, r)
        if unit == "DE":
            return Resolved(f"{(a.year // 10) + r}X", "DATE")
        if unit == "CE":
            return Resolved(f"{a.year // 100 + r:02d}", "DATE")
        if unit in ("W", "M", "Q", "Y", "D"):
            return self._dated(shift(a, r, unit), unit)
        return None

    @staticmethod
    def _rel_weekday(a: date, wd: int, r: int) -> date:
        if r < 0:
            return cal.weekday_near(a - timedelta(days=1), wd, cal.BACK)
        if r > 0:
            return cal.weekday_near(a + timedelta(days=1), wd, cal.AHEAD)
        return cal.iso_week_monday(a) + timedelta(days=wd - 1)

    def _weekend(self, m: Match, a: date, r: int) -> Resolved:
        saturday = cal.iso_week_monday(a) + timedelta(days=5)
        if "this" not in m.words and m.slot("REL") is None:  # "the weekend", "over the weekend"
            tense = self.tense(m)
            if tense == PAST or (tense is None and a.isoweekday() <= 3):
                r = 0 if a.isoweekday() >= 6 else -1
            else:
                r = 0
        elif m.slot("REL") == 0 and a.isoweekday() <= 5 and self.tense(m) == PAST:
            # "what we built this weekend", written on a weekday, is the weekend just gone; "could begin
            # this weekend" and "meet again this weekend" (a plan in the present) are the next
            r = -1
        d = saturday + timedelta(weeks=r)
        return Resolved(cal.weekend_value(d), "DATE", gran="WE", day=d)
