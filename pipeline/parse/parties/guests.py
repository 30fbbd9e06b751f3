"""Countries that took part in a meeting of a series without members, as its guests of honour:
'... इस सम्मेलन में मेज़बान संयुक्त अरब अमीरात के अलावा भारत, कतर और तुर्किये ने सम्मानित अतिथि
देशों के रूप में भाग लिया' names India, Qatar and Türkiye, and the host besides whom they took part.

A forum or a world summit has no members; the countries the text says took part as its guest
(or partner) countries are its sides. Read only when the document lists no members at all: a
group's invited guests ('अतिथि देशों के रूप में ... आमंत्रित') stay no members, and a sentence that
says they were only invited, not that they took part, names no side.
"""

from __future__ import annotations

import re

from pipeline.parse.language.lexicon import Lexicon
from pipeline.parse.language.text import match_key, split_sentences
from pipeline.parse.parties.names import known_names, party_kind

# '... ने सम्मानित अतिथि देशों के रूप में भाग लिया', '... अतिथि देश के तौर पर शामिल हुए'
_AS_GUESTS = re.compile(
    r"(?P<before>.*?)\s(?:\S+\s+){0,2}?(?:" + "|".join(match_key(w) for w in ("अतिथि", "अतिथि-", "भागीदार", "साझेदार"))
    + r")\s+(?:" + "|".join(match_key(w) for w in ("देश", "देशों", "राष्ट्र", "राष्ट्रों")) + r")\s+(?:"
    + "|".join(match_key(w) for w in ("के रूप में", "के तौर पर")) + r")\s+(?:"
    + "|".join(match_key(w) for w in ("भाग लिया", "हिस्सा लिया", "शामिल हुए", "शामिल हुआ", "भाग ले रहे", "हिस्सा ले रहे"))
    + r")(?=[\s,।]|$)")
_NOT = re.compile(r"(?:^|\s)" + match_key("नहीं") + r"(?=\s|$)")


def guests_who_took_part(text: str, lexicon: Lexicon) -> list[str]:
    """The countries (as written) a sentence says took part as guest countries, with the host
    besides whom they did ('मेज़बान X के अलावा A, B और C ने ...'); [] for any other sentence."""
    found: list[str] = []
    for sentence in split_sentences(text):
        key = match_key(sentence)
        match = _AS_GUESTS.match(key)
        if match is None or _NOT.search(key):
            continue
        # (the words before, as written: 'मेज़बान संयुक्त अरब अमीरात के अलावा भारत, कतर और तुर्किये')
        before = " ".join(sentence.split()[:len(match["before"].split())])
        found += [n for n in known_names(before, lexicon) if party_kind(n, lexicon) == "country"]
    return list(dict.fromkeys(found))


__all__ = ["guests_who_took_part"]
