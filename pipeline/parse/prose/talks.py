"""Leaders' talks in a document on two sides, told with the talks themselves as what happened
(not with a verb of meeting or visiting, which `visits` reads): each is a meeting of the series.

- talks that took place: 'A और B के बीच 4 सितंबर 2023 को सोची में बातचीत चली', '... दोनों नेताओं
  की बैठक हुई', 'मॉस्को में छह घंटे चली वार्ता में ...', 'अबू धाबी में हुई वार्ता';
- talks held by the leaders: 'X ने ... को ग्योंगजू शहर में ... द्विपक्षीय वार्ता की', 'X ने लीमा में
  Y से मुलाक़ात की', 'A और B ने ... को क्रेमलिन में लंबी बातचीत के बाद ... जारी किया';
- the leaders met: 'दोनों नेता ... टोक्यो में मिले', '... में मोदी और आबे मिले', 'दोनों नेता 2019 में ओसाका
  और 2022 में बाली में मिल चुके हैं', 'ओसाका (2019) और बाली (2022) में ...';
- both leaders signing together in a city: 'दोनों ने सोची में ही ... पर हस्ताक्षर किए थे';
- a leader's dated visit named as a list item: '(i) अगस्त २०१५ में प्रधानमंत्री की अबू धाबी और दुबई
  यात्रा, जो ...' (the first city).

Two leaders who talk on the sidelines of another grouping's summit ('एपेक शिखर सम्मेलन से
इतर', 'एससीओ की बैठक के इतर') still met: the city is where they met. The date is the day
stated before the talks in their own clause ('... 18 अक्टूबर को' takes the sentence's one year,
'उसी साल 15 सितंबर को' the year before); several dated places before one noun are one meeting
each ('3 जुलाई 2024 को अस्ताना में ... और 22 अक्टूबर 2024 को कज़ान में ... दोनों नेताओं की बैठक
हुई'). 'इसी शहर में' is the city told before, 'जहाँ' the city the leader went to; a report's
dateline gives its 'आज', a weekday and 'यहाँ', its headline's city the place of the day's talks.
A talk on a day within a visit's days dates the visit's summit ('... 25 से 27 अक्टूबर 2018 तक
... यात्रा पर गए ... और 26 अक्टूबर को बीजिंग में शी से वार्ता की').

Never a meeting: talks of ministers, officials or envoys; a body's meeting ('आयोग की बैठक',
'एपेक बैठक') or a relative clause's ('..., जिसकी पहली बैठक ...'); talks announced, planned, asked
for or denied ('वह ... शिखर वार्ता नहीं थी', '... से अलग माना जाता है', a paragraph that says no
meeting had a summit's status); talks with reporters or business.
"""

from __future__ import annotations

import re

from dataclasses import replace

from pipeline.parse.language.dates import Period, ascii_digits, day_month_in_year, find_periods
from pipeline.parse.prose.when import relative_year
from pipeline.parse.language.lexicon import Lexicon
from pipeline.parse.language.text import match_key
from pipeline.parse.layout.summits import CANCELLED, PLANNED, Place, is_hybrid, is_virtual
from pipeline.parse.layout.series import called_separate
from pipeline.parse.prose.visits import _DENIED
from pipeline.parse.prose.where import _known_city
from pipeline.parse.prose.words import MAX_PROSE_SENTENCE_CHARS, Mention


def _keys(words: str) -> frozenset[str]:
    return frozenset(match_key(w) for w in words.split())


_PUNCTUATION = "\"'“”‘’(),।;:—–."
_CUE = re.compile("|".join(match_key(w) for w in ("बातचीत", "वार्ता", "मुलाक़ात", "बैठक", "भेंट", "हस्ताक्षर", "मिले",
                                                  "मिलीं", "मिल चुक", "यात्रा", "दौरा", "दौरे", "चर्चा")))
_TALK = _keys("बातचीत वार्ता मुलाक़ात बैठक भेंट शिखर-वार्ता शिखर-बैठक भेंटवार्ता")
_DISCUSSED = match_key("चर्चा")  # 'दोनों नेताओं ने ... पर चर्चा की': only as what the leaders did
_HAPPENED = _keys("हुई हुआ हुए हुईं चली चला चले")
_HELD_PARTICIPLE = _keys("हुई हुए चली चले आयोजित")  # 'अबू धाबी में हुई वार्ता', 'छह घंटे चली वार्ता'
_DID = match_key("की")
_PAST_END = _keys("थी थीं था थे")
_AFTER = (match_key("के"), match_key("बाद"))
_AGENT = match_key("ने")
_IN = match_key("में")
_OF = _keys("की का के")
# who talked: the leaders (by office, as नेता, or both of them)
_LEADER_WORDS = _keys("प्रधानमंत्री राष्ट्रपति चांसलर नेता नेताओं राष्ट्राध्यक्ष राष्ट्राध्यक्षों शासनाध्यक्ष "
                      "शासनाध्यक्षों प्रधानमंत्रियों राष्ट्रपतियों सम्राट युवराज अमीर सुल्तान दोनों")
