"""HTML cleaning: trafilatura finds the article, the text rules clean what it kept, lxml reports the rest.

trafilatura is good at finding the article element but keeps what sits inside it (donation boxes,
newsletter prompts, captions), so its text goes through :func:`parley.clean.text.clean_text` as well.
The report of removed text covers the whole page: every visible text block not in the body.
"""

from __future__ import annotations

import re
from collections.abc import Iterable, Iterator
from html import escape, unescape
from typing import TYPE_CHECKING

from parley.clean import Cleaned
from parley.clean.blocks import mark_blocks
from parley.clean.cruft_rules import CompiledRules, compiled_rules
from parley.clean.html_boxes import story_boxes
from parley.clean.lines import Line, classify
from parley.clean.text import clean_text
from parley.clean.tops import is_byline
from parley.pubdate import DateLine, date_from_html, has_date_markup, parse_date_line
from parley.records import Removed

if TYPE_CHECKING:
    from lxml.html import HtmlElement

# Elements whose text is a visible block of the page; div and span only when they hold no elements.
_BLOCK_TAGS = frozenset({"p", "li", "h1", "h2", "h3", "h4", "h5", "h6", "figcaption", "td", "a", "button"})
_LEAF_TAGS = frozenset({"div", "span"})
_INLINE_TAGS = frozenset({"a", "span", "time", "em", "strong", "b", "i", "abbr", "small", "br"})
_MAX_TOKENS = 20
# The page itself: its body's classes describe the page ("has-sidebar h-cta ..."), never one box of it.
_PAGE_TAGS = frozenset({"html", "body", "main"})
# "Analysis: X", "Opinion | X": a section label in front of the headline in the page's metadata title.
_KICKER_SEPARATORS = (": ", " | ")
_KICKER_WORDS = 3
_INVISIBLE = frozenset({"script", "style", "noscript", "template", "head", "title", "meta", "link", "svg"})
# A table cell holding one of these is page layout (an e-mail newsletter), not a cell of data.
_LAYOUT_CHILDREN = frozenset(
    {"p", "h1", "h2", "h3", "h4", "h5", "h6", "table", "div", "ul", "ol", "blockquote"}
)
_TABLE_PARTS = ("table", "thead", "tbody", "tfoot", "tr", "td", "th")
# Bounded: a headline is a short run of text, and only the page's head region is searched.
_H1 = re.compile(r"<h1\b[^>]{0,300}>\s{0,50}([^<]{1,400}?)\s{0,50}</h1>", re.IGNORECASE)
_HEAD_CHARS = 400_000
_H1_MIN_WORDS = 4
_H1_SHARED = 2
_SHORT_WORD = 3


def _norm(text: str) -> str:
    return " ".join(text.split())


def _visible_blocks(html: str) -> Iterator[str]:
    """Visible text blocks of the page in document order, whitespace-normalised."""
    import lxml.html
    from lxml import etree

    try:
        root = lxml.html.document_fromstring(html)
    except (etree.ParserError, ValueError):
        return
    # Dropping hidden subtrees first keeps the walk linear (no ancestor look-ups per element).
    for el in [e for e in root.iter() if isinstance(e.tag, str) and e.tag in _INVISIBLE]:
        if el.getparent() is not None:
            el.drop_tree()
    for el in root.iter():
        tag = el.tag if isinstance(el.tag, str) else ""
        if tag not in _BLOCK_TAGS and not (tag in _LEAF_TAGS and len(el) == 0):
            continue
        text = _norm(el.text_content())
        if text:
            yield text


def _inline_blocks(html: str) -> Iterator[str]:
    """Texts of the page's divs and spans that hold inline text with links or times in it ("By Jo Roe | July
    30, 2025 | <a>0 comments</a>"): a stamp that :func:`_visible_blocks` reports only in its parts."""
    import lxml.html
    from lxml import etree

    try:
        root = lxml.html.document_fromstring(html)
    except (etree.ParserError, ValueError):
        return
    for el in root.iter(*_LEAF_TAGS):
        if (
            len(el)
            and (el.text or "").strip()
            and all(isinstance(ch.tag, str) and ch.tag in _INLINE_TAGS for ch in el)
        ):
            yield _norm(el.text_content())


def _locate(html: str, text: str, cursor: int) -> tuple[tuple[int, int] | None, int]:
    """Span of ``text`` in the raw HTML, searching forward only so the whole pass stays linear."""
    at = html.find(text, cursor)
    if at < 0:
        return None, cursor
    return (at, at + len(text)), at + len(text)


def _span_of(html: str, text: str) -> tuple[int, int] | None:
    """Where ``text`` first stands in the page, if it stands there verbatim."""
    at = html.find(text)
    return (at, at + len(text)) if at >= 0 else None


def _reason(line: Line, title: str | None, rules: CompiledRules) -> str | None:
    if title and line.text == _norm(title):
        return "title"
    if parse_date_line(line.text) is not None:
        return "date-line"
    if is_byline(line, rules):
        return "byline"
    return classify(line, rules)


