"""Summit entries: which lines of a summit list are entries, and what an entry states.

An entry is a line of a summit list whose label holds a date, in any of these forms (list
markers and Markdown emphasis optional, label and text split by ':' or ' — '):

- `2010: नई दिल्ली में आयोजित ...`, `15 जुलाई 2020 - ...` (a year or date as label)
- `2010 में नई दिल्ली में आयोजित ...` / `15 जुलाई 2020 को ...` (the date opens a sentence)
- `1987 (काठमांडू): ...`, `2006, ब्रासीलिया: ...`, `14–15 नवंबर 2008, वॉशिंगटन — ...`,
  `सुवा (फिजी), 19 नवंबर 2014: ...` (date and city in any order, the country in brackets)
- `1985 (ढाका) और 1986 (बेंगलुरु): ...`, `ब्रासीलिया (2010) और प्रिटोरिया (2011): ...` (two
  summits on one line; each takes its ordinal and date from the clause that names it)
- `पहला आईजीसी — ३१ मई, २०११, नई दिल्ली` (an ordinal as label, date and city after it)

`read_entries` returns a list of `Entry`, a `Problem` (the line looks like an entry but cannot
be published: the reason becomes a `parse_issues` row) or None (prose). `find_place` reads the
host place from phrases like "X में आयोजित", "X में हुए", "वुहान शहर में"; it never guesses.
"""

from __future__ import annotations

import dataclasses
import re
from collections.abc import Iterator
from contextlib import contextmanager
from contextvars import ContextVar
from dataclasses import dataclass
from functools import lru_cache

from pipeline.parse.language.dates import (
    DIGITS, IRREGULAR_ORDINAL_SUFFIX, MONTHS, ORDINAL_WORDS, Period, ascii_digits, day_month_in_year, month_period, year_period, find_ordinal, find_periods, holds_an_ordinal, leading_ordinal,
    last_day_month_in_year, ordinal_before_date, parse_entry_label, sole_day_month_in_year,
    plausible_year, ordinal_run, without_era,
)
from pipeline.parse.geo.gazetteer import cities as gazetteer_cities, countries
from pipeline.parse.geo.places import LATIN_NAME, WRITTEN_IN_LATIN, countries_named, find_city, notable_latin_city
from pipeline.parse.language.lexicon import Lexicon, default_lexicon
from pipeline.parse.layout.city_years import city_years
from pipeline.parse.layout.numbered_labels import numbered_name_removed
from pipeline.parse.layout.sounded_places import plural_word, sounded_place
from pipeline.parse.layout.structure import (
    RECORD_FIELDS, Item, Line, field_key, is_introduction, split_item, strip_marker, without_parentheticals,
)
from pipeline.parse.language.text import match_key, split_sentences
from pipeline.parse.language.guarded import guarded

_DATEISH = re.compile(rf"{DIGITS}")
_STARTS_WITH_DIGIT = re.compile(rf"^{DIGITS}")
_INLINE_JOINERS = frozenset(("में", "को"))
_MAX_INLINE_LABEL_WORDS = 3  # "15 जुलाई 2020"
MAX_LABEL_PLACE_WORDS = 3
MAX_KNOWN_PLACE_WORDS = 5  # 'सैंटियागो डे लॉस कैबालेरोस'


@dataclass(frozen=True)
class Entry:
    line: Line
    label: str
    period: Period
    description: str
    place: Place | None = None  # stated in the label ('1987 (काठमांडू)'); else read from the text
    edition: int | None = None
    status: str = "held"
    clause: str = ""  # the part of the text about this summit (two summits on one line)

    @property
    def city_name(self) -> str | None:
        return self.place.city if self.place is not None else None


@dataclass(frozen=True)
class Problem:
    line: Line
    reason: str  # a parse_issues reason code
    detail: str


def _has_month(label: str) -> bool:
    return any(word.strip(",") in MONTHS for word in match_key(label).split())


def read_entry(line: Line, lexicon: Lexicon | None = None) -> Entry | Problem | None:
    """The (first) summit entry on `line`, the reason it cannot be one, or None for prose."""
    found = read_entries(line, lexicon)
    return found[0] if isinstance(found, list) else found


_CLAUSE_MARK = re.compile(r"[;।]")


def read_entries(line: Line, lexicon: Lexicon | None = None) -> list[Entry] | Problem | None:
    """The summit entries on `line` (usually one), the reason it cannot be one, or None. In a task
    list an open box ('- [ ] PP-26 — 2026, दोहा') is a meeting still to come: planned."""
    found = _read_entries(line, lexicon or default_lexicon())
    if line.unticked and isinstance(found, list):
        return [_with(e, status="planned") if e.status == "held" else e for e in found]
    return found


def _read_entries(line: Line, lexicon: Lexicon) -> list[Entry] | Problem | None:
    text, _ = strip_marker(line.text)
    if (tight := _TIGHT_NAME_DASH.match(text)) is not None:
        # 'PP-10—2010, ग्वादलाहारा: ...': the dash after a meeting's short name, typed without spaces
        line = dataclasses.replace(line, text=line.text.replace(tight[0], f"{tight['name']} — ", 1),
                                   written=line.written or line.text)
        text, _ = strip_marker(line.text)
    if " | " in text and not text.startswith("|"):
        piped = _piped(line, text, lexicon)  # '2021 | दुशांबे | 21वाँ सम्मेलन'
        if piped is not None:
            return piped
    joined = _joined_summits(line, text, lexicon) or listed_summits(line, text, lexicon) or _arrowed_summits(
        line, text, lexicon) or _numbered_pair(line, text, lexicon)
    if joined is not None:
        return joined
    item = split_item(line)
    head, colon, _ = text.partition(":")
    if colon and _CLAUSE_MARK.search(head) and (item is None or _CLAUSE_MARK.search(item.label)):
        # 'रूस 1997 में जुड़ा; पहला औपचारिक सम्मेलन: बर्मिंघम, 15–17 मई 1998': the colon ends the last clause
        last = split_item(Line(line.number, text[max(head.rfind(";"), head.rfind("।")) + 1:].strip()))
        if last is not None and last.description:
            item = Item(line, last.label, last.description, True)
    named = _named_summit(line, item, lexicon) if item is not None else None
    if named is not None:
        return named
    numbered_meeting = _numbered_meeting(line, item, lexicon) if item is not None else None
    if numbered_meeting is not None:
        return numbered_meeting
    # '१२वाँ वार्षिक शिखर सम्मेलन — १४ सितंबर, २०१७, गांधीनगर': the label's digits are its number
    numbered = item is not None and leading_ordinal(item.label) and not find_periods(item.label)
    inline = _inline(text)
    if (item is not None and not item.description and inline is not None and not _dated_paragraph(text)
            and (_MEETING_LABEL.search(match_key(inline[1])) or _ends_numbered(inline[1]))):
        # '• 2011 में कज़ान में पहला शिखर सम्मेलन': a note without a verb that names a meeting
        return _labelled(line, *inline, lexicon)
    label_inline = _inline(item.label) if item is not None and item.description and not numbered else None
    if label_inline is not None and _ends_numbered(label_inline[1]) and not _dated_paragraph(text):
        # '1997 में Montreal में 9वीं MOP → Montreal Amendment': the label is such a note, numbered
        return _labelled(line, label_inline[0], f"{label_inline[1]} — {item.description}", lexicon)
    if item is not None and not numbered and (_DATEISH.search(item.label) or _has_month(item.label)):
        head, colon, rest = text.partition(":")
        if (colon and ";" in head and len(item.label) < len(head) and len(find_periods(head)) >= 2
                and all(len(part.split()) <= MAX_LISTED_LABEL_WORDS for part in head.split(";"))):
            # '1998 – रीगा; 2000 – कोल्डिंग (डेनमार्क): क्रमशः दूसरा और तीसरा': summits listed before the colon
            listed = _labelled(line, head.strip(), rest.strip(), lexicon)
            if isinstance(listed, list) and len(listed) > 1:
                return listed
        label, description = _city_after_dash(item.label, item.description, lexicon)
        return _labelled(line, label, description, lexicon)
    if item is not None and leading_ordinal(item.label) and find_periods(item.description):
        # 'पहला आईजीसी — ३१ मई, २०११, नई दिल्ली (...)': the date and place follow the ordinal
        # '— 4 मई 2022, कोपेनहेगन: हरित ...': the date and place end at a colon too
        bare = without_parentheticals(item.description)
        # '27–30 मई 2024, सेंट जॉन्स (एंटीगुआ और बारबुडा) → ABAS ...': an arrow ends the date and place too
        head = _ARROW.split(opening_clause(bare), maxsplit=1)[0]
        if not find_periods(head):  # 'दूसरा सम्मेलन – ब्रासीलिया (2010)': the year in brackets after the city
            segments = _CLAUSE_BREAK.split(item.description, maxsplit=2)
            head = segments[0]
            if not find_periods(head) and len(segments) > 1 and _whole_date(segments[1].strip().rstrip("।. ")):
                head = f"{segments[1].strip().rstrip('।. ')}, {head}"  # '4th — माले (मालदीव): 3–4 सितंबर 2019; ...'
        held_at = _finally_held(head, lexicon) if len(find_periods(head)) > 1 else None
        if held_at is not None:  # 'मूल रूप से जून 2020 में ... प्रस्तावित था, किंतु ... अंततः 27 जून 2022 को लिस्बन में संपन्न हुआ'
            return [Entry(line, item.label, held_at[0], item.description, held_at[1], leading_ordinal(item.label),
                          "held", held_at[2])]
        entries = _labelled(line, head.rstrip("।. "), item.description, lexicon)
        inline = _inline(head.strip())
        if isinstance(entries, Problem) and inline is not None:
            entries = _labelled(line, *inline, lexicon)  # 'प्रथम सम्मेलन: ५-९ जून, २०१७ को न्यूयॉर्क में हुआ।'
        if isinstance(entries, list):
            segments = re.split(r"\s*(?:;|।|\s[—–]\s)", bare, maxsplit=2)
            place = _place_after_date(segments, lexicon) if len(entries) == 1 and entries[0].place is None else None
            return [_with(e, label=item.label, edition=leading_ordinal(item.label), place=place or e.place)
                    for e in entries]
        return entries
    inline = _inline(text)
    if inline is not None and not _dated_paragraph(text):
        return _labelled(line, *inline, lexicon)
    colon = _LABEL_TO_COLON.match(text)
    if item is not None and colon is not None and find_periods(colon["label"]):
        head = label_head(colon["label"], lexicon)  # 'ढाका — 2015: ...': the dash is the label's
        if head is not None and head[1] is not None and head[1].city and _names_a_city(head[1].city, lexicon):
            return _labelled(line, colon["label"], colon["rest"], lexicon)
    placed = _place_then_date(item, lexicon) if item is not None else None
    if placed is not None:
        return _labelled(line, *placed, lexicon)
    if item is not None and item.description:
        hosted = _years_of_a_city(line, item.label, item.description, lexicon)  # 'Durban twice: 2000 (...) और 2016 (...)'
        if hosted is not None:
            return hosted
    if item is not None and not is_introduction(item.label) and item.description:
        return Problem(line, "unparsed_entry", f"Label {item.label!r} is not a year or a date.")
    if item is not None and not item.description and not line.text.rstrip().endswith((":", "：")) and item.has_marker:
        return None  # a bare bullet ('- आसियान') is no entry
    if _STARTS_WITH_DIGIT.match(text):
        return Problem(line, "unparsed_entry", "Starts like a summit entry but has no 'label: text' form.")
    return None


# 'COP14', 'PP-94', 'कॉप-22', 'APP-92': a meeting's short name with its number
_MEETING_NAME = re.compile(r"(?:[A-Z]{2,5}|कॉप|सीओपी)\s?[-–]?\s?(?P<n>[0-9०-९]{1,3})")
_TIGHT_NAME_DASH = re.compile(r"(?P<name>(?:[A-Z]{2,5}|कॉप|सीओपी)\s?[-–]?\s?[0-9०-९]{1,3})—(?=[0-9०-९\u0900-\u097f])")
_MEETING_NAME_THEN_DATE = re.compile(r"(?P<name>" + _MEETING_NAME.pattern + r")\s*\((?P<date>[^()]+)\)")


def meeting_number(name: str, year: int) -> int | None:
    """The number a short name gives its meeting ('COP14' -> 14); None when the number is the
    meeting's year in two digits ('PP-94' of 1994, 'PP-02' of 2002), which numbers nothing."""
    match = _MEETING_NAME.fullmatch(name.strip())
    if match is None:
        return None
    number = int(ascii_digits(match["n"]))
    return None if len(match["n"]) == 2 and number == year % 100 else number


def _numbered_meeting(line: Line, item: Item, lexicon: Lexicon) -> list[Entry] | None:
    """A label that is a meeting's short name with its number, the date and place in brackets after
    it or opening the text: 'COP14 (नवंबर 2022) — ...', 'PP-06 — 2006, अंताल्या (तुर्की), 6–24 नवंबर:
    ...'. Its number is the edition unless it is the year's two digits. None for any other line."""
    label = item.label.strip()
    bracketed = _MEETING_NAME_THEN_DATE.fullmatch(label)
    if bracketed is None and _MEETING_NAME.fullmatch(label) is None:
        return None
    if bracketed is not None:
        found = _labelled(line, bracketed["date"], item.description or bracketed["date"], lexicon)
        name = bracketed["name"]
    else:
        head = opening_clause(item.description)
        if not find_periods(head):
            return None
        found = _labelled(line, head.strip().rstrip("।. "), item.description, lexicon)
        name = label
    if not isinstance(found, list) or len(found) != 1:
        return None
    entry = found[0]
    return [_with(entry, label=item.label, edition=meeting_number(name, entry.period.year) or entry.edition)]


_OPENING_MEETING_NAMES = re.compile(r"^(?P<names>" + _MEETING_NAME.pattern.replace("(?P<n>", "(?:") + r"(?:\s*(?:,|और|तथा|एवं)\s*"
                                    + _MEETING_NAME.pattern.replace("(?P<n>", "(?:") + r")*)(?=$|\s|[:：;,।])")


def opening_meeting_names(text: str) -> list[str]:
    """The numbered short names a text opens with ('COP12 — मनीला ...' -> ['COP12'], 'COP2 और COP3 —
    ...' -> ['COP2', 'COP3']), else []."""
    match = _OPENING_MEETING_NAMES.match(text.strip())
    return [m[0] for m in _MEETING_NAME.finditer(match["names"])] if match is not None else []


def _opening_meeting_number(text: str, year: int) -> int | None:
    """'COP12 — मनीला (फिलीपींस)' in a 2017 entry: 12, the meeting's number its short name opens the
    text with; not 'PP-94' of 1994 (the year's two digits), nor a text opening with two names."""
    names = opening_meeting_names(text)
    return meeting_number(names[0], year) if len(names) == 1 else None


def one_meeting_numbered(entries: list[Entry]) -> bool:
    """Whether most entries (two or more) are labelled with one short name and each its own number
    ('PP-94', 'PP-98', 'PP-02' ...): a list of that meeting's editions, whatever its heading."""
    names = [_MEETING_NAME.fullmatch(_MEETING_NAME_THEN_DATE.sub(r"\g<name>", e.label.strip())) for e in entries]
    found = [(m[0][:m.start("n") - m.start()].strip(" -–"), m["n"]) for m in names if m is not None]
    if len(found) < 2:
        return False
    common = max({n for n, _ in found}, key=lambda n: (sum(1 for f, _ in found if f == n), n))
    numbers = [number for name, number in found if name == common]
    return len(numbers) == len(set(numbers)) and len(numbers) >= 0.6 * len(entries) and len(numbers) >= 2


def several_meetings_named(entries: list[Entry]) -> bool:
    """Whether two or more entries are labelled by meetings' short names and they are not one
    meeting's editions ('WRC-16', 'WTDC-18', 'GSR-24'): a list of different meetings."""
    named = [e for e in entries if _MEETING_NAME.fullmatch(_MEETING_NAME_THEN_DATE.sub(r"\g<name>", e.label.strip()))]
    return len(named) >= 2 and not one_meeting_numbered(entries)


# '..., किंतु ... स्थगित हुआ और अंततः ...': where a text turns from a plan to what happened.
_TURN = re.compile(r",?\s+(?:किंतु|किन्तु|लेकिन|परंतु|परन्तु)\s+|\s+(?:और\s+)?(?=(?:अंततः|अंततया|आखिरकार|आख़िरकार|अंत में)\s)")


def _finally_held(text: str, lexicon: Lexicon) -> tuple[Period, Place, str] | None:
    """'मूल रूप से जून 2020 में लिस्बन में प्रस्तावित था, किंतु ... स्थगित हुआ और अंततः 27 जून–1 जुलाई
    2022 को लिस्बन में ... संपन्न हुआ': a text that tells a plan and then the meeting held; the one
    clause with one date, a city and no word of a plan or a cancellation is the summit's."""
    found = []
    for clause in _TURN.split(text):
        periods = find_periods(clause)
        if len(periods) != 1 or entry_status(clause) != "held" or not _HELD_SUMMIT_VERB.search(match_key(clause)):
            continue
        place = find_place(clause, lexicon)
        if place is not None and place.city:
            found.append((periods[0][2], place, clause))
    return found[0] if len(found) == 1 else None


_HELD_SUMMIT_VERB = re.compile(r"(?:^|\s)(?:" + "|".join(match_key(w) for w in (
    "हुआ", "हुई", "हुए", "संपन्न", "सम्पन्न", "आयोजित")) + r")(?:\s|$|[।,;.])")
# Where the first clause of an entry's text ends: a semicolon, a danda, a colon or a spaced dash.
_CLAUSE_BREAK = guarded(r"(?=[\s;।:：])\s*(?:;|।|[:：]|\s[—–]\s)", ";।:：—–")
_DAY_MONTH_END = re.compile(rf"{DIGITS}{{1,2}}\s+(?P<month>[\u0900-\u097f]+)\s*$")
_DAY_START = re.compile(rf"\s*{DIGITS}{{1,2}}\s+[\u0900-\u097f]")


def opening_clause(text: str) -> str:
    """The text up to its first clause break (`_CLAUSE_BREAK`), where a spaced dash between two
    days of a range ('बर्न, 15 सितंबर – 9 अक्टूबर 1874: ...') joins the range and breaks nothing."""
    for match in _CLAUSE_BREAK.finditer(text):
        before = _DAY_MONTH_END.search(text, 0, match.start())
        if ("–" in match[0] or "—" in match[0]) and before is not None and match_key(before["month"]) in MONTHS \
                and _DAY_START.match(text, match.end()):
            continue
        return text[:match.start()]
    return text


_ARROW = re.compile(r"\s(?:[→⇒➔➜➝➞➡➤⟶▸►▶»]|=>|->)\s")
# an arrow too, as `_LEADING_SEGMENT` ('1990 (X) और 1991 (Y) → आर्थिक एजेंडा')
_HEAD_END = re.compile(r"\s*(?:[:：;।]|\s(?:[—–-]|[→⇒➔➜➝➞➡➤⟶▸►▶»]|=>|->)\s)")


