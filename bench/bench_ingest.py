"""Benchmark: `parley ingest` throughput and memory at two corpus sizes, and a speaker + date quote query
on a store of many quotes.

    python bench/bench_ingest.py                     # ingest 1,000 and 4,000 articles; 1,000,000 quotes
    python bench/bench_ingest.py --sizes 2000 20000  # the issue's corpus size
    python bench/bench_ingest.py --skip-ingest --db postgresql://...  # the query part only, on PostgreSQL

Ingest runs `parley ingest` in a subprocess on synthetic articles (scripts/synth_corpus.py) plus the
team's test articles, with one worker per core; memory is the peak resident size of the ingesting process
and of the whole process tree, sampled from /proc. The store's documents, quotes and events must equal
the corpus's planted counts (one quote and one event a story) plus what the test articles give alone.
The query store is built by bulk-inserting synthetic rows through the store.
"""

from __future__ import annotations

import argparse
import json
import os
import random
import statistics
import subprocess
import sys
import tempfile
import time
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT / "scripts"))

import synth_corpus  # noqa: E402

from parley.store import is_postgres, open_store  # noqa: E402

PG_SCHEMA = "parley_bench"


def _rss_kb(pid: int) -> int:
    try:
        for line in Path(f"/proc/{pid}/status").read_text().splitlines():
            if line.startswith("VmRSS:"):
                return int(line.split()[1])
    except OSError:
        pass
    return 0


def _session(sid: int) -> list[int]:
    out = []
    for stat in Path("/proc").glob("[0-9]*/stat"):
        try:
            if int(stat.read_text().rsplit(")", 1)[1].split()[3]) == sid:
                out.append(int(stat.parent.name))
        except (OSError, IndexError, ValueError):
            continue
    return out


ARTICLES = ROOT / "tests" / "data" / "articles"


def _copy_articles(dest: Path) -> int:
    """The team's test articles beside the synthetic ones; their count."""
    import shutil

    files = [p for p in ARTICLES.rglob("*") if p.suffix in (".txt", ".html")]
    for p in files:
        target = dest / "articles" / p.relative_to(ARTICLES)
        target.parent.mkdir(parents=True, exist_ok=True)
        shutil.copy(p, target)
    return len(files)


def articles_alone(workdir: Path) -> dict:
    """What the test articles give on their own: the counts they add to any corpus."""
    from parley.ingest import ingest

    folder = workdir / "articles-alone"
    _copy_articles(folder)
    db = workdir / "articles-alone.db"
    ingest([folder], db, workers=1, progress=False)
    with open_store(db) as st:
        return st.counts()


def story_audit(st, sources: str) -> dict:  # noqa: ANN001
    """Whose doing a difference is. Each outlet's article of a story should give the same records, so
    the store should hold, per story, as many as the richest article gave: more means the store split a
    record, a record shared by two stories means it joined them. Stories with none were not extracted."""
    import re

    story: dict[int, int] = {}
    for r in st._rows("SELECT id, body FROM documents"):
        if m := re.search(r"Reference (\d+)-\d+:", r["body"]):
            story[r["id"]] = int(m.group(1))
    owner = "quote_id" if sources == "quote_sources" else "event_id"
    per_doc: dict[int, set[int]] = {}
    for r in st._rows(f"SELECT {owner} AS item, document_id FROM {sources}"):
        if r["document_id"] in story:
            per_doc.setdefault(r["document_id"], set()).add(r["item"])
    by_story: dict[int, set[int]] = {}
    richest: dict[int, int] = {}
    by_item: dict[int, set[int]] = {}
    for doc, items in per_doc.items():
        s = story[doc]
        by_story.setdefault(s, set()).update(items)
        richest[s] = max(richest.get(s, 0), len(items))
        for item in items:
            by_item.setdefault(item, set()).add(s)
    return {
        "stories": len(set(story.values())),
        "records": len(by_item),
        "records_if_merged_exactly": sum(richest.values()),
        "stories_split_by_store": sum(len(v) > richest[s] for s, v in by_story.items()),
        "records_joining_stories": sum(len(v) > 1 for v in by_item.values()),
        "stories_not_extracted": len(set(story.values()) - set(by_story)),
    }


