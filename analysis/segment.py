"""Sentences: punkt spans inside blocks, with fixes for news text.

Produces the ``sentences`` table (see :mod:`analysis.schema`).

NLTK's punkt model (Kiss and Strunk 2006) proposes the boundaries; a small set of rules,
all driven by the word tables below, then decides every candidate boundary (terminal
punctuation, closing quotes or brackets, whitespace) where punkt is known to fail on news
text (Read et al. 2012, "Sentence boundary detection: a long solved problem?"; the
"golden rules" of diasks2/pragmatic_segmenter):

* titles and prepositive abbreviations never end a sentence (``Lt. Gen. Michael Flynn``);
* abbreviations that may end one (``U.S.``, ``Inc.``, ``a.m.``, ``Calif.``) and initials
  (``George W. Bush``) end it only before a clear sentence starter (``He``, ``The``);
* a period before a number after an abbreviation (``No. 2``, ``Sept. 11``) is no boundary;
* a lowercase continuation never starts a sentence (``"Is it over?" he asked.``), nor does
  a name followed by a speech verb after a quoted ``?``/``!`` (``"Why?" Smith said.``);
* an ellipsis (``...``, ``. . .``, ``…``) splits only before a clear sentence starter, or
  when it carries a fourth, sentence-final period (``word. . . . Next``: the period ends
  the sentence and the ellipsis opens the next, Chicago Manual of Style 13.53);
* closing quotes and brackets stay with the sentence they close;
* a period glued to the next sentence (``world.Today``) is a boundary outside URLs and emails;
* a paragraph opening with a list number keeps it (``1. The first item``) and splits before
  the next numbers in sequence (``2.``, ``3.``);
* in a title-case headline a capitalised word after an abbreviation proves nothing;
* a sentence always holds a letter or digit (``. . .`` alone joins its neighbour).

Every step is linear in the length of the block; punkt reads very long blocks in pieces
(:data:`CHUNK`). Punkt's vote on a candidate is read near it, straight from the punkt
model's parameters (the decisions of NLTK's ``span_tokenize``, re-implemented for this
module; NLTK, Apache 2.0): only the words around a candidate that asks are tokenised.

Examples
--------
>>> from analysis import article_from_text
>>> art = article_from_text("Council backs budget\\n\\nShe left early. He stayed.", article_id="a")
>>> sentence_table(art)["text"].tolist()
['Council backs budget', 'She left early.', 'He stayed.']
>>> text = '"Is it over?" he asked. Gov. Smith moved to the U.S. He left at 9 a.m. Monday.'
>>> [text[s:e] for s, e in sentence_spans(text)]
['"Is it over?" he asked.', 'Gov. Smith moved to the U.S.', 'He left at 9 a.m. Monday.']
"""

from __future__ import annotations

import bisect
import functools
import logging
import re
import sys
from collections.abc import Callable, Iterator
from dataclasses import dataclass
from importlib import resources as importlib_resources
from typing import TYPE_CHECKING

import pandas as pd

from . import resources
from ._frames import Rows, article_frame
from .types import Article, Source

if TYPE_CHECKING:
    from nltk.tokenize.punkt import PunktTokenizer

logger = logging.getLogger(__name__)

#: Block labels whose text is split into sentences (the rest is page furniture).
SENTENCE_LABELS: frozenset[str] = frozenset({"title", "dateline", "heading", "caption", "body"})

#: Abbreviations that count a number after them (``No. 2``, ``pp. 4-5``, ``N°. 12``).
#: An all-lowercase entry also matches its capitalised form. Source: AP Stylebook "No.";
#: U.S. GPO Style Manual (2016, public domain) ch. 9; own selection.
NUMBER_ABBREVIATIONS: frozenset[str] = frozenset(
    {"No", "Nos", "N°", "Nr", "p", "pp", "vol", "vols", "art", "ch", "fig", "figs", "sec", "op"}
)

#: Speech verbs that may follow a name after a quoted question or exclamation
#: (``"Why not?" Smith asked.``), keeping it one sentence. Own selection of the most
#: frequent news reporting verbs (cf. Krestel, Bergler and Witte 2008).
REPORTING_VERBS: frozenset[str] = frozenset(
    {
        "said", "says", "asked", "asks", "told", "tells", "added", "adds", "shouted",
        "shouts", "yelled", "yells", "wrote", "writes", "replied", "replies", "explained",
        "recalled", "continued", "insisted", "declared", "exclaimed", "wondered", "cried",
        "screamed", "whispered", "answered", "noted", "argued", "tweeted", "joked", "quipped",
    }
)  # fmt: skip

#: Opening marks stripped before reading the first word of a sentence.
OPENERS: str = "\"'“‘«([{"
#: Dashes skipped when reading the next word ('"Stop!" — she shouted.').
DASHES: str = "-‐‒–—―"
#: Closing marks that stay with the sentence they close (straight and curly quotes, brackets).
CLOSERS: str = "\"'”’»)]}"

#: A candidate boundary: terminal punctuation (with a spaced ellipsis ". . ."), closing
#: quotes or brackets that stay with the sentence, then whitespace before the next token.
CANDIDATE: re.Pattern[str] = re.compile(
    rf"""
    (?P<term>[.?!…](?<![.?!…].)                 # start at the first mark of a run (linear)
      (?>[.?!…]*(?:[ \u00a0][.…]+){{0,3}}))       # terminal marks, ". . . ." included
    (?P<close>[{re.escape(CLOSERS)}]*+)         # closing quotes and brackets
    (?P<space>\s++)                             # then whitespace
    (?=\S)
    """,
    re.VERBOSE,
)

