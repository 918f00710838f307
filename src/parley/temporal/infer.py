"""Dating an undated article from its own dates: weekdays, dates without a year, years, and tense.

Every day of the two most likely years is scored by how well it explains what the article says, under
the habits of news writing: a weekday in the past tense is a day of the last week (most often the day of
publication or the day before, above all in the opening sentence); a date written without its weekday
is a week or more away, without its year within the year; a year written out is usually not the current
one. The best-scoring day is the guess; the share of the total score within three days of it is the
confidence, and below MIN_CONFIDENCE there is no guess.
"""

from __future__ import annotations

import math
from dataclasses import dataclass
from datetime import date, timedelta

from spacy.tokens import Doc

from parley.temporal import cal
from parley.temporal.lexicon import Lexicon
from parley.temporal.recognise import Match
from parley.temporal.tense import FUTURE, PAST, tense_at
from parley.temporal.values import year_of

# How far back a past-tense weekday lies from the day of publication (0..6 days), and ahead for the future.
_BACK = (0.34, 0.26, 0.12, 0.09, 0.07, 0.06, 0.06)
MAX_CLUES = 60  # the first dates of an article are enough, and inference stays linear in the text
_AHEAD = (0.08, 0.26, 0.2, 0.15, 0.12, 0.1, 0.09)
# The confidence is the share of the score within NEAR_DAYS of the guess (how sure the week is right);
# below MIN_CONFIDENCE the text does not pin the date down, and no date is better than a guess.
NEAR_DAYS = 3
MIN_CONFIDENCE = 0.2


@dataclass(frozen=True)
class _Clue:
    kind: str  # weekday | monthday | month | year | full
    tense: str | None
    weight: float
    weekday: int = 0
    month: int = 0
    day: int = 0
    year: int = 0


def _clues(doc: Doc, matches: list[Match], lex: Lexicon) -> list[_Clue]:
    parsed = doc.has_annotation("DEP")
    out: list[_Clue] = []
    first_sentence_end = next((t.i for t in doc if t.text in {".", "!", "?"} or "\n" in t.text), len(doc))
    for m in matches:
        if len(out) >= MAX_CLUES:
            break
        if m.kind != "date" or m.pattern.month or "quarter" in m.words or "half" in m.words:
            continue
        s = m.slots
        tense = tense_at(doc, m.core, m.end, lex, parsed)
        y, mo, d, wd = m.slot("YEAR"), m.slot("MONTH"), m.slot("DAY"), m.slot("WEEKDAY")
        if "SEASON" in s:
            continue
        if y and mo and d:
            out.append(_Clue("full", tense, 1.0, month=mo, day=d, year=y))
        elif y and mo:
            out.append(_Clue("monthyear", tense, 1.0, month=mo, year=y))
        elif y and len(s) == 1:
            out.append(_Clue("year", tense, 1.0, year=y))
        elif mo and d:
            out.append(_Clue("monthday", tense, 1.0, month=mo, day=d))
        elif mo:
            out.append(_Clue("month", tense, 0.5, month=mo))
        elif wd:
            lead = m.core < first_sentence_end
            out.append(_Clue("weekday", tense, 2.0 if lead else 1.0, weekday=wd))
    return out


def _gap_score(gap: int) -> float:
    """A date written out (no weekday) in the past: rarely within the week, most often one or two weeks
    back, less likely the further back."""
    if gap < 0:
        return 0.01
    if gap < 7:
        return 0.3
    if gap <= 13:
        return 1.0
    return max(0.02, math.exp(-(gap - 13) / 14))


def _weekday_terms(c: _Clue) -> dict[int, float]:
    """A weekday clue's term for each ISO weekday of the scored day: it depends on nothing else."""
    out = {}
    for wd in range(1, 8):
        p = _AHEAD[(c.weekday - wd) % 7] if c.tense == FUTURE else _BACK[(wd - c.weekday) % 7]
        out[wd] = c.weight * math.log(p)
    return out


