"""Sentence segmentation speed: plain punkt vs ``analysis.segment``, and one huge paragraph.

Prints one table: words/s of ``sentences`` over the PolNeAR train+dev texts (read once,
timed without reading), beside plain punkt ``span_tokenize`` over the same blocks, the
number of sentences each finds, and the time of one single-paragraph input of 1.25, 2.5 and
5 MB (linear time shows as a constant seconds-per-MB).

Usage: python bench/segment.py [--shared ../shared]
"""

from __future__ import annotations

import argparse
import os
import re
import time
from pathlib import Path

WORD = re.compile(r"\w+")
UNIT = (
    "Lt. Gen. J. R. Smith said the U.S. plan, approved Jan. 5 at 9 a.m., cost $1.2 billion. "
    '"Is it over?" he asked... Officials (in Washington, D.C.) said no. '
)


def polnear_texts(shared: Path) -> list[str]:
    root = shared / "data" / "polnear"
    files = sorted((root / "train" / "text").glob("*.txt"))
    files += sorted((root / "dev" / "text").glob("*.txt"))
    if not files:
        raise SystemExit(f"no PolNeAR texts under {root}")
    return [f.read_text(encoding="utf-8") for f in files]


def run_corpus(texts: list[str]) -> list[tuple[str, int, int, float]]:
    from analysis import article_from_text, resources
    from analysis.segment import SENTENCE_LABELS, sentences

    arts = [article_from_text(t, article_id=str(i)) for i, t in enumerate(texts)]
    words = sum(len(WORD.findall(t)) for t in texts)
    tok = resources.punkt()
    list(tok.span_tokenize("Warm up. Done."))
    t = time.perf_counter()
    n_plain = 0
    for a in arts:
        for b in a.blocks:
            if b.label in SENTENCE_LABELS:
                n_plain += sum(1 for _ in tok.span_tokenize(a.text[b.start : b.end]))
    plain = time.perf_counter() - t
    sentences.cache_clear()
    t = time.perf_counter()
    n_ours = sum(len(sentences(a)) for a in arts)
    ours = time.perf_counter() - t
    return [
        ("plain punkt span_tokenize", words, n_plain, plain),
        ("analysis sentences", words, n_ours, ours),
    ]


def big_paragraph(n_bytes: int) -> tuple[int, float]:
    from analysis.segment import sentence_spans

    text = UNIT * (n_bytes // len(UNIT))
    t = time.perf_counter()
    n = len(sentence_spans(text))
    return n, time.perf_counter() - t


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__)
    parser.add_argument(
        "--shared", type=Path, default=Path(__file__).resolve().parents[2] / "shared"
    )
    args = parser.parse_args()
    os.environ.setdefault("NLTK_DATA", str(args.shared / "nltk_data"))
    rows = run_corpus(polnear_texts(args.shared))
    print(f"{'step':34} {'words':>10} {'sentences':>10} {'seconds':>9} {'words/s':>11} {'s/MB':>6}")
    for name, words, n, sec in rows:
        print(f"{name:34} {words:>10,} {n:>10,} {sec:>9.2f} {words / sec:>11,.0f} {'':>6}")
    for size in (1_250_000, 2_500_000, 5_000_000):
        n, sec = big_paragraph(size)
        label = f"one paragraph, {size / 1e6:.2f} MB"
        print(f"{label:34} {'':>10} {n:>10,} {sec:>9.2f} {'':>11} {sec / (size / 1e6):>6.2f}")


if __name__ == "__main__":
    main()
