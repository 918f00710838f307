"""The seed article's negotiation picture (issue 6), and the PLOVER JSONL export (skips without
../shared/seed)."""

from __future__ import annotations

import json
from pathlib import Path

import pytest

import parley
from parley.events.patterns import PLOVER_MODES
from parley.events.plover import cameo_code, canonical_type, to_jsonl
from parley.records import Negotiation


@pytest.fixture(scope="module")
def record(seed_path: Path) -> parley.Record:
    return parley.extract_document(parley.read(seed_path), "2025-05-29")


@pytest.fixture(scope="module")
def process(record: parley.Record) -> Negotiation:
    assert len(record.negotiation["processes"]) == 1
    return Negotiation.model_validate(record.negotiation["processes"][0])


def test_parties(process: Negotiation) -> None:
    assert {p.country for p in process.parties} == {"RUS", "UKR"}


def test_round_one_held_in_istanbul_on_16_may(process: Negotiation) -> None:
    r = process.rounds[0]
    assert (r.number, r.status, r.date, r.venue, r.venue_country) == (
        1,
        "held",
        "2025-05-16",
        "Istanbul",
        "TUR",
    )
    assert {p.country for p in r.parties} == {"RUS", "UKR"}
    assert [h.country for h in r.hosts] == ["TUR"]


def test_round_two_proposed_for_next_week_awaiting_ukraine(process: Negotiation) -> None:
    r = process.rounds[1]
    assert (r.number, r.status, r.date, r.venue) == (2, "proposed", "2025-W23", "Istanbul")
    awaited = [q for q in process.requests if q.id in r.awaiting]
    assert awaited and all({p.country for p in q.to} == {"UKR"} for q in awaited)


def test_memoranda(process: Negotiation) -> None:
    by_owner = {d.owner.country: d for d in process.documents if d.kind == "memorandum" and d.owner}
    assert by_owner["UKR"].status == "delivered" and not by_owner["UKR"].outstanding
    assert "RUS" in {p.country for p in by_owner["UKR"].receivers}
    assert by_owner["RUS"].status == "pledged" and by_owner["RUS"].outstanding


def test_exchange_completed_on_sunday(process: Negotiation) -> None:
    (x,) = process.exchanges
    assert (x.kind, x.status, x.date) == ("prisoners", "completed", "2025-05-25")


def test_requests_awaiting_a_response(process: Negotiation) -> None:
    pairs = {(p.name, q.status) for q in process.requests for p in q.by}
    assert {("Rustem Umerov", "awaiting"), ("Andrii Sybiha", "awaiting")} <= pairs


def test_events_link_to_the_process(record: parley.Record, process: Negotiation) -> None:
    assert all(e.link == process.id for e in record.events if e.type == "CONSULT" or e.recipients)
    assert set(process.events) <= {e.id for e in record.events}


def test_plover_jsonl(record: parley.Record) -> None:
    lines = [json.loads(line) for line in to_jsonl(record).splitlines()]
    assert len(lines) == len(record.events)
    for row, e in zip(lines, record.events, strict=True):
        assert {"id", "date", "actor", "recipient", "event", "mode", "context", "cameo_root"} <= set(row)
        assert row["event"][0] in PLOVER_MODES
        assert len(row["cameo_root"]) == 2
        assert row["date"] and len(row["date"]) == 10
        assert all("code" in a for a in row["actor"])
        assert row["parley_status"] == e.status
    proposed = next(r for r in lines if r["parley_type"] == "CONSULT" and r["parley_status"] == "proposed")
    assert proposed["event"] == ["AGREE"] and "future" in proposed["context"]
    assert len({r["id"] for r in lines}) == len(lines)


def test_manual_rules() -> None:
    assert canonical_type("CONSULT", "proposed") == "AGREE"
    assert canonical_type("RETREAT", "pledged") == "CONCEDE"
    assert canonical_type("ASSAULT", "pledged") == "ASSAULT"
    assert cameo_code("ACCUSE", "investigate") == "09"
    assert cameo_code("ASSAULT", "heavy-weapons") == "19"
    assert cameo_code("RETREAT", "release") == cameo_code("CONCEDE") == "08"
