"""A guarded rule regex answers exactly as the plain regex does; its word test only skips sure misses."""

from __future__ import annotations

import re

import pytest

from parley.clean.cruft_rules import compiled_rules
from parley.clean.needs import FOLDS_TO_ASCII, fold, guarded

CASES = [
    # pattern, flags, text
    (r"^(?:news|media)\s(?:arm|unit)\sof\s", re.IGNORECASE, "Media arm of the group"),
    (r"^(?:news|media)\s(?:arm|unit)\sof\s", re.IGNORECASE, "Media wing of the group"),
    (r"^(?:news|media)\s(?:arm|unit)\sof\s", re.IGNORECASE, "NEWS UNIT OF “Tidewater”"),
    (r"^share\s(?:this|it)$", re.IGNORECASE, "Share thiſ"),  # the long s matches "s" under IGNORECASE
    (r"^li\w{0,3}$", re.IGNORECASE, "LİKE"),  # dotted capital I
    (r"^li\w{0,3}$", re.IGNORECASE, "lıke"),  # dotless small i
    (r"^pac\w$", re.IGNORECASE, "PAC\u212a"),  # Kelvin sign
    (r"^(?:ab)+c$", 0, "ababc"),
    (r"^(?:ab)+c$", 0, "ABABC"),
    (r"^(?:x|yz)?q$", 0, "q"),  # an optional group needs nothing
    (r"(?:—|–)\s(?:continued)$", re.IGNORECASE, "story – Continued"),
]


@pytest.mark.parametrize(("pattern", "flags", "text"), CASES)
def test_guarded_answers_as_the_regex(pattern: str, flags: int, text: str) -> None:
    plain, guard = re.compile(pattern, flags), guarded(pattern, flags)
    assert bool(guard.match(text)) == bool(plain.match(text))
    assert bool(guard.search(text)) == bool(plain.search(text))
    assert bool(guard.match(text, fold(text))) == bool(plain.match(text))


def test_folds_to_ascii_is_this_pythons_table() -> None:
    # Every non-ASCII character that IGNORECASE matches to an ASCII letter or digit must be listed.
    ascii_chars = [chr(c) for c in range(33, 127)]
    folding = {
        ch
        for ch in map(chr, range(128, 0x110000))
        if (low := ch.lower()) and (low.isascii() or ch.upper().isascii() or ch.casefold().isascii())
    }
    folding |= {chr(c) for c in (0x131, 0x17F, 0x212A, 0x130)}
    found = {ch for ch in folding if any(re.fullmatch(re.escape(a), ch, re.IGNORECASE) for a in ascii_chars)}
    assert found <= FOLDS_TO_ASCII


def test_cruft_shapes_agree_on_tricky_lines() -> None:
    rules = compiled_rules()
    texts = [
        "Reuters, the news and media division of Thomson",
        "Share thiſ story",
        "12 shares",
        "Page 4 · Continued from page A1",
        "Kyiv’s envoy said talks would resume, the agency reported.",
    ]
    for text in texts:
        for shape, _ in rules.shapes:
            assert bool(shape.match(text)) == bool(shape.pattern.match(text))
        for shape, _, _ in rules.tail_shapes:
            assert bool(shape.search(text)) == bool(shape.pattern.search(text))
