"""The spans of a quote as a reader of the article would mark them, and the words inside them.

An attribution's content is the words said (inside the marks, after "that"); the record's evidence span is
the content as written: a quotation with its marks, an indirect clause from its complementiser "that", and a
quotation interrupted by its own attribution ("“A,” he said. “B.”") as one quote whose span runs from the
first opening mark to the last closing one, its pieces kept as ``parts``.
"""

from __future__ import annotations

from dataclasses import dataclass, field

from parley.quotes.attribution import Attribution
from parley.quotes.layout import Layout
from parley.quotes.marks import QuoteSpan

Span = tuple[int, int]
_WIDE_CLOSE = "''"
_WIDE = frozenset({"``", _WIDE_CLOSE})  # LDC/PTB text writes its marks as two characters ('' opens too)


@dataclass
class Unit:
    """One quote of the record: its attribution (the first piece's), evidence span and pieces."""

    first: Attribution
    span: Span
    parts: list[Span] = field(default_factory=list)


def marked(text: str, q: QuoteSpan) -> Span:
    """A quotation with its marks."""
    s = q.open - 1 if q.open > 0 and text[q.open - 1 : q.open + 1] in _WIDE else q.open
    e = q.close + (2 if text[q.close : q.close + 2] == _WIDE_CLOSE else 1)
    return s, e


def _from_that(L: Layout, text: str, a: Attribution, start: int) -> int:
    """Where the content starts when the complementiser 'that' right before it is taken in."""
    t = L.tok_at(start) - 1
    while t >= 0 and L.space[t]:
        t -= 1
    if t < 0 or L.lower[t] != "that" or a.cue is None or t < a.cue.end:
        return start  # no 'that', or a 'that' before the cue: not this content's complementiser
    between = text[L.starts[t] + 4 : start]  # not L.doc.text: spaCy rebuilds it from every token
    return L.starts[t] if not between.strip() else start


def evidence(L: Layout, text: str, a: Attribution, quotes: list[QuoteSpan]) -> Span:
    """The content of one attribution as written."""
    s, e = a.content
    if a.kind == "direct" and a.quote is not None:
        s, e = marked(text, quotes[a.quote])
    if a.lead is not None:
        return a.lead, e
    return _from_that(L, text, a, s), e


def _same_speaker(a: Attribution, b: Attribution) -> bool:
    if a.speaker is b.speaker:
        return True
    if a.speaker is None or b.speaker is None:
        return False
    return a.speaker.cluster is b.speaker.cluster and a.speaker.name == b.speaker.name


def _interrupted(L: Layout, prev: Unit, a: Attribution, span: Span) -> bool:
    """'“A,” he said. “B.”': a quotation resumed after its own attribution, which stands alone between
    the two (nothing of another sentence in the gap; the second may open the next paragraph)."""
    p = prev.first
    # The first piece may be reported speech ("The summit did “too little,” he added. “Without ...”"): one
    # statement told around its attribution, as PolNeAR marks it.
    if a.kind != "direct" or a.cue is None or p.cue is None:
        return False
    if a.cue is not p.cue or not _same_speaker(p, a):
        return False
    gap0, gap1 = prev.span[1], span[0]
    cue0, cue1 = L.starts[a.cue.start], L.starts[a.cue.end - 1]
    if not gap0 <= cue0 <= cue1 < gap1:
        return False
    sent = L.sent[a.cue.start]
    t = L.tok_at(gap0)
    while t < L.n and L.starts[t] < gap1:
        if L.starts[t] >= gap0 and not L.space[t] and L.sent[t] != sent:
            return False
        t += 1
    return True


def units(L: Layout, text: str, found: list[Attribution], quotes: list[QuoteSpan]) -> list[Unit]:
    """The record's quotes: attributions in text order, the pieces of an interrupted quotation joined."""
    out: list[Unit] = []
    for a in found:
        span = evidence(L, text, a, quotes)
        if out and _interrupted(L, out[-1], a, span):
            out[-1].span = (out[-1].span[0], span[1])
            out[-1].parts.append(a.content)
            continue
        out.append(Unit(a, span, [a.content]))
    return out
