"""A meeting told without a summit noun, which the next sentence numbers as the series' summit.

News reports often tell the meeting first, by who met whom, when and where, and only then say
what it was:

    ट्रंप ने गुरुवार, 6 नवंबर 2025 को वॉशिंगटन स्थित व्हाइट हाउस में ... राष्ट्रपतियों की मेज़बानी
    की। सी5+1 प्रारूप के तहत नेताओं के स्तर पर यह दूसरा शिखर सम्मेलन था।

    नेताओं ने 3 जून 2023 को हनोई में भेंट की। यह समूह का चौथा शिखर सम्मेलन था।

`numbered_meeting_before(sentence, before, ...)` reads such a pair: `sentence` numbers "this" as
the Nth summit (`numbers_the_summit_before`: 'यह', an ordinal, a summit noun, the copula, no date
of its own) and `before` ends on a past verb of meeting or hosting ('... की मेज़बानी की', '... से
मुलाक़ात की', 'मिले', 'शामिल हुए'), with one date that holds its year and one city (or the words
of a virtual meeting). The summit is that meeting: its date and place, the ordinal's edition.

Never a summit: a meeting of ministers or officials; one to come ('मिलेंगे'); a meeting a country
outside the series held ('चीन ने ... की मेज़बानी की। यह चीन-मध्य एशिया का पहला शिखर सम्मेलन था'
names another series); a sentence before with two dates or two cities (which one would it be?).
"""

from __future__ import annotations

import re

from pipeline.parse.language.dates import find_periods
from pipeline.parse.language.lexicon import Lexicon
from pipeline.parse.language.text import match_key
from pipeline.parse.layout.summits import CANCELLED, PLANNED, find_place, is_virtual, names_ministers
from pipeline.parse.prose.status import numbers_the_summit_before
from pipeline.parse.prose.words import Mention

# the past verb of a meeting or of hosting one, ending the sentence
_MET_AT_END = re.compile(r"(?:^|\s)(?:(?:" + "|".join(match_key(w) for w in (
    "मेज़बानी", "मेजबानी", "मुलाक़ात", "मुलाकात", "भेंट", "वार्ता", "बातचीत", "बैठक")) + r")\s+(?:" + "|".join(
        match_key(w) for w in ("की", "कीं")) + r")|(?:" + "|".join(match_key(w) for w in (
            "मिले", "मिलीं", "जुटे", "शामिल हुए", "शामिल हुईं", "एकत्र हुए", "इकट्ठा हुए", "भाग लिया", "हिस्सा लिया"))
    + r"))(?:\s+(?:" + "|".join(match_key(w) for w in ("थी", "थे", "थीं")) + r"))?\s*[।.!]?\s*$")


def numbered_meeting_before(sentence: str, before: str, series: str, lexicon: Lexicon,
                            sides: tuple[str, ...] = ()) -> Mention | None:
    """The summit `sentence` numbers ('यह दूसरा शिखर सम्मेलन था'), told by `before`, the sentence
    before it in the same paragraph, as a dated meeting in one place; None when either is not so.
    `sides`: the document's parties (English names), who may host its summits."""
    from pipeline.parse.layout.series import held_by_another  # (both read words; imported late)
    from pipeline.parse.prose.series import names_other_series

    edition = numbers_the_summit_before(sentence)
    if edition is None or not _MET_AT_END.search(match_key(before)):
        return None
    key = match_key(before)
    if PLANNED.search(key) or CANCELLED.search(key) or names_ministers(before) or names_ministers(sentence):
        return None
    periods = {period for _, _, period in find_periods(before)}
    if len(periods) != 1:
        return None
    period = periods.pop()
    if not re.search(r"[0-9०-९]{4}", before):
        return None  # a day and month whose year the report leaves to its dateline
    if names_other_series(sentence, series, lexicon) or names_other_series(before, series, lexicon):
        return None
    words = before.split()
    keys = [match_key(w.strip("\"'“”‘’(),।;:")) for w in words]
    if held_by_another(words, keys, len(keys), match_key(series), lexicon, sides):
        return None  # 'चीन ने ... की मेज़बानी की' in a document on the EU and Central Asia
    virtual = is_virtual(before)
    place = find_place(before, lexicon)
    if place is not None and (place.city is None or place != find_place(before, lexicon, nearest_end=True)):
        return None  # a country only, or two places
    if place is None and not virtual:
        return None
    return Mention(period, place, edition, "held", "virtual" if virtual else "in_person", False,
                   place_text=before)
