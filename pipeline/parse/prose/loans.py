"""Words a news report writes that the sentence rules read in their plain form: the English loan 'समिट'
('इंदौर में हुई चौथी समिट', 'पिछली समिटों के करार') is a 'शिखर सम्मेलन', and the emphatic 'ही' after a place's
'में' ('इंदौर में ही 28 से 30 अक्टूबर 2012 तक तीसरी समिट हुई') adds nothing to where (`plain_words`).
"""

from __future__ import annotations

import re

_SUMMIT_LOAN = re.compile(r"(?<![^\s\"'“‘(])समिट(?P<plural>ों)?(?=[\s,।;:)\"'”’]|$)")
_JUST_THERE = re.compile(r"(?<=\sमें)\s+ही(?=\s)")


def plain_words(sentence: str) -> str:
    """The sentence with 'समिट' read as 'शिखर सम्मेलन' and 'में ही' as 'में'."""
    if "समिट" in sentence:
        sentence = _SUMMIT_LOAN.sub(lambda m: "शिखर सम्मेलनों" if m["plural"] else "शिखर सम्मेलन", sentence)
    if " ही " in sentence:
        sentence = _JUST_THERE.sub("", sentence)
    return sentence
