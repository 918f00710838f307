"""From a parsed Doc to parley's Event records: match frames, absorb complements, find arguments, status, date
and place, drop what has no actor, merge repeated mentions of one event."""

from __future__ import annotations

from spacy.tokens import Doc, Token

from parley.coref import EntityCluster
from parley.events.args import SPEECH, Entities
from parley.events.frames import Candidate, _case, complement, match_frame, noun_args, verb_args
from parley.events.patterns import EventPatterns, Frame, event_patterns
from parley.events.plover import cameo_code
from parley.events.status import status_of
from parley.events.when import dates_of, is_after, is_long_before, owner, tokens_of
from parley.gazetteer import gazetteer
from parley.records import Cue, DateRef, Event

_THREAT_MODES = {
    "ASSAULT": "violence",
    "MOBILIZE": "violence",
    "SANCTION": "relations",
    "REJECT": "relations",
    "COERCE": "restrict",
}
_MEDIATOR_VERBS = frozenset({"broker", "mediate", "host", "facilitate", "arrange", "sponsor", "back"})
_VERBAL = frozenset({"REQUEST", "ACCUSE", "REJECT", "THREATEN", "SUPPORT", "AGREE", "CONCEDE"})
_DEMAND = Frame(lemmas=["_demand"], pos="VERB", type="REQUEST", status="requested", content=True)


def _sentence_span(doc: Doc, tok: Token) -> tuple[int, int]:
    sent = tok.sent
    start, end = sent.start_char, sent.end_char
    text = doc.text
    while start < end and text[start].isspace():
        start += 1
    while end > start and text[end - 1].isspace():
        end -= 1
    return start, end


def _demands(doc: Doc, patterns: EventPatterns) -> list[Candidate]:
    """ "You should confirm ..." in a quote: a demand of the speaker to the one addressed."""
    out = []
    for tok in doc:
        if tok.pos_ != "VERB":
            continue
        kids = list(tok.children)
        if any(k.dep_.startswith("nsubj") and k.lower_ == "you" for k in kids) and any(
            k.dep_ == "aux" and k.lower_ in patterns.demand_modals for k in kids
        ):
            out.append(Candidate(tok, _DEMAND, "REQUEST", None))
    return out


def _args(c: Candidate, ents: Entities) -> None:
    if c.frame is _DEMAND:
        speaker = ents._speaker(c.tok)
        c.actors = [(e, c.tok) for e in speaker]
        c.recipients = [(e, c.tok) for e in ents.counterpart(speaker)]
    elif c.frame.pos == "VERB" or (c.frame.pos == "ANY" and c.tok.pos_ == "VERB") or c.tok.pos_ == "ADJ":
        verb_args(c, ents)
    else:
        noun_args(c, ents, _MEDIATOR_VERBS)


def _absorb(cands: list[Candidate], patterns: EventPatterns) -> list[Candidate]:
    by_tok = {c.tok.i: c for c in cands}
    gone: set[int] = set()
    for c in cands:
        if not c.frame.content or c.tok.i in gone:
            continue
        for head in complement(c.tok):
            inner = [
                head,
                *[
                    k
                    for k in head.children
                    if k.dep_ in {"obj", "nsubj:pass", "xcomp"}
                    or (k.dep_ in {"obl", "nmod"} and _case(k) in {"for", "to", "on", "of", ""})
                ],
            ]
            for t in inner:
                other = by_tok.get(t.i)
                if other is not None and other is not c and other.tok.i not in gone:
                    c.absorbed.append(other)
                    gone.add(other.tok.i)
        c.mode = c.mode or _content_mode(c, patterns)
        if (
            c.type == "REJECT"
            and c.absorbed
            and {c.tok.lemma_.lower(), c.tok.lower_} & patterns.status.governors.get("denied", frozenset())
        ):
            c.forced_status = "denied"  # "refused to attend" (issue 6: the refused act is denied)
    # a light verb and its noun ("held talks", "imposed sanctions"): keep the verb, which has the subject
    for c in cands:
        if c.tok.i in gone or c.frame.pos == "VERB":
            continue
        head = c.tok.head
        other = by_tok.get(head.i)
        if (
            other is not None
            and other is not c
            and other.type == c.type
            and c.tok.dep_ in {"obj", "nsubj:pass", "obl", "obl:arg", "xcomp"}
        ):
            other.mode = other.mode or c.mode
            _merge_args(other, c)
            gone.add(c.tok.i)
    return [c for c in cands if c.tok.i not in gone]


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
    verb.actors += [x for x in noun.own_actors if x[0].id not in have and verb.frame.reciprocal]
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


