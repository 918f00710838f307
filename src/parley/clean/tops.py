"""The lines above a plain-text story: which is the title, the standfirst, the byline, the date line, and
where the story starts (its first paragraph, perhaps under a dateline).

Site names, taglines, section kickers and the title all look alike at the top of a scraped page; the
headline is the one that shares words with the lead and stands above the byline and date block.
"""

from __future__ import annotations

import re
from dataclasses import replace

from parley.clean.credits import is_credit
from parley.clean.cruft_rules import CompiledRules
from parley.clean.datelines import dateline, opens_with_dateline
from parley.clean.headlines import (
    CLOSERS,
    HEADLINE_MAX_WORDS,
    HEADLINE_MIN_WORDS,
    asked,
    author_line,
    continues,
    is_menu,
    joined,
    repeated_head,
    sentence,
    stacked_head,
    title_cased,
    without_label,
    without_site,
)
from parley.clean.lines import Line
from parley.clean.standfirsts import heads_story
from parley.pubdate import DateLine, is_time_stamp, parse_date_line

_TOPIC_WORD = re.compile(r"[^\W\d_]{4,}")
_SUFFIXES = ("ing", "ed", "es", "s")
_AGE_WORDS = 2
_CONTENTS_ITEM = re.compile(r"[0-9]{1,2}[.)]\s")
# A block header ("Latest") may take the headline under it for one of its links.
_HEADLINE_TAKEN = (None, "related-links")
# Right over the story's byline or date, a list of links, a repeat (the headline again in a list or a share
# box: "pull-quote") or an appeal's run may have taken the headline; a free line there is a dek as likely.
_TAKEN_OVER_BYLINE = ("related-links", "pull-quote", "donation-appeal")
_DEKS_OVER_BYLINE = 2
_DEKS = (None, "standfirst")
_OPENING_WORDS = 8
_BLOCK_LOOKBACK = 4
# What may stand between a headline and its lead on a scraped page.
_OVER_LEAD = frozenset({"date-line", "byline", "share-counter", "button-label"})
_STAMPS = ("date-line", "byline")
# What a page sets between its headline and the story's lead besides deks and short labels: stamps, a
# picture's caption and credit, share buttons, an ad slot.
_HEAD_BLOCK = _OVER_LEAD | {"caption", "copyright", "listen", "separator", "advertisement"}
# The rules that may take a headline for something else: a label, a trail's last crumb, a subhead, a dek, a
# repeat of it lower down, a list's link, the line model.
_HEAD_TAKERS = frozenset({*_HEADLINE_TAKEN, *_DEKS, "boilerplate", "breadcrumb", "crosshead", "pull-quote"})
_HEAD_TAKERS |= {"repeated", "line model"}
_HEAD_WALK = 12
# A teaser cut off mid-sentence ("Classes resume at the flooded school …"): a link to another story.
_CUT_OFF = (" …", " ...")
# How many of the first anchors may be the page's sentences above the story's headline.
_NOTICES = 3
_LEAD_ANCHORS = 3
_SHORT_HEAD_WORDS = 2
# Badges in capitals opening a link to another piece of the site: a live blog, a video, a podcast.
_BADGES = frozenset({"LIVE", "WATCH", "VIDEO", "LISTEN", "PODCAST"})
# What a page may set before its headline's first letter: a byte-order mark, a breadcrumb's arrow or bullet.
_LEADERS = "\ufeff»›•· \t"


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
    # "By foreign affairs reporter Jo Roe": lower-case words up to a role word, then the names.
    role = next((k for k, w in enumerate(words[:5]) if w.lower() in cfg.byline_roles), None)
    if role is not None and all(w.islower() for w in words[:role]):
        words = words[role + 1 :]
    if not words or not words[0][:1].isupper():
        return False
    # "By the end of the week, ..." is a sentence; a byline is names and connectors only.
    return all(w[:1].isupper() or not w[:1].isalpha() or w.lower() in connectors for w in words)


