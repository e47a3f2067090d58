"""Score ``quote_table`` on PolNeAR (train or dev) and print one table.

Usage::

    NLTK_DATA=../shared/nltk_data python bench/eval_quotes.py --split dev [--errors 15]

The data is read from ``../shared/data/polnear`` (``ANALYSIS_SHARED`` overrides ``../shared``)
and never copied into the repository. PolNeAR: Newell, Margolin and Ruths, "An attribution
relations corpus for political news", LREC 2018.

Gold and scoring (one annotation per article: the ``.ann`` file of the sorted-first annotator):

- **Gold quote spans.** The article's double-quotation-mark spans are paired per paragraph
  (curly marks by shape; a straight mark opens after a space, line start or bracket and
  closes otherwise; marks of the other style nest inside an open quote; a mark left open
  runs to the end of the paragraph). A gold quote is the
  part of such a span that lies inside the content of an attribution whose content holds a
  double quotation mark (a direct or mixed attribution), with edge punctuation, spaces and
  marks stripped (the hull of its overlaps with the content's fragments: brat splits a
  content at sentence boundaries).
- **Predictions** are the rows of ``quote_table`` with a speaker or a speaker mention (speech
  and partial quotes with a mention), stripped the same way. A prediction matches a gold
  quote when the character Jaccard overlap is >= 0.5 (one-to-one, best overlap first).
- **Mention accuracy**, on matched quotes whose attribution has a source: the predicted
  mention span overlaps the gold Source span.
- **Name accuracy**, on matched quotes whose gold source is a proper name: the name is the
  last run of capitalised words of the source before any comma, dash, parenthesis or
  " of "/" from "/" at ", when that part ends with it and it does not start with "The" ("Retired Lt. Gen. Michael Flynn",
  "Trump", not "the Clinton campaign", "The New York Times", "he"). The predicted
  ``speaker`` is right when, honorifics and titles left out ("Mr.", "Sen.", "President"),
  its last word equals the name's last word and one word set holds the other ("Michael Flynn" for "Retired Lt. Gen. Michael Flynn", "Donald Trump"
  for "Trump"; not "Bill Clinton" for "Hillary Clinton").
- **Name accuracy where the mention is right** isolates resolution (``analysis.people``)
  from attribution.
- **words/s**: the split is processed the way the pipeline does it, in batches of
  ``BATCH`` articles: the foundation (``read_article`` + ``block_table`` +
  ``sentence_table``, as in ``bench/foundation.py``) and then ``quote_table`` and
  ``speaker_table`` of the batch, each step timed on its own (resources loaded before
  timing). The overhead is the quotes+speakers time over the foundation time.
"""

from __future__ import annotations

import gc
import re
import time
from collections import defaultdict
from dataclasses import dataclass, field
from pathlib import Path

from _polnear import POLNEAR, print_rows, split_arguments

#: Articles per batch, as the pipeline sends them to a worker (``pipeline.run``).
BATCH = 8
_ANN_LINE = re.compile(r"^([TE]\d+)\t(.*)$")
_DOUBLE = re.compile(r"[\"“”]")
_EDGE = " \t\n\"“”'‘’.,;:!?—–-…()[]"
_CAP_WORD = re.compile(r"^[A-Z][\w.’'-]*$")
_NAME_SUFFIXES = {"jr", "sr", "ii", "iii", "iv"}
#: Honorifics and titles left out when names are compared ("Mr. Clarke" = "Tom Clarke").
_TITLES = {
    "mr", "mrs", "ms", "miss", "dr", "sen", "senator", "rep", "representative", "gov",
    "governor", "gen", "general", "lt", "col", "president", "vice", "chief", "del", "mayor",
    "judge", "justice", "secretary", "speaker", "leader", "former", "retired", "sir", "lady",
    "prof", "professor", "rev", "reverend", "pastor", "father", "sister", "attorney", "adm",
}  # fmt: skip


@dataclass
class Attribution:
    content: list[tuple[int, int]]
    source: list[tuple[int, int]]
    source_text: str
    cue_text: str = ""


@dataclass
class GoldQuote:
    start: int
    end: int
    attribution: Attribution


