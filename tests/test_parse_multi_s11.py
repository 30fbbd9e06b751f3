"""Summits of many-sided groupings in news reports, press releases, notes and articles (session
11): wordings from documents on series the parser had not seen. Every document and sentence is
invented; each shape is paired with a look-alike the parser must leave out.
"""

from __future__ import annotations

import pytest

from pipeline.parse.language.lexicon import default_lexicon
from pipeline.parse.prose import summits_in_sentence
from pipeline.parse.prose.lists import _years_with_places
from tests.parse_support import held, parse

LEXICON = default_lexicon()
SERIES = "सागर तटीय गठबंधन शिखर सम्मेलन"


def _said(sentence: str, title: str = SERIES, context_year: int | None = None) -> list[tuple]:
    return sorted((m.period.label, m.place.city if m.place else None, m.status)
                  for m in summits_in_sentence(sentence, title, LEXICON, context_year, multilateral=True))


def _article(body: str, summits: str, title: str = SERIES) -> str:
    return (f"{title}\n\n{title} पाँच तटीय देशों — भारत, श्रीलंका, मालदीव, बांग्लादेश और म्यांमार — के नेताओं की "
            f"बैठक है।\n\n\nइतिहास\n\n{body}\n\n\nप्रमुख शिखर सम्मेलन\n\n{summits}\n")


# --- a summit owned by a continent or region the title does not name: another grouping's ------

@pytest.mark.parametrize("sentence", [
    "1994 में मायामी में हुए अमेरिका महाद्वीप के शिखर सम्मेलन में मुक्त व्यापार क्षेत्र का प्रस्ताव रखा गया था।",
    "नवंबर 2005 में मार देल प्लाता में हुए अमेरिकी महाद्वीप के चौथे शिखर सम्मेलन में योजना दफ़न हो गई।",
    "2007 में लिस्बन में यूरोप का शिखर सम्मेलन हुआ, जिसमें गठबंधन के नेता मेहमान थे।",
    "2010 में कैनकन में लैटिन अमेरिका के शिखर सम्मेलन में नया मंच बना।",
])
def test_a_summit_of_a_continent_or_region_is_another_groupings(sentence):
    assert _said(sentence) == []


@pytest.mark.parametrize("sentence, city", [
    # the title names the region: its summit is the series'
    ("2007 में लिस्बन में यूरोप का शिखर सम्मेलन हुआ।", "लिस्बन"),
    # a city before के is the summit's place, not its owner
    ("2007 में ढाका के शिखर सम्मेलन में नया कोष बना।", "ढाका"),
])
def test_a_region_the_title_names_or_a_city_owner_keeps_the_summit(sentence, city):
    title = "यूरोप–अफ्रीका शिखर सम्मेलन" if "यूरोप" in sentence else SERIES
    assert [c for _, c, _ in _said(sentence, title)] == [city]


def test_an_article_keeps_its_own_summits_beside_another_series_of_the_continent():
    text = _article(
        "1994 में मायामी में हुए अमेरिका महाद्वीप के शिखर सम्मेलन में मुक्त व्यापार का प्रस्ताव रखा गया था।",
        "2004: ढाका में 14 दिसंबर को पहला शिखर सम्मेलन हुआ।\n\n2006: अप्रैल में कोलंबो में शिखर सम्मेलन हुआ।")
    assert [(y, c) for y, c, _, _ in held(parse(text))] == [(2004, "Dhaka"), (2006, "Colombo")]


# --- a list entry that says it is not the series' summit ---------------------------------------

@pytest.mark.parametrize("denial", [
    "यह गठबंधन का शिखर सम्मेलन नहीं, अलग ऊर्जा समझौता था।",
    "यह गठबंधन का शिखर सम्मेलन नहीं है।",
    "यह शिखर सम्मेलन नहीं; केवल ऊर्जा मंत्रियों की बातचीत थी।",
])
def test_an_entry_that_denies_being_a_summit_is_left_out(denial):
    text = _article("गठबंधन 2004 में बना।",
                    "2004: ढाका में 14 दिसंबर को पहला शिखर सम्मेलन हुआ।\n\n"
                    f"2005: 29 जून को कोलंबो में तटीय देशों के साथ ऊर्जा समझौता हुआ; {denial}\n\n"
                    "2006: अप्रैल में माले में शिखर सम्मेलन हुआ।")
    assert [(y, c) for y, c, _, _ in held(parse(text))] == [(2004, "Dhaka"), (2006, "Malé")]


