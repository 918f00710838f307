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
    return frozenset(turns)


def mark_interview(lines: list[Line], labels: frozenset[str] = frozenset()) -> None:
    """Mark an interview's turns as sure story (see :func:`interview_turns`)."""
    for i in interview_turns(lines, labels):
        lines[i].in_list = True
