"""Sentence shapes of news reports, press releases and articles by writers the parser had not
seen (session 10). Every document is small and invented; each test pairs the shape the parser
must read with a look-alike it must leave out, and most shapes are tried in two or three
wordings another writer would use.
"""

from __future__ import annotations

import pytest

from pipeline.parse import DocumentRejected
from pipeline.parse.language.lexicon import default_lexicon
from pipeline.parse.prose import summits_in_sentence
from tests.parse_support import held, parse

LEXICON = default_lexicon()
PEAK_MEETING = "जापान-आसियान शिखर बैठक"


def _cities(text: str) -> list[tuple]:
    try:
        return [(year, city) for year, city, _, _ in held(parse(text))]
    except DocumentRejected:  # a report without a heading and without a summit
        return []


def _said(sentence: str, title: str = PEAK_MEETING, **kw) -> list[tuple]:
    return sorted((m.period.label, m.place.city if m.place else None, m.status)
                  for m in summits_in_sentence(sentence, title, LEXICON, **kw))


def _news(title: str, body: str) -> str:
    return f"{title}: दोनों पक्षों के रिश्तों पर एक नज़र\n\nमुंबई, 5 मार्च (ब्यूरो)। दोनों पक्षों के रिश्ते मज़बूत हुए हैं। {body}\n"


# --- one sentence, several years and places: years may share a place, a place may stand bare ---

@pytest.mark.parametrize("sentence", [
    "पिछले दशक में 2012 और 2016 में टोक्यो, 2014 में हनोई और 2018 में बैंकॉक ने इन बैठकों की मेज़बानी की थी।",
    "2012, 2016 में टोक्यो, 2014 में हनोई तथा 2018 में बैंकॉक में शिखर बैठकें हुईं।",
    "2012 और 2016 में टोक्यो में, 2014 में हनोई में और 2018 में बैंकॉक में ये बैठकें आयोजित की गईं।",
    "टोक्यो (2012, 2016), हनोई (2014) और बैंकॉक (2018) में ये शिखर बैठकें हुईं।",
    "टोक्यो ने 2012 और 2016 में, हनोई ने 2014 में तथा बैंकॉक ने 2018 में इन बैठकों की मेज़बानी की।",
])
def test_years_sharing_a_place_and_bare_places_in_one_list_are_one_summit_each(sentence):
    assert _said(sentence) == [("2012", "टोक्यो", "held"), ("2014", "हनोई", "held"), ("2016", "टोक्यो", "held"),
                               ("2018", "बैंकॉक", "held")]


def test_a_list_of_ministers_meetings_or_of_planned_ones_is_no_held_summit():
    assert _said("2012 और 2016 में टोक्यो, 2014 में हनोई और 2018 में बैंकॉक में विदेश मंत्रियों की बैठकें हुईं।") == []
    assert all(s != "held" for _, _, s in _said(
        "2012 और 2016 में टोक्यो, 2014 में हनोई और 2018 में बैंकॉक में शिखर बैठक होगी।"))


def test_hosts_of_ministers_meetings_by_year_are_no_summits():
    assert _said("टोक्यो ने 2012 और 2016 में, हनोई ने 2014 में तथा बैंकॉक ने 2018 में विदेश मंत्रियों की बैठकों की "
                 "मेज़बानी की।") == []
    assert _said("टोक्यो (2012, 2016), हनोई (2014) और बैंकॉक (2018) में विदेश मंत्रियों की बैठकें हुईं।") == []


def test_a_list_whose_last_place_has_no_postposition_is_not_read():
    # "... 2014 में हनोई और 2018 में बैंकॉक" then another verb: not a list of hosts
    assert _said("2012 में टोक्यो, 2014 में हनोई और 2018 में बैंकॉक शिखर बैठकों के बारे में चर्चा हुई।") == []


def test_a_list_item_that_is_not_a_known_city_spoils_the_list():
    assert _said("2012 और 2016 में ओबामा, 2014 में हनोई और 2018 में बैंकॉक ने इन बैठकों की मेज़बानी की थी।") == []


