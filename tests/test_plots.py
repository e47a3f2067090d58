"""Charts draw exactly the table's values; save_figure writes editable files."""

from __future__ import annotations

import matplotlib
import matplotlib.pyplot as plt
import pandas as pd
import pytest
from hypothesis import given, settings
from hypothesis import strategies as st
from matplotlib.colors import to_rgba

from analysis import plots, save_figure, schema


def widths(ax) -> list[float]:
    return [round(float(p.get_width()), 6) for p in ax.patches]


def ticks(ax, axis: str = "y") -> list[str]:
    labels = ax.get_yticklabels() if axis == "y" else ax.get_xticklabels()
    return [label.get_text() for label in labels]


def colours(ax) -> list[tuple[float, ...]]:
    return [tuple(p.get_facecolor()) for p in ax.patches]


def texts(ax) -> list[str]:
    return [t.get_text() for t in ax.texts]


def legend(ax) -> list[str]:
    return [t.get_text() for t in ax.get_legend().get_texts()]


@pytest.fixture
def terms() -> pd.DataFrame:
    return schema.frame(
        "terms",
        {
            "article_id": ["a"] * 4,
            "term": ["war", "belarus", "fight", "a very long term that surely needs cutting"],
            "n": [3, 7, 3, 1],
            "rel_freq": [0.21, 0.5, 0.21, 0.08],
        },
    )


@pytest.fixture
def speakers() -> pd.DataFrame:
    return schema.frame(
        "speakers",
        {
            "article_id": ["a", "a", "a"],
            "speaker": ["Hanna Kaniewska", "Aleksandr Azarov", "Artyom"],
            "gender": ["female", "male", None],
            "gender_method": ["pronoun", "pronoun", None],
            "description": [None, None, None],
            "n_quotes": [7, 8, 2],
            "n_words": [150, 210, 40],
            "share_of_quoted_words": [0.375, 0.525, 0.1],
            "first_quote_start": [100, 300, 50],
        },
    )


@pytest.fixture
def sentences() -> pd.DataFrame:
    return schema.frame(
        "sentiment",
        {
            "article_id": ["a"] * 4,
            "sentence_id": [0, 1, 3, 4],
            "start": [0, 30, 70, 120],
            "end": [29, 69, 119, 160],
            "compound": [0.0, -0.5, 0.25, 0.8],
        },
    )


@pytest.fixture
def quotes() -> pd.DataFrame:
    quotes = schema.frame(
        "quotes",
        {
            "article_id": ["a"] * 4,
            "quote_id": [0, 1, 2, 3],
            "start": [35, 75, 125, 80],
            "end": [50, 90, 140, 85],
            "kind": ["speech", "speech", "partial", "phrase"],
            "speaker": ["Ann Lee", None, "Ann Lee", None],
        },
    )
    return quotes.assign(compound=[-0.7, 0.1, 0.9, 0.0])


# --- top terms ------------------------------------------------------------------------------


def test_top_terms_bars_equal_counts_largest_first(terms):
    ax = plots.top_terms_chart(terms, top=3)
    assert widths(ax) == [7.0, 3.0, 3.0]
    assert ticks(ax) == ["belarus", "war", "fight"]
    assert texts(ax) == ["7", "3", "3"]
    assert ax.get_title() == "Top terms"
    assert ax.get_xlabel() == "occurrences"


def test_top_terms_relative_frequency_and_truncated_labels(terms):
    ax = plots.top_terms_chart(terms, value="rel_freq")
    assert widths(ax) == [0.5, 0.21, 0.21, 0.08]
    long = ticks(ax)[-1]
    assert long.endswith("…") and len(long) == plots.MAX_LABEL_CHARS


def test_top_terms_escapes_dollar_signs():
    ax = plots.top_terms_chart(pd.DataFrame({"term": ["$5", "cost"], "n": [2, 1]}))
    ax.figure.canvas.draw()  # would raise on unbalanced mathtext
    assert ticks(ax)[0] == r"\$5"


def test_top_terms_refuses_grouped_table(terms):
    grouped = pd.concat([terms, terms]).assign(in_quote=[False] * 4 + [True] * 4)
    with pytest.raises(ValueError, match="one row per term"):
        plots.top_terms_chart(grouped)


# --- quotes vs narration --------------------------------------------------------------------


