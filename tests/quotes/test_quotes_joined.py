"""Where a reported clause ends before what the writer joins to it: the speaker's own act ('and thanked B'),
a second statement ('while noting that B') or another source's ('though X cautioned that B'), a note on
the claim ('a claim the owners deny') or the phrase that sources it; each case is an invented sentence with
every quote the stage should give, as (kind, content, cue, speaker)."""

from __future__ import annotations

import pytest

from conftest import run_quotes, table

CASES = [
    (  # the speaker's act after the content's auxiliary chain
        "Harbour chief Tomas Brandt said the ferry had sailed on time and thanked the crew for their work.",
        [("indirect", "the ferry had sailed on time", "said", "Tomas Brandt")],
    ),
    (  # 'did not' + verb: the speaker, not the council
        "Mayor Ines Caro said the council was ready to vote but did not say when.",
        [("indirect", "the council was ready to vote", "said", "Ines Caro")],
    ),
    (  # the same plain past with no comma may be the content's own subject's act
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
    (  # a verb of saying hung on the content's verb: a second statement of the speaker
        "Ines Caro said the levy had raised more than expected, and urged the council to spend it on roads.",
        [
            ("indirect", "the levy had raised more than expected", "said", "Ines Caro"),
            ("indirect", "the council to spend it on roads", "urged", "Ines Caro"),
        ],
    ),
    (
        "Tomas Brandt said the quay was safe while noting that repairs would start in June.",
        [
            ("indirect", "the quay was safe", "said", "Tomas Brandt"),
            ("indirect", "repairs would start in June", "noting", "Tomas Brandt"),
        ],
    ),
    (
        "The mayor expressed hope that the bridge would reopen by May.",
        [("indirect", "the bridge would reopen by May", "expressed hope", "The mayor")],
    ),
    (  # a second source's statement after 'though' opens another quote; a plain 'though' clause stays
        "The ministry said the ferry would resume on Monday, though a harbour official cautioned that the "
        "storm could delay it.",
        [
            ("indirect", "the ferry would resume on Monday", "said", "The ministry"),
            ("indirect", "the storm could delay it", "cautioned", "a harbour official"),
        ],
    ),
    (
        "Tomas Brandt said the quay would reopen in June, though the repairs could take longer.",
        [
            (
                "indirect",
                "the quay would reopen in June, though the repairs could take longer",
                "said",
                "Tomas Brandt",
            )
        ],
    ),
    (  # a bare past the tagger took for a participle is still the speaker's act
        "Port spokeswoman Vera Lund said the crews had shown real patience but insisted on a full inquiry "
        "into the delays.",
        [("indirect", "the crews had shown real patience", "said", "Vera Lund")],
    ),
    (  # the speaker's act the parser joined to the cue itself
        "A spokesman for the dockers, Pavel Lind, told the Ledger that the crews were ready to sail, but "
        "accused the owners of delaying the talks.",
        [("indirect", "the crews were ready to sail", "told", "Pavel Lind")],
    ),
    (  # another source's perfect ('have said') opens its own quote
        "The harbour board insists its fees are fair, and local skippers have said the charges are driving "
        "them away.",
        [
            ("indirect", "its fees are fair", "insists", "The harbour board"),
            ("indirect", "the charges are driving them away", "said", "local skippers"),
        ],
    ),
    (  # 'and' that the parser hangs on the second source's subject
        "Mayor Ines Caro has said she is willing to meet the governor “at any time,” and council members "
        "argue that every delay weakens the town.",
        [
            ("mixed", "she is willing to meet the governor “at any time,”", "said", "Ines Caro"),
            ("indirect", "every delay weakens the town", "argue", "council members"),
        ],
    ),
    (  # ', calling X Y' after the content is a second statement of the speaker
        "Mayor Ines Caro said she did not expect the vote to pass, calling the plan “a costly detour.”",
        [
            ("indirect", "she did not expect the vote to pass", "said", "Ines Caro"),
            ("direct", "a costly detour.", "calling", "Ines Caro"),
        ],
    ),
    (  # an abbreviation before a quotation going on in lower case ends no sentence
        "Tomas Brandt said the U.S. “would not block the sale” of the port.",
        [("mixed", "the U.S. “would not block the sale” of the port", "said", "Tomas Brandt")],
    ),
    (  # the writer's note on the claim closing the sentence
        "The union said wages had fallen for three years, a claim the owners deny.",
        [("indirect", "wages had fallen for three years", "said", "The union")],
    ),
    (  # a phrase that sources the sentence after the verb's statement is no part of it
        "The port authority said the cranes were working again, according to a notice posted on Friday.",
        [("indirect", "the cranes were working again", "said", "The port authority")],
    ),
    (  # a statement in a relative clause closing another's content is its own source's
        "The mayor said the crews would reopen the bridge on Friday, which city officials said would take "
        "three more weeks.",
        [
            ("indirect", "the crews would reopen the bridge on Friday", "said", "The mayor"),
            ("indirect", "would take three more weeks", "said", "city officials"),
        ],
    ),
    (  # a text's terms stay inside the statement that cites them
        "The mayor said the crews were behind on the bridge, which the 2021 contract said would open in May.",
        [
            (
                "indirect",
                "the crews were behind on the bridge, which the 2021 contract said would open in May",
                "said",
                "The mayor",
            )
        ],
    ),
    (  # ... and the relative word is the subject of what it says, not its object, nor a naming
        "The mayor said the ferry would stop at Lund, which she said the council had chosen, and at Berg.",
        [
            (
                "indirect",
                "the ferry would stop at Lund, which she said the council had chosen, and at Berg",
                "said",
                "The mayor",
            )
        ],
    ),
    (  # the relative word is no part of the source
        "The pier was rebuilt last year, which city engineers said took three months.",
        [("indirect", "took three months", "said", "city engineers")],
    ),
]


@pytest.mark.parametrize(("text", "want"), CASES, ids=[c[0][:32] for c in CASES])
def test_joined(text: str, want: list[tuple]) -> None:
    assert table(run_quotes(text)) == want
