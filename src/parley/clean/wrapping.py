"""Hard-wrapped text (lines filled to a fixed width, e.g. 72 columns) re-joined into its paragraphs before
the cleaner judges a line: a wrapped paragraph is one line of the page; a head block's bylines, stamps, menus
and rules stand alone however filled the line above them."""

from __future__ import annotations

import re
from collections.abc import Callable

from parley.clean.cruft_rules import compiled_rules
from parley.clean.lines import Line
from parley.pubdate import parse_date_line

_LOWER_BYLINE = re.compile(r"by\s(?:[A-Z][\w'’.-]{0,20}\s){1,3}[A-Z][\w'’-]{1,20}")
# A feed's or archive's tag in brackets opening a line ("[FEED] ", "[ITEM 12] ").
_TAG = re.compile(r"\[[A-Z][A-Z0-9 ]{1,15}\]\s")
_MASTHEAD = re.compile(r"(?:[A-Z][\w'’.&-]{0,25}\s){0,4}[A-Z][\w'’.&-]{0,25}\s\([A-Z][\w'’.,& -]{1,40}\)")
_NUMBERED = re.compile(r"[0-9]{1,4}[.)]\s")
# A form's field of one to three words, its value set off by a run of spaces ("Media type:    Online news
# Country: ..."): a record's line, never a paragraph's (two spaces after a colon may be a typist's habit).
_FIELD = re.compile(r"[A-Z][\w.&/-]{0,20}(?:\s[\w.&/-]{1,20}){0,2}:\s{3,}\S")
_BLANK_ENDS = 3
_BLANK_END_SHARE = 0.7  # the headline and a footer's lines have no blank line under them either
_STAMP_MAX_WORDS = 12  # a wrapped head block's byline or date line ("NEWS | May 3, 2025 | Words: 364")
_STACKED_HEADS = 3
_MENU_SHARE = 0.4  # of the width: shorter lines that run on are menus, labels, buttons
_MIN_PROSE = 8  # filled lines to tell a wrapped text among a page's menu lines
_SOURCE_BREAKS = 2  # one space at a line's end may be a slip; two such breaks are the page's own wrapping


def _stamp(line: Line) -> bool:
    """A date, byline, menu or rule line of the head block: it stands alone, however filled the line above."""
    if (
        not line.norm
        or " | " in line.text
        or " :: " in line.text
        or _TAG.match(line.text)
        or _FIELD.match(line.text)
    ):
        # A rule of dashes, a line of items parted by bars ("Anke Roe | Jo Lind"), a feed's item line
        # ("[FEED] site :: Section :: item 0412"), a record's field ("Media type:    Online news"): no prose.
        return True
    if line.n_words > _STAMP_MAX_WORDS:
        return False
    if _LOWER_BYLINE.fullmatch(line.text.strip()):
        return True  # "by Olena Roe": a byline in lower case, names and no stop
    if line.text[:1].islower():
        return False  # a paragraph's last line ("by the end of June.") runs on from the one above
    lower = line.lower
    if any(lower.startswith(p) for p in compiled_rules().rules.byline_prefixes):
        return True
    # An archive record's publication line under the headline: "Saskatoon StarPhoenix (Saskatoon, Sask.)". A
    # paragraph's lines above its last are filled, and its last ends a sentence, so none reads so.
    return parse_date_line(line.text) is not None or _MASTHEAD.fullmatch(line.text) is not None


def merge_wrapped(lines: list[Line], source: str, opens: Callable[[Line], bool] | None = None) -> list[Line]:
    """Re-join paragraphs of hard-wrapped text (lines filled to a fixed width, e.g. 72 columns).

    A wrapped line is filled close to the width; the last line of a paragraph, and every short
    label or button, is not, so they are never joined to what follows. ``opens`` tells a line that opens a
    paragraph whatever stands above it (a dateline's lead under a headline as long as the column).
    """
    if len(lines) < 6:
        return lines
    # Judge by the lines that run on into another line: in wrapped text most of them are filled. The
    # width comes from them too: a print page's headers, captions and adverts run past its columns. A link's
    # address alone (a text browser's list of the page's links, "12. https://...") was never wrapped.
    inner = sorted(
        len(line.text)
        for line, nxt in zip(lines, lines[1:], strict=False)
        if source.count("\n", line.end, nxt.start) == 1 and not _link_line(line)
    )
    if len(inner) < 3:
        return lines
    width = inner[int(len(inner) * 0.9)]

    def filled(lengths: list[int]) -> bool:
        return sum(1 for n in lengths if n >= 0.75 * width) >= 0.6 * len(lengths)

    # A page's menus, labels and buttons stand one to a line too, as short as a word: where many lines of
    # prose run on, those short ones count for neither.
    judged = inner if filled(inner) else [n for n in inner if n >= _MENU_SHARE * width]
    if not 40 <= width <= 120 or not filled(judged) or judged is not inner and len(judged) < _MIN_PROSE:
        return lines
    # Paragraphs on one line each: a wrapped text has few lines past its width (a header, a caption), while
    # a page of one-line paragraphs glues only its menus, headlines and bylines, whatever their lengths.
    if sum(1 for line in lines if len(line.text) > 1.5 * width) > len(judged) / 4:
        return lines
    # Where a blank line follows the short last lines of paragraphs, a filled line that ends a sentence
    # ends no paragraph: the sentence closed where the line was full.
    ends = [
        source.count("\n", line.end, nxt.start) >= 2
        for line, nxt in zip(lines, lines[1:], strict=False)
        if line.terminal and len(line.text) < 0.75 * width
    ]
    blank_ends = len(ends) >= _BLANK_ENDS and sum(ends) >= _BLANK_END_SHARE * len(ends)
    merged: list[Line] = []
    group: list[Line] = []
    for i, line in enumerate(lines):
        group.append(line)
        nxt = lines[i + 1] if i + 1 < len(lines) else None
        adjacent = nxt is not None and source.count("\n", line.end, nxt.start) == 1
        # A line past the width that a lower-case line carries on was wrapped at a wider column (a rights
        # line under the story: "(c) <Institute>, 2025. All rights reserved. Reproduction" / "only with ...").
        carried = nxt is not None and nxt.text[:1].islower() and not line.terminal
        fits = len(line.text) <= width + 5 or carried
        filled = 0.75 * width <= len(line.text) and fits and (blank_ends or not line.terminal)
        if (
            adjacent
            and filled
            and not _stamp(line)
            and not (nxt is not None and (_stamp(nxt) or (opens is not None and opens(nxt))))
            # a role line ("Staff Correspondent", cruft.yaml's bio_label) under a headline as long as the
            # column is not its second line; under a headline and its dek the three stack as a head block
            and not (
                nxt is not None and len(group) == 1 and compiled_rules().bio_label.match(nxt.text) is not None
            )
        ):
            continue
        if len(group) > 1 and _stacked_heads(group):
            merged.extend(group)
        else:
            merged.append(line if len(group) == 1 else _joined(group))
        group = []
    return merged


