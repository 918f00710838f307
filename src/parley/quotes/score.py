"""Scoring the quote stage against gold articles (``quotes`` in NAME.gold.json, see GOLD_FORMAT.md).

Gold keeps the words (inside the marks, after "that"; an interrupted quotation as one entry per piece), so
each predicted quote is scored as its ``parts``: one unit per part with the quote's cue and speaker.

Three views, summed over a folder:

- exact-span F1 per role: the source mention, the cue and the content, each a set of character spans
  per article (gold strings are located in the extracted body, the cue and source nearest their content);
- token-overlap F1 of content: predicted and gold quotes paired one to one by overlap, tokens counted;
- relation F1: a predicted quote is right when its content overlaps a gold quote's (Dice >= 0.5 on
  characters) and it names the right speaker: the predicted entity's name, the speaker's name or its
  mention text (pronouns aside) equals, case-insensitively, the gold speaker's name or one of that gold
  entity's mentions; an anonymous prediction (no entity) matches an anonymous gold speaker.

    python -m parley.quotes.score tests/data/articles/dev [more folders] [--details]

``--details`` lists each article's misses; never use it on a held-out folder.
"""

from __future__ import annotations

import argparse
import json
import re
from collections.abc import Callable, Iterable
from dataclasses import dataclass, field
from pathlib import Path

from parley.evaluation import PRF, gold_files, name_key, token_prf
from parley.read import read
from parley.records import Quote, Record

_PRONOUNS = frozenset({"he", "she", "they", "it", "who", "which", "i", "we", "his", "her", "its", "their"})
_QUOTES = str.maketrans({"\u2019": "'", "\u2018": "'", "\u201c": '"', "\u201d": '"'})
Span = tuple[int, int]
_NEEDED = {"parley_entities", "parley_quotes"}


@dataclass
class QuoteScores:
    files: int = 0
    source: PRF = field(default_factory=PRF)
    cue: PRF = field(default_factory=PRF)
    content: PRF = field(default_factory=PRF)
    tokens: PRF = field(default_factory=PRF)
    relation: PRF = field(default_factory=PRF)
    gold_total: int = 0
    gold_unlocated: int = 0
    details: list[str] = field(default_factory=list)

    def report(self) -> str:
        lines = [
            f"articles: {self.files}, gold quotes: {self.gold_total} ({self.gold_unlocated} not in the body)",
            self.source.line("exact source"),
            self.cue.line("exact cue"),
            self.content.line("exact content"),
            self.tokens.line("content tokens"),
            self.relation.line("relation (quote+speaker)"),
        ]
        return "\n".join(lines)


class _Normalised:
    """The body with curly quotes straightened and whitespace runs collapsed, mapped back to offsets."""

    def __init__(self, body: str):
        chars, index, space = [], [], False
        for i, ch in enumerate(body.translate(_QUOTES)):
            if ch.isspace():
                if space:
                    continue
                ch, space = " ", True
            else:
                space = False
            chars.append(ch)
            index.append(i)
        self.text, self.index = "".join(chars), index + [len(body)]

    def find_all(self, needle: str, words: bool = False) -> list[Span]:
        needle = " ".join(needle.translate(_QUOTES).split())
        if not needle:
            return []
        out, start = [], 0
        pattern = re.compile(r"(?<!\w)" + re.escape(needle) + r"(?!\w)") if words else None
        while True:
            if pattern is not None:
                m = pattern.search(self.text, start)
                k = m.start() if m else -1
            else:
                k = self.text.find(needle, start)
            if k < 0:
                return out
            end = k + len(needle)
            out.append((self.index[k], self.index[end - 1] + 1))
            start = k + 1


def _nearest(cands: list[Span], anchor: Span, avoid: Span | None = None) -> Span | None:
    best, dist = None, None
    for s in cands:
        if avoid is not None and s[0] < avoid[1] and avoid[0] < s[1]:
            continue
        d = 0 if s[0] < anchor[1] and anchor[0] < s[1] else min(abs(s[0] - anchor[1]), abs(anchor[0] - s[1]))
        if dist is None or d < dist:
            best, dist = s, d
    return best if dist is not None and dist <= 400 else None


@dataclass
class _Gold:
    quote: dict
    content: Span | None
    cue: Span | None
    source: Span | None
    names: set[str]
    anonymous: bool


def locate(body: str, gold: dict) -> list[_Gold]:
    """Gold quotes with their content, cue and source spans found in ``body``."""
    norm = _Normalised(body)
    mentions = {name_key(e["name"]): e.get("mentions", []) for e in gold.get("entities", [])}
    used: set[Span] = set()
    out = []
    for q in gold.get("quotes", []):
        spans = [s for s in norm.find_all(q["text"]) if s not in used]
        content = spans[0] if spans else None
        if content is not None:
            used.add(content)
        cue = source = None
        if content is not None:
            cue = _nearest(norm.find_all(q.get("cue") or "", words=True), content, avoid=content)
            anchor = cue or content
            source = _nearest(
                norm.find_all(q.get("speaker_mention") or "", words=True), anchor, avoid=content
            )
        speaker = q.get("speaker") or ""
        anonymous = speaker.lower().startswith("anonymous")
        names = {name_key(speaker)} | {name_key(m) for m in mentions.get(name_key(speaker), [])}
        if q.get("speaker_mention"):
            names.add(name_key(q["speaker_mention"]))
        names -= _PRONOUNS | {""}
        out.append(_Gold(q, content, cue, source, names, anonymous))
    return out


