"""A group's chair handed over at the meeting: 'बैठक में ज़ाम्बिया के राष्ट्रपति ... ने समूह की अध्यक्षता
बुरुंडी के राष्ट्रपति ... को सौंप दी', 'बुरुंडी ने ज़ाम्बिया से अध्यक्षता संभाली', 'अध्यक्षता केन्या से
युगांडा के पास गई'. The outgoing and the incoming chair are both members at the meeting, so both are
sides (`chair_handover`) when the title already names one of them as a side (`handed_over`); a
country that only takes the chair is `not_sides.takes_the_chair`'s, and a large group whose chair
passes between members the text only counts keeps its members unnamed.
"""

from __future__ import annotations

import re

from pipeline.parse.language.lexicon import Lexicon
from pipeline.parse.language.text import match_key, split_sentences
from pipeline.parse.parties.leaders import demonyms, leader_descriptions
from pipeline.parse.layout.structure import Line
from pipeline.parse.parties.names import known_names, party_entry, party_kind

_CHAIR = r"(?:अध्यक्षता|अध्यक्ष\s+पद|अध्यक्ष\s+का\s+पद|अध्यक्षता\s+का\s+(?:दायित्व|पद|ज़िम्मा|जिम्मा)|अध्यक्षता\s+की\s+(?:ज़िम्मेदारी|जिम्मेदारी|कमान))"
# 'A ने (समूह की) अध्यक्षता B को सौंप दी', 'A ने अध्यक्ष पद B को हस्तांतरित किया'
_HANDED = re.compile(r"^(?P<outgoing>.{2,160}?)\s+ने\s+(?:\S+\s+){0,6}?" + _CHAIR + r"\s+(?P<incoming>.{2,160}?)\s+को\s+"
                     r"(?:सौंप|सौंपी|सौंपा|सौंपे|हस्तांतरित|सुपुर्द)(?=[\s,।]|$)")
# 'B ने A से (समूह की) अध्यक्षता संभाली / ग्रहण की / ली'
_TOOK_FROM = re.compile(r"^(?P<incoming>.{2,160}?)\s+ने\s+(?P<outgoing>.{2,160}?)\s+से\s+(?:\S+\s+){0,4}?" + _CHAIR
                        + r"\s+(?:संभाली|सँभाली|संभाला|सँभाला|ग्रहण|ली|लिया|हासिल)(?=[\s,।]|$)")
# '(समूह की) अध्यक्षता A से B को / के पास गई / आई / मिली / सौंपी गई'
_PASSED = re.compile(_CHAIR + r"\s+(?P<outgoing>.{2,120}?)\s+से\s+(?P<incoming>.{2,120}?)\s+(?:को|के\s+पास|के\s+हाथ)\s+"
                     r"(?:गई|आई|मिली|पहुँची|पहुंची|चली\s+गई|सौंपी\s+गई|हस्तांतरित)(?=[\s,।]|$)")


def _country(phrase: str, lexicon: Lexicon) -> str | None:
    """The one country a phrase names: by a leader's description ('ज़ाम्बिया के राष्ट्रपति हाकैंडे
    हिचिलेमा', 'ज़ाम्बियाई राष्ट्रपति'), by name, or as an adjective; None for none or several."""
    sides = {leader.side for leader in leader_descriptions(phrase, lexicon)}
    sides |= {n for n in known_names(phrase, lexicon) if party_kind(n, lexicon) == "country"}
    if not sides:
        sides = {demonyms(lexicon)[match_key(w)] for w in phrase.split() if match_key(w) in demonyms(lexicon)}
    return next(iter(sides)) if len(sides) == 1 else None


def chair_handover(text: str, lexicon: Lexicon) -> list[str]:
    """The outgoing and the incoming chair a sentence says handed over the group's chair, two
    different countries; else none."""
    if "अध्यक्ष" not in text:
        return []
    for sentence in split_sentences(text):
        for pattern in (_HANDED, _TOOK_FROM, _PASSED):
            for match in pattern.finditer(sentence):
                # the outgoing chair is the subject's last clause ('बैठक में, A के राष्ट्रपति ...')
                outgoing = _country(re.split(r"[,;:]", match["outgoing"])[-1], lexicon)
                incoming = _country(match["incoming"], lexicon)
                if outgoing and incoming and outgoing != incoming:
                    return [outgoing, incoming]
    return []


def handed_over(lines: list[Line], lexicon: Lexicon, found: list[tuple[str, Line]]) -> list[tuple[str, Line]]:
    """When a side already found (the title's: 'बुरुंडी के राष्ट्रपति ने संभाली अध्यक्षता') took the
    chair over from another country at the meeting, as a lead sentence says, that country too."""
    sides = {entry[1] for name, _ in found if (entry := party_entry(name, lexicon))}
    for line in lines:
        pair = chair_handover(line.text, lexicon)
        if pair and any(party_entry(n, lexicon)[1] in sides for n in pair):
            return [(n, line) for n in pair if party_entry(n, lexicon)[1] not in sides]
    return []
