"""Single-quoted (British-style) articles: the same-length view and the quotes found through it."""

from __future__ import annotations

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from analysis import article_from_text, quote_table, speaker_table
from analysis.quotemarks import double_marked, quote_style


def _art(body: str):
    return article_from_text(f"A headline about the rail fares\n\n{body}", article_id="uk")


STYLES = [
    ("‘It’s late,’ she said. ‘We must go.’", "single"),
    ("'It's late,' she said. 'We must go.'", "single"),
    ('"It\'s late," she said. "We must go."', "double"),
    ("He said “the ‘plan’ is dead” and “we’re done.”", "double"),
    ("‘One,’ she said.", "double"),  # one quote is not enough to decide
    ("It’s the ’90s, rock ’n’ roll and the Joneses’ car.", "double"),
    ("''I said, 'No,''' he recalled. ''We're done.''", "double"),  # '' typewriter doubles
    ("They 'til dawn and 'em all went home.", "double"),  # apostrophes left open
    ("‘Nobody likes it,’ she told the BBC. ‘He said “no”, then left.’", "single"),
    # nested the American way: more single pairs than double quotes, all inside them
    (
        "“He said, ‘Hi, it is me,’ and ‘Come back,’” she said. “She said ‘go’ and ‘stay.’”",
        "double",
    ),
    ("''He said, 'Hi,' and 'Come back,' '' she said. ''Then 'go' and 'stay.' ''", "double"),
]


@pytest.mark.parametrize(("body", "style"), STYLES, ids=[b[:30] for b, _ in STYLES])
def test_quote_style(body, style):
    assert quote_style(_art(body)) == style


def test_view_swaps_marks_only():
    art = _art("‘It’s late,’ she said. ‘He called it “a farce”,’ she added.")
    view = double_marked(art)
    assert len(view.text) == len(art.text)
    assert view.text.endswith("“It’s late,” she said. “He called it ‘a farce’,” she added.")
    assert view.blocks == art.blocks and view.article_id == art.article_id
    assert double_marked(_art('"A," he said. "B."')) is not None


def test_double_article_is_its_own_view():
    art = _art('"We are ready," she said. "We will win."')
    assert double_marked(art) is art


#: (body, quote text, speaker, mention, kind)
UK_QUOTES = [
    (
        "The minister, Jane Holt, spoke on Monday. ‘Nobody likes paying more,’ she told "
        "the BBC. ‘We are investing record sums.’",
        [
            ("Nobody likes paying more,", "Jane Holt", "she", "speech"),
            ("We are investing record sums.", "Jane Holt", "she", "speech"),
        ],
    ),
    (
        "Union leader Mick Barr said: ‘This is a kick in the teeth for working people.’ "
        "He called the rise ‘a scandal’.",
        [
            ("This is a kick in the teeth for working people.", "Mick Barr", "Union leader Mick Barr", "speech"),
            ("a scandal", "Mick Barr", "He", "partial"),
        ],
    ),
    (
        "‘It’s the wrong message at the wrong time,’ said Anna Pike of Transport Focus. "
        "‘It’s a real blow.’",
        [
            ("It’s the wrong message at the wrong time,", "Anna Pike", "Anna Pike", "speech"),
            ("It’s a real blow.", "Anna Pike", "Anna Pike", "speech"),
        ],
    ),
    (
        "'We have never seen the water this high,' police chief Sam Ortiz said. "
        "'People should stay away from the river.'",
        [
            ("We have never seen the water this high,", "Sam Ortiz", "police chief Sam Ortiz", "speech"),
            ("People should stay away from the river.", "Sam Ortiz", "police chief Sam Ortiz", "speech"),
        ],
    ),
]  # fmt: skip


@pytest.mark.parametrize(("body", "expected"), UK_QUOTES, ids=[b[:30] for b, _ in UK_QUOTES])
def test_single_quoted_speakers(body, expected):
    art = _art(body)
    table = quote_table(art)
    got = table[["text", "speaker", "speaker_mention", "kind"]].astype(object)
    assert [tuple(r) for r in got.itertuples(index=False)] == expected
    for row in table.itertuples():  # offsets index the article's own text
        assert art.text[row.start : row.end] == row.text
        assert art.text[row.speaker_start : row.speaker_end] == row.speaker_mention


