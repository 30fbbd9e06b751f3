"""Two or more sides a lead names together when it lists no members: a partnership 'between' two
sides (`pair_between`) and the co-chairs or co-organisers of the summit (`co_chairs`).
"""

from __future__ import annotations

import re

from pipeline.parse.language.lexicon import Lexicon
from pipeline.parse.parties.names import PARTY_KINDS, _known_glosses, _known_prefix, _known_suffix, known_names, names_un_body
from pipeline.parse.layout.structure import without_parentheticals
from pipeline.parse.language.text import split_sentences
from pipeline.parse.parties.leaders import _listed_sides

_BETWEEN = re.compile(r"(\S+(?:\s\S+){0,3}?)\s+और\s+(\S+(?:\s\S+){0,5}?)\s+के\s+(?:बीच|सदस्य\s+देशों)")


# 'यह भारत और जापान का वार्षिक शिखर सम्मेलन है', 'मिस्र और सूडान का द्विपक्षीय मंच': the two sides whose
# meetings or forum it is.
_PAIRS_MEETINGS = re.compile(r"(\S+(?:\s\S+){0,3}?)\s+(?:और|तथा|एवं)\s+(\S+(?:\s\S+){0,3}?)\s+(?:का|की|के)\s+(?:\S+\s+){0,2}?"
                             r"(?:मंच|शिखर\s+सम्मेलन|शिखर\s+बैठक|शिखर\s+वार्ता|शिखर\s+सम्मेलनों|शिखर\s+बैठकों)(?=[\s,।]|$)")


def _may_name_pairs_meetings(text: str) -> bool:
    """Whether the text holds the words every `_PAIRS_MEETINGS` match holds (a few substring tests:
    the pattern tries its lazy names at every word, slow on a long line)."""
    return (("और" in text or "तथा" in text or "एवं" in text) and ("मंच" in text or "शिखर" in text)
            and (" का " in text or " की " in text or " के " in text))


def _may_name_a_pair_between(text: str) -> bool:
    """Whether the text holds the words every `_BETWEEN` match holds."""
    return "और" in text and "के" in text and ("बीच" in text or "सदस्य" in text)


_LIST_BETWEEN = re.compile(r"\s(?:के|की)\s+बीच(?=[\s,।]|$)")


def listed_between(text: str, lexicon: Lexicon) -> list[str]:
    """'यह पूर्वी अफ्रीकी समुदाय, दक्षिणी अफ्रीकी विकास समुदाय और अफ्रीकी संघ के बीच की बैठक है': the
    sides a list right before 'के बीच' names, three or more (a pair is `pair_between`'s)."""
    for sentence in split_sentences(text) if "बीच" in text else ():
        for match in _LIST_BETWEEN.finditer(sentence):
            sides = _listed_sides(sentence[:match.start()].split()[-MAX_LIST_WORDS:], lexicon, adjectives=False)
            if len(sides) >= 3:
                return sides
    return []


MAX_LIST_WORDS = 30


def pair_between(text: str, lexicon: Lexicon) -> list[str]:
    """'भारत और अफ्रीकी संघ के बीच', 'अफ्रीकी संघ और यूरोपीय संघ के सदस्य देशों', 'अफ़्रीकी संघ और
    अरब राज्य लीग (अरब लीग) के सदस्य देशों', 'भारत और जापान का वार्षिक शिखर सम्मेलन': the two
    sides of a partnership."""
    for match in _PAIRS_MEETINGS.finditer(text) if _may_name_pairs_meetings(text) else ():
        sides = [_known_suffix(match[1], lexicon), match[2]]  # the second side named whole, right before का
        if all(lexicon.lookup(s, PARTY_KINDS) for s in sides):
            return sides
    for match in _BETWEEN.finditer(text) if _may_name_a_pair_between(text) else ():
        sides = [_known_suffix(match[1], lexicon), _known_prefix(match[2], lexicon)]
        if all(lexicon.lookup(s, PARTY_KINDS) for s in sides) and not _ends_a_list(text, match, sides[0]):
            return sides
    glossed = without_parentheticals(_known_glosses(text, lexicon)).replace(" , ", " ")
    if glossed != text:
        for match in _BETWEEN.finditer(glossed) if _may_name_a_pair_between(glossed) else ():
            second = known_names(match[2], lexicon)
            sides = [_known_suffix(match[1], lexicon), second[-1] if len(second) == 1 else ""]
            if all(lexicon.lookup(s, PARTY_KINDS) for s in sides) and not _ends_a_list(glossed, match, sides[0]):
                return sides
    return []


