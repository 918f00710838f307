"""Lines in another language on an English page: the chrome of an outlet's English edition left in its own
language (a paywall line, a newsletter box) goes; English lines with a foreign word or two stay, and a page
mostly in another language keeps its lines. Invented pages around the article of test_clean_outlets."""

from __future__ import annotations

import pytest
from test_clean_outlets import FOOT, HEAD, STORY

from parley.clean.cruft_rules import compiled_rules
from parley.clean.lines import Line, other_language
from parley.clean.text import clean_text

NORDIC = "Du har lest en av ukens gratis artikler. Bli abonnent for 1 kr den første måneden."
PORTUGUESE = "Receba no seu email a nossa newsletter com as notícias do dia, para você ler quando quiser."


@pytest.mark.parametrize(
    ("text", "other"),
    [
        (NORDIC, True),
        (PORTUGUESE, True),
        ("Sie können die Einstellungen jederzeit ändern und sind dann frei.", True),
        # English, with foreign words in it.
        ("Rask and Varn et al. wrote that the van carried que and con artists to the border.", False),
        ("The minister, speaking in French, said the talks were “pas simple” but would go on.", False),
        ("Bilateral trade rose 12% year-on-year, customs data showed.", False),
        # Names are no evidence either way.
        ("Jean-Pierre du Pont, Anna van der Berg, Luis de la Vega", False),
    ],
)
def test_other_language(text: str, other: bool) -> None:
    assert other_language(Line(text, 0, len(text)), compiled_rules()) is other


@pytest.mark.parametrize("tail", [[NORDIC, "Bli abonnent"], [PORTUGUESE]])
def test_chrome_in_another_language_goes(tail: list[str]) -> None:
    cleaned = clean_text("\n\n".join([*HEAD, *STORY, *tail, *FOOT]))
    assert cleaned.body.split("\n") == STORY
    assert {r.reason for r in cleaned.removed if r.text in tail} >= {"other-language"}


def test_a_page_mostly_in_another_language_keeps_its_lines() -> None:
    german = [
        "Die Gespräche über den Flussverkehr sind am Montag ohne Einigung zu Ende gegangen.",
        "Die beiden Länder wollen sich im Juni wieder treffen und über die Gebühren für Lotsen sprechen.",
        "Der Handel auf dem Fluss ist seit dem Herbst um ein Viertel zurückgegangen.",
    ]
    cleaned = clean_text("\n\n".join([HEAD[2], *german]))
    assert cleaned.body.split("\n") == german
