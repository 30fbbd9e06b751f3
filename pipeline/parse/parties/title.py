"""The sides a title names ('भारत-चीन अनौपचारिक शिखर सम्मेलन'): the words before the series words,
split at '-' or और (`party_names`), and whether a side is left the lexicon does not know
(`title_parties`). People, hosts ('कुवैत में ...'), topics and new chairs in a title are no sides;
nor is a country a headline's news after the colon names once the words before it name the sides
('अमेरिका–खाड़ी सहयोग परिषद शिखर बैठक: ट्रंप ने ईरान को ...'). A gloss in brackets ('(German–Israeli
Government Consultations)') is no side, and a side the lexicon lacks may be one ISO 3166 or its
sound knows (`party_entry`).
"""

from __future__ import annotations

import re
from itertools import takewhile

from pipeline.parse.language.lexicon import Lexicon
from pipeline.parse.parties.latin_sides import latin_side
from pipeline.parse.parties.leaders import demonyms
from pipeline.parse.parties.names import MAX_PARTY_WORDS, PARTY_KINDS, _known_prefix, known_names, party_entry
from pipeline.parse.parties.not_sides import is_recognised, is_topic, takes_the_chair
from pipeline.parse.layout.structure import without_parentheticals
from pipeline.parse.language.text import match_key

# Words that end the parties' names in a title ("भारत-चीन अनौपचारिक शिखर सम्मेलन").
_SERIES_WORDS = frozenset(match_key(w) for w in (
    "वार्षिक शिखर सम्मेलन द्विपक्षीय त्रिपक्षीय चतुष्पक्षीय संवाद बैठक वार्ता अनौपचारिक औपचारिक संबंध साझेदारी"
).split())


MAX_SERIES_NAME_WORDS = 3


def series_name(title: str) -> str:
    """The words a title names its series by before the series words ('पेट्रोकैरिबे शिखर सम्मेलन'
    -> 'पेट्रोकैरिबे'), one to three of them, without a gloss in brackets; else ''."""
    words = without_parentheticals(title).split()
    head = list(takewhile(lambda w: match_key(w) not in _SERIES_WORDS, words))
    return " ".join(head) if 0 < len(head) <= MAX_SERIES_NAME_WORDS and len(head) < len(words) else ""


_SIDES_SPLIT = re.compile(r"\s*[-–]\s*|\s+(?:और|तथा|एवं|व)\s+")
_HOST_FIRST = re.compile(r"^\S+(?:\s\S+)?\s+में\s+(?=\S)")


def party_names(title: str, lexicon: Lexicon) -> list[str]:
    """The sides a title names: words before the series words, split at '-' or और (तथा, एवं, व).

    A name the lexicon knows as a whole (जी-20) is not split; within a part, the longest
    known leading words win ("जापान संबंध" -> जापान).
    """
    words = without_parentheticals(title).split()  # '(German–Israeli ...)': a gloss, no sides
    head = " ".join(takewhile(lambda w: match_key(w) not in _SERIES_WORDS, words)) or title
    hosted = _HOST_FIRST.sub("", head)
    if _SIDES_SPLIT.search(hosted):
        head = hosted  # 'रियाद में अमेरिका–जीसीसी शिखर बैठक': the host city is no side
    if lexicon.lookup(head, PARTY_KINDS):
        return [head]
    parts = [p.strip() for p in _SIDES_SPLIT.split(head) if p.strip()]
    # 'भारत-जापानी शिखर वार्ता': a side written as its country's adjective
    # 'जर्मन–इस्राइली सरकारी परामर्श': in a pair, a side's adjective may open its part (not 'पुर्तगाली भाषी देशों का ...')
    adjectives = demonyms(lexicon) if len(parts) > 1 else {}
    return [demonyms(lexicon).get(match_key(part)) or _iso_prefix(_known_prefix(part, lexicon), lexicon, adjectives,
                                                                   several=len(parts) > 1)
            for part in parts]