def _background(c: Candidate) -> bool:
    """A nominal attack or war named only as the time of something else ("since Russia's invasion")."""
    if c.frame.pos == "VERB" or c.type not in {"ASSAULT", "MOBILIZE", "PROTEST", "COERCE"}:
        return False
    cur = c.tok
    for _ in range(3):
        if _case(cur) in {"since", "before", "during", "amid", "following", "after"}:
            return True
        if cur.dep_ not in {"nmod", "compound"}:
            break
        cur = cur.head
    return False


def _anchored(c: Candidate, linker: _Linker, patterns: EventPatterns, by_tok: dict[int, Candidate]) -> bool:
    """Whether a noun trigger reports an event rather than naming a kind of thing ("turn the meeting into a
    destructive one"): it has arguments of its own, a date or place, or a governing frame, status word or
    light verb."""
    tok = c.tok
    if c.frame.pos == "VERB" or tok.pos_ in {"VERB", "ADJ"} or c.frame is _DEMAND:
        return True
    if c.explicit or linker.date(c, own_only=True) is not None or linker.place(c) is not None:
        return True
    cur = tok
    for _ in range(3):
        head = cur.head
        if head is cur:
            return False
        words = {head.lemma_.lower(), head.lower_}
        if head.i in by_tok or words & patterns.light_verbs:
            return True
        if any(words & w for w in patterns.status.governors.values()):
            return True
        if cur.dep_ not in {"nmod", "compound", "conj"}:
            return False
        cur = head
    return False


def _add_speaker(c: Candidate, ents: Entities) -> None:
    """A verbal act reported in a speech verb's complement is the speaker's act too: "Putin said Moscow was
    prepared to ..." is Putin's offer."""
    if c.type not in _VERBAL:
        return
    cur = c.tok
    for _ in range(4):
        if cur.head is cur:
            return
        rel, cur = cur.dep_, cur.head
        if rel in {"ccomp", "parataxis"} and cur.lemma_.lower() in SPEECH:
            ids = {e.id for e, _ in c.actors}
            actor_countries = {e.country for e, _ in c.actors}
            for ch in cur.children:
                if ch.dep_ in {"nsubj", "nsubj:outer"}:
                    for e in ents.of(ch):
                        if e.type == "PERSON" and e.id not in ids and e.country in actor_countries:
                            c.actors.append((e, ch))
            return
        if rel not in {"xcomp", "ccomp", "conj", "advcl"}:
            return


