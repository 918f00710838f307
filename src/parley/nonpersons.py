"""Capitalised names that are not people, told by the words around them.

The entity stage takes an unknown capitalised name without a title for a person. News also names rivers,
hotels, passes, gangs, portfolios, prizes and wars that way; the shape around the name tells them apart:

- a determiner before it: people are not "the Great Zab" ("the Dalai Lama" is the exception, kept as data);
- a lower-case noun after it, or after the list it belongs to: "the Viv Ansanm gang", "the Lipulekh, Shipki La
  and Nathu La passes";
- a title noun and "of"/"for" before it: "Minister of International Relations" names a portfolio;
- words that name no one: "World War II", "Nobel Peace Prize", "Article 5", "Belgrade-Pristina".
"""

from __future__ import annotations

from spacy.tokens import Doc

from parley.gazetteer import Gazetteer
from parley.mention import POSSESSIVE as _POSSESSIVE
from parley.mention import Mention
from parley.roles import RoleRules, role_rules
from parley.runs import is_cap, sentence_initial

_LIST_JOINERS = frozenset({",", "and", "or", "&"})
_MAX_LIST_TOKENS = 16  # how far a coordinated list of names is followed to its head noun


def _nouns_after(doc: Doc, end: int) -> list[str]:
    """The lower-case words (up to three, no function words) after a name, or after the list of names it
    opens or continues: ["passes"] in "Shipki La and Nathu La passes", ["human", "rights", "centre"].
    Empty when a comma, a possessive, a verb or anything else comes first."""
    k, n = end, len(doc)
    while k + 1 < n and k < end + _MAX_LIST_TOKENS and doc[k].lower_ in _LIST_JOINERS and is_cap(doc[k + 1]):
        k += 1
        while k < n and (is_cap(doc[k]) or doc[k].text == "-"):
            k += 1  # the next name of the list
    words = []
    while k < n and len(words) < 3 and _plain_word(doc, k):
        words.append(doc[k].lower_)
        k += 1
    return words


def _plural_of(word: str, nouns: frozenset[str]) -> bool:
    return word.endswith("s") and (
        word[:-1] in nouns or word[:-2] in nouns or (word.endswith("ies") and word[:-3] + "y" in nouns)
    )


def _listed_after(doc: Doc, start: int, gaz: Gazetteer) -> str | None:
    """'two fishing companies, Severny Trawl and Kola Pelagic', 'the border towns of Osh and Batken': a name
    in a list that a plural body or place noun opens takes its type."""
    k = start - 1
    while k > 0 and start - k < _MAX_LIST_TOKENS and (doc[k].lower_ in _LIST_JOINERS or is_cap(doc[k])):
        k -= 1  # back over the names, commas and "and"s of the list
    if doc[k].lower_ == "of" and k > 0:
        noun = doc[k - 1].lower_
    elif doc[k + 1].text == "," and k + 1 < start:
        noun = doc[k].lower_
    else:
        return None
    if _plural_of(noun, gaz.group_nouns):
        return "ORG"
    if _plural_of(noun, gaz.place_nouns) or _plural_of(noun, gaz.area_nouns):
        return "PLACE"
    return None


def _named_after_body_noun(doc: Doc, start: int, gaz: Gazetteer) -> bool:
    """'the radio station Cadena SER', "the carriers' association Linava": a body's noun, inside a noun
    phrase, right before the name."""
    if start < 2:
        return False
    noun, before = doc[start - 1], doc[start - 2]
    inside = before.is_lower or before.text in {"'", "\u2019", "'s", "\u2019s"}
    # "told the party Smith would ...": the noun is the verb's object, the name the next clause's subject
    told = start >= 3 and before.lower_ == "the" and doc[start - 3].lower_ in role_rules().speech_verbs
    plural = doc[start].text.endswith("s") and doc[start].text[:-1].isupper()  # "coalition MPs", "aid NGOs"
    return noun.is_lower and noun.lower_ in gaz.apposition_org_nouns and inside and not (told or plural)


def place_noun(word: str, gaz: Gazetteer) -> bool:
    """'river', 'hotel', 'passes': a lower-case noun that makes the name before it a place's."""
    nouns = gaz.place_nouns
    return word in nouns or word.removesuffix("es") in nouns or word.removesuffix("s") in nouns


def _names_no_one(doc: Doc, start: int, end: int, gaz: Gazetteer) -> bool:
    toks = doc[start:end]
    if toks[0].text in gaz.reference_prefixes or toks[-1].text in gaz.named_events:
        return True  # "Article 5", "Chapter VII", "World War II", "Nobel Peace Prize"
    if any(t.text in gaz.named_events for t in toks) and toks[-1].text.isupper():
        return True  # "World War II": a numbered war
    parts = [p for p in toks.text.split("-") if p]
    return len(parts) > 1 and all(gaz.place(p) or gaz.country(p) for p in parts)  # "Belgrade-Pristina"


