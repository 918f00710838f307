"""What a cue reports: the content to its right ("said (that) ...", "urged Moscow to ...", "said: “...”"),
or, in :mod:`parley.quotes.left`, to its left when the source and cue close the sentence ("..., Peskov said
Thursday.").

Spans are token spans [a, b) inside one sentence (or one quotation); every scan is bounded by the
sentence, which the layout caps in length.
"""

from __future__ import annotations

from parley.quotes.clauses import (
    FINITE,
    disputed_end,
    finite_at,
    object_is_subject,
    recipient_end,
    second_speaker,
    speaker_act,
    subject_then_verb,
    subordinate_end,
)
from parley.quotes.cues import Cue
from parley.quotes.layout import Layout
from parley.quotes.lexicon import QuoteLexicon

FINAL_PUNCT = frozenset({".", ",", ";", ":", "!", "?", "\u2014", "\u2013", "-"})
_THAT_WINDOW = 10
_QUESTION = frozenset({"whether", "if", "who", "what", "why", "how", "when", "where", "which"})
_OWN_CLAUSE = frozenset({"nsubj", "nsubj:pass", "expl", "mark"})


def right_content(L: Layout, c: Cue, lex: QuoteLexicon) -> tuple[int, int] | None:  # noqa: C901
    """Token span of the content after the cue, or None."""
    s0, s1 = L.sent_of(c.start)
    j = c.end
    if c.inverted and c.src is not None:
        return None
    if c.phrase:
        return _after_comma(L, c, s1)
    if c.nominal:  # 'his claim that A (drew jeers)', 'her view is that A'
        k = j + 1 if L.lower[j] in {"is", "was"} else j
        if k == j and L.has_parse:
            s1 = min(s1, L.doc[c.start].right_edge.i + 1, _governor(L, c.start))
        return finish(L, k + 1, _clause_end(L, c, k + 1, s1, lex)) if L.lower[k] == "that" else None
    if c.lemma in lex.questions:  # "asked (them) whether ...", "wondered aloud how ..."
        span = _question(L, j, s1)
        if span is not None:
            return span
    if c.takes in {"object_to", "object_as"}:
        question = _quoted(L, j, s1, lex) if c.lemma in lex.questions else None
        return _object_content(L, c, j, s1, lex) or question
    if c.takes == "quote":
        if c.start > s0 and L.has_tags and L.doc[c.start - 1].tag_ == "MD":
            return None  # 'talks would continue “on a separate track”': a forecast, not a way of speaking
        return _quoted(L, j, s1, lex)
    opener = L.lower[c.src[0] - 1] if c.src is not None and c.src[0] - 1 == s0 and c.src[1] <= c.start else ""
    if opener == "as":  # 'As the Herald reported, “...”': what follows the comma
        k = skip_adjuncts(L, j, s1, lex)
        return finish(L, k + 1, s1) if k + 2 < s1 and L.text[k] == "," else None
    start = _after_that(L, j, s1, lex)
    if start is None and c.takes != "that":
        start = _clause_start(L, c, j, s1, lex)
    if start is None and _finding(L, c, lex):
        start = _finding_object(L, j, s1)
    if start is None or start >= s1:
        return None
    if start == j and L.has_tags and L.doc[j].tag_ in FINITE:  # a relative clause's gap: it ends at a comma
        s1 = next((t for t in range(j, s1) if L.text[t] == "," and L.in_quote[t] < 0), s1)
    if opener in lex.subordinators or _relative_aside(L, c, s0):
        s1 = subordinate_end(L, c, start, s1)  # 'While X said A, she ...', 'X, who said A, was ...'
    return finish(L, start, _clause_end(L, c, start, s1, lex))


def _governor(L: Layout, i: int) -> int:
    """Where the verb whose subject token i is begins, with its auxiliaries, when it comes after i."""
    tok = L.doc[i]
    if tok.dep_ not in {"nsubj", "nsubj:pass"} or tok.head.i < i:
        return L.n
    return min([tok.head.i] + [ch.i for ch in tok.head.children if ch.dep_.startswith("aux") and ch.i > i])


