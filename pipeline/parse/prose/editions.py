"""A series' meetings told as its numbered editions in running prose.

Forums, dialogues and conferences are written about by edition, not as summits: 'मंच का सातवाँ संस्करण
सोमवार को यहाँ ... शुरू हुआ', 'इसका पहला आयोजन 2018 में ... पेरिस में हुआ था', '12 से 14 नवंबर 2019 को
हुए दूसरे संस्करण में ... नेता जुटे', '१७ जनवरी, २०१७ को प्रधानमंत्री ने दूसरे संस्करण में उद्घाटन भाषण
दिया था'. The rules on summit nouns want a place or a verb of holding beside the noun; an ordinal
edition with a date, told in the past, already says that the meeting took place, with or without a
place. This module reads such an edition: an ordinal right before संस्करण, आयोजन or the series' own
meeting noun (`own_meeting_nouns`), or बैठक ('1963 में म्यूनिख में पहली बैठक ... हुई'; not where ministers or
officials are named before it, 'उनकी १५वीं बैठक'), whose owner, if named ('X का पाँचवाँ संस्करण'), is the
series. A 'क्रमशः' sentence pairs its listed editions with its dates in order.

A series with a word of its own also meets as 'this' meeting or forum in a year where someone came or
spoke ('2019 में ... रक्षा मंत्री ... इस बैठक में पहुँचे थे', '2014 में ... सिंगापुर में इस मंच से ... ज़ोर दिया था'),
when the sentence tells no other summit. A table row's remarks may open with its edition
(`edition_in_remarks`: '55वाँ सम्मेलन; ...').

Its clause gives the rest: the date in the clause (or in a 'जो ...' clause right after it, or a year
counted from the summit told before, 'अगले साल', or from the report's year, 'पिछले वर्ष'); the city
of an 'X में' in the clause ('यहाँ': the dateline's city; '... पेरिस लौटा, जहाँ चौथे संस्करण में':
the city it returned to); the mode from the clause's own words. Never a summit: an edition to come or
proposed ('आठवाँ संस्करण अगले वर्ष नवंबर में प्रस्तावित है'), one not held, an anniversary, another
body's edition ('रिपोर्ट का दूसरा संस्करण'), or an edition without a date.
"""

from __future__ import annotations

import re

from pipeline.parse.language.dates import ORDINAL_WORDS, ascii_digits, find_periods, leading_ordinal, sole_day_month_in_year
from pipeline.parse.language.lexicon import Lexicon
from pipeline.parse.language.series_noun import _owned_by_the_series, own_meeting_nouns
from pipeline.parse.language.text import match_key
from pipeline.parse.layout.summits import _VIRTUAL, _place_before, CANCELLED, PLANNED, Place, find_place, is_hybrid, names_ministers
from pipeline.parse.prose.datelines import _HERE, Dateline
from pipeline.parse.prose.own_name import MIN_OWN_NAME_WORDS, title_name_words
from pipeline.parse.prose.participles import ran_on_its_dates
from pipeline.parse.prose.status import _PRESUPPOSED_TIME_POINT_AFTER, _TIME_POINT_AFTER, FUTURE_VERB
from pipeline.parse.prose.when import _clause_bounds, _gapped_verb_end, relative_year
from pipeline.parse.prose.where import _host_city, _known_city, _subject_city
from pipeline.parse.prose.words import Mention, names_a_meeting_series

_EDGE = "\"'“”‘’(),।;:*"
_JOINING = frozenset(match_key(w) for w in ("का", "की", "के"))
_MAX_GLOSS = 6
_SUMMIT_NOUNS = frozenset(match_key(w) for w in ("सम्मेलन", "समिट"))
_PEAK = match_key("शिखर")
_MAX_REMARK_NOUN = 4
_MEETINGS = frozenset(match_key(w) for w in ("बैठक",))
_NOUNS = frozenset(match_key(w) for w in ("संस्करण", "आयोजन"))
# (a cheap look before the words are read: an edition noun, or an own noun the title gives)
_CUE = re.compile("संस्करण|आयोजन")
_NUMERAL = re.compile(r"^([0-9०-९]{1,3})(?:वें|वाँ|वां|वीं|वा|वे|वी)$")
_SUFFIX = frozenset(match_key(w) for w in ("वें", "वाँ", "वां", "वीं"))
# 'दूसरे वार्षिक संस्करण': a word of its kind between the ordinal and the noun
_KINDS = frozenset(match_key(w) for w in ("वार्षिक", "सालाना", "द्विवार्षिक", "नियमित", "पूर्ण", "औपचारिक"))
# told in the past: a verb or participle of the clause ('हुआ', 'आयोजित', 'भाषण दिया था', 'अतिथि रहीं')
_PAST = frozenset(match_key(w) for w in (
    "हुआ", "हुई", "हुए", "हुईं", "था", "थी", "थे", "थीं", "गया", "गई", "गयी", "गए", "गये", "गईं", "किया", "किए", "किये",
    "दिया", "दी", "दिए", "दिये", "लिया", "लिए", "लिये", "रहा", "रही", "रहे", "रहीं", "पड़ा", "पड़ी", "पड़े", "आयोजित",
    "संपन्न", "सम्पन्न", "लौटा", "लौटी", "लौटे", "जुटे", "जुटीं", "जुटा", "पहुँचे", "पहुंचे", "चला", "चली", "चले"))
