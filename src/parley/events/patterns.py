"""The event lexicon (``data/event_patterns.yaml``): frames, modes, status cues, sectors and contexts.

The ontology is PLOVER's (Open Event Data Alliance, ``PLOVER_MANUAL.tex``, github.com/openeventdata/PLOVER):
the 16 event types and the modes each type's table lists. A frame naming a type or a mode that the manual does
not define fails on load.
"""

from __future__ import annotations

from functools import lru_cache
from typing import Literal

from pydantic import BaseModel, ConfigDict, Field, field_validator, model_validator

# PLOVER's event types and their modes (the manual's mode tables; AGREE, SUPPORT, CONCEDE, COOPERATE and AID
# have none).
PLOVER_MODES: dict[str, frozenset[str]] = {
    "AGREE": frozenset(),
    "CONSULT": frozenset({"visit", "third-party", "multilateral", "phone"}),
    "SUPPORT": frozenset(),
    "CONCEDE": frozenset(),
    "COOPERATE": frozenset(),
    "AID": frozenset(),
    "RETREAT": frozenset({"withdraw", "release", "disarm", "ceasefire", "access", "resign"}),
    "REQUEST": frozenset({"assist", "change", "yield", "meet"}),
    "ACCUSE": frozenset({"disapprove", "investigate", "allege"}),
    "REJECT": frozenset({"assist", "change", "yield", "meet"}),
    "THREATEN": frozenset({"restrict", "arrest", "relations", "expel", "territory", "violence"}),
    "PROTEST": frozenset({"demo", "riot", "strike", "hunger", "boycott", "obstruct", "vandalize"}),
    "SANCTION": frozenset({"convict", "expel", "withdraw", "discontinue"}),
    "MOBILIZE": frozenset({"troops", "weapons", "police", "militia"}),
    "COERCE": frozenset(
        {
            "seize",
            "restrict",
            "censor",
            "curfew",
            "martial-law",
            "arrest",
            "deport",
            "withhold",
            "misinformation",
            "cyber",
        }
    ),
    "ASSAULT": frozenset(
        {
            "abduct",
            "beat",
            "torture",
            "sexual",
            "targeted",
            "destroy",
            "primitive",
            "firearms",
            "explosives",
            "suicide-attack",
            "aerial",
            "drone",
            "heavy-weapons",
            "crowd-control",
            "unconventional",
        }
    ),
}
PloverType = Literal[
    "AGREE",
    "CONSULT",
    "SUPPORT",
    "CONCEDE",
    "COOPERATE",
    "AID",
    "RETREAT",
    "REQUEST",
    "ACCUSE",
    "REJECT",
    "THREATEN",
    "PROTEST",
    "SANCTION",
    "MOBILIZE",
    "COERCE",
    "ASSAULT",
]
Status = Literal["occurred", "proposed", "pledged", "requested", "denied", "hypothetical"]
STATUSES: tuple[str, ...] = ("occurred", "proposed", "pledged", "requested", "denied", "hypothetical")


def _words(v: object) -> frozenset[str]:
    if not isinstance(v, list) or not all(isinstance(w, str) for w in v):
        raise ValueError("must be a list of words")
    return frozenset(w.lower() for w in v)


_MEMO_WORDS = 50_000  # words whose frames are remembered; the memo restarts past that


def word_forms(lemma: str, lower: str) -> list[str]:
    """A token's lemma and text, and naive stems of its text, which stand in when the lemmatizer slips
    ("staged" -> "stag")."""
    w = lower
    out = [lemma, w]
    if w.endswith("ied") or w.endswith("ies"):
        out.append(w[:-3] + "y")
    if w.endswith("ed"):
        out += [w[:-1], w[:-2]] + ([w[:-3]] if len(w) > 4 and w[-3] == w[-4] else [])
    elif w.endswith("ing"):
        out += [w[:-3], w[:-3] + "e"] + ([w[:-4]] if len(w) > 5 and w[-4] == w[-5] else [])
    elif w.endswith("s") and not w.endswith("ss"):
        out.append(w[:-1])
    return out


class _Strict(BaseModel):
    model_config = ConfigDict(extra="forbid", frozen=True)


