"""Plain-text cleaning: keep every sentence of the story, drop the rest wherever it sits.

Each line gets a verdict from the rules in ``cruft.yaml`` (see :mod:`parley.clean.lines`); then block
logic looks at lines in context (:mod:`parley.clean.blocks`): an appeal header takes the appeal under
it, a "Related" header takes the headline list under it, a pull quote repeats the story, and what does
not read as a sentence inside the story is a subhead or a caption. The lines above the story give the
title, standfirst, byline and date (:mod:`parley.clean.tops`), and a dateline is cut from the first
paragraph (:mod:`parley.clean.datelines`). Everything dropped is reported with its span into the input.
"""

from __future__ import annotations

import itertools
import re

from parley.clean import Cleaned
from parley.clean.appeals import standing_appeal
from parley.clean.blocks import (
    mark_blocks,
    mark_closing_bio,
    mark_embeds,
    mark_pull_quotes,
    mark_runs,
)
from parley.clean.boxes import mark_boxes, mark_form_blurbs
from parley.clean.captions import mark_credited_captions, mark_glued_credits, skip_top_caption
from parley.clean.comments import mark_comments
from parley.clean.credits import is_credit
from parley.clean.crossheads import mark_named_blurbs
from parley.clean.cruft_rules import CompiledRules, compiled_rules
from parley.clean.datelines import dateline
from parley.clean.edges import mark_promos, mark_tail, mark_writer_cards
from parley.clean.head_dates import head_date
from parley.clean.headlines import (
    site_name,
)
from parley.clean.interviews import mark_interview
from parley.clean.jumps import cut_jumps
from parley.clean.line_model import mark_by_model
from parley.clean.lines import SENTENCE_END, Line, classify, mark_other_language, split_lines
from parley.clean.lists import item_text, mark_lists, mark_sure_story
from parley.clean.markdown import is_markdown, remap, unmark
from parley.clean.name_cards import cut_name_cards
from parley.clean.repeats import echoes_title, mark_other_leads, mark_repeated, mark_summary
from parley.clean.standfirsts import skip_standfirsts
from parley.clean.taken_heads import page_stamps
from parley.clean.teasers import mark_cut_teasers, mark_stamped_teasers
from parley.clean.tops import (
    is_anchor,
    is_byline,
    mark_top,
    skip_asked_head,
    skip_notices,
    topic,
)
from parley.clean.url_dates import url_date
from parley.clean.wrapping import glue, join_drop_caps, join_source_breaks, merge_wrapped
from parley.pubdate import DateLine, dateline_date, parse_date_line, pick_published, weekday_in
from parley.pubdate_rules import compiled_pubdate
from parley.records import Removed

# The first story paragraphs whose words tell the headline from the lines above it.
_LEAD_ANCHORS = 3
# A writer's name on a line of its own: two or three capitalised words ("Jo Roe", "Mary-Jo van Roe").
_NAME_WORD = r"[A-Z][^\W\d_'’-]{0,20}(?:[-'’][A-Z][^\W\d_]{1,20})?"
_BIO_NAME_WORDS = 2
_CLOCK = re.compile(r"\d[:.]\d\d")
_MARKER_CHARS = 60  # "---------- Forwarded message ---------"
_CARD_NAME = re.compile(rf"{_NAME_WORD}(?:\s(?:[a-z]{{2,3}}\s)?{_NAME_WORD}){{1,2}}")


def clean_text(text: str, *, year: int | None = None, list_marker: str | None = None) -> Cleaned:
    """Clean scraped plain text into the story body and a report of what was dropped.

    ``year``, when known, dates a dateline that gives only month and day. ``list_marker`` is a bullet
    that the extractor wrote, not the page ("- " for an HTML list item): it is cut from story list items.
    Markdown (a reader service's copy of a page) is read without its markup, which is reported as removed.
    """
    if list_marker is None and is_markdown(text):
        md = unmark(text)
        return remap(_clean_lines(md.plain, year, list_marker), md, text)
    return _clean_lines(text, year, list_marker)


def _mark_author_cards(lines: list[Line], rules: CompiledRules) -> str | None:
    """A writer's name alone over a role label ("Jo Roe" / "Senior Diplomatic Correspondent"): a byline
    without "By", set on two lines; the story starts under it. Returns the first such name."""
    first: str | None = None
    for above, line in itertools.pairwise(lines):
        if line.reason is not None or above.reason is not None or rules.bio_label.match(line.text) is None:
            continue
        if _CARD_NAME.fullmatch(above.text) is None:
            continue
        above.reason = line.reason = "byline"
        first = first or above.text
    return first


