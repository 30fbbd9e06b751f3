"""Years, full dates, decades and ordinals in Hindi text.

Digits may be ASCII or Devanagari (२०२४). Month names come in several spellings
(दिसंबर/दिसम्बर, फ़रवरी/फरवरी, अक्तूबर/अक्टूबर); they are matched on `match_key`.
Nothing here invents precision: a year stays a year, a decade stays a decade.
"""

from __future__ import annotations

import datetime as dt
import re
from dataclasses import dataclass
from functools import lru_cache

from pipeline.parse.language.guarded import guarded
from pipeline.parse.language.text import match_key
from schemas.tables import YEAR_MAX, YEAR_MIN

_DEVANAGARI_DIGITS = str.maketrans("०१२३४५६७८९", "0123456789")

_MONTH_SPELLINGS = (
    ("जनवरी",),
    ("फ़रवरी", "फरवरी"),
    ("मार्च",),
    ("अप्रैल", "अप्रेल"),
    ("मई",),
    ("जून",),
    ("जुलाई",),
    ("अगस्त",),
    ("सितंबर", "सितम्बर"),
    ("अक्तूबर", "अक्टूबर"),
    ("नवंबर", "नवम्बर"),
    ("दिसंबर", "दिसम्बर"),
)
MONTHS = {match_key(name): number for number, names in enumerate(_MONTH_SPELLINGS, start=1) for name in names}
#: The Hindi month names as clean text writes them (a regex alternation, longest first).
MONTH_NAMES = "|".join(sorted((name for names in _MONTH_SPELLINGS for name in names), key=len, reverse=True))
# PIB's Hindi pages date a release in English ('प्रविष्टि तिथि: 21 NOV 2025 5:30PM by PIB Delhi').
MONTHS.update({
    name: number
    for number, names in enumerate(
        (("jan", "january"), ("feb", "february"), ("mar", "march"), ("apr", "april"), ("may",), ("jun", "june"),
         ("jul", "july"), ("aug", "august"), ("sep", "sept", "september"), ("oct", "october"), ("nov", "november"),
         ("dec", "december")),
        start=1,
    )
    for name in names
})

DIGITS = "[0-9०-९]"
_MONTH_ALT = "|".join(sorted(MONTHS, key=len, reverse=True))


def ascii_digits(text: str) -> str:
    return text.translate(_DEVANAGARI_DIGITS)


def plausible_year(year: int) -> bool:
    return YEAR_MIN <= year <= YEAR_MAX


@dataclass(frozen=True)
class Period:
    """A stated period: its bounds, EDTF label and precision."""

    start: dt.date
    end: dt.date
    label: str
    precision: str  # day | month | year | decade
    year: int

    @property
    def exact_date(self) -> dt.date | None:
        return self.start if self.precision == "day" else None

    @property
    def exact_end(self) -> dt.date | None:
        """The last day of a multi-day period stated to the day ('15-16 जून 2009')."""
        return self.end if self.precision == "day" and self.end != self.start else None


@lru_cache(maxsize=4096)  # (a Period is frozen: one per year is shared)
def year_period(year: int) -> Period:
    return Period(dt.date(year, 1, 1), dt.date(year, 12, 31), f"{year:04d}", "year", year)


def decade_period(year: int) -> Period:
    first = year - year % 10
    return Period(dt.date(first, 1, 1), dt.date(first + 9, 12, 31), f"{first // 10:03d}X", "decade", first)


def day_period(day: dt.date) -> Period:
    return Period(day, day, day.isoformat(), "day", day.year)


def day_range_period(first: dt.date, last: dt.date) -> Period:
    return Period(first, last, f"{first.isoformat()}/{last.isoformat()}", "day", first.year)


