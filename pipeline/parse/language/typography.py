"""Ways of typing the same dash, date or full stop, folded before a line is parsed.

Writers differ in how they space dashes, write a date and end a sentence; the rules split
labels and clauses at a dash with spaces (`2015 — ढाका`) while a dash without spaces joins
(`भारत–जापान`, `14–15 नवंबर`), split lists at commas, and end sentences at a danda. `fold`
brings the variants to one form, so every rule reads them alike:

- an em dash typed without spaces between words (`आईजीसी—३१ मई`, `2015—ढाका`) is spaced like
  the others; between two numbers it stays a range;
- a hyphen typed with spaces for a dash (`जनवरी 1964, काहिरा - पहला सम्मेलन`, no dash key) is the
  dash;
- a day range or a span of years typed with spaces (`8 – 9 अप्रैल`, `14 - 15 नवंबर`, `2021 – 2022`)
  is written tight, so no rule takes its dash for the one that ends a label or a clause;
- a date is written day, month, year without commas: `12 मार्च, 2019`, `मार्च 12, 2019`,
  `12.03.2019`, `12-03-2019`, `12/03/2019` (day first, the Indian way) all read `12 मार्च 2019`;
- a month is spelt one way (`सितम्बर` -> `सितंबर`, `अक्तूबर` -> `अक्टूबर`, `फरवरी` -> `फ़रवरी`), as rules
  over clean text spell it, and a month written in English beside a day or year (`6–10 July 2020`,
  `21 NOV 2025`) in Hindi, and an English ordinal's ending in Hindi (`22nd` -> `22वाँ`; `15th March`
  -> `15 मार्च`);
- a list's number typed as one enclosed numeral (`① (2014) ...`, `❶`, `➊`, `⓵`, `⑴`, `⒈`, `⑳`) or as a
  keycap emoji (`1️⃣`) is written `1. ` like a typed one, so every rule reads its item alike;
- a full stop typed for the danda (`हुआ. अगला`) is a danda, unless it ends a short form
  (`डॉ.`, `आर.`, `डी.सी.`); a space typed before the danda (`हुआ ।`) is dropped.

Applied to every clean line (`structure.clean_lines`, which keeps the line as written for a
headline); it changes nothing else.
"""

from __future__ import annotations

import datetime as dt
import re
import unicodedata
from functools import lru_cache

from pipeline.parse.language.dates import DIGITS, MONTH_NAMES, MONTHS, ascii_digits
from pipeline.parse.language.text import ABBREVIATIONS, match_key

_TIGHT_EM_DASH = re.compile(r"(?<=[^\s—])—(?=[^\s—])")
_SPACED_HYPHEN = re.compile(r"(?<=[^\s\-|]) - (?=[^\s\-|])")
_SPACED_DAY_RANGE = re.compile(
    rf"(?<![0-9०-९.\-–—/])({DIGITS}{{1,2}})\s+([-–—])\s+(?={DIGITS}{{1,2}}\s+(?:{MONTH_NAMES})(?![\u0900-\u097f]))"
)
_DIGIT = re.compile(DIGITS)
# What both spaced ranges hold: a number, a dash with spaces, a number.
_SPACED_NUMBER_DASH = re.compile(rf"{DIGITS}\s+[-–—]\s+{DIGITS}")
_DIGITS_BEFORE = re.compile(rf"{DIGITS}+$")
_NUMBER_AFTER = re.compile(rf"{DIGITS}+(?:(?P<letter>[\u0900-\u097fA-Za-z])|(?P<month>\s+(?:{MONTH_NAMES})(?![\u0900-\u097f])))?")
# '2021 – 2022', '1998 - 2013': a span of years typed with spaces
_SPACED_YEAR_RANGE = re.compile(
    rf"(?<![0-9०-९])({DIGITS}{{4}})\s+([-–—])\s+({DIGITS}{{4}}|{DIGITS}{{2}})(?![0-9०-९\u0900-\u097fA-Za-z])(?!\s+(?:{MONTH_NAMES})(?![\u0900-\u097f]))")
_MONTH_END = r"(?![\u0900-\u097f])"
_DATE_COMMA = re.compile(rf"(?<![0-9०-९])({DIGITS}{{1,2}}\s+(?:{MONTH_NAMES})){_MONTH_END},\s*(?={DIGITS}{{4}}(?![0-9०-९]))")
_MONTH_FIRST = re.compile(
    rf"(?<![\u0900-\u097f])({MONTH_NAMES}){_MONTH_END}\s+({DIGITS}{{1,2}}),?\s+({DIGITS}{{4}})(?![0-9०-९])")
