"""The rules of publication-date lines (``parley/data/pubdate.yaml``): their schema, validated on load (every
pattern anchored and linear), and the compiled form :mod:`parley.pubdate` reads stamps with."""

from __future__ import annotations

import re
from dataclasses import dataclass
from functools import lru_cache

from pydantic import BaseModel, ConfigDict, field_validator, model_validator

from parley.clean.linear import check_linear
from parley.rules import load_rules


class PubdateRules(BaseModel):
    """Schema of pubdate.yaml."""

    model_config = ConfigDict(extra="forbid")
    months: dict[str, int]
    weekdays: list[str]
    published_prefixes: list[str]
    updated_prefixes: list[str]
    # Labels that open a new part of a stamp line after a space ("... 14:02 Oppdatert 17. okt. 2025").
    part_labels: tuple[str, ...] = ("updated", "update", "modified", "published", "posted")
    # A note closing a story that says when it was first published ("This article was first published on").
    published_sentence: str
    formats: list[str]
    rest: str
    time_only: str
    relative: str
    month_day: str
    day_month: str
    time_first: str
    place: str
    section: str
    section_phrase: str
    running_head: str
    running_tail: str
    network_site: str
    # The word joining a section label to its stamp's day ("General News of Friday, 16 May 2025").
    section_joins: frozenset[str] = frozenset()
    # What kind of page a newsroom's stamp dates, standing before its date ("Press release | 26.08.2025").
    content_kinds: frozenset[str] = frozenset()
    # Where an aggregator's user put the story, a part before its date ("Flipped into <magazine> by <name>").
    shared_prefixes: tuple[str, ...] = ()
    # The body issuing it, after its date ("... | 15 April 2025 11:47 | Ministry of Foreign Affairs of
    # Ukraine"): capitalised words and these joins, one of them an issuer's head word.
    issuer_heads: frozenset[str] = frozenset()
    issuer_joins: frozenset[str] = frozenset()
    # Words opening a byline that a stamp may carry beside its date ("By ", "Story by ").
    byline_leads: list[str]
    # The small words joining the names and places of a longer byline ("By Jo Roe in Brenn and Ann Lind").
    byline_joins: frozenset[str] = frozenset()
    byline_handles: frozenset[str] = frozenset()
    # The last words of a newsroom's name standing for the writer before its date ("... Newsroom 2025.10.28").
    desk_words: frozenset[str] = frozenset()
    # A forwarded email's marker line ("---------- Forwarded message ---------"): the stamps above it date the
    # forward, the one under it the message forwarded, the story (lower case, dashes and colons aside).
    forward_markers: frozenset[str] = frozenset()
    own_address_labels: tuple[str, ...] = ()
    counter: str
    # An archive's metadata fields beside the date ("Section: World | 12/05/2025 | 642 words | ID: 8411").
    meta_field: str = "(?!)"
    edition: str
    filed_in: str
    # Machine-readable date markup: without any, a date htmldate finds came from the page's visible text.
    date_markup: list[str]
    # Datelines carrying their date ("Brenn, June 11 (Lakewire) "): shapes naming {{parts}} of dateline_parts.
    dateline_parts: dict[str, str]
    datelines: list[str]

    @model_validator(mode="after")
    def _datelines(self) -> PubdateRules:
        for pattern in expanded_datelines(self):
            check_linear(pattern, anchor="^")
            if "(?P<date>" not in pattern:
                raise ValueError(f"a dateline shape needs the group date: {pattern!r}")
        return self

    @field_validator("formats")
    @classmethod
    def _formats(cls, value: list[str]) -> list[str]:
        for pattern in value:
            check_linear(pattern, anchor="^")
            if ("(?P<y>" not in pattern and "(?P<yy>" not in pattern) or "(?P<d>" not in pattern:
                raise ValueError(f"a date format needs groups y (or yy, a two-digit year) and d: {pattern!r}")
        return value

    @field_validator(
        "rest",
        "published_sentence",
        "time_only",
        "relative",
        "month_day",
        "day_month",
        "time_first",
        "place",
        "section",
        "section_phrase",
        "running_head",
        "running_tail",
        "network_site",
        "counter",
        "edition",
        "filed_in",
    )
    @classmethod
    def _linear(cls, value: str) -> str:
        return check_linear(value, anchor="^")

    @field_validator("months")
    @classmethod
    def _months(cls, value: dict[str, int]) -> dict[str, int]:
        bad = [k for k, v in value.items() if not 1 <= v <= 12]
        if bad:
            raise ValueError(f"month numbers must be 1-12: {bad}")
        return value


