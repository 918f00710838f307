"""Speakers: a source noun phrase resolved to an entity of the article.

Names, surnames and title phrases come resolved from the entity stage (their mentions); this module adds
what the entity stage leaves to the quote stage: pronouns (he/she to the latest person who was a subject
or a speaker, they/it to the latest group or body, who to its antecedent), unnamed bodies ("the ministry",
"its foreign ministry"), and anonymous sources ("a senior Western official"), whose later definite
mentions ("the diplomat") are the same source.
"""

from __future__ import annotations

from bisect import bisect_left
from dataclasses import dataclass

from parley.quotes.layout import Layout
from parley.quotes.lexicon import QuoteLexicon
from parley.quotes.mentions import is_subject, name_word, person_named, titled_surname
from parley.roles import role_rules

_PREPS = frozenset({"of", "for", "in", "with", "at", "from", "to", "on", "by", "about", "near"})
_DEFINITE = frozenset({"the", "this", "that"})
_POSSESSIVE = frozenset({"its", "their"})
_POSSESSIVES = {"his": "he", "her": "she", "their": "they", "its": "it"}
_LOOKBACK = 600  # tokens: how far back a pronoun looks for its antecedent
_FAR = 4000  # tokens: how far back "the ministry" looks for the organisation it names
_RECENT = 40  # speakers: how many of the latest a pronoun considers


def _back(entries: list, starts: list[int], before: int, reach: int):
    """Entries starting before token ``before`` and within ``reach`` of it, nearest first."""
    k = bisect_left(starts, before) - 1
    while k >= 0 and starts[k] >= before - reach:
        yield entries[k]
        k -= 1


@dataclass
class Resolved:
    cluster: object | None  # an EntityCluster, or None for an anonymous or unresolved source
    name: str
    mention: tuple[int, int]  # tokens of the source as written
    anonymous: bool = False
    plural: bool = False


