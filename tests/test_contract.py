"""One contract for every public table helper: schema columns and dtypes, article_id on
every row, ``text[start:end] == span``, empty input gives an empty schema frame, and a
corpus gives the concatenation of its articles' frames."""

from __future__ import annotations

import ast
import importlib
from pathlib import Path

import pandas as pd
import pytest
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

import analysis
from analysis import InputError, article_from_text, schema

#: public helper -> schema table it returns
TABLE_HELPERS: dict[str, str] = {
    "block_table": "blocks",
    "sentence_table": "sentences",
    "quote_table": "quotes",
    "speaker_table": "speakers",
    "people_table": "people",
    "token_table": "tokens",
    "sentiment_table": "sentiment",
}

SAMPLE = (
    "Mayor backs new park plan\n\n"
    "SPRINGFIELD, Ill. — The city council voted Tuesday to build a park.\n\n"
    '"This is a great day for our town," said Mayor Jane Smith, a former teacher. '
    '"We waited years."\n\n'
    "Council member Tom Brown disagreed. \u201cIt costs too much,\u201d he said.\n"
)


def helper(name: str):
    try:
        return getattr(analysis, name)
    except (AttributeError, ImportError) as err:  # a module not written yet
        pytest.skip(f"{name} is not available: {err}")


def check_spans(df: pd.DataFrame, texts: dict[str, str]) -> None:
    if {"start", "end", "text"} <= set(df.columns):
        for row in df.itertuples(index=False):
            assert texts[row.article_id][row.start : row.end] == row.text
    for prefix in ("speaker", "first"):
        s, e = f"{prefix}_start", f"{prefix}_end"
        if {s, e} <= set(df.columns):
            spans = df.dropna(subset=[s, e])
            for row in spans.itertuples(index=False):
                start, end = getattr(row, s), getattr(row, e)
                assert 0 <= start < end <= len(texts[row.article_id])


@pytest.mark.parametrize(("name", "table"), TABLE_HELPERS.items(), ids=list(TABLE_HELPERS))
class TestContract:
    def test_schema_and_spans(self, name, table):
        art = article_from_text(SAMPLE, article_id="sample")
        df = helper(name)(art)
        schema.validate(df, table)
        assert (df["article_id"] == "sample").all()
        check_spans(df, {"sample": SAMPLE})

    def test_empty_input_gives_empty_schema_frame(self, name, table):
        df = helper(name)(article_from_text("", article_id="empty"))
        pd.testing.assert_frame_equal(df, schema.empty(table))

    def test_corpus_is_the_concatenation_of_articles(self, name, table):
        arts = [
            article_from_text(SAMPLE, article_id="a"),
            article_from_text(SAMPLE.replace("Jane", "Mary"), article_id="b"),
        ]
        fn = helper(name)
        whole = fn(arts)
        parts = pd.concat([fn(a) for a in arts], ignore_index=True)
        pd.testing.assert_frame_equal(whole, parts)
        assert whole["article_id"].isin(["a", "b"]).all()

    def test_seed(self, name, table, seed):
        df = helper(name)(seed)
        schema.validate(df, table)
        check_spans(df, {seed.article_id: seed.text})


def test_every_exported_name_resolves():
    missing = []
    for name in analysis.__all__:
        module = analysis._EXPORTS[name]
        try:
            importlib.import_module(f"analysis.{module}")
        except ImportError:
            missing.append(name)
            continue
        assert hasattr(analysis, name), name
    assert set(missing) <= {
        "token_table",
        "term_table",
        "keyness",
        "sentiment_table",
        "sentiment_summary",
        "save_figure",
    }


_QUOTEY = st.sampled_from(list("\"'\u201c\u201d\u2018\u2019 \n\r.,!?:;\u2014-()[]"))
_TEXTS = st.lists(
    st.one_of(
        _QUOTEY,
        st.sampled_from(["he said", "She says", "Mr. Smith", "U.S.", "WARSAW, Poland \u2014 "]),
        st.text(max_size=12),
    ),
    max_size=60,
).map("".join)


@settings(max_examples=60, deadline=None, suppress_health_check=[HealthCheck.too_slow])
@given(text=_TEXTS)
def test_any_text_keeps_every_table_sane(text):
    try:
        art = article_from_text(text, article_id="h")
    except InputError:  # the one documented error: text that looks like an HTML page
        return
    for name, table in TABLE_HELPERS.items():
        try:
            fn = getattr(analysis, name)
        except (AttributeError, ImportError):
            continue
        df = fn(art)
        schema.validate(df, table)
        check_spans(df, {"h": text})


@pytest.mark.parametrize("path", sorted(Path(analysis.__file__).parent.glob("*.py")), ids=str)
def test_no_module_level_name_is_bound_twice(path: Path) -> None:
    """A second ``NAME = ...`` at module level silently replaces the first for every function
    that reads it (two rule sets of one name once did exactly that)."""
    tree = ast.parse(path.read_text(encoding="utf-8"))
    names: list[str] = []
    for node in tree.body:
        if isinstance(node, ast.Assign):
            names += [t.id for t in node.targets if isinstance(t, ast.Name)]
        elif isinstance(node, ast.AnnAssign) and isinstance(node.target, ast.Name):
            names.append(node.target.id)
        elif isinstance(node, ast.FunctionDef | ast.ClassDef):
            names.append(node.name)
    assert sorted(n for n in set(names) if names.count(n) > 1) == []
