"""Map GUM's entity layer (CoNLL-U MISC ``Entity=``) to UNER-style NER tags.

GUM brackets every mention, named or not ("the city", "she", "the Foreign
Minister Anna Berg"), with an entity type. UNER marks only the *name*, without
titles or determiners, as ``PER``/``ORG``/``LOC`` and other names (events,
works, products, groups) as ``OTH``, which parley's recipe trains as ``O``. The
mapping, per sentence:

1. A mention is *named* when its syntactic head (the token of the span whose
   head lies outside the span) has XPOS ``NNP``/``NNPS``.
2. Its *name core* is the run of name tokens around the head inside the span:
   proper nouns, numbers and hyphens, and for non-person names the connecting
   words of multiword names ("Bank of the North", "Health and Safety"); edge
   determiners, possessive ``'s`` and commas are outside. For persons the run
   goes right only through ``flat`` name parts, and leading titles (``nmod:desc``
   tokens, words from ``TITLES`` and what hangs off them) are cut off; a head
   that is itself a title ("the President of ...") is not a name.
3. ``person``/``organization``/``place`` cores become ``PER``/``ORG``/``LOC``;
   named mentions of other types (events, works, products, times) become ``O``,
   so that "the Berlin Marathon" teaches no ``LOC`` on "Berlin". Longer cores win
   over the nested ones they contain (UNER tags the maximal name).
4. Doubtful tokens are left *missing* (``None``), never ``O``: proper nouns of a
   person/organization/place mention that end up in no core, cores that cross
   another core, coordinated mentions ("Alder and Birch"), plural person
   names (families, peoples: UNER splits them between ``PER`` and ``OTH``)
   and named animals.
"""

from __future__ import annotations

import re
from collections.abc import Sequence
from dataclasses import dataclass

GUM_TO_UNER = {"person": "PER", "organization": "ORG", "place": "LOC"}
UNSURE_TYPES = frozenset({"animal"})
NAME_XPOS = frozenset({"NNP", "NNPS"})
# Inside a non-person name, between proper nouns only.
CONNECTORS = frozenset(
    ["of", "for", "and", "&", "the", "de", "du", "del", "la", "le", "on", "upon", "-", "."]
)
# Relations of a given name or other name part before a person's head ("Anna" in "Anna Berg").
NAME_PARTS = frozenset({"compound", "flat", "punct"})
COORDINATION = frozenset({"conj", "appos", "list", "parataxis"})
# Titles that precede a name, or head a mention instead of one; UNER excludes them.
TITLES = frozenset(
    [
        "president",
        "vice",
        "prime",
        "minister",
        "secretary",
        "senator",
        "sen.",
        "sen",
        "congressman",
        "congresswoman",
        "representative",
        "rep.",
        "governor",
        "gov.",
        "mayor",
        "chair",
        "chairman",
        "chairwoman",
        "chancellor",
        "premier",
        "ambassador",
        "general",
        "gen.",
        "colonel",
        "col.",
        "major",
        "captain",
        "capt.",
        "lieutenant",
        "lt.",
        "sergeant",
        "sgt.",
        "admiral",
        "commander",
        "judge",
        "justice",
        "speaker",
        "king",
        "queen",
        "prince",
        "princess",
        "emperor",
        "empress",
        "tsar",
        "shah",
        "sheikh",
        "pope",
        "bishop",
        "archbishop",
        "cardinal",
        "saint",
        "st.",
        "st",
        "father",
        "sister",
        "brother",
        "rev.",
        "reverend",
        "doctor",
        "dr.",
        "dr",
        "professor",
        "prof.",
        "prof",
        "mr.",
        "mr",
        "mrs.",
        "mrs",
        "ms.",
        "ms",
        "miss",
        "mister",
        "madam",
        "dame",
        "sir",
        "lady",
        "lord",
        "earl",
        "duke",
        "duchess",
        "marquis",
        "baron",
        "count",
        "inspector",
        "detective",
        "officer",
        "coach",
        "ceo",
        "cfo",
        "chief",
        "director",
        "minister-president",
        "foreign",
        "defence",
        "defense",
        "interior",
        "finance",
        "deputy",
        "acting",
        "former",
    ]
)

_OPEN = re.compile(r"\((\d+)-([a-z]+)-([^()]*)")
_CLOSE = re.compile(r"(\d+)\)")
_YEAR = re.compile(r"1[0-9]{3}|20[0-9]{2}")


