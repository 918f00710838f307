"""Conventions of news pages, each as a few lines of invented cruft placed in an invented story.

Every case puts its lines above the story, in its middle or below it; the body must come out as the
story exactly, and each cruft line must be reported as removed. Story lines that look like cruft are
placed the same way and must stay.
"""

from __future__ import annotations

import pytest

from parley.clean.text import clean_text

TITLE = "Valdoria and Kestria extend border truce after lakeside talks"
HEAD = [TITLE, "By Jo Roe", "Published 3 March 2025"]
STORY = [
    (
        "Delegations from Valdoria and Kestria agreed on Monday to extend their border truce by 30 "
        "days, mediators said."
    ),
    "The agreement came after two days of talks in the lakeside town of Brenn, officials told reporters.",
    "“Nobody wants a return to the shelling,” the Kestrian envoy said after the session on Monday evening.",
    "Both sides will exchange lists of detainees next week, according to the mediators from Norland.",
    "The next round of talks is expected to open in Brenn in April, a Valdorian diplomat said.",
]

# (convention, where, lines): "top" is under the date line, "middle" after the second paragraph,
# "bottom" after the story.
CRUFT = [
    ("crosshead", "middle", ["A fragile calm"]),
    ("crosshead in capitals", "middle", ["WHAT COMES NEXT"]),
    ("question crosshead", "middle", ["Why does the lake matter?"]),
    (
        "caption without credit",
        "middle",
        [
            "Delegates from both sides arrive at the lakeside hotel in Brenn on Monday",
        ],
    ),
    (
        "caption with position marks",
        "middle",
        [
            "The Kestrian envoy (L) greets his Valdorian counterpart (R) in Brenn.",
        ],
    ),
    (
        "caption dated like a wire picture",
        "middle",
        [
            "Delegates pose for a photo in Brenn, Valdoria, March 3, 2025.",
        ],
    ),
    (
        "caption credited in brackets",
        "middle",
        [
            "Talks resumed at a hotel on the lake shore. (Norland Press: Ida Berg)",
        ],
    ),
    ("image alt text", "top", ["Two men in dark suits shake hands in front of a row of flags"]),
    ("image label", "middle", ["Image: Two men shake hands in front of national flags"]),
    ("bracketed image", "middle", ["[Photo: soldiers at a checkpoint near the lake]"]),
    (
        "standfirst",
        "above-byline",
        [
            (
                "Mediators hope the extra month will allow a prisoner exchange. Both sides say the "
                "ceasefire has largely held."
            ),
        ],
    ),
    ("short standfirst", "above-byline", ["A month more of quiet."]),
    (
        "key events",
        "top",
        [
            "Key events",
            "2h ago Truce extended by 30 days",
            "5h ago Talks resume in Brenn",
            "Show key events only",
        ],
    ),
    ("live timestamp", "middle", ["3h ago 11.05 GMT"]),
    ("live clock", "middle", ["12.41 GMT"]),
    (
        "social post",
        "middle",
        [
            "The truce holds. We thank our partners for their patience. — Ana Lind (@analind) March 3, 2025",
        ],
    ),
    (
        "social post signed below",
        "middle",
        [
            "The truce holds, and it will hold.",
            "— Ana Lind (@analind) 3 March 2025",
        ],
    ),
    (
        "editor's note",
        "top",
        [
            "Editor's note: This story has been updated with comment from the Kestrian side.",
        ],
    ),
    (
        "correction",
        "bottom",
        [
            "Correction: An earlier version of this story misstated the length of the truce.",
        ],
    ),
    ("clarification", "bottom", ["Clarification: The talks were held in Brenn, not in Varna."]),
    ("update note", "top", ["This article was amended on 4 March 2025 to correct the name of the town."]),
    (
        "earlier version note",
        "bottom",
        [
            "An earlier version of this article said the talks lasted three days.",
        ],
    ),
    ("pull quote", "middle", ["“Nobody wants a return to the shelling.”", "Kestrian envoy"]),
    (
        "author bio block",
        "bottom",
        [
            "About the author",
            "Jo Roe is our Balkans correspondent. She has reported from the region since 2015.",
            "Follow Jo on X",
        ],
    ),
    ("closing author line", "bottom", ["Jo Roe reports on the Balkans for the Valdorian Times."]),
    ("listen label", "top", ["Listen to this article · 4:32 min"]),
    ("listen with duration", "top", ["Listen · 3:05"]),
    ("live coverage link", "middle", ["Follow our live coverage of the talks here."]),
    ("sponsored block", "middle", ["Sponsored", "Lakeside apartments with mountain views from 90,000 euros"]),
    ("trending list", "above-title", ["Trending", "Floods close mountain pass", "Central bank holds rates"]),
    (
        "numbered most read",
        "bottom",
        [
            "Most read",
            "1. Floods close mountain pass",
            "2. Central bank holds rates",
            "3. Farmers block the ring road",
        ],
    ),
    ("newsletter sentence", "bottom", ["Get our best stories delivered to your inbox every morning."]),
    (
        "membership pitch",
        "middle",
        [
            (
                "We are a small, independent newsroom. Our reporting is funded by readers like you, not "
                "by advertisers. Join us today."
            ),
        ],
    ),
    (
        "membership pitch with button",
        "middle",
        [
            "Our journalism is free for everyone. Help us keep it that way.",
            "Become a Friend",
        ],
    ),
    (
        "cookie wall",
        "middle",
        [
            "We and our partners use cookies to personalise ads and measure traffic.",
            "Accept all",
            "Reject all",
        ],
    ),
    ("paywall teaser", "middle", ["This article is for subscribers only. Subscribe to continue reading."]),
    ("article limit", "middle", ["You have reached your free article limit for this month."]),
    (
        "comment prompt",
        "bottom",
        [
            "Join the conversation",
            "What do you think? Let us know in the comments.",
        ],
    ),
    ("comment call", "bottom", ["Have your say in the comments below."]),
    ("tagline", "above-title", ["The Valdorian Times", "Independent news from the lake country"]),
    ("app prompt", "bottom", ["Download our app for breaking news alerts."]),
    ("app button", "bottom", ["Get the Valdorian Times app"]),
    ("app line", "middle", ["Read this story in our app"]),
    ("wire end mark", "bottom", ["(END)"]),
    (
        "numbered most read with stops",
        "bottom",
        [
            "Most read",
            "1. Floods close the pass.",
            "2. Bank holds rates.",
        ],
    ),
    (
        "dated correction",
        "bottom",
        [
            "Correction, March 4, 2025: An earlier version misstated the length of the truce.",
        ],
    ),
    ("contact prompt", "bottom", ["Have a news tip? Contact us."]),
    ("closing note on the author", "bottom", ["The author is a fellow at the Norland Institute."]),
    ("present-tense caption", "middle", ["The Kestrian envoy arrives at the lake hotel in Brenn on Monday."]),
    ("labelled picture", "middle", ["Pictured: the lake hotel where the talks were held."]),
    ("syndication note", "bottom", ["This article first appeared in The Lake Letter."]),
    ("appeal as a question", "bottom", ["Enjoying this article? Consider supporting our work."]),
    (
        "editor's note with a dash",
        "top",
        ["EDITOR’S NOTE — This story is part of a series on the lake talks."],
    ),
    ("post with a picture link", "middle", ["The truce holds, and it will hold. pic.twitter.com/AbC123"]),
    ("live blog link", "middle", ["Follow the latest updates in our live blog."]),
    (
        "print edition note",
        "bottom",
        ["A version of this article appears in print on March 4, 2025, Section A."],
    ),
    ("feedback question", "bottom", ["Was this article helpful?", "Yes", "No"]),
    ("comments loading", "bottom", ["Loading comments…"]),
    (
        "closing bio of two sentences",
        "bottom",
        ["Jo Roe is our Balkans correspondent. She has reported from Brenn."],
    ),
    ("summary box under the date", "top", ["Key takeaways", *[f"— {line}" for line in STORY[:2]]]),
    (
        "what-we-know box in the middle",
        "middle",
        ["What we know so far", "• The truce was extended by 30 days.", "• The next round opens in April."],
    ),
    (
        "caption above a bare credit",
        "middle",
        ["A woman carries water past the lake hotel in Brenn.", "Reuters"],
    ),
    ("caption below a credit", "middle", ["Photo: AFP", "Soldiers stand guard outside the lake hotel."]),
    # South Asian outlets part the label from the agency with a bar.
    (
        "caption above a barred credit",
        "middle",
        ["Soldiers keep watch at a checkpoint outside Brenn on Monday.", "Photo | PTI"],
    ),
    (
        "closing bio opening with a role label",
        "bottom",
        ["Jo Roe", "Balkans Correspondent. Jo reports on the region from Brenn."],
    ),
    ("follow the writer", "bottom", ["Follow Jo Roe on X: @jroe"]),
    ("publisher footer", "bottom", ["Published by Lakeside Media Ltd. Part of the Lakeside Group."]),
    (
        "live blog closing lines",
        "bottom",
        [
            "This blog is now closed. Thank you for following our coverage.",
            "The Lakeside Herald is a member of the Northern Press Council. All times are local (VLT).",
        ],
    ),
    (
        "link list under a sentence",
        "middle",
        [
            "Here is our coverage of the talks so far:",
            "• Valdoria Closes Border Crossings",
            "• Kestria Recalls Envoy",
        ],
    ),
]

