"""Every table's columns and dtypes, declared once.

Each table is a tuple of :class:`Column`; every table starts with ``article_id``.
Other modules take column names and dtypes from here and build frames with
:func:`frame`, so an empty article still gives the right columns and dtypes.
The shape follows pandera's column declarations without the dependency.

Examples
--------
>>> empty("sentences").columns[:3].tolist()
['article_id', 'sentence_id', 'paragraph_id']
>>> str(empty("blocks")["duplicate"].dtype)
'boolean'
"""

from __future__ import annotations

import functools
from collections.abc import Iterable, Mapping
from dataclasses import dataclass
from typing import Any

import numpy as np
import pandas as pd

#: Labels of the blocks of a pasted news page, in the order they usually appear.
BLOCK_LABELS: tuple[str, ...] = (
    "title",
    "dateline",
    "caption",
    "heading",
    "body",
    "credit",
    "boilerplate",
)
#: What a quoted span is: someone's words, a fragment inside reported speech, or scare quotes.
QUOTE_KINDS: tuple[str, ...] = ("speech", "partial", "phrase")
#: How a quote's speaker was found.
SPEAKER_METHODS: tuple[str, ...] = (
    "name",
    "alias",
    "pronoun",
    "continuation",
    "description",
    "relative",
    "document",
)
GENDERS: tuple[str, ...] = ("female", "male", "unknown")


@dataclass(frozen=True)
class Column:
    """One column of a table: name, pandas dtype, whether it may hold nulls, and what it means."""

    name: str
    dtype: Any
    nullable: bool = False
    description: str = ""


def _cat(values: tuple[str, ...]) -> pd.CategoricalDtype:
    return pd.CategoricalDtype(list(values))


_ID = Column("article_id", "string", description="article identifier (file stem by default)")
_START = Column("start", "Int64", description="offset of the span's first character in the text")
_END = Column("end", "Int64", description="offset one past the span's last character")
_TEXT = Column("text", "string", description="the span: article.text[start:end]")
_PARAGRAPH = Column("paragraph_id", "Int64", description="index of the paragraph (non-blank line)")
_BLOCK = Column("block", _cat(BLOCK_LABELS), description="label of the block holding the span")

