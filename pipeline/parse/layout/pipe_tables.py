"""Markdown pipe tables ('| क्रम | वर्ष | तिथि | शहर | मेज़बान देश |') as summit lists.

The header words say what each column holds: क्रम (the summit's number), वर्ष (year),
तिथि/दिनांक (day and month, or a full date), शहर/स्थान (host city; 'वर्चुअल' means no city),
मेज़बान देश (host country). A table is a summit table when it has a year or date column and a
place column, or one column for both ('तिथि और स्थान', 'वर्ष/स्थान': '16 जून 2009, येकातेरिनबर्ग',
read like an entry's label). Abbreviated (क्र.सं., क्र॰) and English headers (Year, Venue) count too; a
column no header word names whose every cell is an ordinal (पहला, द्वितीय, 7वाँ) or a numbered
name ('कॉप-22', one name and a different number in each row) is the edition column; a numbered
name is the meeting's edition even when the table does not start at the first ('सत्र' column).
The cells of the other unnamed columns are a row's remarks ('टिप्पणी').
`read_table` turns each row into a `TableRow` or a `RowProblem` (a row that is not read
becomes a parse issue, never silence); separator rows (`|---|`) are skipped.
"""

from __future__ import annotations

import re
from dataclasses import dataclass

from pipeline.parse.language.dates import (
    MONTHS, Period, ascii_digits, day_month_in_year, find_periods, leading_ordinal, parse_entry_label,
)
from pipeline.parse.geo.gazetteer import cities as gazetteer_cities
from pipeline.parse.geo.places import countries_named, find_city
from pipeline.parse.language.lexicon import Lexicon
from pipeline.parse.layout.series import lists_other_things
from pipeline.parse.layout.structure import Line, without_parentheticals
from pipeline.parse.layout.row_remarks import without_other_meetings
from pipeline.parse.layout.summits import (
    MAX_KNOWN_PLACE_WORDS, Place, _names_a_city as names_a_city, entry_status, is_hybrid,
    is_virtual, label_head, label_place, summit_mode,
)
from pipeline.parse.language.text import match_key

_SEPARATOR = re.compile(r"^\|?[\s:|\-–—]+\|?$")

