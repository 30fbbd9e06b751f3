"""Summit records: a year (or date) on its own, with its facts as labelled lines under it (or
after it on its line: '- 2011 — स्थान: कज़ान; तिथि: 12 मई').

    - **2014**                       ### 2025
      - स्थान: नेपीडॉ (म्यांमार)         - **स्थान**: बैंकॉक
      - तिथि: 4 मार्च                    - **तिथि**: 4 अप्रैल 2025
      - मुख्य बात: सचिवालय पर समझौता

`join_records` turns each such record into one entry line ('4 मार्च 2014, नेपीडॉ (म्यांमार):
मुख्य बात: सचिवालय पर समझौता') that `summits.read_entries` reads like any other; the field
lines are consumed. A record without a place or a date field is left as it is.
"""

from __future__ import annotations

import re

from pipeline.parse.language.dates import day_month_in_year, find_periods, leading_ordinal, parse_entry_label
from pipeline.parse.layout.structure import Line, field_key, split_item, strip_marker, without_parentheticals
from pipeline.parse.language.text import match_key

_PLACE_WORDS = ("स्थान", "शहर", "जगह", "स्थल", "आयोजन स्थल", "मेज़बान शहर", "मेजबान शहर", "नगर", "कहाँ", "कहां",
                "venue", "city", "place", "location")
_DATE_WORDS = ("तिथि", "तिथियाँ", "दिनांक", "तारीख", "तारीख़", "कब", "समय", "date", "dates", "when")
PLACE_FIELDS = frozenset(match_key(w) for w in _PLACE_WORDS)
DATE_FIELDS = frozenset(match_key(w) for w in _DATE_WORDS)
COUNTRY_FIELDS = frozenset(match_key(w) for w in ("देश", "मेज़बान देश", "मेजबान देश", "मेज़बान", "मेजबान", "country", "host"))


def _head(line: Line) -> str | None:
    """The date a record's head line is made of ('2014', '**2014**:', '### 2025'), else None."""
    text, _ = strip_marker(line.text)
    text = text.strip(" *_:：")
    return text if text and parse_entry_label(text) is not None else None


_FIELD_NAMES = "|".join(sorted({re.escape(w) for w in _PLACE_WORDS + _DATE_WORDS} | {re.escape(w) for w in PLACE_FIELDS | DATE_FIELDS},
                                key=len, reverse=True))
# '2011 — स्थान: कज़ान; तिथि: 12 मई': one field of a record written on its head's line.
_FIELD_NAME = re.compile(_FIELD_NAMES)  # (a fast first search)
_INLINE_FIELD = re.compile(rf"(?:^|(?<=[\s;|,—–-]))(?P<field>{_FIELD_NAMES})\s*[:：]\s*(?P<value>[^;|,—–:：]+)")


def _one_line_record(line: Line) -> Line | None:
    """'- 2011 — स्थान: कज़ान; तिथि: 12 मई' or '2011 | स्थान: कज़ान | तिथि: 12 मई': a record whose
    fields follow its date on one line, as the entry line `join_records` makes of a record."""
    text, marker = strip_marker(line.text)
    fields = list(_INLINE_FIELD.finditer(text)) if _FIELD_NAME.search(text) else []
    if not fields:
        return None
    head = text[:fields[0].start()].strip(" *_:：;|,—–-")
    if not head or parse_entry_label(head) is None:
        return None
    place = next((m["value"].strip() for m in fields if match_key(m["field"]).casefold() in PLACE_FIELDS), None)
    day = next((m["value"].strip() for m in fields if match_key(m["field"]).casefold() in DATE_FIELDS), None)
    label = head
    if day is not None:
        label = day if re.search(r"[0-9०-९]{4}", day) else f"{day} {head}"
        if not find_periods(label):
            label = head
    if place is None:
        return None  # a date alone is read well as the line stands
    rest = text[fields[-1].end():].strip(" ;|,—–-") or line.text
    return Line(line.number, f"{'- ' if marker else ''}{label}, {place}: {rest}", False, line.indent)