def test_an_entry_that_says_only_another_thing_is_not_a_summit_still_counts():
    # "... समझौता नहीं हुआ" denies an agreement, not the summit
    text = _article("गठबंधन 2004 में बना।",
                    "2004: ढाका में 14 दिसंबर को पहला शिखर सम्मेलन हुआ।\n\n"
                    "2005: 29 जून को कोलंबो में शिखर सम्मेलन हुआ; ऊर्जा पर कोई समझौता नहीं, केवल चर्चा हुई।")
    assert [(y, c) for y, c, _, _ in held(parse(text))] == [(2004, "Dhaka"), (2005, "Colombo")]


# --- a paragraph opened by a date that names no meeting: what someone did, not a summit --------

@pytest.mark.parametrize("paragraph", [
    '2022 में राष्ट्रपति यून ने नोम पेन्ह में "तटीय एकजुटता पहल" की घोषणा की, जिसके तहत कोष भी बना।',
    "2023 में प्रधानमंत्री ने कोलंबो में नए सचिवालय भवन का उद्घाटन किया।",
])
def test_a_dated_paragraph_of_someone_s_act_under_the_summits_is_no_summit(paragraph):
    text = _article("गठबंधन 2019 में बना।", "पहला शिखर सम्मेलन 27 नवंबर 2019 को ढाका में हुआ।\n\n" + paragraph)
    assert [(y, c) for y, c, _, _ in held(parse(text))] == [(2019, "Dhaka")]


@pytest.mark.parametrize("paragraph, city", [
    ("2022 में कोलंबो ने तीसरे शिखर सम्मेलन की मेज़बानी की।", "Colombo"),
    ("2022 में कोलंबो में तीसरा शिखर सम्मेलन हुआ, जिसमें प्रधानमंत्री ने कोष की घोषणा की।", "Colombo"),
])
def test_a_dated_paragraph_that_names_the_summit_is_one(paragraph, city):
    text = _article("गठबंधन 2019 में बना।", "पहला शिखर सम्मेलन 27 नवंबर 2019 को ढाका में हुआ।\n\n" + paragraph)
    assert [(y, c) for y, c, _, _ in held(parse(text))] == [(2019, "Dhaka"), (2022, city)]


# --- 'X भी वर्चुअल रहा और DATE को आयोजित किया गया': the date after और is the summit's ----------

@pytest.mark.parametrize("sentence, day", [
    ("तीसरा शिखर सम्मेलन भी वर्चुअल रहा और 28 अक्टूबर 2021 को आयोजित किया गया।", "2021-10-28"),
    ("चौथा शिखर सम्मेलन भी ऑनलाइन रहा और 5 मई 2022 को हुआ।", "2022-05-05"),
])
def test_a_summit_clause_without_a_date_takes_the_date_of_the_clause_after_and(sentence, day):
    assert _said(sentence) == [(day, None, "held")]


def test_a_next_clause_with_its_own_summit_is_not_the_first_summit_s():
    # the clause after और numbers its own summit: the first one's verb does not reach over it
    assert ("2022", None, "held") not in _said("पहला शिखर सम्मेलन भी वर्चुअल रहा और 2022 में दूसरा शिखर सम्मेलन "
                                               "कोलंबो में हुआ।")


# --- places by month and year in one list, before a plural verb --------------------------------

@pytest.mark.parametrize("sentence", [
    "इसके बाद फ़रवरी 2018 में ढाका, मार्च 2019 में कोलंबो और अप्रैल 2020 में फिर माले में नेताओं के वार्षिक "
    "सम्मेलन हुए, जिनमें हर बार अध्यक्षता बदली।",
    "फ़रवरी 2018 में ढाका में, मार्च 2019 में कोलंबो में और अप्रैल 2020 में माले में शिखर सम्मेलन हुए।",
])
def test_months_and_years_with_places_are_one_summit_each(sentence):
    assert _said(sentence) == [("2018", "ढाका", "held"), ("2019", "कोलंबो", "held"), ("2020", "माले", "held")]


