"""What the cleaner's line model drops on real web pages: story lines or cruft (dev halves only).

Run: ``python scripts/line_model_real.py [--aeb PATH] [--traf PATH] [--show N]``

* ``--aeb``: scrapinghub's article-extraction-benchmark (``html/*.html.gz``, ``ground-truth.json``). Each
  dev page goes through parley twice, as in ``bench/real_pages.py``: its scraper's text (``page_text``)
  through the text cleaner, and the page through the HTML cleaner. A line the model drops is **story** when
  nine in ten of its word 4-grams are in the gold body and it reads as a sentence (ends like one, five words
  or more), **gold other** when in the gold body but shaped like a subhead or a caption (the gold keeps
  them; parley's contract drops them), **cruft** when one in ten or fewer are, else **partly**.
* ``--traf``: trafilatura's evaluation pages (``tests/evaldata.json``, ``tests/eval``, ``tests/cache``),
  judged by their snippets: a dropped line that holds or sits in a main-text snippet is story, one that
  holds or sits in an other snippet is cruft, else unknown.

Nothing of the pages is in this repository. ``--show N`` prints the first N story lines dropped (dev
pages only, for a look on screen) with the model's two scores; the test halves are never read here.
"""

from __future__ import annotations

import argparse
import gzip
import json
import re
import sys
from collections import Counter
from collections.abc import Callable, Iterator
from contextlib import suppress
from dataclasses import dataclass
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parents[1] / "bench"))

from real_pages import page_text  # noqa: E402
from real_snippets import half_of  # noqa: E402

import parley.clean.text as text_cleaner  # noqa: E402
from parley.clean import line_marks, line_model  # noqa: E402
from parley.clean.cruft_rules import CompiledRules  # noqa: E402
from parley.clean.html import clean_html  # noqa: E402
from parley.clean.lines import Line  # noqa: E402
from parley.errors import ParleyError  # noqa: E402
from parley.lang import is_english  # noqa: E402

_WORD = re.compile(r"\w+")
_STORY_WORDS = 5  # a story sentence has at least this many words
_GRAM = 4  # a line is in the gold when its word 4-grams are (a shorter one: as a whole paragraph)
_STORY, _CRUFT = 0.9, 0.1  # shares of a line's 4-grams in the gold: in it, not in it


def words(text: str) -> str:
    return " ".join(_WORD.findall(text.lower()))


@dataclass
class Gold:
    """A page's gold body: its word 4-grams and its short paragraphs, as word runs."""

    grams: frozenset[tuple[str, ...]]
    paragraphs: frozenset[str]

    @classmethod
    def of(cls, body: str) -> Gold:
        w = _WORD.findall(body.lower())
        return cls(
            frozenset(tuple(w[i : i + _GRAM]) for i in range(len(w) - _GRAM + 1)),
            frozenset(words(p) for p in body.split("\n") if p.strip()),
        )

    def label(self, line: Line) -> str:
        """story, gold other (in the gold body, not shaped like a sentence), cruft, or partly (a line
        partly in the gold: a paragraph with a teaser glued on, say)."""
        w = _WORD.findall(line.text.lower())
        if len(w) < _GRAM:
            in_gold = bool(w) and " ".join(w) in self.paragraphs
        else:
            grams = [tuple(w[i : i + _GRAM]) for i in range(len(w) - _GRAM + 1)]
            share = sum(g in self.grams for g in grams) / len(grams)
            if _CRUFT < share < _STORY:
                return "partly"
            in_gold = share >= _STORY
        if not in_gold:
            return "cruft"
        return "story" if line.terminal and line.n_words >= _STORY_WORDS else "gold other"


@dataclass
class Snippets:
    """A page's snippets of main text (``story``) and of the rest (``other``), as word runs."""

    story: list[str]
    other: list[str]

    def label(self, line: Line) -> str:
        key = f" {words(line.text)} "
        for kind, snippets in (("story", self.story), ("cruft", self.other)):
            for s in snippets:
                if s and (f" {s} " in key or (len(key) > 20 and key in f" {s} ")):
                    return kind
        return "unknown"


@dataclass
class Judged:
    """A line the model judged on a page: its features' scores and whether it went."""

    page: str
    path: str  # "text" or "html"
    line: Line
    dropped: bool
    logistic: float
    trees: float


