"""Members named one at a time, wherever the document says so: a country said to be a member or
full partner of the series, or admitted as one (`one_member`), and countries said to have joined
it or taken part in one of its meetings (`joined_members`), and countries named as among those
that took part ('भारत समेत 185 देशों के प्रतिनिधियों ने भाग लिया', `included_members`) or whose leaders
did (`took_part`).
"""

from __future__ import annotations

import re

from pipeline.parse.geo.gazetteer import countries
from pipeline.parse.language.dates import ORDINAL_WORDS
from pipeline.parse.language.lexicon import Lexicon
from pipeline.parse.parties.leaders import leaders_of
from pipeline.parse.parties.names import MAX_PARTY_WORDS, known_names, party_kind
from pipeline.parse.parties.not_sides import _OBSERVER
from pipeline.parse.language.text import key_alternatives, match_key, split_sentences

# "... और भारत 2008 के बीजिंग सम्मेलन से असेम का पूर्ण भागीदार है": one country said to be a member.
_ONE_MEMBER = re.compile(
    r"^(?P<name>\S+(?:\s\S+)?)\s(?:.*?\s)?(?P<of>\S+)\s+(?:का|की|के)\s+(?:पूर्ण\s+|स्थायी\s+|संस्थापक\s+)?"
    r"(?:भागीदार|सदस्य)\s+(?:है|हैं|बना|बनी|बन\s+गया)(?=[\s।,.]|$)"
)
# "तुर्कमेनिस्तान 2005 से सहयोगी सदस्य के रूप में भाग लेता है": one country said to take part as a member.
_AS_MEMBER = re.compile(
    r"^(?P<name>\S+(?:\s\S+)?)\s(?:.*?\s)?(?:पूर्ण\s+|सहयोगी\s+|संस्थापक\s+|स्थायी\s+)?सदस्य\s+के\s+रूप\s+में\s+"
    r"(?:भाग\s+(?:लेता|लेती|लेते)|शामिल)(?=[\s।,.]|$)"
)
# "... के दौरान अज़रबैजान को संगठन के नौवें सदस्य के रूप में शामिल किया गया": a country admitted.
_ADMITTED = re.compile(
    r"(?:^|\s)(?P<name>\S+(?:\s\S+)?)\s+को\s+(?:\S+\s+){0,4}?(?:पूर्ण\s+|स्थायी\s+)?(?:सदस्य|भागीदार)"
    r"(?:\s+के\s+रूप\s+में)?\s+(?:शामिल\s+(?:किया|की|कर)|बनाया)(?=[\s।,.]|$)"
)
_CLAUSES = re.compile(r"\s(?:और|तथा)\s|,\s|[;।]")


def one_member(text: str, title: str, lexicon: Lexicon) -> str | None:
    """A country a clause opens with and says is a member or full partner of the series (not
    of another group: 'भारत G20 का सदस्य है' in a document on APEC)."""
    title_key = match_key(title)
    for clause in _CLAUSES.split(text):
        clause = clause.strip()
        admitted = _ADMITTED.search(clause)
        if admitted is not None and not _OBSERVER.search(match_key(clause)):
            words = admitted["name"].split()
            for name in (" ".join(words), words[-1]):
                if lexicon.lookup(name, ("country",)):
                    return name
        match = _ONE_MEMBER.match(clause) or _AS_MEMBER.match(clause)
        if match is None or _OBSERVER.search(match_key(clause)):
            continue
        group = match.groupdict().get("of")
        if group is not None and match_key(group) not in title_key and (
                lexicon.lookup(group, ("organisation",)) or re.fullmatch(r"[A-Z][A-Za-z0-9-]+", group)):
            continue
        words = match["name"].split()
        for name in (" ".join(words), words[0]):
            if lexicon.lookup(name, ("country",)):
                return name
    return None


