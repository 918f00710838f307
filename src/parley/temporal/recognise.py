"""Finding temporal expressions on a Doc's tokens: the lexicon's pattern trie, walked from each token.

Matching is anchored and bounded (a pattern is a handful of tokens), so the stage is linear in the text.
"""

from __future__ import annotations

from dataclasses import dataclass, field

from spacy.tokens import Doc

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
        self.text = [t.text for t in doc]
        self.low = [t.lower() for t in self.text]
        self.cls = [lex.classes(t) for t in self.text]
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


def candidates(toks: Tokens, lex: Lexicon, i: int) -> list[Match]:
    """Every pattern that matches at token i, longest first (then by pattern order)."""
    if toks.low[i] not in lex.starters and not (toks.cls[i].keys() & lex.starters):
        return []
    found: list = []
    _walk(toks, lex.root, i, [], found)
    found.sort(key=lambda f: (-f[0], f[1][0]))
    out = []
    for end, (_, pat), path in found:
        m = Match(i, end, i, pat)
        for name, value, _ in path:
            if name == "L":
                m.words.append(value)
            else:
                m.slots.setdefault(name, []).append(value)
        out.append(m)
    return out


def _attach_prefix(toks: Tokens, lex: Lexicon, m: Match, floor: int) -> None:
    """'late Wednesday', 'the end of February', 'about 90 minutes': modifier words before the match."""
    for words, pre in lex.prefixes:
        k = len(words)
        s = m.core - k
        if s < floor or m.kind not in pre.kinds:
            continue
        if tuple(toks.low[s : m.core]) == words:
            m.start, m.mod, m.prefix = s, pre.mod, words
            return


def find(doc: Doc, lex: Lexicon, accept) -> list[Match]:
    """Left to right, the longest accepted match at each token; ``accept(toks, match)`` vets context."""
    toks = Tokens(doc, lex)
    out: list[Match] = []
    i, floor = 0, 0
    while i < toks.n:
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
