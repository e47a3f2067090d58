"""Command line: ``python -m analysis run [INPUT...] --out DIR`` and ``python -m analysis setup``.

Only argument parsing, logging set-up and output writing live here.
"""

from __future__ import annotations

import argparse
import logging
import sys
from collections.abc import Sequence
from pathlib import Path

logger = logging.getLogger("analysis.cli")

DEFAULT_INPUT = Path("seeds")
DEFAULT_OUT = Path("output")


def main(argv: Sequence[str] | None = None) -> int:
    """Entry point; returns the process exit code."""
    parser = _parser()
    args = parser.parse_args(argv)
    logging.basicConfig(
        level=logging.WARNING if getattr(args, "quiet", False) else logging.INFO,
        format="%(levelname)s %(name)s: %(message)s",
    )
    if args.command == "setup":
        return _setup(args)
    if args.command == "run":
        return _run(args)
    parser.print_help()
    return 2


def _parser() -> argparse.ArgumentParser:
    parser = argparse.ArgumentParser(
        prog="python -m analysis",
        description="Tables of sentences, quotes, speakers, terms and sentiment from news text.",
    )
    sub = parser.add_subparsers(dest="command")
    setup = sub.add_parser("setup", help="download the NLTK data the package needs, if missing")
    setup.add_argument("--check", action="store_true", help="only report, download nothing")
    run = sub.add_parser(
        "run",
        help="run the pipeline and write every table",
        description="Example: python -m analysis run seeds --out output",
    )
    run.add_argument("inputs", nargs="*", type=Path, help="files or folders (default: seeds/)")
    run.add_argument(
        "--out", type=Path, default=DEFAULT_OUT, help="output folder (default: output)"
    )
    run.add_argument("--quiet", action="store_true", help="no progress or summary output")
    return parser


def _setup(args: argparse.Namespace) -> int:
    from .resources import setup

    report = setup(download=not args.check)
    for name, state in report.items():
        print(f"{name:32} {state}")
    return 0 if all(s in ("present", "downloaded") for s in report.values()) else 1


def _run(args: argparse.Namespace) -> int:
    from .io import read_corpus
    from .layout import block_table
    from .segment import sentence_table

    inputs = args.inputs or [DEFAULT_INPUT]
    articles = read_corpus(inputs)
    args.out.mkdir(parents=True, exist_ok=True)
    blocks = block_table(articles)
    sentences = sentence_table(articles)
    blocks.to_csv(args.out / "blocks.csv", index=False)
    sentences.to_csv(args.out / "sentences.csv", index=False)
    if not args.quiet:
        for art in articles:
            b = blocks[blocks["article_id"] == art.article_id]
            s = sentences[sentences["article_id"] == art.article_id]
            print(f"# {art.article_id}: {art.title!r}")
            print(b["label"].value_counts().reindex(b["label"].cat.categories).to_string())
            print(f"sentences: {len(s)} ({(s['block'] == 'body').sum()} in the body)")
        print(f"tables written to {args.out}/", file=sys.stderr)
    return 0