def test_a_day_in_a_list_item_dates_that_summit():
    assert _said("2 फ़रवरी 2018 में ढाका, 2019 में कोलंबो और 2020 में माले में शिखर सम्मेलन हुए।")[0] == (
        "2018-02-02", "ढाका", "held")


def _listed(sentence: str) -> list[tuple]:
    return [(m.period.label, m.place.city if m.place else None) for m in _years_with_places(sentence, LEXICON)]


def test_an_unknown_name_beside_a_known_city_is_a_place_of_the_list():
    assert _listed("2018 में ढाका, 2019 में कुरुनेगला और 2020 में माले में शिखर सम्मेलन हुए।") == [
        ("2018", "ढाका"), ("2019", "कुरुनेगला"), ("2020", "माले")]


@pytest.mark.parametrize("sentence", [
    # no known city at all: unsure, so none
    "2018 में अलफ़ापुर, 2019 में बीटागढ़ और 2020 में गामानगर में शिखर सम्मेलन हुए।",
    # a country, or a word that is no name, in a city's slot spoils the list
    "2018 में ढाका, 2019 में भारत और 2020 में माले में शिखर सम्मेलन हुए।",
    "2018 में ढाका, 2019 में भी और 2020 में माले में शिखर सम्मेलन हुए।",
    # ministers' meetings
    "फ़रवरी 2018 में ढाका, मार्च 2019 में कोलंबो और अप्रैल 2020 में माले में विदेश मंत्रियों की बैठकें हुईं।",
])
def test_lists_that_are_not_read(sentence):
    assert _listed(sentence) == []


# --- a summit convened ('बुलाए गए', 'बुलाई गई') was held ---------------------------------------

@pytest.mark.parametrize("sentence, year", [
    ("उसी साल 2 जुलाई को ढाका में बुलाए गए असाधारण शिखर सम्मेलन में संयुक्त बल को शुरू किया गया।", 2017),
    ("5 मार्च 2019 को कोलंबो में बुलाई गई आपात शिखर बैठक में नेताओं ने बयान जारी किया।", None),
])
def test_a_convened_summit_was_held(sentence, year):
    assert [(d[:4], c, s) for d, c, s in _said(sentence, context_year=year)] == [
        (str(year or 2019), "ढाका" if year else "कोलंबो", "held")]


def test_a_summit_to_be_convened_was_not_held():
    assert [s for s in _said("2 जुलाई 2019 को ढाका में बुलाए जाने वाले शिखर सम्मेलन की तैयारी हुई।") if s[2] == "held"] == []


# --- a year's entry whose sentences state summits in different cities: one summit each --------

def test_a_year_entry_with_a_summit_per_sentence_gives_each():
    text = _article("गठबंधन 2004 में बना।",
                    "2004: ढाका में पहला शिखर सम्मेलन हुआ।\n\n"
                    "2009: यह साल व्यस्त रहा। अप्रैल में कोलंबो शहर में असाधारण शिखर सम्मेलन हुआ। 24 जून को माले में "
                    "हुई शिखर बैठक में दो नए सदस्य जुड़े। अक्टूबर में म्यांमार के यांगून में आयोजित शिखर सम्मेलन में "
                    "कोष को मंज़ूरी मिली।")
    assert [(y, c, d) for y, c, d, _ in held(parse(text))] == [
        (2004, "Dhaka", None), (2009, "Colombo", None), (2009, "Malé", "2009-06-24"), (2009, "Yangon", None)]


def test_a_later_summit_of_the_year_may_open_after_a_short_lead():
    text = _article("गठबंधन 2004 में बना।",
                    "2004: ढाका में पहला शिखर सम्मेलन हुआ।\n\n"
                    "2009: 10 अगस्त को कोलंबो में हुए सम्मेलन में नए अध्यक्ष चुने गए। इसके कुछ ही दिन बाद, 28 अगस्त "
                    "को माले में असाधारण सम्मेलन हुआ।")
    assert [(y, c, d) for y, c, d, _ in held(parse(text))] == [
        (2004, "Dhaka", None), (2009, "Colombo", "2009-08-10"), (2009, "Malé", "2009-08-28")]


