"""Exploratory analysis of news articles as tidy pandas tables.

Importing the package is cheap and has no side effects: helpers are loaded on first use.

>>> import analysis
>>> "quote_table" in analysis.__all__
True
"""

from __future__ import annotations

import importlib
import logging
from typing import Any

logging.getLogger(__name__).addHandler(logging.NullHandler())

__version__ = "0.1.0"

#: Public name -> module that defines it (loaded lazily on first attribute access).
_EXPORTS: dict[str, str] = {
    "Article": "types",
    "Block": "types",
    "MissingResourceError": "errors",
    "InputError": "errors",
    "read_article": "io",
    "article_from_text": "io",
    "read_corpus": "io",
    "iter_articles": "io",
    "block_table": "layout",
    "dateline": "layout",
    "sentence_table": "segment",
    "quote_table": "quotes",
    "speaker_table": "speakers",
    "people_table": "people",
    "token_table": "terms",
    "term_table": "terms",
    "keyness": "contrast",
    "sentiment_table": "sentiment",
    "sentiment_summary": "sentiment",
    "save_figure": "plots",
    "top_terms_chart": "plots",
    "term_comparison_chart": "plots",
    "keyness_chart": "plots",
    "speaker_share_chart": "plots",
    "sentiment_arc_chart": "plots",
    "speaker_sentiment_chart": "plots",
    "quotes_by_gender_chart": "plots",
    "repository_path": "paths",
    "setup": "resources",
    "article_table": "pipeline",
    "to_dask": "pipeline",
    "report_html": "report",
}

__all__ = sorted(_EXPORTS)


def __getattr__(name: str) -> Any:
    module = _EXPORTS.get(name)
    if module is None:
        raise AttributeError(f"module 'analysis' has no attribute {name!r}")
    value = getattr(importlib.import_module(f".{module}", __name__), name)
    globals()[name] = value
    return value


def __dir__() -> list[str]:
    return sorted([*globals(), *__all__])
