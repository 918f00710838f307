"""A title's brief before a holder's name ("Minister of Road and Transport Development X"): the brief is
part of the title, the capitals after it are the person."""

from __future__ import annotations

import pytest

import parley
from parley.coref import cluster
from parley.entities import find_mentions


@pytest.fixture(scope="module")
def nlp():
    return parley.load_pipeline()


def _entities(nlp, text: str) -> dict[str, tuple[str, list[str]]]:
    doc = nlp(text)
    return {c.name: (c.type, c.roles) for c in cluster(doc, find_mentions(doc))}


BRIEFS = [
    (
        "The border will reopen, said Minister of Fisheries and Marine Development Oriel Tamsin on Monday.",
        "Oriel Tamsin",
        "Minister of Fisheries and Marine Development",
        {"Fisheries", "Marine Development Oriel Tamsin"},
    ),
    (
        "Director of the Velmoran Freight Association Kesi Andor said lorries were waiting.",
        "Kesi Andor",
        "Director",
        {"Freight Association Kesi Andor"},
    ),
    (
        "Deputy Secretary for the Pacific Lorne Avery said the talks went well.",
        "Lorne Avery",
        "Deputy Secretary",
        {"Pacific Lorne Avery"},
    ),
    (
        "Kenya's Minister of State for Regional Cooperation, Tamar Odhil, signed the minute.",
        "Tamar Odhil",
        "Minister of State for Regional Cooperation",
        {"Cooperation"},
    ),
    (
        "Chad's Minister of Security and Civil Protection, Colonel Abakar Dene, flew in.",
        "Abakar Dene",
        None,
        {"Civil Protection"},
    ),
]


@pytest.mark.parametrize(("text", "person", "role", "absent"), BRIEFS)
def test_brief_is_title_and_holder_is_person(
    nlp, text: str, person: str, role: str | None, absent: set[str]
) -> None:
    found = _entities(nlp, text)
    assert found.get(person, ("",))[0] == "PERSON", sorted(found)
    assert not absent & set(found), sorted(found)
    if role:
        assert any(role.lower() in r.lower() for r in found[person][1]), found[person][1]
