"""Merging what one article reports into the corpus: its quotes and events joined to the same quote or
event already reported by other outlets (the rules are in `parley.resolve`), each report kept as a source.

The record is read tolerantly, because the quote, date and event stages are still growing their fields:
an actor may be an entity id, a name or an object; a date or place a string or an object.
"""

from __future__ import annotations

import json
from typing import TYPE_CHECKING, Any

from parley import resolve
from parley.resolve import EventKey

if TYPE_CHECKING:
    from parley.store.sql import SQLStore


def dumps(value: Any) -> str | None:
    return None if value in (None, [], {}) else json.dumps(value, ensure_ascii=False, sort_keys=True)


def span_of(value: Any) -> tuple[int | None, int | None]:
    if isinstance(value, list | tuple) and len(value) == 2:
        return value[0], value[1]
    return None, None


def scalar(value: Any, *keys: str) -> str | None:
    """A date or place given as text, or as an object holding it under one of `keys`."""
    if isinstance(value, dict):
        for k in keys:
            if value.get(k):
                return str(value[k])
        return None
    if isinstance(value, list):
        return ",".join(str(v) for v in value) or None
    return str(value) if value not in (None, "") else None


def earliest(a: str | None, b: str | None) -> str | None:
    return min(x for x in (a, b) if x) if a or b else None


def latest(a: str | None, b: str | None) -> str | None:
    return max(x for x in (a, b) if x) if a or b else None


