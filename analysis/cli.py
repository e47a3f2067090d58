"""Command line: ``python -m analysis run [INPUT...] --out DIR`` and ``python -m analysis setup``.

Only argument parsing, logging set-up and printing live here; the work is
:func:`analysis.pipeline.run`. Also installed as the ``analysis`` console script.
"""

from __future__ import annotations

import argparse
import contextlib
import logging
import sys
from collections.abc import Iterator, Sequence
from pathlib import Path
from typing import Any

logger = logging.getLogger("analysis.cli")

DEFAULT_INPUT = Path("seeds")
DEFAULT_OUT = Path("output")
#: Runs of at most this many articles print each article's tables (structure, quotes, ...).
SHOW_ARTICLES = 3
#: Characters of a quote printed before it is cut with an ellipsis.
QUOTE_WIDTH = 70

RUN_EXAMPLES = """\
examples:
  python -m analysis run                         # seeds/ -> output/ (the README's main job)
  python -m analysis run corpus/ --out out --jobs 2
  python -m analysis run export.csv --text-column body --id-column url --format csv
  python -m analysis run dump.jsonl --out out --resume --quiet
  python -m analysis run corpus/ --engine dask                # a 2-worker LocalCluster
  python -m analysis run corpus/ --engine dask --scheduler tcp://10.0.0.5:8786

output (under --out):
  <table>/part-00000.parquet   articles, blocks, sentences, quotes, speakers, people,
                               terms, sentiment and errors, one part per --part-size articles
  corpus/terms, corpus/speakers  corpus-level tables built from the parts at the end
  charts/                      PNG, SVG and PDF charts (corpus, and the first articles)
  report/index.html            the HTML report, one page per article
  errors.csv                   every input or step that failed, with the reason
  summary.json                 rows per table, articles ok/failed, seconds, words/s

exit status: 0 when everything was read and analysed, 1 when some input or step failed
(see errors.csv; the rest is written), 2 for a usage error.
"""


def main(argv: Sequence[str] | None = None) -> int:
    """Entry point; returns the process exit code."""
    parser = _parser()
    args = parser.parse_args(argv)
    logging.basicConfig(level=logging.WARNING, format="%(levelname)s %(name)s: %(message)s")
    quiet = getattr(args, "quiet", False)
    logging.getLogger("analysis").setLevel(logging.WARNING if quiet else logging.INFO)
    logging.getLogger("distributed").setLevel(logging.ERROR)
    if args.command == "setup":
        return _setup(args)
    if args.command == "run":
        return _run(args, parser)
    parser.print_help()
    return 2


