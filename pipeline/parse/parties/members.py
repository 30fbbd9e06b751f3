"""The parties of a document: the sides or members it names, as lexicon names.

`find_parties(shape, lexicon)` reads the title first; when the title names a group, names a
side the lexicon does not know, or names none, the members listed in the lead (a sentence
that lists them, or a fact line labelled सदस्य/भागीदार; else a partnership "between" two
sides, co-chairs or co-organisers) are parties too. A press release of the Press Information
Bureau speaks for India (not when India only sent a delegation). People, hosts, co-hosts,
observers, associated states, invited guests, members that left and countries aid is sent to
are not parties; nor are a country a meeting is about ('सीरिया पर'), one taking over a group's
chair, or another meeting named as the occasion ('जी-२० शिखर सम्मेलन के इतर'). A country spelled
otherwise than the lexicon and ISO 3166 spell it is found by sound (`country_by_sound`); an
organisation the title names by an acronym the lead glosses is a side (`glossed_organisations`).
Pure functions over the document's shape; `pipeline.parse.document` turns the result into
`parties` rows.
"""

from __future__ import annotations

import re
from dataclasses import dataclass
from functools import cache, lru_cache
from itertools import takewhile

from pipeline.parse import phonetic
from pipeline.parse.gazetteer import countries
from pipeline.parse.lexicon import Lexicon
from pipeline.parse.structure import Line, Shape, is_preamble, split_item, without_parentheticals
from pipeline.parse.text import match_key, split_sentences

PARTY_KINDS = ("country", "organisation")
# Words that end the parties' names in a title ("भारत-चीन अनौपचारिक शिखर सम्मेलन").
_SERIES_WORDS = frozenset(match_key(w) for w in (
    "वार्षिक शिखर सम्मेलन द्विपक्षीय संवाद बैठक वार्ता अनौपचारिक औपचारिक संबंध साझेदारी"
).split())
MAX_PARTY_WORDS = 4
MIN_MEMBERS = 3
# '... समेत 11 देश "सहयोग के लिए भागीदार" हैं, भागीदार राष्ट्र नहीं': said not to be members.
_NOT_MEMBERS = (r"(?:" + "|".join(match_key(w) for w in ("सदस्य", "भागीदार", "सहभागी")) + r")\s+(?:(?:"
                + "|".join(match_key(w) for w in ("देश", "राष्ट्र")) + r")\s+)?" + match_key("नहीं"))
# Observers, invited guests, countries left out or staying away are not members.
_OBSERVER = re.compile("|".join(match_key(w) for w in (
    "पर्यवेक्षक", "आमंत्रित", "आउटरीच", "अतिथि", "संवाद साझेदार", "संवाद भागीदार", "observer",
    "आलोचना", "बहिष्कार", "निलंबित", "न्योता", "न्यौता", "निमंत्रण", "नहीं आए", "नहीं आई", "नहीं आये",
    "नहीं पहुँचे", "नहीं पहुंचे", "अनुपस्थित", "गैरहाज़िर", "दूर रहे", "संबंध तोड़", "प्रतिबंध",
    "सदस्य नहीं", "अलग हो गया", "अलग हो गई", "भागीदारी समाप्त", "सदस्यता छोड़", "बाहर हो गया", "बाहर हो गई",
    "निष्कासित", "सहयोगी देश", "संबद्ध देश", "सहयोगी राष्ट्र", "रणनीतिक साझेदार", "रणनीतिक भागीदार",
)) + "|" + _NOT_MEMBERS)
# Where a sentence turns from one group of countries to another.
_CONTRAST = re.compile(r"\s*(?:[;।]|,?\s+जबकि\s+|,\s*(?:लेकिन|किंतु|किन्तु|परंतु|पर|वहीं)\s+)")
# "A, B, C और D शामिल हैं, जो संयुक्त राष्ट्र ...": what the relative clause names is not a member.
_RELATIVE_CLAUSE = re.compile(r",\s*(?:जो|जिन्होंने|जिसने|जिनके|जिनका|जिनकी|जिसके|जिसका|जिसकी)\s.*$")
_MEMBER_CUE = re.compile("|".join(match_key(w) for w in ("सदस्य", "भागीदार", "भाग लिया")))
_HYPHEN = re.compile(r"\s*[-–]\s*")
# Tokens around one item of a list of names: "A, B और C — के नेता".
_LIST_BOUNDARY = frozenset((",", "और", "तथा", "एवं", "—", "–"))
_AFTER_NAME = _LIST_BOUNDARY | frozenset(("के", "की", "का", "ने", "को", "में", "से", "हैं", "है", "थे", "था")) | frozenset(
    ("शिखर", "सम्मेलन", "वार्ता", "बैठक", "संवाद", "साझेदारी", "संबंध"))  # 'भारत-आस्ट्रेलिया शिखर सम्मेलन'



def party_names(title: str, lexicon: Lexicon) -> list[str]:
    """The sides a title names: words before the series words, split at '-' or और.

    A name the lexicon knows as a whole (जी-20) is not split; within a part, the longest
    known leading words win ("जापान संबंध" -> जापान).
    """
    words = title.split()
    head = " ".join(takewhile(lambda w: match_key(w) not in _SERIES_WORDS, words)) or title
    if lexicon.lookup(head, PARTY_KINDS):
        return [head]
    parts = [p.strip() for p in re.split(r"\s*[-–]\s*|\s+और\s+", head) if p.strip()]
    return [_known_prefix(part, lexicon) for part in parts]


def _known_prefix(part: str, lexicon: Lexicon) -> str:
    words = part.split()
    for n in range(min(len(words), MAX_PARTY_WORDS), 0, -1):
        if lexicon.lookup(" ".join(words[:n]), PARTY_KINDS):
            return " ".join(words[:n])
    return part


