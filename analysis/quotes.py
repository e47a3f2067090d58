"""Quoted spans, their kind, and who says them.

Produces the ``quotes`` table (see :mod:`analysis.schema`): one row per quoted span
in text order, with its kind (``speech``, ``partial``, ``phrase``), the group of an
utterance split by a cue or over paragraphs, the speaker mention found next to a cue
verb, and the full name :func:`analysis.people.resolve_mention` gives it.

The rules follow the attribution patterns of news text described by Pareti (PARC),
Krestel, Bergler and Witte (2008) and textacy's ``direct_quotations``, rewritten to
be linear in the text and to never raise on unbalanced quotation marks:

1. quotation marks are paired per paragraph from their shape and the characters around
   them (an inch mark after a digit is skipped; marks of the other style nest inside an
   open quote; single marks never delimit a quote); a paragraph that ends inside a quote
   continues into the next one when that paragraph opens with a mark (the
   multi-paragraph convention): the chunks share a ``group_id`` and the speaker;
2. phrases first: a naming cue (``dubbed``, ``so-called``, ``a website called``) or a
   short title-case span after a possessive, a preposition or a title noun is a
   ``phrase`` with no speaker; a word noun (``the term``) is one unless a cue reports it;
3. a cue (:data:`CUE_FILE`) next to the quote gives the speaker mention: ``"...," said
   X``, ``"...," X said``, ``X said: "..."``, ``according to X``, ``X, a title, said``,
   ``X (R-Fla.) said``, ``"..." — X``; a cue earlier in the sentence makes a ``partial``
   quote of the main clause's subject (``Yepez said Perez urged them to "..."``); a
   participle or coordinated cue (``saying``, ``and added``) takes the clause's subject;
   a cue after a mid-sentence quote counts only when it closes the sentence;
4. a quote with no cue of its own: the second part of a split quote (``"A," she says.
   "B."``) shares the first part's group and speaker; a paragraph opening with a quote
   takes its speaker from a colon intro (``He told the crowd:``) or a cue sentence that
   ends the previous paragraph, or continues the previous paragraph's quote
   (``continuation``) when that paragraph ends with it; a later cue-less quote continues
   the paragraph's speaker; a sentence about a named person or a pronoun right before it
   (or a fragment in the predicate of such a sentence) names the speaker;
5. the mention is resolved by :func:`analysis.people.resolve_mention`; a pronoun whose
   antecedent is an unnamed described person (``a burly man in army fatigues ... he
   says``) keeps the description as the mention, method ``description``, no name, unless
   that sentence gives the person's name after the description (``..., who gives only his
   first name, Dumitru, says``); ``the company`` is the one company named before it.

Speaker mentions are read with word shapes and small word tables (no tagger), except the
end of a described antecedent, which tags one short span.

Examples
--------
>>> from analysis import article_from_text
>>> art = article_from_text('Title\\n\\n"We will win," said Jane Doe. "No doubt about it."')
>>> quote_table(art)[["text", "kind", "speaker_mention", "group_id"]].values.tolist()
[['We will win,', 'speech', 'Jane Doe', 0], ['No doubt about it.', 'speech', 'Jane Doe', 0]]
"""

from __future__ import annotations

import bisect
import functools
import importlib.resources
import itertools
import logging
import re
import unicodedata
from collections.abc import Callable, Mapping, Sequence
from dataclasses import dataclass, field
from typing import Any

import pandas as pd

from . import people, resources
from ._frames import Rows, article_frame
from .errors import MissingResourceError
from .quotemarks import DOUBLE_MARK, double_marked
from .segment import SENTENCE_LABELS, Sentence, sentences, word_count
from .types import Article, Block

logger = logging.getLogger(__name__)

# --- rule tables -------------------------------------------------------------------------

#: Reporting verbs, one lemma and its forms a line (see the file's header for sources).
CUE_FILE = "cue_verbs.txt"
#: Role and person nouns that may start or head a speaker mention (written for this project).
NOUN_FILE = "speaker_nouns.txt"
#: Nouns heading a non-person source ("the lawsuit says", "the ad claims").
SOURCE_NOUN_FILE = "source_nouns.txt"

#: Double quotation marks that open, close, or do either (straight). Single marks never
#: delimit a quote: they are apostrophes or nested quotes and stay inside the outer quote.
OPENING_MARKS: frozenset[str] = frozenset("“„«")
CLOSING_MARKS: frozenset[str] = frozenset("”»")
STRAIGHT_MARKS: frozenset[str] = frozenset('"＂')
_MARK = DOUBLE_MARK
#: Characters before an opening mark (besides whitespace) and after a closing one.
_BEFORE_OPEN = frozenset("([{—–-/‘'")
_AFTER_CLOSE = frozenset(".,;:!?)]}—–-…’'")

#: Words, numbers (with inner hyphens, apostrophes, dots) and single punctuation marks.
_TOKEN = re.compile(r"(?:[A-Za-z]\.){2,}|\w+(?:[-’‘']\w+|&[A-Z]\w*)*|[^\w\s\"＂“”„«»]")

#: Subject pronouns that can be a speaker mention; ``who`` points back over a comma.
SUBJECT_PRONOUNS: frozenset[str] = frozenset({"he", "she", "they", "we", "i", "you", "it"})
RELATIVE_PRONOUNS: frozenset[str] = frozenset({"who", "which"})
#: Determiners that stand alone as a subject ("Another tweeted", "Some chanted").
PRONOUN_DETERMINERS: frozenset[str] = frozenset(
    {"another", "one", "others", "some", "many", "most", "several", "both", "all", "few"}
)
#: Determiners and possessives that open a noun phrase.
DETERMINERS: frozenset[str] = frozenset(
    {"the", "a", "an", "his", "her", "their", "its", "our", "my", "your", "one", "another",
     "this", "these", "those", "some", "many", "several", "two", "three", "both", "most"}
)  # fmt: skip
#: Words that make a following cue-like word a noun ("the quotes", "his remarks").
_NOUN_MARKERS: frozenset[str] = DETERMINERS - {
    "one",
    "both",
    "most",
    "another",
    "some",
    "many",
    "several",
}
#: Function words that never head or modify a speaker noun phrase.
FUNCTION_WORDS: frozenset[str] = frozenset(
    {"the", "a", "an", "of", "in", "on", "at", "to", "for", "with", "by", "from", "and", "or",
     "but", "that", "which", "who", "as", "if", "than", "then", "so", "not", "no", "be",
     "been", "being", "is", "was", "are", "were", "has", "have", "had", "it", "its", "there",
     "this", "what", "when", "where", "why", "how", "about", "into", "over", "after",
     "before", "while", "because", "also", "just", "very", "too", "more", "most", "all",
     "until", "unless", "since", "though", "although", "whether", "during", "against",
     "without", "within", "like", "unlike", "despite", "through", "toward", "towards",
     "among", "between", "under", "upon", "onto", "off", "out", "up", "down", "around"}
)  # fmt: skip
#: Reflexive pronouns after a subject for emphasis ("Talvik herself, speaking by phone,").
REFLEXIVES: frozenset[str] = frozenset({"herself", "himself", "themselves", "itself"})
#: Adverbs and auxiliaries allowed between a subject and its cue ("Trump has also said").
CUE_ADVERBS: frozenset[str] = frozenset(
    {"also", "later", "then", "has", "had", "have", "would", "will", "was", "is", "once",
     "again", "further", "just", "even", "still", "often", "never", "always", "soon", "did", "does", "do", "could", "might", "may", "should", "can", "first", "recently",
     "previously", "reportedly", "repeatedly", "simply", "quickly", "bluntly", "famously",
     "not", "only", "now", "already", "since", "privately", "publicly", "jokingly",
     "afterwards", "afterward", "yesterday", "today", "tonight", "earlier", "be", "heard"}
) | REFLEXIVES  # fmt: skip
#: Time words skipped after a cue ("said Monday", "said today").
TIME_WORDS: frozenset[str] = frozenset(
    {"monday", "tuesday", "wednesday", "thursday", "friday", "saturday", "sunday", "today",
     "yesterday", "tonight", "recently", "later", "earlier", "then", "again", "also",
     "last", "this", "week", "morning", "afternoon", "evening", "night", "on", "once"}
)  # fmt: skip
#: Capitalised words that start a sentence or clause rather than a name.
CAPITALISED_NON_NAMES: frozenset[str] = frozenset(
    {"about", "nearly", "almost", "roughly", "approximately", "against", "behind", "through",
     "the", "a", "an", "in", "on", "at", "after", "before", "when", "while", "but", "and",
     "or", "so", "as", "if", "then", "this", "that", "these", "those", "there", "here",
     "asked", "speaking", "still", "yet", "now", "later", "earlier", "instead", "meanwhile",
     "during", "since", "for", "from", "with", "without", "to", "of", "by", "also",
     "monday", "tuesday", "wednesday", "thursday", "friday", "saturday", "sunday",
     "january", "february", "march", "april", "may", "june", "july", "august",
     "september", "october", "november", "december", "what", "why", "how", "where",
     "he", "she", "they", "we", "i", "you", "it", "his", "her", "their", "our", "my",
     "however", "indeed", "moreover", "thus", "nonetheless", "nevertheless", "overall",
     "finally", "first", "second", "next", "like", "unlike", "according", "despite",
     "although", "though", "because", "whether", "once", "until", "unless", "who", "which",
     "both", "either", "neither", "each", "every", "all", "some", "many", "most", "no", "not",
     "only", "even", "just", "yes", "well", "oh", "other", "another", "several", "its",
     "outside", "inside", "across", "around", "among", "amid", "throughout", "within"}
)  # fmt: skip
#: Title abbreviations that end with a dot inside a name ("Sen. Ted Cruz", "Lt. Gen.").
TITLE_ABBREVIATIONS: frozenset[str] = frozenset(
    {"mr", "mrs", "ms", "dr", "sen", "rep", "gov", "gen", "lt", "col", "maj", "capt", "sgt",
     "adm", "pres", "prof", "rev", "hon", "st", "jr", "sr", "cmdr", "gens", "reps", "sens",
     "atty", "supt", "insp", "fr", "u.s", "u.n", "d.c", "n.y", "calif", "fla", "ind", "ill",
     "del", "eng", "engr", "coun", "cllr", "ald", "cst", "const", "det"}
)  # fmt: skip
#: Abbreviations that close a company's name with a dot ("Acme Corp.", "Gyrfalcon Ltd.").
COMPANY_ABBREVIATIONS: frozenset[str] = frozenset({"inc", "ltd", "corp", "co", "bros", "plc"})
#: US state abbreviations of news style (AP), which end with a dot inside a sentence.
STATE_ABBREVIATIONS: frozenset[str] = frozenset(
    {"ala", "ariz", "ark", "calif", "colo", "conn", "del", "fla", "ga", "ill", "ind", "kan",
     "ky", "la", "md", "mass", "mich", "minn", "miss", "mo", "mont", "neb", "nev", "okla",
     "ore", "pa", "tenn", "tex", "vt", "va", "wash", "wis", "wyo"}
)  # fmt: skip
#: Adjectives that precede a role in a mention ("former", "top", "presumptive").
ROLE_MODIFIERS: frozenset[str] = frozenset(
    {"former", "top", "senior", "chief", "deputy", "vice", "presidential", "presumptive",
     "retired", "acting", "longtime", "veteran", "fellow", "political", "republican",
     "democratic", "campaign", "press", "state", "federal", "national", "local", "foreign",
     "military", "police", "white", "house", "general", "assistant", "associate", "executive",
     "managing", "communications", "policy", "security", "intelligence", "defense", "senate",
     "party", "rival", "supreme", "court", "county", "city", "young", "old", "new", "lead",
     "co-founder", "burly", "elderly", "ranking"}
)  # fmt: skip
#: Words just before a quote that make it a name or epithet, never speech ("dubbed").
NAMING_CUES: frozenset[str] = frozenset(
    {"dubbed", "dub", "dubs", "nicknamed", "titled", "entitled", "so-called", "coined",
     "billed", "hashtag", "moniker", "nickname", "headline", "stamped", "emblazoned",
     "inscribed", "engraved", "etched", "embossed", "renamed", "rebranded", "christened"}
)  # fmt: skip

#: Object pronouns between a naming cue and the name it gives ("dubbed him "...."").
OBJECT_PRONOUNS: frozenset[str] = frozenset({"him", "her", "it", "them", "me", "us"})
#: Nouns just before a quote that make it a phrase unless a cue in the sentence reports it
#: ("the term "radical Islam"", but "Rubio said the words "radical Islam"" is partial).
WORD_NOUNS: frozenset[str] = frozenset(
    {"term", "phrase", "word", "words", "slogan", "motto", "title", "label", "known"}
)
#: Nouns before a title-case quote that make it a name given, not words said ("the name
#: "Harbour Walk"", "the boy's name "Ragnarök"").
NAME_NOUNS: frozenset[str] = frozenset({"name", "names", "surname", "surnames", "forename"})
#: Nouns before a title-case quote that make it a title ("the show "Hannity"").
TITLE_NOUNS: frozenset[str] = frozenset(
    {"show", "book", "film", "movie", "song", "program", "album", "series", "campaign",
     "operation", "memoir", "podcast", "documentary", "novel", "essay", "episode",
     "magazine", "website", "blog", "column", "anthem", "musical", "play", "poem", "hit",
     "brand", "named", "called", "newspaper", "network", "channel", "article", "report",
     "study", "survey", "audit", "paper", "guide", "editorial", "op-ed"}
)  # fmt: skip
#: Verbs that name a thing after a noun ("a website called", "a group named").
NAMING_VERBS: frozenset[str] = frozenset({"called", "named", "titled", "entitled", "dubbed"})
#: Small words allowed lowercase in a title-case quote ("Meet the Press").
_TITLE_SMALL_WORDS: frozenset[str] = frozenset(
    {"the", "a", "an", "of", "and", "in", "on", "for", "to", "at", "with", "or", "by", "is",
     "de", "del", "la", "el", "y", "da", "di", "du", "des", "le", "les", "von", "van", "der"}
)  # fmt: skip
#: Words before a title-case quote that mark it as a name ("Fox News's", "on", "the").
_TITLE_BEFORE: frozenset[str] = frozenset(
    {"on", "in", "the", "of", "his", "her", "their", "its", "told", "to", "from", "a", "an",
     "performed", "performs", "played", "plays", "sang", "screened", "premiered"}
)  # fmt: skip
#: Two-word cue spelled out in full (``according to X``).
ACCORDING_TO: tuple[str, str] = ("according", "to")
#: Most words between a cue and a quote it introduces (``told reporters on Monday:``).
MAX_CUE_GAP = 6
#: Most words in a noun phrase that is a speaker mention.
MAX_MENTION_WORDS = 14
#: Most tokens from the start of a cue clause to its cue (``X, a long appositive, said``).
MAX_CLAUSE_WORDS = 32
#: A quote with fewer words and no cue of its own never takes a neighbour's speaker.
MIN_SPEECH_WORDS = 3


@functools.cache
def cue_lexicon() -> dict[str, tuple[str, str | None]]:
    """Cue form -> (lemma, required particle or None), read once from :data:`CUE_FILE`.

    >>> cue_lexicon()["said"]
    ('say', None)
    >>> cue_lexicon()["pointed"]
    ('point', 'out')
    """
    out: dict[str, tuple[str, str | None]] = {}
    for line in _data_lines(CUE_FILE):
        forms, _, particle = line.partition("|")
        words = forms.split()
        for form in words:
            out.setdefault(form, (words[0], particle.strip() or None))
    return out


@functools.cache
def speaker_nouns() -> frozenset[str]:
    """Role and person nouns read once from :data:`NOUN_FILE`."""
    return frozenset(_data_lines(NOUN_FILE))


@functools.cache
def source_nouns() -> frozenset[str]:
    """Nouns of non-person sources read once from :data:`SOURCE_NOUN_FILE`."""
    return frozenset(_data_lines(SOURCE_NOUN_FILE))


@functools.cache
def common_words() -> frozenset[str]:
    """Lowercase numbers, nouns, adjectives and adverbs the tagger always tags that way.

    Taken from the averaged perceptron tagger's dictionary of frequent unambiguous words
    (NLTK data, Penn Treebank); empty when the tagger's data is missing. A capitalised
    sentence opener found here ("Eight years ago", "Hours later") is not a name.
    """
    try:
        tagdict = resources.tagger().tagdict
    except MissingResourceError:
        return frozenset()
    return frozenset(w for w, tag in tagdict.items() if w.islower() and tag in COMMON_TAGS)


#: Tags of the content words :func:`common_words` keeps (numbers, nouns, adjectives, adverbs).
COMMON_TAGS: frozenset[str] = frozenset({"CD", "NN", "NNS", "JJ", "RB"})


def _data_lines(name: str) -> list[str]:
    text = importlib.resources.files("analysis.data").joinpath(name).read_text(encoding="utf-8")
    lines = (line.split("#", 1)[0].strip().lower() for line in text.splitlines())
    return [line for line in lines if line]


# --- public API --------------------------------------------------------------------------


def quote_table(source: Any) -> pd.DataFrame:
    """One row per quoted span, in text order.

    Parameters
    ----------
    source
        An article, a corpus (folder, iterable, DataFrame with ``text``) or raw text.

    Returns
    -------
    pandas.DataFrame
        The ``quotes`` table of :mod:`analysis.schema`: span offsets inside the marks,
        ``kind``, ``group_id``, ``paragraph_id``, ``sentence_id``, ``speaker`` (full name
        or NA), ``speaker_mention`` with its offsets, ``cue``, ``method`` and ``n_words``.

    Examples
    --------
    >>> from analysis import article_from_text
    >>> art = article_from_text('Title\\n\\nShe called it "a war crime" on Monday.', article_id="a")
    >>> quote_table(art)[["text", "kind", "speaker_mention", "cue"]].values.tolist()
    [['a war crime', 'partial', 'She', 'called']]
    """
    return article_frame(source, "quotes", quote_rows)


def quotes(article: Article) -> tuple[Quote, ...]:
    """The quotes of ``article`` as :class:`Quote` records, in text order (cached per article).

    An article that quotes in single marks (British style) is read through
    :func:`analysis.quotemarks.double_marked`, a same-length view: offsets are unchanged.
    """
    return _quotes_cached(double_marked(article))


@dataclass
class Quote:
    """One quoted span and its attribution (offsets index ``article.text``)."""

    start: int
    end: int
    paragraph_id: int
    group_id: int
    kind: str = "phrase"
    mention: tuple[int, int] | None = None
    cue: str | None = None
    method: str | None = None
    speaker: str | None = None
    #: index of the quote whose attribution this one copies (split, group, continuation)
    copy_of: int | None = field(default=None, repr=False)
    copy_method: str | None = field(default=None, repr=False)
    closed: bool = field(default=True, repr=False)


# --- step 1: quotation marks -------------------------------------------------------------


@dataclass
class _Chunk:
    start: int
    end: int
    block: int
    group: int
    closed: bool
    open_at_end: bool = False
    continued: bool = False


def _find_chunks(text: str, blocks: Sequence[Block]) -> list[_Chunk]:
    """Pair quotation marks block by block; linear in the text, never raises."""
    chunks: list[_Chunk] = []
    group = 0
    pending: int | None = None  # group of a quote left open at the end of the previous block
    for bi, block in enumerate(blocks):
        if block.label not in SENTENCE_LABELS:
            pending = None
            continue
        b0, b1 = block.start, block.end
        lead = b0
        while lead < b1 and text[lead].isspace():
            lead += 1
        open_at: int | None = None
        open_group = 0
        continued = False
        first = True
        nested = 0  # marks of the other style inside the open quote ("A “B” C")
        for m in _MARK.finditer(text, b0, b1):
            i = m.start()
            role = _mark_role(text, i, b0, b1, open_at is not None)
            other_style = open_at is not None and _straight(text[i]) != _straight(text[open_at])
            if other_style and (role == "open" or (role == "close" and nested > 0)):
                nested += 1 if role == "open" else -1
                first = False
                continue
            if role == "open":
                nested = 0
                if open_at is None or i > open_at + 1:
                    open_at = i
                    if first and i == lead and pending is not None:
                        open_group, continued = pending, True
                    else:
                        group += 1
                        open_group, continued = group, False
            elif role == "close":
                if open_at is not None:
                    _add_chunk(chunks, text, open_at + 1, i, bi, open_group, True, continued)
                    open_at = None
                elif first and pending is not None:
                    _add_chunk(chunks, text, b0, i, bi, pending, True, True)
            first = False
        pending = None
        if open_at is not None and _add_chunk(
            chunks, text, open_at + 1, b1, bi, open_group, False, continued
        ):
            chunks[-1].open_at_end = True
            pending = open_group
    return chunks


def _straight(ch: str) -> bool:
    return ch in STRAIGHT_MARKS


def _mark_role(text: str, i: int, b0: int, b1: int, inside: bool) -> str:
    """``open``, ``close`` or ``skip`` for the mark at ``i``, from its shape and neighbours."""
    ch = text[i]
    prev = text[i - 1] if i > b0 else " "
    nxt = text[i + 1] if i + 1 < b1 else " "
    left = (prev.isspace() or prev in _BEFORE_OPEN or prev in OPENING_MARKS) and not nxt.isspace()
    right = not prev.isspace() and (nxt.isspace() or nxt in _AFTER_CLOSE or nxt in CLOSING_MARKS)
    if ch in OPENING_MARKS:
        return "close" if inside and right and not left else "open"
    if ch in CLOSING_MARKS:
        return "open" if not inside and left and not right else "close"
    if not inside and prev.isdigit():
        return "skip"  # an inch mark: 6'2"
    if left and not right:
        return "open"
    if right and not left:
        return "close"
    return "close" if inside else "open"


def _add_chunk(
    chunks: list[_Chunk],
    text: str,
    s: int,
    e: int,
    block: int,
    group: int,
    closed: bool,
    continued: bool,
) -> bool:
    while s < e and text[s].isspace():
        s += 1
    while e > s and text[e - 1].isspace():
        e -= 1
    if not any(c.isalnum() for c in text[s:e]):
        return False
    chunks.append(_Chunk(s, e, block, group, closed, continued=continued))
    return True


# --- step 2: tokens around the quotes ----------------------------------------------------


class _Tok:
    """A token outside quotes, or a placeholder for a quote (``quote`` >= 0)."""

    __slots__ = ("end", "is_cap", "is_word", "lower", "quote", "start", "text")

    def __init__(self, text: str, lower: str, start: int, end: int, quote: int = -1) -> None:
        self.text, self.lower, self.start, self.end, self.quote = text, lower, start, end, quote
        first = text[:1]
        self.is_word = quote < 0 and (first.isalnum() or first == "_")
        self.is_cap = quote < 0 and first.isupper()


def _block_tokens(text: str, block: Block, chunks: list[_Chunk], idx: list[int]) -> list[_Tok]:
    """Tokens of the text outside quotes, with one placeholder token per quote chunk."""
    toks: list[_Tok] = []
    pos = block.start
    for ci in idx:
        c = chunks[ci]
        toks.extend(_tokens(text, pos, c.start))
        toks.append(_Tok("", "", c.start, c.end, ci))
        pos = c.end
    toks.extend(_tokens(text, pos, block.end))
    return toks


def _tokens(text: str, s: int, e: int, limit: int | None = None) -> list[_Tok]:
    found = itertools.islice(_TOKEN.finditer(text, s, e), limit)
    return [_Tok(m.group(), m.group().lower(), m.start(), m.end()) for m in found]


def _is_break(toks: list[_Tok], i: int, text: str, chunks: list[_Chunk]) -> bool:
    """Whether a sentence ends after token ``i``."""
    t = toks[i]
    if t.quote >= 0:
        inner = text[chunks[t.quote].start : chunks[t.quote].end].rstrip("’'\" ")
        nxt = toks[i + 1] if i + 1 < len(toks) else None
        return bool(inner) and inner[-1] in ".!?" and (nxt is None or nxt.is_cap or nxt.quote >= 0)
    if t.text == "." and 0 < i < len(toks) - 1:
        p, n = toks[i - 1], toks[i + 1]
        if p.end == t.start and n.start == t.end and n.is_word and p.is_word:
            return False  # "1.3 billion", "example.com": a dot inside a word or number
    return t.text in ".!?" and not _abbreviation_dot(toks, i)


def _abbreviation_dot(toks: list[_Tok], i: int) -> bool:
    """Whether token ``i`` is the dot of an abbreviation ("Sen.", "G. K.")."""
    if toks[i].text != "." or i == 0:
        return False
    p = toks[i - 1]
    last = p.lower.rpartition("-")[2]  # "R-Ky." -> "ky"
    if i + 1 < len(toks) and toks[i + 1].text == ")" and p.is_cap and len(last) <= 4:
        return True  # "(R-Fla.)", not "(She says so.)"
    if p.lower == "no" and i + 1 < len(toks) and toks[i + 1].text[:1].isdigit():
        return True  # "the No. 2 in the leadership"
    return p.end == toks[i].start and (
        p.lower in TITLE_ABBREVIATIONS
        or last in STATE_ABBREVIATIONS
        or (len(last) == 1 and p.is_cap)  # "G.", "(D-N.Y.)"
        # "Gyrfalcon Diamonds Ltd., which owns the mine, said": a company's name
        or (p.lower in COMPANY_ABBREVIATIONS and p.is_cap and i >= 2 and toks[i - 2].is_cap)
    )


# --- step 3: cues and noun phrases -------------------------------------------------------


#: Prepositions opening a phrase whose noun may be a speech verb's form ("during public
#: question time", "after further comment").
_PHRASE_PREPOSITIONS: frozenset[str] = frozenset({"during", "after", "before", "at", "in"})


#: Auxiliaries of a passive ("was admitted to hospital").
_PASSIVE_AUXILIARIES: frozenset[str] = frozenset(
    {"was", "were", "is", "are", "be", "been", "being", "got", "get", "gets"}
)


def _cue_at(toks: list[_Tok], i: int) -> int:
    """End index (exclusive) of a cue starting at token ``i``, or -1."""
    if i < 0 or i >= len(toks):
        return -1
    t = toks[i]
    entry = cue_lexicon().get(t.lower)
    if entry is None:
        if t.lower == ACCORDING_TO[0] and i + 1 < len(toks) and toks[i + 1].lower == "to":
            return i + 2
        return -1
    if t.is_cap and i > 0 and toks[i - 1].is_word:
        return -1  # "United States", "Post", "Reports": a name, not a cue
    if (
        t.is_cap
        and i + 1 < len(toks)
        and not toks[i + 1].is_cap
        and toks[i + 1].lower in cue_lexicon()
    ):
        return -1  # ""...," Said said.": the surname Said before the verb
    if t.lower in ("quoted", "cited") and i + 1 < len(toks) and toks[i + 1].lower in ("in", "by"):
        return -1  # "a letter to the municipality quoted in the report": a passive
    if (
        t.lower == "admitted"
        and i > 0
        and toks[i - 1].lower in _PASSIVE_AUXILIARIES
        and i + 1 < len(toks)
        and toks[i + 1].lower in ("to", "at", "into", "in")
    ):
        return -1  # "whose father was admitted at the medical ward": into a hospital
    before = toks[i - 1] if i > 0 else None
    if before is not None and t.lower in REDUCED_RELATIVES and before.lower in DOCUMENT_HEADS:
        return -1  # "in a statement posted to social media": the statement's participle
    if (
        t.lower == "read"
        and before is not None
        and before.lower in DOCUMENT_HEADS
        and i + 1 < len(toks)
        and toks[i + 1].lower in _READ_OUT
    ):
        return -1  # "In a victim impact statement read to the court, X said": a participle
    if (
        before is not None
        and (before.lower in _NOUN_MARKERS or _is_possessive(before))
        and not (before.lower in NUMBER_WORDS and _past_cue(t.lower))  # "the two said"
    ):
        return -1  # "the quotes", "his remarks", "Ginsburg's comments"
    if before is not None and before.lower == "of" and not t.lower.endswith("ing"):
        return -1  # "secretary of state", "a matter of note": a noun after "of"
    if (
        i >= 2
        and toks[i - 2].lower in ("a", "an")
        and before is not None
        and before.text.islower()
        and not t.lower.endswith(("s", "ed", "d", "ing"))
        and not (  # "Residents of a town say"
            i >= 4 and toks[i - 3].lower in _PEOPLE_OF_PLACE and toks[i - 4].lower in _PLACE_PEOPLE
        )
    ):
        return -1  # "a shorter answer", "a brief reply": a singular subject takes "-s"
    if (
        i >= 2
        and toks[i - 2].lower in _PHRASE_PREPOSITIONS
        and before is not None
        and before.is_word
        and before.text.islower()
        and not t.lower.endswith(("s", "ed", "d", "ing"))
    ):
        return -1  # "during public question time": a noun in a prepositional phrase
    if (
        before is not None
        and entry[0] == "state"
        and before.is_cap
        and before.lower in people.place_words()
    ):
        return -1  # "Minnesota state delegate": a noun, not the verb
    nxt = toks[i + 1] if i + 1 < len(toks) else None
    if (
        t.lower in ROLE_MODIFIERS
        and nxt is not None
        and (
            (nxt.lower in speaker_nouns() and before is not None and before.is_cap)
            or (nxt.is_cap and nxt.lower in TITLE_ABBREVIATIONS)
        )
    ):
        return -1  # "White House press secretary", "state Del. Price": a role's modifier
    if (
        before is not None
        and t.lower.endswith("s")
        and t.lower != "says"
        and i >= 2
        and toks[i - 2].text.islower()
        and toks[i - 2].lower not in DETERMINERS
        and before.lower in people.nationalities()
        and not before.lower.endswith("s")
    ):
        # "32% of Republican claims": a singular nationality or party word after a
        # lowercase word and no determiner is an adjective; the plural after it a noun
        return -1
    particle = entry[1]
    if particle is None:
        return i + 1
    if i + 1 < len(toks) and toks[i + 1].lower == particle:
        if (
            particle == "on"
            and i + 2 < len(toks)
            and toks[i + 2].is_word
            and toks[i + 2].lower != "about"
        ):
            return -1  # "once the Senate goes on recess": not "she went on (about): ..."
        return i + 2
    return -1


def _contracted_pronoun(t: _Tok) -> str | None:
    """The subject pronoun of a contraction (``he's``, ``It’s``, ``they've``), or None."""
    stem, _, tail = t.lower.replace("’", "'").partition("'")
    return stem if tail in CONTRACTION_TAILS and stem in SUBJECT_PRONOUNS else None


#: Endings of a pronoun's contracted auxiliary ("he's", "they've", "she'd", "we'll").
CONTRACTION_TAILS: frozenset[str] = frozenset({"s", "ve", "d", "ll", "re", "m"})


def _is_possessive(t: _Tok) -> bool:
    stem, _, tail = t.lower.replace("’", "'").rpartition("'")
    return tail == "s" and stem not in _CONTRACTED


#: Words whose ``'s`` is "is" or "has", not a possessive ("he's said").
_CONTRACTED: frozenset[str] = frozenset({"he", "she", "it", "that", "who", "there", "what", "here"})


def _is_name_word(t: _Tok) -> bool:
    if not t.is_cap:
        return t.quote < 0 and people.PREFIXED_NAME.match(t.text) is not None  # "al-Hamadi"
    if t.lower in CAPITALISED_NON_NAMES:
        return False
    stem = t.lower.replace("’", "'").split("'", 1)[0]
    return stem == t.lower or stem not in CAPITALISED_NON_NAMES | FUNCTION_WORDS | {"let"}


def _listed_in_body(toks: Sequence[_Tok], k: int, lo: int) -> int:
    """Where a body's name starts when the words from ``k`` end a comma list after its
    "of" ("the Ministry of Agriculture, Land and Fisheries"), else ``k``."""
    i = k - 1
    while (
        i - 1 >= lo
        and k - i < 12
        and (toks[i].text == "," or toks[i].lower == "and" or _is_name_word(toks[i]))
    ):
        i -= 1
    if toks[i].lower == "the" and i - 1 >= lo and toks[i - 1].lower == "of":
        i -= 1  # "the Ministry of the Economy, Tourism and Sport"
    if not (toks[i].lower == "of" and i - 1 >= lo and toks[i + 1].text != ","):
        return k
    head = i - 1
    if not (_is_name_word(toks[head]) and toks[head].lower in people.org_words()):
        return k
    start = head
    while start - 1 >= lo and head - start < MAX_NAME_TOKENS and _is_name_word(toks[start - 1]):
        start -= 1
    if start - 1 >= lo and toks[start - 1].lower in DETERMINERS:
        start -= 1
    return start


#: Ordinals that open a body's name after "the" ("the First Judicial District").
NAME_ORDINALS: frozenset[str] = frozenset(
    {"first", "second", "third", "fourth", "fifth", "sixth", "seventh", "eighth", "ninth", "tenth"}
)


