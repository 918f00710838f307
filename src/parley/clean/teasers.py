"""Teasers cut short: a page's lists of other stories give each one's opening cut off mid-sentence with an
ellipsis ("Officials in Osk said on Monday that the barges would...", "Readers: The lock has been shut for…").
A story paragraph may trail off so once; a list sets several of them close together, so a run of such lines
goes (as related links), and the story's own lines around it stay.
"""

from __future__ import annotations

import re

from parley.clean.cruft_rules import CompiledRules
from parley.clean.lines import Line

_SUMMARY_MAX_WORDS = 25  # a linked story's summary under its headline
_ELLIPSES = ("...", "…")
# The word or mark before the ellipsis: a teaser is cut inside its sentence, after a word or a comma.
_CUT_BEFORE = ",;-–—"
_MIN_WORDS = 4
# Lines a list puts between two teasers: a headline, a date, a section label.
_GAP = 4
_RUN = 3
# Only a bounded tail of each line is looked at.
_TAIL = 8


def is_cut(line: Line) -> bool:
    """The line ends with an ellipsis straight after a word: the opening of a story cut to length."""
    if line.in_list or line.n_words < _MIN_WORDS:
        return False
    tail = line.text[-_TAIL:]
    for mark in _ELLIPSES:
        if tail.endswith(mark):
            before = tail[: -len(mark)].rstrip(" .")
            return bool(before) and (before[-1].isalnum() or before[-1] in _CUT_BEFORE)
    return False


def mark_cut_teasers(lines: list[Line]) -> None:
    """Mark the kept lines of each run of cut teasers: three or more, each within a few lines of the next."""
    cuts = [i for i, line in enumerate(lines) if is_cut(line)]
    run: list[int] = []
    for i in [*cuts, None]:
        if i is not None and (not run or i - run[-1] <= _GAP):
            run.append(i)
            continue
        if len(run) >= _RUN:
            for k in run:
                if lines[k].reason is None:
                    lines[k].reason = "related-links"
        run = [i] if i is not None else []


# Lines in a list of stamped teasers: a headline, its summary, its age ("32M ago", "Nov 7").
_TRIPLE = 3
_HEAD_REASONS = frozenset({None, "crosshead", "related-links", "caption"})
_HEAD_WORDS = (3, 20)
_SUMMARY_WORDS = 100
_SUMMARY_SENTENCES = 4
_MONTH_DAY = re.compile(r"(?:jan|feb|mar|apr|may|jun|jul|aug|sep|oct|nov|dec)[a-z]{0,6}\.?\s\d{1,2}", re.I)
_STAMP_WORDS = 3
# A summary the rules took for a caption or a link already still holds its place in the list.
_SUMMARY_REASONS = frozenset({"related-links", "caption"})


def _stamp(line: Line) -> bool:
    """An age under a teaser: a date line the stamp parser read ("8H ago", "updated 16M ago"), or a bare
    month and day ("Nov 7")."""
    return line.reason == "date-line" or (
        line.n_words <= _STAMP_WORDS and _MONTH_DAY.fullmatch(line.text) is not None
    )


def _teaser_head(line: Line) -> bool:
    low, high = _HEAD_WORDS
    return (
        line.reason in _HEAD_REASONS
        and not line.in_list
        and not line.terminal
        and low <= line.n_words <= high
    )


def _summary(line: Line) -> bool:
    if line.reason in _SUMMARY_REASONS:
        return True
    short = line.n_sentences <= _SUMMARY_SENTENCES and line.n_words <= _SUMMARY_WORDS
    return line.reason is None and not line.in_list and short


def mark_stamped_teasers(lines: list[Line]) -> None:
    """A page's list of other stories, each a headline over its summary over its age: three or more such
    in a row (each within a line of the next), the summaries go with the list. A live blog stamps each entry
    *above* its heading, so a run whose first headline stands under a stamp is left alone."""
    found = [
        s
        for s in range(1, len(lines) - 1)
        if _summary(lines[s]) and _teaser_head(lines[s - 1]) and _stamp(lines[s + 1])
    ]
    run: list[int] = []
    for s in [*found, None]:
        if s is not None and (not run or s - run[-1] <= _TRIPLE + 1):
            run.append(s)
            continue
        if len(run) >= _TRIPLE and not (run[0] >= 2 and _stamp(lines[run[0] - 2])):
            for k in run:
                if lines[k].reason is None:
                    lines[k].reason = "related-links"
        run = [s] if s is not None else []


def teaser_summary(line: Line, rules: CompiledRules) -> bool:
    """One short sentence, no quotation and no attribution: what a teaser says of the story it links to ("It
    needs donors."), not the story going on under the link ("..., the Prime Minister's Office said.")."""
    return (
        line.reason is None
        and not attributed(line, rules)
        and not line.in_list
        and line.terminal
        and line.n_sentences == 1
        and not line.has_quote
        and line.n_words <= _SUMMARY_MAX_WORDS
    )


def attributed(line: Line, rules: CompiledRules) -> bool:
    """A sentence ending on its past attribution after a comma (", the Prime Minister's Office said.")."""
    text = line.text.rstrip()
    if not text.endswith(".") or "," not in text:
        return False
    last = text[:-1].rsplit(None, 1)[-1].lower()
    return last in rules.rules.reporting_verbs and last not in rules.rules.present_reporting
