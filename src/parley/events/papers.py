"""The papers and deeds of a negotiation: documents (memoranda, proposals, drafts) and who delivered, pledged,
received or was asked for them; exchanges of prisoners or bodies; ceasefires and their state. A mixin of the
negotiation builder (negotiation.py), which gives it the Doc, the events, the rules and the parties."""

from __future__ import annotations

from spacy.tokens import Doc, Token

from parley.columns import lemmas, lowers
from parley.events.match import _case
from parley.events.status import _climb, _modal, negated
from parley.records import Ceasefire, Document, Event, Exchange, Participant

_EXCHANGE_WORDS = frozenset({"exchange", "swap", "release", "free", "freed", "return", "handover"})
_GENERIC = frozenset({"own", "document", "text", "position", "response", "reply", "paper", "vision", "terms"})
_KINDS = ("memorandum", "memoranda", "memo", "draft", "roadmap", "framework", "plan", "blueprint", "proposal",
          "counterproposal", "list", "letter")


def _kind_rank(kind: str) -> int:
    """A memorandum is named as such over "its proposal" or "its own"."""
    return _KINDS.index(kind) if kind in _KINDS else len(_KINDS) + (kind in _GENERIC)


_PAST = frozenset({"previous", "past", "earlier", "former", "last", "old"})
_DEALS = frozenset({"agreement", "deal", "accord", "pact", "arrangement", "plan", "proposal"})
_DOC_RANK = {"delivered": 5, "received": 4, "rejected": 3, "pledged": 2, "requested": 1, "drafted": 0}


def _lemma(tok: Token) -> str:
    return tok.lemma_.lower()


def _tok_at(doc: Doc, char: int) -> Token | None:
    span = doc.char_span(char, char + 1, alignment_mode="expand")
    return span[0] if span is not None and len(span) else None


def _span(tok: Token) -> tuple[int, int]:
    return tok.idx, tok.idx + len(tok.text)


def _union(a: list[Participant], b: list[Participant]) -> list[Participant]:
    seen = {(p.entity, p.name) for p in a}
    return a + [p for p in b if (p.entity, p.name) not in seen]


