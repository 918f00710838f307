"""Which way an expression points: the tense of the verb that governs it.

"said Wednesday" looks back, "will meet on Monday" looks ahead. With a dependency parse the governing verb
is found by walking up from the expression; without one, cue words in the sentence decide.
"""

from __future__ import annotations

from spacy.tokens import Doc, Token

from parley.temporal.lexicon import Lexicon

PAST, FUTURE, PRESENT = "PAST", "FUTURE", "PRESENT"


def _is_verb(t: Token) -> bool:
    return t.pos_ in ("VERB", "AUX") or t.tag_.startswith(("VB", "MD"))


def _verb_tense(
    v: Token, cues: dict[str, frozenset[str]], depth: int = 0, own_event: bool = False
) -> str | None:
    """Tense of a verb from its tag and its auxiliaries; an infinitive or a bare participle looks to the
    verb it depends on. ``own_event``: the expression dates a noun's event ("after talks on Monday")."""
    lows = {c.lower_ for c in v.children if c.dep_ in ("aux", "aux:pass", "auxpass")}
    if lows & {"have", "has", "had", "'ve", "\u2019ve"} and lows & (cues["modals"] | cues["maybe"]):
        return PAST  # "would have met", "could have ended"
    if lows & cues["modals"] or v.lower_ in cues["modals"]:
        return FUTURE
    if lows & cues["maybe"]:
        return None  # "could be located Wednesday": a modal says nothing of when
    if v.lower_ == "going" and any(c.lower_ == "to" for c in v.children):
        return FUTURE
    if "to" in lows or any(c.dep_ == "mark" and c.lower_ == "to" for c in v.children):
        return _infinitive(v, cues, depth, own_event)
    if lows & {"had", "has", "have", "did", "was", "were"}:
        return PAST
    if v.tag_ in ("VBZ", "VBP") and any(c.dep_ == "cop" and c.tag_ == "VBD" for c in v.children):
        return PAST  # "the view this weekend was that nobody wants ...", parsed with "wants" as the head
    tag = v.tag_
    if lows & {"is", "are", "am", "'s", "'re"} and tag == "VBG":
        return FUTURE  # "are meeting on Monday": the present progressive plans
    if tag == "VBD" or (tag == "VBN" and not lows):
        return PAST
    if tag in ("VBZ", "VBP"):
        return PRESENT
    if tag == "VBN" and lows & {"is", "are", "be", "been"}:
        return PRESENT
    if tag in ("VBG", "VB"):
        return None
    morph = v.morph.get("Tense")
    if morph == ["Past"]:
        return PAST
    if morph == ["Pres"]:
        return PRESENT
    return None


def _infinitive(v: Token, cues: dict[str, frozenset[str]], depth: int, own_event: bool = False) -> str | None:
    """'agreed to meet on Friday' looks ahead; 'staged celebrations to mark Friday's entry' does not, nor
    'agreed to swap prisoners after talks on Monday' (the talks' day, not the plan's)."""
    if _due_to(v, cues):
        return FUTURE
    head = v.head
    for _ in range(4):  # "the first countries to accede": climb from the noun to its verb
        if head.head.i == head.i or _is_verb(head) or head.lower_ in cues["plan_verbs"]:
            break  # "was likely to bring orders forward over the summer": the adjective plans
        head = head.head
    if head.i != v.i and head.lower_ in cues["scheduled"]:
        had = any(c.lower_ == "had" for c in head.children if c.dep_ in ("aux", "aux:pass", "auxpass"))
        return PAST if had else FUTURE  # "had been due to expire on Monday": a plan of the past
    if head.i == v.i or depth > 2 or not _is_verb(head):
        return FUTURE
    plans = cues["plan_verbs"]
    if not own_event and (
        head.lemma_.lower() in plans or head.lower_ in plans or head.lower_ in cues["scheduled"]
    ):
        return FUTURE
    return PAST if _verb_tense(head, cues, depth + 1) == PAST else FUTURE


def _due_to(v: Token, cues: dict[str, frozenset[str]]) -> bool:
    """'which is due to take effect on Thursday', read off the words, as a parse may hang 'due' under the
    infinitive; 'was due to' and 'had been due to' are plans of the past, left to the parse."""
    to = next((c for c in v.children if c.dep_ == "mark" and c.lower_ == "to" and c.i < v.i), None)
    if to is None or to.i < 1 or v.doc[to.i - 1].lower_ not in cues["scheduled"]:
        return False
    before = {t.lower_ for t in v.doc[max(0, to.i - 4) : to.i - 1]}
    return not before & {"was", "were", "had", "been"}


