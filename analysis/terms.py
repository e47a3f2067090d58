"""Tokens and terms: the ``tokens`` table and counts of words and n-grams.

Produces the ``tokens`` and ``terms`` tables (see :mod:`analysis.schema`).

Tokens are found by a span tokenizer (:data:`TOKEN_PATTERN`, Penn Treebank conventions
for clitics: ``don't`` -> ``do`` + ``n't``, ``Russia's`` -> ``Russia`` + ``'s``), so every
token keeps its offsets into the article text. Part-of-speech tags come from NLTK's
averaged perceptron tagger (run through a batched, bit-identical re-implementation of its
scoring, :class:`FastTagger`), lemmas from WordNet.

Examples
--------
>>> from analysis import article_from_text
>>> art = article_from_text("Dog owners in the park\\n\\nThe dogs' owners didn't walk the dogs on Sunday.",
...                         article_id="a")
>>> tokens = token_table(art)
>>> print(tokens[tokens["block"] == "body"][["text", "lemma", "pos", "is_stop"]].iloc[:5]
...       .to_string(index=False))
  text lemma pos  is_stop
   The   the  DT     True
  dogs   dog NNS    False
     '     ' POS    False
owners owner NNS    False
   did    do VBD     True
>>> print(term_table(art).head(3).to_string(index=False))
article_id  term  n  rel_freq
         a   dog  3     0.375
         a owner  2     0.250
         a  park  1     0.125
"""

from __future__ import annotations

import bisect
import functools
import itertools
import logging
import re
from collections import Counter
from collections.abc import Callable, Hashable, Iterable, Iterator, Sequence
from dataclasses import dataclass, field
from typing import Any

import numpy as np
import pandas as pd

from . import resources, schema
from ._frames import Rows, article_frame
from .io import iter_articles
from .types import Article

logger = logging.getLogger(__name__)

#: Abbreviations that keep their period (titles, ranks, months, company suffixes), as in
#: the Penn Treebank (``Mr.``, ``Gen.``, ``Jan.``); lowercase, without the period. Our list
#: from AP style abbreviations; ``no`` is left out ("No." is also an answer).
ABBREVIATIONS: tuple[str, ...] = (
    "mr", "mrs", "ms", "mx", "dr", "prof", "rev", "gov", "sen", "rep", "gen", "lt",
    "col", "maj", "capt", "sgt", "adm", "cmdr", "cpl", "pvt", "jr", "sr", "st", "mt",
    "ft", "ave", "blvd", "inc", "corp", "co", "ltd", "vs", "etc", "jan", "feb", "aug",
    "sept", "sep", "oct", "nov", "dec",
)  # fmt: skip
#: Honorifics, dropped from terms with the ``"english"`` stopwords (they say who, not what).
HONORIFICS: frozenset[str] = frozenset({"mr", "mrs", "ms", "mx", "dr"})
#: Span tokenizer (our own rules): URLs and e-mails, initialisms (``U.S.``),
#: :data:`ABBREVIATIONS`, numbers with inner separators (``1,000``, ``3.5``, ``0:00``), words
#: with inner hyphens or apostrophes (``Moscow-backed``, ``O'Brien``), else one punctuation
#: character or a run of the same one (``...``, ``!!!``, ``--``). Clitics are split off afterwards by :data:`CLITIC_PATTERN`.
TOKEN_PATTERN: re.Pattern[str] = re.compile(
    r"""
      (?:https?://|www\.)[^\s"“”<>]*[^\s"“”<>.,;:!?'’)\]]   # URL
    | [\w.+-]+@\w+(?:\.\w+)+                                # e-mail address
    | (?:[^\W\d_]\.){2,}                                   # initialism: U.S., a.m.
    | (?i:(?:ABBREVIATIONS)\.)                              # abbreviation: Mr., Gen.
    | \d+(?:[.,:]\d+)+                                     # number with separators
    | \w+(?:[-'’&]\w+)*                                    # word, number, compound
    | (?P<mark>[^\w\s])(?P=mark)*                           # punctuation run
    """.replace("ABBREVIATIONS", "|".join(sorted(ABBREVIATIONS, key=len, reverse=True))),
    re.VERBOSE,
)
#: Clitics split from the end of a word, as in the Penn Treebank (n't, 's, 're, 've, 'll, 'd, 'm).
CLITIC_PATTERN: re.Pattern[str] = re.compile(r"(?:n['’]t|['’](?:s|re|ve|ll|d|m))\Z", re.IGNORECASE)
#: Lemmas of the clitics (Penn Treebank forms, straight apostrophe); ``'s`` stays itself:
#: possessive, "is" and "has" look alike, and it is never a term.
CLITIC_LEMMAS: dict[str, str] = {
    "n't": "not",
    "'re": "be",
    "'m": "be",
    "'ve": "have",
    "'ll": "will",
    "'d": "would",
    "'s": "'s",
}
#: Modal verbs (Penn Treebank tag MD) missing from NLTK's English stopword list; ``may`` is
#: left out because it is also a month.
MODAL_STOPWORDS: frozenset[str] = frozenset({"could", "would", "might", "must", "shall", "ought"})
#: Word stems left by splitting ``n't`` whose real word differs (Penn Treebank: ca n't, wo n't).
NEGATED_STEMS: dict[str, str] = {"ca": "can", "wo": "will", "sha": "shall", "ai": "be"}
#: Token text -> form given to the tagger (the tagger was trained on Penn Treebank text).
TAG_FORMS: dict[str, str] = {
    "“": "``",
    "”": "''",
    "‘": "`",
    "’": "'",
    "—": "--",
    "–": "--",
    "…": "...",
    "(": "-LRB-",
    ")": "-RRB-",
}
#: Characters before a straight double quote that make it an opening quote.
OPENING_CONTEXT: frozenset[str] = frozenset(" \t\r\n([{<—–-")
#: Penn Treebank tag -> WordNet part of speech; other tags (NNP included: a singular proper
#: noun is its own lemma) keep the lowercase form as lemma.
WORDNET_POS: dict[str, str] = {
    **dict.fromkeys(("NN", "NNS", "NNPS"), "n"),
    **dict.fromkeys(("VB", "VBD", "VBG", "VBN", "VBP", "VBZ"), "v"),
    **dict.fromkeys(("JJ", "JJR", "JJS"), "a"),
    **dict.fromkeys(("RB", "RBR", "RBS"), "r"),
}
#: Proper-noun tags; see :func:`_initial_lemma` for a sentence's first word.
PROPER_TAGS: frozenset[str] = frozenset({"NNP", "NNPS"})
#: Quote kinds whose words belong to a speaker (scare quotes, ``phrase``, do not).
SPOKEN_KINDS: frozenset[str] = frozenset({"speech", "partial"})
#: Articles tagged together by ``term_table`` (bigger batches make the tagger faster).
TAG_BATCH = 32
#: Token columns ``term_table`` can group an article or corpus by.
GROUP_COLUMNS: tuple[str, ...] = (
    "article_id",
    "sentence_id",
    "paragraph_id",
    "block",
    "in_quote",
    "speaker",
    "pos",
)
#: Starts, ends and speakers of quotes, sorted by start.
Spans = tuple[list[int], list[int], list[str | None]]
#: Gives the starts, ends and speakers of an article's speech and partial quotes.
QuoteSource = Callable[[Article], Spans]
_ABBREVIATIONS = frozenset(ABBREVIATIONS)
_APOSTROPHES = str.maketrans({"’": "'", "‘": "'"})
_HAS_WORD = re.compile(r"\w")
_HAS_LETTER = re.compile(r"[^\W\d_]")


