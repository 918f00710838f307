"""Finding the headline above a plain-text story when another rule took it for something else: a list's
link, a repeat, an appeal's run, a label, a dek, the line model; and the words a line shares with the lead.

Helpers of :func:`parley.clean.tops.mark_top`, split from it to keep each module readable.
"""

from __future__ import annotations

import re
from dataclasses import replace

from parley.clean.credits import is_credit
from parley.clean.cruft_rules import CompiledRules
from parley.clean.headlines import (
    HEADLINE_MAX_WORDS,
    HEADLINE_MIN_WORDS,
    author_line,
    is_menu,
    sentence,
)
from parley.clean.lines import Line
from parley.clean.standfirsts import heads_story
from parley.pubdate import DateLine, is_time_stamp, parse_date_line

_TOPIC_WORD = re.compile(r"[^\W\d_]{4,}")
_SUFFIXES = ("ing", "ed", "es", "s")
_AGE_WORDS = 2
# A block header ("Latest") may take the headline under it for one of its links.
HEADLINE_TAKEN = (None, "related-links")
# Right over the story's byline or date, a list of links, a repeat (the headline again in a list or a share
# box: "pull-quote") or an appeal's run may have taken the headline; a free line there is a dek as likely.
_TAKEN_OVER_BYLINE = ("related-links", "pull-quote", "donation-appeal")
_KICKER_WORDS = 3
_DEKS_OVER_BYLINE = 2
DEKS = (None, "standfirst")
_OPENING_WORDS = 8
_BLOCK_LOOKBACK = 4
# What may stand between a headline and its lead on a scraped page.
OVER_LEAD = frozenset({"date-line", "byline", "share-counter", "button-label"})
_STAMPS = ("date-line", "byline")
# What a page sets between its headline and the story's lead besides deks and short labels: stamps, a
# picture's caption and credit, share buttons, an ad slot.
_HEAD_BLOCK = OVER_LEAD | {"caption", "copyright", "listen", "separator", "advertisement"}
# The rules that may take a headline for something else: a label, a trail's last crumb, a subhead, a dek, a
# repeat of it lower down, a list's link, the line model.
_HEAD_TAKERS = frozenset({*HEADLINE_TAKEN, *DEKS, "boilerplate", "breadcrumb", "crosshead", "pull-quote"})
_HEAD_TAKERS |= {"repeated", "line model"}
HEAD_WALK = 12
SHORT_HEAD_WORDS = 2
# Badges in capitals opening a link to another piece of the site: a live blog, a video, a podcast.
_BADGES = frozenset({"LIVE", "WATCH", "VIDEO", "LISTEN", "PODCAST"})


def _stem(word: str) -> str:
    """A crude stem, so that "agree" meets "agreed" and "talks" meets "talk"."""
    for suffix in _SUFFIXES:
        if word.endswith(suffix) and len(word) - len(suffix) >= 4:
            word = word[: -len(suffix)]
            break
    return word.rstrip("e")


def topic(text: str, rules: CompiledRules) -> set[str]:
    """Stems of the content words of ``text``."""
    stop = rules.rules.function_words
    return {_stem(w) for w in _TOPIC_WORD.findall(text[:4000].lower()) if w not in stop}


def page_stamps(stamps: dict[int, DateLine]) -> dict[int, DateLine]:
    """The stamps that head the story: a page whose only dated stamp says "Updated" is dated by it, and that
    stamp stands where a published one would ("Updated 3 June 2025 14:05" under the headline)."""
    dated = [i for i, stamp in stamps.items() if stamp.date is not None]
    if any(stamps[i].kind == "published" for i in dated) or len(dated) != 1:
        return stamps
    return {**stamps, dated[0]: replace(stamps[dated[0]], kind="published")}


def entry_head(lines: list[Line], i: int) -> bool:
    """A live entry head: under its clock time ("17.55 GMT"), opening with it (a key-events list: "18:47  Deal
    signed"), or opening with its age ("2h ago ...")."""
    if i > 0 and is_time_stamp(lines[i - 1].text):
        return True
    words = lines[i].words
    # "3.45 million ..." opens with a number, not a time: a dotted time needs its zone ("17.55 GMT ...").
    if len(words) > 2 and (
        (":" in words[0] and is_time_stamp(words[0])) or is_time_stamp(" ".join(words[:2]))
    ):
        return True
    age = " ".join(lines[i].words[:_AGE_WORDS])
    stamp = parse_date_line(age) if lines[i].n_words > _AGE_WORDS else None
    return stamp is not None and stamp.date is None


