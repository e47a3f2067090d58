"""Tokens and terms: the span tokenizer, the tagger, token_table and term_table."""

from __future__ import annotations

import itertools
import random

import pandas as pd
import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from analysis import (
    InputError,
    article_from_text,
    read_article,
    resources,
    schema,
    term_table,
    token_table,
)
from analysis import terms as terms_mod
from analysis.terms import FastTagger, token_spans

BODY = (
    "Council backs new park plan\n\n"
    "The city's council voted 7-2 on Tuesday to build a $3.5 million park.\n\n"
    '"This is a great day for our town," said Mayor Jane Smith. "We waited years."\n\n'
    "Critics say the park plan costs too much — and they don't trust the council's numbers.\n"
)


def toks(text: str) -> list[str]:
    return [text[s:e] for s, e in token_spans(text)]


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("Lukashenko's regime", ["Lukashenko", "'s", "regime"]),
        ("Lukashenko’s regime", ["Lukashenko", "’s", "regime"]),
        ("Belarus' fate", ["Belarus", "'", "fate"]),
        ("we don't, they can't", ["we", "do", "n't", ",", "they", "ca", "n't"]),
        ("They’re here, I'm sure", ["They", "’re", "here", ",", "I", "'m", "sure"]),
        ("the U.S. and U.N. said", ["the", "U.S.", "and", "U.N.", "said"]),
        (
            "$3.5 million, 1,000 men at 0:00",
            ["$", "3.5", "million", ",", "1,000", "men", "at", "0:00"],
        ),
        ("a Moscow-backed, 34-year-old man", ["a", "Moscow-backed", ",", "34-year-old", "man"]),
        ("“Wait…” — he said", ["“", "Wait", "…", "”", "—", "he", "said"]),
        ('"Go!!!" -- she said...', ['"', "Go", "!!!", '"', "--", "she", "said", "..."]),
        ("O'Brien's plan", ["O'Brien", "'s", "plan"]),
        ("visit https://www.npr.org.", ["visit", "https://www.npr.org", "."]),
        ("mail a.b@example.com now", ["mail", "a.b@example.com", "now"]),
        (
            "Mr. Smith met Gen. Flynn on Jan. 5.",
            ["Mr.", "Smith", "met", "Gen.", "Flynn", "on", "Jan.", "5", "."],
        ),
        ("No. I said no.", ["No", ".", "I", "said", "no", "."]),
        ("", []),
    ],
    ids=[
        "possessive",
        "curly-possessive",
        "plural-possessive",
        "negation",
        "curly-clitics",
        "initialisms",
        "numbers",
        "compounds",
        "curly-quotes-dash",
        "straight-quotes-runs",
        "apostrophe-name",
        "url",
        "email",
        "abbreviations",
        "no-is-not-an-abbreviation",
        "empty",
    ],
)
def test_token_spans(text, expected):
    assert toks(text) == expected


@settings(max_examples=80, deadline=None)
@given(st.text(alphabet=st.sampled_from(list("ab1 '’\".,—-!?\n")) | st.characters(), max_size=80))
def test_tokens_cover_every_visible_character_in_order(text):
    spans = token_spans(text)
    assert all(0 <= s < e <= len(text) for s, e in spans)
    assert all(e1 <= s2 for (_, e1), (s2, _) in itertools.pairwise(spans))
    covered = {i for s, e in spans for i in range(s, e)}
    assert {i for i, c in enumerate(text) if not c.isspace()} <= covered
    assert not any(text[i].isspace() for i in covered)


TAGGER_CASES = [
    ["The", "quick", "brown", "fox", "jumps", "over", "the", "lazy", "dog", "."],
    ["``", "We", "ca", "n't", "win", ",", "''", "she", "says", "."],
    ["Lukashenko", "'s", "1994", "regime", "--", "an", "all-Belarusian", "brigade", "..."],
    ["34-year-old", "Artyom", "won", "'t", "reveal", "his", "last", "name"],
    [],
    ["Yes"],
]


