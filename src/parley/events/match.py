"""Matching frames (``data/event_patterns.yaml``) to tokens of the parse: a token's forms (lemma, text and
naive stems), its objects, particles and modifiers, and each frame's conditions on them."""

from __future__ import annotations

from spacy.tokens import Token

from parley.events.args import Entities
from parley.events.patterns import EventPatterns, Frame, word_forms

SUBJ = frozenset({"nsubj", "nsubj:outer", "csubj"})
OBJ = frozenset({"obj", "iobj"})


def _words(tok: Token) -> set[str]:
    return {tok.lemma_.lower(), tok.lower_}


def _case(tok: Token) -> str:
    for ch in tok.children:
        if ch.dep_ in {"case", "mark"}:
            return ch.lower_
    return ""


def _cases(tok: Token) -> set[str]:
    return {ch.lower_ for ch in tok.children if ch.dep_ in {"case", "mark", "fixed"}}


# Nouns that hold what they count: "a round of exercises" is exercises, "a package of sanctions" sanctions.
CONTAINERS = frozenset(
    {"round", "package", "series", "wave", "set", "batch", "tranche", "raft", "slew"}
)


def _objects(tok: Token) -> list[Token]:
    """The verb's objects (a passive subject, a participle's noun, a gerund complement), with conjuncts; a
    container noun gives way to what it holds ("a round of exercises")."""
    out = []
    kids = list(tok.children)
    kids += [g for ch in kids if ch.dep_ in {"advmod", "compound:prt"} for g in ch.children]  # "back to the"
    heads = [ch for ch in kids if ch.dep_ in {"obj", "nsubj:pass", "obl:arg", "xcomp"} or (
        ch.dep_ in {"obl", "obl:agent"} and _cases(ch) & {"of", "on", "for", "to", "over", "via", "by"})]
    if tok.dep_ == "acl" and tok.head.pos_ in {"NOUN", "PROPN"}:
        heads.append(tok.head)  # "restrictions imposed in April"
    elif tok.dep_ == "acl:relcl" and not any(ch.dep_ == "obj" for ch in kids) and any(
        ch.dep_ == "nsubj" and ch.lower_ not in {"who", "which", "that"} for ch in kids
    ):
        heads.append(tok.head)  # "a request Vilnius turned down": the object of a relative clause
    for ch in heads:
        held = [c for c in ch.children if c.dep_ == "nmod" and _case(c) == "of"]
        if ch.lemma_.lower() in CONTAINERS and held:
            out.extend(held)
        else:
            out.append(ch)
            out.extend(c for c in ch.children if c.dep_ == "nmod" and _case(c) in {"of", "on"})
        out.extend(c for c in ch.children if c.dep_ == "conj")
    return out


def _preps(tok: Token) -> set[str]:
    out = set()
    for ch in tok.children:
        if ch.dep_ in {"compound:prt", "advmod"}:
            out.add(ch.lower_)
        elif ch.dep_ in {"obl", "obl:arg", "nmod", "obj", "xcomp", "advcl", "iobj"}:
            out.add(_case(ch))
    return out


def _mods(tok: Token) -> set[str]:
    out: set[str] = set()
    for ch in tok.children:
        if ch.dep_ in {"compound", "amod", "nmod", "nummod", "nmod:poss", "acl"}:
            out |= _words(ch)
            out |= {w.lower() for w in ch.text.split("-")}
    return out


def _pos_ok(frame: Frame, tok: Token) -> bool:
    if frame.pos == "VERB":
        return tok.pos_ == "VERB" or (tok.pos_ == "ADJ" and tok.tag_.startswith("VB")) or _verb_like(tok)
    if frame.pos == "NOUN":
        return tok.pos_ == "NOUN" or (tok.pos_ == "PROPN" and tok.is_title and tok.i == tok.sent.start)
    if frame.pos == "ADJ":
        return tok.pos_ == "ADJ"
    return tok.pos_ in {"VERB", "NOUN", "ADJ"}


