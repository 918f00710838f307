"""Capitalised runs: where names can be in a Doc, and what the gazetteer says the words of a run are.

The low-level half of the entity stage (``parley.entities`` classifies the runs into mentions).
"""

from __future__ import annotations

from spacy.lang.en.stop_words import STOP_WORDS
from spacy.tokens import Doc, Token

from parley.columns import cached, lowers, span_text, texts
from parley.gazetteer import Gazetteer, gazetteer
from parley.mention import POSSESSIVE as _POSSESSIVE
from parley.roles import role_rules

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
        "es",
    }
)
_SENT_END = frozenset(
    {".", "!", "?", ":", ";", "\u201c", '"', "\u2018", "'", "\u2014", "\u2013", "-", "(", "|", "\u2022"}
)


_ARTICLES = frozenset({"al", "el"})


def is_cap(tok: Token) -> bool:
    t = tok.text
    if len(t) < 2 or not t[0].isupper() or "\n" in t:  # the cheap tests first: most words fail here
        return False
    if "-" in t and (tail := t.rsplit("-", 1)[1]).isalpha() and tail.islower() and tail in _ADJECTIVE_TAILS:
        return False  # "U.S.-led", "Kremlin-backed": adjectives, not names
    return t[0].isalpha() or any(c.isalpha() for c in t)  # "Ⅳ" is upper case but no letter


def sentence_initial(doc: Doc, i: int) -> bool:
    """True when token i begins a sentence, paragraph or quotation (where every word is capitalised)."""
    j = i - 1
    while j >= 0 and doc[j].text in {"\u201c", '"', "\u2018", "'", "(", "["}:
        j -= 1
    if j < 0:
        return True
    prev = doc[j]
    return prev.text in _SENT_END or prev.is_space or "\n" in prev.whitespace_ or prev.text.endswith("\n")


def _caps(doc: Doc) -> list[bool]:
    """``is_cap`` of every token, built once per Doc."""
    return cached(doc, "parley_col_cap", lambda: [is_cap(t) for t in doc])


def cap_runs(doc: Doc) -> list[tuple[int, int]]:
    """Maximal runs of capitalised tokens, joined by name particles, hyphens and 'of (the)'."""
    runs: list[tuple[int, int]] = []
    i, n = 0, len(doc)
    caps, low = _caps(doc), lowers(doc)
    while i < n:
        if low[i] in _ARTICLES and _article_prefix(doc, i):
            runs.append((i, _extend_run(doc, i, i + 3)))  # "al-Shabab": the article opens the name
            i = runs[-1][1]
            continue
        if not caps[i]:
            i += 1
            continue
        runs.append((i, _extend_run(doc, i, i + 1)))
        i = runs[-1][1]
    shouted = _shouted(doc)
    return [(i, j) for i, j in runs if not any(k in shouted for k in range(i, j))] if shouted else runs


def _shouted(doc: Doc) -> set[int]:
    """Tokens of a stretch written in capitals for emphasis ("WE HAVE A GREAT DEAL WITH CHINA, BUT ...", a
    "FULL AND IMMEDIATE CEASEFIRE"): three or more upper-case words with a function word among them are a
    posted slogan, not names, and name nothing (an acronym or a masthead has no 'AND', 'WITH', 'THE')."""
    out: set[int] = set()
    stretch: list[int] = []
    text, low = texts(doc), lowers(doc)  # spaCy's is_alpha is str.isalpha of the token's text
    for i, t in enumerate([*text, None]):
        if t is not None and (t.isalpha() and t.isupper() or (stretch and t == ",")):
            stretch.append(i)
            continue
        words = [k for k in stretch if text[k].isalpha()]
        if len(words) >= 3 and any(low[k] in STOP_WORDS for k in words):
            out.update(stretch)
        stretch = []
    return out


def _article_prefix(doc: Doc, i: int) -> bool:
    """A lower-case Arabic article hyphened to a capitalised name: 'al-Shabab', 'el-Sisi'."""
    return (
        doc[i].lower_ in _ARTICLES
        and not is_cap(doc[i])
        and i + 2 < len(doc)
        and doc[i + 1].text == "-"
        and tight(doc, i + 1)
        and is_cap(doc[i + 2])
    )


