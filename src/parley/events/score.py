"""Scoring events against gold articles (the ``events`` list of NAME.gold.json; see GOLD_FORMAT.md).

A predicted event matches a gold one when their types agree and their actor sets overlap (1-1, nearest
evidence first). Types agree when equal or equal under the PLOVER manual's rules: a cooperative act proposed
or pledged is AGREE, a future RETREAT is CONCEDE, and a refused or negated cooperative act is a REJECT. Actors
overlap when one gold actor and one predicted actor are the same entity: the same name, a mention of the
other, the same surname, or two names of one state (a country and its capital or government: "Russia",
"Moscow", "Kremlin").

Reported: type + actor P/R/F1 (the headline), type + actor + recipient (recipients both empty or
overlapping), type + actor code (actors compared by PLOVER's actor code, the country: another reading, which
suffers from missing and wrong entity countries), and status, mode and date accuracy over the matched pairs.

    python -m parley.events.score tests/data/articles/dev tests/data/articles/dev2 [-v]
"""

from __future__ import annotations

import json
import sys
from collections.abc import Callable, Iterable
from dataclasses import dataclass, field
from pathlib import Path

from parley.evaluation import PRF, name_key, norm
from parley.events.plover import canonical_type
from parley.read import read
from parley.records import Event, Participant, Record

_COOPERATIVE = frozenset({"AGREE", "CONSULT", "SUPPORT", "CONCEDE", "COOPERATE", "AID", "RETREAT"})
_PRONOUNS = frozenset({"he", "she", "it", "they", "we", "i", "you", "him", "her", "them", "us", "his", "its",
                       "their", "our", "who", "which"})
_STATE_TYPES = frozenset({"COUNTRY", "PLACE"})
_GOV_WORDS = frozenset(
    {
        "kremlin",
        "government",
        "ministry",
        "office",
        "administration",
        "presidency",
        "house",
        "department",
        "cabinet",
        "authorities",
        "mission",
        "council",
        "commission",
    }
)


def type_keys(type_: str, status: str | None) -> set[str]:
    keys = {type_, canonical_type(type_, status)}
    if status == "denied" and type_ in _COOPERATIVE:
        keys.add("REJECT")
    return keys


@dataclass
class _Who:
    """One actor or recipient as the scorer compares it."""

    name: str
    type: str | None
    country: str | None
    keys: frozenset[str]

    @property
    def state_level(self) -> bool:
        if self.type in _STATE_TYPES:
            return True
        return self.type == "ORG" and bool(set(self.name.lower().split()) & _GOV_WORDS)

    def same(self, other: _Who) -> bool:
        if self.keys & other.keys:
            return True
        if self.type == other.type == "PERSON":  # "Putin" = "Vladimir Putin", "Xi" = "Xi Jinping"
            a, b = set(name_key(self.name).split()), set(name_key(other.name).split())
            return bool(a and b) and (a <= b or b <= a)
        return bool(self.country and self.country == other.country and self.state_level and other.state_level)


def _gold_who(name: str, entities: dict[str, dict]) -> _Who:
    e = entities.get(name, {})
    keys = {name_key(name)} | {name_key(m) for m in e.get("mentions", []) if m.lower() not in _PRONOUNS}
    return _Who(name, e.get("type"), e.get("country"), frozenset(keys - {""}))


def _pred_who(p: Participant, record: Record) -> _Who:
    ent = next((e for e in record.entities if e.id == p.entity), None)
    body = record.article.body
    keys = {name_key(p.name)}
    if ent is not None:
        keys |= {name_key(body[s:t]) for s, t in ent.mentions}
    return _Who(p.name, ent.type if ent else None, p.country, frozenset(keys - _PRONOUNS - {""}))


def _overlap(a: list[_Who], b: list[_Who]) -> bool:
    return any(x.same(y) for x in a for y in b)


@dataclass
class EventScores:
    type_actor: PRF = field(default_factory=PRF)
    with_recipient: PRF = field(default_factory=PRF)
    type_code: PRF = field(default_factory=PRF)
    matched: int = 0
    status_right: int = 0
    mode_right: int = 0
    mode_total: int = 0
    date_right: int = 0
    date_total: int = 0
    files: int = 0
    details: list[str] = field(default_factory=list)

    def merge(self, other: EventScores) -> None:
        self.type_actor += other.type_actor
        self.with_recipient += other.with_recipient
        self.type_code += other.type_code
        for k in ("matched", "status_right", "mode_right", "mode_total", "date_right", "date_total", "files"):
            setattr(self, k, getattr(self, k) + getattr(other, k))
        self.details += other.details

    @property
    def status_accuracy(self) -> float:
        return self.status_right / self.matched if self.matched else 0.0

    def report(self, verbose: bool = False) -> str:
        lines = [
            f"articles: {self.files}",
            self.type_actor.line("events type+actor"),
            self.with_recipient.line("events type+actor+recipient"),
            self.type_code.line("events type+actor code"),
            f"status right on matched: {self.status_right}/{self.matched} ({self.status_accuracy:.1%})",
            f"mode right on matched:   {self.mode_right}/{self.mode_total}",
            f"date right on matched:   {self.date_right}/{self.date_total}",
        ]
        if verbose:
            lines += self.details
        return "\n".join(lines)


