"""Block logic: verdicts on lines in context, after each line has had its own verdict.

A header takes the block under it (an appeal, a list of links, a note about the authors); inside the
story, lines that do not read as sentences are subheads, captions or the buttons of a prompt; a line
that repeats a sentence said elsewhere in the story is a pull quote. Every pass here is linear in the
number of lines and looks at a bounded head of each line.
"""

from __future__ import annotations

import re
from functools import lru_cache

from parley.clean.appeals import appeal_continues, banner, is_appeal_header
from parley.clean.credits import DASHES, is_credit
from parley.clean.crossheads import CROSSHEAD_MAX_WORDS, question_head, section_label
from parley.clean.cruft_rules import CompiledRules
from parley.clean.lines import Line
from parley.clean.teasers import teaser_summary
from parley.pubdate import parse_date_line

# Reasons whose header line announces a list of links under it.
_LIST_HEADERS = {"related-links"}
# Prompts whose buttons ("Accept", "Become a member") sit on short lines under them.
_PROMPTS = {"cookie-notice", "donation-appeal", "newsletter", "comments", "app-prompt", "button-label"}
# Subheads are short; a longer unpunctuated line between paragraphs describes a picture.
_UNPUNCTUATED_MAX_WORDS = 40
_PULL_MIN_WORDS = 4
_PULL_MAX_WORDS = 60
# A near repeat: a part of a longer sentence of at least this many words, or a quotation under a name.
_PART_MIN_WORDS = 6
_PART_KEYS = 8
_ATTRIBUTION_WORDS = 4
_KEY_CHARS = 2000
_RELEASE_HEADER_WORDS = 10
_COMMENTS_HEADER_CHARS = 300
_CARD_NAME_WORDS = 4
_QUESTION_LINK_WORDS = 12
# A teaser's headline is a clause: longer than a subhead ("Next steps", "A long road").
_TEASER_HEAD_MIN_WORDS = 7
_LABEL = re.compile(r"[:|]")
_TEASER_SUMMARY_WORDS = 20
_CONTENT_CHARS = 5
_LABEL_CHARS = 25
_QUOTED = re.compile(r"[“\"]([^”\"]{1,600})[”\"]")
_SENTENCE_END = re.compile(r"(?<=[.!?])[\"'”’)]?\s+")
# "1. Floods close the pass." under a "Most read" header: a numbered link, even with a full stop.
_LIST_ITEM = re.compile(r"[0-9]{1,2}[.)]\s")
_LIST_ITEM_MAX_WORDS = 25
_WORD = re.compile(r"[^\W_]+(?:'[^\W_]+)?")


def heads_article(lines: list[Line], i: int) -> bool:
    """The line under ``i`` is the article's byline or dated stamp: ``i`` is the article's headline."""
    if i + 1 >= len(lines):
        return False
    nxt = lines[i + 1]
    if nxt.reason == "byline":
        return True
    if nxt.reason != "date-line":
        return False
    stamp = parse_date_line(nxt.text)
    return stamp is not None and stamp.date is not None


