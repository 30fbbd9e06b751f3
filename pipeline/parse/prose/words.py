"""Word lists and the summit nouns of running prose: what a summit noun is ('शिखर सम्मेलन',
'सम्मेलन', 'नेताओं की बैठक'), the verbs and markers the other modules test for, and the
`Mention` and `Pending` records they produce.
"""

from __future__ import annotations

import re
from dataclasses import dataclass
from functools import lru_cache

from pipeline.parse.language.dates import ascii_digits, find_ordinal, IRREGULAR_ORDINAL_SUFFIX, ORDINAL_WORDS, Period
from pipeline.parse.layout.summits import Place
from pipeline.parse.language.text import match_key


def _keys(words: str) -> frozenset[str]:
    return frozenset(match_key(w) for w in words.split())


_SUMMIT = match_key("सम्मेलन")
_PEAK = match_key("शिखर")
_MEETING = match_key("बैठक")
_PEAK_NOUNS = _keys("सम्मेलन बैठक वार्ता भेंट")  # "शिखर भेंट": a summit meeting too
#: The words a summit noun starts with (`_summit_noun_end` is None at any other word).
NOUN_STARTS = frozenset((_SUMMIT, _PEAK, _MEETING, match_key("सम्मेलनों"), *(match_key(w) for w in ("मुलाक़ात", "मुलाकात", "भेंट"))))
# "... में पहली बैठक बुलाई गई": a meeting convened was held (one to be convened is planned)
_HELD_AFTER = _keys("हुआ हुई हुए आयोजित संपन्न सम्पन्न चला चली चले बुलाई बुलाया बुलाए")

# "... पहले शिखर सम्मेलन में इसके मूल दस्तावेज़ पर मुहर लगी": something happened at the summit,
# told in the past tense (the clause's last verb).
_PAST_VERBS = _keys("लगी लगा लगे हुआ हुई हुए गया गई गयी गए गये किया किए किये की लिया लिए दी दिया था थी थे बनी बना "
                    "अपनाया अपनाई अपनाए अपनाये")
_HOSTED = match_key("मेज़बानी")
_TOOK_PART = tuple(match_key(w) for w in ("भाग लिया", "हिस्सा लिया", "भाग लेने", "शामिल हुए", "शामिल हुईं"))
_THIS = _keys("इस उसी उस यह")
# "बमाको में बुलाए गए असाधारण शिखर सम्मेलन में": convened, so held
_HELD_BEFORE = _keys("हुए हुई हुआ आयोजित संपन्न सम्पन्न चले चली चला बुलाए बुलाये बुलाई बुलाया")
_NOT_A_MEETING_AFTER = _keys("प्रणाली तंत्र स्तर प्रक्रिया प्रारूप व्यवस्था श्रृंखला")
_NEXT = _keys("अगले अगला अगली आगामी")
_STARTED = _keys("शुरू शुरुआत आरंभ प्रारंभ")
_LEADERS = _keys("नेता नेताओं")
_MET = _keys("मिले मिलीं")

# Ordinal words as written that may stand for "the Nth summit" with the noun left out.
_ELIDED_ORDINAL_WORDS = (
    "पहला", "पहली", "दूसरा", "दूसरी", "तीसरा", "तीसरी", "चौथा", "चौथी", "पाँचवाँ", "पांचवां", "पाँचवीं",
    "पांचवीं", "छठा", "छठी", "सातवाँ", "सातवां", "आठवाँ", "आठवां", "नौवाँ", "नौवां", "दसवाँ", "दसवां",
)
_RELATIVE_WORDS = ("जिस", "जिसमें", "जिसके", "जिसकी", "जिसका", "जिसे", "जिन", "जिनमें", "जिनके", "जिनकी", "जिनका")
_RELATIVE_KEYS = frozenset(match_key(w) for w in _RELATIVE_WORDS)

#: Sentences of this genre run to a few hundred characters; a longer "sentence" is a list or
#: garbage run together. Not reading it as prose keeps the work per sentence bounded, so
#: parsing stays linear in the document's size.
MAX_PROSE_SENTENCE_CHARS = 700


