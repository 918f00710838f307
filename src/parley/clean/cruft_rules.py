"""The cruft rules: the schema of ``parley/data/cruft.yaml``, validated on load, and its compiled form.

Scraped text is untrusted, so every pattern here is checked to be linear and anchored when loaded.
"""

from __future__ import annotations

import re
from dataclasses import dataclass
from functools import lru_cache

from pydantic import BaseModel, ConfigDict, Field, field_validator

from parley.clean.comments import CommentRules
from parley.clean.edge_rules import EdgeRules
from parley.clean.jumps import JumpRules
from parley.clean.linear import check_linear
from parley.clean.name_cards import NameCardRules
from parley.clean.needs import Guarded, guarded
from parley.rules import load_rules

_ANCHORED = ("dateline", "bio_shape", "bio_label", "title_tags", "list_item", "credit_line", "release_about")
_ANCHORED += ("comments_header", "glued_credit", "timeline_entry")


class Shape(BaseModel):
    model_config = ConfigDict(extra="forbid")
    reason: str
    pattern: str

    @field_validator("pattern")
    @classmethod
    def _linear(cls, value: str) -> str:
        return check_linear(value, anchor="^")


class TailShape(Shape):
    # Tried even on lines with a reporting verb: a shape no sentence of a story ends with.
    always: bool = False

    @field_validator("pattern")
    @classmethod
    def _linear(cls, value: str) -> str:
        return check_linear(value, anchor="$")


class CruftRules(BaseModel):
    """Schema of cruft.yaml."""

    model_config = ConfigDict(extra="forbid")
    exact: dict[str, list[str]]
    prefix: dict[str, list[str]]
    max_prefix_words: int = Field(30, ge=1)
    paywall: list[str] = []
    contains: dict[str, list[str]]
    appeal_headers: list[str]
    bio_headers: list[str]
    release_headers: frozenset[str]
    release_about: str
    summary_headers: list[str]
    # An accessibility link a page sets before each section's heading ("Skip next section What to know").
    skip_links: list[str] = []
    notes_headers: frozenset[str] = frozenset()
    abstract_heads: frozenset[str] = frozenset()
    full_text_heads: frozenset[str] = frozenset()
    box_heads: list[str] = []
    list_item: str
    shapes: list[Shape]
    tail_shapes: list[TailShape]
    tail_chars: int = Field(120, ge=10)
    shape_max_chars: int = Field(400, ge=10)
    reporting_verbs: list[str]
    reporting_not_after: list[str] = []
    present_reporting: frozenset[str] = frozenset()
    tenseless_reporting: frozenset[str] = frozenset()
    reader_words: list[str]
    imperatives: list[str]
    byline_prefixes: list[str]
    byline_connectors: list[str]
    byline_max_words: int = Field(14, ge=2)
    byline_roles: list[str]
    function_words: frozenset[str]
    open_line_ends: frozenset[str] = frozenset()
    running_openers: frozenset[str] = frozenset()
    dek_time_words: frozenset[str] = frozenset()
    dek_tensed: frozenset[str] = frozenset()
    dek_linking_verbs: frozenset[str] = frozenset()
    other_language_words: frozenset[str] = frozenset()
    blurb_cadences: tuple[str, ...] = ()
    caption_markers: list[str]
    crosshead_questions: frozenset[str]
    section_label_nouns: frozenset[str] = frozenset()
    title_kept_labels: frozenset[str] = frozenset()
    caption_verbs: frozenset[str]
    short_prompts: frozenset[str]
    html_cruft_classes: list[str]
    html_cruft_tags: list[str]
    html_cruft_suffixes: list[str]
    short_prompt_words: int = Field(12, ge=1)
    copyright_marks: tuple[str, ...] = ()
    rights_reserved: tuple[str, ...] = ()
    caption_days: frozenset[str]
    credit_phrases: list[str]
    credit_labels: tuple[str, ...] = ()
    credit_line: str
    glued_credit: str
    timeline_entry: str
    caption_max_words: int = Field(40, ge=1)
    caption_past: frozenset[str]
    caption_auxiliaries: frozenset[str]
    caption_date: str
    caption_scene_verbs: frozenset[str]
    caption_place: str
    media_labels: frozenset[str]
    caption_determiners: frozenset[str] = frozenset()
    caption_subject_verbs: frozenset[str] = frozenset()
    caption_day_scene_verbs: frozenset[str] = frozenset()
    dateline: str
    agencies: list[str]
    colon_labels: frozenset[str] = frozenset()
    bio_shape: str
    bio_label: str
    title_tags: str
    title_furniture: frozenset[str]
    title_minor_words: frozenset[str] = frozenset()
    explainer_tails: tuple[str, ...] = ()
    trail_openers: tuple[str, ...] = ()
    clause_openers: frozenset[str] = frozenset()
    comments_header: str
    printed_head: str
    comments: CommentRules
    edges: EdgeRules
    jumps: JumpRules
    name_cards: NameCardRules

    @field_validator(*_ANCHORED)
    @classmethod
    def _dateline(cls, value: str) -> str:
        return check_linear(value, anchor="^")

    @field_validator("printed_head")
    @classmethod
    def _searched(cls, value: str) -> str:
        return check_linear(value, anchor="")

    @field_validator("caption_date", "caption_place")
    @classmethod
    def _tail(cls, value: str) -> str:
        return check_linear(value, anchor="$")

    @field_validator("paywall")
    @classmethod
    def _lower_list(cls, value: list[str]) -> list[str]:
        for phrase in value:
            if phrase != phrase.lower() or not phrase.strip():
                raise ValueError(f"paywall phrase must be non-empty lower case: {phrase!r}")
        return value

    @field_validator("exact", "prefix", "contains")
    @classmethod
    def _lower(cls, value: dict[str, list[str]]) -> dict[str, list[str]]:
        for reason, phrases in value.items():
            for phrase in phrases:
                if phrase != phrase.lower() or not phrase.strip():
                    raise ValueError(f"phrase under {reason!r} must be non-empty lower case: {phrase!r}")
        return value


