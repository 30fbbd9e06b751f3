"""Markdown pipe tables ('| क्रम | वर्ष | तिथि | शहर | मेज़बान देश |') as summit lists.

The header words say what each column holds: क्रम (the summit's number), वर्ष (year),
तिथि/दिनांक (day and month, or a full date), शहर/स्थान (host city; 'वर्चुअल' means no city),
मेज़बान देश (host country). A table is a summit table when it has a year or date column and a
place column, or one column for both ('तिथि और स्थान', 'वर्ष/स्थान': '16 जून 2009, येकातेरिनबर्ग',
read like an entry's label). Abbreviated (क्र.सं., क्र॰) and English headers (Year, Venue) count too; a
column no header word names whose every cell is an ordinal (पहला, द्वितीय, 7वाँ) is the
edition column. The cells of the other unnamed columns are a row's remarks ('टिप्पणी').
`read_table` turns each row into a `TableRow` or a `RowProblem` (a row that is not read
becomes a parse issue, never silence); separator rows (`|---|`) are skipped.
"""

from __future__ import annotations

import re
from dataclasses import dataclass

from pipeline.parse.dates import (
    Period, ascii_digits, day_month_in_year, find_periods, leading_ordinal, parse_entry_label,
)
from pipeline.parse.gazetteer import cities as gazetteer_cities
from pipeline.parse.lexicon import Lexicon
from pipeline.parse.structure import Line, without_parentheticals
from pipeline.parse.summits import (
    Place, _names_a_city as names_a_city, entry_status, is_hybrid, is_virtual, label_head, label_place, summit_mode,
)
from pipeline.parse.text import match_key

_SEPARATOR = re.compile(r"^\|?[\s:|\-–—]+\|?$")

COLUMN_WORDS: tuple[tuple[str, tuple[str, ...]], ...] = (
    # Abbreviations lose their dots (क्र.सं., क्र॰): see `_header_key`. English headers too.
    ("edition", ("क्रम", "क्र", "क्रमांक", "संख्या", "संस्करण", "#", "सं", "क्रसं", "क्रमसं", "no", "sno", "edition",
                 "सत्र", "session")),
    ("country", ("देश", "मेज़बान देश", "मेजबान देश", "मेज़बान", "आयोजक देश", "country", "host", "host country",
                 "host nation")),
    # notes ask it too: '| कब | कहाँ | ख़ास बात |'
    ("city", ("शहर", "स्थान", "नगर", "स्थल", "आयोजन स्थल", "मेज़बान शहर", "जगह", "कहाँ", "कहां", "city", "venue",
              "location", "host city", "where")),
    ("date", ("तिथि", "दिनांक", "तारीख", "तारीख़", "तिथियाँ", "तिथियां", "कब", "date", "dates", "when")),
    ("year", ("वर्ष", "साल", "सन", "year")),
    ("mode", ("प्रारूप", "माध्यम", "स्वरूप", "बैठक का प्रकार", "format", "mode")),
)
_QUALIFIERS = frozenset(match_key(w) for w in ("मेज़बान", "मेजबान", "आयोजन"))
_COLUMN_KEYS = tuple((role, {match_key(w) for w in words}) for role, words in COLUMN_WORDS)


def is_table_line(text: str) -> bool:
    return text.startswith("|") and text.rstrip().endswith("|") and text.count("|") >= 3


def cells(text: str) -> list[str]:
    return [c.strip() for c in text.strip().strip("|").split("|")]


_DATE_KEYS = {k for role, keys in _COLUMN_KEYS if role in ("date", "year") for k in keys}
_CITY_KEYS = next(keys for role, keys in _COLUMN_KEYS if role == "city")


def column_roles(header: list[str]) -> list[str | None]:
    roles: list[str | None] = []
    for cell in header:
        key = _header_key(cell)
        words = set(key.split())
        parts = set(re.split(r"[\s/,&()]+", key))  # 'वर्ष (शहर)' too
        if parts & _DATE_KEYS and parts & _CITY_KEYS and "date_place" not in roles:
            roles.append("date_place")  # 'तिथि और स्थान', 'वर्ष/स्थान': '16 जून 2009, येकातेरिनबर्ग' in one cell
            continue
        specific = words - _QUALIFIERS  # 'मेज़बान शहर' is a city column, 'मेज़बान देश' a country one
        role = (next((r for r, keys in _COLUMN_KEYS if key in keys), None)
                or next((r for r, keys in _COLUMN_KEYS if specific & keys), None)
                or next((r for r, keys in _COLUMN_KEYS if words & keys), None)
                or next((r for r, keys in _COLUMN_KEYS if parts & keys), None))  # 'माह/वर्ष'
        roles.append(role if role not in roles else None)
    return roles


