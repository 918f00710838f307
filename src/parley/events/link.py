"""Linking a candidate event to its date, its place, the speaker who reports it; deciding whether a noun names
an event at all or only the background of one; and writing the Event record."""

from __future__ import annotations

from spacy.tokens import Doc, Token

from parley.columns import doc_text
from parley.coref import EntityCluster
from parley.events.args import SPEECH, Entities
from parley.events.frames import Candidate
from parley.events.match import _case
from parley.events.patterns import EventPatterns
from parley.events.plover import cameo_code
from parley.events.when import dates_of, owner, tokens_of
from parley.records import Cue, DateRef, Event

VERBAL = frozenset({"REQUEST", "ACCUSE", "REJECT", "THREATEN", "SUPPORT", "AGREE", "CONCEDE"})
# Nouns whose "of" phrase names a time, not an event: "the anniversary of the invasion".
_TIME_NOUNS = frozenset({"anniversary", "start", "beginning", "outbreak", "eve", "onset", "aftermath", "wake",
                         "end", "weeks", "months", "years", "days", "height", "course"})


_SOURCING_VERBS = frozenset({"discuss", "comment", "speak", "talk", "brief", "describe", "disclose"})
_SOURCING_WORDS = frozenset({"anonymity", "authorised", "authorized", "anonymously"})


class Linker:
    """Dates and places owned by each trigger in the parse."""

    def __init__(self, doc: Doc, triggers: set[int], ents: Entities) -> None:
        self.doc = doc
        self.dates: dict[int, list[tuple[DateRef, Token]]] = {}
        self.when: list[tuple[int, int, DateRef]] = []  # a clause that a date opens: "since 1974, when ..."
        for ref in dates_of(doc):
            toks = tokens_of(doc, ref.span)
            if not toks:
                continue
            after = [t for t in doc[toks[-1].i + 1 : toks[-1].i + 3] if t.lower_ != ","]
            if after and after[0].lower_ == "when":  # the parser may hang the clause anywhere
                self.when.append((after[0].i, after[0].sent.end, ref))
            head = min(toks, key=lambda t: len(list(t.ancestors)))
            for ch in head.children:  # "since the 1990s, when Beijing fired missiles"
                if ch.dep_ in {"acl:relcl", "acl", "advcl"} and ch.i in triggers:
                    self.dates.setdefault(ch.i, []).append((ref, head))
            if _case(head) in {"since", "until", "till"}:
                continue  # "since the spring of 2022" bounds a period; it does not date an event
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

    def _around(self, tok: Token, nouns: list[Token] | None = None) -> list[Token]:
        out = [tok, *(nouns or [])]
        out += [ch for ch in tok.children if ch.dep_ in {"acl", "acl:relcl", "nummod", "compound", "amod"}]
        if tok.pos_ in {"NOUN", "PROPN"} and tok.head.i != tok.i and tok.head.pos_ in {"VERB", "AUX"}:
            out.append(tok.head)
        return out

    def date(self, c: Candidate, own_only: bool = False) -> DateRef | None:
        objects = [ch for ch in c.tok.children if ch.dep_ == "obj" and c.tok.pos_ == "VERB"]
        for t in self._around(c.tok, c.nouns) + objects:  # "brokered the 2022 deal": brokered in 2022
            for ref, _ in self.dates.get(t.i, []):
                return ref
        for start, end, ref in self.when:  # "since the 1990s, when Beijing fired missiles": fired then
            if start < c.tok.i < end:
                return ref
        if own_only:
            return None
        clause = next((a for a in [c.tok, *c.tok.ancestors][:3] if a.dep_ == "advcl"), None)
        when = clause is not None and any(m.lower_ == "when" for m in clause.children)
        if when and clause.head.i in self.dates:
            return self.dates[clause.head.i][0][0]  # "flared in January 2024 when Ethiopia signed ..."
        cur = c.tok
        for _ in range(6):  # the date of the report that carries it: "Medinsky said late Wednesday that ..."
            if cur.head.i == cur.i:
                break
            cur = cur.head
            if cur.lemma_.lower() in SPEECH and cur.i in self.dates:
                return self.dates[cur.i][0][0]
        return None

    def place(self, c: Candidate) -> tuple[EntityCluster, Token] | None:
        for t in self._around(c.tok, c.nouns):
            if t.i in self.places:
                return self.places[t.i][0]
        return None


def _sourcing(tok: Token) -> bool:
    """The sourcing formula: "spoke on condition of anonymity to discuss the negotiations", "was not
    authorised to comment on the talks": the talks are what the source may not discuss, not news."""
    for a in [tok, *tok.ancestors][:5]:
        if a.lemma_.lower() in _SOURCING_VERBS:
            clause = a.head if a.dep_ in {"advcl", "xcomp", "acl", "ccomp"} else a
            if {t.lower_ for t in clause.subtree} & _SOURCING_WORDS:
                return True
    return False


