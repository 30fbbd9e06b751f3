"""Whether a summit of a sentence met, and how: the verbs of holding, hosting, chairing and
taking part; a plan or a cancellation ('होगा', 'नहीं हो सका'), one put off and then held; a
summit going on as the report is filed; 'X ... का Nवाँ शिखर सम्मेलन था'; a summit used only
as a point in time; a virtual meeting and one party joining online.
"""

from __future__ import annotations

import re

from pipeline.parse.language.dates import find_ordinal, find_periods, IRREGULAR_ORDINAL_SUFFIX, MONTHS, ORDINAL_WORDS, Period
from pipeline.parse.language.lexicon import Lexicon
from pipeline.parse.prose.series import _MEETING_ADJECTIVES, _name_window, _NAME_GLOSSES, _own_compound_name
from pipeline.parse.prose.when import _date
from pipeline.parse.prose.words import (
    _edition_of, _HELD_AFTER, _HELD_BEFORE, _keys, _OF_KEYS, _ordinal_key, _PAST_VERBS, _STARTED, _summit_noun_end,
)
from pipeline.parse.layout.summits import CANCELLED, find_place, first_clause, is_hybrid, is_virtual, Place, PLANNED
from pipeline.parse.language.text import match_key

# a verb of the future ('चलेगा', 'होंगी', 'भाग लेगा'): not yet held
FUTURE_VERB = re.compile(r"\S(?:ेगा|ेगी|ेंगे|ेंगी|ूँगा|ूंगा)(?=\s|$|[,।;])")


# "... शिखर सम्मेलन (के नेताओं के सत्र) की सह-अध्यक्षता की": someone chaired it, so it met.
_CHAIRED = re.compile(match_key("अध्यक्षता") + r"\s+(?:" + match_key("की") + "|" + match_key("किया") + r")(?:\s|$)")
# "... की मेज़बानी कीव ने 11 सितंबर 2024 को की": the day may stand between the host and the verb
DAY_BEFORE_VERB = (r"(?:(?:[0-9०-९]{1,4}(?:[-–—][0-9०-९]{1,2})?|" + "|".join(map(re.escape, sorted(MONTHS, key=len, reverse=True))) + r"),?\s+){1,3}"
                   + match_key("को") + r"\s+")
_HOST_DID_AFTER = re.compile(r"\s" + match_key("ने") + r"\s+(?:" + DAY_BEFORE_VERB + r")?(?:" + match_key("की") + "|"
                             + match_key("किया") + r")(?:\s|$)")
_INTENT = tuple(match_key(w) for w in ("आयोजित करने", "करने", "होने", "आयोजित किए जाने", "आयोजित करना"))
_EVERY = tuple(match_key(w) for w in ("हर वर्ष", "हर साल", "प्रति वर्ष", "प्रतिवर्ष", "हर दो वर्ष", "नियमित"))
_DID = (match_key("किया"), match_key("की "))  # "... ब्रसेल्स में शिखर सम्मेलन किया"
# after "की", what ends a verb ("... शिखर वार्ता की थी", "... की और ..."), not a genitive ("सम्मेलन की रूपरेखा")
_AFTER_DID = frozenset(match_key(w) for w in (
    "था", "थी", "थे", "थीं", "है", "हैं", "और", "तथा", "एवं", "जिसमें", "जहाँ", "जहां", "लेकिन", "किंतु", "जबकि", "तो", "व"))


def did_after(following: str) -> bool:
    """'... शिखर सम्मेलन किया', '... शिखर वार्ता की (थी)': the words after a summit noun open with its
    verb 'did' (not 'की' as a genitive: 'इस सम्मेलन की रूपरेखा तय की गई')."""
    if following.startswith(_DID[0]):
        return True
    words = following.split()
    return bool(words) and words[0] == match_key("की") and (len(words) == 1 or words[1] in _AFTER_DID)
