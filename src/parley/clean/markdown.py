"""Markdown from reader services ("[text](url)", "![alt](img)", "# Heading", "*emphasis*") read as plain text.

Reader services and some scrapers hand a page over as Markdown. The cleaner reads lines of prose, so the
markup goes first: a link becomes its text, an image and a reference definition go whole, heading and
quote markers and emphasis go. What is dropped is kept as input spans, and offsets into the plain text
map back to the input, so the body's segments and the removed spans still index the input.
"""

from __future__ import annotations

import re
from bisect import bisect_right
from dataclasses import dataclass, field
from functools import cached_property

from parley.clean import Cleaned
from parley.records import Removed

# Every part is bounded, so a scan stays linear on untrusted input.
_URL = r"[^)\s]{0,2000}(?:[ \t]+\"[^\"\n]{0,300}\")?"
_IMAGE = r"!\[[^\]\n]{0,300}\]\(" + _URL + r"\)"
_MARKUP = re.compile(
    r"(?P<image>" + _IMAGE + r")"
    # A link keeps its text; a linked image ("[![logo](img)](url)") goes with the link's markup.
    r"|\[(?:" + _IMAGE + r")?(?P<text>[^\[\]\n]{0,500})\](?:\(" + _URL + r"\)|\[[^\]\n]{0,100}\])"
    r"|(?P<refdef>^[ \t]{0,3}\[[^\]\n]{1,100}\]:[ \t]+\S[^\n]{0,2000}$)"
    r"|(?P<auto><(?:https?://|mailto:)[^>\s]{1,2000}>)"
    r"|(?P<head>^[ \t]{0,3}#{1,6}[ \t]+)"
    # A heading's closing hashes ("## Talks resume ##"); on a line that is no heading they stay (see unmark).
    r"|(?P<close>(?<=\S)[ \t]{1,10}#{1,20}[ \t]{0,10}$)"
    r"|(?P<quote>^[ \t]{0,3}>[ \t]?)"
    # Emphasis markers hug a word on one side only ("*Text*", "**Label:**"); "5 * 3" and bullets stay.
    r"|(?<![\w*])\*{1,3}(?=[^\s*])|(?<=[^\s*])\*{1,3}(?![\w*])"
    r"|(?<!\w)_{1,3}(?=[^\s_])|(?<=[^\s_])_{1,3}(?!\w)"
    # An escaped mark ("\\*") is the mark itself, never markup.
    r"|\\(?P<escaped>[\\`*_\[\]()#+.!>-])",
    re.MULTILINE,
)
_LINK = re.compile(r"\]\((?:https?://|/|mailto:|#)")
_HEADING = re.compile(r"^#{1,6}[ \t]+\S", re.MULTILINE)
# A heading line as the "head" marker reads one: up to three spaces of indent (CommonMark).
_HEADED = re.compile(r"[ \t]{0,3}#{1,6}[ \t]+\S")
_MIN_LINKS = 2
_MIN_HEADINGS = 2
_SCAN = 200_000


def is_markdown(text: str) -> bool:
    """Links in Markdown syntax, or Markdown headings: a scraped page never has these by chance."""
    head = text[:_SCAN]
    links = len(_LINK.findall(head))
    return (
        links >= _MIN_LINKS
        or (links and _HEADING.search(head) is not None)
        or (len(_HEADING.findall(head)) >= _MIN_HEADINGS)
    )


@dataclass
class Unmarked:
    """``plain`` is the input without its markup: ``chunks`` are ``(plain_start, input_start, length)``
    runs of kept text, ``dropped`` the input spans of the markup."""

    plain: str
    chunks: list[tuple[int, int, int]] = field(default_factory=list)
    dropped: list[tuple[int, int]] = field(default_factory=list)

    @cached_property
    def starts(self) -> list[int]:
        return [c[0] for c in self.chunks]

    def to_input(self, pos: int, *, end: bool = False) -> int:
        """The input offset of plain offset ``pos`` (an end offset binds to the text before it)."""
        if not self.chunks:
            return pos
        k = bisect_right(self.starts, pos - 1 if end and pos > 0 else pos) - 1
        k = max(k, 0)
        plain_start, input_start, length = self.chunks[k]
        return input_start + min(max(pos - plain_start, 0), length)

    def segments(self, body_start: int, plain_start: int, length: int) -> list[tuple[int, int, int]]:
        """``(body_start, input_start, length)`` runs of a body piece copied from ``plain``."""
        out: list[tuple[int, int, int]] = []
        stop = plain_start + length
        k = max(bisect_right(self.starts, plain_start) - 1, 0)
        while k < len(self.chunks) and self.chunks[k][0] < stop:
            p, i, n = self.chunks[k]
            lo, hi = max(p, plain_start), min(p + n, stop)
            if hi > lo:
                out.append((body_start + lo - plain_start, i + lo - p, hi - lo))
            k += 1
        return out


def unmark(text: str) -> Unmarked:
    """The text without its Markdown markup, with the map back to the input."""
    out: list[str] = []
    result = Unmarked(plain="")
    pos = plain_len = 0

    def keep(start: int, end: int) -> None:
        nonlocal plain_len
        if end > start:
            out.append(text[start:end])
            result.chunks.append((plain_len, start, end - start))
            plain_len += end - start

    for m in _MARKUP.finditer(text):
        keep(pos, m.start())
        if m.group("close") is not None and not _HEADED.match(text, text.rfind("\n", 0, m.start()) + 1):
            keep(m.start(), m.end())
            pos = m.end()
            continue
        kept = "text" if m.group("text") is not None else "escaped"
        if m.group(kept) is not None and m.group(kept).strip():
            lo, hi = m.span(kept)
            result.dropped.append((m.start(), lo))
            keep(lo, hi)
            result.dropped.append((hi, m.end()))
        elif m.end() > m.start():
            result.dropped.append(m.span())
        pos = m.end()
    keep(pos, len(text))
    result.plain = "".join(out)
    result.dropped = [(s, e) for s, e in result.dropped if e > s]
    return result


def remap(cleaned: Cleaned, md: Unmarked, raw: str) -> Cleaned:
    """Offsets of a cleaning of ``md.plain`` turned into offsets of ``raw``; the markup kept in no removed
    piece is reported as removed itself, so body and report still account for every input line."""
    removed: list[Removed] = []
    for piece in cleaned.removed:
        if piece.span is None:
            removed.append(piece)
            continue
        start, end = md.to_input(piece.span[0]), md.to_input(piece.span[1], end=True)
        removed.append(Removed(span=(start, end), reason=piece.reason, text=raw[start:end]))
    covered = sorted(r.span for r in removed if r.span is not None)
    starts = [s for s, _ in covered]
    for start, end in md.dropped:
        k = bisect_right(starts, start) - 1
        if k < 0 or covered[k][1] < end:
            # Built without validation: a page may hold tens of thousands of marks, and these values are ours.
            removed.append(Removed.model_construct(span=(start, end), reason="markup", text=raw[start:end]))
    removed.sort(key=lambda r: r.span[0] if r.span else -1)
    cleaned.removed = removed
    cleaned.segments = [run for seg in cleaned.segments for run in md.segments(*seg)]
    return cleaned
