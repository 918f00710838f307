"""Train the cleaner's line model (parley/data/line_model.json) on the dev sets.

Run: ``python scripts/train_line_model.py [--write] [--skip dev19 --skip dev20 ...]`` (every dev*/ folder
is read unless skipped; the shipped model reads them all). A skipped set is the held-out check: the model
trained on the rest judges the lines today's rules keep there, and cleans its articles.

Every line of every dev*/ article is labelled story (its text is in the gold body) or cruft, with the
features :mod:`parley.clean.line_model` computes on the rules' verdicts; a credit line that gold may keep or
leave out (parley.evaluation.optional_credit) is neither. Validation: leave one dev set out (dev16 and dev17,
real outlets' page styles, are kept out of it for a final check); the bars (the logistic part's ``sure``, the
trees' ``threshold``) are the lowest at which no story line of any held-out fold, nor of the final check, is
dropped, and never under FLOOR. The shipped model is trained on all the sets read.
Held-out (blind) folders are never read. ``--write`` saves the model; without it the figures are printed.
"""

from __future__ import annotations

import argparse
import json
import math
import re
import sys
from collections import Counter
from dataclasses import dataclass
from pathlib import Path

import numpy as np

import parley.clean.text as text_cleaner
from parley.clean import clean, line_marks, line_model
from parley.clean.cruft_rules import CompiledRules
from parley.clean.line_marks import line_words
from parley.clean.line_model import FEATURES, LineModel, Trees, features
from parley.clean.lines import Line
from parley.evaluation import optional_credit, same_story
from parley.rules import data_path

ARTICLES = Path(__file__).resolve().parents[1] / "tests" / "data" / "articles"
FINAL = ("dev16", "dev17")
OFF = 2.0  # a threshold that never fires
# The invented story cases of tests/clean (a one-sentence lead, short interview answers, a hard-wrapped
# page) score up to 0.96-0.98 under the model trained on all sets: the bar never goes below this.
FLOOR = 0.98
# A story word is in at least this many story lines and this many times more often per line than in
# cruft: names of one page's people stay out (measured: lower bars lose story lines in the CV).
STORY_MIN = 15
STORY_RATIO = 4
# Below ``sure`` the logistic part is a gate (and the cheap early stop of the check) and the trees decide.
# The gate keeps the trees off lines that only their place makes look like cruft: an invented lead between
# an appeal and the headline scored 0.62 here and 0.994 by the trees (measured: 0.8 costs 11 of ~4080
# caught lines in the CV, none held out). Real news pages put story sentences beside a removed list or
# sign-up line ("<Name> faces a maximum of ...") at 0.82: 0.85 keeps them (benchmark dev text, story lines
# the model drops 22 -> 20, cruft it drops 160 unchanged; no written dev body changes).
GATE = 0.85
# Boosted trees: few and shallow, so a check of a line costs little and one page's quirks are not learned.
TREES, DEPTH, RATE, MIN_LEAF, TREE_L2, BINS = 100, 3, 0.1, 20, 1.0, 24
_SPACE = re.compile(r"\s+")
_NUMBERS = re.compile(r"\[([-0-9.e+,\s]+)\]")
_VOCAB = FEATURES.index("cruft_vocab")
_STORY_VOCAB = FEATURES.index("story_vocab")


@dataclass
class Sample:
    group: str
    name: str
    text: str
    words: list[str]
    x: list[float]  # features with the vocabulary share left at 0: the vocabulary depends on the fold
    story: bool
    lines: list[Line]  # the article's lines with the rules' verdicts (shared by its samples)
    index: int


def _norm(text: str) -> str:
    return _SPACE.sub(" ", text).strip()


def dev_sets() -> list[str]:
    return sorted(p.name for p in ARTICLES.glob("dev*") if p.is_dir())