def _np_before(toks: list[_Tok], j: int, lo: int) -> tuple[int, int] | None:
    """Speaker noun phrase ending at token ``j`` (inclusive), not starting before ``lo``."""
    if j < lo:
        return None
    t = toks[j]
    if t.quote >= 0:
        return None
    if (
        t.lower in SUBJECT_PRONOUNS
        or _contracted_pronoun(t) is not None
        or (t.lower in PRONOUN_DETERMINERS and (j == lo or not toks[j - 1].is_word))
    ):
        return (j, j)  # "he said", "Another tweeted"
    if t.lower in RELATIVE_PRONOUNS | {"that"} and j - 1 >= lo:
        # "Smith, who said" / "the resolution which said" / "a piece that noted"
        return _np_before(toks, j - 2 if toks[j - 1].text == "," else j - 1, lo)
    if t.text == ",":
        if j - 1 >= lo and toks[j - 1].text == ")":
            return _np_before(toks, j - 1, lo)  # "Gov. John Kasich (R-OH), said"
        return _appositive(toks, j, lo)
    quantity = _quantity_before(toks, j, lo)
    if quantity is not None:
        return quantity  # "21 percent said", "About four in 10 said"
    if (t.lower in NUMBER_WORDS or t.text.isdigit()) and j - 2 >= lo and toks[j - 1].lower == "of":
        owner = _np_before(toks, j - 2, lo)  # "the mother of two told", "a father of 3"
        if owner is not None and _is_source_noun(toks[owner[1]].lower):
            return (owner[0], j)
        return None
    if t.text == ")":
        # "Sen. Marco Rubio (R-Fla.) said": skip the parenthesis
        k = next((k for k in range(j - 1, max(lo, j - 10) - 1, -1) if toks[k].text == "("), None)
        return _np_before(toks, k - 1, lo) if k is not None else None
    if t.text == "." and toks[j - 1].lower in COMPANY_ABBREVIATIONS and _abbreviation_dot(toks, j):
        named = _np_before(toks, j - 1, lo)  # "Gyrfalcon Diamonds Ltd. said"
        return (named[0], j) if named is not None else None
    if (
        j == lo
        and t.is_cap
        and t.lower.endswith("ing")
        and j + 1 < len(toks)
        and toks[j + 1].text == ","
        and t.lower not in people.surnames()
        and t.lower not in people.first_names()
    ):
        return None  # "Reacting, the board ... described it": a participle opens the sentence
    nouns = speaker_nouns()
    if _is_name_word(t):
        k = j
        while k - 1 >= lo and _name_part(toks, k - 1):
            k -= 1
    elif t.is_word and t.text.islower() and t.lower not in FUNCTION_WORDS:
        k = j
    else:
        return None
    # premodifiers: roles, capitalised adjectives, possessives; then one determiner
    while k - 1 >= lo and j - k < MAX_MENTION_WORDS:
        p = toks[k - 1]
        if p.is_word and (
            p.lower in nouns
            or p.lower in ROLE_MODIFIERS
            or _is_name_word(p)
            or _name_part(toks, k - 1)
            or p.lower.endswith(("’s", "'s"))
            # "the First Judicial District Attorney's Office": an ordinal in a body's name
            or (
                p.is_cap
                and p.lower in NAME_ORDINALS
                and k - 2 >= lo
                and toks[k - 2].lower == "the"
                and _is_name_word(toks[k])
            )
        ):
            k -= 1
        elif (
            p.lower == "and"
            and k - 2 >= lo
            and toks[k].lower in nouns
            and toks[k - 2].lower in nouns
        ):
            k -= 1  # "co-founder and CEO Kevin Marsh": two roles of one person
        else:
            break
    head = toks[j]
    if not _is_name_word(head):
        listed = head.lower in nouns
        m = k  # "the gambling tycoon", "the junior forward": adjectives after a determiner
        while m - 1 >= lo and k - m < 3 and toks[m - 1].is_word and toks[m - 1].text.islower():
            if toks[m - 1].lower in DETERMINERS:
                break
            w = toks[m - 1].lower
            if w in {"that", "which", "who", "whom"} or (
                listed and (w in nouns or w.endswith(("ed", "ing")))
            ):
                m = -1  # "a charge that party leaders", "The senator emailed supporters"
                break
            m -= 1
        if m - 1 >= lo and toks[m - 1].lower in DETERMINERS:
            k = m
    if k - 1 >= lo and toks[k - 1].lower in DETERMINERS:
        k -= 1
    if not (
        _is_name_word(head)
        or _is_source_noun(head.lower)
        or (people.AGENT_NOUN.search(head.lower) and k < j and toks[k].lower in DETERMINERS)
    ):
        if j - 2 >= lo and toks[j - 1].lower == "of" and toks[j - 2].lower in nouns:
            # "the secretary of state", "the minister of defence": a role and its domain
            role = _np_before(toks, j - 2, lo)
            return (role[0], j) if role is not None else None
        verb = toks[j + 1].lower if j + 1 < len(toks) else ""
        # people speak with a plural verb (not "people in swing states")
        for m in range(k - 1, max(lo, k - 6), -1):
            if not toks[m].is_word or (verb.endswith("s") and not verb.endswith("ss")):
                break
            if toks[m].lower in _PEOPLE_OF_PLACE and toks[m - 1].lower in _PLACE_PEOPLE:
                outer = _np_before(toks, m - 1, lo)
                # "Residents of a small village", "Traders on a Stechford shopping parade"
                return (outer[0], j) if outer is not None else None
        return None
    # "Ann Lee and Bo Kim said": both names are the mention; a body's name may hold more
    # than one "and" ("the Ministry of Rural and Maritime Development and Disaster Management")
    body = head.lower in people.org_words()
    for _ in range(3 if body else 1):
        # ("the Red Deer & District Labour Council": "&" inside a body's name)
        joint = k - 2 >= lo and (toks[k - 1].lower == "and" or (body and toks[k - 1].text == "&"))
        if not (_is_name_word(head) and joint):
            break
        other = k - 2
        while other - 1 >= lo and k - other < MAX_NAME_TOKENS and _name_part(toks, other - 1):
            other -= 1
        if not (_is_name_word(toks[other]) and _is_name_word(toks[k - 2])):
            break
        k = other
    if _is_name_word(head) and k - 2 >= lo and toks[k - 1].text in (",", "and"):
        k = _listed_in_body(toks, k, lo)  # "the Ministry of Agriculture, Land and Fisheries"
    for _ in range(2):  # "a spokesman for the campaign", "the authors of the report"
        if k - 2 < lo or toks[k - 1].lower not in _SPEAKER_NP_PREPOSITIONS:
            break
        outer = _np_before(toks, k - 2, lo)
        if (
            outer is not None
            and toks[k - 1].lower == "of"
            and _is_name_word(head)
            and (
                toks[outer[1]].lower in people.org_words()
                # "the Gulf of Maine Working Harbors Alliance": one name, the body's head last
                or (
                    head.lower in people.org_words()
                    and toks[outer[0]].lower == "the"
                    and outer[0] < outer[1]
                    and all(_is_name_word(x) for x in toks[outer[0] + 1 : outer[1] + 1])
                )
            )
        ):
            k = outer[0]  # "the Bank of America", "the National Union of Energy Workers"
            continue
        if outer is None or not (
            _is_source_noun(toks[outer[1]].lower)
            or _source_headed(toks, outer)
            # "One sugarmaker in Newfane said": a compound person noun after "a" or "one"
            or (
                toks[outer[0]].lower in INDEFINITE_DETERMINERS
                and people.person_compound(toks[outer[1]].lower)
            )
        ):
            break
        k = outer[0]
    if (
        _is_name_word(head)
        and k - 2 >= lo
        and toks[k - 1].lower in _PLACE_OBJECT_PREPOSITIONS
        and toks[k - 2].is_word
        and toks[k - 2].text.islower()
    ):
        # "A supervisor at a mine near Carlin": the person of a place's place
        m = k - 2  # back over the place's own noun phrase ("a mine")
        while m > lo and k - m < 5 and toks[m].text.islower() and toks[m].lower not in DETERMINERS:
            m -= 1
        if (
            toks[m].lower in DETERMINERS
            and m - 2 >= lo
            and toks[m - 1].lower in _SPEAKER_NP_PREPOSITIONS
            and (outer := _np_before(toks, m - 2, lo)) is not None
            and _is_source_noun(toks[outer[1]].lower)
        ):
            return (outer[0], j)
        return None  # "flyers dropped into letterboxes in Middle Ridge had promised": a place
    if k - 2 >= lo and toks[k - 1].lower == "of":
        share = _quantity_before(toks, k - 2, lo)
        if share is not None:
            return (share[0], j)  # "37 percent of Americans say"
        if toks[k - 2].lower in PARTITIVES and _is_source_noun(head.lower):
            return (k - 2, j)  # "one of the people said", "some of the protesters"
    if _is_name_word(head) and _all_places(toks, k, j):
        owner = _place_owner(toks, k, lo)
        if owner is not None:
            return owner if owner[1] < k else (owner[0], j)
    if _is_name_word(head) and k - 2 >= lo and toks[k - 1].lower in AFFILIATION_PREPOSITIONS:
        owner = _affiliated_person(toks, k - 2, lo)
        if owner is not None:
            return owner  # "Miriam Lind of Brightwater Research said": the person
    return (k, j)


def _source_headed(toks: list[_Tok], np: tuple[int, int]) -> bool:
    """The noun phrase is a source noun and its prepositional phrases ("Dealers at the
    Umuagbo Timber Market"): the word before its first preposition is a source noun."""
    for m in range(np[0] + 1, np[1]):
        if toks[m].lower in _NP_PREPOSITIONS:
            return _is_source_noun(toks[m - 1].lower)
    return False


def _affiliated_person(toks: list[_Tok], j: int, lo: int) -> tuple[int, int] | None:
    """The person named before "of/from/at <organisation>" (the name ends at ``j``): a
    name whose last word is no organisation word ("Miriam Lind", not "Bank" of "Bank of
    America" or "University" of "University of Michigan")."""
    if not _is_name_word(toks[j]):
        return None
    owner = _np_before(toks, j, lo)
    if owner is None:
        return None
    names = [t for t in toks[owner[0] : owner[1] + 1] if _is_name_word(t)]
    orgs = people.org_words()
    if toks[owner[1]].lower in orgs or _all_places(toks, owner[0], owner[1]):
        return None
    if owner[0] - 1 >= lo and toks[owner[0] - 1].lower in ("in", "near", "outside"):
        return None  # "the market in Enugu East Local Government Area of Enugu State": a place
    if len(names) >= 2:
        return owner
    word = toks[owner[1]].lower
    # one word: a surname ("Jones of Gallup"), not a common word ("More from Jones")
    lexicon = people.common_english_words()
    common = word in lexicon or word in FUNCTION_WORDS or word in QUANTITY_HEDGES
    surname = word in people.surnames() and not common
    return owner if owner[0] == owner[1] and surname else None


#: Words that take a share of the group after "of" ("one of the people", "many of them").
PARTITIVES: frozenset[str] = frozenset(
    {"one", "two", "three", "some", "many", "most", "each", "several", "few", "none",
     "both", "either", "neither", "all", "another"}
)  # fmt: skip
#: Most tokens of a home place between its owner's "of" and the cue ("of Columbia, S.C.").
MAX_PLACE_TOKENS = 8


def _all_places(toks: list[_Tok], s: int, e: int) -> bool:
    """Tokens ``s..e`` are place names or state abbreviations ("North Carolina", "N.C.")."""
    places = people.place_words()
    words = [t.lower.rstrip(".") for t in toks[s : e + 1] if t.is_word and t.lower != "and"]
    return bool(words) and all(
        w in places or w in STATE_ABBREVIATIONS or _INITIALS.fullmatch(w + ".") for w in words
    )


def _place_owner(toks: list[_Tok], k: int, lo: int) -> tuple[int, int] | None:
    """``G.K. Butterfield of North Carolina said``, ``Stacy Baker of Columbia, South Carolina
    says``: the named person whose home place ends right before the cue; or the people
    described before the places (``the health ministers of Manitoba, Nova Scotia and New
    Brunswick said``), returned as a span that ends at ``k`` (the caller's phrase goes on)."""
    m = k - 1
    while m >= lo and k - m <= MAX_PLACE_TOKENS:
        t = toks[m]
        if t.lower in {"of", "from"}:
            owner = _np_before(toks, m - 1, lo) if m - 1 >= lo else None
            if owner is None:
                return None
            head = toks[owner[1]]
            if _is_name_word(head) and head.lower not in people.org_words():  # "Bank of America"
                return owner
            if not _is_name_word(head) and _is_source_noun(head.lower):
                return (owner[0], k)  # "the ministers of A, B and C said": the ministers
            return None
        if not (t.text in ",." or t.is_cap or (t.lower == "and" and m > lo)):
            return None
        m -= 1
    return None


#: Words that may open a share of respondents ("About four in 10", "nearly 40 percent").
QUANTITY_HEDGES: frozenset[str] = frozenset(
    {"about", "around", "almost", "nearly", "roughly", "some", "only", "just", "over", "fewer",
     "more", "than", "less", "under", "another"}
)  # fmt: skip
#: Words after a number that make it a share of people ("21 percent", "40%").
PERCENT_WORDS: frozenset[str] = frozenset({"percent", "per", "%"})


def _is_number(t: _Tok) -> bool:
    return t.lower in NUMBER_WORDS or t.text.replace(".", "", 1).isdigit()


def _quantity_before(toks: list[_Tok], j: int, lo: int) -> tuple[int, int] | None:
    """A share of people ending at ``j``: ``21 percent``, ``40%``, ``four in 10``, with
    hedges before it (``About four in 10``); polls report what such shares said."""
    t = toks[j]
    if t.lower in PERCENT_WORDS and j - 1 >= lo and _is_number(toks[j - 1]):
        k = j - 1
    elif _is_number(t) and j - 2 >= lo and toks[j - 1].lower == "in" and _is_number(toks[j - 2]):
        k = j - 2
    else:
        return None
    while k - 1 >= lo and toks[k - 1].lower in QUANTITY_HEDGES:
        k -= 1
    return (k, j)


def _quantity_at(toks: list[_Tok], i: int, hi: int) -> tuple[int, int] | None:
    """A share of people starting at ``i`` (hedges first), read with the grammar of
    :func:`_quantity_before` from each place it can end (after its number)."""
    k = i
    while k < hi and toks[k].lower in QUANTITY_HEDGES:
        k += 1
    for end in (k + 1, k + 2):  # "21 percent", "four in 10"
        share = _quantity_before(toks, end, i) if end < hi else None
        if share is not None and share[0] == i:
            return share
    return None


#: Small numbers that close a speaker phrase ("a mother of two", "a father of four").
NUMBER_WORDS: frozenset[str] = frozenset(
    {"two", "three", "four", "five", "six", "seven", "eight", "nine", "ten", "eleven", "twelve"}
)
#: Irregular past-tense cues; with the regular ones ("replied", "added") they are never
#: nouns, so after a number they are the verb ("the two said", "a mother of three replied").
PAST_CUES: frozenset[str] = frozenset({"said", "told", "wrote", "spoke", "thought", "felt"})


def _past_cue(word: str) -> bool:
    return word in PAST_CUES or word.endswith("ed")


#: Prepositions inside a speaker noun phrase ("a professor at Harvard").
_NP_PREPOSITIONS: frozenset[str] = frozenset({"of", "for", "at", "with", "from", "in", "on"})
#: People named by where they live or work, before the place ("Residents of a small
#: village say", "Traders on a shopping parade say"): the people speak, not the place.
_PLACE_PEOPLE: frozenset[str] = frozenset(
    {"residents", "traders", "villagers", "shopkeepers", "businesses", "families", "parents",
     "tenants", "homeowners", "neighbours", "neighbors", "locals", "people", "workers",
     "farmers", "fishermen", "staff", "members", "patients", "students", "commuters",
     "drivers", "campaigners", "owners", "retailers", "merchants", "vendors"}
)  # fmt: skip
_PEOPLE_OF_PLACE: frozenset[str] = frozenset({"of", "in", "on", "at", "from", "near", "along"})
#: Prepositions whose capitalised object ends a subject no source noun heads: a place
#: ("letterboxes in Middle Ridge had promised").
_PLACE_OBJECT_PREPOSITIONS: frozenset[str] = frozenset({"in", "near", "into", "inside", "outside"})
#: Prepositions that a speaker's noun phrase may hold before a name ("a farmer near
#: Killington said").
_SPEAKER_NP_PREPOSITIONS: frozenset[str] = _NP_PREPOSITIONS | {"near"}


def _is_source_noun(word: str) -> bool:
    """A person or source noun of the lists, singular or plural ("prosecutors", "ads")."""
    nouns, sources = speaker_nouns(), source_nouns()
    stems = (word, word[:-1], word[:-2]) if word.endswith("s") else (word,)
    if any(w in nouns or w in sources for w in stems):
        return True
    # "mum-of-two", "father-of-three": a parent described by the number of children
    return "-of-" in word and word.split("-", 1)[0] in nouns


def _name_part(toks: list[_Tok], k: int) -> bool:
    t = toks[k]
    if _is_name_word(t) or t.lower in people.NAME_PARTICLES:
        return True
    if len(t.text) == 1 and t.is_cap and k + 1 < len(toks) and toks[k + 1].start == t.end:
        return toks[k + 1].text == "."  # a middle initial: "Julie A. Diaz", "Mary I. Ross"
    if t.text == "." and k > 0:
        return toks[k - 1].lower in TITLE_ABBREVIATIONS or _abbreviation_dot(toks, k)
    if t.text in {"’", "'"} and k > 0 and k + 1 < len(toks):
        # "the Widcombe Traders’ Association": a plural possessive inside a body's name
        before = toks[k - 1]
        return (
            before.is_cap
            and before.end == t.start
            and before.lower.endswith("s")
            and toks[k + 1].is_cap
            and toks[k + 1].lower in people.org_words()
        )
    return t.text in {"-", "’s", "'s"} and k > 0 and toks[k - 1].is_cap


def _titled_description(toks: list[_Tok], np: tuple[int, int]) -> bool:
    """A determiner and a title in capitals ("The Transport Secretary", "the Prime
    Minister") or a role of a capitalised domain ("The mayor of Springfield", "The
    traditional ruler of Iseyin-Oke"): a description of a person, though it ends in
    capitals."""
    head = toks[np[1]]
    if np[0] >= np[1] or toks[np[0]].lower not in DETERMINERS:
        return False
    if head.is_cap and (head.lower in people.titles() or head.lower in people.roles()):
        return True
    return any(
        toks[m].lower in _NP_PREPOSITIONS
        and _is_source_noun(toks[m - 1].lower)
        and (not toks[m - 1].is_cap or toks[m - 1].lower in people.roles())
        for m in range(np[0] + 1, np[1])
    )  # ("Her editor at Fernhill Press, Jonah Petrakis,", "The Chairman of the X Association")


#: A party and home town or state after a legislator's name ("R-Hugo", "D-Las Vegas").
_PARTY_STATE: re.Pattern[str] = re.compile(r"[RDI]-[A-Z]")


def _titled_domain(toks: list[_Tok], lo: int, comma: int) -> bool:
    """The clause before the comma at ``comma`` is a capitalised role and its domain after
    "of" ("Director of the Vientiane Capital Department of Public Works and Transport"):
    the name set off after it is the speaker's."""
    start = comma - 1
    while start - 1 >= lo and comma - start < MAX_CLAUSE_WORDS and toks[start - 1].is_word:
        start -= 1
    head = toks[start]
    return (
        head.is_cap
        and head.lower in people.roles()
        and start + 1 < comma
        and toks[start + 1].lower in ("of", "for")
        and all(t.is_word for t in toks[start:comma])
    )


def _appositive(toks: list[_Tok], j: int, lo: int) -> tuple[int, int] | None:
    """``X, a title, said``: the mention is X, before the comma that opens the appositive.

    A chain of appositives is walked to its head: an age, a place (``Cory James, 22, of
    Flint, Mich., said``) or a phrase ending in ``in Columbus`` is not the speaker.
    """
    relative = _relative_comma(toks, j, lo)
    # "X, chief of Y, which runs it with a partner, Z, said": the names inside the relative
    # clause are not the subject; the walk goes on from the comma that opens it
    k = j - 1 if relative is None else relative
    fallback = None
    while k >= lo and j - k <= MAX_CLAUSE_WORDS:
        t = toks[k]
        if t.quote >= 0 or (t.text in ".;!?:" and not _abbreviation_dot(toks, k)):
            break
        if t.text == "," and k + 1 < j and toks[k + 1].lower == "where":
            k -= 1  # ", where she is preparing for ...,": a clause about a place
            continue
        if t.text == ",":
            reflexive = k - 2 >= lo and toks[k - 1].lower in REFLEXIVES  # "Talvik herself,"
            np = _np_before(toks, k - 2 if reflexive else k - 1, lo)
            if np is not None and np[0] > lo and _PARTY_STATE.match(toks[np[0]].text):
                k = np[0] - 1  # "Sen. Roy Stufflebean, R-Hugo, who ...": the name before
                continue
            opens_relative = _opens_relative(toks, k, j)
            # a description set off after a name ("Ann Lee, chief executive of the Port
            # Authority, which ...") describes that name, which the walk goes on to
            described_name = (
                np is not None
                and np[0] - 1 >= lo
                and toks[np[0] - 1].text == ","
                and (toks[np[0]].lower in DETERMINERS or toks[np[0]].text.islower())
            )
            if (
                np is not None
                and opens_relative
                and _is_source_noun(toks[np[1]].lower)
                and not described_name
            ):
                return np  # "One nurse, who asked not to be named, said"
            if np is not None and opens_relative and _place_like(toks, np, lo):
                # "A pensioner leaving a polling station in central Rävala, who declined to
                # give her name, said": the described person, not the place
                described = _postmodified_subject(toks, k - 1, lo)
                if described is not None:
                    return described
            if np is not None and opens_relative:
                # "A man who owns a tire shop near 30th Street, and who declined to give
                # his name, put it": the described person who opens the clause
                described = _postmodified_subject(toks, k - 1, lo)
                if described is not None and described[0] == lo:
                    return described
            named = _after_role_words(toks, k + 1, j - 1) if k + 1 < j else j
            domain = (
                np is not None
                and np[0] - 2 >= lo
                and toks[np[0] - 1].lower in _NP_PREPOSITIONS
                and toks[np[0] - 2].is_word
                and (
                    toks[np[0] - 2].text.islower()
                    or toks[np[0] - 2].lower in people.roles()  # "The Chairman of the X"
                )
                and toks[np[0] - 2].lower not in FUNCTION_WORDS
            )  # "The traditional ruler of Iseyin-Oke, Oba X,", "director of primary care
            # for Te Tai Tokerau, Craig P.,": the place is the domain; the name the speaker
            domain = domain or _titled_domain(toks, lo, k)
            set_off = k + 1 <= named and _person_name_between(toks, named, j - 1)
            if np is not None and (domain or _titled_description(toks, np)) and set_off:
                return (k + 1, j - 1)  # "The Transport Secretary, Geoffrey Ashcombe, said"
            if (
                (np is None or not _is_name_word(toks[np[1]]))
                and set_off
                and (k + 1 < named or toks[k - 1].is_word)
            ):
                # "One of them, teacher Marcus Webb, said", "Leader of opposition in the
                # SMC house, Naresh Chandra Goyal, termed"
                return (k + 1, j - 1)
            if np is not None and not (
                _is_name_word(toks[np[1]]) or toks[np[1]].lower in SUBJECT_PRONOUNS
            ):
                named = _after_role_words(toks, k + 1, j - 1)
                if _name_between(toks, named, j - 1):
                    # "The owner, Ana Ruiz, said", "Whitman's challenger, state Rep. Ellen
                    # Marsh, tweeted": the name (with its role words), not the description
                    return (k + 1, j - 1)
                affiliated = _affiliated_name_end(toks, named, j - 1)
                if affiliated is not None:
                    return (k + 1, affiliated)  # "His lawyer, Ann Lee of the X Office,"
                np = None
            in_description = (
                np is not None
                and opens_relative
                and np[0] - 1 >= lo
                and (toks[np[0] - 1].lower in _NP_PREPOSITIONS or described_name)
            )  # "X, a specialist at the Institute for Classical Studies, who ...", "Lena
            # Vorstadt, a portfolio manager at Ashgrove Capital, which ...", "Aurelio
            # Dastin, chief executive of the Port Authority, which ...": not the institute
            # nor the description; the name before the description
            # "Clara Vettermann, a spokesperson for the SHRC, a group of aid agencies, warned":
            # the description after a name describes it; the walk goes on to the name
            described_named = (
                described_name
                and np is not None
                and np[0] - 2 >= lo
                and _is_name_word(toks[np[0] - 2])
            )
            if (
                np is not None
                and not in_description
                and not described_named
                and not _place_like(toks, np, lo)
            ):
                return np
            if np is not None and np[0] - 2 >= lo and toks[np[0] - 1].lower in {"of", "from"}:
                owner = _np_before(toks, np[0] - 2, lo)  # "Rep. Tom Cole of Oklahoma, an ally,"
                if owner is not None and toks[owner[0]].lower in DETERMINERS and set_off:
                    # "A spokeswoman for the Association of Freight Carriers, Lydia Brandt,":
                    # "the ..." is an organisation; the name after it is the speaker
                    return (k + 1, j - 1)
                if owner is not None and _is_name_word(toks[owner[1]]):
                    return owner
            if np is None and not (k - 1 >= lo and toks[k - 1].text[:1].isdigit()):
                break
            fallback = fallback or np
        k -= 1
    return fallback


def _opens_relative(toks: list[_Tok], k: int, j: int) -> bool:
    """The comma at ``k`` opens a relative clause before ``j`` (", who", ", and who")."""
    nxt = toks[k + 1].lower if k + 1 < j else ""
    if nxt == "and" and k + 2 < j:
        nxt = toks[k + 2].lower
    return nxt in RELATIVE_PRONOUNS


def _relative_comma(toks: list[_Tok], j: int, lo: int) -> int | None:
    """The comma nearest before ``j`` that opens a relative clause running to ``j`` ("X,
    which runs it with a partner, Z,"), within the clause; None when there is none."""
    for k in range(j - 1, max(lo, j - MAX_CLAUSE_WORDS) - 1, -1):
        t = toks[k]
        if t.quote >= 0 or (t.text in ".;!?:" and not _abbreviation_dot(toks, k)):
            return None
        if t.text == "," and _opens_relative(toks, k, j):
            return k
    return None


def _affiliated_name_end(toks: list[_Tok], s: int, e: int) -> int | None:
    """End of a name at ``s`` followed by "of/from/at" and its organisation up to ``e``
    ("Tomasz Wierzbicki of the State Public Defender's Office"), or None."""
    m = s
    while m <= e and m - s < MAX_NAME_TOKENS and _name_part(toks, m):
        m += 1
    if m > e or toks[m].lower not in AFFILIATION_PREPOSITIONS or not _name_between(toks, s, m - 1):
        return None
    if any(t.text in ",;:" or t.quote >= 0 for t in toks[m : e + 1]):
        return None
    return m - 1


def _person_name_between(toks: list[_Tok], s: int, e: int) -> bool:
    """Tokens ``s..e`` are one short name that is no place ("Ana Ruiz", not "Worcester,
    Mass.")."""
    return _name_between(toks, s, e) and not _all_places(toks, s, e)


def _after_role_words(toks: list[_Tok], s: int, e: int) -> int:
    """Index of the first token in ``toks[s:e]`` after leading role words and titles
    ("state Rep. Ellen Marsh" -> "Ellen")."""
    nouns = speaker_nouns()
    while s < e and (
        toks[s].lower in ROLE_MODIFIERS
        or toks[s].lower in nouns
        or _title_word(toks[s])
        or (toks[s].text == "." and _abbreviation_dot(toks, s))
        or toks[s].lower.endswith("-year-old")  # "17-year-old Fatu Gbolie"
    ):
        s += 1
    return s


def _name_between(toks: list[_Tok], s: int, e: int) -> bool:
    """Tokens ``s..e`` (inclusive) are one short name: "Ana Ruiz", "Dr. Amy Chen"."""
    return (
        0 <= s <= e
        and e - s < MAX_NAME_TOKENS
        and _is_name_word(toks[e])
        and all(_name_part(toks, k) for k in range(s, e + 1))
    )


#: Most tokens of a name standing alone between commas ("Lt. Gen. H. R. McMaster").
MAX_NAME_TOKENS = 10


#: Prepositions that put a name in a place or an institution ("of Flint", "in Columbus").
LOCATIVE_PREPOSITIONS: frozenset[str] = frozenset({"of", "from", "in", "at"})


_INITIALS: re.Pattern[str] = re.compile(r"[a-z]|(?:[a-z]\.){2,}")


def _place_like(toks: list[_Tok], np: tuple[int, int], lo: int) -> bool:
    """Whether a name in an appositive chain is a place: after ``of``/``in``, or a state."""
    if np[0] - 1 >= lo and toks[np[0] - 1].lower in LOCATIVE_PREPOSITIONS:
        return True
    if (
        np[0] - 2 >= lo
        and toks[np[0] - 1].lower in people.PLACE_ADJECTIVES
        and toks[np[0] - 2].lower in LOCATIVE_PREPOSITIONS
    ):
        return True  # "in central Rävala"
    words = [t.lower for t in toks[np[0] : np[1] + 1] if t.is_word]
    if not words:
        return False
    if all(_INITIALS.fullmatch(w) for w in words):
        # "of Raleigh, N.C.": a state's initials after its city (alone, initials are a name's)
        return np[0] - 1 >= lo and toks[np[0] - 1].text == ","
    return _all_places(toks, np[0], np[1])


def _role_domain_before_name(toks: list[_Tok], k: int, hi: int) -> bool:
    """Whether a role's domain after "of" starts at ``k`` and a name follows it: a name
    at once ("Secretary of State Madeleine Albright") or after up to two lowercase words
    ("secretary of state John Kerry", "master of ceremonies Asab Al-Tabchi")."""
    for m in range(k, min(hi, k + 3)):
        t = toks[m]
        if _is_name_word(t):
            return True
        if not (t.is_word and t.text.islower() and t.lower not in FUNCTION_WORDS):
            return False
    return False


def _body_name_end(toks: list[_Tok], i: int, hi: int) -> bool:
    """Capitalised words from ``i`` end in an organisation word ("... and Labrador Health
    Services"): the "and" before them joins one body's name."""
    j = i
    while j < hi and j - i < MAX_NAME_TOKENS and _is_name_word(toks[j]):
        j += 1
    return j - i >= 2 and toks[j - 1].lower in people.org_words()


#: Areas numbered in a role's name ("Zone 1 council member", "Ward 3 Councillor").
NUMBERED_AREAS: frozenset[str] = frozenset(
    {"zone", "ward", "district", "precinct", "division", "region", "area", "sector", "beat"}
)


def _np_after(toks: list[_Tok], i: int, hi: int, *, owned: bool = False) -> tuple[int, int] | None:
    """Speaker noun phrase starting at token ``i`` (inverted ``said X``), ending before ``hi``.

    ``owned``: a possessive name may open it and modify the head noun after it ("said Ann
    Lee's campaign manager, Robby Mook"), as after an inverted cue; elsewhere the possessive
    name is the mention ("Trump's embrace of ...").
    """
    while i < hi and toks[i].lower in TIME_WORDS and not _is_name_word(toks[i]):
        i += 1
    if i >= hi:
        return None
    t = toks[i]
    if t.quote >= 0:
        return None
    if t.lower in SUBJECT_PRONOUNS - {"it", "you"}:
        nxt = toks[i + 1] if i + 1 < hi else None
        return (i, i) if nxt is None or not nxt.is_word else None
    k = i
    if t.lower in PRONOUN_DETERMINERS and (i + 1 >= hi or not toks[i + 1].is_word):
        return (i, i)  # "..., read one." / "was another."
    if t.lower in DETERMINERS:
        # "a burly man in army fatigues", "one of two witnesses", "the agency"
        for h in range(i + 1, min(hi, i + MAX_DESCRIPTION_MODIFIERS + 3)):
            if not toks[h].is_word:
                break
            if _is_source_noun(toks[h].lower) and not _is_name_word(toks[h]):
                end = max(h, _description_end(toks, h + 1, hi))
                return _name_after(toks, end, hi) or (i, end)
            if _titled_description(toks, (i, h)):
                named = _name_after(toks, h, hi)  # "said the Transport Secretary, X."
                if named is not None:
                    return named
        end = i + 1
        while end < hi and end - i <= 3 and toks[end].is_word and not _is_name_word(toks[end]):
            end += 1
        if (
            end > i + 1
            and (end >= hi or not (toks[end].is_word or toks[end].quote >= 0))
            and end - i <= 3
        ):
            return (i, end - 1)  # "said the 46-year-old." (not "said the plan came "..."")
        k += 1
    last_name = last_noun = -1
    lowercase = 0
    owner = False  # a possessive name opened the phrase ("said Ann Lee's campaign manager")
    while k < hi and k - i < MAX_MENTION_WORDS:
        p = toks[k]
        if owned and _is_name_word(p) and _is_possessive(p) and last_noun < 0 and k + 1 < hi:
            last_name, owner = -1, True  # the owner modifies the head noun after it
        elif _is_name_word(p) or (last_name >= 0 and _name_part(toks, k)):
            last_name = k
        elif (
            p.is_cap
            and k + 1 < hi
            and toks[k + 1].start == p.end + 1
            and people.KOREAN_GIVEN.fullmatch(toks[k + 1].text) is not None
        ):
            last_name = k  # "said Oh Sang-woo": a surname that is also a word, before a given name
        elif p.is_word and (
            _is_source_noun(p.lower) or p.lower in ROLE_MODIFIERS or _is_possessive(p)
        ):
            last_noun = k if _is_source_noun(p.lower) else last_noun
        elif (
            p.lower == "of"
            and k > i
            and k + 1 < hi
            and _is_source_noun(toks[k - 1].lower)
            and _role_domain_before_name(toks, k + 1, hi)
        ):
            pass  # "former Secretary of State Madeleine Albright", "master of ceremonies X"
        elif (
            p.lower == "of"
            and last_name == k - 1
            and k + 1 < hi
            and _is_name_word(toks[k + 1])
            and toks[k - 1].lower in people.org_words()
        ):
            pass  # "according to the City of Ballarat", "said the University of Otago"
        elif p.text == "." and k > i and toks[k - 1].lower in TITLE_ABBREVIATIONS:
            pass  # "former Pennsylvania Gov. Ed Rendell"
        elif (
            p.text.isdigit()
            and len(p.text) <= 3
            and last_name == k - 1
            and k + 1 < hi
            and toks[k - 1].lower in NUMBERED_AREAS
        ):
            pass  # "said Zone 1 council member Darnell Haggans", "said Ward 3 Councillor X"
        elif (
            p.lower == "and"
            and k > i
            and k + 1 < hi
            and _is_name_word(toks[k + 1])
            and _title_word(toks[k - 2] if toks[k - 1].text == "." else toks[k - 1])
        ):
            pass  # "former Gov. and party Chairman Ed Rendell": two titles of one person
        elif p.lower == "and" and last_name == k - 1 and _joint_name_end(toks, k + 1, hi):
            pass  # "said Ann Lee and Bo Kim."
        elif p.lower == "and" and last_name == k - 1 and _body_name_end(toks, k + 1, hi):
            pass  # "Newfoundland and Labrador Health Services confirmed": one body
        elif p.is_word and p.text.islower() and p.lower not in FUNCTION_WORDS and lowercase < 2:
            lowercase += 1  # "undecided Republican voter Stephanie Hooton"
            if last_name >= 0 and last_noun < last_name and not _role_before_name(toks, k, hi):
                break  # (but "said Northlight head of scripted programming Lorna Feeney",
                # "said Wexley town manager Percival Otunde")
        else:
            break
        k += 1
    if last_name >= 0:
        return (i, last_name)
    if last_noun >= 0:
        return (_name_after(toks, last_noun, hi) if owner else None) or (i, last_noun)
    if owner:  # no person noun after the possessive: the name is the mention
        return _np_after(toks, i, hi)
    return None


def _role_before_name(toks: list[_Tok], k: int, hi: int) -> bool:
    """Lowercase words from ``k`` end in a person noun right before a name ("town manager
    Percival Otunde"): the capitalised word before them is a place or body modifying the role."""
    for j in range(k, min(hi - 1, k + 3)):
        t = toks[j]
        if not (t.is_word and t.text.islower()):
            return False
        if _is_source_noun(t.lower) and _is_name_word(toks[j + 1]):
            return True
    return False


def _joint_name_end(toks: list[_Tok], k: int, hi: int) -> bool:
    """A name run starts at ``k`` and closes the phrase (no word follows it)."""
    run = _name_run(toks, k, hi)
    return run is not None and not toks[run[1] + 1].is_word


def _title_word(t: _Tok) -> bool:
    """A title or its abbreviation ("Gov", "Chairman", "senator")."""
    return t.lower in TITLE_ABBREVIATIONS or t.lower in people.titles()


def _name_after(toks: list[_Tok], end: int, hi: int) -> tuple[int, int] | None:
    """``said the owner, Ana Ruiz.``: the name set off by a comma after a description."""
    s = end + 2
    if s >= hi or toks[end + 1].text != ",":
        return None
    e = s
    while e + 1 < hi and e - s < MAX_NAME_TOKENS and _name_part(toks, e + 1):
        e += 1
    if e + 1 < hi and toks[e + 1].is_word:
        return None
    return (s, e) if _name_between(toks, s, e) else None


def _description_end(toks: list[_Tok], k: int, hi: int) -> int:
    """Last token of a described speaker (``a burly man in army fatigues``): to the clause end."""
    end = k - 1
    while k < hi and k - end < MAX_MENTION_WORDS:
        t = toks[k]
        if not t.is_word or t.lower in RELATIVE_PRONOUNS or t.lower in {"that", "who", "as"}:
            break
        if cue_lexicon().get(t.lower) is not None:
            break
        end = k
        k += 1
    return end


# --- step 4: attribution of one quote ----------------------------------------------------


@dataclass
class _Attr:
    mention: tuple[int, int]  # token indices
    cue: tuple[int, int]  # token indices, end exclusive
    adjacent: bool


def _after_attribution(toks: list[_Tok], q: int, hi: int) -> _Attr | None:
    """``"...," said X`` / ``"...," X said`` / ``"...," according to X`` after quote token q.

    Adjacent when the cue clause follows the closing mark; otherwise a ``, X said`` later in
    the sentence attributes a quote inside it (``Obama "felt ..." about it, Axelrod said.``).
    """
    i = q + 1
    while i < hi and toks[i].text in _LEAD_PUNCT:
        i += 1
    if _claim_about_quote(toks, i, hi):
        return None  # ""...," a claim Gbarage dismissed as": the quote is the claim's object
    attr = _cue_clause(toks, i, hi)
    if attr is None and i + 1 < hi and toks[i].lower == "as":
        attr = _cue_clause(toks, i + 1, hi)  # ""...," as a Homeland Security memo put it"
    if attr is not None:
        return attr
    if i == q + 2:
        # a byline after a dash: ""...." — Carla Sanchez" (epigraphs, reader comments)
        name = _dash_name(toks, q + 1, ".,;(/")
        if name is not None:
            return _Attr(name, (q + 1, q + 2), True)
    for k in range(i, hi):
        if toks[k].quote >= 0:
            return None
        if toks[k].text == ",":
            attr = _cue_clause(toks, k + 1, hi)
            if attr is not None and _clause_ends(toks, attr, hi):
                attr.adjacent = False
                return attr
    return None