_NOT_BOTH_LEADERS = _keys("देशों पक्षों देश पक्ष सरकारों")  # 'दोनों देशों के बीच बातचीत': not said to be the leaders'
# talks of others: ministers, officials, envoys, negotiators
_OFFICIALS = _keys("मंत्री मंत्रियों मंत्रिस्तरीय मंत्री-स्तरीय मंत्रि-स्तरीय सचिव सचिवों अधिकारी अधिकारियों राजदूत राजदूतों शेरपा वार्ताकार "
                   "वार्ताकारों उपप्रधानमंत्री उप-प्रधानमंत्री उपराष्ट्रपति सांसद सांसदों प्रतिनिधिमंडलों")
# people a leader talks with who are not the other side's leader
_NOT_COUNTERPARTS = _keys("संवाददाताओं पत्रकारों मीडिया उद्योगपतियों व्यापारियों कारोबारियों निवेशकों उद्यमियों "
                          "समुदाय छात्रों विद्यार्थियों प्रवासी भारतीयों विपक्षी")
# whose meeting a noun is when not the leaders': a body's sitting, a kind of negotiation
_BODIES = _keys("आयोग समिति परिषद मंच समूह संगठन संसद कार्यदल फ़ोरम फोरम सम्मेलन व्यापार सीमा शांति")
_ANNOUNCED = tuple(match_key(w) for w in ("घोषणा", "योजना", "तैयारी", "संभावना", "प्रस्ताव", "तारीख", "उम्मीद",
                                          "पेशकश", "न्योता", "निमंत्रण", "माँग"))
_NOT_YET = re.compile("|".join(match_key(w) for w in (
    "होगी", "होगा", "होंगे", "करेंगे", "करेंगी", "जाएँगे", "जाएंगे", "प्रस्तावित", "नहीं", "वाली", "वाले", "वाला", "आगामी",
    "निमंत्रण", "आमंत्रण", "न्योता", "योजना", "संभावना")))
# where the talks' own clause begins
_RELATIVE_OWNERS = _keys("जिसकी जिसका जिसके जिनकी जिनका जिनके")
_HARD_BREAKS = _keys("जबकि लेकिन परंतु किंतु जहाँ जहां") | _RELATIVE_OWNERS
_WHEN = match_key("जब")
_DASHES = ("-", "—", "–")
_WHERE = _keys("जहाँ जहां")
_SAME_CITY = re.compile(r"(?:^|\s)(?:" + "|".join(match_key(w) for w in (
    "इसी शहर", "उसी शहर", "इसी नगर", "उसी नगर", "यहीं", "वहीं")) + r")(?=\s|$)")
_SAME_YEAR = re.compile(r"(?:^|\s)(?:इसी|उसी)\s+(?:साल|वर्ष)(?=\s|$)")
_CITY_WORDS = _keys("शहर नगर")
_THIS_THAT = _keys("इसी उसी इस उस किसी एक")
_IN_AT = _keys("में पर")
_ARRIVED = _keys("पहुँचे पहुंचे पहुँचीं पहुंचीं पहुँचा पहुंचा")
_SIGNED = match_key("हस्ताक्षर")
_MET = _keys("मिले मिलीं")
_MEET_STEM = match_key("मिल")
_ALREADY = _keys("चुके चुकी चुका")  # 'दोनों नेता ... मिल चुके हैं'
_SIGN_VERBS = _keys("किए किये")
_DOING = _keys("कर करके")
_SAT = _keys("बैठे बैठीं")
_FACE_TO_FACE = match_key("आमने-सामने")
_BOTH_SUBJECT = re.compile(r"(?:^|\s)" + match_key("दोनों") + r"\s+(?:" + match_key("नेताओं") + r"\s+)?" + match_key("ने")
                           + r"(?=\s)")
MAX_SPAN_WORDS = 45
MAX_AFTER_WORDS = 10
_CLAUSE_JOINS = _keys("और तथा एवं जबकि लेकिन परंतु किंतु जो जिसमें जहाँ जहां")
_ADJECTIVES = _keys("द्विपक्षीय शिखर औपचारिक अनौपचारिक संक्षिप्त लंबी पहली")
_HERE_THERE = _keys("यहीं वहीं यहाँ वहाँ")
# '...; वह भारत-जापान शिखर वार्ता नहीं थी', '... यह मुलाक़ात औपचारिक शिखर बैठक नहीं थी': not one of the series
_NOT_THIS = re.compile(r"(?:^|\s)(?:" + "|".join(match_key(w) for w in ("वह", "यह", "वे", "ये")) + r")\s+(?:\S+\s+){0,5}?(?:"
                       + "|".join(match_key(w) for w in ("सम्मेलन", "बैठक", "वार्ता", "भेंट", "मुलाक़ात", "यात्रा"))
                       + r")\s+" + match_key("नहीं") + r"(?=\s|$|[,।])")