@dataclass(frozen=True)
class Mention:
    """One GUM mention: inclusive token span, entity type, identity link (or '')."""

    start: int
    end: int
    etype: str
    identity: str


@dataclass(frozen=True)
class Row:
    """The CoNLL-U columns the mapping needs (0-based ``head``; -1 for root)."""

    form: str
    xpos: str
    head: int
    deprel: str
    misc: str


def to_rows(rows: Sequence[Sequence[str]]) -> list[Row]:
    return [Row(r[1], r[4], int(r[6]) - 1, r[7], r[9]) for r in rows]


def _entity_value(misc: str) -> str:
    for item in misc.split("|"):
        if item.startswith("Entity="):
            return item[len("Entity=") :]
    return ""


def parse_mentions(rows: Sequence[Row]) -> list[Mention]:
    """Mentions opened and closed within the sentence (GUM's do not cross sentences)."""
    mentions: list[Mention] = []
    open_: dict[str, list[tuple[int, str, str]]] = {}
    for i, row in enumerate(rows):
        value, pos = _entity_value(row.misc), 0
        while pos < len(value):
            if m := _OPEN.match(value, pos):
                # GRP-etype-infstat-salience-centering-minspan-link[-identity]
                fields = m.group(3).split("-")
                identity = "-".join(fields[5:]) if len(fields) > 5 else ""
                pos = m.end()
                if value.startswith(")", pos):
                    mentions.append(Mention(i, i, m.group(2), identity))
                    pos += 1
                else:
                    open_.setdefault(m.group(1), []).append((i, m.group(2), identity))
            elif m := _CLOSE.match(value, pos):
                if stack := open_.get(m.group(1)):
                    start, etype, identity = stack.pop()
                    mentions.append(Mention(start, i, etype, identity))
                pos = m.end()
            else:
                break
    return mentions


def span_heads(rows: Sequence[Row], mention: Mention) -> list[int]:
    span = range(mention.start, mention.end + 1)
    return [i for i in span if rows[i].head not in span]


def _is_title(rows: Sequence[Row], i: int) -> bool:
    """A title word, unless it heads a name ("Dean" with a flat "Kamen" is a first name)."""
    if rows[i].deprel == "nmod:desc":
        return True
    if rows[i].form.lower() not in TITLES:
        return False
    return not any(row.head == i and row.deprel == "flat" for row in rows)


def _dominated_by(rows: Sequence[Row], i: int, cut: set[int], lo: int, hi: int) -> bool:
    """Whether token ``i`` hangs (within ``lo..hi``) off a token in ``cut``."""
    seen: set[int] = set()
    while lo <= i <= hi and i not in seen:
        if i in cut:
            return True
        seen.add(i)
        i = rows[i].head
    return False


def _edge_token(row: Row) -> bool:
    """A token a name may begin or end with; a year ("Smith 1994", "2022 Cup") is not part of it."""
    return row.xpos in NAME_XPOS or (row.xpos == "CD" and not _YEAR.fullmatch(row.form))


def person_core(rows: Sequence[Row], mention: Mention, head: int) -> tuple[int, int] | None:
    """The name inside a person mention, titles cut off; None when there is none."""
    if _is_title(rows, head):
        return None
    start = head
    while start > mention.start and (rows[start - 1].xpos in NAME_XPOS or rows[start - 1].xpos == "HYPH"):
        start -= 1
    end = head
    while end < mention.end and rows[end + 1].deprel in {"flat", "punct"} and rows[end + 1].xpos != ",":
        end += 1
    # A title and what hangs off it ("Minister of Education", "Judiciary Chair") precede the name.
    titles = {i for i in range(mention.start, head) if _is_title(rows, i)}
    cut = {i for i in range(start, head) if _dominated_by(rows, i, titles, mention.start, head)}

    def name_part(i: int) -> bool:
        return i not in cut and rows[i].deprel in NAME_PARTS and _edge_token(rows[i])

    while start < head and not name_part(start):
        start += 1
    while end > head and not _edge_token(rows[end]):
        end -= 1
    return start, end


def _name_token(row: Row) -> bool:
    return row.xpos in NAME_XPOS or row.xpos == "CD" or row.xpos == "HYPH"


