"""People mentioned, and resolution of speaker mentions to full names.

Produces the ``people`` table (see :mod:`analysis.schema`) and the :class:`Person` records
that :mod:`analysis.quotes` and :mod:`analysis.speakers` use.

How a person is found
    Capitalised token runs ("Ukrainian President Volodymyr Zelenskyy") inside the title,
    headings, captions, body and credit blocks are split into a prefix of titles and
    adjectives and a name. A name is a person's when the text gives evidence: a title or
    honorific before it, a role noun before it ("activist Hanna Kaniewska"), an appositive
    with a role noun (", a 34-year-old accountant,"), an age (", 34,"), ", who", a speech
    verb next to it ("says Artyom", "Kukhta said"), a kinship noun ("her husband, Sergei
    ..."), a byline or photo credit, a he/she/his/her following it as the subject, or a
    common first name opening a two-word name (US Census list). Headlines in title case give
    no evidence. Runs holding an organisation word ("Battalion",
    "Union"), made only of places, or of nationality adjectives are never people; nor is a
    name whose every word is a common English word and no common first name or surname
    ("Treasury", "Social Security"; US Census surnames keep "Bush" and "Hall"). Particles
    and Arabic articles go on a name ("dos Santos", "al-Hamadi"), a quoted nickname inside
    it is skipped ('Marcus "Mo" Ramirez'). Shorter forms (the surname "Kukhta", the first
    name) link to the full name used elsewhere.

Gender
    From the text first: honorifics (``honorific``), gendered nouns such as "her husband"
    or "spokeswoman" (``noun``), and he/she pronouns that follow the person as the subject
    of a sentence (or of ", who said he ..."), open the next sentence outside quotes ('"...,"
    Ferrante said. "..." He said ...') or that the pronoun chain gives them (``pronoun``). Only without any of
    these, the sex a first name is mostly given to in the US Census 1990 name files (public
    domain; ``analysis/data/first_names.txt``) is used and flagged ``name list``; else
    ``unknown``. The ``speakers`` table reports such a gender as ``unknown`` unless asked
    (``speaker_table(..., name_genders=True)``); pronoun resolution always uses it.

Sources that are not people
    A speaker mention naming an organisation, outlet or place ("PolitiFact", "the Times")
    resolves to that name, so quotes keep their source; :func:`persons` and the ``people``
    table list people only.

Pronouns
    :func:`resolve_mention` ranks the people (and unnamed described people such as "a
    burly man") mentioned in the last few paragraphs by salience: subjects and quoted
    speakers weigh more than objects and possessives, weight decays with each sentence and
    paragraph of distance, and a known gender must agree, in the spirit of Lappin and Leass (1994), "An algorithm for pronominal anaphora
    resolution", Computational Linguistics 20(4).

Examples
--------
>>> from analysis import article_from_text
>>> art = article_from_text(
...     "Title\\n\\nBelarusian activist Hanna Kaniewska leads a youth hub. "
...     "She says Kaniewska is a common name.", article_id="a")
>>> [(p.name, p.aliases, p.gender, p.description) for p in persons(art)]
[('Hanna Kaniewska', ('Kaniewska',), 'female', 'Belarusian activist')]
"""

from __future__ import annotations

import bisect
import dataclasses
import functools
import itertools
import logging
import operator
import re
import unicodedata
from collections import Counter
from collections.abc import Container, Iterable, Mapping, Sequence
from dataclasses import dataclass, field, replace
from importlib import resources as importlib_resources
from typing import Any, NamedTuple

import pandas as pd

from . import resources
from ._frames import Rows, article_frame
from .errors import MissingResourceError
from .layout import GLUED_ICON_LABEL
from .segment import sentences
from .types import Article, Block

logger = logging.getLogger(__name__)

# --------------------------------------------------------------------------- rule tables

#: Block labels searched for names.
PERSON_LABELS: frozenset[str] = frozenset({"title", "heading", "caption", "body", "credit"})
#: Block labels whose people can be the antecedent of a pronoun in another block.
NARRATIVE_LABELS: frozenset[str] = frozenset({"body"})
#: Lowercase connectors inside a name ("Ursula von der Leyen"). General knowledge (MIT).
NAME_PARTICLES: frozenset[str] = frozenset(
    {"de", "da", "del", "della", "der", "den", "di", "du", "la", "le", "van", "von", "bin", "ibn"}
    | {"bint", "binti"}
    | {"al", "el", "dos", "das", "ter", "op", "y"}
    | {"anak"}  # Iban and Bidayuh names of Sarawak: "Suzanne anak Jimbun"
    | {"ab", "ap"}  # Welsh patronymics: "Aled ab Iorwerth", "Dafydd ap Gwilym"
)
#: Lowercase particles inside a name that say whose son or daughter the person is ("Hariz
#: bin Mahadi", "Rosmawati binti Jaludin"): the name itself states the gender.
PATRONYMIC_GENDER: Mapping[str, str] = {
    "bin": "male",
    "binti": "female",
    "binte": "female",
    "bint": "female",
    "bte": "female",
}
#: Days of the week: given names too in West Africa ("Mr. Friday Atabo", "Monday Okafor").
DAY_NAMES: frozenset[str] = frozenset(
    {"monday", "tuesday", "wednesday", "thursday", "friday", "saturday", "sunday"}
)
#: Capitalised words that never start or make a name (beyond NLTK stopwords): months, days,
#: sentence adverbs and prepositions. General knowledge (MIT).
COMMON_CAPS: frozenset[str] = frozenset(
    {"january", "february", "march", "april", "june", "july", "august", "september"}
    | {"october", "november", "december"}
    | DAY_NAMES
    | {"inside", "outside", "despite", "according", "amid"}
    | {"among", "across", "behind", "beyond", "near", "toward", "towards", "within", "without"}
    | {"upon", "meanwhile", "however", "still", "yet", "also", "even", "instead", "later"}
    | {"earlier", "today", "tonight", "yesterday", "tomorrow", "perhaps", "maybe", "although"}
    | {"though", "unlike", "like", "since", "unless", "whether", "while", "whereas", "please"}
    | {"photo", "photos", "image", "video", "copyright", "getty", "images", "ap", "afp"}
    | {"reuters", "advertisement", "related", "read", "more", "editor", "note", "update"}
    | {"nevertheless", "nonetheless", "moreover", "furthermore", "therefore", "thus", "hence"}
    | {"otherwise", "indeed", "overall", "besides", "finally", "anyway", "regardless", "often"}
    | {"sometimes", "afterward", "afterwards", "still", "again", "already", "perhaps", "yes"}
    | {"someone", "anyone", "everyone", "somebody", "anybody", "everybody", "nobody", "one"}
    | {"neither", "either", "many", "several", "others", "people", "look", "additional"}
    | {"every", "much", "another", "everything", "something", "nothing", "none", "whatever"}
    | {"whoever", "women", "men", "children", "girls", "ladies", "gentlemen", "contact"}
    # currency abbreviations before an amount ("Rs 9,000", "Ksh 400")
    | {"rs", "inr", "usd", "eur", "gbp", "ksh", "kes", "ngn", "zar", "aed", "pkr", "lkr", "rp"}
    | {"gardaí", "msps", "mps", "tds", "meps", "mlas", "follow", "reach", "email"}
)
#: NLTK stopwords that are also given names or name parts, kept out of COMMON_CAPS.
#: ("m": the initial of "M. Gnanasekaran", not the "m" of "I'm")
NAME_STOPWORDS: frozenset[str] = frozenset(
    {"don", "will", "ma", "won", "d", "o", "y", "s", "t", "m"}
)
#: Title words that are adjectives too ("Presidential Debates", "Former Rivals"): before a
#: one-word name they are no evidence of a person.
TITLE_ADJECTIVES: frozenset[str] = frozenset(
    {"presidential", "former", "acting", "senior", "executive", "vice", "crown", "general"}
    | {"chief", "private", "major", "deputy", "assistant", "then", "hopeful", "candidate"}
    | {"nominee", "leader", "majority", "minority", "prime", "speaker", "count", "justice"}
)
#: Opening quotation marks and brackets: a word after one at a sentence start opens it.
OPENING_MARKS: frozenset[str] = frozenset({'"', "“", "‘", "'", "(", "["})
#: Evidence that makes a one-word sentence opener a name ("Clinton said", "Mr. Obama").
#: Letters after a name that are no part of it ("Crispin Thorogood KC", "Ann Lee MP").
POST_NOMINALS: frozenset[str] = frozenset(
    {"KC", "QC", "SC", "BL", "MP", "TD", "MLA", "MPP", "MSP", "MS", "MHA", "OBE", "MBE", "CBE",
     "KBE", "DBE", "PhD", "MD", "Esq"}
)  # fmt: skip
#: Determiners that make a following speech-verb form a noun ("the state", "a report").
NOUN_DETERMINERS: frozenset[str] = frozenset(
    {"the", "a", "an", "this", "these", "those", "his", "her", "its", "their", "our", "my",
     "your"}
)  # fmt: skip


def _noun_use(lowers: Sequence[str], i: int) -> bool:
    """The speech-verb form at ``i`` is a noun: a determiner before it, or a determiner and
    one lowercase word ("The state report's lead author", "In a brief interview with")."""
    if i > 0 and (lowers[i - 1] in NOUN_DETERMINERS or lowers[i - 1] in NOUN_PREPOSITIONS):
        return True  # (also "with state television", "in report after report")
    return (
        i > 1
        and lowers[i - 2] in NOUN_DETERMINERS
        and lowers[i - 1].isalpha()
        and not lowers[i].endswith(("s", "ed", "ing"))  # "The book accuses Bob": a verb
    )


#: Prepositions after which a speech-verb form is a noun ("with state television").
NOUN_PREPOSITIONS: frozenset[str] = frozenset({"with", "of", "for", "on", "in", "at", "by"})


#: Nouns of people who speak for a body ("a spokesman for Northstar").
SPOKESPERSON_NOUNS: frozenset[str] = frozenset(
    {"spokesman", "spokeswoman", "spokesperson", "representative", "analyst", "economist",
     "strategist", "executive", "official", "officials", "lawyer", "attorney"}
)  # fmt: skip
#: Endings of compound person nouns ("schoolteacher", "steelworker", "homeowner").
PERSON_NOUN_ENDINGS: tuple[str, ...] = (
    "teacher", "worker", "owner", "keeper", "maker", "writer", "player", "driver", "farmer",
    "grower", "holder", "seller", "dealer", "trader", "guard", "dweller", "goer", "rider",
)  # fmt: skip
#: Endings of compound person nouns that are rarely listed roles ("deckhand", "defenseman",
#: "farmhand", "countrywoman"); many surnames end so too ("Chapman"), they are left out.
PERSON_COMPOUND_ENDINGS: tuple[str, ...] = (*PERSON_NOUN_ENDINGS, "hand", "man", "woman")
#: Letters a compound person noun has before its ending ("deck" of "deckhand").
MIN_COMPOUND_HEAD = 3
#: Words with those endings that name no person ("beforehand", "human", "talisman").
NOT_PERSON_COMPOUNDS: frozenset[str] = frozenset(
    {"beforehand", "firsthand", "secondhand", "offhand", "underhand", "overhand", "backhand",
     "forehand", "shorthand", "longhand", "human", "inhuman", "superhuman", "ottoman",
     "talisman", "caiman", "screwdriver", "typewriter", "pacemaker", "underwriter"}
)  # fmt: skip
STRONG_OPENER_EVIDENCE: frozenset[str] = frozenset({"cue", "honorific", "kin", "age", "role noun"})


@functools.lru_cache(maxsize=1 << 12)
def person_compound(word: str) -> bool:
    """A lowercase compound person noun not in :func:`roles` and no listed name or
    nationality: "deckhand", "defenseman", "steelworker" (not "chapman", "german").

    >>> person_compound("deckhand"), person_compound("chapman"), person_compound("man")
    (True, False, False)
    """
    return (
        word.isalpha()
        and word not in NOT_PERSON_COMPOUNDS
        and any(
            word.endswith(e) and len(word) - len(e) >= MIN_COMPOUND_HEAD
            for e in PERSON_COMPOUND_ENDINGS
        )
        and word not in surnames()
        and word not in first_names()
        and word not in nationalities()
        and word not in place_words()
    )


#: Pronoun -> gender. Subject forms are the ones resolved as speakers.
PRONOUN_GENDER: Mapping[str, str] = {
    "he": "male",
    "him": "male",
    "his": "male",
    "himself": "male",
    "she": "female",
    "her": "female",
    "hers": "female",
    "herself": "female",
}
SUBJECT_PRONOUNS: frozenset[str] = frozenset({"he", "she"})
#: Honorific (lowercase, no dot) -> gender. General English usage (MIT).
HONORIFIC_GENDER: Mapping[str, str] = {
    "mr": "male",
    "mister": "male",
    "sir": "male",
    "lord": "male",
    "mrs": "female",
    "ms": "female",
    "miss": "female",
    "madam": "female",
    "madame": "female",
    "mme": "female",
    "mlle": "female",
    "dame": "female",
    "lady": "female",
    # honorifics of other languages and cultures
    "daw": "female",
    "mdm": "female",
    "ato": "male",
    "weizero": "female",
    "woizero": "female",
    "dona": "female",
    "alhaji": "male",
    "alhaja": "female",
    "haja": "female",  # Sierra Leone, Guinea ("Haja Isatu Kamara")
    "hadja": "female",
    "mma": "female",  # Setswana ("Mma Kelebogile Dikgang")
    "rra": "male",
    "gogo": "female",  # Zimbabwe, South Africa: a grandmother ("Village head Gogo Siphiwe Dube")
    "mazi": "male",  # Igbo ("Mazi Obinna Ezeakor")
    "hajia": "female",
    "hajiya": "female",
    "malam": "male",
    "encik": "male",
    "puan": "female",
    "datin": "female",
    "herr": "male",
    "frau": "female",
    "monsieur": "male",
    "señor": "male",
    "señora": "female",
    "signor": "male",
    "signora": "female",
    # religious titles of one sex ("Fr Liam Deegan", "Sister Mary Ryan"; as kin words before
    # a name the gender is the same: "her father John"). Not "Mother" ("Mother Jones", an
    # outlet) nor "Sheikh" (a surname too)
    "fr": "male",
    "father": "male",
    "brother": "male",
    "sister": "female",
    "monsignor": "male",
    "msgr": "male",
    "cardinal": "male",
    "ayatollah": "male",
    # South Asian honorifics
    "shri": "male",
    "smt": "female",
    "shrimati": "female",
}
#: Words before a mention that leave it in subject position (clause openers and punctuation).
CLAUSE_OPENERS: frozenset[str] = frozenset(
    {",", ";", ":", "—", "–", "-", "(", '"', "“", "”", "and", "but", "when", "while", "after"}
    | {"before", "because", "that", "why", "as", "since", "if", "although", "though", "where"}
    | {"so", "then", "until", "once", "whereas", "or", "nor", "yet", "whom"}
)
#: Tokens before an inverted speech verb ('," says Artyom'): punctuation ending a quote.
INVERSION_OPENERS: frozenset[str] = frozenset({",", '"', "”", "’", "'", ".", ":", ";", "—", "–"})
#: Members' titles before "for" and their seat ("the Liberal Democrat MP for Aldwater").
SEAT_HOLDERS: frozenset[str] = frozenset({"mp", "mla", "msp", "mpp", "ms", "td", "member"})
#: Listed first names that are also an Arabic article ("Al Gore", "Al Jazeera"): a name list
#: vouches for the name only with a listed surname after it.
ARTICLE_GIVEN_NAMES: frozenset[str] = frozenset({"al"})
#: Prepositions of place: a single name after them ("in Tulsa, an unarmed man") is a place.
LOCATIVES: frozenset[str] = frozenset(
    {"in", "at", "near", "inside", "outside", "across", "throughout", "around", "into"}
)
#: Journalists' roles in a byline ("Peter Lang Environment correspondent") and the beats
#: that come between the name and the role, capitalised there (Guardian and BBC bylines).
BYLINE_ROLES: frozenset[str] = frozenset(
    {"correspondent", "editor", "reporter", "writer", "columnist", "producer", "analyst"}
)
NEWS_BEATS: frozenset[str] = frozenset(
    {"environment", "political", "politics", "health", "education", "science", "technology",
     "tech", "business", "economics", "economy", "sport", "sports", "foreign", "diplomatic",
     "security", "transport", "legal", "arts", "culture", "media", "crime", "social",
     "affairs", "policy", "consumer", "energy", "climate", "defence", "defense", "world",
     "data", "investigations", "home", "chief", "senior", "deputy", "associate", "digital",
     "features", "news", "global", "international", "national", "community", "city"}
)  # fmt: skip
#: Lowercase nouns right before a name that make it an organisation's ("ratings agency
#: Standard Ridge", "the retailer Finch & Co.", "the band Harbour Lights").
ORGANISATION_NOUNS: frozenset[str] = frozenset(
    {"agency", "company", "firm", "bank", "lender", "insurer", "retailer", "chipmaker",
     "carmaker", "automaker", "startup", "start-up", "publisher", "broadcaster", "newspaper",
     "magazine", "utility", "airline", "brand", "charity", "nonprofit", "manufacturer",
     "supplier", "regulator", "conglomerate", "consultancy", "outlet", "website", "tabloid",
     "band", "label", "club", "group", "union", "fund"}
)  # fmt: skip
#: Nouns of groups that make a name right after them a body's ("the exiled workers'
#: initiative Pratsa", "the ruling party Fidesz"); set off by a comma, the name after such
#: a noun may be its head's ("the association, Mr Ikenna Obidike-Agu,").
BODY_LABEL_NOUNS: frozenset[str] = frozenset(
    {"initiative", "movement", "coalition", "alliance", "network", "collective",
     "organisation", "organization", "foundation", "association", "platform", "party"}
)  # fmt: skip
#: First words of place names that open no person's name ("Santa Cruz", "Fort Wayne").
PLACE_PREFIXES: frozenset[str] = frozenset(
    {"santa", "são", "puerto", "porto", "fort", "mount", "mt", "lake", "port", "north",
     "south", "east", "west", "upper", "lower", "new", "greater", "cape", "agios", "agia",
     "inis", "isle", "teluk", "kampung", "kota", "bukit", "pulau", "tanjung", "sungai", "desa",
     "kuala", "mv", "hms", "uss", "rms"}
)  # fmt: skip
#: Philippine local units whose name follows them ("Barangay Dalisay", "Purok Uno").
PLACE_UNITS: frozenset[str] = frozenset({"barangay", "brgy", "purok", "sitio"})
#: Words making such a unit an office before its holder's name ("Punong Barangay X").
PLACE_UNIT_OFFICES: frozenset[str] = frozenset({"punong", "kapitan", "captain", "chairman"})
#: Adjectives between a place preposition and a place's name ("in central Rävala").
PLACE_ADJECTIVES: frozenset[str] = frozenset(
    {"central", "northern", "southern", "eastern", "western", "downtown", "rural", "suburban",
     "coastal", "greater", "northeastern", "northwestern", "southeastern", "southwestern",
     "upstate", "inner", "outer", "old", "historic", "neighbouring", "neighboring", "nearby"}
)  # fmt: skip
#: Words before a place's name ("Visitors to Grant Park", "a show at Albert Hall").
PLACE_PREPOSITIONS: frozenset[str] = LOCATIVES | {"to", "from", "of", "on", "the", "via"}
#: Nouns after a possessive name that show it is a person's ("Kasich's parents").
KIN_NOUNS: frozenset[str] = frozenset(
    {"parents", "children", "kids", "family", "spouse", "relatives", "siblings", "wife"}
    | {"husband", "son", "daughter", "mother", "father", "brother", "sister", "grandchildren"}
)
#: Adverb endings: a capitalised word with one of them ("Significantly,") is not a name.
ADVERB_SUFFIXES: tuple[str, ...] = (
    "ally",
    "ently",
    "antly",
    "ously",
    "ively",
    "ingly",
    "edly",
    "ately",
    "ibly",
    "ably",
    "fully",
)
#: Lowercase second parts of hyphenated words that are English, not name syllables.
HYPHEN_WORDS: frozenset[str] = frozenset(
    {"era", "led", "run", "born", "made", "like", "type", "wide", "free", "long", "held", "fed"}
    | {"lite", "only", "less", "ward", "size", "area", "day", "year", "old", "new", "owned"}
    | {"bred", "up", "in", "out", "off", "on", "back", "over", "down", "side", "line", "time"}
    | {"due", "hard", "high", "low", "full", "half", "part", "self", "well", "ever", "tied"}
)
#: A name has at most this many capitalised words (longer runs are headlines or titles).
MAX_NAME_WORDS = 4
#: A block of 4+ words whose lowercase words are all shorter than this is in title case
#: ("Candidates Give Calculated Super Bowl Predictions"): its names get no evidence there.
TITLE_CASE_MAX_LOWER = 5
#: Longest headline run searched for known names (longer runs are left whole).
MAX_HEADLINE_RUN = 40
#: ... and more than this share of its words are capitalised.
TITLE_CASE_SHARE = 0.6
#: Words before a name that make it a modifier rather than a participant ("the Lukashenko regime").
DETERMINERS: frozenset[str] = frozenset({"the", "a", "an", "this", "that", "these", "those"})
#: Possessive pronouns: they open a role set off before a name ("My grandmother, Rosa ...",
#: "Its president, Ann Lee,") and own the speech nouns of :mod:`analysis.quotes` ("her remark").
POSSESSIVE_PRONOUNS: frozenset[str] = frozenset({"my", "our", "his", "her", "their", "your", "its"})
#: Words opening an appositive after a name (", a brigade leader", ", one of the ...").
APPOSITIVE_OPENERS: frozenset[str] = frozenset({"a", "an", "the", "one", "former", "another"})
#: Words ending an appositive description.
APPOSITIVE_END: frozenset[str] = frozenset(
    {",", ".", ";", ":", "—", "–", "(", ")", '"', "“", "”", "who", "which", "that", "whose"}
)
#: Auxiliary and common finite verbs: an appositive holding one is a clause.
CLAUSE_VERBS: frozenset[str] = frozenset(
    {"is", "are", "was", "were", "has", "have", "had", "will", "would", "can", "could"}
    | {"does", "did", "do", "should", "may", "might", "must", "remains", "seems", "became"}
    | {"said", "says", "say", "told", "added"}
)
#: Role premodifiers that look like verbs (-ed, -ing) but belong to a description.
ROLE_MODIFIERS: frozenset[str] = frozenset(
    {"retired", "acting", "elected", "exiled", "jailed", "imprisoned", "detained", "ousted"}
    | {"leading", "ruling", "governing", "outgoing", "incoming", "founding", "managing"}
    | {"embattled", "disgraced", "celebrated", "renowned", "self-described", "so-called"}
)
#: Possessive determiners that open a kinship phrase ("her husband, Sergei ...").
POSSESSIVES: frozenset[str] = frozenset({"his", "her", "their", "my", "our", "your", "its"})
#: Words allowed between a name and its speech verb ("Kukhta also said").
CUE_GAP: frozenset[str] = frozenset(
    {"also", "has", "had", "have", "later", "then", "previously", "recently", "once", "again"}
    | {"now", "often", "will", "would", "could", "might", "repeatedly", "publicly", "further"}
)
#: Speech verb forms used when analysis/data/cue_verbs.txt is absent (the quotes module's list).
SPEECH_VERBS_FALLBACK: frozenset[str] = frozenset(
    {"say", "says", "said", "tell", "tells", "told", "add", "adds", "added", "ask", "asks"}
    | {"asked", "explain", "explains", "explained", "write", "writes", "wrote", "note", "notes"}
    | {"noted", "argue", "argues", "argued", "claim", "claims", "claimed", "insist", "insists"}
    | {"insisted", "recall", "recalls", "recalled", "warn", "warns", "warned", "according"}
)
#: Verbs that follow a contributor's name in a credit line ("X contributed to this report").
CREDIT_AFTER: re.Pattern[str] = re.compile(
    r"\s+(?:and\s+(?:[A-Z][\w'’.-]*\s+){1,4})?(?:contributed|contributes)\b"
)
#: Text right before a photographer's or writer's name: "(AP Photo/", "Photo by ", "By ".
CREDIT_BEFORE: re.Pattern[str] = re.compile(
    r"""(?:
        \b(?:Photo|Photograph|Photos|Photographs|Photography|Picture|Pictures|Pics?|Foto|Image|Images|Video|Visual|Illustration|Illustrations|Graphics?|Credit|PHOTOS?|IMAGES?|PICTURES?)\s*(?:/|by\b|:)\s*
        (?:[A-Z][\w]*(?:\s+[A-Z]\w*)?\s*/\s*)?  # "Photo: RNZ Pacific / Kalesi Mara": outlet, name
      | (?:\A|\n|[—–]\ )\s*(?:By|by|BY|Written\ by|Reporting\ by|Posted\ by|Published\ by):?\s+
      | (?:\A|\n)\s*(?:By|BY|by):?\s+  # a second byline name, after "By Ana dos Santos and "
        (?:(?:[A-Z][\w'’.-]*|d[aeiou]s?|del|della|la|le|van|von|der|den|bin|ibn|al|el|ter)\s+){1,5}
        (?:and|&)\s+
      | \b(?:Additional\ reporting|Reporting|Editing|Edited|[Pp]hoto|Photographed)\ by\s+
      | \b(?:Additional\ inputs?\ (?:by|from)|[Tt]ranslated(?:\ (?:from|into)\ [A-Z]\w+){0,2}\ by)\s+
      | \b[Ww]ith\ (?:inputs|files|(?:a\ )?reports?)\ from\s+
      | \bPhotographer:\s*
      | ©\s*
      | (?:\A|\n|\ \ )\s*(?:WRITER|Writer|Additional\ reporting|Reporters?|Editors?|REPORTERS?|EDITORS?):\s+
      # ("Reporter: Ann Lee   Editor: Tom Hart", as Indonesian sites close a story)
    )\Z""",
    re.VERBOSE,
)
#: The opening of a line that credits a writer or photographer ("Illustration by Noor Haddad",
#: "(TNC photo by Sandeep Gawli)", "(With inputs from Rahul Jadhav)", "Image: Marta
#: Kowalczyk/AFP", "Photo: Ann Lee/Staff"): no headline, so a photographer is a person as
#: a writer is (an agency alone, "Photo: Handout", is none: see :func:`_context_evidence`).
CREDIT_LINE: re.Pattern[str] = re.compile(
    r"\(?(?:[A-Z]{2,6}\ )?(?:(?:[Pp]hoto(?:graph)?s?|Image|Illustration|Video)\ by|By|BY"
    r"|[Ww]ith\ inputs\ from)\b"
    r"|(?:Photo(?:graph)?s?|Photographer|Foto|Pictures?|Images?|Illustration|Video|Visual|Credit)\s*:"
)
#: Lowercase words that may follow a credited name ("Photo: Ann Lee for The Times").
CREDIT_NAME_FOLLOWERS: frozenset[str] = frozenset({"for", "and", "via", "of"})
#: Words of a credit block that credit the names in it ("By", "contributed", "Reporting by",
#: "Contributing:", "Photo:"): every full name there is a writer's or photographer's ("By Ann
#: Lee, Tom Hart and Priya Venkataraman, CNN"; "writers Tom Hart in Billings and Noor Haddad
#: in Salt Lake City contributed"), unless a place preposition comes before it.
CREDIT_CUE: re.Pattern[str] = re.compile(
    r"\b(?:[Bb]y|BY|[Cc]ontribut\w*|[Rr]eporting|[Ee]diting|[Ww]riting|[Pp]hoto\w*|Images?"
    r"|[Ii]nputs|[Aa]uthor|AUTHOR|[Rr]eporters?(?=:)|[Ee]ditors?(?=:))\b"
)
#: Longest name credited in a credit block (longer runs are organisations or headings).
MAX_CREDIT_NAME_WORDS = 4
#: A byline with the name in capitals ("By LAUREN HOLLISTER Associated Press", "By GRANT
#: HOLLOWAY FOR MAILONLINE"): the words after "By" (group 1), to the line's end.
CAPS_BYLINE: re.Pattern[str] = re.compile(r"\(?(?:By|BY|by):?[ ]+([A-Z][A-Z'’.-]*[ ,&][^\n]*)")
#: A photographer named in capitals closing a caption, before the outlet: "... 2026. YANN
#: QUÉMÉNEUR / AFP", "... since the 1970s ADRIAN FELLOWES FOR THE TIMES", "[ MARISOL
#: QUINTERO | Times ]", "PHOTO | JULIUS MWANGI | NMG" (group 1 opens the name).
CAPS_PHOTO_CREDIT: re.Pattern[str] = re.compile(
    r"(?:(?<=[\s\[(|])|\A)([A-ZÀ-ÖØ-Þ][A-ZÀ-ÖØ-Þ'’.-]+(?:[ ][A-ZÀ-ÖØ-Þ][A-ZÀ-ÖØ-Þ'’.-]+){1,3})"
    r"(?<![ ]FOTO)(?<![ ]PHOTO)(?<![ ]PHOTOS)(?=\s*(?:/|\||\]|\)|FOR\s))"  # not "ANTARA FOTO/"
    # or after a label, closing the caption: "—Photo: NAVEEN LUTCHMAN", "PHOTO | NAME"
    r"|(?:Photo|PHOTO|Picture|PICTURE|Foto|FOTO)\s*[:|]\s*"
    r"([A-ZÀ-ÖØ-Þ][A-ZÀ-ÖØ-Þ'’.-]+(?:[ ][A-ZÀ-ÖØ-Þ][A-ZÀ-ÖØ-Þ'’.-]+){1,3})\s*\Z"
)
#: Characters at a caption's end searched for :data:`CAPS_PHOTO_CREDIT`.
CAPS_CREDIT_TAIL: int = 80
#: An agency in capitals and a slash right before a photographer's name ("REUTERS/").
_AGENCY_SLASH: re.Pattern[str] = re.compile(
    r"\b(?:[A-Z]{2,10}|Reuters|Getty|Xinhua|Bloomberg|Keystone|Belga|Shutterstock|Alamy)"
    r"(?:/| / )\Z"
)  # ("Keystone / Lukas Tresch", "© Belga / Koen Delanghe")
#: A word with a capital inside after three or more lowercase letters ("MailOnline",
#: "TechCrunch", "PolitiFact", "JoyNews"): outlets and firms write their names so, people
#: after a short prefix ("McCain", "DeShawn", "LaGuardia"), except those below ("MacArthur").
_OUTLET_CAMEL: re.Pattern[str] = re.compile(r"[A-Z][a-z]{2,}[A-Z][a-z]")
CAMEL_NAME_PREFIXES: tuple[str, ...] = (
    "fitz",
    "vander",
    "vande",
    "mac",
    "van",
    "von",
    "del",
    "des",
    "san",
)
#: A word of a byline, or a comma.
_BYLINE_WORD: re.Pattern[str] = re.compile(r"[^\s,]+|,")
#: Words in capitals that join two byline names ("By ANN LEE AND TOM HART").
CAPS_BYLINE_JOINERS: frozenset[str] = frozenset({"AND", "&"})
#: A photographer's agency or outlet after the name, closing the credit ("Nadia
#: Trelawny/Staff", "(Marc-André Belliveau/CBC)", "REUTERS/Celine Marrow/File Photo"), or
#: "for" an outlet when the name opens its line ("Maya Ferreira for NPR").
#: A caption line that is a name and its outlet ("Maya Ferreira for NPR", "Ann Lee/AFP").
NAME_CREDIT_LINE: re.Pattern[str] = re.compile(
    r"(?:[A-Z][\w'’.-]*[ ]){1,3}[A-Z][\w'’.-]*(?:[ ]?/[ ]?|[ ]for[ ](?:The[ ])?|[ ]via[ ]|,[ ])"
    r"[A-Z][\w&'’.-]*(?:[ /][A-Z][\w&'’.-]*){0,3}\.?\s*\Z"
)
#: Block labels where a line "<name> for <outlet>" credits a photographer or writer.
CREDIT_LINE_LABELS: frozenset[str] = frozenset({"caption", "credit"})
CREDIT_OUTLET_AFTER: re.Pattern[str] = re.compile(
    r"(?:[ ]?/[ ]?(?:For[ ](?:The[ ])?)?|[ ]\|[ ](?:The[ ])?(?!By\b)"  # "Name | The Journal Gazette"
    r"|(?P<for>[ ]for[ ](?:The[ ])?|[ ]via[ ]|,[ ]))[A-Z][\w&'’.-]*"
    r"(?:[ /](?:(?:and|&)[ ])?[A-Z][\w&'’.-]*){0,3}(?:/\d{4})?\.?[ ]*(?:\)|\n|\Z)"  # "Courier & Press"
)
#: A social-media handle in brackets after a name: an embedded post's signature ("— Layla
#: Haidar (@LaylaHaidar_) May 5, 2026") or a writer's account ("Tom Lee (@tomlee)").
HANDLE_AFTER: re.Pattern[str] = re.compile(r"[ ]\(@\w{2,30}\)")
#: A word (with inner apostrophes and hyphens) or one other non-space character.
_TOKEN = re.compile(r"\w+(?:['’‘]\w+)*(?:-\w+(?:['’‘]\w+)*)*|[^\w\s]")
#: Endings of a possessive ("Putin's", "Trump’s").
POSSESSIVE_ENDINGS: tuple[str, ...] = ("'s", "’s")
_CONTRACTION = re.compile(r"['’](?:m|re|ve|ll|d|t)\Z", re.IGNORECASE)
#: A party-and-state tag ("R-Ga", "D-Mo") or any one capital letter joined by a hyphen.
_PARTY_STATE = re.compile(r"[A-Z]-")
#: After a name inside a mention: a lowercase head noun it modifies ("Trump campaign",
#: "Grayson's former supporters").
_MODIFIED_HEAD = re.compile(r"(?:['’]s)?\s+([a-z][\w-]*)")
_ACRONYM = re.compile(r"[A-Z][A-Z&]{1,7}")
_SENTENCE_END = re.compile(r"[.!?][\"”’')]*\s*\Z")
_INITIALS = re.compile(r"(?:[A-Z]\.)*[A-Z]\.?")
_GAP_OK = frozenset({" ", "\u00a0"})
#: Evidence sets the name rules compare with.
_ONLY_PRONOUN = frozenset({"pronoun"})
_PLACE_DROPPED = frozenset({"appositive", "relative", "age", "pronoun"})
_SPEAKER_EVIDENCE = frozenset({"appositive", "age", "cue", "given name"})
#: Sort and search keys (C getters, no Python call per comparison).
_START = operator.attrgetter("start")
_FIRST = operator.itemgetter(0)
_QUOTE_MARK = re.compile('["“]')
#: The double quotation mark tokens :func:`_quote_mask` reads.
_DOUBLE_QUOTES = frozenset({'"', "“", "”"})
#: A surname with a lowercase Arabic article or patronymic joined by a hyphen ("al-Hamadi",
#: "el-Sisi", "bin-Salman"), or an elided "d'"/"l'" ("Jeanne d'Arc Mukandayisenga"): it goes
#: on a name like a capitalised word.
PREFIXED_NAME = re.compile(
    r"(?:(?:al|el|ad|ar|as|ash|at|az|an|ud|ul|bin|ibn|abu)-|[dl]['’])[A-Z]\w"
)
#: The Arabic article of such a surname, which a later mention may drop ("Hassan al-Bazzi"
#: is "Bazzi", "Rania el-Haddad" is "Haddad"); a patronymic ("bin-Salman") stays.
ARABIC_ARTICLE = re.compile(r"(?:[Aa]l|[Ee]l|ad|ar|as|ash|at|az|an|ud|ul)-(?=[A-Z])")
#: An age used as a noun ("the 72-year-old said").
_NUMBER_WORD = (
    r"(?:one|two|three|four|five|six|seven|eight|nine|ten|eleven|twelve|thirteen|fourteen"
    r"|fifteen|sixteen|seventeen|eighteen|nineteen|twenty|thirty|forty|fifty|sixty|seventy"
    r"|eighty|ninety)(?:-(?:one|two|three|four|five|six|seven|eight|nine))?"
)
#: An age as a word ("58-year-old", "seventy-two-year-old").
YEAR_OLD = re.compile(rf"(?:\d{{1,3}}|{_NUMBER_WORD})-year-old")
#: A speaker label in capitals opening a transcript's paragraph ("SEN. ELAINE GRANT: ...").
_TRANSCRIPT_LABEL = re.compile(r"((?:[A-Z][A-Z'’-]*\.?[ ]){1,3}[A-Z][A-Z'’-]+):[ ]+\S")
#: A quoted nickname inside a name, with the space before it.
_NICKNAME = re.compile(r'\s["“‘][^"“”‘’]*["”’]')
#: Marks that may open a nickname inside a name ('Marcus "Mo" Ramirez', "Thomas ‘Wee Tam’
#: Rennie"), and those that may close one.
NICKNAME_OPENERS: frozenset[str] = frozenset({'"', "“", "‘"})
NICKNAME_CLOSERS: frozenset[str] = frozenset({'"', "”", "’"})
#: A lowercase word (the vocabulary that tells common words from names).
_LOWER_WORD = re.compile(r"\b[a-z][a-z'’-]*\b")
#: What one :data:`_LOWER_WORD` match can be, and the characters it is made of.
_LOWER_WORD_FULL = re.compile(r"[a-z][a-z'’-]*")
_LOWER_CLASS = frozenset("abcdefghijklmnopqrstuvwxyz'’-")
#: :data:`_TOKEN` as a splitter, with possessive repeats (same tokens, no backtracking):
#: every character that is not a space belongs to a token, so the split pieces (space,
#: token, space, ...) tile the text and token offsets are running sums of their lengths.
_TOKEN_SPLIT = re.compile(r"(\w++(?:['’‘]\w++)*+(?:-\w++(?:['’‘]\w++)*+)*+|[^\w\s])")

#: Salience of one mention by grammatical role (after Lappin and Leass 1994).
SALIENCE: Mapping[str, float] = {
    "speaker": 120.0,
    "subject": 100.0,
    "object": 40.0,
    "modifier": 20.0,
}
#: Salience kept per sentence (and per paragraph) of distance; paragraphs searched back.
SALIENCE_DECAY = 0.7
#: Share of its weight an unnamed person of no known gender ("a cousin still rents the
#: land") keeps as the antecedent of "he" or "she".
UNGENDERED_DESCRIPTION_WEIGHT = 0.45
#: Share of the weight of a referent's other mentions added to its best mention's weight.
SALIENCE_REPEAT = 0.2
PRONOUN_WINDOW_PARAGRAPHS = 4
#: Sentences searched back for antecedents, and most mentions weighed per pronoun.
SALIENCE_WINDOW_SENTENCES = 15
SALIENCE_MAX_EVENTS = 200
#: Given names written short with a dot ("Ma. Luisa Cabahug", María in the Philippines;
#: "Wm. Barr"): a run goes on past their dot.
GIVEN_ABBREVIATIONS: frozenset[str] = frozenset({"Ma", "Wm", "Thos", "Chas", "Md"})
#: Lowercase words inside an organisation's name ("Ministry of Industry and Information").
ORG_NAME_JOINERS: frozenset[str] = frozenset({"of", "and", "the", "for", "&"})
#: Longest mention (in tokens) whose proper name is returned as a non-person source, unless
#: it is one name (capitalised words and :data:`ORG_NAME_JOINERS` only).
MAX_SOURCE_WORDS = 6
#: Lowercase words of jurisdiction before a body's name ("the state Department of Health",
#: "the federal Bureau of Prisons").
JURISDICTION_WORDS: frozenset[str] = frozenset(
    {"state", "federal", "city", "county", "national", "provincial", "regional", "municipal",
     "local", "district", "territorial", "parish", "town", "village", "borough"}
)  # fmt: skip
#: Tokens scanned back from a name for a speech verb in its sentence before the block's
#: speech verbs are indexed (see ``_AfterCue``).
CUE_SCAN_TOKENS = 30
#: Pronouns resolved to a person of unknown gender needed to give them that gender.
CHAIN_GENDER_MIN = 2