_TIME_MARKS = frozenset({"once", "until", "till", "unless"})
_CLAUSE_TIME_MARKS = _TIME_MARKS | {"before"}  # a truce "before" which others acted is no report of it


# "divided over how far troops would pull back", "talks on whether the truce would hold": a question put to
# a preposition names the matter in dispute, not an act anyone reports
_QUESTION_WORDS = frozenset({"how", "whether"})
_TOPIC_CASES = frozenset({"over", "about", "on", "of"})


def _disputed(tok: Token) -> bool:
    """A verb whose clause is an indirect question after a preposition ("over how far ...")."""
    if tok.pos_ not in {"VERB", "AUX"}:
        return False
    words = [t for t in tok.subtree if t.i < tok.i and t.dep_ not in {"cc", "punct"}]
    if not words:
        return False
    first = words[0]
    prev = tok.doc[first.i - 1] if first.i > 0 else None
    if first.lower_ in _TOPIC_CASES and len(words) > 1 and words[1].i == first.i + 1:
        return words[1].lower_ in _QUESTION_WORDS
    return first.lower_ in _QUESTION_WORDS and prev is not None and prev.lower_ in _TOPIC_CASES


def _time_clause_subject(tok: Token) -> bool:
    """The subject of a clause that says when or on what condition another act happens: a mark before the
    subject ("before", "once", "until"), also one the parser hangs on a predicate ("before the
    truce was due to begin")."""
    clause = tok.head
    if not tok.dep_.startswith("nsubj") or clause.dep_ != "advcl":
        return False
    lead = tok.doc[clause.left_edge.i : tok.i]
    return any(t.lower_ in _CLAUSE_TIME_MARKS for t in lead)


_ALLEGING = frozenset({"accuse", "blame", "charge", "suspect"})


def _alleged(tok: Token) -> bool:
    """The act one is accused of ("accused Rwanda of backing M23"): the accuser's claim (an ACCUSE of its
    own), not an act the text reports; the parser may hang the gerund on the wrong word."""
    if tok.i == 0 or tok.tag_ != "VBG" or tok.doc[tok.i - 1].lower_ != "of":
        return False
    before = tok.doc[max(tok.sent.start, tok.i - 8) : tok.i - 1]
    return any(t.lemma_.lower() in _ALLEGING or t.lower_.startswith("accus") for t in before)


_SETTING_CASES = frozenset({"at", "after", "before", "during", "following"})


def _setting(c: Candidate) -> bool:
    """A meeting named as where or when a statement was made ("Fidan said after the meeting", "speaking at
    a summit in Vilnius"): the setting of the words, the meeting being told elsewhere if at all ("after a
    phone call with Putin" names its parties: a meeting reported)."""
    tok = c.tok
    return c.type == "CONSULT" and c.frame.pos == "NOUN" and not c.explicit and tok.dep_ == "obl" and (
        _case(tok) in _SETTING_CASES and tok.head.lemma_.lower() in SPEECH | {"speak"})


def background(c: Candidate) -> bool:
    """An event named only as the time of another ("since Russia's invasion", "the anniversary of the war"),
    an act one is accused of, a running total ("has secured the release of 2,800 captives since the start of
    the war"), what an anonymous source may not discuss, or a meeting where something was said."""
    tok = c.tok
    if _sourcing(tok) or _disputed(tok) or _alleged(tok) or _setting(c):
        return True
    around = [tok] + ([tok.head] if tok.pos_ in {"NOUN", "PROPN"} else [])
    for t in around:
        perfect = any(ch.dep_ == "aux" and ch.lemma_.lower() == "have" for ch in t.children)
        args = [ch for ch in t.children if ch.dep_ in {"obl", "advcl", "nmod", "obj"}]
        args += [g for ch in args if ch.dep_ in {"obj", "nmod", "obl"} for g in ch.children
                 if g.dep_ == "nmod"]
        if perfect and any(_case(a) == "since" for a in args):
            return True  # "has sanctioned 3,000 people since 2022": a running total
    if c.frame.pos == "NOUN" and c.frame.mode == "ceasefire" and _time_clause_subject(tok):
        return True  # "hours before the truce took effect"
    if c.frame.pos == "VERB" or c.type not in {"ASSAULT", "MOBILIZE", "PROTEST", "COERCE"}:
        return False
    if tok.dep_.startswith("nsubj") and tok.head.dep_ == "advcl" and any(
        ch.dep_ == "mark" and ch.lower_ in _TIME_MARKS for ch in tok.head.children
    ):
        return True  # "once the fighting had ended", "unless the fighting stopped": when or if another is
    cur = tok
    for _ in range(3):
        if _case(cur) in {"since", "before", "during", "amid", "following", "after"}:
            return True
        if cur.dep_ not in {"nmod", "compound", "appos"}:  # "after days of strikes, the worst fighting"
            break
        if cur.head.lemma_.lower() in _TIME_NOUNS:
            return True
        cur = cur.head
    return False


