"""The office-holders' table (gazetteer.yaml ``people``): a listed head of state, head of government or
minister takes the state they serve, over the places around them, and a bare listed surname is the one
listed bearer's name."""

from __future__ import annotations

import pytest

import parley
from parley.coref import cluster
from parley.entities import find_mentions
from parley.gazetteer import gazetteer


@pytest.fixture(scope="module")
def nlp():
    return parley.load_pipeline()


@pytest.mark.parametrize(
    ("text", "name", "country"),
    [
        # the city of the talks is another state's: the table outranks the sentence's place
        (
            "Talks resumed in Geneva on Monday. Kristrún Frostadóttir told reporters the draft was close.",
            "Kristrún Frostadóttir",
            "ISL",
        ),
        (
            "In Nairobi, Hakainde Hichilema said the rail corridor would open in June.",
            "Hakainde Hichilema",
            "ZMB",
        ),
        (
            "Delegates gathered in Doha, where Santiago Peña said his government backed the plan.",
            "Santiago Peña",
            "PRY",
        ),
        (
            "At the summit in Brussels, Jotham Napat said island states wanted more climate finance.",
            "Jotham Napat",
            "VUT",
        ),
        # a listed bare surname is its one listed bearer, full name and state
        ("In Paris, Luxon said the trade accord would stand.", "Christopher Luxon", "NZL"),
        ("Speaking in Madrid, Hichilema said Zambia would repay its creditors.", "Hakainde Hichilema", "ZMB"),
    ],
)
def test_office_holder_takes_their_state(nlp, text: str, name: str, country: str) -> None:
    doc = nlp(text)
    found = {c.name: c for c in cluster(doc, find_mentions(doc))}
    assert name in found, sorted(found)
    assert found[name].country == country


@pytest.mark.parametrize(
    ("name", "country"),
    [("Kristrun Frostadottir", "ISL"), ("Mohamed Muizzu", "MDV"), ("Nasser Bourita", "MAR")],
)
def test_table_folds_spellings(name: str, country: str) -> None:
    # accents, hyphens and case are folded, as a scraped page may drop them
    assert gazetteer().person_country(name) == country
