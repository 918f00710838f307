"""Speakers: pronouns, relatives, bodies, documents, anonymous sources and asides around the source."""

from __future__ import annotations

import pytest

from conftest import part_texts, run_pieces, run_quotes, table


def speakers(text: str, model: str | None = None) -> list[tuple[str | None, str]]:
    return [(q.speaker.name if q.speaker else None, q.text) for q in run_pieces(text, model)]


def test_pronoun_takes_the_subject_not_the_object() -> None:
    text = (
        "Chief negotiator Vladimir Medinsky met Rustem Umerov in Istanbul on Friday.\n\n"
        "He said the talks had been useful."
    )
    assert speakers(text) == [("Vladimir Medinsky", "the talks had been useful")]


def test_pronoun_after_appositive_subject() -> None:
    text = (
        "Vladimir Medinsky said the Russian team was ready.\n\n"
        "The US secretary of state, Marco Rubio, who is also in Turkey, was more downbeat. "
        "He told reporters that he did not expect a breakthrough."
    )
    assert speakers(text)[-1] == ("Marco Rubio", "he did not expect a breakthrough")


def test_anonymous_source_and_its_later_mentions(model) -> None:
    text = (
        "A senior Western official, speaking on condition of anonymity, said the talks had stalled. "
        "“Nobody is signing anything tonight,” the official said."
    )
    got = run_quotes(text, model)
    assert [(q.speaker.entity, q.speaker.name) for q in got] == [(None, "A senior Western official")] * 2


def test_anonymous_singular_source_is_she() -> None:
    text = (
        "Vera Grabe said the table had never been weaker. "
        "A Norwegian diplomat who has followed the process since the 1990s said guarantors should press on. "
        "“Small, verifiable steps,” she said, “are the only way.”"
    )
    got = speakers(text)
    assert [name for name, _ in got[1:]] == [
        "A Norwegian diplomat who has followed the process since the 1990s"
    ] * 3


def test_participle_aside_is_not_the_source(model) -> None:
    text = "Volodymyr Zelenskyy, speaking in Tirana, where he is, said Russia had sent a weak team."
    assert speakers(text, model) == [("Volodymyr Zelenskyy", "Russia had sent a weak team")]


def test_group_and_statement_take_the_last_organisation() -> None:
    text = (
        "Hamas said it had accepted the proposal. The group said its delegation would travel to Cairo. "
        "“Such actions are unacceptable,” the statement said."
    )
    assert [name for name, _ in speakers(text)] == ["Hamas", "Hamas", "Hamas"]


def test_office_of_a_person_is_not_the_person() -> None:
    text = "Israeli Prime Minister Benjamin Netanyahu's office said he had instructed the team to continue."
    got = run_quotes(text)
    assert got[0].speaker.name.endswith("Benjamin Netanyahu's office")  # (the entity stage may name it)


def test_question_with_inverted_speaker(model) -> None:
    text = "“Is this what they call peace?” asked Volodymyr Zelensky in his nightly address."
    assert table(run_quotes(text, model)) == [
        ("direct", "Is this what they call peace?", "asked", "Volodymyr Zelensky")
    ]


def test_british_single_quotes(model) -> None:
    text = "‘We are ready to talk,’ Foreign Secretary David Lammy told MPs. ‘But Russia must withdraw.’"
    quotes = run_quotes(text, model)
    assert len(quotes) == 1 and tuple(quotes[0].content_span) == (0, len(text))
    assert part_texts(text, quotes[0]) == ["We are ready to talk,", "But Russia must withdraw."]


def test_short_quote_after_a_quote_takes_its_speaker(model) -> None:
    text = "“But we will not trade our land for a piece of paper,” Andrii Sybiha said. “Never.”"
    assert speakers(text, model)[-1] == ("Andrii Sybiha", "Never.")


def test_according_to_after_a_reporting_verb_does_not_replace_it() -> None:
    text = (
        "Chinese President Xi Jinping replied that the challenges did not come from China, "
        "according to a readout from the Chinese Foreign Ministry."
    )
    got = table(run_quotes(text))
    assert [(g[2], g[3]) for g in got] == [("replied", "Xi Jinping")]


def test_titles_with_full_stops_stay_in_the_name(model) -> None:
    text = "“Our forces responded to the threat,” said Lt. Col. Nadav Shoshani, an army spokesman."
    got = run_quotes(text, model)
    assert [(q.text, q.speaker.mention.text) for q in got] == [
        ("Our forces responded to the threat,", "Lt. Col. Nadav Shoshani")
    ]


def test_one_of_a_group_is_anonymous() -> None:
    text = "European officials, however, were sceptical. “We have heard this before,” one said."
    got = run_quotes(text)
    assert [(q.text, q.speaker.entity, q.speaker.name) for q in got] == [
        ("We have heard this before,", None, "one")
    ]


def test_relative_aside_is_not_a_quote() -> None:
    text = (
        "“There is no deal yet,” said one diplomat, who asked not to be named because the talks were private."
    )
    assert [q.text for q in run_quotes(text)] == ["There is no deal yet,"]


