"""The country of each entity the coreference stage built: from its own name, the gazetteer's office-holders,
the clause that places a person ("X, a driver from Kaunas"), the sentence's places and bodies, the dateline,
and at last the state the story names most.
"""

from __future__ import annotations

from collections import Counter
from typing import TYPE_CHECKING

from spacy.attrs import SENT_START
from spacy.tokens import Doc

from parley.gazetteer import Gazetteer, gazetteer
from parley.locate import locator
from parley.mention import Mention

if TYPE_CHECKING:
    from parley.coref import EntityCluster


def assign_countries(doc: Doc, clusters: list[EntityCluster]) -> None:
    by_name = {c.name: c for c in clusters}
    gaz = gazetteer()
    for c in clusters:
        # A known office-holder's state is not in doubt; the article's nearby words are weaker evidence.
        if c.type == "PERSON" and (iso := gaz.person_country(c.name)):
            c.country = iso
            continue
        votes = Counter(m.country or m.extra.get("country") for m in c.mentions)
        votes.pop(None, None)
        if votes:
            c.country = votes.most_common(1)[0][0]
        elif c.type == "ORG" and not any(m.extra.get("igo") for m in c.mentions):
            c.country = gaz.country_in_name(c.name)  # "Congress of Peru", "Peruvian National Police"
    _places_located(clusters)
    for c in clusters:  # "Trump's special envoy": the envoy serves Trump's country
        if c.country is None:
            for m in c.mentions:
                principal = by_name.get(m.extra.get("principal", "")) or next(
                    (
                        p
                        for p in clusters
                        if p.type == "PERSON" and any(x.key == m.extra.get("principal") for x in p.mentions)
                    ),
                    None,
                )
                if principal is not None and principal.country:
                    c.country = principal.country
                    break
    _countries_from_outlet(doc, clusters, gaz, "private")
    _countries_from_context(doc, clusters, {"PERSON"})
    _countries_from_clause(doc, clusters)  # "X, the chief minister of Kashmir,": before any prior
    _countries_from_outlet(doc, clusters, gaz, "officers")
    _countries_from_dateline(doc, clusters, gaz)
    _countries_of_office(doc, clusters, gaz)
    heads = {m.start: c for c in clusters if c.type == "PERSON" for m in c.mentions}
    for c in clusters:  # "Dodik's office" serves Dodik's state
        if c.type == "ORG" and c.country is None:
            bodies = [m for m in c.mentions if m.via == "persons-body"]
            owners = [heads[m.start].country for m in bodies if m.start in heads]
            known = [  # "the Trump administration" with no other mention of Trump
                gaz.person_country(doc[m.start : m.end - 1].text.removesuffix("'s").removesuffix("\u2019s"))
                for m in bodies
            ]
            c.country = next((iso for iso in owners + known if iso), None)
    _countries_from_outlet(doc, clusters, gaz, "bodies")
    _countries_from_context(doc, clusters, {"PLACE", "ORG"})
    _countries_from_clause(doc, clusters)
    _countries_from_outlet(doc, clusters, gaz, "people")
    # "In Sydney, resident Jo Roe said": a private person no state or body places, placed by the town
    _countries_from_context(doc, clusters, {"PERSON"}, window=25, towns=True)
    _countries_from_story(clusters)


def _places_located(clusters: list[EntityCluster]) -> None:
    """A place the gazetteer has no entry for lies where its own name puts it ("Rakhine State", "Vilnius
    Airport", a town of a country the article names): stronger than the sentence around it."""
    named = {c.country for c in clusters if c.type == "COUNTRY" and c.country}  # a place's may be wrong
    loc = locator()
    for c in clusters:
        if c.type == "PLACE" and c.country is None:
            names = dict.fromkeys([c.name, *(m.key for m in c.mentions)])
            info = next((i for n in names if (i := loc.locate(n, named))), None)
            c.country = info.country if info else None


