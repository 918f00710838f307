"""Lines of a scraped document: splitting with offsets, features, and the per-line cruft verdict.

The rules live in ``parley/data/cruft.yaml`` (schema and compiled form in :mod:`parley.clean.cruft_rules`).
Scraped text is untrusted, so every test here is linear in the line: substring tests, set look-ups, and
anchored regexes that are only tried on short lines or a bounded tail.
"""

from __future__ import annotations

import itertools
import re
from dataclasses import dataclass, field
from functools import cached_property
from html import unescape

from spacy.lang.en.stop_words import STOP_WORDS

from parley.clean.cruft_rules import CompiledRules, compiled_rules
from parley.clean.needs import fold

_TERMINAL = (".", "!", "?", "…")
_CLOSERS = "\"'”’»)]*"
# A magazine's end mark after the last sentence ("... until the talks resume.” ❖"): still a sentence's end.
_END_MARKS = " \u00a0❖■□◆◇♦●∎▪▫◼◾★☐"
# A footnote's marker after a sentence's stop ("... without a date.[1]"): the sentence still ends there.
_FOOTNOTE_MARK = re.compile(r"(?:\[[0-9]{1,3}\])+$")
_SENTENCE_BREAK = re.compile(r"[.!?][\"'”’)]?\s+[\"“‘(]?[A-Z]")
_STRIP_PUNCT = "=~ \t\"'“”‘’«»()[]{}.,:;!?*•·|-–—_>#…\ufeff"
_QUOTES = frozenset('"“”«»')
_HEAD_CHARS = 4000
_CAPTION_MAX_WORDS = 35
_COUNTRY_US = frozenset({"US", "U.S", "U.S."})
_LABEL_WORDS = 3
_NAMED_SUBJECT_WORDS = 2
# A sign-off after the last sentence ("... rejected the ruling. – Rappler.com", "... next week. — AFP"): the
# paragraph still ends like a sentence. Tried on a bounded tail only.
_SIGN_OFF = re.compile(
    r"[.!?][\"'”’)]?\s{1,3}(?:[–—-]{1,2}\s{0,2}[A-Z][\w.&-]{1,30}(?:\s[A-Z][\w.&-]{1,30}){0,2}"
    # An agency's initials alone or in brackets, no dash ("... in Brenn on Monday. PTI", "... said. (ANI)").
    r"|\(?[A-Z]{2,6}\)?)$"
)
_SIGN_OFF_CHARS = 80
_YEAR = re.compile(r"\b(?:19|20)[0-9]{2}\b")
_FIRST_SENTENCE = re.compile(r"(?<=[.!?])\s+(?=[A-Z])")
# Where a sentence ends and the next begins, whatever follows: the split behind "a line's first sentence".
SENTENCE_END = re.compile(r"(?<=[.!?])\s+")
# A calendar day ("on July 27", "on 27 July"): the date a photo was taken.
_CALENDAR_DAY = re.compile(r"\bon\s(?:[A-Z][a-z]{2,8}\s[0-9]{1,2}\b|[0-9]{1,2}\s[A-Z][a-z]{2,8}\b)")


# A line of another language: its lower-case words (names and figures are no evidence either way).
_LOWER_WORD = re.compile(r"(?<![^\W\d_])[^\W\d_A-Z]+")
_OTHER_LANGUAGE_WORDS = 6
_OTHER_LANGUAGE_CHARS = 600
_OTHER_LANGUAGE_SHARE = 0.2
# A lead's first sentence, looked at for its day or its reporting verb.
_LEAD_CHARS = 400
_LETTERS = re.compile(r"[a-z]+")


