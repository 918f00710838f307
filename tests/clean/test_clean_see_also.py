"""A label over a list of the site's other pieces ("See also", "Also see") is related links, and the
headlines under it go with it at the story's end. Invented pages."""

from __future__ import annotations

import pytest

from parley.clean.text import clean_text

STORY = (
    "Valdoria and Ostmark agree to resume border talks next month\n\n"
    "Delegations of both sides met in Brenn on Tuesday and agreed to meet again in July, officials said.\n\n"
    "The next round is to open in Brenn, the ministry said in a statement on Tuesday evening.\n"
)
TAIL = (
    "Why are so many Valdorians buying bicycles this spring?\n"
    "Ostmark's new rules for renting a flat: who gains?\n"
)


@pytest.mark.parametrize("label", ["See Also", "See also", "Also see"])
def test_the_list_under_a_see_also_label_goes(label: str) -> None:
    got = clean_text(f"{STORY}\n{label}\n{TAIL}Tags\nvaldoria\nborders\n")
    # both story paragraphs stay, nothing of the list does
    assert got.body.count("\n") == 1 and got.body.rstrip().endswith("Tuesday evening.")
    assert any(r.text == label and r.reason == "related-links" for r in got.removed)
