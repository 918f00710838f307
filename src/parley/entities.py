"""Entity mentions on a spaCy Doc: people, organisations, countries, places and groups, with roles.

Works on tokens alone (capitalised runs split by the gazetteer, titles read from the role lexicon) and,
when the pipeline has a statistical NER, takes its PERSON/ORG/LOC spans as extra candidates. The mentions
are then merged into entities by ``parley.coref``.
"""

from __future__ import annotations

from spacy.tokens import Doc, Token

from parley.gazetteer import Gazetteer, gazetteer
from parley.mention import POSSESSIVE as _POSSESSIVE
from parley.mention import Mention
from parley.roles import RoleRules, role_rules
from parley.titles import _left_appositive, _left_role, _right_role

# Lower-case words allowed inside a capitalised name ("Ministry of Foreign Affairs", "Bashar al-Assad").
_NAME_PARTICLES = frozenset(
    {
        "de",
        "da",
        "del",
        "della",
        "van",
        "von",
        "der",
        "den",
        "ter",
        "bin",
        "al",
        "el",
        "ibn",
        "la",
        "le",
        "du",
        "dos",
    }
)
_SENT_END = frozenset(
    {".", "!", "?", ":", ";", "\u201c", '"', "\u2018", "'", "\u2014", "\u2013", "-", "(", "|", "\u2022"}
)
_MODEL_LABELS = {
    "PER": "PERSON",
    "PERSON": "PERSON",
    "ORG": "ORG",
    "LOC": "PLACE",
    "GPE": "PLACE",
    "NORP": "GROUP",
    "FAC": "PLACE",
}


def is_cap(tok: Token) -> bool:
    t = tok.text
    if "-" in t and (tail := t.rsplit("-", 1)[1]).isalpha() and tail.islower() and tail in _ADJECTIVE_TAILS:
        return False  # "U.S.-led", "Kremlin-backed": adjectives, not names
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
            if low == "-" and nxt is not None and _tight(doc, j) and _hyphen_joins(doc, j):
                j += 2  # "Lai Ching-te", "Nagorno-Karabakh": one name across the hyphen
                continue
            if tok.text in _POSSESSIVE and doc[j - 1].text == "People" and nxt is not None and is_cap(nxt):
                j += 1  # "People's Liberation Army", "People's Republic of China"
                continue
            if low in _NAME_PARTICLES and nxt is not None and nxt.text == "-" and _tight(doc, j + 1):
                j += 1  # "al-Burhan": the particle joins, the hyphen is taken next round
                continue
            if nxt is not None and low in _NAME_PARTICLES | {"-", "of", "the", "for", "and"}:
                k = j + 1
                if low == "of" and nxt.lower_ == "the" and k + 1 < n:
                    k += 1
                while low in _NAME_PARTICLES and k + 1 < n and doc[k].lower_ in _NAME_PARTICLES:
                    k += 1  # "Ursula von der Leyen"
                joinable = is_cap(doc[k]) and (
                    low in _NAME_PARTICLES
                    or (low == "-" and not doc[j - 1].whitespace_ and not tok.whitespace_)
                    or (low == "of" and _org_prefix(doc[i:j]))
                    or (low in {"of", "for"} and _org_word(doc[j - 1]))
                    or (
                        low in {"for", "and", "the"}
                        and doc[i].lower_ in role_rules().org_prefixes_of
                        and any(t.lower_ == "of" for t in doc[i:j])
                    )
                )
                if joinable:
                    j = k + 1
                    continue
            break
        runs.append((i, j))
        i = j
    return runs


# Lower-case tails that make a hyphenated word an adjective ("U.S.-led"), not a name ("Kim Yo-jong").
_ADJECTIVE_TAILS = frozenset(
    {
        "led",
        "backed",
        "based",
        "born",
        "owned",
        "run",
        "style",
        "elect",
        "controlled",
        "made",
        "held",
        "allied",
        "aligned",
        "brokered",
        "sponsored",
        "funded",
        "designate",
        "era",
        "speaking",
        "majority",
        "occupied",
        "administered",
        "friendly",
        "linked",
        "affiliated",
        "leaning",
        "wide",
        "level",
        "bound",
    }
)


def _hyphen_joins(doc: Doc, j: int) -> bool:
    """'Lai Ching-te', 'Joint Sword-2024B' join; 'President-elect', 'U.S.-led' do not."""
    nxt, prev = doc[j + 1], doc[j - 1]
    if is_cap(nxt) or nxt.like_num:
        return True
    if not nxt.is_alpha or len(nxt) > 7 or nxt.lower_ in _ADJECTIVE_TAILS:
        return False
    g = gazetteer()
    return not (role_rules().is_role_word(prev.text) or g.country(prev.text) or g.demonym(prev.text))


