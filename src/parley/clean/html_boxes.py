"""Boxes that a page sets inside or above its story, found by their structure rather than their class.

A summary box is a container whose heading names a summary ("Quick Read", "What we know so far"): its points
repeat the story. A link roundup is a heading over a list whose every item ends in a link to another
outlet's report ("Stocks jumped on the news, Bloomberg reports."): pointers to other stories, not this one.
Both are taken out of the page before trafilatura reads it; the page's report still lists their text.
"""

from __future__ import annotations

from functools import lru_cache
from typing import TYPE_CHECKING

from pydantic import BaseModel, ConfigDict, Field

from parley.rules import load_rules

if TYPE_CHECKING:
    from lxml.html import HtmlElement

_HEADINGS = frozenset({"h2", "h3", "h4", "h5", "h6"})
_CONTAINERS = frozenset({"div", "section", "aside"})
_LISTS = frozenset({"ul", "ol"})
_HEADING_WORDS = 8


class BoxRules(BaseModel):
    """Schema of headlines.yaml."""

    model_config = ConfigDict(extra="forbid")
    summary_headers: list[str]
    roundup_min_items: int = Field(ge=2)
    roundup_tail: str


@lru_cache(maxsize=1)
def box_rules() -> BoxRules:
    return load_rules("headlines.yaml", BoxRules)


def _norm(text: str) -> str:
    return " ".join(text.lower().split()).strip(" :.")


def _heading(box: HtmlElement) -> HtmlElement | None:
    """The box's heading: its first element child, when that is a heading of a few words."""
    first = next((kid for kid in box if isinstance(kid.tag, str)), None)
    if first is None or first.tag not in _HEADINGS:
        return None
    return first if len(first.text_content().split()) <= _HEADING_WORDS else None


def _shown(el: HtmlElement) -> str:
    """What a sibling shows: a comment or processing instruction shows only the text after it."""
    own = el.text_content() if isinstance(el.tag, str) else ""
    return own + (el.tail or "")


def _ends_in_link(item: HtmlElement, tail: str) -> bool:
    links = list(item.iter("a"))
    if not links:
        return False
    last = links[-1]
    after = (last.tail or "") + "".join(_shown(el) for el in last.itersiblings())
    return not after.strip(tail) and bool(last.text_content().strip())


def _roundup(box: HtmlElement, rules: BoxRules) -> bool:
    lists = [kid for kid in box if isinstance(kid.tag, str) and kid.tag in _LISTS]
    items = [li for lst in lists for li in lst if li.tag == "li"]
    enough = len(items) >= rules.roundup_min_items
    return enough and all(_ends_in_link(li, rules.roundup_tail) for li in items)


def story_boxes(root: HtmlElement, summary_headers: frozenset[str]) -> list[HtmlElement]:
    """Summary boxes and link roundups under ``root``; ``summary_headers`` adds the text rules' headers."""
    rules = box_rules()
    headers = summary_headers | {_norm(h) for h in rules.summary_headers}
    found = []
    for el in root.iter(*_CONTAINERS):
        heading = _heading(el)
        if heading is None:
            continue
        if _norm(heading.text_content()) in headers or _roundup(el, rules):
            found.append(el)
    return found
