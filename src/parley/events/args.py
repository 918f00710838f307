"""Who: the entities a phrase of the parse names, pronouns resolved, and the participant records built from
them.

An argument of an event is a token of the dependency parse (a subject, an object, the noun of a prepositional
phrase). It names the entities whose mentions cover it or its name-like modifiers ("Russian and Ukrainian
officials" -> Russia, Ukraine; "Kremlin spokesman Dmitry Peskov" -> Peskov). Pronouns are resolved by
position: "he" is the reporting verb's subject or the last person named, "we" in a quote is its speaker, "it",
"they" and "its" the last state or organisation named, "you" the speaker's counterpart in the article's main
dyad.
"""

from __future__ import annotations

from collections import Counter
from collections.abc import Iterable

from spacy.tokens import Doc, Token

from parley.columns import doc_text, lemmas, lowers
from parley.coref import EntityCluster
from parley.events.patterns import EventPatterns, event_patterns
from parley.events.tokens import BOTH, case_of, definite, definite_plural, expletive, in_quote
from parley.records import Mention as MentionRecord
from parley.records import Participant
from parley.roles import role_rules

SPEECH = event_patterns().speech_verbs

_LOCATIVE = frozenset({"in", "at", "near", "outside", "inside", "across", "around", "from", "to", "into"})
_THE_SIDES = frozenset({"sides", "parties"})
# pronouns that stand for the speaker or the one spoken to: as a reporting verb's subject they name no one
_FIRST_PERSON = frozenset({"i", "me", "my", "we", "us", "our", "ours", "myself", "ourselves"})
_DEICTIC = _FIRST_PERSON | {"you", "your", "yours"}
_HEADS = frozenset({"president", "prime minister", "premier", "chancellor", "king", "emir", "supreme leader"})
_OFFICES = {"leader": _HEADS, "president": frozenset({"president"}),
            "premier": frozenset({"premier", "prime minister"})}
_NAME_DEPS = frozenset({"amod", "compound", "flat", "nmod:desc", "appos", "nmod:poss", "nmod"})


