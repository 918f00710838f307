"""``parley.extract``: one raw article (text or HTML) in, one sourced Record out."""

from __future__ import annotations

import re
from datetime import date

from parley.clean import Cleaned, clean
from parley.errors import InputError
from parley.export import to_record
from parley.lang import is_english
from parley.nlp import load_pipeline, run_pipeline
from parley.outlet import outlet_country
from parley.read import Document, looks_like_html
from parley.records import Record

_ISO = re.compile(r"^\d{4}-\d{2}-\d{2}$")


def check_date(value: str, what: str = "--published") -> str:
    """Validate a YYYY-MM-DD date given by the user."""
    if not _ISO.match(value):
        raise InputError(f"{what} {value!r} is not a date", "write it as YYYY-MM-DD, e.g. 2025-05-29")
    try:
        date.fromisoformat(value)
    except ValueError as err:
        raise InputError(f"{what} {value!r} is not a real date ({err})", "check the day and month") from err
    return value


def _prepare(doc: Document, do_clean: bool, published: str | None) -> Cleaned:
    if not do_clean:
        return Cleaned(body=doc.text, segments=[(0, 0, len(doc.text))])
    year = int(published[:4]) if published else None
    return clean(doc.text, is_html=doc.is_html, year=year)


def extract_document(
    doc: Document, published: str | None = None, *, do_clean: bool = True, model: str | None = None
) -> Record:
    """Run the whole pipeline over a decoded document."""
    if published is not None:
        check_date(published)
    cleaned = _prepare(doc, do_clean, published)
    if not cleaned.body.strip():
        raise InputError(
            f"{doc.source}: no article text found (everything looked like page furniture)",
            "check that the file holds a news story, or use --no-clean to take the text as it is",
        )
    if not is_english(cleaned.body):
        raise InputError(
            f"{doc.source}: the text does not look like English",
            "parley reads English news only; translate the article first",
        )
    if published is not None:
        source = "argument"
    else:
        published, source = cleaned.published, cleaned.published_source if cleaned.published else None
    nlp = load_pipeline(model)
    outlet = outlet_country(cleaned.site, cleaned.url)
    spacy_doc = run_pipeline(nlp, cleaned.body, published, cleaned.dateline, outlet)
    inferred = spacy_doc.user_data.get("parley_published_inferred")
    if published is None and inferred:
        published, source = inferred, "inferred"  # set by the dates stage from the text's own dates
    return to_record(spacy_doc, cleaned, published, source)


def extract(
    text_or_html: str,
    published: str | None = None,
    *,
    clean: bool = True,
    model: str | None = None,
    source: str = "<string>",
) -> Record:
    """Extract a sourced record from one article given as a string (plain text or HTML, detected).

    >>> record = extract("MOSCOW — The Kremlin said on Thursday ...", published="2025-05-29")
    """
    is_html = looks_like_html(text_or_html[:4096].encode("utf-8", errors="replace"))
    doc = Document(text=text_or_html, is_html=is_html, encoding="utf-8", source=source)
    return extract_document(doc, published, do_clean=clean, model=model)
