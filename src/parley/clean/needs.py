"""What a rule regex cannot match without: the literal words it needs, so a line lacking them skips it.

A cruft shape is tried on every short line, and a regex with bounded repeats of word groups can cost far
more than a substring test even when it fails. ``needs(pattern)`` reads the parsed pattern's top level:
each literal run, and each alternation whose every branch holds a literal run, must occur in any text the
pattern matches. The test is only a shortcut: whenever it cannot decide (under IGNORECASE, a text holding one
of the few characters that Unicode case folding matches to an ASCII letter, where ``str.lower`` differs),
the regex itself decides.
"""

from __future__ import annotations

import re
from dataclasses import dataclass

try:  # the parser of the standard re module: private, so a missing one means no shortcut at all
    from re import _constants as _c
    from re import _parser as _p
except ImportError:  # pragma: no cover
    _p = _c = None  # type: ignore[assignment]

Need = tuple[str, ...]  # one of these strings must occur
# The non-ASCII characters that re's IGNORECASE matches to an ASCII letter ("İ", "ı", "ſ", Kelvin "K");
# tests/clean/test_needs.py checks this against the running Python's own tables.
FOLDS_TO_ASCII = frozenset("\u0130\u0131\u017f\u212a")
_UNSET = object()


def fold(text: str) -> str | None:
    """``text`` lower-cased for the needs of IGNORECASE patterns, or None where that could mislead."""
    if not text.isascii() and not FOLDS_TO_ASCII.isdisjoint(text):
        return None
    return text.lower()


def _longest_run(items: list) -> str:
    """The longest run of literal characters in a parsed sequence ('' when none)."""
    best, run = "", []
    for op, av in list(items) + [(None, None)]:
        if op is _c.LITERAL:
            run.append(chr(av))
            continue
        if len(run) > len(best):
            best = "".join(run)
        run = []
    return best


def _needs_of(items: list) -> list[Need]:
    out: list[Need] = []
    run: list[str] = []
    for op, av in list(items) + [(None, None)]:
        if op is _c.LITERAL:
            run.append(chr(av))
            continue
        if run:
            out.append(("".join(run),))
            run = []
        if op is _c.BRANCH:
            alts = tuple(_longest_run(list(branch)) for branch in av[1])
            if all(alts):
                out.append(alts)
        elif op is _c.SUBPATTERN and not av[1] and not av[2]:  # scoped flags change what matches: skip
            out.extend(_needs_of(list(av[3])))
        elif op in (_c.MAX_REPEAT, _c.MIN_REPEAT, _c.POSSESSIVE_REPEAT) and av[0] >= 1:
            out.extend(_needs_of(list(av[2])))
    return out


@dataclass(frozen=True)
class Guarded:
    """A compiled rule regex with the literals it needs; ``match``/``search`` answer as the regex does."""

    pattern: re.Pattern[str]
    needs: tuple[Need, ...]
    folded: bool  # IGNORECASE: the needs are lower case and are looked for in the lowered text

    def possible(self, text: str, folded: object = _UNSET) -> bool:
        """False only when the regex surely cannot match ``text``; ``folded`` is ``fold(text)`` when the
        caller tries many patterns on one text."""
        if not self.needs:
            return True
        if self.folded:
            low = fold(text) if folded is _UNSET else folded
            if not isinstance(low, str):
                return True
            text = low
        return all(any(s in text for s in need) for need in self.needs)

    def match(self, text: str, folded: object = _UNSET) -> re.Match[str] | None:
        return self.pattern.match(text) if self.possible(text, folded) else None

    def search(self, text: str, folded: object = _UNSET) -> re.Match[str] | None:
        return self.pattern.search(text) if self.possible(text, folded) else None


def guarded(pattern: str, flags: int = 0) -> Guarded:
    """``re.compile(pattern, flags)`` with the literals any match needs."""
    compiled = re.compile(pattern, flags)
    if _p is None:  # pragma: no cover
        return Guarded(compiled, (), False)
    parsed = _p.parse(pattern, flags)
    folded = bool(parsed.state.flags & re.IGNORECASE)
    needs = _needs_of(list(parsed))
    if folded:
        # Under Unicode case folding a non-ASCII literal may match an ASCII letter ("K" Kelvin sign, "ſ").
        needs = [tuple(s.lower() for s in need) for need in needs if all(s.isascii() for s in need)]
    return Guarded(compiled, tuple(needs), folded)
