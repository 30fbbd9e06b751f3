"""The sides a title names ('भारत-चीन अनौपचारिक शिखर सम्मेलन'): the words before the series words,
split at '-' or और (`party_names`), and whether a side is left the lexicon does not know
(`title_parties`). People, hosts ('कुवैत में ...'), topics and new chairs in a title are no sides.
"""

from __future__ import annotations

import re
from itertools import takewhile

from pipeline.parse.lexicon import Lexicon
from pipeline.parse.parties.leaders import demonyms
from pipeline.parse.parties.names import PARTY_KINDS, _known_prefix, known_names
from pipeline.parse.parties.not_sides import is_topic, takes_the_chair
from pipeline.parse.text import match_key

# Words that end the parties' names in a title ("भारत-चीन अनौपचारिक शिखर सम्मेलन").
_SERIES_WORDS = frozenset(match_key(w) for w in (
    "वार्षिक शिखर सम्मेलन द्विपक्षीय संवाद बैठक वार्ता अनौपचारिक औपचारिक संबंध साझेदारी"
).split())


_SIDES_SPLIT = re.compile(r"\s*[-–]\s*|\s+(?:और|तथा|एवं|व)\s+")
_HOST_FIRST = re.compile(r"^\S+(?:\s\S+)?\s+में\s+(?=\S)")


def party_names(title: str, lexicon: Lexicon) -> list[str]:
    """The sides a title names: words before the series words, split at '-' or और (तथा, एवं, व).

    A name the lexicon knows as a whole (जी-20) is not split; within a part, the longest
    known leading words win ("जापान संबंध" -> जापान).
    """
    words = title.split()
    head = " ".join(takewhile(lambda w: match_key(w) not in _SERIES_WORDS, words)) or title
    hosted = _HOST_FIRST.sub("", head)
    if _SIDES_SPLIT.search(hosted):
        head = hosted  # 'रियाद में अमेरिका–जीसीसी शिखर बैठक': the host city is no side
    if lexicon.lookup(head, PARTY_KINDS):
        return [head]
    parts = [p.strip() for p in _SIDES_SPLIT.split(head) if p.strip()]
    # 'भारत-जापानी शिखर वार्ता': a side written as its country's adjective
    return [demonyms(lexicon).get(match_key(part)) or _known_prefix(part, lexicon) for part in parts]


def title_parties(title: str, lexicon: Lexicon) -> tuple[list[str], bool]:
    """The parties a title names and whether it also names a side the lexicon does not know
    as a party (a region: 'भारत-मध्य एशिया', 'भारत–लैटिन अमेरिका'). People are not parties:
    'मोदी-पुतिन वार्ता: भारत और रूस ...' gives भारत and रूस."""
    head = party_names(title, lexicon)
    known = [h for h in head if lexicon.lookup(h, PARTY_KINDS)]
    if known and len(known) == len(head) and not any(_hosts(title, h) for h in known):
        return known, False
    known = [h for h in known if not _hosts(title, h)]  # a host: 'कुवैत में ... परिषद का शिखर सम्मेलन'
    names = [n for n in known_names(title, lexicon) if not _hosts(title, n)]
    unresolved = not known or any(not lexicon.lookup(h, PARTY_KINDS) for h in head if len(head) > 1) or not names
    return list(dict.fromkeys(names)), unresolved


def _hosts(title: str, name: str) -> bool:
    """'... भारत में खाद्य पार्कों के लिए', 'ग्वाटेमाला सिटी में ...': a country named as a place
    (or in a city's name), not as a side; nor a topic ('सीरिया पर ...', `is_topic`) or a country
    taking over a group's chair ('अंगोला ने संगठन की अध्यक्षता संभाली', `takes_the_chair`)."""
    return (re.search(re.escape(name) + r"(?:\s+(?:सिटी|सिटि|शहर))?\s+में(?:\s|$)", title) is not None
            or is_topic(title, name) or takes_the_chair(title, name))