def watch(judged: list[Judged], page: str, path: str) -> Callable[..., None]:
    """A stand-in for ``mark_by_model`` that records every line the model looks at, then runs it."""
    real = line_model.mark_by_model

    def run(lines: list[Line], rules: CompiledRules, model: object = None) -> None:
        m = line_model.load_model()
        kept = [i for i, x in enumerate(lines) if x.reason is None and not x.in_list]
        looked = [i for i in kept if not line_marks.protected(lines[i], rules)] if len(kept) >= 2 else []
        values = {i: line_model.features(lines, i, kept, rules, m.vocab, m.story_vocab) for i in looked}
        real(lines, rules)
        for i in looked:
            p = line_model.probability(m, values[i])
            t = line_model.tree_probability(m.trees, values[i])
            judged.append(Judged(page, path, lines[i], lines[i].reason == line_model.REASON, p, t))

    return run


def _clean(judged: list[Judged], page: str, text: str, html: str) -> None:
    for path, run in (("text", lambda: text_cleaner.clean_text(text)), ("html", lambda: clean_html(html))):
        text_cleaner.mark_by_model = watch(judged, page, path)
        with suppress(ParleyError):
            run()
    text_cleaner.mark_by_model = line_model.mark_by_model


def aeb_pages(root: Path) -> Iterator[tuple[str, str, Gold]]:
    """(id, html, gold) of the benchmark's English dev pages."""
    gold = json.loads((root / "ground-truth.json").read_text(encoding="utf-8"))
    for key in sorted(gold):
        body = gold[key]["articleBody"]
        if int(key[0], 16) >= 8 or not is_english(body):
            continue
        path = root / "html" / f"{key}.html.gz"
        if path.exists():
            yield key, gzip.decompress(path.read_bytes()).decode("utf-8", "replace"), Gold.of(body)


def traf_pages(root: Path) -> Iterator[tuple[str, str, Snippets]]:
    """(address, html, snippets) of trafilatura's English dev pages."""
    data = json.loads((root / "tests" / "evaldata.json").read_text(encoding="utf-8"))
    for url, item in sorted(data.items()):
        if half_of(url) != "dev":
            continue
        path = next((p for d in ("eval", "cache") if (p := root / "tests" / d / item["file"]).exists()), None)
        if path is None:
            continue
        html = path.read_bytes().decode("utf-8", "replace")
        if is_english(page_text(html)):
            yield url, html, Snippets([words(s) for s in item["with"]], [words(s) for s in item["without"]])


def tally(name: str, judged: list[Judged], labels: dict[int, str], show: int) -> None:
    for path in ("text", "html"):
        rows = [j for j in judged if j.path == path]
        looked = Counter(labels[id(j)] for j in rows)
        dropped = Counter(labels[id(j)] for j in rows if j.dropped)
        print(
            f"{name} {path}: lines judged {sum(looked.values())} ({_counts(looked)}); "
            f"dropped {sum(dropped.values())} ({_counts(dropped)})"
        )
    for j in [j for j in judged if j.dropped and labels[id(j)] == "story"][:show]:
        print(f"   {j.path} {j.page[:40]} p={j.logistic:.4f} trees={j.trees:.4f}: {j.line.text[:110]!r}")


def _counts(c: Counter[str]) -> str:
    return ", ".join(f"{k} {v}" for k, v in sorted(c.items()))


def main() -> int:
    ap = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    ap.add_argument("--aeb", type=Path, help="the article-extraction-benchmark's checkout")
    ap.add_argument("--traf", type=Path, help="trafilatura's checkout")
    ap.add_argument("--show", type=int, default=0, help="print N dropped story lines (dev pages)")
    args = ap.parse_args()
    if not (args.aeb or args.traf):
        ap.error("give --aeb PATH and/or --traf PATH")
    if args.aeb:
        judged: list[Judged] = []
        labels: dict[int, str] = {}
        for key, html, gold in aeb_pages(args.aeb):
            start = len(judged)
            _clean(judged, key, page_text(html), html)
            labels.update({id(j): gold.label(j.line) for j in judged[start:]})
        tally("aeb dev", judged, labels, args.show)
    if args.traf:
        judged, labels = [], {}
        for url, html, snippets in traf_pages(args.traf):
            start = len(judged)
            _clean(judged, url, page_text(html), html)
            labels.update({id(j): snippets.label(j.line) for j in judged[start:]})
        tally("traf dev", judged, labels, args.show)
    return 0


if __name__ == "__main__":
    sys.exit(main())
