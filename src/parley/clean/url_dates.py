"""The date in the page's own address, the last resort when neither a stamp nor a dateline dates the story.

Many outlets file a story under /2025/08/07/ in its address, and a scraper's copy may keep that address (at
the top, or in a share line: "Share: https://<site>/press/2025/07/22/<slug>") while no line reads as a stamp.
htmldate reads such addresses in HTML; this reads them in text. Only a full date counts (year, month and day,
or "/2025/Feb-20/": "/2025/03/" is a month's folder, and an image's upload folder says when the picture was
stored), and only where the page's addresses agree, or, when they do not, where one address's words are the
headline's. Addresses in lists of other stories, teasers and comments are theirs, not the page's; an address
alone on a line above the story is the page's own, and so is one under a label such as "Share:" (pubdate.yaml
own_address_labels), with or without its scheme.
"""

from __future__ import annotations

import re

from parley.clean.lines import Line
from parley.pubdate_rules import compiled_pubdate
from parley.written_dates import iso_date, month_number

_OTHERS = frozenset({"related-links", "teaser", "comments", "promo"})
_PICTURES = (".jpg", ".jpeg", ".png", ".gif", ".webp", ".svg", ".avif")
_NAMED = re.compile(r"([A-Za-z]{3,9})-(\d{1,2})")
_MAX_TOKENS = 400  # words a line is looked through for addresses: a story-sized line has none worth reading
# An address written without its scheme ("skycast.example/news/2025/08/27/<slug>", "www.site.example/...").
_BARE = re.compile(r"(?:www\.)?[a-z0-9-]{1,63}(?:\.[a-z0-9-]{1,63}){1,4}/\S", re.IGNORECASE)


def _address_date(token: str) -> tuple[str, set[str]] | None:
    """The full date in one address and the words of its path, or None."""
    path = token.split("://", 1)[-1].split("?", 1)[0].split("#", 1)[0].rstrip(">.,;)\"'")
    if path.lower().endswith(_PICTURES):
        return None
    parts = path.split("/")[1:]
    comp = compiled_pubdate()
    for i in range(len(parts) - 1):
        y, m = parts[i : i + 2]
        if not (len(y) == 4 and y.isdigit() and 1990 <= int(y) <= 2100):
            continue
        if (
            m.isdigit()
            and len(m) <= 2
            and i + 2 < len(parts)
            and parts[i + 2].isdigit()
            and len(parts[i + 2]) <= 2
        ):
            month, day, rest = int(m), int(parts[i + 2]), i + 3
        elif (named := _NAMED.fullmatch(m)) and (month := month_number(named[1], comp)):
            day, rest = int(named[2]), i + 2  # "/2025/Feb-20/": a month's name and the day in one folder
        else:
            continue
        if (found := iso_date(int(y), month, day)) is None:
            continue
        words = {w for p in parts[rest:] for w in p.replace("_", "-").lower().split("-") if len(w) > 3}
        return found, words
    return None


def url_date(lines: list[Line], first: int, title: str | None) -> str | None:
    """The publication date the page's own addresses give, or None. ``first``: the story's first line; an
    address alone on a line above it is the page's own, whatever reason the line was cut for."""
    found: list[tuple[str, set[str]]] = []
    labels = compiled_pubdate().rules.own_address_labels
    for i, line in enumerate(lines):
        own = line.lower.startswith(labels)
        if "://" not in line.text and not own:
            continue
        if line.reason in _OTHERS and not (i < first and len(line.words) == 1) and not own:
            continue
        for token in line.text.split()[:_MAX_TOKENS]:
            address = "://" in token or (own and _BARE.match(token) is not None)
            if address and (got := _address_date(token)) is not None:
                found.append(got)
    dates = {d for d, _ in found}
    if len(dates) == 1:
        return dates.pop()
    if not dates or not title:
        return None
    heads = {w.strip(".,:;!?'\"‘’“”").lower() for w in title.split()}
    named = {d for d, words in found if len(words & heads) >= 2}
    return named.pop() if len(named) == 1 else None
