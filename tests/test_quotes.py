"""Tests of analysis.quotes: spans, kinds, attribution patterns, the seed, odd input, PolNeAR."""

from __future__ import annotations

import importlib.util
import sys
import time
from pathlib import Path

import pandas as pd
import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from analysis import article_from_text, schema
from analysis.quotes import cue_lexicon, quote_table, quotes, speaker_nouns

TITLE = "A headline about things\n\n"


def _table(body: str) -> pd.DataFrame:
    return quote_table(article_from_text(TITLE + body, article_id="t"))


def _rows(body: str) -> list[tuple]:
    df = _table(body)
    return [
        (r.text, r.kind, None if pd.isna(r.speaker_mention) else r.speaker_mention)
        for r in df.itertuples()
    ]


# (id, body, expected [(quote text, kind, speaker_mention), ...])
PATTERNS = [
    (
        "said-colon",
        'Jane Doe said: "We will build the bridge next year."',
        [("We will build the bridge next year.", "speech", "Jane Doe")],
    ),
    (
        "quote-comma-said-name",
        '"We will build the bridge next year," said Jane Doe.',
        [("We will build the bridge next year,", "speech", "Jane Doe")],
    ),
    (
        "quote-comma-name-said",
        "“We will build the bridge next year,” Jane Doe said on Monday.",
        [("We will build the bridge next year,", "speech", "Jane Doe")],
    ),
    (
        "name-appositive-said",
        'Jane Doe, a city engineer, said "the bridge will open next year."',
        [("the bridge will open next year.", "partial", "Jane Doe")],
    ),
    (
        "says-name-appositive",
        '"We train them well," says Pavol Marek, a brigade leader in charge of recruits.',
        [("We train them well,", "speech", "Pavol Marek")],
    ),
    (
        "premodified-name",
        '"Nothing is settled yet," says Slovak activist Ema Novak.',
        [("Nothing is settled yet,", "speech", "Slovak activist Ema Novak")],
    ),
    (
        "he-says",
        'Tomas Brown runs the shop.\n\n"The rent doubled in a year," he says.',
        [("The rent doubled in a year,", "speech", "he")],
    ),
    (
        "split-quote",
        '"If the river floods," she says, "the whole town is cut off."',
        [
            ("If the river floods,", "speech", "she"),
            ("the whole town is cut off.", "speech", "she"),
        ],
    ),
    (
        "two-sentences-one-cue",
        '"We couldn\'t win," she says. "We did not have enough support."',
        [
            ("We couldn't win,", "speech", "she"),
            ("We did not have enough support.", "speech", "she"),
        ],
    ),
    (
        "according-to",
        '"The vote was rigged from the start," according to Mark Bell.',
        [("The vote was rigged from the start,", "speech", "Mark Bell")],
    ),
    (
        "told-object-colon",
        "The mayor told reporters: “We are not going anywhere.”",
        [("We are not going anywhere.", "speech", "The mayor")],
    ),
    (
        "partial-called",
        'Azarov called it "a war crime" in a speech on Friday.',
        [("a war crime", "partial", "Azarov")],
    ),
    (
        "epithet-phrase",
        'His long reign has earned him the title, "Europe\'s last dictator." It still holds.',
        [("Europe's last dictator.", "phrase", None)],
    ),
    (
        "so-called-phrase",
        'The so-called "peace plan" was never published.',
        [("peace plan", "phrase", None)],
    ),
    (
        "title-phrase",
        "On Fox News’s “Hannity,” Newt Gingrich said the ticket would work.",
        [("Hannity,", "phrase", None)],
    ),
    (
        "nested-single-quotes",
        "“They told us ‘go home’ and we did,” said Ann Lee.",
        [("They told us ‘go home’ and we did,", "speech", "Ann Lee")],
    ),
    (
        "apostrophes-not-marks",
        "Belarus' fate in the '90s wasn't sealed, \"and it isn't now,\" said Ann Lee.",
        [("and it isn't now,", "speech", "Ann Lee")],
    ),
    (
        "described-speaker",
        '"Keep the line moving," said a tall woman in a red coat.',
        [("Keep the line moving,", "speech", "a tall woman in a red coat")],
    ),
    (
        "described-then-pronoun",
        "In the hall, a burly man in a grey jacket holds up a map.\n\n"
        '"We leave at dawn and we walk all night," he says.',
        [("We leave at dawn and we walk all night,", "speech", "a burly man in a grey jacket")],
    ),
    (
        "multi-paragraph",
        "“The first part of what I said goes here.\n\n“The second part follows,” said Ann Lee.",
        [
            ("The first part of what I said goes here.", "speech", "Ann Lee"),
            ("The second part follows,", "speech", "Ann Lee"),
        ],
    ),
    (
        "continuation-next-paragraph",
        '"We will not give up," said Ann Lee.\n\n"We have come too far to stop now."',
        [
            ("We will not give up,", "speech", "Ann Lee"),
            ("We have come too far to stop now.", "speech", "Ann Lee"),
        ],
    ),
    (
        "no-continuation-after-narration",
        '"We will not give up," said Ann Lee. The rally ended at noon and people left.'
        '\n\nThe crowd thinned.\n\n"Nobody knows what comes next for the town."',
        [
            ("We will not give up,", "speech", "Ann Lee"),
            ("Nobody knows what comes next for the town.", "speech", None),
        ],
    ),
    (
        "straight-and-curly-mixed",
        '“One thing at a time,” said Ann Lee. "Then the next," said Bo Kim.',
        [
            ("One thing at a time,", "speech", "Ann Lee"),
            ("Then the next,", "speech", "Bo Kim"),
        ],
    ),
    (
        "party-tag-parenthesis",
        '"It reminds us of this," Sen. Mark Dole (R-Kan.) said Saturday.',
        [("It reminds us of this,", "speech", "Sen. Mark Dole")],
    ),
    (
        "state-abbreviation-appositive",
        '"It is clear," Senate leader Tim Nash, R-Ky., said. "That is not our view."',
        [
            ("It is clear,", "speech", "Senate leader Tim Nash"),
            ("That is not our view.", "speech", "Senate leader Tim Nash"),
        ],
    ),
    (
        "colon-paragraph-intro",
        "The senator told the crowd at the rally:\n\n“We will never stop fighting for you.”",
        [("We will never stop fighting for you.", "speech", "The senator")],
    ),
    (
        "previous-sentence-introduces",
        'Ann Lee said she had made progress on the bill. "I really believe we can pass it."',
        [("I really believe we can pass it.", "speech", "Ann Lee")],
    ),
    (
        "main-clause-cue-wins",
        'Bo Kim said the mayor had urged voters to "stand up and be counted."',
        [("stand up and be counted.", "partial", "Bo Kim")],
    ),
    (
        "participle-takes-clause-subject",
        'The senator emailed supporters saying: "The struggle goes on."',
        [("The struggle goes on.", "speech", "The senator")],
    ),
    (
        "adding-after-cue",
        '"They are both qualified," he said, adding, "She is the most qualified of all."',
        [
            ("They are both qualified,", "speech", "he"),
            ("She is the most qualified of all.", "speech", "he"),
        ],
    ),
    (
        "later-comma-cue",
        'Obama "felt a duty to act" on the climate, Dan Axel said on Sunday.',
        [("felt a duty to act", "partial", "Dan Axel")],
    ),
    (
        "source-noun-subject",
        '"Our mission is to serve the members," the organization wrote.',
        [("Our mission is to serve the members,", "speech", "the organization")],
    ),
    (
        "another-tweeted",
        'Another tweeted, "She thinks she is above the rules."',
        [("She thinks she is above the rules.", "speech", "Another")],
    ),
    (
        "inverted-with-premodifiers",
        '"I do not know yet," said undecided voter Ann Lee of Derry.',
        [("I do not know yet,", "speech", "undecided voter Ann Lee")],
    ),
    (
        "one-of-description",
        '"It was awful," said one of two witnesses who saw it.',
        [("It was awful,", "speech", "one of two witnesses")],
    ),
    (
        "naming-verb-phrase",
        'He set up a website called "Cape Town If He Wins" for them.',
        [("Cape Town If He Wins", "phrase", None)],
    ),
    (
        "title-before-noun-phrase",
        '"Daily Show" host Tom Noah said it was over.',
        [("Daily Show", "phrase", None)],
    ),
    (
        "mid-sentence-quote-not-next-sentence",
        'Ann Lee says Bo Kim "has a record of bringing people together." He warns of trouble.',
        [("has a record of bringing people together.", "partial", "Ann Lee")],
    ),
    (
        "while-clause-cue",
        'Rubio said he cannot win, while Cruz said that the "stakes are too high" now.',
        [("stakes are too high", "partial", "Cruz")],
    ),
    (
        "intro-clause-cue-skipped",
        'Despite what he wrote in the speech, Cross said he "may yet vote for her."',
        [("may yet vote for her.", "partial", "Cross")],
    ),
    (
        "dash-byline",
        "“Maybe we can build a wall around the town.” ― Steve Quint",
        [("Maybe we can build a wall around the town.", "speech", "Steve Quint")],
    ),
    (
        "after-cue-described-speaker",
        '"It was very nice," the gambling tycoon told a radio host.',
        [("It was very nice,", "speech", "the gambling tycoon")],
    ),
    (
        "after-cue-coordinated-description",
        '"We warned them," the state senator and former mayor said in a statement.',
        [("We warned them,", "speech", "the state senator and former mayor")],
    ),
    (
        "own-subject-beats-earlier-speaker",
        '"We start now," Ann Lee says. Bo Kim wants the town "to wait for the rain."',
        [("We start now,", "speech", "Ann Lee"), ("to wait for the rain.", "speech", "Bo Kim")],
    ),
    (
        "pronoun-clause-after-and",
        'Lee called the plan a sham, but she also noted the "quiet progress" of the town.',
        [("quiet progress", "partial", "she")],
    ),
    (
        "common-word-opener-not-a-name",
        'Hours later, she told the crowd she would "never give up."',
        [("never give up.", "partial", "she")],
    ),
    (
        "name-clause-after-conjunction",
        'Lee left the stage early, after Bo Kim said the plan was "a sham."',
        [("a sham.", "partial", "Bo Kim")],
    ),
    (
        "next-cue-opens-next-quote",
        'Lee answers Kim with, "Why now?" Kim then writes back, "You look tired."',
        [("Why now?", "speech", "Lee"), ("You look tired.", "speech", "Kim")],
    ),
    (
        "appositive-chain-age-and-place",
        'Cory Lee, 22, of Flint, Mich., said the vote was "a surprise."',
        [("a surprise.", "partial", "Cory Lee")],
    ),
    (
        "appositive-place-of-name",
        'Rep. Tom Hale of Oklahoma, an ally of the leaders, said it was "a worry."',
        [("a worry.", "partial", "Rep. Tom Hale")],
    ),
    (
        "free-relative-owner",
        'Ann Lee has railed against what she calls the "city cartel" for years.',
        [("city cartel", "partial", "Ann Lee")],
    ),
    (
        "reported-clause-pronoun-gives-way-to-main-cue",
        'Ann Lee said that she would offer "a prayer" for the winner.',
        [("a prayer", "partial", "Ann Lee")],
    ),
    (
        "intro-clause-quote-not-main-clause",
        'When Ann Lee said she would "fix the roads," the crowd applauded loudly.',
        [("fix the roads,", "partial", "Ann Lee")],
    ),
    (
        "absolute-with-clause",
        'Some voters agree the plan is bad, with Sen. Bo Kim calling it a "sham."',
        [("sham.", "partial", "Sen. Bo Kim")],
    ),
    (
        "said-adding-after-a-quote",
        'Ann Lee weighed in, telling a radio host, "They are both ready," she said, adding, '
        '"He is more ready."',
        [("They are both ready,", "speech", "she"), ("He is more ready.", "speech", "she")],
    ),
    (
        "later-cue-in-next-sentence-ignored",
        'Ann Lee said she still "hopes Bo Kim wins." She grows angry at every email, '
        "she says, because they pester her.",
        [("hopes Bo Kim wins.", "partial", "Ann Lee")],
    ),
    (
        "next-sentence-cue-with-that-clause",
        'Ann Lee told the crowd she would stay. "Nobody is leaving. We go on." '
        "Bo Kim said that the costs were too high.",
        [("Nobody is leaving. We go on.", "speech", "Ann Lee")],
    ),
    (
        "parenthesis-sentence-ends",
        "(She says the photo made her cry.) The leaders included Gov. Bo Kim, who called "
        'the son "an American hero."',
        [("an American hero.", "partial", "who")],
    ),
    (
        "inverted-beamed",
        '"This is fantastic!" beamed Ann Lee of Madison, who came early.',
        [("This is fantastic!", "speech", "Ann Lee")],
    ),
    (
        "inverted-agrees",
        '"Our ideas are different," agrees Bo Kim, 30, of Gainesville.',
        [("Our ideas are different,", "speech", "Bo Kim")],
    ),
    (
        "inverted-lone-determiner",
        '"Go home!" read one.',
        [("Go home!", "speech", "one")],
    ),
    (
        "comma-participle-takes-sentence-subject",
        'Speaking in Salem, New Hampshire, Ann Lee went after Bo Kim, calling him "a stiff."',
        [("a stiff.", "partial", "Ann Lee")],
    ),
    (
        "party-state-initials-not-a-sentence-end",
        'Rep. Ann Lee (D-N.Y) said Bo Kim asked members to be "closely coordinated."',
        [("closely coordinated.", "partial", "Rep. Ann Lee")],
    ),
    (
        "relative-pronoun-subject",
        'Contrast that with Ann Lee, who has called the plan "a disaster," and Bo Kim, '
        'who says it is "fine."',
        [("a disaster,", "partial", "who"), ("fine.", "partial", "who")],
    ),
    (
        "agent-noun-subject-unlisted",
        'As the phone rang, the narrator said, "Who will answer at 3 a.m.?"',
        [("Who will answer at 3 a.m.?", "speech", "the narrator")],
    ),
    (
        "agent-noun-plural-subject",
        'A few pianists told us: "The hall is too cold to play in."',
        [("The hall is too cold to play in.", "speech", "A few pianists")],
    ),
    (
        "adjective-in-ent-is-no-subject",
        'Ann Lee defended her recent remarks, saying "it was true."',
        [("it was true.", "partial", "Ann Lee")],
    ),
    (
        "party-adjective-then-plural-noun-no-cue",
        'The panel rated half of Republican claims as "false" last year.',
        [("false", "phrase", None)],
    ),
    (
        "party-noun-with-determiner-is-subject",
        '"We lost the count," a New Hampshire Republican claims.',
        [("We lost the count,", "speech", "a New Hampshire Republican")],
    ),
    (
        "run-in-heading-in-capitals-not-a-mention",
        'LATE NEWS TODAY Ann Lee, the mayor, said: "We will open the bridge on Monday."',
        [("We will open the bridge on Monday.", "speech", "Ann Lee")],
    ),
    (
        "share-of-respondents-subject",
        'About four in 10 said they were "angry and tired" with the council.',
        [("angry and tired", "partial", "About four in 10")],
    ),
    (
        "percent-subject",
        'In the poll, 21 percent said "not too likely" and 14% said "not at all likely."',
        [("not too likely", "partial", "21 percent"), ("not at all likely.", "partial", "14%")],
    ),
    (
        "role-of-domain-subject",
        'At the rally the secretary of state said she was "here to do my job" today.',
        [("here to do my job", "partial", "the secretary of state")],
    ),
    (
        "year-between-subject-and-cue-still-skipped",
        'Ann Lee, who in 2010 said the plan was "a mess," voted for it.',
        [("a mess,", "partial", "who")],
    ),
    (
        "ampersand-name-in-mention",
        '"He was a friend to us," one AT&T Dallas employee told local radio.',
        [("He was a friend to us,", "speech", "one AT&T Dallas employee")],
    ),
    (
        "source-noun-with-on-phrase",
        '"Come and live with us!" a welcome message on the website reads.',
        [("Come and live with us!", "speech", "a welcome message on the website")],
    ),
    (
        "from-the-report-colon",
        'The survey had flaws. From the report: "All the samples include some errors."',
        [("All the samples include some errors.", "speech", "the report")],
    ),
    (
        "title-after-work-noun-and-comma",
        'Ann Lee was shot at a screening of her new film, "Long Night." She recovered.',
        [("Long Night.", "phrase", None)],
    ),
    (
        "inverted-two-titles-then-capitalised",
        '"It is about turnout," said former Ohio Gov. and Democratic Party Chairman Ann Lee.',
        [
            (
                "It is about turnout,",
                "speech",
                "former Ohio Gov. and Democratic Party Chairman Ann Lee",
            )
        ],
    ),
    (
        "inverted-ranking-member",
        '"They are frustrated," said Oversight ranking Democrat Bo Kim (D-Md.).',
        [("They are frustrated,", "speech", "Oversight ranking Democrat Bo Kim")],
    ),
    (
        "state-initials-and-relative-clause-in-appositive",
        '"Both scare me," Ann Lee, 30, of Raleigh, N.C., who was polled, said in an interview.',
        [("Both scare me,", "speech", "Ann Lee")],
    ),
    (
        "home-state-after-of-is-not-the-speaker",
        'Chairman G.K. Bell of North Carolina said he was "outraged" by it.',
        [("outraged", "partial", "Chairman G.K. Bell")],
    ),
    (
        "home-city-and-state-after-of",
        'Ann Lee of Columbia, South Carolina says she thinks Bo can pull off a "big win" soon.',
        [("big win", "partial", "Ann Lee")],
    ),
    (
        "state-after-a-place-is-no-cue",
        'Ohio state delegate Mary Susan, in a red cape, said it could be a "failure" this year.',
        [("failure", "partial", "Ohio state delegate Mary Susan")],
    ),
    (
        "adverb-opener-is-no-name",
        'Hastily blaming his rivals, Bo Kim stressed the threat that "terror" poses.',
        [("terror", "partial", "Bo Kim")],
    ),
    (
        "press-before-a-role-is-no-cue",
        '"Nothing has changed," White House press secretary Bo Kim told reporters.',
        [("Nothing has changed,", "speech", "White House press secretary Bo Kim")],
    ),
    (
        "share-of-a-group-subject",
        'In the poll, 37 percent of Americans say the plan is "very risky" for them.',
        [("very risky", "partial", "37 percent of Americans")],
    ),
    (
        "inverted-name-long-appositive-with-list",
        '"The plans will not work," Ann Lee, assistant secretary of state for health, schools, '
        "and roads, said on the call.",
        [("The plans will not work,", "speech", "Ann Lee")],
    ),
    (
        "description-relative-clause-then-cue",
        '"The agents are angry," an intelligence source, who was not authorized to speak on '
        "the record, told the paper.",
        [("The agents are angry,", "speech", "an intelligence source")],
    ),
    (
        "as-name-with-number-appositive-put-it",
        'As Bo Kim, the No. 2 in the party, put it: "This person will not be confirmed."',
        [("This person will not be confirmed.", "speech", "Bo Kim")],
    ),
    (
        "as-source-put-it-after-quote",
        'The rule asks for a "lawful source of income," as a county memo put it.',
        [("lawful source of income,", "partial", "a county memo")],
    ),
    (
        "participle-opener-is-no-name",
        'Reprising an old line, the former mayor talked about continuing the "work we began."',
        [("work we began.", "partial", "the former mayor")],
    ),
    (
        "goes-on-recess-is-no-cue",
        'Sen. Ann Lee said that once the Senate goes on recess, "I intend to help wherever I can."',
        [("I intend to help wherever I can.", "partial", "Sen. Ann Lee")],
    ),
    (
        "went-on-about-is-a-cue",
        'As Bo Kim went on about "how the system is rigged," the crowd cheered.',
        [("how the system is rigged,", "partial", "Bo Kim")],
    ),
    (
        "delegate-title-and-state-modifier",
        'On Monday, state Del. Ann Lee (D-Norfolk) said the bill was "long overdue" at last.',
        [("long overdue", "partial", "state Del. Ann Lee")],
    ),
    (
        "shares-in-coordinated-clauses",
        'While 37 percent say the plan is "very risky," 39 percent blame the mayor and 22 '
        'percent say it is "not risky at all."',
        [("very risky,", "partial", "37 percent"), ("not risky at all.", "partial", "22 percent")],
    ),
    (
        "joint-speakers-one-mention",
        '"We will fight," Ann Lee and Bo Kim wrote. "We go on."',
        [
            ("We will fight,", "speech", "Ann Lee and Bo Kim"),
            ("We go on.", "speech", "Ann Lee and Bo Kim"),
        ],
    ),
    (
        "described-speaker-relative-clause-appositive",
        'One nurse, who asked not to be named, said: "There is no less left."',
        [("There is no less left.", "speech", "One nurse")],
    ),
    (
        "adjective-before-listed-role-noun",
        'Ann Lee scored 18. The junior forward said she was "hurt" by the loss.',
        [("hurt", "partial", "The junior forward")],
    ),
    (
        "clause-before-subject-is-not-adjectives",
        'The vote had been "rigged" against him, a charge that party leaders denied.',
        [("rigged", "phrase", None)],
    ),
    (
        "description-then-titled-name-between-commas",
        "Lee's Democratic challenger, state Rep. Ellen Marsh, tweeted that the senator "
        '"owes everyone an apology."',
        [("owes everyone an apology.", "partial", "state Rep. Ellen Marsh")],
    ),
    (
        "speaker-named-in-next-sentence",
        '"We are working on it." That is how Sarah Lee, the spokeswoman, put it.',
        [("We are working on it.", "speech", "Sarah Lee")],
    ),
    (
        "next-sentence-without-a-speaker",
        '"We are done." That is how it ended.',
        [("We are done.", "speech", None)],
    ),
    (
        "possessive-speech-noun-owner-pronoun",
        'Ann Lee spoke. Critics seized on her remark that "there is no plan B" for the city.',
        [("there is no plan B", "partial", "her")],
    ),
    (
        "possessive-speech-noun-owner-name",
        'Reporters checked Bo Kim\'s claim that there were "thousands of cases" last year.',
        [("thousands of cases", "partial", "Bo Kim's")],
    ),
    (
        "unbalanced-mark-rest-read",
        'The "broken mark stays open here.\n\nLater Ann Lee said: "All good now."',
        [
            ("broken mark stays open here.", "speech", None),
            ("All good now.", "speech", "Ann Lee"),
        ],
    ),
]


