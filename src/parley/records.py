"""The record types of parley's JSON contract, in one place.

Every span is ``(start, end)`` in characters into ``Article.body``, except ``Removed.span``, which indexes
the decoded input document (the body no longer holds removed text).
"""

from __future__ import annotations

from typing import Literal

from pydantic import BaseModel, ConfigDict, Field, model_validator

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
    """A reported statement: what was said (the evidence span as a reader would mark it, and the words),
    the cue that reports it and who said it."""

    text: str = Field(description="the words said: the parts' text joined by single spaces")
    kind: Literal["direct", "indirect", "mixed"]
    content_span: Span = Field(
        description="the content as written: a direct quotation with its marks, an indirect clause from "
        "its 'that'; a quotation interrupted by its attribution runs from the first opening mark to the last "
        "closing one"
    )
    parts: list[Span] = Field(
        default_factory=list,
        description="the words themselves, one span per piece in order (inside the marks, after 'that')",
    )
    cue: Cue | None = None
    speaker: Speaker | None = None

    @model_validator(mode="after")
    def _one_part(self) -> Quote:
        # records written before parts existed: their content_span held the words
        if not self.parts:
            self.parts = [self.content_span]
        return self


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


EventStatus = Literal["occurred", "proposed", "pledged", "requested", "denied", "hypothetical"]


class Participant(_Record):
    """An event's actor or recipient (PLOVER's entity object, cut down): the entity, its country and sector.

    A plain string is accepted where a Participant is expected and taken as its name."""

    entity: str | None = Field(None, description="id of an entry in `entities`; null if not an entity")
    name: str
    country: str | None = Field(None, description="ISO 3166-1 alpha-3")
    sector: str | None = Field(None, description="PLOVER sector code: GOV, MIL, REB, JUD, LEG, CVL ...")
    mention: Mention | None = None

    @model_validator(mode="before")
    @classmethod
    def _from_name(cls, value: object) -> object:
        return {"name": value} if isinstance(value, str) else value


class Event(_Record):
    """Who did what to whom (PLOVER): type, mode and context, with a status (PLOVER's auxiliary modes)."""

    id: str | None = None
    type: str = Field(description="PLOVER event type: AGREE, CONSULT, ... ASSAULT")
    mode: str | None = None
    status: str = Field(description="occurred | proposed | pledged | requested | denied | hypothetical")
    actors: list[Participant] = Field(default_factory=list)
    recipients: list[Participant] = Field(default_factory=list)
    date: str | None = Field(None, description="TIMEX value of the linked date expression")
    date_text: str | None = None
    date_span: Span | None = None
    place: str | None = None
    place_country: str | None = None
    place_span: Span | None = None
    context: list[str] = Field(default_factory=list)
    trigger: Cue | None = None
    span: Span = Field(description="the evidence: [start, end) of the clause that reports the event")
    text: str | None = Field(None, description="the evidence text, body[span]")
    cameo: str | None = Field(None, description="CAMEO root code (two digits) for GDELT/ICEWS users")
    link: str | None = Field(None, description="id of the negotiation process the event belongs to")
    quote: int | None = Field(None, description="index in `quotes` of the quote that reports the event")


# The negotiation extension: the state of each process an article reports (see parley/events/negotiation.py).


class TalksRound(_Record):
    id: str
    number: int | None = None
    status: Literal["held", "proposed", "confirmed", "cancelled"]
    date: str | None = None
    date_text: str | None = None
    venue: str | None = None
    venue_country: str | None = None
    parties: list[Participant] = Field(default_factory=list)
    mediators: list[Participant] = Field(default_factory=list)
    hosts: list[Participant] = Field(default_factory=list)
    awaiting: list[str] = Field(default_factory=list, description="ids of requests this round waits on")
    events: list[str] = Field(default_factory=list)
    evidence: list[Span] = Field(default_factory=list)


class Document(_Record):
    id: str
    kind: str = Field(description="memorandum, proposal, draft, plan, list, ...")
    owner: Participant | None = Field(None, description="whose document it is")
    status: Literal["delivered", "pledged", "received", "requested", "drafted", "rejected"]
    senders: list[Participant] = Field(default_factory=list)
    receivers: list[Participant] = Field(default_factory=list)
    outstanding: bool = Field(False, description="pledged or requested and not yet delivered")
    date: str | None = None
    evidence: list[Span] = Field(default_factory=list)


class Exchange(_Record):
    id: str
    kind: str = Field(description="prisoners, bodies, hostages, detainees, ...")
    status: Literal["proposed", "agreed", "completed", "cancelled"]
    parties: list[Participant] = Field(default_factory=list)
    mediators: list[Participant] = Field(default_factory=list)
    date: str | None = None
    agreed_date: str | None = None
    events: list[str] = Field(default_factory=list)
    evidence: list[Span] = Field(default_factory=list)


class Ceasefire(_Record):
    id: str
    status: Literal["proposed", "agreed", "in_effect", "violated", "rejected", "ended"]
    parties: list[Participant] = Field(default_factory=list)
    mediators: list[Participant] = Field(default_factory=list)
    date: str | None = None
    events: list[str] = Field(default_factory=list)
    evidence: list[Span] = Field(default_factory=list)


class Request(_Record):
    id: str
    by: list[Participant] = Field(default_factory=list)
    to: list[Participant] = Field(default_factory=list)
    what: str = Field(description="what is asked, as written")
    status: Literal["awaiting", "answered", "refused"] = "awaiting"
    date: str | None = None
    events: list[str] = Field(default_factory=list)
    evidence: list[Span] = Field(default_factory=list)


class Negotiation(_Record):
    """One process (a dyad's talks): its parties and mediators and what the article says of its state."""

    id: str
    parties: list[Participant] = Field(default_factory=list)
    mediators: list[Participant] = Field(default_factory=list)
    rounds: list[TalksRound] = Field(default_factory=list)
    documents: list[Document] = Field(default_factory=list)
    exchanges: list[Exchange] = Field(default_factory=list)
    ceasefires: list[Ceasefire] = Field(default_factory=list)
    requests: list[Request] = Field(default_factory=list)
    events: list[str] = Field(default_factory=list)


class Record(_Record):
    """What `parley.extract` returns: the article and everything found in it."""

    article: Article
    entities: list[Entity] = Field(default_factory=list)
    quotes: list[Quote] = Field(default_factory=list)
    dates: list[DateRef] = Field(default_factory=list)
    places: list[Place] = Field(default_factory=list)
    events: list[Event] = Field(default_factory=list)
    negotiation: dict = Field(default_factory=dict)
    errors: list[str] = Field(
        default_factory=list, description="stages that failed on this article (their fields are then empty)"
    )

    def to_json(self, indent: int | None = 2) -> str:
        return self.model_dump_json(indent=indent)
