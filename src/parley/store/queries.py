"""The read side of the SQL store: quotes, events, entities, the timeline, documents.

Each query narrows by indexed columns first (speaker entity, type, ISO date ranges) and attaches the
sources of the rows it returns in one batched query, so a query costs the same on a large corpus.
"""

from __future__ import annotations

from datetime import date, timedelta
from typing import TYPE_CHECKING, Any

from parley import resolve
from parley.errors import StoreError
from parley.store.base import Row

if TYPE_CHECKING:
    from parley.store.sql import SQLStore

    _Base = SQLStore
else:
    _Base = object


def until_bound(until: str) -> str:
    """The exclusive upper bound of an inclusive ISO `until`: "2025-06" takes all of June."""
    try:
        if len(until) == 4:
            return str(int(until) + 1)
        if len(until) == 7:
            y, m = int(until[:4]), int(until[5:7])
            return f"{y + m // 12:04d}-{m % 12 + 1:02d}"
        return (date.fromisoformat(until[:10]) + timedelta(days=1)).isoformat()
    except ValueError as err:
        raise StoreError(f"{until!r} is not a date", "write it as YYYY-MM-DD, YYYY-MM or YYYY") from err


def _limit(limit: int | None) -> tuple[str, list[Any]]:
    return (" LIMIT ?", [int(limit)]) if limit else ("", [])


def _marks(values: list[Any]) -> str:
    return ", ".join("?" for _ in values)


