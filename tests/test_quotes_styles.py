"""Attribution styles common outside US wire copy: the description before the name.

"The owner, Ana Ruiz, said" (British and Irish papers, many local outlets) names the
speaker after the role; the mention is the name between the commas.
"""

from __future__ import annotations

import pandas as pd
import pytest

from analysis import article_from_text, quote_table, speaker_table
from analysis.people import persons

#: (body, speaker, mention)
DESCRIPTION_FIRST = [
    ('The owner, Ana Ruiz, said: "It is over."', "Ana Ruiz", "Ana Ruiz"),
    ('Fire broke out on Monday. The owner, Ana Ruiz, said: "It is over."', "Ana Ruiz", "Ana Ruiz"),
    ('The transport secretary, Louise Haigh, said: "We will act."', "Louise Haigh", "Louise Haigh"),
    ("The bakery's owner, Ana Ruiz, said: \"It is over.\"", "Ana Ruiz", "Ana Ruiz"),
    ('The head teacher, Dr. Amy Chen, told parents: "Stay calm."', "Amy Chen", "Dr. Amy Chen"),
    ('"It is over," said the owner, Ana Ruiz.', "Ana Ruiz", "Ana Ruiz"),
    ('"It is over," said a spokesman for the firm, Tom Hall, 54.', "Tom Hall", "Tom Hall"),
    ('"It is over," said the owner, who asked not to be named.', None, "the owner"),
    ('"We are not going anywhere," the mother of two told reporters.', None, "the mother of two"),
    ('"We will rebuild," the two said in a statement.', None, "the two"),
    ('Asked again, the mother of three replied, "It is meant to help."', None, "the mother of three"),
    ('The clip says Kaine "has a passion for the wrong people."', None, "The clip"),
    # someone speaking for a named person is not that person
    ('"We will win," a spokesman for Ann Lee said.', None, "a spokesman for Ann Lee"),
    ('An aide to Ann Lee said: "We will win."', None, "An aide"),
    ('An HPD spokesperson said the agency was "monitoring the situation."', None, "An HPD spokesperson"),
    ('"I drove four hours for this," one angler from the Fox Valley said.', None, "one angler from the Fox Valley"),
    ('Officials at the Ministry of Agriculture described it as a "temporary correction."', None, "Officials at the Ministry of Agriculture"),
    ('"We will win," a spokesperson for Health Minister Ann Lee said.', None, "a spokesperson for Health Minister Ann Lee"),
    ('A spokesperson for Special Minister of State Ann Lee said it was "under review."', None, "A spokesperson for Special Minister of State Ann Lee"),
    # institutions as sources: "the district", "the county", "the university"
    ('The district said in a statement that it remained "committed to a deal."', None, "The district"),
    ('The university said it was "reviewing the matter".', None, "The university"),
    # a relative clause between the subject and its cue: not the names inside it
    (
        'Ann Lee, chief executive of the Port Authority, which runs it with a partner, '
        'Brightwater Terminals, said the demands were "unrealistic" at this time.',
        "Ann Lee",
        "Ann Lee",
    ),
    (
        'Lena Vorstadt, a portfolio manager at Ashgrove Capital, which owns shares, said it '
        'was "mostly timing" now.',
        "Lena Vorstadt",
        "Lena Vorstadt",
    ),
    (
        "A man who owns a tire shop near 30th Street, and who declined to give his name, "
        'put it more bluntly: "Build it, fine."',
        None,
        "A man",
    ),
    # "X was told by Y that ...": Y's words, not the hearer's
    (
        'Doreen Pattle, 81, was told by magistrates that the hedge had "robbed" her '
        "neighbours of sunlight.",
        None,
        "magistrates",
    ),
    (
        'Ann Lee was told by a judge that her conduct was "reckless" and unfair.',
        None,
        "a judge",
    ),
    # "the <role>" names the one person the text introduced with that role word
    (
        'Fiscal depute Alasdair Pirie told the court the facts. The fiscal said the officer '
        'had been "badly shaken" by it.',
        "Alasdair Pirie",
        "The fiscal",
    ),
    (
        "Fiscal depute Alasdair Pirie told the court the facts. Senior fiscal Ann Lee agreed. "
        'The fiscal said the officer had been "badly shaken" by it.',
        None,
        "The fiscal",
    ),
    # a role whose domain is a place or body after "for"/"at": the name set off after it
    (
        'The head of emergency care for Kaiwaka Moana, Tom Hall, said: "It is over."',
        "Tom Hall",
        "Tom Hall",
    ),
    ('The director of research at Ashgrove, Ana Ruiz, said: "It is over."', "Ana Ruiz", "Ana Ruiz"),
    # "the company" is the one company the text named as a subject before (or named with
    # the same head noun); not a company named as an object, nor one of two
    (
        'Brightwater Holdings cut 200 jobs. The company said it was "deeply sorry."',
        "Brightwater Holdings",
        "The company",
    ),
    (
        "Kestrel Ferries, which runs the route, will stop in June.\n\n"
        'In a statement, the company said: "We tried everything."',
        "Kestrel Ferries",
        "the company",
    ),
    (
        "A train of the Harlan & Pike Railroad left the tracks. Crews found what the "
        'railroad described as "elevated readings" there.',
        "Harlan & Pike Railroad",
        "the railroad",
    ),
    (
        "The mill belongs to Kestrel Ferries, which runs the route.\n\n"
        'In a statement, the company said: "We tried everything."',
        None,
        "the company",
    ),
    (
        "Brightwater Holdings cut jobs. Kestrel Group Ltd did too. The company said it was "
        '"deeply sorry."',
        None,
        "The company",
    ),
    # a place before the role of an inverted cue's speaker
    ('"It is paperwork," said Wexley town manager Percival Otunde.', "Percival Otunde", "Wexley town manager Percival Otunde"),
    # the usual order keeps working
    ('Ruiz, the owner, said: "It is over."', "Ruiz", "Ruiz"),
    ('Ana Ruiz, the owner of the bakery, said: "It is over."', "Ana Ruiz", "Ana Ruiz"),
    # a clause between the commas is not a name
    ('The mayor, who spoke in Boston, said: "It is over."', None, "The mayor"),
    # two descriptions after a name: the name still speaks
    (
        'Clara Vettermann, a spokesperson for the Relief Consortium (SHRC), a group of aid'
        ' agencies, warned that it could "spread rapidly."',
        "Clara Vettermann",
        "Clara Vettermann",
    ),
]  # fmt: skip


