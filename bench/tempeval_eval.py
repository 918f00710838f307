"""TempEval-3 figure for parley's dates: TIMEX3 extent (strict/relaxed) and value F1 on the TimeBank and
AQUAINT training documents (TBAQ-cleaned).

The corpus is research-only data and is never committed: fetch qiangning/StructTempRel-EMNLP17 (its git
directory is read with `git show`) or point --dir at a folder of .tml files. The platinum test set is
refused: it is kept for the issue's own measurement.

    python bench/tempeval_eval.py [--mirror /work/.mirror/qiangning+StructTempRel-EMNLP17/repo]
    python bench/tempeval_eval.py --dir some/folder/of/tml --errors 30

Each document's TEXT is given to parley verbatim (no cleaning) with its DCT as the publication date.
Scores follow TempEval-3: relaxed = any overlap, strict = same extent, value F1 = relaxed matches with the
right value counted as hits (that is, relaxed F1 times value accuracy).
"""

from __future__ import annotations

import argparse
import html
import re
import subprocess
import sys
import time
from collections.abc import Iterator
from dataclasses import dataclass, field
from pathlib import Path

MIRROR = Path("/work/.mirror/qiangning+StructTempRel-EMNLP17/repo")
TRAIN = "data/TempEval3/Training/TBAQ-cleaned"
_TAG = re.compile(r"<(/?)([A-Za-z0-9]+)([^>]*)>")
_ATTR = re.compile(r'(\w+)="([^"]*)"')


@dataclass
class Timex:
    start: int
    end: int
    text: str
    type: str
    value: str


@dataclass
class Doc:
    name: str
    corpus: str
    dct: str
    text: str
    gold: list[Timex] = field(default_factory=list)


def parse_tml(name: str, corpus: str, tml: str) -> Doc:
    dct_tag = re.search(r'<TIMEX3[^>]*functionInDocument="CREATION_TIME"[^>]*>', tml)
    dct = _ATTR.findall(dct_tag.group(0)) if dct_tag else []
    dct_value = dict(dct).get("value", "")[:10]
    body = tml[tml.index("<TEXT>") + len("<TEXT>") : tml.index("</TEXT>")]
    out, gold, pos, open_timex = [], [], 0, None
    length = 0
    for m in _TAG.finditer(body):
        chunk = html.unescape(body[pos : m.start()])
        out.append(chunk)
        length += len(chunk)
        pos = m.end()
        closing, tag, attrs = m.group(1), m.group(2), dict(_ATTR.findall(m.group(3)))
        if tag != "TIMEX3":
            continue
        if not closing:
            open_timex = (length, attrs)
        elif open_timex is not None:
            start, a = open_timex
            gold.append(Timex(start, length, "", a.get("type", ""), a.get("value", "")))
            open_timex = None
    out.append(html.unescape(body[pos:]))
    text = "".join(out)
    for t in gold:
        t.text = text[t.start : t.end]
    return Doc(name, corpus, dct_value, text, gold)


def _refuse(path: str) -> None:
    if "platinum" in path.lower():
        sys.exit(f"refusing {path}: the platinum test set is not for development")


def documents(mirror: Path | None, folder: Path | None) -> Iterator[Doc]:
    if folder is not None:
        _refuse(str(folder))
        for p in sorted(folder.rglob("*.tml")):
            _refuse(str(p))
            yield parse_tml(p.name, p.parent.name, p.read_text(encoding="utf-8"))
        return
    names = subprocess.run(
        ["git", "--git-dir", str(mirror), "ls-tree", "-r", "--name-only", "HEAD", TRAIN],
        check=True,
        capture_output=True,
        text=True,
    ).stdout.split()
    for name in names:
        if not name.endswith(".tml") or Path(name).parent.name not in ("TimeBank", "AQUAINT"):
            continue
        _refuse(name)
        tml = subprocess.run(
            ["git", "--git-dir", str(mirror), "show", f"HEAD:{name}"],
            check=True,
            capture_output=True,
            text=True,
        ).stdout
        yield parse_tml(Path(name).name, Path(name).parent.name, tml)


