"""Organisations named by an acronym: a side of a list glossed with a Latin acronym the lexicon
does not know ('... समुदाय (CELAC, 33 देश)', `glossed_sides`), an acronym written in Devanagari
letter names ('ओएसीपीएस' -> OACPS, `spelled_acronym`) and the organisations the lead glosses
with one, which the title may name by it (`glossed_organisations`, `_acronym_in_title`).
"""

from __future__ import annotations

import re

from pipeline.parse.geo import phonetic
from pipeline.parse.language.lexicon import Lexicon
from pipeline.parse.parties.names import known_names
from pipeline.parse.layout.structure import Line, Shape
from pipeline.parse.language.text import match_key

ACRONYM = re.compile(r"[A-Z][A-Z&]{1,9}")
# 'NAME (ACRONYM, ...)': a side of a list glossed with its Latin acronym; the item ends at a comma or और.
_GLOSSED = re.compile(r"(?:^|,\s*|\s(?:और|तथा|एवं)\s+)(?P<name>[^,()]{3,80}?)\s*\((?P<acronym>[A-Z][A-Z&]{1,9})(?=[,;)\s])[^()]*\)")
GLOSSED_SIDE = re.compile(r"(?P<name>.+?) \((?P<acronym>[A-Z][A-Z&]{1,9})\)")


def glossed_sides(text: str, lexicon: Lexicon) -> list[str]:
    """'... और लैटिन अमेरिकी एवं कैरिबियाई राज्यों का समुदाय (CELAC, 33 देश)': an item of a list
    that names no party the lexicon knows, glossed with an acronym the lexicon does not know
    either, as 'NAME (ACRONYM)' (`find_parties` makes it an organisation named by the acronym).
    A known side keeps its own name ('यूरोपीय संघ (EU, 27 सदस्य देश)')."""
    sides = []
    for match in _GLOSSED.finditer(text):
        name = match["name"].strip()
        if known_names(name, lexicon) or lexicon.lookup(match["acronym"]) is not None:
            continue
        sides.append(f"{name} ({match['acronym']})")
    return sides


# The Latin letters as Hindi spells their names, to read an acronym written in Devanagari
# ('ओएसीपीएस' is O-A-C-P-S). Keys are match keys (no nukta: एफ़ is एफ).
_LETTER_NAMES = {match_key(k): v for k, v in {
    "ए": "A", "बी": "B", "सी": "C", "डी": "D", "ई": "E", "एफ": "F", "जी": "G", "एच": "H", "आई": "I",
    "जे": "J", "के": "K", "एल": "L", "एम": "M", "एन": "N", "ओ": "O", "पी": "P", "क्यू": "Q", "आर": "R",
    "एस": "S", "टी": "T", "यू": "U", "वी": "V", "डब्ल्यू": "W", "डब्लू": "W", "एक्स": "X", "वाई": "Y",
    "जेड": "Z", "ज़ेड": "Z",
}.items()}
MIN_ACRONYM_LETTERS = 3


def spelled_acronym(word: str) -> str | None:
    """'ओएसीपीएस' -> 'OACPS': a word that reads as Latin letter names in exactly one way, of
    three letters or more; None for any other word ('एकता' is no run of letter names)."""
    key = match_key(word)
    readings: list[list[str]] = [[] for _ in range(len(key) + 1)]
    readings[0] = [""]
    for end in range(1, len(key) + 1):
        for start in range(max(0, end - 7), end):
            letter = _LETTER_NAMES.get(key[start:end])
            if letter is not None and readings[start]:
                readings[end] += [r + letter for r in readings[start]]
        readings[end] = readings[end][:2]  # two readings already make it ambiguous
    found = readings[len(key)]
    return found[0] if len(found) == 1 and len(found[0]) >= MIN_ACRONYM_LETTERS else None


