"""Scores the cleaner on the development articles: ``python tests/clean/dev_eval.py [-v]``.

Only tests/data/articles/dev is read; the held-out set is never opened here.
"""

from __future__ import annotations

import difflib
import json
import sys
import time
from pathlib import Path

DEV = Path(__file__).resolve().parents[1] / "data" / "articles" / "dev"


def norm(text: str | None) -> str | None:
    return None if text is None else " ".join(text.split())


def evaluate(verbose: bool = False, folder: Path = DEV) -> dict[str, int]:
    from parley.clean import clean

    counts = {"articles": 0, "body": 0, "title": 0, "published": 0, "source": 0, "cruft_gone": 0, "site": 0}
    for gold_path in sorted(folder.glob("*.gold.json")):
        gold = json.loads(gold_path.read_text(encoding="utf-8"))
        src = gold_path.with_name(gold["source"])
        raw = src.read_bytes().decode(gold.get("encoding") or "utf-8")
        started = time.perf_counter()
        got = clean(raw, is_html=src.suffix in {".html", ".htm"})
        ms = (time.perf_counter() - started) * 1000
        counts["articles"] += 1
        ok_body = norm(got.body) == norm(gold["body"])
        ok_title = norm(got.title) == norm(gold.get("title"))
        # A date the page does not state (published_source null: it comes by argument) is not the cleaner's.
        ok_date = got.published == (gold.get("published") if gold.get("published_source") else None)
        ok_source = got.published_source == gold.get("published_source")
        leftovers = [snip for snip in gold.get("removed", []) if norm(snip) in norm(got.body)]
        counts["source"] += ok_source
        counts["site"] += got.site == gold.get("site")
        counts["cruft_gone"] += not leftovers
        if verbose and leftovers:
            print(f"   cruft left in body: {leftovers}")
        counts["body"] += ok_body
        counts["title"] += ok_title
        counts["published"] += ok_date
        print(f"{src.name:45} body={ok_body!s:5} title={ok_title!s:5} date={ok_date!s:5} {ms:6.1f} ms")
        if verbose and not ok_title:
            print(f"   title got {got.title!r}\n   want      {gold.get('title')!r}")
        if verbose and not ok_date:
            want = f"{gold.get('published')!r} ({gold.get('published_source')})"
            print(f"   date got {got.published!r} want {want}")
        if verbose and not ok_body:
            want = gold["body"].split("\n")
            have = got.body.split("\n")
            for d in difflib.unified_diff(
                [norm(x) for x in want if x.strip()], [norm(x) for x in have], lineterm="", n=0
            ):
                print("   " + d[:160])
    print(counts)
    return counts


if __name__ == "__main__":
    # Development folders only: a name other than "dev..." (the held-out set) is refused.
    names = [a for a in sys.argv[1:] if not a.startswith("-")]
    for name in names or ["dev"]:
        if not name.startswith("dev"):
            raise SystemExit(f"refusing to score {name!r}: only development sets are read here")
        evaluate("-v" in sys.argv, DEV.parent / name)
