"""Putting it together: quotations, cues, sources and contents become attributions.

1. Each cue finds its source and its content: a quotation right before it (“...,” he said), a clause or a
   quotation after it (said (that) ..., said: “...”), or the sentence before it (..., Peskov said.).
2. A cue inside another attribution's content belongs to it ("said X and urged Y") unless it opens a
   quotation of its own (", adding: “...”") or hangs on a relative pronoun (", who replied that ...").
3. A quotation with no cue of its own continues the attribution before it in the paragraph ("“A,” he
   said. “B.”"), or, when it opens a paragraph with no cue, the previous paragraph's attribution.
4. A quotation inside an indirect content makes it mixed; other stray quotation marks (scare quotes)
   make no quote.
"""

from __future__ import annotations

from bisect import bisect_left
from dataclasses import dataclass

from parley.quotes import nearby
from parley.quotes.colon import colon_content, colon_cues, message_cues, signature_cues
from parley.quotes.content import right_content
from parley.quotes.cues import Cue, find_cues
from parley.quotes.layout import Layout
from parley.quotes.left import around_content, before_phrase, left_content
from parley.quotes.lexicon import QuoteLexicon
from parley.quotes.marks import QuoteSpan
from parley.quotes.nearby import named_as, quote_after, quote_before, quote_below, quote_lexicon, whole_quote
from parley.quotes.nesting import nest
from parley.quotes.phrases import np_from_head
from parley.quotes.sources import attach_sources
from parley.quotes.speakers import Resolved, Resolver

_MIN_QUOTE_TOKENS = 3
_LINKS = frozenset({"which", "who", "that", "and", "but", "or", "while", "so"})
_RECENT = 20  # attributions a cue-less quotation looks back over in its paragraph


@dataclass
class Attribution:
    kind: str  # direct | indirect | mixed
    content: tuple[int, int]  # characters
    tokens: tuple[int, int]  # token span of the content (the quotation's marks included for direct)
    cue: Cue | None
    speaker: Resolved | None = None
    quote: int | None = None  # index of the quotation, for direct quotes
    inherited: bool = False
    dropped: bool = False
    lead: int | None = None  # where the content as written starts when it opens before the source


def attribute(L: Layout, quotes: list[QuoteSpan], clusters: list, lex: QuoteLexicon) -> list[Attribution]:
    cues = find_cues(L, lex)
    attach_sources(L, cues, lex)
    q_open = {L.tok_at(q.open): k for k, q in enumerate(quotes)}
    q_close = {L.tok_at(q.close): k for k, q in enumerate(quotes)}
    found: list[Attribution] = []
    taken: set[int] = set()
    for c in cues:
        a = _for_cue(L, c, quotes, q_open, q_close, taken)
        if a is not None:
            found.append(a)
    found = nest(L, found)
    for i, a in enumerate(found):  # a cut left one quotation: 'declared “...” and said that ...'
        k = nearby.sole_quote(L, *a.tokens, q_open, quotes) if a.kind == "indirect" else None
        if k is not None and k not in taken:
            taken.add(k)
            found[i] = _direct(L, k, quotes[k], a.cue)
    _mixed(L, found, quotes, taken)
    resolver = Resolver(L, clusters, lex)
    colon = _colon(L, found, quotes, q_open, taken, resolver)
    for c, q in signature_cues(L, q_close):
        if q not in taken:  # '“...” ― Ada Ruiz'
            taken.add(q)
            colon.append(_direct(L, q, quotes[q], c))
    for c, a in message_cues(L, lex):
        q = q_open.get(a)
        if q is not None and q not in taken:  # 'His message to Moscow:' over a paragraph quoting it
            taken.add(q)
            colon.append(_direct(L, q, quotes[q], c))
    _mixed(L, colon, quotes, taken)
    found.extend(colon)
    found.sort(key=lambda a: a.tokens[0])
    _speakers(L, found, resolver)
    found.extend(_continuations(L, found, quotes, taken, resolver))
    found.sort(key=lambda a: a.content[0])
    return [a for a in found if a.speaker is not None and not _unsourced_evidence(L, a, lex)]


