"""A site's own chrome in a scraped page's text, in shapes real pages set it (all lines invented): a blog's
comment form, affiliate notes, sign-up and account messages, a form's consent box, a video player's text, a
writer's card, lists of teasers cut short; and an interview's short turns, which stay.
"""

from __future__ import annotations

import pytest
from test_clean_outlets import FOOT, HEAD, STORY, _page

from parley.clean.cruft_rules import compiled_rules
from parley.clean.lines import Line, classify
from parley.clean.text import clean_text

CRUFT = [
    pytest.param(
        ["Notify me of follow-up comments by email.", "Notify me of new posts by email."],
        "end",
        id="comment-form-notify",
    ),
    pytest.param(["Notify me via e-mail if anyone answers my comment."], "end", id="comment-form-notify-via"),
    pytest.param(
        ["Save my name, email, and website in this browser for the next time I comment."],
        "end",
        id="comment-form-save-name",
    ),
    pytest.param(["Required fields are marked *"], "end", id="required-fields"),
    pytest.param(["You must be logged in to post a comment."], "end", id="logged-in-to-comment"),
    pytest.param(["Sharing is caring!"], "tail", id="share-slogan"),
    pytest.param(
        [
            "Sometimes we include links to shops. If you click on one and make a purchase we may "
            "receive a small commission."
        ],
        "tail",
        id="affiliate-if-you-click",
    ),
    pytest.param(
        [
            "Lakeside Reads is supported by its readers. When you buy through links on our site, we may "
            "earn an affiliate commission. Learn more"
        ],
        "top",
        id="affiliate-supported-by-readers",
    ),
    pytest.param(
        ["If you buy something through a link in this post, Lakeside may get a share of the sale."],
        "tail",
        id="affiliate-site-earns",
    ),
    pytest.param(
        ["Disclosure: Lakeside may earn a commission from some of the products on this page."],
        "top",
        id="affiliate-disclosure-label",
    ),
    pytest.param(
        ["This post may contain affiliate and/or referral links. Please see my disclosure page."],
        "top",
        id="affiliate-links-note",
    ),
    pytest.param(
        [
            "Lakeside Gear has affiliate partnerships and may earn commission on products bought through "
            "its links."
        ],
        "tail",
        id="affiliate-partnerships",
    ),
    pytest.param(
        [
            "Lakeside Reads is a participant in the Amazon Services LLC Associates Program, an affiliate "
            "advertising program designed to provide a means for sites to earn fees."
        ],
        "end",
        id="associates-programme",
    ),
    pytest.param(["As an Amazon Associate I earn from qualifying purchases."], "top", id="associate-earns"),
    pytest.param(
        ["We may earn affiliate commissions from buying links, which help support our testing."],
        "tail",
        id="we-may-earn",
    ),
    pytest.param(
        ["There was an error processing your subscription.", "Thank you for signing up to Lakeside."],
        "end",
        id="sign-up-messages",
    ),
    pytest.param(
        ["Please check your email for a confirmation of your subscription."], "end", id="sign-up-confirm"
    ),
    pytest.param(
        [
            "We've sent an email with instructions to create a new password. Your existing password has "
            "not been changed.",
            "You have activated your account, please feel free to browse our videos.",
        ],
        "end",
        id="account-messages",
    ),
    pytest.param(
        ["I agree to the processing of my personal data for the purpose of creating an account."],
        "end",
        id="consent-box",
    ),
    pytest.param(["I have read and accept the Privacy Policy"], "end", id="consent-box-policy"),
    pytest.param(["Lakeside Would Like To Send You Push Notifications."], "top", id="push-prompt"),
    pytest.param(
        [
            "This is a modal window.",
            "Beginning of dialog window. Escape will cancel and close the window.",
            "End of dialog window.",
        ],
        "mid",
        id="video-player-text",
    ),
]


@pytest.mark.parametrize(("lines", "at"), CRUFT)
def test_site_chrome_goes(lines: list[str], at: str) -> None:
    assert clean_text(_page(lines, at)).body.split("\n") == STORY


