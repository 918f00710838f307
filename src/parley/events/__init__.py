"""Who did what to whom: PLOVER events with a status, and the state of each negotiation an article reports.

The ``parley_events`` stage reads the parse, the entities (``doc._.parley_entities``) and, when those stages
have run, the quotes, dates and places, and sets ``doc._.parley_events`` (a list of records.Event) and
``doc._.parley_negotiation`` (a dict: the article's picture of each process, see negotiation.py).

Ontology: PLOVER (Open Event Data Alliance, PLOVER_MANUAL.tex, github.com/openeventdata/PLOVER).
"""

from __future__ import annotations

from spacy.language import Language
from spacy.tokens import Doc

from parley.events.build import extract_events
from parley.events.negotiation import build_negotiation

__all__ = ["build_negotiation", "extract_events"]


@Language.component("parley_events")
def events_component(doc: Doc) -> Doc:
    if not doc.has_annotation("DEP"):  # a pipeline without a parser (spacy.blank): no frames to read
        doc._.parley_events, doc._.parley_negotiation = [], {}
        return doc
    picture, events = build_negotiation(doc, extract_events(doc))
    doc._.parley_events = events
    doc._.parley_negotiation = picture
    return doc
