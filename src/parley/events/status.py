"""Status: whether the text reports an event as having happened, or as proposed, pledged, requested, denied or
hypothetical (PLOVER's auxiliary modes, which its manual leaves to the coder: section "Auxiliary modes").

The cues are read off the parse around the trigger, nearest first: a condition ("if Kyiv declines to meet"), a
negation ("did not attend", "no talks"), a governor that takes the event as its complement ("refused to
attend", "ready to present", "proposed the date for a second round", "urged Moscow to submit"), a modifier of
a noun trigger ("the proposed meeting", "the planned talks"), a modal ("will meet", "could meet"), then the
frame's own status (an offer is pledged) and a date after publication (pledged).
"""

from __future__ import annotations

from spacy.tokens import Token

from parley.events.match import forms
from parley.events.patterns import EventPatterns, Frame

# Relations through which a governor's status reaches the event it governs.
_CLIMB = frozenset(
    {
        "xcomp",
        "obj",
        "nmod",
        "acl",
        "obl",
        "advcl",
        "nsubj:pass",
        "conj",
        "compound",
        "ccomp",
        "obl:arg",
        "csubj",
    }
)
# Prepositions and conjunctions of adjuncts, which a governor's status does not cross ("during a call").
_ADJUNCT = frozenset(
    {
        "during",
        "after",
        "before",
        "since",
        "following",
        "amid",
        "despite",
        "while",
        "when",
        "as",
        "because",
        "in",
        "at",
        "with",
        "without",
        "through",
        "by",
        "until",
        "from",
        "under",
        "among",
    }
)
# Nouns of a stretch of time whose "of" phrase is the event it times ("the end of the talks").
_TIME_HEADS = frozenset(
    {"end", "start", "beginning", "outset", "close", "middle", "eve", "course", "sidelines", "margins",
     "conclusion"}
)
# Verbs that close a meeting: ended talks were held (a denied governor for other acts: "end the fighting").
_ENDED = frozenset({"end", "conclude", "wrap", "close", "complete"})
_REPORTING = frozenset(
    {"say", "tell", "write", "add", "state", "announce", "note", "report", "explain", "stress"}
)


def _words(tok: Token) -> set[str]:
    return set(forms(tok))  # "hoped" is lemmatized "hop"


def negated(tok: Token, cues: EventPatterns) -> bool:
    neg = cues.status.negation
    if any(ch.dep_ in {"advmod", "neg", "det", "advmod:neg"} and ch.lower_ in neg for ch in tok.children):
        return True
    # "no sanctions were lifted": the passive subject's "no" negates the verb
    return tok.pos_ == "VERB" and any(ch.dep_ == "nsubj:pass" and any(
        g.dep_ == "det" and g.lower_ == "no" for g in ch.children) for ch in tok.children)


def _conditional(tok: Token, cues: EventPatterns) -> bool:
    cond = cues.status.conditional
    cur, hops = tok, 0
    while hops < 6:
        if any(ch.dep_ == "mark" and ch.lower_ in cond for ch in cur.children):
            return True
        reported = cur.dep_ in {"ccomp", "parataxis"} and cur.head.lemma_.lower() in _REPORTING
        if cur.head.i == cur.i or reported:
            return False
        cur = cur.head
        hops += 1
    return False


def _modal(tok: Token, cues: EventPatterns) -> str | None:
    s = cues.status
    for ch in tok.children:
        if ch.dep_ == "mark" and ch.pos_ == "ADJ" and ch.lower_ in s.governors.get("pledged", frozenset()):
            return "pledged"  # "are due to meet", the parser hanging "due" on the verb as a marker
        if ch.dep_ in {"aux", "aux:pass"}:
            if ch.lower_ in s.hypothetical_modals:
                return "hypothetical"
            if ch.lower_ in s.future_modals:
                return "pledged"
            if ch.lemma_.lower() == "be" and any(g.dep_ == "mark" and g.lower_ == "to" for g in tok.children):
                return "pledged"  # "the two sides are to meet"
    return None


def _to_clause(tok: Token) -> bool:
    return any(ch.dep_ == "mark" and ch.lower_ == "to" for ch in tok.children)


