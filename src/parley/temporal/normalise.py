"""TIMEX3 values for matched expressions, against the publication date (the anchor) and the tense.

Absolute dates keep the precision they are written with ("in March" is 2025-03, never a day); relative
ones ("last week", "late Wednesday", "three days ago") are resolved from the anchor; anaphoric ones ("the
day after", "a year earlier") from the last date the article mentioned.
"""

from __future__ import annotations

from datetime import date, timedelta

from parley.temporal import cal
from parley.temporal.recognise import Match
from parley.temporal.tense import PAST
from parley.temporal.values import (
    BACK_WORDS,
    FROM_NOW,
    SET_CAL,
    TIME_UNITS,
    UNIT_GRAN,
    WORD_GRAN,
    WORD_UNIT,
    Resolved,
    duration_value,
    format_at,
    shift,
    way_of,
    week_of_month,
    year_of,
)


class Normaliser:
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
        self.story_day: date | None = None  # the first day of the past week (or today) the article names
        self.para_day: tuple[int, date] | None = None  # the last such day, and its paragraph

    def __call__(self, m: Match) -> Resolved | None:
        handler = getattr(self, "_" + m.kind)
        got = handler(m)
        if got is None:
            return None
        if m.mod and got.mod is None:
            got.mod = m.mod
        if got.type == "DATE" and got.day is not None and got.gran:
            self.ref = got
        recent = got.gran == "D" and got.day is not None and self.anchor is not None
        if recent and 0 <= (self.anchor - got.day).days <= 6 and not self.possessive:
            self.story_day = self.story_day or got.day
            self.para_day = (self.para, got.day)
        return got

    def _dated(self, d: date, gran: str, part: str | None = None) -> Resolved:
        if part:
            return Resolved(f"{d.isoformat()}T{part}", "TIME", gran="D", day=d)
        return Resolved(format_at(d, gran), "DATE", gran=gran, day=d)

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
                y = cal.season_year(a, season, way_of(self.tense(m), cal.NEAREST, cal.NEAREST))
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
            present = cal.BACK if m.mod in ("END", "START") else cal.AHEAD
            return self._dated(cal.weekday_near(a, wd, way_of(self.tense(m), present=present)), "D", part)
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
            here = self.para_day[1] if self.para_day and self.para_day[0] == self.para else None
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
        d = saturday + timedelta(weeks=r)
        return Resolved(cal.weekend_value(d), "DATE", gran="WE", day=d)

    # --- durations, offsets, sets, references, clock times ---------------------------------------------
    def _duration(self, m: Match) -> Resolved | None:
        unit = m.slot("UNIT") or m.slot("UNITS") or m.slot("UNIT1") or m.pattern.unit
        if unit is None:
            for w in m.words:
                unit = unit or {
                    "day": "D",
                    "week": "W",
                    "month": "M",
                    "year": "Y",
                    "hour": "H",
                    "night": "D",
                }.get(w)
        if unit is None:
            return None
        if m.pattern.vague or m.slot("VAGUE") or m.pattern.cue == "bare":
            n: object = "X"
        else:
            n = m.pattern.num or m.slot("NUM") or 1
            if m.slot("FRAC"):
                n = float(n) + m.slot("FRAC")  # "5 1/2 hours"
            if "half" in m.words and not m.pattern.num:  # "half a century" is counted already
                n = (
                    0.5
                    if m.slot("NUM") is None and m.pattern.half and "and" not in m.words
                    else float(n) + 0.5
                )
        if unit == "D" and isinstance(n, int) and not m.mod and (gap := self._day_gap(n)) is not None:
            return gap
        return Resolved(
            duration_value(n, unit)
            if n != "X"
            else f"P{'T' if unit in TIME_UNITS else ''}X"
            f"{TIME_UNITS.get(unit, unit if unit != 'FN' else 'W')}",
            "DURATION",
        )

    def _day_gap(self, n: int) -> Resolved | None:
        """'The talks came a day after the strikes': the day of the strikes, a day before the story's day;
        'on Friday, a day before the vote' (the vote inside the gold's extent) is that Friday. The gold is
        split on 'opened talks on Wednesday, a day after ...' (a gap or the day before): left a duration."""
        if n > 3 or self.next_word not in ("after", "before"):
            return None
        ref = self.ref.day if self.ref is not None and self.ref.gran == "D" else None
        if self.appositive:
            return self._dated(ref, "D") if ref is not None and self.next_word == "before" else None
        if not self.gap_cue or self.next_word == "before" or self.story_day is None:
            return None
        return self._dated(self.story_day - timedelta(days=n), "D")

    def _offset(self, m: Match) -> Resolved | None:
        words, ref = m.words, self.ref
        unit = m.slot("UNIT") or m.slot("UNITS") or m.slot("UNIT1")
        if unit is None:
            unit = next((WORD_UNIT[w] for w in words if w in WORD_UNIT), "D" if m.slot("PART") else None)
        if unit is None:
            return None
        if m.pattern.vague or m.slot("VAGUE"):
            return Resolved("PAST_REF" if words[-1] in BACK_WORDS else "FUTURE_REF", "DATE")
        n = m.slot("NUM") or 1
        if not isinstance(n, int) or unit not in UNIT_GRAN:
            return None
        if ref is not None and ref.gran and self.appositive and words[:2] == ["the", "day"]:
            return Resolved(ref.value, "DATE", gran=ref.gran, day=ref.day)  # "on March 19, the day after"
        if m.pattern.same:  # "that day", "later that year", "that morning": the date last mentioned
            if ref is None or ref.day is None:
                return None
            return self._dated(ref.day, UNIT_GRAN[unit], m.slot("PART"))
        sign = -1 if (set(words) & BACK_WORDS) else 1
        gran = UNIT_GRAN[unit]
        if set(words) & FROM_NOW or ref is None or ref.day is None:
            base = self.anchor  # "three days ago", "a week from now"
            if unit == "Y" and ref is not None and ref.gran == "Q" and ref.day is not None:
                base, gran = ref.day, "Q"  # "profit rose from $2 a year ago": the quarter a year back
        else:
            base = ref.day  # "two days later", "a year earlier": from the date last mentioned
            counted = words[:1] != ["the"]  # "a year earlier" keeps the date's precision; "the next year" not
            if counted and (
                (unit in ("Y", "Q") and ref.gran in ("D", "M", "Q")) or (unit == "M" and ref.gran == "D")
            ):
                gran = ref.gran
        if words[-1] in WORD_GRAN:  # "the year-earlier quarter"
            gran = WORD_GRAN[words[-1]] or (ref.gran if ref is not None and ref.gran in ("Q", "M") else "Q")
        if base is None:
            return None
        return self._dated(shift(base, sign * n, unit), gran, m.slot("PART"))

    def _set(self, m: Match) -> Resolved | None:
        unit = m.slot("UNIT1") or m.slot("UNITS") or m.pattern.unit
        if (wd := m.slot("WEEKDAY") or m.slot("WEEKDAYS")) is not None:
            return Resolved(f"XXXX-WXX-{wd}", "SET")
        if (mo := m.slot("MONTH")) is not None:
            return Resolved(f"XXXX-{mo:02d}", "SET")
        if (season := m.slot("SEASON")) is not None:
            return Resolved(f"XXXX-{season}", "SET")
        if (part := m.slot("PART") or m.pattern.part) is not None and unit in (None, "D"):
            return Resolved(f"XXXX-XX-XXT{part}", "SET")
        if unit is None:
            return None
        if m.pattern.vague:
            return Resolved(f"P{'T' if unit in TIME_UNITS else ''}X{TIME_UNITS.get(unit, unit)}", "SET")
        n = m.pattern.num or m.slot("NUM")
        if n is None and unit in SET_CAL and set(m.words) & {"every", "each"}:
            return Resolved(SET_CAL[unit], "SET")
        return Resolved(duration_value(n or 1, unit), "SET")

    def _ref(self, m: Match) -> Resolved | None:
        return Resolved(m.pattern.value or m.slot("REF"), "DATE")

    def _ref_day_for(self, m: Match) -> date | None:
        """The day of a clock time written without one: the day a few words back ("Monday at 10"); for a
        time in the past, the day last named ("agreed on July 28 to a truce from midnight") or else the
        last day of the past week named ("said late Tuesday ... handed over shortly after noon")."""
        ref = self.ref.day if self.ref is not None and self.ref.gran == "D" else None
        if self.ref_near:
            return ref
        if self.anchor is None or self.tense(m) != PAST:
            return None
        if ref is not None and ref <= self.anchor:
            return ref
        return self.para_day[1] if self.para_day else None

    def _time(self, m: Match) -> Resolved | None:
        if m.pattern.clock:
            h, mi = int(m.pattern.clock[:2]), int(m.pattern.clock[3:])
        elif (clock := m.slot("CLOCK")) is not None:
            h, mi = clock
        else:
            h, mi = m.slot("NUM"), 0
            if not isinstance(h, int) or not 1 <= h <= 12:
                return None
        ampm = m.slot("AMPM")
        if ampm == "pm" and h < 12:
            h += 12
        elif ampm == "am" and h == 12:
            h = 0
        day = self.anchor
        if h == 24:  # "midnight tonight": the first minute of the next day
            h, day = 0, (day + timedelta(days=1) if day is not None else None)
        if (mo := m.slot("MONTH")) is not None and day is not None:  # "5 p.m. EST Nov. 9"
            y = year_of(self.anchor, mo, m.slot("DAY"), self.tense(m))
            when = cal.valid_day(y, mo, m.slot("DAY")) if y else None
            day = when + (day - self.anchor) if when else day
        elif (wd := m.slot("WEEKDAY")) is not None:
            if day is None:
                return Resolved(f"XXXX-WXX-{wd}T{h:02d}:{mi:02d}", "TIME")
            day = cal.weekday_near(self.anchor, wd, way_of(self.tense(m))) + (day - self.anchor)
        elif (rd := m.slot("RELDAY")) is not None and day is not None:
            day = day + timedelta(days=rd[0])
        elif day is not None and (on := self._ref_day_for(m)) is not None:
            day = on + (day - self.anchor)
        if day is None:
            return Resolved(f"XXXX-XX-XXT{h:02d}:{mi:02d}", "TIME")
        return Resolved(f"{day.isoformat()}T{h:02d}:{mi:02d}", "TIME")
