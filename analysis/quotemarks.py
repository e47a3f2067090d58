"""Which quotation marks an article quotes people with: double (US) or single (UK) ones.

American news quotes speech in double marks and nests single ones inside (``"He said 'no'"``);
British, Irish, Australian and many other papers do the reverse (``‘He said “no”’``). The
attribution rules in :mod:`analysis.quotes` read double marks. For an article that quotes
with single marks, :func:`double_marked` gives a *view* of it in which the single marks that
open and close quotes are swapped for double ones and the double marks for single ones,
character for character: every offset stays the same, so the quotes found on the view index
the article's own text. Apostrophes (``it’s``, ``’90s``, ``rock ’n’ roll``) are left alone.

Text pasted from a page's source may keep double marks as HTML entities (``&quot;``,
``&ldquo;``, ``&#8220;``), and text that was decoded with the wrong encoding upstream as
mojibake (``â€œ``); the view blanks each one but for a single mark next to the word it
touches, so those quotes are found too, at offsets into the text as read.

A page that quotes speech in double marks may still set short phrases in curly single ones
(``said the practice was ‘running on goodwill’``): in its view those phrases of the story's
body paragraphs, outside double-marked quotes, get double marks too (a headline's or a
one-line subhead's do not).

The style is decided per article, from the marks of its story blocks: single when quotes
closed in single marks (at least :data:`MIN_SINGLE_QUOTES`), not counting those nested inside
a double-marked quote, outnumber pairs of double marks (typewriter ``''`` counts as a double
mark). All 928 PolNeAR train and dev texts stay double, the 19 old NYT texts quoted in ``''``
and an article of mostly nested quotes among them.

>>> from analysis import article_from_text
>>> art = article_from_text("Title\\n\\n‘It’s late,’ she said. ‘We must go.’", article_id="uk")
>>> quote_style(art)
'single'
>>> double_marked(art).text.split("\\n")[-1]
'“It’s late,” she said. “We must go.”'
"""

from __future__ import annotations

import functools
import html
import logging
import re
from dataclasses import replace
from typing import Literal

from .segment import SENTENCE_LABELS
from .types import Article

logger = logging.getLogger(__name__)

#: Fewest quotes closed in single marks for an article to count as single-quoted.
MIN_SINGLE_QUOTES = 2
#: Characters after which a mark opens a quote (besides whitespace and the block start).
OPEN_AFTER: frozenset[str] = frozenset('([{—–-/"“„«')
#: Characters before which a mark closes a quote (besides whitespace and the block end).
CLOSE_BEFORE: frozenset[str] = frozenset('.,;:!?)]}—–-…"”»')
#: Double marks and the single marks that stand in for them in the view (same length).
TO_SINGLE: dict[str, str] = {"“": "‘", "”": "’", '"': "'", "„": "‚"}
_MARKS = re.compile(r"[‘’'\"“”„]")
#: Double quotation marks, straight, curly, low and angle (what :mod:`analysis.quotes` pairs).
DOUBLE_MARK: re.Pattern[str] = re.compile(r"[\"＂“”„«»]")

Style = Literal["double", "single"]


def quote_style(article: Article) -> Style:
    """``"single"`` when the article quotes people in single marks, else ``"double"``."""
    return "double" if _swapped_text(article, _read_text(article)[1]) is None else "single"


@functools.lru_cache(maxsize=256)
def double_marked(article: Article) -> Article:
    """The article itself, or for a single-quoted one a same-length view with marks swapped.

    The view keeps the id, blocks and source; only quotation marks differ.
    """
    text = _view_text(article)
    if text is None:
        return article
    logger.debug("%s: quotes in single marks", article.article_id)
    return replace(article, text=text)


def _story_spans(article: Article) -> list[tuple[int, int]]:
    return [(b.start, b.end) for b in article.blocks if b.label in SENTENCE_LABELS]


#: HTML entities of double quotation marks, as text pasted from a page's source keeps them
#: ("&quot;We go,&quot; she said", "&#8220;"): in the view each is blanked but for one mark
#: next to the word it touches, so offsets stay those of the text.
HTML_QUOTE_ENTITY: re.Pattern[str] = re.compile(
    r"&(?:quot|ldquo|rdquo|bdquo|laquo|raquo|#0*34|#x0*22|#8220|#8221|#8222|#171|#187);",
    re.IGNORECASE,
)