# A list inside the story: a sentence ending with a colon, then items that carry on its sentence.
STORY_LISTS = [
    [
        "The two sides agreed to:",
        "• reopen the lake crossing at Brenn;",
        "• swap lists of detainees;",
        "• meet in April.",
    ],
    [
        "Under the deal, Kestria will pay for three projects:",
        "– a water plant for Brenn;",
        "– a new road to the lake;",
        "– a school in the border town of Varn.",
    ],
    [
        "The mediators listed two demands:",
        "1. a full ceasefire along the shore;",
        "2. the release of all detainees.",
    ],
    [
        "Officials named the first steps:",
        "— Valdoria withdraws its troops from the shore by May.",
        "— Kestria pays for the new bridge.",
    ],
]

LOOKALIKES = [
    "The border remains closed.",
    "What happens next is unclear: neither side set a date for the next round.",
    "“If you want peace, you have to talk to your enemy,” the mediator told reporters.",
    "Subscribers to the state broadcaster's service were told the talks had resumed.",
    "The newspaper's readers raised 40,000 euros for the displaced, its editor said.",
    "Kestria's parliament must still ratify the deal.",
    "Follow-up talks are planned for April.",
    "Sponsors of the ceasefire resolution included Norland and Ostria.",
    "Why now? Diplomats point to the harvest, which both sides need to bring in.",
    "Photographs of the freed detainees were released by the ministry on Tuesday.",
    "Reporting by Jo Roe; editing by Ana Lind",
    "Delegations arrived in Brenn on Monday for the talks.",
    "The US and Kestria agreed to get in touch through the military hotline.",
    "‘We will not sign anything we cannot defend at home,’ the Kestrian envoy told our reporter.",
]