#: A period glued to the next sentence ("world.Today", "1,000.That").
GLUED: re.Pattern[str] = re.compile(
    r"""
    (?P<term>[.?!])                             # after a lowercase word or a number (checked)
    (?P<close>[”’»)]*+)                         # curly closing quotes stay before the cut
    (?=[A-Z][a-z])                              # before a capitalised word
    """,
    re.VERBOSE,
)
#: A headline in title case ("Trump To Enter U.S. As Nominee"): every word of four or
#: more letters capitalised. There a capitalised starter after an abbreviation proves nothing.
_LONG_WORD = re.compile(r"[^\W\d_][\w'’\-]{3,}")
_LOWER_LONG_WORD = re.compile(r"(?<![\w'’\-])[a-z][\w'’\-]{3,}")
_HEADLINE_MAX = 300
#: What must end right before a glued period: two lowercase letters or a digit.
_GLUED_TAIL = re.compile(r"[a-z]{2}|.?[0-9]", re.DOTALL)

#: What comes before a state in "Springfield, Ill." or "Lindsey Graham, R-S.C.".
_PLACE_CONTEXT = re.compile(r",\s+(?:[A-Z]-)?$")
#: A list number or letter that opens a paragraph: "1.", "10.)", "(b)", "iv.".
LIST_MARKER: re.Pattern[str] = re.compile(
    r"(?P<bullet>[•⁃·▪*]\s?)?[(\[]?(?P<n>\d{1,3}|[A-Za-z]|[ivxIVX]{2,4})(?P<punct>[.)\]]{1,2})"
)
#: A sentence period followed by a spaced ellipsis (". . . ." or ". …").
PERIOD_THEN_ELLIPSIS: re.Pattern[str] = re.compile(r"\.[ \u00a0]+(?=[.…])")
#: Characters that mark a token as a URL, email or path, never split inside.
_ADDRESS = re.compile(r"[@/\\]|www|\.(?:com|org|net|gov|edu)\b", re.IGNORECASE)
#: The word an abbreviation test looks at: the letters (and inner periods) ending a token.
_TAIL_WORD = re.compile(r"[^\W\d_](?:[\w°]|\.(?=\w))*$")
#: Initials and multi-period abbreviations: "J", "U.S", "a.m", "U.S.A".
_INITIAL = re.compile(r"[^\W\d_]")
_MULTI_PERIOD = re.compile(r"(?:[^\W\d_]\.)+[^\W\d_]")
#: The first word of a token once opening marks are stripped.
_HEAD_WORD = re.compile(r"[^\W_][\w'’\-]*")
_CAMEL = re.compile(r"[a-z]+[A-Z]")
_ALNUM = re.compile(r"[^\W_]")
_SPACE = re.compile(r"\s+")
_WORD = re.compile(r"\w+(?:['’]\w+)*")
#: Longest token looked at on each side of a candidate (keeps odd input linear).
_WINDOW = 80
#: Punkt reads long blocks in pieces of about this many characters, cut after a candidate
#: boundary: NLTK runs each regex scan under a 5 s wall-clock limit and a multi-megabyte
#: paragraph would exceed it (and grow slower than linear).
CHUNK = 20_000
#: What NLTK punkt counts as the whitespace before a word (``string.whitespace``).
_ASCII_SPACE = " \t\n\r\x0b\x0c"
#: Every character NLTK's ``regex`` engine may take for a digit (its Unicode tables can be
#: newer than Python's, so any astral character counts): a type without one is no number.
_MAYBE_DIGIT = re.compile(r"[\d\U00010000-\U0010FFFF]")
_ASCII_SPACE_RE = re.compile(r"[ \t\n\r\x0b\x0c]")
#: Punkt's sentence-ending characters (``PunktLanguageVars.sent_end_chars``).
_SENT_END = re.compile(r"[.?!]")
_LETTERS = re.compile(r"[A-Za-z]+")
#: A word without ASCII whitespace or sentence-ending marks: no possible break inside.
_PLAIN_WORD = re.compile(r"[^ \t\n\r\x0b\x0c.?!]+")
#: ASCII letters up to whitespace or the end: all of punkt's next token, one word token.
_LETTERS_TO_SPACE = re.compile(r"[A-Za-z]+(?=[ \t\n\r\x0b\x0c]|\Z)")
#: Up to and including the last ASCII whitespace character (``match(text, lo, hi)``).
_LAST_ASCII_SPACE = re.compile(r"(?s:.*)[ \t\n\r\x0b\x0c]")
#: A punkt context that its word tokenizer reads as exactly two tokens, "Word." and "Next".
_SIMPLE_CONTEXT = re.compile(r"([A-Za-z]+\.)[ \t]+([A-Za-z]+)")
#: The closing marks punkt moves back onto the sentence they follow
#: (``PunktLanguageVars.re_boundary_realignment``, NLTK 3.10, Apache 2.0).
_REALIGN_CLOSERS = "\"')]}\u2018\u2019\u201c\u201d\xab\xbb"
_REALIGN_RUN = re.compile(f"[{re.escape(_REALIGN_CLOSERS)}]*")
#: A sync point for reading punkt near a position: the last word after ASCII whitespace
#: that opens with neither whitespace nor a closing mark (see ``_PunktModel.starts_at``).
_SYNC_POINT = re.compile(rf"(?s:.*)[ \t\n\r\x0b\x0c](?=[^\s{re.escape(_REALIGN_CLOSERS)}])")
#: How far back a sync point (and how far ahead the next possible break) is looked for.
_SYNC_WINDOW = 200


