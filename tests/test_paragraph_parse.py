"""parley.paragraph_parse: the parser and the entity recognizer over paragraphs, written back whole."""

from __future__ import annotations

import pytest
import spacy

from parley.nlp import by_paragraph, load_pipeline, model_path, run_pipeline, steps
from parley.paragraph_parse import paragraphs, windows

HAS_MODEL = (model_path() / "config.cfg").exists()


@pytest.mark.parametrize(
    ("text", "want"),
    [
        ("One line only.", [(0, 4)]),
        ("First one.\nSecond one.", [(0, 3), (4, 7)]),
        ("First one.\n\nSecond one.", [(0, 3), (4, 7)]),
        ("Two  spaces here.\nNext.", [(0, 5), (6, 8)]),  # a double space stays inside its paragraph
        ("Ends with a break.\n", [(0, 5)]),
    ],
)
def test_paragraph_ranges(text: str, want: list[tuple[int, int]]) -> None:
    assert paragraphs(spacy.blank("en")(text)) == want


ARTICLE = (
    "Envoys of Velmora and Astrand met in Geneva on Tuesday and agreed to meet again\n"
    "The talks, chaired by the Swiss foreign minister Lena Baumgart, lasted six hours.\n"
    "\u201cWe have a text,\u201d said Ilse Marten, who leads the Velmoran delegation.\n"
    "A second round is planned for next month in Oslo."
)


@pytest.mark.parametrize(
    ("text", "want"),
    [
        ("One line only.", [(0, 4)]),
        ("First one.\nSecond one.", [(0, 4), (3, 7)]),
        ("Ann left.\nBo came.\nCy sat.", [(0, 4), (3, 8), (7, 11)]),
    ],
)
def test_windows_hold_the_breaks(text: str, want: list[tuple[int, int]]) -> None:
    doc = spacy.blank("en")(text)
    assert windows(doc, paragraphs(doc)) == want


@pytest.mark.skipif(not HAS_MODEL, reason="parley's model is not shipped")
def test_as_the_whole_doc(monkeypatch) -> None:
    nlp = load_pipeline(None)
    assert by_paragraph(nlp) == {"parser", "ner"}
    doc = run_pipeline(nlp, ARTICLE, "2025-05-29")
    monkeypatch.setenv("PARLEY_PARAGRAPH_PARSE", "0")
    assert by_paragraph(nlp) == frozenset()
    whole = run_pipeline(nlp, ARTICLE, "2025-05-29")
    assert [t.tag_ for t in whole] == [t.tag_ for t in doc]  # taggers run on the whole Doc either way
    same = sum((a.dep_, a.head.i) == (b.dep_, b.head.i) for a, b in zip(doc, whole, strict=True))
    assert same >= 0.9 * len(doc)
    assert len(list(doc.sents)) >= 4  # four paragraphs
    for tok in doc:  # one tree per sentence: every head chain ends at a root inside the sentence
        seen = {tok.i}
        while tok.head.i != tok.i:
            tok = tok.head
            assert tok.i not in seen
            seen.add(tok.i)
    names = {e.text for e in doc.ents}
    assert {"Geneva", "Ilse Marten", "Oslo"} <= names
    for e in doc.ents:  # entity offsets index the whole text, within one paragraph
        assert ARTICLE[e.start_char : e.end_char] == e.text and "\n" not in e.text


@pytest.mark.skipif(not HAS_MODEL, reason="parley's model is not shipped")
def test_one_paragraph_goes_whole() -> None:
    nlp = load_pipeline(None)
    text = "Ilse Marten said the talks in Geneva would resume next week."
    doc = run_pipeline(nlp, text, "2025-05-29")
    plain = spacy.load(model_path())(text)
    assert [(t.dep_, t.head.i) for t in doc] == [(t.dep_, t.head.i) for t in plain]
    assert [(e.start, e.end, e.label_) for e in doc.ents] == [(e.start, e.end, e.label_) for e in plain.ents]


def test_transformer_pipelines_go_whole() -> None:
    nlp = spacy.blank("en")
    nlp.add_pipe("sentencizer", name="transformer")  # only the name matters here
    nlp.add_pipe("sentencizer", name="parser")
    assert by_paragraph(nlp) == frozenset()


@pytest.mark.skipif(not HAS_MODEL, reason="parley's model is not shipped")
def test_steps_group_the_batched_components(monkeypatch) -> None:
    nlp = load_pipeline(None)
    grouped = steps_of(nlp)
    assert (["parser", "ner"], True) in grouped
    assert sum(len(names) for names, _ in grouped) == len(nlp.pipe_names)
    monkeypatch.setenv("PARLEY_PARAGRAPH_PARSE", "0")
    assert all(len(names) == 1 and not batched for names, batched in steps_of(nlp))


def steps_of(nlp):
    return [([name for name, _ in group], batched) for group, batched in steps(nlp)]
