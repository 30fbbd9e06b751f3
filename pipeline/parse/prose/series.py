"""Whose summit a noun names: the name words before it, another organisation or acronym the
title does not name ('जी-20 शिखर सम्मेलन' in a document on another series), a body in
brackets, or a summit the text calls separate ('..., जो एक अलग मंच है').
"""

from __future__ import annotations

import re
from functools import lru_cache

from pipeline.parse.language.dates import ORDINAL_WORDS
from pipeline.parse.language.lexicon import Lexicon
from pipeline.parse.prose.own_name import names_own_series
from pipeline.parse.prose.words import _HELD_BEFORE, NOUN_STARTS, _keys, _may_state_a_summit, _summit_noun_end
from pipeline.parse.layout.series import FUNDING_WORDS as _FUNDING
from pipeline.parse.geo.places import notable_latin_city
from pipeline.parse.layout.summits import first_clause
from pipeline.parse.language.text import match_key


# Words that may stand between an ordinal or a place and the summit noun without naming
# another series: adjectives of the meeting itself.
_MEETING_ADJECTIVES = _keys(
    "वार्षिक अनौपचारिक औपचारिक द्विपक्षीय त्रिपक्षीय बहुपक्षीय वर्चुअल आभासी ऑनलाइन हाइब्रिड विशेष असाधारण "
    "आपात आपातकालीन स्मारक नियमित पूर्ण संयुक्त अगले अगला अगली पिछले पिछला पिछली आगामी इस उस इसी उसी यह वह ये वे इन उन "
    "पहला पहले पहली दूसरा दूसरे तीसरा तीसरे चौथा चौथे शिखर नेताओं आमने-सामने व्यक्तिगत प्रत्यक्ष भौतिक "
    # participles of the meeting: "होने वाला सम्मेलन", "प्रस्तावित शिखर सम्मेलन"
    "वाला वाली वाले प्रस्तावित निर्धारित नियोजित "
    # its place in the series: "पाँचवाँ और अंतिम शिखर सम्मेलन"
    "अंतिम अन्तिम आख़िरी आखिरी प्रथम हालिया ताज़ा ताजा "
    # its length: "तीन दिवसीय सम्मेलन", "दो-दिवसीय शिखर सम्मेलन"
    "दिवसीय एकदिवसीय एक-दिवसीय दो-दिवसीय तीन-दिवसीय चार-दिवसीय दोदिवसीय त्रिदिवसीय "
    # the first of the series: "उद्घाटन शिखर सम्मेलन", "संस्थापक शिखर सम्मेलन"
    "उद्घाटन उद्घाटनी उद्घाटक शुरुआती संस्थापक "
    # its kind in the series' calendar: "37वाँ साधारण शिखर सम्मेलन", "द्विवार्षिक सम्मेलन"
    "साधारण सामान्य द्विवार्षिक द्विवर्षीय त्रैवार्षिक उच्चस्तरीय"
)
_ORDINAL_SUFFIXES = _keys("वाँ वां वें वीं वी वे वा")
_LATIN_NAME = re.compile(r"^[A-Z][A-Za-z0-9-]{1,}$")
MAX_NAME_WINDOW = 6
_NAME_STOP = _keys(
    "के की का में से पर को ने और तथा एवं व कारण बाद दौरान तहत लिए रूप बार दो तीन चार सभी कई कुछ हर प्रत्येक "
    "साथ साल वर्ष सालाना अब तक भी ही जब जो यहाँ वहाँ जिस जिन जिसका जिसकी जिसके जिनका जिनकी जिनके "
    "इसके इसकी इसका उसके उसकी उसका इनके इनकी इनका"  # 'इसके सम्मेलन ...': its own
)
_HYPHEN_SPLIT = re.compile(r"[-–]")
# A name with its number joined by a hyphen ('कॉप-21', 'जी-20', 'COP-26'), not an ordinal ('23वाँ').
_NUMBERED_NAME = re.compile(r"^(?P<name>[^\s0-9०-९-]{2,})[-–](?P<number>[0-9०-९]{1,3})$")