def test_fast_tagger_equals_nltk_on_varied_sentences():
    reference = resources.tagger()
    rng = random.Random(7)
    vocab = [w for case in TAGGER_CASES for w in case] + ["running", "RUN", "3", "-x", "2020s"]
    cases = TAGGER_CASES + [
        [rng.choice(vocab) for _ in range(rng.randint(1, 30))] for _ in range(200)
    ]
    fast = FastTagger.shared().tag_sentences(cases)
    assert fast == [[t for _, t in reference.tag(c)] for c in cases]


def test_fast_tagger_equals_nltk_on_seed(seed):
    from analysis.segment import sentences

    forms = [toks(seed.text[s.start : s.end]) for s in sentences(seed)]
    reference = resources.tagger()
    assert FastTagger.shared().tag_sentences(forms) == [
        [t for _, t in reference.tag(f)] for f in forms
    ]


def test_fast_tagger_equals_nltk_on_polnear_sample(polnear):
    from analysis.segment import sentences

    files = sorted((polnear / "dev" / "text").glob("*.txt"))[:12]
    reference = resources.tagger()
    for f in files:
        art = read_article(f)
        forms = [toks(art.text[s.start : s.end]) for s in sentences(art)]
        assert FastTagger.shared().tag_sentences(forms) == [
            [t for _, t in reference.tag(x)] for x in forms
        ], f.name


def token_row(df: pd.DataFrame, text: str) -> pd.Series:
    return df[df["text"] == text].iloc[0]


@pytest.mark.parametrize(
    ("token", "lemma", "pos", "is_stop", "is_punct"),
    [
        ("city", "city", "NN", False, False),
        ("'s", "'s", "POS", True, False),
        ("voted", "vote", "VBD", False, False),
        ("7-2", "7-2", "CD", False, False),
        ("$", "$", "$", False, True),
        ("Critics", "critic", "NNS", False, False),
        ("costs", "cost", "VBZ", False, False),
        ("—", "—", ":", False, True),
        ("n't", "not", "RB", True, False),
        ("numbers", "number", "NNS", False, False),
        ("Smith", "smith", "NNP", False, False),
    ],
    ids=lambda v: str(v),
)
def test_token_columns(token, lemma, pos, is_stop, is_punct):
    df = token_table(article_from_text(BODY, article_id="b"))
    row = token_row(df, token)
    assert (row["lemma"], row["pos"], row["is_stop"], row["is_punct"]) == (
        lemma,
        pos,
        is_stop,
        is_punct,
    )


def test_token_table_schema_offsets_and_ids():
    art = article_from_text(BODY, article_id="b")
    df = token_table(art)
    schema.validate(df, "tokens")
    assert all(
        art.text[s:e] == t for s, e, t in zip(df["start"], df["end"], df["text"], strict=True)
    )
    assert df["token_id"].tolist() == list(range(len(df)))
    assert (df["lower"] == df["text"].str.lower()).all()


def fake_quotes(rows):
    """A quote_table stand-in returning ``rows`` (start, end, kind, speaker) for any article."""

    def quote_table(article):
        data = {
            "start": [r[0] for r in rows],
            "end": [r[1] for r in rows],
            "kind": [r[2] for r in rows],
            "speaker": [r[3] for r in rows],
            "text": [article.text[r[0] : r[1]] for r in rows],
        }
        data["article_id"] = [article.article_id] * len(rows)
        return schema.frame("quotes", data)

    return quote_table


