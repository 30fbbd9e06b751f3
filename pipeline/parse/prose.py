"""Summits stated in running sentences, outside any list or table.

A sentence states a summit when it has, together:

- a summit noun (शिखर सम्मेलन, सम्मेलन, शिखर बैठक, शिखर वार्ता), or leaders who met (नेता ... मिले);
- a verb of holding tied to it: after it in its clause ("... 9 जुलाई 2024 को मॉस्को में आयोजित
  हुआ", "... की मेज़बानी की") or as a participle just before it ("टोक्यो में हुई शिखर बैठक");
- a date or year ("उसी वर्ष" takes the year of the sentence before);
- a place "X में" (or "X सम्मेलन" with a known city X), or the words of a virtual meeting.

The verbs decide the status: "होगा", "प्रस्तावित", "होना था" are planned; "नहीं हो सका", "रद्द",
"टल गया" are cancelled. Never a summit: a year that is a target ("2030 तक"), a start ("2006
से"), part of a name ("एजेंडा 2063"); a summit of another series ("जी-20 शिखर सम्मेलन" in a
document whose title does not name जी-20); the summit system itself ("सम्मेलन प्रणाली"); a
summit used as a point in time ("2015 के सम्मेलन के बाद"); a meeting of ministers.
"""

from __future__ import annotations

import re
from dataclasses import dataclass, replace
from datetime import date

from pipeline.parse.dates import (
    MONTHS, ORDINAL_WORDS, Period, ascii_digits, day_month_in_year, day_period, find_ordinal, find_periods,
    plausible_year, year_period,
)
from pipeline.parse.structure import is_preamble
from pipeline.parse.gazetteer import cities as gazetteer_cities
from pipeline.parse.lexicon import Lexicon
from pipeline.parse.summits import (
    CANCELLED, PLANNED, Place, find_place, first_clause, hosted_by, is_hybrid, is_ministerial, is_virtual, label_place,
)
from pipeline.parse.text import match_key


def _keys(words: str) -> frozenset[str]:
    return frozenset(match_key(w) for w in words.split())


_SUMMIT = match_key("सम्मेलन")
_PEAK = match_key("शिखर")
_MEETING = match_key("बैठक")
_PEAK_NOUNS = _keys("सम्मेलन बैठक वार्ता")
_HELD_AFTER = _keys("हुआ हुई हुए आयोजित संपन्न सम्पन्न चला चली चले")
# "... पहले शिखर सम्मेलन में इसके मूल दस्तावेज़ पर मुहर लगी": something happened at the summit,
# told in the past tense (the clause's last verb).
_PAST_VERBS = _keys("लगी लगा लगे हुआ हुई हुए गया गई गयी गए गये किया किए किये की लिया लिए दी दिया था थी थे")
# "... शिखर सम्मेलन (के नेताओं के सत्र) की सह-अध्यक्षता की": someone chaired it, so it met.
_CHAIRED = re.compile(match_key("अध्यक्षता") + r"\s+(?:" + match_key("की") + "|" + match_key("किया") + r")(?:\s|$)")
_HOST_DID_AFTER = re.compile(r"\s" + match_key("ने") + r"\s+(?:" + match_key("की") + "|" + match_key("किया") + r")(?:\s|$)")
_HOSTED = match_key("मेज़बानी")
_TOOK_PART = tuple(match_key(w) for w in ("भाग लिया", "हिस्सा लिया", "भाग लेने", "शामिल हुए", "शामिल हुईं"))
_THIS = _keys("इस उसी उस")
_INTENT = tuple(match_key(w) for w in ("आयोजित करने", "करने", "होने", "आयोजित किए जाने", "आयोजित करना"))
_EVERY = tuple(match_key(w) for w in ("हर वर्ष", "हर साल", "प्रति वर्ष", "प्रतिवर्ष", "हर दो वर्ष", "नियमित"))
_DID = (match_key("किया"), match_key("की "))  # "... ब्रसेल्स में शिखर सम्मेलन किया"
_WHERE = ("जहाँ", "जहां")
_BILATERAL_WORD = match_key("द्विपक्षीय")
_BOTH_COUNTRIES = match_key("दोनों देशों")
_WITH = re.compile(r"(\S+(?:\s\S+)?)\s+" + match_key("के साथ"))
_BETWEEN = re.compile(r"(\S+(?:\s\S+)?)\s+" + match_key("और") + r"\s+(\S+(?:\s\S+)?)\s+" + match_key("के बीच"))
# Words that may stand between an ordinal or a place and the summit noun without naming
# another series: adjectives of the meeting itself.
_MEETING_ADJECTIVES = _keys(
    "वार्षिक अनौपचारिक औपचारिक द्विपक्षीय त्रिपक्षीय बहुपक्षीय वर्चुअल आभासी ऑनलाइन हाइब्रिड विशेष असाधारण "
    "आपात आपातकालीन स्मारक नियमित पूर्ण संयुक्त अगले अगला अगली पिछले पिछला पिछली आगामी इस उस इसी उसी यह वह "
    "पहला पहले पहली दूसरा दूसरे तीसरा तीसरे चौथा चौथे शिखर नेताओं"
)


def _bilateral(clause: str, lexicon: Lexicon) -> bool:
    """'भारत और डेनमार्क के बीच वर्चुअल शिखर बैठक', 'फ़िनलैंड के साथ ... शिखर वार्ता', 'द्विपक्षीय'."""
    key = match_key(clause)
    if _BILATERAL_WORD in key or _BOTH_COUNTRIES in key:
        return True
    for match in _WITH.finditer(key):
        if any(lexicon.lookup(w, ("country",)) for w in (match[1], match[1].split()[-1])):
            return True
    for match in _BETWEEN.finditer(key):
        if lexicon.lookup(match[1].split()[-1], ("country",)) and lexicon.lookup(match[2].split()[0], ("country",)):
            return True
    return False
_SESSION_OF_SUMMIT = tuple(match_key(w) for w in ("के आउटरीच", "के इतर", "के दौरान आउटरीच"))
_HELD_BEFORE = _keys("हुए हुई हुआ आयोजित संपन्न सम्पन्न चले चली चला")
_NOT_A_MEETING_AFTER = _keys("प्रणाली तंत्र स्तर प्रक्रिया प्रारूप व्यवस्था श्रृंखला")
_TIME_POINT_AFTER = ("के बाद", "से पहले", "के दौरान", "तक", "के साथ", "के इतर", "से ठीक पहले")
_PRESUPPOSED_TIME_POINT_AFTER = ("के बाद", "के दौरान")
_NEXT = _keys("अगले अगला अगली आगामी")
_STARTED = _keys("शुरू शुरुआत आरंभ प्रारंभ")
_LEADERS = _keys("नेता नेताओं")
_MET = _keys("मिले मिलीं")
_ASIDE = ("के दौरान", "के इतर", "के हाशिये", "के हाशिए")
# "2008 के बीजिंग सम्मेलन": a date right before a summit noun dates that summit.
_OTHER_NOUN_AFTER = re.compile(r"\s+(?:" + "|".join(match_key(w) for w in ("के", "का", "की", "में"))
                               + r")\s+(?:\S+\s+){0,2}?(?:" + match_key("सम्मेलन") + "|" + match_key("बैठक") + r")(?=\s|$|[,।])")
