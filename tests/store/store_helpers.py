"""Synthetic records for store tests: a compact spec (see merge_cases.yaml) -> a parley Record whose
spans point at real text in a generated body."""

from __future__ import annotations

import hashlib
import importlib.util
import json
from pathlib import Path

import yaml

from parley.records import Record
from parley.store import DocumentMeta


def make_record(spec: dict) -> Record:
    parts: list[str] = []
    pos = 0

    def add(text: str) -> tuple[int, int]:
        nonlocal pos
        start = pos
        parts.append(text)
        pos += len(text) + 1  # the joining space
        return start, start + len(text)

    names = {e["id"]: e["name"] for e in spec.get("entities", [])}
    entities = []
    for e in spec.get("entities", []):
        span = add(e["name"])
        add("was named in this report.")
        entities.append(
            {
                "id": e["id"],
                "name": e["name"],
                "type": e["type"],
                "roles": e.get("roles", []),
                "country": e.get("country"),
                "mentions": [span],
            }
        )
    quotes = []
    for q in spec.get("quotes", []):
        add("\u201c")
        content = add(q["text"])
        add("\u201d")
        who = names.get(q.get("speaker"), q.get("name", "an official"))
        speaker_span = add(who)
        cue = add("said.")
        quotes.append(
            {
                "text": q["text"],
                "kind": q.get("kind", "direct"),
                "content_span": content,
                "cue": {"text": "said", "span": (cue[0], cue[0] + 4)},
                "speaker": {
                    "entity": q.get("speaker"),
                    "name": who,
                    "mention": {"text": who, "span": speaker_span},
                },
            }
        )

    def party(ref: str | dict) -> str | dict:
        return {"entity": ref, "name": names[ref]} if isinstance(ref, str) and ref in names else ref

    events = []
    for ev in spec.get("events", []):
        span = add(f"An event of type {ev['type']} took place.")
        events.append(
            {
                "type": ev["type"],
                "status": ev.get("status", "occurred"),
                "mode": ev.get("mode"),
                "actors": [party(a) for a in ev.get("actors", [])],
                "recipients": [party(a) for a in ev.get("recipients", [])],
                "date": ev.get("date"),
                "place": ev.get("place"),
                "span": span,
            }
        )
    body = " ".join(parts) + (" " + spec["extra"] if spec.get("extra") else "")
    published = str(spec["published"]) if spec.get("published") else None
    return Record.model_validate(
        {
            "article": {
                "title": spec.get("title"),
                "published": published,
                "site": spec.get("site"),
                "url": spec.get("url"),
                "body": body,
            },
            "entities": entities,
            "quotes": quotes,
            "events": events,
            "dates": spec.get("dates", []),
            "places": spec.get("places", []),
            "negotiation": spec.get("negotiation", {}),
        }
    )


def meta_for(record: Record, source: str, **kw: str) -> DocumentMeta:
    digest = hashlib.sha256(json.dumps(record.model_dump(mode="json"), sort_keys=True).encode()).hexdigest()
    return DocumentMeta(hash=digest, source=source, **kw)


def add_all(store, specs: list[dict]) -> list[int | None]:  # noqa: ANN001
    return [store.add_document(r, meta_for(r, f"case-{i}")) for i, r in enumerate(map(make_record, specs))]


MERGE_CASES: list[dict] = yaml.safe_load(
    (Path(__file__).parent / "merge_cases.yaml").read_text(encoding="utf-8")
)


def case_articles(prefix: str) -> list[dict]:
    return next(c for c in MERGE_CASES if c["name"].startswith(prefix))["articles"]


REPO = Path(__file__).resolve().parents[2]
_spec = importlib.util.spec_from_file_location("synth_corpus", REPO / "scripts" / "synth_corpus.py")
assert _spec and _spec.loader
synth = importlib.util.module_from_spec(_spec)  # scripts/synth_corpus.py: the synthetic corpus generator
_spec.loader.exec_module(synth)
