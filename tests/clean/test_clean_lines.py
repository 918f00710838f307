"""Line verdicts: cruft is named with its reason, story lines that look like cruft stay story."""

from __future__ import annotations

import pytest

from parley.clean.cruft_rules import CruftRules, compiled_rules
from parley.clean.linear import check_linear
from parley.clean.lines import Line, classify, split_lines
from parley.clean.wrapping import merge_wrapped
from parley.errors import RulesError
from parley.rules import load_rules


def _line(text: str) -> Line:
    return Line(text, 0, len(text))


CRUFT = [
    ("This story has been viewed 3,102 times.", "share-counter"),
    ("Comments will be moderated. Keep comments relevant to the article.", "comments"),
    (
        "Source: Lake News (lakenews.example). © Lake News. All rights reserved. Not for redistribution.",
        "copyright",
    ),
    ("BRENN, APRIL 15, LAKEWIRE.", "dateline"),
    ("Chief Envoy Ivo Rask. File photo: LakeGov.", "caption"),
    ("Delegates arrive at the lake hotel in Brenn. Photo: Jo Roe/Lake Press", "caption"),
    ("OSK, 3 June, Tarn Wire", "dateline"),
    # Print editions: the imprint, the letters box, jump lines and continuation headers.
    ("Printed and published by Courier Media Ltd., Harbour Road, Brenn.", "boilerplate"),
    ("Letters to the Editor: letters@courier.example. Letters may be edited for length.", "boilerplate"),
    ("Continued on Page 6", "jump"),
    ("See QUOTAS, Page 7", "jump"),
    ("(Turn to Page A4)", "jump"),
    ("QUOTAS, from Page 2", "jump"),
    ("FISHING TALKS continued from Page 1", "jump"),
    ("Remind me later.", "button-label"),
    ("File photo used to illustrate story.", "caption"),
    (
        "Source: Lake Herald. All rights reserved. Reproduction in whole or in part without written "
        "permission is prohibited.",
        "copyright",
    ),
    (
        "Do you have information about the lake talks? Reach our reporter securely on Signal.",
        "contact-prompt",
    ),
    ("If you have found a mistake in the text, please select it and press Ctrl+Enter.", "contact-prompt"),
    ("The Lake Herald is independent media funded by its readers.", "donation-appeal"),
    (
        "Rights: Copyright Lake Wire. All rights reserved. Reproduction only with written permission.",
        "copyright",
    ),
    ("About Sponsored Content: This content was commissioned by the Herald's studio.", "advertisement"),
    ("ISTANBUL, Lake Wire.", "dateline"),  # a wire's dateline on a line of its own
    ("KUNMING, Lakewire", "dateline"),
    ("Envoys of Valdoria and Kestria in Brenn FOTO: Lake/Press", "caption"),
    ("Follow Lakeside FM News on Google News and WhatsApp for breaking updates.", "share-counter"),
    ("Not now", "button-label"),
    ("Subscribe", "button-label"),
    ("Accept cookies", "button-label"),
    ("Dear readers,", "donation-appeal"),
    ("A Message from The Daily Example:", "donation-appeal"),
    ("If you are able, please support us with a monthly gift from only $3.", "donation-appeal"),
    ("Your support, however small, keeps our reporting free for everyone.", "donation-appeal"),
    ("Sign up for our daily newsletter", "newsletter"),
    ("Get the latest headlines delivered to your inbox every morning.", "newsletter"),
    ("We use cookies to improve your experience.", "cookie-notice"),
    ("Read more: Talks collapse in Geneva", "related-links"),
    ("Also read: Five things to know about the truce", "related-links"),
    ("Related", "related-links"),
    ("Home > World > Europe", "breadcrumb"),
    ("Politics > Middle East", "breadcrumb"),
    ("23 shares", "share-counter"),
    ("1.2K comments", "share-counter"),
    ("[ 42 comments ]", "share-counter"),
    ("Top Rated Comments", "comments"),
    ("Share this article", "share-counter"),
    ("5 min read", "listen"),
    ("Listen to this article", "listen"),
    ("Advertisement", "advertisement"),
    ("- Advertisement -", "advertisement"),
    ("Photo: Jane Roe/Example Press", "caption"),
    ("GET LAKEWIRE ON THE GO BY CLICKING HERE", "button-label"),
    ("Delegates arrive for the talks in Geneva on Monday. (Photo: Jane Roe)", "caption"),
    ("A soldier walks past a destroyed school. AFP via Getty Images", "caption"),
    ("Figure 2: Displacement by province, 2024", "caption"),
    ("© 2025 Example Media. All rights reserved.", "copyright"),
    ("Copyright 2024 The Example Post", "copyright"),
    ("Tags: Ukraine, Russia, Diplomacy", "tags"),
    ("https://example.com/world/2025/talks", "related-links"),
    ("***", "separator"),
    ("Please turn on JavaScript to use this feature", "boilerplate"),
    ("ALSO READ | Border guards exchange fire near the river crossing", "related-links"),
    ("Read more - Five questions about the truce", "related-links"),
    ("Duration 2:14", "listen"),
    ("Listen (4 min)", "listen"),
    ("The minister arrives at the summit on Friday. (Jan Roe/The Example Press)", "caption"),
    ("Delegates sign the deal in Brussels, March 3. REUTERS/Jan Roe", "caption"),
    ("Disclaimer: This article is from an automated feed.", "boilerplate"),
    ("Story continues below advertisement", "advertisement"),
    ("The envoy arrives at the palace on June 5, 2025. PHOTO/Example Agency", "caption"),
    ("Read: Envoys warn the truce is at risk", "related-links"),
    ("Keep up with the latest from the region and the world.", "newsletter"),
    ("Related Tags: Border talks, Fisheries", "tags"),
    (
        "The Example Bulletin is an independent newsroom funded by its readers. "
        "Become a member today for as little as $5 a month.",
        "donation-appeal",
    ),
    ("Editor's note: Names of the detainees have been changed.", "editor-note"),
    ("Correction: An earlier version of this story gave the wrong date.", "editor-note"),
    ("Correction, March 4, 2025: The talks were held in Brenn.", "editor-note"),
    ("This article has been updated with a statement from the ministry.", "editor-note"),
    ("An earlier version of this story misspelled the envoy's name.", "editor-note"),
    ("Download the Valdorian Times app for breaking news alerts", "app-prompt"),
    ("Read it on the go. Get the Valdorian Times app", "app-prompt"),
    ("Available on the App Store and Google Play", "app-prompt"),
    ("The truce holds. — Ana Lind (@analind) March 3, 2025", "social-embed"),
    ("We said we would hold, and we held. — Ana Lind (@analind) 3 March 2025", "social-embed"),
    ("The envoy (L) greets his counterpart (R) at the lake hotel.", "caption"),
    ("The envoy arrives at the lake hotel in Brenn on Monday.", "caption"),
    ("Envoys at the lake hotel in Brenn, Valdoria, March 3, 2025.", "caption"),
    ("Talks resumed at the lake shore. (Norland Press: Ida Berg)", "caption"),
    ("[Image: soldiers at a checkpoint]", "caption"),
    ("Pictured: the lake hotel where the talks were held.", "caption"),
    ("FILE - The envoy at the lake hotel in Brenn.", "caption"),
    ("Sponsor Message", "advertisement"),
    ("Manage settings", "button-label"),
    ("Have your say in the comments below.", "comments"),
    ("Write to Jo Roe at jo.roe@example.org", "contact-prompt"),
    ("Got a story? Tell us.", "contact-prompt"),
    ("Our journalism is free for everyone. Help us keep it that way.", "donation-appeal"),
    ("You have reached your free article limit.", "donation-appeal"),
    ("(END)", "boilerplate"),
    ("Published by Lakeside Media Ltd. Part of the Lakeside Group.", "boilerplate"),
    ("Part of the Valdorian Press Group", "boilerplate"),
    ("The Lakeside Herald is a member of the Northern Press Council.", "boilerplate"),
    ("All times are Valdorian time (VLT).", "boilerplate"),
    ("This blog is now closed. Thanks for reading along.", "live"),
    ("Thank you for following our coverage of the summit.", "live"),
    ("Follow Jo Roe on X for updates from Brenn.", "author-bio"),
    ("This interview has been edited for length and clarity.", "editor-note"),
    ("The following conversation has been lightly condensed.", "editor-note"),
    ("Answers have been edited for brevity.", "editor-note"),
    ("Edited and condensed for clarity.", "editor-note"),
    ("This story was originally published by the Lakeside Wire.", "boilerplate"),
    ("This column was first published in The Brenn Review on 3 May.", "boilerplate"),
    ("Originally published in The Valdorian Times.", "boilerplate"),
    ("Republished with permission from the Norland Monitor.", "boilerplate"),
    ("Fly Brenn to Kestria twice daily. Book early and save up to 15% on winter fares", "advertisement"),
    ("Winter sale: shop now for free delivery", "advertisement"),
    (
        "Get Brenn Ledger Plus, our research service, for 99 cents a month. Use the code \"LEDGER\"."
        " Plus gives you our market picks and research.",
        "advertisement",
    ),
    ("\ufeffSkip to content", "button-label"),
    ("Follow the Lakeside Wire on Telegram and X for the latest updates.", "share-counter"),
    ("Reply", "button-label"),
    ("Loading...", "boilerplate"),
    # Consent prompts: a quoted button label does not make a prompt reported speech.
    ("We value your privacy", "cookie-notice"),
    ("Your privacy choices", "cookie-notice"),
    (
        "We and our 80 vendors keep cookies on your device to tailor what you see. You can withdraw "
        'your consent at any time under "Cookie choices" in the footer.',
        "cookie-notice",
    ),
    (
        'Press "Accept" to let us and our partners use cookies to measure how you read the site.',
        "cookie-notice",
    ),
]

