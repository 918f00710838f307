"""A writer's card on a scraped page: the writer's name alone on a line (a button or two under it) over a
note about them that opens with that name. Read by :mod:`parley.clean.edges` after the story and anywhere."""

from __future__ import annotations

import re
from typing import Protocol

from parley.clean.cruft_rules import CompiledRules
from parley.clean.lines import Line

# A writer's card: the name alone (one to three capitalised words), short buttons under it, then the note.
_CARD_NAME = re.compile(
    r"(?:[A-Z][^\W\d_]{1,20}(?:[-'’][A-Z][^\W\d_]{1,20})?\s){0,2}[A-Z][^\W\d_]{1,20}(?:[-'’][A-Z][^\W\d_]{1,20})?"
)
_CARD_GAP = 3
_CARD_BUTTON_WORDS = 3
_CARD_NOTE_CHARS = 1000
_AUTHOR_HEADERS = frozenset({"author", "authors", "writer", "written by", "posted by", "contributor"})


class Story(Protocol):
    """What the card needs to know of the story: whether it speaks of a name a line gives."""

    def names_elsewhere(self, line: Line) -> bool: ...


def card_name(lines: list[Line], i: int, story: Story, rules: CompiledRules | None = None) -> int | None:
    """The writer's card after the story: the name alone on a line ("Jo Roe", a button or two under it) over a
    note opening with that name ("Jo is the co-founder of ...", "Jo Roe fell for politics at 12 ..."). Returns
    the name's line; None where the note names no one the card shows, or someone the story speaks of.

    With ``rules`` (outside the walk after the story) the card must be set apart: buttons under the name, or
    above it removed furniture that is no subhead, or an author header."""
    note = lines[i]
    if note.in_list or note.has_quote or len(note.text) > _CARD_NOTE_CHARS:
        return None
    buttons = 0
    for k in range(i - 1, max(-1, i - 1 - _CARD_GAP), -1):
        above = lines[k]
        if _CARD_NAME.fullmatch(above.text) is None:
            if above.reason is None or above.n_words > _CARD_BUTTON_WORDS:
                return None
            buttons += 1
            continue
        name = above.text.split()
        words = note.words[: len(name) + 1]
        # The note opens with the name, whole or its first word, then a word in lower case ("Jo is ...").
        whole = words[: len(name)] == name and len(words) > len(name) and words[len(name)][:1].islower()
        if not (whole or (len(words) > 1 and words[0] == name[0] and words[1][:1].islower())):
            return None
        if story.names_elsewhere(note):
            return None
        return k if rules is None or buttons or _card_header(lines, k, rules) else None
    return None


def _card_header(lines: list[Line], k: int, rules: CompiledRules) -> bool:
    """Over the name at ``k``: removed furniture (a share bar), or a header saying an author follows."""
    if k == 0:
        return False
    above = lines[k - 1]
    if above.reason is None:
        return False
    return (
        above.reason != "crosshead" or above.norm in _AUTHOR_HEADERS or above.norm in rules.rules.bio_headers
    )
