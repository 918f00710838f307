"""A state's bodies: named with the state ("the Colombian government", "Ukraine's presidential office",
"Dodik's office", "the UN human rights office") and without it ("the government", "its army").

News names a body in full once ("Sri Lanka's finance ministry") and then as "the ministry", or never names
its state at all when the story is about one country. Each such phrase becomes an organisation mention of
that state, keyed like an explicit national body ("Sri Lankan finance ministry") so that the entity stage
merges the two. The state is, in order: the one whose body of the same name the article has already named;
the state written just after it ("the government of Peru"); for "its", the nearest country before it; the
story's dateline country; the country the article names at least twice as often as any other. Otherwise the
phrase stays unresolved: in a story about two states "the government" could be either's.
"""

from __future__ import annotations

from collections import Counter

from spacy.tokens import Doc

from parley.columns import lowers
from parley.columns import texts as text_column
from parley.gazetteer import Gazetteer
from parley.mention import POSSESSIVE, Mention
from parley.roles import RoleRules, role_rules
from parley.runs import is_cap, sentence_initial

_DETERMINERS = frozenset({"the", "its"})


def possessive_org_country(doc: Doc, mentions: list[Mention], gaz: Gazetteer) -> None:
    """'Ukraine's Foreign Ministry' names the same body as 'the Ukrainian Foreign Ministry'; "Azerbaijan's
    Zangilan district" lies in Azerbaijan."""
    by_end = {m.end: m for m in mentions}
    for m in mentions:
        if m.via == "gazetteer" or m.start < 2 or doc[m.start - 1].text not in POSSESSIVE:
            continue
        owner = by_end.get(m.start - 1)
        if m.type == "PLACE" and not m.country and owner is not None and owner.type == "COUNTRY":
            m.country = owner.extra["country"]
        elif m.type == "ORG" and owner is not None and owner.type == "COUNTRY":
            iso = owner.extra["country"]
            m.country = iso
            m.extra["country"] = iso
            m.key = f"{gaz.adjectives.get(iso, gaz.country_name(iso))} {m.key}"
            m.start = (
                owner.start
            )  # the mention is written with its state: "Brazil's Mines and Energy Ministry"


def led_coalitions(doc: Doc, mentions: list[Mention]) -> list[Mention]:
    """'the Saudi-led coalition': a coalition named by the state that leads it is one body, seated there;
    the state's adjective inside its name is no mention of the state."""
    out: list[Mention] = []
    for m in mentions:
        e = m.end
        led = e + 2 < len(doc) and doc[e].text == "-" and doc[e + 1].lower_ == "led"
        if m.type == "COUNTRY" and led and doc[e + 2].lower_ == "coalition" and not doc[e].whitespace_:
            iso = m.extra.get("country") or m.country
            key = f"{doc[m.start : e].text}-led coalition"
            m = Mention(m.start, e + 3, "ORG", key, country=iso, via="led-coalition", extra={"country": iso})
        out.append(m)
    return out


def _persons_body(doc: Doc, m: Mention) -> list[Mention]:
    """ "Dodik's office", "the Trump administration": the body a person heads, an organisation of its own
    (the person's mention stays, inside it)."""
    k = m.end + (1 if m.end < len(doc) and doc[m.end].text in POSSESSIVE else 0)
    heads = role_rules().bodies_of_person
    if k >= len(doc) or doc[k].lower_ not in heads or (k == m.end and doc[k].lower_ == "office"):
        return []
    return [Mention(m.start, k + 1, "ORG", doc[m.start : k + 1].text, via="persons-body")]


