"""Entity mentions on a spaCy Doc: people, organisations, countries, places and groups, with roles.

Works on tokens alone (capitalised runs split by the gazetteer, titles read from the role lexicon) and,
when the pipeline has a statistical NER, takes its PERSON/ORG/LOC spans as extra candidates. The mentions
are then merged into entities by ``parley.coref``.
"""

from __future__ import annotations

from spacy.tokens import Doc, Token

from parley.bodies import (
    generic_bodies,
    led_coalitions,
    national_bodies,
    possessive_org_country,
    served_places,
)
from parley.columns import span_text
from parley.gazetteer import Gazetteer, gazetteer
from parley.mention import POSSESSIVE as _POSSESSIVE
from parley.mention import Mention
from parley.model_mentions import add_model_entities, honorific
from parley.nonpersons import (
    admin_units,
    after_locative,
    attributive_region,
    facilities,
    named_over,
    not_a_person,
)
from parley.roles import RoleRules, role_rules
from parley.runs import cap_runs, match_at, org_word, sentence_initial
from parley.titles import _left_appositive, _left_role, _right_role, brief_only, name_after_brief


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
    # "Second Thomas Shoal": inside a sentence a common word before a place's name belongs to it
    named_place = toks and toks[-1].text in gaz.place_suffixes and not sentence_initial(doc, toks[0].i)
    while (
        toks
        and not named_place
        and not rules.is_role_word(toks[0].text)
        and (toks[0].text in gaz.not_entities or _function_word_opening(doc, toks[0].i))
    ):
        if len(toks) > 1 and toks[1].text in _POSSESSIVE:
            break  # "People's Liberation Army"
        if len(toks) > 2 and toks[0].text in gaz.name_openers and not sentence_initial(doc, toks[0].i):
            break  # "the opposition All People's Congress"
        toks.pop(0)
    if not toks or brief_only(doc, toks[0].i, j, gaz, rules):
        return []
    start = toks[0].i
    last = toks[-1].lower_
    if len(toks) == 1 and last in rules.org_suffixes:
        return []  # "the Ministry", "Parliament": generic, resolved (if at all) by context
    ship_or_event = any(t.text in gaz.not_people for t in toks[:2]) or toks[-1].text in gaz.named_events
    if len(toks) > 1 and ship_or_event:
        return []  # "USS Carney", "Operation Sindoor", "Raisina Dialogue": a ship, an operation, a meeting
    if toks[-1].text in gaz.document_suffixes and len(toks) > 1:
        return []  # "Ankara Declaration", "Minsk Agreement": documents, left to the events stage
    of_place = len(toks) > 2 and toks[0].text in gaz.of_place_heads and toks[1].lower_ == "of"
    if of_place or (toks[-1].text in gaz.place_suffixes and len(toks) > 1):
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
        or honorific(toks, k, gaz, rules)
        or (len(toks[k]) > 3 and rules.is_head(toks[k].text.removesuffix("s")))  # "Presidents X and Y"
    ):
        k += 1
    # "Human Rights Commissioner Dmytro Lubinets": everything up to the last title noun is the title.
    heads = [x for x in range(k, len(toks) - 1) if rules.is_head(toks[x].text)]
    if heads:
        k = heads[-1] + 1
        while k < len(toks) - 1 and honorific(toks, k, gaz, rules):
            k += 1
    name = toks[k:]
    if not name or any(t.text in gaz.not_entities for t in name) or name[0].text == "-":
        return []  # "High-Level ...": title words end inside a hyphened word, which names no one
    if all(not t.whitespace_ for t in name[:-1]) and rules.is_head(name[-1].text.removesuffix("s")):
        return []  # "Co-Chairs", "Vice-Chair": a title written as one word
    if not k and j < len(doc) and doc[j].is_lower and doc[j].lower_ in rules.named_body_nouns:
        # "the Multinational Security Support mission", "the Georgian Dream party": a named body
        return [Mention(start, j + 1, "ORG", doc[start : j + 1].text)]
    # "the Grand Pellin hotel": modifiers with no title noun or honorific make no title
    titled = any(rules.is_head(t.text) or t.lower_.rstrip(".") in rules.honorifics for t in toks[:k])
    # "State Minister of Foreign Affairs Tsion Bekele": the words before the name complete a title
    titled = titled or (k > 0 and len(name) > 1 and _title_complement(doc, start, rules))
    if not titled and (other := not_a_person(doc, start, j, gaz, rules)) is not None:
        return other
    if not k and after_locative(doc, start, j, gaz):
        return [Mention(start, j, "PLACE", doc[start:j].text, via="locative")]
    m = Mention(name[0].i, j, "PERSON", doc[name[0].i : j].text)
    if k:
        m.role_tokens = (start, name[0].i)
    return [m]


