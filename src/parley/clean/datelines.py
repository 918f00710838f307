"""Datelines opening a story's first paragraph ("GENEVA (Agency) — ", "Dubai: ", "Dar es Salaam. "): found
here, cut by the cleaner and kept as metadata, never body."""

from __future__ import annotations

import re

from parley.clean.cruft_rules import CompiledRules
from parley.clean.lines import Line
from parley.pubdate_rules import compiled_pubdate
from parley.written_dates import dateline_date

_INITIALS = re.compile(r"[A-Z]{2,6}")
_LONG_DASHES = ("—", "–")
_TITLED_PLACE_WORDS = 4
# A dateline closed by a stop: a city's name of up to four words (lower-case particles inside: "Dar es
# Salaam"), a stop, and the lead's first capital.
_STOP_DATELINE = re.compile(r"([A-Z][^\W\d_]{1,20}(?:\s[A-Za-z][^\W\d_]{1,20}){0,3})\.\s{1,2}(?=[A-Z])")
_STOP_DATELINE_CHARS = 90
_STOP_DATELINE_LEAD = 12
_DATED_CHARS = 120
# What opens the lead after a dateline that has no dash: a capital, a figure, a quote.
_LEAD_OPENERS = "\"“‘'"
# An agency's name alone before the dash, where the page set the place apart ("(Agency) — The talks ...").
_AGENCY_DATELINE = re.compile(
    r"\(((?:[A-Za-z][A-Za-z0-9/.&-]{1,15})(?:\s[A-Z][A-Za-z0-9/.&-]{1,15}){0,3})\)\s{0,3}(?:[—–]|-{1,2})\s{1,3}(?=[A-Z\"“‘'])"
)

# An agency's or outlet's name in capitals in brackets with no dash after it ("(CNN) The talks ...").
_BARE_AGENCY = re.compile(r"\(([A-Z][A-Z0-9/.&-]{1,15})\)\s{1,3}(?=[A-Z\"“‘'])")
# A place closed by a stop and a hyphen, as Spanish-language desks write it ("Brenn.- ", "Brenn (Agency).- ").
_STOP_HYPHEN = re.compile(
    r"([A-Z][^\W\d_]{1,20}(?:\s[A-Za-z][^\W\d_]{1,20}){0,3}(?:\s\([A-Za-z][A-Za-z0-9/.&-]{1,15}\))?)\.-\s{1,2}"
    r"(?=[A-Z\"“‘'])"
)


def dateline(line: Line, rules: CompiledRules, *, stop: bool = True) -> tuple[str, int] | None:
    """The dateline opening ``line``: (dateline text without the dash, characters to cut). ``stop``: a city
    closed by a full stop counts too ("Dar es Salaam. Delegations ..."), which a wrapped line's opening
    name ("Rubio. The group ...") can look like."""
    m = rules.dateline.match(line.text[:160])
    if not m:
        found = _dated_dateline(line, rules) or _agency_dateline(line, rules) or _hyphen_dateline(line)
        return found or (_stop_dateline(line, rules) if stop else None)
    place = m.group("place")
    first_word = place.split()[0].rstrip(",")
    capitals = first_word.isupper() and len(first_word.strip(".")) >= 2
    agency = (m.group("agency") or "")[1:-1]
    known = agency in rules.rules.agencies
    # An outlet's own initials ("Islamabad, Pakistan (WNB) —"): a city and its country before them,
    # which "The Liberation Front (KLF) — " in a lead does not have.
    own = _INITIALS.fullmatch(agency) is not None and m.group("dash") != ":" and "," in place
    # A city in title case before a long dash ("Washington — The ministers ..."): the dash and the capital
    # after it part a dateline from a lead that opens with a name ("Hamas — the group said — ..."). A colon
    # does too ("Dubai: Talks ..."), unless the word before it labels the piece ("Analysis: ...").
    dash = m.group("dash")
    titled = (
        (dash in _LONG_DASHES or (dash == ":" and place.split()[0].lower() not in rules.rules.colon_labels))
        and not agency
        and len(place.split()) <= _TITLED_PLACE_WORDS
        and all(w[:1].isupper() for w in place.replace(",", " ").split())
        and line.text[m.end() : m.end() + 1].isupper()
    )
    if m.end() == m.end("dash") and not place.isupper():
        return None  # "Trump—Putin summit": a long dash with no space closes only a place in capitals
    if titled and dash == ":" and not capitals and " " in place.strip() and not _known_place(place):
        titled = False  # "Star Wars Jedi: Fallen Order is ...": title-case words and a colon open a name too
    if titled and not capitals and place.split()[0] == "The" and not _known_place(place):
        titled = False  # "The Co-Chairs — Ambassador X, ...; and Y — said": "The Hague —" is a place
    if not (capitals or known or own or titled) or m.end() >= len(line.text):
        # "Brenn, June 11 (LKW) — ": a title-case place whose dateline its date makes sure
        return _dated_dateline(line, rules) or _hyphen_dateline(line)
    return line.text[: m.start("dash")].rstrip(" -"), m.end()  # "WASHINGTON -- ": the place alone