def token_table(source: Any, *, quotes: pd.DataFrame | None = None) -> pd.DataFrame:
    """One row per token of the sentences of an article or a corpus.

    Parameters
    ----------
    source
        An article, a path, text, or a corpus (see :func:`analysis.iter_articles`).
    quotes
        The quotes of these articles, if already found (:func:`analysis.quote_table`'s
        frame, matched on ``article_id``); by default ``quote_table`` runs on each article.

    Returns
    -------
    pandas.DataFrame
        The ``tokens`` table: offsets with ``text[start:end] == text``, ``lower``, WordNet
        ``lemma`` (from the tagger's ``pos``), ``is_stop`` (:func:`english_stopwords`),
        ``is_punct``, and ``in_quote``/``speaker`` from
        :func:`analysis.quote_table` (speech and partial quotes).

    Examples
    --------
    >>> from analysis import article_from_text
    >>> art = article_from_text("Policy shift\\n\\nIt's U.S. policy, officials said.", article_id="a")
    >>> token_table(art)["text"].tolist()[2:]
    ['It', "'s", 'U.S.', 'policy', ',', 'officials', 'said', '.']
    """
    return article_frame(
        source, "tokens", functools.partial(_token_rows, quotes=_quotes_of(quotes))
    )


def term_table(
    source: Any,
    *,
    by: str | Sequence[str] | None = None,
    ngram: int = 1,
    lemma: bool = True,
    stopwords: str | Iterable[str] | None = "english",
    min_count: int = 1,
    numbers: bool = False,
    duplicates: bool = False,
    quotes: pd.DataFrame | None = None,
) -> pd.DataFrame:
    """Counts and relative frequencies of terms or n-grams, overall or per group.

    Parameters
    ----------
    source
        An article or a corpus (counted over the sentences of every article), or a
        DataFrame with a ``text`` column (sentences, quotes, ...; each row's text is
        tokenized on its own, and ``by`` may name any of its columns).
    by
        Column(s) to group by. For articles: any of :data:`GROUP_COLUMNS`
        (``article_id``, ``in_quote``, ``speaker``, ``block``, ...). ``None`` pools all.
        Rows with a missing key form their own group (``speaker`` is missing for narration
        and for unattributed quotes); drop them with ``dropna``.
    ngram
        1, 2 or 3. An n-gram is ``ngram`` consecutive countable tokens of one sentence (or
        one row) and one group: a dropped token (stopword, punctuation, number, clitic)
        breaks the run, so no n-gram spans a comma, a quotation mark or a removed word.
        With ``stopwords=None`` stopwords are countable and stay inside n-grams.
    lemma
        Count WordNet lemmas (needs the tagger) instead of lowercase words.
    stopwords
        ``"english"`` (:func:`english_stopwords`: NLTK's list, the clitics ``n't``, ``'re``
        ..., the modals NLTK lacks, ``could``, ``would`` ..., and the honorifics ``mr``,
        ``mrs`` ...), ``None``, or an iterable of words (matched against the lowercase word
        and the term).
    min_count
        Keep terms counted at least this often in their group.
    numbers
        Keep tokens without letters (``2022``, ``1,000``); dropped by default.
    duplicates
        Count blocks that repeat an earlier block (a caption printed twice, see
        :func:`analysis.block_table`) again; by default a repeat is counted once.
    quotes
        Quotes already found, for ``by`` ``in_quote``/``speaker`` (see :func:`token_table`).

    Returns
    -------
    pandas.DataFrame
        ``article_id``, the ``by`` columns, ``term``, ``n`` and ``rel_freq`` (``n`` over all
        terms counted in the group, before ``min_count``), sorted by group, ``n``
        descending, then ``term``. Possessive ``'s``, punctuation (``—``, quotation marks)
        and pure numbers never appear. ``article_id`` is the article a row's group comes
        from; it is null when the group pools several articles (``by=None`` on a corpus);
        group ``by="article_id"`` for per-article counts.

    Examples
    --------
    >>> from analysis import article_from_text
    >>> art = article_from_text("Dogs in town\\n\\nBig dogs bark. Big dogs bite.", article_id="a")
    >>> print(term_table(art, by="block", ngram=2, lemma=False).to_string(index=False))
    article_id block      term  n  rel_freq
             a  body  big dogs  2      0.50
             a  body dogs bark  1      0.25
             a  body dogs bite  1      0.25
    """
    keys = _as_columns(by)
    if ngram not in (1, 2, 3):
        raise ValueError(f"`ngram` must be 1, 2 or 3, not {ngram!r}")
    if not isinstance(min_count, int) or min_count < 1:
        raise ValueError(f"`min_count` must be a positive integer, not {min_count!r}")
    if stopwords is None or isinstance(stopwords, str):  # shared rules keep their memo
        rules = _shared_rules(lemma, stopwords, numbers, ngram, duplicates)
    else:
        rules = _TermRules(lemma, _stopword_set(stopwords), numbers, ngram, duplicates)
    counts: Counter[Any] = Counter()
    origin: dict[Any, Any] = {}
    if isinstance(source, pd.DataFrame):
        dtypes = _frame_counts(source, keys, rules, counts, origin)
    else:
        dtypes = _article_counts(source, keys, rules, counts, origin, _quotes_of(quotes))
    return _count_frame(counts, origin, keys, dtypes, min_count)


