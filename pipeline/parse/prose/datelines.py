"""Where and when a report was filed: a news report's dateline ('बीजिंग, 5 सितंबर') and a press
release's date line, which says what its 'आज' (today) means.
"""

from __future__ import annotations

import re
from dataclasses import dataclass
from datetime import date, timedelta

from pipeline.parse.language.dates import (
    ascii_digits, day_period, find_periods, MONTHS, Period, sole_day_month_in_year, year_period,
)
from pipeline.parse.language.lexicon import Lexicon
from pipeline.parse.prose.words import _keys
from pipeline.parse.layout.structure import is_preamble
from pipeline.parse.layout.summits import label_place, Place
from pipeline.parse.language.text import match_key


_TODAY = _keys("आज")


@dataclass(frozen=True)
class Dateline:
    """A news report's dateline ('अंतरराष्ट्रीय डेस्क | कुवैत सिटी, 1 दिसंबर', 'कनानास्किस
    (कनाडा), 17 जून (भाषा)। ...', 'नई दिल्ली (एजेंसी): ...'): where and on which day (no year)
    the report was filed; a dateline without a day gives only the place 'यहाँ' (here) means."""

    place: Place
    month: int | None
    day: int | None
    text: str
    year: int | None = None  # 'विलमिंगटन (अमेरिका), 21 सितंबर 2024 (पीटीआई)। ...': a report's dateline may say it
    # without its year: the latest year the report dates an event in ('अप्रैल 2025 में ...'); a report
    # is filed after what it tells, so its day is of no earlier year
    not_before: int | None = None
    # 'पनमुनजोम में ट्रंप और किम की तीसरी भेंट' over 'सियोल, 30 जून': where the headline says the day's
    # event took place, when it is another place than where the report was filed
    event_place: Place | None = None
    event_text: str | None = None

    def period_of(self, clause_key: str, *, held: bool = False) -> Period | None:
        """The time a clause's 'आज' (the dateline's day) or weekday means, when the dateline gives
        the year. A weekday is a day of the week the report was filed in: of a summit that met
        (`held`), the dateline's day or the last such weekday before it ('बीजिंग, 2 सितंबर 2025 ...
        मंगलवार को ... बैठक की' -> 2 September, a Tuesday); else its year only."""
        words = set(clause_key.split())
        if self.year is None or self.month is None or self.day is None:
            return None
        try:
            day = date(self.year, self.month, self.day)
        except ValueError:
            return None
        # "(कोपेनहेगन, 2 अक्टूबर 2025) ... गुरुवार, 2 अक्टूबर को यहाँ ... हुआ": the day and month
        # the clause gives, in the dateline's year (a report tells what took place by its day)
        stated = sole_day_month_in_year(clause_key, self.year)
        if stated is not None and stated.start <= day:
            return stated
        if not words & (_TODAY | _WEEKDAYS):
            return None
        if words & _TODAY:
            return day_period(day)
        # (of the clause's own event: not 'बैठक हुई, जब ... बुधवार को परेड होनी है')
        named = {_WEEKDAY_NUMBER[w] for w in set(_SUBORDINATE.split(clause_key, maxsplit=1)[0].split()) & _WEEKDAYS}
        if held and len(named) == 1 and not (_ENDED.search(clause_key) and _DAYS_LONG.search(clause_key)):
            # (not the last day of a summit of several: 'तीन दिवसीय सम्मेलन शनिवार को संपन्न हुआ')
            return day_period(day - timedelta(days=(day.weekday() - named.pop()) % 7))
        return year_period(self.year)

    def day_in_year(self, clause_key: str, year: int) -> Period | None:
        """A dateline without its year ('लखनऊ, 10 फरवरी') over a clause that gives only a year (its
        summit's name's, 'इन्वेस्टर्स समिट 2023 की शुरुआत हुई') and the dateline's day as 'आज' or as
        the weekday that day fell on in that year ('शुक्रवार को': 10 February 2023 was a Friday):
        that day. Another weekday, or none, dates nothing; nor does a year before the latest the
        report dates an event in (the report is filed after it: '2019 के सम्मेलन' is history)."""
        if self.year is not None or self.month is None or self.day is None or (
                self.not_before is not None and year < self.not_before):
            return None
        try:
            day = date(year, self.month, self.day)
        except ValueError:
            return None
        words = set(_SUBORDINATE.split(clause_key, maxsplit=1)[0].split())
        if words & _TODAY:
            return day_period(day)
        named = {_WEEKDAY_NUMBER[w] for w in words & _WEEKDAYS}
        return day_period(day) if named == {day.weekday()} else None

    def falls_in(self, period: Period) -> bool:
        """Whether a summit of this day precision ran on the dateline's day."""
        if period.precision != "day" or self.month is None or self.day is None:
            return False
        if self.year is None and self.not_before is not None and period.end.year < self.not_before:
            return False  # 'नई दिल्ली, 10 जनवरी' over '4 से 10 जनवरी 1966' in a report that tells of 2025
        for year in {period.start.year, period.end.year}:
            try:
                day = date(year, self.month, self.day)
            except ValueError:
                continue
            if period.start <= day <= period.end:
                return True
        return False