def test_content_first_ending_in_a_quoted_word() -> None:
    text = "The talks were “constructive,” a State Department spokesperson said."
    assert table(run_quotes(text)) == [
        ("mixed", "The talks were “constructive,”", "said", "a State Department spokesperson")
    ]


def test_adding_that_is_a_second_statement(model) -> None:
    text = "Volodymyr Zelensky told reporters that Ukraine would not give up, adding that talks should go on."
    assert [q.text for q in run_quotes(text, model)] == ["Ukraine would not give up", "talks should go on"]


def test_opening_words_are_not_part_of_the_source() -> None:
    text = "Even so, three-quarters of the county's voters said the fund was sound."
    assert [q.speaker.mention.text for q in run_quotes(text)] == ["three-quarters of the county's voters"]


# a nationality or region before a common noun for a source describes the source, it does not name it
UNNAMED_WITH_ORIGIN = [
    (
        "Talks resumed in Ankara.\n\nA senior Somali official, speaking on condition of anonymity, "
        "said the delegations had argued for hours.",
        "A senior Somali official",
    ),
    (
        "Talks resumed on Monday.\n\nA Southeast Asian diplomat who follows the talks said neither side "
        "wanted a clash.",
        "A Southeast Asian diplomat who follows the talks",
    ),
    (
        "Talks resumed on Monday.\n\nA senior Peruvian diplomat said neither side wanted a clash.",
        "A senior Peruvian diplomat",
    ),
]


@pytest.mark.parametrize(("text", "speaker"), UNNAMED_WITH_ORIGIN, ids=[c[1] for c in UNNAMED_WITH_ORIGIN])
def test_origin_is_no_name(text: str, speaker: str, model) -> None:
    assert [q.speaker.name if q.speaker else None for q in run_quotes(text, model)] == [speaker]


# (text, the speaker of each quote in order) — parse slips around the speaker's name
SPEAKER_SLIPS = [
    (  # a name after a scene-setting phrase, which the parse may hang on the place, is still the subject
        "Pedro Alves said the port deal was close.\n\nIn Porto, Mayor Rui Tavares cautioned against "
        "optimism. “Nothing is signed,” he told reporters.",
        ["Pedro Alves", "Rui Tavares"],
    ),
    (  # a name opening a sentence with a relative clause after it is its subject
        "Ivan Petrov said Moscow was satisfied.\n\nDonald Trump, who had pressed both sides to meet, "
        "spoke to Mr Putin on Monday. Afterwards he said that talks would start at once.",
        ["Ivan Petrov", "Donald Trump"],
    ),
    (  # a capitalised 'He' after a title is a Chinese surname, not the pronoun
        "Treasury chief Paul Grant met Vice Premier He Lifeng in Oslo. Grant said the talks were useful. "
        "Vice Premier He told state media the two sides would stay in touch.",
        ["Paul Grant", "He Lifeng"],
    ),
    (  # the complementiser 'that' is no relative pronoun: the source is not 'on X that she'
        "Foreign Minister Lena Berg wrote on X that she hoped “the rest can be settled within days.”",
        ["Lena Berg", "Lena Berg"],
    ),
    (  # a name set off before a description of its bearer speaks, not a name inside the description
        "Ines Okoye, a Great Rift researcher at the University of Leiden, said the real test would be "
        "whether the rebels actually left.",
        ["Ines Okoye"],
    ),
    (  # a comma and 'and' inside the parse's subject join two clauses: the source is the name after them
        "The premier has offered to host a meeting of Ruiz, Okafor and U.S. President Donald Trump, and "
        'Lindqvist said the offer "stands for as long as it takes."',
        ["Lindqvist"],
    ),
    (  # the parse rooted the sentence on the name that opens it, the verbs after the asides hung elsewhere
        "Kowal, speaking in Vilnius, Lithuania, where she met leaders of the eastern flank, called the "
        "memorandum “a trap dressed up as a plan” and urged Western governments to impose tougher sanctions.",
        ["Kowal", "Kowal"],
    ),
    (  # the name closing a participle's aside is not the subject: the name before the aside is
        "Mr Okafor, speaking at a press conference in Abuja alongside the visiting German foreign minister, "
        "Karl Weber, said he would meet the rebels in person “at any moment”.",
        ["Okafor"],
    ),
    (  # a verb joined to one that is no cue takes that verb's subject, not a name before it
        "The talks opened in Geneva.\n\nAt Holyrood, the Liberal Democrats' rural affairs spokesperson, "
        "Moira Kerr, welcomed the talks and said small farms had a particular interest in seeing borders "
        "settled by negotiation.",
        ["Moira Kerr"],
    ),
    (  # a name, an age and a 'whose' clause set off before the verb: the name speaks, not the clause's end
        "The freed Americans landed in Texas late Friday.\n\nMaria Lopes, 47, whose brother, Daniel Rocha, "
        "a dual U.S.-Chilean citizen from Weston, was among the 10 freed, said she had not slept since "
        "Thursday.",
        ["Maria Lopes"],
    ),
    (  # 'It' after a body's statement whose content has a country for subject: the body again
        "The Ministry of Transport welcomed the ruling on Tuesday, saying Portugal “supports every fair "
        "inquiry.” It urged both ports to settle before June.",
        ["Ministry of Transport", "Ministry of Transport"],
    ),
]