class Resolver:
    def __init__(self, L: Layout, clusters: list, lex: QuoteLexicon):
        self.L, self.lex = L, lex
        self.by_tok: dict[int, tuple[object, object]] = {}
        self.role_tok: dict[int, tuple[object, object]] = {}
        people: list[tuple[int, object, bool]] = []
        bodies: list[tuple[int, object, bool]] = []
        for c in clusters:
            for m in c.mentions:
                for t in range(m.start, m.end):
                    self.by_tok[t] = (c, m)
                if m.role_tokens:
                    for t in range(*m.role_tokens):
                        self.role_tok.setdefault(t, (c, m))
                if L.in_quote[m.start] >= 0:
                    continue
                entry = (m.start, c, is_subject(L, lex, m.start, m.end))
                (people if c.type == "PERSON" else bodies).append(entry)
        self.people = sorted(people, key=lambda e: e[0])
        self.bodies = sorted(bodies, key=lambda e: e[0])
        self._people_starts = [e[0] for e in self.people]
        self._body_starts = [e[0] for e in self.bodies]
        self.speakers: list[tuple[int, Resolved]] = []  # (token, speaker) in the order resolved
        self.anon: dict[str, Resolved] = {}
        self.gender: dict[int, str] = {}  # id(cluster) -> "he" | "she"

    # ---- the public step ----------------------------------------------------------------------------

    def resolve(self, a: int, b: int, head: int | None, at: int) -> Resolved | None:
        """Resolve the source tokens [a, b) (head ``head``) of a cue at token ``at``."""
        L = self.L
        head = head if head is not None and a <= head < b else b - 1
        common = L.lower[head] in self.lex.anonymous  # 'official' tagged an adjective stays the head
        # "Officials there": an adverb head gives way to the noun before it
        if L.has_tags and not common and L.doc[head].pos_ not in {"NOUN", "PROPN", "PRON"}:
            nouns = [t for t in range(a, head) if L.doc[t].pos_ in {"NOUN", "PROPN"}]
            head = nouns[-1] if nouns else head
        word = _POSSESSIVES.get(L.lower[head], L.lower[head])  # 'his claim that': he
        p = self.lex.pronouns
        surname = self._surname(a, b)
        if surname is not None:
            return self._remember(at, surname, surname.mention)
        if b - a == 1 or word in p.relative:
            if word in p.person:
                return self._remember(at, self._person_pronoun(a, word) or self._unknown(a, b, word), (a, b))
            if word in p.plural:
                return self._remember(at, self._plural_pronoun(a) or self._unknown(a, b, word), (a, b))
            if word in p.thing:
                return self._remember(at, self._body_before(a, plural=False), (a, b))
            if word in p.indefinite:  # '"We have heard this before," one said': one of those just named
                plural = word != "one" and word != "another"
                return self._remember(at, Resolved(None, L.span_text(a, b), (a, b), True, plural), (a, b))
            if word in p.relative:
                return self._remember(at, self._antecedent(head), (head, head + 1))
        res = self._issued(a, b, head) or self._named(a, b, head) or self._name_word(a, b, head)
        if res is None:
            res = self._unnamed(a, b, head)
        return self._remember(at, res, (a, b))

    def _surname(self, a: int, b: int) -> Resolved | None:
        """'Vice Premier He told': the surname with its title (mentions.titled_surname)."""
        k = titled_surname(self.L, a, b)
        c = None if k is None else self._person_named(self.L.text[a], a)
        return None if c is None else Resolved(c, c.name, (k, b))

    def _name_word(self, a: int, b: int, head: int) -> Resolved | None:
        """One word of a person's name that the entity stage did not link to them (a Thai first name, a
        surname after a long title) names the latest such person."""
        word = name_word(self.L, head) if self.by_tok.get(head) is None else None
        c = None if word is None else self._person_named(word, a)
        return None if c is None else Resolved(c, c.name, (a, b))

    def _person_named(self, word: str, before: int):
        people = (c for _start, c, _subj in _back(self.people, self._people_starts, before, _FAR))
        return person_named(word, people)

    def _unknown(self, a: int, b: int, word: str) -> Resolved | None:
        """A third-person pronoun whose antecedent the entity stage did not find ('she said' after 'the
        mayor'): the statement still has a source, named as written. ('I' and 'we' are mostly a speaker's
        own words inside a statement: 'RUIZ: I think ...'.)"""
        if word not in {"he", "she", "they"}:
            return None
        return Resolved(None, self.L.span_text(a, b), (a, b), anonymous=True, plural=word == "they")

    def _issued(self, a: int, b: int, head: int) -> Resolved | None:
        """'a communiqué issued by the commission late on Wednesday': a document its author put out
        speaks for the author, whatever the parse took for the phrase's head."""
        L = self.L
        d = next((t for t in range(a, min(b, a + 3)) if L.lower[t] in self.lex.documents), None)
        if (
            d is None
            or d == head
            or not any(L.lower[k] in {"by", "from"} for k in range(d + 1, min(b, d + 3)))
        ):
            return None
        return self._author(a, b, d)

    def inherit(self, at: int, res: Resolved) -> None:
        self.speakers.append((at, res))

    def _remember(self, at: int, res: Resolved | None, span: tuple[int, int]) -> Resolved | None:
        if res is None:
            return None
        out = Resolved(res.cluster, res.name, span, res.anonymous, res.plural)
        word = self.L.lower[span[0]]
        if span[1] - span[0] == 1 and word in {"he", "she"} and res.cluster is not None:
            self.gender.setdefault(id(res.cluster), word)
        self.speakers.append((at, out))
        return out

    # ---- names ----------------------------------------------------------------------------------------

    def _named(self, a: int, b: int, head: int) -> Resolved | None:
        L = self.L
        first = self.by_tok.get(a)
        if first is not None and first[0].type == "PERSON" and self._described(first[1].end, b):
            return Resolved(first[0], first[0].name, (a, b))  # 'Ines Mbala, a Great Lakes researcher'
        for t in range(a + 1, b):  # "South Africa's Minister of International Relations, Ronald Lamola"
            if L.text[t - 1] == "," and (h := self.by_tok.get(t)) is not None and h[0].type == "PERSON":
                return Resolved(h[0], h[0].name, (a, b))
        hit = self.by_tok.get(head) or self.role_tok.get(head)
        if hit is not None and b - a == 1 and L.lower[head] in self.lex.anonymous:
            hit = None  # "Experts said", "Diplomats say": a capitalised common noun, not a name
        if hit is not None and not (hit[0].type != "PERSON" and role_rules().is_head(L.lower[head])):
            return Resolved(hit[0], hit[0].name, (a, b))
        found: list[tuple[object, object]] = []
        in_pp = False
        for t in range(a, b):
            if L.lower[t] in _PREPS:
                in_pp = True
            elif L.text[t] == ",":
                in_pp = False
            if in_pp:
                continue
            h = self.by_tok.get(t) or self.role_tok.get(t)
            if h is not None and h not in found and not self._owner(h[1], b) and not self._modifier(h[1], b):
                found.append(h)
        people = [h for h in found if h[0].type == "PERSON"]
        if people:
            return Resolved(people[0][0], people[0][0].name, (a, b))
        if L.lower[head] in self.lex.anonymous or L.lower[head] in self.lex.bodies:
            return None
        if found and not (L.text[head][:1].islower() and L.lower[head] not in self.lex.bodies):
            return Resolved(found[0][0], found[0][0].name, (a, b))
        return None

    def _described(self, end: int, b: int) -> bool:
        """A name set off by a comma before a description of its bearer ('X, a researcher at Y', 'X, the
        mayor', 'X, 47, whose brother Y ...'): the name speaks, whatever names the description holds."""
        L = self.L
        if end + 1 >= b or L.text[end] != ",":
            return False
        return L.lower[end + 1] in {"a", "an", "the", "who", "whose"} or L.text[end + 1].isdigit()  # (an age)

    def _modifier(self, m, b: int) -> bool:
        """'A Southeast Asian diplomat': a name right before a common noun for a source only describes it."""
        L = self.L
        return m.end < b and L.text[m.end][:1].islower() and L.lower[m.end] in self.lex.anonymous

    def _owner(self, m, b: int) -> bool:
        """ "Netanyahu's office": a name with a possessive inside the phrase owns the speaker."""
        return m.end < b and self.L.text[m.end] in {"'s", "\u2019s", "'", "\u2019"}

    def _unnamed(self, a: int, b: int, head: int) -> Resolved | None:
        L, lex = self.L, self.lex
        word = L.lower[head]
        text = L.span_text(a, b)
        definite = L.lower[a] in _DEFINITE and b - a <= 3
        if word in lex.anonymous or role_rules().is_head(word):
            if definite and word in self.anon:
                return self.anon[word]
            if definite:
                person = self._person_by_role(word, a)
                if person is not None:
                    return person
            res = Resolved(None, text, (a, b), anonymous=True, plural=word.endswith("s") or word == "people")
            self.anon[word] = res
            return res
        if word in lex.documents:
            return self._author(a, b, head)
        if word in lex.bodies:
            org = self._body(a, b, head)
            if org is None and word in lex.generic_bodies and L.lower[a] == "the" and head == b - 1:
                org = self._body_before(a, plural=True)
            if org is not None:
                return Resolved(org.cluster, org.name, (a, b))
            return Resolved(None, text, (a, b))
        if L.text[head][:1].isupper() or L.doc[head].pos_ in {"NOUN", "PROPN", "NUM"} or not L.has_tags:
            return Resolved(None, text, (a, b))  # "Some 22 percent", "the poll": a source we cannot name
        if L.lower[a] in lex.pronouns.indefinite and b - a <= 4:  # "those polled", "most of them"
            return Resolved(None, text, (a, b), anonymous=True, plural=L.lower[a] not in {"one", "another"})
        return None

    def _author(self, a: int, b: int, head: int) -> Resolved | None:
        """'a statement from the ministry', "the Kremlin's readout": the document's author speaks."""
        L = self.L
        for t in range(head + 1, b - 1):
            if L.lower[t] in {"from", "by", "of"}:
                # "a communiqué issued by the commission late on Wednesday": the author ends at its adjuncts
                e = next((k for k in range(t + 2, b) if self._adjunct(k)), b)
                sub = self._named(t + 1, e, e - 1) or self._unnamed(t + 1, e, e - 1)
                return Resolved(sub.cluster, sub.name, (a, b), sub.anonymous) if sub else None
        for t in range(a, head):
            if L.text[t] in {"'s", "\u2019s"} and t > a:
                sub = self._named(a, t, t - 1) or self._unnamed(a, t, t - 1)
                return Resolved(sub.cluster, sub.name, (a, b), sub.anonymous) if sub else None
        if L.lower[a] in _DEFINITE and self.speakers:  # "the statement said": the last one to speak
            last = self.speakers[-1][1]
            return Resolved(last.cluster, last.name, (a, b), last.anonymous)
        if L.lower[a] in {"a", "an"}:  # "a UN statement"; "a city memo": a document of no named author
            sub = self._named(a + 1, head, head - 1) if head > a + 1 else None
            if sub is not None:
                return Resolved(sub.cluster, sub.name, (a, b))
            return Resolved(None, L.span_text(a, b), (a, b))
        return None

    def _adjunct(self, k: int) -> bool:
        w = self.L.lower[k]
        return w in self.lex.time_words or w in self.lex.adjunct_preps or self.L.text[k] == ","

    def _person_by_role(self, word: str, before: int) -> Resolved | None:
        for _, c, _subj in _back(self.people, self._people_starts, before, _FAR):
            if any(r.lower().split()[-1] == word for r in c.roles):
                return Resolved(c, c.name, (before, before + 1))
        return None

    def _body(self, a: int, b: int, head: int) -> Resolved | None:
        """'the ministry', 'the foreign ministry': the latest organisation whose name holds these words;
        "its foreign ministry": one of the owner's country. Anything more ('the health ministry in
        Gaza') names a body the entity stage did not find."""
        L = self.L
        if head != b - 1:
            return None
        det = L.lower[a]
        words = {L.lower[t] for t in range(a + 1 if det in _DEFINITE | _POSSESSIVE else a, b)}
        if det not in _DEFINITE | _POSSESSIVE:
            return None
        country = None
        if det in _POSSESSIVE:
            owner = self._body_before(a, plural=det == "their")
            if owner is None or owner.cluster is None:
                return None
            country = owner.cluster.country
        for _, c, _subj in _back(self.bodies, self._body_starts, a, _FAR):
            if c.type != "ORG" or not words <= set(c.name.lower().split()):
                continue
            if country is None or c.country == country:
                return Resolved(c, c.name, (a, b))
        return None

    # ---- pronouns -------------------------------------------------------------------------------------

    def _person_pronoun(self, at: int, word: str) -> Resolved | None:
        floor = at - _LOOKBACK
        last_speaker_at, last_speaker = next(
            ((t, r) for t, r in self._recent_speakers() if self._a_person(r)), (-1, None)
        )
        fallback = None
        for start, c, subj in _back(self.people, self._people_starts, at, _LOOKBACK):
            if self.gender.get(id(c), word) != word:
                continue
            if subj:
                if last_speaker is not None and last_speaker_at > start and self._agrees(last_speaker, word):
                    return last_speaker
                return Resolved(c, c.name, (at, at + 1))
            if fallback is None and self._closes_last_sentence(start, at):
                return Resolved(c, c.name, (at, at + 1))
            fallback = fallback or c
        if last_speaker is not None and last_speaker_at >= floor and self._agrees(last_speaker, word):
            return last_speaker
        if fallback is not None:
            return Resolved(fallback, fallback.name, (at, at + 1))
        return None

    def _closes_last_sentence(self, start: int, at: int) -> bool:
        """'... was led by the deputy minister, Jo Roe. He said ...': a name set off to close the sentence
        right before the pronoun's introduces whom the pronoun means."""
        L = self.L
        s0, s1 = L.sent_of(start)
        k = start
        while k > s0 + 1 and L.text[k - 1][:1].isupper():  # a first name the entity stage left out
            k -= 1
        if s1 != L.sent_of(at)[0] or k == s0 or L.text[k - 1] != ",":
            return False
        return all(L.text[t][:1].isupper() or L.text[t] in {".", "-"} for t in range(start, s1))

    def _recent_speakers(self):
        """The last speakers, newest first (a bounded look back keeps the stage linear)."""
        for k in range(len(self.speakers) - 1, max(-1, len(self.speakers) - 1 - _RECENT), -1):
            yield self.speakers[k]

    def _a_person(self, r: Resolved) -> bool:
        """A resolved person, or an anonymous source named by one singular noun ('a senior diplomat')."""
        if r.cluster is not None:
            return r.cluster.type == "PERSON"
        return r.anonymous and not r.plural and r.mention[1] - r.mention[0] > 1

    def _agrees(self, r: Resolved, word: str) -> bool:
        if r.cluster is None:
            return True
        return self.gender.get(id(r.cluster), word) == word

    def _plural_pronoun(self, at: int) -> Resolved | None:
        for t, r in self._recent_speakers():
            if t < at - _LOOKBACK:
                break
            if r.anonymous and r.plural:
                return r
            if r.cluster is not None and r.cluster.type in {"GROUP", "ORG", "COUNTRY"}:
                return r
        return self._body_before(at, plural=True)

    def _body_before(self, at: int, plural: bool) -> Resolved | None:
        for _start, c, subj in _back(self.bodies, self._body_starts, at, _LOOKBACK):
            if subj and c.type in ({"GROUP", "ORG", "COUNTRY"} if plural else {"ORG", "COUNTRY"}):
                return Resolved(c, c.name, (at, at + 1))
        for t, r in self._recent_speakers():
            if t >= at - _LOOKBACK and r.cluster is not None and r.cluster.type in {"ORG", "COUNTRY"}:
                return r
        return None

    def _antecedent(self, rel: int) -> Resolved | None:
        """'..., Rustem Umerov, who replied': the noun phrase the relative clause hangs on."""
        L = self.L
        k = rel - 1
        while k >= 0 and L.text[k] in {",", "\u2014"}:
            k -= 1
        if L.has_parse:
            verb = L.doc[rel].head
            if verb.dep_ in {"acl:relcl", "relcl", "acl"} and verb.head.i < rel:
                k = verb.head.i
        if k < 0:
            return None
        if L.has_parse:  # the whole noun phrase: "the Joint Chiefs of Staff, which said"
            h, k = k, min(L.doc[k].right_edge.i, rel - 1)
            while k > 0 and (L.text[k] in {",", "\u2014"} or L.space[k]):
                k -= 1
            unnamed = L.lower[h] in self.lex.anonymous and L.doc[h].pos_ == "NOUN"
            if h < k and unnamed and L.lower[h + 1] in _PREPS:
                a = L.doc[h].left_edge.i  # 'diplomats in Oslo and Rome, who say': unnamed people
                return Resolved(None, L.span_text(a, k + 1), (rel, rel + 1), True, L.doc[h].tag_ == "NNS")
        hit = self.by_tok.get(k) or self.role_tok.get(k)
        if hit is not None:
            return Resolved(hit[0], hit[0].name, (rel, rel + 1))
        s0, _ = L.sent_of(k)
        a = k
        while a > s0 and L.text[a - 1] not in {",", "."} and not L.closes(a - 1) and k - a < 8:
            if L.lower[a - 1] in {"to", "by", "from", "with"}:  # "according to the Joint Chiefs, which said"
                break
            a -= 1
        if L.lower[k] in self.lex.anonymous:
            return Resolved(None, L.span_text(a, k + 1), (rel, rel + 1), anonymous=True)
        if L.text[k][:1].isupper() or L.lower[k] in self.lex.bodies:
            return Resolved(None, L.span_text(a, k + 1), (rel, rel + 1))
        if L.has_parse and L.doc[k].pos_ == "NOUN":  # "voters who said ...": unnamed people
            a = max(a, L.doc[k].left_edge.i)
            while a < k and L.doc[a].pos_ == "ADP":
                a += 1
            return Resolved(None, L.span_text(a, k + 1), (rel, rel + 1), True, L.doc[k].tag_ == "NNS")
        return None
