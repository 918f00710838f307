"""A learned second look at the lines the rules kept: a logistic model and boosted trees over line features.

Each new page brings a kind of cruft no rule has seen; the model weighs what every line shows (length,
punctuation, capitals, digits, reader address (unless the page's story itself speaks to the reader: a
how-to, a review), reporting, words learned from cruft and from story lines,
bios and an outlet's self-description, place in the page, the verdicts around it) and drops a kept line
only when it is very sure (never a line :func:`protected` names: a closing credit, a sentence with a named
subject and a past verb, a lead a dateline opens), reporting it as removed with the reason "line model".
The weights ship in ``parley/data/line_model.json`` (trained by ``scripts/train_line_model.py`` on the dev
sets only); a missing or invalid file is an error, and bars above 1 (``sure`` and ``threshold``) turn the
check off.
"""

from __future__ import annotations

import json
import math
from bisect import bisect_left
from functools import lru_cache

from pydantic import BaseModel, ConfigDict, model_validator

from parley.clean.cruft_rules import CompiledRules
from parley.clean.line_marks import (
    FINITE,
    HEAD,
    MARKUP,
    SELF_NOTE,
    cruft_phrase,
    line_words,
    protected,
    story_end,
    story_resumes,
)
from parley.clean.lines import Line
from parley.clean.voice import in_voice, second_person
from parley.rules import data_path

REASON = "line model"
_NO_DIGITS = str.maketrans("", "", "0123456789")
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
_WORDING = ("sentences", "digit_share", "markup", "cruft_vocab", "story_vocab", "self_note", "finite")
_SPEECH = ("cap_ratio", "quote", "reports", "reader", "headline_like", "cruft_phrase")
FEATURES: tuple[str, ...] = _CONTEXT + _WORDING + _SPEECH


class Trees(BaseModel):
    """Boosted regression trees over the raw features, as flat node arrays per tree: a node tests
    ``feature <= threshold`` and goes ``left`` or ``right``; a leaf (feature -1) adds ``rate * value``."""

    model_config = ConfigDict(extra="forbid", frozen=True)

    base: float
    rate: float
    feature: tuple[tuple[int, ...], ...]
    threshold: tuple[tuple[float, ...], ...]
    left: tuple[tuple[int, ...], ...]
    right: tuple[tuple[int, ...], ...]
    value: tuple[tuple[float, ...], ...]

    @model_validator(mode="after")
    def _consistent(self) -> Trees:
        arrays = (self.feature, self.threshold, self.left, self.right, self.value)
        if len({len(a) for a in arrays}) != 1:
            raise ValueError("every node array needs one entry per tree")
        for feature, *rest in zip(*arrays, strict=True):
            if not feature or any(len(a) != len(feature) for a in rest):
                raise ValueError("a tree's node arrays must be non-empty and of one length")
            left, right = rest[1], rest[2]
            for node, f in enumerate(feature):
                if f == -1:
                    continue
                # Children come after their node: a walk always ends, at a leaf.
                if not (
                    0 <= f < len(FEATURES)
                    and node < left[node] < len(feature)
                    and node < right[node] < len(feature)
                ):
                    raise ValueError(f"tree node {node}: feature or child out of range")
        return self


class LineModel(BaseModel):
    """Weights of a logistic model (features standardised by ``mean``/``scale`` first) and of boosted trees.
    A line goes when the logistic probability reaches ``sure``, or reaches ``gate`` and the trees'
    probability reaches ``threshold``: the trees see what the sum of weights cannot (a short closer among
    dropped lines), the logistic part reaches past what the trees saw (a page of digits)."""

    model_config = ConfigDict(extra="forbid", frozen=True)

    features: tuple[str, ...]
    mean: tuple[float, ...]
    scale: tuple[float, ...]
    weights: tuple[float, ...]
    bias: float
    gate: float
    sure: float
    threshold: float
    trees: Trees
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
        if not 0 < self.gate < 1 or not self.gate <= self.sure:
            raise ValueError("gate must lie between 0 and 1, and not above sure")
        return self

    def __hash__(self) -> int:
        # The caches of the logistic terms key on the model: thousands of tree numbers stay out of the hash
        # (equal models still hash alike), which would cost more than the check itself.
        return hash((self.features, self.mean, self.scale, self.weights, self.bias))


@lru_cache(maxsize=2)
def load_model(name: str = "line_model.json") -> LineModel:
    return LineModel.model_validate(json.loads(data_path(name).read_text(encoding="utf-8")))


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
    text = line.text[:HEAD]
    words = line_words(line)
    n = max(1, len(words))
    return {
        "sentences": float(min(line.n_sentences, _MAX_SENTENCES)),
        "digit_share": (len(text) - len(text.translate(_NO_DIGITS))) / max(1, len(text)),
        "markup": float(MARKUP.search(text) is not None),
        "cruft_vocab": sum(1 for w in words if w in vocab) / n,
        "story_vocab": sum(1 for w in words if w in story_vocab) / n,
        "self_note": float(SELF_NOTE.search(line.lower[:HEAD]) is not None),
        "finite": float(FINITE.search(line.lower[:HEAD]) is not None),
    }


