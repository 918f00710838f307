"""Attribution patterns of wire and political news beyond the basic forms: each case is an invented
sentence with every quote the stage should give, as (kind, content, cue, speaker)."""

from __future__ import annotations

import pytest

from conftest import run_quotes, table

CASES = [
    (  # an outlet relaying a statement: the statement is the attribution, the outlet no second one
        "The ministry said the talks would resume in March, the Herald reported.",
        [("indirect", "the talks would resume in March", "said", "The ministry")],
    ),
    (
        "The mayor told reporters the bridge would close in May, the Courier reported Tuesday.",
        [("indirect", "the bridge would close in May", "told", "The mayor")],
    ),
    (  # 'In <a poll>,' opening the sentence stands for 'according to'
        "In a county survey released Monday, most farmers backed the new levy.",
        [("indirect", "most farmers backed the new levy", "In", "a county survey released Monday")],
    ),
    (  # a phrase with no poll stays a plain adjunct
        "In the county hall on Monday, most farmers backed the new levy.",
        [],
    ),
    (  # a party and state in brackets after the name
        "Senator Dana Whitfield (R-Iowa) said the farm bill would pass before the recess.",
        [("indirect", "the farm bill would pass before the recess", "said", "Dana Whitfield")],
    ),
    (  # an aside set off by dashes between the source and its verb
        "Carla Munro — a pilot from Dayton — says she will fly the new route in June.",
        [("indirect", "she will fly the new route in June", "says", "Carla Munro")],
    ),
    (  # a relative pronoun whose antecedent is a common noun: unnamed people speak
        "The survey counted many farmers who said the new tariffs had cut their income.",
        [("indirect", "the new tariffs had cut their income", "said", "many farmers")],
    ),
    (  # a headline in title case
        "Governor Lena Ortiz Says Budget Deal Will Close By Friday",
        [("indirect", "Budget Deal Will Close By Friday", "Says", "Lena Ortiz")],
    ),
    (  # a second verb coordinated with the cue is not part of what was said
        "Senator Ruiz noted that Tuesday would have been the town's hundredth year and lit a candle.",
        [("indirect", "Tuesday would have been the town's hundredth year", "noted", "Ruiz")],
    ),
    (  # a no-break space between the closing mark and the source
        "\u201cWe will keep the clinic open,\u201d\u00a0Ruth Okafor said.",
        [("direct", "We will keep the clinic open,", "said", "Ruth Okafor")],
    ),
    (  # an opening mark typed where the closing one belongs
        "\u201cThe numbers do not add up,\u201c said Paul Ventner, a county auditor.",
        [("direct", "The numbers do not add up,", "said", "Paul Ventner")],
    ),
    (  # ways of speaking that take only the words themselves
        "“We will not give up,” continued Ellen Marsh, the coach.",
        [("direct", "We will not give up,", "continued", "Ellen Marsh")],
    ),
    (
        "Protesters outside the hall chanted: “No more cuts!”",
        [("direct", "No more cuts!", "chanted", "Protesters outside the hall")],
    ),
    (  # indirect questions
        "Senator Tom Ruiz asked voters whether they trusted the new board.",
        [("indirect", "whether they trusted the new board", "asked", "Tom Ruiz")],
    ),
    (
        "Governor Ada Kline wondered aloud how the county would pay for it.",
        [("indirect", "how the county would pay for it", "wondered", "Ada Kline")],
    ),
    (  # verbs of knowing and implying
        "Mayor Jon Pratt implied the deal would collapse without state money.",
        [("indirect", "the deal would collapse without state money", "implied", "Jon Pratt")],
    ),
    (
        "Inspector Lina Park learned that the dam had cracked in two places.",
        [("indirect", "the dam had cracked in two places", "learned", "Inspector Lina Park")],
    ),
    (  # a poll, an audit or a report stands behind its findings; raw data does not
        "A county audit found that the fund had lost two million dollars.",
        [("indirect", "the fund had lost two million dollars", "found", "A county audit")],
    ),
    (
        "More than half the money arrived in May, new filing reports show.",
        [("indirect", "More than half the money arrived in May", "show", "new filing reports")],
    ),
    ("Shipping data show that traffic fell by half.", []),
    (  # verbs that need "that" after them can close a sentence of content
        "The bridge will reopen in June, the agency reported.",
        [("indirect", "The bridge will reopen in June", "reported", "the agency")],
    ),
    (  # a poll's finding may be a noun phrase and what is said of it
        "One survey shows Mayor Tim Ruiz well clear of his rivals on the coast.",
        [("indirect", "Mayor Tim Ruiz well clear of his rivals on the coast", "shows", "One survey")],
    ),
    (  # a named pollster or outlet needs no entity to stand behind its finding
        "Support for the levy has grown among young voters, Gallup found.",
        [("indirect", "Support for the levy has grown among young voters", "found", "Gallup")],
    ),
    (  # a verb in -s the tagger took for a plural noun
        "Farmers, Frank Lowell notes, prefer the slower road plan.",
        [("indirect", "Farmers, Frank Lowell notes, prefer the slower road plan", "notes", "Frank Lowell")],
    ),
    ("Reality TV shows are popular in the county.", []),
    (  # any addressee after 'tell', a bracketed short name included
        "Mayor Ann Lowe tells farmers the silo will be repaired.",
        [("indirect", "the silo will be repaired", "tells", "Ann Lowe")],
    ),
    (
        "Tom Arkin told the Gazette Herald (GH), “The ferry will run again in spring.”",
        [("direct", "The ferry will run again in spring.", "told", "Tom Arkin")],
    ),
    (  # describing how something happened
        "Senator Ada Kline described how the plant had closed in a single week.",
        [("indirect", "how the plant had closed in a single week", "described", "Ada Kline")],
    ),
    (  # a belief whose clause the parser did not mark
        "Dr. Ines Ford fears the clinic will close by winter.",
        [("indirect", "the clinic will close by winter", "fears", "Ines Ford")],
    ),
    (  # a source and cue set off by commas inside the sentence they report
        "Most ferries, Jim Blake said, have left the harbour.",
        [("indirect", "Most ferries, Jim Blake said, have left the harbour", "said", "Jim Blake")],
    ),
    (  # ... but not before an aside that opens with a participle
        "The county signed a contract with the nurses, the Labor Department said, ending a long strike.",
        [("indirect", "The county signed a contract with the nurses", "said", "Labor Department")],
    ),
    ("The harbour reports that have appeared this year were late.", []),
    (  # a headline that gives the speaker and a colon
        "Senator Ruiz: Budget Talks Are Over For The Year\n\nThe senator spoke on Monday.",
        [("indirect", "Budget Talks Are Over For The Year", ":", "Ruiz")],
    ),
    (  # a transcript: speakers in capitals
        "HOST: Is the bill dead?\n\nRUIZ: I think the bill will pass.",
        [
            ("indirect", "Is the bill dead?", ":", "HOST"),
            ("indirect", "I think the bill will pass", ":", "RUIZ"),
        ],
    ),
    (  # a headline naming a speaker the entity stage does not know
        "Okafor: The Harbour Deal Is Slipping Away\n\nThe talks stalled again on Monday.",
        [("indirect", "The Harbour Deal Is Slipping Away", ":", "Okafor")],
    ),
    (  # two names before a colon and a quotation
        "Lind and Okafor: “The count ended too early in the week.”",
        [("direct", "The count ended too early in the week.", ":", "Lind and Okafor")],
    ),
    (  # an inverted source and its appositive set off by commas inside the statement
        "Any fair reading of the plan, said Oskar Lind, an expert on the region, would see a retreat.",
        [
            (
                "indirect",
                "Any fair reading of the plan, said Oskar Lind, an expert on the region, would see a retreat",
                "said",
                "Oskar Lind",
            )
        ],
    ),
    (  # ... but a relative clause after the appositive is the source's own
        "The levy will not pass, said Oskar Lind, a lawyer in the port, who is close to the mayor.",
        [("indirect", "The levy will not pass", "said", "Oskar Lind")],
    ),
    (  # a source, cue and addressee set off by commas inside the statement
        "The answer, Jim Blake told them, was simple.",
        [("indirect", "The answer, Jim Blake told them, was simple", "told", "Jim Blake")],
    ),
    ("Update: The vote was moved to Friday.", []),
    ("CLARIFICATION: An earlier version of this story misstated the date.", []),
    (  # a poll's headline finding
        "Poll: Governor Leads By Nine Points In County",
        [("indirect", "Governor Leads By Nine Points In County", ":", "Poll")],
    ),
    (  # a document with no named author stands as the source; a named one speaks for its author
        "The mayor left the dinner early, according to a city memo.",
        [("indirect", "The mayor left the dinner early", "according to", "a city memo")],
    ),
    (
        "According to a UN statement, the two leaders agreed to meet again in June.",
        [("indirect", "the two leaders agreed to meet again in June", "According to", "United Nations")],
    ),
    (  # two spaces between the verb and the source after it
        "“We will not sign,” said  Ines Ford, the union leader.",
        [("direct", "We will not sign,", "said", "Ines Ford")],
    ),
    (  # a cue closing its paragraph with a colon, the quotation opening the next one
        "Mayor Ann Lowe wrote on Facebook:\n\n“We will not close the clinic. Not this year.”",
        [("direct", "We will not close the clinic. Not this year.", "wrote", "Ann Lowe")],
    ),
    (  # a verb that opens its sentence, the source, then the quotation
        "Added the mayor: “The bridge will open in May.”",
        [("direct", "The bridge will open in May.", "Added", "the mayor")],
    ),
    ("Said to be ill, the senator stayed home.", []),
    (  # a second reporting verb after an object's content is a statement of its own
        "Mayor Ann Lowe urged the council to fund the clinic and said the state would match the money.",
        [
            ("indirect", "the council to fund the clinic", "urged", "Ann Lowe"),
            ("indirect", "the state would match the money", "said", "Ann Lowe"),
        ],
    ),
    (  # charges and requests are no statements in the team's gold
        "Senator Tom Ruiz accused the board of hiding the audit.",
        [],
    ),
    ("The county asked the state to repave the road by June.", []),
    (  # an adverb between the source and its verb
        "Mayor Ann Lowe, who chairs the board, has long demanded that the pier be rebuilt.",
        [("indirect", "the pier be rebuilt", "demanded", "Ann Lowe")],
    ),
    (  # a lower-case title before the name after the verb
        "“The road floods every spring,” said bakery owner Tom Arkin.",
        [("direct", "The road floods every spring,", "said", "Tom Arkin")],
    ),
    (  # a verb that also takes a plain object: what follows is a clause only if it runs into its verb
        "When the union announced its strike in May, many on the board expected a long fight.",
        [],
    ),
    (
        "The union announced its members would strike in May.",
        [("indirect", "its members would strike in May", "announced", "The union")],
    ),
    (  # a bare noun opens the reported clause
        "Mayor Ann Lowe welcomed the grant but said repairs alone would not save the pier.",
        [("indirect", "repairs alone would not save the pier", "said", "Ann Lowe")],
    ),
    (  # the gap of a relative clause: the content starts at its verb and ends at the comma
        "The ferries, which the Harbour Board says are too old, will be sold in May.",
        [("indirect", "are too old", "says", "Harbour Board")],
    ),
    (  # 'that' after a comma and before a verb is a new subject, not the start of a clause
        "If the unions agree on a date by June, that is progress, Tom Arkin said.",
        [("indirect", "If the unions agree on a date by June, that is progress", "said", "Tom Arkin")],
    ),
    (  # a day after the verb is no source; the name before a state abbreviation is
        "“The dam will hold,” Senate Majority Leader Tom Harlan, R-Ohio, said Tuesday.",
        [("direct", "The dam will hold,", "said", "Tom Harlan")],
    ),
    (  # a closing mark, then a name and its asides up to the verb
        "“The ruling stands,” Ada Ruiz, a county judge, one of three on the bench, said.",
        [("direct", "The ruling stands,", "said", "Ada Ruiz")],
    ),
    (  # a plain verb of saying coordinated with the cue opens a second statement of the same speaker
        "Tomas Brandt says he will vote against the levy and tells the crowd he was the first to fight it.",
        [
            ("indirect", "he will vote against the levy", "says", "Tomas Brandt"),
            ("indirect", "he was the first to fight it", "tells", "Tomas Brandt"),
        ],
    ),
    (  # ... after a quotation too
        "Ines Caro spoke at the rally. Caro declared “What a night!” and said that her campaign would go on.",
        [
            ("direct", "What a night!", "declared", "Ines Caro"),
            ("indirect", "her campaign would go on", "said", "Ines Caro"),
        ],
    ),
    (  # a show's title in marks before a day is no quotation that the day closes as its source
        "Mayor Ines Caro met voters. On NBC’s “Today” Tuesday, she said that the city never promised it.",
        [("indirect", "the city never promised it", "said", "Ines Caro")],
    ),
    (  # 'As X reported,' opening the sentence: what follows the comma is what X reported
        "The council met on Friday. As Ines Caro wrote on Monday, “The ministry will close three offices.”",
        [("direct", "The ministry will close three offices.", "wrote", "Ines Caro")],
    ),
    (  # a statement inside a subordinate clause ends with it
        "Ines Caro spoke on Friday. While Caro said that mayors cannot take sides, she looks uneasy.",
        [("indirect", "mayors cannot take sides", "said", "Ines Caro")],
    ),
    (
        "Ines Caro spoke on Friday. After Caro said the budget was final, the council voted against it.",
        [("indirect", "the budget was final", "said", "Ines Caro")],
    ),
    (  # an inverted source ends where a subordinate clause begins
        "The vote was close. “We lost, and we know why,” said farm leader Jonas Berg when asked about it.",
        [("direct", "We lost, and we know why,", "said", "Jonas Berg")],
    ),
    (  # a subject the parser took for the verb's object stays in the clause
        "Lena Graham spoke in the capital. Graham says the only way to stop the reform may be a new vote.",
        [("indirect", "the only way to stop the reform may be a new vote", "says", "Lena Graham")],
    ),
    (  # a second source's statement joined by 'but' or 'while' is a quote of its own
        "Port officials said the levy was temporary, but traders say it has already doubled their costs.",
        [
            ("indirect", "the levy was temporary", "said", "Port officials"),
            ("indirect", "it has already doubled their costs", "say", "traders"),
        ],
    ),
    (
        "The ministry said the ferry would sail on Monday while the opposition claimed the plan was a ruse.",
        [
            ("indirect", "the ferry would sail on Monday", "said", "The ministry"),
            ("indirect", "the plan was a ruse", "claimed", "the opposition"),
        ],
    ),
    (  # the same speaker going on with a plain verb of saying stays one statement
        "Mayor Ines Varga said the bridge would open in May, but she added that the date could slip.",
        [
            (
                "indirect",
                "the bridge would open in May, but she added that the date could slip",
                "said",
                "Ines Varga",
            )
        ],
    ),
    (  # a document its author put out speaks for the author, past the phrase's time words
        "The Joint Border Commission met in Gulu this week. According to a communiqué issued by the "
        "commission late on Wednesday, the two sides agreed to withdraw troops.",
        [("indirect", "the two sides agreed to withdraw troops", "According to", "Joint Border Commission")],
    ),
    (
        "Talks will resume in March, according to a statement released by the Andean Trade Council "
        "late Wednesday.",
        [("indirect", "Talks will resume in March", "according to", "Andean Trade Council")],
    ),
    (  # a name set off to close the sentence before a pronoun is whom the pronoun means
        "“We need a survey,” the interior minister, Paul Okot, told reporters. The other delegation was led "
        "by the deputy foreign minister, Samuel Deng Alor. He said the commission would need time.",
        [
            ("direct", "We need a survey,", "told", "Paul Okot"),
            ("indirect", "the commission would need time", "said", "Samuel Deng Alor"),
        ],
    ),
    (  # a quotation signed with a dash and a name
        "Readers wrote in.\n\n“The new bus line saved my job.” ― Lena Okafor\n\n"
        "“Bring back the night ferry.” — Omar Haddad",
        [
            ("direct", "The new bus line saved my job.", "―", "Lena Okafor"),
            ("direct", "Bring back the night ferry.", "—", "Omar Haddad"),
        ],
    ),
    (  # any verb of speech coordinated with the cue is a second quote of the same speaker (GOLD_FORMAT.md)
        "Mayor Ines Caro said the bridge was “perfectly safe” but warned that repairs would take a year.",
        [
            ("mixed", "the bridge was “perfectly safe”", "said", "Ines Caro"),
            ("indirect", "repairs would take a year", "warned", "Ines Caro"),
        ],
    ),
    (  # ... the parser hanging it on the content's verb
        "Mayor Ines Caro said the bridge was safe and urged drivers to slow down.",
        [
            ("indirect", "the bridge was safe", "said", "Ines Caro"),
            ("indirect", "drivers to slow down", "urged", "Ines Caro"),
        ],
    ),
    (
        "Harbour chief Tomas Brandt said the quay would reopen in May, and called on shippers to book early.",
        [
            ("indirect", "the quay would reopen in May", "said", "Tomas Brandt"),
            ("indirect", "shippers to book early", "called on", "Tomas Brandt"),
        ],
    ),
    (
        "Tomas Brandt says the levy will stay and argues that the port needs it.",
        [
            ("indirect", "the levy will stay", "says", "Tomas Brandt"),
            ("indirect", "the port needs it", "argues", "Tomas Brandt"),
        ],
    ),
    (  # an agreement belongs to the content's subject; a charge is no statement (GOLD_FORMAT.md)
        "Mayor Ines Caro said the two crews met on Friday and agreed that the bridge was safe.",
        [
            (
                "indirect",
                "the two crews met on Friday and agreed that the bridge was safe",
                "said",
                "Ines Caro",
            )
        ],
    ),
    (
        "Ines Caro said the council backed the plan and accused the governor of stalling it.",
        [
            (
                "indirect",
                "the council backed the plan and accused the governor of stalling it",
                "said",
                "Ines Caro",
            )
        ],
    ),
    (  # a way of speaking after a modal is a forecast, not the quotation's cue
        "A harbour official said talks on fees would continue “on a separate track.”",
        [("mixed", "talks on fees would continue “on a separate track.”", "said", "A harbour official")],
    ),
    (  # the same verb reporting the words themselves
        "Mayor Ines Caro paused, then continued: “We will rebuild the quay.”",
        [("direct", "We will rebuild the quay.", "continued", "Ines Caro")],
    ),
]


@pytest.mark.parametrize(("text", "want"), CASES, ids=[c[0][:32] for c in CASES])
def test_pattern(text: str, want: list[tuple]) -> None:
    assert table(run_quotes(text)) == want
