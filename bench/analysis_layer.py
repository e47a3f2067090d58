"""Analysis-layer throughput: tokens, terms and sentiment over PolNeAR train+dev.

Prints one table: for each step, words (``\\w+`` runs of the article texts, as in
``bench/foundation.py``), wall and CPU seconds, words per CPU second and per wall second,
and the peak of memory allocated by Python during the step (tracemalloc, measured in a
second pass so it does not slow the timed one). Articles are read once beforehand; every
step starts with cold caches (sentences, lemmas, tagger feature rows, VADER scores) and
warm resources (models loaded on a tiny article first). ``token_table`` includes
``quote_table`` (for ``in_quote``/``speaker``), which is also timed on its own, and once
more with the quotes given. "per article" runs the helpers one article at a time, as the
corpus pipeline does (sentences shared by both); "N articles a call" calls ``term_table`` on
batches of ``pipeline.BATCH_SIZE`` articles, as ``pipeline.process_batch`` does. The last
row is NLTK's reference tagger and VADER on the same sentences, for comparison.

Usage: python bench/analysis_layer.py [--shared ../shared] [--limit N] [--no-memory]
"""

from __future__ import annotations

import argparse
import gc
import os
import resource
import time
import tracemalloc
from collections.abc import Callable
from pathlib import Path
from typing import Any

from _polnear import WORD, polnear_files


def cold() -> None:
    """Empty every cache the analysis layer keeps between articles."""
    from analysis import segment, sentiment, terms

    segment.sentences.cache_clear()
    terms._lemma.cache_clear()
    terms._initial_lemma.cache_clear()
    terms._shared_rules.cache_clear()  # their memos of each token's term
    terms._WORD_FORMS.clear()
    tagger = terms.FastTagger.shared()
    tagger._words.clear()  # their rows are added again, as a new process would
    tagger._contexts.clear()
    sentiment._cached_scores.cache_clear()
    sentiment._WORDS.clear()
    gc.collect()


def steps(articles: list[Any]) -> list[tuple[str, Callable[[], Any]]]:
    import analysis
    from analysis.pipeline import BATCH_SIZE
    from analysis.segment import sentences

    quotes = analysis.quote_table(articles)

    def each(fn: Callable[[Any], Any]) -> Callable[[], None]:
        return lambda: [fn(a) for a in articles]

    def reference() -> None:
        from analysis import resources
        from analysis.terms import token_spans

        tagger, vader = resources.tagger(), resources.vader()
        for art in articles:
            for s in sentences(art):
                text = art.text[s.start : s.end]
                tagger.tag([text[a:b] for a, b in token_spans(text)])
                vader.polarity_scores(text)

    return [
        ("sentences (segment, for reference)", each(sentences)),
        ("quote_table (inside token_table)", each(analysis.quote_table)),
        ("token_table, per article (runs quote_table)", each(analysis.token_table)),
        (
            "token_table, corpus, quotes= given",
            lambda: analysis.token_table(articles, quotes=quotes),
        ),
        ("term_table (lemmas: tags)", lambda: analysis.term_table(articles)),
        ("term_table lemma=False (no tagger)", lambda: analysis.term_table(articles, lemma=False)),
        (
            "term_table by=article_id, bigrams",
            lambda: analysis.term_table(articles, by="article_id", ngram=2),
        ),
        (
            "term_table by=in_quote (quotes too)",
            lambda: analysis.term_table(articles, by="in_quote"),
        ),
        (
            f"term_table by=article_id, {BATCH_SIZE} articles a call",
            lambda: [
                analysis.term_table(articles[i : i + BATCH_SIZE], by="article_id")
                for i in range(0, len(articles), BATCH_SIZE)
            ],
        ),
        ("sentiment_table", each(analysis.sentiment_table)),
        (
            "terms + sentiment (term_table + sentiment_table)",
            lambda: (analysis.term_table(articles), analysis.sentiment_table(articles)),
        ),
        (
            "per article: term_table(by=article_id) + sentiment",
            each(lambda a: (analysis.term_table(a, by="article_id"), analysis.sentiment_table(a))),
        ),
        ("NLTK reference: tagger.tag + VADER per sentence", reference),
    ]


def timed(fn: Callable[[], Any]) -> tuple[float, float]:
    cold()
    wall, cpu = time.perf_counter(), time.process_time()
    fn()
    return time.perf_counter() - wall, time.process_time() - cpu


def peak_mib(fn: Callable[[], Any]) -> float:
    cold()
    tracemalloc.start()
    fn()
    peak = tracemalloc.get_traced_memory()[1]
    tracemalloc.stop()
    return peak / 2**20


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__)
    parser.add_argument(
        "--shared", type=Path, default=Path(__file__).resolve().parents[2] / "shared"
    )
    parser.add_argument("--limit", type=int, default=0, help="use only the first N files")
    parser.add_argument("--no-memory", action="store_true", help="skip the tracemalloc pass")
    args = parser.parse_args()
    os.environ.setdefault("NLTK_DATA", str(args.shared / "nltk_data"))
    import analysis

    files = polnear_files(args.shared)
    files = files[: args.limit] if args.limit else files
    articles = [analysis.read_article(f) for f in files]
    words = sum(len(WORD.findall(a.text)) for a in articles)
    warm = analysis.article_from_text("Warm up\n\nThe models load here, she said.", article_id="w")
    analysis.token_table(warm), analysis.sentiment_table(warm), analysis.term_table(warm)

    print(
        f"{'step':50} {'words':>9} {'wall s':>7} {'cpu s':>7} {'words/cpu-s':>12} "
        f"{'words/wall-s':>12} {'peak MiB':>9}"
    )
    for name, fn in steps(articles):
        wall, cpu = timed(fn)
        peak = float("nan") if args.no_memory else peak_mib(fn)
        print(
            f"{name:50} {words:>9,} {wall:>7.2f} {cpu:>7.2f} {words / cpu:>12,.0f} "
            f"{words / wall:>12,.0f} {peak:>9.1f}"
        )
    rss = resource.getrusage(resource.RUSAGE_SELF).ru_maxrss / 1024
    print(f"files: {len(files)}; peak RSS of the process: {rss:.0f} MiB; target 88,000 words/s")


if __name__ == "__main__":
    main()
