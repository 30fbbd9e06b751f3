"""UN and agency sessions (session 12, blind16): an assembly (सभा) named by the title is the
series' meeting; a press office's section line sits above the headline; numbered sessions,
'कॉप16' names and 'CITY (YEAR), CITY (YEAR) और CITY (YEAR) में' enumerations.
Every document and sentence is invented; each shape has a look-alike left out.
"""

from __future__ import annotations

import pytest

from pipeline.parse.language.series_noun import own_meeting_nouns
from pipeline.parse.language.text import match_key
from pipeline.parse.layout.structure import is_preamble
from tests.parse_support import held, parse


@pytest.mark.parametrize("title", [
    "विश्व डाक सभा: जानने योग्य बातें",
    "प्रतिनिधिमंडल ने जकार्ता में 40वीं एशियाई संसदीय सभा में भाग लिया",
])
def test_an_assembly_in_the_title_names_its_meetings(title):
    assert match_key("सभा") in own_meeting_nouns(title)
    assert match_key("सभाएँ") in own_meeting_nouns(title)


@pytest.mark.parametrize("title", ["राज्य सभा में जल विधेयक पारित", "लोक सभा अध्यक्ष ने सम्मेलन का उद्घाटन किया",
                                   "विधान सभा का बजट सत्र शुरू"])
def test_a_house_of_a_legislature_is_no_assembly_series(title):
    assert match_key("सभा") not in own_meeting_nouns(title)


@pytest.mark.parametrize("line", ["प्रेस एवं जनसंपर्क अनुभाग", "जनसंपर्क प्रभाग", "मीडिया प्रकोष्ठ"])
def test_a_press_section_line_is_preamble(line):
    assert is_preamble(line)


def test_a_headline_is_not_preamble():
    assert not is_preamble("भारतीय शिष्टमंडल ने डाक सभा में भाग लिया")


ASSEMBLY_RELEASE = """संसद सचिवालय
जनसंपर्क अनुभाग

नई दिल्ली, 3 मई 2024

भारतीय शिष्टमंडल ने बर्न में 28वीं विश्व डाक सभा में भाग लिया

विश्व डाक सभा की 28वीं सभा 1 से 4 मई 2024 तक स्विट्ज़रलैंड के बर्न में आयोजित की गई।

पिछली सभाएँ:

• 2012 – दोहा, क़तर
• 2016 – इस्तांबुल, तुर्की

राज्य सभा ने 2019 में डाक विधेयक पारित किया था।
"""


def test_an_assembly_release_reads_its_headline_and_assemblies():
    rows = parse(ASSEMBLY_RELEASE)
    assert rows["documents"][0]["title"] == "भारतीय शिष्टमंडल ने बर्न में 28वीं विश्व डाक सभा में भाग लिया"
    assert [(y, c) for y, c, _, _ in held(rows)] == [(2024, "Bern"), (2012, "Doha"), (2016, "Istanbul")]


def test_the_same_lines_under_a_council_title_list_no_assemblies():
    rows = parse(ASSEMBLY_RELEASE.replace("28वीं विश्व डाक सभा में भाग", "विश्व डाक परिषद की बैठक में भाग"))
    # the sentence's 28th assembly is not the council's meeting (a bare list of years and places still is a list)
    assert 2024 not in [y for y, *_ in held(rows)]


def _said(sentence: str, title: str, multilateral: bool = True) -> list[tuple]:
    from pipeline.parse.language.lexicon import default_lexicon
    from pipeline.parse.prose import summits_in_sentence
    return [(m.period.year, m.place.city if m.place else None, m.edition)
            for m in summits_in_sentence(sentence, title, default_lexicon(), multilateral=multilateral)]


TRADE_TITLE = "व्यापार सम्मेलन का समापन, नई राह"