class FastTagger:
    """NLTK's averaged perceptron tagger, scored in batches over many sentences at once.

    The model's weights become one dense matrix; sentences are tagged position by position
    in parallel, adding the same weight rows in the same order as
    ``PerceptronTagger.predict`` (so every score is bit-identical) and breaking ties the
    same way (highest score, then the alphabetically last tag).

    Examples
    --------
    >>> FastTagger.shared().tag_sentences([["They", "walk", "home", "."]])
    [['PRP', 'VBP', 'NN', '.']]
    """

    #: Words whose feature rows are kept (the cache is not grown past this).
    CACHE_SIZE = 500_000
    #: NLTK's padding around a sentence's words.
    _START = ("-START-", "-START2-")
    _END = ("-END-", "-END2-")

    def __init__(self, tagger: Any) -> None:
        weights: dict[str, dict[str, float]] = tagger.model.weights
        classes = sorted(tagger.model.classes, reverse=True)  # argmax takes the first max
        col = {c: j for j, c in enumerate(classes)}
        self.classes = np.array(classes, dtype=object)
        self.tagdict: dict[str, str] = dict(tagger.tagdict)
        self.normalize: Callable[[str], str] = tagger.normalize
        self.row: dict[str, int] = {f: i for i, f in enumerate(weights)}
        matrix = np.zeros((len(weights) + 1, len(classes)))  # last row: unknown feature
        for i, per_label in enumerate(weights.values()):
            for label, w in per_label.items():
                matrix[i, col[label]] = w
        self.matrix = matrix
        self.zero = len(weights)
        tags = [*self._START, *classes]
        self.tag_id = {t: k for k, t in enumerate(tags)}
        self.tags = tags
        self._prev = np.array([self._feature("i-1 tag", t) for t in tags])
        self._prev2 = np.array([self._feature("i-2 tag", t) for t in tags])
        self._both = np.array([[self._feature("i tag+i-2 tag", a, b) for b in tags] for a in tags])
        self._tag_word: dict[str, dict[int, int]] = {}
        for feat, i in self.row.items():
            if feat.startswith("i-1 tag+i word "):
                tag, _, word = feat[len("i-1 tag+i word ") :].partition(" ")
                if tag in self.tag_id:
                    self._tag_word.setdefault(word, {})[self.tag_id[tag]] = i
        self._bias = self._feature("bias")
        self._words: dict[str, tuple[int, int, int, str]] = {}
        self._contexts: dict[str, tuple[Any, ...]] = {}
        self._pad = [self._context(w) for w in (*self._START, *self._END)]

    @classmethod
    @functools.cache
    def shared(cls) -> FastTagger:
        """The one instance built from :func:`analysis.resources.tagger`."""
        return cls(resources.tagger())

    def _feature(self, name: str, *args: str) -> int:
        return self.row.get(" ".join((name, *args)), self.zero)

    def tag_sentences(self, sentences: Sequence[Sequence[str]]) -> list[list[str]]:
        """Penn Treebank tags of each sentence (a list of token strings), like ``tag``.

        Sentences are sorted longest first and stored flat (no padding), so step ``i``
        scores the ``i``-th token of every sentence longer than ``i`` in one go.
        """
        n = len(sentences)
        if n == 0:
            return []
        order = sorted(range(n), key=lambda k: -len(sentences[k]))
        lengths = [len(sentences[k]) for k in order]
        offsets = np.cumsum([0, *lengths[:-1]], dtype=np.intp)
        feats: list[tuple[int, ...]] = []
        known: list[int] = []
        tag_word: list[dict[int, int] | None] = []
        for k in order:
            self._static(sentences[k], feats, known, tag_word)
        # Columns in the order of NLTK's feature dict, so the sums match bit for bit:
        # bias, i suffix, i pref1, [i-1 tag, i-2 tag, i tag+i-2 tag], i word,
        # [i-1 tag+i word], i-1 word, i-1 suffix, i-2 word, i+1 word, i+1 suffix, i+2 word.
        f_all = np.array(feats, dtype=np.intp).reshape(-1, 10)
        f_all = np.insert(f_all, [3, 3, 3, 4], 0, axis=1)
        k_all = np.array(known, dtype=np.intp)
        out = np.zeros(len(known), dtype=np.intp)
        prev = np.zeros(n, dtype=np.intp)  # "-START-"
        prev2 = np.ones(n, dtype=np.intp)  # "-START2-"
        m, zero, live = self.matrix, self.zero, n
        for i in range(lengths[0]):
            while lengths[live - 1] <= i:
                live -= 1
            idx = offsets[:live] + i
            rows, p, p2 = f_all[idx], prev[:live], prev2[:live]
            rows[:, 3] = self._prev[p]
            rows[:, 4] = self._prev2[p2]
            rows[:, 5] = self._both[p, p2]
            rows[:, 7] = [
                zero if d is None else d.get(pk, zero)
                for d, pk in zip(map(tag_word.__getitem__, idx.tolist()), p.tolist(), strict=True)
            ]
            g = m[rows.T]  # (14, live, classes)
            s = g[0] + g[1]
            for j in range(2, 14):
                s += g[j]
            best = np.argmax(s, axis=1) + len(self._START)
            k_i = k_all[idx]
            best = np.where(k_i >= 0, k_i, best)
            out[idx] = best
            prev2[:live] = p
            prev[:live] = best
        tags, flat = self.tags, out.tolist()
        result: list[list[str]] = [[] for _ in range(n)]
        for r, k in enumerate(order):
            o = int(offsets[r])
            result[k] = [tags[t] for t in flat[o : o + lengths[r]]]
        return result

    def _static(
        self,
        words: Sequence[str],
        feats: list[tuple[int, ...]],
        known: list[int],
        tag_word: list[dict[int, int] | None],
    ) -> None:
        """Append each position's ten tag-free feature rows, tagdict tag and tag+word rows."""
        info = [self._words.get(w) or self._word(w) for w in words]
        ctx = [self._pad[0], self._pad[1], *(self._contexts[x[3]] for x in info)]
        ctx += [self._pad[2], self._pad[3]]
        bias = self._bias
        for c, (suffix, pref, tag, _) in enumerate(info, start=2):
            here, left, right = ctx[c], ctx[c - 1], ctx[c + 1]
            far_left, far_right = ctx[c - 2][3], ctx[c + 2][6]
            feats.append(
                (
                    bias,
                    suffix,
                    pref,
                    here[0],
                    left[1],
                    left[2],
                    far_left,
                    right[4],
                    right[5],
                    far_right,
                )
            )
            known.append(tag)
            tag_word.append(here[7])

    def _word(self, word: str) -> tuple[int, int, int, str]:
        """Rows of the word's own features, its tagdict tag id (or -1), its normalized form."""
        norm = self.normalize(word)
        if norm not in self._contexts:
            self._contexts[norm] = self._context(norm)
        known = self.tagdict.get(word)
        entry = (
            self._feature("i suffix", word[-3:]),
            self._feature("i pref1", word[0] if word else ""),
            self.tag_id[known] if known else -1,
            norm,
        )
        if len(self._words) < self.CACHE_SIZE:
            self._words[word] = entry
        return entry

    def _context(self, norm: str) -> tuple[Any, ...]:
        """Rows of a normalized word's features at each relative position, and tag+word rows."""
        return (
            self._feature("i word", norm),
            self._feature("i-1 word", norm),
            self._feature("i-1 suffix", norm[-3:]),
            self._feature("i-2 word", norm),
            self._feature("i+1 word", norm),
            self._feature("i+1 suffix", norm[-3:]),
            self._feature("i+2 word", norm),
            self._tag_word.get(norm),
        )