@pytest.mark.parametrize(
    ("body", "expected"), [p[1:] for p in PATTERNS], ids=[p[0] for p in PATTERNS]
)
def test_patterns(body: str, expected: list[tuple]) -> None:
    assert _rows(body) == expected


# (id, body, quote index, expected speaker) where resolution is trivial (a full name in the cue)
SPEAKERS = [
    ("name-cue", '"We will build it," said Jane Doe.', 0, "Jane Doe"),
    ("split-shares", '"If it floods," says Jane Doe, "the town is cut off."', 1, "Jane Doe"),
    ("described-unnamed", '"Keep the line moving," said a tall woman in a red coat.', 0, None),
    ("phrase-nobody", 'Critics dubbed him "the iron man" for years.', 0, None),
    # a company's short name after its full name with a suffix: the full name, dot kept
    (
        "company-full-name-with-suffix",
        "Its owner, Halifax-based Eastbay Properties Ltd., sent notices.\n\n"
        "In a statement, Eastbay Properties said the work “cannot be done with tenants in.”",
        0,
        "Eastbay Properties Ltd.",
    ),
    # "the company" after a business named as the subject of a speech verb
    (
        "company-that-spoke-before",
        "In a statement, Brindleford Bakeries said it was disappointed by the ballot.\n\n"
        "“We have made a fair offer,” the company said.",
        0,
        "Brindleford Bakeries",
    ),
    # "the association" after two associations: the one that last opened a sentence
    (
        "body-that-last-opened-a-sentence",
        "Ann Roe, president of the school’s Parent Teacher Association, said it had written.\n\n"
        "The Southern Educators Association, which represents teachers, said it was glad.\n\n"
        "“This is not the only school with a leaking roof,” the association said.",
        0,
        "Southern Educators Association",
    ),
    # "the judge" after "Justice X": a role written as another title before the name
    (
        "judge-after-justice-title",
        "Justice Nalini Sookdeo-Mitchell found the arrest unlawful.\n\n"
        'The judge described the conduct as "high-handed and oppressive" on Monday.',
        0,
        "Nalini Sookdeo-Mitchell",
    ),
    # (the see after "Bishop of" is no bishop: never "Harkness Minster" for "the bishop")
    (
        "bishop-of-place-is-not-the-bishop",
        "The Bishop of Harkness Minster told the synod so.\n\n"
        "“The accounts are not a matter of opinion,” the bishop said.",
        0,
        None,
    ),
    # a resort's whole name, the place words it opens with included
    (
        "resort-name-with-place-words",
        "Coral Harbour Cove Resort, which reopened in December, said gratuities had been"
        ' "held temporarily" while payroll changed.',
        0,
        "Coral Harbour Cove Resort",
    ),
    # "the police" after a named police force that spoke
    (
        "police-after-named-force",
        "In a statement, the Zimbabwe Republic Police said inquiries were continuing.\n\n"
        "“The ZRP will not rest,” the police said.",
        0,
        "Zimbabwe Republic Police",
    ),
    # "the operator" after a bus company that "has confirmed" something
    (
        "operator-after-company-has-confirmed",
        "Penkvale Buses has confirmed the 77 will make its last journey on Saturday.\n\n"
        "The operator blamed falling numbers, saying the route had run at a loss"
        ' "for a number of years".',
        0,
        "Penkvale Buses",
    ),
    # an ʻokina typed as a turned comma inside a name ("Ma‘afu", "Tau‘aika")
    ("okina-as-turned-comma", '"The fee is fair," said Sione Ma‘afu.', 0, "Sione Ma‘afu"),
    (
        "title-of-place-then-name",
        '"We must act," said former Secretary of State Ann Lee.',
        0,
        "Ann Lee",
    ),
    ("group-of-name", 'Supporters of Ann Lee said the vote was "rigged."', 0, None),
    # a company's name closed by an abbreviation's dot
    (
        "company-abbreviation-dot",
        'On Monday, Gyrfalcon Diamonds Ltd. said it had "sufficient fuel reserves to operate'
        ' safely."',
        0,
        "Gyrfalcon Diamonds Ltd.",
    ),
    # "the company": the one company name with a company suffix, even inside a clause
    (
        "the-company-after-a-suffixed-name-in-a-clause",
        "The campus that Austin-based Lonestar Compute Partners wants to build would use a"
        ' million gallons a day.\n\n"We are committed to being a good neighbor," the company'
        " said.",
        0,
        "Lonestar Compute Partners",
    ),
    # "the shrimpers cooperative": a body with that head and modifier named long before
    (
        "same-head-body-named-long-before",
        '"The bills do not stop," said Renee Bosarge, manager of the Mobile Bay Shrimpers'
        " Cooperative.\n\n"
        + "The boats stayed tied up at the dock for another week. "
        * 40
        + '\n\nThe shrimpers cooperative said in a statement that it backs the "science-based'
        ' approach."',
        1,
        "Mobile Bay Shrimpers Cooperative",
    ),
    # "Her only son, Choi Young-min": the kin noun gives him his gender, so "she" is Kim
    (
        "kin-noun-after-a-modifier-gives-gender",
        "Kim Soon-ja, 81, lives alone in Mokpo.\n\nFor Kim, the weekly call has become a"
        " routine. Her only son, Choi Young-min, 54, works at a shipyard.\n\n"
        '"My son calls on Sundays," she told reporters.',
        0,
        "Kim Soon-ja",
    ),
    # an unnamed person of no known gender is a weaker "she" than the woman the paragraph
    # is about; an unnamed one alone is still "she"
    (
        "ungendered-description-is-a-weak-antecedent",
        "County Board Chair Marguerite Stoltenberg said the vote is in June.\n\nStoltenberg"
        " has pushed for local rules since 2024. She grew up on a dairy farm. Her family sold"
        ' its herd, and a cousin still rents the cropland.\n\n"The state has had years to fix'
        ' this," she told reporters.',
        0,
        "Marguerite Stoltenberg",
    ),
    (
        "ungendered-description-alone",
        "The council met on Monday. A resident who lives by the river spoke first.\n\n"
        '"The state has had years to fix this," she told reporters.',
        0,
        None,
    ),
    # "As for Mr Sim, he ...": the topic is the pronoun's antecedent
    (
        "as-for-topic",
        "The MP, Mr Jasper Quek, visited the shop and thanked Mr Sim Chee Keong, according to a"
        " post on Mr Quek's page.\n\nAs for Mr Sim, he has no plans beyond sleeping in.\n\n"
        '"My wife has been asking for 40 years," he said.',
        0,
        "Sim Chee Keong",
    ),
    # "It said": the body quoted in the sentence before
    (
        "it-said-after-a-body-spoke",
        'The Ministry of Health said on Monday that it had "enough vaccines." It said it would'
        ' buy "more doses" soon.',
        1,
        "Ministry of Health",
    ),
    (
        "it-said-after-a-person-spoke",
        'Ann Lee said on Monday that the clinic had "enough vaccines." It said it would buy'
        ' "more doses" soon.',
        1,
        None,
    ),
    # "State" (also a speech verb) opens a body's name
    (
        "state-department",
        'The State Department said it was "reviewing" the incident.',
        0,
        "State Department",
    ),
    (
        "state-office",
        'The State Historic Preservation Office said any project "must take into account its'
        ' effects."',
        0,
        "State Historic Preservation Office",
    ),
    # "the division" names the one body with that head; a run across a sentence stop
    # ("Deseret News. The Utah Division ...") is cut at the stop
    (
        "the-division-after-a-sentence-stop",
        "By Ann Lee, Deseret News. The Utah Division of Water Quality said in an email that it"
        ' will begin weekly monitoring.\n\nThe division said it "strongly encourages" visitors'
        " to check for advisories.",
        0,
        "Utah Division of Water Quality",
    ),
    # a name inside another's relative clause is not the sentence's subject for "he"
    (
        "relative-clause-subject-is-no-antecedent",
        "Evan Sopchyshyn, whose grandfather Wasyl Sopchyshyn hauled grain to the elevator in"
        " the 1930s, sat in the front row.\n\nHe said he understood the concerns.\n\n"
        '"You can\'t save everything," he said.',
        0,
        "Evan Sopchyshyn",
    ),
    # an office named after its holder keeps the holder's title; a place in the possessive
    # does not open a body's name
    (
        "sheriffs-office",
        'The Tamsen County Sheriff\'s Office said it was "investigating" the crash.',
        0,
        "Tamsen County Sheriff's Office",
    ),
    (
        "attorney-generals-office",
        'The Attorney General\'s Office said it was "reviewing" the case.',
        0,
        "Attorney General's Office",
    ),
    (
        "place-possessive-before-a-department",
        "In an email, Nunavut's Department of Economic Development and Transportation said it"
        ' "recognizes the value" of the farm.',
        0,
        "Department of Economic Development and Transportation",
    ),
    (
        "the-department-after-a-place-possessive",
        "In an email, Nunavut's Department of Economic Development and Transportation said"
        ' the hamlet could apply.\n\n"Applications are assessed each fall," the department'
        " said.",
        0,
        "Department of Economic Development and Transportation",
    ),
    # a person the text only plans ("would also be recruited") is no one "she" can be
    (
        "hypothetical-description-is-no-antecedent",
        "Ms Ann Hanrahan said the money was a relief.\n\nShe said the cafe would be run as a"
        " social enterprise. A part-time heritage officer would also be recruited.\n\n"
        '"There are people in Boston who will want to help," she added.',
        0,
        "Ann Hanrahan",
    ),
    # a pasted page's ad lines between a name and "she said" put no distance between them
    (
        "ad-lines-between-name-and-pronoun",
        "Morag Sinclair, who chairs the community council, said the island had reached"
        ' "breaking point".\n\nAdvertisement\n\nHide Ad\n\nAdvertisement\n\nHide Ad\n\n'
        '"We had a funeral on Tuesday and half the family could not get across," she said.',
        1,
        "Morag Sinclair",
    ),
    # an unnamed person of no gender in the sentence before is a weaker "she" than the
    # woman named earlier in the paragraph
    (
        "named-woman-before-an-ungendered-description",
        "Ms Kylie Moloney said she would rather leave than rebuild. A neighbour lent them a"
        ' generator.\n\n"I love this street, but I cannot do this a fourth time," she said.',
        0,
        "Kylie Moloney",
    ),
    # a body's short name is the full name the text gave before; not a usual short name
    # ("Northbank Living" of "Northbank Living Ltd") nor a name of its own ("Pew")
    (
        "short-body-name-after-the-full-one",
        "Bellwether Foods, which runs the cannery, cut shifts in March.\n\n"
        '"We remain committed to an agreement," Bellwether said in a statement.',
        0,
        "Bellwether Foods",
    ),
    (
        "short-name-gets-the-company-suffix",
        "Its owner, Northbank Living Ltd, plans to rebuild.\n\n"
        '"Every tenant will be offered a home," Northbank Living said.',
        0,
        "Northbank Living Ltd",
    ),
    (
        "well-known-short-name",
        'A new study by Pew Research found a gap.\n\n"The gap is wide," Pew said.',
        0,
        "Pew",
    ),
    # "the commission": a body's full name and its shorter form are one body
    (
        "full-and-short-name-of-one-body",
        "The district filed a rate case with the West Virginia Public Service Commission.\n\n"
        'The Public Service Commission has scheduled a hearing.\n\n"Every rate case is'
        ' reviewed on its own merits," the commission said.',
        0,
        "West Virginia Public Service Commission",
    ),
    # a cue-less quote paragraph after an inverted copula sentence that names a person
    (
        "inverted-copula-intro",
        "Among those worried about the change is Chiara Dellapina, 19, who catches the train"
        ' every morning.\n\n"On the train I can study, and I know when I will arrive."',
        0,
        "Chiara Dellapina",
    ),
    (
        "inverted-copula-thing-names-no-one",
        'Among the trains cut is the 6.52am service from Fermo.\n\n"On the train I can study."',
        0,
        None,
    ),
    # a relative who shares the surname, introduced later: the bare surname stays with the
    # person it named first, unless the relative was just quoted ("..., 22, said ...")
    (
        "shared-surname-relative-not-speaking",
        "Clara Voss has fished the bay for 30 years.\n\nHer nephew, Tomas Voss, 22, bought a"
        ' boat in March.\n\n"It is hard work, but it is ours," Voss said.',
        0,
        "Clara Voss",
    ),
    (
        "shared-surname-relative-just-quoted",
        "Clara Voss has fished the bay for 30 years.\n\nHer nephew, Tomas Voss, 22, said the"
        ' catch was down by half.\n\n"It is hard work, but it is ours," Voss said.',
        0,
        "Tomas Voss",
    ),
    ("party-group-no-name", 'Several senior Democrats cited another "trap" debate.', 0, None),
    (
        "role-of-organisation-is-no-name",
        '"We will win," said the chief executive of Green River Partners on Monday.',
        0,
        None,
    ),
    (
        "agent-for-titled-person-is-no-name",
        'President Bo Kim spoke. "He was rude," said a former agent for President Bo Kim.',
        0,
        None,
    ),
    ("joint-after-quote-last", '"We will fight," Ann Lee and Bo Kim wrote on Monday.', 0, "Bo Kim"),
    ("joint-before-quote-last", 'Ann Lee and Bo Kim said: "We will fight on."', 0, "Bo Kim"),
    ("joint-inverted-last", '"We will fight on," said Ann Lee and Bo Kim.', 0, "Bo Kim"),
    (
        "relative-first",
        'Ann Lee, who has called it "a mess," and Bo Kim, who says "fine."',
        0,
        "Ann Lee",
    ),
    (
        "relative-after-appositive-description",
        'Bo Kim, an oncologist who advised the mayor, said the plan "works for everyone."',
        0,
        "Bo Kim",
    ),
    (
        "relative-second",
        'Ann Lee, who has called it "a mess," and Bo Kim, who says "fine."',
        1,
        "Bo Kim",
    ),
]


@pytest.mark.parametrize(
    ("body", "i", "speaker"), [p[1:] for p in SPEAKERS], ids=[p[0] for p in SPEAKERS]
)
def test_speakers(body: str, i: int, speaker: str | None) -> None:
    value = _table(body)["speaker"].iloc[i]
    assert (None if pd.isna(value) else value) == speaker


def test_participle_after_a_comma_is_the_cue_of_its_clause() -> None:
    body = (
        "The Prime Minister has ruled out calling an early election, telling reporters "
        'in Canberra the government would "serve its full term".'
    )
    row = _table(body).iloc[0]
    assert (row["cue"], row["speaker_mention"]) == ("telling", "The Prime Minister")


def test_heading_in_capitals_alone_gives_no_mention() -> None:
    df = _table('THE LAB HAS TESTED IT - Her advice, saying it is a "miracle cure for all."')
    assert df["speaker_mention"].isna().all()
    assert df["speaker"].isna().all()


def test_split_quote_shares_group_and_method() -> None:
    df = _table('"If it floods," says Jane Doe, "the town is cut off."')
    assert df["group_id"].tolist() == [0, 0]
    assert df["speaker_start"].nunique() == 1
    assert df["cue"].tolist() == ["says", "says"]


def test_relative_pronoun_method() -> None:
    df = _table('"We won," said Jane Doe, who added that the count was "very clear."')
    assert list(df["method"].astype(object)) == ["name", "relative"]
    assert list(df["speaker"].astype(object)) == ["Jane Doe", "Jane Doe"]


def test_continuation_method() -> None:
    df = _table('"We will not give up," said Ann Lee.\n\n"We have come too far to stop now."')
    assert df["method"].iloc[1] == "continuation"
    assert df["group_id"].tolist() == [0, 1]


def test_institution_or_group_without_determiner_is_a_description() -> None:
    df = _table('"He ran toward the river," police said. "It was loud," witnesses said.')
    assert df["speaker_mention"].tolist() == ["police", "witnesses"]
    assert df["method"].tolist() == ["description", "description"]
    assert df["speaker"].isna().all()


def test_kinship_address_is_a_title() -> None:
    # "Uncle Marek" inside a quote is Marek Kowalski, not a second person named "Uncle Marek"
    df = _table(
        'Marek Kowalski, 68, bakes bread.\n\n"My knees hurt," Marek said.\n\n'
        'His niece, Ania Nowak, wants the shop. "Uncle Marek taught me," she said.'
    )
    assert df["speaker"].tolist() == ["Marek Kowalski", "Ania Nowak"]


def test_split_quote_running_on_over_paragraphs() -> None:
    # the second part of a split quote is left open and runs on into the next paragraph
    df = _table(
        'Tom Reyes farms here.\n\n"It is dry," Reyes says. "If it does not rain, we sell.\n\n'
        '"Nobody wants that."'
    )
    assert df["group_id"].tolist() == [0, 0, 0]
    assert df["speaker"].tolist() == ["Tom Reyes"] * 3


def test_multi_paragraph_group() -> None:
    df = _table("“First part goes here.\n\n“Second part follows,” said Ann Lee.")
    assert df["group_id"].tolist() == [0, 0]
    assert df["paragraph_id"].iloc[0] != df["paragraph_id"].iloc[1]


def test_boilerplate_quotes_ignored() -> None:
    from analysis.segment import SENTENCE_LABELS

    art = article_from_text(TITLE + '"A quote in the body," said Ann Lee.', article_id="b")
    labels = {b.label for b in art.blocks}
    assert labels <= set(SENTENCE_LABELS) | {"boilerplate", "credit"}
    blocks = [b for b in art.blocks if b.label in SENTENCE_LABELS]
    for q in quotes(art):
        assert any(b.start <= q.start < b.end for b in blocks)


def test_schema_and_empty() -> None:
    df = _table('"A quote," said Ann Lee.')
    schema.validate(df, "quotes")
    empty = quote_table([])
    assert list(empty.columns) == schema.columns("quotes") and empty.empty


def test_rule_tables() -> None:
    lex = cue_lexicon()
    for form in ("says", "said", "told", "added", "according", "wrote", "explained", "asked"):
        assert form in lex or form == "according"
    assert lex["went"] == ("go", "on")
    assert {"man", "woman", "spokesman", "activist"} <= speaker_nouns()


# --- the seed --------------------------------------------------------------------------


def _seed_rows(seed, gold):
    df = quote_table(seed)
    by_text = {r.text: r for r in df.itertuples()}
    return df, [by_text.get(q["text"]) for q in gold["quotes"]]


def test_seed_spans_and_kinds(seed, gold) -> None:
    df, rows = _seed_rows(seed, gold)
    assert len(df) == len(gold["quotes"])
    for q, row in zip(gold["quotes"], rows, strict=True):
        assert row is not None, q["text"]
        # the gold offsets include the quotation marks; its text (and our span) excludes them
        assert (row.start, row.end) == (q["start"] + 1, q["end"] - 1)
        assert seed.text[row.start : row.end] == q["text"]
        assert row.kind == q["kind"]


def test_seed_mentions(seed, gold) -> None:
    _, rows = _seed_rows(seed, gold)
    for q, row in zip(gold["quotes"], rows, strict=True):
        if q["kind"] == "phrase":
            assert pd.isna(row.speaker_mention) and pd.isna(row.speaker) and pd.isna(row.method)
        else:
            assert not pd.isna(row.speaker_mention), q["text"]
        if "speaker_mention" in q:
            assert row.speaker_mention == q["speaker_mention"]
            assert seed.text[row.speaker_start : row.speaker_end] == q["speaker_mention"]
            assert row.method == "description"


def test_seed_speakers(seed, gold) -> None:
    """All 21 speech quotes get their gold speaker (pronouns resolved by analysis.people)."""
    _, rows = _seed_rows(seed, gold)
    got = [None if pd.isna(r.speaker) else r.speaker for r in rows]
    assert got == [q["speaker"] for q in gold["quotes"]]


def test_seed_unnamed_and_epithet_have_no_name(seed, gold) -> None:
    _, rows = _seed_rows(seed, gold)
    for q, row in zip(gold["quotes"], rows, strict=True):
        if q["speaker"] is None:
            assert pd.isna(row.speaker)


# --- odd input ---------------------------------------------------------------------------

_SOUP = st.lists(
    st.sampled_from(
        [
            *"\"“”„«»'‘’ \n.,:;—―-()abcXY1",
            *("said", " he says", "\n\n", "Ann Lee", " a man", "according to", "The "),
            *(" who ", "Sen.", " saying", "(R-Fla.)", " a man in a hat"),
        ]
    ),
    max_size=150,
).map("".join)


@settings(max_examples=80, deadline=None)
@given(_SOUP)
def test_quote_soup_never_raises(body: str) -> None:
    art = article_from_text(TITLE + body, article_id="s")
    df = quote_table(art)
    for r in df.itertuples():
        assert 0 <= r.start < r.end <= len(art.text)
        assert art.text[r.start : r.end] == r.text
        if not pd.isna(r.speaker_start):
            assert art.text[r.speaker_start : r.speaker_end] == r.speaker_mention


