"""Reading: decoding, ids, bad input."""

from __future__ import annotations

import codecs
import io

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from analysis import InputError, article_from_text, read_article, read_corpus
from analysis.io import iter_articles

TEXT = "A title\n\n\u201cWe couldn\u2019t win,\u201d she says. Caf\u00e9."


@pytest.mark.parametrize(
    ("data", "encoding"),
    [
        (TEXT.encode("utf-8"), "utf-8"),
        (codecs.BOM_UTF8 + TEXT.encode("utf-8"), "utf-8-sig"),
        (TEXT.encode("utf-16"), "utf-16"),
        (TEXT.encode("cp1252"), "cp1252"),
        # UTF-8 pasted together with one cp1252 character: both kept
        (TEXT[:-5].encode("utf-8") + "Café.".encode("cp1252"), "utf-8+cp1252"),
    ],
    ids=["utf8", "utf8-bom", "utf16-bom", "cp1252", "utf8-with-stray-cp1252"],
)
def test_decodings_give_the_same_text(data, encoding):
    art = read_article(data, article_id="x")
    assert art.text == TEXT
    assert art.encoding == encoding
    assert art.title == "A title"


@pytest.mark.parametrize(
    ("data", "text", "encoding"),
    [
        (b"caf\xe9 na\xefve", "café naïve", "cp1252"),  # no valid UTF-8 character: cp1252
        (b"\x81\x8d ok", "\x81\x8d ok", "latin-1"),  # bytes cp1252 leaves undefined
        ("“ok” – ".encode() + b"\x81", "“ok” – \x81", "utf-8+cp1252"),
    ],
    ids=["cp1252-only", "latin1-fallback", "mixed-undefined-byte"],
)
def test_single_byte_fallbacks(data, text, encoding):
    art = read_article(data, article_id="x")
    assert (art.text, art.encoding) == (text, encoding)


def test_cp1252_logs_a_warning(caplog):
    read_article(TEXT.encode("cp1252"), article_id="x")
    assert "not valid UTF-8" in caplog.text


def test_crlf_is_kept_and_offsets_index_it():
    art = read_article(b"Title\r\n\r\nBody one.\r\nBody two.\r\n", article_id="c")
    assert "\r\n" in art.text
    assert [art.text[b.start : b.end] for b in art.blocks] == ["Title", "Body one.", "Body two."]


@pytest.mark.parametrize(
    "data",
    [b"\x89PNG\r\n\x1a\n\x00\x00\x00\rIHDR", b"abc\x00def", b"%PDF-1.4 ...", bytes(range(32)) * 10],
    ids=["png", "nul", "pdf", "controls"],
)
def test_binary_input_raises_value_error_naming_the_source(data, tmp_path):
    path = tmp_path / "bad.txt"
    path.write_bytes(data)
    with pytest.raises(ValueError, match=r"bad\.txt"):
        read_article(path)


@pytest.mark.parametrize(
    "text",
    [
        "<!DOCTYPE html><html><body><p>Hi</p></body></html>",
        "<html>\n<head><title>x</title></head>",
        "<div><p>one</p><p>two</p><a href='x'>three</a></div>" * 5,
    ],
)
def test_html_raises_a_clear_error(text):
    with pytest.raises(InputError, match="Extract the visible text"):
        article_from_text(text)


@pytest.mark.parametrize("text", ["", "   \n\t\r\n  "])
def test_empty_input_gives_an_article_without_blocks(text):
    art = article_from_text(text, article_id="e")
    assert art.blocks == ()
    assert art.title is None


def test_ids_default_to_the_file_stem(tmp_path):
    (tmp_path / "one.txt").write_text("T\n\nBody.", encoding="utf-8")
    sub = tmp_path / "sub"
    sub.mkdir()
    (sub / "two.txt").write_text("T2\n\nBody.", encoding="utf-8")
    assert [a.article_id for a in read_corpus(tmp_path)] == ["one", "two"]
    assert read_article(str(tmp_path / "one.txt")).article_id == "one"
    with (tmp_path / "one.txt").open("rb") as fh:
        assert read_article(fh).article_id == "one"


def test_binary_file_object_and_text_mode_error():
    assert read_article(io.BytesIO(b"T\n\nB."), article_id="b").text == "T\n\nB."
    with pytest.raises(TypeError, match="binary mode"):
        read_article(io.StringIO("x"))  # type: ignore[arg-type]


def test_dataframe_source_uses_its_ids():
    import pandas as pd

    df = pd.DataFrame({"article_id": ["a", "b"], "text": ["One.", None]})
    arts = list(iter_articles(df))
    assert [(a.article_id, a.text) for a in arts] == [("a", "One."), ("b", "")]


def test_a_tag_quoted_in_a_story_is_not_html():
    art = article_from_text("Title\n\nThe <p> tag starts a paragraph, she wrote.", article_id="t")
    assert art.title == "Title"


@settings(max_examples=150, deadline=None)
@given(data=st.binary(max_size=400))
def test_any_bytes_give_an_article_or_one_documented_error(data):
    try:
        art = read_article(data, article_id="b")
    except InputError as err:
        assert "<bytes>" in str(err)
        return
    for block in art.blocks:
        assert art.text[block.start : block.end].strip() == art.text[block.start : block.end]


@settings(max_examples=100, deadline=None)
@given(text=st.text(max_size=300))
def test_text_round_trips_through_every_encoding_we_read(text):
    try:
        art = read_article(text.encode("utf-16"), article_id="u")
    except InputError:  # text made of control characters or an HTML-looking page
        return
    assert art.text == text


def test_article_hash_is_cached_but_never_pickled():
    import pickle

    art = article_from_text("Title\n\nBody text.", article_id="h")
    assert hash(art) == hash(article_from_text("Title\n\nBody text.", article_id="h"))
    copy = pickle.loads(pickle.dumps(art))
    assert "_hash" not in copy.__dict__
    assert copy == art
    assert hash(copy) == hash(art)
