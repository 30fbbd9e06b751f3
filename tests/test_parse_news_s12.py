"""News reports (session 12): the weekday of a dated dateline, a numbered meeting after 'उससे
पहले', past meetings listed as 'COUNTRY के CITY (YEAR)' where the leaders met, a series that
began at its first meeting, a host city with its days. Every document and sentence is invented;
each shape has a look-alike left out.
"""

from __future__ import annotations

import pytest

from pipeline.parse.language.text import match_key
from tests.parse_support import held, parse

TRILATERAL = """{city} में तीनों राष्ट्रपतियों की त्रिपक्षीय बैठक: बंदरगाह परियोजना पर सहमति

{dateline} (एजेंसियां)। {lead}

बयान के अनुसार अगली बैठक का स्थान बाद में तय होगा।
"""


def _report(city: str, dateline: str, lead: str) -> list[tuple]:
    return held(parse(TRILATERAL.format(city=city, dateline=dateline, lead=lead)))


@pytest.mark.parametrize("dateline, lead, day", [
    # the dateline's own day (2 September 2025 was a Tuesday)
    ("बीजिंग, 2 सितंबर 2025", "तीनों राष्ट्रपतियों ने मंगलवार को यहाँ त्रिपक्षीय बैठक की।", "2025-09-02"),
    # a report filed the day after: the last Monday before it
    ("लीमा, 9 मार्च 2021", "पेरू की राजधानी लीमा में सोमवार को तीनों देशों के राष्ट्रपतियों की त्रिपक्षीय बैठक हुई।",
     "2021-03-08"),
    ("अक्रा, 14 जुलाई 2019", "अक्रा में बृहस्पतिवार को तीनों नेताओं के बीच त्रिपक्षीय बैठक संपन्न हुई।", "2019-07-11"),
])
def test_a_weekday_in_a_dated_dateline_gives_the_day(dateline, lead, day):
    city = dateline.split(",")[0]
    assert [d for _, c, d, _ in _report(city, dateline, lead)] == [day]


@pytest.mark.parametrize("dateline, lead", [
    # the weekday is another event's, in a clause of its own
    ("बीजिंग, 2 सितंबर 2025", "बीजिंग में त्रिपक्षीय बैठक ऐसे समय में हुई जब बुधवार को यहाँ सैन्य परेड होनी है।"),
    # two weekdays: which one is the meeting's is not said
    ("लीमा, 9 मार्च 2021", "लीमा में सोमवार और मंगलवार को तीनों देशों के राष्ट्रपतियों की त्रिपक्षीय बैठक हुई।"),
])
def test_a_weekday_of_another_event_or_two_weekdays_give_no_day(dateline, lead):
    city = dateline.split(",")[0]
    assert [d for _, c, d, _ in _report(city, dateline, lead)] == [None]


def test_a_planned_meeting_on_a_weekday_is_not_dated_back():
    rows = parse(TRILATERAL.format(city="लीमा", dateline="लीमा, 9 मार्च 2021",
                                   lead="लीमा में शुक्रवार को तीनों देशों के राष्ट्रपतियों की त्रिपक्षीय बैठक होगी।"))
    assert held(rows) == []
    assert all(s["date"] is None for s in rows["summits"])


def test_a_dateline_without_its_year_dates_no_weekday():
    rows = parse(TRILATERAL.format(city="लीमा", dateline="लीमा, 9 मार्च", lead=(
        "लीमा में सोमवार को तीनों देशों के राष्ट्रपतियों की त्रिपक्षीय बैठक हुई। यह बैठक 2021 में हुई पहली बैठक थी।")))
    assert all(s["date"] is None for s in rows["summits"])


@pytest.mark.parametrize("sentence, edition", [
    ("उससे पहले 10वीं बैठक अक्टूबर 2012 में लीमा में आयोजित की गई थी।", 10),
    ("इससे पहले तीसरी बैठक मार्च 2014 में लीमा में हुई थी।", 3),
    # 'पहले' is the adverb 'before': no edition
    ("दो साल पहले बैठक मार्च 2014 में लीमा में हुई थी।", None),
])
def test_an_ordinal_after_the_adverb_pehle_still_numbers_the_meeting(sentence, edition):
    text = f"पेरू और चिली की उच्चस्तरीय बैठक: व्यापार पर सहमति\n\nसैंटियागो, 4 मई (एजेंसियां)। {sentence}\n"
    assert [(y, c, e) for y, c, _, e in held(parse(text))] == [(int(sentence.split(" 20")[1][:2]) + 2000, "Lima", edition)]


