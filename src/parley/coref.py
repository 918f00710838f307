"""Merging mentions into entities: "Dmitry Peskov" = "Peskov" = "the Kremlin spokesman".

Within one article a surname names the most recent person who bore it, and a title phrase ("the
minister") the most recent person whose role has that head noun. Pronouns are left to the quote stage,
which knows who is speaking.
"""

from __future__ import annotations

import re
from dataclasses import dataclass, field

from spacy.attrs import LOWER
from spacy.tokens import Doc

from parley.cluster_countries import assign_countries
from parley.gazetteer import Gazetteer, gazetteer
from parley.mention import Mention
from parley.roles import RoleRules, role_rules

_DETERMINERS = frozenset({"the", "a", "an"})
_ARTICLE = re.compile(r"^(?:al|el|ad|ar|as|ash|at|az|an|ul)-(?=\w)")


@dataclass
class EntityCluster:
    id: str
    type: str
    name: str
    mentions: list[Mention] = field(default_factory=list)
    roles: list[str] = field(default_factory=list)
    country: str | None = None

    def add(self, m: Mention) -> None:
        self.mentions.append(m)
        if m.role and m.role.lower() not in {r.lower() for r in self.roles}:
            self.roles.append(m.role)


def _surname(m: Mention) -> str:
    return m.key.split()[-1]


def _bare_surname(name: str) -> str:
    """'al-Murshidi' -> 'murshidi': news drops the article of an Arabic surname as often as it keeps it."""
    return _ARTICLE.sub("", name.lower())


def _person_cluster(m: Mention, people: list[EntityCluster]) -> EntityCluster | None:
    words = [_bare_surname(w) for w in m.key.split()]  # "Al-Ansari" opening a sentence is "Majed al-Ansari"
    for c in reversed(people):  # the most recent bearer of a name wins
        names = {" ".join(_bare_surname(w) for w in x.key.split()) for x in c.mentions}
        if " ".join(words) in names:
            return c
        if len(words) == 1 and any(k.split()[-1] == words[0] for k in names):
            return c
        if len(words) > 1 and names <= {words[-1]}:
            return c  # "Peskov" seen first, then "Dmitry Peskov"
        if len(words) > 1 and any(k.split()[-1] == words[-1] and k.split()[0] == words[0] for k in names):
            return c
        if len(words) > 1 and any(k.split()[-len(words) :] == words for k in names):
            return c  # "Sidi Mohamed Ould Cheikh ... Ould Cheikh": a compound surname, the full name's tail
    return None


def _title_mentions(doc: Doc, mentions: list[Mention], gaz: Gazetteer, rules: RoleRules) -> list[Mention]:
    """'the Kremlin spokesman', 'the minister': a determiner, modifiers and a role head, no name after."""
    taken = {t for m in mentions for t in range(m.start, m.end)}
    taken |= {t for m in mentions if m.role_tokens for t in range(*m.role_tokens)}
    by_token = {t: m for m in mentions for t in range(m.start, m.end)}
    out = []
    the = doc.vocab.strings["the"]
    for i, low in enumerate(doc.to_array(LOWER).tolist()):
        if low != the or i + 1 in taken:  # the array spares a Token object per word
            continue
        tok = doc[i]
        j, words = tok.i + 1, []
        while j < len(doc) and j < tok.i + 6:
            other = by_token.get(j)
            if other is not None and other.type in {"COUNTRY", "ORG"}:
                words.append(doc[other.start : other.end].text)
                j = other.end
            elif rules.is_role_word(doc[j].text) and j not in taken:
                words.append(doc[j].text)
                j += 1
            else:
                break
        if j == tok.i + 1 or not rules.is_head(doc[j - 1].text) or (j < len(doc) and doc[j].is_title):
            continue
        out.append(Mention(tok.i, j, "TITLE", doc[j - 1].lower_, role=" ".join(words), via="title"))
    return out


