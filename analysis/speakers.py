"""Speaker statistics: who is quoted, how often and how much.

Produces the ``speakers`` table (see :mod:`analysis.schema`): the speech and partial
quotes of :func:`analysis.quotes.quote_table` that have a resolved speaker, summed per
speaker and joined to the :class:`analysis.people.Person` record of that speaker for
gender (with its evidence) and description.
"""

from __future__ import annotations

import functools
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
#: ``gender_method`` of a gender taken from the first-name list, not from the text.
NAME_LIST_METHOD = "name list"


def speaker_table(source: Any, *, name_genders: bool = False) -> pd.DataFrame:
    """One row per resolved speaker per article, in order of first quote.

    Parameters
    ----------
    source : Article, path, text, corpus or DataFrame
        What to read (see :func:`analysis.io.iter_articles`).
    name_genders : bool
        When the text says nothing of a speaker's gender, take the sex the public-domain
        US Census first-name list mostly gives the first name, flagged ``name list``
        (default False: such a speaker is ``unknown``).

    Returns
    -------
    pandas.DataFrame
        Columns of the ``speakers`` table: ``speaker``; ``gender`` and ``gender_method``
        (``honorific``, ``noun`` or ``pronoun`` from the text; ``name list`` only with
        ``name_genders``; else ``unknown``, as for organisations quoted as sources) and
        ``description`` from :func:`analysis.people.persons`; ``n_quotes`` and ``n_words`` over speech and
        partial quotes; ``share_of_quoted_words`` (the speaker's words over all quoted
        words that have a speaker in the article); ``first_quote_start``.

    Examples
    --------
    >>> from analysis import article_from_text
    >>> speaker_table(article_from_text("No quotes here.", article_id="a")).shape
    (0, 9)
    """
    return article_frame(
        source, "speakers", functools.partial(_speaker_rows, name_genders=name_genders)
    )


def speakers_from_quotes(
    article: Article, quotes: pd.DataFrame, *, name_genders: bool = False
) -> Rows:
    """Speaker rows (without ``article_id``) for ``article`` from its quote rows.

    ``quotes`` needs the ``quotes`` table columns ``kind``, ``speaker``, ``n_words`` and
    ``start``; rows of other articles are not filtered out here. ``name_genders`` as in
    :func:`speaker_table`.

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
    return _aggregate(
        article,
        kinds=quotes["kind"].astype(object).tolist(),
        speakers=quotes["speaker"].astype(object).tolist(),
        n_words=pd.to_numeric(quotes["n_words"]).astype(object).tolist(),
        starts=pd.to_numeric(quotes["start"]).astype(object).tolist(),
        name_genders=name_genders,
    )


def _aggregate(
    article: Article,
    *,
    kinds: list[Any],
    speakers: list[Any],
    n_words: list[Any],
    starts: list[Any],
    name_genders: bool = False,
) -> Rows:
    """Sum spoken quotes per named speaker, in order of first quote (plain Python: hot path)."""
    stats: dict[str, list[int]] = {}  # speaker -> [n_quotes, n_words, first start]
    for kind, speaker, words, start in zip(kinds, speakers, n_words, starts, strict=True):
        if kind not in SPOKEN_KINDS or not isinstance(speaker, str) or not speaker:
            continue
        words = 0 if pd.isna(words) else int(words)
        entry = stats.get(speaker)
        if entry is None:
            stats[speaker] = [1, words, int(start)]
        else:
            entry[0] += 1
            entry[1] += words
            entry[2] = min(entry[2], int(start))
    if not stats:
        return {}
    order = sorted(stats, key=lambda name: stats[name][2])
    total = sum(v[1] for v in stats.values())
    records = _records(article)
    people = [records.get(name) for name in order]
    genders = [_gender(p, name_genders) for p in people]
    return {
        "speaker": order,
        "gender": [g[0] for g in genders],
        "gender_method": [g[1] for g in genders],
        "description": [p.description if p else None for p in people],
        "n_quotes": [stats[name][0] for name in order],
        "n_words": [stats[name][1] for name in order],
        "share_of_quoted_words": [stats[name][1] / total if total else 0.0 for name in order],
        "first_quote_start": [stats[name][2] for name in order],
    }


def _gender(person: Person | None, name_genders: bool) -> tuple[str, str]:
    """``(gender, gender_method)`` of a speaker's row: a gender from the first-name list
    only with ``name_genders``, else ``unknown``.

    >>> _gender(Person("Ann Lee", gender="female", gender_method="name list"), False)
    ('unknown', 'unknown')
    """
    if person is None or (person.gender_method == NAME_LIST_METHOD and not name_genders):
        return "unknown", "unknown"
    return person.gender, person.gender_method or "unknown"


def _records(article: Article) -> dict[str, Person]:
    return {p.name: p for p in persons(article)}


def _speaker_rows(article: Article, *, name_genders: bool = False) -> Rows:
    rows = _quotes.quote_rows(article)
    return _aggregate(
        article,
        kinds=list(rows["kind"]),
        speakers=list(rows["speaker"]),
        n_words=list(rows["n_words"]),
        starts=list(rows["start"]),
        name_genders=name_genders,
    )
