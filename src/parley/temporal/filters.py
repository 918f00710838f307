"""Context checks that keep names and numbers out: "May 13 Square", "Theresa May", the newspaper
"Tomorrow", "2000 troops", "the fall of Kabul", "a second round"."""

from __future__ import annotations

from parley.temporal.lexicon import Lexicon
from parley.temporal.recognise import Match, Tokens
from parley.temporal.values import two_units


def _is_name_word(toks: Tokens, j: int, lex: Lexicon) -> bool:
    """A capitalised word that is neither a date word nor the start of a sentence."""
    if j < 0 or j >= toks.n:
        return False
    t = toks.text[j]
    if not t[:1].isupper() or toks.sentence_initial(j):
        return False
    cls = toks.cls[j]
    return not (cls.keys() & {"MONTH", "WEEKDAY", "RELDAY", "SEASON"}) and toks.low[j] not in lex.month_cues


def accept(lex: Lexicon, toks: Tokens, m: Match) -> bool:
    i, end, kind, slots = m.core, m.end, m.kind, m.slots
    prev = toks.low[i - 1] if i > 0 else ""
    nxt = toks.low[end] if end < toks.n else ""
    nxt_text = toks.text[end] if end < toks.n else ""
    if kind in ("date", "rel", "relday", "decade") and nxt_text in lex.name_suffixes:
        return False  # "May 13 Square", "Sunday Times"
    if ("MONTH" in slots or "WEEKDAY" in slots) and i > 0 and toks.text[i - 1] in lex.name_prefixes:
        return False  # "Theresa May", "Bloody Sunday"
    if kind == "decade" and prev in lex.cues["age"]:
        return False  # "a man in his 60s": an age
    if kind == "date":
        return _accept_date(lex, toks, m, prev, nxt)
    if kind == "relday":
        if "RELDAY" in slots and toks.text[i][:1].isupper() and not toks.sentence_initial(i):
            return False  # the newspaper "Tomorrow", "Russia Today"
        return not (
            "RELDAY" in slots and toks.text[i][:1].isupper() and i > 0 and _is_name_word(toks, i - 1, lex)
        )
    if kind == "rel":
        if m.pattern.cue == "within":
            return prev in lex.cues["within"]
        return True
    if kind == "duration":
        return _accept_duration(lex, toks, m, prev, nxt)
    if kind == "time":
        if "CLOCK" in slots and "AMPM" not in slots:
            return prev in lex.cues["clock"]
        return True
    if kind == "ref":
        if nxt == "of":
            return False  # "the future of the mine": a topic, not a time
        if (
            toks.low[i] == "the"
            and end - i == 2
            and end < toks.n
            and toks.doc[end].tag_ in ("VBZ", "VBD", "MD")
        ):
            # "the past is behind us" (a topic), "have in the past resisted" (an aside the gold leaves out);
            # "the coming days would be decisive" is a time all the same
            return False
        return not toks.text[i][:1].isupper() or toks.sentence_initial(i)
    if kind == "set" and nxt == "of" and m.words[:1] in (["every"], ["each"]) and "UNIT1" in slots:
        return False  # "each day of closure", "every day of it": a count of days, not a recurrence
    if (
        kind == "offset"
        and toks.low[end - 1] in ("earlier", "later")
        and end - i > 1
        and _of_the_day(toks, end)
    ):
        return False  # "pushed back by a few hours earlier in the day": a length, then "earlier in the day"
    if kind == "offset" and m.pattern.story:
        # "raids by night" is a manner; "by overnight" leaves "overnight" its own reading; "by the evening
        # of May 3" is that date's
        last = toks.low[end - 1]
        return last != "overnight" and not (last == "night" and end - i <= 2) and nxt != "of"
    if kind == "set" and end - i == 1 and len(m.words) == 1:
        return _accept_set_word(lex, toks, m, prev)
    if kind == "set" and "WEEKDAYS" in slots:
        return prev in lex.cues["weekdays_set"] or nxt in ("and", "or")
    return True


def _of_the_day(toks: Tokens, end: int) -> bool:
    """'in the day', 'that week' after a match: 'earlier'/'later' leads an expression of its own."""
    words = toks.low[end : end + 3]
    if words[:1] == ["that"]:
        return len(words) > 1 and words[1] in _DAY_WORDS
    return words[:2] == ["in", "the"] and len(words) == 3 and words[2] in _DAY_WORDS


_DAY_WORDS = frozenset({"day", "week", "month", "year", "morning", "afternoon", "evening", "night"})


