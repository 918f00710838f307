"""Sources: the noun phrase that stands behind each cue.

From the parse when there is one (the verb's subject, the main clause's subject for a participle, the
antecedent of "who"), else from the tokens to the left of the verb, or after it when a comma or a
closing mark inverts the order (", said Peskov"). "According to X" takes X up to the next comma. Where a
source phrase begins and ends is in phrases.py.
"""

from __future__ import annotations

from parley.quotes.clauses import recipient_end, speaker_verb
from parley.quotes.cues import Cue, carried
from parley.quotes.layout import Layout
from parley.quotes.lexicon import QuoteLexicon
from parley.quotes.phrases import MAX_NP, in_aside, left_np, np_from_head, np_head
from parley.quotes.source_edges import refine_source

_NOT_SUBJ = frozenset({"CCONJ", "SCONJ", "ADP", "PUNCT", "SPACE", "AUX", "VERB", "PART"})
_SUBJ = frozenset({"nsubj", "nsubj:pass", "nsubjpass", "csubj"})
_JOINS = frozenset({"and", "but"})  # 'said Ada Ruiz and Tom Berg': one source goes on
_ASIDE_MARKS = frozenset({",", "\u2014", "\u2013", "--"})


def attach_sources(L: Layout, cues: list[Cue], lex: QuoteLexicon) -> None:
    for c in cues:
        if c.phrase:
            _phrase_source(L, c)
        elif c.nominal:
            _owner_source(L, c)
        else:
            _verb_source(L, c, lex)
        if c.src is not None and not c.inverted and not c.phrase:
            refine_source(L, c, lex)
        if c.src is not None:
            a, b = c.src
            c.frame = (min(a, c.start), max(b, c.end))


def _phrase_source(L: Layout, c: Cue) -> None:
    """'according to X': X runs to the next comma, full stop or quotation."""
    s0, s1 = L.sent_of(c.start)
    j = c.end
    while j < s1 and j < c.end + MAX_NP and L.text[j] not in {",", ".", ";", ":"} and L.in_quote[j] < 0:
        if L.opens(j):
            break
        j += 1
    if j > c.end:
        c.src = (c.end, j)
        c.head = np_head(L, c.end, j)


def _owner_source(L: Layout, c: Cue) -> None:
    """'his claim that': the possessive pronoun; "the mayor's claim that": the noun phrase before "'s"."""
    j = c.start - 1
    while L.lower[j] not in {"his", "her", "their", "its", "'s", "\u2019s"}:
        j -= 1
    if L.lower[j] not in {"'s", "\u2019s"}:
        c.src, c.head = (j, j + 1), j
        return
    a = j - 1
    if L.has_parse:
        a = L.doc[j - 1].left_edge.i
    else:
        while a > 0 and L.text[a - 1][:1].isupper() and j - a < MAX_NP:
            a -= 1
    if a < j:
        c.src, c.head = (a, j), j - 1


def _verb_source(L: Layout, c: Cue, lex: QuoteLexicon) -> None:  # noqa: C901
    if L.has_parse:
        subj = None if speaker_verb(L, c, lex) else _parse_subject(L, c)
        if subj is not None and subj.i > c.start and not _may_invert(L, c, subj.i):
            subj = None  # "said Israel had agreed": the parser took the clause's subject
        owner = _aside_owner(L, c, subj) if subj is not None and subj.i < c.start else None
        if owner is not None:
            c.src, c.head = np_from_head(L, owner, c), owner
            return
        if subj is not None and subj.i < c.start and in_aside(L, subj.i, c.start):
            subj = None  # "Zelenskyy, speaking in Tirana, said": the parser took Tirana
        if subj is not None and subj.i < c.start and L.text[c.start - 1] == ",":
            inv = _inverted_aside(L, c, subj.i, lex)
            if inv is not None:  # 'Any fair reading, said Oskar Lind, an expert, would ...'
                c.src, c.head, c.inverted = inv, np_head(L, *inv), True
                return
        if subj is not None and _finite_inside(L, np_from_head(L, subj.i, c), subj.i):
            subj = None  # "delegations ... agreed in Berlin ..., the UN said": a clause, not a source
        seg = _parenthetical(L, c, lex)
        if seg is not None and (subj is None or subj.i < seg[0]):
            c.src, c.head = seg, np_head(L, *seg)  # "Most closures, Jo Reyes said, were ..."
            return
        if subj is not None:
            src = np_from_head(L, subj.i, c)
            other = _second_subject(L, c, subj)
            if other is not None:  # "A senior Hamas official, Khalil al-Hayya, told": the name heads it
                second = np_from_head(L, other.i, c)
                joined = src[1] == second[0] or (src[1] + 1 == second[0] and L.text[src[1]] == ",")
                src = (src[0], second[1]) if joined and second[1] - src[0] <= MAX_NP else second
                subj = other
            if subj.i > c.start or _adjacent(L, src, c.start, lex):
                c.inverted = subj.i > c.start
                c.src, c.head = src, subj.i
                return
        if c.coordinated and subj is not None and subj.i > c.start:
            subj = None
        if c.shared and subj is None:
            return  # resolved later from the sentence's earlier attribution
    if c.shared:
        return
    inv = _inverted_source(L, c, lex)
    if inv is not None:
        c.src, c.head, c.inverted = inv, np_head(L, *inv), True
        return
    left = left_np(L, c.start, lex)
    if left is not None:
        c.src, c.head = left, np_head(L, *left)