OWN_DATE_REACH = 30  # characters: a date this close to the noun is its own ("2008 के बीजिंग सम्मेलन")
_SAME_YEAR = re.compile(match_key("उसी (?:वर्ष|साल)"))
# Words after which a year is part of a name or a target, not a date.
_NAME_BEFORE_YEAR = _keys("एजेंडा विज़न विजन vision agenda मिशन लक्ष्य")
# Ordinal words as written that may stand for "the Nth summit" with the noun left out.
_ELIDED_ORDINAL_WORDS = (
    "पहला", "पहली", "दूसरा", "दूसरी", "तीसरा", "तीसरी", "चौथा", "चौथी", "पाँचवाँ", "पांचवां", "पाँचवीं",
    "पांचवीं", "छठा", "छठी", "सातवाँ", "सातवां", "आठवाँ", "आठवां", "नौवाँ", "नौवां", "दसवाँ", "दसवां",
)
_RELATIVE_WORDS = ("जिस", "जिसमें", "जिसके", "जिसकी", "जिसका", "जिसे", "जिन", "जिनमें", "जिनके", "जिनकी", "जिनका")
_RELATIVE_KEYS = frozenset(match_key(w) for w in _RELATIVE_WORDS)
_CLAUSE_END = re.compile(
    r"[;:]|,\s*(?=(?:" + "|".join(_RELATIVE_WORDS) + r"|जहाँ|जहां|जबकि|जब|जो|लेकिन|पर|किंतु|किन्तु|परंतु|तो)\s)"
    r"|\s[—–]\s|\s+और\s+(?=[0-9०-९])"
    # "..., और तीसरा 2018 में बीजिंग में": the next summit of a list, its noun left out
    r"|,\s*और\s+(?=(?:" + "|".join(_ELIDED_ORDINAL_WORDS) + r")\s)"
    # "दूसरा सम्मेलन 2016 में मापुटो में और तीसरा शिखर सम्मेलन 2018 में ...": a place ends one
    r"|(?:(?<=\sमें)|(?<=\sको))\s+और\s+(?=(?:" + "|".join(_ELIDED_ORDINAL_WORDS) + r"|[0-9०-९]{1,3}(?:वाँ|वां|वें|वीं))\s)"
)
_LATIN_NAME = re.compile(r"^[A-Z][A-Za-z0-9-]{1,}$")
MAX_NAME_WINDOW = 6
#: Sentences of this genre run to a few hundred characters; a longer "sentence" is a list or
#: garbage run together. Not reading it as prose keeps the work per sentence bounded, so
#: parsing stays linear in the document's size.
MAX_PROSE_SENTENCE_CHARS = 700
_NAME_STOP = _keys(
    "के की का में से पर को ने और तथा एवं व कारण बाद दौरान तहत लिए रूप बार दो तीन चार सभी कई कुछ हर प्रत्येक "
    "साल वर्ष सालाना अब तक भी ही जब जो यहाँ वहाँ"
)
_HYPHEN_SPLIT = re.compile(r"[-–]")


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


@dataclass(frozen=True)
class Dateline:
    """A news report's dateline ('अंतरराष्ट्रीय डेस्क | कुवैत सिटी, 1 दिसंबर', 'कनानास्किस
    (कनाडा), 17 जून (भाषा)। ...', 'नई दिल्ली (एजेंसी): ...'): where and on which day (no year)
    the report was filed; a dateline without a day gives only the place 'यहाँ' (here) means."""

    place: Place
    month: int | None
    day: int | None
    text: str

    def falls_in(self, period: Period) -> bool:
        """Whether a summit of this day precision ran on the dateline's day."""
        if period.precision != "day" or self.month is None or self.day is None:
            return False
        for year in {period.start.year, period.end.year}:
            try:
                day = date(year, self.month, self.day)
            except ValueError:
                continue
            if period.start <= day <= period.end:
                return True
        return False


# An optional desk ('विशेष संवाददाता |'), the city, an optional country in brackets, the day
# and month, and no year (a year makes it a press release's date line, whose city is the
# office that issued it: 'पीआईबी दिल्ली').
_DATELINE = re.compile(
    r"^(?:[^|।]{1,40}\|\s*)?(?P<place>[^\s,|()0-9०-९][^,|()0-9०-९]{0,40}?)\s*(?:\([^()]{1,30}\))?,\s*"
    r"(?P<day>[0-9०-९]{1,2})\s+(?P<month>[^\s,()।]+)(?=\s*(?:\([^()]{1,30}\))?\s*(?:।|$|[-–—]\s))"
)
# 'नई दिल्ली: ...', 'नई दिल्ली (भाषा): ...', 'नई दिल्ली, एजेंसी। ...': a known city, no day.
_PLACE_ONLY_DATELINE = re.compile(
    r"^(?P<place>[^\s,:|()।]+(?:\s[^\s,:|()।]+)?)\s*(?:\([^()]{1,30}\)|,\s*[^\s,:|()।]{2,12})?\s*[:।]\s"
)
_HERE = _keys("यहाँ यहां")
MAX_DATELINE_LINES = 6  # a press release's preamble (up to 4 lines), the headline's deck


def find_dateline(lines: list[str], lexicon: Lexicon) -> Dateline | None:
    """The dateline among the first lines of a report's lead, if it names a city."""
    for text in lines[:MAX_DATELINE_LINES]:
        match = _DATELINE.match(text.strip())
        if match is None:
            bare = _PLACE_ONLY_DATELINE.match(text.strip())
            if bare is not None and lexicon.lookup(bare["place"], ("city",)) is not None:
                return Dateline(Place(bare["place"], "city"), None, None, bare[0].rstrip(":। "))
            continue
        month = MONTHS.get(match_key(match["month"]))
        place = label_place(match["place"], lexicon)
        if month is None or place is None or place.kind not in ("city", "unknown"):
            continue
        return Dateline(Place(place.city or match["place"].strip(), "city" if place.kind == "city" else "unknown"),
                        month, int(ascii_digits(match["day"])), match[0])
    return None


_YEAR_WORD = re.compile(r"^[0-9०-९]{4}$")


def _coordinated_years(words: list[str], keys: list[str], i: int, mention: Mention) -> list[int]:
    """The other years of '2019, 2020 और 2021 के (शिखर) सम्मेलन' when the mention took the last
    one: the summits of each year, said of all at once."""
    if mention.period.precision != "year" or mention.uses_context_year:
        return []
    j = i - 1
    if j < 1 or keys[j] not in _OF_KEYS or not _YEAR_WORD.match(keys[j - 1]):
        return []
    if int(ascii_digits(keys[j - 1])) != mention.period.year or j < 3 or keys[j - 2] != _AND:
        return []
    years, k = [], j - 3
    while k >= 0 and _YEAR_WORD.match(keys[k]):
        years.append(int(ascii_digits(keys[k])))
        if k == 0 or not words[k - 1].endswith(",") or not _YEAR_WORD.match(keys[k - 1]):
            break
        k -= 1
    # "2019 और 2021 के बीच" is a span, not two summits; the noun must follow the years directly
    return [y for y in years if plausible_year(y) and y != mention.period.year]


