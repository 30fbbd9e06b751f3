"""Several summits in one sentence: a list that leaves the noun out after the first ('..., और
तीसरा 2018 में बीजिंग में'), ordinals sharing one noun ('रीगा में चौथा और ब्रसेल्स में पाँचवाँ
सम्मेलन हुआ'), and places by year before one plural noun ('2022 में एल्माउ, 2023 में
हिरोशिमा ... में हुए सम्मेलनों').
"""

from __future__ import annotations

import re

from pipeline.parse.language.dates import MONTHS, ascii_digits, find_periods, month_period, plausible_year, year_period
from pipeline.parse.language.lexicon import Lexicon
from pipeline.parse.prose.status import _status
from pipeline.parse.prose.when import _date
from pipeline.parse.prose.where import _gazetteer_place, _known_city
from pipeline.parse.prose.words import _AND, _edition_of, _keys, _summit_noun_end, Mention
from pipeline.parse.layout.summits import CANCELLED, Place, find_place, label_place, names_ministers, PLANNED
from pipeline.parse.language.text import match_key


_CLAUSE_VERBS = _keys("हुआ हुई हुए था थी थे गया गई गए")
# "... और दूसरा दिन 5 जून को ...": an ordinal of something else than a summit
_NOT_A_SUMMIT_AFTER_ORDINAL = _keys("दिन बार सत्र चरण दौर वर्ष साल हिस्सा स्थान प्रस्ताव")


def _elided(words: list[str], keys: list[str], found: list[Mention], lexicon: Lexicon) -> list[Mention]:
    """'दूसरा शिखर सम्मेलन 2015 में जोहान्सबर्ग में हुआ, और तीसरा 2018 में फिर बीजिंग में': after
    a numbered summit, ', और <ordinal>' with a date and a place and no noun of its own is the
    next summit of the same list, in the same state."""
    numbered = [m for m in found if m.edition is not None and m.place is not None]
    if not numbered:
        return []
    mentions: list[Mention] = []
    for o in range(1, len(words) - 1):
        if keys[o + 1] in _NOT_A_SUMMIT_AFTER_ORDINAL:
            continue
        # ', 2010 में चौथा नोम पेन्ह में तथा ...': the item's date may stand before its ordinal
        lead = o if _starts_next_of_list(words, keys, o) else _dated_lead(words, keys, o)
        if lead is None:
            continue
        edition = _edition_of(words[o].strip(","))
        if not edition or any(edition == m.edition for m in found):
            continue
        stop = next((k for k in range(o + 1, len(words)) if words[k][-1] in ",;:।"
                     or (k + 2 < len(words) and keys[k + 1] in _ITEM_AND and (
                         _edition_of(words[k + 2].strip(",")) or _YEAR_OR_MONTH.match(words[k + 2])))),
                    len(words) - 1)
        if any(_summit_noun_end(keys, k) is not None for k in range(o + 1, stop + 1)):
            continue  # it names its own noun: the loop over nouns reads it
        rest = " ".join(words[lead:o] + words[o + 1:stop + 1]).rstrip(",;:।")
        period, _ = _date(rest, 0, None)
        place = find_place(rest, lexicon) or _gazetteer_place(rest, lexicon)
        if period is None or place is None or place.city is None:
            continue
        status = _status(match_key(rest))
        if status == "held":
            status = numbered[-1].status
        mentions.append(Mention(period, place, edition, status, "in_person", False))
    return mentions


_ITEM_AND = _keys("और तथा")
_YEAR_OR_MONTH = re.compile(r"[0-9०-९]{1,4}\b|(?:जनवरी|फ़?फरवरी|फ़रवरी|मार्च|अप्रैल|मई|जून|जुलाई|अगस्त|सितंबर|सितम्बर|अक्टूबर|"
                            r"अक्तूबर|नवंबर|नवम्बर|दिसंबर|दिसम्बर)")


def _dated_lead(words: list[str], keys: list[str], o: int) -> int | None:
    """', 2010 में चौथा ...', 'तथा अक्टूबर 2016 में सातवाँ ...': the index of the date (a year, or
    a month and year, then 'में') that opens the next item of a list before its ordinal; None
    when the words before the ordinal are no such date."""
    if o < 2 or keys[o - 1] != match_key("में"):
        return None
    for lead in (o - 2, o - 3):
        if lead < 1 or not re.fullmatch(r"[0-9०-९]{4},?", words[o - 2]):
            continue
        if lead == o - 3 and not _YEAR_OR_MONTH.match(words[lead]):
            continue
        if words[lead - 1].endswith(",") or keys[lead - 1] in _ITEM_AND:
            return lead
    return None


def _starts_next_of_list(words: list[str], keys: list[str], o: int) -> bool:
    """Whether the ordinal at o opens the next summit of a list: ', तीसरा ...', ', और तीसरा ...',
    'हुआ था और दूसरा ...' (the clause before ended with its verb) or '... में और तीसरा ...'."""
    if words[o - 1].endswith(","):
        return True
    return o >= 2 and keys[o - 1] == _AND and (
        words[o - 2].endswith(",") or keys[o - 2] in _CLAUSE_VERBS or keys[o - 2] in _PLACE_OR_DATE_END)


_PLACE_OR_DATE_END = _keys("में को")


