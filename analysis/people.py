"""People mentioned (stub: the quotes issue replaces this).

Produces the ``people`` table (see :mod:`analysis.schema`).
"""

from __future__ import annotations

from typing import Any

import pandas as pd

from ._frames import Rows, article_frame
from .types import Article


def people_table(source: Any) -> pd.DataFrame:
    """One row per person mentioned per article (stub: no rows yet)."""
    return article_frame(source, "people", _people_rows)


def _people_rows(article: Article) -> Rows:
    return {}
