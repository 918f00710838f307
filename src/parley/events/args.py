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

from parley.coref import EntityCluster
from parley.events.patterns import EventPatterns
from parley.records import Mention as MentionRecord
from parley.records import Participant

SPEECH = frozenset(
    {
        "say",
        "tell",
        "write",
        "add",
        "state",
        "announce",
        "note",
        "declare",
        "claim",
        "insist",
        "reply",
        "stress",
        "post",
        "tweet",
        "explain",
        "argue",
        "respond",
        "warn",
        "confirm",
        "report",
        "comment",
        "acknowledge",
        "admit",
    }
)
# Heads that stand for the entity that modifies them ("Russian officials", "Hamas negotiators").
AGENT_HEADS = frozenset(
    {
        "official",
        "officials",
        "delegation",
        "delegations",
        "government",
        "governments",
        "side",
        "sides",
        "force",
        "forces",
        "troop",
        "troops",
        "army",
        "military",
        "leader",
        "leaders",
        "negotiator",
        "negotiators",
        "team",
        "teams",
        "authority",
        "authorities",
        "diplomat",
        "diplomats",
        "minister",
        "ministers",
        "president",
        "spokesman",
        "spokeswoman",
        "envoy",
        "representative",
        "representatives",
        "counterpart",
        "counterparts",
        "administration",
        "ministry",
        "navy",
        "soldier",
        "soldiers",
        "mediator",
        "mediators",
        "camp",
        "fighter",
        "fighters",
        "militia",
        "militias",
        "rebel",
        "rebels",
        "police",
        "leadership",
        "parliament",
        "lawmakers",
        "coast",
        "guard",
        "warship",
        "warships",
        "jet",
        "jets",
        "drone",
        "drones",
        "aircraft",
        "unit",
        "units",
        "envoys",
        "member",
        "members",
        "state",
        "states",
        "protester",
        "protesters",
        "demonstrator",
        "demonstrators",
        "supporter",
        "supporters",
        "party",
        "bloc",
        "commander",
        "commanders",
        "group",
        "fleet",
        "vessels",
        "tankers",
        "banks",
        "companies",
        "firms",
        "entities",
        "individuals",
        "oligarchs",
        "economy",
        "sector",
        "exports",
        "imports",
        "assets",
        "negotiating",
        "embassy",
        "mission",
        "coalition",
        "intelligence",
        "service",
        "services",
        "guards",
        "brigade",
        "brigades",
        "battalion",
        "junta",
        "regime",
        "cabinet",
        "office",
        "presidency",
        "prime",
        "council",
        "lawmaker",
        "legislators",
        "opposition",
    }
)
_LOCATIVE = frozenset(
    {"in", "at", "near", "outside", "inside", "across", "around", "from", "to", "into", "toward"}
)
BOTH = frozenset({"both", "two", "each"})
PARTY_WORDS = frozenset(
    {
        "side",
        "sides",
        "party",
        "parties",
        "country",
        "countries",
        "nation",
        "nations",
        "leader",
        "leaders",
        "delegation",
        "delegations",
        "government",
        "governments",
        "neighbour",
        "neighbours",
        "neighbor",
        "neighbors",
        "rival",
        "rivals",
        "foe",
        "foes",
        "belligerent",
        "belligerents",
    }
)
_NAME_DEPS = frozenset({"amod", "compound", "flat", "nmod:desc", "appos", "nmod:poss", "nmod"})
STATE_TYPES = frozenset({"COUNTRY", "PLACE", "ORG"})


