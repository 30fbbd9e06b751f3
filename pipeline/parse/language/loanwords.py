"""English meeting words Hindi reports write in Devanagari, read as the Hindi noun.

A state's investors' summit or a business summit is a 'समिट' in most newspapers ('ग्लोबल
इन्वेस्टर्स समिट', 'इंदौर में तीसरी समिट हुई', 'पिछली समिटों के करार'): the same noun as 'सम्मेलन',
so every rule on summit nouns reads it once it is written so. Only the whole word: not a name
that merely begins so.

Reports also stress a place with 'ही' ('इंदौर में ही 28 से 30 अक्टूबर 2012 तक तीसरी समिट हुई'):
'X में ही' says no more than 'X में'.
"""

from __future__ import annotations

import re

_SUMMIT_LOANWORD = re.compile(r"(?<![\u0900-\u097f])समिट(?P<plural>ों|्स)?(?![\u0900-\u097f])")


def as_hindi_meeting_nouns(sentence: str) -> str:
    """'... तीसरी समिट हुई' -> '... तीसरी सम्मेलन हुई'; 'समिटों', 'समिट्स' -> 'सम्मेलनों'."""
    if "समिट" not in sentence:
        return sentence
    return _SUMMIT_LOANWORD.sub(lambda m: "सम्मेलनों" if m["plural"] else "सम्मेलन", sentence)


_STRESSED_PLACE = re.compile(r"(?<![\u0900-\u097f])में ही(?![\u0900-\u097f])")


def as_plain_sentence(sentence: str) -> str:
    """The sentence with its loanwords read as Hindi meeting nouns and 'में ही' as 'में'."""
    sentence = as_hindi_meeting_nouns(sentence)
    return _STRESSED_PLACE.sub("में", sentence) if "में ही" in sentence else sentence
