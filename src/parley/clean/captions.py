"""Photo captions: a credit line takes the caption beside it, and a media label a caption told as a sentence.

Captions are the cruft that reads most like story, so each rule here needs a second sign (a credit, a media
label, a block of its own between blank lines) besides the caption's shape. Linear in the number of lines.
"""

from __future__ import annotations

import re

from parley.clean.credits import DASHES, is_credit, signs_off
from parley.clean.cruft_rules import CompiledRules
from parley.clean.headlines import CREDIT_AFTER, HEADLINE_MAX_WORDS
from parley.clean.lines import Line, tells_when

_GLUED_CREDIT_WORDS = 12
_WORD = re.compile(r"[^\W_]+(?:'[^\W_]+)?")
_SENTENCE = re.compile(r"(?<=[.!?])\s+(?=[A-Z])")
# A caption told as a sentence is short; the verb is found by its word position, so the bound is in words.
_SCENE_WORDS = (5, 22)
_PAST_CHARS = 600
# A second clause is the story's voice: "..., and many say", "... as the first passengers cross".
# A preposition after a past form opens its phrase ("held in", "damaged by"): a participle.
_PARTICIPLE_PREPOSITIONS = frozenset({"in", "by", "at", "near", "during", "since", "after", "from", "on"})
_PARTICIPLE_SPAN = 5
_CONJUNCTIONS = frozenset({"and", "but", "then", "while", "or"})
_CLAUSES = (", and ", ", but ", ", which ", ", so ", ", where ", " as ", " while ", " when ", " because ")
_MEANWHILE = " while "
# The head block's lines a caption of the lead picture may stand under.
_HEAD_MARKS = frozenset({"date-line", "byline"})
_STAMP_CAPTION_WORDS = 14
# A credit after a dash at a caption's end: "<Scene>. – ONA", "<Scene>. — Jo Roe/AFP" (read on the tail only).
_DASH_CREDIT = re.compile(
    r"[.!?]\s{1,3}[—–-]\s{0,2}(?P<credit>[A-Z][\w.&'’-]{1,25}(?:\s[A-Z][\w.&'’-]{1,25}){0,2}"
    r"(?:\s?/\s?[A-Z][\w.&'’-]{1,25}){0,2})$"
)
_DASH_CREDIT_CHARS = 80
_ACRONYM = re.compile(r"[A-Z]{2,6}")


def skip_top_caption(lines: list[Line], anchors: list[int], rules: CompiledRules) -> list[int]:
    """The anchors without the caption of the story's lead picture: a caption over its credit ("Photo: Jo
    Roe/Tarnwire", "(Image: © Tarn Survey)") with the story's first paragraph right under the credit, and no
    prose right above. Between paragraphs, a page of one line per block says nothing by adjacency; at the
    story's top the credit parts the head block from the story. The caption is a first paragraph that reads
    as one (told in the present, no speech), or a free line too long for a headline."""
    if len(anchors) < 2:
        return anchors
    a = anchors[0]
    if a >= 2 and _top_credit(lines[a - 1], rules) and lines[a - 2].reason is None:
        caption = lines[a - 2]
        if caption.n_words > HEADLINE_MAX_WORDS and _caption_shaped(caption, rules):
            caption.reason = lines[a - 1].reason = "caption"
        return anchors
    if _caption_under_stamp(lines, a, anchors[1], rules):
        lines[a].reason = "caption"
        return anchors[1:]
    below = anchors[1] == a + 2 and _top_credit(lines[a + 1], rules)
    # A caption with no verb of its own dates its picture to the day ("Prisoners wrapped in flags after
    # their return, on Aug. 14, 2025."): over its credit, that is the caption.
    free = a == 0 or not lines[a - 1].prose()
    if below and free and (_captions(lines[a], rules) or _dated(lines[a], rules)):
        lines[a].reason = lines[a + 1].reason = "caption"
        return anchors[1:]
    # The same caption with its credit glued on in brackets, right over the lead (no stop closes the line,
    # so it is no anchor of the story).
    if a >= 1 and lines[a - 1].reason is None and (a == 1 or not lines[a - 2].prose()):
        above = lines[a - 1]
        # A picture's credit in brackets after the caption's stop: "... 2025. (Office of the President)".
        credit = CREDIT_AFTER.search(above.text)
        if credit is not None and above.text[credit.start() :].lstrip()[1:2].isupper():
            head = above.text[: credit.start()]
            bare = Line(head, above.start, above.start + len(head))
            if _captions(bare, rules) or _dated(bare, rules):
                above.reason = "caption"
    return anchors