def _countries_from_story(clusters: list[EntityCluster]) -> None:
    """A person or body still unplaced belongs to the state the story names most (a country or its places,
    counted by mention), when one leads: a story about one country quotes its people without naming their
    state. Towns are left to the places stage: a border story names the neighbour's towns too."""
    votes: Counter[str] = Counter()
    for c in clusters:
        if c.country and c.type in {"COUNTRY", "PLACE"}:
            votes[c.country] += len(c.mentions)
    ranked = votes.most_common(2)
    if not ranked or ranked[0][1] < 2 or (len(ranked) == 2 and ranked[0][1] <= ranked[1][1]):
        return
    for c in clusters:
        if c.type not in {"PERSON", "ORG"} or c.country is not None:
            continue
        if not any(_serves_igo(m) or m.via == "gazetteer" for m in c.mentions):
            c.country = ranked[0][0]


# The clause right after a person's name that places them: "X, a researcher at the University of Nairobi,",
# "X, a driver from Kaunas", "X, who heads a federation of cooperatives in Jaffna". "whose" clauses speak of
# someone else ("whose brother was held in Caracas"); "for"/"to" point at a destination, not a home.
_CLAUSE_STOPS = frozenset({",", ".", ";", ":", "!", "?", "whose", '"', "\u201c", "\u201d"})
_NOT_HOME = frozenset({"for", "to", "into", "toward", "towards"})


def _countries_from_clause(doc: Doc, clusters: list[EntityCluster], reach: int = 16) -> None:
    """A person still without a country takes the country of the first place or body that the appositive
    or relative clause after their name locates them in: news places an unknown speaker by employer
    or town."""
    gaz = gazetteer()
    where = {
        i: c
        for c in clusters
        if c.country and (c.type in {"PLACE", "COUNTRY"} or c.type == "ORG" and _own_country(c, gaz))
        for m in c.mentions
        if not m.extra.get("igo")
        for i in range(m.start, m.end)
    }
    igo = {i for c in clusters for m in c.mentions if m.extra.get("igo") for i in range(m.start, m.end)}
    for c in clusters:
        if c.type != "PERSON" or c.country:
            continue
        for m in c.mentions:
            if m.end + 2 >= len(doc) or doc[m.end].text != ",":
                continue
            iso = None
            for i in range(m.end + 1, min(len(doc), m.end + 1 + reach)):
                if doc[i].lower_ in _CLAUSE_STOPS or i in igo:
                    break
                if i in where and doc[i - 1].lower_ not in _NOT_HOME:
                    iso = where[i].country
                    break
            if iso:
                c.country = iso
                break


def _own_country(c: EntityCluster, gaz: Gazetteer) -> bool:
    """A body's country its own words give, not one guessed from the sentence around it."""
    return any(m.country or m.extra.get("country") for m in c.mentions) or bool(gaz.country_in_name(c.name))


def _countries_from_context(
    doc: Doc, clusters: list[EntityCluster], kinds: set[str], window: int = 12, towns: bool = False
) -> None:
    """An entity of ``kinds`` still without a country takes the country named closest to its mentions
    within the same sentence ("President Vladimir Putin ... Russia"): news introduces people with their
    state. Votes are weighted by closeness and summed over all the entity's mentions. Places and bodies
    also count the towns beside them, twice ("talks at the Ciragan Palace in Istanbul")."""
    sent_of = _sentence_ids(doc)
    anchors = [
        (m.start, iso, 1.0 + (c.type == "PLACE"))
        for c in clusters
        if c.type in {"COUNTRY", "ORG"} or (c.type == "PLACE" and (towns or kinds != {"PERSON"}))
        for m in c.mentions
        if (iso := m.extra.get("country") or m.country or (c.country if c.type == "PLACE" else None))
        and not m.extra.get("igo")
    ]
    for c in clusters:
        if c.type not in kinds or c.country or any(_serves_igo(m) for m in c.mentions):
            continue
        votes: Counter[str] = Counter()
        for m in c.mentions:
            for pos, iso, weight in anchors:
                dist = abs(pos - m.start)
                ahead = towns and pos > m.start  # "X, whose son is held in Caracas": a town after, no home
                if 0 < dist <= window and sent_of[pos] == sent_of[m.start] and not ahead:
                    votes[iso] += weight / (1 + dist)
        if votes:
            c.country = votes.most_common(1)[0][0]


def _serves_igo(m: Mention) -> bool:
    return bool(m.extra.get("serves_igo") or m.extra.get("igo") or m.via == "persons-body")


