"""Sides named through their leaders: a leader described by a country and an office ('अमेरिकी
राष्ट्रपति डोनाल्ड ट्रंप', 'उत्तर कोरिया के सर्वोच्च नेता किम जोंग-उन', `leader_descriptions`);
the leaders a title names by name ('ट्रंप और किम की भेंट', 'शी जिनपिंग–किम जोंग-उन शिखर वार्ताएँ',
`title_leaders`) and the leaders a lead sentence says the summit was between ('X के राष्ट्रपति A
और Y के अध्यक्ष B के बीच', `leaders_between`) stand for their countries; so do the sides whose
leaders or governments a sentence names as a list ('भारत और जापान के नेताओं का', 'भारतीय और जापानी
प्रधानमंत्रियों के बीच', `leaders_of`). A country may be written as its adjective (`demonyms`:
फ़्रांसीसी, उत्तर कोरियाई; a title's 'भारत-जापानी' too). A leader only present, or one the title
does not name, is no side; nor are co-hosts.
"""

from __future__ import annotations

import re
from dataclasses import dataclass
from functools import cache

from pipeline.parse.language.lexicon import Lexicon
from pipeline.parse.parties.names import MAX_PARTY_WORDS, PARTY_KINDS, party_entry
from pipeline.parse.layout.structure import Line, Shape
from pipeline.parse.language.text import match_key, split_sentences

# Offices of a head of state or government (or of a group's leader), as their last word.
_OFFICES = frozenset(match_key(w) for w in (
    "राष्ट्रपति", "प्रधानमंत्री", "मंत्री", "नेता", "चांसलर", "अध्यक्ष", "महासचिव", "राष्ट्राध्यक्ष",
    "शासनाध्यक्ष", "सम्राट", "राजा", "महाराजा", "शाह", "अमीर", "युवराज", "प्रिंस", "सुल्तान", "उपराष्ट्रपति", "पीएम",
    "समकक्ष",  # 'अपने दक्षिण कोरियाई समकक्ष ली जे-म्योंग': the counterpart, described by the country
))
_HONORIFICS = frozenset(match_key(w) for w in ("श्री", "सुश्री", "श्रीमती", "डॉ", "डॉ.", "महामहिम", "मिस्टर"))
# What ends a name after an office ('... डोनाल्ड ट्रंप ने', '... मून जे-इन भी') or a country's
# description before it ('पनमुनजोम के संयुक्त सुरक्षा क्षेत्र में | उत्तर कोरियाई नेता').
_STOPS = frozenset(match_key(w) for w in (
    "ने", "से", "को", "में", "पर", "के", "की", "का", "और", "तथा", "एवं", "व", "भी", "ही", "तो", "है", "हैं", "था",
    "थे", "थी", "लिए", "साथ", "बीच", "द्वारा", "या", "जो", "जिन्होंने", "रहे", "रही", "बने", "बनी",
))
_BOUNDARIES = frozenset((",", ";", "।", ":", "—", "–")) | frozenset(match_key(w) for w in (
    "और", "तथा", "एवं", "ने", "से", "को", "में", "पर", "साथ", "जबकि"))
# Words after an office that are no name ('राष्ट्रपति आज', 'प्रधानमंत्री पहले ही').
_NOT_NAMES = frozenset(match_key(w) for w in (
    "नई", "नए", "नया", "पहले", "पहली", "पहला", "दूसरे", "दूसरी", "अब", "आज", "कल", "फिर", "पूर्व", "तत्कालीन",
    "वर्तमान", "मौजूदा", "स्वयं", "खुद", "ख़ुद", "इस", "उस", "यह", "वह", "सभी", "दोनों", "एक",
    "पद", "रूप", "बनने", "बनकर", "रहते", "हुए",
))
_JOE = match_key("जो")
_IN = match_key("में")
MAX_NAME_WORDS = 4
MAX_DESCRIPTION_WORDS = 12
_TOKEN = re.compile(r"[,;।:—–]|[^\s,;।:—–()\-]+")


