"""Attributions inside another's content: a cue in a content is absorbed into it ("said X and urged Y"),
or kept with the outer content cut before it (a quotation of its own, a relative clause, an afterthought,
a second statement); of two that hold each other's cue, the one relaying the other yields ("X said A,
the Herald reported").
"""

from __future__ import annotations

from bisect import bisect_right
from typing import TYPE_CHECKING

from parley.quotes.cues import joined_at, second_statement
from parley.quotes.layout import MAX_SENT, Layout
from parley.quotes.nearby import quote_lexicon

if TYPE_CHECKING:
    from parley.quotes.attribution import Attribution


def _container(
    found: list[Attribution], starts: list[int], a: Attribution, skip: frozenset[int] | set[int] = frozenset()
) -> Attribution | None:
    """The indirect attribution whose content holds a's cue (contents stay inside one sentence, so the
    backward scan is bounded by the sentence cap)."""
    pos = a.cue.start
    k = bisect_right(starts, pos) - 1
    while k >= 0 and starts[k] > pos - 2 * MAX_SENT:
        o = found[k]
        inside = o.kind != "direct" and o.tokens[0] <= pos < o.tokens[1] and o.cue is not a.cue
        if inside and o is not a and id(o) not in skip:
            return o
        k -= 1
    return None


def nest(L: Layout, found: list[Attribution]) -> list[Attribution]:
    """Cues inside another attribution's content: absorbed, or (quotation / relative clause) kept and
    the outer content cut before them."""
    keep: list[Attribution] = []
    found = sorted(found, key=lambda x: x.tokens[0])
    starts = [x.tokens[0] for x in found]
    relayed = _relay(L, found, starts)
    for a in found:
        if id(a) in relayed:
            continue
        inner = _container(found, starts, a, relayed)
        if inner is None:
            keep.append(a)
            continue
        if inner.cue.phrase and _opens(L, inner.cue.start) and a.kind != "direct":
            keep.append(a)  # 'According to X, the Russians demanded that A': X tells it all, A inside
            continue
        if inner.cue.phrase and (a.cue.src is not None or a.cue.coordinated):
            # "X replied that ..., according to a readout": the verb's source is the speaker
            inner.dropped = True
            if a.kind != "direct" and a.tokens[0] < inner.cue.start < a.tokens[1]:
                _cut(L, a, inner.cue.start)  # (the phrase closing the sentence is no part of the statement)
            keep.append(a)
            continue
        if a.kind != "direct" and _relative(L, a) and a.tokens[1] + 2 < inner.tokens[1]:
            keep.append(a)  # 'X, who said A, was ...': a relative clause inside the content, which goes on
            continue
        if a.kind != "direct" and _told_in_relative(L, a) and a.tokens[1] + 2 >= inner.tokens[1]:
            _cut(L, inner, a.cue.src[0] - 1)  # 'said A, which B said would C': B's statement is its own
            keep.append(a)
            continue
        restated = second_statement(L, inner.cue, a.cue, quote_lexicon(L))
        after = _afterthought(L, a)
        if a.kind == "direct" or _relative(L, a) or after or restated:
            own = a.cue.frame[0] if a.cue.frame else a.cue.start
            cut = joined_at(L, a.cue.start) if restated or after else own
            _cut(L, inner, cut)
            keep.append(a)
    return [a for a in keep if not a.dropped]