# 'ऑस्ट्रेलिया और न्यूज़ीलैंड बाद में इस प्रक्रिया से जुड़े', 'फ़्रेंच पोलिनेशिया तथा न्यू कैलेडोनिया ने
# पहली बार 2018 की बैठक में भाग लिया': countries that joined the series or took part in a meeting.
_JOINED_SERIES = re.compile(
    r"\s(?:" + "|".join(match_key(w) for w in ("प्रक्रिया", "मंच", "समूह", "संगठन", "बैठकों", "सम्मेलनों")) + r")\s+"
    + match_key("से") + r"\s+(?:" + "|".join(match_key(w) for w in ("जुड़े", "जुड़ा", "जुड़ी", "जुड़")) + r")(?=[\s,।.]|$)"
)
# 'हैती (2006) और निकारागुआ (2007) भी इसके सदस्य बने', 'इक्वाडोर और होंडुरास भी कुछ समय तक इसके सदस्य रहे',
# 'क्यूबा भी समूह में शामिल हुआ', '... भी इसका हिस्सा बना', '... को इसकी सदस्यता मिली', '... ने इसकी सदस्यता ग्रहण
# की': countries that became (or were for a time) members of this group.
_GROUP_NOUNS = ("समूह", "संगठन", "मंच", "गठबंधन", "संघ", "समुदाय", "परिषद", "फ़ोरम", "प्रक्रिया", "पहल", "गठजोड़")


_THIS_GROUP = r"(?:" + key_alternatives("इस", "उस") + r"\s+)?" + key_alternatives(*_GROUP_NOUNS)
_OF_THIS = r"(?:" + key_alternatives("इसके", "इसकी", "इसका", "उसके", "उसकी", "उसका") + r"|" + _THIS_GROUP + r"\s+" + key_alternatives("के", "की", "का") + r")\s+"
_BECAME = key_alternatives("बने", "बना", "बनी", "बन गए", "बन गया", "बन गई", "रहे", "रहा", "रही", "रह चुके", "रह चुका", "रह चुकी")
# '... को (2012 में) (इसकी) (पूर्ण) सदस्यता ...': this group's membership, not another's ('भारत को एससीओ की सदस्यता')
_MEMBERSHIP = (r"\s+(?:" + match_key("भी") + r"\s+)?(?:\S+\s+" + match_key("में") + r"\s+)?(?:(?:" + key_alternatives("इसकी", "उसकी")
               + r"|" + _THIS_GROUP + r"\s+" + match_key("की") + r")\s+)?(?:" + key_alternatives("पूर्ण") + r"\s+)?" + match_key("सदस्यता") + r"\s+")
_BECAME_MEMBERS = re.compile(r"\s(?:" + "|".join((
    _OF_THIS + r"(?:" + key_alternatives("पूर्ण", "स्थायी", "नए", "नया") + r"\s+)?" + key_alternatives("सदस्य", "भागीदार", "हिस्सा") + r"\s+" + _BECAME,
    r"(?:" + key_alternatives("इसमें", "उसमें") + r"|" + _THIS_GROUP + r"\s+" + match_key("में") + r")\s+" + match_key("शामिल") + r"\s+"
    + key_alternatives("हुआ", "हुई", "हुए", "हो गया", "हो गई", "हो गए"),
    match_key("को") + _MEMBERSHIP + key_alternatives("मिली", "मिल गई", "दी गई", "प्रदान की गई"),
    match_key("ने") + _MEMBERSHIP + key_alternatives("ग्रहण की", "ली", "हासिल की"),
)) + r")(?=[\s,।.]|$)")
_TOOK_PART = re.compile(
    r"\s" + match_key("ने") + r"\s+(?:\S+\s+){0,6}?(?:" + "|".join(match_key(w) for w in ("बैठक", "सम्मेलन", "शिखर"))
    + r")\s+(?:\S+\s+){0,2}?" + match_key("में") + r"\s+" + match_key("भाग") + r"\s+" + match_key("लिया") + r"(?=[\s,।.\[]|$)"
)
# 'दूसरे दौर में बहरीन और ओमान भी शामिल हुए': countries that joined one numbered meeting of the series
_JOINED_A_MEETING = re.compile(
    r"^\s*(?:\S+\s+)?(?:" + "|".join(sorted(ORDINAL_WORDS, key=len, reverse=True)) + r"|[0-9०-९]{1,3}(?:वें|वीं))\s+(?:"
    + match_key("शिखर") + r"\s+)?" + key_alternatives("दौर", "सम्मेलन", "बैठक", "शिखर") + r"\s+" + match_key("में")
    + r"\s+(?:\S+\s+){1,8}?(?:" + match_key("भी") + r"\s+)?" + match_key("शामिल") + r"\s+" + key_alternatives("हुए", "हुआ", "हुई", "हुईं")
    + r"(?=[\s,।.]|$)"
)
MAX_SUBJECT_WORDS = 15


