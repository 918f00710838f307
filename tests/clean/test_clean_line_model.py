"""The learned line check: a kept line the model is very sure of goes, reported as "line model".

Story lines stay, however short."""

from __future__ import annotations

import json

import pytest

import parley.clean.text as text_cleaner
from parley.clean import clean
from parley.clean.cruft_rules import CompiledRules, compiled_rules
from parley.clean.line_marks import protected, story_sentence
from parley.clean.line_model import (
    FEATURES,
    REASON,
    LineModel,
    features,
    is_sure,
    load_model,
    mark_by_model,
    second_person,
)
from parley.clean.lines import Line, classify, split_lines

STORY = """Harbour talks resume in Valdora

By Ines Marlow

The two port authorities agreed on Tuesday to reopen the northern berth, officials said.

Negotiators from both sides told reporters that the deal would be signed next week in the capital.

"We are close," said deputy harbour master Teo Brandt, adding that the fees had been settled.

The berth has been closed since a storm damaged its cranes in March.

{tail}
"""

# Cruft of kinds no rule names, under the story.
CAUGHT = [
    "Questions about your delivery? Ring 0800 555 123 weekdays 8-6.",
    # Scored 0.98 by the logistic part and 0.80 by the trees: under the bars that lose no story line in
    # the cross-validation since dev18 (a short story closer among dropped lines scores 0.995 there).
    pytest.param(
        "Our office hours: Mon-Fri 9:00-17:00, Sat 10:00-13:00.", marks=pytest.mark.xfail(strict=True)
    ),
]
# The outlet describing itself: rules may name the shape too, so the model is asked as if they had kept it.
CAUGHT_IF_KEPT = [
    # 0.98 and 0.97: under the bars, as above.
    pytest.param(
        "Valdora Post is an independent daily, published in Port Vell since 1952.",
        marks=pytest.mark.xfail(strict=True),
    ),
]
# Story closers that must stay, however short; and a closing credit, which the model never judges.
KEPT = [
    "The port said it would publish the text of the deal on Friday.",
    "The North did not respond.",
    "Talks resume on Monday.",
    "Reuters contributed reporting.",
    # Story lines with a bio's words ("based in", "covered"): the shape alone does not make it sure.
    "The port authority is based in the old customs house.",
    "Brandt has covered the harbour for two decades as a union official.",
]


@pytest.mark.parametrize("tail", CAUGHT)
def test_model_drops_unseen_cruft(tail: str) -> None:
    got = clean(STORY.format(tail=tail), is_html=False)
    assert tail not in got.body
    assert any(r.reason == REASON and r.text == tail for r in got.removed)
    assert got.body.endswith("cranes in March.")


@pytest.mark.parametrize("tail", CAUGHT_IF_KEPT)
def test_model_drops_what_the_rules_keep(tail: str, monkeypatch: pytest.MonkeyPatch) -> None:
    seen: list[tuple[list[Line], CompiledRules]] = []
    monkeypatch.setattr(text_cleaner, "mark_by_model", lambda lines, rules: seen.append((lines, rules)))
    clean(STORY.format(tail=tail), is_html=False)
    lines, rules = seen[-1]  # every verdict of the rules, just before the model looks
    last = next(line for line in lines if line.text == tail)
    last.reason = None  # as if no rule knew the shape
    mark_by_model(lines, rules)
    assert last.reason == REASON


@pytest.mark.parametrize("tail", KEPT)
def test_model_keeps_story(tail: str) -> None:
    got = clean(STORY.format(tail=tail), is_html=False)
    assert got.body.endswith(tail)
    assert not any(r.reason == REASON for r in got.removed)


def test_shipped_model_is_valid() -> None:
    model = load_model()
    assert model.features == FEATURES
    assert 0.5 <= model.gate < model.sure <= 1.0
    assert 0.5 < model.threshold <= 1.0


def _one_tree(**change: object) -> dict[str, object]:
    """The trees of a model: one leaf, with ``change`` applied."""
    tree = {"feature": [[-1]], "threshold": [[0.0]], "left": [[0]], "right": [[0]], "value": [[0.0]]}
    return {"trees": {"base": 0.0, "rate": 1.0} | tree | change}


@pytest.mark.parametrize(
    "change",
    [
        {"features": ["log_words"]},
        {"weights": [0.0]},
        {"scale": [0.0] * len(FEATURES)},
        {"extra": 1},
        {"gate": 1.0},
        _one_tree(feature=[[0]]),  # a node that is its own child
        _one_tree(  # no such feature
            feature=[[99, -1, -1]],
            threshold=[[0.0] * 3],
            left=[[1, 0, 0]],
            right=[[2, 0, 0]],
            value=[[0.0, 1.0, -1.0]],
        ),
        _one_tree(threshold=[[]]),  # node arrays of unequal length
    ],
)
def test_invalid_model_is_refused(change: dict[str, object]) -> None:
    raw = json.loads(load_model().model_dump_json()) | change
    with pytest.raises(ValueError):
        LineModel.model_validate(raw)


@pytest.mark.parametrize(("gate", "sure"), [(0.2, 0.5), (0.5, 0.9), (0.8, 0.8), (0.95, 0.99)])
@pytest.mark.parametrize("threshold", [0.2, 0.8, 0.95])
@pytest.mark.parametrize("tail", [*CAUGHT[:1], *KEPT])
def test_early_stop_changes_no_verdict(gate: float, sure: float, threshold: float, tail: str) -> None:
    """The staged check drops exactly the lines the model's plain verdict calls sure."""
    rules = compiled_rules()
    model = load_model().model_copy(update={"gate": gate, "sure": sure, "threshold": threshold})
    text = STORY.format(tail=tail)
    lines = split_lines(text)
    for line in lines:
        line.reason = classify(line, rules)
    _staged_is_plain(lines, rules, model)


