"""The government a release speaks for: a press release of the Press Information Bureau speaks for
India (`_issuing_government`), not when India only sent a delegation or a foreign embassy or
high commission or another government's or an organisation's delegation issued it (`_foreign_mission`);
and the country whose government (or a state's government) the lead says holds the summits ('भारत के
गुजरात राज्य की सरकार द्वारा आयोजित', `organising_government`).
"""

from __future__ import annotations

import re

from pipeline.parse.language.lexicon import Lexicon
from pipeline.parse.parties.leaders import _REGION_WORDS, demonyms
from pipeline.parse.parties.names import PARTY_KINDS, known_names, party_kind
from pipeline.parse.language.text import match_key
from pipeline.parse.layout.structure import Line, Shape, is_preamble

# 'उज़्बेकिस्तान गणराज्य का दूतावास', 'भारत में यूरोपीय संघ का प्रतिनिधिमंडल', 'यूरोपीय संघ का भारत एवं
# भूटान में प्रतिनिधिमंडल': the mission's country is the one before का, not the one it is posted in ('... में');
# a word may qualify the mission ('थाईलैंड का शाही दूतावास', 'जापान का महावाणिज्य दूतावास').
_MISSION = re.compile(r"^(?:.+\sमें\s+)?(?P<country>.+?)\s+(?:का|की|के)\s+(?:\S+(?:\s\S+){0,4}\s+में\s+)?(?:\S+\s+)?(?:दूतावास|उच्चायोग|वाणिज्य दूतावास|प्रतिनिधिमंडल|स्थायी मिशन|मिशन)(?=[\s,]|$)")
#: ...or the country's name joined to the mission's word ('मलेशिया उच्चायोग, नई दिल्ली', 'जापान दूतावास').
_JOINED_MISSION = re.compile(r"^(?P<country>\S+(?:\s\S+)?)\s+(?:दूतावास|उच्चायोग|महावाणिज्य दूतावास|वाणिज्य दूतावास)(?=[\s,]|$)")


def _foreign_mission(text: str, lexicon: Lexicon) -> bool:
    """An embassy or high commission of a country other than India issued the release."""
    key = match_key(text.strip())  # 'प्रतिनिधिमण्डल' is 'प्रतिनिधिमंडल'
    match = _MISSION.match(key) or _JOINED_MISSION.match(key)
    if match is None:
        return False
    country = match["country"]
    for name in (country, " ".join(country.split()[:-1]), country.split()[0]):  # 'उज़्बेकिस्तान गणराज्य'
        english = lexicon.english(name, PARTY_KINDS) if name else None
        if english is not None:
            return english != "India"
    named = known_names(country, lexicon)  # 'नई दिल्ली स्थित जापान का दूतावास': the last party named
    english = lexicon.english(named[-1], PARTY_KINDS) if named else None
    return english is not None and english != "India"


# A government's or a mission's release line, not a news page's byline, desk, kicker or date line.
_GOVERNMENT_LINE = re.compile(r"मंत्रालय|कार्यालय|सचिवालय|सरकार|पीआईबी|PIB|Press Information Bureau|प्रविष्टि तिथि|"
                              r"Posted On|विज्ञप्ति|प्रेस नोट|प्रेस रिलीज|Press Release|Media Release|दूतावास|उच्चायोग|"
                              r"मिशन|प्रतिनिधिमंडल|सूचना ब्यूरो|वक्तव्य|बयान|प्रकाशनार्थ|एडवाइज़री|एडवाइजरी", re.IGNORECASE)
_INDIA_CUE = re.compile(r"भारत|प्रधानमंत्री|प्रधान मंत्री")
# "भारतीय प्रतिनिधिमंडल ने ... भाग लिया": a delegation that attended makes India no side.
_DELEGATION = re.compile(r"भारत(?:ीय|\s+का|\s+के)\s+(?:एक\s+)?(?:\S+\s+)?प्रतिनिधि\s?मंडल")