# '... किसी मुलाक़ात को अलग द्विपक्षीय शिखर वार्ता का दर्जा नहीं मिला': the paragraph's meetings are not the series'
_NO_SUMMIT_STATUS = re.compile(match_key("दर्जा") + r"\s+" + match_key("नहीं"))
# '... किंतु उसे फोकैक की प्रक्रिया से अलग माना जाता है': the sentence sets its meeting apart
_APART = re.compile(match_key("अलग") + r"\s+(?:" + "|".join(match_key(w) for w in (
    "माना", "मानी", "माने", "गिना", "गिनी", "गिने", "रखा", "रखी", "रखे")) + r")(?=\s|$|[,।])")


def leaders_talks(sentence: str, lexicon: Lexicon, *, before: str | None = None, context_year: int | None = None,
                  last_place: Place | None = None, today: Period | None = None,
                  paragraph: str | None = None, dateline=None, headline_place: Place | None = None,
                  report_year: int | None = None) -> list[Mention]:
    """The leaders' talks the sentence states, each with its day (or month) and city.
    `before`: the sentence before, whose leaders an agentless sentence may continue ('इसके बाद
    ... मॉस्को में छह घंटे चली वार्ता में ...'); `last_place`: the city told last, which 'इसी
    शहर में' means; `today`: the day a release's 'आज' means."""
    key = match_key(sentence)
    if len(sentence) > MAX_PROSE_SENTENCE_CHARS or not _CUE.search(key):
        return []
    if paragraph is not None and "नहीं" in paragraph and _NO_SUMMIT_STATUS.search(match_key(paragraph)):
        return []  # '... नेता कई बार मिले, लेकिन किसी मुलाक़ात को ... शिखर वार्ता का दर्जा नहीं मिला। ...'
    if _DENIED.search(key) or _APART.search(key) or _NOT_THIS.search(key) or called_separate(sentence):
        return []  # '... भेंट की थी — वह स्मारक सम्मेलन नहीं था', '... बैठक की थी, किंतु उसे ... प्रक्रिया से अलग माना जाता है'
    words = sentence.split()
    keys = [match_key(w.strip(_PUNCTUATION)) for w in words]
    periods = find_periods(sentence)
    # (word index of each date, from its offset in the match key: '(2019)' is one word with its bracket)
    dated = [(len(key[:start].split()) - (start > 0 and not key[start - 1].isspace()), period)
             for start, _, period in periods]
    years = {p.year for _, p in dated}
    found: list[Mention] = []
    for i, k in enumerate(keys):
        if k in _TALK:
            ok = _took_place(words, keys, i)
        elif k in _MET or (k == _MEET_STEM and keys[i + 1:i + 2] and keys[i + 1] in _ALREADY) or (
                k in _SAT and i > 0 and keys[i - 1] == _FACE_TO_FACE):  # 'दोनों फिर आमने-सामने बैठे'
            # '... की पूर्व संध्या पर दोनों फिर मिले', 'दोनों नेता ... में मिले', '... में मोदी और आबे मिले'
            ok = _leaders(keys[_span_start(words, keys, i):i]) or _two_named(words, keys, i + 1, lexicon, verb=True)
        elif k == _DISCUSSED:
            ok = (keys[i + 1:i + 2] == [_DID] and _AGENT in keys[:i]
                  and _leaders(keys[max(0, i - MAX_SPAN_WORDS):i]))
        elif k in _VISIT_NOUNS:
            visit = _dated_visit(words, keys, i, dated, lexicon)
            if visit is not None and not any(m.period == visit.period for m in found):
                found.append(visit)
            continue
        elif k == _SIGNED:
            ok = keys[i + 1:i + 2] and keys[i + 1] in _SIGN_VERBS and _BOTH_SUBJECT.search(" ".join(keys[:i])) is not None
        else:
            continue
        if not ok:
            continue
        start = _span_start(words, keys, i)
        span = keys[start:i]
        told = " ".join(keys[start:min(len(keys), i + 4)])
        if (_OFFICIALS & set(span) or _NOT_COUNTERPARTS & set(span) or _NOT_YET.search(told)
                or PLANNED.search(told) or CANCELLED.search(told) or _owned_by_a_body(words, keys, i, lexicon)):
            continue
        # (a relative clause's meeting is its antecedent's: '... परिषद बनाने का फ़ैसला हुआ, जिसकी पहली बैठक ...')
        scope = keys[start:i + 1] if keys[start] in _RELATIVE_OWNERS else keys[:i + 1]
        after_noun = keys[i + 1:i + 5] if keys[i + 1:i + 2] == [_IN] else []  # 'बैठक में दोनों देशों ने ...'
        continued = before is not None and _AGENT not in keys and _leaders(
            [match_key(w.strip(_PUNCTUATION)) for w in before.split()])
        if not (_leaders(scope + after_noun) or _two_named(words, keys, i + (k in _MET), lexicon, verb=k in _MET)
                or continued):
            continue
        end = _placed_then_happened(keys, i, words) or i  # (the city may stand between the noun and its verb)
        for period, place, from_context in _dated_places(words, keys, start, i, end, dated, years, lexicon,
                                                         context_year, last_place, today, dateline,
                                                         headline_place if _now(keys, end) else None,
                                                         report_year, before):
            # (a talk with no city is kept only to date a visit the sentence tells: see `with_talks`)
            online = place is None and is_virtual(" ".join(words[start:i + 1])) and not is_hybrid(sentence)
            mode = "virtual" if online else "in_person"
            mention = Mention(period, place, None, "held", mode, from_context, visit=True)
            if not any(m.period == period for m in found):
                found.append(mention)
    return found


