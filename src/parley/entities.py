"""Entity mentions on a spaCy Doc: people, organisations, countries, places and groups, with roles.

Works on tokens alone (capitalised runs split by the gazetteer, titles read from the role lexicon) and,
when the pipeline has a statistical NER, takes its PERSON/ORG/LOC spans as extra candidates. The mentions
are then merged into entities by ``parley.coref``.
"""

from __future__ import annotations

from dataclasses import dataclass, field

from spacy.tokens import Doc, Token

from parley.gazetteer import Gazetteer, gazetteer
from parley.roles import RoleRules, role_rules

# Lower-case words allowed inside a capitalised name ("Ministry of Foreign Affairs", "Bashar al-Assad").
_NAME_PARTICLES = frozenset({"de", "da", "del", "van", "von", "bin", "al", "el", "ibn", "la", "le", "du"})
_SENT_END = frozenset(
    {".", "!", "?", ":", ";", "\u201c", '"', "\u2018", "'", "\u2014", "\u2013", "-", "(", "|", "\u2022"}
)
_POSSESSIVE = frozenset({"'s", "\u2019s", "'", "\u2019"})
_MODEL_LABELS = {
    "PER": "PERSON",
    "PERSON": "PERSON",
    "ORG": "ORG",
    "LOC": "PLACE",
    "GPE": "PLACE",
    "NORP": "GROUP",
    "FAC": "PLACE",
}


@dataclass
class Mention:
    """One mention: tokens [start, end) of the Doc, what it names, and what the text says about it."""

    start: int
    end: int
    type: str  # PERSON | ORG | COUNTRY | PLACE | GROUP
    key: str  # the name as a key for merging ("Dmitry Peskov", "RUS", "Kremlin")
    role: str | None = None
    country: str | None = None
    via: str = "rule"
    role_tokens: tuple[int, int] | None = None
    extra: dict = field(default_factory=dict)


def is_cap(tok: Token) -> bool:
    t = tok.text
    return bool(t) and t[0].isupper() and any(c.isalpha() for c in t) and len(t) > 1 and "\n" not in t


def sentence_initial(doc: Doc, i: int) -> bool:
    """True when token i begins a sentence, paragraph or quotation (where every word is capitalised)."""
    j = i - 1
    while j >= 0 and doc[j].text in {"\u201c", '"', "\u2018", "'", "(", "["}:
        j -= 1
    if j < 0:
        return True
    prev = doc[j]
    return prev.text in _SENT_END or prev.is_space or "\n" in prev.whitespace_ or prev.text.endswith("\n")


def _cap_runs(doc: Doc) -> list[tuple[int, int]]:
    """Maximal runs of capitalised tokens, joined by name particles, hyphens and 'of (the)'."""
    runs: list[tuple[int, int]] = []
    i, n = 0, len(doc)
    while i < n:
        if not is_cap(doc[i]):
            i += 1
            continue
        j = i + 1
        while j < n:
            tok = doc[j]
            if is_cap(tok) and not doc[j - 1].whitespace_.count("\n"):
                j += 1
                continue
            low = tok.text.lower()
            nxt = doc[j + 1] if j + 1 < n else None
            if nxt is not None and low in _NAME_PARTICLES | {"-", "of", "the", "for", "and"}:
                k = j + 1
                if low == "of" and nxt.lower_ == "the" and k + 1 < n:
                    k += 1
                joinable = is_cap(doc[k]) and (
                    low in _NAME_PARTICLES
                    or (low == "-" and not doc[j - 1].whitespace_ and not tok.whitespace_)
                    or (low in {"of", "for", "and", "the"} and _org_prefix(doc[i:j]))
                )
                if joinable:
                    j = k + 1
                    continue
            break
        runs.append((i, j))
        i = j
    return runs


def _org_prefix(span) -> bool:
    rules = role_rules()
    return any(t.lower_ in rules.org_prefixes_of or t.lower_ in rules.org_suffixes for t in span)


