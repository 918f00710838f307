"""Copy a trained pipeline into the package as ``src/parley/models/en_parley``.

Usage:
    python train/package.py train/training/run1/model-best src/parley/models/en_parley

Sets the package metadata, replaces the training-only batcher (registered in
``train/timed.py``) by spaCy's stock one so that ``spacy.load(path)`` needs no
``--code``, and writes the pipeline with ``nlp.to_disk``.
"""

from __future__ import annotations

import argparse
import shutil
import sys
from pathlib import Path

import spacy

sys.path.insert(0, str(Path(__file__).resolve().parent))
import timed  # noqa: E402,F401  (registers the batcher so the config resolves)

META = {
    "name": "parley",
    "version": "0.1.0",
    "description": (
        "parley's English pipeline (tok2vec, tagger, morphologizer, parser, ner, "
        "rule lemmatizer), CPU, no vectors, trained on UD English-EWT + GUM (open "
        "genres) and UNER English-EWT (PER/ORG/LOC). See MODEL_CARD.md."
    ),
    "license": "CC BY-SA 4.0",
    "author": "parley",
    "sources": [
        {
            "name": "UD English-EWT",
            "url": "https://github.com/UniversalDependencies/UD_English-EWT",
            "license": "CC BY-SA 4.0",
        },
        {
            "name": "UD English-GUM (open genres)",
            "url": "https://github.com/UniversalDependencies/UD_English-GUM",
            "license": "CC BY / CC BY-SA (texts), CC BY 4.0 (annotations)",
        },
        {
            "name": "UNER English-EWT",
            "url": "https://github.com/UniversalNER/UNER_English-EWT",
            "license": "CC BY-SA 4.0",
        },
    ],
}

STOCK_BATCHER = {
    "@batchers": "spacy.batch_by_words.v1",
    "discard_oversize": False,
    "tolerance": 0.2,
    "get_length": None,
    "size": {"@schedules": "compounding.v1", "start": 100, "stop": 1000, "compound": 1.001, "t": 0.0},
}


def package(src: Path, dest: Path) -> None:
    nlp = spacy.load(src)
    nlp.meta.update(META)
    nlp.config["training"]["batcher"] = STOCK_BATCHER
    card = dest / "MODEL_CARD.md"
    saved_card = card.read_text(encoding="utf8") if card.exists() else None
    if dest.exists():
        shutil.rmtree(dest)
    nlp.to_disk(dest)
    if saved_card is not None:
        card.write_text(saved_card, encoding="utf8")


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description="Package a trained pipeline into src/parley/models.")
    parser.add_argument("src", type=Path)
    parser.add_argument("dest", type=Path)
    args = parser.parse_args(argv)
    package(args.src, args.dest)
    return 0


if __name__ == "__main__":
    sys.exit(main())