def test_a_year_entry_whose_summits_are_parted_by_semicolons_gives_each():
    text = _article("गठबंधन 2004 में बना।",
                    "2004: ढाका में पहला शिखर सम्मेलन हुआ।\n\n"
                    "2009: अप्रैल में कोलंबो में असाधारण शिखर सम्मेलन हुआ; 24 जून को माले में हुई शिखर बैठक में दो "
                    "सदस्य जुड़े; अक्टूबर में यांगून में आयोजित शिखर सम्मेलन में कोष बना।")
    assert [(y, c, d) for y, c, d, _ in held(parse(text))] == [
        (2004, "Dhaka", None), (2009, "Colombo", None), (2009, "Malé", "2009-06-24"), (2009, "Yangon", None)]


@pytest.mark.parametrize("rest", [
    # a later sentence about the summit before, the next one, or another year's
    "मई में कोलंबो में शिखर सम्मेलन हुआ। जून में माले में हुए पिछले शिखर सम्मेलन की समीक्षा हुई।",
    "मई में कोलंबो में शिखर सम्मेलन हुआ; जून में माले में होने वाले शिखर सम्मेलन की तैयारी हुई।",
    "कोलंबो में शिखर सम्मेलन हुआ। इसमें माले में हुए 2007 के सम्मेलन के फैसलों की समीक्षा हुई।",
    # the second sentence does not open with its own day or month
    "कोलंबो में शिखर सम्मेलन हुआ; माले में हुए पिछले सम्मेलन के फैसलों की समीक्षा हुई।",
    # the second sentence speaks of the same summit, in the same city
    "अप्रैल में कोलंबो में शिखर सम्मेलन हुआ। कोलंबो में हुए इस शिखर सम्मेलन में कोष बना।",
    # the second sentence's summit is another series'
    "अप्रैल में कोलंबो में शिखर सम्मेलन हुआ। जून में माले में हुए जी-20 शिखर सम्मेलन में नेता मेहमान थे।",
    # the second sentence's summit is to come
    "अप्रैल में कोलंबो में शिखर सम्मेलन हुआ। अगला शिखर सम्मेलन माले में होगा।",
])
def test_a_year_entry_whose_other_sentences_add_no_summit_stays_one(rest):
    text = _article("गठबंधन 2004 में बना।", f"2004: ढाका में पहला शिखर सम्मेलन हुआ।\n\n2009: {rest}")
    assert [(y, c) for y, c, _, _ in held(parse(text))] == [(2004, "Dhaka"), (2009, "Colombo")]


def test_an_unknown_name_in_a_list_of_hosts_may_be_a_person():
    assert _listed("2012 में ओबामा, 2014 में हनोई और 2018 में बैंकॉक ने इन बैठकों की मेज़बानी की थी।") == []


# --- a city named after a country; the Nth sitting of a conference ---------------------------

@pytest.mark.parametrize("sentence, city", [
    ("शासनाध्यक्षों के सम्मेलन की ४५वीं नियमित बैठक ३ से ५ जुलाई, २०२३ तक त्रिनिदाद और टोबैगो की राजधानी पोर्ट ऑफ़ स्पेन में आयोजित की गई।",
     "पोर्ट ऑफ़ स्पेन"),
    ("पहला शिखर सम्मेलन 5 मई 2010 को सैंटियागो दे चिली में हुआ।", "सैंटियागो दे चिली"),
    ("पहला शिखर सम्मेलन 5 मई 2010 को चिली में हुआ।", None),  # the country alone names no city
])
def test_a_city_named_after_a_country_is_the_city(sentence, city):
    assert [c for _, c, _ in _said(sentence, "कैरिकॉम शासनाध्यक्षों का सम्मेलन")] == [city]


@pytest.mark.parametrize("sentence, edition", [
    ("कैरिकॉम के शासनाध्यक्षों के सम्मेलन की ४५वीं नियमित बैठक ३ से ५ जुलाई, २०२३ तक नासाउ में आयोजित की गई।", 45),
    ("शासनाध्यक्षों के सम्मेलन का 12वाँ अधिवेशन 3 जुलाई 2001 को नासाउ में हुआ।", 12),
    # a sitting within a summit is no edition of the series
    ("शिखर सम्मेलन की दूसरी बैठक 3 जुलाई 2001 को नासाउ में हुई।", None),
])
def test_the_nth_sitting_of_a_conference_numbers_it(sentence, edition):
    found = summits_in_sentence(sentence, "कैरिकॉम शासनाध्यक्षों का सम्मेलन", LEXICON, None, multilateral=True)
    assert [m.edition for m in found] == [edition]


