"""Keyness: which terms distinguish one group of text from the rest.

Produces the ``keyness`` table (see :mod:`analysis.schema`): for every term, its counts in
the target group and in the reference (every other row), the weighted log-odds ratio with
an informative Dirichlet prior and its z-score (Monroe, Colaresi and Quinn 2008, "Fightin'
Words", eq. 16-22), and the log-likelihood G2 of the 2x2 table (Dunning 1993; the keyness
statistic of Rayson and Garside 2000) with its chi-square p-value.

Examples
--------
>>> import pandas as pd
>>> counts = pd.DataFrame({"in_quote": [True, True, False, False],
...                        "term": ["win", "war", "win", "war"], "n": [3, 1, 1, 3]})
>>> k = keyness(counts)
>>> print(k[["term", "n_target", "n_reference", "log_odds", "z", "g2"]].round(4)
...       .to_string(index=False))
term  n_target  n_reference  log_odds       z     g2
 win         3            1    0.6729  1.1493  2.093
 war         1            3   -0.6729 -1.1493  2.093
"""

from __future__ import annotations

import logging
import math
from collections.abc import Iterable, Mapping
from typing import Any, Literal

import numpy as np
import pandas as pd

from . import schema

logger = logging.getLogger(__name__)

#: Ranking statistics ``keyness`` can sort by.
METHODS: tuple[str, ...] = ("log_odds", "g2")
#: Prior count given to a term missing from a background ``prior`` mapping.
MIN_PRIOR: float = 0.01


def keyness(
    source: Any,
    *,
    by: str = "in_quote",
    target: Any = True,
    method: Literal["log_odds", "g2"] = "log_odds",
    prior: Literal["pooled"] | float | Mapping[str, float] = "pooled",
    ngram: int = 1,
    lemma: bool = True,
    stopwords: str | Iterable[str] | None = "english",
    min_count: int = 1,
) -> pd.DataFrame:
    """Terms over- and under-used in one group (``by == target``) against all other rows.

    Parameters
    ----------
    source
        Counts from :func:`analysis.term_table` grouped by ``by`` (a frame with ``by``,
        ``term`` and ``n``), or anything ``term_table`` accepts (an article, a corpus, a
        frame with ``text``); it is then counted with ``by``, ``ngram``, ``lemma`` and
        ``stopwords``.
    by, target
        The target group is the rows whose ``by`` equals ``target``; the reference is every
        other row, rows with a missing ``by`` included. Quotes vs narration:
        ``by="in_quote", target=True``; one speaker vs the rest: ``by="speaker",
        target="Ann Smith"``; one article vs the corpus: ``by="article_id", target=id``.
    method
        ``"log_odds"`` sorts by the z-score, ``"g2"`` by G2 signed by direction; both
        statistics are always returned. Terms of the target come first, the reference's
        last.
    prior
        The informative Dirichlet prior ``alpha_w``. ``"pooled"`` (default): each term's
        count in target and reference together (``alpha_0`` is then the total count).
        A number ``a0``: ``alpha_w = a0 * pooled share`` of the term (smaller shrinks
        less). A mapping of term to count (a background corpus, e.g. ``term_table`` of a
        larger corpus); terms missing from it get :data:`MIN_PRIOR`.
    min_count
        Show terms counted at least this often in target and reference together (the
        statistics are computed over every term first, so they do not depend on it).

    Returns
    -------
    pandas.DataFrame
        The ``keyness`` table. With ``y`` a term's counts, ``n`` the groups' totals and
        ``a`` the prior: ``log_odds = log((y_t+a_w)/(n_t+a_0-y_t-a_w)) -
        log((y_r+a_w)/(n_r+a_0-y_r-a_w))``, ``z = log_odds / sqrt(1/(y_t+a_w) +
        1/(y_r+a_w))``; ``g2 = 2 * sum(O * ln(O / E))`` over the four cells of
        (term, other terms) x (target, reference), ``p_value`` its chi-square (1 df) upper
        tail; ``direction`` is where the term's relative frequency is higher
        (``"target"``, ``"reference"``, or ``"none"`` when equal). ``article_id`` is the one
        article counted, else null. Empty (with a logged warning) when no row has
        ``by == target``, e.g. an article without quotes.

    Raises
    ------
    ValueError
        When ``method`` or ``prior`` is unknown, or ``by`` is not a column of the counts.

    Examples
    --------
    >>> import pandas as pd
    >>> quotes = pd.DataFrame({"speaker": ["Ann", "Ann", "Bo"],
    ...                        "text": ["Taxes hurt families.", "Cut taxes now!", "Schools need money."]})
    >>> k = keyness(quotes, by="speaker", target="Ann", method="g2")
    >>> print(k[["term", "n_target", "n_reference", "direction"]].head(2).to_string(index=False))
    term  n_target  n_reference direction
     tax         2            0    target
     cut         1            0    target
    """
    if method not in METHODS:
        raise ValueError(f"`method` must be one of {METHODS!r}, not {method!r}")
    counts = _counts(source, by=by, ngram=ngram, lemma=lemma, stopwords=stopwords)
    if counts.empty:
        return schema.empty("keyness")
    in_target = _is_target(counts[by], target)
    if not in_target.any():
        seen = counts[by].drop_duplicates().head(10).tolist()
        logger.warning("keyness: no row has %s == %r (values include %r)", by, target, seen)
        return schema.empty("keyness")
    table = pd.DataFrame(
        {
            "t": counts["n"].where(in_target, 0).astype("int64"),
            "r": counts["n"].where(~in_target, 0).astype("int64"),
            "term": counts["term"].astype(str),
        }
    )
    grouped = table.groupby("term", sort=True)[["t", "r"]].sum()
    stats = _statistics(grouped, prior)
    out = schema.frame(
        "keyness", {"article_id": [_one_article(counts)] * len(stats["term"]), **stats}
    )
    out = out[out["n_target"] + out["n_reference"] >= min_count]
    if method == "log_odds":
        rank = out["z"].to_numpy(dtype=float)
    else:
        sign = np.sign(out["freq_target"].to_numpy(float) - out["freq_reference"].to_numpy(float))
        rank = out["g2"].to_numpy(dtype=float) * sign
    order = np.lexsort((out["term"].to_numpy(dtype=str), -rank))
    return out.iloc[order].reset_index(drop=True)


