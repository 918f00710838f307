"""Where a reported clause begins and ends, from the tags and the parse: a bare noun subject running into
its verb, an object the parser took from a clause's subject, an addressee after 'told', the end of a
subordinate clause."""

from __future__ import annotations

from parley.quotes.cues import Cue
from parley.quotes.layout import Layout
from parley.quotes.lexicon import QuoteLexicon

FINITE = frozenset({"VBD", "VBZ", "VBP", "MD"})
_JOINS = frozenset({"but", "and", "while", "whereas", "yet", "though", "although"})


def subordinate_end(L: Layout, c: Cue, start: int, s1: int) -> int:
    """Where a clause reported inside a subordinate clause ends: the cue's subtree, or with no parse of
    it the first comma outside quotation marks that a clause follows."""
    if L.has_parse and start < L.doc[c.start].right_edge.i < s1 - 1:
        return L.doc[c.start].right_edge.i + 1
    comma = (t for t in range(start + 1, s1 - 1) if L.text[t] == "," and L.in_quote[t] < 0)
    return next((t for t in comma if L.lower[t + 1] not in {"which", "who", "whose", "and", "but"}), s1)


def object_is_subject(L: Layout, cue, comp, start: int) -> bool:
    """The cue's object runs, with no punctuation, into a complement that has no subject of its own."""
    if any(ch.dep_ in {"nsubj", "nsubj:pass", "expl", "csubj"} for ch in comp.children):
        return False
    between = range(cue.i + 1, start)
    objs = [ch for ch in cue.children if ch.dep_ == "obj" and ch.i in between]
    return bool(objs) and not any(L.doc[t].is_punct or L.in_quote[t] >= 0 for t in between)


def subject_then_verb(L: Layout, k: int, s1: int, opener: bool = False) -> bool:
    """A noun phrase opening at token k (a bare noun, or with ``opener`` a determiner or pronoun) runs, with
    no comma or relative word, into a finite verb: a clause ('sanctions alone would not end ...'), not an
    object ('new rules on visas who ...')."""
    pos = {"NOUN", "ADJ"} | ({"DET", "PRON"} if opener else set())
    if not L.has_tags or L.doc[k].pos_ not in pos or L.doc[k].tag_ == "VBG":
        return False
    if opener and L.doc[k].tag_ in {"PRP"} and k + 1 < s1 and L.doc[k + 1].tag_ in FINITE:
        return True  # 'announced it would ...'
    for t in range(k + 1, min(s1, k + 12)):
        tok = L.doc[t]
        if tok.tag_ in FINITE:
            return t > k
        if tok.pos_ not in {"NOUN", "ADJ", "PROPN", "DET", "NUM", "ADP", "ADV", "PART"} or L.in_quote[t] >= 0:
            return False
        if L.lower[t] in {"that", "which", "who"}:
            return False
    return False


def recipient_end(L: Layout, k: int, s1: int, lex: QuoteLexicon) -> int:
    """The end of the addressee after 'told' ('reporters', 'the Daily Courier (DC)', 'voters'): known
    addressees and names, or with a tagger one noun phrase (a second determiner or a pronoun opens the
    clause: 'told voters she would ...')."""
    r, noun = k, False
    while r < s1 and r < k + 6:
        det = L.lower[r] in {"the", "a", "an"} and r + 1 < s1 and L.lower[r + 1] in lex.recipients
        pos = L.doc[r].pos_ if L.has_tags else ""
        if det or L.lower[r] in lex.recipients or L.text[r][:1].isupper():
            r, noun = r + 1, True
        elif L.has_tags and (pos in {"NOUN", "ADJ", "NUM"} or (pos == "DET" and not noun)):
            r, noun = r + 1, noun or pos == "NOUN"
        elif L.text[r] == "(" and r + 2 < s1 and L.text[r + 2] == ")":
            r += 3  # "the Daily Courier (DC)"
        else:
            break
    return r


