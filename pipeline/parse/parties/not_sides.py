"""What a text names that is not a side: observers, guests, non-members and members that left
(`_OBSERVER`), a country a meeting is about ('सीरिया पर', `is_topic`), another meeting named as
the occasion ('जी-२० शिखर सम्मेलन के इतर', `is_occasion`) and one taking over a group's chair
(`takes_the_chair`), one a side recognised or invited ('... ने नियू को दी मान्यता',
`is_recognised`), a country that only places a city ('केन्या के नैरोबी (1976)', `locates_a_city`). What belongs here: the exclusions the other readers share.
"""

from __future__ import annotations

import re

from pipeline.parse.language.text import match_key

# '... समेत 11 देश "सहयोग के लिए भागीदार" हैं, भागीदार राष्ट्र नहीं': said not to be members.
_NOT_MEMBERS = (r"(?:" + "|".join(match_key(w) for w in ("सदस्य", "भागीदार", "सहभागी")) + r")\s+(?:(?:"
                + "|".join(match_key(w) for w in ("देश", "राष्ट्र")) + r")\s+)?" + match_key("नहीं"))
# Observers, invited guests, countries left out or staying away are not members.
_OBSERVER = re.compile("|".join(match_key(w) for w in (
    "पर्यवेक्षक", "आमंत्रित", "आउटरीच", "अतिथि", "संवाद साझेदार", "संवाद भागीदार", "observer",
    "आलोचना", "बहिष्कार", "निलंबित", "न्योता", "न्यौता", "निमंत्रण", "नहीं आए", "नहीं आई", "नहीं आये",
    "नहीं पहुँचे", "नहीं पहुंचे", "अनुपस्थित", "गैरहाज़िर", "दूर रहे", "संबंध तोड़", "प्रतिबंध",
    "सदस्य नहीं", "अलग हो गया", "अलग हो गई", "भागीदारी समाप्त", "सदस्यता छोड़", "बाहर हो गया", "बाहर हो गई",
    # members that left, named only as leaving: 'A, B और C मंच से अलग हो गए', '... ने मंच छोड़ दिया'
    "अलग हो गए", "अलग हो चुके", "बाहर हो गए", "बाहर निकल", "छोड़ दिया", "छोड़ दी", "छोड़ दिए", "से हट गए", "से हट गया",
    "से हट गई",
    "निष्कासित", "सहयोगी देश", "संबद्ध देश", "सहयोगी राष्ट्र", "रणनीतिक साझेदार", "रणनीतिक भागीदार",
)) + "|" + _NOT_MEMBERS)


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
    return _said_after(_TOPIC_AFTER, match_key(text), name)


def _said_after(pattern: re.Pattern, key: str, name: str) -> bool:
    """Whether the pattern matches right after the name, as a word of the match key."""
    name_key = match_key(name)
    if name_key not in key:
        return False  # (most names: a cheap test first)
    return any(pattern.match(key, m.end()) for m in re.finditer(r"(?<!\S)" + re.escape(name_key), key))


# 'जी-२० शिखर सम्मेलन के इतर', '... सम्मेलन के दौरान/हाशिये पर': another meeting as the occasion.
_OCCASION_AFTER = re.compile(r"\s+(?:" + match_key("शिखर") + r"\s+)?(?:" + "|".join(match_key(w) for w in (
    "सम्मेलन", "बैठक", "वार्ता")) + r")\s+(?:" + match_key("के") + r"|" + match_key("की") + r")\s+(?:" + "|".join(
    match_key(w) for w in ("इतर", "दौरान", "हाशिये", "हाशिए", "मौके", "अवसर", "साथ-साथ", "अलावा")) + r")(?=[\s,।;:]|$)")


def is_occasion(text: str, name: str) -> bool:
    """'ओसाका में जी-२० शिखर सम्मेलन के इतर आयोजित ...': the name is another meeting's, the
    occasion of this one, not a side."""
    return _said_after(_OCCASION_AFTER, match_key(text), name)


# 'चिली के सैंटियागो (1972), केन्या के नैरोबी (1976) ...': the country says where a meeting's city lies.
_LOCATES_AFTER = re.compile(r"\s+" + match_key("के") + r"\s+(?:" + match_key("शहर") + r"\s+)?[^\s,।()]+(?:\s[^\s,।()]+){0,2}"
                            r"\s*\([0-9०-९]{4}\)")


def locates_a_city(text: str, name: str) -> bool:
    """'केन्या के नैरोबी (1976)': the name (a country) only places a city with its year, wherever
    the text names it."""
    key, name_key = match_key(text), match_key(name)
    if name_key not in key:
        return False
    places = [_LOCATES_AFTER.match(key, m.end()) is not None for m in re.finditer(r"(?<!\S)" + re.escape(name_key), key)]
    return bool(places) and all(places)


# 'बाइडन ने कुक आइलैंड्स और नियू को दी मान्यता', '... ने ताइवान को मान्यता दी', '... ने मिस्र को
# न्योता दिया', '... ने यूक्रेन को 'विस्तारित साझेदारी' का न्योता दिया' (what to, in a few words of
# one clause): a country recognised or invited, the object of what a side did, is no side.
_RECEIVES = re.compile(r"(?:\s*,\s*|\s+(?:" + "|".join(match_key(w) for w in ("और", "तथा", "एवं")) + r")\s+|\s+)"
                       r"(?:[^\s,।;:]+\s+){0,2}?" + match_key("को") + r"\s+(?:[^\s,।;:]+\s+){0,8}?(?:" + "|".join(
                           match_key(w) for w in ("मान्यता", "न्योता", "न्यौता", "निमंत्रण", "आमंत्रण", "आमंत्रित"))
                       + r")(?=[\s,।;:]|$)")


def is_recognised(text: str, name: str) -> bool:
    """'... ने कुक आइलैंड्स और नियू को दी मान्यता': the name is recognised or invited by a side."""
    return _said_after(_RECEIVES, match_key(text), name)


def takes_the_chair(text: str, name: str) -> bool:
    """'अंगोला ने संगठन की अध्यक्षता संभाली': the name takes over the chair of a group."""
    return _said_after(_TAKES_CHAIR, match_key(text), name)
