"""The outlet's appeal under the story in words no phrase knows: it speaks as "we" of its journalism, its
readers and its money ("In 2024 the newsroom published 4,000 stories. We did it from exile ... our
readers"), or to "you". Story sentences say "we" inside quotations; a column or a first-person piece says it
from its start, so only a run of such paragraphs under the story, with none above, is taken
(:func:`lone_voice`). Tried by the walk back from the page's end (:mod:`parley.clean.edges`). An appeal
block under its header ("Support independent journalism") is marked by :mod:`parley.clean.blocks`."""

from __future__ import annotations

import re
from functools import lru_cache

from parley.clean.cruft_rules import CompiledRules
from parley.clean.lines import Line

_HEAD = 400
WORD = re.compile(r"[^\W\d_]+(?:['’][^\W\d_]+)?")  # a word, its apostrophe kept ("we're")
SECOND_PERSON = frozenset({"you", "your", "you're", "you’re", "you'll", "you’ll", "you've", "you’ve"})
OUTLET_VOICE = frozenset({"our", "we", "us", "we're", "we’re", "we've", "we’ve"})
_VOICED = 2  # words of the outlet's voice outside quotations that make a paragraph speak as "we"
_MARKS = 2  # marks of an appeal that the outlet speaking of its own needs


def _words(line: Line) -> list[str]:
    # "US officials": the country, not the outlet's "us", unless the whole line shouts ("SUPPORT US").
    shouts = line.text.isupper()
    return [w.lower() for w in WORD.findall(line.unquoted[:_HEAD]) if shouts or w != "US"]


def voiced(line: Line) -> bool:
    """The outlet speaking as "we" outside any quotation ("We did it from exile ... our readers")."""
    return sum(1 for w in _words(line) if w in OUTLET_VOICE) >= _VOICED


def lone_voice(lines: list[Line]) -> list[bool]:
    """Per line: a kept line speaking as "we" in a run of such lines and removed ones under the story, with
    no kept line above the run speaking so and some story line above it (a page's only paragraph stays)."""
    out: list[bool] = []
    seen = 0  # voiced kept lines above the current run
    run = 0  # voiced kept lines in the current run of voiced and removed lines
    story = False  # a kept line that does not speak so stands above the run
    for line in lines:
        kept = line.reason is None
        v = kept and not line.in_list and voiced(line)
        if kept and not v:
            seen, run, story = seen + run, 0, True
        run += v
        out.append(v and seen == 0 and story)
    return out


def appeal_marks(line: Line, rules: CompiledRules, site: str | None = None) -> int:
    """How many marks of an appeal the line bears: each word of the outlet's journalism, readers, money
    (``edges.appeal_words``), the reader ("you"), the outlet's own name."""
    words = set(_words(line))
    return (
        len(rules.rules.edges.appeal_words & words)
        + (not SECOND_PERSON.isdisjoint(words))
        + (site is not None and site.lower() in line.lower)
    )


def is_appeal(line: Line, rules: CompiledRules, site: str | None = None) -> bool:
    return appeal_marks(line, rules, site) > 0


@lru_cache(maxsize=4)
def _own(nouns: frozenset[str]) -> re.Pattern[str]:
    return re.compile(rf"\bour\s(?:\w+\s){{0,2}}?(?:{'|'.join(sorted(map(re.escape, nouns)))})\b")


@lru_cache(maxsize=4)
def _asks(openers: frozenset[str], considered: frozenset[str] = frozenset()) -> re.Pattern[str]:
    alternatives = "|".join(sorted(map(re.escape, openers)))
    opening = rf"(?:^|[.!?]\s)(?:{alternatives})\s(?:us\b|our\b|today\b|now\b|an?\s|[A-Z])"
    if not considered:
        return re.compile(opening)
    gerunds = "|".join(sorted(map(re.escape, considered)))
    return re.compile(rf"{opening}|(?:^|[.!?]\s|,\s)(?:please\s)?[Cc]onsider\s(?:{gerunds})\b")


def outlet_speaks(line: Line, rules: CompiledRules) -> bool:
    """The outlet of its own ("our volunteer authors", "our newsroom") or asking for support ("Join <Outlet>+
    today", "Become a member"), outside quotations."""
    edges = rules.rules.edges
    text = line.unquoted[:_HEAD]
    return (
        _own(edges.appeal_own_nouns).search(text.lower()) is not None
        or _asks(edges.appeal_openers, edges.appeal_considered).search(text) is not None
    )


