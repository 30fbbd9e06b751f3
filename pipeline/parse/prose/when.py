"""Which date of a sentence is a summit's, and the clause around its noun: the date nearest the
noun that is not a target ('2030 तक'), a start ('2006 से'), part of a name ('एजेंडा 2063') or
another summit's; several years said of one noun ('2020 और 2021 के सम्मेलन').
"""

from __future__ import annotations

import re

from pipeline.parse.language.dates import (
    _DAY_MONTH_NO_YEAR, ascii_digits, day_month_in_year, find_periods, nearest_day_month_in_year, month_period, MONTHS, Period, plausible_year, year_period,
)
from pipeline.parse.prose.words import (
    _AND, _ELIDED_ORDINAL_WORDS, _keys, _OF_KEYS, _RELATIVE_WORDS, _YEAR_WORD, Mention,
)
from pipeline.parse.language.text import match_key


# "2008 के बीजिंग सम्मेलन": a date right before a summit noun dates that summit.
_OTHER_NOUN_AFTER = re.compile(r"\s+(?:" + "|".join(match_key(w) for w in ("के", "का", "की", "में"))
                               + r")\s+(?:\S+\s+){0,2}?(?:" + match_key("सम्मेलन") + "|" + match_key("बैठक") + r")(?=\s|$|[,।])")
OWN_DATE_REACH = 30  # characters: a date this close to the noun is its own ("2008 के बीजिंग सम्मेलन")
# "उसी वर्ष", "उस साल", "उस वर्ष": the year of the sentence before
_SAME_YEAR = re.compile(r"(?:^|\s)(?:" + match_key("उसी") + "|" + match_key("उस") + r")\s+(?:वर्ष|साल)(?=\s|$|[,।])")

# Words after which a year is part of a name or a target, not a date.
_NAME_BEFORE_YEAR = _keys("एजेंडा विज़न विजन vision agenda मिशन लक्ष्य")
_CLAUSE_VERBS = ("था", "थी", "थे", "हुआ", "हुई", "हुए", "गया", "गई", "गए")
_CLAUSE_END = re.compile(
    # (every alternative opens with one of these: a cheap look at each character before the lookbehinds)
    r"(?=[;:,\s])(?:"
    r"[;:]|,\s*(?=(?:" + "|".join(_RELATIVE_WORDS) + r"|जहाँ|जहां|जबकि|जब|जो|लेकिन|पर|किंतु|किन्तु|परंतु|तो)\s)"
    # "... और 2022 में ...": a new date, a new clause; not "16 और 17 मई 2005" (two days of one summit)
    # (an alternative with 'और' looks ahead for it before its look-behinds, which are many)
    r"|\s[—–]\s|(?=\s+और\s)(?<![\s(][0-9०-९])(?<![\s(][0-9०-९]{2})(?<!^[0-9०-९])(?<!^[0-9०-९]{2})\s+और\s+(?=[0-9०-९])"
    # "..., (और) तीसरा 2018 में बीजिंग में": the next summit of a list, its noun left out
    r"|,\s*(?:और\s+)?(?=(?:" + "|".join(_ELIDED_ORDINAL_WORDS) + r")\s)"
    # "दूसरा सम्मेलन 2016 में मापुटो में और तीसरा शिखर सम्मेलन 2018 में ...": a place ends one
    r"|(?=\s+और\s)(?:(?<=\sमें)|(?<=\sको))\s+और\s+(?=(?:" + "|".join(_ELIDED_ORDINAL_WORDS) + r"|[0-9०-९]{1,3}(?:वाँ|वां|वें|वीं))\s)"
    # "पहला ... बैंकॉक में हुआ था और दूसरा 2008 में ...": a verb ends one
    r"|(?=\s+और\s)(?:" + "|".join(rf"(?<=\s{verb})" for verb in _CLAUSE_VERBS) + r")\s+और\s+(?=(?:"
    + "|".join(_ELIDED_ORDINAL_WORDS) + r"|[0-9०-९]{1,3}(?:वाँ|वां|वें|वीं))\s)"
    # "... में दूसरा सम्मेलन हुआ, और पेरू के कुस्को में ... 2004 को हुए तीसरे ...": a verb, a comma and
    # 'और' end one clause, whatever the next one opens with
    r"|(?=,\s*और\s)(?:" + "|".join(rf"(?<=\s{verb})" for verb in _CLAUSE_VERBS) + r"),\s*और\s+"
    r")"
)


