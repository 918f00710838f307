"""`parley ingest`: folders, text and HTML files, JSONL dumps and WARC archives into a corpus store.

Nothing lost, nothing twice: every document is keyed by the sha256 of its normalised text, skipped when
the store holds it, and written in one transaction, so a run killed at any point resumes where it
stopped. A document that cannot be read or extracted goes to the `failures` table and the rest go on.

Extraction runs in worker processes (one per core); this process reads the inputs, hashes, and is the
only writer. Inputs stream and at most a few documents per worker are in flight, so memory stays flat
however large the corpus.
"""

from __future__ import annotations

import contextlib
import gzip
import hashlib
import json
import multiprocessing
import os
import re
import signal
import threading
import time
import unicodedata
from collections import deque
from collections.abc import Iterator
from concurrent.futures import Future, ProcessPoolExecutor
from concurrent.futures.process import BrokenProcessPool
from dataclasses import dataclass, replace
from datetime import date
from pathlib import Path
from typing import Any
from urllib.parse import urlsplit

from parley.errors import InputError, ParleyError
from parley.read import DEFAULT_MAX_BYTES, Document, read_bytes
from parley.store import DocumentMeta, Store, open_store
from parley.store.output import IngestProgress

ARTICLE_SUFFIXES = (".txt", ".text", ".html", ".htm", ".xhtml")
JSONL_SUFFIXES = (".jsonl", ".ndjson", ".jsonl.gz", ".ndjson.gz")
WARC_SUFFIXES = (".warc", ".warc.gz")
_ISO_DAY = re.compile(r"^\d{4}-\d{2}-\d{2}")
_SPACE = re.compile(r"\s+")


@dataclass(frozen=True)
class Item:
    """One document found in the inputs, before decoding; or, with `error`, one that could not be read."""

    source: str
    data: bytes = b""
    is_html: bool | None = None  # None: detect from the bytes
    url: str | None = None
    published: str | None = None
    site: str | None = None
    title: str | None = None
    error: str | None = None


def content_hash(text: str) -> str:
    """sha256 of the text with Unicode and whitespace normalised: the same article from two dumps is one."""
    norm = _SPACE.sub(" ", unicodedata.normalize("NFC", text)).strip()
    return hashlib.sha256(norm.encode("utf-8")).hexdigest()


def _day(value: Any) -> str | None:
    """A JSONL or WARC date as YYYY-MM-DD, or None (a malformed date must not fail the document)."""
    if not isinstance(value, str) or not _ISO_DAY.match(value):
        return None
    try:
        return date.fromisoformat(value[:10]).isoformat()
    except ValueError:  # "2025-02-30"
        return None


# -- reading the inputs ------------------------------------------------------------------------------


def _walk(folder: Path) -> Iterator[Path]:
    # os.walk, sorted per folder: a stable order without listing the whole tree first
    for root, dirs, files in os.walk(folder):
        dirs.sort()
        for name in sorted(files):
            if name.lower().endswith(ARTICLE_SUFFIXES + JSONL_SUFFIXES + WARC_SUFFIXES):
                yield Path(root) / name


def _jsonl(path: Path) -> Iterator[Item]:
    opener = gzip.open if path.name.lower().endswith(".gz") else open
    with opener(path, "rt", encoding="utf-8", errors="replace") as fh:
        for n, line in enumerate(fh, 1):
            if not line.strip():
                continue
            source = f"{path}:{n}"
            try:
                obj = json.loads(line)
            except json.JSONDecodeError as err:
                yield Item(source, error=f"line {n} is not JSON ({err.msg})")
                continue
            if not isinstance(obj, dict) or not isinstance(obj.get("text") or obj.get("html"), str):
                yield Item(source, error=f"line {n} has no `text` or `html` string")
                continue
            html = obj.get("html") if isinstance(obj.get("html"), str) and not obj.get("text") else None
            url = obj.get("url") if isinstance(obj.get("url"), str) else None
            yield Item(
                source,
                (html or obj["text"]).encode("utf-8"),
                is_html=html is not None,
                url=url,
                published=_day(obj.get("published")),
                site=obj.get("site") if isinstance(obj.get("site"), str) else None,
                title=obj.get("title") if isinstance(obj.get("title"), str) else None,
            )


