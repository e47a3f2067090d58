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
import operator
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
#: The lookahead before the abbreviations only skips that branch fast (an abbreviation is
#: two to four letters and a period); it changes no match.
_TOKEN_SOURCE = r"""
      (?:https?://|www\.)[^\s"“”<>]*[^\s"“”<>.,;:!?'’)\]]   # URL
    | [\w.+-]+@\w+(?:\.\w+)+                                # e-mail address
    | (?:[^\W\d_]\.){2,}                                   # initialism: U.S., a.m.
    | (?=[^\W\d_]{2,4}\.)(?i:(?:ABBREVIATIONS)\.)          # abbreviation: Mr., Gen.
    | \d+(?:[.,:]\d+)+                                     # number with separators
    | \w+(?:[-'’&]\w+)*                                    # word, number, compound
    | (?P<mark>[^\w\s])(?P=mark)*                           # punctuation run
    """.replace("ABBREVIATIONS", "|".join(sorted(ABBREVIATIONS, key=len, reverse=True)))
TOKEN_PATTERN: re.Pattern[str] = re.compile(_TOKEN_SOURCE, re.VERBOSE)
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
#: :data:`TOKEN_PATTERN` without its e-mail branch (slow to fail on every word), for text
#: without an ``@``, where that branch cannot match.
_NO_EMAIL_PATTERN = re.compile(
    "\n".join(line for line in _TOKEN_SOURCE.splitlines() if "# e-mail" not in line), re.VERBOSE
)
#: Both patterns as one outer group, so ``findall`` gives each token's text (group 1). The
#: whitespace before a token is skipped in the same match (every other character starts a
#: token), without backtracking; the whitespace at the end matches with an empty group 1.
_TOKEN_TEXTS = re.compile(rf"\s*+(?:({TOKEN_PATTERN.pattern})|\Z)", re.VERBOSE)
_TOKEN_TEXTS_NO_EMAIL = re.compile(rf"\s*+(?:({_NO_EMAIL_PATTERN.pattern})|\Z)", re.VERBOSE)
#: Before :data:`CLITIC_PATTERN` at the end of a token of tokens joined by spaces, after a
#: character of the same token: where ``token_spans`` splits a clitic off (an empty match,
#: so the replacement is a plain space).
_CLITIC_SPLIT = re.compile(
    rf"(?<=\S)(?={CLITIC_PATTERN.pattern.removesuffix(chr(92) + 'Z')}(?:\ |\Z))",
    re.IGNORECASE | re.VERBOSE,
)


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
    batches = _tagged_batches(source, tag=True, quotes=_quotes_of(quotes))
    tagged: dict[str, dict[str, list[Any]]] = {}

    def articles() -> Iterator[Article]:  # tagged TAG_BATCH at a time, handed over in turn
        for article, cols in batches:
            tagged["cols"] = cols
            yield article

    return article_frame(articles(), "tokens", lambda _: _token_rows(tagged.pop("cols")))


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
    counts: Counts = {}
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

    #: NLTK's padding around a sentence's words.
    _START = ("-START-", "-START2-")
    #: Word ids of the pads before and after a sentence (see ``__init__``).
    _HEAD = (0, 1)
    _TAIL = (2, 3)
    #: Ids of the tags before a sentence's first word (``prev``, ``prev2``).
    START_IDS = (0, 1)
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
        # "i-1 tag+i word" rows: row k of the matrix holds the rows of the k-th word having
        # such features, by tag (the unknown-feature row elsewhere); row 0 is for all others
        tag_word: dict[str, dict[int, int]] = {}
        for feat, i in self.row.items():
            if feat.startswith("i-1 tag+i word "):
                tag, _, word = feat[len("i-1 tag+i word ") :].partition(" ")
                if tag in self.tag_id:
                    tag_word.setdefault(word, {})[self.tag_id[tag]] = i
        self._tag_word_id = {w: k for k, w in enumerate(tag_word, start=1)}
        self._tag_word = np.full((len(tag_word) + 1, len(tags)), self.zero, dtype=np.intp)
        for k, per_tag in enumerate(tag_word.values(), start=1):
            for t, i in per_tag.items():
                self._tag_word[k, t] = i
        self._bias = self._feature("bias")
        #: Word -> id of its row in :meth:`_word_rows` (ids 0-3: the pads).
        self._words: _Memo = _Memo(self._word)
        self._word_table = _Table(4)
        self._contexts: dict[str, int] = {}  # normalized word -> context id
        self._context_table = _Table(8)
        for word in (*self._START, *self._END):  # context ids 0-3 (the pads) stay fixed
            self._context_table.add(self._context(word))
        z = self.zero  # the pads' own features are unknown; tags -START2-, -START-, none
        for pad_tag, context in zip((*self.START_IDS[::-1], -1, -1), range(4), strict=True):
            self._word_table.add((z, z, pad_tag, context))

    @classmethod
    @functools.cache
    def shared(cls) -> FastTagger:
        """The one instance built from :func:`analysis.resources.tagger`."""
        return cls(resources.tagger())

    def _feature(self, name: str, *args: str) -> int:
        return self.row.get(" ".join((name, *args)), self.zero)

    def tag_sentences(
        self,
        sentences: Sequence[Sequence[str]],
        *,
        stretches: Sequence[tuple[int, int]] | None = None,
    ) -> list[list[str]]:
        """Penn Treebank tags of each sentence (a list of token strings), like ``tag``.

        ``stretches``: for each sentence, tag only its words ``lo:hi``. The tags before
        ``lo`` must not need the model (the words at ``lo - 1`` and ``lo - 2`` are in the
        tag dictionary, or before the sentence); then the tags equal the whole sentence's.
        The same sentence (the same list) given several times in a row with different
        stretches is read once.
        """
        n = len(sentences)
        if n == 0:
            return []
        sizes = list(map(len, sentences))
        los: list[int]
        his: list[int]
        if stretches is None:
            los, his = [0] * n, sizes
        else:
            if len(stretches) != n:
                raise ValueError(f"{len(stretches)} stretches for {n} sentences")
            los, his = map(list, zip(*stretches, strict=True))
        lo, hi, size = (np.array(x, dtype=np.intp) for x in (los, his, sizes))
        bad = (lo < 0) | (lo > hi) | (hi > size)
        if bad.any():
            k = int(np.argmax(bad))
            raise ValueError(f"no words {los[k]}:{his[k]} in a sentence of {sizes[k]}")
        # a sentence given again right away (another stretch of it) is laid out once
        ids = np.fromiter(map(id, sentences), dtype=np.uint64, count=n)
        new = np.ones(n, dtype=bool)
        new[1:] = ids[1:] != ids[:-1]
        part_of = (np.cumsum(new) - 1).tolist()
        distinct = [sentences[k] for k in np.flatnonzero(new).tolist()]
        names = list(map(self.tags.__getitem__, self._tag_parts(distinct, part_of, los, his)))
        ends = itertools.accumulate(map(operator.sub, his, los))
        return [names[e - h + b : e] for e, b, h in zip(ends, los, his, strict=True)]

    def _tag_parts(
        self,
        sentences: Sequence[Sequence[str]],
        part_of: list[int],
        los: list[int],
        his: list[int],
    ) -> list[int]:
        """Tag ids (indexes of :attr:`tags`) of the words ``los[k]:his[k]`` of the sentence
        ``sentences[part_of[k]]`` for each part ``k``, one part after the other.

        Every sentence is laid out once in a window of :meth:`_word` entries, with two pads
        before and after it; a part's features still see the words around it. Parts are
        tagged position by position in parallel, longest first: step ``i`` scores the
        ``i``-th word of every part longer than ``i`` in one go, adding the feature rows in
        the order of NLTK's feature dict so the sums match bit for bit: bias, i suffix,
        i pref1, [i-1 tag, i-2 tag, i tag+i-2 tag], i word, [i-1 tag+i word], i-1 word,
        i-1 suffix, i-2 word, i+1 word, i+1 suffix, i+2 word (the bracketed ones depend on
        the tags before, and are filled while tagging).
        """
        if not part_of:
            return []
        window: list[int] = []
        entry, head, tail = self._words.__getitem__, self._HEAD, self._TAIL
        for words in sentences:
            window += head
            window += map(entry, words)
            window += tail
        info = self._word_table.rows()[np.array(window, dtype=np.intp)]
        sizes = np.fromiter(map(len, sentences), dtype=np.intp, count=len(sentences)) + 4
        first = (np.cumsum(sizes) - sizes + 2)[np.array(part_of, dtype=np.intp)]
        lo, hi = np.array(los, dtype=np.intp), np.array(his, dtype=np.intp)
        first += lo  # window position of each part's first word
        tag_ids = info[:, 2]
        prev, prev2 = tag_ids[first - 1], tag_ids[first - 2]
        unknown = (prev < 0) | (prev2 < 0)
        if unknown.any():
            k = int(np.argmax(unknown))
            raise ValueError(f"words {los[k]}:{his[k]} need the tags of the words before them")
        lengths = hi - lo
        total = int(lengths.sum())
        starts = np.cumsum(lengths) - lengths  # where each part's tags go in the result
        here = np.repeat(first - starts, lengths) + np.arange(total)
        ctx, rows = info[:, 3], self._context_table.rows()
        f_all = np.empty((total, 14), dtype=np.intp)
        f_all[:, 0] = self._bias
        f_all[:, 1:3] = info[here, :2]
        own = rows[ctx[here]]
        f_all[:, 6] = own[:, 0]
        f_all[:, 8:10] = rows[ctx[here - 1], 1:3]
        f_all[:, 10] = rows[ctx[here - 2], 3]
        f_all[:, 11:13] = rows[ctx[here + 1], 4:6]
        f_all[:, 13] = rows[ctx[here + 2], 6]
        tag_word = own[:, 7]
        known = tag_ids[here]
        order = np.argsort(-lengths, kind="stable")
        lengths, offsets = lengths[order], starts[order]
        prev, prev2 = prev[order], prev2[order]
        out = np.zeros(total, dtype=np.intp)
        m, live = self.matrix, len(order)
        for i in range(int(lengths[0])):
            while lengths[live - 1] <= i:
                live -= 1
            idx = offsets[:live] + i
            p, p2 = prev[:live], prev2[:live]
            best = known[idx]  # the tag dictionary's tag, else the model's
            todo = np.flatnonzero(best < 0)
            if len(todo):
                at, pt, p2t = idx[todo], p[todo], p2[todo]
                f = f_all[at]
                f[:, 3] = self._prev[pt]
                f[:, 4] = self._prev2[p2t]
                f[:, 5] = self._both[pt, p2t]
                f[:, 7] = self._tag_word[tag_word[at], pt]
                g = m.take(np.ascontiguousarray(f.T), axis=0)  # (14, rows, classes)
                s = g[0] + g[1]
                for j in range(2, 14):
                    s += g[j]
                best[todo] = np.argmax(s, axis=1) + len(self._START)
            out[idx] = best
            prev2[:live] = p
            prev[:live] = best
        result: list[int] = out.tolist()
        return result

    def _word(self, word: str) -> int:
        """Add the row of a word: the rows of its own features, its tagdict tag id (or -1)
        and the id of its normalized form's rows (:meth:`_context_id`); return its id."""
        known = self.tagdict.get(word)
        row, zero = self.row.get, self.zero  # as _feature, without a call per feature
        return self._word_table.add(
            (
                row("i suffix " + word[-3:], zero),
                row("i pref1 " + word[:1], zero),
                self.tag_id[known] if known else -1,
                self._context_id(self.normalize(word)),
            )
        )

    def _context_id(self, norm: str) -> int:
        """Id of the rows of a normalized word (:meth:`_context`) in its table."""
        found = self._contexts.get(norm)
        if found is None:
            found = self._contexts[norm] = self._context_table.add(self._context(norm))
        return found

    def _context(self, norm: str) -> tuple[int, ...]:
        """Rows of a normalized word's features at each relative position, and the row of
        :attr:`_tag_word` holding its tag+word rows (0: none)."""
        row, zero, suffix = self.row.get, self.zero, norm[-3:]  # as _feature, inlined
        return (
            row("i word " + norm, zero),
            row("i-1 word " + norm, zero),
            row("i-1 suffix " + suffix, zero),
            row("i-2 word " + norm, zero),
            row("i+1 word " + norm, zero),
            row("i+1 suffix " + suffix, zero),
            row("i+2 word " + norm, zero),
            self._tag_word_id.get(norm, 0),
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
    part = text[start:end]
    pattern = TOKEN_PATTERN if "@" in part else _NO_EMAIL_PATTERN
    spans = [m.span() for m in pattern.finditer(text, start, end)]
    if "'" not in part and "’" not in part:
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


def _token_texts(text: str, start: int, end: int) -> list[str]:
    """The tokens of ``text[start:end]`` as strings: ``token_spans`` without the offsets."""
    part = text[start:end]
    pattern = _TOKEN_TEXTS if "@" in part else _TOKEN_TEXTS_NO_EMAIL
    found = list(map(_FIRST, pattern.findall(text, start, end)))
    while found and not found[-1]:  # the end (no token is empty)
        found.pop()
    if not found or ("'" not in part and "’" not in part):
        return found
    # tokens hold no whitespace: split the clitics off all of them at once
    return _CLITIC_SPLIT.sub(" ", " ".join(found)).split(" ")


def _token_starts(text: str, start: int, tokens: list[str]) -> list[int]:
    """Offsets of consecutive tokens of ``text`` from ``start``: only whitespace lies
    between two tokens (every other character starts or continues one), and a token never
    starts with whitespace, so each is the first occurrence after the one before."""
    out: list[int] = []
    for token in tokens:
        start = text.find(token, start)
        out.append(start)
        start += len(token)
    return out


def _token_rows(cols: dict[str, list[Any]]) -> Rows:
    """An article's tagged token columns with ``is_stop`` and ``is_punct``."""
    cols["is_stop"] = [_is_stop(w) for w in cols["lower"]]
    cols["is_punct"] = [_is_punct(t) for t in cols["text"]]
    return cols


@functools.lru_cache(maxsize=200_000)
def _is_stop(lower: str) -> bool:
    norm = _norm(lower)
    return norm in english_stopwords() or norm in CLITIC_LEMMAS


@functools.lru_cache(maxsize=200_000)
def _is_punct(token: str) -> bool:
    return _HAS_WORD.search(token) is None


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
    return _word_form(token)


def _word_form(token: str) -> str:
    """A token's tagger form, for any token but ``"`` (whose form depends on what precedes)."""
    if token.isalnum():
        return token
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
    suffixes, exceptions = _morphy_rules()[wn]
    if norm not in exceptions and not norm.endswith(suffixes):
        return norm  # no rule of WordNet's morphy applies: the word is its own lemma
    forms = _morphy_forms(norm, wn)
    return min(forms, key=len) if forms else norm  # as WordNetLemmatizer.lemmatize


def _tag_lemma(lower: str, tag: str, *, initial: bool) -> str:
    """The lemma :func:`_add_tags` gives a word with this tag (``initial``: the first word
    of its sentence, titlecase)."""
    return _initial_lemma(lower) if initial and tag in PROPER_TAGS else _lemma(lower, tag)


def _one_lemma(lower: str) -> bool:
    """A quick test that :func:`_lemma` gives the word one lemma whatever the tag: no
    ending or exception of WordNet's morphy applies and it is no negated stem."""
    norm = lower.translate(_APOSTROPHES)
    ends, exceptions = _any_morphy_rule()
    if norm in NEGATED_STEMS:
        return False
    return norm not in exceptions and not norm.endswith(ends)


@functools.cache
def _any_morphy_rule() -> tuple[tuple[str, ...], frozenset[str]]:
    """The endings and exceptions of :func:`_morphy_rules` for every class at once."""
    rules = _morphy_rules()
    ends = tuple(sorted({e for ends, _ in rules.values() for e in ends}))
    return ends, frozenset().union(*(exceptions for _, exceptions in rules.values()))


@functools.cache
def _morphy_rules() -> dict[str, tuple[tuple[str, ...], frozenset[str]]]:
    """For each WordNet part of speech, the word endings WordNet's morphy replaces and the
    words of its exception list. ``lemmatize`` keeps any other word as it is: morphy then
    only checks the word itself, and the lemma is the word whether it is found or not."""
    tables = resources.morphology()
    return {
        wn: (tuple(old for old, _ in tables.substitutions[wn]), frozenset(tables.exceptions[wn]))
        for wn in set(WORDNET_POS.values())
    }


def _morphy_forms(word: str, pos: str) -> list[str]:
    """WordNet's ``_morphy(word, pos)``: the word and the forms its exception list or its
    endings give that WordNet has as lemmas of ``pos``, in that order, without repeats.
    Read from :func:`analysis.resources.morphology`; the same steps as NLTK 3.10's
    ``_morphy``.

    >>> _morphy_forms("axes", "n"), _morphy_forms("dogs", "n"), _morphy_forms("went", "v")
    (['ax', 'axis'], ['dog'], ['go'])
    """
    substitutions, exceptions, lemmas = resources.morphology()
    forms = exceptions[pos].get(word)
    if forms is None:
        forms = [word[: -len(old)] + new for old, new in substitutions[pos] if word.endswith(old)]
    out: list[str] = []
    for form in (word, *forms):
        found = lemmas.get(form)
        if found is not None and pos in found and form not in out:
            out.append(form)
    return out


@functools.lru_cache(maxsize=50_000)
def _initial_lemma(lower: str) -> str:
    """Lemma of a sentence's first word tagged as a proper noun: its WordNet noun lemma when
    the word is a plural common noun ("Taxes" -> tax), else the word ("Paris", "Kansas")."""
    forms = _morphy_forms(lower, "n")
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


def _note_origin(origin: dict[Any, Any], group: Any, article_id: Any) -> None:
    """Record which article a group's counts come from (``_MIXED`` once there are two)."""
    seen = origin.get(group)
    if seen is None:
        origin[group] = article_id
    elif seen is not _MIXED and seen != article_id:
        origin[group] = _MIXED


Key = tuple[Hashable, ...]
#: Counts of each group's terms (a group's counter is never empty).
Counts = dict[Key, Counter[str]]
#: A token's term (None: not counted), or its terms by tag class when they differ.
Entry = str | None | tuple[str | None, ...]
#: Group columns that are the same for every token of a sentence.
SENTENCE_COLUMNS: tuple[str, ...] = ("article_id", "sentence_id", "paragraph_id", "block")


@dataclass(frozen=True)
class _TermRules:
    """Which tokens count as terms, and in which form."""

    lemma: bool
    stops: frozenset[str]
    numbers: bool
    n: int
    duplicates: bool
    seen: dict[tuple[str, str], str | None] = field(default_factory=dict, compare=False)
    #: Token -> :meth:`entry` anywhere but a sentence's first word, and there.
    words: _Memo = field(init=False, compare=False, repr=False)
    initials: _Memo = field(init=False, compare=False, repr=False)

    def __post_init__(self) -> None:
        object.__setattr__(self, "words", _Memo(functools.partial(self.entry, initial=False)))
        object.__setattr__(self, "initials", _Memo(functools.partial(self.entry, initial=True)))

    def entry(self, token: str, *, initial: bool) -> Entry:
        """The term of ``token`` whatever its tag, or a tuple of its terms by tag class.

        ``initial``: the token is the first word of its sentence and titlecase, so a
        proper-noun tag gives it :func:`_initial_lemma` (see :func:`_add_tags`). A token the
        tagger's tag dictionary knows always gets that tag, so its term is known too; only
        the others (a tuple, indexed by :func:`_tag_classes`) need the tagger.
        """
        lower = token.lower()
        if not self.lemma or self.dropped(lower):
            return self.term(lower, lower)
        # the word is kept (not dropped) and lemmas are counted: a lemma is the term
        # unless it is a stopword (:meth:`_term`)
        stops = self.stops
        known = FastTagger.shared().tagdict.get(_word_form(token))
        if known:
            lemma = _tag_lemma(lower, known, initial=initial)
            return None if lemma in stops else lemma
        examples = _tag_classes()[1]
        if not initial and _one_lemma(lower):
            lemma = _lemma(lower, examples[0])
            return None if lemma in stops else lemma
        lemmas: dict[tuple[bool, bool, str | None], str | None] = {}
        terms: list[str | None] = []
        for tag in examples:  # _lemma reads a tag only as MD or not, and its WordNet class
            key = (initial and tag in PROPER_TAGS, tag == "MD", WORDNET_POS.get(tag))
            if key not in lemmas:
                lemma = _tag_lemma(lower, tag, initial=initial)
                lemmas[key] = None if lemma in stops else lemma
            terms.append(lemmas[key])
        return terms[0] if terms.count(terms[0]) == len(terms) else tuple(terms)

    def term(self, lower: str, lemma: str) -> str | None:
        """The term a token counts as, or None when it is dropped (memoized)."""
        key = (lower, lemma)
        if key not in self.seen:
            if len(self.seen) > MEMO_SIZE:
                self.seen.clear()
            self.seen[key] = self._term(lower, lemma)
        return self.seen[key]

    def _term(self, lower: str, lemma: str) -> str | None:
        if self.dropped(lower):
            return None
        term = lemma if self.lemma else _norm(lower)
        return None if term in self.stops else term

    def dropped(self, lower: str) -> bool:
        """Whether the word is never a term, whatever its lemma (a clitic, punctuation, a
        number when ``numbers`` is off, a stopword)."""
        norm = _norm(lower)
        if norm in CLITIC_LEMMAS or _HAS_WORD.search(norm) is None:
            return True
        if not self.numbers and _HAS_LETTER.search(norm) is None:
            return True
        return norm in self.stops


#: ``isinstance``'s second argument for every entry of a row.
_TUPLES = itertools.repeat(tuple)
_FIRST = operator.itemgetter(0)


class _Table:
    """Rows of ints added one at a time, read as a numpy matrix (grown as needed)."""

    def __init__(self, width: int) -> None:
        self.width = width
        self.size = 0
        self.matrix = np.zeros((0, width), dtype=np.intp)
        self.pending: list[tuple[int, ...]] = []

    def add(self, row: tuple[int, ...]) -> int:
        """Add a row; return its index."""
        self.pending.append(row)
        self.size += 1
        return self.size - 1

    def rows(self) -> Any:
        """The matrix of every row added so far (and maybe unused rows after them)."""
        if self.pending:
            new = np.array(self.pending, dtype=np.intp).reshape(-1, self.width)
            filled = self.size - len(new)
            if len(self.matrix) < self.size:
                grown = np.zeros((2 * self.size, self.width), dtype=np.intp)
                grown[:filled] = self.matrix[:filled]
                self.matrix = grown
            self.matrix[filled : self.size] = new
            self.pending.clear()
        return self.matrix


class _Memo(dict[str, Any]):
    """A dict that fills a missing key with ``make(key)`` (emptied past :data:`MEMO_SIZE`)."""

    def __init__(self, make: Callable[[str], Any]) -> None:
        super().__init__()
        self.make = make

    def __missing__(self, key: str) -> Any:
        if len(self) > MEMO_SIZE:
            self.clear()
        value = self[key] = self.make(key)
        return value


#: Token -> :func:`_word_form` (any token but ``"``), remembered.
_WORD_FORMS = _Memo(_word_form)


@functools.cache
def _tag_classes() -> tuple[dict[str, int], list[str]]:
    """Classes of the tagger's tags that give a word the same lemma: each tag's class, and
    one tag per class. A lemma depends on the tag only through its WordNet part of speech,
    whether it is ``MD`` (:data:`NEGATED_STEMS`) and whether it is a proper noun
    (:func:`_add_tags`)."""
    class_of: dict[str, int] = {}
    keys: dict[tuple[bool, str | None, bool], int] = {}
    examples: list[str] = []
    for tag in FastTagger.shared().tags:
        key = (tag == "MD", WORDNET_POS.get(tag), tag in PROPER_TAGS)
        if key not in keys:
            keys[key] = len(examples)
            examples.append(tag)
        class_of[tag] = keys[key]
    return class_of, examples


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
    counts: Counts,
    origin: dict[Any, Any],
    quote_source: QuoteSource,
) -> dict[str, Any]:
    unknown = [k for k in keys if k not in GROUP_COLUMNS]
    if unknown:
        raise ValueError(f"`by` must name columns of {GROUP_COLUMNS!r}, not {unknown!r}")
    quotes = quote_source if "in_quote" in keys or "speaker" in keys else None
    if "pos" in keys:
        _token_counts(source, keys, rules, counts, origin, quotes)
    else:
        _sentence_counts(source, keys, rules, counts, origin, quotes)
    token_dtypes = schema.dtypes("tokens")
    return {k: token_dtypes[k] for k in keys}


