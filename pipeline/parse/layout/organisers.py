"""The organisation a series' summits are held under, as the lead says it: a fact line labelled
आयोजक ('◆ आयोजक: संयुक्त राष्ट्र; ...') or a sentence placing the summits under it ('संयुक्त राष्ट्र
के तत्वावधान में ... सम्मेलन', '... सम्मेलन, जो संयुक्त राष्ट्र द्वारा आयोजित होते हैं'). Such a
series names its summits after the organisation ('पर्यावरण और विकास पर संयुक्त राष्ट्र सम्मेलन'),
so a summit named so is the series' own, not another organisation's. Only the lead is read:
an organisation named later may well hold summits of its own.

A lead may also gloss the series' name with a summit noun: 'संस्कृति और सतत विकास पर यूनेस्को का
विश्व सम्मेलन "मोंडियाकल्ट 2025" ...' under the headline 'मोंडियाकल्ट 2025: ...'. The words from the
organisation to the noun ('यूनेस्को का विश्व सम्मेलन') are then a name of the series
(`named_series_glosses`), so 'यूनेस्को का पहला विश्व सम्मेलन' is the series' own summit.
"""

from __future__ import annotations

import re

from pipeline.parse.language.lexicon import Lexicon
from pipeline.parse.parties.names import known_names
from pipeline.parse.layout.structure import Line, split_item, without_parentheticals
from pipeline.parse.language.text import match_key

# Labels of a fact line that names who holds the summits.
_ORGANISER_LABELS = frozenset(match_key(w) for w in (
    "आयोजक", "आयोजनकर्ता", "आयोजक संस्था", "आयोजक संगठन", "संयोजक", "मेज़बान संगठन", "किसके तत्वावधान में",
    "तत्वावधान", "organiser", "organizer", "convener", "convenor",
))
# 'X के तत्वावधान में', 'X के अधीन होने वाले', 'X द्वारा आयोजित': the summits held under X.
_UNDER_PHRASES = tuple(match_key(w) for w in (
    "के तत्वावधान में", "के तत्त्वावधान में", "की ओर से आयोजित", "द्वारा आयोजित", "द्वारा बुलाए", "द्वारा बुलाई"))
_UNDER = re.compile(
    r"(?P<name>(?:\S+\s+){1,4}?)(?:" + "|".join(p.replace(" ", r"\s+") for p in _UNDER_PHRASES) + r")(?=\s|$)"
)
# A word every match of `_UNDER` holds as written: a line without one is not searched.
_UNDER_WORDS = frozenset(max(p.split(), key=len) for p in _UNDER_PHRASES)
MAX_NAME_WORDS = 4
_UNDER_PHRASE = re.compile("(?:" + "|".join(p.replace(" ", r"\s+") for p in _UNDER_PHRASES) + r")(?=\s|$)")


def _words_back(text: str, end: int, n: int) -> int:
    """Where the n-th run of non-space characters before `end` starts (0 with fewer): no match
    of `_UNDER`, whose name is n words at most, starts before it. The search starts there, not
    at every character of a long line before the phrase."""
    i = end
    for _ in range(n):
        while i > 0 and text[i - 1].isspace():
            i -= 1
        while i > 0 and not text[i - 1].isspace():
            i -= 1
    return i


def organisers(lead: list[Line], lexicon: Lexicon) -> list[str]:
    """The organisations (as written) the lead says hold the series' summits."""
    found: list[str] = []
    for line in lead:
        item = split_item(line)
        label = match_key(without_parentheticals(item.label)).strip() if item is not None else ""
        if item is not None and label in _ORGANISER_LABELS:
            first = re.split(r"[;।—–]", item.description, maxsplit=1)[0]
            found += _organisations(first, lexicon)
            continue
        key = match_key(line.text)
        if not any(word in key for word in _UNDER_WORDS):
            continue
        first = _UNDER_PHRASE.search(key)
        if first is None:
            continue
        for match in _UNDER.finditer(key, _words_back(key, first.start(), MAX_NAME_WORDS)):
            found += _organisations(_last_name(match["name"], lexicon), lexicon)
    return list(dict.fromkeys(found))