_NUMERIC_DATE = re.compile(
    rf"(?<![0-9०-९./\-])({DIGITS}{{1,2}})([./-])({DIGITS}{{1,2}})\2({DIGITS}{{4}})(?![0-9०-९]|[./\-][0-9०-९])")
#: The spelling a numeric month is written in.
_MONTH_WORD = dict(enumerate(("जनवरी", "फ़रवरी", "मार्च", "अप्रैल", "मई", "जून", "जुलाई", "अगस्त", "सितंबर", "अक्टूबर",
                              "नवंबर", "दिसंबर"), start=1))
_OTHER_MONTH_SPELLING = re.compile(
    "(?<![\u0900-\u097f])(" + "|".join(n for n in MONTH_NAMES.split("|") if n not in _MONTH_WORD.values())
    + ")(?![\u0900-\u097f])")
# (the same names without the lookbehind: a search that skips ahead fast, before the substitution)
_OTHER_MONTH_NAME = re.compile("|".join(n for n in MONTH_NAMES.split("|") if n not in _MONTH_WORD.values()))
_MONTH_NAME = re.compile(MONTH_NAMES)
_MONTH_BY_SPELLING = {n: _MONTH_WORD[MONTHS[match_key(n)]] for n in MONTH_NAMES.split("|")}
_FULL_STOP = re.compile(r"(?<=[\u0900-\u0963\u0971-\u097f)\"'”’])\.(?=\s+\S|\s*$)")
_SPACE_BEFORE_DANDA = re.compile(r"(?<=\S) +।")
_WORD_BEFORE = re.compile(r"(\S+)\.$")
_SHORT_FORMS = ABBREVIATIONS | {"प्र"}  # 'म. प्र.', 'उ. प्र.': a state's initials


def fold(line: str) -> str:
    """'पहला आईजीसी—31 मई, 2011' -> 'पहला आईजीसी — 31 मई 2011'; '8 – 9 अप्रैल 2008 को हुआ.' ->
    '8–9 अप्रैल 2008 को हुआ।'."""
    return fold_full_stops(fold_dates(fold_months(fold_dashes(fold_english_summit(fold_english_months(fold_english_ordinals(fold_list_numeral(line))))))))


#: An enclosed numeral's Unicode name: circled (negative, double, sans-serif dingbat ones too),
#: parenthesized, or with a full stop or comma ('DIGIT ONE FULL STOP').
_ENCLOSED_NAME = re.compile(r"\b(?:CIRCLED|PARENTHESIZED|FULL STOP|COMMA)\b")
_KEYCAP = re.compile(r"^([0-9])\ufe0f?\u20e3\s*")  # '1️⃣ ', an emoji keycap


@lru_cache(maxsize=256)
def enclosed_number(char: str) -> int | None:
    """'①', '❶', '➊', '⓵', '⑴', '⒈', '㉑' -> their number; any other character -> None."""
    if unicodedata.category(char) != "No":
        return None
    value = unicodedata.numeric(char, None)
    if value is None or value != int(value) or not _ENCLOSED_NAME.search(unicodedata.name(char, "")):
        return None
    return int(value)


def fold_list_numeral(line: str) -> str:
    """'① (2014) वॉशिंगटन' -> '1. (2014) वॉशिंगटन'; '1️⃣ उद्देश्य' -> '1. उद्देश्य'; a numeral
    inside a line is left alone."""
    if not line:
        return line
    first = line[0]
    if first < "\u2460":  # (every enclosed numeral lies above; most lines start lower)
        if "0" <= first <= "9" and len(line) > 1 and line[1] in "\ufe0f\u20e3" and (m := _KEYCAP.match(line)):
            return f"{m[1]}. {line[m.end():]}"
        return line
    number = enclosed_number(first)
    if number is None:
        return line
    return f"{number}. {line[1:].lstrip()}"


_ENGLISH_MONTH = re.compile(
    r"(?<![A-Za-z])(January|February|March|April|May|June|July|August|September|October|November|December"
    r"|Jan|Feb|Mar|Apr|Jun|Jul|Aug|Sept|Sep|Oct|Nov|Dec)\.?(?![A-Za-z])", re.IGNORECASE)
