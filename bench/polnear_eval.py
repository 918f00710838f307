"""PolNeAR (networkdynamics/PolNeAR): parley's quote stage against its attribution annotations.

PolNeAR annotates US political news (2016) in brat standoff: Source, Cue and Content spans tied by
Attribution relations. This script reads the train or dev split (never the test split: that is for the
final measurement only), runs parley on each article's text with no cleaning, and prints

- exact-span F1 for source, cue and content (a discontinuous gold span counts as its extent), and
- relation F1: a predicted quote is right when its content overlaps a gold content (Dice >= 0.5 on
  characters) and its source does too: the speaker's mention overlaps the gold source span, the
  speaker's name is written in it, or the gold source is another mention of the speaker's entity.

parley's content_span is the content as written, as PolNeAR marks it (quotation marks included, an
indirect clause from its "that", an interrupted quotation one span over its pieces), so content is scored
as it is. One convention still differs: PolNeAR's cue takes the auxiliaries, negation and adverbs before
the reporting verb ("has repeatedly said"), parley's is the verb; the "aligned" figures widen parley's cue
to that convention. Nothing from PolNeAR is stored in parley's repository (the corpus has no licence).

    python bench/polnear_eval.py /path/to/PolNeAR [--split dev] [--model NAME] [--limit N]

The path is a checkout of the repository or a bare git directory (e.g. what the fetch tool returns).
"""

from __future__ import annotations

import argparse
import subprocess
import sys
from collections import defaultdict
from dataclasses import dataclass, field
from pathlib import Path

import parley
from parley.evaluation import PRF

Span = tuple[int, int]
_AUX = frozenset(
    {"has", "have", "had", "will", "would", "could", "can", "may", "might", "must", "should", "shall", "did"}
    | {"does", "do", "is", "was", "were", "be", "been", "not", "n't", "never", "also", "still", "repeatedly"}
    | {"publicly", "later", "recently"}
)


class Corpus:
    """Files of the PolNeAR repository, from a checkout or from a bare git directory."""

    def __init__(self, path: Path):
        self.path = path
        self.bare = not (path / "data").is_dir()

    def _git(self, *args: str) -> str:
        return subprocess.run(
            ["git", "--git-dir", str(self.path), *args], check=True, capture_output=True, text=True
        ).stdout

    def list(self, folder: str) -> list[str]:
        if self.bare:
            return sorted(self._git("ls-tree", "--name-only", "HEAD", folder + "/").split())
        return sorted(f"{folder}/{p.name}" for p in (self.path / folder).iterdir())

    def read(self, name: str) -> str:
        if self.bare:
            return self._git("show", f"HEAD:{name}")
        return (self.path / name).read_text(encoding="utf-8")


@dataclass
class Gold:
    sources: set[Span] = field(default_factory=set)
    cues: set[Span] = field(default_factory=set)
    contents: set[Span] = field(default_factory=set)
    relations: list[tuple[Span, list[Span]]] = field(
        default_factory=list
    )  # (content extent, source fragments)
    rel_cues: list[list[Span]] = field(default_factory=list)  # each relation's cue fragments, for --misses


def parse_ann(ann: str) -> Gold:
    spans: dict[str, tuple[str, list[Span]]] = {}
    gold = Gold()
    for line in ann.splitlines():
        parts = line.split("\t")
        if line.startswith("T") and len(parts) >= 2:
            kind, _, where = parts[1].partition(" ")
            # brat lists a discontinuous span's pieces in any order (PolNeAR sometimes backwards): in text
            # order, the extent runs from the first piece's start to the last one's end.
            frags = sorted(tuple(int(x) for x in f.split()) for f in where.split(";"))
            spans[parts[0]] = (kind, frags)
    for _tid, (kind, frags) in spans.items():
        extent = (frags[0][0], frags[-1][1])
        {"Source": gold.sources, "Cue": gold.cues, "Content": gold.contents}.get(kind, set()).add(extent)
    for line in ann.splitlines():
        if not line.startswith("E"):
            continue
        roles = dict(arg.split(":", 1) for arg in line.split("\t")[1].split() if ":" in arg)
        content, source = spans.get(roles.get("Content", "")), spans.get(roles.get("Source", ""))
        if content and source:
            gold.relations.append(((content[1][0][0], content[1][-1][1]), source[1]))
            cue = spans.get(roles.get("Cue", ""))
            gold.rel_cues.append(cue[1] if cue else [])
    return gold


def _dice(a: Span, b: Span) -> float:
    inter = max(0, min(a[1], b[1]) - max(a[0], b[0]))
    return 2 * inter / ((a[1] - a[0]) + (b[1] - b[0])) if inter else 0.0


def _overlaps(a: Span, b: Span) -> bool:
    return a[0] < b[1] and b[0] < a[1]


def aligned_cue(text: str, q: parley.Quote) -> Span | None:
    """parley's cue widened to PolNeAR's convention: the auxiliaries, negation and adverbs before it."""
    if q.cue is None:
        return None
    cs, ce = q.cue.span
    words = text[:cs].split(" ")
    start = cs
    for w in reversed(words[:-1] if words and words[-1] == "" else words):
        if w.lower() not in _AUX:
            break
        start -= len(w) + 1
    return start, ce


@dataclass
class Scores:
    articles: int = 0
    misses: list[str] = field(default_factory=list)  # one TSV row per missed gold relation
    source: PRF = field(default_factory=PRF)
    cue: PRF = field(default_factory=PRF)
    content: PRF = field(default_factory=PRF)
    cue_al: PRF = field(default_factory=PRF)
    relation: PRF = field(default_factory=PRF)


def _set_prf(pred: set, gold: set) -> PRF:
    tp = len(pred & gold)
    return PRF(tp, len(pred) - tp, len(gold) - tp)