def _collect(sets: list[str] | None = None) -> list[Sample]:
    samples: list[Sample] = []
    seen: list[tuple[list[Line], CompiledRules]] = []

    def capture(lines: list[Line], rules: CompiledRules, model: object = None) -> None:
        seen.append(([Line(x.text, x.start, x.end, x.reason, x.in_list) for x in lines], rules))

    text_cleaner.mark_by_model = capture  # the rules' verdicts, before the model looks
    for folder in (ARTICLES / name for name in (dev_sets() if sets is None else sets)):
        for gold_path in sorted(folder.glob("*.gold.json")):
            gold = json.loads(gold_path.read_text(encoding="utf-8"))
            src = gold_path.with_name(gold["source"])
            raw = src.read_bytes().decode(gold.get("encoding") or "utf-8")
            seen.clear()
            got = clean(raw, is_html=src.suffix in {".html", ".htm"})
            lines, rules = seen[-1]  # an HTML page's text is cleaned once, as the last call
            exact = same_story(got.body, gold["body"]) or _norm(got.body) == _norm(gold["body"])
            paragraphs = [_norm(p) for p in gold["body"].split("\n") if p.strip()]
            # As mark_by_model sees them: a story list's lines are no neighbours of the lines it judges.
            kept = [i for i, line in enumerate(lines) if line.reason is None and not line.in_list]
            voice = line_model.second_person(lines, kept, rules)  # read once per article, not per line
            for i, line in enumerate(lines):
                if line.reason is None and (line.in_list or line_marks.protected(line, rules)):
                    continue  # a story list item, a closing credit, ...: the model never judges it
                t = _norm(line.text)
                if optional_credit(t):
                    continue  # a credit gold may keep or leave out is neither story nor cruft
                if exact:
                    story = line.reason is None
                else:  # a paragraph of gold, or one that a dateline opens
                    story = any(t == p or (t.endswith(p) and len(p) > 20) for p in paragraphs)
                x = features(lines, i, kept, rules, frozenset(), voice=voice)
                words = line_words(line)
                samples.append(Sample(folder.name, gold_path.name, t, words, x, story, lines, i))
    return samples


def _vocabs(train: list[Sample]) -> tuple[frozenset[str], frozenset[str]]:
    """Words of many cruft lines and few story lines ("subscribe", "newsletter"), and the other way round
    ("officials", "ceasefire")."""
    cruft, story = Counter(), Counter()
    for s in train:
        (story if s.story else cruft).update(set(s.words))
    # Story lines are fewer than cruft lines: the ratios are per line of each kind.
    ratio = max(1, sum(not s.story for s in train)) / max(1, sum(s.story for s in train))
    return (
        frozenset(w for w, c in cruft.items() if c >= 4 and c >= 6 * story[w]),
        frozenset(w for w, c in story.items() if c >= STORY_MIN and c * ratio >= STORY_RATIO * cruft[w]),
    )


def _share(words: list[str], vocab: frozenset[str]) -> float:
    return sum(w in vocab for w in words) / max(1, len(words))


def _matrix(samples: list[Sample], model: LineModel) -> tuple[np.ndarray, np.ndarray]:
    x = np.array([s.x for s in samples], dtype=float)
    x[:, _VOCAB] = [_share(s.words, model.vocab) for s in samples]
    x[:, _STORY_VOCAB] = [_share(s.words, model.story_vocab) for s in samples]
    return x, np.array([0.0 if s.story else 1.0 for s in samples])


def _tree(x: np.ndarray, g: np.ndarray, h: np.ndarray, cuts: list[np.ndarray]) -> dict[str, list]:
    """One regression tree on the gradients ``g`` and hessians ``h`` of the logistic loss."""
    tree: dict[str, list] = {"feature": [], "threshold": [], "left": [], "right": [], "value": []}

    def node(idx: np.ndarray, depth: int) -> int:
        at = len(tree["feature"])
        for key, blank in (("feature", -1), ("threshold", 0.0), ("left", 0), ("right", 0), ("value", 0.0)):
            tree[key].append(blank)
        big_g, big_h = float(g[idx].sum()), float(h[idx].sum())
        best, split = 0.0, None
        if depth < DEPTH and len(idx) >= 2 * MIN_LEAF:
            for j, cut in enumerate(cuts):
                left = x[idx, j][:, None] <= cut[None, :]  # every cut of the feature at once
                n_left = left.sum(axis=0)
                gl, hl = g[idx] @ left, h[idx] @ left
                gain = gl**2 / (hl + TREE_L2) + (big_g - gl) ** 2 / (big_h - hl + TREE_L2)
                gain[(n_left < MIN_LEAF) | (len(idx) - n_left < MIN_LEAF)] = 0.0
                k = int(np.argmax(gain))
                if gain[k] - big_g**2 / (big_h + TREE_L2) > best:
                    best, split = gain[k] - big_g**2 / (big_h + TREE_L2), (j, float(cut[k]))
        if split is None:
            tree["value"][at] = round(-big_g / (big_h + TREE_L2), 6)
            return at
        j, cut_at = split
        tree["feature"][at], tree["threshold"][at] = j, cut_at
        goes_left = x[idx, j] <= cut_at
        tree["left"][at] = node(idx[goes_left], depth + 1)
        tree["right"][at] = node(idx[~goes_left], depth + 1)
        return at

    node(np.arange(len(g)), 0)
    return tree


def _walk(trees: Trees, x: np.ndarray) -> np.ndarray:
    """The trees' logits for the rows of ``x`` (as :func:`parley.clean.line_model.tree_probability`)."""
    z = np.full(len(x), trees.base)
    rows = np.arange(len(x))
    for feature, threshold, left, right, value in zip(
        trees.feature, trees.threshold, trees.left, trees.right, trees.value, strict=True
    ):
        f, t, lo, hi, v = (np.array(a) for a in (feature, threshold, left, right, value))
        node = np.zeros(len(x), dtype=int)
        for _ in range(DEPTH + 1):
            inner = f[node] != -1
            go = np.where(x[rows, np.maximum(f[node], 0)] <= t[node], lo[node], hi[node])
            node = np.where(inner, go, node)
        z += trees.rate * v[node]
    return z