def _names_cruft(token: str, names: frozenset[str], suffixes: tuple[str, ...]) -> bool:
    """A class token naming cruft: whole ("pullquote"), as a BEM element ("article__dek"), or as the
    last word of a compound ("story-caption"). Modifiers ("--has-caption") describe the block, not it."""
    base = token.split("--", 1)[0]
    element = base.rsplit("__", 1)[-1]
    return token in names or element in names or element.endswith(suffixes)


def _pruned(html: str, rules: CompiledRules) -> str:
    """The page without the elements its own markup names as cruft (captions, pull quotes, promos).

    Class and id tokens are compared whole ("standfirst", "pull-quote"), so "story-body" never matches.
    """
    import lxml.html
    from lxml import etree

    try:
        root = lxml.html.document_fromstring(html)
    except (etree.ParserError, ValueError):
        return html
    names = frozenset(rules.rules.html_cruft_classes)
    tags = frozenset(rules.rules.html_cruft_tags)
    suffixes = tuple(f"-{name}" for name in rules.rules.html_cruft_suffixes)
    unwrapped = _unwrap_layout_tables(root)
    doomed = []
    for el in root.iter():
        if not isinstance(el.tag, str) or el.tag in _PAGE_TAGS:
            continue
        tokens = f"{el.get('class', '')} {el.get('id', '')}".lower().split()
        if el.tag in tags or any(_names_cruft(t, names, suffixes) for t in tokens[:_MAX_TOKENS]):
            doomed.append(el)
    # Summary boxes and link roundups by their heading and make-up, whatever their class.
    doomed += story_boxes(root, frozenset(rules.rules.summary_headers))
    if not doomed and not unwrapped:
        return html
    for el in doomed:
        if el.getparent() is not None:
            el.drop_tree()
    return lxml.html.tostring(root, encoding="unicode")


def _own_parts(table: HtmlElement) -> list[HtmlElement]:
    """The rows and cells of ``table`` itself, not those of tables nested in its cells."""
    parts, stack = [table], list(table)
    while stack:
        el = stack.pop()
        if el.tag in _TABLE_PARTS and el.tag != "table":
            parts.append(el)
            stack.extend(el)
    return parts


def _unwrap_layout_tables(root: HtmlElement) -> bool:
    """Tables that lay out a page become plain blocks; said whether there were any.

    trafilatura writes a table as rows of "| cell |", so a newsletter laid out in tables would come
    out as one line per row: masthead, headline and story glued together. A cell holding paragraphs
    or headings is layout; data tables (cells of bare text) stay tables.
    """
    layout = []
    for table in root.iter("table"):
        cells = [el for el in _own_parts(table) if el.tag in ("td", "th")]
        if any(isinstance(kid.tag, str) and kid.tag in _LAYOUT_CHILDREN for cell in cells for kid in cell):
            layout.append(table)
    for table in layout:
        for el in _own_parts(table):
            el.tag = "div"
    return bool(layout)


def _without_kicker(title: str, html: str) -> str:
    """The metadata title less a section label ("Analysis: X") when the page heads the story with X alone,
    or shows the label and X apart (a kicker's span and the headline's span in the h1)."""
    for sep in _KICKER_SEPARATORS:
        head, found, rest = title.partition(sep)
        head, rest = head.strip(), rest.strip()
        if not (found and len(head.split()) <= _KICKER_WORDS and rest):
            continue
        if f">{rest}</h1>" in html or (_shown_alone(rest, html) and _shown_alone(head, html)):
            return rest
    return title


def _shown_alone(text: str, html: str) -> bool:
    """``text`` is the whole text of an element of the page."""
    return any(f">{form}</" in html for form in {text, escape(text, quote=False)})


def _named_in_head(raw_h1: str, html: str) -> bool:
    """The page's <title> opens with its h1, or its JSON-LD headline is the h1: the page repeats it."""
    head = html[:_HEAD_CHARS]
    text = re.escape(raw_h1.strip())
    return bool(re.search(rf"<title\b[^>]{{0,200}}>\s{{0,20}}{text}", head, re.IGNORECASE)) or bool(
        re.search(rf'"headline"\s{{0,5}}:\s{{0,5}}"{text}"', head)
    )


def _headline(title: str, html: str) -> str:
    """The page's one h1 over a social title: og:title is often a variant ("Coffee, not courts, may end X")
    or a shortened form of the headline that the page shows."""
    h1s = _H1.findall(html[:_HEAD_CHARS])
    if len(h1s) != 1:
        return title
    h1 = _norm(unescape(h1s[0]))
    # A logo in the h1 ("Lake Herald") is no headline: the h1 must speak of what the social title says,
    # or be what the page's <title> or JSON-LD headline repeats (a social title may be a rewrite).
    shared = {w for w in h1.lower().split() if len(w) > _SHORT_WORD} & set(title.lower().split())
    if h1 == _norm(title) or len(h1.split()) < _H1_MIN_WORDS:
        return title
    if len(shared) < _H1_SHARED and not _named_in_head(h1s[0], html):
        return title
    # The page shows its reader the h1; the social and metadata titles are often shortened for sharing.
    return h1