@dataclass(frozen=True)
class CompiledRules:
    rules: CruftRules
    exact: dict[str, str]
    prefixes: tuple[tuple[str, str], ...]
    paywall: tuple[str, ...]
    contains: tuple[tuple[str, str], ...]
    # Guarded: tried only on lines holding the words each needs (a failing shape costs a substring test).
    shapes: tuple[tuple[Guarded, str], ...]
    tail_shapes: tuple[tuple[Guarded, str, bool], ...]
    reporting: re.Pattern[str]
    reader_words: frozenset[str]
    imperatives: tuple[str, ...]
    dateline: re.Pattern[str]
    bio: re.Pattern[str]
    bio_label: re.Pattern[str]
    credit_line: re.Pattern[str]
    glued_credit: re.Pattern[str]
    timeline_entry: re.Pattern[str]
    title_tags: re.Pattern[str]
    list_item: re.Pattern[str]
    comments_header: re.Pattern[str]
    printed_head: re.Pattern[str]
    caption_date: re.Pattern[str]
    caption_place: re.Pattern[str]


def _apostrophes(phrases: list[str]) -> list[str]:
    """Each phrase with a straight, a curly and a garbled apostrophe ("you've", "you’ve", "youâ€™ve")."""
    out = dict.fromkeys(phrases)
    for phrase in phrases:
        out.setdefault(phrase.replace("'", "’"))
        out.setdefault(phrase.replace("’", "'"))
        out.setdefault(phrase.replace("'", "â€™"))  # UTF-8 read as cp1252 ("donâ€™t")
    return list(out)


@lru_cache(maxsize=4)
def compiled_rules(name: str = "cruft.yaml") -> CompiledRules:
    rules = load_rules(name, CruftRules)
    exact = {phrase: reason for reason, phrases in rules.exact.items() for phrase in _apostrophes(phrases)}
    prefixes = tuple((p, r) for r, ps in rules.prefix.items() for p in _apostrophes(ps))
    contains = tuple((p, r) for r, ps in rules.contains.items() for p in _apostrophes(ps))
    verbs = "|".join(re.escape(v) for v in sorted(rules.reporting_verbs, key=len, reverse=True))
    # One fixed-width look-behind per subject that makes the verb no reporting ("if you found this useful").
    not_after = "".join(rf"(?<!\b{re.escape(s)} )" for s in _apostrophes(rules.reporting_not_after))
    return CompiledRules(
        rules=rules,
        exact=exact,
        prefixes=prefixes,
        paywall=tuple(_apostrophes(rules.paywall)),
        contains=contains,
        shapes=tuple((guarded(s.pattern, re.IGNORECASE), s.reason) for s in rules.shapes),
        tail_shapes=tuple((guarded(s.pattern, re.IGNORECASE), s.reason, s.always) for s in rules.tail_shapes),
        reporting=re.compile(rf"\b{not_after}(?:{verbs})\b"),
        reader_words=frozenset(rules.reader_words),
        imperatives=tuple(f"{verb} " for verb in rules.imperatives),
        dateline=re.compile(rules.dateline),
        bio=re.compile(rules.bio_shape),
        bio_label=re.compile(rules.bio_label),
        credit_line=re.compile(rules.credit_line),
        glued_credit=re.compile(rules.glued_credit, re.IGNORECASE),
        timeline_entry=re.compile(rules.timeline_entry, re.IGNORECASE),
        title_tags=re.compile(rules.title_tags, re.IGNORECASE),
        list_item=re.compile(rules.list_item),
        comments_header=re.compile(rules.comments_header, re.IGNORECASE),
        printed_head=re.compile(rules.printed_head),
        caption_date=re.compile(rules.caption_date, re.IGNORECASE),
        caption_place=re.compile(rules.caption_place),
    )
