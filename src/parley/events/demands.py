"""Demands made with a modal in reported speech: "You should confirm ...", "the EU should be pushing for a
ceasefire", "China must address them", "every child must come home", "any truce would have to address the
root causes". A should/must/have-to clause in a quote or a speech verb's complement, about someone other
than the speaker, is the speaker's demand (a REQUEST) on whoever its subject names; with "have" ("should
have come years ago") it is a reproach (ACCUSE).
"""

from __future__ import annotations

from spacy.tokens import Doc, Token

from parley.columns import doc_text, lemmas, lowers
from parley.events.args import SPEECH, Entities
from parley.events.frames import Candidate
from parley.events.patterns import EventPatterns, Frame

DEMAND = Frame(lemmas=["_demand"], pos="VERB", type="REQUEST", status="requested", content=True)
# "the measures should have come years ago": what should have been done is a reproach, not a demand
REPROACH = Frame(lemmas=["_reproach"], pos="VERB", type="ACCUSE", mode="disapprove", status="occurred",
                 content=True)
SPOKEN = (DEMAND, REPROACH)
# Subjects that make a modal clause no demand on anyone: the speaker's own side, an expletive, a relative.
_NOT_ADDRESSED = frozenset({"we", "i", "us", "it", "this", "that", "there", "which", "who", "what", "one",
                            "nothing", "everything", "something"})


def in_speech(tok: Token) -> bool:
    """Inside a quotation or a clause reported by a speech verb ("told television that any truce ...")."""
    cur = tok
    for hop in range(5):
        if cur.dep_ in {"ccomp", "parataxis"} and cur.head.lemma_.lower() in SPEECH:
            return True
        if hop < 3 and any(ch.dep_ == "mark" and ch.lower_ == "that" for ch in cur.children) and any(
            a.lemma_.lower() in SPEECH for a in list(cur.ancestors)[:3]
        ):
            return True  # the parser hung the reported clause elsewhere under the speech verb
        if cur.head.i == cur.i:
            break
        cur = cur.head
    text = doc_text(tok.doc)
    para = text[text.rfind("\n", 0, tok.idx) + 1 : tok.idx]
    opened, closed, straight = para.count("\u201c"), para.count("\u201d"), para.count('"')
    return opened > closed or straight % 2 == 1


def _modal_demand(tok: Token, patterns: EventPatterns) -> bool:
    kids = list(tok.children)
    if any(k.dep_ == "aux" and k.lower_ in patterns.demand_modals for k in kids):
        return True
    # "would have to address", "has to withdraw", "needs to stop"; not "had to" (past), which reports
    if tok.tag_ == "VBD" and not any(k.dep_ == "aux" for k in kids):
        return False
    return tok.lemma_.lower() in {"have", "need"} and any(
        k.dep_ == "xcomp" and any(g.dep_ == "mark" and g.lower_ == "to" for g in k.children) for k in kids
    )


def _maybe_modal(doc: Doc, patterns: EventPatterns) -> list[int]:
    """The tokens ``_modal_demand`` can hold for: those a demand modal hangs on as ``aux``, and forms of
    "have" and "need"; found from the word columns, so the article's other words make no Token."""
    out = {i for i, lemma in enumerate(lemmas(doc)) if lemma in {"have", "need"}}
    for j, lower in enumerate(lowers(doc)):
        if lower in patterns.demand_modals:
            aux = doc[j]
            if aux.dep_ == "aux" and aux.head.i != j:
                out.add(aux.head.i)
    return sorted(out)


def find_demands(doc: Doc, patterns: EventPatterns, ents: Entities) -> list[Candidate]:
    out = []
    for i in _maybe_modal(doc, patterns):
        tok = doc[i]
        if tok.pos_ not in {"VERB", "AUX", "ADJ"} or not _modal_demand(tok, patterns):
            continue
        subj = [k for k in tok.children if k.dep_.startswith("nsubj")]
        if not subj or subj[0].lower_ in _NOT_ADDRESSED or _own(subj[0]):
            continue
        named = ents.of(subj[0]) or _addressed_noun(tok, subj[0], patterns)
        if subj[0].lower_ == "you" or (named and in_speech(tok)):
            past = tok.tag_ == "VBN" and any(k.dep_ == "aux" and k.lower_ == "have" for k in tok.children)
            frame = REPROACH if past else DEMAND
            out.append(Candidate(tok, frame, frame.type, frame.mode))
    return out


def _addressed_noun(tok: Token, subj: Token, patterns: EventPatterns) -> bool:
    """"every child must come home", "the next package must be stronger": a common noun naming an act, a
    settlement or those it frees, in an active clause (not "the swap should not be confused with ...")."""
    act = bool({subj.lemma_.lower(), subj.lower_} & patterns.demand_subjects)
    return subj.pos_ == "NOUN" and act and not any(k.dep_ == "aux:pass" for k in tok.children)


def _own(subj: Token) -> bool:
    return any(g.dep_ == "nmod:poss" and g.lower_ in {"our", "my"} for g in subj.children)


def demand_args(c: Candidate, ents: Entities) -> None:
    speaker = ents.speaker(c.tok)
    subj = next(k for k in c.tok.children if k.dep_.startswith("nsubj"))
    addressed = ents.counterpart(speaker) if subj.lower_ == "you" else ents.of(subj)
    c.actors = [(e, c.tok) for e in speaker]
    c.recipients = [(e, subj) for e in addressed if e.id not in {s.id for s in speaker}]