def test_cities_with_bracketed_years_are_not_bracketed_short_names():
    said = _said("बाद के दशकों में चिली के सैंटियागो (1972), केन्या के नैरोबी (1976) और फ़िलीपींस के मनीला (1979)"
                 " में संगठन के सम्मेलन हुए।", TRADE_TITLE)
    assert [(y, c) for y, c, _ in said] == [(1972, "सैंटियागो"), (1976, "नैरोबी"), (1979, "मनीला")]


def test_a_bracketed_short_name_before_the_noun_is_still_another_body():
    assert _said("मॉन्ट्रियल (2020) और टोक्यो (2022) में वैश्विक भागीदारी (जीपीएआई) के सम्मेलन हुए।", TRADE_TITLE) == []


@pytest.mark.parametrize("sentence, year, city, edition", [
    ("व्यापार सम्मेलन (अंकटाड) का 13वाँ सत्र 21 से 26 अप्रैल 2012 तक दोहा में आयोजित किया गया।", 2012, "दोहा", 13),
    ("14वाँ सत्र जुलाई 2016 में नैरोबी में हुआ।", 2016, "नैरोबी", 14),
    ("पक्षकारों का सम्मेलन सर्वोच्च निकाय है, जिसका पहला सत्र 29 सितंबर 1997 को रोम में हुआ था।", 1997, "रोम", 1),
])
def test_a_numbered_session_of_a_conference_is_its_meeting(sentence, year, city, edition):
    assert _said(sentence, TRADE_TITLE) == [(year, city, edition)]


@pytest.mark.parametrize("sentence", [
    "सम्मेलन के पहले सत्र में 12 मई 2016 को नैरोबी में प्रधानमंत्री ने भाषण दिया।",
    "संयुक्त राष्ट्र महासभा के 74वें सत्र के दौरान 25 सितंबर 2019 को न्यूयॉर्क में नेताओं ने मुलाक़ात की।",
])
def test_a_summits_own_session_or_another_bodys_is_no_meeting(sentence):
    assert all(e is None for _, _, e in _said(sentence, TRADE_TITLE))


def test_a_session_range_naming_both_months_may_last_weeks():
    from pipeline.parse.language.dates import find_periods
    [(_, _, period)] = find_periods("1 फ़रवरी से 29 मार्च 1968 तक")
    assert (period.start.isoformat(), period.end.isoformat()) == ("1968-02-01", "1968-03-29")
    assert [p.end.isoformat() for _, _, p in find_periods("1 जनवरी से 29 मई 1968 तक")] == ["1968-05-29"]  # not a meeting's


@pytest.mark.parametrize("text, city", [
    ("जिसका पहला सत्र 1997 में रोम, इटली में हुआ था।", "रोम"),
    ("सम्मेलन ग्रेटर नोएडा, भारत में हुआ।", "ग्रेटर नोएडा"),
])
def test_a_city_then_its_country_after_a_comma_is_the_city(text, city):
    from pipeline.parse.language.lexicon import default_lexicon
    from pipeline.parse.layout.summits import find_place
    assert find_place(text, default_lexicon()).city == city


def test_two_countries_after_a_comma_give_no_city():
    from pipeline.parse.language.lexicon import default_lexicon
    from pipeline.parse.layout.summits import find_place
    place = find_place("बैठकें भारत, चीन में हुईं।", default_lexicon())
    assert place is None or place.city is None


def _parties(text: str) -> list[str]:
    return [p["name_en"] for p in parse(text)["parties"]]


CONFERENCE_NEWS = """व्यापार सम्मेलन का समापन, विकास पर सहमति

जिनेवा, 7 अक्टूबर (भाषा) व्यापार सम्मेलन का 15वाँ सत्र 3 से 7 अक्टूबर 2021 तक जिनेवा में हुआ।

भारत की ओर से वाणिज्य विभाग के अधिकारियों ने वार्ताओं में हिस्सा लिया।

इसके बाद के दशकों में चिली के सैंटियागो (1972), केन्या के नैरोबी (1976) और फ़िलीपींस के मनीला (1979) में सम्मेलन हुए।
"""


