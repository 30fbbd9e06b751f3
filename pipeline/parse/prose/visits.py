"""Leaders' meetings and visits in a document on two sides: each is a summit of the series,
at the city where it took place, though the writer never calls it a शिखर सम्मेलन.

A sentence states one when a verb of meeting or visiting has a known city and a date before
it, in its own stretch of the sentence (a second event's date is the second's):

- met: 'X ने 23 अगस्त 2025 को टोक्यो में Y से मुलाक़ात की', 'क्योटो में A और B की बैठक ... बदल गई',
  'A और B ने जेजू द्वीप पर मिलकर तय किया';
- went there to meet: 'X ने टोक्यो जाकर Y से मुलाक़ात की', 'X ने 7 मई 2023 को सियोल आकर जवाबी दौरा किया';
- arrived on a visit: '... जवाबी दौरे पर दक्षिणी जापान के इबुसुकी पहुँचे', 'X 2019 में ढाका आए';
- visited: 'X की ढाका यात्रा', 'X ने हनोई की राजकीय यात्रा की', 'X ने ढाका का दौरा किया'.

The city is where they met or where the visitor went, never the visitor's home. Never a
summit: a minister's, an official's or an envoy's visit; a visit to attend another event (a
summit, a swearing-in, a funeral, as a guest, 'के इतर'); a visit planned, invited or
cancelled; a clause that names a summit noun (the sentence reader reads it).
"""

from __future__ import annotations

import re

from pipeline.parse.geo.gazetteer import cities as gazetteer_cities, countries as gazetteer_countries
from pipeline.parse.language.dates import Period, find_periods
from pipeline.parse.language.lexicon import Lexicon
from pipeline.parse.language.text import match_key
from pipeline.parse.layout.summits import CANCELLED, PLANNED, Place, is_hybrid, is_virtual
from pipeline.parse.prose.where import _known_city
from pipeline.parse.prose.words import MAX_PROSE_SENTENCE_CHARS, Mention


def _keys(words: str) -> frozenset[str]:
    return frozenset(match_key(w) for w in words.split())


_PUNCTUATION = "\"'“”‘’(),।;:—–"
# a cheap look first: a verb of meeting or visiting
_CUE = re.compile("|".join(match_key(w) for w in (
    "मुलाक़ात", "भेंट", "वार्ता", "बातचीत", "चर्चा", "बैठक", "यात्रा", "दौर", "पहुँच", "पहुंच", "आकर", "जाकर", "मिलकर", "मिले",
    "मिलीं", "आए", "आईं", "आये", "गए", "गईं", "गई", "गयी", "गये", "मेज़बानी")))
_TALK = _keys("मुलाक़ात भेंट वार्ता बातचीत चर्चा बैठक")  # 'नई दिल्ली में मोदी से उनकी विस्तृत चर्चा हुई'

_VISIT = _keys("यात्रा दौरा दौरे")
_WENT = _keys("जाकर आकर पहुँचकर पहुंचकर")
_ARRIVED = _keys("पहुँचे पहुंचे पहुँचीं पहुंचीं पहुँचा पहुंचा आए आईं आये गए गईं गई गयी गये")  # 'पार्क बीजिंग गई थीं'
_MET = _keys("मिलकर मिले मिलीं")
_IN_AT = _keys("में पर")
_OF = _keys("की का के")
_WITH = _keys("से उनसे इनसे साथ बीच की")
_WITH_WHOM = _keys("से उनसे इनसे साथ")
_DID = _keys("की किया किए हुई हुआ हुए रही रहा रहे रहीं गई गया गए चली चला चले")
# a visit's kind between its city and the noun: 'हनोई की राजकीय यात्रा'
_KINDS = _keys("राजकीय आधिकारिक औपचारिक अनौपचारिक द्विपक्षीय कामकाजी एक-दिवसीय दो-दिवसीय जवाबी पहली ऐतिहासिक")
_NOT_A_CITY_WORD = _keys("द्वीप")  # 'जेजू द्वीप पर': the island's town
# where one event's stretch ends and the next one's begins
_BOUNDARY = _keys("और तथा एवं जबकि लेकिन परंतु किंतु जब कि")
_CLAUSE_WORDS = _keys("जबकि लेकिन परंतु किंतु जब कि")
# who went or met: not the leaders ('विदेश मंत्री ... पहुँचे', 'शेरपा', 'प्रतिनिधिमंडल')
_OFFICIALS = _keys("मंत्री मंत्रियों सचिव सचिवों अधिकारी अधिकारियों राजदूत राजदूतों शेरपा प्रतिनिधिमंडल "
                   "उपप्रधानमंत्री उपराष्ट्रपति सांसद सांसदों")
