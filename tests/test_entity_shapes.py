"""Names whose shape or gazetteer entry decides their type: an organisation ending in a word that is also a
region's name, a people named by a plural demonym, shared estuaries and autonomous regions."""

from __future__ import annotations

import pytest

import parley
from parley.coref import cluster
from parley.entities import find_mentions


@pytest.fixture(scope="module")
def nlp():
    return parley.load_pipeline()


@pytest.mark.parametrize(
    ("text", "name", "kind", "country"),
    [
        ("Analysts at the Tamber Policy Centre were doubtful.", "Tamber Policy Centre", "ORG", None),
        ("Many Cook Islanders work in Auckland.", "Cook Islanders", "GROUP", "COK"),
        # a given name that is also a town's
        ("Alicia Montero-Paz, an economist at the bank, said so.", "Alicia Montero-Paz", "PERSON", None),
        ("Dredgers worked the Río de la Plata all winter.", "Río de la Plata", "PLACE", None),
        (
            "Mines in the Inner Mongolia Autonomous Region slowed.",
            "Inner Mongolia Autonomous Region",
            "PLACE",
            "CHN",
        ),
        # a place whose known name holds 'and'; a room of state; a bloc written as a word
        ("Shelling hit villages in Jammu and Kashmir overnight.", "Jammu and Kashmir", "PLACE", "IND"),
        ("The two leaders met in the Oval Office on Monday.", "Oval Office", "PLACE", "USA"),
        ("Asean observers will monitor the truce.", "ASEAN", "ORG", None),
        # 'for the' inside an organisation's complement, as 'of the'
        (
            "The Bureau for the Return of Displaced Persons met on Friday.",
            "Bureau for the Return of Displaced Persons",
            "ORG",
            None,
        ),
        # mastheads whose words would read as a person's or a place's name
        ("A senior official told Newsweek on Friday that talks would resume.", "Newsweek", "ORG", "USA"),
        ("An aide told The Hill that the vote was close.", "Hill", "ORG", "USA"),
        ("The envoy said so in an interview with Rudaw on Monday.", "Rudaw", "ORG", "IRQ"),
        # a capital 'The' after 'and' opens a second name; a listed surname alone is its bearer in full
        ("Jo Roe and The Associated Press contributed to this report.", "Associated Press", "ORG", "USA"),
        ("President Trump said the talks would go on.", "Donald Trump", "PERSON", "USA"),
        # a listed office-holder whose surname reads as a pronoun
        ("Vice Premier He Lifeng met the delegation in Geneva.", "He Lifeng", "PERSON", "CHN"),
        # an adjective news uses for a people names the people, not a state
        ("Forty Palestinian prisoners were freed on Monday.", "Palestinians", "GROUP", "PSE"),
        # a place's administrative unit, written lower-case after its name, belongs to its mention
        ("Shells fell on villages in Surin province overnight.", "Surin province", "PLACE", "THA"),
        ("Fighting spread across northern Shan state in May.", "Shan state", "PLACE", "MMR"),
        # a facility or waterway noun after a known place's name, with 'the' before, names a place of its own
        ("Barges crowded the Paraná waterway in March.", "Paraná waterway", "PLACE", None),
        # companies and banks news names bare
        ("Shares of Nomura rose after the truce was announced.", "Nomura", "ORG", "JPN"),
        ("Bank Indonesia held its rate on Tuesday.", "Bank Indonesia", "ORG", "IDN"),
        # the United Kingdom's nations and its parliament's seat; a capitalised preposition opens no name
        ("Exporters in Scotland welcomed the news.", "Scotland", "PLACE", "GBR"),
        ("At Westminster, the motion was debated on Monday.", "Westminster", "PLACE", "GBR"),
        ("Inside Gaza, the strikes went on.", "Gaza", "PLACE", "PSE"),
        # bodies, gangs, prisons and outlets news names bare
        ("Members of the Tren de Aragua gang were deported.", "Tren de Aragua", "ORG", "VEN"),
        ("They were flown to CECOT on Sunday.", "CECOT", "PLACE", "SLV"),
        ("Statistics Canada said exports fell.", "Statistics Canada", "ORG", "CAN"),
        # a known name holding 'and', and one after a sentence's 'The'; halls and palaces of talks
        (
            "The Hostages and Missing Families Forum urged a deal.",
            "Hostages and Missing Families Forum",
            "ORG",
            "ISR",
        ),
        (
            "The Organization for Security and Co-operation in Europe sent monitors.",
            "OSCE",
            "ORG",
            "AUT",
        ),
        ("The talks opened at the Ciragan Palace on Friday.", "Ciragan Palace", "PLACE", "TUR"),
        ("Lawmakers in the Knesset voted on Monday.", "Knesset", "ORG", "ISR"),
        # a firm's or a think tank's name ends in its trade
        ("Analysts at Tarnwell Securities were wary.", "Tarnwell Securities", "ORG", None),
        ("Jo Roe of the Baltic Policy Lab said so.", "Baltic Policy Lab", "ORG", None),
        # a title of honour's second word opens a place's name when no honorific goes before it
        ("Talks were held at Seri Perdana on Monday.", "Seri Perdana", "PLACE", None),
        ("Trade Minister Datuk Seri Halim Rashid said so.", "Halim Rashid", "PERSON", None),
        ("Leaders met at the Apec summit.", "Asia-Pacific Economic Cooperation", "ORG", None),
        ("She told the NZ Herald the deal was fragile.", "New Zealand Herald", "ORG", "NZL"),
        # 'Korea' alone is the South, as news writes it; a shout's neighbours still name entities
        ("Korean chipmakers gained as Korea's exports rose.", "South Korea", "COUNTRY", "KOR"),
        ("The DER SPIEGEL report cited Tehran.", "Tehran", "PLACE", "IRN"),
        # halls of talks, mastheads and research firms news names bare
        ("The delegations met at Lancaster House on Monday.", "Lancaster House", "PLACE", "GBR"),
        ("Analysts at Capital Economics were wary.", "Capital Economics", "ORG", "GBR"),
        ("She told Yle the talks went well.", "Yle", "ORG", "FIN"),
        ("A lawmaker of the People Power Party said so.", "People Power Party", "ORG", "KOR"),
        ("The OSCE Minsk Group was dissolved.", "OSCE Minsk Group", "ORG", None),
        (
            "Medics of the Palestinian Red Crescent reached the site.",
            "Palestinian Red Crescent Society",
            "ORG",
            "PSE",
        ),
    ],
)
def test_shape_decides_type(nlp, text: str, name: str, kind: str, country: str | None) -> None:
    doc = nlp(text)
    found = {c.name: c for c in cluster(doc, find_mentions(doc))}
    assert name in found, sorted(found)
    assert found[name].type == kind
    if country:
        assert found[name].country == country