def test_countries_that_place_listed_cities_are_no_parties_and_a_delegations_country_is():
    assert _parties(CONFERENCE_NEWS) == ["India"]


def test_countries_listed_as_taking_part_are_still_parties():
    text = CONFERENCE_NEWS.replace("भारत की ओर से वाणिज्य विभाग के अधिकारियों ने वार्ताओं में हिस्सा लिया।",
                                   "इसमें चिली, केन्या और फ़िलीपींस के सदस्य देशों ने भाग लिया।")
    assert set(_parties(text)) == {"Chile", "Kenya", "Philippines"}


def test_co_hosts_are_parties():
    text = CONFERENCE_NEWS.replace("भारत की ओर से वाणिज्य विभाग के अधिकारियों ने वार्ताओं में हिस्सा लिया।",
                                   "भारत और अमेरिका की साझा मेज़बानी में यह आयोजन हुआ।")
    assert _parties(text) == ["India", "United States"]


SUMMIT_TITLE = "विश्व उद्यम शिखर सम्मेलन: नई पहल"


@pytest.mark.parametrize("sentence, expected", [
    ("इसके बाद यह सिलसिला बाहर निकला और क्रमशः इस्तांबुल (2011), दुबई (2012) और मराकेश (2014) में इसकी बैठकें हुईं।",
     [(2011, "इस्तांबुल"), (2012, "दुबई"), (2014, "मराकेश")]),
    ("उसके बाद की बैठकें दक्षिण कोरिया के प्योंगचांग (2014), मेक्सिको के कानकुन (2016) और मिस्र के शर्म अल-शेख (2018) में हुईं।",
     [(2014, "प्योंगचांग"), (2016, "कानकुन"), (2018, "शर्म अल-शेख")]),
])
def test_its_meetings_listed_by_city_and_year(sentence, expected):
    assert [(y, c) for y, c, _ in _said(sentence, SUMMIT_TITLE)] == expected


@pytest.mark.parametrize("sentence", [
    "परिषद की बैठकें इस्तांबुल (2011), दुबई (2012) और मराकेश (2014) में हुईं।",  # a named body's
    "विदेश मंत्रियों की बैठकें इस्तांबुल (2011) और दुबई (2012) में हुईं।",
    "इसकी बैठकें इस्तांबुल (2011) और दुबई (2012) में होंगी।",  # planned
])
def test_other_meetings_listed_by_city_and_year_are_not_its_summits(sentence):
    assert _said(sentence, SUMMIT_TITLE) == []


def test_a_name_after_a_known_country_is_a_place():
    from pipeline.parse.language.lexicon import default_lexicon
    from pipeline.parse.prose.sessions import place_in_country
    lexicon = default_lexicon()
    assert place_in_country("मेक्सिको के कानकुन".split(), lexicon).city == "कानकुन"
    assert place_in_country("संगठन के कानकुन".split(), lexicon) is None  # no country before के


NEWS_WITH_DATELINE = """विश्व उद्यम शिखर सम्मेलन: मोदी ने किया आगाज़

हैदराबाद, 28 नवंबर। आठवाँ विश्व उद्यम शिखर सम्मेलन मंगलवार को हैदराबाद में शुरू हुआ। प्रधानमंत्री ने इसका उद्घाटन किया। 28 से 30 नवंबर 2017 तक चलने वाले इस आयोजन का विषय महिलाएँ हैं।
"""


def test_a_summit_waits_past_an_undated_sentence_for_the_datelines_day():
    assert held(parse(NEWS_WITH_DATELINE)) == [(2017, "Hyderabad", "2017-11-28", 8)]


def test_a_range_without_the_datelines_day_does_not_date_it():
    from pipeline.parse.document import DocumentRejected
    with pytest.raises(DocumentRejected):  # no summit read: the document is turned away
        parse(NEWS_WITH_DATELINE.replace("28 से 30 नवंबर 2017", "1 से 3 दिसंबर 2017"))