def _joined_summits(line: Line, text: str, lexicon: Lexicon) -> list[Entry] | None:
    """'2015 (निकोसिया, 29 अप्रैल) और 2015 (एथेंस, 9 दिसंबर) — एक ही साल में दो!', '2005
    ग्लेनईगल्स और 2006 सेंट पीटर्सबर्ग': two or more summits joined by और, each a date and a
    city, with or without a text after them (the form with a colon and a short label is
    `_labelled`'s). None unless every part opens with its date and names a place."""
    head = _HEAD_END.split(text, maxsplit=1)[0].strip()
    parts = [p.strip() for p in _AND.split(head) if p.strip()]
    if len(parts) < 2 or not all(_STARTS_WITH_DIGIT.match(p) or _has_month(p.split()[0]) for p in parts):
        return None
    heads = [label_head(p, lexicon) for p in parts]
    if any(h is None or h[1] is None or not h[1].city for h in heads):
        return None
    if not any(_names_a_city(h[1].city, lexicon) for h in heads):  # type: ignore[index,union-attr,arg-type]
        return None  # '2001 (शंघाई घोषणा) और 2002 (चार्टर)': no city among them
    description = text[len(head):].lstrip(" :：;।—–-") or head
    found = _labelled(line, head, description, lexicon)
    return found if isinstance(found, list) and len(found) == len(parts) else None


_DEVANAGARI = re.compile(r"[\u0900-\u097f]")


def _numbered_pair(line: Line, text: str, lexicon: Lexicon) -> list[Entry] | None:
    """'दूसरी MOP — London (1990) और चौथी MOP — Copenhagen (1992): ...': two or more summits before
    the colon, joined by और, each opening with its number and holding one date, its city after a
    dash or a comma (`numbered_name_removed`). None unless every one is in a city the lexicon or
    GeoNames knows."""
    label, colon, rest = text.partition(":")
    if not colon or not _AND.search(label):
        return None
    parts = [p for p in _AND.split(label) if p.strip()]
    if len(parts) < 2 or not all(leading_ordinal(p.strip()) is not None and len(find_periods(p)) == 1 for p in parts):
        return None
    found = _labelled(line, label.strip(), rest.strip() or label.strip(), lexicon)
    if not isinstance(found, list) or len(found) != len(parts):
        return None
    # (a name in Latin letters is one GeoNames knows already: `label_place`)
    if not all(e.place is not None and e.place.city and (not _DEVANAGARI.search(e.place.city) or _names_a_city(e.place.city, lexicon))
               for e in found):
        return None
    return found


# 'Brasília (2013) → Buenos Aires (2017) — ...', '1997 (ओस्लो) → 2010 (हेग): ...': a city and its year
# in brackets (or a year and its city), twice or more, the summits one after another
_PLACE_AND_YEAR = rf"(?:[^\s():;—–→]+(?:\s[^\s():;—–→]+){{0,2}}\s*\(\s*{DIGITS}{{4}}\s*\)|{DIGITS}{{4}}\s*\([^()]+\))"
_ARROWED = re.compile(rf"^(?P<head>{_PLACE_AND_YEAR}(?:\s+(?:→|⟶|->|➜|➝)\s+{_PLACE_AND_YEAR})+)\s*(?:[:：]|\s[—–-]\s)\s*(?P<rest>.*)$")
_ARROW_BETWEEN = re.compile(r"\s+(?:→|⟶|->|➜|➝)\s+")


def _arrowed_summits(line: Line, text: str, lexicon: Lexicon) -> list[Entry] | None:
    """'Brasília (2013) → Buenos Aires (2017) — तीसरा ... ; चौथा ...': summits in a row of arrows,
    each a city and its year, read as if joined by और (each takes the clause of its own year). None
    unless every one of them is in a city the lexicon or GeoNames knows."""
    match = _ARROWED.match(text)
    if match is None:
        return None
    parts = _ARROW_BETWEEN.split(match["head"])
    found = _labelled(line, " और ".join(parts), match["rest"] or match["head"], lexicon)
    if not isinstance(found, list) or len(found) != len(parts) or len({e.period.year for e in found}) != len(parts):
        return None
    if not all(e.place is not None and e.place.city and _names_a_city(e.place.city, lexicon) for e in found):
        return None
    return found


# Where a list of summits separates its items: a comma or a semicolon outside brackets, or और.
_ITEM_BREAK = re.compile(r"(?=[\s,;])(?:\s*[,;]\s*|\s+(?:और|तथा|एवं)\s+)")  # (a cheap look first)
MAX_LIST_LABEL_WORDS = 3
_LISTING_LABEL = re.compile("|".join(match_key(w) for w in ("सम्मेलन", "सम्मेलनों", "बैठकें", "बैठकों", "summits")))


def listed_summits(line: Line, text: str, lexicon: Lexicon) -> list[Entry] | None:
    """'2009 (येकातेरिनबर्ग), 2010 (ब्रासीलिया), 2011 (सान्या)', '**स्मारक सम्मेलन अब तक**: 2006 –
    नाननिंग; 2021 – वीडियो कॉन्फ्रेंस द्वारा': a line that is nothing but a list of summits (after
    a label that names them, if any), each item a date and a city the lexicon or GeoNames knows,
    or a date and a virtual meeting. None unless every item (two or more) is one."""
    label, colon, rest = text.partition(":")
    # 'बीच की कांग्रेस (सिर्फ़ क्रम याद रखने के लिए): ...': a short label with a remark in brackets
    if colon and not _A_DIGIT.search(label) and (_LISTING_LABEL.search(match_key(label))
                                                   or len(without_parentheticals(label).split()) <= MAX_LIST_LABEL_WORDS):
        body = rest.strip()  # 'विषयगत दौर: 2022 (ब्रेस्ट) और 2023 (लिब्रेविल)': a short label, then the list
    else:
        body = text
    parts = []
    for piece in _top_level_pieces(body):
        part = piece.strip()
        if not part:
            continue
        if not (_STARTS_WITH_DIGIT.match(part) or _has_month(part.split()[0]) or _PLACE_THEN_DATE.fullmatch(part)):
            return None  # most lines: their first or second piece is no date
        parts.append(part)
    if len(parts) < 2:
        return None
    entries = []
    for part in parts:
        head = label_head(part, lexicon)
        if head is None or not ((head[1] is not None and head[1].city and _names_a_city(head[1].city, lexicon))
                                or (head[1] is None and is_virtual(part))):
            return None  # every item a city the lexicon or GeoNames knows: '2001 (शंघाई घोषणा), ...' is no list
        entries.append(_entry(line, part, head, part, part, lexicon))
    return entries


_A_DIGIT = re.compile(DIGITS)
# 'लिस्बन (1885)', 'वियना (मई 1891)': a name, then its date in brackets, and nothing more
_PLACE_THEN_DATE = re.compile(rf"[^()0-9०-९,;:]{{2,40}}\(\s*[^()]*{DIGITS}{{4}}\s*\)\s*[।.]?")


def _top_level_split(text: str) -> list[str]:
    """`_ITEM_BREAK` pieces of a text, not breaking inside brackets ('2015 (निकोसिया, 29 अप्रैल)')."""
    return list(_top_level_pieces(text))


def _top_level_pieces(text: str) -> Iterator[str]:
    """`_top_level_split` one piece at a time, for a reader that may stop at the first."""
    if not _ITEM_BREAK_CHEAP.search(text):
        yield text  # no comma, semicolon or conjunction: one piece
        return
    masked = _bracketed_masked(text)
    start = 0
    for match in _ITEM_BREAK.finditer(masked):
        yield text[start:match.start()]
        start = match.end()
    yield text[start:]


# What every `_ITEM_BREAK` holds.
_ITEM_BREAK_CHEAP = re.compile("[,;]|और|तथा|एवं")


def _bracketed_masked(text: str) -> str:
    """The text with every character inside brackets, and each closing bracket, as NUL (a '('
    that only balances a stray ')' before it stays); a text without brackets as it is."""
    if "(" not in text and ")" not in text:
        return text
    out, depth, start = [], 0, 0
    for match in _BRACKET.finditer(text):
        between = text[start:match.start()]
        out.append("\0" * len(between) if depth > 0 else between)
        depth += 1 if match[0] == "(" else -1
        out.append("\0" if depth > 0 or match[0] == ")" else match[0])
        start = match.end()
    rest = text[start:]
    out.append("\0" * len(rest) if depth > 0 else rest)
    return "".join(out)


_BRACKET = re.compile(r"[()]")
_BRACKETED = re.compile(r"\(([^()]*)\)")


def _bracketed(text: str) -> list[str]:
    """The texts in brackets ('(काठमांडू)' -> 'काठमांडू'), innermost; most texts have none."""
    return _BRACKETED.findall(text) if "(" in text else []
_MEETING_LABEL = re.compile("|".join(match_key(w) for w in ("सम्मेलन", "शिखर", "बैठक", "summit", "समिट")))
MAX_NAMED_LABEL_WORDS = 6


def _named_summit(line: Line, item: Item, lexicon: Lexicon) -> list[Entry] | None:
    """'अंतिम सम्मेलन: ब्रासीलिया (ब्राज़ील), 17–18 जून 2013', 'नवीनतम (16वाँ) सम्मेलन: 2024, कज़ान':
    a label that names one summit without a date (an ordinal in it numbers the summit; a plan in
    it, 'अगला सम्मेलन', is read by the status) and a text that opens with its date and place.
    None unless the opening clause is a date with a place, or a date alone."""
    label = without_parentheticals(item.label)
    dateish = any(_DATEISH.search(w) and not _NAME_WITH_NUMBER.fullmatch(w) for w in label.split())  # not 'G8'
    if (not item.description or dateish or _has_month(label) or leading_ordinal(label)
            or len(label.split()) > MAX_NAMED_LABEL_WORDS
            or not (_MEETING_LABEL.search(match_key(label)) or _by_position(label))):
        return None
    head = _CLAUSE_BREAK.split(without_parentheticals(item.description), maxsplit=1)[0]
    head = head.strip().rstrip("।. ")
    found = label_head(head, lexicon) if head and find_periods(head) else None
    if found is None or (found[1] is not None and not found[1].city):
        return None
    entries = _labelled(line, head, f"{item.label}: {item.description}", lexicon)
    if not isinstance(entries, list) or len(entries) != 1:
        return None
    return [_with(entries[0], edition=find_ordinal(item.label) or _bracketed_ordinal(item.label) or entries[0].edition)]


# 'अंतिम G8: ...', 'नवीनतम: ...': a label naming one summit by its place in the series, with the
# series' short name at most, names it as well as 'अंतिम सम्मेलन' does.
_POSITION_WORDS = frozenset(match_key(w) for w in (
    "अंतिम", "अन्तिम", "आख़िरी", "आखिरी", "नवीनतम", "हालिया", "ताज़ा", "ताजा", "सबसे हालिया", "सबसे ताज़ा", "पिछला",
))
MAX_POSITION_LABEL_WORDS = 2
# A group's name with its number ('G8', 'जी-20', 'BRICS+5'), not a date or an ordinal.
_NAME_WITH_NUMBER = re.compile(r"(?:[A-Za-z]{1,6}|[\u0900-\u097f]{1,6}[-–])[0-9०-९]{1,2}(?:\+[0-9०-९])?")


def _by_position(label: str) -> bool:
    words = match_key(label).split()
    for n in (2, 1):
        if " ".join(words[:n]) in _POSITION_WORDS:
            return len(words) - n <= MAX_POSITION_LABEL_WORDS - 1
    return False


_LEADING_NAME_END = re.compile(r"(?=[\s(:：,;।])\s*(?:[(:：,;।]|\s[—–-]\s)")  # (a cheap look first)
#: A list's column of cities: this many entries, and this share of those with a name after their
#: date, open their text with their known city before the others' names count as cities.
MIN_CITY_SLOT_ENTRIES = 2
CITY_SLOT_SHARE = 0.6


def _leading_name(line: Line) -> str | None:
    """'- 2022 — ब्रिजटाउन: ...' -> 'ब्रिजटाउन': the name opening the text of an entry whose label
    is a date alone, up to a bracket, a comma, a colon or a dash."""
    item = split_item(line)
    if item is None or not item.description or parse_entry_label(item.label) is None:
        return None
    return _LEADING_NAME_END.split(item.description, maxsplit=1)[0].strip() or None


#: How like a GeoNames city of the stated country a name in the column must sound (ब्रिजटाउन,
#: 'बारबाडोस में' -> Bridgetown 0.89).
SOUND_IN_COUNTRY = 0.8
SOUND_OF_A_CITY = 0.95  # a name in a list's column of cities that no other entry names: nearly a city's sound


def _countries_in(text: str, lexicon: Lexicon) -> set[str]:
    """The ISO alpha-2 codes of the countries the text names ('... फिर बारबाडोस में')."""
    words = [w.strip(_PUNCTUATION + ",;:।") for w in text.split()]
    codes: set[str] = set()
    for n in (2, 1):
        for k in range(len(words) - n + 1):
            entry = lexicon.lookup(" ".join(words[k:k + n]), ("country",))
            country = countries().by_english(entry.english) if entry is not None else None
            if country is not None:
                codes.add(country.alpha_2)
    return codes


def cities_by_column(block: list[tuple[Line, list[Entry]]], lexicon: Lexicon) -> dict[int, Entry]:
    """Entries that get their city from the list's layout: when most entries of a list write
    'DATE — CITY ...' with a city the lexicon or GeoNames knows ('2011 — पोर्ट ऑफ़ स्पेन: ...',
    '11 फ़रवरी 2015 — मिन्स्क, बेलारूस'), an entry of the same form whose text names no city has
    its city in that place too ('6 जून 2014 — बेनूविल (नॉरमंडी), ...'), when the name there can be
    a place (no known word of another kind, no country, no meeting, no month). By line number."""
    slots = []
    for line, entries in block:
        name = _leading_name(line) if len(entries) == 1 else None
        if name is not None:
            entry = entries[0]
            slots.append((line, entry, name, entry.place or leading_place(entry.description, lexicon)))
    agree = [s for s in slots if s[3] is not None and s[3].city and match_key(s[3].city) == match_key(s[2])]
    if len(agree) < MIN_CITY_SLOT_ENTRIES or len(agree) < CITY_SLOT_SHARE * len(slots):
        return {}
    found: dict[int, Entry] = {}
    for line, entry, name, place in slots:
        if (place is not None and place.city) or entry.status != "held" or is_virtual(name) \
                or _MEETING_LABEL.search(match_key(name)):
            continue
        stated = find_place(entry.description, lexicon)
        if stated is not None and stated.city:
            continue  # the text says where: '... नई दिल्ली में हुआ'
        item = split_item(line)
        after = re.sub(r"^\s*\([^()]*\)", "", item.description[len(name):]) if item is not None else ""
        codes = _countries_in(after, lexicon)  # 'सार्रेमा (एस्टोनिया)': the name's own country says nothing against it
        if codes and not any(s.city.country_code in codes and s.similarity >= SOUND_IN_COUNTRY
                             for s in gazetteer_cities().by_sound(name)):
            continue  # '2019 — नोट: ... टोंगा में': the name must be a city of the country the text names
        candidate = label_place(name, lexicon)
        if candidate is not None and candidate.city and candidate.kind in ("city", "unknown"):
            found[line.number] = _with(entry, place=candidate)
    return found


MIN_ONE_VENUE_ENTRIES = 3


def _one_venue(problems: list[Line], entries: int) -> set[str]:
    """The name (as a key) that opens most lines of a list in the form 'NAME — DATE: ...', three or
    more, when a series meets in one place every time ('बोआओ — 6–8 अप्रैल 2013 : ...', 'बोआओ — 26–29
    मार्च 2015 : ...', ...): the name in the place's slot is the venue, whether or not a gazetteer
    knows it. Empty when no name repeats so."""
    counts: dict[str, int] = {}
    for line in problems:
        item = split_item(line)
        if item is None or not item.description or _DATEISH.search(item.label):
            continue
        head = without_parentheticals(_HEAD_END.split(item.description, maxsplit=1)[0]).strip().rstrip("।. ")
        if head and (parse_entry_label(head) is not None or _whole_date(head) is not None):
            name = match_key(without_parentheticals(item.label).split(",")[0].strip())
            counts[name] = counts.get(name, 0) + 1
    return {name for name, n in counts.items() if n >= MIN_ONE_VENUE_ENTRIES and n >= CITY_SLOT_SHARE * entries}


def places_by_column(block: list[tuple[Line, list[Entry] | Problem]], lexicon: Lexicon) -> dict[int, list[Entry]]:
    """Lines that get their place from the list's layout: when most entries of a list write 'CITY —
    DATE: ...' ('याल्टा (यूक्रेन) — 7 जून 2001: ...', 'कीव — 23 मई 2006: ...'), a line of the same form
    whose name no gazetteer knows on its own ('याल्टा — जुलाई 2002: ...') is an entry with the name
    in that place as its city, when it can be a place (no known word of another kind, no country,
    no month, no meeting) and its text opens with a date and nothing else. By line number."""
    placed = [(line, found[0]) for line, found in block if isinstance(found, list) and len(found) == 1]
    problems = [line for line, found in block if isinstance(found, Problem) and found.reason == "unparsed_entry"]
    if not problems:
        return {}  # most lists: every line read
    agree = 0
    cities: set[str] = set()
    for line, entry in placed:
        item = split_item(line)
        name = without_parentheticals(item.label).split(",")[0].strip() if item is not None else ""
        if name and not _DATEISH.search(name) and entry.city_name and match_key(entry.city_name) == match_key(name):
            agree += 1
            cities.add(match_key(name))
    repeated = _one_venue(problems, len(placed) + len(problems))
    if not repeated and (agree < MIN_CITY_SLOT_ENTRIES or agree < CITY_SLOT_SHARE * (len(placed) + len(problems))):
        return {}
    cities |= repeated
    found: dict[int, list[Entry]] = {}
    for line in problems:
        item = split_item(line)
        if item is None or not item.description or field_key(item.label) in RECORD_FIELDS:
            continue
        name = without_parentheticals(item.label).split(",")[0].strip()
        inside = _bracketed(item.label)
        if (not name or _DATEISH.search(item.label) or len(name.split()) > MAX_LABEL_PLACE_WORDS or is_virtual(name)
                or _MEETING_LABEL.search(match_key(name)) or any(lexicon.lookup(c.strip(), ("country",)) is None
                                                                 for c in inside)):
            continue
        place = label_place(name, lexicon)
        if place is None or not place.city or place.kind not in ("city", "unknown"):
            continue
        # a city another entry names, or the sound of one ('नोट', a note, sounds like no city well enough)
        if match_key(name) not in cities and not any(
                s.similarity >= SOUND_OF_A_CITY for s in gazetteer_cities().by_sound(name)[:1]):
            continue
        head, *rest = _HEAD_END.split(item.description, maxsplit=1)
        head = without_parentheticals(head).strip().rstrip("।. ")
        if not head or (parse_entry_label(head) is None and _whole_date(head) is None):
            continue
        entries = _labelled(line, f"{head}, {name}", (rest[0].strip() if rest else "") or item.description, lexicon)
        if isinstance(entries, list):
            found[line.number] = entries
    return found