STORY = [
    "The charity said donations had doubled since the ceasefire.",
    "The ministry said all rights reserved under the 1998 treaty would be respected by both sides.",
    "Do you have information about the talks? Officials said they did not, and left the hall.",
    "“We need your help to rebuild,” the mayor told residents on Tuesday.",
    "By the end of the week, talks had stalled over the prisoner lists.",
    "Subscribers to the ministry's newsletter were told on Monday that the border would reopen.",
    "Share prices in Moscow fell 3% after the announcement, traders said.",
    "Home to 40,000 people, the town was shelled overnight, local officials said.",
    "Photographs of the meeting were released by the presidential office.",
    "Copyright disputes were also on the agenda, the minister said.",
    "Advertisement revenue at state broadcasters has fallen by a third, the report found.",
    "More than 200 people were killed in the fighting, according to the United Nations.",
    "He declined to comment.",
    "The appeal asked supporters to make a donation, the group's director said.",
    "Live ammunition was used against protesters, witnesses said.",
    "With files from The Example Press",
    "Support for the truce has grown in both capitals, a poll found.",
    "Help arrived in the city on Tuesday after the convoy was allowed through.",
    "Read the full statement, the ministry urged journalists on Monday.",
    "The US and Kestria agreed to get in touch through the military hotline.",
    "A new wave of drone strikes hit the lake town on Monday.",
    "The death toll stands at 40 as of Monday.",
    "Delegations arrived in Brenn on Monday for the talks.",
    "Both sides hold their first direct talks on Tuesday.",
    "Correctional officers were moved to the border on Sunday.",
    "Right-wing parties rejected the deal on Monday.",
    "Gestures of goodwill on Monday included the release of two fishermen.",
    "‘Tell us where our sons are,’ the mothers chanted outside the ministry in Brenn on Monday.",
    "Published by the ministry on Monday, the report found that 40 people had died.",
    "Kestria is a member of the regional trade bloc, officials said.",
    "All times in the schedule were brought forward by an hour, organisers said.",
    "Part of the deal was signed on Monday, the mediators said.",
    "Thousands followed the talks on television.",
    "This story has been told many times in Brenn, the mayor said.",
    "The ministry released the picture on Monday. Photo: it was not clear who took it.",
    "Comments will be taken from both delegations on Monday, the mediators said.",
    "BRENN, April 15 was the day the talks resumed, officials said.",
    "The video was edited for length before it aired, the broadcaster said.",
    "The treaty was first published in 1994 and has never been amended.",
    "Originally a fishing village, Brenn now hosts the talks every spring.",
    "Edited footage of the meeting was shown on state television.",
    "Farmers could save up to a fifth of their water under the plan, the ministry said.",
    "Book fairs in Brenn drew record crowds on Saturday.",
    "Organisers of the protest spread the word on Telegram, police said.",
    "Printed copies of the deal were handed to reporters on Monday.",
    "Letters to the editor of the state daily praised the truce, officials said.",
    "Continued talks on Page Street were planned for Friday, the mayor said.",
    # Quotations of some length in a line that says "you" are speech, whatever their topic.
    "“You cannot store cookies of trust on a device,” the envoy told the delegates in Brenn.",
    '"Your privacy is our business now," read a banner carried by protesters outside the ministry.',
]


