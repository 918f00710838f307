"""The standfirst (dek) between a plain-text page's headline and its story: a sentence over the byline, the
date or a dateline lead, a chain of two such, or a one-sentence dek told in the present over the head block's
furniture (``clean.text`` asks before :func:`parley.clean.tops.mark_top` picks the title).
"""

from __future__ import annotations

import re

from spacy.lang.en.stop_words import STOP_WORDS

from parley.clean.cruft_rules import CompiledRules
from parley.clean.datelines import dateline
from parley.clean.headlines import (
    CLOSERS,
    HEADLINE_MAX_WORDS,
    HEADLINE_MIN_WORDS,
    author_line,
    explained,
    sentence,
    stacked_head,
    title_cased,
)
from parley.clean.lines import SENTENCE_END, Line, tells_when
from parley.pubdate import DateLine

_STANDFIRST_MAX = 2
# A summary's points over a dateline lead: two to five short sentences, one a line.
_MIN_POINTS = 2
_MAX_POINTS = 5
_POINT_WORDS = 25
_LEAD_WORDS = 25
# How far the first of two lines over the story's date may stand from the story's lead under it.
_OVER_BLOCK = 8
_QUESTION_HEAD = re.compile(r"\?[\"'”’»)]{0,2}$")
# What stands between a dek and the story's lead in a page's head block, and not between paragraphs (a photo's
# caption may stand between the lead and the second paragraph).
_HEAD_FURNITURE = frozenset({"share-counter", "listen", "editor-note"})
_DEK_MAX_WORDS = 35
_DEK_MIN_WORDS = 8  # a dek says something: a name, a label or a kicker is shorter
_DEK_CHARS = 400
_SHORT_HEAD_WORDS = 3
# A dek sums up what its lead tells in full: the lead runs longer. A story told in short present-tense
# paragraphs (a youth service's "<Row> looks like it's coming to an end.") has leads as short as the next.
_LEAD_SHARE = 1.3
# A dek's words, a hyphened compound's tail left out ("Czech-led" tells no tense).
_DEK_WORD = re.compile(r"(?<![-\w'’])[a-z'’]+")
_ED_CHARS = 4  # "used", "agreed", "stalled": a past or a participle; "red", "bed" are too short to be either
# A dek that a paragraph under it tells again in full shares most of its words with that paragraph; no lead of
# the 707 dev articles shares more than 41% of its content words (as counted here) with a later paragraph.
_ECHO_SHARE = 0.6
_ECHO_MIN_WORDS = 6
_ECHO_REACH = 12  # how many story lines under the dek are looked at
_CONTENT_WORD = re.compile(r"[^\W_]{3,}")


def heads_story(line: Line, stamp: DateLine | None) -> bool:
    """A byline, a reading-time label or the publication stamp: what sits between headline and story."""
    if line.reason in ("byline", "listen"):
        return True
    return stamp is not None and stamp.date is not None and stamp.kind == "published"


def skip_standfirsts(
    lines: list[Line], anchors: list[int], stamps: dict[int, DateLine], rules: CompiledRules
) -> list[int]:
    """A sentence above the byline, the date or a dateline lead is the standfirst, not the lead."""
    skip = _standfirsts_from(lines, anchors, 0, stamps, rules)
    # A headline put as a question over a standfirst over the byline reads as two sentences above the story.
    head = lines[anchors[0]] if anchors else None
    if (
        skip == 0
        and head is not None
        and (
            _QUESTION_HEAD.search(head.text)
            or title_cased(head, rules)
            or (len(anchors) > 1 and stacked_head(lines, anchors[0], anchors[1]) and not head.reports(rules))
        )
        and head.n_words <= HEADLINE_MAX_WORDS
    ):
        under = _standfirsts_from(lines, anchors, 1, stamps, rules)
        skip = under if under > 1 else 0
    # An explainer's headline ("No deal yet. Here's why.") reads as two sentences and is no lead.
    explainer = head is not None and len(anchors) > 1 and explained(head, rules)
    if skip == 0 and (
        explainer
        or _present_dek(lines, anchors, rules)
        or _bare_dek(lines, anchors, rules)
        or _echoed_dek(lines, anchors)
        or _boxed_dek(lines, anchors, rules)
    ):
        skip = 1
    for k in range(skip):
        # A headline put as a question ("X. Will Y?") over an unstopped dek is no standfirst: it stays
        # for the title to be picked from, and the dek under it is the standfirst.
        if not _over_dek(lines, anchors[k], anchors[k + 1]):
            lines[anchors[k]].reason = "standfirst"
    rest = anchors[skip:]
    points = _points_over_dateline(lines, rest, rules)
    for i in points:
        lines[i].reason = "summary-box"
    return [i for i in rest if i not in points]


