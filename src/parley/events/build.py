"""From a parsed Doc to parley's Event records: match frames, find arguments, absorb complements, set status,
date and place, drop what has no actor or is only background, merge repeated mentions of one event."""

from __future__ import annotations

from spacy.tokens import Doc

from parley.columns import lemmas, lowers
from parley.events.args import SPEECH, Entities
from parley.events.demands import SPOKEN, demand_args, find_demands
from parley.events.frames import Candidate, complement, noun_args, verb_args
from parley.events.link import (
    VERBAL,
    Linker,
    add_speaker,
    anchored,
    background,
    measured,
    record,
    speaker_for_body,
)
from parley.events.match import CONTAINERS, _case, match_frame
from parley.events.merge import merge
from parley.events.offtable import CLOSED, closed_args, find_closed_topics
from parley.events.patterns import EventPatterns, event_patterns
from parley.events.refusals import REFUSAL, is_refusal, refusal_heads
from parley.events.status import negated, status_of
from parley.events.targets import earlier_author
from parley.events.when import is_after, is_long_before
from parley.records import Event

_THREAT_MODES = {"ASSAULT": "violence", "MOBILIZE": "violence", "SANCTION": "relations",
                 "REJECT": "relations", "COERCE": "restrict"}
_RESPONSES = frozenset({"REJECT", "SUPPORT", "ACCUSE", "AGREE", "THREATEN"})
# Acts aimed at someone: one side's act with no one named is aimed at the other side of the article's dyad.
_DIRECTED = frozenset({"REJECT", "REQUEST", "ACCUSE", "THREATEN"})
# Conflictual acts: negated, they report nothing (a refused cooperative act is a REJECT; "did not attack" is
# no event).
_CONFLICT = frozenset(
    {"REJECT", "ACCUSE", "THREATEN", "PROTEST", "SANCTION", "MOBILIZE", "COERCE", "ASSAULT"}
)


def _generic_subject(tok, patterns: EventPatterns) -> bool:
    """"technical teams could meet", "the delegations met": parties named only by a common noun."""
    return any(ch.dep_ in {"nsubj", "nsubj:pass", "nsubj:outer"} and (
        ch.lower_ in patterns.agent_heads or ch.lower_ in patterns.party_words) for ch in tok.children)


def _unscheduled(tok, patterns: EventPatterns) -> bool:
    """A meeting named as the subject of a negated verb of scheduling ("talks have not been scheduled")."""
    return tok.pos_ == "NOUN" and tok.dep_ in {"nsubj", "nsubj:pass"} and (
        tok.head.lemma_.lower() in patterns.schedule_verbs and negated(tok.head, patterns))


def _only_after(tok, patterns: EventPatterns) -> bool:
    """A meeting named as the subject of a predicate limited by "only" ("a meeting of the leaders could take
    place only once a text is agreed", "is possible only at the end"): a condition set on it, not a meeting
    planned."""
    if tok.pos_ != "NOUN" or not tok.dep_.startswith("nsubj"):
        return False
    pred = tok.head
    words = [t for t in pred.subtree if t.i > tok.right_edge.i]
    return any(t.lower_ == "only" and (t.head.i == pred.i or t.i + 1 < len(tok.doc)
                                       and tok.doc[t.i + 1].lower_ in patterns.only_when) for t in words)


def _described(c: Candidate, ents: Entities, patterns: EventPatterns) -> bool:
    """A relative clause that says who a person is by a meeting or a team already named ("Anwar, who hosted
    the talks", "Deng, who attended the session", "Umerov, who headed the delegation"), with one side only
    (a person of a state named beside it is of that side)."""
    tok = c.tok
    if tok.dep_ != "acl:relcl" or tok.lemma_.lower() not in patterns.describing_verbs:
        return False
    if not any(ch.dep_ == "nsubj" and ch.lower_ == "who" for ch in tok.children):
        return False  # "Colombia, which hosted the talks": a state may be their host party
    if not any(_named_meeting(ch, patterns) or any(_named_meeting(g, patterns) for g in ch.children
                                                   if g.dep_ == "nmod")
               for ch in tok.children if ch.dep_ == "obj"):  # "the second day of the meeting"
        return False
    keys = {k for e, _ in c.actors if (k := ents.party_key(e))}
    people = {e.country if e.country in keys else e.id for e, _ in c.actors if not ents.party_key(e)}
    return len(keys | people) < 2