_SESSION_OF_SUMMIT = tuple(match_key(w) for w in ("के आउटरीच", "के इतर", "के दौरान आउटरीच"))
_TIME_POINT_AFTER = ("के बाद", "से पहले", "के दौरान", "तक", "के साथ", "के इतर", "से ठीक पहले",
                     # "शिखर सम्मेलन की तैयारी के लिए ... बैठक हुई": the meeting is for the summit
                     "की तैयारी", "की तैयारियों")
# "पहले शिखर सम्मेलन की (15वीं) वर्षगांठ पर ... समारोह हुआ": the anniversary, not the summit
_ANNIVERSARY = re.compile(r"^(?:" + match_key("की") + r"|" + match_key("के") + r")\s+(?:\S+\s+)?(?:"
                          + "|".join(match_key(w) for w in ("वर्षगांठ", "वर्षगाँठ", "सालगिरह", "जयंती")) + r")(?:\s|$)")
_PRESUPPOSED_TIME_POINT_AFTER = ("के बाद", "के दौरान")
# "डरबन सम्मेलन के ठीक तीन दिन बाद 11 सितंबर 2001 को ...": a time counted from the summit
_COUNTED_TIME_POINT = re.compile(
    r"^(?P<from>" + match_key("के") + "|" + match_key("से") + r")\s+(?:" + match_key("ठीक") + r"\s+)?(?:\S+\s+){0,2}?(?:"
    + "|".join(match_key(w) for w in ("दिन", "दिनों", "सप्ताह", "हफ़्ते", "हफ़्तों", "महीने", "महीनों", "माह", "साल",
                                      "सालों", "वर्ष", "वर्षों")) + r")\s+(?P<when>" + match_key("बाद") + "|" + match_key("पहले") + r")(?=\s|$)")


def counted_time_point(keys: list[str], end: int) -> str | None:
    """'के (ठीक) तीन दिन बाद', 'से दो साल पहले' right after a summit noun: the summit as a point
    in time, written as the plain 'के बाद' / 'से पहले' it counts from; None when the words are no such time."""
    match = _COUNTED_TIME_POINT.match(" ".join(keys[end:end + 7]))
    if match is None:
        return None
    return f"{match['from']} {match['when']}"
_ASIDE = ("के दौरान", "के इतर", "के हाशिये", "के हाशिए")
_FIRST = _keys("पहले पहला पहली प्रथम")
_BEGAN_WITH = re.compile(r"^(?:" + match_key("के साथ") + "|" + match_key("से") + r")\s+(?:" + "|".join(_STARTED) + r")(?=\s|$)")


def _began_with_first(keys: list[str], i: int, end: int) -> bool:
    """'शृंखला 4-5 जुलाई 2022 को लुगानो में पहले सम्मेलन के साथ शुरू हुई': a series began with
    its first summit, so that summit took place."""
    return i > 0 and keys[i - 1] in _FIRST and _BEGAN_WITH.match(" ".join(keys[end:end + 4])) is not None


# "... शिखर सम्मेलन के आउटरीच सत्रों में भारत वर्चुअल माध्यम से शामिल हुआ": one party joined
# online (a singular verb); the meeting itself was not said to be virtual.
_ONE_JOINED_ONLINE = re.compile(
    r"(?:" + "|".join(match_key(w) for w in ("वर्चुअल", "आभासी", "ऑनलाइन", "वीडियो")) + r")\S*\s(?:\S+\s){0,3}?(?:"
    + "|".join(match_key(w) for w in ("शामिल हुआ", "शामिल हुई", "जुड़ा", "जुड़ी", "शामिल हुआ था")) + r")(?=[\s।,]|$)")
_GOING_ON = _keys("चल जारी")
_CONTINUOUS = _keys("रहा रही रहे")
_HELD, _BEING = match_key("आयोजित"), match_key("हो")  # '... को आयोजित हो रहा यह सम्मेलन
_COPULA = _keys("था थी है रहा रही")  # "... तीसरी शिखर भेंट रही": it was
ONGOING_REACH = 4  # words before the noun: "4 से 6 सितंबर 2024 तक चल रहा यह सम्मेलन"


