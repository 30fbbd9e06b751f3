"""A joint meeting of the series' group with other groups: 'कोमेसा, पूर्वी अफ्रीकी समुदाय (ईएसी) और दक्षिणी
अफ्रीकी विकास समुदाय (सैडक) के बीच ... जून 2015 में ... शर्म अल-शेख़ में हुई त्रिपक्षीय शिखर बैठक में'. In
a document on one group, a tripartite or joint summit between it and others it lists is another series'
meeting (`joint_with_others`). A document on the joint series itself names all of them in its title
('कोमेसा–ईएसी–सैडक त्रिपक्षीय शिखर सम्मेलन'), so its own meetings stay. In a document on two sides, a
tripartite or four-sided summit ('मई 2024 में सियोल में हुए त्रिपक्षीय सम्मेलन में') is another series' too
(`more_sided`).
"""

from __future__ import annotations

import re

from pipeline.parse.language.lexicon import Lexicon
from pipeline.parse.language.text import match_key
from pipeline.parse.parties.names import known_names
from pipeline.parse.layout.structure import without_parentheticals

_JOINT = frozenset(match_key(w) for w in ("त्रिपक्षीय", "चतुष्पक्षीय", "चतुर्पक्षीय", "संयुक्त", "बहुपक्षीय"))
_BETWEEN = re.compile(r"(?P<list>(?:[^\s।;]+\s+){1,16}?)(?:के|की)\s+बीच(?=[\s,।]|$)")
_ITEM_SPLIT = re.compile(r"\s*,\s*|\s+(?:और|तथा|एवं|व)\s+")
_STOP = frozenset(match_key(w) for w in ("कि", "में", "ने", "यह", "भी", "गया", "गई", "दिलाया", "बताया", "कहा"))


def _sides(sentence: str) -> list[list[str]]:
    """The sides a 'A, B और C के बीच' list names, read back from के बीच."""
    found = []
    for match in _BETWEEN.finditer(without_parentheticals(sentence)):
        words = match["list"].split()
        start = max((k + 1 for k, w in enumerate(words) if match_key(w.strip(",")) in _STOP), default=0)
        items = [item for item in _ITEM_SPLIT.split(" ".join(words[start:])) if item.strip()]
        if len(items) >= 2:
            found.append(items)
    return found


def joint_with_others(keys: list[str], i: int, sentence: str, title: str, lexicon: Lexicon) -> bool:
    """Whether the summit noun at i, called tripartite or joint, is a meeting between the series'
    group (a word of the title) and parties the title does not name (not people: 'मेज़बान राष्ट्रपति ...')."""
    if i == 0 or keys[i - 1] not in _JOINT or "बीच" not in sentence:
        return False
    title_words = {w for w in match_key(without_parentheticals(title)).split() if len(w) > 2}
    for sides in _sides(sentence):
        own = [s for s in sides if set(match_key(s).split()) & title_words]
        others = [s for s in sides if s not in own and known_names(s, lexicon)]
        if own and others and len(own) + len(others) == len(sides):
            return True
    return False


_MORE_SIDED = frozenset(match_key(w) for w in ("त्रिपक्षीय", "चतुष्पक्षीय", "चतुर्पक्षीय", "बहुपक्षीय", "त्रिकोणीय"))


def more_sided(keys: list[str], i: int) -> bool:
    """Whether the summit noun at i is called tripartite, four-sided or multilateral (in a document on
    two sides, another series' meeting)."""
    return i > 0 and keys[i - 1] in _MORE_SIDED
