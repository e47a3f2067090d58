"""Tests of analysis.report: quote highlighting, escaping, the panels, and a real browser."""

from __future__ import annotations

import html
import re
import shutil
import struct
import subprocess
from pathlib import Path

import pandas as pd
import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from analysis import article_from_text
from analysis.report import (
    SPEAKER_COLOURS,
    index_html,
    report_html,
    speaker_colours,
    story_html,
    write_report,
)

TITLE = "Storm closes the harbour for a week"
BODY = (
    '"We have never seen waves like this," said Ann Lee, the harbour master. '
    '"Stay home." Tom Ray agreed. "It is bad," he said. Locals call it "the beast".'
)
SCRIPT_BODY = "The page said <script>document.title='pwned'</script> and nothing else happened."


def quote_frame(text: str, rows: list[tuple[str, str | None, str]]) -> pd.DataFrame:
    """Quotes given as (quoted text, speaker, kind), located in ``text``."""
    records = []
    for quoted, speaker, kind in rows:
        start = text.index(quoted)
        records.append(
            {"start": start, "end": start + len(quoted), "speaker": speaker, "kind": kind}
        )
    return pd.DataFrame(records)


@pytest.fixture
def article():
    return article_from_text(f"{TITLE}\n\n{BODY}\n", article_id="storm")


@pytest.fixture
def quotes(article) -> pd.DataFrame:
    return quote_frame(
        article.text,
        [
            ("We have never seen waves like this,", "Ann Lee", "speech"),
            ("Stay home.", "Ann Lee", "speech"),
            ("It is bad,", "Tom Ray", "speech"),
            ("the beast", None, "phrase"),
        ],
    )


@pytest.fixture
def speakers() -> pd.DataFrame:
    return pd.DataFrame(
        {
            "speaker": ["Ann Lee", "Tom Ray"],
            "gender": ["female", "male"],
            "n_quotes": [2, 1],
            "n_words": [9, 3],
            "share_of_quoted_words": [0.75, 0.25],
            "description": ["the harbour master", None],
        }
    )


@pytest.mark.parametrize(
    ("quoted", "expected"),
    [
        (
            "We have never seen waves like this,",
            '<mark class="quote s0" title="Ann Lee">We have never seen waves like this,</mark>',
        ),
        ("Stay home.", '<mark class="quote s0" title="Ann Lee">Stay home.</mark>'),
        ("It is bad,", '<mark class="quote s1" title="Tom Ray">It is bad,</mark>'),
        ("the beast", '<mark class="quote phrase" title="unknown speaker">the beast</mark>'),
    ],
    ids=["first-speaker", "same-speaker-same-colour", "second-speaker", "phrase"],
)
def test_quotes_are_marked_by_speaker(article, quotes, speakers, quoted, expected) -> None:
    page = report_html(article, tables={"quotes": quotes, "speakers": speakers})
    assert expected in page


def test_legend_and_speaker_panel(article, quotes, speakers) -> None:
    page = report_html(article, tables={"quotes": quotes, "speakers": speakers})
    assert '<span class="s0">Ann Lee</span>' in page
    assert '<span class="s1">Tom Ray</span>' in page
    assert f".s0{{background:{SPEAKER_COLOURS[0]}}}" in page
    panel = page[page.index('<table class="speakers">') :]
    assert "<td>Ann Lee</td><td>female</td><td>2</td><td>9</td><td>75%</td>" in panel
    assert "<td>the harbour master</td>" in panel


def test_article_text_is_escaped() -> None:
    art = article_from_text(f"{TITLE}\n\n{SCRIPT_BODY}\n", article_id="x")
    page = report_html(art, tables={})
    assert "<script>" not in page
    assert "&lt;script&gt;document.title=&#x27;pwned&#x27;&lt;/script&gt;" in page
    assert "Content-Security-Policy" in page


def test_escaping_inside_a_quote() -> None:
    text = f'{TITLE}\n\n"Use <b>bold</b> & more," said Ann Lee on Monday morning.\n'
    art = article_from_text(text)
    quotes = quote_frame(text, [("Use <b>bold</b> & more,", "Ann Lee", "speech")])
    story = story_html(art, quotes, speaker_colours(["Ann Lee"]))
    assert (
        '<mark class="quote s0" title="Ann Lee">Use &lt;b&gt;bold&lt;/b&gt; &amp; more,</mark>'
        in (story)
    )


def test_charts_are_embedded_as_data_uris(article) -> None:
    png = b"\x89PNG\r\n\x1a\nfake"
    page = report_html(article, tables={}, charts={"top_terms": png})
    assert '<img src="data:image/png;base64,iVBORw0KGgpmYWtl" alt="top terms">' in page


