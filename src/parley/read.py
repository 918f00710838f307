"""Reading a document: bytes -> decoded text, with its format, refusing what cannot be an article.

Everything a user can get wrong here raises InputError with the problem and the fix.
"""

from __future__ import annotations

import re
import sys
from dataclasses import dataclass
from pathlib import Path

from charset_normalizer import from_bytes

from parley.errors import InputError

DEFAULT_MAX_BYTES = 5 * 1024 * 1024

# An HTML page announces itself in its first bytes; a news text that merely mentions "<p>" does not.
_HTML_START = re.compile(
    rb"^\s*(?:<!doctype\s+html|<html|<head|<body|<meta|<!--|<div|<article|<p[\s>])", re.I
)
_HTML_TAGS = re.compile(
    rb"</?(?:p|div|span|a|br|article|section|h[1-6]|li|ul|script|head|body|title)\b", re.I
)


@dataclass(frozen=True)
class Document:
    """A decoded input document."""

    text: str
    is_html: bool
    encoding: str
    source: str  # a path, "-" for stdin, or "<string>"


def looks_like_html(head: bytes) -> bool:
    """True when the document is an HTML page rather than text that contains a tag or two."""
    if _HTML_START.match(head):
        return True
    return len(_HTML_TAGS.findall(head[:20000])) >= 10


def _is_binary(data: bytes) -> bool:
    sample = data[:8192]
    if b"\x00" in sample and not (sample.startswith((b"\xff\xfe", b"\xfe\xff"))):
        return True
    # Control bytes other than whitespace are rare in any text encoding.
    controls = sum(1 for b in sample if b < 32 and b not in (9, 10, 12, 13, 27))
    return controls > max(8, len(sample) // 100)


def decode(data: bytes, source: str = "<bytes>") -> tuple[str, str]:
    """Decode bytes to text, detecting the encoding. Returns (text, encoding name)."""
    if data.startswith(b"\xef\xbb\xbf"):
        return data[3:].decode("utf-8", errors="replace"), "utf-8-sig"
    try:
        return data.decode("utf-8"), "utf-8"
    except UnicodeDecodeError:
        pass
    sample = data[:200_000]
    if sum(b > 127 for b in sample) < len(sample) * 0.05:
        # Mostly ASCII with a few high bytes: English text in Windows-1252, what English-language sites and
        # scrapers emit. Detectors guess among single-byte code pages here (cp775 or cp1250 for a "\x93"
        # quote), which garbles every accented name; a text in another script has far more high bytes.
        try:
            return data.decode("cp1252"), "cp1252"
        except UnicodeDecodeError:
            pass
    best = from_bytes(sample).best()
    if best is None:
        raise InputError(
            f"{source}: cannot tell which text encoding this file uses",
            "convert it to UTF-8 (e.g. iconv -f LATIN1 -t UTF-8) and try again",
        )
    encoding = best.encoding
    # Windows-1252 is a superset of Latin-1 for printable text and is what scrapers meet in practice.
    if encoding in {"latin_1", "iso8859_1", "iso8859_15"}:
        encoding = "cp1252"
    return data.decode(encoding, errors="replace"), encoding


def read_bytes(data: bytes, source: str = "<bytes>", max_bytes: int = DEFAULT_MAX_BYTES) -> Document:
    """Check and decode one document's bytes."""
    if len(data) > max_bytes:
        raise InputError(
            f"{source}: file is {len(data):,} bytes, over the limit of {max_bytes:,}",
            "split it, or raise the limit with --max-bytes",
        )
    if not data.strip():
        raise InputError(f"{source}: file is empty", "give a file that holds an article's text or HTML")
    if _is_binary(data):
        raise InputError(
            f"{source}: this is a binary file, not text or HTML",
            "give a .txt or .html file (for PDFs or Word files, convert them to text first)",
        )
    text, encoding = decode(data, source)
    return Document(text=text, is_html=looks_like_html(data[:4096]), encoding=encoding, source=source)


def read(path: str | Path, max_bytes: int = DEFAULT_MAX_BYTES) -> Document:
    """Read a file (or "-" for standard input) as a document."""
    if str(path) == "-":
        return read_bytes(sys.stdin.buffer.read(max_bytes + 1), "<stdin>", max_bytes)
    p = Path(path)
    if not p.exists():
        raise InputError(f"{p}: no such file", "check the path (use - to read standard input)")
    if p.is_dir():
        raise InputError(
            f"{p}: is a folder, not a file", "give one article file; use `parley ingest` for folders"
        )
    size = p.stat().st_size
    if size > max_bytes:
        raise InputError(
            f"{p}: file is {size:,} bytes, over the limit of {max_bytes:,}",
            "split it, or raise the limit with --max-bytes",
        )
    try:
        data = p.read_bytes()
    except OSError as err:
        raise InputError(f"{p}: cannot be read ({err.strerror})", "check its permissions") from err
    return read_bytes(data, str(p), max_bytes)