# --- 'YEAR | PLACE (COUNTRY), DAY MONTH: text': a year, one pipe, the place and the day ---------

def _notes(rows: str) -> str:
    return ("तटीय समूह: अध्ययन सामग्री\n\n• संस्थापक सदस्य: भारत, श्रीलंका, मालदीव और बांग्लादेश\n\n"
            f"प्रमुख शिखर सम्मेलन (वर्ष | शहर (देश), तिथि: महत्व)\n{rows}\n")


def test_year_pipe_place_with_country_and_day_rows_are_summits():
    rows = ("➤ 1987 | अकापुल्को (मेक्सिको), नवंबर: पहला शिखर सम्मेलन; शांति पर ज़ोर।\n"
            "➤ 2008 | सैंटो डोमिंगो (डोमिनिकन गणराज्य), 7 मार्च: 20वाँ शिखर सम्मेलन; संकट यहीं थमा।\n"
            "➤ 2010 | प्लाया देल कारमेन (रिवेरा माया, मेक्सिको), 22–23 फ़रवरी: 21वाँ सम्मेलन।")
    assert held(parse(_notes(rows))) == [(1987, "Acapulco", None, 1), (2008, "Santo Domingo", "2008-03-07", 20),
                                         (2010, "Playa del Carmen", "2010-02-22", 21)]


def test_a_year_pipe_row_without_a_country_in_brackets_or_of_ministers_is_no_summit():
    rows = ("➤ 1987 | अकापुल्को (मेक्सिको), नवंबर: पहला शिखर सम्मेलन।\n"
            "➤ 1990 | विदेश मंत्रियों की बैठक (लीमा), मई: ऋण पर चर्चा।\n"
            "➤ 1992 | लीमा (पेरू), मई: विदेश मंत्रियों की बैठक में ऋण पर चर्चा।")
    assert [(y, c) for y, c, _, _ in held(parse(_notes(rows)))] == [(1987, "Acapulco")]


# --- in a document on a group, its leaders met ('नेता ... में मिले'): a summit ------------------

@pytest.mark.parametrize("sentence, found", [
    ("उसी वर्ष जून में नेता यरुशलम में मिले, जबकि 2017 में ढाका में शिखर सम्मेलन हुआ।",
     [("2016-06", "यरुशलम", "held"), ("2017", "ढाका", "held")]),
    ("12 मई 2016 को तीनों देशों के नेता कोलंबो में मिले।", [("2016-05-12", "कोलंबो", "held")]),
])
def test_the_group_s_leaders_who_met_in_a_city_held_a_summit(sentence, found):
    assert _said(sentence, context_year=2016) == found


@pytest.mark.parametrize("sentence", [
    "जून 2016 में दोनों नेता यरुशलम में मिले।",  # two of the group: a meeting of their own
    "जून 2016 में नेता जी-20 शिखर सम्मेलन के दौरान हांगझोउ में मिले।",  # on another summit's sidelines
    "जून 2016 में विदेश मंत्री यरुशलम में मिले।",  # ministers
    "जून 2016 में ब्रिक्स के नेता यरुशलम में मिले।",  # another body's leaders
])
def test_two_leaders_or_a_meeting_on_the_sidelines_or_ministers_are_no_summit(sentence):
    assert _said(sentence, context_year=2016) == []


# --- 'X में ही हुए', 'X में भी आयोजित': an emphatic particle between the place and its verb ------

@pytest.mark.parametrize("sentence", [
    "सोमालिया को 24 नवंबर 2023 को कुरुनेगला में ही हुए 23वें साधारण शिखर सम्मेलन में शामिल किया गया।",
    "24 नवंबर 2023 को कुरुनेगला में भी आयोजित 23वें शिखर सम्मेलन में कोष बना।",
])
def test_an_unknown_place_before_an_emphasis_and_its_verb_is_the_place(sentence):
    assert _said(sentence) == [("2023-11-24", "कुरुनेगला", "held")]


