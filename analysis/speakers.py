"""Speaker statistics (stub: the quotes issue replaces this).

Produces the ``speakers`` table (see :mod:`analysis.schema`).
"""

from __future__ import annotations

from typing import Any

import pandas as pd

from ._frames import Rows, article_frame
from .types import Article


def speaker_table(source: Any) -> pd.DataFrame:
    """One row per resolved speaker per article (stub: no rows yet)."""
    return article_frame(source, "speakers", _speaker_rows)


def _speaker_rows(article: Article) -> Rows:
    return {}
