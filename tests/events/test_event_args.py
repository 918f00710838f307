"""Who did it and to whom: actors and recipients around the trigger, on sentences written for these tests."""

from __future__ import annotations

import pytest

import parley


def _find(text: str, type_: str) -> parley.Event:
    events = parley.extract(text, published="2025-06-04", clean=False).events
    found = [e for e in events if e.type == type_]
    assert found, f"no {type_} in {text!r}: {events}"
    return found[0]


RECIPIENTS = [
    # text, type, actors (at least), recipients (exactly)
    # one side's refusal with no one named is aimed at the other side
    ("Chad and Sudan met in Doha on Monday. Chad refused to discuss the oasis.", "REJECT", {"Chad"},
     {"Sudan"}),
    ("The European Union approved a new package of sanctions against Russia on Monday.", "SANCTION",
     {"European Union"}, {"Russia"}),
    ("Norway praised the Qatari mediation on Tuesday.", "SUPPORT", {"Norway"}, {"Qatar"}),
    ("Beijing launched large exercises around Taiwan on Monday.", "MOBILIZE", {"Beijing"}, {"Taiwan"}),
    ("Washington expected an answer from Moscow within days.", "REQUEST", {"Washington"}, {"Moscow"}),
    ("France is preparing a package of measures, targeting Russia's oil revenues.", "SANCTION", {"France"},
     {"Russia"}),
    # a response to an act reported before: its author receives it
    ("The European Union approved a new package of sanctions against Russia on Monday. The Kremlin dismissed "
     "the package.", "REJECT", {"Kremlin"}, {"European Union"}),
    # "either country": the article's two main parties
    ("Washington warned that it would not conclude trade deals with either country. Thailand and Cambodia "
     "clashed.", "THREATEN", {"Washington"}, {"Thailand", "Cambodia"}),
    ("Canada imposed sanctions on four senior Myanmar military officers.", "SANCTION", {"Canada"},
     {"Myanmar"}),
    # the possessor of an expressed concern is its author, not its target
    ("General Anil Singh conveyed India's concern over the shelling.", "ACCUSE", {"Anil Singh", "India"},
     set()),
    # a definite description with a name of its own is that name's, not the last body mentioned
    ("The UN urged the Peruvian authorities to respect the right to protest.", "REQUEST", {"United Nations"},
     {"Peru"}),
    # the nationality of the people whose release is sought is not the party asked
    ("Tokyo demanded the release of the detained Japanese citizens.", "REQUEST", {"Tokyo"}, set()),
    # one side's offer: its author acts, the other parties receive it
    ("Turkey is ready to host a new round of talks between Armenia and Azerbaijan.", "CONSULT", {"Turkey"},
     {"Armenia", "Azerbaijan"}),
    ("Armenia is ready to begin consultations with Azerbaijan on the border.", "CONSULT", {"Armenia"},
     {"Azerbaijan"}),
]


@pytest.mark.parametrize(("text", "type_", "actors", "recipients"), RECIPIENTS)
def test_recipients(text: str, type_: str, actors: set[str], recipients: set[str]) -> None:
    e = _find(text, type_)
    assert actors <= {a.name for a in e.actors}
    assert {r.name for r in e.recipients} == recipients


DEMANDS = [
    # text, whether it is the speaker's demand, the speaker
    ('"Every prisoner must come home," the Ukrainian envoy Olena Marchuk said on Monday.', True),
    ("Olena Marchuk told reporters that any accord would have to include a full withdrawal.", True),
    ("Olena Marchuk said Russia must withdraw its troops.", True),
    ('"Our soldiers should rest," General Olena Marchuk said.', False),  # the speaker's own side
    ("Olena Marchuk said the team had to leave Geneva early.", False),  # a past obligation, reported
    ('"The exchange should not be confused with a peace deal," Olena Marchuk said.', False),
    # an opinion on how others should act or things should go, no act or settlement asked for
    ('"Neighbours should share a lake," Olena Marchuk said.', False),
    ('"The world needs to respond with tariffs," Olena Marchuk said on Monday.', False),
]