def test_overlapping_and_bad_spans_are_skipped(article) -> None:
    quotes = pd.DataFrame(
        {
            "start": [len(TITLE) + 3, len(TITLE) + 5, 10_000, None],
            "end": [len(TITLE) + 10, len(TITLE) + 12, 10_010, None],
            "speaker": ["A", "B", "C", "D"],
            "kind": ["speech"] * 4,
        }
    )
    page = report_html(article, tables={"quotes": quotes})
    assert page.count("<mark") == 1 + 1  # one quote, and the legend's phrase sample


def test_index_links_pages_and_lists_errors() -> None:
    articles = pd.DataFrame(
        {"article_id": ["a/1", "b"], "title": ["One", "Two <i>"], "n_body_words": [10, 20]}
    )
    quotes = pd.DataFrame({"article_id": ["a/1", "a/1"], "speaker": ["X", None]})
    errors = pd.DataFrame(
        {"source": ["bad.txt"], "stage": ["read"], "error": ["InputError"], "message": ["<PNG>"]}
    )
    page = index_html(articles, quotes=quotes, errors=errors, pages=["a_1"])
    assert '<a href="a_1.html">a/1</a>' in page
    assert "<td>Two &lt;i&gt;</td>" in page
    assert "<td>10</td><td>2</td><td>1</td>" in page
    assert "&lt;PNG&gt;" in page


@settings(max_examples=60, deadline=None)
@given(
    body=st.text(
        alphabet=st.characters(blacklist_categories=("Cs", "Cc", "Zl", "Zp")), max_size=200
    ),
    cuts=st.lists(st.tuples(st.integers(0, 220), st.integers(0, 220)), max_size=6),
)
def test_story_keeps_every_character(body: str, cuts: list[tuple[int, int]]) -> None:
    text = f"{TITLE}\n\nA line of {body} text here.\n"
    art = article_from_text(text)
    quotes = pd.DataFrame(
        {
            "start": [len(TITLE) + 2 + min(a, b) for a, b in cuts],
            "end": [len(TITLE) + 2 + max(a, b) for a, b in cuts],
            "speaker": ["S"] * len(cuts),
            "kind": ["speech"] * len(cuts),
        }
    )
    story = story_html(art, quotes, speaker_colours(["S"]))
    shown = html.unescape(re.sub(r"<[^>]+>", "\x00", story)).replace("\x00", "")
    expected = "".join(art.text[b.start : b.end] for b in art.blocks)
    assert shown.replace("\n", "").replace(" ", "") == expected.replace(" ", "")


# --------------------------------------------------------------------------- browser

CHROMIUM = shutil.which("chromium") or shutil.which("chromium-browser")
CHROMIUM_FLAGS = (
    "--headless",
    "--no-sandbox",
    "--disable-gpu",
    "--disable-quic",
    "--no-first-run",
    "--disable-background-networking",
    "--disable-component-update",
    "--disable-sync",
)


def chromium(page: Path, tmp_path: Path, *extra: str) -> subprocess.CompletedProcess[str]:
    assert CHROMIUM is not None
    profile = tmp_path / f"profile-{len(list(tmp_path.iterdir()))}"
    return subprocess.run(
        [CHROMIUM, *CHROMIUM_FLAGS, f"--user-data-dir={profile}", *extra, page.as_uri()],
        capture_output=True,
        text=True,
        timeout=90,
        check=False,
    )


@pytest.mark.skipif(CHROMIUM is None, reason="chromium is not installed (.ci/run installs it)")
def test_page_in_headless_chromium(tmp_path: Path, speakers: pd.DataFrame) -> None:
    text = f"{TITLE}\n\n{BODY}\n\n{SCRIPT_BODY}\n"
    art = article_from_text(text, article_id="browser")
    quotes = quote_frame(
        text, [("Stay home.", "Ann Lee", "speech"), ("It is bad,", "Tom Ray", "speech")]
    )
    page = write_report(art, tmp_path / "report", tables={"quotes": quotes, "speakers": speakers})

    shot = tmp_path / "shot.png"
    chromium(page, tmp_path, f"--screenshot={shot}", "--window-size=1200,2000")
    data = shot.read_bytes()
    assert data[:8] == b"\x89PNG\r\n\x1a\n"
    assert struct.unpack(">II", data[16:24]) == (1200, 2000)
    assert len(data) > 20_000  # text and coloured marks, not a blank page

    dom = chromium(page, tmp_path, "--dump-dom").stdout
    assert f"<title>{TITLE}</title>" in dom  # the article's script did not run
    assert "pwned</title>" not in dom
    assert "&lt;script&gt;document.title='pwned'&lt;/script&gt;" in dom
    assert len(re.findall(r'<mark class="quote s\d"', dom)) == 2
    assert '<mark class="quote s1" title="Tom Ray">It is bad,</mark>' in dom