def _counts(source: Any, *, by: str, ngram: int, lemma: bool, stopwords: Any) -> pd.DataFrame:
    if isinstance(source, pd.DataFrame) and {"term", "n"} <= set(source.columns):
        if by not in source.columns:
            raise ValueError(f"the counts frame has no `{by}` column; count with by={by!r}")
        return source
    from .terms import term_table

    return term_table(source, by=by, ngram=ngram, lemma=lemma, stopwords=stopwords)


def _is_target(values: pd.Series, target: Any) -> pd.Series:
    matches = [
        False if (pd.api.types.is_scalar(v) and pd.isna(v)) else bool(v == target) for v in values
    ]
    return pd.Series(matches, index=values.index, dtype=bool)


def _statistics(grouped: pd.DataFrame, prior: Any) -> dict[str, Any]:
    """Fightin' Words log-odds, z and G2 for each term (rows of ``grouped``: t, r)."""
    terms = grouped.index.tolist()
    y_t = grouped["t"].to_numpy(dtype=float)
    y_r = grouped["r"].to_numpy(dtype=float)
    n_t, n_r = y_t.sum(), y_r.sum()
    alpha = _prior(terms, y_t + y_r, prior)
    a0 = alpha.sum()
    with np.errstate(divide="ignore", invalid="ignore"):
        log_odds = np.log((y_t + alpha) / (n_t + a0 - y_t - alpha)) - np.log(
            (y_r + alpha) / (n_r + a0 - y_r - alpha)
        )
        z = log_odds / np.sqrt(1 / (y_t + alpha) + 1 / (y_r + alpha))
        f_t = y_t / n_t if n_t else np.zeros_like(y_t)
        f_r = y_r / n_r if n_r else np.zeros_like(y_r)
    g2 = np.array([_g2(a, b, n_t - a, n_r - b) for a, b in zip(y_t, y_r, strict=True)])
    direction = np.where(f_t > f_r, "target", np.where(f_t < f_r, "reference", "none"))
    return {
        "term": terms,
        "n_target": y_t.astype(int).tolist(),
        "n_reference": y_r.astype(int).tolist(),
        "freq_target": f_t.tolist(),
        "freq_reference": f_r.tolist(),
        "log_odds": log_odds.tolist(),
        "z": z.tolist(),
        "g2": g2.tolist(),
        "p_value": [math.erfc(math.sqrt(g / 2)) for g in g2],
        "direction": direction.tolist(),
    }


def _prior(terms: list[str], pooled: np.ndarray, prior: Any) -> np.ndarray:
    if isinstance(prior, str):
        if prior != "pooled":
            raise ValueError(f"`prior` must be 'pooled', a number or a mapping, not {prior!r}")
        return pooled
    if isinstance(prior, int | float) and not isinstance(prior, bool):
        if prior <= 0:
            raise ValueError(f"`prior` must be positive, not {prior!r}")
        return float(prior) * pooled / pooled.sum()
    if isinstance(prior, Mapping):
        return np.array([max(float(prior.get(t, 0.0)), MIN_PRIOR) for t in terms])
    raise ValueError(f"`prior` must be 'pooled', a number or a mapping, not {prior!r}")


def _g2(a: float, b: float, c: float, d: float) -> float:
    """Log-likelihood G2 of the 2x2 table [[a, b], [c, d]] (columns: target, reference)."""
    n = a + b + c + d
    if n == 0:
        return 0.0
    total = 0.0
    for observed, row, col in (
        (a, a + b, a + c),
        (b, a + b, b + d),
        (c, c + d, a + c),
        (d, c + d, b + d),
    ):
        if observed > 0:
            total += observed * math.log(observed * n / (row * col))
    return max(2.0 * total, 0.0)


def _one_article(counts: pd.DataFrame) -> Any:
    if "article_id" not in counts.columns:
        return None
    ids = counts["article_id"].dropna().unique()
    return ids[0] if len(ids) == 1 and not counts["article_id"].isna().any() else None