_NOT = frozenset(match_key(w) for w in ("नहीं", "न"))
# a founding or a start told with the edition ('... की स्थापना'): the year is not the meeting's
_FOUNDED = re.compile("|".join(match_key(w) for w in ("स्थापना", "स्थापित", "गठन", "गठित")))
_ANNIVERSARY = re.compile("|".join(match_key(w) for w in ("वर्षगांठ", "वर्षगाँठ", "सालगिरह", "जयंती", "शताब्दी")))
_HOSTED = match_key("मेज़बानी")
_THEIRS = frozenset(match_key(w) for w in ("उनकी", "उनके", "उनका", "इनकी", "इनके", "जिसकी", "जिनकी", "जिसके", "जिनके"))
_OFFICIALS = frozenset(match_key(w) for w in (
    "मंत्री", "मंत्रियों", "मंत्री-स्तरीय", "मंत्रिस्तरीय", "अधिकारी", "अधिकारियों", "अधिकारी-स्तरीय", "सचिव", "सचिवों",
    "राजदूत", "राजदूतों", "विशेषज्ञों", "प्रतिनिधियों"))
_RESPECTIVELY = match_key("क्रमशः")
_RESPECTIVELY_KEY = match_key("क्रमशः")
_AND = frozenset(match_key(w) for w in ("और", "तथा", "एवं", "व"))
_THIS_CUE = re.compile(r"(?:^|\s)(?:इस|उस)\s")
_FORUM = frozenset(match_key(w) for w in ("मंच",))
_THIS = frozenset(match_key(w) for w in ("इस", "उस"))
_IN_OR_FROM = frozenset(match_key(w) for w in ("में", "से", "पर"))
# someone came to it or spoke at it: 'पहुँचे थे', 'भाषण दिया', 'ज़ोर दिया', 'संबोधित किया', 'मुख्य वक्ता रहे'
_TOOK_PART_OR_SPOKE = re.compile("|".join(match_key(w) for w in (
    "पहुँचे", "पहुंचे", "पहुँचीं", "पहुंचीं", "पहुँचा", "पहुंचा", "भाषण", "संबोधित", "ज़ोर दिया", "जोर दिया", "वक्ता", "अतिथि",
    "भाग लिया", "हिस्सा लिया")))
# a year told as a point before or after something ('2019 के बाद', '2015 से', '2030 तक')
_RELATIVE_TIME = re.compile(r"^\s*(?:" + "|".join(match_key(w) for w in ("के बाद", "से पहले", "से", "तक", "के दौरान")) + r")(?=\s|$|[,।])")
_SUCH = frozenset(match_key(w) for w in ("ऐसी", "ऐसा", "ऐसे"))
_TIME_POINTS = tuple(match_key(w) for w in _TIME_POINT_AFTER)
_PRESUPPOSED = tuple(match_key(w) for w in _PRESUPPOSED_TIME_POINT_AFTER)
_HELD_PARTICIPLES = frozenset(match_key(w) for w in ("हुए", "हुई", "हुआ", "आयोजित", "संपन्न", "सम्पन्न"))
_DATE_THEN_PLACE = re.compile(r"\s+(?:को|तक)\s+(?P<name>[^\s,।;()'\"]+(?:\s[^\s,।;()'\"]+){0,3}?)\s+(?P<in>में)(?=[\s,।;]|$)")
_WHERE = frozenset(match_key(w) for w in ("जहाँ", "जहां"))
_WHICH = frozenset(match_key(w) for w in ("जो",))
# '2021 में मंच फिर पेरिस लौटा': the city the series came back to
_RETURNED = re.compile(r"(\S+(?:\s\S+)?)\s+(?:" + "|".join(match_key(w) for w in (
    "लौटा", "लौटी", "लौटे", "लौट आया", "लौट आई", "पहुँचा", "पहुंचा", "पहुँची", "पहुंची")) + r")(?=\s|$|[,।;])")
