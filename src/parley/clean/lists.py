"""Lists: a list inside the story is story, a summary box above it is not.

A story sentence ending with a colon ("The two leaders agreed to:") and the bulleted items under it
that carry on its sentence ("• open new crossing points;") are story, however unpunctuated or short the
items are; the later passes, which take runs of short unpunctuated lines for link lists, leave them
alone. A list of links reads differently: its items are headlines (title case, no closing
punctuation) and its header is a label ("Read more"), not a sentence. The items under a summary
header ("Key takeaways", "What we know so far") repeat the story and go with the header.
"""

from __future__ import annotations

import re

from parley.clean.boxes import BOX_LINE_SENTENCES, BOX_LINE_WORDS, BOX_MAX_LINES, blank_paragraphs
from parley.clean.cruft_rules import CompiledRules
from parley.clean.lines import Line

_ABSTRACT_LINES = 4  # an abstract of up to three paragraphs
# A numbered note under a notes heading: "1. ", "1) ", "[1] ".
_NOTE_ITEM = re.compile(r"(?:\[[0-9]{1,3}\]|[0-9]{1,3}[.)])\s")
# An item that is a headline: mostly capitalised words (a story item carries on a sentence in lower case).
_ITEM_MAX_CAPS = 0.6
_ITEM_MAX_WORDS = 80
_LEAD_MIN_WORDS = 5
# A colon's line leading into a list, a quotation or a sentence: "Under the deal:", "Rask put it simply:".
_INTRO_MIN_WORDS = 2
_OPENING_QUOTES = ('"', "“", "«")
_CLOSING_QUOTES = ('"', "”", "»")
_QUOTE_ENDS = (".", "!", "?", "…", ",")
# A plain sentence of so many words between two story paragraphs: "Markets cheered.", "Talks stalled again."
_SHORT_SENTENCE = (2, 6)
_HEADER_MAX_WORDS = 6
# Words naming the maker of a summary after its header ("by <Outlet> AI").
_MAKER_WORDS = 3
# Unbulleted points under a summary header: how many, and how long each.
_MIN_POINTS = 2
_MAX_POINTS = 6
_POINT_WORDS = 30
# Points set a blank line apart repeat the story: this share of their longer words is in its first lines.
_REPEATS = 0.6
_SPACED_POINT_WORDS = 20
_BOX_QUESTION_WORDS = 4
_STORY_LINES = 40
_LONG_WORD = 4
_WORDS = re.compile(r"[^\W\d_]+")
# Closing marks of an item that carries on the lead's sentence ("; and", "," or the final stop).
_ITEM_ENDS = (";", ",", ".", ":", "!", "?", ";”", ".”", '."', "and", "or")


def item_text(line: Line, rules: CompiledRules) -> str | None:
    """The text of a list item after its bullet, or None when the line is no list item."""
    m = rules.list_item.match(line.text[:8])
    if m is None:
        return None
    return line.text[m.end() :].lstrip()


def _story_item(line: Line, rules: CompiledRules) -> bool:
    text = item_text(line, rules)
    if not text or line.reason is not None or line.n_words > _ITEM_MAX_WORDS:
        return False
    if line.cap_ratio >= _ITEM_MAX_CAPS and line.n_words >= 3:
        return False  # "– Floods Close the Mountain Pass": a headline
    return text[:1].islower() or text.rstrip().endswith(_ITEM_ENDS)


def _leads_list(line: Line, rules: CompiledRules) -> bool:
    """A story sentence ending with a colon: lower-case words, no address to the reader ("Under the plan")."""
    if line.reason is not None or not line.text.endswith(":") or line.n_words < _INTRO_MIN_WORDS:
        return False
    if rules.list_item.match(line.text[:8]) or line.cap_ratio >= _ITEM_MAX_CAPS:
        return False
    return not line.addresses_reader(rules)