def _tight(doc: Doc, j: int) -> bool:
    """Token j is written without spaces on either side."""
    return not doc[j - 1].whitespace_ and not doc[j].whitespace_


def _org_word(tok: Token) -> bool:
    """'Court' in 'International Court of Justice', 'Centre' in 'Centre for Mediterranean Studies'."""
    rules = role_rules()
    return tok.lower_ in rules.org_suffixes or tok.lower_ in rules.org_prefixes_of


def _org_prefix(span) -> bool:
    rules = role_rules()
    return any(t.lower_ in rules.org_prefixes_of or t.lower_ in rules.org_suffixes for t in span)


def _match_at(doc: Doc, i: int, end: int, gaz: Gazetteer) -> tuple[int, str, str, dict] | None:
    """Longest gazetteer match starting at token i and ending by ``end``: (end, type, key, extra)."""
    for j in range(end, i, -1):
        text = doc[i:j].text.replace("\u2019", "'")
        bare = text[4:] if text.startswith("The ") else text
        if org := gaz.org(text) or gaz.org(bare):
            return j, "ORG", org.name, {"country": org.country}
        if iso := gaz.country(bare):
            return j, "COUNTRY", iso, {"country": iso}
        if (place := gaz.place(bare)) and not _name_follows(doc, j, end, gaz):
            return j, "PLACE", place.name, {"country": place.country}
        if j <= i + 2 and (iso := gaz.demonym(text)):
            # "Russian" (adjective) refers to the country; "Russians" to its people.
            kind = "COUNTRY" if text in gaz.demonyms else "GROUP"
            return j, kind, iso, {"country": iso, "demonym": True}
    return None


def _name_follows(doc: Doc, j: int, end: int, gaz: Gazetteer) -> bool:
    """A city name followed, in its run, by an unknown capitalised word is a first name: "Vladimir"."""
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


def _unknown_name_before(doc: Doc, i: int, k: int, gaz: Gazetteer, rules: RoleRules) -> bool:
    return (
        k > i
        and k - 1 >= i
        and not (
            doc[k - 1].text in gaz.not_entities
            or rules.is_role_word(doc[k - 1].text)
            or doc[k - 1].text in gaz.compass_prefixes
        )
    )


def _classify_rest(doc: Doc, i: int, j: int, gaz: Gazetteer, rules: RoleRules) -> list[Mention]:
    """An unmatched stretch of capitals: an organisation, or [role words] + a person's name."""
    toks = list(doc[i:j])
    while (
        toks
        and toks[0].text in gaz.not_entities
        and not rules.is_role_word(toks[0].text)
        and not (len(toks) > 1 and toks[1].text in _POSSESSIVE)  # "People's Liberation Army"
    ):
        toks.pop(0)
    if not toks:
        return []
    start = toks[0].i
    last = toks[-1].lower_
    if len(toks) == 1 and last in rules.org_suffixes:
        return []  # "the Ministry", "Parliament": generic, resolved (if at all) by context
    if toks[-1].text in gaz.document_suffixes and len(toks) > 1:
        return []  # "Ankara Declaration", "Minsk Agreement": documents, left to the events stage
    if toks[-1].text in gaz.place_suffixes and len(toks) > 1:
        return [Mention(start, j, "PLACE", doc[start:j].text, via="place-shape")]
    if toks[0].text in gaz.compass_prefixes and len(toks) > 1 and last not in rules.org_suffixes:
        return [Mention(start, j, "PLACE", doc[start:j].text, via="place-shape")]
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
    # "Human Rights Commissioner Dmytro Lubinets": everything up to the last title noun is the title.
    heads = [x for x in range(k, len(toks) - 1) if rules.is_head(toks[x].text)]
    if heads:
        k = heads[-1] + 1
        while k < len(toks) - 1 and toks[k].lower_.rstrip(".") in rules.honorifics:
            k += 1
    name = toks[k:]
    if not name or any(t.text in gaz.not_entities for t in name):
        return []
    m = Mention(name[0].i, j, "PERSON", doc[name[0].i : j].text)
    if k:
        m.role_tokens = (start, name[0].i)
    return [m]


