"""The PostgreSQL store (psycopg 3): the same interface, tables and SQL as SQLite.

`--db postgresql://user@host/dbname` selects it. Full-text search is a generated tsvector column with a
GIN index instead of FTS5. A `schema` confines the tables to one PostgreSQL schema (tests use one each).
"""

from __future__ import annotations

import re
from collections.abc import Iterator
from contextlib import contextmanager
from typing import Any

from parley.errors import StoreError
from parley.store.base import Row
from parley.store.sql import SQLStore

_SCHEMA_NAME = re.compile(r"^[a-z_][a-z0-9_]{0,62}$")


def _pg(sql: str) -> str:
    # The shared SQL uses `?`; psycopg wants `%s`. No statement of ours holds a literal ? or %.
    return sql.replace("?", "%s")


class PostgresStore(SQLStore):
    dialect = "postgres"

    def __init__(self, dsn: str, *, schema: str | None = None, migrate: bool = True) -> None:
        import psycopg
        from psycopg.rows import dict_row

        self.url = dsn
        self._psycopg = psycopg
        try:
            self.conn = psycopg.connect(dsn, autocommit=True, row_factory=dict_row)
        except psycopg.Error as err:
            raise StoreError(
                f"cannot connect to PostgreSQL at {_redact(dsn)}: {str(err).strip().splitlines()[0]}",
                "check that the server runs and the DSN (postgresql://user:password@host:port/dbname)",
            ) from err
        self.schema = schema
        if schema:
            if not _SCHEMA_NAME.match(schema):
                raise StoreError(
                    f"{schema!r} is not a usable schema name", "use lower-case letters, digits, _"
                )
            self.conn.execute(f"CREATE SCHEMA IF NOT EXISTS {schema}")
            self.conn.execute(f"SET search_path TO {schema}")
        self._tx: Any = None
        if migrate:
            self._migrate()

    def _run(self, sql: str, params: tuple | list = ()) -> int:
        return self.conn.execute(_pg(sql), params or None).rowcount

    def _rows(self, sql: str, params: tuple | list = ()) -> list[Row]:
        cur = self.conn.execute(_pg(sql), params or None)
        return cur.fetchall() if cur.description else []

    def _iter(self, sql: str, params: tuple | list = ()) -> Iterator[Row]:
        from psycopg.rows import dict_row

        # A named (server-side) cursor needs a transaction of its own connection.
        with self._psycopg.connect(self.url, row_factory=dict_row) as conn:
            if self.schema:
                conn.execute(f"SET search_path TO {self.schema}")
            with conn.cursor(name="parley_export") as cur:
                cur.itersize = 5000
                cur.execute(_pg(sql), params or None)
                yield from cur

    def _many(self, sql: str, seq: list[tuple]) -> None:
        with self.conn.cursor() as cur:
            cur.executemany(_pg(sql), seq)

    @contextmanager
    def transaction(self) -> Iterator[None]:
        if self._tx is not None:
            yield
            return
        with self.conn.transaction() as tx:
            self._tx = tx
            try:
                yield
            finally:
                self._tx = None

    def _columns(self, table: str) -> list[tuple[str, str]]:
        rows = self._rows(
            "SELECT column_name, data_type FROM information_schema.columns "
            "WHERE table_name = ? AND table_schema = current_schema() ORDER BY ordinal_position",
            (table,),
        )
        return [(r["column_name"], r["data_type"]) for r in rows if r["data_type"] != "tsvector"]

    def _match_quotes(self, text: str) -> tuple[str, list[Any]]:
        return "q.tsv @@ plainto_tsquery('english', ?)", [text]

    def _match_documents(self, text: str) -> tuple[str, list[Any]]:
        return "d.tsv @@ plainto_tsquery('english', ?)", [text]

    def drop_schema(self) -> None:
        """Remove this store's schema and everything in it (tests)."""
        if self.schema:
            self.conn.execute(f"DROP SCHEMA IF EXISTS {self.schema} CASCADE")

    def close(self) -> None:
        self.conn.close()


def _redact(dsn: str) -> str:
    return re.sub(r"://([^:/@]+):[^@]*@", r"://\1:***@", dsn)
