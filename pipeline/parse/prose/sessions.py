"""The sessions of a UN-style series (a conference, a convention's COP, an assembly) as reports
list them in one sentence.

- `lists_its_meetings`: the cue for a list whose plural noun points back at the series ('क्रमशः
  इस्तांबुल (2011), दुबई (2012) और मराकेश (2014) में इसकी बैठकें हुईं', 'उसके बाद की बैठकें ...'), read
  by `lists._cities_with_years`, or, when its places come with their countries ('नैरोबी, केन्या
  (1976)', 'मेक्सिको के कानकुन (2016)'), by `cities_in_countries`: a name after its country is a place
  (`place_in_country`) even when no gazetteer knows it.
- `years_with_places`: years with their places in brackets ('1964 (जिनेवा), 1968 (नई दिल्ली) और ...').
- `numbered_sessions`: sessions numbered in brackets ('मनामा (146वीं सभा, 11-15 मार्च) और ...',
  '148वीं (23-27 मार्च) और 149वीं (13-17 अक्टूबर) - जिनेवा में').
- `peak_of_another`: a series that calls its meetings by a word of its own (an assembly, a congress)
  does not call them 'शिखर सम्मेलन' ('जी-20 देशों के संसदीय अध्यक्षों के नौवें शिखर सम्मेलन' in a report on
  an assembly is another series').
"""

from __future__ import annotations

import re

from pipeline.parse.language.dates import ascii_digits, day_month_in_year, plausible_year, year_period
from pipeline.parse.language.lexicon import Lexicon
from pipeline.parse.language.text import match_key
from pipeline.parse.layout.summits import CANCELLED, PLANNED, Place, find_place, names_ministers
from pipeline.parse.prose.where import _known_city
from pipeline.parse.prose.words import Mention

# the plural meetings; the word before says whose: 'इसकी', 'उसकी', 'इनकी', 'बाद की', 'अगली'
_MEETINGS = frozenset(match_key(w) for w in ("बैठकें", "बैठकों", "सभाएँ", "सभाएं", "सत्र", "अधिवेशन"))
_ITS = frozenset(match_key(w) for w in ("इसकी", "उसकी", "इनकी", "इसके", "उसके", "इनके", "ऐसी", "ऐसे", "ये"))
_EARLIER = frozenset(match_key(w) for w in ("पिछले", "पिछली", "पूर्व", "पुराने"))
_AFTER = frozenset(match_key(w) for w in ("बाद", "आगे"))
_OF = frozenset(match_key(w) for w in ("की", "के"))
_YEAR_IN_BRACKETS = re.compile(r"\([0-9०-९]{4}\)")


def lists_its_meetings(sentence: str) -> bool:
    """A sentence with two or more 'NAME (YEAR)' items and a plural meeting noun that points back
    at the series ('इसकी बैठकें', 'उसके बाद की बैठकें'), not at a named body ('परिषद की बैठकें')."""
    if sentence.count("(") < 2 or (len(_YEAR_IN_BRACKETS.findall(sentence)) < 2 and len(_YEAR_PLACE.findall(sentence)) < 2):
        return False
    keys = [match_key(w.strip("\"'“”‘’(),।;:")) for w in sentence.split()]
    for k in range(1, len(keys)):
        if keys[k] not in _MEETINGS:
            continue
        if keys[k - 1] in _ITS or keys[k - 1] in _EARLIER or (keys[k - 1] in _OF and k >= 2 and keys[k - 2] in _AFTER):
            return True
    return False


def place_in_country(words: list[str], lexicon: Lexicon) -> Place | None:
    """'मेक्सिको के कानकुन', 'की बैठकें दक्षिण कोरिया के प्योंगचांग': the name after a known country
    and के (one to three words), kept as a place even when no gazetteer knows it."""
    keys = [match_key(w) for w in words]
    for k in range(len(words) - 2, 0, -1):
        if keys[k] not in _OF:
            continue
        name = words[k + 1:]
        country = next((" ".join(words[j:k]) for j in range(max(0, k - 3), k)
                        if lexicon.lookup(" ".join(words[j:k]), ("country",))), None)
        if country is None or not 1 <= len(name) <= 3:
            return None
        return Place(" ".join(name), "unknown")
    return None


_PEAK = match_key("शिखर")


def peak_of_another(keys: list[str], i: int, title_key: str) -> bool:
    """The summit noun at i is a 'शिखर ...' one, and the title calls nothing a शिखर: in a document
    whose series has its own word for its meetings (the caller checks), another series' summit."""
    return keys[i] == _PEAK and _PEAK not in title_key


