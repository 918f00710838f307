"""Is this English? parley's rules and model read English only, so other languages are refused early."""

from __future__ import annotations

import re

from spacy.lang.en.stop_words import STOP_WORDS

_WORD = re.compile(r"[^\W\d_]+")
# English news runs at 40-50% stop words; French, German or Spanish share only a handful with English.
MIN_STOPWORD_SHARE = 0.2
MIN_LATIN_SHARE = 0.6


def english_score(text: str, max_words: int = 3000) -> float:
    """Share of words that are English stop words, 0 when the text is mostly non-Latin script."""
    words = _WORD.findall(text[:50_000])[:max_words]
    if not words:
        return 0.0
    latin = sum(1 for w in words if w.isascii())
    if latin / len(words) < MIN_LATIN_SHARE:
        return 0.0
    return sum(1 for w in words if w.lower() in STOP_WORDS) / len(words)


def is_english(text: str) -> bool:
    words = _WORD.findall(text[:50_000])
    # Too little text to judge: give it the benefit of the doubt.
    if len(words) < 12:
        return True
    return english_score(text) >= MIN_STOPWORD_SHARE