@dataclass(frozen=True)
class Leader:
    """A leader a text describes: the side (a party name the lexicon knows) and the name's words."""

    side: str
    name: tuple[str, ...]  # match keys of the name's words ('डोनाल्ड', 'ट्रंप')


_PRIME_MINISTER = frozenset(match_key(w) for w in ("प्रधानमंत्री", "प्रधानमन्त्री", "पीएम"))
_MINISTER, _PRADHAN, _PM = match_key("मंत्री"), match_key("प्रधान"), "पीएम"  # 'प्रधान मंत्री', 'पीएम मोदी'



def leader_descriptions(text: str, lexicon: Lexicon, unqualified_prime_minister: str | None = None,
                        in_host_country: bool = False, unnamed: bool = False) -> list[Leader]:
    """Every leader the text describes as '<country or its adjective> (के ...) <office> (श्री) <name>';
    with `unqualified_prime_minister`, a 'प्रधानमंत्री <name>' no country describes stands for it; with
    `in_host_country`, an office no country describes right after a place in a country ('दक्षिण कोरिया
    के बंदरगाह शहर बुसान में राष्ट्रपति ली जे-म्योंग के साथ') is that country's; with `unnamed`, an
    office without a name counts too ('इंडोनेशिया के राष्ट्रपति और मलेशिया के प्रधानमंत्री के बीच')."""
    tokens = _TOKEN.findall(text)
    keys = list(map(match_key, tokens))
    leaders = []
    matches = list(_TOKEN.finditer(text))  # where each token stands: brackets between two end a name
    for i, key in enumerate(keys):
        if key not in _OFFICES:
            continue
        j = i + 1
        while j < len(keys) and keys[j] in _HONORIFICS:
            j += 1
        name = []
        if j + 1 < len(keys) and keys[j] == _JOE and keys[j + 1] not in _STOPS | _BOUNDARIES:
            name.append(keys[j])  # 'राष्ट्रपति जो बाइडन': a first name, not the relative pronoun
            j += 1
        while j < len(keys) and len(name) < MAX_NAME_WORDS and keys[j] not in _STOPS | _OFFICES | _BOUNDARIES \
                and keys[j] not in _NOT_NAMES and not _names_a_place(tokens, j, lexicon) \
                and not (name and "(" in text[matches[j - 1].end():matches[j].start()]):
            # ('राष्ट्रपति गुस्तावो पेट्रो (सेलैक के अस्थायी अध्यक्ष)': the brackets describe him, they are no name)
            name.append(keys[j])
            j += 1
        side = _described_side(tokens[max(0, i - MAX_DESCRIPTION_WORDS):i], lexicon)
        if side is None and (key in _PRIME_MINISTER or (key == _MINISTER and i > 0 and keys[i - 1] == _PRADHAN)):
            side = unqualified_prime_minister
        if side is None and in_host_country and i > 1 and keys[i - 1] == _IN:
            side = _described_side(tokens[max(0, i - 1 - MAX_DESCRIPTION_WORDS):i - 1], lexicon)
        if (name or unnamed) and side is not None:
            leaders.append(Leader(side, tuple(name)))
    return leaders


def _names_a_place(tokens: list[str], j: int, lexicon: Lexicon) -> bool:
    """The words from j begin a name the lexicon knows ('नई दिल्ली', 'भारत'): no person's name."""
    return any(lexicon.lookup(" ".join(tokens[j:j + n])) is not None for n in range(1, min(3, len(tokens) - j) + 1))


def _described_side(before: list[str], lexicon: Lexicon) -> str | None:
    """The last country or organisation named, or written as its adjective, in the words before
    an office, back to a clause boundary ('चीनी कम्युनिस्ट पार्टी के महासचिव' -> चीन)."""
    start = max((k + 1 for k, t in enumerate(before) if match_key(t) in _BOUNDARIES), default=0)
    words = before[start:]
    found = None
    i = 0
    while i < len(words):
        for n in range(min(MAX_PARTY_WORDS, len(words) - i), 0, -1):
            side = _side(" ".join(words[i:i + n]), lexicon, words[i - 1] if i else "")
            if side is not None:
                found, i = side, i + n
                break
        else:
            i += 1
    return found


