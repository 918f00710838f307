"""On the terminal: query results as a table, JSON (everything, nested) or CSV (one flat row each), and
the progress line of an ingest."""

from __future__ import annotations

import csv
import json
import sys
import time
from typing import Any

from parley.store.base import Row

QUOTE_COLUMNS = ["date", "speaker", "text", "kind", "n_sources", "sources"]
EVENT_COLUMNS = [
    "date",
    "type",
    "mode",
    "status",
    "actors",
    "recipients",
    "place",
    "dates",
    "n_sources",
    "sources",
]
ENTITY_COLUMNS = ["name", "type", "country", "roles", "aliases", "n_documents", "first_seen", "last_seen"]
TIMELINE_COLUMNS = ["date", "kind", "status", "what", "n_sources"]
DOCUMENT_COLUMNS = ["published", "site", "title", "url", "source"]
FAILURE_COLUMNS = ["source", "reason", "attempts", "failed_at"]


def _item(v: Any) -> str:
    if isinstance(v, dict):
        if "role" in v:  # an entity's role with the dates it was seen
            seen = v.get("first_seen") or "?"
            if v.get("last_seen") and v["last_seen"] != seen:
                seen += f"..{v['last_seen']}"
            return f"{v['role']} ({seen})"
        if "document_id" in v:  # a source: the outlet, else the address, else the document
            return str(v.get("site") or v.get("url") or f"document {v['document_id']}")
        return json.dumps(v, ensure_ascii=False)
    return str(v)


def cell(value: Any) -> str:
    """One value as flat text: lists joined with "; ", missing values empty."""
    if value is None:
        return ""
    if isinstance(value, list):
        return "; ".join(_item(v) for v in value)
    return _item(value)


def render(rows: list[Row], fmt: str, columns: list[str]) -> None:
    if fmt == "json":
        sys.stdout.write(json.dumps(rows, ensure_ascii=False, indent=2) + "\n")
        return
    if fmt == "csv":
        w = csv.writer(sys.stdout, lineterminator="\n")
        w.writerow(columns)
        for r in rows:
            w.writerow([cell(r.get(c)) for c in columns])
        return
    from rich.console import Console
    from rich.table import Table

    table = Table(show_lines=False, header_style="bold")
    for c in columns:
        table.add_column(c, overflow="fold", max_width=60 if c in ("text", "what", "title") else 40)
    for r in rows:
        table.add_row(*(cell(r.get(c)) for c in columns))
    console = Console()
    console.print(table)
    console.print(f"{len(rows)} row{'s' if len(rows) != 1 else ''}", style="dim")


class IngestProgress:
    """A rich progress line on stderr: documents stored, skipped and failed, and documents/s."""

    def __init__(self, enabled: bool, report: Any, start: float) -> None:
        self.enabled, self.report, self.start, self.last = enabled, report, start, 0.0

    def __enter__(self) -> IngestProgress:
        if self.enabled:
            from rich.console import Console
            from rich.progress import BarColumn, Progress, SpinnerColumn, TextColumn, TimeElapsedColumn

            self.bar = Progress(
                SpinnerColumn(),
                TextColumn("ingest"),
                BarColumn(),
                TextColumn(
                    "{task.fields[stored]:,} stored · {task.fields[skipped]:,} already stored · "
                    "[red]{task.fields[failed]:,} failed[/] · {task.fields[rate]:.1f} documents/s"
                ),
                TimeElapsedColumn(),
                console=Console(stderr=True),
            )
            self.bar.start()
            self.task = self.bar.add_task("ingest", total=None, stored=0, skipped=0, failed=0, rate=0.0)
        return self

    def update(self, force: bool = False) -> None:
        now = time.monotonic()
        if not self.enabled or (not force and now - self.last < 0.2):
            return
        self.last = now
        r = self.report
        rate = r.seen / (now - self.start) if now > self.start else 0.0
        self.bar.update(self.task, stored=r.stored, skipped=r.skipped, failed=r.failed, rate=rate)

    def __exit__(self, *exc: object) -> None:
        if self.enabled:
            self.update(force=True)
            self.bar.stop()