@functools.cache
def _word_list(name: str) -> frozenset[str]:
    """Entries of ``analysis/data/<name>``: one per line, ``#`` comments and blanks skipped."""
    text = importlib_resources.files("analysis").joinpath("data", name).read_text("utf-8")
    return frozenset(
        line.strip() for line in text.splitlines() if line.strip() and not line.startswith("#")
    )


def title_abbreviations() -> frozenset[str]:
    """Abbreviations that never end a sentence (``data/abbrev_titles.txt``)."""
    return _word_list("abbrev_titles.txt")


def final_abbreviations() -> frozenset[str]:
    """Abbreviations that may end a sentence (``data/abbrev_final.txt``)."""
    return _word_list("abbrev_final.txt")


def place_abbreviations() -> frozenset[str]:
    """Abbreviated state names that end a "City, St." phrase (``data/abbrev_places.txt``)."""
    return _word_list("abbrev_places.txt")


def sentence_starters() -> frozenset[str]:
    """Lowercase words that clearly open a sentence (``data/sentence_starters.txt``)."""
    return _word_list("sentence_starters.txt")


@dataclass(frozen=True)
class Sentence:
    """One sentence span with the block it sits in."""

    start: int
    end: int
    paragraph_id: int
    block: str


@functools.lru_cache(maxsize=256)
def sentences(article: Article) -> tuple[Sentence, ...]:
    """Sentence spans of every block whose label is in :data:`SENTENCE_LABELS`.

    Parameters
    ----------
    article : Article
        The article; its blocks say what is story and what is furniture.

    Returns
    -------
    tuple of Sentence
        Sorted, non-overlapping spans; none crosses a block boundary and each is stripped
        of edge whitespace, so ``article.text[s.start:s.end]`` is the sentence.

    Examples
    --------
    >>> from analysis.types import Article, Block
    >>> blocks = (Block(0, 5, "title"), Block(7, 23, "body", paragraph_id=1))
    >>> art = Article("a", "Title\\n\\nOne. Mr. Li two.", blocks)
    >>> [(s.block, art.text[s.start : s.end]) for s in sentences(art)]
    [('title', 'Title'), ('body', 'One.'), ('body', 'Mr. Li two.')]
    """
    out: list[Sentence] = []
    for block in article.blocks:
        if block.label not in SENTENCE_LABELS:
            continue
        chunk = article.text[block.start : block.end]
        for s, e in sentence_spans(chunk):
            out.append(Sentence(block.start + s, block.start + e, block.paragraph_id, block.label))
    return tuple(out)


def sentence_spans(text: str) -> tuple[tuple[int, int], ...]:
    """Split one block of text into sentence ``(start, end)`` offsets.

    Parameters
    ----------
    text : str
        One paragraph or block; line breaks inside it are ordinary whitespace.

    Returns
    -------
    tuple of (int, int)
        Sorted spans covering every non-whitespace character of ``text`` exactly once,
        each stripped of edge whitespace and holding at least one letter or digit
        (unless the whole text has none).

    Examples
    --------
    >>> text = "Sen. Bernie Sanders (I-Vt.) spoke. J. R. R. Tolkien wrote it... Then he left."
    >>> [text[s:e] for s, e in sentence_spans(text)]
    ['Sen. Bernie Sanders (I-Vt.) spoke.', 'J. R. R. Tolkien wrote it...', 'Then he left.']
    """
    lo = len(text) - len(text.lstrip())
    hi = len(text.rstrip())
    if lo >= hi:
        return ()
    memo: list[_PunktStarts] = []

    def punkt_starts() -> _PunktStarts:  # punkt runs only when a candidate asks for its vote
        if not memo:
            memo.append(_PunktStarts(text, lo, hi))
        return memo[0]

    headline = _is_headline(text)
    spans: list[tuple[int, int]] = []
    start, alnum_seen, checked = lo, False, lo
    for end, nxt, match in _candidates(text, lo, hi):
        if nxt >= hi or end <= start:
            continue
        if not alnum_seen:  # incremental, so a long run of punctuation stays linear
            alnum_seen = _ALNUM.search(text, checked, end) is not None
            checked = end
        if not alnum_seen and match is not None:
            continue
        cut = _cut(text, start, (end, nxt, match), punkt_starts, headline)
        if cut is not None:
            spans.append((start, cut[0]))
            start, alnum_seen, checked = cut[1], False, cut[1]
    if spans and _ALNUM.search(text, start, hi) is None:
        spans[-1] = (spans[-1][0], hi)  # trailing punctuation joins the last sentence
    else:
        spans.append((start, hi))
    return tuple(spans)


