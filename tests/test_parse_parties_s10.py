"""Parties a new author names in other ways (session 10): a title whose sides carry a Latin gloss
or include a country only ISO 3166 (or its sound) knows, a headline whose news after the colon names
other countries, countries written in another common spelling or by an older name glossed with
today's, and the English name of a country found only by ISO 3166.

Each rule is pinned by small invented documents, with cases it must not fire on.
"""

from __future__ import annotations

from pipeline.parse import parse_document
from pipeline.parse.language.lexicon import default_lexicon
from pipeline.parse.parties.issuer import organising_government
from pipeline.parse.parties.names import known_names, party_entry
from pipeline.parse.parties.title import party_names, title_parties

LEXICON = default_lexicon()


def _parties(text: str) -> list[str]:
    return sorted(p["name_en"] for p in parse_document("t", text).rows["parties"])


_NOTES_BODY = """
**यह क्या है**: दोनों सरकारों की वार्षिक संयुक्त बैठक।
**शुरुआत**: 2015

## उद्देश्य

**सहयोग**: आर्कटिक पर तालमेल।

## शिखर सम्मेलन

- **2015, रेक्याविक**: पहला दौर।
"""

# --- the title's sides ------------------------------------------------------------------------

GLOSSED_TITLE_ISO_SIDE = "# आइसलैंड–ग्रीनलेंड आर्कटिक परामर्श (Icelandic–Greenlandic Arctic Consultations) — मेरे नोट्स\n" + _NOTES_BODY
GLOSSED_TITLE_KNOWN_SIDES = "# आइसलैंड–नॉर्वे आर्कटिक परामर्श (Icelandic–Norwegian Consultations, Danish observers) — नोट्स\n" + _NOTES_BODY


def test_a_titles_latin_gloss_is_no_side_and_a_side_may_be_a_country_only_iso_knows():
    # 'ग्रीनलेंड' is Greenland by its sound (ISO 3166 writes ग्रीनलैंड); the lexicon lacks it
    assert party_names("आइसलैंड–ग्रीनलेंड आर्कटिक परामर्श (Icelandic–Greenlandic Arctic Consultations)", LEXICON) == [
        "आइसलैंड", "ग्रीनलेंड"]
    assert _parties(GLOSSED_TITLE_ISO_SIDE) == ["Greenland", "Iceland"]  # named in English from ISO 3166
    assert _parties(GLOSSED_TITLE_KNOWN_SIDES) == ["Iceland", "Norway"]
    # a region the lexicon knows as one is still no side, however it sounds
    assert title_parties("भारत–मध्य एशिया शिखर सम्मेलन", LEXICON) == (["भारत"], True)


NEWS_AFTER_COLON = """जापान–ब्राज़ील शिखर वार्ता: किशिदा ने ईरान को दिया संदेश, तुर्की के राष्ट्रपति एर्दोगन से भी मिले

टोक्यो, 4 मई (एजेंसियां)। जापानी प्रधानमंत्री फुमियो किशिदा ने आज ब्राज़ील के राष्ट्रपति लूला से शिखर वार्ता की। बाद में वे तुर्की के राष्ट्रपति रेचेप तैयप एर्दोगन से भी मिले। पहला शिखर सम्मेलन 12 मार्च 2021 को ओसाका में हुआ था।
"""

SIDES_AFTER_COLON = """किशिदा-लूला वार्ता: जापान और ब्राज़ील ने व्यापार बढ़ाने पर सहमति जताई

टोक्यो, 4 मई (एजेंसियां)। जापानी प्रधानमंत्री फुमियो किशिदा ने आज ब्राज़ील के राष्ट्रपति लूला से शिखर वार्ता की। पहला शिखर सम्मेलन 12 मार्च 2021 को ओसाका में हुआ था।
"""