def _ongoing(keys: list[str], i: int) -> bool:
    """'... तक चल रहा यह सम्मेलन', '... को आयोजित हो रहा यह सम्मेलन': a report's summit going on as it
    is written, so held."""
    before = keys[max(0, i - ONGOING_REACH):i]
    return any(a in _GOING_ON and b in _CONTINUOUS for a, b in zip(before, before[1:])) or any(
        a == _HELD and b == _BEING and c in _CONTINUOUS for a, b, c in zip(before, before[1:], before[2:]))


# words before the ordinal that may hold the summit named first and the series' owner after it:
# 'हुआ यह सम्मेलन यूरोपीय संघ और मध्य एशिया का पहला शिखर सम्मेलन था'
IDENTITY_REACH = 11


def _identity(keys: list[str], i: int, end: int, following: str) -> bool:
    """'2024 का अपुलिया सम्मेलन समूह का 50वाँ शिखर सम्मेलन था', 'यह सम्मेलन फोकैक का चौथा शिखर
    सम्मेलन है': a summit named before says it was (or is) the series' Nth, so it met."""
    rest = following.split()
    if not rest or rest[0] not in _COPULA or i < 2 or not _ordinal_key(keys[i - 1]):
        return False
    if len(rest) > 1 and rest[1] not in _keys("और ,"):
        return False  # "... सम्मेलन है जो अगले महीने होगा": more follows than the copula
    head = keys[max(0, i - IDENTITY_REACH):i - 1]
    return any(k in _OF_KEYS for k in head[-3:]) and any(
        _summit_noun_end(head, j) is not None or (j > 0 and head[j] in _ENCOUNTERS and head[j - 1] in _HELD_BEFORE)
        for j in range(len(head)))


# "यह 30 जून 2019 को हुई मुलाक़ात दोनों नेताओं की तीसरी शिखर भेंट रही": a meeting that took place
_ENCOUNTERS = _keys("मुलाक़ात मुलाकात भेंट बैठक वार्ता बातचीत")


def _happened_at(following: str) -> bool:
    """'(सम्मेलन) में इसके मूल दस्तावेज़ पर मुहर लगी': the clause after the noun says, in the
    past tense, what happened at the summit."""
    words = following.split()
    return len(words) >= 3 and words[0] == match_key("में") and words[-1] in _PAST_VERBS


# "यह शिखर सम्मेलन वीडियो कॉन्फ़्रेंस के माध्यम से ... आयोजित किया गया": the next sentence says,
# of "this summit", how it met.
_THIS_SUMMIT = re.compile(r"(?:^|\s)(?:" + "|".join(match_key(w) for w in ("यह", "इस", "उस", "वह", "उसी"))
                          + r")\s+(?:\S+\s+)?(?:" + match_key("सम्मेलन") + "|" + match_key("बैठक") + r")(?=\s|$)")
THIS_SUMMIT_REACH = 6  # words: "कोविड-19 महामारी के कारण यह शिखर सम्मेलन ..."
_HELD_PASSIVE = _HELD_AFTER | _keys("किया गया गई")


def _held_online_next(next_sentence: str) -> bool:
    """Whether the next sentence's first clause says, in the past, that "this summit" met
    online ('कोविड के कारण यह शिखर सम्मेलन वर्चुअल प्रारूप में आयोजित किया गया')."""
    clause = first_clause(next_sentence)
    words = match_key(clause).split()
    if _THIS_SUMMIT.search(" ".join(words[:THIS_SUMMIT_REACH + 3])) is None:
        return False
    key = " ".join(words)
    if CANCELLED.search(key) or PLANNED.search(key) or is_hybrid(clause):
        return False
    return is_virtual(clause) and bool(set(words) & _HELD_PASSIVE)


