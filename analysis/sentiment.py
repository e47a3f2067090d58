"""Sentiment: VADER scores per sentence, per quote or per row, and their summaries.

Produces the ``sentiment`` and ``sentiment_summary`` tables (see :mod:`analysis.schema`).
Scores are those of NLTK's ``SentimentIntensityAnalyzer.polarity_scores`` (Hutto and
Gilbert 2014, VADER) on the same strings: :func:`polarity_scores` runs NLTK's own scoring
steps after a faster, equivalent split of the text into words, and caches by string.

Examples
--------
>>> from analysis import article_from_text
>>> art = article_from_text("Council backs park plan\\n\\nThe plan is great. The war is terrible.",
...                         article_id="a")
>>> print(sentiment_table(art)[["text", "compound"]].to_string(index=False))
                   text  compound
Council backs park plan   -0.0516
     The plan is great.    0.6249
   The war is terrible.   -0.7906
>>> print(sentiment_summary(art).to_string(index=False))
article_id  n  mean_compound  share_negative  share_neutral  share_positive
         a  3      -0.072433        0.666667            0.0        0.333333
"""

from __future__ import annotations

import functools
import logging
import string
from collections.abc import Collection, Sequence
from typing import Any

import pandas as pd

from . import resources, schema
from ._frames import Rows, article_frame
from .types import Article

logger = logging.getLogger(__name__)

#: VADER's conventional bands (Hutto and Gilbert 2014): compound <= -0.05 is negative,
#: >= 0.05 positive, between them neutral.
NEGATIVE_BAND: float = -0.05
POSITIVE_BAND: float = 0.05
#: Quote kinds whose words are someone's (see :data:`analysis.schema.QUOTE_KINDS`).
SPOKEN_KINDS: frozenset[str] = frozenset({"speech", "partial"})
#: The four VADER scores, in the order of the table's columns.
SCORES: tuple[str, ...] = ("neg", "neu", "pos", "compound")
#: Strings whose scores are kept (repeated captions, boilerplate and quotes hit the cache).
CACHE_SIZE = 100_000
#: ASCII punctuation, the characters VADER strips around words (``string.punctuation``).
_PUNCTUATION = string.punctuation
_STRIP = str.maketrans("", "", _PUNCTUATION)
#: VADER's scores of words none of which is in its lexicon: all neutral.
_NEUTRAL: tuple[float, float, float, float] = (0.0, 1.0, 0.0, 0.0)


def sentiment_table(source: Any) -> pd.DataFrame:
    """VADER scores per sentence of an article or corpus, or per row of a frame.

    Parameters
    ----------
    source
        An article or a corpus: one row per sentence (the ``sentiment`` table). Or a
        DataFrame with a ``text`` column (sentences, quotes from
        :func:`analysis.quote_table`, anything): a copy with ``neg``, ``neu``, ``pos`` and
        ``compound`` added (replaced if present), same index and columns; a missing text
        gets missing scores. A quote's ``text`` is its own words, inside the marks.

    Returns
    -------
    pandas.DataFrame
        Scores equal to ``nltk``'s ``SentimentIntensityAnalyzer().polarity_scores``.

    Examples
    --------
    >>> import pandas as pd
    >>> df = pd.DataFrame({"text": ["I love it!", None]}, index=["x", "y"])
    >>> print(sentiment_table(df).to_string())
             text  neg    neu    pos  compound
    x  I love it!  0.0  0.182  0.818    0.6696
    y         NaN  NaN    NaN    NaN       NaN
    """
    if isinstance(source, pd.DataFrame):
        return _frame_scores(source)
    return article_frame(source, "sentiment", _sentiment_rows)