def _token_counts(
    source: Any,
    keys: list[str],
    rules: _TermRules,
    counts: Counts,
    origin: dict[Any, Any],
    quotes: QuoteSource | None,
) -> None:
    """Count terms from the full token columns, every sentence tagged (needed for ``pos``)."""
    batches = _tagged_batches(source, tag=True, quotes=quotes, duplicates=rules.duplicates)
    for article, cols in batches:
        n = len(cols["lower"])
        cols["article_id"] = [article.article_id] * n
        lemmas = cols.get("lemma", cols["lower"])
        terms = [rules.term(lo, le) for lo, le in zip(cols["lower"], lemmas, strict=True)]
        groups: list[Key] = list(zip(*(cols[k] for k in keys), strict=True)) if keys else [()] * n
        _count_ngrams(
            terms, cols["sentence_id"], groups, rules.n, counts, origin, article.article_id
        )


def _sentence_counts(
    source: Any,
    keys: list[str],
    rules: _TermRules,
    counts: Counts,
    origin: dict[Any, Any],
    quotes: QuoteSource | None,
) -> None:
    """Count terms sentence by sentence, tagging only what a term depends on.

    Most tokens have one term whatever their tag (:meth:`_TermRules.entry`); the others
    need the tags of their sentence up to them, but the tagger's features only look back
    at the two previous tags, so tagging may start after two words whose tag the tag
    dictionary gives (:func:`_tag_stretches`). The counts equal :func:`_token_counts`'s.
    """
    articles = iter_articles(source)
    while batch := list(itertools.islice(articles, TAG_BATCH)):
        forms: list[list[str]] = []
        fills: list[tuple[list[Entry], int, int]] = []
        done = [
            (a, _sentence_terms(a, rules, forms, fills, keep_spans=quotes is not None))
            for a in batch
        ]
        if forms:
            class_of = _tag_classes()[0]
            stretches = [(lo, hi) for _, lo, hi in fills]
            tags = FastTagger.shared().tag_sentences(forms, stretches=stretches)
            for (row, lo, hi), found in zip(fills, tags, strict=True):
                for k, tag in zip(range(lo, hi), found, strict=True):
                    e = row[k]
                    if type(e) is tuple:
                        row[k] = e[class_of[tag]]
        for article, sents in done:
            if rules.n == 1 and set(keys) <= set(SENTENCE_COLUMNS):
                _count_unigrams(article, sents, keys, counts, origin)
            else:
                _count_article(article, sents, keys, rules.n, quotes, counts, origin)