def _staged_is_plain(lines: list[Line], rules: CompiledRules, model: LineModel) -> None:
    """mark_by_model drops exactly the lines the plain verdict (all features, then is_sure) calls sure."""
    kept = [i for i, line in enumerate(lines) if line.reason is None and not line.in_list]
    sure = {
        i
        for i in kept
        if is_sure(model, features(lines, i, kept, rules, model.vocab, model.story_vocab))
        and not protected(lines[i], rules)
    }
    mark_by_model(lines, rules, model)
    assert {i for i in kept if lines[i].reason == REASON} == sure


@pytest.mark.parametrize(
    ("text", "guarded"),
    [
        ("Mira Tallis posted on X shortly after the vote.", True),
        ("Envoy Ana Brel travelled to Osk on Monday for the signing.", True),
        ("The Harbour Board of Valdora said the berth would reopen.", True),
        ("Kestrel said nothing more about the fees that evening.", True),
        # a lone capital only opens the sentence: an -ed word after it is no verb of a named subject
        ("Unlock unlimited stories and the digital paper today.", False),
        ("Among the freed are sailors held since the spring.", False),
        ("The suspended minister's future now rests with the court.", False),
        ("Mira Tallis posted on X: read her thread here.", False),  # a colon: furniture's mark
        ("Did Mira Tallis say anything?", False),
        ("Tallis posted.", False),  # too short to tell
    ],
)
def test_story_sentence(text: str, guarded: bool) -> None:
    rules = compiled_rules()
    assert story_sentence(Line(text, 0, len(text)), rules) is guarded


@pytest.mark.parametrize(
    "text",
    [
        "BRENN (Lakewire) — It took all night.",  # a short lead under its dateline
        "Reuters contributed reporting.",
        "Mira Tallis posted on X shortly after the vote.",
    ],
)
def test_model_never_judges_protected_lines(text: str) -> None:
    assert protected(Line(text, 0, len(text)), compiled_rules())


# A how-to that speaks to its reader throughout: there, reader address is the story's voice, no cruft cue.
HOW_TO = """How to pack for a week on the Brenn ridge

By Ines Marlow

If you have never walked the Brenn ridge, start with the short loop above the village and give yourself \
a full day for it, because the path climbs faster than the map suggests.

Pack your water first. You will find two springs on the way up, but the upper one runs dry by late \
summer, so carry at least two litres from the hut.

{line}

Your boots matter more than your tent. A stiff sole keeps your ankles steady on the loose stones of the \
saddle, and you will thank yourself on the way down.

We start every trip with a list and tick it off the night before, and you can copy ours: a warm layer, \
a map, a torch, a small stove and food for one extra day.

When the weather turns, you should turn with it. The ridge has no shelter past the saddle, and the \
clouds close in within minutes on a bad afternoon.
{tail}"""
# Short lines of the how-to that speak to the reader: the model dropped them for it (measured here).
VOICED = ["Our stove is tiny.", "Bring your own cup."]


def _rules_verdicts(text: str) -> tuple[list[Line], CompiledRules]:
    seen: list[tuple[list[Line], CompiledRules]] = []
    original = text_cleaner.mark_by_model
    text_cleaner.mark_by_model = lambda lines, rules: seen.append((lines, rules))
    try:
        clean(text, is_html=False)
    finally:
        text_cleaner.mark_by_model = original
    return seen[-1]


@pytest.mark.parametrize(("text", "voiced"), [(HOW_TO, True), (STORY, False)])
def test_second_person_page(text: str, voiced: bool) -> None:
    lines, rules = _rules_verdicts(text.format(line=VOICED[0], tail=""))
    kept = [i for i, line in enumerate(lines) if line.reason is None and not line.in_list]
    assert second_person(lines, kept, rules) is voiced


@pytest.mark.parametrize("line", VOICED)
def test_reader_address_in_a_voiced_story_stays(line: str, monkeypatch: pytest.MonkeyPatch) -> None:
    text = HOW_TO.format(line=line, tail="")
    got = clean(text, is_html=False)
    assert line in got.body.split("\n")
    assert not any(r.reason == REASON for r in got.removed)
    # Where the page's voice is not read, the model drops the line for its reader address.
    monkeypatch.setattr("parley.clean.line_model.second_person", lambda *args: False)
    assert any(r.reason == REASON and r.text == line for r in clean(text, is_html=False).removed)


def test_promo_under_a_voiced_story_still_goes() -> None:
    tail = "Questions about your order? Ring 0800 555 123 weekdays 8-6."
    got = clean(HOW_TO.format(line=VOICED[0], tail=f"\n{tail}\n"), is_html=False)
    assert any(r.reason == REASON and r.text == tail for r in got.removed)
    assert VOICED[0] in got.body.split("\n")


@pytest.mark.parametrize(("gate", "sure"), [(0.2, 0.5), (0.5, 0.9), (0.8, 0.8)])
@pytest.mark.parametrize("line", VOICED)
def test_early_stop_changes_no_verdict_on_a_voiced_page(gate: float, sure: float, line: str) -> None:
    """As test_early_stop_changes_no_verdict, on a page whose story speaks to the reader."""
    lines, rules = _rules_verdicts(
        HOW_TO.format(line=line, tail="\nQuestions? Ring 0800 555 123 weekdays 8-6.\n")
    )
    _staged_is_plain(
        lines, rules, load_model().model_copy(update={"gate": gate, "sure": sure, "threshold": 0.8})
    )