@pytest.mark.parametrize(("text", "demand"), DEMANDS)
def test_modal_demands_in_speech(text: str, demand: bool) -> None:
    events = parley.extract(text, published="2025-06-04", clean=False).events
    requests = [e for e in events if e.type == "REQUEST"]
    assert bool(requests) == demand, requests
    if demand:
        assert "Olena Marchuk" in {a.name for a in requests[0].actors}


ACTORS = [
    # text, type, actors (at least)
    # "the ministers": the two people titled minister, not the prime minister named last
    ("Norwegian Foreign Minister Anna Berg met her Danish counterpart, Lars Holm, in Oslo on Monday. "
     "Prime Minister Eva Lind may visit Rome in May. The ministers also agreed to open a border office.",
     "AGREE", {"Anna Berg", "Lars Holm"}),
    # the name in apposition to a role noun, hung elsewhere by the parser
    ("Norwegian Foreign Minister Anna Berg met her Danish counterpart, Lars Holm, in Oslo on Monday.",
     "CONSULT", {"Anna Berg", "Lars Holm"}),
    ("Guyana and Venezuela held the first face-to-face talks between their foreign ministers, Hugh Todd of "
     "Guyana and Yvan Gil of Venezuela, in two years.", "CONSULT", {"Hugh Todd", "Yvan Gil"}),
    # "the Chadian leader": the head of state or government of that country named before, titled or not
    ("Chadian President Idriss Mahamat proposed talks with Sudan last week. Army chief Ali Hassan of Chad "
     "spoke to reporters. The Chadian leader later declined to come.", "REJECT", {"Idriss Mahamat", "Chad"}),
    ("Idriss Mahamat of Chad proposed talks with Sudan last week. The Chadian leader later declined to come.",
     "REJECT", {"Idriss Mahamat", "Chad"}),
    # "said that A, but that it B": the second complement's "it" is the speaker, not the last body named
    ("Chad and Sudan met in Doha on Monday. Chad said that it had studied the EU-drafted text, but that it "
     "wanted guarantees that the convoys would keep moving.", "REQUEST", {"Chad"}),
]


NOT_ACTORS = [
    # text, type, a name that is no actor of it
    # the city a meeting is named after is where it was held
    ("Norway and Denmark held talks on fishing quotas on Monday. A Danish official who attended the Geneva "
     "meeting said the talks were useful.", "CONSULT", "Geneva"),
]


@pytest.mark.parametrize(("text", "type_", "name"), NOT_ACTORS)
def test_not_actors(text: str, type_: str, name: str) -> None:
    events = parley.extract(text, published="2025-06-04", clean=False).events
    assert not [e for e in events if e.type == type_ and name in {a.name for a in e.actors}], events


@pytest.mark.parametrize(("text", "type_", "actors"), ACTORS)
def test_actors(text: str, type_: str, actors: set[str]) -> None:
    assert actors <= {a.name for a in _find(text, type_).actors}