def test_in_quote_and_speaker_follow_speech_and_partial_quotes(monkeypatch):
    text = BODY
    speech = text.index("This is")
    speech_end = text.index(",", speech)
    phrase = text.index("park plan costs")
    monkeypatch.setattr(
        "analysis.quotes.quote_table",
        fake_quotes(
            [
                (speech, speech_end, "speech", "Jane Smith"),
                (phrase, phrase + len("park plan"), "phrase", None),
            ]
        ),
    )
    df = token_table(article_from_text(text, article_id="b"))
    inside = df[df["in_quote"]]
    assert inside["text"].tolist() == ["This", "is", "a", "great", "day", "for", "our", "town"]
    assert (inside["speaker"] == "Jane Smith").all()
    assert df.loc[~df["in_quote"], "speaker"].isna().all()


def test_quotes_found_before_are_used_instead_of_quote_table(monkeypatch):
    speech = BODY.index("This is")
    art = article_from_text(BODY, article_id="b")
    given = fake_quotes([(speech, BODY.index(",", speech), "speech", "Jane Smith")])(art)

    def boom(article):
        raise AssertionError("quote_table ran")

    monkeypatch.setattr("analysis.quotes.quote_table", boom)
    df = token_table(art, quotes=given)
    assert df.loc[df["in_quote"], "text"].tolist()[:3] == ["This", "is", "a"]
    other = token_table(art, quotes=given.assign(article_id="elsewhere"))
    assert not other["in_quote"].any()
    terms = term_table(art, by="speaker", quotes=given)
    assert set(terms.loc[terms["speaker"] == "Jane Smith", "term"]) == {"day", "great", "town"}
    with pytest.raises(ValueError, match="quotes"):
        token_table(art, quotes=given.drop(columns="kind"))


# --------------------------------------------------------------------------- term_table


@pytest.fixture(scope="module")
def body():
    return article_from_text(BODY, article_id="b")


def test_terms_never_hold_clitics_punctuation_or_numbers(body):
    df = term_table(body, stopwords=None)
    junk = {"'s", "’s", "—", "``", "''", '"', "$", "3.5", ",", "."}
    assert junk.isdisjoint(df["term"])
    assert "7-2" not in set(df["term"])  # no letters: a number
    assert "7-2" in set(term_table(body, numbers=True)["term"])


@pytest.mark.parametrize(
    ("options", "expected_top"),
    [
        ({}, [("council", 3), ("park", 3), ("plan", 2)]),
        ({"lemma": False}, [("council", 3), ("park", 3), ("plan", 2)]),
        ({"stopwords": None}, [("council", 3), ("park", 3), ("the", 3), ("a", 2)]),
        ({"stopwords": ["park", "COUNCIL"]}, [("the", 3), ("a", 2), ("plan", 2), ("say", 2)]),
        (
            {"ngram": 2},
            [("park plan", 2), ("back new", 1), ("council back", 1), ("council vote", 1)],
        ),
        ({"ngram": 2, "lemma": False}, [("park plan", 2), ("backs new", 1), ("council backs", 1)]),
        ({"ngram": 3}, [("back new park", 1), ("council back new", 1), ("mayor jane smith", 1)]),
        ({"min_count": 3}, [("council", 3), ("park", 3)]),
    ],
    ids=[
        "default",
        "no-lemma",
        "no-stopwords",
        "custom-stopwords",
        "bigrams",
        "bigrams-words",
        "trigrams",
        "min-count",
    ],
)
def test_term_table_top_terms(body, options, expected_top):
    df = term_table(body, **options)
    assert list(zip(df["term"], df["n"], strict=False))[: len(expected_top)] == expected_top


def test_ngrams_break_at_punctuation_stopwords_and_sentences():
    art = article_from_text(
        "Rain plans\n\nBig storms hit. Towns flooded, roads closed.", article_id="x"
    )
    bigrams = set(term_table(art, ngram=2, lemma=False)["term"])
    assert bigrams == {"rain plans", "big storms", "storms hit", "towns flooded", "roads closed"}
    gapped = article_from_text("Rain plans\n\nFight against Russia.", article_id="y")
    assert "fight russia" not in set(term_table(gapped, ngram=2, lemma=False)["term"])
    assert "fight against russia" in set(term_table(gapped, ngram=3, stopwords=None)["term"])