def _parenthetical(L: Layout, c: Cue, lex: QuoteLexicon) -> tuple[int, int] | None:
    """', SOURCE said,' set off by commas inside the sentence it reports, which goes on with a finite
    verb: the source is what stands between the first comma and the cue."""
    s0, s1 = L.sent_of(c.start)
    end = recipient_end(L, c.end, s1, lex) if c.takes == "recipient" and L.has_tags else c.end
    if not L.has_tags or end + 1 >= s1 or L.text[end] != ",":  # (past the addressee: ', Ruiz told them,')
        return None
    b = c.start
    while b > s0 and (L.lower[b - 1] in lex.pre_cue or L.lower[b - 1].endswith("ly")):
        b -= 1
    a = b
    while a > s0 and L.text[a - 1] != "," and b - a < 8:
        a -= 1
    if a <= s0 + 1 or a == b or L.text[a - 1] != ",":
        return None
    if any(L.doc[t].pos_ in {"VERB", "AUX", "SCONJ", "ADP"} or L.in_quote[t] >= 0 for t in range(a, b)):
        return None
    rest = L.doc[end + 1]
    if rest.tag_ in {"VBG", "VBN"} or rest.lower_ in lex.subordinators:
        return None
    if not any(L.doc[t].tag_ in {"VBD", "VBZ", "VBP", "MD"} for t in range(end + 1, min(s1, end + 30))):
        return None
    return a, b


def _inverted_aside(L: Layout, c: Cue, subj: int, lex: QuoteLexicon) -> tuple[int, int] | None:
    """', said SOURCE(, an appositive), ' set off inside a sentence that goes on with a finite verb: the
    source follows the cue, and the subject the parse found before it (a phrase with no aside of its own:
    'Jo Hart, a nurse, said ...' is the source) is the statement's own."""
    a, b = np_from_head(L, subj, c)
    if any(L.text[t] == "," for t in range(a, min(b, c.start - 1))):
        return None
    inv = _inverted_source(L, c, lex)
    s1 = L.sent_of(c.start)[1]
    if inv is None or inv[1] + 1 >= s1 or L.text[inv[1]] != ",":
        return None
    if any(L.lower[t] in {"that", "who", "which"} for t in range(*inv)):
        return None  # ('told Fox News that ...': the recipient and the content)
    k = inv[1] + 1
    if L.lower[k] in {"an", "a", "the"}:  # ', said Oskar Lind, an expert on the region, would ...'
        k = next((t + 1 for t in range(k, min(s1, k + MAX_NP)) if L.text[t] == ","), k)
    if k >= s1 or L.lower[k] in lex.subordinators or L.doc[k].tag_ in {"VBG", "VBN"}:
        return None  # ', said Lind, adding ...', ', said Lind, as ...': an afterthought
    return (
        inv if any(L.doc[t].tag_ in {"VBD", "VBZ", "VBP", "MD"} for t in range(k, min(s1, k + 4))) else None
    )


def _finite_inside(L: Layout, span: tuple[int, int], head: int) -> bool:
    """A finite verb in the noun phrase outside any relative clause: the parser took a clause for it."""
    if not L.has_tags:
        return False
    for k in range(*span):
        if L.doc[k].tag_ not in {"VBD", "VBZ", "VBP", "MD"}:
            continue
        tok, inside = L.doc[k], False
        for _ in range(12):
            if tok.dep_ in {"acl:relcl", "acl", "relcl"}:
                inside = True
                break
            if tok.i == head or tok.head.i == tok.i:
                break
            tok = tok.head
        if not inside:
            return True
    return False


