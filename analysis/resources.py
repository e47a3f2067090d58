"""NLTK data: the one list of resources the package needs, lazy loaders, and ``setup``.

Nothing here downloads or loads anything at import time. Loaders find data through
NLTK's normal search path (``NLTK_DATA``, ``~/nltk_data``, ...) and raise
:class:`~analysis.errors.MissingResourceError`, which names the resource and the
``python -m analysis setup`` command, instead of NLTK's long ``LookupError``.

Examples
--------
>>> sorted(RESOURCES)[:2]
['averaged_perceptron_tagger_eng', 'punkt_tab']
"""

from __future__ import annotations

import functools
import logging
from collections.abc import Callable
from typing import TYPE_CHECKING, Any, NamedTuple, TypeVar

from .errors import MissingResourceError

if TYPE_CHECKING:
    from nltk.sentiment.vader import SentimentIntensityAnalyzer
    from nltk.tokenize.punkt import PunktTokenizer

logger = logging.getLogger(__name__)

#: NLTK package name -> path that ``nltk.data.find`` looks up. The one list the package needs.
RESOURCES: dict[str, str] = {
    "punkt_tab": "tokenizers/punkt_tab/english/",
    "stopwords": "corpora/stopwords",
    "vader_lexicon": "sentiment/vader_lexicon.zip",
    "averaged_perceptron_tagger_eng": "taggers/averaged_perceptron_tagger_eng/",
    "wordnet": "corpora/wordnet.zip",
}

T = TypeVar("T")


def is_installed(name: str) -> bool:
    """Whether NLTK resource ``name`` (a key of :data:`RESOURCES`) is found on the search path."""
    import nltk

    try:
        nltk.data.find(RESOURCES[name])
    except LookupError:
        if name == "wordnet":  # the unzipped layout counts too
            try:
                nltk.data.find("corpora/wordnet")
            except LookupError:
                return False
            return True
        return False
    return True


def require(name: str) -> None:
    """Raise :class:`MissingResourceError` unless resource ``name`` is installed."""
    if name not in RESOURCES:
        raise ValueError(f"`name` must be one of {sorted(RESOURCES)!r}, not {name!r}")
    if not is_installed(name):
        import nltk

        raise MissingResourceError(name, searched=[str(p) for p in nltk.data.path])


def _loader(name: str) -> Callable[[Callable[[], T]], Callable[[], T]]:
    """Decorate a zero-argument loader: check ``name`` first, load once, turn LookupError clear."""

    def wrap(fn: Callable[[], T]) -> Callable[[], T]:
        @functools.cache
        def load() -> T:
            require(name)
            try:
                return fn()
            except LookupError as err:
                raise MissingResourceError(name) from err

        load.__doc__ = fn.__doc__
        load.__name__ = fn.__name__
        return load

    return wrap


@_loader("punkt_tab")
def punkt() -> PunktTokenizer:
    """The English punkt sentence tokenizer (from punkt_tab)."""
    from nltk.tokenize.punkt import PunktTokenizer

    return PunktTokenizer("english")


@_loader("stopwords")
def stopwords() -> frozenset[str]:
    """NLTK's English stopword list, lowercase."""
    from nltk.corpus import stopwords as sw

    return frozenset(w.lower() for w in sw.words("english"))


@_loader("vader_lexicon")
def vader() -> SentimentIntensityAnalyzer:
    """NLTK's VADER sentiment analyzer."""
    from nltk.sentiment.vader import SentimentIntensityAnalyzer

    return SentimentIntensityAnalyzer()


@_loader("averaged_perceptron_tagger_eng")
def tagger() -> Any:
    """NLTK's averaged perceptron part-of-speech tagger (English)."""
    from nltk.tag.perceptron import PerceptronTagger

    return PerceptronTagger()


@_loader("wordnet")
def lemmatizer() -> Any:
    """NLTK's WordNet lemmatizer, warmed up so the corpus is loaded."""
    from nltk.stem import WordNetLemmatizer

    lem = WordNetLemmatizer()
    lem.lemmatize("dogs")
    return lem


@_loader("wordnet")
def english_words() -> frozenset[str]:
    """Common English words: WordNet's one-word lemmas (any part of speech), lowercase, that
    have a sense seen in its sense-tagged corpus, less the names of people it lists.

    Rare lemmas (mostly proper names: "hussein", "manila") are left out by the first rule;
    "hitler" or "plato", seen in the corpus, by the second, read from the capitalised words
    of its person synsets ("Adolf_Hitler") that are never a lowercase noun. Read from the
    index files and the noun data alone (about 0.3 s), without the corpus reader the
    lemmatizer loads (about 2.5 s).
    """
    words = {w for w in _wordnet_index().tagged if w.isascii() and w.isalpha()}
    return frozenset(words - _wordnet_person_names())