def join_records(lines: list[Line]) -> list[Line]:
    out: list[Line] = []
    index = 0
    while index < len(lines):
        line = lines[index]
        fields: list[tuple[str, str]] = []
        end = index + 1
        while end < len(lines):
            below = lines[end]
            if not line.marked_heading and below.indent <= line.indent:
                break
            item = split_item(below)
            if item is None or not item.description:
                if below.indent > line.indent and _names_the_meeting(strip_marker(below.text)[0]):
                    fields.append(("", strip_marker(below.text)[0].strip()))  # '  ◦ COP6': the meeting's name
                    end += 1
                    continue
                break
            if _names_the_meeting(item.label) and below.indent > line.indent:
                fields.append(("", strip_marker(below.text)[0].strip()))  # '  ◦ COP12 — मनीला': kept whole
            else:
                # ('- शहर:- केप टाउन': a dash typed after the colon is no part of the value)
                fields.append((field_key(item.label), item.description.strip().lstrip("-–— ").strip()))
            end += 1
        place = next((v for k, v in fields if k in PLACE_FIELDS), None)
        day = next((v for k, v in fields if k in DATE_FIELDS), None)
        named = bool(fields) and fields[0][0] == ""  # '• 1994' over '  ◦ COP4 — नैरोबी (केन्या)': the year's meeting
        # the head is read last: most lines have no field lines under them, and a date search
        # over every line of a section is what this would otherwise cost
        head = _head(line) if fields and (place is not None or day is not None or named) else None
        if head is None and named and fields and len(fields) == end - index - 1:
            head = _years_head(line)  # '• 1988 / 1991' over '  ◦ COP2 और COP3 — दोनों बार जिनेवा में'
        if place is not None:
            place = _first_place(place)
        if head is None and index + 1 < len(lines) and (lines[index + 1].indent > line.indent or line.marked_heading):
            # '- **2009, पेरिस**' with '  - पहला दौर, 3 मई 2009' under it; '- 2009' with '  - 3 मई: ...'
            notes = _notes_under(lines, index) or _days_under_a_year(lines, index) or _dates_under_a_place(lines, index)
            if notes is not None:
                out.extend(notes[0])
                index = notes[1]
                continue
        if head is None:
            joined = _one_line_record(line)
            out.append(joined if joined is not None and _head(line) is None else line)
            index += 1
            continue
        label = head
        if day is not None:
            label = day if re.search(r"[0-9०-९]{4}", day) else f"{day} {head}"
            if not find_periods(label):
                label = head
        if place is not None:
            label = f"{label}, {place}"
        rest = [f"{k}: {v}" if k in COUNTRY_FIELDS else v for k, v in fields
                if k not in PLACE_FIELDS and k not in DATE_FIELDS]
        out.append(Line(line.number, f"{label}: {'; '.join(rest)}".rstrip(), False, line.indent))
        index = end
    return out


MAX_HEAD_WORDS = 6

# A note naming the meeting by its short name and number ('COP6', 'COP12 — मनीला', 'PP-94: ...',
# 'COP2 और COP3 — ...'): the record's own meeting, not a field
_MEETING_NOTE = re.compile(r"^(?:[A-Z]{2,5}|कॉप|सीओपी)\s?[-–]?\s?[0-9०-९]{1,3}(?=$|\s|[:：,])")
def _names_the_meeting(text: str) -> bool:
    """'COP6', 'PP-94', '10वाँ सम्मेलन', 'ग्यारहवाँ सम्मेलन': a note naming the record's meeting by its
    number (a short name's, or an ordinal's before a few words)."""
    return _MEETING_NOTE.match(text) is not None or (len(text.split()) <= 4 and leading_ordinal(text) is not None)


_TWO_YEARS = re.compile(r"^([0-9०-९]{4})\s*(?:/|,|और|तथा|एवं|व|&)\s*([0-9०-९]{4})$")


def _years_head(line: Line) -> str | None:
    """'1988 / 1991', '1988 और 1991': a head of two years, as a label of two summits ('1988 और 1991')."""
    text, _ = strip_marker(line.text)
    match = _TWO_YEARS.match(text.strip(" *_:："))
    if match is None or parse_entry_label(match[1]) is None or parse_entry_label(match[2]) is None:
        return None
    return f"{match[1]} और {match[2]}"


def _first_place(value: str) -> str:
    """'गांधीनगर (गुजरात), आयोजन स्थल महात्मा मंदिर': the place field's first name, its state or
    country in brackets; a venue after a comma is no part of it. ('ओटावा, कनाडा' keeps its country.)"""
    first, comma, rest = value.partition(",")
    return first.strip() if comma and "(" in first and len(rest.split()) > 2 else value


def _notes_under(lines: list[Line], index: int) -> tuple[Line, int] | None:
    """'- **2009, पेरिस**' with bullets indented under it ('  - पहला दौर, 3 मई 2009', '  - समझौते हुए'):
    an entry whose label is a date and a place alone on its line, its text the bullets under it,
    as one entry line ('2009, पेरिस: पहला दौर, 3 मई 2009; समझौते हुए') and the index after them. A
    head with two dates, or no name beside its date, and bullets that open with a date of their own
    (each a summit of that year) are left as they are."""
    line = lines[index]
    text, marker = strip_marker(line.text)
    text = text.strip(" *_")
    if not marker or not text or text.endswith((":", "：")) or len(text.split()) > MAX_HEAD_WORDS:
        return None
    periods = find_periods(text)
    if len(periods) != 1:
        return None
    key = match_key(text)
    rest = (key[:periods[0][0]] + key[periods[0][1]:]).strip(" ,()-–—")
    if not rest or re.search(r"[0-9०-९]", rest) or re.search(r"\s(?:और|तथा|एवं|व)\s", f" {rest} "):
        return None
    notes: list[str] = []
    end = index + 1
    while end < len(lines) and lines[end].indent > line.indent:
        below, below_marker = strip_marker(lines[end].text)
        opening = re.split(r"[,:：;।]|\s[—–-]\s", below, maxsplit=1)[0]
        if not below_marker or find_periods(opening):
            return None  # '  - 3 मई: ...': a summit of its own
        notes.append(below.rstrip("।. "))
        end += 1
    return [Line(line.number, f"- {text}: {'; '.join(notes)}", False, line.indent)], end