def sentiment_summary(
    source: Any,
    *,
    by: str | Sequence[str] = "article_id",
    kinds: Collection[str] | None = SPOKEN_KINDS,
) -> pd.DataFrame:
    """Mean compound, count and share of negative, neutral and positive rows per group.

    Parameters
    ----------
    source
        Scores from :func:`sentiment_table` (any frame with ``compound``), or anything
        :func:`sentiment_table` accepts (it is scored first): an article, a corpus, a
        quote frame.
    by
        Column(s) to group by: ``"article_id"`` (default), ``"speaker"``, ``"block"``,
        ... Rows with a missing key form their own group (for speakers: unattributed
        quotes); rows without a score are left out.
    kinds
        For a quote frame (one with a ``kind`` column): the kinds of quote to keep. The
        default keeps speech and partial quotes and leaves out scare quotes (``phrase``),
        which are nobody's words; ``None`` keeps every row.

    Returns
    -------
    pandas.DataFrame
        The ``sentiment_summary`` table with the ``by`` columns after ``article_id``:
        ``n``, ``mean_compound``, ``share_negative`` (compound <= -0.05), ``share_neutral``
        and ``share_positive`` (>= 0.05). ``article_id`` is the group's article, or null
        when the group pools several. Sorted by the group columns.

    Examples
    --------
    >>> import pandas as pd
    >>> quotes = pd.DataFrame({"article_id": ["a", "a", "a"], "speaker": ["Ann", "Bo", "Ann"],
    ...                        "text": ["We won, great!", "It is bad.", "Fine."]})
    >>> print(sentiment_summary(quotes, by="speaker").to_string(index=False))
    article_id speaker  n  mean_compound  share_negative  share_neutral  share_positive
             a     Ann  2         0.5231             0.0            0.0             1.0
             a      Bo  1        -0.5423             1.0            0.0             0.0
    """
    scores = source if _is_scored(source) else sentiment_table(source)
    if kinds is not None and "kind" in scores.columns:
        scores = scores[scores["kind"].isin(list(kinds))]
    keys = [by] if isinstance(by, str) else list(by)
    missing = [k for k in keys if k not in scores.columns]
    if missing or not keys:
        raise ValueError(f"`by` must name columns of {list(scores.columns)!r}, not {by!r}")
    scored = scores[scores["compound"].notna()]
    compound = scored["compound"].astype("float64")
    parts = pd.DataFrame(
        {
            "compound": compound,
            "negative": compound <= NEGATIVE_BAND,
            "positive": compound >= POSITIVE_BAND,
        }
    )
    parts["neutral"] = ~(parts["negative"] | parts["positive"])
    for k in keys:
        parts[k] = scored[k]
    if "article_id" in scored.columns and "article_id" not in keys:
        parts["_article"] = scored["article_id"].astype("string")
    grouped = parts.groupby(keys, dropna=False, sort=True, observed=True)
    agg = grouped.agg(
        n=("compound", "size"),
        mean_compound=("compound", "mean"),
        share_negative=("negative", "mean"),
        share_neutral=("neutral", "mean"),
        share_positive=("positive", "mean"),
    )
    ids: list[Any]
    if "article_id" in keys:
        ids = list(agg.index.get_level_values("article_id"))
    elif "_article" in parts.columns:
        firsts = grouped["_article"].agg(_single)
        ids = list(firsts.reindex(agg.index))
    else:
        ids = [None] * len(agg)
    out = schema.frame(
        "sentiment_summary",
        {"article_id": ids, **{c: agg[c].tolist() for c in agg.columns}},
    )
    for j, key in enumerate(k for k in keys if k != "article_id"):
        values = agg.index.get_level_values(key)
        out.insert(1 + j, key, pd.Series(values, dtype=scores[key].dtype))
    return out


def polarity_scores(text: str) -> dict[str, float]:
    """VADER's ``neg``, ``neu``, ``pos`` and ``compound`` of ``text`` (cached by string).

    Equal to NLTK's ``SentimentIntensityAnalyzer().polarity_scores(text)``.

    >>> polarity_scores("The food was NOT good at all!!")
    {'neg': 0.333, 'neu': 0.667, 'pos': 0.0, 'compound': -0.457}
    """
    return dict(zip(SCORES, _cached_scores(text), strict=True))


# --------------------------------------------------------------------------- internals