@pytest.mark.parametrize(("text", "names"), SPEAKER_SLIPS, ids=[str(i) for i in range(len(SPEAKER_SLIPS))])
def test_speaker_despite_parse_slips(text: str, names: list[str]) -> None:
    assert [name for name, _ in speakers(text)] == names


# (text, which quote, its (speaker name, source mention, content))
SOURCES = [
    (
        "The round ended without a deal, with Norway's envoy saying the gaps had narrowed.",
        0,
        ("Norway's envoy", "Norway's envoy", "the gaps had narrowed"),
    ),
    (  # an opening 'according to' tells the whole clause, a verb of saying inside it included
        "According to one member of the delegation, the other side demanded that Kyiv give up land. "
        "“They came to dictate,” he said.",
        0,
        ("one member of the delegation",) * 2 + ("the other side demanded that Kyiv give up land",),
    ),
    (  # a lower-case title before the name, which the parse hung on the quotation, goes with the source
        "The army denied it.\n\n“Not one shot came from our side,” ministry spokesperson Dara Kol said.",
        -1,
        ("Dara Kol", "ministry spokesperson Dara Kol", "Not one shot came from our side,"),
    ),
    (  # one part of a full name the entity stage did not link to its person
        "The talks were chaired by Thai defence minister Somchai Rattanakul and his Cambodian peer.\n\n"
        "Somchai, speaking to Thai reporters, said the issue would be handled through other channels.",
        -1,
        ("Somchai Rattanakul", "Somchai", "the issue would be handled through other channels"),
    ),
    (  # a place phrase opening the sentence is no part of the source
        "The premier flew home on Monday.\n\nIn Melbourne, Box Hill resident Priya Nair, whose parents live "
        'in Lahore, told SBS News the past week had been "the longest of my life".',
        0,
        ("Priya Nair", "Box Hill resident Priya Nair", 'the past week had been "the longest of my life"'),
    ),
]


@pytest.mark.parametrize(("text", "index", "expected"), SOURCES, ids=[c[2][1] for c in SOURCES])
def test_source_of_a_quote(text: str, index: int, expected: tuple[str, str, str]) -> None:
    q = run_quotes(text)[index]
    assert (q.speaker.name, q.speaker.mention.text, q.text) == expected


# (text, (speaker, content) of each quote) — where a statement told before its source begins and ends
CONTENT_BEFORE_SOURCE = [
    (  # an opening verbless phrase is the statement's, and the evidence verb inside it no source
        "Read side by side, the two letters show how far apart the towns remain, said Ines Mora, a lawyer.",
        [("Ines Mora", "Read side by side, the two letters show how far apart the towns remain")],
    ),
    (  # a day after the cue, then a comma: the statement is before the source, not after the day
        "The ferry will run again on Monday, the port authority said Friday, as crews cleared the quay.",
        [("the port authority", "The ferry will run again on Monday")],
    ),
    (  # ', adding that B' holds the second statement: the first is the one before the source
        "The crews will meet again next week, the harbour master said, adding that a new pier was "
        "not planned.",
        [
            ("the harbour master", "The crews will meet again next week"),
            ("the harbour master", "a new pier was not planned"),
        ],
    ),
    (  # the comma before ', adding' may stand inside the closing mark
        "Ines Mora said the vote was “a fair result,” adding that the count would be audited.",
        [("Ines Mora", "the vote was “a fair result,”"), ("Ines Mora", "the count would be audited")],
    ),
]


@pytest.mark.parametrize(
    ("text", "expected"), CONTENT_BEFORE_SOURCE, ids=[str(i) for i in range(len(CONTENT_BEFORE_SOURCE))]
)
def test_content_before_its_source(text: str, expected: list[tuple[str, str]]) -> None:
    assert speakers(text) == expected


@pytest.mark.parametrize(
    ("sentence", "speaker"),
    [
        ("The representative of France said her delegation backed the envoy.", "France"),
        ("The representative of the United Kingdom said the council should act.", "United Kingdom"),
        ("The United States delegate said Washington would keep its sanctions.", "United States"),
        # Not a country's voice: a diplomat, a delegate of no country, one delegate among others.
        ("A French diplomat said the talks had stalled.", "A French diplomat"),
        ("A Thai delegate said the talks had stalled.", "A Thai delegate"),
        ("The delegate said the talks had stalled.", "The delegate"),
    ],
)
def test_a_council_delegate_speaks_for_the_country_named(sentence: str, speaker: str) -> None:
    text = "The Security Council met on Tuesday to discuss the talks in Muscat.\n\n" + sentence
    assert [name for name, _ in speakers(text)] == [speaker]


@pytest.mark.parametrize(
    ("text", "speaker"),
    [
        ("The Vice-Chairs said the committee would meet again.", "The Vice-Chairs"),
        ("The Co-Chairs said the next round was scheduled for March.", "Co-Chairs"),
    ],
)
def test_a_hyphened_title_is_one_source(text: str, speaker: str) -> None:
    assert [name for name, _ in speakers(text)] == [speaker]
