"""Records shared by every module: :class:`Article`, :class:`Block` and the input aliases."""

from __future__ import annotations

import os
from collections.abc import Iterable
from dataclasses import dataclass
from typing import TYPE_CHECKING, Union

if TYPE_CHECKING:
    import pandas as pd

PathLike = Union[str, "os.PathLike[str]"]


@dataclass(frozen=True)
class Block:
    """One block of an article with its label.

    A block is a paragraph (usually one line), or part of one: a dateline such as
    ``WARSAW, Poland —`` is its own block inside the paragraph it opens, so two blocks
    can share a ``paragraph_id``. ``start``/``end`` index :attr:`Article.text`;
    surrounding whitespace is left out.
    """

    start: int
    end: int
    label: str
    duplicate: bool = False
    paragraph_id: int = 0


@dataclass(frozen=True)
class Article:
    """One article: its id, the text exactly as decoded, and its labelled blocks.

    Every offset in every table indexes :attr:`text`.
    """

    article_id: str
    text: str
    blocks: tuple[Block, ...] = ()
    source: str | None = None
    encoding: str | None = None

    def __hash__(self) -> int:
        # Articles key the per-article caches of every module: hash the fields once.
        cached = self.__dict__.get("_hash")
        if cached is None:
            fields = (self.article_id, self.text, self.blocks, self.source, self.encoding)
            cached = hash(fields)
            object.__setattr__(self, "_hash", cached)
        return cached

    def __getstate__(self) -> dict[str, object]:
        # str hashes differ between processes: never ship the cached hash to a worker.
        return {k: v for k, v in self.__dict__.items() if k != "_hash"}

    def span(self, start: int, end: int) -> str:
        """Return ``text[start:end]``."""
        return self.text[start:end]

    @property
    def title(self) -> str | None:
        """Text of the first title block, if any."""
        for b in self.blocks:
            if b.label == "title":
                return self.text[b.start : b.end]
        return None


#: Anything a table helper accepts as one article: an Article, a path, raw bytes or text.
ArticleLike = Union[Article, "os.PathLike[str]", str, bytes]
#: One article or many: a corpus is any iterable of ArticleLike, or a DataFrame with ``text``.
Source = Union[ArticleLike, Iterable[ArticleLike], "pd.DataFrame", "pd.Series"]