def is_anchor(line: Line, rules: CompiledRules) -> bool:
    """A line that is surely story: running prose, or reported speech of some length."""
    if line.reason is not None or line.text.rstrip().endswith(_CUT_OFF):
        return False
    # Headlines and standfirsts say "says" too, but a paragraph of the story ends like a sentence.
    closed = line.terminal or line.text.endswith(":")
    if line.prose() or (closed and line.n_words >= 8 and line.storyish(rules)):
        return True
    # A short lead under its dateline ("GENEVA — It is over."): the dateline opens the story.
    return line.terminal and dateline(line, rules) is not None


def skip_asked_head(lines: list[Line], anchors: list[int], rules: CompiledRules) -> list[int]:
    """The anchors without a headline put as a question or a cry that was taken for the lead ("Is the Tarn
    Deal Over?", "Bridges reopen: 'We waited a year!'"), and its copies right under it: one sentence ending in
    a question or exclamation mark, shorter than the paragraph under it, half of whose content words come
    again in the story under it, more of them than of any free line above. A question that opens a story
    stands under a headline that speaks of it as much."""
    if len(anchors) < 2:
        return anchors
    head = lines[anchors[0]]
    text = head.text.rstrip(CLOSERS)
    if text[-1:] not in "?!" or any(mark in text[:-1] for mark in ".?!") or head.in_list:
        return anchors
    rest = [i for i in anchors if lines[i].text != head.text]
    if not rest or head.n_words > HEADLINE_MAX_WORDS or lines[rest[0]].n_words <= head.n_words:
        return anchors
    lead = topic(" ".join(lines[i].text[:2000] for i in rest[:3]), rules)
    words = topic(head.text, rules)
    said = len(words & lead)
    # A headline's words come again in its story; a question to the reader's ("Remember ...?") may not.
    if said < 2 or said * 2 < len(words):
        return anchors
    # A free line above that speaks of the story as much: the headline (with its stops too: "Tarn talks end.
    # Will the bridges open?") over a question that opens the story.
    for line in lines[: anchors[0]]:
        free = line.reason is None and 3 <= line.n_words <= HEADLINE_MAX_WORDS and not is_menu(line.text)
        if free and len(topic(line.text, rules) & lead) >= said:
            return anchors
    return [i for i in anchors if i > anchors[0] and lines[i].text != head.text]


def skip_notices(
    lines: list[Line], anchors: list[int], stamps: dict[int, DateLine], rules: CompiledRules
) -> list[int]:
    """The anchors without the page's sentences above the story's headline (a notice, a disclosure, another
    story's teaser) that were taken for the lead: under them stands a headline that speaks of the story, with
    the byline or the date under it, and they share one content word with the story at most."""
    for m in range(1, min(len(anchors), _NOTICES + 1)):
        lead = topic(" ".join(lines[i].text[:2000] for i in anchors[m : m + _LEAD_ANCHORS]), rules)
        if any(len(topic(lines[i].text, rules) & lead) >= 2 for i in anchors[:m]):
            return anchors
        end = anchors[m + 1] if m + 1 < len(anchors) else anchors[m]
        for h in range(anchors[m - 1] + 1, anchors[m]):
            line = lines[h]
            if not (_SHORT_HEAD_WORDS <= line.n_words <= HEADLINE_MAX_WORDS) or sentence(line):
                continue
            if is_menu(line.text) or _badged(line) or len(topic(line.text, rules) & lead) < 2:
                continue
            if any(heads_story(lines[j], stamps.get(j)) for j in range(h + 1, min(end, h + _HEAD_WALK))):
                return anchors[m:]
    return anchors


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


def _entry_head(lines: list[Line], i: int) -> bool:
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


