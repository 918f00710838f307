"""Where a cue's quotation lies: below it in the next paragraph, right after it, right before it (past
comma-set asides), and whether a quotation is the whole of a clause or only what something was called."""

from __future__ import annotations

from parley.quotes.cues import Cue
from parley.quotes.layout import Layout
from parley.quotes.lexicon import QuoteLexicon
from parley.quotes.marks import QuoteSpan
from parley.roles import role_rules


def quote_below(L: Layout, c: Cue, q_open, taken: set[int]) -> int | None:
    """The quotation that opens the next paragraph when the cue's paragraph ends in a colon after it, with
    no other verb between ('X said of the plan:', 'she wrote on Facebook:')."""
    k = c.end
    while k < L.n and k < c.end + 25 and L.text[k] != ":":
        if L.text[k] in {".", "!", "?", ";"} or "\n" in L.text[k] or L.in_quote[k] >= 0:
            return None
        if L.has_tags and L.doc[k].tag_ in {"VBD", "VBZ", "VBP", "MD"}:
            return None
        k += 1
    j = k + 1
    while j < L.n and L.space[j]:
        j += 1
    if k >= L.n or L.text[k] != ":" or not any("\n" in L.text[t] for t in range(k + 1, j)):
        return None
    q = q_open.get(j)
    return q if q is not None and q not in taken else None


def quote_after(L: Layout, c: Cue, q_open, taken: set[int]) -> int | None:
    """'Said Ada Ruiz, who grew up there, “...”': the quotation after a source that follows its cue."""
    _s0, s1 = L.sent_of(c.start)
    for k in range(c.src[1], min(s1, c.src[1] + 30)):
        q = q_open.get(k)
        if q is not None:
            return q if q not in taken and L.text[k - 1] in {",", ":"} else None
    return None


def quote_before(L: Layout, c: Cue, q_close, quotes, taken: set[int]) -> int | None:
    """The quotation closing right before the source and cue ('“...,” he said', '“...,” said Peskov')."""
    if c.phrase:
        return None
    if c.frame is None and not c.shared:
        return _quote_before_appositives(L, c, q_close, quotes, taken)
    f0 = c.frame[0] if c.frame is not None else c.start
    # The parser can cut a name short ("Defence Minister Rustem | Umerov told"): step back over the
    # capitalised words of the source to the closing mark.
    back = 0
    while f0 - 1 > 0 and back < 6 and _title_word(L, f0 - 1) and f0 - 1 not in q_close:
        f0 -= 1
        back += 1
    j = L.visible_before(f0)  # ('“...,”\xa0Ada Ruiz said': a no-break space is a token of its own)
    if j >= 0 and L.text[j] == ",":
        j -= 1
    if j > 0 and L.text[j] == "'" and L.closes(j - 1):
        j -= 1  # ",'''": the tokenizer leaves the last of three closing marks on its own
    k = q_close.get(j)
    if k is None and not c.inverted and not c.shared:
        return _quote_before_appositives(L, c, q_close, quotes, taken)
    if k is None or k in taken or not _opens_clause(L, quotes[k]):
        return None
    if back and c.src is not None and f0 < c.src[0]:  # the source as written, its title included
        c.src = (f0, c.src[1])
        c.frame = (f0, c.frame[1] if c.frame is not None else c.end)
    return k


def _title_word(L: Layout, k: int) -> bool:
    """A word of a name or of the title before it ('ministry spokesperson Maly Socheata', which the
    parser may hang on the quotation's verb)."""
    tok = L.doc[k]
    if tok.is_title:
        return True
    return tok.is_alpha and tok.is_lower and (tok.dep_ == "compound" or role_rules().is_role_word(tok.lower_))


def _quote_before_appositives(L: Layout, c: Cue, q_close, quotes, taken: set[int]) -> int | None:
    """'“...,” Ada Ruiz, a county judge, one of three on the bench, said': a closing mark, then
    a name and its comma-set asides with no finite verb up to the cue; the name before the first comma
    is the source (not a day: 'On NBC's “Today” Tuesday, she said')."""
    s0, _ = L.sent_of(c.start)
    for j in range(c.start - 1, max(s0, c.start - 40), -1):
        k = q_close.get(j)
        if k is not None:
            b = j + 1
            while b < c.start and L.text[b] != ",":
                b += 1
            if b == j + 1 or b == c.start or not L.text[j + 1][:1].isupper():
                return None
            if k in taken or not _opens_clause(L, quotes[k]) or L.lower[j + 1] in quote_lexicon(L).time_words:
                return None
            c.src, c.head = (j + 1, b), b - 1
            c.frame = (j + 1, c.end)
            return k
        if (L.has_tags and L.doc[j].tag_ in {"VBD", "VBZ", "VBP", "MD"}) or L.in_quote[j] >= 0:
            return None
    return None


def _opens_clause(L: Layout, q: QuoteSpan) -> bool:
    """A quotation that a following cue can own starts its sentence or follows a colon, comma or dash."""
    o = L.tok_at(q.open)
    return o == L.sent_of(o)[0] or L.text[o - 1] in {",", ":", "\u2014", "\u2013", "-", ";"}


def quote_lexicon(L: Layout) -> QuoteLexicon:
    from parley.quotes.lexicon import lexicon

    return lexicon()


def sole_quote(L: Layout, a: int, b: int, q_open, quotes) -> int | None:
    """Tokens [a, b) are exactly one quotation, marks included."""
    k = q_open.get(a)
    return k if k is not None and L.tok_at(quotes[k].close) == b - 1 else None


def whole_quote(L: Layout, a: int, b: int, q_open, quotes) -> int | None:
    """The content is one quotation (after at most a few words such as 'Russia to')."""
    for s in range(a, min(a + 4, b)):
        k = q_open.get(s)
        if k is not None and s > a and L.lower[s - 1] not in {"to", "that", ":", ","}:
            return None
        if k is not None:
            close = L.tok_at(quotes[k].close)
            if close >= b - 1 or close + 1 >= L.sent_of(s)[1] - 1:
                return k
            return None
        if L.text[s] in {",", "."}:
            return None
    return None


def named_as(L: Layout, a: int, b: int, q_open) -> int | None:
    """'called the bans “a badge of honour”', 'described it as “...”, a reference to ...': what the thing
    was called is a direct quote when it stands in quotation marks right after the object."""
    for s in range(a + 1, min(a + 6, b)):
        if s in q_open and L.text[s - 1] not in {",", ";"}:
            return q_open[s]
    return None
