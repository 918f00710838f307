"""Triggers and their arguments: verb and noun frames (``data/event_patterns.yaml``) matched on the parse.

A frame matches a token (a verb, a noun, an adjective) and the parse around it gives the event's arguments: a
verb's subject is the actor and its objects and prepositional arguments ("to", "against", "on") the
recipients; a noun's possessor, demonym and "by"/"between" phrases are its actors, else the subject of the
verb that governs it ("held talks", "following a call with Trump, Putin said"). Reciprocal frames (meetings,
exchanges) make every participant an actor, as PLOVER codes them. A verbal act over a complement ("agreed to
hold an exchange", "urged Moscow to submit its memorandum") absorbs the event it is about, which gives its
mode.
"""

from __future__ import annotations

from dataclasses import dataclass, field

from spacy.tokens import Token

from parley.coref import EntityCluster
from parley.events.args import SPEECH, Entities
from parley.events.match import OBJ, SUBJ, _case, reduced_subject
from parley.events.patterns import Frame, event_patterns
from parley.events.targets import object_recipients
from parley.events.tokens import expletive

# Types whose noun takes what it acts on in its "of" phrase ("the release of hostages").
_PATIENT_OF = frozenset({"RETREAT", "ASSAULT", "COERCE", "SANCTION", "AID", "MOBILIZE"})
_SPOKEN = frozenset({"REJECT", "REQUEST", "ACCUSE", "SUPPORT", "AGREE", "THREATEN", "SANCTION", "CONCEDE"})
_RECIPIENT_CASES = frozenset({"to", "against", "on", "toward", "towards", "at", "upon", "into"})
_ACTOR_CASES = frozenset({"by", "between", "among", "from"})


@dataclass
class Candidate:
    tok: Token
    frame: Frame
    type: str
    mode: str | None
    actors: list[tuple[EntityCluster, Token]] = field(default_factory=list)
    recipients: list[tuple[EntityCluster, Token]] = field(default_factory=list)
    mediators: list[tuple[EntityCluster, Token]] = field(default_factory=list)
    absorbed: list[Candidate] = field(default_factory=list)
    status: str = "occurred"
    from_dyad: bool = False
    explicit: bool = False  # a noun trigger's own dependents named its actors or recipients
    own_actors: list[tuple[EntityCluster, Token]] = field(default_factory=list)
    forced_status: str | None = None  # "refused to attend": the refused event is denied
    nouns: list[Token] = field(default_factory=list)  # nouns a light verb took over ("held ... exercises")


# -- arguments ---------------------------------------------------------------------------------------------
def _ents(ents: Entities, toks: list[Token]) -> list[tuple[EntityCluster, Token]]:
    out, seen = [], set()
    for t in toks:
        for c in ents.of(t):
            if c.id not in seen:
                seen.add(c.id)
                out.append((c, t))
    return out


