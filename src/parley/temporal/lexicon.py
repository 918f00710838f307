"""The temporal lexicon (``data/timex.yaml``), validated on load and compiled into a pattern trie.

Every token is given a set of classes (MONTH, WEEKDAY, NUM, ...) with values; patterns are sequences of
classes and literal words, compiled once into a trie so that matching at a token walks a few nodes only.
"""

from __future__ import annotations

import itertools
import re
from dataclasses import dataclass, field
from functools import lru_cache
from typing import Literal

from pydantic import BaseModel, Field, field_validator

from parley.rules import load_rules

Kind = Literal[
    "none", "date", "range", "decade", "century", "relday", "rel", "duration", "offset", "set", "ref", "time"
]
CLASSES = frozenset(
    [
        "MONTH",
        "WEEKDAY",
        "WEEKDAYS",
        "SEASON",
        "PART",
        "RELDAY",
        "REL",
        "UNIT",
        "UNIT1",
        "UNITS",
        "NUM",
        "VAGUE",
        "ORD",
        "DAY",
        "YEAR",
        "DECADE",
    ]
    + ["CLOCK", "AMPM", "REF", "TZ", "FRAC"]
)
_CUES = frozenset(
    ["within", "duration", "bare_before", "bare_after", "clock", "age", "weekdays_set", "modals", "scheduled"]
    + ["scheduled_for", "back", "maybe", "plan_verbs", "duration_after", "event_after", "month_firm"]
    + ["day_gap_after", "routine_after", "span_edge", "soonest", "season_ahead", "said_at"]
)
_MOD = r"^(START|MID|END|APPROX|LESS_THAN|MORE_THAN|EQUAL_OR_LESS|EQUAL_OR_MORE)$"


class Pattern(BaseModel):
    model_config = {"frozen": True}

    kind: Kind
    seq: str
    value: str | None = None
    unit: str | None = None
    part: str | None = None
    offset: int | None = None
    rel: int | None = None
    num: int | None = None
    month: int | None = Field(None, ge=1, le=12)
    day: int | None = Field(None, ge=1, le=31)
    clock: str | None = Field(None, pattern=r"^\d\d:\d\d$")
    half: bool = False
    vague: bool = False
    same: bool = False
    story: bool = False  # a part of the story's own day ("by nightfall"), not of the last date named
    cue: Literal["within", "duration", "bare"] | None = None

    @field_validator("seq")
    @classmethod
    def _known_classes(cls, v: str) -> str:
        for el in v.split():
            for alt in el.rstrip("?").split("|"):
                if alt.isupper() and len(alt) > 1 and alt not in CLASSES:
                    raise ValueError(f"unknown token class {alt!r}")
        return v


class Prefix(BaseModel):
    words: str
    mod: str | None = Field(None, pattern=_MOD)
    kinds: list[Kind]


class TimexRules(BaseModel):
    months: dict[str, int]
    ambiguous_months: list[str]
    weekdays: dict[str, int]
    seasons: dict[str, Literal["SP", "SU", "FA", "WI"]]
    parts_of_day: dict[str, Literal["MO", "AF", "EV", "NI", "DT"]]
    relative_days: dict[str, tuple[int, str | None]]
    relative: dict[str, int]
    units: dict[str, Literal["S", "MIN", "H", "D", "W", "WE", "FN", "M", "Q", "Y", "DE", "CE"]]
    numbers: dict[str, int]
    vague_numbers: list[str]
    ordinals: dict[str, int]
    decade_words: dict[str, int]
    references: dict[str, Literal["PRESENT_REF", "PAST_REF", "FUTURE_REF"]]
    am_pm: dict[str, Literal["am", "pm"]]
    time_zones: list[str]
    patterns: list[Pattern]
    prefixes: list[Prefix]
    name_suffixes: list[str]
    name_prefixes: list[str]
    month_cues: list[str]
    year_not_before: list[str]
    year_not_after: list[str]
    future_words: list[str]
    past_words: list[str]
    future_nouns: list[str]
    cues: dict[str, frozenset[str]]

    @field_validator("cues")
    @classmethod
    def _cue_sets(cls, v: dict[str, frozenset[str]]) -> dict[str, frozenset[str]]:
        missing = _CUES - v.keys()
        if missing:
            raise ValueError(f"missing cue lists: {sorted(missing)}")
        return {k: frozenset(w.lower() for w in words) for k, words in v.items()}


class Node:
    __slots__ = ("lit", "cls", "ends")

    def __init__(self) -> None:
        self.lit: dict[str, Node] = {}
        self.cls: dict[str, Node] = {}
        self.ends: list[tuple[int, Pattern]] = []


_FRACTIONS = {"1/2": 0.5, "\u00bd": 0.5, "1/4": 0.25, "\u00bc": 0.25, "3/4": 0.75, "\u00be": 0.75}
_CLOCK = re.compile(r"^(\d{1,2})[:.](\d\d)$")
_ORDINAL = re.compile(r"^(\d{1,2})(?:st|nd|rd|th)$")
_DECADE = re.compile(r"^(1\d|20)?(\d)0s$")
_NUMBER = re.compile(r"^\d{1,3}(?:,\d{3})*(?:\.\d+)?$|^\d+(?:\.\d+)?$")


