"""Charts of finished tables, and :func:`save_figure` to export them with editable text.

Every chart takes a table made by an analysis helper (counting happens there, not here),
keyword-only options and ``ax=None``; it draws on ``ax`` (a new figure when None), returns
the Axes and never shows or saves anything. An empty table gives an empty chart that says
so. Style is applied inside :func:`matplotlib.pyplot.rc_context`, never globally.

Examples
--------
>>> from analysis import schema
>>> speakers = schema.frame("speakers", {"article_id": ["a", "a"], "speaker": ["Ann Lee", "Bo Ma"],
...     "gender": ["female", "male"], "n_quotes": [3, 1], "n_words": [60, 20],
...     "share_of_quoted_words": [0.75, 0.25], "first_quote_start": [10, 90]})
>>> ax = speaker_share_chart(speakers)
>>> [float(bar.get_width()) for bar in ax.patches]
[60.0, 20.0]
>>> [label.get_text() for label in ax.get_yticklabels()]
['Ann Lee', 'Bo Ma']
"""

from __future__ import annotations

import logging
import os
from collections.abc import Hashable, Iterable, Mapping, Sequence
from pathlib import Path
from types import MappingProxyType
from typing import TYPE_CHECKING, Any, Literal

import pandas as pd

from .schema import GENDERS

if TYPE_CHECKING:
    from matplotlib.axes import Axes
    from matplotlib.figure import Figure

logger = logging.getLogger(__name__)

#: Okabe-Ito colour-blind-safe palette, black moved last. Source: M. Okabe and K. Ito (2008),
#: "Color Universal Design (CUD): how to make figures and presentations that are friendly to
#: colorblind people", https://jfly.uni-koeln.de/color/ (free to use).
PALETTE: tuple[str, ...] = (
    "#0072B2",  # blue
    "#E69F00",  # orange
    "#009E73",  # bluish green
    "#CC79A7",  # reddish purple
    "#56B4E9",  # sky blue
    "#D55E00",  # vermillion
    "#F0E442",  # yellow
    "#000000",  # black
)
#: Neutral grey for "unknown" and reference lines (not part of Okabe-Ito; a plain grey).
GREY = "#999999"
#: Colour of each gender in :data:`analysis.schema.GENDERS` (orange/sky blue stay apart
#: under every common colour-vision deficiency).
GENDER_COLOURS: Mapping[str, str] = MappingProxyType(
    {"female": PALETTE[1], "male": PALETTE[4], "unknown": GREY}
)
#: Colours of the two directions of a keyness chart: over-used in the target, in the reference.
DIRECTION_COLOURS: tuple[str, str] = (PALETTE[5], PALETTE[0])
#: Keyness scores that carry no sign; the ``direction`` column gives it.
UNSIGNED_SCORES: frozenset[str] = frozenset({"g2", "p_value"})
#: Colours of negative, neutral and positive mean sentiment.
SENTIMENT_COLOURS: Mapping[str, str] = MappingProxyType(
    {"negative": PALETTE[5], "neutral": GREY, "positive": PALETTE[2]}
)
#: VADER's usual bands: compound >= 0.05 positive, <= -0.05 negative, else neutral
#: (Hutto and Gilbert 2014; the vaderSentiment README).
NEUTRAL_BAND = 0.05
#: Marker shapes paired with colours, so speakers stay apart in greyscale too.
MARKERS: tuple[str, ...] = ("o", "s", "^", "D", "v", "P", "X", "*")
#: Readable names of the values of known grouping columns.
GROUP_LABELS: Mapping[str, Mapping[Hashable, str]] = MappingProxyType(
    {"in_quote": MappingProxyType({False: "narration", True: "quotes"})}
)
#: Axis titles of known columns; other columns are shown with spaces for underscores.
AXIS_NAMES: Mapping[str, str] = MappingProxyType(
    {
        "n": "occurrences",
        "n_words": "words quoted",
        "n_quotes": "quotes",
        "share_of_quoted_words": "share of quoted words",
        "rel_freq": "relative frequency",
        "z": "log-odds z-score",
        "log_odds": "weighted log-odds",
        "g2": "log-likelihood G2",
        "compound": "VADER compound",
        "mean_compound": "mean VADER compound",
    }
)
#: Stacked bar charts keep room for at least this many bars, so one bar is not a wall.
MIN_BAR_SLOTS = 3
#: Tick labels longer than this are cut with an ellipsis.
MAX_LABEL_CHARS = 28
#: Label of quotes whose speaker the text does not name.
UNNAMED_SPEAKER = "unnamed speaker"
#: Shared look of every chart, applied with ``plt.rc_context``.
STYLE: Mapping[str, Any] = MappingProxyType(
    {
        "axes.spines.top": False,
        "axes.spines.right": False,
        "axes.titlesize": 12,
        "axes.titleweight": "bold",
        "axes.labelsize": 10,
        "xtick.labelsize": 9,
        "ytick.labelsize": 9,
        "legend.fontsize": 9,
        "legend.frameon": False,
        "figure.constrained_layout.use": True,
    }
)
#: Text settings that keep exported text editable: SVG text as <text>, PDF fonts as TrueType.
EDITABLE_TEXT: Mapping[str, Any] = MappingProxyType({"svg.fonttype": "none", "pdf.fonttype": 42})