def controller(tok: Token, ents: Entities, hops: int = 0) -> list[tuple[EntityCluster, Token]]:
    """The understood subject of a verb without one: "ready to present" -> the subject of "ready"; "urged
    Moscow to submit" -> Moscow; a conjunct shares its head's subject; a participle its noun."""
    if hops > 4 or tok.head.i == tok.i:
        return []
    head = tok.head
    if tok.dep_ in {"xcomp", "advcl", "ccomp", "acl"} and head.pos_ in {"VERB", "ADJ", "AUX", "NOUN"}:
        if tok.dep_ == "acl" and head.pos_ in {"NOUN", "PROPN"}:
            if any(ch.dep_ == "mark" and ch.lower_ == "to" for ch in tok.children):
                owner = [ch for ch in head.children if ch.dep_ == "nmod:poss"]
                if owner:
                    return _ents(ents, owner)  # "its pledge to deliver"
                return controller(head, ents, hops + 1) if head.dep_ in OBJ else []
            if tok.tag_ == "VBN":
                return []  # "migrants deported from Texas": the noun undergoes the act
            return _ents(ents, [head])
        if head.lemma_.lower() in event_patterns().requesters:
            objs = [
                ch
                for ch in head.children
                if ch.dep_ in {"obj", "iobj"}
                or (ch.dep_ in {"obl", "obl:arg"} and _case(ch) in {"on", "upon", "for"})
            ]
            if objs:
                return _ents(ents, objs)
        subj = [ch for ch in head.children if ch.dep_ in SUBJ or ch.dep_ == "nsubj:pass"]
        if any(ch.dep_ == "expl" or ch.lower_ == "it" and expletive(ch) for ch in head.children):
            return []  # "it was unwise to delay the vote": no one in particular
        found = _ents(ents, subj)
        if not found and tok.dep_ == "advcl" and tok.tag_ == "VBG":  # "the talks were frozen, accusing X"
            return controller(head, ents, hops + 1) or _speaker_of(head, ents)
        return found if subj else controller(head, ents, hops + 1)
    if tok.dep_ == "conj" and tok.pos_ == "VERB" and head.pos_ == "PROPN" and head.dep_ in SUBJ | {"appos"}:
        # "X, a spokesman for Y, accused ... and urged": the parser hung the verb on its subject X
        return _ents(ents, [head])
    if tok.dep_ == "conj":
        reported = _reported_subject(tok, head)
        if reported:
            return _ents(ents, reported)
        subj = [ch for ch in head.children if ch.dep_ in SUBJ]
        return _ents(ents, subj) if subj else controller(head, ents, hops + 1)
    return []


def _modals(tok: Token) -> set[str]:
    return {ch.lower_ for ch in tok.children if ch.dep_ == "aux" and ch.tag_ == "MD"}


def _reported_subject(tok: Token, head: Token) -> list[Token]:
    """"said Ukraine would welcome guarantees but would not accept any deal": a conjunct with a modal of its
    own that the parser hung on the speech verb continues the reported clause, whose subject it shares."""
    if head.lemma_.lower() not in SPEECH or not _modals(tok) or _modals(head):
        return []
    clauses = [ch for ch in head.children if ch.dep_ == "ccomp" and ch.i < tok.i]
    return [ch for c in clauses[-1:] for ch in c.children if ch.dep_ in SUBJ]


def stray_subject(tok: Token, ents: Entities) -> list[tuple[EntityCluster, Token]]:
    """The author of a verb the parser left without a subject, where the words show it: a verb right after
    "and" ("and will meet") shares the subject of the nearest main clause before it ("X said ... and accused
    Y of ...", "the two sides will set up a mechanism ... and will meet"); a verb the parser took for a
    modifier between two names has the first as its subject ("Russia's foreign ministry accused Chisinau"); a
    subject the parser hung on a marker or auxiliary of the verb is its own."""
    if tok.i == 0 or tok.tag_ not in {"VBD", "VBZ", "VBN", "VB"}:
        return []
    hung = [g for ch in tok.children if ch.dep_ in {"mark", "aux", "cop"}
            for g in ch.children if g.dep_ in SUBJ]
    if hung:  # "X and Y are due to meet", the parser hanging the subject on "due"
        return _ents(ents, hung)
    j = tok.i - 1
    while j > tok.sent.start and tok.doc[j].dep_ in {"aux", "advmod"}:
        j -= 1
    before = tok.doc[j]
    if before.dep_ == "cc" and before.lower_ in {"and", "but"}:
        for t in reversed(tok.doc[tok.sent.start : j]):
            subj = [ch for ch in t.children if ch.dep_ in SUBJ]
            if t.pos_ in {"VERB", "AUX"} and subj and not _subordinate(t):
                return _ents(ents, subj)
        return []
    if before.lower_ == "," and before.i > tok.sent.start:
        before = tok.doc[before.i - 1]  # "Serbia's negotiator, Petar Petkovic, accused Pristina of"
    if tok.dep_ == "amod" and tok.head.i == tok.i + 1 and tok.head.i in ents.at and before.i in ents.at:
        return [(ents.at[before.i], before)]
    return []