def _colon(L: Layout, found: list[Attribution], quotes, q_open, taken: set[int], resolver: Resolver) -> list:
    """'Mayor Reyes: Budget Talks Are Over', 'HOST: Do you ...?': a speaker and a colon opening a paragraph
    that no other attribution reads."""
    out: list[Attribution] = []
    held = sorted(a.tokens for a in found)
    for c in colon_cues(L, resolver.by_tok, resolver.lex):
        span = colon_content(L, c)
        if span is None:
            continue
        a, b = span
        k = bisect_left(held, (c.start, 0))
        if k > 0 and held[k - 1][1] > c.start:
            continue  # a verb's attribution already reads the paragraph (others may nest inside it)
        q = q_open.get(a)
        if q is not None and q not in taken and L.tok_at(quotes[q].close) >= b - 1:
            taken.add(q)
            out.append(_direct(L, q, quotes[q], c))
        else:
            out.append(Attribution("indirect", L.chars(a, b), (a, b), c))
    return out


def _unsourced_evidence(L: Layout, a: Attribution, lex: QuoteLexicon) -> bool:
    """'Shipping data show ...', 'our interviews suggest ...': evidence, not a source speaking (but a
    poll, a study or an audit reports its findings)."""
    sp = a.speaker
    if a.cue is None or a.cue.lemma not in lex.evidence or sp.cluster is not None or sp.anonymous:
        return False
    a0, b0 = sp.mention
    named = L.has_tags and all(L.doc[t].pos_ in {"PROPN", "DET", "PART"} for t in range(a0, b0))
    return not named and not any(L.lower[t] in lex.findings for t in range(a0, b0))  # ("Pollwise finds")


def _direct(L: Layout, k: int, q: QuoteSpan, c: Cue | None) -> Attribution:
    a, b = L.tok_at(q.open), L.tok_at(q.close)
    return Attribution("direct", q.content, (a, b + 1), c, quote=k)


def _for_cue(L, c: Cue, quotes, q_open, q_close, taken: set[int]) -> Attribution | None:
    lex = quote_lexicon(L)
    if c.phrase and _inside(L, c):  # "X leads by 40 delegates according to a count, but ..."
        span = before_phrase(L, c)
        return Attribution("indirect", L.chars(*span), span, c) if span is not None else None
    if c.phrase and c.start > 1 and L.text[c.start - 1] == "," and L.lower[c.start - 2] not in _LINKS:
        span = left_content(L, c, lex)  # "..., according to X(, and ...)": what came before
        right = right_content(L, c, lex) if span is not None and _fragment(L, *span) else None
        if right is not None:  # "At the root of it, according to X, was ...": the words run on after X
            a = Attribution("indirect", L.chars(*right), right, c)
            a.lead = L.starts[span[0]]
            return a
        if span is not None:
            return Attribution("indirect", L.chars(*span), span, c)
    span = right_content(L, c, lex) if c.src is not None or c.shared else None
    before = quote_before(L, c, q_close, quotes, taken)
    if before is not None and (span is None or L.sent[L.tok_at(quotes[before].close)] == L.sent[c.start]):
        taken.add(before)  # “...,” he said (, adding ...)
        return _direct(L, before, quotes[before], c)
    below = quote_below(L, c, q_open, taken) if span is None and c.src is not None else None
    if below is None and c.inverted and L.sentence_start(c.start):
        below = quote_after(L, c, q_open, taken)
    if below is not None:
        taken.add(below)  # "X said in a statement:" closing its paragraph, the quotation below it
        return _direct(L, below, quotes[below], c)
    if span is not None:
        a, b = span
        k = whole_quote(L, a, b, q_open, quotes)
        lead = None
        if k is None and c.takes == "object_as":
            k = named_as(L, a, b, q_open)  # "described it as “a return to the spirit of Argyle”"
            lead = L.starts[a]  # as written, the thing named and its name: 'the bans “a badge of honour”'
        if k is None:
            return Attribution("indirect", L.chars(a, b), (a, b), c)
        if k not in taken:
            taken.add(k)
            d = _direct(L, k, quotes[k], c)
            d.lead = lead
            return d
        return None
    if c.src is None or c.shared or c.takes in {"object_to", "object_as", "quote"}:
        return None
    if not L.has_tags and c.takes not in {"clause", "recipient"}:
        return None  # with no tagger, "he cast doubt" would be a verb closing the content
    span = around_content(L, c, lex) or left_content(L, c, lex)
    if span is not None:
        a, b = span
        return Attribution("indirect", L.chars(a, b), (a, b), c)
    return None


def _inside(L: Layout, c: Cue) -> bool:
    """A prepositional cue inside its sentence right after a word, with no punctuation before it."""
    s0, _ = L.sent_of(c.start)
    prev = L.text[c.start - 1] if c.start > s0 else ""
    return c.start > s0 + 2 and prev[:1].isalnum() and L.lower[c.start - 1] not in _LINKS | {"as"}