def _shared_noun(words: list[str], keys: list[str], found: list[Mention], lexicon: Lexicon) -> list[Mention]:
    """'21-22 मई 2015 को रीगा में चौथा और 24 नवंबर 2017 को ब्रसेल्स में पाँचवाँ सम्मेलन हुआ': an
    ordinal right after a date or place and right before 'और' shares the next summit's noun and
    verb; its own words, back to the clause's start, give its date and place."""
    numbered = [m for m in found if m.edition is not None and m.place is not None]
    if not numbered:
        return []
    mentions: list[Mention] = []
    for j in range(1, len(words) - 1):
        if keys[j + 1] != _AND or keys[j - 1] not in _PLACE_OR_DATE_END or words[j][-1] in ",;:।":
            continue
        edition = _edition_of(words[j])
        if not edition or any(edition == m.edition for m in found):
            continue
        start = next((k + 1 for k in range(j - 1, -1, -1) if words[k][-1] in ",;:।"), 0)
        if any(_summit_noun_end(keys, k) is not None for k in range(start, j)):
            continue  # the clause has a noun of its own: the loop over nouns reads it
        own = " ".join(words[start:j])
        period, _ = _date(own, 0, None)
        place = find_place(own, lexicon) or (
            _known_city(" ".join(words[start:j - 1]), lexicon) if keys[j - 1] == match_key("में") else None)
        if period is None or place is None or place.city is None:
            continue
        status = _status(match_key(own))
        mentions.append(Mention(period, place, edition, numbered[0].status if status == "held" else status,
                                "in_person", False))
    return mentions


# "2022 में जर्मनी के एल्माउ, 2023 में जापान के हिरोशिमा और ... में हुए सम्मेलनों में गए": several
# held summits named by year and place before one plural noun.
_HELD_PLURAL = re.compile(
    r"\s(?:" + "|".join(match_key(w) for w in ("हुए", "आयोजित")) + r")\s+(?:"
    + "शिखर" + r"\s+)?(?:सम्मेलनों|सम्मेलनो)(?=\s|$)"
)
_ENUMERATED = re.compile(r"(?:^|[\s,])(?P<year>[0-9०-९]{4})\s+" + match_key("में") + r"\s+(?P<place>[^,]+?)(?=,|\s+"
                         + match_key("और") + r"\s+|$)")
_LIST_CLAUSE_END = re.compile(r"[;:]|\s[—–]\s")
_REGION_WORDS = _keys("क्षेत्र प्रांत राज्य इलाके इलाक़े द्वीपों")
_COUNTRY_OF = re.compile(r"^(?P<country>.+?)\s+(?:" + "|".join(match_key(w) for w in ("के", "की", "का")) + r")\s+(?P<name>.+)$")


# "२०२२ में टोक्यो में और २०२३ में हिरोशिमा में क्वाड नेता मिले": the leaders met in each.
_LEADERS_MET_IN = re.compile(r"(?P<last>\sमें)\s+(?:(?!में\s)[^\s,।]+\s+){0,3}?(?:नेता|नेताओं)\s+(?:[^\s,।]+\s+){0,2}?"
                             r"(?:मिले|मिलीं)(?=[\s।,]|$)")
_ASIDE = tuple(match_key(w) for w in ("के दौरान", "के इतर", "के हाशिये", "के हाशिए"))


# "2018 में सिंगापुर और 2019 में बैंकॉक में भी (ऐसे) सम्मेलन हुए": the plural verb after the noun.
_PLURAL_HELD_AFTER = re.compile(
    r"\s+(?:भी\s+)?(?:ऐसे\s+)?(?:शिखर\s+)?सम्मेलन\s+(?:भी\s+)?(?:आयोजित\s+)?(?:हुए|किए\s+गए|किये\s+गये)(?=[\s।,]|$)")


def _enumerated(sentence: str, title_key: str, lexicon: Lexicon) -> list[Mention]:
    plural = _HELD_PLURAL.search(sentence) or _PLURAL_HELD_AFTER.search(sentence)  # names stay as written
    if plural is not None:
        head_end, rest = plural.start(), sentence[plural.end():]
    elif (met := _LEADERS_MET_IN.search(sentence)) is not None and not any(a in match_key(sentence) for a in _ASIDE):
        head_end, rest = met.end("last"), sentence[met.end():]
    else:
        return []
    if CANCELLED.search(match_key(sentence)) or PLANNED.search(match_key(rest)):
        return []
    head = _LIST_CLAUSE_END.split(sentence[:head_end])[-1]  # "X और 2022 में Y" stays one list
    mentions: list[Mention] = []
    for match in _ENUMERATED.finditer(head):
        name = re.sub(r"\s+" + match_key("में") + r"$", "", match["place"].strip())
        within = _COUNTRY_OF.match(name)
        if within is not None and lexicon.lookup(within["country"], ("country",)):
            name = within["name"]  # "जर्मनी के एल्माउ": a place in Germany
        elif within is not None:
            return []  # "... के ...": not a plain place; unsure, so none
        if set(name.split()) & _REGION_WORDS or lexicon.lookup(name, ("organisation",)):
            place = None
        else:
            place = label_place(name, lexicon)
        if place is None or not (place.city or place.kind == "country"):
            continue
        year = int(ascii_digits(match["year"]))
        if not plausible_year(year):
            continue
        mentions.append(Mention(year_period(year), place, None, "held", "in_person", False))
    return mentions if len(mentions) >= 2 else []


# "तीसरा और चौथा शिखर सम्मेलन क्रमशः 3 जुलाई 1998 को अल्माटी में और 25 अगस्त 1999 को बिश्केक
# में आयोजित हुए": ordinals before one noun, then, after क्रमशः, one date and place each.
_RESPECTIVELY = re.compile(r"(?:^|\s)" + match_key("क्रमशः").replace("ः", "[ः:]?") + r"(?=\s)")
_PARTS = re.compile(r"\s+" + match_key("और") + r"\s+|,\s*(?:" + match_key("और") + r"\s+)?")
_TAIL_END = re.compile(r"[।;]|,\s*(?:जिस|जिन|जहाँ|जहां|जबकि|लेकिन)")


