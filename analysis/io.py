"""Reading articles: decoding bytes, article ids, and turning any source into :class:`Article`.

The text of an article is kept exactly as decoded (CRLF stays CRLF); every offset
elsewhere indexes it.

Examples
--------
>>> art = article_from_text("A title\\n\\nShe left. He stayed.", article_id="a1")
>>> art.article_id, art.title
('a1', 'A title')
>>> read_article(b"Title\\r\\n\\r\\nBody text.", article_id="crlf").text
'Title\\r\\n\\r\\nBody text.'
"""

from __future__ import annotations

import codecs
import hashlib
import logging
import os
import re
from collections.abc import Iterable, Iterator
from pathlib import Path
from typing import IO, Any

from .errors import InputError
from .types import Article, ArticleLike

logger = logging.getLogger(__name__)

#: Magic numbers of common binary formats people drop into text folders by mistake.
BINARY_SIGNATURES: tuple[tuple[bytes, str], ...] = (
    (b"\x89PNG\r\n\x1a\n", "PNG image"),
    (b"\xff\xd8\xff", "JPEG image"),
    (b"GIF87a", "GIF image"),
    (b"GIF89a", "GIF image"),
    (b"%PDF-", "PDF document"),
    (b"PK\x03\x04", "ZIP archive (or docx/xlsx)"),
    (b"\x1f\x8b", "gzip archive"),
    (b"\xd0\xcf\x11\xe0", "MS Office document"),
    (b"RIFF", "RIFF media file"),
    (b"\x7fELF", "executable"),
)
#: Share of control characters (other than tab, CR, LF, FF) above which text counts as binary.
MAX_CONTROL_SHARE = 0.01
_CONTROL = re.compile(r"[\x00-\x08\x0b\x0e-\x1f\x7f]")
#: An HTML document: a doctype or <html>/<head>/<body> tag near the start, or dense markup.
_HTML_START = re.compile(r"\A\s*(?:<!doctype\s+html|<html\b|<head\b|<\?xml[^>]*>\s*<html\b)", re.I)
_HTML_TAG = re.compile(
    r"</?(?:p|div|span|a|br|script|style|meta|link|li|ul|table|td|tr)\b[^>]*>", re.I
)
#: Tags per 1,000 characters above which text counts as markup, not prose ...
HTML_TAG_DENSITY = 5.0
#: ... given at least this many tags (one "<p>" quoted in a short story is not a page).
HTML_MIN_TAGS = 5


def read_article(
    source: str | os.PathLike[str] | bytes | IO[bytes],
    *,
    article_id: str | None = None,
) -> Article:
    """Read one article from a path, bytes or a binary file object.

    Parameters
    ----------
    source
        A path (``str`` or ``os.PathLike``), raw ``bytes``, or a file object opened in
        binary mode.
    article_id
        Identifier for the article; the file stem by default, else a hash of the text.

    Returns
    -------
    Article
        With ``text`` exactly as decoded and its blocks labelled.

    Raises
    ------
    InputError
        (a ``ValueError``) for binary data, HTML pages or undecodable input.
    FileNotFoundError
        When the path does not exist.

    Examples
    --------
    >>> read_article("Title\\n\\nOne line.".encode("utf-16")).text
    'Title\\n\\nOne line.'
    """
    name: str | None
    if isinstance(source, bytes | bytearray):
        data, name = bytes(source), None
    elif isinstance(source, str | os.PathLike):
        path = Path(source)
        if path.is_dir():
            raise IsADirectoryError(f"{path} is a folder: use read_corpus() for many articles")
        data, name = path.read_bytes(), str(path)
        article_id = article_id or path.stem
    elif hasattr(source, "read"):
        data = source.read()
        if isinstance(data, str):
            raise TypeError("file object must be opened in binary mode ('rb'); or pass its text")
        name = getattr(source, "name", None)
        name = str(name) if name is not None else None
        if article_id is None and name:
            article_id = Path(name).stem
    else:
        raise TypeError(
            f"`source` must be a path, bytes or a binary file object, not {type(source).__name__}"
        )
    text, encoding = decode(data, name=name or "<bytes>")
    return article_from_text(text, article_id=article_id, source=name, encoding=encoding)