#: Nouns by which a writer's appositive refers back to a quote as what someone claimed ("a
#: claim Gbarage dismissed as ...", "an assertion the ministry denied").
CLAIM_NOUNS: frozenset[str] = frozenset(
    {"claim", "claims", "assertion", "allegation", "allegations", "accusation", "contention",
     "characterisation", "characterization", "suggestion", "notion"}
)  # fmt: skip


def _claim_about_quote(toks: list[_Tok], i: int, hi: int) -> bool:
    """Token ``i`` opens "a claim" or "an assertion" (a determiner and a claim noun)."""
    return i + 1 < hi and toks[i].lower in ("a", "an", "the") and toks[i + 1].lower in CLAIM_NOUNS


def _attr_end(attr: _Attr) -> int:
    """Index of the first token after a cue clause (its mention and its cue)."""
    return max(attr.mention[1], attr.cue[1] - 1) + 1


def _takes_clause(toks: list[_Tok], attr: _Attr) -> bool:
    """Whether a cue clause goes on with ``that`` (``He bemoaned that ...``): new content."""
    k = _attr_end(attr)
    return k < len(toks) and toks[k].lower == "that"


def _reports_more(toks: list[_Tok], attr: _Attr, hi: int) -> bool:
    """Whether a cue clause goes on with a clause of its own (``Reid said both men are``),
    reported content of a new sentence rather than the tag of the quote before it."""
    k = _attr_end(attr)
    return k < hi and _starts_clause(toks, k, hi)


def _introduces_quote(toks: list[_Tok], attr: _Attr, hi: int) -> bool:
    """Whether a cue clause ends with ``,``/``:`` and another quote (``Y wrote back, "..."``)."""
    end = k = _attr_end(attr)
    while k < len(toks) and k < hi + 2 and toks[k].text in _LEAD_PUNCT:
        k += 1
    return k > end and k < len(toks) and toks[k].quote >= 0


def _clause_ends(toks: list[_Tok], attr: _Attr, hi: int) -> bool:
    """Whether a cue clause found later in a sentence closes it (``..., Axelrod said.``)."""
    return not any(t.quote >= 0 for t in toks[_attr_end(attr) : hi])


def _cue_clause(toks: list[_Tok], i: int, hi: int) -> _Attr | None:
    """A cue clause starting at token ``i``: ``said X``, ``X said``, ``X, a title, said``."""
    if i >= hi:
        return None
    end = _cue_at(toks, i)
    if end > 0:
        lemma = _cue_lemma(toks[i].lower)
        if (lemma not in INVERSION_CUES and lemma != ACCORDING_TO[0]) or (
            toks[i].lower.endswith("ing") and lemma not in PARTICIPLE_INVERSIONS
        ):
            # "cited his appearance", "repeating her line", "promising the club will":
            # an object follows
            return None
        np = _np_after(toks, end, hi, owned=True)
        return _Attr(np, (i, end), True) if np is not None else None
    paren = False
    opener: tuple[int, int] | None = None  # the subject set off by a comma, found on demand
    looked = False
    for c in range(i + 1, min(hi, i + MAX_CLAUSE_WORDS)):
        t = toks[c]
        paren = (paren or t.text == "(") and t.text != ")"
        if t.quote >= 0 or (t.text in ".;!?:" and not paren and not _abbreviation_dot(toks, c)):
            break
        end = _cue_at(toks, c)
        if end < 0:
            continue
        np = _np_before(toks, _skip_adverbs_back(toks, c - 1, i), i)
        if np is not None and 0 < np[0] - i <= MAX_PREMODIFIERS and _premodifiers(toks, i, np[0]):
            np = (i, np[1])  # premodifiers: "public defender Shannon Quill"
        if np is not None and np[0] == i:
            if toks[_skip_adverbs_back(toks, c - 1, i)].lower in RELATIVE_PRONOUNS:
                # "a voter who asked not to be named said": the relative clause's verb is
                # not the cue when the clause's own verb follows it
                main = _cue_after_postmodifier(toks, i, c + 1, hi)
                if main is not None:
                    return main
            return _Attr(np, (c, end), True)
        if (
            np is not None
            and np[0] - 2 >= i
            and toks[np[0] - 1].lower == "and"
            and _is_name_word(toks[np[1]])
        ):
            first = _name_run(toks, i, np[0])
            if first is not None and first == (i, np[0] - 2):
                return _Attr((i, np[1]), (c, end), True)  # "Ann Lee and Bo Kim wrote"
        if np is not None and np[0] - 2 > i and toks[np[0] - 1].text == ",":
            desc = _np_before(toks, np[0] - 2, i) or _pp_described(toks, i, np[0] - 2)
            if (
                desc is not None
                and desc[0] == i
                and not _is_name_word(toks[desc[1]])
                and _name_between(toks, np[0], np[1])
            ):
                return _Attr(np, (c, end), True)  # "the senator's aide, Bo Kim, told"
        described = _described_subject(toks, i, _skip_adverbs_back(toks, c - 1, i))
        if described is not None:
            return _Attr(described, (c, end), True)
        described = _postmodified_subject(toks, _skip_adverbs_back(toks, c - 1, i), i)
        if described is not None and described[0] == i and _ends_tag(toks, c, end, hi):
            return _Attr(described, (c, end), True)  # "a person familiar with it said"
        name = _name_run(toks, i, c)
        if (
            name is not None
            and toks[name[1] + 1].text == ","
            and name[1] + 2 < c
            and (toks[name[1] + 2].lower in RELATIVE_PRONOUNS | DETERMINERS)
        ):
            return _Attr(name, (c, end), True)  # "Katie Packer, who is chairman of X said"
        if (
            name is not None
            and toks[name[1] + 1].lower in AFFILIATION_PREPOSITIONS
            and all(t.is_word or t.text in {"’s", "'s", "-"} for t in toks[name[1] + 1 : c])
        ):
            return _Attr(name, (c, end), True)  # "Mr. Morgan of the Sierra Club said"
        if not looked:
            looked, opener = True, _apposed_subject(toks, i, hi)
        if opener is not None and c - 1 > opener[1] + 1:
            if toks[c - 1].text == ",":
                named = _named_appositive(toks, opener, c - 2)
                if named is not None:
                    return _Attr(named, (c, end), True)
                # "Anne Richards, assistant secretary of state for population, refugees, and
                # migration, said", "an intelligence source, who was not authorized ..., told"
                return _Attr(opener, (c, end), True)
            continue  # a cue inside the appositive ("who was not authorized to speak")
        break
    return None


def _named_appositive(toks: list[_Tok], opener: tuple[int, int], j: int) -> tuple[int, int] | None:
    """A role in capitals opening the sentence (or a town set off after a body), then the
    person's name set off by commas up to token ``j``: "Police Public Relations Officer,
    Acting Inspector Lisa Boxill, said" gives the name's span (with its titles); else None."""
    if toks[opener[1] + 1].text != ",":
        return None
    if (
        not _is_source_noun(toks[opener[1]].lower)
        and not (
            # "The Etsu Kpasu, Alhaji Abubakar Sidi Gana, described": a ruler's title and seat
            opener[1] - opener[0] == 2
            and toks[opener[0]].lower == "the"
            and toks[opener[0] + 1].lower in people.titles()
            and toks[opener[1]].is_cap
        )
        and not (
            # "a physician at the Federal Medical Centre, Owo, Dr Olumide Fasanmi, said": a
            # town set off after a body, then a titled name
            opener[0] >= 1
            and toks[opener[0] - 1].text == ","
            and toks[opener[1]].is_cap
            and toks[opener[1] + 2].lower.rstrip(".") in people.titles()
        )
    ):
        return None
    np = _np_before(toks, j, opener[1] + 2)
    if np is None or np[0] != opener[1] + 2 or not _name_between(toks, np[0], np[1]):
        return None
    return np


def _pp_described(toks: list[_Tok], i: int, j: int) -> tuple[int, int] | None:
    """``i..j`` is a person's description with a prepositional phrase ("the Chief Fisherman
    of the area", "the head of the local council"): a noun phrase opening at ``i`` headed
    by a person noun or a title, then "of/for/at ..." up to ``j`` (at most four words)."""
    for k in range(j, max(i, j - 4), -1):
        if toks[k].lower in _NP_PREPOSITIONS and k - 1 >= i:
            outer = _np_before(toks, k - 1, i)
            if outer is not None and outer[0] == i and outer[1] == k - 1:
                return (i, j)
            return None
        if not toks[k].is_word:
            return None
    return None


def _cue_lemma(word: str) -> str:
    """The lemma of a cue's form ("said" -> "say"); a word the lexicon lacks is its own."""
    entry = cue_lexicon().get(word)
    return entry[0] if entry is not None else word


def _ends_tag(toks: list[_Tok], c: int, end: int, hi: int) -> bool:
    """Whether the cue at ``c`` closes a quote's tag: punctuation, an adverb or a time
    follows it, or it is "told" with its hearer ("a source close to him told the Times"),
    not an object ("a group called the ...")."""
    if end >= hi or not toks[end].is_word:
        return True
    nxt = toks[end].lower
    lemma = _cue_lemma(toks[c].lower)
    return (
        nxt in CUE_ADVERBS
        or nxt in WEEKDAYS
        or nxt in TIME_PREPOSITIONS
        or nxt in SUBORDINATORS  # "Susan said as she turned around"
        or nxt in TAG_PREPOSITIONS  # "said during a briefing", "said of the plan"
        or lemma == "tell"
    )


#: Prepositions that go on with a quote's tag ("said in a statement", "wrote on Facebook").
TAG_PREPOSITIONS: frozenset[str] = frozenset(
    {"in", "on", "at", "during", "of", "to", "from", "with", "after", "before", "by",
     "via", "through", "outside", "inside", "for"}
)  # fmt: skip


def _cue_after_postmodifier(toks: list[_Tok], i: int, start: int, hi: int) -> _Attr | None:
    """The cue after a postmodifier whose described subject opens at ``i`` (the clause's
    own verb), searched from ``start`` to the end of the clause."""
    for c in range(start, min(hi, i + MAX_CLAUSE_WORDS)):
        t = toks[c]
        if not t.is_word:
            return None
        end = _cue_at(toks, c)
        if end > 0:
            pm = _postmodified_subject(toks, _skip_adverbs_back(toks, c - 1, i), i)
            return _Attr(pm, (c, end), True) if pm is not None and pm[0] == i else None
    return None


def _apposed_subject(toks: list[_Tok], i: int, hi: int) -> tuple[int, int] | None:
    """The subject noun phrase at ``i`` when a comma follows it (an appositive comes next);
    not a pronoun."""
    opener = _subject_at(toks, i, hi)
    if (
        opener is None
        or opener[1] + 2 >= hi
        or toks[opener[1] + 1].text != ","
        or _is_pronoun(toks, opener)
    ):
        return None
    return opener


#: Most words of a description before a speaker's name ("CBS This Morning co-anchor X").
MAX_PREMODIFIERS = 5


def _premodifiers(toks: list[_Tok], i: int, j: int) -> bool:
    """Whether tokens ``i..j-1`` describe the name that follows them: words, no lowercase
    function word, and a first word that can open a name (``public defender``, ``CBS This
    Morning co-anchor``; not ``Then`` or ``the``)."""
    first = toks[i]
    if first.lower in FUNCTION_WORDS or first.lower in CAPITALISED_NON_NAMES:
        return False
    return all(
        t.is_word and not (t.text.islower() and t.lower in FUNCTION_WORDS) for t in toks[i:j]
    )


#: Prepositions between a speaker's name and their organisation ("Ann Lee of the union said").
AFFILIATION_PREPOSITIONS: frozenset[str] = frozenset({"of", "from", "at", "with"})
#: Words that may join the words of a described speaker ("the senator and candidate").
DESCRIPTION_JOINERS: frozenset[str] = frozenset({"and", "of", "for", "at", "from", "in"})


def _described_subject(toks: list[_Tok], i: int, j: int) -> tuple[int, int] | None:
    """``"...," the gambling tycoon told``: a determiner and words up to the cue's subject end.

    Right after a quote, a noun phrase opened by a determiner and closed by a cue verb is
    the speaker even when its head noun is not in the speaker-noun list.
    """
    if j <= i or j - i >= MAX_MENTION_WORDS or toks[i].lower not in DETERMINERS:
        return None
    words = toks[i + 1 : j + 1]
    if toks[j].lower in FUNCTION_WORDS or not all(
        (t.is_word and (t.lower not in FUNCTION_WORDS or t.lower in DESCRIPTION_JOINERS))
        or t.text in {"-", "’s", "'s"}
        for t in words
    ):
        return None
    return (i, j)


def _name_run(toks: list[_Tok], i: int, hi: int) -> tuple[int, int] | None:
    """A run of name words starting at ``i`` (``Sen. Ted Cruz``), ending before ``hi``."""
    if i >= hi or not _is_name_word(toks[i]):
        return None
    k = i
    while k + 1 < hi and _name_part(toks, k + 1):
        k += 1
    return (i, k) if k + 1 < hi else None


def _skip_adverbs_back(toks: list[_Tok], j: int, lo: int) -> int:
    n = 0
    while j >= lo and n < 3:
        t = toks[j]
        adverb = t.text.islower() and (t.lower in CUE_ADVERBS or t.lower.endswith("ly"))
        if t.is_word and (adverb or t.lower in WEEKDAYS):  # "Priebus later Thursday told"
            j -= 1
            n += 1
        elif (
            t.is_word
            and (t.lower in TIME_NOUNS or (t.text.isdigit() and len(t.text) == 4))
            and j - 1 >= lo
            and toks[j - 1].lower in TIME_PREPOSITIONS
        ):
            j -= 2  # "who in 2010 said", "Lee last week told"
            n += 1
        else:
            break
    return j


#: Days a cue may carry between its subject and itself.
WEEKDAYS: frozenset[str] = frozenset(
    {"monday", "tuesday", "wednesday", "thursday", "friday", "saturday", "sunday"}
)

#: Words that end a short time phrase between a subject and its cue ("in 2010", "last week").
TIME_NOUNS: frozenset[str] = WEEKDAYS | frozenset({"week", "month", "year", "night", "morning"})
#: Words that open such a time phrase.
TIME_PREPOSITIONS: frozenset[str] = frozenset({"in", "on", "last", "this", "that", "earlier"})


def _before_attribution(
    toks: list[_Tok], q: int, lo: int, is_person: Callable[[int, int], bool] | None = None
) -> _Attr | None:
    """``X said: "..."``, ``X told reporters, "..."``, ``According to X, "..."`` or a partial.

    The speaker is the subject of the first cue of the clause that has one (the main
    clause: ``Yepez said Perez urged leaders "..."`` is Yepez's), and the quote is
    adjacent when the clause's last cue ends at most two words before it (or a colon).
    """
    j = q - 1
    colon = False
    while j >= lo and (toks[j].text in _LEAD_PUNCT or toks[j].lower == "that"):
        colon = colon or toks[j].text == ":"
        j -= 1
    if j < lo:
        return None
    claim = next(
        (
            k
            for k in range(j - 1, lo, -1)
            if (toks[k - 1].text == "," or toks[k - 1].quote >= 0)
            and _claim_about_quote(toks, k, j)
        ),
        None,
    )
    if claim is not None and any(_cue_at(toks, c) > 0 for c in range(claim, j + 1)):
        lo = claim  # "X said ..., a claim Gbarage described as "...": the claim's own clause
    cues = [c for c in range(lo, j + 1) if toks[c].quote < 0 and _cue_at(toks, c) > 0]
    if not cues:
        # "Michael P. McDonald: "..."": a name right before the colon, no verb; or the
        # sentence's subject when it is a pronoun or a person the article names
        np = _np_before(toks, j, lo) if colon and _is_name_word(toks[j]) else None
        if np is None and colon:
            np = _quoted_from(toks, j, lo)
        if np is None and colon and is_person is not None:
            np = _sentence_subject(toks, lo, j + 1)
            if np is not None and not (
                toks[np[0]].lower in SUBJECT_PRONOUNS
                or is_person(toks[np[0]].start, toks[np[1]].end)
            ):
                np = None
        if np is None:
            return None
        at = next(k for k in range(j + 1, q) if toks[k].text == ":")
        return _Attr(np, (at, at + 1), True)
    end_last = _cue_at(toks, cues[-1])
    gap = sum(1 for t in toks[end_last : j + 1] if t.is_word or t.quote >= 0)
    adjacent = colon or gap <= 2
    # a cue right before the quote speaks for itself ("..., he said, adding, "..."");
    # a quote inside reported speech belongs to the main clause's cue, the first one
    # with a subject ("Yepez said Perez urged leaders to "...."")
    start = max(_main_clause_start(toks, lo, j + 1), _last_clause_boundary(toks, lo, j + 1))
    main = [c for c in cues if c >= start]
    last = cues[-1]
    last_first = colon or (
        gap == 0
        and not _reported_pronoun(toks, cues, main, lo, q)
        # "Judge Selby wrote that the office had offered "no more than ...": the quote is
        # the writer's, an offer is no speech of its own after another cue
        and not (
            len(cues) > 1 and cue_lexicon().get(toks[last].lower, ("",))[0] in OBJECT_ONLY_CUES
        )
    )
    for c in [last, *cues] if last_first else main or cues:
        np = _subject(toks, c, lo, q)
        if np is not None:
            break
    else:
        return None
    if toks[c - 1].text == "," and np[1] + 2 < c - 1:
        np = _named_appositive(toks, np, c - 2) or np  # "Police PRO, Insp. Ann Lee, said"
    if (
        c != last
        and toks[last - 1].text == ","
        and toks[last].lower.endswith("ing")
        and _subject(toks, last, lo, q) == np
    ):
        c = last  # "X ruled out calling an election, telling reporters it would "...""
    return _Attr(_free_relative_owner(toks, np, lo), (c, _cue_at(toks, c)), adjacent)


def _quoted_from(toks: list[_Tok], j: int, lo: int) -> tuple[int, int] | None:
    """``From the report: "..."``: a source noun phrase after "from", right before a colon."""
    np = _np_before(toks, j, lo)
    if np is None or np[0] - 1 < lo or toks[np[0] - 1].lower != "from":
        return None
    return np if _is_source_noun(toks[np[1]].lower) else None


def _reported_pronoun(toks: list[_Tok], cues: list[int], main: list[int], lo: int, q: int) -> bool:
    """``He said that he would offer "a prayer"``: the last cue's pronoun subject is inside
    the clause reported by the main clause's cue, which speaks for the quote."""
    first = (main or cues)[0]
    if first == cues[-1] or any(t.quote >= 0 for t in toks[first : cues[-1]]):
        return False
    np = _subject(toks, cues[-1], lo, q)
    return np is not None and _is_pronoun(toks, np)


def _is_pronoun(toks: list[_Tok], span: tuple[int, int]) -> bool:
    t = toks[span[0]]
    return span[0] == span[1] and (
        t.lower in SUBJECT_PRONOUNS or _contracted_pronoun(t) is not None
    )


def _free_relative_owner(toks: list[_Tok], np: tuple[int, int], lo: int) -> tuple[int, int]:
    """``Cruz railed against what he calls the "cartel"``: the sentence's subject, Cruz.

    A pronoun subject of a cue inside a free relative (``what he calls``) points back to
    the sentence's subject (``The council condemned what it called "..."``), the mention.
    """
    if np[0] != np[1] or np[0] - 1 < lo or toks[np[0] - 1].lower != "what":
        return np
    if toks[np[0]].lower not in SUBJECT_PRONOUNS - {"you", "i"}:
        return np
    owner = _sentence_subject(toks, lo, np[0] - 1)
    return np if owner is None or owner[1] >= np[0] - 1 else owner


#: Dashes that may separate a quote from its cue or its speaker's name.
DASHES: frozenset[str] = frozenset({"—", "–", "-", "―"})
#: Cue lemmas whose subject may follow them (``"...," said Trump``); other cues take
#: an object there (``cited his appearance``).
INVERSION_CUES: frozenset[str] = frozenset(
    {"say", "ask", "add", "write", "continue", "explain", "reply", "respond", "declare",
     "note", "recall", "insist", "argue", "observe", "remark", "answer", "joke", "quip",
     "conclude", "counter", "exclaim", "shout", "warn", "tweet", "read", "state",
     "cry", "yell", "scream", "chant", "sing", "wonder", "muse", "boast", "complain",
     "retort", "snap", "whisper", "mutter", "plead", "beam", "gush", "laugh", "report",
     "post", "admit", "concede", "acknowledge", "predict", "suggest", "claim", "announce",
     "agree", "opine", "recount", "caution", "exhort", "remember", "offer", "urge",
     "stress", "emphasize", "emphasise", "demand", "chime", "interject", "sigh", "confide",
     "vow", "promise", "assure", "concur", "marvel", "lament"}
)  # fmt: skip
#: Cues that report no speech of their own after another cue in the sentence ("wrote that
#: the office had offered "..."").
OBJECT_ONLY_CUES: frozenset[str] = frozenset({"offer"})
#: Cues whose participle still opens an inverted tag (""...," according to X").
PARTICIPLE_INVERSIONS: frozenset[str] = frozenset({ACCORDING_TO[0]})
#: Punctuation between a cue and the quote it introduces.
_LEAD_PUNCT: frozenset[str] = frozenset({",", ":"}) | DASHES
#: Prepositions before the subject of a participle cue ("with McCain telling", "footage of
#: Clinton asking"): the noun phrase is the participle's subject, not an object.
PARTICIPLE_SUBJECT_MARKERS: frozenset[str] = frozenset({"with", "of"})
#: Prepositions whose object is never the subject of the cue that follows it ("talking to
#: Fox News said").
OBJECT_PREPOSITIONS: frozenset[str] = frozenset(
    {"to", "with", "at", "by", "about", "into", "toward", "towards"}
)
#: Words before a cue that make its subject the clause's subject ("..., adding", "and said").
_COORDINATORS: frozenset[str] = frozenset({",", "and", "but", "to", "then", "before", "after"})
#: Conjunctions that join a cue to an earlier verb of the same subject ("laughed and said").
VERB_COORDINATORS: frozenset[str] = frozenset({"and", "but", "then"})
#: Words opening a sentence with an introductory phrase before its subject.
INTRO_WORDS: frozenset[str] = frozenset(
    {"in", "on", "at", "after", "before", "when", "while", "during", "asked", "speaking",
     "pressed", "questioned", "challenged", "quizzed", "reached", "interviewed",
     "despite", "although", "though", "since", "as", "if", "later", "earlier", "meanwhile",
     "but", "and", "yet", "so", "however", "instead", "also", "then", "now", "still", "last",
     "following", "from", "with", "without", "for", "by", "addressing", "writing", "under",
     "outside", "inside", "across", "around", "among", "amid", "throughout", "within",
     "near", "behind", "beyond", "until", "upon", "like", "unlike", "once", "because",
     "what", "whatever", "where", "why", "how"}
)  # fmt: skip
#: Words that end a described subject ("The billionaire businessman has been ...").
_SUBJECT_STOPS: frozenset[str] = frozenset(
    {"has", "have", "had", "is", "was", "are", "were", "will", "would", "can", "could",
     "also", "who", "which", "that", "did", "does", "do", "may", "might", "should", "must"}
)  # fmt: skip


def _subject(toks: list[_Tok], c: int, lo: int, hi: int) -> tuple[int, int] | None:
    """Subject of the cue at ``c``: just before it, inverted after it, or the sentence's."""
    end = _cue_at(toks, c)
    if toks[c].lower == ACCORDING_TO[0]:
        if (
            end < hi
            and toks[end].lower in ("him", "her", "them")
            and end + 1 < hi
            and toks[end + 1].text in (",", ":")  # (not "according to her "clawback" plan")
        ):
            return (end, end)  # "According to her, "...": the one she is
        return _np_after(toks, end, hi)
    b = _skip_adverbs_back(toks, c - 1, lo)
    participle = toks[c].lower.endswith("ing")
    # "emailed supporters saying": the noun before a participle is its verb's object;
    # ", calling" closes no appositive ("Trump hit Bush, calling him")
    if participle and b >= lo and toks[b].text == ",":
        np = None
    else:
        np = (
            _whose_clause_owner(toks, b, lo)
            or _relative_subject(toks, b, lo)
            or _np_before(toks, b, lo)
        )
    if not participle and (np is None or _bare_noun(toks, np)):
        # "A source familiar with the talks said", "An aide who was in the room told"
        np = _postmodified_subject(toks, b, lo) or np
    if np is not None and np[1] > np[0] + 1 and _claim_about_quote(toks, np[0], np[1] + 1):
        # "a claim (that) Gbarage dismissed as": the relative clause's subject is the cue's
        k = np[0] + 2
        if toks[k].lower == "that" and k < np[1]:
            k += 1
        np = (k, np[1])
    if (
        participle
        and np is not None
        and np[0] - 2 >= lo
        and toks[np[0] - 1].lower in ("from", "by")
        and toks[np[0] - 2].lower in AUTHORED_DOCUMENTS
    ):
        # "a notice from Phuc Hung Wood Co. saying": the document (and its author) says it
        doc = np[0] - 2
        if doc - 1 >= lo and toks[doc - 1].lower in DETERMINERS:
            doc -= 1
        return (doc, np[1])
    if (
        participle
        and np is not None
        and any(
            toks[k].lower in AUTHORED_DOCUMENTS and toks[k + 1].lower in ("from", "by")
            for k in range(np[0], np[1])
        )
    ):
        return np  # the same, read as one noun phrase ("a notice from the company saying")
    if np is not None and not (
        participle
        and np[0] > lo
        and toks[np[0] - 1].is_word
        # "with McCain telling reporters", "footage of Clinton asking"
        and toks[np[0] - 1].lower not in PARTICIPLE_SUBJECT_MARKERS
    ):
        if not participle and np[0] - 1 > lo and toks[np[0] - 1].lower in OBJECT_PREPOSITIONS:
            # "Another source speaking to Fox News said": the name is a preposition's object
            subject = _sentence_subject(toks, lo, np[0] - 1)
            if subject is not None and subject[1] < np[0] - 1:
                return subject
        return np
    prev = toks[b].lower if b >= lo else None
    intro = prev is None and end < hi and toks[end].lower in INTRO_PARTICIPLE_OBJECTS
    inverts = _cue_lemma(toks[c].lower) in INVERSION_CUES or toks[c].lower == ACCORDING_TO[0]
    if (prev is None or prev == ",") and not participle and not intro and inverts:
        # ("Pressed on the fine, Lee shrugged": an introductory participle, no inversion)
        inverted = _np_after(toks, end, hi)  # "Said Trump: ..." / ", said Clinton, ..."
        if inverted is not None and (inverted[1] + 1 >= hi or not toks[inverted[1] + 1].is_word):
            return inverted
    if prev in _COORDINATORS or participle:
        # the main clause's cue ("X said he won and added"); after a quote, the cue that
        # follows it ("X weighed in, "...," he said, adding, "...""); a participle after a
        # comma, the sentence's subject ("In Salem, N.H., Trump hit Bush, calling him ...")
        quoted = [k for k in range(lo, c) if toks[k].quote >= 0]
        if participle and prev == "," and not quoted:
            # "..., Spicer said, adding": the cue before the participle gives its subject
            start = _main_clause_start(toks, lo, c)
            subject = _first_cue_subject(toks, start, c, lo, hi) or _sentence_subject(toks, lo, c)
            if subject is not None:
                return subject
        if prev in VERB_COORDINATORS and not quoted:
            # "When she asked, I laughed and said": the clause the coordinated cue belongs
            # to starts after an introductory phrase or at its pronoun subject ("after she")
            start = _main_clause_start(toks, lo, c)
            boundary = _last_clause_boundary(toks, lo, c)
            if boundary > start and toks[boundary].lower in SUBJECT_PRONOUNS:
                start = boundary
            if start > lo:
                subject = _first_cue_subject(toks, start, c, lo, hi) or _subject_at(toks, start, c)
                if subject is not None:
                    return subject
        for first in (quoted[-1] + 1, lo) if quoted else (lo,):
            for k in range(first, c):
                if toks[k].quote < 0 and _cue_at(toks, k) > 0:
                    return _subject(toks, k, lo, hi)
        return _sentence_subject(toks, lo, c)
    return None


#: Auxiliaries of a passive cue ("was described by X as").
PASSIVE_AUXILIARIES: frozenset[str] = frozenset(
    {"was", "were", "is", "are", "been", "be", "being", "got", "gets"}
)
#: Passive cues whose subject is still the speaker ("X was quoted by the Times as saying").
REPORTED_PASSIVES: frozenset[str] = frozenset({"quoted", "cited", "reported", "asked"})
#: Passive cues whose subject is the hearer: "X was told by Y that ..." reports Y's words.
HEARER_PASSIVES: frozenset[str] = frozenset({"told"})
#: Participles that follow a document as a reduced relative, not as its cue ("a statement
#: posted to social media", "an email sent to staff").
REDUCED_RELATIVES: frozenset[str] = frozenset(
    {"posted", "sent", "written", "issued", "released", "published", "signed", "shared",
     "obtained", "reviewed", "filed", "emailed", "tweeted", "circulated", "distributed"}
)  # fmt: skip
#: Words after "read" that make it a participle after a document ("a statement read to the
#: court", "a letter read out at the meeting"), not its cue ("the statement read: ...",
#: "The statement read in part, ...").
_READ_OUT: frozenset[str] = frozenset({"to", "out", "aloud", "by", "at", "before"})
#: Nouns of documents and messages such a participle may follow.
DOCUMENT_HEADS: frozenset[str] = frozenset(
    {"statement", "statements", "letter", "letters", "email", "emails", "e-mail", "memo",
     "memos", "post", "posts", "message", "messages", "note", "notes", "video", "videos",
     "tweet", "tweets", "report", "reports", "release", "document", "documents", "remarks",
     "comments", "filing", "filings", "petition", "op-ed", "editorial", "transcript"}
)  # fmt: skip
#: Participles that give a document's author after a comma ("The memo, written by X,").
AUTHORING_PARTICIPLES: frozenset[str] = frozenset(
    {"written", "signed", "issued", "authored", "penned", "drafted", "sent", "posted"}
)
#: Most tokens between a passive cue and the "by" of its agent ("in its day by one critic").
MAX_AGENT_GAP = 6


def _passive_agent(
    toks: list[_Tok], i: int, hi: int, *, authored: bool = False, told: bool = False
) -> tuple[int, int] | None:
    """The agent after a passive cue: "by" within :data:`MAX_AGENT_GAP` tokens (a quote
    counts as one), then a name, a pronoun or a described person ("by one critic", "was
    called "dead on arrival" by Senate leaders"); after "told", the agent's "that" clause
    holds the words ("was told by magistrates that the hedge had "robbed" ...")."""
    for k in range(i, min(hi, i + MAX_AGENT_GAP)):
        t = toks[k]
        if t.text in ".;:!?":
            return None
        if t.lower == "by":
            np = _np_after(toks, k + 1, hi)
            if np is None:
                return None
            head = toks[np[1]]
            if not (
                _is_name_word(head) or _is_source_noun(head.lower) or head.lower in SUBJECT_PRONOUNS
            ):
                return None
            nxt = toks[np[1] + 1] if np[1] + 1 < hi else None
            quoted_before = any(u.quote >= 0 for u in toks[i:k])
            # the agent's words: "by X as "..."", "by X: "..."", or "called "..." by X"
            if quoted_before or (nxt is not None and (nxt.lower == "as" or nxt.quote >= 0)):
                return np
            if authored and nxt is not None and nxt.text == ",":
                return np  # "The memo, written by Sofia Lindqvist, warns that "..."
            if told and nxt is not None and nxt.lower == "that":
                return np  # "X was told by the judge that ...": the judge's words
            return None
    return None


#: Adjectives that follow a source noun with their own preposition ("a source familiar
#: with the talks", "an aide close to the senator", "officials privy to the plan").
POSTMODIFIER_ADJECTIVES: frozenset[str] = frozenset(
    {"familiar", "close", "knowledgeable", "privy", "loyal", "sympathetic", "opposed",
     "friendly", "hostile", "critical", "present", "responsible", "new", "unfamiliar"}
)  # fmt: skip
#: Most tokens between a source noun and the cue its postmodifier ends before.
MAX_POSTMODIFIER_TOKENS = 10


def _bare_noun(toks: list[_Tok], np: tuple[int, int]) -> bool:
    """A noun phrase that is neither a pronoun, a name nor a person or source noun ("the
    talks"): the object of a postmodifier rather than a subject."""
    head = toks[np[1]]
    return not (
        _is_pronoun(toks, np)
        or head.lower in RELATIVE_PRONOUNS
        or _is_name_word(head)
        or _is_source_noun(head.lower)
    )


def _postmodified_subject(toks: list[_Tok], b: int, lo: int) -> tuple[int, int] | None:
    """A described source whose postmodifier ends at token ``b``, right before the cue.

    The postmodifier is an adjective or participle with its preposition ("a source familiar
    with the talks", "one official involved in the negotiations") or a relative clause with
    no cue in it ("an aide who was in the room"); it holds words only (no comma, quote or
    sentence end). The head before it must be a person or source noun, not a name.

    >>> toks = _tokens("A source familiar with the talks", 0, 33)
    >>> _postmodified_subject(toks, len(toks) - 1, 0)
    (0, 1)
    """
    k = b
    while k > lo and b - k < MAX_POSTMODIFIER_TOKENS:
        t = toks[k]
        if not t.is_word or t.quote >= 0:
            return None
        w = t.lower
        if w in VERB_COORDINATORS or w == "or":
            return None  # "a woman asked for a photo and Clinton said": another clause
        relative = w in {"who", "that"} and k < b
        adjective = (
            k + 1 <= b
            and toks[k + 1].lower in POSTMODIFIER_PREPOSITIONS
            and (w in POSTMODIFIER_ADJECTIVES or (w.endswith(("ed", "ing")) and t.text.islower()))
        ) or (
            # "a pensioner leaving a polling station": a participle right after its head
            w.endswith("ing") and t.text.islower() and _is_source_noun(toks[k - 1].lower)
        )
        if relative or adjective:
            np = _np_before(toks, k - 1, lo)
            if (
                np is not None
                and not _is_name_word(toks[np[1]])
                and _is_source_noun(toks[np[1]].lower)
            ):
                return np
            if relative:
                return None
        k -= 1
    return None


#: Prepositions that open the object of a postmodifier ("familiar with", "involved in").
POSTMODIFIER_PREPOSITIONS: frozenset[str] = frozenset(
    {"with", "to", "in", "on", "about", "of", "for", "from", "at", "by"}
)


#: Words after a sentence-opening participle cue that make it an introductory phrase
#: ("Pressed on the fine, ...", "Asked whether she would run, ..."), not an inversion.
INTRO_PARTICIPLE_OBJECTS: frozenset[str] = frozenset(
    {"on", "about", "over", "whether", "if", "why", "how", "what", "when", "for", "by"}
)


def _first_cue_subject(
    toks: list[_Tok], start: int, c: int, lo: int, hi: int
) -> tuple[int, int] | None:
    """Subject of the first cue in ``toks[start:c]`` that has one."""
    for k in range(start, c):
        if _cue_at(toks, k) > 0:
            subject = _subject(toks, k, lo, hi)
            if subject is not None:
                return subject
    return None


#: Most tokens of a "whose" clause between its owner and the cue after it.
MAX_WHOSE_CLAUSE = 30


def _whose_clause_owner(toks: list[_Tok], b: int, lo: int) -> tuple[int, int] | None:
    """The name before ", whose ..." when the comma at ``b`` closes that clause right before
    the cue ("Clive Brantingham, whose late father, Arthur Brantingham, founded the business,
    said"): the clause's own names are not the cue's subject."""
    if b <= lo or toks[b].text != ",":
        return None
    for k in range(b - 1, max(lo, b - MAX_WHOSE_CLAUSE), -1):
        t = toks[k]
        if t.quote >= 0 or t.text in (".", ";", ":"):
            return None
        if t.lower == "whose" and k - 2 >= lo and toks[k - 1].text == ",":
            # the clause has its own verb ("founded"); without one the cue is its verb
            # ("the Conservatives, whose group leader, Torben Vinding, called it")
            verbed = any(
                w.is_word
                and w.text.islower()
                and (w.lower.endswith("ed") or w.lower in people.CLAUSE_VERBS)
                for w in toks[k + 1 : b]
            )
            np = _np_before(toks, k - 2, lo) if verbed else None
            return np if np is not None and toks[np[1]].is_cap else None
    return None