class _Linker:
    """Dates and places owned by each trigger in the parse."""

    def __init__(self, doc: Doc, triggers: set[int], ents: Entities) -> None:
        self.doc = doc
        self.dates: dict[int, list[tuple[DateRef, Token]]] = {}
        for ref in dates_of(doc):
            toks = tokens_of(doc, ref.span)
            if not toks:
                continue
            head = min(toks, key=lambda t: len(list(t.ancestors)))
            own = owner(head, triggers)
            if own is not None:
                self.dates.setdefault(own.i, []).append((ref, head))
        self.places: dict[int, list[tuple[EntityCluster, Token]]] = {}
        for i, c in ents.at.items():
            tok = doc[i]
            if c.type not in {"PLACE", "COUNTRY"} or tok.dep_ not in {"obl", "nmod", "obl:arg"}:
                continue
            if _case(tok) in {"in", "at"}:
                own = owner(tok, triggers)
                for key in {tok.head.i, own.i if own is not None else tok.head.i}:
                    self.places.setdefault(key, []).append((c, tok))

    def _around(self, tok: Token) -> list[Token]:
        out = [tok]
        out += [ch for ch in tok.children if ch.dep_ in {"acl", "acl:relcl", "nummod", "compound", "amod"}]
        if tok.pos_ in {"NOUN", "PROPN"} and tok.head is not tok and tok.head.pos_ in {"VERB", "AUX"}:
            out.append(tok.head)
        return out

    def date(self, c: Candidate, own_only: bool = False) -> DateRef | None:
        for t in self._around(c.tok):
            for ref, _ in self.dates.get(t.i, []):
                return ref
        if own_only:
            return None
        cur = c.tok
        for _ in range(6):  # the date of the report that carries it: "Medinsky said late Wednesday that ..."
            if cur.head is cur:
                break
            cur = cur.head
            if cur.lemma_.lower() in SPEECH and cur.i in self.dates:
                return self.dates[cur.i][0][0]
        return None

    def place(self, c: Candidate) -> tuple[EntityCluster, Token] | None:
        for t in self._around(c.tok):
            if t.i in self.places:
                return self.places[t.i][0]
        return None


def extract_events(doc: Doc) -> list[Event]:
    patterns = event_patterns()
    ents = Entities(doc, doc._.parley_entities or [], patterns)
    cands: list[Candidate] = []
    for tok in doc:
        if tok.is_space or tok.is_punct or tok.i in ents.at and ents.at[tok.i].type != "GROUP":
            continue
        frame = match_frame(tok, patterns, ents)
        if frame is not None:
            cands.append(Candidate(tok, frame, frame.type, frame.mode))
    demand_toks = {c.tok.i for c in cands}
    cands += [d for d in _demands(doc, patterns) if d.tok.i not in demand_toks]
    cands.sort(key=lambda c: c.tok.i)
    for c in cands:
        _args(c, ents)
    cands = _absorb(cands, patterns)
    linker = _Linker(doc, {c.tok.i for c in cands}, ents)
    by_tok = {c.tok.i: c for c in cands}
    published = doc.user_data.get("parley_published")
    out: list[tuple[Candidate, Event]] = []
    for c in cands:
        if not c.actors and c.frame.reciprocal and c.frame.pos != "VERB" and len(ents.dyad) == 2:
            c.actors, c.from_dyad = [(e, c.tok) for e in ents.dyad], True
        actor_ids = {e.id for e, _ in c.actors}
        c.recipients = [(e, t) for e, t in c.recipients if e.id not in actor_ids]
        if not c.actors or _background(c) or not _anchored(c, linker, patterns, by_tok):
            continue
        _add_speaker(c, ents)
        c.status = status_of(c.tok, c.frame, patterns) if c.frame is not _DEMAND else "requested"
        if c.forced_status and c.status == "occurred":
            c.status = c.forced_status
        if c.type == "ASSAULT" and c.mode is None:
            c.mode = _assault_mode(c, patterns)
        ref = linker.date(c, own_only=c.status != "occurred" and c.type not in _VERBAL)
        if ref is not None and c.type in {"ASSAULT", "MOBILIZE"} and is_long_before(ref.value, published):
            continue
        if c.status == "occurred" and ref is not None and is_after(ref.value, published):
            c.status = "pledged"
        place = linker.place(c)
        out.append((c, _record(doc, c, ref, place, ents, patterns)))
    return _merge(out)


