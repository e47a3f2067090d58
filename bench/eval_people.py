"""Score :func:`analysis.people.persons` and pronoun resolution on PolNeAR; print one table.

Usage::

    NLTK_DATA=../shared/nltk_data python bench/eval_people.py --split dev [--errors 15]

The data is read from ``../shared/data/polnear`` (``ANALYSIS_SHARED`` overrides ``../shared``)
and never copied into the repository. PolNeAR: Newell, Margolin and Ruths, "An attribution
relations corpus for political news", LREC 2018. One annotation per article: the records of
``derived/polnear_attributions.jsonl`` (the sorted-first annotator's ``.ann`` file).

Figures
-------
- **Name recall.** Gold Source spans of every attribution that end in a proper name: the
  last run of capitalised words before any comma or parenthesis, ending the source, not
  opening with "The" or a pronoun ("Retired Lt. Gen. Michael Flynn" -> "Michael Flynn"...
  "Trump"; not "the Clinton campaign" or "he"). A name counts as found when a mention of a
  person from ``persons`` overlaps it. Organisations and places with proper names ("CNN",
  "Russia") are in the gold set too, and a correct system does *not* find them, so this
  recall has a ceiling below 1; ``multiword`` restricts it to names of two or more words
  (mostly people), and ``opening with a first name`` to those whose first word is in the
  census first-name list (people, nearly all).
- **Pronoun sources.** Direct attributions whose gold source is he/she (PolNeAR sources are
  not coreference-resolved, so there is no gold antecedent). ``resolved``: share for which
  ``resolve_mention`` on the gold span gives a name; ``nearby``: share whose name has a
  mention (full name or alias) earlier in the article within the last 4 paragraphs;
  ``agrees``: share whose name matches the nearest earlier gold source that is a proper
  name (a proxy for the antecedent; it is wrong when two people alternate).
- **Speed**: words per second of ``persons`` alone (sentences computed beforehand).
"""

from __future__ import annotations

import json
import re
import time
from collections import defaultdict
from dataclasses import dataclass, field

from _polnear import POLNEAR, split_arguments

PRONOUNS = {"he", "she"}
_CAP = re.compile(r"[A-Z][\w.’'-]*")
_NOT_NAME = {"The", "He", "She", "They", "We", "I", "It", "You", "His", "Her", "A", "An"}
_PARTICLES = {"de", "van", "von", "bin", "al", "der", "la", "le", "da", "di", "du"}


@dataclass
class Scores:
    names: int = 0
    found: int = 0
    multi: int = 0
    multi_found: int = 0
    likely: int = 0
    likely_found: int = 0
    pronouns: int = 0
    resolved: int = 0
    nearby: int = 0
    agree_n: int = 0
    agrees: int = 0
    words: int = 0
    seconds: float = 0.0
    n_persons: int = 0
    n_articles: int = 0
    errors: dict[str, list[str]] = field(default_factory=lambda: defaultdict(list))


def name_span(text: str, start: int, end: int) -> tuple[int, int] | None:
    """Offsets of the proper name a gold source span ends with (see module docstring)."""
    source = text[start:end]
    head = re.split(r"[,(]", source, maxsplit=1)[0].rstrip()
    words = list(re.finditer(r"\S+", head))
    run: list[re.Match[str]] = []
    for m in reversed(words):
        w = m.group()
        if _CAP.fullmatch(w) or (run and w.lower() in _PARTICLES):
            run.insert(0, m)
        else:
            break
    if not run or run[0].group() in _NOT_NAME:
        return None
    if len(run) != len(words) and not words[len(words) - len(run) - 1].group().islower():
        return None
    s, e = run[0].start(), run[-1].end()
    e = s + len(re.sub(r"[’']s?$", "", head[s:e]))
    return start + s, start + e


def last_word(name: str) -> str:
    return re.sub(r"[’'].*$", "", name.split()[-1]).strip(".").lower() if name.split() else ""


def records(split: str) -> dict[str, list[dict]]:
    by_article: dict[str, list[dict]] = defaultdict(list)
    path = POLNEAR / "derived" / "polnear_attributions.jsonl"
    with path.open(encoding="utf-8") as fh:
        for line in fh:
            rec = json.loads(line)
            if rec["split"] == split:
                by_article[rec["article"]].append(rec)
    return by_article


