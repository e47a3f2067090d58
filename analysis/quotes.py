"""Quoted spans (stub: the quotes issue replaces this with the real extractor).

Produces the ``quotes`` table (see :mod:`analysis.schema`).
"""

from __future__ import annotations

from typing import Any

import pandas as pd

from ._frames import Rows, article_frame
from .types import Article


def quote_table(source: Any) -> pd.DataFrame:
    """One row per quoted span, in text order (stub: no rows yet)."""
    return article_frame(source, "quotes", _quote_rows)


def _quote_rows(article: Article) -> Rows:
    return {}