TABLES: dict[str, tuple[Column, ...]] = {
    "articles": (
        _ID,
        Column("source", "string", True, "path or origin of the text"),
        Column("encoding", "string", True, "encoding the bytes were decoded with"),
        Column("title", "string", True, "text of the title block"),
        Column("dateline", "string", True, "text of the dateline"),
        Column("n_chars", "Int64", description="characters in the decoded text"),
        Column("n_blocks", "Int64", description="number of blocks"),
        Column("n_body_paragraphs", "Int64", description="body blocks"),
        Column("n_body_words", "Int64", description="words in body blocks"),
    ),
    "blocks": (
        _ID,
        Column("block_id", "Int64", description="index of the block in the article"),
        _PARAGRAPH,
        _START,
        _END,
        Column("label", _cat(BLOCK_LABELS), description="what the block is"),
        Column("duplicate", "boolean", description="an earlier block has the same text"),
        _TEXT,
    ),
    "sentences": (
        _ID,
        Column("sentence_id", "Int64", description="index of the sentence in the article"),
        _PARAGRAPH,
        _BLOCK,
        _START,
        _END,
        _TEXT,
        Column("n_words", "Int64", description="number of word tokens"),
    ),
    "quotes": (
        _ID,
        Column("quote_id", "Int64", description="index of the quote in the article"),
        Column("start", "Int64", description="first character inside the quotation marks"),
        Column("end", "Int64", description="one past the last character inside the marks"),
        _TEXT,
        Column("kind", _cat(QUOTE_KINDS), description="speech, partial or phrase"),
        Column("group_id", "Int64", description="quotes of one utterance share it"),
        _PARAGRAPH,
        Column("sentence_id", "Int64", True, "sentence holding the quote's start"),
        Column("speaker", "string", True, "resolved full name; empty when unknown"),
        Column("speaker_mention", "string", True, "words in the text naming the speaker"),
        Column("speaker_start", "Int64", True, "offset of the mention"),
        Column("speaker_end", "Int64", True, "end offset of the mention"),
        Column("cue", "string", True, "the speech verb or phrase (says, according to, ...)"),
        Column("method", _cat(SPEAKER_METHODS), True, "how the speaker was found"),
        Column("n_words", "Int64", description="words in the quote"),
    ),
    "speakers": (
        _ID,
        Column("speaker", "string", description="resolved full name"),
        Column("gender", _cat(GENDERS), description="female, male or unknown"),
        Column("gender_method", "string", True, "evidence for the gender"),
        Column("description", "string", True, "role the article gives the speaker"),
        Column("n_quotes", "Int64", description="speech and partial quotes"),
        Column("n_words", "Int64", description="words quoted"),
        Column("share_of_quoted_words", "float64", description="n_words / all quoted words"),
        Column("first_quote_start", "Int64", description="offset of the first quote"),
    ),
    "people": (
        _ID,
        Column("person", "string", description="full name"),
        Column("n_mentions", "Int64", description="name or alias mentions (pronouns optional)"),
        Column("first_start", "Int64", description="offset of the first mention"),
        Column("first_end", "Int64", description="end of the first mention"),
        Column("quoted", "boolean", description="the person is the speaker of a quote"),
        Column("n_quotes", "Int64", description="quotes attributed to the person"),
    ),
    "tokens": (
        _ID,
        Column("sentence_id", "Int64", description="sentence holding the token"),
        Column("token_id", "Int64", description="index of the token in the article"),
        _START,
        _END,
        _TEXT,
        Column("lower", "string", description="lowercase form"),
        Column("lemma", "string", description="WordNet lemma"),
        Column("pos", "string", description="Penn Treebank tag"),
        Column("is_stop", "boolean", description="in the stopword list"),
        Column("is_punct", "boolean", description="punctuation or symbol"),
        Column("in_quote", "boolean", description="inside a speech or partial quote"),
        Column("speaker", "string", True, "speaker of the quote holding the token"),
        _BLOCK,
        _PARAGRAPH,
    ),
    "sentiment": (
        _ID,
        Column("sentence_id", "Int64", description="index of the sentence"),
        _PARAGRAPH,
        _BLOCK,
        _START,
        _END,
        _TEXT,
        Column("neg", "float64", description="VADER negative share"),
        Column("neu", "float64", description="VADER neutral share"),
        Column("pos", "float64", description="VADER positive share"),
        Column("compound", "float64", description="VADER compound score in [-1, 1]"),
    ),
    "terms": (
        Column("article_id", "string", True, "the article counted; null when a row pools several"),
        Column("term", "string", description="lemma or lowercase word; n-grams joined by spaces"),
        Column("n", "Int64", description="occurrences in the group"),
        Column("rel_freq", "float64", description="n / all counted terms of the group"),
    ),
    "keyness": (
        Column("article_id", "string", True, "the article compared; null when rows pool several"),
        Column("term", "string", description="lemma or lowercase word; n-grams joined by spaces"),
        Column("n_target", "Int64", description="occurrences in the target group"),
        Column("n_reference", "Int64", description="occurrences in the reference (all other rows)"),
        Column("freq_target", "float64", description="n_target / all target terms"),
        Column("freq_reference", "float64", description="n_reference / all reference terms"),
        Column("log_odds", "float64", description="weighted log-odds ratio, informative prior"),
        Column("z", "float64", description="log_odds / its standard deviation"),
        Column("g2", "float64", description="log-likelihood G2 (Dunning 1993)"),
        Column("p_value", "float64", description="chi-square (1 df) p-value of g2"),
        Column("direction", "string", description="overused in 'target', 'reference' or 'none'"),
    ),
    "sentiment_summary": (
        Column("article_id", "string", True, "the article; null when a group pools several"),
        Column("n", "Int64", description="scored rows (sentences or quotes) in the group"),
        Column("mean_compound", "float64", description="mean VADER compound score"),
        Column("share_negative", "float64", description="share of rows with compound <= -0.05"),
        Column("share_neutral", "float64", description="share of rows between the bands"),
        Column("share_positive", "float64", description="share of rows with compound >= 0.05"),
    ),
    "errors": (
        _ID,
        Column("source", "string", True, "path or origin of the input"),
        Column("stage", "string", description="step that failed"),
        Column("error", "string", description="exception type"),
        Column("message", "string", description="what went wrong"),
    ),
}


def table_columns(table: str) -> tuple[Column, ...]:
    """Return the declared columns of ``table``, raising ``ValueError`` for an unknown name."""
    try:
        return TABLES[table]
    except KeyError:
        raise ValueError(f"`table` must be one of {sorted(TABLES)!r}, not {table!r}") from None


def columns(table: str) -> list[str]:
    """Column names of ``table`` in order.

    >>> columns("errors")
    ['article_id', 'source', 'stage', 'error', 'message']
    """
    return [c.name for c in table_columns(table)]


def dtypes(table: str) -> dict[str, Any]:
    """Mapping of column name to pandas dtype for ``table``."""
    return {c.name: c.dtype for c in table_columns(table)}


