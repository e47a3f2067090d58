"""Whole articles in the styles users paste (radio, wire, local, sports, UK, features).

The texts in ``tests/articles/`` were written for these tests (invented people and places,
MIT like the rest of the project). Each case gives every quote's speaker in text order, as a
careful reader would name them, and the people of the article: one table row per article,
so a change that helps PolNeAR but breaks another outlet's habits shows here.
"""

from __future__ import annotations

from pathlib import Path

import pandas as pd
import pytest

from analysis import people_table, quote_table, read_article

ARTICLES = Path(__file__).parent / "articles"

#: (file stem, speakers of the quotes in text order (None: unnamed), people in order)
CASES = [
    (
        "radio_drought",  # present-tense "says", a split quote running on over paragraphs
        ["Ruth Ellison"] * 2 + ["Tomás Reyes"] * 3 + ["Justin Park"] * 2,
        ["Dana Holt", "Ruth Ellison", "Tomás Reyes", "Justin Park"],
    ),
    (
        "nurses_strike",  # an organisation's officer, a spokesperson, an unnamed nurse
        ["Katie Murphy"] * 3 + ["Dana Whitfield", None, "Tom Alvarez"],
        ["Katie Murphy", "Dana Whitfield", "Tom Alvarez"],
    ),
    (
        "wildfire_wire",  # AP dateline, age appositive, agency spokeswoman, governor
        ["Carlos Mendoza"] * 2 + ["Lynne Tolmachoff", "Gavin Newsom", "Amanda Lee"],
        ["Carlos Mendoza", "Lynne Tolmachoff", "Gavin Newsom", "Amanda Lee", "John Antczak"],
    ),
    (
        "school_board",  # "Dr." and an appositive, a role before "first name + surname"
        ["Aisha Karim"] * 2 + ["Phil Dunn"] + ["Maya Torres"] * 2,
        ["Aisha Karim", "Phil Dunn", "Maya Torres"],
    ),
    (
        "sports_recap",  # curly marks, coach titles, "The junior forward" left unnamed
        ["Dawn Staley"] * 2 + ["Kamilla Cardoso"] + ["Kim Mulkey"] * 2 + [None],
        ["Kamilla Cardoso", "Dawn Staley", "Kim Mulkey", "Angel Reese"],
    ),
    (
        "senator_backlash",  # a rival named between commas after a possessive description
        ["Laura Whitman"] * 2 + ["Raymond Okafor"] + ["Ellen Marsh"] * 2,
        ["Laura Whitman", "Raymond Okafor", "Ellen Marsh"],
    ),
    (
        "uk_council",  # British single quotes, "Mr"/"Mrs" without dots, "Sir"
        ["Janet Price", "David Grant", "David Grant", "Tom Webb", "Amira Hassan"],
        ["Janet Price", "David Grant", "Tom Webb", "Amira Hassan"],
    ),
    (
        "bakery_feature",  # two brothers by first name, "Uncle Marek" inside a quote
        ["Marek Kowalski"] * 2 + ["Piotr"] * 2 + ["Ania Nowak"] * 2 + ["Marek Kowalski"],
        ["Marek Kowalski", "Piotr", "Ania Nowak"],
    ),
    (
        "clinic_captions",  # a caption printed twice, once after "Photo:"; "says" inverted
        ["Jane Roe"] * 2 + ["Harold Simms"] * 2 + ["Rosa Diaz"],
        ["Lisa Chen", "Jane Roe", "Harold Simms", "Rosa Diaz"],
    ),
    (
        "oped_grandmother",  # first person; "My father ... he complained" stays unnamed
        ["Rosa Alvarez", None, "Rosa Alvarez"],
        ["Carmen Alvarez", "Rosa Alvarez"],
    ),
    (
        "state_of_city",  # a speech over three paragraphs, a chant, "One of them, teacher X,"
        ["Dolores Fitch"] * 3 + [None, "Marcus Webb", "Dolores Fitch"],
        ["Dolores Fitch", "Marcus Webb"],
    ),
    (
        "tornado_mayor",  # "Every house ..." opens a quote; a company speaks; "her husband, Dale"
        ["Tina Gray"] * 2 + ["Walmart"] + ["Dale"] * 2,
        ["Kevin Ross", "Tina Gray", "Dale"],
    ),
    (
        "bike_lanes",  # "according to" a named sponsor, O'Brien, the mayor's partial quote
        ["Maria Gonzalez"] * 2 + ["Jim O'Brien"] * 2 + ["Kayla Nguyen"] * 2 + ["Robert Chen"],
        ["Maria Gonzalez", "Jim O'Brien", "Kayla Nguyen", "Robert Chen"],
    ),
]


def _speakers(table: pd.DataFrame) -> list[str | None]:
    spoken = table[table["kind"] != "phrase"]
    return [None if pd.isna(s) else s for s in spoken["speaker"]]


@pytest.mark.parametrize(("stem", "speakers", "people"), CASES, ids=[c[0] for c in CASES])
def test_article_speakers_and_people(stem: str, speakers: list, people: list) -> None:
    article = read_article(ARTICLES / f"{stem}.txt")
    quotes = quote_table(article)
    assert _speakers(quotes) == speakers
    assert people_table(article)["person"].tolist() == people
    for row in quotes.itertuples():
        assert article.text[row.start : row.end] == row.text
        if not pd.isna(row.speaker_start):
            mention = article.text[int(row.speaker_start) : int(row.speaker_end)]
            assert mention == row.speaker_mention


def test_caption_printed_with_and_without_a_media_label_is_one_caption() -> None:
    article = read_article(ARTICLES / "clinic_captions.txt")
    captions = [b for b in article.blocks if b.label == "caption"]
    assert [b.duplicate for b in captions] == [False, True]


def test_narrators_relative_is_the_described_speaker() -> None:
    article = read_article(ARTICLES / "oped_grandmother.txt")
    row = quote_table(article).iloc[1]
    assert (row["speaker_mention"], row["method"]) == ("My father", "description")
    assert pd.isna(row["speaker"])