@pytest.mark.parametrize(
    ("body", "speaker", "mention"), DESCRIPTION_FIRST, ids=[b[:40] for b, *_ in DESCRIPTION_FIRST]
)
def test_description_before_name(body, speaker, mention):
    art = article_from_text(f"A headline about the bakery fire\n\n{body}", article_id="s")
    row = quote_table(art).iloc[0]
    got = None if pd.isna(row["speaker"]) else row["speaker"]
    assert (got, row["speaker_mention"]) == (speaker, mention)
    assert art.text[row["speaker_start"] : row["speaker_end"]] == mention


#: (body, quote text, kind, speaker mention): names, slogans and titles are phrases
PHRASES = [
    # titles and slogans after a work's noun, a handbook's or a tagline's title after a comma,
    # inscriptions "such as" ...
    (
        'New volunteers receive the group handbook, "Lights Out for Turtles". It helps.',
        "Lights Out for Turtles",
        "phrase",
        None,
    ),
    (
        'Its marketing tagline, "Bank on the Rapids," was painted on the court.',
        "Bank on the Rapids,",
        "phrase",
        None,
    ),
    (
        'Amadi-Onu, whose 2024 study "Energy Costs and Rural Agro-Processing in South-East'
        ' Nigeria" tracked 300 mills, said costs rose.',
        "Energy Costs and Rural Agro-Processing in South-East Nigeria",
        "phrase",
        None,
    ),
    (
        'Some held placards with inscriptions such as "No premix, no fish" and "Our canoes are'
        ' dying" on Monday.',
        "Our canoes are dying",
        "phrase",
        None,
    ),
    # a word talked about: after a preposition, or the subject of a clause
    (
        'Pellerin cautions against reading too much into the word "name" for now.',
        "name",
        "phrase",
        None,
    ),
    (
        'Zahra Mutlaq said the word "drought" no longer captured what was happening.',
        "drought",
        "phrase",
        None,
    ),
    # but words someone uses are theirs
    ('Cruz said his use of the term "Palestine" was wrong.', "Palestine", "partial", "Cruz"),
    (
        'Its slogan, painted on the side of the building, read "Eat here and get gas" for years.',
        "Eat here and get gas",
        "phrase",
        None,
    ),
    (
        'Many carried banners reading "No farmers, no food" and "Berlin is dying."',
        "Berlin is dying.",
        "phrase",
        None,
    ),
    ('The placards read: "Stop the cuts now."', "Stop the cuts now.", "phrase", None),
    # a place between the sign and its verb, and an adverb before the verb
    (
        'The billboard at the entrance to the township still reads "Water for All by 2024".',
        "Water for All by 2024",
        "phrase",
        None,
    ),
    (
        'The reserve, which senators often call "the rainy day fund," held $212,000.',
        "the rainy day fund,",
        "phrase",
        None,
    ),
    # a name in use ("often described as"), an entry's label after a verb of keeping records
    (
        "Ann Lee said the change would allow what is often described as “missing middle”"
        " housing.",
        "missing middle",
        "phrase",
        None,
    ),
    (
        'Tom Reed said she made 212 transfers, recording many of them in the books as "green'
        ' maintenance" or "sundries".',
        "sundries",
        "phrase",
        None,
    ),
    (
        'Police said the handler, saved in her phone as "Uncle Ray", ran the accounts.',
        "Uncle Ray",
        "phrase",
        None,
    ),
    # (a noun that looks like a record verb: the speaker's own words)
    (
        'Ann Lee described the register as "world-leading" in its openness.',
        "world-leading",
        "partial",
        "Ann Lee",
    ),
    (
        'Lobbyists and aides have taken to calling it the "Plains package."',
        "Plains package.",
        "phrase",
        None,
    ),
    (
        'The board called for it in a February editorial, "Keep the Lights On."',
        "Keep the Lights On.",
        "phrase",
        None,
    ),
    (
        'Waste still flows into the lake despite the council\'s 2019 "Clean Lakes Drive".',
        "Clean Lakes Drive",
        "phrase",
        None,
    ),
    # a work's title after "a <work noun> called", a name after "calling itself", and a
    # name in habitual use after "taken to calling <a noun phrase>"
    (
        'The shelf held a bedtime story called "The Fox Who Lost His Red Hat in the Snow." It sold well.',
        "The Fox Who Lost His Red Hat in the Snow.",
        "phrase",
        None,
    ),
    (
        'A neighbourhood group calling itself "Save the Mill" has raised $4,000 so far.',
        "Save the Mill",
        "phrase",
        None,
    ),
    (
        'Engineers have taken to calling the new bridge "the harp." It opens soon.',
        "the harp.",
        "phrase",
        None,
    ),
    (
        'Locals have taken to calling Pinedale Rd "the gravel highway", and put up signs.',
        "the gravel highway",
        "phrase",
        None,
    ),
    (
        "He grew fond of the units, which residents took to calling “the snowmen” in winter.",
        "the snowmen",
        "phrase",
        None,
    ),
    (
        "Long called the “neighborhood living room” by older Seoulites, bathhouses stay open.",
        "neighborhood living room",
        "phrase",
        None,
    ),
    (
        'Lydia Kessel has called the plan "a gimmick dressed up as a budget." By her count, it fails.',
        "a gimmick dressed up as a budget.",
        "partial",
        "Lydia Kessel",
    ),
    # a name in use after "begun/started calling", a name given by "christened" or
    # "nicknamed" past its object, and a title after "plan," or before "a tango"
    (
        'Residents have begun calling the route the "crossing of prayers." Few disagree.',
        "crossing of prayers.",
        "phrase",
        None,
    ),
    (
        'Opponents have started calling the project the "thirsty factory", a name that spread.',
        "thirsty factory",
        "phrase",
        None,
    ),
    (
        'A very online fandom christened itself "the Barnacles." It grew fast.',
        "the Barnacles.",
        "phrase",
        None,
    ),
    (
        'Lee said the town\'s own master plan, "Harlow Springs Forward," named housing as its need.',
        "Harlow Springs Forward,",
        "phrase",
        None,
    ),
    (
        'The band will close with "Luna de Villa Almendra," a tango written for the hall.',
        "Luna de Villa Almendra,",
        "phrase",
        None,
    ),
    (
        'A local artist has proposed markers, a project she is calling "Here We Lived."',
        "Here We Lived.",
        "phrase",
        None,
    ),
    # "dubbed" with its object stays the dubber's words (PolNeAR)
    ('Senator Tim Kaine dubbed the event a "press conference."', "press conference.", "partial", "Senator Tim Kaine"),
    # an organisation's noun as the subject of "described as" gives a partial quote
    (
        'Crews detected what the railroad described as "elevated readings" near the cars.',
        "elevated readings",
        "partial",
        "the railroad",
    ),
    # a one-off naming is its speaker's words (PolNeAR)
    ('Ann Lee called it "a disaster."', "a disaster.", "partial", "Ann Lee"),
    # a sign's words are its holder's in PolNeAR; a statement's are its author's
    ('Ann Lee held up a sign reading "We will not move."', "We will not move.", "speech", "Ann Lee"),
    ('The statement read: "We regret the delay."', "We regret the delay.", "speech", "The statement"),
]  # fmt: skip