HIGH_LEVEL = """पेरू और चिली के प्रधानमंत्री लीमा में मिले, {series} में कई समझौते

लीमा, 2 फरवरी (एजेंसियां)। पेरू और चिली ने गुरुवार को यहां हुई 9वीं {series} में ऊर्जा और व्यापार से जुड़े समझौतों पर हस्ताक्षर किए। 1 से 2 फरवरी 2023 तक चली इस बैठक की सह-अध्यक्षता दोनों प्रधानमंत्रियों ने की।

इससे पहले 5 मई 2022 को पेरू के प्रधानमंत्री की सैंटियागो यात्रा के दौरान चिली के राष्ट्रपति के साथ एक संयुक्त घोषणा जारी हुई थी।
"""


def test_the_reports_own_meeting_held_here_keeps_its_number_and_days():
    rows = parse(HIGH_LEVEL.format(series="उच्चस्तरीय बैठक"))
    assert held(rows) == [(2023, "Lima", "2023-02-01", 9)]


def test_a_visit_is_no_meeting_of_an_institution_but_a_leaders_meeting_of_two_sides():
    institution = held(parse(HIGH_LEVEL.format(series="उच्चस्तरीय बैठक")))
    leaders = held(parse(HIGH_LEVEL.format(series="बैठक")))
    assert [y for y, *_ in institution] == [2023]
    assert (2022, "Santiago", "2022-05-05", None) in leaders


MEETING_TITLE = "लीमा में पेरू, चिली और बोलीविया के राष्ट्रपतियों की त्रिपक्षीय बैठक"
SUMMIT_TITLE = "पेरू-चिली-बोलीविया त्रिपक्षीय शिखर सम्मेलन"


def _said(sentence: str, title: str = MEETING_TITLE) -> list[tuple]:
    from pipeline.parse.language.lexicon import default_lexicon
    from pipeline.parse.prose import summits_in_sentence
    return [(m.period.year, m.place.city if m.place else None)
            for m in summits_in_sentence(sentence, title, default_lexicon(), multilateral=True) if m.status == "held"]


@pytest.mark.parametrize("sentence", [
    "इसके बाद चिली के सैंटियागो (2015), पेरू के कुस्को (2016) और बोलीविया के ला पाज़ (2019) में भी तीनों नेता मिले - लगभग हर बार प्रशांत गठबंधन सम्मेलन के हाशिये पर।",
    "इसके बाद 2015 में सैंटियागो, 2016 में कुस्को और 2019 में ला पाज़ में भी तीनों राष्ट्रपति मिले, हर बार प्रशांत गठबंधन शिखर सम्मेलन के इतर।",
    "प्रशांत गठबंधन शिखर सम्मेलन के इतर सैंटियागो (2015), कुस्को (2016) और ला पाज़ (2019) में तीनों नेता फिर मिले।",
])
def test_the_leaders_meetings_on_the_sidelines_of_another_summit_are_the_series_own(sentence):
    assert _said(sentence) == [(2015, "सैंटियागो"), (2016, "कुस्को"), (2019, "ला पाज़")]


@pytest.mark.parametrize("sentence, title", [
    # ministers met, not the leaders
    ("सैंटियागो (2015) और कुस्को (2016) में प्रशांत गठबंधन के विदेश मंत्री मिले।", MEETING_TITLE),
    # the other series' summits took place; the leaders met at them, in a clause of their own
    ("सैंटियागो (2015) और कुस्को (2016) में प्रशांत गठबंधन शिखर सम्मेलन हुए, जिनमें तीनों नेता मिले।", MEETING_TITLE),
    # to come
    ("सैंटियागो (2015) और कुस्को (2016) में तीनों नेता मिलेंगे।", MEETING_TITLE),
    # a series of summits: a meeting on the sidelines of another's is not one of them
    ("इसके बाद सैंटियागो (2015) और कुस्को (2016) में भी तीनों नेता मिले - हर बार प्रशांत गठबंधन सम्मेलन के इतर।", SUMMIT_TITLE),
])
def test_ministers_other_summits_plans_and_summit_series_are_left_out(sentence, title):
    assert _said(sentence, title) == []


