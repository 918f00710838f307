"""The headline's edges: what a page adds to it (its site's name after it, a section label before it),
where it is repeated (the page's title line), where it goes on (a second line), and the site's own name.

Helpers of :func:`parley.clean.tops.mark_top`, which picks the headline among the lines above the story.
"""

from __future__ import annotations

import re

from parley.clean.cruft_rules import CompiledRules
from parley.clean.lines import Line

CLOSERS = "\"'”’»)"
HEADLINE_MAX_WORDS = 20
HEADLINE_MIN_WORDS = 5
# A site's name after its headline in a <title>: " : NPR", " | The Post", " - Example News".
_SITE_SUFFIX = re.compile(r"\s{0,2}[:|–—-]\s{1,2}[^\s:|]{1,30}(?:\s[^\s:|]{1,30}){0,4}")
_SITE_TITLE_MIN_WORDS = 4
# What parts a page's title line from the site's name after it ("<headline> | dpa international").
_SITE_SEPARATORS = (" | ", " - ", " — ", " – ")
_SITE_NAME_WORDS = 4
_SITE_KEY_CHARS = 4  # a site's name squashed ("clubofmozambique") long enough to be told in a link
_NAME_LINKS = {"of", "the", "and", "&", "de"}
# A section label in front of the headline ("EXCLUSIVE: X", "Opinion | X"): up to two words before it.
_LABEL = re.compile(r"([^\W\d_]{2,20}(?:\s[^\W\d_]{2,20})?)(?::|\s\|)\s{1,2}(?=\S)")
_HEADLINE_MIN_WORDS = 4
_TITLE_CASE_MIN_WORDS = 6
_END_MARKS = ".?!:;"
_BY_LABEL = ("by:", "by :")
# A site's address opening the line under the headline ("easternwire.eu · Eastern Wire"): where it came from.
_DOMAIN = re.compile(r"(?:www\.)?[a-z0-9-]{1,63}(?:\.[a-z0-9-]{1,63}){0,3}\.[a-z]{2,12}(?![\w.])")
CREDIT_AFTER = re.compile(r"(?<=\.)\s{0,2}\([^()]{2,80}\)\s*$")
# Menus and section kickers part their items with bars or dots ("World | Politics", "Asia · Europe"),
# or with runs of spaces where the page had its links side by side ("Home  Region  Middle East  World").
_MENU = re.compile(r"\||\s[·•]\s")
_GAP = re.compile(r"\s{2,}")
_MENU_ITEMS = 4
_MENU_ITEM_WORDS = 3
# A writer's line without "By": two or three names, then a role or a place after a comma, a bar, a dash or
# "in" (three words more at most); the names after another label ("Author: Jo Roe"); two writers or more.
_NAMES = r"[A-Z][^\W\d_]{1,20}(?:\s[A-Z][^\W\d_'’-]{1,20}){1,2}"
_AUTHOR = re.compile(
    rf"{_NAMES}(?:,|\s[|–—-]|\sin)\s[A-Z][^\W\d_]{{1,20}}(?:\s[A-Z][^\W\d_]{{1,20}}){{0,2}}"
    rf"|(?:Authors?|Story|Words|Text|Reporter|Reported|Writer)(?:\sby)?:?\s{_NAMES}"
    rf"|{_NAMES}(?:,\s{_NAMES}){{0,3}}\s(?:and|&)\s{_NAMES}"
)


def without_site(title: str, texts: list[str], rules: CompiledRules, story: list[str] = ()) -> str:
    """The headline without the site's name that the page's <title> adds ("<headline> : NPR", "<headline> |
    The Post"), when the page also gives the headline alone (its h1) or the name alone (its masthead).

    ``story``: lines of the story, where a name after the headline is its speaker's ("<headline> - Rask" over
    "... Rask said"), part of the headline as a wire writes it."""
    for text in texts:
        rest = title[len(text) :] if len(text) < len(title) and title.startswith(text) else ""
        if _SITE_SUFFIX.fullmatch(rest) and len(text.split()) >= _SITE_TITLE_MIN_WORDS:
            return text
    names = {" ".join(text.split()).lower() for text in texts}
    front = _site_in_front(title, texts, names)
    if front is not None:
        return front
    # A live page's badge line ("Live") names no site: "<headline> – live" keeps its label.
    names -= rules.rules.title_kept_labels
    for sep in _SITE_SEPARATORS:
        head, found, site = title.rpartition(sep)
        if found and len(head.split()) >= _HEADLINE_MIN_WORDS and " ".join(site.split()).lower() in names:
            return head.rstrip()
    # No masthead names it, but a short name in capitals after a long headline is the site's ("<headline> |
    # Valemont Daily"); "<headline> - again" or "– a view from Brenn" goes on in lower case and stays, and so
    # does a clause in title case ("<headline> – Until Now").
    for sep in _SITE_SEPARATORS:
        head, found, site = title.rpartition(sep)
        words = site.split()
        if (
            found
            and len(head.split()) > _HEADLINE_MIN_WORDS
            and 1 <= len(words) <= _SITE_NAME_WORDS
            and words[0][:1].isupper()
            and words[0].lower() not in rules.rules.clause_openers  # "<headline> – And Why It Matters"
            and all(w[:1].isupper() or w.lower() in _NAME_LINKS for w in words)
            and not _speaks(site.strip(), story, rules)
        ):
            return head.rstrip()
    return title


