"""schema.frame builds each column with its final dtype: the same frame pandas' casts give."""

from __future__ import annotations

import math

import pandas as pd
import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from analysis import schema

#: pandas warns when the plain cast meets a label outside the categories (it gives null).
pytestmark = pytest.mark.filterwarnings("ignore:Constructing a Categorical:Warning")


def _reference(table: str, data: dict[str, list]) -> pd.DataFrame:
    """The frame as ``pd.Series(values, dtype=...)`` per column gives it (the plain way)."""
    n = max((len(v) for v in data.values()), default=0)
    return pd.DataFrame(
        {
            c.name: pd.Series(data.get(c.name, [None] * n), dtype=c.dtype)
            for c in schema.table_columns(table)
        }
    )


def _same(got: pd.DataFrame, want: pd.DataFrame) -> None:
    pd.testing.assert_frame_equal(got, want, check_exact=True)
    assert [str(t) for t in got.dtypes] == [str(t) for t in want.dtypes]
    for name in want.columns:
        assert type(got[name].array) is type(want[name].array), name


SENTENCES = {
    "article_id": ["a", "a", "b"],
    "sentence_id": [0, 1, 0],
    "paragraph_id": [0, 1, 0],
    "block": ["title", "body", "nonsense"],
    "start": [0, 10, 0],
    "end": [5, 20, 3],
    "text": ["Title", "One. Two.", "Hi!"],
    "n_words": [1, 2, 1],
}


@pytest.mark.parametrize(
    ("table", "data"),
    [
        ("sentences", SENTENCES),
        ("sentences", {}),
        ("errors", {"article_id": ["a"], "stage": ["read"], "error": ["E"], "message": ["m"]}),
        ("blocks", {"article_id": ["a", "a"], "duplicate": [False, True], "label": ["body", None]}),
        ("sentiment", {"article_id": ["a", "b"], "neg": [0.0, 1], "compound": [0.5, None]}),
        ("quotes", {"article_id": ["a", "b"], "speaker_start": [None, 3], "speaker": [None, "X"]}),
        ("terms", {"article_id": [None, "a"], "term": ["x", 5], "n": [1.0, 2.0]}),
        ("speakers", {"article_id": ["a"], "n_words": [pd.NA], "gender": [float("nan")]}),
    ],
    ids=["sentences", "empty", "errors", "bool-cat-null", "float-null", "int-null", "mixed", "na"],
)
def test_frame_equals_pandas_casts(table: str, data: dict[str, list]) -> None:
    _same(schema.frame(table, data), _reference(table, data))


def test_frame_takes_iterables_and_rejects_unknown_columns() -> None:
    df = schema.frame("errors", {"article_id": (x for x in "ab"), "stage": ("s", "t")})
    assert df["article_id"].tolist() == ["a", "b"]
    with pytest.raises(ValueError, match="unknown columns"):
        schema.frame("errors", {"nope": [1]})


_TEXT = st.one_of(st.none(), st.text(max_size=5))
_INT = st.one_of(st.none(), st.integers(-(2**40), 2**40))
_FLOAT = st.one_of(st.none(), st.floats(allow_nan=True), st.integers(-5, 5))
_LABEL = st.one_of(st.none(), st.sampled_from([*schema.BLOCK_LABELS, "other"]))


@settings(max_examples=60, deadline=None)
@given(
    rows=st.lists(st.tuples(_TEXT, _INT, _LABEL, _FLOAT), max_size=6),
    nullable=st.booleans(),
)
def test_frame_matches_pandas_on_any_values(rows: list[tuple], nullable: bool) -> None:
    texts, ints, labels, floats = ([r[i] for r in rows] for i in range(4))
    if not nullable:  # the common case: no nulls at all takes the direct paths
        texts = [t or "x" for t in texts]
        ints = [0 if i is None else i for i in ints]
        floats = [
            0.0 if f is None or (isinstance(f, float) and math.isnan(f)) else f for f in floats
        ]
    data = {"article_id": texts, "start": ints, "block": labels, "compound": floats}
    _same(schema.frame("sentiment", data), _reference("sentiment", data))