@dataclass
class Tally:
    gold: int = 0
    pred: int = 0
    strict: int = 0
    relaxed: int = 0
    value: int = 0
    type: int = 0

    def add(self, o: Tally) -> None:
        for k in vars(self):
            setattr(self, k, getattr(self, k) + getattr(o, k))

    @staticmethod
    def f1(hit: int, pred: int, gold: int) -> tuple[float, float, float]:
        p, r = (hit / pred if pred else 0.0), (hit / gold if gold else 0.0)
        return p, r, (2 * p * r / (p + r) if p + r else 0.0)

    def lines(self, label: str) -> list[str]:
        rows = [f"[{label}] gold {self.gold}, predicted {self.pred}"]
        for name, hit in (("strict", self.strict), ("relaxed", self.relaxed), ("value", self.value)):
            p, r, f = self.f1(hit, self.pred, self.gold)
            rows.append(f"  {name:<8} P {p:.3f}  R {r:.3f}  F1 {f:.3f}")
        acc = self.value / self.relaxed if self.relaxed else 0.0
        type_acc = self.type / max(1, self.relaxed)
        rows.append(f"  value accuracy on relaxed matches {acc:.3f}; type accuracy {type_acc:.3f}")
        return rows


def score(doc: Doc, preds: list, errors: list[str]) -> Tally:
    t = Tally(gold=len(doc.gold), pred=len(preds))
    used: set[int] = set()
    for g in doc.gold:
        best, best_ov = None, 0
        for k, d in enumerate(preds):
            ov = min(d.span[1], g.end) - max(d.span[0], g.start)
            if k not in used and ov > best_ov:
                best, best_ov = k, ov
        if best is None:
            errors.append(f"{doc.name}: missed {g.text!r} {g.type} {g.value}")
            continue
        used.add(best)
        d = preds[best]
        t.relaxed += 1
        t.strict += tuple(d.span) == (g.start, g.end)
        t.type += d.type == g.type
        if d.value == g.value:
            t.value += 1
        else:
            errors.append(f"{doc.name} (DCT {doc.dct}): {g.text!r} gold {g.value} got {d.value} ({d.text!r})")
    for k, d in enumerate(preds):
        if k not in used:
            errors.append(f"{doc.name}: extra {d.text!r} {d.value}")
    return t


def _dates_only(text: str, published: str | None) -> list:
    """parley's model and its stages up to the dates, on the text as given."""
    from parley.nlp import load_pipeline

    nlp = load_pipeline()
    doc = nlp.make_doc(text)
    doc.user_data["parley_published"] = published
    for name, proc in nlp.pipeline:
        if not name.startswith("parley_") or name in ("parley_entities", "parley_dates"):
            doc = proc(doc)
    return doc._.parley_dates or []


def main() -> None:
    ap = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    ap.add_argument("--mirror", type=Path, default=MIRROR, help="git directory of StructTempRel-EMNLP17")
    ap.add_argument("--dir", type=Path, default=None, help="a folder of .tml files instead")
    ap.add_argument("--errors", type=int, default=0, help="print this many errors (development only)")
    ap.add_argument("--grep", default=None, help="only errors containing this text")
    args = ap.parse_args()
    if args.dir is None and not args.mirror.exists():
        sys.exit(f"{args.mirror} not found: fetch qiangning/StructTempRel-EMNLP17 or give --dir")
    import parley

    per: dict[str, Tally] = {}
    errors: list[str] = []
    t0, n = time.perf_counter(), 0
    failed = 0
    for doc in documents(None if args.dir else args.mirror, args.dir):
        try:
            dates = parley.extract(doc.text, published=doc.dct or None, clean=False).dates
        except Exception as err:  # a later stage's failure must not hide the dates: run up to them
            failed += 1
            print(
                f"{doc.name}: extract failed ({type(err).__name__}: {err}); dates from the date stage alone"
            )
            dates = _dates_only(doc.text, doc.dct or None)
        per.setdefault(doc.corpus, Tally()).add(score(doc, dates, errors))
        n += 1
    total = Tally()
    for name in sorted(per):
        total.add(per[name])
        print("\n".join(per[name].lines(name)))
    print("\n".join(total.lines(f"all {n} documents")))
    print(f"time: {time.perf_counter() - t0:.1f} s for {n} documents (whole pipeline; {failed} fell back)")
    if args.errors:
        shown = [e for e in errors if args.grep is None or args.grep in e]
        print("\n".join(shown[: args.errors]))


if __name__ == "__main__":
    main()
