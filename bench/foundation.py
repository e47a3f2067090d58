"""Foundation throughput: read + blocks + sentences over PolNeAR train+dev, beside a floor.

Prints one table: words/s of the floor (read each file, one regex pass) and of the
foundation (read_article + block_table + sentence_table), peak RSS of the process, and the
time for one 5 MB single-paragraph input (with 2.5 MB beside it to show linearity).

Usage: python bench/foundation.py [--shared ../shared] [--repeat 1]
"""

from __future__ import annotations

import argparse
import os
import resource
import time
from pathlib import Path

from _polnear import WORD, polnear_files


def floor(files: list[Path]) -> tuple[int, float]:
    t = time.perf_counter()
    words = 0
    for f in files:
        words += len(WORD.findall(f.read_bytes().decode("utf-8")))
    return words, time.perf_counter() - t


def foundation(files: list[Path]) -> tuple[int, float, float]:
    from analysis import block_table, read_article, sentence_table

    t = time.perf_counter()
    words = 0
    for f in files:
        art = read_article(f)
        block_table(art)
        sentence_table(art)
        words += len(WORD.findall(art.text))
    seconds = time.perf_counter() - t
    peak = resource.getrusage(resource.RUSAGE_SELF).ru_maxrss / 1024  # KiB on Linux
    return words, seconds, peak


def big_paragraph(n_bytes: int) -> float:
    from analysis import article_from_text, sentence_table

    unit = "The council met on Jan. 5 and voted 7-2 to approve the U.S. plan, officials said. "
    text = "Title\n\n" + unit * (n_bytes // len(unit))
    t = time.perf_counter()
    sentence_table(article_from_text(text, article_id="big"))
    return time.perf_counter() - t


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__)
    parser.add_argument(
        "--shared", type=Path, default=Path(__file__).resolve().parents[2] / "shared"
    )
    parser.add_argument("--repeat", type=int, default=1)
    args = parser.parse_args()
    os.environ.setdefault("NLTK_DATA", str(args.shared / "nltk_data"))
    files = polnear_files(args.shared) * args.repeat
    fw, fs = floor(files)
    w, s, peak = foundation(files)
    half, full = big_paragraph(2_500_000), big_paragraph(5_000_000)
    print(f"{'step':40} {'words':>10} {'seconds':>9} {'words/s':>12} {'peak RSS MiB':>9}")
    print(f"{'floor: read + one regex pass':40} {fw:>10,} {fs:>9.2f} {fw / fs:>12,.0f} {'':>12}")
    print(f"{'read + blocks + sentences':40} {w:>10,} {s:>9.2f} {w / s:>12,.0f} {peak:>12.1f}")
    print(f"{'5 MB one paragraph (2.5 MB)':40} {'':>10} {full:>9.2f} {'':>12} ({half:.2f} s)")
    print(f"files: {len(files)}; foundation/floor speed ratio: {(w / s) / (fw / fs):.3f}")


if __name__ == "__main__":
    main()
