"""Block labelling of pasted web text: which lines are story and which are page furniture.

Produces the ``blocks`` table (see :mod:`analysis.schema`). Every block is a stripped span
of :attr:`Article.text` labelled ``title``, ``dateline``, ``caption``, ``heading``, ``body``,
``credit`` or ``boilerplate``; every non-whitespace character belongs to exactly one block.

How it works (all rules are the tables below):

1. **Paragraphs.** A paragraph is one non-blank line. When the text is hard-wrapped
   (blank lines between paragraphs whose lines are broken mid-sentence at a fixed width,
   as in e-mail or plain-text exports), each blank-line-separated group of wrapped lines is
   one paragraph instead.
2. **Segments.** A trailing copyright notice or credit sentence is cut off the paragraph it
   ends ("... from Warsaw. Copyright 2022 NPR. ..."), at a sentence boundary; the pieces
   keep the paragraph's ``paragraph_id``.
3. **Patterns.** Each segment is checked against the pattern tables: site furniture
   (:func:`furniture`, social buttons, menus), copyright lines, media players, street
   addresses, phone numbers, labelled time stamps ("Updated ...") and cookie banners
   (``boilerplate``); bylines and "contributed to this report" / "Reporting by" lines
   (``credit``); photo credits (``caption``). A paragraph printed twice in a row is a photo
   caption. Bare dates, lone numbers and URLs are *weak* furniture: they only count on a
   page that has pattern furniture somewhere (a pasted page).
4. **Zones.** The first prose paragraph (sentence punctuation and several words, or a long
   one) opens the story. Before it, the title is the first line on a clean file (title, then
   paragraphs), otherwise the first headline-like line (five or more words, no final
   period, not furniture) of the page header, else the last such line; on a pasted page the
   other header lines are ``boilerplate``. In the story, a short line without final
   punctuation between two paragraphs is a ``heading``. On a pasted page, short lines after
   the last prose paragraph, runs of menu words and short lines next to furniture are
   ``boilerplate``. On a clean file everything else stays ``body``.
5. **Dateline.** A capitalised place and a dash opening one of the first body paragraphs
   (``WARSAW, Poland —``, ``WASHINGTON (AP) —``) is its own ``dateline`` block with the
   paragraph's ``paragraph_id``; :func:`dateline` gives the place.
6. **Duplicates.** A block whose text (whitespace-normalised) equals an earlier block's
   text is flagged ``duplicate``. A pull quote, a paragraph that is one quotation repeating
   words quoted in an earlier paragraph, is ``boilerplate`` and flagged ``duplicate``.

Runs in time linear in the length of the text; patterns only look at short segments, or at
a bounded window of long ones.

Examples
--------
>>> from analysis import article_from_text
>>> text = ("Play Live Radio\\n\\nA title for the story\\n\\nWASHINGTON (AP) \\u2014 It rained. "
...         "Then it stopped.\\n\\nJane Doe contributed to this report.\\n")
>>> df = block_table(article_from_text(text, article_id="a"))
>>> print(df[["paragraph_id", "label", "text"]].to_string(index=False))
 paragraph_id       label                                text
            0 boilerplate                     Play Live Radio
            1       title               A title for the story
            2    dateline                   WASHINGTON (AP) —
            2        body           It rained. Then it stopped.
            3      credit Jane Doe contributed to this report.
"""

from __future__ import annotations

import bisect
import functools
import importlib.resources
import itertools
import logging
import re
from typing import Any, NamedTuple

import pandas as pd

from ._frames import Rows, article_frame
from .types import Article, Block

logger = logging.getLogger(__name__)

# --------------------------------------------------------------------------------------
# Thresholds (words are whitespace-separated tokens). Chosen on the seed, synthetic pages
# in tests/test_layout.py and the PolNeAR train/dev texts (titles <= 22 words).
# --------------------------------------------------------------------------------------
#: A title has at most this many words and characters.
TITLE_MAX_WORDS: int = 30
TITLE_MAX_CHARS: int = 300
#: Among several headline-like header lines, the first with at least this many words wins.
TITLE_MIN_WORDS: int = 5
#: A heading has at most this many words and characters.
HEADING_MAX_WORDS: int = 14
HEADING_MAX_CHARS: int = 120
#: Prose: ends with sentence punctuation and has at least PROSE_MIN_WORDS words, or is long.
PROSE_MIN_WORDS: int = 5
PROSE_LONG_WORDS: int = 20
#: Line patterns are only tried on segments up to this many words (furniture is short).
PATTERN_MAX_WORDS: int = 60
#: Bylines, addresses, time stamps and photo-credit lines are at most this many words.
SHORT_MAX_WORDS: int = 15
#: A header line after the title with at least this many words is a deck (body), not furniture;
#: so is a headline-like line of TITLE_MIN_WORDS right under the title.
DECK_MIN_WORDS: int = 8
#: A paragraph right above a photo-credit line is that photo's caption when it has this many
#: words ("Volunteers practice at a range. / Maya Ferreira for NPR").
CAPTION_MIN_WORDS: int = 4
CAPTION_MAX_WORDS: int = 80
#: A copyright notice after at most this many words of a line is that line's end, not a tail
#: to cut off (a publisher's name and registration number before it).
FOOTER_HEAD_WORDS: int = 8
#: A cut-off credit or copyright tail has at most this many words and characters.
TAIL_MAX_WORDS: int = 40
TAIL_MAX_CHARS: int = 600
#: Runs of at least NAV_RUN lines of at most NAV_MAX_WORDS words (no digits) are a menu.
NAV_MAX_WORDS: int = 3
NAV_RUN: int = 3
#: Hard-wrap detection. The wrap width (the longest line broken inside a blank-line group)
#: is WRAP_MIN_WIDTH to WRAP_MAX_WIDTH characters; at least WRAP_GROUP_SHARE of the groups
#: have several lines; a break is a wrap when the next line's first word would have pushed
#: the line past WRAP_FILL of the width, and at least WRAP_BREAK_SHARE of the breaks are
#: wraps and WRAP_MIDSENTENCE_SHARE end mid-sentence. Wrapped lines join into one paragraph.
WRAP_MIN_WIDTH: int = 40
WRAP_MAX_WIDTH: int = 100
WRAP_GROUP_SHARE: float = 0.3
WRAP_BREAK_SHARE: float = 0.7
WRAP_MIDSENTENCE_SHARE: float = 0.4
WRAP_FILL: float = 0.85

# --------------------------------------------------------------------------------------
# Pattern tables. Written for this project (MIT); formats follow the AP Stylebook
# (datelines, bylines, photo credits), USPS Publication 28 (street suffixes, ZIP codes)
# and the NANP (phone numbers).
# --------------------------------------------------------------------------------------
_CLOSE = "\"'”’»)\\]"
#: Ends with sentence punctuation, maybe followed by closing quotes or brackets.
SENTENCE_END: re.Pattern[str] = re.compile(rf"[.!?…][{_CLOSE}]*\Z")
#: Ends with sentence or clause punctuation (headings and titles do not).
CLAUSE_END: re.Pattern[str] = re.compile(rf"[.!?…,;:][{_CLOSE}]*\Z")
#: Ends with a period (titles on pasted pages do not; "?" and "!" are fine).
PERIOD_END: re.Pattern[str] = re.compile(rf"[.,;:][{_CLOSE}]*\Z")
_LETTER = re.compile(r"[^\W\d_]")
_QUOTE_MARKS = re.compile(r"[\"“”]")
_DIGIT = re.compile(r"\d")
_WORD = re.compile(r"\S+")

#: A caption's label printed on a line of its own, the caption on the next ("Image caption,").
#: A caption note labelled as the page's lead image ("Header image: Residents fill ...").
LEAD_IMAGE_NOTE: re.Pattern[str] = re.compile(
    r"(?:header|featured|top|lead|main)\s+(?:image|photo|picture)\s*:\s+\S", re.IGNORECASE
)
CAPTION_LABEL_LINE: re.Pattern[str] = re.compile(
    r"(?:Image|Photo|Picture|Media|Video)\s+(?:caption|source)\s*[,:]?", re.IGNORECASE
)
#: Most words of an outlet's or role's line under a byline ("The Valley Herald").
AFFILIATION_MAX_WORDS = 5
#: A media label opening a caption ("Photo: ", "IMAGE - "), left out when two captions are
#: compared: a page often prints a photo's caption once with the label and once without.
MEDIA_LABEL: re.Pattern[str] = re.compile(
    r"\A(?:photo|photograph|image|picture|caption|video|file)\s*[:\-–—]\s*", re.IGNORECASE
)
#: Copyright notices: "© 2023 WSKG", "Copyright 2022 NPR.", "(c) 2021 ...", "All rights reserved".
COPYRIGHT: re.Pattern[str] = re.compile(
    r"""
      ^(?:copyright\s*:?\s*)?(?:©|\(c\)\s*\d)  # © 2023 ... / Copyright © 2015 / (c) 2021
    | ^copyright\s+(?:\d{4}|by\b|\d{4}\s*-)  # Copyright 2022 NPR / Copyright by ...
    | ^copyright\s+[A-Z][\w&.'’-]*(?:\s+[A-Z][\w&.'’-]*){0,3}\.?\s*$  # "Copyright PUNCH."
    | \ball\s+rights\s+reserved\b            # ... All rights reserved.
    """,
    re.I | re.X,
)

#: A copyright notice inside a short footer line ("... Limited. Copyright © 2026.").
_COPYRIGHT_INSIDE = re.compile(r"\b[Cc]opyright\s*:?\s*(?:©|\([cC]\)|\d{4})|©\s*\d{4}")

_CLOCK = r"(?:(?:\d{1,2}:)?\d{1,2}:\d{2}|\d{1,3}\s*′\s*(?:\d{1,2}\s*″)?)"
#: A reading-time note: "Reading Time: 3 minutes".
_READING_TIME_NOTE = (
    r"(?:estimated\s+)?(?:reading|read|listening)\s+time\s*:?\s*\d{1,3}\s*min(?:ute)?s?\.?"
)
#: Media-player lines: "0:00 0:00", "Listen · 3:45", "1:02:33 / 1:10:00", "5 min read".
MEDIA_PLAYER: re.Pattern[str] = re.compile(
    rf"""
      (?:(?:listen|watch|play|duration|audio|video|runtime|length)\b[^.!?\d]{{0,40}}?)?
      {_CLOCK}(?:\s*(?:/|of|[·•|–—-])?\s*{_CLOCK})*(?:\s*(?:min|mins|minutes)\b\.?)?
      (?:\s*[·•|–—-]?\s*(?:learn\s+more|more\s+info|listen|play|watch))?
    | \d{{1,3}}\s*[- ]?(?:min|mins|minute|minutes)\.?\s+(?:to\s+)?(?:read|listen|watch|video)
    | {_READING_TIME_NOTE}                                          # "Reading Time: 3 minutes"
    """,
    re.I | re.X,
)

_PHONE_NUMBER = r"(?:\+?1[\s.-]?)?\(?\d{3}\)?[\s.-]?\d{3}[\s.-]?\d{4}"
_PHONE_LABEL = r"(?:(?:phone|tel|telephone|call|fax|toll[- ]free|text|main|newsroom)\.?\s*[:.]?\s*)"
#: Phone-number lines: "(607) 729-0100", "Phone: 607-729-0100 | Fax: 607-729-7328".
PHONE: re.Pattern[str] = re.compile(
    rf"{_PHONE_LABEL}?{_PHONE_NUMBER}(?:\s*(?:[|,;/·•]|and)?\s*{_PHONE_LABEL}?{_PHONE_NUMBER})*",
    re.I,
)

#: USPS Publication 28 street suffixes (common forms and abbreviations).
STREET_SUFFIXES: tuple[str, ...] = (
    "Road", "Rd", "Street", "St", "Avenue", "Ave", "Av", "Boulevard", "Blvd", "Drive", "Dr",
    "Lane", "Ln", "Way", "Place", "Pl", "Court", "Ct", "Plaza", "Plz", "Square", "Sq",
    "Parkway", "Pkwy", "Highway", "Hwy", "Circle", "Cir", "Terrace", "Ter", "Trail", "Trl",
    "Pike", "Turnpike", "Tpke", "Row", "Broadway", "Center", "Ctr", "Alley", "Crescent",
    "Loop", "Expressway", "Freeway",
)  # fmt: skip
_CITY_ZIP = (
    r"[A-Z][\w'’.-]*(?:\s+[A-Z][\w'’.-]*){0,3},?\s+"  # city
    r"(?:[A-Z]{2}|[A-Z]\.\s?[A-Z]\.|[A-Z][a-z]+\.?(?:\s+[A-Z][a-z]+)?)"  # NY, N.Y., New York
    r",?\s+\d{5}(?:-\d{4})?"  # ZIP or ZIP+4
)
#: Street addresses and "City, ST 12345" lines: "601 Gates Road", "Vestal, NY 13850".
ADDRESS: re.Pattern[str] = re.compile(
    rf"""
      \d{{1,6}}[A-Za-z]?(?:-\d{{1,6}})?\s+                   # house number
      (?:[NSEW]\.?\s+|(?:North|South|East|West)\s+)?         # direction
      (?:[A-Z0-9][\w'’.-]*\s+){{0,4}}                        # street name
      (?:{"|".join(STREET_SUFFIXES)})\.?(?:\s+[NS][EW]?\.?|\s+[EW]\.?)?  # suffix, quadrant
      (?:,?\s*(?:Suite|Ste|Floor|Fl|Unit|Room|Rm|\#)\.?\s*[\w-]+)?
      (?:,\s*{_CITY_ZIP})?
    | {_CITY_ZIP}
    | P\.?\s?O\.?\s+Box\s+\d+(?:\s+Station\s+\w+)?(?:,\s*{_CITY_ZIP})?
    | (?:[A-Z][\w'’.-]*\s*,\s*)?[A-Z]\d[A-Z]\s?\d[A-Z]\d                # Canada, M5W 1E6
    """,
    re.X,
)

_MONTH = (
    r"(?:jan(?:uary)?|feb(?:ruary)?|mar(?:ch)?|apr(?:il)?|may|june?|july?|aug(?:ust)?"
    r"|sep(?:t(?:ember)?)?|oct(?:ober)?|nov(?:ember)?|dec(?:ember)?)\.?"
)
_WEEKDAY = r"(?:mon|tue|tues|wed|thu|thur|thurs|fri|sat|sun)(?:day|sday|nesday|rsday|urday)?\.?"
_DATE = (
    rf"(?:{_MONTH}\s+\d{{1,2}}(?:st|nd|rd|th)?(?:,?\s+\d{{4}})?"
    rf"|\d{{1,2}}\s+{_MONTH}(?:,\s*|\s+)\d{{4}}|\d{{4}}-\d{{2}}-\d{{2}}|\d{{1,2}}/\d{{1,2}}/\d{{2,4}}"
    r"|\d{1,2}-\d{1,2}-\d{4}"  # "30-04-2026" (Gulf papers)
    r"|\d{1,2}\.\d{1,2}\.\d{4}|\d{4}\.\d{2}\.\d{2}"  # "4.3.2026" (Finnish, German), "2026.05.11"
    rf"|\d{{1,2}}\.\s+{_MONTH}\s+\d{{4}})"  # "14. Apr 2026" (Slovak, Czech)
)
_TIME = (
    r"(?:\d{1,2}(?:[:.]\d{2}){1,2}(?:\s*[ap]\.?\s?m\.?|\s*(?:H|hrs)\.?)?|\d{1,2}\s*[ap]\.?\s?m\.?)"
)
_ZONE = (
    r"(?:[ECMP][SD]?T|[AN][SD]T|AK[SD]T|H[SD]T|GMT|UTC|BST|CES?T|EES?T|IST|IDT|AES?T|AWST|ACST|NZS?T|JST|KST|HKT|SGT|PHT"
    r"|WIB|ICT|PKT|NPT|EAT|CAT|WAT|SAST|MSK)\b(?:[+-]\d{1,2}(?::?\d{2})?)?"
)
_AGO = (
    r"\d+\s*(?:seconds?|minutes?|mins?|hours?|hrs?|days?|weeks?|months?|[hmd])\s+ago"
    r"|(?:an?|one)\s+(?:hour|minute|day|week)\s+ago"
)
#: A weather reading in a page header: "14°C", "61°F".
_WEATHER = r"-?\d{1,3}\s*°\s*[CF]?\b"
_WHEN = (
    rf"(?:{_DATE}|{_TIME}|{_ZONE}|{_AGO}|{_WEEKDAY}|{_WEATHER}|(?:\d+-day\s+)?forecast"
    r"|today|yesterday|\d{1,3}\s*min(?:ute)?s?\s+read|page\s+[A-Z]?\d{1,3})"  # "4 min read", "page 3"
)
_STAMP_LABEL = r"(?:last\s+|first\s+|originally\s+)?(?:updated|published|posted|modified|issued|submitted|publication\s+date)(?:\s+on|\s+at|\s+as\s+of)?\s*[:–-]?\s*"
#: A time stamp that says what it is ("Updated ...") is furniture on any page.
LABELLED_TIMESTAMP: re.Pattern[str] = re.compile(_STAMP_LABEL, re.I)
#: Time stamps: "Updated 3:15 PM ET, May 5, 2022", "Published May 5, 2022", "2 hours ago".
TIMESTAMP: re.Pattern[str] = re.compile(
    rf"""
      (?:[—–]\s*)?                                   # "— Updated at 4:12 p.m."
      (?:(?!By\s)[A-Z][\w&.'’-]*\s+(?:[A-Z\d][\w&.'’-]*\s+){{0,2}}(?:[·•|]|[-–—](?=\s))\s*  # an outlet: "CBC News · Posted: ...", "KYODO NEWS - Mar 14"
        |[A-Z][a-z]+\s+(?={_MONTH}\s+\d{{1,2}},?\s+\d{{4}})  # a section: "Nation Jun 3, 2026"
        |[A-Z][\w-]*\.[a-z]{{2,3}},\s*)?              # a site's address: "Agenda.ge, 18 May 2026"
      (?:{_STAMP_LABEL})?
      {_WHEN}(?:\s*(?:,|\||·|•|-|–|—|//|/|at|on|\.)?\s*(?:{_STAMP_LABEL})?{_WHEN})*\.?
      (?:\s+\([A-Z][\w&]*(?:\s+[A-Z][\w&]*){{0,2}}\))?            # "May 12, 2026 (Mainichi Japan)"
      (?:\s*\({_ZONE}\))?                                           # "08:45 (GMT+7)"
      (?:\s*\|\s*(?:story|article)(?:\s+id)?:?\s*\d{{3,}})?               # "| Story: 561873"
      (?:(?:\s+[-–|·]\s+|,\s*)(?:[A-Z][\w&]*(?:\.[a-z]{{2,3}})?(?:\s+[A-Z][\w&]*){{0,2}})(?:,\s*[A-Z][\w&]*){{0,3}})?  # - CHENNAI / , UK / | Japan, All / | TheTyee.ca
    """,
    re.I | re.X,
)