def test_short_form_joins_the_full_name(nlp) -> None:
    """The words before an organisation's complement, written later, name the same body."""
    doc = nlp(
        "The Joint Bureau for the Return of Displaced Persons met on Friday. The Joint Bureau said little."
    )
    orgs = {c.name: len(c.mentions) for c in cluster(doc, find_mentions(doc)) if c.type == "ORG"}
    assert orgs == {"Joint Bureau for the Return of Displaced Persons": 2}, orgs


@pytest.mark.parametrize(
    ("text", "absent"),
    [
        # a market index is no entity; a hyphenated rank before a name is no person
        ("The Dow Jones Industrial Average rose 2% on Monday.", "Dow Jones Industrial Average"),
        ("The Dow Jones Industrial Average DJIA rose 2%.", "Dow Jones Industrial Average DJIA"),
        ("The Nasdaq Composite and the FTSE rose.", "Nasdaq Composite"),
        ("The Nasdaq Composite and the FTSE rose.", "FTSE"),
        ("Army spokesperson Maj.-Gen. Tomas Vell said the line held.", "Maj.-Gen"),
        # a world region's adjective is no place, no people and no person
        ("Southeast Asian leaders met in Kuala Lumpur.", "Southeast Asian"),
        ("The South Asian rivals agreed a truce.", "South Asian"),
        # titles of honour and their second words are no person and no part of one
        ("Trade Minister Datuk Seri Utama Halim Rashid said so.", "Datuk Seri Utama Halim Rashid"),
        ("Trade Minister Datuk Seri Halim Rashid said so.", "Datuk Seri"),
        ("Foreign Minister Sayyid Faris Albusaidi met them.", "Sayyid Faris Albusaidi"),
        # a slogan posted in capitals names nothing
        (
            'He posted: "WE HAVE A GREAT DEAL WITH TURKEY, BUT ERDOGAN AND I DECIDE."',
            "GREAT DEAL WITH TURKEY",
        ),
        ('He posted: "WE HAVE A GREAT DEAL WITH TURKEY, BUT ERDOGAN AND I DECIDE."', "HAVE"),
        ('They agreed a "FULL AND IMMEDIATE TRUCE", he wrote.', "FULL AND IMMEDIATE TRUCE"),
    ],
)
def test_shape_names_no_entity(nlp, text: str, absent: str) -> None:
    doc = nlp(text)
    names = {c.name for c in cluster(doc, find_mentions(doc))}
    assert absent not in names, sorted(names)