def _relay(L: Layout, found: list[Attribution], starts: list[int]) -> set[int]:
    """'X said A, the Herald reported': a content that is itself a statement with its source, reported by a
    source after it. The statement inside is the attribution (its content cut before the relaying source,
    where it ran on over it); the one relaying it is no second quote. Returns the relaying ones' ids."""
    out: set[int] = set()
    for i in found:
        t = _container(found, starts, i)
        if t is None or i.kind == "direct" or i.cue.shared or i.cue.src is None or id(t) in out:
            continue
        if i.cue.nominal:  # ('said Berg's claim that A had hurt the town': the claim stays inside)
            continue
        c = t.cue  # the trailing "..., Y reported" whose content runs up to its source
        if (
            c.phrase
            or c.shared
            or c.src is None
            or t.tokens[1] > c.start
            or not _leads(L, t.tokens[0], i.cue.src[0])
        ):
            continue  # ('wrote to X, urging him to ..., a spokesperson said': the participle stays inside)
        if i.tokens[1] > c.start and _container(found, starts, t) is not i:
            continue
        cut = _cut(L, i, min(i.tokens[1], c.start, c.src[0], c.frame[0] if c.frame else c.start))
        if cut and i.cue.lemma not in quote_lexicon(L).evidence:  # ('The audit found A, the mayor said':
            out.add(id(t))  # she tells what it found, and her statement holds the finding)
    return out


def _leads(L: Layout, a: int, src: int) -> bool:
    """The relaying content starts with the statement's source, or with a short verbless phrase and its
    comma before it ('Read together, the two statements show A, X said')."""
    if a == src:
        return True
    if not L.has_tags or src - a > 8 or src <= a or L.text[src - 1] != ",":
        return False
    if L.lower[src] in {"who", "which", "that"}:
        return False  # ('X, who said A, was ..., the Ledger reported': the phrase is the antecedent)
    return not any(L.doc[k].tag_ in {"VBD", "VBZ", "VBP", "MD"} for k in range(a, src))


def _cut(L: Layout, a: Attribution, cut: int) -> bool:
    """Ends a's content before token cut and the punctuation leading up to it, unless that leaves it empty."""
    while cut > a.tokens[0] and (L.text[cut - 1] in {",", ":", "\u2014"} or L.space[cut - 1]):
        cut -= 1
    if cut - a.tokens[0] < 2:
        return False
    a.tokens = (a.tokens[0], cut)
    a.content = L.chars(*a.tokens)
    return True


def _afterthought(L: Layout, a: Attribution) -> bool:
    """'..., adding that ...', '..., saying ...', '... while noting that ...': a second statement of the same
    speaker, not part of the first one's content ('..., accusing the ELN of ...' stays inside it)."""
    c = a.cue
    if not c.participle or c.start == 0:
        return False
    if L.lower[c.start - 1] == "while":  # 'said A while warning that B', 'while expressing hope that B'
        return True
    k = c.start - 1
    if k > 1 and L.closes(k) and L.text[k - 1] == ",":
        k -= 1  # 'was “an important moment,” adding that ...': the comma inside the closing mark
    return L.text[k] == "," and c.lemma in quote_lexicon(L).afterthoughts


def _opens(L: Layout, k: int) -> bool:
    """A cue opening its sentence, perhaps after a conjunction ('But according to X, ...')."""
    return L.sentence_start(k) or (k > 0 and L.lower[k - 1] in {"but", "and"} and L.sentence_start(k - 1))


def _told_in_relative(L: Layout, a: Attribution) -> bool:
    """', which officials said would open next week': a source inside a comma-set relative clause whose
    relative word is the subject of what it says."""
    src, c, lex = a.cue.src, a.cue, quote_lexicon(L)
    if src is None or c.shared or src[0] < 2 or src[1] > c.start or c.lemma not in lex.restatements:
        return False  # ('which he called the largest', 'which families believe hold ...': inside the clause)
    s, first = src[0], a.tokens[0]
    if not L.has_tags or L.doc[first].tag_ not in {"VBD", "VBZ", "VBP", "MD"}:
        return False  # ('which he said the West had used': the relative word is its object)
    head = c.head if c.head is not None else src[1] - 1
    if L.lower[s] == "it" or not (L.doc[head].pos_ in {"PROPN", "PRON"} or L.lower[head] in lex.anonymous):
        return (
            False  # ('which the 2020 deal said should ...': a text's terms; 'which it says': the body's own)
        )
    return L.lower[s - 1] in {"which", "who"} and L.text[s - 2] == ","


def _relative(L: Layout, a: Attribution) -> bool:
    src = a.cue.src
    return src is not None and src[1] - src[0] == 1 and L.lower[src[0]] in {"who", "which"}
