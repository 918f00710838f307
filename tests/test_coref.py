"""Merging person mentions: a later, shorter mention joins the full name it shortens."""

from __future__ import annotations

import pytest

import parley
from parley.coref import cluster
from parley.entities import find_mentions


@pytest.fixture(scope="module")
def nlp():
    return parley.load_pipeline()


@pytest.mark.parametrize(
    ("text", "full", "short"),
    [
        (
            "The delegation of Minister of Interior Ahmed Salem Ould Bekaye arrived. Minister Ould Bekaye "
            "said the wells would stay open.",
            "Ahmed Salem Ould Bekaye",
            "Ould Bekaye",
        ),
        (
            "Foreign Minister Ana Lucia Vaz Moreira spoke first. Vaz Moreira said little else.",
            "Ana Lucia Vaz Moreira",
            "Vaz Moreira",
        ),
    ],
)
def test_compound_surname_joins_full_name(nlp, text: str, full: str, short: str) -> None:
    doc = nlp(text)
    people = {c.name: c for c in cluster(doc, find_mentions(doc)) if c.type == "PERSON"}
    assert short not in people, sorted(people)
    assert full in people, sorted(people)