#: Print-edition and syndication notes: "A version of this article appears in print on ...".
REPRINT_NOTE: re.Pattern[str] = re.compile(
    r"^(?:a\s+version\s+of\s+this\s+(?:article|story)\s+(?:appears|appeared)\s+in\s+print"
    r"|this\s+(?:article|story)\s+(?:was\s+)?originally\s+(?:appeared|published)"
    r"|this\s+(?:report|story|article)\s+by\s+[^.]{1,60}\s+was\s+first\s+published\b"
    r"|order\s+reprints\b"
    r"|this\s+article\s+appeared\s+in\s+the\s+.{1,60}\s+(?:section|print\s+edition)"
    r"|published\s+in\s+(?:the\s+)?[A-Z][\w&'’ ]{1,40},\s+[A-Z][a-z]{2,8}\.?\s+\d"
    r"|\((?:updates|adds|recasts|corrects|changes|rewrites|refiles)\b[^()]{0,120}\)\.?$"
    r"|(?:correction|clarification)s?:\s)",  # "Correction: An earlier version of this ..."
    re.I,
)
#: A line pointing to another story: "RELATED: ...", "Read more: ...", "SEE ALSO | ...".
#: Only short segments are tested, so a story sentence that starts "Watch:" is left alone.
LINK_LABEL: re.Pattern[str] = re.compile(
    r"""
    (?:(?:read\s+)?related(?:\s+(?:stories|story|articles?|coverage|content|links?|reading|news|topics))?
      |(?:also\s+)?read(?:\s+(?:more|next|also))?|see\s+also|more(?:\s+(?:on\s+this|news|coverage))?
      |(?:also\s+)?(?:watch|listen)|recommended|don['’]t\s+miss|trending|editor['’]s\s+picks?
      |most\s+(?:read|popular)|latest|top\s+stories|from\s+our\s+partners|sponsored
      |go\s+deeper|related\s+video|read\s+more\s+(?:in|on)\s+[\w' ]{1,30}|read\s+more\s+about
      |obituar(?:y|ies)
      |also\s+on\s+[A-Z]\w+|see\s+more\s+on)
    (?:\s*(?::|\||»|›|>|–|—)|\s+-)\s*\S
    """,
    re.I | re.X,
)
#: A link to an author's page: "See stories by Itzel Barajas", "More articles by Ann Lee".
AUTHOR_LINK: re.Pattern[str] = re.compile(
    r"(?:See|More|View|Read|Browse)\s+(?:all\s+|more\s+)?(?:stories|articles|posts|columns)"
    r"\s+(?:by|from)\s+[A-Z][\w'’.-]*(?:\s+[A-Z][\w'’.-]*){0,3}"
)
#: A link's label opening a longer line: "Read more in Daily Maverick: Dry taps, ...",
#: "RELATED: Minnesota's drinking water fund is running dry. Lawmakers can't agree ...".
LONG_LINK_LABEL: re.Pattern[str] = re.compile(
    r"\[?(?i:read\s+more|read\s+also|also\s+read|read\s+next|related|see\s+also)"
    r"(?:\s+(?i:in|on|from)\s+[\w'’ ]{1,30})?"
    r"\s*:\s*\S"
)
#: A site's own promotion, even as a sentence: "Get the latest headlines delivered to your
#: inbox.", "Follow us on Instagram.", "Click here to subscribe." (the first-person "our" or
#: second-person phrasing keeps story sentences such as "Residents can sign up at city hall"
#: out).
PROMO: re.Pattern[str] = re.compile(
    r"""
    \b(?:delivered\s+(?:straight\s+|directly\s+|right\s+)?to\s+your\s+inbox
      |sign\s+up\s+(?:for|to)\s+(?:our|the)\s+(?:\w+\s+){0,2}(?:newsletters?|alerts?|emails?)
      |subscribe\s+(?:to\s+our|now|today|on\s+your|in\s+your)\b|follow\s+us\s+on
      |follow\s+(?:[A-Z][\w&'’-]*\s+){1,4}on\s+(?:facebook|twitter|x|instagram|tiktok|threads|bluesky|youtube)
       (?![^@]{0,12}@)                                   # "Follow Pam Key on Twitter @x": a credit
      |join\s+(?:our|the|[\w&'’.-]+['’]s)\s+(?:[\w&'’-]+\s+){0,3}(?:telegram|whatsapp|signal)\s+channel
      |^did\s+you\s+know\s+with\s+a\s+digital\s+subscription\b
      |^join\s+(?:[\w&'’.-]+\s+){1,3}(?:telegram|whatsapp|signal)(?:\s+(?:channel|group|community))?
       (?:\s+(?:now|today|here))?$                       # "Join Nigerian Tribune WhatsApp Now"
      |contact\s+(?:the\s+)?(?:news\s*desk|newsroom|us)\s+at\s+\S+@
      |(?:site|website)\s+uses\s+cookies|^privacy\s+notice:
      |sign\s+up\s+(?:for|to)\b.{0,60}\bnewsletters?|you\s+can\s+now\s+listen\s+to
      |premium\s+article|want\s+to\s+hear\s+from\s+you|sign\s+up\s+here\b|you['’]ve\s+read\s+\d+\s+(?:[\w&'’-]+\s+){0,4}articles?\b
      |i['’]ll\s+give\s+\$|don['’]t\s+miss\s+out\s+on|please\s+log\s*in|your\s+support\s+makes
      |member\s+station\s+of\b|acknowledges\s+the\s+traditional\s+(?:owners|custodians)
      |stay\s+with\s+.{1,30}\s+for\s+updates|never\s+miss\s+(?:a|our)\b
      |share\s+your\s+(?:\w+\s+)?story\s+with\s+(?:our\s+editors|us)    # Legit.ng
      |comments\s+are\s+moderated|501\(c\)\(\d|support\s+provided\s+by
      |make\s+(?:your|a)\s+gift|(?:listeners|readers|members)\s+like\s+you
      |(?:confidential\s+)?tip\s+for\s+our\s+reporters|get\s+in\s+touch\b
      |(?:independent|nonprofit|nonpartisan)\s+(?:global\s+)?news\s+organi[sz]ation
      |may\s+earn\s+(?:a\s+)?commission|by\s+subscribing,\s+you
      |successfully\s+subscribed|^disclosure:\s|this\s+article\s+first\s+appeared\s+(?:in|on)
      |^this\s+(?:report|story|article)\s+(?:by\s+[^.]{1,60}\s+)?was\s+(?:first|originally)
       \s+published\s+(?:on\s+)?(?:[A-Z][a-z]{2,8}\.?\s+\d|\d)    # CP, McClatchy sign-offs
      |(?:member-supported|nonprofit),\s+nonpartisan\s+(?:newsroom|news)|why\s+you\s+can\s+trust\b|exclusively\s+(?:to|for)\s+(?:[\w&'’-]+\s+){0,3}subscribers
      |check\s+out\s+.{0,40}\bon\s+[\w-]+\.(?:com|org|net)\b
      |download\s+(?:our|the)\s+(?:free\s+)?app|only\s+possible\s+with\s+your\s+(?:help|support)
      |^unlimited\s+(?:online\s+)?access\s+to\s+(?:articles|stories|our)
      |^get\s+exclusive\s+access\s+to\b|you['’]re\s+the\s+reason\s+[\w&'’ -]{1,40}\s+can\s+(?:report|cover|keep)
      |click\s+here\s+to|support\s+(?:our|independent|local)\s+journalism
      |^for\s+the\s+latest\s+news,\s+weather\b|\baffiliate\s+marketing\s+programs?\b
      |\be-?paper\s+and\s+read\b|^join\s+us\s+for\s+(?:conversations|[\w'’-]*fest\b)
      |^contact\s+(?:the\s+)?(?:[\w&'’-]+\s+){0,5}(?:team|desk)\s+with\s+(?:a\s+)?(?:story\s+idea|tip)
      |\bread\s+the\s+original\s+(?:version|article|story)\b
      |^stay\s+up[- ]to[- ]date\s+with\b
      |already\s+a\s+subscriber|become\s+a\s+(?:member|subscriber)\s+(?:today|now)
      |have\s+a\s+(?:news\s+)?tip\b.{0,120}\b(?:email|contact|call|send)\b
      |subscribe\s+for\s+(?:free|just|only|unlimited|\$)|you['’]ve\s+read\s+\d+\s+of\s+\d+
      |\d+\s+free\s+articles?|read\s+\d+\s+articles?\s+in\s+a\s+month
      |help\s+us\s+report\b|republish\s+(?:this|our)\s+(?:articles?|stor(?:y|ies))
      |download\s+(?:the\s+)?(?:\w+\s+){0,4}app\b|journalism\s+(?:is\s+)?funded\s+(?:by|through)
      |by\s+(?:signing\s+up|subscribing|submitting\s+(?:your|my|this)|clicking)\b.{0,60}\b(?:agree|consent)
      |get\s+(?:email\s+)?notifications\s+on|join\s+our\s+\w+\s+channel
      |(?:thanks|thank\s+you)\s+for\s+reading\b.{0,60}\bsubscribe
      |comments\s+below\s+have\s+not\s+been\s+moderated|views\s+expressed\s+in\s+the\s+contents
      |(?:ai|automated|synthetic|computer-generated)\s+(?:narration|voice)|listen\s+to\s+more\s+(?:stories|articles)
      |(?:a|our)\s+(?:free\s+)?(?:daily|weekly|monthly|twice-weekly)\s+newsletter
      |in\s+your\s+personali[sz]ed\s+(?:homepage|feed|news\s+feed)
      |in\s+the\s+palm\s+of\s+your\s+hand|delivered\s+every\s+(?:weekday|day|morning|evening|week)
      |comments\s+will\s+be\s+moderated|thank\s+you\s+for\s+subscribing|we\s+have\s+more\s+newsletters
      |we\s+use\s+your\s+sign-up|would\s+you\s+like\s+to\s+comment|subscribe\s+to\s+read
      |read\s+our\s+comment(?:ing)?\s+policy|register\s+\(?it['’]s\s+(?:quick|free)
      |register\s+(?:for\s+free\s+)?to\s+(?:read|continue|access|keep\s+reading)\b
      |published\s+by\s+.{1,60}\s+and\s+distributed\s+with
      |search\s+for\s+(?:news|symbols|articles|keywords|stories|topics)\b
      |(?:on|for)\s+ios\s+(?:or|and)\s+android|push\s+(?:alerts|notifications)
      |find\s+the\s+latest\s+episode|email\s+us\s+at\s+\S+@|have\s+a\s+story\s+idea
      |wherever\s+you\s+get\s+your\s+podcasts
      |for\s+a\s+reprint\s+of\s+this|track\s+latest\s+news|get\s+news\s+updates\s+from
      |comments\s+are\s+(?:now\s+)?closed|commenting\s+(?:for|on)\s+this\s+(?:story|article)\s+is\s+(?:now\s+)?closed
      |(?:removed|closed|disabled)\s+(?:its|the|our)\s+comments?\s+section|comments\s+do\s+not\s+represent
      |if\s+you\s+have\s+a\s+(?:twitter|facebook|x)\s+account|do\s+you\s+like\s+the\s+content\s+of\s+this
      |(?:was|is|did\s+you\s+find)\s+this\s+(?:article|story)\s+(?:helpful|useful)
      |by\s+providing\s+(?:an|your)\s+(?:email\s+address|information)|remind\s+me\s+later
      |is\s+an?\s+(?:nonprofit|non-profit|independent|national)\s+(?:news\s+site|newsroom)
      |this\s+(?:article|story)\s+was\s+produced\s+by\s+[A-Z]\w*|can\s+be\s+republished
      |watch\s+more\s+(?:of\s+)?our\s+videos|^visit\s+[\w!.&'’ -]{1,30}\s+now\W*$
      |not\s+permitted\s+to\s+download|to\s+purchase\s+the\s+image
      |find\s+this\s+(?:story|article)\s+in\s+my\s+bookmarks|we\s+will\s+use\s+your\s+email\s+address
      |^(?:and\s+)?(?:live\s+)?on\s+freeview\b
      |signing\s+up\s+for\s+(?:our|the)\b|listen\s+to\s+(?:the|our)\s+.{1,40}\s+podcast
      |coverage\s+of\s+.{1,60}\s+is\s+supported\s+by|got\s+a\s+(?:news\s+)?tip\b
      |follow\s+topics|subscribe\s+to\s+(?:the\s+)?[A-Z][\w]+\s+for\b|try\s+a\s+week\s+on\s+us
      |get\s+all-access|straight\s+to\s+your\s+inbox|declares?\s+no\s+competing\s+interests?
      |is\s+(?:a\s+)?part\s+of\s+.{1,40}\b(?:Media|Corporation|Group)\b
      |effort\s+to\s+address\s+widely\s+shared\s+misinformation|find\s+ap\s+fact\s+checks
      |our\s+work\s+to\s+fact-check|trust\s+principles|^video\s+(?:above|below)\s*:
      |support\s+for\s+.{1,60}\s+comes\s+from|donate\s+today|supported\s+(?:with|by)\s+your\s+(?:gifts|donations)
      |the\s+following\s+is\s+a\s+(?:press\s+)?release|published\s+as\s+received
      |comment\s+threads|mailing\s+list|^disclaimer:|like\s+.{1,30}\s+on\s+facebook
      |catch\s+all\s+the\s+latest|^shared\s+from\s+[A-Z]|free\s+(?:daily\s+|weekly\s+)?newsletter
      |enter\s+a\s+valid\s+email|to\s+your\s+inbox|for\s+more\s+news\s+from|send\s+you\s+(?:the\s+)?latest
      |making\s+our\s+journalism\s+possible|relies\s+on\s+(?:its|our)\s+(?:members|readers|supporters)
      |to\s+leave\s+a\s+comment|logged\s+in\s+to\s+comment|this\s+is\s+a\s+developing\s+story
      |^filed\s+under:|do\s+you\s+have\s+information\s+about
      |read\s+our\s+privacy\s+policy|protection\s+of\s+your\s+data|follow\s+@\w+\s+on\b
      |in\s+your\s+inbox|^for\s+more\s+information,?\s+(?:visit|call|go\s+to|see)\b
      |text-to-speech|not\s+responsible\s+for\s+the\s+content\s+of\s+external|transcript\s+provided\s+by
      |transcripts\s+are\s+created|please\s+check\s+back\s+for\s+updates|is\s+a\s+local\s+news\s+channel
      |published\s+with\s+the\s+support\s+of|already\s+contributed|receives\s+support\s+from
      |^\*\s*i\s+understand\s+and\s+agree|forum\s+has\s+been\s+closed
      |unlimited\s+digital\s+access|to\s+read\s+the\s+full\s+story|already\s+have\s+an\s+account
      |^advertise\s+with\b|comment\s+community|follow\s+.{1,40}\s+on\s+linkedin
      |opinions\s+expressed\s+are\s+(?:their|his|her|the\s+author)
      |published\s+in\s+the\s+print\s+edition\s+of
      |register\s+or\s+subscribe|save\s+articles\s+for\s+later|start\s+reading\s+now
      |member\s+of\s+(?:the\s+)?(?:[\w&'’-]+\s+){0,2}press\s+(?:council|ombudsman|standards)
      |safeguard\s+press\s+freedom|keep\s+[\w&'’-]+\s+free\s+for\s+all
      |(?:community|comment(?:ing)?)\s+guidelines|encourages\s+reader\s+discussion
      |thank\s+you\s+for\s+(?:signing\s+up|registering)|is\s+a\s+(?:registered\s+)?trademark\s+of
      |register\s+now\s*[.!]?\s*$|subscribers\s+only|(?:reach\s+out\s+to|contact)\s+this\s+reporter
      |by\s+using\s+this\s+(?:site|website)\b|powered\s+by\s+(?:our\s+)?(?:members|readers)
      |in\s+our\s+youtube\s+playlist|translation\s+of\s+an\s+original\s+article
      |opens\s+in\s+(?:a\s+)?new\s+(?:window|tab)|protected\s+by\s+recaptcha
      |creative\s+commons\s+licen[cs]e|may\s+be\s+republished|\barticles?\s+left\b
      |sign\s+up\s+for\s+a\s+free\s+account|submission\s+guidelines
      |(?:independent|nonprofit|non-profit|nonpartisan)(?:,\s*(?:independent|nonprofit|non-profit))?
       \s+(?:media|news)\s+(?:organi[sz]ation|network|outlet)
      |was\s+founded\s+in\s+\d{4}\s+as\s+an?\s+(?:independent|nonprofit|non-profit)
      |sister\s+publication\s+of|maintains\s+editorial\s+independence|e-mail\s+us\s+at\s+\S+@
      |offered\s+to\s+subscribers|subscription\s+options|syndicated\s+feed
      |share\s+your\s+feedback|may\s+not\s+be\s+reproduced|community\s+rules\s+apply
      |(?:privacy\s+policy|terms\s+of\s+service)\s+(?:is|are)\s+available\s+here
      |supported\s+in\s+part\s+by\s+(?:a\s+)?grants?\s+from
      |a\s+version\s+of\s+this\s+(?:article|story)\s+appeared\s+in
      |for\s+more\s+news,?\s+go\s+to|invalid\s+e-?mail|confirmation\s+e-?mail
      |we\s+welcome\s+your\s+(?:comments|feedback|letters)|welcomes\s+your\s+(?:opinions|comments|views)
      |there\s+are\s+no\s+recent\s+results|is\s+now\s+on\s+(?:whatsapp|telegram|google\s+news)
      |get\s+(?:breaking\s+)?news\s+alerts|acknowledges\s+(?:aboriginal|the\s+first\s+(?:peoples|nations))
      |may\s+include\s+material\s+from|send\s+us\s+a\s+message|get\s+(?:your\s+)?tickets\s+now
      |^this\s+was\s+published\b|audio\s+for\s+this\s+article\s+is\s+generated
      |opinions\s+of\s+our\s+readers|to\s+revisit\s+this\s+article|send\s+your\s+news\s+stories
      |watch\s+the\s+latest\s+episode|unlock\s+the\s+editor|published\s+since\s+[A-Z][a-z]+\s+\d{4}
      |for\s+just\s+[£$€]\d|be\s+part\s+of\s+the\s+conversation|stand\s+up\s+for\s+(?:truly\s+)?independent
      |form\s+error\s+message|check\s+your\s+inbox\s+to\s+confirm|unsubscribe\s+at\s+any\s+time
      |save\s+(?:this\s+)?articles?\s+by\s+registering|sign-?in\s+if\s+you\s+have\s+an\s+account
      |^listen\s+to\s+(?:[\w&.-]+['’]s\s+)?(?:\w+\s+){0,4}(?:report|story|segment|interview|piece)
       \s+(?:on|about)\b)\b
    """,
    re.I | re.X,
)
#: Page widgets and the closing notes of outlets and wires, whole short segments: comment
#: counters ("Comments (212)", "142 Likes", "16 more comments..."), stock tickers ("KTRN.N
#: +1.87%"), links marked ", opens new tab", wire and journal notes ("SOURCE Acme Corp",
#: "Provided by University of X", "Citation: ...", "More information: ..."), "Powered by".
WIDGET: re.Pattern[str] = re.compile(
    r"""
      (?i:(?:view\s+|load\s+|show\s+|read\s+)?comments?)\s*\(?\d[\d,]*\)?
    | \d[\d,.]*[kK]?\s+(?i:likes?|restacks?|comments?|shares?|replies|reactions?)\b.{0,3}
    | \d+\s+more\s+comments?.{0,4}
    | [A-Z0-9]{1,6}(?:\.[A-Z]{1,3})?\s+[+\-−]?\d+(?:\.\d+)?%
    | .{1,120},\s+opens\s+new\s+tab\.?
    | SOURCE\s+[A-Z].{0,80}
    | (?i:provided\s+by|powered\s+by|journal\s+information:|more\s+information:
         |citation:|source:\s+[\w.-]+\s*$).{0,300}
    | (?i:liked\s+by)\s+[A-Z].{0,60}
    | (?:Photo|Video|Logo)\s+-\s+https?://\S+
    | (?i:buy\s+(?:a\s+)?prints?\s+of\s+this\s+(?:photo|image|picture))
    | (?i:this\s+advertisement\s+has\s+not\s+loaded\s+yet\b.{0,80})   # Postmedia
    | \d{1,2}:\d{2}\s+-\s+Source:\s+.{1,40}
    | (?i:list\s+(?:\d+\s+of\s+\d+|of\s+\d+\s+items?)|end\s+of\s+list)
    | \d[\d,.]*[KkM]?\s+(?i:followers|following|claps?)
    | (?i:published\s+in)\s+(?:The\s+)?[A-Z][\w&'’ -]{1,40}
    | (?i:skip\s+to\s+).{1,80}
    | \d{1,2}\s+of\s+\d{1,2}                                   # a gallery's "2 of 8"
    | .{0,30}\b(?i:main\s+menu)
    | .{1,40}\s[-–|]\s*(?i:back\s+to\s+home(?:page)?)
    | (?i:published\s+by)\s+.{1,60}\b(?i:ltd|limited|inc|llc|plc|group|media|newspapers)\.?
    | (?:Sign\s+up|Subscribe)\s+(?:for|to)\s+(?:The\s+|the\s+|our\s+)?[A-Z][\w&'’ -]{1,40}
    | Follow\s+[\w&'’ -]{1,40}:
    | Listen\s+to\s+(?:the\s+)?[A-Z][\w&'’-]*(?:\s+[A-Z][\w&'’-]*){1,4}
    | More\s+(?:(?i:stories|news|articles)\s+)?(?:in|from|on)\s+[A-Z][\w&'’-]*
      (?:\s+(?:on|in|from|[A-Z][\w&'’-]*)){0,5}                      # "More in Environment"
    | (?:[A-Z]+\s+){0,4}(?:SUPPORT|DONATE|SUBSCRIBE|POSSIBLE|NEWSLETTER)(?:\s+[A-Z]+){0,4}[.!]?  # "SUPPORT NEWS YOU TRUST."
    | (?:TEXT\s+)?AD\s*:\s+.{1,160}                                   # "TEXT AD: Get your ..."
    | Audio\s+[Bb]y\s+[A-Z]\w+                                         # "Audio By Vocalize"
    | (?:Categories|Tags|Topics|Filed\s+under)\s*:\s*[A-Z][\w ,&'’-]{1,120}\.?  # "Categories: Economy, ..."
    | (?:[A-Z][\w&'’-]*\s+){0,2}(?:Series|Collections?)\s*:\s*[A-Z][\w ,&'’-]{1,80}  # "Mongabay Series: Oceans"
    """,
    re.X,
)
#: An author's note closing a pasted page: "Jane Doe is a senior reporter at The Lantern
#: covering ...", "Ann Lee is a correspondent on NPR's National Desk".
AUTHOR_BIO: re.Pattern[str] = re.compile(
    r"""[A-Z][\w'’.-]+(?:\s+[A-Z][\w'’.-]+){1,3}\s+(?:covers|reports\s+on|writes\s+about)\s
    | [A-Z][\w'’.-]+(?:\s+[A-Z][\w'’.-]+){1,3}\s+(?:is|was)\s+(?:a|an|the)\s+(?:[\w-]+\s+){0,4}?
    (?:reporter|correspondent|writer|editor|columnist|journalist|producer|contributor
      |photographer|photojournalist|fellow|intern)s?\b
    (?:\s+(?:at|for|with|on|based|covering|who\s+covers)\b)""",
    re.X,
)
#: Share of the page's prose paragraphs an author's note comes after.
AUTHOR_NOTE_AFTER: float = 0.6
#: Most words of such a note.
AUTHOR_BIO_MAX_WORDS: int = 80
#: A footer sentence that is no story text ("This document is subject to copyright.").
FOOTER_SENTENCE: re.Pattern[str] = re.compile(
    r"""\b(?:subject\s+to\s+copyright|this\s+(?:article|story)\s+has\s+been\s+reviewed
      |all\s+quotes\s+delayed|must\s+be\s+21\+|\bDOI:\s*10\.\d)
    # a print-edition or cross-posting note, a comment policy, a trademark or copyright
    # notice, an outlet's self-description, a feedback form, a newsletter or channel prompt
    | \A(?:a\s+version\s+of\s+this\s+(?:article|story)\s+appears\s+in\s+(?:the\s+)?print
        |this\s+(?:article|story)\s+(?:also\s+)?(?:appears|appeared)\s+in\s+[A-Z])
    | \bcomments?\s+(?:expressed|posted|published)\s+(?:here|below|on\s+this\s+(?:site|page))
    | \A(?:comments\s+will\s+be\s+(?:edited|moderated|reviewed))
    | \bcan\s+leave\s+comments\s+on\s+(?:our|this|these)\b|\bguidelines\s+on\s+commenting\b
    | \bregistered\s+trademarks?\s+of\b|\bunauthori[sz]ed\s+(?:use|reproduction)\s+(?:or\s+\w+\s+)?of\b
    | \badheres?\s+to\s+the\s+independent\s+press\s+standards\s+organisation  # IPSO
    | \A(?-i:[A-Z][\w&'’.-]*(?:\s+[A-Z][\w&'’.-]*){0,3})\s+(?:is\s+(?:a|an)\s+(?:[\w-]+\s+){0,3}
        (?:publication|news\s+(?:site|service|outlet|publication|platform))\b
        |provides\s+(?:essential\s+|independent\s+)?news\b)
    | \buse\s+this\s+form\s+to\s+send\b
    | \A(?:get|receive)\s+(?:the|our)\s+(?:[\w'’&-]+\s+){0,4}(?:newsletter|headlines|briefing)\b
    | \A(?:sign\s+up\s+for|stay\s+(?:ahead|up\s+to\s+date|informed)\s+with)\b
    | \bfollow\s+(?:[\w&'’-]+\s+){1,4}on\s+(?:whatsapp|telegram|google\s+news)\b
    | \bread\s+the\s+(?:[\w&'’-]+\s+){0,4}e-?paper\b
    | \bwe\s+need\s+your\s+help\s+to\s+keep\s+(?:working|going|reporting)\b
    | \Athis\s+audio\s+is\s+(?:generated|produced|created)\s+(?:by|with|using)\s+(?:an\s+)?ai\b
    | \Aread\s+a\s+summary\s+of\s+this\s+(?:article|story)\b
    | \A(?:video|watch)\s+(?:above|below)\s*:""",
    re.I | re.X,
)
#: Blog-style bylines with a date: "Posted on June 2, 2026 by admin", "Published by Jo Roe".
POSTED_BY: re.Pattern[str] = re.compile(
    r"(?:posted|published|written|submitted)(?:\s+(?:on\s+|at\s+)?[\w,:./ -]*?\d[\w,:./ -]*?)?"
    r"\s+by\s+[\w.@'’-]+(?:\s+[A-Z][\w.'’-]*){0,3}"
    r"(?:\s*(?:\||·|•|-|–|—)\s*[\w&'’ .,@-]{1,40}){0,3}\.?",  # | 3 comments | 8 min read
    re.I,
)
#: E-mail header lines of a forwarded or exported newsletter: "From: ...", "Subject: ...".
EMAIL_HEADER: re.Pattern[str] = re.compile(r"(?:From|To|Cc|Bcc|Sent|Date|Subject|Reply-To):\s")
#: A line that is only a web address or an e-mail address.
URL_LINE: re.Pattern[str] = re.compile(r"(?:https?://|www\.)\S+|[\w.+-]+@[\w-]+(?:\.[\w-]+)+")
#: Cookie banners and browser warnings.
CONSENT: re.Pattern[str] = re.compile(
    r"\b(?:we\s+use\s+cookies|use\s+of\s+cookies|accept\s+(?:all\s+)?cookies|enable\s+javascript"
    r"|javascript\s+is\s+disabled|ad\s?blocker|update\s+your\s+browser)\b",
    re.I,
)
#: A long line with this many menu separators and no final period is a footer's link row.
LONG_MENU_SEPARATORS: int = 4
#: Characters that separate menu items ("News | Sports | Weather").
MENU_SEPARATORS: str = "|•·›»"

#: Words of share/follow button rows ("Facebook Twitter Email", "Share on Facebook").
SOCIAL_WORDS: frozenset[str] = frozenset(
    {
        "facebook", "twitter", "x", "email", "e-mail", "mail", "print", "share", "shares",
        "tweet", "linkedin", "whatsapp", "pinterest", "reddit", "flipboard", "messenger",
        "telegram", "threads", "bluesky", "instagram", "youtube", "tiktok", "sms", "copy",
        "comment", "comments", "save", "bookmark", "rss", "podcasts", "spotify", "subscribe",
        "follow",
    }
)  # fmt: skip
#: Words that may stand beside :data:`SOCIAL_WORDS` in a button row.
SOCIAL_FILLER: frozenset[str] = frozenset(
    {
        "on", "via", "this", "the", "article", "story", "page", "us", "to", "with", "link",
        "url", "icon", "open", "new", "window", "in", "a", "and", "&", "apple", "google", "full",
    }
)  # fmt: skip
_TOKEN = re.compile(r"[\w&'-]+")

_WHEN_WORD = (
    r"(?:Monday|Tuesday|Wednesday|Thursday|Friday|Saturday|Sunday|January|February|March|April"
    r"|May|June|July|August|September|October|November|December|Then|Now|Today|Tonight|Law)"
)
_NAME = (
    r"[A-ZÀ-ÖØ-Þ][\w'’.-]*(?:\s+(?:[A-ZÀ-ÖØ-Þ][\w'’.-]*"
    r"|de|van|von|der|den|da|del|della|di|du|dos|das|do|la|le|bin|ibn|al|el|ter|y)){0,4}"
)
#: A byline without "By": a name of two to four words, a slash or a bar, the date
#: ("Ellison Marchetti / April 16, 2026").
NAME_DATE_BYLINE: re.Pattern[str] = re.compile(
    rf"[A-ZÀ-ÖØ-Þ][\w'’-]+(?:\s+[A-ZÀ-ÖØ-Þ][\w'’-]+){{1,3}}\s+[/|]\s+(?i:{_DATE})"
    rf"(?:,?\s+(?i:{_TIME}))?"
)
#: Bylines: "By Jane Doe", "By JANE DOE, Associated Press", "By Jane Doe and John Roe | CNN",
#: "By Jane Doe in Kyiv".
BYLINE: re.Pattern[str] = re.compile(
    rf"""
    (?:(?:Credits?:\s*)?[A-Z][\w&'’.-]*(?:\s+(?:(?:of|the|for)\s+)?[A-Z][\w&'’.-]*){{0,3}}\s*[|•·;]\s*)?  # "KHDR | By Name",
                                                      # "Credits: TPN; Author: Name;"
    (?:(?:(?i:{_WEEKDAY}),?\s+)?(?i:{_DATE})(?:,?\s+\d{{1,2}}[:.]\d{{2}}(?:\s*(?i:am|pm|a\.m\.|p\.m\.))?)?\s*(?:[|•·]|\s[-–—])\s*)?
                                                      # "Apr 22, 2026, 11:05 AM | Article By:"
    (?:By|BY|by|Written\s+by|Story\s+by|Article\s+(?i:by)|Words\s+by|Text\s+by|Video\s+by|Reported\s+by
      |Co-authored\s+by|Edited\s+by|WRITER:|Writer:|Author:|AUTHOR:)(?:\s?:|\s+[—–-])?\s+  # "By — Name", "By : Name"
    (?!{_WHEN_WORD}\b){_NAME}(?:\s+['’]\d{{2}})?                      # not "By Monday, ..."
    (?:\s*(?:,|and|&)\s+{_NAME}(?:\s+['’]\d{{2}})?){{0,4}}            # '27: a class year
    (?:\s+(?:in|at)\s+{_NAME})?                                   # "By Jane Doe in Kyiv"
    (?:\s+for\s+{_NAME})?                                         # "By Name for RFA Lao"
    (?:\s+on\s+(?i:{_DATE}))?                                     # "by Name on 14 April 2026"
    (?:\s+@\w{{1,30}})?                                            # "By Name @handle"
    (?:\s+(?i:{_DATE}))?                                          # "By Name   May 16, 2026"
    (?:\s+via\s+[A-Z][\w&.-]{{1,30}})?                            # "By Dana Okafor via LOCALISH"
    (?:\s*\[[\w.+-]+@[\w.-]+\])?                                   # "BY NAME [name@joongang.co.kr]"
    (?:\s+[\w.+-]+@[\w-]+(?:\.[\w-]+)+)?                              # "By Name name@globe.com"
    (?:\s*\((?i:contact|e-?mail)\))?                                   # "By Name (contact)"
    (?:\s*(?:,|\||/|-|–|—|·)\s*[\w&'’ .,@:/+-]{{1,60}}){{0,3}}    # , Associated Press / a date
    ;?
    """,
    re.X,
)
#: Bylines without "By": a name and the writer's role, in lower case or after a comma ("Sally
#: Weale Education correspondent", "Jane Doe, Staff Writer"); a title-case headline ending in
#: "Editor" is not one.
_FULL_NAME = (
    r"(?!The\s)[A-ZÀ-ÖØ-Þ\u0100-\u017f][\w'’.-]+(?:\s+[A-ZÀ-ÖØ-Þ\u0100-\u017f][\w'’.-]+){1,3}"
)
#: A caption that opens with its credit and a slash (the Chattanooga Times Free Press): "Staff
#: Photo by Ann Lee / Workers leave the plant on Tuesday." (six words or more after it).
CREDIT_FIRST_CAPTION: re.Pattern[str] = re.compile(
    rf"(?:(?:Staff|File|Contributed)\s+)?(?:Photo|Photograph|Image)\s+by\s+{_FULL_NAME}\s+/\s+"
    r"(?:\S+\s+){5}\S"
)
BYLINE_ROLE: re.Pattern[str] = re.compile(
    rf"""
    {_FULL_NAME}(?:\s*(?:,|and|&)\s+{_FULL_NAME}){{0,3}}
    (?:\s+(?:[\w&'’-]+\s+){{0,3}}(?:correspondent|reporter|editor|writer|columnist|journalist)s?
      |,\s+(?:[\w&'’-]+\s+){{0,3}}(?i:correspondent|reporter|editor|writer|columnist|journalist|staff)s?)
    # the role first: "Political reporter Ben Foster"; or the role alone, on the line under
    # the byline: "Staff Writer", "Books Editor", "Senior Political Correspondent"
    | {_FULL_NAME},\s+(?:University|College|Institute)\b[\w ,.&'’-]{{0,60}}  # Name, University of X
    | (?!(?:Get|Read|Listen|Watch|Sign|Download|Subscribe|Share|Follow|View|Open|Click|Try)\s)
      [A-Z][\w'’.-]+(?:\s+[A-Z][\w'’.-]+){{1,2}}
      \s*\((?:The\s+)?[A-Z][\w.&'’-]*(?:\s+[A-Z][\w.&'’-]*){{0,3}}\)  # Name (The Jakarta Post)
    | (?!The\s|All\s|[A-Za-z]+s\Z)  # not "All writers", nor a menu's "Columnists"
      (?:[A-Z][\w&'’-]*\s+(?:(?:of|for|and)\s+)?){{0,3}}
      (?i:correspondent|reporter|editor|writer|columnist|journalist)s?
      (?:\s+{_FULL_NAME})?(?:\s+@\w+)?                           # "... correspondent @handle"
      (?:\s*[·•|]\s*(?:[A-Z][\w&'’-]*\s*){{1,4}})*\s*[·•|]?            # "Health reporter·NZ Herald·"
    """,
    re.X,
)
#: Credit lines and sentences: contributions, reporting/editing notes, agency sign-offs.
CREDIT: re.Pattern[str] = re.compile(
    r"""
      (?i:\bcontribut(?:ed|ing)\s+(?:to\s+this\s+(?:report|story|article)
          |(?:additional\s+)?reporting)\b)
    | (?i:\bcontributed\s+from\s+)[A-Z][^.!?]{0,60}\.?\Z
    | ^(?:[A-Z][\w'’.-]*\s+){1,4}(?:contributed|reported\s+from\s+[A-Z][^.!?]{0,60})\.\Z
    | (?i:^[—–-]*\(?\s*(?:additional\s+)?(?:reporting|writing|editing|compiled|produced|research)
          \s+by\s)
    | ^(?i:additional\s+reporting)\s*:\s*[A-Z].{0,80}\Z              # Irish Times
    | ^(?i:this\s+(?:article|story|report)\s+was\s+contributed\s+by)\s+[A-Z][^.!?]{1,120}\.?\Z
                                                    # "This article was contributed by Kachin News Group"
    | ^Source\s+[-–—]\s+[A-Z][\w.&'’ -]{1,40}\Z                  # a repost's "Source - NewZimbabwe.com"
    | ^\(?(?i:with\s+(?:additional\s+)?(?:reporting|inputs?)\s+(?:by|from)\s+(?:the\s+)?)[A-Z]
                                        # "(With additional reporting by X)", "With reporting by the STA."
    | ^[—–]\s*[A-Z][\w'’.-]+(?:\s+[A-Z][\w'’.-]+){1,3}\s*(?:\([A-Z]{2,6}\))?(?:/[A-Z]{2,4})+\Z
                                                    # "— Thet Htar Swe (IPRD)/KZL": writer, office, editor
    | (?i:[;(]\s*(?:additional\s+)?(?:reporting|writing|editing)\s+by\s)
    | (?i:^(?:the\s+)?(?:associated\s+press|reuters|afp|agence\s+france-presse|cnn\s+wire)\.?\Z)
    | ^(?i:contributing):\s+[A-Z]                                  # USA Today: "Contributing: Name"
    | ^Follow\s+(?:[A-Z][\w'’.-]*\s+){1,4}on\s+(?:Twitter|X|Instagram|Threads|Bluesky):?\s+@\w+
    | ^(?:[—–-]+\s*)?\(?(?i:with\s+(?:inputs|files|reporting)\s+from)\s+[A-Z].{0,80}\Z  # (With inputs from X)
    | ^[—–-]+\s*(?i:with\s+assistance\s+from)\s+[A-Z]                   # Bloomberg
    | ^(?i:translated\s+(?:from\s+[A-Z]\w+\s+)?by)\s+[A-Z].{0,60}\Z         # "Translated from German by X"
    | ^(?i:edited\s+by)\s+[A-Z][^.]{1,60}\.\s+(?i:translated\s+(?:from\s+[A-Z]\w+\s+)?by)\s+[A-Z].{0,60}\Z
    | ^(?i:this\s+(?:article|story|report)\s+includes\s+reporting\s+(?:by|from))\s
    | ^(?i:this\s+(?:article|story|report)\s+is\s+based\s+on\s+(?:an?\s+)?(?:report|reporting|story|interview)s?\s+(?:by|from))\s
    | ^(?i:(?:by\s+)?staff\s+(?:writers?|reporters?)),?\s+(?i:with)\s+(?:[A-Z]{2,6}|(?i:agencies|reuters))\.?\Z  # Taipei Times
    | (?i:this\s+(?:story|article|report)\s+was\s+produced\s+in\s+partnership\s+with)\s
    | ^(?i:this\s+(?:story|article|report)\s+was\s+(?:produced|reported|made\s+possible)\s+with\s+(?:the\s+)?(?:financial\s+)?support\s+(?:from|of))\s[^.!?]{3,160}[.!?]?\Z
    | ^(?i:information|material)\s+from\s+[A-Z].{1,60}\s+(?i:was\s+used\s+in\s+this\s+(?:report|story|article))\.?\Z
    | [—–-]\s*(?i:with\s+(?:a\s+)?reports?\s+from)\s+[A-Z].{0,80}\Z    # Rappler, Inquirer
    | ^\([A-Z0-9][A-Z0-9 ]{1,20}\s+with\s+(?:AFP|AP|Reuters|agencies)\)\Z   # (FRANCE 24 with AFP)
    | ^\((?i:with)\s+(?:AFP|AP|Reuters|agencies|dpa|EFE|ANSA)\)\.?\Z            # (with AFP)
    | ^(?i:with)\s+(?:AAP|AFP|AP|PA|Reuters|agencies)\.?\Z                     # SBS: "With AAP"
    | ^Source:\s+[A-Z]{2,6}/[a-z]{1,4}(?:\([a-z]{1,4}\))?\Z                    # CNA: "Source: CNA/ih(ca)"
    | ^\(?(?i:with)\s+(?:[A-Z]{2,6}|(?i:agency))\s+(?i:inputs)\)?\.?\Z      # (With PTI inputs)
    | ^(?:[A-Z][\w'’.-]*\s+){1,3}(?i:writers?|reporters?|correspondents?)\s+[A-Z].{3,200}
       \s+contributed\.?\Z                                           # AP: "... writers X in Y and Z contributed."
    | \b(?:Reach|Contact|Email|E-mail)\s+(?:her|him|them|the\s+writer)\s+at\s+\S+@
    | ^Source:\s+[A-Z][\w.&'’ -]{0,40}(?i:\s+and\s+(?:news\s+)?agencies)\.?\Z  # Al Jazeera
    | ^(?:[A-Z][\w'’.-]*\s+){0,3}(?i:staff\s+)?(?i:writers?|reporters?|correspondents?)
       \s+(?:[A-Z][\w'’.-]*\s+){1,4}contributed(?:\s+to\s+this\s+(?:report|story))?\.\Z
                                                # "Post-Gazette staff writer Colin Deasy contributed."
    | (?i:\bis\s+local\s+(?:body|democracy)\s+journalism\s+co-funded\s+by)\s      # NZ's LDR note
    | ^(?i:this\s+(?:story|article|report|piece)\s+was\s+(?:supported|funded)\s+by)\s[^.!?]{3,160}[.!?]?\Z
    | ^\(?(?i:additional\s+inputs?\s+(?:by|from))\s+[A-Z][^()]{0,80}\)?\.?\Z        # (Additional input by X)
    | ^(?i:this\s+(?:article|story|report|piece)\s+(?:was|has\s+been)\s+translated)\s+
       (?:(?i:from|into)\s+[A-Z]\w+\s+){0,2}(?i:by)\s+[A-Z][^.!?]{1,80}\.?\Z          # ... translated from Marathi by X
    | ^[a-z]{1,4}(?:/[a-z]{1,4})+\s*\((?:[\w-]+(?:,\s*)?){1,5}\)\Z  # DW: "mf/sms (dpa, AFP)"
    | ^(?:[A-Z][\w'’.-]*\s+){1,4}(?:(?:of|from|at)\s+(?:[A-Z][\w'’.-]*\s+){1,3})?contributed
       \s+(?:[\w-]+\s+){0,2}(?i:analysis|research|reporting|photos?|photography|graphics|data)\.\Z
    | ^(?:Contact|Reach|Email)\s+(?:[A-Z][\w'’.-]*\s+){1,4}at\s+\S+@\S+  # author's contact line
    | \b(?:Reach|Contact|Email|E-mail)\s+(?:her|him|them)\s+at\s+\S+@\S+\.?\Z  # a tagline's end
    | ^(?i:(?:some\s+)?(?:information|material)\s+for\s+this\s+(?:report|story|article)
         \s+(?:came|comes)\s+from)\s+[A-Z].{0,80}\Z                    # VOA
    | ^\((?i:by)\s+[A-Z][\w'’.-]*(?:[\s-][A-Za-z][\w'’.-]*){0,3}
         (?:(?:,|\s+and)\s+[A-Z][\w'’.-]*(?:[\s-][A-Za-z][\w'’.-]*){0,3}){0,3}\)\.?\Z  # (By X and Y)
    | ^\[(?i:edited|reporting|writing)\s+by\s+[A-Z][^\]]{1,80}\]\Z        # Euractiv: [Edited by X/Y]
    | ^[A-Z][\w'’-]+(?:\s+[A-Z][\w'’-]+){1,2}\s+[–—]\s+[A-Z]{2,5}\Z           # "Vesa Laaksonen – HT"
    | ^\((?i:edited|written|reported|compiled)\s+by\s+[A-Z][^()]{1,80}\)\.?\Z   # (Edited by X)
    | ^\((?i:japanese|korean|chinese|french|spanish|german|arabic|russian|portuguese)
         \s+(?i:original|version)\s+by\s+[A-Z][^()]{1,80}\)\.?\Z                # Mainichi
    | ^\(?(?i:this\s+(?:article|story|report)\s+was\s+(?:written|reported|compiled)\s+by)
         \s+[A-Z][^()]{1,100}\)?\.?\Z                                           # Asahi
    | ^(?i:editors?|edited\s+by|sub-?editor|reporters?)\s*:\s*[A-Z][\w'’.-]+(?:\s+[A-Z][\w'’.-]+){1,3}
       (?:(?:,|\s+and)\s+[A-Z][\w'’.-]+(?:\s+[A-Z][\w'’.-]+){1,3}){0,3}\.?\Z   # Reporter: X, Y
    | ^(?i:(?:abridged\s+)?translation\s+by)\s+[A-Z][\w'’.-]+(?:\s+[A-Z][\w'’.-]+){1,3}\.?\Z
    | \b(?i:translation\s+by)\s+[A-Z][\w'’.-]+(?:\s+[A-Z][\w'’.-]+){1,3}\.?\Z  # "... Translation by X."
    | ^(?i:with\s+information\s+from)\s+[A-Z][^.!?]{1,60}\.?\Z                # Dominican Today
    | ^(?i:additional\s+report\s+by)\s+[A-Z]                                   # Vanguard
    | ^(?:[—–-]+\s*)?\(?(?i:with\s+(?:a\s+)?reports?\s+from)\s+[A-Z].{0,80}\Z  # With a report from X
    | ^Via\s+[A-Z]{2,6}(?:,\s*[A-Z][\w.-]+){0,3}\.?\Z                        # "Via MTI, Index.hu"
    | ^Source:\s+[A-Z][\w'’.-]+(?:\s+[A-Z][\w'’.-]+){1,3},\s+(?:Contributor|Correspondent|Reporter|Writer)\Z
    | ^[—–]\s*[A-Z][\w'’.-]+(?:\s+[A-Z][\w'’.-]+){1,3}\s+\(@\w{2,30}\),\s+[A-Z][\w ]{2,40}\Z
                                                                    # "—Name (@handle), Science Writer"
    """,
    re.X,
)