def test_rel_freq_sums_to_one_per_group_and_sorting(body):
    df = term_table(body, by="block")
    assert df.groupby("block", observed=True)["rel_freq"].sum().round(12).eq(1).all()
    for _, group in df.groupby("block", observed=True, sort=False):
        keys = list(zip(-group["n"], group["term"], strict=True))
        assert keys == sorted(keys)


def test_article_id_rule_for_corpora(body):
    other = article_from_text(BODY.replace("park", "zoo"), article_id="c")
    pooled = term_table([body, other])
    assert pooled["article_id"].isna().all()
    assert pooled.set_index("term").loc["council", "n"] == 6
    per_article = term_table([body, other], by="article_id")
    assert set(per_article["article_id"]) == {"b", "c"}
    assert list(per_article.columns) == ["article_id", "term", "n", "rel_freq"]
    single = term_table(body)
    assert (single["article_id"] == "b").all()
    by_block = term_table([body, other], by="block")
    assert by_block["article_id"].isna().all()  # both articles have title and body blocks


def test_group_by_quote_flags(monkeypatch, body):
    speech = BODY.index("This is")
    monkeypatch.setattr(
        "analysis.quotes.quote_table",
        fake_quotes([(speech, BODY.index(",", speech), "speech", "Jane Smith")]),
    )
    df = term_table(body, by=["in_quote", "speaker"])
    assert list(df.columns[:3]) == ["article_id", "in_quote", "speaker"]
    quoted = df[df["in_quote"]]
    assert sorted(quoted["term"]) == ["day", "great", "town"]
    assert set(quoted["speaker"]) == {"Jane Smith"}
    assert str(df["in_quote"].dtype) == "boolean"


def test_frame_source_groups_by_its_columns():
    frame = pd.DataFrame(
        {
            "article_id": ["a", "a", "b"],
            "speaker": ["Ann", "Bo", "Ann"],
            "text": ["Taxes are too high.", "Taxes fund schools!", "High taxes hurt."],
        },
        index=[10, 11, 12],
    )
    before = frame.copy()
    df = term_table(frame, by="speaker")
    assert list(df.columns) == ["article_id", "speaker", "term", "n", "rel_freq"]
    ann = df[df["speaker"] == "Ann"]
    assert list(zip(ann["term"], ann["n"], strict=True)) == [("high", 2), ("tax", 2), ("hurt", 1)]
    assert ann["article_id"].isna().all()  # Ann speaks in two articles
    assert (df.loc[df["speaker"] == "Bo", "article_id"] == "a").all()
    pd.testing.assert_frame_equal(frame, before)


def test_empty_and_invalid_inputs(body):
    empty = term_table(article_from_text("", article_id="e"))
    assert list(empty.columns) == schema.columns("terms") and empty.empty
    grouped_empty = term_table(article_from_text("", article_id="e"), by="speaker")
    assert list(grouped_empty.columns) == ["article_id", "speaker", "term", "n", "rel_freq"]
    for bad in ({"ngram": 4}, {"min_count": 0}, {"stopwords": "french"}, {"by": "colour"}):
        with pytest.raises(ValueError):
            term_table(body, **bad)
    with pytest.raises(ValueError):
        term_table(pd.DataFrame({"text": ["a"]}), by="speaker")


def test_honorifics_are_dropped_and_abbreviations_lose_their_period():
    art = article_from_text(
        "Senate vote\n\nMr. Smith and Gov. Brown met Sen. Brown.", article_id="m"
    )
    assert list(term_table(art)["term"]) == [
        "brown",
        "gov",
        "meet",
        "sen",
        "senate",
        "smith",
        "vote",
    ]
    assert "mr" in set(term_table(art, stopwords=None, lemma=False)["term"])