def known_names(text: str, lexicon: Lexicon) -> list[str]:
    """Countries and organisations a text names, in order, longest name first at each word
    ('दक्षिण अफ्रीका', not 'अफ्रीका'); hyphenated pairs count as separate names ('भारत-जर्मनी')."""
    tokens: list[str] = []
    for word in without_parentheticals(_known_glosses(text, lexicon)).replace(",", " , ").split():
        word = word.strip("\"'“”‘’;:।.()") or ","  # a lone ':' or '।' ends a name like a comma
        if "+" in word and party_entry(word, lexicon) is None:
            word = word.split("+")[0] or word  # 'आसियान+3': the group and its three partners
        if party_entry(word, lexicon) is not None or not _HYPHEN.search(word):
            tokens.append(word)
        else:  # 'भारत-आस्ट्रेलिया': two sides, each a whole item
            for part in (p for p in _HYPHEN.split(word) if p):
                tokens += ["–", part] if tokens and tokens[-1] not in _LIST_BOUNDARY else [part]
    names, i = [], 0
    while i < len(tokens):
        for n in range(min(MAX_PARTY_WORDS, len(tokens) - i), 0, -1):
            if "," in tokens[i:i + n]:
                continue  # a name never runs across a comma
            name = " ".join(tokens[i:i + n])
            entry = lexicon.lookup(name)
            if entry is not None:  # the longest known name wins: 'लैटिन अमेरिका' is a region
                if entry.kind in PARTY_KINDS and not _names_a_city(tokens, i + n):
                    names.append(name)
                i += n
                break
            if n == 1 and _HYPHEN.search(name) and party_entry(name, lexicon) is not None:
                names.append(name)  # 'बोस्निया-हर्ज़ेगोविना'
                i += 1
                break
        else:
            listed = _listed_country(tokens, i, lexicon)
            if listed:
                names.append(" ".join(tokens[i:i + listed]))
            i += listed or 1
    return names


_GLOSS = re.compile(r"(?P<before>\S+(?:\s\S+){0,3})\s*\((?P<gloss>[^()]{2,40})\)")


def _known_glosses(text: str, lexicon: Lexicon) -> str:
    """'अरब राज्य लीग (अरब लीग)': a name the lexicon does not know, glossed in brackets with one
    it knows as a party, is read as the gloss (brackets are otherwise left out of lists)."""
    if "(" not in text:
        return text

    def read(match: re.Match[str]) -> str:
        words = match["before"].split()
        if not lexicon.lookup(match["gloss"].strip(), PARTY_KINDS) or any(
                lexicon.lookup(" ".join(words[-n:]).strip("\"'“”‘’,"), PARTY_KINDS) for n in range(1, len(words) + 1)):
            return match.group()
        return f"{match['before']}, {match['gloss'].strip()} "

    return _GLOSS.sub(read, text)


_CITY_WORDS = frozenset(("सिटी", "सिटि", "शहर"))


def _names_a_city(tokens: list[str], end: int) -> bool:
    """'ग्वाटेमाला सिटी', 'कुवैत शहर': the country's name is part of a city's."""
    return end < len(tokens) and tokens[end] in _CITY_WORDS


def _listed_country(tokens: list[str], i: int, lexicon: Lexicon) -> int:
    """How many tokens from i name a country ISO 3166 knows in Hindi (pycountry) and the
    lexicon lacks ('कोटे डी आइवर'), or one spelled otherwise (`country_by_sound`: आस्ट्रेलिया),
    when they stand as one whole item of a list; else 0.
    Only whole items: a country's Hindi name may also be a common word ('गिनी')."""
    if i > 0 and tokens[i - 1] not in _LIST_BOUNDARY:
        return 0
    for n in range(min(MAX_PARTY_WORDS, len(tokens) - i), 0, -1):
        following = tokens[i + n] if i + n < len(tokens) else None
        if "," in tokens[i:i + n] or (following is not None and following not in _AFTER_NAME):
            continue
        name = " ".join(tokens[i:i + n])
        if lexicon.lookup(name) is None and (countries().by_hindi(name, loose=False) is not None
                                             or country_by_sound(name, lexicon) is not None):
            return n
    return 0


def party_entry(name: str, lexicon: Lexicon) -> tuple[str, str, str] | None:
    """(kind, English name, the spelling known) of a party name: the lexicon, then ISO 3166,
    then a country's name spelled otherwise (`country_by_sound`: आस्ट्रेलिया, मैक्सिको);
    a hyphen may stand for और ('बोस्निया-हर्ज़ेगोविना' is 'बोस्निया और हर्ज़ेगोविना'). None
    when none knows it."""
    for spelling in (name, _HYPHEN.sub(" और ", name)) if _HYPHEN.search(name) else (name,):
        entry = lexicon.lookup(spelling, PARTY_KINDS)
        if entry is not None:
            return entry.kind, entry.english, spelling
        country = countries().by_hindi(spelling, loose=False)
        if country is not None:
            return "country", country.name, spelling
    known = country_by_sound(name, lexicon)
    return ("country", *known) if known is not None else None


#: A country's name spelled otherwise than the lexicon and ISO 3166 spell it (आस्ट्रेलिया,
#: बांगलादेश, म्यानमार, वियेतनाम) is that country when its sound form is this alike to one of
#: that country's spellings (measured: those four 0.875-1.0; मुअम्मर/Myanmar and
#: ग्रानादा/Grenada 0.857), no other country's comes within `COUNTRY_SOUND_MARGIN`, and it
#: ends in the same vowel (not जर्मन, पाकिस्तानी). A skeleton of three consonants needs
#: `COUNTRY_SOUND_SHORT_SIMILARITY` (ट्यूनिशिया, बोलिविया); shorter ones never.
COUNTRY_SOUND_SIMILARITY = 0.87
COUNTRY_SOUND_SHORT_SIMILARITY = 0.95
COUNTRY_SOUND_MARGIN = 0.1
COUNTRY_SOUND_CONSONANTS = 3


