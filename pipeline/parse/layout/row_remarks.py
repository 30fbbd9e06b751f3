"""What a table row's remarks say of other meetings, so the row's own status is not read from them.

- A clause that names another year's meeting tells what became of that one: '2020 का सत्र
  स्थगित होने के बाद विस्तारित सत्र' in a 2021 row says the 2020 session was put off, not this
  one; 'तख़्तापलट के कारण स्थगित' (no other year) is still the row's own.
- A meeting is 'another year's' only when the year is its owner ('2020 का सत्र', '2019 की
  बैठक', '2018 के सम्मेलन'), not when the year is where a meeting was moved ('2021 तक स्थगित',
  '2021 के लिए स्थगित'): that one is the row's meeting put off.
"""

from __future__ import annotations

import re

from pipeline.parse.language.dates import ascii_digits
from pipeline.parse.language.text import key_alternatives, match_key


_MEETING = key_alternatives("सत्र", "सम्मेलन", "शिखर", "बैठक", "अधिवेशन", "मंच", "फ़ोरम", "फोरम", "समिट", "संस्करण")
# '2020 का सत्र', '2019 की वार्षिक बैठक': a year owning a meeting (one adjective may stand between)
_YEARS_MEETING = re.compile(rf"(?<![0-9०-९])(?P<year>[0-9०-९]{{4}})\s+(?:{key_alternatives('का', 'की', 'के')})\s+"
                            rf"(?:\S+\s+)?(?:{_MEETING})(?=\s|$|[,।;)])")
_CLAUSE = re.compile(r"\s*(?:[;।]|,\s|\s[—–]\s)\s*")


def without_other_meetings(remarks: str, year: int) -> str:
    """The remarks without the clauses that name a meeting of a year other than the row's `year`."""
    if not remarks or not any(ch.isdigit() for ch in remarks):
        return remarks
    kept = []
    for clause in _CLAUSE.split(remarks):
        owners = {int(ascii_digits(m["year"])) for m in _YEARS_MEETING.finditer(match_key(clause))}
        if owners and year not in owners:
            continue
        kept.append(clause)
    return "; ".join(kept)