def _named_meeting(tok, patterns: EventPatterns) -> bool:
    """"the talks", "all three rounds", "Kyiv's delegation": a meeting or team the text names."""
    return tok.lemma_.lower() in patterns.meeting_nouns | patterns.team_nouns and any(
        t.lower_ in patterns.naming_words or t.dep_ == "nmod:poss" for t in tok.doc[tok.left_edge.i : tok.i])


def _by_phone(c: Candidate, linker: Linker, patterns: EventPatterns) -> bool:
    """"Trump said he had spoken with both leaders": a talk with no venue and no word of meeting in person
    is a call (PLOVER CONSULT phone), and so not the face-to-face meeting told beside it."""
    tok = c.tok
    if c.type != "CONSULT" or c.mode or tok.pos_ != "VERB" or tok.lemma_.lower() not in patterns.phone_verbs:
        return False
    words = {t.lower_ for ch in tok.children if ch.dep_ in {"advmod", "obl", "advcl", "obl:tmod"}
             for t in ch.subtree}
    return linker.place(c) is None and not words & patterns.in_person_words


def _on_condition(chain: list) -> bool:
    """A hostile act set on a condition ("... if the trucks are not released", "unless X withdraws")."""
    return any(ch.dep_ == "advcl" and _case(ch) in {"if", "unless"} and ch not in chain
               for t in chain[:3] for ch in t.children)


def _gerund(tok) -> bool:
    """A verb in -ing used as a noun: "five days of fighting", "the fighting continued"."""
    return tok.tag_ == "VBG" and (tok.dep_ in {"nsubj", "obj", "nmod"} or any(
        ch.dep_ == "mark" and ch.lower_ == "of" for ch in tok.children))


def _held(c: Candidate, linker: Linker, patterns: EventPatterns, by_tok: dict) -> bool:
    """A noun event with a date, a place, or a verb of taking place ("the talks ended", "held talks")."""
    tok = c.tok
    if linker.date(c, own_only=True) is not None or linker.place(c) is not None or measured(tok, patterns):
        return True
    while tok.dep_ in {"nmod", "acl"} and tok.head.lemma_.lower() in patterns.spans:
        tok = tok.head  # "five days of fighting have killed", "two days of talks ended"
    return tok.dep_ in {"obj", "nsubj", "nsubj:pass", "nsubj:outer", "obl"} and (
        tok.head.lemma_.lower() in patterns.light_verbs or tok.head.i in by_tok)


def _args(c: Candidate, ents: Entities) -> None:
    if c.frame is CLOSED:
        closed_args(c, ents)
    elif any(c.frame is f for f in SPOKEN):
        demand_args(c, ents)
    elif c.frame.pos == "VERB" or (c.frame.pos == "ANY" and c.tok.pos_ == "VERB") or c.tok.pos_ == "ADJ":
        verb_args(c, ents)
    else:
        noun_args(c, ents, ents.patterns.mediator_verbs)


