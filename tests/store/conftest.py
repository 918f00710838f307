"""Store fixtures: every store test runs on SQLite, and on PostgreSQL when PARLEY_TEST_PG holds a DSN
(each test in a schema of its own, dropped afterwards)."""

from __future__ import annotations

import os
import uuid
from collections.abc import Iterator
from pathlib import Path

import pytest

from parley.store import Store, open_store

PG_DSN = os.environ.get("PARLEY_TEST_PG")
BACKENDS = [
    "sqlite",
    pytest.param(
        "postgres",
        marks=pytest.mark.skipif(not PG_DSN, reason="PostgreSQL tests need PARLEY_TEST_PG=postgresql://..."),
    ),
]


def new_store(backend: str, tmp_path: Path) -> Store:
    if backend == "sqlite":
        return open_store(tmp_path / f"parley-{uuid.uuid4().hex[:8]}.db")
    assert PG_DSN
    return open_store(PG_DSN, schema=f"t_{uuid.uuid4().hex[:12]}")


def dispose(store: Store) -> None:
    drop = getattr(store, "drop_schema", None)
    if drop is not None:
        drop()
    store.close()


@pytest.fixture(params=BACKENDS)
def store(request: pytest.FixtureRequest, tmp_path: Path) -> Iterator[Store]:
    st = new_store(request.param, tmp_path)
    try:
        yield st
    finally:
        dispose(st)


@pytest.fixture
def store_factory(tmp_path: Path) -> Iterator:
    """Open more stores of a backend in one test (reopening, comparing runs)."""
    opened: list[Store] = []

    def make(backend: str = "sqlite") -> Store:
        st = new_store(backend, tmp_path)
        opened.append(st)
        return st

    yield make
    for st in opened:
        dispose(st)
