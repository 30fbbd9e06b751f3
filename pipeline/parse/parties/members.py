"""The members a lead or a fact list names as a list: a sentence listing three or more countries
or saying it lists members (`member_names`), read clause by clause; a fact line labelled
सदस्य/भागीदार (`labelled_members`); the members in brackets after an organisation or a noun for
countries (`bracketed_members`); an organisation standing for its member states. What belongs
here: reading lists of members; members named one at a time are in `joined`.
"""

from __future__ import annotations

import re

from pipeline.parse.language.lexicon import Lexicon
from pipeline.parse.parties.acronyms import glossed_sides
from pipeline.parse.parties.names import known_names, party_entry, party_kind
from pipeline.parse.parties.not_sides import _OBSERVER, is_occasion, is_topic, locates_a_city
from pipeline.parse.layout.pipe_tables import cells, is_table_line
from pipeline.parse.layout.structure import Line, split_item, strip_marker, without_parentheticals
from pipeline.parse.language.text import match_key

MIN_MEMBERS = 3
# Where a sentence turns from one group of countries to another.
_CONTRAST = re.compile(r"\s*(?:[;।]|,?\s+जबकि\s+|,\s*(?:लेकिन|किंतु|किन्तु|परंतु|पर|वहीं|हालाँकि|हालांकि)\s+)")
# "A, B, C और D शामिल हैं, जो संयुक्त राष्ट्र ...": what the relative clause names is not a member.
_RELATIVE_CLAUSE = re.compile(r",\s*(?:जो|जिन्होंने|जिसने|जिनके|जिनका|जिनकी|जिसके|जिसका|जिसकी)\s.*$")
_MEMBER_CUE = re.compile("|".join(match_key(w) for w in ("सदस्य", "भागीदार", "भाग लिया", "संस्थापक",
    # 'इस पहल में भाग लेने वाले अफ्रीकी देश हैं: A, B ...': the participating countries
    "भाग लेने वाले", "भाग ले रहे", "हिस्सा लेने वाले", "हिस्सा ले रहे", "सहभागी",
    # a treaty's parties: 'ये 12 मूल पक्ष A, B, ... हैं' (a bare 'पक्ष' is any side: 'दोनों पक्ष')
    "मूल पक्ष", "संस्थापक पक्ष", "परामर्शदात्री पक्ष")))
# 'A, B और C ने ... यह समूह बनाया था', 'इस संगठन की स्थापना A, B और C ने की', 'इसका गठन ... ने किया': the
# founders of this group (named by a demonstrative, not another group's: '... ने "लीमा समूह" बनाया').
_GROUP_NOUNS = ("समूह", "संगठन", "मंच", "गठबंधन", "संघ", "समुदाय", "परिषद", "फ़ोरम", "तंत्र", "पहल", "व्यवस्था", "गठजोड़")
_FOUNDING = ("स्थापना", "स्थापित", "गठन", "गठित", "बनाया", "बनाई", "नींव")
_FOUNDED_IT = re.compile(r"(?<!\S)(?:(?:यह|इस|इसे)\s+(?:" + "|".join(match_key(w) for w in _GROUP_NOUNS) + r")\s+(?:(?:की|का|को)\s+)?"
                         r"|(?:इसकी|इसका|इसे)\s+)(?:" + "|".join(match_key(w) for w in _FOUNDING) + r")(?=[\s,।]|$)"
                         # '... द्वारा स्थापित इस मंच की बैठक ...'
                         r"|\sद्वारा\s+(?:स्थापित|गठित)\s+(?:इस|यह)\s")
# 'पेट्रोकैरिबे ऊर्जा सहयोग समझौते पर 14 देशों ने हस्ताक्षर किए': who signed the series' own agreement.
_SIGNED = re.compile(r"(?:" + "|".join(match_key(w) for w in ("समझौते", "संधि", "घोषणा", "घोषणापत्र", "चार्टर", "अभिसमय"))
                     + r")\s+पर\s+(?:\S+\s+){0,6}?हस्ताक्षर")


