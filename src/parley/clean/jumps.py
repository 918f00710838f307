"""Jump lines of print editions: "See BORDER, Page 7" glued to the end of a paragraph.

A print story carried over to another page ends its first part with a jump line, and a page turned into
text often glues it to the paragraph it ends ("... loading permits. See BORDER, Page 7"). The jump is cut
from the line before the line is judged, so the paragraph stays whole and the jump is reported. A jump on
a line of its own, and the continuation header over the rest ("BORDER, from Page 6"), are shapes in
cruft.yaml.
"""

from __future__ import annotations

import re
from functools import lru_cache
from typing import TYPE_CHECKING

from pydantic import BaseModel, ConfigDict, field_validator

from parley.clean.linear import check_linear
from parley.records import Removed

if TYPE_CHECKING:
    from parley.clean.lines import Line

_TAIL_CHARS = 80
_TERMINAL = ".!?…\"'”’»)"


class JumpRules(BaseModel):
    """Schema of the ``jumps`` section of cruft.yaml."""

    model_config = ConfigDict(extra="forbid")
    # A jump line at the end of a paragraph (tried on its last characters, case-insensitively).
    tail: str

    @field_validator("tail")
    @classmethod
    def _linear(cls, value: str) -> str:
        return check_linear(value, anchor="$")


@lru_cache(maxsize=4)
def _tail(pattern: str) -> re.Pattern[str]:
    return re.compile(pattern, re.IGNORECASE)


def _kept_parts(parts: list[tuple[int, str]], keep: int) -> list[tuple[int, str]]:
    """The wrapped pieces of a re-joined paragraph that make up its first ``keep`` characters."""
    out: list[tuple[int, str]] = []
    pos = 0
    for start, piece in parts:
        if pos >= keep:
            break
        piece = piece[: keep - pos].rstrip()
        if piece:
            out.append((start, piece))
        pos += len(piece) + 1
    return out


def cut_jumps(lines: list[Line], source: str, rules: JumpRules) -> tuple[list[Line], list[Removed]]:
    """``lines`` with jump lines cut from the end of paragraphs, and what was cut."""
    from parley.clean.lines import Line  # a runtime import: lines imports this module's schema

    pattern = _tail(rules.tail)
    out: list[Line] = []
    removed: list[Removed] = []
    for line in lines:
        head_len = max(0, len(line.text) - _TAIL_CHARS)
        m = pattern.search(line.text[head_len:])
        kept = line.text[: head_len + m.start()].rstrip() if m else ""
        # Only after a sentence's end: "readers may see page 7" inside a sentence is story.
        if not m or not kept.endswith(tuple(_TERMINAL)):
            out.append(line)
            continue
        parts = _kept_parts(line.parts, len(kept)) if line.parts else []
        end = parts[-1][0] + len(parts[-1][1]) if parts else line.start + len(kept)
        cut_at = end + len(source[end : line.end]) - len(source[end : line.end].lstrip())
        removed.append(Removed(span=(cut_at, line.end), reason="jump", text=source[cut_at : line.end]))
        out.append(Line(kept, line.start, end, parts=parts if len(parts) > 1 else []))
    return out, removed