def _relative_subject(toks: list[_Tok], j: int, lo: int) -> tuple[int, int] | None:
    """``Weaver, who said``: the relative pronoun at ``j`` when a noun phrase precedes it.

    The pronoun is the mention (it is the cue's subject); the resolution step names its
    antecedent (:func:`_antecedent`).
    """
    if j <= lo or toks[j].lower not in RELATIVE_PRONOUNS:
        return None
    return (j, j) if _antecedent_np(toks, j, lo) is not None else None


def _antecedent_np(toks: list[_Tok], j: int, lo: int) -> tuple[int, int] | None:
    """The noun phrase a relative pronoun at ``j`` refers to (``Smith, who``)."""
    return _np_before(toks, j - 2 if toks[j - 1].text == "," else j - 1, lo)


def _starts_clause(toks: list[_Tok], i: int, hi: int) -> bool:
    """Whether a subject noun phrase followed by a lowercase word starts at ``i``."""
    np = _subject_at(toks, i, hi)
    if np is None or np[1] + 1 >= hi:
        return False
    nxt = toks[np[1] + 1]
    return nxt.is_word and nxt.text.islower()


def _sentence_subject(toks: list[_Tok], lo: int, hi: int) -> tuple[int, int] | None:
    """The noun phrase opening the sentence, after an introductory phrase if any."""
    if lo >= hi or toks[lo].quote >= 0:
        return None
    return _subject_at(toks, _main_clause_start(toks, lo, hi), hi)


#: Words that open a coordinate or adverbial clause after a comma ("..., while Cruz said").
CLAUSE_OPENERS: frozenset[str] = frozenset(
    {"while", "whereas", "but", "although", "though", "because", "since", "yet"}
)


#: Conjunctions that open an introductory subordinate clause ("When Trump said ..., the crowd").
SUBORDINATORS: frozenset[str] = frozenset(
    {"when", "after", "as", "if", "while", "because", "since", "although", "though",
     "before", "once", "until", "whenever", "unless"}
)  # fmt: skip
#: Conjunctions that open a new clause when a subject and its verb follow ("and he noted").
PRONOUN_CLAUSE_OPENERS: frozenset[str] = CLAUSE_OPENERS | frozenset(
    {"and", "when", "as", "after", "before", "until", "once", "so", "whenever", "which", "with"}
)


def _last_clause_boundary(toks: list[_Tok], lo: int, hi: int) -> int:
    """Start of the last clause before ``hi``: after ``;``, ``, while``/``, but`` or a
    conjunction followed by a subject pronoun (``..., but he also noted``, ``when she told``).
    """
    for k in range(hi - 1, lo, -1):
        t = toks[k]
        if t.text == ";" or (t.lower in CLAUSE_OPENERS and toks[k - 1].text == ","):
            return k + 1
        if t.lower in PRONOUN_CLAUSE_OPENERS and k + 1 < hi:
            nxt = toks[k + 1]
            if nxt.lower in SUBJECT_PRONOUNS - {"it", "you", "i"} or _starts_clause(
                toks, k + 1, hi
            ):
                return k + 1
    return lo


def _common_opener(toks: list[_Tok], i: int, hi: int) -> bool:
    """A capitalised common word opening a sentence, not a name (``Hours later, she``).

    Not when a cue, a comma or a name follows it (``White said``, ``Price, the secretary``),
    nor when it is a person or source noun (``Officials said``).
    """
    t = toks[i]
    nxt = toks[i + 1] if i + 1 < hi else None
    if (
        t.is_cap
        and t.lower.endswith("ly")
        and nxt is not None
        and nxt.text.islower()
        and nxt.lower.endswith("ing")
    ):
        return True  # "Hastily politicizing the tragedy, Trump ...": an adverb
    if (
        t.is_cap
        and len(t.text) >= 7
        and t.lower.endswith("ing")
        and nxt is not None
        and nxt.is_word
        and nxt.text.islower()
        and _cue_at(toks, i) < 0
        and _cue_at(toks, i + 1) < 0
    ):
        return True  # "Reprising one of her lines, the former secretary ...": a participle
    if not t.is_cap or t.lower not in common_words() or _is_source_noun(t.lower):
        return False
    return nxt is not None and nxt.is_word and not _is_name_word(nxt) and _cue_at(toks, i + 1) < 0


def _main_clause_start(toks: list[_Tok], lo: int, hi: int) -> int:
    """Where the main clause starts: after an introductory phrase and its comma, if any."""
    i = lo
    if i + 1 < hi and toks[i].lower.endswith("ly") and toks[i + 1].text == ",":
        i += 2  # "Hastily, ..."
    if i < hi and (toks[i].lower in INTRO_WORDS or _common_opener(toks, i, hi)):
        # the subject follows the comma closing the introductory phrase: the first comma
        # followed by a noun phrase and a lowercase word ("In Salem, N.H., Trump went")
        commas = [k for k in range(i, hi) if toks[k].text == ","]
        i = next((k + 1 for k in commas if _starts_clause(toks, k + 1, hi)), i + 1)
    return i


def _subject_at(toks: list[_Tok], i: int, hi: int) -> tuple[int, int] | None:
    """A subject noun phrase starting at ``i``: pronoun, name with roles, or description."""
    if i >= hi or not toks[i].is_word:
        return None
    t = toks[i]
    if t.lower in SUBJECT_PRONOUNS or _contracted_pronoun(t) is not None:
        return (i, i)
    share = _quantity_at(toks, i, hi)
    if share is not None:
        return share  # "22 percent say", "About four in 10 said"
    common = _common_opener(toks, i, hi)
    if (_is_name_word(t) and not common) or t.lower in ROLE_MODIFIERS:
        return _np_after(toks, i, hi)
    if t.lower in DETERMINERS or _is_source_noun(t.lower) or common:
        end = None
        for k in range(i, min(hi, i + MAX_DESCRIPTION_MODIFIERS + 3)):
            w = toks[k]
            if not w.is_word or w.lower in _SUBJECT_STOPS or (k > i and _cue_at(toks, k) > 0):
                break
            if _is_source_noun(w.lower) or (_is_name_word(w) and not (k == i and common)):
                end = k
                nxt = toks[k + 1] if k + 1 < hi else None
                if nxt is None or not (
                    nxt.is_word and (_is_source_noun(nxt.lower) or _is_name_word(nxt))
                ):
                    break  # "The senator | emailed supporters"
            elif k > i and w.lower in FUNCTION_WORDS:
                break
        if end is None:
            return None
        return _apposed_name_after(toks, end, hi) or (i, end)
    return None


def _apposed_name_after(toks: list[_Tok], end: int, hi: int) -> tuple[int, int] | None:
    """The name set off by commas after a description that ends at ``end`` or a few
    lowercase words later ("The hospital's chief nursing officer, Patricia Moynihan,")."""
    j = end
    while j + 1 < hi and j - end < 3 and toks[j + 1].is_word and toks[j + 1].text.islower():
        if toks[j + 1].lower in FUNCTION_WORDS:
            return None
        j += 1
    if not (_is_source_noun(toks[j].lower) and j + 2 < hi and toks[j + 1].text == ","):
        return None
    m = j + 2
    while m < hi and m - j <= MAX_NAME_TOKENS and toks[m].text != ",":
        m += 1
    if m < hi and m > j + 2 and _name_between(toks, j + 2, m - 1):
        return (j + 2, m - 1)
    return None


# --- step 5: the article -----------------------------------------------------------------


@functools.lru_cache(maxsize=256)
def _quotes_cached(article: Article) -> tuple[Quote, ...]:
    text = article.text
    blocks = article.blocks
    chunks = _find_chunks(text, blocks)
    if not chunks:
        return ()
    ctx = _Context(text, blocks, chunks, article=article)
    for c in chunks:
        ctx.out.append(
            Quote(c.start, c.end, blocks[c.block].paragraph_id, c.group, closed=c.closed)
        )
    for ci, c in enumerate(chunks):
        ctx.by_block.setdefault(c.block, []).append(ci)
    for bi in sorted(ctx.by_block):
        _attribute_block(ctx, bi)
    _share_groups(ctx.out)
    _resolve(article, ctx.out, ctx.mentions)
    _orphan_titles(text, ctx.out)
    _renumber_groups(ctx.out)
    return tuple(ctx.out)


def _orphan_titles(text: str, out: list[Quote]) -> None:
    """A short title-case span that nothing attributes (no cue, no mention, no speaker,
    not part of a longer quote) names a work, a slogan or a sign: a phrase ("a 2025 report
    by the fund, "Thirst and the Sun," estimated ...")."""
    sizes: dict[int, int] = {}
    for q in out:
        sizes[q.group_id] = sizes.get(q.group_id, 0) + 1
    for q in out:
        if (
            q.kind != "phrase"
            and q.mention is None
            and q.speaker is None
            and q.cue is None
            and sizes[q.group_id] == 1
            and word_count(text[q.start : q.end]) <= MAX_TITLE_WORDS
            and _title_case(text[q.start : q.end])
        ):
            q.kind = "phrase"


@dataclass
class _Context:
    """Working state of one article while its quotes are attributed."""

    text: str
    blocks: Sequence[Block]
    chunks: list[_Chunk]
    out: list[Quote] = field(default_factory=list)
    by_block: dict[int, list[int]] = field(default_factory=dict)
    mentions: dict[int, tuple[_Tok, _Tok]] = field(default_factory=dict)
    #: (block index, its last quote, whether the block ends with that quote or its cue)
    last: tuple[int, int, bool] | None = None

    article: Article | None = None
    _person_spans: list[tuple[int, int]] | None = None

    def is_person(self, s: int, e: int) -> bool:
        """Whether ``[s, e)`` overlaps a mention of a person :func:`people.persons` finds."""
        if self._person_spans is None:
            found = _safe_persons(self.article) if self.article is not None else ()
            self._person_spans = sorted(m for p in found for m in p.mentions)
        k = bisect.bisect_left(self._person_spans, (e,))
        return any(b > s for _, b in self._person_spans[max(0, k - 3) : k])

    def tokens(self, bi: int) -> list[_Tok]:
        return _block_tokens(self.text, self.blocks[bi], self.chunks, self.by_block.get(bi, []))

    def previous_block(self, bi: int) -> int | None:
        """The sentence-labelled block just before ``bi`` (boilerplate in between is skipped)."""
        return self._first_sentence_block(range(bi - 1, -1, -1))

    def next_block(self, bi: int) -> int | None:
        """The sentence-labelled block just after ``bi`` (boilerplate in between is skipped)."""
        return self._first_sentence_block(range(bi + 1, len(self.blocks)))

    def _first_sentence_block(self, order: range) -> int | None:
        return next((k for k in order if self.blocks[k].label in SENTENCE_LABELS), None)


#: Cue words that give a whole report's source after the sentence it reports.
_REPORTING_CUES: frozenset[str] = frozenset({ACCORDING_TO[0], "reported", "reports", "report"})


def _attribute_block(ctx: _Context, bi: int) -> None:
    text, chunks, out = ctx.text, ctx.chunks, ctx.out
    toks = ctx.tokens(bi)
    qpos = [i for i, t in enumerate(toks) if t.quote >= 0]
    breaks = [i for i in range(len(toks)) if _is_break(toks, i, text, chunks)]
    opening = next((i for i, t in enumerate(toks) if t.is_word or t.quote >= 0), None)
    prev_q: int | None = None
    for q in qpos:
        ci = toks[q].quote
        quote = out[ci]
        lo = _sentence_start(breaks, q)
        hi = _sentence_end(breaks, q, len(toks))
        words = word_count(text[quote.start : quote.end])
        phrase_strength = _looks_like_phrase(toks, q, lo, text, quote, words)
        after = _after_attribution(toks, q, hi)
        before = _before_attribution(toks, q, lo, ctx.is_person)
        mid_sentence = q > lo and toks[q - 1].text not in _LEAD_PUNCT
        ends_sentence = _is_break(toks, q, text, chunks)
        if (
            after is not None
            and ends_sentence
            and (
                not after.adjacent
                or _takes_clause(toks, after)
                or (prev_q is not None and _reports_more(toks, after, hi))
            )
        ):
            # a later ", he says," or "He bemoaned that ..." belongs to the next sentence
            after = None
        if (
            after is not None
            and after.adjacent
            and (
                # a quote inside a sentence: the next sentence is not its cue, nor is a clause
                # after it unless the quote closes with punctuation ("...," X said)
                (mid_sentence and (ends_sentence or not _closes_clause(text, quote, toks, q)))
                # "X said: "..." Her critics cited it": the cue before wins over the next sentence
                or (ends_sentence and before is not None and before.adjacent)
                # "X responds, "Why now?" Y writes back, "..."": that cue opens the next quote
                or (before is not None and before.adjacent and _introduces_quote(toks, after, hi))
                # "Trump claimed that "...," one of the prosecutors said the cases differ":
                # a cue clause that reports content of its own is not this quote's tag
                or (
                    mid_sentence
                    and before is not None
                    and after.mention[1] < after.cue[0]
                    and not _ends_tag(toks, after.cue[0], after.cue[1], hi)
                )
                # "Lee, who has described it as "...," said her players would": an inverted
                # cue after a quote its clause introduced must name someone to be its tag
                or (
                    mid_sentence
                    and before is not None
                    and after.mention[0] > after.cue[0]
                    and toks[after.cue[0]].lower != ACCORDING_TO[0]
                    and not _is_name_word(toks[after.mention[1]])
                )
            )
        ):
            after = None
        if (
            after is not None
            and not after.adjacent
            and before is not None
            and before.adjacent
            and before.mention[1] < before.cue[0]
            # (the source of the whole report: "..., according to The New York Times",
            # "..., reported the Washington Examiner")
            and toks[after.cue[0]].lower not in _REPORTING_CUES
        ):
            # "X said the report "..." made by the city, pointing to flats it says will
            # come": a cue right before the quote, with its subject, is the quote's; a
            # later one in the sentence reports something else
            after = None
        if (
            after is not None
            and (not after.adjacent or mid_sentence)
            and before is not None
            and toks[lo].lower in SUBORDINATORS
        ):
            # "When Trump said he would "protect" them, the crowd applauded": the quote
            # belongs to the introductory clause's cue, not to the main clause after it
            after = None
        phrase = phrase_strength == "strong" or (phrase_strength == "weak" and before is None)
        attr, attr_toks = None, toks
        if after is not None and not phrase:
            attr = after
            # "The plant is "functionally obsolete," according to the study": a fragment of
            # the reporter's sentence, not the sentence the speaker said
            fragment = mid_sentence and text[quote.start].islower()
            quote.kind = "speech" if after.adjacent and not fragment else "partial"
        elif before is not None and not phrase:
            attr = before
            introduced = toks[q - 1].text in {":", ","} or text[quote.start].isupper()
            quote.kind = (
                "speech"
                if (before.adjacent and introduced)
                or _sentence_after_comma(toks, q, before, text, quote, words)
                else "partial"
            )
        elif phrase:
            quote.kind = "phrase"
        elif (owner := _speech_noun_owner(toks, lo, q)) is not None:
            # "her remark that "...", "Trump's claim that Obama "founded ISIS"": the words
            # a possessor's speech noun reports are that possessor's
            attr = owner
            quote.kind = (
                "speech" if owner.adjacent and _clause_like(text, quote, words) else "partial"
            )
        elif (
            prev_q is not None
            and _attributed(out[toks[prev_q].quote])
            and _same_utterance(toks, prev_q, q, breaks)
            and (words >= MIN_SPEECH_WORDS or _clause_like(text, quote, words, 1))
        ):
            prev = toks[prev_q].quote
            quote.kind = "speech"
            quote.copy_of = out[prev].copy_of if out[prev].copy_of is not None else prev
            quote.copy_method = "split"
        elif q == opening and not chunks[ci].continued and _clause_like(text, quote, words, 2):
            quote.kind = "speech"
            intro = _dash_byline_after(ctx, bi, toks, q)
            if intro is None:
                intro = _paragraph_intro(ctx, bi, colon=True)
            if intro is None and ends_sentence:
                # ""...." That was the view of Ann Lee.": the next sentence names the speaker
                attr = _next_sentence_attribution(toks, q + 1, breaks, ctx.is_person)
                if attr is None and not any(t.is_word or t.quote >= 0 for t in toks[q + 1 :]):
                    # the quote is the whole paragraph: "Those are the words of Ann Lee, ..."
                    # may open the next one
                    intro = _next_paragraph_owner(ctx, bi)
            if intro is None and attr is None:
                _continue_previous(ctx, bi, quote)
            if intro is None and attr is None and quote.copy_of is None and ends_sentence:
                # ""Fridays are down by a third." Graciela Montemayor keeps the numbers in a
                # notebook ...": the person the next sentence opens with spoke
                named = _named_next_subject(ctx, toks, q + 1, breaks)
                if named is not None:
                    _set_mention(ctx, ci, toks[named[0]], toks[named[1]])
            if intro is None and attr is None and quote.copy_of is None and quote.mention is None:
                intro = _paragraph_intro(ctx, bi, colon=False)
            if intro is not None:
                attr, attr_toks = intro
        elif _opens_sentence(toks, q, lo) and lo > 0 and _clause_like(text, quote, words, 2):
            # "Clinton said she had made progress. "I really believe ..."": the sentence
            # before, with a cue and no quote of its own, introduces the speaker
            quote.kind = "speech"
            plo = _sentence_start(breaks, lo - 1)
            if not any(t.quote >= 0 and out[t.quote].kind != "phrase" for t in toks[plo:lo]):
                attr = _before_attribution(toks, lo, plo)
                subject = None if attr is not None else _person_subject(ctx, toks, plo, lo)
                if subject is not None:
                    # "Calloway shrugged. "If they want to fine me, ..."": with no cue, the
                    # sentence before is about the person whose words follow
                    _set_mention(ctx, ci, toks[subject[0]], toks[subject[1]])
        else:
            quote.kind = "speech" if _clause_like(text, quote, words) else "phrase"
            earlier = [toks[k].quote for k in qpos if k < q and _attributed(out[toks[k].quote])]
            own = (
                _person_subject(ctx, toks, lo, q)
                if quote.kind == "speech" and not phrase and mid_sentence
                else None
            )
            if own is not None:
                # "She wants the candidates "to admit it."": the sentence's own subject
                # speaks, not the paragraph's earlier speaker
                _set_mention(ctx, ci, toks[own[0]], toks[own[1]])
            elif quote.kind == "speech" and earlier and not phrase:
                # a cue-less sentence quote later in a paragraph that quoted someone
                src = (
                    out[earlier[-1]].copy_of
                    if out[earlier[-1]].copy_of is not None
                    else earlier[-1]
                )
                quote.copy_of = src
                quote.copy_method = "continuation"
            elif (
                quote.kind == "speech"
                and not phrase
                and lo > 0
                # not a title inside a sentence ("A report by the fund, "Salt and Sea," found")
                and (_opens_sentence(toks, q, lo) or not _title_case(text[quote.start : quote.end]))
            ):
                # "Kaniewska leads a youth hub. "We see this ..."": the sentence before
                # is about the person whose words follow
                subject = _person_subject(ctx, toks, _sentence_start(breaks, lo - 1), lo)
                if subject is not None:
                    _set_mention(ctx, ci, toks[subject[0]], toks[subject[1]])
            elif phrase_strength is None and quote.kind == "phrase":
                subject = _person_subject(ctx, toks, lo, q)
                if subject is not None:
                    # "Trump's "excesses" are sickening": a fragment in the predicate of a
                    # sentence about a person is that person's words (no cue verb to name)
                    quote.kind = "partial"
                    _set_mention(ctx, ci, toks[subject[0]], toks[subject[1]])
        if (
            attr is None
            and quote.mention is None
            and quote.copy_of is None
            and quote.kind == "speech"
            and ends_sentence
        ):
            attr = _next_sentence_attribution(
                toks, q + 1, breaks, ctx.is_person
            )  # ""..." That is how X put it."
            if attr is None and q == opening and not chunks[ci].continued:
                _previous_subject(ctx, bi, ci)
        if attr is not None:
            _set_attribution(ctx, ci, attr, attr_toks)
            # a split quote: "A," he says, "B." -- the same mention attributes both
            if prev_q is not None and out[toks[prev_q].quote].mention == quote.mention:
                old, quote.group_id = quote.group_id, out[toks[prev_q].quote].group_id
                j = ci + 1  # "B" running on over paragraphs: its parts take A's group too
                while j < len(out) and out[j].group_id == old:
                    out[j].group_id = quote.group_id
                    j += 1
        if quote.kind != "phrase":
            prev_q = q
    if qpos:
        last = toks[qpos[-1]].quote
        ctx.last = (bi, last, _ends_with_quote(toks, out, last))
    else:
        ctx.last = None


#: Nouns of things said whose possessor said the quote they introduce ("her remark that
#: "...", "Trump's claim that ...", "His assumption ... was that "..."").
SPEECH_NOUNS: frozenset[str] = frozenset(
    {"claim", "claims", "remark", "remarks", "comment", "comments", "warning", "assertion",
     "assumption", "answer", "reply", "response", "promise", "pledge", "vow", "argument",
     "contention", "insistence", "demand", "suggestion", "prediction", "complaint",
     "admission", "accusation", "charge", "boast", "insult", "joke", "quip", "retort",
     "message", "reaction", "verdict", "advice"}
)  # fmt: skip
#: Forms of "be" that end a speech noun's source ("The message from X was clear: ...").
COPULAS: frozenset[str] = frozenset({"was", "is", "were", "are", "has", "had"})
#: Most tokens from a possessor to the quote its speech noun introduces.
MAX_SPEECH_NOUN_REACH = 14


def _speech_noun_owner(toks: list[_Tok], lo: int, q: int) -> _Attr | None:
    """``his warning that Britain would go to the "back of the queue"``: the possessor of a
    speech noun that introduces the quote (through "that", a colon, or "was"), or the source
    after "from" ("The message from the union was blunt: "..."), with no other quote
    between; None otherwise."""
    for k in range(q - 1, max(lo, q - MAX_SPEECH_NOUN_REACH) - 1, -1):
        t = toks[k]
        if t.quote >= 0 or (t.text in ".;!?" and not _abbreviation_dot(toks, k)):
            return None
        if t.lower not in SPEECH_NOUNS or k - 1 < lo:
            continue
        if not any(w.lower in {"that", "was", "is"} or w.text == ":" for w in toks[k + 1 : q]):
            return None
        if k + 2 < q and toks[k + 1].lower == "from":
            source = _np_after(toks, k + 2, q)
            if source is None:
                return None
            stop = next(
                (m for m in range(source[0], source[1] + 1) if toks[m].lower in COPULAS), None
            )
            if stop is not None:
                if stop == source[0]:
                    return None
                source = (source[0], stop - 1)  # "the union was just as blunt"
            return _Attr(source, (k, k + 1), toks[q - 1].text == ":")
        owner = k - 1
        while (
            owner >= lo
            and owner > k - 4
            and not (toks[owner].lower in people.POSSESSIVE_PRONOUNS or _is_possessive(toks[owner]))
        ):
            if not toks[owner].is_word:
                return None
            owner -= 1  # "her long, pre-campaign embrace", "his past comments"
        if owner < lo or owner <= k - 4:
            return None
        if toks[owner].lower in people.POSSESSIVE_PRONOUNS:
            mention = (owner, owner)
        else:
            np = _np_before(toks, owner, lo)
            mention = np if np is not None else (owner, owner)
        return _Attr(mention, (k, k + 1), toks[q - 1].text == ":")
    return None


#: How a sentence after a quote opens when it names the quote's speaker ("That is how Ann
#: Lee put it.", "That's what the mayor said."): lowercase tokens.
NEXT_SENTENCE_OPENERS: tuple[tuple[str, ...], ...] = tuple(
    (*that, word)
    for that in (("that", "is"), ("that", "was"), ("that's",), ("that’s",))
    for word in ("how", "what")
)


#: Nouns of a verdict that a sentence after a quote gives its owner ("That was the view of
#: Ann Lee", "Those were the words of the mayor"): the speech nouns and these.
VERDICT_NOUNS: frozenset[str] = SPEECH_NOUNS | {
    "view", "views", "words", "assessment", "opinion", "conclusion", "take", "plea",
    "feeling", "sentiment", "position", "diagnosis", "thoughts", "summary", "judgment",
    "judgement", "observation", "outlook", "forecast", "appeal", "reply", "worry", "fear",
    "hope", "concern", "lament", "explanation", "account", "recollection", "memory",
    "testimony", "evidence", "tribute",
}  # fmt: skip
#: Most lowercase words between "the" and a verdict noun ("the blunt, considered view").
MAX_VERDICT_MODIFIERS = 3


def _next_sentence_attribution(
    toks: list[_Tok],
    lo: int,
    breaks: list[int],
    is_person: Callable[[int, int], bool] | None = None,
) -> _Attr | None:
    """The cue clause of the sentence from token ``lo`` on (the one after a quote) when it
    opens with "That is how" and the like, or the owner of a verdict it names ("That was the
    view of Ann Lee"); None otherwise."""
    lo = _past_punctuation(toks, lo)  # the sentence's closing punctuation
    for opener in NEXT_SENTENCE_OPENERS:
        k = lo + len(opener)
        if k < len(toks) and tuple(t.lower for t in toks[lo:k]) == opener:
            attr = _cue_clause(toks, k, _sentence_end(breaks, k, len(toks)))
            if attr is not None:
                attr.adjacent = False
            return attr
    return _verdict_owner(toks, lo, _sentence_end(breaks, lo, len(toks)), is_person)


def _past_punctuation(toks: list[_Tok], lo: int) -> int:
    """The first token from ``lo`` on that is a word or a quote."""
    while lo < len(toks) and not toks[lo].is_word and toks[lo].quote < 0:
        lo += 1
    return lo


def _verdict_owner(
    toks: list[_Tok], lo: int, hi: int, is_person: Callable[[int, int], bool] | None = None
) -> _Attr | None:
    """``That was the blunt assessment of retired teacher Ann Lee``, ``Those were the words
    of the mayor``, ``The words came from Ann Lee``, ``So said Ann Lee``, ``That was Ann
    Lee, a ...``: the owner of the verdict a sentence names (after "of", "from" or an opener
    of :data:`OWNER_OPENERS`, or a name right after "That was")."""
    for opener, cue in OWNER_OPENERS:
        n = len(opener)
        if lo + n < hi and all(toks[lo + i].lower in w for i, w in enumerate(opener)):
            return _owner_after(toks, lo + n, hi, (lo + cue, lo + cue + 1))
    owner = _named_after_that_was(toks, lo, hi, is_person)
    if owner is not None:
        return owner
    if not (
        lo + 4 < hi
        and toks[lo].lower in ("that", "this", "those", "these", "such")
        and toks[lo + 1].lower in ("was", "is", "were", "are")
        and toks[lo + 2].lower in ("the", "a")
    ):
        return None
    k = lo + 3
    while k < hi and k - lo - 3 < MAX_VERDICT_MODIFIERS and toks[k].lower not in VERDICT_NOUNS:
        if not toks[k].is_word and toks[k].text != ",":
            return None
        if toks[k].is_word and _is_name_word(toks[k]):
            return None
        k += 1
    if k + 2 >= hi or toks[k].lower not in VERDICT_NOUNS:
        return None
    if toks[k + 1].lower not in ("of", "from"):
        # "That was the message board President Hollis Treadaway gave a packed cafeteria"
        np = _np_after(toks, k + 1, hi)
        if np is None or np[1] + 1 >= hi or toks[np[1] + 1].lower not in VERDICT_GIVING_VERBS:
            return None
        return _Attr(np, (k, k + 1), False)
    return _owner_after(toks, k + 2, hi, (k, k + 1))


def _named_after_that_was(
    toks: list[_Tok], lo: int, hi: int, is_person: Callable[[int, int], bool] | None
) -> _Attr | None:
    """``That was Ray Collingsworth, a retired banker ...``, ``That's Harlan Boudreaux, who
    runs ...``: a person's full name right after the opener, then a comma or the end."""
    if is_person is None or lo >= hi:
        return None
    if toks[lo].lower in ("that's", "that’s"):
        k = lo + 1
    elif lo + 1 < hi and toks[lo].lower in ("that", "this") and toks[lo + 1].lower in ("was", "is"):
        k = lo + 2
    else:
        return None
    if k + 1 >= hi or not (toks[k].is_cap and toks[k + 1].is_cap):
        return None
    np = _np_after(toks, k, hi)
    if (
        np is None
        or np[0] != k
        or np[1] == np[0]
        or not _name_between(toks, np[0], np[1])
        or (np[1] + 1 < hi and toks[np[1] + 1].text not in (",", "."))
        or not is_person(toks[np[0]].start, toks[np[1]].end)
    ):
        return None
    return _Attr(np, (k - 1, k), False)


def _owner_after(toks: list[_Tok], i: int, hi: int, cue: tuple[int, int]) -> _Attr | None:
    """The speaker noun phrase from token ``i`` as an attribution with ``cue``, if any."""
    np = _np_after(toks, i, hi)
    return None if np is None else _Attr(np, cue, False)


#: Openers of a sentence after a quote that name its owner right after them: the lowercase
#: words each token may be, and the index of the cue word among them.
OWNER_OPENERS: tuple[tuple[tuple[frozenset[str], ...], int], ...] = (
    ((frozenset({"so"}), frozenset({"said", "says"})), 1),  # "So said Ann Lee"
    # "The words came from Ann Lee"
    ((frozenset({"the"}), VERDICT_NOUNS, frozenset({"came"}), frozenset({"from"})), 1),
    # "The speaker is Pastor Rubén Carrasco of ..."
    ((frozenset({"the"}), frozenset({"speaker"}), frozenset({"is", "was"})), 1),
)
#: Verbs after the owner of a verdict named before them ("the message X gave").
VERDICT_GIVING_VERBS: frozenset[str] = frozenset(
    {"gave", "gives", "delivered", "delivers", "offered", "offers", "had", "has", "sent",
     "sends", "shared", "shares"}
)  # fmt: skip


def _person_subject(ctx: _Context, toks: list[_Tok], lo: int, q: int) -> tuple[int, int] | None:
    """The sentence's subject before quote ``q`` when it is a pronoun or a named person."""
    np = _sentence_subject(toks, lo, q)
    if np is None:
        return None
    nxt = np[1] + 1
    if nxt + 3 < q and toks[nxt].text == "(" and toks[nxt + 2].text == ")":
        nxt += 3  # "Kyle Bremner (34) walks his dogs": the age in brackets
    if nxt >= q or not toks[nxt].is_word:
        return None
    first = toks[np[0]]
    pronoun = _contracted_pronoun(first) or first.lower
    if pronoun in SUBJECT_PRONOUNS - {"it", "you"}:
        return np
    if pronoun in SUBJECT_PRONOUNS:
        return None
    if (
        _is_possessive(toks[np[1]])
        and toks[np[1] + 1].lower not in SPEECH_NOUNS
        and q - np[1] <= MAX_OWNED_PHRASE
        and toks[q - 1].lower in ("of", "for", "called", "named", "dubbed")
    ):
        return None  # "Byrd's strategy of "massive resistance"": the strategy's name
    return np if ctx.is_person(first.start, toks[np[1]].end) else None


#: Most tokens from a possessive subject to a quote that names what it owns.
MAX_OWNED_PHRASE = 5


def _closes_clause(text: str, quote: Quote, toks: list[_Tok], q: int) -> bool:
    """Whether the quote ends with punctuation or is followed by a comma or dash."""
    inner = text[quote.start : quote.end].rstrip("’'\" ")
    nxt = toks[q + 1].text if q + 1 < len(toks) else ""
    return inner[-1:] in ",.!?;:—–-…" or nxt in _LEAD_PUNCT


def _attributed(quote: Quote) -> bool:
    return quote.mention is not None or quote.copy_of is not None


def _set_attribution(ctx: _Context, ci: int, attr: _Attr, toks: list[_Tok]) -> None:
    quote = ctx.out[ci]
    c = attr.cue[0]
    passive = any(t.lower in PASSIVE_AUXILIARIES for t in toks[max(0, c - 3) : c])
    authored = toks[c].lower in AUTHORING_PARTICIPLES and c >= 1 and toks[c - 1].text == ","
    told = passive and toks[c].lower in HEARER_PASSIVES
    if (
        (passive and toks[c].lower.endswith("ed") and toks[c].lower not in REPORTED_PASSIVES)
        or authored
        or told
    ):
        agent = _passive_agent(toks, attr.cue[1], len(toks), authored=authored, told=told)
        if agent is not None:  # "was dismissed by one critic as "..."": the critic's words
            attr = _Attr(agent, attr.cue, attr.adjacent)
    _set_mention(ctx, ci, toks[attr.mention[0]], toks[attr.mention[1]])
    c0, c1 = toks[attr.cue[0]], toks[attr.cue[1] - 1]
    quote.cue = ctx.text[c0.start : c1.end]


#: Two or more words in capitals opening a mention: a run-in heading ("ROLL TIDE Alabama
#: fans", "CONGRESS HAS INVESTIGATED HIM — Oz's advice ..."), not part of who speaks.
_SHOUTED_LEAD: re.Pattern[str] = re.compile(r"(?:[A-Z][A-Z’'.&-]+[\s—–―-]+){2,}")
_SHOUTED_ALL: re.Pattern[str] = re.compile(r"[A-Z][A-Z’'.&-]+(?:\s+[A-Z][A-Z’'.&-]+)+")


def _set_mention(ctx: _Context, ci: int, m0: _Tok, m1: _Tok) -> None:
    """Make tokens ``m0..m1`` quote ``ci``'s mention (a contraction gives its pronoun).

    A heading in capitals that opens the span is left out of the mention; a span that is
    all such a heading gives no mention.
    """
    if m0 is not m1 and m0.text.isupper():
        span = ctx.text[m0.start : m1.end]
        if _SHOUTED_ALL.fullmatch(span):
            return
        lead = _SHOUTED_LEAD.match(span)
        if lead is not None:
            word = _TOKEN.match(span, lead.end())
            if word is None:
                return
            s0 = m0.start + lead.end()
            m0 = _Tok(word.group(), word.group().lower(), s0, s0 + len(word.group()))
    if m0 is m1:
        stem = _contracted_pronoun(m0)
        if stem is not None:  # "It's denouncing": the mention is "It"
            m0 = m1 = _Tok(m0.text[: len(stem)], stem, m0.start, m0.start + len(stem))
    ctx.out[ci].mention = (m0.start, m1.end)
    ctx.mentions[ci] = (m0, m1)


#: Most words of a byline paragraph after a quote ("— Ann Lee, Dayton").
MAX_DASH_BYLINE_WORDS = 12


def _dash_byline_after(
    ctx: _Context, bi: int, toks: list[_Tok], q: int
) -> tuple[_Attr, list[_Tok]] | None:
    """A quote that fills its paragraph, and a next paragraph that is a dash and a name
    ("- Bernie Sanders.", "— Ann Lee, Dayton", as fact checks, epigraphs and reader comments
    print them): the name is the speaker."""
    if any(t.is_word or t.quote >= 0 for t in toks[q + 1 :]):
        return None
    nb = bi + 1
    if nb >= len(ctx.blocks) or nb in ctx.by_block:
        return None
    block = ctx.blocks[nb]
    if len(ctx.text[block.start : block.end].split()) > MAX_DASH_BYLINE_WORDS:
        return None
    ntoks = ctx.tokens(nb)
    name = _dash_name(ntoks, 0, ",.(;")
    if name is None or not _name_between(ntoks, 1, name[1]):
        return None
    return _Attr(name, (0, 1), True), ntoks


def _dash_name(toks: list[_Tok], d: int, followers: str) -> tuple[int, int] | None:
    """The name after a dash at token ``d`` ("— Carla Sanchez"), when the tokens end with it
    or one of ``followers`` comes next; None otherwise."""
    i = d + 1
    if i >= len(toks) or toks[d].text not in DASHES or not _is_name_word(toks[i]):
        return None
    k = i
    while k + 1 < len(toks) and _name_part(toks, k + 1):
        k += 1
    if k + 1 < len(toks) and toks[k + 1].text not in followers:
        return None
    return (i, k)


