"""Run every table over a corpus, one article at a time, and write the tables in parts.

One per-article function, :func:`process_article`, reads an input (a file, or a row of a
CSV or JSONL export), builds every table for that article and returns them with the
article's errors, never raising. :func:`run` maps that function over the inputs in this
process (``jobs=1``), in ``jobs`` worker processes, or on a Dask cluster
(``engine="dask"``), keeps the results in input order, and writes them as it goes:

``out/<table>/part-00000.parquet`` (or ``.csv``)
    one part per ``part_size`` articles for each table (``articles``, ``blocks``,
    ``sentences``, ``quotes``, ``speakers``, ``people``, ``terms``, ``sentiment``,
    ``errors``), so memory stays flat however long the corpus is;
``out/_done.jsonl``
    one line per written part listing its article ids: ``resume=True`` skips them;
``out/errors.csv``
    every input that failed, with the stage and the reason;
``out/corpus/``
    corpus-level tables computed at the end from the written parts (``terms``: term
    counts summed over articles; ``speakers``: one row per speaker name over the corpus);
``out/charts/``, ``out/report/``
    charts (PNG, SVG, PDF) and the HTML report (one page per article and an index);
``out/summary.json``
    rows per table, articles ok and failed, seconds and words per second.

Per-article tables are computed per article (a speaker's share of voice is within its
article); corpus-level tables only from the written parts, after the last article.

Examples
--------
>>> from analysis import article_from_text
>>> text = "Bridge opens after years of work\\n\\nThe bridge opened on Monday. Drivers cheered."
>>> result = run([article_from_text(text, article_id="a")],
...              progress=False, report=False, charts=False)
>>> result.summary["articles_ok"], result.table("sentences")["text"].tolist()
(1, ['Bridge opens after years of work', 'The bridge opened on Monday.', 'Drivers cheered.'])
"""

from __future__ import annotations

import collections
import contextlib
import gc
import importlib
import json
import logging
import multiprocessing
import os
import pickle
import re
import shutil
import sys
import tempfile
import time
from collections.abc import Callable, Iterable, Iterator, Mapping, Sequence
from concurrent.futures import BrokenExecutor, Executor, Future, ProcessPoolExecutor
from dataclasses import dataclass, field, replace
from pathlib import Path
from typing import Any, Literal

import pandas as pd

from . import schema
from ._frames import Rows, article_frame
from .errors import InputError, check_choice
from .types import Article

logger = logging.getLogger(__name__)

Engine = Literal["local", "dask"]
Format = Literal["parquet", "csv"]

#: Per-article tables and the helper that builds each: table -> (module, function, options).
TABLE_HELPERS: dict[str, tuple[str, str, Mapping[str, Any]]] = {
    "blocks": ("layout", "block_table", {}),
    "sentences": ("segment", "sentence_table", {}),
    "quotes": ("quotes", "quote_table", {}),
    "speakers": ("speakers", "speaker_table", {}),
    "people": ("people", "people_table", {}),
    "terms": ("terms", "term_table", {"by": "article_id"}),
    "sentiment": ("sentiment", "sentiment_table", {}),
}
#: Tables :func:`run` writes by default (``errors`` is always written).
DEFAULT_TABLES: tuple[str, ...] = ("articles", *TABLE_HELPERS)
#: Every table the pipeline may write.
ALL_TABLES: tuple[str, ...] = (*DEFAULT_TABLES, "errors")
#: Column names tried, in order, for the text and the id of a CSV row or JSONL record
#: when the named column is absent (common export layouts).
TEXT_COLUMNS: tuple[str, ...] = ("text", "content", "body", "article", "story", "full_text")
ID_COLUMNS: tuple[str, ...] = ("article_id", "id", "doc_id", "document_id", "uuid", "url")
#: File suffixes read as tables of articles, and as one article each.
CSV_SUFFIXES: frozenset[str] = frozenset({".csv", ".tsv"})
JSONL_SUFFIXES: frozenset[str] = frozenset({".jsonl", ".ndjson"})
#: Largest input read as one article (bytes of a file, characters of a row): 20 MB.
MAX_BYTES = 20_000_000
#: Articles per written part (and per flush of the in-memory buffers).
PART_SIZE = 500
#: Articles per task sent to a worker process or a Dask worker (each table helper is
#: called once per batch). 32 rather than 16: every batch has a fixed cost (frame builds,
#: grouping, a Dask task's round trip of about 10 ms), and the 924 PolNeAR texts still
#: make 29 tasks, enough to keep two workers evenly busy (about 5% less CPU in one
#: process, 10% less with Dask).
BATCH_SIZE = 32
#: Smallest batch of the last ones of a parallel run (see ``_batches``).
MIN_BATCH = 4
#: Tasks kept in flight per worker: enough to keep workers busy, few enough to bound memory.
TASKS_PER_WORKER = 4
#: Per-article charts drawn for the first ``chart_limit`` articles: (chart name, plots
#: function, table it draws, other tables passed as keyword arguments). A chart whose
#: function is missing or whose table is empty is skipped.
ARTICLE_CHARTS: tuple[tuple[str, str, str, Mapping[str, str]], ...] = (
    ("top_terms", "top_terms_chart", "terms", {}),
    ("speaker_share", "speaker_share_chart", "speakers", {}),
    ("sentiment_arc", "sentiment_arc_chart", "sentiment", {"quotes": "quotes"}),
)
#: Columns of the tables a report page shows.
REPORT_COLUMNS: dict[str, list[str]] = {
    "quotes": [
        "article_id",
        "start",
        "end",
        "kind",
        "speaker",
        "speaker_mention",
        "speaker_start",
        "speaker_end",
    ],
    "speakers": [
        "article_id",
        "speaker",
        "gender",
        "n_quotes",
        "n_words",
        "share_of_quoted_words",
        "description",
    ],
}
#: Corpus charts drawn at the end from the corpus tables (same layout).
CORPUS_CHARTS: tuple[tuple[str, str, str, Mapping[str, str]], ...] = (
    ("top_terms", "top_terms_chart", "corpus_terms", {}),
    ("speaker_share", "speaker_share_chart", "corpus_speakers", {}),
    ("quotes_by_gender", "quotes_by_gender_chart", "speakers", {}),
)
#: Most articles drawn as bars of one corpus chart (quotes by gender per article).
MAX_CHART_ARTICLES = 40
CHART_FORMATS: tuple[str, ...] = ("png", "svg", "pdf")
#: Dask settings of the LocalCluster :func:`run` starts: no statistical profiler sampling
#: the worker's stack every 10 ms (a few per cent of the CPU, for a dashboard not shown),
#: and the event-loop watchdog, memory and system monitors waking less often than 50, 10
#: and 2 times a second (each wake-up takes the GIL from the running batch; about 2%); no
#: work stealing (every task is alike and independent: nothing to rebalance).
DASK_WORKER_CONFIG: dict[str, Any] = {
    "distributed.worker.profile.enabled": False,
    "distributed.admin.tick.interval": "500ms",
    "distributed.worker.memory.monitor-interval": "1s",
    "distributed.admin.system-monitor.interval": "2s",
    "distributed.scheduler.work-stealing": False,
}
#: Per-article tables whose corpus sums are built as the run goes (see :func:`_part_sums`):
#: each worker groups its batch, each flush writes the part's sums under ``_sums/``, and
#: :func:`corpus_terms` adds those small files instead of reading every part again.
CORPUS_SUMS: tuple[str, ...] = ("terms",)
_SUMS = "_sums"
_DONE = "_done.jsonl"
_PART = re.compile(r"^part-(\d{5})\.(parquet|csv)$")
_UNSAFE = re.compile(r"[^\w.\-]+")


# --------------------------------------------------------------------------- inputs


