"""The spaCy pipeline: parley's own trained model when shipped, else the bare English tokenizer, plus
parley's stages as spaCy components (each a ``Doc -> Doc`` step)."""

from __future__ import annotations

from functools import lru_cache
from importlib import resources
from pathlib import Path

import spacy
from spacy.language import Language
from spacy.tokens import Doc

from parley.coref import cluster
from parley.entities import find_mentions
from parley.errors import ModelError

if not Doc.has_extension("parley_entities"):
    Doc.set_extension("parley_entities", default=None)


def model_path() -> Path:
    """Where parley's own trained pipeline lives inside the package."""
    return Path(str(resources.files("parley") / "models" / "en_parley"))


@Language.component("parley_entities")
def entities_component(doc: Doc) -> Doc:
    doc._.parley_entities = cluster(doc, find_mentions(doc))
    return doc


def _base(model: str | None) -> Language:
    if model in (None, "", "builtin"):
        path = model_path()
        if (path / "config.cfg").exists():
            return spacy.load(path)
        return spacy.blank("en")
    if model == "blank":
        return spacy.blank("en")
    try:
        return spacy.load(model)
    except OSError as err:
        raise ModelError(
            f"cannot load spaCy pipeline {model!r}",
            "install it as a package, give a folder made by nlp.to_disk, or drop --model",
        ) from err


@lru_cache(maxsize=4)
def load_pipeline(model: str | None = None) -> Language:
    """The spaCy Language parley runs: ``model`` (a name or path) or parley's own, with parley's stages."""
    nlp = _base(model)
    nlp.add_pipe("parley_entities", last=True)
    return nlp