SpeakerValue = Literal["n_words", "share_of_quoted_words", "n_quotes"]


def top_terms_chart(
    terms: pd.DataFrame, *, top: int = 20, value: str = "n", ax: Axes | None = None
) -> Axes:
    """Horizontal bars of the most frequent terms of a :func:`analysis.term_table` frame.

    Parameters
    ----------
    terms
        One row per term, with columns ``term`` and ``value``.
    top
        How many terms to show, most frequent at the top.
    value
        Column giving the bar length: ``"n"`` (counts) or a relative-frequency column.
    ax
        Axes to draw on; a new figure when None.

    Returns
    -------
    matplotlib.axes.Axes

    Raises
    ------
    ValueError
        When columns are missing or a term appears twice (a grouped table: pick one group,
        or use :func:`term_comparison_chart`).

    Examples
    --------
    >>> terms = pd.DataFrame({"term": ["war", "belarus"], "n": [3, 5]})
    >>> ax = top_terms_chart(terms)
    >>> [label.get_text() for label in ax.get_yticklabels()], [float(p.get_width()) for p in ax.patches]
    (['belarus', 'war'], [5.0, 3.0])
    """
    plt = _pyplot()
    _check_top(top)
    title = "Top terms"
    with plt.rc_context(dict(STYLE)):
        if terms.empty:
            return _empty(ax, title, "No terms to show: the term table is empty.")
        _require(terms, ("term", value), "top_terms_chart", "analysis.term_table(...)")
        if terms["term"].duplicated().any():
            raise ValueError(
                "top_terms_chart needs one row per term; this table repeats terms (made with "
                "`by=`?): select one group first, or use term_comparison_chart"
            )
        rows = terms.sort_values(value, ascending=False, kind="stable").head(top)
        ax = _axes(ax, rows=len(rows))
        bars = ax.barh(range(len(rows)), rows[value].astype(float).tolist(), color=PALETTE[0])
        _set_ticks(ax, "y", rows["term"])
        ax.invert_yaxis()
        ax.bar_label(bars, labels=[_number(v) for v in rows[value]], padding=2, fontsize=8)
        ax.set_xlabel(_axis_name(value))
        ax.set_ylabel("term")
        ax.set_title(title)
        ax.margins(x=0.12)
    return ax


