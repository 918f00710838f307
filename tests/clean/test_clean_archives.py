"""A story as archives, news databases and forwarded newsletters give it.

Each case is invented: a short story with one piece of such a copy's furniture (a database record's abstract
under its heading over the full text, the lead picture's caption with its credit glued on in brackets under
an archive's share buttons, a newsletter's headline shouted in capitals under the mail's subject line). The
body must come out as the story exactly and the title as the headline; lookalike story lines stay.
"""

from __future__ import annotations

import pytest

from parley.clean.text import clean_text

TITLE = "Marland and Ostria agree on zones for river patrols after Tolvik talks"
STORY = [
    "Marland and Ostria have agreed to run joint patrols on the shared river from next spring, the chief"
    " negotiator for Marland said in Tolvik on Thursday after three days of talks hosted by Brenn.",
    "Ana Roe told reporters that both sides had accepted a timetable under which boats from each navy"
    " would patrol three stretches of the river together, starting with the delta.",
    "“For the first time we have dates, places and duties written down,” Roe said. “It is not a"
    " settlement yet.”",
    "Ostria's delegation said in a statement that the patrols would be reviewed after six months.",
]


def _body(text: str) -> list[str]:
    return [line for line in clean_text(text).body.split("\n") if line.strip()]


@pytest.mark.parametrize(
    ("abstract", "full"), [("ABSTRACT (ENGLISH)", "FULL TEXT"), ("Abstract:", "Full text:")]
)
def test_a_database_records_abstract_goes(abstract: str, full: str) -> None:
    summary = "The two neighbours agreed on a timetable for joint patrols on the river after talks in Tolvik."
    text = "\n\n".join(
        [TITLE, "Roe, Ana. The Tolvik Herald; Tolvik. 19 Sep 2025: A6.", abstract, summary, full, *STORY]
    )
    assert _body(text) == STORY


@pytest.mark.parametrize(
    "credit", ["(Office of the President of Marland)", "(Ostrian Defence Ministry Press Service)"]
)
def test_a_lead_pictures_caption_with_its_credit_in_brackets_goes(credit: str) -> None:
    caption = (
        "Marland's navy boats moored at the delta, at an undisclosed location in the south, on Oct. 2, 2025. "
        + credit
    )
    text = "\n\n".join([TITLE, "By Jo Lind", "Share", "Copy link", caption, *STORY])
    assert _body(text) == STORY


def test_a_shouted_headline_takes_the_case_of_the_subject_line() -> None:
    head = [
        "---------- Forwarded message ---------",
        "From: The Tolvik Herald <briefing@tolvikherald.example>",
        f"Subject: River Briefing: {TITLE}",
        "",
        TITLE.upper(),
        "",
        "By Jo Lind in Tolvik",
    ]
    cleaned = clean_text("\n".join([*head, "", *STORY]))
    assert cleaned.title == TITLE


def test_a_shouted_headline_with_no_other_case_stays_as_it_stands() -> None:
    cleaned = clean_text("\n\n".join([TITLE.upper(), "By Jo Lind", *STORY]))
    assert cleaned.title == TITLE.upper()
