"""A readable summary of a Record for the terminal (rich)."""

from __future__ import annotations

from rich.console import Console
from rich.table import Table

from parley.records import Record


def render_record(record: Record, console: Console | None = None) -> None:
    console = console or Console()
    a = record.article
    console.rule(f"[bold]{a.title or '(no title)'}")
    src = f" ({a.published_source})" if a.published_source else ""
    console.print(f"[bold]Published:[/] {a.published or 'unknown'}{src}   [bold]Site:[/] {a.site or '-'}")
    if a.byline or a.dateline:
        console.print(f"[bold]Byline:[/] {a.byline or '-'}   [bold]Dateline:[/] {a.dateline or '-'}")
    words = len(a.body.split())
    console.print(f"[bold]Body:[/] {words} words — {a.body[:200].strip()}{'…' if len(a.body) > 200 else ''}")
    if a.removed:
        table = Table(title=f"Removed ({len(a.removed)})", show_lines=False)
        table.add_column("reason")
        table.add_column("text")
        for r in a.removed:
            table.add_row(r.reason, r.text if len(r.text) < 90 else r.text[:87] + "…")
        console.print(table)
    if record.entities:
        table = Table(title=f"Entities ({len(record.entities)})")
        for col in ("id", "type", "name", "roles", "country", "mentions"):
            table.add_column(col)
        for e in record.entities:
            table.add_row(e.id, e.type, e.name, "; ".join(e.roles), e.country or "", str(len(e.mentions)))
        console.print(table)
    if record.quotes:
        names = {e.id: e.name for e in record.entities}
        table = Table(title=f"Quotes ({len(record.quotes)})")
        for col in ("speaker", "cue", "kind", "text"):
            table.add_column(col)
        for q in record.quotes:
            speaker = "?" if q.speaker is None else names.get(q.speaker.entity or "", q.speaker.name)
            table.add_row(speaker, q.cue.text if q.cue else "", q.kind, _short(q.text, 100))
        console.print(table)
    if record.dates:
        table = Table(title=f"Dates ({len(record.dates)})")
        for col in ("text", "value", "type", "mod"):
            table.add_column(col)
        for d in record.dates:
            table.add_row(d.text, d.value or "?", d.type, d.mod or "")
        console.print(table)
    if record.events:
        table = Table(title=f"Events ({len(record.events)})")
        for col in ("type", "mode", "status", "actors", "recipients", "date", "place"):
            table.add_column(col)
        for ev in record.events:
            table.add_row(
                ev.type,
                ev.mode or "",
                ev.status,
                ", ".join(_name(p) for p in ev.actors),
                ", ".join(_name(p) for p in ev.recipients),
                ev.date or "",
                ev.place or "",
            )
        console.print(table)
    for problem in record.errors:
        console.print(f"[yellow]stage failed:[/] {problem}")


def _short(text: str, n: int) -> str:
    return text if len(text) < n else text[: n - 3] + "…"


def _name(participant: object) -> str:
    return getattr(participant, "name", None) or str(participant)