@lru_cache(maxsize=16384)
def country_by_sound(name: str, lexicon: Lexicon) -> tuple[str, str] | None:
    """(English name, the spelling it sounds like) of a country written otherwise, or None."""
    if not re.fullmatch(r"[\u0900-\u0965\u0970-\u097f]+(?: [\u0900-\u0965\u0970-\u097f]+){0,3}", name.strip()):
        return None
    forms = phonetic.hindi_forms(name)
    if len(phonetic.key(forms[0])) < COUNTRY_SOUND_CONSONANTS:
        return None
    scores: dict[str, tuple[float, str, str]] = {}  # one country (its code or name) -> best score
    for spelling, english, form, country in _country_sound_forms(lexicon).get(phonetic.key(forms[0]), ()):
        if _ending(spelling) != _ending(name):
            continue  # 'जर्मन', 'पाकिस्तानी', 'ऑस्ट्रेलियाई': the people or the language, not the country
        score = max(phonetic.similarity(f, form) for f in forms)
        if score > scores.get(country, (0.0, "", ""))[0]:
            scores[country] = (score, english, spelling)
    ranked = sorted(scores.values(), key=lambda item: -item[0])
    least = COUNTRY_SOUND_SHORT_SIMILARITY if len(phonetic.key(forms[0])) == COUNTRY_SOUND_CONSONANTS \
        else COUNTRY_SOUND_SIMILARITY
    if not ranked or ranked[0][0] < least or (
            len(ranked) > 1 and ranked[1][0] >= ranked[0][0] - COUNTRY_SOUND_MARGIN):
        return None
    return ranked[0][1], ranked[0][2]


_ENDINGS = str.maketrans({"ी": "ि", "ू": "ु", "ई": "ि", "इ": "ि", "ऊ": "ु", "उ": "ु", "आ": "ा", "ए": "े", "ओ": "ो", "ॉ": "ो"})


def _ending(name: str) -> str:
    """The vowel a name ends in (vowel length aside), '' for a consonant's inherent a."""
    last = match_key(name.strip())[-1:].translate(_ENDINGS)
    return last if last in "िुाेैोौ" else ""


@cache
def _country_sound_forms(lexicon: Lexicon) -> dict[str, list[tuple[str, str, str, str]]]:
    """Consonant skeleton -> (Hindi spelling, English name, sound form, country) of every
    country the lexicon or ISO 3166 names in Hindi; the English name is the lexicon's when it
    has one for that country."""
    index = countries()
    lexicon_english: dict[str, str] = {}
    spellings: list[tuple[str, str, str]] = []
    for entry in lexicon.entries:
        if entry.kind == "country":
            country = index.by_english(entry.english)
            code = country.alpha_3 if country is not None else entry.english
            lexicon_english.setdefault(code, entry.english)
            spellings.append((entry.hindi, entry.english, code))
    for key, alpha_2 in index.hindi_keys().items():
        country = index.by_alpha_2[alpha_2]
        spellings.append((key, lexicon_english.get(country.alpha_3, country.name), country.alpha_3))
    found: dict[str, list[tuple[str, str, str, str]]] = {}
    for hindi, english, code in spellings:
        for form in phonetic.hindi_forms(hindi):
            found.setdefault(phonetic.key(form), []).append((hindi, english, form, code))
    return found


def party_kind(name: str, lexicon: Lexicon) -> str | None:
    """'country' or 'organisation' for a party name (the lexicon, then ISO 3166), else None."""
    entry = party_entry(name, lexicon)
    return entry[0] if entry is not None else None


def title_parties(title: str, lexicon: Lexicon) -> tuple[list[str], bool]:
    """The parties a title names and whether it also names a side the lexicon does not know
    as a party (a region: 'भारत-मध्य एशिया', 'भारत–लैटिन अमेरिका'). People are not parties:
    'मोदी-पुतिन वार्ता: भारत और रूस ...' gives भारत and रूस."""
    head = party_names(title, lexicon)
    known = [h for h in head if lexicon.lookup(h, PARTY_KINDS)]
    if known and len(known) == len(head) and not any(_hosts(title, h) for h in known):
        return known, False
    known = [h for h in known if not _hosts(title, h)]  # a host: 'कुवैत में ... परिषद का शिखर सम्मेलन'
    names = [n for n in known_names(title, lexicon) if not _hosts(title, n)]
    unresolved = not known or any(not lexicon.lookup(h, PARTY_KINDS) for h in head if len(head) > 1) or not names
    return list(dict.fromkeys(names)), unresolved


def _hosts(title: str, name: str) -> bool:
    """'... भारत में खाद्य पार्कों के लिए', 'ग्वाटेमाला सिटी में ...': a country named as a place
    (or in a city's name), not as a side; nor a topic ('सीरिया पर ...', `is_topic`) or a country
    taking over a group's chair ('अंगोला ने संगठन की अध्यक्षता संभाली', `takes_the_chair`)."""
    return (re.search(re.escape(name) + r"(?:\s+(?:सिटी|सिटि|शहर))?\s+में(?:\s|$)", title) is not None
            or is_topic(title, name) or takes_the_chair(title, name))


# 'सीरिया पर', 'सीरिया संकट पर', 'यूक्रेन के मुद्दे पर': what a meeting is about, not who meets.
_TOPIC_AFTER = re.compile(r"\s+(?:(?:" + "|".join(match_key(w) for w in (
    "संकट", "मुद्दे", "मुद्दा", "युद्ध", "संघर्ष", "समस्या", "विवाद", "सवाल", "प्रश्न", "स्थिति")) + r")\s+)?(?:"
    + match_key("पर") + r"|" + match_key("के") + r"\s+(?:" + "|".join(match_key(w) for w in (
        "बारे", "मुद्दे", "सवाल", "प्रश्न", "संकट")) + r")\s+(?:" + match_key("में") + r"|" + match_key("पर") + r"))(?=[\s,।;:]|$)")