# 'ऑनलाइन आतंकी सामग्री': an online thing, not a meeting held online
_ONLINE_AS = frozenset(match_key(w) for w in (
    "माध्यम", "रूप", "प्रारूप", "तरीके", "तरीक़े", "ढंग", "मोड", "कराना", "कराया", "कराई", "कराए", "करना", "हुआ", "हुई",
    "हुए", "हुईं", "आयोजित", "रहा", "रही", "रहे", "रहीं", "से", "में", "ही", "था", "थी", "थे", "के", "की", "का", "सम्मेलन",
    "संस्करण", "बैठक", "शिखर"))
_ONLINE_WORD = re.compile("|".join(match_key(w) for w in ("ऑनलाइन", "वर्चुअल", "आभासी", "डिजिटल")))


def with_editions(sentence: str, title: str, lexicon: Lexicon, found: list[Mention], **context) -> list[Mention]:
    """The summits `found` in the sentence, with the held editions it tells besides them; or, where
    the summit rules read only some of the editions a 'क्रमशः' sentence lists, all those editions."""
    new = editions_in_sentence(sentence, title, lexicon, found=found, **context)
    listed = len(new) > max(1, len(found)) and _RESPECTIVELY in match_key(sentence) and all(
        any(m.period.year == f.period.year for m in new) for f in found)
    return new if listed else [*found, *new]


def editions_in_sentence(sentence: str, title: str, lexicon: Lexicon, *, found: list[Mention],
                         context_year: int | None = None, report_year: int | None = None,
                         dateline: Dateline | None = None) -> list[Mention]:
    """The held editions the sentence tells with a date, besides the summits `found` in it already
    (none of a year `found` has); for a 'क्रमशः' sentence whose editions the summit rules read only in
    part, all its editions."""
    own = own_meeting_nouns(title)
    # a meeting numbered in a series named a meeting ('नए चैंपियनों की 16वीं वार्षिक बैठक'), or by any
    # series where no minister or official is named before it ('1963 में म्यूनिख में पहली बैठक ... हुई')
    meeting_series = names_a_meeting_series(title)
    own = own | _MEETINGS
    key = match_key(sentence)
    if not _CUE.search(sentence) and not any(form in key for form in own) and not (
            "मंच" in sentence and _THIS_CUE.search(sentence)):
        return []
    words = sentence.split()
    keys = [match_key(w.strip(_EDGE)) for w in words]
    title_key = match_key(title)
    years = {m.period.year for m in found}
    mentions: list[Mention] = []
    offset = 0
    starts: list[int] = []
    for word in words:
        offset = sentence.index(word, offset)
        starts.append(offset)
        offset += len(word)
    for n, noun in enumerate(keys):
        if noun not in _NOUNS and noun not in own:
            continue
        k, edition = _ordinal_before(words, keys, n)
        if edition is None:  # '77वीं विश्व स्वास्थ्य सभा': the ordinal before the title's own name of the series
            name = title_name_words(title_key, frozenset(own))
            if len(name) >= MIN_OWN_NAME_WORDS and tuple(keys[max(0, n - len(name)):n]) == name:
                k, edition = _ordinal_before(words, keys, n - len(name))
        if edition is None or not _owned(words, k, title_key):
            continue
        if _ANNIVERSARY.search(" ".join(keys[n + 1:n + 4])):
            continue  # 'पहले संस्करण की दसवीं वर्षगांठ': a remembrance
        if _RESPECTIVELY_KEY in keys[n + 1:n + 4]:
            continue  # 'पहले और दूसरे संस्करण क्रमशः ...': the dates pair with the listed ordinals (below)
        if k > 0 and keys[k - 1] in _SUCH:
            continue  # '... मंत्रिस्तरीय बैठकें भी होती हैं; ऐसी पहली बैठक 2010 में ...': such, another kind
        if noun in _MEETINGS and not meeting_series and (
                (k > 0 and keys[k - 1] in _THEIRS) or names_ministers(sentence[:starts[n]])
                or _OFFICIALS & set(keys[:n])):
            continue  # 'विदेश मंत्रियों के स्तर पर ... की पहली बैठक', 'उनकी १५वीं बैठक': the ministers' meeting
        after = " ".join(keys[n + 1:n + 4])
        ran = ran_on_its_dates(sentence, keys, starts, k)  # '27 मई से 1 जून 2024 तक चली 77वीं सभा तक ...'
        if any(after.startswith(p) for p in _TIME_POINTS) and not (
                any(after.startswith(p) for p in _PRESUPPOSED) and set(keys[max(0, k - 2):k]) & _HELD_PARTICIPLES) and not ran:
            continue  # 'दसवीं बैठक से पहले अगस्त 2023 में ...': a time told by the meeting, not its own
        mention = _edition(sentence, words, keys, starts, k, n, edition, lexicon, context_year, report_year, dateline,
                           told_by_participle=ran)
        if mention is not None and mention.period.year not in years:
            years.add(mention.period.year)
            mentions.append(mention)
    if not mentions and _RESPECTIVELY in key:
        respective = _respective_editions(sentence, words, keys, own, lexicon)
        if len(respective) > len(found):
            return respective  # (the summit rules paired one year with the last ordinal only)
    if not found and not mentions and _THIS_CUE.search(sentence):
        # (a series with a word of its own is a forum too: 'इस मंच से', said of a dialogue)
        mentions = _this_meeting(sentence, words, keys, starts, own | _FORUM if own - _MEETINGS else own, lexicon)
    return mentions