_IN = match_key("में")
_ALSO = match_key("भी")


def _coordinated_years(words: list[str], keys: list[str], i: int, mention: Mention) -> list[int]:
    """The other years of '2019, 2020 और 2021 के (शिखर) सम्मेलन' or '2005, 2007 और 2009 में (भी) मंच
    बुडापेस्ट में हुआ' when the mention took the last one: the summits of each year, said of all at once."""
    if mention.period.precision != "year" or mention.uses_context_year:
        return []
    j = i - 1
    if j >= 2 and keys[j] == _ALSO and keys[j - 1] == _IN:
        j -= 1  # '... 2011 में भी मंच ...'
    if j < 1 or (keys[j] not in _OF_KEYS and keys[j] != _IN) or not _YEAR_WORD.match(keys[j - 1]):
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


def _clause_bounds(sentence: str, start_char: int, end_char: int) -> tuple[int, int]:
    """Character bounds of the clause around [start_char, end_char). A mark inside brackets ends
    nothing: '30वीं बैठक (30 अप्रैल – 11 मई) की मेज़बानी की' is one clause."""
    begin, finish = 0, len(sentence)
    for match in _CLAUSE_END.finditer(sentence):
        if "(" in sentence and _inside_brackets(sentence, match.start()):
            continue
        if match.end() <= start_char:
            begin = match.end()
        elif match.start() >= end_char:
            finish = match.start()
            break
    return begin, finish


def _inside_brackets(sentence: str, at: int) -> bool:
    """Whether the character at `at` stands between an opening bracket and its closing one."""
    opened = sentence.rfind("(", 0, at)
    return opened >= 0 and sentence.rfind(")", opened, at) < 0 and sentence.find(")", at) >= 0


MAX_SHARED_CLAUSES = 6
_COORDINATED_SUMMIT = re.compile(
    r"(?:\s+और|,\s*(?:और)?)\s+(?:" + "|".join(_ELIDED_ORDINAL_WORDS) + r"|[0-9०-९]{1,3}(?:वाँ|वां|वें|वीं))\s")


def _gapped_verb_end(sentence: str, finish: int) -> int:
    """Where the verb of a clause may be read to: its end, or, when the next clause is the next
    summit of a list ('दूसरा 2016 में मापुटो में और तीसरा 2018 में पणजी में हुआ'), that clause's
    end, since the two share its verb."""
    for _ in range(MAX_SHARED_CLAUSES):  # "पहला ... में, दूसरा ... में और तीसरा ... में हुआ"
        if _COORDINATED_SUMMIT.match(sentence, finish) is None or sentence[:finish].endswith(_CLAUSE_VERBS):
            return finish  # no next summit, or this clause has its own verb ('... हुआ था और दूसरा ...')
        _, finish = _clause_bounds(sentence, finish + 1, finish + 1)
    return finish


def _char_offsets(words: list[str], sentence: str) -> list[int]:
    offsets, position = [], 0
    for word in words:
        position = sentence.find(word, position)
        offsets.append(position)
        position += len(word)
    return offsets


_YEAR_RANGE_AFTER = re.compile(r"\s*[-–—]\s*[0-9०-९]{2,4}(?![0-9०-९])")
_YEAR_RANGE_BEFORE = re.compile(r"(?<![0-9०-९])[0-9०-९]{4}\s*[-–—]\s*$")


def _month_in_year(key: str, year: int) -> Period:
    """'उसी वर्ष सितंबर में': the month named in the text, in a year known from elsewhere; the
    year when no month is named."""
    month = next((MONTHS[w] for w in key.split() if w in MONTHS), None)
    return month_period(year, month) if month else year_period(year)


