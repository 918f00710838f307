"""Plain-text cleaning: keep every sentence of the story, drop the rest wherever it sits.

Each line gets a verdict from the rules in ``cruft.yaml`` (see :mod:`parley.clean.lines`); then block
logic looks at lines in context: an appeal header takes the appeal under it, a "Related" header takes
the headline list under it, the lines above the story give the title, byline and date, and a dateline is
cut from the first paragraph. Everything dropped is reported with its span into the input.
"""

from __future__ import annotations

import re

from parley.clean import Cleaned
from parley.clean.lines import (
    CompiledRules,
    Line,
    appeal_continues,
    classify,
    compiled_rules,
    is_appeal_header,
    merge_wrapped,
    split_lines,
)
from parley.pubdate import DateLine, dateline_date, parse_date_line, pick_published, weekday_in
from parley.records import Removed

_CLOSERS = "\"'”’»)"

# Reasons whose header line announces a list of links under it.
_LIST_HEADERS = {"related-links"}


def is_byline(line: Line, rules: CompiledRules) -> bool:
    """A short "By Jane Roe, Agency" line: names and connectors after a byline word."""
    cfg = rules.rules
    if line.n_words > cfg.byline_max_words or line.n_words < 2:
        return False
    lower = line.lower
    prefix = next((p for p in cfg.byline_prefixes if lower.startswith(p)), None)
    if prefix is None:
        return False
    connectors = set(cfg.byline_connectors)
    rest = line.text[len(prefix) :].replace(",", " ").replace("|", " ").replace(";", " ")
    words = rest.split()
    if not words or not words[0][:1].isupper():
        return False
    # "By the end of the week, ..." is a sentence; a byline is names and connectors only.
    return all(w[:1].isupper() or not w[:1].isalpha() or w.lower() in connectors for w in words)


def _is_credit(line: Line, rules: CompiledRules) -> bool:
    return any(p in line.lower for p in rules.rules.credit_phrases)


def _is_anchor(line: Line, rules: CompiledRules) -> bool:
    """A line that is surely story: running prose, or reported speech of some length."""
    if line.reason is not None:
        return False
    # Headlines and standfirsts say "says" too, but a paragraph of the story ends like a sentence.
    closed = line.terminal or line.text.endswith(":")
    return line.prose() or (closed and line.n_words >= 8 and line.storyish(rules))


def mark_blocks(lines: list[Line], rules: CompiledRules) -> None:
    """Appeal blocks and link lists: a header takes the run of lines under it that reads like it."""
    i = 0
    while i < len(lines):
        line = lines[i]
        if is_appeal_header(line, rules):
            line.reason = line.reason or "donation-appeal"
            j = i + 1
            while (
                j < len(lines)
                and lines[j].reason in (None, "donation-appeal")
                and appeal_continues(lines[j], rules)
            ):
                lines[j].reason = "donation-appeal"
                j += 1
            # Buttons and counters already classified stay in the block without ending it.
            while j < len(lines) and lines[j].reason is not None and lines[j].n_words <= 6:
                j += 1
            i = j
            continue
        if line.norm in rules.rules.bio_headers:
            line.reason = "author-bio"
            j = i + 1
            while j < len(lines) and lines[j].reason is None and not lines[j].storyish(rules):
                lines[j].reason = "author-bio"
                j += 1
            i = j
            continue
        if line.reason in _LIST_HEADERS and line.n_words <= 6:
            j = i + 1
            while j < len(lines) and (
                lines[j].reason in (None, "related-links")
                and lines[j].headline_like()
                and lines[j].n_words >= 2
            ):
                lines[j].reason = "related-links"
                j += 1
            i = j
            continue
        i += 1


def _link_stub(line: Line) -> bool:
    return line.reason in (None, "related-links") and line.headline_like() and line.n_words >= 2


def _mark_top(lines: list[Line], first: int, rules: CompiledRules) -> str | None:
    """Lines above the story: the title is the longest headline there; the labels around it go.

    Site names, section kickers ("Politics | Georgia", "Russia-Ukraine war live") and the title all
    look alike; the headline is the one that says most.
    """
    top = [
        i
        for i, line in enumerate(lines[:first])
        if line.reason is None
        and 3 <= line.n_words <= 30
        and not _is_credit(line, rules)
        and not _sentence(line)  # a full stop closes a sentence (a dek, a short lead), not a headline
    ]
    if not top:
        for line in lines[:first]:
            if line.reason is None and not _sentence(line) and line.n_words <= 12:
                line.reason = "breadcrumb"
        return None
    # Kickers and mastheads ("Russia-Ukraine war live") are short; the headline is the first line
    # that says something (the standfirst under it is often longer, so "longest" would pick that).
    full = [i for i in top if lines[i].n_words >= 5 and "|" not in lines[i].text]
    best = full[0] if full else max(top, key=lambda i: (lines[i].n_words - ("|" in lines[i].text) * 10, -i))
    title = lines[best].text
    for i, line in enumerate(lines[:first]):
        if line.reason is not None:
            continue
        if i == best or line.text == title:
            line.reason = "title"
        elif i < best:
            line.reason = "breadcrumb"
        elif not _sentence(line):
            # Under the headline and above the story: a standfirst, an author line, a label.
            line.reason = "standfirst" if line.n_words >= 6 else "boilerplate"
    return title