def _title_complement(doc: Doc, start: int, rules: RoleRules) -> bool:
    """The run at ``start`` follows a title noun and "of"/"for": it is the title's brief."""
    return (
        start >= 2 and doc[start - 1].lower_ in rules.title_brief_joins and rules.is_head(doc[start - 2].text)
    )


_FUNCTION_TAGS = frozenset({"ADP", "SCONJ", "CCONJ", "DET", "ADV", "PRON", "AUX", "PART"})


def _function_word_opening(doc: Doc, i: int) -> bool:
    """'Under Article 5', 'Neither company': a sentence's first word, capitalised only for being first."""
    tok = doc[i]
    return tok.is_stop and tok.pos_ in _FUNCTION_TAGS and sentence_initial(doc, i)


def _split_run(doc: Doc, i: int, j: int, gaz: Gazetteer, rules: RoleRules) -> list[Mention]:
    """One capitalised run -> mentions: gazetteer names where they stand, the rest classified."""
    opening = i + (doc[i].text in gaz.not_entities)  # "The South Asian rivals"
    if span_text(doc, opening, j) in gaz.regional_adjectives:
        return []  # "Southeast Asian nations": a region's adjective names no place and no people
    out: list[Mention] = []
    cut = name_after_brief(doc, i, j, gaz, rules)
    if cut is not None:  # "Minister of Road and Transport Development Ganbold Munkhtsetseg"
        person = Mention(cut, j, "PERSON", doc[cut:j].text, role_tokens=(i, cut))
        return [*_split_run(doc, i, cut, gaz, rules), person]
    org = _whole_run_org(doc, i, j, gaz, rules)
    if org is not None:
        return [org]
    named = _nationality_named_place(doc, i, j, gaz)
    if named is not None:
        return [named]
    of_place = j - i > 2 and doc[i].text in gaz.of_place_heads and doc[i + 1].lower_ == "of"
    if of_place and not match_at(doc, i, j, gaz):
        return [Mention(i, j, "PLACE", doc[i:j].text, via="place-shape")]  # "Gulf of Aden", not "Aden"
    k, rest_start = i, i
    while k < j:
        hit = match_at(doc, k, j, gaz)
        if hit is None:
            k += 1
            continue
        end, kind, key, extra = hit
        if rest_start == i and named_over(doc, i, k, end, j, kind, rules):
            return [Mention(i, j, "ORG", doc[i:j].text)]  # "Ta'ang National Liberation Army"
        if kind == "PLACE" and end == j == k + 1 and rest_start < k and doc[k].lower_ in rules.org_suffixes:
            return _classify_rest(doc, rest_start, j, gaz, rules)  # "Mashreq Policy Centre": no region Centre
        if kind == "PLACE" and _unknown_name_before(doc, rest_start, k, gaz, rules):
            k = end  # "Marco Rubio": a surname that is also a town
            continue
        compass = all(t.text in gaz.compass_prefixes for t in doc[rest_start:k])
        if kind == "PLACE" and rest_start < k and compass:
            k, key = rest_start, doc[rest_start:end].text  # "North Mitrovica": the compass word is the name's
        if rest_start < k:
            out.extend(_classify_rest(doc, rest_start, k, gaz, rules))
        out.append(Mention(k, end, kind, key, country=extra.get("country"), via="gazetteer", extra=extra))
        k = rest_start = end
    if rest_start < j:
        out.extend(_classify_rest(doc, rest_start, j, gaz, rules))
    return _attach_org_country(doc, _compound_groups(doc, _given_name_place(doc, out, gaz)), gaz)