#: A photographer's bare name in parentheses closing a caption: "... (Leo Castellano)".
_NAME_CREDIT_TAIL: re.Pattern[str] = re.compile(
    r"\s\(([A-Z][\w'’-]+)\s(?:[A-Z][\w'’-]+\s)?[A-Z][\w'’-]+\)\.?\Z"
)
#: A note on an article's audio version: "Produced by ElevenLabs ... using AI narration."
AUDIO_NOTE: re.Pattern[str] = re.compile(
    r"\b(?:AI|automated|synthetic|computer-generated)\s+(?:narration|voice)\b", re.I
)

#: Photo agencies named in credits.
_AGENCY = (
    r"(?:AP|AFP|Reuters|Getty\s+Images|Getty|EPA(?:-EFE)?|Shutterstock|Bloomberg|Sipa(?:\s+USA)?"
    r"|Redux|ZUMA(?:\s+(?:Press|Wire))?|NurPhoto|Pool|TASS|Xinhua|Anadolu(?:\s+Agency)?|UPI"
    r"|Alamy|iStock|Imagn|USA\s+TODAY(?:\s+Network)?|The\s+New\s+York\s+Times"
    r"|The\s+Washington\s+Post|PRNewsfoto|REUTERS|XINHUA|picture\s+alliance)"
)
_STRICT_AGENCY = (
    r"(?:AP|AFP|Reuters|Getty\s+Images|Getty|EPA(?:-EFE)?|Shutterstock|Alamy|iStock|PA(?:\s+Wire)?)"
)
#: A word in capitals, accented ones included ("QUÉMÉNEUR").
_CAPS_WORD = r"[A-ZÀ-ÖØ-Þ][A-ZÀ-ÖØ-Þ'’.-]+"
_PHOTO_WORD = r"(?i:photo|photograph|foto|image|illustration|picture|pic|visual|video\s+still|screenshot|screengrab)s?"
#: A photo credit in parentheses closing a caption: "(AP Photo/Michal Dyjuk)", "(Getty Images)".
PHOTO_CREDIT_TAIL: re.Pattern[str] = re.compile(
    rf"""
    \(\s*(?:
        (?:{_AGENCY}\s+|(?i:file)\s+|(?:[A-Z0-9][\w&.-]*\s+){{1,3}}(?i:file\s+)?)?{_PHOTO_WORD}\b[^()]{{0,120}}  # (AP Photo/...), (DTN file photo by ...), (8News Photo/...)
      | (?i:courtesy|credit)\b[^()]{{0,120}}                       # (Courtesy of the family)
      | (?i:source)\s*:\s*[A-Z][^()]{{1,60}}                        # (Source: WSFA 12 News)
      | (?:Submitted|Supplied|Contributed)\s+by\s+[^()]{{2,60}}     # (Submitted by Ann Lee)
      | [^()]{{0,80}}/\s*{_AGENCY}\b[^()]{{0,60}}                   # (NAME/AFP/Getty Images)
      | {_STRICT_AGENCY}(?:\s*/\s*[^()]{{1,60}})?                  # (Getty Images)
      | {_FULL_NAME}\s*/\s*[A-Z][^()]{{1,40}}                       # (Marc-André Belliveau/CBC)
      | [A-Z]{{2,6}}/{_FULL_NAME}                                       # (MEE/Nadia Kassem)
      | (?:[A-Z][\w&'’.-]*\s+){{1,3}}[A-Z0-9][\w&'’.-]*/{_FULL_NAME}   # (Spectrum News 1/Grant Talley)
      | {_FULL_NAME}\s+for\s+(?:The\s+)?[A-Z0-9][\w.&'’-]*(?:\s+[A-Z][\w.&'’-]*){{0,3}}  # (Name for The Post)
      | {_FULL_NAME},\s+(?i:special\s+to)\s+(?:The\s+)?[A-Z0-9][\w.&'’-]*(?:\s+[A-Z][\w.&'’-]*){{0,3}}  # (Name, Special to The Sun)
      | {_FULL_NAME}\s+[-–—]\s+(?:(?i:for|special\s+to)\s+(?:the\s+)?)?[A-Z][\w.&'’-]*(?:\s+[A-Z][\w.&'’-]*){{0,3}}
                                                          # (Name - Anadolu Agency), (Name — For the Times-Standard)
      | [A-Z][\w .&'’-]{{1,30}},\s*{_FULL_NAME}\s+(?i:photo)         # (Taiwan News, Name photo)
      | (?:[A-Z][\w'’.&-]*\s+){{1,5}}(?:Office|Department|Police|Service|Agency|Authority
          |Council|Ministry|University|Hospital|Handout|Agencies)      # (Tamsen County Sheriff's Office)
      | [A-Z][\w .&'’-]{{1,40}}:\s*{_FULL_NAME}                      # (ABC News: Jack Dunleavy)
    )\s*\.?\s*\)\.?\Z
    """,
    re.X,
)
#: A wire caption's opening words ("This photo, provided by the fire service, shows ...",
#: "In this image released by ..."): with a source in parentheses at its end, a caption.
WIRE_PHOTO_OPENER: re.Pattern[str] = re.compile(
    r"(?:In\s+)?[Tt]his\s+(?:[\w-]+\s+){0,2}(?:photo(?:graph)?|image|picture|screenshot"
    r"|screengrab|video\s+grab)s?\b"
)
#: A labelled photo credit closing a caption: "... Photograph: Owen Hughes/PA".
PHOTO_CREDIT_LABEL: re.Pattern[str] = re.compile(
    rf"(?:\b(?:{_PHOTO_WORD}|(?i:(?:photo|image)\s+(?:credits?|courtesy)))\s*:\s*|\bCredit\s*(?::|\.{{2,}}|…)\s*"
    r"|(?:[—–]|(?<=[.!?])\s(?:-\s)?)\s*(?:Photo|Picture|Image)\s+by\s+)"  # "... — Photo by Name/White Star",
    # "... this year. Photo by Maxime Sauvé /Montreal Gazette", "... — Photo by author"
    # ("... to close. Photo: Aidan Creaven.": one full stop may end it)
    # (a middle initial's dot too: "Photo: Abraham T. Wleh"; a site's: "Photo: Civil.ge")
    r"(?:[A-Z]|(?i:courtesy\s)|(?:the\s+)?(?:author|writer|reporter)\b)"
    r"(?:[^.!?()]|(?<=\s[A-Z])\.|(?<=[a-z])\.(?=[a-z]{2,6}\b)){0,80}\.?\Z"
)
#: A line that is only a photo credit: "Getty.", "Scott Olson via Getty Images.", "Credit: ...".
PHOTO_CREDIT_LINE: re.Pattern[str] = re.compile(
    rf"""
      (?:(?:[A-Z][\w&'’-]*\s+){{0,2}}(?:(?i:file|staff)\s+)?{_PHOTO_WORD}(?:\s+(?i:credits?))?\s*(?:by\b|:)
         |(?i:credit)\s*(?::|\.{{2,}}|…))\s*\S.{{0,100}}                # "Courier file photo by Name"
    | (?:Image|Photo|Picture|Media|Video)\s+(?:source|caption|credit)s?\s*[,:]\s*\S.{{0,200}}  # BBC
    | [^!?]{{0,80}}?(?:\s+via\s+|\s*/\s*){_AGENCY}\.?
    | {_STRICT_AGENCY}(?:\s*/\s*[\w ]+)*\.?
    | {_FULL_NAME}\s*/\s*(?i:(?:staff\s+|contributing\s+|freelance\s+)?photographer)  # Name/Staff photographer
    | (?:[A-Z][\w&'’-]*\s+)?(?:Photo|Picture|Image|photo)s?\s*/\s*{_FULL_NAME}
                                            # NZ Herald: "Photo / Name"; "World photo/Name"
    | (?:Photo|Picture)\s+{_FULL_NAME}\s+[A-Z]*\d[\w-]*\d              # "Photo Kurt Vesey D6114-02"
    | (?:The\s+)?(?:[A-Z][\w&'’.-]*\s+){{1,3}}(?i:file|staff)\s+(?i:photo(?:graph)?|image)s?\.?
                                                                    # "Nonpareil file photo"
    | (?:The\s+)?[A-Z][\w&'’.-]*(?:\s+[A-Z][\w&'’.-]*){{0,2}}\s+(?:Photo|PHOTO)\.?
                                                                    # "Observer Photo", "AP Photo"
    | [A-Z][A-Za-z]*(?:foto|photo|Photo)s?\s+by\s+{_FULL_NAME}          # "SUNfoto by Name"
    | {_FULL_NAME}\s*~\s*(?:The\s+)?[A-Z][\w.&'’-]*(?:\s+[A-Z][\w.&'’-]*){{0,3}}  # Name ~ Outlet
    | [a-z]?[A-Z]{{2,}}[A-Za-z&-]{{0,10}}\s*/\s*{_FULL_NAME}             # eNCA/Name, RNZ/Name
    | Source\s*:\s*©?\s*{_FULL_NAME}\s*/\s*[A-Z][\w.&'’ -]{{1,40}}          # Source: © Name/Agency
    | (?i:photographed|illustrated)\s+by\s+{_FULL_NAME}(?:\s+for\s+(?:The\s+)?[A-Z][\w.&'’-]*(?:\s+[A-Z][\w.&'’-]*){{0,3}})?
    | \(?{_FULL_NAME}\s*/\s*[A-Z][\w.&'’-]*(?:\s+(?:(?:of|for|and|the)\s+)?[A-Z][\w.&'’-]*){{0,4}}
      (?:/[A-Z][\w.&'’-]*)?\)?\.?                                   # Name/Univ. of Calder Ridge
                                                                    # Dale Winfield/WKRF, Name / DCist/WAMU
    | [A-Z][\w'’.-]+(?:\s+[A-Z][\w'’.-]+){{1,2}}\s+for\s+              # Maya Ferreira for NPR
      (?:[A-Z]{{2,6}}|The\s+[A-Z][\w.&'’-]*(?:\s+[A-Z][\w.&'’-]*){{0,3}}
        |[A-Z][a-z]+[A-Z][A-Za-z]+)\.?                                # ... for ProPublica
    | (?i:courtesy\s+of)\s+[A-Z].{{1,100}}
    | {_FULL_NAME}\s+[\w.+-]+@[\w-]+(?:\.[\w-]+)+                    # McClatchy: "Name email"
    | {_FULL_NAME}(?:\s*\|\s*[A-Z][\w .&'’-]{{1,30}}){{0,2}}\s*\|\s*{_AGENCY}  # Name | Bloomberg | Getty Images
    | (?i:(?:submitted|contributed|courtesy|file|handout|supplied)\s+(?:photo|image|picture)s?
          |(?:photo|image|picture)s?\s+(?:courtesy\s+of\s+\S.{{0,80}}|submitted|supplied|handout))\.?
    | {_FULL_NAME},\s+(?:The\s+)?[A-Z][\w.&'’-]*(?:\s+[A-Z][\w.&'’-]*){{0,3}}\s+(?i:file(?:\s+photo)?)\.?
                                                                    # Name, Tulsa World file
    | \((?:The\s+)?(?:[A-Z][\w.&'’-]*\s+){{1,4}}(?i:files?|file\s+photo)\)   # (Brandon Sun files)
    | (?i:contributed|submitted|courtesy|handout|supplied)\s*/\s*[A-Z][\w.&'’ -]{{1,60}}
                                                      # Contributed / Zumbro Valley Housing Alliance
    | {_FULL_NAME},\s+(?:[A-Z][\w.&'’-]*\s+){{0,3}}(?i:(?:staff|chief|senior|contributing|freelance)\s+)?
      (?i:photographer|photojournalist|photo\s+editor)            # Name, Courier Staff Photographer
    """,
    re.X,
)
#: A photographer's name and an outlet of one plain word, on a line of its own: "Jonah Pell
#: for Fortune" (a credit when the name's first word is a listed first name).
_NAME_FOR_OUTLET: re.Pattern[str] = re.compile(
    r"(?P<first>[A-Z][\w'’-]+)(?:\s+[A-Z][\w'’.-]+){1,2}\s+for\s+[A-Z][a-z]+(?:\s+[A-Z][a-z]+){0,2}\.?"
)
#: An outlet, a slash and a photographer's name: "The STAR / Ramon Cabrera" (a credit when
#: the name's first word is a listed first name: not "News / Community Health").
_OUTLET_SLASH_NAME: re.Pattern[str] = re.compile(
    r"(?:The\s+)?[A-Z][\w&.'’-]*\s*/\s*(?P<first>[A-Z][\w'’-]+)(?:\s+[A-Z][\w'’.-]+){1,2}"
)


def _photo_credit_line(s: str) -> bool:
    """The line is only a photo credit (:data:`PHOTO_CREDIT_LINE`; :data:`_NAME_FOR_OUTLET`
    and :data:`_OUTLET_SLASH_NAME` when the name opens with a listed given name)."""
    if PHOTO_CREDIT_LINE.fullmatch(s):
        return True
    if s[:1] in "([" and s[-1:] in ")]" and PHOTO_CREDIT_LINE.fullmatch(s[1:-1].strip()):
        return True  # "(Image: Sonia Cattermole)", "(photo credit: Courtesy X)"
    m = _NAME_FOR_OUTLET.fullmatch(s) if " for " in s else None
    if m is None and "/" in s:
        m = _OUTLET_SLASH_NAME.fullmatch(s)
    return m is not None and _listed_first_name(m.group("first"))


#: A photographer's line under a caption: a name in capitals ("MARISOL ECHEVERRIA-KANE"), or
#: a name and the outlet after a comma or a bar ("RACHEL ODOM, SENTINEL-LEDGER", "Dorian
#: Kessel | MPR News"), or "Photo via Facebook/Page".
PHOTOGRAPHER_LINE: re.Pattern[str] = re.compile(
    rf"""(?:
      [A-ZÀ-Þ][A-ZÀ-Þ'’.-]+(?:\s+[A-ZÀ-Þ][A-ZÀ-Þ'’.-]+){{1,3}}
        (?:\s*[,|/]\s*[A-Z][A-Za-z .&'’-]{{1,40}})?
    | {_FULL_NAME}(?:\s*[|/]\s*[A-Z][\w .&'’-]{{1,40}}){{1,3}}      # "Name | LNP | LancasterOnline"
    | (?:Photo|Image)s?\s+via\s+[A-Z][^\n]{{1,60}}
    | [A-ZÀ-Þ][A-ZÀ-Þ'’.-]+(?:\s+[A-ZÀ-Þ][A-ZÀ-Þ'’.-]+){{1,3}}\s+[—–]\s+[A-Z][A-Z .&'’-]{{1,40}}
                                                  # "LUCIAN CIARDELLI — THE BERKSHIRE EAGLE"
    )""",
    re.X,
)
#: A name and an e-mail address after a bar: a byline, or under a caption its photographer's.
_NAME_EMAIL_LINE: re.Pattern[str] = re.compile(rf"{_FULL_NAME}\s*\|\s*[\w.+-]+@[\w-]+(?:\.[\w-]+)+")
#: A photographer's name and outlet in capitals ending in "PHOTO", no separator: "SADIE
#: TENBRINK RMO PHOTO" (the Rocky Mountain Outlook), "ANN LEE FILE PHOTO".
_CAPS_PHOTO_CREDIT: re.Pattern[str] = re.compile(
    r"[A-ZÀ-Þ][A-ZÀ-Þ'’.-]+(?:\s+[A-ZÀ-Þ][A-ZÀ-Þ'’.&-]*){1,4}\s+(?:FILE\s+)?(?:PHOTOS?|PHOTOGRAPH)"
)
#: Fewest characters of a caption's teaser cut off with an ellipsis above the caption.
TRUNCATED_CAPTION_MIN_CHARS = 30
#: A photographer's name and "The" outlet with no separator: "Warren Minkowski The
#: Bellingham Herald" (McClatchy's pages).
_NAME_THE_OUTLET: re.Pattern[str] = re.compile(
    r"(?P<first>[A-Z][\w'’-]+)(?:\s+[A-Z][\w'’.-]+){1,2}\s+The\s+[A-Z][\w&'’.-]*"
    r"(?:\s+[A-Z][\w&'’.-]*){0,3}"
)
#: The separator between a photographer and the outlet on a credit line.
_CREDIT_SEPARATOR: re.Pattern[str] = re.compile(r"[,|/]|\s[—–]\s")


#: A photographer's name and an outlet after a comma: "Owen Paszkiewicz, The Detroit News".
_NAME_COMMA_OUTLET: re.Pattern[str] = re.compile(
    rf"{_FULL_NAME},\s*((?:The\s+)?[A-Z][\w&'’.-]*(?:\s+[A-Z][\w&'’.-]*){{0,3}})"
)


def _name_and_page_outlet(text: str, segs: list[_Segment]) -> bool:
    """``Name, Outlet`` where the outlet is a line of its own on the page (the site's name
    in its header, or the affiliation under the byline): a photographer's credit."""
    m = _NAME_COMMA_OUTLET.fullmatch(text)
    if m is None:
        return False
    outlet = m.group(1)
    bare = outlet[4:] if outlet.startswith("The ") else outlet  # "Roanoke Times" in the header
    return any(
        seg.text.strip() in (outlet, bare)
        # "© Copyright 2026 Missoulian, 500 S. Higgins Ave": the site's name in its footer
        or (seg.pattern == "boilerplate" and _COPYRIGHT.search(seg.text) and bare in seg.text)
        for seg in segs
    )


#: A copyright notice's mark or word.
_COPYRIGHT: re.Pattern[str] = re.compile(r"©|\(c\)|\b(?i:copyright)\b")


def _byline_shares_domain(line: str, segs: list[_Segment]) -> bool:
    """Another line of the page is a byline ("By ...") with an e-mail address at the same
    domain as ``line``'s: ``line`` names a colleague, the photographer."""
    domain = line.rsplit("@", 1)[-1].strip().lower()
    return any(
        seg.text.startswith(("By ", "BY ")) and seg.text.lower().rstrip().endswith("@" + domain)
        for seg in segs
        if seg.n_words <= SHORT_MAX_WORDS and "@" in seg.text
    )


#: Section names a site's tagline lists ("Barbados News, Sports, Business & Entertainment").
SECTION_WORDS: frozenset[str] = frozenset(
    {"news", "sports", "sport", "business", "entertainment", "politics", "lifestyle",
     "weather", "opinion", "culture", "health", "travel", "technology", "tech", "science",
     "arts", "music", "food", "events", "features", "video", "videos", "obituaries"}
)  # fmt: skip
_LIST_SEPARATOR: re.Pattern[str] = re.compile(r"\s*(?:,|&|\band\b|\|)\s*")


def _section_list(s: str) -> bool:
    """A line listing at least three sections, each ending in a section word, no stop."""
    if "," not in s or len(s) > 120 or SENTENCE_END.search(s[-1:]):
        return False
    items = [x for x in _LIST_SEPARATOR.split(s) if x]
    return len(items) >= 3 and all(
        x.split()[-1].lower() in SECTION_WORDS and x[:1].isupper() for x in items
    )


#: A separator on a line of its own between a photographer and an outlet ("Name", "/", "WVXU").
CREDIT_SEPARATORS: frozenset[str] = frozenset({"/", "|", "-", "–", "—", "·"})


def _capitalised_short_line(seg: _Segment) -> bool:
    """A line of at most four words, each capitalised, with no sentence stop: a name or an
    outlet ("Brynn Hoversten", "IPR")."""
    words = seg.text.split()
    return (
        seg.pattern in (None, "caption", "credit")
        and 1 <= len(words) <= 4
        and all(w[:1].isupper() for w in words)
        and not SENTENCE_END.search(seg.text[-2:])
    )


def _barred_photographer(seg: _Segment) -> bool:
    """A line read as a menu that is a photographer's name and outlets between bars ("Dwayne
    Seibert | LNP | LancasterOnline"): the name opens with a listed given name."""
    text = seg.text.strip()
    return (
        "|" in text
        and PHOTOGRAPHER_LINE.fullmatch(text) is not None
        and _listed_first_name(text.split(None, 1)[0])
    )


def _photographer_line(text: str) -> bool:
    """:data:`PHOTOGRAPHER_LINE`, and a line in capitals holds a word that is no common
    English word (a heading in capitals, "WORKERS SENT HOME", is no name)."""
    if PHOTOGRAPHER_LINE.fullmatch(text) is None:
        return False
    if not text.isupper():
        return True
    from .people import common_english_words

    words = re.findall(r"[A-Za-zÀ-ÿ'’-]+", text.split(",")[0].split("|")[0])
    return any(w.lower() not in common_english_words() for w in words)