def _glued_summary(lines: list[Line], i: int, text: str) -> int:
    """The end of the box under a summary header whose points carry no bullets: in a text that parts its
    paragraphs with blank lines, the short lines glued under the header ("In short:" over two sentences),
    or glued to each other under a header that stands a blank line above them ("What To Know")."""
    # Under a header set apart, the points are known by their gluing alone: two of them at least.
    apart = i + 1 < len(lines) and text.count("\n", lines[i].end, lines[i + 1].start) == 2
    j = i + 1
    while (
        j < len(lines)
        and j - i <= BOX_MAX_LINES
        and (text.count("\n", lines[j - 1].end, lines[j].start) == 1 or (apart and j == i + 1))
        and lines[j].n_words <= BOX_LINE_WORDS
        # The one paragraph glued under the header may be a few short sentences ("What we know so far" /
        # "The truce would last 60 days. Israel has not agreed to ... . Hamas has not said ...").
        and (
            lines[j].n_sentences <= BOX_LINE_SENTENCES
            or (j == i + 1 and not apart and not lines[j].has_quote)
        )
    ):
        j += 1
    if apart and j - i - 1 < _MIN_POINTS:
        return i + 1
    # A header glued over a whole page of single-spaced paragraphs is no box.
    return j if j < len(lines) and text.count("\n", lines[j - 1].end, lines[j].start) > 1 else i + 1


def _spaced_summary(lines: list[Line], i: int, text: str) -> int:
    """The end of the box under a summary header whose points stand a blank line apart like paragraphs ("Key
    Points" / three short sentences / the lead): the points are short and repeat the story below them (most
    of their words are its words), and the paragraph after them runs longer than any point."""
    j = i + 1
    while j < len(lines) and j - i <= _MAX_POINTS and _spaced_point(lines[j]) and not _box_question(lines[j]):
        j += 1
    # A question heading the box's last part ("What's next?") stands over its one answer, however long: the
    # story starts under the answer, and the points above the question are what repeats it.
    end = j + 2 if j + 2 < len(lines) and _box_question(lines[j]) and _point(lines[j + 1]) else j
    if j - i - 1 < _MIN_POINTS or end >= len(lines):
        return i + 1
    if any(
        text.count("\n", a.end, b.start) < 2
        for a, b in zip(lines[i:end], lines[i + 1 : end + 1], strict=True)
    ):
        return i + 1
    return end if _repeat_story(lines, i, j, end) else i + 1


def _box_question(line: Line) -> bool:
    return line.text.endswith("?") and line.n_words <= _BOX_QUESTION_WORDS


def _repeat_story(lines: list[Line], i: int, j: int, start: int | None = None) -> bool:
    """The points ``lines[i+1:j]`` under a header are short and repeat the story from ``start`` (``j`` unless
    given) on: most of their words are its words, and its first paragraph runs longer than any of them."""
    start = j if start is None else start
    after, points = lines[start], lines[i + 1 : j]
    if after.reason is not None or not after.prose() or after.n_words <= max(p.n_words for p in points):
        return False
    kept = (line for line in lines[start : start + _STORY_LINES] if line.reason is None)
    story = {w for line in kept for w in _long_words(line.lower)}
    words = [w for line in points for w in _long_words(line.lower)]
    return bool(words) and sum(w in story for w in words) >= _REPEATS * len(words)


def _spaced_point(line: Line) -> bool:
    return _point(line) and line.n_words <= _SPACED_POINT_WORDS and not line.has_quote


def _long_words(text: str) -> list[str]:
    return [w for w in _WORDS.findall(text) if len(w) >= _LONG_WORD]


def _listed_summary(lines: list[Line], i: int, rules: CompiledRules) -> int:
    """The end of the box under a summary header in a page of one line per paragraph: a few short
    sentences, one a line, that end at a removed line (a label, a button), not at the story; or, where
    none of them reports or quotes, at the story resuming with a line that does."""
    j = i + 1
    while j < len(lines) and j - i <= _MAX_POINTS and _point(lines[j]):
        j += 1
    if j - i - 1 < _MIN_POINTS:
        return i + 1
    if j < len(lines) and lines[j].reason is not None:
        return j
    # Inside the story (a paragraph of it above the header), the story resumes at the first line that
    # reports or quotes, a point or not; above the story, short lines under a header may be its lead,
    # unless a longer paragraph under them tells it again under a header that labels a box ("Key Points" /
    # three sentences / the lead); a colon leads into what follows ("What we know:"), story or box.
    if not any(line.reason is None and line.prose() for line in lines[:i]):
        boxed = not lines[i].text.endswith(":") and j < len(lines) and _repeat_story(lines, i, j)
        return j if boxed else i + 1
    # A point may report in the present, as a box does ("<Leader> says <country> will not accept ..."): the
    # story reports in the past, or quotes.
    k = next(
        (
            k
            for k in range(i + 1, min(j + 1, len(lines)))
            if _says(lines[k], rules) and not _present_point(lines[k], rules)
        ),
        None,
    )
    return k if k is not None and k - i - 1 >= _MIN_POINTS and _resumes(lines[k], rules) else i + 1