# "... 2020 में होने वाला 27वाँ सम्मेलन टल गया और आख़िरकार 21 अप्रैल 2021 को सोल्डेउ में हुआ":
# put off, then held on a later day.
_POSTPONED_THEN = re.compile(
    r"(?:" + "|".join(match_key(w) for w in (
        "टल गया", "टल गई", "टल गए", "टाल दिया गया", "टाल दी गई", "स्थगित हो गया", "स्थगित हो गई",
        "स्थगित कर दिया गया", "स्थगित कर दी गई", "स्थगित करना पड़ा", "स्थगित हुआ", "स्थगित हुई",
    )) + r")\s+(?:" + match_key("था") + r"\s+)?" + match_key("और") + r"\s+(?P<rest>.+)$"
    # '2020 में कई बार टलने के बाद आख़िरकार 27 फ़रवरी 2021 को ... हुआ': held after being put off
    + r"|(?:^|\s)(?:" + "|".join(match_key(w) for w in (
        "टलने", "टाले जाने", "टल जाने", "स्थगित होने", "स्थगित किए जाने", "स्थगित किये जाने")) + r")\s+"
    + match_key("के बाद") + r"\s+(?P<after>.+)$"
)


_THERE = re.compile(r"(?:^|\s)(?:" + "|".join(match_key(w) for w in ("वहीं", "वहीँ", "वहाँ ही")) + r")(?=\s|$|[,।])")


def _postponed_then_held(after_noun: str, lexicon: Lexicon, there: Place | None = None
                         ) -> tuple[Period, Place | None, str] | None:
    """The day, place and mode of a summit put off and then held ('टल गया और ... 2021 को
    सोल्डेउ में हाइब्रिड प्रारूप में हुआ'), when the clause after the noun says so; 'वहीं'
    (there) is `there`, where it was to be held ('सेबू में प्रस्तावित सम्मेलन ... टाल दिया गया और
    यह जनवरी 2007 में वहीं आयोजित हुआ')."""
    key = match_key(after_noun)
    match = _POSTPONED_THEN.search(key)
    if match is None:
        return None
    group = "rest" if match["rest"] is not None else "after"
    rest = " ".join(after_noun.split()[len(key[:match.start(group)].split()):])  # as written
    words = set(w.strip("\"'“”‘’(),।;:.!?") for w in rest.split())
    if not {match_key(w) for w in words} & _HELD_AFTER or CANCELLED.search(match_key(rest)) or PLANNED.search(match_key(rest)):
        return None
    period, _ = _date(rest, 0, None)
    if period is None:
        return None
    virtual, place = is_virtual(rest), find_place(_FORMAT_PHRASE.sub("", " " + rest), lexicon)
    if place is None and there is not None and _THERE.search(match_key(rest)):
        place = there
    if place is None and not virtual:
        return None
    mode = "unknown" if is_hybrid(rest) else ("virtual" if virtual else "in_person")
    return period, place, mode


# "सोल्डेउ में हाइब्रिड प्रारूप में हुआ": the format between the place and its verb.
_FORMAT_PHRASE = re.compile(r"\s(?:" + "|".join(match_key(w) for w in (
    "हाइब्रिड", "वर्चुअल", "आभासी", "ऑनलाइन", "मिश्रित", "व्यक्तिगत")) + r")\s+(?:"
    + "|".join(match_key(w) for w in ("प्रारूप", "रूप", "माध्यम", "तरीके")) + r")\s+" + match_key("में") + r"(?=\s|$)")


# "... को ब्रिक्स शिखर सम्मेलन (गुरुवार को) शुरू हुआ": the summit itself opened; also after its day and
# place ('पहली सभा 24 जून 1948 को जिनेवा में आरंभ हुई थी'), one meeting (not '2006 से शुरू हुए').
_OPENED = re.compile(r"^(?:[^।,;]{0,60}?\s)?(?:\S+\s+(?:" + match_key("को") + "|" + match_key("में") + r")\s+)?(?:" + "|".join(match_key(w) for w in (
    "शुरू", "आरंभ", "प्रारंभ")) + r")\s+(?:" + "|".join(match_key(w) for w in ("हुआ", "हुई", "हो गया", "हो गई")) + r")(?:\s|$)")