def _dek(html: str, rules: CompiledRules) -> str | None:
    """A paragraph between the page's one h1 and the byline under it: the standfirst, however it reads."""
    import lxml.html
    from lxml import etree

    try:
        root = lxml.html.document_fromstring(html)
    except (etree.ParserError, ValueError):
        return None
    h1s = list(root.iter("h1"))
    dek = h1s[0].getnext() if len(h1s) == 1 else None
    meta = dek.getnext() if dek is not None and dek.tag == "p" else None
    if meta is None or not isinstance(meta.tag, str):
        return None
    text = _norm(meta.text_content())
    line = Line(text, 0, len(text))
    if not (is_byline(line, rules) or parse_date_line(text) is not None):
        return None
    return _norm(dek.text_content())


def _stamps(texts: Iterable[str]) -> list[DateLine]:
    """The page's blocks that read as date lines, in order."""
    return [p for p in map(parse_date_line, texts) if p is not None and p.date]


def _stamp(stamps: list[DateLine], *, labelled: bool = False) -> str | None:
    """The date of the first date line; ``labelled``: the first that says it is the publication's ("Published
    Aug. 9, 2025"), not a bare date (a top bar's "Wednesday, July 9")."""
    return next((p.date for p in stamps if not labelled or (p.labelled and p.kind == "published")), None)


def clean_html(html: str) -> Cleaned:
    """Clean a whole web page into the story body, its metadata and a report of the rest."""
    import trafilatura

    rules = compiled_rules()
    doc = trafilatura.bare_extraction(
        _pruned(html, rules),
        with_metadata=True,
        include_comments=False,
        include_images=False,
        favor_precision=False,
    )
    extracted = ""
    title = site = url = author = None
    if doc is not None:
        get = doc.get if isinstance(doc, dict) else lambda key: getattr(doc, key, None)
        extracted = get("text") or ""
        title, site, url, author = get("title"), get("sitename"), get("url"), get("author")
    # trafilatura writes an HTML list item as "- item"; the page shows no such dash.
    inner = clean_text(extracted, list_marker="- ")
    body = inner.body
    lead, _, rest = body.partition("\n")
    # The headline inside the story's container, once or twice: it is the title, not the lead.
    while rest and title and _norm(lead) == _norm(title):
        inner.removed.append(Removed(span=_span_of(html, lead), reason="title", text=lead))
        body = rest
        lead, _, rest = body.partition("\n")
    dek = _dek(html, rules) if rest else None
    if dek and _norm(lead) == dek:
        body = rest
        inner.removed.append(Removed(span=_span_of(html, lead), reason="standfirst", text=lead))

    published = date_from_html(html)
    source: str | None = "metadata" if published else None
    # htmldate reads visible stamps too ('<span class="date">'), and with no date markup it takes the oldest
    # date it sees: a timeline's "March 13, 2025:" entry over the page's "Published Aug. 9, 2025" stamp. The
    # page's own date lines go first there; its guess is kept for when they say nothing.
    guessed = None
    if published and not has_date_markup(html):
        guessed, published, source = published, None, None
    if published is None and inner.published:
        published, source = inner.published, "text"

    removed: list[Removed] = []
    seen: set[str] = set()
    for piece in inner.removed:
        text = _norm(piece.text)
        seen.add(text)
        removed.append(Removed(span=_span_of(html, piece.text), reason=piece.reason, text=piece.text))

    flat_body = _norm(body)
    cursor = 0
    outside: list[tuple[Line, tuple[int, int] | None]] = []
    for text in _visible_blocks(html):
        if text in seen or text in flat_body:
            continue
        seen.add(text)
        span, cursor = _locate(html, text, cursor)
        line = Line(text, 0, len(text))
        line.reason = _reason(line, title, rules)
        outside.append((line, span))
    # The page's blocks in order read like lines: a "Related" header takes the links under it.
    mark_blocks([line for line, _ in outside], rules)
    dates = []
    for line, span in outside:
        reason = line.reason or "boilerplate"
        if reason == "date-line":
            dates.append(line.text)
        removed.append(Removed(span=span, reason=reason, text=line.text))
    if published is None:
        found = _stamps(dates)
        published = _stamp(found, labelled=True) or guessed or _stamp(found)
        published = published or _stamp(_stamps(_inline_blocks(html)))
        source = "text" if published else None

    return Cleaned(
        body=body,
        removed=removed,
        title=_headline(_without_kicker(title, html), html) if title else inner.title,
        byline=author or inner.byline,
        dateline=inner.dateline,
        published=published,
        published_source=source,
        site=site,
        url=url,
    )
