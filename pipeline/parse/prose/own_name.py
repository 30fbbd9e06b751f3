"""A summit named by a longer or a changed form of the title's own series name.

Writers name one series in several ways within a report. Two of them look like another series
to a reader that asks whether every word before the summit noun is in the title:

- its organiser put before the name the title gives: 'संयुक्त राष्ट्र खाद्य प्रणाली शिखर
  सम्मेलन' in a report titled 'खाद्य प्रणाली शिखर सम्मेलन की समीक्षा ...', 'आसियान रक्षा
  मंत्रियों की बैठक' beside 'रक्षा मंत्रियों की बैठक' (the name's last words are the title's
  whole name, at least two words, and only an organisation, ordinals or meeting adjectives
  stand before them);
- the distinctive head of the name kept while the rest changes between editions: 'पहला
  एडवांटेज असम वैश्विक निवेशक शिखर सम्मेलन' in a report titled 'एडवांटेज असम २.० निवेश और
  अवसंरचना शिखर सम्मेलन' (the name opens with the title name's first two words, neither a
  generic word such as 'विश्व' or 'वैश्विक').

Never own: 'विश्व खाद्य शिखर सम्मेलन' beside 'खाद्य प्रणाली' (only part of the name), 'मध्य प्रदेश
के वैश्विक निवेशक शिखर सम्मेलन' beside 'एडवांटेज असम ...' (another head), 'विश्व आर्थिक
सम्मेलन' beside 'विश्व आर्थिक मंच' (a generic head).
"""

from __future__ import annotations

import re
from functools import lru_cache

from pipeline.parse.language.dates import ORDINAL_WORDS
from pipeline.parse.language.lexicon import Lexicon
from pipeline.parse.language.text import match_key


def _keys(words: str) -> frozenset[str]:
    return frozenset(match_key(w) for w in words.split())


_SUMMIT_NOUNS = _keys("शिखर सम्मेलन बैठक समिट")
_POSTPOSITIONS = _keys("में का की के से पर को ने")
MIN_OWN_NAME_WORDS = 2
# Words that open many series' names: a head made of them names no series of its own.
_GENERIC_HEAD = _keys(
    "विश्व वैश्विक अंतरराष्ट्रीय अंतर्राष्ट्रीय राष्ट्रीय क्षेत्रीय संयुक्त वार्षिक उच्चस्तरीय ग्लोबल "
    "नया नई नए पहला पहली दूसरा तीसरा आर्थिक व्यापार निवेश निवेशक भारत भारतीय"
)
_NUMBER = re.compile(r"[0-9०-९]")
# Words that may open the window before the name without naming anything: ordinals and the like.
_OPENERS = _keys("पहला पहली पहले दूसरा दूसरी दूसरे तीसरा तीसरी तीसरे चौथा चौथी चौथे उद्घाटन अगला अगली पिछला पिछली यह इस उस")


@lru_cache(maxsize=1024)
def title_name_words(title_key: str, own_nouns: frozenset[str] = frozenset()) -> tuple[str, ...]:
    """The words the title names its series by before its first summit noun (or one of the
    series' `own_nouns`: 'विश्व स्वास्थ्य सभा' -> 'विश्व स्वास्थ्य'), after a place ('प्रधानमंत्री ने
    गुवाहाटी में एडवांटेज असम ...' -> 'एडवांटेज असम ...') and without a leading ordinal or number;
    () when the title has no such noun."""
    words = title_key.replace(",", " ").replace(":", " ").split()
    end = next((k for k, w in enumerate(words) if w in _SUMMIT_NOUNS or w in own_nouns), None)
    if end is None:
        return ()
    name = words[:end]
    cut = max((k for k, w in enumerate(name) if w in _POSTPOSITIONS), default=-1)
    name = name[cut + 1:]
    while name and (name[0] in ORDINAL_WORDS or name[0] in _OPENERS or _NUMBER.search(name[0])):
        name = name[1:]
    return tuple(name)


def names_own_series(window: tuple[str, ...], title_key: str, lexicon: Lexicon) -> bool:
    """Whether the words before a summit noun name the title's own series by a longer form of its
    name (an organiser before it) or by its distinctive head (see the module)."""
    name = title_name_words(title_key)
    if len(name) < MIN_OWN_NAME_WORDS or not window:
        return False
    keys = [match_key(w.strip("\"'“”‘’(),।;:")) for w in window]
    if len(keys) > len(name) and tuple(keys[-len(name):]) == name:
        before = [w for w, k in zip(window, keys[:-len(name)]) if k not in _OPENERS and k not in ORDINAL_WORDS]
        return bool(before) and lexicon.lookup(" ".join(before), ("organisation",)) is not None
    start = 0
    while start < len(keys) and (keys[start] in _OPENERS or keys[start] in ORDINAL_WORDS):
        start += 1
    head = name[:MIN_OWN_NAME_WORDS]
    if tuple(keys[start:start + len(head)]) != head or any(h in _GENERIC_HEAD or _NUMBER.search(h) for h in head):
        return False
    rest = window[start + len(head):]
    return not any(match_key(w) in _POSTPOSITIONS or lexicon.lookup(w, ("organisation",)) for w in rest)