# 'दक्षिण अमेरिकी', 'लैटिन अमेरिकी': a region's adjective, not the country's.
_REGION_WORDS = frozenset(match_key(w) for w in (
    "दक्षिण", "उत्तर", "पूर्व", "पश्चिम", "दक्षिणी", "उत्तरी", "पूर्वी", "पश्चिमी", "मध्य", "लैटिन", "दक्षिण-पूर्व"))


# Before an office only: 'कोरियाई राष्ट्रपति' is the Republic of Korea's (the North's leader is 'उत्तर कोरियाई',
# read as two words first); an 'अंतर-कोरियाई' summit is both Koreas'.
_LEADERS_ADJECTIVES = {match_key("कोरियाई"): "दक्षिण कोरिया"}


def _side(phrase: str, lexicon: Lexicon, before: str = "") -> str | None:
    """The party a phrase names, as its name or its adjective (not after a word of region,
    `before`), else None (a city is no side)."""
    adjective = demonyms(lexicon).get(match_key(phrase)) or _LEADERS_ADJECTIVES.get(match_key(phrase))
    if adjective is not None:
        return adjective if match_key(before) not in _REGION_WORDS else None
    entry = lexicon.lookup(phrase)
    if entry is not None:  # exactly, not by a lookup that skipped a word ('किए कोरिया गणराज्य')
        return phrase if entry.kind in PARTY_KINDS and match_key(entry.hindi) == match_key(phrase) else None
    known = party_entry(phrase, lexicon)  # ISO 3166, or a country spelled otherwise, as one word
    return phrase if known is not None and (" " not in phrase or match_key(known[2]) == match_key(phrase)) else None


def title_leaders(shape: Shape, lexicon: Lexicon, beside_a_country: bool = False) -> list[tuple[str, Line]]:
    """The sides of the leaders a title names by name ('पनमुनजोम में ट्रंप और किम की भेंट'), each
    as the text first describes that leader (one met in a place of his own country: 'दक्षिण कोरिया के
    ... बुसान में राष्ट्रपति ली ...'). With `beside_a_country` (the title names one other country: 'अब
    थिम्पू पहुंचे मोदी; भूटान ने दिया ...'), a prime minister no country describes is India's too."""
    title_keys = [match_key(t) for t in _TOKEN.findall(shape.title.text)]
    title_words = set(title_keys) - _STOPS
    found: dict[str, Line] = {}
    named: set[str] = set()
    where: dict[str, int] = {}  # a side's place in the title: its leader's first word there
    lines = [*shape.lead, *(line for section in shape.sections if not section.is_references for line in section.lines)]
    for line in lines:
        key = match_key(line.text)  # an office's key is part of the line's (no office ends in ई or ए)
        if not any(office in key for office in _OFFICES):
            continue  # no office, no leader described
        for leader in leader_descriptions(line.text, lexicon):
            words = set(leader.name) & title_words
            if words and not words & named:
                named |= set(leader.name)
                found.setdefault(leader.side, line)
                where.setdefault(leader.side, min(title_keys.index(w) for w in words))
    # 'मोदी-ट्रंप वार्ता: ...' over 'प्रधानमंत्री नरेन्द्र मोदी और अमेरिकी राष्ट्रपति डोनाल्ड ट्रंप ने ...': in a
    # Hindi text that names India, a prime minister no country describes is India's
    india = _INDIA if lexicon.lookup(_INDIA, ("country",)) else None
    if (found or beside_a_country) and india not in found and india is not None and any(_INDIA in line.text for line in lines):
        for line in lines:
            if _MINISTER not in match_key(line.text) and _PM not in line.text:
                continue
            for leader in leader_descriptions(line.text, lexicon, unqualified_prime_minister=india):
                words = set(leader.name) & title_words
                if leader.side == india and words and not words & named:
                    named |= set(leader.name)
                    found.setdefault(india, line)
                    where.setdefault(india, min(title_keys.index(w) for w in words))
    # 'शिगेरु इशिबा (जापान)', 'शिगेरु इशिबा (जापानी प्रधानमंत्री)', 'शिगेरु इशिबा, जापान के प्रधानमंत्री,': a country after the name
    head_words = _head_names(shape.title.text, lexicon)
    for line in lines if len(found) < 2 and head_words else []:
        if "(" not in line.text and "," not in line.text:
            continue
        for words, side in _described_after(line.text, lexicon):
            words = set(words) & head_words
            if words and not words & named and side not in found:
                named |= words
                found[side] = line
                where.setdefault(side, min(title_keys.index(w) for w in words))
    # last, a leader no country describes, met in a place of his own country ('... बुसान में राष्ट्रपति ली')
    for line in lines if found else []:
        if _IN not in match_key(line.text):
            continue
        for leader in leader_descriptions(line.text, lexicon, in_host_country=True):
            words = set(leader.name) & title_words
            if words and not words & named and leader.side not in found:
                named |= set(leader.name)
                found[leader.side] = line
                where.setdefault(leader.side, min(title_keys.index(w) for w in words))
    # in the title's order ('मोदी-किशिदा वार्ता': India, then Japan)
    return sorted(found.items(), key=lambda item: where.get(item[0], len(title_keys)))