@dataclass(frozen=True)
class Item:
    """One input of the corpus: a file path, a text from a CSV/JSONL row, or an Article.

    ``problem`` holds a reason the input cannot be read (a bad JSON line); it is reported
    as an error row by :func:`process_article`. ``meta`` holds the other columns of a CSV
    row, DataFrame row or JSONL record (outlet, date, url, ...), as text: they become
    extra columns of the ``articles`` table.
    """

    index: int
    article_id: str
    source: str
    path: str | None = None
    text: str | None = None
    article: Article | None = None
    problem: str | None = None
    meta: tuple[tuple[str, str | None], ...] = ()


@dataclass(frozen=True)
class BatchResult:
    """What :func:`process_batch` (and :func:`process_article`) returns for some inputs.

    ``tables`` hold the rows of every article of the batch, in input order; ``pages``
    and ``charts`` are keyed by article id; ``sums`` hold the batch's share of the corpus
    tables (:data:`CORPUS_SUMS`), grouped and summed on the worker.
    """

    ids: list[str]
    failed: list[str]
    tables: dict[str, pd.DataFrame]
    errors: list[dict[str, str | None]]
    n_words: int = 0
    pages: dict[str, str] = field(default_factory=dict)
    charts: dict[str, dict[str, dict[str, bytes]]] = field(default_factory=dict)
    sums: dict[str, list[pd.DataFrame]] = field(default_factory=dict)


@dataclass(frozen=True)
class Options:
    """Settings of the per-article function, sent to every worker."""

    tables: tuple[str, ...] = DEFAULT_TABLES
    max_bytes: int = MAX_BYTES
    report: bool = True
    charts: bool = True
    chart_limit: int = 20


def iter_items(
    source: Any,
    *,
    text_column: str = "text",
    id_column: str = "article_id",
) -> Iterator[Item]:
    """Yield the inputs of ``source`` one at a time, with unique article ids.

    ``source`` is a path (file or folder) or a list of paths, a DataFrame, or an iterable
    of :class:`~analysis.types.Article` or texts. Folders are searched recursively for
    ``*.txt`` (sorted); ``.csv``/``.tsv`` and ``.jsonl``/``.ndjson`` files give one article
    per row (read in chunks, never whole). Ids are the file stem, or the ``id_column`` of a
    row, made unique by appending ``~2``, ``~3``...

    >>> [i.article_id for i in iter_items(["One.", "Two."])]
    ['text-194d30aed0d3', 'text-55691f90515f']
    """
    seen: set[str] = set()
    raw = _raw_items(source, text_column=text_column, id_column=id_column)
    for index, item in enumerate(raw):
        article_id = _unique(item.article_id, seen)
        yield replace(item, index=index, article_id=article_id)


def count_items(source: Any) -> int | None:
    """Number of inputs when it is cheap to know (files, folders, JSONL lines), else None."""
    total = 0
    for entry in _entries(source):
        if not isinstance(entry, Path):
            return None if not isinstance(entry, Article | str) else total + 1
        if entry.is_dir():
            total += len(_text_files(entry, log=False))
        elif entry.suffix.lower() in JSONL_SUFFIXES and entry.is_file():
            total += _count_lines(entry)
        elif entry.suffix.lower() in CSV_SUFFIXES:
            return None
        else:
            total += 1
    return total


def _entries(source: Any) -> Iterator[Any]:
    if isinstance(source, Article | pd.DataFrame | pd.Series):
        yield source
    elif isinstance(source, os.PathLike) or (isinstance(source, str) and _is_path(source)):
        yield Path(source)
    elif isinstance(source, str):
        yield source
    elif isinstance(source, Iterable):
        for entry in source:
            yield from _entries(entry)
    else:
        raise TypeError(
            "`source` must be a path, a list of paths, a DataFrame or an iterable of "
            f"articles or texts, not {type(source).__name__}"
        )


def _raw_items(source: Any, *, text_column: str, id_column: str) -> Iterator[Item]:
    for entry in _entries(source):
        if isinstance(entry, Article):
            yield Item(0, entry.article_id, entry.source or entry.article_id, article=entry)
        elif isinstance(entry, pd.DataFrame):
            yield from _frame_items(entry, "<DataFrame>", text_column, id_column, 0)
        elif isinstance(entry, pd.Series):
            for idx, text in entry.items():
                yield Item(0, str(idx), "<Series>", text=text if isinstance(text, str) else "")
        elif isinstance(entry, str):
            from .io import text_id

            yield Item(0, text_id(entry), "<text>", text=entry)
        else:
            yield from _path_items(entry, text_column=text_column, id_column=id_column)


def _path_items(path: Path, *, text_column: str, id_column: str) -> Iterator[Item]:
    suffix = path.suffix.lower()
    if path.is_dir():
        for file in _text_files(path):
            yield Item(0, file.stem, str(file), path=str(file))
    elif not path.exists():
        yield Item(0, path.stem, str(path), problem=f"{path}: no such file or folder")
    elif suffix in CSV_SUFFIXES:
        yield from _csv_items(path, text_column, id_column)
    elif suffix in JSONL_SUFFIXES:
        yield from _jsonl_items(path, text_column, id_column)
    else:
        yield Item(0, path.stem, str(path), path=str(path))


def _text_files(folder: Path, *, log: bool = True) -> list[Path]:
    """Files of ``folder`` (recursively) whose suffix is ``.txt`` in any case, sorted."""
    files, ignored = [], 0
    for path in folder.rglob("*"):
        if path.suffix.lower() == ".txt" and path.is_file():
            files.append(path)
        elif path.is_file():
            ignored += 1
    if ignored and log:
        logger.info("%s: ignoring %d files that are not .txt", folder, ignored)
    return sorted(files)


def _csv_items(path: Path, text_column: str, id_column: str) -> Iterator[Item]:
    sep = "\t" if path.suffix.lower() == ".tsv" else ","
    try:
        chunks = pd.read_csv(
            path,
            sep=sep,
            dtype=str,
            keep_default_na=False,
            chunksize=PART_SIZE,
            encoding="utf-8-sig",
            encoding_errors="replace",
        )
        offset = 0
        for chunk in chunks:
            yield from _frame_items(chunk, str(path), text_column, id_column, offset)
            offset += len(chunk)
    except (ValueError, OSError, pd.errors.ParserError) as err:
        yield Item(0, path.stem, str(path), problem=f"{path}: cannot read as CSV: {err}")


def _frame_items(
    df: pd.DataFrame, source: str, text_column: str, id_column: str, offset: int
) -> Iterator[Item]:
    stem = Path(source).stem if not source.startswith("<") else "row"
    text_col = _pick(list(df.columns), text_column, TEXT_COLUMNS)
    if text_col is None:
        yield Item(
            0,
            stem,
            source,
            problem=f"{source}: no text column {text_column!r} (columns: {list(df.columns)}); "
            "name it with text_column / --text-column",
        )
        return
    id_col = _pick(list(df.columns), id_column, ID_COLUMNS)
    ids = df[id_col].astype(str).tolist() if id_col else None
    others = [c for c in df.columns if c not in (text_col, id_col)]
    metas = zip(*(df[c].tolist() for c in others), strict=True) if others else None
    names = [str(c) for c in others]
    for i, text in enumerate(df[text_col].tolist()):
        row = offset + i
        article_id = ids[i] if ids and ids[i] else f"{stem}-{row + 1}"
        origin = f"{source}:{row + 1}" if not source.startswith("<") else source
        meta = _meta(names, next(metas)) if metas is not None else ()
        if isinstance(text, str):
            yield Item(0, article_id, origin, text=text, meta=meta)
        else:
            problem = f"{origin}: text is {text!r}, not a string"
            yield Item(0, article_id, origin, problem=problem, meta=meta)


def _meta(names: Sequence[str], values: Iterable[Any]) -> tuple[tuple[str, str | None], ...]:
    """Metadata of one row as text: None for missing values, JSON for nested ones."""
    out = []
    for name, value in zip(names, values, strict=True):
        if value is None or (isinstance(value, float) and value != value):
            text = None
        elif isinstance(value, dict | list):
            text = json.dumps(value, ensure_ascii=False)
        else:
            text = str(value)
        out.append((name, text))
    return tuple(out)