@dataclass
class Line:
    """One non-blank line: ``text`` is ``source[start:end]`` (stripped)."""

    text: str
    start: int
    end: int
    reason: str | None = None
    # An item of a list inside the story, the sentence leading into it, or a line the lists stage marks story
    # however short (a one-line quotation, "Markets cheered."): story, whatever it looks like; no later rule
    # nor the line model judges it.
    in_list: bool = False
    # For a paragraph re-joined from hard-wrapped lines: (input offset, text) of each line in it.
    parts: list[tuple[int, str]] = field(default_factory=list)

    @cached_property
    def lower(self) -> str:
        # Phrases and verbs are looked for in a bounded head: a huge line is story-sized whatever it says.
        head = self.text[: _HEAD_CHARS * 2]
        # A page's text may keep its HTML entities ("Business &amp; Economy", "Read more&nbsp;&raquo;").
        return (unescape(head) if "&" in head and ";" in head else head).lower()

    @cached_property
    def words(self) -> list[str]:
        # Word lists feed the features of short lines; a huge line is story-sized whatever its count.
        return self.text[:_HEAD_CHARS].split()

    @cached_property
    def n_words(self) -> int:
        extra = 1000 if len(self.text) > _HEAD_CHARS else 0
        return len(self.words) + extra

    @cached_property
    def norm(self) -> str:
        """Lower-cased, trimmed of list bullets and punctuation: the key for whole-line phrases."""
        # Whole-line phrases are short; a long line only needs a key that cannot match them.
        key = " ".join(self.lower[:400].strip(_STRIP_PUNCT).split())
        # A section's heading after the page's skip link ("Skip next section Explore more") is that heading.
        skip = next((link for link in compiled_rules().rules.skip_links if key.startswith(link + " ")), None)
        return key[len(skip) + 1 :] if skip else key

    @cached_property
    def terminal(self) -> bool:
        text = _FOOTNOTE_MARK.sub("", self.text.rstrip(_END_MARKS)).rstrip(_CLOSERS)
        return text.endswith(_TERMINAL) or _SIGN_OFF.search(text[-_SIGN_OFF_CHARS:]) is not None

    @cached_property
    def n_sentences(self) -> int:
        return 1 + len(_SENTENCE_BREAK.findall(self.text))

    @cached_property
    def has_quote(self) -> bool:
        return any(ch in _QUOTES for ch in self.text)

    @cached_property
    def cap_ratio(self) -> float:
        alpha = [w for w in self.words if w[:1].isalpha()]
        if not alpha:
            return 0.0
        return sum(1 for w in alpha if w[0].isupper()) / len(alpha)

    def reports(self, rules: CompiledRules) -> bool:
        return rules.reporting.search(self.lower) is not None

    @cached_property
    def unquoted(self) -> str:
        """The line without quoted speech: "We" inside a quote is a source, not the outlet."""
        # Reader address is judged on the head of a line: appeals are short, and the loop stays bounded.
        head = self.text[:2000]
        if not any(ch in _QUOTES or ch == "‘" for ch in head):
            return head
        out: list[str] = []
        depth = 0
        straight = False
        for i, ch in enumerate(head):
            if ch in "“«‘":
                depth += 1
            elif ch in "”»" or (ch == "’" and depth and not head[i + 1 : i + 2].isalpha()):
                # A closing single quote is followed by a space or a mark; "Kyiv’s" is an apostrophe.
                depth = max(0, depth - 1)
            elif ch == '"':
                straight = not straight
            elif depth == 0 and not straight:
                out.append(ch)
        return "".join(out)

    def addresses_reader(self, rules: CompiledRules) -> bool:
        """Speaks to the reader: "you", "our", or a sentence opening with an imperative ("Donate ...")."""
        # "US" in capitals is the country, not the outlet speaking.
        words = [w.strip(_STRIP_PUNCT) for w in self.unquoted.split()]
        tokens = {w.lower() for w in words if w not in _COUNTRY_US}
        text = self.unquoted.lower()
        if not tokens.isdisjoint(rules.reader_words):
            return True
        for sentence in text.split(". ")[:20]:
            if sentence.lstrip(_STRIP_PUNCT).startswith(rules.imperatives):
                return True
        return False

    def storyish(self, rules: CompiledRules) -> bool:
        """A sentence of reporting: reported speech or quotation, not an address to the reader."""
        if self.reports(rules):
            return True
        if not self.has_quote or self.n_words < 6:
            return False
        # A prompt quotes a button or a menu ('under "Privacy settings"'): a label of a word or two
        # in a line that speaks to the reader is no quotation.
        quoted = len(self.words) - len(self.unquoted.split())
        return quoted > _LABEL_WORDS or not self.addresses_reader(rules)

    def prose(self) -> bool:
        """Reads as running text: long enough and ends like a sentence."""
        return self.n_words >= 8 and self.terminal

    def headline_like(self) -> bool:
        """Short and unpunctuated or title-cased: a headline, a link, a label."""
        if self.n_words == 0 or self.n_words > 20:
            return False
        return not self.terminal or (self.cap_ratio >= 0.6 and self.n_words <= 14)


def split_lines(source: str) -> list[Line]:
    """Non-blank lines with offsets of their stripped text in ``source``."""
    lines: list[Line] = []
    pos = 0
    n = len(source)
    while pos <= n:
        nl = source.find("\n", pos)
        end = n if nl < 0 else nl
        raw = source[pos:end]
        stripped = raw.strip()
        if stripped:
            lead = len(raw) - len(raw.lstrip())
            start = pos + lead
            lines.append(Line(stripped, start, start + len(stripped)))
        if nl < 0:
            break
        pos = nl + 1
    return lines


