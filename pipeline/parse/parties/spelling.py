"""A country spelled otherwise than the lexicon and ISO 3166 spell it ('आस्ट्रेलिया', 'बांगलादेश',
'म्यानमार'): `country_by_sound` finds it by its sound form. What belongs here: the sound-alike
thresholds and the index of every country's spellings; nothing that reads a sentence.
"""

from __future__ import annotations

import re
from functools import cache, lru_cache

from pipeline.parse.geo import phonetic
from pipeline.parse.geo.gazetteer import countries
from pipeline.parse.language.lexicon import Lexicon
from pipeline.parse.language.text import match_key

#: A country's name spelled otherwise than the lexicon and ISO 3166 spell it (आस्ट्रेलिया,
#: बांगलादेश, म्यानमार, वियेतनाम) is that country when its sound form is this alike to one of
#: that country's spellings (measured: those four 0.875-1.0; मुअम्मर/Myanmar and
#: ग्रानादा/Grenada 0.857), no other country's comes within `COUNTRY_SOUND_MARGIN`, and it
#: ends in the same vowel (not जर्मन, पाकिस्तानी). A skeleton of three consonants needs
#: `COUNTRY_SOUND_SHORT_SIMILARITY` (ट्यूनिशिया, बोलिविया); shorter ones never.
COUNTRY_SOUND_SIMILARITY = 0.87
COUNTRY_SOUND_SHORT_SIMILARITY = 0.95
COUNTRY_SOUND_MARGIN = 0.1
COUNTRY_SOUND_CONSONANTS = 3


@lru_cache(maxsize=16384)
def country_by_sound(name: str, lexicon: Lexicon) -> tuple[str, str] | None:
    """(English name, the spelling it sounds like) of a country written otherwise, or None."""
    if not re.fullmatch(r"[\u0900-\u0965\u0970-\u097f]+(?: [\u0900-\u0965\u0970-\u097f]+){0,3}", name.strip()):
        return None
    forms = phonetic.hindi_forms(name)
    if len(phonetic.key(forms[0])) < COUNTRY_SOUND_CONSONANTS:
        return None
    scores: dict[str, tuple[float, str, str]] = {}  # one country (its code or name) -> best score
    for spelling, english, form, country in _country_sound_forms(lexicon).get(phonetic.key(forms[0]), ()):
        if _ending(spelling) != _ending(name):
            continue  # 'जर्मन', 'पाकिस्तानी', 'ऑस्ट्रेलियाई': the people or the language, not the country
        if _first_word_endings_differ(spelling, name):
            continue  # 'दक्षिणी अफ्रीका' (Southern Africa): a region's adjective, not 'दक्षिण अफ्रीका'
        score = max(phonetic.similarity(f, form) for f in forms)
        if score > scores.get(country, (0.0, "", ""))[0]:
            scores[country] = (score, english, spelling)
    ranked = sorted(scores.values(), key=lambda item: -item[0])
    least = COUNTRY_SOUND_SHORT_SIMILARITY if len(phonetic.key(forms[0])) == COUNTRY_SOUND_CONSONANTS \
        else COUNTRY_SOUND_SIMILARITY
    if not ranked or ranked[0][0] < least or (
            len(ranked) > 1 and ranked[1][0] >= ranked[0][0] - COUNTRY_SOUND_MARGIN):
        return None
    return ranked[0][1], ranked[0][2]


_ENDINGS = str.maketrans({"ी": "ि", "ू": "ु", "ई": "ि", "इ": "ि", "ऊ": "ु", "उ": "ु", "आ": "ा", "ए": "े", "ओ": "ो", "ॉ": "ो"})


def _first_word_endings_differ(spelling: str, name: str) -> bool:
    """A continent's region ('दक्षिणी अफ्रीका', Southern Africa) against a country named after it
    ('दक्षिण अफ्रीका'): as many words, the words before the last ending in different vowels (not
    'उत्तरी कोरिया', a common spelling of North Korea)."""
    first, second = spelling.split(), name.split()
    return (len(first) == len(second) > 1 and match_key(second[-1]) in _CONTINENTS
            and any(_ending(a) != _ending(b) for a, b in zip(first[:-1], second[:-1])))


_CONTINENTS = frozenset(match_key(w) for w in ("अफ्रीका", "अफ़्रीका", "अमेरिका", "एशिया", "यूरोप"))


def _ending(name: str) -> str:
    """The vowel a name ends in (vowel length aside), '' for a consonant's inherent a."""
    last = match_key(name.strip())[-1:].translate(_ENDINGS)
    return last if last in "िुाेैोौ" else ""


@cache
def _country_sound_forms(lexicon: Lexicon) -> dict[str, list[tuple[str, str, str, str]]]:
    """Consonant skeleton -> (Hindi spelling, English name, sound form, country) of every
    country the lexicon or ISO 3166 names in Hindi; the English name is the lexicon's when it
    has one for that country."""
    index = countries()
    lexicon_english: dict[str, str] = {}
    spellings: list[tuple[str, str, str]] = []
    for entry in lexicon.entries:
        if entry.kind == "country":
            country = index.by_english(entry.english)
            code = country.alpha_3 if country is not None else entry.english
            lexicon_english.setdefault(code, entry.english)
            spellings.append((entry.hindi, entry.english, code))
    for key, alpha_2 in index.hindi_keys().items():
        country = index.by_alpha_2[alpha_2]
        spellings.append((key, lexicon_english.get(country.alpha_3, country.name), country.alpha_3))
    found: dict[str, list[tuple[str, str, str, str]]] = {}
    for hindi, english, code in spellings:
        for form in phonetic.hindi_forms(hindi):
            found.setdefault(phonetic.key(form), []).append((hindi, english, form, code))
    return found