def test_a_headlines_news_after_the_colon_adds_no_side_once_the_words_before_name_the_sides():
    assert _parties(NEWS_AFTER_COLON) == ["Brazil", "Japan"]  # not Iran, nor Turkey whose president it names
    # the words before the colon name no side: the sides after it count
    assert _parties(SIDES_AFTER_COLON) == ["Brazil", "Japan"]
    names, _ = title_parties("ओस्लो में नॉर्वे–स्वीडन शिखर बैठक: प्रधानमंत्री ने फ़िनलैंड को भी न्योता दिया", LEXICON)
    assert names == ["नॉर्वे", "स्वीडन"]
    names, _ = title_parties("ओस्लो में शिखर बैठक: नॉर्वे और स्वीडन ने समझौता किया", LEXICON)
    assert names == ["नॉर्वे", "स्वीडन"]


# --- spellings and older names ----------------------------------------------------------------


def test_other_common_spellings_of_a_country():
    for spelling in ("इस्राइल", "इस्रायल", "इज़रायल", "इजरायल"):
        assert party_entry(spelling, LEXICON)[1] == "Israel"
    for spelling in ("काबो वर्दे", "केप वर्दे", "केप वर्डे"):
        assert party_entry(spelling, LEXICON)[1] == "Cape Verde"  # ISO 3166's Cabo Verde, as English news writes it
    assert party_entry("फ़िलिस्तीनी प्राधिकरण", LEXICON)[1] == "Palestinian Authority"
    assert party_entry("सीलोन", LEXICON)[1] == "Sri Lanka"
    assert party_entry("इस्राइली", LEXICON) is None  # the adjective is no party


# --- a mission's line above the headline ------------------------------------------------------

MISSION_POSTED_IN = """नॉर्डिक परिषद का भारत एवं नेपाल में प्रतिनिधिमंडल

प्रेस विज्ञप्ति | नई दिल्ली, 3 मई 2023

नॉर्डिक परिषद–मेक्सिको शिखर सम्मेलन ओस्लो में संपन्न

भारत के प्रधानमंत्री ने संदेश भेजा। शिखर सम्मेलन 2 मई 2023 को ओस्लो में हुआ।
"""

INDIAS_MISSION_POSTED_IN = """भारत का यूरोपीय संघ एवं बेल्जियम में मिशन

प्रेस विज्ञप्ति | ब्रसेल्स, 3 मई 2023

ब्रसेल्स में यूरोपीय संघ–नॉर्डिक परिषद शिखर सम्मेलन संपन्न

भारत के प्रधानमंत्री ने संदेश भेजा। शिखर सम्मेलन 2 मई 2023 को ब्रसेल्स में हुआ।
"""


def test_a_missions_line_naming_where_it_is_posted_is_no_headline_and_speaks_for_no_india():
    rows = parse_document("t", MISSION_POSTED_IN).rows
    assert rows["documents"][0]["title"] == "नॉर्डिक परिषद–मेक्सिको शिखर सम्मेलन ओस्लो में संपन्न"
    assert sorted(p["name_en"] for p in rows["parties"]) == ["Mexico", "Nordic Council"]  # not India
    rows = parse_document("t", INDIAS_MISSION_POSTED_IN).rows  # India's own mission speaks for India
    assert rows["documents"][0]["title"] == "ब्रसेल्स में यूरोपीय संघ–नॉर्डिक परिषद शिखर सम्मेलन संपन्न"
    assert sorted(p["name_en"] for p in rows["parties"]) == ["European Union", "India", "Nordic Council"]


# --- a prime minister no country describes -------------------------------------------------------

UNQUALIFIED_PRIME_MINISTER = """पेरिस में मोदी-मैक्रों वार्ता: रक्षा सहयोग बढ़ाने पर सहमति

पेरिस, 12 फ़रवरी (एजेंसियां)। प्रधानमंत्री नरेन्द्र मोदी और फ़्रांसीसी राष्ट्रपति इमैनुएल मैक्रों ने आज पेरिस में शिखर वार्ता की। दोनों नेताओं ने भारत और फ़्रांस के रिश्तों की समीक्षा की। पहला शिखर सम्मेलन 12 मार्च 2018 को नई दिल्ली में हुआ था।
"""

