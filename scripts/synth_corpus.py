#!/usr/bin/env python3
"""Generate N synthetic news articles about negotiations, for the ingest benchmark and tests.

Each *story* (one round of talks, one statement) is reported by one to three outlets: the duplicates
across outlets that `parley ingest` must merge (one quote with its sources, one event with its sources;
a few outlets give the date a day late, a disagreement the store keeps). A few articles are also copied
verbatim into a second input (the same text twice: stored once).

    python scripts/synth_corpus.py 20000 corpus/ [--seed 7] [--formats txt,html,jsonl,warc]

Writes the articles under OUT (text and HTML files in folders of 1,000, `dump-*.jsonl`, `crawl.warc.gz`)
and OUT/manifest.json with what was planted: documents, stories, quotes, events.
"""

from __future__ import annotations

import argparse
import io
import json
import random
from datetime import date, timedelta
from html import escape
from pathlib import Path

# country -> (adjective, [(given, surname, role)])
COUNTRIES = {
    "Russia": (
        "Russian",
        [("Dmitry", "Peskov", "Kremlin spokesman"), ("Sergei", "Lavrov", "Foreign Minister")],
    ),
    "Ukraine": (
        "Ukrainian",
        [("Andrii", "Sybiha", "Foreign Minister"), ("Rustem", "Umerov", "Defence Minister")],
    ),
    "Armenia": ("Armenian", [("Ararat", "Mirzoyan", "Foreign Minister")]),
    "Azerbaijan": ("Azerbaijani", [("Jeyhun", "Bayramov", "Foreign Minister")]),
    "Serbia": ("Serbian", [("Marko", "Djuric", "Foreign Minister")]),
    "Kosovo": ("Kosovar", [("Donika", "Gervalla", "Foreign Minister")]),
    "Ethiopia": ("Ethiopian", [("Gedion", "Timothewos", "Foreign Minister")]),
    "Eritrea": ("Eritrean", [("Osman", "Saleh", "Foreign Minister")]),
    "India": ("Indian", [("Randhir", "Jaiswal", "foreign ministry spokesman")]),
    "Pakistan": ("Pakistani", [("Ishaq", "Dar", "Foreign Minister")]),
    "Thailand": ("Thai", [("Maris", "Sangiampongsa", "Foreign Minister")]),
    "Cambodia": ("Cambodian", [("Prak", "Sokhonn", "Foreign Minister")]),
    "Sudan": ("Sudanese", [("Ali", "Youssef", "Foreign Minister")]),
    "Israel": ("Israeli", [("Gideon", "Saar", "Foreign Minister")]),
    "Lebanon": ("Lebanese", [("Youssef", "Raggi", "Foreign Minister")]),
    "Colombia": ("Colombian", [("Laura", "Sarabia", "Foreign Minister")]),
    "Venezuela": ("Venezuelan", [("Yvan", "Gil", "Foreign Minister")]),
    "Guyana": ("Guyanese", [("Hugh", "Todd", "Foreign Minister")]),
    "Rwanda": ("Rwandan", [("Olivier", "Nduhungirehe", "Foreign Minister")]),
    "Burundi": ("Burundian", [("Albert", "Shingiro", "Foreign Minister")]),
    "Georgia": ("Georgian", [("Maka", "Botchorishvili", "Foreign Minister")]),
    "Moldova": ("Moldovan", [("Mihai", "Popsoi", "Foreign Minister")]),
    "Morocco": ("Moroccan", [("Nasser", "Bourita", "Foreign Minister")]),
    "Algeria": ("Algerian", [("Ahmed", "Attaf", "Foreign Minister")]),
    "Greece": ("Greek", [("Nikos", "Dendias", "Foreign Minister")]),
    "Cyprus": ("Cypriot", [("Constantinos", "Kombos", "Foreign Minister")]),
    "Egypt": ("Egyptian", [("Badr", "Abdelatty", "Foreign Minister")]),
    "Japan": ("Japanese", [("Takeshi", "Iwaya", "Foreign Minister")]),
    "Kenya": ("Kenyan", [("Musalia", "Mudavadi", "Foreign Minister")]),
    "Somalia": ("Somali", [("Ahmed", "Fiqi", "Foreign Minister")]),
}
# 40 pairs, 4 stories a day: a pair meets every 10 days, well outside the 3-day window that merges events;
# two pairs sharing a country meet in one city at least 3 days apart.
PAIRS = [(a, b) for i, a in enumerate(COUNTRIES) for b in list(COUNTRIES)[i + 1 :]][::11][:40]
VENUES = [
    "Istanbul",
    "Geneva",
    "Doha",
    "Oslo",
    "Vienna",
    "Riyadh",
    "Cairo",
    "Abu Dhabi",
    "Helsinki",
    "Nairobi",
    "Ankara",
    "Muscat",
]
OUTLETS = [
    ("Nordic Wire", "nordicwire.example"),
    ("Adriatic Post", "adriaticpost.example"),
    ("Caspian Courier", "caspiancourier.example"),
    ("Levant Ledger", "levantledger.example"),
    ("Horn Dispatch", "horndispatch.example"),
    ("Mekong Monitor", "mekongmonitor.example"),
    ("Baltic Herald", "baltic-herald.example"),
    ("Sahel Tribune", "saheltribune.example"),
    ("Atlantic Observer", "atlanticobserver.example"),
    ("Pacific Chronicle", "pacificchronicle.example"),
]
TOPICS = [
    "border demarcation",
    "safe passage for grain ships",
    "water sharing on the river",
    "fishing rights",
    "pension rights of former residents",
    "the status of the disputed district",
    "electricity supplies",
    "railway links",
    "the schedule of future rounds",
    "customs rules",
]
# Statements differ in more than a word or two, so two of them never read as one quote.
STATEMENTS = [
    "We came here to listen, and we will report everything to the capital before we answer",
    "Nobody should expect a breakthrough in a single day",
    "Our delegation has clear instructions and a mandate to sign if the terms are fair",
    "The other side has to show that it wants peace more than it wants headlines",
    "We handed over a detailed written proposal and now we wait for a reply",
    "A ceasefire that nobody monitors is only a pause before the next offensive",
    "There will be no agreement until every detained civilian comes home",
    "Progress is slow, but for the first time both sides are talking about the same map",
    "We are grateful to the hosts for their hospitality and their patience",
    "Any deal must be approved by parliament, and that will take time",
    "The mediators have done remarkable work and deserve our thanks",
    "Threats will not bring anyone closer to a settlement",
    "Written guarantees matter more than promises made to journalists",
    "Families have waited long enough for news of their relatives",
    "This round was more constructive than anything we have seen this year",
    "We have not received the document that was promised to us last month",
    "Setting the agenda took a whole morning, which is itself a small step",
    "Our patience is not unlimited, and everyone at the table knows it",
    "Technical teams will continue the work while the ministers return home",
    "It is too early to say whether the leaders will sign anything",
    "We will study the proposal carefully before giving any answer",
    "Humanitarian questions must come before political ones",
    "There was no joint statement, but that is not a failure",
    "We expect the next round to focus on the exchange of lists",
]
EVENT_LINES = [
    "Delegations from {A} and {B} met in {venue} on {when} for talks on {topic}.",
    "Negotiators from {A} and {B} held talks in {venue} on {when} on {topic}.",
    "Officials from {A} and {B} met in {venue} on {when} to discuss {topic}.",
]
QUOTE_LINES = [
    '"{q}," {role} {name} told reporters after the meeting.',
    '{role_cap} {name} said: "{q}."',
    '"{q}," said {surname}.',
]
FILLER = [
    "Analysts have followed the process closely.",
    "The next steps remain unclear.",
    "The two sides have a long history of disputes.",
    "The atmosphere was businesslike.",
]

