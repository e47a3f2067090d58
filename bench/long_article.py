"""One very long article: is every table still linear in its length?

Joins the first N PolNeAR train+dev texts (blank lines between them) into one article, for
N = 100, 200, 400 and 800 by default (about 0.4, 0.75, 2 and 3.7 million characters), and
times, in CPU seconds: reading it (blocks), its sentences, quotes + speakers + people, and
terms + sentiment. Linear time shows as a constant microseconds per character in each
column. A warm-up article loads the word lists and models first.

Usage: python bench/long_article.py [--sizes 100 200 400 800]
"""

from __future__ import annotations

import argparse
import os
import time

from _polnear import SHARED, polnear_files, print_rows


def main(argv: list[str] | None = None) -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--sizes", type=int, nargs="+", default=[100, 200, 400, 800])
    args = parser.parse_args(argv)
    os.environ.setdefault("NLTK_DATA", str(SHARED / "nltk_data"))
    import analysis

    files = polnear_files(SHARED)
    texts = [f.read_text(encoding="utf-8", errors="replace") for f in files]
    warm = analysis.article_from_text(texts[0])
    for helper in (analysis.quote_table, analysis.people_table, analysis.term_table):
        helper(warm)
    analysis.sentiment_table(warm)
    rows = []
    for n in args.sizes:
        text = "\n\n".join(texts[:n])
        steps = []
        t = time.process_time()
        article = analysis.article_from_text(text)
        steps.append(time.process_time() - t)
        t = time.process_time()
        analysis.sentence_table(article)
        steps.append(time.process_time() - t)
        t = time.process_time()
        analysis.quote_table(article)
        analysis.speaker_table(article)
        analysis.people_table(article)
        steps.append(time.process_time() - t)
        t = time.process_time()
        analysis.term_table(article)
        analysis.sentiment_table(article)
        steps.append(time.process_time() - t)
        per_char = " / ".join(f"{1e6 * s / len(text):.2f}" for s in steps)
        rows.append((f"{n} texts, {len(text):,} chars", f"{per_char} us/char"))
    print_rows(
        "One long article: read / sentences / quotes+speakers+people / terms+sentiment", rows
    )


if __name__ == "__main__":
    main()