def _grouped_terms() -> pd.DataFrame:
    frame = schema.frame(
        "terms",
        {
            "article_id": ["a"] * 5,
            "term": ["war", "army", "belarus", "war", "we"],
            "n": [4, 2, 3, 3, 5],
            "rel_freq": [0.4, 0.2, 0.3, 0.3, 0.5],
        },
    )
    return frame.assign(in_quote=pd.array([False, False, False, True, True], dtype="boolean"))


@pytest.mark.parametrize(
    ("value", "left", "right", "order"),
    [
        (
            "rel_freq",
            [-0.4, -0.0, -0.3, -0.2],
            [0.3, 0.5, 0.0, 0.0],
            ["war", "we", "belarus", "army"],
        ),
        ("n", [-4.0, -0.0, -3.0, -2.0], [3.0, 5.0, 0.0, 0.0], ["war", "we", "belarus", "army"]),
    ],
    ids=["rel_freq", "counts"],
)
def test_term_comparison_back_to_back(value, left, right, order):
    ax = plots.term_comparison_chart(_grouped_terms(), value=value)
    narration, quoted = ax.containers
    assert [round(float(p.get_width()), 6) for p in narration] == left
    assert [round(float(p.get_width()), 6) for p in quoted] == right
    assert ticks(ax) == order
    assert legend(ax) == ["narration", "quotes"]
    formatter = ax.xaxis.get_major_formatter()
    assert formatter(-0.5, 0) == "0.5"


def test_term_comparison_without_quotes_keeps_both_sides():
    narration_only = _grouped_terms().iloc[:3]
    ax = plots.term_comparison_chart(narration_only, top=2)
    assert [[float(p.get_width()) for p in c] for c in ax.containers] == [[-0.4, -0.3], [0.0, 0.0]]


def test_term_comparison_other_column_needs_two_groups():
    terms = pd.DataFrame(
        {"speaker": ["A", "B", "C"], "term": ["x", "y", "z"], "rel_freq": [1, 1, 1]}
    )
    with pytest.raises(ValueError, match="two groups"):
        plots.term_comparison_chart(terms, by="speaker")
    ax = plots.term_comparison_chart(terms, by="speaker", groups=("A", "C"))
    assert legend(ax) == ["A", "C"]


# --- keyness --------------------------------------------------------------------------------


def test_keyness_bars_both_directions_coloured():
    scores = schema.frame(
        "keyness",
        {
            "term": ["we", "us", "say", "troop", "regime"],
            "z": [4.0, 2.5, 0.5, -1.5, -3.0],
            "direction": ["target", "target", "target", "reference", "reference"],
        },
    )
    ax = plots.keyness_chart(scores, top=2, labels=("quotes", "narration"))
    assert widths(ax) == [4.0, 2.5, -1.5, -3.0]
    assert ticks(ax) == ["we", "us", "troop", "regime"]
    target, reference = (to_rgba(c) for c in plots.DIRECTION_COLOURS)
    assert colours(ax) == [target, target, reference, reference]
    assert legend(ax) == ["more in quotes", "more in narration"]
    assert ax.get_xlabel() == "log-odds z-score"


def test_keyness_g2_signed_by_direction():
    scores = schema.frame(
        "keyness",
        {
            "term": ["we", "say", "regime"],
            "g2": [9.0, 2.0, 5.0],
            "direction": ["target", "target", "reference"],
        },
    )
    ax = plots.keyness_chart(scores, value="g2")
    assert widths(ax) == [9.0, 2.0, -5.0]
    assert ax.get_xlabel() == "log-likelihood G2 (signed by direction)"


def test_keyness_log_odds_column():
    scores = pd.DataFrame({"term": ["a", "b"], "log_odds": [0.7, -0.2]})
    assert widths(plots.keyness_chart(scores, value="log_odds")) == [0.7, -0.2]


# --- speakers -------------------------------------------------------------------------------


@pytest.mark.parametrize(
    ("value", "expected", "labels"),
    [
        (
            "n_words",
            [210.0, 150.0, 40.0],
            ["210 words · 8 quotes", "150 words · 7 quotes", "40 words · 2 quotes"],
        ),
        (
            "share_of_quoted_words",
            [0.525, 0.375, 0.1],
            ["52% (210 words)", "38% (150 words)", "10% (40 words)"],
        ),
        (
            "n_quotes",
            [8.0, 7.0, 2.0],
            ["8 quotes · 210 words", "7 quotes · 150 words", "2 quotes · 40 words"],
        ),
    ],
    ids=["words", "share", "quotes"],
)
def test_speaker_share_values_and_labels(speakers, value, expected, labels):
    ax = plots.speaker_share_chart(speakers, value=value)
    assert widths(ax) == expected
    assert texts(ax) == labels
    assert ticks(ax) == ["Aleksandr Azarov", "Hanna Kaniewska", "Artyom"]


