"""Values that hang on the publication day and the tense: sentences written for these tests.

Each case gives its publication date; 2025-05-29 is a Thursday, 2025-06-02 a Monday.
"""

from __future__ import annotations

import pytest

CASES = [  # (text, expression, value, publication date)
    # "the next few weeks" points ahead without a length, like "the coming weeks"; "the past few" measures
    ("Officials expect to meet in the next few weeks.", "the next few weeks", "FUTURE_REF", "2025-05-29"),
    ("Fares will rise over the coming few months.", "the coming few months", "FUTURE_REF", "2025-05-29"),
    ("Prices have doubled over the past few weeks.", "over the past few weeks", "PXW", "2025-05-29"),
    # ... but TimeBank counts "the next few days" and "the next few years" as durations
    ("Rain is forecast for the next few days.", "the next few days", "PXD", "2025-05-29"),
    # "this weekend" in the past, written on a weekday, is the weekend just gone; a plan is the next one
    ("What the envoys agreed this weekend is a start.", "this weekend", "2025-W22-WE", "2025-06-02"),
    ("The envoys agreed this weekend on a draft.", "this weekend", "2025-W22-WE", "2025-06-04"),
    ("The swap could begin as early as this weekend.", "this weekend", "2025-W23-WE", "2025-06-02"),
    ("The envoys will meet again this weekend.", "this weekend", "2025-W23-WE", "2025-06-02"),
    ("The envoys meet again this weekend.", "this weekend", "2025-W23-WE", "2025-06-02"),
    # a clock time with its weekday after "on" is one time of that day
    ("The curfew is due to begin at 6am on Saturday.", "6am on Saturday", "2025-05-31T06:00", "2025-05-29"),
    ("The convoy left at 9:30 on Sunday.", "9:30 on Sunday", "2025-05-25T09:30", "2025-05-29"),
    # a nominal predicate with its own modal keeps the modal's tense, not that of the clause it is joined to
    (
        "The Red Cross said it had visited the men twice and would be at the crossing on Saturday.",
        "Saturday",
        "2025-05-31",
        "2025-05-29",
    ),
    ("The envoy said she was in Geneva on Saturday.", "Saturday", "2025-05-24", "2025-05-29"),
    # "earlier in the day": the day its paragraph names, else the day of publication, never a deadline
    (
        "The minister said late on Tuesday that the deal reached earlier in the day was holding.",
        "earlier in the day",
        "2025-05-27",
        "2025-05-29",
    ),
    (
        "The levy will lapse on June 30.\n\nThe customs office confirmed the figures later in the day.",
        "later in the day",
        "2025-05-29",
        "2025-05-29",
    ),
    # "by dawn", "by late afternoon": that part of the day its paragraph names, else of the story's day
    (
        "The army said the guns fell silent on Tuesday. The villages were quiet by dawn.",
        "by dawn",
        "2025-05-27TMO",
        "2025-05-29",
    ),
    (
        "Residents spent Tuesday indoors and then, by late afternoon, heard the news.",
        "by late afternoon",
        "2025-05-27TAF",
        "2025-05-29",
    ),
    ("By nightfall the truce was fraying.", "By nightfall", "2025-05-29TNI", "2025-05-29"),
]

NO_PART_OF_THE_DAY = [  # a manner, or a part of a day named after it
    "The rebels raid the villages by night.",
    "The talks had stalled by the night of the vote.",
]


@pytest.mark.parametrize(("text", "expr", "value", "published"), CASES)
def test_story_day_values(values, text: str, expr: str, value: str, published: str) -> None:
    assert values(text, published).get(expr) == value


@pytest.mark.parametrize("text", NO_PART_OF_THE_DAY)
def test_no_part_of_the_day(dates, text: str) -> None:
    assert dates(text) == []