def _respective_editions(sentence: str, words: list[str], keys: list[str], own: frozenset[str],
                         lexicon: Lexicon) -> list[Mention]:
    """'इसके पहले और दूसरे संस्करण क्रमशः 2015 और 2016 में हुए': one edition per date after क्रमशः, in
    order, when the ordinals and the dates are as many (the places, if any, from each part)."""
    at = keys.index(_RESPECTIVELY_KEY) if _RESPECTIVELY_KEY in keys else -1
    noun = next((n for n in range(at - 1, max(-1, at - 4), -1) if keys[n] in own or keys[n] in _NOUNS), None)
    if noun is None:
        return []
    editions: list[int] = []
    k = noun - 1
    while k >= 0:
        j, edition = _ordinal_before(words, keys, k + 1)
        if edition is None or j != k:
            break
        editions.insert(0, edition)
        k -= 1
        if k >= 0 and (keys[k] in _AND or words[k].endswith(",")):
            k -= 1 if keys[k] in _AND else 0
        else:
            break
    if len(editions) < 2 or not _owned(words, k + 1, ""):
        return []
    tail = " ".join(words[at + 1:])
    told = set(re.split(r"[\s,।;]+", match_key(tail)))
    if not told & _PAST or PLANNED.search(match_key(tail)) or CANCELLED.search(match_key(tail)) or told & _NOT:
        return []
    parts = [p for p in re.split(r",\s*(?:और\s+)?|\s+(?:और|तथा|एवं)\s+", tail) if p.strip()]
    dated = [(p, find_periods(p)) for p in parts]
    dated = [(p, found[0][2]) for p, found in dated if len(found) == 1]
    if len(dated) != len(editions):
        return []
    mentions = []
    for (part, period), edition in zip(dated, editions):
        place = find_place(part, lexicon)
        place = place if place is not None and place.kind in ("city", "unknown") and place.city else None
        mentions.append(Mention(period, place, edition, "held", "in_person" if place is not None else "unknown", False))
    return mentions