# to attend another event, or as its guest
_ANOTHER_EVENT = re.compile("|".join(match_key(w) for w in (
    "सम्मेलन", "शिखर", "के इतर", "के हाशिये", "के हाशिए", "शपथ", "अंतिम संस्कार", "अंत्येष्टि", "अतिथि", "भाग लेने",
    "हिस्सा लेने", "में शामिल", "समारोह", "ओलंपिक", "sideline", "summit",
    # a forum of many: a meeting there is on its sidelines ('... में जी-20 के दौरान हुई थी')
    "जी-20", "जी20", "जी-7", "जी7", "जी-8", "ब्रिक्स", "एससीओ", "शंघाई सहयोग", "आसियान", "सार्क", "बिम्सटेक", "क्वाड",
    "एपेक", "नाटो", "राष्ट्रमंडल", "चोगम", "संयुक्त राष्ट्र", "महासभा", "मंच", "फ़ोरम", "g20", "g7", "brics", "sco",
    "apec", "asean")))
# a visit to come, asked for or put off
_NOT_YET = re.compile("|".join(match_key(w) for w in (
    "जाएँगे", "जाएंगे", "जाएँगी", "आएँगे", "आएंगे", "आएँगी", "जाएगा", "जाएगी", "आएगा", "आएगी", "निमंत्रण", "आमंत्रण",
    "न्योता", "न्योते", "योजना", "इच्छा", "चाहते", "उम्मीद", "प्रस्तावित", "नहीं", "वाले", "वाली", "वाला", "आगामी",
    "जा रहे", "जा रही")))
# '... प्योंगयांग गए थे; वह यात्रा इस शृंखला का हिस्सा नहीं है', '... द्विपक्षीय बैठक थी, वार्षिक शिखर
# सम्मेलन नहीं': the sentence denies that its meeting is one of the series
_DENIED = re.compile(r"(?:" + "|".join(match_key(w) for w in (
    "हिस्सा", "सम्मेलन", "summit", "शृंखला", "श्रृंखला", "सिलसिले")) + r")\s+(?:\S+\s+)?" + match_key("नहीं")
    + r"|" + match_key("नहीं") + r"\s+(?:" + "|".join(match_key(w) for w in (
        "गिना", "गिनी", "गिने", "माना", "मानी", "माने", "रखा", "रखी")) + r")(?=\s|$|[।,;])")
_TODAY = match_key("आज")
MAX_NAME_WORDS = 4  # between a verb of meeting and the person met: 'फ़ुमियो किशिदा से'