def classify(line: Line, rules: CompiledRules | None = None) -> str | None:
    """The cruft reason of one line on its own, or None when it may be story."""
    rules = rules or compiled_rules()
    cfg = rules.rules
    norm = line.norm
    if not norm and len(line.text) <= 400:
        # Only punctuation or symbols: separators, bullets, "***".
        return "separator"
    reason = rules.exact.get(norm)
    if reason:
        return reason
    lower = line.lower.lstrip(" \t•·*-–—>#|\ufeff")
    short = line.n_words <= cfg.max_prefix_words
    if short and lower.startswith(rules.paywall):
        return "donation-appeal"
    for phrase, why in rules.prefixes:
        if lower.startswith(phrase) and (short or phrase.endswith(":")):
            # A story may open with "Copyright ..." or "Credit ..." as a word; labels are short.
            if line.prose() and line.storyish(rules) and not phrase.endswith(":"):
                continue
            return why
    if short and _owners_notice(line.text[: cfg.shape_max_chars], cfg.copyright_marks, cfg.rights_reserved):
        return "copyright"
    if len(line.text) <= cfg.shape_max_chars:
        folded = fold(line.text)  # once for all shapes' word tests
        for pattern, why in rules.shapes:
            if pattern.match(line.text, folded):
                return why
    tail = line.text[-cfg.tail_chars :]
    reports = line.reports(rules)
    folded = fold(tail)
    for pattern, why, always in rules.tail_shapes:
        if (always or not reports) and pattern.search(tail, folded):
            return why
    if not line.has_quote and len(line.text) <= cfg.shape_max_chars:
        padded = f" {line.lower} "
        if not reports and (any(m in padded for m in cfg.caption_markers) or _present_caption(line, rules)):
            return "caption"
        if _dated_caption(line, rules):
            return "caption"
    if not line.has_quote and line.n_sentences == 2 and _caption_then_background(line, rules):
        return "caption"
    # A phone number is no words however its digits are grouped ("call 22 555 or WhatsApp 777 1234").
    n_words = sum(1 for w in line.words if not w[:1].isdigit())
    if line.storyish(rules) or not (n_words <= 12 or line.addresses_reader(rules)):
        return None
    # Appeals are short paragraphs; scanning a bounded head keeps huge lines cheap.
    head = line.lower[: cfg.shape_max_chars * 4]
    short = n_words <= cfg.short_prompt_words
    return next(
        (
            why
            for phrase, why in rules.contains
            if phrase in head and (short or why not in cfg.short_prompts) and _has_words(head, phrase)
        ),
        None,
    )


def tells_when(line: Line, rules: CompiledRules) -> bool:
    """The line's first sentence tells a day or reports: what a lead does, and a dek or a caption standing
    over it does not."""
    first = SENTENCE_END.split(line.lower[:_LEAD_CHARS], maxsplit=1)[0]
    day = not rules.rules.dek_time_words.isdisjoint(_LETTERS.findall(first))
    return day or rules.reporting.search(first) is not None


def other_language(line: Line, rules: CompiledRules) -> bool:
    """A line in another language on an English page ("Du har lest en av ukens gratis artikler."): six
    lower-case words or more, two distinct function words of another language (cruft.yaml) or more, and more
    of those than English stop words. A story quotes another language seldom, and with English around it."""
    words = _LOWER_WORD.findall(line.text[:_OTHER_LANGUAGE_CHARS])
    if len(words) < _OTHER_LANGUAGE_WORDS:
        return False
    other = [w for w in words if w in rules.rules.other_language_words]
    if len(set(other)) < 2:
        return False
    return len(other) > sum(1 for w in words if w in STOP_WORDS)


def mark_other_language(lines: list[Line], rules: CompiledRules) -> None:
    """Lines of another language on an English page go, as long as they are a small part of its kept text (a
    page mostly in another language is its own story, told in it)."""
    found = [line for line in lines if line.reason is None and other_language(line, rules)]
    kept = sum(line.n_words for line in lines if line.reason is None)
    if found and sum(line.n_words for line in found) <= _OTHER_LANGUAGE_SHARE * kept:
        for line in found:
            line.reason = "other-language"


def _owners_notice(text: str, marks: tuple[str, ...], reserved: tuple[str, ...]) -> bool:
    """The sign with the year ("<Owner> © 2025", "All content © 2025 <Owner>, unless ...") or the owner's
    reserved rights ("© <Owner>. All rights reserved.", "... Redistribution prohibited."); a photo's credit
    names the photographer ("© Jo Roe/Agency") and neither."""
    if not any(mark in text for mark in marks):
        return False
    return _YEAR.search(text) is not None or any(phrase in text.lower() for phrase in reserved)