WORLD = "बाढ़ जोखिम पर विश्व सम्मेलनों की विरासत: विशेषज्ञों का मंथन"


@pytest.mark.parametrize("sentence, found", [
    ("विश्व सम्मेलनों की शृंखला की शुरुआत 10 से 14 मई 1996 के बीच कुस्को में हुई थी, जहां एक रणनीति स्वीकार की गई।",
     [(1996, "कुस्को", "1996-05-10/1996-05-14", None)]),
    ("इन सम्मेलनों की परंपरा की शुरुआत 1996 में सैंटियागो में हुई थी।", [(1996, "सैंटियागो", "1996", None)]),
    # planned; and several summits, no start of a series
    ("इन सम्मेलनों की शृंखला की शुरुआत 2030 में लीमा में होगी।", []),
    ("1996 में सैंटियागो में हुए सम्मेलनों में कई रणनीतियाँ बनीं।", []),
])
def test_the_start_of_a_series_of_summits_is_its_first_summit(sentence, found):
    from pipeline.parse.language.lexicon import default_lexicon
    from pipeline.parse.prose import summits_in_sentence
    assert [(m.period.year, m.place.city if m.place else None, m.period.label, m.edition) for m in summits_in_sentence(
        sentence, WORLD, default_lexicon()) if m.status == "held"] == found


@pytest.mark.parametrize("sentence, city", [
    ("तीसरे सम्मेलन की मेज़बानी त्रुहियो ने 14–18 मार्च 2015 को की।", "त्रुहियो"),  # a name only GeoNames knows, by sound
    ("तीसरे सम्मेलन की मेज़बानी सैंटियागो ने 14–18 मार्च 2015 को की।", "सैंटियागो"),
])
def test_a_host_city_named_right_after_mezbani_with_its_days(sentence, city):
    from pipeline.parse.language.lexicon import default_lexicon
    from pipeline.parse.prose import summits_in_sentence
    assert [(m.place.city, m.period.label, m.edition) for m in summits_in_sentence(sentence, WORLD, default_lexicon())] == [
        (city, "2015-03-14/2015-03-18", 3)]


@pytest.mark.parametrize("sentence", [
    "तीसरे सम्मेलन की मेज़बानी त्रुहियो ने 2015 में की।",  # a year only: a person or a body may be meant
    "तीसरे सम्मेलन की मेज़बानी प्रधानमंत्री कुस्कोनिया ने 14–18 मार्च 2015 को की।",  # a person
    "तीसरे सम्मेलन की मेज़बानी कुस्कोनिया ने 14–18 मार्च 2015 को की।",  # a name no gazetteer knows
    "तीसरे सम्मेलन की मेज़बानी राष्ट्रपति ने 14–18 मार्च 2015 को की।",  # an office
    "तीसरे सम्मेलन की मेज़बानी पेरू ने 14–18 मार्च 2015 को की।",  # a country names no city
])
def test_an_unknown_host_without_its_days_or_after_an_office_is_no_city(sentence):
    from pipeline.parse.language.lexicon import default_lexicon
    from pipeline.parse.prose import summits_in_sentence
    assert [m.place.city for m in summits_in_sentence(sentence, WORLD, default_lexicon()) if m.place] in ([], [None])


def _world(paragraph: str) -> list[tuple]:
    return held(parse(f"{WORLD}\n\nजिनेवा, 5 जून (एजेंसियां)। विशेषज्ञों ने आज चर्चा की।\n\n{paragraph}\n"))


def test_this_summit_of_the_next_sentence_gives_its_days():
    assert _world("दूसरा विश्व सम्मेलन जनवरी 2005 में लीमा में हुआ। 18 से 22 जनवरी तक चले इस सम्मेलन पर "
                  "कुछ ही हफ्ते पहले, 26 दिसंबर 2004 को आई सुनामी की छाया थी।") == [(2005, "Lima", "2005-01-18", 2)]


@pytest.mark.parametrize("paragraph", [
    # another month: not this summit's days
    "दूसरा विश्व सम्मेलन जनवरी 2005 में लीमा में हुआ। 18 से 22 फरवरी तक चले इस सम्मेलन पर सुनामी की छाया थी।",
    # not 'this summit': another event's days
    "दूसरा विश्व सम्मेलन जनवरी 2005 में लीमा में हुआ। 18 से 22 जनवरी तक चली प्रदर्शनी में हज़ारों लोग आए।",
])
def test_days_of_another_month_or_event_do_not_date_the_summit_before(paragraph):
    assert _world(paragraph) == [(2005, "Lima", None, 2)]