def _place_then_date(item: Item, lexicon: Lexicon) -> tuple[str, str] | None:
    """'कनानास्किस, कनाडा — 26–27 जून 2002', 'नई दिल्ली — 2016; तीसरा सम्मेलन': a label that is a
    place (a city the lexicon or GeoNames knows, or any name with its country after a comma or in
    brackets) and a text that opens with a date and nothing else: (date, city) as the label and
    the rest as the text. None for any other label ('स्थापना — 1997', 'बैंकॉक घोषणा — 6 जून 1997')."""
    if not item.description or field_key(item.label) in RECORD_FIELDS:
        return None  # '- तिथि: 4 अप्रैल 2025': a field's label, not a place
    bare = without_parentheticals(item.label)
    parts = [p.strip() for p in bare.split(",")]
    inside = _bracketed(item.label)
    country = parts[1:] or [c.strip() for c in inside]
    if len(parts) > 2 or not parts[0] or _DATEISH.search(item.label):
        return None
    if country:
        if len(country) != 1 or lexicon.lookup(country[0], ("country",)) is None:
            return None
        # 'Stralsund, जर्मनी': a name written in Latin letters beside its country is a place too
        place = label_place(parts[0], lexicon)
        if place is None or place.kind == "country" or not place.city:
            return None
    elif not _names_a_city(parts[0], lexicon) and not (len(parts[0].split()) <= MAX_LABEL_PLACE_WORDS
                                                       and is_virtual(parts[0])):
        return None  # ('वीडियो कॉन्फ़्रेंस — 8 सितंबर 2020 — ...': met online, in no city)
    head, *rest = _HEAD_END.split(item.description, maxsplit=1)
    head = without_parentheticals(head).strip().rstrip("।. ")  # '16 जून 2009 (पहला)': a remark after the date
    if head and parse_entry_label(head) is None and _whole_date(head) is None and "," in head:
        # 'ब्रेस्ट, फ़्रांस — वन ओशन समिट, 9–11 फ़रवरी 2022; ...': the meeting's name, then its date
        name, _, date = head.rpartition(",")
        if _whole_date(date.strip()) is not None and not find_periods(name):
            return f"{date.strip()}, {parts[0]}", item.description
    if not head or (parse_entry_label(head) is None and _whole_date(head) is None):
        return None
    return f"{head}, {parts[0]}", (rest[0].strip() if rest else "") or item.description


MAX_LISTED_LABEL_WORDS = 5  # '2000 – कोल्डिंग (डेनमार्क)': one of the summits a label lists


def _whole_date(text: str) -> Period | None:
    """The one date a text is made of ('26–27 जून 2002'), else None."""
    periods = find_periods(text)
    if len(periods) != 1:
        return None
    start, end, period = periods[0]
    key = match_key(text)
    return period if not (key[:start] + key[end:]).strip(" ,") else None


_LABEL_TO_COLON = re.compile(r"^(?P<label>[^:：]{1,80}?)\s*[:：]\s*(?P<rest>\S.*)$")
_NAME_THEN_COLON = re.compile(r"^(?P<name>[^:：;।,()0-9०-९]{2,40}?)\s*[:：]\s*(?P<rest>\S.*)$")
# 'नई दिल्ली (हैदराबाद हाउस): ...': the city, its venue in brackets, then the colon
_NAME_AND_VENUE_THEN_COLON = re.compile(r"^(?P<name>[^:：;।,()0-9०-९]{2,40}?)\s*\([^()0-9०-९]{2,40}\)\s*[:：]\s*(?P<rest>\S.*)$")


# "दोनों बार", "हर बार", "तीनों ही बार": every summit of the label met in the city that follows.
_EVERY_TIME = re.compile(r"^(?:दोनों|तीनों|चारों|हर|हरेक)\s+(?:ही\s+)?बार\s+")


def _city_after_dash(label: str, description: str, lexicon: Lexicon) -> tuple[str, str]:
    """'वर्ष 2013 — आपिया: दूसरा शिखर सम्मेलन': the dash split the date from the city, and the
    colon ends the label; the city joins the label when it is a city the lexicon or GeoNames
    knows by that very name (a word such as 'नोट' is no city)."""
    match = _NAME_THEN_COLON.match(description) or _NAME_AND_VENUE_THEN_COLON.match(description)
    if match is None or parse_entry_label(label) is None:
        return label, description
    name = match["name"].strip()
    if len(name.split()) > MAX_LABEL_PLACE_WORDS or not (
            _names_a_city(name, lexicon) or _a_city_of_a_country_named(name, match["rest"], lexicon)):
        return label, description
    return f"{label}, {name}", match["rest"]


_LIST_SEPARATOR = re.compile(r"\s*,\s*|\s+(?:और|तथा|एवं)\s+")
_NAMES_BEFORE_COLON = re.compile(r"^(?P<names>[^:：;।()0-9०-९]{2,160}?)\s*[:：]")
_NAMES_BEFORE_IN = re.compile(r"^(?P<names>[^:：;।()0-9०-९]{2,160}?)\s+में(?=\s|$)")


def parallel_places(text: str, count: int, lexicon: Lexicon) -> list[Place]:
    """The cities of `count` summits named together, in order: 'फ़ोर्टालेज़ा, ऊफ़ा: ...' (a list
    before a colon) or 'येकातेरिनबर्ग और ब्रासीलिया में ...' (a list before में, after up to a few
    words). Every item must be a city the lexicon or GeoNames knows; [] otherwise."""
    for pattern in (_NAMES_BEFORE_COLON, _NAMES_BEFORE_IN):
        match = pattern.match(first_clause(text))
        if match is None:
            continue
        items = [i.strip() for i in _LIST_SEPARATOR.split(match["names"]) if i.strip()]
        if len(items) < count:
            continue
        items = items[-count:]
        first = items[0].split()  # 'पहले दो सम्मेलन येकातेरिनबर्ग': the list begins in its last words
        items[0] = next((" ".join(first[-n:]) for n in range(min(MAX_LABEL_PLACE_WORDS, len(first)), 0, -1)
                         if _names_a_city(" ".join(first[-n:]), lexicon)), items[0])
        if all(len(i.split()) <= MAX_LABEL_PLACE_WORDS and _names_a_city(i, lexicon) for i in items):
            return [Place(i, "city") for i in items]
    return []


def _a_city_of_a_country_named(name: str, text: str, lexicon: Lexicon) -> bool:
    """'2022 — ब्रिजटाउन: 6 दिसंबर 2022 को फिर बारबाडोस में': a name GeoNames knows only in Latin
    letters is a city when the gazetteer rules place it in a country the text names (the
    rules of `places.find_city`, which never place a common word there by sound alone)."""
    from pipeline.parse.geo.places import countries_named, find_city  # places reads the gazetteers; imported late

    named = countries_named(text, lexicon)
    if not named or lexicon.lookup(name) is not None:
        return False
    city = find_city(name, None, frozenset(), lambda: named)
    return city is not None and city.country_code in named


def _names_a_city(name: str, lexicon: Lexicon) -> bool:
    entry = lexicon.lookup(name)
    if entry is not None:
        return entry.kind == "city" or (entry.kind == "country" and is_city_state(name, entry.english))
    if LATIN_NAME.fullmatch(name) is not None and name.casefold() not in _ENGLISH_NOT_PLACE:
        # 'Copenhagen', 'Quito': a name in Latin letters, when GeoNames knows a capital or a city of a
        # million by it (a small town's name may be any English word; 'Mexico' names the country)
        return notable_latin_city(name)
    # by sound only a name of several words ('पोर्ट विला'), a capital, or a city of a million sounded
    # exactly by its own GeoNames name ('सेमारांग' Semarang): one Hindi word may sound like a town
    # somewhere ('कोरोना' Corona, 'बात' Bath)
    return any(len(name.split()) > 1 or c.capital or c.population >= BIG_CITY
               for c in gazetteer_cities().by_hindi(name)) or any(
        s.similarity == 1.0 and (len(name.split()) > 1 or s.city.capital
                                 or (s.own_similarity == 1.0 and s.city.population >= BIG_CITY))
        for s in gazetteer_cities().by_sound(name)[:1])


def _in_a_named_country(label: str, city: str, lexicon: Lexicon) -> bool:
    """'28 जनवरी 2015, बेलेन (कोस्टा रिका)', 'अक्टूबर 1987, वैंकूवर, कनाडा': a name the gazetteer may not
    know, placed by the country right after it (in brackets, or after a comma, ending the label),
    is a place."""
    after = re.search(re.escape(city) + r"(?:\s*\(([^()]{2,40})\)|,\s*([^,()]{2,40})$)", label.strip())
    entry = lexicon.lookup((after[1] or after[2]).strip()) if after else None
    return entry is not None and entry.kind == "country"


def _piped(line: Line, text: str, lexicon: Lexicon) -> list[Entry] | Problem | None:
    """A table row written without its table ('2021 | दुशांबे | 21वाँ सम्मेलन'): a date, then a
    city the lexicon or GeoNames knows, then the text; None for any other line with pipes."""
    parts = [p.strip() for p in text.split(" | ")]
    if len(parts) == 2:
        return _year_then_place(line, parts, lexicon)
    if len(parts) < 3:
        return None
    if parse_entry_label(parts[1]) is not None or (_whole_date(parts[1]) is not None and not find_periods(parts[0])):
        parts[0], parts[1] = parts[1], parts[0]  # 'लंदन (ब्रिटेन) | 8 जून 2013 | ...': the city first
    city = without_parentheticals(parts[1]).strip()
    # 'दुब्रोवनिक (क्रोएशिया)': a name with its country in brackets is a place, known or not
    bracket = re.fullmatch(r"[^()|]{2,40}?\s*\(([^()]*)\)", parts[1])
    in_a_country = bracket is not None and lexicon.lookup(bracket[1].strip(), ("country",)) is not None
    if (parse_entry_label(parts[0]) is None and _whole_date(parts[0]) is None) or not (
            in_a_country or _names_a_city(city, lexicon)):
        return None
    return _labelled(line, f"{parts[0]}, {parts[1]}", " | ".join(parts[2:]), lexicon)


def _year_then_place(line: Line, parts: list[str], lexicon: Lexicon) -> list[Entry] | Problem | None:
    """'➤ 2008 | सैंटो डोमिंगो (डोमिनिकन गणराज्य), 7 मार्च: 20वाँ शिखर सम्मेलन; ...': a year, a pipe,
    then the place with its country in brackets, the day or month after a comma, and the text
    after a colon: the entry of that date and place. None for any other line with one pipe."""
    year = parse_entry_label(parts[0])
    head, colon, description = parts[1].partition(":")
    name, comma, when = head.rpartition(",")
    bracket = re.search(r"\(([^()]*)\)\s*$", name)
    if year is None or year.precision != "year" or not colon or not comma or bracket is None:
        return None
    if not (lexicon.lookup(bracket[1].split(",")[-1].strip(), ("country",)) or _names_a_city(
            without_parentheticals(name).strip(), lexicon)):
        return None  # the bracket must say the place's country ('(रिवेरा माया, मेक्सिको)'), or the place be known
    label = f"{when.strip()} {parts[0]}"
    if not find_periods(label):
        return None
    return _labelled(line, f"{label}, {name.strip()}", description, lexicon)


def _place_after_date(segments: list[str], lexicon: Lexicon) -> Place | None:
    """'पहला सम्मेलन: १८-१९ मार्च, २०१६ — अबूजा, नाइजीरिया': the segment after the date is
    the place when it is a bare name, or a name and a country the lexicon knows."""
    if len(segments) < 2:
        return None
    parts = [p.strip() for p in segments[1].rstrip("।. ").split(",")]
    if len(parts) > 2 or (len(parts) == 2 and not lexicon.lookup(parts[1], ("country",))):
        return None
    place = label_place(parts[0], lexicon)
    return place if place is not None and place.kind in ("city", "unknown") else None


def _years_of_a_city(line: Line, label: str, description: str, lexicon: Lexicon) -> list[Entry] | None:
    """The summits a city's label lists by year (`city_years`), each read as its own entry."""
    def known_city(name: str) -> bool:
        place = label_place(name, lexicon)
        return place is not None and bool(place.city) and (
            place.kind == "city" or not re.search(r"[\u0900-\u097f]", name) or _names_a_city(place.city, lexicon))

    listed = city_years(label, description, known_city)
    if listed is None:
        return None
    entries = []
    for entry_label, clause, edition in listed:
        found = _labelled(line, entry_label, clause, lexicon)
        if not isinstance(found, list) or len(found) != 1:
            return None
        entries.append(_with(found[0], edition=edition if edition is not None else found[0].edition, clause=clause))
    return entries


def _with(entry: Entry, **changes: object) -> Entry:
    values = {f: getattr(entry, f) for f in Entry.__dataclass_fields__}
    values.update(changes)
    return Entry(**values)  # type: ignore[arg-type]


def _dated_paragraph(text: str) -> bool:
    """'2015 में उफ़ा में हुए सातवें शिखर सम्मेलन में ...। आठवाँ सम्मेलन ... 2016 को ...।': a
    paragraph whose first sentence opens with a date and whose later sentences date other
    years tells of several summits; its sentences are read one by one, not as one entry."""
    sentences = split_sentences(text)
    if len(sentences) < 2:
        return False
    first = {p.year for _, _, p in find_periods(sentences[0])}
    if any({p.year for _, _, p in find_periods(s)} - first for s in sentences[1:]):
        return True
    # '4 फ़रवरी 2022 को ... । ... । उसी साल 15 सितंबर को समरकंद में ...': a later day of the same year
    return len(first) == 1 and any(_SAME_YEAR.search(match_key(s)) and sole_day_month_in_year(s, min(first))
                                   for s in sentences[1:])


_SAME_YEAR = re.compile("(?:^|\\s)(?:" + "|".join(match_key(w) for w in ("उसी", "इसी")) + ")\\s+(?:"
                        + "|".join(match_key(w) for w in ("साल", "वर्ष")) + ")(?=\\s)")


def _ends_numbered(text: str) -> bool:
    """'मॉन्ट्रियल में 9वीं MOP', 'Cairo में तीसरा IGF': a text that ends with an ordinal and the word it
    numbers (the meeting's name, whatever its word)."""
    words = text.replace("*", "").split()
    return len(words) >= 2 and (
        re.fullmatch(rf"{DIGITS}{{1,3}}(?:वीं|वें|वाँ|वां|वा|वी|वे)", words[-2]) is not None or match_key(words[-2]) in ORDINAL_WORDS)


def _inline(text: str) -> tuple[str, str] | None:
    """'2010 में ...' -> ('2010', '...'): a date, then में/को, then the entry's text."""
    words = text.split(" ")
    if not _STARTS_WITH_DIGIT.match(words[0]) and not _has_month(words[0]):
        return None
    for n in range(1, min(_MAX_INLINE_LABEL_WORDS, len(words) - 2) + 1):
        if words[n].rstrip(",") in _INLINE_JOINERS:
            return " ".join(words[:n]), " ".join(words[n + 1:]).lstrip(", ")
    return None


_AND = re.compile(r"\s+(?:और|तथा|एवं|व)\s+")


def _labelled(line: Line, label: str, description: str, lexicon: Lexicon) -> list[Entry] | Problem:
    label = label.rstrip(":：-–— ")  # "2019 -" with nothing after the dash
    if not description.strip():
        period = parse_entry_label(label)
        if period is None:
            head = label_head(label, lexicon)
            if head is not None and head[1] is not None and head[1].city and (
                    find_ordinal(label) is not None or _names_a_city(head[1].city, lexicon)
                    or _in_a_named_country(label, head[1].city, lexicon)):
                # '1. पहला शिखर सम्मेलन (2018, स्टॉकहोम)', '2015, ढाका': the label is the whole entry
                return [_entry(line, label, head, label, label, lexicon)]
            if head is not None and head[1] is None and is_virtual(label) and not is_hybrid(label):
                return [_entry(line, label, head, label, label, lexicon)]  # '10 नवंबर 2020, वर्चुअल (रूस)'
            return Problem(line, *bad_label(label))
        return Problem(line, "empty_entry", "Summit entry with a date but no text.")
    parts = [p for p in _AND.split(label) if p.strip()]
    # 'ढाका (1985), बेंगलुरु (1986) और काठमांडू (1987)': a comma lists summits too, when every
    # part has its own date ('सुवा (फिजी), 19 नवंबर 2014' is one summit)
    listed = [q for p in parts for q in p.split(",") if q.strip()]
    if len(listed) > len(parts) and all(find_periods(q) for q in listed):
        parts = listed
    if ";" in label:  # '1998 – रीगा; 2000 – कोल्डिंग': a semicolon lists summits, each with one date
        listed = [q.strip() for p in parts for q in p.split(";") if q.strip()]
        if len(listed) > len(parts) and all(len(find_periods(q)) == 1 for q in listed):
            parts = listed
    if len(parts) > 1 and all(find_periods(p) for p in parts):
        heads = [label_head(p, lexicon) for p in parts]
        if any(h is None for h in heads):
            return Problem(line, *bad_label(label))
        clauses = [c.strip() for c in re.split(r"[;।]\s*", description) if c.strip()]
        shared = heads[-1][1]  # type: ignore[index]
        every = False  # one city said of every summit ('दोनों बार रियाद'): only the year finds each one's clause
        if shared is not None:  # '2002 और 2006 (अल्माटी)': the place belongs to both years
            heads = [(h[0], h[1] or shared) for h in heads]  # type: ignore[index]
        elif all(h[1] is None for h in heads):  # type: ignore[index]
            # '2009 और 2010: येकातेरिनबर्ग और ब्रासीलिया में ...': one city per year, in order
            places = parallel_places(description, len(heads), lexicon)
            if not places:
                places = _every_time(parts, description, lexicon)
                every = bool(places)
            if not places:
                places = _one_place_for_all(description, {h[0].year for h in heads}, lexicon)  # type: ignore[index]
            heads = [(h[0], p) for h, p in zip(heads, places)] if places else heads  # type: ignore[index]
        years = {h[0].year for h in heads}  # type: ignore[index]
        entries = [_entry(line, part, head, description,  # type: ignore[arg-type]
                          _narrowed(_clause_for((head[0], None) if every else head, clauses),  # type: ignore[index]
                                    head[0].year, years - {head[0].year}), lexicon)  # type: ignore[index]
                   for part, head in zip(parts, heads)]
        ordinals = ordinal_run(description)  # 'छठा और सातवाँ सम्मेलन': one number per summit, in order
        if len(ordinals) != len(entries):  # 'COP2 और COP3 — ...': each summit's short name and number, in order
            names = opening_meeting_names(description)
            numbers = [meeting_number(n, e.period.year) for n, e in zip(names, entries)]
            ordinals = numbers if len(names) == len(entries) and None not in numbers else ordinals  # type: ignore[assignment]
        if len(ordinals) != len(entries):  # '...: दूसरा और तीसरा; ...': the text opens with their numbers alone
            ordinals = _bare_ordinals(description)
        if len(ordinals) == len(entries):
            entries = [_with(e, edition=n) for e, n in zip(entries, ordinals)]
        else:  # two summits never share a number: one read from a shared text belongs to neither
            editions = [e.edition for e in entries if e.edition is not None]
            entries = [_with(e, edition=None) if editions.count(e.edition) > 1 else e for e in entries]
        return entries
    head = label_head(label, lexicon)
    if head is None:
        return Problem(line, *bad_label(label))
    if head[1] is None and head[0].precision == "year":
        several = _cities_of_one_year(description, head[0].year, lexicon)
        if several:  # '2008: ख़ांती-मानसीस्क (26–27 जून) और नीस (14 नवंबर) — ...': two summits that year
            after = _CLAUSE_BREAK.split(description, maxsplit=1)[1:]
            status = entry_status(after[0]) if after else "held"  # '... — दोनों रद्द'
            return [_with(_entry(line, label, h, description, "", lexicon), status=status) for h in several]
        head = _dated_and_placed_text(description, head[0].year, lexicon) or head
    if head[0].precision == "year" and (days := opening_days(description, head[0].year)) is not None:
        head = (days, head[1])  # 'न्यूयॉर्क, 2023 — 22 से 24 मार्च; दूसरा सम्मेलन': the days of the label's year
    if head[1] is None and (opening := _opening_place(description, lexicon)) is not None:
        head = (head[0], opening)  # '2003: क्योटो (जापान) — ओसाका में भी सत्र हुए': the entry's own place first
    return [_entry(line, label, head, description, description, lexicon)]