@pytest.mark.parametrize(("text", "reason"), CRUFT)
def test_cruft_lines_are_named(text: str, reason: str) -> None:
    assert classify(_line(text)) == reason


@pytest.mark.parametrize("text", STORY)
def test_story_lines_that_look_like_cruft_stay(text: str) -> None:
    assert classify(_line(text)) is None


@pytest.mark.parametrize(
    "pattern",
    [
        "no-anchor",
        "^(?:a+)+$",
        "^(?:\\w+\\s?)*end",
        "^(?:[a-z]{1,30}\\s?){1,6},\\snews",
        "^(?:(?:[A-Z]|-){1,20}\\s{0,2}){2,4}$",
        "^.*tail",
        "^.+?x",
    ],
)
def test_unsafe_regexes_are_refused(pattern: str) -> None:
    with pytest.raises(ValueError):
        check_linear(pattern, anchor="^")


def test_shipped_rules_validate() -> None:
    rules = compiled_rules()
    assert rules.shapes and rules.tail_shapes and rules.exact


def test_bad_rule_file_fails_loudly(tmp_path) -> None:
    bad = tmp_path / "bad.yaml"
    bad.write_text("exact: {}\nprefix: {}\ncontains: {x: [Upper]}\n", encoding="utf-8")
    with pytest.raises(RulesError):
        load_rules(bad, CruftRules)