_TODAY = _keys("आज")


def find_release_date(lines: list[str]) -> date | None:
    """The day a press release was issued, from its date line above the headline
    ('प्रविष्टि तिथि: 12 दिसंबर 2024 8:15PM by PIB Delhi'): what its 'आज' (today) means."""
    for text in lines[:MAX_DATELINE_LINES]:
        if not is_preamble(text):
            continue
        days = [p for _, _, p in find_periods(text) if p.precision == "day" and p.start == p.end]
        if len(days) == 1:
            return days[0].start
    return None


@dataclass(frozen=True)
class Pending:
    """A summit named with its place and verb but no date ('... कोपेनहेगन में दूसरे भारत-नॉर्डिक
    शिखर सम्मेलन में भाग लिया।'); the next sentence may date it ('4 मई 2022 को हुए इस सम्मेलन में')."""

    place: Place
    edition: int | None


def undated_mention(sentence: str, title: str, lexicon: Lexicon) -> Pending | None:
    if len(sentence) > MAX_PROSE_SENTENCE_CHARS or not _may_state_a_summit(sentence):
        return None
    words = sentence.split()
    keys = [match_key(w.strip("\"'“”‘’(),।;:")) for w in words]
    if find_periods(sentence):
        return None
    for i in range(len(keys)):
        end = _summit_noun_end(keys, i)
        if end is None or _other_series(_name_window(words, keys, i), match_key(title), lexicon):
            continue
        following = " ".join(keys[end:])
        if not any(t in following for t in _TOOK_PART) and not set(keys[end:]) & _HELD_AFTER:
            continue
        if CANCELLED.search(following) or PLANNED.search(following):
            continue
        place = find_place(" ".join(words[:end]), lexicon)
        if place is None or place.city is None:  # "... शिखर सम्मेलन शुक्रवार को क्वेंका में संपन्न हुआ"
            place = find_place(first_clause(" ".join(words[end:])), lexicon)
        if place is not None and place.city is not None:
            return Pending(place, find_ordinal(" ".join(words[max(0, i - 6):end])))
    return None


def summits_in_sentence(
    sentence: str, title: str, lexicon: Lexicon, context_year: int | None = None, *,
    multilateral: bool = False, pending: Pending | None = None, dateline: Dateline | None = None,
    others: list[Mention] | None = None, next_sentence: str | None = None, today: date | None = None,
) -> list[Mention]:
    """The summits one sentence states (usually none, sometimes one, rarely two).

    In a document on a group of more than two parties, a summit "between" two countries or
    "with" one is a bilateral meeting, not one of the series. Held summits of another series
    that the sentence states with date and place go to `others` (when given), so the caller
    can say why they were left out."""
    if len(sentence) > MAX_PROSE_SENTENCE_CHARS or not (_may_state_a_summit(sentence) or names_a_meeting_series(title)):
        return []
    words = sentence.split()
    keys = [match_key(w.strip("\"'“”‘’(),।;:")) for w in words]
    title_key = match_key(title)
    meeting = names_a_meeting_series(title)
    if meeting and not _may_state_a_summit(sentence) and _MEETING not in match_key(sentence):
        return []
    found: list[Mention] = []
    other_before = False  # a summit of another series named earlier in the sentence
    for i, key in enumerate(keys):
        noun_end = _summit_noun_end(keys, i, meeting=meeting)
        if noun_end is None:
            continue
        if (_other_series(_name_window(words, keys, i), title_key, lexicon)
                or _bracketed_other_name(words, i, title_key, lexicon)
                or _SEPARATE.search(" ".join(keys[noun_end:_next_noun(keys, noun_end)]))):
            other_before = True
            if others is not None:
                other = _mention(sentence, words, keys, i, noun_end, title_key, lexicon, context_year,
                                 multilateral, meeting=meeting, any_series=True)
                if other is not None and other.status == "held" and other.place is not None:
                    others.append(other)
            continue
        if other_before and any(k in _RELATIVE_KEYS for k in keys[max(0, i - 3):i]):
            continue  # "X शिखर सम्मेलन से अलग है, जिसका पहला सम्मेलन ...": still the other series
        mention = _mention(sentence, words, keys, i, noun_end, title_key, lexicon, context_year,
                           multilateral, pending, meeting=meeting, dateline=dateline,
                           next_sentence=next_sentence, today=today)
        twin = next((k for k, m in enumerate(found) if mention is not None and _same(mention, m)), None)
        if twin is not None and found[twin].edition is None and mention.edition is not None:
            # "यह सम्मेलन फोकैक का चौथा शिखर सम्मेलन है": the second noun numbers the first
            found[twin] = replace(found[twin], edition=mention.edition)
        elif mention is not None and twin is None:
            found.append(mention)
            for year in _coordinated_years(words, keys, i, mention):
                # "2020 और 2021 के सम्मेलन वर्चुअल रूप से आयोजित किए गए": one summit a year
                other = replace(mention, period=year_period(year))
                if not any(_same(other, m) for m in found):
                    found.append(other)
    found += [m for m in _elided(words, keys, found, lexicon) if not any(_same(m, f) for f in found)]
    found += [m for m in _shared_noun(words, keys, found, lexicon) if not any(_same(m, f) for f in found)]
    if not found:
        found = _enumerated(sentence, title_key, lexicon)
    if not found and _LEADERS & set(keys) and _MET & set(keys):
        mention = _leaders_met(sentence, words, keys, lexicon, context_year)
        if mention is not None:
            found.append(mention)
    return found


_CUES = re.compile("|".join(match_key(w) for w in ("सम्मेलन", "शिखर", "मिले", "मिलीं", "नेताओं की")))


def _may_state_a_summit(sentence: str) -> bool:
    """A cheap test before the real one: no summit noun and no meeting, no summit."""
    return _CUES.search(match_key(sentence)) is not None


def names_other_series(text: str, title: str, lexicon: Lexicon) -> bool:
    """Whether every summit noun of the text's first clause belongs to another series
    ('गोवा में ब्रिक्स शिखर सम्मेलन के साथ ...' in a document on बिम्सटेक), or its only one is
    said to be separate from the series ('..., जो सभा के सत्रों से अलग आयोजन था')."""
    if not _may_state_a_summit(text):
        return False
    words = first_clause(text).split()
    keys = [match_key(w.strip("\"'“”‘’(),।;:")) for w in words]
    title_key = match_key(title)
    nouns = [i for i in range(len(keys)) if _summit_noun_end(keys, i) is not None]
    if len(nouns) == 1 and _SEPARATE.search(" ".join(keys[nouns[0]:])):
        return True  # "... शिखर सम्मेलन हुआ, जो सभा के सत्रों से अलग आयोजन था"
    verdicts = [
        _other_series(_name_window(words, keys, i), title_key, lexicon, adjacent_names=False)
        for i in range(len(keys)) if _summit_noun_end(keys, i) is not None
    ]
    return bool(verdicts) and all(verdicts)


