"""Convert the UD English corpora (+ UNER NER labels) to spaCy DocBin files.

Usage:
    python train/convert.py --corpora ../shared/corpora --out train/corpus

Writes (git-ignored) ``train/corpus/{train,dev,test}/*.spacy``:

* ``ewt-<split>.spacy``: UD English-EWT syntax (words, spaces, XPOS, UPOS,
  morph, lemma, heads, deps, sentence starts) with UNER PER/ORG/LOC labels
  merged in for every sentence that aligns (by ``sent_id`` and identical
  token sequence). Sentences that do not align keep the NER *missing*.
* ``gum-<split>.spacy``: UD English-GUM (open genres), syntax only; the NER
  annotation is left missing, so the entity recogniser is not trained on
  false negatives from GUM.

Multiword-token range rows (``3-4``) and empty nodes (``3.1``) are skipped:
only the syntactic word rows are used.
"""

from __future__ import annotations

import argparse
import sys
from collections.abc import Iterable, Iterator
from dataclasses import dataclass, field
from pathlib import Path

import spacy
from spacy.tokens import Doc, DocBin
from spacy.vocab import Vocab

SENTS_PER_DOC = 10
UNER_LABELS = frozenset({"PER", "ORG", "LOC"})
SPLITS = ("train", "dev", "test")


@dataclass
class Sentence:
    """One CoNLL-U sentence: its metadata and its word rows."""

    sent_id: str
    newdoc: str | None
    rows: list[list[str]] = field(default_factory=list)

    @property
    def words(self) -> list[str]:
        return [row[1] for row in self.rows]


def _is_word_row(cols: list[str]) -> bool:
    return len(cols) == 10 and cols[0].isdigit()


def _comment_value(line: str, key: str) -> str | None:
    prefix = f"# {key} = "
    return line[len(prefix) :].strip() if line.startswith(prefix) else None


def read_conllu(path: Path) -> Iterator[Sentence]:
    """Yield the sentences of a CoNLL-U file (word rows only)."""
    sent_id, newdoc, rows = "", None, []
    with path.open(encoding="utf8") as handle:
        for raw in handle:
            line = raw.rstrip("\n")
            if not line:
                if rows:
                    yield Sentence(sent_id, newdoc, rows)
                sent_id, newdoc, rows = "", None, []
            elif line.startswith("#"):
                newdoc = _comment_value(line, "newdoc id") or newdoc
                sent_id = _comment_value(line, "sent_id") or sent_id
            else:
                cols = line.split("\t")
                if _is_word_row(cols):
                    rows.append(cols)
    if rows:
        yield Sentence(sent_id, newdoc, rows)


def read_iob2(path: Path) -> dict[str, tuple[list[str], list[str]]]:
    """Read a UNER ``.iob2`` file: sent_id -> (words, normalised IOB tags)."""
    result: dict[str, tuple[list[str], list[str]]] = {}
    sent_id, words, tags = "", [], []
    with path.open(encoding="utf8") as handle:
        for raw in handle:
            line = raw.rstrip("\n")
            if not line:
                if words:
                    result[sent_id] = (words, tags)
                sent_id, words, tags = "", [], []
            elif line.startswith("#"):
                sent_id = _comment_value(line, "sent_id") or sent_id
            else:
                cols = line.split("\t")
                words.append(cols[1])
                tags.append(normalise_tag(cols[2]))
    if words:
        result[sent_id] = (words, tags)
    return result


def normalise_tag(tag: str) -> str:
    """Keep B-/I- PER, ORG, LOC; map OTH, stray B-O and anything else to O."""
    prefix, _, label = tag.partition("-")
    if prefix in {"B", "I"} and label in UNER_LABELS:
        return tag
    return "O"


def group_sentences(sents: Iterable[Sentence], size: int) -> Iterator[list[Sentence]]:
    """Group consecutive sentences of one document into chunks of ``size``."""
    chunk: list[Sentence] = []
    for sent in sents:
        if chunk and (sent.newdoc is not None or len(chunk) >= size):
            yield chunk
            chunk = []
        chunk.append(sent)
    if chunk:
        yield chunk