def train_trees(x: np.ndarray, y: np.ndarray) -> Trees:
    cuts = [np.unique(np.quantile(x[:, j], np.linspace(0, 1, BINS + 1)[1:-1])) for j in range(x.shape[1])]
    base = float(np.log(y.mean() / (1 - y.mean())))
    trees = Trees(base=round(base, 6), rate=RATE, feature=(), threshold=(), left=(), right=(), value=())
    z = np.full(len(y), base)
    grown: list[dict[str, list]] = []
    for _ in range(TREES):
        p = 1 / (1 + np.exp(-z))
        tree = _tree(x, p - y, p * (1 - p), cuts)
        grown.append(tree)
        one = trees.model_copy(update={k: (tuple(tree[k]),) for k in tree} | {"base": 0.0})
        z += _walk(one, x)
    return trees.model_copy(update={k: tuple(tuple(t[k]) for t in grown) for k in grown[0]})


def train(samples: list[Sample], l2: float = 3e-4, steps: int = 3000) -> LineModel:
    vocab, story_vocab = _vocabs(samples)
    n = len(FEATURES)
    blank = LineModel(
        features=FEATURES,
        mean=(0.0,) * n,
        scale=(1.0,) * n,
        weights=(0.0,) * n,
        bias=0.0,
        gate=GATE,
        sure=OFF,
        threshold=OFF,
        trees=Trees(
            base=0.0,
            rate=0.0,
            feature=((-1,),),
            threshold=((0.0,),),
            left=((0,),),
            right=((0,),),
            value=((0.0,),),
        ),
        vocab=vocab,
        story_vocab=story_vocab,
    )
    x, y = _matrix(samples, blank)
    mean, scale = x.mean(axis=0), x.std(axis=0)
    scale[scale == 0] = 1.0
    z = (x - mean) / scale
    w, b = np.zeros(z.shape[1]), 0.0
    for _ in range(steps):  # full-batch gradient descent: a few thousand lines, a convex loss
        p = 1 / (1 + np.exp(-(z @ w + b)))
        w -= 0.5 * (z.T @ (p - y) / len(y) + l2 * w)
        b -= 0.5 * float(np.mean(p - y))
    return blank.model_copy(
        update={
            "mean": tuple(float(v) for v in mean),
            "scale": tuple(float(v) for v in scale),
            "weights": tuple(round(float(v), 6) for v in w),
            "bias": round(b, 6),
            "trees": train_trees(x, y),
        }
    )


def scores(model: LineModel, samples: list[Sample]) -> np.ndarray:
    """Per line, the logistic probability of cruft and the trees' one where the logistic part reaches the
    gate (else 0): a line goes when the first reaches ``model.sure`` or the second ``model.threshold``."""
    x, _ = _matrix(samples, model)
    z = (x - np.array(model.mean)) / np.array(model.scale) @ np.array(model.weights) + model.bias
    logistic = 1 / (1 + np.exp(-z))
    trees = np.where(logistic >= model.gate, 1 / (1 + np.exp(-_walk(model.trees, x))), 0.0)
    return np.stack([logistic, trees], axis=1)


def _bars(
    p: np.ndarray, samples: list[Sample], bars: tuple[float, float] = (0.0, 0.0)
) -> tuple[float, float]:
    """The lowest bars (at least ``bars``) at which no story line goes."""
    story = np.array([s.story for s in samples])
    highest = [float(p[story, k].max(initial=0.0)) for k in (0, 1)]
    above = [math.floor(h * 1e4 + 1) / 1e4 if h < 0.999 else OFF for h in highest]  # 4 decimals, above
    return (max(bars[0], above[0]), max(bars[1], above[1]))


def _report(label: str, p: np.ndarray, samples: list[Sample], bars: tuple[float, float]) -> None:
    story = np.array([s.story for s in samples])
    goes = (p[:, 0] >= bars[0]) | (p[:, 1] >= bars[1])
    lost = [s for s, g in zip(samples, goes, strict=True) if s.story and g]
    print(
        f"{label}: story lines {int(story.sum())}, lost {len(lost)}; cruft lines {int((~story).sum())}, "
        f"caught {int(np.sum(goes & ~story))} at logistic {bars[0]:.4f} / trees {bars[1]:.4f}"
    )
    for s in lost[:5]:
        print(f"   lost {s.group}/{s.name}: {s.text[:100]!r}")