def _subordinate(t: Token) -> bool:
    """A clause that hangs on another: "that it shelters ...", "as long as the other side does"."""
    return t.dep_ in {"advcl", "acl", "acl:relcl", "csubj"} or any(
        ch.dep_ == "mark" for ch in t.children)


def _clause_of(tok: Token) -> Token:
    """The reported clause a verb belongs to: "said the channel was useful but that ties depended on ..."
    (the parser hangs the second clause on the first)."""
    for _ in range(4):
        if tok.dep_ not in {"conj", "acl"} or tok.head.i == tok.i or tok.head.lemma_.lower() in SPEECH:
            break
        tok = tok.head  # "that normal ties ... depended on": the parser may hang the verb on its subject
    return tok


def _speaker_of(tok: Token, ents: Entities) -> list[tuple[EntityCluster, Token]]:
    if tok.dep_ in {"ccomp", "parataxis"} and tok.head.lemma_.lower() in SPEECH:
        subj = [ch for ch in tok.head.children if ch.dep_ in SUBJ]
        if not subj:  # "X, asked about the talks, said ...": the parser took the aside for the main clause
            subj = [g for ch in tok.head.children if ch.i < tok.head.i and ch.dep_ in {"ccomp", "advcl"}
                    for g in ch.children if g.dep_ in SUBJ]
        return _ents(ents, subj)
    return []