def _jsonl_items(path: Path, text_column: str, id_column: str) -> Iterator[Item]:
    with path.open("r", encoding="utf-8-sig", errors="replace") as lines:
        for number, line in enumerate(lines, start=1):
            origin = f"{path}:{number}"
            fallback_id = f"{path.stem}-{number}"
            if not line.strip():
                continue
            try:
                record = json.loads(line)
            except json.JSONDecodeError as err:
                yield Item(0, fallback_id, origin, problem=f"{origin}: not valid JSON ({err})")
                continue
            if not isinstance(record, dict):
                yield Item(0, fallback_id, origin, problem=f"{origin}: not a JSON object")
                continue
            key = _pick(list(record), text_column, TEXT_COLUMNS)
            id_key = _pick(list(record), id_column, ID_COLUMNS)
            article_id = str(record[id_key]) if id_key and record[id_key] is not None else ""
            text = record.get(key) if key else None
            others = [str(k) for k in record if k not in (key, id_key)]
            meta = _meta(others, (record[k] for k in others))
            if isinstance(text, str):
                yield Item(0, article_id or fallback_id, origin, text=text, meta=meta)
            else:
                reason = f"field {text_column!r} missing" if key is None else "text is not a string"
                problem = f"{origin}: {reason}"
                yield Item(0, article_id or fallback_id, origin, problem=problem, meta=meta)


def _pick(columns: Sequence[Any], wanted: str, fallbacks: tuple[str, ...]) -> str | None:
    if wanted in columns:
        return wanted
    if wanted in fallbacks:
        lowered = {str(c).lower(): c for c in columns}
        for name in fallbacks:
            if name in lowered:
                return str(lowered[name])
    return None


def _unique(article_id: str, seen: set[str]) -> str:
    candidate, n = article_id, 1
    while candidate in seen:
        n += 1
        candidate = f"{article_id}~{n}"
    seen.add(candidate)
    return candidate


def _is_path(text: str) -> bool:
    if "\n" in text or len(text) > 4096:
        return False
    try:
        return os.path.exists(text) or Path(text).suffix.lower() in (
            CSV_SUFFIXES | JSONL_SUFFIXES | {".txt"}
        )
    except (OSError, ValueError):
        return False


def _count_lines(path: Path) -> int:
    n = 0
    with path.open("rb") as f:
        for block in iter(lambda: f.read(1 << 20), b""):
            n += block.count(b"\n")
    return n


# --------------------------------------------------------------------------- per article


def article_table(source: Any) -> pd.DataFrame:
    """One row per article: source, encoding, title, dateline and size counts.

    Parameters
    ----------
    source
        An article, a corpus, or a DataFrame with a ``text`` column.

    Returns
    -------
    pandas.DataFrame
        The ``articles`` table of :mod:`analysis.schema`.

    Examples
    --------
    >>> from analysis import article_from_text
    >>> text = "Bridge opens after years of work\\n\\nThe bridge opened on Monday. Drivers cheered."
    >>> row = article_table(article_from_text(text, article_id="a")).iloc[0]
    >>> row["title"], int(row["n_blocks"]), int(row["n_body_words"])
    ('Bridge opens after years of work', 2, 7)
    """
    return article_frame(source, "articles", _article_rows)


def _article_rows(article: Article) -> Rows:
    from .layout import dateline
    from .segment import word_count

    text = article.text
    body = [b for b in article.blocks if b.label == "body"]
    return {
        "source": [article.source],
        "encoding": [article.encoding],
        "title": [article.title],
        "dateline": [dateline(article)],
        "n_chars": [len(text)],
        "n_blocks": [len(article.blocks)],
        "n_body_paragraphs": [len({b.paragraph_id for b in body})],
        "n_body_words": [sum(word_count(text[b.start : b.end]) for b in body)],
    }


def process_article(item: Item, options: Options = Options()) -> BatchResult:
    """Read one input and build every table of ``options.tables`` for it; never raises.

    A read failure gives a result whose ``failed`` lists the article, with one error row;
    a table helper that raises is logged and recorded as an error row (``stage`` is the
    table name) and the other tables are still built. The same as :func:`process_batch`
    of one item.
    """
    return process_batch([item], options)


def process_batch(items: Sequence[Item], options: Options = Options()) -> BatchResult:
    """:func:`process_article` over a few items: the unit of work sent to a worker.

    Each table helper is called once on the batch's articles (one frame build instead of
    one per article, about 20% faster); when it raises, it is called article by article
    so that only the failing article loses that table.
    """
    with _gc_paused():
        return _process_batch(items, options)


@contextlib.contextmanager
def _gc_paused() -> Iterator[None]:
    """Hold Python's cyclic garbage collector for the length of one batch.

    A batch allocates many small objects that live until its frames are built; the
    collector would scan them again and again (about a tenth of the run time). It runs
    as usual once the batch is done, so memory still holds at most one batch's cycles.
    """
    if not gc.isenabled():
        yield
        return
    gc.disable()
    try:
        yield
    finally:
        gc.enable()


def _process_batch(items: Sequence[Item], options: Options) -> BatchResult:
    from .segment import word_count

    errors: list[dict[str, str | None]] = []
    articles: list[tuple[Item, Article]] = []
    failed = []
    for item in items:
        try:
            articles.append((item, _read(item, options.max_bytes)))
        except Exception as err:  # a bad input must never stop the corpus
            logger.warning("skipping %s: %s", item.source, err)
            errors.append(_error(item, "read", err))
            failed.append(item.article_id)
    tables = {name: _build_all(name, articles, errors) for name in options.tables}
    if "articles" in tables and any(item.meta for item in items):
        tables["articles"] = _with_meta(tables["articles"], items)
    result = BatchResult(
        [item.article_id for item in items],
        failed,
        tables,
        errors,
        sum(word_count(article.text) for _, article in articles),
    )
    for name in CORPUS_SUMS:
        if name in tables:
            try:
                grouped = _grouped_sums(tables[name], _terms_prepared, TERM_SUMS)
            except Exception as err:  # the corpus view is then built from the parts
                logger.warning("%s sums failed: %s: %s", name, type(err).__name__, err)
                continue
            if grouped is not None:
                result.sums[name] = [grouped]
    if options.report or options.charts:
        try:
            _views(result, articles, options)
        except Exception as err:  # views must never lose the batch's tables
            logger.warning("report or charts failed: %s: %s", type(err).__name__, err)
            errors.extend(_error(item, "report", err) for item, _ in articles)
    return result


def _with_meta(df: pd.DataFrame, items: Sequence[Item]) -> pd.DataFrame:
    """The ``articles`` rows with the inputs' metadata as extra text columns, after the
    schema's (a name the schema already uses gets a ``meta_`` prefix)."""
    keys = list(dict.fromkeys(k for item in items for k, _ in item.meta))
    by_id = {item.article_id: dict(item.meta) for item in items}
    rows = [by_id.get(a, {}) for a in df["article_id"].tolist()]
    extra = {
        (f"meta_{k}" if k in df.columns else k): pd.array([r.get(k) for r in rows], dtype="string")
        for k in keys
    }
    return df.assign(**extra) if extra else df


def _build_all(
    name: str, articles: Sequence[tuple[Item, Article]], errors: list[dict[str, str | None]]
) -> pd.DataFrame:
    """One table for every article: in one call, or article by article when that raises."""
    if not articles:
        return _empty_like(name)
    try:
        return _build(name, [article for _, article in articles])
    except Exception:  # find the article(s) that fail below; keep the others' rows
        frames = []
        for item, article in articles:
            try:
                frames.append(_build(name, [article]))
            except Exception as err:  # one failing helper must not lose the other tables
                logger.warning(
                    "%s: %s failed: %s: %s", item.article_id, name, type(err).__name__, err
                )
                errors.append(_error(item, name, err))
        return _concat(frames, name)