def article_from_text(
    text: str,
    *,
    article_id: str | None = None,
    source: str | None = None,
    encoding: str | None = None,
) -> Article:
    """Make an :class:`Article` from text already in memory, labelling its blocks.

    Raises :class:`~analysis.errors.InputError` when the text is an HTML page.

    >>> article_from_text("").blocks
    ()
    """
    if not isinstance(text, str):
        raise TypeError(f"`text` must be str, not {type(text).__name__}")
    check_not_html(text, name=source or article_id or "<text>")
    from .layout import find_blocks

    return Article(
        article_id=article_id if article_id is not None else text_id(text),
        text=text,
        blocks=find_blocks(text),
        source=source,
        encoding=encoding,
    )


def decode(data: bytes, *, name: str = "<bytes>") -> tuple[str, str]:
    """Decode article bytes; return ``(text, encoding)``.

    UTF-8 (with or without BOM), UTF-16 with BOM, else cp1252 with a logged warning
    (latin-1 for the five bytes cp1252 leaves undefined). UTF-8 with a few stray cp1252
    bytes in it (text pasted together from two sources) keeps its UTF-8 characters and
    reads the stray bytes as cp1252 (encoding ``utf-8+cp1252``).

    >>> decode("caf\\u00e9 \\u201cq\\u201d".encode("cp1252"))
    ('café “q”', 'cp1252')
    >>> decode("“Café,” she said".encode() + b" \\x93ok\\x94")
    ('“Café,” she said “ok”', 'utf-8+cp1252')
    """
    if data.startswith(codecs.BOM_UTF8):
        return data[len(codecs.BOM_UTF8) :].decode("utf-8", errors="strict"), "utf-8-sig"
    if data.startswith((codecs.BOM_UTF16_LE, codecs.BOM_UTF16_BE)):
        try:
            return data.decode("utf-16"), "utf-16"
        except UnicodeDecodeError as err:
            raise InputError(f"{name}: has a UTF-16 byte-order mark but does not decode") from err
    for signature, kind in BINARY_SIGNATURES:
        if data.startswith(signature):
            raise InputError(f"{name}: is a {kind}, not text")
    if b"\x00" in data:
        raise InputError(f"{name}: holds NUL bytes, so it is binary, not text")
    try:
        text, encoding = data.decode("utf-8"), "utf-8"
    except UnicodeDecodeError:
        text, encoding = _decode_loose(data)
        logger.warning("%s: not valid UTF-8; decoded as %s", name, encoding)
    if text and len(_CONTROL.findall(text[:100_000])) > MAX_CONTROL_SHARE * min(len(text), 100_000):
        raise InputError(f"{name}: is mostly control characters, so it is binary, not text")
    return text, encoding


#: Encoding reported for UTF-8 text with stray single-byte (cp1252) characters in it.
MIXED_ENCODING = "utf-8+cp1252"
_STRAY = re.compile("[\udc80-\udcff]")
_NON_ASCII = re.compile("[^\x00-\x7f]")


def _decode_loose(data: bytes) -> tuple[str, str]:
    """Bytes that are not valid UTF-8: mostly UTF-8 with a few stray bytes (text pasted
    together from two sources), or a single-byte encoding (cp1252, else latin-1)."""
    loose = data.decode("utf-8", errors="surrogateescape")
    n_stray = len(_STRAY.findall(loose))
    if len(_NON_ASCII.findall(loose)) - n_stray > n_stray:
        return _STRAY.sub(_stray_char, loose), MIXED_ENCODING
    try:
        return data.decode("cp1252"), "cp1252"
    except UnicodeDecodeError:
        return data.decode("latin-1"), "latin-1"


