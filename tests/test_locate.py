"""Places the gazetteer has no entry for under the name as written: a division written with its kind, a site
named after its city, a town of a country the article names."""

from __future__ import annotations

import pytest

import parley
from parley.locate import locator

CASES = [
    # a division written with its kind lies in its country; it has no coordinates of its own
    ("Chernihiv Oblast", {"UKR"}, "UKR", "region"),
    ("Rakhine State", {"MMR"}, "MMR", "region"),
    # a site named after a city the gazetteer holds, with the words between ("International")
    ("Vilnius International Airport", {"LTU"}, "LTU", "site"),
    ("Vilnius Airport", {"LTU"}, "LTU", "site"),
    # ... only where the article names that city's country: Brazil's Rio Grande is not the Texan valley
    ("Rio Grande Valley", {"USA", "MEX"}, None, None),
    # a site's town must be a city: a small town's name is many a palace's ("Buckingham", Quebec)
    ("Buckingham Palace", {"GBR", "CAN"}, None, None),
    # a town of 15,000-50,000 people, where the article names its country
    ("Nemuro", {"JPN", "RUS"}, "JPN", "town"),
    ("Nemuro", {"RUS"}, None, None),
    # namesakes in two countries the article names: no guess
    ("Dover", {"GBR", "USA"}, None, None),
    ("Dover", {"GBR", "FRA"}, "GBR", "town"),
    # a first-level division the gazetteer leaves out of entity finding
    ("Hokkaido", {"JPN"}, "JPN", "region"),
    # a name the gazetteer holds is the entity stage's to weigh
    ("Moscow", {"RUS"}, None, None),
    ("Ukraine", {"UKR"}, None, None),
]


@pytest.mark.parametrize(("name", "named", "country", "kind"), CASES)
def test_locate(name: str, named: set[str], country: str | None, kind: str | None) -> None:
    info = locator().locate(name, named)
    assert (info.country if info else None) == country
    assert (info.kind if info else None) == kind
    if kind in {"region", "site"}:
        assert info is not None and info.lat is None  # no coordinates borrowed from a city


def test_a_town_carries_its_coordinates() -> None:
    info = locator().locate("Nemuro", {"JPN"})
    assert info is not None and info.geonameid and abs(info.lat - 43.3) < 0.2 and abs(info.lon - 145.6) < 0.2


TEXT = (
    "Japanese and Russian fisheries officials met in Nemuro on Tuesday to discuss quotas for crab and salmon "
    "in the waters off Hokkaido, Japan's Fisheries Agency said. Russia sent a delegation of six."
)


def test_an_article_places_its_towns() -> None:
    record = parley.extract(TEXT, published="2025-05-14")
    countries = {e.name: e.country for e in record.entities}
    assert countries.get("Nemuro") == "JPN", countries
    places = {p.text: p for p in record.places}
    assert places["Nemuro"].country == "JPN" and places["Nemuro"].lat is not None