def test_a_venue_in_a_city_state_places_the_first_meeting():
    rows = parse("सिंगापुर संवाद में रक्षा मंत्रियों का जमावड़ा\n\nसिंगापुर, 1 जून (एजेंसियाँ)। रक्षा मंत्री आज जुटे।\n\n"
                 "सिंगापुर संवाद की शुरुआत 2002 में हुई थी, जब सिंगापुर के एक होटल में पहली बैठक बुलाई गई।\n")
    assert (2002, "Singapore", None, 1) in held(rows)


@pytest.mark.parametrize("sentence, found", [
    ("2018 में दो बार - मई में लीमा और दिसंबर में चिली के उत्तरी शहर कालामापो में - तीनों देशों के शीर्ष नेता एक साथ बैठे।",
     [("2018-05", "लीमा"), ("2018-12", "कालामापो")]),
    ("वर्ष 2022 में यह बैठक दो बार हुई - अप्रैल में सैंटियागो में और जुलाई में लीमा में।",
     [("2022-04", "सैंटियागो"), ("2022-07", "लीमा")]),
    ("2022 में नेता तीन बार मिले: मार्च में लीमा, जून में कुस्को और नवंबर में सैंटियागो में।",
     [("2022-03", "लीमा"), ("2022-06", "कुस्को"), ("2022-11", "सैंटियागो")]),
])
def test_a_year_with_its_times_each_with_month_and_city(sentence, found):
    assert [(m.period.label, m.place.city) for m in _said_all(sentence)] == found


@pytest.mark.parametrize("sentence", [
    "2022 में विदेश मंत्री दो बार मिले: अप्रैल में सैंटियागो और जुलाई में लीमा में।",  # ministers
    "2022 में यह बैठक दो बार होगी - अप्रैल में सैंटियागो में और जुलाई में लीमा में।",  # to come
    "2022 में यह बैठक दो बार हुई - अप्रैल में और जुलाई में।",  # no place
    "2022 में नेता दो बार मिले: अप्रैल में कालामापो और जुलाई में पोतोसीनो में।",  # no known city beside the names
])
def test_times_in_a_year_of_ministers_plans_or_without_places_are_none(sentence):
    assert _said_all(sentence) == []


def test_fewer_places_than_times_give_no_list():
    assert [(m.period.year, m.place.city) for m in _said_all("2022 में यह बैठक दो बार हुई - अप्रैल में सैंटियागो में।")] == [
        (2022, "सैंटियागो")]  # (the noun's own: the one place the sentence gives)


def _said_all(sentence: str) -> list:
    from pipeline.parse.language.lexicon import default_lexicon
    from pipeline.parse.prose import summits_in_sentence
    return [m for m in summits_in_sentence(sentence, MEETING_TITLE, default_lexicon(), multilateral=True) if m.status == "held"]


HERE_REPORT = """लीमा में पेरू-चिली-बोलीविया त्रिपक्षीय बैठक: समुद्री सुरक्षा पर साझा रुख़

लीमा, 12 अक्टूबर 2024 (भाषा)। तीनों देशों के शीर्ष नेताओं ने शनिवार को {here} चौथी त्रिपक्षीय बैठक की और दक्षिण चीन सागर में नौवहन की स्वतंत्रता पर बयान जारी किया।

दूसरी बैठक 2021 में कोविड महामारी के कारण वर्चुअल रूप से हुई, जबकि तीसरी बैठक सितंबर 2023 में सैंटियागो में हुई थी।
"""


def test_here_before_the_meeting_is_the_dateline_city_not_a_city_named_after_it():
    rows = parse(HERE_REPORT.format(here="यहाँ"))
    assert [(s["year"], s["city_en"], s["mode"]) for s in rows["summits"] if s["status"] == "held"] == [
        (2024, "Lima", "in_person"), (2021, None, "virtual"), (2023, "Santiago", "in_person")]


def test_without_here_the_city_of_the_sentence_stands():
    rows = parse(HERE_REPORT.format(here="वॉशिंगटन में"))
    assert [(s["year"], s["city_en"]) for s in rows["summits"] if s["status"] == "held"][0] == (2024, "Washington")