def _same(a: Mention, b: Mention) -> bool:
    """One summit named twice; a summit put off and the same one held later are two mentions
    ('... होना था, लेकिन स्थगित कर दिया गया; अंततः 9 दिसंबर 2020 को ... हुआ')."""
    return (a.period.year == b.period.year and a.status == b.status
            and (a.place == b.place or a.place is None or b.place is None))


def names_a_meeting_series(title: str) -> bool:
    """'राष्ट्रमंडल शासनाध्यक्षों की बैठक': a series named a meeting, whose summits are its बैठकें."""
    key = match_key(title)
    return _MEETING in key.split() and _SUMMIT not in key and _PEAK not in key


def _summit_noun_end(keys: list[str], i: int, *, meeting: bool = False) -> int | None:
    """Index after the summit noun starting at i: 'शिखर सम्मेलन', 'शिखर बैठक', 'सम्मेलन' (and
    'बैठक' in a series named a meeting)."""
    if meeting and keys[i] == _MEETING and (i == 0 or keys[i - 1] != _PEAK):
        return i + 1
    if keys[i] == _MEETING and _leaders_meeting(keys, i):
        return i + 1
    if keys[i] == _PEAK and i + 1 < len(keys) and keys[i + 1] in _PEAK_NOUNS:
        return i + 2
    if keys[i] == _SUMMIT and (i == 0 or keys[i - 1] != _PEAK):
        return i + 1
    return None


_LEADERS_OF = (match_key("नेताओं"), match_key("की"))


def _leaders_meeting(keys: list[str], i: int) -> bool:
    """'आसियान नेताओं की पहली बैठक', 'चारों देशों के नेताओं की बैठक': the leaders' meeting is a summit."""
    j = i - 1
    if j >= 0 and (keys[j] in ORDINAL_WORDS or _NUMERAL_ORDINAL_WORD.match(keys[j])):
        j -= 1
    return j >= 1 and (keys[j - 1], keys[j]) == _LEADERS_OF


def _clause_bounds(sentence: str, start_char: int, end_char: int) -> tuple[int, int]:
    """Character bounds of the clause around [start_char, end_char)."""
    begin, finish = 0, len(sentence)
    for match in _CLAUSE_END.finditer(sentence):
        if match.end() <= start_char:
            begin = match.end()
        elif match.start() >= end_char:
            finish = match.start()
            break
    return begin, finish


_COORDINATED_SUMMIT = re.compile(
    r"\s+और\s+(?:" + "|".join(_ELIDED_ORDINAL_WORDS) + r"|[0-9०-९]{1,3}(?:वाँ|वां|वें|वीं))\s")


def _gapped_verb_end(sentence: str, finish: int) -> int:
    """Where the verb of a clause may be read to: its end, or, when the next clause is the next
    summit of a list ('दूसरा 2016 में मापुटो में और तीसरा 2018 में पणजी में हुआ'), that clause's
    end, since the two share its verb."""
    if _COORDINATED_SUMMIT.match(sentence, finish) is None:
        return finish
    _, shared_end = _clause_bounds(sentence, finish + 1, finish + 1)
    return shared_end


_WHEN = ("जब ",)
_FIRST = _keys("पहले पहला पहली प्रथम")
_BEGAN_WITH = re.compile(r"^(?:" + match_key("के साथ") + "|" + match_key("से") + r")\s+(?:" + "|".join(_STARTED) + r")(?=\s|$)")


def _began_with_first(keys: list[str], i: int, end: int) -> bool:
    """'शृंखला 4-5 जुलाई 2022 को लुगानो में पहले सम्मेलन के साथ शुरू हुई': a series began with
    its first summit, so that summit took place."""
    return i > 0 and keys[i - 1] in _FIRST and _BEGAN_WITH.match(" ".join(keys[end:end + 4])) is not None


def _char_offsets(words: list[str], sentence: str) -> list[int]:
    offsets, position = [], 0
    for word in words:
        position = sentence.find(word, position)
        offsets.append(position)
        position += len(word)
    return offsets


