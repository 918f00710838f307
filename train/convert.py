"""Convert the UD English corpora (+ UNER NER labels) to spaCy DocBin files.

Usage:
    python train/convert.py --corpora ../shared/corpora --out train/corpus

Writes (git-ignored) ``train/corpus/{train,dev,test}/*.spacy``:

* ``ewt-<split>.spacy``: UD English-EWT syntax (words, spaces, XPOS, UPOS,
  morph, lemma, heads, deps, sentence starts) with UNER PER/ORG/LOC labels
  merged in for every sentence that aligns (by ``sent_id`` and identical
  token sequence). Sentences that do not align keep the NER *missing*.
* ``gum-<split>.spacy``: UD English-GUM (open genres) syntax. By default its
  NER is left missing; with ``--gum-ner`` it carries NER tags mapped from
  GUM's entity layer by ``gum_entities.py`` (names of persons, organisations
  and places as PER/ORG/LOC; doubtful tokens left *missing*).

Multiword-token range rows (``3-4``) and empty nodes (``3.1``) are skipped:
only the syntactic word rows are used.
"""

from __future__ import annotations

import argparse
import sys
from collections import Counter
from collections.abc import Callable, Iterable, Iterator
from dataclasses import dataclass, field
from pathlib import Path

import spacy
from spacy.tokens import Doc, DocBin
from spacy.vocab import Vocab

sys.path.insert(0, str(Path(__file__).resolve().parent))
from gum_entities import sentence_tags, to_rows  # noqa: E402

SENTS_PER_DOC = 10
UNER_LABELS = frozenset({"PER", "ORG", "LOC"})
SPLITS = ("train", "dev", "test")
COMMON_NOUN_MIN = 3  # lower-case NN/NNS uses before a capitalised word counts as a common noun

NerTags = list[str | None]
NerSource = Callable[["Sentence"], NerTags]


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


def uner_source(ner: dict[str, tuple[list[str], list[str]]]) -> NerSource:
    """IOB tags from UNER for a sentence, or ``None`` per token when it does not align."""

    def tags_for(sent: Sentence) -> NerTags:
        if sent.sent_id in ner:
            words, tags = ner[sent.sent_id]
            if words == sent.words:
                return list(tags)
        return [None] * len(sent.rows)

    return tags_for


def gum_source(common: frozenset[str]) -> NerSource:
    """IOB tags mapped from a GUM sentence's own entity layer."""
    return lambda sent: sentence_tags(to_rows(sent.rows), common)


def no_ner(sent: Sentence) -> NerTags:
    return [None] * len(sent.rows)


def common_nouns(paths: Iterable[Path]) -> frozenset[str]:
    """Lower-case words used as common nouns (NN/NNS) at least ``COMMON_NOUN_MIN`` times."""
    counts: Counter[str] = Counter()
    for path in paths:
        for sent in read_conllu(path):
            counts.update(row[1] for row in sent.rows if row[4] in {"NN", "NNS"} and row[1].islower())
    return frozenset(word for word, n in counts.items() if n >= COMMON_NOUN_MIN)


def build_doc(vocab: Vocab, chunk: list[Sentence], ner: NerSource) -> Doc:
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
        ents.extend(ner(sent))
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


def ner_report(docs: list[Doc]) -> str:
    """Entity counts per label and the share of tokens whose NER is missing."""
    labels = Counter(ent.label_ for doc in docs for ent in doc.ents)
    tokens = sum(len(doc) for doc in docs)
    missing = sum(1 for doc in docs for token in doc if token.ent_iob == 0)
    counts = ", ".join(f"{label} {labels[label]}" for label in sorted(labels))
    return f"NER: {counts or 'none'}; missing on {missing}/{tokens} tokens"


def convert(conllu: Path, out: Path, ner: NerSource) -> str:
    """Convert one CoNLL-U file to ``out``; return a one-line report."""
    vocab = spacy.blank("en").vocab
    sents = list(read_conllu(conllu))
    docs = [build_doc(vocab, chunk, ner) for chunk in group_sentences(sents, SENTS_PER_DOC)]
    docbin = DocBin(store_user_data=False, docs=docs)
    out.parent.mkdir(parents=True, exist_ok=True)
    docbin.to_disk(out)
    words = sum(len(s.rows) for s in sents)
    complete = sum(1 for s in sents if None not in ner(s))
    return (
        f"{out}: {len(docbin)} docs, {len(sents)} sentences, {words} words; "
        f"{ner_report(docs)}; NER complete on {complete}/{len(sents)} sentences"
    )


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--corpora", type=Path, default=Path("../shared/corpora"))
    parser.add_argument("--out", type=Path, default=Path("train/corpus"))
    parser.add_argument(
        "--gum-ner",
        action="store_true",
        help="map GUM's entity layer to NER tags (default: GUM's NER is missing, as for the shipped model)",
    )
    args = parser.parse_args(argv)
    ewt = args.corpora / "ud_english_ewt"
    gum = args.corpora / "ud_english_gum_open"
    uner = args.corpora / "uner_english_ewt"
    common = common_nouns([ewt / "en_ewt-ud-train.conllu", gum / "en_gum-ud-train.open.conllu"])
    gum_ner = gum_source(common) if args.gum_ner else no_ner
    for split in SPLITS:
        uner_ner = uner_source(read_iob2(uner / f"en_ewt-ud-{split}.iob2"))
        out = args.out / split
        print(convert(ewt / f"en_ewt-ud-{split}.conllu", out / f"ewt-{split}.spacy", uner_ner))
        print(convert(gum / f"en_gum-ud-{split}.open.conllu", out / f"gum-{split}.spacy", gum_ner))
    return 0


if __name__ == "__main__":
    sys.exit(main())
