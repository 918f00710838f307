"""Boxes: runs of lines that a page glues together inside a text of blank-line paragraphs.

Where a text separates its paragraphs with blank lines, what it writes without them is laid out as
one unit: a teaser (headline over its summary), a fact box or timeline under its label ("IN NUMBERS",
"WHAT IS THE BCM?"), a newsletter form, a footer. A run of two or more such lines below the lead whose
first line is a label (not a sentence, or already removed) goes whole, however story-like the lines
under the label read. A list inside the story (a sentence ending with a colon and its items) is glued
the same way and stays.
"""

from __future__ import annotations

from parley.clean.crossheads import question_head
from parley.clean.cruft_rules import CompiledRules, compiled_rules
from parley.clean.lines import Line

# Share of gaps between kept lines that must be blank for a text to have blank-line paragraphs.
_BLANK_SHARE = 0.8
_MIN_PARAGRAPHS = 3
_PARAGRAPH_WORDS = 20
# A box's lines are short: a summary, a figure, a date and its event (a story paragraph runs longer).
BOX_LINE_WORDS = 45
BOX_LINE_SENTENCES = 2
BOX_MAX_LINES = 12
# Removed lines that may sit right above a story paragraph without a blank line: they head no box.
_KEEP_NAME = frozenset({"related-links", "newsletter", "copyright", "contact-prompt", "donation-appeal"})
_NOT_LABELS = frozenset({"advertisement", "caption", "date-line", "byline", "dateline", "pull-quote"})
# An advert's copy glued under its label: a few lines that report nothing and speak to the reader.
_AD_MAX_LINES = 4
# A head trailing off with an ellipsis: a few words, most of them capitalised.
_HEAD_WORDS = 8
_HEAD_CAPS = 0.75
_FACT_HEAD_WORDS = 12
# A sign-up form's blurb: a line or two of what the newsletter brings.
_BLURB_WORDS = 30
_FORM_ENDS = frozenset({"button-label", "newsletter"})
_TIMELINE_MIN = 3


def _newlines(text: str, a: Line, b: Line) -> int:
    return text.count("\n", a.end, b.start)


def blank_paragraphs(lines: list[Line], text: str) -> bool:
    """Most paragraphs of story length follow a blank line: the text parts its paragraphs so."""
    gaps = [
        _newlines(text, lines[i - 1], line) >= 2
        for i, line in enumerate(lines)
        if i and line.reason is None and line.n_words >= _PARAGRAPH_WORDS
    ]
    return len(gaps) >= _MIN_PARAGRAPHS and sum(gaps) >= _BLANK_SHARE * len(gaps)


def _label(line: Line, rules: CompiledRules) -> bool:
    if line.in_list:
        return False
    if line.reason is not None:
        return line.reason not in _NOT_LABELS
    # "WHAT IS THE BCM?" in capitals labels a box, though it ends like a sentence; so does a short
    # title-cased head trailing off ("What Our Economists Say..."), and an explainer's question ("What is X?")
    # glued over its answer.
    if not line.terminal or " | " in line.text[:200] or line.text[:200].isupper():
        return True
    return _trailing_head(line) or question_head(line, rules)


def _trailing_head(line: Line) -> bool:
    trails = line.text.endswith(("...", "…")) and not line.text.endswith("....")
    return trails and line.n_words <= _HEAD_WORDS and line.cap_ratio >= _HEAD_CAPS


def _boxed(line: Line) -> bool:
    return (
        not line.in_list
        and line.n_words <= BOX_LINE_WORDS
        and line.n_sentences <= BOX_LINE_SENTENCES
        and line.reason not in _NOT_LABELS
    )


def _advert(run: list[Line], rules: CompiledRules) -> bool:
    """An "ADVERTISEMENT" label over sales copy ("Call 030 ... or visit our showroom").

    The label often stands glued above a story paragraph too, so its run goes only when no line of it
    reports or quotes and one speaks to the reader.
    """
    body = run[1:]
    if run[0].reason != "advertisement" or not 1 <= len(body) < _AD_MAX_LINES:
        return False
    if any(line.in_list or line.has_quote or line.reports(rules) for line in body):
        return False
    return any(line.addresses_reader(rules) for line in body)


def _sales_copy(line: Line, rules: CompiledRules) -> bool:
    """A short line that sells: it opens by telling the reader to buy ("Buy 2 bags, get 1 FREE ..."),
    cries out ("Mega Top-Up: double data all weekend!") or speaks an advert's words ("T&Cs apply")."""
    if line.reason is not None or line.in_list or line.has_quote or line.n_words > BOX_LINE_WORDS:
        return False
    if line.reports(rules):
        return False
    lower = line.lower.lstrip(" \t*•-–—")
    if lower.startswith(rules.imperatives) or line.text.endswith("!"):
        return True
    return any(why == "advertisement" and phrase in lower for phrase, why in rules.contains)