def _ordinal_column(roles: list[str | None], body: list[list[str]]) -> list[str | None]:
    """A column no header word names whose every cell is an ordinal ('| सम्मेलन |' holding
    पहला, दूसरा ... छठा, or 7वाँ) numbers the summits: it is the edition column when there is
    none. Bare numbers do not count: an unnamed column of numbers may count anything."""
    if "edition" in roles or not body:
        return roles
    for index, role in enumerate(roles):
        if role is None and all(index < len(row) and _ordinal_cell(row[index]) for row in body):
            return roles[:index] + ["edition"] + roles[index + 1:]
    return roles


_BARE_HOST = frozenset(match_key(w) for w in ("मेज़बान", "मेजबान", "host", "मेज़बानी", "मेजबानी"))


def _host_column(roles: list[str | None], header: list[str]) -> list[str | None]:
    """'| वर्ष | मेज़बान |' holding 'ढाका, बांग्लादेश': with no city column, a column headed only
    'मेज़बान' (host) names the host city (its first name; a country there gives no city)."""
    if "city" in roles:
        return roles
    return ["city" if role == "country" and _header_key(cell) in _BARE_HOST else role
            for role, cell in zip(roles, header)]


JOINT_SHARE = 0.6


def _joint_column(roles: list[str | None], body: list[list[str]], lexicon: Lexicon) -> list[str | None]:
    """'| वर्ष | टिप्पणी |' holding '2011, कज़ान' or '2011 (कज़ान)': with no place column, a year or
    date column whose cells (most of them) also name a city the lexicon or GeoNames knows holds
    the date and the place, like a 'तिथि और स्थान' column."""
    if "city" in roles or "date_place" in roles or not body:
        return roles
    for role in ("year", "date"):
        if role not in roles:
            continue
        index = roles.index(role)
        column = [row[index] for row in body if index < len(row) and row[index].strip()]
        placed = 0
        for cell in column:
            head = label_head(without_footnotes(cell), lexicon)
            placed += head is not None and head[1] is not None and bool(head[1].city) and names_a_city(head[1].city, lexicon)
        if column and placed >= JOINT_SHARE * len(column):
            return roles[:index] + ["date_place"] + roles[index + 1:]
    return roles


def _header_key(cell: str) -> str:
    """'क्र.सं.' and 'क्र॰ सं॰' -> 'क्रसं', 'S. No.' -> 'sno', 'Year' -> 'year'."""
    key = match_key(without_footnotes(cell)).casefold().replace("॰", ".").strip(" .")
    return re.sub(r"\.\s*", "", key) if "." in key else key


def is_summit_table(roles: list[str | None]) -> bool:
    return ("year" in roles or "date" in roles) and "city" in roles or "date_place" in roles


@dataclass(frozen=True)
class TableRow:
    line: Line
    period: Period
    place: Place | None
    virtual: bool
    number: int | None  # the क्रम cell
    status: str = "held"  # 'स्थगित' or 'प्रस्तावित' in a cell: the meeting did not take place
    remarks: str = ""  # the cells of columns no header word names ('टिप्पणी', 'प्रकार')
    mode: str = "unknown"  # in_person, virtual, or unknown (hybrid, or no place and no word)
    year_from: str = ""  # the row above, when this row's year cell is blank (a merged cell)
    numbered_name: str = ""  # 'कॉप' of a क्रम cell 'कॉप-22': the summit named with its number


@dataclass(frozen=True)
class RowProblem:
    line: Line
    reason: str
    detail: str


