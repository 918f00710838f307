"""The seed article's dates, with its publication date and without (then inferred)."""

from __future__ import annotations

from pathlib import Path

import pytest

import parley

SEED_DATES = [  # (text, value, mod) in order of appearance
    ("Thursday", "2025-05-29", None),
    ("next week", "2025-W23", None),
    ("May 16", "2025-05-16", None),
    ("May 19", "2025-05-19", None),
    ("Wednesday", "2025-05-28", None),
    ("last week", "2025-W21", None),
    ("May 2024", "2024-05", None),
    ("2022", "2022", None),
    ("late Wednesday", "2025-05-28", "END"),
    ("Sunday", "2025-05-25", None),
    ("earlier this week", "2025-W22", "START"),
    ("Thursday", "2025-05-29", None),
    ("next week", "2025-W23", None),
]


@pytest.fixture(scope="module")
def record(seed_path: Path) -> parley.Record:
    return parley.extract_document(parley.read(seed_path), "2025-05-29")


def test_every_seed_date_right(record: parley.Record) -> None:
    got = [(d.text, d.value, d.mod) for d in record.dates if d.type == "DATE"]
    assert got == SEED_DATES


def test_seed_spans_index_the_body(record: parley.Record) -> None:
    body = record.article.body
    for d in record.dates:
        assert body[d.span[0] : d.span[1]] == d.text


def test_seed_durations(record: parley.Record) -> None:
    durations = {d.text: d.value for d in record.dates if d.type == "DURATION"}
    assert durations.get("10 days") == "P10D"


def test_undated_seed_is_dated_from_its_text(seed_path: Path) -> None:
    record = parley.extract_document(parley.read(seed_path))
    a = record.article
    assert a.published_source == "inferred"
    assert "2025-05-26" <= a.published <= "2025-06-01"
    got = {d.text: d.value for d in record.dates}
    assert got["May 16"] == "2025-05-16"
