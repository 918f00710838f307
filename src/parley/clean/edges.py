"""The story's edges: what a page puts after the story's end, told by its shape in context.

After the last paragraph of a story, pages add notes about the writer, the outlet and the piece,
promos of their own podcasts and newsletters, and teasers of other stories (a headline over a
one-sentence summary). Each reads like a sentence, so the line rules keep it; here the end of the text
is walked backwards, over what is already removed, and each kept paragraph is tested for one of those
shapes. The walk stops at the first paragraph that has none: that is the story's last, and nothing
above it is touched. Every test is on a bounded head of one line, and the walk is linear.
"""

from __future__ import annotations

import re
from collections import Counter
from dataclasses import dataclass, field
from functools import lru_cache

from parley.clean.appeals import OUTLET_VOICE, SECOND_PERSON, WORD, appeal_at, lone_voice
from parley.clean.cards import card_name
from parley.clean.credits import is_credit
from parley.clean.cruft_rules import CompiledRules
from parley.clean.headlines import HEADLINE_MAX_WORDS
from parley.clean.lines import Line, classify

_HEAD = 400
_KEY_CHARS = 2000
# A site name this short ("AP") is a word of many story lines.
_SITE_MIN_CHARS = 5
# A note under the writer's bio that no rule knows: one or two short sentences.
_NOTE_SENTENCES = 2
_NOTE_WORDS = 30
# A stop after a lone capital is a name's initial ("Jo R. Roe covers ..."), no sentence's end.
_SENTENCE_END = re.compile(r"(?<=[.!?])(?<!\b[A-Z]\.)[\"'”’)]?\s+")
# An interview's questions ("Q: ...", "Q. ..."): its answers speak to the reader in the first person.
_PUNCT = " \t\"'“”‘’«»()[]{}.,:;!?*•·|-–—"
_QUESTION = re.compile(r"Q\s?[:.]\s")
# Whom a source told ("told LakeNews", "told Jo Roe") is the outlet or its writer, not whom the story is of.
_TOLD = re.compile(r"\btold(?:\s[A-Z][\w.’'-]{0,30}){1,3}")
_LABEL_WORDS = 6
_HEADER_WORDS = 4
_LIST_HEADER_WORDS = 6  # "More on the talks in Osk"
_LISTED_WORDS = 30  # a headline written as a sentence
# Lines that may stand between a teaser's headline and its summary's neighbour: kept headlines only.
_HEADLINE_REASONS = frozenset({None, "crosshead", "related-links", "boilerplate", "caption"})


@lru_cache(maxsize=16)
def _compiled(pattern: str) -> re.Pattern[str]:
    return re.compile(pattern)


def _first_sentence(line: Line) -> str:
    return _SENTENCE_END.split(line.text[:_HEAD], maxsplit=1)[0]


def _is_bio(line: Line, rules: CompiledRules) -> bool:
    """ "Jo Roe is the Post's Balkans bureau chief ...": the first sentence says who writes."""
    if line.has_quote:
        return False
    opening = _first_sentence(line)
    return _compiled(rules.rules.edges.tail_bio).match(opening) is not None or (
        rules.bio.match(opening) is not None and rules.reporting.search(opening.lower()) is None
    )


def _promo(line: Line, rules: CompiledRules, interview: bool, *, strict: bool = False) -> bool:
    """The outlet speaking to its reader of its own wares: "Listen to our weekly podcast ...".

    ``strict`` (inside the story) asks for all three marks: an imperative, "our"/"you", and a ware.
    """
    edges = rules.rules.edges
    if line.in_list or line.has_quote or line.reports(rules) or line.n_words > edges.teaser_max_words:
        return False
    head = line.unquoted[:_HEAD]
    # "Follow-up talks ..." opens with no imperative.
    openers = [_opener(sentence) for sentence in _SENTENCE_END.split(head)]
    # A show named as a label over its pitch ("<Outlet> Tonight: Catch up on ..."): the pitch opens after it.
    label, colon, pitch = head.partition(": ")
    if colon and len(label.split()) <= _LABEL_WORDS and not _SENTENCE_END.search(label):
        openers.append(_opener(pitch))
    imperative = bool(openers) and openers[0] in edges.promo_openers
    if imperative and not strict:
        return True
    # Inside the story a promo may open by naming its show ("<Show>: On this week's episode, we ask ...
    # Listen now on ..."): an imperative opening any of its sentences counts there, with "our" and a ware.
    imperative = imperative or (strict and not edges.promo_openers.isdisjoint(openers))
    words = {w.lower() for w in WORD.findall(head)}
    # "you" or "our" with the outlet's wares ("your inbox", "our podcast"); an interview's answers and
    # an opinion piece speak in the first and second person of other things.
    speaks = not SECOND_PERSON.isdisjoint(words) or not OUTLET_VOICE.isdisjoint(words)
    ware = speaks and not interview and not edges.promo_nouns.isdisjoint(words)
    return ware and (imperative or not strict)