CLIMATE = "लीमा में जलवायु नेताओं का सम्मेलन संपन्न"
FIRST_HELD = "यह सम्मेलन पहली बार 2016 में सैंटियागो में हुआ था।"


@pytest.mark.parametrize("sentence", [
    "इसके बाद 2018 में लीमा और 2022 में कुस्को ने इसकी मेज़बानी की।",
    "इसके बाद लीमा ने 2018 में और कुस्को ने 2022 में इसकी मेज़बानी की।",
])
def test_the_hosts_of_it_after_a_summit_sentence(sentence):
    from pipeline.parse.language.lexicon import default_lexicon
    from pipeline.parse.prose import summits_in_sentence
    assert [(m.period.year, m.place.city) for m in summits_in_sentence(
        sentence, CLIMATE, default_lexicon(), before=FIRST_HELD)] == [(2018, "लीमा"), (2022, "कुस्को")]


@pytest.mark.parametrize("sentence, before", [
    ("इसके बाद 2018 में लीमा और 2022 में कुस्को ने इसकी मेज़बानी की।", "फ़ुटबॉल कप 2016 में सैंटियागो में हुआ था।"),  # not a summit
    ("इसके बाद 2018 में लीमा और 2022 में कुस्को ने इसकी मेज़बानी करने की पेशकश की।", FIRST_HELD),  # an offer
])
def test_hosts_of_something_else_or_offers_are_no_summits(sentence, before):
    from pipeline.parse.language.lexicon import default_lexicon
    from pipeline.parse.prose import summits_in_sentence
    assert summits_in_sentence(sentence, CLIMATE, default_lexicon(), before=before) == []


@pytest.mark.parametrize("sentence, edition", [
    ("यह इस मंच की 15वीं बैठक थी।", 15),
    ("यह समूह का 15वाँ शिखर सम्मेलन था।", 15),
    ("यह दोनों देशों के बीच 12वीं शिखर बैठक थी।", 12),
    ("यह इस वर्ष की तीसरी बैठक थी।", None),  # a count within the year
    ("यह मोदी की तीसरी चीन यात्रा थी।", None),  # a visit
    ("यह ओलांद के कार्यकाल का दूसरा सम्मेलन था।", None),  # a count within a term
])
def test_this_was_the_nth_meeting_of_someone(sentence, edition):
    from pipeline.parse.prose import numbers_the_summit_before
    assert numbers_the_summit_before(sentence) == edition


DIALOGUE = """लीमा डायलॉग में सुरक्षा पर बहस

लीमा, 1 जून (एजेंसियाँ)। दक्षिण अमेरिका के सबसे बड़े रक्षा सम्मेलन लीमा डायलॉग का {edition} रविवार को यहाँ संपन्न हो गया। 30 मई से 1 जून 2025 तक आयोजित इस तीन दिवसीय बैठक में कई देशों के रक्षा मंत्री जुटे।

कोविड-19 महामारी के चलते 2020 और 2021 की बैठकें रद्द करनी पड़ीं। {returned}
"""


def test_the_nth_edition_of_the_reports_own_dialogue():
    rows = parse(DIALOGUE.format(edition="22वाँ संस्करण", returned=""))
    assert held(rows) == [(2025, "Lima", "2025-05-30", 22)]
    rows = parse(DIALOGUE.format(edition="सत्र", returned=""))  # no number
    assert held(rows) == [(2025, "Lima", "2025-05-30", None)]


@pytest.mark.parametrize("returned, found", [
    ("जून 2022 में संवाद सैंटियागो में लौटा, जहाँ चिली के राष्ट्रपति ने भाषण दिया।", (2022, "Santiago")),
    ("जून 2022 में संवाद फिर से सैंटियागो में लौटा।", (2022, "Santiago")),
    ("जून 2022 में संवाद के बाद मंत्री सैंटियागो से लौटे।", None),  # people came back from it
])
def test_the_dialogue_returned_to_a_city(returned, found):
    rows = parse(DIALOGUE.format(edition="22वाँ संस्करण", returned=returned))
    assert [(y, c) for y, c, _, _ in held(rows) if y == 2022] == ([found] if found else [])


