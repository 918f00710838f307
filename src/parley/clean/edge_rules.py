"""Schema of the ``edges`` section of cruft.yaml: the signals of :mod:`parley.clean.edges`.

Kept apart from the signals so that :class:`parley.clean.cruft_rules.CruftRules` can hold it without an
import cycle (the signals work on :class:`parley.clean.lines.Line`).
"""

from __future__ import annotations

from pydantic import BaseModel, ConfigDict, Field, field_validator

from parley.clean.linear import check_linear

_PATTERNS = (
    "tail_bio",
    "bio_more",
    "publisher",
    "imprint",
    "meta_note",
    "station",
    "legal",
    "licence",
    "coverage",
    "appeal_record",
)


class EdgeRules(BaseModel):
    """What a page puts after the story's end: notes about the writer, the outlet, the piece, promos."""

    model_config = ConfigDict(extra="forbid")
    # First sentence of a note about the writer ("Jo Roe is the Post's Balkans bureau chief").
    tail_bio: str
    # A sentence carrying on such a note ("She has covered the region since 2016.").
    bio_more: str
    # A note about the outlet ("The Lake Post is an independent daily founded in 1994.").
    publisher: str
    # The outlet's imprint: its registration as a mass medium or its licence ("Registration certificate ...").
    imprint: str
    # A note about the piece itself ("This reporting was supported by ...", "This is the second article ...").
    meta_note: str
    # The outlet's note on its own coverage ("<Outlet> will keep updating this story as ...").
    coverage: str = "^$"
    # The outlet's legal small print: trademarks, the code or regulator its journalism answers to.
    legal: str
    # The outlet's line under the story: its name, frequency or kind, a dash and a slogan or address
    # ("Lake Radio 98.1 FM – Your voice. Plot 4 Main Road", "Coast FM News — reporting from the coast.").
    station: str
    # Imperative first words of a promo ("Listen to ...", "Watch ..."); a story sentence does not open so.
    promo_openers: frozenset[str]
    # With "our"/"we", these nouns make a line the outlet speaking of its own wares ("our weekly podcast").
    promo_nouns: frozenset[str]
    # With "we"/"our" twice, after the story, these words make a paragraph the outlet's appeal for its own
    # work ("We have reported without fear ... our journalists"), however new its phrasing.
    appeal_words: frozenset[str]
    # "our <noun>" of these, or a sentence opening with one of appeal_openers ("Join <Outlet> today"): the
    # outlet's appeal after the story, whatever voice the story above speaks in.
    appeal_own_nouns: frozenset[str]
    appeal_openers: frozenset[str]
    # "..., consider becoming a member": the ask after a clause, in lower case.
    appeal_considered: frozenset[str] = frozenset()
    # "<Outlet>'s <noun> have/has ...": the outlet telling its own record by its name.
    appeal_newsroom_nouns: frozenset[str] = frozenset()
    # ... or its record told by its name, then as "we" ("<Outlet> has reported on ..., and our writers ...").
    appeal_record: str = "^$"
    # Teasers of other stories: a headline of at least this many words over a short summary.
    teaser_headline_words: int = Field(5, ge=2)
    teaser_max_words: int = Field(45, ge=5)
    # A line naming the outlet is a note about it, unless it says the outlet asked ("did not respond to
    # the Post's request for comment").
    site_story_words: frozenset[str]
    # Removed lines that may stand between the story and a lone teaser (a header, a share bar, a footer).
    teaser_after: frozenset[str]
    # The outlet's reuse licence ("... may be shared under a Creative Commons licence ...").
    licence: str = "^$"
    # A photo caption between story paragraphs, told as a present-tense sentence with no credit and no day
    # ("Delegates take their seats before the session."): verbs of a scene beyond the caption_* lists.
    scene_verbs: frozenset[str] = frozenset()
    # Words such a caption does not hold: a plan or schedule ("The talks open next week." previews the
    # story), a negation, what people say or hope.
    scene_stop_words: frozenset[str] = frozenset()
    # Verbs a schedule tells with its day ("The two ministers meet again on Monday."): with a day, a line told
    # with one of these is no scene.
    scene_plan_verbs: frozenset[str] = frozenset()
    # Words by which a comment notice says the comments are shut ("closed", "turned off").
    comments_shut: tuple[str, ...] = ()

    @field_validator(*_PATTERNS)
    @classmethod
    def _linear(cls, value: str) -> str:
        return check_linear(value, anchor="^")