# '... इन्वेस्टर्स समिट 2023 की शुरुआत हुई', '... सम्मेलन की औपचारिक शुरुआत हुई': the summit itself began
# (right after its noun, or its name's year); not '... की शुरुआत 2006 में हुई' (when something began)
# nor '... में नए युग की शुरुआत हुई' (something began at it).
_ITS_START = re.compile(r"^(?:[0-9०-९]{4}\s+)?" + match_key("की") + r"\s+(?:" + "|".join(match_key(w) for w in (
    "औपचारिक", "विधिवत", "भव्य")) + r"\s+)?" + match_key("शुरुआत") + r"\s+(?:" + "|".join(match_key(w) for w in (
        "हुई", "हो गई", "हो गयी")) + r")(?:\s|$)")
# "सम्मेलन का आयोजन 2025 में चीन के तियानजिन में किया गया": it was organised, in the past.
_ORGANISED = re.compile(r"^" + match_key("का आयोजन") + r"\s(?:.*\s)?(?:" + "|".join(
    match_key(w) for w in ("किया गया", "किया था", "किया", "हुआ", "हुआ था")) + r")(?:\s|$)")
# "... नादी में 12वें सम्मेलन का (संयुक्त रूप से) उद्घाटन किया": someone opened it, so it met.
_INAUGURATED = re.compile(r"^(?:" + match_key("का") + "|" + match_key("के") + r")\s+(?:\S+\s+){0,3}?(?:" + "|".join(
    match_key(w) for w in ("उद्घाटन", "शुभारंभ")) + r")\s+(?:" + "|".join(
    match_key(w) for w in ("किया", "किया गया", "हुआ")) + r")(?:\s|$)")
# "... हुए शिखर सम्मेलन में प्रधानमंत्री शामिल नहीं हुए": someone stayed away; the summit met.
_STAYED_AWAY = re.compile(match_key("शामिल नहीं") + r"\s+\S+")


# '... में आयोजित होने वाला है', '... आयोजित किया जाना है', '... होने जा रहा है': still to come
# (not '... आयोजित किया जा रहा है', going on as the report is written)
_TO_COME = re.compile("|".join(match_key(w) for w in (
    "होने वाला है", "होने वाली है", "होने वाले हैं", "किया जाना है", "की जानी है", "किए जाने हैं",
    "होने जा रहा", "होने जा रही", "होने जा रहे", "होने की उम्मीद", "होने की संभावना",
)))


def _status(following_key: str) -> str:
    following_key = _STAYED_AWAY.sub(" ", following_key)
    if CANCELLED.search(following_key):
        return "cancelled"
    if PLANNED.search(following_key) or _TO_COME.search(following_key):
        return "planned"
    return "held"


# "तीनों नेताओं के बीच यह तीसरी त्रिपक्षीय शिखर बैठक थी": the sentence before's summit, numbered.
_THIS_WAS = re.compile(r"(?:^|\s)" + match_key("यह") + r"\s+(?P<rest>.+?)\s+(?:" + "|".join(
    match_key(w) for w in ("था", "थी", "थे", "है")) + r")[\s।.]*$")


_WITHIN = _keys("कार्यकाल शासनकाल कार्यकालों अध्यक्षता")
# "यह शिखर सम्मेलन X के तीसरे ... सम्मेलन के रूप में आयोजित किया गया": held as the series' Nth
_HELD_AS = re.compile(r"^(?:" + "|".join(match_key(w) for w in ("यह", "इस")) + r")\s+(?:" + match_key("शिखर")
                      + r"\s+)?" + match_key("सम्मेलन") + r"\s+(?P<rest>[^,;।]*?\s" + match_key("सम्मेलन") + r")\s+"
                      + match_key("के रूप में") + r"\s+(?:" + "|".join(match_key(w) for w in ("आयोजित", "हुआ", "हुई", "संपन्न"))
                      + r")(?=[\s,।]|$)")