_VISIT_NOUNS = _keys("यात्रा दौरा दौरे")
_VISIT_KINDS = _keys("राजकीय आधिकारिक औपचारिक अनौपचारिक द्विपक्षीय कामकाजी जवाबी पहली ऐतिहासिक")
_THEIR = _keys("उनकी उनका उनके इनकी इनका इनके")
# what may follow a visit named as an item of a list: its end, or a relative clause about it
_ITEM_END = _keys("जो जिस जिसमें जिसके जिसकी जिसका जिन्होंने")
_ANOTHER_EVENT = re.compile("|".join(match_key(w) for w in (
    "सम्मेलन", "शिखर", "शपथ", "अंतिम संस्कार", "अंत्येष्टि", "इलाज", "उपचार", "निजी")))


def _dated_visit(words: list[str], keys: list[str], i: int, dated: list[tuple[int, Period]],
                 lexicon: Lexicon) -> Mention | None:
    """'(i) अगस्त २०१५ में प्रधानमंत्री की अबू धाबी और दुबई यात्रा, जो ...', 'जनवरी २०१७ में ... उनकी नई दिल्ली
    यात्रा;': a leader's visit to a city, named with its date as an item of a list (the visit
    noun ends its item or opens a relative clause); the city is the first one named."""
    if not (words[i].endswith((",", ";", "।")) or i + 1 == len(words) or keys[i + 1] in _ITEM_END):
        return None  # ('... यात्रा की', '... यात्रा के दौरान': `visits` reads a visit made)
    j = i - 1
    while j >= 0 and keys[j] in _VISIT_KINDS:
        j -= 1
    city = _city_ending(words, keys, j + 1, lexicon)
    if city is None:
        return None
    at, place = city
    if at >= 2 and keys[at - 1] == match_key("और"):
        first = _city_ending(words, keys, at - 1, lexicon)  # 'अबू धाबी और दुबई यात्रा': the first city
        if first is not None:
            at, place = first
    if at < 1 or not (keys[at - 1] in _THEIR or (keys[at - 1] in _OF and _leaders(keys[max(0, at - 5):at - 1]))):
        return None  # whose visit: a leader's ('प्रधानमंत्री की', 'तत्कालीन युवराज की', 'उनकी')
    start = _span_start(words, keys, i)
    for k in range(at - 1, start - 1, -1):
        if keys[k] in _keys("और तथा") or words[k].endswith((",", ";")):
            start = k + 1  # '..., और जनवरी २०१७ में ... उनकी नई दिल्ली यात्रा': this visit's own stretch
            break
    # a date told in the item's clause ('अगस्त २०१५ में ...'), not a list label ('**2016**: ...')
    inside = [p for w, p in dated if start <= w < at and p.precision in ("day", "month", "year")
              and _told_in_clause(words, keys, w, p)]
    told = " ".join(keys[start:i + 1])
    if len(inside) != 1 or _OFFICIALS & set(keys[start:i]) or _ANOTHER_EVENT.search(told) or _NOT_YET.search(told):
        return None
    return Mention(inside[0], place, None, "held", "in_person", False, visit=True)


def _told_in_clause(words: list[str], keys: list[str], w: int, period: Period) -> bool:
    """The date at word `w` is followed by 'में' or 'को' (after its year)."""
    year = str(period.year)
    for k in range(w, min(len(words), w + 4)):
        if year in ascii_digits(words[k]):
            return k + 1 < len(keys) and keys[k + 1] in _keys("में को") and not words[k].endswith((":", ";", ","))
    return False


def _city_ending(words: list[str], keys: list[str], end: int, lexicon: Lexicon) -> tuple[int, Place] | None:
    """The known city of the one or two words ending right before `end`."""
    for n in (2, 1):
        if end - n < 0:
            continue
        name = " ".join(w.strip(_PUNCTUATION) for w in words[end - n:end])
        place = _known_city(name, lexicon)
        if place is not None and len(place.city.split()) == n:
            return end - n, place
    return None


