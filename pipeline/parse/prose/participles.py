"""A numbered meeting told as held by its own past participle, whatever the clause then says.

A report often names a past meeting inside a clause about something else: '27 मई से 1 जून 2024
तक चली 77वीं विश्व स्वास्थ्य सभा तक सहमति नहीं बन सकी' (no agreement by the 77th assembly, which
ran from 27 May to 1 June), '12 मार्च को हुई चौथी बैठक में कोई फ़ैसला नहीं हो सका'. The clause's
verb is negated, or the meeting is a point in time ('... सभा तक', '... बैठक के बाद'), but the
participle right before the ordinal, with the meeting's own dates before it, says the meeting
took place on those dates.

Not held: a future or planned participle ('मई 2026 में होने वाली 79वीं सभा', 'प्रस्तावित तीसरी
बैठक'), a participle with no date of its own ('पिछले साल हुई बैठक तक'), a participle whose
phrase is negated or cancelled ('2020 में न हो सकी 73वीं सभा').
"""

from __future__ import annotations

import datetime as dt
import re

from pipeline.parse.language.dates import Period, ascii_digits, day_month_in_year, find_periods
from pipeline.parse.language.text import match_key

# past participles of holding or running: 'हुई', 'चली', 'आयोजित', 'संपन्न'
_HELD = frozenset(match_key(w) for w in (
    "हुई", "हुआ", "हुए", "हुईं", "चली", "चला", "चले", "आयोजित", "संपन्न", "सम्पन्न"))
# what may stand between the meeting's dates and its participle: 'को', 'तक', a place 'जिनेवा में'
_DATE_TO_PARTICIPLE = re.compile(r"^\s*(?:को|तक)?(?:\s+\S+(?:\s+\S+)?\s+में)?\s*$")
_NOT_HELD = re.compile(r"(?:^|\s)(?:" + "|".join(match_key(w) for w in (
    "नहीं", "न", "रद्द", "स्थगित", "प्रस्तावित", "होने", "वाली", "वाला", "वाले")) + r")(?=\s|$)")
MAX_DATE_GAP_CHARS = 40


def ran_on_its_dates(sentence: str, keys: list[str], starts: list[int], k: int) -> bool:
    """Whether the ordinal at word k follows a past participle of holding ('चली', 'हुई') that
    follows the meeting's own dates ('27 मई से 1 जून 2024 तक चली 77वीं ...')."""
    if k < 2 or keys[k - 1] not in _HELD:
        return False
    participle = starts[k - 1]
    for start, end, _ in find_periods(sentence):
        if end > participle or participle - end > MAX_DATE_GAP_CHARS:
            continue
        between = sentence[end:participle]
        if re.search(r"[,।;:]", between):
            continue
        if _DATE_TO_PARTICIPLE.match(match_key(between)) and not _NOT_HELD.search(match_key(sentence[start:participle])):
            return True
    return False


# '... को शुरू हुई यह सभा 27 मई तक चलेगी', '... को शुरू हुआ और 14 जून तक चला': opened on one day, ran until another
_OPENED = re.compile(r"(?:^|\s)(?:" + "|".join(match_key(w) for w in ("शुरू", "शुरु", "आरंभ", "आरम्भ", "प्रारंभ")) + r")(?=\s|$)")
_RAN_UNTIL = re.compile(
    r"(?P<days>[0-9]{1,2}\s+\S+)\s+" + match_key("तक") + r"\s+(?:" + "|".join(match_key(w) for w in (
        "चलेगी", "चलेगा", "चलेंगे", "चली", "चला", "चले", "चलती", "चलता", "जारी")) + r")(?=\s|$|[,।])")
MAX_RUN_DAYS = 31


def ran_until(sentence: str, opened: Period) -> Period | None:
    """The whole run of a meeting the sentence says opened on the single day `opened` and ran
    until a later day of the same year, written without its year ('सोमवार, 19 मई 2025 को शुरू
    हुई यह सभा 27 मई तक चलेगी' -> 19-27 May 2025); else None."""
    if opened.precision != "day" or opened.start != opened.end:
        return None
    key = ascii_digits(match_key(sentence))
    opening = _OPENED.search(key)
    if opening is None:
        return None
    until = _RAN_UNTIL.search(key, opening.end())
    if until is None:
        return None
    last = day_month_in_year(until["days"], opened.year)
    if last is None or not opened.start < last.start <= opened.start + dt.timedelta(days=MAX_RUN_DAYS):
        return None
    return Period(opened.start, last.start, f"{opened.start.isoformat()}/{last.start.isoformat()}", "day", opened.year)
