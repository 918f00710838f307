"""Where a place lies when the gazetteer has no entry under its name as written: a division written with
its kind ("Rakhine State", "Chernihiv Oblast"), a site named after its town ("Vilnius Airport", "Diriyah
Palace"), a town of 15,000-50,000 people (GeoNames' cities15000), or a division the gazetteer leaves out
of entity finding (a Japanese prefecture's name is often a surname).

Only for names the entity stage already calls places. The gazetteer leaves towns out of entity finding
because their names are too often words or surnames; for the same reason a town counts here only when the
article names its country, and not when it names the country of a namesake too ("Dover" is an English town
and an American one).
"""

from __future__ import annotations

from collections import defaultdict
from collections.abc import Collection
from functools import lru_cache

import pycountry

from parley.gazetteer import (
    MIN_CITY_POPULATION,
    Gazetteer,
    PlaceInfo,
    alpha2_to_3,
    gazetteer,
    geonames_cities,
    strip_accents,
)

MIN_TOWN_POPULATION = 15_000  # GeoNames' smallest list; smaller places are left unplaced
_QUALIFIERS = frozenset({"international", "national", "presidential", "royal", "old", "new"})


class Locator:
    """Names the gazetteer does not hold, resolved through a name it does hold, or through the towns and
    divisions it leaves out."""

    def __init__(self, gaz: Gazetteer) -> None:
        self.gaz = gaz
        self.kinds = gaz.unit_nouns  # lower-case: province, state, oblast, ...
        self.sites = gaz.facility_nouns | gaz.place_nouns
        self.towns: dict[str, list[PlaceInfo]] = defaultdict(list)
        for city in geonames_cities().values():
            if not MIN_TOWN_POPULATION <= city["population"] < MIN_CITY_POPULATION:
                continue
            name = city["name"]
            if name in gaz.places or name in gaz.countries or name in gaz.not_entities:
                continue
            info = PlaceInfo(
                name,
                alpha2_to_3(city["countrycode"]),
                city["latitude"],
                city["longitude"],
                city["geonameid"],
                "town",
            )
            for key in {name, strip_accents(name)}:
                self.towns[key].append(info)
        for sub in pycountry.subdivisions:  # all kinds: prefectures, counties, districts (Japanese surnames)
            name = sub.name.rstrip("'’")
            if name not in gaz.places and name not in gaz.countries and name not in gaz.not_entities:
                info = PlaceInfo(name, alpha2_to_3(sub.country_code), None, None, None, "region")
                for key in {name, strip_accents(name)}:
                    self.towns[key].append(info)

    def locate(self, name: str, named: Collection[str]) -> PlaceInfo | None:
        """The place ``name`` is, or lies in, in one of ``named`` (the ISO codes of the countries the article
        names); None where the gazetteer already answers for the name as written."""
        name = name.removeprefix("the ").removeprefix("The ")
        if self.gaz.place(name) or self.gaz.country(name):
            return None  # the entity stage has weighed the gazetteer's answer already
        words = name.split()
        kind = words[-1].lower() if len(words) > 1 else ""
        if kind not in self.kinds and kind not in self.sites:
            return self._town(name, named)
        base = words[:-1]
        while len(base) > 1 and base[-1].lower() in _QUALIFIERS:
            base = base[:-1]
        town = " ".join(base)
        # a division may be a town's ("Chernihiv Oblast"); a site's town must be a city the gazetteer holds:
        # many a small town shares its name with a palace or a corridor elsewhere ("Buckingham", Quebec)
        info = self.gaz.place(town) or (self._town(town, named) if kind in self.kinds else None)
        if info is None or info.country not in named:
            return None  # "Rio Grande Valley" is not in Brazil's Rio Grande
        # the oblast or the airport lies in the town's country; the town's coordinates are not its own
        return PlaceInfo(name, info.country, None, None, None, "region" if kind in self.kinds else "site")

    def _town(self, name: str, named: Collection[str]) -> PlaceInfo | None:
        hits = [t for t in self.towns.get(name, []) if t.country in named]
        return hits[0] if len({t.country for t in hits}) == 1 else None


@lru_cache(maxsize=1)
def locator() -> Locator:
    return Locator(gazetteer())