def _bare_ordinals(description: str) -> list[int]:
    """'दूसरा और तीसरा; हैदराबाद वाला ...' -> [2, 3]: a text whose first clause is nothing but ordinal
    words, one a summit, in order; [] for any other text."""
    opening = opening_clause(description).strip().rstrip("।. ")
    pieces = [p.strip() for p in re.split(r"\s*,\s*|\s+(?:और|तथा|एवं|व)\s+", opening) if p.strip()]
    if len(pieces) < 2 or any(len(p.split()) != 1 for p in pieces):
        return []
    numbers = [leading_ordinal(f"{p} x") for p in pieces]
    return [n for n in numbers if n is not None] if None not in numbers else []


def _one_place_for_all(description: str, years: set[int], lexicon: Lexicon) -> list[Place]:
    """'2024 और 2025 → बर्लिन में 15वाँ (25–26 अप्रैल 2024) और 16वाँ (25–26 मार्च 2025)': a text whose
    opening clause names one city where ('X में', once) and every year of the label: that city for
    every summit of the label. [] otherwise ('बर्लिन में पहला और मॉस्को में दूसरा' is `parallel_places`')."""
    opening = re.split(r"[;।]", description, maxsplit=1)[0]
    if len(years) < 2 or match_key(opening).split().count(_IN) != 1:
        return []
    if {p.year for _, _, p in find_periods(opening)} != years:
        return []
    place = find_place(opening, lexicon)
    return [place] * len(years) if place is not None and place.kind == "city" and place.city else []


def _every_time(parts: list[str], description: str, lexicon: Lexicon) -> list[Place]:
    """'2023 और 2024 — दोनों बार रियाद: ...': a text that opens by saying every summit of the label
    met in one city (a city the lexicon or GeoNames knows) gives each that city; [] otherwise."""
    match = _NAME_THEN_COLON.match(description)
    every = _EVERY_TIME.match(match["name"].strip()) if match is not None else None
    if every is None:
        return []
    name = match["name"].strip()[every.end():]  # type: ignore[index]
    head = label_head(f"{parts[0].strip()}, {name}", lexicon) if _names_a_city(name, lexicon) else None
    if head is None or head[1] is None or not head[1].city:
        return []
    return [head[1]] * len(parts)


def _cities_of_one_year(description: str, year: int, lexicon: Lexicon) -> list[tuple[Period, Place]]:
    """'2008: ख़ांती-मानसीस्क (26–27 जून) और नीस (14 नवंबर) — ...', '2015: 9 जुलाई ऊफ़ा, 4 दिसंबर
    जोहान्सबर्ग': a year label whose text opens with two or more places (and nothing else before
    its first clause ends), each a summit of that year. Every place must be a city, and either
    each has its own day or each is a city the lexicon or GeoNames knows; [] otherwise."""
    opening = _CLAUSE_BREAK.split(description, maxsplit=1)[0].strip().rstrip("।. ")
    parts = [p.strip() for p in _top_level_split(opening) if p.strip()]
    if len(parts) < 2:
        return []
    found: list[tuple[Period, Place]] = []
    every_day = True
    for part in parts:
        # the name: the words outside brackets that are no day, month or year
        name = " ".join(w for w in without_parentheticals(part).split()
                        if not _A_DIGIT.search(w) and match_key(w).strip(",") not in MONTHS and w not in "-–—")
        place = label_place(name, lexicon) if name else None
        if place is None or place.kind == "country" or not place.city:
            return []  # (most texts: their first part is a phrase, no place; its days are not read)
        days = day_month_in_year(part, year)
        every_day = every_day and days is not None
        months = {MONTHS[k] for k in re.split(r"[\s,()]+", match_key(part)) if k in MONTHS}
        month = month_period(year, months.pop()) if days is None and len(months) == 1 else None  # 'कज़ान (मई)'
        found.append((days or month or year_period(year), place))
    if not every_day and not all(_names_a_city(p.city, lexicon) for _, p in found):  # type: ignore[arg-type]
        return []
    return found


_OPENING_END = re.compile(r"[;।]|\s[—–]\s")
_OPENING_END_NOT_DAYS = guarded(rf"[;।:]|\s[—–]\s(?!\s*{DIGITS})", ";।:—–")


def _dated_and_placed_text(description: str, year: int, lexicon: Lexicon) -> tuple[Period, Place | None] | None:
    """'**2006**: 30–31 अक्टूबर, नाननिंग (ग्वांग्शी, चीन); पहला ...': a year label whose text opens
    with the days and the city, or the city and the days ('2003: क्योटो (जापान), 16–23 मार्च — शिगा
    और ओसाका में भी सत्र हुए': Kyoto, not a place the rest of the text adds), nothing else, before
    its first clause ends."""
    opening = _OPENING_END.split(description, maxsplit=1)[0].strip().rstrip("।. ")
    days, comma, rest = opening.partition(",")
    if not comma or not rest.strip():
        return None
    if day_month_in_year(days, year) is None:
        # the days may span a spaced dash ('जोहान्सबर्ग (दक्षिण अफ्रीका), 26 अगस्त – 4 सितंबर : ...')
        opening = _OPENING_END_NOT_DAYS.split(description, maxsplit=1)[0].strip().rstrip("।. ")
        rest, _, days = opening.rpartition(",")
        if not rest.strip() or _A_DIGIT.search(rest) or day_month_in_year(days, year) is None:
            return None
        bracket = re.search(r"\(([^()]*)\)\s*$", rest)
        if bracket is not None and not lexicon.lookup(bracket[1].strip(), ("country",)):
            return None  # 'सनीलैंड्स (रैंचो मिराज, कैलिफ़ोर्निया)': a venue and its town, read by position later
    head = label_head(f"{year} ({days.strip()}), {rest.strip()}", lexicon)
    return head if head is not None and head[1] is not None and head[1].city else None


_OPENING_DAYS_END = re.compile(rf"[;।,:(]|\s[—–]\s(?!\s*{DIGITS})")


def opening_days(description: str, year: int) -> Period | None:
    """'22 से 24 मार्च; दूसरा सम्मेलन ...', '3–5 नवंबर — ...', '14 मार्च को ...': the days (of
    `year`) a text opens with, alone before its first clause ends, else None."""
    opening = _OPENING_DAYS_END.split(description.lstrip(" —–-"), maxsplit=1)[0].strip().rstrip("।. ")
    if not opening or not _STARTS_WITH_DIGIT.match(opening):
        return None
    if opening.endswith(" को"):
        opening = opening[:-len(" को")]
    if not all(_DATE_WORD.match(w) or match_key(w) in MONTHS for w in opening.replace("–", " – ").split()):
        return None  # '21 अप्रैल को अहमदाबाद पहुँचने के बाद ...': the days of something else, in a sentence
    found = day_month_in_year(opening, year)
    return found if found is not None and found.precision == "day" else None


_DATE_WORD = re.compile(rf"^(?:{DIGITS}+|[-–—]|से|तक)$")


def _opening_place(description: str, lexicon: Lexicon) -> Place | None:
    """The place an entry's text opens with, alone before its first clause ends ('क्योटो (जापान) —
    ...', 'क्योटो, जापान, मार्च — ...', 'क्योटो — ...'), its days or month aside: a city the lexicon
    or GeoNames knows, or any name with its country in brackets or after a comma. None otherwise:
    a place named later in the text ('... ओसाका में भी सत्र हुए') is not the entry's own."""
    opening = _OPENING_END_NOT_DAYS.split(description, maxsplit=1)[0].strip().rstrip("।. ")
    if not opening or len(opening) > _MAX_OPENING_PLACE:
        return None
    parts = [p.strip() for p in opening.split(",") if p.strip()]
    # the days or the month after the name ('16–23 मार्च', 'मार्च'): no part of the place
    parts = [p for p in parts if not all(_DATE_WORD.match(w) or match_key(w) in MONTHS for w in p.split())]
    if not parts or len(parts) > 2:
        return None
    bracket = re.search(r"\(([^()]*)\)\s*$", parts[0])
    name = without_parentheticals(parts[0]).strip()
    country = bracket[1].strip() if bracket else (parts[1] if len(parts) == 2 else None)
    if country is not None and not lexicon.lookup(country, ("country",)):
        return None
    if not name or _A_DIGIT.search(name):
        return None
    place = label_place(name, lexicon)
    if place is None or place.kind not in ("city", "unknown") or not place.city:
        return None
    return place if country is not None or _names_a_city(place.city, lexicon) else None


_MAX_OPENING_PLACE = 80


def label_head(label: str, lexicon: Lexicon) -> tuple[Period, Place | None] | None:
    """The date and the place a label states: '2010', '1987 (काठमांडू)', 'सुवा (फिजी), 19 नवंबर
    2014', '14–15 नवंबर 2008, वॉशिंगटन'. None when the label holds no single usable date."""
    label = without_era(label)
    period = parse_entry_label(label)
    if period is not None:
        return period, None
    if "(" in label:
        label = _ADDRESS_IN_BRACKETS.sub("", label)  # 'लंदन (10 डाउनिंग स्ट्रीट)': the venue's number is no date
    label = _days_after_year(label)
    key = match_key(label)
    periods = find_periods(label)
    if len(periods) != 1:
        return None
    start, end, period = periods[0]
    rest = _NUMBERED.sub(" ", (key[:start] + " " + key[end:])).strip()  # '12वाँ शिखर सम्मेलन (2020)'
    if re.search(rf"{DIGITS}", rest):
        return None  # '20l0' or a second number: not a clean label
    # What is left must be a place: the name outside the brackets, else the first one inside.
    outside = without_parentheticals(_original_span(label, key, start, end)).strip(" ,;-–—()")
    joined = next((w for w in ("में ", "को ") if outside.startswith(w)), None)
    named = outside[len(joined):].split(",")[0].strip() if joined else ""
    if joined and key[:start].strip() == "" and (
            _names_a_city(named, lexicon) or _in_a_named_country(label, named, lexicon)
            # '2025 में मराकेश': after 'में', any city GeoNames writes so in Hindi (the label says it is a place)
            or (joined == "में " and any(True for _ in gazetteer_cities().by_hindi(named)))):
        # '2013 में सैंटियागो', '2007 में कार्टाजेना, कोलंबिया': the year, then a city where; '6–7 अक्टूबर
        # 2009 को इस्तांबुल': the day, then the city
        outside = outside[len(joined):]
    if find_ordinal(outside) is not None or leading_ordinal(outside) is not None:
        # 'पहला शिखर सम्मेलन (2008, नई दिल्ली)', 'तीसरा (2014)': the summit's number, no place; but the
        # number's own piece only ('19वीं MOP, Montreal, Sept 2007', '35वीं MOP Nairobi (2023)')
        outside = numbered_name_removed(outside, lambda name: _names_a_city(name, lexicon))
    inside = _bracketed(label)
    # '(काठमांडू, नेपाल)': the city first; '(2008, नई दिल्ली)': the part that is no date
    candidates = [outside] + [next((p.strip() for p in c.split(",") if p.strip() and not re.search(rf"{DIGITS}", p)), "")
                              for c in inside]
    if any(is_virtual(c) for c in candidates if c):
        # '2020 (वर्चुअल)', '27 अक्टूबर 2021, वर्चुअल': no place; but 'ज़ाग्रेब (वीडियो कॉन्फ्रेंस)'
        # names the city that held it online, and a virtual summit keeps the city the text names
        host = label_place(outside.split(",")[0], lexicon) if outside and not is_virtual(outside) else None
        return period, host if host is not None and host.city and _names_a_city(host.city, lexicon) else None
    country: Place | None = None
    for name in candidates:
        if not name or _A_DIGIT.search(name):
            continue
        if "," in name and (hall_city := city_after_a_venue(name.strip(" -–—"), lexicon)) is not None:
            return period, hall_city  # '२८-३० जुलाई, २०२३, महात्मा मंदिर, गांधीनगर': a hall, then its city
        name = name.split(",")[0].strip(" -–—")
        if leading_ordinal(f"{name} x") is not None and len(name.split()) <= 2:
            continue  # '2011 (पहला)': the summit's number, no place
        place = label_place(name, lexicon)
        if place is not None and place.kind == "country" and country is None:
            country = place  # 'रूस (कज़ान), 2011': a known city in the brackets is the place
            continue
        if place is not None and (country is None or (place.city and _known_city(place.city, lexicon))):
            return period, place
    if country is not None:
        return period, country
    return (period, None) if not outside else None


#: A bracketed street address after a place: a house number, then a street's name ending in a
#: word for street or road ('(10 डाउनिंग स्ट्रीट)', '(1600 Pennsylvania Avenue)').
_STREET_WORDS = ("स्ट्रीट", "स्ट्रिट", "रोड", "मार्ग", "एवेन्यू", "एवेन्यु", "बुलेवार्ड", "street", "road", "avenue", "boulevard")
_ADDRESS_IN_BRACKETS = re.compile(
    rf"\s*\((?:{DIGITS}{{1,4}}[a-zA-Z]?,?\s+)[^()0-9०-९]{{0,40}}?(?:{'|'.join(_STREET_WORDS)})\)", re.IGNORECASE)


_YEAR_THEN_DAYS = re.compile(rf"^\s*({DIGITS}{{4}})\s*\(([^()]+)\)")
# 'विक्टोरिया फॉल्स, 2013 (24–29 अगस्त)': a place, a comma, then the year and its days in brackets, ending the label
_PLACE_YEAR_THEN_DAYS = re.compile(rf"(?<=[^\s\d०-९(]),\s*({DIGITS}{{4}})\s*\(([^()]+)\)\s*$")


def _days_after_year(label: str) -> str:
    """'२००३ (११–१२ दिसंबर), टोक्यो' -> '११–१२ दिसंबर २००३, टोक्यो': the days in brackets after
    the year are the summit's dates in that year."""
    match = _YEAR_THEN_DAYS.match(label) or _PLACE_YEAR_THEN_DAYS.search(label)
    if match is None or day_month_in_year(match[2], int(ascii_digits(match[1]))) is None:
        return _days_after_place(label)
    # ('विक्टोरिया फॉल्स, 2013 (24–29 अगस्त)' -> 'विक्टोरिया फॉल्स, 24–29 अगस्त 2013': the place before them stays)
    return f"{label[:match.start(1)]}{match[2].strip()} {match[1]}{label[match.end():]}"


_LEADING_YEAR = re.compile(rf"^\s*\(?({DIGITS}{{4}})\)?(?![0-9०-९])")
# '16–17 जून', and across months '20 अक्टूबर – 7 नवंबर'
_DAYS_AND_WORD = re.compile(rf"(?<![0-9०-९]){DIGITS}{{1,2}}(?:\s*[-–—]\s*{DIGITS}{{1,2}})?\s+[\u0900-\u097f]+"
                            rf"(?:\s*[-–—]\s*{DIGITS}{{1,2}}\s+[\u0900-\u097f]+)?")


def _days_after_place(label: str) -> str:
    """'(2014) वॉशिंगटन डी.सी., अमेरिका, 16–17 जून' -> '16–17 जून 2014, वॉशिंगटन डी.सी., अमेरिका': a
    label that opens with its year and ends with the days (and month) of that year."""
    year = _LEADING_YEAR.match(label)
    if year is None:
        return label
    days = [d for d in _DAYS_AND_WORD.finditer(label, year.end()) if day_month_in_year(d[0], int(ascii_digits(year[1])))]
    if len(days) != 1:
        return label
    rest = f"{label[year.end():days[0].start()]} {label[days[0].end():]}".strip(" ,;-–—")
    return f"{days[0][0]} {year[1]}, {rest}" if rest else f"{days[0][0]} {year[1]}"


_NUMBERED = re.compile(rf"(?<!{DIGITS}){DIGITS}{{1,3}}(?:\s*(?:वें|वां|वीं|वी|वे|वा)(?![\u0900-\u097f])|{IRREGULAR_ORDINAL_SUFFIX})")


def _original_span(label: str, key: str, start: int, end: int) -> str:
    """The label without the date expression found at key[start:end] (keys keep lengths
    close enough: remove by words instead of offsets)."""
    date_words = set(key[start:end].replace(",", " ").split())
    kept = [w for w in label.replace(",", " , ").split() if match_key(w) not in date_words]
    return " ".join(kept).replace(" , ", ", ").strip(" ,")


def label_place(name: str, lexicon: Lexicon) -> Place | None:
    """A place written as a bare name in a label or a table cell: known, or a short name."""
    name = name.strip(" ,;:-–—\"'।॥|")  # 'बग़दाद।': a sentence's full stop is not part of the name; '1988 | X': a column bar
    words = name.split()
    if len(words) > 1 and _DOTTED_SHORT_FORM.match(words[-1]):
        name = " ".join(words[:-1])  # 'वॉशिंगटन डी.सी.': the city before its short-form qualifier
    if not name:
        return None
    if "," in name and (city := city_after_a_venue(name, lexicon)) is not None:
        return city  # 'महात्मा मंदिर, गांधीनगर': a hall, then its city
    if len(name.split()) > MAX_LABEL_PLACE_WORDS:
        if len(name.split()) > MAX_KNOWN_PLACE_WORDS:
            return None  # (a phrase, not a name: no look-up needed)
        # 'हो ची मिन्ह सिटी': a longer name is a place only as a whole name the lexicon or GeoNames knows
        entry = lexicon.lookup(name)
        known = entry.kind == "city" if entry is not None else bool(gazetteer_cities().by_hindi(name, bare=False))
        return Place(name, "city") if known else None
    entry = lexicon.lookup(name)
    if entry is not None:
        if entry.kind == "city" or (entry.kind == "country" and is_city_state(name, entry.english)):
            return Place(name, "city")
        if entry.kind == "country":
            return Place(None, "country")
        return None
    keys = [match_key(w) for w in name.split()]
    if len(keys) > 1 and keys[-1] in _CITY_NOUNS:
        # 'कज़ान शहर': a known city with the word for city after it (not 'पुराना शहर')
        inner = label_place(" ".join(name.split()[:-1]), lexicon)
        return inner if inner is not None and inner.kind == "city" else None
    if len(keys) > 1 and keys[-1] == _ISLAND:
        return _island_before(name.split(), keys, len(keys) - 1, lexicon)  # 'मार्गरीटा द्वीप (वेनेज़ुएला)'
    # a verb of holding ends a phrase, not a name: 'चा-अम हुआ हिन' is one; a month or a season is no place
    if not re.search(r"[\u0900-\u097f]", name):
        # 'Stralsund': a name written in Latin letters, when GeoNames knows a city by it (not 'Summit')
        latin = (LATIN_NAME.fullmatch(name) is not None and name.casefold() not in _ENGLISH_NOT_PLACE
                 and bool(gazetteer_cities().by_english(name))) or (
            # 'Rio de Janeiro', 'Punta del Este': a name of several words with a place's particles
            WRITTEN_IN_LATIN.fullmatch(name) is not None and " " in name and LATIN_NAME.fullmatch(name) is None)
        return Place(name, "unknown") if latin else None
    if any(k in _NOT_PLACE or k in MONTHS or k in _TIME_WORDS for k in keys) or keys[-1] in _HELD:
        return None
    return Place(name, "unknown")


