"""The day of a clock time written without one, and which way a day or a season lies when the verb it
hangs on misleads (dates8 round): a past midnight, a day named earlier in the sentence, the story's day
for a past time in a later paragraph, a stretch's edge that is no speaker's day, "as early as", a late
weekday, a mis-tagged past, "is due to", a season before which nothing is expected; the day of a story's
part of a day next to a quotation; lengths in two units."""

from __future__ import annotations

import pytest

CLOCKS = [  # (text, expression, value, publication date)
    # a midnight passed ends the day last named ...
    (
        "Shelling went on late on Friday in the hills.\n\nVillagers said the guns went silent after"
        " midnight.",
        "midnight",
        "2025-03-08T00:00",
        "2025-03-09",
    ),
    # ... but none later than the one that began the day of publication
    (
        "The two colonels met on Tuesday morning, hours after a truce took effect at midnight.",
        "midnight",
        "2025-07-29T00:00",
        "2025-07-29",
    ),
    # a day named earlier in the sentence (or a clock time's) dates its clock time, whatever the tense
    (
        "Both armies announced on Saturday that they would stop firing from 5pm local time.",
        "5pm",
        "2025-05-10T17:00",
        "2025-05-11",
    ),
    (
        "The border was calm on Saturday night.\n\nAn aide said the ministers had spoken by phone at 3:15"
        " p.m. and agreed the guns would go quiet at 6 p.m. local time.",
        "6 p.m.",
        "2025-05-10T18:00",
        "2025-05-11",
    ),
    # a past time in a paragraph that names no day: the story's day, not a day named in passing before
    (
        "The two generals spoke over the hotline on Monday evening, after the truce agreed on Saturday.\n\n"
        "The call, which began at around 4 pm, lasted nearly an hour, an officer said.",
        "around 4 pm",
        "2025-06-09T16:00",
        "2025-06-10",
    ),
]

WAYS = [  # (text, expression, value, publication date)
    # "since Monday" is no day a speaker spoke on: the quotation's "tomorrow" is the story day's
    (
        "Talks between the two delegations ran late into Tuesday.\n\n"
        'An aide, whose team has been in the building since Monday, said they would "carry on tomorrow if'
        ' we have to."',
        "tomorrow",
        "2025-06-11",
        "2025-06-10",
    ),
    # a modal that may, aimed ahead by "as early as"
    (
        "Officials from both sides said a joint text could be released as early as Wednesday.",
        "Wednesday",
        "2025-06-11",
        "2025-06-10",
    ),
    # a late weekday is a day that has come, whatever verb the parse hangs it on
    (
        "The general told his counterpart that any breach would draw a firm reply, according to a"
        " statement issued by the army late on Tuesday.",
        "late on Tuesday",
        "2025-05-13",
        "2025-05-14",
    ),
    # a scheduled infinitive read off the words, however the parse hangs "due"
    (
        "Both sides later won a lower tariff of 19 per cent, which is due to take effect on Thursday.",
        "Thursday",
        "2025-08-07",
        "2025-08-05",
    ),
    # a season after "before" under a past verb is the one to come
    (
        "She added that she did not expect a breakthrough before the summer.",
        "the summer",
        "2025-SU",
        "2025-05-16",
    ),
    (
        "The source said a decision was unlikely before the autumn.",
        "the autumn",
        "2025-FA",
        "2025-07-16",
    ),
]

STORY = [  # (text, expression, value, publication date)
    # a day reckoned inside a quotation ("overnight") is not the paragraph's day for "by mid-morning"
    (
        'The generals met on Tuesday morning.\n\n"There were breaches overnight," a spokesman told'
        " reporters. By mid-morning, he said, the line was calm.",
        "By mid-morning",
        "2025-07-29TMO",
        "2025-07-29",
    ),
    # nor is a day a quotation names ("the truce of Saturday") the day its speaker spoke
    (
        'The army chiefs spoke over the hotline on Monday evening.\n\n"The truce of Saturday has held," an'
        ' officer said. "There were no breaches last night."',
        "last night",
        "2025-05-11TNI",
        "2025-05-12",
    ),
    # "the coming days" as a subject is a time, where "the past is behind us" is a topic
    (
        "An analyst said the coming days would be decisive for the truce.",
        "the coming days",
        "FUTURE_REF",
        "2025-02-11",
    ),
]

LENGTHS = [  # (text, expression, value): one length written in two units, the larger first
    (
        "The delegations met for roughly an hour and forty minutes.",
        "roughly an hour and forty minutes",
        "PT1H40M",
    ),
    ("The talks lasted two hours and 15 minutes.", "two hours and 15 minutes", "PT2H15M"),
    ("The mission took a year and two months.", "a year and two months", "P1Y2M"),
    # two lengths, not one: each is its own
    ("The envoys spent two days and three nights there.", "two days", "P2D"),
    ("Schools in the district will stay shut for two more days.", "two more days", "P2D"),
    # "earlier" before "in the day" leads an expression of its own, leaving the length a length
    ("The call was pushed back by a few hours earlier in the day.", "a few hours", "PTXH"),
    ("The call was pushed back by a few hours earlier in the day.", "earlier in the day", "2025-05-29"),
    ("The envoy had arrived a few hours earlier.", "a few hours earlier", "PAST_REF"),
]


@pytest.mark.parametrize(("text", "expr", "value"), LENGTHS)
def test_lengths_in_two_units(values, text: str, expr: str, value: str) -> None:
    assert values(text).get(expr) == value


@pytest.mark.parametrize(("text", "expr", "value", "published"), CLOCKS + WAYS + STORY)
def test_clock_days_and_ways(values, text: str, expr: str, value: str, published: str) -> None:
    assert values(text, published).get(expr) == value