def _paragraph_intro(ctx: _Context, bi: int, *, colon: bool) -> tuple[_Attr, list[_Tok]] | None:
    """The previous paragraph's last sentence introduces this paragraph's opening quote.

    With ``colon``, a sentence ending with a colon (``He told the crowd:``); otherwise a
    sentence with a cue and a subject and no quote of its own (``Clinton praised Obama.``).
    """
    pb = ctx.previous_block(bi)
    if pb is None:
        return None
    block = ctx.blocks[pb]
    if ctx.text[block.start : block.end].rstrip().endswith(":") != colon:
        return None
    toks = ctx.tokens(pb)
    breaks = [i for i in range(len(toks)) if _is_break(toks, i, ctx.text, ctx.chunks)]
    end = len(toks)
    lo = _sentence_start(breaks, end - 1 if not colon and end else end)
    if not colon and _holds_speech(ctx, toks[lo:end]):
        return None
    toks.append(_Tok("", "", block.end, block.end, len(ctx.chunks)))  # the quote to come
    attr = _before_attribution(toks, end, lo, ctx.is_person)
    if attr is None and colon:
        attr = _speech_noun_owner(toks, lo, end)  # "His verdict on the weather was short:"
    if attr is None or attr.mention[1] >= end:
        return None
    if any(t.quote >= 0 for t in toks[attr.cue[1] : end]):
        return None  # "... a chain reaction biologists call "apparent competition."": a name
    if (
        not colon
        and attr.mention[0] > lo
        and toks[attr.mention[0] - 1].lower in SUBORDINATORS
        and toks[attr.mention[0] - 1].lower != "as"  # ("as the foundation's website notes")
    ):
        return None  # "... harvest early whenever the weather bureau forecasts heat.": no intro
    return attr, toks


def _next_paragraph_owner(ctx: _Context, bi: int) -> tuple[_Attr, list[_Tok]] | None:
    """The owner a story paragraph's first sentence gives the quote that fills the paragraph
    before it ("That was the message from Ann Lee, who runs the shop", "Those are the words
    of Ann Lee", "That is how Ann Lee described it"), when that sentence quotes no one."""
    nb = ctx.next_block(bi)
    if nb is None or ctx.blocks[nb].label != "body":
        return None
    toks = ctx.tokens(nb)
    breaks = [i for i in range(len(toks)) if _is_break(toks, i, ctx.text, ctx.chunks)]
    end = _sentence_end(breaks, 0, len(toks))
    if any(t.quote >= 0 for t in toks[:end]):
        return None
    attr = _next_sentence_attribution(toks, 0, breaks, ctx.is_person)
    return None if attr is None else (attr, toks)


def _named_next_subject(
    ctx: _Context, toks: list[_Tok], lo: int, breaks: list[int]
) -> tuple[int, int] | None:
    """The named person opening the sentence from token ``lo`` on (after the closing
    punctuation of a quote that opened its paragraph), when that sentence quotes no one."""
    lo = _past_punctuation(toks, lo)
    if lo >= len(toks):
        return None
    hi = _sentence_end(breaks, lo, len(toks))
    if any(t.quote >= 0 for t in toks[lo:hi]):
        return None
    np = _person_subject(ctx, toks, lo, hi)
    if np is None or np[0] != lo or toks[lo].lower in SUBJECT_PRONOUNS:
        return None
    return np


def _holds_speech(ctx: _Context, toks: list[_Tok]) -> bool:
    """Some quote among ``toks`` is someone's words, not a phrase ("... signatures for its
    "Save Our Plots" petition" still introduces the next paragraph's quote)."""
    return any(t.quote >= 0 and ctx.out[t.quote].kind != "phrase" for t in toks)


def _previous_subject(ctx: _Context, bi: int, ci: int) -> None:
    """A cue-less quote opening a paragraph after a story paragraph whose last sentence, with
    no quote of its own, is about a person ("Vanderburgh was blunter about what comes next.
    / "These are the layoffs you can see. ...""): that person speaks."""
    pb = ctx.previous_block(bi)
    if pb is None or ctx.blocks[pb].label != "body":
        return
    toks = ctx.tokens(pb)
    if not toks:
        return
    breaks = [i for i in range(len(toks)) if _is_break(toks, i, ctx.text, ctx.chunks)]
    end = len(toks)
    lo = _sentence_start(breaks, end - 1)
    if _holds_speech(ctx, toks[lo:end]):
        return
    subject = _named_subject(ctx, toks, lo, end)
    # the subject of the paragraph's first sentence, when the last is not its first
    first = _named_subject(ctx, toks, 0, _sentence_end(breaks, 0, end)) if lo > 0 else None
    if subject is not None and toks[subject[0]].lower in ("they", "we") and lo > 0:
        # "She says peat wetlands store carbon. Once they are drained, ..." / "...": she
        subject = first if first is not None and toks[first[0]].lower in ("he", "she") else None
    if subject is None:
        subject = _inverted_copula_name(ctx, toks, lo, end)
    if subject is None and lo == 0:
        # "The 58-year-old grandmother from Garrawan ... spent two years in a hostel." /
        # "...": the one sentence's subject is a person described (named or not)
        subject = _epithet_subject(toks, end)
    if (
        subject is None
        and first is not None
        and toks[lo].lower == "it"
        and not any(t.is_cap for t in toks[lo + 1 : end])
    ):
        # "Ms Gaskin has kept a diary of every repair request. It now runs to 23 entries." /
        # "...": a thing of hers, and no one else named
        subject = first
    if subject is None and toks[lo].lower in ("his", "her"):
        # "Dale Vanderwall milks 140 cows ... His family has worked the land since 1911." /
        # "...": the last sentence is still about the first one's subject (or, when the
        # first names no one, about the sentence just before: "For small firms the cuts
        # cost money. Dilshod Rakhimov, 52, runs a bakery. His ovens run on diesel.")
        subject = first if first is not None else _subject_before(ctx, toks, breaks, lo)
    if (
        subject is None
        and first is not None
        and toks[first[0]].is_cap
        and not any(t.is_cap and ctx.is_person(t.start, t.end) for t in toks[first[1] + 1 : end])
    ):
        # "Rivera-Almonte said she has toured three homes. Two had no beds; the third was in
        # Hartford." / "...", "Lafortune ... started the program in 2022. This season 41
        # girls tried out." / "...": a paragraph about one named person, no one else named
        subject = first
    if subject is None:
        # "Commercial harvest is not a cure, she said, but ..." / "...": the pronoun of a
        # cue set off inside the last sentence reports it, and speaks next
        subject = _parenthetical_cue(toks, lo, end)
    if subject is None and first is not None and _cued_again(ctx, bi, toks[first[1]].text):
        # "Jaswinder Bhogal, whose son ..., has started a petition. It had gathered 900
        # signatures." / "..." / "Mr Bhogal said ...": the paragraph's first subject, named
        # again with a cue right after the quote
        subject = first
    if subject is not None and not toks[subject[1]].text.endswith(people.POSSESSIVE_ENDINGS):
        _set_mention(ctx, ci, toks[subject[0]], toks[subject[1]])


def _parenthetical_cue(toks: list[_Tok], lo: int, end: int) -> tuple[int, int] | None:
    """A he or she and a speech verb set off by commas inside ``toks[lo:end]`` (", she
    said,"): the pronoun's token span, else None."""
    for i in range(lo + 1, end - 2):
        if toks[i].lower in people.SUBJECT_PRONOUNS and toks[i - 1].text == ",":
            c = _cue_at(toks, i + 1)
            if 0 < c < end and toks[c].text == ",":
                return (i, i)
    return None


def _subject_before(
    ctx: _Context, toks: list[_Tok], breaks: list[int], lo: int
) -> tuple[int, int] | None:
    """The named subject of the sentence just before the one starting at token ``lo``."""
    if lo <= 0:
        return None
    plo = _sentence_start(breaks, lo - 1)
    return _named_subject(ctx, toks, plo, lo)


def _epithet_subject(toks: list[_Tok], end: int) -> tuple[int, int] | None:
    """The subject of a one-sentence paragraph when it is "The" and a few words ending in a
    person's age or role ("The 58-year-old grandmother", "The retired teacher"), no name."""
    np = _sentence_subject(toks, 0, end)
    if np is None or np[0] != 0 or toks[0].lower != "the" or np[1] - np[0] > 3:
        return None
    after = toks[1 : np[1] + 1]  # the words after "The"
    if not all(t.is_word and not t.is_cap for t in after):
        return None
    head = after[-1].lower
    if (head in people.roles() and head not in people.GENERIC_PERSON_NOUNS) or any(
        people.YEAR_OLD.fullmatch(t.lower) for t in after
    ):
        return np
    return None


def _named_subject(ctx: _Context, toks: list[_Tok], lo: int, end: int) -> tuple[int, int] | None:
    """The sentence's subject when it is a pronoun or a person, also when an appositive or a
    relative clause sets it off ("Kristoffer Alcaraz, 19, a nursing student, missed ...",
    "Parisa Karimi, who runs a bakery, ...")."""
    subject = _person_subject(ctx, toks, lo, end)
    if subject is not None and not toks[subject[1]].text.endswith(people.POSSESSIVE_ENDINGS):
        return subject
    np = _sentence_subject(toks, lo, end)
    if subject is not None:  # "Villarreal's mother, Araceli Villarreal, spoke ...": hers
        k = subject[1] + 1
        while k < end and k - subject[1] <= APPOSITIVE_ROLE_WORDS and toks[k].text.islower():
            k += 1  # the possessed noun ("mother", "eldest son")
        found = None
        if k > subject[1] + 1 and k + 1 < end and toks[k].text == ",":
            found = _appositive_name(ctx, toks, k + 1, end)
        return found or subject
    if (
        np is not None
        and np[1] + 1 < end
        and toks[np[1] + 1].text == ","
        and toks[np[0]].text[:1].isupper()
        and toks[np[0]].lower not in SUBJECT_PRONOUNS
        and ctx.is_person(toks[np[0]].start, toks[np[1]].end)
    ):
        return np
    if np is not None and np[1] + 2 < end and toks[np[1] + 1].text == ",":
        return _appositive_name(ctx, toks, np[1] + 2, end)
    return None


#: Most lowercase words of a role before the name of an appositive ("retiree Salmah").
APPOSITIVE_ROLE_WORDS = 3


def _appositive_name(ctx: _Context, toks: list[_Tok], k: int, end: int) -> tuple[int, int] | None:
    """A person's name set off after a described subject, as its appositive ("Another
    resident, retiree Salmah Abdul Rahim, 67, has lived ...", "Villarreal's mother, Araceli
    Villarreal, spoke ..."): the described subject is that person."""
    lead = k
    while k < end and k - lead < APPOSITIVE_ROLE_WORDS and toks[k].text.islower():
        k += 1
    first = k
    while k < end and toks[k].is_cap:
        k += 1
    if k == first or k >= end or toks[k].text != ",":
        return None
    return (first, k - 1) if ctx.is_person(toks[first].start, toks[k - 1].end) else None


def _cued_again(ctx: _Context, bi: int, surname: str) -> bool:
    """The story paragraph after block ``bi`` opens with ``surname`` (after a title or an
    honorific) and a speech verb ("Mr Bhogal said he had also written ...")."""
    nb = next(
        (k for k in range(bi + 1, len(ctx.blocks)) if ctx.blocks[k].label in SENTENCE_LABELS),
        None,
    )
    if nb is None or ctx.blocks[nb].label != "body":
        return False
    toks = ctx.tokens(nb)
    for i, t in enumerate(toks[:4]):
        if t.text == surname:
            return i + 1 < len(toks) and _cue_at(toks, i + 1) > 0
        if not (t.is_word and t.text[:1].isupper()):
            return False
    return False


#: Words opening a sentence whose subject comes after its verb: "Among those worried is
#: Chiara Dellapina, 19, ...", "One of them was Ann Lee", "Also at the meeting was X".
INVERTED_COPULA_OPENERS: frozenset[str] = frozenset(
    {"among", "one", "also", "joining", "leading", "another", "first", "chief", "including"}
)
#: The verb of an inverted copula sentence.
_COPULAS: frozenset[str] = frozenset({"is", "was"})


def _inverted_copula_name(
    ctx: _Context, toks: list[_Tok], lo: int, hi: int
) -> tuple[int, int] | None:
    """The person named after the verb of a sentence that opens with a fronted phrase
    ("Among those worried about the change is Chiara Dellapina, 19, who ..."), or None."""
    if lo >= hi or toks[lo].lower not in INVERTED_COPULA_OPENERS:
        return None
    verb = next((k for k in range(lo + 1, min(hi, lo + 12)) if toks[k].lower in _COPULAS), None)
    if verb is None or any(t.quote >= 0 or _is_name_word(t) for t in toks[lo:verb]):
        return None
    np = _np_after(toks, verb + 1, hi)
    if (
        np is None
        or not _is_name_word(toks[np[0]])
        or (np[1] + 1 < hi and toks[np[1] + 1].text not in {",", "."})
        or not ctx.is_person(toks[np[0]].start, toks[np[1]].end)
    ):
        return None
    return np


def _continue_previous(ctx: _Context, bi: int, quote: Quote) -> None:
    """A cue-less quote opening a paragraph continues the previous paragraph's quote."""
    if ctx.last is None:
        return
    pb, pq, ends = ctx.last
    if not ends or ctx.previous_block(bi) != pb:
        return
    copied = ctx.out[pq].copy_of
    source = copied if copied is not None else pq
    if ctx.out[source].mention is None:
        return
    quote.copy_of = source
    quote.copy_method = "continuation"


def _sentence_start(breaks: list[int], q: int) -> int:
    k = bisect.bisect_left(breaks, q)
    return breaks[k - 1] + 1 if k > 0 else 0


def _sentence_end(breaks: list[int], q: int, n: int) -> int:
    k = bisect.bisect_left(breaks, q + 1)
    return breaks[k] + 1 if k < len(breaks) else n


def _same_utterance(toks: list[_Tok], p: int, q: int, breaks: list[int]) -> bool:
    """Whether quote token ``q`` continues quote ``p``: only its cue sentence lies between."""
    between = [b for b in breaks if p <= b < q]
    words = [t for t in toks[p + 1 : q] if t.is_word]
    if not words:
        return True
    # p's own attribution sentence may sit between ("A," says X, a leader. "B.")
    return len(between) <= 2 and (
        not between or between[-1] == p or _opens_sentence(toks, q, between[-1] + 1)
    )


#: Conjunctions that may open a sentence before its quote ("But "...."").
_OPENING_CONJUNCTIONS: frozenset[str] = frozenset({"but", "and", "so", "yet", "or", "still"})


def _opens_sentence(toks: list[_Tok], q: int, lo: int) -> bool:
    """Whether quote token ``q`` opens its sentence (after a conjunction at most)."""
    return all(t.lower in _OPENING_CONJUNCTIONS or t.text == "," for t in toks[lo:q])


def _sentence_after_comma(
    toks: list[_Tok], q: int, attr: _Attr, text: str, quote: Quote, words: int
) -> bool:
    """A whole sentence after a comma that ends a cue clause a few words long: "As Lincoln
    told Congress in 1862, "The dogmas ..."" is speech, like the same quote after a colon."""
    if toks[q - 1].text != "," or not text[quote.start].isupper():
        return False
    gap = sum(1 for t in toks[attr.cue[1] : q] if t.is_word)
    return gap <= MAX_CUE_GAP and _clause_like(text, quote, words, min_words=6)


def _clause_like(text: str, quote: Quote, words: int, min_words: int = 4) -> bool:
    """A sentence rather than a fragment: long enough, capitalised or ending in punctuation."""
    inner = text[quote.start : quote.end]
    return words >= min_words and (inner[0].isupper() or inner.rstrip("’'\" ")[-1:] in ".!?,")


#: Words that open a clause's predicate right after its subject ("the word "drought" no
#: longer captured ...", "the term "X" was coined ..."): the quoted word is the subject.
PREDICATE_OPENERS: frozenset[str] = frozenset(
    {"is", "was", "has", "had", "does", "did", "no", "never", "means", "meant", "remains",
     "became", "carries", "carried", "can", "could", "would", "will", "may", "might", "must",
     "now", "still", "appears", "appeared", "comes", "came"}
)  # fmt: skip
#: Prepositions before "the word" that make the quoted word a thing talked about.
WORD_PREPOSITIONS: frozenset[str] = frozenset(
    {"into", "about", "on", "over", "behind", "with", "from", "for"}
)


#: Most tokens between "known" and the "as" before a quote ("known to generations of
#: North-West workers as").
KNOWN_AS_GAP: int = 9


def _known_as(toks: list[_Tok], q: int, lo: int) -> bool:
    """The "as" right before quote ``q`` closes "known [to/among/by whom] as": words only
    between them (a hyphen inside a name allowed), no comma or other quote."""
    for j in range(q - 2, max(lo, q - 2 - KNOWN_AS_GAP) - 1, -1):
        t = toks[j]
        if t.lower == "known":
            return True
        if t.quote >= 0 or not (t.is_word or t.text == "-"):
            return False
    return False


def _word_as_word(toks: list[_Tok], q: int, lo: int, prev: list[_Tok]) -> bool:
    """The quote is a word talked about, not words reported: "the word"/"the term" right
    before it, and a preposition before them ("reading too much into the word "name"") or a
    predicate after the quote ("said the word "drought" no longer captured ...")."""
    if len(prev) < 2 or prev[-1].lower not in ("word", "term") or prev[-2].lower != "the":
        return False
    if q - 3 >= lo and toks[q - 3].lower in WORD_PREPOSITIONS and toks[q - 2] is prev[-2]:
        return True
    if q - 3 >= lo and toks[q - 3].lower == "of":
        return False  # "his use of the term "Palestine" was wrong": the use is the subject
    return q + 1 < len(toks) and toks[q + 1].lower in PREDICATE_OPENERS


#: Things a quoted label right before them is printed on ("burro crossing" signs): the
#: quote is the label, no one's words (not clothes: see :data:`SIGN_NOUNS`).
LABEL_CARRIERS: frozenset[str] = frozenset(
    {"sign", "signs", "signage", "plate", "plates", "sticker", "stickers", "banner",
     "banners", "badge", "badges", "placard", "placards", "button", "buttons", "logo"}
)  # fmt: skip
#: Most words of such a label.
MAX_LABEL_WORDS = 4
#: Nouns after a short title-case quote that make it the name of a scheme or an event
#: ("the "Grow Local" program", "its "Clean Streets" campaign").
NAMED_THINGS: frozenset[str] = frozenset(
    {"program", "programs", "programme", "programmes", "scheme", "schemes", "initiative",
     "initiatives", "campaign", "campaigns", "project", "projects", "festival", "contest",
     "competition", "app", "fund", "award", "awards", "challenge", "series"}
)  # fmt: skip


def _label_before_carrier(toks: list[_Tok], q: int, text: str, quote: Quote, words: int) -> bool:
    """A noun of :data:`LABEL_CARRIERS` follows the quote at ``q`` in its sentence (the
    quote holds no punctuation and the noun is lowercase)."""
    if words > MAX_LABEL_WORDS or q + 1 >= len(toks):
        return False
    nxt = toks[q + 1]
    inner = text[quote.start : quote.end]
    return (
        nxt.lower in LABEL_CARRIERS and nxt.text.islower() and not any(c in inner for c in ".,;:!?")
    )


#: Words before a translation or a gloss in quotation marks ("meaning "for the sake of God"").
GLOSS_CUES: frozenset[str] = frozenset({"meaning", "translates", "translated"})
MAX_GLOSS_WORDS = 8


def _looks_like_phrase(
    toks: list[_Tok], q: int, lo: int, text: str, quote: Quote, words: int
) -> str | None:
    """Titles, names and epithets: ``strong`` (never speech) or ``weak`` (unless reported).

    A naming cue before the quote (``dubbed``, ``so-called``) or a short title-case span
    after a possessive, a preposition or a title noun is ``strong``; a word noun before
    it (``the term``) is ``weak``: a cue in the sentence still makes it a partial quote.
    """
    prev = [t for t in toks[max(lo, q - 3) : q] if t.is_word]
    last = prev[-1].lower if prev else ""
    if last in NAMING_CUES:
        return "strong"
    if (
        last == "branded"
        and text[quote.start : quote.start + 1].isupper()
        and (
            (len(prev) >= 2 and prev[-2].lower in PASSIVE_AUXILIARIES)
            or all(w[:1].isupper() for w in text[quote.start : quote.end].split())
        )
    ):
        # passive, "branded" names a thing: "the project, to be branded "Karmi Basa"";
        # active, with a name in title case ("branded the scheme "Ride Ebiri"") too (not a
        # speaker's verdict: "critics branded it "a farce"")
        return "strong"
    if _word_as_word(toks, q, lo, prev):
        return "strong"  # "reading too much into the word "name"", "the word "drought" no longer"
    if _sign_reading(toks, q, lo):
        return "strong"  # "Its slogan, painted on the wall, read "Eat here and get gas""
    if (
        q - 2 >= lo
        and toks[q - 1].lower in ("and", "or")
        and toks[q - 2].quote >= 0
        and _sign_reading(toks, q - 2, lo)
    ):
        return "strong"  # "banners reading "No farmers, no food" and "Berlin is ...""
    naming = _habitual_naming(toks, q, lo)
    if naming is True or (naming == "named" and text[quote.start : quote.start + 1].isupper()):
        return "strong"  # "which senators often call "the rainy day fund,"", "... "Lyle Springs""
    if last in LYRIC_NOUNS or (len(prev) >= 2 and last == "of" and prev[-2].lower in LYRIC_NOUNS):
        return "strong"  # "the couplet "...", "a refrain of "...", "the label of "...""
    if " / " in text[quote.start : quote.end]:
        return "strong"  # lines of a song or poem
    if len(prev) >= 2 and last in OBJECT_PRONOUNS and prev[-2].lower in NAMING_CUES:
        return "strong"  # "Teammates call him "The Wall""
    if len(prev) >= 2 and (prev[-2].lower, last) in {("known", "as"), ("billed", "as")}:
        return "strong"
    if last == "as" and _known_as(toks, q, lo):
        return "strong"  # "known to staff as "the Long Mile"", "known to generations of ... as"
    if len(prev) >= 3 and (prev[-3].lower, prev[-2].lower, last) == ("referred", "to", "as"):
        return "strong"  # "referred to as "the quiet box"" (not "referred to him as")"
    if (
        len(prev) >= 3
        and (prev[-2].lower, last) == ("described", "as")
        and prev[-3].lower in HABITUAL_ADVERBS
    ):
        return "strong"  # "often described as "missing middle" housing": a name in use
    head = _list_head(toks, q, lo)
    if (
        words <= MAX_LABEL_WORDS + 2
        and head - 1 >= lo
        and toks[head - 1].lower == "as"
        and _record_verb_before(toks, head - 1, lo)
    ):
        return "strong"  # "recording them in the books as "green maintenance" or "sundries""
    if (
        len(prev) >= 2
        and last == "calling"
        and prev[-2].lower in PROGRESSIVE_AUXILIARIES
        and _title_case(text[quote.start : quote.end])
    ):
        return "strong"  # "a project she is calling "Here We Lived.""
    if (
        len(prev) >= 2
        and (last in REFLEXIVES or last in {"calls", "call", "called"})
        and (prev[-2].lower in {"it", "they", "we"} | CALL_FORMS or _is_source_noun(prev[-2].lower))
        and _title_case(text[quote.start : quote.end])
    ):
        return "strong"  # "a programme it calls "Nets for Nets,", "calling itself "Grey Lantern""

    if (
        len(prev) >= 2
        and last in NAMING_VERBS
        and (_is_source_noun(prev[-2].lower) or prev[-2].lower in WORK_NOUNS)
        # (not "what one supervisor called "a panic we can't staff"": the caller's words)
        and not any(t.lower == "what" for t in toks[max(lo, q - 5) : q - 2])
        # (not "the company called "disappointing."": the company's word)
        and not (len(prev) >= 3 and prev[-3].lower == "the" and _is_source_noun(prev[-2].lower))
    ):
        return "strong"  # "a website called "..."", "a children's story called "...""
    if q - 2 >= lo and toks[q - 1].text == "," and toks[q - 2].lower in WORK_NOUNS:
        inner = text[quote.start : quote.end].rstrip()
        nxt = toks[q + 1] if q + 1 < len(toks) else None
        i = q + 2 if nxt is not None and nxt.text == "," else q + 1
        tagged = (
            i < len(toks)
            and toks[i].lower not in RELATIVE_PRONOUNS  # ", which critics said read like ads"
            and _cue_clause(toks, i, len(toks)) is not None
        )
        if (inner.endswith(",") or (nxt is not None and nxt.text == ",")) and not tagged:
            return "strong"  # "The study, "Arbuscular partners buffer heat," was published"
    if _inscriptions_such_as(toks, _list_head(toks, q, lo), lo):
        return "strong"  # "placards with inscriptions such as "No premix, no fish" and "...""
    if (
        words <= MAX_LABEL_WORDS + 2
        and q - 2 >= lo
        and toks[q - 1].text == ","
        and q + 2 < len(toks)
        and toks[q + 1].text == ","
        and not any(c in text[quote.start : quote.end] for c in ".!?")
        and _cue_clause(toks, q + 2, len(toks)) is None
        and _work_noun_before(toks, q - 2, lo, reach=MAX_CLAUSE_WORDS)
    ):
        return "strong"  # "A 2025 report by the chamber of trades, "Le pain au village", found"
    if (
        words <= MAX_TITLE_WORDS
        and q - 1 >= lo
        and toks[q - 1].lower in WORK_NOUNS
        and _title_case(text[quote.start : quote.end])
    ):
        return "strong"  # "whose 2024 study "Energy Costs and Rural Agro-Processing in ...""
    if 2 <= words <= MAX_TITLE_WORDS and _document_title(text[quote.start : quote.end]):
        return "strong"  # "the commission's own "Environmental Monitoring Report: ..."": a title
    if last in GLOSS_CUES and words <= MAX_GLOSS_WORDS:
        return "strong"  # ""fi sabil Allah," meaning "for the sake of God"": a translation
    if (
        words == 1
        and last in ("vote", "votes", "voted", "voting")
        and text[quote.start : quote.end].strip(" ,.").lower() in ("yes", "no", "aye", "nay")
    ):
        return "strong"  # "urge residents to vote "no" on the budget": a ballot's word
    if _label_before_carrier(toks, q, text, quote, words):
        return "strong"  # "two more "burro crossing" signs"
    if words <= 6 and _title_case(text[quote.start : quote.end]):
        nxt = toks[q + 1] if q + 1 < len(toks) else None
        if nxt is not None and nxt.is_word and _is_source_noun(nxt.lower):
            return "strong"  # ""Daily Show" host"
        if nxt is not None and nxt.lower in NAMED_THINGS and nxt.text.islower():
            return "strong"  # "the department's "Grow Local" program": its name
        if nxt is not None and nxt.text == "(":
            return "strong"  # ""The Salt Orchard" (Fernhill Press, 312 pages) is out now"
        inner = text[quote.start : quote.end].rstrip()
        if _work_appositive(toks, q + 1, comma_inside=inner.endswith(",")):
            return "strong"  # ""River of Stone," a drama about ..., won"
        before = toks[q - 1] if q - 1 >= lo else None
        if _opens_sentence(toks, q, lo) and _predicate_after(toks, q + 1):
            return "strong"  # ""Harbour Wall" is the closest thing here to a single"
        if (
            before is not None
            and before.lower in ("and", "or")
            and q - 2 >= lo
            and toks[q - 2].quote >= 0
            and _title_case(text[toks[q - 2].start : toks[q - 2].end])
        ):
            return "strong"  # "signs reading "Let Us Vote" and "Democracy Dies in Silence.""
        b = q - 1
        if before is not None and before.text in ",:" and q - 2 >= lo:
            b = q - 2  # "her film, "Trainwreck."": the noun before the comma
        if b - 1 >= lo and _YEAR.fullmatch(toks[b].text):
            b -= 1  # "the NMC's 2019 "Nirmal Talav Abhiyan"": the possessive before the year
        before = toks[b] if before is not None else None
        if before is not None and (
            before.lower in _TITLE_BEFORE
            or before.lower in WORK_NOUNS  # "the legal drama "Counsel for the Defense""
            or before.lower in NAME_NOUNS  # "rejected the girl's name "Zoëlía""
            or _is_possessive(before)
            or before.is_cap
            or (b == q - 1 and before.lower in people.org_words())  # the club "Dzērves"
        ):
            return "strong"
        if b < q - 1 and _work_noun_before(toks, b, lo):
            return "strong"  # "a 2022 study by her institute, "Wasting the Valley,""
    if last in WORD_NOUNS:
        return "weak"
    return None


#: Verbs of keeping a record: what something is entered "as" is a label, nobody's words
#: ("logged the payments as "sundries"", "saved in his phone as "Dubai Bhai""). Only forms
#: that are no nouns ("the register as", "the store as") and not "classified": PolNeAR gives
#: "classified 22 emails as "top secret"" to the body that classified them.
RECORD_VERBS: frozenset[str] = frozenset(
    {"recorded", "recording", "listed", "logged", "logging", "saved", "stored", "filed",
     "registered", "entered", "coded", "categorised", "categorized", "booked", "invoiced",
     "tagged", "disguised", "disguising"}
)  # fmt: skip
#: Most tokens between a record verb and the "as" of its label.
MAX_RECORD_REACH = 10


def _record_verb_before(toks: list[_Tok], k: int, lo: int) -> bool:
    """A verb of :data:`RECORD_VERBS` opens the phrase that ends with "as" at token ``k``,
    within :data:`MAX_RECORD_REACH` tokens and no quote, clause punctuation or cue between."""
    for i in range(k - 1, max(lo, k - MAX_RECORD_REACH) - 1, -1):
        t = toks[i]
        if t.quote >= 0 or t.text in ";:" or t.lower in ("said", "says", "told"):
            return False
        if t.lower in RECORD_VERBS:
            return True
    return False


#: Most words of a title-case quote right after a work's noun ("the study "...""): a title.
MAX_TITLE_WORDS = 12


def _list_head(toks: list[_Tok], q: int, lo: int) -> int:
    """The first quote of a list of quotes that ends with the one at ``q`` ("A", "B" and
    "C": the quote token of "A")."""
    while q - 2 >= lo and toks[q - 1].text in (",", "and", "or") and toks[q - 2].quote >= 0:
        q -= 2
    if q - 3 >= lo and toks[q - 1].lower == "and" and toks[q - 2].text == ",":
        return _list_head(toks, q - 3, lo) if toks[q - 3].quote >= 0 else q
    return q


def _inscriptions_such_as(toks: list[_Tok], q: int, lo: int) -> bool:
    """The quote at ``q`` follows "such as" after a slogan's or a work's noun ("placards
    with inscriptions such as "No premix, no fish"")."""
    return (
        q - 3 >= lo
        and toks[q - 1].lower == "as"
        and toks[q - 2].lower == "such"
        and (toks[q - 3].lower in SIGN_NOUNS or toks[q - 3].lower in WORK_NOUNS)
    )


#: Things that carry a slogan: what a slogan, banner or billboard "reads" is a phrase with
#: no speaker ("banners reading "No farmers, no food""), unlike a statement or a letter,
#: whose words are its author's. Not signs, T-shirts and hats: PolNeAR gives their words
#: to the person who holds or wears them ("hoisted a sign that read "15%!"", 5 in train).
SIGN_NOUNS: frozenset[str] = frozenset(
    {"slogan", "slogans", "motto", "mottos", "banner", "banners", "placard", "placards",
     "billboard", "billboards", "sticker", "stickers", "mural", "murals", "plaque",
     "plaques", "inscription", "inscriptions", "graffiti"}
)  # fmt: skip
#: Verb forms by which a sign gives its words ("read", "reading", "says").
SIGN_CUES: frozenset[str] = frozenset({"read", "reads", "reading", "say", "says", "saying"})
#: Adverbs between a sign's noun and its verb ("still reads", "now reads").
SIGN_ADVERBS: frozenset[str] = frozenset({"still", "now", "once", "simply", "also", "just"})
#: Prepositions that open a place phrase between a sign noun and its verb ("the billboard
#: at the entrance reads"), and the most words of that phrase.
SIGN_PLACE_OPENERS: frozenset[str] = frozenset(
    {"at", "on", "in", "outside", "above", "near", "by", "over", "along", "beside"}
)
MAX_SIGN_PLACE = 8
#: Most tokens of a phrase set off by commas between a sign noun and its verb ("Its
#: slogan, painted on the side of the building, read").
MAX_SIGN_APPOSITIVE = 12


def _sign_reading(toks: list[_Tok], q: int, lo: int) -> bool:
    """Quote token ``q`` follows a sign noun and its verb of reading: "a sign reading",
    "banners that read:", "Its slogan, painted on the wall, read"."""
    k = q - 1
    while k >= lo and toks[k].text in _LEAD_PUNCT:
        k -= 1
    if k < lo or toks[k].lower not in SIGN_CUES:
        return False
    k -= 1
    while k >= lo and toks[k].lower in SIGN_ADVERBS:
        k -= 1  # "the billboard still reads"
    if k >= lo and toks[k].lower in {"that", "which"}:
        k -= 1
    if k >= lo and toks[k].text == ",":
        # an appositive or participle phrase between commas: the noun before it
        m = k - 1
        while m >= lo and k - m <= MAX_SIGN_APPOSITIVE and toks[m].text != ",":
            if toks[m].quote >= 0 or not toks[m].is_word:
                return False
            m -= 1
        if m < lo or toks[m].text != ",":
            return False
        k = m - 1
    # the noun, or the noun and a place after it ("The billboard at the entrance to the
    # township still reads"): plain lowercase words back to the noun
    m = k
    while m >= lo and k - m <= MAX_SIGN_PLACE and toks[m].is_word and toks[m].quote < 0:
        if toks[m].lower in SIGN_NOUNS:
            return m == k or toks[m + 1].lower in SIGN_PLACE_OPENERS
        if toks[m].is_cap or toks[m].lower in SUBJECT_PRONOUNS:
            return False
        m -= 1
    return False


#: Forms of "call" that name a thing when a habit comes with them.
CALL_FORMS: frozenset[str] = frozenset({"call", "calls", "called", "calling"})
#: Adverbs of habit before "call" that make the quote a name in use, not one speaker's
#: words ("which senators often call "the rainy day fund""); PolNeAR annotates the one-off
#: "what Gilbert called "a perception problem"", and has none of these.
HABITUAL_ADVERBS: frozenset[str] = frozenset(
    {"often", "commonly", "sometimes", "usually", "routinely", "affectionately", "popularly",
     "informally", "widely", "locally", "colloquially", "fondly", "generally", "frequently",
     "still", "always", "jokingly", "lovingly"}
)  # fmt: skip
#: Adverbs between a group and its present-tense "call" ("commuters simply call"); those of
#: :data:`HABITUAL_ADVERBS` ("often", "still") make any "call" a naming already.
CALL_ADVERBS: frozenset[str] = frozenset({"simply", "just", "now", "all"})
#: Verbs before "to" that make a habit of naming ("have taken to calling it", "came to call").
HABIT_VERBS: frozenset[str] = frozenset({"taken", "take", "takes", "took", "come", "came"})
#: Auxiliaries of "is calling" ("a project she is calling "Here We Lived."").
PROGRESSIVE_AUXILIARIES: frozenset[str] = frozenset({"is", "are", "was", "were", "'s", "’s"})
#: Verbs before "calling" that start a habit of naming ("have begun calling the route").
INCEPTIVE_VERBS: frozenset[str] = frozenset(
    {"begun", "began", "begin", "begins", "beginning", "started", "start", "starts", "starting"}
)
#: Verbs that give a name, with their object between them and the quote ("a fandom that
#: christened itself "the Barnacles""). Not "dubbed": PolNeAR reads "Kaine dubbed her
#: appearance a "press conference"" as Kaine's words.
NAME_GIVING_VERBS: frozenset[str] = frozenset(
    {"nicknamed", "nickname", "nicknames", "christened", "christen", "christens", "renamed",
     "rename", "renames", "rebranded"}
)  # fmt: skip


#: Most lowercase words of the object between "call" and the name it gives ("calling the
#: effect "the stutter"", "calling it the "Plains package"").
MAX_CALLED_OBJECT = 4


#: Most words of the namer between "which" and "call" ("which the two sides call").
NAMER_WORDS = 4