@pytest.mark.parametrize(
    ("body", "text", "kind", "mention"), PHRASES, ids=[p[0][:40] for p in PHRASES]
)
def test_phrases(body, text, kind, mention):
    table = quote_table(article_from_text(f"A headline about the town\n\n{body}", article_id="p"))
    row = table[table["text"] == text].iloc[0]
    got = None if pd.isna(row["speaker_mention"]) else row["speaker_mention"]
    assert (row["kind"], got) == (kind, mention)


#: (body, speaker): a portfolio between a title and the holder's name is no part of the name
PORTFOLIO_TITLES = [
    ('Deputy Minister of Climate Crisis Michalis Drakakis said it was "on track".', "Michalis Drakakis"),
    ('Senior Minister of State for Sustainability Faridah Osman called it "long overdue".', "Faridah Osman"),
    ('Minister for Health Mary Lou McDonald said it was "a scandal".', "Mary Lou McDonald"),
    ('Secretary of State Antony Blinken said the talks were "useful".', "Antony Blinken"),
]  # fmt: skip


@pytest.mark.parametrize(
    ("body", "speaker"), PORTFOLIO_TITLES, ids=[s for _, s in PORTFOLIO_TITLES]
)
def test_portfolio_title_before_name(body, speaker):
    from analysis import people_table

    art = article_from_text(f"A headline about the plan\n\n{body}", article_id="p")
    assert quote_table(art)["speaker"].tolist() == [speaker]
    assert people_table(art)["person"].tolist() == [speaker]


