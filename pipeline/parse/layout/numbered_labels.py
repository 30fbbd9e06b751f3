"""A summit label that opens with the summit's number and names its city after it.

Notes write a summit's number, its meeting word, then its city, beside the date:

    - **19वीं MOP**, Montreal, Sept 2007: ...       (comma-separated pieces)
    - **दूसरी MOP — London (1990)** ...             (a dash between number and city)
    - **35वीं MOP Nairobi (2023)** ...              (the city right after the meeting word)
    - 12वाँ सम्मेलन, बाली (2013) ...

What is left of such a label once its date is taken out is the number's piece and the place's.
`numbered_name_removed` keeps the place: the pieces (split at commas and spaced dashes) that hold no
ordinal, or, when the number and city share one piece, a known city that ends it. 'पहला शिखर
सम्मेलन', 'तीसरा (2014)' or 'दूसरा दिल्ली सम्मेलन' keep nothing: their last words name no city.
"""

from __future__ import annotations

import re
from typing import Callable

from pipeline.parse.language.dates import find_ordinal, leading_ordinal

_PIECE_BREAK = re.compile(r"\s*(?:,|\s[-–—]\s)\s*")
MAX_CITY_WORDS = 3


def _numbered(piece: str) -> bool:
    return find_ordinal(piece) is not None or leading_ordinal(piece) is not None


def numbered_name_removed(outside: str, names_a_city: Callable[[str], bool]) -> str:
    """The label's text (`outside`, its date and brackets removed) without the summit's number and
    meeting word: '19वीं MOP, Montreal, Sept' -> 'Montreal, Sept', '35वीं MOP Nairobi' -> 'Nairobi',
    'पहला शिखर सम्मेलन' -> ''. `names_a_city` says whether a name is a known city."""
    pieces = [p for p in _PIECE_BREAK.split(outside) if p.strip()]
    kept = [p for p in pieces if not _numbered(p)]
    if len(kept) < len(pieces) and kept:
        return ", ".join(kept)
    if len(pieces) != 1:
        return ""
    words = pieces[0].split()
    for size in range(min(MAX_CITY_WORDS, len(words) - 2), 0, -1):
        # the number and at least one meeting word stay before the city
        name = " ".join(words[-size:])
        if not _numbered(" ".join(words[:-size])) or _numbered(name):
            continue
        if names_a_city(name):
            return name
    return ""
