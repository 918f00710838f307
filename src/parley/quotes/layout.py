"""Paragraphs, quote-aware sentences and token lookups for one Doc, computed once in linear passes.

The model's sentence splitter stumbles around quotation marks ("... forward." + "”" as a sentence of its
own); the quote stage keeps its own sentences: a sentence ends at . ! or ?, takes any closing marks and
brackets after it, and the next one starts with a capital, a digit or an opening mark, or at a line break.
"""

from __future__ import annotations

from bisect import bisect_right

from spacy.tokens import Doc

from parley.columns import lowers, starts, texts
from parley.quotes.marks import ALL_DOUBLE, QuoteSpan

_ENDS = frozenset({".", "!", "?", "...", "\u2026"})
_TRAIL = frozenset({"\u201d", ")", "]", "\u00bb"})  # and any mark that closes a quotation
MAX_SENT = 250


def _honorifics() -> frozenset[str]:
    from parley.roles import role_rules

    return role_rules().honorifics


# tokens: longer "sentences" (lists, scraped junk) are cut so every scan stays bounded


class Layout:
    """Token-level structure of a Doc for the quote stage."""

    def __init__(self, doc: Doc, quotes: list[QuoteSpan]):
        self.doc = doc
        self.n = n = len(doc)
        # shared with the other stages (columns.py): read, never changed
        self.starts = starts(doc)
        self.lower = lowers(doc)
        self.text = texts(doc)
        self.has_parse = doc.has_annotation("DEP")
        self.has_tags = doc.has_annotation("TAG") or doc.has_annotation("POS")
        self.space = [t.is_space for t in doc]
        self.closers = {q.close for q in quotes}
        self.openers = {q.open for q in quotes}
        self.para = [0] * n
        self.sent = [0] * n
        self.sents: list[tuple[int, int]] = []
        self.paras: list[tuple[int, int]] = []
        self._split()
        self.person_at: dict[int, tuple[int, int]] = {}  # first token of a PERSON mention -> its span
        self.person_end: dict[int, tuple[int, int]] = {}  # last token of a PERSON mention -> its span
        self.in_quote = [-1] * n  # token -> index of the quotation whose content holds it
        for k, q in enumerate(quotes):
            a, b = self.tok_at(q.open + 1), self.tok_at(q.close - 1)
            for i in range(a, b + 1):
                if doc[i].idx > q.open and doc[i].idx < q.close and self.in_quote[i] < 0:
                    self.in_quote[i] = k

    def add_mentions(self, clusters: list) -> None:
        for c in clusters:
            if c.type == "PERSON":
                for m in c.mentions:
                    self.person_at[m.start] = (m.start, m.end)
                    self.person_end[m.end - 1] = (m.start, m.end)

    def opens(self, i: int) -> bool:
        """Token i is (or holds) the opening mark of a quotation."""
        return 0 <= i < self.n and any(self.starts[i] + k in self.openers for k in range(len(self.text[i])))

    def closes(self, i: int) -> bool:
        """Token i is (or holds) the closing mark of a quotation."""
        return 0 <= i < self.n and any(self.starts[i] + k in self.closers for k in range(len(self.text[i])))

    def tok_at(self, char: int) -> int:
        """Index of the token holding character ``char`` (or the nearest before it)."""
        return max(0, bisect_right(self.starts, char) - 1)

    def _split(self) -> None:
        doc, n = self.doc, self.n
        para, sent_start, para_start = 0, 0, 0
        i = 0
        while i < n:
            tok = doc[i]
            if self.space[i] and "\n" in tok.text:
                self._close_sent(sent_start, i)
                self._close_para(para_start, i)
                para += 1
                sent_start = para_start = i + 1
                self.para[i] = para
                i += 1
                continue
            self.para[i] = para
            end = None
            abbrev_end = tok.text.endswith(".") and len(tok.text) > 1 and i + 1 < n and self.opens(i + 1)
            if abbrev_end and i + 2 < n and self.text[i + 2][:1].islower():
                abbrev_end = False  # 'that the U.S. “cannot allow ...”': a quotation going on with the clause
            if (tok.text in _ENDS and not self.abbreviation(i)) or abbrev_end:  # "on X. “The ...": X. ends it
                j = i + 1
                while j < n and (self.text[j] in _TRAIL or self.closes(j)):
                    self.para[j] = para
                    j += 1
                nxt = j
                while nxt < n and self.space[nxt] and "\n" not in self.text[nxt]:
                    nxt += 1
                if nxt >= n or self._starts_sentence(nxt):
                    end = j
            elif i - sent_start >= MAX_SENT:
                end = i + 1
            if end is not None:
                for k in range(i + 1, end):
                    self.para[k] = para
                self._close_sent(sent_start, end)
                sent_start = end
                i = end
                continue
            i += 1
        self._close_sent(sent_start, n)
        self._close_para(para_start, n)

    def abbreviation(self, i: int) -> bool:
        """Token i is the full stop of a title ('Lt. Col. Nadav Shoshani'), not of a sentence."""
        if self.text[i] != "." or i == 0 or self.doc[i - 1].whitespace_:
            return False
        return self.lower[i - 1] in _honorifics() or (
            len(self.text[i - 1]) == 1 and self.text[i - 1].isupper()
        )

    def _starts_sentence(self, j: int) -> bool:
        t = self.text[j]
        return t[0].isupper() or t[0].isdigit() or t[0] in ALL_DOUBLE or self.opens(j) or "\n" in t

    def _close_sent(self, a: int, b: int) -> None:
        while a < b and self.space[a]:
            a += 1
        while b > a and self.space[b - 1]:
            b -= 1
        if a >= b:
            return
        k = len(self.sents)
        self.sents.append((a, b))
        for i in range(a, b):
            self.sent[i] = k

    def _close_para(self, a: int, b: int) -> None:
        if a < b:
            self.paras.append((a, b))

    def sentence_start(self, i: int) -> bool:
        """Token i opens its sentence (after any opening marks)."""
        s0 = self.sent_of(i)[0]
        return all(self.text[k] in ALL_DOUBLE or self.text[k] in {"\u2018", "(", "'"} for k in range(s0, i))

    def visible_before(self, i: int) -> int:
        """The token before i, past a space token on the same line (a no-break space), or -1."""
        j = i - 1
        if j > 0 and self.space[j] and "\n" not in self.text[j]:
            j -= 1
        return j

    def title_case(self, i: int) -> bool:
        """Token i stands in a headline written in title case ('Governor Says Tax Cut Will Pass'): of the
        sentence's words longer than three letters, all but one are capitalised."""
        s0, s1 = self.sent_of(i)
        if s1 - s0 > 40:
            return False
        words = [t for t in self.text[s0:s1] if len(t) > 3 and t.isalpha()]
        lower = sum(1 for t in words if not t[0].isupper())
        return len(words) >= 4 and lower <= 1

    def sent_of(self, i: int) -> tuple[int, int]:
        return self.sents[self.sent[i]] if self.sents else (0, self.n)

    def span_text(self, a: int, b: int) -> str:
        return self.doc[a:b].text

    def chars(self, a: int, b: int) -> tuple[int, int]:
        """Character span of tokens [a, b)."""
        last = self.doc[b - 1]
        return self.doc[a].idx, last.idx + len(last.text)