def _space_after(misc: str) -> bool:
    return "SpaceAfter=No" not in misc.split("|")


def _dep(deprel: str) -> str:
    return "ROOT" if deprel == "root" else deprel


def sentence_ner(sent: Sentence, ner: dict[str, tuple[list[str], list[str]]] | None) -> list[str | None]:
    """IOB tags for a sentence, or ``None`` per token when NER is missing."""
    if ner is not None and sent.sent_id in ner:
        words, tags = ner[sent.sent_id]
        if words == sent.words:
            return list(tags)
    return [None] * len(sent.rows)


def build_doc(vocab: Vocab, chunk: list[Sentence], ner: dict[str, tuple[list[str], list[str]]] | None) -> Doc:
    """Build one spaCy Doc from a chunk of sentences."""
    words: list[str] = []
    spaces: list[bool] = []
    tags: list[str] = []
    pos: list[str] = []
    morphs: list[str] = []
    lemmas: list[str] = []
    heads: list[int] = []
    deps: list[str] = []
    sent_starts: list[bool] = []
    ents: list[str | None] = []
    for sent in chunk:
        offset = len(words)
        for i, row in enumerate(sent.rows):
            _, form, lemma, upos, xpos, feats, head, deprel, _, misc = row
            words.append(form)
            spaces.append(_space_after(misc))
            tags.append(xpos)
            pos.append(upos)
            morphs.append("" if feats == "_" else feats)
            lemmas.append(lemma)
            heads.append(offset + (int(head) - 1 if head != "0" else i))
            deps.append(_dep(deprel))
            sent_starts.append(i == 0)
        ents.extend(sentence_ner(sent, ner))
    has_ner = any(e is not None for e in ents)
    return Doc(
        vocab,
        words=words,
        spaces=spaces,
        tags=tags,
        pos=pos,
        morphs=morphs,
        lemmas=lemmas,
        heads=heads,
        deps=deps,
        sent_starts=sent_starts,
        ents=ents if has_ner else None,
    )


def count_aligned(sents: list[Sentence], ner: dict[str, tuple[list[str], list[str]]]) -> int:
    return sum(1 for s in sents if s.sent_id in ner and ner[s.sent_id][0] == s.words)


def convert(conllu: Path, out: Path, ner_path: Path | None) -> str:
    """Convert one CoNLL-U file to ``out``; return a one-line report."""
    vocab = spacy.blank("en").vocab
    sents = list(read_conllu(conllu))
    ner = read_iob2(ner_path) if ner_path is not None else None
    docbin = DocBin(store_user_data=False)
    for chunk in group_sentences(sents, SENTS_PER_DOC):
        docbin.add(build_doc(vocab, chunk, ner))
    out.parent.mkdir(parents=True, exist_ok=True)
    docbin.to_disk(out)
    words = sum(len(s.rows) for s in sents)
    report = f"{out}: {len(docbin)} docs, {len(sents)} sentences, {words} words"
    if ner is not None:
        report += f"; NER aligned {count_aligned(sents, ner)}/{len(sents)} sentences"
    return report


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--corpora", type=Path, default=Path("../shared/corpora"))
    parser.add_argument("--out", type=Path, default=Path("train/corpus"))
    args = parser.parse_args(argv)
    ewt = args.corpora / "ud_english_ewt"
    gum = args.corpora / "ud_english_gum_open"
    uner = args.corpora / "uner_english_ewt"
    for split in SPLITS:
        print(
            convert(
                ewt / f"en_ewt-ud-{split}.conllu",
                args.out / split / f"ewt-{split}.spacy",
                uner / f"en_ewt-ud-{split}.iob2",
            )
        )
        print(convert(gum / f"en_gum-ud-{split}.open.conllu", args.out / split / f"gum-{split}.spacy", None))
    return 0


if __name__ == "__main__":
    sys.exit(main())