def term_comparison_chart(
    terms: pd.DataFrame,
    *,
    by: str = "in_quote",
    groups: tuple[Hashable, Hashable] | None = None,
    top: int = 15,
    value: str = "rel_freq",
    ax: Axes | None = None,
) -> Axes:
    """Back-to-back bars comparing two groups of a grouped :func:`analysis.term_table` frame.

    The first group's bars extend left, the second group's right; the terms shown are the
    ``top`` terms with the largest sum of ``value`` over both groups. The default
    ``rel_freq`` compares groups of different sizes fairly; ``value="n"`` shows counts.

    Parameters
    ----------
    terms
        One row per (group, term) with columns ``by``, ``term`` and ``value``.
    by
        The grouping column, ``in_quote`` by default (narration left, quotes right).
    groups
        The two group values, left then right; by default ``(False, True)`` for a boolean
        column, else the two values of ``by`` in sorted order.
    top
        Number of terms.
    value
        Column giving the bar length.
    ax
        Axes to draw on; a new figure when None.

    Returns
    -------
    matplotlib.axes.Axes

    Examples
    --------
    >>> terms = pd.DataFrame({"in_quote": [False, False, True], "term": ["war", "army", "war"],
    ...                       "n": [4, 2, 3], "rel_freq": [0.4, 0.2, 0.3]})
    >>> ax = term_comparison_chart(terms)
    >>> [[float(p.get_width()) for p in bars] for bars in ax.containers]
    [[-0.4, -0.2], [0.3, 0.0]]
    """
    plt = _pyplot()
    _check_top(top)
    title = f"Terms by {by}" if by != "in_quote" else "Terms in quotes and in narration"
    with plt.rc_context(dict(STYLE)):
        if terms.empty:
            return _empty(ax, title, "No terms to compare: the term table is empty.")
        _require(terms, (by, "term", value), "term_comparison_chart", "analysis.term_table(by=...)")
        left, right = groups if groups is not None else _two_groups(terms[by])
        if terms.duplicated([by, "term"]).any():
            raise ValueError(
                f"term_comparison_chart needs one row per ({by}, term); this table repeats "
                "pairs (grouped by more columns?): select rows first"
            )
        wide = terms.pivot(index="term", columns=by, values=value)
        wide = wide.reindex(columns=[left, right]).astype(float).fillna(0.0)
        order = wide.sum(axis=1).sort_values(ascending=False, kind="stable").index[:top]
        wide = wide.loc[order]
        ax = _axes(ax, rows=len(wide))
        y = range(len(wide))
        names = (_group_name(by, left), _group_name(by, right))
        ax.barh(y, (-wide[left]).tolist(), color=PALETTE[0], label=names[0])
        ax.barh(y, wide[right].tolist(), color=PALETTE[1], label=names[1])
        _set_ticks(ax, "y", wide.index)
        ax.invert_yaxis()
        ax.axvline(0, color="black", linewidth=0.8)
        ax.xaxis.set_major_formatter(_absolute_formatter())
        ax.set_xlabel(f"{_axis_name(value)}  (← {names[0]} | {names[1]} →)")
        ax.set_ylabel("term")
        ax.set_title(title)
        ax.legend(loc="lower right")
    return ax


def keyness_chart(
    keyness_df: pd.DataFrame,
    *,
    top: int = 15,
    value: str = "z",
    labels: tuple[str, str] = ("target", "reference"),
    ax: Axes | None = None,
) -> Axes:
    """Bars of the terms that most distinguish a target from its reference (:func:`analysis.keyness`).

    Shows the ``top`` terms over-used in the target (largest positive values) and the
    ``top`` over-used in the reference (most negative), in two colours. A score without a
    sign (``g2``) is drawn negative for terms whose ``direction`` is ``"reference"``.

    Parameters
    ----------
    keyness_df
        One row per term with columns ``term`` and ``value``.
    top
        Terms shown in each direction.
    value
        Score column: the log-odds z-score ``"z"`` by default, ``"log_odds"`` or ``"g2"``.
    labels
        Names of the target and the reference for the legend.
    ax
        Axes to draw on; a new figure when None.

    Returns
    -------
    matplotlib.axes.Axes

    Examples
    --------
    >>> scores = pd.DataFrame({"term": ["war", "we", "said"], "z": [-2.5, 3.1, 0.4]})
    >>> ax = keyness_chart(scores, top=1)
    >>> [label.get_text() for label in ax.get_yticklabels()], [float(p.get_width()) for p in ax.patches]
    (['we', 'war'], [3.1, -2.5])
    """
    plt = _pyplot()
    _check_top(top)
    title = "Keyness"
    with plt.rc_context(dict(STYLE)):
        if keyness_df.empty:
            return _empty(ax, title, "No keyness scores: the table is empty.")
        _require(keyness_df, ("term", value), "keyness_chart", "analysis.keyness(...)")
        scores = pd.DataFrame(
            {"term": keyness_df["term"].to_numpy(), "v": _signed(keyness_df, value).to_numpy()}
        )
        scores = scores.dropna().sort_values("v", ascending=False, kind="stable")
        rows = pd.concat([scores[scores["v"] > 0].head(top), scores[scores["v"] < 0].tail(top)])
        ax = _axes(ax, rows=len(rows))
        colours = [DIRECTION_COLOURS[0] if v > 0 else DIRECTION_COLOURS[1] for v in rows["v"]]
        ax.barh(range(len(rows)), rows["v"].tolist(), color=colours)
        _set_ticks(ax, "y", rows["term"])
        ax.invert_yaxis()
        ax.axvline(0, color="black", linewidth=0.8)
        ax.legend(
            handles=_legend_patches(dict(zip(_more_in(labels), DIRECTION_COLOURS, strict=True))),
            loc="lower right",
        )
        signed = " (signed by direction)" if value in UNSIGNED_SCORES else ""
        ax.set_xlabel(_axis_name(value) + signed)
        ax.set_ylabel("term")
        ax.set_title(f"{title}: {labels[0]} vs {labels[1]}")
    return ax