_INDIA = "भारत"
# 'NAME (जापान)', 'NAME (जापानी प्रधानमंत्री)', 'NAME, जापान के प्रधानमंत्री,': a person's name, then the country it is of.
_NAME_THEN_COUNTRY = re.compile(r"(?P<name>[^\s(),;:।]+(?:\s[^\s(),;:।]+){0,2})\s*(?:\((?P<inside>[^()]{2,60})\)|,\s+(?P<appositive>[^,;।()]{2,60}?)\s*(?:,|$))")


_TITLE_HEAD_END = re.compile(r"\s(?:शिखर|वार्ता|बैठक|भेंट|मुलाक़ात|मुलाकात|सम्मेलन|यात्रा|दौरा|संवाद)(?=[\s,:।]|$)|[:;|(]")


def _head_names(title: str, lexicon: Lexicon) -> set[str]:
    """The words before a title's meeting words ('इशिबा–ली शिखर वार्ता' -> इशिबा, ली) that the
    lexicon does not know (not 'बुसान में'): where a title names people."""
    head = _TITLE_HEAD_END.split(title, maxsplit=1)[0]
    return {match_key(w) for w in re.split(r"[\s–—-]+", head) if w and lexicon.lookup(w) is None
            and match_key(w) not in _STOPS and not w.isdigit()}


_LETTER = re.compile(r"[\u0900-\u0963\u0972-\u097fA-Za-z]")


def _described_after(text: str, lexicon: Lexicon) -> list[tuple[tuple[str, ...], str]]:
    """The names a text follows with their country: in brackets, the country alone or as the
    adjective of an office ('शिगेरु इशिबा (जापान)', '(जापानी प्रधानमंत्री)'); after a comma, the
    country and an office ('शिगेरु इशिबा, जापान के प्रधानमंत्री,'). Each as (the name's match keys,
    its side)."""
    found = []
    for match in _NAME_THEN_COUNTRY.finditer(text):
        name = [w for w in match["name"].split() if _LETTER.search(w)]  # not a bullet ('- बुखारेस्ट (रोमानिया)')
        if not name or any(lexicon.lookup(w) is not None for w in name):
            continue  # a place the lexicon knows, not a person
        described = match["inside"] or match["appositive"]
        tokens = _TOKEN.findall(described)
        keys = [match_key(t) for t in tokens]
        if match["appositive"] is not None and (not keys or keys[-1] not in _OFFICES):
            continue  # after a comma, only '<country> के <office>'
        if match["inside"] is not None and keys and keys[-1] in _OFFICES:
            tokens = tokens[:-1]  # '(जापानी प्रधानमंत्री)'
        elif match["inside"] is not None and (len(tokens) > MAX_PARTY_WORDS or len(name) < 2):
            continue  # a country alone in brackets follows a full name ('शिगेरु इशिबा (जापान)'), not one word
        side = _described_side(tokens, lexicon)
        if side is not None and lexicon.lookup(side, ("country",)) is not None and (
                match["appositive"] is not None or _side(" ".join(tokens), lexicon) == side):
            found.append((tuple(match_key(w) for w in name), side))
    return found


