"""Real web pages: how much of the story parley's cleaners keep, and how much else, against other tools.

The pages and their gold article bodies are scrapinghub's article-extraction-benchmark (MIT; 181 pages
fetched in 2019-2020, news and blogs, some not in English). Nothing of it is in this repository: point the
script at a checkout of it (``git clone``, or the ``fetch`` tool's mirror with ``--git``):

    python bench/real_pages.py PATH [--half dev|test|all] [--all-languages] [--worst N] [--titles N]

Two inputs per page, each scored against the gold body:

* the HTML page: trafilatura alone (the baseline) and parley's HTML cleaner (trafilatura plus the rules);
* the page "as a scraper leaves it": every visible text block on its own line (:func:`page_text`), the
  page's whole text as the baseline, and parley's plain-text cleaner;
* the page as a main-content extractor leaves it (:func:`extractor_text`, the seed article's shape): the
  extractor's text as the baseline, and parley's plain-text cleaner over it (what it must not lose).

Scores are precision, recall and F1 of word 4-gram shingles (counted with repeats), averaged over pages,
and "story kept": the share of pages where parley keeps at least 95% of the gold body's shingles; and the
publication date the text path reads against htmldate's from the HTML (a silver label: the page's
markup may give the first publication where the text shows the update, or a time zone's other day). The
gold bodies keep subheads, captions in the text flow and tables, which parley's contract removes (and
reports), so precision and recall here are a lower bound on parley's own conventions.

The title the text path picks is checked against the page's headline as its markup gives it
(:func:`reference_title`: the ``<h1>`` that the og:title agrees with), on the pages whose text shows it as a
line of its own.

The pages are split by their id (first hex digit 0-7 "dev", 8-f "test"): rules are looked at on dev only.
"""

from __future__ import annotations

import argparse
import gzip
import json
import re
import statistics
import subprocess
import sys
from collections import Counter
from collections.abc import Callable
from pathlib import Path

import lxml.etree
import lxml.html

from parley.clean.html import clean_html
from parley.clean.text import clean_text
from parley.errors import ParleyError
from parley.evaluation import norm
from parley.lang import is_english
from parley.pubdate import date_from_html

_BLOCK = frozenset(
    {"address", "article", "aside", "blockquote", "br", "dd", "div", "dl", "dt", "figcaption", "figure",
     "footer", "form", "h1", "h2", "h3", "h4", "h5", "h6", "header", "hr", "li", "main", "nav", "ol", "p",
     "pre", "section", "table", "tr", "td", "th", "ul", "title"}
)
_HIDDEN = frozenset({"script", "style", "noscript", "template", "svg", "head", "iframe", "button", "select"})
_WORD = re.compile(r"\w+")
_SPACES = re.compile(r"[ \t\xa0]+")
_SHINGLE = 4
_KEPT = 0.95
_DATELINE = re.compile(r"^[^—–:]{1,60}?(?:\s[—–-]|:)\s")  # the lead's place and agency, up to a dash
_SENTENCE_END = frozenset('.!?"\'”’')
# What parts a page's og:title from the site's name after it, or a section's before it.
_SITE_SEPARATORS = (" | ", " - ", " – ", " — ", " :: ")
_LABEL_MAX_WORDS = 3