def name_core(rows: Sequence[Row], mention: Mention, head: int) -> tuple[int, int] | None:
    """The multiword name around ``head`` in a non-person mention."""

    def inside(i: int) -> bool:
        return _name_token(rows[i]) or rows[i].form.lower() in CONNECTORS and rows[i].xpos != ","

    start = end = head
    while start > mention.start and inside(start - 1):
        start -= 1
    while end < mention.end and inside(end + 1):
        end += 1
    while start < head and not _edge_token(rows[start]):
        start += 1
    while end > head and not _edge_token(rows[end]):
        end -= 1
    return start, end


def _coordinated(rows: Sequence[Row], head: int, core: tuple[int, int], identity: str) -> bool:
    """A core that joins two names ("Alder and Birch") rather than naming one thing."""
    if identity:
        return False
    parts = range(core[0], core[1] + 1)
    return any(rows[i].head == head and rows[i].deprel.split(":")[0] in COORDINATION for i in parts)


@dataclass(frozen=True)
class Core:
    start: int
    end: int
    label: str  # PER / ORG / LOC, "O" for other named things, "" when unsure

    @property
    def size(self) -> int:
        return self.end - self.start + 1


def _common_noun_use(
    rows: Sequence[Row], mention: Mention, span: tuple[int, int], common: frozenset[str]
) -> bool:
    """A capitalised common noun after a determiner ("the Government", "this Chamber")."""
    start, end = span
    return (
        start == end
        and rows[start].form.lower() in common
        and any(rows[i].xpos in {"DT", "PRP$"} for i in range(mention.start, start))
    )


def mention_core(rows: Sequence[Row], mention: Mention, common: frozenset[str] = frozenset()) -> Core | None:
    """The name core of one mention, or None when the mention is not a name."""
    heads = span_heads(rows, mention)
    named = [h for h in heads if rows[h].xpos in NAME_XPOS]
    if not named:
        return None
    head = named[0]
    label = GUM_TO_UNER.get(mention.etype, "O")
    core_of = person_core if mention.etype == "person" else name_core
    span = core_of(rows, mention, head)
    if span is None or _coordinated(rows, head, span, mention.identity):
        return None  # no name, or several: nested mentions name the parts
    # Several heads: the span is no constituent ("Berg University, Norway"); the
    # core is still one name if it holds only one of them.
    unsure = (
        sum(span[0] <= h <= span[1] for h in heads) > 1
        or mention.etype in UNSURE_TYPES
        or (mention.etype == "person" and rows[head].xpos == "NNPS")
        or _common_noun_use(rows, mention, span, common)
    )
    return Core(span[0], span[1], "" if unsure else label)


def _overlaps(a: Core, b: Core) -> bool:
    return a.start <= b.end and b.start <= a.end


def choose_cores(cores: Sequence[Core]) -> list[Core]:
    """Non-overlapping cores, outer names first; cores whose boundaries cross become unsure.

    On equal spans a PER/ORG/LOC reading beats "O" or unsure.
    """
    taken: list[Core] = []
    for core in sorted(cores, key=lambda c: (-c.size, c.start, c.label in {"", "O"})):
        hits = [t for t in taken if _overlaps(core, t)]
        if not hits:
            taken.append(core)
        elif not any(t.start <= core.start and core.end <= t.end for t in hits):
            for t in hits:
                taken[taken.index(t)] = Core(t.start, t.end, "")
            taken.append(Core(core.start, core.end, ""))
    return taken


def sentence_tags(rows: Sequence[Row], common: frozenset[str] = frozenset()) -> list[str | None]:
    """UNER-style IOB tags for one GUM sentence; ``None`` marks a token as missing.

    ``common``: lower-case words seen as common nouns in the training corpora.
    """
    mentions = parse_mentions(rows)
    tags: list[str | None] = ["O"] * len(rows)
    taken = choose_cores([c for m in mentions if (c := mention_core(rows, m, common)) is not None])
    covered: set[int] = set()
    for core in taken:
        for i in range(core.start, core.end + 1):
            covered.add(i)
            if core.label in {"", "O"}:
                tags[i] = core.label or None
            else:
                tags[i] = ("B-" if i == core.start else "I-") + core.label
    # Proper nouns of a person/organization/place mention outside every core: unsure.
    for m in mentions:
        if m.etype in GUM_TO_UNER:
            for i in range(m.start, m.end + 1):
                if i not in covered and rows[i].xpos in NAME_XPOS and not _is_title(rows, i):
                    tags[i] = None
    return tags