def _speech(line: Line, rules: CompiledRules, voice: bool = False) -> dict[str, float]:
    """The dearest content features: capitals, quotes, reporting, reader address (not counted where ``voice``
    says the line speaks as the story does: see :func:`in_voice`), the rules' phrases."""
    return {
        "cap_ratio": line.cap_ratio,
        "quote": float(line.has_quote),
        "reports": float(line.reports(rules)),
        "reader": float(not voice and line.addresses_reader(rules)),
        "headline_like": float(line.headline_like()),
        "cruft_phrase": float(cruft_phrase(line, line_words(line), rules)),
    }


def features(
    lines: list[Line],
    i: int,
    kept: list[int],
    rules: CompiledRules,
    vocab: frozenset[str],
    story_vocab: frozenset[str] = frozenset(),
    voice: bool | None = None,
) -> list[float]:
    """The features of ``lines[i]``; ``kept`` lists the indexes of the lines the rules kept, in order;
    ``voice``: whether the page's story speaks to the reader (:func:`second_person`, read when not given)."""
    context = _context(lines, i, kept)
    if voice is None:
        voice = second_person(lines, kept, rules)
    line = lines[i]
    voiced = voice and in_voice(context)
    values = context | _wording(line, vocab, story_vocab) | _speech(line, rules, voiced)
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


def _logit(terms: dict[str, tuple[float, float, float]], values: dict[str, float]) -> float:
    return sum(terms[k][0] * (v - terms[k][1]) / terms[k][2] for k, v in values.items())


def _sigmoid(z: float) -> float:
    return 1.0 / (1.0 + math.exp(-max(-50.0, min(50.0, z))))


def probability(model: LineModel, values: list[float]) -> float:
    """The model's probability that a line is cruft, from all its features (the plain form of what
    :func:`mark_by_model` computes in parts)."""
    z = model.bias + sum(
        w * (v - m) / s for w, v, m, s in zip(model.weights, values, model.mean, model.scale, strict=True)
    )
    return _sigmoid(z)


def tree_probability(trees: Trees, values: list[float]) -> float:
    """The trees' probability that a line is cruft."""
    z = trees.base
    for feature, threshold, left, right, value in zip(
        trees.feature, trees.threshold, trees.left, trees.right, trees.value, strict=True
    ):
        node = 0
        while feature[node] != -1:
            node = left[node] if values[feature[node]] <= threshold[node] else right[node]
        z += trees.rate * value[node]
    return _sigmoid(z)


def is_sure(model: LineModel, values: list[float]) -> bool:
    """The model's verdict on a line with features ``values``: cruft for sure (the plain form of what
    :func:`mark_by_model` computes in parts)."""
    p = probability(model, values)
    return p >= model.sure or (p >= model.gate and tree_probability(model.trees, values) >= model.threshold)


def mark_by_model(lines: list[Line], rules: CompiledRules, model: LineModel | None = None) -> None:
    """Drop a kept line the model is very sure is cruft (never the last story line left, never a closing
    credit, which stays in the body however it looks, never the story's end under an interrupting line)."""
    model = model or load_model()
    if model.sure > 1 and model.threshold > 1:
        return
    kept = [i for i, line in enumerate(lines) if line.reason is None and not line.in_list]
    if len(kept) < 2:
        return
    # The features come in three parts, cheapest first; after each, a line whose logistic score could not
    # reach the gate whatever the rest says is left (the bound is exact: no verdict changes; most story
    # lines stop early). The trees look only at the few lines left.
    bar = math.log(model.gate / (1 - model.gate))
    sure_bar = math.log(model.sure / (1 - model.sure)) if model.sure < 1 else math.inf
    terms = _terms(model)
    rest = _ceiling(model, frozenset(_WORDING + _SPEECH))
    speech = _ceiling(model, frozenset(_SPEECH))
    drop: list[int] = []  # marked after the loop: every line is judged on the rules' verdicts alone
    voice: bool | None = None  # read once, for the first line that gets this far and speaks to the reader
    for i in kept:
        context = _context(lines, i, kept)
        z = model.bias + _logit(terms, context)
        if z + rest < bar:
            continue
        wording = _wording(lines[i], model.vocab, model.story_vocab)
        z += _logit(terms, wording)
        if z + speech < bar:
            continue
        speaking = _speech(lines[i], rules)
        if speaking["reader"] and in_voice(context):
            if voice is None:
                voice = second_person(lines, kept, rules)
            speaking["reader"] = float(not voice)
        z += _logit(terms, speaking)
        if z < bar:
            continue
        if z >= sure_bar:
            sure = True
        else:
            values = context | wording | speaking
            sure = tree_probability(model.trees, [values[name] for name in FEATURES]) >= model.threshold
        if (
            sure
            and not protected(lines[i], rules)
            and not story_end(lines, i, kept, rules)
            and not story_resumes(lines, i, kept, rules)
        ):
            drop.append(i)
    for i in drop:
        lines[i].reason = REASON
