"""Quotation marks, found in one linear pass over the text (untrusted input: no regex that can backtrack).

Curly marks say which way they face; a straight mark opens after a space, a bracket or a dash and closes
after a word or punctuation. Single marks are left alone: in English news they mark quotes inside quotes
and apostrophes. A quote still open at the end of a paragraph continues when the next paragraph opens with
a mark (the convention for a quotation running over several paragraphs); otherwise it is dropped.
"""

from __future__ import annotations

import re
from dataclasses import dataclass

OPENERS = frozenset("\u201c\u201e\u00ab")  # “ „ «
CLOSERS = frozenset("\u201d\u00bb")  # ” »
STRAIGHT = '"'
ALL_DOUBLE = OPENERS | CLOSERS | {STRAIGHT}
_MARK_OR_BREAK = re.compile('["\u201c\u201d\u201e\u00ab\u00bb\\n]')
_OPEN_AFTER = frozenset("([{\u2014\u2013-/:\u2018'") | OPENERS
MAX_PARAGRAPHS = 8  # a "quote" running over more paragraphs than this is a stray mark


@dataclass
class QuoteSpan:
    """A quotation: the character offsets of its opening and closing marks."""

    open: int
    close: int
    paragraphs: int = 1

    @property
    def content(self) -> tuple[int, int]:
        return self.open + 1, self.close


def _opens(text: str, i: int) -> bool:
    prev = text[i - 1] if i > 0 else " "
    nxt = text[i + 1] if i + 1 < len(text) else " "
    return (prev.isspace() or prev in _OPEN_AFTER) and not nxt.isspace()


def _closes(text: str, i: int) -> bool:
    return i > 0 and not text[i - 1].isspace()


def _next_visible(text: str, i: int) -> int:
    """Index of the first non-space character at or after i (len(text) if none)."""
    n = len(text)
    while i < n and text[i].isspace():
        i += 1
    return i


def scan(text: str) -> list[QuoteSpan]:
    """All double-mark quotations of ``text`` in order (linear in the length of the text)."""
    out: list[QuoteSpan] = []
    open_at: int | None = None
    paragraphs = 1
    resume_at = -1  # after a paragraph break inside a quote: where the next paragraph must open
    for m in _MARK_OR_BREAK.finditer(text):
        i, ch = m.start(), m.group()
        if ch == "\n":
            if open_at is not None and resume_at < 0:
                resume_at = _next_visible(text, i)
                if resume_at >= len(text) or text[resume_at] not in OPENERS | {STRAIGHT}:
                    open_at, resume_at = None, -1  # unclosed at the paragraph's end: not a quotation
            continue
        if resume_at >= 0:
            if i == resume_at and paragraphs < MAX_PARAGRAPHS:
                paragraphs += 1  # the next paragraph re-opens: the quotation continues
                resume_at = -1
                continue
            open_at, resume_at = None, -1
        if open_at is None:
            if ch in OPENERS or (ch == STRAIGHT and _opens(text, i)):
                open_at, paragraphs = i, 1
            continue
        if ch in CLOSERS or (ch == STRAIGHT and _closes(text, i)):
            out.append(QuoteSpan(open_at, i, paragraphs))
            open_at = None
        elif ch in OPENERS or (ch == STRAIGHT and _opens(text, i)):
            open_at, paragraphs = i, 1  # a second opening mark: the first was stray
    return out
