"""A meeting of more sides than the document's two: in a report on two countries' leaders, a
'त्रिपक्षीय सम्मेलन' (trilateral), 'चतुष्पक्षीय बैठक' or 'बहुपक्षीय शिखर सम्मेलन' is another
series' ('बीच में मई 2024 में सियोल में हुए त्रिपक्षीय सम्मेलन में चीन की ओर से प्रधानमंत्री ... आए थे'),
unless the title's own series is of that kind.
"""

from __future__ import annotations

import re

from pipeline.parse.language.text import match_key

_MANY_SIDED = tuple(match_key(w) for w in ("त्रिपक्षीय", "चतुष्पक्षीय", "चतुर्पक्षीय", "बहुपक्षीय", "त्रिदेशीय"))
_NOUN = "|".join(match_key(w) for w in ("सम्मेलन", "बैठक", "वार्ता", "समिट"))
_MANY_SIDED_MEETING = re.compile(r"(?:^|\s)(?:" + "|".join(_MANY_SIDED) + r")\s+(?:" + match_key("शिखर") + r"\s+)?(?:"
                                 + _NOUN + r")")
_ANY_MEETING = re.compile(r"(?:^|\s)(?:" + _NOUN + r")(?=\s|$|[,।;])")


def of_more_sides(sentence: str, title: str) -> bool:
    """The sentence's one meeting noun is a meeting of three or more sides, and the title's series
    is not."""
    key = match_key(sentence)
    if not any(word in key for word in _MANY_SIDED) or any(word in match_key(title) for word in _MANY_SIDED):
        return False
    return _MANY_SIDED_MEETING.search(key) is not None and len(_ANY_MEETING.findall(key)) == 1