def _took_place(words: list[str], keys: list[str], i: int) -> bool:
    """The talks took place: 'बातचीत चली', 'बैठक हुई', 'मुलाक़ात से हुई', 'हुई वार्ता', 'X ने ... वार्ता की
    (थी)', 'A और B ने ... बातचीत के बाद ... किया' (not 'वार्ता की घोषणा')."""
    after = keys[i + 1:i + 4]
    if after[:1] and after[0] in _HAPPENED:
        return True
    if _placed_then_happened(keys, i, words):
        return True  # 'दोनों की मुलाक़ात इसी शहर में हुई थी'
    if _turned_out(keys, i, words):
        return True  # '... पार्क और शी की बातचीत लगभग पूरी तरह थाड के मुद्दे पर केंद्रित रही'
    if after[:2] and after[0] == match_key("से") and after[1:2] and after[1] in _HAPPENED:
        return True  # '... की संक्षिप्त मुलाक़ात से हुई': what began with the meeting
    if i > 0 and keys[i - 1] in _HELD_PARTICIPLE:
        return True
    # 'X ने ... वार्ता की', '... शी से वार्ता की': someone held them, or held them with someone
    agent = _AGENT in keys[:i] or (i > 0 and keys[i - 1] in _keys("से उनसे साथ"))
    if after[:1] == [_DID] and agent and (len(after) == 1 or after[1] in _PAST_END or after[1] in _keys("और तथा")
                                          or words[i + 1].endswith((",", "।", ";", "."))):
        return True
    if after[:1] and after[0] in _DOING and agent and _AGENT in keys[:i]:
        return True  # 'X ने ... शी से वार्ता कर संबंधों को ...': held them, then did more
    if tuple(after[:2]) == _AFTER and agent and any(k in _keys("किया किए की") for k in keys[i + 3:]):
        return True
    return False


_TURNED_OUT = _keys("रही रहा रहे रहीं")


def _turned_out(keys: list[str], i: int, words: list[str]) -> bool:
    """'बातचीत सौहार्दपूर्ण रही', 'वार्ता ... पर केंद्रित रही': what the talks were like, so they were held
    (a 'रही' in the noun's own clause, before any other talk)."""
    for k in range(i + 1, min(len(keys), i + 1 + MAX_AFTER_WORDS + 1)):
        if keys[k] in _TURNED_OUT:
            return k > i + 1
        if keys[k] in _TALK or keys[k] in _CLAUSE_JOINS or words[k].endswith((",", ";", "।")):
            return False
    return False


def _placed_then_happened(keys: list[str], i: int, words: list[str] | None = None) -> int | None:
    """The index of 'हुई' in 'मुलाक़ात इसी शहर में हुई', 'बैठक यहीं हुई', 'पिछली मुलाक़ात नवंबर 2022 में
    बाली में जी-20 शिखर सम्मेलन के दौरान हुई थी': a place (and a date, an occasion) between the noun
    and its verb, in one clause."""
    for k in range(i + 1, min(len(keys), i + 1 + MAX_AFTER_WORDS + 1)):
        if keys[k] in _HAPPENED:
            between = keys[i + 1:k]
            return k if between and (set(between) & (_IN_AT | _HERE_THERE)) else None
        if keys[k] in _TALK or keys[k] in _CLAUSE_JOINS or (words is not None and words[k].endswith((",", ";", "।"))):
            return None
    return None


def _span_start(words: list[str], keys: list[str], i: int) -> int:
    """The first word of the talks' own clause: after a semicolon, a dash or a word that opens
    another clause ('जबकि', 'जहाँ'), at most MAX_SPAN_WORDS back."""
    for k in range(i - 1, max(-1, i - MAX_SPAN_WORDS - 1), -1):
        if keys[k] in _HARD_BREAKS:
            return k  # (kept: 'जहाँ' says where)
        if keys[k] == _WHEN and any(re.search(r"[0-9०-९]", w) for w in words[k + 1:i]):
            return k  # '... जुलाई 2014 में ... आए थे, जब 3 जुलाई को ... वार्ता की थी': the clause's own day
        if words[k].endswith((";", "।")) or words[k] in _DASHES:
            return k + 1
    return max(0, i - MAX_SPAN_WORDS)


