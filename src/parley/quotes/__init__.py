"""Who said what: direct, indirect and mixed quotes with their cues and speakers (the ``parley_quotes``
stage). Sets ``doc._.parley_quotes`` to a list of :class:`parley.records.Quote`: each quote's
``content_span`` is the content as written (marks, "that", an interrupted quotation whole; see
``evidence``), its ``parts`` the words said.

Works on tokens with the parse when the pipeline has one (subjects, complement clauses) and on token rules
alone with ``--model blank``. Every pass is linear in the text (quotation marks are scanned once, cues
look only within their sentence), so hostile input cannot make it slow.
"""

from __future__ import annotations

from spacy.language import Language
from spacy.tokens import Doc

from parley.columns import doc_text
from parley.quotes.attribution import attribute
from parley.quotes.evidence import Unit, units
from parley.quotes.layout import Layout
from parley.quotes.lexicon import lexicon
from parley.quotes.marks import scan
from parley.records import Cue, Mention, Quote, Speaker

__all__ = ["find_quotes", "quotes_component"]


def find_quotes(doc: Doc) -> list[Quote]:
    """The quotes of a processed Doc (its entities, when the entity stage ran, name the speakers)."""
    text = doc_text(doc)
    marks = scan(text)
    layout = Layout(doc, marks)
    clusters = doc._.parley_entities or [] if Doc.has_extension("parley_entities") else []
    layout.add_mentions(clusters)
    found = attribute(layout, marks, clusters, lexicon())
    return [_record(layout, text, u) for u in units(layout, text, found, marks)]


def _record(L: Layout, text: str, u: Unit) -> Quote:
    a = u.first
    cue = None
    if a.cue is not None:
        cs, ce = L.chars(a.cue.start, a.cue.end)
        cue = Cue(text=text[cs:ce], span=(cs, ce))
    speaker = None
    if a.speaker is not None:
        ms, me = L.chars(*a.speaker.mention)
        cluster = a.speaker.cluster
        speaker = Speaker(
            entity=getattr(cluster, "id", None),
            name=a.speaker.name,
            mention=Mention(text=text[ms:me], span=(ms, me)),
        )
    words = " ".join(text[s:e] for s, e in u.parts)
    return Quote(text=words, kind=a.kind, content_span=u.span, parts=list(u.parts), cue=cue, speaker=speaker)


@Language.component("parley_quotes")
def quotes_component(doc: Doc) -> Doc:
    doc._.parley_quotes = find_quotes(doc)
    return doc