def _points_over_dateline(lines: list[Line], anchors: list[int], rules: CompiledRules) -> list[int]:
    """The short one-sentence points right over a lead that opens with its dateline ("Mexico will make
    immediate transfers." / "Farmers say they will resist." / "MEXICO CITY — Mexico agreed ..."): a summary
    with no header over the story, which starts at its dateline. Two points or more, near the top."""
    lead = next(
        (k for k, i in enumerate(anchors[: _MAX_POINTS + 2]) if dateline(lines[i], rules) is not None), None
    )
    if not lead:
        return []
    start = lead
    while start > 0 and _point(lines[anchors[start - 1]]):
        start -= 1
    # The lead tells in full what the points sum up: it runs longer than any of them ("ATTENTION: <a
    # short notice>" reads like a dateline's lead too).
    longest = max((lines[i].n_words for i in anchors[start:lead]), default=0)
    if lines[anchors[lead]].n_words < max(_LEAD_WORDS, _LEAD_SHARE * longest):
        return []
    return anchors[start:lead] if lead - start >= _MIN_POINTS else []


def _point(line: Line) -> bool:
    return line.n_sentences == 1 and line.n_words <= _POINT_WORDS and not line.has_quote and not line.in_list


def _dek_shaped(dek: Line, sentences: int = 1) -> bool:
    """Of a dek's size (up to ``sentences`` sentences), no quotation and no list item."""
    short = dek.n_sentences <= sentences and dek.n_words <= _DEK_MAX_WORDS
    return short and not dek.has_quote and not dek.in_list


def _headline(line: Line, min_words: int) -> bool:
    """The line over a dek reads as its headline: not cruft, no sentence, at least ``min_words`` words."""
    return line.reason is None and not sentence(line) and line.n_words >= min_words


def _present_dek(lines: list[Line], anchors: list[int], rules: CompiledRules) -> bool:
    """A one-sentence dek right under the headline that tells in the present ("<Leader> says the West must
    ..."), over the head block's furniture (a share bar, a listen button), above a lead that tells in the
    past ("<Leader> said on Friday ..."): a standfirst, though no byline or date stands under it."""
    if len(anchors) < 2 or anchors[0] == 0:
        return False
    a, b = anchors[0], anchors[1]
    dek, head = lines[a], lines[a - 1]
    if not _dek_shaped(dek):
        return False
    if not _headline(head, HEADLINE_MIN_WORDS):
        return False
    if not any(lines[j].reason in _HEAD_FURNITURE for j in range(a + 1, b)):
        return False
    present, tenseless = rules.rules.present_reporting, rules.rules.tenseless_reporting
    told = {m.group(0) for m in rules.reporting.finditer(dek.lower[:_DEK_CHARS])} - tenseless
    if not told or not told <= present:
        return False
    lead = SENTENCE_END.split(lines[b].lower[:_DEK_CHARS], maxsplit=1)[0]
    return any(m.group(0) not in present | tenseless for m in rules.reporting.finditer(lead))


def _bare_dek(lines: list[Line], anchors: list[int], rules: CompiledRules) -> bool:
    """A one-sentence dek right under the headline with nothing between it and the lead ("The Chancellor heads
    into talks with little to offer and less to gain."): no day, no tense of a lead's (no past, perfect
    or future, no -ed verb), no quotation and no reporting, over a longer lead whose first sentence tells a
    day or reports (where a dek and its lead share a page, the lead is the one that says when)."""
    if len(anchors) < 2 or anchors[0] == 0:
        return False
    # A listen button or a share bar may stand between the headline and the dek too.
    above = anchors[0] - 1
    while above > 0 and lines[above].reason in _HEAD_FURNITURE:
        above -= 1
    dek, head, lead = lines[anchors[0]], lines[above], lines[anchors[1]]
    # A magazine's headline may be short ("<Name>'s Washington gamble").
    if not _headline(head, _SHORT_HEAD_WORDS):
        return False
    if dek.n_sentences != 1 or dek.n_words > _DEK_MAX_WORDS or not dek.text.endswith("."):
        return False
    if dek.in_list or dateline(dek, rules, stop=False) is not None:
        return False  # "BRENN, June 11 (LKW) Delegations met again.": a lead
    # Parted from the lead by a share bar, a listen button or an editor's note, a dek may tell in the past
    # ("The third round produced another exchange.") and need only be shorter than the lead: a lead runs on
    # into the story with nothing of the head block under it.
    furnished = any(lines[j].reason in _HEAD_FURNITURE for j in range(anchors[0] + 1, anchors[1]))
    if (
        dek.has_quote
        or rules.reporting.search(dek.lower[:_DEK_CHARS])
        or lead.n_words < (1 if furnished else _LEAD_SHARE) * dek.n_words
    ):
        return False
    words = _DEK_WORD.findall(dek.lower[:_DEK_CHARS])
    told = rules.rules.dek_time_words | rules.rules.dek_tensed
    linking = rules.rules.dek_linking_verbs
    if any(
        w in told or (not furnished and _past(w, words[k - 1] if k else "", linking))
        for k, w in enumerate(words)
    ):
        return False
    return tells_when(lead, rules)


