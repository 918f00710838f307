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
    (  # the writer's note on the claim closing the sentence
        "The union said wages had fallen for three years, a claim the owners deny.",
        [("indirect", "wages had fallen for three years", "said", "The union")],
    ),
    (  # a phrase that sources the sentence after the verb's statement is no part of it
        "The port authority said the cranes were working again, according to a notice posted on Friday.",
        [("indirect", "the cranes were working again", "said", "The port authority")],
    ),
]


@pytest.mark.parametrize(("text", "want"), CASES, ids=[c[0][:32] for c in CASES])
def test_joined(text: str, want: list[tuple]) -> None:
    assert table(run_quotes(text)) == want