@functools.lru_cache(maxsize=CACHE_SIZE)
def _cached_scores(text: str) -> tuple[float, float, float, float]:
    analyzer = resources.vader()
    words = _vader_words(text)
    lexicon = analyzer.lexicon
    lows = list(map(str.lower, words))
    if words and lexicon.keys().isdisjoint(lows):
        # No word has a valence, so every step below gives 0 and VADER's result is this.
        return _NEUTRAL
    cap_diff = 0 < len(words) - sum(map(str.isupper, words)) < len(words)
    boosters = analyzer.constants.BOOSTER_DICT
    last = len(words) - 1
    # NLTK's sentiment_valence gives 0 to a word outside its lexicon, and so does its
    # booster check (boosters and "kind of"): only the other words are scored.
    sentiments: list[float] = [0] * len(words)
    for j, low in enumerate(lows):
        if low not in lexicon:
            continue
        item = words[j]
        i = words.index(item)  # NLTK looks a word up at its first occurrence; so do we
        if low in boosters or (low == "kind" and i < last and lows[i + 1] == "of"):
            continue
        sentiments[j] = _valence(analyzer, words, lows, i, cap_diff)
    if "but" in lows:  # NLTK's _but_check on the lowercased words we already have
        at = lows.index("but")
        for j, value in enumerate(sentiments):
            if j < at:
                sentiments[j] = value * 0.5
            elif j > at:
                sentiments[j] = value * 1.5
    s = analyzer.score_valence(sentiments, text)
    return (s["neg"], s["neu"], s["pos"], s["compound"])


def _valence(analyzer: Any, words: list[str], lows: list[str], i: int, cap_diff: bool) -> float:
    """NLTK's ``sentiment_valence`` of the lexicon word ``words[i]``, same steps and order.

    Its negation test of one preceding word (``_never_check``) is done here on the
    lowercased words at hand; the other steps are NLTK's own methods, called only when
    they can change the valence (a booster word, ``least`` before the word, an idiom word
    near it).
    """
    lexicon = analyzer.lexicon
    constants = analyzer.constants
    boosters = constants.BOOSTER_DICT
    item = words[i]
    valence = lexicon[lows[i]]
    if item.isupper() and cap_diff:  # an ALL-CAPS word among others
        valence = valence + constants.C_INCR if valence > 0 else valence - constants.C_INCR
    for start_i in range(3):
        k = i - (start_i + 1)
        if i > start_i and lows[k] not in lexicon:
            scalar = (
                constants.scalar_inc_dec(words[k], valence, cap_diff)
                if lows[k] in boosters
                else 0.0  # what scalar_inc_dec gives any other word
            )
            if start_i == 1 and scalar != 0:
                scalar = scalar * 0.95
            if start_i == 2 and scalar != 0:
                scalar = scalar * 0.9
            valence = valence + scalar
            valence = _never_check(valence, words, lows, start_i, i, constants)
            if start_i == 2 and not _idiom_words().isdisjoint(words[i - 3 : i + 3]):
                valence = analyzer._idioms_check(valence, words, i)
    if i > 0 and lows[i - 1] == "least":  # _least_check changes nothing otherwise
        valence = analyzer._least_check(valence, words, i)
    return float(valence)


def _never_check(
    valence: float, words: list[str], lows: list[str], start_i: int, i: int, constants: Any
) -> float:
    """NLTK's ``_never_check``; ``negated([w])`` of one word is "in NEGATE or holds n't"."""
    k = i - (start_i + 1)
    negated = lows[k] in constants.NEGATE or "n't" in lows[k]
    if start_i == 0:
        if negated:
            valence = valence * constants.N_SCALAR
    elif start_i == 1:
        if words[i - 2] == "never" and (words[i - 1] == "so" or words[i - 1] == "this"):
            valence = valence * 1.5
        elif negated:
            valence = valence * constants.N_SCALAR
    elif (words[i - 3] == "never" and (words[i - 2] == "so" or words[i - 2] == "this")) or (
        words[i - 1] == "so" or words[i - 1] == "this"
    ):
        valence = valence * 1.25
    elif negated:
        valence = valence * constants.N_SCALAR
    return valence