@dataclass(frozen=True)
class Mention:
    period: Period
    place: Place | None
    edition: int | None
    status: str
    mode: str
    uses_context_year: bool  # the year came from the sentence before ("उसी वर्ष")
    borrows_place: bool = False  # the place came from the sentence before ("... हुए इस सम्मेलन में")
    place_text: str | None = None  # the text that gave the place when not the sentence (a dateline)
    visit: bool = False  # a leaders' meeting or visit, not called a summit ('X ने टोक्यो में Y से मुलाक़ात की')


_YEAR_WORD = re.compile(r"^[0-9०-९]{4}$")


@dataclass(frozen=True)
class Pending:
    """A summit named with its place and verb but no date ('... कोपेनहेगन में दूसरे भारत-नॉर्डिक
    शिखर सम्मेलन में भाग लिया।'); the next sentence may date it ('4 मई 2022 को हुए इस सम्मेलन में')."""

    place: Place
    edition: int | None


_CUES = re.compile("|".join(match_key(w) for w in (
    "सम्मेलन", "शिखर", "मिले", "मिलीं", "मिल चुके", "मिल चुकी", "नेताओं की", "राष्ट्राध्यक्षों", "शासनाध्यक्षों", "राष्ट्रपतियों की",
    "प्रधानमंत्रियों की", "बैठक की मेज़बानी", "पिछली बैठक", "पिछला बैठक",
)))


def _may_state_a_summit(sentence: str) -> bool:
    """A cheap test before the real one: no summit noun and no meeting, no summit."""
    return _CUES.search(match_key(sentence)) is not None


def _same(a: Mention, b: Mention) -> bool:
    """One summit named twice; a summit put off and the same one held later are two mentions
    ('... होना था, लेकिन स्थगित कर दिया गया; अंततः 9 दिसंबर 2020 को ... हुआ')."""
    return (a.period.year == b.period.year and a.status == b.status
            and (a.place == b.place or a.place is None or b.place is None))


@lru_cache(maxsize=256)  # (asked of the title once per sentence)
def names_a_peak_meeting(title: str) -> bool:
    """'... रूस-भारत-चीन (रिक) अनौपचारिक शिखर बैठक में भाग लिया': a series whose summits the
    title calls शिखर बैठक, so its numbered बैठकें ('पहली बैठक') are those summits."""
    keys = [w.strip("\"'“”‘’(),।;:") for w in match_key(title).split()]  # '... शिखर बैठक: ...'
    return any(a == _PEAK and b == _MEETING for a, b in zip(keys, keys[1:]))


@lru_cache(maxsize=256)  # (asked of the title once per sentence)
def names_a_meeting_series(title: str) -> bool:
    """'राष्ट्रमंडल शासनाध्यक्षों की बैठक': a series named a meeting, whose summits are its बैठकें
    ('आईएमएफ–विश्व बैंक वार्षिक बैठकें: ...': named by the plural too)."""
    key = match_key(title)
    words = {w.strip("\"'“”‘’(),।;:") for w in key.split()}  # 'की कोपेनहेगन बैठक: ...'
    return not _MEETING_FORMS.isdisjoint(words) and _SUMMIT not in key and _PEAK not in key


_MEETING_FORMS = frozenset(match_key(w) for w in ("बैठक", "बैठकें", "बैठकों"))


# "उच्चस्तरीय बैठक", "अंतर-सरकारी बैठक", "संयुक्त आयोग की बैठक", "परिषद की सातवीं बैठक": a meeting of an institution
_INSTITUTION_MEETING = re.compile("(?:" + "|".join(match_key(w) for w in ("स्तरीय", "सरकारी", "वार्षिक")) + "|(?:" + "|".join(
    match_key(w) for w in ("परिषद", "आयोग", "समिति")) + r")\s+" + match_key("की") + r"(?:\s+\S+)?)\s+" + match_key("बैठक")
    + r"(?=\s|$|[,:;।])")  # ('... रणनीतिक परिषद की सातवीं बैठक': its number between)