class Papers:
    """Documents, exchanges and ceasefires, on the builder's doc, events, rules, ents and parties."""

    # -- documents ------------------------------------------------------------------------------------
    def documents(self) -> list[Document]:
        found: list[Document] = []
        family = {w: k for k, words in self.rules.documents.items() for w in words}
        for i, (low, lemma) in enumerate(zip(lowers(self.doc), lemmas(self.doc), strict=True)):
            kind = family.get(low) or family.get(lemma)
            if kind is None:
                continue
            tok = self.doc[i]
            if tok.pos_ not in {"NOUN", "ADJ", "PROPN"}:
                continue
            verb = tok.head if tok.dep_ in {"obj", "nsubj:pass", "obl", "iobj"} else None
            if verb is None or verb.pos_ not in {"VERB", "AUX"}:
                continue
            action = next(
                (a for a, words in self.rules.document_verbs.items() if _lemma(verb) in words), None
            )
            if action is None or (action == "drafted" and tok.dep_ == "obl"):
                continue
            doc_ = self._document(tok, verb, _lemma(tok) if _lemma(tok) != "own" else kind, action)
            if doc_ is not None:
                found.append(doc_)
        return self._merge_documents(found)

    def _document(self, tok: Token, verb: Token, kind: str, action: str) -> Document | None:
        status = self._verb_status(verb)
        subj = [ch for ch in verb.children if ch.dep_ in {"nsubj", "nsubj:outer"}]
        agents = [e for s in subj for e in self.ents.of(s)]
        if not agents:
            from parley.events.frames import controller

            agents = [e for e, _ in controller(verb, self.ents)]
        to = [
            e
            for ch in verb.children
            if ch.dep_ == "iobj"
            or (ch.dep_ in {"obl", "obl:arg"} and any(g.lower_ == "to" for g in ch.children))
            for e in self.ents.of(ch)
        ]
        owners = [
            e
            for ch in tok.children
            if ch.dep_ in {"nmod:poss", "nmod"}
            for e in self.ents.of(ch)
            if e.type in {"COUNTRY", "ORG", "PLACE", "GROUP", "PERSON"}
        ]
        senders, receivers = agents, to
        if action == "received":
            senders, receivers = owners, agents
        owner_c = owners[0] if owners else (senders[0] if senders and action != "received" else None)
        if owner_c is None:
            return None
        state = {
            "delivered": "delivered",
            "received": "received",
            "drafted": "drafted",
            "rejected": "rejected",
        }[action]
        if status in {"pledged", "proposed"}:
            state = "pledged" if action in {"delivered", "drafted"} else state
        elif status == "requested" and action == "delivered":
            state = "requested"
        elif status in {"denied", "hypothetical"}:
            state = "requested" if action == "delivered" else state
        owner = self.state(self.ents.participant(owner_c, tok))
        return Document(
            id="",
            kind=kind,
            owner=owner,
            status=state,
            senders=[self.ents.participant(c) for c in senders],
            receivers=[self.ents.participant(c) for c in receivers],
            outstanding=state in {"pledged", "requested"},
            evidence=[_span(tok)],
        )

    def _verb_status(self, verb: Token) -> str:
        if negated(verb, self.patterns):
            return "denied"
        return _modal(verb, self.patterns) or _climb(verb, self.patterns) or "occurred"

    def _merge_documents(self, docs: list[Document]) -> list[Document]:
        merged: dict[tuple[str, str], Document] = {}
        family = {w: k for k, words in self.rules.documents.items() for w in words}
        for d in docs:
            key = (family.get(d.kind, d.kind), d.owner.country or d.owner.name if d.owner else "")
            have = merged.get(key)
            if have is None:
                merged[key] = d
                continue
            best = d.status if _DOC_RANK[d.status] > _DOC_RANK[have.status] else have.status
            merged[key] = have.model_copy(
                update={
                    "kind": min(have.kind, d.kind, key=_kind_rank),
                    "status": best,
                    "senders": _union(have.senders, d.senders),
                    "receivers": _union(have.receivers, d.receivers),
                    "outstanding": best in {"pledged", "requested"},
                    "evidence": have.evidence + d.evidence,
                }
            )
        return [d.model_copy(update={"id": f"D{i + 1}"}) for i, d in enumerate(merged.values())]

    # -- exchanges and ceasefires ----------------------------------------------------------------------
    def _kinds(self, e: Event) -> str | None:
        tok = _tok_at(self.doc, e.trigger.span[0]) if e.trigger else None
        if tok is None:
            return None
        words = {t.lower_ for t in tok.subtree if abs(t.i - tok.i) < 12} | {t.lower_ for t in tok.children}
        words |= {_lemma(t) for t in tok.sent if abs(t.i - tok.i) < 8}
        for kind, cues in self.rules.exchange_kinds.items():
            if words & cues:
                return kind
        return None

    def exchanges(self, mediators: list[Participant]) -> list[Exchange]:
        out: list[Exchange] = []
        for e in self.events:
            if e.type == "RETREAT" and e.mode == "release":
                status = {
                    "occurred": "completed",
                    "pledged": "agreed",
                    "proposed": "proposed",
                    "denied": "cancelled",
                }.get(e.status)
            elif (
                e.type == "AGREE"
                and e.status in {"occurred", "pledged"}
                and self._about(e, _EXCHANGE_WORDS)
            ):
                status = "agreed"
            else:
                continue
            kind = self._kinds(e)
            if status is None or kind is None:
                continue
            same = next(
                (
                    x
                    for x in out
                    if x.kind == kind and (not x.date or not e.date or x.date == e.date or x.status != status)
                ),
                None,
            )
            if same is not None:
                if status == "completed" or same.status != "completed" and status == "agreed":
                    same.agreed_date = same.agreed_date or (same.date if same.status == "agreed" else None)
                    same.status, same.date = status, e.date or same.date
                same.events.append(e.id or "")
                same.evidence.append(e.span)
                same.parties = _union(same.parties, self.states(e.actors))
                continue
            out.append(
                Exchange(
                    id=f"X{len(out) + 1}",
                    kind=kind,
                    status=status,
                    parties=self.states(e.actors),
                    mediators=list(mediators),
                    date=e.date if status == "completed" else None,
                    agreed_date=e.date if status == "agreed" else None,
                    events=[e.id or ""],
                    evidence=[e.span],
                )
            )
        return out

    def _about(self, e: Event, words: set[str]) -> bool:
        tok = _tok_at(self.doc, e.trigger.span[0]) if e.trigger else None
        return tok is not None and bool({_lemma(t) for t in tok.subtree if abs(t.i - tok.i) < 10} & words)

    def ceasefires(self, mediators: list[Participant]) -> list[Ceasefire]:
        out: list[Ceasefire] = []
        nouns = self.rules.ceasefire_nouns
        for i, (low, lemma) in enumerate(zip(lowers(self.doc), lemmas(self.doc), strict=True)):
            if lemma not in nouns and low not in nouns:
                continue
            tok = self.doc[i]
            if any(_lemma(ch) in _PAST for ch in tok.children) or _case(tok) in {"without", "since"}:
                continue  # "previous ceasefires", "without any agreement on a ceasefire"
            verb, cur = None, tok
            while cur.dep_ in {"nmod", "compound"} and _lemma(cur.head) in _DEALS:
                cur = cur.head  # "a ceasefire agreement", "the deal on a truce"
            if _case(cur) == "without":
                continue
            if cur.dep_ in {"nsubj", "nsubj:pass", "obj", "obl", "xcomp", "obl:arg"} and cur.head.pos_ in {
                "VERB", "ADJ", "AUX"
            }:
                verb = cur.head
            if verb is None:
                continue
            state = next((s for s, ws in self.rules.ceasefire_verbs.items() if _lemma(verb) in ws), None)
            if state is None:
                continue
            vs = self._verb_status(verb)
            if vs == "denied":
                continue
            if vs in {"proposed", "requested", "hypothetical"} and state in {"agreed", "in_effect"}:
                state = "proposed"
            elif vs == "pledged" and state == "in_effect":
                state = "agreed"  # "the truce would take effect on Sunday": agreed, not yet in force
            ev = next(
                (
                    e
                    for e in self.events
                    if e.span[0] <= tok.idx < e.span[1]
                    and e.type in {"AGREE", "RETREAT", "REQUEST", "REJECT", "CONCEDE", "ACCUSE"}
                ),
                None,
            )
            parties = self.states(ev.actors) if ev else list(self.parties)
            same = next((c for c in out if c.status == state), None)
            if same is not None:
                same.evidence.append(_span(tok))
                continue
            out.append(
                Ceasefire(
                    id=f"C{len(out) + 1}",
                    status=state,
                    parties=parties,
                    mediators=list(mediators),
                    date=ev.date if ev else None,
                    events=[ev.id] if ev and ev.id else [],
                    evidence=[_span(tok)],
                )
            )
        return out
