"""People mentioned, and resolution of speaker mentions to full names.

Produces the ``people`` table (see :mod:`analysis.schema`). Stub: the people helper
replaces the bodies; the signatures of :class:`Person`, :func:`persons` and
:func:`resolve_mention` are the interface :mod:`analysis.quotes` calls.
"""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import dataclass
from typing import Any

import pandas as pd

from ._frames import Rows, article_frame
from .types import Article


@dataclass(frozen=True)
class Person:
    """One person in an article.

    ``name`` is the fullest form the text gives ("Hanna Kaniewska"), ``aliases`` the
    shorter forms it uses later ("Kaniewska"), ``mentions`` the spans of every name or
    alias mention, in text order.
    """

    name: str
    aliases: tuple[str, ...] = ()
    gender: str = "unknown"
    gender_method: str | None = None
    description: str | None = None
    mentions: tuple[tuple[int, int], ...] = ()


def persons(article: Article) -> tuple[Person, ...]:
    """Every person the article mentions, in order of first mention (stub: none)."""
    return ()


def resolve_mention(
    article: Article,
    start: int,
    end: int,
    *,
    previous_speakers: Sequence[tuple[int, str]] = (),
) -> tuple[str | None, str | None]:
    """Resolve the speaker mention ``article.text[start:end]`` to ``(full name, method)``.

    ``method`` is one of ``name``, ``alias``, ``pronoun``, ``description`` (an unnamed
    person described, name None) or None when unknown. ``previous_speakers`` lists
    ``(offset, full name)`` of quotes already resolved earlier in the text, which
    pronoun resolution may prefer. Stub: resolves nothing.
    """
    return None, None


def people_table(source: Any) -> pd.DataFrame:
    """One row per person mentioned per article (stub: no rows yet)."""
    return article_frame(source, "people", _people_rows)


def _people_rows(article: Article) -> Rows:
    return {}
