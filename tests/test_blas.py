"""parley.blas: numpy's BLAS in place of thinc's blis gives the same products and the same analysis."""

from __future__ import annotations

import numpy as np
import pytest
import spacy
from thinc.api import NumpyOps

from parley.blas import NumpyBlasOps, use_numpy_blas
from parley.nlp import model_path

RNG = np.random.default_rng(7)


@pytest.mark.parametrize(
    ("shape_x", "shape_y", "trans1", "trans2"),
    [
        ((37, 64), (64, 21), False, False),
        ((64, 37), (64, 21), True, False),
        ((37, 64), (21, 64), False, True),
        ((64, 37), (21, 64), True, True),
        ((1, 128), (128, 77), False, False),
    ],
)
def test_gemm_matches_thinc(shape_x, shape_y, trans1, trans2) -> None:
    x = RNG.standard_normal(shape_x, dtype=np.float32)
    y = RNG.standard_normal(shape_y, dtype=np.float32)
    want = NumpyOps().gemm(x, y, trans1=trans1, trans2=trans2)
    got = NumpyBlasOps().gemm(x, y, trans1=trans1, trans2=trans2)
    assert got.dtype == np.float32 and got.shape == want.shape
    np.testing.assert_allclose(got, want, rtol=1e-4, atol=1e-4)
    out = np.full(want.shape, 99.0, dtype=np.float32)  # written over, not added to
    assert NumpyBlasOps().gemm(x, y, out=out, trans1=trans1, trans2=trans2) is out
    np.testing.assert_allclose(out, want, rtol=1e-4, atol=1e-4)


TEXT = (
    "Negotiators from Velmora and Astrand met in Geneva on Tuesday.\n"
    "The foreign minister, Ilse Marten, said the talks would resume next week.\n"
    "\u201cWe are close,\u201d she told reporters, adding that a draft text had been exchanged."
)


@pytest.mark.skipif(not (model_path() / "config.cfg").exists(), reason="parley's model is not shipped")
def test_same_analysis_either_way(monkeypatch) -> None:
    plain = spacy.load(model_path())
    fast = spacy.load(model_path())
    assert use_numpy_blas(fast) > 0
    models = [p.model for _, p in fast.components if getattr(p, "model", None) is not None]
    ops = {type(node.ops) for model in models for node in model.walk()}
    assert NumpyOps not in ops
    a, b = plain(TEXT), fast(TEXT)
    assert [(t.tag_, t.pos_, t.dep_, t.head.i) for t in a] == [(t.tag_, t.pos_, t.dep_, t.head.i) for t in b]
    assert [(e.start, e.end, e.label_) for e in a.ents] == [(e.start, e.end, e.label_) for e in b.ents]
    monkeypatch.setenv("PARLEY_BLAS", "blis")
    assert use_numpy_blas(spacy.load(model_path())) == 0