def _fragment(L: Layout, a: int, b: int) -> bool:
    """Tokens [a, b) hold no finite verb, or only one of a clause inside them ('One of the choices they
    have made, according to X, is ...': the parse puts the sentence's root after them): a phrase that the
    rest of the sentence completes."""
    root = L.doc[a].sent.root if L.has_parse else None
    if root is not None and root.i >= b and root.pos_ in {"VERB", "AUX", "ADJ", "NOUN"}:
        return True
    return L.has_tags and not any(L.doc[t].tag_ in {"VBD", "VBZ", "VBP", "MD"} for t in range(a, b))


def _mixed(L: Layout, found: list[Attribution], quotes: list[QuoteSpan], taken: set[int]) -> None:
    opens = [q.open for q in quotes]
    for a in found:
        if a.kind != "indirect":
            continue
        c0, c1 = a.content
        k = bisect_left(opens, c0)
        while k < len(quotes) and quotes[k].open < c1:
            q = quotes[k]
            a.kind = "mixed"
            taken.add(k)
            if q.close >= c1:  # '... “within 10 days.' ends inside the quotation: take its closing mark
                c1 = q.close + 1
            k += 1
        a.content = (c0, c1)


def _speakers(L: Layout, found: list[Attribution], resolver: Resolver) -> None:
    by_sentence: dict[int, Resolved] = {}
    for a in found:
        c = a.cue
        sent = L.sent[c.start]
        if c.src is not None:
            a.speaker = resolver.resolve(c.src[0], c.src[1], c.head, c.start)
        elif c.shared and sent in by_sentence:
            a.speaker = by_sentence[sent]
            resolver.inherit(c.start, a.speaker)
        elif c.shared:
            a.speaker = _main_subject(L, c, resolver)
        if a.speaker is not None:
            by_sentence[sent] = a.speaker


def _main_subject(L: Layout, c: Cue, resolver: Resolver) -> Resolved | None:
    """'Sybiha echoed those calls, urging Moscow ...': the participle's speaker is the clause's subject."""
    if L.has_parse:
        tok = L.doc[c.start]
        first = tok.head if tok.dep_ == "conj" else None  # 'X, Y, welcomed A and said B': welcomed's
        if first is not None and first.dep_ in {"relcl", "acl:relcl", "acl", "ccomp"}:
            first = None  # (the parse hung the verb on a clause inside the first one)
        for _ in range(30):
            if tok.head.i == tok.i:
                break
            tok = tok.head
        if first is not None:  # 'After A, Ruiz accused B and said C': the nearest verb before with a subject
            joined = [v for v in first.children if v.dep_ in {"conj", "parataxis"} and v.i < c.start]
            first = next((v for v in reversed(joined) if _has_subject(v, c.start)), first)
        for verb in (first, tok):
            if verb is None or L.sent[verb.i] != L.sent[c.start]:
                continue  # (a parse that runs on over a paragraph break into the sentence before)
            for ch in verb.children:
                if ch.dep_ in {"nsubj", "nsubj:pass"} and not ch.is_space and ch.i < c.start:
                    a, b = np_from_head(L, ch.i, c)
                    return resolver.resolve(a, b, ch.i, c.start)
    s0, _ = L.sent_of(c.start)
    first = None
    for t in range(s0, c.start):
        if t in resolver.by_tok:
            cl, m = resolver.by_tok[t]
            if cl.type in {"PERSON", "ORG"} or (t <= s0 + 1 and _leads(L, resolver, cl, m)):
                return resolver.resolve(m.start, m.end, m.end - 1, c.start)
            first = first or m
    return resolver.resolve(first.start, first.end, first.end - 1, c.start) if first else None


def _has_subject(verb, before: int) -> bool:
    return any(ch.dep_ in {"nsubj", "nsubj:pass"} and ch.i < before for ch in verb.children)


def _leads(L: Layout, resolver: Resolver, cl, m) -> bool:
    """A country or group opening the sentence as its subject's modifier ('Israeli jets struck ...'), not
    as an owner ("Serbia's negotiator") or a title's ('Ukrainian Foreign Minister Ada Ruiz')."""
    if cl.type not in {"COUNTRY", "GROUP"} or (m.end < L.n and L.text[m.end] in {"'s", "\u2019s", "'"}):
        return False
    for t in range(m.end, min(L.n, m.end + 5)):
        if not L.text[t][:1].isupper():
            return True
        hit = resolver.by_tok.get(t)
        if hit is not None and hit[0].type in {"PERSON", "ORG"}:
            return False
    return True


