"""The HTML report: one self-contained page per article and an index page for a corpus.

A page shows the story block by block with every quote highlighted in its speaker's
colour (a legend names them), a speaker panel (quotes, words, gender, description) and the
charts embedded as PNG data URIs, so the file opens anywhere with nothing beside it. All
text from the article is escaped with :func:`html.escape`; the page carries no script and
a Content-Security-Policy that forbids any, so a ``<script>`` in an article is shown as
text.

Examples
--------
>>> from analysis import article_from_text
>>> art = article_from_text('Storm hits town\\n\\n"Go home now," the mayor, Ann Lee, said on Monday.')
>>> quotes = pd.DataFrame({"start": [18], "end": [30], "speaker": ["Ann Lee"], "kind": ["speech"]})
>>> page = report_html(art, tables={"quotes": quotes})
>>> '<mark class="quote s0" title="Ann Lee">Go home now,</mark>' in page
True
"""

from __future__ import annotations

import base64
import html
import logging
import os
import urllib.parse
from collections.abc import Iterable, Mapping, Sequence
from pathlib import Path
from typing import Any

import pandas as pd

from .types import Article

logger = logging.getLogger(__name__)

#: Speaker colours, light enough to read black text on (Tableau 10 palette, lightened;
#: Tableau's palette colours are free to use). The eleventh speaker reuses the first.
SPEAKER_COLOURS: tuple[str, ...] = (
    "#aec7e8",
    "#ffbb78",
    "#98df8a",
    "#ff9896",
    "#c5b0d5",
    "#c49c94",
    "#f7b6d2",
    "#dbdb8d",
    "#9edae5",
    "#d9d9d9",
)
#: Colour of quotes whose speaker is unknown or unnamed.
UNKNOWN_COLOUR = "#eeeeee"
#: HTML element for each block label ("deck": a title block after the headline, a standfirst).
BLOCK_TAGS: dict[str, str] = {
    "title": "h1",
    "deck": "p",
    "heading": "h2",
    "dateline": "p",
    "caption": "p",
    "body": "p",
    "credit": "p",
    "boilerplate": "p",
}
#: Columns of the speaker panel: (speakers-table column, heading).
SPEAKER_PANEL: tuple[tuple[str, str], ...] = (
    ("speaker", "Speaker"),
    ("gender", "Gender"),
    ("n_quotes", "Quotes"),
    ("n_words", "Words"),
    ("share_of_quoted_words", "Share of quoted words"),
    ("description", "Description"),
)
#: No script, no remote resource: only inline styles and data-URI images.
CSP = "default-src 'none'; img-src data:; style-src 'unsafe-inline'"
_CSS = """
body{font:16px/1.5 Georgia,serif;max-width:60em;margin:2em auto;padding:0 1em;color:#222}
h1{font-size:1.6em}h2{font-size:1.2em}
.block-boilerplate,.block-credit{color:#888;font-size:.85em}
.block-caption{font-style:italic;color:#555}.dup{opacity:.5}
.dateline{font-weight:bold}
mark.quote{padding:0 .1em;border-radius:.2em}
mark.phrase{background:none;border-bottom:1px dotted #666}
.mention{border-bottom:2px solid #333}
.legend span{display:inline-block;margin:0 .8em .3em 0;padding:0 .4em;border-radius:.2em}
table{border-collapse:collapse;font:14px sans-serif}
td,th{border:1px solid #ccc;padding:.2em .5em;text-align:left;vertical-align:top}
figure{margin:1em 0}figure img{max-width:100%}
.story p,.story h1,.story h2{white-space:pre-wrap}
"""


def report_html(
    article: Article,
    *,
    tables: Mapping[str, pd.DataFrame] | None = None,
    charts: Mapping[str, bytes] | None = None,
) -> str:
    """One self-contained HTML page for ``article``.

    Parameters
    ----------
    article
        The article; its text is always escaped.
    tables
        Its tables by name (``quotes``, ``speakers``, ``sentences``, ``sentiment``); the
        quotes and speakers are computed when not given.
    charts
        PNG bytes by chart name, embedded as data URIs.

    Returns
    -------
    str
        The page.
    """
    tables = dict(tables) if tables is not None else _tables(article)
    sentences = tables.get("sentences")
    sentiment = tables.get("sentiment")
    mean = None
    if sentiment is not None and "compound" in sentiment and len(sentiment):
        mean = float(sentiment["compound"].mean())
    return page_html(
        article,
        quotes=records(tables.get("quotes")),
        speakers=records(tables.get("speakers")),
        n_sentences=len(sentences) if sentences is not None else None,
        mean_compound=mean,
        charts=charts,
    )