def _this_meeting(sentence: str, words: list[str], keys: list[str], starts: list[int], own: frozenset[str],
                  lexicon: Lexicon) -> list[Mention]:
    """'2019 में चीन के रक्षा मंत्री ... इस बैठक में पहुँचे थे', '2014 में, जापान के ... प्रधानमंत्री ... ने
    सिंगापुर में इस मंच से ... पर ज़ोर दिया था': the series' meeting (by its own noun, with 'इस') in a
    year of the clause, where someone came or spoke, told in the past."""
    for n in range(1, len(keys) - 1):
        if keys[n] not in own or keys[n - 1] not in _THIS or keys[n + 1] not in _IN_OR_FROM:
            continue
        begin, finish = _clause_bounds(sentence, starts[n - 1], starts[n] + len(words[n]))
        clause = sentence[begin:finish]
        key = match_key(clause)
        told = set(re.split(r"[\s,।;]+", key))
        if (not _TOOK_PART_OR_SPOKE.search(key) or not told & _PAST or PLANNED.search(key)
                or CANCELLED.search(key) or FUTURE_VERB.search(key) or told & _NOT):
            continue
        periods = [p for s, e, p in find_periods(sentence) if begin <= s and e <= finish
                   and not _RELATIVE_TIME.match(match_key(sentence[e:e + 12])) and not _quoted(sentence, s)]
        if len(periods) != 1:
            continue
        place = find_place(clause, lexicon)
        place = place if place is not None and place.kind in ("city", "unknown") and place.city else None
        return [Mention(periods[0], place, None, "held", "in_person" if place is not None else "unknown", False)]
    return []


def _owned(words: list[str], k: int, title_key: str) -> bool:
    """The edition whose ordinal is at k is the series' (`_owned_by_the_series`); an owner's gloss in
    brackets is passed over ('पेरिस शांति मंच (पेरिस पीस फ़ोरम) का सातवाँ संस्करण')."""
    if k >= 3 and words[k - 2].endswith(")") and match_key(words[k - 1].strip(_EDGE)) in _JOINING:
        j = k - 2
        while j > 0 and "(" not in words[j]:
            j -= 1
        if j > 0 and words[j].startswith("(") and k - 2 - j < _MAX_GLOSS:
            return _owned_by_the_series([*words[:j], words[k - 1], words[k]], j + 1, title_key)
    return _owned_by_the_series(words, k, title_key)


def _ordinal_before(words: list[str], keys: list[str], n: int) -> tuple[int, int | None]:
    """The index and number of the ordinal before the noun at n ('सातवाँ', '7वें', '७ वें', 'दूसरे
    वार्षिक'), else (n, None)."""
    k = n - 1
    if k >= 1 and keys[k] in _KINDS:
        k -= 1
    if k < 0:
        return n, None
    if keys[k] in _SUFFIX and k >= 1 and re.fullmatch(r"[0-9०-९]{1,3}", words[k - 1]):
        return k - 1, int(ascii_digits(words[k - 1])) or None
    if keys[k] in ORDINAL_WORDS:
        return k, ORDINAL_WORDS[keys[k]]
    numeral = _NUMERAL.match(words[k].strip(_EDGE))
    return (k, int(ascii_digits(numeral[1])) or None) if numeral else (n, None)


def _edition(sentence: str, words: list[str], keys: list[str], starts: list[int], k: int, n: int, edition: int,
             lexicon: Lexicon, context_year: int | None, report_year: int | None,
             dateline: Dateline | None, told_by_participle: bool = False) -> Mention | None:
    noun_start, noun_stop = starts[k], starts[n] + len(words[n].rstrip(_EDGE))
    begin, finish = _clause_bounds(sentence, noun_start, noun_stop)
    opening = match_key(sentence[begin:noun_start]).split()
    if opening and opening[0] in _WHERE and begin:
        # '2021 में मंच फिर पेरिस लौटा, जहाँ चौथे संस्करण में ...': the when and where of the clause before
        begin, _ = _clause_bounds(sentence, begin - 2, begin - 2)
    clause = sentence[begin:finish]
    clause_key = match_key(clause)
    clause_words = set(clause_key.replace(",", " ").replace("।", " ").split())
    # 'पहला संस्करण 2015 में कोलंबो में और दूसरा संस्करण 2016 में माले में हुआ': the verb they share
    told = clause_key if clause_words & _PAST else match_key(sentence[begin:_gapped_verb_end(sentence, finish)])
    if told_by_participle:
        told = match_key(sentence[begin:noun_start])  # its own participle; the clause's verb tells of something else
    if (PLANNED.search(told) or CANCELLED.search(told) or FUTURE_VERB.search(told) or set(told.split()) & _NOT
            or not set(told.replace(",", " ").replace("।", " ").split()) & _PAST or _FOUNDED.search(clause_key)
            or _AGREED_TO_HOLD.search(clause_key)):
        return None
    period, from_context = _period(sentence, begin, finish, noun_start, context_year, report_year)
    if period is None:
        return None
    place = _place(clause, clause_words, lexicon, dateline) or _reached_in_its_clause(sentence, finish, lexicon)
    virtual = _online(clause) and not is_hybrid(clause)
    if virtual and place is not None and place.city is not None and not re.search(
            re.escape(match_key(place.city)) + r"\s+" + match_key("में"), clause_key):
        place = None
    mode = "virtual" if virtual else ("in_person" if place is not None else "unknown")
    place_text = dateline.text if place is not None and dateline is not None and place == dateline.place and (
        place.city is not None and place.city not in sentence) else None
    return Mention(period, place, edition, "held", mode, from_context, False, place_text)