@pytest.mark.parametrize(("text", "type_", "count"), [
    # two agreements on different acts are two events
    ("Armenia and Azerbaijan agreed on Monday to exchange prisoners of war. The talks lasted four hours. "
     "The two countries also agreed to reopen a railway line.", "AGREE", 2),
    # one agreement told twice
    # a mention that could be either deal joins neither
    ("Ethiopia and Eritrea agreed on Tuesday to set up a hotline. The agreement was reached after talks in "
     "Pretoria. The two delegations also agreed to a joint statement.", "AGREE", 2),
    ("Armenia and Azerbaijan agreed on Monday to exchange prisoners of war. The talks lasted four hours. "
     "The two countries agreed to exchange the prisoners within a week, officials said.", "AGREE", 1),
    # two deals on different acts, the first "to resume" tagged a noun
    ("Norwegian and Danish diplomats agreed on Thursday to resume talks on fishing, and the two sides agreed "
     "to hold a separate meeting of coast guard officers.", "AGREE", 2),
    # a host receiving a visitor and a meeting of delegations are two meetings, whatever talks lie between
    ("Lars Holm received Anna Berg in Copenhagen on Monday. The talks that led to the accord began last "
     "autumn. Diplomats from Sweden and Finland met Danish officials in Oslo.", "CONSULT", 2),
    # leaders who met face to face and a call to both of them: two meetings, whatever talks lie between
    ("Chad and Sudan agreed to a truce on Monday after talks hosted by Niger. Chadian leader Idriss Mahamat "
     "and Sudanese leader Omar Bashir met for more than two hours. US President Paul Renard, who phoned both "
     "leaders on Saturday, welcomed the deal.", "CONSULT", 2),
    # commanders who met and a leader who "had spoken with both leaders" (a call): two meetings
    ("Chadian leader Idriss Mahamat and Sudanese leader Omar Bashir agreed to a truce on Monday. Commanders "
     "from Chad and Sudan met near the border on Tuesday. US President Paul Renard said he had spoken with "
     "both leaders.", "CONSULT", 2),
    # meetings whose named sides differ both ways are two, though "the talks" between could be either
    ("Chadian mediators met a delegation of the Union of Forces for Change in N'Djamena on Tuesday. The "
     "talks lasted five hours. Chadian Foreign Minister Ali Musa also held talks with Nigerien Foreign "
     "Minister Anna Berg.", "CONSULT", 2),
    ("Peru and Chile held talks in Lima on Tuesday. Peru also held talks with Bolivia, the ministry said.",
     "CONSULT", 2),
    # two meetings of other days and towns stay two, though an undated "the talks" could be either
    ("Delegations from Peru and Chile met in Lima on Tuesday. The talks lasted four hours. Officials from "
     "Peru and Chile met in Santiago on May 20 to prepare them.", "CONSULT", 2),
])
def test_repeated_mentions(text: str, type_: str, count: int) -> None:
    events = parley.extract(text, published="2025-06-04", clean=False).events
    assert len([e for e in events if e.type == type_]) == count