def test_definite_role_after_an_unnamed_described_speaker_is_unnamed():
    body = (
        "Ann Lee, the Labour MP for Eastbridge, said the plan was unfair.\n\nMinisters disagree."
        "\n\nOne senior backbencher said the unease had taken ministers by surprise. "
        '"They thought this would sail through," the MP said.\n\n'
        'Later Lee spoke again. "It is a stealth tax," the MP said.'
    )
    table = quote_table(article_from_text(f"A headline about the vote\n\n{body}", article_id="m"))
    got = [
        (None if pd.isna(s) else s, m)
        for s, m in zip(table["speaker"], table["speaker_mention"], strict=True)
    ]
    # the backbencher just described, not the MP named before; then Lee again
    assert got == [(None, "the MP"), ("Ann Lee", "the MP")]


def test_pronoun_after_a_description_set_beside_a_name_is_that_person():
    body = (
        "The boat rocked all night, said Jovelyn Macaraeg, 34, a fish vendor who was travelling"
        ' with her two children.\n\n"I held my daughter the whole night," she said.'
    )
    table = quote_table(article_from_text(f"Ferry ran aground\n\n{body}", article_id="f"))
    row = table.iloc[0]
    assert (row["speaker"], row["speaker_mention"], row["method"]) == (
        "Jovelyn Macaraeg",
        "she",
        "pronoun",
    )