def _caption_under_stamp(lines: list[Line], a: int, b: int, rules: CompiledRules) -> bool:
    """A caption of the lead picture ("Fishing boats at the port of <Town>.", "<Minister> briefs the media
    after ...") right under the head block's stamp or byline and right over a lead at least twice as long
    whose first sentence tells a day or reports: one sentence with no past, no auxiliary and no day, no
    quotation or reporting (a lead tells what happened and when)."""
    if b != a + 1 or a == 0 or lines[a - 1].reason not in _HEAD_MARKS:
        return False
    line, lead = lines[a], lines[b]
    if line.n_sentences != 1 or not line.text.endswith(".") or line.n_words > _STAMP_CAPTION_WORDS:
        return False
    if line.has_quote or line.in_list or lead.n_words < 2 * line.n_words:
        return False
    from parley.clean.line_marks import FINITE  # line_marks reads this module's past forms

    words = [w.lower() for w in _WORD.findall(line.text)]
    cfg = rules.rules
    told = cfg.dek_time_words | cfg.dek_tensed | cfg.caption_past
    if FINITE.search(line.lower) is not None or any(w in told for w in words) or line.reports(rules):
        return False
    return tells_when(lead, rules)


def _dated(line: Line, rules: CompiledRules) -> bool:
    return _caption_shaped(line, rules) and rules.caption_date.search(line.text[-40:]) is not None


def _top_credit(line: Line, rules: CompiledRules) -> bool:
    """A picture's credit on a line of its own, in brackets too ("(Image: © Tarn Survey)")."""
    text = line.text.strip()
    if text.startswith("(") and text.endswith(")"):
        text = text[1:-1]
    short = line.n_words <= _GLUED_CREDIT_WORDS and line.reason in (None, "crosshead", "caption")
    return short and (rules.glued_credit.match(text) is not None or rules.credit_line.match(text) is not None)


def _caption_shaped(line: Line, rules: CompiledRules) -> bool:
    return not (line.in_list or line.has_quote or line.reports(rules) or line.n_sentences > 2) and (
        line.n_words <= rules.rules.caption_max_words
    )


def mark_credited_captions(lines: list[Line], first: int, rules: CompiledRules) -> None:
    """A photo credit on its own line ("Reuters") goes, and with it the caption next to it.

    A media label ("Video: Watch the ...", "[Photo]") takes a caption next to it too, when that reads as
    one sentence in the present tense with no auxiliary ("A guard checks papers at the gate."): a caption
    written as a sentence, with no credit.
    """
    cfg = rules.rules
    for i in range(first, len(lines)):
        line = lines[i]
        if line.reason in (None, "caption") and _signs_off(lines, i, rules):
            line.reason = None  # the line rules read a bare "AP" as a photo's credit
            continue
        credit = line.reason in (None, "crosshead", "caption") and (
            rules.credit_line.match(line.text[:80]) or _labelled_credit(line, cfg.credit_labels)
        )
        # A credit the line rules took for a caption, in a credit's shape ("Jo Roe/AP") though set apart: its
        # caption is a sentence with no auxiliary ("The talks are due in June." is the story's).
        owned = not credit and line.reason == "caption" and _owned_credit(line, rules)
        credit = credit or owned
        media = not credit and line.reason is not None and _media_label(line, cfg.media_labels)
        if not (credit or media):
            continue
        if credit:
            line.reason = "caption"
        for k in (i - 1, i + 1):
            if not 0 <= k < len(lines) or not _captions(lines[k], rules):
                continue
            present = _present_sentence(lines[k], cfg.caption_auxiliaries)
            # Over the lead, a line by a media label may be a standfirst; by a credit it is the photo's.
            if (media and (k <= first or not present)) or (owned and not present):
                continue
            lines[k].reason = "caption"
            break
    _mark_scene_captions(lines, first, rules)
    _mark_dash_credits(lines, first, rules)


