"""What a cue reports when the content comes first: the sentence up to "..., Peskov said Thursday.", a phrase
before "according to X", and a source set off by commas inside its statement.

Spans are token spans [a, b) inside one sentence; every scan is bounded by the sentence.
"""

from __future__ import annotations

from parley.quotes.clauses import FINITE, past_opener, recipient_end
from parley.quotes.content import FINAL_PUNCT, finish, skip_adjuncts
from parley.quotes.cues import Cue
from parley.quotes.layout import Layout
from parley.quotes.lexicon import QuoteLexicon


def left_content(L: Layout, c: Cue, lex: QuoteLexicon) -> tuple[int, int] | None:
    """'CONTENT, SOURCE CUE [adjuncts].' or 'CONTENT, according to X.': the sentence up to the comma."""
    if c.frame is None:
        return None
    s0, s1 = L.sent_of(c.start)
    f0, f1 = c.frame
    inside = f0 - 2 > s0 and L.closes(f0 - 1) and L.text[f0 - 2] == ","  # '... were "constructive," X said'
    if f0 - 1 <= s0 or (L.text[f0 - 1] not in {",", "\u2014"} and not inside):
        return None
    if not _closes_sentence(L, c, f1, s1, lex):
        return None
    a, b = s0, f0 - 1
    if inside:
        if L.opens(s0):
            return None  # a quotation: the direct path takes it
        return a, f0
    if L.opens(a) and L.closes(b - 1):
        return None  # a quotation: the direct path takes it
    for k in range(b - 4, a, -1):  # "..., but Hungary blocked the proposal, three diplomats said"
        if (L.lower[k] == "but" and L.text[k - 1] == ",") or L.text[k] == ";":
            if L.in_quote[k] < 0:
                a = k + 1
            break
    if b - a < 3:
        return None
    return finish(L, past_opener(L, a, b), b)


def before_phrase(L: Layout, c: Cue) -> tuple[int, int] | None:
    """'Ruiz leads by 40 delegates according to a count by the Ledger, but ...': a prepositional cue inside
    the sentence with no comma before it closes the clause it sources (from the sentence's start, past a
    scene-setting opener and a clause joined before it with ', but')."""
    s0, _ = L.sent_of(c.start)
    a = s0
    for k in range(c.start - 2, s0, -1):
        if (L.lower[k] in {"but", "while"} and L.text[k - 1] == ",") or L.text[k] in {";", ":"}:
            if L.in_quote[k] < 0:
                a = k + 1
            break
    return finish(L, past_opener(L, a, c.start), c.start) if c.start - a >= 3 else None


def around_content(L: Layout, c: Cue, lex: QuoteLexicon) -> tuple[int, int] | None:
    """'Otherwise, she said, countries may steal growth': a source and cue set off by commas inside the
    content; the content is the sentence around them."""
    if c.frame is None or (c.inverted and L.text[c.start - 1] != ","):
        return None  # (inverted, only set off by commas: 'Any fair reading, said Oskar Lind, would ...')
    s0, s1 = L.sent_of(c.start)
    f0, f1 = c.frame
    k = skip_adjuncts(L, f1, s1, lex)
    if c.takes == "recipient" and L.has_tags:  # 'The answer, Ruiz told them, was simple'
        k = skip_adjuncts(L, recipient_end(L, k, s1, lex), s1, lex)
    if f0 - 1 <= s0 or L.text[f0 - 1] != "," or k >= s1 - 2 or L.text[k] != ",":
        return None
    if c.inverted and not _goes_on(L, k + 1, s1):
        return None  # ', said Jo Hart, a nurse who ...': the source's own clause, not the statement's
    nxt = L.lower[k + 1]
    if nxt in lex.subordinators or lex.match_verb(L.lower[k + 1 : k + 3]) or L.opens(k + 1):
        return None  # ", adding ...", ", as ...": an afterthought, not the rest of the content
    if L.opens(s0) and L.closes(f0 - 2):
        return None  # a quotation: the direct path takes it
    if L.has_tags and not _continues(L, k + 1, s1):
        return None  # ", closing the gap", ", the third such swap": an aside on what was said
    return finish(L, s0, s1)


def _goes_on(L: Layout, k: int, s1: int) -> bool:
    """After an inverted source set off by commas (and its appositive: ', an expert on the region,') the
    statement goes on with its verb."""
    if not L.has_tags:
        return False
    if L.lower[k] in {"a", "an", "the"}:
        k = next((t + 1 for t in range(k, min(s1, k + 16)) if L.text[t] == ","), k)
    if k < s1 and L.lower[k] in {"who", "which", "whose"}:
        return False  # (', a lawyer in the port, who is ...': the source's own relative clause)
    return any(L.doc[t].tag_ in FINITE for t in range(k, min(s1, k + 3)))


def _continues(L: Layout, k: int, s1: int) -> bool:
    """What follows the source and cue carries on the sentence: it has a finite verb and does not open
    with a participle."""
    if L.doc[k].tag_ in {"VBG", "VBN"}:
        return False
    for t in range(k, min(s1, k + 30)):  # (a bare VB too: the tagger takes "prefer" so after a comma)
        if L.doc[t].tag_ in FINITE or (L.doc[t].tag_ == "VB" and L.lower[t - 1] != "to"):
            return True
    return False


def _outlet(L: Layout, k: int) -> bool:
    """'the' before a capitalised name: '..., X told the Ledger.'"""
    return L.lower[k] == "the" and k + 1 < L.n and L.text[k + 1][:1].isupper()


def _closes_sentence(L: Layout, c: Cue, f1: int, s1: int, lex: QuoteLexicon) -> bool:
    """After the frame only adjuncts, then the full stop, a comma or a subordinate clause ('as ...')."""
    k = skip_adjuncts(L, f1, s1, lex)
    if c.takes == "recipient":  # "..., Fidan told reporters on Monday."
        while (
            k < s1
            and k < f1 + 6
            and (L.lower[k] in lex.recipients or L.text[k][:1].isupper() or _outlet(L, k))
        ):
            k += 1
        k = skip_adjuncts(L, k, s1, lex)
    return k >= s1 or L.text[k] in FINAL_PUNCT or L.lower[k] in lex.subordinators