def _given_name_place(doc: Doc, out: list[Mention], gaz: Gazetteer) -> list[Mention]:
    """'Alicia García-Herrero': a town's name opening a run, right before a person's name from the same
    run, is that person's given name (unless a preposition puts the town there: 'in Alicia Ruiz said')."""
    if len(out) < 2 or out[0].type != "PLACE" or out[0].via != "gazetteer" or out[0].end - out[0].start != 1:
        return out
    first, second = out[0], out[1]
    before = doc[first.start - 1].lower_ if first.start else ""
    if second.type != "PERSON" or second.start != first.end or gaz.country(doc[first.start].text):
        return out
    if before in gaz.locative_prepositions or before in {"of", "from", "to", "and", ","}:
        return out
    return [Mention(first.start, second.end, "PERSON", doc[first.start : second.end].text), *out[2:]]


def _nationality_named_place(doc: Doc, i: int, j: int, gaz: Gazetteer) -> Mention | None:
    """'Grand Ethiopian Renaissance Dam', 'Syrian Desert': a nationality inside a name that ends in a place
    word is part of the name, and gives the place its country."""
    if j - i < 2 or doc[j - 1].text not in gaz.place_suffixes or gaz.place(span_text(doc, i, j)):
        return None
    words = [t.text for t in doc[i : j - 1]]
    isos = [gaz.demonym(w) for w in words if w in gaz.demonyms]
    if len(isos) != 1 or any(gaz.country(w) or gaz.place(w) for w in words):
        return None
    iso = isos[0]
    return Mention(i, j, "PLACE", doc[i:j].text, country=iso, via="place-shape", extra={"country": iso})


def _compound_groups(doc: Doc, mentions: list[Mention]) -> list[Mention]:
    """'Turkish Cypriots', 'Bosnian Serbs', 'Kosovo Serbs': a nationality or country before a people is one
    group, of the people's country."""
    out: list[Mention] = []
    for m in mentions:
        prev = out[-1] if out else None
        if m.type == "GROUP" and prev is not None and prev.end == m.start and prev.type == "COUNTRY":
            out[-1] = Mention(
                prev.start,
                m.end,
                "GROUP",
                doc[prev.start : m.end].text,
                country=m.country,
                via=m.via,
                extra=dict(m.extra),
            )
            continue
        out.append(m)
    return out


def _whole_run_org(doc: Doc, i: int, j: int, gaz: Gazetteer, rules: RoleRules) -> Mention | None:
    """'Kutaisi Post', 'Moscow Times', 'Université de Montréal': a run ending in an organisation word, or
    an organisation word with 'of' and a place."""
    while i < j and doc[i].text in gaz.not_entities and not (i + 1 < j and doc[i + 1].text in _POSSESSIVE):
        if not doc[i].is_stop and i + 2 < j and org_word(doc[i + 1]) and doc[i + 2].lower_ in {"of", "for"}:
            break  # "General Administration of Customs": the word qualifies the body, it is no title
        i += 1
    if gaz.org(span_text(doc, i, j).replace("\u2019", "'")):
        return None  # known by name: the gazetteer gives its canonical name and seat
    if (
        j - i >= 3
        and doc[i].lower_ in rules.org_prefixes_of
        and doc[i + 1].lower_ in {"of", "de", "du", "for"}
    ):
        return Mention(i, j, "ORG", doc[i:j].text)
    for p in range(i + 1, j - 1):  # "Association of Southeast Asian Nations", "Centre for ... Studies"
        name = span_text(doc, i, j).replace("\u2019", "'")
        if (
            doc[p].lower_ in {"of", "for"}
            and org_word(doc[p - 1])
            and not (gaz.place(name) or gaz.country(name))
        ):
            return Mention(i, j, "ORG", doc[i:j].text)
    if j - i < 2 or doc[j - 1].lower_ not in rules.org_suffixes or gaz.org(span_text(doc, i, j)):
        return None
    first = match_at(doc, i, j - 1, gaz)
    if first is None or first[1] not in {"PLACE", "COUNTRY", "ORG"}:
        return None  # plain "Foreign Ministry" and friends go through the usual split
    iso = first[3].get("country")
    if first[1] == "ORG":
        if not all(_body_word(t, gaz, rules) for t in doc[first[0] : j]):
            return None
        # "United Nations Command", "UN Verification Mission": a body of a known organisation, at its seat.
        extra = {"country": iso, "igo": bool(first[3].get("igo"))}
        return Mention(i, j, "ORG", doc[i:j].text, country=iso, extra=extra)
    if first[1] == "COUNTRY" and first[0] == j - 1 and j - i == 2:
        # "Indian Army", "U.S. Army", "Canadian Press": one organisation word after the nationality.
        demonym = gaz.demonym(doc[i].text) and not gaz.country(doc[i].text)
        adjective = gaz.adjectives.get(iso) if iso and demonym else None
        key = f"{adjective} {doc[j - 1].text}" if adjective else doc[i:j].text
        return Mention(i, j, "ORG", key, country=iso, extra={"country": iso})
    return Mention(
        i,
        j,
        "ORG",
        doc[i:j].text,
        country=first[3].get("country"),
        extra={"country": first[3].get("country")},
    )