def _date(sentence: str, noun_char: int, context_year: int | None, *,
          others_dates: bool = False) -> tuple[Period | None, bool]:
    """The date of the summit: the usable date expression nearest the noun. With
    `others_dates` (the whole sentence is searched), a date that names another summit of the
    sentence ('हेलसिंकी बैठक में ... और भारत 2008 के बीजिंग सम्मेलन से ...') is not this one's."""
    key = match_key(sentence)
    candidates: list[tuple[int, Period]] = []
    stated = find_periods(sentence)
    for start, end, period in stated:
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
        if key[max(0, start - 1):start] in "\"'“”" and start > 0 and not (
                (start == 1 or key[start - 2] == " ") and after.startswith(("में ", "को "))):
            # a quoted name ('"विज़न 2030"'); but a quote opened by its year is speech: '"2016 में गोवा में हुए
            # सम्मेलन ने ...," उन्होंने कहा', 'उन्होंने कहा, "2018 में टोक्यो में हुआ सम्मेलन ..."'
            continue
        candidates.append((abs(start - noun_char), period))
    if candidates:
        best = min(candidates, key=lambda c: c[0])[1]
        if best.precision == "year":  # "2020 का शिखर सम्मेलन ... 12 नवंबर को": the day without the year
            day = nearest_day_month_in_year(sentence, best.year, noun_char)
            # (not the day of a date written with another year: '2020 में टला ... 27 फ़रवरी 2021 को')
            if day is not None and not any(p.precision == "day" and p.year != best.year and p.start.month == day.start.month
                                           and p.start.day == day.start.day for _, _, p in stated):
                best = day
        elif best.precision == "month":  # "अक्टूबर 1997 में स्ट्रासबर्ग में हुआ (10–11 अक्टूबर)"
            day = day_month_in_year(sentence, best.year)
            best = day if day is not None and day.start.month == best.start.month else best
        return best, False
    if context_year is not None and _SAME_YEAR.search(key):
        # "उसी वर्ष 24 सितंबर को ...", "उसी वर्ष सितंबर में ...", or the year alone
        return day_month_in_year(sentence, context_year) or _month_in_year(key, context_year), True
    return None, False


_COUNTS = {match_key(w): n for n, words in enumerate((
    (), ("एक",), ("दो",), ("तीन",), ("चार",), ("पाँच", "पांच"), ("छह", "छः"), ("सात",), ("आठ",), ("नौ",), ("दस",),
), start=0) for w in words}
# "अगले वर्ष", "उसके दो साल बाद", "इसके तीन वर्ष पश्चात": a year counted from the summit told before.
_RELATIVE_YEAR = re.compile(
    r"(?:^|\s)(?:(?P<next>" + "|".join(match_key(w) for w in ("अगले", "अगला")) + r")\s+(?:वर्ष|साल)"
    r"|(?:(?:उसके|इसके|उससे|इससे)\s+)?(?P<count>" + "|".join(_COUNTS) + r"|[0-9०-९]{1,2})\s+(?:वर्ष|साल|वर्षों|सालों)\s+"
    r"(?:बाद|पश्चात)(?:\s+ही)?)(?=\s|$|[,।])"
)
# "दो साल पहले" (from the report's year), "उससे दो साल पहले" (from the summit told before)
_YEARS_BEFORE = re.compile(
    r"(?:^|\s)(?:(?P<from>उसके|इसके|उससे|इससे)\s+)?(?P<count>" + "|".join(_COUNTS) + r"|[0-9०-९]{1,2})\s+"
    r"(?:वर्ष|साल)\s+पहले(?=\s|$|[,।])"
)


# "इसी वर्ष जुलाई में ...", "इस साल ...": the report's own year
_THIS_YEAR = re.compile(r"(?:^|\s)(?:" + match_key("इसी") + "|" + match_key("इस") + r")\s+(?:वर्ष|साल)(?=\s|$|[,।])")
_LAST_YEAR = re.compile(r"(?:^|\s)" + match_key("पिछले") + r"\s+(?:वर्ष|साल)(?=\s|$|[,।])")


