"""The Store interface on every backend: one transaction per document, failures, migrations, queries."""

from __future__ import annotations

import pytest
from store_helpers import add_all, make_record, meta_for

from parley.errors import StoreError
from parley.store import Store
from parley.store.schema import MIGRATIONS

PESKOV = {
    "id": "E1",
    "name": "Dmitry Peskov",
    "type": "PERSON",
    "country": "RUS",
    "roles": ["Kremlin spokesman"],
}
LAVROV = {
    "id": "E2",
    "name": "Sergei Lavrov",
    "type": "PERSON",
    "country": "RUS",
    "roles": ["Foreign Minister"],
}
RUSSIA = {"id": "E3", "name": "Russia", "type": "COUNTRY", "country": "RUS"}
UKRAINE = {"id": "E4", "name": "Ukraine", "type": "COUNTRY", "country": "UKR"}

CORPUS = [
    {
        "site": "a.example",
        "published": "2025-04-20",
        "entities": [PESKOV, RUSSIA, UKRAINE],
        "quotes": [{"speaker": "E1", "text": "There is no date for the talks yet."}],
        "events": [{"type": "CONSULT", "actors": ["E3", "E4"], "date": "2025-04-20", "place": "Istanbul"}],
    },
    {
        "site": "b.example",
        "published": "2025-05-16",
        "entities": [PESKOV, LAVROV, RUSSIA, UKRAINE],
        "quotes": [
            {"speaker": "E1", "text": "Moscow will hand over its memorandum after the exchange."},
            {"speaker": "E2", "text": "The memorandum sets out our conditions for a settlement."},
        ],
        "events": [
            {"type": "CONSULT", "actors": ["E3", "E4"], "date": "2025-05-16", "place": "Istanbul"},
            {"type": "REQUEST", "actors": ["E4"], "recipients": ["E3"], "date": "2025-05-17"},
        ],
        "dates": [{"text": "Friday", "span": [0, 6], "value": "2025-05-16", "type": "DATE"}],
        "places": [
            {
                "text": "Istanbul",
                "span": [0, 8],
                "name": "Istanbul",
                "country": "TUR",
                "lat": 41.0,
                "lon": 29.0,
            }
        ],
        "negotiation": {"rounds": [{"id": "R1", "status": "held", "date": "2025-05-16"}]},
    },
    {
        "site": "c.example",
        "published": "2025-06-01",
        "entities": [PESKOV],
        "quotes": [
            {"speaker": "E1", "text": "We are waiting for Kyiv to confirm the second round."},
            {"name": "a senior European diplomat", "text": "The talks could begin as early as next week."},
        ],
    },
]


def test_document_once_and_has_document(store: Store) -> None:
    rec = make_record(CORPUS[0])
    meta = meta_for(rec, "a.txt")
    assert not store.has_document(meta.hash)
    assert store.add_document(rec, meta) is not None
    assert store.has_document(meta.hash)
    assert store.add_document(rec, meta) is None
    assert store.counts()["quote_sources"] == 1


def test_a_failed_document_leaves_no_rows(store: Store, monkeypatch: pytest.MonkeyPatch) -> None:
    from parley.store import merging

    add_all(store, CORPUS[:1])
    before = store.counts()

    def boom(self, events: list) -> None:  # noqa: ANN001
        raise RuntimeError("crash half way through a document")

    monkeypatch.setattr(merging.MergeWriter, "events", boom)
    rec = make_record(CORPUS[1])
    with pytest.raises(RuntimeError):
        store.add_document(rec, meta_for(rec, "b.txt"))
    assert store.counts() == before
    monkeypatch.undo()
    assert store.add_document(rec, meta_for(rec, "b.txt")) is not None


def test_failures_are_kept_once_per_source(store: Store) -> None:
    store.add_failure("x.txt", "x.txt: file is empty")
    store.add_failure("x.txt", "x.txt: file is empty")
    store.add_failure("y.jsonl:3", "line 3 is not JSON")
    rows = store.failures()
    assert [(r["source"], r["attempts"]) for r in rows] == [("x.txt", 2), ("y.jsonl:3", 1)]
    rec = make_record(CORPUS[0])
    store.add_document(rec, meta_for(rec, "x.txt"))  # stored at last: no longer a failure
    assert [r["source"] for r in store.failures()] == ["y.jsonl:3"]


