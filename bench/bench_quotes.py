"""Benchmark: what the quote stage adds to ``parley.extract`` on a ~1,000-word article, measured in the same
run against extract with the stage switched off (target: under 30%).

    python bench/bench_quotes.py [--words 1000] [--repeat 20] [--model NAME]
"""

from __future__ import annotations

import argparse
import os
import statistics
import time
from pathlib import Path

os.environ.setdefault("OMP_NUM_THREADS", "1")  # one core, as the target says

import bench_extract  # noqa: E402  (beside this script)

import parley  # noqa: E402
from parley.nlp import run_pipeline  # noqa: E402
from parley.quotes import find_quotes  # noqa: E402

ROOT = Path(__file__).resolve().parent.parent


def article(words: int) -> str:
    return bench_extract.article(words, sep="\n\n", tail="\n")


def timed(fn, repeat: int) -> list[float]:
    times = []
    for _ in range(repeat):
        t = time.perf_counter()
        fn()
        times.append((time.perf_counter() - t) * 1000)
    return times


def main() -> None:
    ap = argparse.ArgumentParser()
    ap.add_argument("--words", type=int, default=1000)
    ap.add_argument("--repeat", type=int, default=20)
    ap.add_argument("--model", default=None)
    args = ap.parse_args()
    text = article(args.words)
    nlp = parley.load_pipeline(args.model)

    def extract() -> parley.Record:
        return parley.extract(text, published="2025-05-29", model=args.model)

    record = extract()  # start-up: load model and rules
    with_q, without_q = [], []
    for _ in range(args.repeat):  # interleaved, so load on the machine hits both alike
        with_q.extend(timed(extract, 1))
        with nlp.select_pipes(disable=["parley_quotes"]):
            without_q.extend(timed(extract, 1))
    doc = run_pipeline(nlp, record.article.body, "2025-05-29")
    stage = timed(lambda: find_quotes(doc), args.repeat)
    base, full = statistics.median(without_q), statistics.median(with_q)
    print(f"article: {len(text.split())} words, {len(text)} chars; {len(record.quotes)} quotes found")
    print(f"pipeline: {nlp.pipe_names}")
    print(f"{'':<34}{'best ms':>10}{'median ms':>11}")
    print(f"{'extract without the quote stage':<34}{min(without_q):>10.2f}{base:>11.2f}")
    print(f"{'extract with the quote stage':<34}{min(with_q):>10.2f}{full:>11.2f}")
    print(f"{'quote stage alone (find_quotes)':<34}{min(stage):>10.2f}{statistics.median(stage):>11.2f}")
    print(
        f"quotes add {100 * (full - base) / base:.1f}% to extract (stage alone: "
        f"{100 * statistics.median(stage) / base:.1f}% of extract without it; target < 30%)"
    )


if __name__ == "__main__":
    main()