def finite_at(L: Layout, t: int) -> bool:
    """A finite verb, or a plural noun right after a noun that the tagger mistook ('the deal rewards')."""
    tag = L.doc[t].tag_
    return tag in FINITE or (tag == "NNS" and L.doc[t - 1].tag_ in {"NN", "NNP"} and L.lower[t - 1] != "the")


def second_speaker(L: Layout, start: int, s1: int, lex: QuoteLexicon) -> int:
    """Where a reported clause ends before a second source's statement joined to it ('said A, but traders
    say B', 'said A while critics argued B'): a reporting verb with a subject of its own after the
    conjunction opens another quote."""
    for t in range(start + 2, s1 - 2):
        if L.lower[t] not in _JOINS or L.in_quote[t] >= 0:
            continue
        for v in range(t + 2, min(s1, t + 9)):
            tok = L.doc[v]
            if L.in_quote[v] >= 0 or L.text[v] in {",", ";", ":"}:
                break
            # ('..., and officials have said B': the perfect's participle is the verb)
            perfect = tok.tag_ == "VBN" and any(ch.dep_ == "aux" and ch.tag_ in FINITE for ch in tok.children)
            if (
                not (tok.tag_ in FINITE or perfect)
                or lex.match_verb(L.lower[v : v + 2], tok.lemma_.lower()) is None
            ):
                continue
            subj = [ch for ch in tok.children if ch.dep_ == "nsubj" and t < ch.i < v]
            # the parser may hang the conjunction on the subject ('and officials argue': cc of 'officials')
            if subj and subj[0].left_edge.i in (t, t + 1) and not _continued(subj[0], tok, lex):
                while t > start and (L.text[t - 1] == "," or L.space[t - 1]):
                    t -= 1
                return t
            break
    return s1


_OWN_SUBJECT = frozenset({"nsubj", "nsubj:pass", "expl"})
_DO = {True: "did", False: "does"}


def speaker_act(L: Layout, c: Cue, start: int, s1: int, lex: QuoteLexicon) -> int:
    """Where a reported clause ends before the speaker's own act joined to it ('said A and accused B of C',
    'said A but did not say when', 'says A and thanks B'): a verb in the cue's tense (not the content's
    auxiliary chain: 'had shown A and accused B'), with no subject of its own, that the parser hung on the
    content's verb. A verb of saying there opens a second statement of the speaker; an act is the writer's."""
    if not L.has_parse or c.participle or L.lower[c.start].endswith("ing"):
        return s1
    past = not L.lower[c.start].endswith("s")
    for t in range(start + 2, s1 - 1):
        if L.lower[t] not in {"and", "but"} or L.in_quote[t] >= 0:
            continue
        tok = L.doc[t + 1]
        done = L.lower[t + 1] == _DO[past] and tok.dep_ == "aux" and tok.head.i > t + 1
        if done:
            tok = tok.head  # 'but did not say when'
        own = any(ch.dep_ in _OWN_SUBJECT for ch in tok.children)
        # hung on the content's verb, or on the cue rooting the sentence ('told X that A, but accused B of C')
        on_cue = tok.head.i == c.start and L.doc[c.start].dep_ == "ROOT"
        if tok.dep_ != "conj" or not (start <= tok.head.i < t or on_cue) or own:
            continue
        lemma = tok.lemma_.lower()
        verb = lex.match_verb([tok.lower_], lemma)
        said = verb is not None and verb[1] not in lex.states and lex.takes(verb[1]) != "belief"
        # a past form the tagger took for a participle though nothing makes it one ('but insisted on B')
        bare = past and tok.tag_ == "VBN" and not any(ch.dep_.startswith("aux") for ch in tok.children)
        tense = done or bare or tok.tag_ == ("VBD" if past else "VBZ")
        if tense and (lemma in lex.acts or said) and (done or told_apart(L, tok, t)):
            while t > start and (L.text[t - 1] == "," or L.space[t - 1]):
                t -= 1
            return t
    return s1


