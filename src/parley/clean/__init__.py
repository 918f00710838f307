"""Cleaning: from a raw document (plain text or HTML) to the story body, with what was removed and why."""

from __future__ import annotations

from dataclasses import dataclass, field

from parley.records import Removed


@dataclass
class Cleaned:
    """The story of a document and its metadata.

    ``segments`` maps the body back to the input: each ``(body_start, input_start, length)`` says that
    ``body[body_start:body_start+length] == input[input_start:input_start+length]`` (text input only).
    """

    body: str
    removed: list[Removed] = field(default_factory=list)
    title: str | None = None
    byline: str | None = None
    dateline: str | None = None
    published: str | None = None
    published_source: str | None = None  # "metadata" | "text" | None
    site: str | None = None
    url: str | None = None
    segments: list[tuple[int, int, int]] = field(default_factory=list)


def clean(raw: str, *, is_html: bool, year: int | None = None) -> Cleaned:
    """Clean a decoded document: HTML goes through trafilatura and the text rules, text through the rules.

    ``year``, when known, dates a text dateline that gives only month and day.
    """
    # Imported here: the cleaners import Cleaned from this module.
    if is_html:
        from parley.clean.html import clean_html

        return clean_html(raw)
    from parley.clean.text import clean_text

    return clean_text(raw, year=year)
