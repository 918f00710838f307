"""Countries of entities no gazetteer entry, title or clause places: the town beside them, else the state the
story names most."""

from __future__ import annotations

import pytest

import parley
from parley.coref import cluster
from parley.entities import find_mentions


@pytest.fixture(scope="module")
def nlp():
    return parley.load_pipeline()


@pytest.mark.parametrize(
    ("text", "name", "country"),
    [
        # a town in the sentence places a private person
        ("In Sydney, shop owner Mira Tolland said the week had been long.", "Mira Tolland", "AUS"),
        # a town or state in a body's own name is its seat
        ("Lia Marten of the University of Toronto said so.", "University of Toronto", "CAN"),
        ("The Illinois Soybean Association said prices fell.", "Illinois Soybean Association", "USA"),
        # the state the story names most places the rest
        (
            "Kenya and Uganda signed the accord. Kenya will open two crossings, Kenya's ministers said. "
            "Truck driver Otieno Wambasi said he hoped queues would shorten.",
            "Otieno Wambasi",
            "KEN",
        ),
    ],
)
def test_unplaced_entity_takes_a_country(nlp, text: str, name: str, country: str) -> None:
    doc = nlp(text)
    found = {c.name: c for c in cluster(doc, find_mentions(doc))}
    assert name in found, sorted(found)
    assert found[name].country == country


def test_two_states_named_alike_place_no_one(nlp) -> None:
    """A story naming two states as often leaves an unplaced speaker without a state."""
    doc = nlp(
        "Kenya and Uganda signed the accord. Truck driver Otieno Wambasi said he hoped queues would shorten."
    )
    found = {c.name: c for c in cluster(doc, find_mentions(doc))}
    assert found["Otieno Wambasi"].country is None