#: A photo's source closing a caption after its last sentence (a segment with quotation
#: marks is story): an outlet, agency or firm in brackets ("... oasis. (SPA)", "(Mainichi/
#: Rina Tsuchida)", "(Gobierno de Tlalixtac/Facebook)", "[Shutterstock/Arvid Lemmens]"; not
#: HuffPost's "[Lee Moran, HuffPost]"), a source after a bullet or a bar ("• Getty Images",
#: "| KYODO", "PHOTO | GODFREY ASIIMWE", "| Name for POLITICO"), "© Name/Agency", "— NAME/The
#: Star", "Name/Sixth Tone", "— VNA/VNS Photo Name", and the stock notes "File photo", "Image
#: for representation".
CAPTION_SOURCE_TAIL: re.Pattern[str] = re.compile(
    rf"""(?:
      [.!?]\s*\((?:[A-Z][\w&'’.-]*(?:\s+[A-Z][\w&'’.-]*){{0,3}}
                  |[A-Z][\w.-]*(?:\s+(?:de|del|la|of|the|[A-Z][\w.'’-]*)){{0,5}}/[A-Z][^()]{{1,40}})\)
    | [.!?]\s+\[(?:{_AGENCY}|{_FULL_NAME})\s*/\s*[A-Z][\w .'’-]{{1,30}}\]
    | \s[•|]\s*{_AGENCY}
    | [.!?]\s+\|\s+[A-Z]{{2,}}(?:\s+[A-Z]{{2,}}){{0,2}}
    | [.!?]\s+PHOTO\s*\|\s*[A-Z][A-Z .'-]{{2,40}}
    | [.!?]\s+\|\s+{_FULL_NAME}\s+for\s+[A-Z][\w&]*(?:\s+[A-Z][\w&]*){{0,2}}
    | \s©\s*{_FULL_NAME}\s*/\s*[A-Z][\w&'’.-]*(?:\s+[A-Z][\w&'’.-]*){{0,2}}
    | [.!?]\s+[—–]\s*[A-Z][A-Z .'’-]{{3,40}}/(?:The\s+)?[A-Z][\w&'’.-]*(?:\s+[A-Z][\w&'’.-]*){{0,2}}
    | [.!?]\s+{_FULL_NAME}/[A-Z][\w&'’.-]*(?:\s+[A-Z][\w&'’.-]*){{0,3}}
    | [.!?]\s+[—–]\s*[A-Z]{{2,}}/[A-Z]{{2,}}\s+Photo\s+[^.!?]{{2,40}}
    | [.!?]\s+(?i:file\s+photo|(?:image|photo|picture)\s+(?:used\s+)?for\s+representation(?:al\s+purposes?)?)
    | [.!?]\s+(?:Photo|Image|Picture)s?\s*:\s*{_FULL_NAME}\s*/\s*[A-Z][\w.&-]+
    | [a-z0-9][.!?]{_FULL_NAME}\s*/\s*(?:The\s+)?[A-Z][\w.&'’ -]{{1,40}}
    )\.?\Z""",
    re.X,
)
#: A photo credit closing a caption after a slash or a pipe, with no brackets:
#: "... March 3, 2026. REUTERS/Celine Marrow/File Photo", "... on Wednesday. | Kevin Ostrander/POLITICO".
PHOTO_CREDIT_SLASH: re.Pattern[str] = re.compile(
    rf"""
      \b(?:REUTERS|Reuters|AP|AFP|EPA|XINHUA|EFE|ANSA|DPA|dpa|AAP|PTI|ANI|IANS|TASS|Yonhap)/
        [A-Z][\w .'’-]{{1,40}}(?:/(?i:file\s+photo))?\.?
      (?:\s+[A-Z][\w ]{{0,40}},\s*opens\s+new\s+tab)?\Z           # "Purchase Licensing Rights, opens new tab"
    | \|\s*{_FULL_NAME}\s*/\s*[A-Z][\w.&'’ -]{{1,40}}\Z
    | \|\s*{_PHOTO_WORD}\s+by\s+{_FULL_NAME}\s*\|\s*[A-Z][\w.&'’ -]{{1,40}}\Z  # | Photo by Name | Outlet
    | \|\s*{_PHOTO_WORD}\s+by\s+{_FULL_NAME}(?:/[A-Z][\w.&'’-]*)?(?:\s+via\s+{_AGENCY})?\Z
                                                         # | Photo by Name/AFP via Getty Images
    | \b{_CAPS_WORD}(?:\s+{_CAPS_WORD}){{1,3}}\s*/\s*[A-Z][A-Z .&'’-]{{1,40}}\Z  # NAME / THE OUTLET
    | [.!?]\s+[A-Z]{{2,6}}/{_FULL_NAME}\Z                          # "... district. KT/Name"
    | [.!?]\s+(?:[A-Z][a-z]+\s+)?{_PHOTO_WORD}\s*/\s*[A-Z][\w.&'’-]*(?:\s+[A-Z][\w.&'’-]*){{0,3}}\.?\Z
                                                                    # "... cane fields. File image/Reuters"
    | [.!?]\s+{_FULL_NAME}\s*/\s*(?:{_AGENCY}|[A-Z]{{2,6}}|(?i:(?:staff\s+)?photographer))\.?\Z
                                                                    # "... in April. Name/AP"
    | [.!?]\s+{_FULL_NAME}\s*\|\s*(?:The\s+)?[A-Z][\w.&'’/-]*(?:\s+[A-Z][\w.&'’/-]*){{0,3}}\Z
                                                                    # "... trucks. Name | The Oregonian/OregonLive"
    | [.!?]\s+Source\s*:\s*[A-Z][\w.&'’ -]{{1,40}}/\s*{_FULL_NAME}\Z   # Source: SBS News / Name
    | [.!?]\s+Source\s*:\s*{_FULL_NAME}\s*/\s*(?:{_AGENCY}|[A-Z]{{2,6}})\Z  # Source: Name/PAP
    | [.!?]\s+(?:[-–—]\s+)?{_FULL_NAME}/[A-Z][\w .&'’-]{{1,40}}\s+via\s+{_AGENCY}\.?\Z   # Name/Star Tribune via Getty
    | [a-z0-9][.!?]{_FULL_NAME}\s*/\s*(?:The\s+)?[A-Z][\w.&'’ -]{{1,40}}\Z  # "... May 6.Name/The Globe and Mail"
    | [.!?]\s+(?:[A-Z][\w&'’-]*\s+){{1,3}}(?i:photo)\s+by\s+{_FULL_NAME}\.?\Z  # "... Korea Times photo by Name"
    | [.!?]\s+(?:[A-Z][\w&'’-]*\s+)?(?i:photo|staff\s+photo)\s*/\s*{_FULL_NAME}\Z  # Ledger photo/Name
    | [.!?]\s+(?:Permission\s+granted\s+by|(?:(?:Photo|Image)\s+)?(?i:courtesy\s+of))\s+[A-Z][^.!?]{{1,60}}\Z
    | [.!?]\s+{_PHOTO_WORD}\s+by\s+[A-Z][\w.&'’-]{{1,30}}/{_FULL_NAME}\Z    # Photo by VnExpress/Name
    | [.!?]\s+(?i:photo|pic)s?\s*/\s*(?:Supplied|File|Handout|[A-Z]{{2,6}})\.?\Z  # Photo/Supplied
    | [.!?]\s+{_FULL_NAME}\s+/\s+(?:The\s+)?[A-Z][\w.&'’-]*(?:\s+[A-Z][\w.&'’-]*){{1,4}}\Z
                                                           # "... 41 years. Ansel Brandt / Milwaukee Journal Sentinel"
    | [.!?]\s+{_PHOTO_WORD}\s+by:?\s+{_FULL_NAME}(?:/[A-Z][\w .&'’-]{{1,40}})?  # Photo by Name/PBS
      (?:\s+for\s+(?:The\s+)?[A-Z][\w.&'’-]*(?:\s+[A-Z][\w.&'’-]*){{0,3}})?  # ... for The New Yorker
      (?:\s*\|\s*[A-Z][\w ]{{1,30}})?\.?\Z                               # ... | License Photo
    | [.!?]\s+(?i:(?:file\s+)?photo)\s*\|\s*[^|]{{3,40}}\|\s*[A-Z][\w .&-]{{1,30}}\Z  # PHOTO | NAME | NMG
    | [.!?]\s+[A-Z][\w'’.-]+(?:\s+[A-Z][\w'’.-]+){{1,2}}\s+for\s+(?:The\s+)?[A-Z][\w.&'’-]*
      (?:\s+[A-Z][\w.&'’-]*){{0,3}}\.?\Z          # "... Owen Marlaby for Vox", "Name for Rolling Stone"
    """,
    re.X,
)

#: A date with its year opening a dateline whose place follows in brackets ("May 19, 2026
#: (KASSALA) –"), read by :data:`DATELINE` and :func:`dateline`.
_DATE_FIRST_DATE = (
    r"(?:Jan|Feb|Mar|Apr|May|Jun|Jul|Aug|Sep|Oct|Nov|Dec)[a-z]*\.?\s+\d{1,2},\s*\d{4}"
)
#: An outlet's name after a dateline's date and year ("DUSHANBE, May 14, 2026, Asia-Plus").
_OUTLET_AFTER_YEAR = r"(?<=\d{4}),\s*[A-Z][A-Za-z]+(?:-[A-Z][A-Za-z]+)?"

#: News agencies written in mixed case, as a dateline's tag gives them ("(Lusa)", "(Xinhua)").
_WIRE_NAMES = (
    "Lusa|Xinhua|Kyodo|Yonhap|Bernama|Antara|Anadolu|Interfax|Efe|Hina|Tass|Sputnik|Agerpres"
    "|Pajhwok|Bakhtar|Kazinform|Ukrinform|Armenpress|Azertac|Belta|Andina"
)

#: A dateline opening the first body paragraph: a place in capitals, optional region and date,
#: optional agency, then a dash. "WARSAW, Poland —", "WASHINGTON (AP) —", "LONDON, May 5 (Reuters) -".
DATELINE: re.Pattern[str] = re.compile(
    r"""
    (?P<place>
      (?!(?:SCOOP|BREAKING|EXCLUSIVE|UPDATE|UPDATED|ANALYSIS|ICYMI|FIRST\s+ON|HAPPENING\s+NOW
          |DEVELOPING|WATCH|LIVE|OPINION|CORRECTION|FILE)\b|[A-Z]+\s+NEWS\s*[—–―-]
         |(?:[A-Z]+\s+){1,3}NETWORK\s*[—–―-])  # "SCOOP —": a kicker; "USA TODAY NETWORK - Florida"
      [A-ZÀ-ÖØ-Þ\u0100-\u024f\u1e00-\u1eff][A-ZÀ-ÖØ-Þ\u0100-\u024f\u1e00-\u1eff.'’-]+
      (?:\s+[A-ZÀ-ÖØ-Þ\u1e00-\u1eff][A-ZÀ-ÖØ-Þ\u0100-\u024f\u1e00-\u1eff.'’-]+){0,3}  # WARSAW / CĂLĂRAȘENI / TÂN HẢI
      (?:\s+(?:OF|DE|DEL|DA|DO)\s+[A-ZÀ-ÖØ-Þ][A-ZÀ-ÖØ-Þ'’-]+)?  # ISLAND GARDEN CITY OF SAMAL
      (?:\s+City)?                                             # ROXAS City (Philippine wires)
      (?:,\s*[A-Z][\w.'’-]*(?:\s+(?:(?:de|del|do|da|di|dos|das)\s+)?[A-Z][\w.'’-]*){0,2}){0,2}
                                        # , Poland / , N.Y. / , Calif. / , Davao del Norte
      (?:,?\s+(?:Jan|Feb|Mar|Apr|May|Jun|Jul|Aug|Sep|Oct|Nov|Dec|JAN|FEB|MAR|APR|MAY|JUN|JUL|AUG
               |SEP|OCT|NOV|DEC)[A-Za-z]*\.?\s+\d{1,2}
         (?:,?\s*\d{4})?                                         # , Jun 10 2026 (IPS)
       |,\s+\d{1,2}\s+(?:Jan|Feb|Mar|Apr|May|Jun|Jul|Aug|Sep|Oct|Nov|Dec|JAN|FEB|MAR|APR|MAY|JUN|JUL
               |AUG|SEP|OCT|NOV|DEC)[A-Za-z]*\.?(?:\s+\d{4})?
                                                                # , 30 March 2026 (Hina)
       |\s+\((?:Jan|Feb|Mar|Apr|May|Jun|Jul|Aug|Sep|Oct|Nov|Dec)[a-z]*\.?\s+\d{1,2},\s*\d{4}\))?
                                                                # , May 5 / (May 4, 2026)
      (?:\s*\([A-Z][\w .&-]{0,30}\)|\s*/[A-Z][\w .-]{1,30}/|,\s*(?:CMC|CNA|IPS|IANS|PTI|ANI|GNA|NAN)
         |"""
    + _OUTLET_AFTER_YEAR
    + r""")?                                    # "DUSHANBE, May 14, 2026, Asia-Plus --"
                                                # (AP) / (Reuters) / /PRNewswire/ / , CMC
    )
    \s*(?P<dash>[—–―]+|-{1,3})
    (?:\s+\d{1,2}\s+(?:Jan|Feb|Mar|Apr|May|Jun|Jul|Aug|Sep|Oct|Nov|Dec)[a-z]*\.?\s+\d{4}:)?
                                                # "CAIRO – 12 March 2026: Alexandria's ..."
    (?:\s+(?=\S)|(?:(?<=[—–―])|(?<=--))(?=[A-Z][A-Za-z])|\s*\Z)  # "OTTAWA—When", "KAMIYASHIRO, ...--When"
    |
    (?P<glued>[A-Z][a-z]{3,})(?P<gdash>—)(?=[A-Z][a-z])           # Phuentsholing—Potato growers
    |
    (?P<dated>                                                   # May 19, 2026 (KASSALA) –
      """
    + _DATE_FIRST_DATE
    + r"""
      \s*\([A-Z][A-Z'’-]+(?:\s+[A-Z][A-Z'’-]+){0,2}\)
    )
    \s*(?P<ddash>[—–―]+|-{1,2})\s+(?=[A-Z])
    |
    (?P<tagged>                                                  # Washington (AFP) –
      (?:[A-Z][a-z]+(?:\s+[A-Z][a-z]+){0,2}(?:,\s*[A-Z][\w.]*(?:\s+[A-Z][\w.]*){0,2})?)?
      # ("(Bloomberg) --" alone; "Waingapu, E Nusa Tenggara (ANTARA) -")
      (?:,\s*\d{1,2}\s+(?:Jan|Feb|Mar|Apr|May|Jun|Jul|Aug|Sep|Oct|Nov|Dec)[a-z]*\.?\s+\d{4}
        (?=\s*\())?                                              # Macau, China, 20 May 2026 (Lusa) –
      (?:\s*\((?:[A-Z]{2,6}|Reuters|Bloomberg|"""
    + _WIRE_NAMES
    + r"""                                                       # (Kaieteur News) –
                |[A-Z][a-z]+(?:\s[A-Z][a-z]+)?\s(?:News|Times|Post|Herald|Chronicle|Tribune|Gazette))\)
         |\s+(?:CNN|AP|AFP|Reuters))                              # Harlan, Ohio CNN —
    | [A-Z][\w’'-]+(?:\s+[A-Z][\w’'-]+){0,2}                      # Twifo Praso, May 7, GNA –
      ,\s*(?:Jan|Feb|Mar|Apr|May|Jun|Jul|Aug|Sep|Oct|Nov|Dec)[a-z]*\.?\s+\d{1,2}
      ,\s*(?:GNA|NAN|CMC|PTI|IANS|ANI|APS|MAP|Mana|MANA)
    )
    \s*(?P<tdash>[—–―]+|-{1,2}|:)(?:\s+(?=[A-Z])|\s*\Z)            # "Ntchisi, April 13, Mana:"
    |
    (?P<colon>                                                   # NAVDHARA: (South Asian papers)
      (?!(?:BREAKING|UPDATE|UPDATED|EXCLUSIVE|WATCH|VIDEO|PHOTOS?|CORRECTION|NOTE|LIVE|ANALYSIS
          |OPINION|COMMENTARY|EDITORIAL|REVIEW|INTERVIEW|READ|ALSO|RELATED|SOURCE|WARNING
          |CLAIM|FACTS?|THE\s+FACTS|VERDICT|ASSESSMENT|QUESTION|ANSWER|BACKGROUND|CONTEXT
          |SUMMARY|WHAT|WHY|HOW|WHO|WHEN|WHERE|PAY\s+ATTENTION|JOIN|FOLLOW|SUBSCRIBE|DOWNLOAD
          |DISCLAIMER|NOTICE|ADVERTISEMENT|SPONSORED|TRENDING|RECOMMENDED)\b)
      (?:[A-Z]{3,}(?:-[A-Z]{1,2}(?=-))?(?:[\s-](?:[A-Z]{2}\s)?[A-Z]{3,}){0,2}  # RAS AL KHAIMAH:
      |[A-Z][a-z]{2,}(?:\s[A-Z][a-z]{2,})?                        # Shopian, May 13: (mixed case
        (?=,\s*(?:Jan|Feb|Mar|Apr|May|Jun|Jul|Aug|Sep|Oct|Nov|Dec)[a-z]*\.?\s+\d{1,2}:))  # only before a date)
      (?:,\s*[A-Z][a-z]{2,}(?:\s+[A-Z][a-z]{2,})?(?=:))?             # KARANG SEGARA, Central Java:
      (?:,\s*(?i:Jan|Feb|Mar|Apr|May|Jun|Jul|Aug|Sep|Oct|Nov|Dec)[A-Za-z]*\.?\s+\d{1,2}
        |,\s*\d{1,2}\s+(?i:Jan|Feb|Mar|Apr|May|Jun|Jul|Aug|Sep|Oct|Nov|Dec)[A-Za-z]*\.?  # ITANAGAR, 6 May:
        |\s+\((?:Jan|Feb|Mar|Apr|May|Jun|Jul|Aug|Sep|Oct|Nov|Dec)[a-z]*\.?\s+\d{1,2}\))?  # KUALA LUMPUR (May 14):
      (?:\s+\((?:[A-Z]{2,6}|"""
    + _WIRE_NAMES
    + r""")\))?  # DIMAPUR, MAY 1 (NPN):, KABUL (Pajhwok):
    )
    (?P<cdash>:)\s+(?=[A-Z])
    """,
    re.X,
)
#: The dash group of each of :data:`DATELINE`'s alternatives (one matches, so one is set).
DATELINE_DASHES: tuple[str, ...] = ("dash", "gdash", "ddash", "tdash", "cdash")
#: A wire's tag opening a dateline ("(ANSA) - BERGAMO"), left off by :func:`dateline`.
_LEADING_TAG = re.compile(r"\A\([^()]{1,20}\)\s*[—–―-]+\s*")
#: A date or a wire's tag closing a dateline's place, left off by :func:`dateline`.
_DATELINE_TAIL = re.compile(
    r"(?:,?\s+\(?(?i:Jan|Feb|Mar|Apr|May|Jun|Jul|Aug|Sep|Oct|Nov|Dec)[A-Za-z]*\.?\s+\d{1,2}(?:,?\s*\d{4})?\)?"
    r"|,\s+\d{1,2}\s+(?i:Jan|Feb|Mar|Apr|May|Jun|Jul|Aug|Sep|Oct|Nov|Dec)[A-Za-z]*\.?(?:\s+\d{4})?"
    r"|\s*/[A-Z][\w .-]{1,30}/|\s+(?:CNN|AP|AFP|Reuters)|,\s*(?:CMC|CNA|IPS|IANS|PTI|ANI|GNA|NAN|Mana|MANA)"
    r"|,\s+(?:Mon|Tues?|Wed|Thu(?:rs)?|Fri|Sat|Sun)(?:day)?\.?"  # "ORANGE WALK TOWN, Mon."
    r"|\s+[—–-]+\s+\d{1,2}\s+(?i:Jan|Feb|Mar|Apr|May|Jun|Jul|Aug|Sep|Oct|Nov|Dec)[A-Za-z]*\.?\s+\d{4}"
    r"|,\s+[A-Z][A-Za-z]+\.(?:com|net|org|co\.[a-z]{2}|[a-z]{2})"  # "BEKASI, KOMPAS.com"
    r"|\s+\|\s+[A-Z][A-Z .&]{2,30}\s*\|?"  # "Lira, Uganda | THE INDEPENDENT |"
    r"|,\s+[A-Z]{4,12}\.|\.\s+/[A-Z]{3,12}/\.)\Z"  # "GYUMRI, APRIL 14, ARMENPRESS.", ". /TASS/."
)
#: A dateline giving the date first and the place in brackets: "May 19, 2026 (KASSALA)".
_DATE_FIRST = re.compile(_DATE_FIRST_DATE + r"\s*\((.+)\)")
#: An outlet's name closing a dateline after its date and year: "DUSHANBE, May 14, 2026,
#: Asia-Plus".
_OUTLET_AFTER_DATE = re.compile(_OUTLET_AFTER_YEAR + r"\Z")
#: The dateline is looked for at the start of the first this many body paragraphs (a deck or
#: a photo credit can come before the paragraph it opens).
DATELINE_BODY_SEGMENTS: int = 3
#: Agency tag left off the place by :func:`dateline`.
_AGENCY_TAG = re.compile(
    r"\s*\((?:[A-Z][A-Z0-9 .&/-]*|(?:Reuters|Bloomberg)[\w ]*|dpa|" + _WIRE_NAMES + "|"
    r"[A-Z][a-z]+\s+(?:News|Press)(?:\s+Agency)?|[A-Z][a-z]+(?:[A-Z][a-z]+)+"
    r"|[A-Z][a-z]+\s+(?:Guardian|Times|Post|Herald|Tribune|Monitor|Standard|Online|Observer"
    r"|Mirror|Express|Chronicle|Gazette|Daily|Today|Voice)"  # "(Somali Guardian)"
    r"|[A-Z]{1,4}[a-z]{1,2}[A-Z]{1,4}"  # (MExN)
    r"|[A-Z][A-Za-z]*\d+[A-Za-z]*|[A-Z]{2,}[a-z]+)\)\Z"
)  # "(AFP)", "(PTI)", "(Reuters)", "(HawaiiNewsNow)", "(Kurdistan24)", "(AKIpress)", "(Lusa)";
# not a region: "Keshavgarh (Rajasthan)"

#: Lower-case keywords gating the costlier searches on long segments (each rule's anchor words).
TAIL_KEYWORDS: tuple[str, ...] = ("©", "(c)", "copyright", "rights reserved", "contribut",
                                  "reporting by", "editing by", "writing by",
                                  "with reports from", "with report from")  # fmt: skip
CREDIT_KEYWORDS: tuple[str, ...] = (
    "contribut", "reporting by", "editing by", "writing by", "compiled by", "produced by",
    "produced in partnership", "with support", "with the support",
    "research by", "reported from", "@", "with reports from", "used in this",
    "additional reporting", "report from", "includes reporting", "(with ",
)  # fmt: skip
CONSENT_KEYWORDS: tuple[str, ...] = ("cookie", "javascript", "blocker", "browser")
#: End of a sentence followed by whitespace (the next sentence starts at ``m.end()``).
_SENTENCE_GAP = re.compile(rf"[.!?…][{_CLOSE}]*\s+")
#: Edge characters ignored when matching :func:`furniture` lines.
_FURNITURE_STRIP = " \t:.|•·›»>-–—!?…*#()[]"
#: Segments longer than this many characters get an estimated word count (spaces + 1).
_EXACT_WORDS_CHARS = 400


@functools.cache
def furniture() -> frozenset[str]:
    """Whole lines that are site furniture (``analysis/data/furniture.txt``), lower-cased.

    >>> "play live radio" in furniture()
    True
    """
    return frozenset(_furniture_key(x) for x in _data_lines("furniture.txt"))


def _data_lines(name: str) -> list[str]:
    """Lines of ``analysis/data/<name>`` that are neither blank nor comments."""
    raw = importlib.resources.files("analysis").joinpath("data", name)
    return [
        x
        for x in raw.read_text(encoding="utf-8").splitlines()
        if x.strip() and not x.startswith("#")
    ]


def find_blocks(text: str) -> tuple[Block, ...]:
    """Split ``text`` into labelled, stripped blocks covering every non-whitespace character.

    Parameters
    ----------
    text
        The article text exactly as decoded. Lines end at any break ``str.splitlines``
        knows (``\\n``, ``\\r\\n``, ``\\r``, ...); offsets index ``text`` as given.

    Returns
    -------
    tuple of Block
        Sorted, non-overlapping blocks; ``label`` is one of ``schema.BLOCK_LABELS``.

    Examples
    --------
    >>> [b.label for b in find_blocks("A title\\n\\nPlay Live Radio\\n\\nOne sentence here, told well.")]
    ['title', 'boilerplate', 'body']
    >>> find_blocks("")
    ()
    """
    lines = _lines(text)
    if not lines:
        return ()
    low = text.lower()  # one pass tells which keyword-gated rules can fire at all
    hints = _Hints(
        tail=_contains_any(low, TAIL_KEYWORDS),
        credit=_contains_any(low, CREDIT_KEYWORDS),
        consent=_contains_any(low, CONSENT_KEYWORDS),
    )
    segments = []
    for pid, (start, end, blank_after) in enumerate(_paragraphs(text, lines)):
        pieces = _split_tail(text, start, end) if hints.tail else ((start, end),)
        for a, b in pieces:
            segments.append(_Segment(text[a:b], a, b, pid, blank_after, hints))
    pasted = _label(segments)
    return _blocks(segments, pasted=pasted)


def dateline(article: Article) -> str | None:
    """The article's dateline place without the dash, punctuation or agency tag, if any.

    >>> from analysis import article_from_text
    >>> dateline(article_from_text("Title\\n\\nWARSAW, Poland \\u2014 Inside a classroom, men train."))
    'WARSAW, Poland'
    >>> dateline(article_from_text("Title\\n\\nNo dateline here, just a sentence.")) is None
    True
    """
    for block in article.blocks:
        if block.label == "dateline":
            raw = article.text[block.start : block.end].rstrip()
            place = raw.rstrip(" \t—–―-:,")
            if place.endswith(")."):
                place = place[:-1]  # "Puno, May 14 (ANDINA).", "Houston, May 14 (EFE).-"
            elif place.endswith(".") and place[-2:-1].isdigit():
                place = place[:-1]  # "ZAGATALA, Azerbaijan, May 14."
            elif raw.endswith(".-") or (place.endswith(".") and place[:-1].isalpha()):
                place = place[:-1]  # "San Francisco de Macorís.-": Spanish usage; "Jakarta."
            if (dated := _DATE_FIRST.fullmatch(place)) is not None:
                return dated.group(1)
            place = _OUTLET_AFTER_DATE.sub("", place)
            place = _LEADING_TAG.sub("", _AGENCY_TAG.sub("", place)).rstrip(" ,")
            return _DATELINE_TAIL.sub("", _DATELINE_TAIL.sub("", place)).rstrip(" ,") or None
    return None


def block_table(source: Any) -> pd.DataFrame:
    """One row per block of each article.

    Parameters
    ----------
    source
        An article, a path, text, bytes, a DataFrame with ``text``, or an iterable of these.

    Returns
    -------
    pandas.DataFrame
        Columns of the ``blocks`` table in :mod:`analysis.schema`: ``article_id``,
        ``block_id``, ``paragraph_id``, ``start``, ``end``, ``label``, ``duplicate``,
        ``text`` (``article.text[start:end]``).

    Examples
    --------
    >>> from analysis import article_from_text
    >>> art = article_from_text("A title\\n\\nFirst paragraph is here.", article_id="a")
    >>> block_table(art)[["paragraph_id", "label"]].to_string(index=False)
    ' paragraph_id label\\n            0 title\\n            1  body'
    """
    return article_frame(source, "blocks", _block_rows)


# --------------------------------------------------------------------------------------
# Helpers
# --------------------------------------------------------------------------------------
def _block_rows(article: Article) -> Rows:
    b = article.blocks
    return {
        "block_id": list(range(len(b))),
        "paragraph_id": [x.paragraph_id for x in b],
        "start": [x.start for x in b],
        "end": [x.end for x in b],
        "label": [x.label for x in b],
        "duplicate": [x.duplicate for x in b],
        "text": [article.text[x.start : x.end] for x in b],
    }


class _Hints(NamedTuple):
    """Which keyword-gated rules can fire in a document (its lower-cased text has a keyword)."""

    tail: bool
    credit: bool
    consent: bool


#: A wire's or outlet's tag closing a story's last paragraph: "... she said. (ST)", "(AP)".
_CLOSING_TAG: re.Pattern[str] = re.compile(r"(?<=[.!?\"”’])\s+\([A-Za-z]{1,8}\)\Z")


class _Segment:
    """A paragraph or a piece of one, with the features the rules read."""

    __slots__ = (
        "blank_after",
        "end",
        "label",
        "n_words",
        "para",
        "pattern",
        "prose",
        "short",
        "start",
        "text",
        "weak",
    )

    def __init__(
        self, s: str, start: int, end: int, para: int, blank_after: bool, hints: _Hints
    ) -> None:
        self.text, self.start, self.end = s, start, end
        self.para, self.blank_after = para, blank_after
        # a long segment's count is estimated: it is only compared with far smaller thresholds
        n = len(s.split()) if len(s) <= _EXACT_WORDS_CHARS else s.count(" ") + s.count("\n") + 1
        self.n_words = n
        tail = s[-8:]
        if (
            tail.endswith(")")
            and ('"' in s or "“" in s)
            and (tag := _CLOSING_TAG.search(s, max(0, len(s) - 16)))
        ):
            # '"We are doctors," she said. (ST)': a quote paragraph, then a wire's tag (a
            # caption's "... oasis. (SPA)" stays no prose)
            tail = s[max(0, tag.start() - 8) : tag.start()]
        #: Prose: a sentence-like paragraph (the story is made of these).
        self.prose = n >= PROSE_LONG_WORDS or (
            n >= PROSE_MIN_WORDS and SENTENCE_END.search(tail) is not None
        )
        #: Short, with a letter, without final punctuation: a heading or furniture candidate.
        self.short = (
            n <= HEADING_MAX_WORDS
            and len(s) <= HEADING_MAX_CHARS
            and CLAUSE_END.search(tail) is None
            and _LETTER.search(s) is not None
        )
        #: Label from patterns that hold anywhere (None: decided by position).
        self.pattern: str | None = None
        #: Patterns that only mean furniture on a pasted page (bare dates, numbers, URLs).
        self.weak = False
        if n <= SHORT_MAX_WORDS:
            self.pattern, self.weak = _short_pattern(s)
        else:
            self.pattern = _long_pattern(s, n, hints)
        self.label: str | None = None


def _furniture_key(line: str) -> str:
    return " ".join(line.lower().replace("’", "'").split()).strip(_FURNITURE_STRIP)