def _head_verb(doc: Doc, start: int, end: int, cues: dict[str, frozenset[str]]) -> Token | None:
    span = doc[start:end]
    head = span.root
    t = head
    for _ in range(8):
        if t.head.i == t.i:
            return t if _is_verb(t) and _same_paragraph(doc, t.i, start) else None
        t = t.head
        if _is_verb(t) or _aux_copula(t) or t.lower_ in (cues["scheduled"] | cues["scheduled_for"]):
            return t if _same_paragraph(doc, t.i, start) else None
    return None


def past_between(doc: Doc, start: int, end: int, lex: Lexicon) -> bool:
    """Whether a past verb stands between the expression and the verb the parse hangs it on, before it."""
    v = _head_verb(doc, start, end, lex.cues)
    return v is not None and v.i < start and any(t.tag_ in ("VBD", "VBN") for t in doc[v.i + 1 : start])


def _same_paragraph(doc: Doc, i: int, j: int) -> bool:
    """A parse that runs a list of lines into one sentence ("- 307 were freed on Wednesday; - the last
    are due to cross on Friday") hangs a line's date on another line's verb: no verb across a break."""
    lo, hi = min(i, j), max(i, j)
    return not any("\n" in t.text or "\n" in t.whitespace_ for t in doc[lo:hi])


def _aux_copula(t: Token) -> bool:
    """A nominal predicate with its own auxiliary ("would be at the crossing on Saturday") carries the
    tense; climbing past it would borrow the tense of a clause it is only joined to."""
    deps = {c.dep_ for c in t.children}
    return "cop" in deps and bool(deps & {"aux", "aux:pass"})


def _soonest(doc: Doc, start: int, cues: dict[str, frozenset[str]]) -> bool:
    """'as early as' / 'as soon as' just before the expression."""
    words = [t.lower_ for t in doc[max(0, start - 3) : start]]
    return len(words) == 3 and words[0] == words[2] == "as" and words[1] in cues["soonest"]


def _perfect(v: Token) -> bool:
    """A participle with its auxiliary ("once both have approved it"), not a finite past: tagged VBD, or
    tagged VBN without an auxiliary but with its subject ("after the group announced late Monday")."""
    return v.tag_ != "VBD" and any(c.dep_.startswith("aux") for c in v.children)


def _has_subject(v: Token) -> bool:
    # a paragraph break parsed as the subject is none
    return any(c.dep_.startswith("nsubj") and not c.is_space for c in v.children)


def _dates_an_event(t: Token, v: Token, cues: dict[str, frozenset[str]]) -> bool:
    """Whether the expression hangs on a noun in a phrase like 'after talks' on its way up to the verb."""
    for _ in range(6):
        if t.head.i in (t.i, v.i):  # spaCy makes a new Token on each access: compare positions
            return False
        t = t.head
        if t.pos_ in ("NOUN", "PROPN") and any(
            c.dep_ == "case" and c.lower_ in cues["event_after"] for c in t.children
        ):
            return True
    return False


def finite_head(doc: Doc, start: int, end: int, lex: Lexicon) -> bool:
    """Whether the expression hangs directly on a finite verb ("suspended talks in January", "had been
    arrested in February", "would come in July"), whose tense is then sure, not borrowed from another."""
    v = _head_verb(doc, start, end, lex.cues)
    root = doc[start:end].root
    if v is None or root.head.i != v.i or not any(c.dep_ == "case" for c in root.children):
        return False  # a phrase of the verb's own ("in May"), not a mis-parsed "said ... mid-November"
    aux = [c.lower_ for c in v.children if c.dep_ in ("aux", "aux:pass", "mark")]
    if "to" in aux:
        return False  # "to be published in November": an infinitive borrows its time
    return v.tag_ == "VBD" or any(c.dep_ in ("aux", "aux:pass") for c in v.children)


