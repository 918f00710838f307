"""Teasers cut short: a page's lists of other stories give each one's opening cut off mid-sentence with an
ellipsis ("Officials in Osk said on Monday that the barges would...", "Readers: The lock has been shut for…").
A story paragraph may trail off so once; a list sets several of them close together, so a run of such lines
goes (as related links), and the story's own lines around it stay.
"""

from __future__ import annotations

from parley.clean.lines import Line

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
