"""A learned second look at the lines the rules kept: a logistic model over line features.

Each new page brings a kind of cruft no rule has seen; the model weighs what every line shows (length,
punctuation, capitals, digits, reader address, reporting, words learned from cruft and from story lines,
bios and an outlet's self-description, place in the page, the verdicts around it) and
drops a kept line only when it is very sure, reporting it as removed with the reason "line model". The
weights ship in ``parley/data/line_model.json`` (trained by ``scripts/train_line_model.py`` on the dev sets
only); a missing or invalid file is an error, and a threshold above 1 turns the check off.
"""

from __future__ import annotations

import json
import math
import re
from bisect import bisect_left
from functools import lru_cache

from pydantic import BaseModel, ConfigDict, model_validator

from parley.clean.blocks import is_credit
from parley.clean.cruft_rules import CompiledRules
from parley.clean.lines import Line
from parley.rules import data_path

REASON = "line model"
_MARKUP = re.compile(r"https?://|www\.|\.com\b|[@#|<>\[\]{}]|&[a-z]+;")
_NO_DIGITS = str.maketrans("", "", "0123456789")
_WORD = re.compile(r"[a-z]{3,}")
# How a page speaks of its people and itself: a bio ("covers X for", "is our correspondent in", "based in")
# or the outlet's self-description ("is an independent news agency", "the region's largest").
_SELF_NOTE = re.compile(
    r"\b(?:covers|covered|has reported|has written|based in|about the author"
    r"|is (?:a|an|the|our)\b[^.]{0,40}"
    r"\b(?:correspondent|reporter|editor|writer|journalist|chief|columnist|producer)"
    r"|is (?:a|an|the)\b[^.]{0,30}\b(?:independent|non-profit|nonprofit|largest|leading|oldest)"
    r"|news (?:agency|provider|organi[sz]ation|service)|published (?:in|by|since))\b"
)
_HEAD = 400
_KEY = 4  # characters of a word that index the phrases it may open
_MAX_SENTENCES = 5
_RANGES = {"sentences": (1.0, float(_MAX_SENTENCES))}  # the others lie in [0, 1]
_FAR = 8  # lines: a distance past this says "far from the story" as well as any larger one

# The features in three parts, cheapest first (see mark_by_model): place and size, wording, speech.
_CONTEXT = (
    "log_words",
    "log_chars",
    "terminal",
    "colon_end",
    "prose",
    "lower_start",
    "from_top",
    "from_end",
    "before_story",
    "after_story",
    "gap_to_story",
    "prev_removed",
    "next_removed",
    "kept_after",
)
_WORDING = ("sentences", "digit_share", "markup", "cruft_vocab", "story_vocab", "self_note")
_SPEECH = ("cap_ratio", "quote", "reports", "reader", "headline_like", "cruft_phrase")
FEATURES: tuple[str, ...] = _CONTEXT + _WORDING + _SPEECH


class LineModel(BaseModel):
    """Weights of a logistic model: features are standardised by ``mean``/``scale`` first."""

    model_config = ConfigDict(extra="forbid", frozen=True)

    features: tuple[str, ...]
    mean: tuple[float, ...]
    scale: tuple[float, ...]
    weights: tuple[float, ...]
    bias: float
    threshold: float
    vocab: frozenset[str]  # words of many cruft lines and few story lines
    story_vocab: frozenset[str]  # words of many story lines and few cruft lines

    @model_validator(mode="after")
    def _consistent(self) -> LineModel:
        if self.features != FEATURES:
            raise ValueError(f"features must be {FEATURES} (retrain: scripts/train_line_model.py)")
        n = len(FEATURES)
        if not len(self.mean) == len(self.scale) == len(self.weights) == n:
            raise ValueError(f"mean, scale and weights need {n} values each")
        if any(s <= 0 for s in self.scale):
            raise ValueError("scale values must be positive")
        return self


@lru_cache(maxsize=2)
def load_model(name: str = "line_model.json") -> LineModel:
    return LineModel.model_validate(json.loads(data_path(name).read_text(encoding="utf-8")))


@lru_cache(maxsize=4)
def _phrase_index(contains: tuple[tuple[str, str], ...]) -> dict[str, tuple[str, ...]]:
    """The rules' cruft phrases by the head of their first word, so a line tests only a few of them."""
    index: dict[str, list[str]] = {}
    for phrase, _ in contains:
        first = _WORD.search(phrase)
        if first is not None:
            index.setdefault(first.group()[:_KEY], []).append(phrase)
    return {key: tuple(phrases) for key, phrases in index.items()}


def line_words(line: Line) -> list[str]:
    """The words the wording features read: lower-case runs of three letters or more in the line's head."""
    return _WORD.findall(line.lower[:_HEAD])


def _cruft_phrase(line: Line, words: list[str], rules: CompiledRules) -> bool:
    """A cruft phrase of the rules is in the line (fired or not), looked up by its first word."""
    head = line.lower[:_HEAD]
    index = _phrase_index(rules.contains)
    keys = {w[:_KEY] for w in words}
    return any(phrase in head for key in keys for phrase in index.get(key, ()))