PRIME_MINISTER_DESCRIBED_ELSEWHERE = """टोक्यो में किशिदा-यून वार्ता: रक्षा सहयोग बढ़ाने पर सहमति

टोक्यो, 12 फ़रवरी (एजेंसियां)। प्रधानमंत्री फुमियो किशिदा और दक्षिण कोरियाई राष्ट्रपति यून सुक-योल ने आज टोक्यो में शिखर वार्ता की। जापान के प्रधानमंत्री फुमियो किशिदा ने भारत की भी चर्चा की। पहला शिखर सम्मेलन 12 मार्च 2018 को सियोल में हुआ था।
"""


def test_a_prime_minister_no_country_describes_is_indias_in_a_text_that_names_india():
    assert _parties(UNQUALIFIED_PRIME_MINISTER) == ["France", "India"]
    assert _parties(UNQUALIFIED_PRIME_MINISTER.replace("प्रधानमंत्री नरेन्द्र", "प्रधान मंत्री नरेन्द्र")) == ["France", "India"]
    # a text that never names India: the prime minister stands for no side
    assert _parties(UNQUALIFIED_PRIME_MINISTER.replace("भारत और फ़्रांस", "दोनों देशों")) == []
    # described by his country elsewhere: that country, not India
    assert _parties(PRIME_MINISTER_DESCRIBED_ELSEWHERE) == ["Japan", "South Korea"]


# --- who co-host the series -------------------------------------------------------------------

CO_HOSTS_OF_THE_SERIES = """हरित वित्त सम्मेलन — एक नज़र में

◾ पूरा नाम: हरित वित्त पुनःपूर्ति सम्मेलन
◾ वित्तपोषण सम्मेलनों के सह-मेज़बान: नॉर्वे, यूरोपीय संघ, घाना और चिली
◾ सम्मेलनों का सिलसिला: 2011 से

उद्देश्य
◾ जलवायु वित्त: विकासशील देशों के लिए धन जुटाना।

अब तक के सम्मेलन
◾ 8 नवंबर 2011, ओस्लो: पहला प्रतिज्ञा सम्मेलन।
"""


def test_a_fact_line_naming_the_series_co_hosts_names_sides_a_hosts_line_does_not():
    assert _parties(CO_HOSTS_OF_THE_SERIES) == ["Chile", "European Union", "Ghana", "Norway"]
    assert _parties(CO_HOSTS_OF_THE_SERIES.replace("वित्तपोषण सम्मेलनों के सह-मेज़बान", "सह-मेज़बान देश")) == [
        "Chile", "European Union", "Ghana", "Norway"]
    assert _parties(CO_HOSTS_OF_THE_SERIES.replace("वित्तपोषण सम्मेलनों के सह-मेज़बान", "शिखर बैठकों के सह-मेज़बान")) == [
        "Chile", "European Union", "Ghana", "Norway"]
    # hosts of single meetings, or co-hosts of something other than the meetings, are no sides
    assert _parties(CO_HOSTS_OF_THE_SERIES.replace("वित्तपोषण सम्मेलनों के सह-मेज़बान", "सम्मेलनों के मेज़बान")) == []
    assert _parties(CO_HOSTS_OF_THE_SERIES.replace("वित्तपोषण सम्मेलनों के सह-मेज़बान", "हरित कोष के सह-मेज़बान")) == []


# --- co-chairs besides the listed members ------------------------------------------------------

CONVENERS_AND_CO_CHAIR = """बाल्टिक–नॉर्डिक शिखर सम्मेलन

बाल्टिक–नॉर्डिक शिखर सम्मेलन उत्तरी यूरोप के देशों का सम्मेलन है।

पृष्ठभूमि

पहला सम्मेलन 1995 में रीगा में हुआ था। इसे लातविया, लिथुआनिया, एस्टोनिया और फ़िनलैंड ने मिलकर आयोजित किया था, और इसमें 12 देशों ने भाग लिया था।
दूसरा सम्मेलन 2005 में विल्नियस में हुआ, जिसकी सह-अध्यक्षता लिथुआनिया और आइसलैंड ने की।

अब तक के सम्मेलन

1995: रीगा में पहला सम्मेलन हुआ।
"""