@dataclass
class Lexicon:
    rules: TimexRules
    root: Node = field(default_factory=Node)
    prefixes: list[tuple[tuple[str, ...], Prefix]] = field(default_factory=list)
    name_suffixes: frozenset[str] = frozenset()
    name_prefixes: frozenset[str] = frozenset()
    month_cues: frozenset[str] = frozenset()
    ambiguous_months: frozenset[str] = frozenset()
    year_not_before: frozenset[str] = frozenset()
    year_not_after: frozenset[str] = frozenset()
    future_words: frozenset[str] = frozenset()
    past_words: frozenset[str] = frozenset()
    future_nouns: frozenset[str] = frozenset()
    starters: frozenset[str] = frozenset()  # literals and classes that can begin a pattern
    cues: dict[str, frozenset[str]] = field(default_factory=dict)
    time_zones: frozenset[str] = frozenset()
    prefixes_by_last: dict[str, list[tuple[tuple[str, ...], Prefix]]] = field(default_factory=dict)
    _cache: dict[str, dict[str, object]] = field(default_factory=dict)
    _starts: dict[str, bool] = field(default_factory=dict)

    def can_start(self, text: str) -> bool:
        """Whether some pattern can begin at a token with this text (memoised by text)."""
        got = self._starts.get(text)
        if got is None:
            got = self._starts[text] = text.lower() in self.starters or bool(
                self.classes(text).keys() & self.starters
            )
        return got

    def classes(self, text: str) -> dict[str, object]:
        """The token classes of one token's text, with their values (memoised by text)."""
        got = self._cache.get(text)
        if got is None:
            got = self._cache[text] = self._classify(text)
        return got

    def _classify(self, text: str) -> dict[str, object]:
        r, low, out = self.rules, text.lower(), {}
        cap = text[:1].isupper()
        if cap and low in r.months:
            out["MONTH"] = r.months[low]
        if cap and low in r.weekdays:
            out["WEEKDAY"] = r.weekdays[low]
        if cap and low.endswith("s") and low[:-1] in r.weekdays:
            out["WEEKDAYS"] = r.weekdays[low[:-1]]
        for table, name in (
            (r.seasons, "SEASON"),
            (r.parts_of_day, "PART"),
            (r.relative_days, "RELDAY"),
            (r.relative, "REL"),
            (r.references, "REF"),
            (r.am_pm, "AMPM"),
            (r.ordinals, "ORD"),
        ):
            if low in table:
                out[name] = table[low]
        if low in r.units:
            out["UNIT"] = r.units[low]
            out["UNITS" if low.endswith(("s", "ies")) and low not in ("hrs",) else "UNIT1"] = r.units[low]
        if low in r.numbers:
            out["NUM"] = r.numbers[low]
        if low in _FRACTIONS:
            out["FRAC"] = _FRACTIONS[low]
        if low in self.time_zones:
            out["TZ"] = low
        if low in r.vague_numbers:
            out["VAGUE"] = "X"
        if low in r.decade_words:
            out["DECADE"] = (None, r.decade_words[low])
        if _NUMBER.match(low):
            n = float(low.replace(",", ""))
            out["NUM"] = int(n) if n.is_integer() else n
            if low.isdigit():
                if len(low) <= 2 and 1 <= int(low) <= 31:
                    out["DAY"] = int(low)
                if len(low) == 4 and 1000 <= int(low) <= 2199:
                    out["YEAR"] = int(low)
        elif m := _ORDINAL.match(low):
            if 1 <= int(m.group(1)) <= 31:
                out["DAY"] = out["ORD"] = int(m.group(1))
        elif m := _CLOCK.match(low):
            if int(m.group(1)) <= 24 and int(m.group(2)) < 60:
                out["CLOCK"] = (int(m.group(1)), int(m.group(2)))
        elif m := _DECADE.match(low):
            out["DECADE"] = (m.group(1), int(m.group(2)))
        return out


def _expand(seq: str) -> list[list[str]]:
    """'the? DAY of MONTH' -> every concrete sequence, alternatives and optionals spelled out."""
    choices = []
    for el in seq.split():
        optional = el.endswith("?") and len(el) > 1
        alts = [a if (a.isupper() and len(a) > 1) else a.lower() for a in el.rstrip("?").split("|")]
        choices.append([*alts, None] if optional else alts)
    return [[e for e in combo if e is not None] for combo in itertools.product(*choices)]


def compile_lexicon(rules: TimexRules) -> Lexicon:
    lex = Lexicon(rules=rules)
    starters = set()
    for prio, pat in enumerate(rules.patterns):
        for seq in _expand(pat.seq):
            if not seq:
                continue
            starters.add(seq[0])
            node = lex.root
            for el in seq:
                table = node.cls if el in CLASSES else node.lit
                node = table.setdefault(el, Node())
            node.ends.append((prio, pat))
    lex.starters = frozenset(starters)
    lex.prefixes = sorted(
        ((tuple(p.words.lower().split()), p) for p in rules.prefixes), key=lambda x: -len(x[0])
    )
    for words, pre in lex.prefixes:
        lex.prefixes_by_last.setdefault(words[-1], []).append((words, pre))
    lex.name_suffixes = frozenset(rules.name_suffixes)
    lex.name_prefixes = frozenset(rules.name_prefixes)
    lex.month_cues = frozenset(w.lower() for w in rules.month_cues)
    lex.ambiguous_months = frozenset(rules.ambiguous_months)
    lex.year_not_before = frozenset(w.lower() for w in rules.year_not_before)
    lex.year_not_after = frozenset(w.lower() for w in rules.year_not_after)
    lex.future_words = frozenset(rules.future_words)
    lex.past_words = frozenset(rules.past_words)
    lex.future_nouns = frozenset(rules.future_nouns)
    lex.cues = rules.cues
    lex.time_zones = frozenset(rules.time_zones)
    return lex


@lru_cache(maxsize=1)
def lexicon() -> Lexicon:
    return compile_lexicon(load_rules("timex.yaml", TimexRules))