def _days_under_a_year(lines: list[Line], index: int) -> tuple[list[Line], int] | None:
    """'- 2009' with '  - 3 मई: पेरिस में ...' and '  - 5 नवंबर: ...' under it: each bullet dated by a
    day of that year is an entry of its own ('3 मई 2009: पेरिस में ...'). None unless every bullet
    under the year opens with a day and month and no year."""
    line = lines[index]
    text, marker = strip_marker(line.text)
    # '===== 2020 (कोविड वर्ष) =====': a year heading with a remark in brackets
    year = parse_entry_label(without_parentheticals(text).strip(" *_:：") if line.marked_heading else text.strip(" *_:："))
    if year is None or year.precision != "year":
        return None
    out: list[Line] = []
    end = index + 1
    while end < len(lines) and (lines[end].indent > line.indent or (line.marked_heading and not lines[end].marked_heading)):
        below, below_marker = strip_marker(lines[end].text)
        parts = _OPENING.split(below, maxsplit=1)
        if not below_marker or len(parts) != 2 or not parts[1].strip() or re.search(r"[0-9०-९]{4}", parts[0]):
            return None
        opening, after = parts
        dated = _dated_in_year(opening, year.year) if line.marked_heading else None
        if dated is not None:  # '14 मई, सोची' under '===== 2018 =====': '14 मई 2018, सोची'
            out.append(Line(lines[end].number, f"- {dated}: {after.strip()}", False, line.indent))
            end += 1
            continue
        if len(opening.split()) > 4 or day_month_in_year(opening, year.year) is None:  # '3 मई', '30 नवंबर – 1 दिसंबर'
            return None
        out.append(Line(lines[end].number, f"- {opening.strip()} {year.year}: {after.strip()}", False, line.indent))
        end += 1
    return (out, end) if out else None


def _dates_under_a_place(lines: list[Line], index: int) -> tuple[list[Line], int] | None:
    """'- **बर्लिन**' with '  - 29 सितंबर 2023 — पहला शिखर सम्मेलन; ...' under it: a city alone on its
    bullet (one the lexicon or GeoNames knows), each bullet under it opening with a full date, is an
    entry a bullet ('29 सितंबर 2023, बर्लिन: पहला शिखर सम्मेलन; ...'). None for any other head."""
    from pipeline.parse.language.lexicon import default_lexicon
    from pipeline.parse.layout.summits import _names_a_city as names_a_city

    line = lines[index]
    text, marker = strip_marker(line.text)
    name = text.strip(" *_:：")
    if not marker or not name or re.search(r"[0-9०-९]", name) or len(name.split()) > 3:
        return None
    out: list[Line] = []
    end = index + 1
    while end < len(lines) and lines[end].indent > line.indent:
        below, below_marker = strip_marker(lines[end].text)
        parts = _OPENING.split(below, maxsplit=1)
        periods = find_periods(parts[0]) if below_marker and len(parts) == 2 else []
        if len(periods) != 1 or periods[0][2].precision != "day" or len(parts[0].split()) > 6:
            return None
        out.append(Line(lines[end].number, f"- {parts[0].strip()}, {name}: {parts[1].strip()}", False, line.indent))
        end += 1
    if not out or not names_a_city(name, default_lexicon()):
        return None
    return out, end


_DAY_MONTH_OPENING = re.compile(r"^\s*(?P<date>(?:[0-9०-९]{1,2}(?:\s*[-–]\s*[0-9०-९]{1,2})?\s+)?[\u0900-\u097f]+)\s*(?:,\s*(?P<place>.+))?$")


def _dated_in_year(opening: str, year: int) -> str | None:
    """'14 मई, सोची' -> '14 मई 2018, सोची', 'जून, मिन्स्क' -> 'जून 2025, मिन्स्क', '27 मई' -> '27 मई 2022': a
    bullet's opening day (or month) and place, dated in the heading's year; None for anything else."""
    match = _DAY_MONTH_OPENING.match(opening)
    if match is None or len(opening.split()) > 6:
        return None
    date = f"{match['date'].strip()} {year}"
    period = parse_entry_label(date)
    if period is None or period.year != year:
        return None
    return f"{date}, {match['place'].strip()}" if match["place"] else date


_OPENING = re.compile(r"\s*(?:[:：]|\s[—–-]\s)\s*")