def _verb_like(tok: Token) -> bool:
    """A word the tagger took for a noun but the parser gave a subject and an object ("Riyadh now backs a
    settlement")."""
    deps = {ch.dep_ for ch in tok.children}
    return tok.pos_ == "NOUN" and ("nsubj" in deps and "obj" in deps or reduced_subject(tok) is not None)


def reduced_subject(tok: Token) -> Token | None:
    """The subject of a relative clause with no "that" that the tagger read as one noun phrase ("a charge
    Benin rejects", "an allegation Abidjan denies": a plural noun with two compounds)."""
    if tok.tag_ != "NNS" or tok.i < 2:
        return None
    subj, obj = tok.doc[tok.i - 1], tok.doc[tok.i - 2]
    compounds = subj.dep_ == obj.dep_ == "compound" and subj.head.i == tok.i and obj.head.i in {tok.i, subj.i}
    if compounds and subj.pos_ == "PROPN" and obj.pos_ == "NOUN":
        return subj
    return None


_NOT = frozenset({"not", "n't", "never"})


def _conditions(frame: Frame, tok: Token, ents: Entities) -> bool:
    if frame.objects or frame.not_objects:
        objs = set().union(*(_words(o) for o in _objects(tok))) if _objects(tok) else set()
        if frame.objects and not objs & frame.objects:
            return False
        if objs & frame.not_objects:
            return False
    if frame.preps and not _preps(tok) & frame.preps:
        return False
    if frame.modifiers and not _mods(tok) & frame.modifiers:
        return False
    if frame.not_modifiers and _mods(tok) & frame.not_modifiers:
        return False
    if frame.with_preps and not any(
        ch.dep_ in {"nmod", "obl", "acl"} and _case(ch) in frame.with_preps for ch in tok.children
    ):
        return False
    if frame.heads and not _words(tok.head) & frame.heads:
        return False
    if frame.not_heads and _words(tok.head) & frame.not_heads:
        return False
    if frame.not_preps and _preps(tok) & frame.not_preps:
        return False
    if frame.not_args and any(_words(ch) & frame.not_args for ch in tok.children):
        return False  # "a request for comment"
    if frame.mandative and not any(_mandative(ch) for ch in tok.children):
        return False
    if frame.person_object and not any(
        (ch.dep_ == "obj" or frame.preps and ch.dep_ in {"obl", "obl:arg"} and _case(ch) in frame.preps)
        and any(e.type == "PERSON" for e in ents.of(ch)) for ch in tok.children
    ):  # "received Lavrov", "called on Lavrov"
        return False
    if frame.person_object and frame.preps and any(
        g.dep_ == "mark" and g.lower_ == "to" for ch in tok.subtree for g in ch.children
    ):  # "called on Lavrov to withdraw": a call to act
        return False
    if frame.doc_words and not frame.doc_words & ents.doc_words:
        return False
    if frame.doc_words and _case(tok) == "in" and any(_case(ch) == "for" for ch in tok.children):
        return False  # "in exchange for": a price, not an exchange
    if frame.no_complement and any(ch.dep_ in {"xcomp", "ccomp"} for ch in tok.children):
        return False  # "nobody should call it one": naming, not a phone call
    if frame.no_object and any(ch.dep_ in {"obj", "obl", "obl:arg"} for ch in tok.children):
        return False
    if frame.negated and not any(
        ch.dep_ in {"advmod", "advmod:neg"} and ch.lower_ in _NOT for ch in tok.children
    ):  # "is not bound by": the negation is the act
        return False
    if frame.place_preps and not any(
        ch.dep_ in {"obl", "obl:arg"} and _case(ch) in frame.place_preps
        and any(e.type in {"PLACE", "COUNTRY"} for e in ents.of(ch)) for ch in tok.children
    ):
        return False
    if frame.not_purpose and any(
        ch.dep_ in {"advcl", "xcomp"} and _words(ch) & frame.not_purpose and _case(ch) == "to"
        for ch in tok.children
    ):
        return False
    if frame.place_object and not any(
        # a pronoun is no named place: "we will take it" (a deal), "take it back to the presidents"
        ch.dep_ == "obj" and ch.pos_ != "PRON" and any(e.type == "PLACE" for e in ents.of(ch))
        for ch in tok.children
    ):
        return False
    if frame.org_object and not any(
        (ch.dep_ == "obj" or ch.dep_ in {"obl", "obl:arg"} and _case(ch) == "from")
        and ents.of(ch) and all(e.type == "ORG" for e in ents.of(ch)) for ch in tok.children
    ):
        return False
    if frame.threat and not _threatening(tok):
        return False
    if frame.entity_object and not any(
        ch.dep_ in OBJ and (ents.of(ch) or ch.pos_ == "PROPN") for ch in tok.children
    ):
        return False
    if frame.subject_is_group and not any(
        ch.dep_ in SUBJ and not any(e.type == "COUNTRY" for e in ents.of(ch)) for ch in tok.children
    ):
        return False
    if frame.ccomp_cues:
        comp = [ch for ch in tok.children if ch.dep_ in {"ccomp", "obj", "xcomp"}]
        if not any(_words(t) & frame.ccomp_cues for c in comp for t in c.subtree):
            return False
    return True


