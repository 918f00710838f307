"""Attributions with no verb: a speaker and a colon before what was said (wire headlines "Mayor Reyes:
Budget Talks Are Over", transcripts "HOST: Do you think ...?"), or a quotation signed with a dash and
a name ("“...” ― Ada Ruiz", as reader comments and epigraphs are printed).

The colon's speaker stands at the start of a paragraph, is a short noun phrase with no verb, and names
someone: a person or an organisation the entity stage found, or a name in capitals as transcripts write
it. What follows the colon, to the end of the paragraph, is the content. A signature is a dash right
after the closing mark and a capitalised name that ends the paragraph.
"""

from __future__ import annotations

from parley.quotes.cues import Cue
from parley.quotes.layout import Layout
from parley.quotes.lexicon import QuoteLexicon

_MAX_SOURCE = 7  # tokens before the colon
_DASHES = frozenset({"\u2015", "\u2014", "\u2013", "-", "--"})
_NOT_SOURCE_POS = frozenset({"VERB", "AUX", "ADP", "SCONJ", "PRON", "NUM"})


def colon_cues(L: Layout, by_tok: dict, lex: QuoteLexicon) -> list[Cue]:
    """A cue on each paragraph-opening 'SOURCE:' (by_tok: token -> (cluster, mention) of the entities)."""
    out: list[Cue] = []
    for a0, b0 in L.paras:
        p = a0
        while p < b0 and L.space[p]:
            p += 1
        k = next((t for t in range(p, min(p + _MAX_SOURCE + 1, b0)) if L.text[t] in {":", ";", "."}), None)
        if k is None or L.text[k] != ":" or k == p or k + 2 > b0 or L.in_quote[k] >= 0 or L.opens(p):
            continue
        if L.has_tags and any(L.doc[t].pos_ in _NOT_SOURCE_POS for t in range(p, k)):
            continue
        if L.lower[p] in lex.colon_labels or not (
            _named(L, p, k, by_tok) or _capitals(L, p, k) or _unnamed(L, p, k, lex) or _proper(L, p, k)
        ):
            continue  # ("UPDATE:", "Editor's note:" label the line; "Poll:" gives a finding)
        out.append(Cue(k, k + 1, ":", "clause", src=(p, k), head=k - 1, frame=(p, k + 1)))
    return out


def signature_cues(L: Layout, close_tokens: dict[int, int]) -> list[tuple[Cue, int]]:
    """(cue, quotation) for each '“...” ― Name' closing its paragraph (close_tokens: closing-mark token
    -> quotation)."""
    out: list[tuple[Cue, int]] = []
    for t, q in close_tokens.items():
        d = t + 1
        while d < L.n and L.space[d] and "\n" not in L.text[d]:
            d += 1
        if d + 1 >= L.n or L.text[d] not in _DASHES:
            continue
        a = d + 1
        while a < L.n and L.space[a] and "\n" not in L.text[a]:
            a += 1
        b = a
        while b < L.n and b < a + _MAX_SOURCE and L.para[b] == L.para[a] and "\n" not in L.text[b]:
            b += 1
        if b == a or b == a + _MAX_SOURCE or not L.text[a][:1].isupper() or L.in_quote[a] >= 0:
            continue
        while b > a and (L.space[b - 1] or L.text[b - 1] in {".", ","}):
            b -= 1
        if L.has_tags and any(L.doc[k].pos_ in {"VERB", "AUX"} for k in range(a, b)):
            continue
        cue = Cue(d, d + 1, "\u2015", "clause", src=(a, b), head=b - 1, inverted=True, frame=(d, b))
        out.append((cue, q))
    return out


def message_cues(L: Layout, lex: QuoteLexicon) -> list[tuple[Cue, int]]:
    """(cue, first token of the next paragraph) for each paragraph that is only an owner, a word for what
    they say and a colon ('His message to Moscow:', "Ruiz's answer:"), before the paragraph quoting it."""
    out: list[tuple[Cue, int]] = []
    for (a0, b0), (a1, _b1) in zip(L.paras, L.paras[1:], strict=False):
        p, k = a0, b0 - 1
        while p < k and L.space[p]:
            p += 1
        while k > p and L.space[k]:
            k -= 1
        if L.text[k] != ":" or k - p > _MAX_SOURCE + 6 or L.in_quote[k] >= 0:
            continue
        own = next((t for t in range(p, min(p + 4, k)) if L.lower[t] in {"'s", "\u2019s"}), None)
        if L.lower[p] in {"his", "her", "their", "its"}:
            src, n = (p, p + 1), p + 1
        elif own is not None and own > p and L.text[p][:1].isupper():
            src, n = (p, own), own + 1
        else:
            continue
        if L.lower[n] not in lex.messages or not (n + 1 == k or L.lower[n + 1] in {"to", "for"}):
            continue
        if L.has_tags and any(L.doc[t].tag_ in {"VBD", "VBZ", "VBP", "MD"} for t in range(n + 1, k)):
            continue  # (a finite verb: a sentence of its own, not a label; 'the men still held there' is)
        a = a1
        while a < L.n and L.space[a]:
            a += 1
        out.append((Cue(n, n + 1, L.lower[n], "clause", src=src, head=src[1] - 1, frame=(p, k + 1)), a))
    return out


def _named(L: Layout, a: int, b: int, by_tok: dict) -> bool:
    hit = by_tok.get(b - 1)
    return hit is not None and hit[0].type in {"PERSON", "ORG"} and hit[1].end == b


def _unnamed(L: Layout, a: int, b: int, lex: QuoteLexicon) -> bool:
    """'Poll:' (a finding), 'Insiders:', 'Party strategists:' (people unnamed); not an interview's 'Q:'."""
    head = L.lower[b - 1]
    plural = b - a <= 3 and head in lex.anonymous and head.endswith("s")
    return (b == a + 1 and head in lex.findings) or plural


def _proper(L: Layout, a: int, b: int) -> bool:
    """'Okafor: Senate Race Is Slipping Away', 'Ruiz and Berg: “...”': names the entity stage did not know,
    before a headline in title case or a quotation."""
    if not L.has_tags or b - a > 4:
        return False
    tags = {"PROPN", "NOUN"} if b == a + 1 else {"PROPN"}  # (a lone surname the tagger took for a noun)
    if not all(
        L.lower[t] == "and" or (L.text[t][:1].isupper() and L.doc[t].pos_ in tags) for t in range(a, b)
    ):
        return False
    k = b + 1
    while k < L.n and L.space[k]:
        k += 1
    return k < L.n and (L.opens(k) or L.title_case(k))


def _capitals(L: Layout, a: int, b: int) -> bool:
    """'HOST', 'SEN. ROSS': a speaker's name in capitals, as a transcript writes it."""
    words = [L.text[t] for t in range(a, b) if L.text[t].isalpha()]
    return 0 < len(words) <= 3 and all(w.isupper() and len(w) > 1 for w in words)


def colon_content(L: Layout, c: Cue) -> tuple[int, int] | None:
    """The rest of the paragraph after the colon."""
    para = L.para[c.start]
    a = c.end
    while a < L.n and L.space[a] and L.para[a] == para:
        a += 1
    b = a
    while b < L.n and L.para[b] == para and not (L.space[b] and "\n" in L.text[b]):
        b += 1
    while b > a and (L.space[b - 1] or L.text[b - 1] in {".", ",", ";", ":"}):
        b -= 1
    return (a, b) if b - a >= 2 else None