def _above_head_block(
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


def _head_over_lead(lines: list[Line], first: int, lead: set[str], rules: CompiledRules) -> int | None:
    """The headline right over the story's lead, with only stamps and share buttons between, that a run of
    link-like lines took for one of its links ("Share" / "BREAKING: Council adjourns over ..." / the lead)."""
    for i in range(first - 1, max(first - 1 - _BLOCK_LOOKBACK, -1), -1):
        line = lines[i]
        if _taken_head(line, lead, rules):
            return i
        if line.reason not in _OVER_LEAD:
            return None
    return None


def _head_over_story(lines: list[Line], first: int, lead: set[str], rules: CompiledRules) -> int | None:
    """The headline nearest over the story's lead, whatever rule took it, when no free line above speaks of
    the story: up from the lead over the head block only (stamps, deks, captions, share buttons, labels of a
    word or four), to the first line that reads as a headline; it must share two content words with the
    lead."""
    for i in range(first - 1, max(first - 1 - _HEAD_WALK, -1), -1):
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
        and _SHORT_HEAD_WORDS <= line.n_words <= HEADLINE_MAX_WORDS
        and not sentence(line)
        and not is_menu(line.text)
        and not _badged(line)
        and len(topic(line.text, rules) & lead) >= 2
    )


def _speaks(line: Line, head: str, lead: set[str], rules: CompiledRules) -> bool:
    return len(topic(head, rules) & lead) >= 2 and not is_menu(line.text)


def _opens_as(line: Line, lead: Line) -> bool:
    """``line`` opens with the words that the story's lead opens with."""
    n = _OPENING_WORDS
    return line.n_words >= n and line.lower.split()[:n] == lead.lower.split()[:n]


def _stamp_block(lines: list[Line], end: int, stamps: dict[int, DateLine]) -> int | None:
    """The top of the byline and date block nearest above line ``end``."""
    block = max((j for j in range(end) if heads_story(lines[j], stamps.get(j))), default=None)
    while block is not None and block > 0 and lines[block - 1].reason in _STAMPS:
        block -= 1
    return block


def _head_over_byline(
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
    i, free = block - 1, 0
    while i >= 0 and block - i <= _DEKS_OVER_BYLINE:
        if lines[i].reason in _DEKS and not sentence(lines[i]):
            free += 1
        elif not sentence(lines[i]):
            break
        i -= 1
    if free > 1 or i < 0 or i == best or not _taken_head(lines[i], lead, rules, _TAKEN_OVER_BYLINE):
        return None
    return i


def _head_over_dek(
    lines: list[Line], first: int, lead: set[str], stamps: dict[int, DateLine], rules: CompiledRules
) -> int | None:
    """When no line above speaks of the story: the headline over its dek over the story's byline and date
    block, whatever rule took it, with one content word of the lead at least."""
    block = _stamp_block(lines, first, stamps)
    if block is None or block < 2 or not sentence(lines[block - 1]):
        return None
    line = lines[block - 2]
    if line.reason not in _HEAD_TAKERS or not _SHORT_HEAD_WORDS <= line.n_words <= HEADLINE_MAX_WORDS:
        return None
    if sentence(line) or is_menu(line.text) or _badged(line) or not topic(line.text, rules) & lead:
        return None
    return block - 2


def _dek_of_taken(lines: list[Line], i: int, lead: set[str], rules: CompiledRules) -> bool:
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
    line: Line, lead: set[str], rules: CompiledRules, taken: tuple[str | None, ...] = _HEADLINE_TAKEN
) -> bool:
    """A line that a block header took for one of its links, which reads as a headline of the story."""
    return (
        line.reason in taken
        and HEADLINE_MIN_WORDS <= line.n_words <= HEADLINE_MAX_WORDS
        and not sentence(line)
        and not is_menu(line.text)
        and not _badged(line)  # a link to another piece ("WATCH: ..."), not the page's own headline
        and len(topic(line.text, rules) & lead) >= 2
    )


