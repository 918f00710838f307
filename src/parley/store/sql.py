"""What SQLite and PostgreSQL share: the SQL behind `Store`, written once with `?` placeholders.

A backend supplies a connection, a transaction, and the few clauses the two dialects write differently
(full-text search). Both support `INSERT ... ON CONFLICT ... RETURNING`, which the writer relies on.
"""

from __future__ import annotations

from abc import abstractmethod
from collections.abc import Iterable, Iterator
from contextlib import AbstractContextManager
from datetime import UTC, datetime
from pathlib import Path
from typing import Any

from parley.errors import StoreError
from parley.records import Record
from parley.store.base import DocumentMeta, Row, Store
from parley.store.queries import QueryMixin
from parley.store.schema import MIGRATIONS, SCHEMA_VERSION_DDL, TABLE_ORDER, Dialect


def now_iso() -> str:
    return datetime.now(UTC).replace(microsecond=0).isoformat()


class SQLStore(QueryMixin, Store):
    dialect: Dialect

    # -- what a backend provides ----------------------------------------------------------------------

    @abstractmethod
    def _run(self, sql: str, params: tuple | list = ()) -> int:
        """Execute one statement; the number of rows it changed."""

    @abstractmethod
    def _rows(self, sql: str, params: tuple | list = ()) -> list[Row]: ...

    @abstractmethod
    def _iter(self, sql: str, params: tuple | list = ()) -> Iterator[Row]:
        """Rows streamed from the server, for exports larger than memory."""

    @abstractmethod
    def _many(self, sql: str, seq: list[tuple]) -> None: ...

    @abstractmethod
    def transaction(self) -> AbstractContextManager[None]:
        """All statements inside commit together or not at all (re-entrant: inner blocks join the outer)."""

    @abstractmethod
    def _columns(self, table: str) -> list[tuple[str, str]]:
        """(name, declared type) of a table's columns, in order."""

    @abstractmethod
    def _match_quotes(self, text: str) -> tuple[str, list[Any]]:
        """A WHERE clause (over alias q) selecting quotes whose text matches a full-text query."""

    @abstractmethod
    def _match_documents(self, text: str) -> tuple[str, list[Any]]:
        """A WHERE clause (over alias d) selecting documents whose title or body matches."""

    # -- helpers built on them ------------------------------------------------------------------------

    def _row(self, sql: str, params: tuple | list = ()) -> Row | None:
        rows = self._rows(sql, params)
        return rows[0] if rows else None

    def _id(self, sql: str, params: tuple | list = ()) -> int | None:
        """Run an INSERT ... RETURNING id; None when ON CONFLICT DO NOTHING skipped it."""
        row = self._row(sql, params)
        return None if row is None else int(row["id"])

    def _migrate(self) -> None:
        with self.transaction():
            self._run(SCHEMA_VERSION_DDL)
            done = {r["version"] for r in self._rows("SELECT version FROM schema_version")}
        for m in MIGRATIONS:
            if m.version in done:
                continue
            with self.transaction():
                # another process may have migrated since: check again under the lock
                if self.dialect == "postgres":
                    self._run("LOCK TABLE schema_version IN EXCLUSIVE MODE")
                if self._rows("SELECT 1 AS x FROM schema_version WHERE version = ?", (m.version,)):
                    continue
                for sql in m.statements(self.dialect):
                    self._run(sql)
                self._run(
                    "INSERT INTO schema_version (version, name, applied) VALUES (?, ?, ?)",
                    (m.version, m.name, now_iso()),
                )
        newest = max(m.version for m in MIGRATIONS)
        found = max((r["version"] for r in self._rows("SELECT version FROM schema_version")), default=0)
        if found > newest:
            raise StoreError(
                f"{self.url}: the store's schema (version {found}) is newer than this parley's ({newest})",
                "upgrade parley to read it",
            )

    def schema_version(self) -> int:
        return max((r["version"] for r in self._rows("SELECT version FROM schema_version")), default=0)

    # -- Store: writing -------------------------------------------------------------------------------

    def add_document(self, record: Record | dict, meta: DocumentMeta) -> int | None:
        from parley.store.write import write_document

        data = record.model_dump(mode="json") if isinstance(record, Record) else record
        with self.transaction():
            return write_document(self, data, meta)

    def has_document(self, hash: str) -> bool:
        return self._row("SELECT 1 AS x FROM documents WHERE hash = ?", (hash,)) is not None

    def add_failure(self, source: str, reason: str, hash: str | None = None) -> None:
        with self.transaction():
            self._run(
                "INSERT INTO failures (source, hash, reason, attempts, failed_at) VALUES (?, ?, ?, 1, ?) "
                "ON CONFLICT (source) DO UPDATE SET reason = excluded.reason, hash = excluded.hash, "
                "attempts = failures.attempts + 1, failed_at = excluded.failed_at",
                (source, hash, reason[:2000], now_iso()),
            )

    def insert_rows(self, table: str, rows: Iterable[Row], batch: int = 20_000) -> int:
        if table not in TABLE_ORDER:
            raise StoreError(f"no table {table!r} in the store", f"use one of {', '.join(TABLE_ORDER)}")
        n = 0
        chunk: list[Row] = []
        for row in rows:
            chunk.append(row)
            if len(chunk) >= batch:
                n += self._insert_chunk(table, chunk)
                chunk = []
        if chunk:
            n += self._insert_chunk(table, chunk)
        return n

    def _insert_chunk(self, table: str, chunk: list[Row]) -> int:
        cols = list(chunk[0])
        sql = f"INSERT INTO {table} ({', '.join(cols)}) VALUES ({', '.join('?' for _ in cols)})"
        with self.transaction():
            self._many(sql, [tuple(r.get(c) for c in cols) for r in chunk])
        return len(chunk)

    # -- Store: reading -------------------------------------------------------------------------------

    def counts(self) -> dict[str, int]:
        return {t: int(self._rows(f"SELECT count(*) AS n FROM {t}")[0]["n"]) for t in TABLE_ORDER}

    def export(self, format: str, path: str | Path) -> int:
        from parley.store.exports import export

        return export(self, format, Path(path))