# Story sentences that share words or a shape with the chrome above: they stay, in the story or after it.
KEPT = [
    pytest.param("Retailers may earn a commission on each sale, the report found.", id="commission-reported"),
    pytest.param(
        "If you buy a ticket now, the ferry line will earn a fee of 20 euros, the regulator said.",
        id="if-you-buy-no-link",
    ),
    pytest.param("The site has affiliate links to shops, the regulator said.", id="affiliate-links-reported"),
    pytest.param("I agree to the terms of the deal, Rask said after the vote.", id="agree-to-terms"),
    pytest.param(
        "Officials will notify the pilots of the new fees by email, the ministry said.", id="notify"
    ),
    pytest.param("The pilots said they had sent an email to the ministry on Friday.", id="sent-an-email"),
    pytest.param("Rask said the talks could go on for weeks...", id="one-trailing-ellipsis"),
]


@pytest.mark.parametrize("line", KEPT)
@pytest.mark.parametrize("at", ["mid", "tail"])
def test_story_lines_like_site_chrome_stay(line: str, at: str) -> None:
    story = STORY[:2] + [line] + STORY[2:] if at == "mid" else [*STORY, line]
    assert clean_text(_page([], "tail", story)).body.split("\n") == story


@pytest.mark.parametrize(
    ("text", "want"),
    [
        pytest.param("Notify me of new posts by email.", "comments", id="notify"),
        pytest.param("This is a modal window.", "boilerplate", id="modal"),
        pytest.param("Sharing is caring!", "share-counter", id="share"),
        pytest.param("I agree to the processing of my personal data.", "cookie-notice", id="consent"),
        pytest.param("The envoy will notify the court of the ruling by email.", None, id="notify-story"),
    ],
)
def test_line_verdicts(text: str, want: str | None) -> None:
    assert classify(Line(text, 0, len(text)), compiled_rules()) == want


TEASERS = [
    "Barge crews in Osk vote to stay on strike as the talks drag into a third...",
    "Jun 3, 2025",
    "Ferry fares to rise again in the autumn, the port authority of Brenn has…",
    "Jun 2, 2025",
    "Lock keepers say the new gates at Vell will not be ready before the spring, ...",
]


@pytest.mark.parametrize("at", ["tail", "end", "top"])
def test_a_list_of_teasers_cut_short_goes(at: str) -> None:
    assert clean_text(_page(TEASERS, at)).body.split("\n") == STORY


def test_two_paragraphs_trailing_off_stay() -> None:
    story = [
        *STORY[:2],
        "The pilots waited, and waited...",
        "Then the ministry called, and the talks began…",
        *STORY[2:],
    ]
    assert clean_text(_page([], "tail", story)).body.split("\n") == story


CARDS = [
    pytest.param(
        [
            "Author",
            "Mira Sand",
            "Mira is the co-founder of a river shipping newsletter. She lives in Osk with two cats.",
        ],
        id="header-name-note",
    ),
    pytest.param(
        [
            "Mira Sand",
            "+ FOLLOW",
            "Mira Sand fell for river politics at 12, when she ran her first "
            "school campaign. She has written about the lakes since 2008.",
        ],
        id="name-button-note",
    ),
]


@pytest.mark.parametrize("card", CARDS)
@pytest.mark.parametrize("at", ["tail", "end"])
def test_a_writers_card_goes(card: list[str], at: str) -> None:
    assert clean_text(_page(["Share", *card] if at == "end" else card, at)).body.split("\n") == STORY


def test_a_person_the_story_names_keeps_the_note() -> None:
    story = [*STORY, "Ivo Rask", "Ivo Rask is the transport minister of Morensk and led its side in April."]
    assert clean_text(_page([], "tail", story)).body.split("\n") == [*STORY, story[-1]]


INTERVIEW = [
    "Ivo Rask has piloted barges on the Vell river for 30 years. We asked him about the dispute over fees.",
    "Q: How did you start?",
    "A: My father ran a barge out of Osk, and I took it over when I was nineteen.",
    "Q: Favourite stretch of the river?",
    "A: The narrows below Osk",
    "Q: Favourite food on board?",
    "A: Smoked fish and rye bread",
    "Q: Will you keep going?",
    "A: As long as the river is open, yes. My son wants to take over the barge one day.",
]
SPEAKERS = [
    *STORY[:2],
    "Ivo Rask has piloted barges on the Vell river for 30 years. We asked him about the dispute over fees.",
    "Lakeside: Favourite stretch of the river?",
    "Rask: The narrows below Osk",
    "Lakeside: Favourite food on board?",
    "Rask: Smoked fish and rye bread",
    "Lakeside: Will you keep going?",
    "Rask: As long as the river is open, yes. My son wants to take over the barge one day.",
]


