"""The article that started parley: its body and its entities (skips when ../shared/seed is absent)."""

from __future__ import annotations

from pathlib import Path

import pytest

import parley


@pytest.fixture(scope="module")
def record(seed_path: Path) -> parley.Record:
    return parley.extract_document(parley.read(seed_path), "2025-05-29")


def test_body_is_the_story(record: parley.Record) -> None:
    body = record.article.body
    assert body.startswith("The Kremlin said Thursday")
    last = body.rstrip().splitlines()[-1]
    assert last == "AFP contributed reporting." or last.endswith("next week.")
    for cruft in ("Dear readers", "Remind me later", "support us monthly", "A Message from"):
        assert cruft not in body
    reasons = {r.reason for r in record.article.removed}
    assert {"donation-appeal", "button-label"} <= reasons


def test_removed_spans_index_the_input(record: parley.Record, seed_path: Path) -> None:
    raw = seed_path.read_text(encoding="utf-8")
    for r in record.article.removed:
        assert r.span is not None and raw[r.span[0] : r.span[1]] == r.text


SEED_PEOPLE = [
    ("Dmitry Peskov", "spokesman", "RUS"),
    ("Vladimir Putin", "President", "RUS"),
    ("Sergei Lavrov", "Foreign Minister", "RUS"),
    ("Volodymyr Zelensky", "President", "UKR"),
    ("Vladimir Medinsky", "negotiator", "RUS"),
    ("Rustem Umerov", "Defense Minister", "UKR"),
    ("Andrii Sybiha", "Foreign Minister", "UKR"),
    ("Keith Kellogg", "envoy", "USA"),
    ("Donald Trump", "President", "USA"),
]


@pytest.mark.parametrize(("name", "role", "country"), SEED_PEOPLE)
def test_people_with_roles_and_countries(record: parley.Record, name: str, role: str, country: str) -> None:
    people = {e.name: e for e in record.entities if e.type == "PERSON"}
    assert name in people
    assert any(role.lower() in r.lower() for r in people[name].roles)
    assert people[name].country == country


@pytest.mark.parametrize(("name", "country"), [("Istanbul", "TUR"), ("Kyiv", "UKR")])
def test_places_resolve_to_countries(record: parley.Record, name: str, country: str) -> None:
    places = {e.name: e for e in record.entities if e.type == "PLACE"}
    assert places[name].country == country


def test_surname_mentions_merge(record: parley.Record) -> None:
    body = record.article.body
    peskov = next(e for e in record.entities if e.name == "Dmitry Peskov")
    texts = {body[s:e] for s, e in peskov.mentions}
    assert {"Dmitry Peskov", "Peskov"} <= texts