def _match_at(doc: Doc, i: int, end: int, gaz: Gazetteer) -> tuple[int, str, str, dict] | None:
    """Longest gazetteer match starting at token i and ending by ``end``: (end, type, key, extra)."""
    for j in range(end, i, -1):
        text = doc[i:j].text
        bare = text[4:] if text.startswith("The ") else text
        if org := gaz.org(text) or gaz.org(bare):
            return j, "ORG", org.name, {"country": org.country}
        if iso := gaz.country(bare):
            return j, "COUNTRY", iso, {"country": iso}
        if (place := gaz.place(bare)) and not _name_follows(doc, j, end, gaz):
            return j, "PLACE", place.name, {"country": place.country}
        if j == i + 1 and (iso := gaz.demonym(text)):
            # "Russian" (adjective) refers to the country; "Russians" to its people.
            kind = "COUNTRY" if text in gaz.demonyms else "GROUP"
            return j, kind, iso, {"country": iso, "demonym": True}
    return None


def _name_follows(doc: Doc, j: int, end: int, gaz: Gazetteer) -> bool:
    """A city name followed, in the same run, by an unknown capitalised word is a first name: "Vladimir Putin"."""
    if j >= end:
        return False
    nxt = doc[j].text
    return not (
        gaz.org(nxt)
        or gaz.country(nxt)
        or gaz.place(nxt)
        or gaz.demonym(nxt)
        or nxt.lower() in role_rules().org_suffixes
    )


def _classify_rest(doc: Doc, i: int, j: int, gaz: Gazetteer, rules: RoleRules) -> list[Mention]:
    """An unmatched stretch of capitals: an organisation, or [role words] + a person's name."""
    toks = list(doc[i:j])
    while toks and (toks[0].text in gaz.not_entities and not rules.is_role_word(toks[0].text)):
        toks.pop(0)
    if not toks:
        return []
    start = toks[0].i
    last = toks[-1].lower_
    if last in rules.org_suffixes or (len(toks) > 2 and toks[0].lower_ in rules.org_prefixes_of):
        return [Mention(start, j, "ORG", doc[start:j].text)]
    if len(toks) == 1 and toks[0].text.isupper() and toks[0].is_alpha and len(toks[0]) <= 6:
        return (
            []
            if toks[0].text in gaz.not_entities
            else [Mention(start, j, "ORG", toks[0].text, via="acronym")]
        )
    k = 0
    while k < len(toks) and (
        rules.is_role_word(toks[k].text)
        or toks[k].lower_.rstrip(".") in rules.honorifics
        or toks[k].lower_ in rules.honorifics
    ):
        k += 1
    name = toks[k:]
    if not name or any(t.text in gaz.not_entities for t in name):
        return []
    m = Mention(name[0].i, j, "PERSON", doc[name[0].i : j].text)
    if k:
        m.role_tokens = (start, name[0].i)
    return [m]


def _left_role(doc: Doc, m: Mention, gaz: Gazetteer, rules: RoleRules, by_token: dict[int, Mention]) -> None:
    """Read the title written before a person's name: "Trump's special envoy for Ukraine Keith Kellogg"."""
    i = m.role_tokens[0] if m.role_tokens else m.start
    country = None
    while i > 0:
        tok = doc[i - 1]
        if "\n" in tok.whitespace_ or tok.is_punct and tok.text not in _POSSESSIVE:
            break
        other = by_token.get(i - 1)
        if tok.lower_ == "for":
            country = None  # "envoy for Ukraine": Ukraine is the brief, not the envoy's country
            i -= 1
        elif other is not None and other.type in {"COUNTRY", "ORG", "PLACE"} and other.end == i:
            country = country or other.extra.get("country")
            i = other.start
        elif rules.is_role_word(tok.text) or tok.lower_ in rules.honorifics:
            i -= 1
        elif tok.text in _POSSESSIVE and i >= 2 and (owner := by_token.get(i - 2)) is not None:
            country = country or owner.country or owner.extra.get("country")
            m.extra["principal"] = owner.key
            i = owner.start
            break
        else:
            break
    if i == m.start:
        return
    words, after_for = [], False
    owner = _owner_tokens(m, by_token)
    for t in doc[i : m.start]:
        other = by_token.get(t.i)
        after_for = after_for or t.lower_ == "for"
        if t.text in _POSSESSIVE or t.i in owner or (other and other.type == "COUNTRY" and not after_for):
            continue  # "U.S. President", "Russia's foreign minister": the country is kept apart from the role
        words.append(t)
    if any(rules.is_head(t.text) for t in words):
        m.role = " ".join(t.text for t in words if t.lower_ != "the") or None
        m.role_tokens = (i, m.start)
    m.country = m.country or country


