"""Subheads a page sets between story paragraphs that a line's shape alone tells: an explainer's question
("What happens next?") and a roundup's section label ("In other news from the region:"). Marked by
:func:`parley.clean.blocks.mark_runs`; a question over a box heads it (:mod:`parley.clean.boxes`). Past the
story, a programme's name over the sentence that describes it is the page's furniture too."""

from __future__ import annotations

from parley.clean.cruft_rules import CompiledRules
from parley.clean.lines import Line

_QUESTION_MAX_WORDS = 10
_NAME_MAX_WORDS = 6
_BLURB_SENTENCES = 2
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


def mark_named_blurbs(lines: list[Line], rules: CompiledRules) -> None:
    """Under the story and the furniture after it, a programme's or a centre's name as a head ("<Name>
    Center") over the one sentence that names it again and tells what it does ("The <Name> Center works at
    ..."), with nothing kept after it: the page's blurb for its author's programme. An explainer's last
    section ("Hamas" / "Hamas wants ...") follows the story's paragraph with nothing removed between."""
    kept = [k for k, line in enumerate(lines) if line.reason is None]
    if len(kept) < 2 or kept[-2] >= kept[-1] - 2:
        return
    k = kept[-1]
    line, head = lines[k], lines[k - 1]
    if head.terminal or head.n_words > _NAME_MAX_WORDS or not head.text[:1].isupper():
        return
    if line.has_quote or line.n_sentences > _BLURB_SENTENCES or line.reports(rules):
        return
    name = head.text.strip()
    text = line.text.removeprefix("The ")
    verb = text[len(name) :].split(maxsplit=1)[0] if text.startswith(name + " ") else ""
    if verb.islower() and verb.endswith("s"):
        line.reason = "boilerplate"