def score_article(text: str, gold: Gold, record: parley.Record, s: Scores, name: str = "") -> None:
    quotes = record.quotes
    s.articles += 1
    s.content += _set_prf({tuple(q.content_span) for q in quotes}, gold.contents)
    s.cue += _set_prf({tuple(q.cue.span) for q in quotes if q.cue}, gold.cues)
    s.source += _set_prf(
        {tuple(q.speaker.mention.span) for q in quotes if q.speaker and q.speaker.mention}, gold.sources
    )
    s.cue_al += _set_prf({c for q in quotes if (c := aligned_cue(text, q))}, gold.cues)
    names = {e.id: e.name.lower() for e in record.entities}
    mentions = {e.id: [tuple(m) for m in e.mentions] for e in record.entities}
    preds = [(tuple(q.content_span), q) for q in quotes]
    used_g: set[int] = set()
    s.relation += _relations(text, preds, gold, names, used_g, mentions)
    s.misses += [_miss_row(text, preds, gold, j, name) for j in range(len(gold.relations)) if j not in used_g]


def _miss_row(text: str, preds: list[tuple[Span, parley.Quote]], gold: Gold, j: int, name: str) -> str:
    """A missed gold relation: its cue, source and content, and whether some quote had its content."""
    gc, src = gold.relations[j]
    found = max(((_dice(span, gc), q) for span, q in preds), default=(0.0, None), key=lambda x: x[0])
    kind = "wrong-source" if found[0] >= 0.5 else "no-content"
    got = found[1].speaker.name if found[0] >= 0.5 and found[1] and found[1].speaker else ""
    cue = " ".join(text[a:b] for a, b in gold.rel_cues[j])
    clip = text[gc[0] : gc[1]].replace("\n", " ")
    cols = [kind, cue.lower(), " ".join(text[a:b] for a, b in src), got, clip[:160], name]
    return "\t".join(c.replace("\t", " ").replace("\n", " ") for c in cols)


def _relations(
    text: str,
    preds: list[tuple[Span, parley.Quote]],
    gold: Gold,
    names: dict[str, str],
    used_g: set[int],
    mentions: dict[str, list[Span]] | None = None,
) -> PRF:
    pairs = sorted(
        (
            (_dice(span, gc), i, j)
            for i, (span, _q) in enumerate(preds)
            for j, (gc, _src) in enumerate(gold.relations)
        ),
        reverse=True,
    )
    used_p: set[int] = set()
    for d, i, j in pairs:
        if d < 0.5 or i in used_p or j in used_g:
            continue
        sp = preds[i][1].speaker
        frags = gold.relations[j][1]
        src_text = " ".join(text[a:b] for a, b in frags).lower()
        ok = sp is not None and (
            (sp.mention is not None and any(_overlaps(tuple(sp.mention.span), f) for f in frags))
            or (sp.entity is not None and names.get(sp.entity, "\0") in src_text)
            or sp.name.lower() in src_text
            # the gold source is another mention of the same entity ("Carson" for our "Ben Carson")
            or any(_overlaps(m, f) for m in (mentions or {}).get(sp.entity or "", []) for f in frags)
        )
        if ok:
            used_p.add(i)
            used_g.add(j)
    return PRF(len(used_p), len(preds) - len(used_p), len(gold.relations) - len(used_g))


def main() -> None:
    ap = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    ap.add_argument("polnear", type=Path, help="PolNeAR checkout or bare git directory")
    ap.add_argument("--split", default="dev", choices=["dev", "train"], help="never the test split")
    ap.add_argument("--model", default=None)
    ap.add_argument("--limit", type=int, default=0, help="score only the first N articles")
    ap.add_argument(
        "--all-stages", action="store_true", help="run every parley stage, not only entities+quotes"
    )
    ap.add_argument("--misses", type=Path, default=None, help="write missed gold relations here (TSV)")
    args = ap.parse_args()
    corpus = Corpus(args.polnear)
    by_article: dict[str, list[str]] = defaultdict(list)
    for ann in corpus.list(f"data/{args.split}/attributions"):
        name = Path(ann).stem.rsplit("_", 1)[0]  # NAME_<annotator>.ann
        by_article[name].append(ann)
    scores = Scores()
    names = sorted(by_article)[: args.limit or None]
    nlp = parley.load_pipeline(args.model)
    others = [
        p for p in nlp.pipe_names if p.startswith("parley_") and p not in {"parley_entities", "parley_quotes"}
    ]
    if not args.all_stages:
        nlp.select_pipes(disable=others)  # the stages after entities that quotes do not need
    for k, name in enumerate(names, 1):
        text = corpus.read(f"data/{args.split}/text/{name}.txt")
        gold = parse_ann(corpus.read(sorted(by_article[name])[0]))  # one annotator per article
        try:
            record = parley.extract(text, clean=False, model=args.model, source=name)
        except parley.InputError as err:  # e.g. too little English to pass the language check
            print(f"skipped {name}: {err}", file=sys.stderr)
            continue
        score_article(text, gold, record, scores, name)
        if k % 20 == 0:
            print(f"... {k}/{len(names)}", file=sys.stderr)
    print(f"PolNeAR {args.split}: {scores.articles} articles (one annotator each)")
    for label, prf in [
        ("exact source", scores.source),
        ("exact cue", scores.cue),
        ("exact content", scores.content),
        ("exact cue (aligned)", scores.cue_al),
        ("relation (content+source)", scores.relation),
    ]:
        print(prf.line(label))
    if args.misses:
        args.misses.write_text("\n".join(scores.misses) + "\n", encoding="utf-8")


if __name__ == "__main__":
    main()
