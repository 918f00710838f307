"""Readers' comments under a story: a stamp (the reader's name and how long ago) over or before the text.

A comment section headed "2 thoughts on ..." is taken whole by :mod:`parley.clean.blocks`; many pages
head theirs only with a counter ("Comments (14)") or nothing, so each comment is found by its stamp:
"Mohamed K. - 2 hours ago: Since 2002 ..." goes as one line; a stamp on its own line ("Jo Roe · 3h",
"Jo Roe says:" over a date line) takes the lines under it up to the comment's buttons ("Reply", "Like (3)").
A live blog's entries carry the same stamps but end in no "Reply" button, so they stay.
"""

from __future__ import annotations

import re
from functools import lru_cache
from typing import TYPE_CHECKING

from pydantic import BaseModel, ConfigDict, Field, field_validator

from parley.clean.linear import check_linear

if TYPE_CHECKING:  # lines.py imports this module for the schema
    from parley.clean.lines import Line


class CommentRules(BaseModel):
    """Schema of cruft.yaml's ``comments`` section."""

    model_config = ConfigDict(extra="forbid")
    stamp: str
    says: str
    # Lines a comment's text may run to before its buttons; beyond that the stamp was no comment's.
    max_text_lines: int = Field(6, ge=1)
    # Norms of button lines that end a comment (reasons "comments" end one too).
    buttons: frozenset[str]
    # A reader's bare name over the comment's date line, the comment ending in one of ``reply_buttons``.
    name: str = "^$"
    reply_buttons: frozenset[str] = frozenset()
    # How a comment section opens ("Comments (8)", "Add a comment..."): under one, a bare name over its text
    # with no date line is a reader's, its text closed by one of ``reply_buttons``.
    section_heads: tuple[str, ...] = ()

    @field_validator("stamp", "says", "name")
    @classmethod
    def _anchored(cls, value: str) -> str:
        return check_linear(value, anchor="^")


_HEAD_LINES = 3  # a comment section's head and its prompt over the first comment
_STAMP_CHARS = 200  # a stamp is short: the pattern is tried on the line's head only


@lru_cache(maxsize=8)
def _compiled(pattern: str) -> re.Pattern[str]:
    # Case-sensitive on purpose: the reader's name is capitalised ("Over 3 days: ..." is no stamp).
    return re.compile(pattern)


def _stamp(lines: list[Line], i: int, cfg: CommentRules) -> tuple[int, bool] | None:
    """Where the text of the comment stamped at line ``i`` starts (``i`` when it shares the stamp's line),
    and whether only a reply button may end it (a bare name's comment)."""
    line = lines[i]
    if line.in_list:
        return None
    m = _compiled(cfg.stamp).match(line.text[:_STAMP_CHARS])
    if m is not None:
        return (i if m.group("text") else i + 1), False
    nxt = lines[i + 1] if i + 1 < len(lines) else None
    named = line.reason is None and _compiled(cfg.name).match(line.text[:_STAMP_CHARS]) is not None
    if named and nxt is not None and nxt.reason is None and _under_section_head(lines, i, cfg):
        return i + 1, True  # "Comments (8)" / "Add a comment..." / "Dale M." / its text / "Reply"
    if nxt is None or nxt.reason != "date-line":
        return None
    if _compiled(cfg.says).match(line.text[:_STAMP_CHARS]):
        return i + 2, False
    # A bare name over a date is a byline as often: only a "Reply" under the text makes it a reader's.
    if line.reason is None and _compiled(cfg.name).match(line.text[:_STAMP_CHARS]):
        return i + 2, True
    return None


def _under_section_head(lines: list[Line], i: int, cfg: CommentRules) -> bool:
    """A comment section's head stands within the few lines over line ``i``, and the line right over it is
    furniture (the head itself, or its prompt), not story."""
    above = lines[max(0, i - _HEAD_LINES) : i]
    if not above or above[-1].reason is None:
        return False
    return any(line.norm.startswith(cfg.section_heads) for line in above)


def _ends(line: Line, cfg: CommentRules, bare: bool) -> bool:
    # A bare name's comment ends only in its own button: a byline's "Comments (3)" link is no end of one.
    if bare:
        return line.norm in cfg.reply_buttons
    return line.reason == "comments" or line.norm in cfg.buttons


def mark_comments(lines: list[Line], cfg: CommentRules) -> None:
    """Mark readers' comments found by their stamps (see the module docstring)."""
    i = 0
    while i < len(lines):
        line = lines[i]
        if line.reason is not None and line.reason != "date-line":
            i += 1
            continue
        found = _stamp(lines, i, cfg)
        if found is None:
            i += 1
            continue
        start, bare = found
        if start == i:
            line.reason = "comments"
            i += 1
            continue
        limit = min(len(lines), start + cfg.max_text_lines + 1)
        end = next((j for j in range(start, limit) if _ends(lines[j], cfg, bare)), None)
        if end is None or end == start:
            i += 1
            continue
        for taken in lines[i:end]:
            taken.reason = "comments"
        i = end