def test_a_numbered_convention_of_a_conference_is_its_meeting():
    said = _said("जैव विविधता सम्मेलन का 16वाँ अधिवेशन 21 अक्टूबर 2024 को कैली में आयोजित हुआ।",
                 "जैव विविधता सम्मेलन: कैली में सहमति")
    assert [(y, e) for y, _, e in said] == [(2024, 16)]


ASSEMBLY_TITLE = "शिष्टमंडल ने जकार्ता में 40वीं एशियाई संसदीय सभा में भाग लिया"


def test_a_peak_summit_in_a_report_on_an_assembly_is_another_series():
    assert _said("संसद ने अक्टूबर 2023 में नई दिल्ली में जी-20 देशों के संसदीय अध्यक्षों के नौवें शिखर सम्मेलन की मेज़बानी की थी।",
                 ASSEMBLY_TITLE, multilateral=False) == []


def test_the_assemblys_own_numbered_conference_still_counts():
    assert _said("भारत ने 1993 में नई दिल्ली में 89वें एशियाई संसदीय सम्मेलन की मेज़बानी की थी।", ASSEMBLY_TITLE,
                 multilateral=False) == [(1993, "नई दिल्ली", 89)]


def test_a_peak_summit_counts_where_the_series_has_no_word_of_its_own():
    assert _said("अक्टूबर 2023 में नई दिल्ली में नौवें शिखर सम्मेलन की मेज़बानी की गई।", "संसदीय अध्यक्षों का शिखर सम्मेलन",
                 multilateral=False) == [(2023, "नई दिल्ली", 9)]


def _sessions(sentence: str) -> list[tuple]:
    from pipeline.parse.language.lexicon import default_lexicon
    from pipeline.parse.prose.sessions import numbered_sessions
    return [(m.period.label, m.place.city, m.edition) for m in numbered_sessions(sentence, default_lexicon())]


def test_places_numbered_in_brackets_with_their_days():
    assert _sessions("2019 में क़तर की राजधानी दोहा (40वीं सभा, 6-10 अप्रैल) और सर्बिया के बेलग्रेड (41वीं सभा, 13-17 अक्टूबर)"
                     " ने मेज़बानी की।") == [("2019-04-06/2019-04-10", "दोहा", 40), ("2019-10-13/2019-10-17", "बेलग्रेड", 41)]


def test_numbered_sessions_with_days_before_one_place():
    assert _sessions("2018 के दोनों सत्र - 20वाँ (3-7 मार्च) और 21वाँ (9-13 अक्टूबर) - जिनेवा में आयोजित किए गए।") == [
        ("2018-03-03/2018-03-07", "जिनेवा", 20), ("2018-10-09/2018-10-13", "जिनेवा", 21)]


@pytest.mark.parametrize("sentence", [
    "2026 में दोहा (52वीं सभा) और बेलग्रेड (53वीं सभा) में सभाएँ आयोजित होंगी।",  # planned
    "2019 में जी-20 (14वाँ सम्मेलन) और ब्रिक्स (11वाँ सम्मेलन) के नेता मिले।",  # no places, no holding
    "2019 में विदेश मंत्रियों की बैठकें दोहा (40वीं बैठक) और बेलग्रेड (41वीं बैठक) में हुईं।",  # ministers
])
def test_no_numbered_sessions(sentence):
    assert _sessions(sentence) == []


@pytest.mark.parametrize("title, noun", [
    ("मानवाधिकार परिषद का 58वाँ सत्र जिनेवा में शुरू", "सत्र"),
    ("यूनेस्को महासम्मेलन: जानने योग्य तथ्य", "महासम्मेलन"),
])
def test_a_session_or_a_general_conference_in_the_title_names_its_meetings(title, noun):
    assert match_key(noun) in own_meeting_nouns(title)