def joined_members(text: str, lexicon: Lexicon) -> list[str]:
    """The countries a clause says joined the series ('... इस प्रक्रिया से जुड़े', 'क्यूबा भी समूह में
    शामिल हुआ'), became or were for a time its members ('A और B भी कुछ समय तक इसके सदस्य रहे') or took
    part in one of its meetings ('... ने पहली बार 2018 की बैठक में भाग लिया'): the subject's countries
    (not when the group is another one: 'भारत शंघाई सहयोग संगठन में शामिल हुआ'),
    not one named only in a genitive ('भारत के प्रधानमंत्री ने ...'), and none in a clause that
    calls them observers, guests or outreach."""
    found: list[str] = []
    # '..., और ... ने पहली बार 2018 की बैठक में भाग लिया': a comma before और joins two clauses
    for clause in re.split(r"[;।]|,?\s+जबकि\s+|,\s+(?:और|तथा)\s+", text):
        key = match_key(clause)
        match = (_JOINED_SERIES.search(key) or _TOOK_PART.search(key) or _BECAME_MEMBERS.search(key)
                 or _joined_a_meeting(key))
        if match is None or _OBSERVER.search(key) or _another_group(key[:match.end()], lexicon):
            continue
        subject = " ".join(clause.split()[:len(key[:match.start()].split())])  # the same words, as written
        if len(subject.split()) > MAX_SUBJECT_WORDS:
            continue
        for name in dict.fromkeys(known_names(subject, lexicon) + _iso_names(subject, lexicon)):
            if party_kind(name, lexicon) == "country" and not re.search(
                    re.escape(name) + r"\s+(?:के|की|का)\s", subject):
                found.append(name)
    return found


def _joined_a_meeting(key: str) -> re.Match[str] | None:
    """'दूसरे दौर में बहरीन और ओमान भी शामिल हुए': the verb ends the match, so the words before it
    (the meeting, then the countries) are the subject."""
    match = _JOINED_A_MEETING.match(key)
    return _SHAMIL.search(key, match.start()) if match is not None else None


_SHAMIL = re.compile(r"\s(?:" + match_key("भी") + r"\s+)?" + match_key("शामिल") + r"\s")


# A timeline's line in notes, telegraphic: '2008: युगांडा शामिल।', '2009 — इक्वाडोर सदस्य बना', '2012: केन्या भी जुड़ा'.
_TIMELINE_JOINED = re.compile(r"^\s*(?:[•▪◦➤*-]\s*)?(?:[12][0-9]{3}|[१२][०-९]{3})\s*(?:[:|]|\s[–—-])\s*(?P<subject>[^:;।|]{2,80}?)\s+"
                              r"(?:भी\s+)?(?:(?:पूर्ण|नया|नए)\s+)?(?:सदस्य\s+(?:बना|बने|बनी)|शामिल(?:\s+(?:हुआ|हुए|हुई))?"
                              r"|जुड़ा|जुड़े|जुड़ी)\s*[।.]?\s*$")
# '• नया सदस्य: युगांडा (2008)', '**नए सदस्य**: A (2008), B (2010)': a fact line of members that joined later.
_NEW_MEMBERS_LABEL = re.compile(r"^\s*(?:[•▪◦➤*-]\s*)?\**\s*(?:नया|नए|नवीनतम|बाद\s+में\s+जुड़े)\s+(?:सदस्य|सदस्य\s+देश)\s*\**\s*[:：]\s*(?P<names>.+)$")


def later_members(text: str, lexicon: Lexicon) -> list[str]:
    """The countries a timeline's telegraphic line says joined ('2008: युगांडा शामिल।', '2009 — इक्वाडोर
    सदस्य बना') or a fact line labelled as new members names ('• नए सदस्य: युगांडा (2008), केन्या
    (2010)'); none for a line naming observers or leavers, or a genitive ('भारत के प्रधानमंत्री शामिल')."""
    if "सदस्य" not in text and "शामिल" not in text and "जुड़" not in text:
        return []
    match = _TIMELINE_JOINED.match(text) or _NEW_MEMBERS_LABEL.match(text)
    if match is None or _OBSERVER.search(match_key(text)):
        return []
    words = match.groupdict().get("subject") or match["names"]
    joined_what = re.search(r"(\S+)\s+में$", words)  # '2017: भारत और पाकिस्तान SCO में शामिल': another group
    if joined_what is not None and (match_key(joined_what[1]) not in _GROUP_KEYS or _another_group(match_key(words[:joined_what.end(1)]), lexicon)):
        return []
    return [n for n in known_names(words, lexicon) + _iso_names(words, lexicon) if party_kind(n, lexicon) == "country"
            and not re.search(re.escape(n) + r"\s+(?:के|की|का)\s", words)]


