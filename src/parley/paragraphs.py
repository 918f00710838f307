"""The statistical model reads the body without its line breaks.

spaCy's tokenizer keeps a paragraph break ("\\n\\n") as a whitespace token, so that every offset indexes the
body. parley's model was trained on treebanks that have no such tokens, and it tags them as proper nouns and
hangs them into the parse as subjects and compounds ("\\n\\nGuyana and Venezuela agreed" loses its subject).
So the model's components run on a compact copy of the Doc with the whitespace tokens left out and each
paragraph opening a sentence; their annotations are then copied back onto the body's tokens, where a
whitespace token is tagged SPACE and hangs on the word before it.
"""

from __future__ import annotations

from collections.abc import Callable, Iterable

from spacy.language import Language
from spacy.tokens import Doc

Proc = Callable[[Doc], Doc]


def compact(doc: Doc) -> tuple[Doc, list[int]]:
    """``doc`` without its whitespace tokens, and for each compact token the index of its token in ``doc``."""
    index = [t.i for t in doc if not t.is_space]
    words = [doc[i].text for i in index]
    spaces = [bool(doc[i].whitespace_) or (i + 1 < len(doc) and doc[i + 1].is_space) for i in index]
    out = Doc(doc.vocab, words=words, spaces=spaces)
    for k, i in enumerate(index):
        # a blank line opens a sentence; a single line break may be a hard wrap inside one
        if k and sum(doc[j].text.count("\n") for j in range(index[k - 1] + 1, i)) >= 2:
            out[k].is_sent_start = True
    return out, index


def _ents(doc: Doc, small: Doc, index: list[int]) -> list[str]:
    iob = ["O"] * len(doc)
    for ent in small.ents:
        start, end = index[ent.start], index[ent.end - 1] + 1
        gap = next((j for j in range(start, end) if doc[j].is_space), end)  # never across a paragraph
        for j in range(start, gap):
            iob[j] = ("B-" if j == start else "I-") + ent.label_
    return iob


def expand(doc: Doc, small: Doc, index: list[int]) -> Doc:
    """A Doc of ``doc``'s tokens carrying the annotations ``small`` (its compact copy) received."""
    where = dict(zip(index, range(len(index)), strict=True))
    n = len(doc)
    tags, pos, morphs, lemmas, heads, deps = [""] * n, [""] * n, [""] * n, [""] * n, list(range(n)), [""] * n
    last = -1  # the last word before a whitespace token, which it hangs on
    for i, tok in enumerate(doc):
        k = where.get(i)
        if k is None:
            tags[i], pos[i], lemmas[i] = "_SP", "SPACE", tok.text
            heads[i], deps[i] = (last, "dep") if last >= 0 else (i, "ROOT")
            continue
        t = small[k]
        tags[i], pos[i], morphs[i], lemmas[i] = t.tag_, t.pos_, str(t.morph), t.lemma_
        heads[i], deps[i] = index[t.head.i], t.dep_
        last = i
    parsed = small.has_annotation("DEP")
    out = Doc(
        doc.vocab,
        words=[t.text for t in doc],
        spaces=[bool(t.whitespace_) for t in doc],
        user_data=doc.user_data,
        tags=tags if small.has_annotation("TAG") else None,
        pos=pos if small.has_annotation("POS") else None,
        morphs=morphs if small.has_annotation("MORPH") else None,
        lemmas=lemmas if small.has_annotation("LEMMA") else None,
        heads=heads if parsed else None,
        deps=deps if parsed else None,
        ents=_ents(doc, small, index) if small.has_annotation("ENT_IOB") else None,
    )
    return out


def run_model(doc: Doc, procs: Iterable[Proc]) -> Doc:
    """Run the model's components on ``doc`` read without its whitespace tokens."""
    procs = list(procs)
    if not procs:
        return doc
    small, index = compact(doc)
    for proc in procs:
        small = proc(small)
    return expand(doc, small, index)


@Language.factory("parley_model", default_config={"components": []})
def make_model_runner(nlp: Language, name: str, components: list[str]) -> Proc:
    """Runs the pipeline's own statistical ``components`` (disabled in the pipeline) on the compact Doc."""

    def model_runner(doc: Doc) -> Doc:
        return run_model(doc, (nlp.get_pipe(n) for n in components))

    return model_runner
