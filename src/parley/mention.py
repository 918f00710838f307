"""The Mention type shared by the entity, title and merging stages."""

from __future__ import annotations

from dataclasses import dataclass, field

POSSESSIVE = frozenset({"'s", "\u2019s", "'", "\u2019"})


@dataclass
class Mention:
    """One mention: tokens [start, end) of the Doc, what it names, and what the text says about it."""

    start: int
    end: int
    type: str  # PERSON | ORG | COUNTRY | PLACE | GROUP
    key: str  # the name as a key for merging ("Dmitry Peskov", "RUS", "Kremlin")
    role: str | None = None
    country: str | None = None
    via: str = "rule"
    role_tokens: tuple[int, int] | None = None
    extra: dict = field(default_factory=dict)
