"""A full date in the page's head block, the last resort when no line reads whole as a stamp.

Stamps come in more shapes than ``pubdate.yaml`` lists ("<Section> 14:37, 15 April 2025", "<Desk> 2025.10.28
15:12", a date between a feed's fields): each new outlet brings one. When no line of the page reads as a stamp
and no dateline dates the story, a full date (day, month and year) in a short line just above the story is the
publication date, as htmldate's search of a page's text finds it: the line nearest the story first, never a
line of a list of other stories (their dates are theirs) nor a reader's comment.
"""

from __future__ import annotations

import re

from parley.clean.lines import Line
from parley.pubdate_rules import compiled_pubdate
from parley.written_dates import month_first, parse_date

# Where a date may start inside a line: figures parted by - . or / ("2025.10.28", "16/11/2025"), a day and a
# month's name ("15 April", "3rd June", "17. okt.", "25 de Março"), a month's name and a day ("Nov. 6").
# parse_date reads it from there.
# Zero-width, so that a word before a date ("Newsroom 2025.10.28") does not hide the date's own start.
_START = re.compile(
    r"(?<![\w.])(?=[0-9]{1,4}[-./][0-9]{1,2}[-./][0-9]{1,4}"
    r"|[0-9]{1,2}(?:st|nd|rd|th|\.)?\s{1,2}[^\W\d_]{2,9}|[^\W\d_]{3,9}\.?\s{1,2}[0-9]{1,2})"
)
_HEAD_LINES = 12  # how far above the story's first line the stamp may stand
_MAX_WORDS = 10  # words with letters: a stamp has few; a caption or a teaser with a date in it, more
# Lines that carry other stories' dates or readers', or no stamp at all.
_OTHERS = frozenset({"related-links", "teaser", "comments", "tags", "promo", "title", "caption", "copyright"})


def head_date(lines: list[Line], first: int) -> tuple[str, str | None] | None:
    """The date of the nearest short head-block line above ``first`` that holds one with its year, and its
    month-first reading where its figures read either way; None when there is none."""
    comp = compiled_pubdate()
    for line in reversed(lines[max(0, first - _HEAD_LINES) : first]):
        wordy = sum(1 for w in line.words if any(ch.isalpha() for ch in w))
        if line.reason in _OTHERS or wordy > _MAX_WORDS or line.terminal:
            continue
        for m in _START.finditer(line.text):
            parsed = parse_date(line.text[m.start() :], comp)
            if parsed is not None and parsed[0] is not None:
                return parsed[0], month_first(line.text[m.start() :], comp)
    return None