class Frame(_Strict):
    lemmas: frozenset[str]
    pos: Literal["VERB", "NOUN", "ADJ", "ANY"]
    type: PloverType
    mode: str | None = None
    status: Status | None = None
    objects: frozenset[str] = frozenset()
    not_objects: frozenset[str] = frozenset()
    preps: frozenset[str] = frozenset()
    modifiers: frozenset[str] = frozenset()
    not_modifiers: frozenset[str] = frozenset()
    with_preps: frozenset[str] = frozenset()
    heads: frozenset[str] = frozenset()
    not_heads: frozenset[str] = frozenset()
    not_preps: frozenset[str] = frozenset()
    not_args: frozenset[str] = frozenset()
    mandative: bool = False
    ccomp_cues: frozenset[str] = frozenset()
    entity_object: bool = False
    person_object: bool = False
    no_complement: bool = False
    no_object: bool = False  # "the groups will attend": the talks are named elsewhere
    speaker_actor: bool = False  # "relief would depend on steps", X said: the condition is the speaker's
    doc_words: frozenset[str] = frozenset()
    place_object: bool = False
    org_object: bool = False  # "left ECOWAS": the object names an organisation
    place_preps: frozenset[str] = frozenset()  # "travelled to Kigali": the phrase names a place
    not_purpose: frozenset[str] = frozenset()  # "travelled to Doha to meet X": the meeting is the event
    threat: bool = False
    subject_is_group: bool = False
    content: bool = False
    reciprocal: bool = False
    swap_roles: bool = False
    mediated: bool = False  # "Qatar brokered a truce": the deal is the two main parties', Qatar a broker
    possessor_actor: bool = False  # "conveyed India's concern": the object's possessor is the author
    negated: bool = False  # "was not bound by any deal": the act is the negation itself

    _lower = field_validator(
        "lemmas",
        "objects",
        "not_objects",
        "preps",
        "modifiers",
        "not_modifiers",
        "with_preps",
        "heads",
        "not_heads",
        "not_preps",
        "place_preps",
        "not_purpose",
        "not_args",
        "ccomp_cues",
        "doc_words",
        mode="before",
    )(lambda cls, v: _words(v))

    @model_validator(mode="after")
    def _mode_is_plover(self) -> Frame:
        if self.mode is not None and self.mode not in PLOVER_MODES[self.type]:
            raise ValueError(f"mode {self.mode!r} is not one of PLOVER's modes for {self.type}")
        return self


class StatusCues(_Strict):
    negation: frozenset[str]
    conditional: frozenset[str]
    hypothetical_modals: frozenset[str]
    future_modals: frozenset[str]
    governors: dict[Status, frozenset[str]]
    noun_modifiers: dict[Status, frozenset[str]]
    future_words: frozenset[str]

    _lower = field_validator(
        "negation", "conditional", "hypothetical_modals", "future_modals", "future_words", mode="before"
    )(lambda cls, v: _words(v))

    @field_validator("governors", "noun_modifiers", mode="before")
    @classmethod
    def _lists(cls, v: object) -> object:
        if not isinstance(v, dict):
            raise ValueError("must map a status to a list of words")
        return {k: _words(words) for k, words in v.items()}


class Refusals(_Strict):
    verbs: frozenset[str]

    _lower = field_validator("verbs", mode="before")(lambda cls, v: _words(v))