def _owned_by_a_body(words: list[str], keys: list[str], i: int, lexicon: Lexicon) -> bool:
    """'संयुक्त आयोग की बैठक', 'एपेक बैठक', 'व्यापार वार्ता', 'वार्ता की घोषणा': a meeting that is not
    the leaders' talk."""
    if keys[i + 1:i + 2] and keys[i + 1] in _OF and keys[i + 2:i + 3] and keys[i + 2].startswith(_ANNOUNCED):
        return True
    j = i - 1
    while j >= 0 and keys[j] in _ADJECTIVES:
        j -= 1
    if j >= 0 and keys[j] in _OF:
        j -= 1
    if j < 0:
        return False
    owner = words[j].strip(_PUNCTUATION)
    # 'British–Irish Council की पहली बैठक': a body named in Latin letters
    return keys[j] in _BODIES or re.search(r"[0-9०-९]|^[A-Z]", owner) is not None or (
        lexicon.lookup(owner, ("organisation",)) is not None)


def _leaders(keys: list[str]) -> bool:
    for k, key in enumerate(keys):
        # 'दोनों देशों के बीच बातचीत' may be anyone's; 'बैठक में दोनों देशों ने ... घोषणा की' is the sides'
        if key in _LEADER_WORDS and not (key == match_key("दोनों") and keys[k + 1:k + 2]
                                         and keys[k + 1] in _NOT_BOTH_LEADERS and keys[k + 2:k + 3] != [_AGENT]):
            return True
    return False


def _two_named(words: list[str], keys: list[str], i: int, lexicon: Lexicon, *, verb: bool = False) -> bool:
    """'शिंजो आबे और शी की संक्षिप्त मुलाक़ात', 'मोदी और आबे की ... को टोक्यो में हुई मुलाक़ात', '... में
    मोदी और आबे मिले' (`verb`): two people joined by 'और' own the talks or met (not two countries
    or bodies the lexicon knows: 'भारत और चीन की बैठक')."""
    if verb:
        j = i - 1  # right before the verb
    else:
        start = _span_start(words, keys, i)
        j = next((k for k in range(i - 1, start + 2, -1) if keys[k] == match_key("की") and keys[k - 2] == match_key("और")),
                 None)
        if j is None:
            return False
    if j < 3 and not (verb and j >= 2):
        return False
    second, joined, first = (words[j - 1].strip(_PUNCTUATION), keys[j - 2], words[j - 3].strip(_PUNCTUATION)) if not verb \
        else (words[j - 1].strip(_PUNCTUATION), keys[j - 2], words[j - 3].strip(_PUNCTUATION) if j >= 3 else "")
    return (joined == match_key("और") and bool(first) and not re.search(r"[0-9०-९]", first + second)
            and not any(lexicon.lookup(name) for name in (first, second))
            and not {match_key(first), match_key(second)} & (_OFFICIALS | _NOT_BOTH_LEADERS | _NOT_COUNTERPARTS))


def _dated_places(words: list[str], keys: list[str], start: int, i: int, end: int, dated: list[tuple[int, Period]],
                  years: set[int], lexicon: Lexicon, context_year: int | None, last_place: Place | None,
                  today: Period | None, dateline=None, headline_place: Place | None = None,
                  report_year: int | None = None, before: str | None = None):
    """(day, city, whether the year came from the sentence before) of each meeting before the noun.
    A report's dateline gives the day its 'आज', a weekday or a day without a year means, and the
    city its 'यहाँ' means; the headline's city is the place of the day's talks it announces."""
    inside = [(at, p) for at, p in dated if start <= at < end and p.precision in ("day", "month", "year")]
    from_context = False
    if not inside:
        year = context_year if _SAME_YEAR.search(" ".join(keys[start:i])) else (
            next(iter(years)) if len(years) == 1 else None)
        day = day_month_in_year(" ".join(words[start:i]), year) if year is not None else None
        if day is None and today is not None and match_key("आज") in keys[start:i]:
            day = today
        if day is None and dateline is not None:
            day = dateline.period_of(" ".join(keys[start:end]))  # 'सोमवार को', 'आज' in a dated report
        if day is None and (context_year or report_year):
            # 'पिछले साल सितंबर में', 'उसी वर्ष जून में': counted from the report's year or the date before
            day = relative_year(" ".join(words[start:i]), context_year, report_year, before or "")
        if day is None:
            return []
        # ('उसी साल 15 सितंबर को': the year of the sentence before, quoted with it)
        from_context = _SAME_YEAR.search(" ".join(keys[start:i])) is not None and day.year == context_year
        inside = [(next((k for k in range(start, i) if re.search(r"[0-9०-९]", words[k])), start), day)]
    out = []
    named_before = [_city_ending(words, keys, at, lexicon) if words[at].startswith("(") else None for at, _ in inside]
    for n, (at, period) in enumerate(inside):
        until = inside[n + 1][0] if n + 1 < len(inside) else end
        if named_before[n] is not None:
            # 'ओसाका (2019) और बाली (2022) में मिल चुके हैं': the city the year is bracketed after
            out.append((period, named_before[n][1], from_context))
            continue
        place = _city_in(words, keys, at, until, lexicon)
        if place is None and len(inside) == 1:
            place = _city_in(words, keys, start, end, lexicon) or _where_before(words, keys, start, lexicon)
        if place is None and len(inside) > 1:
            place = _bare_city(words, at, until, lexicon)  # '2019 में ओसाका और 2022 में बाली में मिल चुके हैं'
        if place is None and _SAME_CITY.search(" ".join(keys[at:until])) and last_place is not None:
            place = last_place
        if place is None and len(inside) == 1 and dateline is not None and dateline.place is not None and (
                dateline.place.city and _HERE & set(keys[start:end + 1])):
            place = dateline.place  # '... के बीच सोमवार को यहाँ शिखर वार्ता हुई'
        if place is None and len(inside) == 1 and headline_place is not None and headline_place.city:
            place = headline_place  # 'टोक्यो में मोदी-किशिदा शिखर वार्ता' over '... के बीच शुक्रवार को लंबी बातचीत हुई'
        if place is None and len(inside) > 1 and n + 1 < len(inside):
            continue
        out.append((period, place, from_context))
    return out


