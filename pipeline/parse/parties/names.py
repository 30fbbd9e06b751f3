"""Party names in running text: which words name a country or an organisation the lexicon,
ISO 3166 or `spelling` knows (`known_names`, `party_entry`, `party_kind`), longest name first,
hyphenated pairs split, brackets and city names ('ग्वाटेमाला सिटी') handled. What belongs here:
recognising a name, not deciding whether it is a side (that is `not_sides` and the readers).
"""

from __future__ import annotations

import re

from pipeline.parse.geo.gazetteer import countries
from pipeline.parse.language.lexicon import Lexicon
from pipeline.parse.parties.spelling import country_by_sound
from pipeline.parse.layout.structure import without_parentheticals

PARTY_KINDS = ("country", "organisation")
MAX_PARTY_WORDS = 4
_HYPHEN = re.compile(r"\s*[-–]\s*")
# Tokens around one item of a list of names: "A, B और C — के नेता".
_LIST_BOUNDARY = frozenset((",", "और", "तथा", "एवं", "—", "–"))
_AFTER_NAME = _LIST_BOUNDARY | frozenset(("के", "की", "का", "ने", "को", "में", "से", "हैं", "है", "थे", "था")) | frozenset(
    ("शिखर", "सम्मेलन", "वार्ता", "बैठक", "संवाद", "साझेदारी", "संबंध"))  # 'भारत-आस्ट्रेलिया शिखर सम्मेलन'


def _known_prefix(part: str, lexicon: Lexicon) -> str:
    words = part.split()
    for n in range(min(len(words), MAX_PARTY_WORDS), 0, -1):
        if lexicon.lookup(" ".join(words[:n]), PARTY_KINDS):
            return " ".join(words[:n])
    return part


def _known_suffix(part: str, lexicon: Lexicon) -> str:
    words = part.split()
    for n in range(min(len(words), MAX_PARTY_WORDS), 0, -1):
        if lexicon.lookup(" ".join(words[-n:]), PARTY_KINDS):
            return " ".join(words[-n:])
    return part


def known_names(text: str, lexicon: Lexicon) -> list[str]:
    """Countries and organisations a text names, in order, longest name first at each word
    ('दक्षिण अफ्रीका', not 'अफ्रीका'); hyphenated pairs count as separate names ('भारत-जर्मनी')."""
    tokens: list[str] = []
    for word in without_parentheticals(_known_glosses(text, lexicon)).replace(",", " , ").split():
        word = word.strip("\"'“”‘’;:।.()") or ","  # a lone ':' or '।' ends a name like a comma
        if "+" in word and party_entry(word, lexicon) is None:
            word = word.split("+")[0] or word  # 'आसियान+3': the group and its three partners
        if party_entry(word, lexicon) is not None or not _HYPHEN.search(word):
            tokens.append(word)
        else:  # 'भारत-आस्ट्रेलिया': two sides, each a whole item
            for k, part in enumerate(p for p in _HYPHEN.split(word) if p):
                # 'यूरोपीय संघ–आसियान': the first part may end a name begun before it
                joins = k == 0 and any(lexicon.lookup(" ".join([*tokens[-n:], part]), PARTY_KINDS)
                                       for n in range(1, min(len(tokens), MAX_PARTY_WORDS - 1) + 1))
                tokens += ["–", part] if tokens and tokens[-1] not in _LIST_BOUNDARY and not joins else [part]
    names, i = [], 0
    while i < len(tokens):
        for n in range(min(MAX_PARTY_WORDS, len(tokens) - i), 0, -1):
            if "," in tokens[i:i + n]:
                continue  # a name never runs across a comma
            name = " ".join(tokens[i:i + n])
            entry = lexicon.lookup(name)
            if entry is not None:  # the longest known name wins: 'लैटिन अमेरिका' is a region
                if entry.kind in PARTY_KINDS and not _names_a_city(tokens, i + n) and not _heads_un_body(
                        entry.english, tokens, i + n):
                    names.append(name)
                i += n
                break
            if n == 1 and _HYPHEN.search(name) and party_entry(name, lexicon) is not None:
                names.append(name)  # 'बोस्निया-हर्ज़ेगोविना'
                i += 1
                break
        else:
            listed = _listed_country(tokens, i, lexicon)
            if listed:
                names.append(" ".join(tokens[i:i + listed]))
            i += listed or 1
    return names


_NOW = re.compile(r"^(?:अब|आज|वर्तमान|आधुनिक)(?:\s+(?:में|का|के|की))?\s+")
_GLOSS = re.compile(r"(?P<before>\S+(?:\s\S+){0,3})\s*\((?P<gloss>[^()]{2,40})\)")