def mark_boxes(lines: list[Line], text: str, first: int) -> None:
    """Runs of glued lines below the lead ``first`` that a label heads go whole."""
    rules = compiled_rules()
    # In any layout, a bare advert label ("ADVERTISEMENT") heads the sales copy on the line under it.
    for label, line in zip(lines[first:], lines[first + 1 :], strict=False):
        if label.reason == "advertisement" and label.n_words <= 2 and _sales_copy(line, rules):
            line.reason = "advertisement"
    _mark_timelines(lines, first, rules)
    if not blank_paragraphs(lines, text):
        return
    _mark_fact_boxes(lines, text, first, rules)
    i = first + 1
    while i < len(lines):
        j = i + 1
        while j < len(lines) and _newlines(text, lines[j - 1], lines[j]) == 1:
            j += 1
        run = lines[i:j]
        if _advert(run, rules):
            for line in run:
                line.reason = line.reason or "advertisement"
            i = j
            continue
        # A bare advert label glued over a teaser or a box ("Advertisement" / "Related Article" / ...) is
        # not its label: the box under it is judged on its own.
        while len(run) > 2 and run[0].reason == "advertisement" and run[0].n_words <= 2:
            run = run[1:]
        if 2 <= len(run) <= BOX_MAX_LINES and _label(run[0], rules) and all(map(_boxed, run[1:])):
            # A headline over a summary is a teaser; a form keeps its name; a labelled box is a box.
            reason = run[0].reason if run[0].reason in _KEEP_NAME else "box"
            if run[0].reason is None and not run[0].text.isupper():
                reason = "related-links"
            for line in run:
                line.reason = line.reason or reason
        i = j


def _mark_timelines(lines: list[Line], first: int, rules: CompiledRules) -> None:
    """A timeline in any layout: three or more kept lines running below the lead, each a date, a dash and what
    happened ("May 2023 — Talks open in <City>; two truces collapse.")."""
    run: list[Line] = []
    for line in [*lines[first + 1 :], None]:
        if line is not None and line.reason is None and _timeline_entry(line, rules):
            run.append(line)
            continue
        for entry in run if len(run) >= _TIMELINE_MIN else ():
            entry.reason = "box"
        run = []


def _timeline_entry(line: Line, rules: CompiledRules) -> bool:
    short = line.n_words <= BOX_LINE_WORDS and line.n_sentences <= BOX_LINE_SENTENCES
    return short and not line.in_list and rules.timeline_entry.match(line.text) is not None


def _fact_head(line: Line, rules: CompiledRules) -> bool:
    """ "THE ALLIANCE AT A GLANCE", "EXPLAINER | What divides ...": a short unstopped head of a fact box."""
    if (
        line.in_list
        or line.n_words > _FACT_HEAD_WORDS
        or line.terminal
        or line.reason not in (None, "crosshead")
    ):
        return False
    padded = f" {line.norm.replace('|', ' ').replace(':', ' ')} "
    return any(f" {phrase} " in padded for phrase in rules.rules.box_heads)


def _mark_fact_boxes(lines: list[Line], text: str, first: int, rules: CompiledRules) -> None:
    """A fact box under its head: the paragraphs glued under it however long they are, or, with a blank line
    between, the one paragraph that stands between the head and a removed line ("Read more: ...")."""
    for i in range(first + 1, len(lines) - 1):
        if not _fact_head(lines[i], rules):
            continue
        j = i + 1
        while j < len(lines) and j - i <= BOX_MAX_LINES and _newlines(text, lines[j - 1], lines[j]) == 1:
            j += 1
        if j == i + 1:
            lone = lines[j].reason is None and j + 1 < len(lines) and lines[j + 1].reason is not None
            j = j + 1 if lone and lines[j + 1].reason not in _NOT_LABELS else j
        if j > i + 1 and all(line.reason is None and not line.in_list for line in lines[i + 1 : j]):
            for line in lines[i:j]:
                line.reason = "box"


def mark_form_blurbs(lines: list[Line], rules: CompiledRules) -> None:
    """A sign-up form's blurb under its prompt ("Get the <X> newsletter" / "Water, heat and climate news from
    across the state, every Thursday."), over the form's button or telling how often it comes: part of the
    form, however it reads."""
    cadences = rules.rules.blurb_cadences
    for i in range(1, len(lines)):
        line = lines[i]
        if line.reason is not None or line.in_list or line.has_quote or line.n_words > _BLURB_WORDS:
            continue
        if lines[i - 1].reason != "newsletter":
            continue
        buttoned = i + 1 < len(lines) and lines[i + 1].reason in _FORM_ENDS
        if buttoned or any(c in line.lower for c in cadences):
            line.reason = "newsletter"
