"""A summit the sentence names by a pronoun, right after a sentence that named it: 'पिछली समिट 11
जनवरी 2023 को इंदौर में हुई थी। इससे पहले 2019 में भी इंदौर में इसका आयोजन हुआ था', '2019 में इसे
... नाम से इंदौर में आयोजित किया गया था'. The pronoun is read as the summit noun ('सम्मेलन का
आयोजन'), so the sentence reader decides, as for any summit noun, whether a summit was held.

Only a pronoun that is held or hosted (आयोजन, आयोजित, मेज़बानी) in a sentence without a meeting
noun of its own, after a sentence with one.

A summit put off in one sentence and held in the next, named there by a subject pronoun:
'सातवाँ सत्र 2021 में इंडोनेशिया में होना था, लेकिन ... उसे एक साल आगे खिसकाना पड़ा। आख़िरकार
यह 23 से 28 मई 2022 को बाली में हुआ'. The pronoun is read as the numbered noun the sentence
before put off ('आख़िरकार सातवाँ सत्र 23 से 28 मई 2022 को ...'), so the summit keeps its number
(`with_put_off_summit_for_pronoun`).

Likewise 'पहली समिट में ...' right after the sentence that says when and where the series' journey
began ('समिट का सफ़र अक्टूबर 2007 में इंदौर ... से शुरू हुआ था'): that first summit, number one
(`names_the_first`).
"""

from __future__ import annotations

import re

from pipeline.parse.language.dates import DIGITS, find_periods, ORDINAL_WORDS
from pipeline.parse.language.text import match_key
from pipeline.parse.prose.words import _may_state_a_summit

_HELD = re.compile("आयोजन|आयोजित|मेज़बानी|मेजबानी")
_PRONOUN = re.compile(r"(?<![\u0900-\u097f])(इसका|इसकी|इसके|इसे|इसको)(?![\u0900-\u097f])")
_AS_NOUN = {"इसका": "सम्मेलन का", "इसकी": "सम्मेलन की", "इसके": "सम्मेलन के", "इसे": "सम्मेलन को", "इसको": "सम्मेलन को"}


def with_summit_for_pronoun(sentence: str, before: str | None) -> str:
    """The sentence with its one pronoun for the summit named just before written as the noun."""
    put_off = with_put_off_summit_for_pronoun(sentence, before)
    if put_off is not sentence:
        return put_off
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


# 'आख़िरकार यह 23 से 28 मई 2022 को ...': a subject pronoun (after an adverb of time) right before a date
_PRONOUN_BEFORE_DATE = re.compile(
    r"^(?P<lead>(?:(?:" + "|".join(match_key(w) for w in ("आख़िरकार", "आखिरकार", "अंततः", "अंतत:", "आख़िर", "बाद", "में", "फिर",
                                                          "अगले", "साल", "वर्ष"))
    + r")[,]?\s+){0,3})(?P<pronoun>" + "|".join(match_key(w) for w in ("यह", "वह")) + r")\s+(?=" + DIGITS + ")"
)
_ORDINAL_NOUN = re.compile(
    r"(?<![\u0900-\u097f])(?P<phrase>(?:" + DIGITS + r"{1,3}(?:वाँ|वां|वें|वीं)|"
    + "|".join(sorted(ORDINAL_WORDS, key=len, reverse=True))
    + r")\s+(?:" + match_key("शिखर") + r"\s+)?(?:" + "|".join(match_key(w) for w in ("सम्मेलन", "बैठक", "सत्र", "समिट", "दौर"))
    + r"))(?![\u0900-\u097f])"
)
_PUT_OFF = re.compile("|".join(match_key(w) for w in (
    "होना था", "होनी थी", "होने थे", "टल ", "टाल", "टला", "टली", "खिसका", "स्थगित", "आगे बढ़ा",
    # 'चौथा शिखर सम्मेलन 18 और 19 जुलाई 2022 के लिए तय था, लेकिन ... घटाकर एक दिन का कर दिया गया'
    "के लिए तय था", "के लिए तय थी", "के लिए निर्धारित था", "के लिए निर्धारित थी", "के लिए प्रस्तावित था")))
_HELD_VERB = re.compile(r"\s(?:" + "|".join(match_key(w) for w in ("हुआ", "हुई", "हुए", "आयोजित", "संपन्न")) + r")(?=[\s,।]|$)")


def with_put_off_summit_for_pronoun(sentence: str, before: str | None) -> str:
    """The sentence with its subject pronoun written as the numbered summit the sentence before
    put off ('सातवाँ सत्र ... होना था, लेकिन ... आगे खिसकाना पड़ा'), when it says that summit was
    then held on a date ('आख़िरकार यह 23 से 28 मई 2022 को बाली में हुआ'); else as it is."""
    if before is None:
        return sentence
    key = match_key(sentence)
    match = _PRONOUN_BEFORE_DATE.match(key)
    if match is None or _HELD_VERB.search(key) is None:
        return sentence
    before_key = match_key(before)
    phrases = {m["phrase"] for m in _ORDINAL_NOUN.finditer(before_key)}
    if len(phrases) != 1 or _PUT_OFF.search(before_key) is None:
        return sentence
    words = sentence.split()
    at = len(match["lead"].split())  # the pronoun's word
    return " ".join(words[:at] + [phrases.pop()] + words[at + 1:])
