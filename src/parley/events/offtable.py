"""A matter declared closed in reported speech: "enrichment was not up for discussion", Tehran said; "that is
out of the question"; "direct flights are not on the table"; "the right is non-negotiable". PLOVER codes a
refusal to yield or to negotiate on a point as a REJECT by whoever says it; the sentence has no verb of
refusing, and its subject is the matter, not the party, so the frames of data/event_patterns.yaml do not see
it. The phrases are ``closed_topics`` in the YAML; one preceded by a negation is kept open ("is not off the
table", "not out of the question": a possibility, even a threat), which is no refusal.
"""

from __future__ import annotations

import re

from spacy.tokens import Doc, Token

from parley.columns import texts
from parley.events.args import Entities
from parley.events.demands import in_speech
from parley.events.frames import Candidate
from parley.events.patterns import EventPatterns, Frame

CLOSED = Frame(lemmas=["_closed_topic"], pos="NOUN", type="REJECT", status="occurred")
_QUOTES = frozenset({"\u201c", "\u201d", '"', "\u2018", "\u2019", "'"})
_NEGATION = {"n't": "not", "never": "not", "no": "not"}


def _words(tok_text: str) -> str:
    w = tok_text.lower()
    return _NEGATION.get(w, w)


def _phrases(patterns: EventPatterns) -> list[list[str]]:
    return [re.findall(r"[a-z']+|-", p.lower()) for p in patterns.closed_topics]


def _before(doc: Doc, i: int, n: int) -> list[Token]:
    """The ``n`` tokens before position ``i``, quotation marks left out (the phrase is often quoted)."""
    out: list[Token] = []
    j = i - 1
    while j >= 0 and len(out) < n and i - j <= n + 4:
        if doc[j].text not in _QUOTES:
            out.append(doc[j])
        j -= 1
    return out[::-1]


def _closes(doc: Doc, tok: Token, phrase: list[str]) -> bool:
    n = len(phrase)
    words = [_words(t.text) for t in _before(doc, tok.i, n)] + [_words(tok.text)]
    if len(words) < n or words[-n:] != phrase:
        return False
    opener = words[-n - 1] if len(words) > n else ""
    return phrase[0] == "not" or opener != "not"  # "is not off the table": kept open


def find_closed_topics(doc: Doc, patterns: EventPatterns, ents: Entities) -> list[Candidate]:
    phrases = _phrases(patterns)
    lasts = {p[-1] for p in phrases}
    out = []
    for i, text in enumerate(texts(doc)):
        if _words(text) not in lasts:
            continue
        tok = doc[i]
        if not in_speech(tok):
            continue
        if any(_closes(doc, tok, p) for p in phrases):
            out.append(Candidate(tok, CLOSED, CLOSED.type, CLOSED.mode))
    return out


def closed_args(c: Candidate, ents: Entities) -> None:
    """The speaker closes the matter; no one is named as its recipient here (the article's other side may be,
    later)."""
    c.actors = [(e, c.tok) for e in ents.speaker(c.tok)]
    c.recipients = []
