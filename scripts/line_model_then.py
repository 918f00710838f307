"""How the line model does on cruft the rules MISSED: ``python scripts/line_model_then.py [BAR ...]`` (each
BAR serves as both the logistic ``sure`` and the trees' ``threshold``; by default the shipped pair).

Today's rules are exact on every dev set, so the lines they keep are all story and a model trained on them
can only be judged there on cruft the rules already drop. The blind case is a page the rules have not seen:
each dev set was first scored blind at a commit named in tests/clean/test_clean_dev.py. This script cleans
each set with the cleaner of that commit (``git archive`` into a temporary folder, run in a subprocess),
takes the lines it kept, and scores them with a model trained on the other dev sets: a kept line not in
gold is cruft the rules missed (caught or not), a kept line in gold is story (lost or not).
"""

from __future__ import annotations

import json
import subprocess
import sys
import tempfile
from pathlib import Path

import numpy as np

sys.path.insert(0, str(Path(__file__).resolve().parent))
import train_line_model as tlm  # noqa: E402

from parley.clean.credits import is_credit  # noqa: E402
from parley.clean.cruft_rules import compiled_rules  # noqa: E402
from parley.clean.line_model import features  # noqa: E402
from parley.clean.lines import Line  # noqa: E402

ROOT = Path(__file__).resolve().parents[1]
# dev set -> the commit at which it was first scored blind (tests/clean/test_clean_dev.py).
FIRST_SCORED = {
    "dev5": "aa557e3",
    "dev6": "9217e5e",
    "dev7": "aa2d589",
    "dev8": "c59ae98",
    "dev9": "3ea8fb3",
    "dev10": "96e1f26",
    "dev11": "669394e",
    "dev12": "2554501",
    "dev14": "7d74b89",
    "dev15": "b8ab65a",
    "dev16": "b8ab65a",
    "dev17": "bd7d4f1",
    "dev18": "db791b7",
    "dev19": "5708ed4",
    "dev20": "fc81ee9",
}
_DUMP = """
import json, sys
from pathlib import Path
from parley.clean import clean
out = {}
for gold_path in sorted(Path(sys.argv[1]).glob("*.gold.json")):
    gold = json.loads(gold_path.read_text(encoding="utf-8"))
    src = gold_path.with_name(gold["source"])
    raw = src.read_bytes().decode(gold.get("encoding") or "utf-8")
    out[gold_path.name] = clean(raw, is_html=src.suffix in {".html", ".htm"}).body
print(json.dumps(out))
"""


def old_bodies(group: str, commit: str) -> dict[str, str]:
    with tempfile.TemporaryDirectory() as tmp:
        archive = subprocess.run(["git", "archive", commit, "src"], cwd=ROOT, capture_output=True, check=True)
        subprocess.run(["tar", "-x", "-C", tmp], input=archive.stdout, check=True)
        done = subprocess.run(
            [sys.executable, "-c", _DUMP, str(tlm.ARTICLES / group)],
            env={"PYTHONPATH": f"{tmp}/src", "PATH": "/usr/bin:/bin"},
            capture_output=True,
            check=True,
            text=True,
        )
    return json.loads(done.stdout)


def _with_old_verdicts(held: list[tlm.Sample], kept: set[int]) -> None:
    """Recompute the features of ``held`` with the old rules' verdicts (context: neighbours, gaps)."""
    by_article: dict[str, list[tlm.Sample]] = {}
    for s in held:
        by_article.setdefault(s.name, []).append(s)
    for group in by_article.values():
        lines = [Line(x.text, x.start, x.end, x.reason, x.in_list) for x in group[0].lines]
        old = {s.index for s in group if id(s) in kept}
        for i, line in enumerate(lines):
            line.reason = None if i in old else "old rules"
        order = [i for i, line in enumerate(lines) if line.reason is None]
        for s in group:
            s.x = features(lines, s.index, order, compiled_rules(), frozenset())


def main() -> None:
    shipped = json.loads(tlm.data_path("line_model.json").read_text())
    thresholds = [(float(a), float(a)) for a in sys.argv[1:]] or [(shipped["sure"], shipped["threshold"])]
    samples = tlm._collect()
    totals = {t: [0] * 6 for t in thresholds}  # missed cruft, caught, kept story, lost, dirty, cleaned
    for group, commit in FIRST_SCORED.items():
        bodies = old_bodies(group, commit)
        paragraphs = {
            name: [tlm._norm(p) for p in body.split("\n") if p.strip()] for name, body in bodies.items()
        }
        held = [s for s in samples if s.group == group]
        # Only the lines the old rules kept are the model's to judge.
        kept = [
            s
            for s in held
            if any(s.text == p or (s.text.endswith(p) and len(p) > 20) for p in paragraphs[s.name])
        ]
        _with_old_verdicts(held, {id(s) for s in kept})
        # As in use: a list item or a closing credit is never judged.
        kept = [
            s for s in kept if not (s.lines[s.index].in_list or is_credit(s.lines[s.index], compiled_rules()))
        ]
        model = tlm.train([s for s in samples if s.group != group])
        p = tlm.scores(model, kept) if kept else np.zeros((0, 2))
        for t in thresholds:
            row = totals[t]
            goes = (p[:, 0] >= t[0]) | (p[:, 1] >= t[1])
            for s, q, g in zip(kept, p, goes, strict=True):
                row[0 if not s.story else 2] += 1
                row[1 if not s.story else 3] += bool(g)
                if g:
                    verdict = "LOST" if s.story else "caught"
                    print(f"  @{t} {group} {verdict}: {s.text[:90]!r} ({q[0]:.3f}, {q[1]:.3f})")
        missed = [s for s in kept if not s.story]
        for t in thresholds:  # articles whose every missed cruft line the model catches, losing no story
            goes = (p[:, 0] >= t[0]) | (p[:, 1] >= t[1])
            dirty = {s.name for s in missed}
            bad = {s.name for s, g in zip(kept, goes, strict=True) if g == s.story}
            totals[t][4] += len(dirty)
            totals[t][5] += len(dirty - bad)
        print(f"{group} at {commit}: old rules kept {len(kept)} lines, {len(missed)} of them cruft")
    for t, (missed, caught, story, lost, dirty, cleaned) in totals.items():
        print(
            f"threshold {t}: cruft the old rules kept {missed}, caught {caught}; "
            f"story lines {story}, lost {lost}; "
            f"articles with cruft left {dirty}, all of it caught in {cleaned}"
        )


if __name__ == "__main__":
    main()