def _opener(sentence: str) -> str:
    words = sentence.split(maxsplit=1)
    return words[0].lower().strip(_PUNCT) if words else ""


def mark_promos(lines: list[Line], rules: CompiledRules) -> None:
    """Inside the story too: "Listen to <Show>, our news podcast, ..." (an imperative, "our", a ware)."""
    for line in lines:
        if line.reason is None and _promo(line, rules, interview=False, strict=True):
            line.reason = "promo"


def _subject(line: Line) -> str:
    """The name a note opens with, by its last word ("Jo Roe is ..." -> "roe"), lower-cased."""
    name = ""
    for word in line.words[:6]:
        if not word[:1].isupper():
            break
        name = word
    return _names(name)[0] if _names(name) else ""


def _names(text: str) -> list[str]:
    return [w.lower().removesuffix("'s").removesuffix("’s") for w in WORD.findall(text)]


@dataclass
class _Story:
    """What the walk knows of the page: the words of its kept lines, the outlet's name, its shape."""

    words: Counter[str] = field(default_factory=Counter)
    site: str | None = None
    interview: bool = False
    lone_voice: list[bool] = field(default_factory=list)  # see appeals.lone_voice

    @classmethod
    def of(cls, lines: list[Line], site: str | None) -> _Story:
        return cls(
            words=Counter(
                w for ln in lines if ln.reason is None for w in _names(_TOLD.sub("", ln.text[:_KEY_CHARS]))
            ),
            site=site if site and len(site) >= _SITE_MIN_CHARS else None,
            interview=sum(1 for line in lines if _QUESTION.match(line.text[:4])) >= 2,
            lone_voice=lone_voice(lines),
        )

    def names_elsewhere(self, line: Line) -> bool:
        """The name a note opens with is in some other kept line: the story speaks of that person."""
        name = _subject(line)
        return bool(name) and self.words[name] > _names(line.text[:_KEY_CHARS]).count(name)

    def names_site(self, line: Line) -> bool:
        """The note opens with the outlet's own name ("PREMIUM TIMES is an independent newspaper ..."): the
        story citing its outlet ("told PREMIUM TIMES") does not make that a note about someone it names."""
        name = ""
        for word in line.words[:6]:
            if not word[:1].isupper():
                break
            name = f"{name} {word}".strip()
        return bool(self.site) and len(name) >= _SITE_MIN_CHARS and self.site.lower().startswith(name.lower())

    def drop(self, line: Line) -> None:
        self.words.subtract(_names(line.text[:_KEY_CHARS]))


def tail_note(line: Line, rules: CompiledRules, story: _Story | None = None) -> str | None:
    """The reason of a note that follows a story (about its writer, outlet or itself), else None.

    A note about someone the story names elsewhere ("Petrova is a former journalist ...") is the
    story's own background, not a note about the writer.
    """
    story = story or _Story()
    edges = rules.rules.edges
    if line.in_list or is_credit(line, rules) or len(line.text) > rules.rules.shape_max_chars:
        return None
    head = line.text[:_HEAD]
    reports = line.reports(rules)
    bio = _is_bio(line, rules)
    if bio and not story.names_elsewhere(line):
        return "author-bio"
    publisher = not reports and _compiled(edges.publisher).match(head) is not None
    if publisher and (not story.names_elsewhere(line) or story.names_site(line)):
        return "boilerplate"
    notes = (edges.meta_note, edges.imprint, edges.legal, edges.coverage)
    if not reports and any(_compiled(pattern).match(head) for pattern in notes):
        return "boilerplate"
    if not reports and not line.has_quote and _compiled(edges.station).match(head):
        return "boilerplate"
    if not line.has_quote and _compiled(edges.licence).match(head):
        return "boilerplate"
    if story.site and _about_site(line, story.site, rules):
        return "boilerplate"
    if not reports and not line.has_quote and _comments_closed(line, rules):
        return "comments"
    if _promo(line, rules, story.interview):
        return "promo"
    return None


