"""parley's date stage: temporal expressions recognised on tokens and normalised to TIMEX3 values.

Registers the spaCy component ``parley_dates``: it reads the publication date from
``doc.user_data["parley_published"]`` (or infers one, see ``infer``) and sets ``doc._.parley_dates`` to a
list of DateRef records.
"""

from __future__ import annotations

from datetime import date

from spacy.language import Language
from spacy.tokens import Doc

from parley.columns import texts
from parley.records import DateRef
from parley.temporal.filters import accept
from parley.temporal.infer import infer_published
from parley.temporal.lexicon import Lexicon, lexicon
from parley.temporal.normalise import Normaliser
from parley.temporal.recognise import Match, find
from parley.temporal.tense import FUTURE, PAST, finite_head, past_between, tense_at
from parley.temporal.values import Resolved

__all__ = ["dates_component", "find_dates", "recognise", "resolve"]


def recognise(doc: Doc, lex: Lexicon | None = None) -> list[Match]:
    """The temporal expressions in the Doc, as token matches (no values yet)."""
    lex = lex or lexicon()
    return find(doc, lex, lambda toks, m: accept(lex, toks, m))


def resolve(
    doc: Doc, matches: list[Match], anchor: date | None, lex: Lexicon | None = None
) -> list[Resolved | None]:
    """TIMEX3 values for the matches, in order, against ``anchor``."""
    lex = lex or lexicon()
    parsed = doc.has_annotation("DEP")
    back = lex.cues["back"]

    def tense(m: Match) -> str | None:
        # "since early April": the cue stands before the modifier, where tense_at (from the core) misses it
        if m.start > 0 and doc[m.start - 1].lower_ in back:
            return PAST
        got = tense_at(doc, m.core, m.end, lex, parsed)
        if got == FUTURE and m.mod == "END" and parsed and past_between(doc, m.core, m.end, lex):
            # "late Monday" tells of what has happened: under a far modal verb across a nearer past one
            # ("would draw a reply, according to a statement issued late on Tuesday") the parse misplaced it
            return PAST
        return got

    quoted, paras = _quotes_and_paragraphs(doc) if matches else ([], [])
    norm = Normaliser(anchor, tense)
    if anchor is not None and any(m.kind == "relday" and quoted[m.start] for m in matches):
        # "'... tonight,' Anwar told a news conference late on Monday": a quotation's day may be named
        # after it in its paragraph; a first pass finds each paragraph's day outside quotation marks
        first = _run(doc, matches, Normaliser(anchor, tense), lex, quoted, paras, parsed)
        for m, r in zip(matches, first, strict=True):
            recent = r is not None and r.gran == "D" and r.day is not None and 0 <= (anchor - r.day).days <= 6
            edge = m.start > 0 and doc[m.start - 1].lower_ in lex.cues["span_edge"]
            # "by mid-morning" takes its day from the paragraph's: it names none of its own
            named = m.kind != "offset" and not edge
            if recent and named and not quoted[m.start] and not _possessive(doc, m):
                norm.para_days.setdefault(paras[m.start], r.day)
    return _run(doc, matches, norm, lex, quoted, paras, parsed)


def _possessive(doc: Doc, m: Match) -> bool:
    return m.end < len(doc) and doc[m.end].lower_ in ("'s", "\u2019s")


def _run(
    doc: Doc,
    matches: list[Match],
    norm: Normaliser,
    lex: Lexicon,
    quoted: list[bool],
    paras: list[int],
    parsed: bool,
) -> list[Resolved | None]:
    out, prev_end = [], -2
    sentenced = doc.has_annotation("SENT_START")
    for m in matches:
        norm.appositive = prev_end == m.start - 1 and doc[prev_end].text == ","
        norm.ref_near = 0 <= m.start - prev_end <= 3
        norm.quoted, norm.para = quoted[m.start], paras[m.start]
        norm.sent = doc[m.start].sent.start if sentenced else paras[m.start]
        prev = doc[m.start - 1].lower_ if m.start > 0 else ""
        norm.looks_back = prev in lex.cues["back"]
        norm.span_edge = prev in lex.cues["span_edge"]
        norm.season_ahead = prev in lex.cues["season_ahead"]
        norm.gap_cue = prev in lex.cues["day_gap_after"]
        norm.next_word = doc[m.end].lower_ if m.end < len(doc) else ""
        norm.prev_word = prev
        # "would come in July and August": the second month shares the first's verb and its firmness
        joined = prev in ("and", "or") and prev_end == m.start - 1 and norm.firm_month
        norm.firm_month = joined or (
            prev in lex.cues["month_firm"] and parsed and finite_head(doc, m.core, m.end, lex)
        )
        norm.possessive = _possessive(doc, m)
        out.append(norm(m))
        prev_end = m.end
    return out


def _quotes_and_paragraphs(doc: Doc) -> tuple[list[bool], list[int]]:
    """Per token, whether it stands inside a direct quotation (a paragraph break closes it), and its
    paragraph's number; one pass."""
    out, paras, inside, para = [], [], False, 0
    for text in texts(doc):  # a token's trailing whitespace is one space or none, never a break
        if "\n" in text:
            inside = False
            para += 1
        elif text in ("\u201c", "``"):
            inside = True
        elif text in ("\u201d", "''"):
            inside = False
        elif text == '"':
            inside = not inside
        out.append(inside)
        paras.append(para)
    return out, paras


def _char_span(doc: Doc, m: Match) -> tuple[int, int]:
    last = doc[m.end - 1]
    return doc[m.start].idx, last.idx + len(last.text)


def find_dates(doc: Doc, published: str | None) -> list[DateRef]:
    """Recognise, infer the publication date if needed, normalise; the records for the Doc."""
    lex = lexicon()
    matches = recognise(doc, lex)
    anchor = date.fromisoformat(published) if published else None
    if anchor is None:
        guess = infer_published(doc, matches, lex)
        if guess is not None:
            anchor, confidence = guess
            doc.user_data["parley_published_inferred"] = anchor.isoformat()
            doc.user_data["parley_published_confidence"] = round(confidence, 3)
    out = []
    for m, r in zip(matches, resolve(doc, matches, anchor, lex), strict=True):
        if r is None:
            continue
        start, end = _char_span(doc, m)
        out.append(
            DateRef(text=doc[m.start : m.end].text, span=(start, end), value=r.value, type=r.type, mod=r.mod)
        )
    return out


@Language.component("parley_dates")
def dates_component(doc: Doc) -> Doc:
    doc._.parley_dates = find_dates(doc, doc.user_data.get("parley_published"))
    return doc