# --------------------------------------------------------------------------- public records


@dataclass(frozen=True)
class Person:
    """One person in an article.

    ``name`` is the fullest form the text gives ("Hanna Kaniewska"), ``aliases`` the
    shorter forms it uses later ("Kaniewska"), ``mentions`` the spans of every name or
    alias mention, in text order.
    """

    name: str
    aliases: tuple[str, ...] = ()
    gender: str = "unknown"
    gender_method: str | None = None
    description: str | None = None
    mentions: tuple[tuple[int, int], ...] = ()


def persons(article: Article) -> tuple[Person, ...]:
    """Every person the article mentions, in order of first mention.

    Parameters
    ----------
    article : Article
        The article; title, heading, caption, body and credit blocks are searched
        (duplicate blocks are skipped).

    Returns
    -------
    tuple of Person
        Name, aliases, gender with its evidence, description and mention spans.

    Examples
    --------
    >>> from analysis import article_from_text
    >>> art = article_from_text("T\\n\\nThe Kastus Kalinouski Battalion grows, says Pavel Kukhta."
    ...                         " Kukhta, the commander, says he is busy.", article_id="a")
    >>> [(p.name, p.aliases, p.gender, p.mentions) for p in persons(art)]
    [('Pavel Kukhta', ('Kukhta',), 'male', ((47, 59), (61, 67)))]
    """
    return _analyse(article).persons


def resolve_mention(
    article: Article,
    start: int,
    end: int,
    *,
    previous_speakers: Sequence[tuple[int, str]] = (),
) -> tuple[str | None, str | None]:
    """Resolve the speaker mention ``article.text[start:end]`` to ``(full name, method)``.

    Parameters
    ----------
    article : Article
        The article holding the mention.
    start, end : int
        Offsets of the mention ("Pavel Kukhta", "Kukhta", "he", "a spokesman").
    previous_speakers : sequence of (int, str)
        ``(offset, full name)`` of quotes already attributed earlier in the text, in text
        order; they count as salient subjects when a pronoun is resolved.

    Returns
    -------
    tuple
        ``(name, method)``: ``method`` is ``name`` (full name, with or without a title),
        ``alias`` (surname or first name of a person named elsewhere, or a definite
        description such as "the commander" that the text gave that person), ``pronoun`` (he/she
        resolved by salience), ``description`` (an unnamed described person; name None), or
        ``(None, None)`` when nothing can be said. A mention naming an organisation, outlet
        or place ("PolitiFact", "the Times") gives that name with ``name``: the text names
        the source. A guess is never presented as a name.

    Examples
    --------
    >>> from analysis import article_from_text
    >>> text = "T\\n\\nSays Pavel Kukhta, a commander. Kukhta said Putin lied. He laughed."
    >>> art = article_from_text(text, article_id="a")
    >>> resolve_mention(art, text.index("Kukhta said"), text.index("Kukhta said") + 6)
    ('Pavel Kukhta', 'alias')
    >>> resolve_mention(art, text.index("He "), text.index("He ") + 2)
    ('Pavel Kukhta', 'pronoun')
    """
    info = _analyse(article)
    n = len(article.text)
    start, end = max(0, min(start, n)), max(0, min(end, n))
    if end <= start:
        return None, None
    raw = article.text[start:end]
    word = raw.strip().lower()
    if word in PRONOUN_GENDER:
        return _resolve_pronoun(info, start, PRONOUN_GENDER[word], previous_speakers)
    found = _resolve_named(info, start, end)
    if found is not None:
        return found
    return _resolve_unlisted(info, raw, start)


def people_table(source: Any, *, count_pronouns: bool = False) -> pd.DataFrame:
    """One row per person mentioned per article.

    Parameters
    ----------
    source : Article, path, text, corpus or DataFrame
        What to read (see :func:`analysis.io.iter_articles`).
    count_pronouns : bool
        Add he/she/him/his/her mentions resolved to the person to ``n_mentions``
        (default False: ``n_mentions`` counts mentions by full name or alias only).

    Returns
    -------
    pandas.DataFrame
        Columns of the ``people`` table: ``person``, ``n_mentions``, ``first_start`` and
        ``first_end`` (first mention by name or alias), ``quoted`` and ``n_quotes``
        (speech and partial quotes whose speaker is the person, from
        :func:`analysis.quotes.quote_table`).

    Examples
    --------
    >>> from analysis import article_from_text
    >>> art = article_from_text("T\\n\\nSen. Ann Lee met Mr. Bo Chen. Lee spoke.", article_id="a")
    >>> people_table(art)[["person", "n_mentions", "first_start"]].values.tolist()
    [['Ann Lee', 2, 8], ['Bo Chen', 1, 24]]
    """
    return article_frame(
        source, "people", functools.partial(_people_rows, count_pronouns=count_pronouns)
    )


# --------------------------------------------------------------------------- data loading


@functools.cache
def _word_list(name: str) -> frozenset[str]:
    """Lines of ``analysis/data/<name>`` without comments, as a frozenset."""
    text = importlib_resources.files("analysis.data").joinpath(name).read_text(encoding="utf-8")
    return frozenset(
        line.strip() for line in text.splitlines() if line.strip() and not line.startswith("#")
    )


def titles() -> frozenset[str]:
    """Titles and honorifics, lowercase without dots (``analysis/data/titles.txt``)."""
    return _word_list("titles.txt")


def roles() -> frozenset[str]:
    """Role and person nouns (``analysis/data/roles.txt``)."""
    return _word_list("roles.txt")


def nationalities() -> frozenset[str]:
    """Nationality, religious and party adjectives and nouns (``nationalities.txt``)."""
    return _word_list("nationalities.txt")


class _AccentFolded(frozenset[str]):
    """A lowercase name list that also holds a name written with accents whose plain form
    it lists ("seán", "rogério", "josé"): the lists are of plain ASCII names."""

    def __contains__(self, word: object) -> bool:
        if frozenset.__contains__(self, word):
            return True
        return (
            isinstance(word, str)
            and not word.isascii()
            and frozenset.__contains__(self, _without_accents(word))
        )


@functools.lru_cache(maxsize=1 << 14)
def _without_accents(word: str) -> str:
    """``word`` without its combining accents ("seán" -> "sean"; "đ" stays)."""
    return "".join(c for c in unicodedata.normalize("NFKD", word) if not unicodedata.combining(c))


@functools.cache
def first_names() -> frozenset[str]:
    """Common first names (``analysis/data/first_names.txt``: US Census 1990, public domain;
    ``given_names_world.txt``: names of other regions, written for this project), also when
    written with accents ("Seán", "Rogério").

    A permissively licensed name list: evidence that a capitalised word pair names a person.
    """
    return _AccentFolded(name_list_genders())


@functools.cache
def surnames() -> frozenset[str]:
    """Common US surnames (``analysis/data/surnames.txt``: US Census 1990, public domain),
    also when written with accents."""
    return _AccentFolded(_word_list("surnames.txt"))


@functools.cache
def name_list_genders() -> Mapping[str, str]:
    """First name -> the sex it is mostly given to (``female``, ``male`` or ``unknown``).

    Used only when the text gives no evidence, and reported as gender_method ``name list``.
    """
    pairs = (line.split() for line in _word_list("first_names.txt"))
    genders = {p[0]: (p[1] if len(p) > 1 else "unknown") for p in pairs if p}
    # given names of other regions: evidence of a name, never of a sex
    for name in _word_list("given_names_world.txt"):
        genders.setdefault(name, "unknown")
    return genders


def org_words() -> frozenset[str]:
    """Organisation and place head words (``analysis/data/org_words.txt``)."""
    return _word_list("org_words.txt")


@functools.cache
def org_names() -> frozenset[str]:
    """Well-known one-word organisation names, lowercase (``organisations.txt``)."""
    return frozenset(w.lower() for w in _word_list("organisations.txt"))


@functools.cache
def place_words() -> frozenset[str]:
    """Words of place names (``analysis/data/places.txt``), lowercase."""
    return frozenset(w.lower() for line in _word_list("places.txt") for w in line.split())


@functools.cache
def _one_word_places() -> frozenset[str]:
    """Place names of one word ("Queensland", "Ohio"), lowercase."""
    return frozenset(line.lower() for line in _word_list("places.txt") if " " not in line)


@functools.cache
def gendered_nouns() -> Mapping[str, str]:
    """Noun -> gender from ``analysis/data/gendered_nouns.txt``."""
    pairs = (line.split() for line in _word_list("gendered_nouns.txt"))
    return {p[0]: p[1] for p in pairs if len(p) >= 2}


@functools.cache
def speech_verbs() -> frozenset[str]:
    """Forms of speech verbs: the quotes module's ``cue_verbs.txt`` when present."""
    try:
        lines = _word_list("cue_verbs.txt")
    except (FileNotFoundError, OSError):
        return SPEECH_VERBS_FALLBACK
    forms = {w for line in lines if "|" not in line for w in line.split()}
    return frozenset(forms | {"according"})


@functools.cache
def _common_caps() -> frozenset[str]:
    try:
        stop = resources.stopwords()
    except MissingResourceError:
        logger.warning("NLTK stopwords missing; names are filtered with built-in lists only")
        stop = frozenset()
    return frozenset((stop - NAME_STOPWORDS) | COMMON_CAPS | KIN_ADDRESS)


#: Kin words used as a name in speech ("and Mom kept us going"): no person's name.
KIN_ADDRESS: frozenset[str] = frozenset(
    {"mom", "mum", "dad", "mommy", "mummy", "daddy", "grandma", "grandpa", "granny",
     "grandad", "granddad", "grandmother", "grandfather", "auntie", "nan", "nana", "nanna",
     "gran"}
)  # fmt: skip


@functools.cache
def _stop_tokens() -> frozenset[str]:
    """Words that end a name when scanning a capitalised run from the right."""
    return titles() | nationalities() | org_words() | _common_caps() | speech_verbs()


# --------------------------------------------------------------------------- analysis


@dataclass(slots=True)
class _Occ:
    """One name occurrence (internal)."""

    start: int
    end: int
    words: tuple[str, ...]
    block: int
    paragraph_id: int
    sentence: int
    ext_start: int
    role: str = "object"
    in_quote: bool = False
    evidence: set[str] = field(default_factory=set)
    genders: list[tuple[str, str]] = field(default_factory=list)
    premod: str | None = None
    appositive: str | None = None
    appositive_span: tuple[int, int] | None = None
    narrative: bool = True
    at_start: bool = False
    person: int = -1
    age: str | None = None
    thing: bool = False  # "Frostline, which sells ...": a relative "which" names a thing
    organisation: bool = False  # "ratings agency Standard Ridge": a noun of firms before it
    clause_end: int = -1  # end of ", who ...," or of an appositive right after the name
    alias_of: int = -1  # "X, ... known as Abu Khalil": the start of X's occurrence
    place: bool = False  # the text uses the name as a place elsewhere ("the town of X")
    surname_pronoun: bool = False  # a sentence-opening one-word name, then he/she

    @property
    def name(self) -> str:
        return " ".join(self.words)


class _Described(NamedTuple):
    """A described person ("a burly man", "the actress") in narrative text (internal)."""

    start: int
    head: str
    sentence: int
    paragraph_id: int
    gender: str
    subject: bool
    definite: bool


#: A mention of a referent, for pronoun salience (internal): ``(pos, sentence, paragraph_id,
#: referent, role, block, narrative)``; ``referent`` is a person index, or ``-1 - k`` for the
#: k-th described (unnamed) person. A plain tuple of atoms: the salience loop unpacks it in
#: one step, and the garbage collector stops tracking it (an article's events are kept).
_Event = tuple[int, int, int, int, str, int, bool]
#: A name occurrence as :func:`resolve_mention` needs it: ``(start, end, person, n_words)``.
_NameSpan = tuple[int, int, int, int]


@dataclass
class _Info:
    article: Article
    persons: tuple[Person, ...]
    names: list[_NameSpan]  # every name occurrence, by start (persons' and others')
    events: list[_Event]
    sent_starts: list[int]
    sent_paragraph: list[int]
    pronoun_results: dict[int, tuple[str | None, str | None]]
    described_gender: list[str]
    person_index: dict[str, int]
    lower_words: Container[str] = field(default_factory=set)
    role_nouns: _RoleNouns = field(default_factory=lambda: _RoleNouns(()))
    ref_genders: tuple[tuple[Person, ...], list[str]] | None = None
    name_lookup: tuple[tuple[Person, ...], dict[tuple[str, ...], int], dict[str, int]] | None = None
    #: (start, person, subject?) of the person mentions outside quotes
    outside: list[tuple[int, int, bool]] = field(default_factory=list)
    #: the ids of the paragraphs that hold sentences, ascending (made when first needed)
    searched_paragraphs: list[int] | None = None


@functools.lru_cache(maxsize=256)
def _analyse(article: Article) -> _Info:
    text = article.text
    sents = _sentence_spans(article)
    sent_starts = _Starts(s for s, _, _ in sents)
    lower_words = _LowerWords(_without_furniture(article))
    occs: list[_Occ] = []
    places: set[tuple[str, ...]] = set()  # names the text uses as places ("the town of X")
    deferred: list[tuple[_Toks, list[bool], tuple[int, int, bool, bool]]] = []
    described: list[_Described] = []
    pronouns: list[tuple[int, int, str, int, int, bool]] = []
    quote_only: set[int] = set()
    org_surnames = _OrgSurnames()

    def names_of(
        toks: _Toks,
        quoted: list[bool],
        where: tuple[int, int, bool, bool],
        known: set[tuple[str, ...]] | None,
    ) -> None:
        _block_names(
            article,
            toks,
            quoted,
            where,
            sent_starts,
            lower_words,
            occs,
            known,
            places,
            org_surnames,
        )

    mastheads = _mastheads(article)
    for bi, block in enumerate(article.blocks):
        if block.duplicate or block.label not in PERSON_LABELS:
            continue
        chunk = text[block.start : block.end]
        if block.label == "credit" and (glued := _glued_outlet(chunk, mastheads)):
            # "Kieran SlatteryKalgoorlie Miner": the byline is the name alone
            block = dataclasses.replace(block, end=block.start + glued)
            chunk = chunk[:glued]
        elif block.label == "caption" and (icon := GLUED_ICON_LABEL.match(chunk)):
            # "Camera IconMikaela Tanaka-Brennan, 17, ...": the caption after its label
            block = dataclasses.replace(block, start=block.start + icon.end())
            chunk = chunk[icon.end() :]
        toks = _tokens(text, block.start, block.end)
        no_quotes = [False] * len(toks)
        quoted = _quote_mask(toks.words) if _QUOTE_MARK.search(chunk) else no_quotes
        narrative = block.label in NARRATIVE_LABELS
        headline = block.label in ("title", "heading") or (
            block.label != "credit"
            and not _SENTENCE_END.search(chunk)
            and not CREDIT_LINE.match(chunk)
            and not (block.label in CREDIT_LINE_LABELS and NAME_CREDIT_LINE.match(chunk))
        )  # "By Tom Becker, Staff Writer", "Illustration by Noor Haddad": credits, no headlines
        where = (bi, block.paragraph_id, narrative, _title_case(toks.words, headline))
        if where[3]:
            deferred.append((toks, quoted, where))
        else:
            label = _TRANSCRIPT_LABEL.match(text, block.start, block.end) if narrative else None
            if label is not None:
                _transcript_speaker(label, block, bi, sent_starts, occs)
            if block.label == "credit" and (byline := CAPS_BYLINE.match(chunk)) is not None:
                _caps_byline(text, block.start + byline.start(1), bi, block, sent_starts, occs)
            elif block.label == "caption":
                tail = max(block.start, block.end - CAPS_CREDIT_TAIL)
                for m in CAPS_PHOTO_CREDIT.finditer(text, tail, block.end):
                    g = 1 if m.group(1) else 2
                    _caps_byline(text, m.start(g), bi, block, sent_starts, occs, end=m.end(g))
            names_of(toks, quoted, where, None)
        if narrative:
            _block_referents(toks, quoted, bi, block.paragraph_id, sent_starts, described, pronouns)
            if quoted is not no_quotes:
                quote_only |= _quote_only_sentences(toks, quoted, sent_starts)
    # title-case headlines last: their runs are cut at names the text uses elsewhere
    # ("Donald Trump Praises Breitbart's ..." holds "Donald Trump")
    known = {o.words for o in occs}
    for toks, quoted, where in deferred:
        names_of(toks, quoted, where, known)
    occs.sort(key=_START)
    _listed_with_evidence(occs, text)
    _headline_epithets(occs, article)
    # "told Azernews" under an "AZERNEWS" masthead: the outlet's name in any case
    folded = {tuple(w.lower() for w in k): v for k, v in mastheads.items()}
    leading = {k[0] for k in mastheads if len(k) > 1}
    # "Prince George" of the "Prince George Citizen": the paper's town
    towns = {k[:-1] for k in mastheads if len(k) > 2 and k[-1].lower() in NEWSPAPER_WORDS}
    for o in occs:
        if o.words in places:
            o.place = True
        elif o.ext_start < o.start and tuple(text[o.ext_start : o.end].split()) in towns:
            o.place = True
            o.evidence.discard("title")  # ("Prince" is the town's first word, no title)
        named = mastheads.get(o.words)
        if named is None:
            named = folded.get(tuple(w.lower() for w in o.words))
        if named is None and o.ext_start < o.start:
            # "Prince George Citizen": the masthead holds the title cut off the name
            named = mastheads.get(tuple(text[o.ext_start : o.end].split()))
        if named is None and len(o.words) == 1 and o.words[0] in leading:
            # "tells Brownfield he" under a "Brownfield Ag News" masthead: the outlet
            named = _TOLD.search(text, max(0, o.start - 8), o.start) is not None or None
        if named is not None and (named or o.words[0].lower() not in first_names()):
            o.organisation = True  # "told InDaily" where "InDaily" is a line of the furniture
    people, occ_person = _group(occs, text)
    for occ, p in zip(occs, occ_person, strict=True):
        occ.person = p
    described_subjects = {d.sentence: d.start for d in reversed(described) if d.subject}
    genders = _genders(people, occs, pronouns, sent_starts, quote_only, text, described_subjects)
    persons_out = _build_persons(people, occs, genders, text)
    person_index = {p.name: i for i, p in enumerate(persons_out)}
    role_nouns = _role_nouns(occs, len(persons_out), article.text)
    events = _events(occs, described, persons_out, role_nouns, article.text)
    info = _Info(
        article=article,
        persons=persons_out,
        names=[(o.start, o.end, o.person, len(o.words)) for o in occs],
        events=events,
        sent_starts=sent_starts,
        sent_paragraph=[pid for _, _, pid in sents],
        pronoun_results={},
        described_gender=[d.gender for d in described],
        person_index=person_index,
        lower_words=lower_words,
        role_nouns=role_nouns,
        outside=[
            (
                o.start,
                o.person,
                o.role in ("subject", "speaker") or (o.at_start and o.role != "modifier"),
            )
            for o in occs
            if o.person >= 0 and not o.in_quote
        ],
    )
    _chain_pronouns(info, pronouns)
    return info


#: Most words of a furniture line that can be the site's own name ("Seven Days").
MASTHEAD_WORDS = 4


#: A form of "tell" right before a name: its object, often the outlet ("told Brownfield").
_TOLD: re.Pattern[str] = re.compile(r"\b(?:tells|told|telling)\s+$")


def _mastheads(article: Article) -> dict[tuple[str, ...], bool]:
    """The words of the short capitalised furniture lines above the headline (the site's
    name, "Seven Days", "InDaily") and of the name in a copyright line ("© 2026 The Clare
    Champion."): such a name in the story ("Pelkey told Seven Days") is the outlet, not a
    person. (An author's name alone on a line of the furniture lower down is a person's.)

    Each maps to whether it surely names the outlet, even opening with a given name
    ("Brandon Sun", "The Hans India"): written after "The" or ending in a newspaper's word
    (a newsletter's copyright line may give its author's name); "The X Eagle" also gives
    "Eagle" ("told The Eagle")."""
    text = article.text
    out: dict[tuple[str, ...], bool] = {}
    above = True
    for b in article.blocks:
        if b.label == "title":
            above = False
        if b.label != "boilerplate" or b.end - b.start > 80:
            continue
        line = text[b.start : b.end]
        copyright = _COPYRIGHT_NAME.search(line)
        if copyright is not None:
            line = copyright.group(1)
        elif not above or b.end - b.start > 60:
            continue
        words = tuple(line.split())
        the = bool(words) and words[0] in ("The", "the")
        if the:
            words = words[1:]
        if not 0 < len(words) <= MASTHEAD_WORDS or not all(w[:1].isupper() for w in words):
            continue
        tail = words[-1].lower() in NEWSPAPER_WORDS
        out[words] = out.get(words, False) or the or tail  # ("© 2026 Corinne Valdez")
        if tail and len(words) > 1:
            if words[-1].lower() in NEWSPAPER_SUFFIXES:
                out.setdefault(words[:-1], True)  # "Solomon Star News": "the Solomon Star"
            elif words[-1].lower() in SHORT_NEWSPAPER_WORDS:
                # "The Berkshire Eagle": "told The Eagle"; "Las Vegas Sun": "told the Sun"
                out.setdefault(words[-1:], True)
    return out


#: The name a copyright line gives ("© 2026 The Clare Champion. All rights reserved.",
#: "Copyright © 2026 Media House Limited/The Hans India.").
_COPYRIGHT_NAME: re.Pattern[str] = re.compile(
    r"(?:©|\(c\)|Copyright)\s*(?:©\s*)?(?:\d{4}(?:\s*[-–]\s*\d{4})?,?\s+)?(?:[^/|.]*/)?"
    r"((?:The\s+)?[A-Z][\w’'&-]*(?:\s+[A-Z][\w’'&-]*){0,3})"
)
#: Last words of a newspaper's name ("Brandon Sun", "The Clare Champion", "Western Telegraph").
NEWSPAPER_WORDS: frozenset[str] = frozenset(
    {"sun", "star", "champion", "times", "post", "herald", "news", "eagle", "gazette",
     "journal", "tribune", "chronicle", "courier", "advertiser", "express", "mail", "mirror",
     "telegraph", "observer", "guardian", "independent", "standard", "record", "examiner",
     "bulletin", "press", "review", "leader", "argus", "echo", "citizen", "nation", "daily",
     "weekly", "today", "india", "online", "live", "people", "sentinel", "register",
     "democrat", "republican", "enquirer", "inquirer", "dispatch", "beacon", "monitor",
     "clarion", "messenger", "recorder", "banner", "voice", "globe", "reporter", "eye",
     "statesman"}
)  # fmt: skip
#: A newspaper's staff before a name ("Houston Chronicle reporter Ann Lee").
MEDIA_ROLES: frozenset[str] = frozenset(
    {"reporter", "reporters", "correspondent", "photographer", "photojournalist", "columnist",
     "editor", "writer", "journalist", "staff", "contributor", "videographer"}
)  # fmt: skip
#: Last words that stand for the whole newspaper after "The" ("told The Eagle").
SHORT_NEWSPAPER_WORDS: frozenset[str] = frozenset(
    {"sun", "star", "champion", "post", "herald", "eagle", "gazette", "journal", "tribune",
     "chronicle", "courier", "advertiser", "telegraph", "observer", "examiner", "argus",
     "sentinel", "register", "enquirer", "inquirer", "dispatch", "beacon", "clarion", "eye",
     "monitor", "mirror", "guardian", "standard", "mail", "times", "express", "independent",
     "citizen"}
)  # fmt: skip
#: Words a newspaper's name may drop in its story ("Solomon Star News": "the Solomon Star").
NEWSPAPER_SUFFIXES: frozenset[str] = frozenset({"news", "online", "live", "daily", "weekly"})


class _Starts(list[int]):
    """Sorted sentence start offsets with constant-time membership (``set``)."""

    def __init__(self, values: Iterable[int]) -> None:
        super().__init__(values)
        self.set = frozenset(self)

    def __contains__(self, value: object) -> bool:
        return value in self.set


#: "mother-of-three", "grandfather-of-five": a description in capitals before a name.
_KIN_OF_NUMBER: re.Pattern[str] = re.compile(r"[a-z]+-of-[a-z]+")


def _occupation_opener(
    tk: _Toks, run: list[int], sent_starts: Sequence[int], lower_words: Container[str]
) -> bool:
    """The run opens its sentence with an occupation in capitals ("Crofter Murdo Grigor",
    "Hydrogeologist Pokharel"): a singular agent noun, no listed given name or surname,
    that is an English word or that the text also writes in lowercase."""
    r0 = run[0]
    word = tk.lowers[r0]
    if len(run) >= 2 and _KIN_OF_NUMBER.fullmatch(word):
        return True  # "Mother-of-three Kylie Vosper said"
    return (
        len(run) >= 2
        and AGENT_NOUN.search(word) is not None
        and not word.endswith("s")
        and word not in first_names()
        # a surname too ("Shearer") only before two more words and an age: "Shearer Kyah
        # Donnelly, 22, at work in a shed"
        and (
            word not in surnames()
            or (
                len(run) >= 3
                and tk.lowers[r0 + 1] not in surnames()
                and _age_or_cue_after(tk, run[-1] + 1)
                and tk.words[run[-1] + 1] == ","
            )
        )
        and tk.starts[r0] in _start_set(sent_starts)
        # an English word, or one the text writes in lowercase ("retired shearers")
        and (word in lower_words or word + "s" in lower_words or word in common_english_words())
    )


def _start_set(sent_starts: Sequence[int]) -> frozenset[int] | set[int]:
    """The sentence starts as a set (the one :class:`_Starts` keeps, without a copy)."""
    return sent_starts.set if isinstance(sent_starts, _Starts) else set(sent_starts)


class _Toks:
    """Tokens as parallel lists (internal): ``starts``, ``ends``, ``words`` and ``lowers``
    (each token lowercased), so hot loops index a list and whole-block scans run in C."""

    __slots__ = ("ends", "lowers", "starts", "words")

    def __init__(self, starts: list[int], ends: list[int], words: list[str]) -> None:
        self.starts, self.ends, self.words = starts, ends, words
        self.lowers = list(map(str.lower, words))

    def __len__(self) -> int:
        return len(self.words)


def _as_toks(toks: Sequence[tuple[int, int, str]] | _Toks) -> _Toks:
    """``toks`` as :class:`_Toks` (unchanged when it is one)."""
    if isinstance(toks, _Toks):
        return toks
    return _Toks([t[0] for t in toks], [t[1] for t in toks], [t[2] for t in toks])


#: Where a word of a byline runs into a capital with no space: "Kieran SlatteryKalgoorlie".
_GLUED_CAPITAL: re.Pattern[str] = re.compile(r"(?<=[a-z])(?=[A-Z])")


def _glued_outlet(chunk: str, mastheads: Mapping[tuple[str, ...], bool]) -> int:
    """Where an outlet's name glued to a byline's name begins ("Kieran SlatteryKalgoorlie
    Miner", pasted from a page that sets the two on separate lines), or 0: the rest of
    the line must be a masthead of the page or end with a newspaper's word."""
    for m in _GLUED_CAPITAL.finditer(chunk):
        words = tuple(chunk[m.start() :].split())
        if len(words) <= MASTHEAD_WORDS and (
            words in mastheads or words[-1].lower() in NEWSPAPER_WORDS
        ):
            return m.start()
    return 0


def _tokens(text: str, start: int, end: int) -> _Toks:
    """``(start, end, token)`` of every :data:`_TOKEN` in ``text[start:end]``.

    Same tokens as ``_TOKEN.finditer(text, start, end)``; the offsets are running sums of
    the piece lengths, computed without one match object per token.
    """
    pieces = _TOKEN_SPLIT.split(text[start:end])
    bounds = list(itertools.accumulate(map(len, pieces), initial=start))
    return _Toks(bounds[1:-1:2], bounds[2::2], pieces[1::2])


def _sentence_spans(article: Article) -> list[tuple[int, int, int]]:
    """Sentence spans of the searched blocks (credit blocks count as one sentence)."""
    spans = [(s.start, s.end, s.paragraph_id) for s in sentences(article)]
    spans += [(b.start, b.end, b.paragraph_id) for b in article.blocks if b.label == "credit"]
    spans.sort()
    return spans


def _quote_mask(words: Sequence[str]) -> list[bool]:
    """Whether each token lies inside double quotation marks (unclosed: to block end).

    A straight mark toggles and is inside; an opening curly mark opens, a closing one is
    inside when a quote is open and then closes it. Only the marks are visited: the tokens
    between two marks share one value, filled as a slice.
    """
    n = len(words)
    out = [False] * n
    inside = False
    done = 0  # tokens before this index are filled
    marks = itertools.compress(itertools.count(), map(_DOUBLE_QUOTES.__contains__, words))
    for i in marks:
        if inside:
            out[done:i] = itertools.repeat(True, i - done)
        t = words[i]
        if t == '"':
            out[i], inside = True, not inside
        elif t == "“":
            out[i] = inside = True
        else:  # "”"
            out[i], inside = inside, False
        done = i + 1
    if inside:
        out[done:] = itertools.repeat(True, n - done)
    return out


@functools.lru_cache(maxsize=1 << 16)
def _is_cap(tok: str) -> bool:
    """A capitalised name-like word: upper first letter, some lowercase, capitalised hyphen parts."""
    bare = _bare(tok)
    if tok == "Ó":
        return True  # the Irish particle ("Seán Ó Súilleabháin")
    if any(map(str.isdigit, tok)):
        return False  # "Sh612 million": an amount
    if not tok[0].isupper() or not any(map(str.islower, bare)):
        return False
    if _CONTRACTION.search(tok) or _PARTY_STATE.match(tok):
        return False
    parts = bare.split("-")
    return all(
        p[:1].isupper() or p.lower() in NAME_PARTICLES or _syllable(p) or _given_name_in(parts, p)
        for p in parts[1:]
    )


def _given_name_in(parts: list[str], part: str) -> bool:
    """A given name ending in "-in" ("Jae-in" of Moon Jae-in), where "Sit-in" or "Log-in" is
    a word: "in" after a two- or three-letter first part that is no English word."""
    if part != "in" or len(parts) != 2 or not 2 <= len(parts[0]) <= 3:
        return False
    lexicon = _english_lexicon()
    return lexicon is not None and parts[0].lower() not in lexicon


def _syllable(part: str) -> bool:
    """A short lowercase hyphen part of a name ("Ki-moon", "Geun-hye", "Wen-hsien"), not
    "-era", "-led" or "-style"."""
    if len(part) > 4:
        return len(part) <= 6 and _ROMAN_SYLLABLE.fullmatch(part) is not None
    return part.isalpha() and part not in HYPHEN_WORDS


#: One romanised Chinese or Korean syllable: consonants, vowels, then n, ng, h, r or l
#: ("hsien", "chung", "jeong", "cheol"); English hyphen parts of five letters rarely fit ("style",
#: "based", "owned", "level").
_ROMAN_SYLLABLE: re.Pattern[str] = re.compile(
    r"[bcdfghjklmnpqrstwxyz]{1,3}[aeiou]{1,3}(?:ng|n|h|r|l)?"
)


def _runs(text: str, toks: Sequence[tuple[int, int, str]] | _Toks) -> list[list[int]]:
    """Indices of the word tokens of each capitalised run (dots and gaps are left out).

    A run goes on past a token while the next ones are at most three name particles and
    then a capitalised word or initial, each after one space (or right after a dot); a
    possessive ends it, and a dot after it ends it unless it is an initial or a title.
    """
    tk = _as_toks(toks)
    words, starts, ends = tk.words, tk.starts, tk.ends
    n = len(words)
    tset = titles()
    is_cap = _is_cap
    out: list[list[int]] = []
    after = 0  # tokens before this index belong to a run already
    for i in itertools.compress(itertools.count(), map(str.isupper, map(_FIRST, words))):
        if i < after:
            continue
        w = words[i]
        following = words[i + 1] if i + 1 < n else ""
        if not (
            is_cap(w)
            or (len(w) == 1 and following == "." and starts[i + 1] == ends[i])
            or _dotless_initials(text, tk, i)  # "K Meenakshi", "K S Ramalingaiah"
            or (w in MUHAMMAD_SHORT and is_cap(following))  # "Md Tanvir Ahmed"
            # "Cllr PJ Lernihan": two initials after a title open the name
            or (
                len(w) == 2
                and w.isupper()
                and w.lower() not in tset  # (not "Party chair MK Mansour al-Khatib")
                and i > 0
                and words[i - 1].lower() in tset
                and is_cap(following)
            )
        ):
            continue
        if (
            not following[:1].isupper()
            and following != "."
            and following not in NAME_PARTICLES
            and following not in NICKNAME_OPENERS
            and not PREFIXED_NAME.match(following)
        ):
            out.append([i])  # nothing can continue it (the common one-word run)
            after = i + 1
            continue
        run = [i]
        j = i
        while True:  # one step: the tokens that continue the run after token j
            last = words[j]
            if last.endswith(POSSESSIVE_ENDINGS):
                break
            k = j + 1
            if k < n and words[k] == "." and starts[k] == ends[j]:
                if not (
                    len(last) == 1
                    or last.lower() in tset
                    or last in GIVEN_ABBREVIATIONS
                    or (j > i and last in ("St", "Ste"))  # "Kevin St. John"
                ):
                    break
                k += 1
            n_particles = 0
            nxt = -1
            if k < n and words[k] in NICKNAME_OPENERS:
                k = _after_nickname(text, tk, k)  # 'Marcus "Mo" Ramirez'
            while k < n:
                gap = starts[k] - ends[k - 1]
                if gap == 0:
                    if words[k - 1] != ".":
                        break
                elif gap != 1 or text[ends[k - 1]] not in _GAP_OK:
                    break
                tok = words[k]
                if tok in NAME_PARTICLES and n_particles < 3:
                    n_particles += 1
                    k += 1
                    continue
                if PREFIXED_NAME.match(tok):
                    nxt = k  # "Mohammed bin Rashid al-Hamadi"
                elif tok[0].isupper() and (
                    is_cap(tok)
                    or (
                        len(tok) == 1
                        and k + 1 < n
                        and (
                            (words[k + 1] == "." and starts[k + 1] == ends[k])
                            # "K S Ramalingaiah": dotless initials, then the name
                            or (len(last) == 1 and _dotless_initials(text, tk, k))
                        )
                    )
                ):
                    nxt = k
                break
            if nxt < 0:
                break
            run.extend(range(nxt - n_particles, nxt + 1))
            j = nxt
        out.append(run)
        after = run[-1] + 1
    return out


#: Articles that open an outlet's name in many languages ("El Heraldo", "La Nación", "Le
#: Monde"), and rarely a person's.
ARTICLE_OPENERS: frozenset[str] = frozenset({"el", "la", "le", "los", "las", "les", "il", "the"})
#: Short forms of Muhammad opening a South or Southeast Asian name ("Md Tanvir Ahmed",
#: "Mohd Faizal Hashim"); "Md" is also Maryland's abbreviation, so it joins a name only
#: before two or more name words.
MUHAMMAD_SHORT: frozenset[str] = frozenset({"Md", "Mohd", "Muhd"})  # (tokens hold no dot)
#: Capital letters that are no initial without a dot: the article, the pronoun, the
#: vocative and the Burmese honorific ("U Aung Myo Kyaw").
NOT_INITIALS = frozenset("AIOU")


def _dotless_initials(text: str, toks: _Toks, i: int) -> bool:
    """Tokens from ``i`` are one or two capital letters without dots, each followed by one
    space, then a capitalised name word: initials as Indian usage writes them ("K Meenakshi",
    "K S Ramalingaiah")."""
    words, starts, ends = toks.words, toks.starts, toks.ends
    k = i
    while k < len(words) - 1 and k - i < 2:
        w = words[k]
        if len(w) != 1 or not w.isupper() or w in NOT_INITIALS:
            return False
        if starts[k + 1] != ends[k] + 1 or text[ends[k]] != " ":
            return False
        k += 1
        if _is_cap(words[k]):
            return True
    return False


def _after_nickname(text: str, toks: _Toks, k: int) -> int:
    """Index of the surname after a quoted nickname that opens at token ``k`` and follows a
    capitalised first name ('Marcus "Mo" Ramirez', 'Teodor "Teddy" Vasko', "Thomas ‘Wee
    Tam’ Rennie"), or ``k`` when there is none: one to three capitalised words in double or
    single marks, a space on both sides, a capitalised surname after."""
    words, starts, ends = toks.words, toks.starts, toks.ends
    if words[k] not in NICKNAME_OPENERS or not words[k - 1][:1].isupper():
        return k
    close = k + 1
    while close < len(words) and close - k <= 4 and words[close][:1].isupper():
        close += 1
    if not (
        k + 1 < close < len(words) - 1
        and close - k <= 4
        and words[close] in NICKNAME_CLOSERS
        and (words[close] == '"') == (words[k] == '"')
        and starts[k] - ends[k - 1] == 1
        and starts[k + 1] == ends[k]
        and starts[close] == ends[close - 1]
        and text[ends[close] : starts[close + 1]] == " "
        and _is_cap(words[close + 1])
    ):
        return k
    return close + 1


def _bare(tok: str) -> str:
    return tok[:-2] if tok.endswith(POSSESSIVE_ENDINGS) else tok


def _name_part(toks: Sequence[tuple[int, int, str]] | _Toks, run: list[int]) -> int:
    """Index into ``run`` where the name starts (len(run) when the run holds no name).

    The run is scanned from the right while its words are not titles, adjectives, organisation
    words or common words. A title closing a name ("Martin Luther King") and an organisation
    word right after a title ("President Park Geun-hye") stay in the name; a run ending in an
    organisation word ("Kastus Kalinouski Battalion") names no person.
    """
    raw = _as_toks(toks).words
    return _name_start(" ".join(map(raw.__getitem__, run)))


