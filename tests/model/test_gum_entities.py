"""Tests for train/gum_entities.py: GUM's entity layer mapped to UNER-style PER/ORG/LOC tags.

Each case is an invented sentence written as CoNLL-U-like rows: (form, XPOS, head (1-based,
0 = root), deprel, GUM ``Entity=`` value or "") and the IOB tags expected (None = missing).
"""

from __future__ import annotations

import importlib.util
import sys
from pathlib import Path
from types import ModuleType

import pytest

REPO = Path(__file__).resolve().parents[2]

Rows = list[tuple[str, str, int, str, str]]


def _load() -> ModuleType:
    spec = importlib.util.spec_from_file_location(
        "parley_train_gum_entities", REPO / "train" / "gum_entities.py"
    )
    assert spec is not None and spec.loader is not None
    module = importlib.util.module_from_spec(spec)
    sys.modules[spec.name] = module  # dataclasses need the module registered
    spec.loader.exec_module(module)
    return module


gum = _load()


def conllu(rows: Rows) -> list[list[str]]:
    return [
        [str(i), form, form, "_", xpos, "_", str(head), deprel, "_", f"Entity={ent}" if ent else "_"]
        for i, (form, xpos, head, deprel, ent) in enumerate(rows, start=1)
    ]


TITLED_NAME: Rows = [
    ("the", "DT", 4, "det", "(1-person-new-nnnnn-cf1-1-coref"),
    ("Foreign", "NNP", 3, "amod", ""),
    ("Minister", "NNP", 4, "nmod:desc", ""),
    ("Anna", "NNP", 6, "nsubj", ""),
    ("Berg", "NNP", 4, "flat", "1)"),
    ("spoke", "VBD", 0, "root", ""),
]
COMMON_PLACE: Rows = [
    ("the", "DT", 2, "det", "(1-place-new-nnnnn-cf1-2-coref"),
    ("city", "NN", 0, "root", "1)"),
]
ORG_WITH_PLACE: Rows = [
    ("Berg", "NNP", 2, "compound", "(1-organization-new-nnnnn-cf1-1,2-sgl-Berg_University"),
    ("University", "NNP", 0, "root", ""),
    (",", ",", 4, "punct", ""),
    ("Norway", "NNP", 2, "list", "(2-place-new-nnnnn-cf2-1-sgl-Norway)1)"),
]
CITATION: Rows = [
    ("Alder", "NNP", 0, "root", "(1-abstract-new-nnnnn-cf1-1-sgl(2-person-new-nnnnn-cf2-1-sgl)"),
    ("&", "CC", 3, "cc", ""),
    ("Birch", "NNP", 1, "conj", "(3-person-new-nnnnn-cf3-1-sgl)"),
    (",", ",", 5, "punct", ""),
    ("1999", "CD", 1, "nmod:unmarked", "1)"),
]
NAMED_EVENT: Rows = [
    ("the", "DT", 3, "det", "(1-event-new-nnnnn-cf1-2,3-sgl"),
    ("Vale", "NNP", 3, "compound", "(2-place-new-nnnnn-cf2-1-sgl)"),
    ("Marathon", "NNP", 0, "root", "1)"),
]
CAPITALISED_COMMON: Rows = [
    ("the", "DT", 2, "det", "(1-organization-new-nnnnn-cf1-2-coref"),
    ("Government", "NNP", 0, "root", "1)"),
]
GROUP: Rows = [("Americans", "NNPS", 0, "root", "(1-person-new-nnnnn-cf1-1-sgl)")]
PET: Rows = [("Rex", "NNP", 0, "root", "(1-animal-new-nnnnn-cf1-1-sgl)")]
TITLE_ONLY: Rows = [
    ("the", "DT", 2, "det", "(1-person-new-nnnnn-cf1-2-coref"),
    ("President", "NNP", 0, "root", "1)"),
]
MULTIWORD_ORG: Rows = [
    ("the", "DT", 2, "det", "(1-organization-new-nnnnn-cf1-2,4,5-sgl"),
    ("Bank", "NNP", 0, "root", ""),
    ("of", "IN", 5, "case", ""),
    ("the", "DT", 5, "det", ""),
    ("North", "NNP", 2, "nmod", "1)"),
]
COORDINATED_ORGS: Rows = [
    ("Alder", "NNP", 0, "root", "(1-organization-new-nnnnn-cf1-1,3-sgl(2-organization-new-nnnnn-cf2-1-sgl)"),
    ("and", "CC", 3, "cc", ""),
    ("Birch", "NNP", 1, "conj", "(3-organization-new-nnnnn-cf3-1-sgl)1)"),
]

CASES = [
    pytest.param(TITLED_NAME, ["O", "O", "O", "B-PER", "I-PER", "O"], id="title-cut"),
    pytest.param(COMMON_PLACE, ["O", "O"], id="common-noun-place"),
    pytest.param(ORG_WITH_PLACE, ["B-ORG", "I-ORG", "O", "B-LOC"], id="org-then-place"),
    pytest.param(CITATION, ["B-PER", "O", "B-PER", "O", "O"], id="citation-authors"),
    pytest.param(NAMED_EVENT, ["O", "O", "O"], id="event-hides-nested-place"),
    pytest.param(CAPITALISED_COMMON, ["O", None], id="capitalised-common-noun"),
    pytest.param(GROUP, [None], id="plural-person"),
    pytest.param(PET, [None], id="named-animal"),
    pytest.param(TITLE_ONLY, ["O", "O"], id="title-without-name"),
    pytest.param(MULTIWORD_ORG, ["O", "B-ORG", "I-ORG", "I-ORG", "I-ORG"], id="multiword-org"),
    pytest.param(COORDINATED_ORGS, ["B-ORG", "O", "B-ORG"], id="coordinated-orgs"),
]


@pytest.mark.parametrize(("rows", "expected"), CASES)
def test_sentence_tags(rows: Rows, expected: list[str | None]) -> None:
    tags = gum.sentence_tags(gum.to_rows(conllu(rows)), frozenset({"government", "city"}))
    assert tags == expected


def test_mentions_keep_type_span_and_identity() -> None:
    mentions = gum.parse_mentions(gum.to_rows(conllu(ORG_WITH_PLACE)))
    assert sorted(mentions, key=lambda m: m.start) == [
        gum.Mention(0, 3, "organization", "Berg_University"),
        gum.Mention(3, 3, "place", "Norway"),
    ]
