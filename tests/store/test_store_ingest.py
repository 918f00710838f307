"""`parley ingest`: every input format into a store, a re-run adds nothing, failures are recorded."""

from __future__ import annotations

import io
import json
from pathlib import Path

import pytest
from click.testing import CliRunner
from store_helpers import REPO, synth

from conftest import BACKENDS, dispose, new_store
from parley.cli import cli
from parley.ingest import content_hash, ingest, iter_items
from parley.store import open_store

ARTICLE = (REPO / "examples" / "sample_article.txt").read_text(encoding="utf-8")


def _warc(path: Path) -> None:
    """A crawl: one article page, one image and one 404 (only the article is a document)."""
    from warcio.statusandheaders import StatusAndHeaders
    from warcio.warcwriter import WARCWriter

    page = (
        "<html><head><title>Talks</title></head><body><article>"
        + "".join(f"<p>{p}</p>" for p in ARTICLE.split("\n") if p.strip())
        + "</article></body></html>"
    )
    with path.open("wb") as fh:
        w = WARCWriter(fh, gzip=True)
        for url, status, ctype, body in [
            ("https://wire.example/talks", "200 OK", "text/html; charset=utf-8", page.encode()),
            ("https://wire.example/logo.png", "200 OK", "image/png", b"\x89PNG\r\n"),
            ("https://wire.example/gone", "404 Not Found", "text/html", b"<html>gone</html>"),
        ]:
            http = StatusAndHeaders(status, [("Content-Type", ctype)], protocol="HTTP/1.1")
            w.write_record(w.create_warc_record(url, "response", payload=io.BytesIO(body), http_headers=http))


@pytest.fixture
def corpus(tmp_path: Path) -> tuple[Path, dict]:
    root = tmp_path / "in"
    manifest = synth.generate(12, root / "synthetic", formats=("txt", "html", "jsonl", "warc"))
    (root / "crawl").mkdir()
    _warc(root / "crawl" / "extra.warc.gz")
    bad = root / "bad"
    bad.mkdir()
    (bad / "empty.txt").write_text("")
    (bad / "binary.txt").write_bytes(b"\x00\x01\x02" * 100)
    french = (
        "Le ministre des Affaires étrangères a déclaré mardi que le gouvernement était prêt à envoyer une "
        "délégation à Genève pour les pourparlers de paix avec les deux parties."
    )
    (bad / "dump.jsonl").write_text(json.dumps({"text": french}) + '\nnot json\n{"url": "no text"}\n')
    (bad / "notes.md").write_text("not an input")  # ignored: not an article suffix
    return root, manifest


@pytest.mark.parametrize("backend", BACKENDS)
def test_ingest_every_format_then_nothing_twice(
    corpus: tuple[Path, dict], tmp_path: Path, backend: str
) -> None:
    root, manifest = corpus
    st = new_store(backend, tmp_path)
    try:
        first = ingest([root], st, workers=1, progress=False)
        docs = manifest["documents"] + 1  # the synthetic articles and the crawl's page
        assert (first.stored, first.skipped) == (docs, manifest["verbatim_copies"])
        assert first.failed == 5  # empty, binary, not English, not JSON, no text
        counts = st.counts()
        assert counts["documents"] == docs and counts["failures"] == 5
        reasons = " ".join(f["reason"] for f in st.failures())
        for why in ("empty", "binary", "not look like English", "not JSON", "no `text`"):
            assert why in reasons
        page = [d for d in st.documents() if d["url"] == "https://wire.example/talks"]
        assert page and page[0]["site"] == "wire.example"
        again = ingest([root], st, workers=1, progress=False)
        assert (again.stored, again.skipped, again.failed) == (0, docs + manifest["verbatim_copies"], 5)
        after = st.counts()
        assert after == counts
        assert {f["attempts"] for f in st.failures()} == {2}
    finally:
        dispose(st)


def test_cross_outlet_story_is_merged_by_the_pipeline(tmp_path: Path) -> None:
    """Two outlets report one story: one quote with two sources, one event with two sources."""
    root = tmp_path / "in"
    root.mkdir()
    rng = synth.random.Random(1)
    plan = synth.plan(0, {})
    for i, outlet in enumerate((0, 3)):
        (root / f"{i}.txt").write_text(
            synth.as_text(synth.article(plan, outlet, False, rng)), encoding="utf-8"
        )
    db = tmp_path / "p.db"
    ingest([root], db, workers=1, progress=False)
    with open_store(db) as st:
        [quote] = st.quotes()
        assert quote["n_sources"] == 2 and quote["speaker"] == "Dmitry Peskov"
        [event] = st.events(type="CONSULT")
        assert event["n_sources"] == 2 and sorted(event["actors"]) == ["Russia", "Ukraine"]


def test_worker_processes_and_the_command(tmp_path: Path) -> None:
    root = tmp_path / "in"
    synth.generate(10, root, formats=("txt", "jsonl"))
    db = tmp_path / "p.db"
    result = CliRunner().invoke(
        cli, ["ingest", str(root), "--db", str(db), "--workers", "2", "--no-progress"]
    )
    assert result.exit_code == 0, result.output
    assert "10 stored" in result.stderr
    with open_store(db) as st:
        assert st.counts()["documents"] == 10


def test_missing_path_is_a_user_error(tmp_path: Path) -> None:
    result = CliRunner().invoke(cli, ["ingest", str(tmp_path / "nope"), "--db", str(tmp_path / "p.db")])
    assert result.exit_code == 2 and "no such file or folder" in result.stderr


def test_hash_ignores_spacing_only(tmp_path: Path) -> None:
    assert content_hash("Talks  resume\r\nin Istanbul ") == content_hash("Talks resume in Istanbul")
    assert content_hash("Talks resume") != content_hash("talks resume")


def test_jsonl_fields(tmp_path: Path) -> None:
    dump = tmp_path / "d.jsonl"
    lines = [
        {"html": "<p>x</p>", "url": "https://a.example/1", "published": "2025-05-29T10:00:00Z", "site": "A"},
        {"text": "y", "published": "29 May"},
        {"text": "z", "published": "2025-02-30"},
    ]
    dump.write_text("\n".join(json.dumps(x) for x in lines) + "\n")
    a, b, c = iter_items([dump])
    assert (a.is_html, a.url, a.published, a.site, a.source) == (
        True,
        "https://a.example/1",
        "2025-05-29",
        "A",
        f"{dump}:1",
    )
    assert (b.is_html, b.published, c.published) == (False, None, None)