def _warc(path: Path, max_bytes: int) -> Iterator[Item]:
    from warcio.archiveiterator import ArchiveIterator

    with path.open("rb") as fh:
        for record in ArchiveIterator(fh):
            if record.rec_type not in ("response", "resource"):
                continue
            ctype = (record.http_headers.get_header("Content-Type") if record.http_headers else None) or (
                record.rec_headers.get_header("Content-Type") or ""
            )
            if not ctype.lower().startswith(("text/html", "application/xhtml", "text/plain")):
                continue
            if record.http_headers and not record.http_headers.get_statuscode().startswith("2"):
                continue
            url = record.rec_headers.get_header("WARC-Target-URI")
            source = f"{path}#{record.rec_headers.get_header('WARC-Record-ID') or url}"
            data = record.content_stream().read(max_bytes + 1)
            yield Item(
                source,
                data,
                is_html=not ctype.lower().startswith("text/plain"),
                url=url,
                site=urlsplit(url).hostname if url else None,
            )


def iter_items(paths: list[str | Path], max_bytes: int = DEFAULT_MAX_BYTES) -> Iterator[Item]:
    """Every document under the paths, streamed: folders recursively, then files by their suffix."""
    for p in map(Path, paths):
        for f in _walk(p) if p.is_dir() else [p]:
            name = f.name.lower()
            try:
                if name.endswith(JSONL_SUFFIXES):
                    yield from _jsonl(f)
                elif name.endswith(WARC_SUFFIXES):
                    yield from _warc(f, max_bytes)
                elif f.stat().st_size > max_bytes:
                    yield Item(str(f), error=f"{f}: file is over the limit of {max_bytes:,} bytes")
                else:
                    yield Item(str(f), f.read_bytes())
            except Exception as err:  # a corrupt archive or unreadable file is one failure, not the end
                yield Item(str(f), error=f"{f}: cannot be read ({type(err).__name__}: {err})")


def decode(item: Item, max_bytes: int = DEFAULT_MAX_BYTES) -> Document:
    doc = read_bytes(item.data, item.source, max_bytes)
    return doc if item.is_html is None else replace(doc, is_html=item.is_html)


# -- extraction in worker processes -------------------------------------------------------------------

_worker_model: str | None = None


def _orphan_watch(parent: int) -> None:
    # A killed parent (kill -9) leaves its workers waiting on a task queue they hold both ends of: they
    # would never see it close. Each leaves within a second of being orphaned instead.
    while os.getppid() == parent:
        time.sleep(1)
    os._exit(1)


def _init_worker(model: str | None, parent: int) -> None:
    global _worker_model
    signal.signal(signal.SIGINT, signal.SIG_IGN)  # Ctrl-C is the parent's to handle
    threading.Thread(target=_orphan_watch, args=(parent,), daemon=True).start()
    _worker_model = model
    from parley.nlp import load_pipeline

    load_pipeline(model)


def extract_one(doc: Document, published: str | None, model: str | None = None) -> tuple[bool, Any]:
    """(True, record as JSON dict) or (False, the reason it failed): never raises, never kills a batch."""
    from parley.extract import extract_document

    try:
        record = extract_document(doc, published, model=model or _worker_model)
    except ParleyError as err:
        return False, str(err)
    except Exception as err:
        return False, f"{type(err).__name__}: {err}"
    return True, record.model_dump(mode="json")


@dataclass
class IngestReport:
    stored: int = 0
    skipped: int = 0
    failed: int = 0
    seconds: float = 0.0

    @property
    def seen(self) -> int:
        return self.stored + self.skipped + self.failed

    @property
    def rate(self) -> float:
        return self.seen / self.seconds if self.seconds else 0.0

    def summary(self) -> str:
        return (
            f"{self.stored:,} stored, {self.skipped:,} already stored, {self.failed:,} failed "
            f"in {self.seconds:.1f} s ({self.rate:.1f} documents/s)"
        )


@dataclass(frozen=True)
class _Task:
    item: Item
    doc: Document
    hash: str


Done = tuple[_Task, bool, Any]