def _stray_char(m: re.Match[str]) -> str:
    """The cp1252 character of one stray byte (latin-1 where cp1252 has none)."""
    byte = bytes([ord(m.group()) - 0xDC00])
    try:
        return byte.decode("cp1252")
    except UnicodeDecodeError:
        return byte.decode("latin-1")


def check_not_html(text: str, *, name: str = "<text>") -> None:
    """Raise :class:`InputError` when ``text`` is an HTML document rather than visible text."""
    head = text[:5000]
    n_tags = len(_HTML_TAG.findall(head))
    dense = n_tags >= HTML_MIN_TAGS and n_tags * 1000 / max(len(head), 1) > HTML_TAG_DENSITY
    if _HTML_START.match(head) or dense:
        raise InputError(
            f"{name}: looks like an HTML page. Extract the visible text first "
            "(for example copy it from the browser, or use an HTML-to-text tool) and pass that."
        )


def text_id(text: str) -> str:
    """A stable id for text without a file name: ``text-`` and 12 hex digits of its SHA-1.

    >>> text_id("abc")
    'text-a9993e364706'
    """
    return "text-" + hashlib.sha1(text.encode("utf-8", "surrogatepass")).hexdigest()[:12]


def iter_articles(source: Any) -> Iterator[Article]:
    """Yield articles from one article or a corpus.

    Accepted: an :class:`Article`; a path to a file or a folder (``*.txt`` found
    recursively, sorted); ``bytes``; a ``str`` that names an existing file (no newline)
    or else is the article text; a DataFrame with a ``text`` column (and optionally
    ``article_id``); a Series of texts (its index gives the ids); or an iterable of any of
    these.

    >>> [a.article_id for a in iter_articles(["One.", "Two."])]
    ['text-194d30aed0d3', 'text-55691f90515f']
    """
    import pandas as pd

    if isinstance(source, Article):
        yield source
    elif isinstance(source, bytes | bytearray):
        yield read_article(bytes(source))
    elif isinstance(source, os.PathLike) or (isinstance(source, str) and _names_file(source)):
        path = Path(source)
        if path.is_dir():
            for file in sorted(path.rglob("*.txt")):
                yield read_article(file)
        else:
            yield read_article(path)
    elif isinstance(source, str):
        yield article_from_text(source)
    elif isinstance(source, pd.DataFrame):
        yield from _frame_articles(source)
    elif isinstance(source, pd.Series):
        for idx, text in source.items():
            yield article_from_text(str(text), article_id=str(idx))
    elif isinstance(source, Iterable):
        for item in source:
            if isinstance(item, Article | str | bytes | os.PathLike):
                yield from iter_articles(item)
            else:
                raise TypeError(f"corpus items must be ArticleLike, not {type(item).__name__}")
    else:
        raise TypeError(
            "`source` must be an Article, a path, bytes, text, a DataFrame with a `text` "
            f"column, or an iterable of these; not {type(source).__name__}"
        )


def read_corpus(source: Any) -> list[Article]:
    """Read every article of ``source`` (see :func:`iter_articles`) into a list."""
    return list(iter_articles(source))


def _names_file(text: str) -> bool:
    if "\n" in text or len(text) > 4096:
        return False
    try:
        return os.path.exists(text)
    except (OSError, ValueError):
        return False


def _frame_articles(df: Any) -> Iterator[Article]:
    if "text" not in df.columns:
        raise ValueError(f"a DataFrame source needs a `text` column; it has {list(df.columns)}")
    ids = df["article_id"] if "article_id" in df.columns else df.index
    for article_id, text in zip(ids, df["text"], strict=True):
        yield article_from_text(text if isinstance(text, str) else "", article_id=str(article_id))


def as_article(source: ArticleLike) -> Article:
    """Return ``source`` as one :class:`Article`; a corpus with more than one raises ValueError."""
    if isinstance(source, Article):
        return source
    articles = read_corpus(source)
    if len(articles) != 1:
        raise ValueError(f"expected one article, got {len(articles)}")
    return articles[0]