def _context(lines: list[Line], i: int, kept: list[int]) -> dict[str, float]:
    """The cheap features: size, end mark and place among the rules' verdicts."""
    line = lines[i]
    n = len(lines)
    # ``kept`` is sorted: the nearest other kept lines sit either side of where ``i`` falls in it.
    at = bisect_left(kept, i)
    before = kept[at - 1] if at > 0 else None
    after_at = at + 1 if at < len(kept) and kept[at] == i else at
    after = kept[after_at] if after_at < len(kept) else None
    gap = min((abs(k - i) for k in (before, after) if k is not None), default=_FAR)
    first = next((k for k in kept[:2] if k != i), None)
    last = next((k for k in reversed(kept[-2:]) if k != i), None)
    return {
        "log_words": math.log1p(line.n_words),
        "log_chars": math.log1p(len(line.text)),
        "terminal": float(line.terminal),
        "colon_end": float(line.text.endswith(":")),
        "prose": float(line.prose()),
        "lower_start": float(line.text[:1].islower()),
        "from_top": i / max(1, n - 1),
        "from_end": (n - 1 - i) / max(1, n - 1),
        "before_story": float(first is not None and i < first),
        "after_story": float(last is not None and i > last),
        "gap_to_story": float(min(gap, _FAR)),
        "prev_removed": float(i == 0 or lines[i - 1].reason is not None),
        "next_removed": float(i == n - 1 or lines[i + 1].reason is not None),
        "kept_after": (len(kept) - bisect_left(kept, i + 1)) / max(1, len(kept)),
    }


def _wording(line: Line, vocab: frozenset[str], story_vocab: frozenset[str]) -> dict[str, float]:
    """Content features that cost a scan or two of the line's head."""
    text = line.text[:_HEAD]
    words = line_words(line)
    n = max(1, len(words))
    return {
        "sentences": float(min(line.n_sentences, _MAX_SENTENCES)),
        "digit_share": (len(text) - len(text.translate(_NO_DIGITS))) / max(1, len(text)),
        "markup": float(_MARKUP.search(text) is not None),
        "cruft_vocab": sum(1 for w in words if w in vocab) / n,
        "story_vocab": sum(1 for w in words if w in story_vocab) / n,
        "self_note": float(_SELF_NOTE.search(line.lower[:_HEAD]) is not None),
    }


def _speech(line: Line, rules: CompiledRules) -> dict[str, float]:
    """The dearest content features: capitals, quotes, reporting, reader address, the rules' phrases."""
    return {
        "cap_ratio": line.cap_ratio,
        "quote": float(line.has_quote),
        "reports": float(line.reports(rules)),
        "reader": float(line.addresses_reader(rules)),
        "headline_like": float(line.headline_like()),
        "cruft_phrase": float(_cruft_phrase(line, line_words(line), rules)),
    }


def features(
    lines: list[Line],
    i: int,
    kept: list[int],
    rules: CompiledRules,
    vocab: frozenset[str],
    story_vocab: frozenset[str] = frozenset(),
) -> list[float]:
    """The features of ``lines[i]``; ``kept`` lists the indexes of the lines the rules kept, in order."""
    values = _context(lines, i, kept) | _wording(lines[i], vocab, story_vocab) | _speech(lines[i], rules)
    return [values[name] for name in FEATURES]


@lru_cache(maxsize=8)
def _terms(model: LineModel) -> dict[str, tuple[float, float, float]]:
    return dict(zip(model.features, zip(model.weights, model.mean, model.scale, strict=True), strict=True))


@lru_cache(maxsize=8)
def _ceiling(model: LineModel, names: frozenset[str]) -> float:
    """The most the features ``names`` can add to the logit, over their whole ranges."""
    ceiling = 0.0
    for name, (w, m, s) in _terms(model).items():
        if name in names:
            lo, hi = _RANGES.get(name, (0.0, 1.0))
            ceiling += max(w * (lo - m) / s, w * (hi - m) / s)
    return ceiling


def _logit(model: LineModel, values: dict[str, float]) -> float:
    terms = _terms(model)
    return sum(terms[k][0] * (v - terms[k][1]) / terms[k][2] for k, v in values.items())


def probability(model: LineModel, values: list[float]) -> float:
    """The model's probability that a line is cruft, from all its features (the plain form of what
    :func:`mark_by_model` computes in parts)."""
    z = model.bias + sum(
        w * (v - m) / s for w, v, m, s in zip(model.weights, values, model.mean, model.scale, strict=True)
    )
    return 1.0 / (1.0 + math.exp(-max(-50.0, min(50.0, z))))


def mark_by_model(lines: list[Line], rules: CompiledRules, model: LineModel | None = None) -> None:
    """Drop a kept line the model is very sure is cruft (never the last story line left, never a closing
    credit, which stays in the body however it looks)."""
    model = model or load_model()
    if model.threshold > 1:
        return
    kept = [i for i, line in enumerate(lines) if line.reason is None and not line.in_list]
    if len(kept) < 2:
        return
    # The features come in three parts, cheapest first; after each, a line that could not reach the bar
    # whatever the rest says is left (the bound is exact: no verdict changes; most story lines stop early).
    bar = math.log(model.threshold / (1 - model.threshold)) if model.threshold < 1 else math.inf
    rest = frozenset(_WORDING + _SPEECH)
    speech = frozenset(_SPEECH)
    for i in kept:
        z = model.bias + _logit(model, _context(lines, i, kept))
        if z + _ceiling(model, rest) < bar:
            continue
        z += _logit(model, _wording(lines[i], model.vocab, model.story_vocab))
        if z + _ceiling(model, speech) < bar:
            continue
        if z + _logit(model, _speech(lines[i], rules)) < bar:
            continue
        if not is_credit(lines[i], rules):
            lines[i].reason = REASON