def test_megabyte_soup_is_linear() -> None:
    unit = "a \"b \u201cc\u201d 'd' e.\u201d \u201c\" f\u2019s \u2018g " * 7 + "\n\n"
    body = unit * (1_000_000 // len(unit))
    start = time.perf_counter()
    df = _table(body)
    assert time.perf_counter() - start < 30
    assert len(df) > 0


# --- attribution rules, one table ---------------------------------------------------------

# (id, body, quote index, quote text, kind, speaker_mention, speaker)
RULES = [
    (
        "participle-takes-cue-subject",
        'The two teams will meet next week, Ann Lee said, adding, "They need to talk it out."',
        0,
        "They need to talk it out.",
        "speech",
        "Ann Lee",
        "Ann Lee",
    ),
    (
        "participle-subject-after-of",
        'The new ad shows footage of Ann Lee asking, "Why are we still waiting here?"',
        0,
        "Why are we still waiting here?",
        "speech",
        "Ann Lee",
        "Ann Lee",
    ),
    (
        "coordinated-cue-after-intro-clause",
        'When her aide asked about the vote, Ann Lee laughed and said, "We will win it easily."',
        0,
        "We will win it easily.",
        "speech",
        "Ann Lee",
        "Ann Lee",
    ),
    (
        "coordinated-cue-in-pronoun-clause",
        'Ann Kim spoke first. The crowd cheered after she toured the plant and called it "a model '
        'for all."',
        0,
        "a model for all.",
        "partial",
        "she",
        "Ann Kim",
    ),
    (
        "name-in-apposition-to-role",
        'In a note to the staff, her senior adviser, Bo Kim, said: "We will regroup next week."',
        0,
        "We will regroup next week.",
        "speech",
        "Bo Kim",
        "Bo Kim",
    ),
    (
        "byline-with-middle-initial",
        "“Nothing will ever change here.” ― Julie A. Diaz.",
        0,
        "Nothing will ever change here.",
        "speech",
        "Julie A. Diaz",
        "Julie A. Diaz",
    ),
    (
        "description-led-name-after-quote",
        '"She rarely does it that way," CBS This Morning co-anchor Ann Lee said.',
        0,
        "She rarely does it that way,",
        "speech",
        "CBS This Morning co-anchor Ann Lee",
        "Ann Lee",
    ),
    (
        "sentence-adverb-is-no-description",
        '"We won the vote." Then Ann Lee said she was happy.',
        0,
        "We won the vote.",
        "speech",
        None,
        None,
    ),
    (
        "role-then-name-in-commas-after-quote",
        '"We are not done yet," the senator\'s spokesman, Bo Kim, told reporters.',
        0,
        "We are not done yet,",
        "speech",
        "Bo Kim",
        "Bo Kim",
    ),
    (
        "name-then-role-chain-after-quote",
        '"It is an overreach," Ann Lee, the attorney general of Utah, one of the states suing, '
        "said on Monday.",
        0,
        "It is an overreach,",
        "speech",
        "Ann Lee",
        "Ann Lee",
    ),
    (
        "next-sentence-cue-with-own-clause",
        '"We have a plan," Ann Lee said. "It will work in the end." Bo Kim said the mayor was '
        "wrong about it.",
        1,
        "It will work in the end.",
        "speech",
        "Ann Lee",
        "Ann Lee",
    ),
    (
        "next-sentence-cue-tag",
        '"We have a plan," Ann Lee said. "It will work in the end." Bo Kim said on Monday.',
        1,
        "It will work in the end.",
        "speech",
        "Bo Kim",
        "Bo Kim",
    ),
    (
        "prepositional-object-is-no-subject",
        'Another city official speaking to Ann Lee said, "The agents are still at work."',
        0,
        "The agents are still at work.",
        "speech",
        "Another city official",
        None,
    ),
    (
        "contracted-pronoun-subject",
        'Ann Lee spoke on Monday. She’s said the plan is "a disaster for everyone."',
        0,
        "a disaster for everyone.",
        "partial",
        "She",
        "Ann Lee",
    ),
    (
        "contracted-pronoun-owns-free-relative",
        'The campaign hit back on Monday. It’s denouncing what it calls "a cheap smear."',
        0,
        "a cheap smear.",
        "partial",
        "It",
        None,
    ),
    (
        "name-of-organisation-after-quote",
        '"We can live with the deal," Ms. Ann Lee of the River Trust said.',
        0,
        "We can live with the deal,",
        "speech",
        "Ms. Ann Lee",
        "Ann Lee",
    ),
    (
        "name-of-long-organisation-after-quote",
        '"We can live with the deal," Bo Kim of the Center for Water Studies wrote.',
        0,
        "We can live with the deal,",
        "speech",
        "Bo Kim",
        "Bo Kim",
    ),
    (
        "time-phrase-between-relative-and-cue",
        'The mayor, Ann Lee, who last week told the council the goal was "a model city," lost.',
        0,
        "a model city,",
        "partial",
        "who",
        "Ann Lee",
    ),
    (
        "two-roles-joined-by-and-before-a-name",
        '"We got this wrong," Stride co-founder and CEO Kevin Marsh wrote on X.',
        0,
        "We got this wrong,",
        "speech",
        "Stride co-founder and CEO Kevin Marsh",
        "Kevin Marsh",
    ),
    (
        "base-form-cue-after-a-and-adjective-is-a-noun",
        'Asked about it, Senate President Tom Alvarez offered a shorter answer: "We have the votes."',
        0,
        "We have the votes.",
        "speech",
        "Senate President Tom Alvarez",
        "Tom Alvarez",
    ),
    (
        "speech-noun-from-source-before-colon",
        'The message from the state teachers union was just as blunt: "Fund the formula now."',
        0,
        "Fund the formula now.",
        "speech",
        "the state teachers union",
        None,
    ),
    (
        "speech-noun-from-titled-name",
        'The reaction from Gov. Laura Bennett was swift: "No, we will not do that."',
        0,
        "No, we will not do that.",
        "speech",
        "Gov. Laura Bennett",
        "Laura Bennett",
    ),
    (
        "role-at-an-organisation-is-a-description",
        'Analysts at Barclays wrote that the cut was "larger than feared".',
        0,
        "larger than feared",
        "partial",
        "Analysts at Barclays",
        None,
    ),
    (
        "plural-role-of-a-name-is-a-description",
        '"It is large," said Supporters of Acme.',
        0,
        "It is large,",
        "speech",
        "Supporters of Acme",
        None,
    ),
    (
        "arabic-article-in-a-surname",
        "Mohammed bin Rashid al-Hamadi, the environment minister of the United Arab Emirates, "
        'called the agreement "a beginning, not an end."',
        0,
        "a beginning, not an end.",
        "partial",
        "Mohammed bin Rashid al-Hamadi",
        "Mohammed bin Rashid al-Hamadi",
    ),
    (
        "title-before-a-work-appositive-is-a-phrase",
        '"River of Stone," a drama about a mining town, won five prizes.',
        0,
        "River of Stone,",
        "phrase",
        None,
        None,
    ),
    (
        "title-case-speech-before-a-cue-stays-speech",
        '"Stop Now," a protester said.',
        0,
        "Stop Now,",
        "speech",
        "a protester",
        None,
    ),
    (
        "whole-sentence-after-a-comma-a-few-words-after-the-cue",
        'As Abraham Lincoln told Congress in 1862, "The dogmas of the quiet past are '
        'inadequate to the stormy present."',
        0,
        "The dogmas of the quiet past are inadequate to the stormy present.",
        "speech",
        "Abraham Lincoln",
        "Abraham Lincoln",
    ),
    (
        "age-as-a-noun-names-the-person-of-that-age",
        'Tom Lee, 30, and Ann Park, 72, spoke. "We never had a flood like this," the '
        "72-year-old said.",
        0,
        "We never had a flood like this,",
        "speech",
        "the 72-year-old",
        "Ann Park",
    ),
    (
        "role-noun-of-an-abbreviated-title",
        'Sen. Bernie Sanders spoke first. "We need change," the Vermont senator said.',
        0,
        "We need change,",
        "speech",
        "the Vermont senator",
        "Bernie Sanders",
    ),
    (
        "surname-that-is-a-speech-verb",
        'Council President Omar Said welcomed the plan. "This is serious," Said said.',
        0,
        "This is serious,",
        "speech",
        "Said",
        "Omar Said",
    ),
    (
        "title-case-quote-joined-to-a-title-by-and-is-a-phrase",
        'He has starred in "Parks and Recreation" and "Guardians of the Galaxy," she said.',
        1,
        "Guardians of the Galaxy,",
        "phrase",
        None,
        None,
    ),
    (
        "phrasal-cue-cut-in",
        'He began to answer. "No," she cut in.',
        0,
        "No,",
        "speech",
        "she",
        None,
    ),
    (
        "participle-without-cue-takes-sentence-subject",
        'In Salem, Ann Lee hit her rival hard, calling him "a total fraud."',
        0,
        "a total fraud.",
        "partial",
        "Ann Lee",
        "Ann Lee",
    ),
    # a described source with a postmodifier: adjective + preposition, participle +
    # preposition, or a relative clause, between the head noun and the cue
    (
        "postmodifier-adjective-before-cue",
        'A source familiar with the talks said, "The deal is done."',
        0,
        "The deal is done.",
        "speech",
        "A source",
        None,
    ),
    (
        "postmodifier-adjective-told-hearer",
        '"The deal is done," a source close to the family told the Times.',
        0,
        "The deal is done,",
        "speech",
        "a source",
        None,
    ),
    (
        "postmodifier-participle-before-cue",
        'One official involved in the negotiations said, "The deal is done."',
        0,
        "The deal is done.",
        "speech",
        "One official",
        None,
    ),
    (
        "postmodifier-relative-clause-before-cue",
        '"The deal is done," an aide who spoke on condition of anonymity said Monday.',
        0,
        "The deal is done,",
        "speech",
        "an aide",
        None,
    ),
    (
        "postmodifier-relative-clause-verb-is-not-the-cue",
        '"We are done," a voter who asked not to be named said.',
        0,
        "We are done,",
        "speech",
        "a voter",
        None,
    ),
    (
        "postmodifier-never-replaces-a-name",
        'A woman asked for a photo and Ann Lee said, "Only if we are quick."',
        0,
        "Only if we are quick.",
        "speech",
        "Ann Lee",
        "Ann Lee",
    ),
    (
        "inverted-cue-role-with-lowercase-domain",
        '"We are done," said secretary of state Ann Lee.',
        0,
        "We are done,",
        "speech",
        "secretary of state Ann Lee",
        "Ann Lee",
    ),
    (
        "possessive-name-modifies-the-role-after-inverted-cue",
        '"We are done," said Ann Lee’s campaign manager, Bo Kim.',
        0,
        "We are done,",
        "speech",
        "Bo Kim",
        "Bo Kim",
    ),
    (
        "last-name-of-the-mention-is-its-head",
        'Ann Lee’s campaign manager Bo Kim said, "We are done."',
        0,
        "We are done.",
        "speech",
        "Ann Lee’s campaign manager Bo Kim",
        "Bo Kim",
    ),
    (
        "partitive-description",
        '"The boards have agreed," one of the people said.',
        0,
        "The boards have agreed,",
        "speech",
        "one of the people",
        None,
    ),
    (
        "nickname-appositive-is-a-phrase",
        "Teammates call him “The Wall,” a nickname he insists he does not deserve.",
        0,
        "The Wall,",
        "phrase",
        None,
        None,
    ),
    (
        "description-named-person-takes-the-pronoun",
        "My neighbor, a retired bus mechanic named Walt Dempsey, put it bluntly. "
        "“So they are cutting my taxes,” he said.",
        0,
        "So they are cutting my taxes,",
        "speech",
        "he",
        "Walt Dempsey",
    ),
    (
        "later-cue-clause-with-its-own-content-is-no-tag",
        "Ann Lee claimed on Tuesday that “the rules were bent,” one of the prosecutors "
        "said the two cases were different.",
        0,
        "the rules were bent,",
        "partial",
        "Ann Lee",
        "Ann Lee",
    ),
    (
        "title-in-capitals-then-the-name",
        'The Transport Secretary, Ann Lee, said: "It is final."',
        0,
        "It is final.",
        "speech",
        "Ann Lee",
        "Ann Lee",
    ),
    (
        "inverted-cue-title-in-capitals-then-the-name",
        '"It is final," said the Transport Secretary, Ann Lee.',
        0,
        "It is final,",
        "speech",
        "Ann Lee",
        "Ann Lee",
    ),
    (
        "the-state-party-description-is-the-tagged-person",
        "Rep. Ann Lee (D-Ohio) backed the bill. Speaker Bo Kim said, “We had the votes.” "
        "“He is welcome to visit,” the Ohio Democrat said.",
        1,
        "He is welcome to visit,",
        "speech",
        "the Ohio Democrat",
        "Ann Lee",
    ),
    (
        "the-state-party-description-gives-the-pronoun-its-person",
        "Rep. Ann Lee (D-Ohio) backed the bill. Speaker Bo Kim said, “We had the votes.” "
        "The Ohio Democrat pushed back. “He is welcome to visit,” she said.",
        1,
        "He is welcome to visit,",
        "speech",
        "she",
        "Ann Lee",
    ),
    (
        "the-state-party-description-without-a-tagged-person-is-no-name",
        "Speaker Bo Kim said, “We had the votes.” “He is welcome,” the Ohio Democrat said.",
        1,
        "He is welcome,",
        "speech",
        "the Ohio Democrat",
        None,
    ),
    (
        "person-of-an-organisation-is-the-speaker",
        'Analyst Ann Lee of Brightwater Research said, "It is crowded."',
        0,
        "It is crowded.",
        "speech",
        "Analyst Ann Lee",
        "Ann Lee",
    ),
    (
        "cueless-quote-after-a-sentence-about-a-person",
        'Pressed on the fine, Ann Lee shrugged. "If they want to fine me, they can."',
        0,
        "If they want to fine me, they can.",
        "speech",
        "Ann Lee",
        "Ann Lee",
    ),
    (
        "inverted-cue-after-a-relative-clause-quote-must-name-someone",
        'Ann Lee, who has described this season as "the most important in our history," '
        "said her players would need to move on.",
        0,
        "the most important in our history,",
        "partial",
        "who",
        "Ann Lee",
    ),
    (
        "role-of-a-place-then-the-name-between-commas",
        'The ruler of Iseyin-Oke, Ann Lee, thanked the council for what she called "a gift".',
        0,
        "a gift",
        "partial",
        "Ann Lee",
        "Ann Lee",
    ),
    (
        "role-before-comma-and-honorific-is-the-later-definite-description",
        'At the ceremony, the Governor, Alhaji Musa Bello, called it "bold". '
        '"We will pay," the governor said.',
        1,
        "We will pay,",
        "speech",
        "the governor",
        "Musa Bello",
    ),
    (
        "dash-byline-paragraph-after-a-quote-paragraph",
        'The debate was tense.\n\n"Americans are worried about their future."\n\n- Ann Lee.',
        0,
        "Americans are worried about their future.",
        "speech",
        "Ann Lee",
        "Ann Lee",
    ),
    (
        "inverted-cue-remembered",
        '"They all doubted her," remembered Roy Verley, her former spokesman.',
        0,
        "They all doubted her,",
        "speech",
        "Roy Verley",
        "Roy Verley",
    ),
    (
        "participle-after-a-quote-is-no-inverted-tag",
        'Lee said, "It is time we change," promising the club will return to its roots.',
        0,
        "It is time we change,",
        "speech",
        "Lee",
        "Lee",
    ),
    (
        "possessive-kinship-description-names-the-introduced-person",
        "Her mother, Delphine Vasquez, still lives in the house. Oriana is not so sure. "
        "“She is painting the port,” her mother said.",
        0,
        "She is painting the port,",
        "speech",
        "her mother",
        "Delphine Vasquez",
    ),
    (
        "home-town-after-a-name-is-no-person",
        "Marcus Hale of Millbrook, a union electrician, backed the plan. "
        "“I drive an hour each way,” he said.",
        0,
        "I drive an hour each way,",
        "speech",
        "he",
        "Marcus Hale",
    ),
    (
        "definite-role-of-no-one-described-is-the-person-just-named",
        "Ann Lee says the final season was hard.\n\nThe 34-year-old actress played a "
        "lighthouse keeper for six seasons. Lee told podcast host Dario Finch that she had "
        'been dealing with a breakup.\n\n"It was the hardest year of my life," she said.',
        0,
        "It was the hardest year of my life,",
        "speech",
        "she",
        "Ann Lee",
    ),
    (
        "the-title-in-capitals-is-a-description-of-the-titled-person",
        "Cabinet Secretary Jeremiah Wafula defended the ministry. "
        '"The contractor was paid," the Cabinet Secretary said.',
        0,
        "The contractor was paid,",
        "speech",
        "the Cabinet Secretary",
        "Jeremiah Wafula",
    ),
    (
        "name-set-off-by-commas-after-a-role-before-the-cue",
        "A spokesman for the authority, Garrick Moulton, said the agency "
        "“takes water safety extremely seriously.”",
        0,
        "takes water safety extremely seriously.",
        "partial",
        "Garrick Moulton",
        "Garrick Moulton",
    ),
    (
        "nickname-in-single-marks-inside-a-name",
        'The teenager Thomas ‘Wee Tam’ Rennie scored twice. "I just hit it," Rennie said.',
        0,
        "I just hit it,",
        "speech",
        "Rennie",
        "Thomas Rennie",
    ),
    (
        "title-set-off-by-commas-after-a-work-noun-is-a-phrase",
        'The study, "Fungal partners buffer crops against heat," was published Tuesday.',
        0,
        "Fungal partners buffer crops against heat,",
        "phrase",
        None,
        None,
    ),
    (
        "the-nationality-leader-is-the-titled-person-of-that-nation",
        "French President Jean-Luc de la Motte defended the plan. German Chancellor Matthias "
        "Kuhnle agreed. The French leader described the call as “frank but friendly.”",
        0,
        "frank but friendly.",
        "partial",
        "The French leader",
        "Jean-Luc de la Motte",
    ),
    (
        "role-at-an-organisation-then-the-name-between-commas",
        'Her editor at Fernhill Press, Jonah Petrakis, told me it had been "a hard sell."',
        0,
        "a hard sell.",
        "partial",
        "Jonah Petrakis",
        "Jonah Petrakis",
    ),
    (
        "title-case-quote-before-a-parenthesis-is-a-title",
        '"It is fine," Voss said.\n\n"The Salt Orchard" (Fernhill Press, 312 pages) is out now.',
        1,
        "The Salt Orchard",
        "phrase",
        None,
        None,
    ),
    (
        "officials-in-a-place-are-no-place",
        'Officials in Washington said, "We are done."',
        0,
        "We are done.",
        "speech",
        "Officials in Washington",
        None,
    ),
    # a pronoun after an unnamed speaker described before the quote keeps the description
    (
        "one-who-relative-then-pronoun-is-the-description",
        "Ann Lee backed the plan. Several mayors did not. One, who asked not to be named "
        "because his council has not voted, said the cost was too high.\n\n"
        '"We cannot pay for this," he said.',
        0,
        "We cannot pay for this,",
        "speech",
        "One",
        None,
    ),
    (
        "description-then-pronoun-after-a-quote-of-two-sentences",
        "Ann Lee spoke first. A night nurse who has worked there for 9 years, and who spoke "
        "on condition of anonymity, described the ward.\n\n"
        '"We were scared. Some of us left," she said.',
        0,
        "We were scared. Some of us left,",
        "speech",
        "A night nurse",
        None,
    ),
    # ... unless the description's sentence names the person ("his first name, Dumitru")
    (
        "description-naming-its-person-gives-the-pronoun-that-name",
        "A young man stacking crates onto a cart, who gives only his first name, Dumitru, "
        'says he will leave.\n\n"There is no work here," he says.',
        0,
        "There is no work here,",
        "speech",
        "he",
        "Dumitru",
    ),
    (
        "postmodified-description-before-who-then-pronoun",
        "Ann Lee left early. A woman carrying a folded flag, who would not give her name, "
        'watched the march.\n\n"It is too late," she said.',
        0,
        "It is too late,",
        "speech",
        "A woman carrying a folded flag",
        None,
    ),
    # people described before a list of places speak, not the last place
    (
        "ministers-of-places-are-the-mention",
        "The health ministers of Manitoba, Nova Scotia and New Brunswick said the timeline "
        'was "not realistic" for provinces.',
        0,
        "not realistic",
        "partial",
        "The health ministers of Manitoba, Nova Scotia and New Brunswick",
        None,
    ),
    (
        "officials-of-places-name-no-place",
        'Officials of Ohio and Texas said the plan was "not realistic" for states.',
        0,
        "not realistic",
        "partial",
        "Officials of Ohio and Texas",
        None,
    ),
    # a surname that is also a word ("Oh") before a hyphenated given name
    (
        "korean-surname-after-inverted-cue",
        'Union officials met.\n\n"Is it safe?" said Oh Sang-woo, a welder at the yard.',
        0,
        "Is it safe?",
        "speech",
        "Oh Sang-woo",
        "Oh Sang-woo",
    ),
    # a place before the name is no part of it
    (
        "place-before-name",
        "The Greens senator for Queensland Rhiannon Tate said offsets had become a "
        '"licence to bulldoze".',
        0,
        "licence to bulldoze",
        "partial",
        "The Greens senator for Queensland Rhiannon Tate",
        "Rhiannon Tate",
    ),
    # an unnamed speaker described with a compound noun or a "-based" modifier keeps "he"
    (
        "compound-noun-description-then-pronoun",
        '"We want the fleet at sea," Kessler said.\n\nOne deckhand, who asked not to be named,'
        ' said the families had begun borrowing.\n\n"The squid will be gone," he said.',
        1,
        "The squid will be gone,",
        "speech",
        "One deckhand",
        None,
    ),
    (
        "place-based-description-then-pronoun",
        'Kenji Morita said sales were "steady".\n\nA Dubai-based food industry consultant, who'
        ' asked not to be named, said novelty would fade.\n\n"The story sells the first box,"'
        " he said.",
        1,
        "The story sells the first box,",
        "speech",
        "A Dubai-based food industry consultant",
        None,
    ),
    # the sentence before the quote goes on about the one described ("She asked not to be
    # named"): the description two sentences back is the speaker, not the woman named first
    (
        "description-then-she-sentence-then-pronoun",
        'Hanna Lee, a nurse, said the wait was long. "It is hard," she said.\n\nOne woman,'
        " whose brother is on remand, told reporters the delays had hurt. She asked not to be"
        ' named.\n\n"My mother keeps asking," she said.',
        1,
        "My mother keeps asking,",
        "speech",
        "One woman",
        None,
    ),
    (
        "trade-noun-description-then-pronoun",
        "Hanna Lee, a nurse, said the wait was long.\n\nOne midwife, who preferred not to be"
        ' named, described the last weeks as exhausting. "We spent our nights calling," she'
        " said.",
        0,
        "We spent our nights calling,",
        "speech",
        "One midwife",
        None,
    ),
    (
        "pronoun-asking-not-to-be-named",
        "Nuala Breathnach said the island needed a ferry.\n\nAt the school, the principal said"
        ' parents were asking. "Nobody has decided yet," she said, asking not to be named.',
        0,
        "Nobody has decided yet,",
        "speech",
        "she",
        None,
    ),
    # titles of works after their noun, near or a few words back, are phrases
    (
        "title-after-work-noun",
        'Ellison, who wrote on the legal drama "Counsel for the Defense", said she was tired.',
        0,
        "Counsel for the Defense",
        "phrase",
        None,
        None,
    ),
    (
        "title-after-work-noun-phrase-and-comma",
        'Bhattarai said a 2022 study by her institute, "Wasting the Valley," found the site '
        "leaked.",
        0,
        "Wasting the Valley,",
        "phrase",
        None,
        None,
    ),
    (
        "stamped-wording-is-a-phrase",
        'Each sheet is stamped "SAMPLE BALLOT — NOT FOR TABULATION" across the top.',
        0,
        "SAMPLE BALLOT — NOT FOR TABULATION",
        "phrase",
        None,
        None,
    ),
    # an organisation and a role before the name in an inverted cue: the name speaks
    (
        "inverted-cue-org-role-name",
        '"Mara writes people you would follow," said Northlight head of scripted programming'
        " Lorna Feeney.",
        0,
        "Mara writes people you would follow,",
        "speech",
        "Northlight head of scripted programming Lorna Feeney",
        "Lorna Feeney",
    ),
    # unnamed speakers described with a noun known by its ending, then "he said"
    (
        "suffix-noun-description-then-pronoun",
        '"We will manage," Raymond Tahkeal said.\n\nA retired state biologist who worked at'
        ' the hatchery said the plan was risky.\n\n"I hope they have done the math," he said.',
        1,
        "I hope they have done the math,",
        "speech",
        "A retired state biologist",
        None,
    ),
    # a description with a prepositional phrase, then the name set off by commas
    (
        "description-with-pp-then-apposed-name",
        '"We woke up to dead fish," the chief of the area, Kwesi Ampofo, told reporters.',
        0,
        "We woke up to dead fish,",
        "speech",
        "Kwesi Ampofo",
        "Kwesi Ampofo",
    ),
    # a name a relative clause says someone calls a thing is no one's words
    (
        "which-they-call-the-name",
        "Raymond Tahkeal said the tribe would sign the agreement, which the two sides call the"
        ' "Lyle Springs transition plan."',
        0,
        "Lyle Springs transition plan.",
        "phrase",
        None,
        None,
    ),
    (
        "what-they-called-stays-partial",
        'Residents blamed what they called the "tanker mafia" for prices.',
        0,
        "tanker mafia",
        "partial",
        "Residents",
        None,
    ),
    # evidence after a parenthesis (the name in its own script, an age)
    (
        "appositive-after-parenthesis",
        "Chiang Po-wei (江柏緯), a marine ecologist, disputed that view.\n\n"
        '"Oysters can tolerate a lot," he said.',
        0,
        "Oysters can tolerate a lot,",
        "speech",
        "he",
        "Chiang Po-wei",
    ),
    # a cue-less quote paragraph after a story paragraph about one person: that person
    (
        "previous-paragraph-subject-name",
        "Marta Solberg chairs the harbour board. Solberg was blunter than her colleagues.\n\n"
        '"We cannot keep patching a wall that the sea has already beaten."',
        0,
        "We cannot keep patching a wall that the sea has already beaten.",
        "speech",
        "Solberg",
        "Marta Solberg",
    ),
    (
        "previous-paragraph-subject-pronoun",
        "Ivo Kranjc runs the last ferry on the lake. He took the wheel at 17.\n\n"
        '"People think the lake is calm. It never is."',
        0,
        "People think the lake is calm. It never is.",
        "speech",
        "He",
        "Ivo Kranjc",
    ),
    (
        "previous-paragraph-subject-with-appositive",
        "Ivo Kranjc, 19, a nursing student in the city, missed his sister's graduation.\n\n"
        '"I watched it on a video call from the pier. All because of a boat."',
        0,
        "I watched it on a video call from the pier. All because of a boat.",
        "speech",
        "Ivo Kranjc",
        "Ivo Kranjc",
    ),
    (
        "previous-paragraph-subject-not-a-possessive",
        "The vote was close. Turnout fell in Marta Solberg's ward.\n\n"
        '"We cannot keep patching a wall that the sea has already beaten."',
        0,
        "We cannot keep patching a wall that the sea has already beaten.",
        "speech",
        None,
        None,
    ),
    # "the <body noun>" after the text named a body with that head
    (
        "body-noun-head-first-with-of",
        "The Ministry of Coastal Affairs told reporters that no decision had been taken.\n\n"
        '"We will assess the project once all documents are in," the ministry said.',
        0,
        "We will assess the project once all documents are in,",
        "speech",
        "the ministry",
        "Ministry of Coastal Affairs",
    ),
    (
        "body-noun-capitalised-alias",
        "The Harbour Operators’ Forum, which represents the suppliers, said its members would"
        ' comply.\n\nIn a statement, the Forum said it was "disappointed" by the timing.',
        0,
        "disappointed",
        "partial",
        "the Forum",
        "Harbour Operators’ Forum",
    ),
    (
        "body-noun-list-after-of",
        "The Board of Pardons and Paroles met on Monday.\n\n"
        '"Public safety comes first," the board said.',
        0,
        "Public safety comes first,",
        "speech",
        "the board",
        "Board of Pardons and Paroles",
    ),
    (
        "body-noun-shouted-lead",
        "KESTON CITY COUNCIL has shelved a plan to close the baths. The Keston City Council"
        " vote was 9-4.\n\n"
        'The council had cited what it called "an unacceptable risk" to bathers.',
        0,
        "an unacceptable risk",
        "partial",
        "The council",
        "Keston City Council",
    ),
    (
        "firm-noun-after-a-business-name-that-spoke",
        'Kessel Cell Tech said in a statement that it "deeply apologizes" to the workers.\n\n'
        '"We will cooperate fully with the investigation," the company said.',
        1,
        "We will cooperate fully with the investigation,",
        "speech",
        "the company",
        "Kessel Cell Tech",
    ),
    (
        "body-after-its-jurisdiction",
        "The state Department of Kessel Lands, which owns the pond, said in a statement that"
        ' the pond is "a model for the region."',
        0,
        "a model for the region.",
        "partial",
        "The state Department of Kessel Lands",
        "Department of Kessel Lands",
    ),
    (
        "local-body-with-lowercase-head",
        'Kesselmaa municipality said residents should "prepare for three days" without roads.'
        '\n\n"Nobody will be left without help," the statement said.',
        1,
        "Nobody will be left without help,",
        "speech",
        "the statement",
        "Kesselmaa municipality",
    ),
    (
        "quoted-in-is-a-passive-not-a-cue",
        "In a letter to the municipality quoted in the report, the firm's director, Bongani"
        ' Kessel, described the data as "unreliable" and said drivers kept logbooks.',
        0,
        "unreliable",
        "partial",
        "Bongani Kessel",
        "Bongani Kessel",
    ),
    (
        "organisation-noun-names-the-body-that-opened-a-sentence",
        "The Kessel Springs Initiative, a non-profit, helped the ward dig pits. Its report"
        ' found that ponds restored flow.\n\n"Ponds are cheap," the organisation said.',
        0,
        "Ponds are cheap,",
        "speech",
        "the organisation",
        "Kessel Springs Initiative",
    ),
    (
        "municipality-noun-names-the-municipality",
        "The Kessel Dol Municipality said the fees would cover running costs.\n\n"
        '"The baths must stand on their own feet," the municipality said.',
        0,
        "The baths must stand on their own feet,",
        "speech",
        "the municipality",
        "Kessel Dol Municipality",
    ),
    (
        "body-name-with-a-place-after-of",
        "The Gulf of Kessel Working Harbors Alliance, a nonprofit that holds easements, said"
        ' the change would set "a troubling precedent."',
        0,
        "a troubling precedent.",
        "partial",
        "The Gulf of Kessel Working Harbors Alliance",
        "Gulf of Kessel Working Harbors Alliance",
    ),
    (
        "agency-noun-names-the-public-body-that-opened-a-sentence",
        "The Kessel State Department of Health, which would run the program, has taken no"
        ' position. In a fiscal note, the agency said it would need "two full-time employees"'
        " to run it.",
        0,
        "two full-time employees",
        "partial",
        "the agency",
        "Kessel State Department of Health",
    ),
    (
        "group-noun-is-not-the-body-that-opened-a-sentence",
        "The White House usually does the tweeting.\n\nBarden now helps lead a program called"
        ' Kessel Promise. The group seeks to end what it calls "senseless deaths."',
        0,
        "senseless deaths.",
        "partial",
        "The group",
        None,
    ),
    # a relative clause that says the person goes unnamed, whatever the head noun
    (
        "anonymous-description-any-head-then-pronoun",
        '"We need help," Yvonne Kessel, a retired nurse, told the paper.\n\n'
        "A higgler who sells fruit at the gate, and who asked not to be named for fear of"
        " losing her stall, said vendors had borrowed money.\n\n"
        '"Whole heap a we owe partner money," she said.',
        1,
        "Whole heap a we owe partner money,",
        "speech",
        "A higgler who sells fruit at the gate",
        None,
    ),
    (
        "anonymous-description-ending-in-a-place",
        "Tahir Kessel spoke.\n\nA member of a growers’ association in Jalalpur Pirwala, who"
        ' requested anonymity, said: "We have been hearing advice for years."',
        0,
        "We have been hearing advice for years.",
        "speech",
        "A member of a growers’ association in Jalalpur Pirwala",
        None,
    ),
    (
        "anonymous-description-then-role-noun",
        "Shahzad Kessel, a tailor, spoke.\n\nBack at the shop, one of Rafeeq’s tailors, who"
        ' did not want to be named, said the team was tired.\n\n"We are tired," the tailor'
        " said.",
        0,
        "We are tired,",
        "speech",
        "the tailor",
        None,
    ),
    (
        "party-and-town-then-relative-clause",
        "State Sen. Gilbert Kessel, D-Las Vegas, who has sponsored two bills, called the"
        ' situation "a slow emergency." Both bills died.',
        0,
        "a slow emergency.",
        "partial",
        "State Sen. Gilbert Kessel",
        "Gilbert Kessel",
    ),
    (
        "age-epithet-names-the-last-person-named-in-full",
        "When Ġorġ Kessel, a baker, first lit the oven in Mqabba in 1979, there were 20"
        " bakeries.\nToday, by his count, there are six.\n"
        "“Two of those are run by men older than me,” the 68-year-old told Times of Malta.",
        0,
        "Two of those are run by men older than me,",
        "speech",
        "the 68-year-old",
        "Ġorġ Kessel",
    ),
    (
        "document-from-its-author",
        "The plan would save $2.1 million, according to a memo from Library Director Denise"
        " Kessel to the council. No staff would be laid off.\n\n"
        "“Every option reduces service,” according to the memo.",
        0,
        "Every option reduces service,",
        "speech",
        "the memo",
        "Denise Kessel",
    ),
    (
        "association-noun-speaks-a-partial",
        "According to the Korea Kessel Business Association, 900 bathhouses closed. The"
        " association said in a statement that 150 more could close “within this year” unless"
        " the government helps.",
        0,
        "within this year",
        "partial",
        "The association",
        "Korea Kessel Business Association",
    ),
    (
        "cue-in-a-subordinate-clause-introduces-no-quote",
        "“The oxygen is already low,” Luisa Kessel said.\n\nKessel urged operators to harvest"
        " early whenever the weather bureau forecasts several days of heat.\n\n"
        "“We are asking operators to lower their stocking density.",
        1,
        "We are asking operators to lower their stocking density.",
        "speech",
        "Kessel",
        "Luisa Kessel",
    ),
    (
        "services-in-a-role-is-no-speaker",
        "Cllr Anjali Kessel, executive councillor for open spaces and city services at Kessel"
        " City Council, which has two seats on the board, said in a statement:\n\n"
        "“Anyone who has been on the river knows it is busy.”",
        0,
        "Anyone who has been on the river knows it is busy.",
        "speech",
        "Cllr Anjali Kessel",
        "Anjali Kessel",
    ),
    (
        "body-name-with-two-ands",
        "The Ministry of Rural and Maritime Development and Disaster Management said in a"
        ' statement that the village was "highly vulnerable" in its survey.',
        0,
        "highly vulnerable",
        "partial",
        "The Ministry of Rural and Maritime Development and Disaster Management",
        "Ministry of Rural and Maritime Development and Disaster Management",
    ),
    (
        "body-name-with-initials-and-a-plural-after-of",
        'The U.S. Army Corps of Engineers said the channel was "a priority" for the year.',
        0,
        "a priority",
        "partial",
        "The U.S. Army Corps of Engineers",
        "U.S. Army Corps of Engineers",
    ),
    (
        "body-and-its-seat",
        "The Maritime Office in Gdynia, which is responsible for the coast, said in a"
        ' statement: "Digging in the dunes is prohibited."',
        0,
        "Digging in the dunes is prohibited.",
        "speech",
        "The Maritime Office in Gdynia",
        "Maritime Office in Gdynia",
    ),
    (
        "intro-sentence-with-only-a-phrase-in-marks",
        "“My husband dug these beds,” Mrs Kessel said.\n\nMrs Kessel said the society had"
        " gathered 1,900 signatures for its “Save Our Plots” petition.\n\n"
        "“They talk about moving us up the hill as if soil is just soil.”",
        2,
        "They talk about moving us up the hill as if soil is just soil.",
        "speech",
        "Mrs Kessel",
        "Kessel",
    ),
    (
        "described-subject-set-beside-an-aged-name",
        "She asked who would answer for that.\n\nOne of those candidates, 17-year-old Fatu"
        " Kessel, said she leaves home at 5 a.m. to be sure of a seat.\n\n"
        "“Sometimes the canoe is full and you have to wait for the next one.”",
        0,
        "Sometimes the canoe is full and you have to wait for the next one.",
        "speech",
        "17-year-old Fatu Kessel",
        "Fatu Kessel",
    ),
    (
        "body-noun-with-a-modifier-from-its-name",
        "The Central Kessel Water Directorate manages the lake. Mayor Ann Lee spoke.\n\n"
        "The water directorate said in a statement: “The situation is the result of three dry"
        " years.”",
        0,
        "The situation is the result of three dry years.",
        "speech",
        "The water directorate",
        "Central Kessel Water Directorate",
    ),
    # an acronym the text spelled out names the body in full
    (
        "acronym-spelled-out-before",
        "The state utility Électricité de Kessel (EDK) cut supply again on Monday.\n\n"
        'EDK said the cuts were "temporary" and would end this week.',
        0,
        "temporary",
        "partial",
        "EDK",
        "Électricité de Kessel",
    ),
    (
        "acronym-spelled-out-after",
        "Passengers crowded the platform after the KCRC (Kessel Commuter Rail Company) halted"
        ' trains.\n\n"We know this will inconvenience our passengers," the KCRC said.',
        0,
        "We know this will inconvenience our passengers,",
        "speech",
        "the KCRC",
        "Kessel Commuter Rail Company",
    ),
    (
        "acronym-spelled-out-elsewhere",
        "Residents called the Kessel Commission on Water Quality last fall.\n\n"
        'In a statement, the KCWQ said it "does not regulate private wells."',
        0,
        "does not regulate private wells.",
        "partial",
        "the KCWQ",
        "Kessel Commission on Water Quality",
    ),
    # "the agency", "the statement": the body quoted just before
    (
        "body-noun-after-a-quoted-body",
        'In a statement, Kessel State Ferries called the decision "not one we made lightly."'
        '\n\n"Putting a vessel back into service before repairs is not an option," the agency'
        " said.",
        1,
        "Putting a vessel back into service before repairs is not an option,",
        "speech",
        "the agency",
        "Kessel State Ferries",
    ),
    (
        "firm-noun-is-not-a-quoted-association",
        'The Rail Commuters Association of Kessel called the notice "too short."\n\n'
        'The company defended the timing, saying it had chosen May "to avoid the school'
        ' holidays."',
        1,
        "to avoid the school holidays.",
        "partial",
        "The company",
        None,
    ),
    (
        "body-name-with-for-and-and",
        'In a statement, the Department for Enterprise said: "The festival keeps growing."',
        0,
        "The festival keeps growing.",
        "speech",
        "the Department for Enterprise",
        "Department for Enterprise",
    ),
    (
        "body-name-with-and",
        "The Parks and Wildlife Commission said in a statement the number of crocodiles caught"
        ' this year was "higher than usual" for May.',
        0,
        "higher than usual",
        "partial",
        "Parks and Wildlife Commission",
        "Parks and Wildlife Commission",
    ),
    (
        "rank-class-before-a-name",
        "Petty Officer 2nd Class Jalen Hambrick, 24, said he first asked for repairs in 2025."
        '\n\n"It came back both times, bigger," Hambrick said.',
        0,
        "It came back both times, bigger,",
        "speech",
        "Hambrick",
        "Jalen Hambrick",
    ),
    (
        "body-noun-after-a-body-that-spoke",
        "In a statement, the Kessel Department of Environment said its officers had taken"
        ' samples.\n\nThe department said it "will not hesitate to take stern action."',
        0,
        "will not hesitate to take stern action.",
        "partial",
        "The department",
        "Kessel Department of Environment",
    ),
    # a present-tense "call" by a group names a term in use: a phrase
    (
        "group-call-is-a-term",
        'Ann Lee said the alarms sound too often, a problem researchers call "alarm fatigue."',
        0,
        "alarm fatigue.",
        "phrase",
        None,
        None,
    ),
    (
        "earnings-call-is-a-noun",
        "Chief Executive Ann Lee told analysts on the company's earnings call that a"
        ' "large hyperscale customer" had asked to push back deliveries.',
        0,
        "large hyperscale customer",
        "partial",
        "Chief Executive Ann Lee",
        "Ann Lee",
    ),
    # a title-case span nothing attributes: a report's, a song's or a sign's words
    (
        "orphan-title-case-is-a-phrase",
        'Ann Lee said the fund was short. A 2025 report by the Kessel fund, "Salt and the '
        'River," estimated the same gap.',
        0,
        "Salt and the River,",
        "phrase",
        None,
        None,
    ),
    # session 16: batch 11 of the pages (Hong Kong names, listed ministries, body units)
    (
        "surname-first-before-hyphenated-given-name",
        "The chairman of the Lifeguards and Pool Staff Union, Kwok Chun-hei, said numbers "
        'fell.\n\nKwok said: "It is not safe for us."',
        0,
        "It is not safe for us.",
        "speech",
        "Kwok",
        "Kwok Chun-hei",
    ),
    (
        "ministry-of-a-comma-list",
        "In a statement, the Ministry of Agriculture, Land and Fisheries said it was "
        '"aware of the concerns" of farmers.',
        0,
        "aware of the concerns",
        "partial",
        "the Ministry of Agriculture, Land and Fisheries",
        "Ministry of Agriculture, Land and Fisheries",
    ),
    (
        "ministry-for-the-x",
        'The Ministry for the Ecological Transition said the bar occupies "public land".',
        0,
        "public land",
        "partial",
        "The Ministry for the Ecological Transition",
        "Ministry for the Ecological Transition",
    ),
    (
        "a-body-s-office-speaks-for-the-body",
        "The National Weather Service cautioned that sirens are one part of a system.\n\n"
        '"Sirens alert people outside," the weather service\u2019s Norman office said.',
        0,
        "Sirens alert people outside,",
        "speech",
        "the weather service\u2019s Norman office",
        "National Weather Service",
    ),
    (
        "acronym-and-town-name-a-body",
        '"We are doing everything possible," DEYA Ammoudelis said in a statement.',
        0,
        "We are doing everything possible,",
        "speech",
        "DEYA Ammoudelis",
        "DEYA Ammoudelis",
    ),
    (
        "capitalised-role-of-a-body-then-the-name",
        "The Chairman of the Dan Hassan Tomato Sellers Association, Alhaji Tijjani Isa "
        'Tsanyawa, said: "We have never seen it this bad."',
        0,
        "We have never seen it this bad.",
        "speech",
        "Alhaji Tijjani Isa Tsanyawa",
        "Tijjani Isa Tsanyawa",
    ),
    (
        "people-of-a-place-speak",
        'Residents of a village say they are being "priced out" of their own beach.',
        0,
        "priced out",
        "partial",
        "Residents of a village",
        None,
    ),
    (
        "people-on-a-named-place-speak",
        'Traders on a Stechford shopping parade say they are being "strangled" by roadworks.',
        0,
        "strangled",
        "partial",
        "Traders on a Stechford shopping parade",
        None,
    ),
    (
        "dealers-at-a-market-in-a-place-of-a-state",
        "Dealers at the Umuagbo Timber Market in Enugu East Local Government Area of Enugu "
        "State have rejected the order, describing it as \u201ca death sentence\u201d on trade.",
        0,
        "a death sentence",
        "partial",
        "Dealers at the Umuagbo Timber Market in Enugu East Local Government Area of Enugu State",
        None,
    ),
    (
        "spokeswoman-for-a-listed-department-is-unnamed",
        "A spokeswoman for the Michigan Department of Environment, Great Lakes, and Energy said "
        'the department was "working with the township" on options.',
        0,
        "working with the township",
        "partial",
        "A spokeswoman for the Michigan Department of Environment, Great Lakes, and Energy",
        None,
    ),
    (
        "the-company-after-its-spokesman",
        'A spokesman for Brackwind Renewables said: "We have listened carefully."\n\n'
        'The company said it would pay "a meaningful sum" into a fund.',
        1,
        "a meaningful sum",
        "partial",
        "The company",
        "Brackwind Renewables",
    ),
    (
        "relative-after-age-and-home-town",
        "British expat Gordon Tulley, 72, from Stockport, who says he has eaten at the bar "
        '"every Sunday for 15 years", set up the petition.',
        0,
        "every Sunday for 15 years",
        "partial",
        "who",
        "Gordon Tulley",
    ),
    (
        "honorific-is-not-the-child",
        "Seven-year-old Maisie Brudenell waited two years.\n\nHer mother, Jodie Brudenell, "
        'says the family rang every practice.\n\n"She has her smile back," Ms Brudenell said.',
        0,
        "She has her smile back,",
        "speech",
        "Ms Brudenell",
        "Jodie Brudenell",
    ),
    (
        "the-pronoun-after-a-was-name",
        '"Every stone went back," said Ivana Matulovic, the architect who led it.\n\n'
        "The last keeper to live on the islet was Frane Bosnjak, who kept the light from 1961. "
        "He died in 2004.\n\n"
        "Matulovic said the team kept the staircase.\n\n"
        '"It took longer," she said.',
        1,
        "It took longer,",
        "speech",
        "she",
        "Ivana Matulovic",
    ),
    (
        "label-before-signs-is-a-phrase",
        "The department said it had installed two \u201cburro crossing\u201d signs in March.",
        0,
        "burro crossing",
        "phrase",
        None,
        None,
    ),
    (
        "a-ballot-word-is-a-phrase",
        'Brunck said the group would urge residents to vote "no" on the budget.',
        0,
        "no",
        "phrase",
        None,
        None,
    ),
    (
        "a-gloss-is-a-phrase",
        'The name comes from the expression "fi sabil Allah," meaning "for the sake of God," '
        "as the fountains were built for charity.",
        1,
        "for the sake of God,",
        "phrase",
        None,
        None,
    ),
    (
        "a-name-after-an-organisation-noun-is-a-phrase",
        'Normunds Klavins, chairman of the local hunting club "Dzerves", said hunters would '
        "begin work this week.",
        0,
        "Dzerves",
        "phrase",
        None,
        None,
    ),
    (
        "ministry-of-the-x-comma-list",
        "The Ministry of the Economy, Tourism and Sport said the project "
        '"meets all the conditions" for funding.',
        0,
        "meets all the conditions",
        "partial",
        "The Ministry of the Economy, Tourism and Sport",
        "Ministry of the Economy, Tourism and Sport",
    ),
    (
        "the-office-is-the-longer-office-named-before",
        "Fresno County Sheriff\u2019s Office divers recovered the boy last July.\n\n"
        '"Canals are not swimming areas," the Sheriff\u2019s Office said.',
        0,
        "Canals are not swimming areas,",
        "speech",
        "the Sheriff\u2019s Office",
        "Fresno County Sheriff\u2019s Office",
    ),
    (
        "friends-of-a-place-is-a-group",
        '"We are delighted," said a statement. "We are grateful," The Friends of Saltmead '
        "Spit said.",
        1,
        "We are grateful,",
        "speech",
        "The Friends of Saltmead Spit",
        "Friends of Saltmead Spit",
    ),
    (
        "a-mixed-case-short-name-in-brackets",
        "Wilma Macahilig is regional director of the Philippine Fiber Industry Development "
        'Authority (PhilFIDA).\n\nPhilFIDA urged farmers to "report any plant" at once.',
        0,
        "report any plant",
        "partial",
        "PhilFIDA",
        "Philippine Fiber Industry Development Authority",
    ),
    (
        "a-pronoun-of-the-other-gender-after-a-listed-first-name",
        "For Stehlik, a grant would help. She said the squad had talked about it for years.\n\n"
        "Village board chairman Jim Harnack said the board would apply.\n\n"
        '"It buys us time," she told the paper.',
        0,
        "It buys us time,",
        "speech",
        "she",
        None,
    ),
    (
        "a-ward-ends-a-place-before-a-name",
        "Councillor for Chankhanga Ward Thokozire Chirwa-Mbewe said the council had "
        'complaints.\n\n"We raised the issue," Chirwa-Mbewe said.',
        0,
        "We raised the issue,",
        "speech",
        "Chirwa-Mbewe",
        "Thokozire Chirwa-Mbewe",
    ),
    (
        "according-to-her-comma",
        "A trader, Mrs. Morenike Adeosun, said she had lost customers.\n\n"
        'According to her, "I used to sell fish. Now I buy fuel every day."',
        0,
        "I used to sell fish. Now I buy fuel every day.",
        "speech",
        "her",
        "Morenike Adeosun",
    ),
    (
        "according-to-her-plan-is-no-cue",
        'Ann Lee spoke. According to her "clawback" plan, firms must repay aid.',
        0,
        "clawback",
        "phrase",
        None,
        None,
    ),
    (
        "the-mum-of-two-is-the-mother-just-named",
        'Niamh Gilsenan, whose two children attend, said she "sat in the car and cried."\n\n'
        'The mum-of-two told the paper: "We got the letter at the door."',
        1,
        "We got the letter at the door.",
        "speech",
        "The mum-of-two",
        "Niamh Gilsenan",
    ),
    (
        "a-cueless-quote-between-its-speaker-s-paragraphs",
        "Jaswinder Bhogal, whose son attends the school, has started a petition. It had "
        'gathered 900 signatures by Monday.\n\n"A zebra crossing would be better than '
        'nothing."\n\nMr Bhogal said he had also written to the mayor.',
        0,
        "A zebra crossing would be better than nothing.",
        "speech",
        "Jaswinder Bhogal",
        "Jaswinder Bhogal",
    ),
    (
        "a-cueless-quote-after-she-says-and-they",
        'Dr Sian Moffatt said the drain is new. "It is not maintenance," Moffatt says.\n\n'
        "She says peat wetlands store carbon. Once they are drained, the peat breaks down.\n\n"
        '"You can stop the digger tomorrow, but the peat will keep slumping."',
        1,
        "You can stop the digger tomorrow, but the peat will keep slumping.",
        "speech",
        "She",
        "Sian Moffatt",
    ),
    (
        "a-tribe-is-no-person",
        "Mereana T\u016bhoro says the hap\u016b wants more. Ng\u0101ti R\u0101kau has asked the "
        'council to back a plan.\n\n"We are asking them to stop digging," she says.',
        0,
        "We are asking them to stop digging,",
        "speech",
        "she",
        "Mereana T\u016bhoro",
    ),
    (
        "a-name-before-said-and-a-noun-is-a-subject",
        "Mayor Paulette Bartlett said the news hurt.\n\nA woman outside the pharmacy, who "
        'asked not to be named, said staff were "run off their feet."\n\nBartlett said '
        "council plans to hold a meeting. She said the town has written to the premier.\n\n"
        '"We are not going to roll over," she said.',
        1,
        "We are not going to roll over,",
        "speech",
        "she",
        "Paulette Bartlett",
    ),
    (
        "according-to-the-city-of-x",
        'Ann Lee spoke.\n\nAccording to the City of Ballarat, the report found "significant '
        'deterioration" in the floor.',
        0,
        "significant deterioration",
        "partial",
        "the City of Ballarat",
        "City of Ballarat",
    ),
    (
        "every-inscription-of-a-list-is-a-phrase",
        "The protesters carried placards with inscriptions such as \u201c11 months in darkness"
        "\u201d, \u201cNo light, no bill\u201d and \u201cfix our transformer\u201d, and "
        "blocked the gate.",
        1,
        "No light, no bill",
        "phrase",
        None,
        None,
    ),
    (
        "a-report-s-title-set-off-by-commas",
        'A 2025 report by the chamber of trades, "Le pain au village", found that 27 '
        "communes had lost their bakery.",
        0,
        "Le pain au village",
        "phrase",
        None,
        None,
    ),
    (
        "a-quote-after-a-program-s-comma-with-its-cue-is-speech",
        'He cited his grant program, "states were losing money," DeSantis said.',
        0,
        "states were losing money,",
        "speech",
        "DeSantis",
        "DeSantis",
    ),
    (
        "a-body-named-a-and-b-c",
        "Newfoundland and Labrador Health Services confirmed that the clinic will close, "
        "because of what it called \u201ccritical nursing vacancies.\u201d",
        0,
        "critical nursing vacancies.",
        "partial",
        "Newfoundland and Labrador Health Services",
        "Newfoundland and Labrador Health Services",
    ),
    (
        "the-appositive-s-agent-noun-names-the-person",
        "Dr Zainab Bichi, an entomologist at Bayero University, said the pest thrives.\n\n"
        '"It is dangerous," the entomologist said.',
        0,
        "It is dangerous,",
        "speech",
        "the entomologist",
        "Zainab Bichi",
    ),
]


@pytest.mark.parametrize(
    ("body", "i", "text", "kind", "mention", "speaker"),
    [r[1:] for r in RULES],
    ids=[r[0] for r in RULES],
)
def test_attribution_rules(
    body: str, i: int, text: str, kind: str, mention: str | None, speaker: str | None
) -> None:
    row = _table(body).iloc[i]
    got = (
        row["text"],
        row["kind"],
        None if pd.isna(row["speaker_mention"]) else row["speaker_mention"],
        None if pd.isna(row["speaker"]) else row["speaker"],
    )
    assert got == (text, kind, mention, speaker)


def test_acronym_of_a_role_is_not_spelled_out_as_a_body() -> None:
    body = (
        "The Municipal Chief Executive (MCE) visited the market on Monday.\n\n"
        '"The old market is a danger to life," the MCE said.'
    )
    row = _table(body).iloc[0]
    assert (row["speaker_mention"], row["speaker"]) != ("the MCE", "Municipal Chief Executive")
    assert row["speaker_mention"] == "the MCE"


# --- PolNeAR floor -----------------------------------------------------------------------


def test_polnear_dev_floor(polnear: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    bench = Path(__file__).resolve().parents[1] / "bench"
    monkeypatch.syspath_prepend(str(bench))  # eval_quotes imports bench/_polnear.py
    path = bench / "eval_quotes.py"
    spec = importlib.util.spec_from_file_location("eval_quotes", path)
    assert spec is not None and spec.loader is not None
    module = importlib.util.module_from_spec(spec)
    sys.modules["eval_quotes"] = module
    spec.loader.exec_module(module)
    scores, _ = module.evaluate("dev")
    precision = scores.tp / scores.n_pred
    recall = scores.tp / scores.n_gold
    f1 = 2 * precision * recall / (precision + recall)
    # measured 0.94 F1 and 0.92 mention accuracy; the floor leaves room for resolver changes
    assert f1 >= 0.92
    assert scores.mention_ok / scores.mention_n >= 0.89


def test_a_unit_of_a_body_is_a_source() -> None:
    row = _table('The city\'s claims unit said it had "no prior knowledge" of the hole.').iloc[0]
    assert (row["kind"], row["speaker_mention"], row["method"]) == (
        "partial",
        "The city's claims unit",
        "description",
    )


def test_a_conjunction_of_names_is_no_body_name() -> None:
    body = (
        "The State Department has been analyzing the emails.\n\nClinton and the State"
        ' Department have said that none of it was marked.\n\nThe FBI was "working on'
        ' matters related to" the server. The agency declined to comment.\n\n"We have no'
        ' comment," the agency said.'
    )
    assert "Clinton and the State Department" not in set(_table(body)["speaker"].dropna())


def test_villagers_of_a_place_are_no_place_speaker() -> None:
    row = _table('Villagers in Wrottesford say they will be "prisoners in our own homes."').iloc[0]
    assert (pd.isna(row["speaker"]), row["speaker_mention"], row["method"]) == (
        True,
        "Villagers in Wrottesford",
        "description",
    )


# (id, body, quote text, speaker, method): a document's author speaks through it, and a
# body the text labelled with a noun is "the <noun>"
DOCUMENT_AUTHORS = [
    (
        "statement-after-said-in",
        "The Tarvin Water Board said in a statement that the pumps were fixed.\n\n"
        '"Supply will be normal by Friday," the statement said.',
        "Supply will be normal by Friday,",
        "Tarvin Water Board",
        "document",
    ),
    (
        "release-after-in-a-release-comma",
        "In a press release issued on Monday, Corvel Mills said the delay was short.\n\n"
        '"We regret the delay," the release said.',
        "We regret the delay,",
        "Corvel Mills",
        "document",
    ),
    (
        "report-published-by-subject",
        "In 2022, the Harlow Finance Committee published a report on rural clinics.\n\n"
        'The report urged lawmakers to find "a recurring funding stream" for them.',
        "a recurring funding stream",
        "Harlow Finance Committee",
        "document",
    ),
    (
        "report-released-by-agent",
        "A report released last month by the Dunmore Rivers Alliance counted 40 weirs.\n\n"
        '"Most of them are useless," according to the report.',
        "Most of them are useless,",
        "Dunmore Rivers Alliance",
        "document",
    ),
    (
        "letter-name-sent",
        "Parents were told on Monday. Principal Oskar Vendt wrote to them again.\n\n"
        'The plan was "unfair to every family," according to a letter Vendt sent to '
        "parents last month.",
        "unfair to every family,",
        "Oskar Vendt",
        "document",
    ),
    (
        "possessive-pronoun-report",
        "Surveyor Ana Lisko inspected the orchard in March.\n\n"
        'The damage was "no more than minor," according to her report.',
        "no more than minor,",
        "Ana Lisko",
        "document",
    ),
    (
        "which-was-signed-by",
        "The carrier told drivers in a letter that it would close.\n\n"
        'Closing was "the hardest call I have made," according to the letter, which was'
        " signed by chief executive Rhona Gallt.",
        "the hardest call I have made,",
        "Rhona Gallt",
        "document",
    ),
    (
        "labelled-group-owns-report",
        "Mira Cole, who chairs Ride Fair Ostley, a group that represents riders, spoke.\n\n"
        "The group's new report counted 212 outages. According to the report, the average"
        ' outage lasted "just over nine hours."',
        "just over nine hours.",
        "Ride Fair Ostley",
        "document",
    ),
    (
        "in-a-statement-name-with-acronym",
        "In a statement on Friday, the Ministry of Water Services (MWS) said it knew.\n\n"
        '"A new tank is coming," the statement said.',
        "A new tank is coming,",
        "Ministry of Water Services",
        "document",
    ),
    (
        "labelled-with-a-place-before-the-noun",
        "The block is run by Harlan Ridge Property Management, an Evansville, Indiana-based"
        ' company.\n\n"We share the frustration," the company said.',
        "We share the frustration,",
        "Harlan Ridge Property Management",
        "alias",
    ),
    (
        "labelled-body-speaks",
        "On Monday, Save Our Coves Arden, a campaign group, met the minister.\n\n"
        '"It is not enough," the group said.',
        "It is not enough,",
        "Save Our Coves Arden",
        "alias",
    ),
]


@pytest.mark.parametrize(
    ("body", "quote", "speaker", "method"),
    [case[1:] for case in DOCUMENT_AUTHORS],
    ids=[case[0] for case in DOCUMENT_AUTHORS],
)
def test_a_document_speaks_for_its_author(body: str, quote: str, speaker: str, method: str) -> None:
    df = _table(body)
    row = df[df["text"] == quote].iloc[0]
    assert (row["speaker"], row["method"]) == (speaker, method)


# (id, body, quote text): no author given, so no name
UNAUTHORED_DOCUMENTS = [
    (
        "statement-of-an-unnamed-spokesperson",
        "In a written statement, a spokesperson said the firm regretted the loss.\n\n"
        '"We deeply regret it," the statement said.',
        "We deeply regret it,",
    ),
    (
        "a-spokesperson-is-no-label-of-the-outlet",
        "The motel's owner, Ponderosa Ridge LLC, bought it in February. In an email to KUNR,"
        " a spokesperson for the company said it would reopen.\n\n"
        '"We understand this is difficult," the spokesperson wrote.',
        "We understand this is difficult,",
    ),
    (
        "report-presented-without-author",
        'Noise would stay "within acceptable limits", according to a report presented to'
        " councillors.",
        "within acceptable limits",
    ),
    (
        "its-report-of-an-unnamed-office",
        "The plan leans on new shops, according to the city's budget office.\n\n"
        "If sales lag, the office said, taxes will cover it. Its report called the estimates"
        ' "achievable but optimistic."',
        "achievable but optimistic.",
    ),
]


@pytest.mark.parametrize(
    "body, quote",
    [case[1:] for case in UNAUTHORED_DOCUMENTS],
    ids=[case[0] for case in UNAUTHORED_DOCUMENTS],
)
def test_a_document_without_an_author_names_no_one(body: str, quote: str) -> None:
    df = _table(body)
    assert pd.isna(df[df["text"] == quote].iloc[0]["speaker"])


# (id, body, quote text, speaker): a body's whole name, as the mention writes it
WHOLE_BODY_NAMES = [
    (
        "plural-possessive",
        'The Tarrow Traders’ Association said it was "disappointed" by the plan.',
        "disappointed",
        "Tarrow Traders’ Association",
    ),
    (
        "plural-possessive-straight",
        'The Ferndale Boat Owners\' Association said the thefts caused "real anxiety".',
        "real anxiety",
        "Ferndale Boat Owners' Association",
    ),
    (
        "singular-possessive",
        'The Orkney Creel Fishermen’s Association said it "warmly welcomed" the plan.',
        "warmly welcomed",
        "Orkney Creel Fishermen’s Association",
    ),
    (
        "the-last-word-of-a-long-name",
        "The Madhya Pradesh Nagrik Adhikar Manch, a rights group, said in a statement that"
        ' he was the fifth to die.\n\n"Each time, the inquiry ends," the Manch said.',
        "Each time, the inquiry ends,",
        "Madhya Pradesh Nagrik Adhikar Manch",
    ),
    (
        "acronym-lead",
        '"We will write to every patient," NHS Orkney Islands said.',
        "We will write to every patient,",
        "NHS Orkney Islands",
    ),
    (
        "acronym-lead-with-and",
        'In a statement, HSE Midlands and North West said the move was "to ensure safe staffing".',
        "to ensure safe staffing",
        "HSE Midlands and North West",
    ),
]


@pytest.mark.parametrize(
    ("body", "quote", "speaker"),
    [case[1:] for case in WHOLE_BODY_NAMES],
    ids=[case[0] for case in WHOLE_BODY_NAMES],
)
def test_a_body_keeps_its_whole_name(body: str, quote: str, speaker: str) -> None:
    df = _table(body)
    assert df[df["text"] == quote].iloc[0]["speaker"] == speaker


def test_a_predicate_noun_brings_in_no_one_new() -> None:
    body = (
        "The meeting will be chaired by the parish priest, Fr Liam Dunne.\n\n"
        "Respite care\n\n"
        "Louise Shee's father has been a long-stay resident on the ward since 2023.\n\n"
        '"But what happens the next time? Dad is 91," she told the paper.'
    )
    row = _table(body).iloc[0]
    assert (row["speaker"], row["method"]) == ("Louise Shee", "pronoun")


@pytest.mark.parametrize(
    ("body", "quote", "speaker"),
    [
        (  # the pronoun of a fronted clause means the subject named after its comma
            '"He is working full time," Raj Johal told court.\n\nBefore he was sentenced,'
            ' Dustin Kuzak stood and turned to the gallery. He said: "I am sorry."',
            "I am sorry.",
            "Dustin Kuzak",
        ),
        (  # a statement read to the court is no cue: its author speaks in the next paragraph
            "In a victim impact statement read to the court, Malcolm Scorfield said the theft"
            ' had hurt him.\n\n"I saved for that engine for two years."',
            "I saved for that engine for two years.",
            "Malcolm Scorfield",
        ),
        (  # "read in part" is the statement's cue
            "The chairman, Mr Kayode Balogun, said in a statement on Monday that the shops"
            " were unsafe.\n\nThe statement read in part, “The council served notices in"
            " January.”",
            "The council served notices in January.",
            "Kayode Balogun",
        ),
    ],
)
def test_speaker_across_a_fronted_clause_or_a_read_statement(
    body: str, quote: str, speaker: str
) -> None:
    df = _table(body)
    assert df[df["text"] == quote].iloc[0]["speaker"] == speaker


def test_according_to_him_keeps_the_speaker_salient() -> None:
    body = (
        '"Every time I raise it, they tell me to wait," Mr. Kwame Frimpong said.\n\n'
        "According to him, the contractor, Mr. Emmanuel Kyei, is yet to be paid, and has"
        " refused to hand over the keys.\n\n"
        '"The contractor says he will not release the keys until he is paid," he lamented.'
    )
    df = _table(body)
    assert df[df["text"].str.startswith("The contractor")].iloc[0]["speaker"] == "Kwame Frimpong"


@pytest.mark.parametrize(
    ("body", "speaker"),
    [
        (  # a capitalised role and its domain, then the name set off by commas
            "Director of the Vientiane Capital Department of Public Works and Transport, Mr"
            ' Khamsing Phommavong, said "Many of our roads were built for cars."',
            "Khamsing Phommavong",
        ),
        (  # the domain's common words are no part of the name
            'Director of Nursing Tereapii Mataroa said "We can find the nurses."',
            "Tereapii Mataroa",
        ),
    ],
)
def test_a_role_of_a_domain_before_a_name(body: str, speaker: str) -> None:
    assert _table(body).iloc[0]["speaker"] == speaker


def test_the_acronym_of_a_role_is_its_holder() -> None:
    body = (
        "Deputy Public Prosecutor (DPP) Ann Lee asked for a deterrent term.\n\n"
        'Seeking a long sentence, the DPP said the accused had "abused the trust placed in her".'
    )
    row = _table(body).iloc[0]
    assert (row["speaker"], row["speaker_mention"], row["method"]) == (
        "Ann Lee",
        "the DPP",
        "alias",
    )


BATCH_19_RULES = [
    (  # "known to <whom> as" names a thing, however long the "to" phrase
        "known-to-a-long-phrase-as",
        "The mill's afternoon shift, known to generations of North-West workers as"
        " \u201cthe Long Shed\u201d, would finish, Ann Lee said.",
        0,
        "the Long Shed",
        "phrase",
        None,
        None,
    ),
    (  # passive "branded" gives a name
        "to-be-branded",
        "The State Cabinet cleared the project, to be branded \u201cKarmi Basa\u201d, on Tuesday.",
        0,
        "Karmi Basa",
        "phrase",
        None,
        None,
    ),
    (  # active "branded" is a speaker's verdict
        "branded-by-critics",
        "Critics branded the plan \u201ca farce\u201d on Tuesday.",
        0,
        "a farce",
        "partial",
        "Critics",
        None,
    ),
    (  # "ruled" after a quote is its cue
        "ruled-after-a-quote",
        "Her Worship Magistrate Adama Marrah heard the case on Monday.\n\n"
        "\u201cBail is refused,\u201d Magistrate Marrah ruled.",
        0,
        "Bail is refused,",
        "speech",
        "Magistrate Marrah",
        "Adama Marrah",
    ),
    (  # "the initiative" is the one body the text labelled so, past a possessive
        "the-workers-initiative-x",
        "The exiled workers\u2019 initiative Pratsa said in a statement that plants had cut"
        " hours.\n\n\u201cWorkers are being made to pay,\u201d the initiative said.",
        0,
        "Workers are being made to pay,",
        "speech",
        "the initiative",
        "Pratsa",
    ),
    (  # a portfolio after a title is no person: "she" is the secretary
        "portfolio-is-no-person",
        "Sasmita Routray, Principal Secretary, Housing and Urban Development, said the"
        " formula was fair. Wages will be checked, she said.\n\n"
        "\u201cWe did not want that,\u201d she told businessline.",
        0,
        "We did not want that,",
        "speech",
        "she",
        "Sasmita Routray",
    ),
    (  # a phrase in straight single marks on a page quoting speech in curly double ones
        "straight-single-phrase-under-curly-doubles",
        "Recorder Simon Tizzard told Dawe he had come 'within a whisker' of prison. It's"
        " over, he said.\n\n\u201cYou were lucky,\u201d the recorder said.",
        0,
        "within a whisker",
        "partial",
        "Recorder Simon Tizzard",
        "Simon Tizzard",
    ),
    (  # the second part of a split quote runs on: the next paragraph keeps its speaker
        "split-quote-running-on",
        "Recorder Simon Tizzard told Dawe he was lucky.\n\n\u201cYou targeted a"
        " charity,\u201d the recorder said, \u201cand you did it three times.\n\n"
        "\u201cWhat has saved you is your plea.\u201d",
        2,
        "What has saved you is your plea.",
        "speech",
        "the recorder",
        "Simon Tizzard",
    ),
    (  # a gendered epithet after the named woman's own quote sentences
        "epithet-after-her-quote-sentences",
        "Masego Tlhalerwa, a machine operator, said her name was read out.\n\n"
        "\u201cThey read our names,\u201d Tlhalerwa said. \u201cSome of us cried.\u201d\n\n"
        "The single mother of three said the package would \u201cnot even last until"
        " August\u201d once rent was paid.",
        2,
        "not even last until August",
        "partial",
        "The single mother of three",
        "Masego Tlhalerwa",
    ),
    (  # "the company" after a name ending in "Works"
        "works-is-a-company",
        "In a written response, Kgwebo Leather Works said orders had fallen.\n\n"
        "\u201cThis is a painful decision,\u201d the company said.",
        0,
        "This is a painful decision,",
        "speech",
        "the company",
        "Kgwebo Leather Works",
    ),
    (  # the second of two places after "in" says nothing
        "a-place-after-in-x-and",
        "A trader who supplies chains in Penang and Surabaya said buyers had changed.\n\n"
        '"Nobody asked me. Now they do," said the trader.',
        0,
        "Nobody asked me. Now they do,",
        "speech",
        "the trader",
        None,
    ),
    (  # a cue-less quote paragraph after one about a person described by her age
        "quote-paragraph-after-an-epithet-subject",
        "For Maisie Dalwurra, who travels to Katherine for dialysis, the news is good.\n\n"
        "The 58-year-old grandmother from Garrawan spent two years in a hostel in Darwin.\n\n"
        "\u201cBeing in Darwin, you\u2019re on your own.\u201d",
        0,
        "Being in Darwin, you\u2019re on your own.",
        "speech",
        "The 58-year-old grandmother",
        "Maisie Dalwurra",
    ),
    (  # "the group" is the one body whose name ends in "Group"
        "the-group-after-a-name-ending-in-group",
        "The Katherine Renal Support Group, a network of patients, welcomed the funding."
        " In a post, the group described it as \u201ca win for every family\u201d.",
        0,
        "a win for every family",
        "partial",
        "the group",
        "Katherine Renal Support Group",
    ),
    (  # a company's one-word short name is no person ("Composites" heads a firm's name)
        "short-name-of-a-composites-firm",
        "About 310 workers at Pilchuck Precision Composites voted.\n\nPilchuck said the"
        " offer was \u201cthe strongest in our history.\u201d",
        0,
        "the strongest in our history.",
        "partial",
        "Pilchuck",
        "Pilchuck Precision Composites",
    ),
    (  # the first of two Spanish surnames alone names the person
        "first-surname-alone",
        "Jacinto Olmedo Reyes has picked grapes for 19 years.\n\n"
        "\u201cWe pay $2,100 for one room,\u201d Olmedo said.",
        0,
        "We pay $2,100 for one room,",
        "speech",
        "Olmedo",
        "Jacinto Olmedo Reyes",
    ),
    (  # "Garda" is an Irish police officer's title
        "garda-is-a-title",
        "Garda Cathal Ahearne gave evidence on Tuesday.\n\n"
        "\u201cI had to jump out of the way,\u201d Garda Ahearne told the court.",
        0,
        "I had to jump out of the way,",
        "speech",
        "Garda Ahearne",
        "Cathal Ahearne",
    ),
    (  # "the court" is the one court the text named
        "the-court-after-its-name",
        "Trøndelag District Court on Wednesday sentenced a man to prison.\n\n"
        '"The defendant knew his customers were vulnerable," the court wrote.',
        0,
        "The defendant knew his customers were vulnerable,",
        "speech",
        "the court",
        "Trøndelag District Court",
    ),
    (  # "The court heard" reports what others said: the court is no speaker
        "the-court-heard",
        "He pleaded guilty at Alloa Sheriff Court last month.\n\nThe court heard Lumsden"
        " cold-called at homes, telling residents he was working \u201cjust round the"
        " corner\u201d.",
        0,
        "just round the corner",
        "partial",
        "The court",
        None,
    ),
    (  # a body named in lower case after a place: "the police district"
        "a-lower-case-body-name",
        "Trøndelag police district, which investigated the case, said more had come"
        ' forward.\n\n"We encourage anyone to report it," the police district said.',
        0,
        "We encourage anyone to report it,",
        "speech",
        "the police district",
        "Trøndelag police district",
    ),
    (  # "brought him" after "whose son": the object is the son, no gender of hers
        "object-him-in-the-subject-s-clause",
        '"We have applications," said Oleh Danylenko, head of the department.\n\n'
        "Viktoriia Stelmakh, whose son is in the fifth grade, brought him to the school.\n\n"
        '"He was nervous. When I picked him up, he could not stop talking," she said.',
        1,
        "He was nervous. When I picked him up, he could not stop talking,",
        "speech",
        "she",
        "Viktoriia Stelmakh",
    ),
    (  # a co-op named after its valley is one body
        "a-co-op-named-after-a-valley",
        "In a statement, the Skaha Valley Fruit Packers Co-op said its offer was"
        " \u201cfair and responsible\u201d given the pressure.",
        0,
        "fair and responsible",
        "partial",
        "the Skaha Valley Fruit Packers Co-op",
        "Skaha Valley Fruit Packers Co-op",
    ),
    (  # a firm's short name that opens with a given name, after the text gave it in full
        "short-name-after-the-full-one",
        "Workers at Sun Ridge Berry Packers voted to join the union.\n\n"
        "In a written statement, Sun Ridge said it \u201crespects the choice of our"
        " employees\u201d.",
        0,
        "respects the choice of our employees",
        "partial",
        "Sun Ridge",
        "Sun Ridge Berry Packers",
    ),
    (  # the writer's words: an offer in the clause she reports makes no speaker
        "an-offer-inside-reported-writing",
        "In a 14-page opinion, Circuit Judge Evelyn Selby wrote that the sheriff\u2019s office"
        " had offered \u201cno more than a generalized fear\u201d of harm.",
        0,
        "no more than a generalized fear",
        "partial",
        "Circuit Judge Evelyn Selby",
        "Evelyn Selby",
    ),
    (  # a quote paragraph after "Name ... His family ...": still about him
        "quote-paragraph-after-his-family",
        "Dale Vanderwall milks 140 cows on a farm that borders the site. His family has"
        " worked the land since 1911.\n\n\u201cWhen my dad drilled that well, nobody was"
        " talking about computers.\u201d",
        0,
        "When my dad drilled that well, nobody was talking about computers.",
        "speech",
        "Dale Vanderwall",
        "Dale Vanderwall",
    ),
    (  # "the district" is the one district the text named, "the club" the one club
        "the-district-and-the-club",
        "The Kaukauna Area School District banned phones this year.\n\n"
        "\u201cFamilies can still reach their children,\u201d the district said.",
        0,
        "Families can still reach their children,",
        "speech",
        "the district",
        "Kaukauna Area School District",
    ),
    (  # a body's name before a possessive still names it
        "the-council-after-its-possessive",
        "Suffolk County Council's cabinet approved the scheme on Tuesday.\n\nThe county"
        ' council said pupils would be offered places "in the coming weeks".',
        0,
        "in the coming weeks",
        "partial",
        "The county council",
        "Suffolk County Council",
    ),
    (  # a role and its "of" phrase before "the Rev <name>": no one new for "she"
        "role-of-a-church-then-the-rev-name",
        "Speaking after the case, the minister of Drumcairn Parish Church, the Rev Elspeth"
        " Garrow, told the paper that the congregation had raised money.\n\n"
        '"We were heartbroken," she said.',
        0,
        "We were heartbroken,",
        "speech",
        "she",
        "Elspeth Garrow",
    ),
    (  # "Det Gda" (Garda) and a craft ("Shipwright") before a name are no part of it
        "gda-and-shipwright",
        "Det Gda Deirdre Hartery led the case. Shipwright Dave Coverdale, who has worked at"
        ' the yard for 31 years, said: "Clive did everything he could."',
        0,
        "Clive did everything he could.",
        "speech",
        "Shipwright Dave Coverdale",
        "Dave Coverdale",
    ),
    (  # two initials after a title open the name ("Cllr PJ Lernihan"); "MK" is a title
        "initials-after-a-title",
        "Cllr PJ Lernihan (FG), who seconded the motion, said councillors must act. Party"
        " chair MK Mansour al-Khatib said little.\n\n\u201cIf we don\u2019t deal with it"
        " now,\u201d Lernihan said.",
        0,
        "If we don\u2019t deal with it now,",
        "speech",
        "Lernihan",
        "PJ Lernihan",
    ),
    (  # a minister of three portfolios, then the name set off by commas and "said"
        "minister-of-a-list-then-the-name",
        "Minister of Commerce, Industry and Labour, Lealaiauloto Fetu Fuimaono, said the move"
        " was part of a plan.\n\n\u201cOur vendors deserve a roof,\u201d Lealaiauloto said.",
        0,
        "Our vendors deserve a roof,",
        "speech",
        "Lealaiauloto",
        "Lealaiauloto Fetu Fuimaono",
    ),
    (  # a "whose" clause with its own verb: the cue after it is its owner's
        "whose-clause-then-the-cue",
        "Managing director Clive Brantingham, whose late father, Arthur Brantingham, founded"
        " the business, said there was \u201cnowhere left to turn\u201d.",
        0,
        "nowhere left to turn",
        "partial",
        "Managing director Clive Brantingham",
        "Clive Brantingham",
    ),
    (  # without a verb of its own the "whose" clause's cue is its named person's
        "whose-clause-without-a-verb",
        "The plan drew fire from the Conservatives, whose group leader on the council,"
        " Torben Vinding, called it a \u201cbike tax by the back door\u201d.",
        0,
        "bike tax by the back door",
        "partial",
        "Torben Vinding",
        "Torben Vinding",
    ),
    (  # a name that modifies a plural role names no one ("two Ojo Seco students")
        "name-before-a-plural-role",
        'Staff at Ojo Seco High School said the clinic helped.\n\n"My son trusts his'
        ' counselor," said a parent of two Ojo Seco students, who asked not to be named.',
        0,
        "My son trusts his counselor,",
        "speech",
        "a parent of two Ojo Seco students",
        None,
    ),
    (  # a role with an "of" phrase, then the name set off by commas
        "role-of-a-body-then-the-name",
        "The chairwoman of the plant\u2019s trade union committee, Valiantsina Kruk, spoke"
        " to staff.\n\n\u201cWe will not sign,\u201d she said.",
        0,
        "We will not sign,",
        "speech",
        "she",
        "Valiantsina Kruk",
    ),
]


#: A long stretch of story between a company's introduction and "the company said".
FILLER = " ".join(
    ["The staff worked on the frames through the winter, and orders came from all over."] * 20
)


BATCH_21_RULES = [
    (  # a body's name joining capitalised words with "and", ending in an organisation word
        "body-name-with-and",
        "In a statement, the Royal Saba and Keyes Islands Fire Service (RSKIFS) said:"
        ' "Check your alarms."',
        0,
        "Check your alarms.",
        "speech",
        "Royal Saba and Keyes Islands Fire Service",
        "Royal Saba and Keyes Islands Fire Service",
    ),
    (  # "the association": the whole name, both "of" parts
        "body-name-with-two-of-parts",
        "The Association of Boat Owners of the Corrib Estuary (ABOCE) said the plan was"
        ' rushed.\n\n"We were never asked," the association said.',
        0,
        "We were never asked,",
        "speech",
        "the association",
        "Association of Boat Owners of the Corrib Estuary",
    ),
    (  # an advisory firm is no person: "the firm" is it
        "advisory-firm",
        "In a statement, Hollin Brack Advisory said it would sell the site.\n\n"
        '"We regret the losses," the firm said.',
        0,
        "We regret the losses,",
        "speech",
        "the firm",
        "Hollin Brack Advisory",
    ),
    (  # an occupation of the role list reads the subject "Urban planner X" before a
        # cue-less quote paragraph
        "occupation-before-name-then-cue-less-quote",
        "The city has a plan for new flats, officials said on Monday.\n\nUrban planner Ruzanna"
        " Khachatryan, who has studied housing for years, believes the problem was never only"
        " about money.\n\n\u201cEach programme solved the problem of the families on a"
        " list.\u201d",
        0,
        "Each programme solved the problem of the families on a list.",
        "speech",
        "Urban planner Ruzanna Khachatryan",
        "Ruzanna Khachatryan",
    ),
    (  # "what one official called": the official's words, not a thing named "called"
        "what-a-described-person-called",
        'The results could set off what one official called "a panic we cannot staff,"'
        " emails show.",
        0,
        "a panic we cannot staff,",
        "partial",
        "one official",
        None,
    ),
    (  # ... while "a group called" names a thing
        "a-group-called",
        'Residents formed a group called "Save the Pier."',
        0,
        "Save the Pier.",
        "phrase",
        None,
        None,
    ),
    (  # "the school": the one school the text named
        "the-school-named-before",
        "Staff at Drumcrin Primary School said the plan was unfair.\n\n"
        "\u201cWe will fight it,\u201d the school said in a statement.",
        0,
        "We will fight it,",
        "speech",
        "the school",
        "Drumcrin Primary School",
    ),
    (  # a company introduced with ", which" is "the company" a long story later
        "company-with-which-far-back",
        "Harlow & Strand, which has built frames in the city since 1896, is now owned by its"
        " staff.\n\n" + FILLER + "\n\nIn a statement, the company said the move would"
        ' "secure the future of hand-building".',
        0,
        "secure the future of hand-building",
        "partial",
        "the company",
        "Harlow & Strand",
    ),
    (  # ... but not a place introduced so after "in"
        "place-with-which-is-no-company",
        "About 80 families in Taman Seri Jaya, which sits near the quarry, complained.\n\n"
        + FILLER
        + "\n\nThe company also said it would inspect the houses, calling the claims"
        ' "premature" for now.',
        0,
        "premature",
        "partial",
        "The company",
        None,
    ),
    (  # "the council's planning report": the one council the text named
        "body-owning-a-document",
        "The plan was approved by Galway County Council on Monday.\n\nAccording to the"
        " council\u2019s planning report, the extension is \u201csympathetic to the character"
        " of the protected structure\u201d.",
        0,
        "sympathetic to the character of the protected structure",
        "partial",
        "the council\u2019s planning",
        "Galway County Council",
    ),
    (  # ... not "the authority's deputy director": a person
        "body-owning-a-role-is-a-person",
        "The Coffee and Tea Authority issued a directive.\n\nThe authority\u2019s deputy"
        " director said in a statement that it had been \u201ccommunicated well in"
        " advance\u201d.",
        0,
        "communicated well in advance",
        "partial",
        "The authority\u2019s deputy director",
        None,
    ),
    (  # "a statement from the Town of X": a town's government speaks
        "statement-from-a-town",
        "The town was sued in May.\n\nOfficers \u201cacted within policy,\u201d according to"
        " a statement from the Town of Oro Valley.",
        0,
        "acted within policy,",
        "partial",
        "a statement from the Town of Oro Valley",
        "Town of Oro Valley",
    ),
    (  # a company with the suffix "LLP" is "the company"
        "company-suffix-llp",
        "The developer, Nurly Qala Development LLP, had proposed 14 buildings. In a statement,"
        " the company said it \u201crespects the decision of the deputies\u201d.",
        0,
        "respects the decision of the deputies",
        "partial",
        "the company",
        "Nurly Qala Development LLP",
    ),
    (  # capitalised words before a body's name belong to it (a place that opens with a
        # title word: "Prince Albert")
        "body-name-after-a-place-with-a-title-word",
        "Police were called at 2 a.m.\n\n\u201cFires like this one put lives at risk,\u201d"
        " the Prince Albert Police Service said in a statement.",
        0,
        "Fires like this one put lives at risk,",
        "speech",
        "the Prince Albert Police Service",
        "Prince Albert Police Service",
    ),
    (  # ... but not a modifier with a hyphen ("Taliban-run")
        "hyphen-modifier-before-a-body",
        "The appeal was heard in May.\n\nThe Taliban-run Herat Appeals Court said the ruling"
        " was \u201cin full accordance with the law\u201d.",
        0,
        "in full accordance with the law",
        "partial",
        "The Taliban-run Herat Appeals Court",
        "Herat Appeals Court",
    ),
    (  # "the company called "...."": the company's word, no name given
        "the-company-called",
        "Workers voted to form a union, a result organizers called a turning point and the"
        " company called \u201cdisappointing.\u201d",
        0,
        "disappointing.",
        "partial",
        "the company",
        None,
    ),
    (  # "a victim statement read to the court": "read" reports nothing there, so the name
        # after the comma is the sentence's subject, and "he" is his
        "statement-read-to-the-court",
        "Kyle Bewick, 31, admitted three thefts.\n\nIn a victim statement read to the court,"
        " plumber Mark Stobbart said the theft had cost him far more than the tools.\n\n"
        "\u201cI had to cancel four days of jobs,\u201d he said.",
        0,
        "I had to cancel four days of jobs,",
        "speech",
        "he",
        "Mark Stobbart",
    ),
    (  # "during public question time" holds no cue: the quote paragraph is the named
        # subject's
        "question-time-is-no-cue",
        "The executive met on Tuesday.\n\nMargaret Hembrow, chair of the Friends of the"
        " Library, addressed the executive during public question time.\n\n"
        '"Half of the people who come through our doors have nowhere else to go."',
        0,
        "Half of the people who come through our doors have nowhere else to go.",
        "speech",
        "Margaret Hembrow",
        "Margaret Hembrow",
    ),
]


#: Rules of session 22 (batch 23 of the pages), one general case each.
BATCH_23_RULES = [
    (  # "the sheriff's office": a possessive modifier of the named office
        "possessive-office",
        "The Ashgrove County Sheriff's Office, which led the search, said in a statement"
        ' that it hoped for calm.\n\n"Fireworks and dry grass do not mix," the sheriff\'s'
        " office said.",
        0,
        "Fireworks and dry grass do not mix,",
        "speech",
        "the sheriff's office",
        "Ashgrove County Sheriff's Office",
    ),
    (  # a body named before its officer's name in one capitalised run
        "body-before-officer-name",
        "Secretary of the Millbrook Fishers' Welfare Society Tomas Reyes said members were"
        ' angry.\n\nThe Society said it would "appeal the decision" next week.',
        0,
        "appeal the decision",
        "partial",
        "The Society",
        "Millbrook Fishers' Welfare Society",
    ),
    (  # "council said" without an article, as Australian papers write it
        "bare-council",
        "The Baxter Shire Council voted on Monday to shut the pool.\n\nIn a statement,"
        ' council said the pool was "beyond repair".',
        0,
        "beyond repair",
        "partial",
        "council",
        "Baxter Shire Council",
    ),
    (  # a lead's first word in capitals is not part of the council's name as written
        "shouted-lead-word",
        "CORRIN Shire Council has voted to close the pool.\n\nIn a statement, council said"
        ' the pool was "unsafe".',
        0,
        "unsafe",
        "partial",
        "council",
        "Corrin Shire Council",
    ),
    (  # "the company": the company's full name the story gave first
        "company-full-name",
        "The site was bought by Kestrel Ridge Residential, a Denver company.\n\nKestrel"
        ' Ridge said it would rebuild.\n\n"We will be fair to every tenant," the company'
        " said.",
        0,
        "We will be fair to every tenant,",
        "speech",
        "the company",
        "Kestrel Ridge Residential",
    ),
    (  # the directors of a firm speak as the firm
        "directors-of-a-firm",
        "In a statement, the directors of Pellow Joinery said they had tried"
        ' "every avenue" to keep the plant open.',
        0,
        "every avenue",
        "partial",
        "the directors of Pellow Joinery",
        "Pellow Joinery",
    ),
    (  # "&" inside a body's name
        "ampersand-in-body-name",
        'The Alder Creek & District Trades Council said it "stands with the strikers".',
        0,
        "stands with the strikers",
        "partial",
        "Alder Creek & District Trades Council",
        "Alder Creek & District Trades Council",
    ),
    (  # a plural possessive inside a body's name
        "plural-possessive-body",
        'The Ban Me Thuot Pepper Growers\' Association said it wanted "fair prices".',
        0,
        "fair prices",
        "partial",
        "The Ban Me Thuot Pepper Growers' Association",
        "Ban Me Thuot Pepper Growers' Association",
    ),
    (  # "Tulsa-based" is no part of the builder's name
        "based-modifier",
        "Tulsa-based Redfern Builders began work in May.\n\nIn a statement, Redfern"
        ' Builders said it would finish "well before winter".',
        0,
        "well before winter",
        "partial",
        "Redfern Builders",
        "Redfern Builders",
    ),
    (  # a study's author speaks through it; a fragment of the reporter's sentence
        "study-by-author",
        'The bridge is "structurally deficient," according to a study by Norman-based'
        " Calloway Engineering.",
        0,
        "structurally deficient,",
        "partial",
        "a study by Norman-based Calloway Engineering",
        "Calloway Engineering",
    ),
    (  # a cue with its subject right before the quote wins over a later "it says"
        "before-cue-wins-over-later-says",
        'In a statement, Durres Municipality said the report "ignores the new schools"'
        " built by the city, pointing to 400 flats it says will open.",
        0,
        "ignores the new schools",
        "partial",
        "Durres Municipality",
        "Durres Municipality",
    ),
    (  # "and" joins a body's name that ends in a place
        "body-with-and-ending-in-a-place",
        'Health and Care Alderney said the service was "under active review".',
        0,
        "under active review",
        "partial",
        "Health and Care Alderney",
        "Health and Care Alderney",
    ),
    (  # the owner of a body is no part of its name
        "owner-before-body",
        'The USDA’s Agricultural Marketing Service said the plan was "on track" for July.',
        0,
        "on track",
        "partial",
        "The USDA’s Agricultural Marketing Service",
        "Agricultural Marketing Service",
    ),
    (  # an acronym of the name in another language, defined in brackets
        "acronym-of-a-translated-name",
        "Prosecutors with the National Integrity Directorate (DIN) filed charges.\n\n"
        '"He took bribes for years," the DIN said.',
        0,
        "He took bribes for years,",
        "speech",
        "the DIN",
        "National Integrity Directorate",
    ),
    (  # "Procurator" is a title
        "procurator-title",
        'Procurator Lê Thị Mai said the scheme was "organised and professional".',
        0,
        "organised and professional",
        "partial",
        "Procurator Lê Thị Mai",
        "Lê Thị Mai",
    ),
    (  # "Alkalo" (a Gambian village head) is a title
        "alkalo-title",
        'Alkalo Lamin Darboe said: "We waited years for this clinic."',
        0,
        "We waited years for this clinic.",
        "speech",
        "Alkalo Lamin Darboe",
        "Lamin Darboe",
    ),
    (  # "by" after what a statement says names no author
        "statement-that-then-by",
        "Osaka Harbour Housing Corp. manages the estate.\n\nThe corporation said in a"
        " statement that it would decide by March.\n\n"
        '"Aging estates are a welfare issue," the statement said.',
        0,
        "Aging estates are a welfare issue,",
        "speech",
        "the statement",
        "Osaka Harbour Housing Corp.",
    ),
    (  # a notice from a company, "saying": the company's words
        "notice-from-a-company-saying",
        "Workers found a notice from Dong Tien Textile Co. saying production was"
        ' "suspended for restructuring."',
        0,
        "suspended for restructuring.",
        "partial",
        "a notice from Dong Tien Textile Co.",
        "Dong Tien Textile Co.",
    ),
    (  # "the company": a company's short name opening a sentence, its full name given first
        "company-opening-a-sentence",
        "Workers at Pine Hollow Packing voted for a union on Thursday.\n\nPine Hollow was"
        ' founded in 1958.\n\n"We will review the results," the company said in a statement.',
        0,
        "We will review the results,",
        "speech",
        "the company",
        "Pine Hollow Packing",
    ),
    (  # a plural title before two names
        "plural-title-before-names",
        "The council voted 3-2. Councilmembers Lena Ortiz and Ana Barragan voted against"
        ' it.\n\n"That fee is a week of sales," Ortiz said.',
        0,
        "That fee is a week of sales,",
        "speech",
        "Ortiz",
        "Lena Ortiz",
    ),
    (  # "branded" right before a name in title case names a thing
        "branded-with-a-title-case-name",
        'The council launched a scheme branded "Green Streets First" in May.',
        0,
        "Green Streets First",
        "phrase",
        None,
        None,
    ),
    (  # a member of a body named before the member's name is that person
        "member-of-a-body-then-name",
        "Opposition member of the Sabha Rukmal Fernando, who voted against the plan, said the"
        ' majority had "rushed" the decision.',
        0,
        "rushed",
        "partial",
        "Opposition member of the Sabha Rukmal Fernando",
        "Rukmal Fernando",
    ),
    (  # a spokesperson for a body named before a name speaks for the body, unnamed
        "spokesperson-for-a-body-then-name",
        "A spokesperson for NZ Transport Agency Waka Kotahi said the agency was"
        ' "working constructively" with the council.',
        0,
        "working constructively",
        "partial",
        "A spokesperson for NZ Transport Agency Waka Kotahi",
        None,
    ),
    (  # "chairlady" is a role
        "chairlady",
        'The union met on Friday.\n\n"We are not against change," the union\'s chairlady,'
        " Madam Isatu Kamara said.",
        0,
        "We are not against change,",
        "speech",
        "Madam Isatu Kamara",
        "Isatu Kamara",
    ),
]

#: Rules from batch 25 of the invented pages (session 23).
BATCH_25_RULES = [
    (  # "Jess" is no man's name outside the US census: "Ms" names her
        "jess-ms-alias",
        "When Jess Varnavas put her son on the waiting list, he was two.\n\n"
        '"Every week I ring," Ms Varnavas said.',
        0,
        "Every week I ring,",
        "speech",
        "Ms Varnavas",
        "Jess Varnavas",
    ),
    (  # a firm's name with "&" given in full first, then short: the full name
        "ampersand-firm-name",
        "Workers at Corliss Forge & Machine walked out on Monday.\n\nCorliss Forge, which makes"
        " forgings for railways, has operated on the site since 1946.\n\nThe company said it"
        ' was "disappointed" by the vote.',
        0,
        "disappointed",
        "partial",
        "The company",
        "Corliss Forge & Machine",
    ),
    (  # the short name of a firm said in full first, naming the speaker itself
        "short-firm-name",
        "Bellmont Metal Products will close its plant in July.\n\nBellmont said in a statement"
        ' that it would pay "six months of health cover" to staff.',
        0,
        "six months of health cover",
        "partial",
        "Bellmont",
        "Bellmont Metal Products",
    ),
    (  # an acronym inside a body's name ("Western NSW"), led by a place word
        "acronym-inside-body-name",
        'In a statement, the Northern NSW Local Health District said it understood "the'
        ' strain on families".',
        0,
        "the strain on families",
        "partial",
        "the Northern NSW Local Health District",
        "Northern NSW Local Health District",
    ),
    (  # a numbered ward before a role and a name, after an inverted cue
        "numbered-ward-role",
        '"This is a floor, not a ceiling," said Ward 4 council member Odell Brannigan.',
        0,
        "This is a floor, not a ceiling,",
        "speech",
        "Ward 4 council member Odell Brannigan",
        "Odell Brannigan",
    ),
    (  # a generational suffix keeps its dot; the surname alone is the same person
        "generational-suffix",
        'Regional Director Anselmo R. Dimaculangan Jr. said "nobody leaves unpaid."\n\n"The'
        ' company will answer for it," Dimaculangan told reporters.',
        1,
        "The company will answer for it,",
        "speech",
        "Dimaculangan",
        "Anselmo R. Dimaculangan Jr.",
    ),
    (  # the Burmese honorific "Ma" before a name of three words is left out
        "burmese-ma",
        'Ma Thandar Khin Myo, a volunteer, said: "We go tent to tent every evening."',
        0,
        "We go tent to tent every evening.",
        "speech",
        "Ma Thandar Khin Myo",
        "Thandar Khin Myo",
    ),
    (  # a kin noun after another person's possessive name makes an appositive
        "possessive-kin-appositive",
        "Rosalind Vey, Dorian Vey's mother, sat through both days of the hearing.\n\n\"My son"
        ' was walking away," she said outside the court.',
        0,
        "My son was walking away,",
        "speech",
        "she",
        "Rosalind Vey",
    ),
    (  # a role in capitals opens the sentence; the name set off by commas speaks
        "capitalised-role-then-name",
        "Police Public Relations Officer, Acting Inspector Mara Quist, said copper theft"
        " had become “a serious and costly problem” on the island.",
        0,
        "a serious and costly problem",
        "partial",
        "Acting Inspector Mara Quist",
        "Mara Quist",
    ),
    (  # a company apposed to its owner's role, then "the company said"
        "apposed-company-subject",
        "The park’s owner, Silverpine Communities, bought the site in 2024. In a statement,"
        " the company said the increase “reflects rising costs.”",
        0,
        "reflects rising costs.",
        "partial",
        "the company",
        "Silverpine Communities",
    ),
    (  # the named son of the relative clause takes "his": "she" stays the mother's
        "whose-son-named",
        "Parent Lacey Dunmore, whose son Kit is in Year 4, said his class had moved rooms"
        " three times.\n“He’s in a relocatable with no shade,” she told the paper.",
        0,
        "He’s in a relocatable with no shade,",
        "speech",
        "she",
        "Lacey Dunmore",
    ),
    (  # a possessive subject's plan "of" a quoted name: the name, no one's words
        "possessive-owned-name",
        "Governor Harlan Vance led the machine for decades.\n\nIronically, Vance's strategy"
        ' of "massive resistance" to the ruling prompted a move.',
        0,
        "massive resistance",
        "phrase",
        None,
        None,
    ),
    (  # "Among them was 24-year-old X": the name after "was" is the sentence's subject
        "age-premodified-subject-after-was",
        "“This wing is a gift,” said Prof. Hortense Mbala.\n\nAmong the first mothers in the"
        " new wing was 24-year-old Marie Ondoa, who gave birth on Monday.\n\n“I was afraid I"
        " would deliver in the corridor,” she said.",
        1,
        "I was afraid I would deliver in the corridor,",
        "speech",
        "she",
        "Marie Ondoa",
    ),
    (  # a cue-less quote after "X did ... It now runs to ...": X's words
        "it-sentence-after-person",
        "Leanne Gaskell said the flat was damp.\n\nMs Gaskell has kept a diary of every repair"
        ' request. It now runs to 23 entries.\n\n"I am not asking for a new house."',
        0,
        "I am not asking for a new house.",
        "speech",
        "Ms Gaskell",
        "Leanne Gaskell",
    ),
    (  # the age in brackets after the subject's name
        "bracketed-age-subject",
        'Kyle Brennan (34) walks his two spaniels in the wood twice a day.\n\n"I have seen roe'
        ' deer in there at seven in the morning."',
        0,
        "I have seen roe deer in there at seven in the morning.",
        "speech",
        "Kyle Brennan",
        "Kyle Brennan",
    ),
    (  # "In a statement, X urged ...": the statement is X's
        "statement-then-other-verb",
        "In a statement after the sentencing, the Harlow Falls Police Department urged"
        ' homeowners to check contractors.\n\n"Never pay a large deposit in cash," the'
        " statement said.",
        0,
        "Never pay a large deposit in cash,",
        "speech",
        "the statement",
        "Harlow Falls Police Department",
    ),
    (  # a nationality opening a body's name stays in it
        "nationality-led-body",
        'A decision "is not expected before July", according to Scottish Forestry.',
        0,
        "is not expected before July",
        "partial",
        "Scottish Forestry",
        "Scottish Forestry",
    ),
    (  # a bare surname is the adult's when a child shares it
        "surname-not-the-child",
        "Tyla Brandow, 3, plays on the porch.\n\nRenata Brandow did everything the leaflets"
        ' said.\n\n"I clean up after this house every day," Brandow said.',
        0,
        "I clean up after this house every day,",
        "speech",
        "Brandow",
        "Renata Brandow",
    ),
    (  # "Locals still call it": a name in use, no one's words
        "locals-still-call",
        'Locals still call the building "the Bread Shed", and the smell drifts across town.',
        0,
        "the Bread Shed",
        "phrase",
        None,
        None,
    ),
    (  # a company suffix keeps its dot in the speaker's name
        "company-suffix-dot",
        'In a statement, Ridgeway Baking Co. said it had offered "a generous health plan" to'
        " workers.",
        0,
        "a generous health plan",
        "partial",
        "Ridgeway Baking Co.",
        "Ridgeway Baking Co.",
    ),
    (  # "told him": the speech verb's own object is no pronoun of the subject's
        "told-him-object",
        "Judge Ingrid Halloway said the thefts were planned.\n\nJudge Halloway told him:"
        ' "You chose your targets."\n\n"There is only one sentence I can pass," she added.',
        1,
        "There is only one sentence I can pass,",
        "speech",
        "she",
        "Ingrid Halloway",
    ),
]


BATCH_29_RULES = [
    (  # "who asked not to be named" after a description ending in a place: no name
        "unnamed-near-place-who",
        "A maintenance supervisor at a mine near Carlin, who asked not to be named, said the"
        ' shortage forced "skeleton crews" on nights.',
        0,
        "skeleton crews",
        "partial",
        "A maintenance supervisor at a mine near Carlin",
        None,
    ),
    (  # the same, with the place right before the comma
        "unnamed-farmer-near-place",
        'A farmer near Killington, who asked not to be named, said: "I will believe it when'
        ' the thefts stop."',
        0,
        "I will believe it when the thefts stop.",
        "speech",
        "A farmer near Killington",
        None,
    ),
    (  # a compound person noun after "one", then the place
        "one-sugarmaker-in-place",
        'One sugarmaker in Newfane said the offers were "barely more than last year."',
        0,
        "barely more than last year.",
        "partial",
        "One sugarmaker in Newfane",
        None,
    ),
    (  # a place after "in" ends a subject no source noun heads: no one speaks
        "place-object-subject",
        "Flyers dropped into letterboxes in Middle Ridge promised a \u201clifetime"
        " guarantee\u201d on roofs.",
        0,
        "lifetime guarantee",
        "phrase",
        None,
        None,
    ),
    (  # "the lab": the lab the story named
        "the-lab-urged",
        "According to the Connecticut Valley Vector Lab, which tests ticks, 41% carried the"
        " bacterium.\n\nThe lab has urged residents to \u201ccheck every night, not just after"
        " a hike,\u201d and to keep the tick.",
        0,
        "check every night, not just after a hike,",
        "partial",
        "The lab",
        "Connecticut Valley Vector Lab",
    ),
    (  # one body among others, then "the company said"
        "company-among-companies",
        "The program is funded by Humboldt Crest Gold and two other mining companies.\n\n"
        "Humboldt Crest Gold said it has committed $1.2 million.\n\n"
        '"Our crews are the reason the trucks keep moving," the company said.',
        0,
        "Our crews are the reason the trucks keep moving,",
        "speech",
        "the company",
        "Humboldt Crest Gold",
    ),
    (  # a "she" paragraph with an object description ("a figure administration said")
        "she-paragraph-before-description",
        "Coun. Teresa Bulanda moved to defer the decision.\n\nShe also asked staff how many"
        " users live nearby, a figure administration said it did not have.\n\n"
        "\u201cWe always seem to find a way,\u201d she said.",
        0,
        "We always seem to find a way,",
        "speech",
        "she",
        "Teresa Bulanda",
    ),
    (  # a trade's word ends the company's name: "the company" nearby is that company
        "trade-name-company",
        "Workers ratified a contract with Mississippi Valley Castings on Saturday.\n\n"
        "\u201cWe are glad to be back,\u201d said Todd Langhorst, its president.\n\n"
        "In a written statement, the company said the agreement \u201ckeeps Mississippi Valley"
        " Castings competitive.\u201d",
        1,
        "keeps Mississippi Valley Castings competitive.",
        "partial",
        "the company",
        "Mississippi Valley Castings",
    ),
    (  # of a group and a firm that spoke, "the company" is the one named a company
        "company-over-advocacy-group",
        "Montserrat Housing Advocacy Group said the delays were unacceptable.\n\n"
        "The contractor, Emerald Build Ltd, said in a written response that shipments had"
        " been delayed.\n\n"
        '"We underestimated how long materials would take," the company said.',
        0,
        "We underestimated how long materials would take,",
        "speech",
        "the company",
        "Emerald Build Ltd",
    ),
    (  # "X-listed" opens no company's name
        "listed-company-name",
        "A former finance manager of Catalist-listed Orchidvale Holdings was jailed on"
        " Monday.\n\n"
        "In a statement, the company said the fraud would have \u201cno material"
        " impact\u201d on its results.",
        0,
        "no material impact",
        "partial",
        "the company",
        "Orchidvale Holdings",
    ),
    (  # a hospital's "was admitted" is no speech verb: the cue-less quote is the subject's
        "admitted-to-hospital",
        "Mr Abdulmumini Ohiare, whose father was admitted at the medical ward after a stroke,"
        " said the family had spent a lot on drugs.\n\n"
        "\u201cNow they are telling us to go. My father cannot talk.\u201d",
        0,
        "Now they are telling us to go. My father cannot talk.",
        "speech",
        "Mr Abdulmumini Ohiare",
        "Abdulmumini Ohiare",
    ),
    (  # a participle opening the sentence is no speaker: the body set off after it
        "participle-opener",
        "Reacting, the Kogi State Hospitals Management Board, in a statement issued on Sunday,"
        " described the strike as \u201cunnecessary and ill-timed.\u201d",
        0,
        "unnecessary and ill-timed.",
        "partial",
        "the Kogi State Hospitals Management Board",
        "Kogi State Hospitals Management Board",
    ),
    (  # of two companies, "the company" is the one that spoke last (by its short name)
        "company-that-spoke-last",
        "Brightform Packaging will close its plant.\n\nBrightform, owned by Ohio-based Verrano"
        " Packaging Group since 2022, has run the plant since 1998.\n\nIn a statement, Verrano"
        " said it would move production to Ohio.\n\n"
        "\u201cThis decision reflects changes in demand,\u201d the company said.",
        0,
        "This decision reflects changes in demand,",
        "speech",
        "the company",
        "Verrano Packaging Group",
    ),
    (  # an acronym spelled out with an acronym and a place before the spelled words
        "acronym-whole-body-name",
        "The closure was approved by NHS Humber and North Yorkshire Integrated Care Board"
        ' (ICB) on Wednesday.\n\nThe ICB said the site had been "under review" since 2024.',
        0,
        "under review",
        "partial",
        "The ICB",
        "NHS Humber and North Yorkshire Integrated Care Board",
    ),
    (  # a list inside the spelled-out name, before its "and"
        "acronym-with-a-list",
        "Prosecuting for the Department of Environment, Food and Agriculture (DEFA), Ann Teare"
        ' said the river was polluted.\n\n"Businesses must check their drains," DEFA said.',
        0,
        "Businesses must check their drains,",
        "speech",
        "DEFA",
        "Department of Environment, Food and Agriculture",
    ),
    (  # an ordinal after "the" opens a body's name
        "ordinal-in-body-name",
        "In a written statement, the First Judicial District Attorney's Office said it"
        ' "treats the theft seriously."',
        0,
        "treats the theft seriously.",
        "partial",
        "the First Judicial District Attorney's Office",
        "First Judicial District Attorney's Office",
    ),
    (  # "the Heart of" before a body's name is part of it
        "of-lead-in-body-name",
        "In a statement, the Heart of Danville Business Guild said it supported the plan.\n\n"
        '"Our members have watched water come through their doors," the guild said.',
        0,
        "Our members have watched water come through their doors,",
        "speech",
        "the guild",
        "Heart of Danville Business Guild",
    ),
    (  # an acronym owning the body is no part of its name
        "acronym-owner-of-body",
        "The workers clean drains under a contract with the THA’s Division of Infrastructure,"
        " Quarries and Urban Development.\n\n"
        "In a statement, the division said it would make \u201call payments due.\u201d",
        0,
        "all payments due.",
        "partial",
        "the division",
        "Division of Infrastructure, Quarries and Urban Development",
    ),
    (  # "a community group" in apposition makes the name a body's
        "community-group-appositive",
        "The clean-up was organised by Leam Riverkeepers, a community group set up three years"
        " ago by residents.\n\nThe group said it was \u201calways looking for more"
        " hands\u201d.",
        0,
        "always looking for more hands",
        "partial",
        "The group",
        "Leam Riverkeepers",
    ),
    (  # a surname in -ally opening a sentence is no adverb
        "mc-surname-subject",
        "Hugh McInally runs the bakery.\n\nLocal councillor Drew Brogan has written to the"
        " convener.\n\nMr McInally said the ovens would be switched off.\n\n"
        '"I want to thank every single person," he added.',
        0,
        "I want to thank every single person,",
        "speech",
        "he",
        "Hugh McInally",
    ),
]

# Session 25 (pages of batch 36): a sentence after a cue-less quote paragraph naming the
# owner of a verdict.
BATCH_36_RULES = [
    (  # "That was the verdict of X": X speaks, not the previous paragraph's speaker
        "verdict-of-after-quote",
        'The plant will close, Jane Brown said. "We are sad," she said.\n\n'
        '"It is the end of an era for the wharf." That was the verdict of retired skipper'
        " Len Pappas, 81, who sold sardines to the plant.",
        1,
        "It is the end of an era for the wharf.",
        "speech",
        "retired skipper Len Pappas",
        "Len Pappas",
    ),
    (  # "the warning from", with adjectives before the noun
        "blunt-warning-from-after-quote",
        'Jane Brown said the school would wait. "We are sad," she said.\n\n'
        '"Every time a subject goes, a business loses an apprentice." That was the blunt'
        " warning from Rhys Kettering, who runs an engineering firm.",
        1,
        "Every time a subject goes, a business loses an apprentice.",
        "speech",
        "Rhys Kettering",
        "Rhys Kettering",
    ),
    (  # "Those were the words of", present or past
        "words-of-after-quote",
        '"We are ready," said Ann Lee.\n\n"Kids like Tiana show the way." Those were the'
        " words of Council Delegate Harrison Begaye-Nez, who said he plans a bill.",
        1,
        "Kids like Tiana show the way.",
        "speech",
        "Council Delegate Harrison Begaye-Nez",
        "Harrison Begaye-Nez",
    ),
    (  # a described owner stays a description
        "view-of-description-after-quote",
        '"We are ready," said Ann Lee.\n\n"The rents are too high." That is the view of'
        " many tenants in the block.",
        1,
        "The rents are too high.",
        "speech",
        "many tenants in the block",
        None,
    ),
    (  # "The words came from X", "So said X", "That was the testimony of X"
        "words-came-from-after-quote",
        '"We are ready," said Ann Lee.\n\n"Ferries were a temporary answer." The words came'
        " from Dr. Yasser el-Naggar, a professor of transport planning.",
        1,
        "Ferries were a temporary answer.",
        "speech",
        "Dr. Yasser el-Naggar",
        "Yasser el-Naggar",
    ),
    (
        "so-said-after-quote",
        '"We are ready," said Ann Lee.\n\n"People came out tonight." So said Councilor'
        " Gabriel Trujillo, who voted against the rezoning.",
        1,
        "People came out tonight.",
        "speech",
        "Councilor Gabriel Trujillo",
        "Gabriel Trujillo",
    ),
    (  # "the DC" after "Deputy Commissioner (DC) Kohima, X": the office holder
        "role-acronym-with-place",
        "Deputy Commissioner (DC) Kohima, Akumla Longkumer, assured the organisers of support."
        '\n\n"We will take up the matter," the DC said.',
        0,
        "We will take up the matter,",
        "speech",
        "the DC",
        "Akumla Longkumer",
    ),
    (  # "the RDC" after the role written out before the holder's titles and name
        "role-acronym-spelled-before-name",
        "Kasese Resident District Commissioner Lt Col (Rtd) Emmanuel Byaruhanga Kato visited"
        ' the area.\n\n"I know you are angry," the RDC said.',
        0,
        "I know you are angry,",
        "speech",
        "the RDC",
        "Emmanuel Byaruhanga Kato",
    ),
    (  # "According to X" makes X the subject a later "He" takes
        "according-to-subject-takes-he",
        'Sudha Prasannan, a weaver, said the women ran out. "We didn\'t take our bags," she'
        " said.\n\nAnother worker, who did not want to be named, said the cylinders were"
        ' empty. "There were four on the wall," he said.\n\nAccording to Sunilkumar, the'
        " certificate had expired. He said a report would follow within a week.",
        0,
        "We didn't take our bags,",
        "speech",
        "she",
        "Sudha Prasannan",
    ),
    (  # "the message X gave": the owner before a giving verb
        "message-x-gave-after-quote",
        '"We are ready," said Ann Lee.\n\n"We celebrate kids." That was the message board'
        " President Hollis Treadaway gave a packed cafeteria on Thursday.",
        1,
        "We celebrate kids.",
        "speech",
        "board President Hollis Treadaway",
        "Hollis Treadaway",
    ),
    (  # "The speaker is X"
        "the-speaker-is-after-quote",
        '"We are ready," said Ann Lee.\n\n"People sleep in their trucks." The speaker is'
        " Pastor Rubén Carrasco of Iglesia Nueva Esperanza.",
        1,
        "People sleep in their trucks.",
        "speech",
        "Pastor Rubén Carrasco",
        "Rubén Carrasco",
    ),
    (  # a role of the list written capitalised after "the": the holder named before
        "capitalised-role-after-the",
        "The Wali of Bejaia, Ahmed Benzerga, said the line would ease congestion.\n\n"
        '"This line gives families a real alternative," the Wali said.',
        0,
        "This line gives families a real alternative,",
        "speech",
        "the Wali",
        "Ahmed Benzerga",
    ),
    (  # a place and an acronym the text spelled out
        "place-and-acronym-spelled-out",
        "The Abilene Independent School District board met on Thursday.\n\nAbilene ISD said"
        ' in a statement: "We are proud of every student."',
        0,
        "We are proud of every student.",
        "speech",
        "Abilene ISD",
        "Abilene Independent School District",
    ),
    (  # a mixed-case acronym spells the body the text named, its "o" the "of"
        "mixed-case-acronym-spelled-out",
        "Department of Environment staff marked the nests.\n\nIn a statement, the DoE said:"
        ' "Turtle nests are left unmarked."',
        0,
        "Turtle nests are left unmarked.",
        "speech",
        "the DoE",
        "Department of Environment",
    ),
    (  # its bracketed definition, whose last word is no organisation word
        "mixed-case-acronym-in-brackets",
        "The Ministry of Education and Training (MoET) cancelled the paper.\n\n"
        '"The re-sit will be supervised," MoET said in a statement.',
        0,
        "The re-sit will be supervised,",
        "speech",
        "MoET",
        "Ministry of Education and Training",
    ),
    (  # "of" and capitalised words end the body's name in the mention
        "board-of-commissioners",
        "In a joint statement, the Routt County Board of Commissioners said: \u201cHousing is"
        " infrastructure.\u201d",
        0,
        "Housing is infrastructure.",
        "speech",
        "the Routt County Board of Commissioners",
        "Routt County Board of Commissioners",
    ),
    (  # "for" and a domain: one body, not the last of two names
        "company-for-domain",
        'The General Company for Water and Wastewater said in a statement: "Spare parts have'
        ' been ordered."',
        0,
        "Spare parts have been ordered.",
        "speech",
        "The General Company for Water and Wastewater",
        "General Company for Water and Wastewater",
    ),
]


BATCH_39_RULES = [
    (  # "His ..." after a sentence about a person, when the paragraph opens with no one
        "his-after-the-sentence-before",
        "For small shops the cuts cost money. Dilshod Rakhimov, 52, runs a bakery near the"
        " bazaar. His ovens now run on diesel.\n\n"
        "\u201cWe bought the generator in 2024. It eats 40 liters a day.\u201d",
        0,
        "We bought the generator in 2024. It eats 40 liters a day.",
        "speech",
        "Dilshod Rakhimov",
        "Dilshod Rakhimov",
    ),
    (  # a paragraph of her reported speech, no one else named at its end, then her words
        "reported-speech-paragraph-then-quote",
        "Yesenia Rivera-Almonte said she has toured three homes so far. Two had no beds; the"
        " third was in Hartford.\n\n"
        "\u201cI work in Meriden. If she goes to Hartford, I see her on weekends.\u201d",
        0,
        "I work in Meriden. If she goes to Hartford, I see her on weekends.",
        "speech",
        "Yesenia Rivera-Almonte",
        "Yesenia Rivera-Almonte",
    ),
    (  # a name given after the noun "name" is a phrase, even with a cue in the sentence
        "name-noun-before-a-name",
        'The board rejected the girl\'s name "Zo\u00eblia" in its rulings, the paper said.',
        0,
        "Zo\u00eblia",
        "phrase",
        None,
        None,
    ),
    (  # "The parents, X and Y,": a kin noun's appositive names people, so "Hildur" is X
        "kin-appositive-then-given-name",
        "The parents, Hildur Bj\u00f6rk Stef\u00e1nsd\u00f3ttir and Marek Kowalczyk, live"
        " in Hafnarfj\u00f6r\u00f0ur.\n\n"
        "\u201cWe spent months on it,\u201d Hildur told the paper.",
        0,
        "We spent months on it,",
        "speech",
        "Hildur",
        "Hildur Bj\u00f6rk Stef\u00e1nsd\u00f3ttir",
    ),
    (  # a role set off by commas around a name and its home place, then a speech verb
        "role-name-home-place-cue",
        "Another farmer, Blessing Ncube from Karoi, said the floor was dirty.\n\n"
        '"We wait for days," he said.',
        0,
        "We wait for days,",
        "speech",
        "he",
        "Blessing Ncube",
    ),
    (  # a paragraph about one named person and no one else, then a cue-less quote
        "paragraph-about-one-person",
        "Dwayne Lafortune, who also teaches history, started the program in 2022 with 16"
        " players. This season 41 girls tried out.\n\n"
        '"The first year we practiced on the softball outfield."',
        0,
        "The first year we practiced on the softball outfield.",
        "speech",
        "Dwayne Lafortune",
        "Dwayne Lafortune",
    ),
    (  # a notice speaks, inverted after its quote; its author is the speaker
        "inverted-notice-from",
        '"Drying clothes on balconies is prohibited," read the notice from Kilele Property'
        " Managers.",
        0,
        "Drying clothes on balconies is prohibited,",
        "speech",
        "the notice from Kilele Property Managers",
        "Kilele Property Managers",
    ),
    (  # "a statement from X saying", the object of another verb: X's words, not the finder's
        "found-a-statement-from-saying",
        "The workers found a statement from Acme Ltd saying production was"
        ' "temporarily suspended for restructuring."',
        0,
        "temporarily suspended for restructuring.",
        "partial",
        "a statement from Acme Ltd",
        "Acme Ltd",
    ),
    (  # an unnamed speaker described with a capitalised place and an abbreviation
        "unnamed-st-john-teacher",
        "Ayanna Sprauve-Farrington said fares were high.\n\nA St. John teacher who spoke"
        " during the public comment period but did not give her name said she was late.\n\n"
        '"I teach 9-year-olds," she said.',
        0,
        "I teach 9-year-olds,",
        "speech",
        "A St. John teacher",
        None,
    ),
    (  # "a claim X dismissed as" after a quote: the quote is the claim, not X's words
        "claim-dismissed-after-quote",
        'The company insisted it had "engaged with the leadership at every stage," a claim'
        ' Baridom Gbarage dismissed as "a complete fabrication."',
        0,
        "engaged with the leadership at every stage,",
        "partial",
        "The company",
        None,
    ),
    (  # a pilgrim's honorific inside a family name after a given name
        "haj-inside-a-name",
        "The director, Walid Haj Omar, told reporters the price was fair.\n\n"
        '"We understand the pressure," Haj Omar said.',
        0,
        "We understand the pressure,",
        "speech",
        "Haj Omar",
        "Walid Haj Omar",
    ),
    (  # ... and the claim's own clause gives the next quote its speaker
        "claim-dismissed-as-quote",
        'The company insisted it had "engaged with the leadership at every stage," a claim'
        ' Baridom Gbarage dismissed as "a complete fabrication."',
        1,
        "a complete fabrication.",
        "partial",
        "Baridom Gbarage",
        "Baridom Gbarage",
    ),
]

#: Rules from the batch-43 pages (TOLOnews to Asia-Plus).
BATCH_43_RULES = [
    (  # a paragraph ending in a name that people "call" does not introduce the next quote
        "name-closing-paragraph-is-no-intro",
        "Logging near calving areas draws wolves \u2014 a chain reaction biologists call"
        " \u201capparent competition.\u201d\n\n"
        "\u201cThe pen protects the cows and calves for about six weeks.\u201d",
        1,
        "The pen protects the cows and calves for about six weeks.",
        "speech",
        None,
        None,
    ),
    (  # an age as the noun of an anonymous source, whose withheld name gives "her"
        "age-noun-anonymous-source",
        "\u201cEvery year the list gets shorter,\u201d Ash Villeneuve says.\n\n"
        "At a show last Friday, a 17-year-old who asked that her name not be used said the"
        " venue was the only place she felt safe.\n\n"
        "\u201cIt\u2019s the only place I can go on a Friday,\u201d she says.",
        1,
        "It\u2019s the only place I can go on a Friday,",
        "speech",
        "she",
        None,
    ),
    (  # a description after a fronted place phrase ending in a name, "did not wish"
        "description-after-fronted-place",
        'Verma said: "The water taxi is a public transport project."\n\n'
        "At Dashashwamedh Ghat, a young boatman who did not wish to be named was sceptical."
        ' "Every year there is a meeting," he said.',
        1,
        "Every year there is a meeting,",
        "speech",
        "a young boatman",
        None,
    ),
    (  # a bare given name is the man in the story, not the photographer credited first
        "given-name-not-the-photographer",
        "A police officer checks an exhaust. Photo: Chau Tuan / Tuoi Tre\n\n"
        "Le Minh Tuan, 47, rides a 2009 scooter.\n\n"
        '"I cannot do it," Tuan told Tuoi Tre News.',
        0,
        "I cannot do it,",
        "speech",
        "Tuan",
        "Le Minh Tuan",
    ),
]

#: Rules from the batch-44 pages (The Guardian, Nigeria, to the Somali Guardian).
BATCH_44_RULES = [
    (  # the dot of "Dr." ends no sentence: the paragraph still ends with the quote's cue
        "continuation-after-a-titled-cue",
        '"The problem is that we do not have the boats," said Dr. Ahmed Nur Dirie, a marine'
        " scientist at Puntland State University in Garowe.\n\n"
        '"Satellite tracking would help, but only if someone is watching."',
        1,
        "Satellite tracking would help, but only if someone is watching.",
        "speech",
        "Dr. Ahmed Nur Dirie",
        "Ahmed Nur Dirie",
    ),
    (  # "The Etsu Kpasu, NAME, described ...": the ruler's name, not his seat
        "ruler-title-and-seat-then-name",
        "The Etsu Kpasu, Alhaji Abubakar Sidi Gana, described the plan as \u201ca disgrace"
        " for the city\u201d on Monday.",
        0,
        "a disgrace for the city",
        "partial",
        "Alhaji Abubakar Sidi Gana",
        "Abubakar Sidi Gana",
    ),
    (  # a cue set off inside the paragraph before (", she said,") names the next speaker
        "parenthetical-cue-paragraph-then-quote",
        '"The carp breed fast," said Marisol Reyes, a biologist.\n\n'
        "Commercial harvest is not a cure, she said, but the data suggest that removal"
        " works.\n\n"
        '"If you take the pressure off for a whole summer, you are not starting from zero."',
        1,
        "If you take the pressure off for a whole summer, you are not starting from zero.",
        "speech",
        "she",
        "Marisol Reyes",
    ),
    (  # "the MP" is the person an appositive made a member of a house of parliament
        "mp-after-member-of-the-house",
        "Said Mohamed Abshir, a member of the Puntland House of Representatives from Bari"
        " region, said the parliament had never seen the contracts.\n\n"
        '"Where is the money?" the MP said.',
        0,
        "Where is the money?",
        "speech",
        "the MP",
        "Said Mohamed Abshir",
    ),
]


BATCH_49_RULES = [
    (  # "Ms Lim" after a father named first with no gender of his own: the daughter
        "honorific-picks-the-family-of-its-gender",
        '"If she goes, our story goes with her," said retired mechanic Lim Kok Wah, 74.\n\n'
        "Mr Lim joined the dredge in 1969.\n\n"
        "His daughter, Ms Lim Siew Peng, chairs the heritage society.\n\n"
        '"We are asking for time," said Ms Lim.',
        1,
        "We are asking for time,",
        "speech",
        "Ms Lim",
        "Lim Siew Peng",
    ),
    (  # "Mrs." after two namesakes of no known gender: the one "Mr." did not follow
        "honorific-after-the-only-namesake-named-before-it",
        "Principal W.M. Dissanayake told reporters the school acted.\n\n"
        '"We received a petition," Mr. Dissanayake said.\n\n'
        "Director R.P. Dissanayake, who is not related to the principal, set up a"
        " committee.\n\n"
        '"The committee will visit every house," Mrs. Dissanayake said.',
        1,
        "The committee will visit every house,",
        "speech",
        "Mrs. Dissanayake",
        "R.P. Dissanayake",
    ),
    (  # a paragraph that is one quote, then "Those are the words of NAME" opening the next
        "owner-in-the-next-paragraph",
        "Mr Tui said the old crossing had been washed away.\n\n"
        '"The children know the river better than we do now. They know which stones'
        ' move."\n\n'
        "Those are the words of Peni Lesuma, a farmer who walks his daughter to the river.",
        0,
        "The children know the river better than we do now. They know which stones move.",
        "speech",
        "Peni Lesuma",
        "Peni Lesuma",
    ),
]

BATCH_50_RULES = [
    (  # the dot inside "Legit.ng" closing the paragraph ends no sentence: it ends with the cue
        "continuation-after-an-outlet-with-a-dot",
        "Bayo Ogun, a councillor, spoke on Friday.\n\n"
        "\u201cI asked one question: where is the road? Since then I am an enemy,\u201d he"
        " told Legit.ng.\n\n"
        "\u201cGo to the market now and see for yourself. Our women still carry goods.\u201d",
        1,
        "Go to the market now and see for yourself. Our women still carry goods.",
        "speech",
        "he",
        "Bayo Ogun",
    ),
    (  # a town set off after a body, then the titled name: the name speaks
        "titled-name-after-a-town-after-a-body",
        "A consultant physician at the Federal Medical Centre, Owo, Dr Olumide Fasanmi, said"
        " late presentation remained the biggest killer.\n\n"
        "\u201cMost of the patients we lost came in late.",
        0,
        "Most of the patients we lost came in late.",
        "speech",
        "Dr Olumide Fasanmi",
        "Olumide Fasanmi",
    ),
    (  # "That was NAME, a ...": the next paragraph names the quote's owner
        "that-was-name-in-the-next-paragraph",
        "Not everyone in the room was opposed.\n\n"
        '"Growth is coming to this county whether we like it or not."\n\n'
        "That was Ray Collingsworth, a retired banker who sits on the board.",
        0,
        "Growth is coming to this county whether we like it or not.",
        "speech",
        "Ray Collingsworth",
        "Ray Collingsworth",
    ),
    (  # "That's NAME, who ...": the contracted form in the same paragraph
        "thats-name-after-the-quote",
        "Music advocates have pushed for a new rule.\n\n"
        "\u201cWe\u2019ve had three venues close in two years.\u201d That\u2019s Harlan"
        " Boudreaux, who runs the merchants alliance, and he says he\u2019s keeping count.",
        0,
        "We\u2019ve had three venues close in two years.",
        "speech",
        "Harlan Boudreaux",
        "Harlan Boudreaux",
    ),
    (  # a quote opening its paragraph, then a sentence opening with a named person
        "named-subject-after-an-opening-quote",
        "Graciela Montemayor has run the icehouse since 2009.\n\n"
        "Some nights are quiet now\n\n"
        "\u201cFridays are down by a third.\u201d Montemayor keeps the numbers in a notebook"
        " under the register.",
        0,
        "Fridays are down by a third.",
        "speech",
        "Montemayor",
        "Graciela Montemayor",
    ),
    (  # ... not when the name is no person's
        "that-was-a-holiday",
        "Not everyone in the room was opposed.\n\n"
        '"Growth is coming to this county whether we like it or not."\n\n'
        "That was New Year, a time when people stay at home.",
        0,
        "Growth is coming to this county whether we like it or not.",
        "speech",
        None,
        None,
    ),
    (  # a document's title in title case is no one's words, even after a cue
        "document-title-after-a-cue",
        "He said the commission\u2019s own \u201cEnvironmental Monitoring Report: Middle"
        " Mazaruni and Tributaries\u201d recorded low turbidity.",
        0,
        "Environmental Monitoring Report: Middle Mazaruni and Tributaries",
        "phrase",
        None,
        None,
    ),
    (  # "gave her name simply as X": a person, whose "she asked" follows
        "name-given-simply-as",
        "A foodstuff seller, who gave her name simply as Bunmi, said the closure came without"
        " warning.\n\n"
        "\u201cNobody told us anything. Where do they want us to sell?\u201d she asked.",
        0,
        "Nobody told us anything. Where do they want us to sell?",
        "speech",
        "she",
        "Bunmi",
    ),
    (  # ... but a method's name with a document noun inside it is still the speaker's
        "method-name-is-no-document-title",
        "In a release, Tom Hollis boasted that, thanks to his patented \u201cHollis Precision"
        " Survey Method,\u201d he had called every race.",
        0,
        "Hollis Precision Survey Method,",
        "partial",
        "Tom Hollis",
        "Tom Hollis",
    ),
    (  # "The Member of Parliament for the area, Dr X," is "the MP" later
        "member-of-parliament-then-the-mp",
        "The Member of Parliament for the area, Dr Marcia Henry-Blake, said in a broadcast on"
        " Sunday night that she had spoken to the company.\n\n"
        "\u201cI know the people are suffering,\u201d the MP said.",
        0,
        "I know the people are suffering,",
        "speech",
        "the MP",
        "Marcia Henry-Blake",
    ),
]


BATCH_52_RULES = [
    (  # a group's present-tense "call" with an adverb between: a name in use
        "group-simply-calls",
        'The police said the three-wheelers, which most commuters simply call "auto", would'
        " be banned from 22 roads.",
        0,
        "auto",
        "phrase",
        None,
        None,
    ),
    (  # a short title-case quote before "program": the scheme's name
        "name-before-program",
        "Mayor Antonio Borja asked the governor for funds for water delivery to farms"
        " registered under the Department of Lands and Natural Resources\u2019 \u201cGrow"
        " Local\u201d program.",
        0,
        "Grow Local",
        "phrase",
        None,
        None,
    ),
    (  # a plan's title
        "plan-title",
        "Choque said the shelters were delivered as part of the government's \"Multisectoral"
        ' Plan for Frost and Cold Spells 2026-2028."',
        0,
        "Multisectoral Plan for Frost and Cold Spells 2026-2028.",
        "phrase",
        None,
        None,
    ),
    (  # a speaker's own words about a program stay a partial quote
        "partial-about-a-program",
        "Mayor Lena Ortiz called the program \u201ca lifeline for small growers\u201d on Monday.",
        0,
        "a lifeline for small growers",
        "partial",
        "Mayor Lena Ortiz",
        "Lena Ortiz",
    ),
    (  # "Queen said he ...": the "her" of the daughter in his clause gives him no gender
        "pronoun-after-a-whose-daughter-clause",
        '"I\'m not asking for special treatment," Simmons said. "I\'m asking for my kid to not'
        ' be standing in a ditch in the dark."\n\n'
        "Dustin Queen, whose daughter rides a bus to Forestview High School, said the new route"
        " added more than 40 minutes to her ride home.\n\n"
        '"She used to be home by 3:30. Now it\'s after 4:15," Queen said. "That\'s her whole'
        " afternoon gone. She's got a job, she's got homework.\"\n\n"
        "Queen said he emailed the office twice and got the same response both times, which"
        ' he described as "a form letter with my name pasted in."',
        4,
        "a form letter with my name pasted in.",
        "partial",
        "he",
        "Dustin Queen",
    ),
]


BATCH_53_RULES = [
    (  # a mother who opens the last sentence before "Harrell said" takes the bare surname
        "bare-surname-of-the-subject-just-named",
        "Jurors found the company negligent in the death of 19-year-old Jaylen Harrell."
        " Harrell was found unresponsive in his family's apartment.\n\n"
        "Latonya Harrell, Jaylen's mother, held her sister's hand as the verdict was read."
        " Outside the courtroom, she said the money was never the point.\n\n"
        '"I wanted somebody to stand up in a courtroom and say it out loud," Harrell said.',
        0,
        "I wanted somebody to stand up in a courtroom and say it out loud,",
        "speech",
        "Harrell",
        "Latonya Harrell",
    ),
    (  # a colon after a speech noun's possessor introduces the next paragraph's quote
        "speech-noun-colon-intro",
        "Ramon Esquivel, a trucker from Laredo, said he was stuck at the truck stop for nine"
        " hours.\n\nHis verdict on South Dakota weather was short:\n\n"
        "\u201cI have driven through Wyoming in January. This was worse.\u201d",
        0,
        "I have driven through Wyoming in January. This was worse.",
        "speech",
        "His",
        "Ramon Esquivel",
    ),
    (  # a court "held that ...": a partial quote of the judge
        "held-that-partial",
        "Justice Ebere Nwachukwu-Agbo, who delivered judgment yesterday, held that the"
        ' dismissals were "unlawful, null and void" because the council gave no fair hearing.',
        0,
        "unlawful, null and void",
        "partial",
        "Justice Ebere Nwachukwu-Agbo",
        "Ebere Nwachukwu-Agbo",
    ),
    (  # "indicated that ..." cues a partial quote
        "indicated-partial",
        'The delegate, Ernesto Melara, indicated that the hillside "is still moving" and'
        " that it was too early to give a date.",
        0,
        "is still moving",
        "partial",
        "Ernesto Melara",
        "Ernesto Melara",
    ),
]


_BATCHES = (
    BATCH_19_RULES
    + BATCH_21_RULES
    + BATCH_23_RULES
    + BATCH_25_RULES
    + BATCH_29_RULES
    + BATCH_36_RULES
    + BATCH_39_RULES
    + BATCH_43_RULES
    + BATCH_44_RULES
    + BATCH_49_RULES
    + BATCH_50_RULES
    + BATCH_52_RULES
    + BATCH_53_RULES
)


@pytest.mark.parametrize(
    ("body", "i", "text", "kind", "mention", "speaker"),
    [r[1:] for r in _BATCHES],
    ids=[r[0] for r in _BATCHES],
)
def test_batch_rules(
    body: str, i: int, text: str, kind: str, mention: str | None, speaker: str | None
) -> None:
    test_attribution_rules(body, i, text, kind, mention, speaker)