def _body_word(tok: Token, gaz: Gazetteer, rules: RoleRules) -> bool:
    """A word of a known organisation's body's name: "Verification" in "UN Verification Mission"."""
    if tok.lower_ in rules.org_suffixes or rules.is_role_word(tok.text):
        return True
    text = tok.text
    return not (gaz.place(text) or gaz.country(text) or gaz.demonym(text) or gaz.org(text) or "." in text)


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


def find_mentions(doc: Doc, gaz: Gazetteer | None = None, rules: RoleRules | None = None) -> list[Mention]:
    """All entity mentions in the Doc, before merging (pure: reads the Doc, returns mentions)."""
    gaz = gaz or gazetteer()
    rules = rules or role_rules()
    mentions: list[Mention] = []
    for i, j in cap_runs(doc):
        mentions.extend(_split_run(doc, i, j, gaz, rules))
    mentions = led_coalitions(doc, mentions)
    possessive_org_country(doc, mentions, gaz)
    facilities(doc, mentions, gaz)
    admin_units(doc, mentions, gaz)
    mentions = served_places(doc, national_bodies(doc, mentions, gaz, rules), rules)
    mentions = generic_bodies(doc, mentions, gaz, rules)
    mentions = add_model_entities(doc, mentions, gaz)
    by_token = {t: m for m in mentions for t in range(m.start, m.end)}
    for m in mentions:
        if m.type == "PERSON":
            _left_role(doc, m, gaz, rules, by_token)
            if not m.role:
                _left_appositive(doc, m, rules, by_token)
            _right_role(doc, m, gaz, rules, by_token)
    return [
        m for m in mentions if _plausible(doc, m, mentions, rules) and not attributive_region(doc, m, gaz)
    ]


def _plausible(doc: Doc, m: Mention, mentions: list[Mention], rules: RoleRules) -> bool:
    """A lone capitalised word is a person only with support: a title, a reporting verb beside it, an
    honorific, or a full name elsewhere in the article that ends with it."""
    one_word = m.end - m.start == 1 or not any(t.whitespace_ for t in doc[m.start : m.end - 1])
    if m.type != "PERSON" or not one_word or m.role:
        return True  # a name of two words stands alone; one word ("Eide", "Crans-Montana") needs support
    word, surname = doc[m.start : m.end].text, doc[m.end - 1].text
    nxt = doc[m.end] if m.end < len(doc) else None
    if gazetteer().person_country(word) and not (nxt is not None and nxt.lower_ in rules.org_suffixes):
        return True  # "Erdogan met Mohamud": a known office-holder's surname (not "the Biden administration")
    fuller = (doc[o.start : o.end].text for o in mentions if o is not m and o.type == "PERSON")
    if any(" " in full and full.endswith(surname) for full in fuller):
        return True  # "Espen Barth Eide ... Eide told reporters", whatever the tagger thinks of "Eide"
    if doc.has_annotation("TAG") and doc[m.start].pos_ in {"NOUN", "ADJ", "VERB", "ADV"}:
        return False  # the tagger reads "Experts", "Operations" as common nouns
    prev = doc[m.start - 1] if m.start > 0 else None
    if nxt is not None and nxt.lower_ in rules.speech_verbs:
        return True
    return prev is not None and (
        prev.lower_ in rules.speech_verbs or prev.lower_.rstrip(".") in rules.honorifics
    )
