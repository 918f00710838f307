"""Pronoun and relative-clause speakers ("he said", "they said", "..., who said"): the person, group or body
they stand for, looked for among the recent speakers and the entities named before them, within a bounded
look back (so the stage stays linear). Mixed into speakers.Resolver.
"""

from __future__ import annotations

from bisect import bisect_left
from dataclasses import dataclass

PREPS = frozenset({"of", "for", "in", "with", "at", "from", "to", "on", "by", "about", "near"})
_LOOKBACK = 600  # tokens: how far back a pronoun looks for its antecedent
_RECENT = 40  # speakers: how many of the latest a pronoun considers


def back(entries: list, starts: list[int], before: int, reach: int):
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


class Pronouns:
    """Speakers read off pronouns; needs the Resolver's layout, entity indexes and speakers so far."""

    def _person_pronoun(self, at: int, word: str) -> Resolved | None:
        floor = at - _LOOKBACK
        last_speaker_at, last_speaker = next(
            ((t, r) for t, r in self._recent_speakers() if self._a_person(r)), (-1, None)
        )
        fallback = None
        for start, c, subj in back(self.people, self._people_starts, at, _LOOKBACK):
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
        last = next(iter(self._recent_speakers()), None)
        for start, c, subj in back(self.bodies, self._body_starts, at, _LOOKBACK):
            if subj and c.type in ({"GROUP", "ORG", "COUNTRY"} if plural else {"ORG", "COUNTRY"}):
                if last is not None and self._told_by(last, start):
                    return last[1]  # '..., saying Nigeria “supports A.” It urged B': the ministry again
                return Resolved(c, c.name, (at, at + 1))
        for t, r in self._recent_speakers():
            if t >= at - _LOOKBACK and r.cluster is not None and r.cluster.type in {"ORG", "COUNTRY"}:
                return r
        return None

    def _told_by(self, last: tuple[int, Resolved], start: int) -> bool:
        """A body that is the subject of what the last speaker, a body too, said in the same sentence."""
        at, r = last
        body = r.cluster is not None and r.cluster.type in {"GROUP", "ORG", "COUNTRY"}
        return body and at < start and self.L.sent_of(at) == self.L.sent_of(start)

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
            if h < k and unnamed and L.lower[h + 1] in PREPS:
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