def _ends_a_list(text: str, match: re.Match, first: str) -> bool:
    """'कोमेसा, पूर्वी अफ्रीकी समुदाय और दक्षिणी अफ्रीकी विकास समुदाय के बीच': the pair is the end of
    a longer list (a comma before its first side), three sides or more, not a partnership of two."""
    return text[:match.end(1) - len(first)].rstrip().endswith(",")


# 'भारत और अमेरिका की साझा मेज़बानी में': co-hosts are co-chairs too
_CO_CHAIR = re.compile(r"((?:\S+\s+){1,8}?)(?:की|के)\s+(?:सह[-\s]?अध्यक्षता|सह[-\s]?मेज़?बानी|(?:साझा|संयुक्त)\s+मेज़?बानी)")
# "सह-अध्यक्ष के रूप में भारत और फ़्रांस ने ...": the names after the role.
_AS_CO_CHAIRS = re.compile(r"सह[-\s]?अध्यक्ष(?:ों)?\s+के\s+रूप\s+में\s+((?:\S+\s+){1,8}?)(?:ने|की|के|का)(?=\s|$)")


# 'भारत सभा का अध्यक्ष और फ़्रांस सह-अध्यक्ष है', 'A इसका अध्यक्ष है तथा B उपाध्यक्ष': a body's chair and
# co-chair (or vice-chair), each named before its office, in one clause.
_CHAIR_AND_CO_CHAIR = re.compile(
    r"(?:^|[,;।]\s*)((?:\S+\s+){1,3}?)(?:\S+\s+(?:का|की|के)\s+|इसका\s+|इसके\s+|उसका\s+)?अध्यक्ष\s+(?:है\s+|था\s+)?"
    r"(?:और|तथा|एवं|,)\s+((?:\S+\s+){1,3}?)(?:\S+\s+(?:का|की|के)\s+|इसका\s+|इसके\s+|उसका\s+)?(?:सह[-\s]?अध्यक्ष|उपाध्यक्ष|उप[-\s]अध्यक्ष)"
    r"(?=\s+(?:है|हैं|था|थे)(?:[\s,।.;]|$)|[।.;,]|$)")


# 'सम्मेलन की सह-अध्यक्षता A और B ने की', 'इसका सह-आयोजन A और B की सरकारों ने किया', 'इसका
# आयोजन A, B और C मिलकर करते हैं': the co-chairs or co-organisers, countries or organisations.
_CO_LED_BY = re.compile(r"सह[-\s]?(?:अध्यक्षता|आयोजन)\s+(.{3,240}?)\s+(?:ने|द्वारा)(?=\s|$)")
_ORGANISED_TOGETHER = re.compile(r"आयोजन\s+(.{3,240}?)\s+(?:मिलकर|संयुक्त\s+रूप\s+से)(?=\s|$)")
# 'A के ... मंत्रालय, B के हाशमी साम्राज्य और C द्वारा संयुक्त रूप से आयोजित तीसरा ... शिखर सम्मेलन': co-organisers
# before द्वारा (from the sentence's start: the first item's last name is the first side).
_ORGANISED_JOINTLY_BY = re.compile(r"^(.{3,240}?)\s+द्वारा\s+(?:संयुक्त\s+रूप\s+से|मिलकर|साथ\s+मिलकर)\s+(?:आयोजित|आयोजन)")
_CONJUNCTS = re.compile(r"(,)\s*|\s+(?:और|तथा|एवं)\s+")
# '... अफ्रीकी संघ के अध्यक्ष, कोमोरोस संघ के राष्ट्रपति <name>': after an office, a comma adds
# another office of the same person, not another side.
_OFFICE_END = re.compile(r"(?:अध्यक्ष|राष्ट्रपति|प्रधानमंत्री|प्रधान\s+मंत्री|महासचिव|प्रमुख|नेता|चांसलर)$")