# '... राज्यों का संगठन (ओएसीपीएस)', '... समुदाय (SADC)': an organisation's name glossed with its acronym.
_ORGANISATION_GLOSS = re.compile(r"(?:" + "|".join(match_key(w) for w in (
    "संगठन", "संघ", "समुदाय", "लीग", "परिषद", "समूह", "फ़ोरम", "मंच", "गठबंधन", "आयोग", "सचिवालय", "बाज़ार",
    "प्राधिकरण", "गठजोड़")) + r")\s*\(([^()]{2,14})\)")


def glossed_organisations(lines: list[Line]) -> dict[str, str]:
    """The acronyms the lines define for an organisation ('... राज्यों का संगठन (ओएसीपीएस)'):
    the acronym as written -> its Latin letters."""
    found: dict[str, str] = {}
    for line in lines:
        for match in _ORGANISATION_GLOSS.finditer(match_key(line.text)):
            written = match[1].strip()
            latin = written if ACRONYM.fullmatch(written) else spelled_acronym(written)
            if latin is not None:
                found[written] = latin
    return found


def _acronym_in_title(shape: Shape, lexicon: Lexicon) -> list[str]:
    """An organisation the title names by an acronym the lead defines and no lexicon knows
    ('लुआंडा में ओएसीपीएस राष्ट्राध्यक्षों का १०वाँ शिखर सम्मेलन'), as 'ACRONYM (LATIN)'."""
    defined = glossed_organisations([line for line in shape.lead if line.number != shape.title.number])
    words = {w.strip("\"'“”‘’(),;:।") for w in match_key(shape.title.text).split()}
    return [f"{written} ({latin})" for written, latin in defined.items()
            if written in words and lexicon.lookup(written) is None and lexicon.lookup(latin) is None]


# '... साझा बाज़ार (COMESA), पूर्वी अफ्रीकी समुदाय (EAC) और ...': a Latin acronym in brackets, alone or first.
_LATIN_GLOSS = re.compile(r"\((?P<acronym>[A-Z][A-Z&]{1,9})(?=[,;)\s])[^()]*\)")
#: A title's side read as a word ('कोमेसा', 'सैडक') is the acronym it sounds like (measured: कोमेसा/COMESA
#: 1.0, सैडक/SADC 0.8, आसियान/ASEAN 0.8, इकोवास/ECOWAS 0.83; कोमेसा/CARICOM 0.46), the same skeleton too.
ACRONYM_SOUND_SIMILARITY = 0.75


def acronym_sides(parts: list[str], lines: list[Line]) -> list[str]:
    """'कोमेसा–ईएसी–सैडक त्रिपक्षीय शिखर सम्मेलन' over a lead that glosses '... (COMESA), ... (EAC) और
    ... (SADC)': each side the title writes as a Devanagari acronym, spelled in letter names
    ('ईएसी' -> EAC) or read as a word ('कोमेसा' -> COMESA), that is a Latin acronym the lead
    glosses, as 'SIDE (ACRONYM)' (an organisation named by the acronym). None for a side no
    gloss matches."""
    glossed = {m["acronym"] for line in lines if "(" in line.text for m in _LATIN_GLOSS.finditer(line.text)}
    found = []
    for part in parts:
        if " " in part.strip() or not glossed:
            continue
        latin = spelled_acronym(part)
        if latin not in glossed:
            latin = next((a for a in sorted(glossed) if _sounds_like(part, a)), None)
        if latin is not None:
            found.append(f"{part} ({latin})")
    return found


def _sounds_like(word: str, acronym: str) -> bool:
    """'कोमेसा' ~ COMESA: the same consonant skeleton and forms this alike."""
    latin = phonetic.latin_form(acronym.lower())
    forms = phonetic.hindi_forms(word)
    return phonetic.key(forms[0]) == phonetic.key(latin) and len(phonetic.key(latin)) >= 2 and max(
        phonetic.similarity(f, latin) for f in forms) >= ACRONYM_SOUND_SIMILARITY