def sentence_table(source: Source) -> pd.DataFrame:
    """One row per sentence of title, dateline, headings, captions and body.

    Parameters
    ----------
    source : Article, path, str, bytes, DataFrame or iterable of these
        One article or a corpus (see :func:`analysis.io.iter_articles`).

    Returns
    -------
    pandas.DataFrame
        The ``sentences`` table: ``article_id``, ``sentence_id``, ``paragraph_id``,
        ``block``, ``start``, ``end``, ``text``, ``n_words`` (see :mod:`analysis.schema`).

    Examples
    --------
    >>> from analysis import article_from_text
    >>> text = 'Mayor loses vote\\n\\n"We lost," she says. Dr. Li agreed.'
    >>> sentence_table(article_from_text(text, article_id="a"))[["block", "text"]].values.tolist()
    [['title', 'Mayor loses vote'], ['body', '"We lost," she says.'], ['body', 'Dr. Li agreed.']]
    """
    return article_frame(source, "sentences", sentence_rows)


def word_count(text: str) -> int:
    """Number of words (letters/digits, with inner apostrophes) in ``text``.

    >>> word_count("We couldn't win, she says.")
    5
    """
    return len(_WORD.findall(text))


def sentence_rows(article: Article) -> Rows:
    """The ``sentences`` table of one article as column lists, without ``article_id``.

    Cached per article like :func:`sentences` (the sentiment table reads the same
    columns); the columns are tuples, so the cached values cannot be changed.
    """
    return dict(_sentence_columns(article))


@functools.lru_cache(maxsize=256)
def _sentence_columns(article: Article) -> dict[str, tuple[object, ...]]:
    sents = sentences(article)
    text = article.text
    texts = tuple([text[s.start : s.end] for s in sents])
    findall = _WORD.findall
    return {
        "sentence_id": tuple(range(len(sents))),
        "paragraph_id": tuple([s.paragraph_id for s in sents]),
        "block": tuple([s.block for s in sents]),
        "start": tuple([s.start for s in sents]),
        "end": tuple([s.end for s in sents]),
        "text": texts,
        "n_words": tuple([len(findall(t)) for t in texts]),
    }


def _cut(
    text: str,
    start: int,
    candidate: tuple[int, int, re.Match[str] | None],
    punkt_starts: Callable[[], _PunktStarts],
    headline: bool,
) -> tuple[int, int] | None:
    """Where the sentence opened at ``start`` ends and the next begins, or None: no cut here."""
    end, nxt, match = candidate
    if match is None:
        return end, nxt  # a list item
    if LIST_MARKER.fullmatch(text, start, end):
        return None  # "1. Despite ...", "2.) The second item": the number opens the sentence

    def vote() -> bool:  # punkt never proposes a glued boundary
        return end == nxt or nxt in punkt_starts()

    if not _is_boundary(text, match, start, nxt, vote, headline):
        return None
    return _period_before_ellipsis(text, match) or (end, nxt)


def _candidates(text: str, lo: int, hi: int) -> list[_Candidate]:
    """Candidate boundaries in order: ``(sentence end, next sentence start, match)``.

    A ``None`` match is a list item boundary, always taken.
    """
    spaced: list[_Candidate] = [(m.end("close"), m.end(), m) for m in CANDIDATE.finditer(text)]
    glued = [(m.end(), m.end(), m) for m in GLUED.finditer(text) if _glued_ok(text, m)]
    items = list(_list_items(text, lo, hi))
    if not glued and not items:
        return spaced  # already in order
    return sorted([*spaced, *glued, *items], key=lambda c: c[0])


#: A candidate boundary: ``(sentence end, next sentence start, match or None)``.
_Candidate = tuple[int, int, "re.Match[str] | None"]


def _list_items(text: str, lo: int, hi: int) -> Iterator[tuple[int, int, None]]:
    """Where the next items of a paragraph that opens with a list number start.

    "1) The first item 2) The second item": after "1)" only "2)" (then "3)" ...), written
    the same way between spaces, opens an item. Lowercase letters count too ("a.", "b.").
    """
    first = LIST_MARKER.match(text, lo, hi)
    value = first.group("n") if first else ""
    if first is None or not (value.isdigit() or (value.islower() and len(value) == 1)):
        return
    pos = first.end()
    while True:
        value = str(int(value) + 1) if value.isdigit() else chr(ord(value) + 1)
        marker = (first.group("bullet") or "") + value + first.group("punct")
        at = text.find(marker, pos, hi)
        while at > 0 and not (
            text[at - 1].isspace() and text[at + len(marker) : at + len(marker) + 1].isspace()
        ):
            at = text.find(marker, at + 1, hi)
        if at <= 0:
            return
        end = at
        while end > lo and text[end - 1].isspace():
            end -= 1
        yield end, at, None
        pos = at + len(marker)


def _punkt_starts(text: str, lo: int, hi: int) -> Iterator[int]:
    """Where punkt starts a sentence in ``text[lo:hi]``, in order, read in pieces of about
    :data:`CHUNK` (see :func:`_next_cut`)."""
    model = _punkt_model()
    pos = lo
    while pos < hi:
        cut = _next_cut(text, pos, hi)
        for s in model.span_starts(text[pos:cut]):
            yield pos + s
        pos = cut