def names_an_institutional_meeting(title: str) -> bool:
    """'आठ साल बाद रबात में मिले ..., उच्चस्तरीय बैठक में ...': a series named a meeting of an
    institution, whose summits are those meetings only (a leaders' visit is not one), unlike
    'ट्रंप-किम बैठक', a series of the leaders' meetings."""
    return names_a_meeting_series(title) and _INSTITUTION_MEETING.search(match_key(title)) is not None


_COUNCIL_SUFFIX = match_key("परिषद")


@lru_cache(maxsize=256)  # (asked of the title once per sentence)
def meeting_body(title: str) -> str | None:
    """'फ़्रांस-जर्मनी मंत्रिपरिषद की बैठक': in a series named a meeting of a council, the council
    (its key), which a sentence names for one of its meetings ('तुलूज़ में हुई मंत्रिपरिषद के दौरान')."""
    if not names_a_meeting_series(title):
        return None
    keys = [w.strip("\"'“”‘’(),।;:") for w in match_key(title).split()]
    for a, b, c in zip(keys, keys[1:], keys[2:]):
        if b == _OF_THE and c == _MEETING and a.endswith(_COUNCIL_SUFFIX):
            return a
    return None


# "विश्व सम्मेलनों की शृंखला की शुरुआत 23 से 27 मई 1994 के बीच योकोहामा में हुई थी": the series of
# summits began at a date and a place, so its first summit met there (no ordinal said)
_SERIES_BEGAN = re.compile(r"^(?:" + match_key("की") + "|" + match_key("का") + r")\s+(?:" + "|".join(match_key(w) for w in (
    "शृंखला", "श्रृंखला", "सिलसिला", "सिलसिले", "परंपरा", "परम्परा")) + r")\s+(?:" + match_key("की") + "|" + match_key("का")
    + r")\s+(?:" + "|".join(match_key(w) for w in ("शुरुआत", "आरंभ", "प्रारंभ")) + r")(?=\s|$)")


def series_began(keys: list[str], end: int) -> bool:
    """The plural summit noun ending before `end` opens 'की शृंखला की शुरुआत': where and when the
    series began is where and when its first summit met."""
    return _SERIES_BEGAN.match(" ".join(keys[end:end + 4])) is not None


# "इस तरह के सरकारी परामर्श की शुरुआत 20 अगस्त 2015 को ब्रासीलिया में हुई थी, जब ... पहले दौर की
# सह-अध्यक्षता की थी", "वार्षिक शिखर सम्मेलनों की शुरुआत 2000 में नई दिल्ली में हुई": the meetings
# of a kind began then and there, so their first met there. A single summit's own opening ('सम्मेलन की
# शुरुआत गुरुवार शाम रात्रिभोज से हुई') is not a beginning of the series: the noun must be plural, be
# called a kind ('इस तरह के', 'ऐसे'), or the sentence must name the first meeting.
_KIND_BEGAN = re.compile(r"^(?:" + match_key("की") + "|" + match_key("का") + r")\s+(?:" + "|".join(
    match_key(w) for w in ("शुरुआत", "शुरूआत", "आरंभ", "आरम्भ", "प्रारंभ", "प्रारम्भ")) + r")(?=\s|$)")
_OF_A_KIND = _keys("तरह प्रकार किस्म क़िस्म")
_SUCH_A = _keys("ऐसे ऐसी ऐसा")
_FIRST_OF_KIND = _keys("पहले पहला पहली प्रथम")
_FIRST_MEETINGS = _keys("सम्मेलन बैठक दौर सत्र अधिवेशन आयोजन संस्करण")
_KIND_REACH = 4  # words before the noun: 'इस तरह के सरकारी परामर्श'


def kind_began(keys: list[str], i: int, end: int) -> bool:
    """The summit noun from i to `end` opens 'की शुरुआत' and names meetings of a kind, not one
    meeting: its plural ('सम्मेलनों की शुरुआत'), a kind before it ('इस तरह के ... परामर्श', 'ऐसे
    सम्मेलनों'), or a first meeting named in the sentence ('..., जब ... पहले दौर की ...')."""
    if _KIND_BEGAN.match(" ".join(keys[end:end + 2])) is None:
        return False
    if keys[end - 1] == _SUMMITS:
        return True
    before = keys[max(0, i - _KIND_REACH):i]
    if set(before) & _SUCH_A or any(a in _OF_A_KIND and b in _OF_KEYS for a, b in zip(before, before[1:])):
        return True
    return names_a_first_meeting(keys[end + 2:])