def evaluate(split: str, limit: int | None = None) -> Scores:
    from analysis.io import read_article
    from analysis.people import persons, resolve_mention
    from analysis.segment import sentences, word_count

    scores = Scores()
    by_article = records(split)
    for stem in sorted(by_article)[:limit]:
        path = POLNEAR / split / "text" / f"{stem}.txt"
        article = read_article(path)
        text = article.text
        sentences(article)
        t0 = time.perf_counter()
        people = persons(article)
        scores.seconds += time.perf_counter() - t0
        scores.words += word_count(text)
        scores.n_articles += 1
        scores.n_persons += len(people)
        mentions = sorted((s, e, p.name) for p in people for s, e in p.mentions)
        recs = sorted(
            by_article[stem], key=lambda r: min((s for s, _ in r["source_spans"]), default=0)
        )
        named_sources: list[tuple[int, str]] = []
        for rec in recs:
            for s, e in rec["source_spans"]:
                span = name_span(text, s, e)
                if span is None:
                    continue
                _score_name(text, stem, span, mentions, scores)
                named_sources.append((span[0], text[span[0] : span[1]]))
        named_sources.sort()
        for rec in recs:
            if rec["kind"] != "direct" or len(rec["source_spans"]) != 1:
                continue
            s, e = rec["source_spans"][0]
            if text[s:e].strip().lower() not in PRONOUNS:
                continue
            name, _method = resolve_mention(article, s, e)
            _score_pronoun(article, stem, (s, e), name, mentions, named_sources, scores)
    return scores


def _score_name(text, stem, span, mentions, scores: Scores) -> None:
    from analysis.people import first_names

    s, e = span
    scores.names += 1
    multi = len(text[s:e].split()) > 1
    scores.multi += multi
    hit = any(ms < e and s < me for ms, me, _ in mentions)
    scores.found += hit
    scores.multi_found += hit and multi
    likely = multi and text[s:e].split()[0].lower() in first_names()
    scores.likely += likely
    scores.likely_found += hit and likely
    if not hit:
        kind = "missed multiword" if multi else "missed single"
        scores.errors[kind].append(f"{stem}: {_context(text, s, e)}")


def _score_pronoun(article, stem, span, name, mentions, named_sources, scores: Scores) -> None:
    text = article.text
    s, e = span
    scores.pronouns += 1
    if name is None:
        scores.errors["unresolved pronoun"].append(f"{stem}: {_context(text, s, e)}")
        return
    scores.resolved += 1
    para = text.count("\n\n", 0, s)
    near = any(
        n == name and ms < s and para - text.count("\n\n", 0, ms) <= 4 for ms, _, n in mentions
    )
    scores.nearby += near
    earlier = [n for pos, n in named_sources if pos < s]
    if earlier:
        scores.agree_n += 1
        ok = last_word(earlier[-1]) == last_word(name)
        scores.agrees += ok
        if not ok:
            scores.errors["pronoun disagrees"].append(
                f"{stem}: {_context(text, s, e)} || pred={name!r} last named source={earlier[-1]!r}"
            )


def _context(text: str, s: int, e: int, width: int = 60) -> str:
    before = text[max(0, s - width) : s].replace("\n", " / ")
    after = text[e : e + width].replace("\n", " / ")
    return f"…{before}⟦{text[s:e]}⟧{after}…"


def _ratio(ok: int, n: int) -> str:
    return f"{ok / n:.3f} ({ok}/{n})" if n else "n/a"


def main(argv: list[str] | None = None) -> int:
    args = split_arguments((__doc__ or "").splitlines()[0], argv)
    if args is None:
        return 1
    scores = evaluate(args.split, args.limit)
    for kind, examples in scores.errors.items():
        if args.errors:
            print(f"\n## {kind} ({len(examples)})")
            for line in examples[: args.errors]:
                print(" ", line)
    rows = [
        ("split", args.split),
        ("articles", scores.n_articles),
        ("persons found", scores.n_persons),
        ("name recall (all proper-name sources)", _ratio(scores.found, scores.names)),
        ("name recall (multiword names)", _ratio(scores.multi_found, scores.multi)),
        ("name recall (opening with a first name)", _ratio(scores.likely_found, scores.likely)),
        ("pronoun sources of direct quotes", scores.pronouns),
        ("pronoun resolved to a name", _ratio(scores.resolved, scores.pronouns)),
        ("resolved name mentioned nearby before", _ratio(scores.nearby, scores.resolved)),
        ("agrees with last named gold source", _ratio(scores.agrees, scores.agree_n)),
        ("persons() words/s", f"{scores.words / scores.seconds:.0f}" if scores.seconds else "n/a"),
    ]
    width = max(len(k) for k, _ in rows)
    print(f"\n{'metric':<{width}}  value")
    for k, v in rows:
        print(f"{k:<{width}}  {v}")
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