def _generic_plural(tok: _Tok) -> bool:
    """A plural common noun as the namer of a present-tense "call" ("researchers",
    "Islanders", "water managers"): a group's usage, not one speaker's words."""
    low = tok.lower
    return (
        tok.is_word
        and len(low) > 3
        and low.endswith("s")
        and not low.endswith(("ss", "us", "is", "'s", "’s"))  # (not "Trump's call for")
        and low not in SUBJECT_PRONOUNS
        and low not in FUNCTION_WORDS
        and (tok.text.islower() or tok.text[1:].islower())
    )


def _habitual_naming(toks: list[_Tok], q: int, lo: int) -> bool | str:
    """Quote token ``q`` is a name given by habit: a form of "call" (its object, a pronoun
    or a short noun phrase, and a determiner may follow) after an adverb of habit or
    "taken to" ("Lobbyists have taken to calling it the "Plains package."", "The team
    has taken to calling the effect "the stutter."") gives True. A "call" in a relative
    clause ("the agreement, which the two sides call the "Lyle Springs plan."") gives
    ``"named"``: a name when the quote is capitalised, the namer's words when it is not
    ("what they called the "tanker mafia""); the caller decides."""
    k = q - 1
    while (
        k >= lo
        and q - k <= MAX_CALLED_OBJECT
        and toks[k].lower not in CALL_FORMS
        and toks[k].lower not in NAME_GIVING_VERBS
        and toks[k].is_word
        and (toks[k].text.islower() or toks[k].text[1:].islower())  # ("calling Pinedale Rd")
        and toks[k].quote < 0
    ):
        k -= 1
    if k >= lo and toks[k].lower in NAME_GIVING_VERBS:
        return True  # "a fandom that christened itself "the Barnacles""
    if k < lo or toks[k].lower not in CALL_FORMS:
        return False
    if k - 2 >= lo and toks[k - 1].lower == "to" and toks[k - 2].lower in HABIT_VERBS:
        return True  # "which residents took to calling "the snowmen""
    if toks[k].lower == "called" and q + 1 < len(toks) and toks[q + 1].text == "by":
        return True  # "Long called the "neighborhood living room" by older Seoulites"
    if k - 1 >= lo and (
        toks[k - 1].lower in HABITUAL_ADVERBS
        or (toks[k].lower == "calling" and toks[k - 1].lower in INCEPTIVE_VERBS)
        or (
            toks[k].lower == "call"
            and (
                _generic_plural(toks[k - 1])
                # "which most commuters simply call "auto"": an adverb between
                or (
                    k - 2 >= lo
                    and (toks[k - 1].lower in CALL_ADVERBS or toks[k - 1].lower.endswith("ly"))
                    and _generic_plural(toks[k - 2])
                )
            )
            # (not a noun: "told analysts on the earnings call that a "..."")
            and not any(
                toks[i].lower in ("for", "of", "on", "with")
                or (toks[i].lower == "that" and toks[i + 1].lower in DETERMINERS)
                for i in range(k + 1, q)
            )
        )
    ):
        # "which senators often call", "have begun calling the route the", "what
        # researchers call", "Islanders call that early boat the": a name in use
        return True
    if toks[q].quote >= 0 and any(
        t.lower in ("which", "that") for t in toks[max(lo, k - NAMER_WORDS - 1) : k]
    ):
        return "named"  # "the agreement, which the two sides call the "Lyle Springs plan.""
    return False


#: A year between a possessive or a work noun and a title ("its 2019 "Clean Lakes"").
_YEAR: re.Pattern[str] = re.compile(r"(?:1[89]|20)\d\d")


#: Nouns of lines of a song, poem or script right before a quote (or before "of" and
#: a quote): the quote is text from a work or a label, not speech ("the couplet "..."").
LYRIC_NOUNS: frozenset[str] = frozenset(
    {"lyric", "lyrics", "couplet", "refrain", "chorus", "verse", "label"}
)


def _predicate_after(toks: list[_Tok], i: int) -> bool:
    """Token ``i`` (after a comma) is a lowercase word that goes on the sentence the quote
    opened, not a speech tag: ""The Winter's Ledger" runs at ...", ""Salt Houses," out
    Friday, is ..."."""
    if i < len(toks) and toks[i].text == ",":
        i += 1
    if i >= len(toks) or not toks[i].is_word or not toks[i].text.islower():
        return False
    t = toks[i]
    if t.lower in SUBJECT_PRONOUNS or t.lower in DETERMINERS or _cue_at(toks, i) > 0:
        return False
    return _cue_clause(toks, i, len(toks)) is None


#: Nouns of works that an appositive after a title names ("a drama", "the band's new album").
WORK_NOUNS: frozenset[str] = TITLE_NOUNS | frozenset(
    {"drama", "comedy", "thriller", "opera", "ballet", "painting", "exhibition", "exhibit",
     "game", "report", "study", "bill", "law", "act", "record", "single", "sitcom", "film's",
     "nickname", "moniker", "slogan", "motto", "catchphrase", "label", "leaflet", "pamphlet",
     "brochure", "flyer", "poster", "manifesto", "booklet", "newsletter", "editorial",
     "story", "stories", "tale", "fable", "books", "novels", "memoirs", "films", "songs",
     "plan", "strategy", "proposal", "initiative", "roadmap", "blueprint", "framework",
     "tango", "waltz", "ballad", "hymn", "symphony", "concerto", "sonata", "aria", "lullaby",
     "track", "tune", "samba", "carol",
     "poems", "plays", "shows",
     "handbook", "manual", "guidebook", "tagline", "banner", "inscription", "inscriptions",
     "placard", "placards", "hashtag"}
)  # fmt: skip


def _work_appositive(toks: list[_Tok], i: int, *, comma_inside: bool) -> bool:
    """Tokens from ``i`` read ", a drama", ", the new album", ", her 2019 memoir": a noun of a
    work within four words after a comma (or one inside the marks) and a determiner or
    possessive."""
    if i < len(toks) and toks[i].text == ",":
        i += 1
    elif not comma_inside:
        return False
    if i + 1 >= len(toks):
        return False
    det = toks[i].lower
    if det not in DETERMINERS and det not in people.POSSESSIVE_PRONOUNS:
        return False
    return any(t.lower in WORK_NOUNS for t in toks[i + 1 : i + 5] if t.quote < 0)


#: Most words between a work's noun and the comma before its title ("a picture book her son
#: had brought home, "Wheels on the Way,"").
WORK_NOUN_REACH = 6


def _work_noun_before(toks: list[_Tok], b: int, lo: int, reach: int = 0) -> bool:
    """A work's noun within WORK_NOUN_REACH (or ``reach``) words before token ``b`` (the
    word before a comma and a title), with no cue verb or clause boundary between."""
    for k in range(b, max(lo - 1, b - (reach or WORK_NOUN_REACH) - 1), -1):
        t = toks[k]
        if t.lower in WORK_NOUNS and k > lo and _YEAR.fullmatch(toks[k - 1].text):
            return True  # "A 2025 report by ...": the noun, not the verb
        if t.quote >= 0 or t.text in ".;:!?" or _cue_at(toks, k) > 0:
            return False
        if t.lower in WORK_NOUNS:
            return True
    return False


#: Capitalised head nouns that make a title-case quote a document's title ("Slope Stability
#: Assessment of the South-Western Hills", "School Transport Route Safety Review").
TITLE_HEADS: frozenset[str] = frozenset(
    {"Report", "Assessment", "Review", "Study", "Survey", "Audit", "Strategy", "Framework", "Plan",
     "Guidelines", "Roadmap", "Blueprint", "Masterplan", "Inquiry", "Evaluation", "Analysis",
     "Outlook", "Index", "Atlas", "Census", "Handbook", "Manual", "Charter", "Statistics"}
)  # fmt: skip


def _document_title(inner: str) -> bool:
    """A title-case quote headed by a document's noun (:data:`TITLE_HEADS`): the noun ends
    the title or comes before "of", "on", "for" or a colon ("... Safety Review", "Slope
    Stability Assessment of ...", "... Monitoring Report: Middle Mazaruni"; not "Precision
    Survey Method", a method's name).

    >>> _document_title("School Transport Route Safety Review"), _document_title("Survey Method")
    (True, False)
    """
    if not _title_case(inner):
        return False
    toks = _TOKEN.findall(inner.rstrip(" ,."))
    return any(
        w in TITLE_HEADS and (k + 1 == len(toks) or toks[k + 1] in ("of", "on", "for", ":"))
        for k, w in enumerate(toks)
    )


def _title_case(inner: str) -> bool:
    words = [w for w in _TOKEN.findall(inner) if w[0].isalnum()]
    return bool(words) and all(
        w[0].isupper() or w.lower() in _TITLE_SMALL_WORDS or w[0].isdigit() for w in words
    )


def _ends_with_quote(toks: list[_Tok], out: list[Quote], last: int) -> bool:
    """Whether the block ends with its last quote or that quote's cue sentence."""
    qi = max(i for i, t in enumerate(toks) if t.quote >= 0)
    rest = toks[qi + 1 :]
    titles = people.titles()
    enders = [
        t
        for i, t in enumerate(rest)
        if t.text in ".!?"
        # (not the dot of "Dr." or of an initial: "said Dr. Ahmed Nur Dirie, a scientist.")
        and not (
            i > 0
            and rest[i - 1].end == t.start
            and (
                rest[i - 1].lower in titles
                or len(rest[i - 1].text) == 1
                # nor the dot inside an outlet's name closing the paragraph: "he told
                # Legit.ng." (a link's dots still count: "http://bit.ly/1Qz0RCt.")
                or (
                    i + 1 < len(rest)
                    and rest[i + 1].start == t.end
                    and rest[i + 1].is_word
                    and not any(x.is_word for x in rest[i + 2 :])
                )
            )
        )
    ]
    return not [t for t in rest if t.is_word] or (_attributed(out[last]) and len(enders) <= 1)


def _share_groups(out: list[Quote]) -> None:
    """Chunks of one multi-paragraph quote share the attribution one of them found."""
    by_group: dict[int, list[int]] = {}
    for i, q in enumerate(out):
        by_group.setdefault(q.group_id, []).append(i)
    for members in by_group.values():
        if len(members) < 2:
            continue
        # the part that has a mention, or a split part that copies one (""A," he says,
        # "B ... / "C."": C runs on from B, which copies A)
        source = next(
            (i for i in members if out[i].mention is not None or out[i].copy_of is not None),
            None,
        )
        if source is None:
            continue
        for i in members:
            if out[i].mention is None and out[i].copy_of is None:
                out[i].copy_of = source
                out[i].copy_method = "group"
                out[i].kind = "speech" if out[i].kind == "phrase" else out[i].kind


def _renumber_groups(out: list[Quote]) -> None:
    for q in out:
        if q.copy_of is not None and q.copy_method in {"split", "group"}:
            q.group_id = out[q.copy_of].group_id
    seen: dict[int, int] = {}
    for q in out:
        q.group_id = seen.setdefault(q.group_id, len(seen))


# --- step 6: resolution ------------------------------------------------------------------


@dataclass(frozen=True)
class _Spans:
    """Sorted offsets built once per article for the resolution step."""

    sentences: tuple[Sentence, ...]
    sentence_starts: list[int]
    quote_starts: list[int]
    quote_ends: list[int]
    name_starts: list[int]  # person mentions outside quotes
    named: list[tuple[int, str, str]] = field(default_factory=list)  # (start, name, gender)

    def in_quote(self, i: int) -> bool:
        k = bisect.bisect_right(self.quote_starts, i) - 1
        return k >= 0 and i < self.quote_ends[k]

    def name_between(self, s: int, e: int) -> bool:
        k = bisect.bisect_left(self.name_starts, s)
        return k < len(self.name_starts) and self.name_starts[k] < e


def _safe_persons(article: Article) -> tuple[people.Person, ...]:
    try:
        return tuple(people.persons(article))
    except Exception:  # a colleague's module must never lose the quote table
        logger.exception("people.persons failed")
        return ()


def _spans(article: Article, out: list[Quote]) -> _Spans:
    qs = sorted((q.start, q.end) for q in out)
    sents = sentences(article)
    spans = _Spans(sents, [s.start for s in sents], [a for a, _ in qs], [b for _, b in qs], [])
    found = _safe_persons(article)
    named = sorted(
        (a, p.name, p.gender) for p in found for a, _ in p.mentions if not spans.in_quote(a)
    )
    spans.named.extend(named)
    spans.name_starts.extend(a for a, _, _ in named)
    return spans


def _resolve(article: Article, out: list[Quote], mentions: dict[int, tuple[_Tok, _Tok]]) -> None:
    previous: list[tuple[int, str]] = []
    cache: dict[tuple[int, int], tuple[str | None, str | None, tuple[int, int]]] = {}
    spans = _spans(article, out) if mentions else None
    for i, q in enumerate(out):
        if q.mention is None or spans is None:
            continue
        if q.mention not in cache:
            name, method, span = _resolve_mention(article, q.mention, mentions[i], previous, spans)
            if name is not None and _ACRONYM_NAME.fullmatch(name):
                # "EDL": Électricité du Liban; "DNA": the "National Anticorruption
                # Directorate (DNA)", an acronym of the name in another language
                name = _spelled_out(article, name) or _bracket_definition(article, name) or name
            elif name is not None and _MIXED_ACRONYM.fullmatch(name):
                spelled = (  # "the DoE said": the Department of Environment the text named
                    _spelled_out(article, name.upper()) if _JOINER_ACRONYM.fullmatch(name) else None
                )
                name = _bracket_definition(article, name) or spelled or name  # "PhilFIDA"
            cache[q.mention] = (name, method, span)
        name, method, span = cache[q.mention]
        q.speaker, q.method, q.mention = name, method, span
        if name:
            previous.append((q.start, name))
    for q in out:
        if q.copy_of is None:
            continue
        src = out[q.copy_of]
        while src.copy_of is not None and src is not q:
            src = out[src.copy_of]
        q.mention, q.cue, q.speaker = src.mention, src.cue, src.speaker
        q.method = "continuation" if q.copy_method == "continuation" else src.method
        if q.mention is None:
            q.method = None


#: A speaker's name that is an acronym ("EDL", "TCEQ", "NCRC").
_ACRONYM_NAME: re.Pattern[str] = re.compile(r"[A-Z][A-Z&]{1,7}")
#: Lowercase words an acronym skips ("Texas Commission on Environmental Quality": TCEQ).
_ACRONYM_SKIPS: frozenset[str] = frozenset(
    {"of", "on", "and", "for", "the", "du", "de", "des", "la", "&"}
)


@functools.lru_cache(maxsize=1024)
def _spelled_out(article: Article, acronym: str) -> str | None:
    """The name the text spells ``acronym`` out as: "Électricité du Liban (EDL)" or "EDL
    (Électricité du Liban)", the last words of a capitalised run whose initials give the
    acronym's letters (a joiner such as "of" or "du" may give one or be skipped); with no
    such definition, the one run anywhere in the text that spells it out (3+ letters)."""
    text = article.text
    letters = acronym.replace("&", "")
    esc = re.escape(acronym)
    near = _bracket_index(article).get(acronym, ())
    if near:  # a definition in brackets ("... (EDL)", "EDL (..."), read around each one
        pattern = re.compile(rf"({_SPELLED})\s*\(\s*{esc}\s*\)|\b{esc}\s*\(\s*({_SPELLED})\s*\)")
        for at in near:
            lo, hi = max(0, at - BRACKET_REACH), min(len(text), at + BRACKET_REACH)
            for m in pattern.finditer(text, lo, hi):
                found = _spelling(m.group(1) or m.group(2), letters)
                if found is not None:
                    return found or None
    if len(letters) < 3:
        return None
    # no definition in brackets: the one run anywhere in the text that spells it out
    # ("called the Texas Commission on Environmental Quality ... the TCEQ said")
    runs = _spelling_index(article).get((letters[0], letters[-1]), ())
    spelled = {_spelling(" ".join(run), letters) for run in runs} - {None}
    return spelled.pop() or None if len(spelled) == 1 else None


#: A short name in mixed case with two or more capitals ("PhilFIDA", "NatWest").
_MIXED_ACRONYM: re.Pattern[str] = re.compile(r"[A-Z][a-z]*[A-Z][A-Za-z]*")
#: An acronym whose lowercase letters stand for "of", "and" or "for" ("DoE", "MoET", "DfE").
_JOINER_ACRONYM: re.Pattern[str] = re.compile(r"[A-Z](?:[ofa]?[A-Z]){1,5}")


def _bracket_definition(article: Article, short: str) -> str | None:
    """The body's name the text gives right before ``short`` in brackets: "the Philippine
    Fiber Industry Development Authority (PhilFIDA)" (its last word an organisation word)."""
    text = article.text
    pattern = re.compile(rf"({_SPELLED})\s*\(\s*{re.escape(short)}\s*\)")
    for at in _bracket_index(article).get(short, ()):
        m = pattern.search(text, max(0, at - BRACKET_REACH), min(len(text), at + len(short) + 4))
        if m is None:
            continue
        words = m.group(1).split()
        while words and words[0].lower() in ("the", "a", "an"):
            words.pop(0)
        if len(words) >= 2 and (
            words[-1].lower() in people.org_words()
            # "Ministry of Education and Training (MoET)": its initials spell the name
            or (
                short != short.upper()
                and _JOINER_ACRONYM.fullmatch(short) is not None
                and bool(_spelling(" ".join(words), short.upper()))  # ("" for a role's name)
            )
        ):
            return " ".join(words)
    return None


#: Characters around a bracketed acronym read for the name it abbreviates.
BRACKET_REACH = 300
#: A word in brackets, or a word before an opening bracket: group 1 or 2.
_BRACKETED: re.Pattern[str] = re.compile(r"\(\s*([^\s()]+)\s*\)|([^\s()]+)\s*(?=\()")


@functools.lru_cache(maxsize=64)
def _bracket_index(article: Article) -> dict[str, list[int]]:
    """Offsets of every word in brackets and every word before a bracket, by word (one pass
    over the text, so each acronym reads only the places it stands by a bracket)."""
    out: dict[str, list[int]] = {}
    for m in _BRACKETED.finditer(article.text):
        word = m.group(1) or m.group(2)
        out.setdefault(word, []).append(m.start())
    return out


@functools.lru_cache(maxsize=64)
def _spelling_index(article: Article) -> dict[tuple[str, str], list[tuple[str, ...]]]:
    """The article's distinct capitalised runs (:data:`_SPELLED`), each under the initials
    of its first and last words (one pass, so every acronym looks up only its candidates)."""
    out: dict[tuple[str, str], list[tuple[str, ...]]] = {}
    seen: set[str] = set()
    for m in re.finditer(_SPELLED, article.text):
        run = m.group()
        if run in seen or " " not in run:
            continue
        seen.add(run)
        words = tuple(run.split()[-MAX_SPELLED_WORDS:])  # an acronym spells the run's end
        last = _initial(words[-1])
        for k, word in enumerate(words[:-1]):
            if word.lower() not in _ACRONYM_SKIPS:
                out.setdefault((_initial(word), last), []).append(words[k:])
    return out


#: Most words of a name an acronym spells out (its letters and the joiners between them).
MAX_SPELLED_WORDS = 12


def _initial(word: str) -> str:
    """The word's first letter in capitals, without its accent ("Électricité": "E")."""
    return unicodedata.normalize("NFD", word)[0].upper()


def _spelling(run: str, letters: str) -> str | None:
    """The last words of ``run`` whose initials spell ``letters``; "" for a role's name
    ("Municipal Chief Executive"); None when no words do."""
    words = run.split()
    for k in range(len(words) - 1, -1, -1):
        if words[k].lower() not in _ACRONYM_SKIPS and _initials_match(words[k:], letters):
            head = words[-1].lower()
            if head in people.roles() or head in people.titles():
                return ""  # "Municipal Chief Executive (MCE)": a role, not a body
            j = k
            while j > 0 and (words[j - 1][:1].isupper() or words[j - 1] in ("and", "&")):
                j -= 1
            while j < k and not (
                len(words[j]) > 1 and words[j].isupper() and words[j].lower() not in _ACRONYM_SKIPS
            ):
                j += 1
            # "NHS Humber and North Yorkshire Integrated Care Board (ICB)": an acronym
            # opens the body's whole name before the spelled-out words
            return " ".join(words[j:]).rstrip(",")
    return None


#: A capitalised run with lowercase joiners inside ("Texas Commission on Environmental Quality").
_SPELLED = (
    r"[A-ZÀ-ÖØ-Þ][\w'’.-]*(?:(?:,(?=(?:\s+[A-ZÀ-ÖØ-Þ][\w'’.-]*)+\s+(?:and|&)\s))?"
    r"\s+(?:(?:of|on|and|for|the|du|de|des|la|&)\s+)*[A-ZÀ-ÖØ-Þ][\w'’.-]*)*"
)  # (a list inside a name before its "and": "Department of Environment, Food and Agriculture")


def _initials_match(words: list[str], letters: str) -> bool:
    """Whether the words' first letters spell ``letters``: every capitalised word gives its
    initial, a joiner gives its initial or nothing."""
    heads = [_initial(w) for w in words]
    joiner = [w.lower() in _ACRONYM_SKIPS for w in words]
    ok = {0}  # letters matched so far, over the words read
    for head, skip in zip(heads, joiner, strict=True):
        nxt = {i + 1 for i in ok if i < len(letters) and letters[i] == head}
        ok = nxt | ok if skip else nxt
        if not ok:
            return False
    return len(letters) in ok


def _resolve_mention(
    article: Article,
    span: tuple[int, int],
    toks: tuple[_Tok, _Tok],
    previous: list[tuple[int, str]],
    spans: _Spans,
) -> tuple[str | None, str | None, tuple[int, int]]:
    """The speaker's name, the method and the mention's span (see :func:`_mention_name`); a
    body's short name given by its words is the full name the text gave before
    ("Bellwether said" after "Bellwether Foods")."""
    name, method, where = _mention_name(article, span, toks, previous, spans)
    if name is not None and method == "name" and _ACRONYM_NAME.fullmatch(name):
        holder = _acronym_role_holder(article, where, spans)
        if holder is not None:
            return holder, "alias", where  # "the DPP said" after "Prosecutor (DPP) Ann Lee"
    if name is not None and method == "name" and name not in _person_names(article):
        longer = _longer_body_name(article, name, where[0], spans)
        if longer is None and _DEFINITE_SHORT.fullmatch(article.text, where[0], where[1]):
            longer = _ending_body_name(article, name, where[0], spans)  # "the Manch"
        if longer is not None:
            return longer, "alias", where
    return name, method, where


#: "the" and an acronym: a role's short form ("the DPP", "the IO").
_DEFINITE_ACRONYM: re.Pattern[str] = re.compile(r"[Tt]he[ \t]+([A-Z]{2,6})")


def _acronym_role_holder(article: Article, span: tuple[int, int], spans: _Spans) -> str | None:
    """The one person the text named right after a role's acronym in brackets before
    ``span`` ("Deputy Public Prosecutor (DPP) Muhammad Hariz bin Mahadi" ... "the DPP
    said"), when the mention is "the" and that acronym."""
    text = article.text
    m = _DEFINITE_ACRONYM.fullmatch(text, span[0], span[1])
    if m is None:
        return None
    letters = m.group(1)
    found: set[str] = set()
    # "(DC) Kohima, Akumla Longkumer": the role's place may come between
    for d in re.finditer(
        rf"\(\s*{re.escape(letters)}\s*\)[ \t]+(?:{_ROLE_PLACE},[ \t]+)?", text[: span[0]]
    ):
        k = bisect.bisect_left(spans.name_starts, d.end())
        if k < len(spans.name_starts) and spans.name_starts[k] == d.end():
            found.add(spans.named[k][1])
    if not found:
        found = _spelled_role_holders(text, letters, span[0], spans)
    return found.pop() if len(found) == 1 else None


#: One or two capitalised words of a place after a role ("Deputy Commissioner (DC) Kohima,").
_ROLE_PLACE = r"[A-Z][\w’'-]+(?:[ \t]+[A-Z][\w’'-]+)?"
#: The words of a role and the titles after it right before a name ("Resident District
#: Commissioner Lt Col (Rtd) "): the role's words are the group.
_ROLE_BEFORE_NAME: re.Pattern[str] = re.compile(
    r"(?P<role>(?:[A-Z][a-z]+[ \t]+(?:(?:of|for|and)[ \t]+)?){1,5})"
    r"(?:(?:[A-Z][a-z]{0,3}\.?|\([A-Z][a-z]{1,4}\.?\))[ \t]+){0,4}\Z"
)


def _spelled_role_holders(text: str, letters: str, before: int, spans: _Spans) -> set[str]:
    """The persons named right after a role whose words the acronym spells, titles allowed
    between ("Kasese Resident District Commissioner Lt Col (Rtd) Emmanuel Kato" ... "the RDC
    said"), before ``before``."""
    found: set[str] = set()
    k = bisect.bisect_left(spans.name_starts, before)
    for start, name, _ in spans.named[:k]:
        m = _ROLE_BEFORE_NAME.search(text, max(0, start - 80), start)
        if m is None:
            continue
        words = m.group("role").split()
        while words and len(words[-1]) <= 3 and words[-1].lower() not in people.roles():
            words.pop()  # a title the role group took ("... Commissioner Lt Col")
        if not words or words[-1].lower() not in people.roles():
            continue
        for j in range(len(words)):
            if words[j].lower() not in _ACRONYM_SKIPS and _initials_match(words[j:], letters):
                found.add(name)
                break
    return found


#: "the" and one capitalised word: a body's short name ("the Manch", "the Trust").
_DEFINITE_SHORT: re.Pattern[str] = re.compile(r"[Tt]he[ \t]+[A-Z][\w’'-]+")


def _ending_body_name(article: Article, name: str, before: int, spans: _Spans) -> str | None:
    """The one longer name (two to six words, no person's) the text gave before ``before``
    that ends with the one word ``name`` ("The Madhya Pradesh Nagrik Adhikar Manch" ... "the
    Manch said")."""
    found: set[str] = set()
    persons = _person_names(article)
    lo = max(0, before - MAX_BODY_NAME_DISTANCE)
    for r in _PROPER_RUN.finditer(article.text, lo, before):
        if article.text[r.start() - 1 : r.start()] == ".":
            continue  # "U.S. Army Corps": a run cut at an abbreviation's dot
        words = _name_words(r.group())
        if 2 <= len(words) <= 6 and words[-1] == name and not spans.in_quote(r.start()):
            full = " ".join(words)
            if full not in persons and words[0].lower() not in _CREDIT_OPENERS:
                found.add(full)
    return found.pop() if len(found) == 1 else None


#: How far back (characters) a body's full name is looked for.
MAX_BODY_NAME_DISTANCE = 20_000


#: Words that open a photo credit, not a body's name ("Courtesy Netanya Municipality").
_CREDIT_OPENERS: frozenset[str] = frozenset(
    {"courtesy", "photo", "photos", "image", "images", "picture", "credit", "via", "by", "source"}
)


def _longer_body_name(article: Article, name: str, before: int, spans: _Spans) -> str | None:
    """The one longer name the text gave before ``before`` that opens with ``name``'s words
    and names a body: it ends in an organisation word or a company suffix, or ``name`` is one
    word (no place) and the longer name at most four ("Bellwether" -> "Bellwether Foods")."""
    short = name.split()
    if len(short) == 1 and short[0].lower() in people.org_names():
        return None  # "Pew", "Reuters": a name of its own
    one_word = len(short) == 1 and short[0].lower() not in people.place_words()
    found: set[str] = set()
    text = article.text
    tail = len(short) >= 2 and short[-1].lower() in people.org_words()
    for r in _PROPER_RUN.finditer(text, max(0, before - MAX_BODY_NAME_DISTANCE), before):
        words = _name_words(r.group())
        based = [i for i, w in enumerate(words) if _BASED.search(w)]
        if based:  # "Pagosa Springs-based Highmesa Builders": the name after the modifier
            words = words[based[-1] + 1 :]
        if len(words) <= len(short) or spans.in_quote(r.start()):
            continue
        if (
            tail
            and words[-len(short) :] == short
            and len(words) - len(short) <= 3
            and words[0].lower() not in _CREDIT_OPENERS  # not "Courtesy Netanya Municipality"
        ):
            found.add(" ".join(words))  # "the Sheriff's Office": "Fresno County Sheriff's Office"
            continue
        if words[: len(short)] != short:
            continue
        last = words[-1].lower().rstrip(".")
        if last in COMPANY_SUFFIXES or last in people.org_words() or (one_word and len(words) <= 4):
            found.add(" ".join(words))
    if len(found) != 1:
        return None
    longer = found.pop()
    return None if longer in _person_names(article) else longer


def _whole_body_name(article: Article, span: tuple[int, int], name: str) -> str:
    """The body's whole name as the mention writes it, where the name finder gave only a
    part: the words after a possessive ("The Widcombe Traders’ Association", "the Orkney
    Creel Fishermen’s Association", when
    they end in an organisation word) and an acronym before the name ("NHS Western Isles",
    "HSE Dublin and South East"); ``name`` itself otherwise, and always for a person."""
    text = article.text
    mention = text[span[0] : span[1]]
    at = mention.find(name)
    if at < 0 or name in _person_names(article):
        return name
    m = _PLURAL_POSSESSIVE_TAIL.match(mention, at + len(name))
    if (
        m is not None
        and (name.endswith("s") or m.group().startswith(("’s", "'s")))
        and m.group(1).split()[-1].lower() in people.org_words()
    ):
        return mention[at : m.end()]  # ("Orkney Creel Fishermen’s Association")
    place = _PLACE_LEAD.fullmatch(mention, 0, at)
    if place is not None and (
        place.group(1).split()[-1].lower() in people.place_words()
        # "the Prince Albert Police Service", "the McLean County State's Attorney's Office":
        # capitalised words before a body's name are the body's (not "The" opening the
        # sentence, nor "Sarajevo-based NGO" or "Taliban-run")
        or (
            name.split()[-1].lower() in people.org_words()
            and place.group(1).split()[0] not in ("The", "the")
            and not any(_HYPHEN_MODIFIER.search(w) or w.isupper() for w in place.group(1).split())
            # (nor one owner: "USDA’s Food Safety and Inspection Service", not "McLean
            # County State's Attorney's Office")
            and not (
                " " not in place.group(1).strip()
                and place.group(1).strip().endswith(people.POSSESSIVE_ENDINGS)
            )
        )
    ):
        return mention[place.start(1) : at + len(name)]  # "Skaha Valley Fruit Packers Co-op"
    acronym = _TRAILING_ACRONYM.fullmatch(mention.rstrip(" ,"), at + len(name))
    if acronym is not None and not _ACRONYM_NAME.fullmatch(name):
        # "Abilene ISD": the place and the body's acronym, as the text spells it out
        spelled = _spelled_out(article, acronym.group(1))
        if spelled is None:
            return f"{name} {acronym.group(1)}"
        return spelled if spelled.startswith(name) else f"{name} {spelled}"
    tail = _OF_TAIL.match(mention, at + len(name))
    if (
        tail is not None
        and tail.end() == len(mention.rstrip(" ,"))
        and name.split()[-1].lower() in people.org_words()
    ):
        return mention[at : tail.end()]  # "the Routt County Board of Commissioners"
    lead = _ACRONYM_LEAD.match(mention)
    if lead is not None and lead.start(1) <= at:
        words = mention[lead.start(1) :].split()
        if all(w[:1].isupper() or w in _BODY_NAME_JOINERS for w in words):
            return mention[lead.start(1) :]
    # "Crestfield said" after "Crestfield Metal Products will close": the full name
    return _full_firm_name(text, name, span[0])


#: An acronym in capitals closing a mention after a name ("Abilene ISD").
_TRAILING_ACRONYM: re.Pattern[str] = re.compile(r"[ \t]+([A-Z]{2,6})")
#: "of" or "for" and capitalised words ending a body's name in its mention ("Board of
#: Commissioners", "Company for Water and Wastewater").
_OF_TAIL: re.Pattern[str] = re.compile(
    r"[ \t]+(?:of|for)[ \t]+(?:the[ \t]+)?[A-Z][\w'’-]*(?:[ \t]+(?:(?:and|&|of|for|the)[ \t]+)*[A-Z][\w'’-]*)*"
)
#: A modifier with a lowercase part after a hyphen ("Taliban-run", "Sarajevo-based").
_HYPHEN_MODIFIER: re.Pattern[str] = re.compile(r"-[a-z]")
#: A modifier that ends before a body's name: "Springs-based", "state-run", "Qatar-funded".
_BASED: re.Pattern[str] = re.compile(r"-(?:based|run|owned|led|backed|funded|headquartered)$")
#: The words after a plural possessive inside a body's name ("’ Welfare Group").
_PLURAL_POSSESSIVE_TAIL: re.Pattern[str] = re.compile(r"['’]s?((?:[ \t]+[A-Z][\w-]*){1,3})")
#: Capitalised words of a place opening a body's name, after "the" if any ("the Skaha
#: Valley" of "the Skaha Valley Fruit Packers Co-op").
_PLACE_LEAD: re.Pattern[str] = re.compile(r"(?:[Tt]he[ \t]+)?((?:[A-Z][\w’'-]*[ \t]+)+)")
#: An acronym opening a body's name, after "the" if any ("NHS Western Isles").
_ACRONYM_LEAD: re.Pattern[str] = re.compile(r"(?:[Tt]he[ \t]+)?([A-Z]{2,6})[ \t]+(?=[A-Z][a-z])")
#: Lowercase words inside a body's name ("Dublin and South East", "Ministry of Health").
_BODY_NAME_JOINERS: frozenset[str] = frozenset({"and", "of", "for", "the", "&", "on"})


