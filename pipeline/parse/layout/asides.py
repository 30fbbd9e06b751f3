"""A list entry's asides in brackets that tell another year's meeting.

Notes put a remark about an earlier or later meeting of the series in brackets inside another
summit's entry: '6–7 अक्टूबर 2009 को इस्तांबुल — ...; तुर्की दूसरी बार मेज़बान (पहले 1955 में भी
इस्तांबुल में बैठक हुई थी)', '2019 (ओसाका) — ... (इससे पहले 2008 में टोयाको में सम्मेलन हुआ था)'.
Such an aside is a sentence of its own: `dated_asides` gives the asides that are clauses (several
words) dated with a year the entry itself does not give, for the sentence reader to judge like any
other sentence (held or planned, the series' or another's). A bracket that only glosses the entry
('(पेरू)', '(25–27 अक्टूबर)', '(COP-4)') or dates it again is no aside.
"""

from __future__ import annotations

import re

from pipeline.parse.language.dates import find_periods

_BRACKETED = re.compile(r"\(([^()]+)\)")
#: an aside is a clause: a gloss in brackets is a name, a place or a date of a few words
MIN_ASIDE_WORDS = 5


def dated_asides(text: str, own_years: set[int]) -> list[str]:
    """The bracketed clauses of an entry's text that are dated with a year not in `own_years`."""
    asides = []
    for match in _BRACKETED.finditer(text):
        inner = match[1].strip()
        if len(inner.split()) < MIN_ASIDE_WORDS:
            continue
        years = {period.year for _, _, period in find_periods(inner)}
        if years and not years & own_years:
            asides.append(inner)
    return asides