@dataclass
class Scores:
    n_gold: int = 0
    n_pred: int = 0
    tp: int = 0
    mention_ok: int = 0
    mention_n: int = 0
    name_ok: int = 0
    name_n: int = 0
    name_ok_mentioned: int = 0  # name right, among quotes whose mention is right
    name_n_mentioned: int = 0
    errors: dict[str, list[str]] = field(default_factory=lambda: defaultdict(list))


def read_ann(path: Path) -> list[Attribution]:
    """Attributions of one brat ``.ann`` file (content, source spans, source text)."""
    spans: dict[str, tuple[str, list[tuple[int, int]], str]] = {}
    events: list[dict[str, str]] = []
    for line in path.read_text(encoding="utf-8").splitlines():
        m = _ANN_LINE.match(line)
        if not m:
            continue
        tid, rest = m.groups()
        if tid.startswith("T"):
            head, _, text = rest.partition("\t")
            kind, _, offsets = head.partition(" ")
            pairs = [tuple(int(x) for x in part.split()) for part in offsets.split(";")]
            spans[tid] = (kind, [(a, b) for a, b in pairs], text)
        else:
            roles = dict(part.split(":", 1) for part in rest.split() if ":" in part)
            events.append(roles)
    out = []
    for roles in events:
        content = spans.get(roles.get("Content", ""))
        if content is None:
            continue
        source = spans.get(roles.get("Source", ""), ("", [], ""))
        cue = spans.get(roles.get("Cue", ""), ("", [], ""))
        out.append(Attribution(content[1], source[1], source[2], cue[2]))
    return out


def quote_spans(text: str) -> list[tuple[int, int]]:
    """Interiors of double-quotation-mark spans, paired per paragraph (see module docstring)."""
    out = []
    pos = 0
    for line in text.split("\n"):
        open_at = None
        nested = 0
        for m in _DOUBLE.finditer(line):
            i, ch = m.start(), m.group()
            prev = line[i - 1] if i else " "
            opening = ch == "“" or (ch == '"' and (prev.isspace() or prev in "([{—–-/" or i == 0))
            other_style = open_at is not None and (ch == '"') != (line[open_at] == '"')
            if other_style and (opening or nested):  # the other style nests inside the quote
                nested += 1 if opening else -1
                continue
            if opening and open_at is None:
                open_at = i
            elif not opening and open_at is not None:
                out.append((pos + open_at + 1, pos + i))
                open_at = None
            elif opening:
                open_at = i
        if open_at is not None:
            out.append((pos + open_at + 1, pos + len(line)))
        pos += len(line) + 1
    return out


def strip_span(text: str, s: int, e: int) -> tuple[int, int]:
    while s < e and text[s] in _EDGE:
        s += 1
    while e > s and text[e - 1] in _EDGE:
        e -= 1
    return s, e


def gold_quotes(text: str, attributions: list[Attribution]) -> list[GoldQuote]:
    """One gold quote per quotation-mark span that overlaps a direct or mixed content.

    Brat splits one content into fragments at sentence boundaries, so the gold span is
    the hull of the span's overlaps with all fragments of the attribution's content.
    """
    spans = quote_spans(text)
    best: dict[tuple[int, int], tuple[int, GoldQuote]] = {}
    for att in attributions:
        if not any(_DOUBLE.search(text[a:b]) for a, b in att.content):
            continue
        for qs, qe in spans:
            parts = [(max(qs, a), min(qe, b)) for a, b in att.content if max(qs, a) < min(qe, b)]
            if not parts:
                continue
            s, e = strip_span(text, min(p[0] for p in parts), max(p[1] for p in parts))
            covered = sum(b - a for a, b in parts)
            better = (qs, qe) not in best or best[(qs, qe)][0] < covered
            if e > s and any(c.isalnum() for c in text[s:e]) and better:
                best[(qs, qe)] = (covered, GoldQuote(s, e, att))
    return [g for _, g in sorted(best.values(), key=lambda x: x[1].start)]


def jaccard(a: tuple[int, int], b: tuple[int, int]) -> float:
    inter = max(0, min(a[1], b[1]) - max(a[0], b[0]))
    union = max(a[1], b[1]) - min(a[0], b[0])
    return inter / union if union else 0.0