@pytest.mark.parametrize(
    ("sentence", "first_lemma"),
    [
        ("Taxes hurt families.", "tax"),
        ('"Officials lied," she said.', "official"),
        ("Paris voted today.", "paris"),
        ("Kansas voted today.", "kansas"),
        ("NATO troops left.", "nato"),
    ],
    ids=["plural-noun", "after-quote", "city", "state", "acronym"],
)
def test_first_word_tagged_proper_noun_gets_its_noun_lemma(sentence, first_lemma):
    frame = pd.DataFrame({"text": [sentence]})
    assert first_lemma in set(term_table(frame)["term"])


def test_repeated_blocks_count_once():
    text = (
        "Council backs park plan\n\n"
        "The council met today to vote on the plan for a new park.\n\n"
        "The council met today to vote on the plan for a new park.\n"
    )
    art = article_from_text(text, article_id="d")
    once = term_table(art).set_index("term")["n"]
    twice = term_table(art, duplicates=True).set_index("term")["n"]
    assert (once["council"], twice["council"]) == (2, 3)
    assert len(token_table(art)) == len(token_spans(text))  # the tokens table keeps every sentence


@settings(max_examples=50, deadline=None)
@given(
    st.lists(
        st.sampled_from(["War", "peace", "'s", "—", "2022", ",", ".", "\n\n", "“a”", "U.S."])
        | st.text(max_size=8),
        max_size=40,
    ).map(" ".join)
)
def test_any_text_gives_sane_term_counts(text):
    try:
        art = article_from_text(text, article_id="h")
    except InputError:  # the one documented error: text that looks like an HTML page
        return
    for ngram in (1, 2):
        df = term_table(art, ngram=ngram, lemma=ngram == 1)
        assert (df["n"] > 0).all()
        if len(df):
            assert df["rel_freq"].sum() == pytest.approx(1)
            assert not df["term"].isin(["'s", "—", ","]).any()


def test_lemma_false_does_not_tag(monkeypatch, body):
    def boom(*args, **kwargs):
        raise AssertionError("tagged")

    monkeypatch.setattr(FastTagger, "tag_sentences", boom)
    assert not term_table(body, lemma=False).empty
    with pytest.raises(AssertionError):
        term_table(body)


def test_rules_are_tables():
    assert "'s" in terms_mod.CLITIC_LEMMAS
    assert terms_mod.WORDNET_POS["NNS"] == "n" and "NNP" not in terms_mod.WORDNET_POS
    assert terms_mod.TOKEN_PATTERN.flags & terms_mod.re.VERBOSE


# --------------------------------------------------------------------------- the seed

#: Reviewed by hand: the reporting verb, the countries and people of the story; "force"
#: wins the tie at 4 (force, former, include, join, kaniewska) alphabetically.
SEED_TOP_TERMS = [
    ("say", 21),
    ("belarus", 16),
    ("lukashenko", 16),
    ("belarusian", 15),
    ("ukraine", 11),
    ("ukrainian", 9),
    ("putin", 7),
    ("russian", 7),
    ("warsaw", 5),
    ("force", 4),
]


def test_seed_top_ten_content_terms(seed):
    df = term_table(seed)
    assert list(zip(df["term"], df["n"], strict=False))[:10] == SEED_TOP_TERMS
    assert (df["article_id"] == seed.article_id).all()


def test_seed_terms_hold_no_junk(seed):
    for options in ({}, {"lemma": False}, {"ngram": 2}, {"stopwords": None}):
        terms = set(term_table(seed, **options)["term"])
        junk = [
            t
            for t in terms
            if t in {"'s", "’s", "—", "``", "''"} or not any(c.isalpha() for c in t)
        ]
        assert junk == [], options
    assert "could" not in set(term_table(seed)["term"])