# --------------------------------------------------------------------------- tokens


@functools.cache
def english_stopwords() -> frozenset[str]:
    """The ``"english"`` stopwords: NLTK's list, the clitics, :data:`MODAL_STOPWORDS` and
    :data:`HONORIFICS`.

    >>> {"the", "n't", "could"} <= english_stopwords()
    True
    """
    return resources.stopwords() | frozenset(CLITIC_LEMMAS) | MODAL_STOPWORDS | HONORIFICS


def token_spans(text: str, start: int = 0, end: int | None = None) -> list[tuple[int, int]]:
    """Offsets of the tokens of ``text[start:end]`` (see :data:`TOKEN_PATTERN`).

    >>> t = "They're Belarus' best, isn't it?"
    >>> [t[s:e] for s, e in token_spans(t)]
    ['They', "'re", 'Belarus', "'", 'best', ',', 'is', "n't", 'it', '?']
    """
    end = len(text) if end is None else end
    spans = [m.span() for m in TOKEN_PATTERN.finditer(text, start, end)]
    if "'" not in text[start:end] and "’" not in text[start:end]:
        return spans
    out: list[tuple[int, int]] = []
    for s, e in spans:
        token = text[s:e]
        c = CLITIC_PATTERN.search(token) if "'" in token or "’" in token else None
        if c is not None and c.start() > 0:
            out.append((s, s + c.start()))
            out.append((s + c.start(), e))
        else:
            out.append((s, e))
    return out