def test_a_session_of_a_summit_in_the_title_is_no_word_of_the_series():
    assert own_meeting_nouns("भारत-अफ्रीका शिखर सम्मेलन के उद्घाटन सत्र में मोदी का भाषण") == frozenset()


def test_a_peak_summit_counts_when_the_title_calls_one_a_peak_too():
    assert _said("अक्टूबर 2023 में नई दिल्ली में नौवें शिखर सम्मेलन की मेज़बानी की गई।",
                 "विश्व डाक सभा और शिखर सम्मेलन: तथ्य", multilateral=False) == [(2023, "नई दिल्ली", 9)]


def test_these_meetings_listed_by_city_and_year():
    said = _said("बाद में ये बैठकें इस्तांबुल (2011) और दुबई (2012) में हुईं।", SUMMIT_TITLE)
    assert [(y, c) for y, c, _ in said] == [(2011, "इस्तांबुल"), (2012, "दुबई")]


HEALTH_TITLE = "स्वास्थ्य सचिव ने जिनेवा में 77वीं विश्व स्वास्थ्य सभा में वक्तव्य दिया"


def test_a_numeral_after_held_numbers_the_series():
    said = _said("जिनेवा में 27 मई से 1 जून 2024 तक आयोजित 77वीं विश्व स्वास्थ्य सभा में प्रतिनिधिमंडल ने भाग लिया।",
                 HEALTH_TITLE, multilateral=False)
    assert [(y, c, e) for y, c, e in said] == [(2024, "जिनेवा", 77)]


def test_a_meeting_that_opened_on_its_day_in_its_city_was_held():
    assert _said("पहली विश्व स्वास्थ्य सभा 24 जून 1948 को जिनेवा में आरंभ हुई थी।", HEALTH_TITLE,
                 multilateral=False) == [(1948, "जिनेवा", 1)]


def test_meetings_that_began_from_a_year_are_no_summit():
    assert _said("ये सभाएँ 2006 से जिनेवा में शुरू हुईं।", HEALTH_TITLE, multilateral=False) == []


def test_phases_are_not_a_place():
    said = _said("पाँचवीं सभा दो चरणों में हुई — फ़रवरी 2021 में ऑनलाइन।", HEALTH_TITLE, multilateral=False)
    assert all(c != "चरणों" for _, c, _ in said)


def test_a_ministerial_series_counts_its_ministerial_conferences():
    title = "व्यापार संगठन का 13वाँ मंत्रिस्तरीय सम्मेलन दोहा में संपन्न"
    assert _said("संगठन का पहला मंत्रिस्तरीय सम्मेलन 1996 में सिंगापुर में हुआ था।", title, multilateral=False) == [
        (1996, "सिंगापुर", 1)]


def test_a_ministerial_conference_is_no_summit_of_a_leaders_series():
    assert _said("संगठन का पहला मंत्रिस्तरीय सम्मेलन 1996 में सिंगापुर में हुआ था।", "व्यापार शिखर सम्मेलन दोहा में संपन्न",
                 multilateral=False) == []


@pytest.mark.parametrize("sentence", [
    "व्यापार सम्मेलन (अंकटाड) का 13 वाँ सत्र 21 से 26 अप्रैल 2012 तक दोहा में आयोजित किया गया।",  # a spaced ordinal
    "तेरहवाँ सत्र 2012 में दोहा में हुआ।",  # an ordinal word past any summit's own sessions
])
def test_other_ways_to_number_a_session(sentence):
    assert _said(sentence, TRADE_TITLE) == [(2012, "दोहा", 13)]


def test_a_small_ordinal_word_of_a_session_numbers_nothing():
    assert all(e is None for _, _, e in _said("सम्मेलन का पाँचवाँ सत्र 2012 में दोहा में हुआ।", TRADE_TITLE))


def test_a_bracketed_session_takes_the_year_right_before_it():
    assert _sessions("भारत 1949 में सदस्य बना और 1993 में नई दिल्ली (89वाँ सम्मेलन, 12-17 अप्रैल) ने इसकी मेज़बानी की।") == [
        ("1993-04-12/1993-04-17", "नई दिल्ली", 89)]


