"""Speaker statistics: who is quoted, how often and how much.

Produces the ``speakers`` table (see :mod:`analysis.schema`): the speech and partial
quotes of :func:`analysis.quotes.quote_table` that have a resolved speaker, summed per
speaker and joined to the :class:`analysis.people.Person` record of that speaker for
gender (with its evidence) and description.
"""

from __future__ import annotations

import functools
import logging
from collections.abc import Mapping
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
#: Gender of a he/she speaker mention: a quote attributed to a person with '"...," she
#: said' (resolution method ``pronoun``) says the text's gender of that person.
QUOTE_PRONOUNS: Mapping[str, str] = {"he": "male", "she": "female"}


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
        (``honorific``, ``noun`` or ``pronoun`` from the text, ``pronoun`` also when the
        speaker's quotes were attributed with he/she ('"...," she said'); ``name list`` only with
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
        mentions=_column(quotes, "speaker_mention"),
        methods=_column(quotes, "method"),
        name_genders=name_genders,
    )


def _column(quotes: pd.DataFrame, name: str) -> list[Any] | None:
    """``quotes[name]`` as a list, or None when the frame has no such column."""
    return quotes[name].astype(object).tolist() if name in quotes.columns else None


def _aggregate(
    article: Article,
    *,
    kinds: list[Any],
    speakers: list[Any],
    n_words: list[Any],
    starts: list[Any],
    mentions: list[Any] | None = None,
    methods: list[Any] | None = None,
    name_genders: bool = False,
) -> Rows:
    """Sum spoken quotes per named speaker, in order of first quote (plain Python: hot path)."""
    stats: dict[str, list[int]] = {}  # speaker -> [n_quotes, n_words, first start]
    said: dict[str, list[int]] = {}  # speaker -> [female, male] quotes attributed by pronoun
    for i, (kind, speaker, words, start) in enumerate(
        zip(kinds, speakers, n_words, starts, strict=True)
    ):
        if kind not in SPOKEN_KINDS or not isinstance(speaker, str) or not speaker:
            continue
        if mentions is not None and methods is not None and methods[i] == "pronoun":
            pronoun = QUOTE_PRONOUNS.get(str(mentions[i]).lower())
            if pronoun is not None:
                said.setdefault(speaker, [0, 0])[pronoun == "male"] += 1
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
    genders = [_gender(p, name_genders, said.get(n)) for n, p in zip(order, people, strict=True)]
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


def _gender(
    person: Person | None, name_genders: bool, said: list[int] | None = None
) -> tuple[str, str]:
    """``(gender, gender_method)`` of a speaker's row: the person's gender from the text;
    else the pronoun the speaker's quotes were attributed with (``said``: female and male
    counts; one kind more than twice the other); else, only with ``name_genders``, the
    first-name list's; else ``unknown``.

    >>> ann = Person("Ann Lee", gender="female", gender_method="name list")
    >>> _gender(ann, False), _gender(ann, True), _gender(ann, False, [2, 0])
    (('unknown', 'unknown'), ('female', 'name list'), ('female', 'pronoun'))
    """
    if person is None:
        return "unknown", "unknown"
    listed = person.gender_method == NAME_LIST_METHOD
    if person.gender != "unknown" and not listed:
        return person.gender, person.gender_method or "unknown"
    if said is not None:
        female, male = said
        if female > 2 * male:
            return "female", "pronoun"
        if male > 2 * female:
            return "male", "pronoun"
    if listed and name_genders:
        return person.gender, NAME_LIST_METHOD
    return "unknown", "unknown"


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
        mentions=list(rows["speaker_mention"]),
        methods=list(rows["method"]),
        name_genders=name_genders,
    )
