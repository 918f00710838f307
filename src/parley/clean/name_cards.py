"""A politician's hover card glued into a story sentence.

Some outlets put a card behind a politician's name: the full name and the latest headlines about them, closed
by a "MORE" link. A page turned into text glues the card to the name, inside the sentence ("Rep. Jo
RoeJo RoeSenate panel delays vote | Roe backs truce MORE (D-Vt.) said ..."). The card is cut from the line
before the line is judged, so the sentence stays whole and the card is reported. It is told by its shape:
the name's last word glued to the card's name that ends with the same word, and the "MORE" link within a few
hundred characters.
"""

from __future__ import annotations

import re
from typing import TYPE_CHECKING

from pydantic import BaseModel, ConfigDict, Field

from parley.records import Removed

if TYPE_CHECKING:
    from parley.clean.lines import Line

_GLUE = re.compile(r"[a-z](?=[A-Z])")  # "RoeJo": a lower-case letter glued to a capital
_WORD_CHARS = 40


class NameCardRules(BaseModel):
    """Schema of the ``name_cards`` section of cruft.yaml."""

    model_config = ConfigDict(extra="forbid")
    more: str = Field(min_length=1)  # the link that closes a card, a word of its own
    name_words: int = Field(4, ge=1)  # the card's name: at most this many words
    chars: int = Field(1200, ge=20)  # the card's headlines: at most this long


def _card_at(text: str, p: int, rules: NameCardRules) -> tuple[int, int] | None:
    """The card that starts at ``p`` (right after the name it is glued to), as (start, end), else None."""
    lo = max(0, p - _WORD_CHARS)
    space = text.rfind(" ", lo, p)
    if space < 0 and lo > 0:
        return None  # no word that long is a name; a bounded look back keeps the scan linear
    word = text[space + 1 : p]
    if not word[:1].isupper() or not word.replace("-", "").replace("'", "").isalpha():
        return None
    window = text[p : p + (len(word) + 1) * (rules.name_words + 6)]
    k = window.find(word)
    if k < 0:
        return None
    name_end = p + k + len(word)
    name = text[p:name_end].split()
    if len(name) > rules.name_words or not all(w[:1].isupper() for w in name):
        return None
    if not text[name_end : name_end + 1].isupper() and text[name_end : name_end + 1] not in "\"'“‘(":
        return None  # the card's headlines are glued to its name
    more = text.find(rules.more, name_end, name_end + rules.chars)
    after = more + len(rules.more)
    if more < 0 or text[more - 1 : more] != " " or text[after : after + 1] not in ("", " "):
        return None
    while text[after : after + 1] == " ":
        after += 1
    return p, after


def cards(text: str, rules: NameCardRules) -> list[tuple[int, int]]:
    """Every name card in ``text``, as (start, end) spans, in order."""
    if rules.more not in text:
        return []
    out: list[tuple[int, int]] = []
    for m in _GLUE.finditer(text):
        if out and m.end() < out[-1][1]:
            continue
        found = _card_at(text, m.end(), rules)
        if found is not None:
            out.append(found)
    return out


def cut_name_cards(lines: list[Line], rules: NameCardRules) -> tuple[list[Line], list[Removed]]:
    """``lines`` with the name cards cut from them (each line left as its pieces), and what was cut."""
    from parley.clean.lines import Line  # a runtime import: lines imports this module's schema

    out: list[Line] = []
    removed: list[Removed] = []
    for line in lines:
        spans = [] if line.parts else cards(line.text, rules)
        if not spans:
            out.append(line)
            continue
        parts: list[tuple[int, str]] = []
        pos = 0
        for start, end in spans:
            if line.text[pos:start].strip():
                parts.append((line.start + pos, line.text[pos:start].rstrip()))
            removed.append(
                Removed(
                    span=(line.start + start, line.start + end), reason="name-card", text=line.text[start:end]
                )
            )
            pos = end
        if line.text[pos:].strip():
            parts.append((line.start + pos, line.text[pos:]))
        text = " ".join(piece for _, piece in parts)
        out.append(Line(text, line.start, line.end, parts=parts))
    return out, removed