_ENGLISH_NOT_PLACE = frozenset((
    "summit", "summits", "meeting", "conference", "virtual", "online", "hybrid", "video", "note", "notes", "venue",
    "host", "city", "capital", "round", "session", "tbd", "tba", "first", "second", "third", "last", "next", "date",
))


def is_city_state(name: str, country_en: str) -> bool:
    """'सिंगापुर', 'जिबूती': a country whose capital GeoNames knows under the same Hindi name, so
    the name as a host place is the city too ('मेक्सिको' is not: its capital is मेक्सिको सिटी)."""
    country = countries().by_english(country_en)
    return country is not None and any(
        city.capital and city.country_code == country.alpha_2 for city in gazetteer_cities().by_hindi(name))


_AND_SPLIT = re.compile(r"\s+(?:और|तथा|एवं)\s+")


def _narrowed(clause: str, year: int, other_years: set[int]) -> str:
    """'11–12 दिसंबर 2014 को दूसरा सम्मेलन और 25–26 नवंबर 2019 को तीसरा सम्मेलन': a clause that
    states this summit's year and another summit's of the same line narrows to the part joined
    by और that holds only this year, so each summit takes its own ordinal and day."""
    if not other_years or not any(p.year in other_years for _, _, p in find_periods(clause)):
        return clause
    mine = [piece for piece in _AND_SPLIT.split(clause)
            if {p.year for _, _, p in find_periods(piece)} == {year}]
    if len(mine) != 1:
        return clause
    every = _SAID_OF_EVERY.search(clause)
    if every is not None and every[0] not in mine[0] and not find_periods(every[0]):
        return f"{mine[0]}{every[0]}"  # '... और पाँचवाँ (...) — दोनों वीडियो कॉन्फ़्रेंस से': said of both
    return mine[0]


# 'चौथा (30 जून 2020) और पाँचवाँ (29–30 मार्च 2021) — दोनों कोविड-19 के कारण वीडियो कॉन्फ़्रेंस से': a
# text after the summits of a line that says something of every one of them
_SAID_OF_EVERY = re.compile(r"\s[—–]\s*(?:दोनों|तीनों|सभी|सब)\s.*$")


def _clause_for(head: tuple[Period, Place | None], clauses: list[str]) -> str:
    """The clause of the text that names this summit's city or year; '' when none does."""
    period, place = head

    def names_city(clause: str) -> bool:
        return place is not None and bool(place.city) and match_key(place.city) in match_key(clause)

    def names_year(clause: str) -> bool:
        return any(p.year == period.year for _, _, p in find_periods(clause))

    # '2002 और 2006 (अल्माटी): पहला ... 2002 में ...; दूसरा ... 2006 में अल्माटी में हुआ': a
    # shared city is in several clauses; the one with this year too is this summit's.
    for clause in clauses:
        if names_city(clause) and names_year(clause):
            return clause
    for clause in clauses:
        if names_city(clause):
            return clause
    for precise in (True, False):
        for clause in clauses:
            if any(p.year == period.year and (p.precision == "day" or not precise)
                   for _, _, p in find_periods(clause)):
                return clause
    return ""


_HEAD_OF_TEXT_END = guarded(r"\s*(?:;|।|[:：])", ";।:：")


def _entry(line: Line, label: str, head: tuple[Period, Place | None], description: str, clause: str,
           lexicon: Lexicon) -> Entry:
    period, place = head
    if period.precision in ("year", "month"):
        # '2002 (काठमांडू): 11वाँ सम्मेलन, 4–6 जनवरी 2002': the day comes from the text.
        days = [p for _, _, p in find_periods(clause) if p.precision == "day" and p.year == period.year
                and (period.precision == "year" or p.start.month == period.start.month)]
        if days:
            period = days[0]
        elif period.precision == "year":  # '2016, गोवा: आठवाँ सम्मेलन, 15–16 अक्टूबर': the year is the label's
            # '2018: ... 17 जुलाई को टोक्यो में हुआ ...। यह बैठक पहले 11 जुलाई को ... होनी थी': with two
            # days, the one of the first sentence, when that sentence says the summit met
            first = split_sentences(clause)[0] if clause else ""
            # 'स्टॉकहोम (स्वीडन), 5–16 जून : ...; 5 जून को पर्यावरण दिवस घोषित': the days heading the text
            head = _HEAD_OF_TEXT_END.split(clause, maxsplit=1)[0] if clause else ""
            period = ((sole_day_month_in_year(head, period.year) if head != clause else None)
                      or sole_day_month_in_year(clause, period.year)
                      or (sole_day_month_in_year(first, period.year) if first != clause and entry_status(first) == "held"
                          else None) or _day_of_the_meeting(clause, period.year) or period)
        else:  # '**अगस्त 2014**: 3–4 अगस्त को ... की काठमांडू यात्रा': the days of the label's month
            days_of_month = sole_day_month_in_year(clause, period.year) if clause else None
            if days_of_month is not None and days_of_month.start.month == period.start.month:
                period = days_of_month
    return Entry(line, label.strip(), period, description.strip(), place,
                 find_ordinal(label) or _bare_ordinal(label) or _bracketed_ordinal(label) or _numbered_short_form(label)
                 or ((find_ordinal(clause) or ordinal_before_date(clause) or _bracketed_ordinal(clause)
                      or _ordinal_segment(clause) or _ordinal_before_its_date(clause, period.year)
                      or _ordinal_then_place_and_date(clause, period.year)) if clause and holds_an_ordinal(clause) else None)
                 or _opening_meeting_number(description, period.year),
                 _label_status(label) or _status_of_the_date(clause or description, period), clause)


# '19वीं MOP, Montreal, Sept 2007', 'पाँचवीं NPM — ...': an ordinal, then a meeting's short form
_ORDINAL_THEN_SHORT_FORM = re.compile(r"^\S+\s+[A-Z]{2,6}s?(?![A-Za-z])")


def _numbered_short_form(label: str) -> int | None:
    """The number a label opens with before a meeting's short form ('पाँचवीं NPM, Montreal, Dec 2022'
    -> 5): the label's own, before any short form its text names ('COP15 के साथ')."""
    match = _ORDINAL_THEN_SHORT_FORM.match(label.strip())
    return leading_ordinal(match[0]) if match is not None else None


def _status_of_the_date(text: str, period: Period) -> str:
    """The entry's status; a plan its first clause dates before the entry's own date is the plan
    the meeting outgrew ('27वीं — आबिदजान, 9–27 अगस्त 2021: यह 2020 में होनी थी, पर कोविड-19 के कारण
    एक साल टली'): the entry is held at its date. A plan for a later time stays a plan."""
    status = entry_status(text)
    if status != "planned":
        return status
    # (the entry's own date, when the text repeats it, is no plan's)
    stated = [p for _, _, p in find_periods(first_clause(text)) if not p.start <= period.start <= period.end <= p.end]
    if stated and all(p.end < period.start for p in stated):
        return "held"
    # '6 दिसंबर 2018, सेंट पीटर्सबर्ग: अगली बैठक मई 2019 में राजधानी में करने का फ़ैसला': the next meeting's
    # plan, at a later time, said at a meeting the entry dates to its day
    planned = PLANNED.search(match_key(first_clause(text)))
    if (period.precision == "day" and planned is not None and planned[0] in _NEXT_MEETING
            and stated and all(p.start > period.end for p in stated)):
        return "held"
    return status


_NEXT_MEETING = frozenset(match_key(w) for w in ("अगला सम्मेलन", "अगली बैठक", "अगला शिखर सम्मेलन", "अगली शिखर बैठक"))


_SUMMIT_NOUNS = frozenset(match_key(w) for w in ("सम्मेलन", "शिखर", "बैठक", "summit", "समिट"))
# the leaders met: 'मोदी से वार्ता की', 'की बैठक हुई', 'मिले'
_MET_VERB = guarded(r"(?:" + "|".join(match_key(w) for w in ("मुलाक़ात", "भेंट", "वार्ता", "बातचीत", "बैठक")) + r")\s+(?:"
                    + "|".join(match_key(w) for w in ("की", "हुई")) + r")(?=[\s,।;]|$)|\s(?:"
                    + "|".join(match_key(w) for w in ("मिले", "मिलीं")) + r")(?=[\s,।;]|$)",
                    [match_key(w) for w in ("मुलाक़ात", "भेंट", "वार्ता", "बातचीत", "बैठक", "मिल")])


def _day_of_the_meeting(clause: str, year: int) -> Period | None:
    """'2022: 21 अप्रैल को अहमदाबाद पहुँचने के बाद जॉनसन ने 22 अप्रैल को नई दिल्ली में मोदी से वार्ता की':
    of several days, the last one before the verb that says the leaders met."""
    key = match_key(clause)
    verb = _MET_VERB.search(key)
    return last_day_month_in_year(key[:verb.start()], year) if verb is not None else None


def _label_status(label: str) -> str | None:
    """'2026 (प्रस्तावित)', '2016 (रद्द)': a label whose brackets say the summit did not take place."""
    for inside in _bracketed(label):
        status = entry_status(inside)
        if status != "held":
            return status
    return None


def _bracketed_ordinal(text: str) -> int | None:
    """'येकातेरिनबर्ग — 16 जून 2009 (पहला)', '... (दूसरा सम्मेलन)': one bracket holding an ordinal
    alone, or with the summit noun, numbers the entry ('(पहली बार भारत में)' does not)."""
    found = []
    for inside in _bracketed(text):
        words = match_key(inside).split()
        if 1 <= len(words) <= 2 and (len(words) == 1 or words[1] in _SUMMIT_NOUNS):
            number = leading_ordinal(f"{words[0]} x")
            if number is not None:
                found.append(number)
    return found[0] if len(found) == 1 else None


_BEFORE_A_BRACKET = re.compile(r"(?<!\S)(\S+)\s*\(([^()]+)\)")


def _ordinal_before_its_date(clause: str, year: int) -> int | None:
    """'चौथा (30 जून 2020) और पाँचवाँ (29–30 मार्च 2021)', 'बर्लिन में 15वाँ (25–26 अप्रैल 2024)': an
    ordinal followed by a bracket dating it in the summit's year numbers that summit."""
    found = set()
    for match in _BEFORE_A_BRACKET.finditer(clause):
        periods = find_periods(match[2])
        if periods and all(p.year == year for _, _, p in periods):
            number = leading_ordinal(f"{match[1]} x")
            if number is not None:
                found.add(number)
    return found.pop() if len(found) == 1 else None


_TIMES = match_key("बार")
MAX_PLACE_WORDS = 3


def _ordinal_then_place_and_date(clause: str, year: int) -> int | None:
    """'चौथा ब्यूनस आयर्स में 14–16 नवंबर 2017': a clause that opens with an ordinal, then where ('X
    में') and when (a date of the summit's year), its noun left out after 'तीसरा सम्मेलन ... ;'. Not
    'पहली बार भारत में ...' (a first time)."""
    words = clause.split()
    if len(words) < 4 or leading_ordinal(f"{words[0]} x") is None or match_key(words[1]) == _TIMES:
        return None
    keys = [match_key(w.strip(",")) for w in words]
    if _IN not in keys[2:2 + MAX_PLACE_WORDS]:
        return None
    after = " ".join(words[keys.index(_IN, 2) + 1:])
    periods = find_periods(after)
    if not periods or periods[0][0] != 0 or periods[0][2].year != year:
        return None
    return leading_ordinal(f"{words[0]} x")


_SEGMENT_BREAK = re.compile(r"(?=[\s|;:：,/।])\s*(?:[|;:：,/।]|\s[—–-]\s)\s*")  # (a cheap look first)
_BEFORE = match_key("पहले")


_SHORT_FORM = re.compile(r"[A-Z]{2,6}")


def _ordinal_segment(clause: str) -> int | None:
    """'2011 | कज़ान | पहला', '2014: मिन्स्क (बेलारूस) — दूसरा': one part of the entry's text, between
    its separators, that is an ordinal word alone (or before a short form in capitals, '13वाँ PBD')
    numbers the entry ('पहले' alone is 'before')."""
    found = []
    for segment in _SEGMENT_BREAK.split(clause):
        words = segment.strip(" .").split()
        if len(words) == 2 and _SHORT_FORM.fullmatch(words[1]):
            words = words[:1]  # '13वाँ PBD': the ordinal before the series' short form
        if len(words) == 1 and match_key(words[0]) != _BEFORE:
            number = leading_ordinal(f"{words[0]} x")
            if number is not None:
                found.append(number)
    return found[0] if len(found) == 1 else None


def _bare_ordinal(label: str) -> int | None:
    """'तीसरा (2014)', 'चौथा': a label that is an ordinal word alone (with the date in brackets)
    numbers the entry; 'पहली बार भारत में (2018)' does not."""
    words = without_parentheticals(label).split()
    return leading_ordinal(words[0]) if len(words) == 1 else None


def bad_label(label: str) -> tuple[str, str]:
    """Why a label is not a usable date: an out-of-range year, or not a date at all."""
    label = label.strip()
    if re.fullmatch(r"[0-9०-९]{4}", label) and not plausible_year(int(label.translate(str.maketrans("०१२३४५६७८९", "0123456789")))):
        return "implausible_year", f"Year {label} is outside the plausible range."
    return "bad_year", f"Label {label!r} is not a year or a date."


# --- status: held, planned, cancelled -------------------------------------------------------

# (not a target or a deal that fell short: '... का लक्ष्य रखा गया, जो पूरा नहीं हो सका'; a declaration
# not issued or passed: 'कोई संयुक्त घोषणा जारी नहीं हो सकी'; a leader who could not attend: 'शामिल नहीं हो सके')
_FELL_SHORT = "".join(f"(?<!{re.escape(match_key(w))} )" for w in (
    "पूरा", "पूरी", "पूरे", "हासिल", "लागू", "जारी", "पारित", "स्वीकृत", "तय", "शामिल",
    # a meeting adjourned early met: 'सत्र समय से पहले स्थगित', 'बीच में ही स्थगित'
    "समय से पहले", "समय-पूर्व", "बीच में", "बीच में ही"))
_CANCELLED_WORDS = "|".join(re.escape(match_key(w)) for w in (
    "नहीं हो सका", "नहीं हो सकी", "नहीं हो सके", "नहीं हो पाया", "नहीं हो पाई", "रद्द", "टल गया", "टल गई",
    "टल गए", "टाल दिया", "टाल दी", "टालना", "स्थगित", "नहीं हुआ", "नहीं हुई", "नहीं हुए",
))


class _Prefiltered:
    """A pattern whose `search` first looks for what every match holds, with a cheaper pattern
    (a regex that opens with look-behinds tries them at every position: five times the cost).
    Any other method is the full pattern's."""

    def __init__(self, cheap: re.Pattern[str], full: re.Pattern[str]):
        self._cheap, self._full = cheap, full

    def search(self, text: str) -> re.Match[str] | None:
        return self._full.search(text) if self._cheap.search(text) else None

    def __getattr__(self, name: str):
        return getattr(self._full, name)


CANCELLED = _Prefiltered(re.compile(_CANCELLED_WORDS), re.compile(_FELL_SHORT + "(?:" + _CANCELLED_WORDS + ")"))
PLANNED = re.compile("|".join(re.escape(match_key(w)) for w in (
    "होना था", "होनी थी", "होने थे", "होना है", "होगा", "होगी", "होंगे", "होंगी", "प्रस्तावित", "संभावना", "संभावित",
    "करनी है", "करनी थी", "करेगा", "करेगी", "करेंगे", "करेंगी", "आयोजित किया जाएगा", "आयोजित की जाएगी", "तय है",
    # the subjunctive of a proposal: '... प्रस्ताव ... कि सातवाँ शिखर सम्मेलन 2027 में ... आयोजित किया जाए'
    "किया जाए", "की जाए", "किए जाएँ", "किए जाएं", "किया जाये", "की जाये",
    # '2026 (गोवा): अगला सम्मेलन', '... निर्धारित', '... अपेक्षित': the next one, not yet held
    "अगला सम्मेलन", "अगली बैठक", "अगला शिखर सम्मेलन", "अगली शिखर बैठक", "निर्धारित", "अपेक्षित",
)))
_FIRST_CLAUSE = guarded(r"\s*(?:;|।|\s[—–]\s|, (?:जिस|जहाँ|जहां|जब|और इसके|इसके बाद))", (";", "।", "—", "–", ", "))


def first_clause(text: str) -> str:
    # the status, place and mode rules read one entry's first clause alike: short texts are cached
    return _cached_first_clause(text) if len(text) <= CACHED_CLAUSE_CHARS else _FIRST_CLAUSE.split(text, maxsplit=1)[0]


CACHED_CLAUSE_CHARS = 2000


@lru_cache(maxsize=4096)
def _cached_first_clause(text: str) -> str:
    return _FIRST_CLAUSE.split(text, maxsplit=1)[0]


def entry_status(text: str) -> str:
    """held, planned or cancelled, from the verbs of the entry's first clause."""
    first = first_clause(text)
    key = match_key(first)
    after = without_parentheticals(first_clause(text[len(first):].lstrip(" ;।—–-")))
    if (len(first.split()) <= MAX_LABEL_PLACE_WORDS and not _DATEISH.search(first) and not _MEETING_LABEL.search(key)
            and 0 < len(after.split()) <= MAX_LABEL_PLACE_WORDS):
        # 'गुवाहाटी — रद्द (विरोध प्रदर्शन)': the first clause only names the place, the short next
        # one says what became of the summit
        key = f"{match_key(after)} {key}"
    if CANCELLED.search(key):
        return "cancelled"
    if _TO_CHECK_CUE.search(key):
        key = _TO_CHECK.sub(" ", key)  # '(dates check करनी हैं)': the note-taker's to-do, not the meeting's plan
    planned = PLANNED.search(key)
    if planned and not (planned[0] in _LIKELY and _HELD_SUMMIT.search(key[:planned.start()])):
        return "planned"
    return "held"


# 'चौथा edition (dates check करनी हैं)', 'venue confirm करना है', 'तारीख़ें जाँचनी हैं': what the notes' writer
# still has to check
_TO_CHECK_CUE = re.compile("check|confirm|verify|" + "|".join(match_key(w) for w in ("चेक", "जाँच", "जांच", "पता")))
_TO_CHECK = re.compile(r"(?:check|confirm|verify|" + "|".join(match_key(w) for w in ("चेक", "जाँच", "जांच", "पता")) + r")\s+(?:"
                       + "|".join(match_key(w) for w in ("करनी", "करना", "करने")) + r")\s+(?:"
                       + "|".join(match_key(w) for w in ("है", "हैं")) + r")")
# '3 मार्च को हुए सम्मेलन में ... ब्रेक्सिट के संभावित परिणामों पर चेतावनी दी': after a participle
# of holding before the summit noun, 'likely, proposed' qualifies something said at the summit
_LIKELY = frozenset(match_key(w) for w in ("संभावित", "संभावना", "प्रस्तावित", "अपेक्षित", "निर्धारित"))
_HELD_SUMMIT = re.compile(r"(?:^|\s)(?:" + "|".join(match_key(w) for w in ("हुए", "हुई", "हुआ", "चले", "चली", "चला"))
                          + r")\s+(?:" + "|".join(match_key(w) for w in ("शिखर", "सम्मेलन", "बैठक", "वार्ता"))
                          + r")(?=\s|$)")