def names_other_series(text: str, title: str, lexicon: Lexicon) -> bool:
    """Whether every summit noun of the text's first clause belongs to another series
    ('गोवा में ब्रिक्स शिखर सम्मेलन के साथ ...' in a document on बिम्सटेक), or its only one is
    said to be separate from the series ('..., जो सभा के सत्रों से अलग आयोजन था')."""
    if not _may_state_a_summit(text):
        return False
    words = first_clause(text).split()
    keys = [match_key(w.strip("\"'“”‘’(),।;:")) for w in words]
    title_key = match_key(title)
    nouns = [i for i, key in enumerate(keys) if key in NOUN_STARTS and _summit_noun_end(keys, i) is not None]
    besides = [i for i in nouns if is_besides(keys, _summit_noun_end(keys, i))]
    if besides and len(besides) < len(nouns):
        nouns = [i for i in nouns if i not in besides]  # 'मंच के अलावा ... जल सम्मेलन भी हुआ': the other one is judged
    if len(nouns) == 1 and _SEPARATE.search(" ".join(keys[nouns[0]:])):
        return True  # "... शिखर सम्मेलन हुआ, जो सभा के सत्रों से अलग आयोजन था"
    verdicts = [_other_series(_name_window(words, keys, i), title_key, lexicon, adjacent_names=False) for i in nouns]
    return bool(verdicts) and all(verdicts)


_IN = match_key("में")
_BESIDES = {(match_key(a), match_key(b)) for a, b in (("के", "अलावा"), ("के", "अतिरिक्त"))}


def is_besides(keys: list[str], end: int | None) -> bool:
    """The noun ending before `end` is followed by 'के अलावा' (besides): the sentence's summit is another
    ('मंच के अलावा मार्च 2023 में न्यूयॉर्क में संयुक्त राष्ट्र जल सम्मेलन भी हुआ')."""
    return end is not None and tuple(keys[end:end + 2]) in _BESIDES
_HOSTED_BY = _keys("मेज़बानी मेजबानी अध्यक्षता")


def _name_window(words: list[str], keys: list[str], i: int) -> list[str]:
    """The words naming the summit before its noun, back to a punctuation mark (at most 4)."""
    window: list[str] = []
    j = i - 1
    if j > 0 and _BRACKETED.match(words[j]):
        j -= 1  # 'एशिया सहयोग वार्ता (एसीडी) शिखर सम्मेलन': the short form is judged on its own
    while j >= 0 and len(window) < MAX_NAME_WINDOW:
        if words[j][-1] in ",;:।" or keys[j] in _HELD_BEFORE:
            break  # the name starts after "... में हुए"
        if keys[j] == _IN and j > 0 and keys[j - 1] in _HOSTED_BY:
            break  # "यूरोपीय संघ की मेज़बानी में तीसरा सम्मेलन": the host, not the summit's owner
        if _occasion_ends_at(keys, j):
            break  # "ईयू-सेलाक सम्मेलन के दौरान छठी शिखर बैठक": the other summit is the occasion, not the name
        window.insert(0, words[j].strip("\"'“”‘’()"))
        j -= 1
    return window


_OCCASION_ENDS = _keys("दौरान इतर")
_OCCASION_NOUNS = _keys("हाशिये हाशिए मौके मौक़े अवसर")
_OCCASION_OF = match_key("के")
_ON = match_key("पर")


def _occasion_ends_at(keys: list[str], j: int) -> bool:
    """Whether the word at j ends 'के दौरान', 'के इतर' or 'के हाशिये/मौके/अवसर पर': the occasion a
    summit named after it was held at."""
    if keys[j] in _OCCASION_ENDS:
        return j > 0 and keys[j - 1] == _OCCASION_OF
    return keys[j] == _ON and j > 1 and keys[j - 1] in _OCCASION_NOUNS and keys[j - 2] == _OCCASION_OF


_SECTORS = _keys(
    "व्यापार व्यापारिक व्यावसायिक युवा संसदीय महिला मीडिया उद्योग औद्योगिक शैक्षणिक अकादमिक नागरिक "
    "वित्त वित्तीय पर्यटन सांस्कृतिक खेल न्यायिक श्रम किसान छात्र"
)
_BODIES = _keys("मंच परिषद फोरम संगठन समूह परिसंघ संघ")


def _other_series(window: list[str], title_key: str, lexicon: Lexicon, *, adjacent_names: bool = True) -> bool:
    """An organisation or an acronym before the noun that the title does not name, or a name
    word right before it that the title does not hold ('एशियाई-अफ्रीकी सम्मेलन', 'जलवायु
    सम्मेलन' in a document about another series)."""
    return _other_series_of(tuple(window), title_key, lexicon, adjacent_names)