@pytest.mark.parametrize("story", [INTERVIEW, SPEAKERS], ids=["q-and-a", "speaker-names"])
def test_an_interviews_short_turns_stay(story: list[str]) -> None:
    raw = "\n\n".join(HEAD + story + FOOT)
    assert clean_text(raw).body.split("\n") == story


def test_one_label_is_no_interview() -> None:
    """ "A: ..." alone, or one speaker's name, protects nothing: a short label line still goes."""
    story = [*STORY[:2], "Rask: Fees first", *STORY[2:]]
    raw = "\n\n".join(HEAD + story + FOOT)
    assert "Rask: Fees first" not in clean_text(raw).body.split("\n")


def test_without_the_turns_the_short_answers_go(monkeypatch: pytest.MonkeyPatch) -> None:
    import parley.clean.text as text

    monkeypatch.setattr(text, "mark_interview", lambda lines, labels=frozenset(): None)
    body = clean_text("\n\n".join(HEAD + INTERVIEW + FOOT)).body.split("\n")
    assert "A: The narrows below Osk" not in body


# An interview set out without labels: its questions are the piece; an explainer's question subheads over the
# outlet's own telling are not.
UNLABELLED = [
    "Ivo Rask has piloted barges on the Vell river for 30 years. We asked him about the dispute over fees.",
    "What happens next?",
    "We sit down with the Morenski side again in June, and I expect the fee table to be the first item.",
    "How close were the two sides to a deal in April on the river fees?",
    "Closer than people think. What stopped it was the pilotage rule, not the money, and my board knows it.",
    "Where does the union stand?",
    "Our members want shorter shifts more than lower fees, and I have told the ministry as much.",
]


def test_an_unlabelled_interviews_questions_stay() -> None:
    raw = "\n\n".join(HEAD + UNLABELLED + FOOT)
    assert clean_text(raw).body.split("\n") == UNLABELLED


@pytest.mark.parametrize("first", ["What happens next?", "Has the truce held?", "Could the talks resume?"])
def test_an_explainers_question_subheads_go(first: str) -> None:
    answers = [
        "The two ministries meet again in June, and the fee table is expected to be the first item. Both "
        "sides have said they want a deal before the autumn traffic begins. Neither has named its team.",
        "The pilotage rule, not the money, stopped the April talks, according to people at the table. Talvia "
        "wants its own pilots on every barge that enters its waters. Morensk says that doubles the cost.",
        "The pilots' union wants shorter shifts more than lower fees, its chairman told the ministry last "
        "week. It has threatened a strike if the talks drag into July. The owners have not replied.",
    ]
    heads = [
        first,
        "How close were the two sides to a deal?",
        "Where does the union stand?",
    ]
    story = [UNLABELLED[0].replace(" We asked him about the dispute over fees.", "")]
    raw = "\n\n".join(HEAD + story + [x for pair in zip(heads, answers, strict=True) for x in pair] + FOOT)
    assert clean_text(raw).body.split("\n") == [*story, *answers]


def test_an_explainers_first_question_over_its_first_answer_goes() -> None:
    heads = ["What did the ministers agree?", "Has the truce held?", "What happens next?"]
    answers = [
        "The two ministries agreed on Monday to meet again in June, with the fee table as the first item. "
        "Both sides said they wanted a deal before the autumn traffic. Neither named its team.",
        "Mostly. Barge crews reported two stoppages at the Osk lock last week, both cleared within hours. "
        "The pilots' union says it will strike if the talks drag into July.",
        "The delegations meet in Osk on June 12. Talvia wants its own pilots on every barge; Morensk says "
        "that doubles the cost. The owners have not said what they would accept.",
    ]
    sections = [x for pair in zip(heads, answers, strict=True) for x in pair]
    raw = "\n\n".join(["The Vell talks explained", "By Oda Grell", *sections])
    assert clean_text(raw).body.split("\n") == answers