class Morphology(NamedTuple):
    """The tables of WordNet's ``morphy``, the lemmatizer's one step (see :func:`morphology`)."""

    #: part of speech -> (ending, replacement) pairs, in morphy's order
    substitutions: dict[str, tuple[tuple[str, str], ...]]
    #: part of speech -> irregular form -> its lemmas ("geese" -> ["goose"])
    exceptions: dict[str, dict[str, list[str]]]
    #: lemma -> the parts of speech WordNet has it as ("dog" -> "nv")
    lemmas: dict[str, str]


@_loader("wordnet")
def morphology() -> Morphology:
    """WordNet's morphy tables, read from the index and exception files (about 0.3 s).

    ``WordNetLemmatizer`` needs only these, but NLTK's corpus reader also reads every synset
    offset and, to map WordNet 3.0 onto itself for multilingual data, ``index.sense``
    twice: about 2.5 s in every process. :func:`analysis.terms` lemmatizes with these
    tables and gives the lemmatizer's lemmas (the tests compare them word by word).

    >>> morphology().exceptions["n"]["geese"], "v" in morphology().lemmas["dog"]
    (['goose'], True)
    """
    import nltk
    from nltk.corpus.reader.wordnet import WordNetCorpusReader

    rules = WordNetCorpusReader.MORPHOLOGICAL_SUBSTITUTIONS
    exceptions: dict[str, dict[str, list[str]]] = {}
    for pos, name in _WORDNET_FILES.items():
        with nltk.data.find(f"corpora/wordnet/{name}.exc").open() as f:
            table = (line.decode("utf-8").split() for line in f)
            exceptions[pos] = {t[0]: t[1:] for t in table if t}
    return Morphology(
        substitutions={pos: tuple(rules[pos]) for pos in _WORDNET_FILES},
        exceptions=exceptions,
        lemmas=_wordnet_index().lemmas,
    )


#: WordNet's parts of speech and the names of their files (``index.noun``, ``noun.exc``).
_WORDNET_FILES: dict[str, str] = {"n": "noun", "v": "verb", "a": "adj", "r": "adv"}


class _WordnetIndex(NamedTuple):
    lemmas: dict[str, str]  # lemma -> parts of speech
    tagged: set[str]  # lemmas with a sense seen in the sense-tagged corpus


@functools.cache
def _wordnet_index() -> _WordnetIndex:
    """The four ``index.*`` files of WordNet, read once for :func:`english_words` and
    :func:`morphology`."""
    import nltk

    lemmas: dict[str, str] = {}
    tagged: set[str] = set()
    for pos, name in _WORDNET_FILES.items():
        with nltk.data.find(f"corpora/wordnet/index.{name}").open() as f:
            for line in f:
                if line[:1] == b" ":
                    continue  # the licence header
                # lemma pos synset_cnt p_cnt [ptr_symbol ...] sense_cnt tagsense_cnt ...
                fields = line.split(b" ")
                lemma = fields[0].decode("utf-8")
                lemmas[lemma] = lemmas.get(lemma, "") + pos
                if int(fields[5 + int(fields[3])]) > 0:
                    tagged.add(lemma)
    return _WordnetIndex(lemmas, tagged)


#: WordNet's lexicographer file of people (``noun.person``), as written in ``data.noun``.
_PERSON_LEXFILE = b"18"


def _wordnet_person_names() -> set[str]:
    """Lowercase words of WordNet's names of people ("Adolf_Hitler": adolf, hitler) that it
    never writes in lowercase as a noun ("Moon" is a name, "moon" a noun: not listed)."""
    import nltk

    capitalised: set[bytes] = set()
    lowercase: set[bytes] = set()
    with nltk.data.find("corpora/wordnet/data.noun").open() as f:
        for line in f:
            # synset_offset lex_filenum ss_type w_cnt word lex_id [word lex_id ...] ...
            fields = line.split(b" ", 4)
            if len(fields) < 5 or not fields[0].isdigit():
                continue  # the licence header
            person = fields[1] == _PERSON_LEXFILE
            for word in fields[4].split(b" ")[0 : 2 * int(fields[3], 16) : 2]:
                if word.islower():
                    lowercase.add(word)
                elif person:
                    capitalised.update(p.lower() for p in word.split(b"_") if p[:1].isupper())
    return {w.decode("latin-1") for w in capitalised - lowercase}


def setup(*, download: bool = True, quiet: bool = False) -> dict[str, str]:
    """Download every missing resource with ``nltk.download``; report what was found and done.

    Returns a mapping of resource name to ``"present"``, ``"downloaded"`` or ``"failed"``
    (or ``"missing"`` when ``download`` is False). Downloads nothing when all are present.
    """
    import nltk

    report: dict[str, str] = {}
    for name in RESOURCES:
        if is_installed(name):
            report[name] = "present"
        elif not download:
            report[name] = "missing"
        else:
            ok = nltk.download(name, quiet=quiet, raise_on_error=False)
            report[name] = "downloaded" if ok and is_installed(name) else "failed"
        logger.info("%s: %s", name, report[name])
    return report