def _absorb(cands: list[Candidate], patterns: EventPatterns, ents: Entities) -> list[Candidate]:
    by_tok = {c.tok.i: c for c in cands}
    gone: set[int] = set()
    ready = patterns.ready_words
    for c in cands:
        if not c.frame.content or not c.actors and c.tok.pos_ == "VERB" and not c.frame.lemmas & ready:
            continue  # an act without an author absorbs nothing: it will not be an event
        for head in complement(c.tok):
            inner = [head, *[k for k in head.children if k.dep_ in {"obj", "nsubj:pass", "xcomp"} or (
                k.dep_ in {"obl", "nmod"} and _case(k) in {"for", "to", "on", "of", ""})]]
            inner += [g for k in inner for g in k.children if g.dep_ == "conj"]  # "a truce and the release"
            if c.type in {"REQUEST", "REJECT", "THREATEN"}:  # a demand's content is all of a piece
                inner = _content(head)
            for t in inner:
                other = by_tok.get(t.i)
                if other is not None and other is not c and other.tok.i not in gone:
                    c.absorbed.append(other)
                    gone.add(other.tok.i)
        c.mode = c.mode or _content_mode(c, patterns)
        denies = {c.tok.lemma_.lower(), c.tok.lower_} & patterns.refuse_verbs
        if c.type == "REJECT" and denies and any(ch.dep_ == "xcomp" for ch in c.tok.children):
            c.forced_status = "denied"  # "refused to attend" (issue 6: the refused act is denied)
        if c.frame.lemmas & ready and c.absorbed:
            for inner in c.absorbed:  # "ready to host a new round of talks": the hosting, pledged
                inner.forced_status = "pledged"
                gone.discard(inner.tok.i)
            gone.add(c.tok.i)
    # a light verb and its noun ("held talks", "imposed sanctions", "host a round of talks"): keep the verb,
    # which has the subject
    for c in cands:
        if c.tok.i in gone or c.frame.pos == "VERB":
            continue
        tok, rel = c.tok, c.tok.dep_
        if rel == "nmod" and tok.head.lemma_.lower() in CONTAINERS and _case(tok) == "of":
            tok, rel = tok.head, tok.head.dep_
        other = by_tok.get(tok.head.i)
        if other is not None and other is not c and other.type == c.type and other.tok.i not in gone and (
            rel in {"obj", "nsubj:pass", "obl", "obl:arg", "xcomp"}
        ):
            other.mode = other.mode or c.mode
            other.nouns.append(c.tok)
            _merge_args(other, c)
            gone.add(c.tok.i)
    for c in cands:
        if c.frame.lemmas & ready and c.absorbed:
            for inner in c.absorbed:
                _offered(inner, c, ents)
        elif c.frame.content and not c.recipients and c.tok.i not in gone:
            _aimed(c, ents)
    return [c for c in cands if c.tok.i not in gone]


def _offered(inner: Candidate, offer: Candidate, ents: Entities) -> None:
    """"Turkey is ready to host talks between Russia and Ukraine", "Armenia is ready to begin consultations
    with Azerbaijan": one side's offer, its author the actor and the other parties its recipients."""
    if not offer.actors:
        return
    sides = {_side(e, ents) for e, _ in offer.actors}
    others = [x for x in inner.actors + inner.recipients if _side(x[0], ents) not in sides]
    own = [x for x in inner.actors if _side(x[0], ents) in sides and x not in offer.actors]
    inner.actors = offer.actors + own
    inner.recipients = _unique(others)


def _aimed(c: Candidate, ents: Entities) -> None:
    """A verbal act takes the recipients of the act it is about: "agreed to talks with Azerbaijan"."""
    sides = {_side(e, ents) for e, _ in c.actors}
    found = []
    for inner in c.absorbed:
        found += inner.recipients + [x for x in inner.actors if _side(x[0], ents) not in sides]
    c.recipients = _unique([x for x in found if _side(x[0], ents) not in sides])


def _side(e, ents: Entities) -> str:
    return ents.party_key(e) or e.country or e.id


def _unique(items: list) -> list:
    seen: set[str] = set()
    return [x for x in items if not (x[0].id in seen or seen.add(x[0].id))]


def _content(head) -> list:
    """The tokens of a complement, short of another speaker's words ("..., adding: 'You should ...'")."""
    out, stack = [], [head]
    while stack:
        t = stack.pop()
        out.append(t)
        stack.extend(ch for ch in t.children if ch.lemma_.lower() not in SPEECH and not _aside(ch))
    return out


def _aside(tok) -> bool:
    """A participle clause after a comma ("threatened to impose tariffs if ..., accusing Mexico of"): the
    subject's own next act, wherever the parser hangs it, not part of what is threatened or demanded."""
    return tok.dep_ == "advcl" and tok.tag_ == "VBG" and tok.i > 0 and tok.nbor(-1).text == "," and not any(
        ch.dep_ in {"mark", "nsubj", "nsubj:pass"} for ch in tok.children)


def _merge_args(verb: Candidate, noun: Candidate) -> None:
    """A light verb takes its noun's own arguments: "hosted talks between Somalia and Ethiopia" (the host
    becomes
    the recipient), "imposed sanctions on Russia"."""
    if not noun.explicit:
        return
    have = {e.id for e, _ in verb.actors + verb.recipients}
    if verb.frame.mode == "third-party" and noun.own_actors:
        verb.recipients = [x for x in verb.actors if x[0].id not in {e.id for e, _ in noun.own_actors}]
        verb.actors = list(noun.own_actors)
        return
    if verb.frame.reciprocal or not verb.actors:
        verb.actors += [x for x in noun.own_actors if x[0].id not in have]
    verb.recipients += [x for x in noun.recipients if x[0].id not in have]
    verb.mediators += noun.mediators