#: A short label before an address or a phone number ("Newsroom: ", "Station Address: ").
_FIELD_LABEL: re.Pattern[str] = re.compile(r"\A(?:[A-Z][\w'’-]*\s+){0,2}[A-Z][\w'’-]*:\s*")


@functools.cache
def _place_names() -> frozenset[str]:
    """Place names of ``analysis/data/places.txt``, lowercase."""
    return frozenset(x.strip().lower() for x in _data_lines("places.txt"))


def _breadcrumb(s: str) -> bool:
    """A section path, not a photographer and an outlet: "Hong Kong / Politics"."""
    left = s.partition("/")[0].strip(" (").lower()
    return left in _place_names()


@functools.lru_cache(maxsize=1 << 14)
def _short_pattern(s: str) -> tuple[str | None, bool]:
    """Pattern label of a short segment and whether it is weak furniture (remembered: a
    site's menus, share rows and footers repeat on every page of a corpus)."""
    digits = _DIGIT.search(s) is not None
    if digits:
        bare = _FIELD_LABEL.sub("", s, count=1)  # "Station Address: 1700 Lakeshore Boulevard"
        if MEDIA_PLAYER.fullmatch(s) or PHONE.fullmatch(bare) or ADDRESS.fullmatch(bare):
            return "boilerplate", False
    if _LETTER.search(s) is None:
        return None, True  # numbers, rules, symbols: "***", "13850"
    if "ranslat" in s and _TRANSLATOR_TAIL.search(s):
        return (
            "credit",
            False,
        )  # "This article was originally published in French ... Translation by X."
    if s[:1] == "©" and _PHOTOGRAPHER_COPYRIGHT_LINE.fullmatch(s):
        return "caption", False  # "© Jérôme Perrichon / AFP": a photo's credit, no footer
    if COPYRIGHT.search(s) or CONSENT.search(s) or REPRINT_NOTE.match(s) or EMAIL_HEADER.match(s):
        return "boilerplate", False
    if LEAD_IMAGE_NOTE.match(s):
        return "caption", False
    if _COPYRIGHT_INSIDE.search(s):
        return "boilerplate", False  # "Courier Media Limited. Copyright © 2026."
    low = s.lower()
    gated = _contains_any(low, PROMO_KEYWORDS)  # (a cheap gate before the long searches)
    if (
        LINK_LABEL.match(s)
        or (gated and (PROMO.search(s) or FOOTER_SENTENCE.search(s)))
        or WIDGET.fullmatch(s)
        or AUTHOR_LINK.fullmatch(s)
    ):
        return "boilerplate", False
    if POSTED_BY.fullmatch(s):
        return "credit", False
    if _section_list(s):
        return "boilerplate", False  # "Barbados News, Sports, Business & Entertainment"
    if ICON_LABEL.fullmatch(s) or NUMBERED_AD.fullmatch(s):
        return "boilerplate", False  # "Camera Icon", "Close icon", "Advertisement 2"
    key = _furniture_key(s)
    if _is_menu(s) and (BYLINE.fullmatch(s) or BYLINE_ROLE.fullmatch(s)):
        return "credit", False  # "By Ann Lee | ann@x.com | The Daily", "Health reporter·NZ Herald·"
    if _is_menu(s) and PHOTO_CREDIT_LINE.fullmatch(s):
        return "caption", False  # "Owen Pritchard | Bloomberg | Getty Images"
    if (SENTENCE_END.search(s[-8:]) is None or s.endswith(("...", "…"))) and (
        key in furniture() or _is_social_row(s) or _is_menu(s)
    ):
        return "boilerplate", False
    spaces = key.count(" ")
    if (spaces >= 2 or (spaces and not s.endswith("."))) and key in furniture():
        # "Link copied!", "Ready for more?", "This is a developing story." (not "Top stories.")
        return "boilerplate", False
    if TIMESTAMP.fullmatch(s) or (s.startswith("| ") and TIMESTAMP.fullmatch(s, 2)):
        if BYLINE.fullmatch(s):
            return "credit", False  # "Apr 22, 2026, 11:05 AM | By Yankuba Fofana"
        labelled = LABELLED_TIMESTAMP.match(s) or LABELLED_TIMESTAMP.search(s, 0, 40)
        return ("boilerplate", False) if labelled else (None, True)
    if (
        BYLINE.fullmatch(s)
        or (_contains_any(low, CREDIT_GATE) and CREDIT.search(s))
        or BYLINE_ROLE.fullmatch(s)
        or NAME_DATE_BYLINE.fullmatch(s)
    ):
        return "credit", False
    if (_photo_credit_line(s) and not _breadcrumb(s)) or _photo_credit_tail(s):
        return "caption", False
    weak = URL_LINE.fullmatch(s.rstrip(".")) is not None or FIELD_LINE.fullmatch(s) is not None
    return None, weak


#: A numbered advertisement slot: "Advertisement 2" (Postmedia pages).
NUMBERED_AD: re.Pattern[str] = re.compile(r"(?i:advertisement)\s+\d{1,2}")
#: The text label of an icon, pasted with the page: "Camera Icon", "Share icon".
ICON_LABEL: re.Pattern[str] = re.compile(r"(?:[A-Z]?[a-z]+\s+){1,2}[Ii]con")
#: A translator named at a line's end: "... Translation by Rania Chidiac.", "Translated by X".
_TRANSLATOR_TAIL: re.Pattern[str] = re.compile(
    r"\b(?i:translat(?:ion|ed))\s+by\s+[A-Z][\w'’.-]+(?:\s+[A-Z][\w'’.-]+){1,3}\.?\Z"
)
#: A page's metadata field: a label in capitals and a short value with no sentence stop
#: ("NEWSPAPER SECTION: News", "READ TIME: 4 min"); weak, as "TAPPER: Right" may be a line
#: of a transcript (which ends with a stop).
FIELD_LINE: re.Pattern[str] = re.compile(
    r"[A-Z]{3,}(?:\s[A-Z]{3,}){0,2}\s?:\s+[\w'’&-]+(?:\s[\w'’&-]+){0,3}"
)


def _long_pattern(s: str, n_words: int, hints: _Hints) -> str | None:
    """Pattern label of a long segment; keyword gates keep this cheap on prose."""
    if COPYRIGHT.match(s) or REPRINT_NOTE.match(s):
        return "boilerplate"
    if n_words <= LINK_MAX_WORDS and LONG_LINK_LABEL.match(s):
        return "boilerplate"  # "RELATED: Minnesota's drinking water fund is running dry. ..."
    if LEAD_IMAGE_NOTE.match(s) or CREDIT_FIRST_CAPTION.match(s):
        return "caption"  # "Header image: Residents fill containers ... — Photo by ..."
    if n_words > PATTERN_MAX_WORDS:
        return "caption" if _photo_credit_tail(s) else None
    low = s.lower()
    if n_words <= 2 * SHORT_MAX_WORDS:
        if hints.tail and (COPYRIGHT.search(s) or _COPYRIGHT_INSIDE.search(s)):
            return "boilerplate"  # a footer line: "Courier Media Limited. ... Copyright © 2026."
        if TIMESTAMP.fullmatch(s):
            return (
                "boilerplate"  # "CBC News · Posted: May 05, 2026 ... | Last Updated: 2 hours ago"
            )
    if hints.tail or hints.consent or hints.credit:
        if "rights reserved" in low and COPYRIGHT.search(s):
            return "boilerplate"
        if hints.consent and _contains_any(low, CONSENT_KEYWORDS) and CONSENT.search(s):
            return "boilerplate"
        if (
            hints.credit
            and _contains_any(low, CREDIT_KEYWORDS)
            and CREDIT.search(s)
            and not AUDIO_NOTE.search(s)  # "Produced by ElevenLabs ... using AI narration."
        ):
            return "credit"
    return "caption" if _photo_credit_tail(s) else None


def _long_furniture(s: str) -> bool:
    """A long segment of a pasted page that is furniture: a footer's link row, a widget, a
    promotion, a footer sentence or a consent notice (looked for on pasted pages only)."""
    if sum(s.count(c) for c in MENU_SEPARATORS) >= LONG_MENU_SEPARATORS and not SENTENCE_END.search(
        s[-8:]
    ):
        return True  # "Help · Terms of Service · Your Privacy Choices · ..."
    if WIDGET.fullmatch(s):
        return True
    low = s.lower()
    return _contains_any(low, PROMO_KEYWORDS) and bool(
        _promo_sentence(s) or FOOTER_SENTENCE.search(s) or CONSENT.search(s)
    )


#: Lower-case words, one of which every promotion, footer sentence or consent notice holds
#: (a cheap gate before those searches on long paragraphs).
PROMO_KEYWORDS: tuple[str, ...] = (
    "our videos", "visit ", "freeview", "permitted", "purchase the", "bookmarks",
    "use your email", "press standards", "possible with your", "unlimited", "exclusive access", "the reason",
    "inbox", "sign up", "subscri", "follow", "download", "click here", "journalism", "member",
    "tip", "you've read", "you’ve read", "free article", "articles in a month", "help us",
    "republish", "notification", "channel", "thanks for", "thank you for", "moderated",
    "views expressed", "contact", "cookie", "privacy", "listen", "premium", "commission",
    "disclosure", "first appeared", "published", "nonpartisan", "trust", "check out", "copyright",
    "reviewed", "quotes delayed", "21+", "doi:", "javascript", "blocker", "browser",
    "by submitting", "by clicking", "for updates", "never miss", "501(c)", "support provided",
    "gift", "like you", "get in touch", "news organi", "i'll give", "i’ll give", "miss out",
    "log in", "login", "your support", "traditional", "hear from you", "narration",
    "newsletter", "personali", "palm of your", "delivered every", "moderated", "sign-up",
    "would you like", "register", "distributed with", "search for", "android", "push ",
    "episode", "email us", "story idea", "story with", "reprint", "latest news", "news updates", "closed",
    "comment", "account", "like the content", "helpful", "useful", "email address", "remind me",
    "information", "newsroom", "news site", "produced by", "republished", "signing up", "podcast",
    "supported by", "tip", "topics", "subscribe", "a week on", "all-access", "straight to",
    "competing interest", "part of", "misinformation", "fact check", "fact-check", "principles",
    "print edition", "video above", "video below", "comes from", "donate", "gifts",
    "donations", "release", "as received", "threads", "mailing", "disclaimer", "facebook",
    "catch all", "shared from", "valid email", "inbox", "more news", "send you", "possible",
    "relies on", "leave a comment", "logged in", "developing story", "filed under",
    "information about", "privacy policy", "your data", "follow @", "for more information",
    "text-to-speech", "not responsible", "transcript", "check back", "news channel",
    "support of", "already contributed", "receives support", "understand and agree", "forum",
    "unlimited", "full story", "an account", "advertise", "community", "linkedin", "join us",
    "the original",
    "opinions expressed", "save articles", "start reading", "press freedom", "free for all",
    "guidelines", "reader discussion", "trademark", "this reporter", "by using this", "youtube",
    "translation of", "new window", "new tab", "recaptcha", "creative commons",
    "appears in", "appeared in", "comments", "registered trademark", "unauthori",
    "publication", "provides", "use this form", "get the", "receive the", "headlines",
    "stay ahead", "stay up to date", "stay informed", "whatsapp", "telegram", "epaper",
    "e-paper", "need your help", "this audio", "summary of this", "video above", "video below",
    "watch above", "watch below",
    "articles left", "article left", "media organi", "news network", "founded in",
    "sister publication", "editorial independence", "e-mail us", "syndicated feed",
    "news outlet", "feedback", "reproduced", "community rules", "available here",
    "in part by", "a version of", "go to", "invalid e", "confirmation e", "we welcome",
    "is now on", "news alerts", "acknowledges", "include material", "send us", "tickets",
    "this was published", "audio for", "of our readers", "to revisit", "send your news",
    "latest episode", "unlock the", "published since", "for just", "part of the conversation",
    "stand up for", "form error", "check your inbox", "unsubscribe",
)  # fmt: skip
#: Lower-case pieces, one of which every short credit line holds (a gate before CREDIT).
CREDIT_GATE: tuple[str, ...] = (
    "contribut", " by ", "press", "reuters", "afp", "cnn", "contact", "reach", "email",
    "e-mail", "inputs", "files from", "reporting", "assistance", "@", "reports from", "with a",
    "source:", "/", "agencies", "by:", "reported from", "follow", "with ap", "translated",
    "partnership", "used in this", "staff writer", "staff reporter", "additional reporting",
    "report from", "includes reporting", "(with ", "for this report", "for this story", " – ",
    "(by ", "edited by", "original by", "version by", "written by", "reported by", "editor",
    "translation by", "information from", "report by", "via ", "(@", "reporter:",
    "supported by", "funded by", "input by", "inputs by", "translated", "source - ", "source – ",
)  # fmt: skip
#: A sentence end inside a segment (the next sentence starts after it).
_INNER_STOP = re.compile(r"[.!?…]\s")


def _inside_quote(s: str, at: int) -> bool:
    """Offset ``at`` of ``s`` lies inside quotation marks opened before it."""
    before = s[:at]
    return before.count('"') % 2 == 1 or before.count("“") > before.count("”")


def _promo_sentence(s: str) -> bool:
    """A promotion opens or closes the paragraph ("Thanks for reading X! Subscribe ...",
    "... Download the X app."), not one buried mid-paragraph in a quoted post."""
    m = PROMO.search(s)
    if m is None or _inside_quote(s, m.start()):
        return False  # ('... said: "They won't stand in the rain to download an app."')
    if _INNER_STOP.search(s, 0, m.start()) is None:
        return True  # in the first sentence
    before = s[: m.start()].rstrip()
    return before.endswith((".", "!", "?")) and _INNER_STOP.search(s, m.end()) is None


#: A photographer's name and outlet in capitals closing a caption with no stop before them:
#: "... had lain under tarmac since the 1970s ADRIAN FELLOWES FOR THE TIMES".
_CAPITALS_CREDIT: re.Pattern[str] = re.compile(
    rf"(?<=[a-z0-9,])\s+{_CAPS_WORD}(?:\s+{_CAPS_WORD}){{1,3}}\s+FOR\s+(?:THE\s+)?"
    r"[A-Z][A-Z&'’.-]*(?:\s+[A-Z][A-Z&'’.-]*){0,3}\Z"
)
#: A photographer's name and outlet in brackets closing a caption: "[ MARISOL QUINTERO | Times ]".
_BRACKET_CREDIT: re.Pattern[str] = re.compile(
    rf"\[\s*(?:{_CAPS_WORD}(?:\s+{_CAPS_WORD}){{1,3}}|{_FULL_NAME})\s*\|\s*[A-Z][\w .&'’-]{{1,30}}\]\Z"
)
#: An outlet after a slash closing a caption ("... in March 2026. / The Irrawaddy", "... on
#: May 13, 2026. /CFM"), or a name and outlet in square brackets ("... Tillabéri region
#: [Habibou Dan Mallam/Al Jazeera]").
_OUTLET_SLASH_TAIL: re.Pattern[str] = re.compile(
    rf"(?:[.!?]\s+/\s*(?:The\s+)?[A-Z][\w&'’.-]*(?:\s+[A-Z][\w&'’.-]*){{0,3}}"
    rf"|\s\[\s*{_FULL_NAME}\s*/\s*[A-Z][\w&'’.-]*(?:\s+[A-Z][\w&'’.-]*){{0,3}}\s*\])\Z"
)
#: A courtesy credit after a dash closing a caption: "—PHOTO COURTESY OF COAST GUARD".
_CAPS_COURTESY_TAIL: re.Pattern[str] = re.compile(
    r"[—–-]\s*(?i:(?:photo|image|picture)\s+courtesy\s+of|courtesy\s+of)\s+[A-Z][^.!?]{1,80}\Z"
)
#: A photographer's copyright closing a caption: "© Julien Ferrand, AFP".
_PHOTOGRAPHER_COPYRIGHT: re.Pattern[str] = re.compile(
    rf"©\s*(?:{_FULL_NAME},?\s+(?:{_AGENCY}|[A-Z]{{2,6}})"
    rf"|(?:{_AGENCY}|[A-Z][a-z]+)\s*/\s*{_FULL_NAME})\.?"  # "© Belga / Koen Delanghe"
)
_COPYRIGHT_CREDIT: re.Pattern[str] = re.compile(rf"[.!?]\s+{_PHOTOGRAPHER_COPYRIGHT.pattern}\Z")
#: A photographer's copyright alone on a line: "© Julien Ferrand, AFP", "© Name / AFP".
_PHOTOGRAPHER_COPYRIGHT_LINE: re.Pattern[str] = re.compile(
    rf"©\s*{_FULL_NAME}\s*[,/]?\s*(?:{_AGENCY}|[A-Z]{{2,6}})\.?"
)
#: A photo's source in square brackets closing a caption: "... on April 16. [Photo by Name/For
#: China Daily]", "[Photo/Xinhua]", "[Photo provided to China Daily]".
_BRACKET_PHOTO_TAIL: re.Pattern[str] = re.compile(rf"\[\s*{_PHOTO_WORD}\b[^\[\]\n]{{0,100}}\]\Z")


#: Most words after the last sentence stop of a caption whose credit closes it.
PHOTO_CREDIT_TAIL_WORDS: int = 12


#: Most words of a caption closed by a source in :data:`CAPTION_SOURCE_TAIL`.
SOURCE_TAIL_MAX_WORDS = 45


def _caption_source_tail(s: str) -> bool:
    """:data:`CAPTION_SOURCE_TAIL` closes a caption-sized segment without quotation marks (a
    newsletter item closing "[Marina Fang, HuffPost]" runs longer)."""
    return (
        s.count(" ") < SOURCE_TAIL_MAX_WORDS
        and '"' not in s
        and "“" not in s
        and CAPTION_SOURCE_TAIL.search(s[-120:]) is not None
    )


#: A photographer's name after a dash, closing a caption: "... on Tuesday. - Colin Boutilier".
_DASH_NAME_TAIL: re.Pattern[str] = re.compile(
    r"[a-z0-9)][.!?]\s+[-–—]\s*[A-Z][\w'’-]+(?:\s+[A-Z][\w'’-]+){1,2}\Z"
)
#: A photographer and outlet in capitals closing a caption: "... KEVIN ORLOWSKI, TIMES COLONIST".
_CAPS_NAME_OUTLET_TAIL: re.Pattern[str] = re.compile(
    r"[a-z)][.!?]\s+[A-ZÀ-Þ][A-ZÀ-Þ'’.-]+(?:\s+[A-ZÀ-Þ][A-ZÀ-Þ'’.-]+){1,2},\s+[A-Z][A-Z &'’-]{1,40}[A-Z]\Z"
)


#: A photo's reprint notice after its credit: " Copyright Valley News. May not be reprinted or
#: used online without permission. Send requests to permission@vnews.com."
_REPRINT_NOTICE_TAIL: re.Pattern[str] = re.compile(
    r"\s+(?:Copyright|©)\s[^.]{1,60}\.\s+May\s+not\s+be\s+reprinted\b[^()]{0,160}\Z"
)
#: "Photo", the photographer's name and the picture's catalogue number after a caption's
#: last stop ("... in February. Photo Kurt Vesey D6114-02").
_PHOTO_NAME_ID_TAIL: re.Pattern[str] = re.compile(
    rf"[a-z0-9)][.!?]\s+(?:Photo|Picture)\s+{_FULL_NAME}\s+[A-Z]*\d[\w-]*\d\Z"
)
#: A photographer's name and e-mail address after a caption's last stop (McClatchy).
_NAME_EMAIL_TAIL: re.Pattern[str] = re.compile(
    rf"[a-z0-9)][.!?]\s+{_FULL_NAME}\s+[\w.+-]+@[\w-]+(?:\.[\w-]+)+\Z"
)


#: "PHOTO" (and "BY") and a name in capitals after a caption's last stop.
_CAPS_PHOTO_TAIL: re.Pattern[str] = re.compile(
    r"[.!?]\s+PHOTOS?(?:\s+BY)?\s*[:|/]?\s+[A-Z][A-Z.'’-]*(?:\s+[A-Z][A-Z.'’-]*){1,4}\Z"
)
#: The photographer's social handle after a credit in brackets: ") @tkollmeyerphoto".
_CREDIT_HANDLE: re.Pattern[str] = re.compile(r"[)\]]\s+@\w{2,30}$")


#: A caption's source after a bar: a sentence's stop, "|", then one to four capitalised
#: words ("... abuse of position. | National World").
_BAR_SOURCE_TAIL: re.Pattern[str] = re.compile(
    r"\w[.!?]\s+\|\s+[A-Z][\w&'’-]*(?:\s+[A-Z][\w&'’-]*){0,3}\Z"
)


def _photo_credit_tail(s: str) -> bool:
    """The segment ends with a photo credit: "(AP Photo/...)" or "Photograph: Name/Agency"."""
    if "reprinted" in s[-200:] and (notice := _REPRINT_NOTICE_TAIL.search(s)) is not None:
        s = s[: notice.start()]  # "... (Valley News – Name) Copyright Valley News. May not be ..."
    if "@" in s[-32:] and (handle := _CREDIT_HANDLE.search(s[-40:])) is not None:
        s = s[: len(s) - len(handle.group(0)) + 1]  # "(Name/Review-Journal) @namephoto"
    if ")" in s[-3:]:
        if PHOTO_CREDIT_TAIL.search(s[-300:]) is not None or WIRE_PHOTO_OPENER.match(s):
            return True
        return _caption_source_tail(s)
    if _caption_source_tail(s):
        return True
    if s.endswith("]") and (
        _BRACKET_CREDIT.search(s[-100:]) or _BRACKET_PHOTO_TAIL.search(s[-120:])
    ):
        return True  # "... on April 29. [ MARISOL QUINTERO | Times ]", "... [Photo/Xinhua]"
    if "|" in s[-40:] and _BAR_SOURCE_TAIL.search(s[-60:]):
        return True  # "... after admitting fraud by abuse of position. | National World"
    end = s[-100:]
    if "/" in end and _OUTLET_SLASH_TAIL.search(end):
        return True  # "... in March 2026. / The Irrawaddy", "... [Name/Al Jazeera]"
    if "OURTESY" in end.upper() and _CAPS_COURTESY_TAIL.search(end):
        return True  # "... from sailing. —PHOTO COURTESY OF COAST GUARD STATION MASBATE"
    piece = end[end.rfind(". ") + 1 :]  # after the last sentence stop: a credit is short
    if (
        ("/" in piece or " by " in piece or " for " in piece or "|" in piece or "ourtesy" in piece)
        and piece.count(" ") <= PHOTO_CREDIT_TAIL_WORDS
        and PHOTO_CREDIT_SLASH.search(end)
    ):
        return True
    if " FOR " in end and _CAPITALS_CREDIT.search(end):
        return True
    if "©" in end and _COPYRIGHT_CREDIT.search(end):
        return True  # "... on March 18, 2026. © Julien Ferrand, AFP"
    if "PHOTO" in end and _CAPS_PHOTO_TAIL.search(end):
        return True  # "... on Monday. PHOTO JASPER OKWERA", "... 2026. PHOTO BY ANN P. LEE"
    if "Photo" in end and _PHOTO_NAME_ID_TAIL.search(end):
        return True  # Whakatāne Beacon: "... in February. Photo Kurt Vesey D6114-02"
    if "@" in end and _NAME_EMAIL_TAIL.search(end):
        return True  # McClatchy: "... on Tuesday. Marcy Guillotte mguillotte@sunherald.com"
    if _DASH_NAME_TAIL.search(end) or _CAPS_NAME_OUTLET_TAIL.search(end):
        return True  # "... on Tuesday. - Colin Boutilier", "... 14 years. KEVIN ORLOWSKI, TIMES COLONIST"
    return (":" in end or "Credit" in end or " by " in end) and (
        PHOTO_CREDIT_LABEL.search(end) is not None
    )


#: Distinct promotion keywords that make a long paragraph with a promotion a widget.
WIDGET_MIN_PROMO_WORDS = 5
#: :data:`PROMO_KEYWORDS` once each (the tuple repeats a few).
_PROMO_KEYWORD_SET: frozenset[str] = frozenset(PROMO_KEYWORDS)


def _promo_words(low: str) -> int:
    """How many of :data:`PROMO_KEYWORDS` the lowercase text holds."""
    return sum(k in low for k in _PROMO_KEYWORD_SET)


def _contains_any(low: str, keywords: tuple[str, ...]) -> bool:
    return any(k in low for k in keywords)


def _is_social_row(s: str) -> bool:
    tokens = _TOKEN.findall(s.lower())
    return (
        bool(tokens)
        and all(t in SOCIAL_WORDS or t in SOCIAL_FILLER for t in tokens)
        and any(t in SOCIAL_WORDS for t in tokens)
    )


def _is_menu(s: str) -> bool:
    # (" > " as well: a breadcrumb trail, "Home > Mumbai > Crime News > Article")
    return sum(s.count(c) for c in MENU_SEPARATORS) + s.count(" > ") >= 2


def _lines(text: str) -> list[tuple[int, int, bool]]:
    """Stripped non-blank lines as ``(start, end, blank_before)``."""
    out: list[tuple[int, int, bool]] = []
    pos = 0
    blank = False
    for line in text.splitlines(keepends=True):
        stripped = line.strip()
        if stripped:
            start = pos + line.index(stripped[0])
            out.append((start, start + len(stripped), blank))
            blank = False
        elif out:
            blank = True
        pos += len(line)
    return out


def _paragraphs(text: str, lines: list[tuple[int, int, bool]]) -> list[tuple[int, int, bool]]:
    """Paragraphs as ``(start, end, blank_after)``: lines, or wrapped groups of hard-wrapped text."""
    width = _wrap_width(text, lines)
    out: list[tuple[int, int, bool]] = []
    last = len(lines) - 1
    for i, (start, end, blank) in enumerate(lines):
        blank_after = i == last or lines[i + 1][2]
        if width and out and not blank and _wraps(text, lines, i - 1, width):
            out[-1] = (out[-1][0], end, blank_after)
        else:
            out.append((start, end, blank_after))
    return out


def _wrap_width(text: str, lines: list[tuple[int, int, bool]]) -> int:
    """The wrap width when the text is hard-wrapped, else 0."""
    sizes: list[int] = []
    for i, (_, _, blank) in enumerate(lines):
        if i == 0 or blank:
            sizes.append(0)
        sizes[-1] += 1
    multi = sum(1 for size in sizes if size > 1)
    inner = [i for i in range(len(lines) - 1) if not lines[i + 1][2]]  # breaks inside a group
    if len(inner) < 3 or multi < 2 or multi < WRAP_GROUP_SHARE * len(sizes):
        return 0
    width = max(lines[i][1] - lines[i][0] for i in inner)
    if not WRAP_MIN_WIDTH <= width <= WRAP_MAX_WIDTH:
        return 0
    # short lines inside a group (an address, a sign-off) are not wrap candidates
    long = [i for i in inner if lines[i][1] - lines[i][0] >= width / 2]
    wrapped = sum(1 for i in long if _wraps(text, lines, i, width))
    open_ended = sum(1 for i in long if not CLAUSE_END.search(text, lines[i][1] - 3, lines[i][1]))
    if (
        len(long) < 3
        or wrapped < WRAP_BREAK_SHARE * len(long)
        or open_ended < WRAP_MIDSENTENCE_SHARE * len(long)
    ):
        return 0
    return width


def _wraps(text: str, lines: list[tuple[int, int, bool]], i: int, width: int) -> bool:
    """Line ``i`` was broken by a wrapper: the next line's first word would not have fitted."""
    start, end, _ = lines[i]
    word = _WORD.match(text, lines[i + 1][0])
    first = word.end() - word.start() if word else 0
    return end - start + 1 + first > WRAP_FILL * width


def _initial_before(chunk: str, dot: int) -> bool:
    """The full stop at ``dot`` closes a lone capital: a name's initial ("Leo P.")."""
    return (
        chunk.startswith(".", dot)
        and dot >= 2
        and chunk[dot - 1].isupper()
        and chunk[dot - 2].isspace()
    )


def _split_tail(text: str, start: int, end: int) -> list[tuple[int, int]]:
    """Cut trailing copyright notices or credit sentences off a paragraph, at sentence starts."""
    chunk = text[start:end]
    offset = max(0, len(chunk) - TAIL_MAX_CHARS)  # a tail lies in the last TAIL_MAX_CHARS
    low = chunk[offset:].lower()
    positions = sorted({offset + at for k in TAIL_KEYWORDS for at in _find_all(low, k)})
    if not positions:
        return [(start, end)]
    # sentence starts that can open a tail, found once for the whole window
    # (not after a middle initial: "Variety reporter Leo P. Ogumoro contributed ...")
    starts = [
        m.end()
        for m in _SENTENCE_GAP.finditer(chunk, max(0, offset - 8))
        if not _initial_before(chunk, m.start())
    ]
    cuts: list[int] = []
    last = 0
    for at in positions:
        k = bisect.bisect_right(starts, at) - 1
        q = starts[k] if k >= 0 else 0
        if q <= last or q < offset:
            continue
        tail = chunk[q:]
        kind = _tail_kind(tail) if len(tail.split()) <= TAIL_MAX_WORDS else None
        head = chunk[last:q]
        if (
            kind == "boilerplate"
            and last == 0
            and len(head.split()) <= FOOTER_HEAD_WORDS
            and _tail_kind(head) is None
        ):
            continue  # "Courier Media Limited. Co. Regn. No. 1987K. Copyright © 2026.": one footer
        if kind is not None and kind != _tail_kind(head):
            cuts.append(q)
            last = q
    if not cuts:
        return [(start, end)]
    bounds = [0, *cuts, len(chunk)]
    pieces = []
    for a, b in itertools.pairwise(bounds):
        piece = chunk[a:b]
        lead = len(piece) - len(piece.lstrip())
        pieces.append((start + a + lead, start + a + len(piece.rstrip())))
    return pieces


