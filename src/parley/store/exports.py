"""Exports: the merged events as PLOVER JSONL or GDELT 2.0 event rows, every table as CSV or Parquet.

Everything streams in batches, so an export of a large store runs in flat memory. One merged event is one
record with all its sources (GDELT's NumSources/NumArticles are real counts, not copies of one event).
"""

from __future__ import annotations

import csv
import json
import sys
from collections.abc import Iterator
from contextlib import contextmanager
from datetime import UTC, date, datetime
from pathlib import Path
from typing import IO, TYPE_CHECKING

from parley.errors import StoreError
from parley.store.base import EXPORT_FORMATS, Row
from parley.store.schema import TABLE_ORDER

if TYPE_CHECKING:
    from parley.store.sql import SQLStore

BATCH = 500

# PLOVER type -> (CAMEO root code, quad class), from the manual's translation table (PLOVER_MANUAL.tex).
PLOVER_CAMEO: dict[str, tuple[str, int]] = {
    "AGREE": ("03", 1),
    "CONSULT": ("04", 1),
    "SUPPORT": ("05", 1),
    "CONCEDE": ("08", 1),
    "COOPERATE": ("06", 2),
    "AID": ("07", 2),
    "RETREAT": ("08", 2),
    "REQUEST": ("10", 3),
    "ACCUSE": ("11", 3),
    "REJECT": ("12", 3),
    "THREATEN": ("13", 3),
    "SANCTION": ("16", 3),
    "PROTEST": ("14", 4),
    "MOBILIZE": ("15", 4),
    "COERCE": ("17", 4),
    "ASSAULT": ("18", 4),
}

GDELT_COLUMNS = (
    "GLOBALEVENTID SQLDATE MonthYear Year FractionDate "
    + " ".join(
        f"Actor{i}Code Actor{i}Name Actor{i}CountryCode Actor{i}KnownGroupCode Actor{i}EthnicCode "
        f"Actor{i}Religion1Code Actor{i}Religion2Code Actor{i}Type1Code Actor{i}Type2Code Actor{i}Type3Code"
        for i in (1, 2)
    )
    + " IsRootEvent EventCode EventBaseCode EventRootCode QuadClass GoldsteinScale NumMentions NumSources "
    "NumArticles AvgTone "
    + " ".join(
        f"{g}_Type {g}_FullName {g}_CountryCode {g}_ADM1Code {g}_ADM2Code {g}_Lat {g}_Long {g}_FeatureID"
        for g in ("Actor1Geo", "Actor2Geo", "ActionGeo")
    )
    + " DATEADDED SOURCEURL"
).split()
assert len(GDELT_COLUMNS) == 61


@contextmanager
def _open_text(path: Path) -> Iterator[IO[str]]:
    if str(path) == "-":
        yield sys.stdout
        return
    with path.open("w", encoding="utf-8", newline="") as fh:
        yield fh


def _events(st: SQLStore) -> Iterator[Row]:
    """Merged events with parties (and their entities) and sources, a batch at a time."""
    batch: list[Row] = []

    def flush() -> list[Row]:
        rows = st._event_details(batch)
        ids = [r["id"] for r in rows]
        marks = ", ".join("?" for _ in ids)
        ents: dict[tuple[str, int], list[Row]] = {}
        for table in ("event_actors", "event_recipients"):
            for p in st._rows(
                "SELECT x.event_id, x.name AS entity_text, en.id AS entity_id, en.name, en.country, "
                "en.sector "
                f"FROM {table} x LEFT JOIN entities en ON en.id = x.entity_id WHERE x.event_id IN ({marks}) "
                "ORDER BY x.id",
                ids,
            ):
                ents.setdefault((table, p.pop("event_id")), []).append(p)
        texts: dict[int, list[str]] = {}
        for t in st._rows(
            "SELECT s.event_id, substr(d.body, CAST(s.start_char + 1 AS INTEGER), "
            "CAST(s.end_char - s.start_char AS INTEGER)) "
            "AS text "
            f"FROM event_sources s JOIN documents d ON d.id = s.document_id WHERE s.event_id IN ({marks}) "
            "AND s.start_char IS NOT NULL ORDER BY s.id",
            ids,
        ):
            texts.setdefault(t["event_id"], []).append(t["text"])
        for r in rows:
            r["actor_entities"] = ents.get(("event_actors", r["id"]), [])
            r["recipient_entities"] = ents.get(("event_recipients", r["id"]), [])
            r["texts"] = texts.get(r["id"], [])
        return rows

    for row in st._iter(
        "SELECT id, anchor AS date, type, mode, status, place, n_sources FROM events ORDER BY anchor, id"
    ):
        batch.append(row)
        if len(batch) >= BATCH:
            yield from flush()
            batch = []
    if batch:
        yield from flush()


def _plover_entity(e: Row) -> dict:
    out = {
        "entity_text": e["entity_text"],
        "entity_name": e["name"] or e["entity_text"],
        "code": e["country"],
        "sector": e["sector"],
        "identifier_id": f"parley:{e['entity_id']}" if e["entity_id"] else None,
    }
    return {k: v for k, v in out.items() if v is not None}