def national_bodies(doc: Doc, mentions: list[Mention], gaz: Gazetteer, rules: RoleRules) -> list[Mention]:
    """'the Colombian government', 'UAE foreign ministry', "Ukraine's presidential office": a country
    followed by lower-case words ending in an organisation noun names that state's body; so does a known
    organisation ("the UN human rights office"). "... mission to Moldova", "... embassy in Colombo": the
    place it serves belongs to the name."""
    out: list[Mention] = []
    skip: set[int] = set()
    for idx, m in enumerate(mentions):
        if idx in skip:
            continue
        if m.type == "PERSON":
            out.append(m)
            out.extend(_persons_body(doc, m))
            continue
        if m.type not in {"COUNTRY", "ORG"} or (m.type == "ORG" and m.via != "gazetteer"):
            out.append(m)
            continue
        j = m.end + (1 if m.end < len(doc) and doc[m.end].text in POSSESSIVE else 0)
        k = j
        while k < len(doc) and k < j + 3 and doc[k].is_lower and doc[k].is_alpha:
            k += 1
            if doc[k - 1].lower_ in rules.org_suffixes or _adjectival_body(doc, k - 1, gaz):
                break
        if m.type == "ORG":  # "the UN human rights office", not "Mossad intelligence agency" or "EU ports"
            nouns = all(t.pos_ in {"NOUN", "ADJ", "PROPN"} for t in doc[j:k])
            fits = doc[k - 1].lower_ in rules.bodies_of_org and nouns
        else:
            fits = all(rules.is_role_word(t.text) or t.lower_ in rules.org_suffixes for t in doc[j:k])
            fits = fits or (j > m.end and _possessed_body(doc, j, k, rules))
        plain = k > j and doc[k - 1].lower_ in gaz.titled_only_suffixes and doc[k - 2].lower_ != "armed"
        body = k > j and (doc[k - 1].lower_ in rules.org_suffixes or _adjectival_body(doc, k - 1, gaz))
        if not (body and fits) or plain:
            out.append(m)
            continue
        iso = m.extra.get("country")
        words = doc[j:k].text
        owner = gaz.adjectives.get(iso, gaz.country_name(iso)) if m.type == "COUNTRY" else m.key
        served = next(
            (
                (x, n)
                for x, n in enumerate(mentions[idx + 1 : idx + 2], idx + 1)
                if n.start == k + 1 and doc[k].lower_ in {"to", "in"} and n.type in {"COUNTRY", "PLACE"}
            ),
            None,
        )
        if m.type == "ORG" and served is None and k - j < 2:
            out.append(m)  # "the African Union mission": the Union, unless the mission is named in full
            continue
        if served is not None:
            skip.add(served[0])
            words, k = f"{words} {doc[k].lower_} {doc[served[1].start : served[1].end].text}", served[1].end
        out.append(
            Mention(
                m.start,
                k,
                "ORG",
                f"{owner} {words}",
                country=iso,
                via="national-body",
                extra={"country": iso, "igo": bool(m.extra.get("igo"))},
            )
        )
    return out


def _adjectival_body(doc: Doc, i: int, gaz: Gazetteer) -> bool:
    """ "The Israeli military said": a noun that is also an adjective ("military action") names a body only
    with no noun after it."""
    if doc[i].lower_ not in gaz.adjectival_bodies:
        return False
    nxt = doc[i + 1] if i + 1 < len(doc) else None
    noun = nxt is not None and (nxt.pos_ in {"NOUN", "ADJ", "PROPN"} or nxt.tag_ in {"VBG", "VBN"})
    return not (noun and nxt.is_lower)


def _possessed_body(doc: Doc, j: int, k: int, rules: RoleRules) -> bool:
    """ "Iraq's oil ministry", "Argentina's customs agency": after a state's possessive, common nouns ending
    in an organisation noun name its body, unless a role follows ("Peru's trade ministry spokeswoman")."""
    nxt = doc[k] if k < len(doc) else None
    if nxt is not None and (rules.is_head(nxt.text) or (nxt.is_lower and nxt.pos_ in {"NOUN", "PROPN"})):
        return False
    return all(t.pos_ in {"NOUN", "ADJ", "PROPN"} for t in doc[j:k])