def _relative_aside(L: Layout, c: Cue, s0: int) -> bool:
    """'X, who said A, was ...': a relative clause set off by commas inside its antecedent's clause, which
    goes on after it with the antecedent's verb (the parse says where the relative clause ends)."""
    a = c.src[0] if c.src is not None else -1
    if not L.has_parse or a - 1 <= s0 or c.src[1] - a != 1 or L.lower[a] not in {"who", "which"}:
        return False
    tok = L.doc[c.start]
    ante = tok.head
    return (
        L.text[a - 1] == ","
        and tok.dep_ == "acl:relcl"
        and ante.dep_ in {"nsubj", "nsubj:pass"}
        and ante.head.i > tok.right_edge.i + 1
        and L.text[tok.right_edge.i + 1] == ","
    )


def _second_statement(L: Layout, c: Cue, a: int, b: int, lex: QuoteLexicon) -> int:
    """Where what a verb with an object reports ends before a second reporting verb coordinated with it
    ('urged the parties to ... and said ...', 'described it as ... and warned that ...'): a statement of its
    own by the same speaker. (After 'said X', the nesting step makes the cut: cues.second_statement.)"""
    for t in range(a + 2, b - 1):
        if L.lower[t] not in {"and", "but"} or L.in_quote[t] >= 0:
            continue
        v = t + 1
        if lex.match_verb(L.lower[v : v + 3]) is None or not _cue_tense(L, c, v):
            continue
        while t > a and (L.text[t - 1] == "," or L.space[t - 1]):
            t -= 1
        return t
    return b


def _cue_tense(L: Layout, c: Cue, v: int) -> bool:
    """Token v is a verb in the cue's tense ('said ... and urged', 'says ... and warns'), not one of the
    content's own infinitives or participles ('would agree and sign')."""
    past = not L.lower[c.start].endswith("s")
    if L.has_tags:
        tag = L.doc[v].tag_
        return tag in ({"VBD", "VBN"} if past else {"VBZ"}) and not L.lower[c.start].endswith("ing")
    return L.lower[v].endswith("s") != past and L.lower[v].isalpha()


def _clause_end(L: Layout, c: Cue, start: int, s1: int, lex: QuoteLexicon) -> int:
    """Where the reported clause ends: before a finite verb coordinated with the cue ('noted that X and
    quoted Y'), which the parse hangs on the cue, not inside its complement. A second reporting verb
    ('said X but warned that Y') stays inside here: the nesting step cuts it off as a second statement."""
    if not L.has_parse:
        return s1
    s1 = speaker_act(L, c, start, second_speaker(L, start, disputed_end(L, start, s1, lex), lex), lex)
    for ch in L.doc[c.start].rights:
        if ch.i <= start or ch.dep_ != "conj" or ch.tag_ not in FINITE or L.in_quote[ch.i] >= 0:
            continue
        if lex.match_verb(L.lower[ch.i : ch.i + 2], ch.lemma_.lower()):
            return s1
        k = ch.left_edge.i
        if L.lower[k] != "and" or any(t.dep_ in _OWN_CLAUSE for t in ch.children):
            return s1  # 'said X and Y fell', 'said X and that Y', 'said X but wants Y': still the content
        while k > start and (L.lower[k - 1] in {"and", ","} or L.space[k - 1]):
            k -= 1
        if any(L.doc[t].pos_ in {"VERB", "AUX"} for t in range(start, k)):
            return k
        return s1
    return s1


def _finding(L: Layout, c: Cue, lex: QuoteLexicon) -> bool:
    """A poll, a study or a report before a verb of evidence ('a new poll shows ...')."""
    if c.lemma not in lex.evidence or c.src is None:
        return False
    return any(L.lower[t] in lex.findings for t in range(*c.src))


def _finding_object(L: Layout, j: int, s1: int) -> int | None:
    """'(a poll) showed the governor nine points ahead': a noun phrase and what is said of it."""
    if not L.has_tags or j >= s1 or L.doc[j].pos_ not in {"DET", "PROPN", "NOUN", "PRON", "ADJ", "NUM"}:
        return None
    return j if s1 - j >= 3 else None