def _boxed_dek(lines: list[Line], anchors: list[int], rules: CompiledRules) -> bool:
    """A one-sentence dek right under the headline and right over a summary box ("What to know" / its
    points / the story) that neither reports nor tells a day: a lead over a box says who said it, or when."""
    if len(anchors) < 2 or anchors[0] == 0:
        return False
    a = anchors[0]
    dek, head = lines[a], lines[a - 1]
    if not _dek_shaped(dek) or tells_when(dek, rules):
        return False
    return _headline(head, HEADLINE_MIN_WORDS) and a + 1 < anchors[1] and lines[a + 1].reason == "summary-box"


def _past(word: str, before: str, linking: frozenset[str]) -> bool:
    """An -ed word that tells a past ("signed", "stalled"), not a state after a linking verb ("the main
    demand remains unaddressed")."""
    return len(word) >= _ED_CHARS and word.endswith("ed") and before not in linking


def _content_words(line: Line) -> set[str]:
    return {w for w in _CONTENT_WORD.findall(line.lower[:_DEK_CHARS]) if w not in STOP_WORDS}


def _echoed_dek(lines: list[Line], anchors: list[int]) -> bool:
    """A dek under the headline that a longer paragraph of the story tells again ("The ministry said India
    also pressed for the release of 61 fishermen." over a lead picture's caption, the lead, and then "In a
    statement, the ministry said the Indian side had also pressed for the early release of 61 ..."), parted
    from the lead by the head block's furniture: a lead opens the story, which does not tell it twice."""
    if len(anchors) < 3 or anchors[0] == 0:
        return False
    dek, head = lines[anchors[0]], lines[anchors[0] - 1]
    if not _headline(head, HEADLINE_MIN_WORDS):
        return False
    if not _dek_shaped(dek, sentences=2):
        return False  # a quotation over the story is an epigraph, which it may go on to tell of
    # Something of the head block (a caption, a share bar) parts it from the lead: a lead that a later
    # paragraph echoes ("<A> and <B> have been removed from the list" ... "<A> and <B> have also been removed
    # from <another> list") runs on into the story with nothing between.
    if anchors[1] == anchors[0] + 1:
        return False
    words = _content_words(dek)
    if len(words) < _ECHO_MIN_WORDS:
        return False
    return any(
        lines[k].n_words > dek.n_words and len(words & _content_words(lines[k])) >= _ECHO_SHARE * len(words)
        for k in anchors[1:_ECHO_REACH]
    )


def _standfirsts_from(
    lines: list[Line], anchors: list[int], start: int, stamps: dict[int, DateLine], rules: CompiledRules
) -> int:
    """How many anchors from the first are standfirsts, when the chain of them starts at ``start``: each one
    stands above the byline, the date or a dateline lead, or above another that does."""
    k = start
    while k < start + _STANDFIRST_MAX and k + 1 < len(anchors):
        a, b = anchors[k], anchors[k + 1]
        above_lead = dateline(lines[b], rules) is not None and dateline(lines[a], rules) is None
        # A writer's name without "By" reads like a subhead ("Border Talks in Brenn"): only under the first.
        heads = any(
            heads_story(lines[j], stamps.get(j)) or (k == start and author_line(lines[j]))
            for j in range(a + 1, b)
        )
        if not (above_lead or heads):
            # A teaser over a second line (a promo, another dek) over the story's date, under no byline or
            # date of its own: both stand over the story.
            c = anchors[k + 2] if k == start and k + 2 < len(anchors) else b
            dated = any(heads_story(lines[j], stamps[j]) for j in range(b + 1, c) if j in stamps)
            if c - a <= _OVER_BLOCK and dated and not _heads(lines, a - _OVER_BLOCK, a, stamps):
                k += 2
            break
        k += 1
    return k


def _heads(lines: list[Line], start: int, end: int, stamps: dict[int, DateLine]) -> bool:
    return any(heads_story(lines[j], stamps.get(j)) for j in range(max(start, 0), end))


def _over_dek(lines: list[Line], a: int, b: int) -> bool:
    """``a`` ends like a headline (a question, a cry) and an unstopped line, a dek, stands under it: longer
    than the headline, or of a dek's length under a long headline ("X. Can a deal come by July 21?" over
    "Minister says Canada put 'the bigger prize first'")."""
    if lines[a].text.rstrip(CLOSERS)[-1:] not in "?!" or lines[a].n_words > HEADLINE_MAX_WORDS:
        return False
    nxt = lines[a + 1] if a + 1 < b else None
    if nxt is None or nxt.reason is not None or nxt.terminal:
        return False
    return nxt.n_words > lines[a].n_words or nxt.n_words >= _DEK_MIN_WORDS