def _respectively(words: list[str], keys: list[str], sentence: str, lexicon: Lexicon) -> tuple[int, list[Mention]]:
    """The summits of a 'respectively' sentence, and the index of their shared noun ((-1, []) when
    the sentence has none, or its parts do not each give a date and a city)."""
    key = match_key(sentence)
    marker = _RESPECTIVELY.search(key)
    if marker is None:
        return -1, []
    before = len(key[:marker.start()].split())  # words before क्रमशः (keys keep word counts)
    nouns = [k for k in range(before) if _summit_noun_end(keys, k) is not None]
    if not nouns or _summit_noun_end(keys, nouns[-1]) != before:
        return _years_then_places(words, keys, before, lexicon)
    editions: list[int] = []
    k = nouns[-1] - 1
    while k >= 0 and (edition := _edition_of(words[k].strip(","))) is not None:
        editions.insert(0, edition)
        if k >= 2 and (keys[k - 1] == _AND or words[k - 1].endswith(",")):
            k -= 2 if keys[k - 1] == _AND else 1
        else:
            break
    tail = " ".join(words[before + 1:])
    tail = tail[:m.start()] if (m := _TAIL_END.search(tail)) else tail
    status = _status(match_key(tail))
    parts = [p for p in _PARTS.split(tail) if p.strip()]
    mentions: list[Mention] = []
    for part in parts:
        period, _ = _date(part, 0, None)
        if period is None:
            continue
        place = find_place(part, lexicon) or _gazetteer_place(part, lexicon)
        if place is None or place.city is None:
            return -1, []  # a part without its place: the pairing is unsure
        mentions.append(Mention(period, place, None, status, "in_person", False))
    if len(mentions) < 2 or (editions and len(editions) != len(mentions)):
        return -1, []
    if editions:
        mentions = [Mention(m.period, m.place, e, m.status, m.mode, False) for m, e in zip(mentions, editions)]
    return nouns[-1], mentions


_YEAR = re.compile(r"^[0-9०-९]{4}$")


def _years_then_places(words: list[str], keys: list[str], marker: int, lexicon: Lexicon) -> tuple[int, list[Mention]]:
    """'2005 और 2007 में क्रमशः कुआलालंपुर और सेबू में सम्मेलन हुए': years before क्रमशः, as many
    places after it, then the summit noun and its verb of holding."""
    start = next((k + 1 for k in range(marker - 1, -1, -1) if words[k][-1] in ";:।"), 0)  # a list of years has commas
    years = [int(ascii_digits(keys[k])) for k in range(start, marker) if _YEAR.match(keys[k])]
    noun = next((k for k in range(marker + 1, len(keys)) if _summit_noun_end(keys, k) is not None), None)
    if len(years) < 2 or noun is None or any(w[-1] in ",;:।" for w in words[marker + 1:noun - 1]):
        return -1, []
    names = " ".join(words[marker + 1:noun])
    names = names[:-len(" में")] if names.endswith(" में") else names
    places = [p.strip() for p in _PARTS.split(names) if p.strip()]
    rest = match_key(" ".join(words[_summit_noun_end(keys, noun):]))
    if len(places) != len(years) or not {w.strip(",;:।") for w in rest.split()[:3]} & _HELD_VERBS:
        return -1, []
    mentions = []
    for year, name in zip(years, places):
        place = _known_city(name, lexicon)
        if place is None or not plausible_year(year):
            return -1, []
        mentions.append(Mention(year_period(year), place, None, _status(rest), "in_person", False))
    return noun, mentions


_HELD_VERBS = _keys("हुए हुआ हुई आयोजित संपन्न सम्पन्न")


# "अंकारा ने 4 अप्रैल 2018 को और तेहरान ने उसी वर्ष 7 सितंबर को शिखर बैठक की मेज़बानी की":
# several hosts, each with its date, before one summit noun and its verb of hosting.
_HOSTED_AFTER_NOUN = re.compile(
    r"(?:^|\s)(?:" + match_key("शिखर") + r"\s+)?(?:" + match_key("सम्मेलन") + "|" + match_key("बैठक") + r")\s+(?:"
    + match_key("की") + r"\s+)?(?:" + match_key("भी") + r"\s+)?" + match_key("मेज़बानी") + r"\s+(?:"
    + "|".join(match_key(w) for w in ("की", "की थी", "की गई", "किया")) + r")\s*(?:[।,;]|$)")  # not '... की पेशकश की'
_HOST_PARTS = re.compile(r"\s+" + match_key("और") + r"\s+|,\s*(?:" + match_key("और") + r"\s+)?")
_HOST_PART = re.compile(r"^(?:.*\s)?(?P<host>\S+(?:\s\S+)?)\s+" + match_key("ने") + r"\s+(?P<when>.+?)\s+(?:"
                        + match_key("को") + "|" + match_key("में") + r")$")


def _hosts_by_date(sentence: str, lexicon: Lexicon) -> list[Mention]:
    """One held summit per 'CITY ने DATE को' before a shared 'शिखर बैठक की मेज़बानी की'; a date
    'उसी वर्ष 7 सितंबर' takes the year of the part before. [] unless every part is read."""
    key = match_key(sentence)
    noun = _HOSTED_AFTER_NOUN.search(key)
    if noun is None or CANCELLED.search(key) or PLANNED.search(key) or names_ministers(sentence):
        return []
    words_before = len(key[:noun.start()].split())  # the key's offsets are not the sentence's; its words are
    head = _LIST_CLAUSE_END.split(" ".join(sentence.split()[:words_before]))[-1]
    parts = [p for p in _HOST_PARTS.split(head.strip()) if p.strip()]
    if len(parts) < 2:
        return []
    mentions: list[Mention] = []
    year = None
    for part in parts:
        match = _HOST_PART.match(part.strip())
        if match is None:
            return []
        place = _known_city(match["host"], lexicon)
        period, _ = _date(match["when"], 0, year)
        if place is None or period is None:
            return []
        year = period.year
        mentions.append(Mention(period, place, None, "held", "in_person", False))
    return mentions