def _extend_run(doc: Doc, i: int, j: int) -> int:
    """The end of the capitalised run that opens at i and holds at least [i, j)."""
    n = len(doc)
    while j < n:
        tok = doc[j]
        if (is_cap(tok) or _elided_particle(tok)) and not doc[j - 1].whitespace_.count("\n"):
            j += 1
            continue
        low = tok.text.lower()
        nxt = doc[j + 1] if j + 1 < n else None
        if low == "-" and nxt is not None and tight(doc, j) and hyphen_joins(doc, j):
            j += 2  # "Lai Ching-te", "Nagorno-Karabakh": one name across the hyphen
            continue
        if tok.text == "," and _of_complement(doc, i, j + 1) and (end := _comma_series(doc, j)) is not None:
            j = end  # "Ministry of Trade, Industry and Fisheries": the list is the body's brief
            continue
        if tok.text in _POSSESSIVE and doc[j - 1].text == "People" and nxt is not None and is_cap(nxt):
            j += 1  # "People's Liberation Army", "People's Republic of China"
            continue
        if low in _NAME_PARTICLES and nxt is not None and nxt.text == "-" and tight(doc, j + 1):
            j += 1  # "al-Burhan": the particle joins, the hyphen is taken next round
            continue
        if nxt is not None and low in _NAME_PARTICLES | {"-", "of", "the", "for", "and", "in"}:
            k = j + 1
            if low in {"of", "for"} and nxt.lower_ == "the" and k + 1 < n:
                k += 1
            while low in _NAME_PARTICLES and k + 1 < n and doc[k].lower_ in _NAME_PARTICLES:
                k += 1  # "Ursula von der Leyen"
            joinable = (
                is_cap(doc[k])
                and (
                    low in _NAME_PARTICLES
                    or (low == "-" and not doc[j - 1].whitespace_ and not tok.whitespace_)
                    or (low == "of" and org_prefix(doc[i:j]))
                    or (low in {"of", "for"} and org_word(doc[j - 1]))
                    or (low == "of" and j - 1 == i and doc[i].text in gazetteer().of_place_heads)
                    or (
                        low in {"for", "and", "the"}
                        and doc[i].lower_ in role_rules().org_prefixes_of
                        and any(t.lower_ == "of" for t in doc[i:j])
                    )
                    or (low == "and" and _org_name_after(doc, k) and not gazetteer().country(doc[j - 1].text))
                    or (low == "and" and _of_complement(doc, i, j) and _plain_tail(doc, k))
                    # "International Fund for Saving the Aral Sea": 'the' inside an organisation's complement
                    or (low == "the" and doc[j - 1].lower_ not in {"of", "for"} and _of_complement(doc, i, j))
                    # "... Co-operation in Europe", "Jammu and Kashmir": the gazetteer knows the whole name
                    or (low == "in" and gazetteer().org(doc[i : k + 1].text.removeprefix("The ")) is not None)
                    or (low == "and" and gazetteer().place(doc[i : k + 1].text) is not None)
                    or (low == "and" and gazetteer().org_head(doc[i : k + 1].text))
                )
            )
            if joinable:
                j = k + 1
                continue
        break
    return j


def _elided_particle(tok: Token) -> bool:
    """'d'Ivoire' in "Côte d'Ivoire", 'd'Azur': an elided French particle joined to a capitalised word."""
    text = tok.text.replace("\u2019", "'")
    return len(text) > 3 and text[:2].lower() in {"d'", "l'"} and text[2].isupper()


def _of_complement(doc: Doc, i: int, j: int) -> bool:
    """'Chamber of Commerce and Industry': the run so far is an organisation word with its 'of'-complement."""
    return any(doc[p].lower_ in {"of", "for"} and org_word(doc[p - 1]) for p in range(i + 1, j - 1))


def _comma_series(doc: Doc, j: int) -> int | None:
    """The end of ', Industry and Fisheries' after a comma at j: plain capitalised words, then 'and' and one
    plain word that ends the run; None when any of them is a known name ('..., Ukraine and Poland')."""
    k, n = j + 1, len(doc)
    while k < n and k < j + 4 and is_cap(doc[k]) and _plain_word(doc[k].text):
        k += 1
    if k == j + 1 or k + 1 >= n or doc[k].lower_ != "and" or not _plain_tail(doc, k + 1):
        return None
    return k + 2