_HERE = _keys("यहाँ यहां यहीं")
_EARLIER = _keys("पिछली पिछले पिछला पहली पहले पूर्व इससे उससे तत्कालीन")


def _now(keys: list[str], end: int) -> bool:
    """The talks are told as the report's news: not in the pluperfect ('... मिले थे'), not as an
    earlier meeting ('पिछली मुलाक़ात', 'तत्कालीन प्रधानमंत्री')."""
    return not (set(keys[end + 1:end + 3]) & _PAST_END or _EARLIER & set(keys[:end]))


def _bare_city(words: list[str], begin: int, end: int, lexicon: Lexicon) -> Place | None:
    """'2019 में ओसाका और 2022 में ...': the known city right after the date's 'में', before the 'और' that
    opens the next dated place (several dated places, one verb)."""
    keys = [match_key(w.strip(_PUNCTUATION)) for w in words[begin:end]]
    if len(keys) < 4 or keys[1] != _IN or keys[-1] not in _keys("और तथा"):
        return None
    found = _city_ending(words, [], end - 1, lexicon)
    return found[1] if found is not None and found[0] == begin + 2 else None


def _city_in(words: list[str], keys: list[str], begin: int, end: int, lexicon: Lexicon) -> Place | None:
    """The known city of the last 'X में' (or 'X शहर में') between begin and end."""
    for k in range(end - 1, begin, -1):
        if keys[k] not in _IN_AT and keys[k] not in _ARRIVED:
            continue  # ('... राजकीय यात्रा पर बीजिंग पहुँचे और उसी दिन शी के साथ वार्ता की': where they arrived)
        last = k
        if keys[k - 1] in _CITY_WORDS and k - 2 >= begin and keys[k - 2] not in _THIS_THAT:
            city = _known_city(words[k - 2].strip(_PUNCTUATION), lexicon)
            # 'दक्षिण कोरिया के ग्योंगजू शहर में': the text says the name is a city's
            return city or Place(words[k - 2].strip(_PUNCTUATION), "city")
        name = " ".join(w.strip(_PUNCTUATION) for w in words[max(begin, last - 2):last])
        city = _known_city(name, lexicon)
        if city is not None and not any(words[j].endswith((",", ";", "।")) for j in range(max(begin, last - 2), last - 1)):
            return city
        venue = _venue_city(words, keys, begin, last, lexicon)
        if venue is not None:
            return venue
    return None


MAX_VENUE_WORDS = 3


def _venue_city(words: list[str], keys: list[str], begin: int, at: int, lexicon: Lexicon) -> Place | None:
    """'ग्योंगजू के राष्ट्रीय संग्रहालय में', 'बीजिंग के ग्रेट हॉल में': the known city whose venue the
    talks were in (a 'के' after the city, one to three words of the venue, then 'में')."""
    for n in range(1, MAX_VENUE_WORDS + 1):
        of = at - n - 1
        if of - 1 < begin or any(words[j].endswith((",", ";", "।")) for j in range(of - 1, at)):
            return None
        if keys[of] == match_key("के"):  # ('नई दिल्ली के हैदराबाद हाउस में': the city's two words)
            return _known_city(" ".join(w.strip(_PUNCTUATION) for w in words[max(begin, of - 2):of]), lexicon)
    return None


def _where_before(words: list[str], keys: list[str], start: int, lexicon: Lexicon) -> Place | None:
    """'... बीजिंग गए, जहाँ ...': the city the clause before 'जहाँ' went to or was in."""
    if start >= len(keys) or keys[start] not in _WHERE:
        return None
    for k in range(start - 1, max(-1, start - 4), -1):
        city = _known_city(words[k].strip(_PUNCTUATION), lexicon)
        if city is not None:
            return city
    return None


