"""Keyness: Fightin' Words log-odds and G2 checked against a case computed by hand."""

from __future__ import annotations

import importlib
import logging
import math

import pandas as pd
import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from analysis import article_from_text, keyness, schema

keyness_mod = importlib.import_module("analysis.contrast")

# Target (quotes): war 4, peace 1, talk 1 -> n_t = 6.
# Reference (narration): war 1, peace 3, talk 2 -> n_r = 6.
COUNTS = pd.DataFrame(
    {
        "article_id": ["a"] * 6,
        "in_quote": [True, True, True, False, False, False],
        "term": ["war", "peace", "talk", "war", "peace", "talk"],
        "n": [4, 1, 1, 1, 3, 2],
    }
)

# The pooled prior: alpha_w = count in both groups: war 5, peace 4, talk 3; alpha_0 = 12.
# log_odds = ln((y_t + a) / (n_t + a0 - y_t - a)) - ln((y_r + a) / (n_r + a0 - y_r - a))
#   war:   ln(9 / (6+12-4-5)) - ln(6 / (6+12-1-5)) = ln(9/9) - ln(6/12) = ln 2
#   peace: ln(5 / (6+12-1-4)) - ln(7 / (6+12-3-4)) = ln(5/13) - ln(7/11)
#   talk:  ln(4 / (6+12-1-3)) - ln(5 / (6+12-2-3)) = ln(4/14) - ln(5/13)
# variance = 1/(y_t + a) + 1/(y_r + a): war 1/9 + 1/6, peace 1/5 + 1/7, talk 1/4 + 1/5.
# G2 = 2 * sum O ln(O/E) over the 2x2 table (term, other terms) x (target, reference);
# every column total is 6 of N = 12, so E = row total / 2:
#   war:   O = 4, 1 | 2, 5; E = 2.5, 2.5 | 3.5, 3.5
#   peace: O = 1, 3 | 5, 3; E = 2, 2 | 4, 4
#   talk:  O = 1, 2 | 5, 4; E = 1.5, 1.5 | 4.5, 4.5
HAND = {
    "war": (
        math.log(2),
        math.log(2) / math.sqrt(1 / 9 + 1 / 6),
        2
        * (
            4 * math.log(4 / 2.5)
            + math.log(1 / 2.5)
            + 2 * math.log(2 / 3.5)
            + 5 * math.log(5 / 3.5)
        ),
    ),
    "peace": (
        math.log(5 / 13) - math.log(7 / 11),
        (math.log(5 / 13) - math.log(7 / 11)) / math.sqrt(1 / 5 + 1 / 7),
        2 * (math.log(1 / 2) + 3 * math.log(3 / 2) + 5 * math.log(5 / 4) + 3 * math.log(3 / 4)),
    ),
    "talk": (
        math.log(4 / 14) - math.log(5 / 13),
        (math.log(4 / 14) - math.log(5 / 13)) / math.sqrt(1 / 4 + 1 / 5),
        2
        * (
            math.log(1 / 1.5)
            + 2 * math.log(2 / 1.5)
            + 5 * math.log(5 / 4.5)
            + 4 * math.log(4 / 4.5)
        ),
    ),
}


def test_hand_computed_values():
    # the decimals, for the reader: war 0.6931, 1.3152, 3.2557; peace -0.5035, -0.8599, 1.5518;
    # talk -0.2973, -0.4431, 0.4511
    assert [round(v, 4) for v in HAND["war"]] == [0.6931, 1.3152, 3.2557]
    assert [round(v, 4) for v in HAND["peace"]] == [-0.5035, -0.8599, 1.5518]
    assert [round(v, 4) for v in HAND["talk"]] == [-0.2973, -0.4431, 0.4511]
    out = keyness(COUNTS).set_index("term")
    for term, (log_odds, z, g2) in HAND.items():
        row = out.loc[term]
        assert row["log_odds"] == pytest.approx(log_odds, rel=1e-12)
        assert row["z"] == pytest.approx(z, rel=1e-12)
        assert row["g2"] == pytest.approx(g2, rel=1e-12)
        assert row["p_value"] == pytest.approx(math.erfc(math.sqrt(g2 / 2)), rel=1e-12)
    assert out.loc["war", ["n_target", "n_reference"]].tolist() == [4, 1]
    assert out.loc["war", "freq_target"] == pytest.approx(4 / 6)
    assert out["direction"].to_dict() == {
        "war": "target",
        "peace": "reference",
        "talk": "reference",
    }