def _parser() -> argparse.ArgumentParser:
    parser = argparse.ArgumentParser(
        prog="python -m analysis",
        description="Tables of sentences, quotes, speakers, terms and sentiment from news text.",
        epilog="Run `python -m analysis run --help` for the options of the main job.",
    )
    sub = parser.add_subparsers(dest="command")
    setup = sub.add_parser(
        "setup",
        help="download the NLTK data the package needs, if missing",
        description="Download the NLTK data the package needs into NLTK's standard location "
        "(nothing when NLTK_DATA already holds it). Example: python -m analysis setup",
    )
    setup.add_argument("--check", action="store_true", help="only report, download nothing")
    run = sub.add_parser(
        "run",
        help="run the pipeline on files, folders, CSV or JSONL and write every table",
        description="Read every article of INPUT, build every table (articles, blocks, "
        "sentences, quotes, speakers, people, terms, sentiment), and write them in parts "
        "with charts, an HTML report, errors.csv and summary.json. A bad input is listed "
        "in errors.csv and the run goes on.",
        epilog=RUN_EXAMPLES,
        formatter_class=argparse.RawDescriptionHelpFormatter,
    )
    run.add_argument(
        "inputs",
        nargs="*",
        type=Path,
        metavar="INPUT",
        help="a .txt file, a folder (*.txt found recursively), a .csv/.tsv or a .jsonl "
        "file; several allowed (default: seeds/)",
    )
    run.add_argument(
        "--out", type=Path, default=DEFAULT_OUT, help="output folder (default: output)"
    )
    run.add_argument(
        "--format",
        choices=("parquet", "csv"),
        default="parquet",
        help="file format of the tables (default: parquet)",
    )
    run.add_argument(
        "--jobs",
        type=_positive,
        default=1,
        metavar="N",
        help="worker processes (or Dask workers of the local cluster); the tables are "
        "identical for any N (default: 1)",
    )
    run.add_argument(
        "--engine",
        choices=("local", "dask"),
        default="local",
        help="local: this machine; dask: dask.distributed, needs pip install "
        '"analysis[dask]" (default: local)',
    )
    run.add_argument(
        "--scheduler",
        metavar="ADDRESS",
        help="Dask scheduler address (tcp://host:8786) for --engine dask; without it a "
        "LocalCluster of max(N, 2) single-threaded worker processes is started",
    )
    run.add_argument(
        "--resume",
        action="store_true",
        help="keep what an interrupted run into --out finished and skip those articles",
    )
    run.add_argument(
        "--quiet", action="store_true", help="no progress bar, no tables printed, warnings only"
    )
    run.add_argument(
        "--text-column",
        default="text",
        metavar="NAME",
        help="CSV column or JSONL field holding the text (default: text; else content, "
        "body, article, story or full_text when present); the other columns or fields "
        "(outlet, date, ...) become text columns of the articles table",
    )
    run.add_argument(
        "--id-column",
        default="article_id",
        metavar="NAME",
        help="CSV column or JSONL field holding the article id (default: article_id; "
        "else id, doc_id, uuid or url; else <file>-<row>)",
    )
    run.add_argument("--no-charts", action="store_true", help="draw no charts")
    run.add_argument("--no-report", action="store_true", help="write no HTML report")
    run.add_argument(
        "--chart-limit",
        type=int,
        default=10,
        metavar="N",
        help="draw per-article charts for the first N articles (default: 10)",
    )
    run.add_argument(
        "--part-size",
        type=_positive,
        default=500,
        metavar="N",
        help="articles per written part; memory holds at most N articles' tables (default: 500)",
    )
    run.add_argument(
        "--max-mb",
        type=float,
        default=20.0,
        metavar="MB",
        help="inputs larger than this are listed in errors.csv, not read (default: 20)",
    )
    return parser


def _positive(value: str) -> int:
    number = int(value)
    if number < 1:
        raise argparse.ArgumentTypeError(f"must be a positive integer, not {value!r}")
    return number


def _setup(args: argparse.Namespace) -> int:
    from .resources import setup

    report = setup(download=not args.check)
    for name, state in report.items():
        print(f"{name:32} {state}")
    return 0 if all(s in ("present", "downloaded") for s in report.values()) else 1


def _run(args: argparse.Namespace, parser: argparse.ArgumentParser) -> int:
    from .pipeline import run

    if args.scheduler and args.engine != "dask":
        parser.error("--scheduler needs --engine dask")
    inputs = args.inputs or [DEFAULT_INPUT]
    missing = [str(p) for p in inputs if not p.exists()]
    if missing:
        parser.error(f"no such file or folder: {', '.join(missing)}")
    if args.out.exists() and not args.out.is_dir():
        parser.error(f"--out {args.out} is a file; name a folder (it is created when missing)")
    with _redirect_logging():
        try:
            result = run(
                inputs,
                out=args.out,
                jobs=args.jobs,
                engine=args.engine,
                scheduler=args.scheduler,
                format=args.format,
                resume=args.resume,
                progress=not args.quiet,
                text_column=args.text_column,
                id_column=args.id_column,
                report=not args.no_report,
                charts=not args.no_charts,
                chart_limit=args.chart_limit,
                part_size=args.part_size,
                max_bytes=int(args.max_mb * 1_000_000),
            )
        except ImportError as err:
            print(f"error: {err}", file=sys.stderr)
            return 2
    if not args.quiet:
        if result.summary["articles"] <= SHOW_ARTICLES:
            _print_articles(result)
        _print_summary(result, args)
    return result.exit_code


@contextlib.contextmanager
def _redirect_logging() -> Iterator[None]:
    from tqdm.contrib.logging import logging_redirect_tqdm

    with logging_redirect_tqdm():
        yield