# An optional desk ('विशेष संवाददाता |'), the city, an optional country in brackets, the day
# and month, and a year only when the report's text follows on the same line (a date line of
# its own, with a year, is a press release's, whose city is the office that issued it:
# 'पीआईबी दिल्ली').
_WEEKDAY = r"(?:सोमवार|मंगलवार|बुधवार|गुरुवार|बृहस्पतिवार|शुक्रवार|शनिवार|रविवार)"
_DATELINE = re.compile(
    r"^(?:[^|।]{1,40}\|\s*)?(?P<open>\()?(?P<place>[^\s,|()0-9०-९/:][^,|()0-9०-९/:]{0,40}?)\s*(?:\([^()0-9०-९]{1,30}\))?"
    # 'नई दिल्ली, 12 मार्च', and, of a known city only, 'नई दिल्ली : 12 मार्च', 'नई दिल्ली/12 मार्च',
    # 'नई दिल्ली (12 मार्च)'
    r"\s*(?:(?P<comma>,)|(?P<other>:|/|\())\s*(?:" + _WEEKDAY + r",?\s+)?"
    r"(?P<day>[0-9०-९]{1,2})\s+(?P<month>[^\s,()।:/|]+)(?:,?\s+(?P<year>[0-9०-९]{4}))?(?:,\s*" + _WEEKDAY + r")?\)?"
    r"(?=\s*(?:\([^()]{1,30}\))?\s*(?:।|:|$|[-–—]\s)|(?<=\))\s)"  # 'टोक्यो, 24 मई: ...', '(नई दिल्ली, 12 मार्च) ...' too
)
# 'जकार्ता | 7 सितंबर 2023 | विशेष संवाददाता': a news report's dateline set off by bars, with its year
_BARRED_DATELINE = re.compile(
    r"^(?P<place>[^\s|,()0-9०-९][^|,()0-9०-९]{0,40}?)\s*(?:\([^()]{1,30}\))?\s*\|\s*(?P<day>[0-9०-९]{1,2})\s+"
    r"(?P<month>[^\s,|()]+),?\s+(?P<year>[0-9०-९]{4})\s*(?:\|\s*[^|0-9०-९]{1,40})?$"
)
_WEEKDAYS = _keys("सोमवार मंगलवार बुधवार गुरुवार बृहस्पतिवार वीरवार शुक्रवार शनिवार रविवार")
_SUBORDINATE = re.compile(r"(?:^|\s)(?:" + "|".join(match_key(w) for w in (
    "जब", "जबकि", "जहाँ", "जहां", "लेकिन", "किंतु", "किन्तु", "परंतु", "मगर", "हालाँकि", "हालांकि")) + r")(?=\s|$)")
_ENDED = re.compile("|".join(match_key(w) for w in ("संपन्न", "सम्पन्न", "समाप्त", "समापन", "ख़त्म", "खत्म")))
_DAYS_LONG = re.compile(r"(?:" + "|".join(match_key(w) for w in ("दिवसीय", "दिनों", "दिन")) + r")(?=\s|$|[,।])")
_WEEKDAY_NUMBER = {match_key(w): n for n, names in enumerate((
    "सोमवार", "मंगलवार", "बुधवार", "गुरुवार बृहस्पतिवार वीरवार", "शुक्रवार", "शनिवार", "रविवार")) for w in names.split()}

# 'नई दिल्ली: ...', 'नई दिल्ली (भाषा): ...', 'नई दिल्ली, एजेंसी। ...': a known city, no day.
_PLACE_ONLY_DATELINE = re.compile(
    r"^(?P<place>[^\s,:|()।]+(?:\s[^\s,:|()।]+)?)\s*(?:\([^()]{1,30}\)|,\s*[^\s,:|()।]{2,12})?\s*[:।]\s"
)
_HERE = _keys("यहाँ यहां यहीं")  # "... को यहीं 23वाँ सम्मेलन हुआ था": here, where the report was filed
MAX_DATELINE_LINES = 6  # a press release's preamble (up to 4 lines), the headline's deck