def _aside_owner(L: Layout, c: Cue, subj) -> int | None:
    """'Mr Lind, speaking in Oslo beside the visiting minister, Ada Berg, said': the parse took the name
    that closes the participle's aside for the subject; the speaker is the name before the aside."""
    for ch in [*L.doc[c.start].children, *subj.children]:
        aside = ch.dep_ in {"advcl", "acl"} and ch.tag_ == "VBG" and 2 <= ch.i < subj.i
        if not aside or L.text[ch.i - 1] != ",":
            continue
        k = ch.i - 2
        while k > 0 and L.doc[k - 1].pos_ == "PROPN":
            k -= 1
        if L.doc[k - 1].pos_ == "ADP":
            continue  # 'A diplomat in Pristina, speaking ...': the place is no speaker
        gap = range(ch.right_edge.i + 1, c.start)
        if all(L.text[k] == "," or L.doc[k].pos_ == "PROPN" for k in gap) and L.doc[ch.i - 2].pos_ == "PROPN":
            return ch.i - 2
    return None


def _second_subject(L: Layout, c: Cue, subj):
    """A name set off after the first subject by commas, which the parser made a second subject."""
    for ch in L.doc[c.start].children:
        if not (ch.dep_ in _SUBJ and subj.i < ch.i < c.start and ch.pos_ == "PROPN"):
            continue
        left, right = ch.left_edge.i, ch.right_edge.i
        if all(L.text[k] == "," or left <= k <= right for k in range(subj.right_edge.i + 1, ch.i)):
            return ch
    return None


def _may_invert(L: Layout, c: Cue, h: int) -> bool:
    """', said Peskov.': after a comma or a closing mark, a verbless noun phrase up to the sentence's end."""
    p = L.visible_before(c.start)
    prev = L.text[p] if p >= 0 else ""
    if not (prev == "," or L.closes(p)) or (prev == "," and c.takes not in {"clause", "recipient"}):
        return False
    a, b = np_from_head(L, h, c)
    s1 = L.sent_of(c.start)[1]
    rel = next((k for k in range(a, b) if L.lower[k] in {"who", "which", "that"}), b)
    if a != c.end or any(_verbal(L, k) for k in range(a, rel)):
        return False  # (a relative clause may follow the name: "said one diplomat who took part")
    if all(L.lower[k] in _lex_time() for k in range(a, b)):
        return False  # ", R-Ohio, said Tuesday.": a day is no source
    return b >= s1 - 1 or L.text[b] in {",", ".", ";"}


def _verbal(L: Layout, k: int) -> bool:
    """A verb that is no noun's modifier ('said another leading lawyer')."""
    return L.doc[k].pos_ in {"VERB", "AUX"} and L.doc[k].dep_ not in {"amod", "compound"}


def _lex_time() -> frozenset[str]:
    from parley.quotes.lexicon import lexicon

    return lexicon().time_words


def _adjacent(L: Layout, src: tuple[int, int], cue: int, lex: QuoteLexicon) -> bool:
    """Only adverbs, auxiliaries or one comma-set parenthesis stand between a source and its verb, or the
    mark that closes an aside inside the source ('Jo Reyes — a nurse from Akron — said')."""
    a, end = src
    k = cue
    while k > end:
        w = L.lower[k - 1]
        if w in lex.pre_cue or w.endswith("ly") or _adverb_of(L, k - 1, cue):
            k -= 1
        elif w == "to" and carried(L, k - 1, lex):  # 'continued to warn', 'went on to say'
            k -= 3 if L.lower[k - 2] == "on" else 2
        elif w in {"is", "are", "was", "were", "all"} and k < cue and L.lower[k] in lex.carriers | {"all"}:
            k -= 1  # 'were (all) quick to point out'
        else:
            break
    if k == end:
        return True
    if k == end + 1 and L.text[end] in _ASIDE_MARKS and L.text[end] in L.text[a:end]:
        return True
    return L.text[end] == "," and L.text[k - 1] == "," and k - end <= MAX_NP


def _adverb_of(L: Layout, k: int, verb: int) -> bool:
    """Token k is an adverb of the verb ('has long demanded', 'had once said')."""
    return L.has_parse and L.doc[k].pos_ == "ADV" and L.doc[k].head.i == verb