def leaders_visits(sentence: str, lexicon: Lexicon, here: str | None = None, today: Period | None = None) -> list[Mention]:
    """The leaders' meetings and visits the sentence states, each with its date and city.
    `today`: the day a release or dateline was filed, which 'आज' means.
    `here`: the city of the report's dateline, the place of a visit to its country when that
    city is the country's capital ('नई दिल्ली: ... २१-२२ जून २०२४ को भारत की राजकीय यात्रा पर रहीं')."""
    key = match_key(sentence)
    if not _CUE.search(key) or _DENIED.search(key):
        return []
    periods = find_periods(sentence)
    words = sentence.split()
    keys = [match_key(w.strip(_PUNCTUATION)) for w in words]
    dated = [(len(key[:start].split()), period) for start, _, period in periods]  # (word index, period)
    if not periods and today is not None:
        # 'प्रधानमंत्री ने आज टोक्यो में ... से मुलाक़ात की': the day of the release or dateline
        dated = [(k, today) for k in range(len(keys)) if keys[k] == _TODAY][:1]
    if not dated:
        return []
    found: list[tuple[str, Mention]] = []
    previous_end, previous = 0, None
    for kind, city_at, city, verb_end in _events(words, keys, lexicon, here):
        start = _stretch_start(words, keys, city_at)
        stretch = keys[start:_stretch_end(words, keys, verb_end)]
        # a later verb of the same trip without a date of its own ('... 11 अक्टूबर 2019 को चेन्नई आए और
        # मामल्लपुरम में मोदी से मिले') keeps the trip's date
        period = _date_of(dated, previous_end, verb_end) or previous
        previous_end, previous = verb_end, period
        if period is None or _OFFICIALS & set(stretch) or _ANOTHER_EVENT.search(" ".join(stretch)):
            continue
        told = " ".join(stretch)
        if _NOT_YET.search(told) or PLANNED.search(told) or CANCELLED.search(told):
            continue
        mention = Mention(period, city, None, "held", "in_person" if city is not None else "virtual", False,
                          visit=True)
        same = next((k for k, (_, m) in enumerate(found) if m.period == period), None)
        if same is None:
            found.append((kind, mention))
        elif kind == "met" and found[same][0] != "met":
            found[same] = (kind, mention)  # the city they met in, not the one the visitor arrived at first
    return [m for _, m in found]


def _date_of(dated: list[tuple[int, Period]], begin: int, end: int) -> Period | None:
    """The last date stated after the event before and up to this event's verb."""
    inside = [period for at, period in dated if begin <= at < end]
    return inside[-1] if inside else None


def _stretch_start(words: list[str], keys: list[str], at: int) -> int:
    """The word after the last clause break before `at` (a comma, a semicolon, 'और', 'जब')."""
    for k in range(at - 1, -1, -1):
        if keys[k] in _BOUNDARY or words[k].endswith((",", ";", "।", ":")):
            return k + 1
    return 0


def _stretch_end(words: list[str], keys: list[str], at: int) -> int:
    for k in range(at, len(words)):
        if keys[k] in _BOUNDARY or words[k].endswith((",", ";", "।")):
            return k + 1
    return len(words)


def _city_before(words: list[str], keys: list[str], end: int, lexicon: Lexicon) -> tuple[int, Place] | None:
    """The known city of one or two words ending right before `end` ('जेजू द्वीप' counts as 'जेजू')."""
    if end > 0 and keys[end - 1] in _NOT_A_CITY_WORD:
        end -= 1
    for n in (2, 1):
        if end - n < 0:
            continue
        name = " ".join(w.strip(_PUNCTUATION) for w in words[end - n:end])
        if any(words[k].endswith((",", ";", "।")) for k in range(end - n, end - 1)):
            continue
        place = _known_city(name, lexicon) if len(name.split()) == n else None
        if place is not None and len(place.city.split()) == n:
            return end - n, place
    return None


def _events(words: list[str], keys: list[str], lexicon: Lexicon, here: str | None = None):
    """(met or went, where the city stands, the city, the index after the verb) of each meeting
    or visit; an online meeting has no city."""
    for i, k in enumerate(keys):
        if k in _TALK and _met(keys, i):
            city = _met_in(words, keys, i, lexicon)
            if city is not None:
                yield "met", city[0], city[1], i + 1
            elif _online(words, keys, i):
                yield "met", i, None, i + 1  # 'दोनों नेताओं ने ... वर्चुअल माध्यम से वार्ता की'

        elif k in _HOSTING and _hosted_a_leader(keys, i):
            # 'आबे ने 29 अक्टूबर 2018 को यामानाशी में मोदी की मेज़बानी की'
            city = _met_in(words, keys, i, lexicon)
            if city is not None:
                yield "met", city[0], city[1], i + 1
        elif k in _WENT and i + 1 < len(keys) and _went_to_meet(keys, i):
            city = _city_before(words, keys, i, lexicon)
            if city is not None:
                yield "went", city[0], city[1], i + 1
        elif k in _ARRIVED and _on_a_visit(keys, i):
            city = _city_before(words, keys, i, lexicon)
            if city is not None:
                yield "went", city[0], city[1], i + 1
        elif k in _MET and i > 1:
            # 'जेजू द्वीप पर मिलकर', 'मामल्लपुरम में मोदी से मिले'
            city = (_city_before(words, keys, i - 1, lexicon) if keys[i - 1] in _IN_AT
                    else _met_in(words, keys, i, lexicon) if keys[i - 1] in _WITH_WHOM else None)
            if city is not None:
                yield "met", city[0], city[1], i + 1
        elif k in _VISIT and i > 0:
            dated_after = _date_after(words, i)  # 'मोदी की ढाका यात्रा (6-7 जून 2015)', '... यात्रा, अक्टूबर 2019'
            city = (_visited(words, keys, i, lexicon, made=dated_after > i + 1)
                    or _capital_visited(words, keys, i, lexicon, here))
            if city is not None:
                yield "went", city[0], city[1], max(i + 1, dated_after)