def _continuations(L, found, quotes, taken, resolver: Resolver) -> list[Attribution]:
    """Quotations with no cue: the attribution before them in the paragraph, or the previous paragraph's
    when the quotation opens its paragraph."""
    out: list[Attribution] = []
    by_para: dict[int, list[Attribution]] = {}
    for a in found:
        by_para.setdefault(L.para[a.tokens[0]], []).append(a)
    cue_paras = {L.para[a.cue.start] for a in found if a.cue is not None}
    para_start: dict[int, int] = {}
    for a0, _b in L.paras:
        while a0 < L.n and L.space[a0]:
            a0 += 1
        if a0 < L.n:
            para_start.setdefault(L.para[a0], a0)
    for k, q in enumerate(quotes):
        if k in taken:
            continue
        o = L.tok_at(q.open)
        cl = L.tok_at(q.close)
        para = L.para[o]
        prev = _last_before(by_para.get(para, []), o)
        resumed = prev is not None and _resumes(L, prev, o)
        short = cl - o - 1 < _MIN_QUOTE_TOKENS and not (prev is not None and prev.kind == "direct")
        if not resumed and (short or not _full_sentence(L, o, q)):
            continue
        if prev is None and para not in cue_paras and o == para_start.get(para):
            earlier = by_para.get(para - 1, [])
            prev = earlier[-1] if earlier and earlier[-1].speaker is not None else None
        if prev is None:
            continue
        a = _direct(L, k, q, prev.cue)
        a.speaker, a.inherited = prev.speaker, True
        taken.add(k)
        out.append(a)
        by_para.setdefault(para, []).append(a)
        resolver.inherit(o, prev.speaker)
    return out


def _last_before(attributions: list[Attribution], o: int) -> Attribution | None:
    """The last attribution with a speaker that ends before token o (a bounded look back)."""
    for a in reversed(attributions[-_RECENT:]):
        if a.tokens[1] <= o and a.speaker is not None:
            return a
    return None


def _resumes(L: Layout, prev: Attribution, o: int) -> bool:
    """'“A,” he said, “b ...”': the quotation resumes right after the attribution that interrupted it."""
    c = prev.cue
    if prev.kind != "direct" or c is None or o < 2 or L.text[o - 1] != ",":
        return False
    end = max(c.end, c.frame[1] if c.frame else c.end)
    return end == o - 1 or _adjunct(L, end, o - 1) or _verbless(L, end, o - 1)


_ADJUNCT_MAX = 8
_GAP_MAX = 12
# Words that open a clause of their own between the pieces ('he said, and they cheered, “...”'): with no
# tagger these stand in for a finite verb.
_NEW_CLAUSE = frozenset(
    {"he", "she", "they", "we", "i", "it", "there", "that", "and", "but", "who", "which"}
    | {"as", "when", "while", "because", "since", "though", "although", "if"}
)


def _verbless(L: Layout, a: int, b: int) -> bool:
    """Tokens [a, b) are a short phrase with no finite verb on the cue's side of the resumed quotation ('said
    during a visit to the port, “...”', 'said, referring to the plan, “...”', 'wrote in a letter, “...”')."""
    if not 0 < b - a <= _GAP_MAX:
        return False
    return not any(
        L.text[t] in {".", ";", ":", "!", "?"}
        or "\n" in L.text[t]
        or L.in_quote[t] >= 0
        or L.opens(t)
        or L.closes(t)
        or (L.doc[t].tag_ in {"VBD", "VBZ", "VBP", "MD"} if L.has_tags else L.lower[t] in _NEW_CLAUSE)
        for t in range(a, b)
    )


def _adjunct(L: Layout, a: int, b: int) -> bool:
    """Tokens [a, b) are a short phrase of the cue's ('he said of the plan, “...”', 'she said on Monday'):
    a preposition or a time word first, then no verb, mark or stop."""
    if not 0 < b - a <= _ADJUNCT_MAX:
        return False
    lex = quote_lexicon(L)
    if L.lower[a] not in lex.adjunct_preps and L.lower[a] not in {"of", "about"} | lex.time_words:
        return False
    return not any(
        L.text[t] in {",", ".", ";", ":", "!", "?"}
        or L.in_quote[t] >= 0
        or L.opens(t)
        or L.closes(t)
        or (L.has_tags and L.doc[t].pos_ in {"VERB", "AUX"})
        for t in range(a, b)
    )


def _full_sentence(L: Layout, o: int, q: QuoteSpan) -> bool:
    s0, _ = L.sent_of(o)
    first = o + 1
    return (o == s0 or L.text[o - 1] in {",", ":"}) and first < L.n and L.text[first][:1].isupper()