def mark_blocks(lines: list[Line], rules: CompiledRules) -> None:
    """Appeal blocks, notes about the authors and link lists: a header takes the run under it."""
    i = 0
    story = next((k for k, line in enumerate(lines) if line.reason is None and line.prose()), len(lines))
    while i < len(lines):
        line = lines[i]
        if len(line.text) <= _COMMENTS_HEADER_CHARS and rules.comments_header.match(line.text):
            for rest in lines[i:]:
                rest.reason = "comments"  # readers' comments: names, times, replies, to the page's end
            return
        if is_appeal_header(line, rules):
            line.reason = line.reason or "donation-appeal"
            j = i + 1
            goes_on = Line.addresses_reader if i < story and banner(line, rules) else appeal_continues
            while (
                j < len(lines) and lines[j].reason in (None, "donation-appeal") and goes_on(lines[j], rules)
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
            # "Jo Roe is our Kyiv correspondent. She has reported ..." reports, but is about the writer.
            while (
                j < len(lines)
                and lines[j].reason is None
                and (rules.bio.match(lines[j].text[:400]) or not lines[j].storyish(rules))
            ):
                lines[j].reason = "author-bio"
                j += 1
            i = j
            continue
        if _release_header(lines, i, rules):
            i = _mark_release_section(lines, i, rules)
            continue
        if line.reason in _LIST_HEADERS and line.n_words <= 6:
            j = i + 1
            while (
                j < len(lines)
                and lines[j].reason in (None, "related-links")
                and not lines[j].in_list
                and (
                    lines[j].headline_like()
                    or _LIST_ITEM.match(lines[j].text) is not None
                    # "Border talks: what is at stake?": a linked explainer's question headline
                    or (lines[j].text.endswith("?") and lines[j].n_words <= _QUESTION_LINK_WORDS)
                )
                and 2 <= lines[j].n_words <= _LIST_ITEM_MAX_WORDS
                and not heads_article(lines, j)  # "Trending" links end where the article's headline is
            ):
                lines[j].reason = "related-links"
                j += 1
            # One linked story under the header comes with its summary, a short sentence glued under its
            # head ("Read also" / "Port rebuild stalls over funding" / "It needs donors.").
            if j == i + 2 and j < len(lines) and teaser_summary(lines[j], rules):
                lines[j].reason = "related-links"
                j += 1
            i = j
            continue
        i += 1


@lru_cache(maxsize=4)
def _about_shape(pattern: str) -> re.Pattern[str]:
    return re.compile(pattern)


def _release_header(lines: list[Line], i: int, rules: CompiledRules) -> bool:
    """A press release's closing section header: "Notes to editors", "Media contact", "About <Org>"."""
    line = lines[i]
    if line.n_words > _RELEASE_HEADER_WORDS or line.terminal:
        return False
    # "Notes to editors:" over one sentence reads as a colon leading into the story; its words say otherwise.
    if line.norm in rules.rules.release_headers:
        return True
    if line.in_list:
        return False
    m = _about_shape(rules.rules.release_about).match(line.text)
    if m is None:
        return False
    # "About Us" is a menu link; "About <Org>" heads a paragraph that names the organisation again.
    name = m.group("name").lower()
    if len(name) < 3 or name in rules.reader_words:
        return False
    under = next((nxt for nxt in lines[i + 1 : i + 3] if nxt.reason is None), None)
    return under is not None and name in under.lower[:_KEY_CHARS]


def _mark_release_section(lines: list[Line], i: int, rules: CompiledRules) -> int:
    """The section under a release header, up to the next header or reported speech; returns its end."""
    lines[i].reason = lines[i].reason or "press-release"
    j = i + 1
    while j < len(lines) and not _release_header(lines, j, rules):
        line = lines[j]
        if line.reason is None:
            if line.has_quote or line.reports(rules):
                break  # the story has resumed
            line.reason = "press-release"
        j += 1
    return j


def mark_embeds(lines: list[Line], rules: CompiledRules) -> None:
    """A post's signature on a line of its own ("— Jo Roe (@jroe) March 3, 2025") takes the post above it."""
    for i, line in enumerate(lines):
        if line.reason != "social-embed" or not line.text.startswith(DASHES) or i == 0:
            continue
        post = lines[i - 1]
        if post.reason is None and not post.reports(rules) and not post.text.endswith(":"):
            post.reason = "social-embed"


def _key(text: str) -> str:
    return " ".join(_WORD.findall(text[:_KEY_CHARS].lower().replace("’", "'")))


def mark_pull_quotes(lines: list[Line]) -> None:
    """A one-sentence line that repeats a quote or sentence of a longer story line is a pull quote.

    The repeat may be near-exact: a part of the sentence ("We made it ..." from "But we made it ..."),
    or the quotation again under a bare attribution ("“...,” Roe said."). The name line under it
    ("Jo Roe, Foreign Minister") goes with it.
    """
    said: dict[str, int] = {}  # key of each quotation and sentence -> words of the longest line holding it
    by_start: dict[str, list[str]] = {}  # the first three words of a key -> the keys that hold them
    for line in lines:
        if line.reason is not None:
            continue
        head = line.text[:_KEY_CHARS]
        pieces = [m.group(1) for m in _QUOTED.finditer(head)] + _SENTENCE_END.split(head)
        for piece in pieces:
            key = _key(piece)
            if key.count(" ") + 1 >= _PULL_MIN_WORDS:
                said[key] = max(said.get(key, 0), line.n_words)
                words = key.split()
                for k in range(len(words) - 2):
                    starts = by_start.setdefault(" ".join(words[k : k + 3]), [])
                    if len(starts) < _PART_KEYS and key not in starts:
                        starts.append(key)
    for i, line in enumerate(lines):
        if line.reason is not None or line.in_list or not _PULL_MIN_WORDS <= line.n_words <= _PULL_MAX_WORDS:
            continue
        if line.n_sentences > 1 and not line.has_quote:
            continue
        if not _repeats(line, said, by_start):
            continue
        line.reason = "pull-quote"
        nxt = lines[i + 1] if i + 1 < len(lines) else None
        if nxt is not None and nxt.reason is None and nxt.n_words <= 6 and not nxt.terminal:
            nxt.reason = "pull-quote"


def _repeats(line: Line, said: dict[str, int], by_start: dict[str, list[str]]) -> bool:
    """Said in a longer line: the whole line, a part of a longer sentence, or a quotation re-attributed."""
    key = _key(line.text)
    if said.get(key, 0) > line.n_words:
        return True
    words = key.split()
    if len(words) >= _PART_MIN_WORDS:
        padded = f" {key} "
        for longer in by_start.get(" ".join(words[:3]), []):
            if len(longer) > len(key) and padded in f" {longer} " and said[longer] > line.n_words:
                return True
    quoted = [_key(m.group(1)) for m in _QUOTED.finditer(line.text[:_KEY_CHARS])]
    if len(quoted) != 1 or quoted[0].count(" ") + 1 < _PART_MIN_WORDS:
        return False
    # Outside the marks only a name and its verb ("Roe said"): the quotation said once more.
    outside = len(words) - quoted[0].count(" ") - 1
    return outside <= _ATTRIBUTION_WORDS and said.get(quoted[0], 0) > line.n_words


def mark_runs(lines: list[Line], first: int, last: int, rules: CompiledRules) -> None:
    """Inside the story, what is not a sentence goes: link lists, subheads, captions, buttons.

    After the story, link stubs and labels go.
    """
    i = first
    while i <= last:
        j = i
        # Closing credits ('Additional reporting by ...') are no link list, however they look.
        while j <= last and _unpunctuated_headline(lines[j]) and not is_credit(lines[j], rules):
            j += 1
        if j - i >= 2:
            for line in lines[i:j]:
                line.reason = "related-links"
        i = max(j, i + 1)
    previous: str | None = None
    # A question before any story line is the story's lead, no subhead, unless more such questions part the
    # story below it (an explainer opening with its first).
    asked = [line for line in lines[first : last + 1] if line.reason is None and question_head(line, rules)]
    started = len(asked) > 1
    # The explainer's first question, over its first answer, stands above the story's first line.
    above = lines[first - 1] if asked and first > 0 else None
    if above is not None and above.reason is None and not above.in_list and question_head(above, rules):
        above.reason = "crosshead"
    for line in lines[first : last + 1]:
        if line.reason is None and (
            (not line.in_list and started and question_head(line, rules)) or section_label(line, rules)
        ):
            line.reason = "crosshead"
        elif line.reason is None and _unpunctuated(line, rules) and line.n_words <= _UNPUNCTUATED_MAX_WORDS:
            if previous == "advertisement":
                line.reason = "advertisement"
            elif previous in _PROMPTS and line.n_words <= 5:
                line.reason = "button-label"
            else:
                line.reason = "crosshead" if line.n_words <= CROSSHEAD_MAX_WORDS else "caption"
        previous = line.reason
        started = started or line.reason is None
    for line in lines[last + 1 :]:
        if line.reason is None and not line.terminal and not line.in_list and not is_credit(line, rules):
            line.reason = "related-links" if line.n_words >= 3 else "boilerplate"
    _mark_teasers(lines, first, rules)


def _mark_teasers(lines: list[Line], first: int, rules: CompiledRules) -> None:
    """A teaser of another story: a headline between paragraphs and one short sentence under it.

    A subhead is short ("Next steps") and the section under it runs on; a headline of a linked story is a
    clause of its own ("Talvia sends new envoy as talks stall") over a one-sentence summary. The summary goes
    with the headline.
    """
    for k in range(max(first, 1), len(lines) - 1):
        head, summary = lines[k], lines[k + 1]
        if head.reason != "crosshead" or head.n_words < _TEASER_HEAD_MIN_WORDS:
            continue
        if head.terminal or head.in_list or not head.headline_like() or not teaser_summary(summary, rules):
            continue
        # The last link of a list ("Related" over three headlines) has no summary: the story resumes under it,
        # with a short line or a question as often as not.
        if lines[k - 1].reason == "related-links" or not summary.text.endswith("."):
            continue
        # Under a link label ("Also read: <headline>", "WATCH | <headline>") the story resumes more often than
        # a summary follows; and a line that reports someone is the story's.
        if _LABEL.search(head.text[:_LABEL_CHARS]) or summary.reports(rules):
            continue
        if summary.words and summary.words[0].lower() in rules.rules.running_openers:
            continue  # "And officers rushed in ...": the story going on under a link
        # A subhead's section picks up its words ("Sticking points over the islands" / "Neither side has moved
        # on the islands ...") or runs on in clauses; a summary of another story is one plain statement.
        if summary.n_words > _TEASER_SUMMARY_WORDS or ", and " in summary.text or _shares_word(head, summary):
            continue
        summary.reason = head.reason = "related-links"


def _shares_word(head: Line, summary: Line) -> bool:
    def content(line: Line) -> set[str]:
        return {w.lower() for w in _WORD.findall(line.text) if len(w) >= _CONTENT_CHARS}

    return not content(head).isdisjoint(content(summary))


def mark_closing_bio(lines: list[Line], rules: CompiledRules) -> None:
    """Lines about the writer at the very end of the text, below everything else that is kept."""
    for i in range(len(lines) - 1, -1, -1):
        line = lines[i]
        if line.reason is not None:
            continue
        short = len(line.text) <= rules.rules.shape_max_chars
        # "Jo Roe is our Kyiv correspondent. She has reported ...": the first sentence says who writes;
        # so does a role label ("Africa Correspondent. Jo reports on ...") opening the line.
        opening = _SENTENCE_END.split(line.text[: rules.rules.shape_max_chars], maxsplit=1)[0]
        opening = _card_opening(lines, i, opening)
        about_writer = rules.bio.match(opening) and rules.reporting.search(opening.lower()) is None
        about_writer = about_writer or rules.bio_label.match(opening) is not None
        if short and not line.has_quote and about_writer:
            line.reason = "author-bio"
            continue
        break


def _card_opening(lines: list[Line], i: int, opening: str) -> str:
    """An author card: a removed line of just the writer's name over a bio opening with the first name
    ("Jo Roe" over "Jo reports on ..."). The bio is read with the full name ("Jo Roe reports on ...").
    """
    above = lines[i - 1] if i else None
    if above is None or above.reason is None or not 2 <= above.n_words <= _CARD_NAME_WORDS:
        return opening
    first = above.text.split(" ", 1)[0]
    if not first.istitle() or not opening.startswith(f"{first} "):
        return opening
    return above.text + opening[len(first) :]


def _unpunctuated(line: Line, rules: CompiledRules) -> bool:
    # A lead-in to a list ends with a colon; a closing credit may end without a stop.
    ends = line.terminal or line.text.endswith(":")
    return not ends and not line.in_list and not is_credit(line, rules)


def _unpunctuated_headline(line: Line) -> bool:
    # Short story sentences full of names ("Zelensky thanked Trump.") end with a full stop; links do not.
    if line.reason is not None or line.in_list:
        return False
    return line.headline_like() and not line.terminal and line.n_words >= 3
