"""Exports on every backend: PLOVER JSONL and GDELT rows per merged event, CSV and Parquet per table."""

from __future__ import annotations

import csv
import json
from pathlib import Path

import pytest
from store_helpers import add_all, case_articles

from parley.errors import StoreError
from parley.store import Store
from parley.store.exports import GDELT_COLUMNS
from parley.store.schema import TABLE_ORDER

THREE_OUTLETS = case_articles("an event reported by three outlets")


def test_plover_jsonl(store: Store, tmp_path: Path) -> None:
    add_all(store, THREE_OUTLETS)
    out = tmp_path / "events.jsonl"
    assert store.export("plover-jsonl", out) == 1
    [rec] = [json.loads(line) for line in out.read_text(encoding="utf-8").splitlines()]
    assert rec["event"] == ["CONSULT"] and rec["date"] == "2025-06-02" and rec["quad_code"] == 1
    assert sorted(a["entity_name"] for a in rec["actor"]) == ["Russia", "Ukraine"]
    assert {a["code"] for a in rec["actor"]} == {"RUS", "UKR"}
    assert [c["publication"] for c in rec["cite_info"]] == ["a.example", "b.example", "c.example"]
    assert rec["parley"]["dates_reported"] == ["2025-06-02", "2025-06-03"]
    assert rec["event_text"] == ["An event of type CONSULT took place."] * 3


def test_gdelt_tsv(store: Store, tmp_path: Path) -> None:
    add_all(store, THREE_OUTLETS)
    out = tmp_path / "events.tsv"
    assert store.export("gdelt-tsv", out) == 1
    [row] = [line.split("\t") for line in out.read_text(encoding="utf-8").splitlines()]
    assert len(row) == len(GDELT_COLUMNS) == 61
    got = dict(zip(GDELT_COLUMNS, row, strict=True))
    assert (got["SQLDATE"], got["EventRootCode"], got["QuadClass"]) == ("20250602", "04", "1")
    assert (got["NumArticles"], got["NumSources"]) == ("3", "3")
    assert got["ActionGeo_FullName"] == "Istanbul"


def test_csv_and_parquet(store: Store, tmp_path: Path) -> None:
    import pyarrow.parquet as pq

    add_all(store, THREE_OUTLETS)
    counts = store.counts()
    n = store.export("csv", tmp_path / "csv")
    assert n == sum(counts.values())
    for table in TABLE_ORDER:
        with (tmp_path / "csv" / f"{table}.csv").open(encoding="utf-8") as fh:
            assert len(list(csv.reader(fh))) == counts[table] + 1
    assert store.export("parquet", tmp_path / "pq") == n
    docs = pq.read_table(tmp_path / "pq" / "documents.parquet")
    assert docs.num_rows == 3 and "tsv" not in docs.column_names
    assert docs.column("published").to_pylist() == ["2025-06-02", "2025-06-03", "2025-06-03"]
    assert pq.read_table(tmp_path / "pq" / "failures.parquet").num_rows == 0


def test_bad_export_requests(store: Store, tmp_path: Path) -> None:
    with pytest.raises(StoreError):
        store.export("xml", tmp_path / "x")
    (tmp_path / "file").write_text("x")
    with pytest.raises(StoreError):
        store.export("csv", tmp_path / "file")