class Entities:
    """The article's entities indexed by token, with pronoun resolution and the main dyad."""

    def __init__(self, doc: Doc, clusters: list[EntityCluster], patterns: EventPatterns) -> None:
        self.doc = doc
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
        self.dyad = self._dyad()
        self.speakers = self._quote_speakers()

    # -- the article's main pair of states ---------------------------------------------------------------
    def _dyad(self) -> list[EntityCluster]:
        votes: Counter[str] = Counter()
        for c in self.clusters:
            if c.country and c.type in {"COUNTRY", "PLACE", "ORG", "PERSON", "GROUP"}:
                votes[c.country] += len(c.mentions) * (2 if c.type == "COUNTRY" else 1)
        out = []
        for iso, _ in votes.most_common(2):
            best = self.state_of(iso)
            if best is not None:
                out.append(best)
        return out

    def state_of(self, iso: str) -> EntityCluster | None:
        """The entity that best stands for the state ``iso``: the country, else its most-mentioned place or
        org."""
        cands = [c for c in self.clusters if c.country == iso and c.type in STATE_TYPES]
        cands.sort(key=lambda c: (c.type != "COUNTRY", -len(c.mentions)))
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
        c = self.at.get(tok.i)
        if c is not None:
            out.append(c)
        elif tok.pos_ == "PRON" or tok.lower_ in {"who", "which", "that"} and tok.dep_.startswith("nsubj"):
            out.extend(self.resolve(tok))
        elif tok.lower_ in PARTY_WORDS and any(ch.lower_ in BOTH for ch in tok.children):
            out.extend(self.dyad)
        elif depth < 3 and (
            not agentive_only or tok.lemma_.lower() in AGENT_HEADS or tok.lower_ in AGENT_HEADS
        ):
            for ch in tok.children:
                if ch.dep_ in _NAME_DEPS and (ch.dep_ != "nmod" or _case(ch) in {"of", "from"}):
                    out.extend(self.of(ch, agentive_only=False, depth=depth + 1))
        if depth < 4:
            for ch in tok.children:
                if ch.dep_ == "conj" or (ch.dep_ == "appos" and c is None):
                    out.extend(self.of(ch, agentive_only=agentive_only, depth=depth + 1))
        return _unique(out)

    def resolve(self, tok: Token) -> list[EntityCluster]:
        word = tok.lower_
        if tok.dep_.startswith("nsubj") and word in {"who", "which", "that"}:
            head = tok.head.head if tok.head.dep_.startswith("acl") else None
            return self.of(head) if head is not None else []
        if word in {"i", "me", "my", "we", "us", "our", "ours", "myself", "ourselves"}:
            return self._speaker(tok)
        if word in {"you", "your", "yours"}:
            speaker = self._speaker(tok)
            return self.counterpart(speaker) if speaker else []
        if word in {"he", "him", "his", "she", "her", "hers", "himself", "herself"}:
            rep = self._reporter(tok, persons=True)
            return rep or self._last_before(tok.i, {"PERSON"})
        if word == "it" and tok.dep_.startswith("nsubj") and tok.head.pos_ == "ADJ":
            return []  # "it was not constructive to pressure Russia"
        if word in {"it", "its", "they", "them", "their", "itself", "themselves"}:
            rep = self._reporter(tok, persons=False)
            return rep or self._last_before(tok.i, {"COUNTRY", "ORG", "PLACE", "GROUP"})
        return []

    def _reporter(self, tok: Token, persons: bool) -> list[EntityCluster]:
        """The subject of the reporting verb whose complement holds ``tok`` ("X said that he/it ...")."""
        cur, hops = tok, 0
        while cur.head is not cur and hops < 8:
            rel, cur = cur.dep_, cur.head
            hops += 1
            if rel in {"ccomp", "parataxis"} and cur.lemma_.lower() in SPEECH:
                subj = [ch for ch in cur.children if ch.dep_ in {"nsubj", "nsubj:outer"} and ch.i != tok.i]
                for s in subj:
                    ents = [e for e in self.of(s) if (e.type == "PERSON") == persons]
                    if ents:
                        return ents
                return []
        return []

    def _speaker(self, tok: Token) -> list[EntityCluster]:
        by_id = {c.id: c for c in self.clusters}
        for s, e, ent in self.speakers:
            if s <= tok.idx < e and ent in by_id:
                return [by_id[ent]]
        sent = tok.sent
        for t in sent:
            if t.lemma_.lower() in SPEECH and not _in_quote(t):
                for ch in t.children:
                    if ch.dep_.startswith("nsubj") and not _in_quote(ch):
                        ents = self.of(ch)
                        if ents:
                            return ents
        # a quote that runs on from the previous sentence: its speaker is the last one named there
        prev = self.doc[sent.start - 1].sent if sent.start > 0 else None
        if prev is not None and _in_quote(tok):
            for t in prev:
                if t.lemma_.lower() in SPEECH:
                    for ch in t.children:
                        if ch.dep_.startswith("nsubj"):
                            ents = self.of(ch)
                            if ents:
                                return ents
        return []

    def _last_before(self, i: int, types: set[str]) -> list[EntityCluster]:
        sent_start = self.doc[i].sent.start
        window = self.doc[max(0, sent_start - 1)].sent.start if sent_start else 0
        for start, c in reversed(self.ordered):
            if start < i and start >= window and c.type in types:
                t = self.doc[start]
                head = self.doc[self.mention_at[start][1] - 1]
                if c.type == "PLACE" and any(
                    ch.dep_ == "case" and ch.lower_ in _LOCATIVE for ch in head.children
                ):
                    continue  # "in Istanbul" is where, not who
                if t.dep_ in {"amod", "compound"} and c.type != "PERSON":
                    continue  # "Russian" in "Russian officials"
                return [c]
        return []

    # -- records ---------------------------------------------------------------------------------------
    def participant(self, c: EntityCluster, tok: Token | None = None) -> Participant:
        mention = None
        if tok is not None and tok.i in self.mention_at and self.at.get(tok.i) is c:
            s, e = self.mention_at[tok.i]
            start, end = self.doc[s].idx, self.doc[e - 1].idx + len(self.doc[e - 1].text)
            mention = MentionRecord(text=self.doc.text[start:end], span=(start, end))
        elif c.mentions:
            m = min(c.mentions, key=lambda m: abs(m.start - tok.i) if tok is not None else m.start)
            start, end = self.doc[m.start].idx, self.doc[m.end - 1].idx + len(self.doc[m.end - 1].text)
            mention = MentionRecord(text=self.doc.text[start:end], span=(start, end))
        return Participant(
            entity=c.id, name=c.name, country=c.country, sector=self.sector(c), mention=mention
        )

    def sector(self, c: EntityCluster) -> str | None:
        if c.type == "COUNTRY":
            return "GOV"
        words = " ".join([c.name, *c.roles]).lower().replace("'s", "")
        padded = f" {words} "
        for code, cues in self.patterns.sectors.items():
            if any(f" {w} " in padded for w in cues):
                return code
        if c.type == "PLACE" and c.country:
            return "GOV"  # a capital standing for its government ("Moscow said")
        return None


def _case(tok: Token) -> str:
    return next((ch.lower_ for ch in tok.children if ch.dep_ == "case"), "")


def _in_quote(tok: Token) -> bool:
    """Whether ``tok`` sits between an odd number of quotation marks in its sentence."""
    marks = sum(1 for t in tok.sent if t.i < tok.i and t.text in {"\u201c", "\u201d", '"', "``", "''"})
    return marks % 2 == 1


def _unique(items: list[EntityCluster]) -> list[EntityCluster]:
    seen, out = set(), []
    for c in items:
        if c.id not in seen:
            seen.add(c.id)
            out.append(c)
    return out
