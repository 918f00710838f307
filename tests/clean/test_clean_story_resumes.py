"""The story going on under a related list the rules took out of it: its first line stays, however much it
reads like a teaser to the line model (clean/line_marks.story_resumes); a prompt there still goes."""

from __future__ import annotations

import pytest

from parley.clean import clean

PAGE = "\n".join(
    [
        "Valdoria sends troops to the lake border as talks stall",
        (
            "Valdoria has moved two brigades to its lake border with Kestria, the defence ministry said"
            " on Tuesday, a day after the latest round of talks in Osk ended without a deal."
        ),
        (
            "The talks began in March and were meant to settle the line of the border across the "
            "fishing grounds. Although both sides agreed to a truce on the water, the dispute has "
            "widened into a quarrel over the shoreline itself."
        ),
        (
            'Kestria\'s foreign minister, Ilse Marn, accused Valdoria of "playing with fire" and said '
            'her government would "answer in kind" if the troops came closer to the shore.'
        ),
        (
            '"We have no wish for a fight. But we will not be pushed off our own water," she told '
            "reporters in Osk."
        ),
        "DON'T MISS",
        "Lake states trade barbs at summit [VIDEO]",
        "Fishing fleet stays in port as tension rises [INSIGHT]",
        "Osk mayor warns of shortages [REACTION]",
        "Fishermen believe the border talks are a test of Kestria's hold over its own waters.",
        "They fear Valdoria is pushing its claims further every season the talks drag on.",
        (
            "The mediators from Brenn have urged both sides to pull their forces back and return to the"
            " table next week."
        ),
        (
            "Valdoria's envoy said his side was ready to talk but would not withdraw the brigades "
            "before a deal."
        ),
    ]
)

_GAP = "Fishermen believe the border talks are a test of Kestria's hold over its own waters."


@pytest.mark.parametrize(
    ("line", "stays"),
    [
        # Both read as cruft to the line model alone (a statement in the present, under a list of headlines).
        (
            "Protesters believe the border bill is an example of Kestria's eroding autonomy under Valdoria.",
            True,
        ),
        ("Many believe the quota is an example of Osk's waning influence over Brenn.", True),
        ("Follow our live coverage of the lake talks for all the latest news.", False),
        ("Get the latest updates on the lake talks sent straight to your inbox.", False),
    ],
)
def test_the_line_under_a_related_list(line: str, stays: bool) -> None:
    got = clean(PAGE.replace(_GAP, line), is_html=False)
    assert (line in got.body) is stays
    assert "Lake states trade barbs at summit" not in got.body
    assert got.body.endswith("would not withdraw the brigades before a deal.")