def _dated_dateline(line: Line, rules: CompiledRules) -> tuple[str, int] | None:
    """A dateline with its date, in the shapes of pubdate.yaml ("Brenn, June 11 (Lakewire) The talks ...",
    "June 11, 2025 (BRENN) – The talks ..."): the date's month must be a month, and the agency's brackets or
    a dash must close it. The words of a label are no place ("Analysis, June 11:"), nor a weekday's name."""
    head = line.text[:_DATED_CHARS]
    labels = rules.rules.colon_labels
    for pattern in compiled_pubdate().datelines:
        m = pattern.match(head)
        if m is None or m.end() >= len(line.text) or dateline_date(m.group("date"), 2000) is None:
            continue
        found = m.groupdict()
        closed = found.get("bracket") or found.get("wire") or found.get("dash")
        # The first word of the place and of the brackets: "Monday, June 11 (Updated) ..." is no dateline.
        firsts = {(found.get(key) or "-").split()[0].lower().strip(".,") for key in ("place", "bracket")}
        opener = line.text[m.end()]
        if (
            not closed
            or firsts & (set(labels) | compiled_pubdate().weekdays)
            or not (opener.isupper() or opener.isdigit() or opener in _LEAD_OPENERS)
        ):
            continue
        end = m.start("dash") if found.get("dash") else m.end()
        return line.text[:end].rstrip(), m.end()
    return None


def _agency_dateline(line: Line, rules: CompiledRules) -> tuple[str, int] | None:
    """A news organisation's name in brackets opening the lead with a dash ("(Reuters) - ", "(Coast Press) —
    "): a listed agency, or capitalised words that are no label ("(Updated) - " is a note, not a source)."""
    m = _AGENCY_DATELINE.match(line.text[:80])
    if m is None or m.end() >= len(line.text):
        return _bare_agency(line, rules)
    name = m.group(1)
    listed = name in rules.rules.agencies
    named = name[:1].isupper() and name.split()[0].lower() not in rules.rules.colon_labels
    if not (listed or named):
        return None
    # The agency may come first and the place, all in capitals, after it ("(Agency) - BRENN, JUNE 11 - The"):
    # both are the dateline.
    after = rules.dateline.match(line.text[m.end() : m.end() + 160])
    if after is not None and after.group("place").isupper() and m.end() + after.end() < len(line.text):
        return line.text[: m.end() + after.start("dash")].rstrip(), m.end() + after.end()
    return line.text[: m.start() + len(m.group(1)) + 2], m.end()


def _bare_agency(line: Line, rules: CompiledRules) -> tuple[str, int] | None:
    """ "(CNN) The talks ...": a name in capitals in brackets opening the lead, no label ("(UPDATE) ")."""
    m = _BARE_AGENCY.match(line.text[:40])
    if m is None or m.end() >= len(line.text):
        return None
    name = m.group(1)
    if name.lower() in rules.rules.colon_labels or rules.title_tags.match(m.group(0)) is not None:
        return None
    return m.group(0).rstrip(), m.end()


def _hyphen_dateline(line: Line) -> tuple[str, int] | None:
    """ "Brenn.- The talks ...": a place closed by a stop and a hyphen, which no English sentence writes."""
    m = _STOP_HYPHEN.match(line.text[:_STOP_DATELINE_CHARS])
    if m is None or m.end() >= len(line.text):
        return None
    return m.group(1), m.end()


def _stop_dateline(line: Line, rules: CompiledRules) -> tuple[str, int] | None:
    """A city's name closed by a full stop ("Dar es Salaam. Delegations ..."): a sentence of a name alone
    opens no story, but a name is no city unless the gazetteer knows it as one."""
    m = _STOP_DATELINE.match(line.text[:_STOP_DATELINE_CHARS])
    if m is None or m.end() >= len(line.text) or line.n_words < _STOP_DATELINE_LEAD:
        return None
    place = m.group(1)
    if place.split()[0].lower() in rules.rules.colon_labels:
        return None
    from parley.gazetteer import gazetteer  # loaded only for such a line: a large table

    info = gazetteer().place(place)
    if info is None and place.isupper():
        info = gazetteer().place(place.title())  # "KAMPALA. Uganda and Kenya ...": a wire desk's capitals
    return (place, m.end()) if info is not None and info.kind == "city" else None


def _known_place(place: str) -> bool:
    """A dateline's place the gazetteer knows: its first part ("Washington, DC, United States") a place or a
    country."""
    from parley.gazetteer import gazetteer  # loaded only for such a line: a large table

    head = place.split(",")[0].strip()
    return gazetteer().place(head) is not None or gazetteer().country(head) is not None


def opens_with_dateline(line: Line, rules: CompiledRules) -> bool:
    """A dateline with a dash ("GENEVA — "): a colon may follow a label ("UPDATE: ") as well."""
    found = dateline(line, rules)
    return found is not None and line.text[len(found[0]) :].lstrip()[:1] != ":"