#: A sentence's id, span, token offsets and terms.
SentenceTerms = tuple[int, Any, list[tuple[int, int]], list[Entry]]


def _sentence_terms(
    article: Article,
    rules: _TermRules,
    forms: list[list[str]],
    fills: list[tuple[list[Entry], int, int]],
    *,
    keep_spans: bool,
) -> list[SentenceTerms]:
    """Each sentence's token offsets (if ``keep_spans``) and terms; the tagger's input for
    each stretch still to tag goes to ``forms``, with the row and the range its tags fill
    to ``fills``."""
    from .segment import sentences

    text = article.text
    words, initials = rules.words, rules.initials
    repeated = [] if rules.duplicates else [(b.start, b.end) for b in article.blocks if b.duplicate]
    out: list[SentenceTerms] = []
    for sid, sent in enumerate(sentences(article)):
        if repeated and any(s <= sent.start < e for s, e in repeated):
            continue
        if keep_spans:
            spans = token_spans(text, sent.start, sent.end)
            toks = [text[s:e] for s, e in spans]
        else:
            spans, toks = [], _token_texts(text, sent.start, sent.end)
        row: list[Entry] = list(map(words.__getitem__, toks))
        if toks and toks[0][:1].isalpha():
            first: int | None = 0
        else:
            first = next((k for k, t in enumerate(toks) if t[:1].isalpha()), None)
        if first is not None and toks[first].istitle():
            row[first] = initials[toks[first]]
        ambiguous = list(itertools.compress(itertools.count(), map(isinstance, row, _TUPLES)))
        if ambiguous:
            # the tagger looks two words ahead: the words after that change no tag we need
            end = ambiguous[-1] + 3
            if '"' in toks[:end]:  # its form depends on the character before it
                starts = [s for s, _ in spans[:end]] or _token_starts(text, sent.start, toks[:end])
                tokens = [_tag_form(text, s, t) for s, t in zip(starts, toks[:end], strict=True)]
            else:
                tokens = list(map(_WORD_FORMS.__getitem__, toks[:end]))
            for lo, hi in _tag_stretches(tokens, ambiguous):
                forms.append(tokens)
                fills.append((row, lo, hi))
        out.append((sid, sent, spans, row))
    return out


