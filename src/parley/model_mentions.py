"""The statistical NER's spans as entity mentions, where no rule of :mod:`parley.entities` covered them.

The rules know titles, gazetteers and the shapes of news names; the model finds names they do not. Its spans
come in after the rules and are kept only when they look like a name (capitalised throughout, no weekday or
month, not a ship or a document, not honorifics alone).
"""

from __future__ import annotations

from spacy.tokens import Doc, Token

from parley.gazetteer import Gazetteer
from parley.mention import Mention
from parley.nonpersons import not_a_person
from parley.roles import RoleRules, role_rules
from parley.runs import is_cap, sentence_initial
from parley.titles import brief_only

_MODEL_LABELS = {
    "PER": "PERSON",
    "PERSON": "PERSON",
    "ORG": "ORG",
    "LOC": "PLACE",
    "GPE": "PLACE",
    "NORP": "GROUP",
    "FAC": "PLACE",
}


def honorific(toks: list[Token], k: int, gaz: Gazetteer, rules: RoleRules) -> bool:
    """ "Dr.", "Datuk", and after an honorific its second word ("Datuk Seri", "Datuk Seri Utama")."""
    low = toks[k].lower_
    if low.rstrip(".") in rules.honorifics or low in rules.honorifics:
        return True
    return k > 0 and toks[k].text in gaz.honorific_continuations and honorific(toks, k - 1, gaz, rules)


def add_model_entities(doc: Doc, mentions: list[Mention], gaz: Gazetteer) -> list[Mention]:
    """Statistical NER spans that no rule covered become mentions too (after the rules, which know titles)."""
    covered = {t for m in mentions for t in range(m.start, m.end)}
    out = list(mentions)
    for ent in doc.ents:
        kind = _MODEL_LABELS.get(ent.label_)
        if (
            kind is None
            or any(t in covered for t in range(ent.start, ent.end))
            or ent.text in gaz.regional_adjectives
        ):
            continue
        before = doc[ent.start - 1].text if ent.start else ""
        ship = ent[0].text in gaz.not_people or before in gaz.not_people or ent[-1].text in gaz.named_events
        if (
            ent[-1].text in gaz.document_suffixes
            or ship
            or brief_only(doc, ent.start, ent.end, gaz, role_rules())
        ):
            continue  # "Ankara Declaration", "USS Carney": a document or a ship, not an organisation
        toks = [t for t in ent if t.text not in gaz.not_entities and is_cap(t)]
        if not toks or toks[0].i != ent.start or len(toks) != len(ent):
            continue  # weekdays, months, lower-case words: the model's usual slips
        if all(honorific(toks, x, gaz, role_rules()) for x in range(len(toks))):
            continue  # "Datuk Seri" before a name the rules already found
        if kind == "PERSON" and ent.text.isupper():
            kind = "ORG"  # "CIA", "ELN": acronyms name organisations, not people
        if kind == "PERSON" and (gaz.demonym(ent.text) or len(ent) == 1 and sentence_initial(doc, ent.start)):
            continue
        other = not_a_person(doc, ent.start, ent.end, gaz, role_rules()) if kind == "PERSON" else None
        if other is not None:
            out.extend(other)  # "the Great Zab", "Minister of International Relations": no person
            continue
        out.append(Mention(ent.start, ent.end, kind, ent.text, via="model"))
    return sorted(out, key=lambda m: m.start)