class MergeWriter:
    """The quote and event half of `DocumentWriter`."""

    st: SQLStore
    doc_id: int
    published: str | None
    local: dict[str, int]

    def party(self, ref: Any) -> tuple[int | None, str, str] | None:
        raise NotImplementedError

    def lookup(self, local_id: Any, name: str | None) -> int | None:
        raise NotImplementedError

    # -- quotes --------------------------------------------------------------------------------------

    def quotes(self, quotes: list[dict]) -> None:
        sourced: set[int] = set()
        for q in quotes:
            norm = resolve.normalise_text(q.get("text") or "")
            if not norm:
                continue
            sp = q.get("speaker") or {}
            name = sp.get("name") or None
            # a speaker the quote stage left unlinked ("said Djuric") is still the article's Marko Djuric
            gid = self.lookup(sp.get("entity"), name)
            skey = resolve.normalise_text(name) if name and gid is None else None
            qid = self._find_quote(norm, gid, skey)
            if qid is None:
                qid = self.st._id(
                    "INSERT INTO quotes (text, norm, kind, speaker_entity_id, speaker_name, speaker_key, "
                    "first_published, last_published, n_sources) VALUES (?, ?, ?, ?, ?, ?, ?, ?, 0) "
                    "RETURNING id",
                    (q["text"], norm, q.get("kind"), gid, name, skey, self.published, self.published),
                )
            assert qid is not None
            if qid in sourced:
                continue  # the article repeats itself: still one source
            sourced.add(qid)
            start, end = span_of(q.get("content_span"))
            self.st._run(
                "INSERT INTO quote_sources (quote_id, document_id, text, kind, start_char, end_char, cue, "
                "speaker_name, published, data) VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?)",
                (
                    qid,
                    self.doc_id,
                    q["text"],
                    q.get("kind"),
                    start,
                    end,
                    scalar(q.get("cue"), "text"),
                    name,
                    self.published,
                    dumps(q),
                ),
            )
            row = self.st._row("SELECT first_published, last_published FROM quotes WHERE id = ?", (qid,))
            assert row is not None
            self.st._run(
                "UPDATE quotes SET n_sources = n_sources + 1, first_published = ?, last_published = ? "
                "WHERE id = ?",
                (
                    earliest(row["first_published"], self.published),
                    latest(row["last_published"], self.published),
                    qid,
                ),
            )

    def _find_quote(self, norm: str, gid: int | None, skey: str | None) -> int | None:
        if gid is not None:
            who, arg = "speaker_entity_id = ?", gid
        elif skey:
            who, arg = "speaker_key = ?", skey
        else:
            row = self.st._row(
                "SELECT id FROM quotes WHERE norm = ? AND speaker_entity_id IS NULL AND speaker_key IS NULL",
                (norm,),
            )
            return None if row is None else row["id"]
        window = resolve.day_window(self.published, resolve.QUOTE_WINDOW_DAYS)
        if window:
            cands = self.st._rows(
                f"SELECT id, norm FROM quotes WHERE {who} AND first_published <= ? AND last_published >= ?",
                (arg, window[1], window[0]),
            )
        else:
            cands = self.st._rows(f"SELECT id, norm FROM quotes WHERE {who} AND norm = ?", (arg, norm))
        best = max(((resolve.text_similarity(norm, c["norm"]), c["id"]) for c in cands), default=None)
        return best[1] if best and best[0] >= resolve.QUOTE_SIMILARITY else None

    # -- events --------------------------------------------------------------------------------------

    def events(self, events: list[dict]) -> None:
        sourced: set[int] = set()
        for ev in events:
            if not ev.get("type"):
                continue
            actors = [p for p in map(self.party, ev.get("actors") or []) if p]
            recipients = [p for p in map(self.party, ev.get("recipients") or []) if p]
            date = scalar(ev.get("date"), "value", "text")
            place = scalar(ev.get("place"), "name", "text")
            day = resolve.parse_day(date) or resolve.parse_day(self.published)
            key = EventKey(
                ev["type"],
                frozenset(p[2] for p in actors),
                frozenset(p[2] for p in recipients),
                day,
                resolve.place_key(place),
            )
            eid = self._find_event(key)
            if eid is None:
                eid = self.st._id(
                    "INSERT INTO events (type, mode, status, date, anchor, place, first_published, "
                    "n_sources) "
                    "VALUES (?, ?, ?, ?, ?, ?, ?, 0) RETURNING id",
                    (
                        ev["type"],
                        scalar(ev.get("mode")),
                        ev.get("status"),
                        date,
                        day and day.isoformat(),
                        place,
                        self.published,
                    ),
                )
            assert eid is not None
            for table, parties in (("event_actors", actors), ("event_recipients", recipients)):
                for gid, name, pkey in parties:
                    self.st._run(
                        f"INSERT INTO {table} (event_id, entity_id, name, key) VALUES (?, ?, ?, ?) "
                        "ON CONFLICT (event_id, key) DO NOTHING",
                        (eid, gid, name, pkey),
                    )
            if eid in sourced:
                continue
            sourced.add(eid)
            start, end = span_of(ev.get("span"))
            self.st._run(
                "INSERT INTO event_sources (event_id, document_id, type, mode, status, date, place, "
                "start_char, "
                "end_char, published, data) VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)",
                (
                    eid,
                    self.doc_id,
                    ev["type"],
                    scalar(ev.get("mode")),
                    ev.get("status"),
                    date,
                    place,
                    start,
                    end,
                    self.published,
                    dumps(ev),
                ),
            )
            self.st._run(
                "UPDATE events SET n_sources = n_sources + 1, date = coalesce(date, ?), "
                "place = coalesce(place, ?) WHERE id = ?",
                (date, place, eid),
            )

    def _find_event(self, key: EventKey) -> int | None:
        if key.day is not None:
            lo, hi = resolve.day_window(key.day.isoformat(), resolve.EVENT_WINDOW_DAYS) or ("", "")
            cands = self.st._rows(
                "SELECT id, anchor, place FROM events WHERE type = ? AND anchor BETWEEN ? AND ?",
                (key.type, lo, hi),
            )
        else:
            cands = self.st._rows(
                "SELECT id, anchor, place FROM events WHERE type = ? AND anchor IS NULL", (key.type,)
            )
        if not cands:
            return None
        ids = [c["id"] for c in cands]
        marks = ", ".join("?" for _ in ids)
        parties: dict[tuple[str, int], set[str]] = {}
        for table in ("event_actors", "event_recipients"):
            for r in self.st._rows(f"SELECT event_id, key FROM {table} WHERE event_id IN ({marks})", ids):
                parties.setdefault((table, r["event_id"]), set()).add(r["key"])
        best: tuple[int, int] | None = None
        for c in cands:
            other = EventKey(
                key.type,
                frozenset(parties.get(("event_actors", c["id"]), ())),
                frozenset(parties.get(("event_recipients", c["id"]), ())),
                resolve.parse_day(c["anchor"]),
                resolve.place_key(c["place"]),
            )
            if resolve.same_event(key, other):
                gap = abs((key.day - other.day).days) if key.day and other.day else 0
                if best is None or gap < best[0]:
                    best = (gap, c["id"])
        return best[1] if best else None