# 'अंगोला ने संगठन की अध्यक्षता संभाली', '... से अध्यक्षता ग्रहण की': a new chair, not a side.
_TAKES_CHAIR = re.compile(r"\s+" + match_key("ने") + r"\s+(?:\S+\s+){0,5}?" + match_key("अध्यक्षता") + r"\s+(?:"
                          + "|".join(match_key(w) for w in ("संभाली", "सँभाली", "ग्रहण", "सौंपी", "ली")) + r")(?=[\s,।;:]|$)")


def is_topic(text: str, name: str) -> bool:
    """'... सीरिया पर संयुक्त बयान', 'सीरिया संकट पर ...': the name is what is talked about."""
    key = match_key(text)
    return any(_TOPIC_AFTER.match(key, m.end()) for m in re.finditer(r"(?<!\S)" + re.escape(match_key(name)), key))


# 'जी-२० शिखर सम्मेलन के इतर', '... सम्मेलन के दौरान/हाशिये पर': another meeting as the occasion.
_OCCASION_AFTER = re.compile(r"\s+(?:" + match_key("शिखर") + r"\s+)?(?:" + "|".join(match_key(w) for w in (
    "सम्मेलन", "बैठक", "वार्ता")) + r")\s+(?:" + match_key("के") + r"|" + match_key("की") + r")\s+(?:" + "|".join(
    match_key(w) for w in ("इतर", "दौरान", "हाशिये", "हाशिए", "मौके", "अवसर", "साथ-साथ", "अलावा")) + r")(?=[\s,।;:]|$)")


def is_occasion(text: str, name: str) -> bool:
    """'ओसाका में जी-२० शिखर सम्मेलन के इतर आयोजित ...': the name is another meeting's, the
    occasion of this one, not a side."""
    key = match_key(text)
    return any(_OCCASION_AFTER.match(key, m.end()) for m in re.finditer(r"(?<!\S)" + re.escape(match_key(name)), key))


def takes_the_chair(text: str, name: str) -> bool:
    """'अंगोला ने संगठन की अध्यक्षता संभाली': the name takes over the chair of a group."""
    key = match_key(text)
    return any(_TAKES_CHAIR.match(key, m.end()) for m in re.finditer(r"(?<!\S)" + re.escape(match_key(name)), key))


def member_names(text: str, lexicon: Lexicon) -> list[str]:
    """The members a sentence lists (three or more countries; two parties of any kind when the
    sentence says they are members or partners: '... दो क्षेत्रीय संगठन — यूरोपीय संघ तथा आसियान
    सचिवालय — शामिल हैं'), or none. Each clause is read on its own, and the longest list wins.
    Observers, invited guests, critics and non-members are not members: a clause naming them
    ('..., जबकि जापान को पर्यवेक्षक ...') is left out, and so is a list of the countries
    something is given or sent to ('... सोमालिया और इरिट्रिया को ... अनाज भेजेगा')."""
    best: list[str] = []
    for clause in _member_clauses(text):
        if _OBSERVER.search(match_key(clause)):
            continue
        names = [n for n in dict.fromkeys(known_names(clause, lexicon) + bracketed_members(clause, lexicon))
                 if not is_topic(clause, n) and not is_occasion(clause, n)]  # 'सीरिया संकट पर ...': no member
        if not names or (_RECIPIENTS.search(clause.split(names[-1], 1)[-1])
                         and not _MEMBER_CUE.search(match_key(clause))):  # '... को सदस्य बनाया गया' are members
            continue
        listed = [n for n in names if party_kind(n, lexicon) == "country"]
        if (len(listed) >= MIN_MEMBERS or (len(names) >= 2 and _LISTED_AS_MEMBERS.search(clause))) and len(names) > len(best):
            best = names
    if best:  # 'इसमें एक ओर अफ़्रीकी संघ के सदस्य देश हैं और दूसरी ओर ... बारह देश — A, B, ...'
        best = [n for n in _organisations_as_members(text, lexicon) if n not in best] + best
    return best


_MEMBER_STATES_OF = re.compile(r"\s+" + match_key("के") + r"\s+(?:" + match_key("सभी") + r"\s+)?" + match_key("सदस्य")
                               + r"\s+(?:" + "|".join(match_key(w) for w in ("देश", "देशों", "राष्ट्र", "राष्ट्रों")) + r")(?=[\s,।]|$)")


def _organisations_as_members(text: str, lexicon: Lexicon) -> list[str]:
    """The organisations a clause of a members' sentence names as a whole side by their
    member states ('एक ओर अफ़्रीकी संघ के सदस्य देश हैं'), its members left unnamed: the
    clause names no other party."""
    found = []
    for clause in _member_clauses(text):
        names = known_names(clause, lexicon)
        if (len(names) == 1 and lexicon.lookup(names[0], ("organisation",)) and not _OBSERVER.search(match_key(clause))
                and _MEMBER_STATES_OF.match(match_key(clause), match_key(clause).find(match_key(names[0])) + len(match_key(names[0])))):
            found.append(names[0])
    return found


# A finished clause joined to the next by और: '... जैसे देश शामिल हैं और इसकी महासचिव रवांडा की ... हैं'.
_VERB_AND = re.compile(r"(?<=\s)(?:है|हैं|था|थे|थी|हुआ|हुए|हुई|हुईं)\s+और\s+")
# What follows a list's last name when the list is an object: 'A और B को 50 हज़ार टन अनाज'.
_RECIPIENTS = re.compile(r"^\s*को(?=\s|$)")