def bench_ingest(n: int, workdir: Path, workers: int, alone: dict | None) -> dict:
    corpus = workdir / f"corpus-{n}"
    manifest = synth_corpus.generate(n, corpus)
    if alone is not None:
        _copy_articles(corpus)
    db = workdir / f"ingest-{n}.db"
    cmd = [
        sys.executable,
        "-c",
        "from parley.cli import main; main()",
        "ingest",
        str(corpus),
        "--db",
        str(db),
        "--workers",
        str(workers),
        "--no-progress",
    ]
    start = time.monotonic()
    proc = subprocess.Popen(cmd, start_new_session=True, stderr=subprocess.PIPE, text=True)
    parent_peak = tree_peak = 0
    while proc.poll() is None:
        parent_peak = max(parent_peak, _rss_kb(proc.pid))
        tree_peak = max(tree_peak, sum(_rss_kb(p) for p in _session(proc.pid)))
        time.sleep(0.25)
    seconds = time.monotonic() - start
    err = proc.stderr.read() if proc.stderr else ""
    if proc.returncode != 0:
        raise SystemExit(f"ingest failed: {err}")
    with open_store(db) as st:
        counts = st.counts()
        audit = {t: story_audit(st, t) for t in ("quote_sources", "event_sources")}
    extra = alone or {"documents": 0, "quotes": 0, "events": 0}
    expected = {
        "documents": manifest["documents"] + extra["documents"],
        "quotes": manifest["planted_quotes"] + extra["quotes"],
        "events": manifest["planted_events"] + extra["events"],
    }
    return {
        "documents_in_corpus": n,
        "seconds": round(seconds, 1),
        "documents_per_s": round(n / seconds, 1),
        "parent_peak_rss_mb": round(parent_peak / 1024, 1),
        "tree_peak_rss_mb": round(tree_peak / 1024, 1),
        "stored": {
            k: counts[k]
            for k in (
                "documents",
                "quotes",
                "quote_sources",
                "events",
                "event_sources",
                "entities",
                "failures",
            )
        },
        "expected": expected,
        "exact": all(counts[k] == v for k, v in expected.items()),
        "merged_exactly": all(
            a["stories_split_by_store"] == 0 and a["records_joining_stories"] == 0 for a in audit.values()
        ),
        "per_story": audit,
        "summary": err.strip().splitlines()[-1] if err.strip() else "",
    }


# Quote text: common words and a long tail, so a full-text term matches a realistic share of quotes.
COMMON = [
    "we",
    "are",
    "ready",
    "the",
    "talks",
    "will",
    "not",
    "a",
    "to",
    "of",
    "and",
    "in",
    "for",
    "is",
    "that",
]
RARE = [
    f"{a}{b}"
    for a in ("memo", "cease", "dele", "pris", "medi", "guar", "sanc", "corr", "summ", "with")
    for b in ("randum", "fire", "gation", "oners", "ators", "antee", "tions", "idor", "mit", "drawal")
]
WORDS = RARE


def build_quote_store(
    db: str, n_quotes: int, speakers: int = 2000, docs: int = 10_000, seed: int = 1
) -> dict:
    """A store of `n_quotes` quotes by `speakers` people over three years, bulk-loaded through the store."""
    rng = random.Random(seed)
    start_day = 738000  # 2021-07-23 as a proleptic ordinal
    from datetime import date

    def day(i: int) -> str:
        return date.fromordinal(start_day + i).isoformat()

    t0 = time.monotonic()
    if is_postgres(db):  # a fresh schema of its own each run
        old = open_store(db, schema=PG_SCHEMA)
        old.drop_schema()  # type: ignore[attr-defined]
        old.close()
    st = open_store(db, schema=PG_SCHEMA if is_postgres(db) else None)
    st.insert_rows(
        "documents",
        (
            {
                "hash": f"h{i}",
                "body": f"synthetic body {i}",
                "published": day(i % 1095),
                "site": f"outlet{i % 40}.example",
                "ingested": "2025-01-01",
            }
            for i in range(docs)
        ),
    )
    st.insert_rows(
        "entities",
        (
            {
                "name": f"Speaker{i} Surname{i}",
                "type": "PERSON",
                "surname": f"surname{i}",
                "aliases": "[]",
                "n_documents": 0,
            }
            for i in range(speakers)
        ),
    )
    st.insert_rows(
        "entity_aliases",
        ({"entity_id": i + 1, "alias": f"Surname{i}", "key": f"surname{i}"} for i in range(speakers)),
    )

    def quotes():
        for _ in range(n_quotes):
            words = " ".join(rng.choices(COMMON, k=9) + rng.choices(RARE, k=3))
            d = day(rng.randrange(1095))
            yield {
                "text": words,
                "norm": words,
                "kind": "direct",
                "speaker_entity_id": rng.randrange(speakers) + 1,
                "speaker_name": None,
                "first_published": d,
                "last_published": d,
                "n_sources": 1,
            }

    st.insert_rows("quotes", quotes())
    st.insert_rows(
        "quote_sources",
        (
            {"quote_id": i + 1, "document_id": rng.randrange(docs) + 1, "text": "x", "published": None}
            for i in range(n_quotes)
        ),
    )
    st.close()
    return {"quotes": n_quotes, "speakers": speakers, "build_seconds": round(time.monotonic() - t0, 1)}