def speaker_share_chart(
    speakers: pd.DataFrame,
    *,
    top: int = 10,
    value: SpeakerValue = "n_words",
    ax: Axes | None = None,
) -> Axes:
    """Share of voice: one bar per speaker of a :func:`analysis.speaker_table`, coloured by gender.

    Bars are labelled with the words and quotes of each speaker. In a corpus table a
    speaker's article id is added to the label.

    Parameters
    ----------
    speakers
        Speaker table: ``speaker``, ``gender``, ``n_quotes``, ``n_words``,
        ``share_of_quoted_words`` (and ``article_id``).
    top
        How many speakers, largest first.
    value
        Bar length: ``"n_words"``, ``"share_of_quoted_words"`` or ``"n_quotes"``.
    ax
        Axes to draw on; a new figure when None.

    Returns
    -------
    matplotlib.axes.Axes

    Examples
    --------
    >>> speakers = pd.DataFrame({"speaker": ["Ann Lee"], "gender": ["female"], "n_quotes": [3],
    ...                          "n_words": [60], "share_of_quoted_words": [1.0]})
    >>> ax = speaker_share_chart(speakers)
    >>> [t.get_text() for t in ax.texts]
    ['60 words · 3 quotes']
    """
    plt = _pyplot()
    _check_top(top)
    _check_choice("value", value, ("n_words", "share_of_quoted_words", "n_quotes"))
    title = "Share of voice"
    with plt.rc_context(dict(STYLE)):
        if speakers.empty:
            return _empty(ax, title, "No quoted speakers in this table.")
        needed = ("speaker", "gender", "n_quotes", "n_words", value)
        _require(speakers, needed, "speaker_share_chart", "analysis.speaker_table(...)")
        rows = speakers.sort_values(value, ascending=False, kind="stable").head(top)
        genders = rows["gender"].astype("string").fillna("unknown")
        ax = _axes(ax, rows=len(rows))
        bars = ax.barh(
            range(len(rows)),
            rows[value].astype(float).tolist(),
            color=[GENDER_COLOURS.get(g, GREY) for g in genders],
        )
        _set_ticks(ax, "y", _speaker_labels(rows))
        ax.invert_yaxis()
        ax.bar_label(bars, labels=_share_labels(rows, value), padding=2, fontsize=8)
        present = [g for g in GENDER_COLOURS if g in set(genders)]
        ax.legend(
            handles=_legend_patches({g: GENDER_COLOURS[g] for g in present}),
            title="gender",
            loc="lower right",
        )
        if value == "share_of_quoted_words":
            ax.xaxis.set_major_formatter(_percent_formatter())
        ax.set_xlabel(_axis_name(value))
        ax.set_ylabel("speaker")
        ax.set_title(title)
        ax.margins(x=0.3)
    return ax