def _tag_stretches(forms: list[str], targets: list[int]) -> list[tuple[int, int]]:
    """The fewest stretches ``lo:hi`` of a sentence to tag so that every position in
    ``targets`` (ascending) gets its tag.

    The tag at ``i`` depends on the tags at ``i - 1`` and ``i - 2`` only, so a stretch may
    start where both come from the tag dictionary (or lie before the sentence). Linear in
    the length of the sentence.
    """
    known = FastTagger.shared().tagdict.get
    out: list[tuple[int, int]] = []
    for k in targets:
        stop = out[-1][1] if out else 0
        lo = k
        while lo > stop and not (known(forms[lo - 1]) and (lo < 2 or known(forms[lo - 2]))):
            lo -= 1
        if out and lo <= stop:
            out[-1] = (out[-1][0], k + 1)
        else:
            out.append((lo, k + 1))
    return out


def _sentence_keys(article: Article, sid: int, sent: Any, keys: list[str]) -> Key:
    """The group of a sentence's tokens (keys from :data:`SENTENCE_COLUMNS`)."""
    return tuple(
        article.article_id if k == "article_id" else sid if k == "sentence_id" else getattr(sent, k)
        for k in keys
    )


def _count_unigrams(
    article: Article,
    sents: list[SentenceTerms],
    keys: list[str],
    counts: Counts,
    origin: dict[Any, Any],
) -> None:
    """Count single terms when each sentence has one group (in the order of the tokens,
    like :func:`_count_ngrams`)."""
    if set(keys) <= {"article_id"}:  # one group for the whole article
        local: Counter[Any] = Counter(itertools.chain.from_iterable(row for *_, row in sents))
        local.pop(None, None)
        group = _sentence_keys(article, 0, None, keys)
        groups = [group] if local else []
        if local:
            _add_counts(counts, group, local)
    else:
        per: dict[Key, Counter[Any]] = {}
        for sid, sent, _, row in sents:
            group = _sentence_keys(article, sid, sent, keys)
            found = per.get(group)
            if found is None:
                found = per[group] = Counter()
            found.update(row)
        groups = []
        for group, local in per.items():
            local.pop(None, None)
            if local:
                _add_counts(counts, group, local)
                groups.append(group)
    aid = article.article_id
    for group in groups:
        _note_origin(origin, group, aid)


