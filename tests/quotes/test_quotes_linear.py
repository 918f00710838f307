"""Scraped text is untrusted: the quote stage must stay linear in its input (best of 3 at n, 2n, 4n)."""

from __future__ import annotations

import time
from collections.abc import Callable

import pytest

import parley
from parley.quotes import find_quotes


def _best_of_3(fn: Callable[[], object]) -> float:
    best = float("inf")
    for _ in range(3):
        started = time.perf_counter()
        fn()
        best = min(best, time.perf_counter() - started)
    return best


# Each unit is repeated n, 2n, 4n times (all on one line unless the unit breaks lines).
ADVERSARIAL = {
    "unmatched curly marks": ("“ ” “ said “ he “ told ", 400),
    "unmatched straight marks": ('"a "said ""b " he said "', 400),
    "one 128 KB line of marks": ('“We are ready," he said "' * 4 + " and ", 350),
    "reporting verbs without end": ("officials said that he said that ", 400),
    "quote paragraphs": ("“We are ready to talk\n\n", 300),
    "colons and commas": (", he said: “", 600),
    "according to": ("according to Peskov, ", 500),
}


@pytest.fixture(scope="module")
def nlp():
    return parley.load_pipeline("blank")


@pytest.mark.parametrize("name", sorted(ADVERSARIAL))
def test_quote_stage_is_linear(name: str, nlp) -> None:
    unit, n = ADVERSARIAL[name]
    docs = []
    for k in (1, 2, 4):
        doc = nlp.make_doc(unit * (n * k))
        for pname, proc in nlp.pipeline:
            if pname != "parley_quotes":
                doc = proc(doc)
        docs.append(doc)
    # Linear work gives 4x from n to 4n; allow noise, refuse quadratic (16x). Re-measure before failing.
    ratios = []
    for _ in range(3):
        times = [_best_of_3(lambda d=d: find_quotes(d)) for d in docs]
        ratios.append(times[2] / max(times[0], 1e-4))
        if ratios[-1] < 8:
            break
    assert min(ratios) < 8, f"{name}: t(4n)/t(n) = {ratios} ({times})"


def test_128kb_line_is_fast(nlp) -> None:
    text = ('“x " said ' * 13_000)[:131_072]
    doc = nlp(text)
    started = time.perf_counter()
    find_quotes(doc)
    assert time.perf_counter() - started < 5.0