def page_html(
    article: Article,
    *,
    quotes: Sequence[Mapping[str, Any]] = (),
    speakers: Sequence[Mapping[str, Any]] = (),
    n_sentences: int | None = None,
    mean_compound: float | None = None,
    charts: Mapping[str, bytes] | None = None,
) -> str:
    """:func:`report_html` from rows already turned into records (the corpus runner's path)."""
    colours = speaker_colours(_speaker_order(quotes, speakers))
    title = article.title or article.article_id
    parts = [
        "<!DOCTYPE html>",
        '<html lang="en"><head><meta charset="utf-8">',
        f'<meta http-equiv="Content-Security-Policy" content="{CSP}">',
        f"<title>{_e(title)}</title>",
        f"<style>{_CSS}{_colour_css(colours)}</style></head><body>",
        f'<p><a href="index.html">Index</a> · article <code>{_e(article.article_id)}</code></p>',
        _legend(colours, quotes),
        f'<article class="story">{story_html(article, quotes, colours)}</article>',
        _speaker_panel(speakers),
        _facts(n_sentences, len(quotes), mean_compound),
        _charts(charts or {}),
        "</body></html>",
    ]
    return "\n".join(p for p in parts if p)


def records(df: pd.DataFrame | Sequence[Mapping[str, Any]] | None) -> list[dict[str, Any]]:
    """Rows of a frame as dicts (missing values as None); a list of dicts passes through.

    >>> records(pd.DataFrame({"a": [1, None]}))
    [{'a': 1.0}, {'a': None}]
    """
    if df is None:
        return []
    if isinstance(df, pd.DataFrame):
        return [
            {str(k): (None if _missing(v) else v) for k, v in rec.items()}
            for rec in df.to_dict("records")
        ]
    return [dict(r) for r in df]


def _missing(value: Any) -> bool:
    return value is None or (not isinstance(value, str) and bool(pd.isna(value)))


def story_html(
    article: Article,
    quotes: pd.DataFrame | Sequence[Mapping[str, Any]],
    colours: Mapping[str, str],
) -> str:
    """The article's blocks as HTML, quotes wrapped in ``<mark class="quote sN">``.

    >>> from analysis import article_from_text
    >>> art = article_from_text("Bridge opens\\n\\nThe bridge <b> & 'x' opened on Monday.")
    >>> print(story_html(art, pd.DataFrame(), {}))
    <h1 class="block-title">Bridge opens</h1>
    <p class="block-body">The bridge &lt;b&gt; &amp; &#x27;x&#x27; opened on Monday.</p>
    >>> art = article_from_text("Share\\n\\nBridge opens at last in Millbrook\\n\\nIt took ten years and more.\\n\\nBy Ann Lee\\n\\n"
    ...                         "The bridge opened on Monday. Crowds came.\\n\\nIt cost $9m in all.")
    >>> print(story_html(art, pd.DataFrame(), {}).splitlines()[1:3])
    ['<h1 class="block-title">Bridge opens at last in Millbrook</h1>', '<p class="block-deck">It took ten years and more.</p>']
    """
    spans = _spans(records(quotes), list(colours))
    out = []
    paragraphs: dict[int, list[Any]] = {}
    for block in article.blocks:
        paragraphs.setdefault(block.paragraph_id, []).append(block)
    titled = False
    for blocks in paragraphs.values():
        labels = [b.label for b in blocks]
        main = next((x for x in ("title", "heading") if x in labels), labels[-1])
        if main == "title":
            main, titled = ("deck" if titled else "title"), True  # a standfirst after the headline
        inner = []
        for b in blocks:
            text = _marked(article.text, b.start, b.end, spans)
            cls = "dateline" if b.label == "dateline" else ""
            cls += " dup" if b.duplicate else ""
            inner.append(f'<span class="{cls.strip()}">{text}</span>' if cls else text)
        tag = BLOCK_TAGS.get(main, "p")
        out.append(f'<{tag} class="block-{main}">{" ".join(inner)}</{tag}>')
    return "\n".join(out)


def speaker_colours(speakers: Iterable[str]) -> dict[str, str]:
    """Colour of each speaker, in order, cycling through :data:`SPEAKER_COLOURS`.

    >>> speaker_colours(["A", "B"])
    {'A': '#aec7e8', 'B': '#ffbb78'}
    """
    return {s: SPEAKER_COLOURS[i % len(SPEAKER_COLOURS)] for i, s in enumerate(speakers)}