_LATIN_LETTER = re.compile(r"[A-Za-z]")
_MONTH_STEM = re.compile(r"[Jj]an|[Ff]eb|[Mm]a[ry]|[Aa]pr|[Jj]u[nl]|[Aa]ug|[Ss]ep|[Oo]ct|[Nn]ov|[Dd]ec|JAN|FEB|MA[RY]|APR|JU[NL]|AUG|SEP|OCT|NOV|DEC")
_ITEM_START = re.compile(r"[\W_]*$")  # '– June, मिन्स्क: ...': a list item's label
_LABEL_END = re.compile(r"\s*[,:–—-]")
_NUMBER_BEFORE = re.compile(rf"{DIGITS}[\s,]*$")
_NUMBER_NEXT = re.compile(rf"[\s,]*{DIGITS}|\s+(?:में|को|के|की|से|तक)(?![\u0900-\u097f])")


_ORDINAL_ENDING = re.compile(r"[0-9](?:st|nd|rd|th)")
_ENGLISH_ORDINAL = re.compile(r"(?<![0-9A-Za-z])([0-9]{1,3})(?:st|nd|rd|th)(?![A-Za-z])(?P<month>\s+(?:"
                              + MONTH_NAMES + r"|[A-Z][a-z]{2,8}\b))?")


def fold_english_ordinals(line: str) -> str:
    """'22nd शिखर सम्मेलन' -> '22वाँ शिखर सम्मेलन'; a day's ordinal before its month is the day
    ('15th March 2019' -> '15 March 2019')."""
    if not _ORDINAL_ENDING.search(line):
        return line

    def hindi(match: re.Match) -> str:
        month = match["month"]
        if month is not None and (month.strip() in _MONTH_BY_SPELLING or _ENGLISH_MONTH.fullmatch(month.strip())):
            return match[1] + month
        return match[1] + "वाँ" + (month or "")
    return _ENGLISH_ORDINAL.sub(hindi, line)


_ENGLISH_SUMMIT = re.compile(r"(?<![A-Za-z\-])([Ss]ummit)(s?)(?![A-Za-z\-])")
_DEVANAGARI_WORD = re.compile(r"[\u0900-\u0963\u0971-\u097f]")


def fold_english_summit(line: str) -> str:
    """'पहला summit 1985 में ढाका में हुआ' -> 'पहला शिखर सम्मेलन 1985 में ...', 'SCO summit के दौरान' ->
    'SCO शिखर सम्मेलन के दौरान': the English noun before Hindi words, as notes that mix English write
    it; a name in English stays ('(G20 Summit)', 'Summit of the Americas')."""
    if "ummit" not in line:
        return line

    def hindi(match: re.Match) -> str:
        before = line[:match.start()].split()[-1:] or [""]
        after = line[match.end():].split()[:1] or [""]
        if re.search(r"[A-Za-z]", after[0]) or not any(_DEVANAGARI_WORD.search(w) for w in before + after):
            return match[0]  # ('Summit of the Americas', '(G20 Summit)': an English name)
        return "शिखर सम्मेलनों" if match[2] else "शिखर सम्मेलन"
    return _ENGLISH_SUMMIT.sub(hindi, line)


def fold_english_months(line: str) -> str:
    """'6–10 July 2020', 'March 12, 2019', '21 NOV 2025' -> the month in Hindi ('6–10 जुलाई 2020'), as
    notes that mix English write it ('November में' too); a month word with no number or postposition
    beside it ('you may') stays."""
    if not _LATIN_LETTER.search(line) or not _MONTH_STEM.search(line):
        return line  # (most lines: the cheap search of a month's first letters finds nothing)

    def hindi(match: re.Match) -> str:
        before, after = line[max(0, match.start() - 3):match.start()], line[match.end():match.end() + 5]
        if not (_NUMBER_BEFORE.search(before) or _NUMBER_NEXT.match(after) or (
                _ITEM_START.match(line, 0, match.start()) and _LABEL_END.match(after))):
            return match[0]
        return _MONTH_WORD[MONTHS[match[1].casefold()]]
    return _ENGLISH_MONTH.sub(hindi, line)


