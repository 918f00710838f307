"""Pronouns: who "he", "it", "they", "we" and "you" stand for, and whom a phrase such as "the two
ministers" or "the group" points back to.

Resolution is by position: "he" is the reporting verb's subject or the last person named, "we" in a quote is
its speaker, "it", "they" and "its" the last state or organisation named, "you" the speaker's counterpart in
the article's main dyad. ``Pronouns`` is a mixin of ``parley.events.args.Entities``, which builds the index
it reads.
"""

from __future__ import annotations

from collections.abc import Iterable

from spacy.tokens import Doc, Token

from parley.coref import EntityCluster
from parley.events.patterns import event_patterns
from parley.events.tokens import expletive, in_quote

SPEECH = event_patterns().speech_verbs

_LOCATIVE = frozenset({"in", "at", "near", "outside", "inside", "across", "around", "from", "to", "into"})
# pronouns that stand for the speaker or the one spoken to: as a reporting verb's subject they name no one
_FIRST_PERSON = frozenset({"i", "me", "my", "we", "us", "our", "ours", "myself", "ourselves"})
_DEICTIC = _FIRST_PERSON | {"you", "your", "yours"}


class Pronouns:
    """Pronoun and back-reference resolution over the entity index that ``Entities`` builds."""

    # set by Entities.__init__
    doc: Doc
    clusters: list[EntityCluster]
    at: dict[int, EntityCluster]
    mention_at: dict[int, tuple[int, int]]
    ordered: list[tuple[int, EntityCluster]]
    dyad: list[EntityCluster]
    speakers: list[tuple[int, int, str]]
    _asking: set[int]

    # supplied by Entities
    def of(self, tok: Token, *, agentive_only: bool = True, depth: int = 0) -> list[EntityCluster]:
        raise NotImplementedError

    def counterpart(self, of: Iterable[EntityCluster]) -> list[EntityCluster]:
        raise NotImplementedError

    def sector(self, c: EntityCluster) -> str | None:
        raise NotImplementedError

    def resolve(self, tok: Token) -> list[EntityCluster]:
        word = tok.lower_
        if tok.dep_.startswith("nsubj") and word in {"who", "which", "that"}:
            head = tok.head.head if tok.head.dep_.startswith("acl") else None
            return self.of(head) if head is not None else []
        if word in _FIRST_PERSON:
            return self.speaker(tok)
        if word in {"you", "your", "yours"}:
            speaker = self.speaker(tok)
            return self.counterpart(speaker) if speaker else []
        if word in {"he", "him", "his", "she", "her", "hers", "himself", "herself"}:
            rep = self._reporter(tok, persons=True)
            return rep or self._subject_person(tok) or self._last_before(tok.i, {"PERSON"})
        if word == "it" and expletive(tok):
            return []  # "it was unwise to delay the vote"
        if word in {"it", "its", "they", "them", "their", "itself", "themselves"}:
            rep = self._reporter(tok, persons=False)
            return rep or self._last_before(tok.i, {"COUNTRY", "ORG", "PLACE", "GROUP"})
        return []

    def _subject_person(self, tok: Token) -> list[EntityCluster]:
        """A sentence-initial "he" or "her" ("Her visit comes days after ...") continues the subject of the
        sentence before, not the person last named there ("X will meet Y on Monday")."""
        sent = tok.sent
        if sent.start == 0 or any(t.i < tok.i and t.i in self.at for t in sent):
            return []
        prev = self.doc[sent.start - 1].sent
        subj = [t for t in prev if t.dep_ in {"nsubj", "nsubj:pass"} and t.head.dep_ == "ROOT"]
        found = [c for t in subj for c in self.of(t, agentive_only=False) if c.type == "PERSON"]
        return found[:1]

    def _reporter(self, tok: Token, persons: bool) -> list[EntityCluster]:
        """The subject of the reporting verb whose complement holds ``tok`` ("X said that he/it ...")."""
        cur, hops = tok, 0
        while cur.head.i != cur.i and hops < 8:
            clause, rel, cur = cur, cur.dep_, cur.head
            hops += 1
            if rel == "conj" and _that_clause(clause):  # "said that A, but that it B": a second complement
                rel = "ccomp"
            if rel in {"ccomp", "parataxis"} and cur.lemma_.lower() in SPEECH:
                subj = [ch for ch in cur.children if ch.dep_ in {"nsubj", "nsubj:outer"} and ch.i != tok.i]
                for s in subj:
                    ents = [e for e in self.of(s) if (e.type == "PERSON") == persons]
                    if ents:
                        return ents
                return []
        return []

    def speaker(self, tok: Token) -> list[EntityCluster]:
        if tok.i in self._asking:
            return []
        self._asking.add(tok.i)
        try:
            return self._find_speaker(tok)
        finally:
            self._asking.discard(tok.i)

    def _find_speaker(self, tok: Token) -> list[EntityCluster]:
        by_id = {c.id: c for c in self.clusters}
        for s, e, ent in self.speakers:
            if s <= tok.idx < e and ent in by_id:
                return [by_id[ent]]
        sent = tok.sent
        for t in sent:
            if t.lemma_.lower() in SPEECH and not in_quote(t):
                for ch in t.children:
                    # "I would argue that ...": a first-person subject names no one (the author)
                    # and resolving it would ask for this sentence's speaker again
                    if ch.dep_.startswith("nsubj") and not in_quote(ch) and ch.lower_ not in _DEICTIC:
                        ents = self.of(ch)
                        if ents:
                            return ents
        # a quote that runs on from the previous sentence: its speaker is the last one named there
        prev = self.doc[sent.start - 1].sent if sent.start > 0 else None
        if prev is not None and in_quote(tok):
            for t in prev:
                if t.lemma_.lower() in SPEECH:
                    for ch in t.children:
                        if ch.dep_.startswith("nsubj") and ch.lower_ not in _DEICTIC:
                            ents = self.of(ch)
                            if ents:
                                return ents
        return []

    def _last_pair(self, i: int, role: str = "") -> list[EntityCluster]:
        """Two people of two countries named before token ``i``: the last two who hold the role ("the two
        ministers": two ministers), else the last named of each of the article's two main parties ("both
        leaders"), else the last two named within three sentences (of two countries if there are such)."""
        before = unique([c for _, c in reversed(self.ordered[: self._before(i)]) if c.type == "PERSON"])
        holders = [c for c in before if role and any(_holds(r, role) for r in c.roles)]
        sides = {d.country for d in self.dyad} - {None}
        for people in (holders, [c for c in before if len(sides) == 2 and c.country in sides]):
            pair = _two_sides(people)
            if pair:
                return pair
        window = self.doc[i].sent.start
        for _ in range(3):
            window = self.doc[window - 1].sent.start if window else 0
        near = [c for start, c in reversed(self.ordered) if window <= start < i and c.type == "PERSON"]
        people = unique(near)
        return _two_sides(people) or (people[:2] if len(people) >= 2 else [])

    def _before(self, i: int) -> int:
        """How many mentions start before token ``i``."""
        return next((n for n, (start, _) in enumerate(self.ordered) if start >= i), len(self.ordered))

    def _last_before(self, i: int, types: set[str], sector: str | None = None) -> list[EntityCluster]:
        window = self.doc[i].sent.start
        for _ in range(2):  # this sentence and the two before it
            window = self.doc[window - 1].sent.start if window else 0
        for start, c in reversed(self.ordered):
            if start >= i or start < window or c.type not in types:
                continue
            if sector is None or self.sector(c) == sector:
                t = self.doc[start]
                head = self.doc[self.mention_at[start][1] - 1]
                if c.type == "PLACE" and any(
                    ch.dep_ == "case" and ch.lower_ in _LOCATIVE for ch in head.children
                ):
                    continue  # "in Istanbul" is where, not who
                if t.dep_ == "amod" and c.type != "PERSON":
                    continue  # "Russian" in "Russian officials"
                return [c]
        return []


def _that_clause(tok: Token) -> bool:
    return any(ch.dep_ == "mark" and ch.lower_ == "that" for ch in tok.children)


def _two_sides(people: list[EntityCluster]) -> list[EntityCluster]:
    for a in people:
        for b in people:
            if a.country and b.country and a.country != b.country:
                return [a, b]
    return []


def _holds(title: str, role: str) -> bool:
    """Whether a title is of the role a plural names: "Foreign Minister" is one of "the ministers" (a prime
    minister is not), a "counterpart" of whatever the other holds."""
    words = title.lower().split()
    return bool(words) and (words[-1] == "counterpart" or words[-1] == role and words[0] != "prime")


def unique(items: list[EntityCluster]) -> list[EntityCluster]:
    seen, out = set(), []
    for c in items:
        if c.id not in seen:
            seen.add(c.id)
            out.append(c)
    return out