def _split_run(doc: Doc, i: int, j: int, gaz: Gazetteer, rules: RoleRules) -> list[Mention]:
    """One capitalised run -> mentions: gazetteer names where they stand, the rest classified."""
    out: list[Mention] = []
    org = _whole_run_org(doc, i, j, gaz, rules)
    if org is not None:
        return [org]
    k, rest_start = i, i
    while k < j:
        hit = _match_at(doc, k, j, gaz)
        if hit is None:
            k += 1
            continue
        end, kind, key, extra = hit
        if kind == "PLACE" and _unknown_name_before(doc, rest_start, k, gaz, rules):
            k = end  # "Marco Rubio": a surname that is also a town
            continue
        if rest_start < k:
            out.extend(_classify_rest(doc, rest_start, k, gaz, rules))
        out.append(Mention(k, end, kind, key, country=extra.get("country"), via="gazetteer", extra=extra))
        k = rest_start = end
    if rest_start < j:
        out.extend(_classify_rest(doc, rest_start, j, gaz, rules))
    return _attach_org_country(doc, out, gaz)


def _whole_run_org(doc: Doc, i: int, j: int, gaz: Gazetteer, rules: RoleRules) -> Mention | None:
    """'Kutaisi Post', 'Moscow Times', 'Université de Montréal': a run ending in an organisation word, or
    an organisation word with 'of' and a place."""
    while i < j and doc[i].text in gaz.not_entities and not (i + 1 < j and doc[i + 1].text in _POSSESSIVE):
        i += 1
    if gaz.org(doc[i:j].text.replace("\u2019", "'")):
        return None  # known by name: the gazetteer gives its canonical name and seat
    if (
        j - i >= 3
        and doc[i].lower_ in rules.org_prefixes_of
        and doc[i + 1].lower_ in {"of", "de", "du", "for"}
    ):
        return Mention(i, j, "ORG", doc[i:j].text)
    for p in range(i + 1, j - 1):  # "Association of Southeast Asian Nations", "Centre for ... Studies"
        name = doc[i:j].text.replace("\u2019", "'")
        if (
            doc[p].lower_ in {"of", "for"}
            and _org_word(doc[p - 1])
            and not (gaz.place(name) or gaz.country(name))
        ):
            return Mention(i, j, "ORG", doc[i:j].text)
    if j - i < 2 or doc[j - 1].lower_ not in rules.org_suffixes or gaz.org(doc[i:j].text):
        return None
    first = _match_at(doc, i, j - 1, gaz)
    if first is None or first[1] not in {"PLACE", "COUNTRY"}:
        return None  # plain "Foreign Ministry" and friends go through the usual split
    if first[1] == "COUNTRY" and first[0] == j - 1 and j - i == 2:
        return None  # "Russian Army" is handled with the country attached below
    return Mention(
        i,
        j,
        "ORG",
        doc[i:j].text,
        country=first[3].get("country"),
        extra={"country": first[3].get("country")},
    )


def _attach_org_country(doc: Doc, mentions: list[Mention], gaz: Gazetteer) -> list[Mention]:
    """'Russian Defence Ministry': the nationality belongs to the organisation's name and country."""
    out: list[Mention] = []
    for m in mentions:
        prev = out[-1] if out else None
        if (
            m.type == "ORG"
            and m.via != "gazetteer"
            and prev is not None
            and prev.end == m.start
            and prev.type == "COUNTRY"
        ):
            iso = prev.extra["country"]
            out.pop()
            m.start, m.country = prev.start, iso
            m.key = f"{gaz.adjectives.get(iso, gaz.country_name(iso))} {doc[prev.end : m.end].text}"
            m.extra["country"] = iso
        out.append(m)
    return out


def _possessive_org_country(doc: Doc, mentions: list[Mention], gaz: Gazetteer) -> None:
    """'Ukraine's Foreign Ministry' names the same body as 'the Ukrainian Foreign Ministry'."""
    by_end = {m.end: m for m in mentions}
    for m in mentions:
        if m.type != "ORG" or m.via == "gazetteer" or m.start < 2 or doc[m.start - 1].text not in _POSSESSIVE:
            continue
        owner = by_end.get(m.start - 1)
        if owner is not None and owner.type == "COUNTRY":
            iso = owner.extra["country"]
            m.country = iso
            m.extra["country"] = iso
            m.key = f"{gaz.adjectives.get(iso, gaz.country_name(iso))} {m.key}"


