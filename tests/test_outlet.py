"""The publishing outlet's country (parley.outlet) and its use for unplaced officials."""

from __future__ import annotations

import pytest

from parley.clean import Cleaned
from parley.export import to_record
from parley.nlp import load_pipeline, run_pipeline
from parley.outlet import outlet_country


@pytest.mark.parametrize(
    ("site", "url", "expected"),
    [
        ("The Korea Herald", None, "KOR"),  # a state in the name
        ("Dhaka Tribune", None, "BGD"),  # a capital beside a masthead word
        ("The Brenn Courier", "https://www.brenncourier.co.uk/world/1", "GBR"),  # the country-code domain
        ("Harbour Daily", "https://harbourdaily.com.au/x", "AUS"),
        ("Metro", None, None),  # a one-word name is no town's paper
        ("Reuters", "https://www.reuters.com/world/x", None),  # a wire writes for the world
        ("Al Jazeera", None, None),
        (None, "https://news.example.io/story", None),  # a vanity domain
        (None, None, None),
        ("Kestrel News", "not a url", None),
    ],
)
def test_outlet_country(site: str | None, url: str | None, expected: str | None) -> None:
    assert outlet_country(site, url) == expected


@pytest.mark.parametrize(
    ("text", "site", "expected"),
    [
        # A national paper leaves its own state unsaid when it names its minister: the state is named twice.
        (
            "GENEVA -- South Korea and Japan held talks on Tuesday. Trade Minister Jun-ho Baek said the "
            "talks in Geneva went well. Officials in Seoul welcomed the result for South Korea.",
            "The Korea Herald",
            "KOR",
        ),
        # A paper whose state the story never names sets no prior.
        (
            "Talvia and Morensk held talks on Tuesday. Trade Minister Ivo Rask said the talks went well.",
            "The Korea Herald",
            None,
        ),
    ],
)
def test_outlet_places_its_officials(text: str, site: str, expected: str | None) -> None:
    doc = run_pipeline(load_pipeline(), text, "2025-06-10", None, outlet_country(site, None))
    record = to_record(doc, Cleaned(body=text), "2025-06-10", "argument")
    people = {e.name: e.country for e in record.entities if e.type == "PERSON"}
    minister = next(name for name in people if "Baek" in name or "Rask" in name)
    assert people[minister] == expected