def sentiment_arc_chart(
    sentiment: pd.DataFrame,
    *,
    quotes: pd.DataFrame | None = None,
    kinds: tuple[str, ...] = ("speech", "partial"),
    ax: Axes | None = None,
) -> Axes:
    """Sentiment over the course of one article, with its quotes marked by speaker.

    The line joins each sentence's VADER compound score (y) at its position ``sentence_id``
    (x). Each quote is a marker at the sentence holding its start, at the quote's own
    compound score when ``quotes`` has one, else at the sentence's; one colour and shape
    per speaker.

    Parameters
    ----------
    sentiment
        Per-sentence :func:`analysis.sentiment_table` of one article: ``sentence_id``,
        ``start``, ``compound``.
    quotes
        Optional quote table (ideally scored with ``sentiment_table``): ``start``,
        ``speaker`` and optionally ``compound`` and ``kind``; with ``article_id``, only the
        quotes of the sentences' article are marked (a corpus quote table is fine).
    kinds
        Quote kinds to mark when ``quotes`` has a ``kind`` column (scare quotes are left out).
    ax
        Axes to draw on; a new figure when None.

    Returns
    -------
    matplotlib.axes.Axes

    Raises
    ------
    ValueError
        When the table holds more than one article: select one first.

    Examples
    --------
    >>> sentences = pd.DataFrame({"sentence_id": [0, 1, 2], "start": [0, 20, 40],
    ...                           "compound": [0.0, -0.6, 0.3]})
    >>> quotes = pd.DataFrame({"start": [45], "speaker": ["Ann Lee"], "compound": [0.5]})
    >>> ax = sentiment_arc_chart(sentences, quotes=quotes)
    >>> ax.lines[0].get_xydata().tolist(), ax.collections[-1].get_offsets().tolist()
    ([[0.0, 0.0], [1.0, -0.6], [2.0, 0.3]], [[2.0, 0.5]])
    """
    plt = _pyplot()
    title = "Sentiment through the article"
    with plt.rc_context(dict(STYLE)):
        if sentiment.empty:
            return _empty(ax, title, "No sentences with sentiment scores.")
        _require(sentiment, ("start", "compound"), "sentiment_arc_chart", "sentiment_table(...)")
        _check_one_article(sentiment, "sentiment_arc_chart")
        ordered = sentiment.dropna(subset=["start"]).sort_values("start", kind="stable")
        if ordered.empty:
            return _empty(ax, title, "No sentence offsets (start) to place the scores.")
        x = ordered["sentence_id"] if "sentence_id" in ordered else pd.RangeIndex(len(ordered))
        arc = pd.DataFrame(
            {
                "start": ordered["start"].astype("int64").to_numpy(),
                "x": pd.Series(x).astype(float).to_numpy(),
                "y": ordered["compound"].astype(float).to_numpy(),
            }
        )
        ax = _axes(ax, rows=0)
        ax.plot(arc["x"], arc["y"], color="0.35", marker="o", markersize=3, label="sentences")
        ax.axhspan(-NEUTRAL_BAND, NEUTRAL_BAND, color=GREY, alpha=0.15, linewidth=0, zorder=0)
        ax.axhline(0, color=GREY, linewidth=0.8, zorder=0)
        if quotes is not None and not quotes.empty:
            _mark_quotes(ax, arc, _same_article(quotes, ordered), kinds)
        ax.set_ylim(-1.05, 1.05)
        ax.set_xlabel("sentence position (sentence_id)")
        ax.set_ylabel("VADER compound")
        ax.set_title(title)
        ax.legend(loc="upper left", bbox_to_anchor=(1.0, 1.0))
    return ax


def speaker_sentiment_chart(
    summary: pd.DataFrame,
    *,
    value: str = "mean_compound",
    count: str = "n",
    ax: Axes | None = None,
) -> Axes:
    """Mean sentiment per speaker from :func:`analysis.sentiment_summary`, with counts.

    Bars are coloured negative (<= -0.05), neutral or positive (>= 0.05) and labelled with
    the mean and the number of scored quotes.

    Parameters
    ----------
    summary
        One row per speaker: ``speaker``, ``value`` and ``count``.
    value
        Column with the mean compound score.
    count
        Column with the number of scored rows behind each mean.
    ax
        Axes to draw on; a new figure when None.

    Returns
    -------
    matplotlib.axes.Axes

    Examples
    --------
    >>> summary = pd.DataFrame({"speaker": ["Ann Lee", "Bo Ma"], "mean_compound": [-0.4, 0.2],
    ...                         "n": [3, 1]})
    >>> ax = speaker_sentiment_chart(summary)
    >>> [float(p.get_width()) for p in ax.patches], [t.get_text() for t in ax.texts]
    ([0.2, -0.4], ['+0.20 (n=1)', '-0.40 (n=3)'])
    """
    plt = _pyplot()
    title = "Mean sentiment of each speaker's quotes"
    with plt.rc_context(dict(STYLE)):
        if summary.empty:
            return _empty(ax, title, "No speakers with sentiment scores.")
        _require(summary, ("speaker", value, count), "speaker_sentiment_chart", "sentiment_summary")
        rows = summary.dropna(subset=[value]).sort_values(value, ascending=False, kind="stable")
        means = rows[value].astype(float).tolist()
        ax = _axes(ax, rows=len(rows))
        bars = ax.barh(range(len(rows)), means, color=[_sentiment_colour(v) for v in means])
        _set_ticks(ax, "y", _speaker_labels(rows))
        ax.invert_yaxis()
        ax.axvline(0, color="black", linewidth=0.8)
        labels = [f"{m:+.2f} (n={_number(n)})" for m, n in zip(means, rows[count], strict=True)]
        ax.bar_label(bars, labels=labels, padding=2, fontsize=8)
        ax.set_xlim(min(-1.0, min(means) - 0.3), max(1.0, max(means) + 0.3))
        ax.set_xlabel("mean VADER compound")
        ax.set_ylabel("speaker")
        ax.set_title(title)
    return ax