def served_places(doc: Doc, mentions: list[Mention], rules: RoleRules) -> list[Mention]:
    """'The UN Verification Mission in Colombia', "the OSCE Mission to Moldova": a mission or office named
    with the state it serves takes that state into its name and, for an intergovernmental one, as its seat."""
    out: list[Mention] = []
    by_start = {m.start: m for m in mentions if m.type in {"COUNTRY", "PLACE"}}
    skip: set[int] = set()
    for m in mentions:
        if id(m) in skip:
            continue
        last = doc[m.end - 1].lower_ if m.type == "ORG" else ""
        place = by_start.get(m.end + 1) if m.end + 1 < len(doc) else None
        # "the Eurasian Economic Commission in Moscow": a city after "in" is the seat, not a state served
        serves = place is not None and (doc[m.end].lower_ == "to" or place.type == "COUNTRY")
        if last in rules.bodies_of_org and serves and doc[m.end].lower_ in {"in", "to"}:
            skip.add(id(place))
            iso = place.extra.get("country") or place.country
            if m.extra.get("igo") or not m.country:
                m.country, m.extra = iso, {**m.extra, "country": iso, "igo": False}
            m.end, m.key = place.end, doc[m.start : place.end].text
        out.append(m)
    return [m for m in out if id(m) not in skip]


def _names_state(m: Mention) -> bool:
    return m.type == "COUNTRY" or m.via == "national-body"


def _focus(doc: Doc, mentions: list[Mention], gaz: Gazetteer) -> str | None:
    dateline = doc.user_data.get("parley_dateline") or ""
    for part in dateline.replace("(", ",").split(","):
        name = part.strip().title() if part.strip().isupper() else part.strip()
        if iso := gaz.country(name) or (p.country if (p := gaz.place(name)) else None):
            return iso
    votes = Counter(m.extra.get("country") for m in mentions if _names_state(m))
    votes.pop(None, None)
    ranked = votes.most_common(2)
    if not ranked:
        return None
    if len(ranked) == 2 and ranked[0][1] < 2 * ranked[1][1]:
        return _lead_state(doc, mentions)  # a story about two states: the one its lead names first
    return ranked[0][0]


def _lead_state(doc: Doc, mentions: list[Mention]) -> str | None:
    """The state the story's first sentence names first ("Sri Lanka will free 34 Indian fishermen"): news
    leads with its subject, and its unnamed "government" is usually that state's."""
    first = next(iter(doc.sents), None) if doc.has_annotation("SENT_START") else None
    if first is None:
        return None
    named = [m for m in mentions if _names_state(m) and m.end <= first.end and m.extra.get("country")]
    return min(named, key=lambda m: m.start).extra["country"] if named else None


def generic_bodies(doc: Doc, mentions: list[Mention], gaz: Gazetteer, rules: RoleRules) -> list[Mention]:
    """The mentions with "the <modifiers> <body>" phrases added as ORG mentions of a state (pure)."""
    covered = {t for m in mentions for t in range(m.start, m.end)}
    states = sorted(
        (m.start, m.extra.get("country")) for m in mentions if _names_state(m) and m.extra.get("country")
    )
    named: dict[str, str] = {}  # "finance ministry" -> the state whose finance ministry was named
    for m in mentions:
        if m.via == "national-body" and m.country:
            named.setdefault(m.key.split(" ", 1)[-1].lower(), m.country)
    focus = _focus(doc, mentions, gaz)
    _its_named_bodies(doc, mentions, states, gaz)
    out = list(mentions)
    for i, low in enumerate(lowers(doc)):
        if low not in rules.generic_bodies:
            continue
        tok = doc[i]
        if not tok.is_lower or tok.i in covered:
            continue
        k = tok.i
        while (
            k > 0
            and tok.i - k < 2
            and doc[k - 1].is_lower
            and doc[k - 1].lower_ in rules.modifiers
            and doc[k - 1].lower_ not in _DETERMINERS
        ):
            k -= 1
        if k == 0 or doc[k - 1].lower_ not in _DETERMINERS or (k - 1) in covered:
            continue
        words = doc[k : tok.i + 1].text.lower()
        start = k - 1 if doc[k - 1].lower_ == "its" else k  # "its foreign ministry" is written with "its"
        earlier = [m for m in out if m.type == "ORG" and m.end <= k and m.country and _body_of(m, tok.lower_)]
        if k == tok.i and earlier:
            # "Sri Lanka's finance ministry ... the ministry": the body last named with that noun
            last = max(earlier, key=lambda m: m.start)
            out.append(
                Mention(
                    start,
                    tok.i + 1,
                    "ORG",
                    last.key,
                    country=last.country,
                    via="generic-body",
                    extra={"country": last.country},
                )
            )
            continue
        before = [(s, c) for s, c in states if s < k]
        iso = _state_after(doc, tok.i + 1, mentions)
        if iso is None and start < k and before:
            iso = before[-1][1]  # "Egypt ... Its foreign ministry": the state just named
        iso = iso or named.get(words)
        if iso is None:
            iso = focus
        if iso is None:
            continue
        key = f"{gaz.adjectives.get(iso, gaz.country_name(iso))} {words}"
        extra = {"country": iso}
        out.append(Mention(start, tok.i + 1, "ORG", key, country=iso, via="generic-body", extra=extra))
        named.setdefault(words, iso)
    return sorted(_bare_bodies(doc, out, gaz, focus), key=lambda m: m.start)


