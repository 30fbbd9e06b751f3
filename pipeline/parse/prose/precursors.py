"""Meetings before the first: when a text numbers one summit as the series' first ('परिषद की पहली बैठक
10–11 मार्च 1975 को डबलिन में हुई'), a meeting its sentences tell in an earlier year ('दिसंबर 1974 में
पेरिस में यूरोपीय समुदाय के नेताओं की बैठक में तय हुआ कि ...') is a precursor, not a summit of the series
(`before_the_first`). Only meetings a sentence calls no summit (a leaders' बैठक, not a 'शिखर बैठक' or
'सम्मेलन': '2020 में पहली वर्चुअल शिखर बैठक हुई' before the 'पहला वार्षिक शिखर सम्मेलन' stays) and
without an edition of their own: a list or table the author made of the series' summits stands, and two
'first' summits in different years ('पहला मंच', 'लैटिन अमेरिका में पहला मंच') say no one start. A summit
the text tells as where the series came from ('मंच की प्रेरणा 1999 में ... हुए विश्व विज्ञान सम्मेलन से मिली')
is a precursor too, whatever it is called.

Meetings before the stated start: when the text says when the series' meetings began ('बोर्ड की
नियमित वार्षिक बैठकों का सिलसिला 1968 से शुरू हुआ'), a meeting its sentences tell, without an
edition, in an earlier year ('24 से 26 नवंबर 1966 तक टोक्यो में बोर्ड की उद्घाटन बैठक हुई') is the
body's founding or a forerunner, not one of the series (`before_the_stated_start`).
"""

from __future__ import annotations

import re
from typing import Protocol, TypeVar

from pipeline.parse.language.dates import Period
from pipeline.parse.language.text import match_key


class _Told(Protocol):
    period: Period
    edition: int | None
    status: str
    from_prose: bool
    source_text: str


T = TypeVar("T", bound=_Told)


def before_the_first(summits: list[T]) -> list[T]:
    """The held summits told in sentences, without an edition, in a year before the one year of
    the summits numbered first."""
    years = {s.period.year for s in summits if s.status == "held" and s.edition == 1}
    if len(years) != 1:
        return []
    first = years.pop()
    return [s for s in summits if s.status == "held" and s.from_prose and s.edition is None and s.period.year < first
            and (not _SUMMIT_WORDS.search(key := match_key(s.source_text)) or _ORIGIN.search(key))]


_SUMMIT_WORDS = re.compile("|".join(match_key(w) for w in ("शिखर", "सम्मेलन", "समिट")))
# 'मंच की प्रेरणा 1999 में बुडापेस्ट में हुए विश्व विज्ञान सम्मेलन से मिली', '... सम्मेलन को इसका पूर्ववर्ती
# माना जाता है', 'इसकी जड़ें 1999 के ... सम्मेलन में हैं': a summit told as where the series came from is
# another meeting, whatever the sentence calls it
_ORIGIN = re.compile("|".join(match_key(w) for w in (
    "प्रेरणा", "पूर्ववर्ती", "पूर्वगामी", "अग्रदूत", "जड़ें", "पूर्व-रूप", "पूर्वरूप")))


def before_the_stated_start(summits: list[T], began: int | None) -> list[T]:
    """The held summits told in sentences, without an edition, in a year before `began`, the year
    the text says the series' meetings began."""
    if began is None:
        return []
    return [s for s in summits if s.status == "held" and s.from_prose and s.edition is None and s.period.year < began]
