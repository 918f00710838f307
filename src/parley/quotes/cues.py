"""Cues: reporting verbs and phrases on the tokens (their sources: sources.py).

A cue is matched by its form (works with the blank model) or, with a lemmatizer, by its lemma; with a
tagger it must be used as a verb. Infinitives ("declined to say") and passives ("was told") are not cues.
"""

from __future__ import annotations

from dataclasses import dataclass

from parley.quotes.layout import Layout
from parley.quotes.lexicon import QuoteLexicon

_BE = frozenset({"was", "were", "been", "being", "is", "are", "be", "am", "'s", "\u2019s", "get", "got"})
_VERBISH_DEPS = frozenset({"ROOT", "ccomp", "conj", "advcl", "parataxis", "acl:relcl", "xcomp", "acl"})
_BETWEEN = frozenset({"then", "later", "also", "again", "quickly", "finally", "soon"})
_NOT_VERB = frozenset({"PROPN", "NOUN", "ADJ", "NUM", "DET", "ADP", "PRON", "PUNCT", "CCONJ", "SCONJ"})


@dataclass
class Cue:
    start: int  # token span of the cue words
    end: int
    lemma: str
    takes: str
    participle: bool = False
    coordinated: bool = False  # "... and said": shares the subject of the verb before it
    phrase: bool = False  # "according to": the source follows
    src: tuple[int, int] | None = None  # token span of the source noun phrase
    head: int | None = None  # the source's head token
    inverted: bool = False  # ", said Peskov": the source follows the verb
    frame: tuple[int, int] | None = None  # tokens of source + cue (what a content must not overlap)
    nominal: bool = False  # "his claim that ...": a noun, its owner the source

    @property
    def shared(self) -> bool:
        """The cue has no subject of its own: a participle ('adding') or a coordinated verb."""
        return self.participle or self.coordinated


def find_cues(L: Layout, lex: QuoteLexicon) -> list[Cue]:
    doc, out = L.doc, []
    i = 0
    while i < L.n:
        if L.in_quote[i] >= 0 or L.space[i] or not L.lower[i][:1].isalpha():
            i += 1
            continue
        words = L.lower[i : i + 3]
        k = lex.match_phrase(words) or (1 if words[0] == "in" and _poll_opening(L, i, lex) else 0)
        if k:
            out.append(Cue(i, i + k, " ".join(words[:k]), "phrase", phrase=True))
            i += k
            continue
        if L.lower[i] in lex.nominal_cues and _nominal(L, i) and not (out and out[-1].end >= i - 3):
            # (not 'reiterated his claim that': the verb reports the clause)
            out.append(Cue(i, i + 1, L.lower[i], "that", nominal=True))
            i += 1
            continue
        tok = doc[i]
        hit = lex.match_verb(words, tok.lemma_.lower() if L.has_tags and tok.lemma_ else None)
        if hit and _is_verb_use(L, i, lex):
            k, lemma = hit
            cue = Cue(i, i + k, lemma, lex.takes(lemma), participle=L.lower[i].endswith("ing"))
            j = joined_at(L, i)
            cue.coordinated = j < i and L.lower[j] in {"and", "but", "or"}
            out.append(cue)
            i += k
            continue
        i += 1
    return out


_POLL_SPAN = 10  # tokens from 'In' to the comma after the poll's phrase


def _poll_opening(L: Layout, i: int, lex: QuoteLexicon) -> bool:
    """'In a Herald poll released Monday, ...' opening the sentence: a short verbless phrase naming a poll,
    then a comma (a past participle is often tagged as a past tense: 'released Monday')."""
    s0, s1 = L.sent_of(i)
    if i != s0 and not (i == s0 + 1 and L.lower[s0] in {"but", "and", "yet"}):
        return False
    poll = False
    for t in range(i + 1, min(s1, i + _POLL_SPAN)):
        if L.text[t] == ",":
            return poll and t + 2 < s1
        if (
            L.text[t] in {".", ";", ":"}
            or L.in_quote[t] >= 0
            or (L.has_tags and L.doc[t].tag_ in {"VBZ", "VBP", "MD"})
        ):
            return False
        poll = poll or L.lower[t] in lex.poll_words
    return False


def joined_at(L: Layout, i: int) -> int:
    """The conjunction before the verb at token i, past an adverb ('and then predicted', 'but later
    added'); i when there is none."""
    j = i - 1 if i > 1 and L.lower[i - 1] in _BETWEEN else i
    return j - 1 if j > 0 and L.lower[j - 1] in {"and", "but", "or", "while"} else i


def second_statement(L: Layout, outer: Cue, c: Cue, lex: QuoteLexicon) -> bool:
    """'said A, but warned that B', 'said A and urged B to C', 'says X and tells the crowd Y': a reporting
    verb coordinated with the cue, so sharing its subject, opens a second statement of the same speaker (a
    second quote, GOLD_FORMAT.md). The parser often hangs it on the content's verb instead; a verb of speech
    in the cue's tense is taken as the cue's there too. An agreement or a belief belongs to the content's
    own subject ('said the sides met and agreed that ...'). With no parse, only a plain verb of saying."""
    if c.participle or c.start == 0 or not (c.coordinated or L.lower[c.start - 1] == "while"):
        return False
    if not L.has_parse:
        return c.lemma in lex.restatements
    if c.takes == "belief" or c.lemma in lex.states:
        return False
    tok = L.doc[c.start]
    while tok.dep_ in {"conj", "xcomp"} and tok.head.i != tok.i and tok.i != outer.start:
        tok = tok.head  # ('remained committed and urged': hung on the complement of the content's verb)
    if tok.i == outer.start:
        return True
    past = not L.lower[outer.start].endswith("s")
    tense = L.doc[c.start].tag_ in ({"VBD", "VBN"} if past else {"VBZ"})
    return tok.head.i == outer.start and tok.dep_ in {"ccomp", "parataxis"} and tense


