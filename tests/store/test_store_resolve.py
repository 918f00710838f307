"""The pure rules of `parley.resolve`, as tables of cases."""

from __future__ import annotations

from datetime import date

import pytest

from parley import resolve
from parley.resolve import EntityInfo, EventKey

NAME_KEYS = [
    ("Dmitry Peskov", "PERSON", "dmitry peskov"),
    ("Kremlin spokesman Dmitry Peskov", "PERSON", "dmitry peskov"),
    ("Ukraine's Foreign Minister Andrii Sybiha", "PERSON", "andrii sybiha"),
    ("Mr. Peskov", "PERSON", "peskov"),
    ("the Kremlin", "ORG", "kremlin"),
    ("Peskov", "PERSON", "peskov"),
]


@pytest.mark.parametrize(("name", "type_", "key"), NAME_KEYS)
def test_name_key(name: str, type_: str, key: str) -> None:
    assert resolve.name_key(name, type_) == key


STORED = [
    EntityInfo("John Smith", "PERSON", "GBR", ["foreign secretary"], ["John Smith"], id=1),
    EntityInfo("John Smith", "PERSON", "USA", ["senator"], ["John Smith"], id=2),
    EntityInfo("Dmitry Peskov", "PERSON", "RUS", ["Kremlin spokesman"], ["Dmitry Peskov", "Peskov"], id=3),
    EntityInfo("Kremlin", "ORG", "RUS", [], ["the Kremlin"], id=4),
]

MATCHES = [
    (EntityInfo("Peskov", "PERSON"), 3),
    (EntityInfo("Kremlin spokesman Dmitry Peskov", "PERSON"), 3),
    (EntityInfo("D. Peskov", "PERSON", "RUS"), 3),
    (EntityInfo("Dmitri Peskov", "PERSON"), None),  # another spelling is not guessed
    (EntityInfo("Peskov", "PERSON", "UKR"), None),  # another country
    (EntityInfo("Smith", "PERSON", roles=["senator"]), 2),
    (EntityInfo("Smith", "PERSON", "GBR"), 1),
    (EntityInfo("Smith", "PERSON"), None),  # ambiguous: neither
    (EntityInfo("Adam Smith", "PERSON", "USA"), None),
    (EntityInfo("Kremlin", "ORG"), 4),
    (EntityInfo("Kremlin", "PLACE"), None),
]


@pytest.mark.parametrize(("cand", "expected"), MATCHES, ids=[f"{c.name}-{c.country}" for c, _ in MATCHES])
def test_match_entity(cand: EntityInfo, expected: int | None) -> None:
    assert resolve.match_entity(cand, STORED) == expected


QUOTES = [
    ("We are ready for talks.", "“We are ready for talks”", True),
    ("we are ready for a second round of talks in istanbul", "ready for a second round of talks", True),
    ("The memorandum will be ready soon", "The memorandum will be ready next week", False),
    ("It is too early to say", "too early", False),  # a short fragment is not enough
    ("Russia is ready for talks with Ukraine", "Russia is ready for talk with Ukraine", True),
]


@pytest.mark.parametrize(("a", "b", "same"), QUOTES)
def test_same_quote(a: str, b: str, same: bool) -> None:
    assert resolve.same_quote(resolve.normalise_text(a), resolve.normalise_text(b)) is same


D = date(2025, 6, 2)
EVENTS = [
    (
        EventKey("CONSULT", frozenset({"ru", "ua"}), day=D),
        EventKey("CONSULT", frozenset({"ua", "ru"}), day=D),
        True,
    ),
    (  # a report naming some of the parties, and no place: not enough to merge
        EventKey("CONSULT", frozenset({"ru", "ua"}), day=D),
        EventKey("CONSULT", frozenset({"ru"}), day=D),
        False,
    ),
    (
        EventKey("CONSULT", frozenset({"ru", "ua"}), day=D, place="istanbul"),
        EventKey("CONSULT", frozenset({"ru"}), day=date(2025, 6, 3), place="istanbul"),
        True,
    ),
    (
        EventKey("CONSULT", frozenset({"ru", "ua"}), day=D, place="istanbul"),
        EventKey("CONSULT", frozenset({"ru"}), day=date(2025, 6, 4), place="istanbul"),
        False,
    ),
    (EventKey("CONSULT", frozenset({"ru"}), day=D), EventKey("CONSULT", frozenset({"ua"}), day=D), False),
    (EventKey("CONSULT", frozenset({"ru"}), day=D), EventKey("AGREE", frozenset({"ru"}), day=D), False),
    (
        EventKey("CONSULT", frozenset({"ru"}), day=D),
        EventKey("CONSULT", frozenset({"ru"}), day=date(2025, 6, 5)),
        True,
    ),
    (
        EventKey("CONSULT", frozenset({"ru"}), day=D),
        EventKey("CONSULT", frozenset({"ru"}), day=date(2025, 6, 6)),
        False,
    ),
    (
        EventKey("CONSULT", frozenset({"ru"}), place="istanbul"),
        EventKey("CONSULT", frozenset({"ru"}), place="geneva"),
        False,
    ),
    (EventKey("CONSULT", frozenset({"ru"}), place="istanbul"), EventKey("CONSULT", frozenset({"ru"})), True),
    (EventKey("CONSULT", frozenset()), EventKey("CONSULT", frozenset({"ru"})), False),
    (
        EventKey("REQUEST", frozenset({"ua"}), frozenset({"ru"})),
        EventKey("REQUEST", frozenset({"ua"}), frozenset({"us"})),
        False,
    ),
]


@pytest.mark.parametrize(("a", "b", "same"), EVENTS)
def test_same_event(a: EventKey, b: EventKey, same: bool) -> None:
    assert resolve.same_event(a, b) is same
    assert resolve.same_event(b, a) is same


@pytest.mark.parametrize(
    ("value", "day"),
    [
        ("2025-06-02", date(2025, 6, 2)),
        ("2025-06-02T10:00", date(2025, 6, 2)),
        ("2025-06", None),
        ("x", None),
        (None, None),
    ],
)
def test_parse_day(value: str | None, day: date | None) -> None:
    assert resolve.parse_day(value) == day