def _met(keys: list[str], i: int) -> bool:
    """'Y से मुलाक़ात की', 'A और B की बैठक ... बदल गई', 'उनसे वार्ता की थी': a meeting with someone
    that took place (not 'बैठक की घोषणा', not a body's 'आयोग की बैठक')."""
    before = keys[max(0, i - MAX_NAME_WORDS - 1):i]
    if _BODIES & set(before) or _NOT_COUNTERPARTS & set(before) or _MINISTERIAL_WORDS & set(before):
        return False
    # 'वर्चुअल माध्यम से', 'वीडियो लिंक से': a manner, not the person met
    with_whom = [k for k in range(len(before)) if before[k] in _WITH and not (k and before[k - 1] in _MANNER)]
    if not with_whom:
        # 'दोनों प्रधानमंत्रियों ने 12 दिसंबर 2015 को नई दिल्ली में वार्ता की': the leaders together
        subject = keys[max(0, i - 12):i]
        return bool(_LEADERS_TOGETHER & set(subject)) and match_key("ने") in subject and any(
            k in _DID for k in keys[i + 1:i + 3])
    if before[-1:] == [match_key("की")] and not ({match_key("और"), match_key("नेताओं")} & set(before)):
        return False  # 'X की बैठक': only two people's ('A और B की'), or the leaders'
    if i + 2 < len(keys) and keys[i + 1] in _OF and keys[i + 2].startswith(_ANNOUNCED):
        return False
    # 'Y से मुलाक़ात की (थी)': the verb right after; 'A और B की बैठक ... बदल गई': later in the clause
    return any(k in _DID for k in keys[i + 1:i + (12 if before[-1:] == [match_key("की")] else 3)])


_MANNER = _keys("माध्यम ज़रिए जरिए लिंक रूप तरह पहले बाद")
_MINISTERIAL_WORDS = _keys("मंत्रिस्तरीय मंत्री-स्तरीय मंत्रि-स्तरीय")
_LEADERS_TOGETHER = _keys("नेताओं प्रधानमंत्रियों राष्ट्रपतियों राष्ट्राध्यक्षों शासनाध्यक्षों")
# people a leader meets on a visit who are not the other side's leader
_NOT_COUNTERPARTS = _keys("उद्योगपतियों व्यापारियों कारोबारियों निवेशकों उद्यमियों प्रवासी प्रवासियों समुदाय छात्रों "
                          "विद्यार्थियों कलाकारों पत्रकारों सांसदों प्रतिनिधियों अधिकारियों सीईओ भारतीयों विपक्षी")
_BODIES = _keys("आयोग समिति परिषद मंच समूह कार्यदल संसद")
_ANNOUNCED = tuple(match_key(w) for w in ("घोषणा", "योजना", "तैयारी", "संभावना", "प्रस्ताव", "तारीख"))


