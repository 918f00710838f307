"""The lines above a plain-text story: which is the title, the standfirst, the byline, the date line, and
where the story starts (its first paragraph, perhaps under a dateline).

Site names, taglines, section kickers and the title all look alike at the top of a scraped page; the
headline is the one that shares words with the lead and stands above the byline and date block.
"""

from __future__ import annotations

import re

from parley.clean.credits import is_credit
from parley.clean.cruft_rules import CompiledRules
from parley.clean.datelines import dateline, opens_with_dateline
from parley.clean.headlines import (
    CLOSERS,
    HEADLINE_MAX_WORDS,
    HEADLINE_MIN_WORDS,
    asked,
    cased_title,
    continues,
    explained,
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
from parley.clean.taken_heads import (
    HEAD_WALK,
    SHORT_HEAD_WORDS,
    above_head_block,
    dek_of_taken,
    entry_head,
    head_over_byline,
    head_over_dek,
    head_over_lead,
    head_over_story,
    is_badged,
    opens_as,
    section_trail,
    speaks_of,
    topic,
    trail_end,
    without_badged,
)
from parley.pubdate import DateLine

_CONTENTS_ITEM = re.compile(r"[0-9]{1,2}[.)]\s")
# A teaser cut off mid-sentence ("Classes resume at the flooded school …"): a link to another story.
_CUT_OFF = (" …", " ...")
# How many of the first anchors may be the page's sentences above the story's headline.
_NOTICES = 3
_LEAD_ANCHORS = 3
# What a page may set before its headline's first letter: a byte-order mark, a breadcrumb's arrow or bullet.
_LEADERS = "\ufeff»›•· \t"
_ABOUT_WORDS = 9  # a writer's description after the byline's names
# A writer's post in brackets after the names: "(Brenn, special correspondent)", "(in Brenn)".
_POSTED = re.compile(r"\s\((?P<post>[^()]{2,60})\)\.?$")
_DATED_HEAD_WORDS = 3  # "World News, <date>" is a section and its date; a dated headline names more
# A report's writers listed with no "By" ("Jo Roe, Ann Lind, Per Holm, and Eva Berg"): three names or more.
_WRITERS_MIN = 3
_WRITER = re.compile(r"(?:[A-Z][\w'’-]*\.?)(?:\s[A-Z][\w'’-]*\.?){1,3}")
_LIST_JOIN = re.compile(r",?\s(?:and|&)\s|,\s")
_LAST_AND = re.compile(r"\s(?:and|&)\s\S+(?:\s\S+){0,3}$")
# The story lines where a name after the headline may be found speaking ("<headline> - Rask" / "Rask said").
_SPEAKER_LINES = 12
# What an explainer's headline may have been taken for: a dek, or cruft by the line model, which reads
# two sentences over the story as a promo.
_EXPLAINER_REASONS = (None, "standfirst", "line model")


def is_byline(line: Line, rules: CompiledRules) -> bool:
    """A short "By Jane Roe, Agency" line: names and connectors after a byline word."""
    cfg = rules.rules
    if line.n_words > cfg.byline_max_words or line.n_words < 2:
        return False
    lower = line.lower
    prefix = next((p for p in cfg.byline_prefixes if lower.startswith(p)), None)
    if prefix is None:
        return _writers(line.text.strip())
    connectors = set(cfg.byline_connectors)
    rest = line.text[len(prefix) :]
    posted = _POSTED.search(rest)
    if posted and _posted(posted["post"], cfg.byline_roles):
        rest = rest[: posted.start()]
    # "By Jo Roe, a journalist based in Brenn.": the writer (two names or more) described by a role.
    names, comma, about = rest.partition(", ")
    if comma and len(names.split()) >= 2 and _described(about.rstrip("."), cfg.byline_roles):
        rest = names
    rest = rest.replace(",", " ").replace("|", " ").replace(";", " ")
    words = rest.split()
    # "By foreign affairs reporter Jo Roe": lower-case words up to a role word, then the names.
    role = next((k for k, w in enumerate(words[:5]) if w.lower() in cfg.byline_roles), None)
    if role is not None and all(w.islower() for w in words[:role]):
        words = words[role + 1 :]
    if not words or not words[0][:1].isupper():
        return False
    # "By the end of the week, ..." is a sentence; a byline is names and connectors only.
    return all(w[:1].isupper() or not w[:1].isalpha() or w.lower() in connectors for w in words)


def _writers(text: str) -> bool:
    """Three names or more, each of two to four capitalised words, listed with commas and a last "and": a
    report's writers with no "By" (a headline names its people with a verb)."""
    if not _LAST_AND.search(text):
        return False
    names = _LIST_JOIN.split(text)
    return len(names) >= _WRITERS_MIN and all(_WRITER.fullmatch(name) for name in names)


def _posted(post: str, roles: list[str]) -> bool:
    """What a byline's brackets say of the writer: a place ("Brenn"), "in Brenn", or a role with a place
    ("Brenn, special correspondent"); "(and a quote)" is no post."""
    words = post.replace(",", " ").split()
    if words[:1] == ["in"] or any(w.lower() in roles for w in words):
        return True
    return all(w[:1].isupper() for w in words)


def _described(about: str, roles: list[str]) -> bool:
    """ "a journalist based in Brenn", "an independent reporter for Lakewire": a role, a few words before it
    and where or for whom after it; "a reporter had left" tells of something."""
    words = about.split()
    if len(words) > _ABOUT_WORDS or words[:1] not in (["a"], ["an"]):
        return False
    role = next((k for k, w in enumerate(words[:4]) if w.lower() in roles), None)
    if role is None:
        return False
    after = words[role + 1 : role + 3]
    return not after or after[0] in ("based", "for", "at", "in", "with", "covering")


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
            if not (SHORT_HEAD_WORDS <= line.n_words <= HEADLINE_MAX_WORDS) or sentence(line):
                continue
            if is_menu(line.text) or is_badged(line) or len(topic(line.text, rules) & lead) < 2:
                continue
            if any(heads_story(lines[j], stamps.get(j)) for j in range(h + 1, min(end, h + HEAD_WALK))):
                return anchors[m:]
    return anchors


def _dated_heads(lines: list[Line], first: int, stamps: dict[int, DateLine]) -> list[int]:
    """Stamp lines above the story that open with a name of three words or more and a comma ("Offensive
    Campaign Assessment, March 26, 2025") over another stamp of the same day: a dated headline, not the
    page's stamp."""
    out = []
    for i in range(first):
        stamp = stamps.get(i)
        name, comma, _ = lines[i].text.partition(", ")
        if lines[i].reason != "date-line" or stamp is None or stamp.date is None or stamp.labelled:
            continue
        if not comma or len(name.split()) < _DATED_HEAD_WORDS or any(ch.isdigit() for ch in name):
            continue
        if any(
            lines[j].reason == "date-line" and getattr(stamps.get(j), "date", None) == stamp.date
            for j in range(i + 1, first)
        ):
            out.append(i)
    return out


def _two_word_head(lines: list[Line], first: int, lead: set[str], rules: CompiledRules) -> int | None:
    """An editorial's or a column's two-word headline in sentence case ("Border diplomacy") over a page with
    no other: a section's name is one word or in title case ("World", "Middle East"), and the head shares a
    content word with the lead."""
    for i, line in enumerate(lines[:first]):
        words = line.text.split()
        if line.reason is not None or len(words) != SHORT_HEAD_WORDS or sentence(line) or is_menu(line.text):
            continue
        sentence_case = words[0][:1].isupper() and words[1].isalpha() and words[1].islower()
        if sentence_case and topic(line.text, rules) & lead:
            return i
    return None


def mark_top(
    lines: list[Line], first: int, lead: set[str], stamps: dict[int, DateLine], rules: CompiledRules
) -> str | None:
    """Lines above the story: the title is the first headline there that speaks of the story.

    Site names, taglines, section kickers ("Politics | Georgia", "Russia-Ukraine war live") and the
    title all look alike; the headline is the one that shares words with the lead.
    """
    repeated = repeated_head(lines, first, rules)
    if repeated is not None:
        lines[repeated].reason = None  # taken for a pull quote of the page's title line
    # A headline put as a question, or in title case with its stops ("X Is Stuck. Here's Why."), reads as a
    # sentence and was taken for a standfirst; it may be the title.
    questions = [
        i
        for i in range(first)
        if asked(lines[i])
        or (lines[i].reason == "standfirst" and title_cased(lines[i], rules))
        or (lines[i].reason in _EXPLAINER_REASONS and explained(lines[i], rules))
    ]
    top = [
        i
        for i, line in enumerate(lines[:first])
        if (line.reason is None or i in questions)
        and 3 <= line.n_words <= 30
        and not is_credit(line, rules)
        and (not sentence(line) or i in questions)  # a full stop closes a sentence (a dek, a lead)
        and not _CONTENTS_ITEM.match(line.text)  # "1. Talks end without a deal": an issue's contents
        and not section_trail(line.text, rules)
    ]
    # A dek of two sentences, the last without its stop ("... go home. Our Africa editor reports"), stands
    # right under its headline: not a headline itself.
    deks = {i for i in top if i not in questions and lines[i].n_sentences >= 2 and i - 1 in top}
    top = [i for i in top if i not in deks]
    # No headline stands free: one with its stops right over its dek was taken for a standfirst.
    if not any(lines[i].n_words >= HEADLINE_MIN_WORDS for i in top):
        stacked = (i for i in range(first - 1) if lines[i].reason == lines[i + 1].reason == "standfirst")
        top = sorted([*top, *[i for i in stacked if stacked_head(lines, i, i + 1)][:1]])
    # Still none: a headline of two short sentences over the byline was taken for a standfirst ("The round
    # bought time. It didn't buy peace." / "By <Name>"); the first such that speaks of the story.
    if not any(lines[i].n_words >= HEADLINE_MIN_WORDS for i in top):
        lone = (
            i
            for i in range(first)
            if lines[i].reason == "standfirst"
            and lines[i].n_sentences >= 2  # a one-sentence dek stands under a short headline
            and lines[i].n_words <= HEADLINE_MAX_WORDS
            and not lines[i].has_quote
            and len(topic(lines[i].text, rules) & lead) >= 2
        )
        top = sorted([*top, *list(lone)[:1]])
    # Still none: a report dated in its headline ("<Series> Assessment, March 26, 2025") over its own stamp of
    # that day was read as a stamp.
    if not any(lines[i].n_words >= HEADLINE_MIN_WORDS for i in top):
        top = sorted([*top, *_dated_heads(lines, first, stamps)[:1]])
    # No headline of the story stands free: a "Most read" list above the byline block may have taken it.
    taken = above_head_block(lines, first, lead, stamps, rules)
    if taken is None and not any(len(topic(lines[i].text, rules) & lead) >= 2 for i in top):
        taken = head_over_lead(lines, first, lead, rules)
        if taken is None:
            taken = head_over_story(lines, first, lead, rules)
    if taken in deks:
        taken -= 1  # the headline over a dek of two sentences that the byline block stands under
    if not top and taken is None:
        taken = head_over_byline(lines, first, -1, lead, stamps, rules)
    if not top and taken is None:
        taken = _two_word_head(lines, first, lead, rules)
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
    related = [i for i in related if not entry_head(lines, i)] or related
    # A wire story's summary bullets ("* Crossings to reopen within 30 days") sit under its headline.
    related = [i for i in related if not rules.list_item.match(lines[i].text)] or related
    related = without_badged(lines, related, first)
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
    spoken = [i for i in top if i < min(full, default=first) and speaks_of(lines[i], heads[i], lead, rules)]
    if related and dek_of_taken(lines, related[0], lead, rules):
        best = max(i for i in range(related[0]) if lines[i].reason != "advertisement")
    elif related:
        best = related[0]
    elif taken is not None:
        best = taken
    elif spoken:
        best = spoken[-1]
    elif (loose := head_over_dek(lines, first, lead, stamps, rules)) is not None:
        best = loose
    elif full:
        best = full[0]
    else:
        # A menu says least of all: any other line first, then the longest.
        best = max(
            top,
            key=lambda i: (not is_menu(lines[i].text), lines[i].n_words - ("|" in lines[i].text) * 10, -i),
        )
    above = above_head_block(lines, best, lead, stamps, rules)
    if above is not None:
        best = above
    over = head_over_byline(lines, first, best, lead, stamps, rules)
    if over is not None:
        best = over
    best = trail_end(lines, best, first, rules)
    lines[best].reason = None
    if repeated is not None:
        best = repeated
    title = rules.title_tags.sub("", lines[best].text, count=1) or lines[best].text
    story = [line.text for line in lines[first : first + _SPEAKER_LINES] if line.reason is None]
    title = without_site(title.lstrip(_LEADERS), [line.text for line in lines[:first]], rules, story)
    title = without_label(title, rules)
    # A print headline stacked over three lines ("22 fishermen" / "freed, cross" / "after years in jail").
    end, cap = best, HEADLINE_MAX_WORDS
    while continues(lines, end, first) and len(title.split()) + lines[end + 1].n_words <= cap:
        title = f"{title.rstrip()} {lines[end + 1].text.strip()}"
        end += 1
        lines[end].reason = "title"
    title = cased_title(title, [line.text for line in lines[:first]])
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
        elif opens_as(line, lines[first]):
            line.reason = "repeated"  # the lead again over itself: a video's description, the story's teaser
        elif i < head_end and sentence(line):
            line.reason = "standfirst"
        elif 0 <= head_end < i and line.text.rstrip(CLOSERS).endswith("?"):
            continue  # under the byline and the date, a question opens the story ("Who pays for it?")
        elif not sentence(line):
            # Under the headline and above the story: a standfirst, an author line, a label.
            line.reason = "standfirst" if line.n_words >= 6 else "boilerplate"
    return title