def _issuing_government(shape: Shape, lexicon: Lexicon, found: list[tuple[str, Line]]) -> list[tuple[str, Line]]:
    """A press release of the Press Information Bureau (its preamble above the headline)
    speaks for India: when its lead names the Prime Minister or India, India is a side."""
    preamble = [line for line in shape.lead if line.number < shape.title.number and is_preamble(line.text)]
    # (read on match keys: 'मन्त्रालय', 'प्रधानमन्त्री' are the same words as 'मंत्रालय', 'प्रधानमंत्री')
    if not any(_GOVERNMENT_LINE.search(match_key(line.text)) for line in preamble) or any(lexicon.english(n, PARTY_KINDS) == "India" for n, _ in found):
        return []
    if any(_foreign_mission(line.text, lexicon) for line in preamble):
        return []  # 'उज़्बेकिस्तान गणराज्य का दूतावास, नई दिल्ली': another government speaks
    above = [line for line in shape.lead if line.number < shape.title.number]
    if above and not is_preamble(above[0].text) and _another_issuer(above[0].text, lexicon):
        return []  # 'विश्व आर्थिक मंच (World Economic Forum) / प्रेस विज्ञप्ति': an organisation speaks
    for line in shape.lead:
        if line.number > shape.title.number and _INDIA_CUE.search(_DELEGATION.sub("", match_key(line.text))):
            return [("भारत", line)]
    return []


# 'भारत के गुजरात राज्य की सरकार द्वारा आयोजित', 'जापान सरकार की ओर से आयोजित', 'ब्रिटिश सरकार द्वारा
# आयोजित किया जाता है': the words before सरकार name whose government holds the meetings.
_GOVERNMENT = r"(?P<who>(?:\S+\s+){1,6}?)(?:सरकार|सरकारों)(?:\s+के\s+(?:\S+\s+){1,3}?(?:मंत्रालय|विभाग))?"
_HELD_BY_GOVERNMENT = re.compile(r"(?:^|[,;।]\s*|\s)" + _GOVERNMENT + r"\s+(?:द्वारा|की\s+ओर\s+से)\s+"
                                 r"(?:\S+\s+){0,3}?आयोजित(?=[\s,।]|$)")
# 'इसका आयोजन भारत सरकार करती है', '... का आयोजन जापान सरकार के विदेश मंत्रालय ने किया'
_GOVERNMENT_HOLDS = re.compile(r"आयोजन\s+" + _GOVERNMENT + r"\s+(?:करती|करता|करते|ने\s+किया|ने\s+की)(?=[\s,।]|$)")


def organising_government(text: str, lexicon: Lexicon) -> list[str]:
    """The one country whose government, or one of whose states' government, a sentence says
    holds the meetings ('... भारत के गुजरात राज्य की सरकार द्वारा आयोजित ... सम्मेलन है'); none
    when the words name no country or several."""
    if "आयोज" not in text:  # आयोजित, आयोजन
        return []
    for match in (*_HELD_BY_GOVERNMENT.finditer(text), *_GOVERNMENT_HOLDS.finditer(text)):
        who = match["who"]
        names = {n for n in known_names(who, lexicon) if party_kind(n, lexicon) == "country"}
        words = [match_key(w) for w in who.split()]
        names |= {demonyms(lexicon)[w] for k, w in enumerate(words) if w in demonyms(lexicon)
                  and (k == 0 or words[k - 1] not in _REGION_WORDS)}  # not 'उत्तर कोरियाई सरकार
        if len(names) == 1:
            return list(names)
    return []


def _another_issuer(text: str, lexicon: Lexicon) -> bool:
    """The release's first line names its issuer, and that is no government's office, ministry or
    mission and not India's ('विश्व आर्थिक मंच (World Economic Forum)' over 'प्रेस विज्ञप्ति')."""
    if _GOVERNMENT_LINE.search(match_key(text)) or "भारत" in text or re.search(r"[0-9०-९]", text):
        return False
    names = known_names(text, lexicon)
    return not names or lexicon.english(names[0], PARTY_KINDS) != "India"