def _mark_dash_credits(lines: list[Line], first: int, rules: CompiledRules) -> None:
    """A caption with its credit after a dash ("The two delegations with the envoy in <City>. – ONA"): one
    sentence with no auxiliary, credited to an agency or in capitals. Inside the story only: under its last
    paragraph "– ONA" signs the story off."""
    kept = [i for i in range(first, len(lines)) if lines[i].reason is None]
    for i in kept[:-1]:
        line = lines[i]
        tail = line.text[-_DASH_CREDIT_CHARS:]
        found = _DASH_CREDIT.search(tail)
        if found is None or not _captions(line, rules):
            continue
        credit = found.group("credit").split("/")[-1].strip()  # "Jo Roe/AFP": the agency after the slash
        if credit not in rules.rules.agencies and _ACRONYM.fullmatch(credit) is None:
            continue
        head = line.text[: len(line.text) - len(tail) + found.start() + 1]
        words = {w.lower() for w in _WORD.findall(head)}
        if _SENTENCE.search(head) is None and words.isdisjoint(rules.rules.caption_auxiliaries):
            line.reason = "caption"


def _mark_scene_captions(lines: list[Line], first: int, rules: CompiledRules) -> None:
    """A caption told as a present-tense sentence between story paragraphs, with no credit.

    "Delegates take their seats before the opening session." says what a picture shows; the story around it
    tells the past ("... agreed on Monday", "... officials said"). Such a line, with a verb of a scene and no
    auxiliary, past form, day, plan or speech, goes when the kept line above it and the one below it (if any)
    are told in the past: a story told in the present ("In Osk, markets open at dawn ...") keeps its lines.
    """
    kept = [i for i in range(first, len(lines)) if lines[i].reason is None]
    scene = [n > 0 and _scene_caption(lines[i], rules) for n, i in enumerate(kept)]
    n = 1
    while n < len(kept):
        if not scene[n]:
            n += 1
            continue
        # Captions of a gallery stand together: the story's lines around the run tell the past.
        end = n
        while end + 1 < len(kept) and scene[end + 1]:
            end += 1
        above = lines[kept[n - 1]]
        below = lines[kept[end + 1]] if end + 1 < len(kept) else None
        if _told_past(above, rules) and (below is None or _told_past(below, rules)):
            for k in range(n, end + 1):
                lines[kept[k]].reason = "caption"
        n = end + 1


def _scene_caption(line: Line, rules: CompiledRules) -> bool:
    """A scene sentence, alone or with one sentence of background after it ("Soldiers ride on a truck near
    <Town>. The government says it has moved troops back."): the first sentence is judged alone."""
    if line.n_sentences == 1:
        return _scene_sentence(line, rules)
    if line.n_sentences != 2 or line.has_quote or line.n_words > rules.rules.caption_max_words:
        return False
    head = _SENTENCE.split(line.text, maxsplit=1)[0]
    return _scene_sentence(Line(head, line.start, line.start + len(head)), rules)


def _scene_sentence(line: Line, rules: CompiledRules) -> bool:
    """One short sentence in the present with a verb of a scene after its subject, and nothing of a story."""
    cfg = rules.rules
    if line.in_list or line.has_quote or line.n_sentences != 1 or not line.text.endswith("."):
        return False
    if not _SCENE_WORDS[0] <= line.n_words <= _SCENE_WORDS[1] or not line.text[:1].isupper():
        return False
    if ":" in line.text or ";" in line.text or line.reports(rules):
        return False
    words = [w.lower() for w in _WORD.findall(line.text)]
    blocked = (cfg.caption_auxiliaries, cfg.caption_past, cfg.edges.scene_stop_words)
    if any(not group.isdisjoint(words) for group in blocked):
        return False
    after_det = [k > 0 and words[k - 1] in cfg.caption_determiners for k in range(len(words))]
    verbs = cfg.caption_verbs | cfg.caption_subject_verbs | cfg.edges.scene_verbs
    k = next((k for k, w in enumerate(words) if k and w in verbs and not after_det[k]), None)
    # The subject before the verb is a noun phrase: a comma there opens a clause ("Read it, and the deal
    # looks"); so does a second clause after it.
    if k is None or "," in " ".join(line.text.split()[:k]):
        return False
    # "a destroyed school", "the closed crossing": an -ed word after a determiner describes; so does one after
    # the verb, a clause on its object ("repair a line damaged by shelling"); before the verb it tells.
    if any(_ed(w) and not det for w, det in zip(words[:k], after_det, strict=False)):
        return False
    if not cfg.caption_days.isdisjoint(words) and not _dated_scene(line, k, cfg.edges.scene_plan_verbs):
        return False
    return not any(c in line.lower for c in _CLAUSES) or _scene_while(line, rules)


