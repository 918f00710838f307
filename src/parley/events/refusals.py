"""Refusals told as a negated future act: "Ukraine would not accept any deal", "Baku would not sign until
...", "the front would not take part", "we will never again take orders from them". PLOVER codes a refused act
as a REJECT. The frames of data/event_patterns.yaml name acts with a type of their own ("would not meet" is a
CONSULT denied, which the scorer and PLOVER's rule read as a REJECT); this frame takes the verbs of yielding
and taking part that have none there, or whose frame wants an object they lack ("would not sign"). The verbs
are ``refusals`` in the YAML: other verbs so negated mostly make vows ("we will not back down", "would not
give up").
"""

from __future__ import annotations

from spacy.tokens import Token

from parley.events.patterns import EventPatterns, Frame

REFUSAL = Frame(lemmas=["_refusal"], pos="VERB", type="REJECT", status="denied", content=True)


def _negation(tok: Token, patterns: EventPatterns) -> bool:
    """"would not accept", "would never sign", "would “never again take”" (the parser hangs "never" on
    "again")."""
    neg = patterns.status.negation
    for ch in tok.children:
        if ch.dep_ not in {"advmod", "neg", "advmod:neg"}:
            continue
        if ch.lower_ in neg or any(g.dep_ == "advmod" and g.lower_ in neg for g in ch.children):
            return True
    return False


def refusal_heads(patterns: EventPatterns) -> frozenset[str]:
    """The lemmas a refusal can turn on (the first word of each of ``refusals.verbs``): no other word can
    be one, so callers skip the rest without reading their parse."""
    return frozenset(v.split()[0] for v in patterns.refusals.verbs)


def is_refusal(tok: Token, patterns: EventPatterns) -> bool:
    """A verb of yielding or taking part in the active voice, negated, with a modal of the future."""
    if tok.pos_ != "VERB":
        return False
    kids = list(tok.children)
    if any(ch.dep_ == "aux:pass" for ch in kids):
        return False  # "would not be accepted": done to the subject, not refused by it
    verbs = patterns.refusals.verbs
    lemma = tok.lemma_.lower()
    partners = {w for ch in kids if ch.dep_ in {"obj", "compound:prt", "advmod"}
                for w in (ch.lemma_.lower(), ch.lower_)}
    if lemma not in verbs and not any(f"{lemma} {p}" in verbs for p in partners):
        return False
    modal = any(ch.dep_ == "aux" and ch.lower_ in patterns.status.future_modals for ch in kids)
    return modal and _negation(tok, patterns)