# Meetings of ministers or officials are not summits, even in a summit list; a prime minister
# ('प्रधानमंत्रियों की', 'प्रधान मंत्रियों की') is a leader.
# a compound typed with a space, a hyphen or neither ('मंत्री स्तर', 'मंत्री-स्तरीय', 'मंत्रिस्तरीय')
def _words(*words: str) -> str:
    return "|".join(re.escape(match_key(w)).replace(r"\ ", "[ -]") for w in words)


# (a series of ministers' conferences counts these: `ministers_meet`)
_MINISTERS_WORDS = _words("मंत्रियों की", "मंत्रिस्तरीय", "मंत्री स्तर", "मंत्रिपरिषद", "मंत्री परिषद",
                          "मंत्रिस्तरीय परिषद", "मंत्रियों के स्तर")  # 'यह व्यापार मंत्रियों के स्तर पर हुआ था'
_OFFICIALS_WORDS = _words("विदेश मंत्रियों", "अधिकारियों की", "अधिकारी स्तर", "सचिवों की", "सचिव स्तर", "राजदूतों की",
                          "आउटरीच", "शेरपाओं की", "शेरपा स्तर", "शेरपा बैठक", "कार्य समूह की", "कार्यसमूह की",
                          "अधिकारियों के स्तर", "सचिवों के स्तर")
_MINISTERIAL_WORDS = _MINISTERS_WORDS + "|" + _OFFICIALS_WORDS
_NOT_PRIME = r"(?<!" + match_key("प्रधान") + r")(?<!" + match_key("प्रधान") + r" )"
_MINISTERIAL = re.compile(_NOT_PRIME + "(?:" + _MINISTERIAL_WORDS + ")")
_MINISTERIAL_WORD = re.compile(_MINISTERIAL_WORDS)  # the words alone: a search that skips ahead fast
_OFFICIALS = re.compile(_NOT_PRIME + "(?:" + _OFFICIALS_WORDS + ")")

# 'विश्व व्यापार संगठन (WTO) मंत्रिस्तरीय सम्मेलन', 'चौथी स्वच्छ ऊर्जा मंत्रिस्तरीय बैठक', 'खेल मंत्रियों
# का अंतरराष्ट्रीय सम्मेलन': a title whose series meets at ministers' level (and names no summit)
_MINISTERS_SERIES = re.compile(r"(?:" + _words("मंत्रिस्तरीय", "मंत्री स्तरीय") + r"|" + match_key("मंत्रियों")
                               + r"\s+(?:" + _words("का", "की", "के") + r"))(?:\s+\S+){0,3}?\s+(?:"
                               + _words("सम्मेलन", "सम्मेलनों", "बैठक", "बैठकें", "बैठकों", "परिषद") + r")(?=\s|$|[,:;(-])"
                               + r"|ministerial|" + match_key("मिनिस्टीरियल"))
_MINISTERS_MEET: ContextVar[bool] = ContextVar("ministers_meet", default=False)


@lru_cache(maxsize=64)
def ministerial_series(title_key: str) -> bool:
    """Whether a title (match key) names a series whose meetings are ministers' conferences, so its
    ministers' meetings are its summits (its officials' meetings still are not)."""
    key = title_key.casefold()
    return _MINISTERS_SERIES.search(key) is not None and not re.search(match_key("शिखर") + "|summit", key)


def lists_ministers_meetings(title_key: str, summit_headings: list[str]) -> bool:
    """Whether a document whose title names no summit lists its meetings only under headings that
    name ministers' meetings ('## अब तक हुई वार्षिक मंत्रिस्तरीय बैठकें'): a forum of ministers, whose
    ministers' meetings are its summits."""
    return bool(summit_headings) and not re.search(match_key("शिखर") + "|summit", title_key.casefold()) and all(
        _MINISTERS_SERIES.search(match_key(h).casefold()) is not None for h in summit_headings)


@contextmanager
def ministers_meeting(meet: bool) -> Iterator[None]:
    """While the block parses one document, whether its series' own meetings are ministers'."""
    token = _MINISTERS_MEET.set(meet)
    try:
        yield
    finally:
        _MINISTERS_MEET.reset(token)


# 'मेक्सिको मंत्रिस्तरीय वक्तव्य' (a table's key-document cell): a document the word qualifies, not a meeting
_DOCUMENT_AFTER = re.compile(r"\s*(?:" + "|".join(match_key(w) for w in (
    "वक्तव्य", "घोषणा", "घोषणापत्र", "बयान", "विज्ञप्ति", "संकल्प", "statement", "declaration", "communique")) + r")(?![\w\u0900-\u097f])")


def _ministerial(key: str) -> bool:
    if _MINISTERIAL_WORD.search(key) is None:
        return False
    pattern = _OFFICIALS if _MINISTERS_MEET.get() else _MINISTERIAL
    return any(_DOCUMENT_AFTER.match(key, m.end()) is None for m in pattern.finditer(key))


def is_ministerial(text: str) -> bool:
    return _ministerial(match_key(first_clause(text)))


def names_ministers(text: str) -> bool:
    """Whether any clause of the text names a meeting of ministers or officials."""
    return _ministerial(match_key(text))


# --- places --------------------------------------------------------------------------------

# "तेहरान (ईरान) में": the country in brackets only says where the city is.
_COUNTRY_IN_BRACKETS = re.compile(r"\s*\(([^()]{1,60})\)(?=\s+में(?:[\s,;।]|$))")
# "रोम, इटली में": the city, then its country after a comma
_COUNTRY_AFTER_COMMA = re.compile(r"([^\s,]+),\s+([^\s,()]+(?:\s[^\s,()]+){0,2}?)(?=\s+में(?:[\s,;।]|$))")
_HELD = frozenset(match_key(w) for w in "आयोजित हुए हुआ हुई संपन्न सम्पन्न आयोजन चला चली चले बुलाए बुलाये बुलाई बुलाया".split())
_IN = match_key("में")
_EMPHASIS = frozenset(match_key(w) for w in ("ही", "भी"))
_ON = match_key("पर")
_ISLAND = match_key("द्वीप")
#: 'मृत सागर के तट पर': on the shore of a place the lexicon knows as a venue (a sea, a lake)
_SHORE = match_key("तट")
_OF_SHORE = match_key("के")
# Words that end a place name when walking back from "में": postpositions, pronouns and
# the nouns that stand where a place could ("सम्मेलन में हुए", "मेज़बानी में आयोजित").
_NOT_PLACE = frozenset(match_key(w) for w in (
    "के की का में से पर को ने तक और तथा एवं व निकट पास समीप ही भी साथ बीच सहित अलावा बजाय द्वारा "
    "दोनों इस यह वह उस इसी उसी जिस जो सभी हर यहाँ यहां वहाँ वहां "
    "सम्मेलन सम्मेलनों शिखर बैठक बैठकें बैठकों वार्ता वार्ताएँ वार्ताएं दो तीन चार समारोह कार्यक्रम सत्र सत्रों संस्करण संस्करणों आयोजन आयोजनों समिट मंच माध्यम प्रारूप रूप "
    "वर्ष साल दशक महीने दौरान समय अवधि देश देशों क्षेत्र क्षेत्रों राजधानी मुख्यालय "
    "वर्षों सालों दशकों महीनों दिनों हफ़्तों सप्ताहों बरसों दिन इतिहास फिर पुनः दोबारा अब तब जब "
    "अध्यक्षता मेज़बानी उपस्थिति नेतृत्व रूप तहत बाद पहले स्थित तटीय सह-मेज़बानी सह-मेजबानी सह-अध्यक्षता "
    "चरण चरणों हिस्सों भागों खंडों मध्यस्थता पहल देखरेख निगरानी सान्निध्य मौजूदगी भागीदारी "
    "शहर नगर नगरी क़स्बे क़स्बा कस्बे कस्बा गाँव गांव राज्य प्रांत द्वीप रिसॉर्ट पर्वतीय प्रसिद्ध ऐतिहासिक स्थल केंद्र भवन मंडपम मंडप सभागार स्टेडियम होटल "
    # how a meeting was held is never where: "हाइब्रिड में", "2021 (हाइब्रिड)"
    "हाइब्रिड मिश्रित वर्चुअल आभासी ऑनलाइन डिजिटल व्यक्तिगत आमने-सामने प्रत्यक्ष वीडियो"
).split())
_MODE_WORDS = frozenset(match_key(w) for w in (
    "हाइब्रिड", "मिश्रित", "वर्चुअल", "आभासी", "ऑनलाइन", "व्यक्तिगत", "आमने-सामने", "प्रत्यक्ष"))
_TIME_WORDS = frozenset(match_key(w) for w in (
    "मध्य", "शुरुआत", "शुरू", "अंत", "आरंभ", "प्रारंभ", "शरद", "ऋतु", "ग्रीष्म", "वसंत", "शीत", "सर्दी", "गर्मी",
    "पूर्वार्ध", "उत्तरार्ध", "लगभग", "करीब", "क़रीब"))
_OF = frozenset(match_key(w) for w in ("के", "की", "का"))
_CLASSIFIERS = frozenset(match_key(w) for w in ("शहर", "नगर", "नगरी", "गाँव", "गांव"))
_SETTLEMENTS = frozenset(match_key(w) for w in ("शहर", "नगर", "नगरी", "गाँव", "गांव", "ग्राम", "क़स्बे", "कस्बे"))
_CITY_WORDS = frozenset(match_key(w) for w in ("सिटी", "सिटि"))
_LOCATED = match_key("स्थित")
_CITY_NOUNS = frozenset(match_key(w) for w in ("शहर", "नगर", "नगरी", "राजधानी", "क़स्बे", "क़स्बा", "कस्बे", "कस्बा"))
_PUNCTUATION = "\"'“”‘’()[]"
MAX_PLACE_WORDS = 3
#: A name with the particle of Spanish, Portuguese, French or Italian names ("de la", "del")
#: may run to this many words: 'सांता क्रूज़ दे ला सिएरा शहर में'. Not दो/दा (Hindi words).
MAX_PARTICLE_PLACE_WORDS = 6
_NAME_PARTICLES = frozenset(match_key(w) for w in ("दे", "डे", "डी", "दि", "डि", "ला", "देल", "डेल", "दु", "डु"))
# 'पोर्ट ऑफ़ स्पेन', 'सैंटियागो दे चिली': a particle before a country's name makes it part of a city's
_OF_PARTICLES = _NAME_PARTICLES | frozenset(match_key(w) for w in ("ऑफ़", "ऑफ", "आफ़", "आफ"))
_ORDINAL_WORD = re.compile(r"^(?:[0-9०-९]{1,3}(?:वें|वाँ|वां|वीं|" + IRREGULAR_ORDINAL_SUFFIX + ")|" + "|".join(
    match_key(w) for w in ("दूसरे", "दूसरा", "तीसरे", "तीसरा", "चौथे", "चौथा", "पाँचवें", "पांचवें", "छठे", "सातवें",
                           "आठवें", "नौवें", "दसवें")) + r")$")  # not पहले/पहली: 'इतिहास में पहली बार'
_SUMMIT_NOUNS = frozenset(match_key(w) for w in ("सम्मेलन", "शिखर", "बैठक"))
_DOTTED_SHORT_FORM = re.compile(r"^(?:[\u0900-\u097f]{1,4}\.){2,}$")  # 'डी.सी.', 'यू.एस.'
PLACE_KINDS = ("city", "country", "organisation")


_MODE_WORDS = frozenset(match_key(w) for w in (
    "हाइब्रिड मिश्रित वर्चुअल आभासी ऑनलाइन डिजिटल व्यक्तिगत आमने-सामने प्रत्यक्ष भौतिक वीडियो").split())
_MODE_NOUNS = frozenset(match_key(w) for w in "रूप प्रारूप माध्यम तरीके ढंग".split())
_MODE_POSTPOSITIONS = frozenset(match_key(w) for w in ("में", "से"))


def _mode_phrase(keys: list[str], k: int) -> int:
    """How many words at position k say how a meeting was held ('हाइब्रिड रूप में', 'वर्चुअल
    माध्यम से'): 0 when none do."""
    if (k + 2 < len(keys) and keys[k] in _MODE_WORDS and keys[k + 1] in _MODE_NOUNS
            and keys[k + 2].rstrip("।,;:.") in _MODE_POSTPOSITIONS):
        return 3
    return 0


_DATE_AT = frozenset(match_key(w) for w in ("को", "में"))
MAX_DAY_PHRASE_WORDS = 4


def _day_phrase(keys: list[str], k: int) -> int:
    """How many words at position k give a date ended by को or में ('4 जून 2021 को', '15-16
    अक्टूबर 2016 को', 'सितंबर 2017 में'), or days from one to another ('30 अक्टूबर से 1 नवंबर
    तक', '15 से 17 जून तक'): 0 when none do."""
    n = _date_words(keys, k)
    if n and k + n < len(keys) and keys[k + n] in _DATE_AT:
        return n + 1
    if n and k + n + 1 < len(keys) and keys[k + n] == _FROM:
        to = _date_words(keys, k + n + 1)
        if to and k + n + 1 + to < len(keys) and keys[k + n + 1 + to].rstrip(",") == _UNTIL:
            return n + 1 + to + 1
    return 0


_FROM, _UNTIL = match_key("से"), match_key("तक")


_DATE_NUMBER = re.compile(r"[0-9०-९]{1,4}(?:[-–][0-9०-९]{1,2})?,?")  # a day, days or a year


def _date_words(keys: list[str], k: int) -> int:
    """How many words at position k are days, months and years (up to `MAX_DAY_PHRASE_WORDS`)."""
    n = 0
    while k + n < len(keys) and n < MAX_DAY_PHRASE_WORDS and (
            _DATE_NUMBER.fullmatch(keys[k + n]) or keys[k + n].rstrip(",") in MONTHS):
        n += 1
    return n


@dataclass(frozen=True)
class Place:
    city: str | None  # as written; None when the named place is a country (no city invented)
    kind: str  # city | country | organisation | unknown


def _another_name(bracketed: str) -> bool:
    """A bracket of one or two words with no digit, no comma and no word of a meeting
    ('महाबलीपुरम', 'नॉरमंडी'): a name beside a name, not part of it."""
    words = bracketed.split()
    keys = list(map(match_key, words))
    if keys and keys[-1] in _HALL_NOUNS and not _DATEISH.search(bracketed) and "," not in bracketed:
        return True  # 'यशोभूमि (इंडिया इंटरनेशनल कन्वेंशन एंड एक्सपो सेंटर) में': the hall's full name
    return (0 < len(words) <= 2 and not _DATEISH.search(bracketed) and "," not in bracketed
            and not any(k in _NOT_PLACE for k in keys))


# the last word of a hall's or a ground's name
_HALL_NOUNS = frozenset(match_key(w) for w in (
    "सेंटर", "सेन्टर", "केंद्र", "केन्द्र", "हॉल", "भवन", "मार्ट", "परिसर", "स्टेडियम", "मैदान", "मंडपम", "सभागार", "centre", "center"))


def find_place(description: str, lexicon: Lexicon, *, nearest_end: bool = False) -> Place | None:
    """The host place the text names, or None when it names none.

    Every "X में" counts when X is a city the lexicon knows ("विक्टोरिया में चौथे सम्मेलन में");
    an unknown name only right before a verb of holding ("मामल्लपुरम में आयोजित"); a country
    gives a place without a city.
    """
    # "तेहरान (ईरान) में", "मामल्लपुरम (महाबलीपुरम) में": the bracket says where the place lies or
    # what else it is called; the place is the name before it
    # a name with its country in brackets is a place ("जोहान्सबर्ग (दक्षिण अफ्रीका) में")
    in_a_country: set[int] = set()  # the positions of the words before such a bracket
    if "(" in description:
        dropped = [0]  # words of the brackets dropped so far

        def drop(match: re.Match) -> str:
            if lexicon.lookup(match[1], ("country",)):
                in_a_country.add(len(description[:match.start()].split()) - 1 - dropped[0])
            elif not _another_name(match[1]):
                return match[0]
            dropped[0] += len(match[0].split())
            return ""

        description = _COUNTRY_IN_BRACKETS.sub(drop, description)
    if ", " in description:
        description = _COUNTRY_AFTER_COMMA.sub(
            lambda m: m[1] if lexicon.lookup(m[2], ("country",)) and not lexicon.lookup(m[1], ("country",)) else m[0],
            description)
    words = [w.strip(_PUNCTUATION) for w in description.split()]
    keys = list(map(match_key, words))
    fallback: Place | None = None
    for i in range(1, len(words)):
        # "X में"; an island "X द्वीप पर"; also where a clause ends ("न्यूयॉर्क में, ...", "... में।")
        if keys[i].rstrip(",;।") == _ON and keys[i - 1] == _SHORE:
            # "जॉर्डन में मृत सागर के तट पर ... आयोजित": the shore of a venue the lexicon knows (no other name)
            end = i - 1 - (i >= 2 and keys[i - 2] == _OF_SHORE)
            shore = _place_before(words, keys, end, lexicon, allow_unknown=False) if end > 0 else None
            if shore is not None and shore.kind == "city":
                if not nearest_end:
                    return shore
                fallback = shore
            continue
        if keys[i].rstrip(",;।") != _IN and not (keys[i].rstrip(",;।") == _ON and keys[i - 1] == _ISLAND):
            continue
        # "कीव में हाइब्रिड रूप में आयोजित", "तालिन में 4 जून 2021 को आयोजित": how or when, then the verb
        after = i + 1 + (i + 1 < len(words) and keys[i + 1] in _EMPHASIS)  # 'इंदौर में ही 28 से 30 अक्टूबर 2012 तक ...'
        after += _day_phrase(keys, after)
        after += _mode_phrase(keys, after)
        after += after < len(words) and keys[after] in _EMPHASIS  # "अरुशा में ही हुए", "... में भी आयोजित"
        if _was_to_be_held_elsewhere(keys, after, description):
            continue  # 'बर्लिन में होना था पर COVID की वजह से पूरी तरह वर्चुअल': where it was to meet
        held_next = after < len(words) and keys[after].rstrip("।,;:.") in _HELD
        # "तोक्यो में १५वें भारत-जापान वार्षिक शिखर सम्मेलन": right before a numbered summit
        numbered_next = (i + 1 < len(words) and _ORDINAL_WORD.match(keys[i + 1]) is not None
                         and any(k in _SUMMIT_NOUNS for k in keys[i + 2:i + 7]))
        # "तिराना में सम्मेलन हुआ", "... में शिखर सम्मेलन आयोजित": the summit noun, then its verb of
        # holding; also after the days and its number ("X में 30 अक्टूबर से 1 नवंबर तक पहला सम्मेलन हुआ")
        noun = after + (after < len(words) and (keys[after] in ORDINAL_WORDS or _ORDINAL_WORD.match(keys[after]) is not None))
        summit_held_next = (noun + 1 < len(words) and keys[noun] in _SUMMIT_NOUNS
                            and any(k.rstrip("।,;:.") in _HELD for k in keys[noun + 1:noun + 3]))
        # "कीव में हाइब्रिड रूप में आयोजित": how it met, then the verb of holding
        mode_held_next = (i + 2 < len(words) and keys[i + 1] in _MODE_WORDS
                          and any(k.rstrip("।,;:.") in _HELD for k in keys[i + 2:i + 6]))
        place = _place_before(words, keys, i, lexicon, allow_unknown=held_next or numbered_next or summit_held_next
                              or mode_held_next or i - 1 in in_a_country)
        if place is None or place.kind == "unknown":
            place = _venue_city(words, keys, i, lexicon) or place  # "नई दिल्ली के विज्ञान भवन में"
        if place is None and (sounded := sounded_place(words, keys, i, description, lexicon)) is not None:
            place = Place(sounded, "city")  # "27 सितंबर को ल्योन में राष्ट्रपति ...": a city by sound
        if place is not None and place.kind == "unknown" and numbered_next and plural_word(place.city or "", description, lexicon):
            continue  # "हाल के संस्करणों में, 10वीं बैठक": a plural noun, no place
        if place is None:
            continue
        if place.kind == "city" and not nearest_end:
            return place
        if place.kind == "city":
            fallback = place  # the last city before the end of the text wins
        elif fallback is None or (nearest_end and fallback.kind != "city") or (
                place.kind == "unknown" and fallback.kind == "country"):
            fallback = place  # a named place (read only where a cue allows it) is more than a country
    if fallback is not None:
        return fallback
    hosted = hosted_by(description, lexicon)  # '10 नवंबर को सोफ़िया की मेज़बानी में, ... सम्मेलन हुआ'
    if hosted is not None and hosted.kind == "city":
        return hosted
    host = _host_city(words, keys, lexicon) or _visited_city(words, keys, lexicon) or _city_come_to(words, keys, lexicon)
    if host is not None:
        return host
    if len(words) > 2:
        return _opening_city(words, keys, lexicon)
    return None


