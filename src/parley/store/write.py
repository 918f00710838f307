"""Writing one extracted document, merging what it reports into what the corpus already holds.

Called by `SQLStore.add_document` inside one transaction: a crash leaves no half document. The record
arrives as plain JSON (the contract in the README); entities are resolved here, quotes and events merged
in `parley.store.merging`.
"""

from __future__ import annotations

import json
from typing import TYPE_CHECKING, Any
from urllib.parse import urlsplit

from parley import resolve
from parley.resolve import EntityInfo
from parley.store.merging import MergeWriter, dumps, earliest, latest, span_of

if TYPE_CHECKING:
    from parley.store.base import DocumentMeta
    from parley.store.sql import SQLStore


class DocumentWriter(MergeWriter):
    """Writes one document's rows; `local` maps the article's entity ids (E1) to corpus entities."""

    def __init__(self, st: SQLStore, doc_id: int, body: str, published: str | None) -> None:
        self.st, self.doc_id, self.body, self.published = st, doc_id, body, published
        self.local: dict[str, int] = {}  # the article's entity id (E1) -> the corpus entity id
        self.by_key: dict[str, int] = {}  # any name the article used for an entity -> corpus id
        self.by_surname: dict[str, set[int]] = {}  # the article's people by surname

    # -- entities ------------------------------------------------------------------------------------

    def entities(self, entities: list[dict]) -> None:
        seen: set[int] = set()
        seen_roles: set[tuple[int, str]] = set()
        mention_rows = []
        for ent in entities:
            gid = self._entity(ent)
            if gid not in seen:
                self._count_document(gid)
                seen.add(gid)
            for role in (r.strip() for r in ent.get("roles") or []):
                if role and (gid, role.lower()) not in seen_roles:
                    seen_roles.add((gid, role.lower()))
                    self._role(gid, role)
            self.local[ent["id"]] = gid
            self.by_key[resolve.name_key(ent["name"], ent["type"])] = gid
            if surname := resolve.surname_key(ent["name"], ent["type"]):
                self.by_surname.setdefault(surname, set()).add(gid)
            for start, end in (tuple(m) for m in ent.get("mentions") or []):
                text = self.body[start:end]
                self.by_key.setdefault(resolve.name_key(text, ent["type"]), gid)
                mention_rows.append((self.doc_id, gid, ent["id"], text, start, end))
        if mention_rows:
            self.st._many(
                "INSERT INTO mentions (document_id, entity_id, local_id, text, start_char, end_char) "
                "VALUES (?, ?, ?, ?, ?, ?)",
                mention_rows,
            )

    def _candidates(self, type_: str, key: str, surname: str | None) -> list[EntityInfo]:
        rows = self.st._rows(
            "SELECT id, name, type, country, aliases FROM entities WHERE type = ? AND "
            "(id IN (SELECT entity_id FROM entity_aliases WHERE key = ?) OR surname = ?)",
            (type_, key, surname),
        )
        if not rows:
            return []
        ids = [r["id"] for r in rows]
        roles: dict[int, list[str]] = {}
        marks = ", ".join("?" for _ in ids)
        for r in self.st._rows(f"SELECT entity_id, role FROM entity_roles WHERE entity_id IN ({marks})", ids):
            roles.setdefault(r["entity_id"], []).append(r["role"])
        return [
            EntityInfo(
                r["name"],
                r["type"],
                r["country"],
                roles.get(r["id"], []),
                json.loads(r["aliases"] or "[]"),
                r["id"],
            )
            for r in rows
        ]

    def _entity(self, ent: dict) -> int:
        name, type_ = ent["name"], ent["type"]
        country, roles = ent.get("country"), list(ent.get("roles") or [])
        key, surname = resolve.name_key(name, type_), resolve.surname_key(name, type_)
        cands = self._candidates(type_, key, surname)
        gid = resolve.match_entity(EntityInfo(name, type_, country, roles), cands)
        if gid is None:
            canonical = " ".join(resolve.name_words(name, type_)) or name
            gid = self.st._id(
                "INSERT INTO entities (name, type, country, sector, surname, aliases, first_seen, last_seen, "
                "n_documents) VALUES (?, ?, ?, ?, ?, ?, ?, ?, 0) RETURNING id",
                (
                    canonical,
                    type_,
                    country,
                    ent.get("sector"),
                    surname,
                    json.dumps([name]),
                    self.published,
                    self.published,
                ),
            )
        else:
            cur = next(c for c in cands if c.id == gid)
            aliases = cur.aliases if name in cur.aliases else [*cur.aliases, name]
            self.st._run(
                "UPDATE entities SET name = ?, country = coalesce(country, ?), sector = coalesce(sector, ?), "
                "aliases = ? WHERE id = ?",
                (
                    resolve.better_name(cur.name, name, type_),
                    country,
                    ent.get("sector"),
                    json.dumps(aliases),
                    gid,
                ),
            )
        assert gid is not None
        self.st._run(
            "INSERT INTO entity_aliases (entity_id, alias, key) VALUES (?, ?, ?) "
            "ON CONFLICT (entity_id, key) DO NOTHING",
            (gid, name, key),
        )
        return gid

    def _count_document(self, gid: int) -> None:
        row = self.st._row("SELECT first_seen, last_seen FROM entities WHERE id = ?", (gid,))
        assert row is not None
        self.st._run(
            "UPDATE entities SET n_documents = n_documents + 1, first_seen = ?, last_seen = ? WHERE id = ?",
            (earliest(row["first_seen"], self.published), latest(row["last_seen"], self.published), gid),
        )

    def _role(self, gid: int, role: str) -> None:
        """A role with the dates it was seen: "foreign minister" from 2025-03-01 to 2025-06-02."""
        self.st._run(
            "INSERT INTO entity_roles (entity_id, role, key, first_seen, last_seen, n_documents) "
            "VALUES (?, ?, ?, ?, ?, 1) ON CONFLICT (entity_id, key) DO UPDATE SET "
            "n_documents = entity_roles.n_documents + 1, "
            "first_seen = CASE WHEN entity_roles.first_seen IS NULL OR excluded.first_seen < "
            "entity_roles.first_seen THEN excluded.first_seen ELSE entity_roles.first_seen END, "
            "last_seen = CASE WHEN entity_roles.last_seen IS NULL OR excluded.last_seen > "
            "entity_roles.last_seen THEN excluded.last_seen ELSE entity_roles.last_seen END",
            (gid, role, role.lower(), self.published, self.published),
        )

    def lookup(self, local_id: Any, name: str | None) -> int | None:
        """The corpus entity a party or speaker refers to: by the article's entity id, else by a name the
        article used for one of its entities (or the surname of one of its people), else by an alias only
        one stored entity has."""
        gid = self.local.get(local_id) if isinstance(local_id, str) else None
        if gid is not None or not name:
            return gid
        gid = self.local.get(name)  # an entity id given where a name was expected ("E3")
        if gid is None:
            gid = self.by_key.get(resolve.name_key(name, "PERSON")) or self.by_key.get(
                resolve.name_key(name, "ORG")
            )
        people = self.by_surname.get(resolve.name_key(name, "PERSON"), set())
        if gid is None and len(people) == 1:
            gid = next(iter(people))  # "said Djuric" where the article names only Marko Djuric
        if gid is None:
            rows = self.st._rows(
                "SELECT DISTINCT entity_id FROM entity_aliases WHERE key = ?",
                (resolve.name_key(name, "ORG"),),
            )
            gid = rows[0]["entity_id"] if len(rows) == 1 else None
        return gid

    def party(self, ref: Any) -> tuple[int | None, str, str] | None:
        """An event's actor or recipient -> (corpus entity id or None, name, merge key)."""
        if isinstance(ref, dict):
            local_id = ref.get("entity") or ref.get("id")
            name = ref.get("name") or ref.get("entity_name") or ref.get("text") or local_id
        else:
            local_id = name = ref
        if not name:
            return None
        gid = self.lookup(local_id, str(name))
        if gid is not None and isinstance(ref, dict) and ref.get("sector"):
            # the event stage knows a party's sector (GOV, MIL ...); the entity stage does not
            sql = "UPDATE entities SET sector = coalesce(sector, ?) WHERE id = ?"
            self.st._run(sql, (ref["sector"], gid))
        key = f"e{gid}" if gid is not None else "n:" + resolve.normalise_text(str(name))
        return gid, str(name), key

    # -- the rest ------------------------------------------------------------------------------------

    def dates_places_negotiation(self, data: dict) -> None:
        rows = [
            (self.doc_id, d.get("text"), *span_of(d.get("span")), d.get("value"), d.get("type"), d.get("mod"))
            for d in data.get("dates") or []
        ]
        if rows:
            self.st._many(
                "INSERT INTO dates (document_id, text, start_char, end_char, value, type, mod) "
                "VALUES (?, ?, ?, ?, ?, ?, ?)",
                rows,
            )
        rows = [
            (
                self.doc_id,
                p.get("text"),
                *span_of(p.get("span")),
                p.get("name"),
                p.get("country"),
                p.get("lat"),
                p.get("lon"),
                p.get("geonameid"),
            )
            for p in data.get("places") or []
        ]
        if rows:
            self.st._many(
                "INSERT INTO places (document_id, text, start_char, end_char, name, country, lat, lon, "
                "geonameid) VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?)",
                rows,
            )
        if data.get("negotiation"):
            self.st._run(
                "INSERT INTO negotiations (document_id, data) VALUES (?, ?)",
                (self.doc_id, dumps(data["negotiation"])),
            )


def write_document(st: SQLStore, data: dict, meta: DocumentMeta) -> int | None:
    art = data["article"]
    published = art.get("published") or meta.published
    url = meta.url or art.get("url")
    site = meta.site or art.get("site") or (urlsplit(url).hostname if url else None)
    from parley.store.sql import now_iso

    doc_id = st._id(
        "INSERT INTO documents (hash, source, url, site, title, published, published_source, byline, "
        "dateline, "
        "body, removed, ingested) VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?) "
        "ON CONFLICT (hash) DO NOTHING RETURNING id",
        (
            meta.hash,
            meta.source,
            url,
            site,
            art.get("title") or meta.title,
            published,
            art.get("published_source"),
            art.get("byline"),
            art.get("dateline"),
            art["body"],
            dumps(art.get("removed")),
            now_iso(),
        ),
    )
    if doc_id is None:
        return None
    st._run("DELETE FROM failures WHERE source = ?", (meta.source,))
    w = DocumentWriter(st, doc_id, art["body"], published)
    w.entities(data.get("entities") or [])
    w.quotes(data.get("quotes") or [])
    w.events(data.get("events") or [])
    w.dates_places_negotiation(data)
    return doc_id