def _article(where: str, extra: list[str]) -> str:
    if where == "above-title":
        lines = extra + HEAD + STORY
    elif where == "above-byline":
        lines = HEAD[:1] + extra + HEAD[1:] + STORY
    elif where == "top":
        lines = HEAD + extra + STORY
    elif where == "middle":
        lines = HEAD + STORY[:2] + extra + STORY[2:]
    else:
        lines = HEAD + STORY + extra
    return "\n\n".join(lines) + "\n"


@pytest.mark.parametrize(("where", "lines"), [c[1:] for c in CRUFT], ids=[c[0] for c in CRUFT])
def test_convention_is_removed(where: str, lines: list[str]) -> None:
    got = clean_text(_article(where, lines))
    assert got.body.split("\n") == STORY
    assert got.title == TITLE
    assert got.published == "2025-03-03"
    removed = {r.text for r in got.removed}
    assert set(lines) <= removed


@pytest.mark.parametrize("line", LOOKALIKES)
@pytest.mark.parametrize("where", ["middle", "bottom"])
def test_story_lines_that_look_like_cruft_stay(where: str, line: str) -> None:
    got = clean_text(_article(where, [line]))
    want = STORY[:2] + [line] + STORY[2:] if where == "middle" else [*STORY, line]
    assert got.body.split("\n") == want


@pytest.mark.parametrize("lines", STORY_LISTS, ids=[lines[0] for lines in STORY_LISTS])
@pytest.mark.parametrize("where", ["middle", "bottom"])
def test_lists_inside_the_story_stay(where: str, lines: list[str]) -> None:
    got = clean_text(_article(where, lines))
    want = STORY[:2] + lines + STORY[2:] if where == "middle" else [*STORY, *lines]
    assert got.body.split("\n") == want