# --- meetings of ministers, written as a compound with a hyphen or a space ----------------------

@pytest.mark.parametrize("kind", ["मंत्री-स्तरीय", "मंत्री स्तरीय", "शेरपाओं की", "कार्य समूह की"])
def test_a_ministerial_or_working_meeting_is_no_summit(kind):
    sentence = f"उसी बैठक में एक परिषद बनी, जिसकी {kind} पहली बैठक सितंबर 2021 में ओसाका में हुई।"
    assert _said(sentence) == []


def test_the_same_sentence_about_the_leaders_first_summit_meeting_is_a_summit():
    sentence = "उसी वर्ष परिषद बनी, जिसकी पहली शिखर बैठक सितंबर 2021 में ओसाका में हुई।"
    assert [c for _, c, _ in _said(sentence)] == ["ओसाका"]


# --- leaders who met ('X ने ... नेताओं से मुलाक़ात की'), in a document on two sides ----------------

@pytest.mark.parametrize("sentence", [
    "सात साल बाद 15 जून 2021 को हनोई में जापानी प्रधानमंत्री ने आसियान नेताओं से मुलाक़ात की थी।",
    "15 जून 2021 को हनोई में दोनों पक्षों के नेताओं की मुलाक़ात हुई।",
    "15 जून 2021 को हनोई में दोनों पक्षों के नेताओं ने भेंट की।",
])
def test_leaders_who_met_on_a_day_in_a_city_held_a_summit(sentence):
    assert _said(sentence) == [("2021-06-15", "हनोई", "held")]


@pytest.mark.parametrize("sentence, kw", [
    ("15 जून 2021 को हनोई में जापानी प्रधानमंत्री ने आसियान नेताओं से मुलाक़ात की थी।", {"multilateral": True}),
    ("15 जून 2021 को हनोई में जापान के विदेश मंत्री ने आसियान नेताओं से मुलाक़ात की थी।", {}),
    ("15 जून 2021 को हनोई में प्रधानमंत्री ने आसियान नेताओं को उपहार भेंट किए।", {}),
    ("अगले वर्ष हनोई में प्रधानमंत्री आसियान नेताओं से मुलाक़ात करेंगे।", {}),
])
def test_a_minister_meeting_leaders_a_gift_a_future_meeting_or_a_many_sided_group_is_no_summit(sentence, kw):
    assert _said(sentence, **kw) == []


# --- the other series' summit that a participle dates, between ours and its verb ---------------

def test_a_date_and_place_in_the_participle_of_another_series_summit_are_not_ours():
    sentence = ("यह सम्मेलन ओसाका (जापान) में 15–17 जून 2025 को हुए जी-7 शिखर सम्मेलन और 24–25 जून 2025 को "
                "हेग में हो रहे नाटो शिखर सम्मेलन के बीच आयोजित हुआ।")
    assert _said(sentence, "जापान-आसियान शिखर सम्मेलन") == []


def test_our_summit_told_first_keeps_its_date_when_another_series_met_there_too():
    sentence = ("पहला जापान-आसियान शिखर सम्मेलन 13 दिसंबर 2005 को हनोई में आयोजित हुआ था; उसी समय हनोई में "
                "पहला पूर्वी एशिया शिखर सम्मेलन भी हुआ।")
    assert [(d, c) for d, c, _ in _said(sentence, "जापान-आसियान शिखर सम्मेलन")] == [("2005-12-13", "हनोई")]


# --- a headline's venue, and the lead's host who received the other side ----------------------

HOSTED_AT_A_VENUE = """व्हाइट हाउस में जापान-अमेरिका शिखर बैठक: व्यापार पर सहमति नहीं

एजेंसी | वॉशिंगटन, 11 अप्रैल

दोनों देशों के नेताओं ने बुधवार को व्हाइट हाउस में हुई शिखर बैठक में रक्षा सहयोग बढ़ाने का संकल्प दोहराया। राष्ट्रपति ने 10 अप्रैल 2024 को जापान के प्रधानमंत्री की मेज़बानी की।
"""


