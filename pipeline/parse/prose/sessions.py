"""The meetings of a UN-style series listed by place and year, without the word सम्मेलन.

Reports on conferences, conventions' COPs and assemblies list the earlier sessions in one
sentence, each city with its year in brackets, and call them the series' meetings by a plural
noun that points back at it: 'क्रमशः इस्तांबुल (2011), दुबई (2012) और मराकेश (2014) में इसकी
बैठकें हुईं', 'उसके बाद की बैठकें दक्षिण कोरिया के प्योंगचांग (2014) और मिस्र के शर्म अल-शेख (2018)
में हुईं'. `lists_its_meetings` is the cue that lets such a sentence be read as a list
(`lists._cities_with_years`); `place_in_country` reads an item's place after its country
('मेक्सिको के कानकुन'), a name that is a place because a country says where it lies;
`peak_of_another`: a series that calls its meetings by a word of its own (an assembly, a congress)
does not call them 'शिखर सम्मेलन' ('जी-20 देशों के संसदीय अध्यक्षों के नौवें शिखर सम्मेलन' in a report
on an assembly is another series').
"""

from __future__ import annotations

import re

from pipeline.parse.language.lexicon import Lexicon
from pipeline.parse.language.text import match_key
from pipeline.parse.layout.summits import Place

# the plural meetings; the word before says whose: 'इसकी', 'उसकी', 'इनकी', 'बाद की', 'अगली'
_MEETINGS = frozenset(match_key(w) for w in ("बैठकें", "बैठकों", "सभाएँ", "सभाएं", "सत्र", "अधिवेशन"))
_ITS = frozenset(match_key(w) for w in ("इसकी", "उसकी", "इनकी", "इसके", "उसके", "इनके", "ऐसी", "ऐसे"))
_AFTER = match_key("बाद")
_OF = frozenset(match_key(w) for w in ("की", "के"))
_YEAR_IN_BRACKETS = re.compile(r"\([0-9०-९]{4}\)")


def lists_its_meetings(sentence: str) -> bool:
    """A sentence with two or more 'NAME (YEAR)' items and a plural meeting noun that points back
    at the series ('इसकी बैठकें', 'उसके बाद की बैठकें'), not at a named body ('परिषद की बैठकें')."""
    if sentence.count("(") < 2 or len(_YEAR_IN_BRACKETS.findall(sentence)) < 2:
        return False
    keys = [match_key(w.strip("\"'“”‘’(),।;:")) for w in sentence.split()]
    for k in range(1, len(keys)):
        if keys[k] not in _MEETINGS:
            continue
        if keys[k - 1] in _ITS or (keys[k - 1] in _OF and k >= 2 and keys[k - 2] == _AFTER):
            return True
    return False


def place_in_country(words: list[str], lexicon: Lexicon) -> Place | None:
    """'मेक्सिको के कानकुन', 'की बैठकें दक्षिण कोरिया के प्योंगचांग': the name after a known country
    and के (one to three words), kept as a place even when no gazetteer knows it."""
    keys = [match_key(w) for w in words]
    for k in range(len(words) - 2, 0, -1):
        if keys[k] not in _OF:
            continue
        name = words[k + 1:]
        country = next((" ".join(words[j:k]) for j in range(max(0, k - 3), k)
                        if lexicon.lookup(" ".join(words[j:k]), ("country",))), None)
        if country is None or not 1 <= len(name) <= 3:
            return None
        return Place(" ".join(name), "unknown")
    return None


_PEAK = match_key("शिखर")


def peak_of_another(keys: list[str], i: int) -> bool:
    """The summit noun at i is a 'शिखर ...' one: in a document whose series has its own word for its
    meetings (the caller checks), another series' summit."""
    return keys[i] == _PEAK