def _brief_of(doc: Doc, start: int, end: int, rules: RoleRules) -> bool:
    """The name at ``start`` is a title's or a named body's brief, or its last part: "Minister of
    International Relations", "adviser for Africa", "Minister in charge of Emergency Management", "Minister of
    Social Affairs and Humanitarian Action", "the Council for Trade and Economic Development", "the Committee
    on Tolvik Integrity". A body's noun counts only capitalised, as part of its name ("the office of Jo Roe"
    names her). A brief's second part is a word or two: a longer run after it holds a name ("Commissioner for
    Fisheries and Oceans Costas Kadis")."""
    k = start - 1
    joined = k > 1 and doc[k].lower_ in {"and", "&"}
    if joined and end - start > 2:
        return False
    if joined:  # back over the brief's first part
        k -= 1
        while k > 0 and start - k < 10 and is_cap(doc[k]):
            k -= 1
    if k < 1 or doc[k].lower_ not in rules.body_brief_joins or (joined and k == start - 2):
        return False
    head = k - 1
    for lead in rules.brief_lead_ins:  # "in charge of": the title stands before the lead-in
        n = len(lead.split())
        if k >= n and " ".join(t.lower_ for t in doc[k + 1 - n : k + 1]) == lead:
            head = k - n
    word = doc[head].text
    body = word[:1].isupper() and word.lower() in rules.org_suffixes
    return body or (doc[k].lower_ in rules.title_brief_joins and rules.is_head(word))


def not_a_person(doc: Doc, start: int, end: int, gaz: Gazetteer, rules: RoleRules) -> list[Mention] | None:
    """What an untitled capitalised name [start, end) is when its shape says it is no person: [] for
    nothing, or a PLACE or ORG mention. None when it may well be a person."""
    text = doc[start:end].text
    if text in gaz.definite_people:
        return None  # "the Dalai Lama"
    if _names_no_one(doc, start, end, gaz):
        return []
    if _named_after_body_noun(doc, start, gaz):
        return [Mention(start, end, "ORG", text, via="apposition")]  # "the radio station Cadena SER"
    if _brief_of(doc, start, end, rules):
        return []  # "Minister of International Relations", "adviser for Africa": the brief, not a person
    nouns = _nouns_after(doc, end)
    # "the Adre border crossing", "the Viasna human rights centre": the first noun known to the lists decides
    head = next(
        (w for w in nouns if w in gaz.person_nouns or w in gaz.group_nouns or place_noun(w, gaz)), None
    )
    if head in gaz.person_nouns:
        return None  # "the Trump administration", "the Assad family"
    if end - start == 1 and (doc[start].pos_ not in {"PROPN", ""} or sentence_initial(doc, start)):
        return None  # "European car parts plants", "Neither company": no name at all
    kind = "PLACE" if head and place_noun(head, gaz) else "ORG" if head in gaz.group_nouns else None
    if kind == "ORG" and end - start == 1 and not (start and doc[start - 1].lower_ == "the"):
        kind = None  # "Hutu militias": a people's name, not the body's ("the Viasna centre" is one)
    if kind is not None:
        # "the Chungara crossing": a facility's noun right after the name belongs to it ("the Zangilan
        # district" is Zangilan)
        own = kind == "PLACE" and nouns == [head] and head in gaz.facility_nouns and doc[end].lower_ == head
        own = own and doc[start - 1].lower_ not in _LIST_JOINERS  # "Jarinje and Brnjak crossings": Brnjak
        stop = end + 1 if own else end
        return [Mention(start, stop, kind, doc[start:stop].text, via="noun-after")]
    titles = any(
        rules.is_role_word(t.text) or rules.is_head(t.text.removesuffix("s")) for t in doc[start:end]
    )
    listed = _listed_after(doc, start, gaz)
    if listed is not None:
        return [Mention(start, end, listed, text, via="listed")]
    if start and doc[start - 1].lower_ == "the" and end - start > 1 and not titles:
        return [Mention(start, end, "PLACE", text, via="determiner")]  # "the Great Zab"
    return None


_OWNERS = frozenset({"the", "its", "their", "'s", "\u2019s"})


def _plain_word(doc: Doc, k: int) -> bool:
    return doc[k].is_lower and doc[k].is_alpha and not doc[k].is_stop


