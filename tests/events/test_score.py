"""The event scorer: type equivalences from the PLOVER manual, actor matching, 1-1 alignment."""

from __future__ import annotations

from parley.events.score import score_events, type_keys
from parley.records import Article, Entity, Event, Participant, Record

BODY = "Russia and Ukraine met in Istanbul. Putin offered talks. Kyiv refused to attend."


def _record(events: list[Event]) -> Record:
    ents = [
        Entity(id="E1", name="Russia", type="COUNTRY", country="RUS", mentions=[(0, 6)]),
        Entity(id="E2", name="Ukraine", type="COUNTRY", country="UKR", mentions=[(11, 18)]),
        Entity(id="E3", name="Vladimir Putin", type="PERSON", country="RUS", mentions=[(36, 41)]),
        Entity(id="E4", name="Kyiv", type="PLACE", country="UKR", mentions=[(57, 61)]),
    ]
    return Record(article=Article(body=BODY), entities=ents, events=events)


def _p(eid: str, name: str, country: str) -> Participant:
    return Participant(entity=eid, name=name, country=country)


GOLD = {
    "entities": [
        {"name": "Russia", "type": "COUNTRY", "country": "RUS", "mentions": ["Russia"]},
        {"name": "Ukraine", "type": "COUNTRY", "country": "UKR", "mentions": ["Ukraine", "Kyiv"]},
        {"name": "Vladimir Putin", "type": "PERSON", "country": "RUS", "mentions": ["Putin"]},
    ],
    "events": [
        {"type": "CONSULT", "mode": None, "status": "occurred", "actors": ["Russia", "Ukraine"],
         "recipients": [], "date": None, "evidence": "Russia and Ukraine met in Istanbul"},
        {"type": "AGREE", "mode": None, "status": "pledged", "actors": ["Vladimir Putin"], "recipients": [],
         "date": None, "evidence": "Putin offered talks"},
        {"type": "REJECT", "mode": "meet", "status": "denied", "actors": ["Ukraine"], "recipients": [],
         "date": None, "evidence": "Kyiv refused to attend"},
    ],
}


def test_the_manuals_single_category_coding_matches() -> None:
    assert "AGREE" in type_keys("CONSULT", "proposed")
    assert "CONCEDE" in type_keys("RETREAT", "pledged")
    assert "REJECT" in type_keys("CONSULT", "denied")
    assert "REJECT" not in type_keys("ASSAULT", "denied")


def test_surnames_capitals_and_equivalent_types_match() -> None:
    preds = [
        Event(type="CONSULT", status="occurred",
              actors=[_p("E1", "Russia", "RUS"), _p("E2", "Ukraine", "UKR")], span=(0, 34)),
        Event(type="CONSULT", status="pledged", actors=[_p("E3", "Vladimir Putin", "RUS")], span=(36, 55)),
        Event(type="CONSULT", status="denied", actors=[_p("E4", "Kyiv", "UKR")], span=(57, 79)),
        Event(type="ASSAULT", status="occurred", actors=[_p("E1", "Russia", "RUS")], span=(0, 34)),
    ]
    s = score_events(_record(preds), GOLD)
    assert (s.type_actor.tp, s.type_actor.fp, s.type_actor.fn) == (3, 1, 0)
    assert s.status_right == 3
    assert s.matched == 3


def test_a_wrong_actor_is_no_match() -> None:
    preds = [Event(type="AGREE", status="pledged", actors=[_p("E2", "Ukraine", "UKR")], span=(36, 55))]
    s = score_events(_record(preds), GOLD)
    assert s.type_actor.tp == 0 and s.type_actor.fn == 3
