"""The command line: exit codes and one-line messages on bad input, JSON out on good input."""

from __future__ import annotations

import json
from pathlib import Path

import pytest
from click.testing import CliRunner

from parley.cli import cli

GOOD = (
    "Ukrainian Foreign Minister Andrii Sybiha said on Tuesday that Kyiv was ready to send a delegation "
    "to Geneva for the talks, and that the delegation would be led by the defence minister.\n"
)


def _write(tmp_path: Path, name: str, data: bytes) -> Path:
    path = tmp_path / name
    path.write_bytes(data)
    return path


BAD_INPUTS = [
    ("missing", None, "no such file"),
    ("empty.txt", b"   \n\n", "file is empty"),
    ("binary.bin", bytes(range(256)) * 40, "binary file"),
    (
        "french.txt",
        (
            "Le ministre des Affaires étrangères a déclaré mardi que le gouvernement était prêt "
            "à envoyer une délégation à Genève pour les pourparlers de paix avec les deux parties.\n"
        ).encode(),
        "does not look like English",
    ),
]


@pytest.mark.parametrize(("name", "data", "message"), BAD_INPUTS)
def test_bad_input_exits_2_with_one_line(tmp_path: Path, name: str, data: bytes | None, message: str) -> None:
    path = tmp_path / name if data is None else _write(tmp_path, name, data)
    result = CliRunner().invoke(cli, ["extract", str(path)])
    assert result.exit_code == 2
    lines = result.stderr.strip().splitlines()
    assert len(lines) == 1 and message in lines[0] and "Traceback" not in result.output


def test_oversized_file_is_refused(tmp_path: Path) -> None:
    path = _write(tmp_path, "big.txt", GOOD.encode() * 100)
    result = CliRunner().invoke(cli, ["extract", str(path), "--max-bytes", "1000"])
    assert result.exit_code == 2 and "over the limit" in result.stderr


@pytest.mark.parametrize("value", ["29/05/2025", "2025-02-30", "yesterday"])
def test_bad_published_date(tmp_path: Path, value: str) -> None:
    path = _write(tmp_path, "a.txt", GOOD.encode())
    result = CliRunner().invoke(cli, ["extract", str(path), "--published", value])
    assert result.exit_code == 2 and repr(value) in result.stderr


def test_json_output_and_published_argument(tmp_path: Path) -> None:
    path = _write(tmp_path, "a.txt", GOOD.encode("cp1252"))
    result = CliRunner().invoke(cli, ["extract", str(path), "--format", "json", "--published", "2025-03-04"])
    assert result.exit_code == 0, result.output
    record = json.loads(result.stdout)
    assert record["article"]["published"] == "2025-03-04"
    assert record["article"]["published_source"] == "argument"
    assert set(record) == {
        "article",
        "entities",
        "quotes",
        "dates",
        "places",
        "events",
        "negotiation",
        "errors",
    }
    assert record["errors"] == []
    names = {e["name"] for e in record["entities"]}
    assert "Andrii Sybiha" in names


def test_no_clean_keeps_input_verbatim(tmp_path: Path) -> None:
    text = "Share this article\n" + GOOD
    path = _write(tmp_path, "a.txt", text.encode())
    result = CliRunner().invoke(cli, ["extract", str(path), "--format", "json", "--no-clean"])
    record = json.loads(result.stdout)
    assert record["article"]["body"] == text
    for entity in record["entities"]:
        for start, end in entity["mentions"]:
            assert text[start:end].strip()


def test_stdin(tmp_path: Path) -> None:
    result = CliRunner().invoke(cli, ["extract", "-", "--format", "json"], input=GOOD.encode())
    assert result.exit_code == 0
    assert json.loads(result.stdout)["article"]["body"].startswith("Ukrainian Foreign Minister")


def test_a_failing_stage_is_reported_not_fatal() -> None:
    import spacy
    from spacy.language import Language

    from parley.nlp import run_pipeline

    @Language.component("parley_test_boom")
    def boom(doc):
        raise RuntimeError("boom")

    nlp = spacy.blank("en")
    nlp.add_pipe("parley_test_boom")
    nlp.add_pipe("parley_entities")
    doc = run_pipeline(nlp, GOOD)
    assert doc.user_data["parley_errors"] == ["parley_test_boom: RuntimeError: boom"]
    assert doc._.parley_entities  # the stage after it still ran


def test_plover_jsonl_output(tmp_path: Path) -> None:
    text = (
        "Armenian and Azerbaijani foreign ministers met in Geneva on Monday for talks on a peace treaty, "
        "the Swiss foreign ministry said in a statement.\n"
    )
    path = _write(tmp_path, "a.txt", text.encode())
    result = CliRunner().invoke(
        cli, ["extract", str(path), "--format", "plover-jsonl", "--published", "2025-03-04"]
    )
    assert result.exit_code == 0, result.output
    lines = [json.loads(line) for line in result.stdout.splitlines() if line.strip()]
    assert lines and all("event" in rec and "actor" in rec for rec in lines)
    assert any("CONSULT" in rec["event"] for rec in lines)