def fold_months(line: str) -> str:
    """'7 सितम्बर', 'अक्तूबर 2019' -> '7 सितंबर', 'अक्टूबर 2019'."""
    if not _OTHER_MONTH_NAME.search(line):
        return line
    return _OTHER_MONTH_SPELLING.sub(lambda m: _MONTH_BY_SPELLING[m[0]], line)


def fold_dashes(line: str) -> str:
    """'पहला आईजीसी—३१ मई' -> 'पहला आईजीसी — ३१ मई'; '8 – 9 अप्रैल 2008' -> '8–9 अप्रैल 2008';
    'काहिरा - पहला' -> 'काहिरा — पहला'."""
    if "—" in line:
        line = _TIGHT_EM_DASH.sub(_spaced, line)
    if " " in line and ("-" in line or "–" in line or "—" in line):  # each pattern below spans a dash
        if _SPACED_NUMBER_DASH.search(line):
            line = _SPACED_YEAR_RANGE.sub(_year_span, _SPACED_DAY_RANGE.sub(r"\1\2", line))
        if " - " in line:
            line = _SPACED_HYPHEN.sub(_hyphen_as_dash, line)
    return line


MAX_SHORT_SPAN = 10  # years: '2021–22', '2016-20'; a longer span is written in full


def _year_span(match: re.Match) -> str:
    """'2021 – 2022', '2021 – 22' -> tight; '1996 — 13 से 17 नवंबर तक ...', '2000 — 17 से 22 मार्च
    ...' are a year label, then the days: two digits write a span only to a year soon after."""
    first, dash, last = match.groups()
    if len(last) == 2 and not 0 < int(ascii_digits(last)) - int(ascii_digits(first)[2:]) <= MAX_SHORT_SPAN:
        return match[0]
    return f"{first}{dash}{last}"


def _hyphen_as_dash(match: re.Match) -> str:
    return match[0] if _joins_numbers(match.string, match.start(), match.end()) else " — "


def _spaced(match: re.Match) -> str:
    return "—" if _joins_numbers(match.string, match.start(), match.end()) else " — "


def _joins_numbers(text: str, start: int, end: int) -> bool:
    """Whether the dash at text[start:end] stands in a range of numbers ('14—15 नवंबर', '2 - 3
    देश', '2010—2015'), not after a year label ('2020—40वाँ सम्मेलन', '1998 - 24 जुलाई 1998 को')."""
    if not (start and end < len(text) and _DIGIT.match(text[start - 1]) and _DIGIT.match(text[end])):
        return False
    left = _DIGITS_BEFORE.search(text, 0, start)[0]
    right = _NUMBER_AFTER.match(text, end)
    return not right["letter"] and not (len(left) == 4 and right["month"])


def fold_dates(line: str) -> str:
    """'12 मार्च, 2019', 'मार्च 12, 2019', '12.03.2019' -> '12 मार्च 2019'."""
    if not _DIGIT.search(line):
        return line
    if "," in line:
        line = _DATE_COMMA.sub(r"\1 ", line)
    if _MONTH_NAME.search(line):
        line = _MONTH_FIRST.sub(r"\2 \1 \3", line)
    if "." in line or "/" in line or "-" in line:
        line = _NUMERIC_DATE.sub(_worded, line)
    return line


def _worded(match: re.Match) -> str:
    day, month, year = (int(ascii_digits(match[k])) for k in (1, 3, 4))
    try:
        dt.date(year, month, day)
    except ValueError:
        return match[0]  # '12.13.2019', '31.02.2019': no date, left as written
    return f"{match[1].lstrip('0०') or match[1]} {_MONTH_WORD[month]} {match[4]}"


def fold_full_stops(line: str) -> str:
    """'सम्मेलन हुआ. अगला ...', 'हुआ । अगला' -> 'सम्मेलन हुआ। अगला ...'; 'डॉ. सिंह', 'वॉशिंगटन डी.सी.
    में' keep theirs."""
    if " ।" in line:
        line = _SPACE_BEFORE_DANDA.sub("।", line)
    if "." not in line:
        return line
    return _FULL_STOP.sub(lambda m: "." if _short_form(line[:m.end()]) else "।", line)


def _short_form(text: str) -> bool:
    word = _WORD_BEFORE.search(text)
    if word is None:
        return False
    word = word[1].strip("(\"'“‘")
    return "." in word or word in _SHORT_FORMS or len(word.replace("\u093c", "")) == 1
