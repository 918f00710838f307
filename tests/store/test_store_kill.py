"""`kill -9` an ingest at random points, three times, then resume: nothing lost, nothing twice.

The interrupted store must end up exactly like a store built by one uninterrupted run (every table's
row count), with every synthetic article stored once, and no worker process left behind.
"""

from __future__ import annotations

import os
import random
import signal
import sqlite3
import subprocess
import sys
import time
from pathlib import Path

from store_helpers import synth

from parley.ingest import ingest
from parley.store import open_store

N_DOCS = 200


def _stored(db: Path) -> int:
    if not db.exists():
        return 0
    conn = sqlite3.connect(db, timeout=5)
    try:
        return conn.execute("SELECT count(*) FROM documents").fetchone()[0]
    except sqlite3.OperationalError:  # the store's tables are not created yet
        return 0
    finally:
        conn.close()


def _failures(db: Path) -> str:
    """The first recorded failure, for a message: a run that ends early has failed every document."""
    conn = sqlite3.connect(db, timeout=5)
    try:
        rows = conn.execute("SELECT count(*), min(reason) FROM failures").fetchone()
        return f"{rows[0]} failures, e.g. {rows[1]}"
    except sqlite3.OperationalError:
        return "no failures table"
    finally:
        conn.close()


def _session_alive(sid: int) -> list[int]:
    """Processes still in the killed run's session (its workers, if they outlived it)."""
    alive = []
    for stat in Path("/proc").glob("[0-9]*/stat"):
        try:
            fields = stat.read_text().rsplit(")", 1)[1].split()
        except OSError:
            continue
        if int(fields[3]) == sid and fields[0] != "Z":
            alive.append(int(stat.parent.name))
    return alive


def _ingest_cmd(corpus: Path, db: Path) -> list[str]:
    return [
        sys.executable,
        "-c",
        "from parley.cli import main; main()",
        "ingest",
        str(corpus),
        "--db",
        str(db),
        "--workers",
        "2",
        "--no-progress",
    ]


def test_kill_nine_three_times_then_resume(tmp_path: Path) -> None:
    corpus = tmp_path / "in"
    manifest = synth.generate(N_DOCS, corpus)

    seed = random.randrange(1 << 30)
    rng = random.Random(seed)
    db = tmp_path / "killed.db"
    kills = []
    while len(kills) < 3:
        before = _stored(db)
        target = before + rng.randint(1, (N_DOCS - before) // 3)
        proc = subprocess.Popen(
            _ingest_cmd(corpus, db),
            start_new_session=True,
            stdout=subprocess.DEVNULL,
            stderr=subprocess.DEVNULL,
        )
        deadline = time.monotonic() + 60
        while _stored(db) < target and proc.poll() is None and time.monotonic() < deadline:
            time.sleep(0.02)
        time.sleep(rng.random() * 0.1)  # anywhere in the next document's work, its transaction included
        assert proc.poll() is None, f"the run ended before the kill (seed {seed}): {_failures(db)}"
        os.kill(proc.pid, signal.SIGKILL)
        proc.wait()
        kills.append(_stored(db))
        deadline = time.monotonic() + 15  # a loaded machine may take seconds to reap the workers
        while _session_alive(proc.pid) and time.monotonic() < deadline:
            time.sleep(0.1)
        leftover = _session_alive(proc.pid)
        for pid in leftover:  # do not leak them into the rest of the suite, but fail below
            os.kill(pid, signal.SIGKILL)
        assert not leftover, f"worker processes outlived the killed ingest: {leftover}"
    assert kills == sorted(kills) and kills[-1] < N_DOCS, f"killed at {kills} (seed {seed})"

    done = subprocess.run(_ingest_cmd(corpus, db), capture_output=True, text=True, timeout=120)
    assert done.returncode == 0, done.stderr
    reference = tmp_path / "reference.db"  # one uninterrupted run, in this process, on one core
    ingest([corpus], reference, workers=1, progress=False)
    with open_store(db) as st, open_store(reference) as ref:
        counts, expected = st.counts(), ref.counts()
        assert counts["documents"] == manifest["documents"] == N_DOCS, (
            f"killed at {kills} (seed {seed}); last run: {done.stderr.strip()[-300:]}; {_failures(db)}"
        )
        assert counts == expected, f"killed at {kills} (seed {seed})"
        hashes = st._rows("SELECT count(DISTINCT hash) AS n FROM documents")[0]["n"]
        assert hashes == N_DOCS
        # no half document: every stored article has its entities and its quote
        bare = st._rows(
            "SELECT count(*) AS n FROM documents d WHERE NOT EXISTS "
            "(SELECT 1 FROM mentions m WHERE m.document_id = d.id)"
        )[0]["n"]
        assert bare == 0
        for table, sources in (("quotes", "quote_sources"), ("events", "event_sources")):
            n = st._rows(f"SELECT coalesce(sum(n_sources), 0) AS n FROM {table}")[0]["n"]
            assert n == counts[sources], f"{table}: n_sources disagrees with {sources}"
        twice = st._rows(
            "SELECT count(*) AS n FROM (SELECT document_id, start_char, end_char, local_id "
            "FROM mentions GROUP BY 1, 2, 3, 4 HAVING count(*) > 1) x"
        )[0]["n"]
        assert twice == 0
