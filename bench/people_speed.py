"""Throughput of person detection over PolNeAR train+dev, beside the foundation.

Prints one table: words/s of the foundation (read_article + blocks + sentences), of
:func:`analysis.people.persons`, of :func:`analysis.quotes.quote_table` (which calls
``persons`` and ``resolve_mention``) and of :func:`analysis.people.people_table` (persons
and the quote table). Each is timed alone (the foundation work is done before each call and
not counted); caches are cleared before each pass. Wall and CPU seconds are the best of
``--repeat`` passes (the CPU column is steadier on a shared machine); ``GC s`` is the time
the garbage collector ran inside the timed calls in that pass (kept per-article objects make
its full collections more frequent).

Usage: python bench/people_speed.py [--shared ../shared] [--limit N] [--repeat 3]
"""

from __future__ import annotations

import argparse
import gc
import time
from collections.abc import Callable
from pathlib import Path
from typing import Any

from _polnear import WORD, polnear_files


def clear_caches() -> None:
    """Forget every analysed article, so no pass reuses another's work."""
    from analysis import people, quotes, segment

    for module in (people, quotes, segment):
        for value in vars(module).values():
            info = getattr(value, "cache_info", None)
            if info is not None and info().maxsize is not None:
                value.cache_clear()  # bounded (per-article) caches; word lists stay loaded


class GCTimer:
    """Seconds the garbage collector runs while ``on`` is true (a ``gc.callbacks`` hook)."""

    def __init__(self) -> None:
        self.on, self.total, self._start = False, 0.0, 0.0
        gc.callbacks.append(self._hook)

    def _hook(self, phase: str, info: dict[str, int]) -> None:
        if phase == "start":
            self._start = time.perf_counter()
        elif self.on:
            self.total += time.perf_counter() - self._start


GC = GCTimer()


def foundation(files: list[Path]) -> tuple[float, float, float]:
    from analysis import block_table, read_article, sentence_table

    GC.total, GC.on = 0.0, True
    wall, cpu = time.perf_counter(), time.process_time()
    for f in files:
        art = read_article(f)
        block_table(art)
        sentence_table(art)
    GC.on = False
    return time.perf_counter() - wall, time.process_time() - cpu, GC.total


def alone(files: list[Path], work: Callable[[Any], object]) -> tuple[float, float, float]:
    """Seconds (wall, CPU, GC) spent in ``work`` alone, after reading and segmenting each file."""
    from analysis import read_article
    from analysis.segment import sentences

    wall = cpu = 0.0
    GC.total = 0.0
    for f in files:
        art = read_article(f)
        sentences(art)
        w, c = time.perf_counter(), time.process_time()
        GC.on = True
        work(art)
        GC.on = False
        wall += time.perf_counter() - w
        cpu += time.process_time() - c
    return wall, cpu, GC.total


def best(repeat: int, run: Callable[[], tuple[float, float, float]]) -> tuple[float, ...]:
    results = []
    for _ in range(repeat):
        clear_caches()
        results.append(run())
    return tuple(min(r[k] for r in results) for k in range(3))


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--shared", type=Path, default=Path(__file__).parents[2] / "shared")
    parser.add_argument("--limit", type=int, default=0, help="first N files only")
    parser.add_argument("--repeat", type=int, default=3, help="passes; the best is shown")
    args = parser.parse_args()
    files = polnear_files(args.shared)
    if args.limit:
        files = files[: args.limit]

    from analysis import people
    from analysis.quotes import quote_table

    words = sum(len(WORD.findall(f.read_bytes().decode("utf-8"))) for f in files)
    alone(files[:5], quote_table)  # load word lists and NLTK data outside the timings
    rows = [
        ("foundation (read + blocks + sentences)", best(args.repeat, lambda: foundation(files))),
        ("persons() alone", best(args.repeat, lambda: alone(files, people.persons))),
        ("quote_table() alone", best(args.repeat, lambda: alone(files, quote_table))),
        ("people_table() alone", best(args.repeat, lambda: alone(files, people.people_table))),
    ]
    print(f"{len(files)} PolNeAR texts, {words} words, best of {args.repeat}")
    print(
        f"{'stage':<40}{'wall s':>8}{'words/s':>11}{'CPU s':>8}{'words/CPU s':>13}"
        f"{'ms/art':>8}{'GC s':>7}"
    )
    for name, (wall, cpu, collector) in rows:
        print(
            f"{name:<40}{wall:>8.2f}{words / wall:>11,.0f}{cpu:>8.2f}{words / cpu:>13,.0f}"
            f"{1000 * cpu / len(files):>8.2f}{collector:>7.2f}"
        )


if __name__ == "__main__":
    main()
