"""Recipients named inside a verb's object: "approved a package of sanctions against Russia", "valued the
Emirati mediation", "launched exercises around Taiwan", "expected an answer from Moscow", "preparing
measures, targeting Russia's energy revenues".

When a verb's object is not itself a party ("sanctions", "exercises", "status"), the party the act is aimed
at sits inside the object phrase: in a prepositional phrase ("against", "on", "around", "to"), as a possessor
("Kyiv's proposal") or as a name-like modifier ("Emirati mediation", "Georgia candidate status"). The walk
stays within the phrase (no relative clauses) and a few levels deep.
"""

from __future__ import annotations

from typing import TYPE_CHECKING

from spacy.tokens import Token

from parley.coref import EntityCluster
from parley.events.args import Entities
from parley.events.match import OBJ, _case
from parley.events.patterns import Frame

if TYPE_CHECKING:  # frames imports this module
    from parley.events.frames import Candidate

# Prepositions inside an object phrase that mark whom the act is aimed at.
_AIMED = frozenset({"against", "on", "upon", "around", "to", "toward", "towards", "into", "at", "for"})
_DEPTH = 4


def object_recipients(tok: Token, frame: Frame, ents: Entities, exclude: set[str]) -> list[
        tuple[EntityCluster, Token]]:
    """The parties an act is aimed at, found inside its object phrase (see the module docstring)."""
    starts = [ch for ch in tok.children if ch.dep_ in OBJ]
    # "preparing a package, targeting Russia's revenues": a participle of aiming carries the target
    starts += [g for ch in tok.children if ch.dep_ in {"advcl", "acl"} and ch.lemma_.lower() in
               ents.patterns.aim_verbs for g in ch.children if g.dep_ in OBJ]
    cases = _AIMED | ({"from"} if frame.type == "REQUEST" else set())
    out: list[tuple[EntityCluster, Token]] = []
    for start in starts:
        _walk(start, frame, ents, cases, out, 0, top=True)
    seen: set[str] = set(exclude)
    return [x for x in out if not (x[0].id in seen or seen.add(x[0].id))]


def _walk(node: Token, frame: Frame, ents: Entities, cases: set[str], out: list, depth: int,
          top: bool = False) -> None:
    if depth > _DEPTH:
        return
    if not top and node.i in ents.at:
        if _case(node) not in {"in", "at"}:  # "announced the measures in Canberra": where, not whom
            out.extend((e, node) for e in ents.of(node, agentive_only=False))
        return
    people = bool({node.lemma_.lower(), node.lower_} & ents.patterns.patient_people)
    for ch in node.children:
        rel = ch.dep_
        if rel == "nmod:poss":
            if not (top and frame.possessor_actor):  # "conveyed India's concern": India is the author
                out.extend((e, ch) for e in ents.of(ch, agentive_only=False) if ch.pos_ != "PRON")
        elif rel in {"amod", "compound", "nmod:desc"} and ch.i in ents.at:
            if not (people and frame.content):  # "asked for the release of Japanese nationals": not Japan
                out.append((ents.at[ch.i], ch))
        elif rel == "nmod":
            case = _case(ch)
            if case in cases:
                found = ents.of(ch, agentive_only=False)
                out.extend((e, ch) for e in found if e.type != "PLACE" or e.country)
            if case in cases or case in {"of", "in", ""}:
                _walk(ch, frame, ents, cases, out, depth + 1)
        elif rel == "conj":
            _walk(ch, frame, ents, cases, out, depth + 1, top=top)


def earlier_author(c: Candidate, before: list[Candidate], ents: Entities) -> list[
        tuple[EntityCluster, Token]]:
    """"The Kremlin dismissed the package", "Zelenskyy welcomed the decision": a response to an act the
    article reported before (done or put forward, not merely in preparation), named by a noun with no
    possessor of its own; its recipient is that act's author."""
    acts = ents.patterns.responded_acts
    objects = [ch for ch in c.tok.children if ch.dep_ in OBJ and ch.lemma_.lower() in acts]
    objects = [ch for ch in objects if not ents.of(ch) and all(g.dep_ != "nmod:poss" for g in ch.children)]
    if not objects:
        return []
    types = set(acts[objects[0].lemma_.lower()]) | {a.type for a in c.absorbed}  # "a proposal to freeze"
    own = {e.id for e, _ in c.actors} | {e.country for e, _ in c.actors if e.country}
    for prior in reversed(before):
        if prior.type in types and prior.actors and prior.status in {"occurred", "proposed", "hypothetical"}:
            authors = [x for x in prior.actors if x[0].id not in own and x[0].country not in own]
            if authors and len(authors) == len(prior.actors):
                return authors
    return []
