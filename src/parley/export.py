"""One place that turns a processed Doc (and the cleaning result) into parley's record types."""

from __future__ import annotations

from spacy.tokens import Doc

from parley.clean import Cleaned
from parley.columns import doc_text
from parley.coref import EntityCluster
from parley.mention import Mention
from parley.records import Article, Entity, Record


def char_span(doc: Doc, m: Mention) -> tuple[int, int]:
    last = doc[m.end - 1]
    return doc[m.start].idx, last.idx + len(last.text)


def entity_record(doc: Doc, c: EntityCluster) -> Entity:
    spans = sorted({char_span(doc, m) for m in c.mentions})
    return Entity(id=c.id, name=c.name, type=c.type, roles=c.roles, country=c.country, mentions=spans)


def to_record(doc: Doc, cleaned: Cleaned, published: str | None, published_source: str | None) -> Record:
    article = Article(
        title=cleaned.title,
        published=published,
        published_source=published_source,
        site=cleaned.site,
        byline=cleaned.byline,
        dateline=cleaned.dateline,
        url=cleaned.url,
        body=doc_text(doc),
        removed=cleaned.removed,
    )
    clusters = doc._.parley_entities or []
    return Record(
        article=article,
        entities=[entity_record(doc, c) for c in clusters],
        quotes=doc._.parley_quotes or [],
        dates=doc._.parley_dates or [],
        places=doc._.parley_places or [],
        events=doc._.parley_events or [],
        negotiation=doc._.parley_negotiation or {},
        errors=list(doc.user_data.get("parley_errors", [])),
    )
