"""The parser's and the entity recognizer's greedy decoding, stepped from Python with the GIL held.

Why: spaCy's compiled greedy loop (``Parser.greedy_parse``) releases the GIL, and the wheel's inner helpers
(the maxout's arg-max, the bias add, the transition system's validity check) were compiled with exception
checks that take the GIL back on every call: about half a million GIL round trips for a 1,000-word article,
measured with ``perf`` as ~40% of the parser's time. The same steps driven from Python (the step model spaCy
trains with, then ``Parser.transition_states``) keep the GIL, so those checks cost nothing: parser ~23 -> ~12
ms and recognizer ~9 -> ~3.5 ms on the benchmark article. The sums and the decisions are the same: every dev
article's record was byte-identical both ways. ``PARLEY_GREEDY=spacy`` keeps spaCy's loop, for comparison;
a beam-search pipe, a GPU pipe or a model of another shape goes through spaCy's loop too.
"""

from __future__ import annotations

import os
from collections.abc import Sequence
from typing import Any

from spacy.ml.parser_model import ParserStepModel
from spacy.tokens import Doc
from thinc.api import NumpyOps


def enabled() -> bool:
    return os.environ.get("PARLEY_GREEDY", "").lower() != "spacy"


def steppable(pipe: Any) -> bool:
    """``pipe`` is a greedy transition-based component on the CPU that this module can step."""
    cfg = getattr(pipe, "cfg", {})
    return (
        enabled()
        and cfg.get("beam_width") == 1
        and hasattr(pipe, "transition_states")
        and hasattr(pipe, "moves")
        and isinstance(pipe.model.ops, NumpyOps)
    )


def predict(pipe: Any, docs: Sequence[Doc]) -> list[Any]:
    """The final parse states of ``docs``, as ``pipe.predict(docs)`` gives them."""
    docs = list(docs)
    if not steppable(pipe) or not any(len(doc) for doc in docs):
        return pipe.predict(docs)
    ensure = getattr(pipe, "_ensure_labels_are_added", None)
    if ensure is not None:
        ensure(docs)
    step = pipe.model.predict(docs)
    if not isinstance(step, ParserStepModel):
        return pipe.predict(docs)
    batch = pipe.moves.init_batch(docs)
    states = [state for state in batch if not state.is_final()]
    while states:
        states = pipe.transition_states(states, step.predict(states))
    step.clear_memory()
    return batch


def annotate(pipe: Any, docs: Sequence[Doc]) -> list[Doc]:
    """Run ``pipe`` (a parser or an entity recognizer) over ``docs`` as one batch, in place."""
    docs = list(docs)
    if docs:
        pipe.set_annotations(docs, predict(pipe, docs))
    return docs