def _accept_date(lex: Lexicon, toks: Tokens, m: Match, prev: str, nxt: str) -> bool:
    i, slots, words = m.core, m.slots, m.words
    has_day = "DAY" in slots or "ORD" in slots or m.pattern.day
    if "MONTH" in slots and not has_day and "YEAR" not in slots:
        low = toks.low[i]
        if low in lex.ambiguous_months and prev not in lex.month_cues:
            return False
        if m.end < toks.n and "NUM" in toks.cls[m.end]:
            return False  # what is left of a longer match turned down ("May 13 Square")
        if _is_name_word(toks, m.end, lex) or _is_name_word(toks, i - 1, lex) and prev not in lex.month_cues:
            return False  # "June Carter", "April Ryan"
        if nxt in ("'s", "\u2019s") and low == "may":
            return False
    if "MONTH" in slots and has_day and "YEAR" not in slots and nxt.isalpha() and nxt != "to":
        tag = toks.doc[m.end].tag_ if m.end < toks.n else ""
        if nxt in lex.year_not_before or tag == "NNS":
            return False  # "in May 13 people died"
    if "YEAR" in slots and len(slots) == 1 and not words:
        mid = prev == "-" and i >= 2 and toks.low[i - 2] == "mid"  # "mid-1996"
        # "2000 to 3000 troops" is a count range; "in 1999 to assert the claim" is a year
        to_verb = nxt == "to" and m.end + 1 < toks.n and not toks.doc[m.end + 1].like_num
        if (nxt in lex.year_not_before and not to_verb) or (prev in lex.year_not_after and not mid):
            return False
        tag = toks.doc[m.end].tag_ if m.end < toks.n else ""
        # "2000 troops" is a count, but "the 2017 accords" names a year's thing (counts write "the 2,000")
        named = prev == "the" and toks.text[i].isdigit() and 1900 <= int(toks.text[i]) <= 2100
        if (tag == "NNS" and not named) or (m.end < toks.n and toks.doc[m.end].like_num):
            return False
    if (
        ("half" in words or "quarter" in words)
        and nxt == "of"
        and "MONTH" in toks.cls[min(m.end + 1, toks.n - 1)]
    ):
        return False  # "the second half of January": a month with a prefix, not a half-year
    if "SEASON" in slots and "YEAR" not in slots:
        if nxt == "of":
            return False  # "the fall of Kabul"
        if (
            toks.low[i + len(words)] in ("fall", "spring")
            and words == ["the"]
            and prev not in lex.cues["within"]
            and prev not in lex.cues["back"]  # "since the spring"
        ):
            return False
    return True


_UNIT_ORDER = ("CE", "DE", "Y", "Q", "M", "FN", "W", "WE", "D", "H", "MIN", "S")  # the larger first


def _accept_duration(lex: Lexicon, toks: Tokens, m: Match, prev: str, nxt: str) -> bool:
    cue = m.pattern.cue
    if cue == "duration":
        unit = m.slot("UNIT1")
        # "came a week after the raid" measures a gap; "A week after the raid, ..." opening a sentence dates
        # its clause (TimeBank leaves it out)
        gap = nxt in lex.cues["duration_after"] and not toks.sentence_initial(m.core)
        cued = prev in lex.cues["duration"] or gap
        return unit not in ("S", "MIN", "Q") and cued and toks.low[m.end - 1] != "second"
    if cue == "bare":
        hyphened = nxt == "-" and m.end + 1 < toks.n and toks.low[m.end + 1] == "long"  # "a months-long row"
        # "to end decades of bloodshed", "capping weeks of talks": the object of a verb, a stretch of time
        of_verb = nxt == "of" and m.core > 0 and toks.doc[m.core - 1].tag_.startswith("VB")
        return prev in lex.cues["bare_before"] or nxt in lex.cues["bare_after"] or hyphened or of_verb
    units = two_units(m)
    if units and _UNIT_ORDER.index(units[0]) >= _UNIT_ORDER.index(units[1]):
        return False  # "two days and three nights": two lengths, not one in two units
    n = m.slot("NUM")
    if isinstance(n, int) and n >= 1000 and m.slot("UNIT") in ("Q", "S", "MIN"):
        return False  # "the 1988 quarter", "1988 second quarter": a year, not a count
    if isinstance(n, float) and m.slot("UNIT") in ("S", "MIN", "H") and nxt in lex.year_not_before:
        return False
    return not (prev in ("$", "\u20ac", "\u00a3") or nxt in ("old", "olds"))


def _accept_set_word(lex: Lexicon, toks: Tokens, m: Match, prev: str) -> bool:
    """'daily', 'weekly' and their kin: a recurrence ("met weekly", "monthly meetings"), but not a name
    ("the Daily Maverick"), a newspaper ("told the daily that ...") or an outlet's routine ("a weekly
    briefing", "his nightly address"), which the gold leaves out."""
    i, end = m.core, m.end
    if toks.text[i][:1].isupper() and not toks.sentence_initial(i):
        return False
    if end < toks.n and toks.low[end] in lex.cues["routine_after"]:
        return False
    return not (prev == "the" and (end >= toks.n or not toks.doc[end].tag_.startswith("NN")))