#: Curly double marks of UTF-8 text decoded as Windows-1252 somewhere upstream (mojibake):
#: "â€œ" for "“", and "â€\x9d" or a bare "â€" before a space or punctuation for "”" (0x9d has
#: no Windows-1252 character, so it is often lost). "â€™" (’), "â€”" (—) and the rest stay.
MOJIBAKE_QUOTE: re.Pattern[str] = re.compile("â€œ|â€\x9d|â€(?=[\\s.,;:!?)]|\\Z)")


def _encoded_marks_view(text: str) -> str | None:
    """``text`` with double marks written as HTML entities or mojibake replaced by one mark
    and spaces (same length), or None when it has none. The mark goes at the end of an
    entity that opens a word and at the start of one that closes it: '&quot;We go,&quot;
    she' -> '     "We go,"      she'."""
    if "â€" in text and MOJIBAKE_QUOTE.search(text) is not None:
        text = MOJIBAKE_QUOTE.sub(_blank_mojibake, text)
        if "&" not in text or HTML_QUOTE_ENTITY.search(text) is None:
            return text
    elif "&" not in text or HTML_QUOTE_ENTITY.search(text) is None:
        return None

    def blank(m: re.Match[str]) -> str:
        mark = html.unescape(m.group())
        pad = " " * (len(m.group()) - 1)
        after = m.string[m.end() : m.end() + 1]
        opens = mark in "“„«" or (
            mark == '"' and after != "" and not after.isspace() and after not in CLOSE_BEFORE
        )
        return pad + mark if opens else mark + pad

    return HTML_QUOTE_ENTITY.sub(blank, text)


def _blank_mojibake(m: re.Match[str]) -> str:
    """One mojibake mark as one curly mark and spaces: "â€œ" -> "  “", "â€" -> "” "."""
    if m.group() == "â€œ":
        return "  “"
    return "”" + " " * (len(m.group()) - 1)


def _view_text(article: Article) -> str | None:
    encoded, swapped = _views(article)
    return swapped if swapped is not None else encoded


def _views(article: Article) -> tuple[str | None, str | None]:
    """The text with encoded marks read (None: none), and that text with single and double
    marks swapped for a single-quoted article, or for a double-quoted one with its phrases
    in curly single marks made double (None: neither)."""
    encoded, text = _read_text(article)
    swapped = _swapped_text(article, text)
    return encoded, swapped if swapped is not None else _mixed_text(article, text)


def _read_text(article: Article) -> tuple[str | None, str]:
    """The text with encoded marks read (None: none), and the text the marks are read in:
    that one, else the article's own."""
    encoded = _encoded_marks_view(article.text)
    return encoded, encoded if encoded is not None else article.text


#: Most characters and words of a phrase in curly single marks outside double-marked
#: quotes (a longer span in single marks is a sentence nested in a transcript, or a title).
MAX_SINGLE_PHRASE = 120
MAX_SINGLE_PHRASE_WORDS = 8
#: Words clipped at the front with an apostrophe ("'em", "'til", "'cause", "'n'"), no quote.
_CLIPPED_WORD: re.Pattern[str] = re.compile(r"(?i:em|til|cause|n|tis|twas|bout|round|cos)\b")


def _mixed_text(article: Article, text: str) -> str | None:
    """``text`` with the curly single marks around phrases outside double-marked quotes
    made double ("said the practice was ‘running on goodwill’."), for a page that quotes
    speech in double marks and short phrases in single ones; None when it has none. The
    opening mark must be a curly ‘ at a word's start and its ’ close the phrase within the
    block, before any double mark: an apostrophe (’90s, it’s) opens nothing."""
    # straight single marks too where all speech is in curly double marks (the apostrophes
    # are then straight as well: "it's", "come 'within a whisker' of")
    openers = "‘'" if "“" in text and '"' not in text else "‘"
    if not any(o in text for o in openers):
        return None
    changes: dict[int, str] = {}
    for b in article.blocks:
        s, e = b.start, b.end
        if b.label != "body" or not any(o in text[s:e] for o in openers):
            continue  # (a headline's ‘phrase’ is no quote the story gives)
        in_double = False
        i = s
        while i < e:
            ch = text[i]
            if ch in "“„" or (ch == '"' and not in_double):
                in_double = True
            elif ch == "”" or ch == '"':
                in_double = False
            elif ch in openers and not in_double:
                close = _phrase_close(text, i, e)
                if (
                    close is not None
                    and 2 * (close - i) < e - s  # (not a quoted subhead)
                    and not _nickname(text, i, close)
                ):
                    changes[i], changes[close] = "“", "”"
                    i = close
            i += 1
    if not changes:
        return None
    chars = list(text)
    for at, mark in changes.items():
        chars[at] = mark
    return "".join(chars)