def names_a_first_meeting(keys: list[str]) -> bool:
    """'पहले दौर', 'पहला सम्मेलन', 'प्रथम शिखर बैठक': the first meeting (at most one word between)."""
    return any(key in _FIRST_OF_KIND and set(keys[k + 1:k + 3]) & _FIRST_MEETINGS for k, key in enumerate(keys))


def _summit_noun_end(keys: list[str], i: int, *, meeting: bool = False, numbered_meeting: bool = False) -> int | None:
    """Index after the summit noun starting at i: 'शिखर सम्मेलन', 'शिखर बैठक', 'सम्मेलन' (and
    'बैठक' in a series named a meeting; with `numbered_meeting`, in a series named a 'शिखर
    बैठक', a numbered 'बैठक': 'पहली बैठक १७ जुलाई २००६ को ... हुई थी')."""
    if keys[i] not in NOUN_STARTS:
        return None  # (most words: every rule below starts at one of these; keep NOUN_STARTS in step)
    if meeting and keys[i] == _MEETING and (i == 0 or keys[i - 1] != _PEAK):
        return i + 1
    if numbered_meeting and keys[i] == _MEETING and i > 0 and (
            _ordinal_key(keys[i - 1]) or (i > 1 and keys[i - 1] in _MEETING_KINDS and _ordinal_key(keys[i - 2]))):
        return i + 1  # "पाँचवीं बैठक", "पहली त्रिपक्षीय बैठक"
    if numbered_meeting and keys[i] == _MEETING and i > 1 and (
            (keys[i - 1] in _HELD_BEFORE and keys[i - 2] == _IN_KEY)
            or (i + 2 < len(keys) and keys[i + 1] == _OF_THE and keys[i + 2] in _HOSTING_KEYS)):
        return i + 1  # "मार्च 2019 में यरुशलम में हुई बैठक में", "थेसालोनिकी ने बैठक की मेज़बानी की"
    if keys[i] == _MEETING and (_leaders_meeting(keys, i) or _this_meeting_hosted(keys, i) or _the_last_meeting(keys, i)):
        return i + 1
    if keys[i] in _ENCOUNTERS and _leaders_meeting(keys, i):
        return i + 1  # "तीनों नेताओं की पिछली मुलाक़ात सितंबर 2022 में समरकंद में हुई थी"
    if keys[i] == _PEAK and i + 1 < len(keys) and keys[i + 1] in _PEAK_NOUNS:
        return i + 2
    if keys[i] == _SUMMIT and (i == 0 or keys[i - 1] != _PEAK):
        return i + 1
    if keys[i] == _SUMMITS and (series_began(keys, i + 1) or kind_began(keys, i, i + 1)):
        return i + 1  # 'सम्मेलनों की शृंखला की शुरुआत ... हुई': its first summit
    return None


_SUMMITS = match_key("सम्मेलनों")


# Kinds of meeting that may stand between the ordinal and 'बैठक' ('पहली त्रिपक्षीय बैठक').
_MEETING_KINDS = _keys("त्रिपक्षीय द्विपक्षीय चतुष्पक्षीय बहुपक्षीय अनौपचारिक औपचारिक वार्षिक")
_THIS_ONE = _keys("इस इसी")
_HOSTED_BY = (match_key("की"), match_key("मेज़बानी"))


def _this_meeting_hosted(keys: list[str], i: int) -> bool:
    """'फ़्रांस ने इससे पहले 1991 में पेरिस में इस बैठक की मेज़बानी की थी': in a report on a
    summit, 'this meeting' that a host hosted is the summit."""
    return i > 0 and keys[i - 1] in _THIS_ONE and tuple(keys[i + 1:i + 3]) == _HOSTED_BY


_LAST = _keys("पिछली पिछला")