def page_text(html: str) -> str:
    """The visible text of a page, one block per line, as a scraper that walks the DOM writes it."""
    try:
        root = lxml.html.fromstring(html)
    except ValueError:  # a string that declares its encoding ("<?xml ... encoding=...?>") is read as bytes
        root = lxml.html.fromstring(html.encode("utf-8"))
    except lxml.etree.ParserError:  # an empty document
        return "\n"
    for el in [e for e in root.iter() if isinstance(e.tag, str) and e.tag.lower() in _HIDDEN]:
        if el.getparent() is not None:
            el.drop_tree()
    out: list[str] = []
    stack: list[tuple[object, bool]] = [(root, False)]
    # Iterative walk (deep pages overflow recursion): an element's text, its children, then its tail.
    while stack:
        el, closing = stack.pop()
        if isinstance(el, str):
            out.append(el)
            continue
        tag = el.tag.lower() if isinstance(el.tag, str) else ""  # type: ignore[attr-defined]
        if closing:
            out.append("\n" if tag in _BLOCK else "")
            continue
        out.append("\n" if tag in _BLOCK else "")
        if isinstance(el.tag, str) and el.text:  # type: ignore[attr-defined]
            out.append(el.text)  # type: ignore[attr-defined]
        stack.append((el, True))
        for kid in reversed(list(el)):  # type: ignore[call-overload]
            if kid.tail:
                stack.append((kid.tail, False))
            stack.append((kid, False))
    lines = [_SPACES.sub(" ", line).strip() for line in "".join(out).split("\n")]
    kept: list[str] = []
    for line in lines:
        if line or (kept and kept[-1]):
            kept.append(line)
    return "\n".join(kept).strip() + "\n"


def _title_key(text: str) -> str:
    """How titles are compared: whitespace, case, curly quotes and dashes aside."""
    return norm(text).lower().replace("\u2013", "-").replace("\u2014", "-")


def _og_forms(og: str) -> list[str]:
    """The og:title as given, without the site's name after it ("<headline> | Site", "<headline> - Site"), and
    without a section's before it ("Opinion | <headline>")."""
    forms = [og]
    for sep in _SITE_SEPARATORS:
        head, found, tail = og.rpartition(sep)
        if found:
            forms.append(head)
        label, found, rest = og.partition(sep)
        if found and len(label.split()) <= _LABEL_MAX_WORDS:
            forms.append(rest)
    return [" ".join(form.split()) for form in forms if form.strip()]


def reference_title(html: str, text: str) -> str | None:
    """The page's headline as its markup gives it, where the scraped text shows it as a line of its own: an
    ``<h1>`` that the og:title agrees with; else the one of them that the text shows: the og:title (without
    the site's name) or the page's only ``<h1>``. None where the page gives none, the text does not show it,
    or it shows both and they disagree."""
    try:
        root = lxml.html.fromstring(html)
    except ValueError:
        root = lxml.html.fromstring(html.encode("utf-8"))
    except lxml.etree.ParserError:
        return None
    shown = {_title_key(line) for line in text.split("\n") if line.strip()}
    h1s = [" ".join(el.text_content().split()) for el in root.iter("h1")]
    h1s = [h1 for h1 in h1s if h1 and _title_key(h1) in shown]
    ogs = [el.get("content") or "" for el in root.iter("meta") if el.get("property") == "og:title"]
    forms = _og_forms(ogs[0]) if ogs else []
    keys = {_title_key(form) for form in forms}
    agreed = [h1 for h1 in h1s if _title_key(h1) in keys]
    if agreed:
        return agreed[0]
    # The two disagree: a page that shows both (a logo's <h1>, a teaser's og:title) gives no reference.
    shown_og = [form for form in forms if _title_key(form) in shown]
    if shown_og and not h1s:
        return shown_og[0]
    return h1s[0] if len(h1s) == 1 and not shown_og else None


def same_title(got: str | None, reference: str) -> bool:
    """``got`` is the reference headline, or the headline without a section label in front of it ("Opinion:
    <headline>", "BREAKING | <headline>"), which parley's convention leaves out."""
    if got is None:
        return False
    want, have = _title_key(reference), _title_key(got)
    if want == have:
        return True
    label = want[: -len(have)].rstrip() if have and want.endswith(have) else ""
    return label[-1:] in (":", "|") and len(label.split()) <= _LABEL_MAX_WORDS


def title_line(titles: list[tuple[str, str | None, str]]) -> str:
    same = sum(same_title(got, want) for _, got, want in titles)
    where = "title of the text path against the page's <h1>/og:title, where a line of the text"
    return f"{where}: same {same}/{len(titles)}"