# "... अब तक तीन बार हो चुका है — नई दिल्ली (2008), अदीस अबाबा (2011) और नई दिल्ली (2015) में":
# cities, each with its year in brackets, in one list.
_CITY_YEAR = re.compile(r"(?:(?:और|तथा|एवं)\s+)?(?P<name>[^\s,;:()।—–-][^,;:()।—–]{0,40}?)\s*\((?P<year>[0-9०-९]{4}"
                        r"(?:(?:\s*,\s*|\s+(?:और|तथा|एवं)\s+)[0-9०-९]{4})*)\)")  # 'टोक्यो (2012, 2016)'
# "टोक्यो ने 2012 और 2016 में, हनोई ने 2014 में तथा बैंकॉक ने 2018 में ... मेज़बानी की": each host, its years
_HOST_YEARS = re.compile(r"(?<![^\s,])(?P<place>(?:(?!(?:और|तथा|एवं)\s)[^\s,।;:]+\s+){0,2}?(?!(?:और|तथा|एवं)\s)[^\s,।;:]+)\s+ने\s+(?P<year>" + r"[0-9०-९]{4}(?:(?:\s*,\s*|\s+(?:और|तथा|एवं)\s+)[0-9०-९]{4})*" + r")\s+में(?=[\s,।]|$)")
# ', ', ' और ', ', और फिर ': the next item of one list
_OF_A_COUNTRY = _keys("के की का")
_CITY_YEAR_JOINS = re.compile(r"^\s*(?:,\s*(?:और\s+|तथा\s+)?|\s+(?:और|तथा|एवं)\s+)(?:फिर\s+)?$")
_HELD_SO_FAR = re.compile(r"(?:^|\s)(?:" + "|".join(match_key(w) for w in (
    "हो चुका", "हो चुके", "हो चुकी", "हुए", "हुआ", "हुई", "हुईं", "आयोजित", "संपन्न", "मेज़बानी की", "मेज़बानी कर चुका",
    "मेज़बानी कर चुके", "मेज़बानी कर चुकी")) + r")(?=\s|$|[,।])")


# "... ऊफ़ा (2015) और ताशकंद (2016) में भी तीनों नेता मिले": the leaders (not ministers) met there
_LEADERS_MET = re.compile(r"(?:^|\s)(?:" + "|".join(match_key(w) for w in ("नेता", "राष्ट्रपति", "प्रधानमंत्री", "राष्ट्राध्यक्ष")) + r")"
                          r"(?:\s+(?:" + "|".join(match_key(w) for w in ("भी", "फिर", "एक साथ")) + r"))?\s+(?:" + "|".join(
                              match_key(w) for w in ("मिले", "मिलीं", "मिल चुके", "मिलते रहे", "जुटे")) + r")(?=\s|$|[,।;-])")


def _cities_with_years(sentence: str, lexicon: Lexicon) -> list[Mention]:
    """One held summit per 'CITY (YEAR)' of a list of at least two, each city known, in a
    sentence whose verb says they took place, that the leaders met there, or that someone attended
    them when the list names them the series' summits ('... भाग लेता रहा है, जिनमें नैरोबी (२००२), ...
    और मेडेलिन (२०१४) के मंच शामिल हैं'); [] when any item is not read."""
    key = match_key(sentence)
    held = (_HELD_SO_FAR.search(key) is not None or _HOSTED_SO_FAR.search(key) is not None
            or _LEADERS_MET.search(key) is not None)
    if not (held or (_ATTENDED.search(key) and not _FUTURE.search(key))) or CANCELLED.search(key) or PLANNED.search(
            key) or _OFFERED.search(key) or names_ministers(sentence):
        return []
    items = list(_CITY_YEAR.finditer(sentence)) if sentence.count("(") >= 2 else []  # (each item has its bracket)
    if len(items) < 2:
        return _years_with_cities(sentence, held, lexicon) if sentence.count("(") >= 2 else []
    if any(_CITY_YEAR_JOINS.match(sentence[a.end():b.start("name")]) is None for a, b in zip(items, items[1:])):
        return []  # not one list
    mentions: list[Mention] = []
    places = []
    for item in items:
        words = item["name"].split()
        # the first item may follow the list's introduction ('... हो चुका है — नई दिल्ली (2008)')
        of = [k for k in range(1, len(words) - 1) if match_key(words[k]) in _OF_A_COUNTRY]
        if of and len(words) - of[-1] <= 3:
            words = words[of[-1] + 1:]  # 'रूस के ऊफ़ा (2015)', 'बोलीविया के ला पाज़ (2019)': a country's city
        place = _known_city(" ".join(words[-2:]), lexicon) if len(words) > 1 else _known_city(words[0], lexicon)
        if item is not items[0] and len(words) > 3:
            return []
        if place is None and item is not items[0]:
            # '..., रियो डी जनेरियो (२०१०) और ...': a name the lexicon and GeoNames do not hold, in the
            # slot of a list whose other items are known cities, is a place too
            place = _unknown_name(item["name"], lexicon)
        if place is None:
            return []
        places.append(place)
    if sum(place.kind == "unknown" for place in places) * 2 > len(places):
        return []  # mostly unknown names: not sure it lists places
    for item, place in zip(items, places):
        for year in (int(ascii_digits(y)) for y in re.findall(r"[0-9०-९]{4}", item["year"])):
            if not plausible_year(year):
                return []
            mentions.append(Mention(year_period(year), place, None, "held", "in_person", False))
    if not held and not _names_the_summits(_before_first(sentence, items[0], mentions[0].place),
                                           sentence[items[-1].end():]):
        return []  # attended, but what: the list must be of summits
    return mentions