def _scene_while(line: Line, rules: CompiledRules) -> bool:
    """A scene with what goes on meanwhile, told in the present too ("Relatives hold up photographs outside
    the building while the commissions meet inside."): one "while" clause, no other, no past. An "as"
    clause may give a reason, and a story told in the present uses it ("A customs officer stamps passports
    as the first passengers cross."): such a line goes only beside a media line (test_clean_text)."""
    lower = line.lower
    cut = lower.find(_MEANWHILE)
    if cut < 0 or any(c in lower for c in _CLAUSES if c != _MEANWHILE):
        return False
    words = _WORD.findall(lower[cut:])
    return not any(w in rules.rules.caption_past or _ed(w) for w in words)


def _dated_scene(line: Line, k: int, plan_verbs: frozenset[str]) -> bool:
    """A day in a present-tense line is the picture's ("Delegates pose for a photo ... on Thursday.") when
    its verb shows a moment; a schedule tells its day with a verb of a plan ("The ministers meet again on
    Monday.") or of a trip to a named place ("The envoy leaves for Osk on Monday.")."""
    words = _WORD.findall(line.text)
    trip = k + 2 < len(words) and words[k + 1] in ("for", "to") and words[k + 2][:1].isupper()
    return words[k].lower() not in plan_verbs and not trip


def _told_past(line: Line, rules: CompiledRules) -> bool:
    """A story paragraph tells the past or reports: a past form, an -ed word, or a reporting verb."""
    if line.reports(rules):
        return True
    words = [w.lower() for w in _WORD.findall(line.text[:_PAST_CHARS])]
    return any(w in rules.rules.caption_past or _ed(w) for w in words)


def mark_glued_credits(lines: list[Line], first: int, source: str, rules: CompiledRules) -> None:
    """A credit glued under a caption, the two lines one block between blank lines: both go.

    "A guard, escorted by police, checks papers at the gate." over "Photograph: Jo Roe/The Herald": a
    caption may be told with a participle and name no agency; the glued credit says what it is.
    """
    for i in range(max(first, 1), len(lines)):
        credit, caption = lines[i], lines[i - 1]
        if credit.reason not in (None, "crosshead", "caption") or credit.n_words > _GLUED_CREDIT_WORDS:
            continue
        if caption.reason not in (None, "crosshead", "caption") or not rules.glued_credit.match(credit.text):
            continue
        before = source.count("\n", lines[i - 2].end, caption.start) if i >= 2 else 2
        after = source.count("\n", credit.end, lines[i + 1].start) if i + 1 < len(lines) else 2
        if source.count("\n", caption.end, credit.start) != 1 or before < 2 or after < 2:
            continue  # not a block of its own: a page of one line per paragraph says nothing by adjacency
        if caption.in_list or caption.has_quote or caption.reports(rules) or caption.n_sentences > 2:
            continue
        if caption.n_words <= rules.rules.caption_max_words:
            caption.reason = credit.reason = "caption"


def _signs_off(lines: list[Line], i: int, rules: CompiledRules) -> bool:
    """An agency's sign-off ("- AP", "With AFP", "ab/cd (AFP, dpa)") under a story paragraph: a closing
    credit, not a photo's; under a line that reads as a caption it is the photo's."""
    marked = lines[i].text.startswith(DASHES) or signs_off(lines[i].text, rules)
    if not marked or not is_credit(lines[i], rules):
        return False
    above = next((lines[k] for k in range(i - 1, -1, -1) if lines[k].reason is None), None)
    if above is None or not above.prose():
        return False
    # A caption has no auxiliary ("Delegates arrive at the palace."); "The talks are due in June." has one.
    return not (_captions(above, rules) and _present_sentence(above, rules.rules.caption_auxiliaries))