#: Middle names of Sikh names ("Amanpreet Singh Sekhon", "Gurnoor Kaur Virk").
SIKH_MIDDLE_NAMES: frozenset[str] = frozenset({"singh", "kaur"})
#: Honorifics that are also part of Arabic family names after a given name ("Walid Haj
#: Omar"), though a title before a name ("Haj Omar said").
INNER_HONORIFICS: frozenset[str] = frozenset({"haj", "hajj", "haji", "hajji"})
#: Words before a father's name in an Arabic or Malay name ("bin Sulaiman", "bint Said").
PATRONYMIC_PARTICLES: frozenset[str] = frozenset({"bin", "bint", "binti", "ibn"})
#: Lowercase words before a capitalised title that belong to the role ("state Sen.",
#: "former Gov.", "acting Secretary"); the title itself is already in the name's run.
TITLE_PREMODIFIERS: frozenset[str] = frozenset(
    {"state", "former", "acting", "deputy", "interim", "incoming", "outgoing", "retiring",
     "retired", "longtime", "then", "late", "assistant", "associate", "senior", "junior",
     "provincial", "regional", "municipal", "district", "county", "federal"}
)  # fmt: skip
#: Nouns for a nationality that are also given names: before a surname they are the given
#: name ("Dane Liversidge", "Finn Russell"), as English puts the adjective, not the noun,
#: before a name ("Danish striker ...").
DEMONYM_GIVEN_NAMES: frozenset[str] = frozenset({"dane", "finn"})
#: Common nouns that are also given names before a surname: those and a kin word ("Nana
#: Khomeriki", not "Nana said"), which alone stays a word of address (:data:`KIN_ADDRESS`).
NOUN_GIVEN_NAMES: frozenset[str] = DEMONYM_GIVEN_NAMES | {"nana"}
#: Forms of address that end a description before a name and are left out of it.
ADDRESS_FORMS: frozenset[str] = frozenset({"dr", "mr", "mrs", "ms", "miss", "mx"})
#: Titles used as forms of address after an honorific ("Mr. President", "Madam Speaker"):
#: there the title is no surname, unlike "Mr. King" or "Ms. Bishop".
ADDRESS_TITLES: frozenset[str] = frozenset(
    {
        "president", "speaker", "chairman", "chairwoman", "chair", "secretary", "mayor",
        "ambassador", "governor", "senator", "minister", "justice", "commissioner", "vice",
        "prime", "chancellor", "premier", "director", "attorney", "general",
    }
)  # fmt: skip


#: Rank words that are titles only after :data:`RANK_OPENERS`: "Det Con", "Det Cons" (British
#: police constables); else "Con" is an Irish given name ("chairman Con Sugrue").
RANKS_AFTER_TITLE: frozenset[str] = frozenset({"con", "cons"})
#: The words before :data:`RANKS_AFTER_TITLE` that make them ranks.
RANK_OPENERS: frozenset[str] = frozenset({"det", "detective", "police", "special", "trainee"})


@functools.lru_cache(maxsize=1 << 14)
def _name_start(joined: str) -> int:
    """:func:`_name_part` of a run with these tokens (it depends on them alone).

    The tokens come joined by spaces (no token holds one): a string key, which the garbage
    collector does not track, unlike a tuple kept in the cache.
    """
    raw = joined.split(" ")
    stop, orgs = _stop_tokens(), org_words()
    words = [w[:-2].lower() if w.endswith(POSSESSIVE_ENDINGS) else w.lower() for w in raw]
    n_run = len(raw)
    titled = words[-1] in orgs and _titled_name(words)
    if words[-1] in orgs and not titled and not _korean_surname_last(raw):
        return n_run
    last = words[-1]
    if (
        n_run >= 2
        and last in roles()
        and last not in titles()
        and last not in surnames()
        and last not in first_names()
        and words[-2] not in first_names()  # "Barbara Boxer"
    ):
        return n_run  # "Chief Football Writer", "Senior Political Correspondent": a role
    k = n_run
    while k > 0:
        word = words[k - 1]
        if (
            word in RANKS_AFTER_TITLE
            and 2 <= k < n_run
            and words[k - 2].rstrip(".") in RANK_OPENERS
        ):
            break  # "Det Con Laura Birtwistle" (but "chairman Con Sugrue": a given name)
        if (
            k == 1
            and n_run == 2  # (not an organisation's name: "Hearing Matters Manawatū")
            and word.endswith("ing")
            and word in common_english_words()
            and word not in first_names()
            and word not in surnames()
        ):
            break  # "Facing Gentry": a heading's verb before the name (not "Browning", "Sterling")
        if word in DEMONYM_GIVEN_NAMES and k == 1 and n_run >= 3 and words[1] in first_names():
            break  # "Dane Mikkel Bjerregaard": a Dane, then his full name ("Dane Liversidge" stays)
        initial = 2 <= k < n_run and len(word) == 1  # "Julie A. Diaz": not the article "A"
        # "Mr. King": after an honorific the last word is a surname, even a title word
        honoured = (
            (k == n_run >= 2 and words[k - 2] in HONORIFIC_GENDER and word not in ADDRESS_TITLES)
            or (
                # "Omar Said": a speech verb as the surname after a first name
                k == n_run >= 2 and word in speech_verbs() and words[k - 2] in first_names()
            )
            or (
                # "Park Min-ji": a Korean surname before a hyphenated given name, or after
                # it ("Sun-Hee Park")
                (k == n_run - 1 and KOREAN_GIVEN.fullmatch(raw[k]) is not None)
                or (k == n_run and _korean_surname_last(raw))
            )
            # "Muna bint Said al Maskari": the father's name after bin or bint
            or (k >= 2 and words[k - 2] in PATRONYMIC_PARTICLES)
            # "Walid Haj Omar": the pilgrim's honorific inside a family name, after a given name
            or (2 <= k < n_run and word in INNER_HONORIFICS and words[k - 2] in first_names())
            # "Said Mohamed Abshir, a member of ...": a given name opening the run, before a
            # listed given name and a third name (a capitalised "Said" is no inverted cue)
            or (k == 1 and n_run >= 3 and raw[0] == "Said" and words[1] in first_names())
            # "Mr. Friday Atabo", "Chief Monday Okafor": a day as a given name after a title
            or (
                2 <= k < n_run
                and word in DAY_NAMES
                and (
                    words[k - 2].rstrip(".") in HONORIFIC_GENDER
                    or words[k - 2].rstrip(".") in titles()
                )
            )
            # "Dr. Emir Hadžić": a ruler's title after a form of address is a given name
            or (
                2 <= k < n_run
                and word in RULER_GIVEN_NAMES
                and words[k - 2].rstrip(".") in ADDRESS_FORMS
            )
        )
        if (
            k == 1 < n_run
            and _plural_role(word)
            and word not in surnames()
            and word not in first_names()
            and (words[k] in first_names() or words[k] not in common_english_words())
        ):
            # "Owners Bríd and Paddy Kinsella": a plural role opening the run before a given
            # name (not "Riders Forward", a group's name, nor "Federated Farmers Taranaki")
            break
        if (
            (word in stop or _prefixed_role(word))
            and raw[k - 1] not in NAME_PARTICLES
            and not (titled and k == n_run)
            and not initial
            and not honoured
            and not (word in NOUN_GIVEN_NAMES and k < n_run)  # "Dane Liversidge", "Nana Lomidze"
        ):
            tset = titles()
            prev = words[k - 2] if k >= 2 else ""
            closing_title = (
                k == n_run
                and (word in tset or word in nationalities())
                and word not in HONORIFIC_GENDER
                and any(w in first_names() for w in words[: k - 1])
            )
            if closing_title and prev not in stop:
                k -= 1
                continue
            if word in orgs and word not in tset and prev in tset and k < n_run:
                k -= 1
            break
        k -= 1
    while k < n_run and raw[k] in NAME_PARTICLES:
        k += 1
    lead = 0
    while k == 0 and lead < n_run - 3 and words[lead] in TITLE_PREMODIFIERS:
        lead += 1  # "Retired Chaplain Francis Mbeki"
    if (
        k == 0
        and n_run - lead >= 3
        and (
            _role_or_roles(words[lead])
            or person_compound(words[lead])
            or _occupation_by_ending(words[lead])
            or (
                _agent_noun(words[lead])
                and words[lead + 1] in first_names()
                and raw[lead + 1] not in NAME_PARTICLES
            )
        )
        and (words[lead + 1] in first_names() or words[lead] not in first_names())
    ):
        k = lead + 1  # "Parent Marcus Lee", "Commuter Priya Shah": a role word, then the name
    else:
        # "Halstead County Prosecutor Nadia Fairbanks", "Knowledge Keeper Gladys Mistatim":
        # a role word in capitals before a listed first name and a surname opens no name
        for m in range(k, n_run - 2):
            if (
                words[m] in roles()
                and words[m] not in first_names()
                # a role that is also a surname before a listed given name: "For Elder
                # Martha Nattiq, 81,"
                and (words[m] not in surnames() or words[m + 1] in first_names())
                and (
                    words[m + 1] in first_names()
                    or m == n_run - 3
                    # "Executive Engineer Ashim Ranjan Bhowmik": a role after a title, then
                    # a name of three words
                    or (m == k > 0 and m == n_run - 4)
                    # "Provincial Manager Honorato C. Manrique": a given name, an initial
                    # and a surname after the role
                    or (m == n_run - 4 and len(words[m + 2]) == 1)
                    # "Controller Amanpreet Singh Sekhon": a Sikh name's Singh or Kaur
                    or (m == n_run - 4 and words[m + 2] in SIKH_MIDDLE_NAMES)
                )
            ):
                k = m + 1  # ("District Collector Kavitha Ramaswamy": a two-word name after)
                break
    if 0 < k < n_run - 1 and raw[k - 1] in MUHAMMAD_SHORT:
        k -= 1  # "Md Tanvir Ahmed" (not Maryland's "Md.")
    short = next((m for m in range(k + 1, n_run - 2) if raw[m] in MUHAMMAD_SHORT), None)
    if short is not None and all(
        words[x] in roles() or words[x] in titles() for x in range(k, short)
    ):
        k = short  # "Executive Engineer Md Shafiqul Islam": roles, then the name
    if 0 < k < n_run and all(
        len(w) == 1 and w not in NOT_INITIALS and w.isupper() and w.lower() not in titles()
        for w in raw[:k]
    ):
        k = 0  # "K Meenakshi", "K S Ramalingaiah": initials without dots (Indian usage)
    if k == 0 and n_run >= 3 and words[0] == "h" and words[1] == "e":
        k = 2  # "H.E. Tomasz Weber", "H.E. Weber": His or Her Excellency
    return k


#: Titles that are also place or plant words ("Alder Peak"): a title only before a listed
#: given name and a surname ("Alder Heather Jeanquart", the council title of Madison and
#: Ithaca).
GIVEN_NAME_TITLES: frozenset[str] = frozenset({"Alder"})
#: Rulers' titles that are also given names, read as names after a form of address ("Dr.
#: Emir Hadžić", "Mr. Sultan Ahmed"): no one is addressed as "Dr." and "Emir" at once.
RULER_GIVEN_NAMES: frozenset[str] = frozenset({"emir", "amir", "sultan", "malik", "khan", "raja"})
#: After a name, "and (two) other <bodies>": the name is one of them ("funding from
#: Humboldt Crest Gold and two other mining companies").
_OTHER_BODIES_AFTER: re.Pattern[str] = re.compile(
    r"\s+and\s+(?:(?:two|three|four|five|several|many|some|a\s+few|\d+)\s+)?other\s+"
    r"(?:[a-z-]+\s+){0,2}(?:companies|firms|businesses|corporations|groups|organi[sz]ations"
    r"|agencies|charities|banks|mines|unions|councils|bodies|insurers|lenders|utilities"
    r"|universities|hospitals|manufacturers|publishers|broadcasters|airlines|carriers)\b"
)
#: Burmese honorifics written as a word before the name ("Ma Ei Thinzar", "Ko Min Thu");
#: "U" is no name word anyway and "Daw" is a title. Taken only before two name words or
#: more, as "Ma" and "Ko" are also Chinese and Korean surnames ("Ma Jun", "Ko Un").
BURMESE_HONORIFICS: dict[str, str] = {"Ma": "female", "Ko": "male", "Naw": "female"}


def _place_before_name(toks: _Toks, run: list[int]) -> bool:
    """The run opens with a one-word place before a given name and a surname ("senator
    for Queensland Rhiannon Tate"), not after "of" ("Bank of America Merrill Lynch")."""
    lowers = toks.lowers
    r0 = run[0]
    if len(run) != 3 or (r0 > 0 and lowers[r0 - 1] in ("of", "&")):
        return False
    if toks.words[r0] in MUHAMMAD_SHORT:
        return False  # "Md Tanvir Ahmed": Muhammad, not Maryland
    place, given = _bare_lower(toks.words, lowers, r0), lowers[run[1]]
    return (
        place in _one_word_places()
        and place not in first_names()
        and place not in surnames()
        and given not in place_words()
        and given not in _stop_tokens()
    )


def _agent_noun(word: str) -> bool:
    """An agent noun in "-er" that is no listed name ("shopper", "arranger"; not "Baker",
    "Porter" or "Jennifer"): before a listed given name, a role."""
    return (
        len(word) >= 7
        and word.endswith("er")
        and word.isalpha()
        and word not in first_names()
        and word not in surnames()
    )


def _occupation_by_ending(word: str) -> bool:
    """An occupation by its ending, no listed name ("hydrogeologist", "historian",
    "coauthor"; not "Christian", "Sufian" or "Sebastian"). Stricter than the description
    test of :mod:`analysis.quotes` (``_person_suffix``), as the word opens a name's run."""
    return (
        (
            (len(word) >= 7 and word.endswith("ist"))
            or (len(word) >= 8 and word.endswith(("ician", "orian", "arian")))
            or word in ("coauthor", "co-author", "author")
        )
        and word not in first_names()
        and word not in surnames()
    )


def _role_or_roles(word: str) -> bool:
    """A role word or its plural ("volunteer", "Volunteers Ann Lee and Bo Kim sort ...")."""
    return word in roles() or (word.endswith("s") and word[:-1] in roles())


#: A hyphenated Korean given name ("Min-ji", "Jae-sung", "Geun-hye").
KOREAN_GIVEN: re.Pattern[str] = re.compile(r"[A-Z][a-z]{1,4}-[a-z]{1,5}")
#: The same, also written with a capital after the hyphen ("Sun-Hee").
KOREAN_GIVEN_ANY: re.Pattern[str] = re.compile(r"[A-Z][a-z]{1,4}-[A-Za-z][a-z]{1,4}")


#: Prefixes joined by a hyphen to a role ("Sub-Collector", "Vice-Chancellor").
ROLE_PREFIXES: frozenset[str] = frozenset(
    {"sub", "vice", "deputy", "assistant", "joint", "additional", "acting", "co", "ex"}
)


def _prefixed_role(word: str) -> bool:
    """A role with a hyphenated prefix, lowercased: "sub-collector", "vice-chancellor", or a
    title with "-general": "director-general"."""
    head, _, rest = word.partition("-")
    if rest == "general" and (head in titles() or head in roles()):
        return True  # "Director-General", "Secretary-General", "Inspector-General"
    return bool(rest) and head in ROLE_PREFIXES and (rest in roles() or rest in titles())


def _korean_surname_last(raw: Sequence[str]) -> bool:
    """A hyphenated Korean given name, then a surname that is also a word ("Sun-Hee Park")."""
    return len(raw) >= 2 and KOREAN_GIVEN_ANY.fullmatch(raw[-2]) is not None


def _surname_of(name: str) -> str:
    """The surname of a full name: its last word, or the word before a hyphenated given
    name ("Kwok" of "Kwok Chun-hei", "Ng" of "Raymond Ng Kwok-leung") or a generational
    suffix ("Sumulong" of "Virgilio P. Sumulong Jr.")."""
    words = name.split()
    if len(words) in (2, 3) and KOREAN_GIVEN.fullmatch(words[-1]):
        return words[-2]
    if len(words) > 2 and words[-1].rstrip(".") in GENERATIONAL_SUFFIXES:
        return words[-2]
    return words[-1]


#: Generational suffixes after a surname ("Jr.", "III"); the dotted ones keep their dot.
GENERATIONAL_SUFFIXES: frozenset[str] = frozenset({"Jr", "Sr", "II", "III", "IV"})
DOTTED_SUFFIXES: frozenset[str] = frozenset({"Jr", "Sr"})
#: Generational numerals in capitals after a name (no run takes them: no lowercase letter).
ROMAN_SUFFIXES: frozenset[str] = frozenset({"II", "III", "IV"})


def _titled_name(words: Sequence[str]) -> bool:
    """A title or role, a first name and a surname that is also an organisation word:
    "Mayor John Park", "Sen. Tim Hall", "State climatologist Justin Park" (without the
    title, "Albert Hall" may be a building)."""
    return (
        len(words) >= 3
        and words[-2] in first_names()
        and any(w.rstrip(".") in titles() or w in roles() for w in words[:-2])
    )


def _title_case(tokens: Sequence[str], headline: bool) -> bool:
    """A headline-like block of 4+ words, mostly capitalised, with no long lowercase word."""
    if not headline:
        return False
    words = [t for t in tokens if t[0].isalpha()]
    long_lower = any(t.islower() and len(t) >= TITLE_CASE_MAX_LOWER for t in words)
    capitalised = sum(1 for t in words if t[0].isupper())
    return (
        headline
        and len(words) >= 4
        and not long_lower
        and capitalised > TITLE_CASE_SHARE * len(words)
    )


def _whole_quote(toks: _Toks, run: list[int], k: int) -> bool:
    """Whether the run fills a pair of double quotation marks on its own, with at most a
    comma or dot before the closing mark, and its name part (from ``run[k]``) opens with
    no listed first name (the title of a work, not a person)."""
    words, starts, ends = toks.words, toks.starts, toks.ends
    r0, last = run[0], run[-1]
    if r0 == 0 or words[r0 - 1] not in _DOUBLE_QUOTES or words[r0 - 1] == "”":
        return False
    if toks.lowers[run[k]] in first_names():
        return False  # "“Bernie Sanders”", "“The Late Show With Stephen Colbert”": a person
    if starts[r0] != ends[r0 - 1]:
        return False
    j = last + 1
    if j < len(words) and words[j] in {",", "."} and starts[j] == ends[j - 1]:
        j += 1
    return j < len(words) and words[j] in _DOUBLE_QUOTES and words[j] != "“"


#: Most words of a title in quotation marks that a name may sit in.
MAX_TITLE_QUOTE_WORDS = 10
#: Lowercase words a title in capitals keeps ("A Place for Every Child").
_TITLE_SMALL_WORDS: frozenset[str] = frozenset(
    {"a", "an", "the", "of", "for", "and", "or", "in", "on", "at", "to", "with", "from", "by"}
)


def _title_quote(toks: _Toks, run: list[int]) -> bool:
    """The run lies inside a short title in quotation marks, every other word of it
    capitalised too, with no listed given name opening the run: a campaign's or a work's
    name ("A Place for Every Child Drogheda", "Ticks in the Valley"), no person's."""
    words = toks.words
    if toks.lowers[run[0]] in first_names():
        return False
    a = run[0] - 1
    while a >= 0 and words[a] not in _DOUBLE_QUOTES and run[0] - a <= MAX_TITLE_QUOTE_WORDS:
        a -= 1
    b = run[-1] + 1
    while (
        b < len(words) and words[b] not in _DOUBLE_QUOTES and b - run[-1] <= MAX_TITLE_QUOTE_WORDS
    ):
        b += 1
    if a < 0 or b >= len(words) or words[a] == "”" or words[b] == "“":
        return False
    inside = [w for w in words[a + 1 : b] if w[:1].isalpha()]
    return (
        len(inside) > len(run)
        and len(inside) <= MAX_TITLE_QUOTE_WORDS
        and all(w[0].isupper() or w in _TITLE_SMALL_WORDS for w in inside)
        and not any(w in ".!?" for w in words[a + 1 : b])
    )


#: A byline's "By" pasted onto the name after it, without a space ("ByLena Whitcombe").
_GLUED_BY: re.Pattern[str] = re.compile(r"By[A-Z][a-z]")
#: Most tokens from the run back to the "of" of an organisation's name it ends.
MAX_ORG_OF_TOKENS = 12


def _list_opener(words: Sequence[str], lowers: Sequence[str], r0: int) -> int | None:
    """Index of the "of" or "for" that opens a list of capitalised words (commas and "and"
    between them) whose last "and" comes right before token ``r0`` ("Board of Pardons and",
    "Minister of Environmental Protection and"), or None."""
    if r0 < 3 or lowers[r0 - 1] not in ("and", "&"):
        return None
    for i in range(r0 - 2, max(-1, r0 - 2 - MAX_ORG_OF_TOKENS), -1):
        if lowers[i] in ("of", "for"):
            return i if i < r0 - 2 else None
        if not (words[i][:1].isupper() or lowers[i] in (",", "and", "&")):
            return None
    return None


def _org_of_member(tk: _Toks, r0: int, orgs: Container[str]) -> bool:
    """Whether the run at ``r0`` ends the list after an organisation word and "of": "the
    Board of Pardons and Paroles", "the Ministry of Energy, Water Resources and Irrigation".
    """
    i = _list_opener(tk.words, tk.lowers, r0)
    return (
        i is not None
        and tk.lowers[i] == "of"
        and i >= 1
        and tk.words[i - 1][:1].isupper()
        and tk.lowers[i - 1] in orgs
    )


#: Divisions of a place that end its name before a person's ("Chankhanga Ward", "Kiambu
#: County"): a name after them starts past them.
PLACE_DIVISIONS: frozenset[str] = frozenset(
    {"ward", "county", "district", "province", "region", "parish", "constituency", "division",
     "municipality", "township", "borough"}
)  # fmt: skip
#: Words opening the name of a Māori tribe ("Ngāti Porou", "Ngāi Tahu").
TRIBE_PREFIXES: frozenset[str] = frozenset({"ngāti", "ngati", "ngāi", "ngai"})
#: Feasts and holidays named in one word, which are dates, not people ("then Easter").
HOLIDAYS: frozenset[str] = frozenset(
    {"easter", "christmas", "ramadan", "diwali", "eid", "hanukkah", "thanksgiving",
     "halloween", "passover", "lent", "advent", "pentecost", "holi", "navratri", "hogmanay",
     "xmas", "yom", "vesak", "onam", "pongal", "nowruz", "kwanzaa"}
)  # fmt: skip


def _block_names(
    article: Article,
    toks: _Toks,
    quoted: Sequence[bool],
    where: tuple[int, int, bool, bool],
    sent_starts: Sequence[int],
    lower_words: Container[str],
    occs: list[_Occ],
    known: set[tuple[str, ...]] | None = None,
    places: set[tuple[str, ...]] | None = None,
    org_surnames: _OrgSurnames | None = None,
) -> None:
    """Name occurrences of one block; ``where`` is (block index, paragraph id, narrative,
    title case). In a title-case block names give no evidence, and runs are cut at the
    ``known`` names the rest of the text uses. Names used as places ("the town of Millard
    Gap", "a resident of Annai Sathya Nagar", "Marrow and Pell counties", "the Kilvanur
    lake") are added to ``places``."""
    if places is None:
        places = set()
    bi, paragraph_id, narrative, title_case = where
    text = article.text
    tk = _as_toks(toks)
    raw, lowers, starts = tk.words, tk.lowers, tk.starts
    embedded = _AfterCue(tk, quoted, sent_starts)
    runs = _runs(text, tk)
    if known is not None:
        runs = [part for run in runs for part in _cut_at_known(text, tk, run, known)]
    stop = _stop_tokens()
    fnames = first_names()
    bisect_right = bisect.bisect_right
    if org_surnames is None:
        org_surnames = _OrgSurnames()
    orgs = org_words()
    block = article.blocks[bi]
    if (
        tk.ends
        and block.start < (cut := tk.ends[-1]) < block.end
        and _GLUED_CAPITAL.match(text, cut)
    ):
        block = dataclasses.replace(block, end=cut)  # a byline's name without its outlet
    credit_block = block.label == "credit"
    credit_cued = credit_block and CREDIT_CUE.search(text, block.start, block.end) is not None
    line_credit = block.label in CREDIT_LINE_LABELS  # "Maya Ferreira for NPR"
    for run in runs:
        r0 = run[0]
        if lowers[r0] not in fnames and _org_of_member(tk, r0, orgs):
            continue  # "the Board of Pardons and Paroles said": the board, not a Paroles
        if len(run) == 1 and (_lone_month(tk, r0) or lowers[r0] in HOLIDAYS):
            continue  # "in all of April and May last year", "then Easter": a date
        if lowers[r0] in TRIBE_PREFIXES and len(run) >= 2:
            continue  # "Ngāti Rākau", "Ngāi Tahu": a Māori tribe (iwi or hapū), no person
        if (
            len(run) == 2
            and raw[run[1]] == "Day"
            and r0 > 0
            and lowers[r0 - 1] in ("the", "on", "this", "last", "next", "until", "since")
        ):
            continue  # "the May Day weekend", "on Victoria Day": a holiday
        if len(run) == 1 and (bare_low := _bare_lower(raw, lowers, r0)) in stop:
            if bare_low not in orgs:
                continue  # what _name_part says of a lone common word ("The", "But")
            if _bare(raw[r0]) not in org_surnames.of(occs):
                continue
            k = 0  # "Hall said" after "Dennis Hall": a surname that is also an org word
        else:
            k = _name_part(tk, run)
            if k == 0 and _place_before_name(tk, run):
                k = 1
            if (
                len(run) == 1
                and r0 > 0
                and _ACRONYM.fullmatch(raw[r0 - 1])
                and starts[r0] == tk.ends[r0 - 1] + 1
                and lowers[r0 - 1] not in titles()
                and lowers[r0 - 1] not in roles()
            ):
                continue  # "DEYA Ammoudelis said": a body (an acronym and its town), no person
        if k == 0 and _occupation_opener(tk, run, sent_starts, lower_words):
            k = 1  # "Crofter Murdo Grigor, 67, said": an occupation opens the sentence
        if k == 0 and len(run) >= 3 and raw[r0] in GIVEN_NAME_TITLES and lowers[run[1]] in fnames:
            k = 1  # "Alder Heather Jeanquart said": the title, then a listed given name
        if (
            k < len(run) - 2
            and raw[run[k]] in BURMESE_HONORIFICS
            and text.startswith(" ", tk.ends[run[k]])
        ):
            k += 1  # "Ma Hnin Wai Phyo": the honorific (not the Filipino "Ma." of Maria)
        division = next(
            (j for j in range(len(run) - 3, k - 1, -1) if lowers[run[j]] in PLACE_DIVISIONS), -1
        )
        if division > 0 or (division == 0 and r0 >= 1 and raw[r0 - 1][:1].isupper()):
            k = division + 1  # "Councillor for Chankhanga Ward Thokozire Chirwa-Mbewe"
        if k == 0 and len(run) >= 3 and _after_portfolio(lowers, r0, raw):
            # "Minister of Climate Crisis Michalis Drakakis": the portfolio, then the name
            # (from a listed given name, else the last two words)
            k = next((x for x in range(len(run) - 1) if lowers[run[x]] in fnames), len(run) - 2)
        office = (k == 0 or k >= len(run)) and len(run) >= 3 and _place_office_name(tk, run)
        if office:
            k = office  # "Mayor of London Sadiq Khan": the place, then the office holder's name
        if (
            k >= len(run)
            and len(run) == 2
            and r0 > 0
            and lowers[r0 - 1] in roles()
            and lowers[r0] in fnames
        ):
            k = 0  # "State climatologist Justin Park": a role before "first name + Park"
        if (
            k >= len(run)
            and len(run) == 2
            and lowers[r0] in fnames
            and (r0 == 0 or lowers[r0 - 1] not in PLACE_PREPOSITIONS)
            and _age_or_cue_after(tk, run[-1] + 1)
        ):
            k = 0  # "Ann Park, 72,", "Greg Hall said": a person, not a park or a hall
        if (
            k >= len(run) >= 2
            and lowers[run[-2]] in fnames
            and _credit_before(text, max(0, starts[run[-2]] - 40), starts[run[-2]])
        ):
            k = len(run) - 2  # "By Ethan Park": a byline names a person
        if (
            0 < k < len(run) - 2
            and len(lowers[run[k]]) >= 4  # (not "Pa", "Md": a given name's short form)
            and lowers[run[k]] in _one_word_places()
            and lowers[run[k]] not in fnames
            and (lowers[run[k - 1]] in titles() or lowers[run[k - 1]] in roles())
        ):
            k += 1  # "Advocate General Sindh Ghulam Mustafa Abro": the office's province
        if k == 1 and _month_given_name(tk, run):
            k = 0  # "June Maddox, 78,": a given name that is also a month
        if k >= len(run) or _whole_quote(tk, run, k) or (quoted[r0] and _title_quote(tk, run)):
            continue  # a title in marks ("Small Hours") names no one
        if len(run) - k > 2:
            run = _byline_name(tk, run, k)
            k = _after_domain(tk, run, k)
        first, last = run[k], run[-1]
        last_word = raw[last]
        start = starts[first]
        end = starts[last] + (
            len(last_word) - 2 if last_word.endswith(POSSESSIVE_ENDINGS) else len(last_word)
        )
        if credit_block and _GLUED_BY.match(raw[first]):
            start += 2  # "ByLena Whitcombe": the byline's "By" pasted onto the name
        if last_word in DOTTED_SUFFIXES and last > first and text.startswith(".", end):
            end += 1  # "Virgilio P. Sumulong Jr.": the suffix keeps its dot
        elif (
            last > first
            and last + 1 < len(raw)
            and raw[last + 1] in ROMAN_SUFFIXES
            and starts[last + 1] == end + 1
            and text[end] == " "
        ):
            end = tk.ends[last + 1]  # "Sidi Boima Ngobeh III": the numeral is the name's
        words = tuple(text[start:end].split())
        if len(run) > 1 and NICKNAME_OPENERS.intersection(raw[run[0] : run[-1]]):
            words = tuple(_NICKNAME.sub(" ", text[start:end]).split())  # 'Marcus "Mo" Ramirez'
        elif len(run) - k == 1 and (shared := _shared_surname(text, tk, run[k])):
            words = (words[0], shared)  # "Gary and Lorraine Swale": Gary Swale
        # "Danielle Okafor" alone on a credit line: a byline (a lowercase "danielle" in her
        # e-mail address below does not make the line's first word a common word)
        alone = (
            credit_block
            and (
                (
                    (len(words) == 2 or (len(words) == 3 and _no_common_words(words)))
                    and (
                        (line := text[block.start : block.end].strip().rstrip("."))
                        == text[start:end]
                        # "Arif Setiadi (The Jakarta Post)": the writer and the outlet
                        or (line.startswith(text[start:end] + " (") and line.endswith(")"))
                    )
                )
                or (
                    2 <= len(words) <= 3  # "Kasia Brandt and Olu Adeyemi" (not ", Patch Staff")
                    and _NAME_LIST_LINE.fullmatch(text, block.start, block.end) is not None
                    and (surname := words[-1].lower()) not in roles()
                    and not _plural_role(surname)
                    and surname not in orgs
                    and surname not in CREDIT_NON_NAMES
                )
            )
        )
        if not _plausible(words, tk, first, sent_starts, lower_words) and not (
            alone and _name_shape(" ".join(words)) is not None
        ):
            continue
        if (
            first > 0
            and lowers[first - 1] == "the"
            and words[0].lower() not in fnames
            and not (
                last + 1 < len(raw)
                and raw[last + 1].islower()
                and lowers[last + 1] not in CLAUSE_VERBS
                # a past speech verb, not a noun ("the Hammond protest")
                and not (lowers[last + 1] in speech_verbs() and lowers[last + 1].endswith("ed"))
            )
        ):
            # "The Long Year,", "the Red Cross said": no person is "the <name>" ("the Trump
            # campaign" is, a modifier)
            continue
        if (
            len(words) == 1
            and first > 0
            and lowers[first - 1] in POSSESSIVE_PRONOUNS
            and words[0].lower() not in fnames
        ):
            continue  # "Our Elders told us": a capitalised noun after a possessive
        if (
            first >= 2
            and raw[first - 2][:1].isupper()
            and (
                lowers[first - 1] == "&"
                or (lowers[first - 1] in ("of", "for") and lowers[first - 2].rstrip(".") in orgs)
            )
        ):
            continue  # "Institute for Urban Mobility", "Harlow & Strand": an organisation
        if (
            first >= 3
            and raw[first - 1] == "/"
            and words[0].lower() not in fnames
            and raw[first - 2][:1].isupper()
            and any(lowers[j] in fnames for j in range(max(0, first - 4), first - 2))
        ):
            continue  # "Photo by Dalton Ruzicka /Toronto Sun": the outlet after a photographer
        if len(words) > 1 and (
            words[0].lower() in PLACE_PREFIXES or (k > 0 and lowers[run[k - 1]] in SAINTS_PLACES)
        ):
            continue  # "Santa Cruz", "South Marrabool", "Fort Wayne", "San Luis Obispo": a place
        if len(words) == 1 and k > 0 and lowers[run[k - 1]] in PLACE_PREFIXES:
            continue  # "a grower from Mount Darwin": the word after the prefix is the place's
        if (
            k > 0
            and lowers[run[k - 1]] in PLACE_UNITS
            and not (k > 1 and lowers[run[k - 2]] in PLACE_UNIT_OFFICES)
            and words[0].lower() not in fnames
        ):
            continue  # "a vendor from Barangay Dalisay": a village (not "Punong Barangay X")
        if (
            len(words) == 2
            and first > 0
            and lowers[first - 1] in LOCATIVES
            and (w0 := words[0].lower()) in _one_word_places()
            and w0 not in fnames
            and w0 not in surnames()
        ):
            places.add(words)
            continue  # "in Dubai Marina", "at Kerala House": a place named after a place
        if (
            first >= 2
            and lowers[first - 1] == "from"
            and (lowers[first - 2] in roles() or YEAR_OLD.fullmatch(lowers[first - 2]))
        ):
            continue  # "a nurse from Ashby Vale who asked not to be named": a home place
        if first >= 2 and lowers[first - 1] == "of" and lowers[first - 2] in PLACE_NOUNS:
            places.add(words)
            continue  # "the village of Thenmalai", "the town of Cedar Hollow": a place
        if first >= 1 and raw[first - 1] in COUNTY_ABBREVIATIONS:
            places.add(words)
            continue  # "one teacher from Co Mayo": an Irish county
        if first >= 2 and lowers[first - 1] == "of" and lowers[first - 2] in RESIDENT_NOUNS:
            places.add(words)
            continue  # "a resident of Annai Sathya Nagar": a place
        if (
            first > 0
            and lowers[first - 1] in LOCATIVES
            and last + 2 < len(raw)
            and raw[last + 1] == ","
            and raw[last + 2][:1].isupper()
            and lowers[last + 2] in place_words()
        ):
            places.add(words)  # "near Hollis Bend, Missouri,": a place in its state
        if _place_noun_after(tk, last):
            places.add(words)
            if lowers[last + 1] != "and" and lowers[last + 1] not in NATURAL_FEATURES:
                continue  # "Pell counties": a place (the modifier of "Kilvanur lake" stays)
        if not office and _constituency(tk, first):
            continue  # "the MP for Aldwater and Pennick": a seat
        occ = _Occ(
            start,
            end,
            words,
            bi,
            paragraph_id,
            max(0, bisect_right(sent_starts, start) - 1),
            starts[r0],
            "object",
            quoted[first],
            set(),
            [],
            None,
            None,
            None,
            narrative,
        )
        if k:
            _prefix_evidence(tk, run, k, occ)
        if len(words) > 2:
            for w in words[1:-1]:  # "Muhammad Hariz bin Mahadi", "Rosmawati binti Jaludin"
                if w in PATRONYMIC_GENDER:
                    occ.genders.append((PATRONYMIC_GENDER[w], "honorific"))
                    break
        begin = _premodifier(text, tk, r0, first, occ, sent_starts)
        tail = run[-1]
        while tail + 1 < len(raw) and raw[tail + 1] in POST_NOMINALS:
            tail += 1  # "Crispin Thorogood KC suggested": the letters after a name
        context_run = run if tail == run[-1] else [*run, *range(run[-1] + 1, tail + 1)]
        _context_evidence(text, tk, context_run, begin, occ, sent_starts, quoted, embedded)
        located = r0 > 0 and lowers[r0 - 1] in LOCATIVES
        if len(words) > 1 and not located and _listed_given_name(words):
            occ.evidence.add("name list")  # ("Al Gore", not "Al Manara" or "Al Qaeda")
        if (
            "relative" in occ.evidence
            and r0 >= 2
            and last + 1 < len(raw)
            and lowers[last + 1] == "who"
            and lowers[r0 - 1] in EMPLOYER_PREPOSITIONS
            and (lowers[r0 - 2] in roles() or AGENT_NOUN.fullmatch(lowers[r0 - 2]))
        ):
            # "a principal at Castlemoor Advisory who consults": the "who" is the principal's
            occ.evidence.discard("relative")
        if (
            occ.role == "modifier"
            and len(words) > 1
            and words[-1].split("-")[-1].lower() in NEWSPAPER_WORDS
            and last + 1 < len(raw)
            and lowers[last + 1] in MEDIA_ROLES
        ):
            # "Austin American-Statesman reporter Keaton Stainbrook": the paper
            occ.thing = occ.organisation = True
        elif (
            r0 > 0
            and (lowers[r0 - 1] in ORGANISATION_NOUNS or raw[r0 - 1] in BODY_LABEL_NOUNS)
            and words[0].lower() not in fnames
        ):
            occ.thing = occ.organisation = True  # "Ratings agency Standard Ridge said"
        elif (
            r0 >= 2
            and raw[r0 - 1] == ","
            and raw[r0 - 2] in ORGANISATION_NOUNS  # lowercase: not "the X Union, Name,"
            and raw[r0 - 2] not in ("group", "union", "club", "band")
            and last + 1 < len(raw)
            and raw[last + 1] == ","
            and words[0].lower() not in fnames
            # (not "The former chief accountant of the company, Amela Hodžić,": a person)
            and _role_before_of(tk, r0 - 2) is None
        ):
            occ.thing = occ.organisation = True  # "Mexico's fisheries agency, Conapesca, said"
        elif len(words) > 1 and _OTHER_BODIES_AFTER.match(text, end):
            occ.thing = occ.organisation = True  # "Humboldt Crest Gold and two other mining
            # companies": one body among others
        elif (
            len(words) == 1
            and r0 >= 2
            and lowers[r0 - 1] in ("for", "at")
            and lowers[r0 - 2] in SPOKESPERSON_NOUNS
        ):
            occ.thing = True  # "A spokesman for Northstar": a body speaks through him
        if (
            first > 0
            and lowers[first - 1].endswith("-year-old")
            and YEAR_OLD.fullmatch(lowers[first - 1])
            and not all(w in nationalities() for w in lowers[first].split("-"))
            and (
                len(words) > 1
                or words[0].lower() in fnames
                or first < 2
                or lowers[first - 2] not in ("a", "an", "the")  # not "a 40-year-old Cessna"
            )
        ):
            occ.evidence.add("age")  # "Nine-year-old Maisie was in charge of the cash box"
            occ.age = occ.age or lowers[first - 1].split("-year")[0]
        if len(words) > 1 and (
            alone
            or (
                credit_cued
                and len(words) <= MAX_CREDIT_NAME_WORDS
                and _BEFORE_BYLINE.match(text, end) is None  # "Texas Standard | By Ann Lee"
                and not _plural_role(words[-1].lower())  # "and Tom Becker, Staff Writers"
                and not (r0 > 0 and lowers[r0 - 1] in PLACE_PREPOSITIONS)  # "in Salt Lake City"
            )
            or _outlet_after(text, occ, line_credit)
            # "REUTERS/Celine Marrow": an agency in capitals, then the whole run (in
            # "SVP/Global Risk Insights" the run holds more than a name)
            or (k == 0 and _AGENCY_SLASH.search(text, max(0, start - 12), start) is not None)
        ):
            occ.evidence.add("credit")
        if (
            "credit" in occ.evidence
            and len(words) > 1
            and words[0].lower() in ARTICLE_OPENERS
            and words[1].lower() not in fnames
        ):
            occ.evidence.discard("credit")  # "With reports from El Heraldo de Tehuacán": a paper
        if not title_case:
            _alias_evidence(tk, r0, occ, occs)
        if title_case or occ.organisation:
            credited = not occ.organisation and "credit" in occ.evidence
            occ.evidence.clear()
            if credited and block.label in ("caption", "credit") and _no_common_words(words):
                occ.evidence.add("credit")  # "Image Credit: Vijay Menon/Gulf News"
        elif (
            len(words) == 1
            and occ.at_start
            and occ.role != "modifier"
            and occ.evidence <= _ONLY_PRONOUN
        ):
            occ.surname_pronoun = "pronoun" in occ.evidence  # a full name's surname, if any
            occ.evidence.clear()  # "One ... he", "Follow ... his": a capitalised opener
        elif len(words) == 1 and occ.at_start and block.label in ("heading", "title"):
            occ.evidence.clear()  # "Whānau worried about the drive": a heading's first word
        if (
            len(words) > 1
            and HANDLE_AFTER.match(text, end) is not None
            and not all(_is_english(w.lower(), common_english_words()) for w in words)
        ):
            # (a signature line in title case too; "Apple Music (@AppleMusic)" is a brand)
            occ.evidence.add("credit")
        occs.append(occ)


