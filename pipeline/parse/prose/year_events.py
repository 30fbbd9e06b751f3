"""A series' meeting told without a summit noun of its own, the way an article runs on through the
years once it has named the series:

- by its year, as that year's event or edition: '2019 का आयोजन बुडापेस्ट में ... हुआ', '2016 का
  संस्करण नैरोबी में आयोजित किया गया' (`year_event`);
- as the series coming back to a city: 'दो वर्ष बाद 2015 में मंच फिर बुडापेस्ट लौटा', '2021 में सम्मेलन
  वापस जिनेवा लौट आया' (`returned_to`).

Each states one held summit of that year. Never one: a plan, a cancellation or a negation in the
clause ('2021 का आयोजन नहीं हो सका', '... लौटेगा'), a year that is another thing's ('2019 का आयोजन
सचिवालय ने किया' names no place), an edition the sentence reader or the edition reader already read.
"""

from __future__ import annotations

import re

from pipeline.parse.language.dates import ascii_digits, find_periods, plausible_year, year_period
from pipeline.parse.language.lexicon import Lexicon
from pipeline.parse.language.series_noun import own_meeting_nouns
from pipeline.parse.language.text import key_alternatives, match_key
from pipeline.parse.layout.summits import CANCELLED, PLANNED, find_place, is_hybrid, is_virtual
from pipeline.parse.prose.status import FUTURE_VERB
from pipeline.parse.prose.when import _clause_bounds
from pipeline.parse.prose.where import _known_city
from pipeline.parse.prose.words import Mention


_YEAR = r"([0-9०-९]{4})"
# '2019 का आयोजन', '2016 का संस्करण', '2022 के आयोजन में' (not '2019 के आयोजन की तैयारी': held is asked below)
_YEARS_EVENT = re.compile(r"(?:^|\s)" + _YEAR + r"\s+" + key_alternatives("का", "के") + r"\s+" + key_alternatives("आयोजन", "संस्करण")
                          + r"(?=[\s,]|$)")
_HELD = re.compile(r"(?:^|\s)" + key_alternatives("हुआ", "हुई", "हुए", "आयोजित", "संपन्न", "सम्पन्न") + r"(?=[\s,।;]|$)")
_NOT = re.compile(r"(?:^|\s)" + key_alternatives("नहीं", "न") + r"(?=[\s,।;]|$)")
_RETURNED = key_alternatives("लौटा", "लौटी", "लौटे", "लौट आया", "लौट आई", "लौट आए")
_AGAIN = r"(?:" + key_alternatives("फिर से", "फिर", "दोबारा", "वापस", "पुनः", "पुन:") + r"\s+)?"
_SUMMIT_NOUNS = frozenset(match_key(w) for w in ("सम्मेलन", "शिखर सम्मेलन", "मंच", "फ़ोरम", "बैठक", "शिखर बैठक"))
MAX_WORDS_BETWEEN = 4  # '2015 में [दूसरी बार] मंच ...'


def year_event(sentence: str, lexicon: Lexicon) -> list[Mention]:
    """'2019 का आयोजन बुडापेस्ट में ... हुआ': the year's event of the series, held in the clause's city
    (or online)."""
    key = match_key(sentence)
    found: list[Mention] = []
    for match in _YEARS_EVENT.finditer(key):
        year = int(ascii_digits(match[1]))
        begin, finish = _clause_bounds(sentence, match.start(1), match.end())
        clause = sentence[begin:finish]
        told = match_key(clause)
        if not plausible_year(year) or not _held(told):
            continue
        place = find_place(sentence[match.end():finish], lexicon)
        place = place if place is not None and place.kind == "city" and place.city else None
        virtual = is_virtual(clause) and not is_hybrid(clause)
        if place is None and not virtual:
            continue
        found.append(Mention(year_period(year), None if virtual else place, None, "held",
                             "virtual" if virtual else "in_person", False))
    return found


def returned_to(sentence: str, title: str, lexicon: Lexicon) -> list[Mention]:
    """'दो वर्ष बाद 2015 में मंच फिर बुडापेस्ट लौटा': the series' meeting (its own noun, or a summit
    noun) came back to a city in the year of the clause."""
    nouns = own_meeting_nouns(title) | _SUMMIT_NOUNS
    noun = r"(?:" + "|".join(re.escape(n) for n in sorted(nouns, key=len, reverse=True)) + r")"
    pattern = re.compile(r"(?:^|\s)" + _YEAR + r"\s+" + match_key("में") + r"\s+(?:\S+\s+){0," + str(MAX_WORDS_BETWEEN)
                         + r"}?" + noun + r"\s+" + _AGAIN + r"(\S+(?:\s\S+)?)\s+" + _RETURNED + r"(?=[\s,।;]|$)")
    key = match_key(sentence)
    found: list[Mention] = []
    for match in pattern.finditer(key):
        year = int(ascii_digits(match[1]))
        begin, finish = _clause_bounds(sentence, match.start(1), match.end())
        told = match_key(sentence[begin:finish])
        city = _known_city(match[2], lexicon)
        if not plausible_year(year) or city is None or _NOT.search(told) or PLANNED.search(told) or (
                CANCELLED.search(told) or FUTURE_VERB.search(told)):
            continue
        found.append(Mention(year_period(year), city, None, "held", "in_person", False))
    return found


def _held(told: str) -> bool:
    return (_HELD.search(told) is not None and not _NOT.search(told) and not PLANNED.search(told)
            and not CANCELLED.search(told) and not FUTURE_VERB.search(told))


def with_year_events(sentence: str, title: str, lexicon: Lexicon, found: list[Mention]) -> list[Mention]:
    """The summits the other readers found, and those of this module in a year none of them read
    (a sentence that states another summit of that year keeps it as read)."""
    if not find_periods(sentence):
        return found
    years = {m.period.year for m in found}
    added: list[Mention] = []
    for mention in year_event(sentence, lexicon) + returned_to(sentence, title, lexicon):
        if mention.period.year not in years:
            years.add(mention.period.year)
            added.append(mention)
    return found + added
