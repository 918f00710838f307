"""The corpus commands: each a thin layer over one store call, in table, JSON and CSV."""

from __future__ import annotations

import csv
import io
import json
from pathlib import Path

import pytest
from click.testing import CliRunner
from store_helpers import add_all, case_articles
from test_store_backend import CORPUS

from parley.cli import cli
from parley.store import open_store


@pytest.fixture(scope="module")
def db(tmp_path_factory: pytest.TempPathFactory) -> str:
    path = tmp_path_factory.mktemp("cli") / "parley.db"
    with open_store(path) as st:
        add_all(st, CORPUS)
        add_all(st, case_articles("an event reported by three outlets"))
    return str(path)


def run(*args: str) -> str:
    result = CliRunner(env={"COLUMNS": "250"}).invoke(cli, list(args), catch_exceptions=False)
    assert result.exit_code == 0, result.output
    return result.output


def test_quotes_json(db: str) -> None:
    rows = json.loads(
        run(
            "quotes",
            "--db",
            db,
            "--speaker",
            "Peskov",
            "--since",
            "2025-05-01",
            "--contains",
            "memorandum",
            "--format",
            "json",
        )
    )
    assert [r["text"] for r in rows] == ["Moscow will hand over its memorandum after the exchange."]
    assert rows[0]["sources"][0]["site"] == "b.example"


def test_events_csv(db: str) -> None:
    rows = list(
        csv.DictReader(
            io.StringIO(
                run("events", "--db", db, "--type", "CONSULT", "--actor", "Russia", "--format", "csv")
            )
        )
    )
    assert [r["date"] for r in rows] == ["2025-04-20", "2025-05-16", "2025-06-02"]
    assert rows[-1]["dates"] == "2025-06-02; 2025-06-03"
    assert rows[-1]["sources"] == "a.example; b.example; c.example"


def test_entities_table(db: str) -> None:
    out = run("entities", "--db", db, "--role", "foreign minister")
    assert "Sergei Lavrov" in out and "Foreign Minister (2025-05-16)" in out and "Peskov" not in out


def test_timeline_and_limit(db: str) -> None:
    rows = json.loads(run("timeline", "--db", db, "--format", "json", "--limit", "3"))
    assert [r["date"] for r in rows] == ["2025-04-20", "2025-04-20", "2025-05-16"]


def test_export(db: str, tmp_path: Path) -> None:
    out = tmp_path / "events.jsonl"
    run("export", "--db", db, "--format", "plover-jsonl", "-o", str(out))
    assert len(out.read_text(encoding="utf-8").splitlines()) == 4
    run("export", "--db", db, "--format", "parquet", "-o", str(tmp_path / "pq"))
    assert (tmp_path / "pq" / "quotes.parquet").exists()
    assert "\t" in run("export", "--db", db, "--format", "gdelt-tsv")


def test_missing_store_is_one_line_and_exit_2(tmp_path: Path) -> None:
    result = CliRunner().invoke(cli, ["quotes", "--db", str(tmp_path / "none.db")])
    assert result.exit_code == 2
    lines = result.stderr.strip().splitlines()
    assert len(lines) == 1 and "no such store" in lines[0] and "Traceback" not in result.output
    assert not (tmp_path / "none.db").exists()