# "सम्मेलन की मेज़बानी नैरोबी (2002), ... और नेपल्स (2012) कर चुके हैं": the hosts, then the verb
_HOSTED_SO_FAR = re.compile(match_key("मेज़बानी") + r"\s(?:.*\s)?(?:" + "|".join(match_key(w) for w in (
    "कर चुके", "कर चुका", "कर चुकी", "ने की")) + r")(?:\s+(?:" + "|".join(match_key(w) for w in (
    "हैं", "है", "थे", "था", "थी")) + r"))?\s*(?:[,।]|$)")
# "... ने सम्मेलन की मेज़बानी की पेशकश की है": an offer or a bid to host, not a summit held
_OFFERED = re.compile(match_key("मेज़बानी") + r"\s+(?:" + "|".join(match_key(w) for w in ("की", "का", "के")) + r")\s+(?:"
                      + "|".join(match_key(w) for w in ("पेशकश", "प्रस्ताव", "इच्छा", "दावेदारी", "बोली")) + ")")
# "2002 (नैरोबी), 2006 (वैंकूवर) और 2012 (नेपल्स) ...": each year, then its city in brackets
_YEAR_CITY = re.compile(r"(?<![0-9०-९])(?P<year>[0-9०-९]{4})\s*\((?P<name>[^(),]+)(?:,[^()]*)?\)")


def _years_with_cities(sentence: str, held: bool, lexicon: Lexicon) -> list[Mention]:
    """One held summit per 'YEAR (CITY)' of a list of at least two after no noun ('... के सम्मेलनों में
    भाग लिया'), each city known; [] when any item is not read (a list after its noun is
    `noun_lists.listed_after_noun`'s)."""
    items = list(_YEAR_CITY.finditer(sentence))
    if len(items) < 2 or any(_CITY_YEAR_JOINS.match(sentence[a.end():b.start()]) is None for a, b in zip(items, items[1:])):
        return []
    if not _names_the_summits(sentence[:items[0].start()], sentence[items[-1].end():]) or (
            _NOUN_JUST_BEFORE.search(match_key(sentence[:items[0].start()]))):
        return []  # whose years: the list must be of summits, and not the list after its noun
    mentions = []
    for item in items:
        place = _known_city(item["name"].strip(), lexicon)
        year = int(ascii_digits(item["year"]))
        if place is None or len(place.city.split()) != len(item["name"].split()) or not plausible_year(year):
            return []
        mentions.append(Mention(year_period(year), place, None, "held", "in_person", False))
    return mentions


_NOUN_JUST_BEFORE = re.compile(match_key("सम्मेलन") + r"\s*$")


# Someone attended the summits of a list, or the list is among those (which) he attended: 'भाग लिया',
# 'भाग लेता रहा है', 'हिस्सा लिया', 'शामिल हुआ', '..., जिनमें ... शामिल हैं', 'सहभागिता की', 'उपस्थित रहे'.
_ATTENDED = re.compile(match_key(
    r"(?:^|\s)(?:(?:भाग|हिस्सा)\s+(?:लिया|ली|लिए|लेता|लेती|लेते|ले\s+चुका|ले\s+चुकी|ले\s+चुके)|"
    r"शामिल\s+(?:हुआ|हुई|हुए|रहा|रही|रहे|हैं|है|थे|था|थीं|थी)|(?:सहभागिता|भागीदारी|शिरकत)\s+की|उपस्थित\s+(?:रहा|रही|रहे|था|थे))"
    r"(?=\s|$|[,।])"))
# 'भाग लेगा', 'शामिल होंगे': a plan, not a summit that met
_FUTURE = re.compile(match_key(r"(?:^|\s)(?:लेगा|लेगी|लेंगे|होगा|होगी|होंगे|होंगी|रहेगा|रहेगी|रहेंगे)(?=\s|$|[,।])"))
_NOUN_AFTER_LIST = re.compile(match_key(
    r"^\s*(?:में\s+(?:(?:हुए|आयोजित|संपन्न)\s+)?|(?:के|की)\s+)(?:[^\s,।;:]+\s+){0,2}?(?:शिखर\s+)?"
    r"(?:सम्मेलन|सम्मेलनों)(?=[\s,।;:]|$)"))
# '... कई सम्मेलनों में भाग लिया है, जिनमें ', '... इन सम्मेलनों में भाग लिया: '
_SUMMITS_THEN_WHICH = re.compile(
    match_key(r"सम्मेलनों\s(?:[^।;:]+\s)?[^\s,।;:]+,\s*(?:जिनमें|जैसे|यथा)(?:\s+(?:से|भी))?\s*$")
    + "|" + match_key(r"सम्मेलनों(?:\s+[^\s।;]+){0,6}?\s*") + r"(?::|\s[-\u2013\u2014])\s*$")


def _unknown_name(name: str, lexicon: Lexicon) -> Place | None:
    """A list item's whole name as an unknown place: one to three words of letters, none of them
    a word the lexicon holds or a word that is no name."""
    words = name.split()
    if not 1 <= len(words) <= 3 or any(not re.fullmatch(r"[\u0900-\u0963\u0971-\u097f]+", w) or match_key(w) in _NOT_A_NAME
                                        or lexicon.lookup(w) is not None for w in words):
        return None
    return Place(name, "unknown")


def _before_first(sentence: str, first: re.Match, place: Place) -> str:
    """The sentence before a list's first item, with the words its name took in that are no
    part of its place ('जिनमें नैरोबी (२००२)': the list opens after जिनमें)."""
    words = first["name"].split()
    keep = max(0, len(words) - len((place.city or "").split()))
    return sentence[:first.start("name")] + " ".join(words[:keep]) + (" " if keep else "")


