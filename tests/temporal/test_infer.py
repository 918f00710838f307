"""Dating undated articles from their own dates (the seed case is in test_seed_dates.py)."""

from __future__ import annotations

from parley.temporal import find_dates

UNDATED = (
    "The Kremlin said Thursday it still expected a reply. The delegations held their last round "
    "in Istanbul on May 16, and the presidents spoke by phone on May 19. The envoy said Wednesday that a "
    "memorandum was ready, and the latest exchange of prisoners wrapped up on Sunday. His mandate expired "
    "in May 2024."
)


def test_undated_text_gets_a_date_and_a_confidence(base_nlp) -> None:
    doc = base_nlp(UNDATED)
    got = {d.text: d.value for d in find_dates(doc, None)}
    inferred = doc.user_data["parley_published_inferred"]
    assert "2025-05-26" <= inferred <= "2025-06-01"
    assert 0.2 <= doc.user_data["parley_published_confidence"] <= 1.0
    assert got["May 16"] == "2025-05-16" and got["Wednesday"] <= inferred


def test_weekdays_alone_give_no_date(base_nlp) -> None:
    doc = base_nlp("Officials met on Monday and said on Tuesday that talks would continue.")
    got = find_dates(doc, None)
    assert "parley_published_inferred" not in doc.user_data
    assert [d.value for d in got] == ["XXXX-WXX-1", "XXXX-WXX-2"]


def test_a_known_date_is_never_replaced(base_nlp) -> None:
    doc = base_nlp(UNDATED)
    find_dates(doc, "2025-05-29")
    assert "parley_published_inferred" not in doc.user_data