def _add_counts(counts: Counts, group: Key, local: Counter[str]) -> None:
    """Add a group's non-empty counts (``local`` may become the group's counter)."""
    found = counts.get(group)
    if found is None:
        counts[group] = local
    else:
        found.update(local)


def _count_article(
    article: Article,
    sents: list[SentenceTerms],
    keys: list[str],
    n: int,
    quotes: QuoteSource | None,
    counts: Counts,
    origin: dict[Any, Any],
) -> None:
    """Count the n-grams of an article's sentences through :func:`_count_ngrams`."""
    terms: list[Any] = [t for _, _, _, row in sents for t in row]
    sids = [sid for sid, _, _, row in sents for _ in row]
    cols: dict[str, list[Any]] = {"sentence_id": sids}
    cols["article_id"] = [article.article_id] * len(terms)
    cols["block"] = [sent.block for _, sent, _, row in sents for _ in row]
    cols["paragraph_id"] = [sent.paragraph_id for _, sent, _, row in sents for _ in row]
    if quotes is not None:
        starts = [s for _, _, spans, _ in sents for s, _ in spans]
        ends = [e for _, _, spans, _ in sents for _, e in spans]
        q = quotes(article) if starts else ([], [], [])
        cols["in_quote"], cols["speaker"] = _quote_flags(q, starts, ends)
    groups: list[Key] = (
        list(zip(*(cols[k] for k in keys), strict=True)) if keys else [()] * len(terms)
    )
    _count_ngrams(terms, sids, groups, n, counts, origin, article.article_id)