def _is_verb_use(L: Layout, i: int, lex: QuoteLexicon) -> bool:
    tok = L.doc[i]
    if L.text[i][:1].isupper() and i > 0 and not L.sentence_start(i) and not L.title_case(i):
        return False  # "United States", "Says" in a name (but a headline capitalises every word)
    verbish = L.has_parse and tok.dep_ in _VERBISH_DEPS and tok.pos_ not in _NOT_VERB
    if L.has_tags and tok.pos_ not in {"VERB", "AUX"} and not verbish:
        return _mistagged_verb(L, i)
    if L.has_tags and tok.tag_ and not tok.tag_.startswith("VB") and tok.tag_ not in {"VERB", "MD"}:
        return False  # "cast doubt", "a report": the noun
    if L.lower[i] in lex.namings and (
        (L.has_parse and tok.tag_ == "VBN" and tok.dep_ == "acl" and L.doc[min(i + 1, L.n - 1)].pos_ != "ADP")
        or L.lower[i - 2 : i] == ["so", "-"]
    ):
        return False  # "a film called X", "so-called": names the noun before it ('called on' still reports)
    if L.lower[i] in lex.what_namings and "what" in L.lower[max(0, i - 4) : i - 1]:
        w = L.lower.index("what", max(0, i - 4), i - 1)
        if all(L.text[t][:1].isalnum() for t in range(w + 1, i)) and not _own_quotation(L, w, i, lex):
            return False  # 'struck what it called militant camps': the writer's phrase for a thing
    j = i - 1
    while j >= 0 and (L.lower[j].endswith("ly") or L.lower[j] in {"not", "n't", "also", "never"}):
        j -= 1
    if j >= 0 and L.lower[j] == "to" and not carried(L, j, lex):
        return False  # "declined to say", "is expected to announce"
    if j >= 0 and (
        L.lower[j] in {"a", "an", "the", "its", "his", "her", "their"} or L.text[j] in {"'s", "\u2019s"}
    ):
        return False  # "a written response", "the reported deal"
    # "was told", "is said": the subject is not the speaker
    return not (j >= 0 and L.lower[j] in _BE and not L.lower[i].endswith("ing"))


def _own_quotation(L: Layout, what: int, i: int, lex: QuoteLexicon) -> bool:
    """'rejected what she called “a partial deal”': a quotation so named is her statement, unless a verb of
    saying before it in the sentence reports it ('said Tokyo should drop what he called its “hostile
    course”': a fragment of that statement)."""
    if not any(L.opens(t) for t in range(i + 1, min(L.n, i + 4))):
        return False
    s0, _ = L.sent_of(what)
    verb = {"VERB", "AUX"} if L.has_tags else None  # ('in remarks broadcast on Saturday': no verb)
    return not any(
        lex.match_verb(L.lower[t : t + 3]) and (verb is None or L.doc[t].pos_ in verb)
        for t in range(s0, what)
    )


def carried(L: Layout, to: int, lex: QuoteLexicon) -> bool:
    """'continued to warn that', 'seemed to suggest', 'went on to say', 'were quick to point out': a verb
    before 'to' that only carries the statement, which its subject makes (not 'declined to say')."""
    w = L.lower[to - 1] if to > 0 else ""
    if w == "on":
        return to > 1 and L.lower[to - 2] in {"went", "go", "goes", "going"}
    return w in lex.carriers


_OWNERS = frozenset({"his", "her", "their", "its", "'s", "\u2019s"})


def _nominal(L: Layout, i: int) -> bool:
    """'his claim that', 'the mayor's repeated warning that', 'her view is that': a statement noun owned by
    a source (a possessive, one adjective between at most) and followed by its clause."""
    j = i - 1
    if j > 0 and L.has_tags and (L.doc[j].pos_ == "ADJ" or L.doc[j].tag_ == "VBN"):
        j -= 1
    if j < 1 or L.lower[j] not in _OWNERS or L.in_quote[j] >= 0:
        return False
    if L.lower[j] in _OWNERS - {"'s", "\u2019s"} and L.has_tags and L.doc[j - 1].pos_ == "ADP":
        return False  # 'said in his statement that': the verb's adjunct
    nxt = L.lower[i + 1 : i + 3]
    return nxt[:1] == ["that"] or nxt == ["is", "that"] or nxt == ["was", "that"]


def _mistagged_verb(L: Layout, i: int) -> bool:
    """'One survey shows the mayor ahead', 'Farmers, Lowell notes, prefer ...': a verb in -s that the tagger
    took for a plural noun, after a noun and before 'that', a new noun phrase or a closing comma ('TV
    shows are popular', 'press reports say' stay nouns)."""
    if L.doc[i].tag_ not in {"NNS", "NNPS"} or not L.lower[i].endswith("s") or i == 0 or i + 1 >= L.n:
        return False
    prev, nxt = L.doc[i - 1], L.doc[i + 1]
    if prev.pos_ not in {"NOUN", "PROPN"}:
        return False
    if nxt.text == ",":
        k = i - 1
        while k > 0 and L.doc[k].pos_ == "PROPN" and i - k < 5:
            k -= 1
        return prev.pos_ == "PROPN" and L.text[k] == ","
    if nxt.lower_ == "that":  # (not "reports that have appeared": a relative clause)
        return i + 2 < L.n and L.doc[i + 2].pos_ not in {"VERB", "AUX", "ADV"}
    return nxt.pos_ in {"DET", "PRON", "PROPN", "NUM"}