def test_a_summits_co_chairs_take_part_besides_the_listed_members():
    assert _parties(CONVENERS_AND_CO_CHAIR) == ["Estonia", "Finland", "Iceland", "Latvia", "Lithuania"]
    # co-hosts of a meeting are no co-chairs
    assert _parties(CONVENERS_AND_CO_CHAIR.replace("सह-अध्यक्षता", "सह-मेज़बानी")) == [
        "Estonia", "Finland", "Latvia", "Lithuania"]


# --- the government that holds the summits ------------------------------------------------------

STATE_GOVERNMENTS_SUMMIT = """पारा निवेश शिखर सम्मेलन

पारा निवेश शिखर सम्मेलन ब्राज़ील के पारा राज्य की सरकार द्वारा आयोजित एक द्विवार्षिक निवेश शिखर सम्मेलन है। इसमें विदेशी निवेशक और उद्योगपति भाग लेते हैं।

सम्मेलनों की सूची

| क्रम | वर्ष | शहर |
|---|---|---|
| 1 | 2013 | बेलें |
| 2 | 2015 | बेलें |
"""


def test_the_country_whose_government_holds_the_summits_is_a_side():
    assert _parties(STATE_GOVERNMENTS_SUMMIT) == ["Brazil"]
    assert organising_government("यह जापान सरकार की ओर से आयोजित वार्षिक सम्मेलन है।", LEXICON) == ["जापान"]
    assert organising_government("यह सम्मेलन ब्रिटिश सरकार द्वारा हर साल आयोजित किया जाता है।", LEXICON) == ["ब्रिटेन"]
    # no government, or two: no side from this rule
    assert _parties(STATE_GOVERNMENTS_SUMMIT.replace("ब्राज़ील के पारा राज्य की सरकार", "एक निजी संस्था")) == []
    assert organising_government("यह संयुक्त राष्ट्र द्वारा आयोजित सम्मेलन है।", LEXICON) == []
    assert organising_government("यह भारत और जापान की सरकारों द्वारा आयोजित सम्मेलन है।", LEXICON) == []


def test_an_older_name_glossed_with_todays_is_todays_country():
    text = ("पहले सम्मेलन के आयोजक पाँच देश थे — भारत, डाहोमी (अब बेनिन), अपर वोल्टा (आज का बुर्किना फ़ासो), "
            "स्याम (वर्तमान थाईलैंड) और पाकिस्तान।")
    assert known_names(text, LEXICON) == ["भारत", "बेनिन", "बुर्किना फ़ासो", "थाईलैंड", "पाकिस्तान"]
    # a bracket that is no name of the country: nothing read from it
    assert known_names("भारत, डाहोमी (बेनिन के पास) और पाकिस्तान", LEXICON) == ["भारत", "पाकिस्तान"]
    assert known_names("भारत, जापान (अब मेज़बान) और चीन", LEXICON) == ["भारत", "जापान", "चीन"]


def test_other_wordings_of_the_government_that_holds_the_summits():
    assert organising_government("यह भारत सरकार के विदेश मंत्रालय द्वारा आयोजित सम्मेलन है।", LEXICON) == ["भारत"]
    assert organising_government("इसका आयोजन जापान सरकार करती है।", LEXICON) == ["जापान"]
    assert organising_government("पहले सम्मेलन का आयोजन केन्या सरकार ने किया।", LEXICON) == ["केन्या"]
    assert organising_government("इसका आयोजन विश्व बैंक करता है।", LEXICON) == []