def _vader_words(text: str) -> list[str]:
    """NLTK's ``SentiText._words_and_emoticons`` without building its product dictionary.

    NLTK maps ``p + w`` and ``w + p`` to ``w`` for every word ``w`` (longer than one
    character) of the text with ASCII punctuation removed and every ``p`` of VADER's
    punctuation list, the trailing form winning. ``w`` holds no ASCII punctuation, so a
    token matches only with ``p`` equal to its whole leading or trailing punctuation run
    (and ``w`` the rest, see :func:`_is_bare`).
    """
    # each token's word depends on the token alone: remembered, and dropped when None
    return list(filter(None, map(_WORDS.__getitem__, text.split())))


def _vader_word(token: str) -> str | None:
    """The word :func:`_vader_words` keeps for a whitespace-split token (None: dropped)."""
    if len(token) <= 1:
        return None
    if token[0] not in _PUNCTUATION and token[-1] not in _PUNCTUATION:
        return token  # nothing to strip: the usual case
    punc = _punc_list()
    core = token.rstrip(_PUNCTUATION)
    if core != token and token[len(core) :] in punc and _is_bare(core):
        return core
    core = token.lstrip(_PUNCTUATION)
    if core != token and token[: len(token) - len(core)] in punc and _is_bare(core):
        return core
    return token


class _Memo(dict[str, Any]):
    """Token -> :func:`_vader_word` (emptied past :data:`CACHE_SIZE` tokens)."""

    def __missing__(self, token: str) -> str | None:
        if len(self) > CACHE_SIZE:
            self.clear()
        word = self[token] = _vader_word(token)
        return word


_WORDS = _Memo()


def _is_bare(core: str) -> bool:
    """Whether ``core``, a token stripped of edge punctuation, is one of NLTK's bare words.

    NLTK's bare words are the text's whitespace-split words, ASCII punctuation removed,
    longer than one character. ``core`` came from such a token, so it is one exactly
    when it is longer than one character and holds no ASCII punctuation.
    """
    return len(core) > 1 and len(core.translate(_STRIP)) == len(core)


@functools.cache
def _punc_list() -> frozenset[str]:
    return frozenset(resources.vader().constants.PUNC_LIST)


@functools.cache
def _idiom_words() -> frozenset[str]:
    """Words of VADER's multi-word idioms and boosters: NLTK's ``_idioms_check`` changes
    nothing unless one of the words around the scored one is among them."""
    constants = resources.vader().constants
    keys = [*constants.SPECIAL_CASE_IDIOMS, *constants.BOOSTER_DICT]
    return frozenset(w for key in keys if " " in key for w in key.split(" "))


def _sentiment_rows(article: Article) -> Rows:
    from .segment import sentence_rows

    rows: dict[str, Sequence[Any]] = dict(sentence_rows(article))
    del rows["n_words"]
    scores = list(map(_cached_scores, rows["text"]))
    columns = list(zip(*scores, strict=True)) if scores else [()] * len(SCORES)
    for name, column in zip(SCORES, columns, strict=True):
        rows[name] = column
    return rows


def _frame_scores(df: pd.DataFrame) -> pd.DataFrame:
    if "text" not in df.columns:
        raise ValueError(f"a DataFrame source needs a `text` column; it has {list(df.columns)!r}")
    scores = [_cached_scores(t) if isinstance(t, str) else None for t in df["text"]]
    out = df.copy()
    for j, name in enumerate(SCORES):
        out[name] = pd.Series(
            [float("nan") if sc is None else sc[j] for sc in scores],
            index=df.index,
            dtype="float64",
        )
    return out


def _single(ids: pd.Series) -> Any:
    """The one article a group comes from, or None when it pools several."""
    unique = ids.unique()
    return unique[0] if len(unique) == 1 else None


def _is_scored(source: Any) -> bool:
    return isinstance(source, pd.DataFrame) and "compound" in source.columns
