"""Sentences that a page's HTML source broke over lines, kept by an extractor with the spaces beside the
breaks, are one line again before the cleaner judges them (clean/wrapping.join_source_breaks)."""

from __future__ import annotations

import pytest

from parley.clean import clean
from parley.clean.lines import split_lines
from parley.clean.wrapping import join_source_breaks

# An extractor's text of a page whose HTML source wrapped its paragraphs: a space at the end of a broken
# line, or at the start of the line that goes on.
SOURCE_BROKEN = (
    "Pictures\n"
    " shared by the ministry on Tuesday show the two envoys at the lake hotel in Brenn, \n"
    "where the talks on the fishing quota resumed after a pause of two years.  \n"
    "Ivo Rask\n"
    "Chief envoy Ivo Rask, who in 2019 signed the \n"
    "Osk Accord on the shared shoreline, said the delegations had \n"
    "agreed to meet again in June.\n"
    "The Kestrian side said it would bring a new map of the \n"
    "fishing grounds to the next round, which is to be held\n"
    " in Osk.\n"
    "0 Comments\n"
)


def test_source_broken_lines_are_rejoined() -> None:
    lines = [line.text for line in join_source_breaks(split_lines(SOURCE_BROKEN), SOURCE_BROKEN)]
    assert lines[0].startswith("Pictures shared by the ministry") and lines[0].endswith(
        "after a pause of two years."
    )
    assert lines[1] == "Ivo Rask"  # a caption's name under a full stop: not run on
    assert lines[2] == (
        "Chief envoy Ivo Rask, who in 2019 signed the Osk Accord on the shared shoreline, said the "
        "delegations had agreed to meet again in June."
    )
    assert lines[3].endswith("which is to be held in Osk.")
    assert lines[4] == "0 Comments"


def test_a_source_broken_story_is_kept_whole() -> None:
    body = clean(SOURCE_BROKEN, is_html=False).body
    for sentence in (
        "where the talks on the fishing quota resumed after a pause of two years.",
        "Osk Accord on the shared shoreline, said the delegations had agreed to meet again in June.",
        "which is to be held in Osk.",
    ):
        assert sentence in " ".join(body.split())
    assert "0 Comments" not in body


@pytest.mark.parametrize(
    "text",
    [
        # A text dump indents every line alike: the indent is the page's, no break of the source.
        "   Home  News  Politics\n"
        "   Brenn and Osk sign lake deal\n"
        "   Valdoria and Kestria signed the deal on Monday after talks that\n"
        "   began in March, the mediators said.\n"
        "   the mediators\n"
        "   said nothing more.\n",
        # One stray space at a line's end is a slip, not the page's wrapping.
        "Valdoria and Kestria signed the deal on Monday \n"
        "after talks that began in March.\n"
        "Read more\n"
        "Lake Herald\n",
        # Menu items with spaces after them, each capitalised: no sentence runs on.
        "Home \nWorld \nPolitics \nBusiness \nValdoria and Kestria signed the deal on Monday.\n",
        # A sentence ended before the break: a paragraph, whatever the spaces.
        "The deal was signed on Monday. \n the mediators left for Osk.\n"
        "The talks ended. \n and the envoys went home.\n",
    ],
)
def test_lines_not_broken_by_the_source_stay_apart(text: str) -> None:
    lines = split_lines(text)
    assert [line.text for line in join_source_breaks(lines, text)] == [line.text for line in lines]