def _next_cut(text: str, pos: int, hi: int) -> int:
    """Where the punkt piece that starts at ``pos`` ends.

    A piece starts right after a candidate boundary (or whitespace), so the first start
    of each piece counts as punkt's vote for that candidate.
    """
    if hi - pos <= 2 * CHUNK:
        return hi
    window = (pos + CHUNK, pos + 2 * CHUNK)
    m = CANDIDATE.search(text, *window) or _SPACE.search(text, *window)
    return m.end() if m else pos + CHUNK


def _punkt_model() -> _PunktModel:
    """The punkt model read from :func:`analysis.resources.punkt` (built once per tokenizer)."""
    return _model_of(resources.punkt())


@functools.lru_cache(maxsize=1)
def _model_of(tokenizer: PunktTokenizer) -> _PunktModel:
    return _PunktModel(tokenizer)


class _PunktModel:
    """NLTK punkt's ``span_tokenize``, reduced to the sentence starts this module reads.

    The same decisions as :meth:`nltk.tokenize.punkt.PunktSentenceTokenizer.span_tokenize`
    (``_match_potential_end_contexts``, ``_slices_from_text``, ``_realign_boundaries``,
    ``text_contains_sentbreak`` with the first and second annotation passes), read from the
    tokenizer's own parameters and regular expressions, without a token object per word.
    Written for this module after NLTK 3.10's ``nltk/tokenize/punkt.py`` (Apache 2.0); the
    tests compare it with punkt on generated text.
    """

    def __init__(self, tokenizer: PunktTokenizer) -> None:
        from nltk.tokenize import punkt

        lang = tokenizer._lang_vars
        params = tokenizer._params
        self.finditer = lang.period_context_re().finditer
        self.match_at = lang.period_context_re().match
        self.word_tokenize = lang._word_tokenizer_re().findall
        self.realign = lang.re_boundary_realignment.match
        self.sent_end = frozenset(lang.sent_end_chars)
        self.numeric = punkt.PunktToken._RE_NUMERIC.sub
        self.ellipsis = punkt.PunktToken._RE_ELLIPSIS.match
        self.initial = punkt.PunktToken._RE_INITIAL.match
        self.abbrev_types = params.abbrev_types
        self.collocations = params.collocations
        self.sent_starters = params.sent_starters
        self.ortho = params.ortho_context
        self.punctuation = frozenset(tokenizer.PUNCTUATION)
        self.lc, self.uc = punkt._ORTHO_LC, punkt._ORTHO_UC
        self.mid_uc, self.beg_lc = punkt._ORTHO_MID_UC, punkt._ORTHO_BEG_LC

    def span_starts(self, text: str) -> Iterator[int]:
        """The start of every span ``span_tokenize(text)`` yields, in order."""
        slices = self._slices(text)
        first = next(slices, None)
        if first is None:
            return
        realign = 0
        for following in slices:
            start, stop = first[0] + realign, first[1]
            m = self.realign(text[following[0] : following[1]])
            if m:
                yield start
                realign = m.end()
            else:
                realign = 0
                if start < stop:
                    yield start
            first = following
        if first[0] + realign < first[1]:
            yield first[0] + realign

    def _slices(self, text: str) -> Iterator[tuple[int, int]]:
        """``_slices_from_text``: sentence slices before realigning closing marks."""
        last_break = 0
        for match, context in self._end_contexts(text):
            if self.has_break(context):
                yield last_break, match.end()
                last_break = match.start("next_tok") if match.group("next_tok") else match.end()
        yield last_break, len(text.rstrip())

    def _end_contexts(self, text: str) -> Iterator[tuple[re.Match[str], str]]:
        """``_match_potential_end_contexts``: each possible break with the text around it."""
        prev_start = prev_stop = 0
        prev: re.Match[str] | None = None
        for match in self.finditer(text):
            at = match.start()
            space = max(text.rfind(c, prev_stop, at) for c in _ASCII_SPACE)
            word_start = space + 1 if space > prev_stop else prev_start
            if prev is not None and prev_stop <= word_start:
                yield prev, text[prev_start:prev_stop] + prev.group() + prev.group("after_tok")
            prev, prev_start, prev_stop = match, word_start, at
        if prev is not None:
            yield prev, text[prev_start:prev_stop] + prev.group() + prev.group("after_tok")

    def starts_at(self, text: str, piece: _Piece, pos: int) -> bool | None:
        """Whether punkt, run on ``piece``, starts a sentence at ``pos``; None: undecided here.

        ``pos`` is past the piece start, on a non-space character. Punkt is read from the
        last *sync point* before ``pos``: a word after ASCII whitespace, opening with neither
        whitespace nor a closing mark. From there on punkt's word slices, contexts and
        breaks are the same as from the piece start, and every earlier sentence starts at
        or before it. So ``pos`` starts a sentence exactly when a break before it, with its
        closing marks realigned (``_realign_boundaries``), lands on ``pos``; the sentence
        then holds at least ``text[pos]`` and is always kept. Only breaks landing there are
        tokenised. None when no sync point is near or the next possible break is far (the
        caller then reads the piece from its start).
        """
        lo, hi = piece.lo, piece.hi
        floor = max(lo + 1, pos - _SYNC_WINDOW)
        sync = _SYNC_POINT.match(text, floor, pos)
        if sync is not None:
            start = sync.end()
            if (  # "word. Next": the one possible break, no closing marks to realign
                text[pos - 2 : pos] == ". "
                and text[pos] not in _REALIGN_CLOSERS
                and _PLAIN_WORD.fullmatch(text, start, pos - 2)
            ):
                after = _LETTERS_TO_SPACE.match(text, pos, hi)
                if after is not None and _LETTERS.fullmatch(text, start, pos - 2):
                    return self.sentbreak(text[start : pos - 1], after.group())
                match = self.match_at(text, pos - 2, hi)
                if match is not None:  # always: whitespace, then a token
                    return self.has_break(text[start:pos] + match.group("next_tok"))
        elif floor == lo + 1:
            start = lo
        else:
            return None
        landing: list[tuple[re.Match[str], int]] = []
        prev: re.Match[str] | None = None
        prev_start = prev_stop = start
        for mark in _SENT_END.finditer(text, start, pos):
            at = mark.start()
            match = self.match_at(text, at, hi)
            if match is None:
                continue
            space = _LAST_ASCII_SPACE.match(text, prev_stop, at)
            word_start = space.end() if space and space.end() > prev_stop + 1 else prev_start
            if prev is not None and prev_stop <= word_start:
                landing.append((prev, prev_start))
            prev, prev_start, prev_stop = match, word_start, at
        if prev is None:
            return False
        if _ASCII_SPACE_RE.search(text, prev_stop + 1, pos) or prev_start == prev_stop:
            landing.append((prev, prev_start))  # kept whatever the next possible break is
        else:
            limit = min(hi, pos + _SYNC_WINDOW)
            following = self._next_match(text, pos, limit, hi)
            if following is None and limit < hi:
                return None
            if following is None or _ASCII_SPACE_RE.search(text, pos, following.start()):
                landing.append((prev, prev_start))
        for match, word_start in landing:
            land = match.start("next_tok") if match.group("next_tok") else match.end()
            if land > pos:
                continue
            closing = _REALIGN_RUN.match(text, land)  # always matches, maybe empty
            end = min(max(closing.end() if closing else land, pos) + 2, piece.rstrip_end())
            following = self._next_match(text, pos, min(end - 1, hi), hi)
            if following is not None:  # punkt's next sentence ends there at the latest
                end = following.start() + 1
            m = self.realign(text[land:end])
            if m:
                land += m.end()
            if land != pos:
                continue
            at = match.start()
            context = text[word_start:at] + match.group() + match.group("after_tok")
            if self.has_break(context):
                return True
        return False

    def _next_match(self, text: str, pos: int, limit: int, hi: int) -> re.Match[str] | None:
        """The first possible break at or after ``pos`` and before ``limit`` (piece end ``hi``)."""
        for mark in _SENT_END.finditer(text, pos, limit):
            match = self.match_at(text, mark.start(), hi)
            if match is not None:
                return match
        return None

    def has_break(self, context: str) -> bool:
        """``text_contains_sentbreak``: a token other than the last ends a sentence."""
        simple = _SIMPLE_CONTEXT.fullmatch(context)
        if simple is not None:  # punkt's word tokenizer reads "Word. Next" as these two
            return self.sentbreak(simple.group(1), simple.group(2))
        tokens: list[str] = []
        for line in context.split("\n"):
            if line.strip():
                tokens += self.word_tokenize(line)
        return any(self.sentbreak(tokens[i], tokens[i + 1]) for i in range(len(tokens) - 1))

    def _first_pass(self, tok: str) -> tuple[bool, bool, bool]:
        """(sentbreak, abbreviation, ellipsis) of ``tok`` from its type alone."""
        if tok in self.sent_end:
            return True, False, False
        if tok[:2] == ".." and self.ellipsis(tok):
            return False, False, True
        if tok.endswith(".") and not tok.endswith(".."):
            word = tok[:-1].lower()
            if word in self.abbrev_types or word.split("-")[-1] in self.abbrev_types:
                return False, True, False
            return True, False, False
        return False, False, False

    def _type(self, tok: str) -> str:
        low = tok.lower()
        return self.numeric("##number##", low) if _MAYBE_DIGIT.search(low) else low

    def sentbreak(self, tok: str, nxt: str) -> bool:
        """Whether ``tok`` ends a sentence before ``nxt`` after both annotation passes."""
        brk, abbr, ellipsis = self._first_pass(tok)
        if not tok.endswith("."):
            return brk
        typ = self._type(tok)
        if len(typ) > 1 and typ[-1] == ".":
            typ = typ[:-1]
        next_typ = self._type(nxt)
        if self._first_pass(nxt)[0] and len(next_typ) > 1 and next_typ[-1] == ".":
            next_typ = next_typ[:-1]
        initial = len(tok) == 2 and bool(self.initial(tok))
        if (typ, next_typ) in self.collocations:
            return False
        if (abbr or ellipsis) and not initial:
            starter = self._ortho_heuristic(nxt, next_typ)
            if starter is True:
                return True
            if nxt[0].isupper() and next_typ in self.sent_starters:
                return True
        if initial or typ == "##number##":
            starter = self._ortho_heuristic(nxt, next_typ)
            if starter is False:
                return False
            if (
                starter is None
                and initial
                and nxt[0].isupper()
                and not self.ortho.get(next_typ, 0) & self.lc
            ):
                return False
        return brk

    def _ortho_heuristic(self, tok: str, typ: str) -> bool | None:
        """True: ``tok`` starts a sentence; False: it does not; None: unknown."""
        if tok in self.punctuation:
            return False
        context = self.ortho.get(typ, 0)
        if tok[0].isupper() and context & self.lc and not context & self.mid_uc:
            return True
        if tok[0].islower() and (context & self.uc or not context & self.beg_lc):
            return False
        return None


