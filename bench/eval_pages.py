"""Score pasted web pages against hand gold in the seed gold's format.

Every ``*.json`` with a ``"file"`` key in the folders given (default: ``tests/pages``) is a
gold file for the page it names (the format of ``../shared/eval/seed_gold.json``). Prints
one table of figures over all pages:

- layout: pages whose title, dateline, first body sentence, section headings, caption (its
  count), credit line are exactly right; boilerplate lines found (recall) and blocks
  labelled boilerplate that the gold lists (precision);
- quotes: gold quotations whose kind (phrase or not) and speaker are right;
- people: persons found and persons listed (precision and recall), pages exactly right;
- speakers: gold speakers with the right gender and quote count.

Usage: python bench/eval_pages.py [FOLDER ...] [--errors]
"""

from __future__ import annotations

import argparse
import json
from collections import Counter
from pathlib import Path
from typing import Any

import analysis
from analysis.layout import dateline

ROOT = Path(__file__).resolve().parents[1]


def _texts(article: analysis.Article, label: str) -> list[str]:
    return [article.text[b.start : b.end] for b in article.blocks if b.label == label]


def score_page(gold_path: Path, counts: Counter[str], errors: list[str]) -> None:
    """Add one page's figures to ``counts``; append its mismatches to ``errors``."""
    gold: dict[str, Any] = json.loads(gold_path.read_text(encoding="utf-8"))
    article = analysis.read_article(gold_path.parent / gold["file"])
    name = gold_path.stem

    def field(key: str, ok: bool, detail: str) -> None:
        counts[f"{key} total"] += 1
        counts[f"{key} right"] += ok
        if not ok:
            errors.append(f"{name}: {key}: {detail}")

    field("title", article.title == gold["title"], f"{article.title!r}")
    got_dateline = dateline(article)
    field("dateline", (got_dateline or None) == (gold.get("dateline") or None), f"{got_dateline!r}")
    body = _texts(article, "body")
    first = gold.get("first_body_sentence_starts") or ""
    field(
        "first body",
        bool(body) and body[0].startswith(first),
        f"{body[0][:60] if body else None!r}",
    )
    headings = _texts(article, "heading")
    field("headings", headings == gold.get("section_headings", []), f"{headings}")
    start = gold.get("caption_starts")
    hits = [c for c in _texts(article, "caption") if start and c.startswith(start)]
    field("caption", not start or len(hits) == gold.get("caption_occurrences_in_file", 1), "")
    credit = gold.get("credit_line")
    field(
        "credit", not credit or credit in _texts(article, "credit"), f"{_texts(article, 'credit')}"
    )
    boiler, gold_boiler = _texts(article, "boilerplate"), gold.get("boilerplate", [])
    counts["boilerplate gold"] += len(gold_boiler)
    counts["boilerplate found"] += sum(line in boiler for line in gold_boiler)
    counts["boilerplate labelled"] += len(boiler)
    counts["boilerplate labelled right"] += sum(line in gold_boiler for line in boiler)

    table = analysis.quote_table(article)
    pos = 0
    for g in gold.get("quotes", []):
        # the gold's own offsets (the same words may come earlier, in the headline)
        at = g.get("start", -1)
        if article.text[at : at + len(g["text"])] != g["text"]:
            at = article.text.find(g["text"], pos)
        if at < 0:
            continue
        pos = at + 1
        rows = table[(table["start"] < at + len(g["text"])) & (table["end"] > at)]
        phrase = g["kind"] == "phrase"
        if rows.empty:
            ok, got = phrase, "no quote"
        else:
            row = rows.iloc[0]
            speaker = row["speaker"] if isinstance(row["speaker"], str) else None
            ok = (row["kind"] == "phrase") == phrase and (phrase or speaker == g["speaker"])
            got = f"{speaker} ({row['kind']})"
        field("quote", ok, f"{g['text'][:40]!r}: gold {g['speaker']} ({g['kind']}), got {got}")

    people = analysis.people_table(article)["person"].tolist()
    gold_people = gold.get("persons_mentioned", [])
    counts["persons found"] += len(people)
    counts["persons listed"] += len(gold_people)
    counts["persons right"] += len(set(people) & set(gold_people))
    field(
        "people list",
        set(people) == set(gold_people),
        f"missing {sorted(set(gold_people) - set(people))} extra {sorted(set(people) - set(gold_people))}",
    )
    speakers = analysis.speaker_table(article)
    got = {r.speaker: (r.gender, int(r.n_quotes)) for r in speakers.itertuples()}
    for who, info in gold.get("speakers", {}).items():
        want = (info.get("gender"), info.get("quotes"))
        field("speaker", got.get(who) == want, f"{who}: gold {want}, got {got.get(who)}")


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("folders", nargs="*", type=Path, default=[ROOT / "tests" / "pages"])
    parser.add_argument("--errors", action="store_true", help="list every mismatch")
    args = parser.parse_args()
    counts: Counter[str] = Counter()
    errors: list[str] = []
    pages = 0
    for folder in args.folders:
        for gold_path in sorted(folder.glob("*.json")):
            if "file" in json.loads(gold_path.read_text(encoding="utf-8")):
                score_page(gold_path, counts, errors)
                pages += 1
    if args.errors:
        print("\n".join(errors), end="\n\n")
    print(f"{pages} pages")
    for key in ("title", "dateline", "first body", "headings", "caption", "credit",
                "quote", "people list", "speaker"):  # fmt: skip
        total = counts[f"{key} total"]
        if total:
            print(
                f"{key:<28}{counts[f'{key} right'] / total:.3f} ({counts[f'{key} right']}/{total})"
            )
    for key, num, den in (
        ("boilerplate recall", "boilerplate found", "boilerplate gold"),
        ("boilerplate precision", "boilerplate labelled right", "boilerplate labelled"),
        ("persons recall", "persons right", "persons listed"),
        ("persons precision", "persons right", "persons found"),
    ):
        if counts[den]:
            print(f"{key:<28}{counts[num] / counts[den]:.3f} ({counts[num]}/{counts[den]})")


if __name__ == "__main__":
    main()