#: (body, [(speaker, mention) per quote]): names the text gives in other ways
GIVEN_NAMES = [
    # a relative clause after a described speaker gives her first name
    (
        '"I use one every morning," said a nursing student who gave only her first name, Lotte.'
        ' "Now I will just be late," she added.',
        [("Lotte", "a nursing student"), ("Lotte", "she")],
    ),
    # names a relative clause gives, and an in-law before a name
    (
        'A dealer, who gave his name only as Taiwo, said it began at dawn.\n\n"The row was gone,"'
        " he said.\n\nVillage head Mponda, whose real name is Lackson Banda, said hippos came."
        ' "We are dying," he said.\n\nA farmer, who asked to be identified only as Abu Salim,'
        ' said it was cold. "I stood there," he recalled.\n\nHis daughter-in-law, Sita Rana,'
        ' said the family depended on it.\n\n"We paid with oranges," she said.',
        [
            ("Taiwo", "he"),
            ("Lackson Banda", "he"),
            ("Abu Salim", "he"),
            ("Sita Rana", "she"),
        ],
    ),
    # a first name alone with an age for a description
    (
        "Tomáš, a 16-year-old who attends a vocational school there, said the bus would not"
        ' work.\n\n"My classes start at 7:10," he said.',
        [("Tomáš", "he")],
    ),
    # a Cantonese name after an English given name: the two-letter surname alone
    (
        'Lawmaker Kenneth Lo Wing-fai said he would raise it.\n\n"This is no luxury," Lo said.',
        [("Kenneth Lo Wing-fai", "Lo")],
    ),
    # a capitalised role before a listed given name is no part of the name
    (
        'Shopper Brenda Lowe, 81, hopes it stays. "It is the heart of the town," she said.',
        [("Brenda Lowe", "she")],
    ),
    (
        'Reeve Arnold Penner said the town was split. "We are cut in two," Penner said.',
        [("Arnold Penner", "Penner")],
    ),
    # honorifics and titles of other places
    (
        'Geotechnical engineer Ir Chong Wei Sheng spoke on Monday. "It must stop," said Chong.',
        [("Chong Wei Sheng", "Chong")],
    ),
    ('"We fry all night," said Mdm Sumini, 51.', [("Sumini", "Mdm Sumini")]),
    (
        'H.E. Tomasz Weber met exporters. "We want more trade," H.E. Weber said.',
        [("Tomasz Weber", "H.E. Weber")],
    ),
    (
        'Ato Dawit Haile runs a mill. "We wait," Ato Dawit said. Weizero Almaz Bekele agreed.'
        ' "We waited," Weizero Almaz said.',
        [("Dawit Haile", "Ato Dawit"), ("Almaz Bekele", "Weizero Almaz")],
    ),
    # Zimbabwean and Ghanaian forms of address
    (
        'Party official Cde Tapiwa Moyo spoke. "We are ready," said Cde Moyo. The chief fisherman,'
        ' Togbui Agbesi Kumassah, agreed. "We wait," Togbui Kumassah said.',
        [("Tapiwa Moyo", "Cde Moyo"), ("Agbesi Kumassah", "Togbui Kumassah")],
    ),
    # engineers' titles and police ranks of other usages, short forms of Muhammad
    (
        '"It is simple," said Eng. Maryam Al Sulaiti, a manager. "We wait," DWD general manager'
        " Engr. Rosario Villaflor-Baltazar said.\n\nThe police spokesperson, SP Kehinde Afolabi,"
        ' said the market was calm. "Stay home," she said.\n\nRPD Executive Engineer Md Shafiqul'
        ' Islam said it was approved. "It depends on funds," he said.\n\nMd Tanvir Ahmed, an'
        ' engineer, agreed. "It was on time," he said.',
        [
            ("Maryam Al Sulaiti", "Eng. Maryam Al Sulaiti"),
            ("Rosario Villaflor-Baltazar", "DWD general manager Engr. Rosario Villaflor-Baltazar"),
            ("Kehinde Afolabi", "she"),
            ("Md Shafiqul Islam", "he"),
            ("Md Tanvir Ahmed", "he"),
        ],
    ),
    # a surname with a particle, used alone more often than the full name
    (
        'Director Nabil Al Momani spoke. "We work," Al Momani said. Al Momani said it was late.',
        [("Nabil Al Momani", "Al Momani")],
    ),
    (
        'Aisha bint Nasser Al Hinai led it. "It was tired," said Al Hinai.',
        [("Aisha bint Nasser Al Hinai", "Al Hinai")],
    ),
    # initials without dots (Indian usage), not the Burmese honorific "U"
    (
        'Engineer K S Ramalingaiah spoke. "We are ready," said K S Ramalingaiah. "Fine," said'
        ' R Meenakshi. "We wait," U Aung Myo Kyaw said.',
        [
            ("K S Ramalingaiah", "K S Ramalingaiah"),
            ("R Meenakshi", "R Meenakshi"),
            ("Aung Myo Kyaw", "U Aung Myo Kyaw"),
        ],
    ),
    # the first of two surnames, used alone, after an unlisted given name
    (
        '"We drank from the spring," said Eufemia Xochihua Pérez, a farmer.\n\nResidents will'
        ' stay. Xochihua, wrapped in a shawl, said the town would wait.\n\n"We have time," she'
        " said.",
        [("Eufemia Xochihua Pérez", "Eufemia Xochihua Pérez"), ("Eufemia Xochihua Pérez", "she")],
    ),
    # an appositive that opens with a region before the role
    (
        'Yannick Dubreucq, Benelux manager for the firm Zipto, said the ban was "a step back."'
        '\n\n"Half of our trips end at a station," he said.',
        [("Yannick Dubreucq", "Yannick Dubreucq"), ("Yannick Dubreucq", "he")],
    ),
]


