"""Entity stage on sentences written for these tests: names, types, roles, countries, merging."""

from __future__ import annotations

import pytest

import parley
from parley.coref import cluster
from parley.entities import find_mentions


@pytest.fixture(scope="module")
def nlp():
    return parley.load_pipeline()


def _entities(nlp, text: str) -> dict[str, tuple[str, list[str], str | None]]:
    doc = nlp(text)
    return {c.name: (c.type, c.roles, c.country) for c in cluster(doc, find_mentions(doc))}


CASES = [
    (
        "Norwegian Foreign Minister Espen Barth Eide said on Monday that Oslo was ready.",
        "Espen Barth Eide",
        "PERSON",
        "Foreign Minister",
        "NOR",
    ),
    (
        "The talks were chaired by Qatar's prime minister, Mohammed Al Thani, in Doha.",
        "Doha",
        "PLACE",
        None,
        "QAT",
    ),
    (
        "Kremlin spokesman Dmitry Peskov told reporters the proposal was being studied.",
        "Dmitry Peskov",
        "PERSON",
        "Kremlin spokesman",
        "RUS",
    ),
    (
        "Georgia's ruling party said protests in Tbilisi would not change its course.",
        "Tbilisi",
        "PLACE",
        None,
        "GEO",
    ),
    (
        "A spokesman for Ukraine's Foreign Ministry, Oleh Nikolenko, welcomed the offer.",
        "Oleh Nikolenko",
        "PERSON",
        "spokesman",
        "UKR",
    ),
    (
        "The Russian Defence Ministry said the servicemen were flown to Moscow.",
        "Russian Defence Ministry",
        "ORG",
        None,
        "RUS",
    ),
    (
        "Lai Ching-te, Taiwan's president, said the drills were provocative.",
        "Lai Ching-te",
        "PERSON",
        "president",
        "TWN",
    ),
    ("Envoys met on the Black Sea coast near the port of Odesa on Friday.", "Black Sea", "PLACE", None, None),
    (
        "Secretary of State Marco Rubio spoke with Turkish officials in Ankara.",
        "Marco Rubio",
        "PERSON",
        "Secretary",
        None,
    ),
    ("Fighting flared in North Kivu, where the rebels hold Goma.", "Goma", "PLACE", None, "COD"),
    (
        "Peace talks in Abu Dhabi between Armenia and Azerbaijan resumed on Sunday.",
        "Azerbaijan",
        "COUNTRY",
        None,
        "AZE",
    ),
    (
        "Abdel Fattah al-Burhan, the army chief, rejected the plan.",
        "Abdel Fattah al-Burhan",
        "PERSON",
        "army chief",
        None,
    ),
    ("Seoul said Kim Yo-jong had rejected the offer of talks.", "Kim Yo-jong", "PERSON", None, None),
    (
        "The Association of Southeast Asian Nations offered to monitor the truce.",
        "ASEAN",
        "ORG",
        None,
        "IDN",
    ),
    (
        "Lawyers for Guyana argued before the International Court of Justice in The Hague.",
        "International Court of Justice",
        "ORG",
        None,
        None,
    ),
    ("Fighting spread across Shan State after the monsoon.", "Shan State", "PLACE", None, None),
    ("North Korean officials did not reply.", "North Korea", "COUNTRY", None, "PRK"),
    # An organisation word after a nationality, or after a known organisation, names one body.
    ("The Indian Army said two posts were shelled overnight.", "Indian Army", "ORG", None, "IND"),
    ("A U.S. Army spokesman declined to comment.", "U.S. Army", "ORG", None, "USA"),
    (
        "Liaison officers of the United Nations Command crossed the line.",
        "United Nations Command",
        "ORG",
        None,
        None,
    ),
    ("Mossad and the CIA briefed the negotiators.", "Mossad", "ORG", None, "ISR"),
    # An unknown name after a locative preposition is a place; a known office-holder's name is a person.
    ("Shelling was reported near Tarnovka and in Velika Dolina.", "Velika Dolina", "PLACE", None, None),
    ("In Zoran Petrovic's view the deal was dead.", "Zoran Petrovic", "PERSON", None, None),
    ("Defense Minister Israel Katz ordered the strikes.", "Israel Katz", "PERSON", "Defense Minister", "ISR"),
    ("Ruto flew to Addis Ababa, where Abiy received him.", "Abiy", "PERSON", None, "ETH"),
    # First-level divisions (ISO 3166-2) are places of their state; a cleric's title is not his name.
    (
        "Gunmen attacked a convoy in Balochistan province on Friday.",
        "Balochistan province",
        "PLACE",
        None,
        "PAK",
    ),
    ("Residents of Cabo Delgado fled south.", "Cabo Delgado", "PLACE", None, "MOZ"),
    ("Ayatollah Hossein Karimi led the delegation.", "Hossein Karimi", "PERSON", None, None),
    (
        "Both armies pulled back from the Line of Actual Control.",
        "Line of Actual Control",
        "PLACE",
        None,
        None,
    ),
    ("Tankers crossed the Gulf of Aden on Monday.", "Gulf of Aden", "PLACE", None, None),
    ("The editorial appeared in Le Monde on Tuesday.", "Le Monde", "ORG", None, "FRA"),
    ("The OSCE mission to Moldova said talks had resumed.", "OSCE mission to Moldova", "ORG", None, None),
    ("Norway's embassy in Kabul was closed.", "Norwegian embassy in Kabul", "ORG", None, "NOR"),
    ("Water in the Euphrates fell to a record low.", "Euphrates", "PLACE", None, None),
    ("Farmers in Dhi Qar lost their crops.", "Dhi Qar", "PLACE", None, "IRQ"),
    ("Shops in North Mitrovica stayed shut.", "North Mitrovica", "PLACE", None, "XKX"),
    ("Shelling hit Misrata overnight.", "Misrata", "PLACE", None, "LBY"),
    ("Salva Kiir's office denied the report.", "Salva Kiir's office", "ORG", None, "SSD"),
    ("The Trump administration extended the tariffs.", "Trump administration", "ORG", None, "USA"),
    ("Turkish Cypriots voted on Sunday.", "Turkish Cypriots", "GROUP", None, "CYP"),
    (
        "Troops of the Multinational Security Support mission arrived.",
        "Multinational Security Support mission",
        "ORG",
        None,
        None,
    ),
    # Known office-holders keep their own state whatever country is named beside them.
    (
        "In Doha on Sunday, Benjamin Netanyahu rejected the Qatari draft.",
        "Benjamin Netanyahu",
        "PERSON",
        None,
        "ISR",
    ),
    (
        "Talks in Ankara were hosted for Somalia by Recep Tayyip Erdogan.",
        "Recep Tayyip Erdogan",
        "PERSON",
        None,
        "TUR",
    ),
    (
        "Russia again attacked the positions Volodymyr Zelenskyy visited.",
        "Volodymyr Zelenskyy",
        "PERSON",
        None,
        "UKR",
    ),
    # places and bodies without a country of their own take the town or state beside them, or their name's
    ("Talks resumed at the Velmora Palace in Istanbul on Monday.", "Velmora Palace", "PLACE", None, "TUR"),
    ("The Congress of Peru voted on the bill late on Tuesday.", "Congress of Peru", "ORG", None, "PER"),
    ("Bosnia rejected the plan, officials said.", "Bosnia and Herzegovina", "COUNTRY", None, "BIH"),
    # an appositive's unknown nouns before its title noun belong to the role
    (
        "Lena Varga, a sanctions researcher at a Vienna institute, said it was short.",
        "Lena Varga",
        "PERSON",
        "sanctions researcher",
        None,
    ),
    # a clause after an unknown speaker's name places them by town or employer
    ("Talks stalled, said Oskar Delmenko, a driver from Kaunas.", "Oskar Delmenko", "PERSON", None, "LTU"),
    ("Imran Sattar, who runs a bakery in Lahore, said prices rose.", "Imran Sattar", "PERSON", None, "PAK"),
    (
        "AU Commission Chairperson Tomas Odhiambo urged restraint.",
        "Tomas Odhiambo",
        "PERSON",
        "Chairperson",
        None,
    ),
    (  # a title's of-complement before the name stays in the title; the sentence's one state is his
        "Moldova sent its team to the talks, led by Deputy Minister of Foreign Affairs Ilie Vrabie.",
        "Ilie Vrabie",
        "PERSON",
        "Minister of Foreign Affairs",
        "MDA",
    ),
    (  # the state named in the sentence before serves an untitled-by-nationality office-holder
        "Estonia said the vote would go ahead.\n\nPrime Minister Karin Olde said the date was set.",
        "Karin Olde",
        "PERSON",
        "Prime Minister",
        "EST",
    ),
    # a hyphened prefix stays in the name; a comma list and 'the' stay in an organisation's complement
    (
        "Loans from the Pan-Andean Development Bank were frozen.",
        "Pan-Andean Development Bank",
        "ORG",
        None,
        None,
    ),
    (
        "Norway's Ministry of Roads, Harbours and Fisheries said the quay was shut.",
        "Norwegian Ministry of Roads, Harbours and Fisheries",
        "ORG",
        None,
        None,
    ),
    ("The Fund for Restoring the Blue Lagoon met.", "Fund for Restoring the Blue Lagoon", "ORG", None, None),
    ("The opposition All Progress Congress walked out.", "All Progress Congress", "ORG", None, None),
    # a city after 'in' is an intergovernmental body's seat, not part of its name
    (
        "Officials of the Eurasian Economic Commission in Moscow agreed.",
        "Eurasian Economic Commission",
        "ORG",
        None,
        "RUS",
    ),
    # a state's body named capitalised and alone, and a paper naming itself, are the story's state's
    (
        "Malawi will hold the vote. Parliament meets on Monday, officials at State House said.",
        "State House",
        "ORG",
        None,
        "MWI",
    ),
    ("Malawi will hold the vote. Parliament meets on Monday.", "Malawian parliament", "ORG", None, "MWI"),
    ("Malawi will hold the vote, officials told the Chronicle.", "Chronicle", "ORG", None, "MWI"),
    # a firm's name ends in its trade, a station's in its band; Spanish bodies open with their own noun
    ("Exports will fall, said Harbin Analytics in a note.", "Harbin Analytics", "ORG", None, None),
    ("The minister spoke to Lakeside FM on Tuesday.", "Lakeside FM", "ORG", None, None),
    ("A study by the Centro de Estudios Agrarios said so.", "Centro de Estudios Agrarios", "ORG", None, None),
    # capitals before a known name, in a run ending in an organisation word, name another body
    (
        "Shelling hit towns held by the Ta’ang National Liberation Army.",
        "Ta’ang National Liberation Army",
        "ORG",
        None,
        None,
    ),
    (
        "The exiled National Unity Government rejected the vote.",
        "National Unity Government",
        "ORG",
        None,
        None,
    ),
    # an Afghan honorific opens no name; regions and islands the city lists lack
    ("The team was led by Mawlawi Karim Sadiqi, the deputy minister.", "Karim Sadiqi", "PERSON", None, None),
    ("Observers toured Republika Srpska last week.", "Republika Srpska", "PLACE", None, "BIH"),
    ("Boats landed on Chios and Kos overnight.", "Kos", "PLACE", None, "GRC"),
    # a coalition named by the state that leads it
    ("Air strikes by the Saudi-led coalition hit the port.", "Saudi-led coalition", "ORG", None, "SAU"),
    # a panel is a body, however its name is hyphened
    ("The African Union High-Level Panel met them.", "African Union High-Level Panel", "ORG", None, None),
]


