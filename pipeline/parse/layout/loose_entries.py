"""The last reading of a line in a list of summits that no entry shape reads: its date and its city,
in whatever order and with whatever marks between them.

Under a heading that declares summits, notes write an entry in shapes no rule foresees
('24वीं — जिनेवा, 23 जुलाई – 12 अगस्त 2008: ...', '(घ) वीडियो कॉन्फ़्रेंस — 8 सितंबर 2020 — छठी
बैठक', 'जिनेवा ▸ 2008 ▸ 24वीं'). `loose_entry` reads such a line's head (the text before its first
colon or semicolon, or the whole line when the head holds no date) as pieces apart by punctuation:
exactly one date or year, and exactly one piece a city the lexicon or GeoNames knows (`_known_city`) (or
a word saying it met online, which names no city), and no other piece that looks like a second
place. Anything less sure is no entry: the caller writes a parse issue, as before.
"""

from __future__ import annotations

import re

from pipeline.parse.geo.gazetteer import cities as gazetteer_cities
from pipeline.parse.language.dates import find_ordinal, find_periods, leading_ordinal
from pipeline.parse.language.lexicon import Lexicon
from pipeline.parse.layout.structure import Line, strip_marker, without_parentheticals
from pipeline.parse.layout.summits import (
    Entry, Place, _names_a_city, _ordinal_segment, entry_status, is_hybrid, is_virtual, label_place,
)

MAX_HEAD_WORDS = 16
MAX_LEAD_WORDS = 2  # 'नवीनतम:', 'अंतिम G5:' before the date and the city
_PIECES = re.compile(r"\s*(?:[,;:|▸►→•/()]|\s[—–-]\s)\s*")
_HEAD_END = re.compile(r"[:;।]")


def _head(text: str) -> tuple[str, str] | None:
    """The entry's head and the rest; None when a label of other words stands before the colon
    ('अंतिम घोषणा पर हस्ताक्षर: ओस्लो, 17–18 जून 2013': what happened, not which summit)."""
    end = _HEAD_END.search(text)
    if end is None:
        return text, ""
    if find_periods(text[:end.start()]):
        return text[:end.start()], text[end.end():].strip()
    if len(text[:end.start()].split()) > MAX_LEAD_WORDS:
        return None
    return text, ""


MIN_SOUNDED_POPULATION = 100_000


def _known_city(name: str, lexicon: Lexicon) -> bool:
    """A name the lexicon or GeoNames knows as a city: its Devanagari name, or a city of 100,000
    people or more that it sounds exactly like ('गांधीनगर', Gandhinagar)."""
    index = gazetteer_cities()
    return _names_a_city(name, lexicon) or bool(index.by_hindi(name, bare=False)) or any(
        s.similarity == 1.0 and s.city.population >= MIN_SOUNDED_POPULATION for s in index.by_sound(name)[:1])


def loose_entry(line: Line, lexicon: Lexicon) -> Entry | None:
    """One summit from a list line no entry shape reads, when its head holds exactly one date and
    exactly one known city (or says it met online); else None."""
    text, _ = strip_marker(line.text)
    split = _head(text)
    if split is None:
        return None
    head, rest = split
    if len(head.split()) > MAX_HEAD_WORDS:
        return None
    periods = find_periods(head)
    if len(periods) != 1:
        return None
    start, end, period = periods[0]
    # (a name in brackets after the city is its state or country: 'गांधीनगर (गुजरात)')
    rest_of_head = without_parentheticals(head[:start] + " , " + head[end:])
    pieces = [p.strip() for p in _PIECES.split(rest_of_head) if p and p.strip()]
    cities: list[str] = []
    online = False
    for piece in pieces:
        if is_virtual(piece) and not is_hybrid(piece):
            online = True
            continue
        if leading_ordinal(piece) is not None or find_ordinal(piece, meeting=True) is not None:
            continue  # '24वीं', 'छठी बैठक': the meeting's number
        place = label_place(piece, lexicon)
        if place is None:
            continue
        if place.kind == "city" or (place.city and _known_city(place.city, lexicon)):
            cities.append(place.city or piece)
        elif place.kind == "unknown" and len(piece.split()) <= 2:
            return None  # another name it cannot tell from a place: not sure which is the city
    read_after = False  # the city or the word for online was the text's first piece
    if not cities and not online and rest:
        # 'AIDS 2020: Virtual — 23वाँ, 6–10 July 2020; ...', '2019: सान्या — ...': a head of a date (and
        # the series' short name) alone, then the city, or the word that it met online, as the text's
        # first piece
        first = _PIECES.split(without_parentheticals(rest), maxsplit=1)[0].strip(" .।")
        place = label_place(first, lexicon) if first and not find_periods(first) else None
        if is_virtual(first) and not is_hybrid(first) and len(first.split()) <= MAX_LEAD_WORDS:
            online = read_after = True
        elif place is not None and place.city and (place.kind == "city" or _known_city(place.city, lexicon)):
            cities.append(place.city)
            read_after = True
    if len(cities) > 1 or (not cities and not online):
        return None
    place = Place(cities[0], "city") if cities else None
    edition = leading_ordinal(head) or find_ordinal(head, meeting=True) or next(
        (leading_ordinal(p) for p in pieces if len(p.split()) <= 2 and leading_ordinal(p)), None)  # 'जिनेवा ▸ 2008 ▸ 24वीं'
    if read_after:
        # '... Virtual — 23वाँ, 6–10 July 2020; ...': the text after the place numbers and dates the summit
        edition = edition or _ordinal_segment(_PIECES.split(rest, maxsplit=1)[-1].split(";")[0])
        days = [p for _, _, p in find_periods(rest) if p.precision == "day" and p.year == period.year]
        period = days[0] if period.precision == "year" and days else period
    return Entry(line, head, period, rest or head, place, edition, entry_status(text), rest or head)


__all__ = ["loose_entry"]