#: Words that give another name for someone just named: "known (in the town) as", "nicknamed".
ALIAS_VERBS: frozenset[str] = frozenset({"known", "nicknamed"})
#: Lowercase words between "known" and "as" ("known locally as", "known in the town as").
MAX_ALIAS_GAP = 4


def _alias_evidence(toks: _Toks, r0: int, occ: _Occ, occs: Sequence[_Occ]) -> None:
    """A name given as another name of the person named last in the sentence ("Hassan
    al-Bazzi, a retired fisherman known in the town as Abu Khalil,", "Ann Lee, nicknamed
    Nan,"): ``occ.alias_of`` is set to that person's occurrence."""
    lowers = toks.lowers
    j = r0 - 1
    if j >= 0 and lowers[j] == "as":
        j -= 1
        while j >= 0 and r0 - j <= MAX_ALIAS_GAP + 1 and lowers[j] not in ALIAS_VERBS:
            if not toks.words[j].islower():
                return
            j -= 1
    if j < 0 or lowers[j] not in ALIAS_VERBS or (lowers[j] == "known" and lowers[r0 - 1] != "as"):
        return
    owner = next(
        (
            o
            for o in reversed(occs)
            if o.block == occ.block and o.end <= toks.starts[j] and len(o.words) > 1
        ),
        None,
    )
    if owner is not None and owner.sentence == occ.sentence:
        occ.alias_of = owner.start
        occ.evidence.add("alias")


#: A separator and "By" after a name: the name is a programme's or outlet's ("Texas
#: Standard | By Maribel Quintanar").
_BEFORE_BYLINE: re.Pattern[str] = re.compile(r"\s*[|•·]\s*(?:By|BY|by)\b")
#: Last words of a credit line's capitalised pieces that are no surnames ("Patch Staff").
CREDIT_NON_NAMES: frozenset[str] = frozenset({"staff", "desk", "team", "wires", "agencies"})
#: A credit line that only lists writers' names ("Kasia Brandt and Olu Adeyemi").
_NAME_LIST_LINE: re.Pattern[str] = re.compile(
    r"(?!By[ ]|BY[ ])[A-Z][\w'’.-]+(?:[ ][A-Z][\w'’.-]+){1,3}"
    r"(?:(?:,[ ]|[ ]and[ ]|[ ]&[ ])[A-Z][\w'’.-]+(?:[ ][A-Z][\w'’.-]+){1,3}){1,3}"
)


def _no_common_words(words: Sequence[str]) -> bool:
    """No word of the name is a common English or organisation word that is no listed
    given name or surname ("Hanaa Mostafa Fikry", not "Create Free Account" or
    "Strathallan Advertiser")."""
    common, orgs, given, family = common_english_words(), org_words(), first_names(), surnames()
    for w in words:
        low = w.lower()
        if low in orgs or (low in common and low not in given and low not in family):
            return False
    return True


def _outlet_after(text: str, occ: _Occ, line_credit: bool) -> bool:
    """A photographer's outlet closes the credit after the name (:data:`CREDIT_OUTLET_AFTER`:
    "Nadia Trelawny/Staff", "(Marc-André Belliveau/CBC)"); "for" an outlet only on a caption
    or credit line that the name opens ("Maya Ferreira for NPR")."""
    m = CREDIT_OUTLET_AFTER.match(text, occ.end)
    if m is None:
        return False
    return m.group("for") is None or (
        line_credit and (occ.start == 0 or text[occ.start - 1] in "\n(")
    )  # "Maya Ferreira for NPR" opening a line, "(Ilse Marchetti for The Atlantic)"


def _constituency(toks: _Toks, first: int) -> bool:
    """The name at token ``first`` is (part of) a seat after a member's title: "MP for
    Aldwater and Pennick", "the member for Kowandi" (capitalised words and "and" back to
    "for" after one of :data:`SEAT_HOLDERS`; "The MP for Carrow Vale, Duncan Moffatt," is
    a person)."""
    raw, lowers = toks.words, toks.lowers
    j = first - 1
    while j >= 0 and (raw[j][:1].isupper() or lowers[j] in ("and", "&")):
        j -= 1
    if j < first - 1 and (
        lowers[first] in first_names() or lowers[first - 1].rstrip(".") in ADDRESS_FORMS
    ):
        return False  # "Member for Kowandi Tanya Okafor", "Member for Health Dr Samuel Rotich"
    return j >= 1 and lowers[j] == "for" and lowers[j - 1] in SEAT_HOLDERS


def _after_domain(toks: _Toks, run: list[int], k: int) -> int:
    """Where the name starts in a run that follows "<title> for" or "<title> of" ("Member
    for Kowandi Tanya Okafor", "Minister for Health Ann Lee", "Director of Nursing Tereapii
    Mataroa"): at the first listed first name after the run's first word, after "of" else
    past the domain's organisation and common words; else ``k``."""
    r0 = run[k]
    lowers = toks.lowers
    if r0 < 2 or lowers[r0 - 1] not in ("for", "of"):
        return k
    role = lowers[r0 - 2].rstrip(".")
    if role not in titles() and role not in roles() and role not in SEAT_HOLDERS:
        return k
    fnames = first_names()
    for j in range(k + 1, len(run) - 1):
        if lowers[run[j]] in fnames:
            return j
    if lowers[r0 - 1] == "for":
        return k
    # "Director of Nursing Tereapii Mataroa", "Minister of Local Government Akuei Agok": the
    # domain's words are organisation or common words, the name the words after them
    orgs, common = org_words(), common_english_words()
    j = k
    while j < len(run) - 2 and (lowers[run[j]] in orgs or lowers[run[j]] in common):
        j += 1
    return j if j > k and lowers[run[j]] not in orgs and lowers[run[j]] not in common else k


#: Month names that are also given names ("June Maddox", "April Ryan").
MONTH_NAMES: frozenset[str] = frozenset(
    {"january", "february", "march", "april", "may", "june", "july", "august", "september"}
    | {"october", "november", "december"}
)
#: Words before a month that make it a date ("in June", "since May", "last August").
DATE_WORDS: frozenset[str] = frozenset(
    {"in", "on", "by", "since", "until", "till", "through", "from", "to", "of", "during"}
    | {"before", "after", "last", "next", "early", "late", "mid", "this", "that", "each"}
    | {"every", "between", "and", "or", "throughout", "for", "as", "a", "an", "the"}
    | {"his", "her", "their", "its", "our"}
)


#: Nouns of the people who live in a place: "a resident of X" names a place.
RESIDENT_NOUNS: frozenset[str] = frozenset(
    {"resident", "residents", "native", "natives", "inhabitant", "inhabitants"}
)
#: Lowercase nouns of natural features and waters after a name: "the Kilvanur lake", "the
#: Răcari river" name a place (not "the Trump estate" or "a Clinton town hall").
NATURAL_FEATURES: frozenset[str] = frozenset(
    {"lake", "river", "creek", "reservoir", "dam", "canal", "pond", "lagoon", "estuary"}
    | {"wetland", "wetlands", "marsh", "valley", "gorge", "glacier", "waterfall", "bay"}
)
#: Plural place nouns after one or two names: "Marrow and Pell counties".
PLURAL_PLACE_NOUNS: frozenset[str] = frozenset(
    {"counties", "districts", "provinces", "villages", "towns", "cities", "townships"}
    | {"parishes", "boroughs", "municipalities", "regions", "islands", "suburbs"}
)


def _place_noun_after(toks: _Toks, last: int) -> bool:
    """The name ending at token ``last`` is a place by the noun after it: a natural feature
    ("Kilvanur lake"), a plural place noun ("Pell counties"), or "and" and a name before
    one ("Marrow and Pell counties")."""
    lowers, words = toks.lowers, toks.words
    nxt = lowers[last + 1] if last + 1 < len(toks) else ""
    if nxt in NATURAL_FEATURES or nxt in PLURAL_PLACE_NOUNS:
        return words[last + 1].islower() and not words[last].endswith(POSSESSIVE_ENDINGS)
    return (
        nxt == "and"
        and last + 3 < len(toks)
        and _is_cap(words[last + 2])
        and lowers[last + 3] in PLURAL_PLACE_NOUNS
    )


#: Words before a lone month name that make it a date ("in May", "since June").
MONTH_DATE_WORDS: frozenset[str] = frozenset(
    {"in", "on", "since", "until", "till", "through", "during", "last", "next", "early",
     "late", "mid", "this", "each", "every", "throughout", "of"}
)  # fmt: skip


def _lone_month(toks: _Toks, i: int) -> bool:
    """Token ``i``, a month name alone, is a date: after a date word or another month and
    "and"/"or"/a comma ("April and May"), or before a number or "last"/"next" ("May 4",
    "May last year")."""
    lowers = toks.lowers
    if lowers[i] not in MONTH_NAMES:
        return False
    before = lowers[i - 1] if i > 0 else ""
    after = lowers[i + 1] if i + 1 < len(lowers) else ""
    return (
        before in MONTH_DATE_WORDS
        or (before in ("and", "or", ",") and i >= 2 and lowers[i - 2] in MONTH_NAMES)
        or after[:1].isdigit()
        or after in ("last", "next", "this")
    )


def _month_given_name(toks: _Toks, run: list[int]) -> bool:
    """The run opens with a month that is a listed first name and no date word before it
    or number after it: "June Maddox, 78, has banked", not "In June Maddox said" or "June
    Maddox 12"."""
    lowers, r0 = toks.lowers, run[0]
    if lowers[r0] not in MONTH_NAMES or lowers[r0] not in first_names():
        return False
    if len(run) != 2 or lowers[run[1]] in first_names() or lowers[run[1]] in _stop_tokens():
        return False
    after = toks.words[run[-1] + 1] if run[-1] + 1 < len(toks) else ""
    return (
        (r0 == 0 or lowers[r0 - 1] not in DATE_WORDS)
        and not after[:1].isdigit()
        and after not in _modifier_heads()  # "June Trump campaign event"
    )


def _shared_surname(text: str, toks: _Toks, i: int) -> str:
    """The surname a first name at token ``i`` shares with the two-word name after "and"
    ("Gary and Lorraine Swale", "Barack and Michelle Obama"), else "". Not when the text
    uses the word in another name ("Hillary and Tim Kaine" after "Hillary Clinton",
    "Carter and Eric Fanning" after "Ash Carter")."""
    words, lowers, fnames = toks.words, toks.lowers, first_names()
    n = len(words)
    if not (
        i + 3 < n
        and lowers[i + 1] == "and"
        # two given names, the second listed, the first no common word ("Bronwyn and Neil
        # Ashdown"; not "Eloy and Picacho Peak", "Trinidad and Tobago Carnival")
        and lowers[i + 2] in fnames
        and lowers[i] not in common_english_words()
        and not (i > 0 and lowers[i - 1] in PLACE_PREPOSITIONS)  # "of Hamakua and Russell"
        and _is_cap(words[i])
        and _is_cap(words[i + 2])
        and _is_cap(words[i + 3])
        and lowers[i + 3] not in fnames
        and (i + 4 >= n or not words[i + 4][:1].isupper())
        and all(toks.starts[j] - toks.ends[j - 1] == 1 for j in (i + 1, i + 2, i + 3))
    ):
        return ""
    if i > 0 and _is_cap(words[i - 1]) and not _plural_role(lowers[i - 1]):
        return ""  # "Hillary Clinton and Donald Trump" is no such pair ("Retirees Bronwyn
        # and Neil Ashdown" is)
    surname = _bare(words[i + 3])
    word = re.escape(words[i])
    other = re.compile(
        rf"([A-Z][\w'’.-]*)[ ]{word}\b|\b{word}[ ](?!{re.escape(surname)}\b)[A-Z][\w'’-]+"
    )
    for m in other.finditer(text):
        if m.group(1) is None or not _plural_role(m.group(1).lower()):
            return ""  # (not "Retirees Bronwyn": a plural role before the given name)
    return surname


def _age_or_cue_after(toks: _Toks, i: int) -> bool:
    """Token ``i`` opens an age set off by commas (", 72,") or is a speech verb ("said")."""
    words = toks.words
    if (
        i < len(words)
        and toks.lowers[i] in speech_verbs()
        and not toks.lowers[i].endswith("ing")  # "Lincoln County warning sirens": a noun's
    ):
        return True
    return (
        i + 2 < len(words)
        and words[i] == ","
        and words[i + 1].isdigit()
        and len(words[i + 1]) <= 3
        and words[i + 2] in ",)"
    )


def _transcript_speaker(
    m: re.Match[str], block: Block, bi: int, sent_starts: Sequence[int], occs: list[_Occ]
) -> None:
    """A transcript's speaker label in capitals opening the paragraph (``m`` of
    :data:`_TRANSCRIPT_LABEL`: "MARK ELLIS: ...", "SEN. ELAINE GRANT: ..."): a person named
    in title case, titles left out. Labels that are English words ("CORRECTION:", "TOP
    STORIES:") name nobody."""
    raw = m.group(1).split()
    k = 0
    while k < len(raw) - 1 and raw[k].rstrip(".").lower() in titles():
        k += 1
    words = tuple(w.capitalize() if "-" not in w else w.title() for w in raw[k:])
    common = _common_caps()
    if len(words) < 2 or any(w.lower() in common for w in words):
        return  # "STAT OF THE WEEK:", "WHAT IT MEANS:": a section label
    if _english_words_only(words, []):
        return
    start = m.start(1) + m.group(1).index(raw[k])
    end = m.end(1)
    sentence = max(0, bisect.bisect_right(sent_starts, start) - 1)
    occ = _Occ(start, end, words, bi, block.paragraph_id, sentence, m.start(1), "speaker")
    occ.evidence.add("transcript")
    occs.append(occ)


def _caps_byline(
    text: str,
    pos: int,
    bi: int,
    block: Block,
    sent_starts: Sequence[int],
    occs: list[_Occ],
    *,
    end: int | None = None,
) -> None:
    """Writers named in capitals after a byline's "By", from ``pos`` ("By LAUREN HOLLISTER
    Associated Press", "By GRANT HOLLOWAY FOR MAILONLINE", "BY ANN LEE AND TOM HART"):
    persons named in title case. A name ends at a word not in capitals, a comma or "AND";
    the byline ends at any other word ("FOR"). Words that are common, titles, roles,
    organisation or place words ("BY STAFF REPORTS", "By AP STAFF") name nobody. ``end``
    closes the name (a photo credit's "WENDT/GLOBE STAFF")."""
    line_end = text.find("\n", pos, block.end)
    line_end = block.end if line_end < 0 else line_end
    if end is not None:
        line_end = min(line_end, end)
    names: list[list[re.Match[str]]] = [[]]
    for m in _BYLINE_WORD.finditer(text, pos, line_end):
        word = m.group()
        if word == "," or word in CAPS_BYLINE_JOINERS:
            names.append([])
            continue
        if not (word.isupper() and word[0].isalpha()) or word.lower() in CREDIT_NAME_FOLLOWERS:
            break  # "Associated", "FOR MAILONLINE": the outlet
        names[-1].append(m)
    sentence = max(0, bisect.bisect_right(sent_starts, pos) - 1)
    stop = _stop_tokens() | roles() | place_words()
    for parts in names:
        words = tuple(_caps_title(m.group()) for m in parts)
        if not 2 <= len(words) <= MAX_CREDIT_NAME_WORDS:
            continue
        if any(w.lower().rstrip(".") in stop for w in words) or _english_words_only(words, []):
            continue
        occ = _Occ(parts[0].start(), parts[-1].end(), words, bi, block.paragraph_id, sentence,
                   parts[0].start())  # fmt: skip
        occ.evidence.add("credit")
        occs.append(occ)


def _caps_title(word: str) -> str:
    """A name's word in capitals, in title case: "HOLLISTER" -> "Hollister", "MCCARTHY" ->
    "McCarthy" ("MAC" is left alone: "Macias", "Machado")."""
    titled = word.title()
    if len(titled) > 3 and titled.startswith("Mc"):
        return "Mc" + titled[2:].capitalize()
    return titled


def _after_portfolio(lowers: Sequence[str], r0: int, words: Sequence[str] = ()) -> bool:
    """Token ``r0`` follows a title and "of"/"for" ("Minister of", "Secretary for",
    "Minister of State for"): a capitalised run there opens with the portfolio. With the
    tokens as written (``words``), also after "and" ending a list of portfolios ("Minister
    of Environmental Protection and Agriculture Irakli Gogolashvili")."""
    opener = _list_opener(words, lowers, r0) if words else None
    if opener is not None:
        r0 = opener + 1
    if r0 < 2 or lowers[r0 - 1] not in ("of", "for"):
        return False
    before = r0 - 2
    if before >= 2 and lowers[before] == "state" and lowers[before - 1] in ("of", "for"):
        before -= 2  # "Minister of State for Sustainability"
    return lowers[before] in PORTFOLIO_TITLES


def _place_office_name(tk: _Toks, run: list[int]) -> int:
    """Index into ``run`` where the holder's name starts when the run follows an office held
    over a place and "of"/"for" ("Mayor of London Sadiq Khan", "Deputy mayor of Gyumri
    Tigran Arakelyan", "MLA for Fermanagh and South Tyrone Bláithín Cleary"): the last two
    words (three with a middle initial), or 0 when the run reads as a place alone ("senator
    for New South Wales", "mayor of San Luis Obispo")."""
    lowers = tk.lowers
    r0 = run[0]
    opener = _list_opener(tk.words, lowers, r0)
    at = opener + 1 if opener is not None else r0
    if (
        len(run) < 3
        or at < 2
        or lowers[at - 1] not in ("of", "for")
        or lowers[at - 2] not in PLACE_OFFICES
    ):
        return 0
    k = len(run) - 2
    if k >= 2 and len(tk.words[run[k]]) == 1:
        k -= 1  # "President of Ireland Michael D. Higgins"
    given = lowers[run[k]]
    if (
        lowers[run[k - 1]] in PLACE_OPENERS
        or given in place_words()
        or given in _stop_tokens()
        or lowers[run[-1]] in _stop_tokens()
    ):
        return 0
    return k


#: Offices held over a place, written before "of"/"for", the place and the holder's name.
PLACE_OFFICES: frozenset[str] = frozenset(
    {"mayor", "governor", "mla", "mp", "td", "msp", "mep", "senator", "councillor", "cllr",
     "member", "representative", "premier", "president", "congressman", "congresswoman",
     "assemblyman", "assemblywoman", "assemblymember", "mayor-elect", "governor-elect"}
)  # fmt: skip
#: A saint's title opening a place's name before a given name ("San Luis Obispo", "São
#: João del-Rei"): the words after it are the place's, not a person's.
SAINTS_PLACES: frozenset[str] = frozenset({"san", "santo", "são", "sao"})
#: Words that open a place's name and go on into it ("San Luis Obispo", "Port Elizabeth",
#: "New South Wales"): the words after them are the place's, not a person's.
PLACE_OPENERS: frozenset[str] = (
    PLACE_PREFIXES
    | SAINTS_PLACES
    | {"st", "saint", "el", "la", "los", "las", "le", "great", "little"}
)


#: Titles followed by "of"/"for" and a portfolio before the holder's name.
PORTFOLIO_TITLES: frozenset[str] = frozenset(
    {"minister", "secretary", "commissioner", "undersecretary", "under-secretary"}
)


class _OrgSurnames:
    """Last words of the names found so far that are also organisation words ("Dennis Hall",
    "Justin Park"): alone, such a word is the person's surname, not a hall or a park.

    ``of(occs)`` reads only the names added to ``occs`` since the last call, so asking
    once per block stays linear in the length of the article.
    """

    __slots__ = ("done", "found")

    def __init__(self) -> None:
        self.done = 0
        self.found: set[str] = set()

    def of(self, occs: Sequence[_Occ]) -> set[str]:
        orgs = org_words()
        for o in occs[self.done :]:
            if len(o.words) > 1 and o.words[-1].lower() in orgs:
                self.found.add(o.words[-1])
        self.done = len(occs)
        return self.found


def _byline_name(toks: _Toks, run: list[int], k: int) -> list[int]:
    """``run`` without the capitalised beat words between a byline's name and a journalist's
    role: "Peter Lang Environment correspondent" names Peter Lang. Two name words stay."""
    after = run[-1] + 1
    while after < len(toks) and toks.words[after] in NEWS_BEATS:
        after += 1  # "Jane Doe Chief political correspondent"
    if after >= len(toks) or toks.words[after] not in BYLINE_ROLES:
        return run
    end = len(run)
    while end - k > 2 and toks.lowers[run[end - 1]] in NEWS_BEATS:
        end -= 1
    return run[:end]


def _cut_at_known(
    text: str, toks: _Toks, run: list[int], known: set[tuple[str, ...]]
) -> list[list[int]]:
    """The parts of a headline run that are names known from the text (longest first,
    left to right), or the whole run when none is."""
    words = [_bare(toks.words[i]) for i in run]
    if tuple(words) in known or len(run) > MAX_HEADLINE_RUN:
        return [run]
    parts: list[list[int]] = []
    i = 0
    while i < len(run):
        for j in range(len(run), i, -1):
            if tuple(words[i:j]) in known and (j - i > 1 or len(run) > 1):
                parts.append(run[i:j])
                i = j
                break
        else:
            i += 1
    return parts or [run]


class _AfterCue:
    """For a token index, whether a speech verb outside quotes comes before it in its
    sentence (a sentence starts at a token whose offset is a sentence start).

    Indexed like a list of booleans. A lookup first scans back to the sentence start, at most
    :data:`CUE_SCAN_TOKENS` tokens (names are looked up near a sentence start or a clause
    opener); past that, the speech-verb and sentence-opening tokens of the block are listed
    once, and a lookup is two bisections (linear time on a huge paragraph).
    """

    def __init__(
        self,
        toks: _Toks,
        quoted: Sequence[bool],
        sent_starts: Sequence[int],
    ) -> None:
        self.toks, self.quoted, self.sent_starts = toks, quoted, sent_starts
        self.cues: list[int] | None = None  # listed at the first lookup
        self.resets: list[int] = []

    def _index(self) -> list[int]:
        toks, quoted, sent_starts = self.toks, self.quoted, self.sent_starts
        words = toks.words
        found = itertools.compress(itertools.count(), map(speech_verbs().__contains__, words))
        opening = _start_set(sent_starts)
        self.cues = [
            i
            for i in found
            if _reports(toks, quoted, i)
            # "Speaking after the race, Castell described ...": an introductory participle
            and not (words[i].endswith("ing") and toks.starts[i] in opening)
        ]
        if words and self.cues:
            starts = toks.starts
            lo = bisect.bisect_left(sent_starts, starts[0])
            hi = bisect.bisect_right(sent_starts, starts[-1])
            for s in sent_starts[lo:hi]:
                k = bisect.bisect_left(starts, s)
                if k < len(starts) and starts[k] == s:
                    self.resets.append(k)
        return self.cues

    def __getitem__(self, i: int) -> bool:
        if self.cues is None:
            toks, quoted = self.toks, self.quoted
            words, starts = toks.words, toks.starts
            sentence_starts, verbs = _start_set(self.sent_starts), speech_verbs()
            if starts[i] in sentence_starts:
                return False  # token i opens its sentence
            stop = i - 1 - CUE_SCAN_TOKENS
            for j in range(i - 1, max(stop, -1), -1):
                word = words[j]
                if starts[j] in sentence_starts:
                    # (an opening participle reports nothing: "Speaking after the race, X")
                    return word in verbs and not word.endswith("ing") and _reports(toks, quoted, j)
                if word in verbs and _reports(toks, quoted, j):
                    return True  # (not "The state report's lead author, X")
            if stop < 0:
                return False  # the block starts the sentence: no speech verb before i
        cues = self.cues if self.cues is not None else self._index()
        c = bisect.bisect_left(cues, i) - 1
        if c < 0:
            return False
        r = bisect.bisect_right(self.resets, i) - 1
        return r < 0 or self.resets[r] <= cues[c]


def _reports(toks: _Toks, quoted: Sequence[bool], i: int) -> bool:
    """The speech-verb form at token ``i`` reports speech: not inside quotes, not
    "according", not a noun ("The state report's", "a brief interview") and not a passive
    participle before its agent ("the rate offered by two employers, Whitacre told")."""
    words, lowers = toks.words, toks.lowers
    return (
        words[i] != "according"
        and not quoted[i]
        and not _noun_use(lowers, i)
        and not (words[i].endswith("ed") and i + 1 < len(words) and lowers[i + 1] == "by")
        # "In a victim statement read to the court, plumber X said": a participle after a
        # document's noun
        and not (words[i] == "read" and i >= 1 and lowers[i - 1] in DOCUMENT_NOUNS)
    )


def _plausible(
    words: tuple[str, ...],
    toks: _Toks,
    first: int,
    sent_starts: Sequence[int],
    lower_words: Container[str],
) -> bool:
    """Reject places, bare initials and capitalised common words."""
    shape = _name_shape(" ".join(words))
    if shape is None:
        return False
    head, single, head_is_role, opener = shape
    if single and head in lower_words:
        return False
    at_start = toks.starts[first] in _start_set(sent_starts) or (
        first > 0 and toks.words[first - 1] in '"“('
    )
    if not at_start:
        return True
    if single:
        if head_is_role:
            return False  # "Lawmaker ..." at a sentence start
        if head.endswith(("ly", "ing")):
            after = toks.words[first + 1] if first + 1 < len(toks.words) else ""
            if after == "," and (
                head.endswith("ly") or (head not in surnames() and head not in first_names())
            ):
                return False  # "Reacting, the board said": a participle opens the sentence
    if opener and opener in lower_words:
        # "Said Mohamed Abshir, a member of ...": given names only, though "said" is a word
        return len(words) >= 3 and opener == "said" and words[1].lower() in first_names()
    return True


#: Two or more capitals after a lowercase letter inside a word ("PhilFIDA"); "McDonald"
#: and "DeSantis" have one.
_CAPITALS_INSIDE: re.Pattern[str] = re.compile(r"[a-z][A-Z]{2,}")


@functools.lru_cache(maxsize=1 << 14)
def _name_shape(name: str) -> tuple[str, bool, bool, str] | None:
    """What :func:`_plausible` needs of a name's words alone (joined by spaces: a string
    key, see :func:`_name_start`), or None when they cannot be a name (places, bare
    initials, too long, an adverb, a lone nationality, organisation or plural role). Else
    ``(head, single, head is a role noun, opener)``: ``head`` is the first real word
    lowercased, ``single`` whether it is the only one, ``opener`` the first word lowercased
    when the name has more words and it is no particle (else "")."""
    words = name.split(" ")
    real = [w for w in words if len(w.rstrip(".")) > 1 and w.lower() not in NAME_PARTICLES]
    if not real:
        return None
    places = place_words()
    if all(w.lower() in places for w in real):
        return None
    if len(real) > MAX_NAME_WORDS:
        return None
    initials = _INITIALS.fullmatch
    if all(initials(w) for w in real):
        return None
    if any(_CAPITALS_INSIDE.search(w) for w in real):
        return None  # "PhilFIDA", "eThekwini": a body's short name, no person's
    head = real[0].lower()
    if head.endswith(ADVERB_SUFFIXES) and head not in first_names() and real[0][1:].islower():
        return None  # "Significantly", not "Sally" nor "McInally"
    single = len(real) == 1
    if single and (head in nationalities() or head in org_names() or _plural_role(head)):
        return None  # "Lawmakers said"
    if single and _OUTLET_CAMEL.match(real[0]) and not head.startswith(CAMEL_NAME_PREFIXES):
        return None  # "MailOnline", "TechCrunch", "PolitiFact": an outlet's name
    if len(real) == 2 and _place_surname(head, real[1].lower()):
        return None  # "Quadratín Oaxaca", "Radio Kenya": a body named after its place
    if len(real) >= 2 and real[-1].lower().rstrip(".") in STREET_ABBREVIATIONS:
        return None  # "7 Victoria St. W.": a street
    if any(_common_plural(w) for w in real[1:-1]):
        return None  # "Federated Farmers Taranaki": a plural noun inside names a body
    opener = words[0].lower()
    if len(words) <= 1 or opener in NAME_PARTICLES:
        opener = ""
    return head, single, single and head in roles(), opener


#: Street abbreviations that end an address, never a name ("Victoria St", "Main Ave").
STREET_ABBREVIATIONS: frozenset[str] = frozenset({"st", "ave", "rd", "blvd", "hwy", "ln"})


def _common_plural(word: str) -> bool:
    """A plural agent noun of English that is no listed name ("Farmers", "Growers"; not
    "Kills" of "Jenna Kills First")."""
    low = word.lower()
    return (
        len(low) > 4
        and low.endswith(("ers", "ors", "ists", "ians"))
        and low[:-1] in common_english_words()
        and low not in surnames()
        and low not in first_names()
    )


def _place_surname(first: str, last: str) -> bool:
    """A two-word name whose last word is a one-word place and no listed surname or given
    name (or whose first word is a common English word), after a word that is no listed
    given name: an outlet or a body ("Quadratín Oaxaca", "Care Jersey"), not "Michael
    Jordan" or "Kwame Ghana"-style names the lists vouch for."""
    if last not in _one_word_places() or first in first_names():
        return False
    # "Care Jersey", "Transport Scotland": a common word before a place names a body even
    # when the place is also a surname
    return (last not in surnames() and last not in first_names()) or (
        first in common_english_words()
    )


def _plural_role(word: str) -> bool:
    """A plural role noun ("lawmakers", "officials", "councilmen"): a group, not a name."""
    if word.endswith("men") and len(word) > 5:
        return word[:-3] + "man" in roles()
    return word.endswith("s") and word[:-1] in roles()


def _seat_before_name(toks: _Toks, run: list[int], k: int) -> bool:
    """ "The Etsu Kpasu, Alhaji Abubakar Sidi Gana,": "the", a ruler's title and one word,
    the seat, then the ruler's name set off with an honorific or a given name; the word
    after the title names no one."""
    raw, lowers = toks.words, toks.lowers
    first, end = run[0], run[-1] + 1
    the = lowers[first] == "the" or (first > 0 and lowers[first - 1] == "the")
    if not the or k - (lowers[first] == "the") != 1 or len(run) - k != 1:
        return False
    if end + 1 >= len(raw) or raw[end] != ",":
        return False
    nxt = lowers[end + 1]
    return raw[end + 1][:1].isupper() and (nxt in HONORIFIC_GENDER or nxt in first_names())


def _prefix_evidence(toks: _Toks, run: list[int], k: int, occ: _Occ) -> None:
    tset, lowers = titles(), toks.lowers
    for i in run[:k]:
        word = lowers[i]
        gender = HONORIFIC_GENDER.get(word) or BURMESE_HONORIFICS.get(toks.words[i])
        if gender is not None:
            occ.evidence.add("honorific")
            occ.genders.append((gender, "honorific"))
        elif word in tset and (word not in TITLE_ADJECTIVES or len(occ.words) > 1):
            if not _seat_before_name(toks, run, k):
                occ.evidence.add("title")
        elif word in speech_verbs():
            occ.evidence.add("cue")
            occ.role = "speaker"
        elif (
            i == run[k - 1]
            and len(occ.words) > 1
            and (word in roles() or person_compound(word))
            and word not in tset
            and word not in first_names()
            and not _is_english(occ.words[0].lower(), common_english_words())
        ):
            # "Commuter Priya Shah", "Deckhand Walt Oduya" (not "Immigrant Affairs Clinton")
            occ.evidence.add("role")
        noun = gendered_nouns().get(word)
        if noun and word not in HONORIFIC_GENDER:
            occ.genders.append((noun, "noun"))


def _comma_description(text: str, toks: _Toks, j: int, occ: _Occ, *, end: int) -> None:
    """A described role set off before the name: "The transport secretary, Ann Lee, said".

    Token ``j`` is the role noun, token ``end`` the last before the comma; the description
    runs back over a few lower-case words to a determiner or a possessive ("Britain's chief
    negotiator, ...").
    """
    lowers, raw = toks.lowers, toks.words
    k = j
    while k - 1 >= 0 and j - k < MAX_COMMA_DESCRIPTION and raw[k - 1].islower():
        if lowers[k - 1] in DETERMINERS or lowers[k - 1] in POSSESSIVE_PRONOUNS:
            break  # "confirmed by her daughter, Susan Vance-Carter"
        k -= 1
    if k == j and raw[j][:1].isupper() and len(occ.words) >= 2:
        # "The Chief Labour Officer, Dhanraj Seepersaud,": a role in title case after "the"
        # (not "The Assistant Labour Commissioner, Jorhat, Nilakshi Barua": a place)
        m = j
        while m - 1 >= 1 and j - m < MAX_COMMA_DESCRIPTION and raw[m - 1][:1].isupper():
            if lowers[m - 1] in DETERMINERS:
                break
            m -= 1
        if m >= 1 and lowers[m - 1] == "the":
            k = m
    before = lowers[k - 1] if k >= 1 else ""
    if before in POSSESSIVE_PRONOUNS:
        before = "the"  # "My grandmother, Rosa Alvarez," / "His brother, Piotr,"
    elif before in ("'", "’") and k >= 2 and toks.ends[k - 2] == toks.starts[k - 1]:
        k -= 1  # "Briggs' former deputy, Ann Kessler,": a possessive in a bare apostrophe
        before = lowers[k - 1] + "'s"
    if before.endswith(POSSESSIVE_ENDINGS) or any(
        w.endswith(POSSESSIVE_ENDINGS) for w in lowers[k:j]
    ):
        # the owner belongs to the role: "The Massachusetts Nurses Association's president",
        # "The RMT union's general secretary" (back to the determiner, not past it)
        m = k - 1 if before.endswith(POSSESSIVE_ENDINGS) else k
        while (
            m - 1 >= 0
            and j - m < MAX_COMMA_DESCRIPTION + 4
            and raw[m - 1][:1].isupper()
            and lowers[m - 1] not in DETERMINERS
            and text[toks.ends[m - 1] : toks.starts[m]] in _GAP_OK
        ):
            m -= 1
        if (m >= 1 and lowers[m - 1] in DETERMINERS) or before.endswith(POSSESSIVE_ENDINGS):
            k, before = m, "the"
    if before in DETERMINERS or before.endswith(POSSESSIVE_ENDINGS):
        occ.premod = text[toks.starts[k] : toks.ends[end]]
        occ.evidence.add("role")


#: Words before an agent noun that make it a role before a name ("senior conservator").
AGENT_ROLE_OPENERS: frozenset[str] = DETERMINERS | frozenset(
    {"senior", "chief", "lead", "head", "former", "veteran", "retired", "fellow", "local",
     "junior", "assistant", "deputy", "master", "principal", "staff", "by"}
)  # fmt: skip


def _agent_before_name(lowers: list[str], i: int, n_words: int) -> bool:
    """``lowers[i]`` is an agent noun no list holds, after a determiner or a rank, right
    before a full name: "led by senior conservator Hossam Barakat", "the luthier Ann Lee"."""
    word = lowers[i]
    return (
        n_words >= 2
        and i >= 1
        and lowers[i - 1] in AGENT_ROLE_OPENERS
        and AGENT_NOUN.search(word) is not None
        and not word.endswith("s")
        and word.isalpha()
    )


#: Most words of a role set off by a comma before a name ("chief executive officer").
MAX_COMMA_DESCRIPTION = 4
#: Most tokens of the "of" phrase after such a role ("of the plant's trade union committee",
#: "of Drumcairn Parish Church"), before the comma and the name.
MAX_ROLE_OF_PHRASE = 8


def _role_before_of(toks: _Toks, j: int) -> int | None:
    """The role noun before an "of" phrase that ends at token ``j``: the index of
    "chairwoman" in "The chairwoman of the plant's trade union committee,", of "chair" in
    "The chair of the Municipal Assembly,"."""
    raw, lowers = toks.words, toks.lowers
    k = j
    while (
        k >= 1
        and j - k < MAX_ROLE_OF_PHRASE
        # ("of the plant's trade union committee", "of the Municipal Assembly")
        and (raw[k].islower() or raw[k] in ("'", "’") or raw[k][:1].isupper())
    ):
        if lowers[k] in ("of", "for"):  # (or "The Minister for Agriculture,")
            if k != j and lowers[k - 1] in roles():
                return k - 1
            if lowers[k] == "of":
                return None
            # "director of services for the area,": the role is further back
        k -= 1
    return None


#: Participles that introduce a person's name after a person noun ("a man named ...").
NAMING_VERBS: frozenset[str] = frozenset({"named", "called"})