def _tail_kind(s: str) -> str | None:
    if _PHOTOGRAPHER_COPYRIGHT.fullmatch(s.strip()):
        return None  # "© Julien Ferrand, AFP" closing a caption: the photo's credit
    if COPYRIGHT.search(s) or _COPYRIGHT_INSIDE.search(s):
        return "boilerplate"
    return "credit" if CREDIT.search(s) else None


def _find_all(low: str, key: str) -> list[int]:
    out = []
    at = low.find(key)
    while at >= 0:
        out.append(at)
        at = low.find(key, at + 1)
    return out


def _caption_with_credit(a: str, b: str) -> bool:
    """``b`` is ``a`` with a photo credit after it ("... left for Muhu." / "... left for
    Muhu. Source: Tõnis Kaasik/ERR", "... Credit: Lachlan Terry/The West Australian")."""
    a = a.rstrip()
    if glued := GLUED_ICON_LABEL.match(b):
        b = b[glued.end() :]  # "Camera IconHannan Street, where ...": the icon's label
    if len(b) > len(a) and b.endswith(a) and b[-len(a) - 1].isspace():
        # the credit first: "Photo: Ásgeir Jóhannsson. Drilling rig at the Melkot site"
        return CREDIT_BEFORE_CAPTION.fullmatch(b[: -len(a)]) is not None
    k = len(a)
    if len(b) > k + 1 and b[k] in ".," and b.startswith(a):
        k += 1  # "... on Tuesday" / "... on Tuesday. — (Picture by Dumisani Ngwenya)"
    if len(b) <= k or not b.startswith(a) or not b[k].isspace():
        return False
    rest = b[k:].strip().lstrip("—–- ")
    if _AGENCY_SLASH_NAME.fullmatch(rest):
        return True  # "... season." / "... season. Keystone / Lukas Tresch"
    return (
        rest.count(" ") < PHOTO_CREDIT_TAIL_WORDS
        and not SENTENCE_END.search(rest[-1:])
        and (
            PHOTO_CREDIT_LABEL.match(rest) is not None
            or CAPTION_CREDIT_LABEL.match(rest) is not None
            or _photo_credit_tail(b)
        )
    )


#: An agency, a slash and the photographer after a caption printed again with its credit
#: ("Keystone / Lukas Tresch").
_AGENCY_SLASH_NAME: re.Pattern[str] = re.compile(
    rf"[A-Z][\w&.-]*(?:\s+[A-Z][\w&.-]*)?\s*/\s*{_FULL_NAME}"
)
#: An icon's text label glued to the caption after it ("Camera IconHannan Street ...").
GLUED_ICON_LABEL: re.Pattern[str] = re.compile(r"[A-Z][a-z]+\s[Ii]con(?=[A-Z0-9\"“‘'])")
#: A labelled credit before a caption repeated with it: "Photo: Ásgeir Freyr Jóhannsson. ".
CREDIT_BEFORE_CAPTION: re.Pattern[str] = re.compile(
    r"(?:Source|Credit|Photo|Picture|Image|Photograph|Foto)s?\s*:\s*[A-Z][^.!?]{1,60}\.\s+"
)
#: A credit's label after a caption repeated with its credit: "Source: Name/ERR".
CAPTION_CREDIT_LABEL: re.Pattern[str] = re.compile(
    r"(?:Source|Credit|Photo|Picture|Image|Photograph|Foto)s?\s*:\s*[A-Z]"
)


#: A story's first words in capitals, then lowercase ones: "THE GEORGETOWN TOWN BOARD has
#: approved", "PATIENTS and their relatives" (many papers set the lead so).
CAPITALS_LEAD: re.Pattern[str] = re.compile(r"[A-Z][A-Z'’-]{2,}(?:\s+[A-Z][A-Z'’-]+)*\s+[a-z]")


#: Most words of a caption printed once before a lead in capitals.
LEAD_CAPTION_MAX_WORDS = 40


def _caption_before_capitals_lead(spans: list[tuple[int, int, str, int, str]]) -> None:
    """The story's first paragraph, one sentence or less with no quotation mark, right
    before a paragraph that opens in capitals, is a photo's caption printed once ("Vendors
    at the Georgetown market, where the roof leaks." / "THE GEORGETOWN TOWN BOARD has
    approved ..."): the capitals open the story."""
    from .people import english_word
    from .segment import sentence_starters

    body = [i for i, sp in enumerate(spans) if sp[2] == "body"]
    if len(body) < 2 or not CAPITALS_LEAD.match(lead := spans[body[1]][4]):
        return
    word = lead.split(None, 1)[0].lower()
    if not (english_word(word) or word in sentence_starters()):
        return  # "MPBT president Datuk ...": an acronym, no lead in capitals
    if body[0] > 0 and spans[body[0] - 1][2] == "dateline":
        return  # "MELAKA (April 29): The council ...": the dateline opens the story
    first = spans[body[0]]
    words = first[4].split()
    if (
        CAPTION_MIN_WORDS <= len(words) <= LEAD_CAPTION_MAX_WORDS
        and not any(mark in first[4] for mark in '"“”')
        and _INNER_SENTENCE_END.search(first[4]) is None
        and all(sp[2] in ("boilerplate", "caption") for sp in spans[body[0] + 1 : body[1]])
    ):
        spans[body[0]] = (*first[:2], "caption", *first[3:])


def _same_text(a: str, b: str) -> bool:
    """Equal after collapsing whitespace (cheap tests first)."""
    return a == b or (a[:1] == b[:1] and a[-1:] == b[-1:] and a.split() == b.split())


#: A label over readers' comments: "Comments 2", "3 comments", "Reader comments (4)".
COMMENTS_LABEL: re.Pattern[str] = re.compile(
    r"(?i:(?:\d+\s+)?(?:reader\s+)?comments?(?:\s*\(?\d+\)?)?)"
)
#: A comment's header: the commenter and a date ending with a clock time ("phoenicia77
#: 17 November 2026, 16:35").
_COMMENT_HEADER: re.Pattern[str] = re.compile(
    r".{1,80}\b\d{4},?\s+\d{1,2}:\d{2}(?:\s*[ap]\.?m\.?)?", re.I
)
#: Most segments taken as readers' comments under their label.
MAX_COMMENT_SEGMENTS = 60


def _reader_comments(segs: list[_Segment]) -> None:
    """Under a comments label whose next line is a comment's header (a name and a date
    with a time), the comments up to the next furniture are furniture."""
    n = len(segs)
    for i, seg in enumerate(segs):
        if (
            i + 1 < n
            and seg.n_words <= 4
            and COMMENTS_LABEL.fullmatch(seg.text.strip())
            and _COMMENT_HEADER.fullmatch(segs[i + 1].text.strip())
        ):
            seg.pattern = "boilerplate"
            for nxt in segs[i + 1 : i + 1 + MAX_COMMENT_SEGMENTS]:
                if nxt.pattern is not None:
                    break
                nxt.pattern = "boilerplate"
            return


def _label(segs: list[_Segment]) -> bool:
    """Give every segment a label, from its patterns and its place in the page; return
    whether the page is pasted (it carries pattern furniture somewhere)."""
    n = len(segs)
    for a, b in itertools.pairwise(segs):  # a paragraph printed twice: photo caption
        if (
            a.pattern is None
            and not a.weak  # (not a time stamp printed twice)
            and a.n_words >= 3
            and (
                _same_text(a.text, b.text)
                # the second copy behind a media label: "FILE - ...", "Photo: ..."
                or (MEDIA_LABEL.match(b.text) and _same_text(a.text, MEDIA_LABEL.sub("", b.text)))
            )
        ):
            a.pattern = b.pattern = "caption"
        elif CAPTION_LABEL_LINE.fullmatch(a.text) and b.pattern is None and b.n_words <= 60:
            a.pattern = b.pattern = "caption"  # BBC: "Image caption," on a line of its own
    for i in range(n - 1):  # a caption, then the same caption with its credit after it
        a = segs[i]
        if a.pattern is not None or a.n_words < CAPTION_MIN_WORDS:
            continue
        for b in segs[i + 1 : i + 3]:  # (an icon's label may sit between: "Camera Icon")
            if _caption_with_credit(a.text, b.text):
                a.pattern = b.pattern = "caption"
                break
            if b.n_words > 3:
                break
    for i in range(n - 2):  # a caption, its credit line (or a gallery's "1 / 3"), it again
        a, b, c = segs[i : i + 3]
        if (
            a.pattern is None
            and a.n_words >= CAPTION_MIN_WORDS
            and b.n_words <= SHORT_MAX_WORDS
            and (
                b.pattern == "caption"
                or (b.pattern is None and (b.weak or _photo_credit_line(b.text)))
            )
            and _same_text(a.text, c.text)
        ):
            a.pattern = b.pattern = c.pattern = "caption"
    for i in range(n - 3):  # a caption, the photographer and the outlet, the caption again
        a = segs[i]
        if a.pattern is not None or a.n_words < CAPTION_MIN_WORDS:
            continue
        for gap in (2, 3):  # ("Lena Kibler", "/", "WVXU": a separator on a line of its own)
            middle, again = segs[i + 1 : i + 1 + gap], segs[i + 1 + gap : i + 2 + gap]
            if (
                again
                and _same_text(a.text, again[0].text)
                and all(_capitalised_short_line(x) or x.text in CREDIT_SEPARATORS for x in middle)
            ):
                for x in (a, *middle, again[0]):
                    x.pattern = "caption"
                break
    for i in range(n - 3):  # a caption and its credit line, printed twice (lazy loading)
        a, b, c, d = segs[i : i + 4]
        if (
            a.pattern is None
            and a.n_words >= CAPTION_MIN_WORDS
            and b.n_words <= SHORT_MAX_WORDS
            and b.pattern in (None, "caption")
            and _same_text(a.text, c.text)
            and _same_text(b.text, d.text)
        ):
            a.pattern = b.pattern = c.pattern = d.pattern = "caption"
    _reader_comments(segs)
    # positional furniture rules only run on pages that carry pattern furniture somewhere
    pasted = any(seg.pattern == "boilerplate" for seg in segs)
    if pasted:  # long furniture in sentences (a clean file's paragraphs are not searched)
        for seg in segs:
            if seg.pattern is None and (
                (SHORT_MAX_WORDS < seg.n_words <= PATTERN_MAX_WORDS and _long_furniture(seg.text))
                # a sign-up widget pasted as one line ("... Sign up Thank you for signing up!
                # Did you know with a Digital Subscription ...")
                or (
                    PATTERN_MAX_WORDS < seg.n_words <= 2 * PATTERN_MAX_WORDS
                    and _promo_sentence(seg.text)
                    and _promo_words(seg.text.lower()) >= WIDGET_MIN_PROMO_WORDS
                )
            ):
                seg.pattern = "boilerplate"
    _link_lists(segs, pasted=pasted)
    if pasted:
        _support_boxes(segs)
        _signup_forms(segs)
        _tag_lists(segs)
    if pasted:  # an author's note after most of the story (a bio may open a story elsewhere)
        prose = [i for i, seg in enumerate(segs) if seg.pattern is None and seg.prose]
        late = prose[int(len(prose) * AUTHOR_NOTE_AFTER)] if prose else n
        for seg in segs[late:]:
            if (
                seg.pattern is None
                and seg.n_words <= AUTHOR_BIO_MAX_WORDS
                and AUTHOR_BIO.match(seg.text)
            ):
                seg.pattern = "boilerplate"
    for i in range(1, n - 1 if pasted else 0):  # a caption, then its photo credit line
        a, b = segs[i], segs[i + 1]
        if (
            a.pattern is None
            and a.prose
            and a.n_words <= CAPTION_MAX_WORDS
            and (m := _NAME_CREDIT_TAIL.search(a.text[-60:])) is not None
            and not _QUOTE_MARKS.search(a.text)
            and _listed_first_name(m.group(1))
        ):
            a.pattern = "caption"  # "Sen. X speaks during a hearing ... (Leo Castellano)"
            continue
        if (
            a.pattern is None
            and not _QUOTE_MARKS.search(a.text)  # "“Our hearts are broken,” Obama told ..."
            and CAPTION_MIN_WORDS <= a.n_words <= CAPTION_MAX_WORDS
            and b.pattern == "caption"
            and b.n_words <= SHORT_MAX_WORDS
            and _photo_credit_line(b.text)
        ):
            a.pattern = "caption"
    byline_seen = False  # a credit line before: a "Name | e-mail" line is then no byline
    caps_photo: re.Match[str] | None = None
    the_outlet: re.Match[str] | None = None
    for i in range(1, n if pasted else 0):  # a photographer's line under a caption
        a, b = segs[i - 1], segs[i]
        byline_seen = byline_seen or a.pattern == "credit"
        if b.n_words > SHORT_MAX_WORDS or (
            b.pattern is not None and not (b.pattern == "boilerplate" and _barred_photographer(b))
        ):
            continue
        if a.pattern == "caption" and _photographer_line(b.text.strip()):
            b.pattern = "caption"  # the caption's photographer: "MARISOL ECHEVERRIA-KANE"
        elif (
            a.pattern is None
            and a.prose  # (a headline over a "Name | Outlet" byline ends with no stop)
            and CAPTION_MIN_WORDS <= a.n_words <= CAPTION_MAX_WORDS
            and TIMESTAMP.fullmatch(a.text.strip()) is None  # "Friday, May 8, 2026 5:01 a.m."
            and not _QUOTE_MARKS.search(a.text)
            and (
                _CREDIT_SEPARATOR.search(b.text)
                or (caps_photo := _CAPS_PHOTO_CREDIT.fullmatch(b.text.strip())) is not None
                or (the_outlet := _NAME_THE_OUTLET.fullmatch(b.text.strip())) is not None
            )
            and (
                _photographer_line(b.text.strip())
                or caps_photo is not None  # "SADIE TENBRINK RMO PHOTO", "ANN LEE FILE PHOTO"
                # "Warren Minkowski The Bellingham Herald" (McClatchy): a listed given name
                or (the_outlet is not None and _listed_first_name(the_outlet.group("first")))
                # "Ashley Brubaker | abrubaker@pennlive.com" after the byline "By Greg ... |
                # gzimmerly@pennlive.com": the photographer's name and e-mail
                or (
                    _NAME_EMAIL_LINE.fullmatch(b.text.strip()) is not None
                    and (byline_seen or _byline_shares_domain(b.text, segs))
                )
                or _name_and_page_outlet(b.text.strip(), segs)
            )
        ):
            # "... at the courthouse annex." / "RACHEL ODOM, SENTINEL-LEDGER": a caption
            # and its photographer with the outlet
            a.pattern = b.pattern = "caption"
    for i in range(n - 2 if pasted else 0):  # a caption, its credit, the photo store's button
        a, b, c = segs[i : i + 3]
        if (
            c.text.strip().rstrip(" »›>").lower() in PHOTO_STORE_LINES
            and a.pattern is None
            and a.prose
            and CAPTION_MIN_WORDS <= a.n_words <= CAPTION_MAX_WORDS
            and not _QUOTE_MARKS.search(a.text)
            and b.n_words <= SHORT_MAX_WORDS
            and b.pattern in (None, "credit", "caption")
            and b.text[:1].isupper()
            and not SENTENCE_END.search(b.text[-1:])
        ):
            a.pattern = b.pattern = "caption"  # ... / "Rowan Tjaden, Journal staff" / "Buy Now"
    for i in range(2, n - 1 if pasted else 0):
        a, b, c = segs[i - 1], segs[i], segs[i + 1]
        if (
            a.pattern is None
            and a.n_words <= SHORT_MAX_WORDS
            and b.pattern is None
            and b.prose
            and CAPTION_MIN_WORDS <= b.n_words <= CAPTION_MAX_WORDS
            and c.pattern == "boilerplate"
            and not _QUOTE_MARKS.search(b.text)
            and "|" in a.text
            and _photographer_line(a.text.strip())
            and TIMESTAMP.fullmatch(segs[i - 2].text.strip()) is not None
        ):
            # "Friday, May 8, 2026" / "Dana Rudnicki | TribLive" / "Chief Ray Pavlich stands
            # in the engine bay ..." / "Share": the photographer, then the caption
            a.pattern = b.pattern = "caption"
    for i in range(n - 3 if pasted else 0):
        a, b, c, d = segs[i : i + 4]
        if (
            a.pattern == "caption"
            and a.n_words <= SHORT_MAX_WORDS
            and "/" in a.text  # "Carlos Mendel / KCUR 89.3"
            and b.pattern is None
            and b.prose
            and CAPTION_MIN_WORDS <= b.n_words <= CAPTION_MAX_WORDS
            and not _QUOTE_MARKS.search(b.text)
            and 2 <= len(c.text.split()) <= 4
            and all(w[:1].isupper() for w in c.text.split())
            and d.text.lstrip().startswith(("Published", "Updated"))
        ):
            # "Maren Dziedzic / WESA" / "Dr. Bernadette Kovalchick stands in ..." / "Maren
            # Dziedzic" / "Published April 29, 2026": a public radio site's credit, then the
            # caption, then the byline and its time
            b.pattern = "caption"
    for i in range(1, n - 1 if pasted else 0):
        if segs[i].text.strip() == "/" and _split_photo_credit(segs, i):
            # "Itzel Barajas" / "/" / "KUNR Public Radio": a public radio site's photo credit
            # pasted over three lines, with the photo's description above and caption below
            for k in range(i - 1, i + 2):
                segs[k].pattern = "caption"
            for near in (segs[k] for k in (i - 2, i + 2) if 0 <= k < n):
                if (
                    near.pattern is None
                    and near.prose
                    and CAPTION_MIN_WORDS <= near.n_words <= CAPTION_MAX_WORDS
                    and not _QUOTE_MARKS.search(near.text)
                ):
                    near.pattern = "caption"
    for a, b in itertools.pairwise(segs):
        if (
            b.pattern == "caption"
            and a.pattern is None
            and a.text.endswith(("...", "…"))
            and len(stem := a.text.rstrip(".… ")) >= TRUNCATED_CAPTION_MIN_CHARS
            and b.text.startswith(stem)
        ):
            a.pattern = "caption"  # "... checks one of the hives recovered by..." over it in full
    for i, b in enumerate(segs):
        if b.pattern == "caption":
            for a in segs[max(0, i - CAPTION_COPY_GAP) : i]:
                if (
                    a.pattern is None
                    and len(a.text) >= TRUNCATED_CAPTION_MIN_CHARS
                    and b.text.startswith(a.text)
                    and (b.text[len(a.text) : len(a.text) + 1].isspace() or a.text[-1] in ".!?")
                ):
                    # "Trucks pass the site ... 2026." / "Prev" / "Next" / the same caption
                    # with its photo credit ("... 2026.(KWCH)"): the copy without the credit
                    a.pattern = "caption"
    first_title = _first_line_is_title(segs, pasted)
    body_start = next(
        (i for i in range(1 if first_title else 0, n) if segs[i].pattern is None and segs[i].prose),
        n,
    )
    anchored = _byline_header(segs, body_start)
    cluster: tuple[int, int] | None = None
    title: int | None
    if anchored is not None:
        title, cluster, body_start = anchored
    else:
        title = _choose_title(segs, body_start, first_title, pasted=pasted)
        if pasted and title is not None:
            body_start = _past_standfirst(segs, title, body_start)
        if (
            pasted
            and title is not None
            and title < body_start < n - 1
            and segs[body_start].pattern is None
            and _bare_caption(segs[body_start])
            and _caption_above_story(segs, body_start)
        ):
            # "Buses and motorcycle taxis at the congested Kabarondo taxi park" (no stop)
            # right above the story: the photo's caption, not the story's first paragraph
            segs[body_start].pattern = "caption"
            body_start += 1
    for i in range(body_start):
        seg = segs[i]
        if i == title:
            seg.label = "title"
        elif seg.pattern is not None:
            seg.label = seg.pattern
        elif i > 0 and _byline(segs[i - 1]) and _affiliation_line(seg.text):
            seg.label = "credit"  # "By Rosa Delgado" / "The Valley Herald"
        elif pasted and (
            seg.text.strip() in _BY_WORDS
            or (i > 0 and segs[i - 1].text.strip() in _BY_WORDS and _NAME_LINE.fullmatch(seg.text))
        ):
            seg.label = "credit"  # "By" / "Brynn Thorsgard": a byline over two lines
        elif (
            cluster is not None
            and title is not None
            and i > title
            and (label := _header_label(segs, i, cluster, body_start)) is not None
        ):
            seg.label = label
        elif (
            pasted
            and title is not None
            and title < i
            and _caption_above_story(segs, i)
            and all(_under_caption(segs[x]) for x in range(i + 1, body_start))
        ):
            seg.label = "caption"  # "Smoke rises from a bus ... morning. - Screengrab"
        elif pasted and not _is_deck(segs, i, title):
            seg.label = "boilerplate"  # page header
        elif pasted and title is not None and i == title + 1 and seg.prose and i < body_start - 1:
            seg.label = "title"  # a standfirst above the byline and the photo
        else:
            seg.label = "body"  # a deck, a section tag or a note under the title
    _label_story(segs, body_start, pasted)
    return pasted


#: "By" alone on a line, the first half of a byline pasted over two lines.
_BY_WORDS: frozenset[str] = frozenset({"By", "by", "BY"})


#: Labels over a page's tag list ("KEYWORDS" / "Kobe, Housing, Aging society").
TAG_LABELS: frozenset[str] = frozenset(
    {"tags", "topics", "keywords", "related topics", "tagged", "more on", "filed under"}
)
#: Most words of a tag list on one line.
TAG_LIST_MAX_WORDS = 30


def _tag_lists(segs: list[_Segment]) -> None:
    """A line of comma-separated tags under a tags label is furniture."""
    for label, tags in itertools.pairwise(segs):
        if (
            tags.pattern is None
            and label.text.strip().rstrip(":").lower() in TAG_LABELS
            and "," in tags.text
            and tags.n_words <= TAG_LIST_MAX_WORDS
            and not SENTENCE_END.search(tags.text[-1:])
        ):
            tags.pattern = "boilerplate"


def _past_standfirst(segs: list[_Segment], title: int, body_start: int) -> int:
    """The story's first paragraph when the paragraph under the headline is a standfirst: a
    short paragraph right under the title with a photo's caption (and its credit, a name
    line, furniture) below it before the story ("Residents say talks ... have stalled" /
    caption / "Islanders on Cape Clear have warned ...")."""
    if (
        body_start <= title
        or body_start >= len(segs)
        or segs[body_start].n_words > STANDFIRST_MAX_WORDS
        or any(segs[i].pattern is None for i in range(title + 1, body_start))
    ):
        return body_start
    k = body_start + 1
    captions = 0
    while k < len(segs) and (
        segs[k].pattern is not None
        or segs[k].weak
        or _NAME_LINE.fullmatch(segs[k].text)
        or segs[k].text.strip() in _BY_WORDS  # "By" on a line of its own above the name
    ):
        captions += segs[k].pattern == "caption"
        k += 1
    if not captions or k >= len(segs) or not segs[k].prose:
        return body_start
    return k


#: Prose paragraphs a standfirst may hold between a headline and its byline.
ZONE_MAX_PROSE: int = 2
#: Most segments a header's byline cluster spans (bylines, stamps, share rows, captions).
CLUSTER_MAX: int = 24
#: An author's note in a page header: "Ryan Lee covers the NHL for ESPN. He ...".
AUTHOR_NOTE: re.Pattern[str] = re.compile(
    r"\b(?:covers|covered|covering|reporter|correspondent|writer|editor|columnist|journalist"
    r"|contributor|reports\s+on)\b"
)
#: A part marker heading a section of a long read: "I.", "II", "3.", "Part 2".
PART_MARKER: re.Pattern[str] = re.compile(r"(?:[IVX]{1,5}|[1-9]|1\d|20|Part\s+\w+)\.?")
#: A byline without "By": a name alone on its line ("Danielle Okafor", "Nadia Rahim").
_NAME_LINE: re.Pattern[str] = re.compile(
    r"[A-ZÀ-ÖØ-Þ\u0100-\u017f][\w'’.-]*(?:\s+[A-ZÀ-ÖØ-Þ\u0100-\u017f][\w'’.-]*){1,3}"  # "Niamh Ó Crualaoich"
    r"(?:(?:,\s+|\s+and\s+|\s+&\s+)[A-Z][\w'’.-]+(?:\s+[A-Z][\w'’.-]+){1,3}){0,3}"  # two writers
)


def _byline(seg: _Segment) -> bool:
    """A byline (a credit that is no contribution note)."""
    return (
        seg.pattern == "credit"
        and (CREDIT.search(seg.text) is None or BYLINE.match(seg.text) is not None)
        and _TRANSLATION_NOTE.search(seg.text) is None  # ("Edited by X. Translated ... by Y.")
    )


#: A translator's credit inside a closing note.
_TRANSLATION_NOTE: re.Pattern[str] = re.compile(r"\bTranslated\s+(?:from\s+[A-Z]\w+\s+)?by\s")


def _strong(seg: _Segment) -> bool:
    """A byline or a time stamp (not a player's clock): the page's header is here."""
    if seg.pattern == "credit":
        return _byline(seg)
    text = seg.text
    return (
        (seg.weak or seg.pattern == "boilerplate")
        and TIMESTAMP.fullmatch(text) is not None
        and MEDIA_PLAYER.fullmatch(text) is None
        # a date, "2 hours ago" or "Published": a bare clock may be a programme schedule
        and (_DATED.search(text) is not None or LABELLED_TIMESTAMP.search(text) is not None)
    )


#: A date or a relative time inside a time stamp.
_DATED: re.Pattern[str] = re.compile(rf"{_DATE}|{_AGO}|\b(?:today|yesterday)\b", re.I)


def _header_marker(seg: _Segment) -> bool:
    """Header furniture around a byline: credits, stamps, share rows, captions, players (an
    advertisement can stand anywhere in a story and is no sign of the header)."""
    if seg.weak:
        return True
    if seg.pattern not in ("credit", "boilerplate", "caption"):
        return False
    low = seg.text.lower()
    return "advert" not in low and "sponsor" not in low and "ad feedback" not in low


def _byline_header(
    segs: list[_Segment], body_start: int
) -> tuple[int, tuple[int, int], int] | None:
    """``(title, cluster, story start)`` of a page whose headline sits above a byline cluster
    (bylines, time stamps, share rows, captions, name lines, an author's note).

    The first byline or time stamp whose cluster has a headline right above it (past a
    standfirst) and story paragraphs after it wins; the first prose paragraph after the
    cluster starts the story. A standfirst is then no story paragraph, and prose furniture
    above the headline (a cookie notice, a site's motto) is no story either. A later cluster
    before the same story whose headline shares more words with it wins over a site's date
    line under its motto ("Serving Prince Albert and area since 1894" / "Monday, April 27").
    """
    n = len(segs)
    prose_before = list(
        itertools.accumulate((s.pattern is None and s.prose for s in segs), initial=0)
    )
    # a cluster whose headline shares no words with the story (a site's date line under its
    # name) is kept only if no later cluster's does ("Squid fleet ..." over its time stamp)
    fallback: tuple[int, tuple[int, int], int] | None = None
    for j in range(n):
        if prose_before[j] > HEADER_MAX_PROSE + ZONE_MAX_PROSE:
            break  # the story is under way: a later byline is a footer's
        found = _cluster_title(segs, j, prose_before)
        if found is None:
            continue
        title, (first, story), shared = found
        if shared:
            for k in range(j + 1, story):  # a nearer cluster over the same story
                nearer = _cluster_title(segs, k, prose_before)
                if (
                    nearer is not None
                    and nearer[1][1] == story
                    and nearer[0] > title
                    and _shared_words(segs[nearer[0]].text, segs[story].text)
                    > _shared_words(segs[title].text, segs[story].text)
                ):
                    return nearer[0], nearer[1], story
            return title, (first, story), story
        fallback = fallback or (title, (first, story), story)
    return fallback