@lru_cache(maxsize=4096)  # (a document names its series before many nouns, and both readers of a sentence ask)
def _other_series_of(window: tuple[str, ...], title_key: str, lexicon: Lexicon, adjacent_names: bool) -> bool:
    if _own_compound_name(window, title_key) or names_own_series(window, title_key, lexicon):
        return False
    if window and adjacent_names:
        last = window[-1]
        key = match_key(last)
        if _NUMBERED_NAME.match(last) and match_key(_NUMBERED_NAME.match(last)["name"]) not in title_key:
            return True  # "कॉप-21 सम्मेलन", "जी-20 सम्मेलन": a numbered series the title does not name
        ordinal = re.search(r"[0-9०-९]", last) or key in ORDINAL_WORDS or (
            key in _ORDINAL_SUFFIXES and len(window) > 1 and re.fullmatch(r"[0-9०-९]{1,3}", window[-2]))  # '24 वाँ'

        if _first_word_only(key, title_key):
            return True  # "जेद्दा के अरब शिखर सम्मेलन" in a document on the अरब आर्थिक ... विकास शिखर सम्मेलन
        if not ordinal and key not in title_key and lexicon.lookup(last, ("city",)) and _named_after_a_city(title_key, lexicon):
            return True  # "1874 के ब्रसेल्स सम्मेलन" in a document on the हेग शांति सम्मेलन: another city's conference
        if not (ordinal or key in _MEETING_ADJECTIVES or key in _NAME_STOP or key in title_key
                or (key in _FUNDING and any(f in title_key for f in _FUNDING))  # 'प्रतिज्ञा' ~ 'पुनःपूर्ति'
                or all(_title_holds(p, title_key, lexicon) for p in _HYPHEN_SPLIT.split(last) if p)
                or _prefixed_title_word(key, title_key)
                or lexicon.lookup(last, ("city",)) or key in _HELD_BEFORE):
            return True
    if _owned_by_a_region(window, title_key, lexicon):
        return True
    keys = list(map(match_key, window))
    for sector, body in zip(keys, keys[1:]):
        if sector in _SECTORS and body in _BODIES and sector not in title_key:
            return True  # "ब्रिक्स व्यापार मंच का सम्मेलन": a body of one sector, not the series
    for n in (3, 2):  # 'गुटनिरपेक्ष आंदोलन का १९वाँ शिखर सम्मेलन': a name of several words
        for k in range(len(window) - n + 1):
            name = " ".join(window[k:k + n])
            entry = lexicon.lookup(name, ("organisation",))
            if entry is not None and match_key(name) not in title_key and not (
                    match_key(entry.english) in title_key or _title_names(entry.english, title_key, lexicon)):
                return True
    for word in _without_latin_cities(window):
        parts = [word] + _HYPHEN_SPLIT.split(word)  # 'आसियान–जापान' (an en dash) too
        for part in parts:
            if not part:
                continue
            entry = lexicon.lookup(part, ("organisation",))
            named = entry is not None or _LATIN_NAME.match(part)
            if named and match_key(part) not in title_key and not (
                entry is not None and (match_key(entry.english) in title_key or _title_names(entry.english, title_key, lexicon))
            ):
                return True
    return False


def _without_latin_cities(window: list[str]) -> list[str]:
    """The words, without a notable city written in Latin letters ('New Delhi में ... शिखर वार्ता'):
    a place, not the name of another series."""
    if not any(w[:1].isascii() and w[:1].isupper() for w in window):
        return window
    out = list(window)
    for n in (3, 2, 1):
        for k in range(len(out) - n + 1):
            name = " ".join(w.strip(",;:।()") for w in out[k:k + n])
            if all(out[k:k + n]) and notable_latin_city(name):
                out[k:k + n] = [""] * n
    return [w for w in out if w]


# Prefixes that make a title's adjective a compound without naming another body: 'अंतर-सरकारी
# परामर्श' (inter-governmental) for the 'सरकारी परामर्श' of the title.
_BOUND_PREFIXES = _keys("अंतर अन्तर अंतः")


def _prefixed_title_word(key: str, title_key: str) -> bool:
    """Whether the word is a word of the title behind a bound prefix ('अंतर-सरकारी', 'अंतरसरकारी'
    for 'सरकारी'); the rest must be a whole word of the title, not just part of one."""
    title_words = set(title_key.replace("-", " ").replace("–", " ").split())
    for prefix in _BOUND_PREFIXES:
        if key.startswith(prefix):
            rest = key[len(prefix):].lstrip("-–")
            if len(rest) > 2 and rest in title_words:
                return True
    return False