def _its_named_bodies(
    doc: Doc, mentions: list[Mention], states: list[tuple[int, str]], gaz: Gazetteer
) -> None:
    """'Uzbekistan ... Its Ministry of Water Resources': a body named after "its" is the last-named state's,
    and "its" is part of what the text calls it."""
    for m in mentions:
        if m.type != "ORG" or m.country or m.start == 0 or doc[m.start - 1].lower_ != "its":
            continue
        before = [c for s, c in states if s < m.start]
        body = any(t.lower_ in role_rules().org_prefixes_of for t in doc[m.start : m.end])
        if before and body and m.via != "gazetteer":
            iso = before[-1]
            m.start, m.country = m.start - 1, iso
            m.extra = {**m.extra, "country": iso}
            m.key = f"{gaz.adjectives.get(iso, gaz.country_name(iso))} {m.key}"


def _bare_bodies(doc: Doc, mentions: list[Mention], gaz: Gazetteer, iso: str | None) -> list[Mention]:
    """'Parliament will vote', 'talks at State House': a state's body named capitalised and alone (no other
    capital word beside it, as in 'European Parliament') is the story's state's; so is a paper naming itself
    ('the Ledger', gazetteer mastheads)."""
    out = list(mentions)
    names = [(n, False) for n in gaz.bare_state_bodies] + [(n, True) for n in gaz.mastheads]
    texts = text_column(doc)
    where: dict[str, list[int]] = {}  # a name is looked for only where its first word stands
    for i, w in enumerate(texts):
        where.setdefault(w, []).append(i)
    for name, masthead in names:
        words = name.split()
        n = len(words)
        for i in where.get(words[0], ()):
            if texts[i : i + n] != words or (i + n < len(doc) and is_cap(doc[i + n])):
                continue
            if i > 0 and is_cap(doc[i - 1]) and not sentence_initial(doc, i - 1):
                continue
            if (masthead and (i == 0 or doc[i - 1].text != "the")) or (iso is None and not masthead):
                continue
            over = [m for m in out if m.start < i + n and m.end > i]
            if any((m.start, m.end) != (i, i + n) or m.via == "gazetteer" for m in over):
                continue
            out = [m for m in out if all(m is not o for o in over)]
            key = (
                name
                if n > 1 or masthead or not iso
                else f"{gaz.adjectives.get(iso, gaz.country_name(iso))} {name.lower()}"
            )
            out.append(Mention(i, i + n, "ORG", key, country=iso, via="generic-body", extra={"country": iso}))
    return out


def _body_of(m: Mention, head: str) -> bool:
    return m.via in {"national-body", "generic-body"} and m.key.lower().endswith(f" {head}")


def _state_after(doc: Doc, i: int, mentions: list[Mention]) -> str | None:
    """'the government of Peru', 'the army in Chad': the state named right after the body."""
    if i + 1 >= len(doc) or doc[i].lower_ not in {"of", "in"}:
        return None
    return next(
        (m.extra.get("country") for m in mentions if m.start == i + 1 and m.type == "COUNTRY"),
        None,
    )
