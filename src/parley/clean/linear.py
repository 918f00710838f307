"""A guard for rule regexes: scraped text is adversarial, so a pattern that can backtrack badly is refused."""

from __future__ import annotations

import re

_UNBOUNDED = re.compile(r"(?<!\\)(?:\*|\+|\{\d*,\})")
# A group body ending in a run of any length and then an optional space ("[a-z]{1,30}\s?", "\w+\s*").
_OPTIONAL_GAP = re.compile(r"(?<!\\)(?:\*|\+|\{\d*,\d*\})\)?\\s(?:\?|\*|\{0,\d*\})$")


def check_linear(pattern: str, *, anchor: str) -> str:
    """Refuse regexes that can backtrack badly; scraped text is adversarial input."""
    if anchor == "^" and not pattern.startswith("^"):
        raise ValueError(f"pattern must start with '^': {pattern!r}")
    if anchor == "$" and not pattern.endswith("$"):
        raise ValueError(f"pattern must end with '$': {pattern!r}")
    if re.search(r"(?<!\\)\.[*+]", pattern):
        raise ValueError(f"'.*'/'.+' can backtrack over the whole line: {pattern!r}")
    # A group holding an unbounded quantifier and itself repeated is the classic exponential shape.
    depth_starts: list[int] = []
    for i, ch in enumerate(pattern):
        if ch == "\\":
            continue
        if i and pattern[i - 1] == "\\":
            continue
        if ch == "(":
            depth_starts.append(i)
        elif ch == ")" and depth_starts:
            start = depth_starts.pop()
            after = pattern[i + 1 : i + 2]
            body = pattern[start + 1 : i]
            if after in {"*", "+", "{"} and _UNBOUNDED.search(body):
                raise ValueError(f"nested quantifier in {pattern!r}")
            # "(?:[a-z]{1,30}\s?){1,6}": with the gap optional, a run of letters splits among the repeats
            # in polynomially many ways, and a line that fails late tries them all (seconds on 60 letters).
            # Make the gap mandatory.
            if after in {"*", "+", "{"} and _OPTIONAL_GAP.search(body):
                raise ValueError(f"repeated words with an optional gap in {pattern!r}")
    try:
        re.compile(pattern)
    except re.error as err:
        raise ValueError(f"invalid regex {pattern!r}: {err}") from err
    return pattern
