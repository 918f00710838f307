"""The seed article: every attribution with the right speaker, and nothing from the appeal (skips when
../shared/seed is absent)."""

from __future__ import annotations

from pathlib import Path

import pytest

import parley

# (speaker, kind, cue, start of the content): the attributions the issue lists
SEED_QUOTES = [
    ("Kremlin", "indirect", "said", "it was waiting for Ukraine to confirm"),
    ("Dmitry Peskov", "direct", "told", "So far, as I know"),
    ("Dmitry Peskov", "direct", "told", "We need to wait for an answer"),
    ("Vladimir Putin", "mixed", "said", "Moscow was prepared to work with Kyiv on a “memorandum”"),
    ("Sergei Lavrov", "indirect", "said", "Moscow was ready to present its proposal"),
    ("Vladimir Putin", "indirect", "claimed", "Zelensky’s presidency is no longer valid"),
    ("Vladimir Medinsky", "indirect", "said", "he proposed the date and venue"),
    ("Rustem Umerov", "indirect", "replied", "Kyiv would consider it"),
    ("Rustem Umerov", "indirect", "said", "he gave Russia a memorandum"),
    ("Rustem Umerov", "direct", "wrote", "We call on them to fulfill that promise"),
    ("Andrii Sybiha", "mixed", "urging", "Moscow to submit its memorandum “after 10 days"),
    ("Andrii Sybiha", "direct", "said", "Only a well-prepared meeting"),
    ("Keith Kellogg", "mixed", "said", "Washington had received Ukraine’s memorandum"),
    ("Dmitry Peskov", "mixed", "told", "it was “not constructive”"),
    ("Dmitry Peskov", "direct", "adding", "You should either confirm"),
    ("Dmitry Peskov", "indirect", "said", "it was too early to discuss"),
]


@pytest.fixture(scope="module", params=[None, "blank"], ids=["model", "blank"])
def record(request: pytest.FixtureRequest, seed_path: Path) -> parley.Record:
    return parley.extract_document(parley.read(seed_path), "2025-05-29", model=request.param)


def test_every_attribution_with_its_speaker(record: parley.Record) -> None:
    got = [
        (q.speaker.name if q.speaker else None, q.kind, q.cue.text if q.cue else None, q.text)
        for q in record.quotes
    ]
    missing = [
        want for want in SEED_QUOTES if not any(g[:3] == want[:3] and g[3].startswith(want[3]) for g in got)
    ]
    assert not missing, f"missing {missing}\ngot {got}"
    assert len(got) == len(SEED_QUOTES), got


def test_speakers_are_entities_and_spans_index_the_body(record: parley.Record) -> None:
    body = record.article.body
    ids = {e.id: e for e in record.entities}
    for q in record.quotes:
        assert body[slice(*q.content_span)] == q.text
        assert body[slice(*q.cue.span)] == q.cue.text
        assert q.speaker is not None and q.speaker.entity in ids
        assert ids[q.speaker.entity].name == q.speaker.name
        assert body[slice(*q.speaker.mention.span)] == q.speaker.mention.text


def test_nothing_from_the_appeal(record: parley.Record) -> None:
    for q in record.quotes:
        assert "discredits" not in q.text and "undesirable" not in q.text