def empty(table: str) -> pd.DataFrame:
    """An empty frame with the columns and dtypes of ``table``."""
    return pd.DataFrame({c.name: pd.Series([], dtype=c.dtype) for c in table_columns(table)})


def frame(table: str, data: Mapping[str, Iterable[Any]] | None = None) -> pd.DataFrame:
    """Build a frame of ``table`` from column lists, casting every column to its dtype.

    Columns missing from ``data`` are filled with nulls; extra keys raise ``ValueError``.
    Each column is built once with its final dtype (no per-column cast or copy), and the
    frame is assembled from those arrays without copying them again.

    >>> df = frame("errors", {"article_id": ["a"], "stage": ["read"], "error": ["ValueError"],
    ...                       "message": ["binary"]})
    >>> df.loc[0, "source"] is pd.NA
    True
    """
    data = dict(data or {})
    declared = table_columns(table)
    extra = set(data) - {c.name for c in declared}
    if extra:
        raise ValueError(f"unknown columns for table {table!r}: {sorted(extra)}")
    lists = {k: v if isinstance(v, list) else list(v) for k, v in data.items()}
    n = max((len(v) for v in lists.values()), default=0)
    out = {}
    for c in declared:
        values = lists.get(c.name)
        if values is None:
            values = [None] * n
        out[c.name] = _array(values, c.dtype)
    return pd.DataFrame(out, copy=False)


def _array(values: list[Any], dtype: Any) -> Any:
    """``values`` as a pandas array of ``dtype``: as ``pd.Series(values, dtype=dtype)`` gives.

    The common cases (strings or None; plain ints, floats or bools; known categories) are
    built directly; anything else goes through pandas' own conversion.
    """
    if values:
        try:
            fast = _FAST.get(str(dtype))
            if fast is not None:
                built = fast(values)
                if built is not None:
                    return built
            elif isinstance(dtype, pd.CategoricalDtype):
                return _categorical(values, dtype)
        except Exception:  # pandas' own conversion below decides (or raises)
            pass
    return pd.Series(values, dtype=dtype).array


def _string(values: list[Any]) -> Any:
    import pyarrow as pa  # pandas' own string storage; raises on anything but str or None

    chunks = pa.chunked_array([pa.array(values, type=pa.large_string())])
    return pd.arrays.ArrowStringArray(chunks)


def _integer(values: list[Any]) -> Any:
    arr = np.asarray(values)
    if arr.dtype.kind != "i" or arr.ndim != 1:
        return None
    return pd.arrays.IntegerArray(arr.astype(np.int64, copy=False), np.zeros(len(arr), bool))


def _float(values: list[Any]) -> Any:
    arr = np.asarray(values)
    if arr.dtype.kind not in "fi" or arr.ndim != 1:
        return None
    return arr.astype(np.float64, copy=False)


def _boolean(values: list[Any]) -> Any:
    arr = np.asarray(values)
    if arr.dtype.kind != "b" or arr.ndim != 1:
        return None
    return pd.arrays.BooleanArray(arr, np.zeros(len(arr), bool))


def _categorical(values: list[Any], dtype: pd.CategoricalDtype) -> Any:
    index = _category_codes(dtype)
    if len(index) > 127:
        return pd.Series(values, dtype=dtype).array
    codes = np.fromiter((index.get(v, -1) for v in values), dtype=np.int8, count=len(values))
    return pd.Categorical.from_codes(codes, dtype=dtype)


@functools.cache
def _category_codes(dtype: pd.CategoricalDtype) -> dict[Any, int]:
    return {v: i for i, v in enumerate(dtype.categories)}


_FAST: dict[str, Any] = {
    "string": _string,
    "Int64": _integer,
    "float64": _float,
    "boolean": _boolean,
}


def validate(df: pd.DataFrame, table: str) -> pd.DataFrame:
    """Check that ``df`` has the columns, dtypes and non-null values declared for ``table``.

    Returns ``df`` unchanged so it can sit in a ``.pipe`` chain; raises ``ValueError``.
    """
    expected = table_columns(table)
    names = [c.name for c in expected]
    if list(df.columns[: len(names)]) != names:
        raise ValueError(f"table {table!r} needs columns {names}, got {list(df.columns)}")
    for c in expected:
        if str(df[c.name].dtype) != str(pd.Series([], dtype=c.dtype).dtype):
            raise ValueError(f"column {c.name!r} of {table!r} is {df[c.name].dtype}, not {c.dtype}")
        if not c.nullable and df[c.name].isna().any():
            raise ValueError(f"column {c.name!r} of {table!r} holds nulls")
    return df