def _says(line: Line, rules: CompiledRules) -> bool:
    return line.has_quote or line.reports(rules)


def _present_point(line: Line, rules: CompiledRules) -> bool:
    if not _point(line) or line.has_quote:
        return False
    told = {m.group(0) for m in rules.reporting.finditer(line.lower)} - rules.rules.tenseless_reporting
    return bool(told) and told <= rules.rules.present_reporting


def _resumes(line: Line, rules: CompiledRules) -> bool:
    """The story again after a box: reported speech of some length."""
    return line.n_words >= _LEAD_MIN_WORDS * 2 and _says(line, rules)


def _point(line: Line) -> bool:
    return (
        line.reason is None
        and not line.in_list
        and line.n_words <= _POINT_WORDS
        and line.n_sentences == 1
        and line.terminal
    )


def _summary_header(line: Line, headers: frozenset[str]) -> bool:
    """ "Key takeaways", or a header naming who wrote the summary: "Takeaways by <Outlet> AI"."""
    if len(line.norm.split()) > _HEADER_MAX_WORDS:
        return False
    head, by, maker = line.norm.partition(" by ")
    return line.norm in headers or (bool(by) and head in headers and len(maker.split()) <= _MAKER_WORDS)


def _made_summary(lines: list[Line], i: int, text: str) -> int:
    """Under a header naming who made the summary ("Summary by <Aggregator>"), the one paragraph glued to it
    is that summary, whatever furniture follows it (an aggregator's source card, then the story)."""
    j = i + 1
    if " by " not in lines[i].norm or j >= len(lines) or text.count("\n", lines[i].end, lines[j].start) != 1:
        return j
    under = lines[j]
    fits = under.reason is None and under.n_words <= BOX_LINE_WORDS and not under.has_quote
    return j + 1 if fits and under.n_sentences <= BOX_LINE_SENTENCES else j


def mark_lists(lines: list[Line], rules: CompiledRules, text: str | None = None) -> None:
    """Story lists are kept (``in_list``); summary boxes go with their header.

    ``text`` is the source of ``lines``: where given, a summary box without bullets is found by its layout.
    """
    headers = frozenset(rules.rules.summary_headers)
    glued = text is not None and blank_paragraphs(lines, text)
    i = 0
    while i < len(lines):
        line = lines[i]
        j = i + 1
        if line.norm in rules.rules.notes_headers and j < len(lines) and _NOTE_ITEM.match(lines[j].text):
            line.reason = "footnotes"
            while j < len(lines) and _NOTE_ITEM.match(lines[j].text):
                lines[j].reason = "footnotes"
                j += 1
        elif (end := _abstract_end(lines, i, rules)) is not None:
            for box_line in lines[i : end + 1]:  # the full text's heading too
                box_line.reason = box_line.reason or "summary-box"
            j = end + 1
        elif _summary_header(line, headers):
            line.reason = "summary-box"
            while j < len(lines) and lines[j].reason is None and item_text(lines[j], rules):
                lines[j].reason = "summary-box"
                j += 1
            if j == i + 1 and glued and text is not None:
                j = _glued_summary(lines, i, text)
                j = _spaced_summary(lines, i, text) if j == i + 1 else j
            elif j == i + 1:
                j = _listed_summary(lines, i, rules)
            if j == i + 1 and text is not None:
                j = _made_summary(lines, i, text)
            if j > i + 1:
                for box_line in lines[i + 1 : j]:
                    box_line.reason = box_line.reason or "summary-box"
        elif _leads_list(line, rules):
            while j < len(lines) and _story_item(lines[j], rules):
                lines[j].in_list = True
                j += 1
            line.in_list = j > i + 1 or _introduces(lines, i)
            if j == i + 1 and line.in_list and quotation(lines[j]):
                lines[j].in_list = True  # "Rask put it simply:" / "“No fees, no deal.”"
                j += 1
        i = j


