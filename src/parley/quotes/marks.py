"""Quotation marks, found in one linear pass over the text (untrusted input: no regex that can backtrack).

Curly marks say which way they face; a straight mark opens after a space, a bracket or a dash and closes
after a word or punctuation. Single marks are left alone (in English news they mark quotes inside quotes,
and apostrophes) unless the text has no double marks at all: then it quotes in the British style, and
single marks are read the same way, a closing one only where it cannot be an apostrophe. A quote still
open at the end of a paragraph continues when the next paragraph opens with a mark (the convention for a
quotation running over several paragraphs); otherwise it is dropped.
"""

from __future__ import annotations

import re
from dataclasses import dataclass

OPENERS = frozenset("\u201c\u201e\u00ab")  # “ „ «
CLOSERS = frozenset("\u201d\u00bb")  # ” »
STRAIGHT = '"'
ALL_DOUBLE = OPENERS | CLOSERS | {STRAIGHT}
_MARK_OR_BREAK = re.compile("''|``|[\"\u201c\u201d\u201e\u00ab\u00bb\\n]")  # '' and `` as in LDC/PTB text
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


def _next_visible(text: str, i: int) -> int:
    """Index of the first non-space character at or after i (len(text) if none)."""
    n = len(text)
    while i < n and text[i].isspace():
        i += 1
    return i


_SINGLE = re.compile("['\u2018\u2019\\n]")
_DOUBLE_ANY = re.compile("''|``|[\"\u201c\u201d\u201e\u00ab\u00bb]")


def scan(text: str) -> list[QuoteSpan]:
    """All quotations of ``text`` in order (linear in the length of the text)."""
    if _DOUBLE_ANY.search(text) is None and ("\u2018" in text or "'" in text):
        return _scan(text, _SINGLE, frozenset("\u2018"), frozenset("\u2019"), "'", single=True)
    return _scan(text, _MARK_OR_BREAK, OPENERS, CLOSERS, STRAIGHT)


def _scan(
    text: str, marks: re.Pattern, openers: frozenset, closers: frozenset, straight: str, single: bool = False
) -> list[QuoteSpan]:
    out: list[QuoteSpan] = []
    open_at: int | None = None
    paragraphs = 1
    resume_at = -1  # after a paragraph break inside a quote: where the next paragraph must open
    reopen = openers | {straight, "`"}
    n = len(text)
    for m in marks.finditer(text):
        i, j, ch = m.start(), m.end(), m.group()
        if ch == "\n":
            if open_at is not None and resume_at < 0:
                resume_at = _next_visible(text, i)
                if resume_at >= n or text[resume_at] not in reopen:
                    open_at, resume_at = None, -1  # unclosed at the paragraph's end: not a quotation
            continue
        if resume_at >= 0:
            if i == resume_at and paragraphs < MAX_PARAGRAPHS:
                paragraphs += 1  # the next paragraph re-opens: the quotation continues
                resume_at = -1
                continue
            open_at, resume_at = None, -1
        prev = text[i - 1] if i > 0 else " "
        nxt = text[j] if j < n else " "
        after_space = prev.isspace() or prev in _OPEN_AFTER
        if ch == "``":  # LDC/PTB text: `` opens and '' closes or opens by context
            can_open, can_close = True, False
        elif ch == straight or ch == "''":
            can_open = after_space and not nxt.isspace()
            can_close = not prev.isspace() and (not single or not nxt.isalnum())
        elif single:
            can_open = ch in openers and after_space
            can_close = ch in closers and not prev.isspace() and not nxt.isalnum()
        else:
            can_open, can_close = ch in openers, ch in closers
            if can_open and open_at is not None and not prev.isspace() and (nxt.isspace() or nxt in ",.;:"):
                can_open, can_close = False, True  # '... here,“ said X': an opening mark typed to close
        if open_at is not None and can_close:
            if ch == "''" and nxt == "'":
                i += 1  # three marks: an inner quotation's closes, then the two that close the outer one
            out.append(QuoteSpan(open_at, i, paragraphs))
            open_at = None
        elif can_open:
            open_at, paragraphs = j - 1, 1  # (a second opening mark: the first was stray)
    return out
