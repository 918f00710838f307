"""Speakers: a source noun phrase resolved to an entity of the article.

Names, surnames and title phrases come resolved from the entity stage (their mentions); this module adds
what the entity stage leaves to the quote stage: pronouns (he/she to the latest person who was a subject
or a speaker, they/it to the latest group or body, who to its antecedent), unnamed bodies ("the ministry",
"its foreign ministry"), and anonymous sources ("a senior Western official"), whose later definite
mentions ("the diplomat") are the same source.
"""

from __future__ import annotations

from parley.quotes.layout import Layout
from parley.quotes.lexicon import QuoteLexicon
from parley.quotes.mentions import is_subject, name_word, person_named, titled_surname
from parley.quotes.pronouns import PREPS, Pronouns, Resolved, back
from parley.roles import role_rules

_DEFINITE = frozenset({"the", "this", "that"})
_POSSESSIVE = frozenset({"its", "their"})
_POSSESSIVES = {"his": "he", "her": "she", "their": "they", "its": "it"}
_FAR = 4000  # tokens: how far back "the ministry" looks for the organisation it names


class Resolver(Pronouns):
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
        people = (c for _start, c, _subj in back(self.people, self._people_starts, before, _FAR))
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
            if L.lower[t] in PREPS:
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
        country = self._represented(a, head, b) if L.lower[head] in self.lex.delegates else None
        if country is not None:
            return Resolved(country, country.name, (a, b))
        if L.lower[head] in self.lex.anonymous or L.lower[head] in self.lex.bodies:
            return None
        if found and not (L.text[head][:1].islower() and L.lower[head] not in self.lex.bodies):
            return Resolved(found[0][0], found[0][0].name, (a, b))
        return None

    def _represented(self, a: int, head: int, b: int) -> object | None:
        """The country a delegate speaks for: "the representative of (the) X", "the X delegate" ("a Thai
        delegate" is one of several, unnamed)."""
        L = self.L
        if head + 2 < b and L.lower[head + 1] == "of" and L.lower[a] == "the":
            t = head + 2 + (L.lower[head + 2] == "the" and head + 3 < b)
        else:
            k = head - 1  # back over the country's name to its article
            while k > 0 and L.text[k][:1].isupper() and L.lower[k] != "the":
                k -= 1
            if L.lower[k] != "the":
                return None
            t = head - 1
        hit = self.by_tok.get(t)
        return hit[0] if hit is not None and hit[0].type == "COUNTRY" else None

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
        for _, c, _subj in back(self.people, self._people_starts, before, _FAR):
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
        for _, c, _subj in back(self.bodies, self._body_starts, a, _FAR):
            if c.type != "ORG" or not words <= set(c.name.lower().split()):
                continue
            if country is None or c.country == country:
                return Resolved(c, c.name, (a, b))
        return None