def _dice(a: Span, b: Span) -> float:
    inter = max(0, min(a[1], b[1]) - max(a[0], b[0]))
    return 2 * inter / ((a[1] - a[0]) + (b[1] - b[0])) if inter else 0.0


def _speaker_names(record: Record, q: Quote) -> tuple[set[str], bool]:
    sp = q.speaker
    if sp is None:
        return set(), False
    names = {name_key(sp.name)}
    if sp.entity is not None:
        names |= {name_key(e.name) for e in record.entities if e.id == sp.entity}
    if sp.mention is not None:
        names.add(name_key(sp.mention.text))
    return names - _PRONOUNS - {""}, sp.entity is None


def speaker_matches(record: Record, q: Quote, g: _Gold) -> bool:
    names, anonymous = _speaker_names(record, q)
    if g.anonymous:
        return anonymous
    return bool(names & g.names)


def _set_prf(pred: set[Span], gold: set[Span]) -> PRF:
    tp = len(pred & gold)
    return PRF(tp, len(pred) - tp, len(gold) - tp)


def pieces(body: str, quotes: list[Quote]) -> list[Quote]:
    """The quotes as gold writes them: one per part (the words inside the marks, after "that"), each with
    its quote's kind, cue and speaker; an interrupted quotation gives one per piece."""
    out = []
    for q in quotes:
        for s, e in q.parts or [q.content_span]:
            out.append(q.model_copy(update={"text": body[s:e], "content_span": (s, e), "parts": [(s, e)]}))
    return out


def score_record(record: Record, gold: dict, scores: QuoteScores, name: str = "") -> None:
    body = record.article.body
    golds = locate(body, gold)
    preds = pieces(body, record.quotes)
    scores.files += 1
    scores.gold_total += len(golds)
    scores.gold_unlocated += sum(g.content is None for g in golds)
    scores.content += _set_prf(
        {tuple(q.content_span) for q in preds}, {g.content for g in golds if g.content}
    )
    scores.cue += _set_prf({tuple(q.cue.span) for q in preds if q.cue}, {g.cue for g in golds if g.cue})
    scores.source += _set_prf(
        {tuple(q.speaker.mention.span) for q in preds if q.speaker and q.speaker.mention},
        {g.source for g in golds if g.source},
    )
    # one-to-one pairing by overlap, best first
    pairs = sorted(
        (
            (_dice(tuple(q.content_span), g.content), i, j)
            for i, q in enumerate(preds)
            for j, g in enumerate(golds)
            if g.content is not None
        ),
        reverse=True,
    )
    used_p, used_g, rel_p, rel_g = set(), set(), set(), set()
    for d, i, j in pairs:
        if d > 0 and i not in used_p and j not in used_g:
            used_p.add(i)
            used_g.add(j)
            s, e = preds[i].content_span
            gs, ge = golds[j].content
            scores.tokens += token_prf(body[s:e], body[gs:ge])
    for i in set(range(len(preds))) - used_p:
        scores.tokens += token_prf(preds[i].text, "")
    for j in set(range(len(golds))) - used_g:
        scores.tokens += token_prf("", golds[j].quote["text"])
    for d, i, j in pairs:
        if d >= 0.5 and i not in rel_p and j not in rel_g and speaker_matches(record, preds[i], golds[j]):
            rel_p.add(i)
            rel_g.add(j)
    scores.relation += PRF(len(rel_p), len(preds) - len(rel_p), len(golds) - len(rel_g))
    for j, g in enumerate(golds):
        if j not in rel_g:
            scores.details.append(f"{name}: missed [{g.quote.get('speaker')}] {g.quote['text'][:70]!r}")
    for i, q in enumerate(preds):
        if i not in rel_p:
            who = q.speaker.name if q.speaker else None
            scores.details.append(f"{name}: extra  [{who}] {q.text[:70]!r}")


def score_folders(folders: Iterable[Path], extract_fn: Callable[..., Record] | None = None) -> QuoteScores:
    """Score every gold article of ``folders``; ``extract_fn(document, published)`` makes the record."""
    if extract_fn is None:
        import parley

        extract_fn = parley.extract_document
    scores = QuoteScores()
    for folder in folders:
        for path in gold_files(Path(folder)):
            gold = json.loads(path.read_text(encoding="utf-8"))
            record = extract_fn(read(path.parent / gold["source"]), gold.get("published_arg"))
            score_record(record, gold, scores, gold["source"])
    return scores


def main(argv: list[str] | None = None) -> None:
    ap = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    ap.add_argument("folders", nargs="+", type=Path)
    ap.add_argument("--details", action="store_true", help="list misses per article (not for held-out sets)")
    ap.add_argument("--model", default=None)
    ap.add_argument("--all-stages", action="store_true", help="run every stage, not only entities and quotes")
    args = ap.parse_args(argv)
    import parley

    nlp = parley.load_pipeline(args.model)
    if not args.all_stages:  # the stages after the entities that quotes do not read
        nlp.select_pipes(disable=[p for p in nlp.pipe_names if p.startswith("parley_") and p not in _NEEDED])
    scores = score_folders(args.folders, lambda d, p: parley.extract_document(d, p, model=args.model))
    print(scores.report())
    if args.details:
        print("\n".join(scores.details))


if __name__ == "__main__":
    main()