def _frame_counts(
    df: pd.DataFrame,
    keys: list[str],
    rules: _TermRules,
    counts: Counts,
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
    counts: Counts,
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
        found = counts.get(group)
        if found is None:
            found = counts[group] = Counter()
        found[gram] += 1
        _note_origin(origin, group, article_id)


def _count_frame(
    counts: Counts,
    origin: dict[Any, Any],
    keys: list[str],
    dtypes: dict[str, Any],
    min_count: int,
) -> pd.DataFrame:
    items = list(counts.items())
    by_group = len(items) > 1
    if by_group and keys == ["article_id"] and all(type(g[0]) is str for g, _ in items):
        items.sort(key=lambda item: str(item[0][0]))  # the order sort_values gives strings
        by_group = False
    at = keys.index("article_id") if "article_id" in keys else -1
    groups: list[Key] = []
    ids: list[Any] = []
    terms: list[str] = []
    ns: list[int] = []
    rel: list[float] = []
    for group, found in items:
        total = sum(found.values())  # every term counted in the group, before min_count
        kept = sorted(found.items(), key=operator.itemgetter(0))  # by term, then n descending
        kept.sort(key=operator.itemgetter(1), reverse=True)
        if min_count > 1:
            kept = [(t, n) for t, n in kept if n >= min_count]
        if not kept:
            continue
        aid = group[at] if at >= 0 else None if origin[group] is _MIXED else origin[group]
        size = len(kept)
        groups += [group] * size
        ids += [aid] * size
        terms += [t for t, _ in kept]
        ns += [n for _, n in kept]
        rel += [n / total for _, n in kept]
    out = schema.frame(
        "terms",
        {
            "article_id": ids,
            "term": terms,
            "n": ns,
            "rel_freq": rel,
        },
    )
    for j, key in enumerate(k for k in keys if k != "article_id"):
        k_at = keys.index(key)
        out.insert(1 + j, key, pd.Series([g[k_at] for g in groups], dtype=dtypes[key]))
    if by_group:  # then by group, keeping that order inside each group
        out = out.sort_values(keys, kind="stable", na_position="last").reset_index(drop=True)
    return out
