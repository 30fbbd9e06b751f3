"""Summits listed under their host city: a label that is the city, perhaps with how many times it
hosted ('Durban twice', 'डरबन (दो बार)', 'डरबन में दो बार', 'जिनेवा'), then the years it hosted, each
with its own details in brackets:

    - **Durban twice**: 2000 (13वाँ, 9–14 July) और 2016 (21वाँ, 18–22 July) — ...
    - **जिनेवा (तीन बार)**: 1998, 2004 और 2010
    - **नैरोबी**: 2006 (12वाँ) तथा 2016 (23वाँ); दोनों बार संयुक्त राष्ट्र परिसर में

Each year is one summit in that city; a bracket's ordinal numbers it and its days ('9–14 July')
date it in that year. The text before the first dash, semicolon or full stop outside brackets must
be nothing but two or more such years: 'जिनेवा: 1998 में स्थापना' or a country's label ('भारत: 2000
और 2016') is no such list.
"""

from __future__ import annotations

import re
from typing import Callable

from pipeline.parse.language.dates import find_periods, leading_ordinal

# How many times the city hosted, after its name: 'twice', '(दो बार)', 'में दो बार', '— 3 बार', '(x2)'.
_TIMES = re.compile(
    r"\s*(?:[—–-]\s*|\(\s*)?(?:में\s+)?(?:"
    r"twice|thrice|two times|three times|[0-9०-९]\s*(?:times|बार)|[x×]\s?[0-9]|[0-9]\s?[x×]|"
    r"(?:दो|तीन|चार|दोनों|तीनों|चारों)\s+बार"
    r")\s*\)?\s*$",
    re.IGNORECASE,
)
_YEAR_ITEM = re.compile(r"^(?P<year>[0-9०-९]{4})\s*(?:\((?P<inside>[^()]*)\))?$")
_ITEM_BREAK = re.compile(r"\s*,\s*|\s+(?:और|तथा|एवं|and|&)\s+")
# Where the list of years ends: a spaced dash, a semicolon, a full stop or a colon, outside brackets.
_LIST_END = re.compile(r"\s[—–-]\s|[;।:：]")
MAX_CITY_WORDS = 3
MIN_YEARS = 2


def _outside_brackets(text: str, pattern: re.Pattern[str]) -> re.Match[str] | None:
    """The first match of `pattern` in `text` that stands outside brackets."""
    depth = 0
    for k, char in enumerate(text):
        if char == "(":
            depth += 1
        elif char == ")":
            depth = max(0, depth - 1)
        elif depth == 0:
            match = pattern.match(text, k)
            if match is not None:
                return match
    return None


def _split_outside_brackets(text: str) -> list[str]:
    """`_ITEM_BREAK` pieces of `text`, not breaking inside brackets."""
    pieces, depth, start, k = [], 0, 0, 0
    while k < len(text):
        char = text[k]
        if char == "(":
            depth += 1
        elif char == ")":
            depth = max(0, depth - 1)
        elif depth == 0:
            match = _ITEM_BREAK.match(text, k)
            if match is not None and match.end() > k:
                pieces.append(text[start:k])
                start = k = match.end()
                continue
        k += 1
    pieces.append(text[start:])
    return [p.strip() for p in pieces if p.strip()]


def host_city(label: str) -> str:
    """The label without how many times the city hosted ('Durban twice' -> 'Durban')."""
    return _TIMES.sub("", label).strip()


def city_years(label: str, description: str, names_a_city: Callable[[str], bool]
               ) -> list[tuple[str, str, int | None]] | None:
    """(an entry label of the date and the city, the summit's own text, its ordinal) for every year
    a city's label lists ('Durban twice: 2000 (13वाँ, 9–14 July) और 2016 (...)' -> ('9–14 July 2000,
    Durban', '13वाँ, 9–14 July', 13), ...); None unless the label is a city (`names_a_city`) and the
    text opens with two or more years and nothing else."""
    city = host_city(label)
    if not city or len(city.split()) > MAX_CITY_WORDS or find_periods(city) or not names_a_city(city):
        return None
    end = _outside_brackets(description, _LIST_END)
    head = description[:end.start()] if end is not None else description
    items = _split_outside_brackets(head.strip().rstrip("।."))
    matches = [_YEAR_ITEM.match(item) for item in items]
    if len(items) < MIN_YEARS or not all(matches):
        return None
    found = []
    for match in matches:
        year, inside = match["year"], (match["inside"] or "").strip()
        parts = [p.strip() for p in inside.split(",") if p.strip()]
        edition = next((n for p in parts if len(p.split()) <= 2 and (n := leading_ordinal(p)) is not None), None)
        days = next((p for p in parts if leading_ordinal(p) is None and not re.search(r"[0-9०-९]{4}", p)
                     and any(period.precision != "year" for _, _, period in find_periods(f"{p} {year}"))), None)
        when = f"{days} {year}" if days is not None and len(find_periods(f"{days} {year}")) == 1 else year
        found.append((f"{when}, {city}", inside or f"{year}", edition))
    return found


__all__ = ["city_years", "host_city"]