def _premodifier(
    text: str,
    toks: _Toks,
    first: int,
    k_name: int,
    occ: _Occ,
    sent_set: Sequence[int],
) -> int:
    """Role words before the run ("former Belarusian military police officer").

    Sets ``occ.premod`` and ``occ.ext_start``; returns the index of the first token of the
    extended mention (premodifiers and title included).
    """
    starts, ends, raw, lowers = toks.starts, toks.ends, toks.words, toks.lowers
    i = first - 1
    c = i
    while c >= 1 and (lowers[c].rstrip(".") in titles() or raw[c] == "."):
        c -= 1  # "the Governor, Alhaji Musa Bello,": titles between the comma and the name
    comma_role = False
    if c >= 1 and raw[c] == ",":
        role_at = c - 1 if lowers[c - 1] in roles() else _role_before_of(toks, c - 1)
        if role_at is not None:
            # "The transport secretary, Ann Lee,", "The chairwoman of the plant's trade union
            # committee, Valiantsina Kruk," (the description runs to the comma)
            _comma_description(text, toks, role_at, occ, end=c - 1)
            comma_role = occ.premod is not None
    if i < 0 or text[ends[i] : starts[first]] not in _GAP_OK:
        begin = first
    else:
        word = lowers[i]
        role_set = roles()
        if word in NAMING_VERBS and i >= 1 and lowers[i - 1] in role_set:
            # "a retired bus mechanic named Walt Dempsey", "a woman called Ann": a person
            occ.evidence.add("role")
            noun = gendered_nouns().get(lowers[i - 1])
            if noun:
                occ.genders.append((noun, "noun"))
            begin = first
        elif word in TITLE_PREMODIFIERS and (
            lowers[first] in role_set or lowers[first] in titles()
        ):
            begin = i  # "state Sen. Todd Brennan", "former Gov. Ann Lee": part of the role
        elif (
            word not in role_set
            and word not in titles()
            and not person_compound(word)
            and not _agent_before_name(lowers, i, len(occ.words))
        ):
            begin = first
        else:
            stop, cues = _common_caps(), speech_verbs()
            occ.evidence.add("role")
            noun = gendered_nouns().get(word)
            if noun:
                occ.genders.append((noun, "noun"))
            begin = i
            while begin - 1 >= 0 and first - begin < 6:
                p = begin - 1
                prev = raw[p]
                w = lowers[p]
                if text[ends[p] : starts[begin]] not in _GAP_OK or not prev[0].isalnum():
                    break
                if w in stop or w in cues or w in DETERMINERS:
                    break
                if (
                    prev[0].isupper()
                    and starts[p] in sent_set
                    and not _describes(prev)
                    # "Cal Fire spokeswoman": a sentence-opening word of a capitalised name
                    and not (raw[begin][0].isupper() and w not in stop)
                ):
                    break
                if w.endswith(("ed", "ing")) and w not in ROLE_MODIFIERS and w not in role_set:
                    break
                begin -= 1
    first_desc = begin
    if first_desc < k_name:
        described = _description_words()
        tset, role_set = titles(), roles()
        while first_desc < k_name and first_desc >= first and raw[first_desc][0].isupper():
            if lowers[first_desc] in described or _describes(raw[first_desc]):
                break
            if _initialism_at(toks, first_desc, k_name):
                break  # "U.S. District Judge": a dotted initialism opens the description
            nxt = lowers[first_desc + 1].rstrip(".") if first_desc + 1 < k_name else ""
            if (nxt in tset or nxt in role_set) and nxt not in HONORIFIC_GENDER:
                break  # "Transport Secretary", "Kentucky Sen.": a word that modifies the title
            first_desc += 1
    last_desc = k_name  # "lead author Dr. Nadia Petrov": a form of address is no role
    while last_desc > first_desc and (
        raw[last_desc - 1] == "." or lowers[last_desc - 1] in ADDRESS_FORMS
    ):
        last_desc -= 1
    if last_desc < k_name and raw[last_desc] == ".":
        last_desc = k_name  # the dots stay with what they end ("U.S.")
    if first_desc < last_desc:
        desc = text[starts[first_desc] : ends[last_desc - 1]].strip()
        only_honorific = all(
            lowers[j] in HONORIFIC_GENDER or raw[j] == "." for j in range(first_desc, last_desc)
        )
        honorific_titles = all(
            lowers[j].rstrip(".") in titles() or raw[j] == "." for j in range(first_desc, last_desc)
        )
        if desc and not only_honorific and not (comma_role and honorific_titles):
            occ.premod = desc  # (not "Alhaji" over "the Governor" of "the Governor, Alhaji X")
    occ.ext_start = starts[begin]
    return begin


def _initialism_at(toks: _Toks, i: int, end: int) -> bool:
    """Tokens ``i``... before ``end`` spell a dotted initialism: "U.S.", "U.N.", "D.C."."""
    raw, starts, ends = toks.words, toks.starts, toks.ends
    return (
        i + 3 < end
        and len(raw[i]) == 1
        and raw[i + 1] == "."
        and len(raw[i + 2]) == 1
        and raw[i + 2].isupper()
        and raw[i + 3] == "."
        and ends[i] == starts[i + 1]
        and ends[i + 2] == starts[i + 3]
    )


@functools.cache
def _description_words() -> frozenset[str]:
    return titles() | nationalities() | roles()


@functools.cache
def _opener_words() -> frozenset[str]:
    return nationalities() | titles() | place_words() | org_words()


#: Most capitalised words of a role set off after a name (", Principal Secretary,").
MAX_TITLED_ROLE_WORDS = 3


def _titled_role(toks: _Toks, a: int) -> bool:
    """A role in capitals opens at token ``a`` and is closed by a comma or "of"/"for": ",
    Principal Secretary, Housing and Urban Development," or ", Chief Fire Officer for"."""
    raw, lowers = toks.words, toks.lowers
    for j in range(a, min(len(raw), a + MAX_TITLED_ROLE_WORDS)):
        if not raw[j][:1].isupper():
            return False
        if lowers[j] in roles() and j + 1 < len(raw) and lowers[j + 1] in (",", "of", "for"):
            return True
    return False


def _describes(token: str) -> bool:
    """A capitalised word that can open a description ("Kremlin", "Belarusian", "Putin's")."""
    return token.endswith(POSSESSIVE_ENDINGS) or _bare(token).lower() in _opener_words()


#: Person nouns that a definite description may use for someone new ("the man", "the
#: woman"), unlike a role ("the actress", "the senator") that points back to someone named.
GENERIC_PERSON_NOUNS: frozenset[str] = frozenset(
    {"man", "woman", "boy", "girl", "person", "people", "child", "kid", "men", "women",
     "suspect", "victim", "driver", "shooter", "gunman", "attacker", "witness", "caller"}
)  # fmt: skip
#: Words opening a definite description that names someone the text introduced.
DEFINITE_OPENERS: frozenset[str] = frozenset({"the", "his", "her", "their"})
#: Nouns whose "of" names a place ("the village of Thenmalai", "the city of Flint").
PLACE_NOUNS: frozenset[str] = frozenset(
    {"village", "town", "city", "district", "state", "province", "county", "region",
     "island", "islands", "republic", "kingdom", "port", "suburb", "neighborhood",
     "neighbourhood", "municipality", "parish", "valley", "hamlet", "borough", "township"}
)  # fmt: skip
#: Capitalised words before an Irish county's name ("Co Mayo", "Co. Kerry").
COUNTY_ABBREVIATIONS: frozenset[str] = frozenset({"Co", "Co.", "County"})
#: Prepositions between a person's name and their home town ("Tom Reyes of Millbrook").
HOME_PREPOSITIONS: frozenset[str] = frozenset({"of", "from"})
#: Most capitalised words of a home place after a name ("of Ibbagamuwa", "of Port Mathurin").
MAX_HOME_WORDS = 3


def _article_before(toks: _Toks, start: int) -> bool:
    """Whether "the" comes right before the token at offset ``start``."""
    i = bisect.bisect_left(toks.starts, start)
    return i >= 1 and toks.lowers[i - 1] == "the"


def _past_home(raw: Sequence[str], j: int) -> int:
    """The index after "of"/"from" at ``j`` and the capitalised place that follows it (at
    most :data:`MAX_HOME_WORDS` words), or ``j`` when no such place follows."""
    k = j + 1
    while k < len(raw) and k - j <= MAX_HOME_WORDS and raw[k][:1].isupper():
        k += 1
    return k if k > j + 1 else j


#: Most tokens inside a parenthesis right after a name (its original script, an age, a
#: party and state) that evidence after it is looked for past.
PAREN_MAX_TOKENS: int = 8


def _past_parenthetical(raw: Sequence[str], i: int) -> int:
    """Index after a short parenthesis opening at token ``i`` ("(江柏緯)", "(72)",
    "(R-Fla.)"), or ``i`` when none opens there."""
    if i >= len(raw) or raw[i] != "(":
        return i
    for k in range(i + 1, min(len(raw), i + 2 + PAREN_MAX_TOKENS)):
        if raw[k] == ")":
            return k + 1 if k > i + 1 else i
        if raw[k] == "(":
            return i
    return i


def _before_parenthesis(raw: Sequence[str], i: int) -> int:
    """Index before a short parenthesis closing at token ``i`` ("Menike (67) of"), or ``i``
    when none closes there."""
    if i < 0 or raw[i] != ")":
        return i
    for k in range(i - 1, max(-1, i - 2 - PAREN_MAX_TOKENS), -1):
        if raw[k] == "(":
            return k - 1 if k < i - 1 else i
        if raw[k] == ")":
            return i
    return i


def _topic_opener(lowers: Sequence[str], b: int) -> bool:
    """The words before a name (ending at token ``b``) open the sentence with "As for":
    "As for Mr Sim, he has no plans" (the name is the topic the pronoun after it takes)."""
    return (
        b >= 1
        and lowers[b] == "for"
        and lowers[b - 1] == "as"
        and (b == 1 or lowers[b - 2] in (".", "!", "?"))
    )


def _context_evidence(
    text: str,
    toks: _Toks,
    run: list[int],
    begin: int,
    occ: _Occ,
    sent_starts: Sequence[int],
    quoted: Sequence[bool],
    embedded: _AfterCue,
) -> None:
    """Evidence around a name: appositive, speech verb, kinship, credit, pronoun; its role.

    ``embedded[i]`` tells whether a speech verb precedes token ``i`` in its sentence.
    """
    raw, lowers, starts = toks.words, toks.lowers, toks.starts
    n = len(raw)
    last = run[-1]
    possessive = raw[last].endswith(POSSESSIVE_ENDINGS)
    b = begin - 1
    prev = lowers[b] if b >= 0 else ""
    while b >= 0 and raw[b] in OPENING_MARKS:
        b -= 1  # '"Considering ...' still opens its sentence
    at_start = b < 0 or (bool(sent_starts) and starts[b] < sent_starts[occ.sentence])
    if (
        not at_start
        and (
            (begin < run[0] and b >= 0 and raw[b][:1].isupper())
            # "Chairman of the Half Moon Bay Fisherfolk Association Gregory Blenman told": a
            # title of an organisation, the organisation's name, then the person's
            or (
                b >= 2 and lowers[b] == "the" and lowers[b - 1] == "of" and raw[b - 2][:1].isupper()
            )
            # "Mayor of Lastovo Ivo Lušić described ...": a title of a place, then the name
            or (
                b >= 1
                and lowers[b] == "of"
                and raw[b - 1][:1].isupper()
                and (lowers[b - 1] in titles() or lowers[b - 1] in roles())
            )
        )
    ):
        # "Tollcross coach Pieter van Schalkwyk was proud": a team or firm before the role
        t = b
        while (
            t >= 0
            and (
                (raw[t][:1].isupper() and (lowers[t] not in _stop_tokens() or lowers[t] in roles()))
                # "Chairman of the Half Moon Bay Fisherfolk Association Gregory Blenman said"
                or (
                    lowers[t] in ORG_NAME_JOINERS
                    and (raw[t + 1][:1].isupper() or lowers[t + 1] in ORG_NAME_JOINERS)
                )
            )
        ):
            t -= 1
        at_start = t < 0 or (bool(sent_starts) and starts[t] < sent_starts[occ.sentence])
        if at_start:
            prev = ""
    b = begin - 1
    occ.at_start = at_start
    given = (
        NAME_GIVEN_BEFORE.search(text, max(0, occ.start - 60), occ.start)
        if text.endswith(NAME_GIVEN_ENDINGS, max(0, occ.start - 6), occ.start)
        else None
    )  # (every form ends in "as ", "is ", ", ", "call " or "name ": a cheap test first)
    if given is not None:
        # "a nursing student who gave only her first name, Lotte", "who gave his name only as
        # Taiwo", "who asked to be identified only as Abu Salim", "whose real name is X": a
        # person, and the pronoun's gender
        occ.evidence.add("given name")
        gender = PRONOUN_GENDER.get((given.group("pronoun") or "").lower())
        if gender is not None:
            occ.genders.append((gender, "pronoun"))
    # "Marcus Hale of Millbrook, a union electrician,": the appositive is the person's, and
    # the name after "of"/"from" is their home
    owner = _before_parenthesis(raw, begin - 2)  # "Seelawathie Menike (67) of Ibbagamuwa"
    home = (
        owner >= 0
        and lowers[begin - 1] in HOME_PREPOSITIONS
        and raw[owner][:1].isupper()
        and lowers[owner].rstrip(".") not in titles()  # not "Chief of Staff X"
    )
    nf = bisect.bisect_left(toks.starts, occ.start)  # the name's first token
    # "In Birch Crossing, the mayor fixes ...": a clause after a place, no appositive (but
    # "a new leader in Mitt Romney, the party's nominee, who" is one)
    located = nf >= 1 and lowers[nf - 1] in LOCATIVES and occ.words[0].lower() not in first_names()
    occ.thing = (
        last + 2 < n
        and raw[last + 1] == ","
        and lowers[last + 2] == "which"
        and prev not in PLACE_PREPOSITIONS  # not "the letter to Obama, which was"
    )
    after = _past_parenthetical(raw, last + 1)  # "Chiang Po-wei (江柏緯), a ...", "X (72) said"
    if not possessive and after < n and (raw[after] == "," or lowers[after] == "who"):
        before = set(occ.evidence), list(occ.genders), occ.age
        _appositive_evidence(text, toks, after, occ)  # (it looks for nothing else)
        span = occ.appositive_span
        if located and span is not None and not text.startswith(",", span[1]):
            home = True  # the "appositive" runs on to the sentence's end: a clause
        if home:  # the span stays (its description is no one new); the evidence goes
            occ.evidence, occ.genders, occ.age = before
            occ.appositive = None
        elif _IN_PARTY_HOME.search(text, max(0, occ.start - 40), occ.start) is not None:
            # "Rep. Hollis Kincaid, R-Port St. Joe, the bill's sponsor": the legislator's
            # home closes his party tag; the appositive after it is his
            occ.evidence, occ.genders, occ.age = before
            occ.appositive = None
        elif (
            "relative" in occ.evidence
            and "relative" not in before[0]
            and nf >= 1
            and lowers[nf - 1] in LOCATIVES | {"from", "on"}
            and occ.words[0].lower() not in first_names()
        ):
            # "A miller from Barpali, who requested anonymity,": the miller's clause
            occ.evidence.discard("relative")
    inverted = _cue_evidence(toks, after, b, possessive, occ, at_start)
    if home:
        occ.evidence.discard("cue")  # "Tom Reyes of Millbrook said": Reyes says it
    _kin_evidence(toks, b, last, possessive, occ)
    nxt = raw[last + 1] if last + 1 < n else ""
    # "Photo: Lisa Chen/AP" credits a person; "Photo: Staff at the clinic ..." is a caption
    credited_name = (
        not nxt.islower()
        or nxt in CREDIT_NAME_FOLLOWERS
        # "By Fiona Lennox at Blackrigg Park", "By Sofia Lindahl in Rävala": a byline's place
        or (nxt in ("in", "at") and text.startswith("By ", max(0, occ.start - 3)))
    )
    if len(occ.words) > 1 and (  # "Photo: Handout", "Photograph: Alamy": an agency
        _credit_after(text, occ.end)
        or (
            credited_name
            and (
                _credit_before(text, max(0, occ.ext_start - 40), occ.ext_start)
                # "By Kenji Watanabe": "By" opens the capitalised run
                or (
                    occ.start != occ.ext_start
                    and _credit_before(text, max(0, occ.ext_start - 2), occ.start)
                )
            )
        )
    ):
        occ.evidence.add("credit")
    if nxt.islower():
        heads = _modifier_heads()
        nxt2 = raw[last + 2] if last + 2 < n else ""
        # "Trump campaign chairman", "Trump presidential campaign" (not "Bartlett said
        # council plans ...": a verb, then its object)
        noun_modifier = nxt in heads or (nxt2 in heads and nxt not in speech_verbs())
    else:  # "Hewlett-Packard CEO Carly Fiorina": a role in capitals
        noun_modifier = nxt.isupper() and len(nxt) > 1 and nxt.lower() in roles()
    if noun_modifier:
        occ.evidence.discard("role")  # "the former Hewlett-Packard CEO": the CEO's role
    role = occ.role
    if role == "speaker":
        pass
    elif possessive or prev in DETERMINERS or noun_modifier:
        role = "modifier"  # "Lukashenko's", "the Lukashenko regime", "Trump campaign"
    elif inverted:
        role = "speaker"
    elif ((at_start or prev in CLAUSE_OPENERS) and not embedded[run[0]]) or _topic_opener(
        lowers, b
    ):
        role = "subject"  # ("As for Mr Sim, he has no plans": the topic, then its pronoun)
    elif (
        prev in ("was", "is")
        or (YEAR_OLD.fullmatch(prev) and b >= 1 and lowers[b - 1] in ("was", "is"))
    ) and not embedded[run[0]]:
        # "The last keeper was Frane Bosnjak, who ... He died", "Among them was 24-year-old
        # Marie Ondoua": who it is
        role = "subject"
    elif prev == "to" and b >= 1 and lowers[b - 1] == "according" and not embedded[run[0]]:
        # "According to Sunilkumar, the certificate had expired. He said ...": the source
        # whose words the sentence reports is its subject
        role = "subject"
    elif (
        "cue" in occ.evidence
        and prev.isalpha()
        and prev.islower()
        and prev not in PLACE_PREPOSITIONS
        and not embedded[run[0]]
    ):
        # "Nasautoka turaga ni koro Viliame Drauna said": a role in words no list holds,
        # then the name and its speech verb: the name is the sentence's subject
        role = "subject"
    else:
        role = "object"  # also the subject of a reported clause ("recalled that Obama")
    evidence = occ.evidence
    if (role == "object" or role == "subject") and (
        "appositive" in evidence or "age" in evidence or "given name" in evidence
    ):
        role = "speaker"  # a person introduced with a description (or named by one) is in focus
    if role == "subject" and _followed_by_cue(toks, last + 1):
        role = "speaker"  # "..., Mayor Ted Terry noted."
    occ.role = role
    if (
        role == "subject"
        and 2 <= len(occ.words) <= MAX_HUMAN_VERB_NAME
        and not possessive
        and not home
        and (
            _human_verb_after(toks, last + 1)
            or _role_predicate_after(toks, _past_appositive(toks, last + 1))
        )
        and not any(w.lower() in place_words() or w.lower() in org_words() for w in occ.words)
    ):
        # "Anders Pellqvist kept the puck in", "X has woken up", "Shira Azoulay, no relation
        # to the council member, is a volunteer with ..."
        occ.evidence.add("verb")
    # (not after a home town or a place: "In Birch Crossing, the mayor ... himself")
    if (role == "subject" or role == "speaker" or at_start) and not home:
        _pronoun_evidence(toks, last + 1, occ, sent_starts, quoted)
    if len(occ.words) == 1:
        r0 = run[0]
        before_name = lowers[r0 - 1] if r0 > 0 else ""
        if before_name in PLACE_ADJECTIVES and r0 >= 2:
            before_name = lowers[r0 - 2]  # "in central Rävala", "in rural Kerala"
        elif before_name in ("and", "or") and r0 >= 3 and raw[r0 - 2][:1].isupper():
            before_name = lowers[r0 - 3]  # "in Penang and Surabaya said": both places
        if prev in LOCATIVES or before_name in LOCATIVES or lowers[r0] in LOCATIVES:
            evidence -= _PLACE_DROPPED
            if not inverted:
                evidence.discard("cue")  # "Analysts at Barclays said": the analysts speak
    if occ.role == "speaker" and not evidence & _SPEAKER_EVIDENCE:
        occ.role = "object"  # "in Tulsa, an unarmed man": a place after all


#: Verbs of what people do with body and life, rarely said of a firm, team or place: after a
#: name in subject position ("Nomsa Phaahla has woken up", "Anders Pellqvist kept the puck")
#: they make a name with an unlisted first name a person.
HUMAN_VERBS: frozenset[str] = frozenset(
    {"woke", "woken", "wakes", "slept", "sleeps", "smiled", "smiles", "laughed", "laughs",
     "cried", "cries", "wept", "weeps", "sighed", "sighs", "shrugged", "shrugs", "nodded",
     "nods", "grinned", "grins", "walked", "walks", "kept", "lives", "lived", "died", "dies",
     "married", "recalls", "recalled", "remembers", "remembered", "worries", "worried",
     "thinks", "believes", "loves", "loved", "hates", "studied", "graduated", "retired",
     "prays", "prayed", "sat", "sits", "stood", "waved", "waves", "shouted", "whispered",
     "grew", "fled", "ate", "eats", "drank", "knelt", "kneels", "winced", "frowned", "was"}
)  # fmt: skip
#: Words between a name and its human verb ("has woken", "still lives", "had never walked").
HUMAN_VERB_GAP: frozenset[str] = frozenset(
    {"has", "had", "is", "also", "then", "now", "still", "often", "never", "once", "later"}
)
#: Most words of a name a human verb makes a person's ("Nomsa Phaahla", "Ho Ka Long").
MAX_HUMAN_VERB_NAME = 3
#: Pronouns of a thing or a group: after a human verb they tell a firm or a team.
THING_PRONOUNS: frozenset[str] = frozenset({"its", "it", "itself", "their", "they", "them"})
#: Words after a human verb searched for :data:`THING_PRONOUNS`.
THING_PRONOUN_WINDOW = 8
#: Most gap words before a human verb.
MAX_HUMAN_VERB_GAP = 2


def _human_verb_after(toks: _Toks, a: int) -> bool:
    """A :data:`HUMAN_VERBS` verb opens what follows token ``a`` - 1, after at most two
    :data:`HUMAN_VERB_GAP` words ("Phaahla has woken up"); "was" counts before "born".

    >>> t = _tokens("Nomsa Phaahla has woken up.", 0, 27)
    >>> _human_verb_after(t, 2), _human_verb_after(t, 3)
    (True, True)
    """
    lowers = toks.lowers
    n = len(lowers)
    j = a
    while j < n and lowers[j] in HUMAN_VERB_GAP and j - a < MAX_HUMAN_VERB_GAP:
        j += 1
    if j >= n or lowers[j] not in HUMAN_VERBS:
        return False
    if lowers[j] == "was" and not (j + 1 < n and lowers[j + 1] == "born"):
        return False
    # "Goldman Sachs kept its forecast": a thing's pronoun in the words after the verb
    return not THING_PRONOUNS.intersection(lowers[j + 1 : j + 1 + THING_PRONOUN_WINDOW])


#: Roles as often said of a firm as of a person ("Sun Ridge is a grower of ..."): no
#: evidence of a person in a predicate.
FIRM_ROLES: frozenset[str] = frozenset(
    {"operator", "developer", "publisher", "producer", "grower", "contractor", "consultant",
     "landlord", "owner", "sponsor", "partner", "member", "provider", "supplier", "client"}
)  # fmt: skip
#: Most words between "is a" and the role of a predicate ("is a longtime local volunteer").
MAX_PREDICATE_MODIFIERS = 2
#: Most words of a phrase set off by commas between a name and its predicate.
MAX_APPOSITIVE_SKIP = 8


def _role_predicate_after(toks: _Toks, a: int) -> bool:
    """A predicate giving a person's role follows token ``a`` - 1: "is a volunteer",
    "was a retired nurse" (a listed role, not one of :data:`FIRM_ROLES`).

    >>> t = _tokens("Shira Azoulay is a volunteer with the group.", 0, 44)
    >>> _role_predicate_after(t, 2), _role_predicate_after(t, 3)
    (True, False)
    """
    lowers = toks.lowers
    n = len(lowers)
    if a + 2 >= n or lowers[a] not in ("is", "was") or lowers[a + 1] not in ("a", "an"):
        return False
    for k in range(a + 2, min(n, a + 3 + MAX_PREDICATE_MODIFIERS)):
        word = lowers[k]
        if word in roles() and word not in FIRM_ROLES:
            return True
        if not word.isalpha():
            return False
    return False


def _past_appositive(toks: _Toks, a: int) -> int:
    """Token ``a``, or the token after a short phrase set off by commas that starts there
    ("Shira Azoulay, no relation to the council member, is ...", "Ann Lee, 34, is ...")."""
    words = toks.words
    if a >= len(words) or words[a] != ",":
        return a
    for k in range(a + 1, min(len(words), a + 2 + MAX_APPOSITIVE_SKIP)):
        if words[k] == ",":
            return k + 1
    return a


def _credit_before(text: str, lo: int, hi: int) -> bool:
    """:data:`CREDIT_BEFORE` ends ``text[lo:hi]``; every form of it ends in "/", ":", "by",
    "and", "from", "&" or "©" before trailing space, so other windows are not searched."""
    j = hi - 1
    while j >= lo and text[j].isspace():  # the last character rstrip() would keep
        j -= 1
    return j >= lo and text[j] in "/:ydm&©" and CREDIT_BEFORE.search(text, lo, hi) is not None


#: Agent-noun endings of English (-er, -or, -ist, -ian), plural too: "pediatrician",
#: "pianist", "announcer". After a determiner such an unlisted word names a person's role
#: (here in appositives; :mod:`analysis.quotes` reads speaker subjects with it). -ant and
#: -ent are left out: they end as many adjectives as nouns ("his recent", "this sentiment").
AGENT_NOUN: re.Pattern[str] = re.compile(r"[a-z]{3}(?:er|or|ist|ian)s?$")


def _name_opens_clause(toks: _Toks, start: int) -> bool:
    """The name at offset ``start`` opens its sentence or clause: no preposition before it
    ("In May, a federal judge ...", "in Tamarac, the owner ...")."""
    i = bisect.bisect_left(toks.starts, start)
    return i == 0 or toks.lowers[i - 1] in (
        ",",
        ";",
        "and",
        "but",
        ":",
        "—",
        ".",
        "!",
        "?",
        "”",
        '"',
    )


#: Nouns that head an appositive describing an organisation, not a person ("Halvorsen, a
#: 90-year-old automaker,", "Ledgerly, a Lisbon-founded startup,"); "maker" only before
#: "of" ("one of China's largest makers of batteries", not "a policy maker").
APPOSITIVE_ORGANISATIONS: frozenset[str] = (
    ORGANISATION_NOUNS - {"publisher", "label", "group", "union", "fund", "band", "club"}
) | frozenset(
    {"chain", "insurers", "corporation", "conglomerate", "multinational", "subsidiary",
     "franchise", "restaurant", "bakery", "brewery", "distillery", "winery", "hotel"}
)  # fmt: skip


#: Words after a place noun heading an appositive ("a village of 900 people", "a town on
#: the border"); a noun after it makes a role ("a district court nominee").
PLACE_NOUN_FOLLOWERS: frozenset[str] = frozenset(
    {"of", "on", "in", "near", "where", "that", "outside", "along", "by", "at"}
)


#: Most words from an organisation's noun to the role noun it modifies ("a hotel
#: maintenance worker").
MAX_ROLE_COMPOUND = 3


def _organisation_head_noun(words: Sequence[str], heads: Sequence[int]) -> bool:
    """The appositive ``words`` (lowercase, opener first) name a kind of organisation or a
    place: an organisation or place noun comes before any role head and no role noun
    follows it ("a tech startup founder", "a town councillor" are persons; "a village of
    about 900 people" is a place)."""
    first_role = heads[0] if heads else len(words)
    role_set = roles()
    if any(w in role_set for w in words[first_role + 1 :]):
        return False  # "a shipping-supplies manufacturer and conservative activist"
    for k, w in enumerate(words[: first_role + 1]):
        if w in EMPLOYER_PREPOSITIONS:
            return False  # "a line cook at a hotel restaurant": the employer, not the head
        nxt = words[k + 1] if k + 1 < len(words) else ""
        if w in ("maker", "makers"):
            if nxt == "of":
                return True
            continue
        if (
            (w in PLACE_NOUNS or w == "community")  # ("a farming community in Lavun")
            and (k + 1 == len(words) or nxt in PLACE_NOUN_FOLLOWERS)
            and not (PLACE_NOUN_FOLLOWERS | PLACE_PREPOSITIONS).intersection(words[:k])
        ):
            return True  # "a village of about 900 people" (not "a state senator", "a
            # Democrat from Rhode Island")
        if w in APPOSITIVE_ORGANISATIONS or w.rstrip("s") in APPOSITIVE_ORGANISATIONS:
            if (
                k < first_role < len(words)
                and first_role - k <= MAX_ROLE_COMPOUND
                and not (PLACE_PREPOSITIONS | EMPLOYER_PREPOSITIONS).intersection(
                    words[k + 1 : first_role]
                )
            ):
                return False  # "a hotel maintenance worker": the firm's word modifies the role
            return k + 1 == len(words) or not (
                nxt in role_set or nxt.rstrip("s") in role_set or AGENT_NOUN.search(nxt)
            )
        if w == "group" and k >= 1 and nxt != "of" and words[k - 1] not in DETERMINERS:
            # "a community group set up by residents", "an advocacy group" (not "a group of
            # friends")
            return k + 1 == len(words) or not (nxt in role_set or AGENT_NOUN.search(nxt))
    return False


#: Prepositions between a role and its employer ("a principal at Castlemoor Advisory who").
EMPLOYER_PREPOSITIONS: frozenset[str] = frozenset({"at", "with", "for"})
#: Relative pronouns of things: an appositive they follow describes no person.
THING_RELATIVES: frozenset[str] = frozenset({"that", "which"})
#: Tokens that close a relative clause after a name (", who raises cattle near Big Sable,").
RELATIVE_CLAUSE_END: frozenset[str] = frozenset({",", ".", ";", "?", "!", "—", "–"})
#: Tokens scanned for the end of such a clause.
MAX_RELATIVE_CLAUSE = 30


def _relative_clause_end(toks: _Toks, a: int) -> int:
    """Index of the token closing the relative clause whose pronoun is token ``a + 1``."""
    raw, n = toks.words, len(toks.words)
    j = a + 2
    while j < n and j - a < MAX_RELATIVE_CLAUSE:
        if raw[j] in RELATIVE_CLAUSE_END and not (
            raw[j] == "," and raw[j - 1].isdigit() and j + 1 < n and raw[j + 1].isdigit()
        ):  # "6,000 acres" goes on
            break
        j += 1
    return j


#: Relative pronouns of persons, opening a clause inside or after an appositive.
PERSON_RELATIVES: frozenset[str] = frozenset({"who", "whose", "whom"})


#: Most capitalised words of the name in a possessive appositive (", Terrell Pelt's mother,").
MAX_OWNER_WORDS = 3


def _possessive_kin_appositive(toks: _Toks, i: int, occ: _Occ) -> bool:
    """ ", Terrell Pelt's mother,": a kin noun after another person's possessive name, closed
    by a comma or the sentence's end, from token ``i``; the kin noun's gender is the
    mention's. Whether one was found."""
    raw, lowers = toks.words, toks.lowers
    n = len(raw)
    j = i
    while j < n and j - i < MAX_OWNER_WORDS and _is_cap(raw[j]):
        if raw[j].endswith(POSSESSIVE_ENDINGS):
            break
        j += 1
    if not (j < n and j - i < MAX_OWNER_WORDS and _is_cap(raw[j])):
        return False
    if not (raw[j].endswith(POSSESSIVE_ENDINGS) and j + 2 < n and raw[j + 2] in ",.;"):
        return False
    noun = lowers[j + 1]
    if noun not in KIN_NOUNS or (raw[j + 2] == "," and j + 3 < n and _is_cap(raw[j + 3])):
        return False  # ("At Thwaitehead, Mr Ackroyd's daughter, Beth Ackroyd, ...": hers)
    occ.evidence.add("kin")
    gender = gendered_nouns().get(noun)
    if gender is not None:
        occ.genders.append((gender, "noun"))
    return True


def _appositive_evidence(text: str, toks: _Toks, a: int, occ: _Occ) -> None:
    """', a 34-year-old accountant,' / ', vice chairwoman for ...' / ', 34,' / ', who ...'."""
    raw, lowers = toks.words, toks.lowers
    n = len(raw)
    if a < n and lowers[a] == "who":
        occ.evidence.add("relative")
    if not (a + 1 < n and raw[a] == ","):
        return
    nxt = raw[a + 1]
    low = lowers[a + 1]
    if low in ("who", "whose"):
        occ.evidence.add("relative")
        j = _relative_clause_end(toks, a)
        occ.clause_end = toks.starts[j] if j < n else toks.ends[n - 1]
        return
    if low.isdigit():
        if a + 2 < n and raw[a + 2] in ",)":
            occ.evidence.add("age")
            occ.age = low  # "Mary Olsen, 72," is "the 72-year-old" later
            if raw[a + 2] == ",":  # ", 24, a student from Ohio": the role after the age
                _appositive_evidence(text, toks, a + 2, occ)
        return
    if low == "for" and occ.words and raw[a - 1] in POST_NOMINALS:
        # "Aoife Bolger BL, for Rossiter, said": counsel and the side they speak for
        j = a + 2
        while j < n and j - a <= 5 and raw[j] != ",":
            j += 1
        if j + 1 < n and raw[j] == "," and lowers[j + 1] in speech_verbs():
            occ.evidence.add("cue")
            occ.role = "speaker"
            return
    if low in COUNSEL_ROLES and a + 2 < n and raw[a + 2] == ",":
        # "Fiachra Brassil BL, prosecuting, said": counsel's side in court, a person's role
        occ.evidence.add("appositive")
        occ.appositive = nxt
        occ.appositive_span = (toks.starts[a + 1], toks.ends[a + 1])
        occ.clause_end = toks.ends[a + 1]
        if a + 3 < n and lowers[a + 3] in speech_verbs():
            occ.evidence.add("cue")
        return
    if _possessive_kin_appositive(toks, a + 1, occ):
        return
    verb_like = low.endswith(("ed", "ing")) and low not in ROLE_MODIFIERS
    opener_ok = low in APPOSITIVE_OPENERS or (
        nxt.islower() and low not in speech_verbs() and low not in _common_caps() and not verb_like
    )
    # ", Benelux manager for ...": one capitalised word (a region, a party) before a role
    place_role = (
        not opener_ok
        and nxt[:1].isupper()
        and a + 2 < n
        and raw[a + 2].islower()
        and raw[a + 2] in roles()
    )
    if not (opener_ok or place_role or _describes(nxt) or _titled_role(toks, a + 1)):
        return
    j = a + 1
    while j < n and lowers[j] not in APPOSITIVE_END and j - a < 25:
        j += 1
    words = lowers[a + 1 : j]
    if any(w in CLAUSE_VERBS for w in words):
        return  # a clause ("the Clinton campaign has refocused ..."), not an appositive
    role_set = roles()
    limit = len(words) if low in APPOSITIVE_OPENERS else 3  # ", vice chairwoman for ..."
    agent = low in APPOSITIVE_OPENERS  # ", a pediatrician,": an agent noun after "a" is a role
    heads = [
        k
        for k, w in enumerate(words[:limit])
        if w in role_set
        or w.rstrip("s") in role_set
        or (agent and AGENT_NOUN.search(w))
        or (low in APPOSITIVE_OPENERS and person_compound(w))  # ", the deckhand,"
        or (low in ("a", "an") and w in PARTY_NOUNS)  # ", a Republican from Roundup who ...,"
    ]
    if low in APPOSITIVE_OPENERS and _organisation_head_noun(words, heads):
        occ.thing = occ.organisation = True  # "Halvorsen, a 90-year-old automaker,"
        return
    if not heads and low in ("a", "an") and len(words) >= 2 and YEAR_OLD.fullmatch(words[-1]):
        heads = [len(words) - 1]  # "Tomáš, a 16-year-old who attends a vocational school,"
    if not heads:
        return
    if low not in APPOSITIVE_OPENERS and heads[0] == 0 and words[0] not in role_set:
        return  # "In Niger's Tillabéri, villagers chase ...": a plural opens a clause
    if j < n and lowers[j] in THING_RELATIVES and heads[-1] == len(words) - 1:
        return  # "Brightwing Aerial, the operator that flies ...": a thing's relative
    if (
        low not in APPOSITIVE_OPENERS
        and not (place_role and heads[0] == 1)
        and any(t[0].isupper() and not _describes(t) for t in raw[a + 1 : a + 1 + heads[0]])
    ):
        return  # ", President Barack Obama's rating ...": another name, not a role
    after_head = a + 2 + heads[0]
    if (
        low not in APPOSITIVE_OPENERS
        and after_head < n
        and _is_cap(raw[after_head])
        and lowers[after_head] not in role_set
        and not _describes(raw[after_head])
    ):
        return  # "Chairman Gerald Yoder, Vice Chairwoman Pamela Landis and ...": a list
    span = (toks.starts[a + 1], toks.ends[j - 1])
    occ.evidence.add("appositive")
    ages = [w for w in words[: heads[0] + 1] if YEAR_OLD.fullmatch(w)]
    if ages:
        occ.evidence.add("age")  # "Marcus, a 31-year-old software tester,"
        occ.age = occ.age or ages[0].split("-")[0]
    elif (
        low in ("a", "an")
        and (words[heads[0]] in role_set or words[heads[0]].endswith(PERSON_NOUN_ENDINGS))
        and _name_opens_clause(toks, occ.start)
    ):
        occ.evidence.add("role noun")  # "Priya, a retired schoolteacher,"
    occ.appositive = text[span[0] : span[1]]
    occ.appositive_span = span
    occ.clause_end = span[1]
    if j < n and lowers[j] in PERSON_RELATIVES:  # "the MP whose riding includes Port Alder,"
        k = _relative_clause_end(toks, j - 1)
        occ.clause_end = toks.starts[k] if k < n else toks.ends[n - 1]
    noun = gendered_nouns().get(words[heads[0]])
    if noun:
        occ.genders.append((noun, "noun"))
    if j + 1 < n and raw[j] == "," and lowers[j + 1] in speech_verbs():
        occ.evidence.add("cue")


def _placed(toks: _Toks, b: int) -> bool:
    """The word after token ``b`` is a place or a body's last word, not the subject of the
    verb after it: the object of a preposition ("growers in the southern Peloponnese say",
    "my friends from Nicosia ask"), the second place of a home ("of Gortnamona,
    Drimoleague pleaded") or a body's name ending in it ("Regional Hospital Mullingar has
    said")."""
    raw, lowers = toks.words, toks.lowers
    if b < 0:
        return False
    if raw[b][:1].isupper() and lowers[b] in org_words():
        return True
    if raw[b] == ",":
        return b >= 2 and raw[b - 1][:1].isupper() and lowers[b - 2] in HOME_PREPOSITIONS
    k = b
    if raw[k].islower() and lowers[k] not in PLACE_PREPOSITIONS:
        k -= 1  # an adjective: "the southern Peloponnese"
    if k >= 0 and lowers[k] == "the":
        k -= 1
    return k >= 0 and lowers[k] in LOCATIVES | HOME_PREPOSITIONS


#: Counsel's side in court, set off after a name ("Orla Rynne BL, defending, said").
COUNSEL_ROLES: frozenset[str] = frozenset({"prosecuting", "defending", "mitigating"})

#: An age between commas after a name.
_AGE_NUMBER: re.Pattern[str] = re.compile(r"[1-9][0-9]?|1[01][0-9]")


#: Most tokens back from a name set off by commas to the role it is named for.
SET_OFF_ROLE_TOKENS = 10