_TO_BE = frozenset(match_key(w) for w in ("होना", "होनी", "होने"))
_WAS = frozenset(match_key(w) for w in ("था", "थी", "थे"))
_BUT = frozenset(match_key(w) for w in ("पर", "लेकिन", "किंतु", "किन्तु", "परंतु", "परन्तु", "मगर"))


def _was_to_be_held_elsewhere(keys: list[str], after: int, description: str) -> bool:
    """'X में होना था पर ... वर्चुअल', 'X में होनी थी, लेकिन Y में हुई': the place before `after`
    is where the meeting was to be held, and the text goes on ('पर', 'लेकिन') to a meeting held
    online or in another place. 'X में 11 जुलाई को होना था, पर 17 जुलाई को हुआ' keeps X. Without such a
    turn, the place is where it was to meet when the text says it met online ('Virtual — 9वाँ, ...; पहले
    डकार में होना था')."""
    if after + 1 >= len(keys) or keys[after] not in _TO_BE or keys[after + 1].rstrip("।,;:.") not in _WAS:
        return False
    rest = keys[after + 2:]
    if not rest or rest[0].strip(",;") not in _BUT:
        return is_virtual(description) and not is_hybrid(description)
    return is_virtual(" ".join(rest)) or _IN in (k.rstrip("।,;:.") for k in rest)


_VISIT = frozenset(match_key(w) for w in ("यात्रा", "दौरे", "दौरा", "दौरों"))
# the kind of a visit, between its city and the noun: 'नई दिल्ली की राजकीय यात्रा'
_VISIT_KINDS = frozenset(match_key(w) for w in (
    "राजकीय", "आधिकारिक", "सरकारी", "औपचारिक", "अनौपचारिक", "द्विपक्षीय", "कामकाजी", "एक-दिवसीय", "दो-दिवसीय",
    "एकदिवसीय", "दोदिवसीय", "पहली", "ऐतिहासिक"))


def _visited_city(words: list[str], keys: list[str], lexicon: Lexicon) -> Place | None:
    """'मोदी ने लंदन की यात्रा की', 'मोदी की लंदन यात्रा के दौरान': the known city a leader
    visited, where the text names no place with में; a country visited names no city."""
    if not _VISIT.intersection(k.rstrip("।,;:") for k in keys):
        return None
    for i in range(1, len(words)):
        if keys[i].rstrip("।,;:") not in _VISIT:
            continue
        end = i - 1 if keys[i - 1] in _VISIT_KINDS else i  # 'की नई दिल्ली की राजकीय यात्रा'
        end = end - 1 if end > 0 and keys[end - 1] in _OF else end
        for n in range(min(MAX_PLACE_WORDS, end), 0, -1):
            name = " ".join(words[end - n:end])
            if any(k in _NOT_PLACE or _DATEISH.search(k) for k in keys[end - n:end]):
                continue
            if _known_city(name, lexicon):
                return Place(name, "city")
    return None


#: Verbs of coming or going to a place named right before them, with no postposition ('देउबा नई
#: दिल्ली आए', 'मोदी ओसाका गए'): 'से आए' (came from) has one. Reaching (पहुँचे) is the sentence
#: reader's (`prose.where`): the day one arrives is not the summit's.
_COME_TO = frozenset(match_key(w) for w in ("आए", "आये", "आईं", "आई", "आया", "गए", "गये", "गईं"))


def _city_come_to(words: list[str], keys: list[str], lexicon: Lexicon, verbs: frozenset[str] = _COME_TO) -> Place | None:
    """'अगस्त 2017: शेर बहादुर देउबा नई दिल्ली आए': the known city a leader came to or reached,
    written right before the verb; a country reached names no city, nor does an unknown name."""
    if not verbs.intersection(k.rstrip("।,;:") for k in keys):
        return None
    for i in range(1, len(words)):
        if keys[i].rstrip("।,;:") not in verbs:
            continue
        for n in range(min(MAX_PLACE_WORDS, i), 0, -1):
            if any(k in _NOT_PLACE or _DATEISH.search(k) or k[-1:] in ",।;:" for k in keys[i - n:i]):
                continue
            name = " ".join(w.strip("\"'“”‘’()") for w in words[i - n:i])
            if _known_city(name, lexicon):
                return Place(name, "city")
    return None


_HOSTING = frozenset(match_key(w) for w in ("मेज़बानी", "मेजबानी"))
_BY = match_key("ने")


def _host_city(words: list[str], keys: list[str], lexicon: Lexicon) -> Place | None:
    """'... की मेज़बानी मार्च 2016 में नई दिल्ली ने की', 'बर्लिन ने मेज़बानी की': a city the
    lexicon knows, the subject of hosting, is the place (a country hosting names no city)."""
    if not _HOSTING.intersection(k.rstrip("।,;:") for k in keys):
        return None
    for i in range(1, len(words)):
        if keys[i] != _BY:
            continue
        city = _city_ending_at(words, i, lexicon)
        if city is not None:
            return city
    return _unknown_host(words, keys, lexicon)


_DID = frozenset(match_key(w) for w in ("की", "किया", "की।", "किया।"))


# Plural nouns a phrase ends 'में' with ('हाल के संस्करणों में', 'पिछले वर्षों में'): no place's name.
_PLURAL_NOUNS = frozenset(match_key(w) for w in (
    "संस्करणों", "वर्षों", "सालों", "दशकों", "महीनों", "दिनों", "देशों", "शहरों", "राज्यों", "क्षेत्रों", "इलाक़ों", "इलाकों",
    "सम्मेलनों", "बैठकों", "मामलों", "सत्रों", "चरणों", "दौरों", "मौक़ों", "मौकों", "अवसरों"))


def _unknown_host(words: list[str], keys: list[str], lexicon: Lexicon) -> Place | None:
    """'तीसरे सम्मेलन की मेज़बानी सेंडाई ने 14–18 मार्च 2015 को की': a name no lexicon holds, right
    after मेज़बानी as the subject of hosting on the stated days, is the host city when GeoNames
    knows it by its sound (not 'राष्ट्रपति ने'); a country is written otherwise ('जापान ने')."""
    for i in range(2, len(words) - 2):
        if keys[i] != _BY or keys[i - 2].rstrip("।,;:") not in _HOSTING:
            continue
        done = next((j for j in range(i + 1, min(len(words), i + 8)) if keys[j].rstrip("।,;:") in _DID), None)
        if done is None or not re.fullmatch(r"[\u0900-\u0963\u0971-\u097f]+", words[i - 1]) or lexicon.lookup(words[i - 1]):
            continue
        days = find_periods(" ".join(words[i + 1:done]))
        if len(days) == 1 and days[0][2].precision == "day" and find_city(words[i - 1]) is not None:
            return Place(words[i - 1], "unknown")
    return None


_VENUES = frozenset(match_key(w) for w in (
    "सेंटर", "सेंटर", "केंद्र", "सभागार", "स्टेडियम", "होटल", "भवन", "मंडपम", "मंडप", "हॉल", "पैलेस", "रिज़ॉर्ट", "रिसॉर्ट",
    "महल", "कैसल", "शातो", "शैटो", "एस्टेट"))  # 'मेज़बर्ग महल में': a palace named after its place


def _city_naming_venue(words: list[str], keys: list[str], j: int, lexicon: Lexicon) -> Place | None:
    """'जकार्ता कन्वेंशन सेंटर में', 'सोची ओलंपिक पार्क स्टेडियम में': a venue named after its known
    city, which opens the venue's name (up to three words before the venue noun)."""
    start = max(0, j - 3)
    for k in range(start, j):
        if keys[k] in _NOT_PLACE or keys[k] in _OF or words[k][-1:] in ",।;:":
            start = k + 1  # the venue's name begins after the last such word
    for n in (2, 1):
        if start + n <= j:
            name = " ".join(w.strip(_PUNCTUATION) for w in words[start:start + n])
            entry = lexicon.lookup(name, ("city",))
            if entry is not None:
                return Place(name, "city")
    return None


def _place_before(words: list[str], keys: list[str], end: int, lexicon: Lexicon,
                  *, allow_unknown: bool = True) -> Place | None:
    """The name that ends right before position `end` ("में")."""
    j = end - 1
    if keys[j] in _DIRECTIONS:
        return None  # "पेरिस के उत्तर में": north of Paris, not in it
    if keys[j] == _ISLAND:
        return _island_before(words, keys, j, lexicon)
    if keys[j] in _CLASSIFIERS:  # "वुहान शहर में"
        j -= 1
        allow_unknown = True
    if keys[j] in _VENUES:
        venue_city = _city_naming_venue(words, keys, j, lexicon)
        if venue_city is not None:
            return venue_city
    run: list[str] = []
    country_before: int | None = None
    while j >= 0 and (len(run) < MAX_PLACE_WORDS or (
            len(run) < MAX_PARTICLE_PLACE_WORDS and any(match_key(w) in _NAME_PARTICLES for w in run[:-1]))):
        word = words[j]
        if not word.strip("—–-") or keys[j] in _NOT_PLACE or _DATEISH.search(word) or word[-1] in ",।;:":
            if keys[j] in _CITY_NOUNS:  # "पेरू की राजधानी लीमा में", "तटीय शहर कार्टाजेना में"
                allow_unknown = True
            if _in_a_country(words, keys, j, lexicon):  # "फ़्रांस के रांबुये में": a place in France
                allow_unknown = True
                country_before = j
            if keys[j] in _OF and run and (city := _city_ending_at(words, j, lexicon)) is not None:
                return city  # "पेरिस के ग्रां पैले में": a venue in a known city; the city is the place
            if keys[j] == _LOCATED:  # "वॉशिंगटन स्थित व्हाइट हाउस में": the city is before स्थित
                located = _place_before(words, keys, j, lexicon, allow_unknown=False)
                if located is None and _named_region(words, keys, j):
                    # "कैलिफ़ोर्निया के रैंचो मिराज स्थित सनीलैंड्स में": a place within a named place
                    located = _place_before(words, keys, j, lexicon, allow_unknown=True)
                # an unknown name only when a country or a city noun stands before it ('ब्रिटेन के
                # वुडस्टॉक स्थित ब्लेनहेम पैलेस में')
                if located is not None and located.kind in ("city", "unknown"):
                    return located
            break
        run.insert(0, word)
        j -= 1
    if len(run) == MAX_PLACE_WORDS and j >= 0 and keys[j] in _CITY_NOUNS:
        allow_unknown = True  # "ब्रुनेई की राजधानी बंदर सेरी बेगवान में": a long name after a city noun
    if len(run) >= 2 and _DOTTED_SHORT_FORM.match(run[-1]):
        run = run[:-1]  # "वॉशिंगटन डी.सी. में": the city before its short-form qualifier
    for n in range(len(run), 0, -1):  # the longest known name ending at "में"
        entry = lexicon.lookup(" ".join(run[-n:]))
        if entry is None and _latin_city(" ".join(run[-n:]), lexicon):
            return Place(" ".join(run[-n:]), "city")  # 'Montreal में 9वीं MOP': a known city in Latin letters
        if entry is None and n > 1 and _gazetteer_city_name(" ".join(run[-n:])):
            # 'पोर्ट ऑफ़ स्पेन में': a city of several words GeoNames knows, before its last word alone (Spain)
            return Place(" ".join(run[-n:]), "city")
        if entry is not None:
            if entry.kind not in PLACE_KINDS:
                return None  # a sector or a term stands there, not a place
            if entry.kind == "organisation":
                return None
            name = " ".join(run[-n:])
            if entry.kind == "country" and n + 1 < len(run) and match_key(run[-n - 1]) in _OF_PARTICLES:
                # "पोर्ट ऑफ़ स्पेन में": a city named after a country, which is not the place
                return Place(" ".join(run), "unknown") if allow_unknown else None
            if entry.kind == "country" and is_city_state(name, entry.english):
                return Place(name, "city")  # "सिंगापुर में": the city is the country
            return Place(name if entry.kind == "city" else None, entry.kind)
    if allow_unknown and run and not any(lexicon.lookup(w) for w in run) and match_key(run[-1]) not in _PLURAL_NOUNS:
        # ('हाल के संस्करणों में': a noun's plural, not a place; 'तूलों में' is one)
        name = " ".join(run)
        # "दक्षिण कोरिया के इंचियोन में": a city GeoNames has in the country named before it is a city,
        # which a known city later in the text ("... पेरिस में") does not outrank
        city = country_before is not None and _city_of_country_before(name, words, country_before, lexicon)
        return Place(name, "city" if city else "unknown")
    if len(run) >= 2 and keys[end - 1] in _CITY_WORDS:
        return Place(" ".join(run[-2:]), "unknown")  # "पनामा सिटी में": a city named after its country
    return None


def _latin_city(name: str, lexicon: Lexicon) -> bool:
    return name.isascii() and name[:1].isupper() and _names_a_city(name, lexicon)


def _gazetteer_city_name(name: str) -> bool:
    """A name of several words that GeoNames gives a city as its Devanagari name, exactly
    (पोर्ट ऑफ़ स्पेन, पोर्ट मोरेस्बी): one place, though a word of it is a country's name."""
    return bool(gazetteer_cities().by_hindi(name, bare=False))


_HOSTING = frozenset(match_key(w) for w in ("मेज़बानी", "मेजबानी"))


def hosted_by(text: str, lexicon: Lexicon) -> Place | None:
    """'ब्रिटेन की मेज़बानी में हुए शिखर सम्मेलन': the host X of '<X> की मेज़बानी में', when the
    lexicon knows it as a city or a country, or GeoNames by its Devanagari name as a city
    (सोफ़िया; a person hosting names no place). Only for a
    sentence that says the summit took place: a host is not where a list entry was held."""
    words = [w.strip(_PUNCTUATION) for w in text.split()]
    keys = list(map(match_key, words))
    for j in range(2, len(words) - 1):
        if keys[j] not in _HOSTING or keys[j - 1] not in _OF or keys[j + 1].rstrip(",;।") != _IN:
            continue
        for n in (2, 1):
            if j - 1 - n < 0:
                continue
            name = " ".join(words[j - 1 - n:j - 1])
            entry = lexicon.lookup(name, ("city", "country"))
            if entry is not None:
                return Place(name if entry.kind == "city" else None, entry.kind)
            if lexicon.lookup(name) is None and gazetteer_cities().by_hindi(name, bare=False):
                return Place(name, "city")  # 'सोफ़िया की मेज़बानी में': a city by its GeoNames name
    return None


MAX_VENUE_WORDS = 5  # 'इंडिया एक्सपो सेंटर एंड मार्ट'
_NOT_VENUE = frozenset(match_key(w) for w in "में से को ने पर तक और तथा एवं व इस उस यह वह जो".split())
#: "X की अध्यक्षता में" (chaired by X), "X के नेतृत्व में": a role of X, not a building in X.
_NOT_VENUE |= frozenset(match_key(w) for w in (
    "अध्यक्षता सह-अध्यक्षता मेज़बानी मेजबानी नेतृत्व उपस्थिति मौजूदगी पहल ओर तरफ़ तरफ बजाय जगह "
    "यात्रा दौरे दौरा देखरेख संयोजन निमंत्रण न्योते आमंत्रण सहयोग भागीदारी").split())
#: "पेरिस के उत्तर में स्थित ... में": a direction from X, neither X nor a building in X.
_DIRECTIONS = frozenset(match_key(w) for w in (
    "उत्तर दक्षिण पूर्व पश्चिम उत्तर-पूर्व उत्तर-पश्चिम दक्षिण-पूर्व दक्षिण-पश्चिम पूर्वोत्तर बाहर बाहरी "
    "नज़दीक नजदीक क़रीब करीब पास निकट समीप").split())  # "बर्लिन के पास मेज़बर्ग महल में": near Berlin
_NOT_VENUE |= _DIRECTIONS


_LOCATED = match_key("स्थित")


def _venue_city(words: list[str], keys: list[str], end: int, lexicon: Lexicon) -> Place | None:
    """'जोहान्सबर्ग के सैंडटन कन्वेंशन सेंटर में', 'नई दिल्ली के विज्ञान भवन में', 'न्यूयॉर्क स्थित
    संयुक्त राष्ट्र मुख्यालय में': a venue of up to four words in a city the lexicon knows; the city
    is the place."""
    for j in range(end - 1, max(-1, end - 2 - MAX_VENUE_WORDS), -1):
        if keys[j] in _CITY_NOUNS:
            return None  # "गोवा की राजधानी पणजी में": the capital is the city, not a venue in X
        if keys[j] == _LOCATED and j < end - 1:
            return _city_ending_at(words, j, lexicon)  # 'न्यूयॉर्क स्थित संयुक्त राष्ट्र मुख्यालय में'
        if keys[j] in _OF:
            if j < end - 1 and j >= 2 and keys[j - 1] in _SETTLEMENTS and keys[j - 2] not in _NOT_PLACE:
                return Place(words[j - 2], "unknown")  # "बुलबोआका गाँव के मिमी कैसल में": the village
            if j < end - 1 and (city := _city_ending_at(words, j, lexicon, one_word=keys[end - 1] in _BUILDINGS)) is not None:
                return city  # ('लखनऊ के इंदिरा गांधी प्रतिष्ठान में': a building's city, one word GeoNames knows)
            return _place_of_a_venue(words, keys, j, end, lexicon)
        if keys[j] == _LOCATED:  # "न्यूयॉर्क स्थित संयुक्त राष्ट्र मुख्यालय में": a venue in a known city
            return _city_ending_at(words, j, lexicon) if j < end - 1 else None
        if keys[j] in _NOT_VENUE or _DATEISH.search(words[j]) or words[j][-1:] in ",।;:":
            return None
    return None


#: The last word of a building that hosts conferences: 'इंदिरा गांधी प्रतिष्ठान', 'विज्ञान भवन', 'भारत मंडपम'.
_BUILDINGS = frozenset(match_key(w) for w in (
    "प्रतिष्ठान", "भवन", "मंडपम", "मंडपम्", "केंद्र", "केन्द्र", "सेंटर", "सेन्टर", "हॉल", "सभागार", "प्रेक्षागृह",
    "स्टेडियम", "परिसर", "संकुल", "कॉम्प्लेक्स", "मार्ट", "एक्सपो"))


