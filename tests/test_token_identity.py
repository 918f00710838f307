"""spaCy makes a new Token object on every access, so `tok.head is tok` is never true, even at the root.

Code that climbs the parse must compare positions (`tok.head.i == tok.i`). This guard keeps the identity
test from coming back into the package.
"""

from __future__ import annotations

import re
from pathlib import Path

import pytest
import spacy

SRC = Path(__file__).resolve().parents[1] / "src" / "parley"
_IDENTITY = re.compile(r"\.head is (?!(?:not )?None\b)(?:not )?\w")
FILES = sorted(SRC.rglob("*.py"))


def test_tokens_are_new_objects_each_time() -> None:
    doc = spacy.blank("en")("Talks resumed.")
    assert doc[0] is not doc[0]
    assert doc[0] == doc[0]


@pytest.mark.parametrize("path", FILES, ids=[str(p.relative_to(SRC)) for p in FILES])
def test_no_identity_test_on_tokens(path: Path) -> None:
    lines = path.read_text(encoding="utf-8").splitlines()
    bad = [n for n, line in enumerate(lines, 1) if _IDENTITY.search(line)]
    assert not bad, f"{path.name}: compare token positions, not objects, on lines {bad}"