def _views(result: BatchResult, articles: Sequence[tuple[Item, Article]], options: Options) -> None:
    """Per-article charts (first ``chart_limit`` articles) and report pages, into ``result``.

    The batch's frames are turned into records once and grouped by article in Python:
    slicing frames per article costs more than building the page.
    """
    from .report import page_html, records

    tables = result.tables
    grouped = {
        name: _group(records(tables[name][[c for c in columns if c in tables[name].columns]]))
        for name, columns in REPORT_COLUMNS.items()
        if name in tables and "article_id" in tables[name].columns
    }
    sentiment = tables.get("sentiment")
    means: dict[Any, float] = {}
    if sentiment is not None and len(sentiment):
        means = sentiment.groupby("article_id", observed=True)["compound"].mean().to_dict()
    sentences = tables.get("sentences")
    counts: dict[Any, int] = {}
    if sentences is not None:  # counted in Python: a groupby costs more than the count
        counts = collections.Counter(sentences["article_id"].tolist())
    for item, article in articles:
        aid = article.article_id
        if options.charts and item.index < options.chart_limit:
            own = {name: df[df["article_id"] == aid] for name, df in tables.items()}
            result.charts[aid] = _draw(ARTICLE_CHARTS, own, item, result.errors)
        if not options.report:
            continue
        charts = result.charts.get(aid, {})
        try:
            result.pages[aid] = page_html(
                article,
                quotes=grouped.get("quotes", {}).get(aid, []),
                speakers=grouped.get("speakers", {}).get(aid, []),
                n_sentences=counts.get(aid, 0) if sentences is not None else None,
                mean_compound=means.get(aid),
                charts={name: files["png"] for name, files in charts.items() if "png" in files},
            )
        except Exception as err:  # the report is a view; its failure loses no table
            logger.warning("%s: report failed: %s", aid, err)
            result.errors.append(_error(item, "report", err))


def _group(rows: list[dict[str, Any]]) -> dict[str, list[dict[str, Any]]]:
    out: dict[str, list[dict[str, Any]]] = {}
    for row in rows:
        out.setdefault(str(row["article_id"]), []).append(row)
    return out


#: A tiny article that touches every table helper once (our own text).
WARM_UP_TEXT = (
    "Warm-up title for the resources\n\n"
    '"We are ready," said Jane Doe, a spokeswoman. She smiled and left the room happy.\n'
    "Treasury said it would wait.\n"  # a one-word name: loads the English word list
)


def warm_up() -> None:
    """Load every resource the tables need by building them for a tiny article; never raises.

    Runs once per process (later calls return at once): worker pools started one after
    another, and Dask workers warmed by the caller, do not pay for it again. Charts are
    not drawn (they cost a second and load nothing the tables need).
    """
    from .io import article_from_text

    if _WARM:
        return
    try:
        article = article_from_text(WARM_UP_TEXT, article_id="warm-up")
        item = Item(0, "warm-up", "<warm-up>", article=article)
        process_batch([item], Options(report=False, charts=False))
        _WARM.append(True)
    except Exception as err:  # the workers will report the same problem per article
        logger.info("warm-up failed: %s: %s", type(err).__name__, err)


#: Holds True once this process is warm (a list, so no ``global`` is needed).
_WARM: list[bool] = []


def _read(item: Item, max_bytes: int) -> Article:
    from .io import article_from_text, read_article

    if item.problem is not None:
        raise InputError(item.problem)
    if item.article is not None:
        article = item.article
    elif item.path is not None:
        size = os.stat(item.path).st_size
        if size > max_bytes:
            raise InputError(f"{item.path}: {size:,} bytes, over the {max_bytes:,}-byte limit")
        article = read_article(item.path, article_id=item.article_id)
    else:
        text = item.text or ""
        if len(text) > max_bytes:
            raise InputError(f"{item.source}: {len(text):,} characters, over the limit")
        article = article_from_text(text, article_id=item.article_id, source=item.source)
    if not article.text.strip():
        raise InputError(f"{item.source}: empty (no text)")
    return article


def _build(name: str, articles: list[Article]) -> pd.DataFrame:
    if name == "articles":
        return article_table(articles)
    module, function, kwargs = TABLE_HELPERS[name]
    df = _helper(module, function)(articles, **kwargs)
    if "article_id" not in df.columns:
        raise ValueError(f"{function} gave no `article_id` column")
    return df.reset_index(drop=True)


def _helper(module: str, function: str) -> Callable[..., pd.DataFrame]:
    helper: Callable[..., pd.DataFrame] = getattr(
        importlib.import_module(f"analysis.{module}"), function
    )
    return helper


def _error(item: Item, stage: str, err: BaseException) -> dict[str, str | None]:
    return {
        "article_id": item.article_id,
        "source": item.source,
        "stage": stage,
        "error": type(err).__name__,
        "message": str(err) or type(err).__name__,
    }


def _draw(
    charts: Sequence[tuple[str, str, str, Mapping[str, str]]],
    tables: Mapping[str, pd.DataFrame],
    item: Item | None,
    errors: list[dict[str, str | None]],
) -> dict[str, dict[str, bytes]]:
    """Draw each chart whose function exists and whose table has rows; return file bytes."""
    try:
        plots = importlib.import_module("analysis.plots")
    except ImportError:
        return {}
    import matplotlib.pyplot as plt

    out: dict[str, dict[str, bytes]] = {}
    for name, function, table, extra in charts:
        chart = getattr(plots, function, None)
        df = tables.get(table)
        if chart is None or df is None or df.empty:
            continue
        kwargs = {k: tables[t] for k, t in extra.items() if t in tables}
        try:
            ax = chart(df, **kwargs)
            out[name] = _figure_bytes(ax.figure, name)
        except Exception as err:  # a chart is a view; its failure loses no table
            logger.warning("chart %s failed: %s: %s", name, type(err).__name__, err)
            if item is not None:
                errors.append(_error(item, f"chart:{name}", err))
        finally:
            plt.close("all")
    return out


def _figure_bytes(fig: Any, stem: str) -> dict[str, bytes]:
    save_figure = importlib.import_module("analysis.plots").save_figure
    with tempfile.TemporaryDirectory() as tmp:
        paths = save_figure(fig, Path(tmp) / stem, formats=CHART_FORMATS)
        return {Path(p).suffix.lstrip("."): Path(p).read_bytes() for p in paths}


# --------------------------------------------------------------------------- writing


class _Sink:
    """Buffers per-table frames and writes one part per flush (or keeps them, in memory)."""

    def __init__(self, out: Path | None, fmt: str, tables: Sequence[str], first_part: int) -> None:
        self.out, self.fmt, self.tables = out, fmt, tuple(tables)
        self.part = first_part
        self.buffers: dict[str, list[pd.DataFrame]] = {t: [] for t in self.tables}
        self.memory: dict[str, list[pd.DataFrame]] = {t: [] for t in self.tables}
        self.ids: list[str] = []
        self.failed: list[str] = []
        self.words = 0
        self.sums: dict[str, list[pd.DataFrame]] = {}
        self.unsummed: set[str] = set()  # tables a batch of this part came without sums for

    def add(self, result: BatchResult) -> None:
        for name, df in result.tables.items():
            if name in self.buffers and len(df):
                self.buffers[name].append(df)
                if name in CORPUS_SUMS and name not in result.sums:
                    self.unsummed.add(name)
        for name, frames in result.sums.items():
            self.sums.setdefault(name, []).extend(frames)
        if result.errors:
            self.buffers["errors"].append(schema.frame("errors", _columns(result.errors)))
        self.ids.extend(result.ids)
        self.failed.extend(result.failed)
        self.words += result.n_words

    def flush(self) -> None:
        if not self.ids:
            return
        rows = {}
        for name, frames in self.buffers.items():
            df = _concat(frames, name)
            rows[name] = len(df)
            if self.out is None:
                self.memory[name].append(df)
            elif len(df):
                _write(df, self.out / name / f"part-{self.part:05d}.{self.fmt}", self.fmt)
                if name in self.sums and name not in self.unsummed:
                    summed = _summed(self.sums[name])
                    _write(summed.reset_index(), _sums_path(self.out, name, self.part), "parquet")
            frames.clear()
        self.sums.clear()
        self.unsummed.clear()
        if self.out is not None:
            line = {"part": self.part, "ids": self.ids, "failed": self.failed}
            line |= {"rows": rows, "words": self.words}
            with (self.out / _DONE).open("a", encoding="utf-8") as done:
                done.write(json.dumps(line) + "\n")
        self.part += 1
        self.ids, self.failed, self.words = [], [], 0


