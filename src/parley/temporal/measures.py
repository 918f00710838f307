"""TIMEX3 values for durations, offsets, sets, references and clock times: the expressions counted in
units ("three days", "a year earlier", "every week") or read off a clock ("at 10 a.m."), which lean on the
last date the article named rather than on the calendar alone.

``Measures`` is the half of the ``Normaliser`` (see ``normalise``) that resolves these kinds; the state it
reads (the anchor, the last date, the caller's cues) is set there.
"""

from __future__ import annotations

from collections.abc import Callable
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
    compound_value,
    duration_value,
    finer,
    format_at,
    shift,
    two_units,
    way_of,
    year_of,
)


class Measures:
    """Durations, offsets, sets, references and clock times; mixed into the Normaliser."""

    anchor: date | None
    tense: Callable[[Match], str | None]
    ref: Resolved | None
    appositive: bool
    ref_near: bool
    gap_cue: bool
    next_word: str
    prev_word: str
    story_day: date | None
    para_day: tuple[int, date] | None
    para: int
    sent: int
    sent_day: tuple[int, date] | None
    ref_para: int
    last_day: date | None

    def _dated(self, d: date, gran: str, part: str | None = None) -> Resolved:
        if part:
            return Resolved(f"{d.isoformat()}T{part}", "TIME", gran="D", day=d)
        return Resolved(format_at(d, gran), "DATE", gran=gran, day=d)

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
        if (units := two_units(m)) and n != "X":  # "an hour and forty minutes"
            nums = m.slots.get("NUM", [])
            return Resolved(
                compound_value([(nums[0] if len(nums) == 2 else 1, units[0]), (nums[-1], units[1])]),
                "DURATION",
            )
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
        if (words[-3:] == ["in", "the", "day"] or m.pattern.story) and self.anchor is not None:
            # "agreed earlier in the day", "by nightfall": the day its paragraph names ("said late on Saturday
            # that ..."), else the day the story opened with (a report of Friday's signing published on
            # Saturday), else the day of publication; not the last date named, which may be a deadline
            here = self.para_day[1] if self.para_day and self.para_day[0] == self.para else None
            day = here or self.story_day or self.anchor
            return self._dated(day, "D", m.slot("PART"))
        if m.pattern.same:  # "that day", "later that year", "that morning": the date last mentioned
            if ref is None or ref.day is None:
                return None
            gran = UNIT_GRAN[unit]
            if finer(gran, ref.gran):
                # "elections due in 2026. His government insisted the same day": a year names no day, so
                # the day is the last one the article named, not a day made up inside that year
                if self.last_day is None:
                    return None
                return self._dated(self.last_day, gran, m.slot("PART"))
            return self._dated(ref.day, gran, m.slot("PART"))
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
        """The day of a clock time written without one: the day a few words back ("Monday at 10") or
        earlier in its sentence ("announced on Saturday that firing would stop from 5pm"); for a time in
        the past, the day last named in its paragraph ("agreed on July 28 to a truce from midnight"), else
        the day the story opened with ("spoke on Monday evening ... after the understanding of Saturday"
        then "the call, which began at 5 pm"), else the last day of the past week named."""
        ref = self.ref.day if self.ref is not None and self.ref.gran == "D" else None
        if self.ref_near:
            return ref
        if self.sent_day is not None and self.sent_day[0] == self.sent:
            return self.sent_day[1]
        if self.anchor is None or self.tense(m) != PAST:
            return None
        if ref is not None and ref <= self.anchor and (self.ref_para == self.para or self.story_day is None):
            return ref
        return self.story_day or (self.para_day[1] if self.para_day else None)

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
        midnight = h == 24
        if midnight:  # "midnight tonight": the first minute of the next day
            h, day = 0, (day + timedelta(days=1) if day is not None else None)
        if (mo := m.slot("MONTH")) is not None and day is not None:  # "5 p.m. EST Nov. 9"
            y = year_of(self.anchor, mo, m.slot("DAY"), self.tense(m))
            when = cal.valid_day(y, mo, m.slot("DAY")) if y else None
            day = when + (day - self.anchor) if when else day
        elif (wd := m.slot("WEEKDAY")) is not None:
            if day is None:
                return Resolved(f"XXXX-WXX-{wd}T{h:02d}:{mi:02d}", "TIME")
            way = way_of(self.tense(m), present=cal.present_way(self.anchor, wd))
            day = cal.weekday_near(self.anchor, wd, way) + (day - self.anchor)
        elif (rd := m.slot("RELDAY")) is not None and day is not None:
            day = day + timedelta(days=rd[0])
        else:
            if day is not None and (on := self._ref_day_for(m)) is not None:
                day = on + (day - self.anchor)
            if midnight and day is not None and self.tense(m) == PAST:
                # a midnight passed ends the day named ("the night of Saturday was quiet after about
                # midnight", told on Sunday), but none later than the one that began the day of publication
                # ("met on Tuesday morning, hours after a truce took effect at midnight")
                day = min(day, self.anchor)
        if day is None:
            return Resolved(f"XXXX-XX-XXT{h:02d}:{mi:02d}", "TIME")
        return Resolved(f"{day.isoformat()}T{h:02d}:{mi:02d}", "TIME", day=day)
