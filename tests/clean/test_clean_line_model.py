"""The learned line check: a kept line the model is very sure of goes, reported as "line model".

Story lines stay, however short."""

from __future__ import annotations

import json

import pytest

import parley.clean.text as text_cleaner
from parley.clean import clean
from parley.clean.cruft_rules import CompiledRules, compiled_rules
from parley.clean.line_model import (
    FEATURES,
    REASON,
    LineModel,
    features,
    is_sure,
    load_model,
    mark_by_model,
    protected,
    story_sentence,
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
    kept = [i for i, line in enumerate(lines) if line.reason is None]
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