@pytest.mark.parametrize("sentence", [
    "इसके सम्मेलन 1976 (नैरोबी), 1979 (मनीला) और 1983 (बेलग्रेड) में हुए।",  # years, their places in brackets
    "पिछले सत्र 1976 (नैरोबी, केन्या), 1979 (मनीला, फ़िलीपींस) और 1983 (बेलग्रेड, यूगोस्लाविया) में हुए।",
    "पिछले सत्र नैरोबी, केन्या (1976), मनीला, फ़िलीपींस (1979) और बेलग्रेड, यूगोस्लाविया (1983) में हुए।",
])
def test_sessions_listed_with_years_and_places_in_brackets(sentence):
    assert [(y, c) for y, c, _ in _said(sentence, TRADE_TITLE)] == [(1976, "नैरोबी"), (1979, "मनीला"), (1983, "बेलग्रेड")]


@pytest.mark.parametrize("sentence", [
    "इसके सम्मेलन 2026 (नैरोबी) और 2028 (मनीला) में होंगे।",  # planned
    "परिषद की बैठकें 1976 (नैरोबी) और 1979 (मनीला) में हुईं।",  # a named body's meetings
])
def test_no_sessions_listed_with_years_and_places(sentence):
    assert _said(sentence, TRADE_TITLE) == []


def test_each_numbered_session_with_its_bracketed_place_and_year():
    assert _said("सम्मेलन का चौथा सत्र (नैरोबी, 1976) और पाँचवाँ सत्र (मनीला, 1979) आयोजित हुए।", TRADE_TITLE) == [
        (1976, "नैरोबी", 4), (1979, "मनीला", 5)]


def test_a_summits_fourth_session_without_its_own_place_and_year_is_none():
    assert _said("सम्मेलन के चौथे सत्र में 1976 में नैरोबी में प्रस्ताव पारित हुआ।", TRADE_TITLE) == [] or all(
        e is None for _, _, e in _said("सम्मेलन के चौथे सत्र में 1976 में नैरोबी में प्रस्ताव पारित हुआ।", TRADE_TITLE))


@pytest.mark.parametrize("sentence, expected", [
    ("तीसरा सत्र 1972 में सैंटियागो में, चौथा 1976 में नैरोबी में और पाँचवाँ 1979 में मनीला में हुआ।",
     [(1972, "सैंटियागो", 3), (1976, "नैरोबी", 4), (1979, "मनीला", 5)]),
    ("1972 में सैंटियागो में तीसरा सत्र हुआ।", [(1972, "सैंटियागो", 3)]),
])
def test_a_session_numbered_by_a_word_with_its_own_year(sentence, expected):
    assert _said(sentence, TRADE_TITLE) == expected


@pytest.mark.parametrize("sentence", [
    "शिखर सम्मेलन के दूसरे सत्र में 2019 में ओसाका में मोदी ने भाषण दिया।",
    "सम्मेलन के तीसरे सत्र में 1972 में सैंटियागो में प्रस्ताव पारित हुआ।",
])
def test_a_meetings_own_session_numbers_no_meeting(sentence):
    assert all(e is None for _, _, e in _said(sentence, TRADE_TITLE))


COP_NEWS = """जैव विविधता सम्मेलन: कैली में सहमति

कोलंबिया के शहर कैली में जैव विविधता सम्मेलन का 16वाँ अधिवेशन (कॉप16) 21 अक्टूबर से 1 नवंबर 2024 तक आयोजित हुआ।

इससे पहले 8 से 19 अक्टूबर 2012 तक भारत ने हैदराबाद में कॉप11 की मेज़बानी की थी।
"""


def test_a_report_that_glosses_its_meetings_as_cops_reads_its_cops():
    assert held(parse(COP_NEWS)) == [(2024, "Cali", "2024-10-21", 16), (2012, "Hyderabad", "2012-10-08", 11)]


