"""The parser and the entity recognizer run over an article's paragraphs as one batch.

Why: spaCy's transition-based components take one step per token and score every state of the batch in
one matrix product, so one long Doc is a batch of one (about 2,500 steps of a 1 x 128 product for a
1,000-word article), while its 30 paragraphs as separate Docs share each step: parser and recognizer
~50 -> ~35 ms on the benchmark article.

The aim is the whole Doc's analysis, faster. The tok2vec, tagger and morphologizer run on the whole Doc
(the paragraph Docs copy its tensor, which the listeners read at prediction). Each paragraph Doc holds
the line breaks on both sides of its paragraph, so that at its edges the parser sees the tokens it sees in
the whole Doc; a break takes the analysis of the paragraph after it, where the whole Doc's parser hangs
it (measured on a third of the dev articles: 99.6% of heads and labels and all but 1 of 3,318 entities
as in the whole Doc; sentences running over a break 116 -> 46). Paragraphs cut bare, without the breaks,
changed more (98.9%) and cost the seed article a speaker.
"""

from __future__ import annotations

from collections.abc import Callable, Sequence

import numpy as np
from spacy.attrs import DEP, HEAD
from spacy.tokens import Doc, Span

from parley import greedy

BATCHED = frozenset({"parser", "ner"})


def paragraphs(doc: Doc) -> list[tuple[int, int]]:
    """Token ranges [start, end) of the paragraphs: the runs between whitespace tokens holding a line
    break (a paragraph may hold other whitespace tokens, such as a double space)."""
    out: list[tuple[int, int]] = []
    start = 0
    for tok in doc:
        if tok.is_space and "\n" in tok.text:
            if tok.i > start:
                out.append((start, tok.i))
            start = tok.i + 1
    if start < len(doc):
        out.append((start, len(doc)))
    return out


def windows(doc: Doc, ranges: Sequence[tuple[int, int]]) -> list[tuple[int, int]]:
    """Each paragraph with the line breaks on both sides of it: [previous paragraph's end, next one's
    start). A paragraph cut bare changed the parse of its edges (a closing quotation mark after the
    full stop became a sentence of its own)."""
    ends = [0] + [end for _, end in ranges[:-1]]
    starts = [start for start, _ in ranges[1:]] + [len(doc)]
    return list(zip(ends, starts, strict=True))


def _write_back(
    doc: Doc,
    ranges: Sequence[tuple[int, int]],
    spans: Sequence[tuple[int, int]],
    parts: Sequence[Doc],
    parsed: bool,
    named: bool,
) -> None:
    if parsed:
        heads = np.zeros(len(doc), dtype="int64")  # the whole Doc's index of each token's head
        deps = np.zeros(len(doc), dtype="uint64")
        # a break between two paragraphs is analysed by both: the one after it has it (its heads may
        # point at the break after it, which the next paragraph's Doc analyses: a forward chain, no cycle)
        for k, ((a, b), part) in enumerate(zip(spans, parts, strict=True)):
            stop = b if k == len(parts) - 1 else ranges[k][1]
            arr = part.to_array([HEAD, DEP])
            heads[a:stop] = np.arange(a, stop) + arr[: stop - a, 0].astype("int64")  # offsets, as uint64
            deps[a:stop] = arr[: stop - a, 1]
        rel = (heads - np.arange(len(doc))).astype("uint64")  # spaCy stores heads as offsets
        doc.from_array([HEAD, DEP], np.stack([rel, deps], axis=1))
    if not named:
        return
    ents: list[Span] = []
    for (start, end), (a, _), part in zip(ranges, spans, parts, strict=True):
        ents.extend(
            Span(doc, a + e.start, a + e.end, label=e.label)
            for e in part.ents
            if start <= a + e.start and a + e.end <= end
        )
    doc.set_ents(ents, default="outside")


def run_by_paragraph(doc: Doc, pipes: Sequence[tuple[str, Callable[[Doc], Doc]]]) -> Doc:
    """Run ``pipes`` (the parser and/or the entity recognizer, in order) over the paragraphs of ``doc``
    as one batch and write their analyses back; a Doc of one paragraph goes through them whole."""
    ranges = paragraphs(doc)
    if len(ranges) < 2:
        for _, proc in pipes:
            doc = greedy.annotate(proc, [doc])[0] if greedy.steppable(proc) else proc(doc)
        return doc
    spans = windows(doc, ranges)
    # Bare Docs with the tensor's rows: the components read nothing else (Span.as_doc copies every
    # attribute and cost as much as the batching saved).
    words = [tok.text for tok in doc]
    spaces = [bool(tok.whitespace_) for tok in doc]
    parts = []
    for a, b in spans:
        part = Doc(doc.vocab, words=words[a:b], spaces=spaces[a:b])
        part.tensor = doc.tensor[a:b]
        parts.append(part)
    for _, proc in pipes:
        if greedy.steppable(proc):
            parts = greedy.annotate(proc, parts)
        else:
            parts = list(proc.pipe(parts, batch_size=len(parts)))  # type: ignore[attr-defined]
    names = {name for name, _ in pipes}
    _write_back(doc, ranges, spans, parts, parsed="parser" in names, named="ner" in names)
    return doc