def _plain_word(word: str) -> bool:
    g = gazetteer()
    return not (g.country(word) or g.place(word) or g.org(word) or g.demonym(word) or word.isupper())


def _plain_tail(doc: Doc, k: int) -> bool:
    """One capitalised word after 'and' that no gazetteer entry claims and that no other capital follows:
    'Industry' in '... Commerce and Industry', not 'NATO' or 'Ukraine' in '... of Defence and Ukraine'."""
    nxt = doc[k + 1] if k + 1 < len(doc) else None
    return is_cap(doc[k]) and _plain_word(doc[k].text) and (nxt is None or not is_cap(nxt))


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


def _org_name_after(doc: Doc, k: int) -> bool:
    """'International Boundary and Water Commission': the capitals after 'and' end in an organisation word.
    A capital 'The' after 'and' opens a name of its own ('Jo Roe and The Associated Press')."""
    if k < len(doc) and doc[k].text == "The":
        return False
    m = k
    while m < len(doc) and m < k + 4 and is_cap(doc[m]):
        m += 1
    return m > k and doc[m - 1].lower_ in role_rules().org_suffixes


def hyphen_joins(doc: Doc, j: int) -> bool:
    """'Lai Ching-te', 'Joint Sword-2024B' join; 'President-elect', 'U.S.-led' do not."""
    nxt, prev = doc[j + 1], doc[j - 1]
    if is_cap(nxt) or nxt.like_num:
        return True
    if not nxt.is_alpha or nxt.lower_ in _ADJECTIVE_TAILS:
        return False
    if len(nxt) > 7:  # "Co-operation", "Co-ordination": a long tail only after a short prefix
        return len(prev) <= 3 and prev.text.istitle() and not gazetteer().country(prev.text)
    g = gazetteer()
    return not (role_rules().is_role_word(prev.text) or g.country(prev.text) or g.demonym(prev.text))


def tight(doc: Doc, j: int) -> bool:
    """Token j is written without spaces on either side."""
    return not doc[j - 1].whitespace_ and not doc[j].whitespace_


def org_word(tok: Token) -> bool:
    """'Court' in 'International Court of Justice', 'Centre' in 'Centre for Mediterranean Studies'."""
    rules = role_rules()
    return tok.lower_ in rules.org_suffixes or tok.lower_ in rules.org_prefixes_of


def org_prefix(span) -> bool:
    rules = role_rules()
    return any(t.lower_ in rules.org_prefixes_of or t.lower_ in rules.org_suffixes for t in span)


def match_at(doc: Doc, i: int, end: int, gaz: Gazetteer) -> tuple[int, str, str, dict] | None:
    """Longest gazetteer match starting at token i and ending by ``end``: (end, type, key, extra)."""
    for j in range(end, i, -1):
        text = span_text(doc, i, j).replace("\u2019", "'")
        bare = text[4:] if text.startswith("The ") else text
        if j - i >= 2 and (iso := gaz.person_country(text)):
            # "Israel Katz", "Hassan Sheikh Mohamud": a known office-holder, whatever words the name holds.
            return j, "PERSON", text, {"country": iso}
        if org := gaz.org(text) or gaz.org(bare):
            return j, "ORG", org.name, {"country": org.country, "igo": org.igo}
        if iso := gaz.country(bare):
            return j, "COUNTRY", iso, {"country": iso}
        # "Somali": a nationality before the region of the same name ("Somali" region of Ethiopia)
        if (place := gaz.place(bare)) and not name_follows(doc, j, end, gaz) and bare not in gaz.demonyms:
            return j, "PLACE", place.name, {"country": place.country}
        if j <= i + 2 and (iso := gaz.demonym(text)):
            # "Russian" (adjective) refers to the country; "Russians" to its people.
            kind = "COUNTRY" if text in gaz.demonyms else "GROUP"
            return j, kind, iso, {"country": iso, "demonym": True}
    return None


def name_follows(doc: Doc, j: int, end: int, gaz: Gazetteer) -> bool:
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
