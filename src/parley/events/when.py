"""When and where: the date expression and the place an event's trigger governs in the parse.

Dates come from the dates stage (``doc._.parley_dates``) when it has run. Without it, a small resolver of its
own finds the few kinds of expression that date events in news copy ("on May 16", "late Wednesday", "next
week", "on Sunday") and resolves them against the publication date. Places come from ``doc._.parley_places``
when present, else from the PLACE and COUNTRY entities under "in"/"at" phrases.
"""

from __future__ import annotations

import re
from datetime import date, timedelta

from spacy.tokens import Doc, Token

from parley.columns import cached, doc_text
from parley.records import DateRef

_MONTHS = {
    m: i + 1
    for i, m in enumerate(
        [
            "january",
            "february",
            "march",
            "april",
            "may",
            "june",
            "july",
            "august",
            "september",
            "october",
            "november",
            "december",
        ]
    )
}
_MONTHS.update({m[:3]: i for m, i in list(_MONTHS.items())} | {"sept": 9})
_DAYS = {
    d: i for i, d in enumerate(["monday", "tuesday", "wednesday", "thursday", "friday", "saturday", "sunday"])
}
_MODS = {"late": "END", "early": "START", "mid": "MID"}
_M = (
    r"(?:jan(?:uary)?|feb(?:ruary)?|mar(?:ch)?|apr(?:il)?|may|june?|july?|aug(?:ust)?|sept?(?:ember)?|"
    r"oct(?:ober)?|nov(?:ember)?|dec(?:ember)?)\.?"
)
_PATTERNS = [
    (
        "md",
        re.compile(
            rf"\b(?:(early|mid|late)[- ])?({_M}) (\d{{1,2}})(?:st|nd|rd|th)?(?:,? (\d{{4}}))?\b", re.I
        ),
    ),
    ("dm", re.compile(rf"\b(\d{{1,2}})(?:st|nd|rd|th)? ({_M})(?:,? (\d{{4}}))?\b", re.I)),
    (
        "wd",
        re.compile(
            r"\b(?:(late|early|last|next|this|on) )?(monday|tuesday|wednesday|thursday|friday|saturday|"
            r"sunday)\b",
            re.I,
        ),
    ),
    (
        "rel",
        re.compile(
            r"\b(earlier this|later this|last|next|this|past|coming)\s+(week|month|year|weekend)\b", re.I
        ),
    ),
    ("day", re.compile(r"\b(yesterday|today|tomorrow)\b", re.I)),
    ("my", re.compile(rf"\b(?:(early|mid|late)[- ])?({_M}) (\d{{4}})\b", re.I)),
    ("m", re.compile(rf"\b(?:in|since|by|until|early|mid|late|mid-|end of) ({_M})\b", re.I)),
    ("y", re.compile(r"\b(?:in|since|by|until|of) (\d{4})\b")),
    ("dec", re.compile(r"\b(?:the )?(?:early |mid-|late )?(1[89]\d|20\d)0s\b")),
]


# Words before a weekday in its sentence that put it in the future ("will meet on Friday").
_FUTURE = re.compile(
    r"\b(will|shall|'ll|is due|are due|is to|are to|scheduled|planned|set to|expected to)\b", re.I
)


def _month(word: str) -> int:
    return _MONTHS[word.lower().rstrip(".")]


def _week(d: date) -> str:
    y, w, _ = d.isocalendar()
    return f"{y}-W{w:02d}"


def find_dates(text: str, published: str | None) -> list[DateRef]:
    """Date expressions in ``text`` resolved against ``published`` (a fallback for the dates stage)."""
    try:
        anchor = date.fromisoformat(published) if published else None
    except ValueError:
        anchor = None
    out: list[DateRef] = []
    taken: list[tuple[int, int]] = []
    for kind, rx in _PATTERNS:
        for m in rx.finditer(text):
            if any(s < m.end() and m.start() < e for s, e in taken):
                continue
            sentence_start = max(text.rfind(". ", 0, m.start()), text.rfind("\n", 0, m.start())) + 1
            future = bool(_FUTURE.search(text, sentence_start, m.start()))
            ref = _resolve(kind, m, anchor, future)
            if ref is None:
                continue
            start = m.start() if kind not in {"m", "y"} else m.start(1)
            if kind == "wd" and (m.group(1) or "").lower() == "on":
                start = m.start(2)
            value, mod = ref
            out.append(
                DateRef(text=text[start : m.end()], span=(start, m.end()), value=value, type="DATE", mod=mod)
            )
            taken.append((start, m.end()))
    return sorted(out, key=lambda r: r.span)


