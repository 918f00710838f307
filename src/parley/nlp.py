"""The spaCy pipeline: parley's own trained model when shipped, else the bare English tokenizer, plus
parley's stages as spaCy components (each a ``Doc -> Doc`` step)."""

from __future__ import annotations

import importlib
import os
from functools import lru_cache
from importlib import resources
from pathlib import Path
from typing import Any

import spacy
from spacy.language import Language
from spacy.tokens import Doc

from parley.blas import use_numpy_blas
from parley.coref import cluster
from parley.entities import find_mentions
from parley.errors import ModelError
from parley.paragraph_parse import BATCHED, run_by_paragraph

# What each stage leaves on the Doc; export.py turns them into records.
for _ext in (
    "parley_entities",
    "parley_quotes",
    "parley_dates",
    "parley_places",
    "parley_events",
    "parley_negotiation",
):
    if not Doc.has_extension(_ext):
        Doc.set_extension(_ext, default=None)

# parley's stages in pipeline order: (spaCy component name, module whose import registers it).
# A stage reads the publication date, when known, from doc.user_data["parley_published"] (ISO date).
STAGES: list[tuple[str, str]] = [
    ("parley_entities", "parley.nlp"),
    ("parley_dates", "parley.temporal"),
    ("parley_places", "parley.places"),
    ("parley_quotes", "parley.quotes"),
    ("parley_events", "parley.events"),
]


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
    use_numpy_blas(nlp)
    for name, module in STAGES:
        importlib.import_module(module)
        nlp.add_pipe(name, last=True)
    return nlp


def run_pipeline(
    nlp: Language,
    text: str,
    published: str | None = None,
    dateline: str | None = None,
    outlet_country: str | None = None,
) -> Doc:
    """Process ``text`` with the publication date (and the dateline, when the cleaner found one, and the
    publishing outlet's country, when known) available to every stage."""
    doc = nlp.make_doc(text)
    doc.user_data["parley_published"] = published
    doc.user_data["parley_dateline"] = dateline
    doc.user_data["parley_outlet_country"] = outlet_country
    doc.user_data["parley_errors"] = []
    for group, batched in steps(nlp):
        if batched:
            doc = run_by_paragraph(doc, group)
            continue
        name, proc = group[0]
        if not name.startswith("parley_"):
            doc = proc(doc)
            continue
        try:
            doc = proc(doc)
        except Exception as err:  # one broken stage must not cost the article the others' findings
            doc.user_data["parley_errors"].append(f"{name}: {type(err).__name__}: {err}")
    return doc


def steps(nlp: Language) -> list[tuple[list[tuple[str, Any]], bool]]:
    """The pipeline in the steps :func:`run_pipeline` takes: each component alone, except that consecutive
    components of :func:`by_paragraph` go together over the paragraphs (flagged True)."""
    batched = by_paragraph(nlp)
    out: list[tuple[list[tuple[str, Any]], bool]] = []
    for name, proc in nlp.pipeline:
        if name in batched and out and out[-1][1]:
            out[-1][0].append((name, proc))
        else:
            out.append(([(name, proc)], name in batched))
    return out


def by_paragraph(nlp: Language) -> frozenset[str]:
    """The components :func:`run_pipeline` runs over the paragraphs as one batch: the parser and the
    entity recognizer, unless a transformer feeds them (its output lives outside ``doc.tensor``, which
    paragraph Docs copy) or ``PARLEY_PARAGRAPH_PARSE=0``."""
    if os.environ.get("PARLEY_PARAGRAPH_PARSE") == "0" or "transformer" in nlp.pipe_names:
        return frozenset()
    return BATCHED & frozenset(nlp.pipe_names)