_BETWEEN = re.compile(r"\s(?:के|की)\s+(?:बीच|दरमियान)(?=[\s,।]|$)")


def leaders_between(text: str, lexicon: Lexicon) -> list[str]:
    """'कोरिया गणराज्य के राष्ट्रपति श्री मून जे-इन और ... उत्तर कोरिया के ... अध्यक्ष श्री किम
    जोंग-उन के बीच ... शिखर सम्मेलन': the sides of the leaders a sentence says it was between
    (two or more); or two leaders who acted together ('... ने'), where the text names both countries."""
    both = _BOTH_SIDES.search(match_key(text)) is not None
    for sentence in split_sentences(text):
        match = _BETWEEN.search(sentence) or (_TOGETHER.search(sentence) if both else None)
        if match is None:
            continue
        # between two offices, named or not ('इंडोनेशिया के राष्ट्रपति और मलेशिया के प्रधानमंत्री के बीच')
        sides = list(dict.fromkeys(leader.side for leader in leader_descriptions(
            sentence[:match.start()], lexicon, unnamed=match.re is _BETWEEN)))
        if len(sides) >= 2 and (match.re is _BETWEEN or len(sides) == 2):
            return sides
    return []


# 'ब्राज़ील के राष्ट्रपति A और अर्जेंटीना के राष्ट्रपति B ने ... दस्तख़त किए ... दोनों देशों के बीच ...': two
# leaders who acted together, in a paragraph that then speaks of both countries, are its two sides
_TOGETHER = re.compile(r"\s" + match_key("ने") + r"(?=[\s,।]|$)")
_BOTH_SIDES = re.compile(match_key("दोनों") + r"\s+(?:" + "|".join(match_key(w) for w in (
    "देशों", "देश", "पड़ोसियों", "पड़ोसी", "राष्ट्रों", "सरकारों")) + r")(?=[\s,।]|$)")


# 'भारत और जापान के नेताओं का', 'भारतीय और जापानी प्रधानमंत्रियों के बीच', 'फ़्रांसीसी और जर्मन सरकारों
# की': the leaders or governments of the sides named before them.
_LEADERS_OF = re.compile(r"(?<!\S)(?P<sides>(?:\S+\s+){1,12}?)(?:(?P<of>के|की)\s+)?(?:शीर्ष\s+)?(?:" + "|".join(
    match_key(w) for w in ("नेताओं", "राष्ट्राध्यक्षों", "शासनाध्यक्षों", "प्रधानमंत्रियों", "राष्ट्रपतियों", "सरकारों",
                           "सरकार प्रमुखों", "शासन प्रमुखों", "राष्ट्र प्रमुखों", "नेता", "राष्ट्राध्यक्ष", "शासनाध्यक्ष"))
                         + r")(?=[\s,।]|$)")
# 'नेता', 'राष्ट्राध्यक्ष' are plural only when a plural verb follows: 'नॉर्वे और स्वीडन के नेता हर साल मिलते हैं'.
_SINGULAR_TOO = frozenset(match_key(w) for w in ("नेता", "राष्ट्राध्यक्ष", "शासनाध्यक्ष"))
_PLURAL_VERB = re.compile(r"\s(?:" + "|".join(match_key(w) for w in (
    "मिलते", "आते", "जुटते", "बैठते", "भाग लेते", "शामिल होते", "एकत्र होते", "इकट्ठा होते", "एकत्रित होते")) + r")(?=[\s,।]|$)")