def _another_group(clause: str, lexicon: Lexicon) -> bool:
    """'भारत 2017 में शंघाई सहयोग संगठन में शामिल हुआ', '... जी-20 समूह से जुड़े', 'मध्य एशियाई संघ का
    सदस्य बना': the group noun ends another group's name (an organisation the lexicon knows, a Latin
    acronym, or any word but a demonstrative, a particle or a year before it)."""
    words = clause.split()
    noun = next((k for k in range(len(words) - 1, -1, -1) if words[k] in _GROUP_KEYS), None)
    if noun is None:
        return False
    before = words[max(0, noun - 4):noun]
    if before and before[-1] not in _BEFORE_THIS_GROUP and not before[-1].strip("()").isdigit():
        return True  # 'मध्य एशियाई संघ का सदस्य बना', '"लीमा समूह" में शामिल हुआ': a name ends in the noun
    return any(lexicon.lookup(" ".join(before[k:] + words[noun:noun + 1]), ("organisation",))
               or lexicon.lookup(" ".join(before[k:]), ("organisation",)) for k in range(len(before))) or (
        bool(before) and re.fullmatch(r"[A-Z][A-Za-z0-9-]{1,9}", before[-1]) is not None)


# The words before a group noun that means this group ('क्यूबा भी समूह में शामिल हुआ', '2008 में इस मंच का ...').
_BEFORE_THIS_GROUP = frozenset(match_key(w) for w in (
    "इस", "उस", "यह", "भी", "ही", "में", "फिर", "बाद", "तब", "और", "तथा", "एवं", "से", "तक", "को", "ने", ",", "पूरे", "पूरी"))
_GROUP_KEYS = frozenset(match_key(w) for w in (*_GROUP_NOUNS, "बैठकों", "सम्मेलनों"))


def _iso_names(text: str, lexicon: Lexicon) -> list[str]:
    """Countries ISO 3166 names in Hindi that the lexicon lacks, anywhere in a subject ('...
    सदस्य बने फ़्रेंच पोलिनेशिया तथा न्यू कैलेडोनिया ने'), not only as whole items of a list."""
    words = [w.strip("\"'“”‘’(),;:।") for w in text.split()]
    found, i = [], 0
    while i < len(words):
        for n in range(min(MAX_PARTY_WORDS, len(words) - i), 0, -1):
            name = " ".join(words[i:i + n])
            if lexicon.lookup(name) is None and countries().by_hindi(name, loose=False) is not None:
                found.append(name)
                i += n - 1
                break
        i += 1
    return found


# 'भारत समेत 185 देशों के प्रतिनिधियों ने भाग लिया', 'अमेरिका और भारत सहित 100 से अधिक देश इसमें शामिल
# हुए': the countries named before समेत/सहित and a count or noun for countries, in a clause that says
# they took part.
_INCLUDING = re.compile(r"\s(?:" + "|".join(match_key(w) for w in ("समेत", "सहित")) + r")\s+(?:\S+\s+){0,5}?(?:"
                        + "|".join(match_key(w) for w in ("देश", "देशों", "राष्ट्र", "राष्ट्रों", "सरकारें", "सरकारों"))
                        + r")(?=[\s,।]|$)")
_TAKING_PART = re.compile("|".join(match_key(w) for w in (
    "भाग लिया", "भाग लेते", "भाग लेती", "भाग लेता", "भाग ले रहे", "हिस्सा लिया", "हिस्सा लेते", "हिस्सा लेता", "शामिल हुए", "शामिल होते",
    "भागीदार", "सदस्य", "पहुँचे", "पहुंचे", "जुटे")))
# Where the names before समेत begin: after the last postposition or relative word.
_BEFORE_NAMES = re.compile(r".*(?:^|\s)(?:" + "|".join(match_key(w) for w in (
    "में", "के", "की", "का", "ने", "से", "को", "पर", "जिसमें", "जिनमें", "इसमें", "उसमें")) + r")\s")


