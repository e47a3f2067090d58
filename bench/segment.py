"""Sentence segmentation speed: plain punkt vs ``analysis.segment``, and one huge paragraph.

Prints one table: words/s of ``sentences`` and of ``sentence_table`` (a frame per article,
and one frame for the whole corpus, as the pipeline's batches build it) over the PolNeAR
train+dev texts (read once, timed without reading, caches cleared before each run; best of
``--repeat`` runs, alternating, to damp a busy machine), with CPU seconds beside wall-clock
seconds (the machine is shared), beside plain punkt ``span_tokenize`` over the same blocks,
the number of sentences each finds, and the time of one single-paragraph input of 1.25, 2.5
and 5 MB (linear time shows as a constant seconds-per-MB).

Usage: python bench/segment.py [--shared ../shared] [--repeat 3]
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


def run_corpus(texts: list[str], repeat: int) -> list[tuple[str, int, int, float, float]]:
    """Best of ``repeat`` alternating runs: plain punkt, ``sentences``, ``sentence_table``.

    Each row: name, words, sentences, best wall-clock seconds, best CPU seconds.
    """
    from analysis import article_from_text, resources, segment
    from analysis.segment import SENTENCE_LABELS, sentence_table, sentences

    arts = [article_from_text(t, article_id=str(i)) for i, t in enumerate(texts)]
    words = sum(len(WORD.findall(t)) for t in texts)
    blocks = [a.text[b.start : b.end] for a in arts for b in a.blocks if b.label in SENTENCE_LABELS]
    tok = resources.punkt()

    def plain() -> int:
        return sum(1 for b in blocks for _ in tok.span_tokenize(b))

    def ours() -> int:
        return sum(len(sentences(a)) for a in arts)

    def table() -> int:
        return sum(len(sentence_table(a)) for a in arts)

    def corpus_table() -> int:
        return len(sentence_table(arts))

    steps = [("plain punkt span_tokenize", plain), ("analysis sentences", ours)]
    steps.append(("sentence_table, a frame per article", table))
    steps.append(("sentence_table, one corpus frame", corpus_table))
    best = {name: [0, float("inf"), float("inf")] for name, _ in steps}
    for _ in range(repeat):
        for name, step in steps:
            sentences.cache_clear()
            segment._sentence_columns.cache_clear()
            wall, cpu = time.perf_counter(), time.process_time()
            n = step()
            wall, cpu = time.perf_counter() - wall, time.process_time() - cpu
            row = best[name]
            row[0], row[1], row[2] = n, min(row[1], wall), min(row[2], cpu)
    return [(name, words, int(n), wall, cpu) for name, (n, wall, cpu) in best.items()]


def big_paragraph(n_bytes: int) -> tuple[int, float]:
    from analysis.segment import sentence_spans

    text = UNIT * (n_bytes // len(UNIT))
    t = time.perf_counter()
    n = len(sentence_spans(text))
    return n, time.perf_counter() - t


def plain_big_paragraph(n_bytes: int) -> str:
    """Plain punkt on the same paragraph: NLTK's 5 s regex time limit may stop it."""
    from analysis import resources

    text = UNIT * (n_bytes // len(UNIT))
    t = time.perf_counter()
    try:
        n = sum(1 for _ in resources.punkt().span_tokenize(text))
    except TimeoutError:
        return f"TimeoutError after {time.perf_counter() - t:.1f} s"
    return f"{n:,} sentences in {time.perf_counter() - t:.1f} s"


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__)
    parser.add_argument(
        "--shared", type=Path, default=Path(__file__).resolve().parents[2] / "shared"
    )
    parser.add_argument("--repeat", type=int, default=3, help="best of this many runs")
    args = parser.parse_args()
    os.environ.setdefault("NLTK_DATA", str(args.shared / "nltk_data"))
    rows = run_corpus(polnear_texts(args.shared), args.repeat)
    head = f"{'step':34} {'words':>10} {'sentences':>10} {'seconds':>9} {'words/s':>11}"
    print(f"{head} {'cpu s':>7} {'words/cpu-s':>12} {'s/MB':>6}")
    for name, words, n, sec, cpu in rows:
        line = f"{name:34} {words:>10,} {n:>10,} {sec:>9.2f} {words / sec:>11,.0f}"
        print(f"{line} {cpu:>7.2f} {words / cpu:>12,.0f} {'':>6}")
    for size in (1_250_000, 2_500_000, 5_000_000):
        n, sec = big_paragraph(size)
        label = f"one paragraph, {size / 1e6:.2f} MB"
        blank = f"{'':>11} {'':>7} {'':>12}"
        print(f"{label:34} {'':>10} {n:>10,} {sec:>9.2f} {blank} {sec / (size / 1e6):>6.2f}")
    print(f"plain punkt, one paragraph of 5 MB: {plain_big_paragraph(5_000_000)}")


if __name__ == "__main__":
    main()