def _without_badged(lines: list[Line], related: list[int], first: int) -> list[int]:
    """The headlines above the story without those a badge marks as links to another piece ("LIVE Istanbul
    talks: every twist ...", "WATCH: ..."), when the story's own headline stands under them; a live blog's
    own headline may bear the badge, but its entries stand under their clock times."""
    badged = {i for i in related if _badged(lines[i])}
    over = {i for i in badged if any(j > i and j not in badged for j in related)}
    if not over or any(_entry_head(lines, j) for j in range(min(over) + 1, len(lines))):
        return related
    return [i for i in related if i not in over]


def _trail_end(lines: list[Line], best: int, first: int, rules: CompiledRules) -> int:
    """The headline alone, where the line picked is a breadcrumb trail run into it ("HomeWorldTalks resume in
    Brenn", "You are here: Home / News / Talks resume in Brenn") and the headline stands lower on its own."""
    text = lines[best].text.strip()
    for j in range(best + 1, first):
        head = lines[j].text.strip()
        if lines[j].n_words >= HEADLINE_MIN_WORDS and len(head) < len(text) and text.endswith(head):
            return j if _trail(text[: -len(head)], rules) else best
    return best


def _trail(text: str, rules: CompiledRules) -> bool:
    """``text`` opens as a breadcrumb trail does ("Home", "HomeWorld", "You are here:"), not as "Homemade"."""
    low = text.lower()
    openers = rules.rules.trail_openers
    return any(low.startswith(w) and not text[len(w) : len(w) + 1].islower() for w in openers)


def _badged(line: Line) -> bool:
    return bool(line.words) and line.words[0].rstrip(":") in _BADGES


