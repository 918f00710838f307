"""Shared fixtures for the date stage: parley's trained pipeline without the later stages."""

from __future__ import annotations

import pytest
import spacy

from parley.nlp import model_path
from parley.temporal import find_dates


@pytest.fixture(scope="session")
def base_nlp():
    path = model_path()
    return spacy.load(path) if (path / "config.cfg").exists() else spacy.blank("en")


@pytest.fixture(scope="session")
def dates(base_nlp):
    """dates(text, published) -> [(text, value, type, mod), ...]"""

    def run(text: str, published: str | None = "2025-05-29") -> list[tuple[str, str | None, str, str | None]]:
        return [(d.text, d.value, d.type, d.mod) for d in find_dates(base_nlp(text), published)]

    return run


@pytest.fixture(scope="session")
def values(dates):
    """values(text, published) -> {text: value}"""

    def run(text: str, published: str | None = "2025-05-29") -> dict[str, str | None]:
        return {t: v for t, v, _, _ in dates(text, published)}

    return run
