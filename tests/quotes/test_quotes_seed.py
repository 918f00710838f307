"""The seed article: every attribution with the right speaker, and nothing from the appeal (skips when
../shared/seed is absent)."""

from __future__ import annotations

from pathlib import Path

import pytest

import parley
from parley.quotes.score import pieces

# (speaker, kind, cue, a word of the content): the attributions the issue lists. Only single words are
# kept here, so that no sentence of the seed is copied into the repository.
SEED_QUOTES = [
    ("Kremlin", "indirect", "said", "confirm"),
    ("Dmitry Peskov", "direct", "told", "response"),
    ("Dmitry Peskov", "direct", "told", "answer"),
    ("Vladimir Putin", "mixed", "said", "memorandum"),
    ("Sergei Lavrov", "indirect", "said", "proposal"),
    ("Vladimir Putin", "indirect", "claimed", "presidency"),
    ("Vladimir Medinsky", "indirect", "said", "venue"),
    ("Rustem Umerov", "indirect", "replied", "consider"),
    ("Rustem Umerov", "indirect", "said", "memorandum"),
    ("Rustem Umerov", "direct", "wrote", "promise"),
    ("Andrii Sybiha", "mixed", "urging", "reflections"),
    ("Andrii Sybiha", "direct", "said", "meeting"),
    ("Keith Kellogg", "mixed", "said", "Washington"),
    ("Dmitry Peskov", "mixed", "told", "constructive"),
    ("Dmitry Peskov", "direct", "adding", "negotiations"),
    ("Dmitry Peskov", "indirect", "said", "early"),
]


@pytest.fixture(scope="module", params=[None, "blank"], ids=["model", "blank"])
def record(request: pytest.FixtureRequest, seed_path: Path) -> parley.Record:
    return parley.extract_document(parley.read(seed_path), "2025-05-29", model=request.param)


def test_every_attribution_with_its_speaker(record: parley.Record) -> None:
    got = [
        (q.speaker.name if q.speaker else None, q.kind, q.cue.text if q.cue else None, q.text)
        for q in pieces(record.article.body, record.quotes)
    ]
    missing = [
        want for want in SEED_QUOTES if not any(g[:3] == want[:3] and want[3] in g[3] for g in got)
    ]
    assert not missing, f"missing {missing}\ngot {got}"
    assert len(got) == len(SEED_QUOTES), got


def test_speakers_are_entities_and_spans_index_the_body(record: parley.Record) -> None:
    body = record.article.body
    ids = {e.id: e for e in record.entities}
    for q in record.quotes:
        assert " ".join(body[slice(*p)] for p in q.parts) == q.text
        assert all(q.content_span[0] <= p[0] <= p[1] <= q.content_span[1] for p in q.parts)
        assert body[slice(*q.cue.span)] == q.cue.text
        assert q.speaker is not None and q.speaker.entity in ids
        assert ids[q.speaker.entity].name == q.speaker.name
        assert body[slice(*q.speaker.mention.span)] == q.speaker.mention.text


def test_nothing_from_the_appeal(record: parley.Record) -> None:
    for q in record.quotes:
        assert "discredits" not in q.text and "undesirable" not in q.text
