"""Scoring dates and places against gold articles (GOLD_FORMAT.md), and TIMEX3 tags in general.

Dates: gold dates carry text, not spans, so each is located in the body (longest first, first free
occurrence); a prediction matches a gold date when their spans overlap. Extent P/R/F1 counts matches
(relaxed) and identical texts (strict); value accuracy is right values over matches, and value F1 counts
a match as a hit only when its value is right (TempEval-3's "value F1"). A prediction on a second
occurrence of a gold text that the gold lists once is neither a hit nor a false alarm.

Places: every name-like mention of a gold PLACE/COUNTRY entity with a country, found in the body, is
looked up among the predicted places; the place's country must be the entity's.

    python -m parley.temporal.score tests/data/articles/dev tests/data/articles/dev2
"""

from __future__ import annotations

import argparse
import json
import re
from collections.abc import Iterable
from dataclasses import dataclass, field
from pathlib import Path

from parley.evaluation import PRF, norm

_PRONOUNS = frozenset({"it", "its", "he", "she", "they", "them", "there", "here"})


@dataclass
class DateScores:
    relaxed: PRF = field(default_factory=PRF)
    strict: PRF = field(default_factory=PRF)
    value: PRF = field(default_factory=PRF)
    type_right: int = 0
    matched: int = 0
    mod_right: int = 0
    mod_total: int = 0
    details: list[str] = field(default_factory=list)

    def __iadd__(self, o: DateScores) -> DateScores:
        self.relaxed += o.relaxed
        self.strict += o.strict
        self.value += o.value
        self.type_right += o.type_right
        self.matched += o.matched
        self.mod_right += o.mod_right
        self.mod_total += o.mod_total
        self.details.extend(o.details)
        return self

    @property
    def value_accuracy(self) -> float:
        return self.value.tp / self.matched if self.matched else 0.0

    def report(self) -> str:
        return "\n".join(
            [
                self.relaxed.line("date extent (relaxed)"),
                self.strict.line("date extent (strict)"),
                self.value.line("date value"),
                f"value accuracy on matches:   {self.value_accuracy:.3f} ({self.value.tp}/{self.matched})",
                f"type accuracy on matches:    {self.type_right / max(1, self.matched):.3f}",
                f"mod right:                   {self.mod_right}/{self.mod_total}",
            ]
        )


_YEARS_PER = {"DE": 10, "CE": 100, "ML": 1000}
_IN_YEARS = re.compile(r"P(\d+(?:\.\d+)?)(DE|CE|ML)")
_CLOCK = re.compile(r"PT(?:(?P<H>\d+(?:\.\d+)?)H)?(?:(?P<M>\d+(?:\.\d+)?)M)?(?:(?P<S>\d+(?:\.\d+)?)S)?")
_SECONDS = {"H": 3600, "M": 60, "S": 1}


def _clock_seconds(v: str | None) -> float | None:
    """A duration in clock units as seconds: "PT2.5H", "PT2H30M" and "PT150M" are one length."""
    m = _CLOCK.fullmatch(v or "")
    if m is None or not any(m.groupdict().values()):
        return None
    return sum(float(n) * _SECONDS[unit] for unit, n in m.groupdict().items() if n)


def _midnight(v: str | None) -> str | None:
    """'2025-09-15T24:00' and '2025-09-16T00:00' are one instant (ISO 8601)."""
    if not v or not v.endswith("T24:00"):
        return v if v and v.endswith("T00:00") else None
    from datetime import date, timedelta

    try:
        day = date.fromisoformat(v[:10]) + timedelta(days=1)
    except ValueError:
        return None
    return f"{day.isoformat()}T00:00"


def same_value(a: str | None, b: str | None) -> bool:
    """TIMEX3 values equal as written, as durations counted in years ("P1DE" is "P10Y") or in seconds
    ("PT2.5H" is "PT2H30M"), or as centuries."""

    def years(v: str | None) -> str | None:
        m = _IN_YEARS.fullmatch(v or "")
        return f"P{float(m.group(1)) * _YEARS_PER[m.group(2)]:g}Y" if m else v

    def century(v: str | None) -> str | None:  # TIMEX3 writes the 19th century "18"; the gold format "18XX"
        return v[:2] if v and len(v) == 4 and v.endswith("XX") and v[:2].isdigit() else v

    return (
        a == b
        or years(a) == years(b)
        or century(a) == century(b)
        or _midnight(a) == _midnight(b) is not None
        or _clock_seconds(a) == _clock_seconds(b) is not None
    )


def _occurrences(body: str, text: str) -> list[tuple[int, int]]:
    pat = re.compile(r"(?<![\w])" + re.escape(text) + r"(?![\w])")
    return [(m.start(), m.end()) for m in pat.finditer(body)]


def _overlap(a: tuple[int, int], b: tuple[int, int]) -> int:
    return max(0, min(a[1], b[1]) - max(a[0], b[0]))


def locate(body: str, gold: list[dict]) -> tuple[list[tuple[tuple[int, int], dict]], list[tuple[int, int]]]:
    """Gold dates with spans (longest text first, first free occurrence), and the spare occurrences."""
    placed: list[tuple[tuple[int, int], dict]] = []
    spare: list[tuple[int, int]] = []
    for g in sorted(gold, key=lambda x: -len(x["text"])):
        occ = _occurrences(body, g["text"])
        free = [o for o in occ if not any(_overlap(o, p) for p, _ in placed)]
        if free:
            placed.append((free[0], g))
            spare.extend(free[1:])
    spare = [s for s in spare if not any(_overlap(s, p) for p, _ in placed)]
    return sorted(placed, key=lambda x: x[0]), spare


