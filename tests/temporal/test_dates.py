"""Temporal expressions normalised against the publication date: sentences written for these tests.

Unless said otherwise the article is published on Thursday 2025-05-29.
"""

from __future__ import annotations

import pytest

CASES = [
    # a plan of the past ("had been due to") looks back; "another year" is a year (published Thu 29 May 2025)
    ("The truce had been due to expire at midnight on Monday.", "midnight on Monday", "2025-05-27T00:00"),
    ("The truce is due to expire at midnight on Monday.", "midnight on Monday", "2025-06-03T00:00"),
    ("The council extended the mission for another year.", "another year", "P1Y"),
    # weekdays by tense: the most recent for the past (the same day included), the next for the future
    ("The Kremlin said Wednesday that talks were possible.", "Wednesday", "2025-05-28"),
    ("The Kremlin said Thursday that talks were possible.", "Thursday", "2025-05-29"),
    ("The delegations will meet on Monday in Istanbul.", "Monday", "2025-06-02"),
    ("The exchange wrapped up on Sunday.", "Sunday", "2025-05-25"),
    ("Negotiators are expected to arrive on Saturday.", "Saturday", "2025-05-31"),
    ("Medinsky said late Wednesday that he had proposed a date.", "late Wednesday", "2025-05-28"),
    ("Shelling continued on Thursday night, officials said.", "Thursday night", "2025-05-29TNI"),
    ("He spoke to reporters on Wednesday evening.", "Wednesday evening", "2025-05-28TEV"),
    ("The ministers met last Tuesday.", "last Tuesday", "2025-05-27"),
    # weeks, weekends, months, years
    ("A second round is proposed for next week.", "next week", "2025-W23"),
    ("Kellogg said earlier this week that he was hopeful.", "earlier this week", "2025-W22"),
    ("Lavrov cast doubt on the deal last week.", "last week", "2025-W21"),
    ("Fighting intensified over the weekend.", "the weekend", "2025-W21-WE"),
    ("Prices rose last month.", "last month", "2025-04"),
    ("Talks stalled in mid-April.", "mid-April", "2025-04"),
    ("The two sides met in March.", "March", "2025-03"),
    ("His term expired in May 2024.", "May 2024", "2024-05"),
    ("The invasion began in 2022.", "2022", "2022"),
    ("They met on May 16 for the first time.", "May 16", "2025-05-16"),
    ("The talks will resume on 3 June.", "3 June", "2025-06-03"),
    ("A deal could come later this year.", "later this year", "2025"),
    ("Elections are planned for this autumn.", "this autumn", "2025-FA"),
    ("Talks last took place in the spring of 2022.", "the spring of 2022", "2022-SP"),
    ("The region was at war in the 1990s.", "the 1990s", "199X"),
    ("The conflict began in the early 1990s.", "the early 1990s", "199X"),
    ("Profits fell in the third quarter.", "the third quarter", "2024-Q3"),
    # durations, sets, references, clock times
    ("He urged Moscow to act after 10 days of reflection.", "10 days", "P10D"),
    ("The talks lasted nearly four hours.", "nearly four hours", "PT4H"),
    ("The truce would last 30 days.", "30 days", "P30D"),
    ("They agreed a 30-day ceasefire.", "30-day", "P30D"),
    ("The dispute has lasted almost four decades.", "almost four decades", "P4DE"),
    ("Talks could resume within several days.", "several days", "PXD"),
    ("Convoys will run every Monday.", "every Monday", "XXXX-WXX-1"),
    ("Sirens sounded every night.", "every night", "XXXX-XX-XXTNI"),
    ("Herders move the flocks uphill every spring.", "every spring", "XXXX-SP"),
    ("The quota is renegotiated every year.", "every year", "P1Y"),
    ("Exports doubled in the first half of the year.", "the first half of the year", "2025-H1"),
    ("Crews will arrive in the second half of June.", "the second half of June", "2025-06"),
    ("A deal could be signed in the coming weeks.", "the coming weeks", "FUTURE_REF"),
    # the team's gold convention (GOLD_FORMAT): "in recent weeks" points back, "within days" ahead
    ("Shelling has intensified in recent weeks.", "in recent weeks", "PAST_REF"),
    ("A deal could be signed within days.", "within days", "FUTURE_REF"),
    ("The dispute has hardened over recent years.", "over recent years", "PXY"),
    ("The ceasefire took effect at 10 a.m. on Thursday.", "10 a.m. on Thursday", "2025-05-29T10:00"),
    ("He was freed three days ago.", "three days ago", "2025-05-26"),
    ("The talks took place yesterday.", "yesterday", "2025-05-28"),
    ("Officials will meet tomorrow.", "tomorrow", "2025-05-30"),
    # "late on", a subjectless present 'verb' under a past one (a mis-tagged noun), years ago this month
    ("She welcomed it in a post late on Wednesday, saying it helped.", "late on Wednesday", "2025-05-28"),
    ("The islanders voted for independence six years ago this month.", "six years ago this month", "2019-05"),
]