def anchored(c: Candidate, linker: Linker, patterns: EventPatterns, by_tok: dict[int, Candidate]) -> bool:
    """Whether a noun trigger reports an event rather than naming a kind of thing ("made the summit a
    hollow one"): it has arguments of its own, a date or place, or a governing frame, status word or
    light verb. A demand, threat or accusation named by a noun needs its own author ("Beijing's warning")."""
    tok = c.tok
    if c.frame.pos == "VERB" or tok.pos_ in {"VERB", "ADJ"} or any(w.startswith("_") for w in c.frame.lemmas):
        return True
    if c.type in VERBAL - {"SUPPORT"}:
        return c.explicit or tok.head.lemma_.lower() in patterns.act_verbs
    if c.explicit or linker.date(c, own_only=True) is not None or linker.place(c) is not None:
        return True
    if measured(tok, patterns):
        return True
    cur = tok
    for _ in range(3):
        head = cur.head
        if head is cur:
            return False
        words = {head.lemma_.lower(), head.lower_}
        if head.i in by_tok or words & patterns.light_verbs:
            return True
        governed = any(words & w for w in patterns.status.governors.values())
        if cur is tok and cur.dep_ in {"obj", "xcomp", "nsubj:pass"} and governed:
            return True  # "proposed talks", "talks were proposed"
        if cur.dep_ not in {"nmod", "compound", "conj"}:
            return False
        cur = head
    return False


def measured(tok: Token, patterns: EventPatterns) -> bool:
    """Talks whose length is told took place: "after two days of talks", "the two-day talks"."""
    if tok.dep_ == "nmod" and _case(tok) == "of" and tok.head.lemma_.lower() in patterns.spans:
        return any(ch.dep_ in {"nummod", "det", "amod"} for ch in tok.head.children)
    return any(
        ch.dep_ in {"amod", "compound"} and ch.lower_.rpartition("-")[2] in patterns.spans and "-" in ch.text
        for ch in tok.children
    )


def add_speaker(c: Candidate, ents: Entities) -> None:
    """A verbal act reported in a speech verb's complement is the speaker's act too: "Putin said Moscow was
    prepared to ..." is Putin's offer."""
    if c.type not in VERBAL:
        return
    cur = c.tok
    for _ in range(4):
        if cur.head.i == cur.i:
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


def speaker_for_body(c: Candidate, ents: Entities) -> None:
    """A verbal act whose subject is a body the text does not name ("he said the province wanted a
    guarantee"): the speaker who reports it speaks for that body and is its actor."""
    if c.actors or c.type not in VERBAL or c.tok.pos_ != "VERB":
        return
    subj = [ch for ch in c.tok.children if ch.dep_ in {"nsubj", "nsubj:outer"}]
    if len(subj) != 1 or subj[0].pos_ != "NOUN" or not any(ch.lower_ == "the" for ch in subj[0].children):
        return
    if c.tok.dep_ != "ccomp" or c.tok.head.lemma_.lower() not in SPEECH:
        return
    for ch in c.tok.head.children:
        if ch.dep_ == "nsubj":
            c.actors = [(e, ch) for e in ents.of(ch) if e.type == "PERSON"][:1]


def sentence_span(doc: Doc, tok: Token) -> tuple[int, int]:
    sent = tok.sent
    start, end = sent.start_char, sent.end_char
    text = doc_text(doc)
    while start < end and text[start].isspace():
        start += 1
    while end > start and text[end - 1].isspace():
        end -= 1
    return start, end


def record(doc: Doc, c: Candidate, ref: DateRef | None, place: tuple[EntityCluster, Token] | None,
           ents: Entities, patterns: EventPatterns) -> Event:
    span = sentence_span(doc, c.tok)
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
        text=doc_text(doc)[span[0] : span[1]],
        cameo=cameo_code(c.type, c.mode),
        quote=_quote_of(doc, t),
    )


def _quote_of(doc: Doc, tok: Token) -> int | None:
    """The quote (from the quotes stage) whose words or cue hold the trigger."""
    for i, q in enumerate(getattr(doc._, "parley_quotes", None) or []):
        spans = [q.content_span] + ([q.cue.span] if q.cue else [])
        if any(s <= tok.idx < e for s, e in spans):
            return i
    return None
