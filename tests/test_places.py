"""Places: mentions resolved to GeoNames names, countries and coordinates, in context."""

from __future__ import annotations

from pathlib import Path

import pytest

import parley
from parley.places import find_places


@pytest.fixture(scope="module")
def nlp():
    return parley.load_pipeline()


def _places(nlp, text: str) -> dict[str, tuple[str, str | None]]:
    places, _ = find_places(nlp(text))
    return {p.text: (p.name, p.country) for p in places}


CASES = [
    ("Talks resumed in Kiev on Monday.", "Kiev", "Kyiv", "UKR"),
    ("Protests spread across Ivory Coast after the vote.", "Ivory Coast", "Ivory Coast", "CIV"),
    ("The junta in Burma rejected the plan.", "Burma", "Myanmar", "MMR"),
    ("Serbia does not recognise Kosovo.", "Kosovo", "Kosovo", "XKX"),
    ("Delegates met in Istanbul.", "Istanbul", "Istanbul", "TUR"),
    ("Voters in Atlanta, Georgia, went to the polls.", "Georgia", "Georgia", "USA"),
    ("The governor of Georgia signed the bill on Tuesday.", "Georgia", "Georgia", "USA"),
    ("Protesters marched through Tbilisi, Georgia, on Sunday.", "Georgia", "Georgia", "GEO"),
    ("Georgia applied to join the European Union.", "Georgia", "Georgia", "GEO"),
    (
        "M23 rebels seized Goma, the largest city in eastern Congo.",
        "Congo",
        "Democratic Republic of the Congo",
        "COD",
    ),
    ("Fighting in Tripoli killed dozens, Lebanon's army said.", "Tripoli", "Tripoli", "LBN"),
    ("Fighting in Tripoli killed dozens, Libya's health ministry said.", "Tripoli", "Tripoli", "LBY"),
]


@pytest.mark.parametrize(("text", "mention", "name", "country"), CASES)
def test_place_names_and_countries(nlp, text: str, mention: str, name: str, country: str) -> None:
    got = _places(nlp, text)
    assert got.get(mention) == (name, country), got


def test_places_carry_coordinates_and_geonameids(nlp) -> None:
    places, _ = find_places(nlp("Officials flew from Moscow to Washington and then to Turkey."))
    by_text = {p.text: p for p in places}
    moscow = by_text["Moscow"]
    assert moscow.geonameid == 524901 and abs(moscow.lat - 55.75) < 0.1 and abs(moscow.lon - 37.62) < 0.1
    turkey = by_text["Turkey"]  # a country takes its capital's coordinates and its own GeoNames id
    assert turkey.country == "TUR" and turkey.geonameid == 298795 and abs(turkey.lat - 39.92) < 0.1


def test_unknown_place_lies_in_the_country_of_its_sentence(nlp) -> None:
    got = _places(nlp, "Talks were held at the Qasr Palace in Istanbul, Turkey's largest city.")
    assert got.get("Qasr Palace", (None, "TUR"))[1] == "TUR"


def test_focus_country_is_the_most_mentioned(nlp) -> None:
    doc = nlp("Russia said Ukraine must withdraw. Kyiv refused, and Ukraine's army advanced near Kharkiv.")
    find_places(doc)
    assert doc.user_data.get("parley_focus_country") == "UKR"


def test_seed_places(seed_path: Path) -> None:
    record = parley.extract_document(parley.read(seed_path), "2025-05-29")
    got = {p.text: p.country for p in record.places}
    assert {
        "Istanbul": "TUR",
        "Kyiv": "UKR",
        "Moscow": "RUS",
        "Washington": "USA",
        "Turkey": "TUR",
    }.items() <= got.items()
    body = record.article.body
    assert all(body[p.span[0] : p.span[1]] == p.text for p in record.places)