def _member_clauses(text: str) -> list[str]:
    """The clauses of a sentence; a relative clause is one of its own, kept only when it says
    it lists members ('..., जिसके सदस्यों में A, B और C शामिल हैं'), not when it says what
    a list's countries are ('A, B और C शामिल हैं, जो संयुक्त राष्ट्र के ...')."""
    clauses: list[str] = []
    for clause in (part for c in _CONTRAST.split(text) for part in _VERB_AND.split(c) if part.strip()):
        relative = _RELATIVE_CLAUSE.search(clause)
        if relative is None:
            clauses.append(clause)
            continue
        clauses.append(clause[:relative.start()])
        if _MEMBER_CUE.search(match_key(relative.group())) and _INCLUDED.search(relative.group()):
            clauses.append(relative.group())
    return clauses


_INCLUDED = re.compile(r"शामिल|(?:सदस्य|भागीदार)\s+(?:हैं|है|थे|बने)")


# '**सदस्य (6)**: चीन, कंबोडिया ...', '**भागीदार**: तुर्की और अफ्रीकी संघ; ...': a fact line whose
# label says it lists the members or partners.
_MEMBER_LABELS = frozenset(match_key(w) for w in (
    "सदस्य", "सदस्य देश", "सदस्य राष्ट्र", "भागीदार", "भागीदार देश", "साझेदार", "साझेदार देश", "पक्ष",
    "सदस्यता", "वर्तमान सदस्य", "पूर्ण सदस्य", "भागीदार पक्ष",
))


# 'दो पक्ष', '5 सदस्य देश': a count before the members' label.
_COUNTED_LABEL = re.compile(r"^(?:[0-9०-९]{1,2}|" + "|".join(match_key(w) for w in (
    "दो", "तीन", "चार", "पाँच", "पांच", "छह", "सात", "आठ", "नौ", "दस")) + r")\s+")


def labelled_members(line: Line, lexicon: Lexicon) -> list[str]:
    """The parties a members' or partners' fact line names in its first clause (two or more),
    else none. A side the lexicon does not know but the line glosses with an acronym
    ('लैटिन अमेरिकी एवं कैरिबियाई राज्यों का समुदाय (CELAC, 33 देश)') counts as written with it
    (`glossed_sides`)."""
    item = split_item(line)
    if item is None or _COUNTED_LABEL.sub("", match_key(without_parentheticals(item.label))) not in _MEMBER_LABELS:
        return []
    first = re.split(r"[;।]", item.description, maxsplit=1)[0]
    if _OBSERVER.search(match_key(first)):
        return []
    names = list(dict.fromkeys(known_names(first, lexicon) + bracketed_members(first, lexicon)
                               + glossed_sides(first, lexicon)))
    return names if len(names) >= 2 else []


ACRONYM = re.compile(r"[A-Z][A-Z&]{1,9}")
# 'NAME (ACRONYM, ...)': a side of a list glossed with its Latin acronym; the item ends at a comma or और.
_GLOSSED = re.compile(r"(?:^|,\s*|\s(?:और|तथा|एवं)\s+)(?P<name>[^,()]{3,80}?)\s*\((?P<acronym>[A-Z][A-Z&]{1,9})(?=[,;)\s])[^()]*\)")
GLOSSED_SIDE = re.compile(r"(?P<name>.+?) \((?P<acronym>[A-Z][A-Z&]{1,9})\)")


def glossed_sides(text: str, lexicon: Lexicon) -> list[str]:
    """'... और लैटिन अमेरिकी एवं कैरिबियाई राज्यों का समुदाय (CELAC, 33 देश)': an item of a list
    that names no party the lexicon knows, glossed with an acronym the lexicon does not know
    either, as 'NAME (ACRONYM)' (`find_parties` makes it an organisation named by the acronym).
    A known side keeps its own name ('यूरोपीय संघ (EU, 27 सदस्य देश)')."""
    sides = []
    for match in _GLOSSED.finditer(text):
        name = match["name"].strip()
        if known_names(name, lexicon) or lexicon.lookup(match["acronym"]) is not None:
            continue
        sides.append(f"{name} ({match['acronym']})")
    return sides


_COUNTRY_NOUNS = frozenset(match_key(w) for w in ("देश", "देशों", "राष्ट्र", "राष्ट्रों", "सदस्य", "सदस्यों"))
_GROUP_AND_BRACKET = re.compile(r"(\S+(?:\s\S+){0,3}?)\s*\(([^()]{3,400})\)")


def bracketed_members(text: str, lexicon: Lexicon) -> list[str]:
    """'दक्षिण कोरिया और आसियान (ब्रुनेई, कंबोडिया, ..., वियतनाम)', 'पाँच नॉर्डिक देश (डेनमार्क,
    ...)': the countries listed in brackets right after an organisation or a noun for countries
    are its members, so parties too (not observers'). A gloss in brackets
    ('आसियान (ASEAN)') or a single country ('जापान (मेज़बान)') adds nothing."""
    members: list[str] = []
    for match in _GROUP_AND_BRACKET.finditer(text):
        words = match[1].split()
        group = next((" ".join(words[-n:]) for n in range(len(words), 0, -1)
                      if lexicon.lookup(" ".join(words[-n:]), ("organisation",))), None)
        if group is None and match_key(words[-1]) in _COUNTRY_NOUNS:
            group = words[-1]  # 'पाँच नॉर्डिक देश (डेनमार्क, फ़िनलैंड, ...)'
        if group is None or _OBSERVER.search(match_key(match[2])) or _OBSERVER.search(match_key(match[1])):
            continue
        inside = [n for n in dict.fromkeys(known_names(match[2], lexicon)) if party_kind(n, lexicon) == "country"]
        if len(inside) >= MIN_MEMBERS - 1:
            members += inside
    return members


