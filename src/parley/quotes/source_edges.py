"""The edges of a source read off the parse or the tokens: what to trim at its left ('But the mayor', 'In
Lyon, the mayor'), a second clause joined inside it ('..., and Fidan said'), a name in apposition after it
('the spokesperson, John Kirby, said'), and the noun a relative clause hangs on ('A diplomat who has ...
said').
"""

from __future__ import annotations

from parley.quotes.cues import Cue
from parley.quotes.layout import Layout
from parley.quotes.lexicon import QuoteLexicon
from parley.quotes.phrases import left_np

_JOINS = frozenset({"and", "but"})
_RELATIVES = frozenset({"which", "who", "that"})  # ('that official said': 'that' only before a name)


def refine_source(L: Layout, c: Cue, lex: QuoteLexicon) -> None:
    """Adjust ``c.src`` (and ``c.head``) of a cue whose source stands before it."""
    _appositive_name(L, c, lex)
    _relative_head(L, c, lex)
    _drop_opener(L, c, lex)
    _after_join(L, c)


def _drop_opener(L: Layout, c: Cue, lex: QuoteLexicon) -> None:
    """A conjunction or a short introductory phrase before the source is not part of it ('But the mayor',
    'Even so, the mayor', 'When asked, the mayor', 'In Lyon, the mayor')."""
    if not L.has_tags:
        return
    a, b = c.src
    head = c.head if c.head is not None else b - 1
    k = a
    if k < head and L.doc[k].pos_ == "CCONJ":
        k += 1
    if k < head and L.lower[k] in _RELATIVES and (L.lower[k] != "that" or L.text[k + 1][:1].isupper()):
        k += 1  # 'the strikes, which Kyiv says hit 40 planes': the relative word is the content's subject
    opener = L.lower[k] in lex.source_openers and L.doc[k].pos_ in {"SCONJ", "ADP"}
    if k < head and opener and L.text[k + 1] != ",":
        k += 1  # 'After the Berg camp said A, ...': the parse left the clause's subordinator on its subject
    if k < head and L.doc[k].pos_ in {"ADV", "SCONJ", "ADP"}:  # 'In Sydney, Harris Park resident X'
        reach = 7 if L.doc[k].pos_ == "ADP" else 4
        comma = next((t for t in range(k + 1, min(k + reach, head)) if L.text[t] == ","), None)
        if comma is not None:
            k = comma + 1
    while k < head and (L.text[k] == "," or L.space[k]):
        k += 1
    if k > a:
        c.src = (k, b)


def _after_join(L: Layout, c: Cue) -> None:
    """'... and U.S. President Donald Trump, and Fidan said': a comma and a conjunction inside the source
    (its first comma: 'A, B, and C said' is one list) join two clauses; the source is the words after."""
    a, b = c.src
    commas = [t for t in range(a, b - 2) if L.text[t] == ","]
    if not commas or L.lower[commas[0] + 1] not in _JOINS:
        return
    k = commas[0] + 2
    if not L.text[k][:1].isupper() or L.in_quote[k] >= 0:
        return
    c.src = (k, b)
    if c.head is not None and c.head < k:
        c.head = b - 1


def _appositive_name(L: Layout, c: Cue, lex: QuoteLexicon) -> None:
    """'the White House national security spokesperson, John Kirby, said': the name belongs to the source."""
    a, b = c.src
    if b >= c.start or L.text[b] != ",":
        return
    m = L.person_at.get(b + 1)
    if m is None or m[1] >= c.start or L.text[m[1]] != ",":
        return
    k = m[1] + 1
    while k < c.start and (L.lower[k] in lex.pre_cue or L.lower[k].endswith("ly")):
        k += 1
    if k == c.start:
        c.src, c.head = (a, m[1]), m[1] - 1


def _relative_head(L: Layout, c: Cue, lex: QuoteLexicon) -> None:
    """'A Norwegian diplomat who has followed the process since the 1990s said': the source is the
    noun the relative clause hangs on, not the clause's last noun."""
    a, b = c.src
    s0, _ = L.sent_of(a)
    k = a - 1
    while k > s0 and a - k < 16 and L.text[k] not in {",", ";", ":"} and L.in_quote[k] < 0:
        if L.lower[k] in {"who", "that", "which"} and L.doc[k - 1].is_alpha:
            if L.has_tags and L.doc[k - 1].pos_ not in {"NOUN", "PROPN"}:
                return
            if L.has_parse and L.doc[k].dep_ == "mark":
                return  # 'wrote on X that he hoped': the clause's 'that', no relative pronoun
            left = left_np(L, k, lex)
            if left is not None:
                c.src, c.head = (left[0], b), k - 1
            return
        k -= 1