def _token_rows(article: Article, *, quotes: QuoteSource) -> Rows:
    cols = _article_tokens(article, tag=True, quotes=quotes)
    stops = english_stopwords()
    norms = [_norm(w) for w in cols["lower"]]
    cols["is_stop"] = [n in stops or n in CLITIC_LEMMAS for n in norms]
    cols["is_punct"] = [_HAS_WORD.search(t) is None for t in cols["text"]]
    return cols


def _article_tokens(
    article: Article, *, tag: bool, quotes: QuoteSource | None
) -> dict[str, list[Any]]:
    """Columns of the tokens of ``article``; ``lemma``/``pos`` only when ``tag``."""
    cols, forms = _untagged_tokens(article, quotes=quotes)
    if tag:
        _add_tags(cols, FastTagger.shared().tag_sentences(forms))
    return cols


def _tagged_batches(
    source: Any, *, tag: bool, quotes: QuoteSource | None, duplicates: bool = True
) -> Iterator[tuple[Article, dict[str, list[Any]]]]:
    """Articles of ``source`` with their token columns, tagged :data:`TAG_BATCH` at a time."""
    articles = iter_articles(source)
    while batch := list(itertools.islice(articles, TAG_BATCH)):
        done = [(a, *_untagged_tokens(a, quotes=quotes, duplicates=duplicates)) for a in batch]
        if tag:
            tags = iter(FastTagger.shared().tag_sentences([f for _, _, fs in done for f in fs]))
            for _, cols, forms in done:
                _add_tags(cols, [next(tags) for _ in forms])
        yield from ((a, cols) for a, cols, _ in done)