@pytest.mark.parametrize(
    "text",
    [
        # a page of one-line paragraphs whose header lines sit on adjacent lines: nothing is hard-wrapped
        "Masthead | Tagline of the outlet\n\nHome   World   Business\n\n"
        "By Ana Lee, Ben Roe and Cleo Dunn, with additional reporting from the capital\n"
        "Published 3 March 2025, 10:02 (GMT+2) · Updated 3 March 2025, 12:40 local\n"
        "Reading time: 4 min · Share on Facebook · Share on X · Copy the link\n"
        "Topics: Border talks, Diplomacy, Trade, Elections, Regional security\n"
        "Image: delegates arrive at the venue. Photo: the outlet's own photographer\n\n"
        + "\n\n".join(
            f"Paragraph {i} of the story runs on one long line as scraped pages write it, with a clause "
            f"after a comma, a second clause after that, and a closing phrase that takes it past any column."
            for i in range(8)
        ),
    ],
)
def test_one_line_paragraphs_are_not_rejoined(text: str) -> None:
    lines = split_lines(text)
    assert [line.text for line in merge_wrapped(lines, text)] == [line.text for line in lines]


WRAPPED_STORY = (
    "Valdoria and Kestria agreed on Monday to resume talks on their lake\n"
    "border after a pause of two years, the mediators said in a statement\n"
    "issued in Brenn late in the evening.\n\n"
    "The last round collapsed in 2022 when the two sides could not agree on\n"
    "the mandate of the joint panel that was meant to map the shoreline and\n"
    "the fishing grounds by the end of June.\n\n"
    "The Kestrian envoy told reporters that his delegation would come with\n"
    "open minds, and that a first meeting could be held in Osk next month.\n"
)