def verb_args(c: Candidate, ents: Entities) -> None:
    tok, f = c.tok, c.frame
    kids = list(tok.children)
    passive = any(ch.dep_ in {"nsubj:pass", "aux:pass"} for ch in kids)
    subj = [ch for ch in kids if ch.dep_ in SUBJ]
    reduced = reduced_subject(tok) if tok.pos_ == "NOUN" else None
    subj = subj or ([reduced] if reduced is not None else [])  # "a charge Benin rejects"
    agent = [
        ch
        for ch in kids
        if ch.dep_ in {"obl:agent", "nmod:agent"} or (ch.dep_ == "obl" and _case(ch) == "by")
    ]
    # "the treaty, signed by X and Y": a text's signers (a meeting "attended by" or "hosted by" someone names
    # guests and hosts, which the meeting's own frames sort out)
    passive = passive or bool(agent) and tok.dep_ == "acl" and tok.tag_ == "VBN" and f.type == "AGREE" and (
        tok.head.lemma_.lower() in f.objects)
    if passive and not agent and f.content and f.status == "pledged":
        actors = _ents(ents, [ch for ch in kids if ch.dep_ == "nsubj:pass"])  # "Moscow was prepared to"
    elif passive:
        actors = _ents(ents, agent)
        if not actors and f.type in _SPOKEN and tok.dep_ == "ccomp" and tok.head.lemma_.lower() in SPEECH:
            actors = _ents(
                ents, [ch for ch in tok.head.children if ch.dep_ in SUBJ]
            )  # "Petro announced that ..."
    else:
        actors = _ents(ents, subj) if subj else controller(tok, ents) or stray_subject(tok, ents)
    if f.speaker_actor:  # "relief would depend on steps": a condition set now, not a pledge
        actors, c.forced_status = _speaker_of(_clause_of(tok), ents), f.status
    people = tok.head.lemma_.lower() in ents.patterns.patient_people
    if not actors and tok.dep_ == "acl" and tok.tag_ == "VBN" and tok.head.lemma_.lower() in f.objects and (
        not people
    ):
        actors = _ents(ents, [ch for ch in tok.head.children if ch.dep_ in {"amod", "nmod:poss"}])
    recips: list[tuple[EntityCluster, Token]] = []
    if tok.dep_ == "acl" and tok.tag_ == "VBN" and tok.head.lemma_.lower() not in f.objects:
        recips.extend(x for x in _ents(ents, [tok.head]) if x not in actors)  # "migrants deported by X"
    for ch in kids:
        case = _case(ch)
        if ch.dep_ in OBJ or (
            passive and ch.dep_ == "nsubj:pass" and f.type in {"ASSAULT", "SANCTION", "COERCE"}
        ) or passive and f.swap_roles and ch.dep_ in SUBJ | {"nsubj:pass"}:
            # a passive's subject is its object ("was not bound by any deal"; the parser may say nsubj)
            recips.extend(_ents(ents, [ch]))
        elif ch.dep_ in {"obl", "obl:arg"} and case == "with":
            (actors if f.reciprocal else recips).extend(_ents(ents, [ch]))
        elif f.reciprocal and case == "by":  # "spoke by phone with X": the parser hangs X on the means
            actors.extend(_ents(ents, [g for g in ch.children if g.dep_ == "nmod" and _case(g) == "with"]))
        elif ch.dep_ in {"obl", "obl:arg"} and case == "from" and f.type == "REQUEST":
            recips.extend(_ents(ents, [ch]))  # "expected an answer from Moscow"
        elif ch.dep_ in {"obl", "obl:arg"} and case in _RECIPIENT_CASES and not f.content:
            if f.type != "CONSULT" or case != "at":  # "meet at a cooperation council": where, not whom
                recips.extend(e for e in _ents(ents, [ch])
                              if e[0].type != "PLACE" or f.type != "CONSULT" or f.mode == "visit")
        elif ch.dep_ in {"obl", "obl:arg"} and case in {"on", "upon"} and f.content:
            recips.extend(_ents(ents, [ch]))  # "called on them to"
        elif ch.dep_ in {"obl", "obl:arg"} and case in {"between", "among"}:
            actors.extend(_ents(ents, [ch]))
    if f.possessor_actor:  # "conveyed India's concern"
        owners = [g for ch in kids if ch.dep_ in OBJ for g in ch.children if g.dep_ == "nmod:poss"]
        actors += [x for x in _ents(ents, owners) if x[0].id not in {e.id for e, _ in actors}]
    if not recips and not f.reciprocal and f.type != "CONSULT":
        recips = object_recipients(tok, f, ents, {e.id for e, _ in actors})
    if f.type == "ACCUSE" and not recips:
        recips = _targets(tok, ents, {e.id for e, _ in actors})
    if f.type == "CONSULT":  # "speaking to Fox News" is not a meeting
        actors = [x for x in actors if ents.sector(x[0]) != "JRN"]
        recips = [x for x in recips if ents.sector(x[0]) != "JRN"]
    if f.swap_roles:
        actors, recips = recips, actors
    elif f.reciprocal and f.type in {"CONSULT", "RETREAT"}:
        actors, recips = actors + recips, []
    c.actors, c.recipients = actors, recips


def _governing_verb(tok: Token) -> tuple[Token | None, str]:
    cur, rel, hops = tok, tok.dep_, 0
    while hops < 3:
        if cur.dep_ in {"nmod", "compound", "conj"} and cur.head.pos_ in {"NOUN", "PROPN"}:
            if cur.head.lemma_.lower() not in event_patterns().via_heads:
                return None, ""  # "organisers of the protests": not the protests' verb
            cur, hops = cur.head, hops + 1
            continue
        if cur.head.i == cur.i:
            return None, ""
        return cur.head, cur.dep_
    return None, rel