class EventPatterns(_Strict):
    frames: list[Frame]
    assault_modes: dict[str, frozenset[str]]
    content_modes: dict[PloverType, str]
    content_words: dict[str, frozenset[str]]
    demand_modals: frozenset[str]
    demand_subjects: frozenset[str]
    light_verbs: frozenset[str]
    speech_verbs: frozenset[str]
    agent_heads: frozenset[str]
    party_words: frozenset[str]
    definite: dict[str, Literal["ORG", "COUNTRY", "PLACE", "GROUP", "MIL", "REB", "GOV"]]
    plural_roles: frozenset[str]
    act_verbs: frozenset[str]
    aim_verbs: frozenset[str]
    spans: frozenset[str]
    undergone: frozenset[str]
    responded_acts: dict[str, list[PloverType]]
    patient_people: frozenset[str]
    bilateral_nouns: frozenset[str]
    via_heads: frozenset[str]
    requesters: frozenset[str]
    schedule_verbs: frozenset[str]
    meeting_nouns: frozenset[str]
    team_nouns: frozenset[str]
    describing_verbs: frozenset[str]
    mediator_verbs: frozenset[str]
    ready_words: frozenset[str]
    refuse_verbs: frozenset[str]
    mutual_verbs: frozenset[str]
    naming_words: frozenset[str]
    only_when: frozenset[str]
    phone_verbs: frozenset[str]
    in_person_words: frozenset[str]
    closed_topics: list[str] = Field(default_factory=list)
    status: StatusCues
    refusals: Refusals
    sectors: dict[str, frozenset[str]]
    contexts: dict[str, frozenset[str]] = Field(default_factory=dict)

    _lower = field_validator(
        "demand_modals", "demand_subjects", "light_verbs", "speech_verbs", "agent_heads", "party_words",
        "plural_roles", "act_verbs", "aim_verbs", "patient_people", "spans", "undergone", "bilateral_nouns",
        "via_heads", "requesters", "schedule_verbs", "meeting_nouns", "team_nouns", "describing_verbs",
        "mediator_verbs", "ready_words", "refuse_verbs", "mutual_verbs", "naming_words", "only_when",
        "phone_verbs", "in_person_words", mode="before",
    )(lambda cls, v: _words(v))

    @field_validator("assault_modes", "content_words", "sectors", "contexts", mode="before")
    @classmethod
    def _lists(cls, v: object) -> object:
        if not isinstance(v, dict):
            raise ValueError("must map a name to a list of words")
        return {k: _words(words) for k, words in v.items()}

    @model_validator(mode="after")
    def _modes_are_plover(self) -> EventPatterns:
        bad = set(self.assault_modes) - PLOVER_MODES["ASSAULT"]
        if bad:
            raise ValueError(f"assault_modes: not PLOVER ASSAULT modes: {sorted(bad)}")
        return self

    @property
    def order(self) -> dict[int, int]:
        """Each frame's place in the file (earlier frames win)."""
        idx = self.__dict__.get("_order")
        if idx is None:
            idx = self.__dict__["_order"] = {id(f): i for i, f in enumerate(self.frames)}
        return idx

    def frames_for(self, word: str) -> list[Frame]:
        return self._index.get(word, [])

    def sector_of(self, padded: str) -> str | None:
        """The first sector with a cue word in ``padded`` (a name and its roles, lower-cased, with a space at
        each end); remembered, as each entity is asked for again with every event it takes part in."""
        memo = self.__dict__.get("_sector_memo")
        if memo is None or len(memo) > _MEMO_WORDS:
            memo = self.__dict__["_sector_memo"] = {}
        if padded not in memo:
            memo[padded] = next(
                (code for code, cues in self.sectors.items() if any(f" {w} " in padded for w in cues)), None
            )
        return memo[padded]

    def candidates(self, lemma: str, lower: str) -> list[Frame]:
        """The frames that any form of a word (``word_forms``) names, each once, in file order; computed
        once per word, as every token of every article asks (the caller must not change the list)."""
        memo = self.__dict__.get("_memo")
        if memo is None or len(memo) > _MEMO_WORDS:
            memo = self.__dict__["_memo"] = {}
        found = memo.get((lemma, lower))
        if found is None:
            seen: list[Frame] = []
            for w in word_forms(lemma, lower):
                for f in self.frames_for(w):
                    if f not in seen:  # equal frames count once, as the file may repeat one
                        seen.append(f)
            order = self.order
            found = memo[(lemma, lower)] = sorted(seen, key=lambda f: order[id(f)])
        return found

    @property
    def _index(self) -> dict[str, list[Frame]]:
        idx = self.__dict__.get("_idx")
        if idx is None:
            idx = {}
            for f in self.frames:
                for lemma in f.lemmas:
                    idx.setdefault(lemma, []).append(f)
            self.__dict__["_idx"] = idx
        return idx


@lru_cache(maxsize=1)
def event_patterns() -> EventPatterns:
    from parley.rules import load_rules

    return load_rules("event_patterns.yaml", EventPatterns)