def _resolve(
    kind: str, m: re.Match, anchor: date | None, future: bool = False
) -> tuple[str | None, str | None] | None:
    year = anchor.year if anchor else None
    if kind == "md":
        mod, mon, day, y = m.group(1), _month(m.group(2)), int(m.group(3)), m.group(4)
        return _ymd(int(y) if y else year, mon, day, anchor), _MODS.get((mod or "").lower())
    if kind == "dm":
        day, mon, y = int(m.group(1)), _month(m.group(2)), m.group(3)
        return _ymd(int(y) if y else year, mon, day, anchor), None
    if kind == "my":
        return f"{int(m.group(3)):04d}-{_month(m.group(2)):02d}", _MODS.get((m.group(1) or "").lower())
    if kind == "m":
        mon = _month(m.group(1))
        if year is None:
            return f"XXXX-{mon:02d}", None
        y = year - 1 if anchor and mon > anchor.month + 1 else year
        return f"{y:04d}-{mon:02d}", None
    if kind == "y":
        return m.group(1), None
    if kind == "dec":
        return f"{m.group(1)}X", None
    if anchor is None:
        return None, None
    if kind == "wd":
        word, wd = (m.group(1) or "").lower(), _DAYS[m.group(2).lower()]
        delta = (anchor.weekday() - wd) % 7
        if word == "next":
            d = anchor + timedelta(days=(wd - anchor.weekday()) % 7 or 7)
        elif future and word != "last":
            d = anchor + timedelta(days=(wd - anchor.weekday()) % 7)
        elif word == "last" and delta == 0:
            d = anchor - timedelta(days=7)
        else:
            d = anchor - timedelta(days=delta)
        return d.isoformat(), _MODS.get(word)
    if kind == "day":
        shift = {"yesterday": -1, "today": 0, "tomorrow": 1}[m.group(1).lower()]
        return (anchor + timedelta(days=shift)).isoformat(), None
    rel, unit = m.group(1).lower().split()[0], m.group(2).lower()
    step = {"last": -1, "past": -1, "next": 1, "coming": 1}.get(rel, 0)
    if unit in {"week", "weekend"}:
        return _week(anchor + timedelta(weeks=step)), None
    if unit == "month":
        y, mth = divmod(anchor.year * 12 + anchor.month - 1 + step, 12)
        return f"{y:04d}-{mth + 1:02d}", None
    return f"{anchor.year + step:04d}", None


def _ymd(year: int | None, month: int, day: int, anchor: date | None) -> str | None:
    if year is None:
        return f"XXXX-{month:02d}-{day:02d}"
    try:
        d = date(year, month, day)
    except ValueError:
        return None
    if anchor and d - anchor > timedelta(days=183):
        d = d.replace(year=year - 1)  # "December 12" in a January report
    return d.isoformat()


def dates_of(doc: Doc) -> list[DateRef]:
    """The dates stage's expressions, else the fallback's (computed once per Doc)."""
    stage = getattr(doc._, "parley_dates", None)
    if stage:
        return [d for d in stage if d.type == "DATE" and d.value]
    published = doc.user_data.get("parley_published")
    return cached(
        doc, "parley_events_dates", lambda: [d for d in find_dates(doc_text(doc), published) if d.value]
    )


def tokens_of(doc: Doc, span: tuple[int, int]) -> list[Token]:
    cs = doc.char_span(span[0], span[1], alignment_mode="expand")
    return list(cs) if cs is not None else []


_NOUN_MODS = frozenset({"compound", "nummod", "amod", "nmod", "nmod:unmarked", "nmod:poss"})
_TIME_WORDS = frozenset({"week", "month", "year", "weekend", "day", "morning", "evening", "night"})
_CLAUSAL = frozenset({"ROOT", "advcl", "ccomp", "xcomp", "acl", "acl:relcl", "csubj", "parataxis"})


def owner(tok: Token, triggers: set[int]) -> Token | None:
    """The trigger or verb that a date or place token hangs from: climb until one is reached."""
    head = tok.head
    # "talks on the programme in Muscat on Sunday": a day hung after a noun is the parser's attachment; it
    # dates the clause, not the noun ("the 1990 declaration" and "the vote of 1990" keep theirs)
    trailing_day = tok.i > head.i and tok.dep_ == "nmod" and any(
        ch.dep_ == "case" and ch.lower_ == "on" for ch in tok.children)
    if tok.dep_ in _NOUN_MODS and head.pos_ in {"NOUN", "PROPN"} and head.i not in triggers and not (
        head.dep_.startswith("obl") or head.lower_ in _TIME_WORDS or trailing_day
    ):
        return head  # "the 1990 declaration", "Russia's 2022 invasion": the noun's own date
    cur, hops = tok, 0
    while cur.head.i != cur.i and hops < 6:
        cur = cur.head
        hops += 1
        if cur.i in triggers or cur.pos_ in {"VERB", "AUX"} or cur.dep_ in _CLAUSAL:
            return cur
    return cur


def is_after(value: str | None, published: str | None) -> bool:
    """Whether a TIMEX value lies wholly after the publication date."""
    if not value or not published:
        return False
    try:
        pub = date.fromisoformat(published)
    except ValueError:
        return False
    if re.fullmatch(r"\d{4}-\d{2}-\d{2}", value):
        return date.fromisoformat(value) > pub
    if m := re.fullmatch(r"(\d{4})-W(\d{2})", value):
        monday = date.fromisocalendar(int(m.group(1)), int(m.group(2)), 1)
        return monday > pub
    if m := re.fullmatch(r"(\d{4})-(\d{2})", value):
        return (int(m.group(1)), int(m.group(2))) > (pub.year, pub.month)
    return False


def is_long_before(value: str | None, published: str | None, days: int = 365) -> bool:
    """Whether a TIMEX value ends more than ``days`` before publication (a decade "199X" ends with it)."""
    if not value or not published or not re.match(r"\d{3}", value):
        return False
    try:
        pub = date.fromisoformat(published)
    except ValueError:
        return False
    if re.fullmatch(r"\d{3}X", value):
        end = date(int(value[:3]) * 10 + 9, 12, 31)
    elif m := re.fullmatch(r"(\d{4})-(\d{2})-(\d{2})", value):
        end = date(int(m.group(1)), int(m.group(2)), int(m.group(3)))
    elif m := re.fullmatch(r"(\d{4})-(\d{2})", value):
        y, mth = int(m.group(1)), int(m.group(2))
        end = date(y + (mth == 12), mth % 12 + 1, 1) - timedelta(days=1)
    elif re.fullmatch(r"\d{4}", value):
        end = date(int(value), 12, 31)
    else:
        return False
    return (pub - end).days > days