def _site_in_front(title: str, texts: list[str], names: set[str]) -> str | None:
    """The headline after the site's name in front ("<Site> | <headline>", a feed's title line), when the page
    names the site alone (its masthead) or links to it ("URL: https://<site>.com/...")."""
    links = [text.lower() for text in texts if "://" in text or "www." in text]
    for sep in _SITE_SEPARATORS:
        site, found, head = title.partition(sep)
        key = re.sub(r"[^a-z0-9]", "", site.lower())
        if not found or len(head.split()) < _HEADLINE_MIN_WORDS or len(site.split()) > _SITE_NAME_WORDS:
            continue
        linked = len(key) >= _SITE_KEY_CHARS and any(key in t for t in links)
        if linked or " ".join(site.split()).lower() in names:
            return head.strip()
    return None


def _speaks(name: str, story: list[str], rules: CompiledRules) -> bool:
    """``name`` is the subject of a reporting verb in the story ("Rask said ...")."""
    for text in story:
        at = text.find(name + " ")
        while at >= 0:
            if rules.reporting.match(text[at + len(name) + 1 : at + len(name) + 30].lower()):
                return True
            at = text.find(name + " ", at + 1)
    return False


def repeated_head(lines: list[Line], first: int, rules: CompiledRules) -> int | None:
    """The line above the story that the page's title line ("<headline> | <site>") repeats: the headline,
    whatever the lines around it look like (a longer standfirst under it says more of the story)."""
    at = {" ".join(line.text.split()): i for i, line in enumerate(lines[:first])}
    for line in lines[first:]:
        # A print edition's note under the story: "This article appeared ... under the headline "<headline>"".
        printed = rules.printed_head.search(line.text) if len(line.text) <= 400 else None
        if printed is not None and (head := " ".join(printed.group(1).split())) in at:
            return at[head]
    for line in lines[:first]:
        for sep in _SITE_SEPARATORS:
            head = " ".join(line.text.rpartition(sep)[0].split())
            if len(head.split()) >= _HEADLINE_MIN_WORDS and head in at:
                return at[head]
    return None


def without_label(title: str, rules: CompiledRules) -> str:
    """The headline without a section label in front ("EXCLUSIVE: X", "Opinion | X"); "Russia, Ukraine: what
    next" names no section and stays whole, and "Live: X" is the headline of a live page, as "X - live" is."""
    m = _LABEL.match(title)
    if m is None or len(title[m.end() :].split()) < _HEADLINE_MIN_WORDS:
        return title
    label = m.group(1)
    words = label.lower().split()
    if all(w in rules.rules.colon_labels for w in words) and not set(words) & rules.rules.title_kept_labels:
        return title[m.end() :]
    return title


def joined(lines: list[Line], i: int, first: int) -> str:
    """Line ``i`` with the line that continues it, if any."""
    if continues(lines, i, first):
        return f"{lines[i].text.rstrip()} {lines[i + 1].text.strip()}"
    return lines[i].text


def continues(lines: list[Line], best: int, first: int) -> bool:
    """The headline goes on over the next line: it stops on no mark and the next line opens lower-case
    ("Egypt hosts Hamas for second day" / "as Gaza truce hangs by a thread"). A lone word is a label ("by"
    over the writer's name), not the headline's end."""
    if best + 1 >= first:
        return False
    head, nxt = lines[best], lines[best + 1]
    return (
        nxt.reason is None
        and nxt.n_words > 1
        and nxt.text[:1].islower()
        and not nxt.lower.startswith(_BY_LABEL)  # "by: Jo Roe" under the headline is its byline
        and _DOMAIN.match(nxt.text) is None
        and not sentence(nxt)
        and head.text.rstrip().rstrip(CLOSERS)[-1:] not in _END_MARKS
        and head.n_words + nxt.n_words <= HEADLINE_MAX_WORDS
    )


_COPY_NOISE = re.compile(
    r"copyright|©|\(c\)|all rights reserved\.?|\b(?:19|20)[0-9]{2}\b|[-–]|\b(?:inc|ltd|llc|plc|gmbh)\b\.?",
    re.IGNORECASE,
)


def site_name(lines: list[Line], first: int, title: str | None) -> str | None:
    """The outlet's name: from its copyright line, else a masthead label above a section label."""
    for line in lines:
        if line.reason == "copyright" and len(line.text) <= 120:
            name = " ".join(_COPY_NOISE.sub(" ", line.text).split()).strip(" .,|")
            if 1 <= len(name.split()) <= 5 and name[:1].isupper():
                return name
    labels = [line for line in lines[:first] if line.reason == "breadcrumb"]
    if len(labels) >= 2 and labels[0] is lines[0] and title:
        head = labels[0]
        if head.n_words <= 4 and not any(ch in head.text for ch in ">|/›»") and head.cap_ratio == 1.0:
            return head.text
    return None


