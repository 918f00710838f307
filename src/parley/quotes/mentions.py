"""How a mention stands for a speaker: whether it is its clause's subject (pronouns prefer the latest
subject), and which person a part of a name means when the entity stage did not link it ('Vice Premier He',
'Nattaphon' for Nattaphon Narkphanit). Used by speakers.py.
"""

from __future__ import annotations

from collections.abc import Iterable

from parley.quotes.layout import Layout
from parley.quotes.lexicon import QuoteLexicon

SUBJ = frozenset({"nsubj", "nsubj:pass", "nsubjpass"})


def is_subject(L: Layout, lex: QuoteLexicon, a: int, b: int) -> bool:
    """Tokens [a, b) are the subject, or a name in apposition to it ("The US secretary of state, Marco
    Rubio,"), or a name the parse mislaid before the verb it is the subject of."""
    if L.has_parse:
        doc = L.doc
        return (
            any(
                doc[t].dep_ in SUBJ or (doc[t].dep_ == "appos" and doc[t].head.dep_ in SUBJ)
                for t in range(a, b)
            )
            or _before_subjectless_verb(L, b)
            or _rooted(L, a, b)
        )
    s0, _ = L.sent_of(a)
    return a == s0 or (b < L.n and lex.match_verb(L.lower[b : b + 2]) is not None)


def _before_subjectless_verb(L: Layout, b: int) -> bool:
    """'In Moscow, Kremlin spokesman Dmitry Peskov cautioned ...': a name right before a finite verb that
    the parse gave no subject (it hung the name on 'Moscow') is that verb's subject."""
    doc = L.doc
    if b >= len(doc) or doc[b].tag_ not in {"VBD", "VBZ", "VBP"} or doc[b].dep_ in {"amod", "compound"}:
        return False
    return not any(ch.dep_ in SUBJ and not ch.is_space for ch in doc[b].children)


def _rooted(L: Layout, a: int, b: int) -> bool:
    """'Donald Trump, who had pressed ..., spoke ...': the parse hung the sentence on the name opening it
    (the verb became a conjunct of the relative clause); the name is still its subject."""
    return a == L.sent_of(a)[0] and any(L.doc[t].head.i == t for t in range(a, b))


def titled_surname(L: Layout, a: int, b: int) -> int | None:
    """'Vice Premier He told': a capitalised 'He' or 'She' inside its sentence after a title is a name (He
    Lifeng's), not the pronoun. Returns where the title starts."""
    if b - a != 1 or L.text[a] not in {"He", "She"} or a == 0 or L.sentence_start(a):
        return None
    s0, _ = L.sent_of(a)
    k = a
    while k > s0 and L.text[k - 1][:1].isupper() and L.text[k - 1].isalpha() and a - k < 4:
        k -= 1
    return k if k < a else None


def name_word(L: Layout, head: int) -> str | None:
    """The head as one word of a name ('Nattaphon, speaking to reporters, said'), or None."""
    word = L.text[head]
    if not word[:1].isupper() or not word.isalpha() or (L.has_tags and L.doc[head].pos_ != "PROPN"):
        return None
    return word


def person_named(word: str, people: Iterable) -> object | None:
    """The first of these person clusters (nearest first) with a name of several words holding word."""
    for c in people:
        parts = c.name.split()
        if len(parts) > 1 and word in parts:
            return c
    return None
