"""The record types of parley's JSON contract, in one place.

Every span is ``(start, end)`` in characters into ``Article.body``, except ``Removed.span``, which indexes
the decoded input document (the body no longer holds removed text).
"""

from __future__ import annotations

from typing import Literal

from pydantic import BaseModel, ConfigDict, Field

Span = tuple[int, int]
EntityType = Literal["PERSON", "ORG", "COUNTRY", "PLACE", "GROUP"]
PublishedSource = Literal["metadata", "text", "argument", "inferred"]


class _Record(BaseModel):
    model_config = ConfigDict(extra="forbid")


class Removed(_Record):
    """A piece of the input that is not story text, and why it was dropped."""

    span: Span | None = Field(description="[start, end) into the decoded input; null if it cannot be located")
    reason: str
    text: str


class Article(_Record):
    title: str | None = None
    published: str | None = Field(None, description="ISO date YYYY-MM-DD")
    published_source: PublishedSource | None = None
    site: str | None = None
    byline: str | None = None
    dateline: str | None = None
    url: str | None = None
    body: str
    removed: list[Removed] = Field(default_factory=list)


class Entity(_Record):
    id: str
    name: str
    type: EntityType
    roles: list[str] = Field(default_factory=list)
    country: str | None = Field(None, description="ISO 3166-1 alpha-3")
    mentions: list[Span] = Field(default_factory=list)


class Cue(_Record):
    text: str
    span: Span


class Mention(_Record):
    text: str
    span: Span


class Speaker(_Record):
    entity: str | None = Field(None, description="id of an entry in `entities`; null if anonymous/unresolved")
    name: str
    mention: Mention | None = None


class Quote(_Record):
    text: str
    kind: Literal["direct", "indirect", "mixed"]
    content_span: Span
    cue: Cue | None = None
    speaker: Speaker | None = None


class DateRef(_Record):
    text: str
    span: Span
    value: str | None
    type: Literal["DATE", "TIME", "DURATION", "SET"]
    mod: str | None = None


class Place(_Record):
    text: str
    span: Span
    name: str
    country: str | None = None
    lat: float | None = None
    lon: float | None = None
    geonameid: int | None = None


class Event(_Record):
    type: str
    mode: str | None = None
    status: str
    actors: list[str] = Field(default_factory=list)
    recipients: list[str] = Field(default_factory=list)
    date: str | None = None
    place: str | None = None
    span: Span


class Record(_Record):
    """What `parley.extract` returns: the article and everything found in it."""

    article: Article
    entities: list[Entity] = Field(default_factory=list)
    quotes: list[Quote] = Field(default_factory=list)
    dates: list[DateRef] = Field(default_factory=list)
    places: list[Place] = Field(default_factory=list)
    events: list[Event] = Field(default_factory=list)
    negotiation: dict = Field(default_factory=dict)

    def to_json(self, indent: int | None = 2) -> str:
        return self.model_dump_json(indent=indent)