# "... संगठन — A तथा B — शामिल हैं", "इसके भागीदारों में A और B हैं": a list under a member cue.
_LISTED_AS_MEMBERS = re.compile(
    r"(?:सदस्यों|सदस्य देशों|भागीदारों|साझेदारों|भागीदार|सदस्य|सदस्यता)\s+(?:में|के\s+रूप\s+में)\s.*(?:शामिल|हैं|है)"
)
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
_TOOK_PART = re.compile(
    r"\s" + match_key("ने") + r"\s+(?:\S+\s+){0,6}?(?:" + "|".join(match_key(w) for w in ("बैठक", "सम्मेलन", "शिखर"))
    + r")\s+(?:\S+\s+){0,2}?" + match_key("में") + r"\s+" + match_key("भाग") + r"\s+" + match_key("लिया") + r"(?=[\s,।.\[]|$)"
)
MAX_SUBJECT_WORDS = 15


def joined_members(text: str, lexicon: Lexicon) -> list[str]:
    """The countries a clause says joined the series ('... इस प्रक्रिया से जुड़े') or took part in
    one of its meetings ('... ने पहली बार 2018 की बैठक में भाग लिया'): the subject's countries,
    not one named only in a genitive ('भारत के प्रधानमंत्री ने ...'), and none in a clause that
    calls them observers, guests or outreach."""
    found: list[str] = []
    # '..., और ... ने पहली बार 2018 की बैठक में भाग लिया': a comma before और joins two clauses
    for clause in re.split(r"[;।]|,?\s+जबकि\s+|,\s+(?:और|तथा)\s+", text):
        key = match_key(clause)
        match = _JOINED_SERIES.search(key) or _TOOK_PART.search(key)
        if match is None or _OBSERVER.search(key):
            continue
        subject = " ".join(clause.split()[:len(key[:match.start()].split())])  # the same words, as written
        if len(subject.split()) > MAX_SUBJECT_WORDS:
            continue
        for name in dict.fromkeys(known_names(subject, lexicon) + _iso_names(subject, lexicon)):
            if party_kind(name, lexicon) == "country" and not re.search(
                    re.escape(name) + r"\s+(?:के|की|का)\s", subject):
                found.append(name)
    return found


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


_MISSION = re.compile(r"^(?P<country>.+?)\s+(?:का|की|के)\s+(?:दूतावास|उच्चायोग|वाणिज्य दूतावास)(?=[\s,]|$)")


def _foreign_mission(text: str, lexicon: Lexicon) -> bool:
    """An embassy or high commission of a country other than India issued the release."""
    match = _MISSION.match(text.strip())
    if match is None:
        return False
    country = match["country"]
    for name in (country, " ".join(country.split()[:-1]), country.split()[0]):  # 'उज़्बेकिस्तान गणराज्य'
        english = lexicon.english(name, ("country",)) if name else None
        if english is not None:
            return english != "India"
    return False


_INDIA_CUE = re.compile(r"भारत|प्रधानमंत्री|प्रधान मंत्री")
# "भारतीय प्रतिनिधिमंडल ने ... भाग लिया": a delegation that attended makes India no side.
_DELEGATION = re.compile(r"भारत(?:ीय|\s+का|\s+के)\s+(?:एक\s+)?(?:\S+\s+)?प्रतिनिधि\s?मंडल")
_BETWEEN = re.compile(r"(\S+(?:\s\S+){0,3}?)\s+और\s+(\S+(?:\s\S+){0,5}?)\s+के\s+(?:बीच|सदस्य\s+देशों)")


def pair_between(text: str, lexicon: Lexicon) -> list[str]:
    """'भारत और अफ्रीकी संघ के बीच', 'अफ्रीकी संघ और यूरोपीय संघ के सदस्य देशों', 'अफ़्रीकी संघ और
    अरब राज्य लीग (अरब लीग) के सदस्य देशों': the two sides of a partnership."""
    for match in _BETWEEN.finditer(text):
        sides = [_known_suffix(match[1], lexicon), _known_prefix(match[2], lexicon)]
        if all(lexicon.lookup(s, PARTY_KINDS) for s in sides):
            return sides
    glossed = without_parentheticals(_known_glosses(text, lexicon)).replace(" , ", " ")
    if glossed != text:
        for match in _BETWEEN.finditer(glossed):
            second = known_names(match[2], lexicon)
            sides = [_known_suffix(match[1], lexicon), second[-1] if len(second) == 1 else ""]
            if all(lexicon.lookup(s, PARTY_KINDS) for s in sides):
                return sides
    return []


_CO_CHAIR = re.compile(r"((?:\S+\s+){1,8}?)(?:की|के)\s+सह[-\s]?अध्यक्षता")
# "सह-अध्यक्ष के रूप में भारत और फ़्रांस ने ...": the names after the role.
_AS_CO_CHAIRS = re.compile(r"सह[-\s]?अध्यक्ष(?:ों)?\s+के\s+रूप\s+में\s+((?:\S+\s+){1,8}?)(?:ने|की|के|का)(?=\s|$)")


# 'सम्मेलन की सह-अध्यक्षता A और B ने की', 'इसका सह-आयोजन A और B की सरकारों ने किया', 'इसका
# आयोजन A, B और C मिलकर करते हैं': the co-chairs or co-organisers, countries or organisations.
_CO_LED_BY = re.compile(r"सह[-\s]?(?:अध्यक्षता|आयोजन)\s+(.{3,240}?)\s+(?:ने|द्वारा)(?=\s|$)")
_ORGANISED_TOGETHER = re.compile(r"आयोजन\s+(.{3,240}?)\s+(?:मिलकर|संयुक्त\s+रूप\s+से)(?=\s|$)")
_CONJUNCTS = re.compile(r"(,)\s*|\s+(?:और|तथा|एवं)\s+")
# '... अफ्रीकी संघ के अध्यक्ष, कोमोरोस संघ के राष्ट्रपति <name>': after an office, a comma adds
# another office of the same person, not another side.
_OFFICE_END = re.compile(r"(?:अध्यक्ष|राष्ट्रपति|प्रधानमंत्री|प्रधान\s+मंत्री|महासचिव|प्रमुख|नेता|चांसलर)$")


