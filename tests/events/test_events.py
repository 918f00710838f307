"""Event frames, arguments and status on short sentences written for these tests."""

from __future__ import annotations

from pathlib import Path

import pytest

import parley
from parley.errors import RulesError
from parley.events.patterns import EventPatterns, event_patterns
from parley.rules import load_rules


def _events(text: str, published: str = "2025-06-04") -> list[parley.Event]:
    return parley.extract(text, published=published, clean=False).events


def _one(text: str, type_: str) -> parley.Event:
    found = [e for e in _events(text) if e.type == type_]
    assert found, f"no {type_} in {text!r}: {_events(text)}"
    return found[0]


def _names(ps: list) -> set[str]:
    return {p.name for p in ps}


CASES = [
    # text, type, mode, status, actors, recipients
    (
        "Russia and Ukraine will meet in Geneva on Friday.",
        "CONSULT",
        None,
        "pledged",
        {"Russia", "Ukraine"},
        set(),
    ),
    ("Russia and Ukraine did not meet on Monday.", "CONSULT", None, "denied", {"Russia", "Ukraine"}, set()),
    # a talk with no venue is a call; one on the sidelines of a summit is not
    ("Peruvian President Ana Ruiz spoke with Chilean President Jorge Vidal on Monday, her office said in a "
     "statement.", "CONSULT", "phone", "occurred", {"Ana Ruiz", "Jorge Vidal"}, set()),
    ("Peruvian President Ana Ruiz spoke with Chilean President Jorge Vidal on the sidelines of the summit on "
     "Monday, her office said.", "CONSULT", None, "occurred", {"Ana Ruiz", "Jorge Vidal"}, set()),
    # talks that ended were held
    ("Negotiators from Norway and Denmark ended two days of talks in Oslo on Tuesday.", "CONSULT", None,
     "occurred", {"Norway", "Denmark"}, set()),
    (
        "Peace talks between Russia and Ukraine were proposed for next week in Istanbul.",
        "CONSULT",
        None,
        "proposed",
        {"Russia", "Ukraine"},
        set(),
    ),
    ("Ukraine refused to attend the talks in Geneva.", "REJECT", "meet", "denied", {"Ukraine"}, set()),
    # an agreement declared not binding on a party: that party rejects it
    ("Chad and Sudan signed a truce on Monday. Ali Musa said the Union of Forces for Change is not bound by "
     "the deal.", "REJECT", None, "occurred", {"Union of Forces for Change"}, set()),
    ("Chad and Sudan signed a truce on Monday. Ali Musa said the Doha deal does not bind the Union of Forces "
     "for Change.", "REJECT", None, "occurred", {"Union of Forces for Change"}, set()),
    # a base-form verb joined to a modal one shares its modal
    ("Norway said it would host the talks next month and release the Danish prisoners.", "RETREAT", "release",
     "pledged", {"Norway"}, set()),
    (
        "The European Union urged Russia to release the prisoners.",
        "REQUEST",
        "yield",
        "requested",
        {"European Union"},
        {"Russia"},
    ),
    (
        "Israel and Hamas agreed to a ceasefire on Tuesday, Qatar said.",
        "AGREE",
        None,
        "occurred",
        {"Israel", "Hamas"},
        set(),
    ),
    ("Hamas accused Israel of violating the truce.", "ACCUSE", "allege", "occurred", {"Hamas"}, {"Israel"}),
    (
        "The EU imposed new sanctions on Russia's shadow fleet.",
        "SANCTION",
        "discontinue",
        "occurred",
        {"European Union"},
        {"Russia"},
    ),
    (
        "Turkey hosted talks between Somalia and Ethiopia in Ankara.",
        "CONSULT",
        "third-party",
        "occurred",
        {"Somalia", "Ethiopia"},
        {"Turkey"},
    ),
    (
        "China staged large-scale military drills around Taiwan on Monday.",
        "MOBILIZE",
        "weapons",
        "occurred",
        {"China"},
        set(),
    ),
    (
        "Russian Foreign Minister Sergei Lavrov said Moscow was ready to present its own plan.",
        "AGREE",
        None,
        "pledged",
        {"Moscow", "Sergei Lavrov"},
        set(),
    ),
    # a condition set by the speaker is a demand
    (
        "Foreign Minister Mira Olsen said any sanctions relief for Belarus would depend on concrete steps.",
        "REQUEST",
        "change",
        "requested",
        {"Mira Olsen"},
        set(),
    ),
    ("The UN envoy, Tomas Rehn, said he would travel to Kigali next week.", "CONSULT", "visit", "pledged",
     {"Tomas Rehn"}, {"Kigali"}),
    ("Mauritania has said it will take part.", "CONSULT", None, "pledged", {"Mauritania"}, set()),
    # the parser takes "accused" for a modifier of the name after it
    ("Serbia's chief negotiator, Petar Voss, accused Pristina of stalling and said Belgrade would wait.",
     "ACCUSE", "allege", "occurred", {"Petar Voss"}, set()),
    ("Kenya and Somalia met in Nairobi on Monday. The sides agreed to meet again in four weeks.",
     "AGREE", None, "occurred", {"Kenya", "Somalia"}, set()),
    # easing a trade rule is a concession, not a rejection
    ("Kenya will drop extra inspections on Tanzanian maize at the border.", "CONCEDE", None, "pledged",
     {"Kenya"}, set()),
    # bringing one's own tariffs down is easing them too
    ("Under the accord, Peru will reduce its duties on Chilean wine from 40% to 15%.", "CONCEDE", None,
     "pledged", {"Peru"}, set()),
    ("Brazil slashed its levies on Argentine wheat on Tuesday.", "CONCEDE", None, "occurred", {"Brazil"},
     set()),
    # the object of a relative clause: "a plan Oslo turned down"
    ("Estonia put forward a transit plan, a plan Oslo turned down on Friday.", "REJECT", None, "occurred",
     {"Oslo"}, set()),
    ("Ecuador dropped its request for a buffer zone to secure the deal.", "CONCEDE", None, "occurred",
     {"Ecuador"}, set()),
    # "by phone with X": the parser hangs the other party on the means
    ("Prime Minister Lena Kask said on Monday that she had spoken by phone with President Aro Lind.",
     "CONSULT", "phone", "occurred", {"Lena Kask", "Aro Lind"}, set()),
    # signing a text is agreeing to it; talks whose length is told took place; a joint body meeting is the
    # parties' meeting
    ("Chad and Sudan signed a border agreement in Ndjamena on Monday.", "AGREE", None, "occurred",
     {"Chad", "Sudan"}, set()),
    ("Chad and Sudan reopened the border after three days of talks.", "CONSULT", None, "occurred",
     {"Chad", "Sudan"}, set()),
    ("Chad and Sudan agreed on Monday to reopen the border. A joint committee is due to meet next week.",
     "CONSULT", None, "pledged", {"Chad", "Sudan"}, set()),
    # a broker's deal is the two parties' too; a state's armed forces act for it
    ("Chad and Sudan clashed in May. Qatar brokered a truce between them on Monday.", "AGREE", None,
     "occurred", {"Qatar", "Chad", "Sudan"}, set()),
    ("Chad and Sudan clashed in May. Sudanese forces shelled a Chadian border post on Monday.", "ASSAULT",
     None, "occurred", {"Sudan"}, set()),
    # the stock phrases of a veiled threat; a refused concession; an accusation after a threat stays apart
    ("Tarvia said Lomar would take all the necessary measures to protect its fishermen.", "THREATEN", None,
     "pledged", {"Lomar"}, set()),
    ("Tarvia said Lomar would respond in kind if its boats were stopped.", "THREATEN", None, "occurred",
     {"Lomar"}, set()),
    ("The Chadian minister said Chad would not lower its price.", "REJECT", None, "denied", {"Chad"}, set()),
    ("Chad threatened to close the border if the trucks were not released, accusing Sudan of theft.",
     "ACCUSE", "allege", "hypothetical", {"Chad"}, {"Sudan"}),
    # putting forward a text is a proposed AGREE
    ("Chad and Sudan met on Monday. Chad had proposed a common floor price for the two countries.", "AGREE",
     None, "proposed", {"Chad"}, set()),
    # a text's signers named in a participle clause
    ("The treaty, signed by Chad and Sudan in March, has held.", "AGREE", None, "occurred", {"Chad", "Sudan"},
     set()),
    # a hostile act set on a condition is a threat
    ("Brussels was ready to consider new sanctions against Latvia if the lorries were not released.",
     "THREATEN", "relations", "occurred", {"Brussels"}, set()),
    # praise in a description is SUPPORT
    ("The Estonian Foreign Ministry called the agreement a step in the right direction.", "SUPPORT", None,
     "occurred", {"Estonian Foreign Ministry"}, set()),
    # shutting a border crossing to the other side; barring its lorries
    ("Tallinn closed its two remaining road crossings with Latvia on October 22.", "SANCTION", "discontinue",
     "occurred", {"Tallinn"}, set()),
    ("Latvia responded by barring Estonian lorries from its ports.", "SANCTION", "discontinue", "occurred",
     {"Latvia"}, set()),
    # leaving a named organisation; stopping another's boats
    ("Chad and Sudan formally left the Organisation of African Unity in March.", "SANCTION", "withdraw",
     "occurred",
     {"Chad", "Sudan"}, set()),
    ("The Peruvian Navy intercepted three Chilean fishing boats off Arica on Sunday.", "COERCE", "seize",
     "occurred", {"Peruvian Navy"}, set()),
]


