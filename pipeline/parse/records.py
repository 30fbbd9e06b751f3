"""Summit records: a year (or date) on its own, with its facts as labelled lines under it.

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

from pipeline.parse.dates import find_periods, parse_entry_label
from pipeline.parse.structure import Line, field_key, split_item, strip_marker
from pipeline.parse.text import match_key

PLACE_FIELDS = frozenset(match_key(w) for w in (
    "स्थान", "शहर", "जगह", "स्थल", "आयोजन स्थल", "मेज़बान शहर", "मेजबान शहर", "नगर", "कहाँ", "कहां",
    "venue", "city", "place", "location"))
DATE_FIELDS = frozenset(match_key(w) for w in (
    "तिथि", "तिथियाँ", "दिनांक", "तारीख", "तारीख़", "कब", "date", "dates"))
COUNTRY_FIELDS = frozenset(match_key(w) for w in ("देश", "मेज़बान देश", "मेजबान देश", "मेज़बान", "मेजबान", "country", "host"))


def _head(line: Line) -> str | None:
    """The date a record's head line is made of ('2014', '**2014**:', '### 2025'), else None."""
    text, _ = strip_marker(line.text)
    text = text.strip(" *_:：")
    return text if text and parse_entry_label(text) is not None else None


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
                break
            fields.append((field_key(item.label), item.description.strip()))
            end += 1
        place = next((v for k, v in fields if k in PLACE_FIELDS), None)
        day = next((v for k, v in fields if k in DATE_FIELDS), None)
        # the head is read last: most lines have no field lines under them, and a date search
        # over every line of a section is what this would otherwise cost
        head = _head(line) if fields and (place is not None or day is not None) else None
        if head is None:
            out.append(line)
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