def test_a_headline_venue_in_a_city_and_the_host_who_received_the_guest_date_the_summit():
    assert _cities(HOSTED_AT_A_VENUE) == [(2024, "Washington")]


def test_a_host_who_received_a_guest_long_before_the_dateline_dates_nothing():
    assert _cities(HOSTED_AT_A_VENUE.replace("10 अप्रैल 2024", "1 अप्रैल 2024")) == []


# --- a press release issued by a delegation: its line is no headline ----------------------------

RELEASE_OF_A_DELEGATION = """जापान का भारत एवं नेपाल में प्रतिनिधिमंडल

प्रेस विज्ञप्ति | नई दिल्ली, २४ जून २०२५

जापान–आसियान शिखर सम्मेलन हनोई में संपन्न; व्यापार पर सहमति

जापान के प्रधानमंत्री ने २३ जून २०२५ को हनोई में जापान–आसियान शिखर सम्मेलन में भाग लिया।
"""


def test_a_delegation_line_above_the_headline_is_the_issuer_not_the_title():
    rows = parse(RELEASE_OF_A_DELEGATION)
    assert rows["documents"][0]["title"].startswith("जापान–आसियान शिखर सम्मेलन")
    assert "India" not in {p["name_en"] for p in rows["parties"]}
    assert _cities(RELEASE_OF_A_DELEGATION) == [(2025, "Hanoi")]


# --- a title that opens with its host city, then the sides, then a subtitle about others ------

SIDES_AFTER_THE_HOST = """दोहा में अमेरिका–खाड़ी सहयोग परिषद शिखर बैठक: राष्ट्रपति ने ईरान को दिया न्योता, सीरियाई राष्ट्रपति से भी मिले

एजेंसियाँ | दोहा, 14 मई

अमेरिकी राष्ट्रपति ने 14 मई 2025 को दोहा में खाड़ी सहयोग परिषद (जीसीसी) के सदस्य देशों — सऊदी अरब, संयुक्त अरब अमीरात, क़तर, कुवैत, बहरीन और ओमान — के नेताओं के साथ शिखर बैठक की।
"""


def test_the_host_city_before_the_sides_is_no_side_and_the_subtitle_names_none():
    names = [p["name_en"] for p in parse(SIDES_AFTER_THE_HOST)["parties"]]
    assert "United States" in names and "Oman" in names
    assert "Iran" not in names and "Syria" not in names


def test_a_title_with_one_side_after_its_host_still_looks_for_the_others():
    text = SIDES_AFTER_THE_HOST.replace("अमेरिका–खाड़ी सहयोग परिषद शिखर बैठक", "खाड़ी सहयोग परिषद शिखर बैठक")
    assert "Oman" in [p["name_en"] for p in parse(text)["parties"]]


# --- an acronym for the organisation the title spells out is the series, not another one ------

GULF = "अमेरिका–खाड़ी सहयोग परिषद शिखर बैठक"


@pytest.mark.parametrize("name", ["अमेरिका-जीसीसी", "जीसीसी-अमेरिका"])
def test_the_title_organisation_under_its_acronym_names_the_series(name):
    assert [(d, c) for d, c, _ in _said(f"पहला {name} शिखर सम्मेलन मई 2015 में दोहा में हुआ था।", GULF)] == [
        ("2015-05", "दोहा")]


def test_another_organisation_acronym_is_still_another_series():
    assert _said("पहला अमेरिका-आसियान शिखर सम्मेलन मई 2015 में दोहा में हुआ था।", GULF) == []


# --- a year and place of a founding, before the body whose summit the sentence tells ---------

@pytest.mark.parametrize("founded", ["1981 में अबू धाबी में गठित", "1981 में स्थापित", "25 मई 1981 को गठित"])
def test_the_year_a_body_was_founded_does_not_date_its_summit(founded):
    sentence = f"{founded} खाड़ी सहयोग परिषद का 45वाँ वार्षिक शिखर सम्मेलन पिछले दिसंबर में कुवैत में हुआ था।"
    assert [d for d, _, _ in _said(sentence, "खाड़ी सहयोग परिषद शिखर सम्मेलन")] == []