@pytest.mark.parametrize(
    ("body", "expected"),
    GIVEN_NAMES,
    ids=[
        "first-name",
        "names-in-relative-clauses",
        "first-name-and-age",
        "cantonese",
        "shopper",
        "reeve",
        "ir",
        "mdm",
        "his-excellency",
        "ato-weizero",
        "cde-togbui",
        "engineers-ranks-md",
        "particle-surname",
        "bint",
        "dotless-initials",
        "first-surname",
        "region-role",
    ],
)
def test_names_given_in_other_ways(body, expected):
    table = quote_table(article_from_text(f"A headline about the town\n\n{body}", article_id="g"))
    assert list(zip(table["speaker"], table["speaker_mention"], strict=True)) == expected


def test_name_after_an_unlisted_lowercase_role_is_the_subject_of_its_cue():
    body = (
        'Josaia Ravuama said the drop came late.\n\n"Now the plants are ready," Mr Ravuama'
        " said.\n\nNasautoka turaga ni koro Viliame Drauna said 40 households had planted it."
        '\n\n"Our young people stayed," he said.'
    )
    table = quote_table(article_from_text(f"Kava prices fall\n\n{body}", article_id="k"))
    assert list(table["speaker"]) == ["Josaia Ravuama", "Viliame Drauna"]


