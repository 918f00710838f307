"""The quote stage's lexicon (``data/reporting_verbs.yaml``): reporting verbs with their forms and what
they take, prepositional cues, and the word lists that find sources. Validated once, on first use."""

from __future__ import annotations

from functools import lru_cache
from typing import Literal

from pydantic import BaseModel, ConfigDict, field_validator

Takes = Literal["clause", "recipient", "object_to", "object_as", "that", "belief", "quote"]


class Verb(BaseModel):
    model_config = ConfigDict(extra="forbid")
    forms: list[str]
    takes: Takes

    @field_validator("forms")
    @classmethod
    def _forms(cls, v: list[str]) -> list[str]:
        if not v or not all(isinstance(f, str) and f.strip() for f in v):
            raise ValueError("forms must be a non-empty list of words")
        return [" ".join(f.lower().split()) for f in v]


class Pronouns(BaseModel):
    model_config = ConfigDict(extra="forbid")
    person: frozenset[str]
    plural: frozenset[str]
    thing: frozenset[str]
    indefinite: frozenset[str]
    relative: frozenset[str]


class QuoteLexicon(BaseModel):
    model_config = ConfigDict(extra="forbid")
    verbs: dict[str, Verb]
    phrases: list[str]
    evidence: frozenset[str]
    findings: frozenset[str]
    poll_words: frozenset[str]
    colon_labels: frozenset[str]
    messages: frozenset[str]
    afterthoughts: frozenset[str]
    restatements: frozenset[str]
    states: frozenset[str]
    acts: frozenset[str]
    disputed: frozenset[str]
    carriers: frozenset[str]
    nominal_cues: frozenset[str]
    questions: frozenset[str]
    announcements: frozenset[str]
    time_words: frozenset[str]
    adjunct_preps: frozenset[str]
    adjunct_words: frozenset[str]
    recipients: frozenset[str]
    pre_cue: frozenset[str]
    anonymous: frozenset[str]
    delegates: frozenset[str]
    bodies: frozenset[str]
    generic_bodies: frozenset[str]
    documents: frozenset[str]
    clause_starts: frozenset[str]
    subordinators: frozenset[str]
    source_openers: frozenset[str]
    namings: frozenset[str]
    what_namings: frozenset[str]
    pronouns: Pronouns

    @field_validator(
        "time_words",
        "evidence",
        "findings",
        "poll_words",
        "colon_labels",
        "messages",
        "afterthoughts",
        "restatements",
        "states",
        "acts",
        "disputed",
        "carriers",
        "nominal_cues",
        "questions",
        "announcements",
        "adjunct_preps",
        "adjunct_words",
        "recipients",
        "pre_cue",
        "anonymous",
        "delegates",
        "bodies",
        "generic_bodies",
        "documents",
        "clause_starts",
        "subordinators",
        "source_openers",
        "namings",
        "what_namings",
        mode="before",
    )
    @classmethod
    def _words(cls, v: object) -> frozenset[str]:
        if not isinstance(v, list) or not all(isinstance(w, str) for w in v):
            raise ValueError("must be a list of words")
        return frozenset(w.lower() for w in v)

    def model_post_init(self, _context: object) -> None:
        unknown = self.states - set(self.verbs)
        if unknown:
            raise ValueError(f"states: not verbs of the lexicon: {sorted(unknown)}")
        # form (first word) -> [(all words of the form, lemma)], longest first; lemma -> lemma
        index: dict[str, list[tuple[tuple[str, ...], str]]] = {}
        for lemma, verb in self.verbs.items():
            for form in verb.forms:
                words = tuple(form.split())
                index.setdefault(words[0], []).append((words, lemma))
        for entries in index.values():
            entries.sort(key=lambda e: -len(e[0]))
        self._forms = index
        self._single = {lemma for lemma in self.verbs if " " not in lemma}
        self._phrases = [tuple(p.lower().split()) for p in self.phrases]

    def match_verb(self, words: list[str], lemma: str | None = None) -> tuple[int, str] | None:
        """(length in tokens, lemma) of a reporting verb starting at ``words[0]`` (lower-cased words)."""
        for form, lem in self._forms.get(words[0], ()):
            if tuple(words[: len(form)]) == form:
                return len(form), lem
        if lemma is not None and lemma in self._single and words[0].isalpha():
            return 1, lemma
        return None

    def match_phrase(self, words: list[str]) -> int:
        for p in self._phrases:
            if tuple(words[: len(p)]) == p:
                return len(p)
        return 0

    def takes(self, lemma: str) -> Takes:
        return self.verbs[lemma].takes


@lru_cache(maxsize=1)
def lexicon() -> QuoteLexicon:
    from parley.rules import load_rules

    return load_rules("reporting_verbs.yaml", QuoteLexicon)
