"""Closing credits: the lines under a story that name who reported it ("Reporting by ...", "— AFP",
"With Reuters, AP"), which stay in the body however they look (GOLD_FORMAT.md: closing credit lines are body).
"""

from __future__ import annotations

import re

from parley.clean.cruft_rules import CompiledRules
from parley.clean.lines import Line

DASHES = ("—", "–", "-")
_SIGN_OFF_WORDS = 3
_SIGN_OFF_WIRES = 4
# A sign-off's mark (a dash, "With", an editor's initials before the wires in brackets), then the wires.
_SIGN_OFF = re.compile(
    r"(?:[—–-]\s?|[Ww]ith\s|[a-z]{2,4}(?:/[a-z]{2,4}){1,3}\s\()(?:[Ww]ith\s)?"
    r"(?P<wires>[A-Za-z/&,. -]{2,60}?)\)?\.?$"
)
# The wires, then the editor's initials after a slash ("Agency/Agency/ab", as German and Swiss desks sign):
# lower-case initials of two or three letters, which no photographer's name ("AFP/Jo Roe") ends with.
_INITIALLED = re.compile(r"(?P<wires>[A-Za-z][A-Za-z/&,. -]{1,60}?)\s?/\s?[a-z]{2,3}\.?$")
_WIRE_SEP = re.compile(r"\s*(?:,|/|&|\band\b)\s*")
# The desk's initials alone under an agency story ("kl/fz/rsc", "bur-pdw/rsc" where a bureau wrote it): who
# wrote and edited it.
_INITIALS = re.compile(r"[a-z]{2,3}(?:-[a-z]{2,3})?(?:/[a-z]{2,3}(?:-[a-z]{2,3})?){1,3}")
# A sign-off in brackets: the outlet "with" the wires ("(<Outlet> with AFP)", "(With AFP)"), or two wires or
# more ("(AFP, Reuters)"); "(AFP)" alone may be a photo's credit.
_BRACKETED = re.compile(
    r"\((?P<with>(?:[A-Z0-9][\w&.'’-]{0,20}\s){1,3}with\s|[Ww]ith\s)?(?P<wires>[A-Za-z/&,. -]{2,60}?)\)\.?$"
)


def is_credit(line: Line, rules: CompiledRules) -> bool:
    """A closing credit ("Reporting by ...", a news agency's sign-off "— Agency", "With Agency and Agency",
    an editor's initials before the wires "ab/cd (Agency, Agency)"), which stays in the body however it
    looks."""
    if line.n_words <= _SIGN_OFF_WORDS and line.text.startswith(DASHES):
        return line.text.lstrip("—–- ") in rules.rules.agencies or signs_off(line.text, rules)
    return any(p in line.lower for p in rules.rules.credit_phrases) or signs_off(line.text, rules)


def signs_off(text: str, rules: CompiledRules) -> bool:
    """Wires named after a sign-off's mark ("With AFP", "— AFP, Reuters", "ab/cd (AFP, dpa)") or before an
    editor's initials ("AFP/dpa/jr"); a bare name ("Reuters", "AFP/Jo Roe") has no mark and may be a photo's
    credit."""
    text = text.strip()
    if _INITIALS.fullmatch(text):
        return True
    bracketed = _BRACKETED.match(text)
    match = _SIGN_OFF.match(text) or _INITIALLED.fullmatch(text) or bracketed
    if match is None:
        return False
    names = [name for name in _WIRE_SEP.split(match.group("wires")) if name]
    if match is bracketed and bracketed["with"] is None and len(names) < 2:
        return False
    return 0 < len(names) <= _SIGN_OFF_WIRES and all(name in rules.rules.agencies for name in names)