# 'A के राष्ट्रपति ... और B के राष्ट्रपति ... ने ... सम्मेलन की संयुक्त रूप से अध्यक्षता की': the
# subject before ने names the co-chairs.
_JOINTLY_CHAIRED = re.compile(r"(?:^|[,;]\s*)([^,;]{3,240}?)\s+ने\s+(?:\S+\s+){0,12}?(?:संयुक्त\s+रूप\s+से|मिलकर|संयुक्त)\s+"
                              r"(?:\S+\s+)?अध्यक्षता\s+(?:की|करेंगे|करते|कर)(?=[\s।,.]|$)")


def co_chairs(text: str, lexicon: Lexicon) -> list[str]:
    """'भारत और फ़्रांस की सह-अध्यक्षता में', 'सह-अध्यक्ष के रूप में भारत और फ़्रांस ने': the
    co-chairs, sides of the summit; 'सह-अध्यक्षता A के राष्ट्रपति ... और B के अध्यक्ष ... ने
    की', 'सह-आयोजन A और B ने', 'आयोजन A, B और C मिलकर करते हैं', 'A के राष्ट्रपति ... और B के
    राष्ट्रपति ... ने ... की संयुक्त रूप से अध्यक्षता की': the co-chairs or co-organisers, one
    per item of the list (the office holder's country or organisation)."""
    for match in (*_CO_CHAIR.finditer(text), *_AS_CO_CHAIRS.finditer(text)):
        names = [n for n in known_names(match[1], lexicon) if lexicon.lookup(n, ("country",))]
        if len(names) >= 2:
            return list(dict.fromkeys(names))
    jointly = [m for sentence in split_sentences(text) for m in _JOINTLY_CHAIRED.finditer(sentence)]
    for match in (*_CO_LED_BY.finditer(text), *_ORGANISED_TOGETHER.finditer(text), *jointly):
        names, previous = [], ""
        parts = _CONJUNCTS.split(match[1])  # item, separator (',' or None), item, ...
        for item, comma in zip(parts[::2], [None, *parts[1::2]]):
            if not (comma and _OFFICE_END.search(previous.strip())):
                names += known_names(item, lexicon)[:1]
            previous = item
        if len(names) >= 2:
            return list(dict.fromkeys(names))
    return []


def _known_suffix(part: str, lexicon: Lexicon) -> str:
    words = part.split()
    for n in range(min(len(words), MAX_PARTY_WORDS), 0, -1):
        if lexicon.lookup(" ".join(words[-n:]), PARTY_KINDS):
            return " ".join(words[-n:])
    return part


@dataclass(frozen=True)
class Party:
    """One party as the text names it, its lexicon entry and the line that names it."""

    name: str
    kind: str  # country | organisation
    line: Line
    known_as: str  # the spelling the lexicon or ISO 3166 knows ('बोस्निया और हर्ज़ेगोविना')


# The Latin letters as Hindi spells their names, to read an acronym written in Devanagari
# ('ओएसीपीएस' is O-A-C-P-S). Keys are match keys (no nukta: एफ़ is एफ).
_LETTER_NAMES = {match_key(k): v for k, v in {
    "ए": "A", "बी": "B", "सी": "C", "डी": "D", "ई": "E", "एफ": "F", "जी": "G", "एच": "H", "आई": "I",
    "जे": "J", "के": "K", "एल": "L", "एम": "M", "एन": "N", "ओ": "O", "पी": "P", "क्यू": "Q", "आर": "R",
    "एस": "S", "टी": "T", "यू": "U", "वी": "V", "डब्ल्यू": "W", "डब्लू": "W", "एक्स": "X", "वाई": "Y",
    "जेड": "Z", "ज़ेड": "Z",
}.items()}
MIN_ACRONYM_LETTERS = 3


def spelled_acronym(word: str) -> str | None:
    """'ओएसीपीएस' -> 'OACPS': a word that reads as Latin letter names in exactly one way, of
    three letters or more; None for any other word ('एकता' is no run of letter names)."""
    key = match_key(word)
    readings: list[list[str]] = [[] for _ in range(len(key) + 1)]
    readings[0] = [""]
    for end in range(1, len(key) + 1):
        for start in range(max(0, end - 7), end):
            letter = _LETTER_NAMES.get(key[start:end])
            if letter is not None and readings[start]:
                readings[end] += [r + letter for r in readings[start]]
        readings[end] = readings[end][:2]  # two readings already make it ambiguous
    found = readings[len(key)]
    return found[0] if len(found) == 1 and len(found[0]) >= MIN_ACRONYM_LETTERS else None


# '... राज्यों का संगठन (ओएसीपीएस)', '... समुदाय (SADC)': an organisation's name glossed with its acronym.
_ORGANISATION_GLOSS = re.compile(r"(?:" + "|".join(match_key(w) for w in (
    "संगठन", "संघ", "समुदाय", "लीग", "परिषद", "समूह", "फ़ोरम", "मंच", "गठबंधन", "आयोग", "सचिवालय")) + r")\s*\(([^()]{2,14})\)")


def glossed_organisations(lines: list[Line]) -> dict[str, str]:
    """The acronyms the lines define for an organisation ('... राज्यों का संगठन (ओएसीपीएस)'):
    the acronym as written -> its Latin letters."""
    found: dict[str, str] = {}
    for line in lines:
        for match in _ORGANISATION_GLOSS.finditer(match_key(line.text)):
            written = match[1].strip()
            latin = written if ACRONYM.fullmatch(written) else spelled_acronym(written)
            if latin is not None:
                found[written] = latin
    return found


