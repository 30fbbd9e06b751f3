"""What an entry's text says became of its summit beyond the verbs of its first clause.

- Agreed, decided or proposed for the entry's own year, never said to have met: '2023 – तीसरा
  दौर: दूसरे सम्मेलन के समापन वक्तव्य में तीसरा दौर 2023 में आयोजित करने पर सहमति जताई गई थी'
  is planned. The year must be the entry's: '2019, X: ... अगला सम्मेलन 2021 में आयोजित करने पर
  सहमति बनी' tells of the 2019 summit, which met.
- Never held, in any sentence: '1915: ... तीसरा सम्मेलन बुलाने की सिफ़ारिश की गई थी। लेकिन ...
  तीसरा शांति सम्मेलन कभी नहीं हो सका' is cancelled (the summit noun is the subject of 'कभी
  नहीं हो सका'; 'कोई समझौता नहीं हो सका' is not).
- Planned or put off, then held after all in the entry's own year: '2020: 53वीं बैठक मई में
  इंचियोन में होनी थी, लेकिन ... इसे टालकर सितंबर 2020 में वर्चुअल रूप में आयोजित किया गया' is
  held. The turn ('लेकिन', 'किंतु', 'परंतु') must lead to a clause with a verb of holding, a date of
  the entry's year and no word of a plan or a cancellation: '... लेकिन इसे 2021 तक टाल दिया गया'
  stays put off, and '... लेकिन 2021 में आयोजित हुआ' under 2020 is the next year's meeting.
"""

from __future__ import annotations

import re

from pipeline.parse.language.dates import ascii_digits, find_periods
from pipeline.parse.language.guarded import guarded
from pipeline.parse.language.text import key_alternatives, match_key


_TO_HOLD = rf"(?:(?:{key_alternatives('आयोजित', 'आयोजन')})\s+(?:{key_alternatives('करने', 'कराने', 'करवाने')})|{key_alternatives('बुलाने')})"
_AGREED = key_alternatives("पर सहमति", "पर सहमत", "का प्रस्ताव", "का निर्णय", "का फ़ैसला", "का फैसला", "की योजना",
                        "की सिफ़ारिश", "की सिफारिश")
_YEAR_AGREED = re.compile(rf"(?<![0-9०-९])(?P<year>[0-9०-९]{{4}})\s+{match_key('में')}\s+{_TO_HOLD}\s+(?:{_AGREED})(?=\s|$|[,।;])")
_NEVER_MET = guarded(rf"(?:{key_alternatives('सम्मेलन', 'बैठक', 'समिट', 'दौर')})\s+{match_key('कभी')}\s+{match_key('नहीं')}\s+"
                     rf"(?:{key_alternatives('हो सका', 'हो सकी', 'हो पाया', 'हो पाई', 'हुआ', 'हुई')})(?=\s|$|[,।;])", [match_key("कभी")])
_MET = re.compile(rf"(?:^|\s)(?:{key_alternatives('हुआ', 'हुई', 'हुए', 'संपन्न', 'सम्पन्न')})(?=\s|$|[,।;])")
_HELD = re.compile(rf"(?:^|\s)(?:{key_alternatives('हुआ', 'हुई', 'हुए', 'संपन्न', 'सम्पन्न', 'आयोजित')})(?=\s|$|[,।;])")


_TURN = re.compile(rf",?\s+(?:{key_alternatives('लेकिन', 'किंतु', 'किन्तु', 'परंतु', 'परन्तु')})\s+")


def _held_after_all(text: str, year: int) -> bool:
    """The text turns from its plan to a clause that says the meeting was held in `year`."""
    from pipeline.parse.layout.summits import CANCELLED, PLANNED  # (summits reads entries; imported late)

    parts = _TURN.split(text)
    if len(parts) < 2:
        return False
    last = re.split(r"[;।]", parts[-1])[0]
    key = match_key(last)
    periods = find_periods(last)
    return (bool(periods) and all(p.year == year for _, _, p in periods) and _HELD.search(key) is not None
            and CANCELLED.search(key) is None and PLANNED.search(key) is None)


def fate_of_entry(text: str, year: int, status: str) -> str:
    """The entry's status once its whole text is read: `status` (from its first clause) unless
    the text says the summit of `year` was only agreed to, or never met, or was held after all."""
    if status in ("planned", "cancelled") and text and _held_after_all(text, year):
        return "held"
    if status != "held" or not text:
        return status
    key = match_key(text)
    if _NEVER_MET.search(key):
        return "cancelled"
    agreed = _YEAR_AGREED.search(key)
    if agreed and int(ascii_digits(agreed["year"])) == year and not _MET.search(key[:agreed.start()]):
        return "planned"
    return status