TALKS = """लीमा में पेरू-चिली-बोलीविया त्रिपक्षीय वार्ता, खनिज शृंखला पर ज़ोर

लीमा, 14 मार्च (पीटीआई)। पेरू, चिली और बोलीविया के राष्ट्रपतियों ने गुरुवार को {where} तीसरी त्रिपक्षीय शिखर वार्ता की। 13-14 मार्च 2024 को हुई इस वार्ता में खनिज शृंखला पहल की समीक्षा की गई।

{first}
"""


def test_the_reports_own_talks_held_here_wait_for_their_days():
    rows = parse(TALKS.format(where="यहाँ", first=""))
    assert held(rows) == [(2024, "Lima", "2024-03-13", 3)]


def test_talks_held_elsewhere_are_placed_there():
    rows = parse(TALKS.format(where="वॉशिंगटन में", first=""))
    assert [(y, c) for y, c, _, _ in held(rows)] == [(2024, "Washington")]


@pytest.mark.parametrize("first, found", [
    ("तीनों देशों के नेताओं ने पहली बार सितंबर 2021 में सैंटियागो में इस प्रारूप में मुलाक़ात की थी।", [(2021, "Santiago")]),
    ("तीनों देशों के नेताओं ने सितंबर 2021 में सैंटियागो में मुलाक़ात करने की योजना बनाई थी।", []),  # a plan
    ("तीनों देशों के विदेश मंत्रियों ने सितंबर 2021 में सैंटियागो में मुलाक़ात की थी।", []),  # ministers
])
def test_the_groups_leaders_met(first, found):
    rows = parse(TALKS.format(where="यहाँ", first=first))
    assert [(y, c) for y, c, _, _ in held(rows) if y == 2021] == found


@pytest.mark.parametrize("sentence, found", [
    # 'की' as a genitive: the framework of this summit was set at another meeting
    ("पिछले वर्ष सैंटियागो में हुई बैठक में इस सम्मेलन की रूपरेखा तय की गई थी।", []),
    # 'की' as the verb: the leaders held it
    ("तीनों नेताओं ने 2023 में सैंटियागो में शिखर वार्ता की थी।", [(2023, "सैंटियागो")]),
    ("तीसरे सम्मेलन की मेज़बानी सैंटियागो ने 14–18 मार्च 2015 को की।", [(2015, "सैंटियागो")]),
])
def test_ki_after_the_summit_noun_is_a_verb_only_at_the_clause_end(sentence, found):
    from pipeline.parse.language.lexicon import default_lexicon
    from pipeline.parse.prose import summits_in_sentence
    assert [(m.period.year, m.place.city if m.place else None) for m in summits_in_sentence(
        sentence, "लीमा में पेरू-चिली-बोलीविया शिखर सम्मेलन", default_lexicon(), report_year=2024)] == found


@pytest.mark.parametrize("sentence, in_meeting_series", [
    ("तीनों नेताओं की पिछली मुलाक़ात सितंबर 2022 में सैंटियागो में हुई थी।", [("2022-09", "सैंटियागो")]),
    ("तीनों नेता 2018 में सैंटियागो में भी मिले थे।", [("2018", "सैंटियागो")]),
    ("इससे पहले तीनों राष्ट्रपति 2019 में सैंटियागो में प्रशांत गठबंधन शिखर सम्मेलन के दौरान मिले थे।", [("2019", "सैंटियागो")]),
    ("तीनों देशों के विदेश मंत्री 2018 में सैंटियागो में मिले थे।", []),  # ministers
    ("तीनों नेता 2026 में सैंटियागो में मिलेंगे।", []),  # to come
    ("मर्कोसुर के नेता 2018 में सैंटियागो में मिले थे।", []),  # another body's leaders
])
def test_the_groups_leaders_met_in_a_year_in_a_series_named_a_meeting(sentence, in_meeting_series):
    from pipeline.parse.language.lexicon import default_lexicon
    from pipeline.parse.prose import summits_in_sentence

    def said(title: str) -> list[tuple]:
        return [(m.period.label, m.place.city) for m in summits_in_sentence(
            sentence, title, default_lexicon(), multilateral=True) if m.status == "held"]
    assert said(MEETING_TITLE) == in_meeting_series
    if "मुलाक़ात" not in sentence:
        # in a series of summits, a meeting in a year only or on another's sidelines is none of them
        assert said(SUMMIT_TITLE) == []


