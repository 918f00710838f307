"""What a story never does: say the same sentence twice, or open a second paragraph with a dateline.

Real pages (measured on scrapinghub's article-extraction-benchmark, see ``bench/real_pages.py``) list other
stories around the article: "More news" blocks whose teasers are full sentences, often the same list
twice (a sidebar and a footer), each teaser opening with its own dateline ("OSLO: The port authority
on Wednesday ..."). Sentence rules cannot tell such a teaser from a story line; its repetition and its
dateline can. In the 301 development bodies and the real pages' gold bodies no line of six words or
more appears twice, and no paragraph after the first opens with a dateline in capitals.
"""

from __future__ import annotations

import itertools
import re
from collections import Counter

from parley.clean.cruft_rules import CompiledRules
from parley.clean.datelines import dateline
from parley.clean.lines import SENTENCE_END, Line
from parley.clean.tops import topic

REPEATED = "repeated"
OTHER_STORY = "other-story"
# Short lines repeat in a story ("Here is why." is no rarity); six words and more do not.
_MIN_WORDS = 6
# Paragraphs of prose that show a story ran between two dated paragraphs.
_LEAD_PARAGRAPHS = 3
# Removed lines that stand inside a story without ending it.
_INTERRUPTIONS = frozenset(
    {"advertisement", "button-label", "share-counter", "caption", "crosshead", "pull-quote", "social-embed"}
)
_PROSE_WORDS = 8
# Content words a dated paragraph shares with the headline, or with the story's opening, to be the story's.
_TITLE_WORDS = 2
_LEAD_WORDS = 3
# A summary over the lead: at most two sentences, the story of four paragraphs or more under it.
_SUMMARY_SENTENCES = 2
_SUMMARY_MIN_PARAGRAPHS = 4
# A shortened headline over the lead (a player's or a video's title): this many words at least.
_ECHO_MIN_WORDS = 4
_WORDS = re.compile(r"[^\W_]+(?:[.'’-][^\W_]+)*")


def _key(line: Line) -> str:
    return " ".join(line.text.lower().split())


def _prose(line: Line) -> bool:
    return line.terminal and line.n_words >= _PROSE_WORDS


def _flow(lines: list[Line], i: int, repeated: set[str]) -> int:
    """How far the copy at ``lines[i]`` sits in the story's flow: its neighbours on the page that are kept
    prose said once. What interrupts a story (an ad label, a button, a caption, a subhead) is looked past;
    a header or a link removed beside it breaks the flow."""
    flow = 0
    for step in (-1, 1):
        j = i + step
        while 0 <= j < len(lines) and lines[j].reason in _INTERRUPTIONS:
            j += step
        if 0 <= j < len(lines):
            line = lines[j]
            flow += line.reason is None and _prose(line) and _key(line) not in repeated
    return flow


def mark_repeated(lines: list[Line]) -> None:
    """Copies of a kept line of six words or more that the page shows more than once, apart.

    The copy most in the story's flow (prose said once on both sides, else on one) stays and the others
    go: a summary box or a dek repeating a paragraph. A paragraph repeated where it stands (the same line
    twice running, a scraper's slip) stays twice, and a page that shows its whole story twice (a print
    copy under the web one) keeps its first copy. Otherwise every copy goes: a list of other stories
    shown in two places.
    """
    kept = [line for line in lines if line.reason is None]
    long = [line for line in kept if line.n_words >= _MIN_WORDS]
    counts = Counter(_key(line) for line in long)
    repeated = {key for key, n in counts.items() if n > 1}
    if not repeated:
        return
    twice = sum(line.n_words for line in long if _key(line) in repeated)
    story_twice = twice * 2 > sum(line.n_words for line in long)
    running = {
        _key(a)
        for a, b in itertools.pairwise(lines)
        if a.reason is None and b.reason is None and _key(a) in repeated and _key(a) == _key(b)
    }
    staying: dict[str, tuple[int, int]] = {}  # key -> (flow, id) of the copy that stays
    for i, line in enumerate(lines):
        key = _key(line)
        if line.reason is not None or key not in repeated or key in running:
            continue
        flow = len(lines) if story_twice else _flow(lines, i, repeated)
        if flow and flow > staying.get(key, (0, 0))[0]:
            staying[key] = (flow, id(line))
    for line in long:
        key = _key(line)
        if key in repeated and key not in running and staying.get(key, (0, 0))[1] != id(line):
            line.reason = REPEATED


