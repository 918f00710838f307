"""The real-pages benchmark's scraper model and scorer (bench/real_pages.py), on an invented page."""

from __future__ import annotations

import gzip
import importlib.util
import json
import subprocess
import sys
from pathlib import Path

import pytest

_PATH = Path(__file__).resolve().parents[2] / "bench" / "real_pages.py"
_spec = importlib.util.spec_from_file_location("real_pages", _PATH)
assert _spec is not None and _spec.loader is not None
real_pages = importlib.util.module_from_spec(_spec)
sys.modules["real_pages"] = real_pages
_spec.loader.exec_module(real_pages)

STORY = [
    "Negotiators from Talvia and Oresund met for a third day on Tuesday in Brenn, officials said.",
    "The talks, hosted by the lake council, turned on the return of fishing rights along the shore.",
    "A fourth session is planned for Thursday, according to a statement from the council.",
]
PAGE = (
    "<html><head><title>Talks resume</title><script>var x = 1;</script></head><body>"
    "<nav><ul><li><a href='/'>Home</a></li><li><a href='/world'>World</a></li></ul></nav>"
    "<h1>Talks resume in Brenn</h1><div class='story'>"
    + "".join(f"<p>{line}</p>" for line in STORY)
    + "</div><footer><p>Sign up for our newsletter</p><button>Remind me later</button></footer></body></html>"
)


def test_page_text_puts_blocks_on_lines_and_drops_hidden_parts() -> None:
    lines = [line for line in real_pages.page_text(PAGE).split("\n") if line]
    assert lines[:3] == ["Home", "World", "Talks resume in Brenn"]  # the head is not shown; the menu is
    assert all(line in lines for line in STORY)
    assert "var x = 1;" not in lines and "Remind me later" not in lines  # scripts and buttons are not text


@pytest.mark.parametrize(
    ("pred", "expected"),
    [
        ("\n".join(STORY), (1.0, 1.0, 1.0, True)),
        (STORY[0], (1.0, None, None, False)),  # precise, a third of the story
        ("", (0.0, 0.0, 0.0, False)),
    ],
)
def test_shingle_scores(pred: str, expected: tuple[float | None, ...]) -> None:
    got = real_pages.score(pred, "\n".join(STORY))
    for value, want in zip(got, expected, strict=True):
        if want is not None:
            assert value == pytest.approx(want)
    if pred == STORY[0]:
        assert 0.2 < got[1] < 0.5


@pytest.mark.parametrize(
    ("pred", "kept"),
    [
        ("\n".join(STORY), True),
        ("Talks resume\n" + "\n".join(STORY) + "\nSign up", True),  # more than the story: all prose in
        ("\n".join(STORY[:2]), False),  # a sentence lost
        (" ".join(STORY).upper(), True),  # case and the line breaks aside
        ("\n".join(STORY).replace("Negotiators", "BRENN — Negotiators"), True),  # the dateline in the body
        ("\n".join(STORY), True),  # or kept as metadata
    ],
)
def test_prose_kept_asks_for_every_sentence_of_the_gold(pred: str, kept: bool) -> None:
    gold = "Brenn talks\n" + "\n".join(STORY)  # a short subhead is not prose: it need not be kept
    gold = gold.replace("Negotiators", "BRENN — Negotiators")
    assert real_pages.prose_kept(pred, gold) is kept