def _acronym_in_title(shape: Shape, lexicon: Lexicon) -> list[str]:
    """An organisation the title names by an acronym the lead defines and no lexicon knows
    ('लुआंडा में ओएसीपीएस राष्ट्राध्यक्षों का १०वाँ शिखर सम्मेलन'), as 'ACRONYM (LATIN)'."""
    defined = glossed_organisations([line for line in shape.lead if line.number != shape.title.number])
    words = {w.strip("\"'“”‘’(),;:।") for w in match_key(shape.title.text).split()}
    return [f"{written} ({latin})" for written, latin in defined.items()
            if written in words and lexicon.lookup(written) is None and lexicon.lookup(latin) is None]


def find_parties(shape: Shape, lexicon: Lexicon) -> list[Party]:
    """The document's parties in order of first mention, one per English name."""
    title = shape.title
    names, unresolved = title_parties(title.text, lexicon)
    if not names:  # the title's subject is an organisation the lead glosses with its acronym
        names = _acronym_in_title(shape, lexicon)
    found: list[tuple[str, Line]] = [(n, title) for n in names]
    names_group = any(lexicon.lookup(n, ("organisation",)) or GLOSSED_SIDE.fullmatch(n) for n in names)
    if unresolved or names_group or not names:
        members = _members(shape, lexicon)
        if members:
            found = [(n, line) for n, line in found if not _qualifies_subtitle(title.text, n, lexicon)]
        found += members
    found += _issuing_government(shape, lexicon, found)
    parties: list[Party] = []
    keys: set[str] = set()
    for name, line in found:
        known = party_entry(name, lexicon)
        if known is None and (glossed := GLOSSED_SIDE.fullmatch(name)) is not None:
            name, known = glossed["name"], ("organisation", glossed["acronym"], glossed["acronym"])
        if known is None or match_key(known[1]) in keys:
            continue
        kind, english, spelling = known
        keys.add(match_key(english))
        parties.append(Party(name, kind, line, spelling))
    return parties


def _qualifies_subtitle(title: str, name: str, lexicon: Lexicon) -> bool:
    """'बुखारेस्ट नाइन (B9): नाटो के पूर्वी छोर का मंच': after the colon of a title whose subject
    names no known party, an organisation in a genitive ('नाटो के ...') describes the subject;
    it is no side when the lead lists the members."""
    head, colon, subtitle = title.partition(":")
    if not colon or known_names(head, lexicon) or not lexicon.lookup(name, ("organisation",)):
        return False
    return re.search(re.escape(name) + r"\s+(?:के|की|का)\s+(?!बीच)", subtitle) is not None


def _issuing_government(shape: Shape, lexicon: Lexicon, found: list[tuple[str, Line]]) -> list[tuple[str, Line]]:
    """A press release of the Press Information Bureau (its preamble above the headline)
    speaks for India: when its lead names the Prime Minister or India, India is a side."""
    preamble = [line for line in shape.lead if line.number < shape.title.number and is_preamble(line.text)]
    if not preamble or any(lexicon.english(n, PARTY_KINDS) == "India" for n, _ in found):
        return []
    if any(_foreign_mission(line.text, lexicon) for line in preamble):
        return []  # 'उज़्बेकिस्तान गणराज्य का दूतावास, नई दिल्ली': another government speaks
    for line in shape.lead:
        if line.number > shape.title.number and _INDIA_CUE.search(_DELEGATION.sub("", line.text)):
            return [("भारत", line)]
    return []


def _members(shape: Shape, lexicon: Lexicon) -> list[tuple[str, Line]]:
    """The members listed before the document's first list of facts: the lead and any
    untitled-role section above the first objectives, areas or summits."""
    lines = list(shape.lead)
    for section in shape.sections:
        if section.role != "other" or section.is_references:
            break
        lines += section.lines  # 'Quick Facts' above the first titled section
    # The sentence that says it lists members wins, else the longest list.
    best: tuple[tuple[bool, int], list[str], Line] | None = None
    for line in lines:
        labelled = labelled_members(line, lexicon)
        if labelled and (best is None or (True, len(labelled)) > best[0]):
            best = ((True, len(labelled)), labelled, line)
        for sentence in split_sentences(line.text):
            members = member_names(sentence, lexicon)
            rank = (bool(_MEMBER_CUE.search(match_key(sentence))), len(members))
            if members and (best is None or rank > best[0]):
                best = (rank, members, line)
    if best is not None:
        found = [(m, best[2]) for m in best[1]]
        sections = [line for section in shape.sections if not section.is_references for line in section.lines]
        for line in [*shape.lead, *sections]:  # 'भारत ... असेम का पूर्ण भागीदार है', wherever it is said
            name = one_member(line.text, shape.title.text, lexicon)
            if name is not None:
                found.append((name, line))
            found += [(n, line) for n in joined_members(line.text, lexicon)]
        return found
    for line in lines:
        pair = pair_between(line.text, lexicon) or co_chairs(line.text, lexicon)
        if pair:
            return [(m, line) for m in pair]
    return [(name, line) for line in lines if (name := _participant_label(line, lexicon))]


def _participant_label(line: Line, lexicon: Lexicon) -> str | None:
    """'• भारत: चारों सम्मेलनों में भागीदार': a fact line whose label is a country and whose
    text says it takes part."""
    item = split_item(line)
    if item is None or not lexicon.lookup(item.label, ("country",)):
        return None
    first = re.split(r"[;।]", item.description, maxsplit=1)[0]
    key = match_key(first)
    return item.label if _MEMBER_CUE.search(key) and not _OBSERVER.search(key) else None


__all__ = [
    "PARTY_KINDS", "Party", "co_chairs", "find_parties", "known_names", "member_names", "pair_between",
    "party_names", "title_parties",
]