class ExtractionPool:
    """Extraction over worker processes, results in input order, at most `depth` documents in flight.

    In order, so a run is deterministic (which outlet's report becomes the merged record's first source);
    bounded, so memory does not grow with the corpus. One worker (or `workers=1`) runs in this process.
    """

    def __init__(self, workers: int | None, model: str | None) -> None:
        self.workers = max(1, workers or os.cpu_count() or 1)
        self.model = model
        self.depth = self.workers * 4
        self.inflight: deque[tuple[_Task, Future]] = deque()
        self.executor: ProcessPoolExecutor | None = None
        if self.workers > 1:
            self._start()

    def _start(self) -> None:
        # spawn: workers start clean, never forked from this process (a database connection, rich's
        # refresh thread), and end on their own when it is killed (their task pipe closes).
        ctx = multiprocessing.get_context("spawn")
        self.executor = ProcessPoolExecutor(
            self.workers, mp_context=ctx, initializer=_init_worker, initargs=(self.model, os.getpid())
        )

    def _restart(self) -> None:
        if self.executor is not None:
            self.executor.shutdown(wait=False, cancel_futures=True)
        self._start()

    def _submit(self, task: _Task) -> Future:
        assert self.executor is not None
        return self.executor.submit(extract_one, task.doc, task.item.published)

    def submit(self, task: _Task | None) -> Iterator[Done]:
        """Queue one task; yields whatever finished while making room."""
        if task is None:
            return
        if self.executor is None:
            yield (task, *extract_one(task.doc, task.item.published, self.model))
            return
        self.inflight.append((task, self._submit(task)))
        while len(self.inflight) >= self.depth:
            yield from self._next()

    def drain(self) -> Iterator[Done]:
        while self.inflight:
            yield from self._next()

    def _next(self) -> Iterator[Done]:
        task, fut = self.inflight.popleft()
        try:
            yield (task, *fut.result())
        except BrokenProcessPool:
            suspects = [task, *(t for t, _ in self.inflight)]
            self.inflight.clear()
            yield from self._isolate(suspects)

    def _isolate(self, suspects: list[_Task]) -> Iterator[Done]:
        """A worker died (a crash, out of memory): run each suspect alone to find the one that kills."""
        self._restart()
        for task in suspects:
            try:
                yield (task, *self._submit(task).result())
            except BrokenProcessPool:
                yield task, False, "the extraction process died on this document (a crash or out of memory)"
                self._restart()

    def __enter__(self) -> ExtractionPool:
        return self

    def __exit__(self, *exc: object) -> None:
        if self.executor is not None:
            self.executor.shutdown(wait=True, cancel_futures=True)


def _prepare(st: Store, item: Item, max_bytes: int, report: IngestReport) -> _Task | None:
    """Decode and hash in this process: a stored document is skipped before any extraction."""
    if item.error:
        st.add_failure(item.source, item.error)
        report.failed += 1
        return None
    try:
        doc = decode(item, max_bytes)
    except ParleyError as err:
        st.add_failure(item.source, str(err))
        report.failed += 1
        return None
    digest = content_hash(doc.text)
    if st.has_document(digest):
        report.skipped += 1
        return None
    return _Task(item, doc, digest)


def _store(st: Store, done: Done, report: IngestReport) -> None:
    task, ok, payload = done
    item = task.item
    if not ok:
        st.add_failure(item.source, payload, task.hash)
        report.failed += 1
        return
    meta = DocumentMeta(task.hash, item.source, item.url, item.site, item.published, item.title)
    try:
        doc_id = st.add_document(payload, meta)
    except Exception as err:  # the transaction rolled back; this record is the problem, not the store
        st.add_failure(item.source, f"cannot be stored: {type(err).__name__}: {err}", task.hash)
        report.failed += 1
        return
    if doc_id is None:
        report.skipped += 1  # the same text appeared twice in this run
    else:
        report.stored += 1


def ingest(
    paths: list[str | Path] | list[str],
    db: str | Path | Store = "parley.db",
    *,
    workers: int | None = None,
    progress: bool = True,
    max_bytes: int = DEFAULT_MAX_BYTES,
    model: str | None = None,
) -> IngestReport:
    """Ingest every document under `paths` into the store at `db` (a path, a DSN or an open Store, which
    stays open); safe to re-run and to kill."""
    missing = [str(p) for p in paths if not Path(p).exists()]
    if missing:
        raise InputError(f"{', '.join(missing)}: no such file or folder", "check the paths to ingest")
    report = IngestReport()
    start = time.monotonic()
    st = db if isinstance(db, Store) else open_store(db)
    with contextlib.nullcontext() if st is db else st:
        try:
            with IngestProgress(progress, report, start) as bar, ExtractionPool(workers, model) as pool:
                for item in iter_items(list(paths), max_bytes):
                    for done in pool.submit(_prepare(st, item, max_bytes, report)):
                        _store(st, done, report)
                    bar.update()
                for done in pool.drain():
                    _store(st, done, report)
                    bar.update()
        finally:
            report.seconds = time.monotonic() - start
    return report
