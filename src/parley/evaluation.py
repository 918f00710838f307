"""Scoring parley against gold articles (tests/data/articles/*/NAME.gold.json, see GOLD_FORMAT.md).

Prints precision, recall and F1 per stage; the tests hold floors on these numbers.
"""

from __future__ import annotations

import json
import re
from collections.abc import Callable, Iterable
from dataclasses import dataclass, field
from functools import lru_cache
from pathlib import Path

from parley.clean.credits import signs_off
from parley.clean.cruft_rules import compiled_rules
from parley.read import read
from parley.records import Record

_WS = re.compile(r"\s+")
_DET = re.compile(r"^(?:the|a|an)\s+", re.I)
_TOKEN = re.compile(r"\w+|[^\w\s]")


def norm(text: str | None) -> str:
    """Whitespace collapsed, curly quotes made straight: how bodies and titles are compared."""
    if text is None:
        return ""
    text = text.replace("\u2019", "'").replace("\u2018", "'").replace("\u201c", '"').replace("\u201d", '"')
    return _WS.sub(" ", text).strip()


def name_key(text: str) -> str:
    return _DET.sub("", norm(text).lower().replace("'s", "")).strip(" .,")


@dataclass
class PRF:
    tp: int = 0
    fp: int = 0
    fn: int = 0

    @property
    def p(self) -> float:
        return self.tp / (self.tp + self.fp) if self.tp + self.fp else 0.0

    @property
    def r(self) -> float:
        return self.tp / (self.tp + self.fn) if self.tp + self.fn else 0.0

    @property
    def f1(self) -> float:
        return 2 * self.p * self.r / (self.p + self.r) if self.p + self.r else 0.0

    def __iadd__(self, other: PRF) -> PRF:
        self.tp, self.fp, self.fn = self.tp + other.tp, self.fp + other.fp, self.fn + other.fn
        return self

    def line(self, label: str) -> str:
        counts = f"(tp {self.tp}, fp {self.fp}, fn {self.fn})"
        return f"{label:<28} P {self.p:6.3f}  R {self.r:6.3f}  F1 {self.f1:6.3f}  {counts}"


_CREDIT = re.compile(
    r"(?:contributed (?:reporting|to this (?:report|story|article))|additional reporting(?: by| from|:)|"
    r"reporting by|writing by|editing by|edited by|translated by|compiled by|"
    r"with (?:files|reports|inputs?) from|with (?:additional )?assistance from|^contributing:)[^\n]{0,120}$"
    r"|^[^\n]{0,80}\bcontributed\.?$"
    r"|^source:\s[^\n]{1,60}\s(?:and|with|&)\s(?:news\s|wire\s)?(?:agencies|wires)\.?$",
    re.IGNORECASE,
)
# A bare wire sign-off closing the story ("— AFP", "(Reuters)", "With AFP and agencies", "AP/wires", an
# editor's initials before the wires "ab/cd (AFP, dpa)", a reporter's name with the wire "Jo Roe, AFP"): a
# credit line too, though it names no reporting. The agencies are the cleaner's (cruft.yaml ``agencies``).
_SIGN_OFF_HEAD = (
    r"^[\s(\[—–-]*(?:[a-z]{2,4}(?:/[a-z]{2,4}){1,3}\s+)?(?:[A-Z][A-Za-z]{1,11}\s+with\s+|with\s+|source:\s*"
    r"|(?:by\s+)?[A-Z][\w.'’-]{1,20}(?:\s+[A-Z][\w.'’-]{1,20}){1,3}\s*[,/|]\s*)?"
    r"\(?"
)
# what follows each wire: a joint to the next one, or the end
_SIGN_OFF_JOINT = r"(?:\s*(?:/|,|&|\band\b)\s*|\s*$|\s*[)\].])"
_WIRE_WORDS = ("agencies", "agency", "wires", "wire")


@lru_cache(maxsize=1)
def _sign_off() -> re.Pattern[str]:
    names = {n.lower(): n for n in [*compiled_rules().rules.agencies, *_WIRE_WORDS]}
    # the longest first, so that "Anadolu Agency" is read whole before "Anadolu"
    wires = "|".join(re.escape(n) for n in sorted(names.values(), key=lambda n: (-len(n), n.lower())))
    return re.compile(rf"{_SIGN_OFF_HEAD}(?:(?:{wires}){_SIGN_OFF_JOINT})+[)\].\s]*$", re.IGNORECASE)


def optional_credit(paragraph: str) -> bool:
    """A credit line ("Reporting by ...", "With inputs from agencies") that GOLD_FORMAT.md lets an annotator
    keep or leave out when it closes the body: neither story nor cruft."""
    if len(paragraph) >= 200:
        return False
    if _CREDIT.search(paragraph) is not None or _sign_off().match(paragraph.strip()) is not None:
        return True
    # The sign-offs the cleaner keeps as credits ("Agency/Agency/ab"): read by the same rules here.
    return signs_off(paragraph, compiled_rules())