def _object_content(L: Layout, c: Cue, j: int, s1: int, lex: QuoteLexicon) -> tuple[int, int] | None:
    """'urged Moscow to ...', 'described the talks as ...'."""
    word = {"object_to": "to", "object_as": "as"}[c.takes]
    if L.lower[j] in {"not", "to", "of", "as", "that"} or L.text[j] in {",", ".", ":"}:
        return None  # "asked not to be named": no addressee, no content
    for k in range(j + 1, min(j + 9, s1)):
        if (L.lower[k] == word and L.in_quote[k] < 0) or (c.takes == "object_as" and L.opens(k)):
            # (or "called the bans “a badge of honour”")
            return finish(L, j, _second_statement(L, c, j, s1, lex))
        if L.text[k] in {".", ";", ":"}:
            break
    if c.takes == "object_as" and L.has_parse and has_dep(L, c.start, {"xcomp"}, after=c.end):
        return finish(L, j, _second_statement(L, c, j, s1, lex))
    return None


def _quoted(L: Layout, j: int, s1: int, lex: QuoteLexicon) -> tuple[int, int] | None:
    """A quotation right after the cue, its adjuncts and a colon or comma ('shouted: “...”')."""
    k = skip_adjuncts(L, j, s1, lex)
    if k + 1 < s1 and (L.text[k] in {":", ","}) and L.opens(k + 1):
        k += 1
    elif not L.has_tags:
        return None  # no tagger to tell "answers “...”" the noun from the verb: only "answered: “...”"
    return finish(L, k, s1) if k < s1 and L.opens(k) else None


def _question(L: Layout, j: int, s1: int) -> tuple[int, int] | None:
    """An indirect question after the cue and at most a short addressee: 'asked (voters) whether ...'."""
    for k in range(j, min(j + 6, s1 - 2)):
        w = L.lower[k]
        if w in _QUESTION and L.in_quote[k] < 0:
            return finish(L, k, s1)
        if L.text[k] in FINAL_PUNCT or L.opens(k) or (L.has_tags and L.doc[k].pos_ in {"VERB", "AUX", "ADP"}):
            return None
    return None


def _after_comma(L: Layout, c: Cue, s1: int) -> tuple[int, int] | None:
    """'According to X, CONTENT.'"""
    if c.src is None:
        return None
    j = c.src[1]
    if j < s1 and L.text[j] == ",":
        j += 1
        # "According to X, who spoke on condition of anonymity, CONTENT": the aside is not the content.
        if L.lower[j] in {"who", "which", "speaking", "citing"}:
            k = j
            while k < s1 and k < j + 25 and L.text[k] != ",":
                k += 1
            if k + 1 < s1 and L.text[k] == ",":
                j = k + 1
        return finish(L, j, s1)
    return None


def _after_that(L: Layout, j: int, s1: int, lex: QuoteLexicon) -> int | None:
    """The token after 'that' when only adjuncts stand between the cue and it ('said late Wednesday that')."""
    for k in range(j, min(j + _THAT_WINDOW, s1)):
        if L.text[k] == "," and k + 1 < s1 and _afterthought_at(L, k + 1, lex):
            return None  # '..., the officer said, adding that B': the 'that' is the second verb's
        if L.lower[k] == "that" and (not L.has_tags or k == j or L.doc[k].pos_ in {"SCONJ", "PRON"}):
            if k > j and L.text[k - 1] == "," and L.has_tags and k + 1 < s1 and L.doc[k + 1].tag_ in FINITE:
                return None  # '(agree on it) by June, that would be a success': 'that' is a new subject
            return k + 1
        if L.text[k] in {".", ";", ":", "!", "?"} or L.in_quote[k] >= 0 or L.opens(k):
            return None
        if L.has_tags and L.doc[k].pos_ in {"VERB", "AUX"} and L.doc[k].tag_ not in {"VBG", "VBN"}:
            return None
    return None


def _afterthought_at(L: Layout, k: int, lex: QuoteLexicon) -> bool:
    return L.has_tags and L.doc[k].tag_ == "VBG" and L.doc[k].lemma_ in lex.afterthoughts


def _day_then_comma(L: Layout, k: int, s1: int, lex: QuoteLexicon) -> bool:
    """Time words right after the cue, then a comma: an adjunct of the verb, no clause's start."""
    t = k
    while t < s1 and t - k < 3 and L.lower[t] in lex.time_words:
        t += 1
    return k < t < s1 and L.text[t] == ","