@pytest.mark.parametrize(("text", "type_", "mode", "status", "actors", "recipients"), CASES)
def test_event(
    text: str, type_: str, mode: str | None, status: str, actors: set[str], recipients: set[str]
) -> None:
    e = _one(text, type_)
    assert e.mode == mode
    assert e.status == status
    assert actors <= _names(e.actors)
    assert recipients <= _names(e.recipients)


def test_date_and_place_are_linked() -> None:
    e = _one("Russia and Ukraine will meet in Geneva on Friday.", "CONSULT")
    assert (e.date, e.place, e.place_country) == ("2025-06-06", "Geneva", "CHE")
    body = "Russia and Ukraine will meet in Geneva on Friday."
    assert body[e.place_span[0] : e.place_span[1]] == "Geneva"


def test_actors_carry_entity_country_and_sector() -> None:
    e = _one("Russian Foreign Minister Sergei Lavrov said Moscow was ready to present its own plan.", "AGREE")
    lavrov = next(p for p in e.actors if p.name == "Sergei Lavrov")
    assert (lavrov.country, lavrov.sector) == ("RUS", "GOV")
    assert lavrov.entity and lavrov.mention and lavrov.mention.text == "Sergei Lavrov"


def test_a_noun_that_names_no_event_is_not_one() -> None:
    assert not [
        e for e in _events("Diplomats said the meeting format was a matter of taste.") if e.type == "CONSULT"
    ]


def test_patterns_load_and_cover_the_16_types() -> None:
    p = event_patterns()
    assert {f.type for f in p.frames} == {
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
    }


def test_a_mode_plover_does_not_define_fails_on_load(tmp_path: Path) -> None:
    bad = tmp_path / "bad.yaml"
    text = (Path(parley.__file__).parent / "data" / "event_patterns.yaml").read_text(encoding="utf-8")
    bad.write_text(
        text.replace("type: CONSULT, mode: phone", "type: CONSULT, mode: telegram", 1), encoding="utf-8"
    )
    with pytest.raises(RulesError, match="telegram"):
        load_rules(bad, EventPatterns)


def test_a_pipeline_without_a_parser_gives_no_events() -> None:
    record = parley.extract("Russia and Ukraine will meet in Geneva on Friday.", clean=False, model="blank")
    assert record.events == [] and record.negotiation == {}