def _named_after_a_city(title_key: str, lexicon: Lexicon) -> bool:
    """Whether the title opens with a city that names the series ('हेग शांति सम्मेलन', 'बग़दाद
    सहयोग और साझेदारी सम्मेलन'), not with a place where a summit met ('नई दिल्ली में ...') nor
    with one summit called by its city ('हेग शिखर सम्मेलन: नाटो सहयोगी ...')."""
    words = title_key.split()
    for n in (2, 1):
        if len(words) > n and lexicon.lookup(" ".join(words[:n]), ("city",)):
            return words[n] not in _NOT_A_NAME_AFTER_PLACE
    return False


_NOT_A_NAME_AFTER_PLACE = _keys("में से के की का पर ने को शिखर सम्मेलन बैठक समिट वार्ता")


# Words a writer adds to a series' compound name without naming another body: 'अमेरिका–प्रशांत
# द्वीपीय देश शिखर सम्मेलन', 'अमेरिका–प्रशांत द्वीप मंच शिखर सम्मेलन' for the अमेरिका–प्रशांत द्वीप
# शिखर सम्मेलन.
_NAME_GLOSSES = _keys("देश देशों राष्ट्र राष्ट्रों मंच फोरम फ़ोरम नेता नेताओं")
_ADJECTIVE_SUFFIX = match_key("ीय")


def _own_compound_name(window: tuple[str, ...], title_key: str) -> bool:
    """The window names the title's own series by its compound name ('अमेरिका–प्रशांत', a word of
    two names joined by a dash that the title holds), followed only by title words, their
    adjectives ('द्वीपीय' for 'द्वीप') and glosses such as 'देश' or 'मंच'. 'भारत–प्रशांत द्वीप सहयोग
    मंच' in a document on the अमेरिका–प्रशांत summits is another name; 'X–Y व्यापार मंच' a body of
    one sector."""
    title_words = set(title_key.split())
    keys = [match_key(w) for w in window]
    start = next((k for k, key in enumerate(keys) if len([p for p in _HYPHEN_SPLIT.split(key) if p]) >= 2
                  and not re.search(r"[0-9०-९]", key) and key in title_words), None)
    if start is None:
        return False
    for key in keys[start + 1:]:
        if key in title_words or key in _NAME_GLOSSES or key in _MEETING_ADJECTIVES:
            continue
        if key.endswith(_ADJECTIVE_SUFFIX) and key[:-len(_ADJECTIVE_SUFFIX)] in title_words:
            continue
        return False
    return True


_OF = _keys("के का की")
_CONTINENT = _keys("महाद्वीप महाद्वीपों")
MAX_REGION_WORDS = 3


def _owned_by_a_region(window: list[str], title_key: str, lexicon: Lexicon) -> bool:
    """'अमेरिका महाद्वीप के शिखर सम्मेलन', 'यूरोप का शिखर सम्मेलन' in a document on another series:
    a summit owned (के/का/की right before the noun and its adjectives) by a continent or region
    the title does not name: another grouping's summit ('Summit of the Americas'). A region is a
    word before 'महाद्वीप' or a proper-named term of the lexicon (its English capitalised); a
    country owner ('भारत के ...' may be the host's) and a city do not count."""
    keys = [match_key(w) for w in window]
    k = len(keys) - 1
    while k >= 0 and (keys[k] in _MEETING_ADJECTIVES or keys[k] in ORDINAL_WORDS):
        k -= 1  # 'अमेरिका महाद्वीप का पहला शिखर सम्मेलन'
    if k < 1 or keys[k] not in _OF:
        return False
    owner = window[max(0, k - MAX_REGION_WORDS):k]
    title_words = set(_HYPHEN_SPLIT.sub(" ", title_key).split())
    for n in range(len(owner), 0, -1):
        name = owner[-n:]
        entry = lexicon.lookup(" ".join(name), ("term",))
        if (n > 1 and match_key(name[-1]) in _CONTINENT) or (entry is not None and entry.english[:1].isupper()):
            # 'अफ्रीका महाद्वीप के ...' in a document titled '... अफ्रीका ...' is the series' own
            return not any(match_key(w) in title_words for w in name if match_key(w) not in _CONTINENT)
    return False


_TITLE_NOUNS = _keys("शिखर सम्मेलन बैठक")
MIN_LONG_NAME_WORDS = 3
_POSTPOSITIONS = _keys("में का की के से पर को ने")


def _first_word_only(key: str, title_key: str) -> bool:
    """A summit named by the first word of the title's name alone, when that name is long and
    ends in a word of its own subject ('अरब शिखर सम्मेलन' beside 'अरब आर्थिक और सामाजिक विकास
    शिखर सम्मेलन'): the broad name of another, larger series, not a short form of this one."""
    return key == _broad_first_word(title_key)