def _untagged_tokens(
    article: Article, *, quotes: QuoteSource | None, duplicates: bool = True
) -> tuple[dict[str, list[Any]], list[list[str]]]:
    """Token columns without tags, and the tagger's input: each sentence's token forms.

    Without ``duplicates``, sentences of blocks marked ``duplicate`` (a caption printed
    twice) are left out.
    """
    from .segment import sentences

    text = article.text
    names = ("sentence_id", "start", "end", "text", "block", "paragraph_id")
    cols: dict[str, list[Any]] = {k: [] for k in names}
    forms: list[list[str]] = []
    repeated = [] if duplicates else [(b.start, b.end) for b in article.blocks if b.duplicate]
    for sid, sent in enumerate(sentences(article)):
        if repeated and any(s <= sent.start < e for s, e in repeated):
            continue
        spans = token_spans(text, sent.start, sent.end)
        toks = [text[s:e] for s, e in spans]
        forms.append([_tag_form(text, s, t) for (s, _), t in zip(spans, toks, strict=True)])
        n = len(spans)
        cols["sentence_id"].extend([sid] * n)
        cols["start"].extend(s for s, _ in spans)
        cols["end"].extend(e for _, e in spans)
        cols["text"].extend(toks)
        cols["block"].extend([sent.block] * n)
        cols["paragraph_id"].extend([sent.paragraph_id] * n)
    cols["token_id"] = list(range(len(cols["text"])))
    cols["lower"] = [t.lower() for t in cols["text"]]
    if quotes is not None:
        q = quotes(article) if cols["start"] else ([], [], [])
        cols["in_quote"], cols["speaker"] = _quote_flags(q, cols["start"], cols["end"])
    return cols, forms


def _add_tags(cols: dict[str, list[Any]], tags: list[list[str]]) -> None:
    cols["pos"] = [t for sent_tags in tags for t in sent_tags]
    lower, text = cols["lower"], cols["text"]
    cols["lemma"] = [_lemma(w, p) for w, p in zip(lower, cols["pos"], strict=True)]
    at = 0
    for sent_tags in tags:  # the tagger calls most capitalized first words NNP
        first = next((i for i in range(at, at + len(sent_tags)) if text[i][:1].isalpha()), None)
        if first is not None and cols["pos"][first] in PROPER_TAGS and text[first].istitle():
            cols["lemma"][first] = _initial_lemma(lower[first])
        at += len(sent_tags)


def _tag_forms(text: str, starts: list[int], words: list[list[str]]) -> list[list[str]]:
    """Tagger input: Penn Treebank forms of the tokens of each sentence."""
    it = iter(starts)
    return [[_tag_form(text, next(it), w) for w in ws] for ws in words]


def _tag_form(text: str, start: int, token: str) -> str:
    if token.isalnum():
        return token
    if token == '"':
        return "``" if start == 0 or text[start - 1] in OPENING_CONTEXT else "''"
    form = TAG_FORMS.get(token)
    if form is not None:
        return form
    return token.translate(_APOSTROPHES) if "’" in token or "‘" in token else token


@functools.lru_cache(maxsize=200_000)
def _lemma(lower: str, pos: str) -> str:
    norm = lower.translate(_APOSTROPHES)
    if norm[-1:] == "." and norm[:-1] in _ABBREVIATIONS:
        return norm[:-1]
    if norm in CLITIC_LEMMAS:
        return CLITIC_LEMMAS[norm]
    if norm in NEGATED_STEMS and pos == "MD":
        return NEGATED_STEMS[norm]
    wn = WORDNET_POS.get(pos)
    if wn is None or _HAS_LETTER.search(norm) is None:
        return norm
    return str(resources.lemmatizer().lemmatize(norm, wn))


@functools.lru_cache(maxsize=50_000)
def _initial_lemma(lower: str) -> str:
    """Lemma of a sentence's first word tagged as a proper noun: its WordNet noun lemma when
    the word is a plural common noun ("Taxes" -> tax), else the word ("Paris", "Kansas")."""
    from nltk.corpus import wordnet

    resources.lemmatizer()  # checks that WordNet is installed
    forms = wordnet._morphy(lower, wordnet.NOUN)
    if not forms or lower in forms:
        return lower
    return str(min(forms, key=len))


def _norm(lower: str) -> str:
    """The form matched against stopwords: straight apostrophes, ``ca`` -> ``can``, no
    abbreviation period."""
    norm = lower.translate(_APOSTROPHES)
    if norm[-1:] == "." and norm[:-1] in _ABBREVIATIONS:
        return norm[:-1]
    return NEGATED_STEMS.get(norm, norm)