def test_other_breaks_between_a_headline_and_its_news():
    for title in ("रियाद में अमेरिका–खाड़ी सहयोग परिषद शिखर बैठक — ट्रंप ने ईरान को फिर दिया न्योता",
                  "रियाद में अमेरिका–खाड़ी सहयोग परिषद शिखर बैठक; ट्रंप ने ईरान को फिर दिया न्योता",
                  "रियाद में अमेरिका–खाड़ी सहयोग परिषद शिखर बैठक | ट्रंप ने ईरान को फिर दिया न्योता"):
        assert title_parties(title, LEXICON)[0] == ["अमेरिका", "खाड़ी सहयोग परिषद"]
    # before the break only one side: the names after it still count
    assert title_parties("ट्रंप-किम वार्ता — अमेरिका और उत्तर कोरिया के बीच समझौता", LEXICON)[0] == ["अमेरिका", "उत्तर कोरिया"]


def test_a_missions_country_after_the_city_it_is_in():
    rows = parse_document("t", MISSION_POSTED_IN.replace("नॉर्डिक परिषद का भारत एवं नेपाल में प्रतिनिधिमंडल",
                                                          "नई दिल्ली स्थित मेक्सिको का दूतावास")).rows
    assert sorted(p["name_en"] for p in rows["parties"]) == ["Mexico", "Nordic Council"]  # not India
    rows = parse_document("t", MISSION_POSTED_IN.replace("नॉर्डिक परिषद का भारत एवं नेपाल में प्रतिनिधिमंडल",
                                                          "ओस्लो स्थित भारत का दूतावास")).rows
    assert sorted(p["name_en"] for p in rows["parties"]) == ["India", "Mexico", "Nordic Council"]


def test_pm_is_an_office_too():
    assert _parties(UNQUALIFIED_PRIME_MINISTER.replace("प्रधानमंत्री नरेन्द्र मोदी", "पीएम मोदी")) == ["France", "India"]
    text = UNQUALIFIED_PRIME_MINISTER.replace("फ़्रांसीसी राष्ट्रपति इमैनुएल मैक्रों", "जापानी पीएम किशिदा").replace(
        "मोदी-मैक्रों", "मोदी-किशिदा").replace("भारत और फ़्रांस", "भारत और जापान")
    assert _parties(text) == ["India", "Japan"]


# --- members in a table; leaders in the direct plural ----------------------------------------

_BODY = "\n\nउद्देश्य\n\nव्यापार: व्यापार बढ़ाना।\n\nअब तक के सम्मेलन\n\n2015: ओस्लो में पहला सम्मेलन हुआ।\n"
MEMBERS_TABLE = """उत्तरी मंच शिखर सम्मेलन

उत्तरी मंच शिखर सम्मेलन उत्तरी यूरोप के देशों का मंच है।

सदस्य देश

| देश | शामिल होने का वर्ष |
|---|---|
| नॉर्वे | 1995 |
| स्वीडन | 1995 |
| फ़िनलैंड | 1997 |
| एस्टोनिया | पर्यवेक्षक |
""" + _BODY


def test_members_one_to_a_row_of_a_table_under_a_members_heading():
    assert _parties(MEMBERS_TABLE) == ["Finland", "Norway", "Sweden"]  # not Estonia, the observer
    assert _parties(MEMBERS_TABLE.replace("सदस्य देश\n", "मेज़बान देश\n")) == []


LEADERS_MEET = "उत्तरी साझेदारी शिखर सम्मेलन\n\nउत्तरी साझेदारी शिखर सम्मेलन एक वार्षिक बैठक है जिसमें नॉर्वे और स्वीडन के नेता हर साल मिलते हैं।" + _BODY


def test_the_leaders_of_two_sides_in_the_direct_plural_with_a_plural_verb():
    assert _parties(LEADERS_MEET) == ["Norway", "Sweden"]
    assert _parties(LEADERS_MEET.replace("के नेता हर साल मिलते हैं", "के राष्ट्राध्यक्ष हर साल एकत्र होते हैं")) == ["Norway", "Sweden"]
    # no plural verb: 'नेता' may be one leader, present or not
    assert _parties(LEADERS_MEET.replace("हर साल मिलते हैं", "भी उपस्थित थे")) == []


# --- a news lead's summit meeting when the title names no side -----------------------------------

