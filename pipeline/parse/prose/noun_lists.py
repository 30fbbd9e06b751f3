"""Summits listed after one summit noun: 'इसके बाद शिखर सम्मेलन 2010 (ब्रासीलिया), 2011 (सान्या) और
2012 (नई दिल्ली) में हुए', '... सम्मेलन 2010 में ब्रासीलिया, 2011 में सान्या और 2012 में नई दिल्ली
में आयोजित हुए': each item a year and a city, then one plural verb of holding.
"""

from __future__ import annotations

import re

from pipeline.parse.language.dates import ascii_digits, plausible_year, year_period
from pipeline.parse.language.lexicon import Lexicon
from pipeline.parse.prose.series import _name_window, _other_series
from pipeline.parse.prose.where import _known_city
from pipeline.parse.prose.words import Mention
from pipeline.parse.layout.summits import CANCELLED, PLANNED
from pipeline.parse.language.text import match_key

# the noun, the list, then 'में (भी) (आयोजित) हुए / किए गए / हो चुके हैं'
_NOUN_THEN_LIST = re.compile(
    r"(?:^|\s)(?:शिखर\s+)?(?:सम्मेलन|बैठकें)\s+(?P<list>[0-9०-९].+?)\s+में\s+(?:भी\s+)?(?:आयोजित\s+)?"
    r"(?:हुए|हुईं|किए\s+गए|किये\s+गये|हो\s+चुके|हो\s+चुकी)(?=[\s।,]|$)")
_ITEM_BREAK = re.compile(r"\s*,\s*(?:और\s+)?|\s+(?:और|तथा|एवं)\s+")
# '2010 (ब्रासीलिया)' or '2010 में ब्रासीलिया'
_ITEM = re.compile(r"^(?P<year>[0-9०-९]{4})\s*(?:\((?P<bracketed>[^()]+)\)|\s+में\s+(?P<after>.+))$")


def listed_after_noun(sentence: str, title_key: str, lexicon: Lexicon) -> list[Mention]:
    """The summits of such a sentence: none unless every item (two or more) is a plausible
    year and a city the lexicon or GeoNames knows, the noun is the series' own and the
    sentence tells of no plan or cancellation."""
    match = _NOUN_THEN_LIST.search(sentence)
    if match is None or CANCELLED.search(match_key(sentence)) or PLANNED.search(match_key(sentence)):
        return []
    before = sentence[:match.start("list")].split()
    keys = [match_key(w.strip("\"'“”‘’(),।;:")) for w in before]
    noun = len(before) - 1  # the noun; with शिखर before it, the name ends before शिखर
    if noun > 0 and keys[noun - 1] == match_key("शिखर"):
        noun -= 1
    if _other_series(_name_window(before, keys, noun), title_key, lexicon):
        return []  # 'जी-20 शिखर सम्मेलन 2016 (हांगझोऊ) और 2017 (हैम्बर्ग) में हुए': another's
    mentions: list[Mention] = []
    for item in (p.strip() for p in _ITEM_BREAK.split(match["list"]) if p.strip()):
        found = _ITEM.match(item)
        year = int(ascii_digits(found["year"])) if found else 0
        place = _known_city((found["bracketed"] or found["after"]).strip(), lexicon) if found else None
        if place is None or not plausible_year(year) or match_key(place.city or "") != match_key(
                (found["bracketed"] or found["after"]).strip()):
            return []  # an item that is not a year and a known city: unsure, so none
        mentions.append(Mention(year_period(year), place, None, "held", "in_person", False))
    return mentions if len(mentions) >= 2 else []