def gold_name(source: str) -> str | None:
    """The proper name a gold source ends with, or None (see module docstring)."""
    head = re.split(r"[,(—–]| of | from | at ", source, maxsplit=1)[0].strip()
    words = head.split()
    run: list[str] = []
    for w in reversed(words):
        if _CAP_WORD.match(w) or (run and w.lower() in {"de", "van", "von", "bin", "al"}):
            run.insert(0, w)
        else:
            break
    if not run or (len(run) != len(words) and not words[len(words) - len(run) - 1].islower()):
        return None
    if run[0] in {"The", "He", "She", "They", "We", "I", "It", "You", "His", "Her"}:
        return None
    return " ".join(run)


def _name_words(name: str) -> list[str]:
    words = [re.sub(r"[’'].*$", "", w).strip(".").lower() for w in name.split()]
    return [w for w in words if w and w not in _NAME_SUFFIXES and w not in _TITLES]


def name_matches(speaker: str | None, gold: str) -> bool:
    if not speaker:
        return False
    sw, gw = _name_words(speaker), _name_words(gold)
    if not sw or not gw or sw[-1] != gw[-1]:
        return False
    return set(sw) <= set(gw) or set(gw) <= set(sw)


def sorted_first_ann(split_dir: Path, stem: str) -> Path | None:
    files = sorted((split_dir / "attributions").glob(f"{stem}_*.ann"))
    return files[0] if files else None


def evaluate(split: str, limit: int | None = None) -> tuple[Scores, dict[str, float]]:
    """Score one split; time the foundation and the quote and speaker tables on the corpus."""
    import pandas as pd

    from analysis import block_table, quotes, segment, sentence_table
    from analysis.io import article_from_text, read_article

    split_dir = POLNEAR / split
    paths = [
        p
        for p in sorted((split_dir / "text").glob("*.txt"))[:limit]
        if sorted_first_ann(split_dir, p.stem) is not None
    ]
    try:
        from analysis.speakers import speaker_table
    except ImportError:  # pragma: no cover - a colleague's module
        speaker_table = None
    # load punkt and the word lists (WordNet's English words too) before timing
    warm = article_from_text(
        'T\n\nA tall man in a coat waves.\n\n"We go now," he says. Treasury said it would wait.'
    )
    quotes.quote_table(warm)
    articles, parts = [], []
    t_found = t_quotes = 0.0
    for i in range(0, len(paths), BATCH):
        # as the pipeline runs a batch: the garbage collector paused inside it, so that its
        # collections (which land in one step or the other by chance) time neither step
        gc.collect()
        gc.disable()
        t0 = time.perf_counter()
        batch = [read_article(p) for p in paths[i : i + BATCH]]
        block_table(batch)
        sentence_table(batch)
        t1 = time.perf_counter()
        parts.append(quotes.quote_table(batch))
        if speaker_table is not None:
            speaker_table(batch)
        t2 = time.perf_counter()
        gc.enable()
        t_found += t1 - t0
        t_quotes += t2 - t1
        articles.extend(batch)
    table = pd.concat(parts, ignore_index=True)
    scores = Scores()
    by_id = dict(tuple(table.groupby("article_id", sort=False)))
    empty = table.iloc[0:0]
    for path, article in zip(paths, articles, strict=True):
        ann = sorted_first_ann(split_dir, path.stem)
        assert ann is not None
        rows = by_id.get(article.article_id, empty)
        _score_article(article.text, path.stem, read_ann(ann), rows, scores)
    n_words = sum(segment.word_count(a.text) for a in articles)
    speed = {
        "words": n_words,
        "foundation_wps": n_words / t_found,
        "full_wps": n_words / (t_found + t_quotes),
    }
    return scores, speed