_HOSTING = re.compile(match_key("मेज़बान"))
_LIST_WORDS = frozenset((",", "और", "तथा", "एवं", "व"))


def leaders_of(text: str, lexicon: Lexicon) -> list[str]:
    """'यह भारत और जापान के नेताओं का वार्षिक शिखर सम्मेलन है', 'भारतीय और जापानी प्रधानमंत्रियों के
    बीच ...': two or more sides whose leaders or governments a sentence names, as a list right
    before the plural noun (with के, names; without, adjectives; 'के नेता' with a plural verb after
    it: '... के नेता हर साल मिलते हैं'), else none."""
    for sentence in split_sentences(text):
        for match in _LEADERS_OF.finditer(match_key(sentence)):
            if _HOSTING.search(match.group()):
                continue  # 'सह-मेज़बानी फ़्रांस और कोस्टा रिका की सरकारों ने की': hosts are no sides
            if match.group().rsplit(None, 1)[-1] in _SINGULAR_TOO and not _PLURAL_VERB.search(match_key(sentence), match.end()):
                continue
            words = sentence.split()[len(match_key(sentence)[:match.start("sides")].split()):][
                :len(match["sides"].split())]
            sides = _listed_sides(words, lexicon, adjectives=match["of"] is None)
            if len(sides) >= 2:
                return sides
    return []


def _listed_sides(words: list[str], lexicon: Lexicon, adjectives: bool) -> list[str]:
    """The sides a list at the end of `words` names ('... यह भारत और जापान' -> भारत, जापान): names
    (or, with `adjectives`, countries' adjectives) joined by commas, और, तथा, एवं."""
    tokens = _TOKEN.findall(" ".join(words))
    sides: list[str] = []
    end = len(tokens)
    while end > 0:
        for n in range(min(MAX_PARTY_WORDS, end), 0, -1):
            phrase = " ".join(tokens[end - n:end])
            before = tokens[end - n - 1] if end - n > 0 else ""
            side = _side(phrase, lexicon, before) if not adjectives else (
                demonyms(lexicon).get(match_key(phrase)) if match_key(before) not in _REGION_WORDS else None)
            if side is not None:
                sides.insert(0, side)
                end -= n
                break
        else:
            return sides
        if end == 0 or match_key(tokens[end - 1]) not in _LIST_WORDS:
            return sides
        end -= 1
    return sides


# A country's adjective that does not follow from its name by the rules in `demonyms`.
_IRREGULAR = {
    "फ़्रांस": ("फ़्रांसीसी", "फ्रेंच"), "जर्मनी": ("जर्मन",), "ब्रिटेन": ("ब्रिटिश", "ब्रितानी"),
    "इटली": ("इतालवी",), "मेक्सिको": ("मैक्सिकन", "मेक्सिकन", "मेक्सिकी"), "स्पेन": ("स्पेनिश", "स्पैनिश"),
    "तुर्की": ("तुर्क",), "नीदरलैंड": ("डच",), "ग्रीस": ("यूनानी",), "स्विट्ज़रलैंड": ("स्विस",),
    "थाईलैंड": ("थाई",), "सऊदी अरब": ("सऊदी",), "फिलीपींस": ("फ़िलिपीनी", "फिलीपीनी"), "पुर्तगाल": ("पुर्तगाली",),
    "हंगरी": ("हंगेरियाई", "हंगेरियन"), "ब्राज़ील": ("ब्राज़ीलियाई",),
    "संयुक्त अरब अमीरात": ("अमीराती",), "स्वीडन": ("स्वीडिश",), "नॉर्वे": ("नॉर्वेजियाई",), "डेनमार्क": ("डेनिश",),
    "पोलैंड": ("पोलिश",), "आयरलैंड": ("आयरिश",), "अफ़ग़ानिस्तान": ("अफ़ग़ान",), "फ़िनलैंड": ("फ़िनिश",),
}