def test_migrations_are_recorded_and_not_repeated(store: Store) -> None:
    latest = max(m.version for m in MIGRATIONS)
    assert store.schema_version() == latest
    store._migrate()  # opening again applies nothing
    assert [r["version"] for r in store._rows("SELECT version FROM schema_version ORDER BY version")] == list(
        range(1, latest + 1)
    )


def test_queries(store: Store) -> None:
    add_all(store, CORPUS)
    peskov = store.quotes(speaker="Peskov")
    assert [q["date"] for q in peskov] == ["2025-06-01", "2025-05-16", "2025-04-20"]
    assert all(q["speaker"] == "Dmitry Peskov" for q in peskov)
    memo = store.quotes(speaker="Peskov", since="2025-05-01", contains="memorandum")
    assert [q["text"] for q in memo] == ["Moscow will hand over its memorandum after the exchange."]
    assert memo[0]["sources"][0]["site"] == "b.example"
    assert sorted(q["speaker"] for q in store.quotes(contains="memorandum")) == [
        "Dmitry Peskov",
        "Sergei Lavrov",
    ]
    assert len(store.quotes(speaker="Dmitry Peskov", until="2025-05")) == 2
    assert len(store.quotes(speaker="a senior European diplomat")) == 1
    assert store.quotes(speaker="Nobody") == []
    consult = store.events(type="consult", actor="Russia")
    assert [(e["date"], e["place"], e["n_sources"]) for e in consult] == [
        ("2025-04-20", "Istanbul", 1),
        ("2025-05-16", "Istanbul", 1),
    ]
    [request] = store.events(type="REQUEST")
    assert request["actors"] == ["Ukraine"] and request["recipients"] == ["Russia"]
    assert store.events(actor="Ukraine", since="2025-05-17") == [request]
    ministers = store.entities(role="foreign minister")
    assert [e["name"] for e in ministers] == ["Sergei Lavrov"]
    assert ministers[0]["roles"][0]["first_seen"] == "2025-05-16"
    peskov_entity = store.entities(name="Peskov")[0]
    assert peskov_entity["n_documents"] == 3
    assert (peskov_entity["first_seen"], peskov_entity["last_seen"]) == ("2025-04-20", "2025-06-01")
    kinds = [(r["date"], r["kind"]) for r in store.timeline()]
    assert kinds == sorted(kinds) and len(kinds) == 3 + 5
    assert [d["site"] for d in store.documents(contains="memorandum")] == ["b.example"]
    counts = store.counts()
    assert (counts["dates"], counts["places"], counts["negotiations"]) == (1, 1, 1)


def test_bad_until_is_a_user_error(store: Store) -> None:
    with pytest.raises(StoreError):
        store.quotes(until="June")


def test_bulk_rows(store: Store) -> None:
    n = store.insert_rows(
        "entities", ({"name": f"P{i}", "type": "PERSON", "n_documents": 0} for i in range(2500))
    )
    assert n == 2500 and store.counts()["entities"] == 2500
    with pytest.raises(StoreError):
        store.insert_rows("nope", [{"a": 1}])


def test_a_full_name_finds_one_person_a_surname_all(store: Store) -> None:
    add_all(store, CORPUS[:1])
    ivan = {"id": "E1", "name": "Ivan Peskov", "type": "PERSON", "country": "RUS"}
    add_all(
        store, [{"published": "2025-04-21", "entities": [ivan], "quotes": [{"speaker": "E1", "text": "No."}]}]
    )
    assert {q["speaker"] for q in store.quotes(speaker="Peskov")} == {"Dmitry Peskov", "Ivan Peskov"}
    assert {q["speaker"] for q in store.quotes(speaker="Dmitry Peskov")} == {"Dmitry Peskov"}
    assert [e["name"] for e in store.entities(name="Ivan Peskov")] == ["Ivan Peskov"]
