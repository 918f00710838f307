"""Matrix products for the CPU pipeline through numpy's BLAS instead of thinc's bundled blis.

Why: thinc's ``NumpyOps.gemm`` calls blis, whose kernels on the CPUs we measured (AMD EPYC, with AVX2
and AVX-512) ran a tok2vec-sized product (1,200 x 384 by 384 x 384, float32) about 3x slower than the
OpenBLAS that numpy wheels bundle. The products are the same sums, so the parse is the same (checked on
every dev article: identical records). Only the nodes that run on plain ``NumpyOps`` are switched (a
GPU or a user's own ops are left alone); ``PARLEY_BLAS=blis`` keeps thinc's default, for comparison.
The parser's per-step scoring still uses blis inside spaCy's compiled loop, which this cannot reach.
"""

from __future__ import annotations

import os

import numpy as np
from spacy.language import Language
from thinc.api import NumpyOps


class NumpyBlasOps(NumpyOps):
    """``NumpyOps`` whose ``gemm`` is numpy's ``matmul`` (OpenBLAS in numpy's wheels)."""

    name = "parley_numpy_blas"

    def gemm(  # type: ignore[override]
        self,
        x: np.ndarray,
        y: np.ndarray,
        out: np.ndarray | None = None,
        trans1: bool = False,
        trans2: bool = False,
    ) -> np.ndarray:
        a = x.T if trans1 else x
        b = y.T if trans2 else y
        if out is None:
            return np.matmul(a, b)
        np.matmul(a, b, out=out)
        return out


def use_numpy_blas(nlp: Language) -> int:
    """Switch every model node of ``nlp`` that runs on plain ``NumpyOps`` to :class:`NumpyBlasOps`;
    return how many were switched (0 when ``PARLEY_BLAS=blis``)."""
    if os.environ.get("PARLEY_BLAS", "").lower() == "blis":
        return 0
    ops = NumpyBlasOps()
    switched = 0
    for _, pipe in nlp.components:
        model = getattr(pipe, "model", None)
        if model is None or not hasattr(model, "walk"):
            continue
        for node in model.walk():
            if type(node.ops) is NumpyOps:
                node.ops = ops
                switched += 1
    return switched