def _owned_credit(line: Line, rules: CompiledRules) -> bool:
    return line.n_words <= _GLUED_CREDIT_WORDS and rules.glued_credit.match(line.text) is not None


def _labelled_credit(line: Line, labels: tuple[str, ...]) -> bool:
    """ "Photo credit: AFP", "(photo credit: JO ROE/AGENCY)": a short credit under its label."""
    return line.n_words <= _GLUED_CREDIT_WORDS and line.lower.startswith(labels)


def _media_label(line: Line, labels: frozenset[str]) -> bool:
    """ "Video: ...", "Watch: ...", "[Photo] ...": a line that stands for a picture or a clip."""
    head = line.lower[:20].lstrip("[(")
    word = _WORD.match(head)
    return (
        word is not None and word.group() in labels and head[word.end() : word.end() + 1] in (":", "]", ")")
    )


def _present_sentence(line: Line, auxiliaries: frozenset[str]) -> bool:
    if line.n_sentences != 1 or not line.text.endswith("."):
        return False
    return auxiliaries.isdisjoint(w.lower() for w in _WORD.findall(line.text))


def _captions(line: Line, rules: CompiledRules) -> bool:
    """Reads like a photo caption: short, no speech, and in the present tense (news prose tells the past)."""
    cfg = rules.rules
    if line.reason is not None or line.in_list or line.has_quote or line.reports(rules):
        return False
    if line.n_words > cfg.caption_max_words or line.n_sentences > 2:
        return False
    # A caption may add a sentence of background in the past ("Traders at the crossing. Trade has slumped
    # since ..."); the first, about the picture, is in the present or has no verb.
    first = _SENTENCE.split(line.text, maxsplit=1)[0]
    words = [w.lower() for w in _WORD.findall(first)]
    # "..., with officials seated between them": an -ed word in a clause after "with" is a participle.
    open_with = words.index("with") if "with" in words else len(words)
    # "their loved ones", "the closed crossing": an -ed word after a determiner describes.
    # "lorries wait after being turned back": an -ed word after "being" is a participle.
    # "Freed hostages walk ...", "Displaced families wait ...": the first word, with no subject before it.
    described = _reduced_relatives(words, rules) | {
        k for k in range(1, len(words)) if words[k - 1] in cfg.caption_determiners or words[k - 1] == "being"
    }
    described |= {0} if len(words) > 1 else set()
    past = (k for k, w in enumerate(words) if w in cfg.caption_past or (_ed(w) and k < open_with))
    return all(k in described for k in past)


def _reduced_relatives(words: list[str], rules: CompiledRules) -> set[int]:
    """Past forms that describe a noun before a scene's verb in the present ("Relatives of hostages held in
    <City> hold portraits ...", "Families displaced by the floods wait ..."): a participle with its
    preposition, after a word of the subject; the verb of the caption comes later."""
    cfg = rules.rules
    verbs = cfg.caption_verbs | cfg.caption_scene_verbs | cfg.caption_subject_verbs
    after_det = [k > 0 and words[k - 1] in cfg.caption_determiners for k in range(len(words))]
    verb = next((k for k, w in enumerate(words) if k > 1 and w in verbs and not after_det[k]), None)
    if verb is None:
        return set()
    # Only a short phrase between them: "Crews met in <City> and wait ..." tells two things, the first past.
    return {
        k
        for k in range(max(1, verb - _PARTICIPLE_SPAN), verb - 1)
        if words[k + 1] in _PARTICIPLE_PREPOSITIONS
        and words[k] not in cfg.caption_auxiliaries
        and words[k - 1] not in cfg.caption_auxiliaries
        and _CONJUNCTIONS.isdisjoint(words[k:verb])
    }


def _ed(word: str) -> bool:
    return len(word) >= 5 and word.endswith("ed")
