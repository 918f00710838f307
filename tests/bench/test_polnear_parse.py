"""The PolNeAR scorer's reading of brat standoff (bench/polnear_eval.py), on invented annotations."""

from __future__ import annotations

import importlib.util
import sys
from pathlib import Path

import pytest

_PATH = Path(__file__).resolve().parents[2] / "bench" / "polnear_eval.py"
_spec = importlib.util.spec_from_file_location("polnear_eval", _PATH)
assert _spec is not None and _spec.loader is not None
polnear_eval = importlib.util.module_from_spec(_spec)
sys.modules["polnear_eval"] = polnear_eval  # its dataclasses look their module up
_spec.loader.exec_module(polnear_eval)


@pytest.mark.parametrize(
    ("where", "extent"),
    [
        ("10 20", (10, 20)),
        ("10 20;30 40", (10, 40)),
        ("30 40;10 20", (10, 40)),  # pieces listed backwards: the extent still runs forwards
        ("50 60;10 20;30 40", (10, 60)),
    ],
)
def test_content_extent_in_text_order(where: str, extent: tuple[int, int]) -> None:
    ann = "\n".join(
        [
            "T1\tSource 0 5\tAnna",
            "T2\tCue 6 9\tsaid",
            f"T3\tContent {where}\tx",
            "E1\tAttribution:T2 Source:T1 Cue:T2 Content:T3",
        ]
    )
    gold = polnear_eval.parse_ann(ann)
    assert extent in gold.contents
    assert gold.relations[0][0] == extent
