"""Wall-clock capped batcher for ``spacy train`` (load with ``--code train/timed.py``).

``parley.timed_batch_by_words.v1`` behaves like ``spacy.batch_by_words.v1`` but
stops yielding batches once ``max_minutes`` have passed since the config was
resolved. With a finite ``training.max_epochs`` the training loop then runs
out of batches, stops normally and writes ``model-last`` (``model-best`` is
written at every evaluation that improves the score).
"""

from __future__ import annotations

import time
from collections.abc import Callable, Iterable, Iterator
from typing import Any

from spacy.training.batchers import minibatch_by_words
from spacy.util import registry
from thinc.api import compounding


@registry.batchers("parley.timed_batch_by_words.v1")
def configure_timed_batch_by_words(
    start: float,
    stop: float,
    compound: float,
    tolerance: float,
    max_minutes: float,
    discard_oversize: bool = False,
) -> Callable[[Iterable[Any]], Iterator[list[Any]]]:
    """Batch by words with compounding size and a wall-clock deadline."""
    deadline = time.monotonic() + 60.0 * max_minutes
    size = compounding(start, stop, compound)

    def batcher(items: Iterable[Any]) -> Iterator[list[Any]]:
        if time.monotonic() >= deadline:
            return
        for batch in minibatch_by_words(
            items, size=size, tolerance=tolerance, discard_oversize=discard_oversize
        ):
            yield batch
            if time.monotonic() >= deadline:
                print("parley: wall-clock limit reached, stopping training", flush=True)
                return

    return batcher