def _cluster_title(
    segs: list[_Segment], j: int, prose_before: list[int]
) -> tuple[int, tuple[int, int], bool] | None:
    """For a byline or time stamp at ``j``: ``(title, (cluster start, story start), whether
    the title shares words with the story)``, or None (no strong segment, no story after
    the cluster, no headline above it, or too much prose around)."""
    n = len(segs)
    if not _strong(segs[j]):
        return None
    first, last = _cluster(segs, j)
    story = next(
        (
            i
            for i in range(last + 1, n)
            if segs[i].pattern is None
            and segs[i].prose
            and not segs[i].text.startswith(BULLETS)  # a summary's points
            and not _under_summary_label(segs, i)
            and not _caption_above_story(segs, i)
        ),
        n,
    )
    # the words a headline shares: the story's first paragraph and a standfirst above
    if story >= n:
        return None  # no story paragraph after this cluster
    above = segs[first - 1] if first else None
    deck = above.text[:300] if above and above.prose and not _title_candidate(above) else ""
    captions = " ".join(
        segs[i].text[:300] for i in range(first, story) if segs[i].pattern == "caption"
    )  # a photo's caption in the cluster speaks of the story too
    lede = f"{segs[story].text[:600]} {deck} {captions}"
    title = _anchored_title(segs, first, lede)
    if title is None:
        return None
    before, after = prose_before[title], prose_before[n] - prose_before[story]
    if not (before <= HEADER_MAX_PROSE and after >= max(2, before + 1)):
        return None
    return title, (first, story), _shares_word(segs[title].text, lede)


#: Most prose paragraphs above a headline (cookie notices, a site's motto, an editors' note).
HEADER_MAX_PROSE: int = 4


#: Labels over a summary's points ("KEY POINTS", "Story highlights", "In Summary").
SUMMARY_LABEL: re.Pattern[str] = re.compile(
    r"(?i:key\s+(?:points|ideas|facts)|key\s+takeaways|story\s+highlights|in\s+summary|summary|in\s+brief|at\s+a\s+glance):?"
)
#: Most points under such a label.
SUMMARY_MAX_POINTS: int = 5


def _under_summary_label(segs: list[_Segment], i: int) -> bool:
    """Segment ``i`` is one of the short points right under a summary label."""
    for j in range(i - 1, max(-1, i - 1 - SUMMARY_MAX_POINTS), -1):
        seg = segs[j]
        if SUMMARY_LABEL.fullmatch(seg.text.strip()):
            return True
        if seg.pattern is not None or seg.n_words > SUMMARY_POINT_WORDS:
            return False
    return False


#: Most words of a summary's point (a point may run to two sentences).
SUMMARY_POINT_WORDS: int = 50


def _cluster(segs: list[_Segment], j: int) -> tuple[int, int]:
    """First and last index of the header furniture around the byline or stamp at ``j``."""
    first = j
    while first > 0:
        if _in_cluster(segs[first - 1]):
            first -= 1
        elif first > 1 and _name_over_affiliation(segs, first - 1):
            first -= 2  # "Marie-Ève Doiron" / "The Canadian Press" / "Published: ..."
        elif (
            first > 1 and _in_cluster(segs[first - 2]) and _TAG_LIST.fullmatch(segs[first - 1].text)
        ):
            first -= 2  # "Hana Desjarlais" / "|" / "News, Energy, Indigenous" / "|" / a date
        else:
            break
    last, notes = j, 0
    for k in range(j + 1, min(len(segs), j + CLUSTER_MAX)):
        seg = segs[k]
        if _in_cluster(seg):
            last = k
        elif seg.pattern is None and seg.prose and not notes and AUTHOR_NOTE.search(seg.text):
            notes += 1  # "Ryan Lee covers the NHL for ESPN.": the byline's pop-up
            if AUTHOR_BIO.match(seg.text):
                last = k  # "Nora Lee is a senior correspondent at Vox covering ...": no story
        elif seg.pattern is None and PART_MARKER.fullmatch(seg.text):
            pass  # "I." over the first section
        elif seg.pattern is None and (seg.prose or seg.n_words > HEADING_MAX_WORDS):
            break
    return first, last


#: A line listing a story's sections or tags: capitalised items of one or two words
#: between commas ("News, Energy, Indigenous").
_TAG_LIST: re.Pattern[str] = re.compile(
    r"[A-Z][\w&'’-]*(?: [A-Z][\w&'’-]*)?(?:, [A-Z][\w&'’-]*(?: [A-Z][\w&'’-]*)?)+"
)


def _name_over_affiliation(segs: list[_Segment], i: int) -> bool:
    """Segment ``i`` is a writer's outlet under a name alone ("Marie-Ève Doiron" / "The
    Canadian Press"): a byline over two lines."""
    return (
        i > 0
        and segs[i].pattern is None
        and segs[i - 1].pattern is None
        and _affiliation_line(segs[i].text)
        and _name_alone(segs[i - 1].text)
    )


def _in_cluster(seg: _Segment) -> bool:
    return _header_marker(seg) or (seg.pattern is None and _name_alone(seg.text))


def _name_alone(s: str) -> bool:
    """A line that is a name alone ("Zanele Mokoena"), not a widget's ("Close Button",
    "Short Url") or a menu's ("Latin America")."""
    if _NAME_LINE.fullmatch(s) is None:
        return False
    words = s.lower().split()
    return (
        words[0] not in WIDGET_VERBS
        and words[0] not in MENU_FIRST_WORDS
        and words[-1] not in MENU_LAST_WORDS  # "Sun Coverage": a section's label
    )


def _anchored_title(segs: list[_Segment], first: int, lede: str) -> int | None:
    """The headline above a byline cluster starting at ``first``: walking up past a
    standfirst (prose, or headline-like lines under the headline: a tabloid's bullets).

    A candidate that shares no content word with the story's first paragraph (``lede``) is
    a slogan or a promotion ("Before it's here, it's on the Terminal"): the walk goes on up,
    past furniture and a summary, to a candidate that does, if there is one nearby.
    """
    found = _title_above(segs, first, lede)
    if found is None or not lede or _shares_word(segs[found].text, lede):
        return found
    j, others = found - 1, 0
    while j >= 0 and others <= TITLE_LOOKUP_SKIP:
        seg = segs[j]
        if _title_candidate(seg) and _shares_word(seg.text, lede):
            return _title_above(segs, j + 1, lede)
        if seg.pattern is None and not seg.weak:
            others += 1
        j -= 1
    return found


#: Last words of a section's or a link list's label that reads like a name ("Sun Coverage").
MENU_LAST_WORDS: frozenset[str] = frozenset(
    {"coverage", "newsletters", "stories", "headlines", "updates", "videos", "podcasts",
     "galleries", "topics"}
)  # fmt: skip
#: Most segments a caption's copy without its photo credit may stand above it.
CAPTION_COPY_GAP: int = 3
#: Bullet characters opening a summary's points.
BULLETS: tuple[str, ...] = ("•", "·", "▪", "- ", "* ", "– ")
#: How far above a byline cluster a label line ("In Summary") may stand in the walk up.
TITLE_LABEL_GAP: int = 8
#: Non-furniture segments (a summary's bullets) a headline sharing words with the lede may
#: stand above a slogan-like candidate.
TITLE_LOOKUP_SKIP: int = 5
#: Content words: four or more letters.
_CONTENT_WORD: re.Pattern[str] = re.compile(r"[^\W\d_]{4,}")


def _shares_word(a: str, b: str, *, least: int = 2) -> bool:
    """``a`` shares ``least`` content words (not function words; case folded) with the start of
    ``b`` ("Chipmaker Halvard ... Sale of Malaysian Plant" and "Halvard ... a sale of its
    plant"; not "Before it's here, it's on the Terminal" and "..., Bloomberg reported")."""
    # words are compared by their first five letters, a plural's "s" left off ("Route" and
    # "routes", "walk" and "walks", "cave" and "caves")
    return _shared_words(a, b) >= least


def _shared_words(a: str, b: str) -> int:
    """How many content words (as :func:`_shares_word` compares them) ``a`` shares with the
    start of ``b``."""
    words = {_word_key(w) for w in _CONTENT_WORD.findall(a) if w.casefold() not in _FUNCTION_WORDS}
    return len({k for k in map(_word_key, _CONTENT_WORD.findall(b[:900])) if k in words})


def _word_key(word: str) -> str:
    """A content word's key for :func:`_shares_word`: case folded, a final "s" off, five letters."""
    w = word.casefold()
    return (w[:-1] if w.endswith("s") and len(w) > 4 else w)[:5]


#: Function words of four or more letters, left out when a headline is matched to its lede.
_FUNCTION_WORDS: frozenset[str] = frozenset(
    {"that", "this", "with", "from", "have", "were", "will", "said", "says", "their", "they",
     "been", "more", "than", "what", "when", "where", "which", "while", "about", "after",
     "over", "into", "would", "could", "there", "here", "before", "also", "just", "your"}
)  # fmt: skip


def _title_above(segs: list[_Segment], first: int, lede: str) -> int | None:
    """The first headline candidate above ``first`` past a standfirst (see above); a
    candidate right above it is the headline when it shares words with the ``lede`` too
    (a headline over its bullet points, not a site's motto over the headline)."""
    j = first - 1
    skipped = 0
    while j >= 0 and not _title_candidate(segs[j]) and not _two_sentence_headline(segs[j], lede):
        seg = segs[j]
        if seg.pattern in ("boilerplate", "caption") and first - j <= TITLE_LABEL_GAP:
            j -= 1  # "In Summary" over a summary's bullets; a photo's caption under the headline
            continue
        if seg.pattern is not None or seg.weak or skipped >= 2 or seg.n_words > 80:
            return None
        if not seg.text.startswith(BULLETS):
            skipped += 1  # a standfirst ending with a period, a name line (bullets are free)
        j -= 1
    if j < 0:
        return None
    below = j
    while (
        j > 0
        and (_title_candidate(segs[j - 1]) or _two_sentence_headline(segs[j - 1], lede))
        and j - 1 >= below - TITLE_ABOVE_CANDIDATE
        # "Home India News <the headline>": a breadcrumb trail that ends with the headline
        and not segs[j - 1].text.endswith(segs[j].text)
        and (
            not lede
            or _shares_word(segs[j - 1].text, lede)
            # a headline above a two-sentence line: that line is its standfirst
            or (_title_candidate(segs[j - 1]) and not _title_candidate(segs[j]))
            # a short headline right above the first candidate, a longer line: its standfirst
            or (
                j == below
                and _title_candidate(segs[j - 1])
                and _standfirst_under(segs[j - 1], segs[j])
            )
        )
    ):
        j -= 1  # the headline above its bullet points or a deck without a period
    return j


#: Most segments a headline may stand above the first headline-like line the walk up from a
#: byline cluster meets (a standfirst without a period, then the headline).
TITLE_ABOVE_CANDIDATE: int = 6
#: Fewest words of a headline above a standfirst, and fewest words more the standfirst has.
HEADLINE_MIN_WORDS: int = 4
STANDFIRST_EXTRA_WORDS: int = 4


def _standfirst_under(headline: _Segment, below: _Segment) -> bool:
    """``below`` reads as the standfirst of ``headline`` right above it: the headline has
    a few words (no section label) and the line under it several more."""
    return (
        headline.n_words >= HEADLINE_MIN_WORDS
        and not any(sep in headline.text for sep in HEADLINE_SEPARATORS)
        and below.n_words >= headline.n_words + STANDFIRST_EXTRA_WORDS
        and below.n_words <= STANDFIRST_MAX_WORDS
    )


#: Marks of a breadcrumb, a menu or a time stamp, never in a headline over a standfirst.
HEADLINE_SEPARATORS: tuple[str, ...] = (" / ", " | ", "·", "›", " > ", "»")
#: Most words of a standfirst under a headline.
STANDFIRST_MAX_WORDS: int = 45


def _two_sentence_headline(seg: _Segment, lede: str) -> bool:
    """A headline of two short sentences ("I rode the free bus. Here's what I learned."):
    at most TWO_SENTENCE_HEADLINE_WORDS words, one sentence stop inside, words shared with
    the story's first paragraph."""
    s = seg.text
    return (
        seg.pattern is None
        and not seg.weak
        and TITLE_MIN_WORDS <= seg.n_words <= TWO_SENTENCE_HEADLINE_WORDS
        and _starts_upper(s)
        and len(_INNER_STOP.findall(s)) == 1
        and bool(lede)
        and _shares_word(s, lede, least=1)
    )


#: Most words of a two-sentence headline.
TWO_SENTENCE_HEADLINE_WORDS: int = 20


def _title_candidate(seg: _Segment) -> bool:
    """A headline: a few words, no pattern, no final period (but "2 a.m.", "U.S.")."""
    s = seg.text
    return (
        seg.pattern is None
        and not seg.weak
        and TITLE_MIN_WORDS <= seg.n_words <= TITLE_MAX_WORDS
        and len(s) <= TITLE_MAX_CHARS
        and _starts_upper(s)
        and "|" not in s  # "WNRV 89.3 FM | North Ridge": a site's masthead
        and (PERIOD_END.search(s[-8:]) is None or _ABBREVIATION_END.search(s[-8:]) is not None)
    )


#: A headline may end with an abbreviation's dot: "until 2 a.m.", "in the U.S.".
_ABBREVIATION_END: re.Pattern[str] = re.compile(
    r"(?:\b[ap]\.m\.|\b[A-Z]\.[A-Z]\.|\b(?:Inc|Jr|Sr|Co|Corp|Ltd|St)\.)\Z"
)


def _header_label(segs: list[_Segment], i: int, cluster: tuple[int, int], story: int) -> str | None:
    """Label of a header segment under the title: a standfirst above the byline cluster is
    the title's (its deck); in the cluster, a name alone is a byline, a part marker right
    above the story a heading, anything else furniture. None: decided as elsewhere."""
    seg = segs[i]
    if DATELINE.match(seg.text) and not seg.weak:  # (not "NEWSPAPER SECTION: News")
        return "body"  # "Harlan Ferry, Ohio CNN —" above the story: split off as its dateline
    if _name_alone(seg.text):  # (each name of up to four words)
        return "credit"  # a byline without "By": "Zanele Mokoena"
    if _name_over_affiliation(segs, i):
        return "credit"  # the writer's outlet under that byline: "The Canadian Press"
    if (
        "|" in seg.text
        and (bar := _NAME_BAR_OUTLET.fullmatch(seg.text.strip())) is not None
        and _name_alone(bar.group(1))
    ):
        return "credit"  # "Fazeena Rasheed | The Peninsula": a byline and its outlet
    if (
        cluster[0] - 1 <= i <= cluster[0]
        and (" in " in seg.text or ", " in seg.text)
        and (m := _NAME_IN_PLACE.fullmatch(seg.text)) is not None
        and _name_alone(m.group(1))
    ):
        return "credit"  # the byline at the cluster's top: "Obinna Ezeagu in Enugu"
    if i < cluster[0]:
        # a standfirst, or its bullet points ("• Union says workers were not consulted")
        return "title" if seg.prose or _title_candidate(seg) or _bullet_point(seg) else None
    if i == story - 1 and PART_MARKER.fullmatch(seg.text):
        return "heading"
    if CAPTION_MIN_WORDS <= seg.n_words <= CAPTION_MAX_WORDS and _NAME_AFTER_CAPTION.search(
        seg.text
    ):
        return "caption"  # "Workers sort mangoes ... on May 13. Sen Rathana": its photographer
    if (
        i < story
        and all(_under_caption(segs[x]) for x in range(i + 1, story))
        and (_bare_caption(seg) or _caption_above_story(segs, i))
    ):
        # "Traders at the market during their protest on Friday", no credit (with a
        # reading-time note or an ad slot between it and the story)
        return "caption"
    return "boilerplate"


def _bullet_point(seg: _Segment) -> bool:
    """A short point after a bullet that opens with a capital ("• Union says ...")."""
    text = seg.text
    return (
        text.startswith(BULLETS)
        and seg.n_words <= SUMMARY_POINT_WORDS
        and _starts_upper(text.lstrip("•·▪-*– "))
    )


#: A reporter's name and the outlet after a bar: "Fazeena Rasheed | The Peninsula".
_NAME_BAR_OUTLET: re.Pattern[str] = re.compile(
    r"(.+?)\s*\|\s*(?:The\s+)?[A-Z][\w&'’.-]*(?:\s+[A-Z][\w&'’.-]*){0,3}"
)
#: A reporter's name and where they report from: "Obinna Ezeagu in Enugu".
_NAME_IN_PLACE: re.Pattern[str] = re.compile(
    r"(.+?)(?:\s+in|,)\s+[A-Z][\w'’-]+(?:\s+[A-Z][\w'’-]+)?"
)  # ("Selina Hartmann, Valdraus": the NZZ's form)
#: Fewest words of a caption without a credit or a final stop.
BARE_CAPTION_MIN_WORDS: int = 8


#: A photo store's button under a news photo and its credit (Lee Enterprises' sites).
PHOTO_STORE_LINES: frozenset[str] = frozenset(
    {
        "buy now",
        "buy this photo",
        "buy photo",
        "purchase photo",
        "buy a print",
        "order a print",
        "launch slideshow",
        "view gallery",
        "view slideshow",
    }
)


def _split_photo_credit(segs: list[_Segment], i: int) -> bool:
    """Segment ``i`` is a lone "/" between a photographer's name and an outlet, each a short
    capitalised line ("Itzel Barajas" / "/" / "KUNR Public Radio")."""
    before, after = segs[i - 1].text.strip(), segs[i + 1].text.strip()
    return (
        segs[i - 1].pattern != "credit"  # (not "ABC Central West" / "/" / "By Ann Lee")
        and 2 <= len(before.split()) <= 4
        and all(w[:1].isupper() for w in before.split())
        and 1 <= len(after.split()) <= 6
        and after[:1].isupper()
        and not SENTENCE_END.search(before[-1:] + after[-1:])
        and any(w.lower() in _OUTLET_WORDS for w in after.split())
    )


#: Words of a broadcaster's or agency's name on a photo credit ("KUNR Public Radio").
_OUTLET_WORDS: frozenset[str] = frozenset(
    {"radio", "public", "news", "media", "tv", "television", "press", "photos", "images",
     "broadcasting", "network"}
)  # fmt: skip


#: A reading-time note: "Reading Time: 3 minutes", "4 min read".
_READING_TIME: re.Pattern[str] = re.compile(
    rf"(?i:{_READING_TIME_NOTE}|\d{{1,3}}\s*[- ]?min(?:ute)?s?\.?\s+read)"
)


#: Ad slots that may stand between a photo's caption and the story, as
#: :func:`_furniture_key` gives them.
AD_SLOTS: frozenset[str] = frozenset({"advertisement", "ad", "ads", "sponsored"})


def _under_caption(seg: _Segment) -> bool:
    """Furniture that may stand between a caption and the story under it: a reading-time
    note ("Reading Time: 3 minutes") or an ad slot ("Advertisement")."""
    return bool(_READING_TIME.fullmatch(seg.text)) or _furniture_key(seg.text) in AD_SLOTS


def _caption_above_story(segs: list[_Segment], i: int) -> bool:
    """Segment ``i`` is a photo's caption without a stop right above the story's first
    paragraph ("Fishing boats moored at the fenced-off jetty, which was closed last month" /
    "FISHERMEN in Hidd say ...")."""
    k = i + 1
    while k < min(len(segs), i + 3) and _under_caption(segs[k]):
        k += 1  # (past "Reading Time: 3 minutes" or "Advertisement" under the caption)
    nxt = segs[k] if k < len(segs) else None
    if nxt is None or nxt.pattern is not None or not nxt.prose:
        return False
    seg = segs[i]
    if _bare_caption(seg) and nxt.text.rstrip()[-1:] in _STORY_END:
        return True
    if not (
        CAPTION_MIN_WORDS <= seg.n_words <= CAPTION_MAX_WORDS
        and seg.pattern is None
        and _INNER_SENTENCE_END.search(seg.text.rstrip(". ")) is None  # (not "Dr. " either)
        and not _QUOTE_MARKS.search(seg.text)
    ):
        return False  # a caption is one sentence with no quotation in it
    if _POSITION_NOTE.search(seg.text):
        return True  # "Former Comptroller Jerome Tarpeh (left) and ... are escorted ..."
    # "Health volunteers tip out standing water ... on May 6." / "PATTAYA, Thailand – ...":
    # one sentence right above the paragraph that opens with the story's dateline
    return (
        SENTENCE_END.search(seg.text[-2:]) is not None
        and DATELINE.match(seg.text[:200]) is None
        and (m := DATELINE.match(nxt.text[:200])) is not None
        and (
            (bool(m.group("place")) and m.group("dash") is not None)
            # "(Kaieteur News) – More than 40 guards ...": the outlet's tag, then a dash
            or (m.group("tagged") or "").startswith("(")
        )
    )


#: How a story paragraph ends (a caption without a credit ends with a word).
_STORY_END = frozenset('.!?"”’)…:')


def _bare_caption(seg: _Segment) -> bool:
    """A sentence without its final stop (a photo's caption, in a header cluster right above
    the story): starts with a capital, holds lowercase words, is no headline."""
    text = seg.text.strip()
    return (
        BARE_CAPTION_MIN_WORDS <= seg.n_words <= CAPTION_MAX_WORDS
        and text[:1].isupper()
        and text[-1:].isalnum()
        and not _title_cased(text)
        and ":" not in text
        and not _QUOTE_MARKS.search(text)
    )


#: A caption's last sentence, then its photographer's name alone (in a byline cluster).
_NAME_AFTER_CAPTION: re.Pattern[str] = re.compile(
    r"\w[a-z\d][.!?][’”\"]?\s+[A-Z][\w'’-]+(?:\s+[A-Z][\w'’-]+){1,3}$"
)


#: Labels over a list of links to other stories ("Related Stories", "Sponsored", "Most read").
LINK_LIST_LABEL: re.Pattern[str] = re.compile(
    r"""(?:(?:read\s+)?related(?:(?:\s+[\w'’]+)?\s+(?:stories|story|articles?|coverage|content|links?
        |reading|news|topics|headlines))?
      |(?:also\s+)?read(?:\s+(?:more|next|also))?|more\s+on\s+this\s+story|more\s+(?:stories|news|headlines)
      |recommended(?:\s+(?:stories|for\s+you|reading))?|sponsored(?:\s+content)?
      |most\s+(?:read|popular|viewed|shared)(?:\s+(?:stories|articles|news))?(?:\s+(?:from|in)\s+[\w' ]{1,30})?|top\s+(?:stories|headlines)|trending(?:\s+now)?
      |you\s+may\s+also\s+like|explore\s+further|also\s+on\s+\w+|latest\s+news
      |(?:more|latest)\s+(?:from|in)\s+[\w'’& ]{1,30}|read\s+more\s+(?:from|in|on|about)(?:\s+[\w' ]{1,30})?
      |more\s+(?:[\w'’-]+\s+){0,3}coverage
      |from\s+the\s+[\w ]{1,30}\s+edition|must\s+read|trending\s+stories|see\s+also
      |(?:[\w' ]{1,30}\s+)?favorites|read\s+more\s+about
      |don['’]t\s+miss|read\s+this\s+next
      |editor['’]s\s+picks?)\s*:?""",
    re.I | re.X,
)
#: A carousel's arrows between listed links, as :func:`_furniture_key` gives them.
PAGER_WORDS: frozenset[str] = frozenset({"next", "prev", "previous"})
#: Most links taken after such a label, and most words of one.
LINK_LIST_MAX: int = 8
LINK_MAX_WORDS: int = 20
#: A link list ends above a byline or a dated stamp this many segments down (the headline).
LINK_BYLINE_GAP: int = 7
#: A line this short right above a story paragraph ends a link list: it is a heading.
LINK_HEADING_WORDS: int = 5


def _title_cased(s: str) -> bool:
    """Most words (of four or more letters) start with a capital: a headline's casing."""
    long = [w for w in s.split() if len(w) >= 4]
    return len(long) >= 3 and sum(w[0].isupper() for w in long) >= 0.8 * len(long)


def _link_lists(segs: list[_Segment], *, pasted: bool) -> None:
    """Headlines listed under a link-list label are furniture: up to LINK_LIST_MAX short
    lines without a final period (or ending in "?"), until a paragraph or other furniture."""
    n = len(segs)
    for i, seg in enumerate(segs):
        if not (
            seg.pattern == "boilerplate"
            # ("READ ALSO:" ends with a colon, so it is no short line)
            or (pasted and seg.pattern is None and (seg.short or seg.text.endswith(":")))
        ) or not LINK_LIST_LABEL.fullmatch(seg.text):
            continue
        seg.pattern = "boilerplate"  # "Most Read from Bloomberg" on a pasted page
        most = 1 if seg.text.lower().startswith("sponsored") else LINK_LIST_MAX
        # lines right under the label, up to the blank line that closes them, are its links
        # even with a stop ("Broadband money is flowing. Here's where the gaps remain.")
        tight = i + 1
        while tight < min(n, i + 1 + most) and not segs[tight - 1].blank_after:
            tight += 1
        if tight >= min(n, i + 1 + most) or not segs[tight - 1].blank_after:
            tight = i + 1  # no blank line closes them: a page pasted without blank lines
        if _teaser_pair(segs, i + 1) and _teaser_pair(segs, i + 3):
            # "Headline" / "Its one-sentence teaser." / "Headline" / ...: linked stories
            k = i + 1
            while k < i + 1 + 2 * most and _teaser_pair(segs, k):
                segs[k].pattern = segs[k + 1].pattern = "boilerplate"
                k += 2
            continue
        dated = _dated_links(segs, i + 1)  # "Headline" / "10 May 2026 / 14:05 H." / ...
        for k in range(i + 1, min(n, i + 1 + (2 * most if dated else most))):
            nxt, t = segs[k], segs[k].text
            if dated and _strong(nxt):
                nxt.pattern = "boilerplate"
                continue  # the date under a listed link
            if k == i + 1 and nxt.pattern == "boilerplate" and nxt.n_words <= 2:
                continue  # "READ NEXT" / "Local" / the linked headline: its section's name
            if nxt.pattern == "boilerplate" and _furniture_key(t) in PAGER_WORDS:
                continue  # "« Previous" / a linked headline / "Next »": a carousel's arrows
            if nxt.pattern is not None or nxt.n_words > LINK_MAX_WORDS:
                break
            if (
                k >= tight
                and PERIOD_END.search(t[-8:]) is not None
                and not (t.endswith("?") or _title_cased(t))
            ):
                break  # a story paragraph ("Rural Hospitals Are Cutting ... the Price." is a link)
            if not dated and _byline_below(segs, k + 1):
                break  # the page's headline (and standfirst, summary) above its byline
            after = segs[k + 1 : k + 3]
            if (
                nxt.n_words <= LINK_HEADING_WORDS
                and after
                and after[0].pattern is None
                and after[0].prose
            ):
                break  # "Seagrass at risk" over the story's next paragraph: a section heading
            if (
                k > i + 1
                and not seg.blank_after
                and segs[k - 1].blank_after
                and after
                and after[0].pattern is None
                and after[0].prose
            ):
                break  # the links were lines under the label; after a blank line, a heading
            if not dated and (
                after
                and (
                    _strong(after[0])
                    or (len(after) == 2 and after[0].pattern is None and _strong(after[1]))
                )
            ):
                break  # the page's headline, above its byline (and standfirst)
            nxt.pattern = "boilerplate"


#: Most words of a linked story's one-sentence teaser under its headline.
TEASER_MAX_WORDS: int = 20


def _teaser_pair(segs: list[_Segment], k: int) -> bool:
    """Segment ``k`` is a short headline (no stop) and the next one sentence: a linked
    story and its teaser ("Dannevirke school celebrates 150 years" / "Former pupils ...")."""
    if k + 1 >= len(segs):
        return False
    head, teaser = segs[k], segs[k + 1]
    return (
        head.pattern is None
        and teaser.pattern is None
        and head.n_words <= LINK_MAX_WORDS
        and PERIOD_END.search(head.text[-8:]) is None
        and teaser.n_words <= TEASER_MAX_WORDS
        and PERIOD_END.search(teaser.text[-8:]) is not None
        and ". " not in teaser.text.rstrip(". ")
    )


def _dated_links(segs: list[_Segment], k: int) -> bool:
    """Segments from ``k`` are links, each over its date stamp, at least twice: a list of
    related stories ("Related News" / "Headline" / "10 May 2026" / "Headline" / ...)."""
    n = len(segs)
    return all(
        j + 1 < n
        and segs[j].pattern is None
        and segs[j].n_words <= LINK_MAX_WORDS
        and _strong(segs[j + 1])
        for j in (k, k + 2)
    )


#: Most lines of a donation or membership box above its button.
BOX_MAX_LINES: int = 4
#: Lower-case pieces of a donation or membership pitch ("Become a member and help us keep
#: going.", "Good journalism costs a lot of money.") and of its button ("Donate").
BOX_WORDS: tuple[str, ...] = (
    "journalism", "donat", "member", "contribut", "subscri", "support us", "support our",
    "give now", "give today", "chip in",
)  # fmt: skip


#: The title line of a donation box ("Support The Moscow Times!", "Donate to X").
BOX_OPENER: re.Pattern[str] = re.compile(
    r"(?:support|donate\s+to|help\s+(?:us|fund)|become\s+a\s+(?:member|supporter))\b.{0,60}\Z",
    re.IGNORECASE,
)


