"""PLOVER JSONL: one line per event with the field names of the PLOVER manual's data-fields chapter (tables
"PLOVER JSON", "Information object for entities", "... for text", "... for citations", "Location object"), a
CAMEO root-code column for GDELT/ICEWS users (the manual's table "PLOVER equivalents to CAMEO cue categories",
read backwards), and parley's negotiation extension as extra named fields, which the manual allows providers
to add (chapter "Data Fields" and its section "Adding to PLOVER").

The manual codes a cooperative act reported as future as AGREE, and a future RETREAT as CONCEDE, rather than
as a category plus an auxiliary mode ("Auxiliary modes", and the AGREE and CONCEDE sections). parley's records
keep the act's own type and a status; the JSONL applies the manual's rule and puts the auxiliary mode in
`context`.

    python -m parley.events.plover article.txt --published 2025-05-29 > events.jsonl
"""

from __future__ import annotations

import hashlib
import json
import re
import sys
from datetime import UTC, datetime

from parley.records import Event, Participant, Record

CODEBOOK = "plover-2.0+parley-negotiation-0.1"
_SENTENCE_END = re.compile(r"[.!?][\"\u201d\u2019)]*\s+")
# CAMEO cue category of each PLOVER type (the manual's translation table; ACCUSE was CAMEO 09 for
# investigations and 11 for disapproval, ASSAULT 18 for assaults and 19 for fighting with military weapons, 20
# for mass violence).
_CAMEO = {
    "AGREE": "03",
    "CONSULT": "04",
    "SUPPORT": "05",
    "COOPERATE": "06",
    "AID": "07",
    "CONCEDE": "08",
    "RETREAT": "08",
    "REQUEST": "10",
    "ACCUSE": "11",
    "REJECT": "12",
    "THREATEN": "13",
    "PROTEST": "14",
    "MOBILIZE": "15",
    "SANCTION": "16",
    "COERCE": "17",
    "ASSAULT": "18",
}
_FIGHT_MODES = frozenset({"firearms", "heavy-weapons", "aerial", "drone"})
# Quad categories as each category's section of the manual gives them (1 verbal cooperation ... 4 material
# conflict).
QUAD = {
    "AGREE": 1,
    "CONSULT": 1,
    "SUPPORT": 1,
    "CONCEDE": 1,
    "COOPERATE": 2,
    "AID": 2,
    "RETREAT": 2,
    "REQUEST": 3,
    "ACCUSE": 3,
    "REJECT": 3,
    "THREATEN": 3,
    "PROTEST": 4,
    "SANCTION": 4,
    "MOBILIZE": 4,
    "COERCE": 4,
    "ASSAULT": 4,
}
# The manual's conflict/cooperation scores (table "PLOVER conflict--cooperation scores"); the table prints
# ACCUSE as 3, between modes of -2 and -3.5: read as -3.
SCORES = {
    "AGREE": 2.5,
    "CONSULT": 2.5,
    "SUPPORT": 5,
    "CONCEDE": 4.5,
    "COOPERATE": 9.5,
    "AID": 10,
    "RETREAT": 6.5,
    "REQUEST": 0,
    "ACCUSE": -3,
    "REJECT": -2,
    "THREATEN": -3.5,
    "PROTEST": -5,
    "SANCTION": -6,
    "MOBILIZE": -5.5,
    "COERCE": -7,
    "ASSAULT": -9,
}
MODE_SCORES = {
    ("CONSULT", "visit"): 4,
    ("CONSULT", "third-party"): 1,
    ("CONSULT", "multilateral"): 4,
    ("CONSULT", "phone"): 1.5,
    ("RETREAT", "withdraw"): 8,
    ("RETREAT", "release"): 6.5,
    ("RETREAT", "disarm"): 10,
    ("RETREAT", "ceasefire"): 7.5,
    ("RETREAT", "access"): 6.5,
    ("RETREAT", "resign"): 4.5,
    ("REQUEST", "assist"): 0.5,
    ("REQUEST", "change"): -1,
    ("REQUEST", "yield"): -1,
    ("REQUEST", "meet"): 0,
    ("ACCUSE", "disapprove"): -2,
    ("ACCUSE", "investigate"): -3.5,
    ("ACCUSE", "allege"): -3.5,
    ("REJECT", "assist"): -1.5,
    ("REJECT", "change"): -2,
    ("REJECT", "yield"): -2,
    ("REJECT", "meet"): -2,
    ("THREATEN", "restrict"): -3,
    ("THREATEN", "arrest"): -3.5,
    ("THREATEN", "relations"): -3.5,
    ("THREATEN", "expel"): -3.5,
    ("THREATEN", "territory"): -4,
    ("THREATEN", "violence"): -3.5,
    ("PROTEST", "demo"): -5,
    ("PROTEST", "riot"): -7,
    ("PROTEST", "strike"): -5,
    ("PROTEST", "hunger"): -4.5,
    ("PROTEST", "boycott"): -4.5,
    ("PROTEST", "obstruct"): -4.5,
    ("SANCTION", "convict"): -6,
    ("SANCTION", "expel"): -5.5,
    ("SANCTION", "withdraw"): -6,
    ("SANCTION", "discontinue"): -6,
    ("MOBILIZE", "troops"): -6.5,
    ("MOBILIZE", "weapons"): -6.5,
    ("MOBILIZE", "police"): -5.5,
    ("MOBILIZE", "militia"): -6,
    ("COERCE", "seize"): -7,
    ("COERCE", "restrict"): -7,
    ("COERCE", "censor"): -6.5,
    ("COERCE", "curfew"): -6.5,
    ("COERCE", "martial-law"): -7.5,
    ("COERCE", "arrest"): -7,
    ("COERCE", "deport"): -7,
    ("COERCE", "withhold"): -7,
    ("COERCE", "misinformation"): -6.5,
    ("COERCE", "cyber"): -7,
    ("ASSAULT", "abduct"): -8.5,
    ("ASSAULT", "beat"): -7.5,
    ("ASSAULT", "torture"): -8.5,
    ("ASSAULT", "sexual"): -8.5,
    ("ASSAULT", "targeted"): -9.5,
    ("ASSAULT", "destroy"): -8.5,
    ("ASSAULT", "primitive"): -8,
    ("ASSAULT", "firearms"): -9,
    ("ASSAULT", "explosives"): -9,
    ("ASSAULT", "suicide-attack"): -9.5,
    ("ASSAULT", "aerial"): -9.5,
    ("ASSAULT", "drone"): -9.5,
    ("ASSAULT", "heavy-weapons"): -9.5,
    ("ASSAULT", "crowd-control"): -7.5,
    ("ASSAULT", "unconventional"): -10,
}
# parley's statuses as the manual's auxiliary modes (section "Auxiliary modes").
AUXILIARY = {
    "proposed": "future",
    "pledged": "future",
    "requested": "future",
    "denied": "negation",
    "hypothetical": "hypothetical",
}
_COOPERATIVE = frozenset({"CONSULT", "SUPPORT", "COOPERATE", "AID"})
_IGO = {
    "united nations": "UNO",
    "un": "UNO",
    "u.n.": "UNO",
    "european union": "EUR",
    "eu": "EUR",
    "european commission": "EUR",
    "council of the european union": "EUR",
}