@lru_cache(maxsize=1024)  # (asked for every name before a summit noun: one answer per title)
def _broad_first_word(title_key: str) -> str | None:
    """The first word of the title's name when that name is long and ends in a word of its own
    subject, and it holds that word once; else None."""
    words = title_key.split()
    end = next((k for k, w in enumerate(words) if w in _TITLE_NOUNS), None)
    if end is None:
        return None
    name = words[:end]
    cut = max((k for k, w in enumerate(name) if w in _POSTPOSITIONS), default=-1)
    name = name[cut + 1:]  # 'तेहरान में रूस-ईरान ...': the name starts after the place
    while name and (name[0] in _MEETING_ADJECTIVES or name[0] in ORDINAL_WORDS or re.search(r"[0-9०-९]", name[0])):
        name = name[1:]  # 'तीसरा जापान–प्रशांत द्वीप शिखर सम्मेलन': the number is not the name
    if len(name) < MIN_LONG_NAME_WORDS:
        return None
    last = name[-1]
    if last in _MEETING_ADJECTIVES or last in _NAME_STOP or last in _BODIES or _HYPHEN_SPLIT.search(name[0]):
        return None  # 'ब्रिक्स नेताओं का शिखर सम्मेलन', '... फोरम शिखर सम्मेलन': the short form is the series'
    return name[0] if name.count(name[0]) == 1 else None


# "..., जो एक अलग मंच है", "... वार्षिक सम्मेलनों से अलग प्रारूप है": the text says this summit
# belongs to something else than the document's series.
_SEPARATE = re.compile(
    # one adjective may stand between: "जो एक अलग बहुपक्षीय मंच है"
    r"(?<![-\u0900-\u097f])" + match_key("अलग") + r"\s+(?:[\u0900-\u097f]+\s+)?(?:" + "|".join(match_key(w) for w in (
        "मंच", "प्रारूप", "समूह", "संगठन", "श्रृंखला", "शृंखला", "पहल", "प्रक्रिया", "आयोजन", "सम्मेलन", "संस्था",
    )) + r")(?:\s|$)|\s" + match_key("से अलग") + r"\s+(?:" + "|".join(match_key(w) for w in ("है", "था", "थी", "हैं", "थे")) + r")"
)
_BRACKETED = re.compile(r"^\((?P<name>(?![0-9०-९]+\))[^()\s]{2,15})\)[,।;:]?$")  # not '(1983)': a year


def _bracketed_other_name(words: list[str], i: int, title_key: str, lexicon: Lexicon) -> bool:
    """'कृत्रिम बुद्धिमत्ता पर वैश्विक भागीदारी (जीपीएआई) के वार्षिक शिखर सम्मेलन': a body named
    with its short form in brackets just before the summit noun, when the title names neither
    the short form nor the full name."""
    for j in range(max(0, i - 4), i):
        match = _BRACKETED.match(words[j])
        if match is None:
            continue
        name = match["name"]
        if re.fullmatch(r"[0-9०-९]{4}", name):
            continue  # 'नेपल्स (२०१२) के सम्मेलन': a year in brackets, not a short form
        if lexicon.lookup(name, ("country", "city")) is not None:
            continue  # 'फ़ोर्टालेज़ा (ब्राज़ील) में छठा सम्मेलन': the country of a city, not a body
        entry = lexicon.lookup(name, ("organisation",))
        if match_key(name) in title_key or (entry is not None and _title_names(entry.english, title_key, lexicon)):
            return False
        full = [match_key(w.strip("\"'“”‘’(),।;:")) for w in words[max(0, j - 2):j]]
        return not (full and all(w in title_key for w in full))
    return False


def _title_holds(word: str, title_key: str, lexicon: Lexicon) -> bool:
    """'अमेरिका-जीसीसी शिखर सम्मेलन' under 'अमेरिका–खाड़ी सहयोग परिषद शिखर बैठक': the title holds the
    word, or names the organisation it stands for under another spelling."""
    if match_key(word) in title_key:
        return True
    entry = lexicon.lookup(word, ("organisation",))
    return entry is not None and _title_names(entry.english, title_key, lexicon)


