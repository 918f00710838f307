"""The negotiation extension: the article's picture of each process it reports.

A process is the article's main pair of states (its dyad) with the mediators the text names. Its picture has
talks rounds (held, proposed, confirmed, cancelled: from CONSULT events), documents (memoranda, proposals,
drafts: delivered, pledged, received, requested; from the verbs that govern document nouns), exchanges of
prisoners or bodies (agreed, completed: from RETREAT release events and agreements about them), ceasefires
(agreed, in effect, proposed, rejected, violated, ended) and requests awaiting a response (REQUEST events and
"waiting for Kyiv to confirm"). Extending PLOVER this way follows its manual's section "Adding to PLOVER":
the events keep their PLOVER coding and gain the extension's fields and contexts (data/negotiation.yaml).
"""

from __future__ import annotations

from functools import lru_cache

from pydantic import BaseModel, ConfigDict, field_validator
from spacy.tokens import Doc, Token

from parley.columns import lemmas
from parley.events.args import Entities
from parley.events.papers import Papers, _lemma, _tok_at
from parley.events.patterns import event_patterns
from parley.records import Event, Negotiation, Participant, Request, TalksRound


class NegotiationRules(BaseModel):
    model_config = ConfigDict(extra="forbid", frozen=True)

    contexts: dict[str, str]
    documents: dict[str, frozenset[str]]
    document_verbs: dict[str, frozenset[str]]
    exchange_kinds: dict[str, frozenset[str]]
    ceasefire_nouns: frozenset[str]
    ceasefire_verbs: dict[str, frozenset[str]]
    ordinals: dict[str, int]
    waiting_verbs: frozenset[str]
    response_words: frozenset[str]
    mediator_verbs: frozenset[str]
    mediator_nouns: frozenset[str]

    @field_validator("documents", "document_verbs", "exchange_kinds", "ceasefire_verbs", mode="before")
    @classmethod
    def _maps(cls, v: object) -> object:
        if not isinstance(v, dict) or not all(isinstance(x, list) for x in v.values()):
            raise ValueError("must map a name to a list of words")
        return {k: frozenset(str(w).lower() for w in words) for k, words in v.items()}

    @field_validator(
        "ceasefire_nouns",
        "waiting_verbs",
        "response_words",
        "mediator_verbs",
        "mediator_nouns",
        mode="before",
    )
    @classmethod
    def _words(cls, v: object) -> object:
        if not isinstance(v, list):
            raise ValueError("must be a list of words")
        return frozenset(str(w).lower() for w in v)


@lru_cache(maxsize=1)
def negotiation_rules() -> NegotiationRules:
    from parley.rules import load_rules

    return load_rules("negotiation.yaml", NegotiationRules)


_ROUND_STATUS = {"occurred": "held", "proposed": "proposed", "pledged": "confirmed", "denied": "cancelled"}