def test_seed_tokens_round_trip(seed):
    df = token_table(seed)
    schema.validate(df, "tokens")
    text = seed.text
    assert all(text[s:e] == t for s, e, t in zip(df["start"], df["end"], df["text"], strict=True))
    possessive = df[df["text"].isin(["'s", "’s"])]
    assert len(possessive) > 0 and possessive["is_stop"].all()


# --------------------------------------------------------------------------- fast paths
# term_table tags only what a term depends on; these check it against tagging everything.

#: TOKEN_PATTERN as it was before the abbreviation lookahead (a speed guard, no new match).
UNGUARDED = terms_mod.re.compile(
    terms_mod.TOKEN_PATTERN.pattern.replace(r"(?=[^\W\d_]{2,4}\.)", "", 1), terms_mod.re.VERBOSE
)


@settings(max_examples=100, deadline=None)
@given(
    st.lists(
        st.sampled_from(["Mr.", "SEPT.", "Sept", "ſt.", "\u212ao.", "İnc.", "a.m.", "x@y.io", "."])
        | st.sampled_from(["no.", "Dr", "Gen.", "don't", "3.5", "www.a.b", "  ", "—", '"', "@"])
        | st.text(alphabet="aMrsS.@' \u212a\u017f\u0130\u0131", max_size=6),
        max_size=20,
    ).map("".join)
)
def test_token_pattern_guards_change_no_match(text):
    expected = [m.span() for m in UNGUARDED.finditer(text)]
    assert [m.span() for m in terms_mod.TOKEN_PATTERN.finditer(text)] == expected
    if "@" not in text:
        assert [m.span() for m in terms_mod._NO_EMAIL_PATTERN.finditer(text)] == expected


def tagger_sentences(n: int, seed: int) -> list[list[str]]:
    rng = random.Random(seed)
    vocab = [w for case in TAGGER_CASES for w in case] + ["running", "RUN", "3", "-x", "Taxes"]
    return TAGGER_CASES + [[rng.choice(vocab) for _ in range(rng.randint(1, 25))] for _ in range(n)]


def test_tagging_a_stretch_equals_tagging_the_sentence():
    tagger = FastTagger.shared()
    cases = tagger_sentences(60, seed=3)
    whole = tagger.tag_sentences(cases)
    sentences, stretches, expected = [], [], []
    for words, tags in zip(cases, whole, strict=True):
        for lo, hi in itertools.combinations(range(len(words) + 1), 2):
            if all(tagger.tagdict.get(w) for w in words[max(lo - 2, 0) : lo]):
                sentences.append(words)
                stretches.append((lo, hi))
                expected.append(tags[lo:hi])
    assert tagger.tag_sentences(sentences, stretches=stretches) == expected
    assert any(lo >= 2 for lo, _ in stretches)


@pytest.mark.parametrize(
    ("words", "stretch"),
    [(["Run", "fast", "."], (1, 3)), (["a", "b"], (0, 3)), (["a"], (1, 0))],
    ids=["tags-before-need-the-model", "past-the-end", "reversed"],
)
def test_tagging_a_stretch_that_cannot_stand_alone_raises(words, stretch):
    with pytest.raises(ValueError, match="words"):
        FastTagger.shared().tag_sentences([words], stretches=[stretch])


@settings(max_examples=60, deadline=None)
@given(st.data())
def test_tag_stretches_cover_their_targets_and_start_after_known_tags(data):
    tagger = FastTagger.shared()
    words = data.draw(st.sampled_from(tagger_sentences(40, seed=5)).filter(bool))
    targets = sorted(data.draw(st.sets(st.integers(0, len(words) - 1), min_size=1)))
    stretches = terms_mod._tag_stretches(words, targets)
    assert all(any(lo <= k < hi for lo, hi in stretches) for k in targets)
    assert all(a[1] < b[0] for a, b in itertools.pairwise(stretches))
    whole = tagger.tag_sentences([words])[0]
    got = tagger.tag_sentences([words] * len(stretches), stretches=stretches)
    assert got == [whole[lo:hi] for lo, hi in stretches]


