"""The role lexicon (titles, org keywords, reporting verbs), loaded and validated once."""

from __future__ import annotations

from functools import lru_cache

from pydantic import BaseModel, field_validator


class RoleRules(BaseModel):
    heads: frozenset[str]
    modifiers: frozenset[str]
    honorifics: frozenset[str]
    org_suffixes: frozenset[str]
    org_prefixes_of: frozenset[str]
    speech_verbs: frozenset[str]
    generic_bodies: frozenset[str] = frozenset()
    named_body_nouns: frozenset[str] = frozenset()
    bodies_of_org: frozenset[str] = frozenset()
    bodies_of_person: frozenset[str] = frozenset()
    title_brief_joins: frozenset[str] = frozenset()
    body_brief_joins: frozenset[str] = frozenset()
    brief_lead_ins: frozenset[str] = frozenset()

    @field_validator("*", mode="before")
    @classmethod
    def _lower(cls, v: list[str]) -> frozenset[str]:
        if not isinstance(v, list) or not all(isinstance(w, str) for w in v):
            raise ValueError("must be a list of words")
        return frozenset(w.lower() for w in v)

    def is_role_word(self, word: str) -> bool:
        w = word.lower()
        return w in self.heads or w in self.modifiers

    def is_head(self, word: str) -> bool:
        return word.lower() in self.heads


@lru_cache(maxsize=1)
def role_rules() -> RoleRules:
    from parley.rules import load_rules

    return load_rules("roles.yaml", RoleRules)