def _capital_dateline(line: Line, rules: CompiledRules) -> bool:
    """A dateline in capitals ("BUFFALO, N.Y. —"); closed by a colon, only a known place's ("KARACHI:"):
    an interview's speaker is set the same way ("JO ROE: We went to the talks ...")."""
    found = dateline(line, rules)
    if found is None:
        return False
    place, cut = found
    first = place.split()[0].strip(",.:")
    if len(first) < 2 or not first.isupper():
        return False
    if ":" not in line.text[len(place) : cut]:
        return True
    from parley.gazetteer import gazetteer  # loaded once, and only for a page that has such a line

    name = place.split(",")[0].strip().title()
    return gazetteer().place(name) is not None or gazetteer().country(name) is not None


def mark_other_leads(lines: list[Line], first: int, title: str | None, rules: CompiledRules) -> None:
    """Kept paragraphs that open with a dateline in capitals after the story ran under its own: other
    stories' teasers ("OSLO: The port authority on Wednesday ..." under the story).

    Only a dated paragraph after a dated one with the story's prose between (three paragraphs or more) is
    taken, and not when it speaks of what the headline or the story's first paragraphs speak of (a wire
    report filed from two places). Teasers above a dated lead, or summary points over it, leave it alone.
    """
    head = topic(title, rules) if title else set()
    dated, prose = False, 0
    opening: list[str] = []
    for line in lines[first:]:
        if line.reason is not None:
            continue
        if _capital_dateline(line, rules):
            words = topic(line.text, rules)
            lead = topic(" ".join(opening), rules)
            ours = len(words & head) >= _TITLE_WORDS or len(words & lead) >= _LEAD_WORDS
            if dated and prose >= _LEAD_PARAGRAPHS and not ours:
                line.reason = OTHER_STORY
                continue
            dated, prose = True, 0
        elif line.terminal and line.n_words >= _PROSE_WORDS:
            prose += 1
        if len(opening) < _LEAD_PARAGRAPHS:
            opening.append(line.text)


def mark_summary(lines: list[Line], first: int) -> None:
    """A summary over the lead whose first sentence the story tells again, word for word, as the opening of a
    later paragraph ("Technical teams will meet every two weeks." / "Technical teams will meet every two
    weeks, starting on ..."): a dek of points drawn from the story, not its lead."""
    kept = [i for i in range(first, len(lines)) if lines[i].reason is None and not lines[i].in_list]
    if len(kept) < _SUMMARY_MIN_PARAGRAPHS:
        return
    top = lines[kept[0]]
    if top.n_sentences > _SUMMARY_SENTENCES or top.has_quote:
        return
    opening = SENTENCE_END.split(_key(top), maxsplit=1)[0].rstrip(".")
    if len(opening.split()) < _MIN_WORDS:
        return
    if any(_key(lines[i]).startswith(opening) for i in kept[2:]):
        top.reason = "standfirst"


def echoes_title(line: Line, title: str | None) -> bool:
    """``line`` says the headline again in no other words: a player's or a video's title over the lead ("Talks
    are back on. Can a deal come by July 21?" under "Talks are back on after Osk drops its tax. Can a deal
    come by July 21?"). A lead is no shorter headline: it tells more than the headline does."""
    if title is None or line.reason is not None:
        return False
    words = _WORDS.findall(line.text.lower())
    return len(words) >= _ECHO_MIN_WORDS and set(words) <= set(_WORDS.findall(title.lower()))