def _names_the_summits(before: str, after: str) -> bool:
    """Whether the words around a list of places name its items the series' summits: the noun
    right after it ('... और मेडेलिन (२०१४) के सम्मेलन', '... में हुए सम्मेलनों') or a plural noun
    that a 'जिनमें', 'जैसे' or a colon opens the list after ('कई सम्मेलनों में भाग लिया, जिनमें ...')."""
    return bool(_NOUN_AFTER_LIST.match(match_key(after)) or _SUMMITS_THEN_WHICH.search(match_key(before)))


# "2016 में गोवा में, 2018 में मनीला में और 2021 में वर्चुअल रूप से": years, each with its city (or
# the words of an online meeting), in one list.
# "2009 और 2011 में वॉशिंगटन, 2010 में लिस्बन और 2014 में ब्रसेल्स ने ... मेज़बानी की": years may share
# one place, and a place may stand bare before the list's next item (its postposition said once, at the end).
_YEARS = r"[0-9०-९]{4}(?:(?:\s*,\s*|\s+(?:और|तथा|एवं)\s+)[0-9०-९]{4}(?=\s*,|\s+(?:और|तथा|एवं|में)\s))*"
# "फ़रवरी 2018 में नियामे, 2 फ़रवरी 2019 में उआगादुगू ...": a month (and day) may open an item ('३१ अक्टूबर
# २०१४ को बीजिंग में और ९ दिसंबर २०१५ को इस्लामाबाद में ... सम्मेलन हुए': a day's को)
_ITEM_MONTH = r"(?:(?<![^\s,])(?:[0-9०-९]{1,2}\s+)?(?:" + "|".join(sorted(MONTHS, key=len, reverse=True)) + r")\s+)?"
_YEAR_PLACE = re.compile(
    _ITEM_MONTH + r"(?<![0-9०-९])(?P<year>" + _YEARS + r")\s+(?:में|को)\s+(?:" + match_key("फिर") + r"\s+)?(?:(?P<virtual>(?:वर्चुअल|आभासी|ऑनलाइन)(?:\s+(?:रूप|माध्यम|प्रारूप)\s+(?:से|में))?)"
    r"|(?P<place>(?:(?!में\s|ने\s|के\s)[^\s,।;:]+\s+){0,2}?[^\s,।;:]+)(?P<case>\s+(?:में|ने)|(?=\s*,|\s+(?:और|तथा|एवं)\s)"
    # '... और 2010 में रियो के सम्मेलनों में भाग लिया': the last place, then its summits' noun
    r"|\s+के(?=\s+(?:[^\s,।;:]+\s+){0,2}?(?:शिखर\s+)?" + match_key("सम्मेलन") + r")))(?=[\s,।]|$)")
_PAIR_JOIN = re.compile(r"^\s*(?:,\s*(?:और\s+)?|\s+(?:और|तथा|एवं)\s+)$")
# "पहले दो सम्मेलन 2011 और 2012 में नई दिल्ली में हुए": years that share one city
_YEARS_ONE_PLACE = re.compile(
    r"(?<![0-9०-९])(?P<years>[0-9०-९]{4}(?:\s*,\s*[0-9०-९]{4})*\s+(?:और|तथा|एवं)\s+[0-9०-९]{4})\s+में\s+"
    r"(?P<place>(?:(?!में\s)[^\s,।;:]+\s+){0,2}?[^\s,।;:]+)\s+में\s+(?:आयोजित\s+)?(?:हुए|किए\s+गए|किये\s+गये)(?=[\s,।]|$)")
_HELD_IN_LIST = re.compile(r"(?:^|\s)(?:" + "|".join(match_key(w) for w in (
    "हुए", "हुआ", "हुई", "हुईं", "आयोजित", "संपन्न", "मेज़बानी की", "मेज़बानी की थी", "हो चुके", "हो चुका")) + r")(?=\s|$|[,;।])")


