"""Decoding scraped bytes: the encoding is detected; English text in a Windows code page comes back exact."""

from __future__ import annotations

import pytest

from parley.read import decode

PLAIN = "Negotiators met again on Tuesday and agreed to resume the technical talks next month. "
TEXTS = [
    # Curly quotes, dashes, a Scandinavian or accented letter: bytes that cp1250, cp1252, cp1257 share.
    "\u201cWe will not sign,\u201d said envoy Lars S\u00f8rensen \u2013 the talks stalled. " + PLAIN * 4,
    "The mediator, Ren\u00e9e Fran\u00e7ois, called it \u201cserious\u201d \u2014 a first. " + PLAIN * 4,
    "Delegates from \u00c5land and Troms\u00f8 met \u2013 \u2018a useful day\u2019, one said. " + PLAIN * 4,
]


@pytest.mark.parametrize("text", TEXTS)
def test_windows_1252_english_is_read_exactly(text: str) -> None:
    decoded, encoding = decode(text.encode("cp1252"))
    assert decoded == text, encoding


@pytest.mark.parametrize("encoding", ["utf-8", "utf-8-sig"])
def test_unicode_is_read_exactly(encoding: str) -> None:
    text = "\u041a\u0438\u0457\u0432 and \u0130stanbul: \u201ctalks\u201d \u2013 " * 5
    decoded, _ = decode(text.encode(encoding))
    assert decoded == text