def quotes_by_gender_chart(
    speakers_or_quotes: pd.DataFrame, *, by: str = "article_id", ax: Axes | None = None
) -> Axes:
    """Stacked bars of quotes by speaker gender for each article (or outlet, or any column).

    A speaker table contributes its ``n_quotes``; a table without ``n_quotes`` (quotes
    joined with their speaker's gender) counts one per row, a missing gender as unknown.

    Parameters
    ----------
    speakers_or_quotes
        Rows with ``gender``, ``by`` and optionally ``n_quotes``.
    by
        Column naming the bars, in order of first appearance.
    ax
        Axes to draw on; a new figure when None.

    Returns
    -------
    matplotlib.axes.Axes

    Examples
    --------
    >>> speakers = pd.DataFrame({"article_id": ["a", "a", "b"], "gender": ["female", "male", "male"],
    ...                          "n_quotes": [3, 1, 2]})
    >>> ax = quotes_by_gender_chart(speakers)
    >>> [[float(p.get_height()) for p in bars] for bars in ax.containers]
    [[3.0, 0.0], [1.0, 2.0], [0.0, 0.0]]
    """
    plt = _pyplot()
    title = "Quotes by speaker gender"
    with plt.rc_context(dict(STYLE)):
        if speakers_or_quotes.empty:
            return _empty(ax, title, "No quotes to count.")
        _require(speakers_or_quotes, (by, "gender"), "quotes_by_gender_chart", "speaker_table")
        data = pd.DataFrame(
            {
                "group": speakers_or_quotes[by].astype("string").fillna("(none)").to_numpy(),
                "gender": speakers_or_quotes["gender"]
                .astype("string")
                .fillna("unknown")
                .to_numpy(),
                "n": speakers_or_quotes["n_quotes"].astype(float).fillna(0).to_numpy()
                if "n_quotes" in speakers_or_quotes
                else 1.0,
            }
        )
        counts = data.pivot_table(index="group", columns="gender", values="n", aggfunc="sum")
        counts = counts.reindex(index=data["group"].unique(), columns=list(GENDERS)).fillna(0.0)
        ax = _axes(ax, rows=0, width=max(5.0, 0.6 * len(counts) + 2.5))
        bottom = pd.Series(0.0, index=counts.index)
        x = range(len(counts))
        for gender in GENDERS:
            bars = ax.bar(
                x,
                counts[gender].tolist(),
                bottom=bottom.tolist(),
                color=GENDER_COLOURS[gender],
                label=gender,
            )
            ax.bar_label(
                bars,
                labels=[_number(v) if v else "" for v in counts[gender]],
                label_type="center",
                fontsize=8,
            )
            bottom = bottom + counts[gender]
        _set_ticks(ax, "x", counts.index)
        pad = max(0.0, (MIN_BAR_SLOTS - len(counts)) / 2)
        ax.set_xlim(-0.6 - pad, len(counts) - 0.4 + pad)
        ax.set_xlabel(by)
        ax.set_ylabel("quotes")
        ax.set_title(title)
        ax.legend(title="gender", loc="upper left", bbox_to_anchor=(1.0, 1.0))
    return ax


def save_figure(
    fig: Figure | Axes,
    path: str | os.PathLike[str],
    *,
    formats: Sequence[str] = ("png", "svg", "pdf"),
    dpi: int = 200,
) -> list[Path]:
    """Write a chart as ``path.png``, ``path.svg`` and ``path.pdf`` with editable text.

    Any suffix of ``path`` is replaced by each format's; parent folders are created. SVG
    text stays ``<text>`` (``svg.fonttype="none"``) and PDF fonts are embedded as TrueType
    (``pdf.fonttype=42``), so the text can be edited in Illustrator or Inkscape.

    Parameters
    ----------
    fig
        A Figure, or an Axes whose figure is written.
    path
        File stem such as ``reports/figures/01-share-of-voice``.
    formats
        File formats to write.
    dpi
        Resolution of raster formats.

    Returns
    -------
    list of pathlib.Path
        The files written, in the order of ``formats``.

    Examples
    --------
    >>> import tempfile
    >>> ax = top_terms_chart(pd.DataFrame({"term": ["war"], "n": [2]}))
    >>> with tempfile.TemporaryDirectory() as folder:
    ...     [p.name for p in save_figure(ax, Path(folder) / "terms.png", formats=("png", "svg"))]
    ['terms.png', 'terms.svg']
    """
    plt = _pyplot()
    from matplotlib.figure import Figure

    figure = fig if isinstance(fig, Figure) else getattr(fig, "figure", None)
    root = getattr(figure, "figure", None)  # a subfigure's figure
    figure = root if isinstance(root, Figure) else figure
    if not isinstance(figure, Figure):
        raise TypeError(f"`fig` must be a matplotlib Figure or Axes, not {type(fig).__name__}")
    supported = figure.canvas.get_supported_filetypes()
    for fmt in formats:
        _check_choice("formats", fmt, tuple(sorted(supported)))
    stem = Path(path)
    stem = stem.with_suffix("") if stem.suffix else stem
    stem.parent.mkdir(parents=True, exist_ok=True)
    written = []
    with plt.rc_context(dict(EDITABLE_TEXT)):
        for fmt in formats:
            target = stem.parent / f"{stem.name}.{fmt}"
            figure.savefig(target, format=fmt, dpi=dpi, bbox_inches="tight")
            written.append(target)
    logger.debug("wrote %s", ", ".join(map(str, written)))
    return written


