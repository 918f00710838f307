"""Untitled capitalised names that are no people: the shape around them says what they are (invented text)."""

from __future__ import annotations

import pytest

import parley
from parley.coref import cluster
from parley.entities import find_mentions


@pytest.fixture(scope="module")
def nlp():
    return parley.load_pipeline()


def _types(nlp, text: str) -> dict[str, str]:
    doc = nlp(text)
    return {c.name: c.type for c in cluster(doc, find_mentions(doc))}


# (text, name, the type it must have, or None where it must be no entity at all)
CASES = [
    ("Barges were seen on the Velmora Brook near the dam.", "Velmora Brook", "PLACE"),
    ("Farmers said the Oskar Tennet river had dried up.", "Oskar Tennet river", "PLACE"),
    ("Guests left the Grand Pellin hotel before noon.", "Grand Pellin hotel", "PLACE"),
    ("Trucks crossed at the Adrevo border crossing on Monday.", "Adrevo", "PLACE"),
    ("Trade through the Kelmi, Sorta La and Vanu La passes resumed.", "Sorta La", "PLACE"),
    ("Trade through the Kelmi, Sorta La and Vanu La passes resumed.", "Vanu La", "PLACE"),
    ("Police blamed the Tamo Roux gang for the attack.", "Tamo Roux", "ORG"),
    ("Figures came from the Orlen Vasko human rights centre in the capital.", "Orlen Vasko", "ORG"),
    ("South Africa's Minister of International Relations, Ana Ruse, spoke.", "International Relations", None),
    # a brief's second part, a brief "in charge of", a named body's brief: no person either
    ("Marland's Minister of Social Affairs and Humanitarian Action, Ana Brel, spoke.", "Action", None),
    ("Marland's Minister in charge of Emergency Management, Jana Roe, spoke.", "Emergency Management", None),
    ("The Council for Trade and Economic Development met in Tolvik.", "Economic Development", None),
    ("The Nobel Peace Prize went to a lawyer.", "Nobel Peace Prize", None),
    ("Since World War II no such talks were held.", "World War II", None),
    ("Under Article 5 and Chapter VII nothing changes.", "Chapter VII", None),
    ("Under Article 5 nothing changes.", "Under Article", None),
    ("The envoy for the Belgrade-Pristina dialogue said both sides agreed.", "Belgrade-Pristina", None),
    # a known town before a facility noun names the facility; a nationality inside a place's name is its own
    ("Trucks waited at the Rafah crossing for a week.", "Rafah crossing", "PLACE"),
    ("Aid reached the Tindouf refugee camps on Monday.", "Tindouf refugee camps", "PLACE"),
    ("Filling of the Grand Ethiopian Renaissance Dam resumed.", "Grand Ethiopian Renaissance Dam", "PLACE"),
    # after a verb of motion and "to"/"from", or an area noun and "of", an unknown name is a place
    ("Thousands fled to Kavumbo after the shelling.", "Kavumbo", "PLACE"),
    ("Shells fell 20 km north of Dorvana on Monday.", "Dorvana", "PLACE"),
    ("Talks could be held at the truce village of Ostrelo next week.", "Ostrelo", "PLACE"),
    # a list opened by a plural body or place noun; a Spanish or Portuguese article opens a place's name
    ("Sanctions hit two fishing companies, Severny Tralo and Kola Marin, sources said.", "Kola Marin", "ORG"),
    ("Clashes hit the border towns of Osh Valo and Batken Siro on Friday.", "Batken Siro", "PLACE"),
    ("Farmers asked for releases from La Bocina, the state's largest dam.", "La Bocina", "PLACE"),
    # "and" inside an organisation's name; "es" inside a place's; a city written without its accents
    (
        "The International Boundary and Water Commission met in El Paso.",
        "International Boundary and Water Commission",
        "ORG",
    ),
    ("Traders in Dar es Salaam welcomed the deal.", "Dar es Salaam", "PLACE"),
    ("Ferries left Izmir before dawn.", "Izmir", "PLACE"),
    ("Coast guard boats circled Second Marlo Shoal on Sunday.", "Second Marlo Shoal", "PLACE"),
    (
        "Both sides met under the Bilateral Consultation Mechanism in May.",
        "Bilateral Consultation Mechanism",
        None,
    ),
    ("Fighting spread in Goma and Bukavu in Congo.", "Bukavu", "PLACE"),
    # a body of a known organisation, and the state a mission serves
    (
        "The UN Verification Mission in Colombia said the vote was calm.",
        "UN Verification Mission in Colombia",
        "ORG",
    ),
]


@pytest.mark.parametrize(("text", "name", "kind"), CASES)
def test_shape_says_what_a_name_is(nlp, text: str, name: str, kind: str | None) -> None:
    types = _types(nlp, text)
    assert types.get(name) == kind, types


# Names that keep being people whatever comes after them.
PEOPLE = [
    ("The sanctions were first imposed by the Trump administration, said Lena Varga.", "Lena Varga"),
    ("Jimmy Torre, a former police officer, leads the group.", "Jimmy Torre"),
    ("Aid workers met the Dalai Lama in the morning.", "Dalai Lama"),
    ("Minister Ana Ruse, who heads the delegation, spoke first.", "Ana Ruse"),
    ("The letter was handed to Lena Varga, the mayor, on Monday.", "Lena Varga"),
    ("Presidents Sadi Orunov and Emil Rahov met at the border.", "Sadi Orunov"),
    ("He thanked his coalition partners, Ana Ruse and Lena Varga, for their help.", "Lena Varga"),
    # an office or a wife named in lower case is no body's brief
    ("The statement came from the office of Jana Roe, who chairs the talks.", "Jana Roe"),
    ("The talks were opened by the wife of Tom Vell and Jana Roe.", "Jana Roe"),
    # a credit line pairing reporters with their posts, not a list of places
    ("Reporting by Oren Vale in Beijing and Mira Thorsby in Washington.", "Mira Thorsby"),
]


@pytest.mark.parametrize(("text", "name"), PEOPLE)
def test_people_stay_people(nlp, text: str, name: str) -> None:
    assert _types(nlp, text).get(name) == "PERSON"