def _years_with_places(sentence: str, lexicon: Lexicon) -> list[Mention]:
    """One held summit per 'YEAR में CITY में' of a list of at least two (or per year of
    'YEAR और YEAR में CITY में हुए'); [] when any item's city is not known or the verb is not
    one of holding, in the past."""
    key = match_key(sentence)
    if PLANNED.search(key) and not CANCELLED.search(key) and not names_ministers(sentence):
        # "ढाका में 2026 में और कोलंबो में 2028 में सम्मेलन होंगे": planned, each place with its year
        return _places_then_years(key, sentence.split(), lexicon, "planned")
    held = _HELD_IN_LIST.search(key) is not None or _LEADERS_MET.search(key) is not None
    if (not (held or (_ATTENDED.search(key) and not _FUTURE.search(key))) or CANCELLED.search(key)
            or PLANNED.search(key) or _RESPECTIVELY.search(key) or names_ministers(sentence)):
        return []  # a 'respectively' list pairs its own way; ministers' meetings are none
    words = sentence.split()

    def city(match: re.Match) -> Place | None:
        first = len(key[:match.start("place")].split())  # the name as written (keys keep word counts)
        name = " ".join(words[first:first + len(match["place"].split())]).rstrip(",;:")
        place = _known_city(name, lexicon)
        # a city the lexicon or GeoNames knows, the whole name: else unsure, so none
        return place if place is not None and len(place.city.split()) == len(name.split()) else None

    shared = _YEARS_ONE_PLACE.search(key)
    if shared is not None:
        place = city(shared)
        years = [int(ascii_digits(y)) for y in re.findall(r"[0-9०-९]{4}", shared["years"])]
        if place is None or not all(plausible_year(y) for y in years):
            return []
        return [Mention(year_period(y), place, None, "held", "in_person", False) for y in years]
    hosts = list(_HOST_YEARS.finditer(key))
    if len(hosts) >= 2 and all(_PAIR_JOIN.match(key[a.end():b.start()]) for a, b in zip(hosts, hosts[1:])):
        listed = []
        for host in hosts:
            first = len(key[:host.start("place")].split())
            words_of = [w for w in words[first:first + len(host["place"].split())]]
            place = None
            for n in range(len(words_of), 0, -1):  # the host is the name right before ने
                place = _known_city(" ".join(words_of[-n:]).strip(",;:"), lexicon)
                if place is not None:
                    break
            years = [int(ascii_digits(y)) for y in re.findall(r"[0-9०-९]{4}", host["year"])]
            if place is None or not all(plausible_year(y) for y in years):
                return []
            listed += [Mention(year_period(y), place, None, "held", "in_person", False) for y in years]
        return listed
    by_place = _places_then_years(key, words, lexicon)
    if by_place:
        return by_place
    items = list(_YEAR_PLACE.finditer(key))
    if len(items) < 2 or any(_PAIR_JOIN.match(key[a.end():b.start()]) is None for a, b in zip(items, items[1:])):
        return []
    if not (items[-1]["virtual"] or items[-1]["case"]):
        return []  # "2010 में लिस्बन और ...": the list's last place must carry its postposition
    if not held and not _names_the_summits(key[:items[0].start()], key[items[-1].end("place") if items[-1][
            "place"] else items[-1].end():]):
        return []  # attended, but what: the list must be of summits ('... के सम्मेलनों में भाग लिया')
    places = [None if item["virtual"] else city(item) for item in items]
    if any(places) and (items[-1]["case"] or "").strip() == "में":
        # "फ़रवरी 2018 में नियामे, फ़रवरी 2019 में उआगादुगू और ... में": beside a known city, a name in
        # the same slot of a list of places ('... में', not '... ने', whose subject may be a person) is
        # a place too, when it is one plain word the lexicon does not hold
        places = [place or (None if item["virtual"] else _plain_name(item, key, words, lexicon))
                  for place, item in zip(places, items)]
    mentions: list[Mention] = []
    for item, place in zip(items, places):
        years = [int(ascii_digits(y)) for y in re.findall(r"[0-9०-९]{4}", item["year"])]
        days = [p for _, _, p in find_periods(key[item.start():item.end("year")]) if p.precision == "day"]
        for year in years:
            if not plausible_year(year) or (place is None and not item["virtual"]):
                return []
            # '2 फ़रवरी 2019 में ...': the item's day; a month alone gives no date
            period = days[0] if len(years) == 1 and len(days) == 1 else year_period(year)
            mentions.append(Mention(period, place, None, "held", "virtual" if item["virtual"] else "in_person", False))
    return mentions


# "नैरोबी में 2002 में, वैंकूवर में 2006 में और नेपल्स में 2012 में ... हुए": each place, then its year
_PLACE_YEAR = re.compile(r"(?<![^\s,])(?P<place>(?:(?!(?:में|और|तथा|एवं)\s)[^\s,।;:]+\s+){0,2}?(?!(?:और|तथा|एवं)\s)[^\s,।;:]+)\s+में\s+"
                         r"(?P<year>[0-9०-९]{4})\s+में(?=[\s,।]|$)")


def _places_then_years(key: str, words: list[str], lexicon: Lexicon, status: str = "held") -> list[Mention]:
    """One held summit per 'CITY में YEAR में' of a list of at least two, each city known (the
    first item's name may follow the list's opening words); [] when any item is not read."""
    items = list(_PLACE_YEAR.finditer(key))
    if len(items) < 2 or any(_PAIR_JOIN.match(key[a.end():b.start()]) is None for a, b in zip(items, items[1:])):
        return []
    mentions: list[Mention] = []
    for item in items:
        first = len(key[:item.start("place")].split())
        name = words[first:first + len(item["place"].split())]
        # the first item may take in the words before the list ('पिछले मंच नैरोबी में 2002 में')
        tries = [name[-n:] for n in (2, 1) if len(name) >= n] if item is items[0] else [name]
        place = next((p for n in tries if (p := _known_city(" ".join(n).strip(",;:"), lexicon)) is not None
                      and len(p.city.split()) == len(n)), None)
        year = int(ascii_digits(item["year"]))
        if place is None or not plausible_year(year):
            return []
        mentions.append(Mention(year_period(year), place, None, status, "in_person", False))
    return mentions


_NOT_A_NAME = _keys("भी फिर ही यहाँ यहां वहाँ वहां इसी उसी इस उस दोबारा पुनः")


def _plain_name(item: re.Match, key: str, words: list[str], lexicon: Lexicon) -> Place | None:
    """The item's place as an unknown name: one word of letters, no lexicon entry of any kind."""
    first = len(key[:item.start("place")].split())
    name = " ".join(words[first:first + len(item["place"].split())]).rstrip(",;:")
    if len(name.split()) != 1 or not re.fullmatch(r"[\u0900-\u0963\u0971-\u097f]+", name) or match_key(
            name) in _NOT_A_NAME or lexicon.lookup(name) is not None:
        return None
    return Place(name, "unknown")


# "2018 में दो बार - मई में निकोसिया और दिसंबर में ... बेर्शेबा में - ... नेता एक साथ बैठे", "वर्ष 2022 में
# यह बैठक दो बार हुई - अप्रैल में नैरोबी में और जुलाई में अरूशा में": a year, how many times, then
# each time's month and city
_TIMES = {match_key(w): n for w, n in (("दो", 2), ("तीन", 3), ("दोनों", 2))}
_TIMES_CHEAP = re.compile(match_key("बार"))
_TIMES_IN_A_YEAR = re.compile(
    r"(?<![0-9०-९])(?P<year>[0-9०-९]{4})\s+" + match_key("में") + r"\s+(?:[^\s,।;]+\s+){0,3}?(?P<times>"
    + "|".join(_TIMES) + r")\s+" + match_key("बार") + r"(?=[\s,:—–-])")