class _Piece:
    """One punkt piece ``text[lo:hi]``."""

    __slots__ = ("_rstrip", "_text", "hi", "lo")

    def __init__(self, text: str, lo: int, hi: int) -> None:
        self._text, self.lo, self.hi = text, lo, hi
        self._rstrip = -1

    def rstrip_end(self) -> int:
        """Where the piece ends once trailing whitespace is stripped (punkt's last slice)."""
        if self._rstrip < 0:
            end = self.hi
            while end > self.lo and self._text[end - 1].isspace():
                end -= 1
            self._rstrip = end
        return self._rstrip


class _PunktStarts:
    """Punkt's vote on sentence starts in a block, decided near each position asked.

    ``pos in self`` is whether punkt, reading the block in pieces of about :data:`CHUNK`,
    starts a sentence at ``pos`` (a non-space character). It is decided from the last
    sync point before ``pos`` (see :meth:`_PunktModel.starts_at`); where none is near,
    the block is read from its start once, as far as asked (:class:`_SequentialStarts`).
    Either way the work stays linear in the length of the block.
    """

    __slots__ = ("_cuts", "_hi", "_model", "_piece", "_sequential", "_text")

    def __init__(self, text: str, lo: int, hi: int) -> None:
        self._text, self._hi = text, hi
        self._model = _punkt_model()
        self._cuts = [lo]
        self._piece: _Piece | None = None
        self._sequential: _SequentialStarts | None = None

    def __contains__(self, pos: object) -> bool:
        if not isinstance(pos, int):
            return False
        cuts = self._cuts
        while cuts[-1] < self._hi and cuts[-1] <= pos:
            cuts.append(_next_cut(self._text, cuts[-1], self._hi))
        i = bisect.bisect_right(cuts, pos) - 1
        lo = cuts[i]
        if pos == lo:
            return True  # each piece's first sentence starts where the piece does
        hi = cuts[i + 1] if i + 1 < len(cuts) else self._hi
        piece = self._piece
        if piece is None or piece.lo != lo:
            piece = self._piece = _Piece(self._text, lo, hi)
        vote = self._model.starts_at(self._text, piece, pos)
        if vote is None:
            if self._sequential is None:
                self._sequential = _SequentialStarts(self._text, cuts[0], self._hi)
            vote = pos in self._sequential
        return vote


