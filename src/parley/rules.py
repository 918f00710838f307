"""Loads the lexicons and rule files in ``parley/data`` and validates them against a pydantic schema.

Rules are data: a malformed file fails loudly on load (RulesError naming the file and the field),
never later as a silent miss.
"""

from __future__ import annotations

from functools import lru_cache
from importlib import resources
from pathlib import Path
from typing import TypeVar

import yaml
from pydantic import BaseModel, ValidationError

from parley.errors import RulesError

M = TypeVar("M", bound=BaseModel)


def data_path(name: str) -> Path:
    """Path of a file shipped in ``parley/data``."""
    return Path(str(resources.files("parley") / "data" / name))


@lru_cache(maxsize=64)
def _read_yaml(path: Path) -> object:
    try:
        with path.open(encoding="utf-8") as fh:
            return yaml.safe_load(fh)
    except FileNotFoundError as err:
        raise RulesError(f"rule file not found: {path}", "reinstall parley or fix the path") from err
    except yaml.YAMLError as err:
        raise RulesError(f"rule file {path} is not valid YAML: {err}", "fix the file's syntax") from err


def load_rules(name: str | Path, schema: type[M]) -> M:
    """Load ``name`` (a file in parley/data, or a path) and validate it as ``schema``."""
    path = Path(name) if isinstance(name, Path) or "/" in str(name) else data_path(str(name))
    raw = _read_yaml(path)
    try:
        return schema.model_validate(raw)
    except ValidationError as err:
        first = err.errors()[0]
        where = ".".join(str(p) for p in first["loc"])
        raise RulesError(
            f"rule file {path.name} is invalid at '{where}': {first['msg']}",
            "fix that entry (see the schema in the module that loads it)",
        ) from err