#: A capitalised word right before a mark, and one right after: a nickname's name around it.
_NAME_BEFORE: re.Pattern[str] = re.compile(r"[A-Z][\w'’-]*[ \t]+\Z")
_NAME_AFTER: re.Pattern[str] = re.compile(r"[ \t]+[A-Z]")


def _nickname(text: str, i: int, close: int) -> bool:
    """The marks at ``i`` and ``close`` hold a nickname inside a name ("Thomas ‘Wee Tam’
    Rennie"), not a phrase."""
    return (
        _NAME_BEFORE.search(text, max(0, i - 30), i) is not None
        and _NAME_AFTER.match(text, close + 1) is not None
    )


def _phrase_close(text: str, i: int, e: int) -> int | None:
    """The ’ closing a phrase opened by the ‘ at ``i``, or the ' closing one opened by a '
    (None: none before ``e``; "'em", "'til" open nothing)."""
    prev = text[i - 1] if i > 0 else " "
    if not (prev.isspace() or prev in OPEN_AFTER) or not text[i + 1 : i + 2].isalpha():
        return None
    closer = "’" if text[i] == "‘" else "'"
    if closer == "'" and _CLIPPED_WORD.match(text, i + 1):
        return None
    for j in range(i + 2, min(e, i + MAX_SINGLE_PHRASE)):
        ch = text[j]
        if ch in '“”"‘\n':
            return None
        if ch == closer and not text[j - 1].isspace():
            after = text[j + 1 : j + 2]
            if not after or after.isspace() or after in CLOSE_BEFORE:
                short = text.count(" ", i, j) < MAX_SINGLE_PHRASE_WORDS
                return j if short else None
    return None


def _swapped_text(article: Article, text: str) -> str | None:
    if "‘" not in text and "'" not in text:
        return None
    spans = _story_spans(article)
    # '' is a typewriter double mark (old NYT copy): it counts as one
    n_double = sum(len(DOUBLE_MARK.findall(text, s, e)) + text.count("''", s, e) for s, e in spans)
    if 2 * (text.count("‘") + text.count("'")) <= n_double:
        return None  # too few single marks to open more quotes than the double marks hold
    changes: dict[int, str] = {}
    pairs = 0
    for k, (s, e) in enumerate(spans):
        nxt = text[spans[k + 1][0]] if k + 1 < len(spans) else ""
        pairs += _swap_block(text, s, e, changes, runs_on=nxt in "‘'")
    if pairs < MIN_SINGLE_QUOTES or 2 * pairs <= n_double:
        return None
    chars = list(text)
    for i, ch in changes.items():
        chars[i] = ch
    return "".join(chars)


def _swap_block(text: str, s: int, e: int, changes: dict[int, str], *, runs_on: bool) -> int:
    """Record the swaps of one block in ``changes``; return how many quotes it closes.

    A quote left open at the end of the block is kept when it opens the block or the next
    block opens with a single mark (a quote running on over paragraphs); any other unclosed
    opening was an apostrophe (``'til``, ``'em``) and is left alone. A single-marked quote
    inside an open double-marked one (``"He said, 'Come back.'"``) is nested, the American
    way, and is not counted.
    """
    opened: int | None = None
    nested = False  # the open single-marked quote lies inside a double-marked one
    in_double = False
    closed = 0
    lead = s
    while lead < e and text[lead].isspace():
        lead += 1
    for m in _MARKS.finditer(text, s, e):
        i = m.start()
        ch = text[i]
        if ch in TO_SINGLE:
            changes[i] = TO_SINGLE[ch]
            in_double = ch in "“„" or (ch == '"' and not in_double)
            continue
        if ch == "'" and "'" in (text[i - 1 : i] + text[i + 1 : i + 2]):
            if text[i + 1 : i + 2] == "'":  # the first mark of the pair
                in_double = not in_double
            continue  # '' is a typewriter double mark (old NYT copy), not two single ones
        prev = text[i - 1] if i > s else " "
        nxt = text[i + 1] if i + 1 < e else " "
        if opened is None:
            # ‘ or ' at a word's start: "‘We", " 'We" (not "’90s", "‘90s")
            if ch != "’" and (prev.isspace() or prev in OPEN_AFTER) and nxt.isalpha():
                changes[i] = "“" if ch == "‘" else '"'
                opened, nested = i, in_double
        elif ch != "‘" and not prev.isspace() and (nxt.isspace() or nxt in CLOSE_BEFORE):
            changes[i] = "”" if ch == "’" else '"'  # ’ or ' at a word's end
            opened = None
            closed += not nested
    if opened is not None and opened != lead and not runs_on:
        del changes[opened]
    return closed