def _comments_closed(line: Line, rules: CompiledRules) -> bool:
    """ "Comments are closed for this story. <Outlet> turns off comments on ...": the first sentence alone
    is the comment section's notice, though the line is too long for the line rules to judge it so."""
    if line.n_sentences < 2:
        return False
    first = _first_sentence(line)
    if not any(word in first.lower() for word in rules.rules.edges.comments_shut):
        return False  # "Readers had their say in the comments." tells of them
    return classify(Line(first, line.start, line.start + len(first)), rules) == "comments"


def _about_site(line: Line, site: str, rules: CompiledRules) -> bool:
    """The outlet naming itself ("Reproduction ... with a link to <Site>"), not a story citing it."""
    if line.has_quote or line.reports(rules) or site.lower() not in line.lower:
        return False
    return rules.rules.edges.site_story_words.isdisjoint(_names(line.text[:_HEAD]))


def _summary(line: Line, rules: CompiledRules) -> bool:
    """A teaser's summary: one or two sentences, short, not part of a list, not a closing credit."""
    if line.reason is not None or line.in_list or not line.terminal or is_credit(line, rules):
        return False
    return 6 <= line.n_words <= rules.rules.edges.teaser_max_words and line.n_sentences <= 2


def _headline(line: Line, rules: CompiledRules) -> bool:
    """A teaser's headline: a title of some length, no sentence, no label before a colon."""
    if line.reason not in _HEADLINE_REASONS or line.in_list or is_credit(line, rules):
        return False
    if (line.terminal and not line.text.endswith("?")) or _QUESTION.match(line.text[:4]):
        return False  # an interview's question is no headline
    return (
        rules.rules.edges.teaser_headline_words <= line.n_words <= HEADLINE_MAX_WORDS
        and not line.text.endswith(":")
    )


def mark_tail(lines: list[Line], rules: CompiledRules, site: str | None = None) -> None:
    """Notes, promos and teasers after the story's last paragraph, walking back from the end.

    ``site`` is the outlet's name where the page gives it: a line after the story naming it is a note.
    """
    story = _Story.of(lines, site)
    texts = Counter(line.text for line in lines)
    found: list[tuple[int, str]] = []  # (line, reason) in walk order
    pairs = 0
    stepped = False  # the walk stepped over one unknown note to a bio above it
    i = len(lines) - 1
    while i >= 0:
        line = lines[i]
        if line.reason is not None:
            i -= 1
            continue
        why = tail_note(line, rules, story)
        if why is None and appeal_at(lines, i, rules, story.lone_voice, story.site):
            why = "donation-appeal"
        if why is None and _continues_bio(lines, i, rules):
            why = "author-bio"
        card = card_name(lines, i, story) if why is None else None
        if card is not None:
            why = "author-bio"
            if lines[card].reason is None:
                found.append((card, "author-bio"))
        if why is not None:
            found.append((i, why))
            story.drop(line)  # a note's names are not the story's
            i -= 1
            continue
        if _heads_related(lines, i, rules):
            # "What does each side want from a truce?" over the related headlines: the first of them.
            line.reason = "related-links"
            i -= 1
            continue
        if (
            _glued_teaser(lines, i, rules)
            or _listed_sentence(lines, i)
            or (not found and _lone_listed(lines, i, texts))
        ):
            line.reason = "related-links"
            i -= 1
            continue
        if i >= 1 and _summary(line, rules) and _headline(lines[i - 1], rules):
            found.append((i, "related-links"))
            found.append((i - 1, "related-links"))
            pairs += 1
            i -= 2
            continue
        # A short note the rules do not know ("A Swahili version of this story was first published by ...")
        # may stand under the writer's bio: a bio whose first sentence says who writes goes all the same.
        bio = _bio_above(lines, i, rules, story) if not stepped else None
        if bio is not None:
            found.append((bio, "author-bio"))
            story.drop(lines[bio])
            stepped = True
            i = bio - 1
            continue
        break
    # One headline over a summary may be the story's last section under its subhead; two are a list of
    # teasers, and so is one under a header, a share bar or a footer.
    lone_ok = pairs == 1 and _after_story(lines, found, rules)
    for k, (_, why) in enumerate(found):
        if why == "related-links" and pairs < 2 and not lone_ok:
            # The walk went past a section of the story: what it found above that is not checked.
            for idx2, why2 in found[:k]:
                lines[idx2].reason = lines[idx2].reason or why2
            return
    for idx, why in found:
        lines[idx].reason = lines[idx].reason or why


def _heads_related(lines: list[Line], i: int, rules: CompiledRules) -> bool:
    """A headline, no sentence, right over a related headline after the story: the first of their list."""
    nxt = lines[i + 1] if i + 1 < len(lines) else None
    line = lines[i]
    return nxt is not None and nxt.reason == "related-links" and not line.has_quote and _headline(line, rules)


