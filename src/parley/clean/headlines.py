"""The headline's edges: what a page adds to it (its site's name after it, a section label before it),
where it is repeated (the page's title line), where it goes on (a second line), and the site's own name.

Helpers of :func:`parley.clean.text._mark_top`, which picks the headline among the lines above the story.
"""

from __future__ import annotations

import re

from parley.clean.cruft_rules import CompiledRules
from parley.clean.lines import Line

CLOSERS = "\"'”’»)"
HEADLINE_MAX_WORDS = 20
# A site's name after its headline in a <title>: " : NPR", " | The Post", " - Example News".
_SITE_SUFFIX = re.compile(r"\s{0,2}[:|–—-]\s{1,2}[^\s:|]{1,30}(?:\s[^\s:|]{1,30}){0,4}")
_SITE_TITLE_MIN_WORDS = 4
# What parts a page's title line from the site's name after it ("<headline> | dpa international").
_SITE_SEPARATORS = (" | ", " - ", " — ", " – ")
# A section label in front of the headline ("EXCLUSIVE: X", "Opinion | X"): up to two words before it.
_LABEL = re.compile(r"([^\W\d_]{2,20}(?:\s[^\W\d_]{2,20})?)(?::|\s\|)\s{1,2}(?=\S)")
_HEADLINE_MIN_WORDS = 4
_END_MARKS = ".?!:;"
# Menus and section kickers part their items with bars or dots ("World | Politics", "Asia · Europe"),
# or with runs of spaces where the page had its links side by side ("Home  Region  Middle East  World").
_MENU = re.compile(r"\||\s[·•]\s")
_GAP = re.compile(r"\s{2,}")
_MENU_ITEMS = 4
_MENU_ITEM_WORDS = 3


def without_site(title: str, texts: list[str]) -> str:
    """The headline without the site's name that the page's <title> adds ("<headline> : NPR", "<headline> |
    The Post"), when the page also gives the headline alone (its h1) or the name alone (its masthead)."""
    for text in texts:
        rest = title[len(text) :] if len(text) < len(title) and title.startswith(text) else ""
        if _SITE_SUFFIX.fullmatch(rest) and len(text.split()) >= _SITE_TITLE_MIN_WORDS:
            return text
    names = {" ".join(text.split()).lower() for text in texts}
    for sep in _SITE_SEPARATORS:
        head, found, site = title.rpartition(sep)
        if found and len(head.split()) >= _HEADLINE_MIN_WORDS and " ".join(site.split()).lower() in names:
            return head.rstrip()
    return title


def repeated_head(lines: list[Line], first: int) -> int | None:
    """The line above the story that the page's title line ("<headline> | <site>") repeats: the headline,
    whatever the lines around it look like (a longer standfirst under it says more of the story)."""
    at = {" ".join(line.text.split()): i for i, line in enumerate(lines[:first])}
    for line in lines[:first]:
        for sep in _SITE_SEPARATORS:
            head = " ".join(line.text.rpartition(sep)[0].split())
            if len(head.split()) >= _HEADLINE_MIN_WORDS and head in at:
                return at[head]
    return None


def without_label(title: str, rules: CompiledRules) -> str:
    """The headline without a section label in front ("EXCLUSIVE: X", "Opinion | X"); "Russia, Ukraine: what
    next" names no section and stays whole."""
    m = _LABEL.match(title)
    if m is None or len(title[m.end() :].split()) < _HEADLINE_MIN_WORDS:
        return title
    label = m.group(1)
    words = label.lower().split()
    if all(w in rules.rules.colon_labels for w in words):
        return title[m.end() :]
    return title


def joined(lines: list[Line], i: int, first: int) -> str:
    """Line ``i`` with the line that continues it, if any."""
    if continues(lines, i, first):
        return f"{lines[i].text.rstrip()} {lines[i + 1].text.strip()}"
    return lines[i].text


def continues(lines: list[Line], best: int, first: int) -> bool:
    """The headline goes on over the next line: it stops on no mark and the next line opens lower-case
    ("Egypt hosts Hamas for second day" / "as Gaza truce hangs by a thread")."""
    if best + 1 >= first:
        return False
    head, nxt = lines[best], lines[best + 1]
    return (
        nxt.reason is None
        and nxt.text[:1].islower()
        and not sentence(nxt)
        and head.text.rstrip().rstrip(CLOSERS)[-1:] not in _END_MARKS
        and head.n_words + nxt.n_words <= HEADLINE_MAX_WORDS
    )


_COPY_NOISE = re.compile(
    r"copyright|©|\(c\)|all rights reserved\.?|\b(?:19|20)[0-9]{2}\b|[-–]|\b(?:inc|ltd|llc|plc|gmbh)\b\.?",
    re.IGNORECASE,
)


def site_name(lines: list[Line], first: int, title: str | None) -> str | None:
    """The outlet's name: from its copyright line, else a masthead label above a section label."""
    for line in lines:
        if line.reason == "copyright" and len(line.text) <= 120:
            name = " ".join(_COPY_NOISE.sub(" ", line.text).split()).strip(" .,|")
            if 1 <= len(name.split()) <= 5 and name[:1].isupper():
                return name
    labels = [line for line in lines[:first] if line.reason == "breadcrumb"]
    if len(labels) >= 2 and labels[0] is lines[0] and title:
        head = labels[0]
        if head.n_words <= 4 and not any(ch in head.text for ch in ">|/›»") and head.cap_ratio == 1.0:
            return head.text
    return None


def sentence(line: Line) -> bool:
    """Two words or more closed by a full stop: a sentence, not a headline."""
    return line.n_words >= 2 and line.text.rstrip(CLOSERS).endswith(".")


def is_menu(text: str) -> bool:
    """A navigation line: items parted by bars or dots, or four or more short capitalised items parted by
    runs of spaces. A headline reads on with single spaces, whatever its capitals."""
    if _MENU.search(text):
        return True
    items = _GAP.split(text.strip())
    return len(items) >= _MENU_ITEMS and all(
        len(item.split()) <= _MENU_ITEM_WORDS and item[:1].isupper() for item in items
    )
