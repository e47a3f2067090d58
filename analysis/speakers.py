"""Speaker statistics: who is quoted, how often and how much.

Produces the ``speakers`` table (see :mod:`analysis.schema`): the speech and partial
quotes of :func:`analysis.quotes.quote_table` that have a resolved speaker, summed per
speaker and joined to the :class:`analysis.people.Person` record of that speaker for
gender (with its evidence) and description.
"""

from __future__ import annotations

import logging
from typing import Any

import pandas as pd

from . import quotes as _quotes
from ._frames import Rows, article_frame
from .people import Person, persons
from .types import Article

logger = logging.getLogger(__name__)

#: Quote kinds that count as a speaker's words.
SPOKEN_KINDS: tuple[str, ...] = ("speech", "partial")


def speaker_table(source: Any) -> pd.DataFrame:
    """One row per resolved speaker per article, in order of first quote.

    Parameters
    ----------
    source : Article, path, text, corpus or DataFrame
        What to read (see :func:`analysis.io.iter_articles`).

    Returns
    -------
    pandas.DataFrame
        Columns of the ``speakers`` table: ``speaker``; ``gender`` and ``gender_method``
        (``honorific``, ``noun`` or ``pronoun`` from the text; ``name list`` from the
        public-domain US Census first-name list when the text says nothing; else
        ``unknown``, as for organisations quoted as sources) and ``description`` from
        :func:`analysis.people.persons`; ``n_quotes`` and ``n_words`` over speech and
        partial quotes; ``share_of_quoted_words`` (the speaker's words over all quoted
        words that have a speaker in the article); ``first_quote_start``.

    Examples
    --------
    >>> from analysis import article_from_text
    >>> speaker_table(article_from_text("No quotes here.", article_id="a")).shape
    (0, 9)
    """
    return article_frame(source, "speakers", _speaker_rows)


def speakers_from_quotes(article: Article, quotes: pd.DataFrame) -> Rows:
    """Speaker rows (without ``article_id``) for ``article`` from its quote rows.

    ``quotes`` needs the ``quotes`` table columns ``kind``, ``speaker``, ``n_words`` and
    ``start``; rows of other articles are not filtered out here.

    Examples
    --------
    >>> from analysis import article_from_text
    >>> art = article_from_text("T\\n\\nSaid Ann Lee.", article_id="a")
    >>> q = pd.DataFrame({"kind": ["speech", "phrase"], "speaker": ["Ann Lee", None],
    ...                   "n_words": [4, 2], "start": [10, 30]})
    >>> speakers_from_quotes(art, q)["n_words"]
    [4]
    """
    if quotes is None or not len(quotes):
        return {}
    spoken = quotes[quotes["kind"].isin(SPOKEN_KINDS) & quotes["speaker"].notna()]
    spoken = spoken[spoken["speaker"].astype(str).str.len() > 0]
    if not len(spoken):
        return {}
    words = pd.to_numeric(spoken["n_words"]).fillna(0).astype(int)
    grouped = (
        pd.DataFrame(
            {
                "speaker": spoken["speaker"].astype(str).to_numpy(),
                "n_words": words.to_numpy(),
                "start": pd.to_numeric(spoken["start"]).to_numpy(),
            }
        )
        .groupby("speaker", sort=False)
        .agg(n_quotes=("n_words", "size"), n_words=("n_words", "sum"), first=("start", "min"))
        .sort_values("first", kind="stable")
    )
    total = int(grouped["n_words"].sum())
    records = _records(article)
    people = [records.get(name) for name in grouped.index]
    return {
        "speaker": list(grouped.index),
        "gender": [p.gender if p else "unknown" for p in people],
        "gender_method": [(p.gender_method or "unknown") if p else "unknown" for p in people],
        "description": [p.description if p else None for p in people],
        "n_quotes": grouped["n_quotes"].astype(int).tolist(),
        "n_words": grouped["n_words"].astype(int).tolist(),
        "share_of_quoted_words": [n / total if total else 0.0 for n in grouped["n_words"]],
        "first_quote_start": grouped["first"].astype(int).tolist(),
    }


def _records(article: Article) -> dict[str, Person]:
    return {p.name: p for p in persons(article)}


def _speaker_rows(article: Article) -> Rows:
    return speakers_from_quotes(article, _quotes.quote_table(article))
