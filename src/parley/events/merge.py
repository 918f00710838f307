"""One event, several mentions: "met in Istanbul on May 16" and "the Istanbul talks" are one CONSULT.

Mentions merge when their type, status, mode, date and place agree and their actors overlap (by entity for
verbal acts in neighbouring sentences, by state for the rest); the merged event keeps the evidence of the
best-argued mention."""

from __future__ import annotations

from parley.events.frames import Candidate
from parley.events.link import VERBAL
from parley.events.match import _case
from parley.gazetteer import gazetteer
from parley.records import Event

_FACE_TO_FACE = frozenset({"meet", "meeting", "summit"})


def _countries(e: Event) -> set[str]:
    return {a.country or a.name for a in e.actors}


def _clash(ea: Event, eb: Event) -> bool:
    """Two mentions told of different days or countries: never one event, even when a third mention agrees
    with both ("the talks" joins the Putrajaya meeting of July 28 and the Kuala Lumpur round of August 4)."""
    if ea.date and eb.date and not (ea.date.startswith(eb.date) or eb.date.startswith(ea.date)):
        return True  # "on Monday" (2025-03-03) and "so far in 2025" may be one event
    return bool(ea.place_country and eb.place_country and ea.place_country != eb.place_country)


def _told_apart(a: tuple[Candidate, Event], b: tuple[Candidate, Event]) -> bool:
    """Two mentions whose parties the text names, told of different days or countries, or each naming two or
    more sides that the other lacks ("Egyptian mediators met a Hamas delegation" and "Abdelatty met his
    Jordanian counterpart"); parties guessed from the article's dyad may still join a group of either."""
    if a[0].from_dyad or b[0].from_dyad:
        return False
    sa, sb = _countries(a[1]), _countries(b[1])
    return _clash(a[1], b[1]) or len(sa) > 1 and len(sb) > 1 and bool(sa - sb) and bool(sb - sa)


def _same(a: tuple[Candidate, Event], b: tuple[Candidate, Event]) -> bool:
    (ca, ea), (cb, eb) = a, b
    if ea.type != eb.type or ea.status != eb.status:
        return False
    if ea.mode and eb.mode and ea.mode != eb.mode:
        return False
    if _clash(ea, eb) or _apart(a, b):
        return False
    if ea.type in VERBAL and ea.status != "proposed" and not (ea.type == "AGREE" and ea.status == "occurred"):
        persons_a = {e.id for e, _ in ca.actors if e.type == "PERSON"}
        persons_b = {e.id for e, _ in cb.actors if e.type == "PERSON"}
        if persons_a and persons_b:  # one speaker's act told twice: "prepared to veto", "I will veto"
            return bool(persons_a & persons_b)
        same_actor = {p.entity for p in ea.actors} & {p.entity for p in eb.actors}
        near = abs(ca.tok.sent.start - cb.tok.sent.start) <= 1 or ca.tok.sent == cb.tok.sent
        return bool(same_actor) and near
    if ca.from_dyad or cb.from_dyad:
        return True
    persons_a = {e.id for e, _ in ca.actors if e.type == "PERSON"}
    persons_b = {e.id for e, _ in cb.actors if e.type == "PERSON"}
    if persons_a and persons_b and not persons_a & persons_b:
        return False  # the ministers' talks and the leaders' meeting: two meetings of the same states
    return bool(_countries(ea) & _countries(eb))


def _apart(a: tuple[Candidate, Event], b: tuple[Candidate, Event]) -> bool:
    """"agreed to exchange prisoners" and, later, "also agreed to hold a round": two deals; a visit and a
    meeting of delegations: two meetings."""
    (ca, ea), (cb, eb) = a, b
    if (ea.mode == "visit") != (eb.mode == "visit"):
        # a host receiving a visitor and a meeting of delegations: two meetings, also when the talks name no
        # party ("called on the foreign secretary before two days of talks")
        return True
    phone, other = (ea, eb) if ea.mode == "phone" else (eb, ea)
    if phone.mode == "phone" and other.mode != "phone" and other.place:
        return True  # "talks in Arusha" and the leaders' phone call: a call has no venue
    met = cb if phone is ea else ca
    if phone.mode == "phone" and other.mode != "phone" and met.tok.lemma_.lower() in _FACE_TO_FACE:
        return True  # "X met Y" is face to face: not a phone call told in the same article
    return ea.type == "AGREE" and bool(_to_do(ca)) and bool(_to_do(cb)) and not _to_do(ca) & _to_do(cb)


def _to_do(c: Candidate) -> set[str]:
    """The verbs of what an agreement is to do ("agreed to exchange ... and to set up ...")."""
    kids = list(c.tok.children)
    kids += [g for ch in kids if ch.dep_ == "obl" for g in ch.children if g.dep_ == "acl"]  # "in principle"
    heads = [ch for ch in kids if ch.pos_ == "VERB" and ch.dep_ == "xcomp" or any(
        g.dep_ == "mark" and g.lower_ == "to" for g in ch.children)]  # "to resume talks", tagged a noun
    heads += [ch for ch in kids if ch.dep_ in {"obl", "obl:arg"} and _case(ch) == "to"]  # "agreed to a truce"
    heads += [g for h in heads for g in h.children if g.dep_ == "conj" and g.pos_ in {"VERB", "NOUN"}]
    return {h.lemma_.lower() for h in heads}


def _weight(e: Event) -> int:
    return 2 * len(e.actors) + len(e.recipients) + (e.date is not None) + (e.place is not None)


def merge(items: list[tuple[Candidate, Event]]) -> list[Event]:
    groups: list[list[tuple[Candidate, Event]]] = []
    for item in items:
        for g in groups:  # a mention joins a group when it is one with a member and apart from none
            apart = any(_apart(item, other) or _told_apart(item, other) for other in g)
            if not apart and any(_same(item, other) for other in g):
                g.append(item)
                break
        else:
            groups.append([item])
    events = []
    for g in groups:
        real = [x for x in g if not x[0].from_dyad] or g
        best = max(real, key=lambda x: _weight(x[1]))[1]
        actors = {p.entity: p for _, e in real for p in e.actors}
        if len({p.country or p.entity for p in actors.values()}) < 2 and best.mode != "visit":
            # "took part in the talks", "thanked Oman for hosting the talks": one side or the host named, the
            # talks are still the two parties'
            actors |= {p.entity: p for c, e in g if c.from_dyad for p in e.actors}
        recips = {p.entity: p for _, e in g for p in e.recipients if p.entity not in actors}
        date = next(((e.date, e.date_text, e.date_span) for _, e in g if e.date), (None, None, None))
        places = sorted((e for _, e in g if e.place), key=lambda e: gazetteer().country(e.place) is not None)
        place = (places[0].place, places[0].place_country, places[0].place_span) if places else (None,) * 3
        events.append(best.model_copy(update={
            "actors": list(actors.values()),
            "recipients": list(recips.values()),
            "date": date[0], "date_text": date[1], "date_span": date[2],
            "place": place[0], "place_country": place[1], "place_span": place[2],
            "mode": best.mode or next((e.mode for _, e in g if e.mode), None),
        }))
    events.sort(key=lambda e: e.span)
    return [e.model_copy(update={"id": f"V{i + 1}"}) for i, e in enumerate(events)]
