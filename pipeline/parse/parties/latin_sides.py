"""A title's side written in Latin letters ('Singapore–Indonesia Leaders' Retreat', 'India–Japan
Annual Summit'): the leading words of the side that are a country's English name (ISO 3166, as the
project spells it) or a party the lexicon knows by those letters ('EU'), read as the lexicon's
Hindi spelling of that party, so every other reader of parties knows it.

Only the leading words of one side count, and only whole words: 'Indonesia Leaders' Retreat' is
Indonesia; 'Boao Forum for Asia', 'World Government Summit' name no country; 'Leaders' is no side.
"""

from __future__ import annotations

import re

from pipeline.parse.geo.gazetteer import countries
from pipeline.parse.language.lexicon import Lexicon

MAX_LATIN_SIDE_WORDS = 4
PARTY_KINDS = ("country", "organisation")
_LATIN_WORD = re.compile(r"^[A-Za-z][A-Za-z.'’&]*$")


def latin_side(part: str, lexicon: Lexicon) -> str | None:
    """The lexicon's Hindi spelling of the party a side in Latin letters opens with
    ('Indonesia Leaders' Retreat' -> 'इंडोनेशिया'), else None."""
    words = part.split()
    for n in range(min(len(words), MAX_LATIN_SIDE_WORDS), 0, -1):
        if not all(_LATIN_WORD.match(w) for w in words[:n]):
            continue
        name = " ".join(words[:n]).rstrip(".'’")
        if lexicon.lookup(name, PARTY_KINDS) is not None:
            return name  # 'EU': the lexicon knows the letters themselves
        country = countries().by_english(name)
        spellings = lexicon.spellings(country.name, "country") if country is not None else []
        if spellings:
            return spellings[0]
    return None