def _mention(sentence: str, words: list[str], keys: list[str], i: int, end: int, title_key: str,
             lexicon: Lexicon, context_year: int | None, multilateral: bool = False,
             pending: Pending | None = None, *, meeting: bool = False,
             dateline: Dateline | None = None, any_series: bool = False,
             next_sentence: str | None = None, today: date | None = None) -> Mention | None:
    if end < len(keys) and keys[end] in _NOT_A_MEETING_AFTER:
        return None  # "वार्षिक सम्मेलन प्रणाली": the summit system, not a meeting
    after = " ".join(keys[end:end + 3])
    began_with_first = _began_with_first(keys, i, end)
    if any(after.startswith(match_key(p)) for p in _TIME_POINT_AFTER) and not began_with_first and not (
            any(k in _HELD_BEFORE for k in keys[max(0, i - 3):i])
            and any(after.startswith(match_key(p)) for p in _PRESUPPOSED_TIME_POINT_AFTER)):
        # "2015 के नई दिल्ली सम्मेलन के बाद": a point in time; but "... में हुए 24वें सम्मेलन के
        # बाद" still says, with its participle, that the summit took place
        return None
    if words[end - 1].endswith(("ों", "ो")) and match_key("सम्मेलनों") == keys[end - 1]:
        return None  # plural: several summits, no single one
    window = _name_window(words, keys, i)
    if not any_series and _other_series(window, title_key, lexicon):
        return None
    offsets = _char_offsets(words, sentence)
    noun_start = offsets[i]
    noun_stop = offsets[end - 1] + len(words[end - 1])
    begin, finish = _clause_bounds(sentence, noun_start, noun_stop)
    clause = sentence[begin:finish]
    following = " ".join(w.strip("\"'“”‘’(),।;:.!?") for w in match_key(
        sentence[noun_stop:_gapped_verb_end(sentence, finish)]).split())
    # "... में हुए शिखर सम्मेलन के आउटरीच सत्रों में": the outreach is a session of a summit
    # that took place; only an outreach named before the summit noun is not a summit.
    of_the_summit = following.startswith(_SESSION_OF_SUMMIT)
    if is_ministerial(sentence[begin:noun_stop] if of_the_summit else clause):
        return None
    if multilateral and _bilateral(clause, lexicon):
        return None
    status = _status(following)
    if status == "cancelled":
        resumed = _postponed_then_held(sentence[noun_stop:finish], lexicon)
        if resumed is not None:
            period, place, mode = resumed
            edition = find_ordinal(" ".join(words[max(0, i - 6):end]), meeting=meeting)
            return Mention(period, place, edition, "held", mode, False)
    if status == "planned":  # "... होना था, लेकिन ... नहीं हो सका": planned, then cancelled
        rest = keys[end:]
        nxt = next((j for j in range(len(rest)) if _summit_noun_end(rest, j) is not None), len(rest))
        if CANCELLED.search(" ".join(rest[:nxt])):
            status = "cancelled"
    held_before = any(k in _HELD_BEFORE for k in keys[max(0, i - 3):i]) or _ongoing(keys, i)
    identity = _identity(keys, i, end, following)
    if identity and PLANNED.search(match_key(clause)):
        status = "planned"
    held_after = identity or (bool(set(following.split()) & _HELD_AFTER) or f"{_HOSTED} की" in following
                  or (_HOSTED in following and _HOST_DID_AFTER.search(following) is not None)
                  or any(t in following for t in _TOOK_PART) or following.startswith(_DID)
                  or _happened_at(following) or _CHAIRED.search(following) is not None)
    held_after = held_after or began_with_first
    if status == "held" and not (held_after or held_before):
        return None
    held_after = held_after or began_with_first
    if status == "held" and set(following.split()) & _STARTED and not (
            (held_before and following.startswith(("से ", "में "))) or began_with_first):
        # "प्राग में हुए पहले शिखर सम्मेलन में ... की औपचारिक शुरुआत हुई": something began at it
        # "... 2006 से शुरू हुए"; but "... सोची में हुए पहले सम्मेलन से शुरू हुई" (a tradition began
        # with a summit that took place)
        return None  # "... 2006 से शुरू हुए": a beginning, not one summit
    if following.startswith(_INTENT) or " ".join(keys[max(0, i - 2):i]).endswith(_EVERY):
        return None  # "हर वर्ष शिखर सम्मेलन आयोजित करने पर सहमति": an intention or a habit
    if any(k in _NEXT for k in keys[max(0, i - 2):i]) and not (held_before and keys[i - 1] in _NEXT):
        # "अगला शिखर सम्मेलन 2026 में": the next one, to come; but "2020 को हुई अगली शिखर बैठक":
        # the next one of a story told in the past
        status = "planned" if status == "held" else status
    # an identity's subject is this summit: its date is this one's ("2024 का X सम्मेलन ... था")
    period, from_context = _date(clause, noun_start - begin, None, others_dates=not identity)
    if period is None:
        period, from_context = _date(sentence, noun_start, context_year, others_dates=True)
    if period is None and today is not None and _TODAY & set(match_key(clause).split()):
        period = day_period(today)  # "प्रधानमंत्री ने आज ओस्लो में आयोजित ... में भाग लिया": the release's day
    if period is None:
        return None
    place = (_city_before_noun(words, i, lexicon) or find_place(sentence[begin:noun_stop], lexicon, nearest_end=True)
             or find_place(sentence[begin:finish], lexicon))
    if place is None and _HOSTED in following:
        place = (_host_city(sentence[noun_stop:finish], lexicon)  # "... की मेज़बानी 2010 में बाकू ने की"
                 or _subject_city(sentence[begin:noun_start], lexicon))  # "जोहान्सबर्ग ने ... की मेज़बानी की"
    if place is None and (held_before or held_after):
        place = hosted_by(clause, lexicon)  # "2021 में ब्रिटेन की मेज़बानी में हुए शिखर सम्मेलन"
    if place is None and any(t in following for t in _TOOK_PART):
        place = _destination(sentence[noun_stop:finish], lexicon)  # "... में भाग लेने के लिए कज़ान पहुँचे"
        if place is not None:
            period = year_period(period.year)  # the day of arrival is not the summit's
    if place is None and clause.lstrip().startswith(_WHEN):
        # "... अप्रैल 1998 में लंदन में हुई थी, जब पहला शिखर सम्मेलन ... आयोजित किया गया": then and there
        place = find_place(sentence[:begin], lexicon)
    if place is None and clause.lstrip().startswith(_WHERE):
        place = find_place(sentence[:finish], lexicon)  # "..., जहाँ क्वाड शिखर वार्ता हुई": where the clause before is
        # "... ने मॉस्को की आधिकारिक यात्रा की, जहाँ उन्होंने ... शिखर सम्मेलन में भाग लिया": where he went
        place = place or _visited_city(sentence[:begin], lexicon)
    edition = find_ordinal(" ".join(words[max(0, i - 6):end]), meeting=meeting)
    if edition is None and place is not None and place.kind == "city" and period.precision == "day":
        edition = _edition_held_in_city(words, keys, i, end, meeting)
    if edition is None and keys[i] == _MEETING and _leaders_meeting(keys, i):
        edition = _edition_of(words[i - 1].strip("\"'“”‘’(),।;:"))  # "नेताओं की पहली बैठक"
    borrowed = False
    if place is None and pending is not None and i > 0 and keys[i - 1] in _THIS:
        place, edition, borrowed = pending.place, edition or pending.edition, True  # "... हुए इस सम्मेलन में"
    virtual = (is_virtual(clause) or is_virtual(sentence[:finish])) and not _ONE_JOINED_ONLINE.search(match_key(clause))
    if not virtual and next_sentence and status == "held":
        virtual = _held_online_next(next_sentence)
    place_text = None
    if place is None and not virtual and dateline is not None and status == "held" and (
            dateline.falls_in(period) or set(match_key(clause).split()) & _HERE):
        place, place_text = dateline.place, dateline.text  # the report was filed where and when it met
    if place is None and not virtual and not (identity and edition is not None and status == "held"):
        return None
    mode = "virtual" if virtual else ("in_person" if place is not None else "unknown")
    if is_hybrid(clause):
        mode = "unknown"
    return Mention(period, place, edition, status, mode, from_context, borrowed, place_text)


_NUMERAL_ORDINAL_WORD = re.compile(r"^[0-9०-९]{1,3}(?:वें|वाँ|वां|वीं)$")
# "... शिखर सम्मेलन के आउटरीच सत्रों में भारत वर्चुअल माध्यम से शामिल हुआ": one party joined
# online (a singular verb); the meeting itself was not said to be virtual.
_ONE_JOINED_ONLINE = re.compile(
    r"(?:" + "|".join(match_key(w) for w in ("वर्चुअल", "आभासी", "ऑनलाइन", "वीडियो")) + r")\S*\s(?:\S+\s){0,3}?(?:"
    + "|".join(match_key(w) for w in ("शामिल हुआ", "शामिल हुई", "जुड़ा", "जुड़ी", "शामिल हुआ था")) + r")(?=[\s।,]|$)")
_HELD_WORD = match_key("आयोजित")


def _edition_held_in_city(words: list[str], keys: list[str], i: int, end: int, meeting: bool) -> int | None:
    """'10-11 जुलाई 2025 को रोम में आयोजित चौथे यूक्रेन पुनर्निर्माण सम्मेलन': on a stated day, in
    a city, the ordinal after 'में आयोजित' numbers the summit. (Before a country or a continent,
    'भारत में आयोजित पहला', 'महाद्वीप पर आयोजित पहला', it only qualifies the place.)"""
    for k in range(max(1, i - 6), i):
        if keys[k] == _HELD_WORD and keys[k - 1] == match_key("में"):
            return find_ordinal(" ".join(words[k + 1:end]), meeting=meeting)
    return None