def test_epithet_after_a_quote_paragraph_is_the_person_named_before():
    body = (
        "Chairman of the Half Moon Bay Fisherfolk Association Gregory Blenman told reporters"
        ' the fees came without consultation.\n\n"Nobody sat down with we. Nobody called a'
        ' meeting," the veteran fisherman said.'
    )
    row = quote_table(article_from_text(f"Fish market fees rise\n\n{body}", article_id="f")).iloc[0]
    assert (row["speaker"], row["speaker_mention"], row["method"]) == (
        "Gregory Blenman",
        "the veteran fisherman",
        "alias",
    )


def test_age_epithet_after_a_quote_paragraph_is_the_person_named_before():
    body = (
        "When Bhawani Shankar Meghwal first switched on the solar pump in his field, half of the"
        ' village came to watch.\n\n"People brought their children. Somebody distributed sweets," the'
        " 52-year-old said."
    )
    row = quote_table(article_from_text(f"Pumps fail\n\n{body}", article_id="p")).iloc[0]
    assert (row["speaker"], row["speaker_mention"]) == (
        "Bhawani Shankar Meghwal",
        "the 52-year-old",
    )


def test_text_pronouns_outvote_one_gendered_role_noun():
    body = (
        "Transport alderman Femke Oudendijk defended the plan. She said the square was full."
        "\n\nOudendijk said she understood the worries."
        '\n\n"It is not a ban, it is a relocation," she said.'
    )
    art = article_from_text(f"Bikes move\n\n{body}", article_id="b")
    row = quote_table(art).iloc[0]
    assert (row["speaker"], row["speaker_mention"]) == ("Femke Oudendijk", "she")
    speakers = speaker_table(art)
    assert speakers.loc[0, ["speaker", "gender", "gender_method"]].tolist() == [
        "Femke Oudendijk",
        "female",
        "pronoun",
    ]


def test_inverted_cue_with_a_described_speaker_after_a_named_one():
    body = (
        'Kelera Baleiwai sells kava. "Prices fell," she said.\n\n"We lose too," said a'
        " middleman who did not want to be named."
    )
    table = quote_table(article_from_text(f"Kava prices fall\n\n{body}", article_id="k"))
    cols = table["speaker"].fillna(""), table["speaker_mention"], table["method"]
    assert list(zip(*cols, strict=True)) == [
        ("Kelera Baleiwai", "she", "pronoun"),
        ("", "a middleman", "description"),
    ]


@pytest.mark.parametrize(
    "opening",
    [
        "One young mum at the meeting, who did not give her name, said the children used it.",
        "One parent at Harlow, whose son has ADHD, said the change was noticeable at home.",
        "One Air Force spouse, who asked not to be identified, said she had left her job.",
    ],
    ids=["who-clause-after-a-place", "whose-clause-after-a-place", "spouse"],
)
def test_pronoun_after_an_unnamed_speaker_stays_unnamed(opening):
    body = f'Librarian Ann Lee said the branch would close.\n\n{opening} "Where now?" she asked.'
    row = quote_table(article_from_text(f"Branch to close\n\n{body}", article_id="u")).iloc[0]
    assert pd.isna(row["speaker"])
    assert row["method"] == "description"
    assert row["speaker_mention"].startswith("One ")


