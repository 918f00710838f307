"""The national outlet's state places the unplaced people and state bodies of a story that names that state
(parley.cluster_countries, parley.outlet)."""

from __future__ import annotations

import pytest

from parley.clean import Cleaned
from parley.export import to_record
from parley.nlp import load_pipeline, run_pipeline


def _countries(text: str, outlet: str | None) -> dict[str, str | None]:
    doc = run_pipeline(load_pipeline(), text, "2025-06-10", None, outlet)
    record = to_record(doc, Cleaned(body=text), "2025-06-10", "argument")
    return {e.name: e.country for e in record.entities}


@pytest.mark.parametrize(
    ("text", "outlet", "name", "expected"),
    [
        # a local with no title, quoted beside a foreign state, is the paper's own
        (
            "South Korea and China met in Geneva. South Korea wants a deal. "
            "Chipmaker worker Lee Na-rae said China would not give way.",
            "KOR",
            "Lee Na-rae",
            "KOR",
        ),
        # a state body named without its state is the paper's state's
        (
            "South Korea and China met in Geneva. South Korea wants a deal. "
            "The Ministry of Foreign Affairs said China had agreed to meet again.",
            "KOR",
            "Ministry of Foreign Affairs",
            "KOR",
        ),
        # no outlet: the sentence's state still claims the body
        (
            "South Korea and China met in Geneva. South Korea wants a deal. "
            "The Ministry of Foreign Affairs said China had agreed to meet again.",
            None,
            "Ministry of Foreign Affairs",
            "CHN",
        ),
        # a story that names the paper's state once sets no prior
        (
            "Talvia and China met in Geneva. The Ministry of Foreign Affairs said China had agreed. "
            "Officials in Seoul watched.",
            "KOR",
            "Ministry of Foreign Affairs",
            "CHN",
        ),
    ],
)
def test_outlet_places_unplaced(text: str, outlet: str | None, name: str, expected: str | None) -> None:
    found = _countries(text, outlet)
    assert name in found, sorted(found)
    assert found[name] == expected