def above_head_block(
    lines: list[Line], best: int, lead: set[str], stamps: dict[int, DateLine], rules: CompiledRules
) -> int | None:
    """The headline standing above the byline and date block when ``best`` lies inside or under it (a video
    caption between the date and the byline, "X reports from Y on ..."): only deks and stamps between.
    A "Most read" list above may have taken the headline and its dek: the first of them is the headline."""
    block = _stamp_block(lines, best, stamps)
    if block is None:
        return None
    found = None
    for i in range(block - 1, max(block - 1 - _BLOCK_LOOKBACK, -1), -1):
        line = lines[i]
        if found is not None:
            # Up the list over the headline's dek to the headline; a headline standing free is the one.
            if line.reason == lines[found].reason == "related-links" and _taken_head(line, lead, rules):
                found = i
                continue
            break
        if _taken_head(line, lead, rules):
            found = i
            continue
        if line.reason in ("standfirst", "date-line", "byline", "caption") or author_line(line):
            continue
        # A dek, or a short label between headline and stamp: names, share buttons; not the page's menus.
        if line.reason is None and sentence(line):
            continue
        short = line.n_words < HEADLINE_MIN_WORDS
        if short and (line.reason is None or line.reason in rules.rules.title_furniture):
            continue
        break
    return found


def head_over_lead(lines: list[Line], first: int, lead: set[str], rules: CompiledRules) -> int | None:
    """The headline right over the story's lead, with only stamps and share buttons between, that a run of
    link-like lines took for one of its links ("Share" / "BREAKING: Council adjourns over ..." / the lead)."""
    for i in range(first - 1, max(first - 1 - _BLOCK_LOOKBACK, -1), -1):
        line = lines[i]
        if _taken_head(line, lead, rules):
            return i
        if line.reason not in OVER_LEAD:
            return None
    return None


def head_over_story(lines: list[Line], first: int, lead: set[str], rules: CompiledRules) -> int | None:
    """The headline nearest over the story's lead, whatever rule took it, when no free line above speaks of
    the story: up from the lead over the head block only (stamps, deks, captions, share buttons, labels of a
    word or four), to the first line that reads as a headline; it must share two content words with the
    lead."""
    for i in range(first - 1, max(first - 1 - HEAD_WALK, -1), -1):
        line = lines[i]
        if _took_head(line, lead, rules):
            return i
        if (
            line.reason in _HEAD_BLOCK
            or sentence(line)
            or line.n_words < HEADLINE_MIN_WORDS
            or author_line(line)
            or is_credit(line, rules)
        ):
            continue
        return None
    return None


def _took_head(line: Line, lead: set[str], rules: CompiledRules) -> bool:
    """A line that a rule took, which reads as a headline of the story, a short one too ("Tarn Bridges")."""
    return (
        line.reason in _HEAD_TAKERS
        and SHORT_HEAD_WORDS <= line.n_words <= HEADLINE_MAX_WORDS
        and not sentence(line)
        and not is_menu(line.text)
        and not is_badged(line)
        and len(topic(line.text, rules) & lead) >= 2
    )


def speaks_of(line: Line, head: str, lead: set[str], rules: CompiledRules) -> bool:
    return len(topic(head, rules) & lead) >= 2 and not is_menu(line.text)


def opens_as(line: Line, lead: Line) -> bool:
    """``line`` opens with the words that the story's lead opens with."""
    n = _OPENING_WORDS
    return line.n_words >= n and line.lower.split()[:n] == lead.lower.split()[:n]


def _stamp_block(lines: list[Line], end: int, stamps: dict[int, DateLine]) -> int | None:
    """The top of the byline and date block nearest above line ``end``."""
    block = max((j for j in range(end) if heads_story(lines[j], stamps.get(j))), default=None)
    while block is not None and block > 0 and lines[block - 1].reason in _STAMPS:
        block -= 1
    return block


def head_over_byline(
    lines: list[Line],
    first: int,
    best: int,
    lead: set[str],
    stamps: dict[int, DateLine],
    rules: CompiledRules,
) -> int | None:
    """The headline right over the story's byline and date block (a dek or two between), when the line picked
    stands higher or is a dek, and a repeat or an appeal's run took the headline."""
    block = _stamp_block(lines, first, stamps)
    if block is None:
        return None
    # Up over the deks: sentences, and one line that is free (an unstopped dek, or the headline that the rule
    # must then not pass over for a line higher up).
    i, free, unstopped, kicked = block - 1, 0, -1, False
    while i >= 0 and block - i <= _DEKS_OVER_BYLINE:
        if _kicker(lines[i]):
            kicked = True  # a section's label in capitals ("UKRAINE") over the headline
            break
        if lines[i].reason in DEKS and not sentence(lines[i]):
            free, unstopped = free + 1, i
        elif not sentence(lines[i]):
            break
        i -= 1
    if free > 1 or i == best:
        return None
    if i >= 0 and _taken_head(lines[i], lead, rules, _TAKEN_OVER_BYLINE):
        return i
    # Over the free line a section's label ("UKRAINE") and under it a byline: the free line was the
    # headline (a teaser in a list stands between its label and its date, with no writer).
    bylined = kicked and lines[block].reason == "byline"
    if bylined and free == 1 and unstopped != best and _taken_head(lines[unstopped], lead, rules, DEKS):
        return unstopped
    return None