def test_a_summit_year_before_a_body_held_there_still_dates_it():
    sentence = "1981 में अबू धाबी में खाड़ी सहयोग परिषद का पहला शिखर सम्मेलन हुआ था।"
    assert [d for d, _, _ in _said(sentence, "खाड़ी सहयोग परिषद शिखर सम्मेलन")] == ["1981"]


# --- 'जो एक अलग आयोजन था' said of another meeting in a second part of the sentence -------------

SEPARATE_IN_ANOTHER_PART = _news("जापान-आसियान शिखर बैठक", (
    "प्रधानमंत्री ने 21 मई 2017 को हनोई में आसियान नेताओं के साथ शिखर बैठक की थी; उसी दिन उन्होंने एक व्यापार "
    "मंच को भी संबोधित किया था, जो एक अलग आयोजन था।"))


def test_a_separate_event_in_another_part_of_the_sentence_leaves_our_summit():
    assert _cities(SEPARATE_IN_ANOTHER_PART) == [(2017, "Hanoi")]


def test_a_separate_event_said_of_our_summit_leaves_it_out():
    text = SEPARATE_IN_ANOTHER_PART.replace(
        "; उसी दिन उन्होंने एक व्यापार मंच को भी संबोधित किया था, जो एक अलग आयोजन था", "; यह एक अलग आयोजन था")
    assert _cities(text) == []


# --- two leaders who met, in the many ways a report says it -----------------------------------

TWO_LEADERS = "भारत-जापान शिखर वार्ता"


@pytest.mark.parametrize("sentence, expected", [
    ("मोदी और किशिदा की पहली द्विपक्षीय मुलाक़ात 26 जून 2017 को टोक्यो में हुई थी।", [("2017-06-26", "टोक्यो")]),
    ("सितंबर 2021 में टोक्यो में दोनों नेताओं की पहली आमने-सामने की द्विपक्षीय बैठक हुई और 22 जून 2023 को ओसाका में "
     "व्यापार पर बड़े फ़ैसले हुए।", [("2021-09", "टोक्यो")]),
    ("25 जनवरी 2015 को गणतंत्र दिवस के मुख्य अतिथि बनकर आए आबे ने नई दिल्ली में उनसे वार्ता की थी।",
     [("2015-01-25", "नई दिल्ली")]),
    ("प्रधानमंत्री नरेन्द्र मोदी और जापानी प्रधानमंत्री फ़ुमियो किशिदा ने गुरुवार, 13 फरवरी 2025 को टोक्यो में "
     "आमने-सामने बैठकर विस्तृत बातचीत की।", [("2025-02-13", "टोक्यो")]),
])
def test_two_leaders_who_met_talked_or_sat_down_held_a_summit(sentence, expected):
    assert [(d, c) for d, c, _ in _said(sentence, TWO_LEADERS)] == expected


@pytest.mark.parametrize("sentence", [
    "अक्टूबर 2025 में ओसाका में मोदी और किशिदा की एक और बैठक की घोषणा हुई थी, पर बाद में उसे टाल दिया गया।",
    "मोदी और किशिदा की अगली मुलाक़ात अक्टूबर 2025 में ओसाका में होगी।",
    "सितंबर 2021 में टोक्यो में दोनों देशों के विदेश मंत्रियों की पहली बैठक हुई।",
])
def test_an_announced_or_future_meeting_or_one_of_ministers_is_no_summit(sentence):
    assert _said(sentence, TWO_LEADERS) == []


def test_a_meeting_of_other_leaders_the_text_says_was_not_ours_is_left_out():
    text = _news(TWO_LEADERS, "इससे पहले 2 मार्च 2025 को टोक्यो में ही व्यापार पर एशियाई नेताओं की एक बैठक हुई थी, "
                              "जिसकी मेज़बानी जापान ने की थी; वह भारत-जापान शिखर वार्ता नहीं थी।")
    assert _cities(text) == []