# 'मनामा (146वीं सभा, 11-15 मार्च)', 'दोहा (13वाँ सत्र)': a place, then its session's number (and days) in brackets
_ORDINAL = r"[0-9०-९]{1,3}(?:वीं|वें|वाँ|वां|वी|वे)"
_NAME_WORD = r"(?!(?:और|तथा|एवं|में|ने|को|से)\s)(?![0-9०-९]{4}\s)[^\s,()।;]+"
_PLACE_NUMBERED = re.compile(r"(?<!\S)(?P<name>" + _NAME_WORD + r"(?:\s" + _NAME_WORD + r"){0,3})\s*\((?P<ord>" + _ORDINAL
                             + r")(?:\s+[^\s,()]+)?(?:,\s*(?P<days>[^()]{3,40}))?\)")
# '148वीं (23-27 मार्च) और 149वीं (13-17 अक्टूबर) - जिनेवा में': numbered sessions with their days, one place after them
_NUMBERED_DAYS = re.compile(r"(?P<ord>" + _ORDINAL + r")\s*\((?P<days>[^()]{3,40})\)")
_NUMBERED_CHEAP = re.compile(_ORDINAL + r"(?:\s+[^\s,()]+)?(?:,[^()]*)?\)|" + _ORDINAL + r"\s*\(")
_CLAUSES = re.compile(r"[;।]|,\s*(?=(?:जबकि|लेकिन|वहीं|तथा|और)\s)")
_CLAUSE_YEAR = re.compile(r"(?<![0-9०-९])(?P<year>[0-9०-९]{4})\s+(?:में|की|के|का)(?=\s)")
_JOIN = re.compile(r"^\s*(?:,\s*(?:और\s+|तथा\s+)?|\s+(?:और|तथा|एवं)\s+)$")
_HELD = re.compile(r"(?:^|\s)(?:मेज़बानी|मेजबानी|आयोजित|हुई|हुईं|हुए|हुआ|संपन्न)(?=[\s,।]|$)")
_CAPITAL = match_key("राजधानी")


def numbered_sessions(sentence: str, lexicon: Lexicon) -> list[Mention]:
    """One held session per bracketed number of a clause ('2023 में बहरीन की राजधानी मनामा (146वीं
    सभा, 11-15 मार्च) और अंगोला के लुआंडा (147वीं सभा, 23-27 अक्टूबर) ने मेज़बानी की', '2024 की दोनों
    सभाएँ - 148वीं (23-27 मार्च) और 149वीं (13-17 अक्टूबर) - जिनेवा में आयोजित की गईं'), the year
    the clause's own; [] for a clause whose items are not all read, or that is not of holding."""
    if "(" not in sentence or not _NUMBERED_CHEAP.search(sentence):
        return []
    found: list[Mention] = []
    for clause in _CLAUSES.split(sentence):
        key = match_key(clause)
        first = min((m.start() for m in (_PLACE_NUMBERED.search(clause), _NUMBERED_DAYS.search(clause)) if m), default=None)
        # the year the clause gives before its first item ('1949 में ... और 1993 में दोहा (...)': 1993)
        year_match = None if first is None else next(reversed(list(_CLAUSE_YEAR.finditer(clause, 0, first))), None)
        if (year_match is None or _HELD.search(clause) is None or PLANNED.search(key) or CANCELLED.search(key)
                or names_ministers(clause)):
            continue
        year = int(ascii_digits(year_match["year"]))
        if not plausible_year(year):
            continue
        found += _places_numbered(clause, year_match.end(), year, lexicon) or _numbered_then_place(clause, year, lexicon)
    return found


def _places_numbered(clause: str, start: int, year: int, lexicon: Lexicon) -> list[Mention]:
    items = list(_PLACE_NUMBERED.finditer(clause, start))
    if not items or any(_JOIN.match(clause[a.end():b.start("name")]) is None for a, b in zip(items, items[1:])):
        return []
    mentions = []
    for item in items:
        words = item["name"].split()
        if len(words) > 1 and match_key(words[-2]) == _CAPITAL:
            words = words[-1:]  # 'बहरीन की राजधानी मनामा'
        located = place_in_country(words, lexicon)
        place = _known_city(located.city, lexicon) or located if located is not None else _known_city(" ".join(words), lexicon)
        if place is None or (located is None and len(words) > 2):
            return []
        mentions.append(_session(item, year, place))
    return mentions


def _numbered_then_place(clause: str, year: int, lexicon: Lexicon) -> list[Mention]:
    items = list(_NUMBERED_DAYS.finditer(clause))
    if len(items) < 2 or any(_JOIN.match(clause[a.end():b.start()]) is None for a, b in zip(items, items[1:])):
        return []
    place = find_place(clause[items[-1].end():].lstrip(" -–—"), lexicon)
    if place is None or place.city is None:
        return []
    return [_session(item, year, place) for item in items]