def _mention_name(
    article: Article,
    span: tuple[int, int],
    toks: tuple[_Tok, _Tok],
    previous: list[tuple[int, str]],
    spans: _Spans,
) -> tuple[str | None, str | None, tuple[int, int]]:
    text = article.text
    first = toks[0]
    single = span[1] - span[0] == len(first.text)
    if single and first.lower in PRONOUN_DETERMINERS:
        return None, "description", span  # "Another tweeted": an unnamed person
    if first.lower in SUBJECT_PRONOUNS and single and ANONYMOUS_AFTER.match(text, span[1]):
        return None, "description", span  # '"...," she said, asking not to be named.'
    if first.lower in SUBJECT_PRONOUNS and single:
        described = _described_antecedent(article, span[0], spans)
        if described is not None:
            return None, "description", described
        named = _named_description(article, span[0], first.lower, spans)
        if named is not None:
            return named, "pronoun", span
    relative_who = single and first.lower in RELATIVE_WHO
    if text.startswith(",", span[1]) or relative_who:
        # "A member of a growers' association in Jalalpur Pirwala, who requested anonymity,
        # said": the place closes a description of someone unnamed (the mention is the
        # place, or the "who" after it)
        k = bisect.bisect_right(spans.sentence_starts, span[0]) - 1
        lo = spans.sentences[k].start if k >= 0 else 0
        unnamed = _anonymous_description(text, lo, lo, min(len(text), span[1] + 120), spans)
        if (
            unnamed is not None
            and unnamed[0] <= span[0]
            and (
                unnamed[1] == span[1]
                or (relative_who and text[unnamed[1] : span[0]].strip(", ") == "")
            )
        ):
            return None, "description", unnamed
    target, relative = span, False
    if single and first.lower in RELATIVE_PRONOUNS:
        found = _antecedent(text, span[0], spans)
        if found is not None:
            target, relative = found, True
    joint = _JOINT_NAMES.search(text, span[0], span[1])
    if (
        joint is not None
        and joint.end() == span[1]
        and " of " not in text[span[0] : joint.start(1)]
        and " for " not in text[span[0] : joint.start(1)]  # "Company for Water and Wastewater"
        # (nor "the Parks and Wildlife Commission", "Health and Care Jersey")
        and not people.joined_body(text[span[0] : span[1]].split())
        and _ACRONYM_LEAD.match(text, span[0], span[1]) is None  # "HSE Dublin and South East"
    ):
        # (not "the Ministry of Industry and Information Technology": one body)
        # "Ann Lee and Bo Kim said": the mention names both; the speaker column holds one
        # name, the last, as for "X and Y said" read backwards from the cue
        target = (joint.start(1), span[1])
    try:
        name, method = people.resolve_mention(
            article, target[0], target[1], previous_speakers=previous
        )
    except Exception:  # a colleague's resolver must never lose the quote table
        logger.exception("resolve_mention failed on %r", text[span[0] : span[1]])
        name, method = None, None
    if name is not None and method == "name":
        name = _whole_body_name(article, target, name)  # "Widcombe Traders’ Association"
        if (
            name.split()[-1].lower() in COMPANY_SUFFIXES
            and name + "." in text[target[0] : target[1]]
        ):
            name += "."  # "Ridgeline Baking Co. said": the suffix keeps its dot
    if name is not None and name.lower() in people.nationalities():
        name, method = None, "description"  # "senior Democrats": a group, not a name
    elif (
        method == "alias"
        and first.lower == "the"
        and _described_antecedent(article, span[0], spans) is not None
    ):
        # "One senior backbencher said ... "...," the MP said": the one just described,
        # unnamed, not the MP named paragraphs before
        return None, "description", span
    elif (
        name is not None
        and not text.startswith(name, target[0])  # (not "Pyongyang's" statement)
        and all(w.lower() in people.place_words() for w in name.split())
    ):
        name, method = None, "description"  # "Officials of Ohio and Texas": not Texas
    if name is None and method in (None, "description"):
        governed = _GOVERNORS_OF.fullmatch(text, span[0], span[1])
        if governed is not None:
            body, how = people.resolve_mention(article, governed.start(1), governed.end(1))
            if body is not None and how == "name" and body not in _person_names(article):
                return body, "name", span  # "the directors of Derrylea Joinery said"
        owner = _role_owner(article, span, spans)
        if owner is not None and _described_antecedent(article, span[0], spans) is not None:
            return None, "description", span  # "One grower, who asked not to be named, ..."
        if owner is not None:
            return owner, "alias", span  # "The fiscal said" after "Fiscal depute Ann Lee"
    if (
        name is None or (first.lower == "the" and " " not in name and name.lower() in BODY_NOUNS)
        # "the Forum said": the forum the text named ("The court heard ...": the hearer of
        # what others said, named by no one)
    ) and _HEARD_AFTER.match(text, span[1]) is None:
        unit = _BODY_UNIT.fullmatch(text, span[0], span[1])
        owned = _BODY_OWNER.fullmatch(text, span[0], span[1]) if unit is None else None
        # "the council's planning report" (not "The authority's deputy director": a person)
        if owned is not None and not any(w in people.roles() for w in owned.group(2).split()):
            unit = owned
        owner_span = (span[0], unit.end(1)) if unit is not None else span
        firm = _organisation_antecedent(article, owner_span, spans)
        if firm is None and owner_span != span:  # "the sheriff's office": a named office
            firm = _organisation_antecedent(article, span, spans)
        if firm is None:
            firm = _labelled_body(article, owner_span, spans)
        if firm is None:
            firm = _lowercase_body_name(article, owner_span, spans)
        if firm is not None:
            return firm, "alias", span  # "the company said" after "Northway Marine, which"
    if name is None:
        author = _document_author(article, span, previous, spans)
        if author is not None:
            return author, "document", span  # "the statement said": the council that issued it
    if name is None and method is None:
        body = _body_speaker(article, span, previous, spans)
        if body is not None:  # "... Ferries called it "not one we made lightly." / "...,"
            # the agency said": the body quoted just before ("It said": by the pronoun)
            it = text[span[0] : span[1]].lower() == "it"
            return body, "pronoun" if it else "alias", span
    if name is None:
        given = _given_name_after(article.text, span[1], spans)
        if given is not None:  # "said a nursing student who gave only her first name, Lotte"
            return given, "name", span
    if method is None and (
        first.lower in DETERMINERS
        or (first.text.islower() and _is_source_noun(first.lower))  # "police said"
        or relative
        or _is_number(first)
        or first.lower in QUANTITY_HEDGES
    ):
        method = "description"
    elif relative:
        method = "relative"
    return name, method, span


#: After a pronoun's cue, words that say the speaker goes unnamed: '"...," she said, asking
#: not to be named', 'he said, speaking on condition of anonymity'.
ANONYMOUS_AFTER: re.Pattern[str] = re.compile(
    r"\s+(?:\w+\s+){0,2}\w+,\s+(?:who\s+)?(?:asked|asking|spoke|speaking|requested|requesting"
    r"|declined|declining)\s+(?:not\s+to\s+be\s+(?:named|identified)"
    r"|on\s+(?:the\s+)?condition\s+(?:of|that\s+(?:she|he|they)\s+not\s+be\s+named)"
    r"|anonymity|to\s+be\s+(?:named|identified)|to\s+give\s+(?:his|her|their)\s+(?:full\s+|last\s+)?name)"
)
#: A definite role mention: "the" and one person noun ("The fiscal", "the sheriff").
_DEFINITE_ROLE: re.Pattern[str] = re.compile(r"(?i)the\s+([a-z][\w-]*)")
#: Most words of a role written before a name ("Fiscal depute Alasdair Pirie").
MAX_ROLE_WORDS = 3


def _role_owner(article: Article, span: tuple[int, int], spans: _Spans) -> str | None:
    """The one person the text introduced earlier with the role word of ``the <role>``
    written before their name ("Fiscal depute Alasdair Pirie told the court ... The
    fiscal said"), when the resolver names nobody; None when no one or several match.

    >>> from analysis import article_from_text
    >>> art = article_from_text("T\\n\\nFiscal depute Ann Lee spoke. The fiscal said it.")
    >>> i = art.text.index("The fiscal")
    >>> _role_owner(art, (i, i + 10), _spans(art, []))
    'Ann Lee'
    """
    m = _DEFINITE_ROLE.fullmatch(article.text, span[0], span[1])
    if m is None or m.group(1).lower() not in speaker_nouns():
        return None
    role = m.group(1).lower()
    before_names = _roles_before_names(article)
    written = sorted(
        itertools.chain.from_iterable(
            before_names.get(form, []) for form in (role, *ROLE_TITLE_FORMS.get(role, ()))
        )
    )
    found = {name for _, name in written[: bisect.bisect_left(written, (span[0], ""))]}
    return found.pop() if len(found) == 1 else None


#: The other ways a role is written as a title before a name ("Justice Nalini Sookdeo-
#: Mitchell ... the judge said", "Sgt. Ann Lee ... the sergeant said"), as
#: :func:`_roles_before_names` keys them (lowercase, abbreviation dot kept).
ROLE_TITLE_FORMS: Mapping[str, tuple[str, ...]] = {
    "judge": ("justice",),
    "senator": ("sen.", "sen"),
    "governor": ("gov.", "gov"),
    "representative": ("rep.", "rep"),
    "congressman": ("rep.", "rep"),
    "congresswoman": ("rep.", "rep"),
    "councillor": ("cr", "cr.", "cllr", "cllr.", "coun", "coun.", "councilor"),
    "councilor": ("councillor", "coun.", "coun"),
    "detective": ("det.", "det"),
    "sergeant": ("sgt.", "sgt"),
    "inspector": ("insp.", "insp"),
    "superintendent": ("supt.", "supt"),
    "constable": ("const.", "cst.", "pc"),
    "professor": ("prof.", "prof"),
    "doctor": ("dr.", "dr"),
    "lieutenant": ("lt.", "lt"),
    "captain": ("capt.", "capt"),
}


@functools.lru_cache(maxsize=64)
def _roles_before_names(article: Article) -> dict[str, list[tuple[int, str]]]:
    """For each lowercase word written right before a person's mention (up to
    :data:`MAX_ROLE_WORDS` words on its line), the ``(start, name)`` of those mentions in
    text order: one pass for the article, however many "the <role>" mentions ask."""
    text = article.text
    out: dict[str, list[tuple[int, str]]] = {}
    for p in _safe_persons(article):
        for s, _ in p.mentions:
            before = text[max(0, s - 60) : s].split("\n")[-1]
            words = _ROLE_WORD.findall(before)[-MAX_ROLE_WORDS:]
            if words and words[-1].lower() in ("of", "for", "from", "at", "in"):
                continue  # "The Bishop of Harkness": the bishop's see, not the bishop
            tail = itertools.takewhile(lambda w: w[0].isalnum(), reversed(words))
            for w in {w.lower() for w in tail}:
                out.setdefault(w, []).append((s, p.name))
    for found in out.values():
        found.sort()
    return out


#: A word or one other character, as :func:`_role_owner` reads the words before a name.
_ROLE_WORD: re.Pattern[str] = re.compile(r"[\w’'.-]+|[^\w\s]")


#: Nouns of a business that "the <noun>" names once the text has named it ("the company",
#: "the railroad"): companies only, not public bodies, groups, places or nouns that are
#: also a person's ("the owner", "the developer").
FIRM_NOUNS: frozenset[str] = frozenset(
    {"company", "firm", "railroad", "railway", "carrier", "utility", "airline", "bank",
     "lender", "insurer", "retailer", "chipmaker", "carmaker", "automaker", "manufacturer",
     "supplier", "startup", "conglomerate", "corporation", "distributor", "operator"}
)  # fmt: skip
#: Last words of a company's name ("Brightwater Holdings", "Acme Corp.").
COMPANY_SUFFIXES: frozenset[str] = frozenset(
    {"inc", "ltd", "llc", "plc", "corp", "corporation", "co", "holdings", "group", "ag",
     "sa", "gmbh", "limited", "incorporated", "company", "partners", "industries",
     "enterprises", "ventures", "llp", "lp", "pty", "bhd", "nv", "bv", "spa", "srl", "sarl",
     "asa", "oyj", "kft", "sro", "pvt", "ltda"}
)  # fmt: skip
#: A capitalised run of words (with "&" or "and" inside) that may name a company.
_PROPER_RUN: re.Pattern[str] = re.compile(
    r"\b[A-Z][\w’'-]*(?:\.?(?:[ \t]+(?:&[ \t]+)?)[A-Z][\w’'-]*)*\.?"
)
#: "the <noun>" or "the <modifier> <noun>" ("the water directorate"): groups 1 and 2.
#: Also "the sheriff's office" (a possessive modifier) and a bare "council" ("council said",
#: as Australian and British papers write it).
_DEFINITE_BODY: re.Pattern[str] = re.compile(
    r"(?i)(?:the\s+|(?=council\b))(?:([a-z][\w-]*(?:['’]s)?)\s+)?([a-z][\w-]*)"
)
#: A body owning what follows in lower case: "the council's planning report", "the
#: board's" (the body speaks).
_BODY_OWNER: re.Pattern[str] = re.compile(
    r"((?i:the)\s+(?:[a-z][\w-]*\s+)?[a-z][\w-]*)['’]s?((?:\s+[a-z][\w-]*){0,2})"
)
#: A body's office or branch, named after the body: "the weather service's Norman office"
#: (the body speaks).
_BODY_UNIT: re.Pattern[str] = re.compile(
    r"((?i:the)\s+(?:[a-z][\w-]*\s+)?[a-z][\w-]*)['’]s?\s+(?:[A-Z][\w-]*\s+){0,2}"
    r"(?:office|branch|division|bureau|unit|headquarters|press\s+office)"
)
#: Nouns that "the <noun>" uses for any organisation ("the organisation said"): the one
#: organisation the text named as a subject before it.
GROUP_NOUNS: frozenset[str] = frozenset(
    {"organisation", "organization", "nonprofit", "non-profit", "charity"}
)
#: Nouns that "the <noun>" uses for a public body whatever its name's head ("the agency"
#: after "the Oklahoma State Department of Health"), when no name has that head.
GENERIC_BODY_NOUNS: frozenset[str] = frozenset({"agency"})
#: How far back (characters) "the company" looks for the company it means.
MAX_FIRM_DISTANCE = 1500
#: How far back "the <head>" looks for a name with that head ("the Mobile Bay Shrimpers
#: Cooperative" ... "the shrimpers cooperative said"): a whole story, as such a name is rare.
MAX_SAME_HEAD_DISTANCE = 6000
#: Nouns of public bodies and groups that "the <noun>" names once the text has named one
#: with that head ("the Harbour Operators' Forum ... the forum said", "the Ministry of
#: Environment ... the ministry said"); unlike :data:`FIRM_NOUNS`, only by that head.
BODY_NOUNS: frozenset[str] = frozenset(
    {"ministry", "department", "agency", "authority", "board", "commission", "committee",
     "council", "association", "federation", "union", "forum", "coalition", "alliance",
     "collective", "cooperative", "co-operative", "society", "institute", "foundation",
     "trust", "bureau", "office", "directorate", "inspectorate", "regulator", "tribunal",
     "network", "chamber", "league", "guild", "centre", "center", "service", "municipality",
     "conservancy", "division", "police", "group", "court", "district", "club", "college",
     "university", "school", "hospital", "museum", "library", "lab", "laboratory", "clinic",
     "practice"}
)  # fmt: skip
#: The rest of a body's name after its head word: "of Environment", "of Pardons and
#: Paroles", "for Agricultural Science", "of Energy, Water Resources and Irrigation" (a list
#: only when "and" ends it), "of Vacation Rental Hosts of the Oaxaca Coast" (two parts).
_OF_NAME: re.Pattern[str] = re.compile(
    r"(?: (?:of|for)(?: the)? [A-Z][\w’'-]*(?: [A-Z][\w’'-]*)*"
    r"(?:(?:,(?: [A-Z][\w’'-]*)+)*(?: and| &)(?: [A-Z][\w’'-]*)+)?){1,2}"
)


#: Those who run a body and speak as it: "the directors of Derrylea Joinery" (group 1: the
#: body's name).
_GOVERNORS_OF: re.Pattern[str] = re.compile(
    r"(?i:the)\s+(?:(?i:board)\s+of\s+)?(?i:directors|trustees|governors|management|owners)"
    r"\s+(?:of|at)\s+(?:the\s+)?([A-Z][\w’'&.-]*(?:\s+(?:&\s+)?[A-Z][\w’'&.-]*)*)"
)
#: A lowercase word right after a name: the name is its clause's subject ("Siskiyou Crest
#: was founded").
_VERB_AFTER: re.Pattern[str] = re.compile(r"[ \t]+[a-z]{2,}\b")
#: A relative clause introducing a company right after its name ("Acme Rail, which runs it").
_WHICH_AFTER: re.Pattern[str] = re.compile(r",\s+which\b")
#: A verb after the comma closing an apposed name ("..., Acme Homes, bought the park").
_APPOSED_VERB: re.Pattern[str] = re.compile(
    r",[ \t]+(?!(?:the|and|or|but|who|whom|whose|which|that|its|their|his|her|an|in|on|at|for"
    r"|with|of|to|from|by|as|also|now|then|said|says|told)\b)[a-z]{2,}\b"
)


def _organisation_antecedent(article: Article, span: tuple[int, int], spans: _Spans) -> str | None:
    """The one company named as a subject (opening a sentence or its main clause) before
    a mention "the <firm noun>" outside quotes, or named anywhere with that noun as its
    head: a name ending in that noun ("the Allegheny & Western Railroad" ... "the railroad") or in a
    company suffix ("Brightwater Holdings"), or a name followed by ", which" ("Northway
    Marine, which has operated the crossing, ..." ... "the company said"); None when no
    company or several are named.

    >>> from analysis import article_from_text
    >>> art = article_from_text("T\\n\\nAcme Rail, which runs it, left. The company said no.")
    >>> i = art.text.index("The company")
    >>> _organisation_antecedent(art, (i, i + 11), _spans(art, []))
    'Acme Rail'
    """
    text = article.text
    m = _DEFINITE_BODY.fullmatch(text, span[0], span[1])
    if m is None:
        return None
    noun = m.group(2).lower()
    modifier = m.group(1).lower() if m.group(1) else None
    firm = noun in FIRM_NOUNS and modifier is None
    # "the organisation": any organisation; "the agency": a public body of any head
    group = (noun in GROUP_NOUNS or noun in GENERIC_BODY_NOUNS) and modifier is None
    if not firm and not group and noun not in BODY_NOUNS:
        return None
    found: dict[str, str] = {}  # lowercase name -> the name as written (not in capitals)
    subjects: dict[str, str] = {}  # the same, of organisations that opened a sentence
    far: dict[str, str] = {}  # companies introduced with ", which" further back
    weak: dict[str, str] = {}  # names opening a sentence before its verb, nearby
    last_subject: str | None = None  # the latest same-head name that opened its sentence
    lo = max(0, span[0] - MAX_FIRM_DISTANCE)
    for r in _PROPER_RUN.finditer(text, max(0, span[0] - MAX_SAME_HEAD_DISTANCE), span[0]):
        run, end = r.group(), r.end()
        if spans.in_quote(r.start()):
            continue
        if spans.name_between(r.start(), end):
            # "Secretary of the Weragoda Pola Traders' Welfare Society Lakmal Peiris": the
            # body's name before the person's, when it has the same head
            named = _body_before_name(text, r.start(), end, noun, spans)
            if named is None:
                continue
            run, end = named, r.start() + len(named)
        words = _name_words(run)
        if not words:
            continue
        if words[-1].endswith(people.POSSESSIVE_ENDINGS):  # "Suffolk County Council's cabinet"
            words[-1] = words[-1][:-2]
        owner = max(
            (
                i
                for i, w in enumerate(words[:-1])
                if w.endswith(people.POSSESSIVE_ENDINGS) and w[:-2].isupper() and len(w) > 3
            ),
            default=-1,
        )
        if owner >= 0:
            # "the THA’s Division of ...": an acronym owning the body is no part of its
            # name (a "Sheriff's Office" or "People’s Council" keeps its possessive)
            words = words[owner + 1 :]
        last = words[-1].lower().rstrip(".")
        tail = _OF_NAME.match(text, end) if last == noun else None
        if last == noun and (len(words) > 1 or tail is not None):
            # "the Allegheny & Western Railroad", "the Ministry of Environment": the same head
            head = _AND_HEAD.search(text, max(0, r.start() - 60), r.start())
            lead = (
                head.group(1).split() if head is not None and len(words) == len(run.split()) else []
            )
            while lead and lead[0].lower() in CAPITALISED_NON_NAMES:
                lead.pop(0)  # "The Nurses and Midwives Union": the union's own first words
            before = " ".join(lead) + " and " if lead else ""
            if not before and len(words) == len(run.split()):
                of_lead = _OF_LEAD.search(text, max(0, r.start() - 40), r.start())
                if of_lead is not None and not any(
                    w.lower() in people.roles() or w.lower() in people.titles()
                    for w in of_lead.group(1).split()
                ):
                    before = of_lead.group(1) + " of "  # "the Heart of Danville Business Guild"
            name = before + " ".join(words) + (tail.group() if tail is not None else "")
            _add_name(found, name)
            if r.start() >= lo and _opens_sentence_at(text, r.start(), spans):
                last_subject = name.lower()
            continue
        if end != r.end():
            continue  # a person's name follows: the run names no body of its own
        if (
            firm
            and len(words) > 1
            and (
                (last in COMPANY_SUFFIXES and (r.start() >= lo or noun not in people.roles()))
                # "Mississippi Valley Castings": a trade's word ends the name, nearby
                or (last in TRADE_NAME_ENDS and r.start() >= lo and noun in ("company", "firm"))
            )
        ):
            # "Lonestar Compute Partners", "Golden Lotus Apparel Co Ltd": a company anywhere
            # in the story ("the operator" may be a person: only nearby)
            _add_name(found, " ".join(words))
            continue
        if not firm and not group:
            continue
        if r.start() < lo:
            ahead = text[max(0, r.start() - 12) : r.start()].split()
            if (
                firm
                and len(words) > 1
                and _WHICH_AFTER.match(text, r.end())
                and not (ahead and ahead[-1].lower() in people.LOCATIVES)  # "in Taman X, which"
            ):
                # "Chetwynd & Bray, which has built frames since 1896, ..." a story before
                _add_name(far, " ".join(words))
            continue
        start = r.start()
        if group:  # "Gulf of" + "Maine Working Harbors Alliance"
            start, words = _body_name(text, r, lo)
        opening = _sentence_opening(text, start, spans)
        voice = _VOICE_OF.fullmatch(opening) is not None  # "A spokesman for X said"
        if opening and not opening.endswith(",") and not voice:
            continue  # the company is a subject the text goes on about, not an object
        after = text[r.end() : r.end() + 24]
        if group:
            # "The Hill Springs Initiative, a non-profit, helped ... the organisation said";
            # "The Oklahoma State Department of Health ... the agency said"
            heads = BODY_NOUNS if noun in GENERIC_BODY_NOUNS else people.org_words()
            last = words[-1].lower().rstrip(".") if words else ""
            body = text[start : r.end()].split(" of ")[0].split()[-1].lower()
            if len(words) > 1 and (last in heads or body in heads) and last not in COMPANY_SUFFIXES:
                more = _OF_NAME.match(text, r.end())  # "... Department" + " of Health"
                _add_name(subjects, " ".join(words) + (more.group() if more else ""))
            continue
        if (
            _WHICH_AFTER.match(after)
            # "Seorim Cell Tech said in a statement": a business name speaking as a subject
            or (len(words) > 1 and last in people.org_words() and _CUE_AFTER.match(after))
            or (voice and len(words) > 1 and _CUE_AFTER.match(after))
            # "In a statement, Brindleford Bakeries said": a name that speaks, no person's
            or (
                firm
                and len(words) > 1
                and _CUE_AFTER.match(after)
                and words[0].lower() not in people.first_names()
                and " ".join(words) not in _person_names(article)
            )
        ):
            _add_name(found, " ".join(words))
        elif (
            noun in ("company", "firm")
            and len(words) > 1
            and (
                _VERB_AFTER.match(after)
                # "The park's owner, Golden Meridian Communities, bought it": an apposed
                # subject
                or (text.endswith(", ", 0, r.start()) and _APPOSED_VERB.match(after))
            )
            and _full_firm_name(text, " ".join(words), span[0]).split()[-1].lower()
            in FIRM_NAME_ENDS
            and " ".join(words) not in _person_names(article)
        ):
            # "Siskiyou Crest was founded in 1958 ... the company said": a company's name
            # (in full "Siskiyou Crest Packing") opening a sentence as its subject, when no
            # name is said to speak
            _add_name(weak, " ".join(words))
    if group and not found:
        found = subjects
    if not found:
        found = far
    if not found:
        found = weak
    # "the West Virginia Public Service Commission" ... "The Public Service Commission": one
    found = {
        key: name
        for key, name in found.items()
        if not any(_longer_name(other, key, found[other]) for other in found)
    }
    if modifier is not None:  # "the water directorate": a directorate with "Water" in its name
        found = {key: name for key, name in found.items() if modifier in key.split()}
    if len(found) > 1 and last_subject in found:
        # "the school's Parent Teacher Association ... The Southern Educators Association,
        # which ..., said ... the association said": the one that last opened a sentence
        found = {last_subject: found[last_subject]}
    if len(found) > 1:
        # "Brightform Packaging ... Ohio-based Verrano Packaging Group ... In a statement,
        # Verrano said ... the company said": the one that spoke last, by its first word
        spoke = _last_to_speak(text, found, lo, span[0], spans)
        if spoke is not None:
            found = {spoke: found[spoke]}
    if len(found) > 1 and noun in ("company", "firm"):
        # "Montserrat Housing Advocacy Group said ... Emerald Build Ltd said ... the company
        # said": the one whose name says it is a company
        firms = {
            key: name
            for key, name in found.items()
            if key.split()[-1].rstrip(".") in _COMPANY_NAME_ENDS
        }
        if len(firms) == 1:
            found = firms
    if len(found) != 1:
        return None
    name = found.popitem()[1]
    shouted = _shouted_words(name)
    if shouted and " " in name:
        # "DUBLIN CITY COUNCIL has shelved", "WELLINGTON Shire Council has closed": a shouted
        # lead; the name as the story writes it elsewhere (an acronym stays)
        for m in re.finditer(re.escape(name), text, re.IGNORECASE):
            if _shouted_words(m.group()) < shouted:
                name = m.group()
                break
        else:
            first, _, rest = name.partition(" ")
            if len(first) > 5 and first.isupper() and not rest.isupper():
                name = f"{first.capitalize()} {rest}"  # (a lead's first word, not "NHS")
    return _full_firm_name(text, name, span[0]) if firm else name


def _shouted_words(name: str) -> int:
    """How many words of ``name`` are in capitals ("WELLINGTON Shire Council": 1)."""
    return sum(w.isupper() and len(w) > 1 for w in name.split())


#: Words after a company's short name that complete its full name ("Harrow Point" +
#: " Residential"): capitalised words, the last one of :data:`FIRM_NAME_ENDS`.
_FIRM_TAIL: re.Pattern[str] = re.compile(r"(?: &)?(?: [A-Z][\w’'&-]*){1,2}\b")
#: Last words of a company's full name that its short name drops.
FIRM_NAME_ENDS: frozenset[str] = COMPANY_SUFFIXES | frozenset(
    {"residential", "properties", "developments", "communities", "management", "capital",
     "logistics", "services", "solutions", "construction", "builders", "homes", "engineering",
     "packing", "storage", "fulfillment", "foods", "farms", "aggregates", "products",
     "manufacturing", "machinery", "supply", "supplies", "systems", "technologies"}
)  # fmt: skip


#: Last words of a company's name that say its trade ("Mississippi Valley Castings",
#: "Northern Cane Milling"), no public body's: the firm endings of :data:`FIRM_NAME_ENDS`
#: that no office or service shares ("Emergency Management", "Social Services"), and trades.
TRADE_NAME_ENDS: frozenset[str] = (
    FIRM_NAME_ENDS
    - COMPANY_SUFFIXES
    - {"aggregates", "capital", "communities", "engineering", "fulfillment", "management",
       "services", "solutions", "supply"}
) | frozenset(
    {"castings", "coatings", "plastics", "metals", "textiles", "apparel", "milling",
     "machining", "bakeries", "brewing", "distilling", "bottling", "roasting", "recycling",
     "catering", "landscaping", "plumbing", "printing", "packaging", "haulage", "paving",
     "welding", "contracting", "roofing", "trucking"}
)  # fmt: skip


def _last_to_speak(text: str, found: dict[str, str], lo: int, hi: int, spans: _Spans) -> str | None:
    """The key of the name in ``found`` whose first word (or whole name) last opened a
    speech verb ("Verrano said") in ``text[lo:hi]`` outside quotes, if any."""
    best, at = None, -1
    for key, name in found.items():
        for word in {name.split()[0], name}:
            pattern = re.compile(rf"\b{re.escape(word)}\b")
            for m in pattern.finditer(text, lo, hi):
                after = m.end() + 1 if text.startswith(",", m.end()) else m.end()
                if (
                    m.start() > at
                    and _CUE_AFTER.match(text, after)  # (or "The contractor, X Ltd, said")
                    and not spans.in_quote(m.start())
                ):
                    best, at = key, m.start()
    return best


#: Last words that make a name a company's (not "Group": "Housing Advocacy Group").
_COMPANY_NAME_ENDS: frozenset[str] = (COMPANY_SUFFIXES - {"group"}) | TRADE_NAME_ENDS


def _full_firm_name(text: str, name: str, before: int) -> str:
    """``name`` as the story first wrote it in full before ``before``, when the name there
    goes on to one of :data:`FIRM_NAME_ENDS` ("Harrow Point" after "... bought in March by
    Harrow Point Residential, a Raleigh-based company") or joins another word with "&"
    ("Eastlake Forge & Machine"); else ``name``."""
    for m in re.finditer(re.escape(name), text[:before]):
        if m.start() and text[m.start() - 1].isalnum():
            continue
        tail = _FIRM_TAIL.match(text, m.end())
        if tail is None:
            continue
        words = tail.group().split()
        if not (words[-1].lower() in FIRM_NAME_ENDS or words[0] == "&"):
            return name
        dot = words[-1].lower() in COMPANY_ABBREVIATIONS and text.startswith(".", tail.end())
        return name + tail.group() + ("." if dot else "")  # ("... Properties Ltd.")
    return name


#: A capitalised name as :func:`_labelled_body` reads it ("Save Our Bays Gibraltar").
_LABEL_NAME = (
    r"[A-Z][\w’'&.-]*(?:[ \t]+(?:(?:of|for|and|on|the|&|de|del|du|da|des|la|y)[ \t]+)?"
    r"[A-Z][\w’'&.-]*)*"
)
#: Words a label may put before its noun ("a nonprofit advocacy group"), not a phrase that
#: makes the name a part of it ("a member of the group").
_LABEL_MODIFIERS = r"(?:(?!(?:of|in|for|with|at|from|to|and|by|on|who|which|that)\b)\w[\w-]*(?:[’']s?)?,?[ \t]+){0,4}"


@functools.lru_cache(maxsize=256)
def _label_patterns(noun: str) -> tuple[re.Pattern[str], re.Pattern[str]]:
    """Patterns of a name labelled with ``noun``: "X, a group that ..." and "the campaign
    group X" (group ``name``)."""
    esc = re.escape(noun)
    return (
        re.compile(rf"(?P<name>{_LABEL_NAME}),\s+(?:an?|the)\s+{_LABEL_MODIFIERS}{esc}\b"),
        re.compile(rf"\b(?i:the|an?)\s+{_LABEL_MODIFIERS}{esc}\s+(?P<name>{_LABEL_NAME})"),
    )


#: "heard" right after a body's mention: the body heard what others said ("The court heard
#: Lumsden ... telling residents").
_HEARD_AFTER: re.Pattern[str] = re.compile(r"\s+(?:was\s+)?(?:heard|told)\b")


def _lowercase_body_name(article: Article, span: tuple[int, int], spans: _Spans) -> str | None:
    """The one name the text gave as a place and the words of "the <modifier> <noun>" in
    lower case ("Trøndelag police district" ... "the police district said"), outside quotes.

    >>> from analysis import article_from_text
    >>> art = article_from_text("T\\n\\nOslo police district said so. The police district said no.")
    >>> i = art.text.index("The police")
    >>> _lowercase_body_name(art, (i, i + 19), _spans(art, []))
    'Oslo police district'
    """
    text = article.text
    m = _DEFINITE_BODY.fullmatch(text, span[0], span[1])
    noun = m.group(2).lower() if m is not None else ""
    if m is None or m.group(1) is None or noun in people.roles() or noun[:-1] in people.roles():
        return None  # (not "the police officer" or "the security contractors": people)
    words = rf"{re.escape(m.group(1).lower())}\s+{re.escape(m.group(2).lower())}\b"
    pattern = re.compile(rf"\b([A-Z][\w’'-]*(?:[ \t]+[A-Z][\w’'-]*){{0,2}})[ \t]+{words}")
    found: dict[str, str] = {}
    for f in pattern.finditer(text, max(0, span[0] - MAX_SAME_HEAD_DISTANCE), span[0]):
        names = f.group(1).split()
        while names and names[0].lower() in CAPITALISED_NON_NAMES:
            names.pop(0)  # "The Oslo police district", "In Oslo police district"
        if names and not spans.in_quote(f.start()):
            _add_name(found, " ".join([*names, *f.group().split()[-2:]]))
    return found.popitem()[1] if len(found) == 1 else None


def _labelled_body(article: Article, span: tuple[int, int], spans: _Spans) -> str | None:
    """The one body the text labelled with the noun of "the <noun>" before it: "Ride
    Equal Toronto, a group that represents riders, ... the group said", "the campaign group
    Save Our Bays Gibraltar ... the group"; None when no name or several, or a person.

    >>> from analysis import article_from_text
    >>> art = article_from_text("T\\n\\nSave Our Bays, a campaign group, met. The group said no.")
    >>> i = art.text.index("The group")
    >>> _labelled_body(art, (i, i + 9), _spans(art, []))
    'Save Our Bays'
    """
    text = article.text
    m = _DEFINITE_BODY.fullmatch(text, span[0], span[1])
    if m is None or m.group(1) is not None:
        return None
    noun = m.group(2).lower()
    if not noun.isalpha() or (
        noun in people.roles() and noun not in FIRM_NOUNS | BODY_NOUNS | GROUP_NOUNS
    ):
        return None  # "the spokesperson": a person ("KUNR, a spokesperson for ..." is no label)
    lo = max(0, span[0] - MAX_SAME_HEAD_DISTANCE)
    persons = _person_names(article)
    found: dict[str, str] = {}
    for pattern in _label_patterns(noun):
        for f in pattern.finditer(text, lo, span[0]):
            if spans.in_quote(f.start("name")):
                continue
            words = _name_words(f.group("name"))
            name = " ".join(words)
            if not words or name in persons:
                continue
            if words[0].lower() in people.first_names() and (
                words[-1].lower().rstrip(".") not in people.org_words()
            ):
                continue  # "Harlan Lee, a company director" (not "Harlan Ridge Management")
            _add_name(found, name)
    if len(found) != 1:
        return None
    return found.popitem()[1]


def _sentence_opening(text: str, start: int, spans: _Spans) -> str:
    """The words of the sentence before offset ``start``, stripped."""
    k = bisect.bisect_right(spans.sentence_starts, start) - 1
    return text[spans.sentence_starts[k] if k >= 0 else 0 : start].strip()


def _opens_sentence_at(text: str, start: int, spans: _Spans) -> bool:
    """Whether the name at ``start`` opens its sentence, after at most "The" or an opening
    phrase closed by a comma ("In a statement, the Southern Educators Association")."""
    opening = _sentence_opening(text, start, spans)
    return not opening or opening.endswith(",") or opening in ("The", "the")


#: The words opening a sentence before a body that speaks through someone: "A spokesman
#: for" (Brackwind Renewables said ... The company said).
_VOICE_OF: re.Pattern[str] = re.compile(
    r"(?i:an?|the)\s+(?:[a-z]+\s+)?(?:spokes(?:man|woman|person)|representative|statement)"
    r"\s+(?:for|from|of)"
)


def _longer_name(key: str, short: str, written: str) -> bool:
    """``key`` (lowercase) is ``short`` with capitalised words before it in the text
    (``written``): "West Virginia Public Service Commission" for "Public Service Commission",
    not "Clinton and the State Department" for "State Department"."""
    if key == short or not key.endswith(" " + short):
        return False
    lead = written.split()[: len(key.split()) - len(short.split())]
    return all(w[:1].isupper() for w in lead)


#: A speech verb right after a name: "Seorim Cell Tech said".
_CUE_AFTER: re.Pattern[str] = re.compile(
    r"\s+(?:has\s+)?(?:said|says|told|stated|announced|confirmed)\b"
)  # ("Penkvale Buses has confirmed"; not "Clinton and the Department have said": two)
#: Nouns that "the <noun> said" uses for a body or its statement ("the agency", "the
#: statement"), which :func:`_body_speaker` reads as the body that spoke just before.
BODY_SPEAKER_NOUNS: frozenset[str] = (
    BODY_NOUNS
    | FIRM_NOUNS
    | frozenset({"statement", "release", "notice", "government", "administration", "city"})
)
#: How far back (characters) the body quoted just before may be.
MAX_BODY_SPEAKER_DISTANCE = 800
#: The same for "it said": the body must have spoken in the sentence or two before.
MAX_IT_SPEAKER_DISTANCE = 300


def _body_before_name(text: str, start: int, end: int, noun: str, spans: _Spans) -> str | None:
    """The words of the capitalised run ``text[start:end]`` before the first person's name
    in it, when they end in ``noun`` ("Weragoda Pola Traders' Welfare Society" of "...
    Welfare Society Lakmal Peiris"), else None."""
    k = bisect.bisect_left(spans.name_starts, start)
    if k < len(spans.name_starts) and spans.name_starts[k] == start:
        return None  # the run opens with a person's name
    if k == len(spans.name_starts) or spans.name_starts[k] >= end:
        return None
    run = text[start : spans.name_starts[k]].rstrip()
    words = run.split()
    return run if len(words) > 1 and words[-1].lower() == noun else None


@functools.lru_cache(maxsize=64)
def _person_names(article: Article) -> frozenset[str]:
    """The names of the persons :func:`people.persons` finds (one set per article)."""
    return frozenset(p.name for p in _safe_persons(article))