def same_story(pred: str, gold: str) -> bool:
    """Bodies equal up to whitespace, quote style and a closing credit line ("Reuters contributed
    reporting."), which GOLD_FORMAT.md lets an annotator keep or leave out."""

    def story(body: str) -> str:
        paragraphs = [p for p in body.split("\n") if p.strip()]
        while paragraphs and optional_credit(paragraphs[-1]):
            paragraphs.pop()
        return norm(" ".join(paragraphs))

    return norm(pred) == norm(gold) or story(pred) == story(gold)


def token_prf(pred: str, gold: str) -> PRF:
    """Bag-of-tokens overlap, the usual boilerplate-removal measure."""
    from collections import Counter

    p, g = Counter(_TOKEN.findall(norm(pred))), Counter(_TOKEN.findall(norm(gold)))
    tp = sum((p & g).values())
    return PRF(tp, sum(p.values()) - tp, sum(g.values()) - tp)


def _type_group(t: str) -> str:
    return "PLACE" if t in {"PLACE", "COUNTRY"} else t


def match_entities(record: Record, gold: list[dict]) -> list[tuple[dict, object]]:
    """Pair gold and predicted entities (1-1, greedy): same type group and a shared name or mention."""
    body = record.article.body
    preds = []
    for e in record.entities:
        names = {name_key(e.name)} | {name_key(body[s:t]) for s, t in e.mentions}
        preds.append((e, names))
    pairs, used = [], set()
    for g in gold:
        gnames = {name_key(g["name"])} | {name_key(m) for m in g.get("mentions", [])}
        gnames.discard("")
        for idx, (e, names) in enumerate(preds):
            if idx in used or _type_group(e.type) != _type_group(g["type"]):
                continue
            if name_key(e.name) == name_key(g["name"]) or (names & gnames) - {"he", "she", "they", "it"}:
                pairs.append((g, e))
                used.add(idx)
                break
    return pairs


@dataclass
class ArticleScores:
    files: int = 0
    body_exact: int = 0
    title_exact: int = 0
    published_right: int = 0
    cruft_left: int = 0
    cruft_total: int = 0
    body_tokens: PRF = field(default_factory=PRF)
    entities: dict[str, PRF] = field(default_factory=dict)
    country_right: int = 0
    country_total: int = 0
    role_right: int = 0
    role_total: int = 0
    failures: list[str] = field(default_factory=list)
    details: list[str] = field(default_factory=list)  # per-entity misses, filled for dev sets only

    def entity(self, kind: str) -> PRF:
        return self.entities.setdefault(kind, PRF())

    def report(self) -> str:
        n = self.files or 1
        lines = [
            f"articles: {self.files}",
            f"body exact:        {self.body_exact}/{self.files} ({self.body_exact / n:.1%})",
            f"title exact:       {self.title_exact}/{self.files}",
            f"published right:   {self.published_right}/{self.files}",
            f"cruft left in body: {self.cruft_left}/{self.cruft_total} snippets",
            self.body_tokens.line("body tokens"),
        ]
        for kind in sorted(self.entities):
            lines.append(self.entities[kind].line(f"entities {kind}"))
        if self.country_total:
            lines.append(f"entity country right: {self.country_right}/{self.country_total}")
        if self.role_total:
            lines.append(f"person role found:    {self.role_right}/{self.role_total}")
        lines.extend(f"  ! {f}" for f in self.failures)
        return "\n".join(lines)


def gold_files(folder: Path) -> list[Path]:
    return sorted(folder.glob("*.gold.json"))


def score_article(gold_path: Path, extract_fn: Callable[..., Record], scores: ArticleScores) -> None:
    gold = json.loads(gold_path.read_text(encoding="utf-8"))
    doc = read(gold_path.parent / gold["source"])
    record = extract_fn(doc, gold.get("published_arg"))
    a = record.article
    scores.files += 1
    name = gold["source"]
    failed = len(scores.failures)
    if same_story(a.body, gold["body"]):
        scores.body_exact += 1
    else:
        scores.failures.append(f"{name}: body differs")
    if norm(a.title) == norm(gold.get("title")):
        scores.title_exact += 1
    else:
        scores.failures.append(f"{name}: title {a.title!r} != {gold.get('title')!r}")
    want = gold.get("published") or gold.get("published_arg")
    if a.published == want:
        scores.published_right += 1
    else:
        scores.failures.append(f"{name}: published {a.published} != {want}")
    body = norm(a.body)
    for snippet in gold.get("removed", []):
        scores.cruft_total += 1
        scores.cruft_left += norm(snippet) in body
    scores.body_tokens += token_prf(a.body, gold["body"])
    seen = len(scores.details)
    _score_entities(record, gold.get("entities", []), scores, name)
    if is_blind(gold_path):  # a blind set is scored, never read: its per-article lines are not kept
        del scores.failures[failed:], scores.details[seen:]