FOUND = [
    # text, type, actors (at least), recipients (at least)
    ("Germany banned the Serbian politician Ivo Marek from entering its territory on Monday.", "SANCTION",
     {"Germany"}, {"Ivo Marek"}),
    ("Hungary blocked a proposal to freeze his assets.", "REJECT", {"Hungary"}, set()),
    # paying a call on someone is a visit; a call on someone to act is a request
    ("Anna Berg called on Danish Foreign Minister Lars Holm on Monday evening before the talks began.",
     "CONSULT", {"Anna Berg"}, {"Lars Holm"}),
    ("Anna Berg called on Lars Holm to withdraw the troops.", "REQUEST", {"Anna Berg"}, {"Lars Holm"}),
    # a call that names its parties is reported, though told as when its speaker spoke
    ("Peruvian President Ana Ruiz said after a phone call with Chilean President Jorge Vidal that the border "
     "would stay open.", "CONSULT", {"Ana Ruiz", "Jorge Vidal"}, set()),
    # a relative clause with no "that", which the tagger reads as one noun phrase
    ("Norway says Denmark is stalling, a charge Copenhagen rejects.", "REJECT", {"Copenhagen"}, set()),
    # a matter declared closed in reported speech is the speaker's refusal
    ("Chile's foreign minister Anna Berg said the northern corridor was not up for discussion.", "REJECT",
     {"Anna Berg"}, set()),
    ('Peru says a second referendum on the border is \u201cout of the question\u201d.', "REJECT", {"Peru"},
     set()),
    ("Bolivia said its right to the port was non-negotiable.", "REJECT", {"Bolivia"}, set()),
    # a draft welcomed
    ("Qatar welcomed the draft on Friday.", "SUPPORT", {"Qatar"}, set()),
    # a that-clause the parser hangs on "demands" read as a noun is the demand's content
    ("Moscow demands that Kyiv withdraw its forces from four regions.", "REQUEST", {"Moscow"}, {"Kyiv"}),
    # welcoming an act that carries a deal out or keeps it going
    ("Norway and Denmark extended the truce. Sweden welcomed the extension on Monday.", "SUPPORT", {"Sweden"},
     set()),
    ("Venezuela freed ten Americans on Tuesday.", "RETREAT", {"Venezuela"}, set()),
    ("North Korean troops crossed the border on Monday.", "MOBILIZE", {"North Korea"}, set()),
    ("Estonia's foreign minister will brief NATO on the talks next week.", "CONSULT", {"Estonia", "NATO"},
     set()),
    ("Thailand said Phnom Penh wants an international investigation into the clashes.", "REQUEST",
     {"Phnom Penh"}, set()),
    ("Guyana called the incursion a direct threat.", "ACCUSE", {"Guyana"}, set()),
    ("Thailand and Cambodia exchanged fire. Five days of fighting have killed 35 people.", "ASSAULT",
     {"Thailand", "Cambodia"}, set()),
    ("Saudi Arabia now backs a negotiated settlement.", "SUPPORT", {"Saudi Arabia"}, set()),
    # a gerund used as a noun takes the main parties as a noun would
    ("Thailand and Cambodia agreed to a ceasefire on Monday. Five days of fighting along the border have "
     "killed at least 35 people.", "ASSAULT", {"Thailand", "Cambodia"}, set()),
    ("Delegates from Serbia insisted that Croatian troops leave first.", "REQUEST", {"Serbia"}, set()),
    # what should have been done is a reproach
    ("Anna Berg, a spokeswoman for the Norwegian alliance, said the sanctions should have come years ago.",
     "ACCUSE", {"Anna Berg"}, set()),
    # saying that another broke the law or a deal accuses; so does anger about an act
    ("Norway said the blockade was illegal and violated the accord.", "ACCUSE", {"Norway"}, set()),
    ("Denmark is angry about Norwegian export restrictions.", "ACCUSE", {"Denmark"}, {"Norway"}),
    # a negated future act of yielding or taking part is a refusal
    ("Chile made clear that it would not sign until Peru withdraws its objection.", "REJECT", {"Chile"},
     set()),
    ("The Polisario Front said it would never again take orders from Rabat.", "REJECT", {"Polisario Front"},
     set()),
    # a conjunct with its own modal, hung on the speech verb, shares the reported clause's subject
    ("A spokesman for Norway's foreign ministry, Lars Holm, said Norway would welcome observers but would "
     "not accept any deal that rewards the blockade.", "AGREE", {"Norway"}, set()),
    # a verb after "and" with no subject of its own shares the sentence's main subject
    ("Anna Berg, the Norwegian envoy, said the talks were useful and accused Denmark of stalling the vote.",
     "ACCUSE", {"Anna Berg"}, set()),
    # "the council" is the council named before it
    ("The Saami Reindeer Council met Norwegian officials on Monday. The council demanded the release of "
     "two herders, its chairwoman said.", "REQUEST", {"Saami Reindeer Council"}, set()),
    ("The Association of Nordic Salmon Farmers met Danish officials in Oslo on Monday. The association "
     "welcomed the truce.", "SUPPORT", {"Association of Nordic Salmon Farmers"}, set()),
    # a body the text does not name: the speaker who reports its act speaks for it
    ("Norway and Denmark met in Oslo on Monday. Norwegian minister Anna Berg said the province wanted a "
     "guarantee that the quota would not shrink.", "REQUEST", {"Anna Berg"}, set()),
    # a text or a meeting named a dictate or a pretence is blamed
    ("Peru's president called the Chilean plan an ultimatum dressed up as a proposal.", "ACCUSE", {"Peru"},
     set()),
    ("The Peruvian party Vox called the Lima meeting a theatre of concessions.", "ACCUSE", {"Vox"}, set()),
    # raising one's own trade barriers is a sanction
    ("Chile hiked its duties on Peruvian copper last week.", "SANCTION", {"Chile"}, set()),
    # a withdrawal told as taking place is one
    ("Chile completed the withdrawal of its troops from the valley on Monday.", "RETREAT", {"Chile"}, set()),
]


@pytest.mark.parametrize(("text", "type_", "actors", "recipients"), FOUND)
def test_frames(text: str, type_: str, actors: set[str], recipients: set[str]) -> None:
    e = _find(text, type_)
    assert actors <= {a.name for a in e.actors}
    assert recipients <= {r.name for r in e.recipients}