def month_period(year: int, month: int) -> Period:
    next_month = dt.date(year + month // 12, month % 12 + 1, 1)
    return Period(dt.date(year, month, 1), next_month - dt.timedelta(days=1), f"{year:04d}-{month:02d}", "month", year)


# Patterns over match-key text (digits may be Devanagari; `\d` is not used on purpose).
# Day ranges: '15-16 जून 2009', '26 से 29 अक्टूबर 2015', '31 अगस्त - 1 सितंबर 2025' (match
# keys turn every dash into '-').
_RANGE_JOIN = r"(?:\s*(?:-|से)\s*|\s+(?:और|व)\s+)"  # '16 और 17 मई 2005': both days of one meeting
# A range that names both months may span a long session ('23 मार्च से 16 जून 1964': the first UNCTAD, twelve weeks).
MAX_SESSION_DAYS = 92
# 'D1 M1 से D2 M2 YYYY तक' spells a span out, so it may run longer: a conference of states
# sat for months ('15 जून से 18 अक्टूबर 1907 तक', the second Hague Peace Conference).
MAX_SPELLED_SPAN_DAYS = 184
_UNTIL = re.compile(r"\s*" + "तक" + r"(?![\u0900-\u097f])")


def _spelled_span_limit(key: str, match: re.Match) -> int:
    """The longest span, in days, a range naming both months may cover: longer when it is
    written 'से ... तक'."""
    joined_by_from = "से" in key[match.end(2):match.start(3)]
    return MAX_SPELLED_SPAN_DAYS if joined_by_from and _UNTIL.match(key, match.end()) else MAX_SESSION_DAYS


_DAY_RANGE = re.compile(
    rf"(?<!{DIGITS})({DIGITS}{{1,2}})(?:\s+({_MONTH_ALT}))?{_RANGE_JOIN}({DIGITS}{{1,2}})\s+({_MONTH_ALT})[,]?\s+({DIGITS}{{4}})(?!{DIGITS})"
)
_DAY_MONTH_NO_YEAR = re.compile(  # (a look at the first character before the lookbehind)
    rf"(?={DIGITS})(?<!{DIGITS}){DIGITS}{{1,2}}(?:\s+(?:{_MONTH_ALT}))?(?:{_RANGE_JOIN}{DIGITS}{{1,2}})?\s+(?:{_MONTH_ALT})(?![\u0900-\u097f])"
)
# 'दिसंबर 2005 में 3-4 तारीख़ को', 'मार्च 2019 की 12 तारीख को': the month and year first, then the day(s).
_MONTH_YEAR_DAYS = re.compile(
    rf"(?<![\u0900-\u097fa-z])({_MONTH_ALT})[,]?\s+({DIGITS}{{4}})\s+(?:(?:में|की|के)\s+)?({DIGITS}{{1,2}})"
    rf"(?:{_RANGE_JOIN}({DIGITS}{{1,2}}))?\s+(?:तारीख|तारीखों|तिथि|तिथियों)(?![\u0900-\u097f])"
)
# 'अक्टूबर 2023 में स्वीडन ने 12 और 13 तारीख़ को ...': the same, with a few words (the subject) between
# the month and the days; the days must end in 'तारीख़ को' ('अक्टूबर 2023 में 12 तिथियों पर' counts days)
_MONTH_YEAR_GAP_DAYS = re.compile(
    rf"(?<![\u0900-\u097fa-z])({_MONTH_ALT})[,]?\s+({DIGITS}{{4}})\s+(?:में|के|की)\s+"
    rf"(?:(?!(?:{_MONTH_ALT})(?![\u0900-\u097f]))[^\s0-9०-९।;:]+\s+){{1,4}}?({DIGITS}{{1,2}})"
    rf"(?:{_RANGE_JOIN}({DIGITS}{{1,2}}))?\s+(?:तारीख|तिथि)\s+को(?![\u0900-\u097f])"
)
# '12 जुलाई 2023 से 14 जुलाई 2023 तक': two full dates joined into one range
_FULL_RANGE = re.compile(
    rf"(?<!{DIGITS})({DIGITS}{{1,2}})\s+({_MONTH_ALT})[,]?\s+({DIGITS}{{4}})\s*(?:-|से)\s*"
    rf"({DIGITS}{{1,2}})\s+({_MONTH_ALT})[,]?\s+({DIGITS}{{4}})(?!{DIGITS})"
)
# '12, 13 और 14 जुलाई 2023': a list of days of one meeting
_DAY_LIST = re.compile(
    rf"(?<!{DIGITS})({DIGITS}{{1,2}})((?:\s*,\s*{DIGITS}{{1,2}})+)\s*,?\s+(?:और|व|तथा)\s+({DIGITS}{{1,2}})\s+"
    rf"({_MONTH_ALT})[,]?\s+({DIGITS}{{4}})(?!{DIGITS})"
)
# 'जुलाई 12-13, 2023': the month first, then the days
_MONTH_DAY_RANGE = re.compile(
    rf"(?<![\u0900-\u097fa-z])({_MONTH_ALT})\s+({DIGITS}{{1,2}})\s*(?:-|से)\s*({DIGITS}{{1,2}}),?\s+({DIGITS}{{4}})(?!{DIGITS})"
)
# '2023 में 12-13 जुलाई को', 'वर्ष 2023 के 12 जुलाई को': the year, then right away the day(s) and month
_YEAR_THEN_DAYS = re.compile(
    rf"(?<![{DIGITS[1:-1]}\w])({DIGITS}{{4}})\s+(?:में|के|की)\s+({DIGITS}{{1,2}})(?:{_RANGE_JOIN}({DIGITS}{{1,2}}))?\s+"
    rf"({_MONTH_ALT})(?![\u0900-\u097f])(?!,?\s+{DIGITS})"
)
_FULL_DATE = re.compile(rf"(?<!{DIGITS})({DIGITS}{{1,2}})\s+({_MONTH_ALT})[,]?\s+({DIGITS}{{4}})(?!{DIGITS})")
# Numeric dates of notes: '12/03/2021', '12.03.2021', '12-03-2021' (day first, the Indian way),
# '2021-03-12' (ISO); and 'मार्च 12, 2021' (the month first).
_NUMERIC_DATE = re.compile(rf"(?<![0-9०-९/.-])({DIGITS}{{1,2}})([./-])({DIGITS}{{1,2}})\2({DIGITS}{{4}})(?![0-9०-९/.-])")
_ISO_DATE = re.compile(rf"(?<![0-9०-९/.-])({DIGITS}{{4}})-({DIGITS}{{2}})-({DIGITS}{{2}})(?![0-9०-९/.-])")
_MONTH_DAY_YEAR = re.compile(rf"(?<![\u0900-\u097fa-z])({_MONTH_ALT})\s+({DIGITS}{{1,2}}),?\s+({DIGITS}{{4}})(?!{DIGITS})")
# 'नवंबर-दिसंबर 2015': two months; the year is what it states for sure.
_MONTH_RANGE = re.compile(rf"(?<![\u0900-\u097fa-z])(?:{_MONTH_ALT})\s*-\s*(?:{_MONTH_ALT})[,]?\s+({DIGITS}{{4}})(?!{DIGITS})")
_MONTH_YEAR = re.compile(rf"(?<![\u0900-\u097fa-z])({_MONTH_ALT})[,]?\s+({DIGITS}{{4}})(?!{DIGITS})")
_DECADE = re.compile(rf"(?<!{DIGITS})({DIGITS}{{3}}0)\s*(?:के|का|की)?\s*दशक")
_YEAR = re.compile(rf"(?<![{DIGITS[1:-1]}\w])({DIGITS}{{4}})(?![{DIGITS[1:-1]}\w])")
# Ordinal words, only where they stand before the summit noun: पहले also means "earlier", so
# "पहले दोनों देशों के सम्मेलन" must not read as "the first summit".
_ORDINAL_STEMS = ("पांच", "सात", "आठ", "नौ", "नव", "दस", "ग्यारह", "बारह", "तेरह", "चौदह", "पंद्रह",
                  "सोलह", "सत्रह", "अठारह", "उन्नीस", "बीस", "इक्कीस", "बाईस", "तेईस", "चौबीस", "पच्चीस",
                  "छब्बीस", "सत्ताईस", "अट्ठाईस", "अठाईस", "उनतीस", "तीस")
_ORDINAL_NUMBERS = (5, 7, 8, 9, 9, 10, 11, 12, 13, 14, 15, 16, 17, 18, 19, 20, 21, 22, 23, 24, 25, 26, 27, 28, 28,
                    29, 30)
ORDINAL_WORDS = {
    match_key(word): number
    for number, words in enumerate(
        (("पहले", "पहला", "पहली", "प्रथम"), ("दूसरे", "दूसरा", "दूसरी", "द्वितीय"), ("तीसरे", "तीसरा", "तीसरी", "तृतीय"),
         ("चौथे", "चौथा", "चौथी"), (), ("छठे", "छठा", "छठी", "छठवें", "छठवाँ")),
        start=1,
    )
    for word in words
}
# The Sanskrit ordinals of formal texts and tables (चतुर्थ शिखर सम्मेलन, '| पंचम |').
ORDINAL_WORDS.update({match_key(word): number for number, word in enumerate(
    ("चतुर्थ", "पंचम", "षष्ठ", "सप्तम", "अष्टम", "नवम", "दशम"), start=4)})
ORDINAL_WORDS.update({
    match_key(stem + suffix): number
    for stem, number in zip(_ORDINAL_STEMS, _ORDINAL_NUMBERS)
    for suffix in ("वें", "वाँ", "वां", "वीं")
})
# '18वाँ', and the English suffixes notes mix in ('1st', '2nd', '3rd', '18th')
# '१ला', '२रा', '४था', '६ठा': the short forms of the irregular ordinals, written after their digit
IRREGULAR_ORDINAL_SUFFIX = (r"(?:(?<=[1१])(?:ला|ली|ले)|(?<=[23२३])(?:रा|री|रे)|(?<=[4४])(?:था|थी|थे)"
                            r"|(?<=[6६])(?:ठा|ठी|ठे))(?![\u0900-\u097f])")
_NUMERAL_ORDINAL = (rf"(?P<num>{DIGITS}{{1,3}})(?:\s*(?:वें|वां|वीं|वी|वे|वा)|(?:st|nd|rd|th)(?![a-z])"
                    rf"|{IRREGULAR_ORDINAL_SUFFIX})")
_ORDINAL_ANY = rf"(?:{_NUMERAL_ORDINAL}|(?P<word>{'|'.join(sorted(ORDINAL_WORDS, key=len, reverse=True))}))"
# Up to three name words may stand between the ordinal and the noun ("पहला क्वाड शिखर
# सम्मेलन", "तीसरा भारत-अफ्रीका फोरम शिखर सम्मेलन"); postpositions and बार may not.
# A count there ("पहले दो सम्मेलन": the first two summits) numbers no single summit. The
# names are matched lazily so that शिखर before the noun is read as such ("पहली शिखर बैठक").
# An anniversary is no edition either: "15वीं वर्षगांठ शिखर सम्मेलन" is the 15th anniversary's summit.
_ANNIVERSARY = "|".join(match_key(w) for w in ("वर्षगांठ", "वर्षगाँठ", "सालगिरह", "जयंती"))
_NAME_WORD = rf"(?!(?:के|की|का|में|से|पर|को|ने|बार|और|तथा|दो|तीन|चार|पांच|दोनों|सभी|{_ANNIVERSARY})\s)[^\s,;:।]+\s+"
# notes written half in English: "32वाँ और अंतिम summit" is the summit's number as "सम्मेलन" would be
_ENGLISH_SUMMIT = r"(?:[Ss]ummit|SUMMIT)(?![A-Za-z])|" + match_key("समिट") + r"(?![\u0900-\u097f])"
# a series may call its meetings rounds, conventions, consultations or dialogues ('सातवाँ दौर', 'तीसरा
# अधिवेशन', 'दूसरा परामर्श'): numbers only
# where the text calls the summits so (`find_ordinal`'s `meeting`)
# (and notes half in English: 'SPC की पहली leaders' meeting', 'दूसरी मीटिंग')
_ROUND_NOUNS = tuple(match_key(w) for w in ("दौर", "अधिवेशन", "परामर्श", "संवाद", "मीटिंग", "meeting"))
_ROUND_NOUN = rf"(?:{'|'.join(_ROUND_NOUNS)})(?![\u0900-\u0963\u0966-\u097f])"  # 'दौर।' too, not 'दौरा' 
_SUMMIT_NOUN = (rf"(?:(?P<peak>{match_key('शिखर')})\s+)?"
                rf"(?P<noun>{match_key('सम्मेलन')}|{match_key('बैठक')}|{match_key('वार्ता')}|{match_key('भेंट')}|{match_key('सत्र')}"
                rf"|{_ROUND_NOUN}|{_ENGLISH_SUMMIT})")
# Every `_SUMMIT_NOUN` holds one of these (keys are case-folded): a text without one numbers no summit.
_NOUN_WORDS = (*(match_key(w) for w in ("सम्मेलन", "बैठक", "वार्ता", "भेंट", "सत्र", "समिट")), *_ROUND_NOUNS, "summit")
_NOUN_WORD = re.compile("|".join(_NOUN_WORDS))
# '११वाँ मलेशिया-सिंगापुर नेताओं का वार्षिक रिट्रीट': the leaders' meeting may be qualified after them
_LEADERS = (rf"(?P<leaders>{match_key('नेताओं')}\s+(?:{match_key('का')}|{match_key('की')}|{match_key('के')})\s+"
            rf"(?:(?:{'|'.join(match_key(w) for w in ('वार्षिक', 'अनौपचारिक', 'औपचारिक', 'संयुक्त'))})\s+)?)?")
# "चौथा और अंतिम शिखर सम्मेलन": the last one still has its number.
# "छठा और अब तक का अंतिम सत्र": the last so far, too.
_AND_LAST = (rf"(?:(?:{match_key('और')}|{match_key('एवं')}|{match_key('तथा')})\s+"
             rf"(?:{match_key('अब तक')}\s+(?:{match_key('का')}|{match_key('की')}|{match_key('के')})\s+)?"
             rf"(?:{match_key('अंतिम')}|{match_key('आखिरी')})\s+)?")
_ORDINAL = re.compile(
    rf"(?<![\w\u0900-\u097f])(?P<before>\S+\s+)?{_ORDINAL_ANY},?\s+{_AND_LAST}(?P<names>(?:{_NAME_WORD}){{0,4}}?){_LEADERS}{_SUMMIT_NOUN}"
)
# The same, with a summit's own noun only: 'तीसरे एशिया सहयोग वार्ता (एसीडी) शिखर सम्मेलन', whose
# name holds a dialogue noun ('वार्ता') before the summit's.
_ORDINAL_OWN_NOUN = re.compile(
    rf"(?<![\w\u0900-\u097f])(?P<before>\S+\s+)?{_ORDINAL_ANY},?\s+{_AND_LAST}(?P<names>(?:{_NAME_WORD}){{0,4}}?){_LEADERS}"
    rf"(?:(?P<peak>{match_key('शिखर')})\s+(?P<noun>{match_key('सम्मेलन')}|{match_key('बैठक')}|{match_key('वार्ता')})"
    rf"|(?P<plain>{match_key('सम्मेलन')}))"
)
_LEADING_ORDINAL = re.compile(rf"^{_ORDINAL_ANY}(?:\s+\S|\s*$|\s*\()")  # 'पहला आईजीसी', 'चौथा', 'तीसरा (2014)'
# An ordinal after these words is a qualifier ("महाद्वीप पर पहला", "पर आयोजित पहला"), not an edition.
_NOT_EDITION_BEFORE = frozenset(match_key(w) for w in ("पर", "आयोजित"))


def find_periods(text: str) -> list[tuple[int, int, Period]]:
    """Every date expression in `text`: (start, end) offsets in its match key, and the period.

    More precise expressions win over the years inside them. Implausible years are skipped.
    A sentence is read by the prose, entry and timeline rules alike: short texts are cached.
    """
    if len(text) <= CACHED_PERIOD_CHARS:
        return list(_cached_periods(text))
    return _find_periods(text)


CACHED_PERIOD_CHARS = 1000


@lru_cache(maxsize=8192)
def _cached_periods(text: str) -> tuple[tuple[int, int, Period], ...]:
    return tuple(_find_periods(text))


_A_YEAR = re.compile(rf"{DIGITS}{{4}}")


def _find_periods(text: str) -> list[tuple[int, int, Period]]:
    key = match_key(text)
    if _A_YEAR.search(key) is None:
        return []  # every expression below (decades too) holds four digits: most sentences hold none
    found: list[tuple[int, int, Period]] = []
    taken = bytearray(len(key))  # characters already inside a found expression

    def free(start: int, end: int) -> bool:
        if any(taken[start:end]):
            return False
        taken[start:end] = b"\x01" * (end - start)
        return True

    for match in _FULL_RANGE.finditer(key):
        try:
            first = dt.date(int(ascii_digits(match[3])), MONTHS[match[2]], int(ascii_digits(match[1])))
            last = dt.date(int(ascii_digits(match[6])), MONTHS[match[5]], int(ascii_digits(match[4])))
        except ValueError:
            continue
        if plausible_year(first.year) and first < last and (last - first).days <= 31 and free(match.start(), match.end()):
            found.append((match.start(), match.end(), day_range_period(first, last)))
    for match in _DAY_LIST.finditer(key):
        days = [int(ascii_digits(d)) for d in [match[1], *re.findall(DIGITS + "+", match[2]), match[3]]]
        year, month = int(ascii_digits(match[5])), MONTHS[match[4]]
        if days != list(range(days[0], days[0] + len(days))):
            continue  # '5, 12 और 19 जुलाई': several days apart, not one meeting
        try:
            first, last = dt.date(year, month, days[0]), dt.date(year, month, days[-1])
        except ValueError:
            continue
        if plausible_year(year) and free(match.start(), match.end()):
            found.append((match.start(), match.end(), day_range_period(first, last)))
    for match in [*_MONTH_DAY_RANGE.finditer(key), *_YEAR_THEN_DAYS.finditer(key)]:
        if match.re is _MONTH_DAY_RANGE:
            year, month, day1, day2 = int(ascii_digits(match[4])), MONTHS[match[1]], match[2], match[3]
        else:
            year, month, day1, day2 = int(ascii_digits(match[1])), MONTHS[match[4]], match[2], match[3]
        try:
            first = dt.date(year, month, int(ascii_digits(day1)))
            last = dt.date(year, month, int(ascii_digits(day2))) if day2 else first
        except ValueError:
            continue
        if plausible_year(year) and first <= last and free(match.start(), match.end()):
            found.append((match.start(), match.end(), day_range_period(first, last) if last > first else day_period(first)))
    for match in [*_MONTH_YEAR_DAYS.finditer(key), *_MONTH_YEAR_GAP_DAYS.finditer(key)]:
        year, month = int(ascii_digits(match[2])), MONTHS[match[1]]
        try:
            first = dt.date(year, month, int(ascii_digits(match[3])))
            last = dt.date(year, month, int(ascii_digits(match[4]))) if match[4] else first
        except ValueError:
            continue
        if plausible_year(year) and first <= last and free(match.start(), match.end()):
            found.append((match.start(), match.end(), day_range_period(first, last) if last > first else day_period(first)))
    for match in _DAY_RANGE.finditer(key):
        year = int(ascii_digits(match[5]))
        last_month = MONTHS[match[4]]
        first_month = MONTHS[match[2]] if match[2] else last_month
        try:
            first = dt.date(year, first_month, int(ascii_digits(match[1])))
            last = dt.date(year, last_month, int(ascii_digits(match[3])))
        except ValueError:
            continue
        if not plausible_year(year) or first >= last:
            continue
        if (last - first).days > 1 and re.search(r"\s(?:और|व)\s", key[match.end(2) if match[2] else match.end(1):match.start(3)]):
            # '२७ अप्रैल और २६ मई, २०१८': two days apart that share a year, two meetings (not '16 और 17 मई')
            if free(match.start(), match.end()):
                found.append((match.start(), match.end(2) if match[2] else match.end(1), day_period(first)))
                found.append((match.start(3), match.end(), day_period(last)))
        elif (last - first).days <= (_spelled_span_limit(key, match) if match[2] else 31) and free(match.start(), match.end()):
            found.append((match.start(), match.end(), day_range_period(first, last)))
    numeric = [(m, int(ascii_digits(m[1])), int(ascii_digits(m[3])), int(ascii_digits(m[4])))
               for m in _NUMERIC_DATE.finditer(key)] if ("/" in key or "." in key or "-" in key) else []
    numeric += [(m, int(ascii_digits(m[3])), int(ascii_digits(m[2])), int(ascii_digits(m[1])))
                for m in _ISO_DATE.finditer(key)] if "-" in key else []
    numeric += [(m, int(ascii_digits(m[2])), MONTHS[m[1]], int(ascii_digits(m[3])))
                for m in _MONTH_DAY_YEAR.finditer(key)]
    numeric += [(m, int(ascii_digits(m[1])), MONTHS[m[2]], int(ascii_digits(m[3])))
                for m in _FULL_DATE.finditer(key)]
    for match, day, month, year in numeric:
        try:
            date = dt.date(year, month, day)
        except ValueError:
            continue
        if plausible_year(year) and free(match.start(), match.end()):
            found.append((match.start(), match.end(), day_period(date)))
    for match in _MONTH_RANGE.finditer(key):
        year = int(ascii_digits(match[1]))
        if plausible_year(year) and free(match.start(), match.end()):
            found.append((match.start(), match.end(), year_period(year)))
    for match in _MONTH_YEAR.finditer(key):
        year = int(ascii_digits(match[2]))
        if plausible_year(year) and free(match.start(), match.end()):
            found.append((match.start(), match.end(), month_period(year, MONTHS[match[1]])))
    for match in _DECADE.finditer(key):
        year = int(ascii_digits(match[1]))
        if plausible_year(year) and free(match.start(), match.end()):
            found.append((match.start(), match.end(), decade_period(year)))
    for match in _YEAR.finditer(key):
        year = int(ascii_digits(match[1]))
        if plausible_year(year) and free(match.start(), match.end()):
            found.append((match.start(), match.end(), year_period(year)))
    return sorted(found, key=lambda item: item[0])


_LABEL_YEAR = re.compile(rf"^({DIGITS}{{4}})$")


# 'सन् 2011', 'वर्ष 2013', '2018 ई.', 'शुक्रवार, 12 मार्च 2021': words of the era around a year,
# and the day of the week before a date, say nothing more.
_ERA = re.compile(
    r"(?:^|(?<=[\s,(]))(?:सन्|सन|वर्ष|साल)\s+(?=[0-9०-९])|(?<=[0-9०-९])\s*(?:ई\.|ई॰|ई०|ईस्वी|ई)(?=$|[\s,)])"
    r"|(?:^|(?<=[\s(]))(?:सोमवार|मंगलवार|बुधवार|गुरुवार|बृहस्पतिवार|शुक्रवार|शनिवार|रविवार),?\s+(?=[0-9०-९])"
    r"|(?:^|(?<=[\s(]))(?:मध्य|लगभग|करीब|क़रीब|संभवतः)\s+(?=[0-9०-९])"  # 'मध्य 2016': the year is all it states
)


_ANY_DIGIT = re.compile(DIGITS)


def without_era(label: str) -> str:
    """'सन् 2011' -> '2011', '2018 ई.' -> '2018', 'वर्ष 2013 (आपिया)' -> '2013 (आपिया)',
    'शुक्रवार, 12 मार्च 2021' -> '12 मार्च 2021'."""
    # every word of the era stands next to a number: a label without both says none
    return _ERA.sub("", label) if _ERA_PART.search(label) and _ANY_DIGIT.search(label) else label


# A part of every word `_ERA` matches (each weekday ends in वार; करीब is written with a nukta or not).
_ERA_PARTS = ("सन", "वर्ष", "साल", "ई", "वार", "मध्य", "लगभग", "रीब", "संभवत")
_ERA_PART = re.compile("|".join(_ERA_PARTS))


# Characters no date expression (`find_periods`) matches: a label holding one is no date alone.
_NO_DATE_CHAR = re.compile(r"[:：;।()|]")


@lru_cache(maxsize=4096)  # (the shape, the entries and the prose ask of one label several times)
def parse_entry_label(label: str) -> Period | None:
    """The label of a summit entry: '2010', '२०२४', '15 जुलाई 2020', 'जुलाई 2020', 'सन् 2011', and two
    months of one year ('सितंबर–अक्टूबर 2016', a meeting whose days the writer left out): its year."""
    label = without_era(label).strip().rstrip(".")
    if _LABEL_YEAR.match(label):
        year = int(ascii_digits(label))
        return year_period(year) if plausible_year(year) else None
    if _NO_DATE_CHAR.search(label):
        return None  # no date expression holds one: the label is more than a date (the costly search spared)
    periods = find_periods(label)
    # The date must be the whole label: "31 फ़रवरी 2019" is no date, not February 2019.
    # a whole label of year precision is only ever a month range (a bare year is read above)
    if len(periods) == 1 and periods[0][:2] == (0, len(match_key(label))) and periods[0][2].precision in (
            "day", "month", "year"):
        return periods[0][2]
    return None


def day_month_in_year(text: str, year: int) -> Period | None:
    """A day (or day range) and month written without the year ('15-16 जून', '31 अगस्त - 1
    सितंबर', '24 सितंबर') in a year known from elsewhere (a table's year column, 'उसी वर्ष')."""
    key = match_key(text)
    match = _DAY_MONTH_NO_YEAR.search(key)
    if match is None:
        return None
    periods = find_periods(f"{match[0]} {year}")
    if periods and periods[0][2].precision == "day" and periods[0][2].year == year:
        return periods[0][2]
    return None


def nearest_day_month_in_year(text: str, year: int, position: int) -> Period | None:
    """`day_month_in_year` for the day and month nearest `position` (an offset in the text's match
    key): '११ सितंबर के हमलों के बाद ... वर्ष २००२ की वार्षिक बैठक ३१ जनवरी से ४ फ़रवरी तक ...' -> the
    days next to the meeting, not the other event's."""
    key = match_key(text)
    matches = list(_DAY_MONTH_NO_YEAR.finditer(key))
    if len(matches) < 2:
        return day_month_in_year(text, year)
    nearest = min(matches, key=lambda m: min(abs(m.start() - position), abs(m.end() - position)))
    return day_month_in_year(nearest[0], year)


def sole_day_month_in_year(text: str, year: int) -> Period | None:
    """`day_month_in_year` when the text holds exactly one day and month without a year and no
    full date: with two, which one is the summit's is not said."""
    if not _ANY_DIGIT.search(text):
        return None  # (no day: most texts)
    key = match_key(text)
    if len(_DAY_MONTH_NO_YEAR.findall(key)) != 1 or any(p.precision == "day" for _, _, p in find_periods(text)):
        return None
    return day_month_in_year(text, year)


def last_day_month_in_year(text: str, year: int) -> Period | None:
    """The last day and month without a year in `text` ('21 अप्रैल को X पहुँचने के बाद 22 अप्रैल को
    ...' -> 22 April), in a year known from elsewhere."""
    matches = _DAY_MONTH_NO_YEAR.findall(match_key(text))
    return day_month_in_year(matches[-1], year) if matches else None


def _ordinal_number(match: re.Match) -> int | None:
    number = int(ascii_digits(match["num"])) if match["num"] else ORDINAL_WORDS[match["word"]]
    return number or None  # "0वें" is a typo, not an edition


_ADJECTIVES = frozenset(match_key(w) for w in ("वार्षिक", "अनौपचारिक", "औपचारिक", "द्विपक्षीय", "शिखर"))
# ways of meeting: "पहला आमने-सामने शिखर सम्मेलन" is the first of its kind, not the series' first
_MODE_WORDS = frozenset(match_key(w) for w in (
    "आमने-सामने", "व्यक्तिगत", "प्रत्यक्ष", "भौतिक", "वर्चुअल", "आभासी", "ऑनलाइन", "डिजिटल", "हाइब्रिड",
    # held on its own: "पहला स्वतंत्र शिखर सम्मेलन" is the first stand-alone one, not the series' first
    "स्वतंत्र", "पृथक"))


def _qualifier_before(match: re.Match) -> bool:
    """'महाद्वीप पर पहला', 'पर आयोजित पहला G20 शिखर सम्मेलन', 'लिस्बन में आयोजित पहले भारत-यूरोपीय
    संघ शिखर सम्मेलन': 'the first ... on/at ...' qualifies a place, it does not number the series
    (only the first: no one writes 'the sixteenth held in Kazan')."""
    before = (match["before"] or "").strip()
    named = [w for w in (match["names"] or "").split() if w not in _ADJECTIVES]
    if _MODE_WORDS.intersection((match["names"] or "").split()):
        return True  # "पहला आमने-सामने शिखर सम्मेलन", "पहला वर्चुअल सम्मेलन": the first of a kind of meeting
    if match["word"] == match_key("पहले") and before in _BEFORE_WHAT:
        return True  # "इससे पहले यह सम्मेलन ...", "दो साल पहले ...": before, not first
    if before == match_key("पर"):
        prefix = match.string[:match.start("before")].split()
        # "नेताओं के स्तर पर पहला", "४०वीं वर्षगांठ पर दूसरा स्मारक शिखर सम्मेलन" number it
        return not prefix or prefix[-1] not in _ON_AN_OCCASION
    if match["word"] in _FIRST and (before == _IN or before in _HELD_PARTICIPLES):
        prefix = match.string[:match.start("before")].split()
        if before != _IN:  # "प्रशांत द्वीपीय देश में हुई पहली बैठक": the participle between
            prefix = prefix[:-1] if prefix and prefix[-1] == _IN else []
        if prefix and prefix[-1] in _REGION_WORDS:
            return True  # "लैटिन अमेरिका में पहला मंच", "अफ्रीका में पहला": the first in a region, not the series' first
        if before != _IN and _MODE_WORDS.intersection(match.string[:match.start("before")].split()[-2:]):
            return True  # "पूरी तरह आमने-सामने हुआ पहला वार्षिक सम्मेलन": the first of a way of meeting
    if before in _OF_WORDS:  # "विस्तार के बाद का पहला सम्मेलन": the first since something, not the series' first
        prefix = match.string[:match.start("before")].split()
        return bool(prefix) and prefix[-1] in _SINCE_WORDS
    # ('कज़ान में आयोजित १६वें ब्रिक्स शिखर सम्मेलन': a later number after the participle is the series')
    # ('राष्ट्रपति बाइडेन द्वारा आयोजित पहले वैश्विक कोविड शिखर सम्मेलन': organised by its host, not held
    # somewhere first)
    if before == match_key("आयोजित") and match.string[:match.start("before")].split()[-1:] == [_BY]:
        return False
    return before == match_key("आयोजित") and bool(named) and _ordinal_number(match) == 1


_OF_WORDS = frozenset(match_key(w) for w in ("का", "की", "के"))
_IN = match_key("में")
_BY = match_key("द्वारा")
_FIRST = frozenset(match_key(w) for w in ("पहला", "पहली", "पहले", "प्रथम"))
# continents and regions: a summit 'first in' one of them is not the series' first
_REGION_WORDS = frozenset(match_key(w) for w in (
    "अफ्रीका", "अफ़्रीका", "एशिया", "यूरोप", "अमेरिका", "अमरीका", "गोलार्ध", "महाद्वीप", "ओशिनिया", "कैरिबियन", "कैरेबियन",
    "प्रशांत", "बाल्कन", "स्कैंडिनेविया", "मध्य-पूर्व", "पश्चिम-एशिया", "देश", "राष्ट्र", "धरती", "क्षेत्र"))
_HELD_PARTICIPLES = frozenset(match_key(w) for w in ("हुई", "हुआ", "हुए", "आयोजित"))
_ON_AN_OCCASION = frozenset(match_key(w) for w in ("स्तर", "वर्षगांठ", "वर्षगाँठ", "सालगिरह", "अवसर", "मौके"))
# "भारत की पहली बैठक पूर्ण सदस्य के रूप में": the first as something, someone's, not the series' first
_AS_A = re.compile(r"\s+(?:\S+\s+){1,3}?" + match_key("के रूप में") + r"(?=\s|$|[,;।])")
# "पहले सम्मेलन की शताब्दी पर", "पहली बैठक की 25वीं वर्षगांठ": an anniversary of that meeting, held later
_ITS_ANNIVERSARY = re.compile(r"\s+(?:" + "|".join(match_key(w) for w in ("की", "के")) + r")\s+(?:\S+\s+)?(?:"
                              + "|".join(match_key(w) for w in ("शताब्दी", "शताब्दि", "वर्षगांठ", "वर्षगाँठ", "सालगिरह",
                                                                "जयंती", "स्वर्ण जयंती", "रजत जयंती")) + r")")
# "इससे पहले", "उससे पहले", "दो साल पहले": पहले as an adverb of time ("before")
_BEFORE_WHAT = frozenset(match_key(w) for w in (
    "इससे", "उससे", "से", "साल", "सालों", "वर्ष", "वर्षों", "दिन", "दिनों", "महीने", "महीनों", "माह",
    "सप्ताह", "हफ़्ते", "दशक", "दशकों", "बहुत", "काफ़ी", "काफी"))
_SINCE_WORDS = frozenset(match_key(w) for w in ("बाद", "पश्चात", "उपरांत"))


_SESSION = match_key("सत्र")
# A series whose summits are the sessions of an assembly numbers them "Nवाँ साधारण सत्र".
_SESSION_KINDS = frozenset(match_key(w) for w in ("साधारण", "नियमित", "वार्षिक"))


def _ordinals(key: str):
    """`_ORDINAL`'s matches, each searched for right after the ordinal before it: in 'उससे पहले
    10वीं बैठक' the match of 'पहले' (an adverb, skipped) takes '10वीं' as a name word."""
    at = 0
    while (match := _ORDINAL.search(key, at)) is not None:
        yield match
        at = match.end("num") if match["num"] else match.end("word")


def find_ordinal(text: str, *, meeting: bool = False) -> int | None:
    """The summit's number when the text states it: '20वें सम्मेलन' -> 20, 'पाँचवें शिखर सम्मेलन' -> 5,
    'पहला क्वाड शिखर सम्मेलन' -> 1; a plain 'शिखर बैठक/वार्ता' only with शिखर; a session
    only as an assembly's ordinary session ('34वाँ साधारण सत्र' -> 34). `meeting`: the text
    calls the summits meetings or sessions, so 'दूसरी बैठक' and 'पाँचवाँ सत्र' number them too
    (not 'सम्मेलन के पहले सत्र', a session of one summit)."""
    key = match_key(text)
    if not _names_a_noun(key) or not _holds_an_ordinal(key):
        return None
    for match in _ordinals(key):
        if _qualifier_before(match) or _AS_A.match(match.string, match.end()) or _ITS_ANNIVERSARY.match(match.string, match.end()):
            continue  # '... के रूप में', 'पहली संसद की शताब्दी पर': not this meeting's number
        if match["noun"] == _SESSION:
            if meeting and (match["before"] or "").strip() not in _OF_WORDS:
                return _ordinal_number(match)  # under 'अध्यक्षीय परिषद के सत्र', a summit is its 'पाँचवाँ सत्र'
            if _SESSION_KINDS.isdisjoint((match["names"] or "").split()):
                continue  # "सम्मेलन के पहले सत्र में": a session of one summit
            return _ordinal_number(match)  # "सभा का 34वाँ साधारण सत्र": the assembly's Nth summit
        if meeting and (match["noun"] in (match_key("बैठक"), match_key("वार्ता")) or match["noun"] in _ROUND_NOUNS):
            return _ordinal_number(match)  # in a series named a meeting, its Nth बैठक
        if match["noun"] != match_key("सम्मेलन") and not re.fullmatch(_ENGLISH_SUMMIT, match["noun"]) \
                and not match["peak"] and not match["leaders"]:
            own = _ORDINAL_OWN_NOUN.match(match.string, match.start())
            if own is not None and not _qualifier_before(own):
                return _ordinal_number(own)  # '... सहयोग वार्ता (एसीडी) शिखर सम्मेलन': the summit's noun is later
            continue  # "पहली बैठक" of a dialogue is no summit's number; "पहली नेताओं की बैठक" is
        return _ordinal_number(match)
    return None


def numbered_names(text: str) -> list[list[str]]:
    """The name words (match keys) between each ordinal and its summit noun: 'पहला अफ्रीका
    जलवायु शिखर सम्मेलन' -> [['अफ्रीका', 'जलवायु']], '14वाँ सम्मेलन' -> [[]]."""
    key = match_key(text)
    return [(match["names"] or "").split() for match in _ORDINAL.finditer(key)
            if not _qualifier_before(match)] if _names_a_noun(key) and _holds_an_ordinal(key) else []


_NUMERAL_ORDINAL_CHEAP = guarded(_NUMERAL_ORDINAL, "0123456789०१२३४५६७८९")  # (no digit: no numeral ordinal)
_ORDINAL_WORD = re.compile("|".join(sorted(ORDINAL_WORDS, key=len, reverse=True)))
# Pieces one of which every ordinal word holds (the suffix of 'सातवें', the stem of 'पहला'): a search
# for these few is several times cheaper than one for the hundred words, and most texts hold none
_ORDINAL_WORD_PIECES = ("वां", "वीं", "वें", "पहल", "प्रथम", "दूसर", "द्वितीय", "तीसर", "तृतीय", "चौथ", "चतुर्थ", "छठ",
                        "पंचम", "षष्ठ", "सप्तम", "अष्टम", "नवम", "दशम")
_ORDINAL_WORD_CHEAP = re.compile("|".join([*map(match_key, _ORDINAL_WORD_PIECES), *(  # (and any word they miss)
    word for word in ORDINAL_WORDS if not any(match_key(piece) in word for piece in _ORDINAL_WORD_PIECES))]))


def _holds_an_ordinal(key: str) -> bool:
    """Whether a match key holds anything `_ORDINAL_ANY` matches (searches that skip ahead fast)."""
    return _NUMERAL_ORDINAL_CHEAP.search(key) is not None or (
        _ORDINAL_WORD_CHEAP.search(key) is not None and _ORDINAL_WORD.search(key) is not None)


def holds_an_ordinal(text: str) -> bool:
    """Whether the text may hold an ordinal ('12वाँ', 'पहला', 'तृतीय'): False means that no reader of
    ordinals (`find_ordinal`, `leading_ordinal` of any of its words, `ordinal_before_date`) finds one
    in it or in a part of it, so a chain of them can be left out."""
    return _holds_an_ordinal(match_key(text))


def _names_a_noun(key: str) -> bool:
    """Whether a match key holds a word `_ORDINAL` needs after its ordinal (a cheap test first)."""
    return _NOUN_WORD.search(key) is not None


def ordinal_before_date(clause: str) -> int | None:
    """'दूसरा 29–30 मार्च 2023 को ...', 'तीसरा 2019 में': a clause of a summit entry that
    opens with an ordinal and goes on with the date numbers that summit (the noun is left
    out because the entry already names it)."""
    first = clause.split(maxsplit=1)[0] if clause.strip() else ""
    if not re.match(DIGITS, first) and match_key(first) not in ORDINAL_WORDS:
        return None  # the first word is no ordinal: no need to read the clause
    match = _LEADING_ORDINAL_WORD.match(match_key(clause).strip())
    if match is None:
        return None
    periods = find_periods(match.string[match.end():])
    return _ordinal_number(match) if periods and periods[0][0] == 0 else None


_LEADING_ORDINAL_WORD = re.compile(rf"^{_ORDINAL_ANY}\s+")


_BARE_ORDINAL = re.sub(r"\(\?P<\w+>", "(?:", _ORDINAL_ANY)
_ORDINAL_RUN = re.compile(
    rf"(?<![\w\u0900-\u097f])((?:{_BARE_ORDINAL}(?:\s*,\s*|\s+(?:और|तथा|एवं)\s+))+{_BARE_ORDINAL})"
    rf"\s+(?:{match_key('शिखर')}\s+)?(?:{match_key('सम्मेलन')}|{match_key('बैठक')}|{match_key('बैठकें')})"
)


def ordinal_run(text: str) -> list[int]:
    """'तीसरा, चौथा और पाँचवाँ सम्मेलन' -> [3, 4, 5]: the numbers of a list of ordinals before one
    summit noun (each of several summits named together), in order; [] when there is none."""
    match = _ORDINAL_RUN.search(match_key(text))
    if match is None:
        return []
    numbers = [leading_ordinal(f"{part} x") for part in re.split(r"\s*,\s*|\s+(?:और|तथा|एवं)\s+", match[1])]
    return [n for n in numbers if n is not None] if all(numbers) else []


def leading_ordinal(text: str) -> int | None:
    """An ordinal opening a list entry's label ('पहला आईजीसी', 'सातवाँ दौर') -> its number."""
    match = _LEADING_ORDINAL.match(match_key(text).strip())
    return _ordinal_number(match) if match else None
