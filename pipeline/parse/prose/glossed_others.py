"""A numbered meeting glossed with another body's short form.

Notes gloss a numbered meeting with its body's short form and number: 'बुसान में हुई पाँचवीं बैठक
(INC-5)', 'तीसरी बैठक (MOP-3) में', 'छठा सत्र (UNEA-6)'. When that short form is none the series goes
by (its title, and the names the text gives it: `series`), the meeting is that other body's, not a
summit of the series ('पाँचवीं बैठक (INC-5)' in notes on the UNEA: a negotiating committee's).
'चौथा सत्र (COP-4)' in notes titled '... पक्षकारों का सम्मेलन (COP)' stays the series' own.
"""

from __future__ import annotations

import re

from pipeline.parse.language.dates import ORDINAL_WORDS
from pipeline.parse.language.text import match_key

_ORDINAL = r"(?:[0-9०-९]{1,3}\s?(?:वीं|वें|वाँ|वां|वी|वे|वा|st|nd|rd|th)|" + "|".join(
    sorted(ORDINAL_WORDS, key=len, reverse=True)) + ")"
_NOUN = r"(?:" + "|".join(match_key(w) for w in ("बैठक", "बैठकें", "सत्र", "सम्मेलन", "अधिवेशन", "meeting", "session",
                                                   "conference")) + ")"
# 'पाँचवीं बैठक (INC-5)', 'छठा सत्र (UNEA 6)', 'पहली बैठक (COP1)', 'पहला भाग (UNEA-5.1)' is a part
_GLOSSED = re.compile(r"(?<![\w\u0900-\u097f])" + _ORDINAL + r"\s+" + _NOUN
                      + r"\s*\((?P<short>[a-z]{2,10})\s?[-–]?\s?[0-9]{1,2}(?:\.[0-9])?\)")


def numbers_another_bodys_meeting(sentence: str, series: str) -> bool:
    """Whether the sentence's numbered meetings are all glossed with a short form (and number)
    that the series' names (`series`: its title and glosses) do not hold."""
    found = list(_GLOSSED.finditer(match_key(sentence)))  # (keys are case-folded: '(inc-5)')
    if not found:
        return False
    own = {w.casefold() for w in re.findall(r"[A-Za-z]{2,}", series)}
    return all(match["short"].casefold() not in own for match in found)