def _met_in(words: list[str], keys: list[str], i: int, lexicon: Lexicon) -> tuple[int, Place] | None:
    """The city of 'X में ... Y से मुलाक़ात', 'X जाकर Y से मुलाक़ात', within the meeting's clause."""
    for k in range(i - 1, max(-1, i - 12), -1):
        if keys[k] in _CLAUSE_WORDS or words[k].endswith((",", ";", "।")):
            return None  # (an 'और' may join the two leaders: 'क्योटो में A और B की बैठक')
        if keys[k] in _IN_AT or keys[k] in _WENT:
            city = _city_before(words, keys, k, lexicon)
            if city is not None:
                return city
    return None


_HOSTING = _keys("मेज़बानी मेजबानी")
# what is hosted that is no leader: 'प्रदर्शनी की मेज़बानी', 'विश्व कप की मेज़बानी'
_EVENTS = _keys("प्रदर्शनी मेला मेले कप खेल खेलों बैठक बैठकों वार्ता वार्ताओं सम्मेलन सम्मेलनों आयोजन उत्सव समारोह "
                "महोत्सव प्रतियोगिता सत्र दौर सम्मेलन")


def _hosted_a_leader(keys: list[str], i: int) -> bool:
    """'... में मोदी की मेज़बानी की': a person hosted (the word before 'की' is no event), in the past."""
    return (i > 1 and keys[i - 1] == match_key("की") and keys[i - 2] not in _EVENTS
            and keys[i + 1:i + 2] == [match_key("की")])


def _online(words: list[str], keys: list[str], i: int) -> bool:
    """'... वर्चुअल माध्यम से वार्ता की', 'वीडियो कॉन्फ़्रेंस के ज़रिए बातचीत की': the meeting's own
    clause says it met online (not a hybrid one)."""
    start = _stretch_start(words, keys, i)
    clause = " ".join(words[start:_stretch_end(words, keys, i)])
    return is_virtual(clause) and not is_hybrid(clause)


def _went_to_meet(keys: list[str], i: int) -> bool:
    """'टोक्यो जाकर ... से मुलाक़ात की', 'सियोल आकर जवाबी दौरा किया': a meeting or visit verb follows."""
    rest = keys[i + 1:i + 8]
    return any(r in _TALK or r in _VISIT for r in rest) and any(r in _DID for r in rest)


def _on_a_visit(keys: list[str], i: int) -> bool:
    """'जवाबी दौरे पर ... इबुसुकी पहुँचे', 'प्रधानमंत्री 2019 में ढाका आए', 'X सोची गए, जहाँ ... बातचीत
    की': a leader's arrival on a visit, not a journey for another purpose ('इलाज के लिए')."""
    before = keys[max(0, i - 8):i]
    return bool((_LEADER_WORDS | _VISIT | _TALK | _MET | _TO_MEET) & set(keys)) and not _PURPOSES & set(before)


_TO_MEET = _keys("मिलने")  # 'मून ... बीजिंग पहुँचे और शी से मिलने के बाद ...'


_PURPOSES = _keys("इलाज उपचार निजी छुट्टी छुट्टियों")
_LEADER_WORDS = _keys("प्रधानमंत्री राष्ट्रपति चांसलर नेता नेताओं राष्ट्राध्यक्ष शासनाध्यक्ष सम्राट राजा अमीर सुल्तान PM")


MAX_DATE_WORDS = 5  # '(31 मई – 3 जून 2023)'


def _date_after(words: list[str], i: int) -> int:
    """The index after a date that stands right after the visit noun, in brackets or after a
    comma ('यात्रा (6-7 जून 2015)', 'यात्रा, अक्टूबर 2019'); else i + 1."""
    if i + 1 >= len(words) or not (words[i + 1].startswith("(") or words[i].endswith(",")):
        return i + 1
    for n in range(1, min(MAX_DATE_WORDS, len(words) - i - 1) + 1):
        chunk = " ".join(words[i + 1:i + 1 + n])
        if chunk.startswith("(") and not chunk.rstrip(";,।.").endswith(")"):
            continue
        if find_periods(chunk):
            return i + 1 + n
    return i + 1


