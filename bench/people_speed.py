"""Throughput of person detection over PolNeAR train+dev, beside the foundation.

Prints one table: words/s of the foundation (read_article + blocks + sentences), of
:func:`analysis.people.persons` on top of it, and of :func:`analysis.quotes.quote_table`
(which calls ``persons`` and ``resolve_mention``). Each stage reads the articles afresh, so
no per-article cache is shared between stages.

Usage: python bench/people_speed.py [--shared ../shared] [--limit N]
"""

from __future__ import annotations

import argparse
import re
import time
from collections.abc import Callable
from pathlib import Path
from typing import Any

WORD = re.compile(r"\w+")


def polnear_files(shared: Path) -> list[Path]:
    root = shared / "data" / "polnear"
    files = sorted((root / "train" / "text").glob("*.txt")) + sorted(
        (root / "dev" / "text").glob("*.txt")
    )
    if not files:
        raise SystemExit(f"no PolNeAR texts under {root}")
    return files


def stage(files: list[Path], work: Callable[[Any], object]) -> tuple[int, float]:
    """Words and seconds for reading each file and running ``work`` on the article."""
    from analysis import read_article
    from analysis.segment import sentences

    words = 0
    t = time.perf_counter()
    for f in files:
        art = read_article(f)
        sentences(art)
        work(art)
        words += len(WORD.findall(art.text))
    return words, time.perf_counter() - t


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--shared", type=Path, default=Path(__file__).parents[2] / "shared")
    parser.add_argument("--limit", type=int, default=0, help="first N files only")
    args = parser.parse_args()
    files = polnear_files(args.shared)
    if args.limit:
        files = files[: args.limit]

    from analysis import people
    from analysis.quotes import quote_table

    people.first_names()  # load word lists and NLTK data outside the timings
    stage(files[:5], quote_table)
    rows = [
        ("foundation (read + blocks + sentences)", stage(files, lambda art: None)),
        ("foundation + persons()", stage(files, people.persons)),
        ("foundation + quote_table()", stage(files, quote_table)),
    ]
    base_words, base_s = rows[0][1]
    print(f"{len(files)} PolNeAR texts, {base_words} words")
    print(f"{'stage':<42}{'seconds':>9}{'words/s':>11}{'ms/article':>12}")
    for name, (words, seconds) in rows:
        print(
            f"{name:<42}{seconds:>9.2f}{words / seconds:>11,.0f}"
            f"{1000 * seconds / len(files):>12.2f}"
        )
    for name, (_, seconds) in rows[1:]:
        only = seconds - base_s
        label = name.replace("foundation + ", "") + " alone"
        print(
            f"{label:<42}{only:>9.2f}{base_words / only:>11,.0f}{1000 * only / len(files):>12.2f}"
        )


if __name__ == "__main__":
    main()