def mark_top(
    lines: list[Line], first: int, lead: set[str], stamps: dict[int, DateLine], rules: CompiledRules
) -> str | None:
    """Lines above the story: the title is the first headline there that speaks of the story.

    Site names, taglines, section kickers ("Politics | Georgia", "Russia-Ukraine war live") and the
    title all look alike; the headline is the one that shares words with the lead.
    """
    repeated = repeated_head(lines, first)
    if repeated is not None:
        lines[repeated].reason = None  # taken for a pull quote of the page's title line
    # A headline put as a question, or in title case with its stops ("X Is Stuck. Here's Why."), reads as a
    # sentence and was taken for a standfirst; it may be the title.
    questions = [
        i
        for i in range(first)
        if asked(lines[i]) or (lines[i].reason == "standfirst" and title_cased(lines[i], rules))
    ]
    top = [
        i
        for i, line in enumerate(lines[:first])
        if (line.reason is None or i in questions)
        and 3 <= line.n_words <= 30
        and not is_credit(line, rules)
        and (not sentence(line) or i in questions)  # a full stop closes a sentence (a dek, a lead)
        and not _CONTENTS_ITEM.match(line.text)  # "1. Talks end without a deal": an issue's contents
    ]
    # No headline stands free: one with its stops right over its dek was taken for a standfirst.
    if not any(lines[i].n_words >= HEADLINE_MIN_WORDS for i in top):
        stacked = (i for i in range(first - 1) if lines[i].reason == lines[i + 1].reason == "standfirst")
        top = sorted([*top, *[i for i in stacked if stacked_head(lines, i, i + 1)][:1]])
    # No headline of the story stands free: a "Most read" list above the byline block may have taken it.
    taken = _above_head_block(lines, first, lead, stamps, rules)
    if taken is None and not any(len(topic(lines[i].text, rules) & lead) >= 2 for i in top):
        taken = _head_over_lead(lines, first, lead, rules)
        if taken is None:
            taken = _head_over_story(lines, first, lead, rules)
    if not top and taken is None:
        taken = _head_over_byline(lines, first, -1, lead, stamps, rules)
    if not top and taken is None:
        for line in lines[:first]:
            if line.reason is None and not sentence(line) and line.n_words <= 12:
                line.reason = "breadcrumb"
        return None
    # Kickers and mastheads ("Russia-Ukraine war live") are short; the headline is the first line
    # that says something (the standfirst under it is often longer, so "longest" would pick that).
    # A headline broken over two lines ("Egypt hosts Hamas" / "as truce hangs by a thread") is judged whole.
    heads = {i: joined(lines, i, first) for i in top}
    full = [i for i in top if len(heads[i].split()) >= 5 and not is_menu(lines[i].text)]
    # A tagline ("News from the heart of Europe") says nothing of the story under it.
    related = [i for i in full if len(topic(heads[i], rules) & lead) >= 2]
    # A live blog's entries carry heads under their clock times ("17.55 GMT"); the page's headline has none.
    related = [i for i in related if not _entry_head(lines, i)] or related
    # A wire story's summary bullets ("* Crossings to reopen within 30 days") sit under its headline.
    related = [i for i in related if not rules.list_item.match(lines[i].text)] or related
    related = _without_badged(lines, related, first)
    # The masthead's tagline ("News from the islands") may name the story's places too; the headline
    # stands under the page's menus and buttons, nearer the story.
    # Only furniture above a candidate counts: a rule or a label between the byline and the story does not.
    below = related[-1] if related else first
    # An ad slot may sit anywhere in the head block, between the headline and its dek too.
    furniture = max(
        (
            i
            for i in range(below)
            if lines[i].reason in rules.rules.title_furniture and lines[i].reason != "advertisement"
        ),
        default=-1,
    )
    related = [i for i in related if i > furniture] or related
    # A short headline of the story ("Tarn Bridges Reopen") over the longer lines that say nothing of it.
    spoken = [i for i in top if i < min(full, default=first) and _speaks(lines[i], heads[i], lead, rules)]
    if related and _dek_of_taken(lines, related[0], lead, rules):
        best = max(i for i in range(related[0]) if lines[i].reason != "advertisement")
    elif related:
        best = related[0]
    elif taken is not None:
        best = taken
    elif spoken:
        best = spoken[-1]
    elif (loose := _head_over_dek(lines, first, lead, stamps, rules)) is not None:
        best = loose
    elif full:
        best = full[0]
    else:
        # A menu says least of all: any other line first, then the longest.
        best = max(
            top,
            key=lambda i: (not is_menu(lines[i].text), lines[i].n_words - ("|" in lines[i].text) * 10, -i),
        )
    above = _above_head_block(lines, best, lead, stamps, rules)
    if above is not None:
        best = above
    over = _head_over_byline(lines, first, best, lead, stamps, rules)
    if over is not None:
        best = over
    best = _trail_end(lines, best, first, rules)
    lines[best].reason = None
    if repeated is not None:
        best = repeated
    title = rules.title_tags.sub("", lines[best].text, count=1) or lines[best].text
    title = without_site(title.lstrip(_LEADERS), [line.text for line in lines[:first]], rules)
    title = without_label(title, rules)
    if continues(lines, best, first):
        title = f"{title.rstrip()} {lines[best + 1].text.strip()}"
        lines[best + 1].reason = "title"
    # A sentence above the byline or the date is a standfirst, however short.
    head_end = max((j for j in range(first) if heads_story(lines[j], stamps.get(j))), default=-1)
    if opens_with_dateline(lines[first], rules):
        head_end = first  # the story opens with its dateline: every sentence above it is a dek
    for i, line in enumerate(lines[:first]):
        if line.reason is not None:
            continue
        if i == best or line.text == lines[best].text:
            line.reason = "title"
        elif i < best:
            line.reason = "breadcrumb"
        elif _opens_as(line, lines[first]):
            line.reason = "repeated"  # the lead again over itself: a video's description, the story's teaser
        elif i < head_end and sentence(line):
            line.reason = "standfirst"
        elif 0 <= head_end < i and line.text.rstrip(CLOSERS).endswith("?"):
            continue  # under the byline and the date, a question opens the story ("Who pays for it?")
        elif not sentence(line):
            # Under the headline and above the story: a standfirst, an author line, a label.
            line.reason = "standfirst" if line.n_words >= 6 else "boilerplate"
    return title