def test_speaker_share_coloured_by_gender_with_legend(speakers):
    ax = plots.speaker_share_chart(speakers)
    g = plots.GENDER_COLOURS
    assert colours(ax) == [to_rgba(g["male"]), to_rgba(g["female"]), to_rgba(g["unknown"])]
    assert legend(ax) == ["female", "male", "unknown"]
    assert ax.get_legend().get_title().get_text() == "gender"


def test_speaker_share_top_and_corpus_labels(speakers):
    corpus = pd.concat([speakers, speakers.assign(article_id="b")], ignore_index=True)
    ax = plots.speaker_share_chart(corpus, top=2)
    assert widths(ax) == [210.0, 210.0]
    assert ticks(ax) == ["Aleksandr Azarov · a", "Aleksandr Azarov · b"]


def test_speaker_share_rejects_unknown_value(speakers):
    with pytest.raises(ValueError, match="`value` must be one of"):
        plots.speaker_share_chart(speakers, value="words")  # type: ignore[arg-type]


# --- sentiment ------------------------------------------------------------------------------


def test_sentiment_arc_points_equal_table(sentences):
    ax = plots.sentiment_arc_chart(sentences)
    assert ax.lines[0].get_xydata().tolist() == [[0, 0.0], [1, -0.5], [3, 0.25], [4, 0.8]]
    assert ax.get_xlabel().startswith("sentence position")
    assert ax.get_ylim() == (-1.05, 1.05)


def test_sentiment_arc_marks_quotes_at_their_sentence(sentences, quotes):
    ax = plots.sentiment_arc_chart(sentences, quotes=quotes)
    marks = {c.get_label(): c.get_offsets().tolist() for c in ax.collections if c.get_label()}
    # quote at 35 sits in sentence 1 (starts 30), at 75 in 3, at 125 in 4; the phrase is left out
    assert marks == {"Ann Lee": [[1.0, -0.7], [4.0, 0.9]], "unnamed speaker": [[3.0, 0.1]]}
    assert legend(ax) == ["sentences", "Ann Lee", "unnamed speaker"]


def test_sentiment_arc_quotes_without_scores_sit_on_the_line(sentences, quotes):
    ax = plots.sentiment_arc_chart(
        sentences, quotes=quotes.drop(columns="compound"), kinds=("speech",)
    )
    marks = [c.get_offsets().tolist() for c in ax.collections if c.get_label()]
    assert marks == [[[1.0, -0.5]], [[3.0, 0.25]]]


def test_sentiment_arc_one_article_only(sentences):
    two = pd.concat([sentences, sentences.assign(article_id="b")])
    with pytest.raises(ValueError, match="one article"):
        plots.sentiment_arc_chart(two)


def test_speaker_sentiment_bars_and_counts():
    summary = schema.frame(
        "sentiment_summary",
        {"article_id": ["a"] * 3, "n": [7, 8, 2], "mean_compound": [0.31, -0.42, 0.01]},
    ).assign(speaker=["Hanna Kaniewska", "Aleksandr Azarov", None])
    ax = plots.speaker_sentiment_chart(summary)
    assert widths(ax) == [0.31, 0.01, -0.42]
    assert ticks(ax) == ["Hanna Kaniewska", "unnamed speaker", "Aleksandr Azarov"]
    assert texts(ax) == ["+0.31 (n=7)", "+0.01 (n=2)", "-0.42 (n=8)"]
    c = plots.SENTIMENT_COLOURS
    assert colours(ax) == [to_rgba(c["positive"]), to_rgba(c["neutral"]), to_rgba(c["negative"])]


# --- corpus ---------------------------------------------------------------------------------


def test_quotes_by_gender_stacks_speaker_counts(speakers):
    corpus = pd.concat(
        [speakers, speakers.iloc[:1].assign(article_id="a long article identifier 2024-05-01")],
        ignore_index=True,
    )
    ax = plots.quotes_by_gender_chart(corpus)
    heights = [[float(p.get_height()) for p in c] for c in ax.containers]
    bottoms = [[float(p.get_y()) for p in c] for c in ax.containers]
    assert heights == [[7.0, 7.0], [8.0, 0.0], [2.0, 0.0]]
    assert bottoms == [[0.0, 0.0], [7.0, 7.0], [15.0, 7.0]]
    assert ticks(ax, "x") == ["a", "a long article identifier 2…"]
    assert legend(ax) == ["female", "male", "unknown"]
    assert ax.get_xlabel() == "article_id"


