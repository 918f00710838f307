"""One record across outlets, on every backend: the cases in merge_cases.yaml."""

from __future__ import annotations

import pytest
from store_helpers import MERGE_CASES as CASES
from store_helpers import add_all, case_articles, make_record, meta_for

from parley.store import Store


@pytest.mark.parametrize("case", CASES, ids=[c["name"] for c in CASES])
def test_merge_case(store: Store, case: dict) -> None:
    ids = add_all(store, case["articles"])
    assert all(ids), "every article is a new document"
    expect = case["expect"]
    counts = store.counts()
    for table, n in expect.get("counts", {}).items():
        assert counts[table] == n, f"{table}: {counts[table]} rows, expected {n}"
    for want in expect.get("entities", []):
        found = [e for e in store.entities(name=want["name"]) if e["name"] == want["name"]]
        found = [e for e in found if all(e[k] == v for k, v in want.items())]
        assert len(found) == 1, f"no single entity matching {want}: {store.entities()}"
    if "quote_sources" in expect:
        assert [q["n_sources"] for q in store.quotes()] == expect["quote_sources"]
        assert [len(q["sources"]) for q in store.quotes()] == expect["quote_sources"]
    if "event_dates" in expect:
        assert [e["dates"] for e in store.events()] == expect["event_dates"]


def test_sources_keep_each_outlet(store: Store) -> None:
    add_all(store, case_articles("an event reported by three outlets"))
    [event] = store.events(type="CONSULT", actor="Russia")
    assert event["n_sources"] == 3
    assert [s["site"] for s in event["sources"]] == ["a.example", "b.example", "c.example"]
    assert [s["reported_date"] for s in event["sources"]] == ["2025-06-02", "2025-06-03", "2025-06-02"]
    assert sorted(event["actors"]) == ["Russia", "Ukraine"]
    assert event["places"] == ["Istanbul"]


def test_same_article_twice_is_one_document(store: Store) -> None:
    spec = CASES[0]["articles"][0]
    rec = make_record(spec)
    first = store.add_document(rec, meta_for(rec, "a.txt"))
    again = store.add_document(rec, meta_for(rec, "copy-of-a.txt"))
    assert first is not None and again is None
    assert store.counts()["documents"] == 1
    assert store.entities()[0]["n_documents"] == 1
