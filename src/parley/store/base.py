"""The one interface to a parley corpus: every backend (SQLite, PostgreSQL) implements `Store`.

Callers (ingest, the query commands, exports, benchmarks) see only this class; all SQL lives in the
backends under `parley.store`.
"""

from __future__ import annotations

from abc import ABC, abstractmethod
from collections.abc import Iterable
from dataclasses import dataclass
from pathlib import Path
from typing import Any

from parley.records import Record

Row = dict[str, Any]

EXPORT_FORMATS = ("plover-jsonl", "csv", "parquet", "gdelt-tsv")


@dataclass(frozen=True)
class DocumentMeta:
    """What the input said about a document beside its text (a JSONL line's url, a WARC record's URI)."""

    hash: str
    source: str
    url: str | None = None
    site: str | None = None
    published: str | None = None
    title: str | None = None


class Store(ABC):
    """A corpus of extracted articles, merged across outlets."""

    url: str

    # -- writing -------------------------------------------------------------------------------------

    @abstractmethod
    def add_document(self, record: Record | dict, meta: DocumentMeta) -> int | None:
        """Store one extracted document in one transaction; its id, or None when its hash is stored."""

    @abstractmethod
    def has_document(self, hash: str) -> bool:
        """True when a document with this content hash is stored."""

    @abstractmethod
    def add_failure(self, source: str, reason: str, hash: str | None = None) -> None:
        """Record that a document could not be stored (kept once per source; a retry updates it)."""

    @abstractmethod
    def insert_rows(self, table: str, rows: Iterable[Row]) -> int:
        """Bulk-load rows into a table as they are, with no merging (benchmarks, copies); the count."""

    # -- reading -------------------------------------------------------------------------------------

    @abstractmethod
    def quotes(
        self,
        speaker: str | None = None,
        since: str | None = None,
        until: str | None = None,
        contains: str | None = None,
        limit: int | None = None,
    ) -> list[Row]:
        """Quotes, merged across outlets, newest first, each with its sources."""

    @abstractmethod
    def events(
        self,
        type: str | None = None,
        actor: str | None = None,
        since: str | None = None,
        until: str | None = None,
        limit: int | None = None,
    ) -> list[Row]:
        """Events, merged across outlets, with every report's date and place side by side."""

    @abstractmethod
    def entities(
        self,
        role: str | None = None,
        name: str | None = None,
        type: str | None = None,
        limit: int | None = None,
    ) -> list[Row]:
        """Entities with their aliases and the roles they were seen in (with first and last dates)."""

    @abstractmethod
    def timeline(
        self, since: str | None = None, until: str | None = None, limit: int | None = None
    ) -> list[Row]:
        """Events and quotes in date order: what happened and who said what, when."""

    @abstractmethod
    def documents(
        self,
        since: str | None = None,
        until: str | None = None,
        contains: str | None = None,
        limit: int | None = None,
    ) -> list[Row]:
        """Stored documents (without their bodies)."""

    @abstractmethod
    def failures(self) -> list[Row]:
        """Documents that could not be stored, with the reason."""

    @abstractmethod
    def counts(self) -> dict[str, int]:
        """Rows per table."""

    @abstractmethod
    def export(self, format: str, path: str | Path) -> int:
        """Write the corpus in one of EXPORT_FORMATS; the number of rows written."""

    # -- lifetime ------------------------------------------------------------------------------------

    @abstractmethod
    def close(self) -> None: ...

    def __enter__(self) -> Store:
        return self

    def __exit__(self, *exc: object) -> None:
        self.close()