def write_report(
    article: Article,
    folder: str | os.PathLike[str],
    *,
    tables: Mapping[str, pd.DataFrame] | None = None,
    charts: Mapping[str, bytes] | None = None,
) -> Path:
    """Write the page of ``article`` to ``folder/<article_id>.html``; return its path."""
    from .pipeline import safe_name

    path = Path(folder) / f"{safe_name(article.article_id)}.html"
    path.parent.mkdir(parents=True, exist_ok=True)
    path.write_text(report_html(article, tables=tables, charts=charts), encoding="utf-8")
    return path


def index_html(
    articles: pd.DataFrame,
    *,
    quotes: pd.DataFrame | None = None,
    errors: pd.DataFrame | None = None,
    pages: Iterable[str] = (),
) -> str:
    """The corpus index: one row per article (title, words, quotes, speakers) and the errors.

    >>> arts = pd.DataFrame({"article_id": ["a"], "title": ["<T>"], "n_body_words": [3]})
    >>> "&lt;T&gt;" in index_html(arts, pages=["a"])
    True
    """
    from .pipeline import safe_name

    pages = set(pages)
    n_quotes: Mapping[Any, int] = {}
    n_speakers: Mapping[Any, int] = {}
    if quotes is not None and len(quotes):
        n_quotes = quotes.groupby("article_id").size().to_dict()
        named = quotes.dropna(subset=["speaker"]) if "speaker" in quotes else quotes.iloc[:0]
        n_speakers = named.groupby("article_id")["speaker"].nunique().to_dict()
    rows = []
    for rec in articles.itertuples(index=False):
        aid = str(rec.article_id)
        name = safe_name(aid)
        link = (
            f'<a href="{urllib.parse.quote(name)}.html">{_e(aid)}</a>' if name in pages else _e(aid)
        )
        title = getattr(rec, "title", None)
        words = getattr(rec, "n_body_words", None)
        rows.append(
            f"<tr><td>{link}</td><td>{_e(title if isinstance(title, str) else '')}</td>"
            f"<td>{_e(_num(words))}</td><td>{n_quotes.get(aid, 0)}</td>"
            f"<td>{n_speakers.get(aid, 0)}</td></tr>"
        )
    parts = [
        "<!DOCTYPE html>",
        '<html lang="en"><head><meta charset="utf-8">',
        f'<meta http-equiv="Content-Security-Policy" content="{CSP}">',
        f"<title>Corpus report</title><style>{_CSS}</style></head><body>",
        f"<h1>Corpus report</h1><p>{len(articles)} articles.</p>",
        "<table><tr><th>Article</th><th>Title</th><th>Body words</th><th>Quotes</th>"
        "<th>Named speakers</th></tr>",
        *rows,
        "</table>",
        _errors(errors),
        "</body></html>",
    ]
    return "\n".join(p for p in parts if p)


def write_index(out: str | os.PathLike[str]) -> Path:
    """Write ``out/report/index.html`` from the tables a run wrote under ``out``."""
    from .pipeline import read_table

    folder = Path(out) / "report"
    folder.mkdir(parents=True, exist_ok=True)
    pages = [p.stem for p in folder.glob("*.html") if p.name != "index.html"]
    page = index_html(
        read_table(out, "articles", columns=["article_id", "title", "n_body_words"]),
        quotes=read_table(out, "quotes", columns=["article_id", "speaker"]),
        errors=read_table(out, "errors"),
        pages=pages,
    )
    path = folder / "index.html"
    path.write_text(page, encoding="utf-8")
    return path


# --------------------------------------------------------------------------- helpers


def _e(value: Any) -> str:
    return html.escape(str(value), quote=True)


def _num(value: Any) -> str:
    return "" if _missing(value) else str(value)


def _tables(article: Article) -> dict[str, pd.DataFrame]:
    from .quotes import quote_table
    from .speakers import speaker_table

    return {"quotes": quote_table(article), "speakers": speaker_table(article)}


def _speaker_order(
    quotes: Sequence[Mapping[str, Any]], speakers: Sequence[Mapping[str, Any]]
) -> list[str]:
    names: list[str] = []
    for rows in (speakers, quotes):
        for rec in rows:
            name = rec.get("speaker")
            if isinstance(name, str) and name and name not in names:
                names.append(name)
    return names


def _colour_css(colours: Mapping[str, str]) -> str:
    rules = [f".s{i}{{background:{c}}}" for i, c in enumerate(colours.values())]
    rules.append(f".s-unknown{{background:{UNKNOWN_COLOUR}}}")
    return "\n".join(rules)