@pytest.mark.parametrize(("text", "name", "kind", "role", "country"), CASES)
def test_entity(nlp, text: str, name: str, kind: str, role: str | None, country: str | None) -> None:
    found = _entities(nlp, text)
    assert name in found, f"{name!r} not in {sorted(found)}"
    got_kind, roles, got_country = found[name]
    assert got_kind == kind
    if role:
        assert any(role.lower() in r.lower() for r in roles), roles
    if country:
        assert got_country == country


NOT_ENTITIES = [
    (
        "Operation Sindoor began before the Raisina Dialogue opened.",
        {"Operation Sindoor", "Raisina Dialogue"},
    ),
    (
        "Reporters waited outside the Iikura Guest House and Lancaster House.",
        {"Iikura Guest House", "Lancaster House"},
    ),
    ("The USS Carney and the BRP Sierra Madre sailed on.", {"USS Carney", "Carney", "Sierra Madre"}),
    ("The sanctions were first imposed by the Biden administration.", {"Biden"}),
    ("On Saturday the delegations met again in May.", {"Saturday", "May"}),
    ("U.S.-led mediation and Kremlin-backed forces were discussed.", {"U.S.-led", "Kremlin-backed"}),
    ("Critics said the plan would fail. Rafah crossing stayed shut.", {"Critics", "Rafah"}),
    ("Experts said the Ankara Declaration was vague.", {"Experts", "Ankara Declaration"}),
    # a title written as one hyphened word, or the end of one, names no one
    ("The Co-Chairs said the talks would resume.", {"Co-Chairs", "Chairs"}),
    ("The Vice-Chair said the talks would resume.", {"Vice-Chair", "-Chair", "Chair"}),
]


