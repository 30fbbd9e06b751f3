"""An earlier (or later) summit of the series that one entry of a summit list tells in passing.

Writers of a summit list often compare the entry's summit with another one, and in doing so state
that other summit fully, with its year, its city and its number:

    2025: इटली के मिलान में 4 से 7 मई 2025 तक 58वीं वार्षिक बैठक आयोजित की गई; यह 2016 में
    जर्मनी के फ्रैंकफ़र्ट में हुई 49वीं बैठक के बाद यूरोप में पहली वार्षिक बैठक थी।

    2019: ... 2017 में तुनिस में हुए पाँचवें सम्मेलन के फ़ैसलों की समीक्षा की गई।

`summits_told_in_entry` gives such summits: held ones the sentence reader finds in the entry's
text, of a year other than the entry's own, with a city and an ordinal. Without the ordinal
('2020 के बाद पहली आमने-सामने की बैठक', 'बाली सम्मेलन के बाद') the other meeting is only a
point in time, or a summit the list states on its own line anyway.
"""

from __future__ import annotations

import re

from pipeline.parse.language.dates import ascii_digits, holds_an_ordinal
from pipeline.parse.language.lexicon import Lexicon
from pipeline.parse.prose.sentence import summits_in_sentence
from pipeline.parse.prose.words import Mention


def summits_told_in_entry(description: str, entry_year: int, series: str, lexicon: Lexicon, *,
                          entry_edition: int | None = None, multilateral: bool = False) -> list[Mention]:
    """The held, numbered summits in a city that an entry of `entry_year` states for another year,
    each within one clause of the entry's text (its year, city and number together)."""
    if not any(ch.isdigit() for ch in description):
        return []
    found: list[Mention] = []
    for clause in _CLAUSES.split(description):
        if str(entry_year) in ascii_digits(clause) or not _YEAR.search(clause) or not holds_an_ordinal(clause):
            continue  # (a clause dated by the entry's own year tells the entry's summit; most clauses: no number)
        found += [m for m in summits_in_sentence(clause, series, lexicon, multilateral=multilateral)
                  if m.status == "held" and m.period.year != entry_year and m.edition is not None
                  and m.edition != entry_edition and m.place is not None and m.place.city is not None
                  and m.place.city in clause and not m.borrows_place and not m.uses_context_year
                  and str(m.period.year) in ascii_digits(clause)]
    return found


_CLAUSES = re.compile(r"[;।]")
_YEAR = re.compile(r"[0-9०-९]{4}")