#: Venues that take their place's name or stand in a small place: a palace, castle, château,
#: estate, resort or hotel (not a building of government: भवन, केंद्र, सभागार).
_NAMED_VENUES = frozenset(match_key(w) for w in (
    "महल", "कैसल", "शातो", "शैटो", "एस्टेट", "रिज़ॉर्ट", "रिसॉर्ट", "होटल", "पैलेस"))


def _place_of_a_venue(words: list[str], keys: list[str], j: int, end: int, lexicon: Lexicon) -> Place | None:
    """'शांतिली के ऐतिहासिक शातो में': a venue named by its noun (`_NAMED_VENUES`: a palace, a hotel)
    right before में, of a one-word name the lexicon does not know and that sounds like some town's
    own name: that name, as a place still to be found (the gazetteers decide in the document's
    countries, or it stays without an English name)."""
    if j < 1 or j >= end - 1 or keys[end - 1] not in _NAMED_VENUES:
        return None
    name, key = words[j - 1], keys[j - 1]
    if key in _NOT_PLACE or key in _OF or _DATEISH.search(name) or name[-1:] in ",।;:" or lexicon.lookup(name):
        return None
    from pipeline.parse.geo.gazetteer import towns  # the larger index, loaded only for such a venue

    # the sound of a town's own name ('राष्ट्रपति के महल में': a president's palace, no place)
    return Place(name, "unknown") if any(s.own_similarity >= SOUND_OF_A_CITY for s in towns().by_sound(name)[:3]) else None


def _city_ending_at(words: list[str], j: int, lexicon: Lexicon, *, one_word: bool = False) -> Place | None:
    """A city the lexicon knows, written in the (up to 3) words just before position j; or, of two
    words or more (or one, with `one_word`: before a building's name), one GeoNames knows and the
    lexicon holds as nothing else ('ग्रेटर नोएडा के ... में', 'लखनऊ के इंदिरा गांधी प्रतिष्ठान में'); or a
    capital or big city GeoNames knows by that very name (`_known_city`: 'अल्जीयर्स के एल मुरादिया
    राष्ट्रपति भवन में')."""
    for n in range(min(MAX_PLACE_WORDS, j), 0, -1):
        name = " ".join(w.strip(_PUNCTUATION) for w in words[j - n:j])
        if _known_city(name, lexicon) or (
                (n > 1 or one_word) and lexicon.lookup(name) is None and gazetteer_cities().by_hindi(name)):
            return Place(name, "city")
        country = lexicon.lookup(name, ("country",)) if n == 1 else None
        if country is not None and is_city_state(name, country.english):
            return Place(name, "city")  # 'सिंगापुर के शांगरी-ला होटल में': a city-state's venue
    return None


def _named_region(words: list[str], keys: list[str], located: int) -> bool:
    """Whether 'स्थित' at `located` follows '<region> के <name>' ('कैलिफ़ोर्निया के रैंचो मिराज
    स्थित'): a name of one to three words after 'के', itself after a single name (no
    postposition, number or word of time)."""
    for of in range(located - 2, max(0, located - 1 - MAX_PLACE_WORDS) - 1, -1):
        if of < 1 or any(keys[k] in _NOT_PLACE or _DATEISH.search(words[k]) for k in range(of + 1, located)):
            return False
        if keys[of] in _OF:
            region = words[of - 1]
            return keys[of - 1] not in _NOT_PLACE and not _DATEISH.search(region) and region[-1] not in ",;:।"
    return False


def _island_before(words: list[str], keys: list[str], j: int, lexicon: Lexicon) -> Place | None:
    """'मार्गरीटा द्वीप पर', 'बाली द्वीप में': the island named before द्वीप (position j) hosts
    the summit; a name the lexicon knows as a city stays that city (बाली), a known country
    (सोलोमन द्वीप) names no city, any other name of one or two words is the island itself."""
    for n in (2, 1):
        if j - n < 0 or any(k in _NOT_PLACE or _DATEISH.search(k) or k[-1:] in ",।;:" for k in keys[j - n:j]):
            continue
        name = " ".join(words[j - n:j])
        entry = lexicon.lookup(f"{name} {words[j]}") or lexicon.lookup(name)
        if entry is not None:
            if entry.kind == "city":
                return Place(entry.hindi if lexicon.lookup(name) is entry else f"{name} {words[j]}", "city")
            return Place(None, "country") if entry.kind == "country" else None
        if n == 1 or not lexicon.lookup(words[j - 1]):
            if n == 2 and keys[j - 2] in _OF:
                continue
            if n == 1 and j >= 3 and keys[j - 2] in _OF:
                # "सिंगापुर के सेंटोसा द्वीप पर": an island of a city the lexicon knows (or of a
                # city-state); the city is the place
                city = _city_ending_at(words, j - 2, lexicon)
                if city is None and (country := lexicon.lookup(words[j - 3], ("country",))) is not None and (
                        is_city_state(words[j - 3], country.english)):
                    city = Place(words[j - 3], "city")
                if city is not None:
                    return city
            return Place(f"{name} {words[j]}", "unknown")
    return None


#: Between '<country> के' and a place only name words stand; these (and a clause's punctuation)
#: end the chain ('लीबिया के ... की मौजूदगी ने इसे सुर्ख़ियों में': the country is another clause's).
_CLAUSE_STOPS = frozenset(match_key(w) for w in (
    "ने", "को", "से", "पर", "और", "तथा", "एवं", "व", "जो", "जिसने", "है", "हैं", "था", "थे", "थी"))


def _city_of_country_before(name: str, words: list[str], j: int, lexicon: Lexicon) -> bool:
    """Whether GeoNames has a city `name` in a country the few words up to position j name."""
    for country in sorted(countries_named(" ".join(words[max(0, j - 6):j + 1]), lexicon)):
        if find_city(name, party_countries=frozenset({country}), stated_country=country) is not None:
            return True
    return False


def _in_a_country(words: list[str], keys: list[str], j: int, lexicon: Lexicon) -> bool:
    """Whether the words just before position j read '<country> के/की [...]'."""
    for k in range(j, max(-1, j - 7), -1):
        if keys[k] in _CLAUSE_STOPS or words[k][-1:] in ",।;:":
            return False
        if keys[k] in _OF and k > 0 and (
            lexicon.lookup(words[k - 1].strip(_PUNCTUATION), ("country",)) is not None
            or (k > 1 and lexicon.lookup(" ".join(words[k - 2:k]), ("country",)) is not None)
        ):
            return True
    return False


# 'कज़ान - पहला ...': a spaced hyphen too; 'कज़ान → पहला ...': an arrow
_LEADING_SEGMENT = re.compile(r"(?=[\s:：;।])\s*(?:[:：;।]|\s(?:[—–-]|[→⇒➔➜➝➞➡➤⟶▸►▶»]|=>|->)\s)")


#: A city GeoNames knows by a Devanagari name counts as a bare name opening an entry's text when
#: it is a capital or has this many people.
BIG_CITY = 1_000_000


@lru_cache(maxsize=4096)  # (the column reader and the entry both ask of an entry's text)
def leading_place(text: str, lexicon: Lexicon) -> Place | None:
    """'नेपीडॉ, म्यांमार', 'समरकंद (उज़्बेकिस्तान): 22वाँ सम्मेलन': an entry's text that opens
    with a city and its country. A bare name counts only when the lexicon or GeoNames (by that
    Devanagari name) knows it as a city."""
    head = _LEADING_SEGMENT.split(text, maxsplit=1)[0]
    if "(" in head and "," in head and (venue := _city_of_a_venue(head, lexicon)) is not None:
        return venue
    parts = [p.strip() for p in head.split(",")]
    name = without_parentheticals(parts[0]).strip()
    if len(name.split()) > 1 and match_key(name.split()[-1]) in _CITY_NOUNS:
        name = " ".join(name.split()[:-1])  # 'कज़ान शहर'
    # the name's bracket, then the part after its comma: 'अल्माती (कज़ाख़स्तान), 28 फ़रवरी' has its
    # country in the bracket and the day after the comma
    besides = [without_parentheticals(c).strip() for c in ("".join(_bracketed(parts[0])),
                                                           parts[1] if len(parts) > 1 else "")]
    if not name or _A_DIGIT.search(name):
        return None
    if lexicon.lookup(name, ("country",)) is not None and not is_city_state(name, lexicon.lookup(name).english):
        # 'रूस (कज़ान)', 'रूस, कज़ान': the country first, then its known city
        city = next((c for c in besides if c and _known_city(c, lexicon)), None)
        return Place(city, "city") if city else None
    if not _known_city(name, lexicon) and not any(c and lexicon.lookup(c, ("country",)) for c in besides):
        return None
    place = label_place(name, lexicon)
    return place if place is not None and place.city is not None else None


_VENUE = re.compile(r"^([^(),]+?)\s*\(([^(),]+),[^()]*\)")  # the town and its region in brackets


def _city_of_a_venue(head: str, lexicon: Lexicon) -> Place | None:
    """'सनीलैंड्स (रैंचो मिराज, कैलिफ़ोर्निया), 7–8 जून': an estate or resort no gazetteer knows, with
    its town in brackets (first, before the region), a name that sounds all but exactly like a city
    GeoNames knows, is the town. A known name outside ('समरकंद (उज़्बेकिस्तान)') keeps its place."""
    match = _VENUE.match(head)
    if match is None:
        return None
    venue, town = match[1].strip(), match[2].strip()
    if lexicon.lookup(venue) is not None or lexicon.lookup(town) is not None or _names_a_city(venue, lexicon):
        return None
    if any(s.similarity >= SOUND_IN_COUNTRY for s in gazetteer_cities().by_sound(venue)[:1]):
        return None  # the name outside may be the town itself ('बेनूविल (नॉरमंडी)')
    if not any(s.similarity >= SOUND_OF_A_CITY for s in gazetteer_cities().by_sound(town)[:1]):
        return None
    return label_place(town, lexicon)


_POSTPOSITION_WORDS = frozenset(match_key(w) for w in ("में", "का", "की", "के", "से", "पर", "को", "ने", "तक"))


def city_after_a_venue(name: str, lexicon: Lexicon) -> Place | None:
    """'महात्मा मंदिर, गांधीनगर', 'इंडिया एक्सपो मार्ट, ग्रेटर नोएडा': a hall or centre no gazetteer
    knows, then after one comma a city the lexicon or GeoNames knows (by its name, or by a sound
    all but exactly a city's). Not 'क्योटो, जापान' (a city, then its country), 'बेंगलुरु, कर्नाटक'
    (then its state), nor two cities ('दिल्ली, आगरा')."""
    parts = [p.strip() for p in name.split(",")]
    if len(parts) != 2 or not all(parts) or _A_DIGIT.search(name):
        return None
    venue, town = parts
    hall = label_place(venue, lexicon)  # (a name: no month, season or postposition: 'की शरद ऋतु, ढाका')
    if hall is None or hall.kind != "unknown" or match_key(venue.split()[0]) in _POSTPOSITION_WORDS:
        return None
    if lexicon.lookup(venue) is not None or _names_a_city(venue, lexicon) or any(
            s.similarity >= SOUND_IN_COUNTRY for s in gazetteer_cities().by_sound(venue)[:1]):
        return None
    entry = lexicon.lookup(town)
    if entry is not None:
        return Place(town, "city") if entry.kind == "city" else None
    if gazetteer_cities().by_hindi(town, bare=False) or any(
            s.similarity >= SOUND_OF_A_CITY for s in gazetteer_cities().by_sound(town)[:1]):
        return Place(town, "unknown")
    return None


def _known_city(name: str, lexicon: Lexicon) -> bool:
    """A city the lexicon knows, or a capital or big city GeoNames knows by this very Devanagari
    name ('रीगा'); not any town whose alternate name a Hindi word matches ('कोरोना')."""
    return lexicon.lookup(name, ("city",)) is not None or (lexicon.lookup(name) is None and any(
        c.capital or c.population >= BIG_CITY for c in gazetteer_cities().by_hindi(name, bare=False)))


def _opening_city(words: list[str], keys: list[str], lexicon: Lexicon) -> Place | None:
    """'नई दिल्ली में दोनों देशों ने ...': a known city opening the entry, then में."""
    for n in range(MAX_PLACE_WORDS, 0, -1):
        if n < len(words) and keys[n] == _IN:
            name = " ".join(words[:n])
            entry = lexicon.lookup(name, ("city",))
            if entry is not None:
                return Place(name, "city")
    return None


# Matched on match keys, so the words go through match_key too (कॉन्फ्रेंस -> कॉंफ्रेंस).
_VIRTUAL = re.compile("|".join(
    re.escape(match_key(words)).replace(r"\ ", r"[\s-]*")  # 'वीडियो-कॉन्फ्रेंस' too
    for words in ("वर्चुअल", "आभासी", "ऑनलाइन", "वीडियो कॉन्फ्रेंस", "वीडियो कॉन्फ्रेंसिंग", "वीडियो कांफ्रेंस",
                  "वीडियो कॉन्फ़्रेंस", "वीडियो कॉन्फ़्रेंसिंग", "वीडियो लिंक", "वीडियो कॉल", "टेली कॉन्फ्रेंस",
                  "डिजिटल माध्यम", "डिजिटल प्रारूप", "virtual", "video conference", "videoconference", "online")
))


def is_virtual(text: str) -> bool:
    key = match_key(text)
    match = _VIRTUAL.search(key)
    if match is None or _ONLINE_THING.search(key) is None:
        return match is not None
    # 'ऑनलाइन आतंकी सामग्री के ख़िलाफ़': an online thing, not a meeting held online
    return any(_ONLINE_THING.match(key, m.start()) is None for m in _VIRTUAL.finditer(key))


_ONLINE_THING = re.compile(r"(?:" + "|".join(match_key(w) for w in ("ऑनलाइन", "डिजिटल", "वर्चुअल")) + r")\s+(?:" + "|".join(
    match_key(w) for w in ("आतंकी", "आतंकवादी", "आतंकवाद", "सामग्री", "भुगतान", "धोखाधड़ी", "उत्पीड़न", "शिक्षा", "सेवा", "सेवाओं",
                           "सेवाएँ", "सेवाएं", "ख़रीदारी", "खरीदारी", "बाज़ार", "बाजार", "व्यापार", "मंचों", "प्लेटफ़ॉर्म",
                           "प्लेटफॉर्म", "प्लेटफ़ॉर्मों", "पोर्टल", "नफ़रत", "नफरत", "अपराध", "अपराधों", "सुरक्षा", "निगरानी",
                           "अर्थव्यवस्था", "मुद्रा", "मुद्राओं", "कंपनियों", "कंपनियाँ", "गेमिंग", "दुष्प्रचार", "प्रदर्शनी",
                           "पंजीकरण", "पंजीयन", "आवेदन", "याचिका", "अभियान", "संपत्ति")) + r")(?=\s|$|[,।;])")


_HYBRID = re.compile("|".join(match_key(w) for w in ("हाइब्रिड", "मिश्रित प्रारूप", "मिश्रित रूप", "hybrid")))


# "नेताओं का सत्र वर्चुअल माध्यम से और मंत्रियों का सत्र आमने-सामने हुआ": both modes named.
_IN_PERSON = re.compile("|".join(match_key(w) for w in (
    "आमने-सामने", "आमने सामने", "व्यक्तिगत रूप से", "प्रत्यक्ष रूप से", "भौतिक रूप से")))
# "..., जिसमें दो नेता वीडियो लिंक से जुड़े": some took part online, so the meeting was not virtual.
_SOME = "|".join(match_key(w) for w in ("एक", "कुछ", "दो", "तीन", "चार", "पाँच", "केवल", "सिर्फ़"))
# Someone joined or took part ('... वीडियो के ज़रिए जुड़े', '... ने ऑनलाइन भाग लिया'): not the meeting itself.
JOINED = "|".join(match_key(w) for w in ("जुड़े", "जुड़ा", "जुड़ी", "जुड़ीं", "भाग लिया", "भाग ले", "शामिल हुए", "संबोधित"))


def _partly_online(key: str) -> bool:
    match = _VIRTUAL.search(key)
    return match is not None and re.search(rf"(?:^|\s)(?:{_SOME})\s(?:\S+\s){{0,4}}$", key[:match.start()]) is not None \
        and re.match(rf"\S*\s(?:\S+\s){{0,3}}?(?:{JOINED})", key[match.start():]) is not None


# '(वर्चुअल संबोधन)', 'वीडियो संदेश के ज़रिए': a guest's speech sent online, not how the meeting met
_SPEECH = re.compile("|".join(match_key(w) for w in ("संबोधन", "संदेश", "भाषण", "address", "message")))


def _only_a_speech_online(text: str) -> bool:
    """Every word of meeting online in the text is a speech's ('वर्चुअल संबोधन')."""
    if "संबोधन" not in text and "संदेश" not in text and "भाषण" not in text and "address" not in text:
        return False
    key = match_key(text)
    return all(_SPEECH.match(key, m.end() + 1) for m in _VIRTUAL.finditer(key))


def is_hybrid(text: str) -> bool:
    """Part in person, part online: neither mode."""
    key = match_key(text)
    return _HYBRID.search(key) is not None or (_IN_PERSON.search(key) is not None and _VIRTUAL.search(key) is not None) \
        or _partly_online(key)


def summit_mode(description: str, place: Place | None) -> str:
    """virtual or in_person as the text says ('वर्चुअल माध्यम से', 'व्यक्तिगत रूप से'), in_person
    for a host place, unknown for a hybrid meeting or when the text says neither."""
    if is_hybrid(description):
        return "unknown"
    if is_virtual(description) and not _only_a_speech_online(description):
        return "virtual"
    return "in_person" if place is not None or _IN_PERSON.search(match_key(description)) else "unknown"


__all__ = ["Entry", "Problem", "Place", "find_place", "leading_place", "read_entry", "read_entries", "summit_mode"]


#: A summit list's entry may say where the leader arrived too ('मोदी काठमांडू पहुँचे').
_ARRIVED = _COME_TO | frozenset(match_key(w) for w in (
    "आयीं", "पहुँचे", "पहुंचे", "पहुँचीं", "पहुंचीं", "पहुँचा", "पहुंचा"))


def arrived_city(text: str, lexicon: Lexicon) -> Place | None:
    """'शेर बहादुर देउबा नई दिल्ली आए', 'मोदी काठमांडू पहुँचे': the known city a leader came to,
    right before the verb: where a summit list's entry met (a sentence's arrival may be before
    its summit: `prose.where`)."""
    words = text.split()
    return _city_come_to(words, [match_key(w) for w in words], lexicon, _ARRIVED)


# a minister's or an official's visit: 'विदेश मंत्री की हनोई यात्रा', 'विदेश सचिव का ढाका दौरा'
_OFFICIAL_VISIT = re.compile(r"(?<!" + match_key("प्रधान") + r")(?<!" + match_key("प्रधान") + r" )(?:" + "|".join(
    match_key(w) for w in ("मंत्री", "सचिव", "राजदूत", "शेरपा")) + r")\s+(?:\S+\s+){0,3}?(?:" + "|".join(
    match_key(w) for w in ("की", "का", "के")) + r")\s+(?:\S+\s+){0,3}?(?:" + "|".join(
    match_key(w) for w in ("यात्रा", "दौरा", "दौरे")) + r")(?=[\s,;।]|$)")


def is_officials_visit(text: str) -> bool:
    """'विदेश मंत्री की हनोई यात्रा': the first clause tells a minister's or an official's visit."""
    return _OFFICIAL_VISIT.search(match_key(first_clause(text))) is not None