def _cue_evidence(
    toks: _Toks,
    a: int,
    b: int,
    possessive: bool,
    occ: _Occ,
    at_start: bool,
) -> bool:
    """A speech verb after the name ("Kukhta said") or before it, inverted ('," says Artyom').

    Returns whether the name follows an inverted cue (it is then the speaker). In "Kukhta
    said Putin lied" the name after the verb opens a reported clause instead.
    """
    raw, lowers = toks.words, toks.lowers
    cues, n = speech_verbs(), len(raw)
    if not possessive:
        j = a
        if j + 2 < n and raw[j] == "," and raw[j + 2] == "," and _AGE_NUMBER.fullmatch(raw[j + 1]):
            j += 3  # "Tomas Voss, 22, said"
        while j < n and lowers[j] in CUE_GAP and j - a < 2:
            j += 1
        if (
            j < n
            and lowers[j] in HOME_PREPOSITIONS
            and len(occ.words) >= 2
            # not "the Regional Directorate of Hydraulics"
            and not _article_before(toks, occ.start)
            and not any(w.lower() in org_words() for w in occ.words)
        ):
            j = _past_home(raw, j)  # "Seelawathie Menike (67) of Ibbagamuwa said"
        # "Another farmer, Blessing Ncube from Karoi, said": past the home place
        h = _past_home(raw, a) if a < n and lowers[a] in HOME_PREPOSITIONS else a
        if j < n and lowers[j] in cues and not (len(occ.words) == 1 and _placed(toks, b)):
            occ.evidence.add("cue")
        elif (
            b >= 1
            and raw[b] == ","
            and h + 1 < n
            and raw[h] == ","
            and lowers[h + 1] in cues
            and lowers[b - 1] not in PLACE_PREPOSITIONS
            and len(occ.words) >= 2
            and any(w in roles() for w in lowers[max(0, b - SET_OFF_ROLE_TOKENS) : b])
        ):
            # "A spokesman for the authority, Garrick Moulton, said", "Minister of Commerce,
            # Industry and Labour, Lealaiauloto Fetu Fuimaono, said"
            occ.evidence.add("cue")
    if b >= 1 and raw[b].endswith(POSSESSIVE_ENDINGS) and raw[b][0].isupper():
        b -= 1  # 'noted NBC's Dante Chinni'
    prev = lowers[b] if b >= 0 else ""
    inverted = False
    if prev in cues:
        before_cue = raw[b - 1] if b >= 1 else "."
        inverted = prev != "according" and before_cue in INVERSION_OPENERS
        if inverted:
            occ.evidence.add("cue")
    if (
        prev == "to"
        and b >= 1
        and lowers[b - 1] == "according"
        # (not "According to Louth TD Aidan Cassin": the place of the role after it)
        and not any(
            0 < x < n - 1 and raw[x].isupper() and lowers[x] in roles() and raw[x + 1].istitle()
            for x in (a - 1, a)
        )
    ):
        occ.evidence.add("cue")
    return inverted


def _followed_by_cue(toks: _Toks, a: int) -> bool:
    """A speech verb right after the name, allowing one adverb ("Kukhta also said")."""
    lowers = toks.lowers
    n = len(lowers)
    j = a
    while j < n and lowers[j] in CUE_GAP and j - a < 2:
        j += 1
    return j < n and lowers[j] in speech_verbs() and toks.words[j] != "according"


#: Words between a possessive and a kin noun ("her late husband", "his former wife").
KIN_MODIFIERS: frozenset[str] = frozenset(
    {"late", "former", "estranged", "ex", "then", "elder", "older", "younger", "eldest",
     "youngest", "twin", "adult", "teenage", "new", "first", "second", "only", "oldest",
     "little", "big", "grown"}
)  # fmt: skip


#: How the text right before a name ends when :data:`NAME_GIVEN_BEFORE` may match there.
NAME_GIVEN_ENDINGS: tuple[str, ...] = (" as ", " is ", ", ", ",", " call ", " name ")
#: Words of a relative clause that give the name right after them ("who gave only her
#: first name, Lotte", "who gave his name only as Taiwo", "gave her name simply as Bunmi",
#: "identified only as Abu Salim", "whose real name is Lackson Banda").
NAME_GIVEN_BEFORE: re.Pattern[str] = re.compile(
    r"(?:\b(?P<pronoun>his|her|their)\s+(?:first\s+|full\s+|real\s+)?name"
    r"(?:\s+(?:only|simply|just))?(?:\s+as\s+|\s+is\s+|,\s*)"
    r"|\b(?:identified|named|known|called)\s+only\s+as\s+"
    r"|\bwhom\s+(?:we|I)(?:['’]ll)?\s+(?:call|name)\s+"  # a pseudonym: "whom we call Akinyi"
    r"|\bwhose\s+(?:real|full|given)\s+name\s+is\s+)\Z",
    re.IGNORECASE,
)


def _kin_evidence(toks: _Toks, b: int, last: int, possessive: bool, occ: _Occ) -> None:
    """'her husband, Sergei ...' (gives gender) and "Kasich's parents" (a person's kin)."""
    raw, lowers = toks.words, toks.lowers
    prev = lowers[b] if b >= 0 else ""
    c = b - 1 if prev == "," else b
    if c >= 1:
        noun = gendered_nouns().get(lowers[c])
        kin = noun is not None or lowers[c] in KIN_NOUNS  # "the girl's parents, Hildur ..."
        d = c - 1
        while kin and d >= 1 and c - d <= 2 and lowers[d] in KIN_MODIFIERS:
            d -= 1  # "her late husband, Gerard", "her only son, Choi", "his late older brother"
        if kin and (
            lowers[d] in POSSESSIVES
            or lowers[d] == "whose"
            or raw[d].endswith(POSSESSIVE_ENDINGS)
            or (lowers[d] == "the" and prev == ",")  # "The parents, Hildur ... and Marek ..."
        ):  # ("Duane Wisniewski, whose father, Casimir Wisniewski, opened the store")
            occ.evidence.add("kin")
            if noun:
                occ.genders.append((noun, "noun"))
    if possessive and last + 1 < len(raw):
        word = lowers[last + 1]
        if word in KIN_NOUNS or word in gendered_nouns():
            occ.evidence.add("kin")


def _pronoun_evidence(
    toks: _Toks,
    a: int,
    occ: _Occ,
    sent_starts: Sequence[int],
    quoted: Sequence[bool],
) -> None:
    """A he/she/his/her after a subject name, before any other capitalised word, in its
    sentence or opening the next one ("Obama would appoint him. He did not.")."""
    k = bisect.bisect_right(sent_starts, occ.start)
    sent_end = sent_starts[k] if k < len(sent_starts) else 10**12
    next_end = sent_starts[k + 1] if k + 1 < len(sent_starts) else 10**12
    raw, starts_ = toks.words, toks.starts
    n = min(len(raw), a + 40)
    starts = _start_set(sent_starts)
    # "Clarkston became his home": after a one-word name only he/she count, unless it is a
    # possessive ("Lukashenko's reign has earned him ...")
    one_word = len(occ.words) == 1 and occ.role != "modifier"
    forms = _pronoun_forms()
    for s, t, q in zip(starts_[a:n], raw[a:n], quoted[a:n], strict=True):
        if s >= next_end:
            return
        if not q:
            if t in forms:  # t.lower() in PRONOUN_GENDER
                subject_form = t.lower() in SUBJECT_PRONOUNS
                if (s < sent_end or subject_form) and (subject_form or not one_word):
                    occ.evidence.add("pronoun")
                    return
            if s >= sent_end and t.isalpha():
                return  # the next sentence does not open with a pronoun
            if t[0].isupper() and s not in starts and not _describes(t):
                return


#: Verbs before a predicate noun, which describes the subject and brings in no one new
#: ("has been a long-stay resident"; not "there was a man").
PREDICATE_VERBS: frozenset[str] = frozenset(
    {"is", "was", "are", "were", "been", "be", "become", "became", "becomes", "remains",
     "remained"}
)  # fmt: skip
#: Modal verbs of a future or hypothetical passive ("will be hired", "would be recruited").
HYPOTHETICAL_MODALS: frozenset[str] = frozenset(
    {"will", "would", "could", "should", "may", "might"}
)


def _hypothetical(lowers: Sequence[str], j: int) -> bool:
    """A modal, "be" and a past participle after a description (an adverb may come between):
    "A new manager will be hired", "a heritage officer would also be recruited"."""
    if j >= len(lowers) or lowers[j] not in HYPOTHETICAL_MODALS:
        return False
    k = j + 1
    if k < len(lowers) and lowers[k] in ("also", "then", "soon", "eventually", "now"):
        k += 1
    return k + 1 < len(lowers) and lowers[k] == "be" and lowers[k + 1].endswith(("ed", "en"))


def _block_referents(
    toks: _Toks,
    quoted: Sequence[bool],
    bi: int,
    paragraph_id: int,
    sent_starts: Sequence[int],
    described: list[_Described],
    pronouns: list[tuple[int, int, str, int, int, bool]],
) -> None:
    """Gendered pronouns and described people ("a burly man", "the actress") outside quotes."""
    tk = _as_toks(toks)
    raw, lowers, starts, ends = tk.words, tk.lowers, tk.starts, tk.ends
    n = len(raw)
    role_set = stop = None
    bisect_right = bisect.bisect_right
    for i in itertools.compress(itertools.count(), map(_referent_forms().__contains__, raw)):
        if quoted[i]:
            continue
        s = starts[i]
        low = lowers[i]
        if low in PRONOUN_GENDER:
            sent = max(0, bisect_right(sent_starts, s) - 1)
            pronouns.append((s, ends[i], low, sent, paragraph_id, low in SUBJECT_PRONOUNS))
            continue
        if role_set is None or stop is None:
            role_set, stop = roles(), _common_caps()
        j = i + 1
        while j < n and j - i <= 5:
            t = raw[j]
            if low == "the" and not t.islower() and t.lower() in PARTY_NOUNS and j > i + 1:
                t = t.lower()  # "The Ohio Democrat": a place, then the party noun
            elif low == "the" and t[:1].isupper() and t.lower() in place_words():
                j += 1
                continue
            elif low in ("a", "an") and (t[:1].isupper() or t == ".") and j + 1 < n:
                j += 1  # "A St. John teacher", "an Acme spokesperson": still no one named
                continue
            if not t.islower() or (t in stop and t not in role_set):
                break  # (a lowercase "grandmother" or "editor" is a role, no form of address)
            if t in role_set or t in PARTY_NOUNS or _nominal_age(raw, j):
                prev = lowers[i - 1] if i > 0 else ""
                if prev == "," and j + 1 < n and raw[j + 1] == ",":
                    break  # "Her father, a retired pharmacist, died": no one new
                if prev in PREDICATE_VERBS and not (i >= 2 and lowers[i - 2] == "there"):
                    break  # "Her father has been a long-stay resident": the subject again
                if _name_set_off_after(raw, lowers, j + 1):
                    # "The report's lead author, Dr. Nadia Kowalczyk,", "the minister of
                    # Drumcairn Parish Church, the Rev Elspeth Garrow,": the name's
                    break
                definite = low == "the"
                if not definite and _hypothetical(lowers, j + 1):
                    break  # "A part-time heritage officer would also be recruited": no one yet
                subject = i == 0 or s in _start_set(sent_starts) or prev in CLAUSE_OPENERS
                gender = gendered_nouns().get(t, "unknown")
                if gender == "unknown":
                    gender = _withheld_name_gender(lowers, j + 1)
                sent = max(0, bisect_right(sent_starts, s) - 1)
                described.append(_Described(s, t, sent, paragraph_id, gender, subject, definite))
                break
            j += 1


#: Words after an age that make the age the noun phrase's head ("a 17-year-old who asked").
AGE_HEAD_FOLLOWERS: frozenset[str] = frozenset(
    {",", "who", "whose", "said", "says", "told", "from", "."}
)


#: Most words of a relative clause read for the pronoun of a withheld name.
MAX_WITHHELD_CLAUSE = 12


def _withheld_name_gender(lowers: Sequence[str], k: int) -> str:
    """The gender a relative clause from token ``k`` gives the unnamed person it follows
    by withholding "his" or "her" name ("a 17-year-old who asked that her name not be
    used"); "unknown" when it gives none."""
    if k < len(lowers) and lowers[k] == ",":
        k += 1
    if k >= len(lowers) or lowers[k] != "who":
        return "unknown"
    for i in range(k + 1, min(len(lowers) - 1, k + MAX_WITHHELD_CLAUSE)):
        if lowers[i] in (".", ";", ":", ","):
            break
        if lowers[i] in ("his", "her") and lowers[i + 1] in ("name", "full", "identity"):
            return PRONOUN_GENDER[lowers[i]]
    return "unknown"


def _nominal_age(raw: Sequence[str], j: int) -> bool:
    """Token ``j`` is an age used as a noun: "a 17-year-old who asked that her name not be
    used", "the 72-year-old said" (not "a 40-year-old barn")."""
    return (
        j + 1 < len(raw)
        and raw[j + 1] in AGE_HEAD_FOLLOWERS
        and YEAR_OLD.fullmatch(raw[j]) is not None
    )


def _name_set_off_after(raw: Sequence[str], lowers: Sequence[str], k: int) -> bool:
    """From token ``k`` (after a role noun), an optional "of" phrase, a comma and a name
    (capitalised, or "the" and a capitalised title): ", Dr. Nadia Kowalczyk", " of Drumcairn
    Parish Church, the Rev Elspeth Garrow"."""
    n = len(raw)
    if k < n and lowers[k] == "of":
        stop = min(n, k + MAX_ROLE_OF_PHRASE)
        while k < stop and raw[k] != ",":
            k += 1
    if k + 1 >= n or raw[k] != ",":
        return False
    nxt = raw[k + 1]
    if lowers[k + 1] == "the" and k + 2 < n:
        nxt = raw[k + 2]
    return nxt[:1].isupper()


def _bare_lower(words: list[str], lowers: list[str], i: int) -> str:
    """``_bare(words[i]).lower()`` (the lowercased token unless it is a possessive)."""
    w = words[i]
    return w[:-2].lower() if w.endswith(POSSESSIVE_ENDINGS) else lowers[i]


@functools.cache
def _modifier_heads() -> frozenset[str]:
    """Lowercase words after a name that make it a modifier ("Trump campaign chairman");
    not the organisation words that are also verbs ("Aleksandr Azarov works")."""
    return (roles() | org_words() | KIN_NOUNS) - ORG_WORDS_ALSO_VERBS


#: Organisation words that are also verbs after a subject ("Azarov works", "Lee supplies").
ORG_WORDS_ALSO_VERBS: frozenset[str] = frozenset({"works", "supplies"})


def _credit_after(text: str, end: int) -> bool:
    """:data:`CREDIT_AFTER` matches at ``end`` (it needs "contribut" after ``end``)."""
    return _last_credit_verb(text) >= end and CREDIT_AFTER.match(text, end) is not None


@functools.lru_cache(maxsize=64)
def _last_credit_verb(text: str) -> int:
    """Offset of the last "contribut" in ``text`` (-1 when none)."""
    return text.rfind("contribut")


#: What may stand between two names of one list ("Lisa Dunbabin, Owen Paterson-Reid and
#: Kiri Tehuia").
_LIST_JOINS: frozenset[str] = frozenset({", ", " and ", ", and ", " & "})


def _listed_with_evidence(occs: list[_Occ], text: str) -> None:
    """A full name right after a listed name that has evidence, joined by a comma or "and"
    ("Crs Lisa Dunbabin, Owen Paterson-Reid and Kiri Tehuia also voted against"), is a
    person's name too: it gets "list" evidence (``occs`` sorted by start)."""
    for prev, occ in itertools.pairwise(occs):
        if (
            prev.evidence
            and not occ.evidence
            and len(occ.words) >= 2
            and len(prev.words) >= 2
            and not (prev.organisation or prev.thing or occ.organisation or occ.thing)
            and text[prev.end : occ.start] in _LIST_JOINS
            and occ.words[-1].lower() not in common_english_words()  # ("and Acme Rail")
            # ("By Maria Lopez and Tom Becker, Staff Writers")
            and not any(w.lower() in roles() or _plural_role(w.lower()) for w in occ.words)
        ):
            occ.evidence.add("list")


def _headline_epithets(occs: list[_Occ], article: Article) -> None:
    """A headline's "Postman Mackle" where the story names "Ciaran Mackle": the first word
    is an epithet, not a given name, so the occurrence is the surname alone."""
    fnames = first_names()
    full = {(o.words[-1], o.words[0]) for o in occs if o.narrative and len(o.words) >= 2}
    lasts = {last for last, _ in full}
    for occ in occs:
        if (
            len(occ.words) == 2
            and not occ.narrative
            and occ.words[1] in lasts
            and (occ.words[1], occ.words[0]) not in full
            and occ.words[0].lower() not in fnames
            and article.blocks[occ.block].label == "title"
        ):
            occ.start = occ.end - len(occ.words[1])
            occ.ext_start = max(occ.ext_start, occ.start)
            occ.words = occ.words[1:]


def _without_furniture(article: Article) -> str:
    """The text with its boilerplate blocks blanked out: a tag list's lowercase "nomvula
    dube-hadebe" makes no common word of the name the story uses."""
    text = article.text
    spans = sorted((b.start, b.end) for b in article.blocks if b.label == "boilerplate")
    if not spans:
        return text
    parts: list[str] = []
    pos = 0
    for start, end in spans:  # (blocks never overlap)
        parts += (text[pos:start], " " * (end - start))
        pos = end
    parts.append(text[pos:])
    return "".join(parts)


class _LowerWords:
    """``set(_LOWER_WORD.findall(text))``, answered word by word when asked (internal).

    A word is in it when some :data:`_LOWER_WORD` match of a left-to-right scan is that
    word. Only the stretch of ``[a-z'’-]`` characters around each occurrence of the word
    is scanned again: no match crosses another character, so the scan of that stretch is
    the same as in the scan of the whole text.
    """

    __slots__ = ("budget", "everything", "known", "text")

    def __init__(self, text: str) -> None:
        self.text = text
        self.known: dict[str, bool] = {}
        #: Characters the searches may still pass over before the whole set is built
        #: (a word absent from a long text costs a pass over all of it; a long text asks
        #: about many words): the work stays linear in the length of the text.
        self.budget = LOWER_WORDS_BUDGET * len(text)
        self.everything: frozenset[str] | None = None

    def __contains__(self, word: object) -> bool:
        if not isinstance(word, str):
            return False
        found = self.known.get(word)
        if found is None:
            if self.everything is None and self.budget < 0:
                self.everything = frozenset(_LOWER_WORD.findall(self.text))
            if self.everything is not None:
                return word in self.everything
            found = self.known[word] = self._find(word)
        return found

    def _find(self, word: str) -> bool:
        if not _LOWER_WORD_FULL.fullmatch(word):
            return False
        text = self.text
        p = text.find(word)
        self.budget -= len(text) if p < 0 else p
        while p >= 0:
            lo = p
            while lo > 0 and text[lo - 1] in _LOWER_CLASS:
                lo -= 1
            for m in _LOWER_WORD.finditer(text, lo):
                if m.start() >= p:
                    if m.start() == p and m.end() == p + len(word):
                        return True
                    break
            q = text.find(word, p + 1)
            self.budget -= len(text) - p if q < 0 else q - p
            p = q
        return False


#: How many times over its text a :class:`_LowerWords` searches before listing every word.
LOWER_WORDS_BUDGET = 8


def _case_forms(words: Iterable[str]) -> frozenset[str]:
    """Every spelling (any letter case) of lowercase ASCII ``words``: a token is in it
    exactly when its lowercase form is one of them, and no token is lowercased."""
    return frozenset(
        "".join(chars) for w in words for chars in itertools.product(*((c, c.upper()) for c in w))
    )


@functools.cache
def _referent_forms() -> frozenset[str]:
    """The pronouns and articles :func:`_block_referents` looks at, in any case."""
    return _case_forms([*PRONOUN_GENDER, "a", "an", "another", "the", "one"])


@functools.cache
def _pronoun_forms() -> frozenset[str]:
    """The gendered pronouns, in any case."""
    return _case_forms(PRONOUN_GENDER)


# --------------------------------------------------------------------------- grouping


def _group(occs: list[_Occ], text: str) -> tuple[list[list[int]], list[int]]:
    """Group occurrences into people; returns members per person and the person of each occ.

    Full names (two words or more) form families; a one-word occurrence joins the family
    whose surname (or first name) it is. A family is a person when any member, or a linked
    one-word occurrence, has evidence; unlinked one-word names with evidence are people too.
    """
    linker = _Linker(occs)
    first_pass = {i: linker.link(i, None) for i in linker.singles}
    evidence: dict[str, int] = {}
    for fam, members in linker.families.items():
        evidence[fam] = sum(1 for m in members if occs[m].evidence)
    for i, linked in first_pass.items():
        # a surname used alone with evidence vouches for the full name; a first word does
        # not ("Obama" does not make the headline run "Obama Sees" a person)
        # ("Oduya ... He says": an opener with a pronoun vouches only for a full name's surname)
        if (
            linked is not None
            and (occs[i].evidence or occs[i].surname_pronoun)
            # ("Olmedo said" vouches for "Jacinto Olmedo Reyes": his first surname)
            and (
                _surname_of(linked) == occs[i].words[0]
                or _first_surname(linked.split()) == occs[i].words
                or _given_name_vouches(linked, occs[i], linker.families[linked], occs, text)
            )
        ):
            evidence[linked] = evidence.get(linked, 0) + 1
    accepted = {
        f
        for f, members in linker.families.items()
        if evidence.get(f, 0) > 0
        and not _english_words_only(f.split(), [occs[m] for m in members])
        and not any(occs[m].organisation for m in members)
        and not _a_place([occs[m] for m in members])
        and not (
            (not _listed_given_name(f.split()) or _first_as_organisation(f, text))
            and _organisation_head(f, text)
            and not any(_titled(occs[m]) for m in members)
        )  # "Al Manara" of "Al Manara Media Network" (not "Ronald Reagan" of "the Ronald
        # Reagan Presidential Library"): the organisation's short name; also "Sun Ridge"
        # when the text first gave it as "Sun Ridge Berry Packers"
    }
    people = [sorted(linker.families[f]) for f in linker.families if f in accepted]
    index = {f: k for k, f in enumerate(f for f in linker.families if f in accepted)}
    by_word: dict[str, list[int]] = {}
    for i in linker.singles:
        # the best family of all is the best of the accepted ones when it is accepted
        owner = first_pass[i]
        if owner is not None and owner not in accepted:
            owner = linker.link(i, accepted)
        if owner is not None:
            people[index[owner]].append(i)
        else:
            by_word.setdefault(occs[i].words[0], []).append(i)
    people += [
        m
        for word, m in by_word.items()
        # "Treasury", "Journalism": a one-word name never given in full that is an English word
        if any(_stands_alone(occs[i]) for i in m)
        and not _english_words_only((word,), [occs[i] for i in m])
        and not _plural_person_noun(word)  # "Fishermen say", "Conservationists say"
        and not any(
            occs[i].thing or occs[i].organisation for i in m
        )  # "Frostline, which sells", "InDaily"
        and not _a_place([occs[i] for i in m])
        and not (_organisation_head(word, text) and not any(_titled(occs[i]) for i in m))
    ]  # ("Halberd" of "Halberd Logistics" names the firm; "President Obama" a person)
    people = sorted(
        (sorted(m, key=lambda i: occs[i].start) for m in people),
        key=lambda m: occs[m[0]].start,
    )
    occ_person = [-1] * len(occs)
    for p, members in enumerate(people):
        for m in members:
            occ_person[m] = p
    return people, occ_person


def _given_name_vouches(
    fam: str, single: _Occ, members: Sequence[int], occs: Sequence[_Occ], text: str
) -> bool:
    """A given name used alone as a speaker vouches for the two-word name it opens when the
    text gives that name in running prose and neither word is an English word ("When
    Somsri Thongdee arrived ..." then "Somsri told reporters": Thai, Indonesian and
    Icelandic papers call people by their given name); a headline's "Obama Sees" is not."""
    words = fam.split()
    if (
        len(words) != 2
        or words[0] != single.words[0]
        or "cue" not in single.evidence
        or single.role != "speaker"
        or not any(
            occs[m].narrative
            and not occs[m].in_quote
            # "Yusran Daulay's dam", not "download the Moneycontrol App"
            and (occs[m].role != "modifier" or text.startswith(POSSESSIVE_ENDINGS, occs[m].end))
            for m in members
        )
    ):
        return False
    lexicon = _english_lexicon()
    return lexicon is not None and not any(_is_english(w.lower(), lexicon) for w in words)


#: Evidence that a name used as a place elsewhere is still a person's here.
PERSON_OVER_PLACE: frozenset[str] = frozenset(
    {"title", "honorific", "age", "appositive", "kin", "role noun", "credit", "alias", "role"}
)


#: Endings of person nouns whose plural, capitalised to open a sentence, is no name.
PLURAL_PERSON_ENDINGS: tuple[str, ...] = ("ers", "ors", "ists", "ians", "ants", "ents")


def _plural_person_noun(word: str) -> bool:
    """A capitalised plural of a person noun ("Fishermen", "Conservationists",
    "Transporters"), not a listed surname ("Sanders", "Waters")."""
    low = word.lower()
    if low in surnames() or low in first_names() or len(low) < 6:
        return False
    if low.endswith("men"):
        return low[:-3] + "man" in roles() or low[:-3] + "man" in common_english_words()
    return (
        low.endswith(PLURAL_PERSON_ENDINGS)
        or low[:-1] in roles()
        or low in PLURAL_GROUP_WORDS  # "Locals call it the "Bread Shed""
    )


#: Plural words for groups of people that open a sentence capitalised ("Locals say").
PLURAL_GROUP_WORDS: frozenset[str] = frozenset(
    {"locals", "natives", "elders", "parents", "neighbours", "neighbors", "villagers",
     "commuters", "tourists", "visitors", "regulars", "staffers", "onlookers", "critics"}
)  # fmt: skip


def _a_place(members: Sequence[_Occ]) -> bool:
    """The text uses the name as a place (:attr:`_Occ.place`) and no mention names a person
    by a title, honorific, age, role or kinship ("said Kilvanur was not an isolated case"
    after "the Kilvanur lake" is the lake)."""
    return any(o.place for o in members) and not any(
        o.evidence & PERSON_OVER_PLACE for o in members
    )


def _listed_given_name(words: Sequence[str]) -> bool:
    """The name opens with a listed first name (:func:`first_names`); one that is also an
    Arabic article (:data:`ARTICLE_GIVEN_NAMES`) counts before a listed surname only."""
    given = words[0].lower()
    if given not in first_names():
        return False
    return given not in ARTICLE_GIVEN_NAMES or (len(words) > 1 and words[1].lower() in surnames())


def _english_words_only(words: Sequence[str], members: Sequence[_Occ]) -> bool:
    """Every word of a name is an English word (a WordNet lemma, plurals too) and none is a
    common first name or surname: "Social Security", "Founding Fathers", "Treasury". An
    honorific, a title or an age given with it keeps it a name ("Mr. Time", "Ice Cube, 52,").
    """
    if any(
        "title" in o.evidence or "age" in o.evidence or any(g[1] == "honorific" for g in o.genders)
        for o in members
    ):
        return False
    fnames, snames = first_names(), surnames()
    lows = [_bare(w).rstrip(".").lower() for w in words]
    if any(len(w) < 2 or w in fnames or w in snames for w in lows):
        return False
    lexicon = _english_lexicon()
    if lexicon is None:
        return False
    return all(_is_english(part, lexicon) for w in lows for part in w.split("-"))


def _english_lexicon() -> frozenset[str] | None:
    """:func:`resources.english_words`, or None without WordNet (warned once a process):
    names are then not checked against English words."""
    try:
        return resources.english_words()
    except MissingResourceError:
        if not _WORDNET_WARNED:
            logger.warning("WordNet missing; names are not checked against English words")
            _WORDNET_WARNED.append(True)
        return None


def common_english_words() -> frozenset[str]:
    """Common English words (WordNet lemmas seen in its tagged corpus, less the names of
    people); empty, with one warning, when WordNet's data is missing.

    >>> "table" in common_english_words() and "stalin" not in common_english_words()
    True
    """
    return _english_lexicon() or frozenset()


#: Holds True once the missing-WordNet warning has been logged.
_WORDNET_WARNED: list[bool] = []


def _is_english(low: str, lexicon: Container[str]) -> bool:
    """``low`` or its singular ("principles", "witnesses", "priorities") is in ``lexicon``."""
    forms = (
        low,
        low[:-1] if low.endswith("s") else "",
        low[:-2] if low.endswith("es") else "",
        low[:-3] + "y" if low.endswith("ies") else "",
    )
    return any(w in lexicon for w in forms if w)


def english_word(word: str) -> bool:
    """``word`` (lowercase) or its singular is a common English word.

    >>> english_word("patients"), english_word("mpbt")
    (True, False)
    """
    return _is_english(word, common_english_words())


def _first_as_organisation(name: str, text: str) -> bool:
    """The first time the text writes ``name`` it opens an organisation's name inside a
    sentence, after a lower-case word ("Workers at Sun Ridge Berry Packers" before "Sun
    Ridge said"; not a headline's "Howard Dean Tells Democratic Convention")."""
    return _OrgHeads.of(text).opens_first(name)


#: The last word before an offset, then spaces ("Workers at ").
_LAST_WORD: re.Pattern[str] = re.compile(r"(\w+)[ \t]+\Z")


def _organisation_head(word: str, text: str) -> bool:
    """``word`` opens an organisation's name elsewhere in ``text`` ("Halberd Logistics",
    "Corvane Chemicals Inc."): alone, it is that organisation's short name.

    >>> _organisation_head("Halberd", "Halberd Logistics lost money. Halberd said so.")
    True
    >>> _organisation_head("Mook", "Robby Mook said. Mook left.")
    False
    """
    if not word or not text:
        return False
    return _OrgHeads.of(text).opens(word)


class _OrgHeads:
    """Answers :func:`_organisation_head` for one text.

    Each word is first looked for with ``str.find``; once those searches have passed over
    the text :data:`ORG_HEAD_BUDGET` times (a long text asks about many names), the places
    where an organisation's tail follows are listed in one pass and indexed by the word
    written before them, so the work stays linear in the length of the text.
    """

    __slots__ = ("budget", "index", "text")

    def __init__(self, text: str) -> None:
        self.text = text
        self.budget = ORG_HEAD_BUDGET * len(text)
        self.index: dict[str, list[int]] | None = None

    @staticmethod
    @functools.lru_cache(maxsize=4)
    def of(text: str) -> _OrgHeads:
        return _OrgHeads(text)

    def opens(self, word: str) -> bool:
        text = self.text
        if self.index is None and self.budget < 0:
            self.index = self._tails()
        if self.index is not None:
            ends = self.index.get(word.split(" ")[-1], [])
            return any(
                e >= len(word)
                and text.startswith(word, e - len(word))
                and self._head_at(e - len(word))
                for e in ends
            )
        at = text.find(word)
        self.budget -= len(text) if at < 0 else at
        while at >= 0:  # each occurrence not inside a longer word, then 1-3 capitalised words
            if self._head_at(at) and self._org_tail(at + len(word)):
                return True  # "Halberd Logistics", "Castlebrook Residential Holdings"
            nxt = text.find(word, at + 1)
            self.budget -= (len(text) if nxt < 0 else nxt) - at
            at = nxt
        return False

    def opens_first(self, name: str) -> bool:
        """Whether ``name``'s first occurrence, after a lower-case word, opens an
        organisation's name (see :func:`_first_as_organisation`)."""
        text = self.text
        at = text.find(name)
        before = _LAST_WORD.search(text, max(0, at - 30), at) if at > 0 else None
        return (
            before is not None
            and before.group(1).islower()
            and self._head_at(at)
            and self._org_tail(at + len(name))
        )

    def _head_at(self, at: int) -> bool:
        """An occurrence at ``at`` may open a name: not inside a longer word, and no
        capitalised word right before it ("The Rachel Maddow Show" opens with "The")."""
        text = self.text
        before = text[at - 1] if at else " "
        if before.isalnum() or before in "_’'-":
            return False
        return not _CAPITALISED_BEFORE.search(text, max(0, at - 40), at)

    def _org_tail(self, end: int) -> bool:
        """One to three capitalised words after ``end``, the first or last of them an
        organisation word ("Logistics", "Residential Holdings")."""
        m = _CAPITALISED_TAIL.match(self.text, end)
        if m is None:
            return False
        orgs = org_words()
        tail = [_bare(w).rstrip(".").lower() for w in m.group(1).split()]
        return tail[0] in orgs or (len(tail) > 1 and tail[-1] in orgs)

    def _tails(self) -> dict[str, list[int]]:
        """Offsets where an organisation's tail starts, by each word that may end right
        before it (the run of non-space characters, and its tails after a character no
        word goes on over: "(Halberd" gives "(Halberd" and "Halberd")."""
        text = self.text
        out: dict[str, list[int]] = {}
        for m in _SPACE_CAPITAL.finditer(text):
            e = m.start()
            if not self._org_tail(e):
                continue
            s = e
            while s > 0 and not text[s - 1].isspace():
                s -= 1
            keys = {text[s:e]}
            keys.update(
                text[i + 1 : e]
                for i in range(s, e - 1)
                if not (text[i].isalnum() or text[i] in "_’'-")
            )
            for key in keys:
                out.setdefault(key, []).append(e)
        return out


#: How many times over its text :class:`_OrgHeads` searches before indexing it.
ORG_HEAD_BUDGET = 4
#: A space before a capital letter (where :data:`_CAPITALISED_TAIL` may match).
_SPACE_CAPITAL: re.Pattern[str] = re.compile(r" (?=[A-Z])")


#: One to three capitalised words, each after one space (an organisation name's tail).
_CAPITALISED_TAIL: re.Pattern[str] = re.compile(r"((?:[ ][A-Z][\w&’'.-]*){1,3})")


#: A capitalised word and one space right before an offset (the end of the searched span).
_CAPITALISED_BEFORE: re.Pattern[str] = re.compile(r"[A-Z][\w’'.]*(?:-[A-Z][\w’'.]*)* $")
# (not "Ohio-based ": a compound adjective before the name opens none of it)


def _titled(occ: _Occ) -> bool:
    """The mention carries a title, an honorific or a gendered pronoun of its own: it names
    a person ("President Obama", "Mr. Trump", "Maddow ... she said")."""
    return bool(occ.evidence & {"title", "pronoun"}) or any(
        m in ("honorific", "pronoun") for _, m in occ.genders
    )


def _stands_alone(occ: _Occ) -> bool:
    """Evidence enough for a one-word name with no full name: a capitalised sentence opener
    ("Look", "Reform, a ...") needs a speech verb, honorific, kinship or age, or to be a
    possessive followed by a pronoun ("Lukashenko's reign has earned him ...")."""
    if not occ.evidence:
        return False
    if not occ.at_start or occ.evidence & STRONG_OPENER_EVIDENCE:
        return True
    return occ.role == "modifier" and "pronoun" in occ.evidence


#: How far back (characters) a speaker's full name decides which of two people sharing a
#: surname a bare surname names.
RECENT_SPEAKER_CHARS = 400


class _Linker:
    """Full-name families of an article and the linking of one-word mentions to them."""

    def __init__(self, occs: list[_Occ]) -> None:
        self.occs = occs
        multi: dict[str, list[int]] = {}
        for i, o in enumerate(occs):
            if len(o.words) > 1:
                multi.setdefault(_key(o.words), []).append(i)
        # merge "Vladimir V. Putin" into "Vladimir Putin", "Von der Leyen" into the full name
        canon: dict[str, str] = {}
        by_last: dict[str, list[str]] = {}  # both merge rules need the same last word
        for key in sorted(multi, key=lambda k: (-len(k.split()), k)):
            words = key.split()
            same = by_last.setdefault(words[-1].lower(), [])
            canon[key] = next((c for c in same if _same_person(c.split(), words)), key)
            if canon[key] == key:
                same.append(key)
        _merge_given_names(multi, canon, occs)
        self.families: dict[str, list[int]] = {}
        for key, members in multi.items():
            self.families.setdefault(canon[key], []).extend(members)
        aliases = self._merge_aliases(canon)
        self.by_word: dict[str, list[str]] = {}
        for fam in self.families:
            parts = fam.split()
            bare = ARABIC_ARTICLE.sub("", parts[-1], count=1) if len(parts) > 1 else ""
            surname = _surname_of(fam)  # ("Sumulong" of "Virgilio P. Sumulong Jr.")
            for word in dict.fromkeys((parts[0], parts[-1], bare, surname, *_first_surname(parts))):
                if word:
                    self.by_word.setdefault(word, []).append(fam)
        for word, fam in aliases.items():
            self.by_word[word] = [fam]  # "known as Abu": the word names that person alone
        self.singles = [i for i, o in enumerate(occs) if len(o.words) == 1]
        self.honorific: dict[str, set[str]] = {}
        for i in self.singles:
            for g, method in occs[i].genders:
                if method == "honorific":
                    self.honorific.setdefault(occs[i].words[0], set()).add(g)
        self.first = {f: min(occs[m].start for m in ms) for f, ms in self.families.items()}
        self._genders: dict[str, set[str]] = {}
        self._infer_genders()
        self._by_start: dict[str, list[tuple[int, int]]] = {}

    def _merge_aliases(self, canon: Mapping[str, str]) -> dict[str, str]:
        """Move the families of names given as another person's alias ("Hassan al-Bazzi,
        ... known in the town as Abu Khalil") into that person's family; returns the
        one-word aliases with their family. A kunya's words ("Khalil" of "Abu Khalil", a
        son's name) then name no one of the family."""
        occs = self.occs
        at = {o.start: i for i, o in enumerate(occs)}
        one_word: dict[str, str] = {}
        for o in occs:
            owner = at.get(o.alias_of, -1) if o.alias_of >= 0 else -1
            if owner < 0 or len(occs[owner].words) < 2:
                continue
            fam = canon.get(_key(occs[owner].words))
            if fam is None or fam not in self.families:
                continue
            if len(o.words) == 1:
                one_word[o.words[0]] = fam
                continue
            alias = canon.get(_key(o.words))
            if alias is not None and alias != fam and alias in self.families:
                self.families[fam].extend(self.families.pop(alias))
        return one_word

    def _infer_genders(self) -> None:
        """Families of no known gender that share a surname take the gender of an honorific
        the surname is used with alone: when only one of them has been named before it
        ("Principal W.M. Dissanayake told ..." then "Mr. Dissanayake said"), or when only one
        of them may have it ("Ms Lim Siew Peng" is female, so "Mr Lim" is Lim Kok Wah).
        "Ms Lim" then names the daughter, not the father introduced first."""
        occs = self.occs
        for i in self.singles:
            word = occs[i].words[0]
            fams = self.by_word.get(word, [])
            if len(fams) < 2:
                continue
            named = [f for f in fams if self.first[f] < occs[i].start]
            for gender, method in occs[i].genders:
                if method == "honorific" and len(named) == 1 and not self.genders(named[0]):
                    self._genders[named[0]] = {gender}
        for word, used in self.honorific.items():
            fams = self.by_word.get(word, [])
            if len(fams) < 2:
                continue
            for gender in used:
                if any(gender in self.genders(f) for f in fams):
                    continue
                unknown = [f for f in fams if not self.genders(f)]
                if len(unknown) == 1:
                    self._genders[unknown[0]] = {gender}

    def genders(self, fam: str) -> set[str]:
        """Genders the family's own mentions give, else its first name's in the name list."""
        if fam in self._genders:
            return self._genders[fam]
        found = {g for m in self.families[fam] for g, _ in self.occs[m].genders}
        listed = name_list_genders().get(fam.split()[0].lower(), "unknown")
        out = found or ({listed} if listed != "unknown" else set())
        self._genders[fam] = out
        return out

    def link(self, i: int, allowed: set[str] | None) -> str | None:
        """The family one-word occurrence ``i`` names, among ``allowed`` (None: all)."""
        occ = self.occs[i]
        word = occ.words[0]
        fams = self.by_word.get(word)
        if not fams and PREFIXED_NAME.match(word[:1].lower() + word[1:]):
            fams = self.by_word.get(word[:1].lower() + word[1:])  # "El-Sisi" opens a sentence
        if not fams:
            return None
        own = {g for g, _ in occ.genders} or self.honorific.get(word, set())
        honoured = any(how == "honorific" for _, how in occ.genders)
        best: tuple[int, str] | None = None
        candidates: list[str] = []
        for fam in fams:
            if allowed is not None and fam not in allowed:
                continue
            theirs = self.genders(fam)
            if own and theirs and not own & theirs:
                continue  # "Mr. Obama" is not Michelle Obama
            if (honoured or len(fams) > 1) and self._child(fam):
                # "Ms Brudenell" is the mother, not "Seven-year-old Maisie Brudenell"; a bare
                # surname is the adult's when a child shares it ("Combs said" after "Zaylen
                # Combs, 3," and "Marquita Combs")
                continue
            # the person introduced first keeps the bare surname ("Murphy" stays Chris
            # Murphy after a victim named Anne Marie Murphy is mentioned)
            first = self.first[fam]  # the earliest start of the family's mentions
            rank = first if first <= occ.start else 10**9 + first
            if self._credited_only(fam):
                # "Photo: Chau Tuan / Tuoi Tre" then "Le Minh Tuan, 47, ...": "Tuan told"
                # is the man in the story, not the photographer
                rank += 2 * 10**9
            if fam.split()[-1] != word and _surname_of(fam) != word:
                rank += 10**12  # prefer surnames over first names
            if best is None or rank < best[0]:
                best = (rank, fam)
            candidates.append(fam)
        if len(candidates) > 1:
            recent = self._recent_speaker(candidates, occ.start)
            if recent is not None:
                return recent
        return best[1] if best else None

    def _credited_only(self, fam: str) -> bool:
        """Every mention of the family credits a photograph or report ("Photo: Chau Tuan")."""
        return all("credit" in self.occs[m].evidence for m in self.families[fam])

    def _child(self, fam: str) -> bool:
        """A member of the family is given an age under :data:`CHILD_AGE` ("Seven-year-old
        Maisie Brudenell", "Leo Park, 9,")."""
        return any(_years(self.occs[m].age) < CHILD_AGE for m in self.families[fam])

    def _recent_speaker(self, fams: list[str], start: int) -> str | None:
        """Of families sharing a surname, the one whose full name was the speaker mentioned
        last, shortly before ``start`` ("Her son, Graham Talbot, said ... "...," Talbot
        said": the son, not his mother named first), or None."""
        last: tuple[int, str] | None = None
        for fam in fams:
            ordered = self._by_start.get(fam)
            if ordered is None:  # the family's mentions by start, for a binary search
                ordered = self._by_start[fam] = sorted(
                    (self.occs[m].start, m) for m in self.families[fam]
                )
            k = bisect.bisect_left(ordered, (start, -1)) - 1
            if k >= 0:
                m = ordered[k][1]
                if last is None or self.occs[m].start > self.occs[last[0]].start:
                    last = (m, fam)
        if last is None:
            return None
        occ = self.occs[last[0]]
        near = start - occ.start <= RECENT_SPEAKER_CHARS
        # a cue, or the subject opening its sentence ("Latonya Harrell, Jaylen's mother,
        # held her sister's hand ... "...," Harrell said": the mother, not her son named first)
        subject = occ.at_start and occ.role == "subject"
        return last[1] if near and ("cue" in occ.evidence or subject) else None


