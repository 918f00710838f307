"""Source noun phrases: where the words of a source begin and end.

With a parse, the subtree of the source's head less its comma-set clauses; without one, the words before the
verb up to a stop word, past adverbs and comma-set asides ("Zelenskyy, speaking in Tirana, said").
"""

from __future__ import annotations

from parley.quotes.cues import Cue
from parley.quotes.layout import Layout
from parley.quotes.lexicon import QuoteLexicon

_CUT_AFTER_COMMA = frozenset({"acl", "acl:relcl", "relcl", "advcl", "parataxis", "appos:relcl"})
_NP_STOP = frozenset(
    {"that", "who", "which", "what", "whom", "where", "when", ":", ";", "(", ")", "\u2014", "\u2013"}
)
MAX_NP = 24


def np_from_head(L: Layout, h: int, c: Cue) -> tuple[int, int]:
    """The subtree of the source's head, without comma-set relative and participial clauses."""
    tok = L.doc[h]
    if tok.pos_ == "PRON" or L.lower[h] in {"he", "she", "they", "it", "who", "which", "we", "i"}:
        return h, h + 1
    a, b = tok.left_edge.i, tok.right_edge.i + 1
    for ch in tok.rights:
        le = ch.left_edge.i
        if ch.dep_ in _CUT_AFTER_COMMA and (L.text[le] == "," or (le > 0 and L.text[le - 1] == ",")):
            b = min(b, le if L.text[le] == "," else le - 1)
    for ch in tok.lefts:
        if ch.dep_ in _CUT_AFTER_COMMA or L.text[ch.i] == "," or L.opens(ch.i) or L.closes(ch.i):
            a = max(a, ch.right_edge.i + 1)
    for k in range(h + 1, b - 1):  # "..., speaking on condition of anonymity": not part of the name
        if L.text[k] == "," and (L.lower[k + 1] in {"who", "which"} or L.doc[k + 1].tag_ == "VBG"):
            b = k
            break
    s0, s1 = L.sent_of(h)
    a, b = max(a, s0), min(b, s1)
    if c.start > h:
        b = min(b, c.start)
    else:
        a = max(a, c.end)
    while a < b and (L.doc[a].is_punct or L.space[a]) and not L.opens(a):
        a += 1
    while b > a and (L.doc[b - 1].is_punct or L.space[b - 1]) and not _closes_bracket(L, a, b - 1):
        b -= 1
    # A hyphened word is one word: "The Co-Chairs said" parses "Co" and "Chairs" as two subjects.
    while a - 2 >= s0 and L.text[a - 1] == "-" and not (L.doc[a - 2].whitespace_ or L.doc[a - 1].whitespace_):
        a -= 2
    if b - a > MAX_NP or b <= a or any(L.in_quote[k] >= 0 for k in (a, b - 1)):
        return h, h + 1
    return a, b


def _closes_bracket(L: Layout, a: int, k: int) -> bool:
    """Token k closes a bracket opened inside [a, k): 'Senator Jo Reyes (D-Ohio)' keeps its party."""
    return L.text[k] == ")" and "(" in L.text[a:k]


def left_np(L: Layout, i: int, lex: QuoteLexicon) -> tuple[int, int] | None:
    """The noun phrase before the verb: past adverbs, and past comma-set segments that open with a
    participle, a relative word or a preposition ('Zelenskyy, speaking in Tirana, where he is ..., said')."""
    s0, _ = L.sent_of(i)
    j = i - 1
    while j >= s0 and (L.lower[j] in lex.pre_cue or L.lower[j].endswith("ly")):
        j -= 1
    for _ in range(4):
        if j < s0 or L.text[j] != ",":
            break
        k = j - 1
        while k >= s0 and k > j - MAX_NP and L.text[k] != ",":
            k -= 1
        if k < s0 or L.text[k] != "," or not _is_aside(L, k + 1):
            break
        j = k
    if j >= s0 and L.text[j] == ",":
        j -= 1  # an appositive before the verb: "Rustem Umerov, the defence minister, said"
    if j < s0 or L.in_quote[j] >= 0 or L.doc[j].is_punct:
        return None
    end = j + 1
    seg = j
    while seg > s0 and L.text[seg - 1] != "," and j - seg < MAX_NP:
        seg -= 1
    appositive = seg - 1 > s0 and L.text[seg - 1] == "," and L.lower[seg] not in _NP_STOP
    person = L.person_end.get(seg - 2) if appositive else None
    if person is not None and L.person_at.get(seg) is None:  # "Rustem Umerov, the defence minister, said"
        return person[0], end
    k = j
    while k - 1 >= s0 and end - k < MAX_NP:
        t = L.text[k - 1]
        if t in {",", "."} or L.closes(k - 1) or L.lower[k - 1] in _NP_STOP or L.in_quote[k - 1] >= 0:
            break
        if L.has_tags and L.doc[k - 1].pos_ in {"VERB", "AUX", "SCONJ"} and not L.doc[k - 1].is_title:
            break  # (a capitalised word is part of a name the tagger misread: 'a United Nations panel')
        if lex.match_verb(L.lower[k - 1 : k + 1]):
            break
        k -= 1
    return k, end


def _is_aside(L: Layout, k: int) -> bool:
    """A comma-set segment starting at token k that cannot be the source: '..., speaking on X,'."""
    w = L.lower[k]
    if w in {"who", "whom", "where", "which", "when", "whose", "while", "after", "before", "as"}:
        return True
    if L.has_tags:
        return L.doc[k].tag_ in {"VBG", "VBN", "IN"} or L.doc[k].pos_ == "ADP"
    return w.endswith("ing") or w in {"in", "on", "at", "from", "with", "during"}


def in_aside(L: Layout, h: int, cue: int) -> bool:
    """Token h stands in a comma-set aside between the start of its clause and the cue."""
    s0, _ = L.sent_of(h)
    k = h
    while k > s0 and L.text[k - 1] != ",":
        k -= 1
    return k > s0 and _is_aside(L, k) and any(L.text[t] == "," for t in range(h, cue))


def np_head(L: Layout, a: int, b: int) -> int:
    """The head of a noun phrase without a parse: the last word before 'of', 'for', 'in', 'who' or a comma."""
    for k in range(a, b):
        if L.lower[k] in {"of", "for", "in", "from", "at", "with", "who", ",", "familiar", "close"} and k > a:
            return k - 1
    return b - 1