def test_single_quoted_paragraphs_run_on():
    body = (
        "Ruth Kell, a nurse, described the night. ‘The water came in fast.\n\n"
        "‘We carried the children upstairs,’ she said. ‘Then the lights went out.’"
    )
    table = quote_table(_art(body))
    assert table["group_id"].nunique() == 1
    assert set(table["speaker"]) == {"Ruth Kell"}


def test_single_quoted_speaker_table():
    body = (
        "Mick Barr, general secretary of the union, said: ‘This is a kick in the teeth.’ "
        "‘We will fight it,’ he added."
    )
    table = speaker_table(_art(body))
    assert table[["speaker", "n_quotes"]].values.tolist() == [["Mick Barr", 2]]


@settings(max_examples=80, deadline=None)
@given(st.text(alphabet="ab ’‘'\"“”.,\n", max_size=200))
def test_view_keeps_length_and_letters(body):
    art = _art(body)
    view = double_marked(art)
    assert len(view.text) == len(art.text)
    assert all(
        a == b or {a, b} <= set("’‘'\"“”„‚") for a, b in zip(art.text, view.text, strict=True)
    )
    for row in quote_table(art).itertuples():
        assert art.text[row.start : row.end] == row.text


@pytest.mark.parametrize(
    "body",
    [
        "&ldquo;We go now,&rdquo; Mayor Ann Lee said. &quot;It is late.&quot;",
        "&#8220;We go now,&#8221; Mayor Ann Lee said. &#34;It is late.&#34;",
        "&QUOT;We go now,&QUOT; Mayor Ann Lee said. &#x22;It is late.&#x22;",
    ],
)
def test_html_quote_entities_are_marks(body):
    art = _art(body)
    rows = quote_table(art)
    assert rows[["text", "kind", "speaker"]].values.tolist() == [
        ["We go now,", "speech", "Ann Lee"],
        ["It is late.", "speech", "Ann Lee"],
    ]
    assert quote_style(art) == "double"
    assert len(double_marked(art).text) == len(art.text)


@settings(max_examples=80, deadline=None)
@given(
    st.lists(
        st.sampled_from(
            ["&quot;", "&ldquo;", "&rdquo;", "&#8220;", "&amp;", "We", " ", "go", ",", "."]
        ),
        max_size=40,
    )
)
def test_entity_soup_keeps_offsets(parts):
    art = _art("".join(parts))
    view = double_marked(art)
    assert len(view.text) == len(art.text)
    for row in quote_table(art).itertuples():
        assert art.text[row.start : row.end] == row.text


def test_mojibake_curly_marks_are_marks():
    body = "â€œWe go now,â€\x9d Mayor Ann Lee said. â€œIt is late.â€ Itâ€™s over â€” now."
    art = _art(body)
    assert quote_table(art)[["text", "speaker"]].values.tolist() == [
        ["We go now,", "Ann Lee"],
        ["It is late.", "Ann Lee"],
    ]
    assert double_marked(art).text.endswith("Itâ€™s over â€” now.")  # other mojibake stays


def test_phrases_in_curly_single_marks_of_a_double_quoted_page_are_read() -> None:
    from analysis import article_from_text, quote_table

    text = (
        "Dentist closes\n\n"
        '"For more than two years we have been stretched," said Dr Gwion Llwyd.\n\n'
        '"We have tried every way we can," he said. "Nobody applied."\n\n'
        "Dr Llwyd said the practice had advertised ‘across Wales and beyond’ for staff.\n\n"
        "It’s the ’90s all over again, one patient said of the queues.\n"
    )
    art = article_from_text(text, article_id="t")
    assert quote_style(art) == "double"
    df = quote_table(art)
    row = df[df["text"] == "across Wales and beyond"].iloc[0]
    assert (row["kind"], row["speaker"]) == ("partial", "Gwion Llwyd")
    assert len(df) == 4  # the apostrophes open nothing