def is_blind(gold_path: Path) -> bool:
    """True for an article of a held-out folder (heldout, heldout2, ...): per-article output stays unseen."""
    return gold_path.parent.name.startswith("heldout")


def _splits(record: Record, gold: list[dict], pairs: list[tuple[dict, object]]) -> set[int]:
    """Predicted entities all of whose mentions belong to an already matched gold entity (e.g. "Moscow"
    annotated as a mention of Russia): a split cluster, not a spurious entity, so not a false positive."""
    body = record.article.body
    matched = {id(e) for _, e in pairs}
    out = set()
    for e in record.entities:
        if id(e) in matched:
            continue
        names = {name_key(body[s:t]) for s, t in e.mentions}
        for g, _ in pairs:
            gnames = {name_key(m) for m in g.get("mentions", [])} | {name_key(g["name"])}
            if names and names <= gnames:
                out.add(id(e))
                break
    return out


def _score_entities(record: Record, gold: list[dict], scores: ArticleScores, name: str = "") -> None:
    pairs = match_entities(record, gold)
    matched_gold = {id(g) for g, _ in pairs}
    matched_pred = {id(e) for _, e in pairs} | _splits(record, gold, pairs)
    for kind in ("PERSON", "ORG", "PLACE", "GROUP"):
        prf = PRF()
        prf.tp = sum(1 for g, _ in pairs if _type_group(g["type"]) == kind)
        prf.fn = sum(1 for g in gold if _type_group(g["type"]) == kind and id(g) not in matched_gold)
        prf.fp = sum(1 for e in record.entities if _type_group(e.type) == kind and id(e) not in matched_pred)
        scores.entity(kind).__iadd__(prf)
        scores.entity("ALL").__iadd__(prf)
    for g, e in pairs:
        if g.get("country"):
            scores.country_total += 1
            scores.country_right += e.country == g["country"]
        if g["type"] == "PERSON" and g.get("roles"):
            scores.role_total += 1
            heads = {r.lower().split()[-1] for r in g["roles"]}
            scores.role_right += any(w in heads for r in e.roles for w in r.lower().split())
    scores.details.extend(_entity_details(record, gold, pairs, matched_pred, name))


def _entity_details(
    record: Record, gold: list[dict], pairs: list[tuple[dict, object]], matched: set[int], name: str
) -> list[str]:
    """One line per missed gold entity, spurious prediction, wrong country or missing role."""
    body = record.article.body
    out = [f"== {name}"]
    got = {id(g) for g, _ in pairs}
    for g in gold:
        if id(g) not in got:
            out.append(f"  miss {g['type']:<7} {g['name']!r} {g.get('country')} {g.get('mentions', [])[:4]}")
    for e in record.entities:
        if id(e) not in matched:
            texts = sorted({body[s:t] for s, t in e.mentions})[:4]
            out.append(f"  false {e.type:<7} {e.name!r} {e.country} {texts}")
    for g, e in pairs:
        if g.get("country") and e.country != g["country"]:
            out.append(f"  country {g['type']:<7} {g['name']!r}: {e.country} != {g['country']}")
        heads = {r.lower().split()[-1] for r in g.get("roles") or []}
        found = any(w in heads for r in e.roles for w in r.lower().split())
        if g["type"] == "PERSON" and heads and not found:
            out.append(f"  role {g['name']!r}: {e.roles} != {g['roles']}")
    return out


def score_folder(folders: Iterable[Path], extract_fn: Callable[..., Record]) -> ArticleScores:
    """Scores of every gold article in ``folders``; ``extract_fn(document, published)`` makes the record."""
    scores = ArticleScores()
    for folder in folders:
        for path in gold_files(Path(folder)):
            try:
                score_article(path, extract_fn, scores)
            except Exception as err:  # one broken article must not hide the scores of the rest
                scores.files += 1
                scores.failures.append(f"{path.name}: extraction failed: {type(err).__name__}: {err}")
    return scores


def main(argv: list[str] | None = None) -> None:
    """``python -m parley.evaluation FOLDER... [-v]``: the scores, and with -v the per-entity misses."""
    import argparse

    import parley

    ap = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    ap.add_argument("folders", nargs="+", type=Path)
    ap.add_argument("-v", "--verbose", action="store_true", help="per-entity misses (not for held-out sets)")
    args = ap.parse_args(argv)
    scores = score_folder(args.folders, parley.extract_document)
    print(scores.report())
    if args.verbose:
        print("\n".join(scores.details))


if __name__ == "__main__":
    main()
