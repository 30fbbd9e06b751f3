"""Where a summit of a sentence met when no plain 'X में' says it: the host ('... की मेज़बानी
2010 में बाकू ने की'), the city reached or visited ('... के लिए कज़ान पहुँचे', 'मॉस्को की
यात्रा की, जहाँ ...'), a city naming the summit ('2017 के अस्ताना शिखर सम्मेलन'); and a
bilateral meeting in a document on a group.
"""

from __future__ import annotations

import re

from pipeline.parse.language.dates import find_periods
from pipeline.parse.geo.gazetteer import cities as gazetteer_cities
from pipeline.parse.geo.places import find_city
from pipeline.parse.language.lexicon import Lexicon
from pipeline.parse.prose.declared import is_declared_city
from pipeline.parse.prose.status import DAY_BEFORE_VERB
from pipeline.parse.layout.summits import is_city_state, Place
from pipeline.parse.language.text import match_key


_BILATERAL_WORD = match_key("द्विपक्षीय")
_BOTH_COUNTRIES = match_key("दोनों देशों")
_WITH = re.compile(r"(\S+(?:\s\S+)?)\s+" + match_key("के साथ"))
_BETWEEN = re.compile(r"(\S+(?:\s\S+)?)\s+" + match_key("और") + r"\s+(\S+(?:\s\S+)?)\s+" + match_key("के बीच"))


def _bilateral(clause: str, lexicon: Lexicon) -> bool:
    """'भारत और डेनमार्क के बीच वर्चुअल शिखर बैठक', 'फ़िनलैंड के साथ ... शिखर वार्ता', 'द्विपक्षीय'."""
    key = match_key(clause)
    if _BILATERAL_WORD in key or _BOTH_COUNTRIES in key:
        return True
    for match in _WITH.finditer(key):
        if any(lexicon.lookup(w, ("country",)) for w in (match[1], match[1].split()[-1])):
            return True
    for match in _BETWEEN.finditer(key):
        if lexicon.lookup(match[1].split()[-1], ("country",)) and lexicon.lookup(match[2].split()[0], ("country",)):
            return True
    return False


# 'X ने की', 'X ने 11 सितंबर 2024 को की', '... टोक्यो ने आयोजित किया': the host, then (at most) the date it hosted on.
_HOST_DID = re.compile(r"(\S+(?:\s\S+)?)\s+ने\s+(?:" + DAY_BEFORE_VERB + r")?(?:आयोजित\s+)?(?:की|किया)(?=[\s।,.]|$)")


def _host_city(text: str, lexicon: Lexicon) -> Place | None:
    """'X ने की' after मेज़बानी: X hosted the summit ('की मेज़बानी कीव ने 11 सितंबर 2024 को की'). Only a
    name the lexicon or GeoNames knows as a city counts (a person or a country hosting names no city)."""
    for match in _HOST_DID.finditer(text):
        for name in (match[1], match[1].split()[-1]):
            if lexicon.lookup(name, ("city",)) or (not lexicon.lookup(name) and gazetteer_cities().by_hindi(name)):
                return Place(name, "city")
    capital = _CAPITAL_DID.search(match_key(text))
    if capital is not None:  # "लाओस की राजधानी वियनतियान ने की थी": a capital is a city, known or not
        first = len(match_key(text)[:capital.start("name")].split())
        name = " ".join(text.split()[first:first + len(capital["name"].split())])
        if not lexicon.lookup(name):
            return Place(name, "unknown")
    for match in _HOST_DID.finditer(text):
        # "की मेज़बानी सेंडाई ने 14–18 मार्च 2015 को की": a name GeoNames spells otherwise, when it
        # sounds like a large city and is no word the lexicon holds (a person or a country)
        name = match[1].split()[-1].strip("\"'“”‘’(),।;:")
        if re.fullmatch(r"[\u0900-\u0963\u0971-\u097f]{3,}", name) and not lexicon.lookup(name) and _large_city(name):
            return Place(name, "unknown")
    return None


MIN_HOST_POPULATION = 100_000


def _large_city(name: str) -> bool:
    city = find_city(name)
    return city is not None and city.population >= MIN_HOST_POPULATION


_CAPITAL_DID = re.compile(r"(?:" + "|".join(match_key(w) for w in ("राजधानी", "शहर", "नगर")) + r")\s+(?P<name>[^\s,।]+(?:\s[^\s,।]+)?)"
                          r"\s+ने\s+(?:की|किया)(?=[\s।,.]|$)")


_SUBJECT = re.compile(r"(?:^|\s)(\S+(?:\s\S+)?)\s+ने(?=\s)")
# "... में भाग लेने के लिए कज़ान पहुँचे", "... में भाग लेने कज़ान पहुँचे"
_ARRIVED = re.compile(r"(?:" + match_key("के लिए") + "|" + match_key("लेने") + r")\s+(\S+(?:\s\S+)?)\s+(?:"
                      + "|".join(match_key(w) for w in ("पहुँचे", "पहुंचे", "पहुँचीं", "पहुंचीं", "पहुँचा", "पहुंचा"))
                      + r")(?=[\s।,.]|$)")


_IN = match_key("में")