def read_table(lines: list[Line], lexicon: Lexicon) -> list[TableRow | RowProblem]:
    """The rows of one pipe table (its lines, header first)."""
    header, *body = lines
    rows = [line for line in body if not _SEPARATOR.match(line.text)]
    body = [cells(line.text) for line in rows]
    roles = _joint_column(_host_column(_ordinal_column(column_roles(cells(header.text)), body), cells(header.text)),
                          body, lexicon)
    if not is_summit_table(roles):
        return [RowProblem(line, "unread_table_row", "Table row not read: the table has no year/date and place columns.")
                for line in rows]
    out: list[TableRow | RowProblem] = []
    above: tuple[str, str] | None = None  # the last row's year cell and text
    for line in rows:
        values = dict(zip(roles, cells(line.text)))
        values.pop(None, None)  # type: ignore[call-overload]
        year_from = ""
        if _MERGED.fullmatch(values.get("year", "-")) and values.get("date", "").strip() and above is not None:
            # '| 3 | | 21 नवंबर | सिंगापुर |' below a 2007 row: a merged year cell exported blank
            values["year"], year_from = above
        if values.get("year", "").strip():
            above = (values["year"], year_from or line.text)
        # 'तिथि और स्थान': the date and the place in one cell, unless their own columns say them
        joint = label_head(without_footnotes(values["date_place"]), lexicon) if values.get("date_place") else None
        if "city" not in roles and values.get("date_place"):  # the place in the joint cell: '..., वर्चुअल' too
            virtual_cell = is_virtual(values["date_place"])
            values["city"] = values["date_place"] if virtual_cell else (
                joint[1].city if joint is not None and joint[1] is not None and joint[1].city else "")
        own_date = "year" in roles or "date" in roles
        period = joint[0] if joint is not None and not own_date else _row_period(values.get("year", ""), values.get("date", ""))
        if period is None:
            out.append(RowProblem(line, "bad_year", "Table row without a usable year or date."))
            continue
        # 'ओटावा, कनाडा' or 'अड्डू सिटी (मालदीव)': the city is the first name
        city_text = without_parentheticals(without_footnotes(values.get("city", "")))
        city_cell = re.split(r",|\s[-–—/]\s|/", city_text)[0].strip()  # 'कज़ान – रूस', 'कज़ान / रूस' too
        remarks = " ".join(c for role, c in zip(roles, cells(line.text)) if role is None and c.strip())
        # '— (वर्चुअल)' in the city cell or the mode column ('प्रारूप'), or no city and 'ऑनलाइन' in the remarks
        mode_cell = values.get("mode", "")
        city_virtual = is_virtual(values.get("city", ""))  # a virtual summit in a mode column keeps its city
        virtual = city_virtual or is_virtual(mode_cell) or (city_cell.strip("-–— ") == "" and is_virtual(remarks))
        # 'कोलंबो (वर्चुअल)': the host city named, met online (README: a virtual summit keeps its city)
        place = None if is_virtual(city_cell) or not city_cell or city_cell in "-–—" else label_place(city_cell, lexicon)
        if place is not None and place.kind == "country" and _city_state(city_cell, city_text, values.get("country", "")):
            place = Place(city_cell, "city")
        # a cell holding only a dash would end the first clause: status is read without them
        written = " ".join(c for c in cells(line.text) if c.strip("-–— "))
        status = entry_status(written)
        if status == "planned" and _planned_before(remarks, period.year):
            status = "held"  # '2007 | सेबू | मूल रूप से दिसंबर 2006 के लिए निर्धारित': held, later than planned
        named = _NAME_NUMBER.fullmatch(without_footnotes(values.get("edition", "")).strip())
        out.append(TableRow(line, period, place, virtual,
                            int(ascii_digits(named["number"])) if named else _edition(values.get("edition", "")),
                            status, without_footnotes(remarks),
                            _row_mode(place, virtual, f"{mode_cell} {remarks}"), year_from,
                            match_key(named["name"]) if named else ""))
    return out


def _planned_before(remarks: str, year: int) -> bool:
    """Whether the row's remarks plan it for an earlier year than the row's, so the plan is the
    past one of a summit the row dates ('मूल रूप से दिसंबर 2006 के लिए निर्धारित' in a 2007 row);
    a plan for a later year ('2021 के लिए निर्धारित' in a 2020 row) is a postponement."""
    stated = [p.year for _, _, p in find_periods(remarks)]
    return bool(stated) and all(y < year for y in stated) and entry_status(remarks) == "planned"


# A blank or ditto year cell ('〃', '"'): the cell of the row above, merged across rows.
_MERGED = re.compile(r"\s*(?:〃|\"|”|''|वही)?\s*")


def _row_mode(place: Place | None, virtual: bool, mode_text: str) -> str:
    """'हाइब्रिड' in the mode column or the remarks: neither mode; a virtual row: virtual; a
    host city or 'आमने-सामने': in_person."""
    if is_hybrid(mode_text):
        return "unknown"
    return "virtual" if virtual else summit_mode(mode_text, place)


def _city_state(city: str, city_text: str, country_cell: str) -> bool:
    """'| सिंगापुर | सिंगापुर |' or 'सिंगापुर, सिंगापुर': a city column naming the country it is
    in, when GeoNames knows a city of that name, is a city-state, so the name is the city
    ('| थाईलैंड | थाईलैंड |' names only a country)."""
    country = without_parentheticals(without_footnotes(country_cell)).strip()
    rest = [p.strip() for p in city_text.split(",")[1:]]
    same = match_key(city)
    named_twice = match_key(country) == same or any(match_key(p) == same for p in rest)
    return named_twice and bool(gazetteer_cities().by_hindi(city))


