"""Parties a new author names in other ways (session 9): through the leaders who meet, by a
country's adjective, an organiser's or a 'whose forum' fact line, 'X समेत N देश', an
organisation whose member states meet, and the headline under a foreign delegation's line.

Each rule is pinned by small invented documents, with cases it must not fire on (people only
present, observers, hosts, countries merely mentioned).
"""

from __future__ import annotations

from pipeline.parse import parse_document
from pipeline.parse.lexicon import default_lexicon
from pipeline.parse.parties.leaders import demonyms, leader_descriptions, leaders_between

LEXICON = default_lexicon()


def _parties(text: str) -> list[str]:
    return sorted(p["name_en"] for p in parse_document("t", text).rows["parties"])


# --- leaders standing for their countries ---------------------------------------------------

LEADERS_IN_TITLE = """हेलसिंकी में ओर्बान और लुकाशेंको की दूसरी भेंट: सीमा व्यापार पर सहमति

हेलसिंकी, 4 मई (एजेंसियां)। हंगेरियाई प्रधानमंत्री विक्टर ओर्बान ने आज बेलारूसी राष्ट्रपति अलेक्ज़ेंडर लुकाशेंको से मुलाक़ात की। पोलैंड के राष्ट्रपति आंद्रेज़ डूडा भी कुछ देर मौजूद रहे।

यह दोनों नेताओं की दूसरी शिखर भेंट थी। पहला शिखर सम्मेलन 12 मार्च 2021 को मिन्स्क में हुआ था।
"""

LEADERS_NOT_IN_TITLE = """हेलसिंकी में सीमा व्यापार पर सहमति

हेलसिंकी, 4 मई (एजेंसियां)। हंगेरियाई प्रधानमंत्री विक्टर ओर्बान ने आज बेलारूसी राष्ट्रपति अलेक्ज़ेंडर लुकाशेंको से मुलाक़ात की। पहला शिखर सम्मेलन 12 मार्च 2021 को मिन्स्क में हुआ था।
"""


def test_the_leaders_a_title_names_stand_for_their_countries():
    assert _parties(LEADERS_IN_TITLE) == ["Belarus", "Hungary"]  # not Poland: its president was only present
    assert _parties(LEADERS_NOT_IN_TITLE) == []  # no leader named in the title, no sides from leaders


LEADERS_BETWEEN = """प्राग में अंतर-बाल्टिक शिखर सम्मेलन संपन्न

लिथुआनिया गणराज्य के राष्ट्रपति श्री गितानस नौसेदा और लातविया के प्रधानमंत्री श्री क्रिस्यानिस कारिन्स के बीच 3 मई 2022 को प्राग में शिखर सम्मेलन आयोजित हुआ। एस्टोनिया के विदेश मंत्री भी बाद में पहुँचे।
"""

LEADERS_MET_NOT_BETWEEN = """प्राग में सम्मेलन संपन्न

लिथुआनिया के राष्ट्रपति श्री गितानस नौसेदा ने 3 मई 2022 को प्राग में भाषण दिया, जिसे लातविया के प्रधानमंत्री श्री क्रिस्यानिस कारिन्स ने सुना।
"""


def test_the_leaders_a_summit_was_between_stand_for_their_countries():
    assert _parties(LEADERS_BETWEEN) == ["Latvia", "Lithuania"]
    assert leaders_between(LEADERS_MET_NOT_BETWEEN.splitlines()[2], LEXICON) == []


def test_a_leader_is_described_by_a_country_its_adjective_or_a_party_of_it():
    sides = [leader.side for leader in leader_descriptions(
        "चीनी कम्युनिस्ट पार्टी के महासचिव शी जिनपिंग ने उत्तर कोरियाई नेता किम जोंग-उन और फ़्रांसीसी "
        "राष्ट्रपति इमैनुएल मैक्रों से भेंट की", LEXICON)]
    assert sides == ["चीन", "उत्तर कोरिया", "फ़्रांस"]
    # a city before the office, an office with no name after it, a name with no country: none
    assert leader_descriptions("पेरिस के महापौर ने कहा कि राष्ट्रपति ने भाषण दिया; प्रधानमंत्री नरेंद्र मोदी आए", LEXICON) == []


def test_adjectives_of_countries():
    table = demonyms(LEXICON)
    assert table["अमेरिकी"] == "अमेरिका" and table["जापानी"] == "जापान" and table["भारतीय"] == "भारत"
    assert table["उत्तर कोरियाई"] == "उत्तर कोरिया"
    assert "अमेरिका" not in table and "चीन" not in table  # a country's own name is no adjective


# --- a delegation's release; a name joined to the next by a dash ------------------------------

DELEGATION_RELEASE = """भारत में नॉर्डिक परिषद का प्रतिनिधिमंडल, नई दिल्ली

प्रेस विज्ञप्ति | नई दिल्ली, 3 मई 2023

ओस्लो में यूरोपीय संघ–नॉर्डिक परिषद शिखर सम्मेलन संपन्न

भारत के प्रधानमंत्री ने संदेश भेजा। शिखर सम्मेलन 2 मई 2023 को ओस्लो में हुआ।
"""

INDIAN_DELEGATION_LINE = """ओस्लो में भारत का प्रतिनिधिमंडल, ओस्लो

प्रेस विज्ञप्ति | ओस्लो, 3 मई 2023

ओस्लो में भारत–नॉर्डिक शिखर सम्मेलन संपन्न

शिखर सम्मेलन 2 मई 2023 को ओस्लो में हुआ।
"""


def test_a_delegations_line_with_its_city_is_no_headline_and_speaks_for_no_india():
    rows = parse_document("t", DELEGATION_RELEASE).rows
    assert rows["documents"][0]["title"] == "ओस्लो में यूरोपीय संघ–नॉर्डिक परिषद शिखर सम्मेलन संपन्न"
    # both sides of 'यूरोपीय संघ–नॉर्डिक परिषद'; India, named in the lead, does not issue the release
    assert sorted(p["name_en"] for p in rows["parties"]) == ["European Union", "Nordic Council"]
    rows = parse_document("t", INDIAN_DELEGATION_LINE).rows
    assert rows["documents"][0]["title"] == "ओस्लो में भारत–नॉर्डिक शिखर सम्मेलन संपन्न"
