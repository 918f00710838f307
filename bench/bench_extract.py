"""Benchmark: time to extract a 1,000-word article after start-up, against spaCy's bare tokenizer on the
same text, measured in the same run (so the ratio holds across machines).

    python bench/bench_extract.py [--words 1000] [--repeat 20] [--model NAME] [--stages [--undated]]

``--stages`` also times each pipe of the pipeline by hand (median ms), with the publication date given
or, with ``--undated``, left for the dates stage to infer.
"""

from __future__ import annotations

import argparse
import os
import statistics
import time
from pathlib import Path

os.environ.setdefault("OMP_NUM_THREADS", "1")  # one core, as the target says

import spacy  # noqa: E402

import parley  # noqa: E402
from parley.clean import clean  # noqa: E402
from parley.nlp import run_pipeline, steps  # noqa: E402
from parley.paragraph_parse import run_by_paragraph  # noqa: E402

ROOT = Path(__file__).resolve().parent.parent


def article(
    words: int, sep: str = "\n", tail: str = "\nSign up for our newsletter\nRemind me later.\n"
) -> str:
    """A news-like article of about ``words`` words, built from the team's dev articles' bodies (quotes,
    dates and events included, so every stage has its usual work), ending with ``tail``."""
    import json

    paragraphs: list[str] = []
    for gold in sorted((ROOT / "tests/data/articles/dev").glob("*.gold.json")):
        paragraphs.extend(p for p in json.loads(gold.read_text())["body"].split("\n") if p.strip())
    out, n = [], 0
    for p in paragraphs:
        out.append(p)
        n += len(p.split())
        if n >= words:
            break
    return sep.join(out) + tail


def best_ms(fn, repeat: int) -> tuple[float, float]:
    times = []
    for _ in range(repeat):
        t = time.perf_counter()
        fn()
        times.append((time.perf_counter() - t) * 1000)
    return min(times), statistics.median(times)


def stage_ms(nlp, body: str, published: str | None, repeat: int) -> dict[str, float]:
    """Median ms of each pipe, run by hand as parley.nlp.run_pipeline runs them (the parser and the
    entity recognizer together, over the paragraphs as one batch, unless PARLEY_PARAGRAPH_PARSE=0)."""
    labelled = [
        ("+".join(n for n, _ in group) + (" (by paragraph)" if batched else ""), group, batched)
        for group, batched in steps(nlp)
    ]
    times: dict[str, list[float]] = {label: [] for label, _, _ in labelled}
    for _ in range(repeat):
        doc = nlp.make_doc(body)
        doc.user_data.update(parley_published=published, parley_dateline=None, parley_errors=[])
        for label, procs, batched in labelled:
            t = time.perf_counter()
            doc = run_by_paragraph(doc, procs) if batched else procs[0][1](doc)
            times[label].append((time.perf_counter() - t) * 1000)
    return {label: statistics.median(v) for label, v in times.items()}


def main() -> None:
    ap = argparse.ArgumentParser()
    ap.add_argument("--words", type=int, default=1000)
    ap.add_argument("--repeat", type=int, default=20)
    ap.add_argument("--model", default=None)
    ap.add_argument("--stages", action="store_true", help="also time each pipe")
    ap.add_argument("--undated", action="store_true", help="with --stages: no publication date")
    args = ap.parse_args()
    text = article(args.words)
    nlp = parley.load_pipeline(args.model)
    tokenizer = spacy.blank("en").tokenizer
    parley.extract(text, published="2025-05-29", model=args.model)  # start-up: load model and rules
    body = clean(text, is_html=False).body
    rows = [
        ("spaCy bare tokenizer (baseline)", best_ms(lambda: tokenizer(text), args.repeat)),
        ("parley clean", best_ms(lambda: clean(text, is_html=False), args.repeat)),
        ("parley pipeline (model + stages)", best_ms(lambda: run_pipeline(nlp, body), args.repeat)),
        (
            "parley.extract (all)",
            best_ms(lambda: parley.extract(text, published="2025-05-29", model=args.model), args.repeat),
        ),
    ]
    base = rows[0][1][1]
    print(f"article: {len(text.split())} words, {len(text)} chars; pipeline: {nlp.pipe_names}")
    print(f"{'stage':<36}{'best ms':>10}{'median ms':>11}{'x tokenizer':>13}")
    for name, (best, med) in rows:
        print(f"{name:<36}{best:>10.2f}{med:>11.2f}{med / base:>13.1f}")
    print(f"words/s (extract, median): {len(text.split()) / (rows[-1][1][1] / 1000):,.0f}")
    if args.stages:
        published = None if args.undated else "2025-05-29"
        for name, ms in stage_ms(nlp, body, published, args.repeat).items():
            print(f"  {name:<34}{ms:>21.2f}{ms / base:>13.1f}")


if __name__ == "__main__":
    main()