def _mandative(ch: Token) -> bool:
    """A that-clause that says what must be done: "insisted that the troops leave first" (a bare verb with its
    own subject), "demanded that Moscow should withdraw"."""
    if ch.dep_ != "ccomp" or ch.pos_ not in {"VERB", "NOUN"}:
        return False
    kids = list(ch.children)
    subject = any(k.dep_.startswith("nsubj") for k in kids)
    aux = [k.lower_ for k in kids if k.dep_ in {"aux", "aux:pass", "cop"}]
    # a bare verb: "that the troops leave" (which the tagger may take for a noun or a present tense)
    bare = ch.tag_ in {"VB", "NN"} or ch.tag_ == "VBP" and ch.lemma_.lower() not in {"be", "have", "do"}
    return subject and (bare and not aux or bool(set(aux) & {"should", "must"}))


def _threatening(tok: Token) -> bool:
    """A warning that threatens: "warned of retaliation", "warned it would respond", "warned Kyiv not to"."""
    for ch in tok.children:
        if ch.dep_ in {"obl", "obl:arg"} and _case(ch) in {"of", "against"}:
            return True
        if ch.dep_ == "xcomp":
            return True
        if ch.dep_ == "ccomp" and any(
            g.dep_ == "aux" and g.lower_ in {"will", "would", "could", "may", "might", "'ll"}
            for g in ch.children
        ):
            return True
    return False


def forms(tok: Token) -> list[str]:
    """The token's lemma and text, and naive stems of its text (``word_forms``)."""
    return word_forms(tok.lemma_.lower(), tok.lower_)


def _possessed_participle(tok: Token) -> bool:
    """"Yemen's recognised government": a participle the parser made a clause of, its "subject"
    a possessive; it describes the noun, it is no act."""
    if tok.tag_ != "VBN" or any(ch.dep_ in {"aux", "aux:pass", "cop"} for ch in tok.children):
        return False
    return any(
        ch.dep_ in SUBJ and any(g.dep_ == "case" and g.lower_ in {"'s", "’s", "'", "’"} for g in ch.children)
        for ch in tok.children
    )


def match_frame(tok: Token, patterns: EventPatterns, ents: Entities) -> Frame | None:
    frames = patterns.candidates(tok.lemma_.lower(), tok.lower_)
    if not frames or _possessed_participle(tok):  # most words name no frame: no parse to read
        return None
    for f in frames:
        if _pos_ok(f, tok) and _conditions(f, tok, ents):
            return f
    return None
