"""Direct quotes: marks of both kinds, interruptions, several sentences and paragraphs, colon forms."""

from __future__ import annotations

import pytest

from conftest import part_texts, run_pieces, run_quotes, table
from parley.quotes.marks import scan


def test_curly_quote_with_speaker_after(model) -> None:
    text = "“We are ready to talk,” Foreign Minister Hakan Fidan told reporters on Monday."
    assert table(run_quotes(text, model)) == [("direct", "We are ready to talk,", "told", "Hakan Fidan")]


def test_straight_quote_with_inverted_speaker(model) -> None:
    text = (
        'Talks resumed in Geneva on Monday. "Nobody expects a deal this week," said Maria Lopez, the envoy.'
    )
    quotes = run_quotes(text, model)
    assert table(quotes) == [("direct", "Nobody expects a deal this week,", "said", "Maria Lopez")]
    assert text[slice(*quotes[0].content_span)] == f'"{quotes[0].text}"'
    assert [text[slice(*p)] for p in quotes[0].parts] == [quotes[0].text]


def test_interrupted_quote_is_one_quote_of_two_parts(model) -> None:
    text = (
        "Kremlin spokesman Dmitry Peskov spoke on Thursday.\n\n"
        "“Nothing has come back so far,” Peskov said. “We will wait for their reply. Then we can act.”"
    )
    quotes = run_quotes(text, model)
    first, second = "Nothing has come back so far,", "We will wait for their reply. Then we can act."
    assert table(quotes) == [("direct", f"{first} {second}", "said", "Dmitry Peskov")]
    assert part_texts(text, quotes[0]) == [first, second]
    assert text[slice(*quotes[0].content_span)] == f"“{first}” Peskov said. “{second}”"


def test_quote_interrupted_mid_sentence(model) -> None:
    text = "“Small, verifiable steps,” Gustavo Petro said, “are the only way to rebuild trust.”"
    quotes = run_quotes(text, model)
    assert len(quotes) == 1 and text[slice(*quotes[0].content_span)] == text
    assert part_texts(text, quotes[0]) == ["Small, verifiable steps,", "are the only way to rebuild trust."]


def test_quote_runs_into_the_next_paragraph(model) -> None:
    text = (
        "“Every strike makes our work harder,” Majed al-Ansari said. “We talk to both sides every day.\n\n"
        "“The families deserve answers.”\n\nThe talks went on."
    )
    assert table(run_pieces(text, model))[-1] == (
        "direct",
        "We talk to both sides every day.\n\n“The families deserve answers.",
        "said",
        "Majed al-Ansari",
    )


def test_colon_form(model) -> None:
    text = "Rustem Umerov, the defence minister, said on Friday: “Every child must come home.”"
    assert table(run_quotes(text, model)) == [
        ("direct", "Every child must come home.", "said", "Rustem Umerov")
    ]


def test_nested_single_quotes_stay_inside(model) -> None:
    text = "“They called it a ‘special operation’ and nothing more,” said Andrii Sybiha."
    assert table(run_quotes(text, model)) == [
        ("direct", "They called it a ‘special operation’ and nothing more,", "said", "Andrii Sybiha")
    ]


def test_paragraph_of_quote_takes_previous_speaker(model) -> None:
    text = (
        "Kaja Kallas told reporters in Brussels that the package was ready.\n\n"
        "“Every ship we list is a ship that can no longer carry oil.”\n\n"
        "Sanctions have been tightened twelve times since 2022."
    )
    got = table(run_quotes(text, model))
    assert (
        "direct",
        "Every ship we list is a ship that can no longer carry oil.",
        "told",
        "Kaja Kallas",
    ) in got


def test_scare_quotes_are_not_quotes(model) -> None:
    text = "The government designated the newspaper an “undesirable” organisation last year."
    assert run_quotes(text, model) == []


def test_marks_scan_unclosed_and_straight() -> None:
    text = 'He said "yes" and “no.\nNext paragraph "a, b," c'
    assert [text[q.open + 1 : q.close] for q in scan(text)] == ["yes", "a, b,"]


def test_long_quote_before_a_titled_name_the_parser_splits(model) -> None:
    text = (
        '"Progress is slow, but for the first time both sides are talking about the same map," '
        "Defence Minister Rustem Umerov told reporters after the meeting."
    )
    got = table(run_quotes(text, model))
    assert len(got) == 1 and got[0][2:] == ("told", "Rustem Umerov")
    assert got[0][1].startswith("Progress is slow, but for the first time")


# (text, the last quote as (kind, text, cue, speaker)) — an owner's word for what they say and a colon in a
# paragraph of their own, over the paragraph that quotes it
MESSAGES = [
    (
        "Farmer Lena Okoro, 61, said she would not replant until the rains came.\n\n"
        "Her message to the ministry:\n\n“Send the seed before the season, not after it.”",
        ("direct", "Send the seed before the season, not after it.", "message", "Lena Okoro"),
    ),
    (
        "Asked what he would tell the strikers, Mayor Tomas Brandt paused.\n\n"
        "His answer to the men still waiting at the gates:\n\n“Go home. We will call you.”",
        ("direct", "Go home. We will call you.", "answer", "Tomas Brandt"),
    ),
    (
        "Ruiz said the vote would come on Friday.\n\nRuiz's words for the doubters:\n\n“Watch us.”",
        ("direct", "Watch us.", "words", "Ruiz"),
    ),
]


@pytest.mark.parametrize(("text", "expected"), MESSAGES, ids=[c[1][2] for c in MESSAGES])
def test_owned_message_before_a_colon_is_a_cue(text: str, expected: tuple[str, str, str, str]) -> None:
    assert table(run_quotes(text))[-1] == expected