def _body_speaker(
    article: Article, span: tuple[int, int], previous: list[tuple[int, str]], spans: _Spans
) -> str | None:
    """The organisation that spoke last before "the <body noun>", within
    :data:`MAX_BODY_SPEAKER_DISTANCE` characters: the speaker of the quote before it
    (``previous``: earlier quotes' starts and speakers) when no person ("Washington State
    Ferries called the decision "not one we made lightly." / "...," the agency said"), or a
    body named as the subject of a speech verb ("In a statement, BART said it had added
    ambassadors. "...," the agency said"), whichever is later."""
    text = article.text
    pronoun = text[span[0] : span[1]].lower() == "it"  # "It said it would fly in ..."
    m = _DEFINITE_ROLE.fullmatch(text, span[0], span[1])
    if not pronoun and (m is None or m.group(1).lower() not in BODY_SPEAKER_NOUNS):
        return None
    lo = max(0, span[0] - (MAX_IT_SPEAKER_DISTANCE if pronoun else MAX_BODY_SPEAKER_DISTANCE))
    people_names = _person_names(article)
    found: tuple[int, str] | None = None
    if previous and lo <= previous[-1][0] < span[0]:
        found = previous[-1]
    for r in _PROPER_RUN.finditer(text, lo, span[0]):
        if found is not None and r.start() <= found[0]:
            continue
        if not _CUE_AFTER.match(text, r.end()) or spans.in_quote(r.start()):
            continue
        k = people._block_index(article, r.start())
        if k < 0 or article.blocks[k].label != "body":
            continue  # a heading: "Company says it follows its permit"
        start, words = _body_name(text, r, lo)  # "Department of" + "Environment"
        if words and not spans.name_between(start, r.end()):
            found = (start, " ".join(words))
    if found is None:
        return None
    name = found[1]
    if name in people_names or not name[:1].isupper():
        return None
    if m is None:  # "it": any body
        return name
    noun, last = m.group(1).lower(), name.split(" of ")[0].split()[-1].lower()
    if (noun in FIRM_NOUNS and last in BODY_NOUNS) or (
        noun in BODY_NOUNS and (last in FIRM_NOUNS or last in COMPANY_SUFFIXES)
    ):
        return None  # "the company" is not the commuters' association quoted before it
    return name


#: Documents whose author speaks through them: "the statement said", "according to the
#: report", "a letter Maake sent". Not filings, orders or complaints (a court's or a
#: party's, often unnamed) nor plans and documents in general.
AUTHORED_DOCUMENTS: frozenset[str] = frozenset(
    {"statement", "release", "report", "letter", "memo", "memorandum", "email", "e-mail",
     "advisory", "notice", "bulletin", "announcement", "post", "submission", "circular",
     "newsletter", "study", "survey", "audit", "assessment", "indictment"}
)  # fmt: skip
#: Verbs by which someone puts a document out: "X issued a statement", "a letter X sent".
PUBLISHING_VERBS: frozenset[str] = frozenset(
    {"issued", "released", "published", "sent", "posted", "wrote", "signed", "shared",
     "submitted", "emailed", "circulated", "distributed", "penned", "drafted", "taped"}
)  # fmt: skip
#: Words between a subject and its verb that the subject skips ("the council has issued").
_AUXILIARIES: frozenset[str] = frozenset({"has", "had", "have", "also", "later", "then", "jointly"})
#: Sentences back (before the mention's own) that "the statement" looks for its document.
MAX_DOCUMENT_SENTENCES = 4
#: Most words before a document's noun in a mention ("its most recent annual report").
MAX_DOCUMENT_MODIFIERS = 4


def _document_author(
    article: Article,
    span: tuple[int, int],
    previous: list[tuple[int, str]],
    spans: _Spans,
) -> str | None:
    """The named author of the document a speaker mention names: in the mention ("a
    statement issued by the ministry", "a letter Maake sent", "his report", "the group's
    report", "the letter, which was signed by X") or, for "the statement", where the text
    brought the document in ("In a statement, the council said ... The statement added",
    "X published a report ... The report urged"); None when the text names no author.

    >>> from analysis import article_from_text
    >>> art = article_from_text("T\\n\\nAcme Foods issued a statement. The statement said no.")
    >>> i = art.text.index("The statement")
    >>> _document_author(art, (i, i + 13), [], _spans(art, []))
    'Acme Foods'
    """
    text = article.text
    toks = _tokens(text, span[0], min(len(text), span[1] + 120))
    n = sum(1 for t in toks if t.end <= span[1])
    d = next((k for k in range(n) if toks[k].lower in AUTHORED_DOCUMENTS), None)
    if d is None or d > MAX_DOCUMENT_MODIFIERS or any(not t.is_word for t in toks[:d]):
        return None
    found = _document_issuer(toks, d, len(toks), inside=True)
    if found is None and toks[0].lower == "the" and d == n - 1:
        found = _earlier_document(article, span[0], toks[d].lower, spans)
    if found is None:
        return None
    return _issuer_name(article, found, previous, spans)


def _earlier_document(
    article: Article, start: int, noun: str, spans: _Spans
) -> tuple[list[_Tok], int, int] | None:
    """The author of the last document called ``noun`` that the sentences before ``start``
    bring in, as (tokens, first, last); None when that document has no author given."""
    text = article.text
    k = bisect.bisect_right(spans.sentence_starts, start) - 1
    for j in range(k, max(-1, k - MAX_DOCUMENT_SENTENCES - 1), -1):
        sent = spans.sentences[j]
        toks = _tokens(text, sent.start, min(sent.end, start))
        for d in range(len(toks) - 1, -1, -1):
            if toks[d].lower == noun and not spans.in_quote(toks[d].start):
                return _document_issuer(toks, d, len(toks), inside=False)
    return None


#: Words opening what a document says, after which "by" names no author.
_DOCUMENT_CLAUSE: frozenset[str] = frozenset({"that", "saying", "to", "and", "but", "if", "when"})


def _document_issuer(
    toks: list[_Tok], d: int, hi: int, *, inside: bool
) -> tuple[list[_Tok], int, int] | None:
    """The author of the document whose noun is token ``d``, as (tokens, first, last).

    Read in the words around it: an owner ("the group's new report", "its advisory"), an
    agent ("a report released last month by X", "a statement from X", "the letter, which
    was signed by X"), a relative clause ("a letter Maake sent"); outside the mention also
    a subject ("X published a report", "X said in a statement", "In a statement, X said",
    "X, in a statement issued after the meeting, said").
    """
    k = d - 1
    while k >= 0 and k >= d - MAX_DOCUMENT_MODIFIERS and toks[k].is_word:
        if toks[k].lower in people.DETERMINERS:
            break  # "a", "the": no owner before
        if toks[k].lower in people.POSSESSIVES:
            return toks, k, k  # "its most recent annual report", "her internal memo"
        if toks[k].lower.endswith(people.POSSESSIVE_ENDINGS):
            a = k  # "the group's", "Vusumuzi Maake's"
            while a > 0 and a > k - MAX_NAME_TOKENS and toks[a - 1].is_cap and toks[a].is_cap:
                a -= 1
            if a > 0 and toks[a - 1].lower == "the":
                a -= 1
            return toks, a, k
        k -= 1
    j = d + 1
    if j < hi and toks[j].text == "," and j + 2 < hi and toks[j + 1].lower == "which":
        j += 2  # "the letter, which was signed by X"
    for by in range(j, min(hi, j + 6)):
        t = toks[by]
        if t.lower in ("by", "from") and (t.lower == "by" or by == d + 1):
            np = _np_after(toks, by + 1, hi)
            if np is None:
                return None
            e = np[1]
            if (
                e + 1 < hi
                and toks[e].lower in COMPANY_ABBREVIATIONS
                and _abbreviation_dot(toks, e + 1)
            ):
                e += 1  # "Phuc Hung Wood Co."
            return toks, np[0], e
        if not t.is_word or t.lower in AUTHORED_DOCUMENTS or t.lower in _DOCUMENT_CLAUSE:
            break  # ("a statement that it would decide by March": no agent)
    if inside:
        np = _np_after(toks, d + 1, hi)
        if np is not None and np[1] + 1 < hi and toks[np[1] + 1].lower in PUBLISHING_VERBS:
            return toks, np[0], np[1]  # "a memo Deputy General Manager Ann Lee sent"
        return None
    v = k if k >= 0 and toks[k].lower in people.DETERMINERS else k + 1  # where it opens
    before = toks[v - 1].lower if v >= 1 else ""
    if before in PUBLISHING_VERBS or (before == "out" and v >= 2 and toks[v - 2].lower == "put"):
        return _subject_ending(toks, v - 2 if before != "out" else v - 3)
    if before != "in":
        return None
    verbs = people.speech_verbs()
    if v >= 2 and (toks[v - 2].lower in verbs or toks[v - 2].text == ","):
        # "X said in a statement", "X, in a statement issued on Friday, said"
        return _subject_ending(toks, v - 3)
    if v == 1:  # "In its latest advisory, issued on Friday, the health office said"
        comma = next((c for c in range(d + 1, hi) if toks[c].text == ","), None)
        np = _np_after(toks, comma + 1, hi) if comma is not None else None
        if np is not None:  # "the Sioux Falls Police Department urged homeowners to ...":
            # the phrase ends before its verb
            cut = next(
                (m for m in range(np[0] + 1, np[1] + 1) if toks[m].text in verbs), None
            )  # (a lowercase verb: not the "State" of "Twin State Food ... Union")
            if cut is not None:
                np = (np[0], cut - 1)
        after = np[1] + 1 if np is not None else hi
        if after + 2 < hi and toks[after].text == "(" and toks[after + 2].text == ")":
            after += 3  # "the Ministry of Health (MHMS) said"
        if np is not None and after < hi and toks[after].lower in verbs:
            return toks, np[0], np[1]
    return None


def _subject_ending(toks: list[_Tok], u: int) -> tuple[list[_Tok], int, int] | None:
    """The noun phrase ending at token ``u``, past auxiliaries and adverbs ("the council has
    issued"), as (tokens, first, last); None when there is none."""
    while u >= 0 and toks[u].lower in _AUXILIARIES:
        u -= 1
    np = _np_before(toks, u, 0) if u >= 0 else None
    return (toks, np[0], np[1]) if np is not None else None


def _issuer_name(
    article: Article,
    found: tuple[list[_Tok], int, int],
    previous: list[tuple[int, str]],
    spans: _Spans,
) -> str | None:
    """The name of a document's author found by :func:`_document_issuer`, resolved as a
    speaker mention is ("the company" -> the company named before, "his" -> the man the
    text is about); "its" is the body the sentence before opens with."""
    toks, a, b = found
    text = article.text
    first, last = toks[a], toks[b]
    end = last.end - 2 if last.lower.endswith(people.POSSESSIVE_ENDINGS) else last.end
    if any(t.lower in AUTHORED_DOCUMENTS for t in toks[a : b + 1]):
        return None
    if first.lower in ("its", "their", "it", "they") and a == b:
        return _subject_body(article, first.start, previous, spans)
    if first.lower in people.POSSESSIVES and a == b:
        name, method = people.resolve_mention(article, first.start, end, previous_speakers=previous)
        return name if method == "pronoun" else None
    last = _tokens(text, first.start, end)[-1]
    name, method, _ = _resolve_mention(article, (first.start, end), (first, last), previous, spans)
    if name is not None and text[first.start : end].endswith(name + "."):
        name += "."  # "Phuc Hung Wood Co.": the abbreviation's dot is the name's
    return name if method != "description" else None


def _subject_body(
    article: Article, at: int, previous: list[tuple[int, str]], spans: _Spans
) -> str | None:
    """The body (not a person) that "its" at ``at`` means: the one that opens the sentence
    before ("The group has called for ... Its report last year warned"), resolved."""
    k = bisect.bisect_right(spans.sentence_starts, at) - 1
    if k < 1:
        return None
    sent = spans.sentences[k - 1]
    toks = _tokens(article.text, sent.start, sent.end)
    np = _np_after(toks, 0, len(toks))
    if np is None or any(t.lower in AUTHORED_DOCUMENTS for t in toks[np[0] : np[1] + 1]):
        return None
    first, last = toks[np[0]], toks[np[1]]
    if first.lower in people.POSSESSIVES or first.lower in SUBJECT_PRONOUNS:
        return None
    name, method, _ = _resolve_mention(
        article, (first.start, last.end), (first, last), previous, spans
    )
    if name is None or method == "description" or name in _person_names(article):
        return None
    return name


def _name_words(name: str) -> list[str]:
    """The words of a capitalised run without a closing dot or leading "In", "The" or a
    compound adjective ("Austin-based", "Texas-owned"); a company abbreviation keeps its dot
    ("Gyrfalcon Diamonds Ltd.")."""
    words = name.rstrip(".").split()
    if name.endswith(".") and len(words) > 1 and words[-1].lower() in COMPANY_ABBREVIATIONS:
        words[-1] += "."
    for k in range(len(words) - 1, 0, -1):  # "Deseret News. The Utah Division": two sentences
        w = words[k - 1]
        stem = w[:-1].lower()
        if (
            w.endswith(".")
            and len(stem) >= 3
            and stem not in TITLE_ABBREVIATIONS
            and stem not in COMPANY_ABBREVIATIONS
            and stem not in STATE_ABBREVIATIONS
        ):
            words = words[k:]
            break
    while (
        words
        and (
            words[0].lower() in CAPITALISED_NON_NAMES
            or _COMPOUND_ADJECTIVE.search(words[0])
            # "Nunavut's Department of ...": the place that owns the body
            or (
                len(words) > 1
                and words[0].endswith(people.POSSESSIVE_ENDINGS)
                and words[0][:-2].lower() in people.place_words()
            )
        )
    ):
        words.pop(0)
    return words


#: A capitalised compound adjective before a name: "Austin-based", "state-owned".
_COMPOUND_ADJECTIVE: re.Pattern[str] = re.compile(
    r"-(?:based|owned|run|backed|led|funded|listed|registered|headquartered|operated|controlled)\Z"
)


def _body_name(text: str, run: re.Match[str], lo: int) -> tuple[int, list[str]]:
    """Where a body's name ending with ``run`` starts (back over "Department of" and its
    like, not before ``lo``) and its words (:func:`_name_words`)."""
    head = _NAME_HEAD.search(text, max(lo, run.start() - NAME_HEAD_REACH), run.start())
    start = head.start() if head is not None else run.start()
    return start, _name_words(text[start : run.end()])


#: Characters before a run searched for the start of the body's name it ends.
NAME_HEAD_REACH = 100
#: Capitalised words and a joiner just before a run that ends a body's name ("Negeri
#: Sembilan Department of" before "Environment", "Trenes Pampeanos del" before "Sur").
_NAME_HEAD: re.Pattern[str] = re.compile(
    r"(?:[A-Z][\w’'&.-]*\s+)+(?:(?:of|for|del|de|du|des|and|&)\s+(?:the\s+)?(?:[A-Z][\w’'&.-]*\s+)*)+\Z"
)
#: Capitalised words and "and" just before a body's name ("Nurses and" before "Midwives
#: Union of Ireland"): group 1, the words.
_AND_HEAD: re.Pattern[str] = re.compile(r"((?:[A-Z][\w’'-]* )+)and $")
#: "the Heart of " before a body's name: capitalised words and "of" after "the" (group 1).
_OF_LEAD: re.Pattern[str] = re.compile(r"\b[Tt]he ([A-Z][\w’'-]*(?: [A-Z][\w’'-]*){0,2}) of $")


def _add_name(found: dict[str, str], name: str) -> None:
    """Add ``name`` under its lowercase form, keeping a spelling not in capitals."""
    key = name.lower()
    if key not in found or found[key].isupper():
        found[key] = name


#: The last of names joined by "and" ("Edward-Isaac Dovere and Gabriel Debenedetti",
#: "Senate leader Phil Berger and House Speaker Tim Moore"): group 1, at the mention's end.
_JOINT_NAMES: re.Pattern[str] = re.compile(
    r"[A-Z][\w.’'-]* and ([A-Z][\w.’'-]*(?: [A-Z][\w.’'-]*)*)(?![\w.’'-]| [A-Z])"
)


def _antecedent(text: str, pronoun: int, spans: _Spans) -> tuple[int, int] | None:
    """Offsets of the noun phrase that the relative pronoun at ``pronoun`` refers to."""
    k = bisect.bisect_right(spans.sentence_starts, pronoun) - 1
    lo = spans.sentences[k].start if k >= 0 else 0
    toks = _tokens(text, max(lo, pronoun - 400), pronoun + 1)
    if len(toks) < 2:
        return None
    np = _antecedent_np(toks, len(toks) - 1, 0)
    if np is None:
        return None
    a = np[0]
    if a >= 2 and toks[a].lower in DETERMINERS and toks[a - 1].text == ",":
        # "Zeke Emanuel, an oncologist who": the description stands beside a name
        named = _np_before(toks, a - 2, 0)
        if named is not None and _is_name_word(toks[named[1]]):
            np = named
    elif (
        a >= 3
        and toks[a - 1].lower in ("from", "of", "in")
        and toks[a - 2].text == ","
        and _place_like(toks, np, 0)
    ):
        # "Gordon Tulley, 72, from Stockport, who says": the person, not his town
        k = a - 2
        if k >= 2 and toks[k - 1].text.isdigit() and toks[k - 2].text == ",":
            k -= 2  # the age
        named = _np_before(toks, k - 1, 0)
        if named is not None and _is_name_word(toks[named[1]]):
            np = named
    return toks[np[0]].start, toks[np[1]].end


#: Indefinite determiners that open a description of an unnamed person ("a burly man").
INDEFINITE_DETERMINERS: tuple[str, ...] = ("a", "an", "one", "another")
#: Determiners of a described speaker's phrase: the indefinite ones, and the narrator's
#: possessives ("My father was less patient. "...," he complained": not the narrator).
DESCRIPTION_DETERMINERS: tuple[str, ...] = (*INDEFINITE_DETERMINERS, "my", "our")


#: Determiners that stand for an unnamed person before ", who" ("One, who asked not to
#: be named, said"): one of a group just mentioned.
RELATIVE_DETERMINERS: tuple[str, ...] = ("one", "another")


@functools.cache
def _description_pattern() -> re.Pattern[str]:
    """``a|an|one|another|my|our``, up to four lowercase words, then a person noun; or
    ``one|another`` alone before ``, who``."""
    dets = "|".join(d + "|" + d.capitalize() for d in DESCRIPTION_DETERMINERS)
    alone = "|".join(d + "|" + d.capitalize() for d in RELATIVE_DETERMINERS)
    nouns = "|".join(sorted(map(re.escape, speaker_nouns()), key=len, reverse=True))
    compounds = "|".join(map(re.escape, people.PERSON_COMPOUND_ENDINGS))  # "deckhand"
    suffixes = "|".join(PERSON_SUFFIXES)  # "biologist", "historian", "fishmonger"
    # modifiers: lowercase words, a place and "-based" ("a Dubai-based food industry
    # consultant"), or a team's, firm's or place's name ("One Kelworth supporter")
    words = rf"(?:[\w’'-]+\s+){{0,{MAX_DESCRIPTION_MODIFIERS}}}"
    return re.compile(
        rf"\b(?:(?:{dets})\s+{words}(?:{nouns}|[a-z]{{3,}}(?:{compounds})|[a-z]{{3,}}(?:{suffixes}))\b"
        rf"|(?:{alone})(?=,\s+who\b))"
    )


#: Most words between the determiner and the person noun of a description.
MAX_DESCRIPTION_MODIFIERS = 4
#: How far back (characters) a pronoun may point to a described person.
MAX_DESCRIPTION_DISTANCE = 600


def _described_antecedent(article: Article, pronoun: int, spans: _Spans) -> tuple[int, int] | None:
    """The unnamed person a pronoun speaker points back to, if the text only describes them.

    Looks at the sentence before the one holding the pronoun (and that one, before the
    pronoun) for an indefinite noun phrase headed by a person noun that opens a clause and
    is the subject of a verb ("..., a burly man in army fatigues holds up"), with no
    person's name between it and the pronoun outside quotes.
    """
    found = _description_before(article, pronoun, spans)
    if found is None:
        return None
    # a name after the description or inside it ("a retired bus mechanic named Walt
    # Dempsey") is whom the pronoun means; so is a name the description is set beside
    # ("said Jovelyn Macaraeg, 34, a fish vendor who ...")
    d0, d1 = found[0]
    text = article.text
    gender = people.PRONOUN_GENDER.get(_word_at(text, pronoun).lower())
    k = bisect.bisect_left(spans.name_starts, d0)
    for start, _, g in spans.named[k:]:
        if start >= pronoun:
            break
        if start < d1 and not text[d0:start].endswith(NAME_GIVERS_INSIDE):
            continue  # a name modifying the description's noun: "One Kelworth supporter"
        if gender is None or g in (gender, "unknown"):
            return None  # not "she" after "one woman ... pointed at Ike Ferreira" (a man)
    if _apposed_to_name(text, d0, spans):
        return None
    if gender is not None and _named_before_in_paragraph(text, d0, d1, gender, spans):
        return None  # "Ms Moloney said ... A neighbour lent them a generator ... she said"
    return found[0]


def _named_before_in_paragraph(text: str, d0: int, d1: int, gender: str, spans: _Spans) -> bool:
    """A person of ``gender`` is named earlier in the paragraph of the description
    ``text[d0:d1]``, whose own noun gives no gender and which is no anonymous source: the
    named person is the likelier "she"."""
    words = _WORD_AT.findall(text[d0:d1].lower())[: MAX_DESCRIPTION_MODIFIERS + 2]
    gendered = people.gendered_nouns()
    if any(w in gendered for w in words) or _ANONYMOUS_DESCRIPTION.match(text, d0):
        return False
    para = text.rfind("\n", 0, d0) + 1
    k = bisect.bisect_left(spans.name_starts, para)
    end = bisect.bisect_left(spans.name_starts, d0)
    if any(g == gender for _, _, g in spans.named[k:end]):
        return True
    # "She also asked staff how many live nearby, a figure administration said it did not
    # have": the paragraph already goes on about a "she"
    subject = _SUBJECT_HE_SHE.get(gender)
    return subject is not None and any(
        not spans.in_quote(m.start()) for m in subject.finditer(text, para, d0)
    )


#: He or she as a word, by gender.
_SUBJECT_HE_SHE: dict[str, re.Pattern[str]] = {
    "female": re.compile(r"\b[Ss]he\b"),
    "male": re.compile(r"\b[Hh]e\b"),
}


#: Text right before a name inside a description that gives the person's name ("a retired
#: bus mechanic named Walt Dempsey", "a farmer, Ann Lee").
NAME_GIVERS_INSIDE: tuple[str, ...] = (" named ", " called ", ", ")


#: A relative clause after a description that gives the person's name: " who gave only
#: her first name, " (the name follows).
_GIVES_NAME: re.Pattern[str] = re.compile(
    r",?\s+(?:who\s+(?:gave|gives|would\s+give|offered|provided)\s+(?:only\s+)?"
    r"(?:his|her|their)\s+(?:first\s+)?name(?:\s+only)?(?:,|\s+as)?"
    r"|who\s+asked\s+to\s+be\s+(?:identified|named|called)\s+only\s+as"
    r"|whose\s+(?:real|full|given)\s+name\s+is)\s+"
)


def _given_name_after(text: str, end: int, spans: _Spans) -> str | None:
    """The person a described speaker's relative clause names right after the mention."""
    m = _GIVES_NAME.match(text, end)
    if m is None:
        return None
    k = bisect.bisect_left(spans.named, (m.end(),))
    if k < len(spans.named) and spans.named[k][0] == m.end():
        return spans.named[k][1]
    return None


#: A name's last word, a comma and an optional age right before a description.
_APPOSED: re.Pattern[str] = re.compile(r"[A-Z][\w'’.-]+,\s*(?:\d{1,3},\s*)?\Z")
#: Characters before a description searched for the name it is set beside.
APPOSED_REACH = 60


def _apposed_to_name(text: str, start: int, spans: _Spans) -> bool:
    """The description at ``start`` is an appositive of a person's name ("Name, 34, a ...")."""
    lo = max(0, start - APPOSED_REACH)
    return _APPOSED.search(text, lo, start) is not None and spans.name_between(lo, start)


def _named_description(article: Article, pronoun: int, word: str, spans: _Spans) -> str | None:
    """The one person the sentence of a described antecedent names, of the pronoun's
    gender: "A young man loading crates, who gives only his first name, Dumitru, says ..."
    then ""...," he says" is Dumitru (the resolver may rank the description first).

    >>> from analysis import article_from_text
    >>> art = article_from_text(
    ...     "T\\n\\nA man in a cap, who gives only his first name, Dumitru, says he will go."
    ...     '\\n\\n"There is no future here," he says.'
    ... )
    >>> i = art.text.index("he says")
    >>> _named_description(art, i, "he", _spans(art, list(quotes(art))))
    'Dumitru'
    """
    found = _description_before(article, pronoun, spans)
    if found is None:
        return None
    (_, end), sentence = found
    gender = people.PRONOUN_GENDER.get(word)
    k = bisect.bisect_left(spans.named, (end,))
    hi = min(sentence.end, pronoun)
    text = article.text
    names = set()
    for s, name, g in itertools.takewhile(lambda n: n[0] < hi, spans.named[k:]):
        before = text[end:s].rstrip()
        given = before.endswith(",") or before.lower().endswith(NAME_GIVERS)
        if given and (gender is None or g in (gender, "unknown")):
            names.add(name)
    return names.pop() if len(names) == 1 else None


#: Words right before a name that give it to the person just described ("a farmer named").
NAME_GIVERS: tuple[str, ...] = (" named", " called")


def _description_before(
    article: Article, pronoun: int, spans: _Spans
) -> tuple[tuple[int, int], Sentence] | None:
    """The span of the description :func:`_described_antecedent` looks for, and its
    sentence, before any check for a name after it."""
    sents = spans.sentences
    k = bisect.bisect_right(spans.sentence_starts, pronoun) - 1
    text = article.text
    floor = pronoun - MAX_DESCRIPTION_DISTANCE
    back = k - 1
    while back > 0 and _quoted_sentence(text, sents[back], spans):
        back -= 1  # '"Some of us cried. Some of us just went back to work," she said.'
    searched = [sents[k], sents[back]] if back >= 0 and k >= 0 else list(sents[max(0, k) : k + 1])
    opening = _PRONOUN_OPENING.match(text, sents[back].start, sents[back].end) if back > 0 else None
    if (
        opening is not None
        and k >= 0
        and opening.group(1).lower() == _word_at(text, pronoun).lower()
    ):
        searched.append(sents[back - 1])  # "One woman ... told SBS News ... She asked not
        # to be named ..." then '"...," she said': the sentence before goes on with her
    for s in searched:
        lo, hi = max(s.start, floor), min(s.end, pronoun)
        found = None
        for m in _description_pattern().finditer(text, lo, hi) if lo < hi else ():
            if not spans.in_quote(m.start()) and _opens_clause(text, s.start, m.start()):
                found = _description_at(text, m.start(), hi) or found
        if found is None and lo < hi:
            found = _anonymous_description(text, s.start, lo, hi, spans)
        if found is not None:
            return found, s
    return None


#: A noun phrase that opens a clause, then a relative clause saying the person goes
#: unnamed: "A higgler who sells fruit at the gate, and who asked not to be named",
#: "The owner of a kiosk, who requested anonymity" (group 1, the phrase).
_ANONYMOUS_DESCRIPTION: re.Pattern[str] = re.compile(
    r"((?:[Aa]n?|[Oo]ne|[Aa]nother|[Tt]he)\s(?:[^,.;:!?“”\"]|(?<=\bSt)\.){1,80}?),?\s+(?:and\s+)?"
    r"who\s+(?:asked|requested|declined|refused|did\s+not\s+(?:want|give|wish)"
    r"|didn[’']t\s+(?:want|give|wish)|spoke|wished|preferred|agreed\s+to\s+speak)\b[^.;:!?]{0,60}?"
    r"(?:named|anonymity|identified|anonymously|(?:his|her|their)\s+(?:full\s+)?name)\b"
)


def _anonymous_description(
    text: str, sentence_start: int, lo: int, hi: int, spans: _Spans
) -> tuple[int, int] | None:
    """The last noun phrase in ``text[lo:hi]`` that opens a clause and that a relative
    clause says goes unnamed ("A bait dealer who supplies 40 boats, and who asked not to be
    named because he rents space, said"), whatever its head noun; None when there is none."""
    found = None
    for m in _ANONYMOUS_DESCRIPTION.finditer(text, lo, hi):
        if not spans.in_quote(m.start()) and _opens_clause(text, sentence_start, m.start()):
            found = (m.start(1), m.end(1))
    return found


def _word_at(text: str, pos: int) -> str:
    """The word starting at ``pos`` ("he" in "he, a teacher, said")."""
    m = _WORD_AT.match(text, pos)
    return m.group() if m else ""


_WORD_AT: re.Pattern[str] = re.compile(r"[^\W\d_]+")
#: Relative pronouns of a person after a description and a comma ("One woman, whose ...").
RELATIVE_WHO: frozenset[str] = frozenset({"who", "whose"})
#: A sentence that opens with a he/she subject (it goes on about the one just described).
_PRONOUN_OPENING: re.Pattern[str] = re.compile(r"\s*(He|She)\s")


def _quoted_sentence(text: str, sentence: Sentence, spans: _Spans) -> bool:
    """Whether a sentence lies inside one quote (the first sentences of a quoted speech).

    >>> from analysis import article_from_text
    >>> art = article_from_text('T\\n\\n"We cried. We left," she said.')
    >>> sp = _spans(art, list(quotes(art)))
    >>> [_quoted_sentence(art.text, s, sp) for s in sp.sentences[1:]]
    [True, False]
    """
    words = [m.start() for m in re.finditer(r"\w", text[sentence.start : sentence.end])]
    if not words:
        return False
    first, last = sentence.start + words[0], sentence.start + words[-1]
    k = bisect.bisect_right(spans.quote_starts, first) - 1
    return k >= 0 and last < spans.quote_ends[k]


#: Prepositions opening a sentence's fronted phrase of place or time, after whose comma a
#: clause opens even when a name ends the phrase ("In Halifax, a woman who ...").
FRONTING_PREPOSITIONS: frozenset[str] = frozenset(
    {"at", "in", "on", "near", "outside", "inside", "across", "along", "behind", "beside",
     "during"}
)  # fmt: skip


def _opens_clause(text: str, sentence_start: int, i: int) -> bool:
    """Whether offset ``i`` starts a sentence or a clause after ``,``/``—`` (not an appositive)."""
    before = text[sentence_start:i].rstrip()
    if not before:
        return True
    if before[-1] not in ",—–:;":
        return False
    opening = [w.strip(",—–:;").lower() for w in before.split()]
    if len(opening) <= 2 and all(
        w in people.common_english_words() and w not in people.titles() for w in opening
    ):
        return True  # "Nearby, a landscaper who ...": after a short opening phrase
    if opening[0] in FRONTING_PREPOSITIONS and "," not in before[:-1]:
        return True  # "At Dashashwamedh Ghat, a young boatman who ...": after a place
    end = i
    bare = before[:-1].rstrip()
    open_at = bare.rfind("(") if bare.endswith(")") else -1
    if open_at >= max(0, len(bare) - 40):
        end = sentence_start + open_at  # "Chiang Po-wei (江柏緯), a marine ecologist"
    words = _tokens(text, max(sentence_start, end - 40), end)
    prev = [t for t in words if t.is_word]
    return bool(prev) and not prev[-1].is_cap


def _description_at(text: str, s: int, e: int) -> tuple[int, int] | None:
    """Span of ``a/an ... PERSON-NOUN ...`` starting at ``s`` when a finite verb follows it."""
    head = _tokens(text, s, e, MAX_DESCRIPTION_MODIFIERS + 2)
    if len(head) > 2 and head[0].lower in RELATIVE_DETERMINERS and head[1].text == ",":
        return (s, head[0].end) if head[2].lower == "who" else None  # "One, who asked"
    nouns = speaker_nouns()
    for k in range(1, len(head)):
        t = head[k]
        if not t.is_word:
            return None
        if t.is_cap:
            continue  # a modifier: "One Kelworth supporter", "a Dubai-based consultant"
        if t.lower in nouns or people.person_compound(t.lower) or _person_suffix(t.lower):
            toks = _tokens(text, s, e, k + MAX_MENTION_WORDS)
            if k + 2 < len(toks) and toks[k + 1].text == "," and toks[k + 2].lower in RELATIVE_WHO:
                return (s, t.end)  # "One resident, who did not want to be named, said"
            end = _tagged_description_end(toks, k)
            if end is None:
                return None
            after = [x.lower for x in _tokens(text, toks[end].end, e, 4)]
            if people._hypothetical(after, 0):
                return None  # "A heritage officer would also be recruited": no one yet
            return (s, toks[end].end)
    return None


#: Endings of person nouns a description may be headed by when no list has them
#: ("biologist", "historian", "fishmonger").
PERSON_SUFFIXES: tuple[str, ...] = ("ist", "ian", "monger")


def _person_suffix(word: str) -> bool:
    """A lowercase person noun by its ending, six letters or more ("biologist"). Looser than
    :func:`people._occupation_by_ending`, which tests a capitalised word before a name
    ("Hydrogeologist Kavita Sathe") and must not take given names such as "Sufian"."""
    return len(word) >= 6 and word.isalpha() and word.endswith(PERSON_SUFFIXES)


#: Part-of-speech tags that end a description: a finite verb, a modal or a wh-word.
_DESCRIPTION_STOP_TAGS: tuple[str, ...] = ("VBZ", "VBD", "VBP", "MD", "WDT", "WP")


def _tagged_description_end(toks: list[_Tok], head: int) -> int | None:
    """Last token of the subject noun phrase headed at ``head``: up to its finite verb.

    None when no finite verb follows before punctuation (not a subject), or the tagger's
    data is missing.

    Runs the part-of-speech tagger on one short span only (rare: unnamed speakers).
    """
    span = toks[: head + MAX_MENTION_WORDS]
    try:
        tags = [tag for _, tag in resources.tagger().tag([t.text for t in span])]
    except MissingResourceError:
        return None
    for k in range(head + 1, len(span)):
        if tags[k].startswith(_DESCRIPTION_STOP_TAGS):
            return k - 1
        if span[k].text == "," and k + 1 < len(span) and span[k + 1].lower in RELATIVE_WHO:
            return k - 1  # "A young man loading crates into a van, who gives his name"
        if span[k].text == "," and k + 1 < len(span) and span[k + 1].lower in ("a", "an"):
            close = next((j for j in range(k + 2, len(span)) if not span[j].is_word), None)
            if (
                close is not None
                and span[close].text == ","
                and close + 1 < len(span)
                and tags[close + 1].startswith(_DESCRIPTION_STOP_TAGS)
            ):
                return k - 1  # "Another passenger, a retired tram driver, was more cautious"
            return None
        if not span[k].is_word:
            return None
    return None


# --- rows ---------------------------------------------------------------------------------


@functools.lru_cache(maxsize=256)
def quote_rows(article: Article) -> Rows:
    """The ``quotes`` table of one article as column lists, without ``article_id`` (cached).

    The lists are shared between callers: read them, never change them.
    """
    qs = quotes(article)
    sents = sentences(article)
    starts = [s.start for s in sents]
    text = article.text
    rows: dict[str, list[Any]] = {name: [] for name in _COLUMNS}
    for n, q in enumerate(qs):
        k = bisect.bisect_right(starts, q.start) - 1
        sid = k if k >= 0 and sents[k].start <= q.start < sents[k].end else None
        phrase = q.kind == "phrase"
        mention = None if phrase else q.mention
        rows["quote_id"].append(n)
        rows["start"].append(q.start)
        rows["end"].append(q.end)
        rows["text"].append(text[q.start : q.end])
        rows["kind"].append(q.kind)
        rows["group_id"].append(q.group_id)
        rows["paragraph_id"].append(q.paragraph_id)
        rows["sentence_id"].append(sid)
        rows["speaker"].append(None if phrase else q.speaker)
        rows["speaker_mention"].append(text[mention[0] : mention[1]] if mention else None)
        rows["speaker_start"].append(mention[0] if mention else None)
        rows["speaker_end"].append(mention[1] if mention else None)
        rows["cue"].append(None if phrase else q.cue)
        rows["method"].append(None if phrase else q.method)
        rows["n_words"].append(word_count(text[q.start : q.end]))
    return rows


_COLUMNS: tuple[str, ...] = (
    "quote_id",
    "start",
    "end",
    "text",
    "kind",
    "group_id",
    "paragraph_id",
    "sentence_id",
    "speaker",
    "speaker_mention",
    "speaker_start",
    "speaker_end",
    "cue",
    "method",
    "n_words",
)
