"""A summit the sentence names by a pronoun, right after a sentence that named it: 'पिछली समिट 11
जनवरी 2023 को इंदौर में हुई थी। इससे पहले 2019 में भी इंदौर में इसका आयोजन हुआ था', '2019 में इसे
... नाम से इंदौर में आयोजित किया गया था'. The pronoun is read as the summit noun ('सम्मेलन का
आयोजन'), so the sentence reader decides, as for any summit noun, whether a summit was held.

Only a pronoun that is held or hosted (आयोजन, आयोजित, मेज़बानी) in a sentence without a meeting
noun of its own, after a sentence with one.

Likewise 'पहली समिट में ...' right after the sentence that says when and where the series' journey
began ('समिट का सफ़र अक्टूबर 2007 में इंदौर ... से शुरू हुआ था'): that first summit, number one
(`names_the_first`).
"""

from __future__ import annotations

import re

from pipeline.parse.language.dates import find_periods
from pipeline.parse.prose.words import _may_state_a_summit

_HELD = re.compile("आयोजन|आयोजित|मेज़बानी|मेजबानी")
_PRONOUN = re.compile(r"(?<![\u0900-\u097f])(इसका|इसकी|इसके|इसे|इसको)(?![\u0900-\u097f])")
_AS_NOUN = {"इसका": "सम्मेलन का", "इसकी": "सम्मेलन की", "इसके": "सम्मेलन के", "इसे": "सम्मेलन को", "इसको": "सम्मेलन को"}


def with_summit_for_pronoun(sentence: str, before: str | None) -> str:
    """The sentence with its one pronoun for the summit named just before written as the noun."""
    if before is None or not _HELD.search(sentence) or _names_a_summit(sentence):
        return sentence
    pronouns = _PRONOUN.findall(sentence)
    if len(pronouns) != 1 or not _names_a_summit(before):
        return sentence
    return _PRONOUN.sub(lambda m: _AS_NOUN[m[1]], sentence)


def _names_a_summit(text: str) -> bool:
    return "समिट" in text or _may_state_a_summit(text)  # (the loan 'समिट' too: 'पिछली समिट ... हुई थी')


_THE_FIRST = re.compile(r"(?<![\u0900-\u097f])(?:पहली|पहले|पहला|प्रथम)\s+(?:शिखर\s+)?(?:समिट|सम्मेलन|बैठक)(?![\u0900-\u097f])")


def names_the_first(sentence: str) -> bool:
    """'... पहली समिट में ज़्यादातर प्रतिभागी देश के भीतर के ही थे': the first summit, with no date of its own."""
    return _THE_FIRST.search(sentence) is not None and not find_periods(sentence)
