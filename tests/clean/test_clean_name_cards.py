"""A politician's hover card glued into a story sentence is cut and reported; the sentence stays whole."""

from __future__ import annotations

import pytest

from parley import extract
from parley.clean import clean
from parley.clean.cruft_rules import compiled_rules
from parley.clean.name_cards import cards

CARD_RULES = compiled_rules().rules.name_cards


@pytest.mark.parametrize(
    ("text", "want"),
    [
        (
            "Sen. Mara VellMara VellSenate panel delays lake vote | Vell backs truce MORE (D-Vt.) said on "
            "Monday.",
            "Sen. Mara Vell (D-Vt.) said on Monday.",
        ),
        # The card's full name may be longer than the name in the sentence.
        (
            "President ReidOsk Tarn ReidReid signs lake order Tarn allies split MORE said the deal would "
            "hold.",
            "President Reid said the deal would hold.",
        ),
        # Two cards in one sentence.
        (
            "Rep. Jo Ann Lind-RoeJo Ann Lind-RoeThe Hill's morning report MORE and Rep. Ivo KastIvo KastKast "
            "urges pause MORE (R-Ore.) wrote to the envoy.",
            "Rep. Jo Ann Lind-Roe and Rep. Ivo Kast (R-Ore.) wrote to the envoy.",
        ),
    ],
)
def test_cards_are_cut_from_the_sentence(text: str, want: str) -> None:
    got = clean(f"Lake talks resume\n\n{text}\n\nThe envoys meet again next week in Osk.", is_html=False)
    assert got.body.split("\n")[0] == want
    assert [r.reason for r in got.removed].count("name-card") == text.count(" MORE")
    for r in got.removed:
        if r.reason == "name-card":
            assert r.text.endswith("MORE ") and r.text[:1].isupper()


@pytest.mark.parametrize(
    "text",
    [
        "The McDonald family and the iPhone maker said MORE talks were needed.",
        "Kast said MORE than 40 boats were seized.",
        "The JavaScript library and the PayPal account were named in the filing. READ MORE",
        "Ivo KastIvo Kast was listed twice in the register, officials said, with no more detail.",
    ],
)
def test_glued_capitals_that_are_no_card_stay(text: str) -> None:
    assert cards(text, CARD_RULES) == []


def test_offsets_of_a_cut_sentence_index_the_body() -> None:
    raw = (
        "Lake talks resume\n\n"
        "Sen. Mara VellMara VellSenate panel delays lake vote MORE (D-Vt.) said Valdoria must return to the "
        "talks in Osk.\n\nThe envoys meet again next week."
    )
    record = extract(raw)
    body = record.article.body
    assert body.startswith("Sen. Mara Vell (D-Vt.) said Valdoria must return")
    for entity in record.entities:
        for start, end in entity.mentions:
            assert body[start:end].strip() != ""
    card = next(r for r in record.article.removed if r.reason == "name-card")
    assert raw[card.span[0] : card.span[1]] == card.text