class _SequentialStarts:
    """The set of punkt's sentence starts in a block, read from its start as far as asked.

    Punkt yields its starts in increasing order (a sentence kept after realigning its
    closing marks starts before it ends, and the next one starts after that end), so once
    a start at or past ``pos`` has been read, ``pos in self`` is decided.
    """

    __slots__ = ("_last", "_seen", "_starts")

    def __init__(self, text: str, lo: int, hi: int) -> None:
        self._starts = _punkt_starts(text, lo, hi)
        self._seen: set[int] = set()
        self._last = -1

    def __contains__(self, pos: object) -> bool:
        if not isinstance(pos, int):
            return False
        while self._last < pos:
            start = next(self._starts, None)
            if start is None:
                self._last = sys.maxsize
                break
            self._seen.add(start)
            self._last = start
        return pos in self._seen


def _glued_ok(text: str, m: re.Match[str]) -> bool:
    """A glued period is a boundary only after a word or number, outside URLs and emails."""
    if not _GLUED_TAIL.fullmatch(text, max(0, m.start() - 2), m.start()):
        return False
    lo, hi = max(0, m.start() - _WINDOW), min(len(text), m.end() + _WINDOW)
    left = text[lo : m.start()].rsplit(None, 1)[-1] if text[lo : m.start()].strip() else ""
    right = text[m.end() : hi].split(None, 1)[0]
    return _ADDRESS.search(left + m.group() + right) is None


def _period_before_ellipsis(text: str, m: re.Match[str]) -> tuple[int, int] | None:
    """Cut "word. . . . Next" after the period: the ellipsis opens the next sentence.

    Chicago Manual of Style 13.53: a period, then a spaced ellipsis for text left out
    at the start of the following sentence (Pragmatic Segmenter golden rule #51).
    """
    at = m.start()
    p = PERIOD_THEN_ELLIPSIS.match(text, at, m.end("term"))
    if p is None or at == 0 or not (text[at - 1].isalnum() or text[at - 1] in CLOSERS):
        return None
    return at + 1, p.end()


def _is_boundary(
    text: str,
    m: re.Match[str],
    start: int,
    nxt: int,
    punkt_vote: Callable[[], bool],
    headline: bool,
) -> bool:
    """Decide one candidate of the sentence opened at ``start``; ``punkt_vote()`` is punkt's."""
    term = m.group("term")
    closed = bool(m.group("close"))  # candidates and glued periods both have one
    token = _next_token(text, nxt)
    word = token.lstrip(OPENERS)
    if not word or not word[0].isalnum():
        return punkt_vote()
    if word[0].islower() and not _CAMEL.match(word):
        return False  # a lowercase continuation: '"Stop!" she shouted.', 'Jane and co. at'
    dots = term.count(".") + 3 * term.count("…")
    if dots >= 2:
        return _ellipsis_boundary(text, m.start(), dots, closed, token)
    if "?" in term or "!" in term:
        return not (closed and _speech_follows(text, nxt))
    word, at = _tail_word(text, start, m.start())
    after_city = _PLACE_CONTEXT.search(text, max(0, at - 6), at) is not None
    return _period_boundary(word, token, punkt_vote, headline=headline, after_city=after_city)