@pytest.mark.parametrize(
    "head",
    [
        ["Valdoria and Kestria agree to resume their long-stalled lake talks", "By Lake Herald Reporter"],
        [
            "Valdoria and Kestria agree to resume their long-stalled lake talks",
            "NEWS | May 3, 2025 | Words: 364",
        ],
        ["Section: Lakes | 03-05-2025 14:35 | 465 words | ID: 84117 | Source: Wire", "By Jo Roe in Brenn"],
        ["-" * 72, "Valdoria and Kestria agree to resume their long-stalled lake talks", "-" * 72],
        ["Valdoria and Kestria agree to resume their long-stalled lake talks", "Anke Roe | Jo Lind"],
        ["Valdoria and Kestria agree to resume their long-stalled lake talks", "by Olena Roe"],
        # A feed's item line over the headline, as long as a filled line.
        ["[FEED] lakeherald.example :: Politics :: item 2025-05-03/0412", "Valdoria and Kestria to talk"],
    ],
)
def test_a_wrapped_pages_head_lines_stand_alone(head: list[str]) -> None:
    text = "\n".join(head) + "\n\n" + WRAPPED_STORY
    merged = [line.text for line in merge_wrapped(split_lines(text), text)]
    assert merged[: len(head)] == head
    assert merged[len(head)].startswith("Valdoria and Kestria agreed") and merged[len(head)].endswith(
        "evening."
    )
    assert merged[-1].endswith("next month.")  # the paragraph's short last line, "by the end of June.", too
    assert any(m.endswith("the fishing grounds by the end of June.") for m in merged)


# A sentence that ends where the line is full: in a text that parts paragraphs with blank lines it ends no
# paragraph; in a text without blank lines, a full line ending a sentence may end one and stands.
SENTENCE_AT_THE_EDGE = (
    "The envoys met for five hours on Monday, the ministry of Valdoria said.\n"
    "Both sides agreed to set up a joint panel on the lake border and fishing.\n"
    "A first session of the panel is due in Osk before the end of the month.\n"
)


@pytest.mark.parametrize(("gap", "joined"), [("\n\n", True), ("\n", False)])
def test_a_full_line_ending_a_sentence_runs_on_where_blank_lines_part_paragraphs(
    gap: str, joined: bool
) -> None:
    text = gap.join(
        [WRAPPED_STORY.replace("\n\n", gap).strip(), SENTENCE_AT_THE_EDGE.strip(), WRAPPED_STORY.strip()]
    )
    text = text if gap == "\n\n" else text.replace("\n\n", "\n")
    merged = [line.text for line in merge_wrapped(split_lines(text), text)]
    one = " ".join(SENTENCE_AT_THE_EDGE.split())
    assert (one in merged) == joined


def test_a_dateline_lead_under_a_headline_as_long_as_the_column_opens_the_story() -> None:
    from parley.clean.text import clean_text

    head = "Valdoria ready for talks with Kestria on reopening the lake crossings"
    lead = (
        "BRENN, 12 September (Lakewire) – Valdoria is ready to hold talks with\n"
        "Kestria at any level on reopening the lake crossings that Osk closed\n"
        "on Friday, the chairman of the border committee said on 12 September."
    )
    raw = "LAKEWIRE | feed export: politics\n[Politics] 12 September 2025 | 17:05\n" + head + "\n" + lead
    raw += "\n\n" + WRAPPED_STORY
    got = clean_text(raw)
    assert got.title == head
    assert got.body.startswith("Valdoria is ready to hold talks")