# --- a bare 'प्रधानमंत्री' in a Hindi report that names India is India's Prime Minister ----------

LEADERS_IN_THE_TITLE = """टोक्यो में मोदी-किशिदा वार्ता: व्यापार दोगुना करने का लक्ष्य

टोक्यो, 14 फरवरी (एजेंसियाँ)। प्रधानमंत्री नरेन्द्र मोदी और जापानी प्रधानमंत्री फ़ुमियो किशिदा ने गुरुवार, 13 फरवरी 2025 को टोक्यो में आमने-सामने बैठकर विस्तृत बातचीत की। भारत और जापान ने व्यापार बढ़ाने का लक्ष्य रखा।
"""


def test_a_bare_prime_minister_named_in_the_title_stands_for_india():
    assert [p["name_en"] for p in parse(LEADERS_IN_THE_TITLE)["parties"]] == ["India", "Japan"]


def test_without_india_named_a_bare_prime_minister_stands_for_no_side():
    text = LEADERS_IN_THE_TITLE.replace("भारत और जापान ने", "दोनों ने")
    assert "India" not in [p["name_en"] for p in parse(text)["parties"]]


# --- 'हाल के वर्षों में' is a time, not a place; a country in brackets before 'में,' ---------------

CONFERENCE = "विश्व तमिल सम्मेलन"


def test_in_recent_years_is_no_place_and_a_bracketed_country_before_a_comma_keeps_the_city():
    sentence = ("हाल के वर्षों में ९वाँ सम्मेलन २०१२ में जोहान्सबर्ग (दक्षिण अफ्रीका) में, १०वाँ सितंबर २०१५ में भोपाल में "
                "और ११वाँ २०१८ में पुनः पोर्ट लुई में आयोजित हुआ।")
    assert [c for _, c, _ in _said(sentence, CONFERENCE)] == ["जोहान्सबर्ग", "भोपाल", "पोर्ट लुई"]


def test_a_time_word_alone_before_the_noun_gives_no_place():
    assert "वर्षों" not in [c for _, c, _ in _said("पिछले वर्षों में ९वाँ सम्मेलन २०१२ में आयोजित हुआ।", CONFERENCE)]


# --- someone opened the summit ('... सम्मेलन का उद्घाटन किया'): it met --------------------------

@pytest.mark.parametrize("verb", ["का संयुक्त रूप से उद्घाटन किया", "का उद्घाटन किया", "का शुभारंभ किया"])
def test_a_summit_someone_opened_met_there_that_day(verb):
    sentence = f"मंत्री और फिजी के प्रधानमंत्री ने १५ फरवरी, २०२३ को नादी में १२वें विश्व तमिल सम्मेलन {verb}।"
    assert _said(sentence, CONFERENCE) == [("2023-02-15", "नादी", "held")]


def test_a_summit_someone_will_open_did_not_meet():
    sentence = "फिजी के प्रधानमंत्री १५ फरवरी, २०२३ को नादी में १२वें विश्व तमिल सम्मेलन का उद्घाटन करेंगे।"
    assert all(s != "held" for _, _, s in _said(sentence, CONFERENCE))


# --- 'यह शिखर सम्मेलन ... के तीसरे X सम्मेलन के रूप में आयोजित': X सम्मेलन is the series too -------

HELD_AS_ANOTHER_NAME = """प्रधानमंत्री ने वैश्विक जल शिखर सम्मेलन को संबोधित किया

प्रधानमंत्री ने आज, ४ जून २०२० को वैश्विक जल शिखर सम्मेलन को वीडियो कॉन्फ्रेंस के माध्यम से संबोधित किया। यह शिखर सम्मेलन जल कोष के तीसरे पुनःपूर्ति सम्मेलन के रूप में आयोजित किया गया। दूसरा पुनःपूर्ति सम्मेलन २७ जनवरी २०१५ को बर्लिन में आयोजित किया गया था।
"""


def test_a_summit_under_the_name_the_text_says_the_series_is_held_as_is_the_series():
    assert (2015, "Berlin") in _cities(HELD_AS_ANOTHER_NAME)