NOT_FOUND = [
    # text, a type that must not be found
    ("Germany banned the Serbian politician Ivo Marek from entering its territory on Monday.", "MOBILIZE"),
    ("Hungary did not block the decision on Monday.", "REJECT"),  # a negated conflictual act reports nothing
    # a clause a date opens is dated by it, here background ("since 1974, when ...")
    ("The island has been divided since 1974, when Norway invaded in response to a coup.", "ASSAULT"),
    ("Tension has grown since the 1990s, when Denmark fired missiles into waters off Norway.", "ASSAULT"),
    ('"You cannot bomb your way to a ceasefire," Senator Anna Berg of Norway said.', "ASSAULT"),
    ("Guyana called the incursion a direct threat.", "ASSAULT"),  # what is named, not a report of it
    # fighting named only as when or on what condition another act happens
    ("Chad and Sudan agreed on a truce. Chad said its soldiers would be sent home once the fighting had "
     "definitively ended.", "ASSAULT"),
    # bound by a deal: no rejection
    ("Chad and Sudan signed a truce on Monday. Chad said it was bound by the deal.", "REJECT"),
    # a truce named only as the time of other acts
    ("Chad and Sudan agreed on a ceasefire on Sunday. Hours before the truce took effect, both sides "
     "reported fresh artillery fire.", "RETREAT"),
    # a source asking not to be named: the reporter's arrangement, no request between parties
    ("Chad and Sudan met on Monday. A Chadian official, who requested anonymity because he was not "
     "cleared to brief the press, said N'Djamena was ready.", "REQUEST"),
    # a pronoun object is no seized place, though "it" may resolve to the city last named
    ("Chad's envoy Anna Berg, who led N'Djamena's delegation, said the swap would take place soon. "
     '"We came for a truce. What we got is a swap, and we will take it," she said.', "ASSAULT"),
    ("Serbia did not respond to a request for comment.", "REQUEST"),
    ("A Serbian official spoke on condition of anonymity to discuss the negotiations with Croatia.",
     "CONSULT"),
    ("South Africa, which brokered the 2019 deal, hosted the talks.", "AGREE"),  # years before: background
    # a participle with a possessive "subject" describes a noun, it is no act
    ("Chad's internationally recognised government and the rebel movement met in Lomé on Monday.", "SUPPORT"),
    ("The Serbian minister, speaking to reporters on Monday, said the talks had failed.", "CONSULT"),
    # the participle's noun undergoes the act; the possessor of an arrest is the one arrested
    ("Venezuela freed ten Americans in a deal that also involved the return of Venezuelan migrants deported "
     "from Texas.", "COERCE"),
    ("Bosnia's state prosecutor issued a warrant for Ivo Marek's arrest on Monday.", "COERCE"),
    ('"We will not back down," Norwegian Defence Minister Anna Berg said.', "REJECT"),  # a vow, no refusal
    # a request not made, a want set as a condition, or a wish for a thing, is no demand
    ("Norway and Denmark met in Oslo. Norway said it did not want a dispute with Denmark.", "REQUEST"),
    ("Norway and Denmark met in Oslo. Norway wants a guaranteed share of the cod quota.", "REQUEST"),
    ('"If Denmark wants a fair quota, it has to stop the raids," Norwegian envoy Anna Berg said.', "REQUEST"),
    # a matter kept open is no refusal
    ("Norway said military options were not off the table.", "REJECT"),
    ("A third round in Oslo is not out of the question, Denmark said.", "REJECT"),
    ("Moscow demands that Kyiv withdraw its forces from four regions.", "RETREAT"),  # the demand's content
    # a person described by a meeting told elsewhere: who the speaker is, not a meeting of one
    ("Ecuador's president Ana Ruiz, who hosted the talks, said the two delegations had been constructive.",
     "CONSULT"),
    ("Ecuador's minister Ana Ruiz, who has hosted all three rounds, said the delegations had been "
     "constructive.", "CONSULT"),
    # talks not yet scheduled: no meeting reported, none refused
    ("Follow-up talks between Peru and Chile have not been scheduled.", "CONSULT"),
    # a question put to a preposition is the matter in dispute
    ("Peru and Chile remained divided over how far Chilean troops would pull back from the border.",
     "RETREAT"),
    ("The envoys of Peru and Chile argued about whether Chile would release the prisoners this week.",
     "RETREAT"),
    # a withdrawal named as a term of a deal, not a pullback that took place
    ("Peru and Chile met in Lima. The envoys remained divided over the scale of a Chilean withdrawal "
     "from the valley.", "RETREAT"),
    ("Peru said it would not sign any deal that did not include a full Chilean withdrawal.", "RETREAT"),
    # the act one is accused of is the accuser's claim, not a reported act
    ("Peru accused Chilean troops of firing on Peruvian positions.", "ASSAULT"),
    # a meeting possible "only" after a condition is the condition, no meeting planned
    ("Chilean spokesman Luis Mora said a meeting of Ana Ruiz and Jorge Vidal could only come at the end "
     "of the process.", "CONSULT"),
    ("Chilean spokesman Luis Mora said a meeting between Ana Ruiz and Jorge Vidal is possible only at the "
     "end of the process.", "CONSULT"),
    # a meeting that is only where or when something was said; speaking to a channel is no meeting
    ("Speaking to a private television channel, Chilean minister Jorge Vidal said the talks with Peru had "
     "failed.", "CONSULT"),
    ("Peruvian President Ana Ruiz, speaking at a summit in Quito on Monday, said the border would stay open.",
     "CONSULT"),
]


