"""Subheads a page sets between story paragraphs that a line's shape alone tells: an explainer's question
("What happens next?") and a roundup's section label ("In other news from the region:"). Marked by
:func:`parley.clean.blocks.mark_runs`; a question over a box heads it (:mod:`parley.clean.boxes`)."""

from __future__ import annotations

from parley.clean.cruft_rules import CompiledRules
from parley.clean.lines import Line

_QUESTION_MAX_WORDS = 10
CROSSHEAD_MAX_WORDS = 12


def question_head(line: Line, rules: CompiledRules) -> bool:
    """An explainer's subhead: "What happens next?", "Why does the port matter?"."""
    if not line.text.endswith("?") or line.n_words > _QUESTION_MAX_WORDS or line.has_quote:
        return False
    return line.words[0].lower() in rules.rules.crosshead_questions and not line.reports(rules)


def section_label(line: Line, rules: CompiledRules) -> bool:
    """A roundup's section label over the items under it ("In other news from the region:", "State Department
    news:"): a colon closes a lead-in too ("He set out three conditions:"), but a label names a kind of news
    and reports no one."""
    if not line.text.endswith(":") or line.n_words > CROSSHEAD_MAX_WORDS or line.has_quote:
        return False
    words = {w.lower().strip(".,:;") for w in line.words}
    return bool(words & rules.rules.section_label_nouns) and not line.reports(rules)