def facilities(doc: Doc, mentions: list[Mention], gaz: Gazetteer) -> None:
    """'the Rafah crossing', "its Roseires dam", 'the Tindouf refugee camps': a known town's name before a
    facility noun names the facility, which news treats as a place of its own (in place)."""
    n = len(doc)
    for m in mentions:
        if m.type != "PLACE" or m.via != "gazetteer" or not m.start or doc[m.start - 1].lower_ not in _OWNERS:
            continue
        k = m.end
        while k < n and k < m.end + 3 and _plain_word(doc, k):
            k += 1
        if k == m.end or k == m.end + 3 or doc[k - 1].lower_ not in gaz.facility_nouns:
            continue
        m.end, m.key, m.via = k, doc[m.start : k].text, "facility"


def admin_units(doc: Doc, mentions: list[Mention], gaz: Gazetteer) -> None:
    """'Surin province', 'northern Shan state': a unit noun right after a place's name belongs to its
    mention; the place (its key and country) stays the same. After a state's possessive ("Ethiopia's Tigray
    region") news names the place alone."""
    n = len(doc)
    for m in mentions:
        k = m.end
        if m.type != "PLACE" or k >= n or not doc[k].is_lower or doc[k].lower_ not in gaz.unit_nouns:
            continue
        if m.start and doc[m.start - 1].text in _POSSESSIVE:
            continue
        m.end = k + 1


def named_over(doc: Doc, i: int, k: int, end: int, j: int, kind: str, rules: RoleRules) -> bool:
    """'the Ta'ang National Liberation Army', 'the National Unity Government': capitals before a known
    name, in one run that ends in an organisation word, name another body (a one-word place inside is no
    place: 'Unity'). Only after an article or a lower-case word, where no title or sentence start can
    explain the capitals."""
    if k == i or doc[j - 1].lower_ not in rules.org_suffixes or i == 0 or sentence_initial(doc, i):
        return False
    if not (doc[i - 1].is_lower or doc[i - 1].lower_ == "the"):
        return False
    if any(rules.is_head(t.text) or not t.is_alpha and "’" not in t.text for t in doc[i:k]):
        return False  # "Foreign Minister X ...": a title; "U.S. Forces": no name of its own
    if kind == "ORG":
        return end == j and end - k >= 2  # the known body's whole descriptive name ends the run
    return kind == "PLACE" and end - k == 1 and j - end >= 1


def attributive_region(doc: Doc, m: Mention, gaz: Gazetteer) -> bool:
    """'the Caribbean nation', 'the Pacific port city': a region of no one state before a common noun
    qualifies it, as an adjective would; the region itself is not spoken of."""
    place = gaz.place(m.key) if m.type == "PLACE" and m.via == "gazetteer" else None
    if place is None or place.country is not None or m.end >= len(doc):
        return False
    nxt = doc[m.end]
    return nxt.is_lower and nxt.pos_ == "NOUN"


def after_locative(doc: Doc, start: int, end: int, gaz: Gazetteer) -> bool:
    """An unknown name right after "in", "near", "outside" ... is a place ("clashes near Krishna Ghati"):
    people are met, quoted and named, rarely stood in. A possessive after it ("in Smith's view") or a
    reporting verb makes it a person again."""
    if start < 1:
        return False
    located = doc[start - 1].lower_ in gaz.locative_prepositions or _motion_or_area(doc, start, gaz)
    if not (located or _listed_after_locative(doc, start, end, gaz)):
        return False
    nxt = doc[end] if end < len(doc) else None
    return nxt is None or (nxt.text not in _POSSESSIVE and nxt.lower_ not in role_rules().speech_verbs)


def _listed_after_locative(doc: Doc, start: int, end: int, gaz: Gazetteer) -> bool:
    """'near Grodno and Ashmyany', 'in Kurram, Orakzai and Bajaur': the last of a list of names that a
    locative preposition opens. Not 'Elaine Kurtz in Beijing and Paul Ridley in Washington': pairs of a
    name and where it stands are people with their posts."""
    if start < 3 or doc[start - 1].lower_ not in {"and", "or"}:
        return False
    k = start - 1
    while k > 0 and start - k < 12 and (doc[k].lower_ in {",", "and", "or"} or is_cap(doc[k])):
        k -= 1
    if not (k < start - 2 and doc[k].lower_ in gaz.locative_prepositions):
        return False
    posted = end + 1 < len(doc) and doc[end].lower_ in {"in", "at"} and is_cap(doc[end + 1])
    return not (
        posted and is_cap(doc[k - 1]) and not (gaz.place(doc[k - 1].text) or gaz.country(doc[k - 1].text))
    )


def _motion_or_area(doc: Doc, start: int, gaz: Gazetteer) -> bool:
    """'fled to Goma', 'flew from Kisumu', '20 km north of Kramatorsk', 'the village of Panmunjom'."""
    if start < 2:
        return False
    before, prep = doc[start - 2], doc[start - 1].lower_
    if prep in {"to", "from"}:
        return before.lemma_.lower() in gaz.motion_verbs
    return prep == "of" and before.lower_ in gaz.area_nouns
