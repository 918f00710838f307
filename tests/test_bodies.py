"""A state's bodies named without the state ("the ministry", "the government") tied to that state."""

from __future__ import annotations

import pytest

import parley
from parley.coref import cluster
from parley.entities import find_mentions


@pytest.fixture(scope="module")
def nlp():
    return parley.load_pipeline()


def _orgs(nlp, text: str) -> dict[str, tuple[str | None, list[str]]]:
    doc = nlp(text)
    out = {}
    for c in cluster(doc, find_mentions(doc)):
        if c.type == "ORG":
            out[c.name] = (c.country, [doc[m.start : m.end].text for m in c.mentions])
    return out


CASES = [
    # the body named before, then by its noun alone: one entity
    (
        "Norway's finance ministry said the loan was approved. The ministry added that terms were unchanged.",
        "Norwegian finance ministry",
        "NOR",
        2,
    ),
    # the state written after the body
    ("The government of Peru rejected the offer on Monday.", "Peruvian government", "PER", 1),
    # "its" takes the country just before it
    ("Chile said on Monday that its foreign ministry would reply.", "Chilean foreign ministry", "CHL", 1),
    # "its" means the state just named, not one whose body of that name came earlier
    (
        "Qatar's foreign ministry hosted the talks. Egypt, which borders the strip, also took part. "
        "Its foreign ministry said the crossing would open.",
        "Egyptian foreign ministry",
        "EGY",
        1,
    ),
    # a body named in capitals after "its" is that state's too
    (
        "Uzbekistan sent a delegation to Dushanbe. Its Ministry of Water Resources said the canal was safe.",
        "Uzbek Ministry of Water Resources",
        "UZB",
        1,
    ),
    # common nouns ending in a body's noun after a state's possessive; state initials count
    ("Peru's fisheries agency said the quota stood.", "Peruvian fisheries agency", "PER", 1),
    ("Imports fell, according to PNG's customs service.", "Papua New Guinean customs service", "PNG", 1),
    # a story about one state: "the cabinet" is that state's
    (
        "Sri Lanka will repay its creditors, Sri Lanka's president said. Sri Lanka and the IMF agreed. "
        "The cabinet approved the plan.",
        "Sri Lankan cabinet",
        "LKA",
        1,
    ),
]


@pytest.mark.parametrize(("text", "name", "country", "mentions"), CASES)
def test_body_is_tied_to_its_state(nlp, text: str, name: str, country: str, mentions: int) -> None:
    orgs = _orgs(nlp, text)
    assert name in orgs, sorted(orgs)
    assert orgs[name][0] == country
    assert len(orgs[name][1]) == mentions, orgs[name][1]


@pytest.mark.parametrize(
    ("text", "owner"),
    [
        # two states named as often: the lead's first is the story's subject, and "the government" its own
        ("Chile and Bolivia met in Lima. The government said talks would go on.", "Chilean government"),
        (
            "Bolivia will free two Chilean fishermen. Chile thanked Bolivia. The government said so.",
            "Bolivian government",
        ),
        # a lead that names no state leaves it unresolved
        ("Talks went on in Lima. Chile and Bolivia sent envoys. The government said so.", None),
    ],
)
def test_two_states_leave_the_government_to_the_lead(nlp, text: str, owner: str | None) -> None:
    governments = {name for name in _orgs(nlp, text) if name.endswith("government")}
    assert governments == ({owner} if owner else set()), governments


@pytest.mark.parametrize(
    ("text", "absent", "present"),
    [
        # nouns that end a body's name only capitalised are no body of the state lower-case
        ("Observers will deploy at Norway's initiative.", "Norwegian initiative", None),
        (
            "Peruvian forces pulled back; the Peruvian armed forces said so.",
            "Peruvian forces",
            "Peruvian armed forces",
        ),
        ("Chile's international trade envoy flew to Lima.", "Chilean international", None),
        # a state's government named in passing is no entity of its own
        ("Talks stalled, the Thai government said on Monday.", "Thai government", None),
        ("Kenya's government reopened the border.", "Kenyan government", None),
        # "military" is a body with no noun after it, an adjective before one
        (
            "The Peruvian military said two posts were shelled.",
            "Peruvian military action",
            "Peruvian military",
        ),
        ("Chile's military said so on Monday.", "Chilean military action", "Chilean military"),
        ("Peru threatened Peruvian military action at the border.", "Peruvian military", None),
    ],
)
def test_titled_only_nouns_end_no_body(nlp, text: str, absent: str, present: str | None) -> None:
    orgs = _orgs(nlp, text)
    assert absent not in orgs, sorted(orgs)
    assert present is None or present in orgs, sorted(orgs)