_GOING_ON = _keys("चल जारी")
_CONTINUOUS = _keys("रहा रही रहे")
_COPULA = _keys("था थी है")
_OF_KEYS = _keys("का की के")
ONGOING_REACH = 4  # words before the noun: "4 से 6 सितंबर 2024 तक चल रहा यह सम्मेलन"


def _ongoing(keys: list[str], i: int) -> bool:
    """'... तक चल रहा यह सम्मेलन': a news report's summit going on as it is written, so held."""
    before = keys[max(0, i - ONGOING_REACH):i]
    return any(a in _GOING_ON and b in _CONTINUOUS for a, b in zip(before, before[1:]))


def _ordinal_key(key: str) -> bool:
    return key in ORDINAL_WORDS or _NUMERAL_ORDINAL_WORD.match(key) is not None


def _identity(keys: list[str], i: int, end: int, following: str) -> bool:
    """'2024 का अपुलिया सम्मेलन समूह का 50वाँ शिखर सम्मेलन था', 'यह सम्मेलन फोकैक का चौथा शिखर
    सम्मेलन है': a summit named before says it was (or is) the series' Nth, so it met."""
    rest = following.split()
    if not rest or rest[0] not in _COPULA or i < 2 or not _ordinal_key(keys[i - 1]):
        return False
    if len(rest) > 1 and rest[1] not in _keys("और ,"):
        return False  # "... सम्मेलन है जो अगले महीने होगा": more follows than the copula
    head = keys[max(0, i - 7):i - 1]
    return any(k in _OF_KEYS for k in head[-3:]) and any(
        _summit_noun_end(head, j) is not None for j in range(len(head)))


def _elided(words: list[str], keys: list[str], found: list[Mention], lexicon: Lexicon) -> list[Mention]:
    """'दूसरा शिखर सम्मेलन 2015 में जोहान्सबर्ग में हुआ, और तीसरा 2018 में फिर बीजिंग में': after
    a numbered summit, ', और <ordinal>' with a date and a place and no noun of its own is the
    next summit of the same list, in the same state."""
    numbered = [m for m in found if m.edition is not None and m.place is not None]
    if not numbered:
        return []
    mentions: list[Mention] = []
    for j in range(1, len(words) - 2):
        if not (words[j - 1].endswith(",") and keys[j] == match_key("और")):
            continue
        ordinal = words[j + 1].strip(",")
        edition = ORDINAL_WORDS.get(match_key(ordinal))
        if edition is None and _NUMERAL_ORDINAL_WORD.match(ordinal):
            edition = int(ascii_digits(ordinal[:len(ordinal) - len(ordinal.lstrip("0123456789०१२३४५६७८९"))]))
        if not edition or any(edition == m.edition for m in found):
            continue
        stop = next((k for k in range(j + 1, len(words)) if words[k][-1] in ",;:।"), len(words) - 1)
        if any(_summit_noun_end(keys, k) is not None for k in range(j + 2, stop + 1)):
            continue  # it names its own noun: the loop over nouns reads it
        rest = " ".join(words[j + 2:stop + 1]).rstrip(",;:।")
        period, _ = _date(rest, 0, None)
        place = find_place(rest, lexicon)
        if period is None or place is None or place.city is None:
            continue
        status = _status(match_key(rest))
        if status == "held":
            status = numbered[-1].status
        mentions.append(Mention(period, place, edition, status, "in_person", False))
    return mentions


_AND = match_key("और")
_PLACE_OR_DATE_END = _keys("में को")


def _shared_noun(words: list[str], keys: list[str], found: list[Mention], lexicon: Lexicon) -> list[Mention]:
    """'21-22 मई 2015 को रीगा में चौथा और 24 नवंबर 2017 को ब्रसेल्स में पाँचवाँ सम्मेलन हुआ': an
    ordinal right after a date or place and right before 'और' shares the next summit's noun and
    verb; its own words, back to the clause's start, give its date and place."""
    numbered = [m for m in found if m.edition is not None and m.place is not None]
    if not numbered:
        return []
    mentions: list[Mention] = []
    for j in range(1, len(words) - 1):
        if keys[j + 1] != _AND or keys[j - 1] not in _PLACE_OR_DATE_END or words[j][-1] in ",;:।":
            continue
        edition = _edition_of(words[j])
        if not edition or any(edition == m.edition for m in found):
            continue
        start = next((k + 1 for k in range(j - 1, -1, -1) if words[k][-1] in ",;:।"), 0)
        if any(_summit_noun_end(keys, k) is not None for k in range(start, j)):
            continue  # the clause has a noun of its own: the loop over nouns reads it
        own = " ".join(words[start:j])
        period, _ = _date(own, 0, None)
        place = find_place(own, lexicon) or (
            _known_city(" ".join(words[start:j - 1]), lexicon) if keys[j - 1] == match_key("में") else None)
        if period is None or place is None or place.city is None:
            continue
        status = _status(match_key(own))
        mentions.append(Mention(period, place, edition, numbered[0].status if status == "held" else status,
                                "in_person", False))
    return mentions


def _edition_of(word: str) -> int | None:
    """The number of an ordinal word as written ('चौथा', '19वाँ'), else None."""
    edition = ORDINAL_WORDS.get(match_key(word))
    if edition is None and _NUMERAL_ORDINAL_WORD.match(word):
        edition = int(ascii_digits(word[:len(word) - len(word.lstrip("0123456789०१२३४५६७८९"))]))
    return edition


# "2022 में जर्मनी के एल्माउ, 2023 में जापान के हिरोशिमा और ... में हुए सम्मेलनों में गए": several
# held summits named by year and place before one plural noun.
_HELD_PLURAL = re.compile(
    r"\s(?:" + "|".join(match_key(w) for w in ("हुए", "आयोजित")) + r")\s+(?:"
    + "शिखर" + r"\s+)?(?:सम्मेलनों|सम्मेलनो)(?=\s|$)"
)
_ENUMERATED = re.compile(r"(?:^|[\s,])(?P<year>[0-9०-९]{4})\s+" + match_key("में") + r"\s+(?P<place>[^,]+?)(?=,|\s+"
                         + match_key("और") + r"\s+|$)")
_LIST_CLAUSE_END = re.compile(r"[;:]|\s[—–]\s")
_REGION_WORDS = _keys("क्षेत्र प्रांत राज्य इलाके इलाक़े द्वीपों")
_COUNTRY_OF = re.compile(r"^(?P<country>.+?)\s+(?:" + "|".join(match_key(w) for w in ("के", "की", "का")) + r")\s+(?P<name>.+)$")


