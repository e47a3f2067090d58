"""Sentences: punkt spans inside blocks, with fixes for news text.

Produces the ``sentences`` table (see :mod:`analysis.schema`).

Examples
--------
>>> from analysis import article_from_text
>>> art = article_from_text("Title\\n\\nShe left. He stayed.", article_id="a")
>>> sentence_table(art)["text"].tolist()
['Title', 'She left.', 'He stayed.']
"""

from __future__ import annotations

import functools
import logging
import re
from dataclasses import dataclass
from typing import Any

import pandas as pd

from . import resources
from ._frames import Rows, article_frame
from .types import Article

logger = logging.getLogger(__name__)

#: Block labels whose text is split into sentences (the rest is page furniture).
SENTENCE_LABELS: frozenset[str] = frozenset({"title", "dateline", "heading", "caption", "body"})
_WORD = re.compile(r"\w+(?:['’]\w+)*")


@dataclass(frozen=True)
class Sentence:
    """One sentence span with the block it sits in."""

    start: int
    end: int
    paragraph_id: int
    block: str


@functools.lru_cache(maxsize=256)
def sentences(article: Article) -> tuple[Sentence, ...]:
    """Sentence spans of every block whose label is in :data:`SENTENCE_LABELS`."""
    tokenizer = resources.punkt()
    out: list[Sentence] = []
    for block in article.blocks:
        if block.label not in SENTENCE_LABELS:
            continue
        chunk = article.text[block.start : block.end]
        for s, e in tokenizer.span_tokenize(chunk):
            out.append(Sentence(block.start + s, block.start + e, block.paragraph_id, block.label))
    return tuple(out)


def sentence_table(source: Any) -> pd.DataFrame:
    """One row per sentence of title, dateline, headings, captions and body."""
    return article_frame(source, "sentences", _sentence_rows)


def word_count(text: str) -> int:
    """Number of words (letters/digits, with inner apostrophes) in ``text``.

    >>> word_count("We couldn't win, she says.")
    5
    """
    return len(_WORD.findall(text))


def _sentence_rows(article: Article) -> Rows:
    sents = sentences(article)
    texts = [article.text[s.start : s.end] for s in sents]
    return {
        "sentence_id": list(range(len(sents))),
        "paragraph_id": [s.paragraph_id for s in sents],
        "block": [s.block for s in sents],
        "start": [s.start for s in sents],
        "end": [s.end for s in sents],
        "text": texts,
        "n_words": [word_count(t) for t in texts],
    }