def _iso_prefix(part: str, lexicon: Lexicon, adjectives: dict[str, str], several: bool = False) -> str:
    """'इस्राइल सरकारी परामर्श': the leading words of a part the lexicon does not know at all
    that name a country ISO 3166 or its sound knows (`party_entry`); 'इस्राइली सरकारी परामर्श':
    a country's adjective as its first word; of one side of several, a country in Latin letters
    ('Indonesia Leaders' Retreat', `latin_side`); else the part."""
    if lexicon.lookup(part, PARTY_KINDS):
        return part
    words = part.split()
    if len(words) > 1 and match_key(words[0]) in adjectives:
        return adjectives[match_key(words[0])]
    for n in range(min(len(words), MAX_PARTY_WORDS), 0, -1):
        name = " ".join(words[:n])
        if lexicon.lookup(name) is None and party_entry(name, lexicon) is not None:
            return name
    # 'Singapore–Indonesia Leaders' Retreat': sides in Latin letters (not 'Jordan Valley Forum', a place's name)
    return (latin_side(part, lexicon) if several else None) or part


def is_side(name: str, lexicon: Lexicon) -> bool:
    """A party the lexicon knows, or a country it does not know at all that ISO 3166 or its
    sound does (not a region the lexicon knows as one: 'मध्य एशिया')."""
    return lexicon.lookup(name, PARTY_KINDS) is not None or (
        lexicon.lookup(name) is None and party_entry(name, lexicon) is not None)


def title_parties(title: str, lexicon: Lexicon) -> tuple[list[str], bool]:
    """The parties a title names and whether it also names a side the lexicon does not know
    as a party (a region: 'भारत-मध्य एशिया', 'भारत–लैटिन अमेरिका'). People are not parties:
    'मोदी-पुतिन वार्ता: भारत और रूस ...' gives भारत and रूस."""
    head = party_names(title, lexicon)
    known = [h for h in head if is_side(h, lexicon)]
    if known and len(known) == len(head) and not any(_hosts(title, h) for h in known):
        return known, False
    known = [h for h in known if not _hosts(title, h)]  # a host: 'कुवैत में ... परिषद का शिखर सम्मेलन'
    names = [n for n in known_names(_without_news(title, lexicon), lexicon) if not _hosts(title, n)]
    names += [h for h in known if lexicon.lookup(h) is None and h not in names]  # one only ISO 3166 or its sound knows
    unresolved = not known or any(not is_side(h, lexicon) for h in head if len(head) > 1) or not names
    return list(dict.fromkeys(names)), unresolved


# Where a headline turns to its news: a colon, a semicolon, a spaced dash or a bar.
_NEWS_BREAK = re.compile(r"\s*[:;|]\s*|\s+—\s+")


def _without_news(title: str, lexicon: Lexicon) -> str:
    """The words before a headline's colon (semicolon, dash or bar) when they name two sides or
    more ('रियाद में अमेरिका–खाड़ी सहयोग परिषद शिखर बैठक: ट्रंप ने ईरान को ...'), else the whole
    title ('मोदी-पुतिन वार्ता: भारत और रूस ...')."""
    before = _NEWS_BREAK.split(title, maxsplit=1)[0]
    if before != title and len({party_entry(n, lexicon)[1] for n in known_names(before, lexicon)
                                if not _hosts(before, n) and party_entry(n, lexicon)}) >= 2:
        return before
    return title


def _hosts(title: str, name: str) -> bool:
    """'... भारत में खाद्य पार्कों के लिए', 'ग्वाटेमाला सिटी में ...': a country named as a place
    (or in a city's name), not as a side; nor a topic ('सीरिया पर ...', `is_topic`) or a country
    taking over a group's chair ('अंगोला ने संगठन की अध्यक्षता संभाली', `takes_the_chair`), nor one
    recognised or invited ('... ने कुक आइलैंड्स और नियू को दी मान्यता', `is_recognised`)."""
    return ((name in title and re.search(re.escape(name) + r"(?:\s+(?:सिटी|सिटि|शहर))?\s+में(?:\s|$)", title) is not None)
            or is_topic(title, name) or takes_the_chair(title, name) or is_recognised(title, name))
