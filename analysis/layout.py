"""Block labelling of pasted web text: which lines are story and which are page furniture.

Produces the ``blocks`` table (see :mod:`analysis.schema`).

Examples
--------
>>> from analysis import article_from_text
>>> block_table(article_from_text("A title\\n\\nFirst paragraph.", article_id="a"))[
...     ["paragraph_id", "label"]].to_string(index=False)
' paragraph_id label\\n            0 title\\n            1  body'
"""

from __future__ import annotations

import logging
import re
from typing import Any

import pandas as pd

from ._frames import Rows, article_frame
from .types import Article, Block

logger = logging.getLogger(__name__)

_LINE = re.compile(r"[^\r\n]+")


def find_blocks(text: str) -> tuple[Block, ...]:
    """Split ``text`` into labelled blocks: one per non-blank line, stripped of edge whitespace."""
    spans = []
    for m in _LINE.finditer(text):
        line = m.group()
        stripped = line.strip()
        if not stripped:
            continue
        start = m.start() + (len(line) - len(line.lstrip()))
        spans.append((start, start + len(stripped)))
    return tuple(
        Block(start, end, "title" if i == 0 else "body", paragraph_id=i)
        for i, (start, end) in enumerate(spans)
    )


def block_table(source: Any) -> pd.DataFrame:
    """One row per block: ``paragraph_id``, ``start``, ``end``, ``label``, ``duplicate``, ``text``."""
    return article_frame(source, "blocks", _block_rows)


def _block_rows(article: Article) -> Rows:
    b = article.blocks
    return {
        "block_id": list(range(len(b))),
        "paragraph_id": [x.paragraph_id for x in b],
        "start": [x.start for x in b],
        "end": [x.end for x in b],
        "label": [x.label for x in b],
        "duplicate": [x.duplicate for x in b],
        "text": [article.text[x.start : x.end] for x in b],
    }