_PART = re.compile(r"\{\{(\w{1,20})\}\}")


def expanded_datelines(rules: PubdateRules) -> list[str]:
    """The dateline shapes with their {{parts}} written out (a part may name the parts above it)."""

    def expand(pattern: str, depth: int = 0) -> str:
        def part(m: re.Match[str]) -> str:
            if m.group(1) not in rules.dateline_parts or depth > len(rules.dateline_parts):
                raise ValueError(f"unknown or circular dateline part {m.group(0)!r}")
            return expand(rules.dateline_parts[m.group(1)], depth + 1)

        return _PART.sub(part, pattern)

    return [expand(pattern) for pattern in rules.datelines]


@dataclass(frozen=True)
class CompiledPubdate:
    rules: PubdateRules
    formats: tuple[re.Pattern[str], ...]
    rest: re.Pattern[str]
    published_sentence: re.Pattern[str]
    time_only: re.Pattern[str]
    relative: re.Pattern[str]
    month_day: re.Pattern[str]
    day_month: re.Pattern[str]
    time_first: re.Pattern[str]
    place: re.Pattern[str]
    section: re.Pattern[str]
    section_phrase: re.Pattern[str]
    running_head: re.Pattern[str]
    running_tail: re.Pattern[str]
    network_site: re.Pattern[str]
    counter: re.Pattern[str]
    meta_field: re.Pattern[str]
    edition: re.Pattern[str]
    filed_in: re.Pattern[str]
    prefixes: tuple[tuple[str, str], ...]
    weekdays: frozenset[str]
    byline_leads: tuple[str, ...]
    datelines: tuple[re.Pattern[str], ...]


@lru_cache(maxsize=2)
def compiled_pubdate(name: str = "pubdate.yaml") -> CompiledPubdate:
    rules = load_rules(name, PubdateRules)
    prefixes = [(p, "published") for p in rules.published_prefixes]
    prefixes += [(p, "updated") for p in rules.updated_prefixes]
    # Longest first so "last updated on" wins over "updated".
    prefixes.sort(key=lambda item: len(item[0]), reverse=True)
    return CompiledPubdate(
        rules=rules,
        formats=tuple(re.compile(p) for p in rules.formats),
        rest=re.compile(rules.rest, re.IGNORECASE),
        published_sentence=re.compile(rules.published_sentence, re.IGNORECASE),
        time_only=re.compile(rules.time_only, re.IGNORECASE),
        relative=re.compile(rules.relative, re.IGNORECASE),
        month_day=re.compile(rules.month_day),
        day_month=re.compile(rules.day_month),
        time_first=re.compile(rules.time_first),
        place=re.compile(rules.place),
        section=re.compile(rules.section),
        section_phrase=re.compile(rules.section_phrase),
        running_head=re.compile(rules.running_head),
        running_tail=re.compile(rules.running_tail),
        network_site=re.compile(rules.network_site),
        counter=re.compile(rules.counter, re.IGNORECASE),
        meta_field=re.compile(rules.meta_field, re.IGNORECASE),
        edition=re.compile(rules.edition, re.IGNORECASE),
        filed_in=re.compile(rules.filed_in),
        prefixes=tuple(prefixes),
        weekdays=frozenset(rules.weekdays),
        byline_leads=tuple(rules.byline_leads),
        datelines=tuple(re.compile(p) for p in expanded_datelines(rules)),
    )