def _clause_start(L: Layout, c: Cue, j: int, s1: int, lex: QuoteLexicon) -> int | None:
    if L.has_parse:
        tok = L.doc[c.start]
        comps = [ch for ch in tok.children if ch.dep_ in {"ccomp", "parataxis"} and ch.i >= c.end]
        if comps:
            start = comps[0].left_edge.i
            if start < c.end:
                return None
            if c.takes == "clause" and object_is_subject(L, tok, comps[0], start):
                start = c.end  # 'says the only way to win may be ...': the subject, not an object
            if c.takes == "recipient" and start == c.end and L.has_tags:
                r = recipient_end(L, start, s1, lex)  # 'told Axios the exchange ...': the parse took
                if start < r < comps[0].i and L.doc[r].pos_ not in {"VERB", "AUX"}:  # Axios for a subject
                    start = r
            while start < s1 and L.lower[start] in {"that", ":", ","}:
                start += 1
            if L.text[start - 1] == "," and not L.opens(start):
                return None  # "..., the ministry said, the third such swap": an afterthought
            if _day_then_comma(L, start, s1, lex):
                return None  # "A, the ministry said Wednesday, as both sides ...": the day is the verb's
            return start
    if c.takes == "belief" and not L.has_tags:
        return None  # "believe", "hope": a clause only where "that", the parse or the tags say so
    if L.has_tags and j < s1 and L.doc[j].tag_ in FINITE and c.src is not None and c.src[1] <= c.start:
        return j  # 'terms the ministry said were “comparable”': the gap of a relative clause before its verb
    k = skip_adjuncts(L, j, s1, lex)
    if c.takes == "recipient" and k < s1 and L.lower[k] != ":" and not L.opens(k):
        r = recipient_end(L, k, s1, lex)
        if r == k:
            return None
        k = skip_adjuncts(L, r, s1, lex)
    if k + 1 < s1 and (L.text[k] == ":" or (L.text[k] == "," and L.opens(k + 1))):
        return k + 1
    if k >= s1 or (k > 0 and L.text[k - 1] == "," and k - 1 >= c.end):
        return None
    # a clause starts with a quotation, a pronoun, a determiner, a name or a number (and, with tags, has a
    # finite verb: "Critics say the deal rewards hostage-taking" where the parser found no complement)
    if L.opens(k):
        return k
    starts = L.lower[k] in lex.clause_starts or L.text[k][:1].isupper() or L.text[k][:1].isdigit()
    if not starts and c.takes == "clause" and subject_then_verb(L, k, s1):
        return k  # 'said flooding along the river had shown ...': a bare noun subject
    finite = not L.has_tags or any(finite_at(L, t) for t in range(k + 1, min(s1, k + 25)))
    if finite and L.has_tags and c.lemma in lex.announcements and L.doc[k].pos_ in {"DET", "PRON"}:
        finite = subject_then_verb(L, k, s1, opener=True)  # 'announced their exit in May, many ...'
    finite = finite or (L.title_case(k) and L.text[c.start][:1].isupper())  # a headline's tags are weak
    if s1 - k >= 4 and starts and finite:
        return k
    return None


def skip_adjuncts(L: Layout, k: int, s1: int, lex: QuoteLexicon) -> int:
    """Past time words ('late Wednesday') and prepositional phrases of known words ('in a statement',
    'on X') from token k."""
    while k < s1:
        w = L.lower[k]
        if w in lex.time_words or (w[:1].isdigit() and L.in_quote[k] < 0):
            k += 1
            continue
        if w in lex.adjunct_preps:
            m, caps = k + 1, 0
            while m < s1 and m < k + 7:
                t = L.lower[m]
                if t in lex.adjunct_words or t in lex.time_words or t[:1].isdigit():
                    m += 1
                elif L.text[m][:1].isupper() and caps < 3 and L.in_quote[m] < 0:
                    m, caps = m + 1, caps + 1
                else:
                    break
            if m > k + 1:
                k = m
                continue
        break
    return k


def has_dep(L: Layout, i: int, deps: set[str], after: int) -> bool:
    return any(ch.dep_ in deps and ch.i >= after for ch in L.doc[i].children)


def finish(L: Layout, a: int, b: int) -> tuple[int, int] | None:
    """Trim a content span: no trailing punctuation outside the quotation marks."""
    while b > a and (L.space[b - 1] or L.text[b - 1] in FINAL_PUNCT):
        b -= 1
    if b - a < 2:
        return None
    return a, b