@pytest.mark.parametrize(("text", "type_"), NOT_FOUND)
def test_not_events(text: str, type_: str) -> None:
    events = parley.extract(text, published="2025-06-04", clean=False).events
    assert not [e for e in events if e.type == type_], events


STATUS = [
    # text, type, status
    # a ceasefire put forward is that ceasefire (RETREAT), not yet in force
    ("Chad and Sudan met in Geneva on Monday. N'Djamena had proposed a truce lasting two days in the east.",
     "RETREAT", "proposed"),
    ("Chad and Sudan met in Geneva on Monday. Khartoum had also offered a three-day ceasefire in the east.",
     "RETREAT", "pledged"),
    ("The agreement between Serbia and Croatia was reached at the end of three days of talks in Vienna.",
     "CONSULT", "occurred"),  # the end of the talks times the agreement; it does not cancel the talks
    ("Serbia and Croatia met in Vienna on Monday. A Serbian official said the next round would be held in "
     "June.", "CONSULT", "pledged"),
    # a forecast, not a demand
    ("Venezuela said it expected talks with the United States to resume in Oslo later this month.", "CONSULT",
     "pledged"),
    ("Norwegian Prime Minister Anna Berg and Danish Prime Minister Lars Holm are due to meet in Oslo next "
     "year.", "CONSULT", "pledged"),
    # a clause of its own after a rejection is not denied
    ("Denmark has rejected that approach and wants a broader negotiation.", "REQUEST", "requested"),
]


@pytest.mark.parametrize(("text", "type_", "status"), STATUS)
def test_status(text: str, type_: str, status: str) -> None:
    found = [e for e in parley.extract(text, published="2025-06-04", clean=False).events if e.type == type_]
    assert status in {e.status for e in found}, found


SELF_REFERENCE = [
    # a first- or second-person subject of a reporting verb names no speaker; it must not send the search for
    # the speaker round in a circle
    "Morocco signed the accord. I would argue that Rabat should press for more.",
    "You say that Chile refused the offer, and we say that it accepted.",
    "He and I said that Peru would sign the deal on Monday.",
    # "both sides" coordinated with a state is read while the article's two sides are still being counted
    "Both sides and Turkey signed the protocol in Ankara on Monday.",
    "The two sides and Qatar met in Doha on Monday.",
    # a first-person conjunct asks for its speaker while the two sides are being counted
    "We and Peru signed the accord in Lima on Monday.",
    '"We and Peru will sign the deal on Monday," the minister said.',
]


@pytest.mark.parametrize("text", SELF_REFERENCE)
def test_self_reference_does_not_loop(text: str) -> None:
    record = parley.extract(text, published="2025-06-04", clean=False)
    assert not record.errors, record.errors


DATES = [
    # text, type, date: a day the parser hung after a topic noun dates the clause's event
    ("Chile and Peru held a second round of talks on their maritime border in Lima on Monday.", "CONSULT",
     "2025-06-02"),
    ("Norway and Iceland opened negotiations over the fishing quota in Oslo on Tuesday.", "CONSULT",
     "2025-06-03"),
    ("Chile and Bolivia held a first round of formal talks on La Paz's sea access in Santiago on Sunday, "
     "with Brazilian diplomats in the room for four hours.", "CONSULT", "2025-06-01"),
]


@pytest.mark.parametrize(("text", "type_", "date"), DATES)
def test_dates(text: str, type_: str, date: str) -> None:
    assert _find(text, type_).date == date