def _national_bodies(doc: Doc, mentions: list[Mention], gaz: Gazetteer, rules: RoleRules) -> list[Mention]:
    """'the Colombian government', 'UAE foreign ministry', "Ukraine's presidential office": a country
    followed by lower-case words ending in an organisation noun names that state's body."""
    out: list[Mention] = []
    for m in mentions:
        if m.type != "COUNTRY":
            out.append(m)
            continue
        j = m.end + (1 if m.end < len(doc) and doc[m.end].text in _POSSESSIVE else 0)
        k = j
        while k < len(doc) and k < j + 3 and doc[k].is_lower and doc[k].is_alpha:
            k += 1
            if doc[k - 1].lower_ in rules.org_suffixes:
                break
        if (
            k > j
            and doc[k - 1].lower_ in rules.org_suffixes
            and all(rules.is_role_word(t.text) or t.lower_ in rules.org_suffixes for t in doc[j:k])
        ):
            iso = m.extra["country"]
            words = doc[j:k].text
            key = f"{gaz.adjectives.get(iso, gaz.country_name(iso))} {words}"
            out.append(
                Mention(m.start, k, "ORG", key, country=iso, via="national-body", extra={"country": iso})
            )
        else:
            out.append(m)
    return out


def find_mentions(doc: Doc, gaz: Gazetteer | None = None, rules: RoleRules | None = None) -> list[Mention]:
    """All entity mentions in the Doc, before merging (pure: reads the Doc, returns mentions)."""
    gaz = gaz or gazetteer()
    rules = rules or role_rules()
    mentions: list[Mention] = []
    for i, j in _cap_runs(doc):
        mentions.extend(_split_run(doc, i, j, gaz, rules))
    _possessive_org_country(doc, mentions, gaz)
    mentions = _national_bodies(doc, mentions, gaz, rules)
    mentions = _add_model_entities(doc, mentions, gaz)
    by_token = {t: m for m in mentions for t in range(m.start, m.end)}
    for m in mentions:
        if m.type == "PERSON":
            _left_role(doc, m, gaz, rules, by_token)
            if not m.role:
                _left_appositive(doc, m, rules, by_token)
            _right_role(doc, m, gaz, rules, by_token)
    return [m for m in mentions if _plausible(doc, m, mentions, rules)]


def _add_model_entities(doc: Doc, mentions: list[Mention], gaz: Gazetteer) -> list[Mention]:
    """Statistical NER spans that no rule covered become mentions too (after the rules, which know titles)."""
    covered = {t for m in mentions for t in range(m.start, m.end)}
    out = list(mentions)
    for ent in doc.ents:
        kind = _MODEL_LABELS.get(ent.label_)
        if kind is None or any(t in covered for t in range(ent.start, ent.end)):
            continue
        if ent[-1].text in gaz.document_suffixes:
            continue  # "Ankara Declaration": a document, not an organisation
        toks = [t for t in ent if t.text not in gaz.not_entities and is_cap(t)]
        if not toks or toks[0].i != ent.start or len(toks) != len(ent):
            continue  # weekdays, months, lower-case words: the model's usual slips
        if kind == "PERSON" and ent.text.isupper():
            kind = "ORG"  # "CIA", "ELN": acronyms name organisations, not people
        if kind == "PERSON" and (gaz.demonym(ent.text) or len(ent) == 1 and sentence_initial(doc, ent.start)):
            continue
        out.append(Mention(ent.start, ent.end, kind, ent.text, via="model"))
    return sorted(out, key=lambda m: m.start)


def _plausible(doc: Doc, m: Mention, mentions: list[Mention], rules: RoleRules) -> bool:
    """A lone capitalised word is a person only with support: a title, a reporting verb beside it, an
    honorific, or a full name elsewhere in the article that ends with it."""
    if m.type != "PERSON" or m.end - m.start > 1 or m.role:
        return True
    if doc.has_annotation("TAG") and doc[m.start].pos_ in {"NOUN", "ADJ", "VERB", "ADV"}:
        return False  # the tagger reads "Experts", "Operations" as common nouns
    nxt = doc[m.end] if m.end < len(doc) else None
    prev = doc[m.start - 1] if m.start > 0 else None
    if nxt is not None and nxt.lower_ in rules.speech_verbs:
        return True
    if prev is not None and (
        prev.lower_ in rules.speech_verbs or prev.lower_.rstrip(".") in rules.honorifics
    ):
        return True
    surname = doc[m.start].text
    return any(
        o is not m and o.type == "PERSON" and o.end - o.start > 1 and doc[o.end - 1].text == surname
        for o in mentions
    )