# "today" in a quotation: the day its paragraph names, else the day the story opened with, unless that
# day only dates a thing ("Tuesday's agreement"). Published Thursday 2025-05-29.
QUOTED_DAYS = [
    ("The envoys met on Wednesday. “Today both sides chose to talk,” he said.", "Today", "2025-05-28"),
    ("The envoys met on Thursday. “Today both sides chose to talk,” he said.", "Today", "2025-05-29"),
    ("The envoys met on Wednesday. He said talks would go on today.", "today", "2025-05-29"),
    ("Tuesday's deal was welcomed. “Today's deal can help,” the agency said.", "Today", "2025-05-29"),
    (
        "The gate was reopened late on Monday.\n\nDrivers said on Wednesday that nothing had changed. "
        "“Maybe tomorrow,” one said.",
        "tomorrow",
        "2025-05-29",
    ),
]


@pytest.mark.parametrize(("text", "expr", "value"), QUOTED_DAYS)
def test_days_in_a_quotation(values, text: str, expr: str, value: str) -> None:
    got = values(text)
    assert got.get(expr) == value, got


@pytest.mark.parametrize(("text", "expr", "value"), CASES)
def test_value(values, text: str, expr: str, value: str) -> None:
    got = values(text)
    assert got.get(expr) == value, got


def test_mods(dates) -> None:
    got = {t: m for t, _, _, m in dates("Medinsky said late Wednesday that talks stalled in mid-April.")}
    assert got == {"late Wednesday": "END", "mid-April": "MID"}


def test_types(dates) -> None:
    got = {
        t: ty for t, _, ty, _ in dates("For 10 days, every Monday, on Thursday night, on May 16, they met.")
    }
    assert got == {"10 days": "DURATION", "every Monday": "SET", "Thursday night": "TIME", "May 16": "DATE"}


def test_year_rolls_over_for_the_future(values) -> None:
    assert values("The new parliament will convene on Jan. 8.", "2024-12-20")["Jan. 8"] == "2025-01-08"
    assert values("Parliament convened on Dec. 3.", "2024-12-20")["Dec. 3"] == "2024-12-03"
    assert values("The talks were frozen in mid-January.", "2025-02-03")["mid-January"] == "2025-01"


def test_in_a_month_invents_no_day(values) -> None:
    assert values("The two sides will meet again in June.")["June"] == "2025-06"


def test_next_week_is_the_iso_week_after_publication(values) -> None:
    assert values("Talks are expected next week.", "2025-05-29")["next week"] == "2025-W23"
    assert values("Talks are expected next week.", "2024-12-30")["next week"] == "2025-W02"


def test_the_day_after_a_date_in_apposition(values) -> None:
    got = values("The exchange took place on March 19, the day after a phone call.", "2025-04-09")
    assert got["the day after"] == "2025-03-19"


def test_without_a_publication_date_values_stay_open(values) -> None:
    got = values("Ministers met on Monday and again in March.", None)
    assert got == {"Monday": "XXXX-WXX-1", "March": "XXXX-03"}


NOT_DATES = [
    "Crowds gathered in May 13 Square after the vote.",
    "The newspaper Tomorrow reported the strike first.",
    "A 30-year-old man was detained.",
    "The suspect, aged 45, was released.",
    "The employee, a man in his 60s, was detained.",
    "Some 2022 soldiers were deployed to the border.",
    "The package is worth $2025 per household.",
    "Theresa May said the vote would go ahead.",
    "The broadcaster Russia Today was banned.",
    "He read the Sunday Times on the train.",
    "They watched the fall of Kabul on television.",
    "The families have waited years for this day.",
    "The dispute remains unresolved to this day.",
    "The mediator now leads a small foundation in Geneva.",
    "A working group will study the future of the mine.",
]


@pytest.mark.parametrize("text", NOT_DATES)
def test_no_false_positives(dates, text: str) -> None:
    assert dates(text) == []


RANGES = [
    ("Talks ran May 16-19, 2025 in Geneva.", "May 16-19, 2025", "2025-05-16/2025-05-19"),
    ("The summit will run 16-19 June.", "16-19 June", "2025-06-16/2025-06-19"),
    ("Losses in the 2022-23 season were heavy.", "2022-23", "2022/2023"),
    ("Prices rose in May-June 2024.", "May-June 2024", "2024-05/2024-06"),
]


@pytest.mark.parametrize(("text", "expr", "value"), RANGES)
def test_ranges_are_iso_intervals(values, text: str, expr: str, value: str) -> None:
    assert values(text).get(expr) == value


def test_clock_time_with_its_weekday(values) -> None:
    got = values("The relatives have until 9 a.m. Tuesday to sign the paper.", "2025-05-29")
    assert got == {"9 a.m. Tuesday": "2025-06-03T09:00"}


def test_fractions_of_units(values) -> None:
    assert values("Talks lasted about two and a half hours.")["about two and a half hours"] == "PT2H30M"