def _columns(records: Sequence[Mapping[str, Any]]) -> dict[str, list[Any]]:
    keys = schema.columns("errors")
    return {k: [r.get(k) for r in records] for k in keys}


def _concat(frames: Sequence[pd.DataFrame], table: str) -> pd.DataFrame:
    if not frames:
        return schema.empty(table) if table in schema.TABLES else pd.DataFrame()
    return pd.concat(frames, ignore_index=True) if len(frames) > 1 else frames[0]


def _write(df: pd.DataFrame, path: Path, fmt: str) -> None:
    path.parent.mkdir(parents=True, exist_ok=True)
    tmp = path.with_name(path.name + ".tmp")
    if fmt == "parquet":
        df.to_parquet(tmp, index=False)
    else:
        df.to_csv(tmp, index=False)
    os.replace(tmp, path)


def _write_one(df: pd.DataFrame, path: Path, fmt: str) -> Path:
    target = path.with_suffix(f".{fmt}")
    _write(df, target, fmt)
    return target


# --------------------------------------------------------------------------- reading back


def table_paths(out: str | os.PathLike[str], table: str) -> list[Path]:
    """The parts written for ``table`` under ``out``, in order."""
    folder = Path(out) / table
    if not folder.is_dir():
        return []
    return sorted(p for p in folder.iterdir() if _PART.match(p.name))


def read_table(
    out: str | os.PathLike[str], table: str, *, columns: Sequence[str] | None = None
) -> pd.DataFrame:
    """Read every part of ``table`` written under ``out`` into one frame with schema dtypes.

    ``columns`` reads only those columns (less memory on a large corpus).

    >>> read_table(tempfile.gettempdir() + "/no-such-run", "quotes").columns[:2].tolist()
    ['article_id', 'quote_id']
    """
    frames = [_read_part(p, columns) for p in table_paths(out, table)]
    if not frames:
        df = schema.empty(table) if table in schema.TABLES else pd.DataFrame()
        return df[list(columns)] if columns is not None and len(df.columns) else df
    return _cast(pd.concat(frames, ignore_index=True), table)


def _read_part(path: Path, columns: Sequence[str] | None = None) -> pd.DataFrame:
    wanted = list(columns) if columns is not None else None
    if path.suffix == ".parquet":
        return pd.read_parquet(path, columns=wanted)
    return pd.read_csv(path, dtype=str, keep_default_na=True, usecols=wanted)


def _cast(df: pd.DataFrame, table: str) -> pd.DataFrame:
    """Give ``df`` the schema dtypes of ``table`` (parts read back lose categories, CSV all)."""
    if table not in schema.TABLES:
        return df
    types = {k: v for k, v in schema.dtypes(table).items() if k in df.columns}
    out = {}
    for name in df.columns:
        dtype = types.get(name)
        col = df[name]
        if dtype is None:
            out[name] = col
        elif str(dtype) in ("Int64", "float64") and not pd.api.types.is_numeric_dtype(col):
            out[name] = pd.to_numeric(col).astype(dtype)
        elif str(dtype) == "boolean" and not pd.api.types.is_bool_dtype(col):
            out[name] = col.map({"True": True, "False": False}).astype(dtype)
        else:
            out[name] = col.astype(dtype)
    return pd.DataFrame(out)


def to_dask(
    output: str | os.PathLike[str] | RunResult, *, table: str | None = None
) -> dict[str, Any] | Any:
    """The tables of a run as Dask DataFrames, one partition per written part.

    Parameters
    ----------
    output
        The output folder of :func:`run` (or ``python -m analysis run --out``), or the
        :class:`RunResult` it returned.
    table
        One table name; None gives a dict of every table written.

    Returns
    -------
    dask.dataframe.DataFrame or dict
        With the schema's dtypes.

    Raises
    ------
    ImportError
        When Dask is absent: ``pip install "analysis[dask]"``.
    """
    dd = _require_dask("dask.dataframe")
    out = output.out if isinstance(output, RunResult) else Path(output)
    if out is None:
        raise ValueError("this run kept its tables in memory (out=None); run with `out=` first")
    names = [table] if table else [t for t in ALL_TABLES if table_paths(out, t)]
    frames = {}
    for name in names:
        paths = [str(p) for p in table_paths(out, name)]
        if not paths:
            raise FileNotFoundError(f"no parts of table {name!r} under {out}")
        meta = _cast(_read_part(Path(paths[0])).iloc[:0], name)
        parts = [_delayed_part(p, name) for p in paths]
        frames[name] = dd.from_delayed(parts, meta=meta, verify_meta=False)
    return frames[table] if table else frames


def _delayed_part(path: str, table: str) -> Any:
    delayed = _require_dask("dask").delayed
    return delayed(lambda p: _cast(_read_part(Path(p)), table))(path)


def _require_dask(module: str) -> Any:
    try:
        return importlib.import_module(module)
    except ImportError as err:
        raise ImportError(
            f'this needs Dask, an optional dependency: pip install "analysis[dask]" ({err})'
        ) from err


# --------------------------------------------------------------------------- the runner


@dataclass
class RunResult:
    """The outcome of :func:`run`: where the tables are, the summary, and the tables."""

    out: Path | None
    summary: dict[str, Any]
    memory: dict[str, pd.DataFrame] | None = None

    def table(self, name: str) -> pd.DataFrame:
        """One table as a pandas DataFrame (read from the parts when written to disk)."""
        check_choice("name", name, ALL_TABLES)
        if self.memory is not None:
            return self.memory[name]
        assert self.out is not None
        return read_table(self.out, name)

    def paths(self, name: str) -> list[Path]:
        """The part files written for table ``name`` (empty when kept in memory)."""
        check_choice("name", name, ALL_TABLES)
        return table_paths(self.out, name) if self.out is not None else []

    def tables(self) -> dict[str, pd.DataFrame]:
        """Every table written, by name."""
        return {name: self.table(name) for name in self.summary["tables"]}

    @property
    def errors(self) -> pd.DataFrame:
        """The ``errors`` table: one row per failed input, table or chart."""
        return self.table("errors")

    @property
    def ok(self) -> bool:
        """True when nothing failed."""
        return not self.summary["errors"]

    @property
    def exit_code(self) -> int:
        """0 when nothing failed, 1 otherwise."""
        return 0 if self.ok else 1


