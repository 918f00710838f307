"""Real web pages, judged by snippets: what of the story parley keeps, and what of the chrome it drops.

The pages are trafilatura's evaluation set (Apache-2.0; ``tests/eval`` and ``tests/cache`` of the trafilatura
repository, with ``tests/evaldata.json``): for each page, snippets that belong to the main text ("with") and
snippets that do not ("without": menus, footers, dates, related links). Nothing of it is in this repository:
point the script at a checkout of trafilatura (or the ``fetch`` tool's bare mirror with ``--git``):

    python bench/real_snippets.py PATH [--half dev|test|all] [--all-languages] [--lost N] [--titles N]

Each page is read as HTML (trafilatura alone, parley's HTML cleaner), as a scraper's text of it (the
page text, parley's text cleaner; see ``real_pages.page_text``) and as an extractor's text of it (the seed's
shape; ``real_pages.extractor_text``, then parley's text cleaner). A snippet counts as kept when its words,
whitespace and case aside, are in the body. Many snippets of the set are a page's headings, a dateline or a
caption, which parley's contract removes on purpose (and reports), so "with kept" is a lower bound here.
The text path's title is checked as in ``real_pages`` (the page's ``<h1>``/og:title where the text shows it),
and so is its publication date (against htmldate's reading of the HTML).
Pages are split by a hash of their address: dev (looked at) and test (aggregate only).
"""

from __future__ import annotations

import argparse
import hashlib
import json
import sys
from collections import Counter
from pathlib import Path

from real_pages import (  # bench/ is the script's own folder
    date_line,
    date_verdict,
    inputs_of,
    reader,
    reference_title,
    same_title,
    systems,
    text_title,
    title_line,
)

from parley.errors import ParleyError
from parley.lang import is_english


def _norm(text: str) -> str:
    return " ".join(text.split()).lower()


def half_of(url: str) -> str:
    return "dev" if int(hashlib.sha1(url.encode()).hexdigest()[0], 16) < 8 else "test"


def main() -> int:
    ap = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    ap.add_argument("path", type=Path, help="trafilatura's checkout (or bare mirror, --git)")
    ap.add_argument("--git", action="store_true", help="read the files from the repository's HEAD")
    ap.add_argument("--half", choices=("dev", "test", "all"), default="dev")
    ap.add_argument("--all-languages", action="store_true", help="keep pages that are not in English")
    ap.add_argument("--lost", type=int, default=0, help="list N story snippets parley's text path lost (dev)")
    ap.add_argument("--titles", type=int, default=0, help="list N pages whose title parley missed (dev)")
    args = ap.parse_args()
    if (args.lost or args.titles) and args.half != "dev":
        ap.error("--lost and --titles list pages of the dev half only: the test half is scored in aggregate")

    read = reader(args.path, args.git)
    table = systems()
    data = json.loads(read("tests/evaldata.json") or b"{}")
    tally: Counter[tuple[str, str]] = Counter()
    crashes: Counter[str] = Counter()
    lost: list[tuple[str, str]] = []
    titles: list[tuple[str, str | None, str]] = []
    pages = 0
    dates: Counter[str] = Counter()
    for url, item in sorted(data.items()):
        if args.half not in ("all", half_of(url)):
            continue
        raw = read(f"tests/eval/{item['file']}") or read(f"tests/cache/{item['file']}")
        if raw is None:
            continue
        html = raw.decode("utf-8", "replace")
        inputs = inputs_of(html)
        if not (args.all_languages or is_english(inputs["text"])):
            continue
        pages += 1
        dates[date_verdict(inputs["text"], html)] += 1
        reference = reference_title(html, inputs["text"])
        if reference is not None:
            titles.append((url, text_title(inputs["text"]), reference))
        for name, (kind, run) in table.items():
            try:
                body = _norm(run(inputs[kind]))
            except ParleyError:
                body = ""
            except Exception as err:  # a crash is a finding: count it, score the page as empty
                crashes[f"{name}: {type(err).__name__}"] += 1
                body = ""
            for snippet in item["with"]:
                kept = _norm(snippet) in body
                tally[name, "with"] += 1
                tally[name, "with kept"] += kept
                if name == "parley, text" and not kept:
                    lost.append((url, snippet))
            for snippet in item["without"]:
                tally[name, "without"] += 1
                tally[name, "without dropped"] += _norm(snippet) not in body
    print(f"{pages} pages ({args.half} half{', all languages' if args.all_languages else ', English'})")
    print(f"{'system':30s} {'with kept':>14s} {'without dropped':>16s}")
    for name in table:
        kept, dropped = tally[name, "with kept"], tally[name, "without dropped"]
        print(f"{name:30s} {kept:6d}/{tally[name, 'with']:<6d} {dropped:8d}/{tally[name, 'without']:<6d}")
    print(title_line(titles))
    print(date_line(dates))
    for what, count in crashes.items():
        print(f"  crashed: {what} x{count}")
    for url, got, want in [row for row in titles if not same_title(row[1], row[2])][: args.titles]:
        print(f"  {url[:60]} title {str(got)[:60]!r}, the page's {want[:60]!r}")
    for url, snippet in lost[: args.lost]:
        print(f"  lost: {snippet[:80]!r}  {url[:70]}")
    return 1 if crashes else 0


if __name__ == "__main__":
    sys.exit(main())
