"""A line that says its meeting is not one of the series': 'यह परामर्श नहीं, बल्कि द्विपक्षीय
दौरा था', '... यह द्विपक्षीय दौरा था, वार्षिक नेता बैठक नहीं।'. The meeting noun (a summit noun,
or the noun the series calls its meetings by) is followed right away by 'नहीं', and the clause
ends there or turns with 'बल्कि' ('not X but Y'). Not a denial: 'बैठक नहीं हो सकी' (a meeting
that did not take place: the status readers say so), 'बैठक नहीं, बल्कि दो बैठकें' is still
a meeting, which no text of this kind writes."""

from __future__ import annotations

import re

from pipeline.parse.language.series_noun import own_meeting_nouns
from pipeline.parse.language.text import match_key

_SUMMIT_NOUNS = frozenset(match_key(w) for w in (
    "सम्मेलन", "बैठक", "शिखर", "वार्ता", "परामर्श", "समिट", "मुलाक़ात", "मुलाकात"))
_NOT = match_key("नहीं")
_BUT = match_key("बल्कि")
_CLAUSE_END = re.compile(r"[।;.!]")


def denies_being_one(text: str, title: str) -> bool:
    """Whether the text says its meeting is no meeting of the series (see the module)."""
    nouns = _SUMMIT_NOUNS | own_meeting_nouns(title)
    for clause in _CLAUSE_END.split(match_key(text)):
        words = clause.split()
        for k in range(len(words) - 1):
            if words[k].strip(",\"'“”") not in nouns or words[k + 1].rstrip(",") != _NOT:
                continue
            rest = words[k + 2:]
            if not rest or (words[k + 1].endswith(",") and rest[0] == _BUT) or rest[0] == _BUT:
                return True
    return False