def bench_query(
    db: str, queries: int = 500, speakers: int = 2000, seed: int = 2, contains: bool = False
) -> dict:
    rng = random.Random(seed)
    st = open_store(db, schema=PG_SCHEMA if is_postgres(db) else None)
    times, rows = [], 0
    for _ in range(queries):
        s = rng.randrange(speakers)
        since_day = rng.randrange(1000)
        from datetime import date

        since = date.fromordinal(738000 + since_day)
        until = date.fromordinal(738000 + since_day + 30)
        t = time.perf_counter()
        got = st.quotes(
            speaker=f"Surname{s}",
            since=since.isoformat(),
            until=until.isoformat(),
            contains=rng.choice(WORDS) if contains else None,
        )
        times.append((time.perf_counter() - t) * 1000)
        rows += len(got)
    st.close()
    times.sort()
    return {
        "queries": queries,
        "p50_ms": round(statistics.median(times), 2),
        "p95_ms": round(times[int(len(times) * 0.95) - 1], 2),
        "max_ms": round(times[-1], 2),
        "mean_rows": round(rows / queries, 1),
        "contains": contains,
    }


def main() -> None:
    ap = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    ap.add_argument("--sizes", type=int, nargs="*", default=[1000, 4000], help="corpus sizes to ingest")
    ap.add_argument("--workers", type=int, default=os.cpu_count() or 1)
    ap.add_argument("--quotes", type=int, default=1_000_000, help="quotes in the query store (0: skip)")
    ap.add_argument("--db", help="query store: a SQLite path or postgresql:// DSN (default: a temp file)")
    ap.add_argument("--skip-ingest", action="store_true")
    ap.add_argument(
        "--no-articles", action="store_true", help="synthetic articles only, not tests/data/articles"
    )
    ap.add_argument("--out", type=Path, help="also write the results here as JSON")
    args = ap.parse_args()
    results: dict = {"cores": os.cpu_count(), "workers": args.workers}
    with tempfile.TemporaryDirectory(prefix="parley-bench-") as tmp:
        work = Path(tmp)
        if not args.skip_ingest:
            results["ingest"] = []
            alone = None if args.no_articles else articles_alone(work)
            for n in args.sizes:
                r = bench_ingest(n, work, args.workers, alone)
                results["ingest"].append(r)
                print(json.dumps(r), flush=True)
        if args.quotes:
            db = args.db or str(work / "quotes.db")
            results["quote_store"] = build_quote_store(db, args.quotes)
            if not db.startswith("postgres"):
                results["quote_store"]["size_mb"] = round(
                    sum(p.stat().st_size for p in Path(db).parent.glob(Path(db).name + "*")) / 2**20, 1
                )
            print(json.dumps(results["quote_store"]), flush=True)
            results["query"] = bench_query(db)
            results["query_contains"] = bench_query(db, contains=True)
            print(json.dumps(results["query"]), json.dumps(results["query_contains"]), flush=True)
    print(json.dumps(results, indent=2))
    if args.out:
        args.out.write_text(json.dumps(results, indent=2) + "\n")


if __name__ == "__main__":
    main()