def _enumerated(sentence: str, title_key: str, lexicon: Lexicon) -> list[Mention]:
    plural = _HELD_PLURAL.search(sentence)  # on the text as written: the names stay as written
    if plural is None or CANCELLED.search(match_key(sentence)) or PLANNED.search(match_key(sentence[plural.end():])):
        return []
    head = _LIST_CLAUSE_END.split(sentence[:plural.start()])[-1]  # "X और 2022 में Y" stays one list
    mentions: list[Mention] = []
    for match in _ENUMERATED.finditer(head):
        name = re.sub(r"\s+" + match_key("में") + r"$", "", match["place"].strip())
        within = _COUNTRY_OF.match(name)
        if within is not None and lexicon.lookup(within["country"], ("country",)):
            name = within["name"]  # "जर्मनी के एल्माउ": a place in Germany
        elif within is not None:
            return []  # "... के ...": not a plain place; unsure, so none
        if set(name.split()) & _REGION_WORDS or lexicon.lookup(name, ("organisation",)):
            place = None
        else:
            place = label_place(name, lexicon)
        if place is None or not (place.city or place.kind == "country"):
            continue
        year = int(ascii_digits(match["year"]))
        if not plausible_year(year):
            continue
        mentions.append(Mention(year_period(year), place, None, "held", "in_person", False))
    return mentions if len(mentions) >= 2 else []


_HOST_DID = re.compile(r"(\S+(?:\s\S+)?)\s+ने\s+(?:की|किया)(?=[\s।,.]|$)")


def _host_city(text: str, lexicon: Lexicon) -> Place | None:
    """'X ने की' after मेज़बानी: X hosted the summit. Only a name the lexicon or GeoNames knows
    as a city counts (a person or a country hosting names no city)."""
    for match in _HOST_DID.finditer(text):
        for name in (match[1], match[1].split()[-1]):
            if lexicon.lookup(name, ("city",)) or (not lexicon.lookup(name) and gazetteer_cities().by_hindi(name)):
                return Place(name, "city")
    return None


def _happened_at(following: str) -> bool:
    """'(सम्मेलन) में इसके मूल दस्तावेज़ पर मुहर लगी': the clause after the noun says, in the
    past tense, what happened at the summit."""
    words = following.split()
    return len(words) >= 3 and words[0] == match_key("में") and words[-1] in _PAST_VERBS


_SUBJECT = re.compile(r"(?:^|\s)(\S+(?:\s\S+)?)\s+ने(?=\s)")
_ARRIVED = re.compile(r"(?:" + match_key("के लिए") + r")\s+(\S+(?:\s\S+)?)\s+(?:"
                      + "|".join(match_key(w) for w in ("पहुँचे", "पहुंचे", "पहुँचीं", "पहुंचीं", "पहुँचा", "पहुंचा"))
                      + r")(?=[\s।,.]|$)")


def _known_city(name: str, lexicon: Lexicon) -> Place | None:
    """The last one or two words of `name` when the lexicon or GeoNames knows them as a city."""
    words = name.split()
    for candidate in (" ".join(words[-2:]), words[-1]) if words else ():
        if lexicon.lookup(candidate, ("city",)) or (not lexicon.lookup(candidate)
                                                     and gazetteer_cities().by_hindi(candidate)):
            return Place(candidate, "city")
    return None


_VISIT = re.compile(r"(\S+(?:\s\S+)?)\s+(?:" + "|".join(match_key(w) for w in ("की", "का", "के")) + r")\s+(?:\S+\s+)?(?:"
                    + "|".join(match_key(w) for w in ("यात्रा", "दौरा", "दौरे")) + r")(?=[\s,।]|$)")


def _visited_city(text: str, lexicon: Lexicon) -> Place | None:
    """'मॉस्को की आधिकारिक यात्रा की': the city visited (a country visited names no city)."""
    key = match_key(text)
    for match in _VISIT.finditer(key):
        first = len(key[:match.start(1)].split())
        place = _known_city(" ".join(text.split()[first:first + len(match[1].split())]), lexicon)
        if place is not None:
            return place
    return None


def _subject_city(text: str, lexicon: Lexicon) -> Place | None:
    """'जोहान्सबर्ग ने 2023 में ... की मेज़बानी की': a city as the host (a country hosting
    names no city)."""
    for match in _SUBJECT.finditer(text):
        place = _known_city(match[1], lexicon)
        if place is not None:
            return place
    return None


def _destination(text: str, lexicon: Lexicon) -> Place | None:
    """'... शिखर सम्मेलन में भाग लेने के लिए कज़ान पहुँचे': the city reached for the summit."""
    key = match_key(text)
    match = _ARRIVED.search(key)
    if match is None:
        return None
    first = len(key[:match.start(1)].split())  # the same words as written (keys keep word counts)
    return _known_city(" ".join(text.split()[first:first + len(match[1].split())]), lexicon)


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
)


def _postponed_then_held(after_noun: str, lexicon: Lexicon) -> tuple[Period, Place | None, str] | None:
    """The day, place and mode of a summit put off and then held ('टल गया और ... 2021 को
    सोल्डेउ में हाइब्रिड प्रारूप में हुआ'), when the clause after the noun says so."""
    key = match_key(after_noun)
    match = _POSTPONED_THEN.search(key)
    if match is None:
        return None
    rest = " ".join(after_noun.split()[len(key[:match.start("rest")].split()):])  # as written
    words = set(w.strip("\"'“”‘’(),।;:.!?") for w in rest.split())
    if not {match_key(w) for w in words} & _HELD_AFTER or CANCELLED.search(match_key(rest)) or PLANNED.search(match_key(rest)):
        return None
    period, _ = _date(rest, 0, None)
    if period is None:
        return None
    virtual, place = is_virtual(rest), find_place(_FORMAT_PHRASE.sub("", " " + rest), lexicon)
    if place is None and not virtual:
        return None
    mode = "unknown" if is_hybrid(rest) else ("virtual" if virtual else "in_person")
    return period, place, mode


# "सोल्डेउ में हाइब्रिड प्रारूप में हुआ": the format between the place and its verb.
_FORMAT_PHRASE = re.compile(r"\s(?:" + "|".join(match_key(w) for w in (
    "हाइब्रिड", "वर्चुअल", "आभासी", "ऑनलाइन", "मिश्रित", "व्यक्तिगत")) + r")\s+(?:"
    + "|".join(match_key(w) for w in ("प्रारूप", "रूप", "माध्यम", "तरीके")) + r")\s+" + match_key("में") + r"(?=\s|$)")


def _status(following_key: str) -> str:
    if CANCELLED.search(following_key):
        return "cancelled"
    if PLANNED.search(following_key):
        return "planned"
    return "held"


def _name_window(words: list[str], keys: list[str], i: int) -> list[str]:
    """The words naming the summit before its noun, back to a punctuation mark (at most 4)."""
    window: list[str] = []
    j = i - 1
    while j >= 0 and len(window) < MAX_NAME_WINDOW:
        if words[j][-1] in ",;:।" or keys[j] in _HELD_BEFORE:
            break  # the name starts after "... में हुए"
        window.insert(0, words[j].strip("\"'“”‘’()"))
        j -= 1
    return window