def text_title(text: str) -> str | None:
    """The title parley's text cleaner picks (None where it finds no story)."""
    try:
        return clean_text(text).title
    except ParleyError:
        return None


def shingles(text: str) -> Counter[tuple[str, ...]]:
    words = _WORD.findall(text.lower())
    return Counter(tuple(words[i : i + _SHINGLE]) for i in range(max(1, len(words) - _SHINGLE + 1)))


def _words(text: str) -> str:
    return " ".join(_WORD.findall(text.lower()))


def prose_kept(pred: str, gold: str) -> bool:
    """Every sentence-like paragraph of the gold (eight words or more, ending as a sentence ends) is in the
    prediction, word for word: the story's prose whole, whatever happened to its subheads and captions. A
    dateline opening a paragraph ("MADRID — ", "NEW YORK (Reuters) - ") may be gone: parley keeps it as
    metadata."""
    kept = _words(pred)
    return all(
        _words(line) in kept or _words(_DATELINE.sub("", line, count=1)) in kept
        for line in gold.splitlines()
        if len(line.split()) >= 8 and line.rstrip()[-1:] in _SENTENCE_END
    )


def score(pred: str, gold: str) -> tuple[float, float, float, bool]:
    p, g = shingles(pred), shingles(gold)
    hit = sum((p & g).values())
    precision, recall = hit / max(1, sum(p.values())), hit / max(1, sum(g.values()))
    f1 = 2 * precision * recall / (precision + recall) if precision + recall else 0.0
    return precision, recall, f1, prose_kept(pred, gold)


def _trafilatura(html: str) -> str:
    import trafilatura

    return trafilatura.extract(html) or ""


def extractor_text(html: str) -> str:
    """The page as a main-content extractor leaves it (trafilatura, favouring recall): the story with what
    sat inside its container, an appeal, a caption, a button's label (the shape of the seed article)."""
    import trafilatura

    return trafilatura.extract(html, favor_recall=True) or ""


def inputs_of(html: str) -> dict[str, str]:
    """The three inputs the systems read: the page, its whole text, an extractor's text of it."""
    return {"html": html, "text": page_text(html), "extract": extractor_text(html)}


def date_verdict(text: str, html: str) -> str:
    """The text path's publication date against htmldate's reading of the page (metadata first): the page's
    own date where its markup gives one; a text that shows no date, or only an update, differs honestly."""
    silver = date_from_html(html)
    if silver is None:
        return "no htmldate"
    try:
        got = clean_text(text).published
    except ParleyError:
        got = None
    return "none" if got is None else ("same" if got == silver else "other")


def date_line(dates: Counter[str]) -> str:
    """The tally of :func:`date_verdict` over the pages, as both real-page benchmarks print it."""
    return (
        f"publication date of the text path against htmldate's on the HTML: same {dates['same']}, "
        f"none {dates['none']}, other {dates['other']}, htmldate none {dates['no htmldate']}"
    )


def systems() -> dict[str, tuple[str, Callable[[str], str]]]:
    """name -> (input kind, function from that input to a body)."""
    return {
        "page text (baseline)": ("text", lambda text: text),
        "parley, text": ("text", lambda text: clean_text(text).body),
        "trafilatura, HTML (baseline)": ("html", _trafilatura),
        "parley, HTML": ("html", lambda html: clean_html(html).body),
        "extractor's text (baseline)": ("extract", lambda text: text),
        "parley, extractor's text": ("extract", lambda text: clean_text(text).body),
    }


def reader(root: Path, git: bool) -> Callable[[str], bytes | None]:
    """A reader of the files under ``root`` (a checkout, or with ``git`` a bare mirror's HEAD): a path's
    bytes, or None where there is no such file."""

    def read(rel: str) -> bytes | None:
        if git:
            run = subprocess.run(["git", "-C", str(root), "show", f"HEAD:{rel}"], capture_output=True)
            return run.stdout if run.returncode == 0 else None
        file = root / rel
        return file.read_bytes() if file.exists() else None

    return read