def _abstract_end(lines: list[Line], i: int, rules: CompiledRules) -> int | None:
    """The heading of the full text a few lines under a database record's abstract heading at line ``i``
    (None where line ``i`` heads no abstract or no such heading follows)."""
    if lines[i].lower.strip().rstrip(":") not in rules.rules.abstract_heads:
        return None
    heads = rules.rules.full_text_heads
    below = lines[i + 1 : i + 1 + _ABSTRACT_LINES]
    return next((i + 1 + k for k, line in enumerate(below) if line.lower.strip().rstrip(":") in heads), None)


def _introduces(lines: list[Line], i: int) -> bool:
    """What follows a colon with no list under it is a quotation or a sentence, not a headline or a label:
    the colon's line leads into the story ("Here is what each side wants:" / "Talvia wants lower fees.")."""
    nxt = lines[i + 1] if i + 1 < len(lines) else None
    if nxt is None or nxt.reason is not None or nxt.in_list:
        return False
    return quotation(nxt) or (nxt.terminal and nxt.text[:1].isupper() and not nxt.headline_like())


def quotation(line: Line) -> bool:
    """A paragraph that is one quotation ("“Yes.”", "“No fees, no deal.”"): story, however short."""
    text = line.text.rstrip()
    return (
        line.reason is None
        and text[:1] in _OPENING_QUOTES
        and text[-1:] in _CLOSING_QUOTES
        and text[:-1].rstrip()[-1:] in _QUOTE_ENDS
        and line.n_words <= _ITEM_MAX_WORDS
    )


def mark_sure_story(lines: list[Line], first: int, rules: CompiledRules) -> None:
    """Short lines that are story however short: a quotation right under a story paragraph ("“Yes.”"), and a
    plain sentence of a few lower-case words between two story paragraphs ("Markets cheered.")."""
    above: Line | None = None  # the last kept line
    for i in range(first, len(lines)):
        line = lines[i]
        if line.reason is not None or line.in_list:
            above = line if line.reason is None else above
            continue
        after_story = above is not None and above.prose()
        intro = _leads_list(line, rules) and _items_past_a_block(lines, i, rules)
        plain = _plain_sentence(line, rules) and _prose_below(lines, i)
        if after_story and (intro or plain or quotation(line)):
            line.in_list = True
        above = line


def _items_past_a_block(lines: list[Line], i: int, rules: CompiledRules) -> bool:
    """The items of the colon's line ``i`` stand under a removed block the page put between them ("Under the
    terms:" / "RELATED ARTICLES" / <headlines> / "• Talvia will cut ..."): they carry on its sentence."""
    k = i + 1
    while k < len(lines) and lines[k].reason is not None and not lines[k].in_list:
        k += 1
    return i + 1 < k < len(lines) and _story_item(lines[k], rules)


def _plain_sentence(line: Line, rules: CompiledRules) -> bool:
    """ "Markets cheered.": a capital, then lower-case words only, a full stop; no address to the reader."""
    words = line.words
    if not _SHORT_SENTENCE[0] <= len(words) <= _SHORT_SENTENCE[1] or not line.text.endswith("."):
        return False
    if not words[0][:1].isupper() or not all(w[:1].islower() for w in words[1:]):
        return False
    return not line.lower.startswith(rules.imperatives) and not line.addresses_reader(rules)


def _prose_below(lines: list[Line], i: int) -> bool:
    """The story goes on below: a paragraph of prose, or a short sentence over one ("In Osk, the mood was
    calmer." / "<paragraph>")."""
    kept = (line for line in lines[i + 1 :] if line.reason is None)
    below = next(kept, None)
    if below is None or below.prose():
        return below is not None
    if not below.terminal or below.n_words < _SHORT_SENTENCE[1] or below.has_quote:
        return False
    after = next(kept, None)
    return after is not None and after.prose()