def _edition(cell: str) -> int | None:
    """The क्रम/संस्करण cell: '3', '३.', a Roman numeral ('IV', 'xii') or an ordinal word
    ('पहला', 'तीसरा', '7वाँ')."""
    number = without_footnotes(cell).strip().rstrip(".")
    if re.fullmatch(r"[0-9०-९]{1,3}", number):
        return int(ascii_digits(number))
    if re.fullmatch(r"[ivxlc]{1,8}|[IVXLC]{1,8}", number):
        return roman_number(number)
    return leading_ordinal(f"{number} x") if number else None


_ROMAN = {"i": 1, "v": 5, "x": 10, "l": 50, "c": 100}


def roman_number(text: str) -> int | None:
    """'IV' -> 4, 'xii' -> 12; None for a string that is no well-formed Roman numeral ('IIII', 'VX')."""
    values = [_ROMAN[c] for c in text.lower()]
    total = sum(-v if i + 1 < len(values) and v < values[i + 1] else v for i, v in enumerate(values))
    return total if total > 0 and _to_roman(total) == text.lower() else None


def _to_roman(number: int) -> str:
    out = ""
    for value, digits in ((100, "c"), (90, "xc"), (50, "l"), (40, "xl"), (10, "x"), (9, "ix"), (5, "v"), (4, "iv"), (1, "i")):
        while number >= value:
            out, number = out + digits, number - value
    return out


def _ordinal_cell(cell: str) -> bool:
    words = without_footnotes(cell).split()
    return len(words) <= 3 and bool(words) and leading_ordinal(f"{words[0]} x") is not None


def without_footnotes(cell: str) -> str:
    return _FOOTNOTE.sub("", cell)


_FOOTNOTE = re.compile(r"\[\s*[0-9०-९a-zA-Z]{1,3}\s*\]")


def _row_period(year_cell: str, date_cell: str) -> Period | None:
    # '2011[1]', '2023 (स्थगित)': footnotes and remarks in brackets are not part of the date
    year_cell = without_parentheticals(without_footnotes(year_cell)).strip()
    date_cell = without_parentheticals(without_footnotes(date_cell)).strip()
    year_period = parse_entry_label(year_cell) if year_cell else None
    if date_cell:
        full = find_periods(date_cell)
        if full and full[0][2].precision == "day" and (year_period is None or full[0][2].year == year_period.year):
            return full[0][2]
        if year_period is not None:
            return day_month_in_year(date_cell, year_period.year) or year_period
        if not year_cell:
            return parse_entry_label(date_cell)  # a date column holding only a year or a month
    return year_period


# 'कॉप-22', 'COP 22', 'CHOGM-25': a summit's name with its number in the series.
_NAME_NUMBER = re.compile(r"(?P<name>[^\s0-9०-९\-–]{2,12})\s?[-–]?\s?(?P<number>[0-9०-९]{1,3})")


def names_every_number(rows: list[TableRow | RowProblem]) -> bool:
    """The क्रम/सत्र column names every held summit with one name and its number ('कॉप-22',
    'कॉप-23', ...), rising: each number is that summit's own in the series, wherever the table
    starts."""
    held = [r for r in rows if isinstance(r, TableRow) and r.status == "held"]
    if len(held) < 2 or len({r.numbered_name for r in held}) != 1 or not held[0].numbered_name:
        return False
    numbers = [r.number for r in held]
    return all(a is not None and b is not None and b > a for a, b in zip(numbers, numbers[1:]))


def numbers_every_summit(rows: list[TableRow | RowProblem]) -> bool:
    """The क्रम column counts the summits from the first: the held rows are numbered 1, 2, 3 ...
    in order, and a number they skip belongs to a row that is no summit or was not read (a
    postponed meeting, '| – | 2007 | ... | स्थगित |', a row with a year range)."""
    held = [r.number for r in rows if isinstance(r, TableRow) and r.status == "held"]
    if not held or None in held or held[0] != 1:
        return False
    if any(later <= earlier for earlier, later in zip(held, held[1:])):
        return False
    skipped = set(range(1, held[-1] + 1)) - set(held)  # type: ignore[arg-type,operator]
    # a row that can hold a skipped number: unread, or not held and numbered with it (or not at all)
    others = sum(1 for r in rows if isinstance(r, RowProblem)
                 or (r.status != "held" and (r.number is None or r.number in skipped)))
    return len(skipped) <= others


__all__ = ["TableRow", "RowProblem", "is_table_line", "read_table", "names_every_number", "numbers_every_summit"]