#: Below this age a person is a child, whom "Mr"/"Ms" does not name.
CHILD_AGE = 16
_NUMBER_WORDS: dict[str, int] = {
    w: n
    for n, w in enumerate(
        ("zero", "one", "two", "three", "four", "five", "six", "seven", "eight", "nine", "ten",
         "eleven", "twelve", "thirteen", "fourteen", "fifteen", "sixteen", "seventeen")
    )
}  # fmt: skip


def _years(age: str | None) -> int:
    """An age as a number of years ("seven", "7"); a large number when unknown."""
    if age is None:
        return 10**6
    low = age.lower()
    if low.isdigit():
        return int(low)
    return _NUMBER_WORDS.get(low, 10**6)


def _first_surname(parts: list[str]) -> tuple[str, ...]:
    """The first of two surnames after listed given names ("Ortega" of "Mariana Ortega Ruiz",
    "Castaño" of "Andrés Felipe Castaño Mejía"), which Spanish usage repeats alone; empty
    when the name has no such word (initials, particles and given names are skipped)."""
    fnames = first_names()

    def given(word: str) -> bool:
        return word.lower() in fnames or _unaccented(word) in fnames

    i = 0
    while i < len(parts) and given(parts[i]):
        i += 1
    if i == 0 and len(parts) >= 3:  # "Eufemia Xochihua Pérez": an unlisted given name first
        i = 1
        while i < len(parts) and given(parts[i]):
            i += 1
    if i == 0 or i >= len(parts) - 1:
        return ()
    word = parts[i]
    short_ok = len(word) == 2 and "-" in parts[i + 1]  # "Kenneth Lo Wing-fai": a Cantonese name
    if (len(word) < 3 and not short_ok) or not word[0].isupper() or "." in word:
        return ()
    if word.lower() in NAME_PARTICLES:
        return ()
    return (word,)


def _unaccented(word: str) -> str:
    """``word`` lowercased without accents ("Andrés" -> "andres"), for the name lists."""
    return unicodedata.normalize("NFKD", word.lower()).encode("ascii", "ignore").decode()


def _merge_given_names(
    multi: Mapping[str, list[int]], canon: dict[str, str], occs: list[_Occ]
) -> None:
    """Point a two-word name at the one longer name it opens, introduced before it: "Mohd
    Rizal" after "Mohd Rizal Othman" (a Malay name's short form, its given names)."""
    first = {key: min(occs[i].start for i in members) for key, members in multi.items()}
    longer: dict[tuple[str, str], list[str]] = {}
    for key in multi:
        words = key.split()
        if len(words) >= 3 and canon[key] == key:
            longer.setdefault((words[0], words[1]), []).append(key)
    for key in multi:
        words = key.split()
        if len(words) != 2 or canon[key] != key:
            continue
        full = longer.get((words[0], words[1]), [])
        if (
            len(full) == 1
            and first[full[0]] < first[key]
            # not "Naches Crest Orchards", "Tamsin Ridley Columbus": a body, a place after
            and not any(
                w.lower() in org_words() or w.lower() in place_words() for w in full[0].split()[2:]
            )
        ):
            canon[key] = full[0]


def _same_person(full: list[str], short: list[str]) -> bool:
    """``short`` names the person ``full`` names: same first and last word, or a tail of it."""
    if full[0] == short[0] and full[-1] == short[-1]:
        return True
    tail = [w.lower() for w in full[-len(short) :]]
    return len(full) > len(short) and tail == [w.lower() for w in short]


def _key(words: tuple[str, ...]) -> str:
    return " ".join(words)


# --------------------------------------------------------------------------- gender


def _quote_only_sentences(
    toks: _Toks, quoted: Sequence[bool], sent_starts: Sequence[int]
) -> set[int]:
    """Sentences of a block whose every word lies inside quotation marks (the second and
    later sentences of a long quote), as sentence indexes."""
    words, starts = toks.words, toks.starts
    told: set[int] = set()
    inside: set[int] = set()
    bisect_right = bisect.bisect_right
    for i, w in enumerate(words):
        if w[:1].isalnum():
            (inside if quoted[i] else told).add(bisect_right(sent_starts, starts[i]) - 1)
    return inside - told


def _pronoun_cue(text: str, pronoun: tuple[int, str], sentence_start: int) -> bool:
    """``pronoun`` (offset, word) is a he/she opening its sentence before a speech verb.

    >>> _pronoun_cue('"Go." He said so.', (6, "he"), 6), _pronoun_cue("She was 86.", (0, "she"), 0)
    (True, False)
    """
    pos, word = pronoun
    if word not in SUBJECT_PRONOUNS:
        return False
    # opening the sentence ("He said ...") or set off after a comma ("..., he added.")
    if pos != sentence_start and text[max(0, pos - 2) : pos] != ", ":
        return False
    verb = _LOWER_WORD.match(text, pos + len(word) + 1)
    return verb is not None and verb.group() in speech_verbs()


#: A third-person pronoun or a capitalised word inside quote sentences: someone else the
#: next sentence's he or she may be about.
_THIRD_PERSON: re.Pattern[str] = re.compile(
    r"\b(?:[Hh]e|[Ss]he|[Hh]im|[Hh]is|[Hh]er|[Hh]ers)\b|[a-z,;]\s+[A-Z][a-z]"
)
#: Quote-only sentences skipped to reach the sentence after a quote ('"...," Ferrante said.
#: "Second sentence." He said ...': "He", opening the sentence, is Ferrante's).
MAX_QUOTE_SENTENCES = 4


#: A kin noun and the kin's name ("son Finn", "wife Mary").
_NAMED_KIN: re.Pattern[str] = re.compile(
    r"\b(son|daughter|husband|wife|brother|sister|father|mother)\s+[A-Z][a-z]"
    # or the kin a "whose" clause is about: "Dustin Queen, whose daughter rides a bus to
    # Forestview High, said the route added 40 minutes to her ride"
    r"|\bwhose\s+(?:[a-z-]+\s+)?(son|daughter|husband|wife|brother|sister|father|mother)\b"
)


def _genders(
    people: list[list[int]],
    occs: list[_Occ],
    pronouns: list[tuple[int, int, str, int, int, bool]],
    sent_starts: Sequence[int],
    quote_only: Container[int] = frozenset(),
    text: str = "",
    described_subjects: Mapping[int, int] | None = None,
) -> list[tuple[str, str | None]]:
    """Each person's gender and its method, from the votes of their mentions' honorifics
    and nouns and of the pronouns after them. ``described_subjects`` maps a sentence to
    the offset of an unnamed person opening it ("An official at the ministry, ..., he"):
    a pronoun after that is theirs.
    """
    described_subjects = described_subjects or {}
    votes: list[dict[tuple[str, str], int]] = [{} for _ in people]
    for p, members in enumerate(people):
        vote = votes[p]
        for m in members:
            for g in occs[m].genders:
                vote[g] = vote.get(g, 0) + 1
    # pronoun votes: pronouns after a sentence-initial subject in its sentence, and the first
    # pronoun of the next sentence when it precedes any other name
    by_sentence: dict[int, list[_Occ]] = {}
    any_name: dict[int, list[int]] = {}  # every capitalised name, person or not ("Melania")
    lexicon = common_english_words()
    for o in occs:
        if o.person < 0 and o.at_start and len(o.words) == 1 and o.words[0].lower() in lexicon:
            continue  # "Tiny iron-rich particles ..., he noted": a capitalised word, no name
        if not o.in_quote and not (o.organisation and o.person < 0):
            # (an outlet or body takes no he or she: "told The Eagle she hoped")
            any_name.setdefault(o.sentence, []).append(o.start)
            if o.person >= 0:
                by_sentence.setdefault(o.sentence, []).append(o)
    pron_by_sentence: dict[int, list[tuple[int, str]]] = {}
    for s, _, word, sent, _, _ in pronouns:
        pron_by_sentence.setdefault(sent, []).append((s, word))
    for sent, names in by_sentence.items():
        names.sort(key=_START)
        lead = names[0]
        floor = lead.start  # pronouns after this one may be the lead's
        if len(names) > 1 and _POSSESSED_ROLE.fullmatch(text, lead.end, names[1].start):
            # "Pawlikowski's attorney, Gina Marcoux, ... her client": hers, but not inside
            # her own appositive ("Venn's director, Theo Bramwell, who staged his shows")
            lead = names[1]
            floor = max(lead.clause_end, (lead.appositive_span or (0, 0))[1])
        relative = "relative" in lead.evidence  # "Walt Hendricks, who said he ..."
        if lead.role not in ("subject", "speaker") and not lead.at_start and not relative:
            continue
        prons = pron_by_sentence.get(sent, [])
        starts_sentence = not any(pos < lead.start for pos, _ in prons)
        own = {o.start for o in names if o.person == lead.person}
        # names inside the lead's own relative clause or appositive (", who raises cattle
        # near Big Sable,") are no other subject the pronouns could be about
        inside = range(lead.end, lead.clause_end)
        # "Stacey Hudspeth, whose son Finn is in Year 4, said his class ...": the clause's
        # named son takes "his"; a pronoun of the gender of a named kin in it is no vote
        clause_kin = (
            {
                gendered_nouns().get(m.group(1) or m.group(2), "")
                for m in _NAMED_KIN.finditer(text, lead.end, lead.clause_end)
            }
            if lead.clause_end > lead.end
            else set()
        )
        others = [
            x
            for x in any_name.get(sent, [])
            if x > lead.start
            and x not in own
            and x not in inside
            # "Rep. Curtis Hanley, R-Blue Ridge, ...": the party and home of a US legislator
            and not _PARTY_HOME.fullmatch(text, lead.end, x)
        ]
        if not starts_sentence and prons and _opening_possessive(text, sent_starts[sent], lead):
            # "In her 14-page order, Thaxton wrote": the opening phrase's "her" is the
            # subject's own, as no name comes before it
            key = (PRONOUN_GENDER[prons[0][1]], "pronoun")
            votes[lead.person][key] = votes[lead.person].get(key, 0) + 1
        if starts_sentence:
            limit = min(others) if others else 10**12
            vote = votes[lead.person]
            first_gender = None  # of the first pronoun that is the lead's own
            for pos, word in prons:
                if floor < pos < limit:
                    gender = PRONOUN_GENDER[word]
                    if gender in clause_kin:
                        continue
                    if first_gender is not None and gender != first_gender:
                        break  # "Ochoa read from a book her son had ... he rides": the son's
                    if pos >= lead.clause_end and _owning_pronoun(text, pos, word):
                        first_gender = gender  # (not "whose son was on his", "scolded him")
                    if (
                        # "ordered her to pay": an object "her" is someone else too
                        (word == "him" or (word == "her" and not _owning_pronoun(text, pos, word)))
                        and not text.startswith(("'", "’"), lead.end)  # "X's reign ... him"
                        and not _clause_between(text, lead.end, pos)
                    ):
                        continue  # "Stelmakh, whose son ..., brought him": someone else
                    key = (gender, "pronoun")
                    vote[key] = vote.get(key, 0) + 1
        if (lead.role == "modifier" and others) or not lead.narrative:
            continue  # "Castellane's creative director, Marisol Vantongeren, said ...": the
            # next sentence's "she" is hers, not the possessor's (nor a byline's)
        after = sent + 1
        while after in quote_only and after - sent <= MAX_QUOTE_SENTENCES:
            after += 1
        later_names = any_name.get(after, [])
        nxt = pron_by_sentence.get(after, [])
        if (
            after > sent + 1
            and nxt
            and not _pronoun_cue(text, nxt[0], sent_starts[after])
            and (
                nxt[0][0] != sent_starts[after]
                or nxt[0][1] not in SUBJECT_PRONOUNS
                or _THIRD_PERSON.search(text, sent_starts[sent + 1], sent_starts[after]) is not None
            )
        ):
            continue  # past a quote about someone ("She grew everything."), "She was 86."
            # is theirs; past a quote with no he or she in it, a he or she opening the next
            # sentence is the speaker's ("He did not say when ...")
        other = described_subjects.get(after, 10**12)  # "An official ..., he was"
        if (
            nxt
            and (not later_names or nxt[0][0] < min(later_names))
            and nxt[0][0] < other
            # (not when the first name is listed for the other gender: "Jim Harnack said
            # ... / "...," she told": she is someone else)
            and name_list_genders().get(lead.words[0].lower(), "")
            != _OTHER[PRONOUN_GENDER[nxt[0][1]]]
        ):
            vote, key = votes[lead.person], (PRONOUN_GENDER[nxt[0][1]], "pronoun")
            vote[key] = vote.get(key, 0) + 1
    out: list[tuple[str, str | None]] = []
    for counter in votes:
        out.append(_decide(counter))
    return out


_OTHER: Mapping[str, str] = {"female": "male", "male": "female"}
#: A sentence opening with a phrase that holds the subject's possessive pronoun and ends
#: with a comma right before the subject: "In her 14-page order, ", "During his first term, ".
_OPENING_POSSESSIVE: re.Pattern[str] = re.compile(
    r"(?:In|On|At|During|For|With|After|Before|Under|Since|Throughout|Despite|From)\s+(?:his|her)"
    r"\s[^,.;:!?\"“”]{1,60},\s+"
)


def _opening_possessive(text: str, sentence_start: int, lead: _Occ) -> bool:
    """The sentence at ``sentence_start`` opens with :data:`_OPENING_POSSESSIVE` and then
    the lead name, its subject."""
    return (
        lead.role in ("subject", "speaker")
        and _OPENING_POSSESSIVE.fullmatch(text, sentence_start, lead.start) is not None
    )


#: Words after "her" that make it an object, not a possessive ("told her that", "gave her a").
_AFTER_OBJECT_HER: frozenset[str] = frozenset(
    {"a", "an", "the", "to", "that", "and", "or", "but", "in", "on", "at", "for", "with", "from"}
    | {"of", "by", "as", "about", "into", "after", "before", "if", "when", "this", "it"}
)
_NEXT_WORD: re.Pattern[str] = re.compile(r"\s+([a-z][\w'’-]*)")
_NEXT_CAPITAL: re.Pattern[str] = re.compile(r"[ \t]+[A-Z][a-z]")


#: Between a possessive name and the name its role is set off with ("’s attorney, ").
_POSSESSED_ROLE: re.Pattern[str] = re.compile(
    r"['’]s?[ \t]+(?:[a-z][\w-]*[ \t]+){0,3}[a-z][\w-]*,[ \t]+"
)


def _clause_between(text: str, start: int, end: int) -> bool:
    """A reported or subordinate clause opens between ``start`` and ``end``, where an object
    pronoun may mean the subject ("Lee said police stopped him"; not "Lee brought him", nor
    "Lee told him", where the pronoun is the speech verb's own object)."""
    verbs = speech_verbs()
    for m in _LOWER_WORD.finditer(text, start, end):
        w = m.group().lower()
        if w in CLAUSE_LINKS or (w in verbs and text[m.end() : end].strip()):
            return True
    return False


#: Words opening a clause whose object pronoun may be the main subject's.
CLAUSE_LINKS: frozenset[str] = frozenset(
    {"that", "when", "after", "before", "because", "if", "until", "while", "as", "since",
     "whether", "once", "unless", "although", "though", "so"}
)  # fmt: skip


def _owning_pronoun(text: str, pos: int, word: str) -> bool:
    """A subject or possessive pronoun at ``pos`` ("he", "she", "his", "her sons"): one a
    sentence's subject speaks of itself with; an object pronoun ("him", "told her that")
    names someone else."""
    if word in ("he", "she", "his", "hers"):
        return True
    if word != "her":
        return False
    after = _NEXT_WORD.match(text, pos + 3)
    if after is None:  # "her Brownie pack", "her Facebook page": a name she owns
        return _NEXT_CAPITAL.match(text, pos + 3) is not None
    return after.group(1) not in _AFTER_OBJECT_HER


#: Between a US legislator's name and a word of their home in the party designation after
#: it (", R-Blue Ridge", ", D-New York"): a name there is a place, no one a pronoun means.
_PARTY_HOME: re.Pattern[str] = re.compile(r",\s*[DRI]-(?:[A-Z][\w.]*\s+)*")
#: A legislator's party tag and home up to the name after it ("..., R-Port St. ").
_IN_PARTY_HOME: re.Pattern[str] = re.compile(r",\s*[DRI]-[A-Z][\w.]*(?:\s+[A-Z][\w.]*)*\s+\Z")


def _decide(counter: Mapping[tuple[str, str], int]) -> tuple[str, str | None]:
    if not counter:
        return "unknown", None
    nouns = {g: counter.get((g, "noun"), 0) for g in ("female", "male")}
    prons = {g: counter.get((g, "pronoun"), 0) for g in ("female", "male")}
    if sum(nouns.values()) == 1 and not any(counter.get((g, "honorific")) for g in prons):
        # one role noun against the text's own pronouns ("transport alderman Femke
        # Oudendijk ... she said ... she said"): two or more pronouns and none agreeing win
        noun = "female" if nouns["female"] else "male"
        other = "male" if noun == "female" else "female"
        if prons[other] >= 2 and prons[noun] == 0:
            return other, "pronoun"
    for method in ("honorific", "noun", "pronoun"):
        f, m = counter.get(("female", method), 0), counter.get(("male", method), 0)
        if f + m == 0:
            continue
        if f > 2 * m:
            return "female", method
        if m > 2 * f:
            return "male", method
    return "unknown", None


# --------------------------------------------------------------------------- records


def _build_persons(
    people: list[list[int]], occs: list[_Occ], genders: list[tuple[str, str | None]], text: str
) -> tuple[Person, ...]:
    out = []
    for members, (gender, method) in zip(people, genders, strict=True):
        name = _canonical_name([occs[m] for m in members])
        aliases: list[str] = []
        for m in members:
            alias = occs[m].name
            # the form as written when the name reads it otherwise ("MARK ELLIS" of a
            # transcript label, 'Marcus "Mo" Ramirez'): every mention is a name or an alias
            written = " ".join(text[occs[m].start : occs[m].end].split())
            for form in (alias, written):
                if form != name and form not in aliases:
                    aliases.append(form)
        description = None
        for m in members:
            o = occs[m]
            cand = o.premod if o.premod and _has_role(o.premod) else o.appositive
            if cand and o.appositive and _only_titles(cand):
                cand = o.appositive  # "Dr. Aisha Karim, a pediatrician": the role says more
            if cand:
                description = cand
                break
        if gender == "unknown" and len(name.split()) > 1:
            listed = name_list_genders().get(name.split()[0].lower(), "unknown")
            if listed != "unknown":
                gender, method = listed, "name list"
        out.append(
            Person(
                name=name,
                aliases=tuple(aliases),
                gender=gender,
                gender_method=method if gender != "unknown" else "unknown",
                description=description,
                mentions=tuple((occs[m].start, occs[m].end) for m in members),
            )
        )
    return tuple(out)


def _canonical_name(members: list[_Occ]) -> str:
    """The most frequent form of two or more words, before the tails of longer forms that
    open with no first name ("Ó Súilleabháin" of "Seán Ó Súilleabháin"; ties: more words,
    then earlier), else the single word. A form given as an alias ("known as Abu Khalil")
    comes after the others however often it is used."""
    counts: dict[str, int] = {}
    first: dict[str, int] = {}
    for o in members:
        name = o.name
        if name in counts:
            counts[name] += 1
        else:
            counts[name] = 1
            first[name] = o.start
    fnames = first_names()
    # "Wasserman Schultz" of "Debbie ...", not "Hillary Clinton" of "Crooked ..."; a particle
    # opening the tail is no first name ("Al Momani" of "Nabil Al Momani", "Van Dyke")
    tails = {
        n
        for n in counts
        if (n.split()[0].lower() not in fnames or n.split()[0].lower() in NAME_PARTICLES)
        and any(m.endswith(" " + n) for m in counts)
    }
    aliases = {o.name for o in members if o.alias_of >= 0}
    # "Mohd Rizal" of "Mohd Rizal Othman": the given names that open a longer form
    heads = {n for n in counts if any(m.startswith(n + " ") for m in counts)}
    return max(
        counts,
        key=lambda n: (
            len(n.split()) > 1,
            n not in aliases,
            n not in tails,
            n not in heads,
            counts[n],
            len(n.split()),
            -first[n],
        ),
    )


def _only_titles(text: str) -> bool:
    """Whether every word of ``text`` is a title or honorific ("Dr.", "Gov.", "Mr.")."""
    tset = titles()
    return all(w.lower().rstrip(".") in tset or w.lower() in HONORIFIC_GENDER for w in text.split())


def _has_role(text: str) -> bool:
    role_set, tset = roles(), titles()
    return any(w.lower() in role_set or w.lower().rstrip(".") in tset for w in text.split())


# --------------------------------------------------------------------------- pronouns


def _events(
    occs: list[_Occ],
    described: list[_Described],
    people: Sequence[Person],
    nouns: _RoleNouns,
    text: str,
) -> list[_Event]:
    """Mentions of people and of described people, for pronoun salience.

    A definite description ("the actress", "the commander") is the person mentioned last
    before it whose description holds that noun, else the last described person with that
    noun, else someone new; an indefinite one ("a burly man") is always someone new. A
    description that a name follows as its appositive ("My neighbor, a retired bus mechanic
    named Walt Dempsey,") is that person.
    """
    events = []
    clause: tuple[int, int] = (-1, -1)  # the relative clause of the last name that has one
    for o in occs:
        if o.person < 0 or o.in_quote:
            continue
        role = o.role
        if clause[0] < o.start < clause[1] and role in ("subject", "speaker"):
            role = "object"  # "Evan Sopchyshyn, whose grandfather Wasyl Sopchyshyn hauled
            # grain ..., sat in the front row": the clause's subject is not the sentence's
        if o.clause_end > o.end:
            clause = (o.end, o.clause_end)
        events.append((o.start, o.sentence, o.paragraph_id, o.person, role, o.block, o.narrative))
    spans = sorted(o.appositive_span for o in occs if o.appositive_span)
    span_starts = [a for a, _ in spans]
    last_described: dict[str, int] = {}
    names = sorted((o.start, o.person) for o in occs if o.person >= 0 and not o.in_quote)
    name_starts = [a for a, _ in names]
    for k, d in enumerate(described):
        i = bisect.bisect_right(span_starts, d.start) - 1
        if i >= 0 and d.start < spans[i][1]:
            continue  # the appositive of a name ("Artyom, a 34-year-old accountant")
        referent = -1 - k
        n = bisect.bisect_right(name_starts, d.start)
        identified = n < len(names) and _NAME_IS.fullmatch(text, d.start, names[n][0])
        if n < len(names) and (identified or _NAME_APPOSED.fullmatch(text, d.start, names[n][0])):
            referent = names[n][1]  # "a retired bus mechanic named Walt Dempsey"
        if d.definite and not identified:
            named = _last_with_noun(people, nouns, d.head, d.start)
            referent = named if named is not None else last_described.get(d.head, referent)
            if referent < 0 and d.head not in GENERIC_PERSON_NOUNS and n > 0:
                # "Saffron Kellaway said ... The 34-year-old actress played ...": a definite
                # role of no one described before is the person just named, when the genders
                # agree (not "the man", who may be someone new)
                last = names[n - 1][1]
                gender = people[last].gender
                if d.gender == "unknown" or gender in ("unknown", d.gender):
                    referent = last
        last_described.setdefault(d.head, referent)
        role = "subject" if d.subject else "object"
        events.append((d.start, d.sentence, d.paragraph_id, referent, role, -1, True))
    events.sort(key=_FIRST)
    return events


#: The words between a description and the name it introduces: lowercase words (the
#: first may be capitalised), at most one comma inside, and "named"/"called" or a comma
#: before the name ("My neighbor, a retired bus mechanic named ", "The owner, ").
_NAME_APPOSED: re.Pattern[str] = re.compile(
    r"[A-Za-z][a-z’'-]*(?:,? [a-z][a-z’'-]*){0,10}(?: named | called |, )"
)


#: A description that the name after "was"/"is" identifies: "The last keeper to live on
#: Murvenjak was " (Frane Bosnjak).
_NAME_IS: re.Pattern[str] = re.compile(r"[A-Za-z][\w’'-]*(?: [\w’'-]+){0,10} (?:was|is) ")


def _role_nouns(occs: list[_Occ], n: int, text: str) -> _RoleNouns:
    """Role nouns of each person's descriptions ("actress", "commander"), and the party noun
    of a party tag or adjective ("Rep. Ann Lee (D-Ohio)", "Republican Sen. Bo Kim": "the
    Ohio Democrat", "the Texas Republican" later); tuples, which the garbage collector
    stops tracking (an article's analysis is kept)."""
    out: list[set[str]] = [set() for _ in range(n)]
    role_set = roles()
    for o in occs:
        if o.person < 0:
            continue
        for words in (o.premod, o.appositive):
            for w in (words or "").lower().split():
                w = TITLE_ROLE_NOUNS.get(w.rstrip("."), w)  # "Sen." is "the senator"
                if w in role_set:
                    out[o.person].add(w)
                elif w in PARTY_ADJECTIVES:
                    out[o.person].add(PARTY_ADJECTIVES[w])
        head = _appositive_head(o.appositive)
        if head is not None:
            out[o.person].add(head)  # "Name, an entomologist at X": "the entomologist"
        if o.appositive and _LEGISLATURE_MEMBER.match(o.appositive):
            # "Name, a member of the Puntland House of Representatives": "the MP"
            out[o.person].update(LEGISLATOR_NOUNS)
        tag = _PARTY_TAG.match(text, o.end)
        if tag is not None:
            out[o.person].add(PARTY_LETTERS[tag.group(1)])
            out[o.person].add("@" + tag.group(2).replace(".", "").lower())
        places, nations = place_words(), nationalities()
        for w in (o.premod or "").split():  # "Wisconsin Rep. Paul Ryan", "French President X"
            if w[:1].isupper() and (w.lower() in places or w.lower() in nations):
                out[o.person].add("@" + w.lower())
        if o.age is not None:
            out[o.person].add(f"{o.age}-year-old")
        # (before the name's title, if any: "the area, Dr Marcia Henry-Blake")
        at = o.ext_start if text.startswith(", ", o.ext_start - 2) else o.start
        before = (
            _ROLE_BEFORE_NAME.search(text, max(0, at - 60), at)
            if text.startswith(", ", at - 2)
            else None
        )
        if before is not None:  # "the Minister for Health, Ronan Mac Giolla Rua"
            w = before.group(1).lower()
            w = TITLE_ROLE_NOUNS.get(w, w)
            if w in role_set or w in titles():
                out[o.person].add(w)
            if w == "member" and _LEGISLATURE.search(before.group(0)):
                # "The Member of Parliament for the area, Dr Marcia Henry-Blake": "the MP"
                out[o.person].update(LEGISLATOR_NOUNS)
    return _RoleNouns(tuple(nouns) for nouns in out)


#: An appositive making its person a legislator ("a member of the Puntland House of
#: Representatives", "a member of parliament for Kisumu").
_HOUSES = r"(?i:parliament|house|assembly|legislature|congress|senate|national\s+assembly)"
_LEGISLATURE_MEMBER: re.Pattern[str] = re.compile(
    r"(?i:an?\s+)(?:[\w-]+\s+){0,2}member\s+of\s+(?:the\s+)?(?:[A-Z][\w'’-]*\s+){0,3}"
    + _HOUSES
    + r"\b"
)
#: A house of a legislature named in a role ("Member of Parliament for the area").
_LEGISLATURE: re.Pattern[str] = re.compile(r"\b" + _HOUSES + r"\b")
#: Nouns by which a story refers back to a legislator ("the MP said").
LEGISLATOR_NOUNS: frozenset[str] = frozenset({"mp", "lawmaker", "legislator", "parliamentarian"})


def _appositive_head(appositive: str | None) -> str | None:
    """The agent noun heading an appositive "a/an ... <noun> at/of/with ..." that no word
    list holds ("an entomologist at Bayero University": "entomologist")."""
    words = (appositive or "").split()
    if len(words) < 2 or words[0].lower() not in ("a", "an"):
        return None
    stop = next((i for i, w in enumerate(words) if w in _APPOSITIVE_PREPOSITIONS), len(words))
    if stop < 2 or stop > 4:
        return None
    head = words[stop - 1].rstrip(",.")
    if head.islower() and not head.endswith("s") and AGENT_NOUN.search(head):
        return head
    return None


_APPOSITIVE_PREPOSITIONS: frozenset[str] = frozenset({"at", "of", "for", "with", "in", "from"})


class _RoleNouns(list[tuple[str, ...]]):
    """Each person's role nouns (see :func:`_role_nouns`), with ``holders[noun]``: the
    people who have that noun, in order (so a lookup does not read every person)."""

    def __init__(self, values: Iterable[tuple[str, ...]]) -> None:
        super().__init__(values)
        self.holders: dict[str, list[int]] = {}
        for p, nouns in enumerate(self):
            for noun in nouns:
                self.holders.setdefault(noun, []).append(p)


#: A definite role set off by a comma right before a name ("the Minister for Health, ",
#: "The owner, "): group 1 is its head noun.
_ROLE_BEFORE_NAME: re.Pattern[str] = re.compile(
    r"\b(?:the|The|its|their) (?:[a-z-]+ ){0,2}([A-Za-z-]+)(?: (?:for|of) [A-Z][\w’'& -]*)?, $"
)


#: A party-and-state tag right after a name: "(D-Ohio)", ", R-Texas," (group 1: the party).
_PARTY_TAG: re.Pattern[str] = re.compile(r",? ?\(?([DRI])-([A-Z][A-Za-z.]*(?: [A-Z][a-z]+)?)")
#: Party letters of such tags, and party adjectives before a name, as the noun a later
#: mention uses ("the Ohio Democrat").
PARTY_LETTERS: Mapping[str, str] = {"D": "democrat", "R": "republican", "I": "independent"}
PARTY_ADJECTIVES: Mapping[str, str] = {
    "democratic": "democrat", "democrat": "democrat", "republican": "republican",
    "gop": "republican", "independent": "independent",
}  # fmt: skip
#: Party nouns that head a description ("the Ohio Democrat", "the Texas Republican").
PARTY_NOUNS: frozenset[str] = frozenset(PARTY_LETTERS.values())
#: Abbreviated titles and the role noun a later mention uses ("Sen. Bernie Sanders" ... "the
#: Vermont senator").
TITLE_ROLE_NOUNS: Mapping[str, str] = {
    "sen": "senator", "rep": "representative", "gov": "governor", "pres": "president",
    "gen": "general", "sec": "secretary", "supt": "superintendent", "det": "detective",
    "sgt": "sergeant", "capt": "captain", "atty": "attorney", "prof": "professor",
    "lt": "lieutenant", "col": "colonel", "adm": "admiral", "cmdr": "commander",
}  # fmt: skip


#: Titles of a country's or party's leader, which "the French leader" may point back to.
LEADER_TITLES: frozenset[str] = frozenset(
    {"president", "chancellor", "premier", "minister", "king", "queen", "leader", "emir"}
)


def _leader(info: _Info, words: Sequence[str], pos: int) -> int | None:
    """The person last mentioned before ``pos`` with a leader's title and, when the mention
    gives one ("the French leader"), that nationality in their description."""
    nations = [w for w in words if w in nationalities()]
    nouns = info.role_nouns
    return _last_mentioned(
        info.persons,
        (
            p
            for p in range(len(info.persons))
            if not LEADER_TITLES.isdisjoint(nouns[p]) and all("@" + w in nouns[p] for w in nations)
        ),
        pos,
    )


def _party_person(
    people: Sequence[Person], nouns: list[tuple[str, ...]], words: Sequence[str], pos: int
) -> int | None:
    """The person last mentioned before ``pos`` whom "the <place> <party noun>" (``words``:
    the place words and the noun) describes: that party, and the place when one is given,
    written in full or abbreviated ("Wisconsin" for "R-Wis.", "New York" for "D-NY")."""
    party, place = words[-1], "".join(words[:-1])

    def fits(p: int, *, partyless: bool) -> bool:
        has_party = party in nouns[p]
        if not has_party and not (partyless and place and PARTY_NOUNS.isdisjoint(nouns[p])):
            return False  # a person of no known party may fit by the place alone
        return not place or any(n[:1] == "@" and _abbreviates(n[1:], place) for n in nouns[p])

    for partyless in (False, True):
        found = _last_mentioned(
            people, (p for p in range(len(people)) if fits(p, partyless=partyless)), pos
        )
        if found is not None:
            return found
    return None


def _abbreviates(short: str, full: str) -> bool:
    """Whether ``short`` is ``full`` or its abbreviation: the same first letter and the
    letters in order ("wis" of "wisconsin", "ny" of "newyork", "md" of "maryland")."""
    short, full = short.replace(" ", ""), full.replace(" ", "")
    if not short or not full or short[0] != full[0]:
        return False
    rest = iter(full[1:])
    return all(c in rest for c in short[1:])


def _last_with_noun(people: Sequence[Person], nouns: _RoleNouns, noun: str, pos: int) -> int | None:
    return _last_mentioned(people, nouns.holders.get(noun, ()), pos)


#: Documents whose words "the <noun> read/said" quotes after naming their author.
DOCUMENT_NOUNS: frozenset[str] = frozenset(
    {"statement", "letter", "memo", "email", "e-mail", "post", "note", "message", "tweet"}
)
#: A he/she/they subject pronoun in lowercase text.
_SUBJECT_PRONOUN: re.Pattern[str] = re.compile(r"\b(?:he|she|they)\b")
#: Sentences back that a document's author may be named in ("In a statement, Lee said ...").
DOCUMENT_SENTENCES = 3


@functools.lru_cache(maxsize=16)
def _author_before(noun: str) -> re.Pattern[str]:
    """Text that ends with "<noun> from|by" and title words, before an author's name ("a
    memo from Library Director ")."""
    return re.compile(
        rf"\b{re.escape(noun)}s?\s+(?:(?:sent|written|signed|issued)\s+)?(?:from|by)\s+"
        r"(?:[A-Z][\w.’'-]*\s+){0,4}\Z"
    )


#: Characters before a name searched for "a memo from" and its title words.
AUTHOR_REACH = 80


def _document_author(info: _Info, pos: int, noun: str) -> int | None:
    """The person last named as a subject before ``pos``, within
    :data:`DOCUMENT_SENTENCES` sentences, when that sentence holds ``noun`` ("X confirmed
    the news in a brief statement. "...," the statement read": X; not a memo another
    sentence introduces)."""
    k = _last_outside(info, pos)
    starts = info.sent_starts
    here = bisect.bisect_right(starts, pos)
    text = info.article.text
    while k >= 0:
        at, p, subject = info.outside[k]
        if here - bisect.bisect_right(starts, at) > DOCUMENT_SENTENCES:
            return None
        if _author_before(noun).search(text, max(0, at - AUTHOR_REACH), at):
            return p  # "according to a memo from Library Director Denise Okamura"
        if subject:  # the noun in the subject's own sentence ("In a statement, X said")
            s = bisect.bisect_right(starts, at) - 1
            lo = starts[s] if s >= 0 else 0
            hi = starts[s + 1] if s + 1 < len(starts) else pos
            if re.search(rf"\b{noun}\b", text[lo:hi].lower()):
                return p
            # "Dwyer has denied wrongdoing. In a statement ..., he said": the next sentence's
            # pronoun subject issued it
            nxt_end = min(pos, starts[s + 2]) if s + 2 < len(starts) else pos
            nxt = text[hi:nxt_end].lower()
            if re.search(rf"\b{noun}\b", nxt) and _SUBJECT_PRONOUN.search(nxt):
                return p
            return None
        k -= 1
    return None


def _last_outside(info: _Info, pos: int) -> int:
    """Index in ``info.outside`` of the last person mention outside quotes before ``pos``
    (-1 when there is none)."""
    return bisect.bisect_left(info.outside, (pos, -1, False)) - 1