def _title_names(english: str, title_key: str, lexicon: Lexicon) -> bool:
    """Whether the title names the same organisation under another spelling (G20 / जी-20), or
    by the head noun of its name alone ('रेक्याविक में परिषद का चौथा शिखर सम्मेलन' for यूरोप परिषद;
    not 'शंघाई सहयोग संगठन का ...' for इस्लामी सहयोग संगठन: another name stands before the noun)."""
    return any(match_key(h) in title_key or _bare_head(match_key(h), title_key)
               for h in lexicon.spellings(english, "organisation"))


_BEFORE_BARE_HEAD = r"(?:^|(?:में|की|के|का|:|,|—|-)\s+)"


def _bare_head(hindi_key: str, title_key: str) -> bool:
    words = hindi_key.split()
    return len(words) > 1 and re.search(
        _BEFORE_BARE_HEAD + re.escape(words[-1]) + r"\s+(?:का|की|के)(?=\s)", title_key) is not None


# "1997 में ... समूह जी-8 कहलाने लगा", "इसे जी-8 कहा जाने लगा", "समूह का नाम जी-8 हो गया", "यह जी-7 बना":
# the series itself, under another name for a time
_RENAMED_VERBS = tuple(match_key(w) for w in (
    "कहलाने लगा", "कहलाने लगी", "कहलाया", "कहलाई", "कहा जाने लगा", "बना", "बन गया", "हो गया",
    "के नाम से जाना जाने लगा", "के नाम से जाना गया"))
_RENAMED = re.compile(
    r"(?:^|\s)(?:" + "|".join(match_key(w) for w in ("समूह", "यह", "इसे", "यह समूह", "संगठन", "मंच")) + r")\s+"
    r"(?:" + match_key("का नाम") + r"\s+)?(?P<name>\S+)\s+(?:" + "|".join(_RENAMED_VERBS) + r")(?=[\s,।;]|$)")


# "यह शिखर सम्मेलन गावी के तीसरे पुनःपूर्ति सम्मेलन के रूप में आयोजित किया गया": the series' summits
# also go by that name ('दूसरा पुनःपूर्ति सम्मेलन ... बर्लिन में ...')
_HELD_AS = re.compile(
    r"(?:^|\s)(?:" + "|".join(match_key(w) for w in ("यह", "इस", "ये")) + r")\s+(?:" + match_key("शिखर") + r"\s+)?"
    + match_key("सम्मेलन") + r"\s+(?:\S+\s+){0,5}?(?:" + "|".join(match_key(w) for w in ("के", "का", "की")) + r")\s+"
    r"(?:\S+\s+)?(?P<name>\S+)\s+" + match_key("सम्मेलन") + r"\s+" + match_key("के रूप में"))


# '**पुराना नाम**: विश्व विद्युत सम्मेलन (World Power Conference)': a record field naming what the
# series was called before ('पहला विश्व विद्युत सम्मेलन' is then its first summit)
_FORMER_NAME_LABELS = frozenset(match_key(w) for w in ("पुराना नाम", "पूर्व नाम", "पहले का नाम", "पूर्ववर्ती नाम",
                                                       "पुराने नाम", "मूल नाम"))


def _former_name(text: str) -> list[str]:
    label, _, value = text.partition(":")
    if match_key(label.strip(" *-•")) not in _FORMER_NAME_LABELS:
        return []
    value = re.sub(r"\([^()]*\)", " ", value).strip(" *।.")
    return [match_key(value)] if value and len(value.split()) <= 6 else []


def renamed_as(texts: list[str]) -> tuple[str, ...]:
    """The other names the text says the series went by ('... के बाद समूह जी-8 कहलाने लगा', 'यह
    शिखर सम्मेलन ... के तीसरे पुनःपूर्ति सम्मेलन के रूप में आयोजित किया गया'): a summit under such a
    name is one of the series, not of another grouping."""
    names: list[str] = []
    for text in texts:
        if ":" in text and "नाम" in text:
            names += _former_name(text)
        if "रूप में" in text:
            names += [m["name"] for m in _HELD_AS.finditer(match_key(text))
                      if ORDINAL_WORDS.get(m["name"]) is None and not re.search(r"[0-9०-९]", m["name"])]
        key = match_key(text)
        if not any(verb in key for verb in _RENAMED_VERBS):
            continue  # (most lines: no verb of being called)
        for match in _RENAMED.finditer(key):
            name = match["name"].strip("\"'“”‘’(),।;:")
            if _NUMBERED_NAME.match(name) or re.fullmatch(r"[a-z][a-z0-9-]{1,}", name):  # keys are lower case
                names.append(name)
    return tuple(dict.fromkeys(names))