def _mark_split_bylines(lines: list[Line], rules: CompiledRules) -> str | None:
    """A byline set on two lines: the byline word alone ("By") over the writer's names ("Jo Roe | Lake Post").
    Returns the first such byline, joined."""
    first: str | None = None
    words = {prefix.strip() for prefix in rules.rules.byline_prefixes}
    for above, line in itertools.pairwise(lines):
        if above.norm not in words or line.reason in ("date-line", "byline"):
            continue
        joined = f"{above.text.strip()} {line.text.strip()}"
        if not is_byline(Line(joined, above.start, line.end), rules) or is_credit(line, rules):
            continue
        above.reason = line.reason = "byline"
        first = first or joined
    return first


def _mark_writer_bios(lines: list[Line], byline: str | None, rules: CompiledRules) -> None:
    """The writer's bio wherever the page sets it, under the byline too ("Jo Roe is a senior correspondent
    covering ..." under "By Jo Roe"): a note about the writer that the byline names, no story line."""
    if not byline:
        return
    names = byline.lower()
    for line in lines:
        if line.reason is not None or line.has_quote or len(line.text) > rules.rules.shape_max_chars:
            continue
        opening = SENTENCE_END.split(line.text, maxsplit=1)[0]
        if rules.bio.match(opening) is None or rules.reporting.search(opening.lower()) is not None:
            continue
        subject = list(itertools.takewhile(lambda w: w[:1].isupper(), opening.split()))
        if len(subject) >= _BIO_NAME_WORDS and " ".join(subject).lower() in names:
            line.reason = "author-bio"


def _story_stamps(lines: list[Line], stamps: dict[int, DateLine]) -> list[int]:
    """The stamp lines that may date the story, in order: a bare date above the headline (no label, no
    clock: a masthead's "Wed, Nov 20, 2025", the day the page was fetched) gives way to a stamp under it."""
    head = next((i for i, line in enumerate(lines) if line.reason == "title"), None)
    listed = _list_start(lines)
    story = next((i for i, line in enumerate(lines) if line.reason is None and line.prose()), None)
    forwarded = _forwarded(lines, head if head is not None else story or 0)
    order = [
        i for i in sorted(stamps) if i > forwarded and not (i > listed and _masthead(lines[i], stamps[i]))
    ]
    if head is None:
        return order
    # Only a stamp of the head block counts: a related story's date further down ("Read more" / "Sep 2,
    # 2025" / <its headline>) stands under the story's first paragraph.
    end = len(lines) if story is None else story
    below = [stamps[i] for i in order if head < i < max(end, head + 1) and stamps[i].date]
    if not below:
        return order
    # Under a published stamp of its own, the story is not dated by an unlabelled stamp above its headline
    # either, clock or not: an archive's capture time ("TIMESTAMPS" / "09 Apr 2025 07:15:22 UTC").
    published = any(stamp.kind == "published" for stamp in below)
    return [
        i
        for i in order
        if not (i < head and (_masthead(lines[i], stamps[i]) or (published and not stamps[i].labelled)))
    ]


def _forwarded(lines: list[Line], end: int) -> int:
    """The last forwarded-email marker above ``end`` (the headline, else the story's first line), else -1: a
    marker further down (a reply quoted under the story) says nothing of the story's date."""
    markers = compiled_pubdate().rules.forward_markers
    return max(
        (
            i
            for i in range(end)
            if len(lines[i].text) < _MARKER_CHARS and lines[i].lower.strip("-:> ") in markers
        ),
        default=-1,
    )


def _list_start(lines: list[Line]) -> int:
    """Where the list of other stories under the story begins: its head ("More articles by Jo Roe"), the first
    related-links line after the story's last line. A bare date past it ("Jun 2, 2025" under a teaser's
    headline) dates a teaser, not the story; found once for the page, so many stamps cost one pass."""
    last = max(
        (i for i, line in enumerate(lines) if line.reason is None and line.prose()), default=len(lines)
    )
    return next((i for i in range(last + 1, len(lines)) if lines[i].reason == "related-links"), len(lines))


def _masthead(line: Line, stamp: DateLine) -> bool:
    return stamp.date is not None and not stamp.labelled and _CLOCK.search(line.text) is None