@cache
def demonyms(lexicon: Lexicon) -> dict[str, str]:
    """Match key of a country's adjective -> the country's name as the lexicon spells it:
    a name ending in -ा takes -ी or -ाई (अमेरिकी, कोरियाई), one ending in a consonant -ी or -ीय
    (जापानी, भारतीय); `_IRREGULAR` adds the others. An adjective that is itself an entry of the
    lexicon is left out."""
    found: dict[str, str] = {}
    for entry in lexicon.entries:
        if entry.kind != "country":
            continue
        name = entry.hindi
        if name.endswith("ा"):
            forms = (name[:-1] + "ी", name + "ई")
        elif re.search(r"[\u0915-\u0939\u0958-\u095f]$", name):
            forms = (name + "ी", name + "ीय")
        else:
            forms = ()
        for form in forms:
            found.setdefault(match_key(form), name)
    for name, forms in _IRREGULAR.items():
        for form in forms:
            found[match_key(form)] = name
    return {key: name for key, name in found.items() if lexicon.lookup(key) is None}


# 'A के प्रधानमंत्री X ने B के प्रधानमंत्री Y के साथ शिखर वार्ता की', 'A और B ने शिखर वार्ता में ...': the
# summit meeting and, before ने, its subject.
_SUMMIT_TALKS = re.compile(r"(?:" + match_key("शिखर") + r"\s+(?:" + "|".join(match_key(w) for w in (
    "वार्ता", "बैठक", "सम्मेलन", "भेंट")) + r"))(?=[\s,।]|$)")
_DURING = re.compile(r"\s(?:के|की)\s+(?:" + "|".join(match_key(w) for w in ("दौरान", "इतर", "हाशिये", "हाशिए", "मौके")) + r")(?=[\s,।]|$)")
_SUBJECT = re.compile(r"^(?P<subject>[^,;]{3,120}?)\s+" + match_key("ने") + r"\s")


def leaders_met(text: str, lexicon: Lexicon) -> list[str]:
    """The sides of a news lead's summit meeting: the leaders a sentence that says they held
    summit talks describes (one no country describes, met in a place of his own country, too) (not a meeting it does not call a summit: '... से मुलाक़ात की') ('नॉर्वे के प्रधानमंत्री ... ने स्वीडन के प्रधानमंत्री ... के साथ शिखर वार्ता की'), or the
    countries it names as the subject of its summit talks ('नॉर्वे और स्वीडन ने आज वार्षिक शिखर
    वार्ता में ...'); two sides or more, else none."""
    for sentence in split_sentences(text):
        key = match_key(sentence)
        summit = _SUMMIT_TALKS.search(key)
        if summit is None or _DURING.search(key):
            continue  # no summit said ('... से मुलाक़ात की'), or one on another's occasion ('... के दौरान')
        if any(office in key for office in _OFFICES):
            sides = list(dict.fromkeys(leader.side for leader in leader_descriptions(sentence, lexicon)))
            if len(sides) == 1:  # '... ने दक्षिण कोरिया के बुसान शहर में राष्ट्रपति ली ... के साथ': the host's leader
                sides = list(dict.fromkeys(leader.side for leader in leader_descriptions(sentence, lexicon, in_host_country=True)))
            if len(sides) >= 2:
                return sides
        clause = [c for c in re.split(r"(?<=\))\s*।?\s*|।\s*", sentence) if c.strip()][-1:]  # after a dateline
        subject = _SUBJECT.match(clause[0]) if clause else None
        if summit is not None and subject is not None and not _another_groups(key[:summit.start()], lexicon):
            sides = _listed_sides(subject["subject"].split(), lexicon, adjectives=False)
            if len(sides) >= 2:
                return sides
    return []


def _another_groups(before: str, lexicon: Lexicon) -> bool:
    """'... ने जी-20 शिखर सम्मेलन में भाग लिया': the summit named is an organisation's."""
    words = before.split()[-3:]
    return any(lexicon.lookup(" ".join(words[k:]), ("organisation",)) for k in range(len(words)))