def _role_head(role: str) -> str:
    return role.split()[-1].lower()


def cluster(
    doc: Doc, mentions: list[Mention], gaz: Gazetteer | None = None, rules: RoleRules | None = None
) -> list[EntityCluster]:
    """Group mentions into entities, in order of first mention (pure)."""
    gaz = gaz or gazetteer()
    rules = rules or role_rules()
    titles = _title_mentions(doc, mentions, gaz, rules)
    clusters: list[EntityCluster] = []
    by_key: dict[tuple[str, str], EntityCluster] = {}
    people: list[EntityCluster] = []
    short_forms: dict[str, EntityCluster] = {}
    for m in sorted([*mentions, *titles], key=lambda x: x.start):
        if m.type == "TITLE":
            target = next((c for c in reversed(people) if any(_role_head(r) == m.key for r in c.roles)), None)
            if target is not None:
                m.type = "PERSON"
                target.mentions.append(m)
            continue
        if m.type == "COUNTRY" and (plural := gaz.people_adjectives.get(doc[m.start : m.end].text)):
            m.type, m.extra = "GROUP", {**m.extra, "group_name": plural}  # "Palestinian prisoners"
        if m.type == "PERSON":
            c = _person_cluster(m, people)
            if c is None:
                c = EntityCluster(f"E{len(clusters) + 1}", "PERSON", m.key)
                clusters.append(c)
                people.append(c)
            elif c in people:
                people.remove(c)
                people.append(c)
            c.add(m)
            if len(m.key.split()) > len(c.name.split()):
                c.name = m.key
            continue
        key = (m.type, m.key)
        c = by_key.get(key) or (short_forms.get(_strip_the(m.key)) if m.type == "ORG" else None)
        if c is None:
            name = gaz.country_name(m.key) if m.type == "COUNTRY" else doc[m.start : m.end].text
            if m.type == "GROUP":
                name = m.extra.get("group_name") or doc[m.start : m.end].text
            c = by_key[key] = EntityCluster(
                f"E{len(clusters) + 1}", m.type, _strip_the(name) if m.type != "COUNTRY" else name
            )
            if m.type == "ORG":
                c.name = _strip_the(m.key)
                if short := _org_short_form(c.name):
                    short_forms.setdefault(short, c)
            clusters.append(c)
        c.add(m)
    clusters = _surnames_not_places(clusters)
    for c in clusters:  # "President Trump" alone in the article is still Donald Trump
        if c.type == "PERSON" and " " not in c.name and (full := gaz.full_name(c.name)):
            c.name = full
    assign_countries(doc, clusters)
    return clusters


def _org_short_form(name: str) -> str:
    """'Coordination Headquarters for the Treatment of Prisoners of War' is then 'the Coordination
    Headquarters': the words before its complement, when two or more ('the Ministry' stays generic)."""
    head = re.split(r" (?:of|for) ", name, maxsplit=1)[0]
    return head if head != name and len(head.split()) > 1 else ""


def _strip_the(name: str) -> str:
    first, _, rest = name.partition(" ")
    return rest if first.lower() in _DETERMINERS and rest else name


def _surnames_not_places(clusters: list[EntityCluster]) -> list[EntityCluster]:
    """A lone word that is both a town (or a group) and the surname of a person in the article is the person
    ("Marco Rubio ... Rubio said", "Therese Wagner ... Wagner said"): news repeats surnames far more than it
    names small towns."""
    surnames = {c.name.split()[-1]: c for c in clusters if c.type == "PERSON" and len(c.name.split()) > 1}
    out = []
    for c in clusters:
        person = surnames.get(c.name) if c.type in {"PLACE", "ORG"} and " " not in c.name else None
        if person is None:
            out.append(c)
            continue
        for m in c.mentions:
            m.type, m.key = "PERSON", c.name
            person.mentions.append(m)
        person.mentions.sort(key=lambda m: m.start)
    return out