def relative_year(before_noun: str, anchor_year: int | None, report_year: int | None = None,
                  earlier: str = "") -> Period | None:
    """The year a phrase right before a summit noun counts from the summit told before it
    ('अगले वर्ष इसी शहर में दूसरा सम्मेलन आयोजित किया गया', 'उसके दो साल बाद वहीं चौथा सम्मेलन
    हुआ'), or from the year of the report ('पिछले साल यह सम्मेलन ... में हुआ था'); None without
    an anchor, or when a date of its own stands between the phrase and the noun. 'उसी वर्ष'
    ('... स्थापना 15 जून 2001 को ... हुई थी, और उसी वर्ष वहीं इसका पहला शिखर सम्मेलन हुआ') is
    the year of the last date before it (in `earlier`, the sentence before the clause, too): the
    year, not that date."""
    key = match_key(before_noun)
    same = list(_SAME_YEAR.finditer(key))
    if same and not find_periods(key[same[-1].end():]):
        dates = find_periods(key[:same[-1].start()]) or find_periods(earlier)
        year = dates[-1][2].year if dates else anchor_year
        if year is not None:
            rest = key[same[-1].end():]
            return day_month_in_year(rest, year) or _month_in_year(rest, year)
    for pattern, offset in ((_LAST_YEAR, -1), (_THIS_YEAR, 0)):
        found = list(pattern.finditer(key))
        if report_year is not None and found and not find_periods(key[found[-1].end():]) and plausible_year(
                report_year + offset):
            rest = key[found[-1].end():]
            return day_month_in_year(rest, report_year + offset) or _month_in_year(rest, report_year + offset)
    before = list(_YEARS_BEFORE.finditer(key))
    if before and not find_periods(key[before[-1].end():]):
        match = before[-1]
        origin = anchor_year if match["from"] else report_year
        count = _COUNTS.get(match["count"]) or int(ascii_digits(match["count"]))
        if origin is not None and plausible_year(origin - count):
            rest = key[match.end():]
            return day_month_in_year(rest, origin - count) or _month_in_year(rest, origin - count)
    if anchor_year is None:
        return None
    matches = list(_RELATIVE_YEAR.finditer(key))
    if not matches or find_periods(key[matches[-1].end():]):
        return None
    match = matches[-1]
    count = 1 if match["next"] else _COUNTS.get(match["count"]) or int(ascii_digits(match["count"]))
    year = anchor_year + count
    if not plausible_year(year):
        return None
    return day_month_in_year(key[match.end():], year) or _month_in_year(key[match.end():], year)


# "18 से 22 जनवरी तक चले इस सम्मेलन ...", "यह बैठक 14-15 मार्च को हुई": this summit, by its days
_THIS_SUMMIT = re.compile(r"(?:^|\s)(?:" + "|".join(match_key(w) for w in ("इस", "यह", "उस", "वह")) + r")\s+(?:"
                          + "|".join(match_key(w) for w in ("सम्मेलन", "शिखर सम्मेलन", "बैठक", "शिखर बैठक")) + r")(?=\s|$|[,।])")


def days_of_the_summit_before(sentence: str, period: Period) -> Period | None:
    """The days of the summit the sentence before dated by its month ('दूसरा विश्व सम्मेलन जनवरी
    2005 में कोबे में हुआ। 18 से 22 जनवरी तक चले इस सम्मेलन ...'): this sentence calls it 'इस
    सम्मेलन' and gives one day (or run of days) of that month without a year, and no other date."""
    if period.precision != "month" or not any(c.isdigit() for c in sentence):
        return None
    key = match_key(sentence)
    if _THIS_SUMMIT.search(key) is None:
        return None
    for start, end, _ in find_periods(sentence):  # ('26 दिसंबर 2004 को आई सुनामी': another event's, with its year)
        key = key[:start] + " " * (end - start) + key[end:]
    if len(_DAY_MONTH_NO_YEAR.findall(key)) != 1:
        return None
    day = day_month_in_year(key, period.year)
    return day if day is not None and day.start.month == period.start.month else None