def _next_token(text: str, nxt: int) -> str:
    """The token that opens the next sentence, past a lone dash ('"Stop!" — she said')."""
    tokens = text[nxt : nxt + 2 * _WINDOW].split(None, 2)
    return tokens[1] if len(tokens) > 1 and not tokens[0].strip(DASHES) else tokens[0]


def _ellipsis_boundary(text: str, at: int, dots: int, closed: bool, token: str) -> bool:
    """An ellipsis ends a sentence with a fourth period, or before a clear starter."""
    if dots >= 4 and not token.lstrip(OPENERS)[0].isdigit():
        return True
    attached = at > 0 and (text[at - 1].isalnum() or text[at - 1] in CLOSERS)
    return (attached or closed) and _is_starter(token)


def _period_boundary(
    word: str, token: str, punkt_vote: Callable[[], bool], *, headline: bool, after_city: bool
) -> bool:
    """A period after ``word`` before ``token``: abbreviation tables, then punkt.

    ``after_city``: the word follows ", " as a state does in "Springfield, Ill.".
    """
    kind = _abbreviation_kind(word)
    if token.lstrip(OPENERS)[0].isdigit():
        return kind is None and punkt_vote()  # "No. 2", "Sept. 11", "p. 55"
    if kind == "title":
        return False  # "Lt. Gen. Michael Flynn"
    if kind == "place" and after_city:
        return not headline  # "in Springfield, Ill. Mayor Jo Li said": AP puts a comma after
    if kind in {"place", "final", "initial"}:
        return not headline and _is_starter(token)  # "U.S. Senate" vs "the U.S. He"
    return punkt_vote()


def _abbreviation_kind(word: str) -> str | None:
    """Which table ``word`` belongs to: title, place, final, number, initial, letter or None."""
    if word:
        kinds = _abbreviation_kinds()
        found = min(kinds.get(word, _NO_KIND), kinds.get(word.lower(), _NO_KIND))
        if found < _NO_KIND:
            return _ABBREVIATION_TABLES[found]
    if _INITIAL.fullmatch(word):
        return "initial" if word.isupper() else "letter"  # "George W. Bush"; "p. 55"
    if _MULTI_PERIOD.fullmatch(word):
        return "final"  # U.S., a.m., U.S.A.
    return None


#: The abbreviation tables in the order :func:`_abbreviation_kind` consults them.
_ABBREVIATION_TABLES = ("title", "place", "final", "number")
_NO_KIND = len(_ABBREVIATION_TABLES)


@functools.cache
def _abbreviation_kinds() -> dict[str, int]:
    """Each entry of the abbreviation tables -> the first table (index) that lists it.

    A word belongs to the first table listing it as written or via its all-lowercase
    entry, so its kind is the smaller of the two indexes.
    """
    tables = (
        title_abbreviations(),
        place_abbreviations(),
        final_abbreviations(),
        NUMBER_ABBREVIATIONS,
    )
    kinds: dict[str, int] = {}
    for index, table in enumerate(tables):
        for entry in table:
            kinds.setdefault(entry, index)
    return kinds


def _is_headline(text: str) -> bool:
    """Whether a short block is in title case (see :data:`_LONG_WORD`)."""
    if len(text) > _HEADLINE_MAX:
        return False
    if _LOWER_LONG_WORD.search(text):
        return False
    words = _LONG_WORD.findall(text)
    return len(words) >= 3 and all(w[0].isupper() for w in words)


def _speech_follows(text: str, nxt: int) -> bool:
    """Whether a name then a speech verb follows: '"Why?" Donald J. Trump asked.'"""
    words = text[nxt : nxt + 4 * _WINDOW].split(None, 6)[:6]
    for i, raw in enumerate(words):
        w = raw.lstrip(OPENERS)
        if i and w.rstrip(",.;:").lower() in REPORTING_VERBS:
            return True
        if not w[:1].isupper() or w.rstrip(",").lower() in sentence_starters():
            return False
    return False


def _is_starter(token: str) -> bool:
    """A capitalised sentence starter that is not itself an initial ("A." in "J. A. Smith")."""
    word = token.lstrip(OPENERS)
    m = _HEAD_WORD.match(word)
    if m is None or not word[0].isupper():
        return False
    if word[m.end() : m.end() + 1] == "." and len(m.group()) == 1:
        return False
    return m.group().lower() in sentence_starters()


def _tail_word(text: str, start: int, at: int) -> tuple[str, int]:
    """The abbreviation-like word (and its offset) of the sentence from ``start`` ending at ``at``."""
    lo = max(start, at - _WINDOW)
    cut = max(text.rfind(" ", lo, at), text.rfind("\n", lo, at), text.rfind("\t", lo, at))
    lo = max(lo, cut + 1)  # scan only the last token, not the whole window
    m = _TAIL_WORD.search(text, lo, at)
    return (m.group(), m.start()) if m else ("", at)