class QueryMixin(_Base):
    def _entity_ids(self, name: str) -> list[int]:
        """Every entity a user's name could mean: an alias ("Dmitry Peskov", "the Kremlin") or, for one
        word, a surname ("Peskov" finds every Peskov)."""
        keys = sorted({resolve.name_key(name, "PERSON"), resolve.name_key(name, "ORG")})
        sql = f"SELECT entity_id AS id FROM entity_aliases WHERE key IN ({_marks(keys)})"
        args: list[Any] = list(keys)
        if len(resolve.name_words(name, "PERSON")) == 1:
            sql += " UNION SELECT id FROM entities WHERE surname = ?"
            args.append(resolve.surname_key(name, "PERSON"))
        return sorted({r["id"] for r in self._rows(sql, args)})

    def _sources(self, table: str, key: str, ids: list[int], extra: str = "") -> dict[int, list[Row]]:
        out: dict[int, list[Row]] = {i: [] for i in ids}
        if not ids:
            return out
        rows = self._rows(
            f"SELECT s.{key} AS owner, s.document_id, d.site, d.url, d.title, d.published{extra} "
            f"FROM {table} s JOIN documents d ON d.id = s.document_id WHERE s.{key} IN ({_marks(ids)}) "
            "ORDER BY d.published, s.document_id",
            ids,
        )
        for r in rows:
            out[r.pop("owner")].append(r)
        return out

    # -- quotes --------------------------------------------------------------------------------------

    def quotes(
        self,
        speaker: str | None = None,
        since: str | None = None,
        until: str | None = None,
        contains: str | None = None,
        limit: int | None = None,
        *,
        oldest_first: bool = False,
    ) -> list[Row]:
        where: list[str] = []
        args: list[Any] = []
        if speaker:
            ids = self._entity_ids(speaker)
            who = ["q.speaker_key = ?"]
            args.append(resolve.normalise_text(speaker))
            if ids:
                who.insert(0, f"q.speaker_entity_id IN ({_marks(ids)})")
                args[-1:-1] = ids
            where.append("(" + " OR ".join(who) + ")")
        if since:
            where.append("q.first_published >= ?")
            args.append(since)
        if until:
            where.append("q.first_published < ?")
            args.append(until_bound(until))
        if contains:
            clause, more = self._match_quotes(contains)
            where.append(clause)
            args += more
        lim, largs = _limit(limit)
        rows = self._rows(
            "SELECT q.id, q.first_published AS date, coalesce(e.name, q.speaker_name) AS speaker, q.text, "
            "q.kind, "
            "q.n_sources FROM quotes q LEFT JOIN entities e ON e.id = q.speaker_entity_id"
            + (" WHERE " + " AND ".join(where) if where else "")
            + (
                " ORDER BY q.first_published, q.id"
                if oldest_first
                else " ORDER BY q.first_published DESC, q.id DESC"
            )
            + lim,
            args + largs,
        )
        sources = self._sources("quote_sources", "quote_id", [r["id"] for r in rows], ", s.text AS reported")
        for r in rows:
            r["sources"] = sources[r["id"]]
        return rows

    # -- events --------------------------------------------------------------------------------------

    def events(
        self,
        type: str | None = None,
        actor: str | None = None,
        since: str | None = None,
        until: str | None = None,
        limit: int | None = None,
    ) -> list[Row]:
        where: list[str] = []
        args: list[Any] = []
        if type:
            where.append("e.type = ?")
            args.append(type.upper())
        if actor:
            ids = self._entity_ids(actor)
            who = "key = ?" + (f" OR entity_id IN ({_marks(ids)})" if ids else "")
            where.append(f"e.id IN (SELECT event_id FROM event_actors WHERE {who})")
            args += ["n:" + resolve.normalise_text(actor), *ids]
        if since:
            where.append("e.anchor >= ?")
            args.append(since)
        if until:
            where.append("e.anchor < ?")
            args.append(until_bound(until))
        lim, largs = _limit(limit)
        rows = self._rows(
            "SELECT e.id, e.anchor AS date, e.type, e.mode, e.status, e.place, e.n_sources FROM events e"
            + (" WHERE " + " AND ".join(where) if where else "")
            + " ORDER BY e.anchor, e.id"
            + lim,
            args + largs,
        )
        return self._event_details(rows)

    def _event_details(self, rows: list[Row]) -> list[Row]:
        ids = [r["id"] for r in rows]
        parties: dict[tuple[str, int], list[str]] = {}
        if ids:
            for table in ("event_actors", "event_recipients"):
                for p in self._rows(
                    f"SELECT x.event_id, coalesce(en.name, x.name) AS name FROM {table} x "
                    "LEFT JOIN entities en ON en.id = x.entity_id "
                    f"WHERE x.event_id IN ({_marks(ids)}) ORDER BY x.id",
                    ids,
                ):
                    parties.setdefault((table, p["event_id"]), []).append(p["name"])
        sources = self._sources(
            "event_sources", "event_id", ids, ", s.date AS reported_date, s.place AS reported_place, s.status"
        )
        for r in rows:
            r["actors"] = parties.get(("event_actors", r["id"]), [])
            r["recipients"] = parties.get(("event_recipients", r["id"]), [])
            r["sources"] = sources[r["id"]]
            # Disagreements stay visible: every date and place an outlet gave, not one chosen value.
            r["dates"] = sorted({s["reported_date"] for s in r["sources"] if s["reported_date"]})
            r["places"] = sorted({s["reported_place"] for s in r["sources"] if s["reported_place"]})
        return rows

    # -- entities ------------------------------------------------------------------------------------

    def entities(
        self,
        role: str | None = None,
        name: str | None = None,
        type: str | None = None,
        limit: int | None = None,
    ) -> list[Row]:
        where: list[str] = []
        args: list[Any] = []
        if role:
            where.append("e.id IN (SELECT entity_id FROM entity_roles WHERE key LIKE ?)")
            args.append(f"%{role.lower()}%")
        if name:
            ids = self._entity_ids(name)
            where.append(f"e.id IN ({_marks(ids)})" if ids else "1 = 0")
            args += ids
        if type:
            where.append("e.type = ?")
            args.append(type.upper())
        lim, largs = _limit(limit)
        rows = self._rows(
            "SELECT e.id, e.name, e.type, e.country, e.sector, e.n_documents, e.first_seen, e.last_seen "
            "FROM entities e"
            + (" WHERE " + " AND ".join(where) if where else "")
            + " ORDER BY e.n_documents DESC, e.name"
            + lim,
            args + largs,
        )
        ids = [r["id"] for r in rows]
        roles: dict[int, list[Row]] = {i: [] for i in ids}
        aliases: dict[int, list[str]] = {i: [] for i in ids}
        if ids:
            for r in self._rows(
                "SELECT entity_id, role, first_seen, last_seen, n_documents FROM entity_roles "
                f"WHERE entity_id IN ({_marks(ids)}) ORDER BY first_seen, role",
                ids,
            ):
                roles[r.pop("entity_id")].append(r)
            for r in self._rows(
                f"SELECT entity_id, alias FROM entity_aliases WHERE entity_id IN ({_marks(ids)}) ORDER BY id",
                ids,
            ):
                aliases[r["entity_id"]].append(r["alias"])
        for r in rows:
            r["roles"] = roles[r["id"]]
            r["aliases"] = aliases[r["id"]]
        return rows

    # -- timeline, documents, failures ---------------------------------------------------------------

    def timeline(
        self, since: str | None = None, until: str | None = None, limit: int | None = None
    ) -> list[Row]:
        out: list[Row] = []
        since = since or "0000"  # undated reports have no place on a timeline (NULL >= '0000' is not true)
        for e in self.events(since=since, until=until, limit=limit):
            parties = ", ".join(e["actors"]) + (
                " -> " + ", ".join(e["recipients"]) if e["recipients"] else ""
            )
            what = f"{e['type']}{'/' + e['mode'] if e['mode'] else ''} {parties}".strip()
            if e["place"]:
                what += f" in {e['place']}"
            if len(e["dates"]) > 1:
                what += f" (outlets disagree on the date: {', '.join(e['dates'])})"
            out.append(
                {
                    "date": e["date"],
                    "kind": "event",
                    "id": e["id"],
                    "status": e["status"],
                    "what": what,
                    "n_sources": e["n_sources"],
                }
            )
        for q in self.quotes(since=since, until=until, limit=limit, oldest_first=True):
            out.append(
                {
                    "date": q["date"],
                    "kind": "quote",
                    "id": q["id"],
                    "status": q["kind"],
                    "what": f"{q['speaker'] or 'unknown'}: \u201c{q['text']}\u201d",
                    "n_sources": q["n_sources"],
                }
            )
        out.sort(key=lambda r: (r["date"] or "", r["kind"], r["id"]))
        return out[:limit] if limit else out

    def documents(
        self,
        since: str | None = None,
        until: str | None = None,
        contains: str | None = None,
        limit: int | None = None,
    ) -> list[Row]:
        where: list[str] = []
        args: list[Any] = []
        if since:
            where.append("d.published >= ?")
            args.append(since)
        if until:
            where.append("d.published < ?")
            args.append(until_bound(until))
        if contains:
            clause, more = self._match_documents(contains)
            where.append(clause)
            args += more
        lim, largs = _limit(limit)
        return self._rows(
            "SELECT d.id, d.published, d.site, d.title, d.url, d.source, d.hash FROM documents d"
            + (" WHERE " + " AND ".join(where) if where else "")
            + " ORDER BY d.published, d.id"
            + lim,
            args + largs,
        )

    def failures(self) -> list[Row]:
        return self._rows("SELECT source, reason, attempts, failed_at, hash FROM failures ORDER BY id")