# --- helpers -------------------------------------------------------------------------------


def _pyplot() -> Any:
    import matplotlib.pyplot as plt

    return plt


def _axes(ax: Axes | None, *, rows: int, width: float = 7.0) -> Axes:
    """``ax``, or the Axes of a new figure sized for ``rows`` bars (never ``plt.gca()``)."""
    if ax is not None:
        return ax
    height = max(3.0, 0.32 * rows + 1.4)
    _, new = _pyplot().subplots(figsize=(width, height))
    return new


def _empty(ax: Axes | None, title: str, message: str) -> Axes:
    ax = _axes(ax, rows=0)
    ax.text(0.5, 0.5, message, ha="center", va="center", transform=ax.transAxes, color="0.35")
    ax.set_xticks([])
    ax.set_yticks([])
    ax.set_title(title)
    return ax


def _require(df: pd.DataFrame, needed: Iterable[str], chart: str, maker: str) -> None:
    missing = [c for c in dict.fromkeys(needed) if c not in df.columns]
    if missing:
        raise ValueError(
            f"{chart} needs columns {missing} (as made by {maker}); got {list(df.columns)}"
        )


def _check_top(top: int) -> None:
    if isinstance(top, bool) or not isinstance(top, int) or top < 1:
        raise ValueError(f"`top` must be a positive integer, not {top!r}")


def _check_choice(name: str, value: Any, allowed: tuple[str, ...]) -> None:
    if value not in allowed:
        raise ValueError(f"`{name}` must be one of {list(allowed)}, not {value!r}")


def _check_one_article(df: pd.DataFrame, chart: str) -> None:
    if "article_id" not in df:
        return
    ids = df["article_id"].dropna().unique().tolist()
    if len(ids) > 1:
        shown = ", ".join(map(repr, ids[:5])) + (", ..." if len(ids) > 5 else "")
        raise ValueError(
            f"{chart} draws one article; the table holds {len(ids)} ({shown}): "
            "select one, e.g. df[df['article_id'] == ...]"
        )


def _two_groups(values: pd.Series) -> tuple[Hashable, Hashable]:
    if pd.api.types.is_bool_dtype(values.dtype):
        return False, True
    found = sorted(values.dropna().unique().tolist(), key=str)
    if len(found) != 2:
        raise ValueError(
            f"term_comparison_chart compares two groups; `by` column has {found!r}: pass `groups=`"
        )
    return found[0], found[1]


def _group_name(by: str, value: Hashable) -> str:
    names = GROUP_LABELS.get(by, {})
    return names.get(bool(value) if by in GROUP_LABELS else value, str(value))


def _shorten(label: Any, width: int = MAX_LABEL_CHARS) -> str:
    """Cut long tick labels with an ellipsis and escape ``$`` so mathtext leaves them alone."""
    text = "" if pd.isna(label) else str(label)
    text = " ".join(text.split())
    if len(text) > width:
        text = text[: width - 1].rstrip() + "…"
    return text.replace("$", r"\$")


def _set_ticks(ax: Axes, axis: Literal["x", "y"], labels: Iterable[Any]) -> None:
    names = [_shorten(label) for label in labels]
    ticks = range(len(names))
    if axis == "y":
        ax.set_yticks(ticks, labels=names)
        return
    rotate = len(names) > 4 or any(len(n) > 10 for n in names)
    ax.set_xticks(
        ticks, labels=names, rotation=30 if rotate else 0, ha="right" if rotate else "center"
    )