DECKED = """लीमा में फिर जुटे पेरू, चिली और बोलीविया के नेता, खनिज परियोजना पर बनी सहमति

{deck}

लीमा, 04 सितंबर 2023 (एजेंसियां)। पेरू की राजधानी लीमा में सोमवार को तीनों देशों के राष्ट्रपतियों के बीच त्रिपक्षीय शिखर बैठक हुई।

मार्च 2019 में सैंटियागो में हुई बैठक में अमेरिकी विदेश मंत्री भी शामिल हुए थे। 2017 में बोलीविया के शहर पोतोसीनो ने बैठक की मेज़बानी की। जुलाई 2020 में कुस्को में हुई बैठक में तीनों देशों के विदेश मंत्रियों ने व्यापार पर चर्चा की।
"""


def test_a_deck_that_calls_the_series_a_peak_meeting_makes_its_meetings_summits():
    rows = parse(DECKED.format(deck="त्रिपक्षीय शिखर बैठक में जल, आपदा प्रबंधन और खनिज पर भी सहयोग का संकल्प; गैस को यूरोप तक पहुँचाने पर चर्चा"))
    assert [(y, s["city"]) for y, s in ((s["year"], s) for s in rows["summits"]) if s["status"] == "held"] == [
        (2023, "लीमा"), (2019, "सैंटियागो"), (2017, "पोतोसीनो")]  # (not the ministers' meeting of 2020)


def test_without_such_a_deck_a_bare_meeting_is_none():
    rows = parse(DECKED.format(deck="बैठक में जल, आपदा प्रबंधन और खनिज पर भी सहयोग का संकल्प; गैस को यूरोप तक पहुँचाने पर चर्चा"))
    assert [s["year"] for s in rows["summits"] if s["status"] == "held"] == [2023]


@pytest.mark.parametrize("sentence, found", [
    ("दूसरा शिखर सम्मेलन जून 2024 में होना था, लेकिन इसे टाल दिया गया और अंततः 17 सितंबर 2024 को लीमा में आयोजित किया गया।",
     [("2024-09-17", "लीमा", 2)]),
    ("यह सम्मेलन पहले जून में होना था, लेकिन इसे कुछ महीनों के लिए टाल दिया गया और 17 सितंबर 2024 को लीमा में आयोजित किया गया।",
     [("2024-09-17", "लीमा", None)]),
    ("दूसरा शिखर सम्मेलन जून 2024 में होना था, लेकिन इसे टाल दिया गया और अब यह 2025 में लीमा में होगा।", []),  # still to come
    ("दूसरा शिखर सम्मेलन जून 2024 में लीमा में होना था, लेकिन इसे रद्द कर दिया गया।", []),  # cancelled
])
def test_planned_put_off_and_held_in_the_clauses_after(sentence, found):
    from pipeline.parse.language.lexicon import default_lexicon
    from pipeline.parse.prose import summits_in_sentence
    assert [(m.period.label, m.place.city, m.edition) for m in summits_in_sentence(
        sentence, "लीमा में पेरू-चिली शिखर सम्मेलन", default_lexicon()) if m.status == "held"] == found


def test_the_last_day_of_a_summit_of_several_days_is_not_its_date():
    rows = parse(TRILATERAL.format(city="लीमा", dateline="लीमा, 9 मार्च 2021", lead=(
        "लीमा में तीनों देशों के राष्ट्रपतियों की तीन दिवसीय त्रिपक्षीय बैठक सोमवार को संपन्न हुई।")))
    assert [(y, d) for y, _, d, _ in held(rows)] == [(2021, None)]
    rows = parse(TRILATERAL.format(city="लीमा", dateline="लीमा, 9 मार्च 2021", lead=(
        "लीमा में तीनों देशों के राष्ट्रपतियों की त्रिपक्षीय बैठक सोमवार को संपन्न हुई।")))
    assert [(y, d) for y, _, d, _ in held(rows)] == [(2021, "2021-03-08")]


@pytest.mark.parametrize("text, parts", [
    ('उन्होंने कहा, "हम तैयार हैं।" इससे पहले 2020 में सम्मेलन हुआ था।', 2),
    ("उन्होंने कहा, “हम तैयार हैं।” इससे पहले 2020 में सम्मेलन हुआ था।", 2),
    ('उन्होंने कहा, "हम तैयार हैं, और 2020 में सम्मेलन हुआ था।"', 1),  # the quote goes on
])
def test_a_quote_that_ends_its_sentence_ends_the_quoting_sentence(text, parts):
    from pipeline.parse.language.text import split_sentences
    assert len(split_sentences(text)) == parts