def score_dates(body: str, pred: Iterable, gold: list[dict], name: str = "") -> DateScores:
    """``pred``: objects with .span, .text, .value, .type, .mod (DateRef)."""
    s = DateScores()
    placed, spare = locate(body, gold)
    preds = sorted(pred, key=lambda d: d.span)
    used: set[int] = set()
    for span, g in placed:
        best, best_ov = None, 0
        for k, d in enumerate(preds):
            ov = _overlap(tuple(d.span), span)
            if k not in used and ov > best_ov:
                best, best_ov = k, ov
        if best is None:
            s.relaxed.fn += 1
            s.strict.fn += 1
            s.value.fn += 1
            s.details.append(f"{name}: missed {g['text']!r} ({g['value']})")
            continue
        used.add(best)
        d = preds[best]
        s.matched += 1
        s.relaxed.tp += 1
        exact = norm(d.text) == norm(g["text"])
        s.strict.tp += exact
        s.strict.fn += not exact
        s.strict.fp += not exact
        if same_value(d.value, g["value"]):
            s.value.tp += 1
        else:
            s.value.fn += 1
            s.value.fp += 1
            s.details.append(f"{name}: {g['text']!r} gold {g['value']} got {d.value} ({d.text!r})")
        s.type_right += d.type == g.get("type", d.type)
        if g.get("mod") or d.mod:
            s.mod_total += 1
            s.mod_right += d.mod == g.get("mod")
    for k, d in enumerate(preds):
        if k in used or any(_overlap(tuple(d.span), sp) for sp in spare):
            continue
        s.relaxed.fp += 1
        s.strict.fp += 1
        s.value.fp += 1
        s.details.append(f"{name}: extra {d.text!r} ({d.value})")
    return s


@dataclass
class PlaceScores:
    right: int = 0
    found: int = 0
    total: int = 0
    details: list[str] = field(default_factory=list)

    def __iadd__(self, o: PlaceScores) -> PlaceScores:
        self.right += o.right
        self.found += o.found
        self.total += o.total
        self.details.extend(o.details)
        return self

    @property
    def accuracy(self) -> float:
        return self.right / self.found if self.found else 0.0

    def report(self) -> str:
        return (
            f"place -> country right:      {self.accuracy:.3f} ({self.right}/{self.found} place mentions "
            f"found; {self.found}/{self.total} of gold mentions found)"
        )


def score_places(body: str, pred: Iterable, entities: list[dict], name: str = "") -> PlaceScores:
    s = PlaceScores()
    places = list(pred)
    wanted: list[tuple[str, dict]] = []
    for e in entities:
        if e.get("type") not in ("PLACE", "COUNTRY") or not e.get("country"):
            continue
        for mention in set(e.get("mentions", [])) | {e["name"]}:
            bare = mention[4:] if mention.startswith(("the ", "The ")) else mention
            if bare[:1].isupper() and bare.lower() not in _PRONOUNS:
                wanted.append((bare, e))
    taken: list[tuple[int, int]] = []  # "Sudan" inside "South Sudan" belongs to the longer name
    for bare, e in sorted(wanted, key=lambda x: -len(x[0])):
        for span in _occurrences(body, bare):
            if any(_overlap(span, t) for t in taken):
                continue
            taken.append(span)
            s.total += 1
            hit = next((p for p in places if _overlap(tuple(p.span), span)), None)
            if hit is None:
                s.details.append(f"{name}: no place for {bare!r} ({e['country']})")
                continue
            s.found += 1
            if hit.country == e["country"]:
                s.right += 1
            else:
                s.details.append(f"{name}: {bare!r} gold {e['country']} got {hit.country} ({hit.name})")
    return s


def score_gold_folders(folders: Iterable[Path]) -> tuple[DateScores, PlaceScores, int]:
    """Run parley on every gold article in the folders; dates and places scores, and the article count."""
    from parley import extract_document, read

    dates, places, n = DateScores(), PlaceScores(), 0
    for folder in folders:
        for path in sorted(Path(folder).glob("*.gold.json")):
            gold = json.loads(path.read_text(encoding="utf-8"))
            record = extract_document(read(path.parent / gold["source"]), gold.get("published_arg"))
            body = record.article.body
            dates += score_dates(body, record.dates, gold.get("dates", []), gold["source"])
            places += score_places(body, record.places, gold.get("entities", []), gold["source"])
            n += 1
    return dates, places, n


def main(argv: list[str] | None = None) -> None:
    ap = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    ap.add_argument("folders", nargs="+", type=Path)
    ap.add_argument("--details", action="store_true", help="list each miss (refused for held-out folders)")
    args = ap.parse_args(argv)
    if args.details and any("heldout" in str(f) for f in args.folders):
        ap.error("held-out articles are scored in aggregate only")
    dates, places, n = score_gold_folders(args.folders)
    print(f"articles: {n}")
    print(dates.report())
    print(places.report())
    if args.details:
        print("\n".join(dates.details + places.details))


if __name__ == "__main__":
    main()
