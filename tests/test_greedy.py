"""parley.greedy: the parser and the recognizer stepped from Python give spaCy's own analysis."""

from __future__ import annotations

from typing import Any

import pytest
import spacy
from spacy.language import Language
from spacy.ml.parser_model import ParserStepModel
from spacy.tokens import Doc

from parley import greedy
from parley.nlp import model_path

pytestmark = pytest.mark.skipif(
    not (model_path() / "config.cfg").exists(), reason="parley's model is not shipped"
)

TEXTS = [
    "Negotiators from Velmora and Astrand met in Geneva on Tuesday.",
    "The foreign minister, Ilse Marten, said the talks would resume next week, but Astrand's envoy, "
    "Piet Voss, told reporters that no date had been set.",
    "\u201cWe are close,\u201d she said.\n\nA draft text was exchanged late Wednesday in Brenn.",
    "Talks.",
    "",
]


@pytest.fixture(autouse=True)
def _default_loop(monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.delenv("PARLEY_GREEDY", raising=False)


@pytest.fixture(scope="module")
def nlp() -> Language:
    return spacy.load(model_path())


def _analysed(nlp: Language, texts: list[str], run: Any) -> list[list[tuple[Any, ...]]]:
    docs = [nlp.get_pipe("tok2vec")(nlp.make_doc(t)) for t in texts]
    for name in ("parser", "ner"):
        docs = run(nlp.get_pipe(name), docs)
    return [[(t.i, t.head.i, t.dep_, t.ent_iob_, t.ent_type_, t.is_sent_start) for t in d] for d in docs]


def _spacys(pipe: Any, docs: list[Doc]) -> list[Doc]:
    return list(pipe.pipe(docs, batch_size=len(docs)))


def test_stepped_from_python_the_analysis_is_spacys(nlp: Language, monkeypatch: pytest.MonkeyPatch) -> None:
    assert greedy.steppable(nlp.get_pipe("parser")) and greedy.steppable(nlp.get_pipe("ner"))
    want = _analysed(nlp, TEXTS, _spacys)
    steps: list[int] = []
    predict = ParserStepModel.predict

    def counted(self: ParserStepModel, states: Any) -> Any:
        steps.append(len(states))
        return predict(self, states)

    monkeypatch.setattr(ParserStepModel, "predict", counted)
    assert _analysed(nlp, TEXTS, greedy.annotate) == want
    assert len(steps) > 20  # the steps ran here, from Python
    assert any(dep for doc in want for _, _, dep, *_ in doc)  # the parse is there to compare
    assert any(iob == "B" for doc in want for _, _, _, iob, *_ in doc)


def test_one_doc_at_a_time_gives_the_batchs_analysis(nlp: Language) -> None:
    batch = _analysed(nlp, TEXTS, greedy.annotate)
    single = [_analysed(nlp, [t], greedy.annotate)[0] for t in TEXTS]
    assert single == batch


def test_spacys_loop_on_request_and_for_a_beam(nlp: Language, monkeypatch: pytest.MonkeyPatch) -> None:
    parser = nlp.get_pipe("parser")
    monkeypatch.setitem(parser.cfg, "beam_width", 4)
    assert not greedy.steppable(parser)
    monkeypatch.setitem(parser.cfg, "beam_width", 1)
    assert greedy.steppable(parser)
    monkeypatch.setenv("PARLEY_GREEDY", "spacy")
    assert not greedy.steppable(parser)
    # spaCy's own loop then runs, with the same result
    assert _analysed(nlp, TEXTS[:2], greedy.annotate) == _analysed(nlp, TEXTS[:2], _spacys)


def test_a_component_that_is_no_transition_parser_is_not_stepped(nlp: Language) -> None:
    assert not greedy.steppable(nlp.get_pipe("tagger"))
    assert not greedy.steppable(lambda doc: doc)
