"""A place before 'में' that neither the lexicon nor a Devanagari GeoNames name knows, read when
the sentence's shape says it is where something met and the gazetteers place the name by sound.

`find_place` reads an unknown name before 'में' only right before a verb of holding. Writers
also put the place after the day ('27 सितंबर को ल्योन में राष्ट्रपति ... की बैठक'), or before the
numbered summit it hosted ('31 मई से 11 जून तक वैंकूवर में पहले हैबिटेट सम्मेलन की मेज़बानी की').
There the name counts only when `places.find_city` finds it: in a country the text names, or a
large city no other city of that sound rivals (never a name the lexicon holds: a person, an
organisation, a country). Unknown stays unread.
"""

from __future__ import annotations

import re

from pipeline.parse.geo.places import countries_named, find_city
from pipeline.parse.language.dates import MONTHS
from pipeline.parse.language.lexicon import Lexicon
from pipeline.parse.language.text import match_key

#: Words of a day: '27 सितंबर को', 'सोमवार को', '20 नवंबर 2013 को'.
_WEEKDAYS = frozenset(match_key(w) for w in ("सोमवार", "मंगलवार", "बुधवार", "गुरुवार", "बृहस्पतिवार", "शुक्रवार",
                                             "शनिवार", "रविवार"))
_DATE_WORD = re.compile(r"^[0-9०-९]{1,4}[,]?$")
_DAY_ENDS = frozenset(match_key(w) for w in ("को", "तक"))  # the words a day ends with (and a name begins after)
#: ...of which only 'को' says the day the place was the meeting's; '3 से 5 मार्च तक X में एक विशेष ...' may not
_ON_THE_DAY = match_key("को")
#: Ordinals of a summit hosted there: 'पहले', 'दूसरी', '35वीं' (not 'पहली बार': the first time).
_ORDINALS = frozenset(match_key(w) for w in (
    "पहले", "पहला", "पहली", "दूसरे", "दूसरा", "दूसरी", "तीसरे", "तीसरा", "तीसरी", "चौथे", "चौथा", "चौथी",
    "पाँचवें", "पांचवें", "पाँचवाँ", "पाँचवीं", "छठे", "छठा", "छठी", "सातवें", "आठवें", "नौवें", "दसवें"))
_NUMBERED = re.compile(r"^[0-9०-९]{1,3}(?:वें|वाँ|वां|वीं|वी)$")
_NOT_AFTER_ORDINAL = frozenset(match_key(w) for w in ("बार", "से", "भी", "ही", "ही,"))
_SUMMIT_NOUNS = frozenset(match_key(w) for w in ("सम्मेलन", "शिखर", "बैठक", "वार्ता", "समिट"))
#: How many words a name may have, and how far the ordinal's noun may stand.
MAX_NAME_WORDS = 3
NOUN_WINDOW = 5
_NAME = re.compile(r"^[\u0900-\u0963\u0971-\u097f]{3,}$")
_PLURAL_OBLIQUE = re.compile("(?:\u094b\u0902|\u0913\u0902)$")  # -ों, -ओं: देशों, नेताओं, संस्करणों


#: People who may follow 'DAY को X में' when X is where the leaders met ('27 सितंबर को ल्योन में
#: राष्ट्रपति ... की बैठक', '... में दोनों नेताओं की'); other people there ('... में व्यापारियों और
#: उद्योगपतियों के साथ') met somebody else.
_LEADERS_OR_MEETING = frozenset(match_key(w) for w in (
    "राष्ट्रपति", "प्रधानमंत्री", "प्रधान", "चांसलर", "नेताओं", "नेता", "दोनों", "राष्ट्राध्यक्षों", "शासनाध्यक्षों",
    "सम्राट", "महासचिव", "शिखर", "सम्मेलन", "बैठक", "वार्ता", "हुई", "हुआ", "हुए", "आयोजित", "संपन्न"))


def _others_after(words: list[str], keys: list[str], in_at: int) -> bool:
    """Whether 'में' at `in_at` is followed by people other than leaders (a plural noun: व्यापारियों)."""
    return in_at + 1 < len(keys) and keys[in_at + 1] not in _LEADERS_OR_MEETING and \
        _PLURAL_OBLIQUE.search(words[in_at + 1]) is not None


def _after_a_day(keys: list[str], start: int) -> bool:
    """Whether the words before `start` end a day: '27 सितंबर को', 'सोमवार को', '20 नवंबर 2013 को'."""
    if start < 2 or keys[start - 1] != _ON_THE_DAY:
        return False
    day = keys[start - 2]
    return day in MONTHS or day in _WEEKDAYS or (
        _DATE_WORD.match(day) is not None and start >= 3 and keys[start - 3] in MONTHS)


def _before_a_numbered_summit(keys: list[str], in_at: int) -> bool:
    """Whether 'में' at `in_at` is followed by an ordinal and a summit noun ('में पहले हैबिटेट सम्मेलन')."""
    nxt = in_at + 1
    if nxt + 1 >= len(keys) or not (keys[nxt] in _ORDINALS or _NUMBERED.match(keys[nxt])):
        return False
    if keys[nxt + 1] in _NOT_AFTER_ORDINAL:
        return False
    return any(k in _SUMMIT_NOUNS for k in keys[nxt + 1:nxt + 1 + NOUN_WINDOW])


def sounded_place(words: list[str], keys: list[str], in_at: int, text: str, lexicon: Lexicon) -> str | None:
    """The name of one to `MAX_NAME_WORDS` words right before 'में' at `in_at`, when a day ends
    right before it or a numbered summit follows 'में', and the gazetteers place it by sound in a
    country `text` names or as a large city; else None. `words` are the text's words without
    punctuation, `keys` their match keys."""
    numbered = _before_a_numbered_summit(keys, in_at)
    names = 0
    while names < MAX_NAME_WORDS and in_at - names - 1 >= 1 and _NAME.match(words[in_at - names - 1].replace("-", "")) \
            and keys[in_at - names - 1] not in _DAY_ENDS:
        names += 1
    for n in range(names, 0, -1):  # the longest name the gazetteers know ('रियो डी जनेरियो')
        start = in_at - n
        if not (numbered or (_after_a_day(keys, start) and not _others_after(words, keys, in_at))):
            continue
        name = " ".join(words[start:in_at])
        if lexicon.lookup(name) is not None:
            continue  # a person, an organisation, a country, a term: not a place by sound
        if find_city(name, None, frozenset(), lambda: countries_named(text, lexicon)) is not None:
            return name
    return None


def plural_word(name: str, text: str, lexicon: Lexicon) -> bool:
    """An unknown name before 'में' and a numbered summit that is a Hindi plural ('हाल के संस्करणों में,
    10वीं बैठक'; `find_place` asks only there): it ends
    in -ों or -ओं and the gazetteers place it neither in a country `text` names nor as a large city
    (French names written so are found by sound: ल्यों; फ़्रांस के आविन्यों)."""
    return _PLURAL_OBLIQUE.search(name) is not None and find_city(
        name, None, frozenset(), lambda: countries_named(text, lexicon)) is None