def _visited(words: list[str], keys: list[str], i: int, lexicon: Lexicon, *, made: bool = False) -> tuple[int, Place] | None:
    """'X की ढाका यात्रा', 'X की हनोई की राजकीय यात्रा', 'ढाका का दौरा किया', 'X में Y की राजकीय
    यात्रा के दौरान': the city visited."""
    end = i - 1 if keys[i - 1] in _KINDS else i
    if end > 0 and keys[end - 1] in _OF and (made or _made(keys, i)):
        city = _city_before(words, keys, end - 1, lexicon)
        if city is not None:
            return city
    if not (made or _made(keys, i)):
        return None
    city = _city_before(words, keys, end, lexicon)
    if city is not None and city[0] > 0 and keys[city[0] - 1] in _OF:
        return city  # 'मोदी की ढाका यात्रा के दौरान'
    if city is not None and (city[0] == 0 or keys[city[0] - 1] == _ON_DAY or words[city[0] - 1].endswith(",")) and (
            keys[i + 1:i + 3] == _DURING):
        return city  # '14 दिसंबर 2017 को टोक्यो दौरे के दौरान मून ने ...': the clause opens with the visit
    if end > 0 and keys[end - 1] in _OF:
        # 'वॉशिंगटन में मोदी की राजकीय यात्रा के दौरान': the city, then the visitor
        for k in range(end - 2, max(-1, end - 2 - MAX_NAME_WORDS), -1):
            if keys[k] == _IN or words[k].endswith((",", ";", "।")):
                return _city_before(words, keys, k, lexicon) if keys[k] == _IN else None
    return None


_IN = match_key("में")
_ON_DAY = match_key("को")
_DURING = [match_key("के"), match_key("दौरान")]


_MADE_AFTER = _keys("की किया के पर हुई संपन्न रही में")  # '... बीजिंग की राजकीय यात्रा में शी से वार्ता कर ...'


def _made(keys: list[str], i: int) -> bool:
    """'... यात्रा की', '... यात्रा के दौरान', '... यात्रा पर रहे', '... यात्रा संपन्न': a visit made,
    not one that stands for a time ('... की बीजिंग यात्रा ने नया अध्याय खोला')."""
    return i + 1 >= len(keys) or keys[i + 1] in _MADE_AFTER


def _capital_visited(words: list[str], keys: list[str], i: int, lexicon: Lexicon,
                     here: str | None) -> tuple[int, Place] | None:
    """'... भारत की राजकीय यात्रा पर रहीं' in a report filed in नई दिल्ली: a visit to the country
    whose capital the dateline names took place there (another dateline names no city)."""
    end = i - 1 if keys[i - 1] in _KINDS else i
    if here is None or end < 2 or keys[end - 1] not in _OF or not _made(keys, i):
        return None
    name = words[end - 2].strip(_PUNCTUATION)
    country = lexicon.lookup(name, ("country",)) and gazetteer_countries().by_hindi(name, loose=False)
    if not country:
        return None
    capital = any(c.capital and c.country_code == country.alpha_2 for c in gazetteer_cities().by_hindi(here))
    return (end - 2, Place(here, "city")) if capital else None


def with_visits(found: list[Mention], sentence: str, lexicon: Lexicon, here: str | None = None,
                today: Period | None = None, rejected: list[Mention] | tuple[Mention, ...] = ()) -> list[Mention]:
    """The summits the sentence reader found, and the leaders' meetings and visits of the
    clauses it did not read ('... बुसान में शिखर वार्ता की, जबकि 23 अगस्त को टोक्यो में Y से मुलाक़ात
    की थी'): a meeting of a year and city already found is that summit. A meeting the sentence
    reader read and `rejected` as another series' ('... पराकास में चिली के साथ तीसरी ऐसी बैठक हुई थी'
    in a document on Peru and Ecuador) is no visit either."""
    if len(sentence) > MAX_PROSE_SENTENCE_CHARS:
        return found
    return found + [m for m in leaders_visits(sentence, lexicon, here, today) if not any(
        m.period.year == f.period.year and (m.place == f.place or f.place is None) for f in found) and not any(
        m.period.year == r.period.year and m.place == r.place for r in rejected)]