def numbers_the_summit_before(sentence: str) -> int | None:
    """The edition a sentence gives the summit of the sentence before it: 'यह' right before an
    ordinal and a summit noun, and the copula at the end ('यह तीसरी त्रिपक्षीय शिखर बैठक थी'),
    no date of its own; or the summit held as the Nth ('यह शिखर सम्मेलन ... के तीसरे ... सम्मेलन के
    रूप में आयोजित किया गया'). 'यह इस वर्ष का तीसरा सम्मेलन था' (a count of the year) is not one."""
    key = match_key(sentence)
    held_as = _HELD_AS.match(key)
    if held_as is not None and not find_periods(held_as["rest"]):
        # 'यह शिखर सम्मेलन ... गावी के तीसरे पुनःपूर्ति सम्मेलन के रूप में आयोजित किया गया, ...'
        return find_ordinal(held_as["rest"])
    match = _THIS_WAS.search(key)
    if match is None or find_periods(sentence):
        return None
    if set(key[:match.start()].split()) & _WITHIN:
        return None  # "ओलांद के कार्यकाल में यह दूसरा ... सम्मेलन है": a count within a term, not the series'
    rest = match["rest"]
    first = rest.split()[0]
    if first not in ORDINAL_WORDS and not _NUMERAL_ORDINAL.match(first):
        return _owned_ordinal(rest) or _numbered_conjunct(rest)
    return find_ordinal(rest, meeting=True)


_OF = _keys("का की के बीच")  # "दोनों देशों के बीच 12वीं शिखर बैठक"


def _owned_ordinal(rest: str) -> int | None:
    """'यह इस मंच की 15वीं बैठक थी', 'यह समूह का 15वाँ शिखर सम्मेलन था': whose (up to three words and
    का/की/के), then the ordinal and the summit noun that ends what 'यह' is; not a count within a
    year or a term ('इस वर्ष की तीसरी बैठक')."""
    words = rest.split()
    at = next((k for k in range(1, min(len(words), 5)) if words[k - 1] in _OF and (
        words[k] in ORDINAL_WORDS or _NUMERAL_ORDINAL.match(words[k]))), None)
    if at is None or set(words[:at]) & (_COUNT_WITHIN | _WITHIN) or words[-1] not in _SUMMIT_NOUN_WORDS \
            or len(words) - at - 1 > MAX_WORDS_ORDINAL_TO_NOUN:
        return None
    return find_ordinal(" ".join(words[at:]), meeting=True)


# "इस वर्ष ... की तीसरी मुलाक़ात", "भारत के लिए दूसरा", "इस बार": a count within something else
_COUNT_WITHIN = _keys("वर्ष साल बार लिए महीने दशक कार्यकाल शासनकाल अध्यक्षता")
_SUMMIT_NOUN_WORDS = _keys("सम्मेलन बैठक वार्ता")
MAX_WORDS_ORDINAL_TO_NOUN = 4


def _numbered_conjunct(rest: str) -> int | None:
    """'यह इस वर्ष दोनों नेताओं की तीसरी मुलाक़ात और दोनों देशों के बीच कुल मिलाकर पाँचवाँ
    ... शिखर सम्मेलन था': of the things 'यह' is said to be, the one that ends in a summit noun, an
    ordinal a few words before it, and no count within a year or a term before the ordinal."""
    for part in re.split(r"\s+" + match_key("और") + r"\s+|,\s*", rest)[1:]:
        words = part.split()
        if len(words) < 2 or words[-1] not in _SUMMIT_NOUN_WORDS:
            continue
        at = next((k for k in range(len(words) - 2, max(-1, len(words) - 2 - MAX_WORDS_ORDINAL_TO_NOUN), -1)
                   if words[k] in ORDINAL_WORDS or _NUMERAL_ORDINAL.match(words[k])), None)
        if at is None or set(words[:at]) & _COUNT_WITHIN:
            continue
        return find_ordinal(" ".join(words[at:]), meeting=True)
    return None