def _session(item: re.Match, year: int, place: Place) -> Mention:
    days = day_month_in_year(item["days"], year) if item["days"] else None
    edition = int(ascii_digits(re.match(r"[0-9०-९]+", item["ord"])[0]))
    return Mention(days or year_period(year), place, edition, "held", "in_person", False)




# '1964 (जिनेवा), 1968 (नई दिल्ली) और 1972 (सैंटियागो) में': years, each with its place in brackets
_YEAR_PLACE = re.compile(r"(?<![0-9०-९])(?P<year>[0-9०-९]{4})\s*\((?P<name>[^()0-9०-९]{2,40})\)")


def _held_list(pattern: re.Pattern, sentence: str) -> list[re.Match]:
    """The items `pattern` finds in a sentence that lists two or more of them, joined by commas and
    'और', followed by a verb of holding, and not planned, cancelled or ministers'; else []."""
    if sentence.count("(") < 2:
        return []
    items = list(pattern.finditer(sentence))
    key = match_key(sentence)
    if (len(items) < 2 or any(_JOIN.match(sentence[a.end():b.start()]) is None for a, b in zip(items, items[1:]))
            or _HELD.search(sentence[items[-1].end():]) is None or PLANNED.search(key) or CANCELLED.search(key)
            or names_ministers(sentence)):
        return []
    return items


def years_with_places(sentence: str, lexicon: Lexicon) -> list[Mention]:
    """One held meeting per 'YEAR (CITY)' of a list of two or more in a sentence of holding
    ('इसके सम्मेलन 1964 (जिनेवा), 1968 (नई दिल्ली) और 1972 (सैंटियागो) में हुए'); a place may
    carry its country ('(नैरोबी, केन्या)'); [] when any item's place is not read."""
    items = _held_list(_YEAR_PLACE, sentence)
    if not items:
        return []
    mentions = []
    for item in items:
        name = item["name"].split(",")[0].strip()
        located = place_in_country(name.split(), lexicon)
        place = _known_city(located.city, lexicon) or located if located is not None else _known_city(name, lexicon)
        year = int(ascii_digits(item["year"]))
        if place is None or (located is None and len(name.split()) > 2) or not plausible_year(year):
            return []
        mentions.append(Mention(year_period(year), place, None, "held", "in_person", False))
    return mentions


# 'दक्षिण कोरिया के प्योंगचांग (2014)', 'नैरोबी, केन्या (1976)': a place, with its country, then its year in brackets
_PLACE_YEAR = re.compile(r"(?<!\S)(?P<name>" + _NAME_WORD + r"(?:\s" + _NAME_WORD + r"){0,4}?)(?:,\s+(?P<country>[^\s,()]+"
                         r"(?:\s[^\s,()]+){0,2}?))?\s*\((?P<year>[0-9०-९]{4})\)")


def cities_in_countries(sentence: str, lexicon: Lexicon) -> list[Mention]:
    """One held meeting per 'PLACE (YEAR)' of a list of two or more whose places are given with their
    countries ('उसके बाद की बैठकें दक्षिण कोरिया के प्योंगचांग (2014), मेक्सिको के कानकुन (2016) और मिस्र के
    शर्म अल-शेख (2018) में हुईं', 'नैरोबी, केन्या (1976) और मनीला, फ़िलीपींस (1979) में'); a name after its
    country is a place even when no gazetteer knows it. [] when any item is not read."""
    items = _held_list(_PLACE_YEAR, sentence)
    if not items:
        return []
    mentions, in_countries = [], 0
    for n, item in enumerate(items):
        words = item["name"].split()
        country = item["country"] is not None and lexicon.lookup(item["country"], ("country",)) is not None
        located = None if country else place_in_country(words, lexicon)
        if located is not None:
            words = located.city.split()
        else:
            words = words[-2:] if n == 0 else words  # the first item may follow the list's introduction
        place = _known_city(" ".join(words), lexicon) or (located if located is not None else None)
        year = int(ascii_digits(item["year"]))
        if place is None or len(words) > 3 or not plausible_year(year) or (item["country"] is not None and not country):
            return []
        in_countries += located is not None or country
        mentions.append(Mention(year_period(year), place, None, "held", "in_person", False))
    return mentions if in_countries else []  # (a list of bare cities is `lists._cities_with_years`')


def session_lists(sentence: str, lexicon: Lexicon, other_before: bool) -> list[Mention]:
    """The sessions a sentence lists by place and year (not after another series' summit) or numbers
    in brackets."""
    if "(" not in sentence:
        return []
    return ([] if other_before else years_with_places(sentence, lexicon) or cities_in_countries(sentence, lexicon)) or (
        numbered_sessions(sentence, lexicon))