def _term(d: date, c: _Clue) -> float | None:
    """What one (non-weekday) clue adds to day ``d``'s score; None when it says nothing of that day."""
    if c.kind == "monthday":
        y = year_of(d, c.month, c.day, c.tense)
        when = cal.valid_day(y, c.month, c.day) if y else None
        if when is None:
            return None
        gap = (d - when).days if c.tense != FUTURE else (when - d).days
        return c.weight * math.log(_gap_score(gap))
    if c.kind == "month":
        y = year_of(d, c.month, None, c.tense)
        if y is None:
            return None
        months = abs((d.year * 12 + d.month) - (y * 12 + c.month))
        return c.weight * math.log(1.0 if months <= 2 else 0.5 if months <= 5 else 0.25)
    if c.kind in ("full", "monthyear", "year") and (c.tense in (PAST, FUTURE) or c.kind == "full"):
        when = date(c.year, c.month or 12 if c.tense != FUTURE else c.month or 1, c.day or 1)
        if c.tense == FUTURE:
            ok = d <= when
            same = d.year == c.year
        else:
            ok = d >= (when if c.kind == "full" else date(c.year, c.month or 1, 1))
            same = d.year == c.year
        p = 1.0 if ok else 0.02
        if same and c.kind != "full":
            p *= 0.5 if c.kind == "monthyear" else 0.85  # a writer says "in May", "this year" for now
        if c.kind == "full" and ok:
            gap = abs((d - when).days)
            p *= 1.0 if gap <= 60 else 0.6 if gap <= 365 else 0.4
        return c.weight * math.log(p)
    return None


def _year_breaks(c: _Clue) -> set[date]:
    """The first days on which a written year's term may change: it only compares the day with the date
    written (before or after, within 60 or 365 days), the month it opens, and the year's bounds."""
    when = date(c.year, c.month or 12 if c.tense != FUTURE else c.month or 1, c.day or 1)
    out = {date(c.year, 1, 1), date(c.year + 1, 1, 1), date(c.year, c.month or 1, 1)}
    for edge in (1, -60, 61, -365, 366):
        out.add(when + timedelta(days=edge))
    return out


def _column(c: _Clue, days: list[date]) -> list[float | None]:
    if c.kind == "weekday":
        terms = _weekday_terms(c)
        return [terms[d.isoweekday()] for d in days]
    if c.kind in ("monthday", "month") or not 2 <= c.year <= 9997:  # the breaks need room in the calendar
        return [_term(d, c) for d in days]
    # A written year's term is constant between its breaks: one _term per stretch, the same value
    breaks = _year_breaks(c)
    out: list[float | None] = []
    term: float | None = None
    for k, d in enumerate(days):
        if k == 0 or d in breaks:
            term = _term(d, c)
        out.append(term)
    return out


def _scores(days: list[date], clues: list[_Clue]) -> list[float]:
    """Each day's score: its clues' terms added in the clues' order. A clue's terms are worked out once
    for all days (once per distinct clue: articles repeat their dates), so a day costs additions only."""
    cache: dict[_Clue, list[float | None]] = {}
    columns = [cache[c] if c in cache else cache.setdefault(c, _column(c, days)) for c in clues]
    totals = [0.0] * len(days)
    for col in columns:
        for k, term in enumerate(col):
            if term is not None:
                totals[k] += term
    return totals


def infer_published(doc: Doc, matches: list[Match], lex: Lexicon) -> tuple[date, float] | None:
    """The most likely publication date and a confidence in (0, 1], or None without a year to go on."""
    clues = _clues(doc, matches, lex)
    past_years = [c.year for c in clues if c.year and c.tense == PAST]
    future_years = [c.year for c in clues if c.year and c.tense == FUTURE]
    if past_years:
        first = max(past_years)
        prior = {first: 0.25, first + 1: 0.4, first + 2: 0.2, first + 3: 0.15}
    elif future_years:
        first = min(future_years) - 2
        prior = {first: 0.2, first + 1: 0.5, first + 2: 0.3}  # an election "in 2027" is a year or two off
    else:
        return None
    if not any(c.kind in ("monthday", "month", "full") for c in clues):
        return None  # weekdays and years alone cannot place a day within the year
    years = sorted(prior)
    start = date(years[0], 1, 1)
    days = (date(years[-1], 12, 31) - start).days + 1
    every_day = [start + timedelta(days=k) for k in range(days)]
    scored = list(zip(_scores(every_day, clues), every_day, strict=True))
    scored = [(s + math.log(prior[d.year]), d) for s, d in scored if d.year in prior]
    best_score, best = max(scored, key=lambda x: (x[0], -x[1].toordinal()))
    weights = [(math.exp(s - best_score), d) for s, d in scored]
    near = sum(w for w, d in weights if abs((d - best).days) <= NEAR_DAYS)
    confidence = near / sum(w for w, _ in weights)
    return (best, confidence) if confidence >= MIN_CONFIDENCE else None