def _link_line(line: Line) -> bool:
    """A link's address alone, after a list's number if any ("41. https://example.org/a"): a line no
    wrapping made, of any length."""
    words = _NUMBERED.sub("", line.text.strip(), count=1).split()
    return len(words) == 1 and ("://" in words[0] or words[0].startswith("www."))


def _stacked_heads(group: list[Line]) -> bool:
    """Filled lines that stack a page's head block, not a paragraph: three or more, each starting with a
    capital, the last ending no sentence (a headline as long as the column over its dek over the byline:
    "<Head> in Calcutta" / "Bengal government, left out in 1996, wants a seat at the table" / "Our Special
    Correspondent"). Two such lines are a headline wrapped once ("... for Japanese fishermen in" / "Russian
    EEZ"), which may well end on a capital."""
    return (
        len(group) >= _STACKED_HEADS
        and not group[-1].terminal
        and all(line.text[:1].isupper() for line in group[1:])
    )


def _source_break(line: Line, nxt: Line, source: str, open_ends: frozenset[str]) -> bool:
    """``line`` runs on into ``nxt`` where the page's HTML source broke a sentence: a space left on either
    side of the break, no sentence ended, and the next line goes on in lower case or the line stops on a word
    no paragraph ends on ("won the \nAfrica Movie ...", "has taken\n to her page")."""
    gap = source[line.end : nxt.start]
    if gap.count("\n") != 1 or gap in {"\n", "\r\n"} or line.terminal:
        return False
    before, _, after = gap.partition("\n")
    # An indent deeper than the line's own: a text dump indents every line alike ("   Lipulekh pass, ...").
    spaced_after = len(after) > line.start - (source.rfind("\n", 0, line.start) + 1)
    spaced_before = before.strip("\r") != ""
    lower = nxt.text[:1].islower()
    if spaced_after and lower:
        return True
    last = line.text.rsplit(None, 1)[-1].lower()
    return spaced_before and (lower or last in open_ends)


def join_source_breaks(lines: list[Line], source: str) -> list[Line]:
    """Re-join sentences that a page's HTML source broke over lines (an extractor may keep the source's line
    breaks, with the spaces beside them): only where the page shows at least two such breaks."""
    open_ends = compiled_rules().rules.open_line_ends
    breaks = [_source_break(a, b, source, open_ends) for a, b in zip(lines, lines[1:], strict=False)]
    if sum(breaks) < _SOURCE_BREAKS:
        return lines
    merged: list[Line] = []
    group: list[Line] = []
    for i, line in enumerate(lines):
        group.append(line)
        if i < len(breaks) and breaks[i]:
            continue
        merged.append(line if len(group) == 1 else _joined(group))
        group = []
    return merged


def join_drop_caps(lines: list[Line], source: str) -> list[Line]:
    """A magazine's drop cap that the scrape left on a line of its own ("N" over "egotiators ended ..."),
    joined back to its word: one capital letter alone, the next line (a blank line between at most) going
    on in lower case."""
    merged: list[Line] = []
    for line in lines:
        above = merged[-1] if merged else None
        if (
            above is not None
            and not above.parts
            and _drop_cap(above.text, line.text)
            and source.count("\n", above.end, line.start) <= 2
        ):
            merged[-1] = _joined([above, line])
        else:
            merged.append(line)
    return merged


def _drop_cap(piece: str, nxt: str) -> bool:
    return len(piece) == 1 and piece.isupper() and nxt[:1].islower()


def glue(pieces: list[str]) -> list[str]:
    """What goes before each piece of a re-joined paragraph: a space, or nothing after a drop cap."""
    return ["" if n == 0 or _drop_cap(pieces[n - 1], piece) else " " for n, piece in enumerate(pieces)]


def _joined(group: list[Line]) -> Line:
    parts = [p for g in group for p in (g.parts or [(g.start, g.text)])]
    pieces = [t for _, t in parts]
    text = "".join(sep + piece for sep, piece in zip(glue(pieces), pieces, strict=True))
    return Line(text, group[0].start, group[-1].end, parts=parts)
