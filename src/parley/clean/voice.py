"""A page whose own story speaks to the reader (a how-to, a review, a blog): there, addressing the reader
tells no cruft from story, and the line model (:mod:`parley.clean.line_model`) does not count it for a line
set among the story's lines. The written dev sets are news and never reach the share; on real pages the
model dropped such stories' lines for it (see :func:`second_person`)."""

from __future__ import annotations

from parley.clean.cruft_rules import CompiledRules
from parley.clean.lines import Line

# A page whose story speaks to the reader (a how-to, a review, a blog): at least this many of its long
# paragraphs (this many words or more, ending like a sentence), and this share of them, address the reader.
_VOICE_PARAGRAPHS = 4
_VOICE_WORDS = 20
_VOICE_SHARE = 0.4


def second_person(lines: list[Line], kept: list[int], rules: CompiledRules) -> bool:
    """The page's own story speaks to the reader ("you", "our", "Fill the pot ..."): two in five of its long
    kept paragraphs or more do (four at least). There, reader address tells no cruft from story, and the
    model does not count it in a line set among the story's lines (:func:`in_voice`). The written dev sets
    are news: no page reaches the share (highest 0.29); on real blogs, reviews and how-tos the model dropped
    their story lines for it (scripts/line_model_real.py, extraction benchmark's dev half: story lines
    dropped 30 -> 24 on the text path, 16 -> 9 on the HTML path; cruft caught 180 -> 179, 5 -> 5)."""
    long = [i for i in kept if lines[i].n_words >= _VOICE_WORDS and lines[i].terminal]
    if len(long) < _VOICE_PARAGRAPHS:
        return False
    speaking = sum(1 for i in long if lines[i].addresses_reader(rules))
    return speaking >= _VOICE_SHARE * len(long)


def in_voice(context: dict[str, float]) -> bool:
    """On a page whose story speaks to the reader, a line set among the story's lines (a kept line next to
    it, not after the story's last) speaks as the story does; one set apart, between dropped lines or
    under the story (a teaser, a newsletter prompt), may still be a promo (measured on the extraction
    benchmark's dev half, text path: read on every line of such pages, 7 cruft lines more were kept and
    F1 fell .904 -> .903; three long paragraphs instead of four let a dek stay on a short HTML page)."""
    return context["gap_to_story"] <= 1 and not context["after_story"]