def _parse_subject(L: Layout, c: Cue):
    tok = L.doc[c.start]
    for ch in tok.children:
        if ch.dep_ in _SUBJ and not ch.is_space and ch.pos_ not in _NOT_SUBJ and L.in_quote[ch.i] < 0:
            return ch
    if c.participle:
        return None
    carried = tok.dep_ == "advcl" and L.lower[c.start - 1] == "to"  # ('went on to say': no xcomp)
    if tok.dep_ in {"conj", "xcomp"} or carried:
        for ch in tok.head.children:
            if ch.dep_ in _SUBJ and ch.i < tok.i and not ch.is_space and ch.pos_ not in _NOT_SUBJ:
                return ch
    # 'Lind, speaking in Bergen, Norway, where he met X, called': the parse rooted the sentence on the
    # name that opens it and hung the verb after the asides on something inside them
    # ('Ana Ruiz, 47, whose brother ..., was among the freed, said': the parse took the name for the
    # subject of the clause inside the aside)
    h = tok.sent.root
    after_aside = L.text[c.start - 1] == "," or (tok.dep_ == "conj" and tok.head.i == h.i)
    if h.pos_ == "PROPN" and h.i < tok.i and h.left_edge.i == tok.sent.start and after_aside:
        return h
    k = tok.sent.start
    while k + 1 < tok.i and L.doc[k + 1].pos_ == "PROPN":
        k += 1
    name = L.doc[k]
    if name.pos_ == "PROPN" and name.dep_ in _SUBJ and L.text[k + 1] == "," and L.text[c.start - 1] == ",":
        return name
    return None


def _inverted_source(L: Layout, c: Cue, lex: QuoteLexicon) -> tuple[int, int] | None:
    """', said Kremlin spokesman Dmitry Peskov.' — a cue right after a comma or a closing mark, or one
    that opens its sentence before a quotation ('Said Ada Ruiz, “...”')."""
    p = L.visible_before(c.start)
    prev = L.text[p] if p >= 0 else ""
    first = L.text[c.start][:1].isupper() and L.sentence_start(c.start)  # 'Said Ada Ruiz, “...”'
    if not (prev == "," or L.closes(p) or first) or (prev == "," and c.takes not in {"clause", "recipient"}):
        return None  # '“Is this peace?” asked Zelensky': after a quotation any reporting verb inverts
    s0, s1 = L.sent_of(c.start)
    j = c.end + 1 if c.end < s1 and L.space[c.end] else c.end  # ('said  Ada': a second space)
    if j >= s1:
        return None
    opens = L.text[j][0].isupper() or L.text[j][0].isdigit() or L.lower[j] in {"the", "a", "an"}
    opens = opens or L.lower[j] in lex.pronouns.indefinite  # "said another lawyer", "said one owner"
    if not (opens or _titled(L, j, s1)):
        return None
    k, relative = j, False
    while (
        k < s1 and k < j + MAX_NP and (L.text[k] not in {",", ".", ";", ":", "!", "?"} or L.abbreviation(k))
    ):
        w = L.lower[k]
        stop = w in lex.adjunct_preps or (w in lex.subordinators and w not in _JOINS)
        if k > j and stop and not relative:
            break  # 'asked Zelensky in his nightly address', 'said Ada Ruiz when asked about it'
        relative = relative or (k > j and L.lower[k] in {"who", "which", "that"})  # 'said one who took part'
        if L.has_tags and _verbal(L, k) and not relative:
            return None
        if not L.has_tags and L.text[k][:1].islower() and not _name_word(L.lower[k]) and not relative:
            return None
        k += 1
    if all(L.lower[t] in _lex_time() for t in range(j, k)):
        return None  # ', said Tuesday'
    return (j, k) if k > j else None


def _titled(L: Layout, j: int, s1: int) -> bool:
    """A few lower-case words before a person's name ('said café owner Ada Ruiz', 'said retired nurse Jo
    Hart')."""
    for m in range(j + 1, min(s1, j + 4)):
        if m in L.person_at:
            return True
        if not L.text[m - 1].isalpha() or not L.text[m - 1].islower():
            return False
    return False


def _name_word(w: str) -> bool:
    """Lower-case words that may stand in a source written after its verb: 'Dmitry Peskov, the spokesman'."""
    from parley.roles import role_rules

    return w in {"the", "a", "an", "of", "for", "'s", "\u2019s", "-"} or role_rules().is_role_word(w)