def _print_articles(result: Any) -> None:
    import pandas as pd

    tables = {name: result.table(name) for name in result.summary["tables"]}
    for art in tables["articles"].itertuples(index=False):
        aid = art.article_id

        def rows(name: str, aid: str = aid) -> pd.DataFrame:
            df = tables.get(name)
            return df[df["article_id"] == aid] if df is not None and len(df) else pd.DataFrame()

        print(f"# {aid}: {art.title!r}")
        blocks = rows("blocks")
        if len(blocks):
            counts = blocks["label"].value_counts().reindex(blocks["label"].cat.categories)
            dups = blocks.groupby("label", observed=True)["duplicate"].sum()
            parts = [
                f"{label} {n}"
                + (f" ({int(dups.get(label, 0))} duplicate)" if dups.get(label) else "")
                for label, n in counts.items()
                if n
            ]
            print("structure: " + ", ".join(parts))
        sentences = rows("sentences")
        if len(sentences):
            body = int((sentences["block"] == "body").sum())
            print(f"sentences: {len(sentences)} ({body} in the body)")
        _print_quotes(rows("quotes"))
        _print_speakers(rows("speakers"))
        _print_terms(rows("terms"))
        sentiment = rows("sentiment")
        if len(sentiment):
            mean = sentiment["compound"].mean()
            print(f"mean sentiment (VADER compound): {mean:+.3f} over {len(sentiment)} sentences")
        print()


def _print_quotes(quotes: Any) -> None:
    if not len(quotes):
        print("quotes: none")
        return
    print(f"quotes ({len(quotes)}):")
    print(f"  {'speaker (or [mention])':<30} {'kind':<7} quote")
    for rec in quotes.to_dict("records"):
        speaker = rec["speaker"] if isinstance(rec["speaker"], str) else None
        mention = rec["speaker_mention"] if isinstance(rec["speaker_mention"], str) else None
        who = speaker or (f"[{mention}]" if mention else "-")
        print(f"  {_truncate(who, 30):<30} {rec['kind']!s:<7} {_truncate(rec['text'])}")


def _print_speakers(speakers: Any) -> None:
    if not len(speakers):
        return
    print(f"speakers ({len(speakers)}):")
    print(f"  {'speaker':<24} {'gender':<8} {'quotes':>6} {'words':>6} {'share':>6}  description")
    for rec in speakers.to_dict("records"):
        share = rec.get("share_of_quoted_words")
        print(
            f"  {_truncate(rec['speaker'], 24):<24} {rec.get('gender')!s:<8} "
            f"{rec.get('n_quotes')!s:>6} {rec.get('n_words')!s:>6} "
            f"{'' if share is None or share != share else f'{share:.0%}':>6}  "
            f"{_short(rec.get('description'))}"
        )


def _print_terms(terms: Any, top: int = 10) -> None:
    if not len(terms) or "term" not in terms or "n" not in terms:
        return
    best = terms.sort_values(["n", "term"], ascending=[False, True]).head(top)
    print(
        "top terms: " + ", ".join(f"{t} {n}" for t, n in zip(best["term"], best["n"], strict=True))
    )


def _print_summary(result: Any, args: argparse.Namespace) -> None:
    s = result.summary
    speed = s["this_run"]
    print(
        f"{s['articles']} article{'s' if s['articles'] != 1 else ''} "
        f"({s['articles_failed']} failed), "
        f"{speed['words']:,} words in {speed['seconds']:.1f} s "
        f"({speed['words_per_second'] or 0:,} words/s); "
        f"tables written to {args.out}/ as {args.format}"
    )
    if (args.out / "report" / "index.html").is_file():
        print(f"report: {args.out / 'report' / 'index.html'}")
    if s["errors"]:
        print(f"{s['errors']} errors listed in {args.out / 'errors.csv'}")


def _truncate(text: Any, width: int = QUOTE_WIDTH) -> str:
    text = " ".join(str(text).split())
    return text if len(text) <= width else text[: width - 1] + "…"


def _short(text: Any, width: int = 45) -> str:
    return _truncate(text, width) if isinstance(text, str) else ""


def _indent(text: str) -> str:
    return "\n".join("  " + line for line in text.splitlines())