# 'सातवीं बैठक सितंबर 2022 में इस्लामाबाद में कराने पर सहमति बनी थी': agreed (proposed, decided) to
# hold it, which says nothing of its taking place.
_AGREED_TO_HOLD = re.compile(r"(?:^|\s)(?:" + "|".join(match_key(w) for w in ("करने", "कराने", "करवाने")) + r")\s+(?:"
                             + "|".join(match_key(w) for w in (
                                 "पर सहमति", "पर सहमत", "का प्रस्ताव", "का निर्णय", "का फ़ैसला", "का फैसला", "की योजना"))
                             + r")(?=\s|$|[,।;])")


def _period(sentence: str, begin: int, finish: int, noun_start: int, context_year: int | None,
            report_year: int | None):
    """The edition's date: the clause's date nearest the noun (a bracketed date, another event's,
    only when it is the clause's only one), else a 'जो ...' clause's right after it, else a year
    counted from the summit before ('अगले साल') or the report's ('पिछले वर्ष'); with whether it
    came from the sentence before."""
    periods = [(s, e, p) for s, e, p in find_periods(sentence) if begin <= s and e <= finish]
    periods = [(s, e, p) for s, e, p in periods if not _a_start_or_target(sentence, e, p) and not _quoted(sentence, s)]
    outside = [(s, e, p) for s, e, p in periods if sentence[:s].count("(") <= sentence[:s].count(")")]
    periods = outside or periods
    if periods:
        _, _, period = min(periods, key=lambda item: min(abs(item[0] - noun_start), abs(item[1] - noun_start)))
        if period.precision == "year":
            period = sole_day_month_in_year(sentence[begin:finish], period.year) or period
        return period, False
    rest = sentence[finish:].lstrip(" ,")
    if rest and match_key(rest.split()[0]) in _WHICH:
        # '... सातवाँ संस्करण सोमवार को यहाँ ... शुरू हुआ, जो 11 से 12 नवंबर 2024 तक चलेगा': its days
        _, further = _clause_bounds(sentence, finish + 2, finish + 2)
        dated = [p for s, _, p in find_periods(sentence) if finish <= s < further]
        if len(dated) == 1:
            return dated[0], False
    period = relative_year(sentence[begin:noun_start], context_year, report_year, earlier=sentence[:begin])
    return period, period is not None


_QUOTES = re.compile(r"[\"“”]")


def _quoted(sentence: str, start: int) -> bool:
    """The date stands inside quotation marks: part of a name ('"... के लिए 2050 रणनीति"')."""
    return len(_QUOTES.findall(sentence[:start])) % 2 == 1


_TARGET = re.compile(r"^\s*(?:" + "|".join(match_key(w) for w in ("तक", "से")) + r")(?=\s|$|[,।])")


def _a_start_or_target(sentence: str, end: int, period=None) -> bool:
    """'2006 से', '2030 तक' after a year: a start or a target, not a meeting's date ('12 नवंबर 2024 तक
    चलेगा' is a range's end, which the future verb rules out; so is a range of days, '26 से 28 अक्टूबर
    2021 तक हुआ')."""
    if period is not None and period.precision == "day" and "/" in period.label:
        return False
    return _TARGET.match(match_key(sentence[end:end + 6])) is not None