LEMMA_WORDS = [
    "dogs",
    "men",
    "women",
    "axes",
    "better",
    "best",
    "ate",
    "went",
    "geese",
    "running",
    "taxes",
    "news",
    "was",
    "has",
    "is",
    "are",
    "bases",
    "leaves",
    "saw",
    "felt",
    "lying",
    "fled",
    "sung",
    "data",
    "criteria",
    "hardest",
    "worse",
    "further",
    "its",
    "u.s.",
    "ca",
    "wo",
    "n't",
    "'re",
    "nations",
    "states",
    "united",
    "reporters",
    "said",
    "biggest",
    "quickly",
    "2020s",
]


@pytest.mark.parametrize("pos", sorted(terms_mod.WORDNET_POS), ids=str)
def test_lemma_shortcut_equals_wordnet(pos):
    lemmatizer = resources.lemmatizer()
    wn = terms_mod.WORDNET_POS[pos]
    for word in LEMMA_WORDS:
        if terms_mod._HAS_LETTER.search(word) and word not in terms_mod.CLITIC_LEMMAS:
            assert terms_mod._lemma(word, pos) == lemmatizer.lemmatize(word, wn), word


@settings(max_examples=100, deadline=None)
@given(st.text(alphabet="abdeginrstvmx", min_size=1, max_size=9))
def test_lemma_shortcut_equals_wordnet_on_any_word(word):
    lemmatizer = resources.lemmatizer()
    for pos, wn in terms_mod.WORDNET_POS.items():
        assert terms_mod._lemma(word, pos) == lemmatizer.lemmatize(word, wn)


def test_token_entry_gives_the_term_of_every_tag():
    rules = terms_mod._TermRules(True, terms_mod.english_stopwords(), False, 1, False)
    tagger = FastTagger.shared()
    class_of, _ = terms_mod._tag_classes()
    words = [*LEMMA_WORDS, "Taxes", "Paris", "Ca", "Dogs", "Running", "'s", "—", "3.5", "Mr."]
    for word, initial in itertools.product(words, (False, True)):
        entry = rules.entry(word, initial=initial)
        known = tagger.tagdict.get(terms_mod._word_form(word))
        for tag in [known] if known else tagger.tags[2:]:
            lower = word.lower()
            proper = initial and tag in terms_mod.PROPER_TAGS
            lemma = terms_mod._initial_lemma(lower) if proper else terms_mod._lemma(lower, tag)
            got = entry[class_of[tag]] if isinstance(entry, tuple) else entry
            assert got == rules.term(lower, lemma), (word, initial, tag)


def count_both_ways(source, keys, quotes=None, **options):
    """Counts (each group's counter, groups in insertion order) and origins from full tagging
    and from the fast path."""
    rules = terms_mod._TermRules(
        options.get("lemma", True),
        terms_mod._stopword_set(options.get("stopwords", "english")),
        options.get("numbers", False),
        options.get("ngram", 1),
        options.get("duplicates", False),
    )
    found = []
    for count in (terms_mod._token_counts, terms_mod._sentence_counts):
        counts: dict = {}
        origin: dict = {}
        count(source, keys, rules, counts, origin, quotes)
        found.append((list(counts.items()), origin))
    return found


FAST_OPTIONS = [
    (["article_id"], {}),
    ([], {}),
    (["article_id"], {"lemma": False}),
    (["sentence_id"], {"stopwords": None}),
    (["block", "paragraph_id"], {"numbers": True}),
    (["article_id"], {"ngram": 2}),
    (["article_id", "block"], {"ngram": 3, "stopwords": None}),
    (["article_id"], {"duplicates": True, "stopwords": ["say", "plan"]}),
    (["in_quote", "speaker"], {}),
    (["article_id", "speaker"], {"ngram": 2}),
]
FAST_IDS = [
    "by-article",
    "pooled",
    "no-lemma",
    "by-sentence-all-words",
    "by-block-paragraph-numbers",
    "bigrams",
    "trigrams-all-words",
    "duplicates-custom-stopwords",
    "by-quote-flags",
    "speaker-bigrams",
]