def run(
    source: Any,
    *,
    out: str | os.PathLike[str] | None = None,
    jobs: int = 1,
    engine: Engine = "local",
    scheduler: str | None = None,
    format: Format = "parquet",
    resume: bool = False,
    progress: bool = True,
    text_column: str = "text",
    id_column: str = "article_id",
    tables: Sequence[str] = DEFAULT_TABLES,
    report: bool = True,
    charts: bool = True,
    chart_limit: int = 20,
    part_size: int = PART_SIZE,
    max_bytes: int = MAX_BYTES,
) -> RunResult:
    """Build every table for every article of ``source`` and write them in parts under ``out``.

    Parameters
    ----------
    source
        A file, a folder (``*.txt`` found recursively), a CSV/TSV or JSONL file, a list of
        these, a DataFrame with a text column, or an iterable of articles or texts.
    out
        Output folder; None keeps the tables in memory (small corpora from Python only).
    jobs
        Worker processes (``engine="local"``) or Dask workers of the local cluster
        (``engine="dask"`` without ``scheduler``; at least 2). Tables do not depend on it.
    engine
        ``"local"`` (this machine) or ``"dask"`` (dask.distributed, optional extra).
    scheduler
        Address of a running Dask scheduler; None starts a ``LocalCluster``.
    format
        ``"parquet"`` or ``"csv"`` for the parts.
    resume
        Skip the articles ``out/_done.jsonl`` lists and append to the parts written.
    progress
        Show a tqdm progress bar (articles/s) on stderr.
    text_column, id_column
        Column (CSV) or field (JSONL, DataFrame) of the text and the id; when the default
        names are absent, common alternatives are tried (:data:`TEXT_COLUMNS`).
    tables
        Tables to build (default :data:`DEFAULT_TABLES`).
    report, charts
        Write the HTML report; draw charts (per article for the first ``chart_limit``
        articles, and for the corpus at the end).
    part_size
        Articles per written part: memory holds at most this many articles' tables.
    max_bytes
        Inputs larger than this are listed in the errors, not read.

    Returns
    -------
    RunResult
        ``.table(name)``, ``.summary``, ``.errors``, ``.exit_code``.

    Raises
    ------
    ValueError
        For an unknown ``engine``, ``format`` or table, or ``resume`` without ``out``.
    """
    check_choice("engine", engine, ("local", "dask"))
    check_choice("format", format, ("parquet", "csv"))
    for name in tables:
        check_choice("tables", name, DEFAULT_TABLES)
    if jobs < 1:
        raise ValueError(f"`jobs` must be >= 1, not {jobs}")
    if resume and out is None:
        raise ValueError("`resume=True` needs an output folder `out`")
    started = time.perf_counter()
    out_path = Path(out) if out is not None else None
    done: set[str] = set()
    first_part = 0
    if out_path is not None:
        out_path.mkdir(parents=True, exist_ok=True)
        done, first_part = _prepare(out_path, resume=resume)
    options = Options(
        tuple(tables), max_bytes, report and out_path is not None, charts, chart_limit
    )
    sink = _Sink(out_path, format, (*tables, "errors"), first_part)
    items = (
        i
        for i in iter_items(source, text_column=text_column, id_column=id_column)
        if i.article_id not in done
    )
    total = count_items(source)
    if total is not None:
        total = max(total - len(done), 0)
    stats = {"articles": 0, "failed": 0, "words": 0, "errors": 0}
    # workers start before the progress bar's monitor thread exists (they may be forked)
    with _executor(engine, jobs, scheduler) as submit, _bar(total, progress) as bar:
        batch_size = min(BATCH_SIZE, part_size)
        for batch in _ordered(submit, items, options, jobs, batch_size, total):
            sink.add(batch)
            _write_result_files(out_path, batch)
            stats["articles"] += len(batch.ids)
            stats["failed"] += len(batch.failed)
            stats["words"] += batch.n_words
            stats["errors"] += len(batch.errors)
            bar.update(len(batch.ids))
            elapsed = time.perf_counter() - started
            bar.set_postfix_str(f"{stats['words'] / elapsed:,.0f} words/s", refresh=False)
            if len(sink.ids) >= part_size:
                sink.flush()
        sink.flush()
    seconds = time.perf_counter() - started
    memory = None
    if out_path is None:
        memory = {t: _concat(sink.memory[t], t) for t in sink.tables}
    result = RunResult(out_path, {}, memory)
    if out_path is not None:
        _finish(out_path, format, options)
    result.summary.update(_summary(out_path, sink, stats, seconds, jobs, engine, format, memory))
    if out_path is not None:
        (out_path / "summary.json").write_text(json.dumps(result.summary, indent=2) + "\n")
    return result


def _prepare(out: Path, *, resume: bool) -> tuple[set[str], int]:
    """Clear a previous run's outputs, or (``resume``) read what it finished."""
    manifest = out / _DONE
    if not resume:
        for name in (*ALL_TABLES, "report", "charts", "corpus", _SUMS):
            if (out / name).is_dir():
                shutil.rmtree(out / name)
        for name in (_DONE, "errors.csv", "summary.json"):
            (out / name).unlink(missing_ok=True)
        return set(), 0
    done: set[str] = set()
    parts: set[int] = set()
    if manifest.is_file():
        for line in manifest.read_text(encoding="utf-8").splitlines():
            with contextlib.suppress(json.JSONDecodeError):
                record = json.loads(line)
                done.update(record["ids"])
                parts.add(int(record["part"]))
    for folder in (*ALL_TABLES, *(f"{_SUMS}/{name}" for name in CORPUS_SUMS)):
        for path in table_paths(out, folder):
            match = _PART.match(path.name)
            if match and int(match.group(1)) not in parts:
                path.unlink()  # written by an interrupted run after its last recorded part
    return done, max(parts) + 1 if parts else 0


def _write_result_files(out: Path | None, result: BatchResult) -> None:
    if out is None:
        return
    for article_id, page in result.pages.items():
        path = out / "report" / f"{safe_name(article_id)}.html"
        path.parent.mkdir(parents=True, exist_ok=True)
        path.write_text(page, encoding="utf-8")
    for article_id, charts in result.charts.items():
        folder = out / "charts" / safe_name(article_id)
        for chart, files in charts.items():
            folder.mkdir(parents=True, exist_ok=True)
            for fmt, data in files.items():
                (folder / f"{chart}.{fmt}").write_bytes(data)


def safe_name(article_id: str) -> str:
    """A file name for ``article_id``: unsafe characters become ``_``.

    >>> safe_name("sub/dir: a")
    'sub_dir_a'
    """
    return _UNSAFE.sub("_", article_id).strip("._") or "article"


def _summary(
    out: Path | None,
    sink: _Sink,
    stats: Mapping[str, int],
    seconds: float,
    jobs: int,
    engine: str,
    fmt: str,
    memory: Mapping[str, pd.DataFrame] | None,
) -> dict[str, Any]:
    rows: collections.Counter[str] = collections.Counter()
    articles = failed = 0
    if out is not None:
        for record in _manifest(out):
            rows.update(record["rows"])
            articles += len(record["ids"])
            failed += len(record["failed"])
    else:
        assert memory is not None
        rows.update({t: len(df) for t, df in memory.items()})
        articles, failed = stats["articles"], stats["failed"]
    return {
        "out": str(out) if out is not None else None,
        "tables": {t: int(rows.get(t, 0)) for t in sink.tables},
        "articles": articles,
        "articles_ok": articles - failed,
        "articles_failed": failed,
        "errors": int(rows.get("errors", 0)),
        "this_run": {
            "articles": stats["articles"],
            "failed": stats["failed"],
            "words": stats["words"],
            "seconds": round(seconds, 3),
            "articles_per_second": round(stats["articles"] / seconds, 2) if seconds else None,
            "words_per_second": round(stats["words"] / seconds) if seconds else None,
        },
        "jobs": jobs,
        "engine": engine,
        "format": fmt,
    }


def _manifest(out: Path) -> Iterator[dict[str, Any]]:
    path = out / _DONE
    if path.is_file():
        for line in path.read_text(encoding="utf-8").splitlines():
            with contextlib.suppress(json.JSONDecodeError):
                yield json.loads(line)


# --------------------------------------------------------------------------- mapping


def _ordered(
    submit: Callable[[list[Item], Options], Any] | None,
    items: Iterator[Item],
    options: Options,
    jobs: int,
    batch_size: int,
    total: int | None = None,
) -> Iterator[BatchResult]:
    """Batch results in input order: here, or through ``submit`` with bounded work in flight."""
    batches = _batches(items, batch_size, total=total if submit is not None else None, jobs=jobs)
    if submit is None:
        for batch in batches:
            yield process_batch(batch, options)
        return
    window = max(2, jobs) * TASKS_PER_WORKER
    pending: collections.deque[tuple[list[Item], Any]] = collections.deque()
    for batch in batches:
        pending.append((batch, submit(batch, options)))
        while len(pending) >= window:
            yield _collect(submit, pending, options)
    while pending:
        yield _collect(submit, pending, options)