def _just_named(
    info: _Info, pos: int, noun: str, *, epithet: bool = False, age: bool = False
) -> int | None:
    """The person named last before ``pos`` outside quotes, as a subject, in this sentence
    or the one before, whom a definite role or nationality with no owner of its own points
    back to ("Devlin was full of praise ... "...," the jockey said"); None when the last
    person named is no subject or the noun's gender disagrees. An ``epithet`` (a noun with
    a modifier) may also point back from a quote paragraph to the paragraph before it. An
    ``age`` ("the 68-year-old told") names only a person: the last one named within
    :data:`AGE_EPITHET_SENTENCES` sentences, subject or not ("When Ġorġ Mercieca first lit
    the oven ... Today, by his count, ... "...," the 68-year-old told")."""
    k = _last_outside(info, pos)
    if k < 0:
        return None
    at, p, subject = info.outside[k]
    person = info.persons[p]
    if age:  # the last person named in full ("in Mqabba" names a place, not a person)
        floor = (
            info.sent_starts[
                max(0, bisect.bisect_right(info.sent_starts, pos) - 1 - AGE_EPITHET_SENTENCES)
            ]
            if info.sent_starts
            else 0
        )
        while k > 0 and " " not in person.name and at >= floor:
            k -= 1
            at, p, subject = info.outside[k]
            person = info.persons[p]
    if not subject and not (age and " " in person.name):
        return None  # the last person named is no sentence's subject
    starts = info.sent_starts
    here, there = bisect.bisect_right(starts, pos) - 1, bisect.bisect_right(starts, at) - 1
    text, paragraphs = info.article.text, info.sent_paragraph
    # a sentence that opens with a quotation mark in the paragraph of the name or of the
    # epithet is a quote's own (""...," Tlhalerwa said. "..." / The single mother of three
    # ... said"; ""A. B," said the trader"): it stands between them no more than its cue
    ends = (paragraphs[there], paragraphs[here])
    between = sum(
        paragraphs[s] not in ends or text[starts[s] : starts[s] + 1] not in OPENING_QUOTES
        for s in range(there + 1, here)
    )
    if between > 0 and not (
        (epithet and _quote_paragraph_after(info, there, here))
        or (age and here - there <= AGE_EPITHET_SENTENCES)
    ):
        return None
    gender = gendered_nouns().get(noun)
    if gender is not None and person.gender not in ("unknown", gender):
        return None
    return p


#: Marks that open a quote paragraph or sentence.
OPENING_QUOTES: frozenset[str] = frozenset({'"', "“"})
#: Most sentences back from "the 68-year-old" to the person it names.
AGE_EPITHET_SENTENCES = 3


def _quote_paragraph_after(info: _Info, there: int, here: int) -> bool:
    """Sentence ``here`` is in the paragraph right after the one that sentence ``there``
    closes, and that paragraph opens with a quotation mark: the quote, then its cue
    (""...," the veteran fisherman said" after the paragraph naming him)."""
    paragraphs = info.sent_paragraph
    if not (0 <= there < here < len(paragraphs)) or there + 1 >= len(paragraphs):
        return False
    nxt = there + 1  # the first sentence of the next paragraph
    if paragraphs[nxt] == paragraphs[there] or paragraphs[here] != paragraphs[nxt]:
        return False
    return info.article.text[info.sent_starts[nxt] : info.sent_starts[nxt] + 1] in OPENING_QUOTES


def _last_mentioned(people: Sequence[Person], candidates: Iterable[int], pos: int) -> int | None:
    """The candidate person mentioned last before ``pos`` (None when none was)."""
    best: tuple[int, int] | None = None
    for p in candidates:
        mentions = people[p].mentions
        k = bisect.bisect_left(mentions, (pos, pos)) - 1
        if k >= 0 and (best is None or mentions[k][0] > best[0]):
            best = (mentions[k][0], p)
    return best[1] if best else None


def _chain_pronouns(info: _Info, pronouns: list[tuple[int, int, str, int, int, bool]]) -> None:
    """Resolve every narrative pronoun left to right; each becomes a mention of its referent.

    People whose gender the text left unknown take the gender of the he/she pronouns the
    chain gave them (at least :data:`CHAIN_GENDER_MIN`, two thirds of one kind), and the
    chain runs once more with those genders.
    """
    base = list(info.events)
    added = _run_chain(info, pronouns, base)
    votes: dict[int, list[int]] = {}  # person -> [female, male] pronouns
    results, index = info.pronoun_results, info.person_index
    for s, _, word, _, _, _ in pronouns:
        name, method = results.get(s, (None, None))
        if method == "pronoun" and name in index:
            vote = votes.get(index[name])
            if vote is None:
                vote = votes[index[name]] = [0, 0]
            vote[0 if PRONOUN_GENDER[word] == "female" else 1] += 1
    changed = False
    people = list(info.persons)
    for i, person in enumerate(people):
        if person.gender != "unknown" and person.gender_method != "name list":
            continue
        f, m = votes.get(i, (0, 0))
        gender = "female" if f > 2 * m else "male" if m > 2 * f else None
        if gender and max(f, m) >= CHAIN_GENDER_MIN and gender != person.gender:
            people[i] = replace(person, gender=gender, gender_method="pronoun")
            changed = True
    if changed:
        info.persons = tuple(people)
        info.pronoun_results.clear()
        added = _run_chain(info, pronouns, base)
    info.events = sorted(base + added, key=_FIRST)


#: "according to" right before a pronoun: the pronoun's person is the one speaking.
_ACCORDING_TO: re.Pattern[str] = re.compile(r"(?i:according\s+to)\s+\Z")


def _run_chain(
    info: _Info, pronouns: list[tuple[int, int, str, int, int, bool]], base: list[_Event]
) -> list[_Event]:
    text = info.article.text
    info.events = base
    added: list[_Event] = []
    for s, _, word, sent, pid, subject in pronouns:
        ref = _cataphoric_referent(info, s, sent, PRONOUN_GENDER[word])
        if ref is None:
            ref = _best_referent(info, s, PRONOUN_GENDER[word], (), extra=added)
        info.pronoun_results[s] = _as_result(info, ref)
        if ref is not None:
            role = "subject" if subject else ("modifier" if word in ("his", "her") else "object")
            if not subject and _ACCORDING_TO.search(text, max(0, s - 16), s):
                role = "speaker"  # "According to him, the contractor ... is yet to be paid"
            added.append((s, sent, pid, ref, role, -1, True))
    return added


#: Words opening a sentence's fronted clause, whose pronoun may mean the main clause's
#: subject named after the comma ("Before he was sentenced, Kuzyk stood").
CATAPHORA_OPENERS: frozenset[str] = frozenset(
    {"before", "after", "when", "while", "as", "although", "though", "because", "since",
     "until", "once", "moments", "shortly"}
)  # fmt: skip
#: Most characters between a fronted clause's opening and its comma.
MAX_FRONTED_CLAUSE = 160


def _cataphoric_referent(info: _Info, s: int, sent: int, gender: str) -> int | None:
    """The person named as the subject right after the comma of a fronted clause that holds
    the pronoun at ``s`` ("Before he was sentenced, Kuzyk stood"), when that person's
    gender does not contradict the pronoun's; None otherwise."""
    text = info.article.text
    if sent >= len(info.sent_starts):
        return None
    lo = info.sent_starts[sent]
    opener = text[lo : min(s, lo + 12)].split(maxsplit=1)
    if not opener or opener[0].lower() not in CATAPHORA_OPENERS or "," in text[lo:s]:
        return None
    comma = text.find(",", s, min(len(text), lo + MAX_FRONTED_CLAUSE))
    if comma < 0 or "\n" in text[s:comma]:
        return None
    at = comma + 1
    while at < len(text) and text[at] == " ":
        at += 1
    k = bisect.bisect_left(info.names, (at,))
    if k >= len(info.names) or info.names[k][0] != at:
        return None
    person = info.names[k][2]
    if person < 0 or info.persons[person].gender not in (gender, "unknown"):
        return None
    return person


def _as_result(info: _Info, ref: int | None) -> tuple[str | None, str | None]:
    if ref is None:
        return None, None
    if ref < 0:
        return None, "description"
    return info.persons[ref].name, "pronoun"


def _best_referent(
    info: _Info,
    pos: int,
    gender: str,
    previous_speakers: Sequence[tuple[int, str]],
    *,
    extra: Sequence[_Event] = (),
) -> int | None:
    sent_starts = info.sent_starts
    sent = max(0, bisect.bisect_right(sent_starts, pos) - 1)
    pid = info.sent_paragraph[sent] if info.sent_paragraph else 0
    block_of = _block_index(info.article, pos)
    min_pid = _window_start(info, pid)
    speaker_events = []
    # in text order: read back from ``pos`` to the first speaker outside the window (so a
    # long article's many quotes are not all read again for every pronoun)
    for offset, name in reversed(previous_speakers):
        if offset >= pos:
            continue
        s_sent = max(0, bisect.bisect_right(sent_starts, offset) - 1)
        s_pid = info.sent_paragraph[s_sent] if info.sent_paragraph else 0
        if s_pid < min_pid:
            break
        if name in info.person_index:
            speaker_events.append(
                (offset, s_sent, s_pid, info.person_index[name], "speaker", -1, True)
            )
    speaker_events.reverse()
    lo = sent_starts[max(0, sent - SALIENCE_WINDOW_SENTENCES)] if sent_starts else 0
    recent = [*_recent(info.events, lo, pos), *_recent(extra, lo, pos), *speaker_events]
    ref_gender = _referent_genders(info)  # indexed by referent (described ones negative)
    decays, n_decays = _decays(), len(_decays())
    # per referent: [best weight, sum of weights (summed in event order), latest position]
    scores: dict[int, list[float]] = {}
    for ev_pos, ev_sent, ev_pid, ref, role, ev_block, narrative in recent:
        if ev_pid < min_pid or ev_pos >= pos:
            continue
        if not narrative and ev_block != block_of:
            continue
        g = ref_gender[ref]
        if g != "unknown" and g != gender:
            continue
        d_sent, d_par = sent - ev_sent, pid - ev_pid
        distance = (d_sent if d_sent > 0 else 0) + (d_par if d_par > 0 else 0)
        weight = SALIENCE[role] * (
            decays[distance] if distance < n_decays else SALIENCE_DECAY**distance
        )
        if ref < 0 and g == "unknown":
            weight *= UNGENDERED_DESCRIPTION_WEIGHT  # "a cousin" is a weaker "she" than Ann
        agg = scores.get(ref)
        if agg is None:
            scores[ref] = [weight, weight, max(-1, ev_pos)]
        else:
            if weight > agg[0]:
                agg[0] = weight
            agg[1] += weight
            if ev_pos > agg[2]:
                agg[2] = ev_pos
    best: int | None = None
    best_key = (0.0, 0.0)
    for r, (top, total, latest) in scores.items():
        key = (top + SALIENCE_REPEAT * (total - top), latest)
        if best is None or key > best_key:
            best, best_key = r, key
    return best


def _window_start(info: _Info, pid: int) -> int:
    """The first paragraph id a pronoun in paragraph ``pid`` searches: the searched
    paragraphs (those with sentences) count, so a pasted page's "Advertisement" and "Hide Ad"
    lines do not push the name out of reach."""
    if info.searched_paragraphs is None:
        info.searched_paragraphs = sorted(set(info.sent_paragraph))
    ordered = info.searched_paragraphs
    k = bisect.bisect_right(ordered, pid) - 1
    if k < 0:
        return pid - PRONOUN_WINDOW_PARAGRAPHS
    return min(pid - PRONOUN_WINDOW_PARAGRAPHS, ordered[max(0, k - PRONOUN_WINDOW_PARAGRAPHS)])


def _referent_genders(info: _Info) -> list[str]:
    """Gender of each referent, indexed by referent: people from 0, described people from
    -1 (``-1 - k`` is the k-th described person), kept until ``info.persons`` changes."""
    cached = info.ref_genders
    if cached is not None and cached[0] is info.persons:
        return cached[1]
    genders = [p.gender for p in info.persons] + info.described_gender[::-1]
    info.ref_genders = (info.persons, genders)
    return genders


@functools.cache
def _decays() -> tuple[float, ...]:
    """``SALIENCE_DECAY ** d`` for the distances that occur in practice."""
    return tuple(SALIENCE_DECAY**d for d in range(256))


def _recent(events: Sequence[_Event], lo: int, pos: int) -> Sequence[_Event]:
    """Events (sorted by position) in ``[lo, pos)``, at most :data:`SALIENCE_MAX_EVENTS`."""
    j = bisect.bisect_left(events, pos, key=_FIRST)  # _FIRST: the position of an event
    i = bisect.bisect_left(events, lo, key=_FIRST)
    return events[max(i, j - SALIENCE_MAX_EVENTS) : j]


def _block_index(article: Article, pos: int) -> int:
    k = bisect.bisect_right(article.blocks, pos, key=_START) - 1
    return k if k >= 0 and pos < article.blocks[k].end else -1


def _resolve_pronoun(
    info: _Info, start: int, gender: str, previous_speakers: Sequence[tuple[int, str]]
) -> tuple[str | None, str | None]:
    if not previous_speakers and start in info.pronoun_results:
        return info.pronoun_results[start]
    ref = _best_referent(info, start, gender, previous_speakers)
    return _as_result(info, ref)


#: Prepositions whose object a name is inside a longer mention ("a spokesman for Lee").
OBJECT_PREPOSITIONS: frozenset[str] = frozenset(
    {"of", "for", "to", "with", "at", "in", "from", "near", "outside"}
)


#: A capitalised word and "of" or "and" ending the text before a name ("Union of ").
#: A place's name and a lowercase local body: "Peltomaa municipality", "Wexford county
#: council" (group 1, the place's first word).
_LOCAL_BODY: re.Pattern[str] = re.compile(
    r"([A-Z][\w’'-]*)(?: [A-Z][\w’'-]*)* (?:(?:city|county|town|district|municipal|borough) )?"
    r"(?:municipality|council)"
)
#: "the" and one capitalised word (a role when the role list holds it: "the Wali").
_TITLED_ROLE: re.Pattern[str] = re.compile(r"[Tt]he\s+([A-Z][a-z]+)")
#: A body's name whose head noun takes "for" and a domain of capitalised words ("the
#: General Company for Water and Wastewater"): group 1 the name, group 2 the head noun.
_BODY_FOR: re.Pattern[str] = re.compile(
    r"(?:[Tt]he\s+)?((?:[A-Z][\w’'-]*\s+)*([A-Z][\w’'-]*)\s+for\s+(?:the\s+)?[A-Z][\w’'-]*"
    r"(?:\s+(?:(?:and|&)\s+)?[A-Z][\w’'-]*)*)"
)
#: A body's name joining capitalised words with "and" ("the Royal Turks and Caicos Islands
#: Police Force"): group 1, the name; a body when its last word is an organisation word.
_BODY_WITH_AND: re.Pattern[str] = re.compile(
    r"(?:[Tt]he\s+)?((?:[A-Z][\w’'-]*\s+)+(?:and|&)\s+(?:[A-Z][\w’'-]*\s+)*[A-Z][\w’'-]*)"
)
_ORGANISATION_OF: re.Pattern[str] = re.compile(
    r"[A-Z][\w’'.-]*(?: (?:of|and|for)(?: the)?|,(?: and)?) $"
)


def _object_of_description(before: str) -> bool:
    """The words before a name end in a lowercase noun and a preposition ("Residents of",
    "a nurse from"): the name is that noun's place or organisation, not the speaker."""
    words = _words_before_name(before)  # "one angler from the Fox Valley"
    return (
        len(words) >= 2
        and words[-1] in OBJECT_PREPOSITIONS
        and len(words[-2]) > 3
        and words[-2].isalpha()
        and words[-2] not in titles()
        and (len(words) == 2 or not before.split()[len(words) - 2][:1].isupper())
    )


def _titled_object(before: list[str]) -> bool:
    """The words before a name end in a lowercase noun, a preposition and a capitalised
    title ("a spokesperson for Ontario Health Minister", "a spokesperson for Special
    Minister of State"): the name is the noun's object. ("Secretary of State" opens with no
    lowercase noun: a title.)"""
    k = len(before)
    while k > 0 and (before[k - 1][:1].isupper() or before[k - 1] in TITLE_CONNECTORS):
        k -= 1
    # the span before[k:] is capitalised words and connectors; it must open with the
    # preposition after the lowercase noun
    while (
        k < len(before) and before[k] in TITLE_CONNECTORS and before[k] not in OBJECT_PREPOSITIONS
    ):
        k += 1
    return (
        1 <= k < len(before) - 1
        and before[k] in OBJECT_PREPOSITIONS
        and before[k - 1].isalpha()
        and before[k - 1].islower()
        and before[k - 1] not in titles()
        # (not a member of a body: "Opposition member of the Sabha Shifana Nazeer" is the
        # member; "a spokesperson for NZ Transport Agency Waka Kotahi" speaks for the body)
        and not (before[k - 1] in MEMBER_NOUNS and before[-1].lower() in org_words())
    )


#: Nouns of a body's members and officers, whose holder's name may follow the body's.
MEMBER_NOUNS: frozenset[str] = frozenset(
    {"member", "secretary", "treasurer", "chair", "chairman", "chairwoman", "chairperson",
     "president", "leader"}
)  # fmt: skip


#: Lowercase words inside a capitalised title ("Minister of State for Health").
TITLE_CONNECTORS: frozenset[str] = frozenset({"of", "for", "and", "the"})


def _words_before_name(before: str) -> list[str]:
    """Lowercase words of ``before`` without the titles and the article that end it ("a
    spokesman for the" -> "a spokesman for")."""
    words = _without_titles(before.lower().split())
    while words and words[-1] in ("the", "a", "an"):
        words.pop()
    return words


def _without_titles(words: list[str]) -> list[str]:
    """``words`` without the titles that end it ("agent for president" -> "agent for")."""
    tset = titles()
    k = len(words)
    while k > 0 and words[k - 1].rstrip(".") in tset:
        k -= 1
    return words[:k]


def _resolve_named(info: _Info, start: int, end: int) -> tuple[str | None, str | None] | None:
    """The person whose name or alias the mention holds, when that name is its head.

    Returns None when no person's mention overlaps, and ``(None, None)`` or a description
    when the name only modifies the head ("the Trump campaign", "Supporters of Sanders").
    """
    names = info.names
    k = bisect.bisect_left(names, end, key=_FIRST)
    best: tuple[int, _NameSpan] | None = None
    for o in names[max(0, k - 8) : k]:  # names are short: only the last few can overlap
        o_start, o_end, o_person, _ = o
        if o_person < 0 or o_end <= start or o_start >= end:
            continue
        # the last name is the head ("Hillary Clinton's campaign manager Robby Mook"); the
        # names before it modify it
        if best is None or o_end >= best[0]:
            best = (o_end, o)
    if best is None:
        return None
    occ_start, occ_end, occ_person, occ_words = best[1]
    text = info.article.text
    after = _MODIFIED_HEAD.match(text, occ_end, end)
    head = after.group(1) if after else ""
    modifies = bool(head) and head not in PRONOUN_GENDER and head not in CUE_GAP
    modifies = modifies and head not in speech_verbs() and head not in CLAUSE_VERBS
    before = _without_titles(text[start:occ_start].lower().split())
    # "Supporters of Sanders", "a spokesman for Lee", "an aide to Lee", "an agent for
    # President Clinton": a name right after the preposition (and its titles) is its object;
    # "Secretary of State Madeleine Albright": a title with "of" before the name is not
    if (
        modifies
        or (before and before[-1] in OBJECT_PREPOSITIONS)
        or _titled_object(text[start:occ_start].split())
    ):
        if _has_role_word(text[start:end].lower().split()):
            return None, "description"
        return None, None
    person = info.persons[occ_person]
    return person.name, ("name" if occ_words >= len(person.name.split()) else "alias")


def _name_lookup(info: _Info) -> tuple[dict[tuple[str, ...], int], dict[str, int]]:
    """The first person whose name is each tuple of words, and the first whose first or
    last word is each word (kept until ``info.persons`` changes)."""
    cached = info.name_lookup
    if cached is not None and cached[0] is info.persons:
        return cached[1], cached[2]
    exact: dict[tuple[str, ...], int] = {}
    by_word: dict[str, int] = {}
    for p, person in enumerate(info.persons):
        parts = person.name.split()
        exact.setdefault(tuple(parts), p)
        by_word.setdefault(parts[0], p)
        by_word.setdefault(parts[-1], p)
    info.name_lookup = (info.persons, exact, by_word)
    return exact, by_word


def joined_body(words: list[str]) -> bool:
    """Whether capitalised words joined by "and" name one body: the last is an organisation
    word ("the Parks and Wildlife Commission"), or a place after words that are no places
    and no given name ("Health and Care Jersey", not "Antigua and Barbuda")."""
    if not words:
        return False
    last = words[-1].lower()
    if last in org_words():
        return True
    return (
        last in place_words()
        and words[0].lower() not in first_names()
        and not all(w.lower() in place_words() or w in ("and", "&") for w in words)
    )


def _plural_possessive_body(bare: str) -> str | None:
    """The whole name of a body whose name holds a plural possessive ("The Krông Pắc Durian
    Growers' Association": the growers' association, not a person "Krông Pắc"): capitalised
    words, one of them ending in s' or s’, the last an organisation word."""
    words = bare.split()
    if words and words[0] in ("The", "the"):
        words = words[1:]
    if len(words) < 3 or words[-1].lower() not in org_words():
        return None
    if not all(w[:1].isupper() for w in words):
        return None
    owners = [w for w in words[:-1] if w.endswith(("s'", "s’"))]
    return " ".join(words) if len(owners) == 1 else None


def _resolve_unlisted(info: _Info, raw: str, start: int) -> tuple[str | None, str | None]:
    """A mention no person record covers.

    A person's name or alias written differently gives that person; another proper name
    (an organisation, outlet, place or group: "PolitiFact", "the Times", "CNN") is returned
    as written, since the text itself names the source; a description with a person noun
    gives ``(None, "description")``; anything else ``(None, None)``.
    """
    toks = [(m.start(), m.end(), m.group()) for m in _TOKEN.finditer(raw)]
    bare = raw.strip()
    titled = _TITLED_ROLE.fullmatch(bare)
    if titled is not None and titled.group(1).lower() in roles():
        # "the Wali said", "the Iyaloja added": a role written capitalised, read as "the mayor"
        return _resolve_unlisted(info, raw.replace(titled.group(1), titled.group(1).lower()), start)
    if bare.lower() in PLURAL_GROUP_WORDS:
        return None, "description"  # "Locals call it ...": people, unnamed
    local = _LOCAL_BODY.fullmatch(bare)
    if local is not None and local.group(1).lower() not in info.lower_words:
        return bare, "name"  # "Peltomaa municipality", "Wexford county council"
    joined = _BODY_WITH_AND.fullmatch(bare)
    if joined is not None and joined_body(joined.group(1).split()):
        # not "Royal Turks" of "... and Caicos Islands Police Force"; "USDA’s Food Safety
        # and Inspection Service": the service, not its owner
        owner, _, rest = joined.group(1).partition(" ")
        owned = owner.endswith(POSSESSIVE_ENDINGS) and rest.split()[0] not in ("and", "&")
        return (rest if owned else joined.group(1)), "name"
    owned = _plural_possessive_body(bare)
    if owned is not None:
        return owned, "name"  # "The Krông Pắc Durian Growers' Association"
    purpose = _BODY_FOR.fullmatch(bare)
    if purpose is not None and purpose.group(2).lower() in org_words():
        return purpose.group(1), "name"  # "The General Company for Water and Wastewater"
    if " " not in bare and PREFIXED_NAME.match(
        bare
    ):  # "al-Hashimi said": the surname of "Youssef al-Hashimi"
        for p in info.persons:
            if p.name.split()[-1].lower() == bare.lower():
                return p.name, "alias"
    runs = _runs(raw, toks)
    for run in runs:
        k = _name_part(toks, run)
        if k >= len(run) and len(run) == 1:
            k = 0  # a surname that is also a common word ("Cuban", "King") of a known person
        elif k >= len(run):
            continue
        exact, by_word = _name_lookup(info)
        words = tuple(_bare(toks[i][2]) for i in run[k:])
        r0 = run[k]
        if (
            len(words) == 1
            and r0 > 0
            and _ACRONYM.fullmatch(toks[r0 - 1][2])
            and toks[r0][0] == toks[r0 - 1][1] + 1
            and words[0] not in by_word
            and toks[r0 - 1][2].lower() not in titles()
        ):
            words = (toks[r0 - 1][2], words[0])  # "DEYA Ammoudelis", "UNICEF Ghana"
            run = [r0 - 1, r0]
        p_exact = exact.get(words, -1)
        p_alias = by_word.get(words[0], -1) if len(words) == 1 else -1
        if p_exact >= 0 or p_alias >= 0:  # the first person either way names it
            first = min(x for x in (p_exact, p_alias) if x >= 0)
            return info.persons[first].name, "name" if first == p_exact else "alias"
        real = [w for w in words if w.lower() not in NAME_PARTICLES]
        after = run[-1] + 1
        if after < len(toks) and toks[after][2].islower() and _has_role_word([toks[after][2]]):
            # "a Pantry Box spokesperson", "a parent of two Ojo Seco students": the name
            # modifies a role
            continue
        if len(real) >= 2 and not all(w.lower() in place_words() for w in real):
            if _ORGANISATION_OF.search(raw, 0, toks[run[0]][0]) and any(
                w.lower() in org_words() or w in GROUP_NAME_OPENERS
                for w in raw[: toks[run[0]][0]].split()[:-1]
            ):
                continue  # "The National Union of Energy Workers": the union, not the workers
            if _object_of_description(raw[: toks[run[0]][0]]):
                return None, "description"  # "Residents of Palo Verde": not the place
            return " ".join(words), "name"
    for _, _, tok in toks:  # transcripts name speakers in capitals ("WALLACE:")
        word = _bare(tok)
        if len(word) > 2 and word.isupper() and word.isalpha():
            for p in info.persons:
                parts = [w.upper() for w in p.name.split()]
                if word in (parts[0], parts[-1]):
                    return p.name, "alias"
    lowered = [t[2].lower() for t in toks]
    if (
        len(lowered) >= 2
        and lowered[0] == "the"
        and lowered[-1].rstrip(".") in titles()  # not "the Daily Caller"
        and all(t[2][:1].isupper() for t in toks[1:])
    ):
        # "the Cabinet Secretary said": a title in capitals is a description, not a name
        head = TITLE_ROLE_NOUNS.get(lowered[-1].rstrip("."), lowered[-1].rstrip("."))
        named = _last_with_noun(info.persons, info.role_nouns, head, start)
        if named is not None:
            return info.persons[named].name, "alias"
        return None, "description"
    if len(lowered) >= 2 and lowered[0] == "the" and lowered[-1] in PARTY_NOUNS:
        # "the Ohio Democrat": the person the text gave that party (and that state), else
        # an unnamed one
        named = _party_person(info.persons, info.role_nouns, lowered[1:], start)
        if named is not None:
            return info.persons[named].name, "alias"
        return None, "description"
    if len(lowered) == 2 and lowered[0] == "the" and lowered[1] in DOCUMENT_NOUNS:
        named = _document_author(info, start, lowered[1])  # ""...," the statement read"
        if named is not None:
            return info.persons[named].name, "alias"
    if 2 <= len(lowered) <= 3 and lowered[0] == "the" and lowered[-1] in nationalities():
        # "Castell ... "...," the Italian said", "the South African said": the person just
        # named, else an unnamed one (a nationality is no name)
        named = _just_named(info, start, lowered[-1])
        if named is not None:
            return info.persons[named].name, "alias"
        return None, "description"
    # "the state Department of Land and Natural Resources": a name after its jurisdiction
    lead = 1 if lowered and lowered[0] == "the" else 0
    while lead < len(toks) - 1 and lowered[lead] in JURISDICTION_WORDS:
        lead += 1
    listed = " of " in raw  # "the Ministry of Agriculture, Land and Fisheries"
    one_name = all(
        t[2][:1].isupper() or t[2] in ORG_NAME_JOINERS or t[2] == "." or (listed and t[2] == ",")
        for t in toks[lead:]
    )
    short = len(toks) <= MAX_SOURCE_WORDS or one_name  # "the Ministry of Industry and ..."
    source = _proper_source(raw, toks, runs) if short else ""
    if source and source.lower() not in info.lower_words:  # "Demonstrators" is a common noun
        tail_words = raw[raw.find(source) + len(source) :].split()
        if tail_words and tail_words[0].islower() and tail_words[0].rstrip("s") in roles():
            return None, "description"  # "An HPD spokesperson": the agency's spokesperson
        before = _words_before_name(raw[: max(0, raw.find(source))])
        # ("Officials at the Ministry of Agriculture")
        if before and before[-1] in OBJECT_PREPOSITIONS and _has_role_word(before):
            return None, "description"  # "chairman of America Rising", "Analysts at Barclays"
        return source, "name"
    learned = info.role_nouns.holders  # the text's own role nouns ("entomologist")
    if (
        len(lowered) >= 4
        and lowered[-2] == "of"
        and (lowered[-1].isdigit() or lowered[-1] in _NUMBER_WORDS)
    ):
        lowered = lowered[:-2]  # "the single mother of three": "the single mother"
    heads = [
        w
        for w in lowered
        if w in roles() or w in learned or YEAR_OLD.fullmatch(w) or _KIN_OF_NUMBER.fullmatch(w)
    ]  # ("the mum-of-two told the Irish Mirror")
    if lowered and lowered[0] in DEFINITE_OPENERS and len(lowered) <= 4 and heads:
        # "the actress" after "actress Susan Sarandon"; "her mother" after "Her mother,
        # Delphine Vasquez-Thorne,"; "the French leader" after "French President X"
        named = _last_with_noun(info.persons, info.role_nouns, heads[-1], start)
        if named is None and heads[-1] == "leader":
            named = _leader(info, lowered, start)
        if named is None and lowered[0] == "the" and heads[-1] not in GENERIC_PERSON_NOUNS:
            # "Devlin ... "...," the jockey said"; an epithet with a modifier ("the veteran
            # fisherman") may follow a quote paragraph after the one that names him
            age = bool(YEAR_OLD.fullmatch(heads[-1]))  # "the 52-year-old said"
            epithet = (len(lowered) >= 3 and lowered[-1] == heads[-1]) or age
            named = _just_named(info, start, heads[-1], epithet=epithet, age=age)
        if named is not None:
            return info.persons[named].name, "alias"

    if lowered and _has_role_word(lowered):
        return None, "description"
    return None, None


def _has_role_word(words: Sequence[str]) -> bool:
    """Some lowercase word is a role noun, singular or plural ("analysts", "aide"), or a
    compound person noun ("sugarmaker")."""
    rset = roles()
    return any(w in rset or w.rstrip("s") in rset or person_compound(w) for w in words)


#: Lowercase words after a name that leave it a name, not a modifier ("Ministry of",
#: "Maritime Office in Gdynia", "Acme at").
SOURCE_NAME_GOES_ON: frozenset[str] = frozenset({"of", "and", "for", "in", "at", "on", "from"})


def _proper_source(raw: str, toks: Sequence[tuple[int, int, str]], runs: list[list[int]]) -> str:
    """The last proper name in a mention that is not a person's ("PolitiFact", "CNN")."""
    skip = _source_skip()
    best = ""
    # a title or role in the possessive ("the Attorney General's", "the Tamsen County
    # Sheriff's"): where it starts (a character), its last token, and whether only one word
    # may follow it (a run of titles alone)
    holder: tuple[int, int, bool] | None = None
    last_end = -9
    previous: list[str] = []  # the words of the run before, even when it names nothing alone
    for run in runs:
        joiner = toks[run[0] - 1][2] if run[0] >= 1 else ""
        gap = run[0] - 2
        if joiner == "the" and gap >= 0 and toks[gap][2] in ("of", "for"):
            joiner, gap = toks[gap][2], gap - 1  # "the Ministry for the Ecological Transition"
        before, previous = previous, [_bare(toks[i][2]) for i in run]
        joined = gap == last_end and (
            joiner in ("of", "for")
            # "the Maritime Office in Gdynia": a body and its seat
            or (joiner == "in" and best != "" and best.split()[-1].lower() in org_words())
            or (
                joiner == "and"
                and (" of " in best or _bare(toks[run[-1]][2]).lower() in org_words())
            )
            # "the Ministry of Agriculture, Land and Fisheries": a list that ends in "and X"
            or (joiner == "," and " of " in best and _and_ends_list(toks, run[-1] + 1))
        )  # "Ministry of Industry and Information Technology", "Department for Enterprise",
        # "Parks and Wildlife Commission"
        prev_end, last_end = last_end, run[-1]
        after = run[-1] + 1
        nxt = toks[after][2] if after < len(toks) else ""
        if nxt.islower() and nxt.isalpha() and nxt not in SOURCE_NAME_GOES_ON:
            continue  # a modifier ("a Facebook message", "the Obama administration")
        words = [_bare(toks[i][2]) for i in run]
        if words[-1] in GROUP_NAME_OPENERS and nxt == "of":
            best = words[-1]  # "Friends of Saltmead Spit": a group's name opens so
            continue
        k = 0
        while k < len(words) and (words[k].lower() in skip or words[k].lower() in NAME_PARTICLES):
            k += 1
        if k < len(words) and toks[run[-1]][1] - toks[run[k]][0] > len(" ".join(words[k:])):
            # "U.S. Army Corps", "N.C. Department": initials keep their dots
            words = raw[toks[run[k]][0] : toks[run[-1]][1]].split()
            words[-1] = _bare(words[-1])
        else:
            words = words[k:]
        if not words or all(w.lower() in titles() for w in words):
            if toks[run[-1]][2].endswith(POSSESSIVE_ENDINGS):
                first = next(i for i in run if toks[i][2].lower() != "the")
                holder = (toks[first][0], run[-1], True)  # "the Attorney General's" + "Office"
            continue
        head = words[-1].lower()
        if (
            holder is not None
            and run[0] - 1 == holder[1]
            and (len(words) == 1 or not holder[2])
            and head in org_words()
        ):
            # "the Tamsen County Sheriff's Office": an office named after its holder (not a
            # place's: "Nunavut's Department of ...")
            best = raw[holder[0] : toks[run[-1]][1]]
            continue
        if joined and best and joiner == "of" and len(words) == 1 and _plural_role(head):
            best = f"{best} of {words[0]}"  # "Army Corps of Engineers"
            continue
        if len(words) == 1 and (
            (head in nationalities() and not head.endswith("s")) or _plural_role(head)
        ):
            continue  # an adjective ("Republican") or a group of people ("Teachers")
        if joined and best:
            sep = " ".join(raw[toks[prev_end][1] : toks[run[0]][0]].split())
            sep = ", " if sep == "," else f" {sep} "
            best = f"{best}{sep}{' '.join(words)}"  # "Union of Energy Workers"
            continue
        if joined and joiner == "and" and before and before[0].lower() not in skip:
            best = f"{' '.join(before)} and {' '.join(words)}"  # "Parks and Wildlife Commission"
            continue
        best = " ".join(words)
        if toks[run[-1]][2].endswith(POSSESSIVE_ENDINGS) and (head in roles() or head in titles()):
            holder = (toks[run[k]][0], run[-1], False)
    acronyms = [
        _bare(t)
        for _, _, t in toks
        if _ACRONYM.fullmatch(_bare(t)) and _bare(t).lower() not in skip
    ]
    shouting = sum(1 for _, _, t in toks if t.isupper() and len(t) > 1) > 1
    if not best and acronyms and not shouting:
        best = acronyms[-1]
    return best


#: Capitalised plurals that open a group's name before "of" ("Friends of the Earth").
GROUP_NAME_OPENERS: frozenset[str] = frozenset({"Friends", "Citizens", "Sisters", "Brothers"})


def _and_ends_list(toks: Sequence[tuple[int, int, str]], i: int) -> bool:
    """From token ``i``, capitalised words and commas lead to "and" and a capitalised word."""
    for k in range(i, min(len(toks) - 1, i + 12)):
        word = toks[k][2]
        if word == "and":
            return toks[k + 1][2][:1].isupper()
        if word != "," and not word[:1].isupper():
            return False
    return False


@functools.cache
def _source_skip() -> frozenset[str]:
    """Words that are no source's name: titles, common words, speech verbs (not "State",
    which opens "State Department"), pronouns."""
    verbs = speech_verbs() - NAME_OPENING_VERBS
    return titles() | _common_caps() | verbs | frozenset(PRONOUN_GENDER)


#: Speech verbs that, capitalised, open bodies' names: "State Department", "State Council".
NAME_OPENING_VERBS: frozenset[str] = frozenset({"state"})


# --------------------------------------------------------------------------- table


def _speaker_name_like(name: str) -> bool:
    """Two to four words opening with a listed first name that is no place or organisation
    word ("Austin Police" is not a person), and no place word after it. The surname may be
    an organisation word ("Jennifer Matter", "Tim Hall")."""
    words = name.lower().split()
    places = place_words()
    orgs = org_words()
    return (
        2 <= len(words) <= 4
        and words[0] in first_names()
        and words[0] not in orgs
        and not any(w in places for w in words)
        and not any(w in orgs for w in words[1:-1])  # "Clare County Council"
    )


def _named_with_the(text: str, name: str) -> bool:
    """Whether ``text`` writes "the <name>" (organisations take the article, people don't).

    >>> _named_with_the("Donors gave to the Clinton Foundation.", "Clinton Foundation")
    True
    """
    words = name.split()
    if not words:
        return False
    return any(
        text.startswith(name, at) and _WORD_END.match(text, at + len(name)) is not None
        for at in _after_the(text).get(words[0], ())
    )


#: No word character next (the end of a word at this offset, as ``\b`` after a name).
_WORD_END: re.Pattern[str] = re.compile(r"(?!\w)")


@functools.lru_cache(maxsize=8)
def _after_the(text: str) -> dict[str, list[int]]:
    """Offsets of the words right after "the "/"The ", by word (one pass over the text, so
    each name's "the <name>" test reads only the places its first word follows "the")."""
    out: dict[str, list[int]] = {}
    for m in _THE_WORD.finditer(text):
        out.setdefault(m.group(1), []).append(m.start(1))
    return out


_THE_WORD: re.Pattern[str] = re.compile(r"\b[Tt]he (\S+?)(?=[\s,;:!?)\]\"”’'.]|\Z)")


def _people_rows(article: Article, *, count_pronouns: bool = False) -> Rows:
    info = _analyse(article)
    people = info.persons
    from .quotes import quote_rows
    from .speakers import SPOKEN_KINDS

    rows = quote_rows(article)
    counts: Counter[str] = Counter(
        speaker
        for kind, speaker in zip(rows.get("kind", ()), rows.get("speaker", ()), strict=True)
        if kind in SPOKEN_KINDS and isinstance(speaker, str) and speaker
    )
    pronoun_counts: Counter[int] = Counter()
    if count_pronouns:
        for name, method in info.pronoun_results.values():
            if method == "pronoun" and name in info.person_index:
                pronoun_counts[info.person_index[name]] += 1
    found = [
        (p.name, len(p.mentions) + pronoun_counts[i], p.mentions[0][0], p.mentions[0][1])
        for i, p in enumerate(people)
    ]
    # a speaker named in the text whom the name rules did not list ("union president
    # Jennifer Matter": "Matter" is also a common word) is still a person of the article
    known = {p.name for p in people}
    for name in counts.keys() - known:
        if not _speaker_name_like(name) or _named_with_the(article.text, name):
            continue  # "PolitiFact", "the Clinton Foundation": quoted, but no person
        first = article.text.find(name)
        if first >= 0:
            found.append((name, article.text.count(name), first, first + len(name)))
    if not found:
        return {}
    found.sort(key=lambda row: row[2])
    return {
        "person": [row[0] for row in found],
        "n_mentions": [row[1] for row in found],
        "first_start": [row[2] for row in found],
        "first_end": [row[3] for row in found],
        "quoted": [counts[row[0]] > 0 for row in found],
        "n_quotes": [counts[row[0]] for row in found],
    }