def _governor(tok: Token, cues: EventPatterns) -> str | None:
    gov = cues.status.governors
    if _words(tok) & {"expect", "expected", "schedule", "scheduled", "set", "due"} and any(
        ch.dep_ in {"aux:pass", "nsubj:pass"} for ch in tok.children
    ):
        return "pledged"  # "is expected to visit", "talks are scheduled to resume"
    for status in ("denied", "hypothetical", "requested", "proposed", "pledged"):
        if _words(tok) & gov.get(status, frozenset()):
            return status
    return None


def status_of(tok: Token, frame: Frame, cues: EventPatterns) -> str:
    """The status of the event whose trigger is ``tok``, matched by ``frame``."""
    if _conditional(tok, cues):
        return "hypothetical"
    if negated(tok, cues) and not frame.negated:
        return "denied"
    if frame.pos in {"NOUN", "ANY"} and tok.pos_ in {"NOUN", "PROPN"}:
        for ch in tok.children:
            if ch.dep_ in {"amod", "acl", "compound"}:
                for status, words in cues.status.noun_modifiers.items():
                    if _words(ch) & words:
                        return status
    modal = _modal(tok, cues)
    if modal:
        return modal
    meeting = frame.type == "CONSULT"
    if frame.status is not None:
        return "denied" if _climb(tok, cues, meeting) == "denied" else frame.status
    if tok.pos_ in {"NOUN", "PROPN"} and tok.dep_ in {"nsubj", "nsubj:outer", "nsubj:pass"}:
        verb = tok.head  # "the swap could take place", "talks are due to begin", "no talks were held"
        if negated(verb, cues):
            return "denied"
        governed = _governor(verb, cues)  # "talks were proposed"; but "the talks ended" took place
        governed = governed if governed != "denied" else None
        return _modal(verb, cues) or governed or _climb(verb, cues) or "occurred"
    return _climb(tok, cues, meeting) or "occurred"


def _passes(tok: Token) -> bool:
    """Whether a governor's status reaches down through ``tok``'s relation to its head."""
    rel = tok.dep_
    if rel not in _CLIMB:
        return False
    marks = {ch.lower_ for ch in tok.children if ch.dep_ in {"case", "mark"}}
    return not (rel in {"obl", "advcl", "nmod"} and marks & _ADJUNCT)


def _bare_conjunct(tok: Token) -> bool:
    """A base-form verb with no subject or auxiliary of its own, so the one its conjunct has governs it."""
    return tok.tag_ == "VB" and not any(ch.dep_.startswith(("nsubj", "aux")) for ch in tok.children)


def _climb(tok: Token, cues: EventPatterns, meeting: bool = False) -> str | None:
    """The status a governor above ``tok`` gives it: "ready to present", "proposed the date for a round".
    Talks that are ended or concluded took place ("ended two days of talks"); other ended acts stopped."""
    cur, hops = tok, 0
    while cur.head.i != cur.i and hops < 5 and _passes(cur):
        prev = cur
        rel, cur = cur.dep_, cur.head
        hops += 1
        if rel == "nmod" and cur.pos_ == "NOUN" and cur.lemma_.lower() in _TIME_HEADS:
            return None  # "at the end of three days of talks": when, not a cancellation
        if rel in {"ccomp", "conj"} and cur.lemma_.lower() in _REPORTING:
            break
        status = _governor(cur, cues)
        if status == "denied" and (negated(cur, cues) or meeting and cur.lemma_.lower() in _ENDED):
            status = None  # "did not rule out talks", "ended two days of talks"
        if status == "requested" and rel == "obj" and any(_to_clause(ch) for ch in cur.children) and (
            cur.lemma_.lower() in {"expect", "anticipate"}
        ):
            status = "pledged"  # "expected talks to resume": a forecast, not a demand
        if status == "denied" and rel == "conj" and prev.tag_ in {"VBZ", "VBD", "VBP"}:
            status = None  # "rejected that approach and wants a broader negotiation": a clause of its own
        if status is not None and not (rel == "conj" and status != "denied"):
            return status
        if negated(cur, cues) and rel in {"xcomp", "obj"}:
            return "denied"
        modal = _modal(cur, cues)
        if modal and (rel in {"xcomp", "obj", "nsubj:pass"} or rel == "advcl" and _to_clause(prev)):
            return modal
        if modal and rel == "conj" and _bare_conjunct(prev):
            return modal  # "would release ten hostages and return the bodies": one modal for both verbs
        if rel == "conj":
            break
    return None