_COPY_NOISE = re.compile(
    r"copyright|©|\(c\)|all rights reserved\.?|\b(?:19|20)[0-9]{2}\b|[-–]|\b(?:inc|ltd|llc|plc|gmbh)\b\.?",
    re.IGNORECASE,
)


def _site(lines: list[Line], first: int, title: str | None) -> str | None:
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


def _sentence(line: Line) -> bool:
    return line.n_words >= 2 and line.text.rstrip(_CLOSERS).endswith(".")


def _mark_runs(lines: list[Line], first: int, last: int, rules: CompiledRules) -> None:
    """Runs of headline-shaped lines in the story are link lists; after the story, link stubs go."""
    i = first
    while i <= last:
        j = i
        while j <= last and _unpunctuated_headline(lines[j]):
            j += 1
        if j - i >= 2:
            for line in lines[i:j]:
                line.reason = "related-links"
        i = max(j, i + 1)
    for line in lines[last + 1 :]:
        if line.reason is None and not line.terminal and not _is_credit(line, rules):
            line.reason = "related-links" if line.n_words >= 3 else "boilerplate"


def _mark_closing_bio(lines: list[Line], rules: CompiledRules) -> None:
    """Lines about the writer at the very end of the text, below everything else that is kept."""
    for line in reversed(lines):
        if line.reason is not None:
            continue
        short = len(line.text) <= rules.rules.shape_max_chars
        if short and not line.storyish(rules) and rules.bio.match(line.text):
            line.reason = "author-bio"
            continue
        break


def _unpunctuated_headline(line: Line) -> bool:
    # Short story sentences full of names ("Zelensky thanked Trump.") end with a full stop; links do not.
    return line.reason is None and line.headline_like() and not line.terminal and line.n_words >= 3


def _dateline(line: Line, rules: CompiledRules) -> tuple[str, int] | None:
    """The dateline opening ``line``: (dateline text without the dash, characters to cut)."""
    m = rules.dateline.match(line.text[:160])
    if not m:
        return None
    place = m.group("place")
    first_word = place.split()[0].rstrip(",")
    capitals = first_word.isupper() and len(first_word.strip(".")) >= 2
    agency = m.group("agency") or ""
    known = agency[1:-1] in rules.rules.agencies
    if not (capitals or known):
        return None
    if m.end() >= len(line.text):
        return None
    return line.text[: m.start("dash")].rstrip(), m.end()


def clean_text(text: str, *, year: int | None = None) -> Cleaned:
    """Clean scraped plain text into the story body and a report of what was dropped.

    ``year``, when known, dates a dateline that gives only month and day.
    """
    rules = compiled_rules()
    lines = merge_wrapped(split_lines(text), text)
    dates: list[DateLine] = []
    byline: str | None = None
    for line in lines:
        parsed = parse_date_line(line.text) if len(line.text) <= 160 else None
        if parsed is not None:
            line.reason = "date-line"
            dates.append(parsed)
            byline = byline or parsed.byline
            continue
        if is_byline(line, rules) and not _is_credit(line, rules):
            line.reason = "byline"
            byline = byline or line.text
            continue
        line.reason = classify(line, rules)

    mark_blocks(lines, rules)
    anchors = [i for i, line in enumerate(lines) if _is_anchor(line, rules)]
    title: str | None = None
    if anchors:
        first, last = anchors[0], anchors[-1]
        title = _mark_top(lines, first, rules)
        _mark_runs(lines, first, last, rules)
    else:
        first = 0
    _mark_closing_bio(lines, rules)
    site = _site(lines, first, title)

    removed: list[Removed] = []
    body_parts: list[str] = []
    segments: list[tuple[int, int, int]] = []
    dateline_text: str | None = None
    offset = 0
    for idx, line in enumerate(lines):
        if line.reason is not None:
            removed.append(
                Removed(span=(line.start, line.end), reason=line.reason, text=text[line.start : line.end])
            )
            continue
        pieces = list(line.parts) or [(line.start, line.text)]
        if dateline_text is None and idx >= first:
            found = _dateline(line, rules)
            if found is not None and found[1] < len(pieces[0][1]):
                dateline_text, cut = found
                start, first_text = pieces[0]
                removed.append(Removed(span=(start, start + cut), reason="dateline", text=first_text[:cut]))
                pieces[0] = (start + cut, first_text[cut:])
            else:
                dateline_text = ""  # only the first paragraph may open with a dateline
        if body_parts:
            offset += 1
        # A re-joined paragraph is one body line; its wrapped pieces are joined by single spaces.
        for n, (start, piece) in enumerate(pieces):
            if n:
                offset += 1
            segments.append((offset, start, len(piece)))
            offset += len(piece)
        body_parts.append(" ".join(piece for _, piece in pieces))

    published = pick_published(dates)
    if published is None and dateline_text:
        lead = body_parts[0] if body_parts else ""
        published = dateline_date(dateline_text, year, weekday=weekday_in(lead))
    removed.sort(key=lambda r: r.span[0] if r.span else -1)
    return Cleaned(
        body="\n".join(body_parts),
        removed=removed,
        title=title,
        site=site,
        byline=byline,
        dateline=dateline_text or None,
        published=published,
        published_source="text" if published else None,
        segments=segments,
    )