# '185 देशों के प्रतिनिधियों ने भाग लिया, जिनमें भारत भी शामिल था': the countries a relative clause names
# among those counted as taking part.
_AMONG_THEM = re.compile(r"(?:" + "|".join(match_key(w) for w in ("देश", "देशों", "राष्ट्र", "राष्ट्रों")) + r")\s"
                         r"[^।;]{0,60}?(?:" + "|".join(match_key(w) for w in ("भाग लिया", "हिस्सा लिया", "शामिल हुए", "भाग लेते हैं", "शामिल हैं")) + r")"
                         r"\s*,\s*(?:" + "|".join(match_key(w) for w in ("जिनमें", "जिसमें")) + r")\s+(?P<names>[^।;]{2,160}?)\s+(?:"
                         + match_key("भी") + r"\s+)?(?:" + match_key("शामिल") + r"\s+)?(?:" + "|".join(match_key(w) for w in ("था", "थे", "थी", "है", "हैं")) + r")(?=[\s,।;]|$)")


def included_members(text: str, lexicon: Lexicon) -> list[str]:
    """The countries a clause names as among those that took part ('..., जिसमें भारत समेत 185
    देशों के प्रतिनिधियों ने भाग लिया', '185 देशों ने भाग लिया, जिनमें भारत भी था'); none when it
    does not say they took part ('भारत समेत 20 देशों ने चिंता जताई') or calls them observers or
    partners that are not members."""
    found: list[str] = []
    written = {match_key(n): n for n in known_names(text, lexicon)}  # the names as the text spells them
    for match in _AMONG_THEM.finditer(match_key(text)):
        if not _OBSERVER.search(match.group()):
            found += [written.get(n, n) for n in known_names(match["names"], lexicon) if party_kind(n, lexicon) == "country"]
    head = ""
    for clause in re.split(r"[;।]|,\s+(?=जिसमें|जिनमें|जबकि|लेकिन|पर\s)", text):
        key = match_key(clause)
        match = _INCLUDING.search(key)
        # '... में भाग लेने वाले देशों की संख्या 44 हो गई, जिनमें ब्राज़ील और अर्जेंटीना समेत ... 18 देश भी थे':
        # the relative clause names some of the countries its head says took part
        among_participants = key.lstrip().startswith(_AMONG) and _PARTICIPANTS.search(head) is not None
        head = key
        if match is None or not (_TAKING_PART.search(key, match.end()) or among_participants) or _OBSERVER.search(key):
            continue
        words = len(key[:match.start()].split())
        before = " ".join(clause.split()[:words])
        start = _BEFORE_NAMES.match(match_key(before))
        names = known_names(" ".join(before.split()[len(start.group().split()):]) if start else before, lexicon)
        found += [n for n in names if party_kind(n, lexicon) == "country"]
    return found


_AMONG = tuple(match_key(w) for w in ("जिनमें", "जिसमें"))
_PARTICIPANTS = re.compile("|".join(match_key(w) for w in ("भाग लेने वाले", "हिस्सा लेने वाले", "शामिल होने वाले")))


def took_part(text: str, lexicon: Lexicon) -> list[str]:
    """'..., जिसमें भारत, ब्राज़ील और दक्षिण अफ़्रीका के नेताओं ने भाग लिया': the sides whose leaders a
    sentence says took part (`leaders_of`), not observers or guests; 'भारत की ओर से पर्यावरण मंत्री ने
    सम्मेलन में हिस्सा लिया': the country on whose behalf someone took part."""
    found = []
    for sentence in split_sentences(text):
        key = match_key(sentence)
        if not _TAKING_PART.search(key) or _OBSERVER.search(key):
            continue
        found += leaders_of(sentence, lexicon)
        behalf = _ON_BEHALF.search(key) if _BEHALF_CUE in key else None
        if behalf is not None:
            found += [n for n in known_names(behalf["name"], lexicon)[-1:] if party_kind(n, lexicon) == "country"]
    return found


_BEHALF_CUE = match_key("ओर से")
_ON_BEHALF = re.compile(r"(?:^|\s)(?P<name>\S+(?:\s\S+)?)\s+" + match_key("की ओर से") + r"\s[^।;]{0,160}?(?:"
                        + "|".join(match_key(w) for w in ("भाग लिया", "हिस्सा लिया", "भाग लेते", "भाग लेता", "भाग लेती",
                                                          "हिस्सा लेता", "हिस्सा लेती", "हिस्सा लेते", "शामिल हुए")) + r")")