@pytest.mark.parametrize(
    ("options", "order"),
    [
        ({}, ["war", "talk", "peace"]),
        ({"method": "g2"}, ["war", "talk", "peace"]),
        ({"target": False}, ["peace", "talk", "war"]),
        ({"min_count": 4}, ["war", "peace"]),
    ],
    ids=["log-odds", "g2", "other-target", "min-count"],
)
def test_ordering(options, order):
    assert keyness(COUNTS, **options)["term"].tolist() == order


def test_swapping_target_flips_signs():
    a = keyness(COUNTS).set_index("term").sort_index()
    b = keyness(COUNTS, target=False).set_index("term").sort_index()
    assert (a["log_odds"] == -b["log_odds"]).all() and (a["z"] == -b["z"]).all()
    assert a["g2"].tolist() == pytest.approx(b["g2"].tolist())


def test_priors():
    pooled = keyness(COUNTS).set_index("term")
    # a number scales the pooled shares to that total: 12 gives back the pooled prior
    scaled = keyness(COUNTS, prior=12.0).set_index("term")
    assert scaled["z"].tolist() == pytest.approx(pooled["z"].tolist())
    # a background mapping: alpha = 10 for war, 10 for peace, 0.01 (MIN_PRIOR) for talk
    background = keyness(COUNTS, prior={"war": 10, "peace": 10}).set_index("term")
    a0 = 20 + keyness_mod.MIN_PRIOR
    expected = math.log((4 + 10) / (6 + a0 - 4 - 10)) - math.log((1 + 10) / (6 + a0 - 1 - 10))
    assert background.loc["war", "log_odds"] == pytest.approx(expected)
    # a weaker prior shrinks less: |z| grows for the leader
    assert keyness(COUNTS, prior=1.0).set_index("term").loc["war", "z"] > pooled.loc["war", "z"]


@pytest.mark.parametrize(
    "options",
    [{"method": "chi2"}, {"prior": "flat"}, {"prior": -1.0}, {"prior": [1, 2]}, {"by": "speaker"}],
    ids=["method", "prior-name", "prior-negative", "prior-type", "by-missing"],
)
def test_invalid_options(options):
    with pytest.raises(ValueError):
        keyness(COUNTS, **options)


def test_missing_target_gives_empty_frame_and_warning(caplog):
    with caplog.at_level(logging.WARNING, logger="analysis.contrast"):
        out = keyness(COUNTS, by="in_quote", target="yes")
    pd.testing.assert_frame_equal(out, schema.empty("keyness"))
    assert "no row has in_quote" in caplog.text


def test_synthetic_quotes_vs_narration_from_a_frame():
    frame = pd.DataFrame(
        {
            "in_quote": [True, True, True, False, False, False],
            "text": [
                "We will fight for our freedom.",
                "Our freedom matters, we say.",
                "We fight on.",
                "The ministry reported new sanctions.",
                "Officials reported the sanctions on Monday.",
                "The ministry declined to comment on freedom.",
            ],
        }
    )
    out = keyness(frame, by="in_quote", target=True)
    schema.validate(out, "keyness")
    assert out["term"].head(2).tolist() == ["fight", "freedom"]
    assert set(out["term"].tail(3)) == {"ministry", "report", "sanction"}
    assert out["article_id"].isna().all()


