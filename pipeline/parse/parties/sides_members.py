"""The members of each side a two-sided title names, listed on fact lines of their own.

A series between two groups ('GCC–मध्य एशिया शिखर सम्मेलन (GCC + C5)') lists each group's
countries on a line labelled by that group:

    + **GCC के देश**: सऊदी अरब, संयुक्त अरब अमीरात, क़तर, कुवैत, बहरीन और ओमान
    + **C5 के देश**: कज़ाख़स्तान, किर्गिज़स्तान, ताजिकिस्तान, तुर्कमेनिस्तान और उज़्बेकिस्तान

Every side's members are parties, not only the longest list. A label naming a group the title
does not name ('**IPF के देश**: ...', donors of another forum) lists no party.
"""

from __future__ import annotations

import re

from pipeline.parse.language.lexicon import Lexicon
from pipeline.parse.language.text import match_key
from pipeline.parse.layout.structure import Line, split_item, without_parentheticals
from pipeline.parse.parties.names import known_names
from pipeline.parse.parties.not_sides import _OBSERVER

_TITLE_BREAK = re.compile(r"[\s\-–—+(),:;/&]+")  # 'GCC–मध्य एशिया ... (GCC + C5)': the title's words
MIN_SIDES = 2
MIN_MEMBERS = 2
# 'GCC के देश', 'मध्य एशिया के सदस्य देश', 'आसियान के सदस्य': a side, then its countries or members
_SIDE_LABEL = re.compile(r"^(?P<side>\S+(?:\s\S+){0,3}?)\s+(?:के|की)\s+(?:सदस्य\s+)?(?:देश|राष्ट्र|सदस्य)$")


def members_of_title_sides(title: str, lines: list[Line], lexicon: Lexicon) -> list[tuple[str, Line]]:
    """The countries of each side the title names, listed on a fact line labelled '<side> के
    देश' (two or more such lines, of different sides, each naming two or more parties); [] when
    the text lists fewer sides so."""
    title_key = f" {' '.join(_TITLE_BREAK.split(match_key(title)))} "
    found: list[tuple[str, Line]] = []
    sides: set[str] = set()
    for line in lines:
        item = split_item(line)
        if item is None or not item.description:
            continue
        label = _SIDE_LABEL.match(match_key(without_parentheticals(item.label)).strip())
        if label is None or f" {label['side']} " not in title_key:
            continue
        first = re.split(r"[;।]", item.description, maxsplit=1)[0]
        names = known_names(first, lexicon)
        if len(names) < MIN_MEMBERS or _OBSERVER.search(match_key(first)):
            continue
        sides.add(label["side"])
        found += [(name, line) for name in names]
    return found if len(sides) >= MIN_SIDES else []
