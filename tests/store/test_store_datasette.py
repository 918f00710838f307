"""`datasette parley.db` serves the store as it is: started on loopback, asked two pages, stopped."""

from __future__ import annotations

import json
import socket
import subprocess
import sys
import time
import urllib.error
import urllib.request
from pathlib import Path

import pytest
from store_helpers import add_all, case_articles

from parley.store import open_store

pytest.importorskip("datasette")


def _free_port() -> int:
    with socket.socket() as s:
        s.bind(("127.0.0.1", 0))
        return s.getsockname()[1]


def _get(url: str) -> bytes:
    with urllib.request.urlopen(url, timeout=5) as resp:  # noqa: S310 (loopback only)
        assert resp.status == 200
        return resp.read()


def test_datasette_serves_the_store(tmp_path: Path) -> None:
    db = tmp_path / "parley.db"
    with open_store(db) as st:
        add_all(st, case_articles("an event reported by three outlets"))
        add_all(st, case_articles("a quote repeated by two outlets"))
    port = _free_port()
    proc = subprocess.Popen(
        [sys.executable, "-m", "datasette", "serve", str(db), "--host", "127.0.0.1", "--port", str(port)],
        stdout=subprocess.PIPE,
        stderr=subprocess.STDOUT,
    )
    base = f"http://127.0.0.1:{port}"
    try:
        deadline = time.monotonic() + 30
        while True:
            try:
                versions = json.loads(_get(f"{base}/-/versions.json"))
                break
            except (urllib.error.URLError, ConnectionError):
                if time.monotonic() > deadline or proc.poll() is not None:
                    out = proc.stdout.read().decode() if proc.poll() is not None and proc.stdout else ""
                    pytest.fail(f"datasette did not start: {out}")
                time.sleep(0.2)
        assert "datasette" in versions and "sqlite" in versions
        page = _get(f"{base}/parley/events").decode()
        assert "CONSULT" in page
        reports = json.loads(_get(f"{base}/parley/event_reports.json?_shape=array"))
        assert sorted(r["reported_date"] for r in reports) == ["2025-06-02", "2025-06-02", "2025-06-03"]
        hits = json.loads(_get(f"{base}/parley/quotes.json?_search=memorandum&_shape=array"))
        assert [q["n_sources"] for q in hits] == [2]
    finally:
        proc.terminate()
        try:
            proc.wait(timeout=10)
        except subprocess.TimeoutExpired:
            proc.kill()
            proc.wait()