def cameo_code(type_: str, mode: str | None = None) -> str | None:
    """CAMEO root code (two digits) of a PLOVER type and mode."""
    if type_ == "ACCUSE" and mode == "investigate":
        return "09"
    if type_ == "ASSAULT" and mode == "unconventional":
        return "20"
    if type_ == "ASSAULT" and mode in _FIGHT_MODES:
        return "19"
    return _CAMEO.get(type_)


def canonical_type(type_: str, status: str | None) -> str:
    """The single category the manual codes: a cooperative act not (yet) done is AGREE, a future RETREAT is
    CONCEDE."""
    if status in {"proposed", "pledged"} and type_ in _COOPERATIVE:
        return "AGREE"
    if status in {"proposed", "pledged"} and type_ == "RETREAT":
        return "CONCEDE"
    return type_


def _entity(p: Participant) -> dict:
    code = p.country or _IGO.get(p.name.lower())
    out = {
        "code": code,
        "sector": p.sector,
        "entity_text": p.mention.text if p.mention else p.name,
        "identifier_text": p.name,
        "parley_entity": p.entity,
    }
    return {k: v for k, v in out.items() if v is not None}


def plover_record(event: Event, record: Record, number: int, coded: datetime | None = None) -> dict:
    """One event as a PLOVER JSON object (the manual's field names; parley's additions prefixed `parley_`)."""
    a = record.article
    coded = coded or datetime.now(UTC)
    category = canonical_type(event.type, event.status)
    date = event.date if event.date and len(event.date) == 10 and event.date[4] == "-" else a.published
    context = list(event.context)
    if event.status in AUXILIARY:
        context.append(AUXILIARY[event.status])
    negotiation = _negotiation_links(event, record)
    context.extend(negotiation.pop("contexts", []))
    sent_no = len(_SENTENCE_END.findall(a.body, 0, event.span[0]))
    digest = hashlib.sha1(a.body.encode("utf-8")).hexdigest()[:8]
    out = {
        "id": f"parley-{(a.published or 'undated').replace('-', '')}-{digest}-{number:04d}",
        "has_event": True,
        "date": date,
        "actor": [_entity(p) for p in event.actors],
        "recipient": [_entity(p) for p in event.recipients],
        "event": [category],
        "event_loc": {
            "extracted_place": event.place,
            "resolved_place": event.place,
            "country_code": event.place_country,
        }
        if event.place
        else None,
        "event_text": [event.text or a.body[event.span[0] : event.span[1]]],
        "quad_code": QUAD.get(category),
        "event_scale": MODE_SCORES.get((category, event.mode or ""), SCORES.get(category)),
        "mode": [event.mode] if event.mode else [],
        "context": context,
        "link": event.link,
        "text_info": {"sequence": sent_no, "start": event.span[0], "end": event.span[1]},
        "cite_info": {
            "url": a.url,
            "title": a.title,
            "publication": a.site,
            "language": "en",
            "coder": "parley",
            "codebook": CODEBOOK,
        },
        "coder": "parley",
        "coded_date": coded.date().isoformat(),
        "coded_time": coded.time().replace(microsecond=0).isoformat(),
        "cameo_root": cameo_code(category, event.mode),
        "parley_type": event.type,
        "parley_status": event.status,
        "parley_date": event.date,
        "parley_negotiation": negotiation or None,
    }
    return out


