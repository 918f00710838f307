"""One record across outlets: when two articles name the same person, repeat the same quote or report the
same event. Pure functions over small value types; the store asks them about the candidates it fetched.

The rules lean towards keeping things apart: a wrong merge hides a source from the analyst, a missed one
only shows the same fact twice.
"""

from __future__ import annotations

import re
import unicodedata
from dataclasses import dataclass, field
from datetime import date, timedelta
from difflib import SequenceMatcher

QUOTE_SIMILARITY = 0.8  # token-sequence ratio above which two reports carry the same words
QUOTE_FRAGMENT_WORDS = 5  # a fragment this long found inside a longer report is the same quote
QUOTE_WINDOW_DAYS = 7  # outlets repeat a quote within days, not months
EVENT_WINDOW_DAYS = 3  # "2 June" in one report and "3 June" in another is one meeting
PARTIAL_WINDOW_DAYS = 1  # a report naming only some of the parties must agree more closely on the day

_QUOTE_MARKS = str.maketrans(
    {"\u2018": "'", "\u2019": "'", "\u201c": '"', "\u201d": '"', "\u2014": " ", "\u2013": " "}
)
_NON_WORD = re.compile(r"[^\w\s']+")
_SPACE = re.compile(r"\s+")
_INITIAL = re.compile(r"^[a-z]\.?$")
_POSSESSIVE = ("'s", "\u2019s")


def normalise_text(text: str) -> str:
    """Case, punctuation, quote marks and spacing removed: what outlets change when they copy a quote."""
    text = unicodedata.normalize("NFKC", text).translate(_QUOTE_MARKS).lower()
    text = _NON_WORD.sub(" ", text).replace("'", "")
    return _SPACE.sub(" ", text).strip()


def text_similarity(a: str, b: str) -> float:
    """Similarity of two normalised texts in [0, 1]; a long enough fragment of the other counts as 1."""
    if a == b:
        return 1.0
    ta, tb = a.split(), b.split()
    if not ta or not tb:
        return 0.0
    short, long_ = (a, b) if len(ta) <= len(tb) else (b, a)
    if len(short.split()) >= QUOTE_FRAGMENT_WORDS and f" {short} " in f" {long_} ":
        return 1.0
    return SequenceMatcher(None, ta, tb, autojunk=False).ratio()


def parse_day(value: str | None) -> date | None:
    """The day an ISO value names ("2025-06-02", "2025-06-02T10:00"); None for months, weeks or junk."""
    if not value or len(value) < 10:
        return None
    try:
        return date.fromisoformat(value[:10])
    except ValueError:
        return None


def day_window(value: str | None, days: int) -> tuple[str, str] | None:
    """The ISO bounds [value - days, value + days], for a range query on ISO-text columns."""
    day = parse_day(value)
    if day is None:
        return None
    return (day - timedelta(days=days)).isoformat(), (day + timedelta(days=days)).isoformat()


# -- people and organisations ------------------------------------------------------------------------


def _strip_title(words: list[str]) -> list[str]:
    """ "Kremlin spokesman Dmitry Peskov" -> ["Dmitry", "Peskov"]: titles and honorifics go."""
    from parley.roles import role_rules

    rules = role_rules()
    while len(words) > 1:
        w = words[0]
        lw = w.lower()
        if w[:1].islower() or rules.is_role_word(w) or lw in rules.honorifics or lw.endswith(_POSSESSIVE):
            words = words[1:]
        else:
            break
    return words


def name_words(name: str, type_: str) -> list[str]:
    words = normalise_name(name).split()
    return _strip_title(words) if type_ == "PERSON" else words


def normalise_name(name: str) -> str:
    name = unicodedata.normalize("NFKC", name).translate(_QUOTE_MARKS)
    name = re.sub(r"^(?:the|The)\s+", "", name.strip())
    return _SPACE.sub(" ", name)


def name_key(name: str, type_: str) -> str:
    """The key an alias is looked up by: case and titles removed ("the Kremlin" = "Kremlin")."""
    return " ".join(name_words(name, type_)).lower()


def surname_key(name: str, type_: str) -> str | None:
    """A person's surname, lower-cased; None for anything that is not a person."""
    if type_ != "PERSON":
        return None
    words = name_words(name, type_)
    return words[-1].lower() if words else None