@lru_cache(maxsize=4)
def _boasts(nouns: frozenset[str]) -> re.Pattern[str]:
    alternatives = "|".join(sorted(map(re.escape, nouns)))
    name = r"(?:^|\s)[A-Z][\w.&+-]{1,25}['’]s\s"
    return re.compile(rf"{name}(?:[a-z]+\s){{0,2}}(?:{alternatives})\s(?:have|has)\s")


@lru_cache(maxsize=4)
def _record(pattern: str) -> re.Pattern[str]:
    return re.compile(pattern)


def newsroom_boasts(line: Line, rules: CompiledRules) -> bool:
    """The outlet telling its own record by its name ("For two decades <Outlet>'s reporters have followed
    ...", "<Outlet>'s business desk has tracked every twist ..."), or by its name and then as "we" ("<Outlet>
    has reported on the region for years, and our writers ..."), outside quotations."""
    text = line.unquoted[:_HEAD]
    if _boasts(rules.rules.edges.appeal_newsroom_nouns).search(text) is not None:
        return True
    record = _record(rules.rules.edges.appeal_record).match(text) is not None
    return record and not OUTLET_VOICE.isdisjoint(_words(line))


def standing_appeal(line: Line, rules: CompiledRules) -> bool:
    """An appeal wherever it stands, the story's middle too: the outlet asking for support ("Join <Outlet>+
    to read ...") or telling its record by its name, with two marks of an appeal (its record counts as one).
    "Our readers" alone may open a piece told in the first person; no story paragraph of the development
    sets reads as such an appeal (0 of 5,469)."""
    boasts = newsroom_boasts(line, rules)
    edges = rules.rules.edges
    asks = _asks(edges.appeal_openers, edges.appeal_considered).search(line.unquoted[:_HEAD]) is not None
    return (boasts or asks) and appeal_marks(line, rules) + boasts >= _MARKS


def appeal_at(lines: list[Line], i: int, rules: CompiledRules, lone: list[bool], site: str | None) -> bool:
    """Line ``i`` (kept, under the story) is the outlet's appeal: a lone "we" paragraph in its words, the
    outlet speaking of its own or asking for support, or a paragraph of the appeal that no longer says "we"
    right under one ("Every month, a few thousand people kept that going with small donations."), without a
    quotation."""
    line = lines[i]
    if lone[i]:
        return is_appeal(line, rules, site)
    above = next((k for k in range(i - 1, -1, -1) if lines[k].reason is None), None)
    if above is None:
        return False  # the page's only paragraph
    if outlet_speaks(line, rules):
        # Whatever voice the story speaks in: two marks ("our readers" alone may be a reporter's own).
        return appeal_marks(line, rules, site) >= _MARKS
    if line.has_quote or not is_appeal(line, rules):
        return False
    return lone[above] and is_appeal(lines[above], rules, site)


def _appeal_header(line: Line, rules: CompiledRules) -> str | None:
    """The line's text after an appeal's header it opens with, or None."""
    lower = line.lower.lstrip(" \t•·*-–—>#|").replace("’", "'")
    if line.n_words > 40:
        return None
    return next((lower[len(h) :] for h in rules.rules.appeal_headers if lower.startswith(h)), None)


def is_appeal_header(line: Line, rules: CompiledRules) -> bool:
    return _appeal_header(line, rules) is not None


def banner(line: Line, rules: CompiledRules) -> bool:
    """A banner: the header and its ask on one line ("SUPPORT INDEPENDENT JOURNALISM: Become a member ...
    →"). Over the story's head, the section label and headline under it are the page's; only lines that
    speak to the reader go on with it."""
    rest = (_appeal_header(line, rules) or "").lstrip(" :,.!—–-")
    return rest.startswith(rules.imperatives)


def appeal_continues(line: Line, rules: CompiledRules) -> bool:
    """Inside an appeal block: the outlet speaking to the reader, or short labels and buttons."""
    if line.addresses_reader(rules):
        return True
    if line.reports(rules):
        return False  # reported speech: the story has resumed
    if line.n_words <= 6:
        return True
    if any(phrase in line.lower for phrase, why in rules.contains if why == "donation-appeal"):
        return True
    return not line.reports(rules) and not line.prose()