def _collect(
    submit: Callable[[list[Item], Options], Any],
    pending: collections.deque[tuple[list[Item], Any]],
    options: Options,
) -> BatchResult:
    """The oldest pending batch's result; a worker process that died does not end the run.

    When the pool breaks (a worker killed by the system, a crash in native code), the
    pool is restarted, the batch is run again one article at a time so that only the
    article that kills a worker is lost (listed in ``errors`` with stage ``worker``), and
    the pending batches the broken pool did not finish are sent again.
    """
    batch, future = pending.popleft()
    try:
        result: BatchResult = future.result()
        return result
    except BrokenExecutor as err:
        restart = getattr(submit, "restart", None)
        if restart is None:
            raise
        logger.warning("a worker process died (%s); running its batch article by article", err)
        restart()
        parts = []
        for item in batch:
            try:
                parts.append(submit([item], options).result())
            except BrokenExecutor as crash:
                logger.warning("%s: the worker process died on it", item.article_id)
                restart()
                parts.append(
                    BatchResult(
                        [item.article_id], [item.article_id], {}, [_error(item, "worker", crash)]
                    )
                )
        for k, (waiting, sent) in enumerate(pending):
            if not (sent.done() and sent.exception() is None):  # finished results are kept
                pending[k] = (waiting, submit(waiting, options))
        return _merged(parts)


def _merged(parts: Sequence[BatchResult]) -> BatchResult:
    """One batch result from the results of consecutive parts of a batch."""
    names = list(dict.fromkeys(name for part in parts for name in part.tables))
    return BatchResult(
        [i for part in parts for i in part.ids],
        [i for part in parts for i in part.failed],
        {
            name: _concat([part.tables[name] for part in parts if name in part.tables], name)
            for name in names
        },
        [e for part in parts for e in part.errors],
        sum(part.n_words for part in parts),
        {k: v for part in parts for k, v in part.pages.items()},
        {k: v for part in parts for k, v in part.charts.items()},
        _merged_sums(parts),
    )


def _merged_sums(parts: Sequence[BatchResult]) -> dict[str, list[pd.DataFrame]]:
    """The parts' sums, for the tables every part that has rows of them gave sums for."""
    out: dict[str, list[pd.DataFrame]] = {}
    for name in CORPUS_SUMS:
        with_rows = [p for p in parts if name in p.tables and len(p.tables[name])]
        if with_rows and all(name in p.sums for p in with_rows):
            out[name] = [frame for p in with_rows for frame in p.sums[name]]
    return out