def test_quotes_by_gender_counts_quote_rows():
    quotes = pd.DataFrame({"outlet": ["AP", "AP", "NPR"], "gender": ["female", None, "male"]})
    ax = plots.quotes_by_gender_chart(quotes, by="outlet")
    heights = [[float(p.get_height()) for p in c] for c in ax.containers]
    assert heights == [[1.0, 0.0], [0.0, 1.0], [1.0, 0.0]]
    assert ticks(ax, "x") == ["AP", "NPR"]


@settings(max_examples=40, deadline=None)
@given(
    st.lists(
        st.tuples(
            st.sampled_from("abc"),
            st.sampled_from(("female", "male", "unknown")),
            st.integers(0, 50),
        ),
        min_size=1,
        max_size=12,
    )
)
def test_quotes_by_gender_total_height_is_total_quotes(rows):
    table = pd.DataFrame(rows, columns=["article_id", "gender", "n_quotes"])
    ax = plots.quotes_by_gender_chart(table)
    tops = [0.0] * len(ax.containers[0])
    for container in ax.containers:
        for i, bar in enumerate(container):
            tops[i] = max(tops[i], float(bar.get_y() + bar.get_height()))
    assert tops == table.groupby("article_id", sort=False)["n_quotes"].sum().astype(float).tolist()
    plt.close("all")


# --- contract for every chart ---------------------------------------------------------------

CHARTS = [
    pytest.param(plots.top_terms_chart, lambda: schema.empty("terms"), id="top_terms"),
    pytest.param(
        plots.term_comparison_chart,
        lambda: schema.empty("terms").assign(in_quote=pd.Series([], dtype="boolean")),
        id="term_comparison",
    ),
    pytest.param(plots.keyness_chart, lambda: schema.empty("keyness"), id="keyness"),
    pytest.param(plots.speaker_share_chart, lambda: schema.empty("speakers"), id="speaker_share"),
    pytest.param(plots.sentiment_arc_chart, lambda: schema.empty("sentiment"), id="sentiment_arc"),
    pytest.param(
        plots.speaker_sentiment_chart,
        lambda: schema.empty("sentiment_summary"),
        id="speaker_sentiment",
    ),
    pytest.param(
        plots.quotes_by_gender_chart, lambda: schema.empty("speakers"), id="quotes_by_gender"
    ),
]


@pytest.mark.parametrize(("chart", "empty"), CHARTS)
def test_empty_table_gives_informative_empty_chart(chart, empty):
    ax = chart(empty())
    assert not ax.patches and not ax.lines
    assert len(ax.texts) == 1 and ax.texts[0].get_text().startswith("No ")
    assert ax.get_title()


@pytest.mark.parametrize(("chart", "empty"), CHARTS)
def test_draws_on_given_axes_without_global_state(chart, empty, monkeypatch):
    def forbidden(*args, **kwargs):
        raise AssertionError("charts must not show or save")

    monkeypatch.setattr(plt, "show", forbidden)
    monkeypatch.setattr(matplotlib.figure.Figure, "savefig", forbidden)
    before = dict(matplotlib.rcParams)
    _fig, ax = plt.subplots()
    figures = plt.get_fignums()
    assert chart(empty(), ax=ax) is ax
    assert plt.get_fignums() == figures
    assert dict(matplotlib.rcParams) == before
    assert chart(empty()) is not ax  # ax=None makes a new figure, never gca()
    assert len(plt.get_fignums()) == len(figures) + 1


def test_full_charts_leave_rcparams_alone(terms, speakers, sentences, quotes):
    before = dict(matplotlib.rcParams)
    plots.top_terms_chart(terms)
    plots.speaker_share_chart(speakers)
    plots.sentiment_arc_chart(sentences, quotes=quotes)
    assert dict(matplotlib.rcParams) == before


def test_missing_column_names_it(terms):
    with pytest.raises(ValueError, match=r"needs columns \['n'\]"):
        plots.top_terms_chart(terms.drop(columns="n"))


@pytest.mark.parametrize("top", [0, -1, 2.5, True], ids=["zero", "negative", "float", "bool"])
def test_top_must_be_positive_int(terms, top):
    with pytest.raises(ValueError, match="`top`"):
        plots.top_terms_chart(terms, top=top)


# --- save_figure ----------------------------------------------------------------------------