def _open_condition(v: Token, cues: dict[str, frozenset[str]]) -> bool:
    """A past verb in an "if" clause of a modal one is a condition still open ("tariffs could climb again
    if no deal was reached by August", "could sign on Wednesday if the maps were agreed overnight"); "if
    it had been reached in May" is not."""
    if (
        v.dep_ != "advcl"
        or v.head.i == v.i
        or not any(c.dep_ == "mark" and c.lower_ in ("if", "unless") for c in v.children)
    ):
        return False
    aux = {c.lower_ for c in v.children if c.dep_.startswith("aux")}
    head_aux = {c.lower_ for c in v.head.children if c.dep_.startswith("aux")}
    if aux & {"had", "'d", "’d"} or head_aux & {"have", "'ve", "’ve"}:
        return False
    return bool(head_aux & (cues["modals"] | cues["maybe"]))


def _said_at(doc: Doc, start: int, cues: dict[str, frozenset[str]]) -> bool:
    """'said on Monday', 'said late Monday' (the expression may hold 'late'): the day of the saying."""
    i = start - 1
    if i >= 0 and doc[i].lower_ == "on":
        i -= 1
    if i < 0 or doc[i].lower_ not in cues["said_at"]:
        return False
    v = doc[i]
    # not "will be announced on Monday": a passive with a modal looks ahead
    return v.tag_ in ("VBD", "") or (
        v.tag_ == "VBN" and not any(c.dep_.startswith("aux") for c in v.children)
    )


def tense_at(doc: Doc, start: int, end: int, lex: Lexicon, parsed: bool) -> str | None:
    """PAST, FUTURE, PRESENT or None for the expression on tokens [start, end)."""
    cues = lex.cues
    prev = doc[start - 1].lower_ if start > 0 else ""
    if prev in cues["back"]:
        return PAST
    if _said_at(doc, start, cues):
        return PAST
    if parsed:
        v = _head_verb(doc, start, end, cues)
        if v is not None:
            if not any(c.dep_.startswith("aux") for c in v.children) and (
                v.lower_ in cues["scheduled"] or (v.lower_ in cues["scheduled_for"] and prev == "for")
            ):
                return FUTURE
            if end < len(doc) and doc[end].lower_ in ("'s", "\u2019s"):
                return None  # "Wednesday's ruling": no verb of its own
            got = _verb_tense(v, cues, own_event=_dates_an_event(doc[start:end].root, v, cues))
            if got is None and _soonest(doc, start, cues):
                return FUTURE  # "could be released as early as Wednesday": a modal that may, aimed ahead
            for _ in range(3):  # "speaking on Thursday, said ...": a bare participle takes its clause's tense
                if (
                    got is not None
                    or v.tag_ not in ("VBG", "VBN")
                    or v.head.i == v.i
                    or not _is_verb(v.head)
                    or any(c.dep_ == "aux" for c in v.children)  # "could be held" is no bare participle
                ):
                    break
                v = v.head
                got = _verb_tense(v, cues)
            if got == PAST and _open_condition(v, cues):
                return FUTURE
            if got is not None:
                if got in (PAST, PRESENT) and v.head.i != v.i and v.dep_ in ("xcomp", "ccomp", "advcl"):
                    parent = _verb_tense(v.head, cues) if _is_verb(v.head) else None
                    if got == PAST and parent == FUTURE and _has_subject(v) and _perfect(v):
                        # not "Reached on Monday, the deal will ...": a participle's own time; nor a finite
                        # past with its subject ("agreed to keep troops back, as the truce reached on
                        # Saturday held"; "agreed to put it back on track, officials said late Tuesday")
                        return FUTURE
                    if got == PRESENT and parent == PAST and not _has_subject(v):
                        return (
                            PAST  # "welcomed it in a post late on Wednesday": a subjectless 'verb' is a noun
                        )
                return got
    return _lexical_tense(doc, start, end, lex)


def _lexical_tense(doc: Doc, start: int, end: int, lex: Lexicon) -> str | None:
    """Without a parse: a future cue word in the clause before the expression, else the past if the
    sentence has a past-tense cue."""
    lo = start
    while (
        lo > 0
        and start - lo < 12
        and doc[lo - 1].text not in {".", "!", "?", ";"}
        and "\n" not in doc[lo - 1].text
    ):
        lo -= 1
    words = [t.lower_ for t in doc[lo:start]]
    for w in reversed(words):
        if w in lex.future_words:
            return FUTURE
        if w in lex.past_words or w in ("said", "told") or (w.endswith("ed") and len(w) > 4):
            return PAST
    after = [t.lower_ for t in doc[end : min(len(doc), end + 6)]]
    if any(w in lex.future_words for w in after[:3]):
        return FUTURE
    if any(w == "said" or (w.endswith("ed") and len(w) > 4) for w in after):
        return PAST
    return None