def _batches(
    items: Iterator[Item], size: int, *, total: int | None = None, jobs: int = 1
) -> Iterator[list[Item]]:
    """Lists of ``size`` items; with ``total`` known and several workers, the last get smaller.

    Near the end each batch holds about a quarter of what is left per worker (at least
    :data:`MIN_BATCH`), so the workers finish together instead of one waiting for the
    other's last full batch. Batching never changes the tables.
    """
    batch: list[Item] = []
    limit, seen = size, 0
    for item in items:
        batch.append(item)
        if len(batch) >= limit:
            yield batch
            seen += len(batch)
            batch = []
            if total is not None and jobs > 1:
                share = -(-(total - seen) // (2 * jobs))  # ceiling division
                limit = max(MIN_BATCH, min(size, share))
    if batch:
        yield batch


@contextlib.contextmanager
def _executor(
    engine: str, jobs: int, scheduler: str | None
) -> Iterator[Callable[[list[Item], Options], Any] | None]:
    if engine == "dask":
        with _dask_client(jobs, scheduler) as client:

            def submit(batch: list[Item], options: Options) -> _Unpickled:
                return _Unpickled(client.submit(_pickled_batch, batch, options, pure=False))

            yield submit
    elif jobs == 1:
        yield None
    else:
        local = _LocalPool(jobs)
        try:
            yield local
        finally:  # on Ctrl-C, drop the queued batches: --resume redoes them
            local.pool.shutdown(wait=True, cancel_futures=True)


class _LocalPool:
    """Submits batches to worker processes; ``restart`` replaces a broken pool."""

    def __init__(self, jobs: int) -> None:
        self.jobs = jobs
        self.pool = _process_pool(jobs)

    def __call__(self, batch: list[Item], options: Options) -> Future[Any]:
        return self.pool.submit(process_batch, batch, options)

    def restart(self) -> None:
        self.pool.shutdown(wait=False, cancel_futures=True)
        self.pool = _process_pool(self.jobs)


def _pickled_batch(items: Sequence[Item], options: Options) -> bytes:
    """:func:`process_batch` pickled on the Dask worker: one buffer to send, not a graph of
    frames for Dask's serialisers to walk (less work on both ends)."""
    dask_worker_warm_up()
    return pickle.dumps(process_batch(items, options), protocol=pickle.HIGHEST_PROTOCOL)


def dask_worker_warm_up() -> None:
    """Once per Dask worker process: load the data, then move it out of the collector's
    sight (``gc.freeze``), as forked local workers inherit it from their parent; full
    collections then stop walking the tagger's and WordNet's millions of objects (about 5%
    of a Dask run's time). Run on every worker with ``client.run(dask_worker_warm_up)``;
    the first batch a worker gets calls it too. Only for worker processes: it freezes
    everything the calling process holds."""
    if _FROZEN:
        return
    warm_up()
    if gc.isenabled():
        gc.collect()
        gc.freeze()
    _FROZEN.append(True)


#: Holds True once this Dask worker's loaded data is frozen.
_FROZEN: list[bool] = []


class _Unpickled:
    """A Dask future of :func:`_pickled_batch` whose ``result()`` is the batch result."""

    __slots__ = ("future",)

    def __init__(self, future: Any) -> None:
        self.future = future

    def result(self) -> BatchResult:
        result: BatchResult = pickle.loads(self.future.result())
        return result


def _process_pool(jobs: int) -> Executor:
    """Worker processes, started now.

    On Linux they are forked after this process has loaded the NLTK data once, so they
    start at once and share those pages; forking needs no ``if __name__ == "__main__"``
    guard in the caller's script and works from notebooks and stdin. Elsewhere they are
    spawned (the caller's script needs the usual main guard) and load the data themselves.
    """
    method = "spawn"
    if sys.platform.startswith("linux") and "fork" in multiprocessing.get_all_start_methods():
        warm_up()
        method = "fork"
    context = multiprocessing.get_context(method)
    pool = ProcessPoolExecutor(max_workers=jobs, mp_context=context)
    # The loaded data is frozen out of the collector while the workers are forked, as
    # the gc module's documentation advises: their collections then never touch (and
    # copy) those pages. This process gets its collector back unchanged at once.
    frozen = method == "fork" and gc.isenabled()
    if frozen:
        gc.collect()
        gc.freeze()
    try:
        for future in [pool.submit(int) for _ in range(jobs)]:
            future.result()
    finally:
        if frozen:
            gc.unfreeze()
    return pool


@contextlib.contextmanager
def _dask_client(jobs: int, scheduler: str | None) -> Iterator[Any]:
    distributed = _require_dask("distributed")
    if scheduler:
        with distributed.Client(scheduler) as client:
            yield client
        return
    with _require_dask("dask").config.set(DASK_WORKER_CONFIG):  # the workers read it at start
        cluster = distributed.LocalCluster(
            n_workers=max(jobs, 2),
            threads_per_worker=1,
            processes=True,
            dashboard_address=None,
            silence_logs=logging.ERROR,
        )
    with cluster, distributed.Client(cluster) as client:
        try:  # as a local pool is started warm: the data loaded, then frozen
            client.run(dask_worker_warm_up)
        except Exception as err:  # the first task warms its worker instead
            logger.info("warming the Dask workers failed: %s: %s", type(err).__name__, err)
        yield client


@contextlib.contextmanager
def _bar(total: int | None, progress: bool) -> Iterator[Any]:
    from tqdm import tqdm

    bar = tqdm(
        total=total,
        unit="article",
        desc="articles",
        disable=not progress,
        file=sys.stderr,
        dynamic_ncols=True,
        smoothing=0.05,
    )
    try:
        yield bar
    finally:
        bar.close()


# --------------------------------------------------------------------------- corpus level


def _finish(out: Path, fmt: str, options: Options) -> None:
    """Corpus tables, corpus charts, errors.csv and the report index, from the parts."""
    errors = read_table(out, "errors")
    errors.to_csv(out / "errors.csv", index=False)
    for table in ALL_TABLES:
        if table in (*options.tables, "errors") and not table_paths(out, table):
            _write(_empty_like(table), out / table / f"part-00000.{fmt}", fmt)
    corpus: dict[str, pd.DataFrame] = {}
    for name, build in (("terms", corpus_terms), ("speakers", corpus_speakers)):
        if name in options.tables:
            try:
                corpus[f"corpus_{name}"] = build(out)
                _write_one(corpus[f"corpus_{name}"], out / "corpus" / name, fmt)
            except Exception as err:  # corpus views must not lose the per-article tables
                logger.warning("corpus %s failed: %s: %s", name, type(err).__name__, err)
    if options.charts:
        if "speakers" in options.tables:
            speakers = read_table(out, "speakers")
            if speakers["article_id"].nunique() <= MAX_CHART_ARTICLES:
                corpus["speakers"] = speakers
        for chart, files in _draw(CORPUS_CHARTS, corpus, None, []).items():
            folder = out / "charts" / "corpus"
            folder.mkdir(parents=True, exist_ok=True)
            for ext, data in files.items():
                (folder / f"{chart}.{ext}").write_bytes(data)
    if options.report:
        from .report import write_index

        write_index(out)


def _empty_like(table: str) -> pd.DataFrame:
    return schema.empty(table) if table in schema.TABLES else pd.DataFrame({"article_id": []})


def _summed_parts(
    out: str | os.PathLike[str],
    table: str,
    prepare: Callable[[pd.DataFrame], tuple[pd.DataFrame, list[str]] | None],
    *,
    sums: list[str],
    columns: list[str] | None = None,
) -> pd.DataFrame | None:
    """Sum ``sums`` over the written parts of ``table``, one part at a time (memory stays flat).

    ``prepare`` turns a non-empty part into ``(part, group keys)``, or None to skip it.
    Returns the grouped sums indexed by the keys, or None when no part contributed.
    """
    total: pd.DataFrame | None = None
    for path in table_paths(out, table):
        match = _PART.match(path.name)
        presummed = _sums_path(Path(out), table, int(match.group(1))) if match else None
        grouped: pd.DataFrame | None
        if presummed is not None and presummed.is_file():
            done = _read_part(presummed)
            keys = [c for c in done.columns if c not in sums]
            grouped = done.set_index(keys)[sums]
        else:
            grouped = _grouped_sums(_read_part(path, columns), prepare, sums)
        if grouped is None:
            continue
        total = grouped if total is None else total.add(grouped, fill_value=0)
    return total


def _sums_path(out: Path, table: str, part: int) -> Path:
    return out / _SUMS / table / f"part-{part:05d}.parquet"


def _grouped_sums(
    part: pd.DataFrame,
    prepare: Callable[[pd.DataFrame], tuple[pd.DataFrame, list[str]] | None],
    sums: list[str],
) -> pd.DataFrame | None:
    """Rows of a per-article table grouped by ``prepare``'s keys with ``sums`` summed (a
    written part, or a batch on the worker); None when ``prepare`` skips it."""
    prepared = None if part.empty else prepare(part)
    if prepared is None:
        return None
    rows, keys = prepared
    return rows.groupby(keys, observed=True, dropna=False)[sums].sum()


def _summed(frames: Sequence[pd.DataFrame]) -> pd.DataFrame:
    """Grouped sums of several batches, summed again by their keys."""
    if len(frames) == 1:
        return frames[0]
    both = pd.concat(frames)
    return both.groupby(level=list(range(both.index.nlevels)), observed=True, dropna=False).sum()


#: Columns :func:`corpus_terms` sums.
TERM_SUMS: list[str] = ["n", "n_articles"]


def _terms_prepared(part: pd.DataFrame) -> tuple[pd.DataFrame, list[str]] | None:
    """A ``terms`` part with ``n_articles`` = 1 per row, and the term's key columns."""
    if "n" not in part.columns:
        return None
    keys = [
        c for c in part.columns if c != "article_id" and not pd.api.types.is_numeric_dtype(part[c])
    ]
    return part.assign(n_articles=1, n=pd.to_numeric(part["n"])), keys


def corpus_terms(out: str | os.PathLike[str]) -> pd.DataFrame:
    """Term counts summed over every article of a run, read part by part.

    Groups the per-article ``terms`` parts by every text column but ``article_id`` (the
    term) and sums ``n``; ``n_articles`` counts the articles using the term and
    ``rel_freq`` is ``n`` over all counted terms. Sorted by ``n`` descending, then term.
    """

    total = _summed_parts(out, "terms", _terms_prepared, sums=TERM_SUMS)
    if total is None:
        return pd.DataFrame(
            {
                "term": pd.Series([], dtype="string"),
                "n": pd.Series([], dtype="Int64"),
                "n_articles": pd.Series([], dtype="Int64"),
                "rel_freq": pd.Series([], dtype="float64"),
            }
        )
    keys = [str(name) for name in total.index.names]
    total = total.astype("Int64").reset_index()
    total = total.sort_values(["n", *keys], ascending=[False] + [True] * len(keys))
    total["rel_freq"] = (total["n"] / total["n"].sum()).astype("float64")
    return total.reset_index(drop=True)


def corpus_speakers(out: str | os.PathLike[str]) -> pd.DataFrame:
    """One row per speaker name over a run: articles, quotes, words and share of quoted words.

    Read part by part; ``gender`` is the one most of the speaker's articles give (the
    alphabetically first on a tie).
    """
    sums = ["n_articles", "n_quotes", "n_words"]

    def prepare(part: pd.DataFrame) -> tuple[pd.DataFrame, list[str]]:
        part = part.assign(
            gender=part["gender"].astype("string").fillna("unknown"),
            n_articles=1,
            n_quotes=pd.to_numeric(part["n_quotes"]),
            n_words=pd.to_numeric(part["n_words"]),
        )
        return part, ["speaker", "gender"]

    total = _summed_parts(
        out, "speakers", prepare, sums=sums, columns=["speaker", "gender", "n_quotes", "n_words"]
    )
    if total is None:
        return pd.DataFrame(
            {
                "speaker": pd.Series([], dtype="string"),
                "gender": pd.Series([], dtype="string"),
                "n_articles": pd.Series([], dtype="Int64"),
                "n_quotes": pd.Series([], dtype="Int64"),
                "n_words": pd.Series([], dtype="Int64"),
                "share_of_quoted_words": pd.Series([], dtype="float64"),
            }
        )
    flat = total.reset_index().sort_values(
        ["speaker", "n_articles", "gender"], ascending=[True, False, True], kind="stable"
    )
    gender = flat.drop_duplicates("speaker").set_index("speaker")["gender"]
    df = flat.groupby("speaker", observed=True)[sums].sum().astype("Int64")
    df.insert(0, "gender", gender.reindex(df.index).astype("string"))
    words = df["n_words"].sum()
    df["share_of_quoted_words"] = (df["n_words"] / words if words else df["n_words"] * 0.0).astype(
        "float64"
    )
    df = df.reset_index()
    df["speaker"] = df["speaker"].astype("string")
    df = df.sort_values(["n_words", "speaker"], ascending=[False, True], kind="stable")
    return df.reset_index(drop=True)


__all__ = [
    "ALL_TABLES",
    "DEFAULT_TABLES",
    "BatchResult",
    "Item",
    "Options",
    "RunResult",
    "article_table",
    "corpus_speakers",
    "corpus_terms",
    "count_items",
    "dask_worker_warm_up",
    "iter_items",
    "process_article",
    "process_batch",
    "read_table",
    "run",
    "safe_name",
    "table_paths",
    "to_dask",
    "warm_up",
]