def noun_args(c: Candidate, ents: Entities, mediators_verbs: frozenset[str]) -> None:
    """A noun's actors: its possessor, demonym, "by"/"between"/"from" phrase ("of" too, unless the noun acts
    on what follows: "the release of hostages"), else the subject of the verb it is the object of (a light
    verb: "held talks") or an adjunct of ("following a call with Trump, Putin said")."""
    tok, f = c.tok, c.frame
    actors: list[tuple[EntityCluster, Token]] = []
    recips: list[tuple[EntityCluster, Token]] = []
    of_actor = f.type not in _PATIENT_OF
    undergoer: set[str] = set()  # "Dodik's arrest": Dodik is arrested (unless an "of" phrase says who is)
    if tok.lemma_.lower() in ents.patterns.undergone and not any(_case(g) == "of" for g in tok.children):
        undergoer = {e.id for ch in tok.children if ch.dep_ == "nmod:poss" for e, _ in _ents(ents, [ch])}
    for ch in tok.children:
        case = _case(ch)
        by = ch.dep_ in {"nmod", "acl"} and (case in _ACTOR_CASES or case == "of" and of_actor)
        undergoes = ch.dep_ in {"nmod:poss", "compound"} and {e.id for e, _ in _ents(ents, [ch])} & undergoer
        if undergoes:
            recips.extend(_ents(ents, [ch]))
        elif by or ch.dep_ in {"nmod:poss", "amod", "compound"} and ch.i != tok.i:
            actors.extend(x for x in _ents(ents, [ch]) if not _venue(x[0], ch, f, ents))
        elif ch.dep_ == "nmod" and case == "with":
            (actors if f.reciprocal else recips).extend(_ents(ents, [ch]))
        elif ch.dep_ == "nmod" and case in _RECIPIENT_CASES and f.type != "CONSULT":
            recips.extend(_ents(ents, [ch]))
        elif ch.dep_ in {"acl", "acl:relcl"} and ch.lemma_.lower() in mediators_verbs:
            by = [g for g in ch.children if g.dep_ in {"obl:agent", "obl"} and _case(g) == "by"]
            c.mediators.extend(_ents(ents, by))
    if not actors and f.reciprocal:
        actors = _between_after(tok, ents)
    c.explicit = bool(actors or recips)
    c.own_actors = list(actors)
    light = False
    if not actors or (f.reciprocal and tok.dep_ not in SUBJ):
        verb, rel = _governing_verb(tok)
        if verb is not None and verb.pos_ in {"VERB", "AUX", "ADJ"}:
            light = rel != "obj" or verb.lemma_.lower() in ents.patterns.light_verbs
            if rel == "nsubj:pass":  # "the exchange was mediated by the UAE": the agent, unless it mediates
                agent = [ch for ch in verb.children if ch.dep_ in {"obl:agent"} or _case(ch) == "by"]
                if verb.lemma_.lower() in mediators_verbs:
                    c.mediators.extend(_ents(ents, agent))
                else:
                    actors = actors + _ents(ents, agent)
            elif light and (rel in {"obj", "obl:arg", "xcomp"} or rel.startswith("obl")):
                subj = [ch for ch in verb.children if ch.dep_ in SUBJ]
                actors = actors + (_ents(ents, subj) if subj else controller(verb, ents))
                for ch in verb.children:
                    if ch.dep_ in {"obl", "obl:arg"} and _case(ch) in {"with", "between"} and ch.i != tok.i:
                        (actors if f.reciprocal else recips).extend(_ents(ents, [ch]))
                light = rel in {"obj", "nsubj:pass"}
            elif rel in SUBJ:
                for ch in verb.children:
                    if ch.dep_ in {"obl", "obl:arg"} and _case(ch) in {"with", "between", "by"}:
                        actors.extend(_ents(ents, [ch]))
    one_side = len({e.country for e, _ in actors}) == 1
    if tok.lemma_.lower() in event_patterns().bilateral_nouns and one_side and (c.explicit or light):
        actors = actors + [(e, tok) for e in ents.counterpart([a for a, _ in actors])]
    c.actors, c.recipients = actors, recips