def _given_compatible(a: list[str], b: list[str]) -> bool:
    """ "Dmitry" ~ "Dmitry", "D." ~ "Dmitry", "" ~ anything; "John" !~ "Adam"."""
    if not a or not b:
        return True
    x, y = a[0].lower(), b[0].lower()
    if _INITIAL.match(x) or _INITIAL.match(y):
        return x[0] == y[0]
    return x == y


@dataclass
class EntityInfo:
    """What resolution knows of an entity: from an article (id None) or from the store (id set)."""

    name: str
    type: str
    country: str | None = None
    roles: list[str] = field(default_factory=list)
    aliases: list[str] = field(default_factory=list)
    id: int | None = None


def _person_score(cand: EntityInfo, other: EntityInfo) -> int | None:
    cw, ow = name_words(cand.name, "PERSON"), name_words(other.name, "PERSON")
    if not cw or not ow or cw[-1].lower() != ow[-1].lower():
        return None
    if not _given_compatible(cw[:-1], ow[:-1]):
        return None  # the stored name is the fullest seen, so its given name decides
    score = 1
    if len(cw) > 1 and len(ow) > 1:
        score += 2  # full name on both sides
    roles = {r.lower() for r in cand.roles} & {r.lower() for r in other.roles}
    score += 2 * bool(roles)
    return score


def match_entity(cand: EntityInfo, existing: list[EntityInfo]) -> int | None:
    """The id of the stored entity `cand` names, or None when none does or the choice is ambiguous.

    Two people sharing a surname stay apart when their given names, countries or roles tell them apart;
    a bare surname that fits both is not merged into either.
    """
    key = name_key(cand.name, cand.type)
    scored: list[tuple[int, int]] = []
    for other in existing:
        if other.type != cand.type or other.id is None:
            continue
        if cand.country and other.country and cand.country != other.country:
            continue
        keys = {name_key(a, other.type) for a in [other.name, *other.aliases]}
        if cand.type == "PERSON":
            score = _person_score(cand, other)
            if score is None:
                continue
            score += 3 * (key in keys)
        elif key in keys:
            score = 3
        else:
            continue
        score += bool(cand.country and cand.country == other.country)
        scored.append((score, other.id))
    if not scored:
        return None
    scored.sort(reverse=True)
    if len(scored) > 1 and scored[0][0] == scored[1][0]:
        return None
    return scored[0][1]


def better_name(current: str, new: str, type_: str) -> str:
    """The canonical name to keep: the fuller personal name ("Dmitry Peskov" over "Peskov")."""
    if type_ != "PERSON":
        return current
    cw, nw = name_words(current, type_), name_words(new, type_)
    return " ".join(nw) if len(nw) > len(cw) else current


# -- quotes and events -------------------------------------------------------------------------------


def same_quote(a_norm: str, b_norm: str) -> bool:
    """Two reports of the same speaker's words (the caller has checked the speaker)."""
    return text_similarity(a_norm, b_norm) >= QUOTE_SIMILARITY


@dataclass
class EventKey:
    """What identifies an event across reports: type, who, to whom, when, where."""

    type: str
    actors: frozenset[str]
    recipients: frozenset[str] = frozenset()
    day: date | None = None
    place: str | None = None


def _parties_compatible(a: frozenset[str], b: frozenset[str], required: bool) -> bool:
    if not a or not b:
        return not required or (not a and not b)
    return a <= b or b <= a


def same_event(a: EventKey, b: EventKey, window_days: int = EVENT_WINDOW_DAYS) -> bool:
    """The same event when type agrees, the parties are one side's subset of the other's, the days fall
    within the window and the places do not contradict each other. A report that names only some of the
    parties must also name the place, and fall within a day."""
    if a.type != b.type:
        return False
    if not _parties_compatible(a.actors, b.actors, required=True):
        return False
    if not _parties_compatible(a.recipients, b.recipients, required=False):
        return False
    if a.actors != b.actors or (a.recipients and b.recipients and a.recipients != b.recipients):
        # one report names only some of the parties: it must agree on the place, and closely on the day
        if not (a.place and b.place):
            return False
        window_days = min(window_days, PARTIAL_WINDOW_DAYS)
    if a.day and b.day and abs((a.day - b.day).days) > window_days:
        return False
    return not (a.place and b.place and a.place != b.place)


def place_key(place: str | None) -> str | None:
    return normalise_text(place) or None if place else None