def test_save_figure_writes_three_editable_files(tmp_path, speakers):
    ax = plots.speaker_share_chart(speakers)
    paths = save_figure(ax, tmp_path / "deep" / "folder" / "share.png", dpi=50)
    assert [p.name for p in paths] == ["share.png", "share.svg", "share.pdf"]
    assert all(p.is_file() and p.stat().st_size > 0 for p in paths)
    assert paths[0].read_bytes().startswith(b"\x89PNG")
    svg = paths[1].read_text(encoding="utf-8")
    assert "<text" in svg and "Kaniewska" in svg  # text kept as text, not paths
    pdf = paths[2].read_bytes()
    assert pdf.startswith(b"%PDF") and b"/FontFile2" in pdf  # TrueType (Type 42) embedded
    assert matplotlib.rcParams["svg.fonttype"] == "path"  # restored afterwards


def test_save_figure_accepts_figure_and_formats(tmp_path, terms):
    fig = plots.top_terms_chart(terms).figure
    paths = save_figure(fig, tmp_path / "terms", formats=("svg",))
    assert paths == [tmp_path / "terms.svg"]


def test_save_figure_dpi_sets_png_size(tmp_path, terms):
    fig = plots.top_terms_chart(terms).figure
    small = save_figure(fig, tmp_path / "small", formats=("png",), dpi=40)[0]
    large = save_figure(fig, tmp_path / "large", formats=("png",), dpi=120)[0]
    assert large.stat().st_size > small.stat().st_size


@pytest.mark.parametrize(
    ("fig", "formats", "error"),
    [
        pytest.param("not a figure", ("png",), TypeError, id="not-a-figure"),
        pytest.param(None, ("docx",), ValueError, id="unknown-format"),
    ],
)
def test_save_figure_errors(tmp_path, fig, formats, error):
    target = fig if fig is not None else plt.subplots()[0]
    with pytest.raises(error):
        save_figure(target, tmp_path / "x", formats=formats)


@pytest.mark.parametrize(
    ("mean", "band"),
    [(0.05, "positive"), (0.049, "neutral"), (-0.049, "neutral"), (-0.05, "negative")],
    ids=["pos-edge", "just-neutral-up", "just-neutral-down", "neg-edge"],
)
def test_speaker_sentiment_uses_vader_bands(mean, band):
    summary = pd.DataFrame({"speaker": ["A"], "mean_compound": [mean], "n": [1]})
    ax = plots.speaker_sentiment_chart(summary)
    assert colours(ax) == [to_rgba(plots.SENTIMENT_COLOURS[band])]


def test_quotes_by_gender_single_article_keeps_bar_narrow(speakers):
    ax = plots.quotes_by_gender_chart(speakers)
    left, right = ax.get_xlim()
    assert right - left >= plots.MIN_BAR_SLOTS


def test_sentiment_arc_without_offsets_is_empty_not_an_error():
    scored = pd.DataFrame(
        {"text": ["Good.", "Bad."], "start": [pd.NA, pd.NA], "compound": [0.4, -0.5]}
    )
    ax = plots.sentiment_arc_chart(scored)
    assert not ax.lines and texts(ax)[0].startswith("No sentence offsets")


@settings(max_examples=40, deadline=None)
@given(
    st.dictionaries(st.text("abcxyz$ ", min_size=1, max_size=40), st.integers(1, 500), min_size=1),
    st.integers(1, 30),
)
def test_top_terms_bars_are_the_largest_counts_in_order(counts, top):
    terms = pd.DataFrame({"term": list(counts), "n": list(counts.values())})
    ax = plots.top_terms_chart(terms, top=top)
    expected = sorted(counts.values(), reverse=True)[:top]
    assert widths(ax) == [float(n) for n in expected]
    shown = [t.replace(r"\$", "$") for t in ticks(ax)]
    assert all(
        label.rstrip("…") in " ".join(term.split())
        for label, term in zip(
            shown,
            terms.sort_values("n", ascending=False, kind="stable")["term"].head(top),
            strict=True,
        )
    )
    plt.close("all")


def test_sentiment_arc_marks_only_the_articles_quotes(sentences, quotes):
    corpus_quotes = pd.concat([quotes, quotes.assign(article_id="b", speaker="Other")])
    ax = plots.sentiment_arc_chart(sentences, quotes=corpus_quotes)
    assert "Other" not in legend(ax)
    assert sum(len(c.get_offsets()) for c in ax.collections if c.get_label()) == 3