START = date(2010, 1, 1)  # before the team's real test articles, so no synthetic story merges with them
STORIES_PER_DAY = 4


def _when(d: date) -> str:
    return f"{d.strftime('%B')} {d.day}"


def plan(story: int, spoken: dict[str, int]) -> dict:
    """What one story is: who met whom, where and when, and who said what (the same for every outlet).

    A speaker's statements cycle through STATEMENTS in order, so the same words from one person come
    months apart, never inside the week in which outlets repeat a quote."""
    a, b = PAIRS[story % len(PAIRS)]
    country = (a, b)[(story // len(PAIRS)) % 2]
    people = COUNTRIES[country][1]
    given, surname, role = people[(story // (2 * len(PAIRS))) % len(people)]
    n = spoken.get(surname, 0)
    spoken[surname] = n + 1
    return {
        "story": story,
        "a": a,
        "b": b,
        "venue": VENUES[story % len(VENUES)],
        "day": START + timedelta(days=story // STORIES_PER_DAY),
        "country": country,
        "given": given,
        "surname": surname,
        "role": role,
        "statement": STATEMENTS[n % len(STATEMENTS)],
        "topic": TOPICS[story % len(TOPICS)],
    }


def article(p: dict, outlet_i: int, late: bool, rng: random.Random) -> dict:
    """One outlet's report of one story: a talks event and a statement."""
    outlet, site = OUTLETS[outlet_i]
    event_day = p["day"] + timedelta(days=1) if late else p["day"]
    event_line = EVENT_LINES[outlet_i % len(EVENT_LINES)].format(
        A=p["a"], B=p["b"], venue=p["venue"], when=_when(event_day), topic=p["topic"]
    )
    form = QUOTE_LINES[(outlet_i + p["story"]) % len(QUOTE_LINES)]
    role_cap = p["role"][0].upper() + p["role"][1:]
    quote_line = form.format(
        q=p["statement"],
        role=p["role"],
        role_cap=role_cap,
        name=f"{p['given']} {p['surname']}",
        surname=p["surname"],
    )
    if "said {surname}" in form:  # the article names the speaker in full before the bare surname
        quote_line = f"{role_cap} {p['given']} {p['surname']} led the delegation. " + quote_line
    published = p["day"] + timedelta(days=rng.choice((0, 0, 1)))
    title = f"{p['a']} and {p['b']} hold talks in {p['venue']}"
    body = [
        f"{p['venue'].upper()}, {_when(published)} ({outlet}) - {event_line}",
        quote_line,
        rng.choice(FILLER),
        f"Reference {p['story']}-{outlet_i}: this report was filed by {outlet}.",
    ]
    return {
        "title": title,
        "site": site,
        "outlet": outlet,
        "published": published.isoformat(),
        "url": f"https://{site}/{published:%Y/%m/%d}/talks-{p['story']}",
        "paragraphs": body,
    }


def as_text(art: dict) -> str:
    day = date.fromisoformat(art["published"])
    head = f"{art['title']}\n\nBy staff, {art['outlet']}\nPublished {day.day} {day:%B %Y}\n\n"
    return head + "\n\n".join(art["paragraphs"]) + "\n"


def as_html(art: dict) -> str:
    paras = "\n".join(f"<p>{escape(p)}</p>" for p in art["paragraphs"])
    return (
        f"<!doctype html><html><head><title>{escape(art['title'])}</title>"
        f'<meta property="article:published_time" content="{art["published"]}T08:00:00Z">'
        f'<meta property="og:site_name" content="{escape(art["outlet"])}"></head>'
        f"<body><article>{paras}</article></body></html>"
    )


def generate(
    n: int, out: Path, seed: int = 7, formats: tuple[str, ...] = ("txt", "html", "jsonl", "warc")
) -> dict:
    rng = random.Random(seed)
    out.mkdir(parents=True, exist_ok=True)
    arts: list[dict] = []
    story = 0
    spoken: dict[str, int] = {}
    stats = {"multi_outlet_stories": 0, "date_disagreements": 0}
    while len(arts) < n:
        k = min(rng.choices((1, 2, 3), weights=(5, 3, 2))[0], n - len(arts))
        outlets = rng.sample(range(len(OUTLETS)), k)
        late = k > 1 and rng.random() < 0.1  # the last outlet gives the date a day late
        stats["multi_outlet_stories"] += k > 1
        stats["date_disagreements"] += late
        p = plan(story, spoken)
        arts += [article(p, o, late and i == k - 1, rng) for i, o in enumerate(outlets)]
        story += 1
    jsonl = warc = None
    if "jsonl" in formats:
        jsonl = (out / "dump-1.jsonl").open("w", encoding="utf-8")
    if "warc" in formats:
        from warcio.statusandheaders import StatusAndHeaders
        from warcio.warcwriter import WARCWriter

        warc_fh = (out / "crawl.warc.gz").open("wb")
        warc = WARCWriter(warc_fh, gzip=True)
    copies = 0
    for i, art in enumerate(arts):
        fmt = formats[i % len(formats)]
        folder = out / f"part-{i // 1000:03d}"
        if fmt in ("txt", "html"):
            folder.mkdir(exist_ok=True)
            text = as_text(art) if fmt == "txt" else as_html(art)
            (folder / f"{i:06d}.{fmt}").write_text(text, encoding="utf-8")
        elif fmt == "jsonl" and jsonl:
            jsonl.write(
                json.dumps(
                    {
                        "text": as_text(art),
                        "url": art["url"],
                        "published": art["published"],
                        "site": art["site"],
                    }
                )
                + "\n"
            )
        elif fmt == "warc" and warc:
            http = StatusAndHeaders(
                "200 OK", [("Content-Type", "text/html; charset=utf-8")], protocol="HTTP/1.1"
            )
            rec = warc.create_warc_record(
                art["url"], "response", payload=io.BytesIO(as_html(art).encode()), http_headers=http
            )
            warc.write_record(rec)
        if jsonl and fmt == "txt" and i % 97 == 0:  # the same text again in the dump: stored once
            jsonl.write(json.dumps({"text": as_text(art), "url": art["url"]}) + "\n")
            copies += 1
    if jsonl:
        jsonl.close()
    if warc:
        warc_fh.close()
    manifest = {
        "documents": len(arts),
        "inputs": len(arts) + copies,
        "verbatim_copies": copies,
        "stories": story,
        "planted_quotes": story,
        "planted_events": story,
        **stats,
        "seed": seed,
    }
    (out / "manifest.json").write_text(json.dumps(manifest, indent=2) + "\n", encoding="utf-8")
    return manifest


def main() -> None:
    ap = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    ap.add_argument("n", type=int, help="number of articles")
    ap.add_argument("out", type=Path, help="output folder")
    ap.add_argument("--seed", type=int, default=7)
    ap.add_argument("--formats", default="txt,html,jsonl,warc", help="comma-separated: txt,html,jsonl,warc")
    args = ap.parse_args()
    print(json.dumps(generate(args.n, args.out, args.seed, tuple(args.formats.split(","))), indent=2))


if __name__ == "__main__":
    main()