class Entities:
    """The article's entities indexed by token, with pronoun resolution and the main dyad."""

    def __init__(self, doc: Doc, clusters: list[EntityCluster], patterns: EventPatterns) -> None:
        self.doc = doc
        self.text = doc_text(doc)
        self.clusters = clusters
        self.patterns = patterns
        self.at: dict[int, EntityCluster] = {}
        self.mention_at: dict[int, tuple[int, int]] = {}
        starts: list[tuple[int, EntityCluster]] = []
        for c in clusters:
            for m in c.mentions:
                for i in range(m.start, m.end):
                    self.at.setdefault(i, c)
                    self.mention_at.setdefault(i, (m.start, m.end))
                starts.append((m.start, c))
        self.ordered = sorted(starts, key=lambda x: x[0])
        self._doc_words: frozenset[str] | None = None
        self._asking: set[int] = set()  # tokens whose speaker is being sought (a pronoun chain must not loop)
        self.dyad: list[EntityCluster] = []  # of() reads it while the dyad is being found ("both sides")
        self.speakers = self._quote_speakers()
        self.dyad = self._dyad()

    @property
    def doc_words(self) -> frozenset[str]:
        """Every word of the article, lower-cased (computed when a frame first asks)."""
        if self._doc_words is None:
            self._doc_words = frozenset(lowers(self.doc)) | frozenset(lemmas(self.doc))
        return self._doc_words

    # -- the article's main pair of states ---------------------------------------------------------------
    def party_key(self, c: EntityCluster) -> str | None:
        """What a party is: its state for countries, capitals and government bodies; itself for armed groups,
        movements and organisations without a state ("Hamas", "M23", "the European Union")."""
        if c.type in {"COUNTRY", "PLACE"}:
            return c.country
        if c.type == "ORG":
            return c.country if c.country and self.sector(c) == "GOV" else c.id
        return None

    def _dyad(self) -> list[EntityCluster]:
        """The article's two main parties: the pair most often coordinated ("Israel and Hamas", "talks between
        Russia and Ukraine"), weighted by how often each is mentioned; else the two most mentioned."""
        mentions: Counter[str] = Counter()
        rep: dict[str, EntityCluster] = {}
        for c in self.clusters:
            key = self.party_key(c)
            if key is None:
                continue
            mentions[key] += len(c.mentions) * (2 if c.type in {"COUNTRY", "ORG"} else 1)
            if key not in rep or _rank(c) < _rank(rep[key]):
                rep[key] = c
        pairs: Counter[tuple[str, str]] = Counter()
        for i, c in self.at.items():
            tok = self.doc[i]
            if tok.dep_ != "conj" or i != self.mention_at[i][1] - 1:
                continue
            a = self.party_key(c)
            heads = [tok.head] + ([tok.head.head] if tok.head.dep_ in {"amod", "compound"} else [])
            for h in heads:
                for o in [self.at[h.i]] if h.i in self.at else self.of(h, agentive_only=False):
                    b = self.party_key(o)
                    if a and b and a != b:
                        pairs[(min(a, b), max(a, b))] += 1
        top = tuple(k for k, _ in mentions.most_common(2))
        if len(top) == 2:
            pairs.setdefault((min(top), max(top)), 0)
        if pairs:
            (a, b), _ = max(pairs.items(), key=lambda kv: kv[1] * 4 + sum(mentions[k] for k in kv[0]))
            return [rep[k] for k in (a, b) if k in rep]
        return [rep[k] for k in top]

    def state_of(self, iso: str) -> EntityCluster | None:
        """The entity that best stands for the state ``iso``: the country, else its most-mentioned place or
        org."""
        cands = [c for c in self.clusters if c.country == iso and c.type in {"COUNTRY", "PLACE", "ORG"}]
        cands.sort(key=_rank)
        return cands[0] if cands else None

    def counterpart(self, of: Iterable[EntityCluster]) -> list[EntityCluster]:
        countries = {c.country for c in of}
        return [c for c in self.dyad if c.country not in countries][:1]

    def _quote_speakers(self) -> list[tuple[int, int, str]]:
        out = []
        for q in getattr(self.doc._, "parley_quotes", None) or []:
            if q.speaker and q.speaker.entity:
                out.append((q.content_span[0], q.content_span[1], q.speaker.entity))
        return out

    # -- phrases to entities -----------------------------------------------------------------------------
    def of(self, tok: Token, *, agentive_only: bool = True, depth: int = 0) -> list[EntityCluster]:
        """Entities named by the phrase headed by ``tok`` (conjuncts included)."""
        out: list[EntityCluster] = []
        kids = list(tok.children)
        if tok.is_space:  # the parser hangs a paragraph's first words on the line break before them
            return _unique([e for ch in kids if not ch.is_punct for e in self.of(ch, agentive_only=False)])
        c = self.at.get(tok.i)
        if c is not None:
            out.append(c)
        elif tok.pos_ == "PRON" or tok.lower_ in {"who", "which", "that"} and tok.dep_.startswith("nsubj"):
            out.extend(self.resolve(tok))
        elif tok.lower_ in self.patterns.plural_roles and definite_plural(kids):
            out.extend(self._last_pair(tok.i, tok.lemma_.lower()))  # "the two ministers"
        elif tok.lower_ in self.patterns.party_words and any(ch.lower_ in BOTH for ch in tok.children):
            out.extend(self.dyad)
        elif tok.lower_ in _THE_SIDES and definite(tok) and not any(ch.dep_ == "nmod" for ch in kids):
            out.extend(self.dyad)  # "the sides agreed to meet again": the two named parties
        elif tok.lower_ in self.patterns.definite and definite(tok) and not any(
            ch.dep_ in {"amod", "compound", "nmod:poss"} and ch.i in self.at for ch in kids
        ):  # "the group", but "the Peruvian authorities" are Peru's
            kind = self.patterns.definite[tok.lower_]
            types, sector = ({"ORG"}, kind) if kind in {"MIL", "REB"} else ({kind}, None)
            if kind == "GOV":
                types, sector = {"ORG", "COUNTRY"}, "GOV"
            out.extend(self._last_before(tok.i, types, sector))
        elif holder := self._role_holder(tok, kids):
            out.extend(holder)  # "the Russian leader declined": Putin, named before, and Russia
        elif named := self._named_body(tok, kids):
            out.extend(named)  # "the commission had urged": the Commission named earlier
        elif depth < 3 and (not agentive_only or self._agentive(tok)):
            for ch in tok.children:
                if ch.dep_ in _NAME_DEPS and (ch.dep_ != "nmod" or case_of(ch) in {"of", "from"}):
                    out.extend(self.of(ch, agentive_only=False, depth=depth + 1))
            out.extend(self._displaced_name(tok))
        if depth < 4:
            for ch in tok.children:
                if ch.dep_ == "conj" or (ch.dep_ == "appos" and c is None):
                    out.extend(self.of(ch, agentive_only=agentive_only, depth=depth + 1))
        return _unique(out)

    def _named_body(self, tok: Token, kids: list[Token]) -> list[EntityCluster]:
        """A definite subject noun that is the last word of an organisation named before ("the council" after
        "the Ktunaxa Nation Council"): that organisation."""
        if tok.pos_ != "NOUN" or not tok.dep_.startswith("nsubj") or not definite(tok):
            return []
        if any(ch.dep_ in {"amod", "compound", "nmod:poss", "nmod"} for ch in kids):
            return []
        word = tok.lower_
        for start, c in reversed(self.ordered):
            if start < tok.i and c.type == "ORG" and word in c.name.lower().split():
                return [c]
        return []

    def _role_holder(self, tok: Token, kids: list[Token]) -> list[EntityCluster]:
        """"the Russian leader": the last person of that state named who holds the office, and the state."""
        if tok.pos_ != "NOUN" or tok.tag_ != "NN" or tok.lemma_.lower() not in _OFFICES or not definite(tok):
            return []
        states = [self.at[ch.i] for ch in kids if ch.dep_ == "amod" and ch.i in self.at]
        if len(states) != 1 or states[0].type != "COUNTRY" or not states[0].country:
            return []
        if any(ch.dep_ in {"compound", "appos", "flat", "nmod", "nmod:poss"} for ch in kids):
            return []  # "the Russian foreign minister", "the Russian president, X": other offices, named ones
        offices = _OFFICES[tok.lemma_.lower()]
        people = _unique([c for start, c in reversed(self.ordered)
                          if start < tok.i and c.type == "PERSON" and c.country == states[0].country])
        # one named with the office, else one named with no title at all ("Vladimir Putin" in a text that
        # never calls him president)
        holders = [c for c in people if any(r.lower() in offices for r in c.roles)] or [
            c for c in people if not c.roles]
        return [holders[0], states[0]] if holders else []

    def _displaced_name(self, tok: Token) -> list[EntityCluster]:
        """"met her Danish counterpart, Lars Holm, in Oslo": the name in apposition to a role noun, which the
        parser hung elsewhere (as a parataxis or conjunct of the verb)."""
        nxt = tok.i + 2
        if nxt >= len(self.doc) or self.doc[tok.i + 1].text != "," or nxt not in self.at:
            return []
        c = self.at[nxt]
        start, end = self.mention_at[nxt]
        head = min(self.doc[start:end], key=lambda t: len(list(t.ancestors)))
        loose = head.dep_ in {"parataxis", "conj", "dep", "list", "appos"}
        return [c] if c.type == "PERSON" and start == nxt and loose else []

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
        before = _unique([c for _, c in reversed(self.ordered[: self._before(i)]) if c.type == "PERSON"])
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
        people = _unique(near)
        return _two_sides(people) or (people[:2] if len(people) >= 2 else [])

    def _before(self, i: int) -> int:
        """How many mentions start before token ``i``."""
        return next((n for n, (start, _) in enumerate(self.ordered) if start >= i), len(self.ordered))

    def _agentive(self, tok: Token) -> bool:
        heads = self.patterns.agent_heads
        return tok.lower_ in heads or tok.lemma_.lower() in heads or role_rules().is_head(tok.lower_)

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

    # -- records ---------------------------------------------------------------------------------------
    def participant(self, c: EntityCluster, tok: Token | None = None) -> Participant:
        mention = None
        if tok is not None and tok.i in self.mention_at and self.at.get(tok.i) is c:
            s, e = self.mention_at[tok.i]
            start, end = self.doc[s].idx, self.doc[e - 1].idx + len(self.doc[e - 1].text)
            mention = MentionRecord(text=self.text[start:end], span=(start, end))
        elif c.mentions:
            m = min(c.mentions, key=lambda m: abs(m.start - tok.i) if tok is not None else m.start)
            start, end = self.doc[m.start].idx, self.doc[m.end - 1].idx + len(self.doc[m.end - 1].text)
            mention = MentionRecord(text=self.text[start:end], span=(start, end))
        return Participant(
            entity=c.id, name=c.name, country=c.country, sector=self.sector(c), mention=mention
        )

    def sector(self, c: EntityCluster) -> str | None:
        if c.type == "COUNTRY":
            return "GOV"
        words = " ".join([c.name, *c.roles]).lower().replace("'s", "")
        code = self.patterns.sector_of(f" {words} ")
        if code is not None:
            return code
        if c.type == "PLACE" and c.country:
            return "GOV"  # a capital standing for its government ("Moscow said")
        return None


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


def _rank(c: EntityCluster) -> tuple[int, int]:
    return ({"COUNTRY": 0, "ORG": 1, "PLACE": 2}.get(c.type, 3), -len(c.mentions))


def _unique(items: list[EntityCluster]) -> list[EntityCluster]:
    seen, out = set(), []
    for c in items:
        if c.id not in seen:
            seen.add(c.id)
            out.append(c)
    return out
