"""The quote's evidence span is the content as written (marks, 'that', an interrupted quotation whole);
its parts are the words themselves."""

from __future__ import annotations

import json
import sqlite3
from pathlib import Path

import pytest

import parley
from conftest import part_texts, run_quotes
from parley.store import DocumentMeta, open_store

# text, the evidence as written, the parts' words, kind (one quote expected)
CASES = [
    (
        "“The harbour will reopen by June,” said Ines Varga, the port director.",
        "“The harbour will reopen by June,”",
        ["The harbour will reopen by June,"],
        "direct",
    ),
    (
        'Port director Ines Varga said: "Every berth has been checked twice."',
        '"Every berth has been checked twice."',
        ["Every berth has been checked twice."],
        "direct",
    ),
    (
        "Port director Ines Varga said that the harbour would reopen by June.",
        "that the harbour would reopen by June",
        ["the harbour would reopen by June"],
        "indirect",
    ),
    (
        "Port director Ines Varga said on Tuesday that every berth had been checked twice.",
        "that every berth had been checked twice",
        ["every berth had been checked twice"],
        "indirect",
    ),
    (
        "Port director Ines Varga said the harbour would reopen by June.",
        "the harbour would reopen by June",
        ["the harbour would reopen by June"],
        "indirect",
    ),
    (
        "“The harbour is safe,” Ines Varga said. “Ships can come back next week.”",
        "“The harbour is safe,” Ines Varga said. “Ships can come back next week.”",
        ["The harbour is safe,", "Ships can come back next week."],
        "direct",
    ),
    (
        "“Every berth,” Ines Varga said, “has been checked twice.”",
        "“Every berth,” Ines Varga said, “has been checked twice.”",
        ["Every berth,", "has been checked twice."],
        "direct",
    ),
    (
        "“The harbour is safe,” Ines Varga said.\n\n“Ships can come back next week.”",
        "“The harbour is safe,” Ines Varga said.\n\n“Ships can come back next week.”",
        ["The harbour is safe,", "Ships can come back next week."],
        "direct",
    ),
    (
        "The harbour may reopen in June, Ines Varga said. “Every berth has been checked twice.”",
        "The harbour may reopen in June, Ines Varga said. “Every berth has been checked twice.”",
        ["The harbour may reopen in June", "Every berth has been checked twice."],
        "indirect",
    ),
    (
        "The inspection found the berths “mostly sound,” Ines Varga added. “We need two more weeks.”",
        "The inspection found the berths “mostly sound,” Ines Varga added. “We need two more weeks.”",
        ["The inspection found the berths “mostly sound,”", "We need two more weeks."],
        "mixed",
    ),
    (
        "The inspection found the berths mostly sound, Ines Varga said.",
        "The inspection found the berths mostly sound",
        ["The inspection found the berths mostly sound"],
        "indirect",
    ),
    (
        "Port director Ines Varga said the harbour was “safe for every ship” again.",
        "the harbour was “safe for every ship” again",
        ["the harbour was “safe for every ship” again"],
        "mixed",
    ),
    (  # what a thing was called: as written, the thing and its name; the words said, the name
        "Port director Ines Varga called the new toll plan a “reckless gamble” on Tuesday.",
        "the new toll plan a “reckless gamble”",
        ["reckless gamble"],
        "direct",
    ),
]


@pytest.mark.parametrize("text,evidence,parts,kind", CASES)
def test_evidence_as_written_and_parts_as_words(
    model, text: str, evidence: str, parts: list[str], kind: str
) -> None:
    quotes = run_quotes(text, model)
    assert len(quotes) == 1, [q.text for q in quotes]
    q = quotes[0]
    assert (q.kind, text[slice(*q.content_span)], part_texts(text, q)) == (kind, evidence, parts)
    assert q.text == " ".join(parts)


# two quotations of one speaker that stay two quotes: each has its own cue, or another sentence stands
# between them
APART = [
    "“The harbour is safe,” Ines Varga said. “Ships can come back,” she added.",
    "“The harbour is safe,” Ines Varga said. The cranes stood idle all day. “Ships can come back next week.”",
]


@pytest.mark.parametrize("text", APART)
def test_separate_quotations_stay_apart(model, text: str) -> None:
    quotes = run_quotes(text, model)
    assert [len(q.parts) for q in quotes] == [1, 1]


def test_json_has_parts() -> None:
    text = "“The harbour is safe,” Ines Varga said on Monday. “Ships can come back next week.”"
    data = json.loads(parley.extract(text, clean=False).to_json())
    (quote,) = data["quotes"]
    body = data["article"]["body"]
    assert [body[s:e] for s, e in quote["parts"]] == [
        "The harbour is safe,",
        "Ships can come back next week.",
    ]
    assert body[slice(*quote["content_span"])] == text


def test_a_record_without_parts_reads_its_content_as_one_part() -> None:
    q = parley.Quote(text="ready", kind="indirect", content_span=(4, 9))
    assert q.parts == [(4, 9)]


def test_store_keeps_the_evidence_span_and_the_parts(tmp_path: Path) -> None:
    text = "“The harbour is safe,” Ines Varga said on Monday. “Ships can come back next week.”"
    record = parley.extract(text, clean=False, published="2025-05-29")
    db = tmp_path / "q.db"
    store = open_store(db)
    store.add_document(record, DocumentMeta(hash="h1", source="invented"))
    store.close()
    con = sqlite3.connect(db)
    start, end, data = con.execute("SELECT start_char, end_char, data FROM quote_sources").fetchone()
    con.close()
    assert (start, end) == tuple(record.quotes[0].content_span)
    assert json.loads(data)["parts"] == [list(p) for p in record.quotes[0].parts]
