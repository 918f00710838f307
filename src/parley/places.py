"""parley's places stage (placeholder until place resolution lands)."""

from __future__ import annotations

from spacy.language import Language
from spacy.tokens import Doc


@Language.component("parley_places")
def places_component(doc: Doc) -> Doc:
    doc._.parley_places = []
    return doc