def says_members(sentence: str, series: str = "") -> bool:
    """Whether a sentence says the countries it lists are members: it calls them members,
    partners or founders, says they founded this group ('... ने यह समूह बनाया'), or says they
    founded the series or signed its agreement (`series`, the words the title names it by: '... ने
    नील मंच की स्थापना की', 'पेट्रोकैरिबे ऊर्जा सहयोग समझौते पर 14 देशों ने हस्ताक्षर किए')."""
    key = match_key(sentence)
    if _MEMBER_CUE.search(key) or _FOUNDED_IT.search(key):
        return True
    named = re.search(r"(?<!\S)" + re.escape(match_key(series)) + r"\s", key) if series else None
    # '... ने 2005 में नील मंच की स्थापना की', '... नील मंच समझौते पर ... हस्ताक्षर किए'
    return named is not None and (_SIGNED.search(key) is not None or re.match(
        r"\s*(?:(?:की|का|को)\s+)?(?:" + "|".join(match_key(w) for w in _FOUNDING) + r")(?=[\s,।]|$)", key[named.end():]) is not None)


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
                 if not is_topic(clause, n) and not is_occasion(clause, n)  # 'सीरिया संकट पर ...': no member
                 and not _only_where(clause, n)]
        if not names or (_RECIPIENTS.search(clause.split(names[-1], 1)[-1])
                         and not _MEMBER_CUE.search(match_key(clause))):  # '... को सदस्य बनाया गया' are members
            continue
        names = [n for n in names if not locates_a_city(clause, n)]  # 'केन्या के नैरोबी (1976)': where, not who
        listed = [n for n in names if party_kind(n, lexicon) == "country"]
        if (len(listed) >= MIN_MEMBERS or (len(names) >= 2 and _LISTED_AS_MEMBERS.search(clause))) and len(names) > len(best):
            best = names
    if best:  # 'इसमें एक ओर अफ़्रीकी संघ के सदस्य देश हैं और दूसरी ओर ... बारह देश — A, B, ...'
        best = [n for n in organisations_as_members(text, lexicon) if n not in best] + best
    return best


_LIST_JOINER = re.compile(r"(?:,|\s(?:और|तथा|एवं|व))\s*$")


def _only_where(clause: str, name: str) -> bool:
    """The name is only where something happens ('संवाद सिंगापुर में लौटा, जहाँ जापान के ... और
    यूक्रेन के ...': no list of three members): every time a lone name before में, not the last
    of a list ('A, B और C में सहयोग')."""
    if " में" not in clause:
        return False
    found = [m for m in re.finditer(re.escape(name), clause)]
    return bool(found) and all(
        re.match(r"\s+में(?=[\s,।]|$)", clause[m.end():]) is not None and not _LIST_JOINER.search(clause[:m.start()])
        for m in found)


_MEMBER_STATES_OF = re.compile(r"\s+" + match_key("के") + r"\s+(?:" + match_key("सभी") + r"\s+)?" + match_key("सदस्य")
                               + r"\s+(?:" + "|".join(match_key(w) for w in ("देश", "देशों", "राष्ट्र", "राष्ट्रों")) + r")(?=[\s,।]|$)")


def organisations_as_members(text: str, lexicon: Lexicon) -> list[str]:
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


# 'तीन क्षेत्रीय आर्थिक समुदायों — A (COMESA), B (EAC) और C (SADC) — के ...', 'दो संगठनों: A और B': a count of
# organisations, then the list (between dashes, or after a colon).
_COUNTS = {w: n for n, words in enumerate((("दो", "2"), ("तीन", "3"), ("चार", "4"), ("पाँच", "पांच", "5"), ("छह", "6")),
                                           start=2) for w in words}
_COUNTED_GROUPS = re.compile(r"(?<!\S)(?P<count>" + "|".join(_COUNTS) + r")\s+(?:\S+\s+){0,3}?(?:समुदायों|संगठनों|समूहों|गुटों|"
                             r"संघों|मंचों)(?:\s+[—–-]\s+|\s*[—–:]\s*)(?P<list>[^—–:।]{5,400}?)\s*(?:\s[—–-]\s|[—–।]|$)")


def counted_organisations(text: str, lexicon: Lexicon) -> list[str]:
    """The organisations a sentence counts and then lists ('अफ्रीका के तीन क्षेत्रीय आर्थिक समुदायों —
    A (COMESA), B (EAC) और C (SADC) — के राष्ट्राध्यक्षों की संयुक्त बैठक'): as many as the count says,
    a side the lexicon does not know written with its acronym (`glossed_sides`); else none."""
    if not any(noun in text for noun in ("समुदायों", "संगठनों", "समूहों", "गुटों", "संघों", "मंचों")):
        return []
    for match in _COUNTED_GROUPS.finditer(text):
        listed = match["list"]
        if _OBSERVER.search(match_key(listed)):
            continue
        names, seen = [], set()
        for name in dict.fromkeys(known_names(listed, lexicon) + glossed_sides(listed, lexicon)):
            entry = party_entry(name, lexicon)
            english = entry[1] if entry else name
            if english not in seen:  # 'दक्षिणी अफ्रीकी विकास समुदाय (SADC)': one side, named twice
                seen.add(english)
                names.append(name)
        if len(names) == _COUNTS[match["count"]]:
            return names
    return []


