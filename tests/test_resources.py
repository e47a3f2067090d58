"""NLTK data: one list, clear errors, setup downloads only what is missing, cheap import."""

from __future__ import annotations

import subprocess
import sys

import nltk
import pytest

from analysis import MissingResourceError, resources

LOADERS = [
    ("punkt_tab", resources.punkt),
    ("stopwords", resources.stopwords),
    ("vader_lexicon", resources.vader),
    ("averaged_perceptron_tagger_eng", resources.tagger),
    ("wordnet", resources.lemmatizer),
]


@pytest.fixture
def no_nltk_data(monkeypatch, tmp_path):
    """An empty NLTK search path, with every loader's cache cleared before and after."""
    monkeypatch.setattr(nltk.data, "path", [str(tmp_path)])
    for _, load in LOADERS:
        load.cache_clear()  # type: ignore[attr-defined]
    yield tmp_path
    for _, load in LOADERS:
        load.cache_clear()  # type: ignore[attr-defined]


def test_every_loader_names_its_resource():
    assert [name for name, _ in LOADERS] == list(resources.RESOURCES)


@pytest.mark.parametrize(("name", "load"), LOADERS, ids=[n for n, _ in LOADERS])
def test_missing_resource_error_names_resource_and_command(no_nltk_data, name, load):
    with pytest.raises(MissingResourceError) as info:
        load()
    message = str(info.value)
    assert repr(name) in message
    assert "python -m analysis setup" in message
    assert info.value.resource == name
    assert isinstance(info.value, LookupError)


@pytest.mark.parametrize("load", [resources.english_words, resources.morphology])
def test_wordnet_tables_need_wordnet(no_nltk_data, load):
    load.cache_clear()  # type: ignore[attr-defined]
    try:
        with pytest.raises(MissingResourceError, match="wordnet"):
            load()
    finally:
        load.cache_clear()  # type: ignore[attr-defined]


def test_morphology_tables_are_the_wordnet_readers():
    from nltk.corpus import wordnet

    tables = resources.morphology()
    resources.lemmatizer()  # loads the corpus reader
    for pos in "nvar":
        assert tables.exceptions[pos] == wordnet._exception_map[pos]
        assert list(tables.substitutions[pos]) == wordnet.MORPHOLOGICAL_SUBSTITUTIONS[pos]
    offsets = wordnet._lemma_pos_offset_map
    assert tables.lemmas.keys() == offsets.keys()
    assert all(set(tables.lemmas[w]) == set(offsets[w]) - {"s"} for w in offsets)


def test_a_table_helper_raises_the_clear_error(no_nltk_data):
    from analysis import article_from_text, sentence_table

    with pytest.raises(MissingResourceError, match="punkt_tab"):
        sentence_table(article_from_text("Title\n\nOne. Two.", article_id="a"))


def test_setup_downloads_only_what_is_missing(no_nltk_data, monkeypatch):
    calls = []
    monkeypatch.setattr(nltk, "download", lambda name, **kw: calls.append(name) or False)
    report = resources.setup()
    assert calls == list(resources.RESOURCES)
    assert set(report.values()) == {"failed"}


def test_setup_downloads_nothing_when_all_present(shared, monkeypatch):
    monkeypatch.setattr(nltk.data, "path", [str(shared / "nltk_data")])
    monkeypatch.setattr(nltk, "download", lambda *a, **k: pytest.fail("downloaded"))
    assert set(resources.setup().values()) == {"present"}


def test_setup_check_only_reports_missing(no_nltk_data):
    assert set(resources.setup(download=False).values()) == {"missing"}


def test_require_rejects_unknown_names():
    with pytest.raises(ValueError, match="`name` must be one of"):
        resources.require("punkt")


def test_import_is_cheap_and_has_no_side_effects():
    code = (
        "import sys, analysis; "
        "print(sorted(m for m in ('pandas', 'nltk', 'matplotlib') if m in sys.modules))"
    )
    out = subprocess.run([sys.executable, "-c", code], capture_output=True, text=True, check=True)
    assert out.stdout.strip() == "[]"
    assert out.stderr == ""