def test_a_quoted_last_year_does_not_take_the_next_sentences_year():
    rows = parse("लीमा में प्रशांत नेताओं का सम्मेलन\n\nलीमा, 14 मई 2024 (एजेंसियां)। प्रशांत नेताओं का चौथा सम्मेलन आज यहाँ संपन्न हुआ।\n\n"
                 'प्रधानमंत्री ने कहा, "पिछले साल सैंटियागो में हुए सम्मेलन में जो तय हुआ था, उस पर हमने अमल किया है।" '
                 "इससे पहले 2020 में सम्मेलन वर्चुअल माध्यम से हुआ था और 2018 में कुस्को ने इसकी मेज़बानी की थी।\n")
    summits = [(s["year"], s["city_en"], s["mode"]) for s in rows["summits"] if s["status"] == "held"]
    assert (2018, "Santiago", "virtual") not in summits and (2018, "Cusco", "in_person") in summits
    assert (2020, None, "virtual") in summits


@pytest.mark.parametrize("sentence, found", [
    ("इससे पहले 2020 में सम्मेलन वर्चुअल माध्यम से हुआ था और 2018 में कुस्को ने इसकी मेज़बानी की थी।",
     [(2020, None), (2018, "कुस्को")]),
    ("इससे पहले 2020 में सम्मेलन वर्चुअल माध्यम से हुआ था और 2026 में कुस्को ने इसकी मेज़बानी करने की पेशकश की है।",
     [(2020, None)]),  # an offer
])
def test_a_clause_on_its_host_in_a_year(sentence, found):
    from pipeline.parse.language.lexicon import default_lexicon
    from pipeline.parse.prose import summits_in_sentence
    assert [(m.period.year, m.place.city if m.place else None) for m in summits_in_sentence(
        sentence, "लीमा में प्रशांत नेताओं का सम्मेलन", default_lexicon()) if m.status == "held"] == found


@pytest.mark.parametrize("title, own", [
    ("लीमा में पेरू-चिली-बोलीविया त्रिपक्षीय वार्ता, खनिज शृंखला पर ज़ोर", True),
    ("ब्रसेल्स में यूरोपीय संघ-चिली शिखर वार्ता: व्यापार पर तनाव", False),  # two sides' talks: read by their own rules
    ("पेरू-चिली सीमा वार्ता", False),  # talks of another kind
    ("मोदी-ट्रंप वार्ता: व्यापार पर सहमति", False),  # the leaders' names, no kind of meeting
])
def test_talks_of_a_kind_in_the_title_are_the_series_meetings(title, own):
    from pipeline.parse.language.series_noun import own_meeting_nouns
    assert (match_key("वार्ता") in own_meeting_nouns(title)) == own


def test_the_series_talks_are_its_summits():
    from pipeline.parse.language.lexicon import default_lexicon
    from pipeline.parse.prose import summits_in_sentence
    title = "लीमा में पेरू-चिली-बोलीविया त्रिपक्षीय वार्ता, खनिज शृंखला पर ज़ोर"
    said = [(m.period.year, m.place.city, m.edition) for s in (
        "दूसरी त्रिपक्षीय वार्ता मई 2022 में सैंटियागो में हुई।", "2022 में सैंटियागो में विदेश सचिवों की वार्ता हुई थी।")
        for m in summits_in_sentence(s, title, default_lexicon(), multilateral=True)]
    assert said == [(2022, "सैंटियागो", 2)]


@pytest.mark.parametrize("sentence, found", [
    ("वर्ष 2019 में, जब सैंटियागो ने इसकी मेज़बानी की, तीनों देशों ने रेल समझौता किया।", [(2019, "सैंटियागो")]),
    ("2019 में, जब राष्ट्रपति ने इसकी मेज़बानी की, रेल समझौता हुआ।", []),  # a person hosted: no city
])
def test_the_year_first_and_its_host_in_a_when_clause(sentence, found):
    from pipeline.parse.language.lexicon import default_lexicon
    from pipeline.parse.prose import summits_in_sentence
    assert [(m.period.year, m.place.city) for m in summits_in_sentence(
        sentence, CLIMATE, default_lexicon(), before=FIRST_HELD)] == found