def _support_boxes(segs: list[_Segment]) -> None:
    """The lines of a donation box are furniture: up to BOX_MAX_LINES lines with no blank
    line between them, from a blank line or a furniture line down to a short button with a
    pitch word ("Become a member", "Contribute today"). Each line holds a pitch word
    ("Support independent journalism ..." / "We've been covering ... Become a member and
    help us keep going."), unless the box opens with its title ("Support The Moscow
    Times!"), which also lets the button be a line the furniture list does not know."""
    n = len(segs)
    i = 0
    while i < n:
        seg = segs[i]
        opened = i == 0 or segs[i - 1].blank_after or segs[i - 1].pattern == "boilerplate"
        if seg.pattern is not None or not opened:
            i += 1
            continue
        pitched = BOX_OPENER.match(seg.text) is not None
        button = None
        for k in range(i + 1, min(n, i + BOX_MAX_LINES + 1 + pitched)):
            x, prev = segs[k], segs[k - 1]
            if prev.blank_after or not (pitched or _contains_any(prev.text.lower(), BOX_WORDS)):
                break
            if (
                x.n_words <= NAV_MAX_WORDS + 1
                and (x.pattern == "boilerplate" or (pitched and x.pattern is None))
                and _contains_any(x.text.lower(), BOX_WORDS)
            ):
                button = k
                break
            if x.pattern is not None:
                break
        if button is None:
            i += 1
            continue
        for x in segs[i : button + 1]:
            x.pattern = "boilerplate"
        i = button + 1


#: The email field of a newsletter form, on a line of its own.
FORM_FIELD: re.Pattern[str] = re.compile(
    r"(?i:(?:enter\s+)?(?:your\s+)?e-?mail(?:\s+address)?(?:\s*\*)?)"
)
#: The button of a newsletter form.
FORM_BUTTON: re.Pattern[str] = re.compile(r"(?i:sign\s*up|subscribe|sign\s+me\s+up|submit|join)")
#: Most words of a newsletter form's pitch line.
FORM_PITCH_WORDS: int = 12


def _signup_forms(segs: list[_Segment]) -> None:
    """A newsletter form pasted as lines: a short pitch ("Get the scoop, straight from
    Mother Jones."), the email field and the button; the pitch is furniture too."""
    for i in range(len(segs) - 2):
        pitch, field, button = segs[i], segs[i + 1], segs[i + 2]
        if (
            pitch.pattern is None
            and pitch.n_words <= FORM_PITCH_WORDS
            and not pitch.blank_after
            and field.n_words <= NAV_MAX_WORDS
            and FORM_FIELD.fullmatch(field.text.strip())
            and button.n_words <= NAV_MAX_WORDS
            and FORM_BUTTON.fullmatch(button.text.strip(" .!>→»"))
        ):
            pitch.pattern = field.pattern = button.pattern = "boilerplate"


def _byline_below(segs: list[_Segment], k: int) -> bool:
    """A byline or time stamp within LINK_BYLINE_GAP segments from ``k``, with at most
    ZONE_MAX_PROSE prose paragraphs (a standfirst) before it: a page header, not the time
    stamp under the story's last paragraphs."""
    prose = 0
    for x in segs[k : k + LINK_BYLINE_GAP]:
        if _strong(x):
            return True
        prose += x.prose and x.pattern is None
        if prose > ZONE_MAX_PROSE:
            return False
    return False


#: First words of a widget's line under a byline, which is no outlet or role.
WIDGET_VERBS: frozenset[str] = frozenset(
    {"listen", "share", "follow", "subscribe", "watch", "read", "close", "sign", "download",
     "save", "print", "email", "play", "open", "view", "show", "hide", "copy", "comment"}
)  # fmt: skip


#: First words of capitalised menu and widget lines that look like a name ("Short Url",
#: "Latin America", "Top Stories", "Live Updates").
MENU_FIRST_WORDS: frozenset[str] = frozenset(
    {"short", "latin", "full", "top", "latest", "live", "main", "related", "previous", "next",
     "back", "home", "more", "breaking", "trending", "local", "world", "national", "business"}
)  # fmt: skip


def _affiliation_line(s: str) -> bool:
    """A writer's outlet or role on the line under a byline: a few capitalised words and no
    sentence ("The Valley Herald", "BBC News, Leeds", "Associated Press")."""
    words = s.split()
    return (
        0 < len(words) <= AFFILIATION_MAX_WORDS
        and words[0].lower() not in WIDGET_VERBS  # "Listen In English", "Close Button"
        and SENTENCE_END.search(s[-3:]) is None
        and all(w[:1].isupper() or w in {"of", "the", "and", "&"} for w in words)
    )


def _is_deck(segs: list[_Segment], i: int, title: int | None) -> bool:
    """A header line under the title that belongs to the story (a standfirst)."""
    if title is None or i < title:
        return False
    if i == title + 1 and _headline_like(segs[i], first=False):
        return segs[i].n_words >= TITLE_MIN_WORDS
    return segs[i].n_words >= DECK_MIN_WORDS


def _label_story(segs: list[_Segment], body_start: int, pasted: bool) -> None:
    """Label the segments from the first prose paragraph on."""
    n = len(segs)
    last_prose = max(
        (i for i in range(body_start, n) if segs[i].pattern is None and segs[i].prose),
        default=body_start - 1,
    )
    nav = _nav_runs(segs) if pasted else set()
    footer: set[int] = set()
    if pasted:
        footer, last_prose = _footer_prose(segs, body_start, last_prose)
    for i in range(body_start, n):
        seg = segs[i]
        if seg.pattern is not None:
            seg.label = seg.pattern
        elif i > 0 and _byline(segs[i - 1]) and _affiliation_line(seg.text):
            seg.label = "credit"  # "By Rosa Delgado" / "The Valley Herald"
        elif pasted and (seg.weak or i in footer):
            seg.label = "boilerplate"
        elif pasted and seg.n_words >= CAPS_LINK_WORDS and not seg.prose and seg.text.isupper():
            seg.label = "boilerplate"  # "TEXAS FAMILY RESCUED FROM ROOF OF ...": a link
        elif (
            (seg.short or (pasted and (_question_heading(seg) or PART_MARKER.fullmatch(seg.text))))
            and i < last_prose
            and _is_heading(segs, i)
        ):
            # a long line describing a scene is a photo's caption without its stop ("A
            # section of the gathering at Thursday's ceremony", "Togbui X (middle), ...")
            seg.label = "caption" if pasted and _caption_like_line(seg) else "heading"
        elif pasted and (i in nav or (seg.short and (i > last_prose or _near_furniture(segs, i)))):
            seg.label = "boilerplate"
        else:
            seg.label = "body"


#: Unlabelled short lines between the story's last paragraph and a later prose paragraph
#: that make the later one page furniture (a footer's motto, an app's pitch).
FOOTER_GAP: int = 6
#: Most words of such a footer paragraph.
FOOTER_PROSE_MAX_WORDS: int = 60


def _footer_prose(segs: list[_Segment], body_start: int, last_prose: int) -> tuple[set[int], int]:
    """Prose paragraphs at the page's end that FOOTER_GAP or more unlabelled short lines
    (link lists, tags, an edition's contents) part from the story ("Published since
    September 1843 to take part in ...", "Real-time updates and all local stories ..."),
    and the story's last prose paragraph before them."""
    prose = [
        i for i in range(body_start, last_prose + 1) if segs[i].pattern is None and segs[i].prose
    ]
    footer: set[int] = set()
    while len(prose) >= 2:
        a, b = prose[-2], prose[-1]
        loose = sum(1 for x in segs[a + 1 : b] if x.pattern is None)
        if loose < FOOTER_GAP or segs[b].n_words > FOOTER_PROSE_MAX_WORDS:
            break
        footer.add(b)
        prose.pop()
    return footer, prose[-1] if prose else last_prose


#: Fewest words of a line in capitals that is a link to another story, not a heading.
CAPS_LINK_WORDS: int = 8
#: Most words of a section heading asked as a question ("What happens next?").
QUESTION_HEADING_WORDS: int = 8


def _question_heading(seg: _Segment) -> bool:
    """A short question with no quotation marks and no other sentence: a pasted page's
    section heading ("Why are farmers angry?"); clean files keep such lines as story."""
    s = seg.text
    return (
        s.endswith("?")
        and seg.n_words <= QUESTION_HEADING_WORDS
        and _QUOTE_MARKS.search(s) is None
        and _INNER_STOP.search(s) is None
    )


def _near_furniture(segs: list[_Segment], i: int) -> bool:
    """A neighbouring segment is pattern furniture."""
    return (i > 0 and segs[i - 1].pattern == "boilerplate") or (
        i + 1 < len(segs) and segs[i + 1].pattern == "boilerplate"
    )


def _first_line_is_title(segs: list[_Segment], pasted: bool) -> bool:
    """Clean-file convention: a headline-like first line is the title (one word will do)."""
    seg = segs[0]
    one_word = not pasted and seg.n_words == 1 and seg.pattern is None and not seg.weak
    if not (one_word or _headline_like(seg, first=True)):
        return False
    if SENTENCE_END.search(seg.text[-8:]) is None:
        return True
    return seg.blank_after and len(segs) > 1


def _headline_like(seg: _Segment, *, first: bool) -> bool:
    """Could be a title: a few words, no furniture; later lines also need no final period."""
    s = seg.text
    return (
        seg.pattern is None
        and not seg.weak
        and 2 <= seg.n_words <= TITLE_MAX_WORDS
        and len(s) <= TITLE_MAX_CHARS
        and (first or (_starts_upper(s) and PERIOD_END.search(s[-8:]) is None))
    )


def _choose_title(
    segs: list[_Segment], body_start: int, first_title: bool, *, pasted: bool
) -> int | None:
    """Index of the title among the header segments, or None.

    On a pasted page (furniture anywhere) a short first line is a section label ("UK news")
    when a longer headline follows in the header.
    """
    candidates = [
        i for i in range(body_start) if _headline_like(segs[i], first=i == 0 and first_title)
    ]
    if first_title and not candidates:
        return 0
    if not candidates:
        return None
    if candidates[0] == 0 and first_title and not pasted:
        return 0
    return next((i for i in candidates if segs[i].n_words >= TITLE_MIN_WORDS), candidates[-1])


def _starts_upper(s: str) -> bool:
    for ch in s[:3]:
        if ch.isalpha():
            return ch.isupper()
        if ch.isdigit():
            return True
        if ch not in "\"'“‘«(¿¡":
            return False
    return False


#: A sentence ending inside a line ("... president.” ― Name"): not a heading.
_INNER_SENTENCE_END = re.compile(rf"[a-z]{{2}}[.!?][{_CLOSE}]*\s")


#: A line that reads as a caption, not a heading: a person's place in the photo ("(middle)",
#: "(left)"), or an article, a scene noun phrase and "at"/"during" a place or an event.
_CAPTION_LIKE: re.Pattern[str] = re.compile(
    r".*\((?:left|right|middle|centre|center|front|back|second\s+(?:left|right))\).*"
    r"|(?:The|A|An|Some)\s+(?:[\w'’-]+\s+){1,6}?(?:at|during)\s+[A-Z\w].*"
)
#: Where a person stands in a photo, in brackets: "Jerome Tarpeh (left) and ...".
_POSITION_NOTE: re.Pattern[str] = re.compile(
    r"\((?:left|right|middle|centre|center|front|back|second\s+(?:from\s+)?(?:left|right)"
    r"|(?:from\s+)?l(?:eft)?\s*(?:-|to)\s*r(?:ight)?)\)",
    re.I,
)
#: Fewest words of a scene caption :data:`_CAPTION_LIKE` reads in a heading's place.
CAPTION_LIKE_MIN_WORDS = 9


def _caption_like_line(seg: _Segment) -> bool:
    """A heading-shaped line of :data:`CAPTION_LIKE_MIN_WORDS` words or more that reads as a
    photo's caption (:data:`_CAPTION_LIKE`)."""
    return seg.n_words >= CAPTION_LIKE_MIN_WORDS and _CAPTION_LIKE.fullmatch(seg.text) is not None


#: A subhead set between dashes: "- Staffing crisis -"; group 1, its words.
_DASHED_HEADING: re.Pattern[str] = re.compile(r"[-–—]\s+(\S.{0,80}?\S)\s+[-–—]")


def _is_heading(segs: list[_Segment], i: int) -> bool:
    """A short line between story paragraphs, followed by a paragraph that starts a sentence
    (AFP sets its subheads between dashes: "- Staffing crisis -")."""
    s = segs[i].text
    dashed = _DASHED_HEADING.fullmatch(s)
    if dashed is not None:
        s = dashed.group(1)
    if not _starts_upper(s) or _INNER_SENTENCE_END.search(s) or not _LETTER.search(s):
        return False  # (not "47": a comment counter)
    prev, nxt = segs[i - 1], segs[i + 1]
    if prev.pattern is None and prev.short:
        return False
    return nxt.pattern is None and nxt.prose and _starts_upper(nxt.text)


def _nav_runs(segs: list[_Segment]) -> set[int]:
    """Indices of runs of very short lines (menus, tag lists)."""
    out: set[int] = set()
    run: list[int] = []
    for i, seg in enumerate([*segs, None]):
        if (
            seg is not None
            and seg.pattern is None
            and seg.short
            and seg.n_words <= NAV_MAX_WORDS
            and _DIGIT.search(seg.text) is None
        ):
            run.append(i)
            continue
        if len(run) >= NAV_RUN:
            out.update(run)
        run = []
    return out


#: A breaking-news update paragraph: "UPDATE (4:15 p.m.): ...", "Update, 6 p.m.: ...".
_UPDATE_NOTE: re.Pattern[str] = re.compile(r"(?i:update[ds]?)\b[^:]{0,30}:")


#: Fewest words of the sentence a colon dateline opens.
COLON_DATELINE_MIN_WORDS: int = 4


def _listed_first_name(word: str) -> bool:
    """A given name of the name list ("Leo"); the list loads only when one is asked for."""
    from .people import first_names

    return word.lower() in first_names()


#: A dateline place in title case opening a pasted story's first paragraph, before a colon
#: ("Bengaluru: Battery-swapping startup ...", "Saranpur: The high court on Monday ..."), a
#: spaced dash ("Marrakech – The women ...", "Addis Abeba – Coffee ...") or, after a date, a
#: wire's tag, with or without a full stop ("Pingtai, May 14 (CNA) A 14-kilometer stretch ...",
#: "Puno, May 14 (ANDINA). Some 300 families ...").
_TITLE_COLON: re.Pattern[str] = re.compile(
    r"(?P<place>[A-Z][a-zà-ÿ]{3,}(?:\s(?:(?:de|del|la|da|do)\s)?[A-Z][a-zà-ÿ]{2,}){0,2}"
    r"|[A-Z][a-zà-ÿ]{2}(?:\s(?:(?:de|del|la|da|do)\s)?[A-Z][a-zà-ÿ]{2,}){1,2}"  # "San Francisco de Macorís"
    r"|(?!(?:Bio|Via|Tip|Pic|Ans|Ref|Faq|Fyi|Btw)\b)[A-Z][a-zà-ÿ]{2}(?=:))"  # "Nuh: Fifteen months ..."
    # a region: "Doha, Qatar:", "Keshavgarh (Rajasthan):", "Kesarganj (UP), Mar 14 (PTI)"
    r"(?:,\s[A-Z][a-zà-ÿ]{3,}(?:\s[A-Z][a-zà-ÿ]{3,}){0,2}|\s\([A-Z][A-Za-zà-ÿ]{1,20}\)"
    r"|,\s(?:[A-Z]\.[A-Z]\.|[A-Z][a-z]{1,5}\.))?"  # "Syracuse, N.Y. —", "Fresno, Calif. —"
    r"(?:(?:,?\s+\(?(?:Jan|Feb|Mar|Apr|May|Jun|Jul|Aug|Sep|Oct|Nov|Dec)[a-z]*\.?\s+\d{1,2}\)?)?"
    r"(?::|\s+[—–•-]|\.-|\s+\([A-Z]{2,6}\)\s+[—–-]"  # "Nqabeni - ", "Macorís.- ", "Juniper Bench •"
    r"|\s+\([A-Z]{1,4}[a-z]{0,2}[A-Z]{1,4}\):)"  # "Kohima, October 28 (MExN):"
    r"|,\s+(?:Jan|Feb|Mar|Apr|May|Jun|Jul|Aug|Sep|Oct|Nov|Dec)[a-z]*\.?\s+\d{1,2}\s+\([A-Z]{2,6}\)"
    r"(?:\.-|\.|\s*[—–]|\s*-{1,2})?)"  # "(ECNS) --", "(EFE).-"
    r"\s+(?=[A-Z])"
)


#: Common nouns that end a place's name ("Mbiri Island", "Cedar Falls", "Harbour Point").
PLACE_TYPE_WORDS: frozenset[str] = frozenset(
    {"island", "islands", "bay", "falls", "lake", "port", "point", "city", "town", "beach",
     "valley", "hills", "creek", "springs", "river", "county", "village", "harbour", "harbor"}
)  # fmt: skip


#: A place and the outlet in capitals between bars opening the story (The Independent,
#: Uganda): "Lira, Uganda | THE INDEPENDENT | Hundreds of vendors ...".
_BAR_DATELINE: re.Pattern[str] = re.compile(
    r"[A-Z][a-zà-ÿ]+(?:\s[A-Z][a-zà-ÿ]+)?(?:,\s[A-Z][a-zà-ÿ]+(?:\s[A-Z][a-zà-ÿ]+)?)?"
    r"\s\|\s[A-Z][A-Z .&]{2,30}\s\|\s+(?=[A-Z])"
)


#: A place in capitals and a date, then an agency's name and a full stop, opening the story:
#: "GYUMRI, APRIL 14, ARMENPRESS. ", "MOSCOW, April 14. /TASS/. ".
_AGENCY_DOT_DATELINE: re.Pattern[str] = re.compile(
    r"[A-Z][A-Z'’-]{2,}(?:\s+[A-Z][A-Z'’-]{1,}){0,3},\s+(?i:Jan|Feb|Mar|Apr|May|Jun|Jul|Aug|Sep|Oct|Nov"
    r"|Dec)[A-Za-z]*\.?\s+\d{1,2}(?:,\s+[A-Z]{4,12}\.|\.\s+/[A-Z]{3,12}/\.)\s+(?=[A-Z])"
    # Trend: "ZAGATALA, Azerbaijan, May 14. Hazelnut growers ..."
    r"|[A-Z][A-Z'’-]{2,}(?:\s+[A-Z][A-Z'’-]{1,}){0,3},\s+[A-Z][a-z]+(?:\s+[A-Z][a-z]+)?,\s+"
    r"(?:Jan|Feb|Mar|Apr|May|Jun|Jul|Aug|Sep|Oct|Nov|Dec)[a-z]*\.?\s+\d{1,2}\.\s+(?=[A-Z][a-z])"
)


#: A place closed by a full stop opening the story (the Jakarta Globe's "Jakarta. ").
_PERIOD_DATELINE: re.Pattern[str] = re.compile(r"[A-Z][a-zà-ÿ]{3,}\.\s+(?=[A-Z][a-z])")


def _period_dateline(text: str) -> int:
    """Where the story starts after a one-word place and a full stop at the start of
    ``text`` (0 when there is none): the word is no English word, given name or surname,
    and a sentence of a few words follows."""
    m = _PERIOD_DATELINE.match(text)
    if m is None or text.count(" ", m.end(), m.end() + 200) < COLON_DATELINE_MIN_WORDS:
        return 0
    from .people import common_english_words, first_names, surnames

    word = text[: m.end()].split(".")[0].lower()
    if word in common_english_words() or word in first_names() or word in surnames():
        return 0
    return m.end()


def _title_colon_dateline(text: str) -> int:
    """Where the story starts after a title-case colon dateline at the start of ``text``
    (0 when there is none): the place is no English word, given name or surname (no label:
    "Update:", "Analysis:", "Tapper:"), and a sentence of a few words follows."""
    m = _TITLE_COLON.match(text, 0, 120)
    if m is None or text.count(" ", m.end(), m.end() + 200) < COLON_DATELINE_MIN_WORDS:
        return 0
    from .people import common_english_words, first_names, surnames

    words = [w.lower() for w in m.group("place").split()]
    if any(
        w in common_english_words() and (i == 0 or w not in PLACE_TYPE_WORDS)
        for i, w in enumerate(words)
    ):
        return 0  # (a label: "Update:", "Analysis:"; not "Mbiri Island (Malawi) (AFP) -")
    if text[m.end("place") : m.end()].rstrip().endswith(":") and any(
        w in first_names() or w in surnames() for w in words
    ):
        return 0  # (a transcript's "Tapper: ...")
    if words[0] in first_names():
        return 0  # "Maria – who ...": a name before a dash
    return m.end()


def _colon_dateline(place: str, pasted: bool) -> bool:
    """ "NAVDHARA:" opens a pasted page's story as its dateline; "JAKE TAPPER:" (a listed
    first name) labels a transcript's speaker, and clean files keep such labels as text."""
    from .people import first_names  # the name list loads only when a label is met

    if pasted and re.search(r",\s*[A-Z][a-z]{2,}", place) and not _DATED.search(place):
        return True  # "SAN ANDRES, Catanduanes:": a place and its province, no speaker
    if pasted and re.search(rf"\s\((?:{_WIRE_NAMES})\)\Z", place):
        return True  # "MAZAR-I-SHARIF (Pajhwok):": a news agency's tag, no speaker
    place = re.split(r",|\s\(", place)[0]  # the place, not its date ("MYAGDI, May 4:")
    words = [w.lower() for w in place.replace("-", " ").split()]
    # (an article inside a place is no given name: "RAS AL KHAIMAH:")
    return pasted and not any(w in first_names() and w not in PLACE_ARTICLES for w in words)


#: Articles and particles inside a place's name in capitals ("RAS AL KHAIMAH").
PLACE_ARTICLES: frozenset[str] = frozenset(
    {"al", "el", "ad", "as", "an", "ar", "es", "en", "de", "da", "la", "le"}
)


def _common_word(word: str) -> bool:
    """``word`` is a common English word (the list loads only when a glued dateline is met)."""
    from .people import common_english_words

    return word.lower() in common_english_words()


#: Given names and a comma after a death notice's surname ("SIEGEL--Jerome Arthur, 98,").
_NOTICE_NAME: re.Pattern[str] = re.compile(r"[A-Z][a-z]+(?:\s+[A-Z][a-z.]*){0,3},")


def _blocks(segs: list[_Segment], *, pasted: bool) -> tuple[Block, ...]:
    """Blocks from labelled segments: split a dateline off an opening body segment, flag copies."""
    spans: list[tuple[int, int, str, int, str]] = []
    tries = DATELINE_BODY_SEGMENTS
    for seg in segs:
        label = seg.label or "body"
        if label == "body" and tries and not _UPDATE_NOTE.match(seg.text):
            tries -= 1  # ("UPDATE (6:05 p.m.): ..." paragraphs above the dateline don't count)
            m = DATELINE.match(seg.text[:200])
            if (
                m
                and m.group("colon")
                and (
                    not _colon_dateline(m.group("colon"), pasted)
                    or seg.text.count(" ", m.end()) < COLON_DATELINE_MIN_WORDS
                )
            ):
                m = None  # (not "NEWSPAPER SECTION: News": a label and its value)
            if (
                m
                and m.group("place")
                and (m.group("dash") == "--" or m.group("place").endswith("-"))
                and seg.text[m.end("dash") : m.end("dash") + 1].isalpha()
                and "," not in m.group("place")
                and _NOTICE_NAME.match(seg.text, m.end("dash")) is not None
            ):
                m = None  # "SIEGEL--Jerome Arthur, 98,": a death notice's surname, no place
                # ("PHILIPSBURG--Pupils of ...": a place, a sentence after it)
            if m and m.group("glued") and _common_word(m.group("glued")):
                m = None  # "Yesterday—The council met": a word, no place
            cut = rest_at = 0
            kind = "dateline"
            if m:
                cut = m.end(next(g for g in DATELINE_DASHES if m.group(g) is not None))
                if m.group("tagged") and m.group("tagged").lstrip().startswith("("):
                    # "(ANSA) - BERGAMO, MAY 12 - The village ...": the tag, then the place
                    inner = DATELINE.match(seg.text, m.end())
                    if inner is not None and inner.group("place"):
                        cut, m = inner.end("dash"), inner
                rest_at = m.end()
            elif (
                pasted
                and tries == DATELINE_BODY_SEGMENTS - 1
                and (lead := _LEAD_PREFIX.match(seg.text))
            ):
                # "By Leyda Cucul: The council ...", "Sierra Leone Telegraph: 12 May 2026: ...":
                # a byline, or the site's name and a date, glued to the story's first words
                kind = "credit" if lead.group("byline") else "boilerplate"
                cut, rest_at = len(lead.group().rstrip()), lead.end()
            elif pasted and tries == DATELINE_BODY_SEGMENTS - 1:
                cut = rest_at = _title_colon_dateline(seg.text)  # "Bengaluru: ", "Marrakech – "
                if not cut and (bar := _BAR_DATELINE.match(seg.text)) is not None:
                    cut = rest_at = bar.end()  # "Lira, Uganda | THE INDEPENDENT | "
                if not cut and (dot := _AGENCY_DOT_DATELINE.match(seg.text)) is not None:
                    cut = rest_at = dot.end()  # "GYUMRI, APRIL 14, ARMENPRESS. "
                if not cut:
                    cut = rest_at = _period_dateline(seg.text)  # "Jakarta. Dozens of ..."
            if cut:
                spans.append((seg.start, seg.start + cut, kind, seg.para, seg.text[:cut]))
                rest = seg.text[rest_at:]
                if rest:  # "Harlan Ferry, Ohio CNN —" on a line of its own
                    spans.append((seg.start + rest_at, seg.end, "body", seg.para, rest))
                tries = 0
                continue
        spans.append((seg.start, seg.end, label, seg.para, seg.text))
    if pasted:
        _caption_before_capitals_lead(spans)
    seen: set[str] = set()
    captions: set[str] = set()
    story: list[str] = []  # earlier body paragraphs, whitespace collapsed, lowercase
    blocks = []
    for start, end, label, para, s in spans:
        key = " ".join(s.split())
        if label == "caption":
            key = MEDIA_LABEL.sub("", key)  # "Photo: X" and "X" are one caption printed twice
            if glued := GLUED_ICON_LABEL.match(key):
                key = key[glued.end() :]  # and "Camera IconX" and "X"
            captions.add(key)
        if label == "body" and key in captions:
            label, seen_before = "caption", True  # the caption printed again inside the story
        elif label == "body" and _pull_quote(key, story, bare=pasted):
            label, seen_before = "boilerplate", True
        else:
            seen_before = key in seen
        blocks.append(Block(start, end, label, duplicate=seen_before, paragraph_id=para))
        seen.add(key)
        if label == "body":
            story.append(key.lower())
    return tuple(blocks)


#: A byline, or a site's name and a date, glued with colons to the start of a pasted story's
#: first paragraph: "By Leyda Cucul: ", "Sierra Leone Telegraph: 12 May 2026: ".
_LEAD_PREFIX: re.Pattern[str] = re.compile(
    rf"""(?:(?P<byline>By\s+[A-Z][\w'’.-]+(?:\s+[A-Z][\w'’.-]+){{1,3}})
        |(?:[A-Z][\w&'’.-]*\s+){{0,4}}[A-Z][\w&'’.-]*:\s*(?i:{_DATE}))
      \s*:\s+(?=[A-Z])""",
    re.X,
)
#: A paragraph that is one quotation and nothing else (a pull quote's shape).
_WHOLE_QUOTE = re.compile(r"[\"“](?P<inner>[^\"“”]+?)[.,;:!?…]?[\"”][.,;:!?…]?")
#: Fewest words of a pull quote (shorter repeats are too common to be one).
PULL_QUOTE_MIN_WORDS = 4
#: Fewest words of an unquoted pull quote (one sentence repeated from an earlier paragraph).
PULL_QUOTE_BARE_WORDS = 8
#: Paragraphs before it that an unquoted pull quote is looked for in (a live blog's later
#: update may repeat a sentence from far above; a pull quote stands near its sentence).
PULL_QUOTE_BARE_LOOKBACK = 8
#: Body paragraphs before it that a pull quote is looked for in (a page prints it near the
#: words it repeats; the bound keeps a page of many quoted paragraphs linear).
PULL_QUOTE_LOOKBACK = 30


def _pull_quote(key: str, story: list[str], *, bare: bool) -> bool:
    """A paragraph that only repeats words quoted in an earlier paragraph: a pull quote,
    page furniture printed beside the story ("These libraries are the heart of ...")."""
    m = _WHOLE_QUOTE.fullmatch(key)
    if m is None:  # on a pasted page, a sentence of the story printed again, unquoted
        low = key.lower().rstrip(".!?…")
        return (
            bare
            and len(key.split()) >= PULL_QUOTE_BARE_WORDS
            and _INNER_STOP.search(key) is None
            and any(low in k and low != k for k in story[-PULL_QUOTE_BARE_LOOKBACK:])
        )
    inner = m.group("inner").strip().lower()  # "We owe it ..." repeats "... and we owe it ..."
    return len(inner.split()) >= PULL_QUOTE_MIN_WORDS and any(
        inner in k for k in story[-PULL_QUOTE_LOOKBACK:]
    )