def _place(clause: str, clause_words: set[str], lexicon: Lexicon, dateline: Dateline | None) -> Place | None:
    """The city of the clause: 'यहाँ' (the dateline's), an 'X में' the lexicon knows as a city, or the
    city the series 'returned to'; a country names none."""
    if clause_words & _HERE and dateline is not None and dateline.place is not None and dateline.place.city:
        return dateline.place
    place = find_place(clause, lexicon)
    if place is not None and place.kind in ("city", "unknown") and place.city:  # (an unknown name only before its verb)
        return place
    for _, end, _ in find_periods(clause):
        # '1 से 3 जुलाई 2019 को डालियान में ... संपन्न हुई': a name right after the date, before में
        then = _DATE_THEN_PLACE.match(clause, end)
        if then is not None:
            words = [*then["name"].split(), then["in"]]
            place = _place_before(words, [match_key(w) for w in words], len(words) - 1, lexicon)
            if place is not None and place.kind in ("city", "unknown") and place.city:
                return place
    if _HOSTED in clause_words:
        # 'तीसरे संस्करण की मेज़बानी 2018 में काठमांडू ने की', 'थिंपू ने 2019 में चौथे संस्करण की मेज़बानी की'
        host = _host_city(clause, lexicon) or _subject_city(clause, lexicon)
        if host is not None and host.kind == "city":
            return host
    for match in _RETURNED.finditer(match_key(clause)):
        city = _known_city(match[1], lexicon)
        if city is not None:
            return city
    return None


# 'जिसमें प्रतिनिधि फिर से बड़ी संख्या में रियाद पहुँचे': those who came to it reached the city
_CAME_TO = re.compile(r"(\S+(?:\s\S+)?)\s+(?:" + "|".join(match_key(w) for w in (
    "पहुँचे", "पहुंचे", "पहुँचीं", "पहुंचीं")) + r")(?=\s|$|[,।;])")
_ITS = frozenset(match_key(w) for w in ("जिसमें", "जिनमें"))  # not 'जिसके बाद': after it


def _reached_in_its_clause(sentence: str, finish: int, lexicon: Lexicon) -> Place | None:
    """An edition's clause without a place, then a 'जिसमें ...' clause on it saying who came, and
    where: 'पाँचवाँ संस्करण 26 से 28 अक्टूबर 2021 तक हुआ, जिसमें प्रतिनिधि ... रियाद पहुँचे'. Only the
    very next clause, told in the past ('पहुँचेंगे' is no arrival)."""
    rest = sentence[finish:].lstrip(" ,")
    if not rest or match_key(rest.split()[0]) not in _ITS:
        return None
    start = len(sentence) - len(rest)
    _, further = _clause_bounds(sentence, start + 1, start + 1)
    for match in _CAME_TO.finditer(match_key(sentence[start:further])):
        city = _known_city(match[1], lexicon) or _known_city(match[1].split()[-1], lexicon)
        if city is not None and city.city:
            return city
    return None


def _online(clause: str) -> bool:
    """The clause says the meeting was held online ('पूरी तरह ऑनलाइन कराना पड़ा', 'वर्चुअल प्रारूप
    में हुआ'); not an online thing ('ऑनलाइन आतंकी सामग्री')."""
    key = match_key(clause)
    for match in _VIRTUAL.finditer(key):
        if not _ONLINE_WORD.fullmatch(match[0]):
            return True  # 'वीडियो कॉन्फ्रेंस के ज़रिए'
        after = key[match.end():].split()
        if not after or after[0].strip(",।;") in _ONLINE_AS:
            return True
    return False


_FIRST_PART = re.compile(r"[;।|]|,\s|\s[—–-]\s")


def edition_in_remarks(remarks: str, title: str) -> int | None:
    """The edition a table row's remarks open with ('55वाँ सम्मेलन; चांसलर का भाषण', 'तीसरा संस्करण'):
    an ordinal and a meeting noun, the whole of the remarks' first part; not 'पहली बार ...', an
    anniversary ('25वीं वर्षगांठ') or a first somewhere ('पहला सम्मेलन अफ्रीका में')."""
    if " | " in remarks:
        # cells of several columns ('एंथनी अल्बनीज़ | ली चियांग | 8वीं बैठक; ...'): the one that opens with it
        return next((n for cell in remarks.split(" | ") if (n := edition_in_remarks(cell, title)) is not None), None)
    first = _FIRST_PART.split(remarks.strip(), maxsplit=1)[0]
    if not first or leading_ordinal(first) is None:
        return None
    words = first.split()
    keys = [match_key(w.strip(_EDGE)) for w in words]
    own = own_meeting_nouns(title) | _NOUNS | _MEETINGS | _SUMMIT_NOUNS
    # the part holds nothing else: 'पहला सम्मेलन अफ्रीका में' is the first in Africa, not the first
    if len(keys) > _MAX_REMARK_NOUN or keys[-1] not in own:
        return None
    n = len(keys) - 1
    k, edition = _ordinal_before(words, keys, n - 1 if n > 1 and keys[n - 1] == _PEAK else n)
    return edition if k == 0 else None