class _Builder(Papers):
    def __init__(self, doc: Doc, events: list[Event]) -> None:
        self.doc = doc
        self.events = events
        self.rules = negotiation_rules()
        self.patterns = event_patterns()
        self.ents = Entities(doc, doc._.parley_entities or [], self.patterns)
        self.parties = [self.ents.participant(c) for c in self.ents.dyad]
        self.countries = {p.country for p in self.parties if p.country}

    def state(self, p: Participant) -> Participant:
        """The party that a person or place stands for, when it is one of the process's parties."""
        return next((s for s in self.parties if s.country and s.country == p.country), p)

    def states(self, ps: list[Participant]) -> list[Participant]:
        out: dict[str, Participant] = {}
        for p in ps:
            s = self.state(p)
            out.setdefault(s.country or s.name, s)
        return list(out.values())

    def involves(self, e: Event) -> bool:
        return bool({p.country for p in e.actors + e.recipients} & self.countries)

    # -- mediators ------------------------------------------------------------------------------------
    def mediators(self) -> list[Participant]:
        out: dict[str, Participant] = {}
        wanted = self.rules.mediator_verbs | self.rules.mediator_nouns
        for i, word in enumerate(lemmas(self.doc)):
            if word not in wanted:
                continue  # no Token made for the article's other words
            tok = self.doc[i]
            hits: list[Token] = []
            if word in self.rules.mediator_verbs:
                hits = [
                    ch
                    for ch in tok.children
                    if ch.dep_ in {"nsubj", "obl:agent"}
                    or (ch.dep_ == "obl" and any(g.lower_ == "by" for g in ch.children))
                ]
                if tok.dep_ in {"amod", "compound"} or tok.text.count("-"):
                    hits += [ch for ch in tok.children if ch.dep_ in {"compound", "npadvmod", "obl:npmod"}]
            elif word in self.rules.mediator_nouns:
                hits = [ch for ch in tok.children if ch.dep_ in {"nmod:poss", "amod", "compound", "appos"}]
                if tok.dep_ == "appos" or tok.dep_ in {"nmod:desc", "compound"}:
                    hits.append(tok.head)
            for h in hits:
                for c in self.ents.of(h):
                    if c.country not in self.countries or c.type == "ORG" and not c.country:
                        out.setdefault(c.id, self.ents.participant(c, h))
        return list(out.values())

    # -- rounds ---------------------------------------------------------------------------------------
    def rounds(self, mediators: list[Participant]) -> list[TalksRound]:
        out: list[TalksRound] = []
        for e in self.events:
            if e.type != "CONSULT" or e.mode in {"phone", "visit"} or e.status not in _ROUND_STATUS:
                continue
            states = self.states(e.actors)
            if len({p.country for p in states} & self.countries) < 2:
                continue
            host = []
            if e.place_country and e.place_country not in self.countries:
                host = [p for p in mediators if p.country == e.place_country] or [
                    Participant(
                        name=self._country_name(e.place_country), country=e.place_country, sector="GOV"
                    )
                ]
            host += [r for r in e.recipients if r.name not in {h.name for h in host}]
            out.append(
                TalksRound(
                    id=f"R{len(out) + 1}",
                    number=self._ordinal(e),
                    status=_ROUND_STATUS[e.status],
                    date=e.date,
                    date_text=e.date_text,
                    venue=e.place,
                    venue_country=e.place_country,
                    parties=states,
                    mediators=[m for m in mediators if m.country != e.place_country or not host],
                    hosts=host,
                    events=[e.id] if e.id else [],
                    evidence=[e.span],
                )
            )
        held = sorted((r for r in out if r.status == "held"), key=lambda r: r.date or "")
        numbered = [x.number for x in out if x.number]
        if len(held) == 1 and held[0].number is None and numbered and min(numbered) == 2:
            held[0].number = 1  # "a second round" after the one held
        out.sort(key=lambda r: (r.number or 99, r.status != "held", r.date or ""))
        return [r.model_copy(update={"id": f"R{i + 1}"}) for i, r in enumerate(out)]

    def _country_name(self, iso: str) -> str:
        from parley.gazetteer import gazetteer

        return gazetteer().country_name(iso)

    def _ordinal(self, e: Event) -> int | None:
        tok = _tok_at(self.doc, e.trigger.span[0]) if e.trigger else None
        if tok is None:
            return None
        near = [tok, *tok.children, tok.head, *tok.head.children]
        for t in near:
            if t.lower_ in self.rules.ordinals and t.i in range(tok.i - 5, tok.i + 1):
                return self.rules.ordinals[t.lower_]
        if tok.i + 1 < len(self.doc) and _lemma(tok) == "meet":
            return None
        return None

    # -- requests -------------------------------------------------------------------------------------
    def requests(self) -> list[Request]:
        out: list[Request] = []
        for e in self.events:
            if e.type == "REQUEST" and e.status == "requested" and e.recipients:
                tok = _tok_at(self.doc, e.trigger.span[0]) if e.trigger else None
                out.append(
                    Request(
                        id="",
                        by=e.actors,
                        to=e.recipients,
                        what=self._what(tok) if tok else "",
                        date=e.date,
                        events=[e.id or ""],
                        evidence=[e.span],
                    )
                )
        for i, word in enumerate(lemmas(self.doc)):
            if word not in self.rules.waiting_verbs:
                continue
            tok = self.doc[i]
            whom = [ch for ch in tok.children if ch.dep_ in {"obl", "obl:arg", "obj"} and self.ents.of(ch)]
            what = [ch for ch in tok.children if ch.dep_ in {"advcl", "xcomp", "ccomp"}]
            if not whom or not what:
                continue
            subj = [ch for ch in tok.children if ch.dep_ in {"nsubj", "nsubj:outer"}]
            by = [c for s in subj for c in self.ents.of(s)]
            if not by:
                from parley.events.frames import controller

                by = [c for c, _ in controller(tok, self.ents)]
            to = [c for w in whom for c in self.ents.of(w)]
            out.append(
                Request(
                    id="",
                    by=[self.ents.participant(c) for c in by],
                    to=[self.ents.participant(c, whom[0]) for c in to],
                    what=self._what(tok),
                    evidence=[(tok.sent.start_char, tok.sent.end_char)],
                )
            )
        return [r.model_copy(update={"id": f"Q{i + 1}"}) for i, r in enumerate(out)]

    def _what(self, tok: Token) -> str:
        comp = [ch for ch in tok.children if ch.dep_ in {"xcomp", "advcl", "ccomp"}]
        if not comp:
            return ""
        toks = sorted(t.i for t in comp[0].subtree)
        text = self.doc[toks[0] : toks[-1] + 1].text
        return text if len(text) <= 120 else text[:117].rsplit(" ", 1)[0] + "…"


def build_negotiation(doc: Doc, events: list[Event]) -> tuple[dict, list[Event]]:
    """The article's negotiation picture, and the events with their process link set."""
    b = _Builder(doc, events)
    if len(b.parties) < 2:
        return {}, events
    mediators = b.mediators()
    proc = Negotiation(id="N1", parties=b.parties, mediators=mediators)
    proc.rounds = b.rounds(mediators)
    proc.documents = b.documents()
    proc.exchanges = b.exchanges(mediators)
    proc.ceasefires = b.ceasefires(mediators)
    proc.requests = b.requests()
    _await(proc, b)
    linked = [e.model_copy(update={"link": proc.id}) if b.involves(e) else e for e in events]
    proc.events = [e.id for e in linked if e.link == proc.id and e.id]
    if not (proc.rounds or proc.documents or proc.exchanges or proc.ceasefires or proc.requests):
        return {}, events
    return {"processes": [proc.model_dump(mode="json")]}, linked


def _await(proc: Negotiation, b: _Builder) -> None:
    """A round still to be held waits on the requests about the talks addressed to a party."""
    pending = [r for r in proc.rounds if r.status in {"proposed", "confirmed"}]
    if not pending:
        return
    for q in proc.requests:
        words = set(q.what.lower().replace(",", " ").split())
        if words & b.rules.response_words and {p.country for p in q.to} & b.countries:
            pending[-1].awaiting.append(q.id)