PUBLISHED_LATE = [  # (text, expression, value, publication date)
    # a year before "to" and a verb is a year; a count range ("2000 to 3000") is not
    ("The hulk was beached on the reef in 1999 to stake the claim.", "1999", "1999", "2025-10-09"),
    # a month after "since" looks back however far ("since January" in a November report)
    ("The fighting has uprooted thousands of farmers since January.", "January", "2025-01", "2025-11-20"),
    # "the last century" is the one before this, not a hundred years
    ("The frontier was drawn by treaties in the last century.", "the last century", "19", "2025-10-09"),
    # "in" a month on a finite verb keeps the verb's way however far ("suspended in January" in December);
    # on an infinitive or a noun the month stays near ("ready to host a round in September")
    ("Talks with the rebels were suspended in January, officials said.", "January", "2025-01", "2025-12-05"),
    ("Her son had been arrested in the capital in February.", "February", "2025-02", "2025-11-20"),
    ("The real test would come in July, she said.", "July", "2026-07", "2025-10-08"),
    (
        "He said the capital was ready to host a second round in September.",
        "September",
        "2025-09",
        "2025-07-22",
    ),
    # "could be held" is no bare participle: it does not take the tense of "said"
    ("He said its first session could be held in October.", "October", "2025-10", "2025-09-24"),
]

# A weekday on a noun after "after" dates that noun's event, not the plan ("agreed to swap prisoners after
# talks on Monday"); a participle clause without a subject keeps its own past under a future verb, and a
# paragraph break parsed as its subject does not change that. Published Thursday 2025-05-29.
EVENT_DAYS = [
    (
        "The two sides agreed to exchange prisoners after talks on Monday, the ministry said.",
        "Monday",
        "2025-05-26",
    ),
    ("The two sides agreed to hold talks on Monday.", "Monday", "2025-06-02"),
    ("The minister promised to respond after Monday's meeting.", "Monday", "2025-05-26"),
    ("Signed on Monday, the deal will take effect on Friday.", "Monday", "2025-05-26"),
    # "late Monday" under a present verb is a day that has come; under "will" it is ahead
    ("The agency reports that the envoy arrives late Monday.", "late Monday", "2025-05-26"),
    ("Rebels hit the depot early Monday, officials say.", "early Monday", "2025-05-26"),
    ("The envoy will arrive late Monday.", "late Monday", "2025-06-02"),
    ("The truce takes effect on Monday.", "Monday", "2025-06-02"),
    # a finite past with its own subject keeps the past under an infinitive that plans
    (
        "The two commanders talked on Wednesday evening and agreed to keep reducing the number of soldiers"
        " along the border, as the truce reached on Saturday held for a fourth straight night.",
        "Saturday",
        "2025-05-24",
    ),
    (
        "The talks ended.\n\nUnder the accord, reached at talks on Monday, both sides will free detainees.",
        "Monday",
        "2025-05-26",
    ),
]


@pytest.mark.parametrize(("text", "expr", "value"), EVENT_DAYS)
def test_event_days(values, text: str, expr: str, value: str) -> None:
    assert values(text).get(expr) == value


@pytest.mark.parametrize(("text", "expr", "value", "published"), PUBLISHED_LATE)
def test_value_published(values, text: str, expr: str, value: str, published: str) -> None:
    assert values(text, published).get(expr) == value


SEEN_AND_REFUSED = [  # (text, expression, present?) published 2025-05-29
    ("Aid has been frozen since the spring, officials said.", "the spring", True),
    ("The minister said the past is behind both countries.", "the past", False),
    ("Both capitals have in the past resisted the plan.", "the past", False),
    ("The talks failed to end a years-long quarrel over grazing rights.", "years", True),
    ("The vote came a week after the raid on the depot.", "a week", True),
    ("Each day of closure cost the traders dearly.", "Each day", False),
    ("Under the 2017 accords, both sides swap detainees.", "2017", True),
    ("The army sent 2000 troops to the ridge.", "2000", False),
    # a bare count of units as a verb's object before "of" is a stretch of time
    ("The accord aims to end decades of bloodshed in the east.", "decades", True),
    ("The release capped weeks of quiet talks.", "weeks", True),
    # "weekly" and its kin: a recurrence, not a name, a newspaper or an outlet's routine
    ("The commanders met daily until Friday.", "daily", True),
    ("Families hold weekly rallies outside the ministry.", "weekly", True),
    ("The spokesman told a weekly briefing that talks went on.", "weekly", False),
    ("The president said in his nightly video address that he was ready.", "nightly", False),
    ("A source told the daily that a third round was possible.", "daily", False),
    ("The text, which the Coastal Daily has seen, runs to nine pages.", "Daily", False),
]

COUNTED_IN_YEARS = [  # (text, expression, value)
    ("The quarrel has simmered for a quarter of a century.", "a quarter of a century", "P25Y"),
    ("The truce held for half a century.", "half a century", "P50Y"),
]


@pytest.mark.parametrize(("text", "expr", "value"), COUNTED_IN_YEARS)
def test_counted_in_years(values, text: str, expr: str, value: str) -> None:
    assert values(text)[expr] == value


@pytest.mark.parametrize(("text", "expr", "present"), SEEN_AND_REFUSED)
def test_found_or_refused(values, text: str, expr: str, present: bool) -> None:
    assert (expr in values(text)) is present