def _quotes_of(quotes: pd.DataFrame | None) -> QuoteSource:
    """Where each article's quotes come from: ``quote_table``, or a frame given by the user."""
    if quotes is None:
        return _extract_quotes
    needed = {"article_id", "start", "end", "kind", "speaker"}
    if not needed <= set(quotes.columns):
        raise ValueError(
            f"`quotes` needs columns {sorted(needed)!r}; it has {list(quotes.columns)!r}"
        )
    groups: dict[str, Spans] = {}
    for aid, part in _spoken(quotes).groupby("article_id", sort=False, observed=True):
        groups[str(aid)] = _spans(part)
    return lambda article: groups.get(article.article_id, ([], [], []))


def _extract_quotes(article: Article) -> Spans:
    from . import quotes

    return _spans(_spoken(quotes.quote_table(article)))


def _spoken(quotes: pd.DataFrame) -> pd.DataFrame:
    return quotes[quotes["kind"].isin(list(SPOKEN_KINDS))].sort_values("start", kind="stable")


def _spans(q: pd.DataFrame) -> Spans:
    """Starts, ends and speakers of quotes, as plain lists."""
    speakers = [None if pd.isna(x) else str(x) for x in q["speaker"]]
    return [int(x) for x in q["start"]], [int(x) for x in q["end"]], speakers


def _quote_flags(q: Spans, starts: list[int], ends: list[int]) -> tuple[list[bool], list[Any]]:
    """Whether each token lies inside a speech or partial quote, and that quote's speaker."""
    q_start, q_end, q_speaker = q
    if not q_start:
        return [False] * len(starts), [None] * len(starts)
    inside: list[bool] = []
    speaker: list[Any] = []
    for s, e in zip(starts, ends, strict=True):
        k = bisect.bisect_right(q_start, s) - 1
        hit = k >= 0 and e <= q_end[k]
        inside.append(hit)
        speaker.append(q_speaker[k] if hit else None)
    return inside, speaker


# --------------------------------------------------------------------------- terms

#: Tokens whose term decision is remembered between calls (then the memo starts again).
MEMO_SIZE = 500_000
#: Marks a group whose rows come from more than one article.
_MIXED = object()
Key = tuple[Hashable, ...]


@dataclass(frozen=True)
class _TermRules:
    """Which tokens count as terms, and in which form."""

    lemma: bool
    stops: frozenset[str]
    numbers: bool
    n: int
    duplicates: bool
    seen: dict[tuple[str, str], str | None] = field(default_factory=dict, compare=False)

    def term(self, lower: str, lemma: str) -> str | None:
        """The term a token counts as, or None when it is dropped (memoized)."""
        key = (lower, lemma)
        if key not in self.seen:
            if len(self.seen) > MEMO_SIZE:
                self.seen.clear()
            self.seen[key] = self._term(lower, lemma)
        return self.seen[key]

    def _term(self, lower: str, lemma: str) -> str | None:
        norm = _norm(lower)
        if norm in CLITIC_LEMMAS or _HAS_WORD.search(norm) is None:
            return None
        if not self.numbers and _HAS_LETTER.search(norm) is None:
            return None
        term = lemma if self.lemma else norm
        if norm in self.stops or term in self.stops:
            return None
        return term


@functools.lru_cache(maxsize=64)
def _shared_rules(
    lemma: bool, stopwords: str | None, numbers: bool, n: int, duplicates: bool
) -> _TermRules:
    return _TermRules(lemma, _stopword_set(stopwords), numbers, n, duplicates)


def _as_columns(by: str | Sequence[str] | None) -> list[str]:
    if by is None:
        return []
    if isinstance(by, str):
        return [by]
    keys = list(by)
    if not all(isinstance(k, str) for k in keys) or len(set(keys)) != len(keys):
        raise ValueError(f"`by` must be a column name or a list of distinct names, not {by!r}")
    return keys


def _stopword_set(stopwords: str | Iterable[str] | None) -> frozenset[str]:
    if stopwords is None:
        return frozenset()
    if isinstance(stopwords, str):
        if stopwords != "english":
            raise ValueError(f"`stopwords` must be 'english', None or a list, not {stopwords!r}")
        return english_stopwords()
    return frozenset(str(w).lower().translate(_APOSTROPHES) for w in stopwords)


def _article_counts(
    source: Any,
    keys: list[str],
    rules: _TermRules,
    counts: Counter[Any],
    origin: dict[Any, Any],
    quote_source: QuoteSource,
) -> dict[str, Any]:
    unknown = [k for k in keys if k not in GROUP_COLUMNS]
    if unknown:
        raise ValueError(f"`by` must name columns of {GROUP_COLUMNS!r}, not {unknown!r}")
    tag = rules.lemma or "pos" in keys
    quotes = quote_source if "in_quote" in keys or "speaker" in keys else None
    batches = _tagged_batches(source, tag=tag, quotes=quotes, duplicates=rules.duplicates)
    for article, cols in batches:
        n = len(cols["lower"])
        cols["article_id"] = [article.article_id] * n
        lemmas = cols.get("lemma", cols["lower"])
        terms = [rules.term(lo, le) for lo, le in zip(cols["lower"], lemmas, strict=True)]
        groups: list[Key] = list(zip(*(cols[k] for k in keys), strict=True)) if keys else [()] * n
        _count_ngrams(
            terms, cols["sentence_id"], groups, rules.n, counts, origin, article.article_id
        )
    token_dtypes = schema.dtypes("tokens")
    return {k: token_dtypes[k] for k in keys}