def _content_mode(c: Candidate, patterns: EventPatterns) -> str | None:
    if c.type == "THREATEN":
        return next((_THREAT_MODES[a.type] for a in c.absorbed if a.type in _THREAT_MODES), None)
    if c.type not in {"REQUEST", "REJECT"}:
        return None
    for a in c.absorbed:
        if a.type in patterns.content_modes:
            return patterns.content_modes[a.type]
    words = {t.lemma_.lower() for h in complement(c.tok) for t in h.subtree}
    for mode, cues in patterns.content_words.items():
        if words & cues:
            return mode
    return None


def _assault_mode(c: Candidate, patterns: EventPatterns) -> str | None:
    words = {c.tok.lemma_.lower(), c.tok.lower_} | {t.lower_ for t in c.tok.children}
    words |= {t.lower_ for t in c.tok.subtree if t.i - c.tok.i in range(-4, 8)}
    for mode, cues in patterns.assault_modes.items():
        if words & cues:
            return mode
    return None


def extract_events(doc: Doc) -> list[Event]:
    patterns = event_patterns()
    ents = Entities(doc, doc._.parley_entities or [], patterns)
    cands: list[Candidate] = []
    refusing = refusal_heads(patterns)
    for i, (lemma, lower) in enumerate(zip(lemmas(doc), lowers(doc), strict=True)):
        if lemma not in refusing and not patterns.candidates(lemma, lower):
            continue  # most words name no frame and no refusal: no Token to make
        tok = doc[i]
        if tok.is_space or tok.is_punct or tok.i in ents.at and ents.at[tok.i].type != "GROUP":
            continue
        frame = match_frame(tok, patterns, ents)
        if frame is None and is_refusal(tok, patterns):
            frame = REFUSAL
        if frame is not None:
            cands.append(Candidate(tok, frame, frame.type, frame.mode))
    demands = {d.tok.i: d for d in find_demands(doc, patterns, ents)}
    for c in cands:  # a demand about an act absorbs it: "Russia must withdraw its troops"
        if c.tok.i in demands:
            demands[c.tok.i].absorbed.append(c)
    cands = [c for c in cands if c.tok.i not in demands] + list(demands.values())
    taken = {c.tok.i for c in cands}
    cands += [c for c in find_closed_topics(doc, patterns, ents) if c.tok.i not in taken]
    cands.sort(key=lambda c: c.tok.i)
    for c in cands:
        _args(c, ents)
    cands = _absorb(cands, patterns, ents)
    linker = Linker(doc, {c.tok.i for c in cands}, ents)
    by_tok = {c.tok.i: c for c in cands}
    published = doc.user_data.get("parley_published")
    out: list[tuple[Candidate, Event]] = []
    for c in cands:
        passive = [ch for ch in c.tok.children if ch.dep_ == "nsubj:pass"]
        # "the next round will be held": a passive meeting takes the main parties
        held = c.type == "CONSULT" and any(c.nouns or p.lemma_.lower() in c.frame.objects for p in passive)
        passive_release = c.mode == "release" and bool(passive)
        gerund = _gerund(c.tok)
        if not c.actors and (c.frame.reciprocal or passive_release) and len(ents.dyad) == 2 and (
            c.frame.pos != "VERB" or passive_release or held or gerund or _generic_subject(c.tok, patterns)
        ):
            c.actors, c.from_dyad = [(e, c.tok) for e in ents.dyad], True
        if c.frame.mediated and c.actors and len(ents.dyad) == 2:
            c.actors += [(e, c.tok) for e in ents.dyad if e.id not in {x.id for x, _ in c.actors}]
        for e, t in list(c.actors):  # "Afghan forces attacked": a state's armed forces act for it
            # "Afghan forces", not "Rapid Support Forces" (a named force is a party of its own)
            national = e.type == "ORG" and e.country and e.name.split()[-1].islower()
            state = ents.state_of(e.country) if national and ents.sector(e) == "MIL" else None
            if state is not None and state.type == "COUNTRY" and state.id not in {x.id for x, _ in c.actors}:
                c.actors.append((state, t))
        speaker_for_body(c, ents)
        actor_ids = {e.id for e, _ in c.actors}
        c.recipients = [(e, t) for e, t in c.recipients if e.id not in actor_ids]
        if not c.actors or background(c) or not anchored(c, linker, patterns, by_tok):
            continue
        if c.from_dyad and (c.tok.pos_ != "VERB" or gerund) and not _held(c, linker, patterns, by_tok):
            continue  # parties guessed from the article: only for a noun that plainly reports an event
        if c.mode == "withdraw" and c.frame.pos == "NOUN" and not _held(c, linker, patterns, by_tok):
            continue  # "divided over the scale of an Israeli withdrawal": a term in dispute, not a pullback
        add_speaker(c, ents)
        refusal = c.frame is REFUSAL or c.frame.negated  # "would not accept", "is not bound by": the act
        if c.type in _CONFLICT and not refusal and negated(c.tok, patterns):
            continue  # "did not block the decision", "you cannot bomb your way to peace": nothing was done
        if c.type == "CONSULT" and _unscheduled(c.tok, patterns):
            continue  # "follow-up talks have not been scheduled": no meeting reported, none refused
        if c.type == "CONSULT" and _only_after(c.tok, patterns):
            continue  # "a meeting could take place only once ...": a condition, no meeting planned
        if c.type == "CONSULT" and _described(c, ents, patterns):
            continue  # "X, who hosted the talks, said": who X is, the talks being told elsewhere
        spoken = c.frame is CLOSED or any(c.frame is f for f in SPOKEN)
        c.status = c.frame.status or "occurred" if spoken else status_of(c.tok, c.frame, patterns)
        if c.frame is REFUSAL:
            c.forced_status = "denied"  # "would “never again take orders”": the parse may hide the negation
        if c.forced_status and c.status in {"occurred", "pledged"}:
            c.status = c.forced_status
        if c.type == "REQUEST" and c.status == "denied":
            continue  # "we did not ask either side", "they do not want conflict": no demand was made
        chain = [c.tok, *c.tok.ancestors][:4]
        conditional = any(a.dep_ == "advcl" and _case(a) in {"if", "unless"} for a in chain)
        weak = c.from_dyad or c.type == "AGREE" and not c.absorbed or c.type == "REQUEST" and not c.absorbed
        if c.status == "hypothetical" and conditional and weak:
            continue  # "if both sides agreed", "if you are willing to keep talking": conditions
        if c.type in _THREAT_MODES and c.type != "REJECT" and c.status in {"pledged", "hypothetical"} and (
            _on_condition(chain)
        ):  # "ready to consider new sanctions if the trucks are not released": a threat (PLOVER THREATEN)
            c.type, c.mode, c.status = "THREATEN", _THREAT_MODES[c.type], "occurred"
        if c.type == "AGREE" and c.status == "pledged" and c.frame.lemmas & patterns.mutual_verbs and len(
            {ents.party_key(e) for e, _ in c.actors} - {None}
        ) >= 2:
            c.status = "occurred"  # "the two sides committed to ...": a commitment reached together
        if c.type == "ASSAULT" and c.mode is None:
            c.mode = _assault_mode(c, patterns)
        if _by_phone(c, linker, patterns):
            c.mode = "phone"
        ref = linker.date(c, own_only=c.status != "occurred" and c.type not in VERBAL)
        if ref is not None and is_long_before(ref.value, published):
            continue  # background: "fought a war in 2020"
        if c.status == "occurred" and ref is not None and is_after(ref.value, published):
            c.status = "pledged"
        if c.type in _RESPONSES and not c.recipients:
            c.recipients = earlier_author(c, [x for x, _ in out], ents)
        if c.type in _DIRECTED and not c.recipients and len(ents.dyad) == 2 and all(
            e.type in {"COUNTRY", "ORG", "PLACE"} and e.country for e in ents.dyad
        ):
            sides = {e.country for e in ents.dyad}
            if {e.country for e, _ in c.actors} & sides:  # "Peru refused to discuss it": aimed at Colombia
                c.recipients = [(e, c.tok) for e in ents.counterpart([e for e, _ in c.actors])]
        out.append((c, record(doc, c, ref, linker.place(c), ents, patterns)))
    return merge(out)