_SUMMIT_SENTENCE = " पहला शिखर सम्मेलन 12 मार्च 2021 को ओस्लो में हुआ था।\n"
LEADERS_MET = ("ओस्लो में वार्षिक शिखर वार्ता संपन्न\n\nओस्लो, 4 मई (एजेंसियां)। नॉर्वे के प्रधानमंत्री योनास स्टोरे ने आज "
               "स्वीडन के प्रधानमंत्री उल्फ़ क्रिस्टर्सन के साथ वार्षिक शिखर वार्ता की।" + _SUMMIT_SENTENCE)
COUNTRIES_MET = ("ओस्लो में वार्षिक शिखर वार्ता संपन्न\n\nओस्लो, 4 मई (एजेंसियां)। नॉर्वे और स्वीडन ने आज वार्षिक शिखर वार्ता में "
                 "ऊर्जा सहयोग पर समझौता किया।" + _SUMMIT_SENTENCE)
MET_DURING_ANOTHER = ("ओस्लो में वार्षिक शिखर सम्मेलन संपन्न\n\nओस्लो, 4 मई (एजेंसियां)। सम्मेलन के दौरान नॉर्वे के प्रधानमंत्री योनास "
                      "स्टोरे और स्वीडन के प्रधानमंत्री उल्फ़ क्रिस्टर्सन की मुलाक़ात हुई।" + _SUMMIT_SENTENCE)


def test_the_sides_of_a_news_leads_summit_meeting():
    assert _parties(LEADERS_MET) == ["Norway", "Sweden"]
    assert _parties(LEADERS_MET.replace("नॉर्वे के प्रधानमंत्री", "नॉर्वेजियाई प्रधानमंत्री").replace(
        "ने आज स्वीडन के प्रधानमंत्री उल्फ़ क्रिस्टर्सन के साथ", "और स्वीडिश प्रधानमंत्री उल्फ़ क्रिस्टर्सन ने आज")) == ["Norway", "Sweden"]
    assert _parties(COUNTRIES_MET) == ["Norway", "Sweden"]
    # no summit meeting said, a meeting on another's occasion, another group's summit: no sides
    assert _parties(COUNTRIES_MET.replace("वार्षिक शिखर वार्ता में ", "")) == []
    assert _parties(MET_DURING_ANOTHER) == []
    assert _parties(COUNTRIES_MET.replace("वार्षिक शिखर वार्ता में", "जी-20 शिखर सम्मेलन में")) == []
    # a meeting the sentence does not call a summit
    assert _parties(LEADERS_MET.replace("के साथ वार्षिक शिखर वार्ता की", "से मुलाक़ात की")) == []


def test_more_common_spellings_of_countries():
    for spelling, english in (("इरान", "Iran"), ("ईराक", "Iraq"), ("जार्डन", "Jordan"),
                              ("सीरीया", "Syria"), ("इथोपिया", "Ethiopia"), ("नायजीरिया", "Nigeria"), ("केनिया", "Kenya"),
                              ("मोरोक्को", "Morocco"), ("आर्मीनिया", "Armenia"), ("आस्ट्रिया", "Austria"),
                              ("नार्वे", "Norway"), ("मैक्सिको", "Mexico")):
        assert party_entry(spelling, LEXICON)[1] == english
    assert party_entry("इंग्लैंड", LEXICON) is None  # England is no party's name (the United Kingdom is)


def test_a_title_side_written_as_an_adjective_before_the_series_words():
    assert title_parties("जर्मन–इस्राइली सरकारी परामर्श", LEXICON) == (["जर्मनी", "इस्राइल"], False)
    assert title_parties("भारत–जापानी संयुक्त आयोग", LEXICON) == (["भारत", "जापान"], False)
    # a word that is no country's adjective leaves the side unknown
    assert title_parties("भारत–खाड़ी संयुक्त आयोग", LEXICON)[1] is True
    # one side only: an adjective opening it describes ('Portuguese-speaking'), it is no side
    assert party_names("पुर्तगाली भाषी देशों का समुदाय शिखर सम्मेलन", LEXICON) == ["पुर्तगाली भाषी देशों का समुदाय"]
