"""The model reads the body without its line breaks (parley.paragraphs): offsets stay the body's,
whitespace tokens are tagged SPACE and take no part in the parse, a paragraph opens a sentence, no entity
crosses one."""

from __future__ import annotations

import pytest
import spacy
from spacy.tokens import Doc, Span

import parley
from parley.nlp import run_pipeline
from parley.paragraphs import compact, expand, run_model

TEXTS = [
    "Talks ended on Monday, officials said.\n\nAmara Obi and Lena Park agreed to meet again.",
    "One line.\n\n\n\nAnother line after a wide gap.\n\nA third one.",
    "A paragraph ends here and\nthe next line goes on.\n\nNew paragraph.",
]


def _tag_all(doc: Doc) -> Doc:
    """A stand-in model: every word a noun hanging on the first word, and one entity over the whole text."""
    for t in doc:
        t.pos_, t.tag_, t.dep_ = "NOUN", "NN", "dep" if t.i else "ROOT"
        t.head = doc[0]
    doc.ents = [Span(doc, 0, len(doc), label="ORG")]
    return doc


@pytest.mark.parametrize("text", TEXTS)
def test_compact_drops_whitespace_tokens_and_keeps_the_body(text: str) -> None:
    doc = spacy.blank("en").make_doc(text)
    small, index = compact(doc)
    assert not any(t.is_space for t in small)
    assert [small[k].text for k in range(len(small))] == [doc[i].text for i in index]
    out = run_model(doc, [_tag_all])
    assert out.text == text and len(out) == len(doc)
    for t in out:
        if t.is_space:
            assert t.pos_ == "SPACE" and t.head.i <= t.i and not t.ent_type_
        else:
            assert t.pos_ == "NOUN"
    assert all("\n\n" not in e.text for e in out.ents)  # the entity is cut at the first paragraph break


@pytest.mark.parametrize(
    ("text", "starts"),
    [(TEXTS[0], ["Talks", "Amara"]), (TEXTS[1], ["One", "Another", "A"]), (TEXTS[2], ["A", "New"])],
)
def test_each_paragraph_opens_a_sentence(text: str, starts: list[str]) -> None:
    doc = spacy.blank("en").make_doc(text)
    small, _ = compact(doc)
    opened = [t.text for t in small if t.i == 0 or t.is_sent_start]
    assert opened == starts


def test_expand_without_annotations_leaves_them_unset() -> None:
    doc = spacy.blank("en").make_doc(TEXTS[0])
    small, index = compact(doc)
    out = expand(doc, small, index)
    assert out.text == TEXTS[0] and not out.has_annotation("DEP")


@pytest.mark.skipif(not (parley.model_path() / "config.cfg").exists(), reason="no shipped model")
@pytest.mark.parametrize("text", TEXTS)
def test_shipped_model_never_parses_a_line_break(text: str) -> None:
    doc = run_pipeline(parley.load_pipeline(), text)
    assert doc.text == text
    for t in doc:
        if t.is_space:
            assert t.pos_ == "SPACE" and t.dep_ not in {"nsubj", "compound", "ROOT"} or t.i == 0
    after_break = [t for t in doc if t.i and doc[t.i - 1].is_space and "\n\n" in doc[t.i - 1].text]
    assert after_break and all(t.is_sent_start for t in after_break)
