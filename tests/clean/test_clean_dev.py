"""Regression on the development articles (tests/data/articles/dev*): body, title and date as in gold.

The held-out set is never read here.
"""

from __future__ import annotations

import json
from pathlib import Path

import pytest

from parley.clean import clean

ARTICLES = Path(__file__).resolve().parents[1] / "data" / "articles"
# Development folders only (dev, dev2, ...); the held-out folder is never globbed.
GOLD = sorted(p for d in sorted(ARTICLES.glob("dev*")) if d.is_dir() for p in d.glob("*.gold.json"))
# dev4 was written blind to the cleaner and committed before it was first run on it: until the first score
# names the articles the cleaner gets wrong, the whole set may fail.
PENDING_SETS = frozenset({"dev4"})


def _norm(text: str | None) -> str | None:
    return None if text is None else " ".join(text.split())


@pytest.mark.skipif(not GOLD, reason="no development articles")
@pytest.mark.parametrize(
    "gold_path", GOLD, ids=[f"{p.parent.name}/{p.name.removesuffix('.gold.json')}" for p in GOLD]
)
def test_dev_article(gold_path: Path, request: pytest.FixtureRequest) -> None:
    if gold_path.parent.name in PENDING_SETS:
        request.applymarker(pytest.mark.xfail(strict=False, reason="new development set, not yet scored"))
    gold = json.loads(gold_path.read_text(encoding="utf-8"))
    src = gold_path.with_name(gold["source"])
    raw = src.read_bytes().decode(gold.get("encoding") or "utf-8")
    got = clean(raw, is_html=src.suffix in {".html", ".htm"})
    assert _norm(got.body) == _norm(gold["body"])
    assert _norm(got.title) == _norm(gold.get("title"))
    assert got.published == gold.get("published")
    if gold.get("published"):
        assert got.published_source == gold.get("published_source")
    for snippet in gold.get("removed", []):
        assert _norm(snippet) not in _norm(got.body)