def _speaker_labels(rows: pd.DataFrame) -> list[str]:
    names = rows["speaker"].astype("string").fillna(UNNAMED_SPEAKER).tolist()
    if "article_id" in rows and rows["article_id"].nunique() > 1:
        return [f"{n} · {a}" for n, a in zip(names, rows["article_id"], strict=True)]
    return names


def _share_labels(rows: pd.DataFrame, value: str) -> list[str]:
    words, quotes = rows["n_words"].tolist(), rows["n_quotes"].tolist()
    if value == "share_of_quoted_words":
        shares = rows[value].astype(float).tolist()
        return [f"{s:.0%} ({_number(w)} words)" for s, w in zip(shares, words, strict=True)]
    if value == "n_quotes":
        return [
            f"{_number(q)} quotes · {_number(w)} words" for q, w in zip(quotes, words, strict=True)
        ]
    return [f"{_number(w)} words · {_number(q)} quotes" for w, q in zip(words, quotes, strict=True)]


def _same_article(quotes: pd.DataFrame, sentences: pd.DataFrame) -> pd.DataFrame:
    """The quotes of the article the sentences belong to (all of them when ids are absent)."""
    if "article_id" not in quotes or "article_id" not in sentences:
        return quotes
    ids = sentences["article_id"].dropna().unique().tolist()
    if not ids:
        return quotes
    return quotes[quotes["article_id"].astype("string").eq(str(ids[0])).fillna(False)]


def _mark_quotes(ax: Axes, arc: pd.DataFrame, quotes: pd.DataFrame, kinds: tuple[str, ...]) -> None:
    _require(quotes, ("start", "speaker"), "sentiment_arc_chart(quotes=...)", "quote_table(...)")
    if "kind" in quotes:
        quotes = quotes[quotes["kind"].astype("string").isin(kinds).fillna(False)]
    quotes = quotes.dropna(subset=["start"])
    if quotes.empty:
        return
    marks = pd.DataFrame(
        {
            "start": quotes["start"].astype("int64").to_numpy(),
            "speaker": quotes["speaker"].astype("string").fillna(UNNAMED_SPEAKER).to_numpy(),
            "own": quotes["compound"].astype(float).to_numpy()
            if "compound" in quotes
            else float("nan"),
        }
    ).sort_values("start", kind="stable")
    placed = pd.merge_asof(marks, arc, on="start", direction="backward")
    placed["x"] = placed["x"].fillna(arc["x"].iloc[0])
    placed["y"] = placed["own"].where(placed["own"].notna(), placed["y"])
    for i, (speaker, group) in enumerate(placed.groupby("speaker", sort=False)):
        ax.scatter(
            group["x"],
            group["y"],
            s=46,
            color=PALETTE[i % len(PALETTE)],
            marker=MARKERS[i % len(MARKERS)],
            edgecolors="white",
            linewidths=0.6,
            zorder=3,
            label=_shorten(speaker),
        )


def _signed(scores: pd.DataFrame, value: str) -> pd.Series:
    """``value`` as floats, negated for reference terms when the score itself has no sign."""
    numbers = scores[value].astype(float)
    if value in UNSIGNED_SCORES and "direction" in scores:
        reference = scores["direction"].astype("string").eq("reference").fillna(False)
        numbers = numbers.where(~reference, -numbers.abs())
    return numbers


def _sentiment_colour(value: float) -> str:
    if value >= NEUTRAL_BAND:
        return SENTIMENT_COLOURS["positive"]
    if value <= -NEUTRAL_BAND:
        return SENTIMENT_COLOURS["negative"]
    return SENTIMENT_COLOURS["neutral"]


def _more_in(labels: tuple[str, str]) -> tuple[str, str]:
    return f"more in {labels[0]}", f"more in {labels[1]}"


def _legend_patches(colours: Mapping[str, str]) -> list[Any]:
    from matplotlib.patches import Patch

    return [Patch(facecolor=colour, label=label) for label, colour in colours.items()]


def _axis_name(column: str) -> str:
    return AXIS_NAMES.get(column, column.replace("_", " "))


def _number(value: Any) -> str:
    number = float(value)
    return f"{int(number):,}" if number.is_integer() else f"{number:.3g}"


def _absolute_formatter() -> Any:
    from matplotlib.ticker import FuncFormatter

    return FuncFormatter(lambda v, _pos: f"{abs(v):g}")


def _percent_formatter() -> Any:
    from matplotlib.ticker import PercentFormatter

    return PercentFormatter(xmax=1.0)
