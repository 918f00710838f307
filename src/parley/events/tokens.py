"""Token tests the event stages share: expletive "it", definite phrases, case markers, quoted tokens."""

from __future__ import annotations

from spacy.tokens import Token

BOTH = frozenset({"both", "two", "each", "either"})


def expletive(tok: Token) -> bool:
    """An "it" that stands for a clause to come: "it was unwise to delay the vote"."""
    head = tok.head
    if tok.dep_ == "expl":
        return True
    if not tok.dep_.startswith("nsubj") or head.pos_ != "ADJ":
        return False
    return any(ch.dep_ in {"csubj", "ccomp", "xcomp", "advcl"} and any(
        g.dep_ == "mark" and g.lower_ in {"to", "that"} for g in ch.children) for ch in head.children)


def definite_plural(kids: list[Token]) -> bool:
    """"the two ministers", but not "the foreign ministers of both countries" (the phrase says who)."""
    definite = any(ch.lower_ in BOTH | {"the", "their"} for ch in kids)  # "their foreign ministers"
    return definite and not any(ch.dep_ == "nmod" for ch in kids)


def definite(tok: Token) -> bool:
    return any(ch.lower_ in {"the", "this"} for ch in tok.children)


def case_of(tok: Token) -> str:
    return next((ch.lower_ for ch in tok.children if ch.dep_ == "case"), "")


def in_quote(tok: Token) -> bool:
    """Whether ``tok`` sits between an odd number of quotation marks in its sentence."""
    marks = sum(1 for t in tok.sent if t.i < tok.i and t.text in {"\u201c", "\u201d", '"', "``", "''"})
    return marks % 2 == 1