def _frame_counts(
    df: pd.DataFrame,
    keys: list[str],
    rules: _TermRules,
    counts: Counter[Any],
    origin: dict[Any, Any],
) -> dict[str, Any]:
    missing = [k for k in [*keys, "text"] if k not in df.columns]
    if missing:
        raise ValueError(f"the frame has no column(s) {missing!r}; it has {list(df.columns)!r}")
    texts = [t if isinstance(t, str) else "" for t in df["text"]]
    spans = [token_spans(t) for t in texts]
    words = [[t[s:e] for s, e in sp] for t, sp in zip(texts, spans, strict=True)]
    lemmas: list[list[str]] = [[w.lower() for w in ws] for ws in words]
    if rules.lemma:
        forms = [
            _tag_forms(t, [s for s, _ in sp], [ws]).pop()
            for t, sp, ws in zip(texts, spans, words, strict=True)
        ]
        tags = FastTagger.shared().tag_sentences(forms)
        for row, (ws, ts) in enumerate(zip(words, tags, strict=True)):
            cols: dict[str, list[Any]] = {"text": ws, "lower": lemmas[row]}
            _add_tags(cols, [ts])
            lemmas[row] = cols["lemma"]
    ids: list[Any] = (
        [_MIXED if _scalar(v) is None else str(v) for v in df["article_id"]]
        if "article_id" in df.columns
        else [_MIXED] * len(df)
    )
    key_values = [[_scalar(v) for v in df[k]] for k in keys]
    for row, ws in enumerate(words):
        terms = [rules.term(w.lower(), le) for w, le in zip(ws, lemmas[row], strict=True)]
        group = tuple(col[row] for col in key_values)
        _count_ngrams(terms, [row] * len(ws), [group] * len(ws), rules.n, counts, origin, ids[row])
    return {k: df[k].dtype for k in keys}


def _scalar(value: Any) -> Any:
    """A group key value, with every kind of missing value turned into None."""
    return None if pd.api.types.is_scalar(value) and pd.isna(value) else value


def _count_ngrams(
    terms: list[str | None],
    sentence: Sequence[Hashable],
    groups: Sequence[Key],
    n: int,
    counts: Counter[Any],
    origin: dict[Any, Any],
    article_id: Any,
) -> None:
    """Count runs of ``n`` countable tokens sharing a sentence and a group."""
    run, last = 0, None
    for i, term in enumerate(terms):
        here = (sentence[i], groups[i])
        if term is None:
            run, last = 0, here
            continue
        run = run + 1 if run and here == last else 1
        last = here
        if run < n:
            continue
        gram = term if n == 1 else " ".join(terms[i - n + 1 : i + 1])  # type: ignore[arg-type]
        group = groups[i]
        counts[(group, gram)] += 1
        seen = origin.get(group)
        if seen is None:
            origin[group] = article_id
        elif seen is not _MIXED and seen != article_id:
            origin[group] = _MIXED


def _count_frame(
    counts: Counter[Any],
    origin: dict[Any, Any],
    keys: list[str],
    dtypes: dict[str, Any],
    min_count: int,
) -> pd.DataFrame:
    totals: Counter[Any] = Counter()
    for (group, _), n in counts.items():
        totals[group] += n
    kept = [(group, term, n) for (group, term), n in counts.items() if n >= min_count]
    kept.sort(key=lambda row: (-row[2], row[1]))  # n descending, then term
    if "article_id" in keys:
        at = keys.index("article_id")
        ids = [g[at] for g, _, _ in kept]
    else:
        ids = [None if origin[g] is _MIXED else origin[g] for g, _, _ in kept]
    out = schema.frame(
        "terms",
        {
            "article_id": ids,
            "term": [t for _, t, _ in kept],
            "n": [n for _, _, n in kept],
            "rel_freq": [n / totals[g] for g, _, n in kept],
        },
    )
    for j, key in enumerate(k for k in keys if k != "article_id"):
        at = keys.index(key)
        out.insert(1 + j, key, pd.Series([g[at] for g, _, _ in kept], dtype=dtypes[key]))
    if len(totals) > 1:  # then by group, keeping that order inside each group
        out = out.sort_values(keys, kind="stable", na_position="last").reset_index(drop=True)
    return out
