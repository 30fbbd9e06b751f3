"""Words a news report writes that the sentence rules read in their plain form: the emphatic 'ही' after a
place's 'में' ('इंदौर में ही 28 से 30 अक्टूबर 2012 तक तीसरी समिट हुई') adds nothing to where (`plain_words`).
The English loan 'समिट' is read as a summit noun with the series' other nouns (`as_summit_nouns`).
"""

from __future__ import annotations

import re

_JUST_THERE = re.compile(r"(?<=\sमें)\s+ही(?=\s)")


def plain_words(sentence: str) -> str:
    """The sentence with 'में ही' read as 'में'."""
    if " ही " in sentence:
        sentence = _JUST_THERE.sub("", sentence)
    return sentence