def _spans(
    quotes: Sequence[Mapping[str, Any]], speakers: list[str]
) -> list[tuple[int, int, str, str]]:
    """Non-overlapping (start, end, open tag, close tag) of quotes then speaker mentions."""
    index = {s: i for i, s in enumerate(speakers)}
    raw: list[tuple[int, int, str, str]] = []
    for rec in quotes:
        speaker = rec.get("speaker")
        speaker = speaker if isinstance(speaker, str) and speaker else None
        kind = rec.get("kind")
        cls = f"s{index[speaker]}" if speaker in index else "s-unknown"
        if isinstance(kind, str) and kind == "phrase":
            cls = "phrase"
        tip = speaker or (rec.get("speaker_mention") or "unknown speaker")
        open_tag = f'<mark class="quote {cls}" title="{_e(tip)}">'
        if _valid(rec.get("start"), rec.get("end")):
            raw.append((int(rec["start"]), int(rec["end"]), open_tag, "</mark>"))
        if _valid(rec.get("speaker_start"), rec.get("speaker_end")):
            mention = f'<span class="mention" title="{_e(tip)}">'
            raw.append((int(rec["speaker_start"]), int(rec["speaker_end"]), mention, "</span>"))
    taken: list[tuple[int, int, str, str]] = []
    for span in sorted(raw, key=lambda s: (s[0], -s[1])):
        if span[1] > span[0] and (not taken or span[0] >= taken[-1][1]):
            taken.append(span)
    return taken


def _valid(start: Any, end: Any) -> bool:
    return not _missing(start) and not _missing(end)


def _marked(text: str, start: int, end: int, spans: list[tuple[int, int, str, str]]) -> str:
    """Escaped ``text[start:end]`` with the spans inside it wrapped (clipped to the block)."""
    out, pos = [], start
    for s, e, open_tag, close_tag in spans:
        if e <= start or s >= end:
            continue
        s, e = max(s, start), min(e, end)
        if s < pos:
            continue
        out.append(_e(text[pos:s]))
        out.append(f"{open_tag}{_e(text[s:e])}{close_tag}")
        pos = e
    out.append(_e(text[pos:end]))
    return "".join(out)


def _legend(colours: Mapping[str, str], quotes: Sequence[Mapping[str, Any]]) -> str:
    if not quotes:
        return '<p class="legend">No quotes found.</p>'
    items = [f'<span class="s{i}">{_e(name)}</span>' for i, name in enumerate(colours)]
    items.append('<span class="s-unknown">unknown or unnamed speaker</span>')
    items.append('<span><mark class="quote phrase">phrase (no speaker)</mark></span>')
    return f'<p class="legend"><b>Speakers:</b> {"".join(items)}</p>'


def _speaker_panel(speakers: Sequence[Mapping[str, Any]]) -> str:
    if not speakers:
        return ""
    cols = [(c, h) for c, h in SPEAKER_PANEL if c in speakers[0]]
    head = "".join(f"<th>{_e(h)}</th>" for _, h in cols)
    rows = []
    for rec in speakers:
        cells = []
        for c, _ in cols:
            value = rec[c]
            if c == "share_of_quoted_words" and not _missing(value):
                value = f"{float(value):.0%}"
            cells.append(f"<td>{_e(_num(value))}</td>")
        rows.append(f"<tr>{''.join(cells)}</tr>")
    return f'<h2>Speakers</h2><table class="speakers"><tr>{head}</tr>{"".join(rows)}</table>'


def _facts(n_sentences: int | None, n_quotes: int, mean_compound: float | None) -> str:
    facts = [f"{n_sentences} sentences"] if n_sentences is not None else []
    facts.append(f"{n_quotes} quotes")
    if mean_compound is not None:
        facts.append(f"mean sentiment (VADER compound) {mean_compound:+.3f}")
    return f"<p>{_e(', '.join(facts))}.</p>"


def _charts(charts: Mapping[str, bytes]) -> str:
    figures = []
    for name, png in charts.items():
        uri = "data:image/png;base64," + base64.b64encode(png).decode("ascii")
        label = _e(name.replace("_", " "))
        figures.append(
            f'<figure><img src="{uri}" alt="{label}"><figcaption>{label}</figcaption></figure>'
        )
    return "<h2>Charts</h2>" + "".join(figures) if figures else ""


def _errors(errors: pd.DataFrame | None) -> str:
    if errors is None or errors.empty:
        return ""
    rows = "".join(
        f"<tr><td>{_e(_num(r.get('source')))}</td><td>{_e(r.get('stage'))}</td>"
        f"<td>{_e(r.get('error'))}</td><td>{_e(r.get('message'))}</td></tr>"
        for r in errors.to_dict("records")
    )
    return (
        f"<h2>Errors ({len(errors)})</h2><table><tr><th>Source</th><th>Stage</th>"
        f"<th>Error</th><th>Message</th></tr>{rows}</table>"
    )