_MONTH_ITEM = re.compile(r"(?:^|[\s,—–-])(?P<month>" + "|".join(sorted(MONTHS, key=len, reverse=True)) + r")\s+"
                         + match_key("में") + r"\s+(?P<place>(?:(?!" + match_key("में") + r"\s|" + match_key("और")
                         + r"\s)[^\s,।;—–-]+\s+){0,5}?[^\s,।;—–-]+)(?=\s+" + match_key("में") + r"(?=[\s,।;—–-]|$)|\s*[,।;—–-]|\s+"
                         + match_key("और") + r"\s|\s*$)")
# the leaders met, or the meeting took place, in the past
_MET_OR_HELD = re.compile(r"(?:^|\s)(?:" + "|".join(match_key(w) for w in (
    "हुई", "हुआ", "हुए", "हुईं", "आयोजित", "मिले", "मिलीं", "बैठे", "जुटे")) + r")(?=\s|$|[,।:;—–-])")


def times_in_a_year(sentence: str, lexicon: Lexicon) -> list[Mention]:
    """One held summit per 'MONTH में CITY' after 'YEAR में दो बार' (as many items as times, each
    city known, right after the count), in a sentence whose verb says they took place or the
    leaders met; [] otherwise."""
    if _TIMES_CHEAP.search(sentence) is None:
        return []
    key = match_key(sentence)
    found = _TIMES_IN_A_YEAR.search(key)
    if found is None or _MET_OR_HELD.search(key) is None or CANCELLED.search(key) or PLANNED.search(key) \
            or names_ministers(sentence) or _OFFICIALS.search(key):
        return []
    year = int(ascii_digits(found["year"]))
    rest = key[found.end():]
    items = list(_MONTH_ITEM.finditer(rest))[:_TIMES[found["times"]]]
    if not plausible_year(year) or len(items) != _TIMES[found["times"]] or rest[:items[0].start()].strip(" ,:—–-") not in (
            "", *(w for w in _HELD_WORDS)):
        return []
    words = sentence[len(sentence) - len(rest):].split() if len(sentence) == len(key) else None
    places = []
    for item in items:
        name = item["place"].split()
        if words is not None:  # the name as written (keys keep word counts)
            first = len(rest[:item.start("place")].split())
            name = words[first:first + len(name)]
        of = [k for k, w in enumerate(name) if match_key(w) in _OF_A_PLACE]
        name = [w.strip(",;:") for w in name[of[-1] + 1:] if of] if of else [w.strip(",;:") for w in name]
        place = _known_city(" ".join(name), lexicon) if name else None
        if place is None and len(name) == 1 and re.fullmatch(r"[\u0900-\u0963\u0971-\u097f]+", name[0]) and (
                lexicon.lookup(name[0]) is None and match_key(name[0]) not in _NOT_A_NAME):
            place = Place(name[0], "unknown")  # 'दिसंबर में इज़राइल के दक्षिणी शहर बेर्शेबा में': a town, beside a city
        places.append(place)
    if any(p is None for p in places) or all(p.kind == "unknown" for p in places):
        return []
    return [Mention(month_period(year, MONTHS[item["month"]]), place, None, "held", "in_person", False)
            for item, place in zip(items, places)]


_OF_A_PLACE = _keys("के की का शहर नगर")


_OFFICIALS = re.compile(r"(?:^|\s)(?:" + "|".join(match_key(w) for w in (
    "मंत्री", "मंत्रियों", "अधिकारी", "अधिकारियों", "सचिव", "सचिवों", "राजदूत", "राजदूतों")) + r")(?=\s|$|[,।:;])")
_HELD_WORDS = tuple(match_key(w) for w in ("हुई", "हुआ", "हुए", "हुईं", "आयोजित हुई", "आयोजित की गई", "मिले", "बैठे", "जुटे"))


# "... और 2018 में नोम पेन्ह ने इसकी मेज़बानी की थी": a year, a city, and 'its' hosting (the summit told before)
_HOSTED_IT_IN = re.compile(
    r"(?:^|\s)(?P<year>[0-9०-९]{4})\s+" + match_key("में") + r",?\s+(?:" + match_key("जब") + r"\s+)?"  # '2019 में, जब X ने ...'
    r"(?P<place>(?:[^\s,।;]+\s+){0,2}?[^\s,।;]+)\s+"
    + match_key("ने") + r"\s+(?:" + "|".join(match_key(w) for w in ("इसकी", "इनकी", "उसकी", "उनकी")) + r")\s+(?:"
    + "|".join(match_key(w) for w in ("मेज़बानी", "मेजबानी")) + r")\s+" + match_key("की") + r"(?=\s|$|[,।;])")


def hosts_of_it(sentence: str, lexicon: Lexicon) -> list[Mention]:
    """One held summit per 'YEAR में CITY ने इसकी मेज़बानी की' (a city the lexicon or GeoNames knows)."""
    key = match_key(sentence)
    if CANCELLED.search(key) or PLANNED.search(key):
        return []
    words = sentence.split()
    mentions = []
    for match in _HOSTED_IT_IN.finditer(key):
        first = len(key[:match.start("place")].split())
        place = _known_city(" ".join(words[first:first + len(match["place"].split())]).strip(",;:"), lexicon)
        year = int(ascii_digits(match["year"]))
        if place is not None and plausible_year(year):
            mentions.append(Mention(year_period(year), place, None, "held", "in_person", False))
    return mentions