def _clean_lines(text: str, year: int | None, list_marker: str | None) -> Cleaned:
    rules = compiled_rules()

    def opens(line: Line) -> bool:  # a dateline's lead under a headline as long as the column
        return dateline(line, rules, stop=False) is not None

    lines = join_source_breaks(join_drop_caps(split_lines(text), text), text)
    wrapped = merge_wrapped(lines, text, opens=opens)
    lines, removed = cut_jumps(wrapped, text, rules.rules.jumps)
    lines, cut = cut_name_cards(lines, rules.rules.name_cards)
    removed += cut
    stamps: dict[int, DateLine] = {}
    byline: str | None = None
    for idx, line in enumerate(lines):
        parsed = parse_date_line(line.text) if len(line.text) <= 160 else None
        if parsed is not None:
            line.reason = "date-line"
            stamps[idx] = parsed
            byline = byline or parsed.byline
            continue
        if is_byline(line, rules) and not is_credit(line, rules):
            line.reason = "byline"
            byline = byline or line.text
            continue
        line.reason = classify(line, rules) or ("donation-appeal" if standing_appeal(line, rules) else None)
    card = _mark_author_cards(lines, rules)
    split = _mark_split_bylines(lines, rules)
    byline = byline or card or split
    _mark_writer_bios(lines, byline, rules)

    mark_lists(lines, rules, text)
    mark_interview(lines, rules.rules.colon_labels)
    mark_blocks(lines, rules)
    mark_form_blurbs(lines, rules)
    mark_comments(lines, rules.rules.comments)
    mark_embeds(lines, rules)
    mark_pull_quotes(lines)
    mark_promos(lines, rules)
    anchors = [i for i, line in enumerate(lines) if is_anchor(line, rules)]
    heading = page_stamps(stamps)
    anchors = skip_notices(lines, anchors, heading, rules)
    anchors = skip_asked_head(lines, skip_standfirsts(lines, anchors, heading, rules), rules)
    anchors = skip_top_caption(lines, anchors, rules)
    if anchors:
        mark_boxes(lines, text, anchors[0])
        anchors = [i for i in anchors if lines[i].reason is None]
    title: str | None = None
    if anchors:
        first, last = anchors[0], anchors[-1]
        lead = topic(" ".join(lines[i].text[:2000] for i in anchors[:_LEAD_ANCHORS]), rules)
        title = mark_top(lines, first, lead, heading, rules)
        if len(anchors) > 1 and echoes_title(lines[first], title):
            lines[first].reason = "repeated"
            first = anchors[1]
        mark_credited_captions(lines, first, rules)
        mark_glued_credits(lines, first, text, rules)
        mark_runs(lines, first, last, rules)
        mark_sure_story(lines, first, rules)
    else:
        first = 0
    mark_cut_teasers(lines)
    mark_stamped_teasers(lines)
    site = site_name(lines, first, title)
    mark_tail(lines, rules, site)
    mark_named_blurbs(lines, rules)
    mark_writer_cards(lines, rules)
    mark_closing_bio(lines, rules)
    mark_other_leads(lines, first, title, rules)
    mark_repeated(lines)
    mark_summary(lines, first)
    mark_other_language(lines, rules)
    mark_by_model(lines, rules)

    body_parts: list[str] = []
    segments: list[tuple[int, int, int]] = []
    dateline_text: str | None = None
    offset = 0
    for idx, line in enumerate(lines):
        if line.reason is not None:
            removed.append(
                Removed(span=(line.start, line.end), reason=line.reason, text=text[line.start : line.end])
            )
            continue
        pieces = list(line.parts) or [(line.start, line.text)]
        if list_marker and line.in_list and line.text.startswith(list_marker) and item_text(line, rules):
            start, first_text = pieces[0]
            cut = len(list_marker)
            pieces[0] = (start + cut, first_text[cut:])
        if dateline_text is None and idx >= first:
            found = dateline(line, rules)
            if found is not None and found[1] < len(pieces[0][1]):
                dateline_text, cut = found
                start, first_text = pieces[0]
                removed.append(Removed(span=(start, start + cut), reason="dateline", text=first_text[:cut]))
                pieces[0] = (start + cut, first_text[cut:])
            else:
                dateline_text = ""  # only the first paragraph may open with a dateline
        if body_parts:
            offset += 1
        # A re-joined paragraph is one body line; its wrapped pieces are joined by single spaces (a drop cap
        # to its word by none).
        seps = glue([piece for _, piece in pieces])
        for sep, (start, piece) in zip(seps, pieces, strict=True):
            offset += len(sep)
            segments.append((offset, start, len(piece)))
            offset += len(piece)
        body_parts.append("".join(sep + piece for sep, (_, piece) in zip(seps, pieces, strict=True)))

    # A reader's comment is dated too; its date is not the article's.
    # A numeric stamp that reads either way ("06/11/2025") is settled by the dateline ("Brenn, June 11").
    published = pick_published(
        [stamps[i] for i in _story_stamps(lines, stamps) if lines[i].reason != "comments"],
        dateline_text or None,
    )
    if published is None and dateline_text:
        lead = body_parts[0] if body_parts else ""
        published = dateline_date(dateline_text, year, weekday=weekday_in(lead))
    if published is None and (found := head_date(lines, first)) is not None:
        # No stamp read whole: a full date in a short line just above the story.
        stamp = DateLine(found[0], "published", month_first=found[1])
        published = pick_published([stamp], dateline_text or None)
    if published is None:
        published = url_date(lines, first, title)
    removed.sort(key=lambda r: r.span[0] if r.span else -1)
    return Cleaned(
        body="\n".join(body_parts),
        removed=removed,
        title=title,
        site=site,
        byline=byline,
        dateline=dateline_text or None,
        published=published,
        published_source="text" if published else None,
        segments=segments,
    )