def test_one_article_against_the_rest():
    arts = [
        article_from_text(
            f"Day {i} report\n\nThe council met and voted on taxes again.", article_id=f"a{i}"
        )
        for i in range(3)
    ]
    arts.append(
        article_from_text(
            "Storm report\n\nThe storm flooded roads and the storm closed schools.", article_id="s"
        )
    )
    out = keyness(arts, by="article_id", target="s")
    assert out["term"].iloc[0] == "storm"
    assert out.iloc[-1]["direction"] == "reference"


def test_quotes_vs_narration_of_an_article(monkeypatch):
    text = (
        "Council backs park plan\n\n"
        '"We love this park and we love our town," said Mayor Jane Smith.\n\n'
        "The council approved the budget for the park on Tuesday after a budget review.\n"
    )
    start = text.index("We love")
    end = text.index(",", start)

    def quote_table(article):
        return schema.frame(
            "quotes",
            {
                "article_id": [article.article_id],
                "start": [start],
                "end": [end],
                "text": [article.text[start:end]],
                "kind": ["speech"],
                "speaker": ["Jane Smith"],
            },
        )

    monkeypatch.setattr("analysis.quotes.quote_table", quote_table)
    art = article_from_text(text, article_id="p")
    out = keyness(art)
    assert out["term"].iloc[0] == "love"
    assert set(out["term"].tail(2)) == {"budget", "council"}  # twice each in narration
    assert (out["article_id"] == "p").all()
    by_speaker = keyness(art, by="speaker", target="Jane Smith")
    assert by_speaker["term"].iloc[0] == "love"


@settings(max_examples=60, deadline=None)
@given(st.lists(st.integers(0, 30), min_size=4, max_size=4))
def test_g2_is_a_nonnegative_statistic(cells):
    a, b, c, d = cells
    g2 = keyness_mod._g2(a, b, c, d)
    assert g2 >= 0
    if a + b > 0 and c + d > 0 and a + c > 0 and b + d > 0 and a * d == b * c:
        assert g2 == pytest.approx(0, abs=1e-9)  # independent table


# --------------------------------------------------------------------------- the seed

#: Quotes vs narration on the seed: quoted words lead with "people", "list", "win";
#: narration's strongest term is the reporting verb "say" (0 in quotes, 21 outside).
SEED_QUOTE_LEADERS = [("people", 4, 0), ("list", 2, 0), ("win", 2, 0)]
SEED_NARRATION_LEADER = ("say", 0, 21)


def leaders(out: pd.DataFrame) -> tuple[list[tuple[str, int, int]], tuple[str, int, int]]:
    rows = list(zip(out["term"], out["n_target"], out["n_reference"], strict=True))
    return rows[:3], rows[-1]


def test_seed_keyness_leaders_with_gold_quotes(seed, gold, monkeypatch):
    quotes = gold["quotes"]

    def quote_table(article):
        return schema.frame(
            "quotes",
            {
                "article_id": [article.article_id] * len(quotes),
                "start": [q["start"] for q in quotes],
                "end": [q["end"] for q in quotes],
                "text": [article.text[q["start"] : q["end"]] for q in quotes],
                "kind": [q["kind"] for q in quotes],
                "speaker": [q["speaker"] for q in quotes],
            },
        )

    monkeypatch.setattr("analysis.quotes.quote_table", quote_table)
    out = keyness(seed)
    assert leaders(out) == (SEED_QUOTE_LEADERS, SEED_NARRATION_LEADER)
    assert out.loc[0, "z"] == pytest.approx(1.867145, abs=1e-6)
    assert out.loc[0, "g2"] == pytest.approx(14.129172, abs=1e-6)


def test_seed_keyness_leaders_with_extracted_quotes(seed):
    from analysis import quote_table

    if quote_table(seed).empty:
        pytest.skip("quote_table returns no rows yet (the quotes issue is not merged)")
    assert leaders(keyness(seed)) == (SEED_QUOTE_LEADERS, SEED_NARRATION_LEADER)