def _score_article(text, stem, attributions, table, scores: Scores) -> None:
    gold = gold_quotes(text, attributions)
    pred = table[table["speaker_mention"].notna() | table["speaker"].notna()]
    preds = []
    for row in pred.itertuples(index=False):
        s, e = strip_span(text, int(row.start), int(row.end))
        preds.append(((s, e), row))
    scores.n_gold += len(gold)
    scores.n_pred += len(preds)
    pairs = sorted(
        (
            (jaccard((g.start, g.end), p[0]), gi, pi)
            for gi, g in enumerate(gold)
            for pi, p in enumerate(preds)
            if p[0][0] < g.end and g.start < p[0][1]
        ),
        reverse=True,
    )
    used_g: set[int] = set()
    used_p: set[int] = set()
    for j, gi, pi in pairs:
        if j < 0.5 or gi in used_g or pi in used_p:
            continue
        used_g.add(gi)
        used_p.add(pi)
        scores.tp += 1
        _score_pair(text, stem, gold[gi], preds[pi][1], scores)
    for gi, g in enumerate(gold):
        if gi not in used_g:
            row = table[(table["start"] < g.end) & (table["end"] > g.start)]
            why = f"kind={row['kind'].iloc[0]}" if len(row) else "no quote found"
            scores.errors["missed"].append(
                f"{stem}: [{why}] {_context(text, g.start, g.end)} "
                f"|| src={g.attribution.source_text!r} cue={g.attribution.cue_text!r}"
            )
    for pi, (span, row) in enumerate(preds):
        if pi not in used_p:
            scores.errors["spurious"].append(
                f"{stem}: {_context(text, *span)} || mention={row.speaker_mention!r} cue={row.cue!r}"
            )


def _score_pair(text, stem, g: GoldQuote, row, scores: Scores) -> None:
    att = g.attribution
    ok = False
    if att.source:
        scores.mention_n += 1
        ms, me = row.speaker_start, row.speaker_end
        ok = (
            ms is not None
            and str(ms) != "<NA>"
            and any(int(ms) < b and a < int(me) for a, b in att.source)
        )
        scores.mention_ok += ok
        if not ok:
            scores.errors["mention"].append(
                f"{stem}: {_context(text, g.start, g.end)} || gold={att.source_text!r} "
                f"pred={row.speaker_mention!r} kind={row.kind} method={row.method}"
            )
    name = gold_name(att.source_text) if att.source else None
    if name:
        scores.name_n += 1
        speaker = None if str(row.speaker) == "<NA>" else row.speaker
        mentioned = ok
        ok = name_matches(speaker, name)
        scores.name_ok += ok
        scores.name_n_mentioned += mentioned
        scores.name_ok_mentioned += ok and mentioned
        if not ok:
            scores.errors["name"].append(
                f"{stem}: gold={name!r} pred={speaker!r} mention={row.speaker_mention!r} "
                f"method={row.method!r}"
            )


def _context(text: str, s: int, e: int, width: int = 70) -> str:
    inner = text[s:e]
    if len(inner) > 80:
        inner = inner[:38] + " ... " + inner[-38:]
    before = text[max(0, s - width) : s].replace("\n", " / ")
    after = text[e : e + width].replace("\n", " / ")
    return f"…{before}⟦{inner}⟧{after}…"


def main(argv: list[str] | None = None) -> int:
    args = split_arguments(__doc__.splitlines()[0], argv)
    if args is None:
        return 1
    scores, speed = evaluate(args.split, args.limit)
    p = scores.tp / scores.n_pred if scores.n_pred else 0.0
    r = scores.tp / scores.n_gold if scores.n_gold else 0.0
    f1 = 2 * p * r / (p + r) if p + r else 0.0
    for kind, examples in scores.errors.items():
        print(f"\n## {kind} ({len(examples)})")
        for line in examples[: args.errors]:
            print(" ", line)
    print()
    rows = [
        ("split", args.split),
        ("gold quotes", scores.n_gold),
        ("predicted (with mention)", scores.n_pred),
        ("matched", scores.tp),
        ("precision", f"{p:.3f}"),
        ("recall", f"{r:.3f}"),
        ("F1", f"{f1:.3f}"),
        ("mention accuracy", _ratio(scores.mention_ok, scores.mention_n)),
        ("name accuracy", _ratio(scores.name_ok, scores.name_n)),
        ("  where the mention is right", _ratio(scores.name_ok_mentioned, scores.name_n_mentioned)),
        ("words", speed["words"]),
        ("foundation words/s", f"{speed['foundation_wps']:.0f}"),
        ("with quotes+speakers words/s", f"{speed['full_wps']:.0f}"),
        ("overhead vs foundation", f"{speed['foundation_wps'] / speed['full_wps'] - 1:+.0%}"),
    ]
    print_rows("metric", rows)
    return 0


def _ratio(ok: int, n: int) -> str:
    return f"{ok / n:.3f} ({ok}/{n})" if n else "n/a"


if __name__ == "__main__":
    raise SystemExit(main())