@pytest.mark.parametrize(("text", "absent"), NOT_ENTITIES)
def test_not_people(nlp, text: str, absent: set[str]) -> None:
    people = {n for n, (kind, _, _) in _entities(nlp, text).items() if kind == "PERSON"}
    assert not people & absent


@pytest.mark.parametrize(
    ("text", "absent"),
    [
        # a region of no one state before a common noun qualifies it, as an adjective would
        ("Violence in the Caribbean nation grew.", "Caribbean"),
        ("It was signed in the Pacific port city of Tumaco.", "Pacific"),
    ],
)
def test_attributive_region_is_no_place(nlp, text: str, absent: str) -> None:
    assert absent not in _entities(nlp, text)


def test_mentions_merge_surname_and_title(nlp) -> None:
    text = (
        "Ukrainian Defence Minister Rustem Umerov arrived in Istanbul on Friday. Umerov said the delegation "
        "was ready. Later the minister said Kyiv wanted a ceasefire first."
    )
    doc = nlp(text)
    ents = {c.name: c for c in cluster(doc, find_mentions(doc))}
    umerov = ents["Rustem Umerov"]
    texts = {doc[m.start : m.end].text for m in umerov.mentions}
    assert {"Rustem Umerov", "Umerov", "the minister"} <= texts