def score_events(record: Record, gold: dict, label: str = "") -> EventScores:
    """Score one record's events against one gold article's ``events``."""
    entities = {e["name"]: e for e in gold.get("entities", [])}
    body = record.article.body
    golds = gold.get("events", [])
    preds = record.events
    g_who = [
        ([_gold_who(a, entities) for a in g["actors"]], [_gold_who(r, entities) for r in g["recipients"]])
        for g in golds
    ]
    p_who = [
        ([_pred_who(a, record) for a in p.actors], [_pred_who(r, record) for r in p.recipients])
        for p in preds
    ]
    g_at = [_locate(body, g["evidence"]) for g in golds]

    def by_entity(gi: int, pi: int) -> bool:
        return _overlap(g_who[gi][0], p_who[pi][0])

    def by_code(gi: int, pi: int) -> bool:  # PLOVER's actor code: the country (or the name, lacking one)
        return bool({w.country or w.name for w in g_who[gi][0]} & {w.country or w.name for w in p_who[pi][0]})

    matches = _align(golds, preds, g_at, by_entity)
    coded = _align(golds, preds, g_at, by_code)
    out = EventScores(files=1)
    out.type_actor = PRF(len(matches), len(preds) - len(matches), len(golds) - len(matches))
    out.type_code = PRF(len(coded), len(preds) - len(coded), len(golds) - len(coded))
    with_r = sum(1 for gi, pi in matches if _recipients_agree(g_who[gi][1], p_who[pi][1]))
    out.with_recipient = PRF(with_r, len(preds) - with_r, len(golds) - with_r)
    for gi, pi in matches:
        g, p = golds[gi], preds[pi]
        out.matched += 1
        out.status_right += g["status"] == p.status
        if g.get("mode"):
            out.mode_total += 1
            out.mode_right += g["mode"] == p.mode
        if g.get("date"):
            out.date_total += 1
            out.date_right += g["date"] == p.date
        if g["status"] != p.status:
            out.details.append(f"  ~ {label}: status {p.status} != {g['status']}: {g['evidence'][:70]}")
        if not _recipients_agree(g_who[gi][1], p_who[pi][1]):
            got = [r.name for r in p.recipients]
            out.details.append(f"  r {label}: {g['type']} {got} != {g['recipients']}: {g['evidence'][:60]}")
    out.details += [f"  ! {label}: {err}" for err in record.errors]  # a failed stage scores as nothing found
    used_g, used_p = {gi for gi, _ in matches}, {pi for _, pi in matches}
    for gi, g in enumerate(golds):
        if gi not in used_g:
            out.details.append(f"  - {label}: {g['type']} {g['status']} {g['actors']}: {g['evidence'][:70]}")
    for pi, p in enumerate(preds):
        if pi not in used_p:
            out.details.append(f"  + {label}: {_show(p)}")
    return out


def _align(golds: list[dict], preds: list[Event], g_at: list[tuple[int, int]], same) -> list[tuple[int, int]]:
    """1-1 pairs of gold and predicted events of agreeing type and actors, nearest evidence first."""
    pairs = []
    for gi, g in enumerate(golds):
        for pi, p in enumerate(preds):
            if not type_keys(g["type"], g["status"]) & type_keys(p.type, p.status) or not same(gi, pi):
                continue
            s, e = g_at[gi]
            dist = 0 if s < p.span[1] and p.span[0] < e else min(abs(p.span[0] - e), abs(s - p.span[1]))
            pairs.append((dist, gi, pi))
    used_g, used_p, matches = set(), set(), []
    for _dist, gi, pi in sorted(pairs):
        if gi not in used_g and pi not in used_p:
            used_g.add(gi)
            used_p.add(pi)
            matches.append((gi, pi))
    return matches


def _show(p: Event) -> str:
    return (
        f"{p.type} {p.status} {[a.name for a in p.actors]} ({p.trigger.text if p.trigger else ''}): "
        + norm(p.text or "")[:70]
    )


def _recipients_agree(g: list[_Who], p: list[_Who]) -> bool:
    return (not g and not p) or _overlap(g, p)


def _locate(body: str, evidence: str) -> tuple[int, int]:
    i = body.find(evidence)
    if i < 0:
        i = norm(body).find(norm(evidence))  # whitespace differs: an approximate place is enough
    return (i, i + len(evidence)) if i >= 0 else (0, 0)


def score_folders(folders: Iterable[Path], extract_fn: Callable[..., Record] | None = None) -> EventScores:
    """Score every gold article with an ``events`` list in ``folders``."""
    if extract_fn is None:
        import parley

        extract_fn = parley.extract_document
    total = EventScores()
    for folder in folders:
        for path in sorted(Path(folder).glob("*.gold.json")):
            gold = json.loads(path.read_text(encoding="utf-8"))
            if "events" not in gold:
                continue
            record = extract_fn(read(path.parent / gold["source"]), gold.get("published_arg"))
            total.merge(score_events(record, gold, gold["source"]))
    return total


def main(argv: list[str] | None = None) -> int:
    args = list(sys.argv[1:] if argv is None else argv)
    verbose = "-v" in args
    folders = [Path(a) for a in args if a != "-v"]
    if not folders:
        print(__doc__)
        return 2
    print(score_folders(folders).report(verbose))
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