def _plover(e: Row, coded: str) -> dict:
    from parley import __version__

    cameo = PLOVER_CAMEO.get(e["type"])
    rec = {
        "id": f"parley-{e['id']}",
        "date": e["date"],
        "actor": [_plover_entity(a) for a in e["actor_entities"]],
        "recipient": [_plover_entity(a) for a in e["recipient_entities"]],
        "event": [e["type"]],
        "mode": [e["mode"]] if e["mode"] else [],
        "context": [e["status"]] if e["status"] else [],
        "event_loc": {"extracted_place": e["place"]} if e["place"] else None,
        "event_text": e["texts"],
        "quad_code": cameo[1] if cameo else None,
        "cite_info": [
            {"url": s["url"], "title": s["title"], "publication": s["site"], "date": s["published"]}
            for s in e["sources"]
        ],
        "coder": f"parley {__version__}",
        "coded_date": coded,
        # parley's extension: the merged reports side by side, disagreements included
        "parley": {
            "status": e["status"],
            "n_sources": e["n_sources"],
            "dates_reported": e["dates"],
            "places_reported": e["places"],
        },
    }
    return {k: v for k, v in rec.items() if v is not None}


def _gdelt(e: Row, added: str) -> list[str]:
    day = date.fromisoformat(e["date"][:10]) if e["date"] else None
    cameo, quad = PLOVER_CAMEO.get(e["type"], ("", 0))
    sites = {s["site"] for s in e["sources"] if s["site"]}
    url = next((s["url"] for s in e["sources"] if s["url"]), "")
    row = dict.fromkeys(GDELT_COLUMNS, "")
    if day:
        frac = day.year + (day.timetuple().tm_yday - 1) / 365
        row.update(
            SQLDATE=day.strftime("%Y%m%d"),
            MonthYear=day.strftime("%Y%m"),
            Year=str(day.year),
            FractionDate=f"{frac:.4f}",
        )
    for i, ents in ((1, e["actor_entities"]), (2, e["recipient_entities"])):
        if ents:
            a = ents[0]  # GDELT has one actor a side; PLOVER JSONL keeps them all
            row.update(
                {
                    f"Actor{i}Code": (a["country"] or "") + (a["sector"] or ""),
                    f"Actor{i}Name": (a["name"] or a["entity_text"]).upper(),
                    f"Actor{i}CountryCode": a["country"] or "",
                    f"Actor{i}Type1Code": a["sector"] or "",
                }
            )
    row.update(
        GLOBALEVENTID=str(e["id"]),
        IsRootEvent="1",
        EventCode=cameo,
        EventBaseCode=cameo,
        EventRootCode=cameo,
        QuadClass=str(quad or ""),
        NumMentions=str(e["n_sources"]),
        NumSources=str(len(sites) or e["n_sources"]),
        NumArticles=str(e["n_sources"]),
        ActionGeo_FullName=e["place"] or "",
        DATEADDED=added,
        SOURCEURL=url,
    )
    return [v.replace("\t", " ").replace("\n", " ") for v in row.values()]


def _table_rows(st: SQLStore, table: str) -> Iterator[Row]:
    cols = [c for c, _ in st._columns(table)]
    return st._iter(f"SELECT {', '.join(cols)} FROM {table} ORDER BY id")


def _parquet_table(st: SQLStore, table: str, out: Path) -> int:
    import pyarrow as pa
    import pyarrow.parquet as pq

    def arrow_type(decl: str) -> pa.DataType:
        d = decl.upper()
        if "INT" in d:
            return pa.int64()
        if "REAL" in d or "DOUBLE" in d or "FLOAT" in d:
            return pa.float64()
        return pa.string()

    schema = pa.schema([(c, arrow_type(t)) for c, t in st._columns(table)])
    n = 0
    with pq.ParquetWriter(out, schema) as writer:
        chunk: list[Row] = []
        for row in _table_rows(st, table):
            chunk.append(row)
            if len(chunk) >= 10_000:
                writer.write_table(pa.Table.from_pylist(chunk, schema=schema))
                n, chunk = n + len(chunk), []
        if chunk or n == 0:
            writer.write_table(pa.Table.from_pylist(chunk, schema=schema))
            n += len(chunk)
    return n


def export(st: SQLStore, format: str, path: Path) -> int:
    if format not in EXPORT_FORMATS:
        raise StoreError(f"unknown export format {format!r}", f"use one of {', '.join(EXPORT_FORMATS)}")
    now = datetime.now(UTC)
    n = 0
    if format in ("plover-jsonl", "gdelt-tsv"):
        if str(path) != "-" and not path.parent.exists():
            raise StoreError(f"{path.parent}: no such folder", "create it or give another path")
        with _open_text(path) as fh:
            writer = csv.writer(
                fh, delimiter="\t", quoting=csv.QUOTE_NONE, escapechar="\\", lineterminator="\n"
            )
            for e in _events(st):
                if format == "plover-jsonl":
                    fh.write(json.dumps(_plover(e, now.date().isoformat()), ensure_ascii=False) + "\n")
                else:
                    writer.writerow(_gdelt(e, now.strftime("%Y%m%d%H%M%S")))
                n += 1
        return n
    # csv and parquet: a folder with one file per table
    if path.exists() and not path.is_dir():
        raise StoreError(f"{path}: is a file", f"{format} exports write a folder (one file per table)")
    path.mkdir(parents=True, exist_ok=True)
    for table in TABLE_ORDER:
        if format == "parquet":
            n += _parquet_table(st, table, path / f"{table}.parquet")
            continue
        with (path / f"{table}.csv").open("w", encoding="utf-8", newline="") as fh:
            w = csv.writer(fh)
            w.writerow([c for c, _ in st._columns(table)])
            for row in _table_rows(st, table):
                w.writerow(row.values())
                n += 1
    return n