def find_dateline(lines: list[str], lexicon: Lexicon) -> Dateline | None:
    """The dateline among the first lines of a report's lead, if it names a city."""
    for text in lines[:MAX_DATELINE_LINES]:
        barred = _BARRED_DATELINE.match(text.strip())
        if barred is not None and MONTHS.get(match_key(barred["month"])) is not None:
            place = label_place(barred["place"], lexicon)
            if place is not None and place.kind in ("city", "unknown"):
                return Dateline(Place(place.city or barred["place"].strip(), "city" if place.kind == "city" else "unknown"),
                                MONTHS[match_key(barred["month"])], int(ascii_digits(barred["day"])), barred[0],
                                int(ascii_digits(barred["year"])))
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
        if (match["other"] or match["open"]) and place.kind != "city":
            continue  # 'पृष्ठभूमि: 15 जून 2001 को ...': a label, not a city
        if match["year"] and (is_preamble(text) or not text.strip()[match.end():].lstrip(" ()").strip()):
            continue  # a press release's date line of its own
        year = int(ascii_digits(match["year"])) if match["year"] else None
        return Dateline(Place(place.city or match["place"].strip(), "city" if place.kind == "city" else "unknown"),
                        month, int(ascii_digits(match["day"])), match[0], year)
    return None


def find_release_place(lines: list[str], lexicon: Lexicon) -> Dateline | None:
    """The city of a press release's own date line ('नई दिल्ली, 12 मार्च 2024'), as a dateline
    without a day: only what its 'यहाँ' (here) means. (Its day is the release's, not a summit's:
    a release from Delhi tells of summits abroad.)"""
    for text in lines[:MAX_DATELINE_LINES]:
        match = _DATELINE.match(text.strip())
        if match is None or not match["year"] or not is_preamble(text) or MONTHS.get(match_key(match["month"])) is None:
            continue
        place = label_place(match["place"], lexicon)
        if place is not None and place.kind == "city" and place.city is not None:
            return Dateline(Place(place.city, "city"), None, None, match[0].strip())
    return None


def find_release_date(lines: list[str]) -> date | None:
    """The day a press release was issued, from its date line above the headline
    ('प्रविष्टि तिथि: 12 दिसंबर 2024 8:15PM by PIB Delhi'): what its 'आज' (today) means."""
    found = find_release_line(lines)
    return found[0] if found is not None else None


# '23-नवंबर-2017 14:35 IST': a release's date with hyphens between day, month and year
_HYPHENED_DATE = re.compile(r"^([0-9०-९]{1,2})-([^\s\d०-९-]+)-([0-9०-९]{4})(?![0-9०-९])")


def find_release_line(lines: list[str]) -> tuple[date, str] | None:
    """The release's day and the date line that states it (quoted by a summit it dates)."""
    for text in lines[:MAX_DATELINE_LINES]:
        if not is_preamble(text):
            continue
        days = [p for _, _, p in find_periods(_HYPHENED_DATE.sub(r"\1 \2 \3", text))
                if p.precision == "day" and p.start == p.end]
        if len(days) == 1:
            return days[0].start, text
    return None


def latest_dated_year(texts: list[str]) -> int | None:
    """The latest year the texts date an event in by its month or day ('अप्रैल 2025 में', '7 मई
    2025 को'; a bare year may be a target, '2047 तक'): the report is no older."""
    years = [p.year for text in texts for _, _, p in find_periods(text) if p.precision in ("day", "month")]
    return max(years, default=None)


_HEADLINE_PLACE = re.compile(r"^(?P<name>[^\s:;,।()0-9०-९]+(?:\s[^\s:;,।()0-9०-९]+)?)\s+" + match_key("में") + r"\s")
_NOT_A_PLACE_WORD = _keys("आज कल यहाँ यहां वहाँ वहां इस उस भारत दुनिया विश्व")


def headline_place(title: str, lexicon: Lexicon) -> Place | None:
    """'पनमुनजोम में ट्रंप और किम की तीसरी भेंट: ...', 'तूलों में ... की बैठक: ...': the place a
    headline opens with (one or two words, then में), known or not; not a country, an
    organisation or a word of time."""
    match = _HEADLINE_PLACE.match(match_key(title))
    if match is None:
        return None
    name = " ".join(title.split()[:len(match["name"].split())])
    entry = lexicon.lookup(name)
    if set(match["name"].split()) & _NOT_A_PLACE_WORD or (entry is not None and entry.kind != "city"):
        return None
    return Place(name, "city" if entry is not None else "unknown")