def _other_series(window: list[str], title_key: str, lexicon: Lexicon, *, adjacent_names: bool = True) -> bool:
    """An organisation or an acronym before the noun that the title does not name, or a name
    word right before it that the title does not hold ('एशियाई-अफ्रीकी सम्मेलन', 'जलवायु
    सम्मेलन' in a document about another series)."""
    if window and adjacent_names:
        last = window[-1]
        key = match_key(last)
        ordinal = re.search(r"[0-9०-९]", last) or key in ORDINAL_WORDS
        if not (ordinal or key in _MEETING_ADJECTIVES or key in _NAME_STOP or key in title_key
                or all(match_key(p) in title_key for p in _HYPHEN_SPLIT.split(last) if p)
                or lexicon.lookup(last, ("city",)) or key in _HELD_BEFORE):
            return True
    for word in window:
        parts = [word] + word.split("-")
        for part in parts:
            if not part:
                continue
            entry = lexicon.lookup(part, ("organisation",))
            named = entry is not None or _LATIN_NAME.match(part)
            if named and match_key(part) not in title_key and not (
                entry is not None and (match_key(entry.english) in title_key or _title_names(entry.english, title_key, lexicon))
            ):
                return True
    return False


# "..., जो एक अलग मंच है", "... वार्षिक सम्मेलनों से अलग प्रारूप है": the text says this summit
# belongs to something else than the document's series.
_SEPARATE = re.compile(
    # one adjective may stand between: "जो एक अलग बहुपक्षीय मंच है"
    r"(?<![-\u0900-\u097f])" + match_key("अलग") + r"\s+(?:[\u0900-\u097f]+\s+)?(?:" + "|".join(match_key(w) for w in (
        "मंच", "प्रारूप", "समूह", "संगठन", "श्रृंखला", "शृंखला", "पहल", "प्रक्रिया", "आयोजन", "सम्मेलन", "संस्था",
    )) + r")(?:\s|$)|\s" + match_key("से अलग") + r"\s+(?:" + "|".join(match_key(w) for w in ("है", "था", "थी", "हैं", "थे")) + r")"
)
_BRACKETED = re.compile(r"^\((?P<name>[^()\s]{2,15})\)[,।;:]?$")


def _next_noun(keys: list[str], start: int) -> int:
    """Index of the next summit noun from start (len(keys) when none)."""
    return next((j for j in range(start, len(keys)) if _summit_noun_end(keys, j) is not None), len(keys))


def _bracketed_other_name(words: list[str], i: int, title_key: str, lexicon: Lexicon) -> bool:
    """'कृत्रिम बुद्धिमत्ता पर वैश्विक भागीदारी (जीपीएआई) के वार्षिक शिखर सम्मेलन': a body named
    with its short form in brackets just before the summit noun, when the title names neither
    the short form nor the full name."""
    for j in range(max(0, i - 4), i):
        match = _BRACKETED.match(words[j])
        if match is None:
            continue
        name = match["name"]
        entry = lexicon.lookup(name, ("organisation",))
        if match_key(name) in title_key or (entry is not None and _title_names(entry.english, title_key, lexicon)):
            return False
        full = [match_key(w.strip("\"'“”‘’(),।;:")) for w in words[max(0, j - 2):j]]
        return not (full and all(w in title_key for w in full))
    return False


def _title_names(english: str, title_key: str, lexicon: Lexicon) -> bool:
    """Whether the title names the same organisation under another spelling (G20 / जी-20)."""
    return any(match_key(h) in title_key for h in lexicon.spellings(english, "organisation"))


def _city_before_noun(words: list[str], i: int, lexicon: Lexicon) -> Place | None:
    """'2021 का दुशांबे सम्मेलन', '2017 के अस्ताना शिखर सम्मेलन': a known city names the summit."""
    for n in (2, 1):
        if i - n >= 0:
            name = " ".join(words[i - n:i])
            entry = lexicon.lookup(name, ("city",))
            if entry is not None:
                return Place(name, "city")
    return None


_YEAR_RANGE_AFTER = re.compile(r"\s*[-–—]\s*[0-9०-९]{2,4}(?![0-9०-९])")
_YEAR_RANGE_BEFORE = re.compile(r"(?<![0-9०-९])[0-9०-९]{4}\s*[-–—]\s*$")


def _date(sentence: str, noun_char: int, context_year: int | None, *,
          others_dates: bool = False) -> tuple[Period | None, bool]:
    """The date of the summit: the usable date expression nearest the noun. With
    `others_dates` (the whole sentence is searched), a date that names another summit of the
    sentence ('हेलसिंकी बैठक में ... और भारत 2008 के बीजिंग सम्मेलन से ...') is not this one's."""
    key = match_key(sentence)
    candidates: list[tuple[int, Period]] = []
    for start, end, period in find_periods(sentence):
        if period.precision == "decade" or "/" in period.label and period.precision != "day":
            continue
        if others_dates and _OTHER_NOUN_AFTER.match(key[end:]) and abs(start - noun_char) > OWN_DATE_REACH:
            continue
        after = key[end:end + 12].lstrip(" ,")
        before_words = key[:start].split()
        if after.startswith(("तक", "के अंत तक", "से ")) and not (period.precision == "day" and "/" in period.label):
            continue  # a target or a start: "2030 तक", "2006 से"
        if period.precision == "year" and (_YEAR_RANGE_AFTER.match(key, end) or _YEAR_RANGE_BEFORE.search(key[:start])):
            continue  # an end of a span of years: "(2008–2018)", "2020-2030 की योजना"
        if (period.precision == "year" and before_words
                and before_words[-1].strip("\"'“”") in _NAME_BEFORE_YEAR):  # "लक्ष्य 2030", not "लक्ष्य सितंबर 2014 में"
            continue
        if key[max(0, start - 1):start] in "\"'“”" and start > 0:
            continue
        candidates.append((abs(start - noun_char), period))
    if candidates:
        best = min(candidates, key=lambda c: c[0])[1]
        if best.precision == "year":  # "2020 का शिखर सम्मेलन ... 12 नवंबर को": the day without the year
            best = day_month_in_year(sentence, best.year) or best
        return best, False
    if context_year is not None and _SAME_YEAR.search(key):
        return day_month_in_year(sentence, context_year) or None, True
    return None, False


def _leaders_met(sentence: str, words: list[str], keys: list[str], lexicon: Lexicon,
                 context_year: int | None) -> Mention | None:
    """'उसी वर्ष 24 सितंबर को वॉशिंगटन स्थित व्हाइट हाउस में चारों नेता ... मिले': the leaders
    of the series met in a named place on a stated day. Meetings on the sidelines of
    another event ("जी-7 बैठक के दौरान मिले") are not summits of their own."""
    key = match_key(sentence)
    if any(match_key(a) in key for a in _ASIDE) or is_ministerial(sentence):
        return None
    if CANCELLED.search(key) or PLANNED.search(key):
        return None
    period, from_context = _date(sentence, 0, context_year)
    if period is None or period.precision != "day":
        return None
    place = find_place(sentence, lexicon)
    if place is None or place.city is None:
        return None
    # "... बीजिंग में 24वें शिखर सम्मेलन के लिए आमने-सामने मिले": the meeting is that summit
    return Mention(period, place, find_ordinal(sentence), "held", "in_person", from_context)


__all__ = ["Dateline", "Mention", "Pending", "find_dateline", "find_release_date", "names_other_series", "summits_in_sentence", "undated_mention"]