def _kicker(line: Line) -> bool:
    return line.n_words <= _KICKER_WORDS and line.text.isupper() and not sentence(line)


def head_over_dek(
    lines: list[Line], first: int, lead: set[str], stamps: dict[int, DateLine], rules: CompiledRules
) -> int | None:
    """When no line above speaks of the story: the headline over its dek over the story's byline and date
    block, whatever rule took it, with one content word of the lead at least."""
    block = _stamp_block(lines, first, stamps)
    if block is None or block < 2 or not sentence(lines[block - 1]):
        return None
    line = lines[block - 2]
    if line.reason not in _HEAD_TAKERS or not SHORT_HEAD_WORDS <= line.n_words <= HEADLINE_MAX_WORDS:
        return None
    if sentence(line) or is_menu(line.text) or is_badged(line) or not topic(line.text, rules) & lead:
        return None
    return block - 2


def dek_of_taken(lines: list[Line], i: int, lead: set[str], rules: CompiledRules) -> bool:
    """Line ``i`` is the dek of the headline right above it, which a "Most read" list took for one of its
    links: the dek says more, in more words."""
    # An ad slot may stand between them.
    j = i - 1
    while j >= 0 and lines[j].reason == "advertisement":
        j -= 1
    above = lines[j] if j >= 0 else None
    return (
        above is not None
        and above.reason == "related-links"
        and _taken_head(above, lead, rules)
        and lines[i].n_words > above.n_words
    )


def _taken_head(
    line: Line, lead: set[str], rules: CompiledRules, taken: tuple[str | None, ...] = HEADLINE_TAKEN
) -> bool:
    """A line that a block header took for one of its links, which reads as a headline of the story."""
    return (
        line.reason in taken
        and HEADLINE_MIN_WORDS <= line.n_words <= HEADLINE_MAX_WORDS
        and not sentence(line)
        and not is_menu(line.text)
        and not is_badged(line)  # a link to another piece ("WATCH: ..."), not the page's own headline
        and len(topic(line.text, rules) & lead) >= 2
    )


def without_badged(lines: list[Line], related: list[int], first: int) -> list[int]:
    """The headlines above the story without those a badge marks as links to another piece ("LIVE Istanbul
    talks: every twist ...", "WATCH: ..."), when the story's own headline stands under them; a live blog's
    own headline may bear the badge, but its entries stand under their clock times."""
    badged = {i for i in related if is_badged(lines[i])}
    over = {i for i in badged if any(j > i and j not in badged for j in related)}
    if not over or any(entry_head(lines, j) for j in range(min(over) + 1, len(lines))):
        return related
    return [i for i in related if i not in over]


def trail_end(lines: list[Line], best: int, first: int, rules: CompiledRules) -> int:
    """The headline alone, where the line picked is a breadcrumb trail run into it ("HomeWorldTalks resume in
    Brenn", "You are here: Home / News / Talks resume in Brenn") and the headline stands lower on its own."""
    text = lines[best].text.strip()
    for j in range(best + 1, first):
        head = lines[j].text.strip()
        if lines[j].n_words >= HEADLINE_MIN_WORDS and len(head) < len(text) and text.endswith(head):
            return j if _trail(text[: -len(head)], rules) else best
    return best


_TRAIL_STEP = re.compile(r"\s[>›»/]\s")


def section_trail(text: str, rules: CompiledRules) -> bool:
    """A breadcrumb trail ending in a section ("You are here: Home > Reports > Northeast Syria"), not in the
    headline: no title, whatever words it shares with the story."""
    steps = _TRAIL_STEP.split(text.strip())
    return len(steps) >= 3 and len(steps[-1].split()) < HEADLINE_MIN_WORDS and _trail(text, rules)


def _trail(text: str, rules: CompiledRules) -> bool:
    """``text`` opens as a breadcrumb trail does ("Home", "HomeWorld", "You are here:"), not as "Homemade"."""
    low = text.lower()
    openers = rules.rules.trail_openers
    return any(low.startswith(w) and not text[len(w) : len(w) + 1].islower() for w in openers)


def is_badged(line: Line) -> bool:
    return bool(line.words) and line.words[0].rstrip(":") in _BADGES