def _the_last_meeting(keys: list[str], i: int) -> bool:
    """'पिछली बैठक 16-17 दिसंबर 2024 को ... तालिन में हुई थी': in a report on a summit, the last
    meeting, owned by no one ('संयुक्त आयोग की पिछली बैठक' is the commission's) and opening its
    sentence or clause, is the summit before."""
    return i > 0 and keys[i - 1] in _LAST and (i == 1 or keys[i - 2] not in _OF_KEYS)

_LEADER_WORDS = _keys("नेताओं राष्ट्राध्यक्षों शासनाध्यक्षों राष्ट्रपतियों प्रधानमंत्रियों")
_OF_THE = match_key("की")
_COUNCIL = match_key("परिषद")


_KIND_OF_MEETING = _keys("औपचारिक अनौपचारिक आधिकारिक वार्षिक साधारण विशेष")


def _leaders_meeting(keys: list[str], i: int) -> bool:
    """'आसियान नेताओं की पहली बैठक', 'चारों देशों के नेताओं की बैठक', 'राष्ट्राध्यक्षों की परिषद की
    24वीं बैठक': a meeting of the leaders (or of their council) is a summit."""
    j = i - 1
    if j >= 0 and keys[j] in _KIND_OF_MEETING:
        j -= 1  # "नेताओं की पहली औपचारिक बैठक"
    if j >= 0 and (keys[j] in ORDINAL_WORDS or _NUMERAL_ORDINAL_WORD.match(keys[j]) or keys[j] in _PLACE_IN_SERIES):
        j -= 1  # "नेताओं की पहली बैठक", "नेताओं की पिछली बैठक"
    if j < 1 or keys[j] != _OF_THE:
        return False
    if keys[j - 1] == _COUNCIL and j >= 3 and keys[j - 2] == _OF_THE:
        j -= 2
    return keys[j - 1] in _LEADER_WORDS


_ENCOUNTERS = _keys("मुलाक़ात मुलाकात भेंट")
_IN_KEY = match_key("में")
_HOSTING_KEYS = _keys("मेज़बानी मेजबानी")
_PLACE_IN_SERIES = _keys("पिछली पिछले पिछला अगली अगले अगला अंतिम आख़िरी आखिरी हालिया")
_NUMERAL_ORDINAL_WORD = re.compile(r"^[0-9०-९]{1,3}(?:वें|वाँ|वां|वीं|" + IRREGULAR_ORDINAL_SUFFIX + ")$")
_HELD_WORD = match_key("आयोजित")


def _edition_held_in_city(words: list[str], keys: list[str], i: int, end: int, meeting: bool, *,
                          day: bool) -> int | None:
    """'10-11 जुलाई 2025 को रोम में आयोजित चौथे यूक्रेन पुनर्निर्माण सम्मेलन': in a city, the
    ordinal after 'में आयोजित' numbers the summit. (Before a country or a continent, 'भारत में
    आयोजित पहला', 'महाद्वीप पर आयोजित पहला', it only qualifies the place.) 'पहला' may still mean
    the first held in that city, so it counts only with the day the summit met."""
    for k in range(max(1, i - 6), i):
        if keys[k] == _HELD_WORD and keys[k - 1] == match_key("में"):
            edition = find_ordinal(" ".join(words[k + 1:end]), meeting=meeting)
            return edition if edition is not None and (edition > 1 or day) else None
    return None


_OF_KEYS = _keys("का की के")


def _ordinal_key(key: str) -> bool:
    return key in ORDINAL_WORDS or _NUMERAL_ORDINAL_WORD.match(key) is not None


_AND = match_key("और")


def _edition_of(word: str) -> int | None:
    """The number of an ordinal word as written ('चौथा', '19वाँ'), else None."""
    edition = ORDINAL_WORDS.get(match_key(word))
    if edition is None and _NUMERAL_ORDINAL_WORD.match(word):
        edition = int(ascii_digits(word[:len(word) - len(word.lstrip("0123456789०१२३४५६७८९"))]))
    return edition


def _next_noun(keys: list[str], start: int) -> int:
    """Index of the next summit noun from start (len(keys) when none)."""
    return next((j for j in range(start, len(keys)) if _summit_noun_end(keys, j) is not None), len(keys))
