from __future__ import annotations

import pytest

import parley
from parley.nlp import run_pipeline
from parley.quotes.score import pieces
from parley.records import Quote


def run_quotes(text: str, model: str | None = None) -> list[Quote]:
    """The quote stage's output on ``text`` (the whole pipeline, no cleaning or language check)."""
    return run_pipeline(parley.load_pipeline(model), text, "2025-05-29")._.parley_quotes


def run_pieces(text: str, model: str | None = None) -> list[Quote]:
    """The quotes one per part (an interrupted quotation gives one per piece), as gold writes them."""
    return pieces(text, run_quotes(text, model))


def part_texts(text: str, q: Quote) -> list[str]:
    return [text[s:e] for s, e in q.parts]


def table(quotes: list[Quote]) -> list[tuple[str, str, str | None, str | None]]:
    """(kind, text, cue, speaker name) per quote: what the tests compare."""
    return [
        (q.kind, q.text, q.cue.text if q.cue else None, q.speaker.name if q.speaker else None) for q in quotes
    ]


@pytest.fixture(params=[None, "blank"], ids=["model", "blank"])
def model(request: pytest.FixtureRequest) -> str | None:
    return request.param
