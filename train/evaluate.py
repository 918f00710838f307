"""Score a pipeline on UD English-EWT test (+ UNER test NER) and time it on one core.

Usage:
    OMP_NUM_THREADS=1 OPENBLAS_NUM_THREADS=1 MKL_NUM_THREADS=1 \
        python train/evaluate.py src/parley/models/en_parley --corpus train/corpus/test

Prints a JSON object with UPOS / TAG accuracy, UAS / LAS, sentence F, NER
P/R/F (overall and per label) on ``ewt-test.spacy``, syntax scores on
``gum-test.spacy``, words per second on one thread, and the model size.
"""

from __future__ import annotations

import os

for _var in ("OMP_NUM_THREADS", "OPENBLAS_NUM_THREADS", "MKL_NUM_THREADS"):
    os.environ.setdefault(_var, "1")

import argparse  # noqa: E402
import json  # noqa: E402
import sys  # noqa: E402
import time  # noqa: E402
from pathlib import Path  # noqa: E402
from typing import Any  # noqa: E402

import spacy  # noqa: E402
from spacy.language import Language  # noqa: E402
from spacy.tokens import Doc, DocBin  # noqa: E402
from spacy.training import Example  # noqa: E402


def load_docs(nlp: Language, path: Path) -> list[Doc]:
    return list(DocBin().from_disk(path).get_docs(nlp.vocab))


def pct(value: float | None) -> float | None:
    return None if value is None else round(100.0 * value, 2)


def score(nlp: Language, docs: list[Doc]) -> dict[str, Any]:
    """Score the pipeline on raw text against gold docs (spaCy aligns tokens)."""
    examples = [Example(nlp.make_doc(doc.text), doc) for doc in docs]
    scores = nlp.evaluate(examples)
    result: dict[str, Any] = {
        "upos": pct(scores.get("pos_acc")),
        "tag": pct(scores.get("tag_acc")),
        "morph": pct(scores.get("morph_acc")),
        "lemma": pct(scores.get("lemma_acc")),
        "uas": pct(scores.get("dep_uas")),
        "las": pct(scores.get("dep_las")),
        "sents_f": pct(scores.get("sents_f")),
    }
    if any(doc.has_annotation("ENT_IOB") for doc in docs):
        result["ents"] = {"p": pct(scores["ents_p"]), "r": pct(scores["ents_r"]), "f": pct(scores["ents_f"])}
        per_type = scores.get("ents_per_type") or {}
        result["ents_per_type"] = {
            label: {k: pct(v) for k, v in prf.items()} for label, prf in sorted(per_type.items())
        }
    return result


def words_per_second(nlp: Language, texts: list[str], repeats: int = 3) -> dict[str, float]:
    """Best of ``repeats`` passes of ``nlp.pipe`` over ``texts``.

    Reports words per wall-clock second and words per CPU second of this
    process (the latter is the fairer figure on a shared machine).
    """
    best_wall = best_cpu = 0.0
    for _ in range(repeats):
        wall, cpu = time.perf_counter(), time.process_time()
        n_words = sum(len(doc) for doc in nlp.pipe(texts, batch_size=256))
        best_wall = max(best_wall, n_words / (time.perf_counter() - wall))
        best_cpu = max(best_cpu, n_words / (time.process_time() - cpu))
    return {"wall": round(best_wall), "cpu": round(best_cpu)}


def size_mb(path: Path) -> float:
    total = sum(f.stat().st_size for f in path.rglob("*") if f.is_file())
    return round(total / 1e6, 1)


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description="Evaluate a parley spaCy pipeline.")
    parser.add_argument("model", type=Path)
    parser.add_argument("--corpus", type=Path, default=Path("train/corpus/test"))
    parser.add_argument("--split", default="test")
    args = parser.parse_args(argv)
    nlp = spacy.load(args.model)
    ewt = load_docs(nlp, args.corpus / f"ewt-{args.split}.spacy")
    gum = load_docs(nlp, args.corpus / f"gum-{args.split}.spacy")
    report = {
        "model": str(args.model),
        "ewt": score(nlp, ewt),
        "gum": score(nlp, gum),
        "words_per_second_1_thread": words_per_second(nlp, [doc.text for doc in ewt]),
        "size_mb": size_mb(args.model),
    }
    print(json.dumps(report, indent=2))
    return 0


if __name__ == "__main__":
    sys.exit(main())
