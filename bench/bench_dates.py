"""Benchmark: date expressions per second per core for parley's date stage, measured in the same run as a
baseline (spaCy's bare tokenizer on the same text), so the ratio holds across machines.

    python bench/bench_dates.py [--repeat 5] [--copies 3]

The text is the bodies of the team's gold articles (dev, dev2, dev3; dates everywhere). The stage is
timed on Docs already through parley's model (it reads the parse for tense), and on tokenizer-only Docs
(the no-model path); both include recognition, normalisation and record building, on one core.
"""

from __future__ import annotations

import argparse
import json
import os
import time
from pathlib import Path

os.environ.setdefault("OMP_NUM_THREADS", "1")  # one core, as the target says

import spacy  # noqa: E402

from parley.nlp import model_path  # noqa: E402
from parley.temporal import find_dates  # noqa: E402

ROOT = Path(__file__).resolve().parent.parent
TARGET = 10_000


def texts(copies: int) -> list[tuple[str, str | None]]:
    out = []
    for folder in ("dev", "dev2", "dev3"):
        for gold in sorted((ROOT / "tests/data/articles" / folder).glob("*.gold.json")):
            g = json.loads(gold.read_text(encoding="utf-8"))
            out.append((g["body"], g.get("published") or g.get("published_arg")))
    return out * copies


def best(fn, repeat: int) -> float:
    times = []
    for _ in range(repeat):
        t = time.perf_counter()
        fn()
        times.append(time.perf_counter() - t)
    return min(times)


def main() -> None:
    ap = argparse.ArgumentParser()
    ap.add_argument("--repeat", type=int, default=5)
    ap.add_argument("--copies", type=int, default=3, help="how many times the article set is repeated")
    args = ap.parse_args()
    items = texts(args.copies)
    path = model_path()
    nlp = spacy.load(path) if (path / "config.cfg").exists() else spacy.blank("en")
    tokenizer = spacy.blank("en").tokenizer
    parsed = [(nlp(t), p) for t, p in items]
    bare = [(tokenizer(t), p) for t, p in items]
    count = sum(len(find_dates(d, p)) for d, p in parsed)  # also warms the lexicon
    count_bare = sum(len(find_dates(d, p)) for d, p in bare)
    words = sum(len(t.split()) for t, _ in items)

    t_tok = best(lambda: [tokenizer(t) for t, _ in items], args.repeat)
    t_parsed = best(lambda: [find_dates(d, p) for d, p in parsed], args.repeat)
    t_bare = best(lambda: [find_dates(d, p) for d, p in bare], args.repeat)
    t_model = best(lambda: [nlp(t) for t, _ in items[: max(1, len(items) // args.copies)]], 1) * args.copies

    print(
        f"{len(items)} articles, {words:,} words; {count:,} date expressions ({count_bare:,} without a parse)"
    )
    print(f"{'step (one core)':<44}{'seconds':>9}{'x tokenizer':>13}{'expr/s':>11}")
    rows = [
        ("spaCy bare tokenizer (baseline)", t_tok, None),
        ("parley date stage, parsed Docs", t_parsed, count / t_parsed),
        ("parley date stage, tokenizer-only Docs", t_bare, count_bare / t_bare),
        ("(for scale: parley's spaCy model itself)", t_model, None),
    ]
    for name, secs, rate in rows:
        print(f"{name:<44}{secs:>9.3f}{secs / t_tok:>13.1f}{'' if rate is None else f'{rate:,.0f}':>11}")
    rate = count / t_parsed
    verdict = "meets" if rate >= TARGET else "misses"
    print(f"date expressions per second per core: {rate:,.0f} ({verdict} the target of {TARGET:,})")


if __name__ == "__main__":
    main()
