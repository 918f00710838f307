"""Datelines that carry their date, in the shapes agencies write at the head of the first paragraph: the
dateline is cut from the body, and its date dates the story when the page gives no stamp (its year with it,
or none). Invented pages."""

from __future__ import annotations

import pytest

from parley.clean.text import clean_text

HEAD = "Valdoria and Ostmark agree to resume border talks next month"
# No weekday in the lead: a dateline without its year would be dated by it.
REST = "The next round is to open in Brenn, the ministry said in a statement."

DATED = [
    # The place, its date and the agency in brackets, with no dash after them.
    (
        "Brenn, June 11 (LKW) Valdoria's trade envoy said the talks had gone well.",
        "Brenn, June 11 (LKW)",
        None,
    ),
    (
        "Port Ellin, Jun. 11 (Tarnwire) Delegations of both sides met again.",
        "Port Ellin, Jun. 11 (Tarnwire)",
        None,
    ),
    # A year in the date dates the story.
    (
        "BRENN, 11 June 2025 (LKW) - The talks resumed after a pause.",
        "BRENN, 11 June 2025 (LKW)",
        "2025-06-11",
    ),
    (
        "Osk, Valdoria, March 3, 2024 (VNA) — Talks resumed.",
        "Osk, Valdoria, March 3, 2024 (VNA)",
        "2024-03-03",
    ),
    (
        "Dar es Salaam, 3rd March 2025 (Coast Press) – The envoys met.",
        "Dar es Salaam, 3rd March 2025 (Coast Press)",
        "2025-03-03",
    ),
    # A stop before the dash.
    ("Brenn, Jun 11 (LKW).- The talks resumed after a pause.", "Brenn, Jun 11 (LKW)", None),
    # Two places.
    ("Brenn/Osk, June 11 (LKW) Delegations of both sides met again.", "Brenn/Osk, June 11 (LKW)", None),
    # A press release's wire between slashes.
    (
        "SELVANA, Valdoria, June 11, 2025 /Lakewire/ -- Osk Holdings said it would bid.",
        "SELVANA, Valdoria, June 11, 2025 /Lakewire/",
        "2025-06-11",
    ),
    # A title-case place and a dash, the agency unlisted.
    ("Brenn, June 11 (LKW) — The talks resumed after a pause.", "Brenn, June 11 (LKW)", None),
    # The date first, then the place in brackets.
    (
        "September 14, 2025 (PORT ELLIN) – The government agreed to send a delegation.",
        "September 14, 2025 (PORT ELLIN)",
        "2025-09-14",
    ),
    (
        "14 September 2025 (Brenn, Valdoria) - The government agreed to send a delegation.",
        "14 September 2025 (Brenn, Valdoria)",
        "2025-09-14",
    ),
    # The agency first, then the place and its date in capitals.
    (
        "(LKW) - BRENN, JUNE 11 - The talks resumed after a pause.",
        "(LKW) - BRENN, JUNE 11",
        None,
    ),
    ("(Coast Press) — PORT ELLIN — Delegations of both sides met again.", "(Coast Press) — PORT ELLIN", None),
    # A lead opening with initials after the agency keeps them.
    ("(LKW) - NATO envoys said the talks - at last - would resume.", "(LKW)", None),
    # Lookalikes: no month, a label or a weekday for a place, nothing to close the dateline.
    ("Brenn, Smarch 11 (LKW) The talks resumed after a pause, officials said.", None, None),
    ("Analysis, June 11 (LKW) The talks resumed after a pause, officials said.", None, None),
    ("Brenn, June 11 (Updated) The talks resumed after a pause, officials said.", None, None),
    ("Brenn, June 11 the talks resumed after a pause, officials said.", None, None),
    ("Brenn, June 11 The talks resumed after a pause, officials said.", None, None),
]


@pytest.mark.parametrize(("lead", "dateline", "published"), DATED)
def test_a_dated_dateline_is_cut_and_dates_the_story(
    lead: str, dateline: str | None, published: str | None
) -> None:
    got = clean_text(f"{HEAD}\n\n{lead}\n\n{REST}\n")
    assert got.dateline == dateline
    body = got.body.split("\n")[0]
    assert body == (lead[lead.index(dateline) + len(dateline) :].lstrip(" —–-/.") if dateline else lead)
    assert got.published == published


def test_a_stamp_outranks_the_datelines_date() -> None:
    got = clean_text(
        f"{HEAD}\nPublished 12 June 2025\n\nBRENN, 11 June 2025 (LKW) - The talks resumed.\n\n{REST}\n"
    )
    assert got.published == "2025-06-12"


def test_the_dateline_settles_a_stamp_that_reads_either_way() -> None:
    lead = "Brenn, June 11 (LKW) The talks resumed after a pause, officials said."
    assert clean_text(f"{HEAD}\n06/11/2025 09:46 PM\n\n{lead}\n\n{REST}\n").published == "2025-06-11"
    assert clean_text(f"{HEAD}\n06/11/2025 09:46 PM\n\n{REST}\n\n{REST}\n").published == "2025-11-06"


def test_a_site_glued_to_the_dash_with_its_reporter_is_part_of_the_dateline() -> None:
    got = clean_text(
        f"{HEAD}\n\nOSK -lake24.example, Ana Roe. Delegations of both sides met again.\n\n{REST}\n"
    )
    assert got.dateline == "OSK"
    assert got.body.split("\n")[0] == "Delegations of both sides met again."
    assert any(
        r.reason == "dateline" and r.text.startswith("OSK -lake24.example, Ana Roe.") for r in got.removed
    )