def disputed_end(L: Layout, start: int, s1: int, lex: QuoteLexicon) -> int:
    """Where a reported clause ends before the writer's note on it closing the sentence: a comma, 'a' and
    a statement noun with a clause of its own ('..., a claim the army denies', '..., a proposal that Hamas
    rejected')."""
    for t in range(start + 3, s1 - 3):
        if L.text[t] != "," or L.in_quote[t] >= 0 or L.lower[t + 1] not in {"a", "an"}:
            continue
        k = t + 3 if L.doc[t + 2].pos_ == "ADJ" else t + 2
        noun = L.doc[k]
        if L.lower[k] not in lex.disputed or noun.right_edge.i + 1 < s1 - 1:
            continue
        rel = [ch for ch in noun.children if ch.dep_ in {"acl:relcl", "acl"} and ch.i > k]
        if rel and not any(ch.dep_ in {"ccomp", "parataxis"} for ch in rel[0].children):
            return t  # (not '..., a claim the army said it was examining': a statement held inside)
    return s1


def told_apart(L: Layout, verb, conj: int) -> bool:
    """The verb is not the content's own next verb: the content's verb has another form or an auxiliary
    ('had shown A and accused B', 'was ready and thanked'), or a comma sets the act off ('required A, and
    accused B'); 'the council backed A and accused B' may be the council's."""
    head = verb.head
    chain = any(ch.dep_ in {"aux", "aux:pass", "cop"} for ch in head.children)
    return chain or head.tag_ != verb.tag_ or L.text[conj - 1] == ","


def speaker_verb(L: Layout, c: Cue, lex: QuoteLexicon) -> bool:
    """A cue the parser hung on the clause another cue reports ('said A and urged B': 'urged' on A's verb)
    in the outer cue's tense, set apart from A's verb (told_apart): the outer speaker's second statement,
    not A's subject's (an agreement, a feeling or a belief stays A's: 'said the crews met and agreed')."""
    tok = L.doc[c.start]
    if tok.dep_ != "conj" or not c.coordinated or c.lemma in lex.states or c.takes == "belief":
        return False
    comp = tok.head
    while comp.dep_ in {"conj", "xcomp", "acl:relcl"} and comp.head.i != comp.i:
        comp = comp.head
    outer = comp.head
    if comp.dep_ not in {"ccomp", "parataxis"} or outer.i >= comp.i or L.in_quote[outer.i] >= 0:
        return False
    if lex.match_verb([outer.lower_], outer.lemma_.lower()) is None:
        return False
    past = not outer.lower_.endswith("s")
    return tok.tag_ == ("VBD" if past else "VBZ") and told_apart(L, tok, c.start - 1)


def _continued(subj, verb, lex: QuoteLexicon) -> bool:
    """'said A, but he added B': the same speaker going on (a pronoun, a plain verb of saying) is one
    statement, as the team's gold reads it ('but he warned that B' is a second one)."""
    return subj.tag_ == "PRP" and verb.lemma_.lower() in lex.restatements


_OPENERS = frozenset({"obl", "obl:tmod", "obl:npmod", "advmod", "nmod:tmod", "npadvmod", "prep"})
_SUBJECTS = frozenset({"nsubj", "nsubj:pass", "expl", "csubj"})


def past_opener(L: Layout, a: int, b: int) -> int:
    """Where a content told before its source starts: after a phrase that sets the scene, a comma after
    it, before the clause's subject ('Under the deal, the two sides will ..., according to X'; 'On May 3,
    the day it was signed, the firm was paid ..., X said'), as PolNeAR and our gold leave it out."""
    if not L.has_parse or b - a < 4:
        return a
    root = next((t for t in range(a, b) if not a <= L.doc[t].head.i < b or L.doc[t].head.i == t), None)
    if root is None:
        return a
    tok = L.doc[root]
    subj = next((ch for ch in tok.children if ch.dep_ in _SUBJECTS and a < ch.i < b), None)
    if subj is None:
        return a
    s = subj.left_edge.i
    if s <= a + 1 or s >= b - 1 or L.text[s - 1] != "," or L.in_quote[s - 1] >= 0 or L.opens(a):
        return a
    for ch in tok.children:  # all before the subject hangs on the clause's verb as a scene-setter
        if ch.i < s - 1 and ch.dep_ not in _OPENERS | {"punct"}:
            return a
    return s