def test_an_unknown_name_before_an_emphasis_without_a_verb_of_holding_is_no_place():
    assert _said("24 नवंबर 2023 को कुरुनेगला में ही 23वें शिखर सम्मेलन की तैयारी पर बात हुई।") == []


# --- 'YEAR (CITY) और YEAR (CITY) → text': an arrow ends the summits' head ---------------------

def test_an_arrow_ends_the_head_of_joined_summits():
    text = _notes("- 1990 (अंतिगुआ ग्वाटेमाला) और 1991 (सैन सल्वाडोर) → आर्थिक एजेंडा, \"कार्य योजना\"\n"
                  "- 1992 (ढाका) → कोष की स्थापना")
    assert [(y, c) for y, c, _, _ in held(parse(text))] == [
        (1990, "Antigua Guatemala"), (1991, "San Salvador"), (1992, "Dhaka")]


# --- 'X की मेज़बानी में तीसरा सम्मेलन': the host is not the summit's owner -----------------------

@pytest.mark.parametrize("entry", [
    '2001: ब्रसेल्स में यूरोपीय संघ की मेज़बानी में तीसरा सम्मेलन 14 से 20 मई तक चला और "कार्य-योजना" अपनाई गई।',
    "2001: ब्रसेल्स में यूरोपीय संघ की अध्यक्षता में तीसरा शिखर सम्मेलन 14 मई को हुआ।",
])
def test_a_summit_under_another_body_s_hosting_is_the_series(entry):
    text = _article("गठबंधन 1981 में बना।", "1981: पेरिस में पहला सम्मेलन हुआ।\n\n" + entry)
    assert [(y, c) for y, c, _, _ in held(parse(text))] == [(1981, "Paris"), (2001, "Brussels")]


def test_another_body_s_own_summit_is_still_another_s():
    text = _article("गठबंधन 1981 में बना।", "1981: पेरिस में पहला सम्मेलन हुआ।\n\n"
                    "2001: ब्रसेल्स में यूरोपीय संघ का तीसरा शिखर सम्मेलन 14 मई को हुआ।")
    assert [(y, c) for y, c, _, _ in held(parse(text))] == [(1981, "Paris")]


# --- a funding series' conferences go by any funding word ---------------------------------------

FUNDING = "शिक्षा साझेदारी के वित्तपोषण सम्मेलन"


def _funding_notes(first: str) -> str:
    return (f"{FUNDING} — एक नज़र में\n\n◾ सदस्य: भारत, श्रीलंका, मालदीव और बांग्लादेश\n\n"
            f"वित्तपोषण सम्मेलन — तिथि (शहर, देश): मुख्य बात\n➜ 8 नवंबर 2011 (कोपेनहेगन, डेनमार्क): {first}\n"
            "➜ 26 जून 2014 (ब्रसेल्स, बेल्जियम): दूसरा सम्मेलन; संकल्प।\n")


@pytest.mark.parametrize("first", ["पहला प्रतिज्ञा सम्मेलन; धन-उगाही।", "पहला पुनःपूर्ति सम्मेलन; धन-उगाही।"])
def test_a_pledging_conference_of_a_funding_series_is_its_own(first):
    assert [(y, c, e) for y, c, _, e in held(parse(_funding_notes(first)))] == [
        (2011, "Copenhagen", 1), (2014, "Brussels", 2)]


def test_a_pledging_conference_in_a_document_on_another_series_is_another_s():
    text = _article("गठबंधन 2004 में बना।", "2009: 8 नवंबर को कोपेनहेगन में पहला प्रतिज्ञा सम्मेलन हुआ।\n\n"
                    "2010: ढाका में पहला शिखर सम्मेलन हुआ।")
    assert [(y, c) for y, c, _, _ in held(parse(text))] == [(2010, "Dhaka")]


def test_a_sentence_s_pledging_conference_of_a_replenishment_series_is_its_own():
    sentence = "गावी के लिए दाताओं का पहला प्रतिज्ञा सम्मेलन १३ जून २०११ को लंदन में हुआ था।"
    assert _said(sentence, "वैश्विक वैक्सीन शिखर सम्मेलन (पुनःपूर्ति)") == [("2011-06-13", "लंदन", "held")]
    assert _said(sentence, "वैश्विक वैक्सीन शिखर सम्मेलन") == []