COLUMN_WORDS: tuple[tuple[str, tuple[str, ...]], ...] = (
    # Abbreviations lose their dots (क्र.सं., क्र॰): see `_header_key`. English headers too.
    ("edition", ("क्रम", "क्र", "क्रमांक", "संख्या", "संस्करण", "#", "सं", "क्रसं", "क्रमसं", "no", "sno", "edition",
                 "सत्र", "session")),
    ("country", ("देश", "मेज़बान देश", "मेजबान देश", "मेज़बान", "मेजबान", "मेज़बानी", "मेजबानी", "आयोजक", "आयोजक देश",
                 "राष्ट्र", "country", "host", "host country", "host nation")),
    # notes ask it too: '| कब | कहाँ | ख़ास बात |'
    ("city", ("शहर", "स्थान", "नगर", "स्थल", "आयोजन स्थल", "मेज़बान शहर", "जगह", "कहाँ", "कहां", "city", "venue",
              "location", "host city", "where")),
    ("date", ("तिथि", "दिनांक", "तारीख", "तारीख़", "तिथियाँ", "तिथियां", "तारीखें", "तारीख़ें", "अवधि", "कब", "date",
              "dates", "when")),
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
_COUNTRY_KEYS = next(keys for role, keys in _COLUMN_KEYS if role == "country")


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
    return _host_column(_city_and_country(roles, header), header)


def _city_and_country(roles: list[str | None], header: list[str]) -> list[str | None]:
    """'शहर, देश', 'शहर और देश', 'शहर/देश': a header naming the city and its country holds
    'ओटावा, कनाडा', the city first: a city column, when there is none (and a later column
    naming the country only, 'मेज़बान राष्ट्र', is the country column)."""
    if "city" in roles:
        return roles
    out = list(roles)
    keys = [set(re.split(r"[\s/,&()]+", _header_key(cell))) - _QUALIFIERS for cell in header]
    for index, parts in enumerate(keys):
        if index < len(out) and out[index] == "country" and parts & _CITY_KEYS:
            out[index] = "city"
            later = [j for j in range(index + 1, len(out)) if out[j] is None and keys[j] & _COUNTRY_KEYS]
            if later:
                out[later[0]] = "country"
            break
    return out


def _ordinal_column(roles: list[str | None], body: list[list[str]], header: list[str] | None = None) -> list[str | None]:
    """A column no header word names whose every cell is an ordinal ('| सम्मेलन |' holding
    पहला, दूसरा ... छठा, or 7वाँ) or a numbered name ('कॉप-22', 'पाल्म 3': one name, a different
    number in each row) numbers the summits: it is the edition column when there is none. A
    dash stands for a row without one (a postponed meeting). Bare numbers do not count: an
    unnamed column of numbers may count anything."""
    if "edition" in roles or not body:
        return roles
    for index, role in enumerate(roles):
        if role is not None:
            continue
        column = [row[index] if index < len(row) else "" for row in body]
        written = [c for c in column if c.strip("-–— ")]
        if len(written) < 2 or len(written) < len(column) - 1:
            continue
        if all(_ordinal_cell(c) for c in written) or _numbered_names(written) or (
                header is not None and index < len(header) and meeting_header(header[index]) and _rising_numbers(written)):
            return roles[:index] + ["edition"] + roles[index + 1:]
    return roles


# A header that is the meeting's short name: '| COP | ...' over 1, 2, 3 ... numbers each row's COP
# ('| सम्मेलन |' over bare numbers may count anything: `_ordinal_column`)
_MEETING_HEADERS = frozenset(match_key(w).casefold() for w in ("कॉप", "सीओपी"))
_SHORT_NAME_HEADER = re.compile(r"[A-Z]{2,5}")


def meeting_header(cell: str) -> str:
    """The key of a header cell that is the short name of the meeting the rows number ('COP',
    'PP', 'कॉप'), else ''. ('G20' names a group: its column holds no count of its own.)"""
    text = without_footnotes(cell).strip()
    key = _header_key(text)
    return key if key in _MEETING_HEADERS or _SHORT_NAME_HEADER.fullmatch(text) else ""


def _rising_numbers(column: list[str]) -> bool:
    """Bare numbers, each greater than the one above ('1', '2', '3', '5')."""
    numbers = [without_footnotes(c).strip().rstrip(".") for c in column]
    if not all(re.fullmatch(r"[0-9०-९]{1,3}", n) for n in numbers):
        return False
    values = [int(ascii_digits(n)) for n in numbers]
    return all(b > a for a, b in zip(values, values[1:]))


# 'कॉप-22', 'COP22', 'पाल्म 3', 'सीओपी–२८': a meeting's short name and its number
_NUMBERED_NAME = re.compile(r"([A-Za-z\u0900-\u0963\u0970-\u097f.]+?)\s*[-–‑]?\s*([0-9०-९]{1,3})")


# 'CONFINTEA IV', 'कॉप-VII': a name numbered in capital Roman numerals
_ROMAN_NUMBERED_NAME = re.compile(r"([A-Za-z\u0900-\u0963\u0970-\u097f.]+?)(?:\s+|\s*[-–‑]\s*)([IVXLC]{1,8})")


def _numbered_name(cell: str) -> tuple[str, int] | None:
    text = without_footnotes(cell).strip().rstrip(".")
    match = _NUMBERED_NAME.fullmatch(text)
    if match:
        return match_key(match[1]).casefold(), int(ascii_digits(match[2]))
    roman = _ROMAN_NUMBERED_NAME.fullmatch(text)
    number = roman_number(roman[2]) if roman else None
    return (match_key(roman[1]).casefold(), number) if roman and number else None


def _numbered_names(column: list[str]) -> bool:
    """Every cell one short name with a number, the numbers all different: 'कॉप-22', 'कॉप-23'
    ('जी-20' in every row names the group, not the meeting)."""
    names = [_numbered_name(c) for c in column]
    return (all(n is not None for n in names) and len({n[0] for n in names}) == 1  # type: ignore[index]
            and len({n[1] for n in names}) == len(names))  # type: ignore[index]


_BARE_HOST = frozenset(match_key(w) for w in ("मेज़बान", "मेजबान", "host", "मेज़बानी", "मेजबानी", "आयोजक"))


def _host_column(roles: list[str | None], header: list[str]) -> list[str | None]:
    """'| वर्ष | मेज़बान |' holding 'ढाका, बांग्लादेश' or '| वर्ष | मेज़बान देश |': with no city
    column, the host's column is read as the place (its first name: a city-state there is the
    city, a country gives none). A bare 'देश' column is no host's: '| वर्ष | देश |' may list
    who joined when."""
    if "city" in roles or "date_place" in roles:
        return roles
    return ["city" if role == "country" and set(_header_key(cell).split()) & _BARE_HOST else role
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
    named: str = ""  # the meeting's own name its number goes with ('कॉप' of 'कॉप-22'), not a count of rows
    ordinal: bool = False  # the number written as an ordinal ('61वाँ साधारण सत्र', 'सातवाँ'), not a bare count


@dataclass(frozen=True)
class RowProblem:
    line: Line
    reason: str
    detail: str


def read_table(lines: list[Line], lexicon: Lexicon, heading: str = "") -> list[TableRow | RowProblem]:
    """The rows of one pipe table (its lines, header first) under a section's `heading`."""
    header, *body = lines
    rows = [line for line in body if not _SEPARATOR.match(line.text)]
    body = [cells(line.text) for line in rows]
    roles = _joint_column(_host_column(_ordinal_column(column_roles(cells(header.text)), body, cells(header.text)),
                                       cells(header.text)), body, lexicon)
    # '| COP | ...' over bare numbers: each is the number of that meeting, wherever the table starts
    edition_header = meeting_header(cells(header.text)[roles.index("edition")]) if (
        "edition" in roles and roles.index("edition") < len(cells(header.text))) else ""
    if not is_summit_table(roles):
        return [RowProblem(line, "unread_table_row", "Table row not read: the table has no year/date and place columns.")
                for line in rows]
    if lists_other_things(heading, cells(header.text)[0]):
        return [RowProblem(line, "not_a_summit", "The table lists meetings of ministers or officials, another kind of "
                           "meeting, or treaties, offices or members, as its heading or first column says.")
                for line in rows]
    out: list[TableRow | RowProblem] = []
    above: tuple[str, str] | None = None  # the last row's year cell and text
    above_city = ""
    for line in rows:
        row, missing = _aligned(roles, cells(line.text), lexicon)
        values = dict(zip(roles, row))
        values.pop(None, None)  # type: ignore[call-overload]
        year_from = ""
        # the rest of the row says when or where: a blank year is the cell above, merged
        rest = values.get("date", "") if "date" in roles else values.get("city", "")
        if _MERGED.fullmatch(values.get("year", "-")) and rest.strip("-–— ") and above is not None:
            # '| 3 | | 21 नवंबर | सिंगापुर |' below a 2007 row: a merged year cell exported blank
            values["year"], year_from = above
        if values.get("year", "").strip():
            above = (values["year"], year_from or line.text)
        if missing == "city" and above_city:
            values["city"] = above_city  # the cell a merged city left out of the row
        above_city = values.get("city", "")
        # 'तिथि और स्थान': the date and the place in one cell, unless their own columns say them
        joint = label_head(without_footnotes(values["date_place"]), lexicon) if values.get("date_place") else None
        if "city" not in roles and values.get("date_place"):  # the place in the joint cell: '..., वर्चुअल' too
            virtual_cell = is_virtual(values["date_place"])
            values["city"] = values["date_place"] if virtual_cell else (
                joint[1].city if joint is not None and joint[1] is not None and joint[1].city else "")
        own_date = "year" in roles or "date" in roles
        if joint is not None and "date" in roles and "year" not in roles:
            # '| कैलियारी, इटली (1980) | 18–26 नवंबर |': the joint cell's year with the date column's days
            period = _row_period(str(joint[0].year), values.get("date", ""))
        else:
            period = joint[0] if joint is not None and not own_date else _row_period(values.get("year", ""), values.get("date", ""))
        if period is None:
            out.append(RowProblem(line, "bad_year", "Table row without a usable year or date."))
            continue
        # 'ओटावा, कनाडा' or 'अड्डू सिटी (मालदीव)': the city is the first name
        city_text = without_parentheticals(without_footnotes(values.get("city", "")))
        city_cell = re.split(r",|\s[-–—/]\s|/", city_text)[0].strip()  # 'कज़ान – रूस', 'कज़ान / रूस' too
        # (each cell apart: '| एंथनी अल्बनीज़ | ली चियांग | 8वीं बैठक; ... |' holds the remark '8वीं बैठक')
        remarks = REMARKS_JOINER.join(c.strip() for role, c in zip(roles, row) if role is None and c.strip())
        # '— (वर्चुअल)' in the city cell or the mode column ('प्रारूप'), or no city and 'ऑनलाइन' in the remarks
        mode_cell = values.get("mode", "")
        city_virtual = is_virtual(values.get("city", ""))  # a virtual summit in a mode column keeps its city
        virtual = city_virtual or is_virtual(mode_cell) or (city_cell.strip("-–— ") == "" and is_virtual(remarks))
        # 'कोलंबो (वर्चुअल)': the host city named, met online (README: a virtual summit keeps its city)
        place = (None if is_virtual(city_cell) or not city_cell or city_cell in "-–—" or _not_a_place(city_cell)
                 else label_place(city_cell, lexicon))
        if place is None and city_cell and values.get("country"):
            place = _long_city_of_country(city_cell, values["country"], lexicon)
        if place is not None and place.kind == "country" and _city_state(city_cell, city_text, values.get("country", "")):
            place = Place(city_cell, "city")
        if place is not None and place.kind == "country":
            place = _city_after_country(without_footnotes(values.get("city", "")), lexicon) or place
        # a cell holding only a dash would end the first clause: status is read without them
        # (a remark on another year's meeting is not the row's: '2020 का सत्र स्थगित होने के बाद ...')
        written = " ".join(without_other_meetings(c, period.year) if k < len(roles) and roles[k] is None else c
                           for k, c in enumerate(row) if c.strip("-–— "))
        status = entry_status(written)
        if status == "held" and any(_undecided(values.get(role, "")) for role in ("city", "date", "year")):
            status = "planned"  # '| 2031 | अभी तय नहीं |': a meeting whose place or day is still to be fixed
        status = next((_STATUS_CELLS[k] for k in (_status_key(c) for c in row) if k in _STATUS_CELLS), status)
        if status == "planned" and _planned_before(remarks, period):
            status = "held"  # '2007 | सेबू | मूल रूप से दिसंबर 2006 के लिए निर्धारित': held, later than planned
        number, named = _edition(values.get("edition", ""))
        if number is not None and not named and edition_header:
            named = edition_header
        out.append(TableRow(line, period, place, virtual, number, status, without_footnotes(remarks),
                            _row_mode(place, virtual, f"{mode_cell} {remarks}"), year_from, named,
                            number is not None and _ordinal_cell(values.get("edition", ""))))
    return out


# 'अभी तय नहीं', 'घोषित होना बाकी', 'TBD': a place or day not fixed yet; 'अज्ञात': not known
_UNDECIDED = re.compile(
    r"(?:^|\s)(?:" + "|".join(match_key(w) for w in ("तय", "घोषित", "निर्धारित", "निश्चित"))
    + r")\s+(?:" + "|".join(match_key(w) for w in ("नहीं", "होना", "किया", "की", "होने", "होगा", "होगी"))
    + r")(?=\s|$)|(?:^|\s)(?:" + "|".join(match_key(w) for w in ("बाकी", "बाक़ी", "शेष", "अनिश्चित", "अघोषित"))
    + r")(?=\s|$)|\b(?:tbd|tba|to be (?:decided|announced|confirmed|determined))\b")
_UNKNOWN = frozenset(match_key(w) for w in ("अज्ञात", "ज्ञात नहीं", "पता नहीं", "स्पष्ट नहीं", "unknown"))


# A cell saying only what became of the meeting, in a word the sentence rules do not read as one
# ('| 2026 | अंताल्या | आगामी |', a status column in English).
_STATUS_CELLS = {match_key(w).casefold(): status for words, status in (
    (("आगामी", "होने वाला", "होने वाली", "upcoming", "planned", "proposed", "scheduled", "future"), "planned"),
    (("cancelled", "canceled", "postponed", "not held"), "cancelled"),
) for w in words}


def _status_key(cell: str) -> str:
    return match_key(without_parentheticals(without_footnotes(cell))).casefold().strip(" .")


def _undecided(cell: str) -> bool:
    return _UNDECIDED.search(match_key(cell).casefold()) is not None


def _not_a_place(cell: str) -> bool:
    """A city cell that says the place is not fixed or not known, or what became of the meeting
    ('स्थगित'), names no place."""
    return (_undecided(cell) or match_key(cell).casefold() in _UNKNOWN
            or entry_status(cell) != "held")


#: Between the cells of a row's remarks.
REMARKS_JOINER = " | "


def _planned_before(remarks: str, period: Period) -> bool:
    """Whether the row's remarks plan it for a time before the row's, so the plan is the past
    one of a summit the row dates ('मूल रूप से दिसंबर 2006 के लिए निर्धारित' in a 2007 row, 'पहले
    5 जनवरी 2009 को प्रस्तावित था' in a row of 12 March 2009); a plan for a later time ('2021 के लिए
    निर्धारित' in a 2020 row) is a postponement."""
    stated = [p for _, _, p in find_periods(remarks)]
    return bool(stated) and all(p.end < period.start for p in stated) and entry_status(remarks) == "planned"


def _aligned(roles: list[str | None], row: list[str], lexicon: Lexicon) -> tuple[list[str], str | None]:
    """A row one cell short of its header (a cell merged with the row above, left out when the
    table was copied: '| 2 | 20 नवंबर | ओसाका | जापान |' under '| 1 | 2009 | 12 मार्च | ...'):
    the row with a blank where its cells fit their columns best, and the role of that blank.
    A row whose cells fit as they stand keeps them (a last cell left out: the remarks)."""
    if len(row) != len(roles) - 1:
        return row, None
    best, score = len(row), _fit(roles, row + [""], lexicon)
    for gap in range(len(row) - 1, -1, -1):
        fit = _fit(roles, row[:gap] + [""] + row[gap:], lexicon)
        if fit > score:
            best, score = gap, fit
    return row[:best] + [""] + row[best:], roles[best]


def _fit(roles: list[str | None], row: list[str], lexicon: Lexicon) -> int:
    """How many cells hold what their column's header says, less those that do not."""
    score = 0
    for role, cell in zip(roles, row):
        text = without_parentheticals(without_footnotes(cell)).strip()
        if not text.strip("-–— ") or role not in ("year", "date", "edition", "city"):
            continue
        if role == "year":
            good = re.fullmatch(r"[0-9०-९]{4}", text) is not None
        elif role == "date":
            good = bool(find_periods(text)) or day_month_in_year(text, 2000) is not None
        elif role == "edition":
            good = _edition(text)[0] is not None
        else:
            good = not re.search(r"[0-9०-९]", text) and label_place(text.split(",")[0], lexicon) is not None
        score += 1 if good else -1
    return score


# A blank or ditto year cell ('〃', '"'): the cell of the row above, merged across rows.
_MERGED = re.compile(r"\s*(?:〃|\"|”|''|वही)?\s*")


def _long_city_of_country(cell: str, country_cell: str, lexicon: Lexicon) -> Place | None:
    """'वियाना दो कास्तेलो' beside 'पुर्तगाल': a city cell of several words that a bare label's place
    (`label_place`) refuses (a long name, or a word that is also Hindi's: दो 'two', Portuguese 'do')
    is the city when GeoNames has a city of that name in the row's country."""
    words = cell.split()
    if not (1 < len(words) <= MAX_KNOWN_PLACE_WORDS) or re.search(r"[0-9०-९]", cell):
        return None
    for country in sorted(countries_named(country_cell, lexicon)):
        if find_city(cell, party_countries=frozenset({country}), stated_country=country, beside=True) is not None:
            return Place(cell, "city")
    return None


def _city_after_country(cell: str, lexicon: Lexicon) -> Place | None:
    """'जापान (टोक्यो)', 'भारत, नई दिल्ली': a host cell naming the country first, then a city
    the lexicon knows (in brackets or after a comma) - that city."""
    names = re.findall(r"\(([^()]*)\)", cell) + without_parentheticals(cell).split(",")[1:]
    for name in names:
        place = label_place(name.strip(), lexicon)
        if place is not None and place.kind == "city":
            return place
    return None


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


def _edition(cell: str) -> tuple[int | None, str]:
    """The क्रम/संस्करण cell: '3', '३.', a Roman numeral ('IV', 'xii'), an ordinal word ('पहला',
    'तीसरा', '7वाँ') - which may count the rows - or a numbered name ('कॉप-22'), the meeting's
    own name (the second value: that name's key, else '')."""
    number = without_footnotes(cell).strip().rstrip(".")
    if re.fullmatch(r"[0-9०-९]{1,3}", number):
        return int(ascii_digits(number)), ""
    if re.fullmatch(r"[ivxlc]{1,8}|[IVXLC]{1,8}", number):
        return roman_number(number), ""
    ordinal = leading_ordinal(f"{number} x") if number else None
    if ordinal is not None:
        return ordinal, ""
    named = _numbered_name(number)
    return (named[1], named[0]) if named is not None else (None, "")


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
    """'पहला', '7वाँ', 'दूसरा शिखर सम्मेलन', 'तीसरा ब्रिक्स शिखर सम्मेलन': an ordinal and a name."""
    words = without_footnotes(cell).split()
    return len(words) <= 5 and bool(words) and leading_ordinal(f"{words[0]} x") is not None


def without_footnotes(cell: str) -> str:
    return _FOOTNOTE.sub("", cell)


# '[1]', '[क]', '[नोट 2]', '[उद्धरण चाहिए]', and the marks a cell's note hangs on: '2014†', 'सिडनी*', '¹'
_FOOTNOTE = re.compile(r"\[[^\[\]|]{1,20}\]|[†‡§¶⁰¹²³⁴⁵⁶⁷⁸⁹]+|(?<=\S)\*+(?=\s|$)")


_TWO_DAYS = re.compile(r"^(.+?)\s*[-–—]\s*(.+)$")


def _across_new_year(date_cell: str, year: int) -> Period | None:
    """'30 दिसंबर – 2 जनवरी' in a 2009 row: a meeting over the new year, from the row's year into
    the next ('30 दिसंबर 2009 – 2 जनवरी 2010'); None when the second month does not come first."""
    match = _TWO_DAYS.match(date_cell)
    if match is None:
        return None
    months = [[MONTHS[k] for k in match_key(part).split() if k in MONTHS] for part in match.groups()]
    if not all(len(m) == 1 for m in months) or months[1][0] >= months[0][0]:
        return None
    found = find_periods(f"{match[1]} {year} – {match[2]} {year + 1}")
    return found[0][2] if len(found) == 1 and found[0][2].precision == "day" else None


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
            return (_across_new_year(date_cell, year_period.year) or day_month_in_year(date_cell, year_period.year)
                    or year_period)
        if not year_cell:
            return parse_entry_label(date_cell)  # a date column holding only a year or a month
    return year_period


def names_every_number(rows: list[TableRow | RowProblem]) -> bool:
    """Every held summit named with one name and its number ('कॉप-22', 'कॉप-23', ...), the numbers
    rising: each is that summit's own in the series, wherever the table starts. Two names, or
    numbers that do not rise, number nothing."""
    held = [r for r in rows if isinstance(r, TableRow) and r.status == "held"]
    if not held or not held[0].named or len({r.named for r in held}) != 1:
        return False
    numbers = [r.number for r in held]
    return all(a is not None and b is not None and b > a for a, b in zip(numbers, numbers[1:]))


def states_own_numbers(rows: list[TableRow | RowProblem]) -> bool:
    """The held rows' numbers written as ordinals ('61वाँ साधारण सत्र', '62वाँ ...'), rising (or falling,
    the latest first), the other held rows without a number ('असाधारण सत्र', an extraordinary one): each
    ordinal is that summit's own, wherever the table starts. A bare number may count the rows."""
    held = [r for r in rows if isinstance(r, TableRow) and r.status == "held"]
    numbers = [r.number for r in held if r.number is not None]
    if len(numbers) < 2 or not all(r.ordinal for r in held if r.number is not None):
        return False
    pairs = list(zip(numbers, numbers[1:]))
    # an ordinal is the summit's own number even where a selection skips some ('पहला (MC1)', 'तीसरा
    # (MC3)', 'चौथा (MC4)'): rows are counted in bare numbers, not in ordinals that skip
    return all(b > a for a, b in pairs) or all(b < a for a, b in pairs)


def numbers_every_summit(rows: list[TableRow | RowProblem]) -> bool:
    """The क्रम column counts the summits from the first: the held rows are numbered 1, 2, 3 ...
    in order (or down to 1, the latest summit first), and a number they skip belongs to a row that is no summit or was not read (a
    postponed meeting, '| – | 2007 | ... | स्थगित |', a row with a year range)."""
    held = [r.number for r in rows if isinstance(r, TableRow) and r.status == "held"]
    if len(held) > 1 and None not in held and held[0] > held[-1]:
        held.reverse()  # the latest summit first: '| 3 | 2014 |' above '| 1 | 2009 |'
    if not held or None in held or held[0] != 1:
        return False
    if any(later <= earlier for earlier, later in zip(held, held[1:])):
        return False
    skipped = set(range(1, held[-1] + 1)) - set(held)  # type: ignore[arg-type,operator]
    # a row that can hold a skipped number: unread, or not held and numbered with it (or not at all)
    others = sum(1 for r in rows if isinstance(r, RowProblem)
                 or (r.status != "held" and (r.number is None or r.number in skipped)))
    return len(skipped) <= others


__all__ = ["TableRow", "RowProblem", "is_table_line", "read_table", "names_every_number", "numbers_every_summit",
           "states_own_numbers"]