def _record(
    doc: Doc,
    c: Candidate,
    ref: DateRef | None,
    place: tuple[EntityCluster, Token] | None,
    ents: Entities,
    patterns: EventPatterns,
) -> Event:
    span = _sentence_span(doc, c.tok)
    t = c.tok
    words = {w.lower_ for w in t.sent}
    context = sorted(k for k, cues in patterns.contexts.items() if words & cues)
    place_name = place_country = place_span = None
    if place is not None:
        pc, ptok = place
        place_name, place_country = pc.name, pc.country
        s, e = ents.mention_at.get(ptok.i, (ptok.i, ptok.i + 1))
        place_span = (doc[s].idx, doc[e - 1].idx + len(doc[e - 1].text))
        for p in getattr(doc._, "parley_places", None) or []:
            if p.span[0] <= place_span[0] < p.span[1]:
                place_name, place_country = p.name, p.country or place_country
    return Event(
        type=c.type,
        mode=c.mode,
        status=c.status,
        actors=[ents.participant(e, tok) for e, tok in c.actors],
        recipients=[ents.participant(e, tok) for e, tok in c.recipients],
        date=ref.value if ref else None,
        date_text=ref.text if ref else None,
        date_span=tuple(ref.span) if ref else None,
        place=place_name,
        place_country=place_country,
        place_span=place_span,
        context=context,
        trigger=Cue(text=t.text, span=(t.idx, t.idx + len(t.text))),
        span=span,
        text=doc.text[span[0] : span[1]],
        cameo=cameo_code(c.type, c.mode),
    )


def _countries(e: Event) -> set[str]:
    return {a.country or a.name for a in e.actors}


def _same(a: tuple[Candidate, Event], b: tuple[Candidate, Event], doc: Doc) -> bool:
    (ca, ea), (cb, eb) = a, b
    if ea.type != eb.type or ea.status != eb.status:
        return False
    if ea.mode and eb.mode and ea.mode != eb.mode:
        return False
    if ea.date and eb.date and ea.date != eb.date:
        return False
    if ea.place_country and eb.place_country and ea.place_country != eb.place_country:
        return False
    if ea.type in _VERBAL and ea.status != "proposed":
        same_actor = {p.entity for p in ea.actors} & {p.entity for p in eb.actors}
        near = abs(_sent_index(ca.tok) - _sent_index(cb.tok)) <= 1
        return bool(same_actor) and near
    if ca.from_dyad or cb.from_dyad:
        return True
    return bool(_countries(ea) & _countries(eb))


def _sent_index(tok: Token) -> int:
    return tok.sent.start


def _weight(e: Event) -> int:
    return 2 * len(e.actors) + len(e.recipients) + (e.date is not None) + (e.place is not None)


def _merge(items: list[tuple[Candidate, Event]]) -> list[Event]:
    groups: list[list[tuple[Candidate, Event]]] = []
    for item in items:
        for g in groups:
            if any(_same(item, other, item[0].tok.doc) for other in g):
                g.append(item)
                break
        else:
            groups.append([item])
    events = []
    for g in groups:
        real = [x for x in g if not x[0].from_dyad] or g
        best = max(real, key=lambda x: _weight(x[1]))[1]
        actors = {p.entity: p for _, e in real for p in e.actors}
        recips = {p.entity: p for _, e in g for p in e.recipients if p.entity not in actors}
        date = next(((e.date, e.date_text, e.date_span) for _, e in g if e.date), (None, None, None))
        places = sorted((e for _, e in g if e.place), key=lambda e: gazetteer().country(e.place) is not None)
        place = (
            (places[0].place, places[0].place_country, places[0].place_span) if places else (None, None, None)
        )
        merged = best.model_copy(
            update={
                "actors": list(actors.values()),
                "recipients": list(recips.values()),
                "date": date[0],
                "date_text": date[1],
                "date_span": date[2],
                "place": place[0],
                "place_country": place[1],
                "place_span": place[2],
                "mode": best.mode or next((e.mode for _, e in g if e.mode), None),
            }
        )
        events.append(merged)
    events.sort(key=lambda e: e.span)
    return [e.model_copy(update={"id": f"V{i + 1}"}) for i, e in enumerate(events)]