def _known_glosses(text: str, lexicon: Lexicon) -> str:
    """'अरब राज्य लीग (अरब लीग)', 'डाहोमी (अब बेनिन)': a name the lexicon does not know, glossed in
    brackets with one it knows as a party (or today's name of it), is read as the gloss (brackets
    are otherwise left out of lists)."""
    if "(" not in text:
        return text

    def read(match: re.Match[str]) -> str:
        words = match["before"].split()
        gloss = _NOW.sub("", match["gloss"].strip())  # 'डाहोमी (अब बेनिन)': an older name and today's
        if gloss != match["gloss"].strip() and lexicon.lookup(gloss, PARTY_KINDS):
            # 'स्याम (वर्तमान थाईलैंड)': today's name stands for an older one, known or not
            known = next((n for n in range(len(words), 0, -1)
                          if lexicon.lookup(" ".join(words[-n:]).strip("\"'“”‘’,"), PARTY_KINDS)), 0)
            return f"{' '.join(words[:len(words) - known])}, {gloss} " if known else f"{match['before']}, {gloss} "
        if not lexicon.lookup(gloss, PARTY_KINDS) or any(
                lexicon.lookup(" ".join(words[-n:]).strip("\"'“”‘’,"), PARTY_KINDS) for n in range(1, len(words) + 1)):
            return match.group()
        return f"{match['before']}, {gloss} "

    return _GLOSS.sub(read, text)


_CITY_WORDS = frozenset(("सिटी", "सिटि", "शहर"))
# 'संयुक्त राष्ट्र शरणार्थी उच्चायुक्त', 'संयुक्त राष्ट्र महासभा', 'संयुक्त राष्ट्र पर्यावरण कार्यक्रम': the
# words that go on to name one of the UN's bodies (the UN of 'संयुक्त राष्ट्र के', 'संयुक्त राष्ट्र और' is itself)
_UN_BODY_WORDS = frozenset((
    "शरणार्थी", "महासभा", "सुरक्षा", "पर्यावरण", "विकास", "बाल", "शैक्षिक", "आर्थिक", "मानवाधिकार", "जनसंख्या",
    "आवास", "व्यापार", "औद्योगिक", "खाद्य", "उच्चायुक्त", "उच्चायोग", "महिला", "सहायता", "राहत", "मरुस्थलीकरण",
    "जलवायु", "आपदा", "कार्यालय", "एजेंसी", "संगठन", "कोष", "निधि", "कार्यक्रम", "आयोग", "ड्रग्स", "अंतरराष्ट्रीय"))
_UNITED_NATIONS = "United Nations"


def names_un_body(text: str, lexicon: Lexicon) -> bool:
    """Whether the text opens with the name of one of the UN's bodies ('संयुक्त राष्ट्र शरणार्थी उच्चायुक्त')."""
    words = text.split()
    for n in range(min(MAX_PARTY_WORDS, len(words)), 0, -1):
        entry = lexicon.lookup(" ".join(words[:n]), PARTY_KINDS)
        if entry is not None:
            return _heads_un_body(entry.english, words, n)
    return False


def _heads_un_body(english: str, tokens: list[str], end: int) -> bool:
    """'संयुक्त राष्ट्र शरणार्थी उच्चायुक्त (UNHCR)': the UN's name opens one of its bodies' names."""
    return english == _UNITED_NATIONS and end < len(tokens) and tokens[end] in _UN_BODY_WORDS


def _names_a_city(tokens: list[str], end: int) -> bool:
    """'ग्वाटेमाला सिटी', 'कुवैत शहर': the country's name is part of a city's."""
    return end < len(tokens) and tokens[end] in _CITY_WORDS


def _listed_country(tokens: list[str], i: int, lexicon: Lexicon) -> int:
    """How many tokens from i name a country ISO 3166 knows in Hindi (pycountry) and the
    lexicon lacks ('कोटे डी आइवर'), or one spelled otherwise (`country_by_sound`: आस्ट्रेलिया),
    when they stand as one whole item of a list; else 0.
    Only whole items: a country's Hindi name may also be a common word ('गिनी')."""
    if i > 0 and tokens[i - 1] not in _LIST_BOUNDARY:
        return 0
    for n in range(min(MAX_PARTY_WORDS, len(tokens) - i), 0, -1):
        following = tokens[i + n] if i + n < len(tokens) else None
        if "," in tokens[i:i + n] or (following is not None and following not in _AFTER_NAME):
            continue
        name = " ".join(tokens[i:i + n])
        if lexicon.lookup(name) is None and (countries().by_hindi(name, loose=False) is not None
                                             or country_by_sound(name, lexicon) is not None):
            return n
    return 0


_AND = re.compile(r"\s+(?:एवं|तथा|व)\s+")


def party_entry(name: str, lexicon: Lexicon) -> tuple[str, str, str] | None:
    """(kind, English name, the spelling known) of a party name: the lexicon, then ISO 3166,
    then a country's name spelled otherwise (`country_by_sound`: आस्ट्रेलिया, मैक्सिको);
    a hyphen, एवं, तथा or व may stand for और ('बोस्निया-हर्ज़ेगोविना' is 'बोस्निया और हर्ज़ेगोविना'). None
    when none knows it."""
    spellings = dict.fromkeys((name, _HYPHEN.sub(" और ", name), _AND.sub(" और ", name)))
    for spelling in spellings:
        entry = lexicon.lookup(spelling, PARTY_KINDS)
        if entry is not None:
            return entry.kind, entry.english, spelling
        country = countries().by_hindi(spelling, loose=False)
        if country is not None:
            return "country", country.name, spelling
    known = country_by_sound(name, lexicon)
    return ("country", *known) if known is not None else None


def party_kind(name: str, lexicon: Lexicon) -> str | None:
    """'country' or 'organisation' for a party name (the lexicon, then ISO 3166), else None."""
    entry = party_entry(name, lexicon)
    return entry[0] if entry is not None else None