# A finished clause joined to the next by और: '... जैसे देश शामिल हैं और इसकी महासचिव रवांडा की ... हैं',
# '... इसके सदस्य हैं, और केन्या ने 2019 में इसे छोड़ दिया'.
_VERB_AND = re.compile(r"(?<=\s)(?:है|हैं|था|थे|थी|हुआ|हुए|हुई|हुईं)\s*,?\s+(?:और|तथा)\s+")
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
    "सदस्यता", "वर्तमान सदस्य", "पूर्ण सदस्य", "सदस्य समूह", "भागीदार पक्ष", "भागीदार राष्ट्र", "साझेदार राष्ट्र",
    "सहभागी देश", "सहभागी राष्ट्र", "संस्थापक सदस्य", "संस्थापक देश", "सदस्य देशों की सूची",
    # who takes part, as a note asks it or names it: '**किसका मंच**: अरब लीग (22 सदस्य) और ...'
    "किसका मंच", "किनका मंच", "किसके बीच", "किनके बीच", "कौन-कौन", "प्रतिभागी", "सहभागी", "भाग लेने वाले",
    "भागीदार संगठन", "सदस्य संगठन", "शामिल देश", "शामिल संगठन",
    # notes with English labels: '**Members**: ...', '**Founding members (15)**: ...', '**Parties**: ...'
    "members", "member states", "member countries", "founding members", "parties", "participants",
    # who signed the series' founding agreement: '• हस्ताक्षरकर्ता देश: A, B और C'
    "हस्ताक्षरकर्ता", "हस्ताक्षरकर्ता देश", "संस्थापक हस्ताक्षरकर्ता",
    # who holds the meetings: '**आयोजक**: फ़्रांस, संयुक्त राष्ट्र और विश्व बैंक' (two or more named)
    "आयोजक", "आयोजक देश", "सह-आयोजक", "आयोजनकर्ता",
))
# 'दो पक्ष', '5 सदस्य देश': a count before the members' label.
_COUNTED_LABEL = re.compile(r"^(?:[0-9०-९]{1,2}|" + "|".join(match_key(w) for w in (
    "दो", "तीन", "चार", "पाँच", "पांच", "छह", "सात", "आठ", "नौ", "दस")) + r")\s+")


# '**आयोजक**: फ़्रांस, संयुक्त राष्ट्र और विश्व बैंक', '**किसका मंच**: अरब लीग और ...', '**पहल
# किसकी**: फ़्रांस के राष्ट्रपति ...': a fact line whose label asks who holds the series; one side is enough.
_HOLDER_LABELS = frozenset(match_key(w) for w in (
    "आयोजक", "आयोजक देश", "आयोजक सरकारें", "सह-आयोजक", "सह आयोजक", "सह-आयोजक देश", "आयोजनकर्ता", "पहल किसकी",
    "किसकी पहल", "किसका मंच", "किनका मंच", "किसके बीच", "किनके बीच", "प्रतिभागी", "प्रतिभागी देश",
    "भाग लेने वाले देश", "भागीदार संगठन",
    # a note's question: '**कौन भाग लेता है**: जर्मनी और लगभग 35–40 देशों के ... मंत्री'
    "कौन भाग लेता है", "कौन भाग लेते हैं", "कौन शामिल होता है", "कौन शामिल होते हैं", "कौन-कौन भाग लेते हैं",
    # '◾ वित्तपोषण सम्मेलनों के सह-मेज़बान: डेनमार्क, यूरोपीय संघ, ...': who co-host the series
    "सह-मेज़बान", "सह मेज़बान", "सह-मेज़बान देश", "सह-मेज़बान सरकारें",
))
# '... सम्मेलनों के सह-मेज़बान', 'शिखर बैठकों के आयोजक': a label qualified by the series' meetings.
_OF_THE_MEETINGS = re.compile(r"^(?:\S+\s+){0,3}?(?:" + "|".join(match_key(w) for w in (
    "सम्मेलन", "सम्मेलनों", "बैठक", "बैठकों", "वार्ता", "वार्ताओं", "मंच")) + r")\s+(?:के|की|का)\s+")
# 'भारत सहित हिंद महासागर क्षेत्र के तटीय देश': one member named, the rest counted.
_INCLUDING = re.compile(r"^\s*(?:\S+\s+){1,4}?(?:सहित|समेत)(?=\s)")
# 'ब्रिटेन (2013, ब्राज़ील के साथ)': a side named in brackets as holding it together with the one before.
_TOGETHER_WITH = re.compile(r"\(([^()]*?)\s+के\s+साथ(?:\s+मिलकर)?\s*\)")