def _listed_sentence(lines: list[Line], i: int) -> bool:
    """A headline written as a sentence opening a list of links, between the list's header ("More on Syria")
    and two headlines or more under it: one sentence, as short as a headline may run. ("Read more: ..."
    alone under a section is one link, no list.)"""
    if not 0 < i < len(lines) - 2 or lines[i + 1].reason != "related-links":
        return False
    if lines[i + 2].reason != "related-links":
        return False
    line, above = lines[i], lines[i - 1]
    header = above.reason in ("crosshead", "related-links") and above.n_words <= _LIST_HEADER_WORDS
    return header and line.n_sentences == 1 and line.n_words <= _LISTED_WORDS


def _lone_listed(lines: list[Line], i: int, texts: Counter[str]) -> bool:
    """The page's last kept line right under a list's header ("More Coverage"): a headline written as a
    sentence, the list's one item (the story never resumes under such a header to end the page)."""
    if i == 0 or lines[i - 1].reason != "related-links" or lines[i - 1].n_words > _HEADER_WORDS:
        return False
    line = lines[i]
    if line.n_sentences > 2 or line.n_words > _LISTED_WORDS or line.in_list:
        return False
    # A line the page repeats goes with its copies (repeats.mark_repeated), the one above too.
    return texts[line.text] == 1


def _glued_teaser(lines: list[Line], i: int, rules: CompiledRules) -> bool:
    """ "<Headline>: <One-sentence summary>." on one line, between a list header and a related headline."""
    if not 0 < i < len(lines) - 1 or lines[i + 1].reason != "related-links":
        return False
    above = lines[i - 1]
    # Under furniture, or under a short header the blocks took for a subhead or a box's head ("Top Trending").
    header = above.reason in ("crosshead", "box") and above.n_words <= _HEADER_WORDS
    if above.reason not in rules.rules.edges.teaser_after and not header:
        return False
    line = lines[i]
    head, colon, summary = line.text[:_HEAD].partition(": ")
    if not colon or line.in_list or not summary[:1].isupper() or head.rstrip(_PUNCT) != head.rstrip():
        return False
    headline = rules.rules.edges.teaser_headline_words <= len(head.split()) <= HEADLINE_MAX_WORDS
    return headline and _summary(Line(summary, 0, 0), rules)


def _after_story(lines: list[Line], found: list[tuple[int, str]], rules: CompiledRules) -> bool:
    """The lone teaser's headline sits under a removed header, share bar or footer, not under the story."""
    heads = [idx for idx, why in found if why == "related-links"]
    above = min(heads) - 1
    if above < 0:
        return False
    # A note found above it on the way back (an author's bio) counts as what it is.
    reason = dict(found).get(above, lines[above].reason)
    return reason in rules.rules.edges.teaser_after


def _bio_above(lines: list[Line], i: int, rules: CompiledRules, story: _Story) -> int | None:
    """The kept line right above the short note ``i`` when it is a bio of the writer, else None."""
    note = lines[i]
    if note.in_list or note.has_quote or note.n_sentences > _NOTE_SENTENCES or note.n_words > _NOTE_WORDS:
        return None
    k = next((k for k in range(i - 1, -1, -1) if lines[k].reason is None), None)
    if k is None or not _is_bio(lines[k], rules) or story.names_elsewhere(lines[k]):
        return None
    return k


def mark_writer_cards(lines: list[Line], rules: CompiledRules) -> None:
    """A writer's card wherever the page sets it (a sidebar, above the comments): as :func:`_card_name`, with
    the card set apart from the story: buttons under the name ("+ Follow"), or furniture or an author header
    over it (a share bar, "Author"), and a note that reports nothing."""
    story = _Story(
        words=Counter(w for line in lines if line.reason is None for w in _names(line.text[:_KEY_CHARS]))
    )
    for i, line in enumerate(lines):
        if line.reason is not None or line.reports(rules):
            continue
        card = card_name(lines, i, story, rules)
        if card is not None:
            line.reason = "author-bio"
            lines[card].reason = lines[card].reason or "author-bio"


def _continues_bio(lines: list[Line], i: int, rules: CompiledRules) -> bool:
    """ "She has covered the region since 2016." right under a note about the writer."""
    if i == 0 or lines[i - 1].reason not in (None, "author-bio"):
        return False
    line = lines[i]
    if line.has_quote or _compiled(rules.rules.edges.bio_more).match(line.text[:_HEAD]) is None:
        return False
    return lines[i - 1].reason == "author-bio" or _is_bio(lines[i - 1], rules)
