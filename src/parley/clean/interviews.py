"""An interview's turns: "Q: ..." over "A: ...", or each speaker's name before a colon ("Roe: ...", "IVO RASK:
..."). Its questions are short and speak to the reader's "you", which is what a promo or a prompt looks like;
on a page that shows both kinds of turn they are the story, however short ("A: Lake Osk."), and no later rule
nor the line model judges them (they are marked as the lists stage marks sure story lines).
"""

from __future__ import annotations

import re
from collections import Counter

from parley.clean.lines import Line
from parley.clean.teasers import is_cut

# "Q: ", "Q. ", "Question: " and "A: ", "A. ", "Answer: " (the label's own case).
_ASK = re.compile(r"(?:Q|Question|QUESTION)\s?[:.]\s")
_ANSWER = re.compile(r"(?:A|Answer|ANSWER)\s?[:.]\s")
# A speaker's name before a colon: one to three capitalised words or initials, nothing else before it.
_SPEAKER = re.compile(r"([A-Z][\w.'’-]{0,25}(?:\s[A-Z][\w.'’-]{0,25}){0,2}):\s")
_HEAD = 80
# Each of two speakers takes this many turns at least: a single label ("Photo:", "Related:") is no interview.
_TURNS = 2
_SPEAKERS = 2
# Questions with no label: this many over a longer paragraph each, and half of those paragraphs or more speak
# in the first person (an explainer's question subheads stand over the outlet's telling in the third).
_ASKED = 3
_QUESTION_WORDS = 40
_QUESTION_SENTENCES = 3
_FIRST_PERSON = frozenset(
    {"i", "me", "my", "i'm", "i’m", "i've", "i’ve", "i'd", "i’d", "we", "our", "us", "we're", "we’re"}
)
_STRIP = " \t\"'“”‘’«»()[]{}.,:;!?—–-"


def interview_turns(lines: list[Line], labels: frozenset[str] = frozenset()) -> frozenset[int]:
    """The indices of the kept lines that are an interview's turns, where the page shows both kinds: questions
    and answers, or two speakers taking turns at least twice each. ``labels`` are words before a colon that
    label a piece, not a speaker ("analysis", "watch"), in lower case."""
    # A teaser cut short ("Jo Roe: The lock has been shut for…") is a reader's comment in a list, no turn.
    kept = [
        i for i, line in enumerate(lines) if line.reason is None and not line.in_list and not is_cut(line)
    ]
    asks = [i for i in kept if _ASK.match(lines[i].text[:_HEAD])]
    answers = [i for i in kept if _ANSWER.match(lines[i].text[:_HEAD])]
    turns: set[int] = set(asks + answers) if asks and answers else set()
    speakers: dict[int, str] = {}
    for i in kept:
        m = _SPEAKER.match(lines[i].text[:_HEAD])
        if m is not None and m.group(1).lower() not in labels and len(m.group(1)) > 1:
            speakers[i] = m.group(1)
    counts = Counter(speakers.values())
    regular = {name for name, n in counts.items() if n >= _TURNS}
    if len(regular) >= _SPEAKERS:
        turns.update(i for i, name in speakers.items() if name in regular)
    if not turns:
        turns.update(_unlabelled_questions(lines, kept))
    return frozenset(turns)


def _unlabelled_questions(lines: list[Line], kept: list[int]) -> set[int]:
    """An interview set out without labels: a question paragraph over a longer answer, three times or more,
    the answers speaking in the first person ("What worries me is ...", "We have invited both sides ...")."""
    pairs = [
        (a, b)
        for a, b in zip(kept, kept[1:], strict=False)
        if _question(lines[a]) and not lines[b].text.endswith("?") and lines[b].n_words > lines[a].n_words
    ]
    if len(pairs) < _ASKED:
        return set()
    speaking = sum(1 for _, b in pairs if _first_person(lines[b]))
    return {a for a, _ in pairs} if 2 * speaking >= len(pairs) else set()


def _question(line: Line) -> bool:
    return (
        line.text.rstrip(" \"”’").endswith("?")
        and line.n_words <= _QUESTION_WORDS
        and line.n_sentences <= _QUESTION_SENTENCES
    )


def _first_person(line: Line) -> bool:
    return any(w.strip(_STRIP).lower() in _FIRST_PERSON for w in line.unquoted.split())


def mark_interview(lines: list[Line], labels: frozenset[str] = frozenset()) -> None:
    """Mark an interview's turns as sure story (see :func:`interview_turns`)."""
    for i in interview_turns(lines, labels):
        lines[i].in_list = True
