"""The ParleyError family: every failure a user can cause has a type, a message and a fix."""

from __future__ import annotations


class ParleyError(Exception):
    """Base of every error parley raises on purpose. `str(err)` is one line: the problem and what to do."""

    exit_code = 2

    def __init__(self, problem: str, fix: str | None = None) -> None:
        self.problem = problem
        self.fix = fix
        super().__init__(f"{problem} — {fix}" if fix else problem)


class InputError(ParleyError):
    """The document cannot be read as an article (missing, empty, binary, too large, not English)."""


class RulesError(ParleyError):
    """A lexicon or rule file shipped with parley (or given by the user) is malformed."""


class ModelError(ParleyError):
    """A spaCy pipeline cannot be loaded."""


class StoreError(ParleyError):
    """A corpus store cannot be opened, migrated or written (bad path or DSN, newer schema, server down)."""