def _sentence_ids(doc: Doc) -> list[int]:
    """Sentence number of each token: the parser's sentences, else splits at . ! ? and line breaks. Worked
    out once per Doc (several passes ask), from the token arrays rather than Token objects."""
    cached = doc.user_data.get("parley_sentence_ids")
    if cached is not None and len(cached) == len(doc):
        return cached
    if doc.has_annotation("SENT_START"):
        starts = doc.to_array(SENT_START).tolist()
        ids, n = [], 0
        for i, start in enumerate(starts):
            n += i > 0 and start == 1
            ids.append(n)
    else:
        ids, n = [], 0
        for tok in doc:
            if tok.i and (doc[tok.i - 1].text in {".", "!", "?"} or "\n" in doc[tok.i - 1].whitespace_):
                n += 1
            ids.append(n)
    doc.user_data["parley_sentence_ids"] = ids
    return ids


def _outlet_state(doc: Doc, clusters: list[EntityCluster]) -> str | None:
    """The national outlet's state (parley.outlet), when the story names it more than once: a paper leaves
    its own state unsaid and names foreigners', but a story with no local angle says nothing of its people."""
    iso = doc.user_data.get("parley_outlet_country")
    named = sum(len(c.mentions) for c in clusters if c.country == iso and c.type in {"COUNTRY", "PLACE"})
    return iso if iso and named >= 2 else None


def _countries_from_outlet(doc: Doc, clusters: list[EntityCluster], gaz: Gazetteer, who: str) -> None:
    """Unplaced entities of the outlet's state: ``who`` is "officers" (titled with a state's office and no
    nationality: "Trade Minister Ahn said" in a Seoul daily, datelined Geneva or not), "bodies" (a state's
    body named without its state: "the Ministry of Foreign Affairs said"), "private" (people with no title:
    a local quoted for the local angle, before the sentence's foreign states can claim them) or "people"
    (anyone still unplaced, before the story's leading state)."""
    iso = _outlet_state(doc, clusters)
    if not iso:
        return
    for c in clusters:
        if c.country is not None or any(_serves_igo(m) for m in c.mentions):
            continue
        if who == "bodies":
            fits = c.type == "ORG" and not any(m.via == "gazetteer" for m in c.mentions)
            fits = fits and any(w in gaz.state_bodies for w in c.name.lower().split())
        elif who == "officers":
            fits = c.type == "PERSON" and _holds_office(c, gaz)
        else:
            fits = c.type == "PERSON" and (who == "people" or not c.roles)
        if fits:
            c.country = iso


def _holds_office(c: EntityCluster, gaz: Gazetteer) -> bool:
    """A role naming a state's office ("Trade Minister", "President")."""
    return any(w in gaz.state_offices for r in c.roles for w in r.lower().split())


def _countries_from_dateline(doc: Doc, clusters: list[EntityCluster], gaz: Gazetteer) -> None:
    """An official titled without a nationality in a datelined story serves the dateline's country
    ("SEOUL (Yonhap) -- ... Vice Defense Minister Kim said"): wire style names only foreigners' states."""
    dateline = doc.user_data.get("parley_dateline") or ""
    iso = None
    for part in dateline.replace("(", ",").split(","):
        name = part.strip().title() if part.strip().isupper() else part.strip()
        iso = gaz.country(name) or (p.country if (p := gaz.place(name)) else None)
        if iso:
            break
    if not iso:
        return
    for c in clusters:
        if c.type == "PERSON" and c.country is None and c.roles:
            c.country = iso


def _countries_of_office(doc: Doc, clusters: list[EntityCluster], gaz: Gazetteer) -> None:
    """A state office-holder still without a country ("Prime Minister X said") serves the one state that
    his sentence names, else the one the sentence before names: news names the state, then its officer."""
    sent_of = _sentence_ids(doc)
    states: dict[int, set[str]] = {}
    for c in clusters:
        if c.type == "COUNTRY" and c.country:
            for m in c.mentions:
                states.setdefault(sent_of[m.start], set()).add(c.country)
    for c in clusters:
        if c.type != "PERSON" or c.country or not _holds_office(c, gaz):
            continue
        first = sent_of[c.mentions[0].start]
        named = states.get(first) or states.get(first - 1) or set()
        if len(named) == 1:
            c.country = next(iter(named))