# 'A के राष्ट्रपति ... और B के राष्ट्रपति ... ने ... सम्मेलन की संयुक्त रूप से अध्यक्षता की': the
# subject before ने names the co-chairs.
_JOINTLY_CHAIRED = re.compile(r"(?:^|[,;]\s*)([^,;]{3,240}?)\s+ने\s+(?:\S+\s+){0,12}?(?:संयुक्त\s+रूप\s+से|मिलकर|संयुक्त)\s+"
                              r"(?:\S+\s+)?अध्यक्षता\s+(?:की|करेंगे|करते|कर)(?=[\s।,.]|$)")


def co_chairs(text: str, lexicon: Lexicon) -> list[str]:
    """'भारत और फ़्रांस की सह-अध्यक्षता में', 'सह-अध्यक्ष के रूप में भारत और फ़्रांस ने': the
    co-chairs, sides of the summit; 'सह-अध्यक्षता A के राष्ट्रपति ... और B के अध्यक्ष ... ने
    की', 'सह-आयोजन A और B ने', 'आयोजन A, B और C मिलकर करते हैं', 'A के राष्ट्रपति ... और B के
    राष्ट्रपति ... ने ... की संयुक्त रूप से अध्यक्षता की', 'A के ... मंत्रालय, B और C द्वारा संयुक्त रूप से
    आयोजित': the co-chairs or co-organisers, one per item of the list (the office holder's country
    or organisation); 'भारत सभा का अध्यक्ष और फ़्रांस सह-अध्यक्ष है': a body's chair and co-chair."""
    for match in (*_CO_CHAIR.finditer(text), *_AS_CO_CHAIRS.finditer(text)):
        names = [n for n in known_names(match[1], lexicon) if lexicon.lookup(n, ("country",))]
        if len(names) >= 2:
            return list(dict.fromkeys(names))
    for match in _CHAIR_AND_CO_CHAIR.finditer(text) if "अध्यक्ष" in text else ():
        chairs = [[n for n in known_names(group, lexicon) if lexicon.lookup(n, ("country",))] for group in (match[1], match[2])]
        if all(len(names) == 1 for names in chairs) and chairs[0] != chairs[1]:
            return [chairs[0][0], chairs[1][0]]  # one country before each office
    jointly = [m for sentence in split_sentences(text) for m in _JOINTLY_CHAIRED.finditer(sentence)]
    organised_by = [m for sentence in split_sentences(text) if "द्वारा" in sentence
                    for m in _ORGANISED_JOINTLY_BY.finditer(re.split(r"[;:]\s", sentence)[-1])]
    for match in (*_CO_LED_BY.finditer(text), *_ORGANISED_TOGETHER.finditer(text), *jointly, *organised_by):
        names, previous, agencies = [], "", 0
        parts = _CONJUNCTS.split(match[1])  # item, separator (',' or None), item, ...
        for index, (item, comma) in enumerate(zip(parts[::2], [None, *parts[1::2]])):
            if not (comma and _OFFICE_END.search(previous.strip())):
                item_names = known_names(item, lexicon)
                # '2019 में जापान में हुआ सम्मेलन भारत और ...': the first item's side is its last name
                names += item_names[-1:] if index == 0 and match.re is _ORGANISED_JOINTLY_BY else item_names[:1]
                # 'आयोजन संयुक्त राष्ट्र शरणार्थी उच्चायुक्त और स्विट्ज़रलैंड की सरकार मिलकर करते हैं': a UN body
                # organises, but is no side of its own
                agencies += not item_names and names_un_body(item.strip(), lexicon)
            previous = item
        if len(names) >= 2 or (names and agencies):
            return list(dict.fromkeys(names))
    return []
