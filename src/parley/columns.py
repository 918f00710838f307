"""Token columns of a Doc (text, lower-cased text and lemma, offsets) and its text, built once per Doc and
kept in ``doc.user_data``.

The stages walk every token of an article many times, and each read of a token's attribute makes a Token
object and a string; a column is a plain list read by token index, built from ``Doc.to_array`` (no Token made
for it either). The stages run after the model and never change a token, so a column stays true for the life
of the Doc. A column is shared by every stage: read it, never change it.
"""

from __future__ import annotations

from collections.abc import Callable
from typing import Any

from spacy.attrs import IDX, LEMMA, LOWER, ORTH
from spacy.tokens import Doc


def cached(doc: Doc, key: str, build: Callable[[], Any]) -> Any:
    """``doc.user_data[key]``, built by ``build()`` the first time it is asked for."""
    value = doc.user_data.get(key)
    if value is None:
        value = doc.user_data[key] = build()
    return value


def lowers(doc: Doc) -> list[str]:
    """``tok.lower_`` of every token."""
    return cached(doc, "parley_col_lower", lambda: _strings(doc, LOWER))


def lemmas(doc: Doc) -> list[str]:
    """``tok.lemma_.lower()`` of every token."""
    return cached(doc, "parley_col_lemma", lambda: [w.lower() for w in _strings(doc, LEMMA)])


def texts(doc: Doc) -> list[str]:
    """``tok.text`` of every token."""
    return cached(doc, "parley_col_text", lambda: _strings(doc, ORTH))


def doc_text(doc: Doc) -> str:
    """``doc.text``, built once (spaCy joins every token each time it is asked)."""
    return cached(doc, "parley_col_doc_text", lambda: doc.text)


def starts(doc: Doc) -> list[int]:
    """``tok.idx`` (the character offset) of every token."""
    return _bounds(doc)[0]


def _strings(doc: Doc, attr: int) -> list[str]:
    strings = doc.vocab.strings
    return [strings[h] for h in doc.to_array(attr).tolist()] if len(doc) else []


def _bounds(doc: Doc) -> tuple[list[int], list[int]]:
    def build() -> tuple[list[int], list[int]]:
        idx = doc.to_array(IDX).tolist() if len(doc) else []
        return idx, [i + len(t) for i, t in zip(idx, texts(doc), strict=True)]

    return cached(doc, "parley_col_bounds", build)


def span_text(doc: Doc, i: int, j: int) -> str:
    """``doc[i:j].text`` without making the Span: the text from token i's start to token j - 1's end."""
    n = len(doc)
    i, j = i + n if i < 0 else i, j + n if j < 0 else j  # as Doc slicing (spacy.util.normalize_slice)
    i = min(n, max(0, i))
    j = min(n, max(i, j))
    if j == i:
        return ""
    bounds = _bounds(doc)
    return doc_text(doc)[bounds[0][i] : bounds[1][j - 1]]