@pytest.mark.parametrize(
    "opening",
    [
        "Another passenger, a retired tram driver, was more cautious.",
        "Outside the hall, one teacher from Co Mayo, who did not wish to be named, said no.",
        "A winegrower who asked not to be named said the aid would come too late.",
        "A lifeguard who worked at a nearby beach, and who asked not to be named, said no.",
        "One Kelworth supporter leaving the ground was blunter.",
        "A young hunter from Qaluguruaq who attended a borough meeting put it plainly.",
    ],
    ids=[
        "appositive-after-the-description",
        "irish-county",
        "compound-noun",
        "who-without-comma",
        "name-modifying-the-noun",
        "hunter-from-a-place",
    ],
)
def test_pronoun_after_a_described_speaker_with_an_appositive_or_place(opening):
    body = f'"We will be fine," said Erdem Yalcin, the manager.\n\n{opening} "Let us see," he said.'
    row = quote_table(article_from_text(f"Ferries return\n\n{body}", article_id="d")).iloc[1]
    assert pd.isna(row["speaker"])
    assert row["method"] == "description"


def test_definite_role_after_an_unnamed_described_speaker_of_that_role():
    body = (
        "Cherry grower Dale Vosberg said the freeze hit hard.\n\nOne grower, who asked not to"
        ' be named, said a developer had made an offer. "I would have laughed," the grower said.'
    )
    row = quote_table(article_from_text(f"Orchards freeze\n\n{body}", article_id="g")).iloc[0]
    assert pd.isna(row["speaker"])
    assert (row["speaker_mention"], row["method"]) == ("the grower", "description")


def test_pronoun_of_the_other_gender_passes_a_named_man():
    body = (
        "Planning chair Meena Halvorsen called it a ban.\n\nDuring public comment, one woman in the"
        ' back row pointed at Mr. Ike Ferreira. "You will be gone," she said.'
    )
    rows = quote_table(article_from_text(f"Solar rules\n\n{body}", article_id="w"))
    row = rows[rows["text"] == "You will be gone,"].iloc[0]
    assert pd.isna(row["speaker"])
    assert row["method"] == "description"


@pytest.mark.parametrize(
    ("opening", "speaker"),
    [
        (
            "Another tenant, retiree Odile Brenneck, 71, has lived on the estate since 1979 and"
            " minds her grandchildren there most evenings.",
            "Odile Brenneck",
        ),
        (
            "Harlan's sister, Corinne Vasquez-Dale, spoke to the court after the verdict was read.",
            "Corinne Vasquez-Dale",
        ),
    ],
    ids=["described-subject-then-its-name", "possessive-subject-then-its-name"],
)
def test_cueless_quote_after_a_described_subject_named_in_apposition(opening, speaker):
    body = f'{opening}\n\n"Every day after school they run to the slide. Where will they go?"'
    row = quote_table(article_from_text(f"Playground to close\n\n{body}", article_id="a")).iloc[0]
    assert (row["speaker"], row["speaker_mention"]) == (speaker, speaker)


@pytest.mark.parametrize(
    ("title", "mention"),
    [("Coun.", "Coun. Marlow Teague"), ("Cst.", "Cst. Marlow Teague")],
    ids=["canadian-councillor", "rcmp-constable"],
)
def test_title_abbreviation_keeps_the_name_in_the_mention(title, mention):
    body = f'"The plant is our biggest employer," said {title} Marlow Teague, who chairs it.'
    row = quote_table(article_from_text(f"Strike hits town\n\n{body}", article_id="c")).iloc[0]
    assert (row["speaker"], row["speaker_mention"]) == ("Marlow Teague", mention)


def test_the_sites_name_above_the_headline_is_an_outlet_not_a_person():
    text = (
        "Skip to main content\nSeven Leagues\nNews + Politics\n\nPark owner agrees to sell\n\n"
        "Mobile home park owner Ronan Pelkey, 74, told Seven Leagues he had nothing against"
        " the residents.\n\n"
        '"I want to retire. I want to see my grandkids," he said.'
    )
    art = article_from_text(text, article_id="s")
    assert [p.name for p in persons(art)] == ["Ronan Pelkey"]
    assert quote_table(art)["speaker"].tolist() == ["Ronan Pelkey"]