def test_a_cop_in_a_report_on_another_series_is_no_summit():
    text = """भारत-यूएई शिखर वार्ता: अबू धाबी में समझौते

अबू धाबी, 13 फ़रवरी 2024। प्रधानमंत्री ने 13 फ़रवरी 2024 को अबू धाबी में राष्ट्रपति के साथ शिखर वार्ता की।

प्रधानमंत्री ने दिसंबर 2023 में दुबई में आयोजित कॉप-28 की सफल मेज़बानी के लिए राष्ट्रपति को बधाई दी।
"""
    assert [(y, c) for y, c, _, _ in held(parse(text))] == [(2024, "Abu Dhabi")]


def test_only_a_gloss_of_a_numbered_meeting_makes_cops_the_series():
    from pipeline.parse.language.series_noun import cop_glossed
    assert cop_glossed(["जैव विविधता सम्मेलन का 16वाँ अधिवेशन (कॉप16) शुरू हुआ।"])
    assert cop_glossed(["इसके पक्षकारों का पहला सम्मेलन यानी कॉप1 1994 में हुआ।"])
    assert not cop_glossed(["ग्लासगो में हुए संयुक्त राष्ट्र जलवायु सम्मेलन (कॉप-26) में भारत की घोषणाएँ"])


def test_a_venue_of_five_words_in_a_city_geonames_knows():
    from pipeline.parse.language.lexicon import default_lexicon
    from pipeline.parse.layout.summits import find_place
    place = find_place("भारत ने ग्रेटर नोएडा के इंडिया एक्सपो सेंटर एंड मार्ट में सम्मेलन की मेज़बानी की", default_lexicon())
    assert place.city == "ग्रेटर नोएडा"


def test_a_cop_glossed_only_deep_in_a_report_does_not_make_cops_the_series():
    text = """भारत-नॉर्डिक शिखर सम्मेलन: हरित साझेदारी

कोपेनहेगन, 3 मई 2022। भारत-नॉर्डिक शिखर सम्मेलन 3 मई 2022 को कोपेनहेगन में हुआ।

नेताओं ने जलवायु पर चर्चा की।

नेताओं ने व्यापार पर चर्चा की।

नेताओं ने नवाचार पर चर्चा की।

उन्होंने ग्लासगो में हुए 26वें संयुक्त राष्ट्र जलवायु सम्मेलन (कॉप-26) का उल्लेख किया। कॉप-27 नवंबर 2022 में शर्म अल-शेख में हुआ।
"""
    assert [(y, c) for y, c, _, _ in held(parse(text))] == [(2022, "Copenhagen")]


WETLANDS_RELEASE = """पर्यावरण मंत्रालय

प्रविष्टि तिथि: 5 जून 2025

भारत ने जिनेवा में आर्द्रभूमि अभिसमय के पक्षकारों के 15वें सम्मेलन में भाग लिया

जिनेवा में 23 से 31 जुलाई 2025 तक आयोजित पक्षकारों के 15वें सम्मेलन में भारतीय प्रतिनिधिमंडल ने भाग लिया।

पिछले सम्मेलन:

• 12वाँ सत्र (2015) — पुंटा डेल एस्टे, उरुग्वे
• 13वाँ सत्र (2018) — दुबई, संयुक्त अरब अमीरात
"""


def test_a_list_entry_labelled_by_its_numbered_session():
    assert [(y, e) for y, _, _, e in held(parse(WETLANDS_RELEASE))] == [(2025, 15), (2015, 12), (2018, 13)]


def test_a_list_entry_labelled_by_a_meetings_session_has_no_number():
    rows = parse(WETLANDS_RELEASE.replace("12वाँ सत्र (2015)", "सम्मेलन का पहला सत्र (2015)"))
    assert (2015, 1) not in [(y, e) for y, _, _, e in held(rows)]
