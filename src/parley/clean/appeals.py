"""The outlet's appeal under the story in words no phrase knows: it speaks as "we" of its journalism, its
readers and its money ("In 2024 the newsroom published 4,000 stories. We did it from exile ... our
readers"), or to "you". Story sentences say "we" inside quotations; a column or a first-person piece says it
from its start, so only a run of such paragraphs under the story, with none above, is taken
(:func:`lone_voice`). Tried by the walk back from the page's end (:mod:`parley.clean.edges`)."""

from __future__ import annotations

import re

from parley.clean.cruft_rules import CompiledRules
from parley.clean.lines import Line

_HEAD = 400
_WORD = re.compile(r"[^\W\d_]+(?:['’][^\W\d_]+)?")
SECOND_PERSON = frozenset({"you", "your", "you're", "you’re", "you'll", "you’ll", "you've", "you’ve"})
OUTLET_VOICE = frozenset({"our", "we", "us", "we're", "we’re", "we've", "we’ve"})
_VOICED = 2  # words of the outlet's voice outside quotations that make a paragraph speak as "we"


def _words(line: Line) -> list[str]:
    return [w.lower() for w in _WORD.findall(line.unquoted[:_HEAD])]


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


def is_appeal(line: Line, rules: CompiledRules, site: str | None = None) -> bool:
    """Words of an appeal: the outlet's journalism, readers, money (``edges.appeal_words``), the reader
    ("you"), or the outlet's own name."""
    words = set(_words(line))
    return (
        not SECOND_PERSON.isdisjoint(words)
        or not rules.rules.edges.appeal_words.isdisjoint(words)
        or (site is not None and site.lower() in line.lower)
    )


def appeal_at(lines: list[Line], i: int, rules: CompiledRules, lone: list[bool], site: str | None) -> bool:
    """Line ``i`` (kept, under the story) is the outlet's appeal: a lone "we" paragraph in its words, or a
    paragraph of the appeal that no longer says "we" right under one ("Every month, a few thousand people
    kept that going with small donations."), without a quotation."""
    line = lines[i]
    if lone[i]:
        return is_appeal(line, rules, site)
    if line.has_quote or not is_appeal(line, rules):
        return False
    above = next((k for k in range(i - 1, -1, -1) if lines[k].reason is None), None)
    return above is not None and lone[above] and is_appeal(lines[above], rules, site)