def sentence(line: Line) -> bool:
    """Two words or more closed by a full stop: a sentence, not a headline; a picture's credit in brackets
    may follow it ("Engineers at the bridge. (Jo Roe/Tarnwire)")."""
    return line.n_words >= 2 and CREDIT_AFTER.sub("", line.text).rstrip(CLOSERS).endswith(".")


def _labelled_head(text: str) -> bool:
    """A headline with its site or its section ("<headline> | <site>", "Opinion | <headline>"): one bar
    between a headline and a short name in capitals.
    A menu's items are all short, and a player's or a ticker's line ("LISTEN LIVE   Radio 98.1 | 103.5 ...")
    has gaps or figures in it."""
    parts = [part.strip() for part in text.split(" | ")]
    if len(parts) != 2 or _GAP.search(text.strip()) or any(_MENU.search(part) for part in parts):
        return False
    said = [part for part in parts if len(part.split()) > _HEADLINE_MIN_WORDS]
    name = [part for part in parts if part not in said]
    return (
        len(said) == 1
        and len(name) == 1
        and len(name[0].split()) <= _SITE_NAME_WORDS
        and name[0][:1].isupper()
        and not any(ch.isdigit() for ch in name[0])
    )


def is_menu(text: str) -> bool:
    """A navigation line: items parted by bars or dots, or four or more short capitalised items parted by
    runs of spaces. A headline reads on with single spaces, whatever its capitals."""
    if _MENU.search(text):
        return not _labelled_head(text)
    items = _GAP.split(text.strip())
    return len(items) >= _MENU_ITEMS and all(
        len(item.split()) <= _MENU_ITEM_WORDS and item[:1].isupper() for item in items
    )


def author_line(line: Line) -> bool:
    """A writer's name with a role or a place and no "By" ("Jo Roe, Correspondent", "Jo Roe in Brenn",
    "Jo Roe | Senior Editor"): the story starts under it, as under a byline."""
    return _AUTHOR.fullmatch(line.text.strip()) is not None


def title_cased(line: Line, rules: CompiledRules) -> bool:
    """Every word but the small ones capitalised ("The Talks Are Stuck on a Map. Here's Why It Matters."): a
    headline in title case, whatever stops it has; a dek or a lead is written in sentence case."""
    if not _TITLE_CASE_MIN_WORDS <= line.n_words <= HEADLINE_MAX_WORDS:
        return False
    words = [w.lstrip("\"'“‘(") for w in line.words]
    minor = rules.rules.title_minor_words
    return all(w[0].isupper() for w in words if w[:1].isalpha() and w.lower() not in minor)


def stacked_head(lines: list[Line], a: int, b: int) -> bool:
    """A headline with its stops ("The talks just hit pause. Here's what that means.") right over its dek: a
    short line with no reporting nor quotation, under no line that could be the headline instead."""
    head = lines[a]
    if b != a + 1 or head.n_words > HEADLINE_MAX_WORDS or head.has_quote or head.in_list:
        return False
    above = lines[a - 1] if a else None
    return above is None or above.reason is not None or above.n_words < _HEADLINE_MIN_WORDS + 1


def asked(line: Line) -> bool:
    """A headline put as a question, taken for a standfirst: short, one sentence, ending in a question."""
    text = line.text.rstrip(CLOSERS)
    return (
        line.reason == "standfirst"
        and text.endswith("?")
        and line.n_words <= HEADLINE_MAX_WORDS
        and not any(mark in text[:-1] for mark in ".?!")
    )


_TAIL_MAX_WORDS = 6  # "Here's what's blocking it.", "Here's what that means for Kyiv."


def explained(line: Line, rules: CompiledRules) -> bool:
    """An explainer's headline: a short statement and a shorter sentence that promises the why or the what
    ("No deal in Brussels. Here's what's blocking it."). It reads as two sentences, as a dek does; a dek
    tells on rather than promising to."""
    if line.n_words > HEADLINE_MAX_WORDS or line.has_quote or line.in_list:
        return False
    head, stop, tail = line.text.strip().rstrip(CLOSERS).rstrip(".?!").rpartition(". ")
    if not stop or len(head.split()) < 3 or len(tail.split()) > _TAIL_MAX_WORDS:
        return False
    return tail.lower().startswith(rules.rules.explainer_tails)


def cased_title(title: str, head: list[str]) -> str:
    """A headline shouted in capitals, as a newsletter sets it, in the case another line above the story gives
    it ("Subject: Briefing: Talks end with a deal" over "TALKS END WITH A DEAL"); else as it stands."""
    if not title.isupper():
        return title
    wanted = title.lower()
    for text in head:
        lower = text.lower()
        at = lower.find(wanted) if len(lower) == len(text) else -1  # lower-casing may change the length
        if at >= 0 and not text[at : at + len(title)].isupper():
            return text[at : at + len(title)]
    return title