def _has_words(text: str, phrase: str) -> bool:
    """``phrase`` stands in ``text`` as whole words: "subscribe" is no part of "Subscribers to ..."."""
    start = text.find(phrase)
    while start >= 0:
        end = start + len(phrase)
        before = not phrase[0].isalpha() or start == 0 or not text[start - 1].isalpha()
        after = not phrase[-1].isalpha() or end == len(text) or not text[end].isalpha()
        if before and after:
            return True
        start = text.find(phrase, start + 1)
    return False


def _caption_then_background(line: Line, rules: CompiledRules) -> bool:
    """A caption dated to the calendar day ("Villagers rest at a school in Surin province on July 27.") and a
    sentence of background after it ("Many say they will wait ..."): the first sentence alone is judged."""
    if line.n_words > _CAPTION_MAX_WORDS:
        return False
    head = _FIRST_SENTENCE.split(line.text, maxsplit=1)[0]
    first = Line(head, line.start, line.start + len(head))
    if first.reports(rules) or _CALENDAR_DAY.search(head) is None:
        return False
    return _present_caption(first, rules, verbs=rules.rules.caption_day_scene_verbs)


def _present_caption(line: Line, rules: CompiledRules, *, verbs: frozenset[str] | None = None) -> bool:
    """One sentence in the present tense about a given day or at a named place: what a photo caption says.

    ``verbs`` narrows the caption verbs (to scenes) and asks for the day."""
    cfg = rules.rules
    if line.n_sentences > 1 or line.n_words > _CAPTION_MAX_WORDS:
        return False
    tokens = [w.strip(_STRIP_PUNCT) for w in line.lower.split()]
    # A verb after a determiner is a noun ("the rest of", "a stand on").
    verb = any(
        w in (verbs or cfg.caption_verbs) and (k == 0 or tokens[k - 1] not in cfg.caption_determiners)
        for k, w in enumerate(tokens)
    )
    # Or, naming no day, one person at work where the picture was taken ("A worker checks chairs at a ...").
    placed = len(tokens) > 3 and tokens[0] in ("a", "an") and tokens[2] in cfg.caption_subject_verbs
    placed = placed and verbs is None and not {"at", "in"}.isdisjoint(tokens[3:])
    if not (verb or placed):
        return False
    # "It was not clear on Monday ...": an auxiliary or a past form tells the story, not the picture.
    if not (cfg.caption_auxiliaries.isdisjoint(tokens) and cfg.caption_past.isdisjoint(tokens)):
        return False
    if placed:
        return True
    dated = not cfg.caption_days.isdisjoint(tokens)
    if dated and verbs is None and _planned(line, tokens, rules):
        return False
    return dated or (verbs is None and _named_at_place(line, rules))


def _planned(line: Line, tokens: list[str], rules: CompiledRules) -> bool:
    """A day told with a verb a schedule uses, no named subject and no spot ("Delegations arrive in <City> on
    Monday."): the story's preview. A caption names whom it shows ("<Title> <Name> arrives for talks ...") or
    the spot where the picture was taken ("The envoy arrives at the lake hotel ...")."""
    cfg = rules.rules
    k = next((k for k, w in enumerate(tokens) if w in cfg.caption_verbs), None)
    if k is None or tokens[k] not in cfg.edges.scene_plan_verbs or "at" in tokens[k:]:
        return False
    return sum(w[:1].isupper() for w in line.words[:k]) < _NAMED_SUBJECT_WORDS


def _named_at_place(line: Line, rules: CompiledRules) -> bool:
    """ "<Title> <Name> greets the delegation in <City>.": a named subject, and a place closing the line."""
    verbs = rules.rules.caption_verbs
    subject = list(itertools.takewhile(lambda w: w.lower() not in verbs, line.words))
    if len(subject) < _NAMED_SUBJECT_WORDS or len(subject) == len(line.words):
        return False
    return all(w[:1].isupper() for w in subject) and rules.caption_place.search(line.text[-80:]) is not None


def _dated_caption(line: Line, rules: CompiledRules) -> bool:
    """A first sentence in the present tense closing with the picture's full date ("... on May 9, 2025.")."""
    cfg = rules.rules
    if line.n_sentences > 2 or line.n_words > cfg.caption_max_words:
        return False
    first = _SENTENCE_BREAK.split(line.text, maxsplit=1)[0]
    first = first if line.n_sentences == 1 else line.text[: len(first) + 1]
    if rules.caption_date.search(first[-40:]) is None:
        return False
    tokens = [w.strip(_STRIP_PUNCT) for w in first.lower().split()]
    past = any(w in cfg.caption_past or (len(w) >= 5 and w.endswith("ed")) for w in tokens)
    scene = not (cfg.caption_verbs.isdisjoint(tokens) and cfg.caption_scene_verbs.isdisjoint(tokens))
    plain = cfg.caption_auxiliaries.isdisjoint(tokens) and not rules.reporting.search(first.lower())
    return scene and plain and not past