# The nouns a series' name may follow as their name ('... का विश्व सम्मेलन "मोंडियाकल्ट 2025"').
_SERIES_NOUNS = "|".join(match_key(w) for w in (
    "सम्मेलन", "शिखर सम्मेलन", "बैठक", "शिखर बैठक", "मंच", "फ़ोरम", "फोरम", "संवाद", "समिट", "महासम्मेलन", "कांग्रेस"))
_NAME_BREAK = re.compile(r"[:;|,(\[—।]| [-–] ")
_YEAR = re.compile(r"^[0-9०-९]{4}$")
_OPENING_MARKS = "\"'“‘("
MAX_NOUN_WORDS = 6  # between the organisation and the noun: 'यूनेस्को का सांस्कृतिक नीतियों पर विश्व'


def _series_name(title: str) -> str | None:
    """The name that opens the headline, up to its first break and without a year: 'मोंडियाकल्ट
    2025: बार्सिलोना में ...' -> 'मोंडियाकल्ट'; None for a headline that opens with a sentence."""
    words = [w for w in match_key(_NAME_BREAK.split(title, maxsplit=1)[0]).split() if not _YEAR.match(w)]
    if not words or len(words) > 4 or title.strip() == _NAME_BREAK.split(title, maxsplit=1)[0].strip():
        return None  # (a headline with no break is a sentence, not a name)
    return " ".join(words)


def named_series_glosses(texts: list[str], title: str, lexicon: Lexicon) -> list[str]:
    """The phrases (as match keys) the texts gloss the series' name with: a summit noun that the
    name follows, from the organisation before it ('यूनेस्को का विश्व सम्मेलन "मोंडियाकल्ट 2025"'
    -> 'यूनेस्को का विश्व सम्मेलन') or, with none, from the last postposition ('संस्कृति पर विश्व
    सम्मेलन "मोंडियाकल्ट"' -> 'विश्व सम्मेलन'). Not a meeting that only mentions the series
    ('यूनेस्को के महासम्मेलन में मोंडियाकल्ट पर चर्चा': no summit noun right before the name)."""
    name = _series_name(title)
    if name is None:
        return []
    named = re.compile(r"(?P<before>(?:\S+\s+){1," + str(MAX_NOUN_WORDS) + r"}?)(?P<noun>" + _SERIES_NOUNS + r")\s+["
                       + re.escape(_OPENING_MARKS) + r"]?" + re.escape(name) + r"(?=[\s\"'”’),:।]|$)")
    found: list[str] = []
    for text in texts:
        key = match_key(text)
        if name not in key:
            continue
        for match in named.finditer(key):
            words = match["before"].split()
            start = next((k for k in range(len(words)) if any(
                lexicon.lookup(" ".join(words[k:k + n]), ("organisation",)) for n in (3, 2, 1))), None)
            if start is None:
                start = max((k + 1 for k, w in enumerate(words) if w in _POSTPOSITIONS), default=0)
            found.append(" ".join([*words[start:], match["noun"]]))
    return list(dict.fromkeys(found))


_POSTPOSITIONS = frozenset(match_key(w) for w in ("का", "की", "के", "पर", "में", "से", "को", "ने", "और"))


def _last_name(words: str, lexicon: Lexicon) -> str:
    """The longest tail of the words before 'के तत्वावधान में' that the lexicon knows."""
    parts = words.split()
    for n in range(min(MAX_NAME_WORDS, len(parts)), 0, -1):
        name = " ".join(parts[-n:]).strip("\"'“”‘’,;:()")
        if lexicon.lookup(name, ("organisation",)) is not None:
            return name
    return ""


def _organisations(text: str, lexicon: Lexicon) -> list[str]:
    return [n for n in known_names(text, lexicon) if lexicon.lookup(n, ("organisation",)) is not None]


__all__ = ["named_series_glosses", "organisers"]