def test_the_script_scores_a_folder_in_the_benchmarks_layout(tmp_path: Path) -> None:
    (tmp_path / "html").mkdir()
    key = "0" * 64  # a dev-half id
    (tmp_path / "html" / f"{key}.html.gz").write_bytes(gzip.compress(PAGE.encode()))
    gold = {key: {"articleBody": "\n".join(STORY), "url": "https://lake.example/talks"}}
    (tmp_path / "ground-truth.json").write_text(json.dumps(gold))
    command = [sys.executable, str(_PATH), str(tmp_path)]
    run = subprocess.run(command, capture_output=True, text=True, check=False)
    assert run.returncode == 0, run.stderr
    rows = {line[:30].strip(): line.split() for line in run.stdout.splitlines()[2:]}
    assert rows["parley, text"][-2:] == ["1/1", "1/1"]  # the whole story kept, every sentence of it
    assert float(rows["page text (baseline)"][-5]) < 1.0  # the menu and the footer cost the page text
    assert rows["parley, extractor's text"][-2:] == ["1/1", "1/1"]  # the extractor's text, cleaned: all kept
    assert run.stdout.splitlines()[-1].endswith("same 1/1")  # the <h1> is the title the text path picks


def _page(head: str, body: str) -> str:
    story = "".join(f"<p>{line}</p>" for line in STORY)
    return f"<html><head>{head}</head><body>{body}<div class='story'>{story}</div></body></html>"


_OG = "<meta property='og:title' content='{}'>"
_HEAD = "Talks resume in Brenn"


@pytest.mark.parametrize(
    ("head", "body", "expected"),
    [
        # The <h1> that the og:title agrees with, once the site's name is cut from the og:title.
        (_OG.format(f"{_HEAD} | Lake Post"), f"<h1>Lake Post</h1><h1>{_HEAD}</h1>", _HEAD),
        (_OG.format(f"Opinion | {_HEAD}"), f"<h1>{_HEAD}</h1>", _HEAD),
        # The og:title alone, where the page has no <h1>: as the text shows it.
        (_OG.format(f"{_HEAD} - Lake Post"), f"<h2>{_HEAD}</h2>", _HEAD),
        ("", f"<h1>{_HEAD}</h1>", _HEAD),  # the only <h1>, no og:title
        # A logo's <h1> and a headline that the og:title gives: the page disagrees with itself.
        (_OG.format(_HEAD), f"<h1>Lake Post</h1><p>{_HEAD}</p>", None),
        (_OG.format(_HEAD), "<p>Lake Post</p>", None),  # the text does not show it
        ("", "<h1>Talks</h1><h1>Brenn</h1>", None),  # two <h1>s, nothing to choose by
    ],
)
def test_reference_title(head: str, body: str, expected: str | None) -> None:
    html = _page(head, body)
    assert real_pages.reference_title(html, real_pages.page_text(html)) == expected


@pytest.mark.parametrize(
    ("got", "expected"),
    [
        ('Talks resume in "Brenn"', True),
        ("talks  resume in “Brenn”", True),  # case, spaces and curly quotes aside
        (None, False),
        ("Lake Post", False),
        ('resume in "Brenn"', False),  # a cut headline is not the headline
    ],
)
def test_same_title(got: str | None, expected: bool) -> None:
    assert real_pages.same_title(got, 'Talks resume in "Brenn"') is expected
    assert real_pages.same_title(_HEAD, f"EXCLUSIVE: {_HEAD}")  # parley leaves the section label out


_DATED = (
    '<html><head><meta property="article:published_time" content="2025-10-14T08:10:00Z"></head>'
    "<body><h1>Talks resume in Brenn</h1>{stamp}<p>Negotiators from Velmora and Astrand met again on "
    "Tuesday in Brenn, officials said, after a month without talks.</p></body></html>"
)


@pytest.mark.parametrize(
    ("stamp", "expected"),
    [
        ("<p>By Mara Lind | 14 October 2025</p>", "same"),
        ("<p>By Mara Lind | 12 October 2025</p>", "other"),
        ("<p>By Mara Lind</p>", "none"),
    ],
)
def test_date_verdict(stamp: str, expected: str) -> None:
    html = _DATED.format(stamp=stamp)
    assert real_pages.date_verdict(real_pages.page_text(html), html) == expected
    tally = real_pages.Counter([expected])
    assert f"{expected} 1" in real_pages.date_line(tally)