def labelled_members(line: Line, lexicon: Lexicon) -> list[str]:
    """The parties a members' or partners' fact line names in its first clause (two or more,
    or one named as including the rest: 'भारत सहित ... देश'), or an organisers' or holders'
    fact line names (one or more; with those in brackets it was held together with:
    'ब्रिटेन (2013, ब्राज़ील के साथ)'), else none. A side the lexicon does not know but the line
    glosses with an acronym ('लैटिन अमेरिकी एवं कैरिबियाई राज्यों का समुदाय (CELAC, 33 देश)')
    counts as written with it (`glossed_sides`)."""
    item = split_item(line)
    label = _COUNTED_LABEL.sub("", match_key(without_parentheticals(item.label))) if item is not None else ""
    if label not in _MEMBER_LABELS and label not in _HOLDER_LABELS:
        label = _OF_THE_MEETINGS.sub("", label)
        if label not in _MEMBER_LABELS and label not in _HOLDER_LABELS:
            return []
    first = re.split(r"[;।]", item.description, maxsplit=1)[0]
    if _OBSERVER.search(match_key(first)):
        return []
    first = _semicolon_list(item.description, lexicon) or first
    names = list(dict.fromkeys(known_names(first, lexicon) + bracketed_members(first, lexicon)
                               + glossed_sides(first, lexicon)))
    if len(names) < 2 and label in _MEMBER_LABELS:  # 'सदस्य: 3 (भारत, ब्राज़ील और दक्षिण अफ़्रीका)'
        names = list(dict.fromkeys(names + known_names(re.sub(r"[()]", ", ", first), lexicon)))
    if label in _HOLDER_LABELS:
        together = [n for match in _TOGETHER_WITH.finditer(first) for n in known_names(match[1], lexicon)]
        return list(dict.fromkeys(names + together))
    return names if len(names) >= 2 or (names and _INCLUDING.match(first)) else []


def _semicolon_list(description: str, lexicon: Lexicon) -> str | None:
    """'मिस्र; सूडान; इथियोपिया; युगांडा': a list with semicolons, every item opening with a party (and
    none an observer), as one clause; None for a first clause and its comment ('A और B; दोनों ...')."""
    if ";" not in description:
        return None
    items = [part.strip() for part in description.split(";") if part.strip()]
    for part in items:
        names = known_names(part, lexicon)
        if not names or not match_key(part).startswith(match_key(names[0])) or _OBSERVER.search(match_key(part)):
            return None
    return ", ".join(items) if len(items) >= 2 else None


_HEADING_MARKS = re.compile(r"^[#*\s]+|[*:：\s]+$")


def listed_under(label: str, lines: list[Line], lexicon: Lexicon) -> list[str]:
    """'## सदस्य देश' (or '**सदस्य**:' with nothing after it) over '- भारत', '- ब्राज़ील (2006 से)',
    ... or over a table's rows ('| भारत | 2006 |'): the sides a members' heading lists one to a
    line, each line opening with its name (two or more); a line calling its country an observer
    or a guest is left out."""
    key = _COUNTED_LABEL.sub("", match_key(without_parentheticals(_HEADING_MARKS.sub("", label))))
    if key not in _MEMBER_LABELS:
        return []
    names = []
    regional: list[list[str]] = []
    for line in lines:
        text = strip_marker(line.text)[0]
        item = split_item(line)
        head = item.label if item is not None else text
        if is_table_line(text):  # '| नॉर्वे | 1995 |': a table of members, a member to a row
            head = next((cell for cell in cells(text) if cell), "")
        found = known_names(head, lexicon)
        if found and not _OBSERVER.search(match_key(text)) and match_key(head).startswith(match_key(found[0])):
            names.append(found[0])
        elif not found and item is not None and item.description:
            regional.append(regional_members(item.label, item.description, lexicon))
    if not names and len([r for r in regional if r]) >= 2:
        # members grouped by region, every group on a line of its own (not beside members one to a line)
        names = [n for group in regional for n in group]
    return list(dict.fromkeys(names)) if len(names) >= 2 else []


_FORMER_LABEL = re.compile("|".join(match_key(w) for w in ("पूर्व सदस्य", "भूतपूर्व", "former", "मेज़बान", "host")))


def regional_members(label: str, description: str, lexicon: Lexicon) -> list[str]:
    """'– एशिया: अफ़ग़ानिस्तान, भूटान, ...', '- **अफ्रीका (16)**: बोत्सवाना, ...': under a members'
    label, a line of members grouped by region: a label that names no party, then the countries it
    lists (all of its first clause's names, each a country), none of them an observer."""
    if _OBSERVER.search(match_key(label)) or _FORMER_LABEL.search(match_key(label).casefold()):
        return []
    first = re.split(r"[;।]", description, maxsplit=1)[0]
    if _OBSERVER.search(match_key(first)):
        return []
    found = list(dict.fromkeys(known_names(first, lexicon)))
    return found if found and all(party_kind(n, lexicon) == "country" for n in found) else []


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
