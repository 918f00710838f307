"""Finding temporal expressions on a Doc's tokens: the lexicon's pattern trie, walked from each token.

Matching is anchored and bounded (a pattern is a handful of tokens), so the stage is linear in the text.
"""

from __future__ import annotations

from collections.abc import Iterator
from dataclasses import dataclass, field

from spacy.tokens import Doc

from parley.columns import texts
from parley.temporal.lexicon import Lexicon, Node, Pattern

_SENT_BREAK = frozenset(
    {".", "!", "?", "\u201c", '"', ":", ";", "\u2014", "(", "\u2018", "'", "``", "`", "_", "--"}
)


@dataclass
class Match:
    """One temporal expression: tokens [start, end) (prefix words included), what matched, its slots."""

    start: int
    end: int
    core: int  # first token of the pattern (after any prefix words)
    pattern: Pattern
    slots: dict[str, list] = field(default_factory=dict)
    words: list[str] = field(default_factory=list)
    mod: str | None = None
    prefix: tuple[str, ...] = ()

    @property
    def kind(self) -> str:
        return self.pattern.kind

    def slot(self, name: str, default: object = None) -> object:
        got = self.slots.get(name)
        return got[0] if got else default


class Tokens:
    """What matching needs from a Doc, read once: texts, lower-case texts, token classes."""

    __slots__ = ("doc", "text", "low", "cls", "n")

    def __init__(self, doc: Doc, lex: Lexicon) -> None:
        self.doc = doc
        self.text = texts(doc)  # shared with the other stages: read, never changed
        self.low = [t.lower() for t in self.text]
        classes = lex.classes
        self.cls = [classes(t) for t in self.text]
        self.n = len(self.text)

    def sentence_initial(self, i: int) -> bool:
        if i == 0:
            return True
        prev = self.text[i - 1]
        return prev in _SENT_BREAK or "\n" in prev or "\n" in self.doc[i - 1].whitespace_ or prev.isspace()


def _walk(toks: Tokens, node: Node, j: int, path: list, out: list) -> None:
    if node.ends:
        out.append((j, min(node.ends, key=lambda e: e[0]), list(path)))
    if j >= toks.n or len(path) >= 10:
        return
    nxt = node.lit.get(toks.low[j])
    if nxt is not None:
        path.append(("L", toks.low[j], j))
        _walk(toks, nxt, j + 1, path, out)
        path.pop()
    if node.cls:
        for name, value in toks.cls[j].items():
            nxt = node.cls.get(name)
            if nxt is not None:
                path.append((name, value, j))
                _walk(toks, nxt, j + 1, path, out)
                path.pop()


def candidates(toks: Tokens, lex: Lexicon, i: int) -> Iterator[Match]:
    """Every pattern that matches at token i, longest first (then by pattern order), built lazily."""
    found: list = []
    _walk(toks, lex.root, i, [], found)
    if len(found) > 1:
        found.sort(key=lambda f: (-f[0], f[1][0]))
    for end, (_, pat), path in found:
        m = Match(i, end, i, pat)
        for name, value, _ in path:
            if name == "L":
                m.words.append(value)
            else:
                m.slots.setdefault(name, []).append(value)
        yield m


def _attach_prefix(toks: Tokens, lex: Lexicon, m: Match, floor: int) -> None:
    """'late Wednesday', 'the end of February', 'about 90 minutes': modifier words before the match."""
    if m.core <= floor:
        return
    for words, pre in lex.prefixes_by_last.get(toks.low[m.core - 1], ()):
        s = m.core - len(words)
        if s >= floor and m.kind in pre.kinds and tuple(toks.low[s : m.core]) == words:
            m.start, m.mod, m.prefix = s, pre.mod, words
            return


def find(doc: Doc, lex: Lexicon, accept) -> list[Match]:
    """Left to right, the longest accepted match at each token; ``accept(toks, match)`` vets context."""
    toks = Tokens(doc, lex)
    out: list[Match] = []
    i, floor = 0, 0
    can_start = lex.can_start
    while i < toks.n:
        if not can_start(toks.text[i]):
            i += 1
            continue
        best = None
        for m in candidates(toks, lex, i):
            if m.kind == "none" or accept(toks, m):
                best = m
                break
        if best is None:
            i += 1
            continue
        if best.kind != "none":
            _attach_prefix(toks, lex, best, floor)
            out.append(best)
        i = floor = best.end
    return out