def _exact(sets: list[str], model: LineModel) -> set[str]:
    """The articles of ``sets`` whose body ``model`` (after the rules) makes the gold one."""
    text_cleaner.mark_by_model = lambda lines, rules: line_model.mark_by_model(lines, rules, model)
    exact: set[str] = set()
    for name in sets:
        for gold_path in sorted((ARTICLES / name).glob("*.gold.json")):
            gold = json.loads(gold_path.read_text(encoding="utf-8"))
            src = gold_path.with_name(gold["source"])
            raw = src.read_bytes().decode(gold.get("encoding") or "utf-8")
            if same_story(clean(raw, is_html=src.suffix in {".html", ".htm"}).body, gold["body"]):
                exact.add(f"{name}/{gold_path.name}")
    return exact


def held_out(model: LineModel, sets: list[str], bars: list[tuple[float, float]]) -> None:
    """The sets left out of training: the lines today's rules keep there, judged by ``model`` at each of
    ``bars``, and their articles cleaned by the rules alone and then with the model."""
    held = [s for s in _collect(sets) if s.lines[s.index].reason is None]
    name = "+".join(sets)
    rules_only = _exact(sets, model.model_copy(update={"sure": OFF, "threshold": OFF}))
    print(f"{name} held out: bodies exact with the rules alone {len(rules_only)}")
    for sure, threshold in bars:
        _report(f"{name} held out, lines the rules keep", scores(model, held), held, (sure, threshold))
        with_model = _exact(sets, model.model_copy(update={"sure": sure, "threshold": threshold}))
        print(
            f"   bodies exact with the model {len(with_model)} "
            f"(made exact {sorted(with_model - rules_only)}, broken {sorted(rules_only - with_model)})"
        )


def main() -> None:
    ap = argparse.ArgumentParser()
    ap.add_argument("--write", action="store_true", help="save the model trained on all dev sets")
    ap.add_argument(
        "--skip", action="append", default=[], metavar="SET", help="a dev set to hold out (repeatable)"
    )
    ap.add_argument("--held-threshold", type=float, default=FLOOR, help="a bar of the held-out check")
    args = ap.parse_args()
    samples = _collect([name for name in dev_sets() if name not in args.skip])
    groups = sorted({s.group for s in samples} - set(FINAL))
    cv: list[tuple[np.ndarray, list[Sample]]] = []
    for g in groups:
        model = train([s for s in samples if s.group not in (g, *FINAL)])
        held = [s for s in samples if s.group == g]
        cv.append((scores(model, held), held))
    p_cv = np.concatenate([p for p, _ in cv])
    s_cv = [s for _, held in cv for s in held]
    bars = _bars(p_cv, s_cv)
    print(f"{len(samples)} lines, {len(groups)} CV folds; lowest bars that lose no story line in CV {bars}")
    for q in (0.9, 0.99):
        _report(f"CV (leave one set out) @{q}", p_cv, s_cv, (q, q))
    _report("CV (leave one set out)", p_cv, s_cv, bars)
    model = train([s for s in samples if s.group not in FINAL])
    final = [s for s in samples if s.group in FINAL]
    p_final = scores(model, final)
    _report("dev16+dev17 (trained on the rest)", p_final, final, bars)
    # The final check holds out pages of real outlets' styles: a story line lost there raises a bar too;
    # and a bar never goes under the floor.
    raised = _bars(p_final, final, (max(FLOOR, bars[0]), max(FLOOR, bars[1])))
    if raised != bars:
        bars = raised
        _report("CV at the raised bars", p_cv, s_cv, bars)
        _report("dev16+dev17 at the raised bars", p_final, final, bars)
    shipped = train(samples)
    # The model trained on every set must not drop a story line it was trained on either (the trees can
    # score one higher than any fold's model did): the bars rise above the highest such line.
    p_all = scores(shipped, samples)
    raised = _bars(p_all, samples, bars)
    if raised != bars:
        bars = raised
        _report("trained on all, its own lines, at the raised bars", p_all, samples, bars)
    shipped = shipped.model_copy(update={"sure": bars[0], "threshold": bars[1]})
    if args.skip:
        held_out(shipped, args.skip, [bars, (args.held_threshold, args.held_threshold)])
    if args.write:
        path = data_path("line_model.json")
        out = json.loads(shipped.model_dump_json())
        out["vocab"] = sorted(out["vocab"])
        out["story_vocab"] = sorted(out["story_vocab"])
        # A list of numbers on one line: the trees hold thousands (a word list keeps a word a line).
        text = _NUMBERS.sub(lambda m: "[" + " ".join(m.group(1).split()) + "]", json.dumps(out, indent=1))
        path.write_text(text + "\n", encoding="utf-8")
        print(f"wrote {path} (bars {bars}, {len(shipped.vocab)} vocabulary words)")


if __name__ == "__main__":
    sys.exit(main())