def _known_city(name: str, lexicon: Lexicon) -> Place | None:
    """The last one or two words of `name` when the lexicon or GeoNames knows them as a city."""
    words = name.split()
    for candidate in (" ".join(words[-2:]), words[-1]) if words else ():
        if lexicon.lookup(candidate, ("city",)) or (not lexicon.lookup(candidate) and (
                gazetteer_cities().by_hindi(candidate) or is_declared_city(candidate))):  # (a dateline's city)
            return Place(candidate, "city")
        country = lexicon.lookup(candidate, ("country",))
        if country is not None and is_city_state(candidate, country.english):
            return Place(candidate, "city")  # 'सिंगापुर': the city is the country
    return None


_VISIT = re.compile(r"(\S+(?:\s\S+)?)\s+(?:" + "|".join(match_key(w) for w in ("की", "का", "के")) + r")\s+(?:\S+\s+)?(?:"
                    + "|".join(match_key(w) for w in ("यात्रा", "दौरा", "दौरे")) + r")(?=[\s,।]|$)")


def _visited_city(text: str, lexicon: Lexicon) -> Place | None:
    """'मॉस्को की आधिकारिक यात्रा की': the city visited (a country visited names no city)."""
    key = match_key(text)
    for match in _VISIT.finditer(key):
        first = len(key[:match.start(1)].split())
        place = _known_city(" ".join(text.split()[first:first + len(match[1].split())]), lexicon)
        if place is not None:
            return place
    return None


def _gazetteer_place(text: str, lexicon: Lexicon) -> Place | None:
    """'जून 2009 में येकातेरिनबर्ग में' in a list whose verb comes at its end: the last 'X में'
    whose X the lexicon or GeoNames knows as a city (an unknown name needs its verb)."""
    words = [w.strip("\"'“”‘’(),।;:") for w in text.split()]
    for k in range(len(words) - 1, 0, -1):
        if match_key(words[k]) == _IN:
            place = _known_city(" ".join(words[max(0, k - 2):k]), lexicon)
            if place is not None:
                return place
    return None


def _subject_city(text: str, lexicon: Lexicon) -> Place | None:
    """'जोहान्सबर्ग ने 2023 में ... की मेज़बानी की': a city as the host (a country hosting
    names no city)."""
    for match in _SUBJECT.finditer(text):
        place = _known_city(match[1], lexicon)
        if place is not None:
            return place
        words = match[1].split()
        if len(words) == 2 and match_key(words[0]) in _CITY_WORDS and not lexicon.lookup(words[1]):
            return Place(words[1], "unknown")  # 'यूनान के शहर थेसालोनिकी ने ...': a city, by the text's word
    return None


_CITY_WORDS = frozenset(match_key(w) for w in ("शहर", "नगर", "राजधानी"))


def _destination(text: str, lexicon: Lexicon) -> Place | None:
    """'... शिखर सम्मेलन में भाग लेने के लिए कज़ान पहुँचे': the city reached for the summit."""
    key = match_key(text)
    match = _ARRIVED.search(key)
    if match is None:
        return None
    first = len(key[:match.start(1)].split())  # the same words as written (keys keep word counts)
    return _known_city(" ".join(text.split()[first:first + len(match[1].split())]), lexicon)


# "... वाघा सीमा पार कर लाहौर पहुँचे": a place reached, at the end of a clause
_REACHED = re.compile(r"(\S+(?:\s\S+)?)\s+(?:" + "|".join(match_key(w) for w in (
    "पहुँचे", "पहुंचे", "पहुँचीं", "पहुंचीं", "पहुँचा", "पहुंचा", "पहुँची", "पहुंची")) + r")\s*,?\s*$")


def _arrived_city(text: str, lexicon: Lexicon) -> Place | None:
    """'... वाघा सीमा पार कर लाहौर पहुँचे,': the known city reached, right before the verb that
    ends the text."""
    if _REACHED.search(match_key(text)) is None:
        return None
    return _known_city(" ".join(w.strip("\"'“”‘’(),।;:") for w in text.split()[-3:-1]), lexicon)


def _city_before_noun(words: list[str], i: int, lexicon: Lexicon) -> Place | None:
    """'2021 का दुशांबे सम्मेलन', '2017 के अस्ताना शिखर सम्मेलन': a known city names the summit."""
    for n in (2, 1):
        if i - n >= 0:
            name = " ".join(words[i - n:i])
            entry = lexicon.lookup(name, ("city",))
            if entry is not None:
                return Place(name, "city")
    return None


_BRACKET_AFTER_NOUN = re.compile(r"^\s*\((?P<inside>[^()]{3,60})\)")


def _bracketed_city_and_year(after_noun: str, lexicon: Lexicon) -> tuple[Place, int, int] | None:
    """'आठवें शिखर सम्मेलन (वियनतियान, 2004) में ...': a city and a year in brackets right after
    the noun; (the city, the year, where the bracket ends) or None."""
    match = _BRACKET_AFTER_NOUN.match(after_noun)
    if match is None:
        return None
    parts = [p.strip() for p in match["inside"].split(",")]
    years = [p for _, _, p in find_periods(match["inside"])]
    cities = [c for c in (_known_city(p, lexicon) for p in parts if not re.search(r"[0-9०-९]", p)) if c is not None]
    if len(parts) != 2 or len(years) != 1 or len(cities) != 1:
        return None
    return cities[0], years[0].year, match.end()
