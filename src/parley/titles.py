"""Titles and roles around a person's name: "Brazil's special envoy for Venezuela Ana Ruiz",
"Rustem Umerov, Ukraine's defence minister,", "a spokesman for Ukraine's Foreign Ministry, Oleh Nikolenko,".

Each function reads the Doc around one PERSON mention and fills its ``role`` and ``country``.
"""

from __future__ import annotations

from spacy.tokens import Doc, Token

from parley.gazetteer import Gazetteer, gazetteer
from parley.mention import POSSESSIVE as _POSSESSIVE
from parley.mention import Mention
from parley.roles import RoleRules
from parley.runs import is_cap

_EDGE_WORDS = frozenset({"and", "his", "her", "their", "its", "the", "of", "for", "a", "an", ".", ","})


def role_text(words: list[str]) -> str | None:
    """A role as written, without the function words and abbreviations that can border it."""
    from parley.roles import role_rules

    honorifics = role_rules().honorifics
    while words and (words[0].lower() in _EDGE_WORDS or words[0].lower() in honorifics):
        words = words[1:]
    while words and (words[-1].lower() in _EDGE_WORDS or words[-1].lower().rstrip(".") + "." in honorifics):
        words = words[:-1]
    return " ".join(w for w in words if w.lower() != "the") or None


def _nationality(m: Mention, holder: Mention | None = None) -> str | None:
    """The country a title word gives its holder: none from an intergovernmental body ("UN envoy"), whose
    officials then take no country from the sentence around them either."""
    if m.extra.get("igo"):
        if holder is not None:
            holder.extra["serves_igo"] = True
        return None
    return m.extra.get("country")


def _left_role(doc: Doc, m: Mention, gaz: Gazetteer, rules: RoleRules, by_token: dict[int, Mention]) -> None:
    """Read the title written before a person's name: "Brazil's special envoy for Venezuela Ana Ruiz"."""
    i = m.role_tokens[0] if m.role_tokens else m.start
    country = None
    while i > 0:
        tok = doc[i - 1]
        if tok.text == "." and i >= 2 and doc[i - 2].lower_ + "." in rules.honorifics:
            i -= 2  # "Amb. Samuel Kipchumba": the tokenizer split the abbreviation's dot off
            continue
        if "\n" in tok.whitespace_ or tok.is_punct and tok.text not in _POSSESSIVE:
            break
        other = by_token.get(i - 1)
        if tok.lower_ == "for":
            after = by_token.get(i)
            if after is not None and after.type == "COUNTRY" and doc[after.end].text not in _POSSESSIVE:
                country = None  # "envoy for Ukraine": Ukraine is the brief, not the envoy's country
            i -= 1
        elif other is not None and other.type in {"COUNTRY", "ORG", "PLACE"} and other.end == i:
            country = country or _nationality(other, m)
            i = other.start
        elif rules.is_role_word(tok.text) or tok.lower_ in rules.honorifics or tok.text in gaz.portfolios:
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
        m.role = role_text([t.text for t in words])
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
    i, country, words, brief = m.end + 1, None, [], False
    while i < n and i < m.end + 10:
        tok = doc[i]
        other = by_token.get(i)
        brief = brief or tok.lower_ == "for"  # "special envoy for Yemen": Yemen is the brief, not the envoy's
        if tok.lower_ in {"the", "a", "an"} and not words:
            i += 1
        elif other is not None and other.type in {"COUNTRY", "ORG"}:
            country = country or (None if brief and other.type == "COUNTRY" else _nationality(other, m))
            if other.type == "ORG":
                words.extend(doc[other.start : other.end])
            i = other.end
        elif tok.text in _POSSESSIVE:
            i += 1
        elif rules.is_role_word(tok.text) or _noun_before_head(doc, i, rules):
            words.append(tok)
            i += 1
        else:
            break
    heads = [x for x, t in enumerate(words) if rules.is_head(t.text)]
    if heads:  # "the director general of military operations": the title ends at its last title noun
        m.role = m.role or role_text([t.text for t in words[: heads[-1] + 1]])
        m.country = m.country or country


def _noun_before_head(doc: Doc, i: int, rules: RoleRules, reach: int = 2) -> bool:
    """'a sanctions researcher', 'a former police officer', 'a café owner': a lower-case noun or adjective
    that the lexicon does not know, right before a title noun."""
    tok = doc[i]
    if not (tok.is_lower and tok.is_alpha and tok.pos_ in {"NOUN", "ADJ"}):
        return False
    for k in range(i + 1, min(len(doc), i + 1 + reach)):
        if rules.is_head(doc[k].text):
            return True
        if not (doc[k].is_lower and doc[k].is_alpha and doc[k].pos_ in {"NOUN", "ADJ"}):
            return False
    return False