def load(root: Path, git: bool) -> tuple[dict[str, dict[str, str]], Callable[[str], bytes | None]]:
    read = reader(root, git)
    gold = read("ground-truth.json")
    if gold is None:
        raise SystemExit(f"real_pages: no ground-truth.json under {root}: give the benchmark's checkout")
    return json.loads(gold), read


def main() -> int:
    ap = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    ap.add_argument("path", type=Path, help="the benchmark's checkout (or bare mirror, --git)")
    ap.add_argument("--git", action="store_true", help="read the files from the repository's HEAD")
    ap.add_argument("--half", choices=("dev", "test", "all"), default="dev")
    ap.add_argument("--all-languages", action="store_true", help="keep pages whose gold body is not English")
    ap.add_argument("--worst", type=int, default=0, help="list the N pages parley keeps least of (dev)")
    ap.add_argument("--titles", type=int, default=0, help="list N pages whose title parley missed (dev)")
    args = ap.parse_args()
    if (args.worst or args.titles) and args.half != "dev":
        ap.error("--worst and --titles list pages of the dev half only: the test half is scored in aggregate")
    gold, read = load(args.path, args.git)
    table = systems()
    scores: dict[str, list[tuple[float, float, float, bool]]] = {name: [] for name in table}
    failures: Counter[str] = Counter()
    worst: list[tuple[float, str, str]] = []
    dates: Counter[str] = Counter()
    titles: list[tuple[str, str | None, str]] = []  # (page, parley's title, the reference) where one is shown
    for key in sorted(gold):
        half = "dev" if int(key[0], 16) < 8 else "test"
        body = gold[key]["articleBody"]
        if args.half not in ("all", half) or not (args.all_languages or is_english(body)):
            continue
        page = read(f"html/{key}.html.gz")
        if page is None:
            continue
        html = gzip.decompress(page).decode("utf-8", "replace")
        inputs = inputs_of(html)
        for name, (kind, run) in table.items():
            try:
                pred = run(inputs[kind])
            except ParleyError:  # "no article text found": nothing kept
                pred = ""
            except Exception as err:  # a crash is a finding: count it, score the page as empty
                failures[f"{name}: {type(err).__name__}"] += 1
                pred = ""
            scores[name].append(score(pred, body))
        worst.append((scores["parley, text"][-1][1], key[:8], gold[key].get("url", "")))
        dates[date_verdict(inputs["text"], html)] += 1
        reference = reference_title(html, inputs["text"])
        if reference is not None:
            titles.append((key[:8], text_title(inputs["text"]), reference))
    n = len(worst)
    print(f"{n} pages ({args.half} half{', all languages' if args.all_languages else ', English'})")
    print(f"{'system':30s} {'P':>6s} {'R':>6s} {'F1':>6s} {'story kept':>11s} {'prose kept':>11s}")
    for name, rows in scores.items():
        p, r, f = (statistics.fmean(x[i] for x in rows) for i in range(3))
        kept, prose = sum(x[1] >= _KEPT for x in rows), sum(x[3] for x in rows)
        print(f"{name:30s} {p:6.3f} {r:6.3f} {f:6.3f} {kept:5d}/{len(rows):<4d} {prose:5d}/{len(rows):<4d}")
    print(date_line(dates))
    print(title_line(titles))
    for what, count in failures.items():
        print(f"  crashed: {what} x{count}")
    for page, got, want in [row for row in titles if not same_title(row[1], row[2])][: args.titles]:
        print(f"  {page} title {str(got)[:70]!r}, the page's {want[:70]!r}")
    for recall, key, url in sorted(worst)[: args.worst]:
        print(f"  {key} text recall {recall:.2f}  {url[:90]}")
    return 1 if failures else 0


if __name__ == "__main__":
    sys.exit(main())
