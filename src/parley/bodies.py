"""A state's bodies named without the state: "the government", "the foreign ministry", "its army".

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

from parley.gazetteer import Gazetteer
from parley.mention import Mention
from parley.roles import RoleRules

_DETERMINERS = frozenset({"the", "its"})


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
    if not ranked or (len(ranked) == 2 and ranked[0][1] < 2 * ranked[1][1]):
        return None  # a story about two states: "the government" could be either's
    return ranked[0][0]


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
    out = list(mentions)
    for tok in doc:
        if tok.lower_ not in rules.generic_bodies or not tok.is_lower or tok.i in covered:
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
        earlier = [m for m in out if m.type == "ORG" and m.end <= k and m.country and _body_of(m, tok.lower_)]
        if k == tok.i and earlier:
            # "Sri Lanka's finance ministry ... the ministry": the body last named with that noun
            last = max(earlier, key=lambda m: m.start)
            out.append(
                Mention(
                    k,
                    tok.i + 1,
                    "ORG",
                    last.key,
                    country=last.country,
                    via="generic-body",
                    extra={"country": last.country},
                )
            )
            continue
        iso = named.get(words) or _state_after(doc, tok.i + 1, mentions)
        before = [(s, c) for s, c in states if s < k]
        if iso is None and doc[k - 1].lower_ == "its" and before:
            iso = before[-1][1]
        if iso is None:
            iso = focus
        if iso is None:
            continue
        key = f"{gaz.adjectives.get(iso, gaz.country_name(iso))} {words}"
        out.append(Mention(k, tok.i + 1, "ORG", key, country=iso, via="generic-body", extra={"country": iso}))
        named.setdefault(words, iso)
    return sorted(out, key=lambda m: m.start)


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