def with_talks(found: list[Mention], sentence: str, lexicon: Lexicon, **context) -> list[Mention]:
    """The summits found so far, and the leaders' talks of the sentence not among them; a talk
    on a day within a visit's days found in the same sentence dates that visit's summit."""
    placed = [m.place for m in found if m.place is not None and m.place.city is not None]
    if placed:
        context["last_place"] = placed[-1]  # '... सोची पहुँचे, और ... दोनों की मुलाक़ात इसी शहर में हुई थी'
    talks = leaders_talks(sentence, lexicon, **context)
    out = [_bracketed_day(m, sentence) for m in _online_without_a_city(found, sentence)]
    for talk in talks:
        # a visit's days or month ('25 से 27 अक्टूबर तक ... यात्रा', 'अक्टूबर 2023 में ... गए, जहाँ 18 अक्टूबर को ...')
        within = next((k for k, m in enumerate(out) if m.period.end != m.period.start and m.period.precision in (
            "day", "month") and talk.period.precision == "day" and m.period.start <= talk.period.start <= m.period.end
            and (talk.place is None or m.place is None or m.place == talk.place)), None)
        if within is not None:
            out[within] = replace(out[within], period=talk.period)
            continue
        if talk.place is None and talk.mode != "virtual":
            continue
        if not any(m.period.year == talk.period.year and (m.place == talk.place or m.place is None or talk.place is None)
                   for m in out):
            out.append(talk)
    return out


_BRACKETED = re.compile(r"\(([^()]{3,20})\)")


def _bracketed_day(mention: Mention, sentence: str) -> Mention:
    """'सितंबर 2021 के आख़िरी हफ़्ते (29 सितंबर) में ... सोची पहुँचे': the one day in brackets of the
    month a meeting was dated by dates it."""
    if mention.period.precision != "month" or "(" not in sentence:
        return mention
    days = [d for text in _BRACKETED.findall(sentence) if (d := day_month_in_year(text, mention.period.year)) is not None
            and d.precision == "day" and d.start == d.end and mention.period.start <= d.start <= mention.period.end]
    return replace(mention, period=days[0]) if len(days) == 1 else mention


def _online_without_a_city(found: list[Mention], sentence: str) -> list[Mention]:
    """'X ने ३ मार्च २०१८ को नई दिल्ली में ... वार्ता की, तथा २१ दिसंबर २०२० को ... वर्चुअल शिखर सम्मेलन में
    ...': the city stands before the online summit's day, in the clause of another dated meeting there;
    the online summit names no city of its own."""
    if not any(m.mode == "virtual" and m.place is not None for m in found):
        return list(found)
    starts = {period: start for start, _, period in find_periods(sentence)}
    out = []
    for m in found:
        if m.mode == "virtual" and m.place is not None and m.place.city and m.period in starts:
            at = sentence.find(m.place.city)
            claimed = [o for o in found if o is not m and o.place == m.place and o.period != m.period
                       and o.period in starts and starts[o.period] < at]
            if claimed and 0 <= at < starts[m.period] and sentence.find(m.place.city, starts[m.period]) < 0:
                m = replace(m, place=None)
        out.append(m)
    return out


_VISIT_WORDS = re.compile("|".join(match_key(w) for w in ("यात्रा", "दौरे", "दौरा")))
_TALK_WORDS = re.compile("|".join(match_key(w) for w in ("वार्ता", "बातचीत", "मुलाक़ात", "बैठक", "भेंट")))


def talks_day_of_a_visit(visit_text: str, visit: Period, talks_text: str, day: Period) -> bool:
    """'... ने २३ से २६ जनवरी २०२५ तक भारत की राजकीय यात्रा की' and '२५ जनवरी २०२५ को ... शिखर वार्ता हुई':
    one meeting told twice, as a visit of several days and as talks on one of them; the meeting's
    day is the talks' (the visit is not the summit's span)."""
    return (visit.precision == "day" and visit.end != visit.start and day.precision == "day" and day.start == day.end
            and visit.start <= day.start <= visit.end and _VISIT_WORDS.search(match_key(visit_text)) is not None
            and _TALK_WORDS.search(match_key(talks_text)) is not None
            and _TALK_WORDS.search(match_key(visit_text)) is None)


def with_sides(series: str, sides: list[str | None], lexicon: Lexicon) -> str:
    """The series' name and every spelling of its two sides the title does not hold ('यूएई' for
    'संयुक्त अरब अमीरात'; 'भारत' where the title names only the Prime Minister): a summit named
    after the pair ('भारत-यूएई शिखर सम्मेलन') is the series' own, not another grouping's."""
    key = match_key(series)
    # (countries only: a bloc's name alone names its own summits, 'अरब लीग शिखर सम्मेलन', not the pair's)
    names = [h for english in sides if english for h in lexicon.spellings(english, "country")
             if match_key(h) not in key]
    return f"{series} ({', '.join(dict.fromkeys(names))})" if names else series
