"""Block labelling on clean articles: PolNeAR train/dev (first line = title, the rest = body).

Prints one table: articles, paragraphs, title matches against ``metadata.tsv``, paragraphs
wrongly labelled non-body by label, datelines found, and find_blocks throughput in words/s
(best of three passes over the 924 texts, read into memory first). The data is read from
``../shared/data/polnear`` (or ``$ANALYSIS_SHARED/data/polnear``) and never copied.

Titles are compared after normalising whitespace and dropping the final period the text
files add (``Title.`` vs ``Title``, ``‘Fraud.’`` vs ``‘Fraud’``); USA Today metadata titles
carry a deck after ``;`` that the text file leaves out, so a metadata title that starts with
the found title and ``;`` matches too.

Run from the repository root: ``python bench/layout_polnear.py [--list]``.
"""

from __future__ import annotations

import csv
import re
import sys
import time
from collections import Counter

from _polnear import POLNEAR, print_rows

from analysis.layout import find_blocks

_FINAL_PERIOD = re.compile(r"\.(?=[\"'”’)\]]*$)")


def canonical_title(title: str) -> str:
    """Whitespace-normalised title without the final period or semicolon."""
    return _FINAL_PERIOD.sub("", " ".join(title.split()).rstrip(" ;"), count=1)


def title_matches(found: str | None, expected: str) -> bool:
    """True when ``found`` is the metadata title (see the module docstring)."""
    if found is None:
        return False
    a, b = canonical_title(found), canonical_title(expected)
    head = " ".join(found.split()).rstrip(" ;")
    return a == b or " ".join(expected.split()).startswith(head + ";")


def main(show: bool = False) -> None:
    meta = {}
    with open(POLNEAR / "metadata.tsv", encoding="utf-8", newline="") as f:
        for row in csv.DictReader(f, delimiter="\t"):
            meta[row["filename"] + ".txt"] = row["title"]
    paths = sorted([*POLNEAR.glob("train/text/*.txt"), *POLNEAR.glob("dev/text/*.txt")])
    texts = [(p.name, p.read_text(encoding="utf-8")) for p in paths]
    words = sum(len(t.split()) for _, t in texts)

    best = best_cpu = float("inf")
    for _ in range(3):
        t0, c0 = time.perf_counter(), time.process_time()
        results = [find_blocks(t) for _, t in texts]
        best = min(best, time.perf_counter() - t0)
        best_cpu = min(best_cpu, time.process_time() - c0)

    wrong: Counter[str] = Counter()
    titles = paragraphs = datelines = 0
    for (name, text), blocks in zip(texts, results, strict=True):
        title = next((text[b.start : b.end] for b in blocks if b.label == "title"), None)
        titles += title_matches(title, meta[name])
        if show and not title_matches(title, meta[name]):
            print(f"TITLE {name}: {title!r} vs {meta[name]!r}")
        labels: dict[int, set[str]] = {}
        for b in blocks:
            labels.setdefault(b.paragraph_id, set()).add(b.label)
            datelines += b.label == "dateline"
        n_lines = sum(1 for line in text.splitlines() if line.strip())
        paragraphs += n_lines - 1
        if len(labels) != n_lines:
            wrong["paragraphs != lines"] += 1
        for pid, found in sorted(labels.items()):
            if pid == 0:
                continue
            bad = found - {"body", "dateline"}
            for label in bad:
                wrong[label] += 1
                if show:
                    texts_of = [text[b.start : b.end] for b in blocks if b.paragraph_id == pid]
                    print(f"{label.upper()} {name}: {' | '.join(texts_of)[:110]!r}")

    rows = [
        ("articles", f"{len(texts)}"),
        ("paragraphs after the title", f"{paragraphs}"),
        ("titles matching metadata.tsv", f"{titles} / {len(texts)} ({titles / len(texts):.1%})"),
        ("paragraphs labelled non-body", f"{sum(wrong.values())}"),
        *((f"  as {label}", f"{count}") for label, count in sorted(wrong.items())),
        ("datelines split off (not errors)", f"{datelines}"),
        ("words", f"{words}"),
        ("find_blocks wall seconds (best of 3)", f"{best:.3f}"),
        ("find_blocks words/s (wall)", f"{words / best:,.0f}"),
        ("find_blocks words/s (CPU time)", f"{words / best_cpu:,.0f}"),
        *_single_line_rows(),
    ]
    print_rows("PolNeAR train+dev block labels", rows)


def _single_line_rows() -> list[tuple[str, str]]:
    """CPU seconds for one paragraph of 1.25, 2.5 and 5 MB: linear time doubles with size."""
    sentence = "Officials said the plan, which \u201ccosts $5 million\u201d, would help. "
    rows = []
    for mb in (1.25, 2.5, 5.0):
        size = int(mb * 1_000_000)
        text = (sentence * (size // len(sentence) + 1))[:size]
        c0 = time.process_time()
        find_blocks(text)
        rows.append((f"single {mb:g} MB line, CPU seconds", f"{time.process_time() - c0:.3f}"))
    return rows


if __name__ == "__main__":
    if not POLNEAR.is_dir():
        sys.exit(f"{POLNEAR} is absent")
    main(show="--list" in sys.argv)
