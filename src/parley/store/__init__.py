"""parley's corpus store: documents, entities, quotes and events merged across outlets.

from parley.store import open_store
with open_store("parley.db") as store:          # or "postgresql://user@host/dbname"
    store.quotes(speaker="Peskov", since="2025-05-01", contains="memorandum")
"""

from __future__ import annotations

from pathlib import Path

from parley.errors import StoreError
from parley.store.base import EXPORT_FORMATS, DocumentMeta, Row, Store

DEFAULT_DB = "parley.db"


def is_postgres(url: str) -> bool:
    return url.startswith(("postgresql://", "postgres://"))


def open_store(url: str | Path = DEFAULT_DB, *, schema: str | None = None, create: bool = True) -> Store:
    """Open (creating and migrating as needed) the store at a SQLite path or a PostgreSQL DSN.

    With `create=False` a missing SQLite file is an error: a query should not make an empty store.
    """
    url = str(url)
    if not create and not is_postgres(url) and not Path(url).exists():
        raise StoreError(f"{url}: no such store", "ingest articles first (parley ingest PATH --db ...)")
    if is_postgres(url):
        from parley.store.postgres import PostgresStore

        return PostgresStore(url, schema=schema)
    from parley.store.sqlite import SQLiteStore

    return SQLiteStore(url)


__all__ = ["DEFAULT_DB", "EXPORT_FORMATS", "DocumentMeta", "Row", "Store", "is_postgres", "open_store"]