_NUMERAL_ORDINAL = re.compile(r"^[0-9०-९]{1,3}(?:वें|वाँ|वां|वीं|" + IRREGULAR_ORDINAL_SUFFIX + ")$")


_TO_BE = _keys("होने होना जाने वाला वाली वाले प्रस्तावित निर्धारित")


def _held_participle_before(words: list[str], keys: list[str], i: int, title_key: str) -> bool:
    """'८-९ जुलाई, २०२४ को मॉस्को में आयोजित २२वें भारत-रूस वार्षिक शिखर सम्मेलन के लिए ...': a
    participle of holding right before the summit's name (its ordinal, the title's words, a
    short form in brackets, adjectives of the meeting), however long the name; not one of a
    summit to come ('आयोजित होने वाले ...'), nor a verb of a clause before ('... हुई — इसे ...')."""
    window = _name_window(words, keys, i)
    j = i - len(window) - 1
    # ('... को हुआ यह दो दिवसीय अमेरिका–प्रशांत द्वीप मंच शिखर सम्मेलन': the series' compound name with a gloss)
    own_name = _own_compound_name(tuple(window), title_key)
    return j >= 1 and keys[j] in _HELD_BEFORE and words[j][-1] not in ",;:।" and all(
        _edition_of(w) is not None or (match_key(w) in _MEETING_ADJECTIVES and match_key(w) not in _TO_BE)
        or match_key(w) in title_key or (w.startswith("(") and w.endswith(")"))
        # '... में हुए समिति के 7वें सत्र': the genitive after a word of the title's, the body the summit is of
        or (match_key(w) in _GENITIVE and k > 0 and match_key(window[k - 1]) in title_key)
        or (own_name and match_key(w) in _NAME_GLOSSES)
        or (match_key(w) in _DAY_COUNTS and k + 1 < len(window) and match_key(window[k + 1]) == _DAYS_LONG)
        for k, w in enumerate(window))


_GENITIVE = _keys("का की के")
_DAY_COUNTS = _keys("एक दो तीन चार पाँच पांच छह सात")  # 'दो दिवसीय': its length
_DAYS_LONG = match_key("दिवसीय")


# "ये दोनों बैठकें ... इन्हें वार्षिक शिखर सम्मेलनों में नहीं गिना जाता", "इसे शिखर सम्मेलन नहीं माना
# जाता", "यह बैठक शिखर सम्मेलनों का हिस्सा नहीं थी": the meetings just told are not summits of the series
_THESE = _keys("ये यह इन्हें इसे उन्हें इन वे इनको इसको")
_NOT_COUNTED_AS = re.compile(
    # (also a series' other nouns: 'इसे ... कांग्रेस के सत्रों में नहीं गिना जाता', 'संस्करणों में')
    r"(?:" + "|".join(match_key(w) for w in ("सम्मेलन", "सम्मेलनों", "बैठक", "बैठकों", "वार्ता", "वार्ताओं", "सत्र",
                                              "सत्रों", "संस्करण", "संस्करणों", "अधिवेशन", "अधिवेशनों"))
    + r")\s+(?:(?:" + "|".join(match_key(w) for w in ("में", "के रूप में", "की श्रेणी में")) + r")\s+)?"
    + match_key("नहीं") + r"\s+(?:" + "|".join(match_key(w) for w in (
        "गिना", "गिनी", "गिने", "माना", "मानी", "माने", "रखा", "रखी", "रखे")) + r")(?=\s|$|[।,;.])"
    + r"|(?:" + "|".join(match_key(w) for w in ("सम्मेलन", "सम्मेलनों")) + r")\s+(?:\S+\s+){0,2}?"
    + match_key("का हिस्सा नहीं"))


def not_counted(sentence: str) -> bool:
    """The sentence says the meetings told just before ('ये', 'इन्हें') are not counted as summits."""
    key = match_key(sentence)
    return bool(set(w.strip("\"'“”‘’(),।;:") for w in key.split()) & _THESE) and _NOT_COUNTED_AS.search(key) is not None

