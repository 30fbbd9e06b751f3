"""A city that hosted, the meeting left unsaid: 'नवंबर 2013 में रोम ने फिर मेज़बानी की।', '2016 में वेनिस ने
मेज़बानी की'. With no object ('... की मेज़बानी'), the hosting is of the series' meeting the text is about, so
the sentence states one summit in that city and at that time (`hosted_again`); the next sentence may give
its day ('20 नवंबर को ... की इस शिखर बैठक में ...'). A country as host ('भारत ने मेज़बानी की') gives no
city, so it is left out; so is hosting to come ('करेगा') or of something named ('ओलंपिक की मेज़बानी की').
"""

from __future__ import annotations

import re

from pipeline.parse.language.dates import Period, find_periods, sole_day_month_in_year
from pipeline.parse.language.lexicon import Lexicon
from pipeline.parse.language.text import match_key
from pipeline.parse.layout.summits import CANCELLED, PLANNED
from pipeline.parse.prose.where import _known_city
from pipeline.parse.layout.summits import Place
from pipeline.parse.prose.words import Mention

_HOSTED = re.compile(r"(?:^|[\s,])(?P<host>[^\s,।;:]+(?:\s[^\s,।;:]+)?)\s+ने\s+(?:(?:फिर|फिर\s+से|दोबारा|पुनः|एक\s+बार\s+फिर|भी|ही)\s+)?"
                     r"(?:मेज़बानी|मेजबानी)\s+की(?:\s+(?:थी|है))?\s*[।.]?\s*$")


def hosted_again(sentence: str, lexicon: Lexicon) -> list[Mention]:
    """The one summit a sentence says a city hosted at one time, the meeting unnamed; else []."""
    found = _host(sentence, lexicon)
    if found is None:
        return []
    place, start = found
    periods = find_periods(sentence[:start])
    return [Mention(periods[0][2], place, None, "held", "in_person", False)] if len(periods) == 1 else []


def host_city(text: str, lexicon: Lexicon) -> Place | None:
    """The city the first sentence of an entry says hosted, the meeting unnamed ('नवंबर 2013 में रोम ने
    फिर मेज़बानी की। ...', its date read as the entry's), or None."""
    found = _host(text.split("।", 1)[0], lexicon)
    return found[0] if found is not None else None


def _host(sentence: str, lexicon: Lexicon) -> tuple[Place, int] | None:
    """The known city a sentence ends saying hosted, and where its name starts."""
    if "मेज़बानी" not in sentence and "मेजबानी" not in sentence:
        return None
    match = _HOSTED.search(sentence.strip())
    if match is None or CANCELLED.search(match_key(sentence)) or PLANNED.search(match_key(sentence)):
        return None
    place = _known_city(match["host"], lexicon)
    if place is None or place.city not in (match["host"], match["host"].split()[-1]):
        return None
    return place, sentence.strip().find(match["host"], match.start())


def day_in_its_month(clause: str, told: Period) -> Period | None:
    """'नवंबर 2013 में रोम ने फिर मेज़बानी की। 20 नवंबर को ... की इस शिखर बैठक में ...': the one day and
    month (no year) the clause naming the summit gives, inside the month the entry opened with (or the
    entry's day itself, read from both)."""
    if told.precision not in ("month", "day"):
        return None
    day = sole_day_month_in_year(clause, told.year)
    return day if day is not None and told.start <= day.start and day.end <= told.end else None
