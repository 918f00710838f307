"""Jump lines of print editions, and notes of any page, glued to the end of a paragraph.

A print story carried over to another page ends its first part with a jump line, and a page turned into
text often glues it to the paragraph it ends ("... loading permits. See BORDER, Page 7"). The jump is cut
from the line before the line is judged, so the paragraph stays whole and the jump is reported. A jump on
a line of its own, and the continuation header over the rest ("BORDER, from Page 6"), are shapes in
cruft.yaml. A station's or portal's note (traffic, weather, markets) glued after a paragraph's last
sentence ("... in principle. Road report: Expect delays on ...") is cut the same way.
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
_NOTE_CHARS = 240
_TERMINAL = ".!?…\"'”’»)"


class JumpRules(BaseModel):
    """Schema of the ``jumps`` section of cruft.yaml."""

    model_config = ConfigDict(extra="forbid")
    # A jump line at the end of a paragraph (tried on its last characters, case-insensitively).
    tail: str
    # Notes glued after a paragraph's last sentence, by reason (tried case-sensitively on its last
    # characters: a note opens with a capitalised label).
    glued: dict[str, str] = {}

    @field_validator("tail")
    @classmethod
    def _linear(cls, value: str) -> str:
        return check_linear(value, anchor="$")

    @field_validator("glued")
    @classmethod
    def _linear_notes(cls, value: dict[str, str]) -> dict[str, str]:
        return {reason: check_linear(pattern, anchor="$") for reason, pattern in value.items()}


@lru_cache(maxsize=16)
def _tail(pattern: str, flags: int = re.IGNORECASE) -> re.Pattern[str]:
    return re.compile(pattern, flags)


def _glued(text: str, rules: JumpRules) -> tuple[int, str] | None:
    """Where a jump line or a note glued after the text's last sentence starts, and its reason."""
    tries = [(_tail(rules.tail), _TAIL_CHARS, "jump")]
    tries += [(_tail(pattern, 0), _NOTE_CHARS, reason) for reason, pattern in rules.glued.items()]
    for pattern, chars, reason in tries:
        head_len = max(0, len(text) - chars)
        m = pattern.search(text[head_len:])
        # Only after a sentence's end: "readers may see page 7" inside a sentence is story.
        if m and text[: head_len + m.start()].rstrip().endswith(tuple(_TERMINAL)):
            return head_len + m.start(), reason
    return None


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

    out: list[Line] = []
    removed: list[Removed] = []
    for line in lines:
        found = _glued(line.text, rules)
        if found is None:
            out.append(line)
            continue
        at, reason = found
        kept = line.text[:at].rstrip()
        parts = _kept_parts(line.parts, len(kept)) if line.parts else []
        end = parts[-1][0] + len(parts[-1][1]) if parts else line.start + len(kept)
        cut_at = end + len(source[end : line.end]) - len(source[end : line.end].lstrip())
        removed.append(Removed(span=(cut_at, line.end), reason=reason, text=source[cut_at : line.end]))
        out.append(Line(kept, line.start, end, parts=parts if len(parts) > 1 else []))
    return out, removed