def _between_after(tok: Token, ents: Entities) -> list[tuple[EntityCluster, Token]]:
    """"two days of talks in New Delhi between X and Y": the parties of a meeting told by a "between" phrase
    a few words on, which the parser may hang on the clause's verb or on a name inside it."""
    end = tok.sent.end
    for j in range(tok.i + 1, min(tok.i + 8, end)):
        t = tok.doc[j]
        if t.pos_ in {"VERB", "AUX"} or t.is_punct:
            return []
        if t.lower_ not in {"between", "among"}:
            continue
        out: list[tuple[EntityCluster, Token]] = []
        for u in tok.doc[j + 1 : min(j + 25, end)]:
            if u.is_punct or u.pos_ in {"VERB", "AUX"}:
                break
            if u.i in ents.at and ents.at[u.i].id not in {e.id for e, _ in out}:
                out.append((ents.at[u.i], u))
        return out if len(out) >= 2 else []
    return []


def _venue(e: EntityCluster, ch: Token, f: Frame, ents: Entities) -> bool:
    """"the Geneva meeting", "the Istanbul talks": a city that names where the parties meet, not one of them
    (but "the Moscow talks" between Russia and Ukraine: the capital of a main party stands for it)."""
    parties = {d.country for d in ents.dyad}
    return f.type == "CONSULT" and ch.dep_ == "compound" and e.type == "PLACE" and e.country not in parties


def _targets(tok: Token, ents: Entities, exclude: set[str]) -> list[tuple[EntityCluster, Token]]:
    """Whom an accusation is about: entities in its object, its "on"/"against"/"of" phrase or the subject of
    its clausal complement ("doubted any accord the president might sign", "claimed the president's term had
    run out")."""
    out: list[tuple[EntityCluster, Token]] = []
    for ch in tok.children:
        heads = []
        if ch.dep_ in {"obj", "obl", "obl:arg"} and _case(ch) in {"", "on", "against", "of", "over", "about"}:
            heads = [ch]
        elif ch.dep_ == "ccomp":
            heads = [g for g in ch.children if g.dep_ in SUBJ]
        for h in heads:
            for t in h.subtree:
                if abs(t.i - h.i) > 8 or t.i not in ents.at or ents.at[t.i].id in exclude:
                    continue
                up = t.head
                if t.dep_ in {"amod", "compound", "nmod:desc"} and (
                    up.i in ents.at or up.dep_ in {"nmod:desc", "compound", "amod"} and up.head.i in ents.at
                ):
                    continue  # "Ukrainian" in "Ukrainian President Volodymyr Zelensky"
                if ents.at[t.i].type in {"PERSON", "ORG", "COUNTRY", "GROUP"}:
                    out.append((ents.at[t.i], t))
    seen: set[str] = set()
    return [x for x in out if not (x[0].id in seen or seen.add(x[0].id))]


def complement(tok: Token) -> list[Token]:
    """Heads of a verbal act's complement: "urged Moscow [to submit]", "a demand [for talks]", "the suspension
    [of talks]", "[the talks] were frozen"."""
    out = []
    for ch in tok.children:
        to_clause = any(g.dep_ == "mark" and g.lower_ in {"to", "from"} for g in ch.children)  # "banned from"
        clausal = ch.dep_ in {"xcomp", "ccomp", "nsubj:pass"} or ch.dep_ in {"acl", "advcl"} and to_clause
        # "the memorandum demands that Ukraine withdraw": the tagger's noun, its that-clause read as relative
        clausal = clausal or ch.dep_ in {"acl", "acl:relcl"} and any(
            g.dep_ == "mark" and g.lower_ == "that" for g in ch.children)
        prep = ch.dep_ in {"obl", "obl:arg", "nmod", "obj"} and _case(ch) in {"for", "to", "on", ""}
        of_noun = ch.dep_ == "nmod" and tok.pos_ == "NOUN" and _case(ch) == "of"
        if clausal or prep or of_noun:
            out.append(ch)
    return out