def _left_appositive(doc: Doc, m: Mention, rules: RoleRules, by_token: dict[int, Mention]) -> None:
    """'Turkey's foreign minister, Hakan Fidan,'; 'a spokesman for Ukraine's ministry, Oleh Nikolenko,'."""
    if m.start < 3 or doc[m.start - 1].text != "," or m.end >= len(doc) or doc[m.end].text not in {",", "."}:
        return
    i, words, country, head = m.start - 1, [], None, False
    while i > 0 and i > m.start - 10:
        tok = doc[i - 1]
        other = by_token.get(i - 1)
        if other is not None and other.type in {"COUNTRY", "ORG"}:
            country = _nationality(other, m) or other.country or country
            if other.type == "ORG":
                words.insert(0, doc[other.start : other.end].text)
            i = other.start
        elif tok.text in _POSSESSIVE or tok.lower_ in {"for", "of"}:
            words.insert(0, tok.text) if tok.lower_ in {"for", "of"} else None
            i -= 1
        elif rules.is_role_word(tok.text) or tok.text in gazetteer().portfolios or tok.lower_ == "and":
            head = head or rules.is_head(tok.text)
            words.insert(0, tok.text)
            i -= 1
        else:
            break
    if head and words and words[0].lower() not in {"for", "of"}:
        m.role = role_text(words)
        m.country = m.country or country


def brief_head(doc: Doc, start: int, rules: RoleRules, reach: int = 10) -> int | None:
    """The title noun whose brief the capitals at ``start`` continue: 'Minister' in "Minister of Road and
    Transport Development ...", "Deputy Secretary for the Pacific ..."; None outside a title."""
    k = start - 1
    while k > 0 and start - k < reach and "\n" not in doc[k].whitespace_:
        low = doc[k].lower_
        if low in {"of", "for"} and rules.is_head(doc[k - 1].text):
            return k - 1
        if not (low in {"and", "the", "of", "for"} or is_cap(doc[k])):
            return None
        k -= 1
    return None


def _name_word(tok: Token, gaz: Gazetteer, rules: RoleRules) -> bool:
    """A word that can be part of a person's name; a town's name can ("Ahmed Salem"), a country's cannot."""
    text = tok.text
    return (
        is_cap(tok)
        and tok.is_alpha
        and not text.isupper()
        and not (rules.is_role_word(text) or tok.lower_ in rules.org_suffixes or text in gaz.portfolios)
        and not (gaz.country(text) or gaz.demonym(text) or gaz.org(text))
        and text not in gaz.not_entities
    ) or tok.lower_ in _PARTICLES


def name_after_brief(doc: Doc, i: int, j: int, gaz: Gazetteer, rules: RoleRules) -> int | None:
    """Where a holder's name starts in a run that closes a title's brief: "[Minister of] Road and Transport
    Development Ganbold Munkhtsetseg", "[Vice Minister of the] General Administration of Customs of China
    Zhao Mingde": the longest tail of two to four name words after a portfolio, organisation or known
    place word."""
    if brief_head(doc, i, rules) is None and not any(rules.is_head(t.text) for t in doc[i:j]):
        return None
    cut = None
    for k in range(j - 2, max(i, j - 4) - 1, -1):
        if k <= i or not _name_word(doc[k], gaz, rules):
            break
        prev = doc[k - 1]
        known = gaz.country(prev.text) or gaz.place(prev.text) or gaz.demonym(prev.text) or gaz.org(prev.text)
        named = sum(t.lower_ not in _PARTICLES for t in doc[k:j]) >= 2 and doc[k].lower_ not in _PARTICLES
        if named and (prev.lower_ in rules.org_suffixes or prev.text in gaz.portfolios or known):
            cut = k
    if cut is not None and all(_name_word(t, gaz, rules) for t in doc[cut:j]):
        return cut
    return None


def brief_only(doc: Doc, i: int, j: int, gaz: Gazetteer, rules: RoleRules) -> bool:
    """'Road', 'Civil Protection', 'Regional Cooperation' after "Minister of ... ": the title's brief."""
    words = [t for t in doc[i:j] if t.lower_ not in {"and", "the", "of", "for"}]
    portfolio = all(t.text in gaz.portfolios or rules.is_role_word(t.text) for t in words)
    return bool(words) and portfolio and brief_head(doc, i, rules) is not None


_PARTICLES = frozenset(
    {"de", "da", "del", "van", "von", "der", "bin", "al", "el", "ibn", "la", "le", "du", "dos"}
)