def test_surname_opening_a_sentence_merges_whatever_its_case(nlp) -> None:
    doc = nlp(
        "Majed al-Ferran, the ministry spokesman, spoke first. Al-Ferran later said the talks would go on."
    )
    people = [c for c in cluster(doc, find_mentions(doc)) if c.type == "PERSON"]
    assert [c.name for c in people] == ["Majed al-Ferran"]
    assert len(people[0].mentions) >= 2


def test_surname_without_its_arabic_article_merges(nlp) -> None:
    doc = nlp("Saleh al-Mirdasi, a negotiator, arrived on Monday. Talks stalled, al-Mirdasi said.")
    people = [c.name for c in cluster(doc, find_mentions(doc)) if c.type == "PERSON"]
    assert people == ["Saleh al-Mirdasi"]


def test_two_people_same_surname_kept_apart(nlp) -> None:
    text = (
        "British envoy John Smith met Canadian negotiator Mary Smith in Geneva. "
        "Mary Smith said talks were useful, and John Smith agreed."
    )
    doc = nlp(text)
    people = [c for c in cluster(doc, find_mentions(doc)) if c.type == "PERSON"]
    assert {c.name for c in people} >= {"John Smith", "Mary Smith"}
    assert len([c for c in people if c.name.endswith("Smith")]) == 2


@pytest.mark.parametrize(
    ("listed", "message"),
    [
        ({"USA": ["Ann Example"], "GBR": ["ann  example"]}, "listed under USA and GBR"),
        ({"Usa": ["X"]}, "alpha-3"),
    ],
)
def test_people_table_is_checked_on_load(listed: dict[str, list[str]], message: str) -> None:
    from pydantic import ValidationError

    from parley.gazetteer import GazetteerRules

    with pytest.raises(ValidationError, match=message):
        GazetteerRules(
            country_aliases={}, demonyms={}, places=[], organisations=[], not_entities=[], people=listed
        )


@pytest.mark.parametrize(
    "text",
    [
        "Hans Lindqvist, the UN special envoy for Yemen, met Houthi officials in Muscat.",
        "UN envoy Hans Lindqvist met Yemeni officials.",
        "AU Commission chief Hans Lindqvist flew to Addis Ababa.",
    ],
)
def test_officials_of_intergovernmental_bodies_have_no_country(nlp, text: str) -> None:
    assert _entities(nlp, text)["Hans Lindqvist"][2] is None


@pytest.mark.parametrize(
    ("text", "name"),
    [
        ("Greta Holloway, whose cousin was detained in Caracas, said she was relieved.", "Greta Holloway"),
        ("Talks stalled, said Ilse Marnov, a driver bound for Kaunas.", "Ilse Marnov"),
    ],
)
def test_a_clause_about_someone_else_or_a_destination_gives_no_country(nlp, text: str, name: str) -> None:
    assert _entities(nlp, text)[name][2] is None