def varied_articles() -> list:
    """Articles made of random tagger sentences, with titlecase first words and quotes."""
    rng = random.Random(11)
    out = []
    for i in range(6):
        paras = []
        for _ in range(rng.randint(1, 5)):
            words = rng.choice(tagger_sentences(40, seed=i))
            text = " ".join(words).strip() or "Yes"
            paras.append(f'"{text[:1].upper()}{text[1:]}," said Jane Smith. {text}.')
        out.append(article_from_text(f"Taxes rise\n\n{chr(10).join(paras)}", article_id=f"v{i}"))
    return out


@pytest.mark.parametrize(("keys", "options"), FAST_OPTIONS, ids=FAST_IDS)
def test_fast_term_counts_equal_full_tagging(keys, options, body, seed):
    for source in ([body], [seed], varied_articles()):
        quotes = terms_mod._quotes_of(None) if {"in_quote", "speaker"} & set(keys) else None
        full, fast = count_both_ways(source, keys, quotes=quotes, **options)
        assert fast == full


def test_fast_term_counts_equal_full_tagging_on_polnear_sample(polnear):
    files = sorted((polnear / "train" / "text").glob("*.txt"))[:8]
    articles = [read_article(f) for f in files]
    full, fast = count_both_ways(articles, ["article_id"])
    assert fast == full
    assert sum(len(terms) for _, terms in full[0]) > 500


@settings(max_examples=100, deadline=None)
@given(
    st.text(
        alphabet=st.sampled_from(list("ab1 '’\".,—-!?\n@\u212a")) | st.characters(), max_size=80
    ),
    st.integers(0, 5),
)
def test_token_texts_and_starts_equal_token_spans(text, start):
    start = min(start, len(text))
    spans = token_spans(text, start, len(text))
    tokens = terms_mod._token_texts(text, start, len(text))
    assert tokens == [text[s:e] for s, e in spans]
    assert terms_mod._token_starts(text, start, tokens) == [s for s, _ in spans]


def test_token_table_of_a_corpus_equals_its_articles_one_by_one(body, seed):
    corpus = [body, seed, *varied_articles()]
    one_by_one = pd.concat([token_table(a) for a in corpus], ignore_index=True)
    pd.testing.assert_frame_equal(token_table(corpus), one_by_one, check_exact=True)


@pytest.mark.parametrize(
    ("word", "pos", "expected"),
    [
        ("axes", "n", ["ax", "axis"]),
        ("went", "v", ["go"]),
        ("dogs", "n", ["dog"]),
        ("running", "v", ["run"]),
        ("better", "a", ["better", "good", "well"]),
        ("zzzs", "n", []),
    ],
    ids=["noun-exception", "verb-exception", "plural", "verb-ending", "adjective", "unknown"],
)
def test_morphy_forms_golden(word, pos, expected):
    assert terms_mod._morphy_forms(word, pos) == expected


def test_morphy_forms_equal_wordnet_on_polnear_words(polnear):
    from nltk.corpus import wordnet

    files = sorted((polnear / "dev" / "text").glob("*.txt"))[:20]
    vocab = {t.lower() for f in files for t, _ in toks_and_spans(f.read_text(encoding="utf-8"))}
    vocab |= {"wolves", "geese", "ran", "happier", "leaves", "'s", ""}
    resources.lemmatizer()
    for word in sorted(vocab):
        for pos in "nvar":
            assert terms_mod._morphy_forms(word, pos) == wordnet._morphy(word, pos), (word, pos)


def toks_and_spans(text: str) -> list[tuple[str, tuple[int, int]]]:
    return [(text[s:e], (s, e)) for s, e in token_spans(text)]
