"""Meetings a sentence names by place and month, the date in brackets: 'किंशासा (फ़रवरी 2014) और
अंतानानारिवो (अक्टूबर 2016) की बैठकें भी चर्चा में रहीं', 'बाकू (मई 2019), ताशकंद (10 जून 2021) और अस्ताना
(2023) के शिखर सम्मेलनों में ...'. A list of two or more 'CITY (DATE)' items right before the series'
meeting noun (की/के बैठकें, सम्मेलनों, शिखर बैठकों) names meetings that took place, one summit each
(`places_with_dates`); none when the sentence plans, cancels, speaks of the future, names ministers, or an item is not a
known city with one date.
"""

from __future__ import annotations

import re

from pipeline.parse.language.dates import find_periods
from pipeline.parse.language.lexicon import Lexicon
from pipeline.parse.language.text import match_key
from pipeline.parse.layout.summits import CANCELLED, PLANNED, names_ministers
from pipeline.parse.prose.status import FUTURE_VERB
from pipeline.parse.prose.where import _known_city
from pipeline.parse.prose.words import Mention

_ITEM = re.compile(r"(?:(?:और|तथा|एवं)\s+)?(?P<name>[^\s,;:()।—–][^,;:()।—–]{0,40}?)\s*\((?P<when>[^()]{4,30})\)")
_JOINS = re.compile(r"^\s*(?:,\s*(?:और\s+|तथा\s+)?|\s+(?:और|तथा|एवं)\s+)$")
# what follows the list: 'की बैठकें', 'के शिखर सम्मेलन', 'में हुई बैठकें'
_NOUN_AFTER = re.compile(r"^\s+(?:की|के|में\s+(?:हुई|हुए|हुईं))\s+(?:\S+\s+)?(?:शिखर\s+)?(?:बैठकें|बैठकों|सम्मेलनों|सम्मेलन|शिखर\s+बैठकें)"
                         r"(?=[\s,।]|$)")
_COUNTRY_OF = frozenset(match_key(w) for w in ("के", "की", "का"))


def places_with_dates(sentence: str, lexicon: Lexicon) -> list[Mention]:
    """One held summit per 'CITY (DATE)' of a list right before a meeting noun; else []."""
    if sentence.count("(") < 2:
        return []
    key = match_key(sentence)
    if CANCELLED.search(key) or PLANNED.search(key) or FUTURE_VERB.search(key) or names_ministers(sentence):
        return []
    items = list(_ITEM.finditer(sentence))
    for end in range(len(items) - 1, 0, -1):
        if not _NOUN_AFTER.match(sentence[items[end].end():]):
            continue
        start = end
        while start > 0 and _JOINS.match(sentence[items[start - 1].end():items[start].start("name")]):
            start -= 1
        listed = items[start:end + 1]
        mentions = [_mention(item["name"], item["when"], lexicon, first=item is listed[0]) for item in listed]
        if len(listed) >= 2 and all(mentions):
            return mentions
    return []


def _mention(name: str, when: str, lexicon: Lexicon, first: bool) -> Mention | None:
    """The summit one item names: a known city (after 'X के', a country's) and one date; the first
    item may follow the list's introduction ('हाल के वर्षों की बैठकों में किंशासा')."""
    periods = find_periods(when)
    if len(periods) != 1:
        return None
    words = re.sub(r"^(?:और|तथा|एवं)\s+", "", name.strip()).split()
    of = [k for k in range(1, len(words) - 1) if match_key(words[k]) in _COUNTRY_OF]
    if of and len(words) - of[-1] <= 3:
        words = words[of[-1] + 1:]  # 'ज़िम्बाब्वे के हरारे'
    place = _known_city(" ".join(words[-2:]), lexicon) if words else None
    if place is None or (not first and len(words) > len(place.city.split())):
        return None
    return Mention(periods[0][2], place, None, "held", "in_person", False)