def _owner_tokens(m: Mention, by_token: dict[int, Mention]) -> set[int]:
    owner = next((o for o in by_token.values() if o.key == m.extra.get("principal")), None)
    return set(range(owner.start, owner.end)) if owner else set()


def _right_role(doc: Doc, m: Mention, gaz: Gazetteer, rules: RoleRules, by_token: dict[int, Mention]) -> None:
    """Read an appositive role: "Rustem Umerov, Ukraine's defence minister, said"."""
    n = len(doc)
    if m.end >= n or doc[m.end].text != ",":
        return
    i, country, words = m.end + 1, None, []
    while i < n and i < m.end + 10:
        tok = doc[i]
        other = by_token.get(i)
        if tok.lower_ in {"the", "a", "an"} and not words:
            i += 1
        elif other is not None and other.type in {"COUNTRY", "ORG"}:
            country = country or other.extra.get("country")
            if other.type == "ORG":
                words.extend(doc[other.start : other.end])
            i = other.end
        elif tok.text in _POSSESSIVE:
            i += 1
        elif rules.is_role_word(tok.text):
            words.append(tok)
            i += 1
        else:
            break
    if words and rules.is_head(words[-1].text) and i < n and doc[i].text in {",", ".", "\u2014"}:
        m.role = m.role or " ".join(t.text for t in words)
        m.country = m.country or country


def find_mentions(doc: Doc, gaz: Gazetteer | None = None, rules: RoleRules | None = None) -> list[Mention]:
    """All entity mentions in the Doc, before merging (pure: reads the Doc, returns mentions)."""
    gaz = gaz or gazetteer()
    rules = rules or role_rules()
    mentions: list[Mention] = []
    for i, j in _cap_runs(doc):
        k, rest_start = i, i
        while k < j:
            hit = _match_at(doc, k, j, gaz)
            if hit is None:
                k += 1
                continue
            if rest_start < k:
                mentions.extend(_classify_rest(doc, rest_start, k, gaz, rules))
            end, kind, key, extra = hit
            mentions.append(
                Mention(k, end, kind, key, country=extra.get("country"), via="gazetteer", extra=extra)
            )
            k = rest_start = end
        if rest_start < j:
            mentions.extend(_classify_rest(doc, rest_start, j, gaz, rules))
    mentions = _add_model_entities(doc, mentions)
    by_token = {t: m for m in mentions for t in range(m.start, m.end)}
    for m in mentions:
        if m.type == "PERSON":
            _left_role(doc, m, gaz, rules, by_token)
            _right_role(doc, m, gaz, rules, by_token)
    return [m for m in mentions if _plausible(doc, m, mentions, rules)]


def _add_model_entities(doc: Doc, mentions: list[Mention]) -> list[Mention]:
    """Statistical NER spans that no rule covered become mentions too (after the rules, which know titles)."""
    covered = {t for m in mentions for t in range(m.start, m.end)}
    out = list(mentions)
    for ent in doc.ents:
        kind = _MODEL_LABELS.get(ent.label_)
        if kind is None or any(t in covered for t in range(ent.start, ent.end)):
            continue
        out.append(Mention(ent.start, ent.end, kind, ent.text, via="model"))
    return sorted(out, key=lambda m: m.start)


def _plausible(doc: Doc, m: Mention, mentions: list[Mention], rules: RoleRules) -> bool:
    """Single capitalised words that begin a sentence are names only with support from the context."""
    if m.type != "PERSON" or m.via == "model" or m.end - m.start > 1 or m.role:
        return True
    if not sentence_initial(doc, m.start):
        return True
    nxt = doc[m.end] if m.end < len(doc) else None
    if nxt is not None and nxt.lower_ in rules.speech_verbs:
        return True
    surname = doc[m.start].text
    return any(
        o is not m and o.type == "PERSON" and o.end - o.start > 1 and doc[o.end - 1].text == surname
        for o in mentions
    )
