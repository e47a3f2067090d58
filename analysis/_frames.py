"""One way to turn per-article rows into a schema table, for an article or a corpus."""

from __future__ import annotations

from collections.abc import Callable, Mapping, Sequence
from typing import Any

import pandas as pd

from . import schema
from .io import iter_articles
from .types import Article

#: Per-article rows: a mapping of column name to a list of values (``article_id`` added here).
Rows = Mapping[str, Sequence[Any]]


def article_frame(source: Any, table: str, rows: Callable[[Article], Rows]) -> pd.DataFrame:
    """Run ``rows`` on every article of ``source`` and build one frame of ``table``.

    Columns are gathered as lists and cast once, so a corpus costs one DataFrame build.
    """
    names = schema.columns(table)
    gathered: dict[str, list[Any]] = {name: [] for name in names}
    for article in iter_articles(source):
        part = rows(article)
        n = len(next(iter(part.values()))) if part else 0
        gathered["article_id"].extend([article.article_id] * n)
        for name in names[1:]:
            values = part.get(name)
            gathered[name].extend(values if values is not None else [None] * n)
    return schema.frame(table, gathered)
