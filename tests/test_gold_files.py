"""The gold articles are data the scores stand on: each gold file must agree with its article and with the
format in tests/data/articles/GOLD_FORMAT.md. These checks are structural (every span the gold names is in the
body, every speaker and actor is an entity of the file, every label is one the format allows); they say
nothing about parley's output, so running them on the blind sets tells a rule writer nothing about them."""

from __future__ import annotations

import json
import re
from pathlib import Path

import pytest

from parley.events.patterns import PLOVER_MODES

ARTICLES = Path(__file__).resolve().parent / "data" / "articles"
GOLD = sorted(ARTICLES.glob("*/*.gold.json"))
STATUSES = {"occurred", "proposed", "pledged", "requested", "denied", "hypothetical"}
ENTITY_TYPES = {"PERSON", "ORG", "COUNTRY", "PLACE", "GROUP"}
QUOTE_KINDS = {"direct", "indirect", "mixed"}
# TIMEX3 values as GOLD_FORMAT.md lists them: dates, weeks, months, years, decades, durations, sets, times.
TIMEX = re.compile(
    r"(?:\d{4}|\d{3}X|\d{2}XX|XXXX)(?:-(?:\d{2}|W\d{2}|WXX|Q\d|SU|SP|FA|WI|H\d|XX))?(?:-(?:\d{2}|\d|WE|XX))?"
    r"(?:T[\dA-Z:]+)?|P(?:[\dX.]+(?:DE|CE|Y|M|WE|W|D))*(?:T(?:[\dX.]+[HMS])+)?|PRESENT_REF|PAST_REF|FUTURE_REF"
)


def _problems(path: Path) -> list[str]:
    gold = json.loads(path.read_text(encoding="utf-8"))
    body: str = gold["body"]
    out: list[str] = []
    source = path.parent / gold["source"]
    if not source.exists():
        out.append(f"source {gold['source']} is missing")
    if not body.strip():
        out.append("empty body")
    names = {e["name"] for e in gold.get("entities", [])}
    for e in gold.get("entities", []):
        if e["type"] not in ENTITY_TYPES:
            out.append(f"entity {e['name']}: type {e['type']}")
        missing = [m for m in e.get("mentions", []) if m not in body]
        out += [f"entity {e['name']}: mention {m!r} not in body" for m in missing]
    for q in gold.get("quotes", []):
        if q["text"] not in body:
            out.append(f"quote text not in body: {q['text'][:40]!r}")
        if q["kind"] not in QUOTE_KINDS:
            out.append(f"quote kind {q['kind']}")
        speaker = q.get("speaker") or ""
        if speaker and not speaker.startswith("anonymous") and speaker not in names:
            out.append(f"speaker {speaker!r} is not an entity")
    for snippet in gold.get("removed", []):
        if snippet in body:
            out.append(f"removed snippet in body: {snippet[:40]!r}")
    for d in gold.get("dates", []):
        if d["text"] not in body:
            out.append(f"date text not in body: {d['text']!r}")
        if d.get("value") and not TIMEX.fullmatch(d["value"]):
            out.append(f"date value {d['value']!r} is not TIMEX-like")
    for ev in gold.get("events", []):
        if ev["type"] not in PLOVER_MODES:
            out.append(f"event type {ev['type']}")
        elif ev.get("mode") and PLOVER_MODES[ev["type"]] and ev["mode"] not in PLOVER_MODES[ev["type"]]:
            out.append(f"event mode {ev['mode']} of {ev['type']}")
        if ev["status"] not in STATUSES:
            out.append(f"event status {ev['status']}")
        if ev["evidence"] not in body:
            out.append(f"event evidence not in body: {ev['evidence'][:40]!r}")
        strangers = [a for a in ev["actors"] + ev["recipients"] if a not in names]
        out += [f"event party {a!r} is not an entity" for a in strangers]
    return out


@pytest.mark.parametrize("path", GOLD, ids=[f"{p.parent.name}/{p.name}" for p in GOLD])
def test_gold_file_is_consistent(path: Path) -> None:
    problems = _problems(path)
    if path.parent.name.startswith("heldout"):
        # A blind set's text must not reach the rule writers through a test report: counts only.
        assert not problems, f"{len(problems)} problems; its annotator must run this check"
    assert problems == []


def test_every_article_has_gold() -> None:
    articles = [p for p in ARTICLES.glob("*/*") if p.suffix in {".txt", ".html"}]
    assert articles
    assert [p for p in articles if not p.with_suffix(".gold.json").exists()] == []
