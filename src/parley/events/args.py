"""Who: the entities a phrase of the parse names, and the participant records built from them.

An argument of an event is a token of the dependency parse (a subject, an object, the noun of a prepositional
phrase). It names the entities whose mentions cover it or its name-like modifiers ("Russian and Ukrainian
officials" -> Russia, Ukraine; "Kremlin spokesman Dmitry Peskov" -> Peskov). Pronouns are resolved in
``parley.events.pronouns``, whose mixin ``Entities`` takes in.
"""

from __future__ import annotations

from collections import Counter
from collections.abc import Iterable

from spacy.tokens import Doc, Token

from parley.columns import doc_text, lemmas, lowers
from parley.coref import EntityCluster
from parley.events.patterns import EventPatterns
from parley.events.pronouns import SPEECH, Pronouns, unique
from parley.events.tokens import BOTH, case_of, definite, definite_plural
from parley.records import Mention as MentionRecord
from parley.records import Participant
from parley.roles import role_rules

__all__ = ["SPEECH", "Entities"]

_THE_SIDES = frozenset({"sides", "parties"})
_HEADS = frozenset({"president", "prime minister", "premier", "chancellor", "king", "emir", "supreme leader"})
_OFFICES = {"leader": _HEADS, "president": frozenset({"president"}),
            "premier": frozenset({"premier", "prime minister"})}
_NAME_DEPS = frozenset({"amod", "compound", "flat", "nmod:desc", "appos", "nmod:poss", "nmod"})


class Entities(Pronouns):
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
            return unique([e for ch in kids if not ch.is_punct for e in self.of(ch, agentive_only=False)])
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
        return unique(out)

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
        people = unique([c for start, c in reversed(self.ordered)
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

    def _agentive(self, tok: Token) -> bool:
        heads = self.patterns.agent_heads
        return tok.lower_ in heads or tok.lemma_.lower() in heads or role_rules().is_head(tok.lower_)

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


def _rank(c: EntityCluster) -> tuple[int, int]:
    return ({"COUNTRY": 0, "ORG": 1, "PLACE": 2}.get(c.type, 3), -len(c.mentions))