def _negotiation_links(event: Event, record: Record) -> dict:
    """The negotiation items an event belongs to, and the extension's contexts for it."""
    out: dict = {"contexts": []}
    for proc in record.negotiation.get("processes", []):
        for kind, key, ctx in (
            ("rounds", "round", "talks_round"),
            ("documents", "document", "negotiation_document"),
            ("exchanges", "exchange", "exchange"),
            ("ceasefires", "ceasefire", "ceasefire"),
            ("requests", "request", "pending_request"),
        ):
            for item in proc.get(kind, []):
                if event.id and event.id in item.get("events", []):
                    out[key] = item["id"]
                    out["process"] = proc["id"]
                    out["contexts"].append(ctx)
    return out


def to_jsonl(record: Record) -> str:
    coded = datetime.now(UTC)
    return "".join(
        json.dumps(plover_record(e, record, i + 1, coded)) + "\n" for i, e in enumerate(record.events)
    )


def main(argv: list[str] | None = None) -> int:
    import argparse

    import parley

    ap = argparse.ArgumentParser(prog="python -m parley.events.plover", description=__doc__.split("\n\n")[0])
    ap.add_argument("path")
    ap.add_argument("--published", default=None)
    args = ap.parse_args(argv)
    record = parley.extract_document(parley.read(args.path), args.published)
    sys.stdout.write(to_jsonl(record))
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
