"""The default store: one SQLite file, opened by sqlite-utils, that `datasette parley.db` serves as it is.

WAL journal: readers (datasette, a query command) never block the single writer (ingest), and a
committed document survives a killed process. Foreign keys are switched on for every connection.
"""

from __future__ import annotations

import sqlite3
from collections.abc import Iterator
from contextlib import contextmanager
from pathlib import Path
from typing import Any

import sqlite_utils

from parley.errors import StoreError
from parley.store.base import Row
from parley.store.sql import SQLStore


def fts_phrase(text: str) -> str:
    """A user's words as FTS5 terms, each quoted, so punctuation cannot be read as query syntax."""
    words = [w for w in text.replace('"', " ").split() if w]
    return " ".join(f'"{w}"' for w in words) or '""'


class SQLiteStore(SQLStore):
    dialect = "sqlite"

    def __init__(self, path: str | Path, *, migrate: bool = True) -> None:
        self.path = Path(path)
        self.url = str(self.path)
        if self.path.is_dir():
            raise StoreError(f"{self.path}: is a folder", "give a file name for the store, e.g. parley.db")
        if not self.path.parent.exists():
            raise StoreError(f"{self.path.parent}: no such folder", "create it, or give another --db path")
        try:
            conn = sqlite3.connect(self.path, isolation_level=None, check_same_thread=False, timeout=60)
            conn.row_factory = sqlite3.Row
            conn.execute("PRAGMA journal_mode = WAL")
            conn.execute("PRAGMA synchronous = NORMAL")
            conn.execute("PRAGMA foreign_keys = ON")
            conn.execute("PRAGMA cache_size = -16384")  # 16 MB, whatever the corpus size: memory stays flat
        except sqlite3.DatabaseError as err:
            raise StoreError(
                f"{self.path}: not a SQLite database ({err})", "give a parley store or a new path"
            ) from err
        self.conn = conn
        self.db = sqlite_utils.Database(conn)
        self._depth = 0
        if migrate:
            self._migrate()

    def _run(self, sql: str, params: tuple | list = ()) -> int:
        return self.conn.execute(sql, params).rowcount

    def _rows(self, sql: str, params: tuple | list = ()) -> list[Row]:
        return [dict(r) for r in self.conn.execute(sql, params)]

    def _iter(self, sql: str, params: tuple | list = ()) -> Iterator[Row]:
        # A second connection: a long export does not hold the writer's cursor open.
        conn = sqlite3.connect(self.path, check_same_thread=False)
        conn.row_factory = sqlite3.Row
        try:
            for r in conn.execute(sql, params):
                yield dict(r)
        finally:
            conn.close()

    def _many(self, sql: str, seq: list[tuple]) -> None:
        self.conn.executemany(sql, seq)

    @contextmanager
    def transaction(self) -> Iterator[None]:
        if self._depth:
            self._depth += 1
            try:
                yield
            finally:
                self._depth -= 1
            return
        self.conn.execute("BEGIN IMMEDIATE")
        self._depth = 1
        try:
            yield
        except BaseException:
            self.conn.execute("ROLLBACK")
            raise
        else:
            self.conn.execute("COMMIT")
        finally:
            self._depth = 0

    def _columns(self, table: str) -> list[tuple[str, str]]:
        return [(c.name, c.type) for c in self.db[table].columns]

    def _match_quotes(self, text: str) -> tuple[str, list[Any]]:
        return "q.id IN (SELECT rowid FROM quotes_fts WHERE quotes_fts MATCH ?)", [fts_phrase(text)]

    def _match_documents(self, text: str) -> tuple[str, list[Any]]:
        return "d.id IN (SELECT rowid FROM documents_fts WHERE documents_fts MATCH ?)", [fts_phrase(text)]

    def close(self) -> None:
        self.conn.close()