def test_a_summit_under_another_name_the_text_does_not_give_the_series_is_not():
    text = HELD_AS_ANOTHER_NAME.replace(" यह शिखर सम्मेलन जल कोष के तीसरे पुनःपूर्ति सम्मेलन के रूप में आयोजित किया गया।", "")
    assert (2015, "Berlin") not in _cities(text)


# --- a venue named after its city ('जकार्ता कन्वेंशन सेंटर में') places the summit in the city --------

@pytest.mark.parametrize("venue, city", [
    ("जकार्ता कन्वेंशन सेंटर", "जकार्ता"), ("हनोई अंतरराष्ट्रीय केंद्र", "हनोई"), ("टोक्यो होटल", "टोक्यो")])
def test_a_venue_opening_with_a_known_city_places_the_summit_there(venue, city):
    from pipeline.parse.layout.summits import find_place
    place = find_place(f"२२-२३ अप्रैल, २०१५ को {venue} में आयोजित हुआ", LEXICON)
    assert place is not None and place.city == city


@pytest.mark.parametrize("venue", ["अंतरराष्ट्रीय सम्मेलन केंद्र", "होटल", "ओबामा कन्वेंशन सेंटर"])
def test_a_venue_without_a_known_city_gives_no_city(venue):
    from pipeline.parse.layout.summits import find_place
    place = find_place(f"२२-२३ अप्रैल, २०१५ को {venue} में आयोजित हुआ", LEXICON)
    assert place is None or place.kind != "city"


# --- a line opened by a year that tells an anniversary ------------------------------------------

ANNIVERSARY_LINE = """एशियाई-अफ्रीकी सम्मेलन

एशियाई-अफ्रीकी सम्मेलन एशिया और अफ्रीका के देशों का मंच है।

इतिहास

1955 में जकार्ता में पहला एशियाई-अफ्रीकी सम्मेलन हुआ।

{line}
"""


@pytest.mark.parametrize("line", [
    "2025 में पहले सम्मेलन की 70वीं वर्षगांठ मनाई गई; समारोह में कई नेता आए।",
    "2025 में मंच की 70वीं वर्षगांठ पड़ी; अगले शिखर सम्मेलन की तारीख़ तय नहीं है।",
])
def test_a_year_of_an_anniversary_is_no_summit(line):
    assert [year for year, _ in _cities(ANNIVERSARY_LINE.format(line=line))] == [1955]


def test_a_year_opening_a_line_about_a_summit_held_is_still_a_summit():
    text = ANNIVERSARY_LINE.format(line="2005 में हनोई में दूसरा एशियाई-अफ्रीकी सम्मेलन हुआ।")
    assert [year for year, _ in _cities(text)] == [1955, 2005]


# --- a summit dated by its dateline quotes the dateline ---------------------------------------------

DATED_BY_DATELINE = """हेलसिंकी में फिर मिले नॉर्डिक नेता, ऊर्जा पर बनी सहमति

हेलसिंकी, 04 सितंबर 2023 (एजेंसियां)। फ़िनलैंड की राजधानी हेलसिंकी में सोमवार को डेनमार्क, फ़िनलैंड और स्वीडन के प्रधानमंत्रियों के बीच त्रिपक्षीय शिखर बैठक हुई।
"""


def test_a_summit_whose_year_only_the_dateline_gives_quotes_the_dateline():
    rows = parse(DATED_BY_DATELINE)
    (summit,) = [s for s in rows["summits"] if s["year"] == 2023]
    assert summit["source_text"].startswith("हेलसिंकी, 04 सितंबर 2023") and "सोमवार को" in summit["source_text"]


def test_a_summit_whose_sentence_states_its_year_does_not_quote_the_dateline():
    text = DATED_BY_DATELINE.replace("में सोमवार को", "में 4 सितंबर 2023 को")
    (summit,) = [s for s in parse(text)["summits"] if s["year"] == 2023]
    assert summit["source_text"].startswith("फ़िनलैंड की राजधानी")
