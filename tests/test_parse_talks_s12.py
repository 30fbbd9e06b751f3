"""Two leaders' talks told as what happened (session 12, prose/talks.py): 'A और B के बीच ... बातचीत
चली', '... में हुई वार्ता', talks on the sidelines of another grouping's summit, 'इसी शहर में'.
Every document is small and invented, with another country pair and other wordings than the
gold sets; each shape is paired with a look-alike that must stay out.
"""

from __future__ import annotations

import pytest

from pipeline.parse.language.lexicon import default_lexicon
from pipeline.parse.layout.summits import _dated_paragraph
from pipeline.parse.prose.talks import leaders_talks
from tests.parse_support import held, parse


def _news(body: str) -> str:
    return ("भारत और जापान के नेताओं ने रक्षा सहयोग पर सहमति जताई\n\n"
            "दोनों देशों के रिश्तों में नई गर्माहट, व्यापार पर भी चर्चा\n\n"
            "भारत के प्रधानमंत्री और जापान के प्रधानमंत्री ने व्यापार और रक्षा सहयोग पर चर्चा की।\n\n"
            f"रिश्तों का सफ़र\n\nदोनों देशों के रिश्ते पुराने हैं। {body}\n")


def _summits(body: str) -> list[tuple]:
    return sorted((year, city, day) for year, city, day, _ in held(parse(_news(body))))


@pytest.mark.parametrize("sentence", [
    "भारत के प्रधानमंत्री और जापान के प्रधानमंत्री के बीच 12 मार्च 2019 को क्योटो शहर में क़रीब दो घंटे तक बातचीत चली।",
    "12 मार्च 2019 को क्योटो में दोनों नेताओं की बैठक हुई।",
    "12 मार्च 2019 को क्योटो में हुई वार्ता में दोनों नेताओं ने रक्षा समझौते पर सहमति जताई।",
    "दोनों नेताओं ने 12 मार्च 2019 को क्योटो में लंबी बातचीत के बाद संयुक्त बयान जारी किया।",
    "बर्फ़ पिघलने की शुरुआत 12 मार्च 2019 को क्योटो में हुई, जब शिंज़ो आबे और मोदी की संक्षिप्त मुलाक़ात से हुई।",
])
def test_talks_that_took_place_are_a_meeting(sentence):
    assert _summits(sentence) == [(2019, "Kyoto", "2019-03-12")]


@pytest.mark.parametrize("sentence", [
    "दोनों देशों के विदेश मंत्रियों के बीच 12 मार्च 2019 को क्योटो में बातचीत चली।",
    "12 मार्च 2019 को क्योटो में संयुक्त आयोग की बैठक हुई।",
    "12 मार्च 2019 को क्योटो में व्यापार वार्ता हुई।",
    "दोनों नेताओं की अगली बैठक 12 मार्च 2029 को क्योटो में होगी।",
])
def test_talks_of_others_or_to_come_are_not(sentence):
    assert _summits(sentence) == []


@pytest.mark.parametrize("sentence", [
    "दोनों देशों के विदेश मंत्रियों के बीच 12 मार्च 2019 को क्योटो में बातचीत चली।",
    "प्रधानमंत्री ने 12 मार्च 2019 को क्योटो में संवाददाताओं से बातचीत की।",
    "12 मार्च 2019 को क्योटो में दोनों नेताओं की बैठक की घोषणा हुई।",
    "भारत और चीन की बैठक 12 मार्च 2019 को क्योटो में हुई।",
    "12 मार्च 2019 को क्योटो में दोनों देशों के बीच बातचीत हुई।",
    "प्रधानमंत्री 12 मार्च 2019 को क्योटो में होने वाली वार्ता में भाग लेंगे।",
])
def test_the_talks_reader_leaves_out_others_talks(sentence):
    # (the reader on its own: other readers of the sentence are tested elsewhere)
    assert leaders_talks(sentence, default_lexicon()) == []
    assert leaders_talks("प्रधानमंत्री ने 12 मार्च 2019 को क्योटो में जापान के प्रधानमंत्री से बातचीत की।",
                         default_lexicon()) != []


def test_talks_on_the_sidelines_of_another_summit_are_the_two_leaders_meeting():
    assert _summits("भारत के प्रधानमंत्री ने 28 जून 2019 को ओसाका में जी-20 शिखर सम्मेलन से इतर जापान के "
                    "प्रधानमंत्री से द्विपक्षीय वार्ता की।") == [(2019, "Osaka", "2019-06-28")]
    assert _summits("15 नवंबर 2022 को बाली में जी-20 बैठक के दौरान दोनों नेताओं की मुलाक़ात हुई।") == [
        (2022, "Bali", "2022-11-15")]
    # the other summit alone is no meeting of the two
    assert _summits("28 जून 2019 को ओसाका में जी-20 शिखर सम्मेलन हुआ।") == []


@pytest.mark.parametrize("sentence", [
    "12 मार्च 2019 को क्योटो में प्रधानमंत्री ने आसियान नेताओं से भेंट की थी — वह शिखर सम्मेलन नहीं था।",
    "12 मार्च 2019 को क्योटो में दोनों नेताओं ने एक संवाद बैठक की थी, किंतु उसे इस प्रक्रिया से अलग माना जाता है।",
    "दिसंबर 2019 में क्योटो में Quad Council की पहली बैठक हुई — यह अलग मंच है।",
])
def test_a_meeting_the_text_sets_apart_is_not_one(sentence):
    assert leaders_talks(sentence, default_lexicon()) == []
    assert leaders_talks(sentence.split(" —")[0].split(", किंतु")[0], default_lexicon()) != [] or "Council" in sentence


def test_the_same_city_is_the_one_told_before_in_the_sentence():
    assert _summits("सितंबर 2021 में मोदी फिर क्योटो पहुँचे, और 5 अगस्त 2022 को भी दोनों की मुलाक़ात इसी "
                    "शहर में हुई थी।") == [(2021, "Kyoto", None), (2022, "Kyoto", "2022-08-05")]
    # 'इसी' before 'शहर' is no city's name
    lexicon = default_lexicon()
    assert [m.place for m in leaders_talks("5 अगस्त 2022 को भी दोनों की मुलाक़ात इसी शहर में हुई थी।", lexicon)] == [None]


def test_each_dated_place_before_one_noun_is_a_meeting():
    assert _summits("इसके बाद 3 जुलाई 2024 को कज़ाख़स्तान की राजधानी अस्ताना में एससीओ शिखर सम्मेलन के दौरान और "
                    "22 अक्टूबर 2024 को कज़ान में ब्रिक्स शिखर सम्मेलन के हाशिये पर भी दोनों नेताओं की बैठक हुई।") == [
        (2024, "Astana", "2024-07-03"), (2024, "Kazan", "2024-10-22")]


def test_a_talk_within_a_visits_days_dates_the_visit():
    found = _summits("प्रधानमंत्री आबे 25 से 27 अक्टूबर 2018 तक भारत की आधिकारिक यात्रा पर गए — यह पहली ऐसी यात्रा थी — "
                     "और 26 अक्टूबर को नई दिल्ली में मोदी से वार्ता की।")
    assert found == [(2018, "New Delhi", "2018-10-26")]


def test_where_clause_takes_the_city_the_leader_went_to():
    assert _summits("अक्टूबर 2023 में मोदी एक व्यापार मेले के लिए ओसाका गए, जहाँ 18 अक्टूबर को दोनों के बीच "
                    "द्विपक्षीय बातचीत हुई।") == [(2023, "Osaka", "2023-10-18")]


def test_both_leaders_signing_in_a_city_met_there():
    assert _summits("22 अक्टूबर 2019 को दोनों ने क्योटो में ही समझौते पर हस्ताक्षर किए थे।") == [
        (2019, "Kyoto", "2019-10-22")]
    assert _summits("22 अक्टूबर 2019 को दोनों देशों के अधिकारियों ने क्योटो में समझौते पर हस्ताक्षर किए।") == []


def test_a_later_day_of_the_same_year_opens_a_paragraph_of_its_own_sentences():
    assert _dated_paragraph("4 फ़रवरी 2022 को बीजिंग में बैठक हुई। इसके बाद हमला हुआ। उसी साल 15 सितंबर को "
                            "समरकंद में दोनों की मुलाक़ात हुई।")
    assert not _dated_paragraph("4 फ़रवरी 2022 को बीजिंग में बैठक हुई। इसके बाद संयुक्त बयान जारी हुआ।")


def test_the_talks_day_stands_over_the_days_of_the_visit_told_in_another_sentence():
    text = ("भारत का दूतावास\nहनोई\n\nप्रेस विज्ञप्ति\n\n१२ मार्च २०२४\n\n"
            "प्रधानमंत्री की वियतनाम यात्रा: हनोई में भारत-वियतनाम शिखर वार्ता संपन्न\n\n"
            "प्रधानमंत्री ने १० से १३ मार्च २०२४ तक वियतनाम की राजकीय यात्रा की।\n\n"
            "११ मार्च २०२४ को हनोई में दोनों प्रधानमंत्रियों के बीच शिखर वार्ता हुई।\n")
    rows = parse(text)
    assert rows["documents"][0]["title"].startswith("प्रधानमंत्री की वियतनाम यात्रा")  # the mission's city is preamble
    assert [(y, c, d) for y, c, d, _ in held(rows)] == [(2024, "Hanoi", "2024-03-11")]
    # a visit alone keeps its days
    alone = parse(text.replace("११ मार्च २०२४ को हनोई में दोनों प्रधानमंत्रियों के बीच शिखर वार्ता हुई।\n", ""))
    assert [(y, c) for y, c, _, _ in held(alone)] == [(2024, "Hanoi")] and held(alone)[0][2] != "2024-03-11"


def test_a_short_line_is_preamble_only_between_preamble_lines():
    from pipeline.parse.layout.structure import clean_lines, find_shape
    shape = find_shape(clean_lines("विदेश मंत्रालय\nटोक्यो\nप्रेस विज्ञप्ति\n१२ मार्च २०२४\nभारत-जापान शिखर वार्ता संपन्न\n\nपाठ।\n"))
    assert shape.title.text == "भारत-जापान शिखर वार्ता संपन्न"
    shape = find_shape(clean_lines("टोक्यो\nप्रेस विज्ञप्ति\n१२ मार्च २०२४\nपाठ यहाँ है और आगे भी।\n"))
    assert shape.title.text == "टोक्यो"  # no preamble line above it: the first line is the headline


def test_an_online_summit_after_another_meetings_city_has_no_city():
    sentence = ("जापान के प्रधानमंत्री ने 3 मार्च 2018 को नई दिल्ली में प्रधानमंत्री के साथ वार्ता की, तथा 21 दिसंबर 2020 को "
                "दोनों प्रधानमंत्रियों के बीच वर्चुअल शिखर सम्मेलन में नया दृष्टिकोण अपनाया गया।")
    assert _summits(sentence) == [(2018, "New Delhi", "2018-03-03"), (2020, None, "2020-12-21")]
    # its own city stays: 'वर्चुअल शिखर सम्मेलन ... नई दिल्ली से'
    own = ("जापान के प्रधानमंत्री ने 3 मार्च 2018 को टोक्यो में प्रधानमंत्री के साथ वार्ता की, तथा 21 दिसंबर 2020 को "
           "नई दिल्ली में दोनों प्रधानमंत्रियों के बीच वर्चुअल शिखर सम्मेलन हुआ।")
    assert (2020, "New Delhi", "2020-12-21") in _summits(own)


def test_a_summit_named_after_both_sides_is_the_series_under_a_title_that_spells_them_otherwise():
    def release(item: str) -> str:
        return ("प्रधानमंत्री कार्यालय\n\nप्रविष्टि तिथि: १३ फरवरी, २०२४\n\n"
                "प्रधानमंत्री ने अबू धाबी में संयुक्त अरब अमीरात के राष्ट्रपति के साथ द्विपक्षीय वार्ता की\n\n"
                "दोनों नेताओं ने भारत और संयुक्त अरब अमीरात के संबंधों की समीक्षा की। पिछले वर्षों में कई बैठकें हुईं। "
                f"इनमें {item}\n")
    own = held(parse(release("१८ फरवरी २०२२ को वर्चुअल माध्यम से आयोजित भारत-यूएई शिखर सम्मेलन भी शामिल है।")))
    assert [(y, c) for y, c, _, _ in own] == [(2022, None)]
    other = held(parse(release("१८ फरवरी २०२२ को वर्चुअल माध्यम से आयोजित भारत-आसियान शिखर सम्मेलन भी शामिल है।")))
    assert other == []


@pytest.mark.parametrize("item, expected", [
    ("(i) अगस्त 2015 में प्रधानमंत्री की क्योटो और टोक्यो यात्रा, जो पहली ऐसी यात्रा थी;", [(2015, "Kyoto")]),
    ("(ii) फरवरी 2016 में तत्कालीन प्रधानमंत्री की नई दिल्ली यात्रा, और जनवरी 2017 में गणतंत्र दिवस के मुख्य अतिथि के रूप "
     "में उनकी नई दिल्ली यात्रा;", [(2016, "New Delhi"), (2017, "New Delhi")]),
    ("(iii) अप्रैल 2018 में प्रधानमंत्री की टोक्यो की राजकीय यात्रा;", [(2018, "Tokyo")]),
])
def test_a_leaders_dated_visit_named_as_a_list_item_is_a_meeting(item, expected):
    assert [(y, c) for y, c, _ in _summits(f"दोनों नेताओं ने अपनी पिछली मुलाक़ातों को याद किया:\n\n{item}")] == expected


@pytest.mark.parametrize("item", [
    "(i) अगस्त 2015 में विदेश मंत्री की टोक्यो यात्रा;",  # a minister's
    "(i) अगस्त 2015 में जी-20 शिखर सम्मेलन के लिए प्रधानमंत्री की टोक्यो यात्रा;",  # to attend another summit
    "(i) अगस्त 2025 में प्रधानमंत्री की प्रस्तावित टोक्यो यात्रा;",  # to come
    "(i) अगस्त 2015 में टोक्यो यात्रा;",  # whose: not said
])
def test_other_listed_visits_are_not(item):
    assert leaders_talks(item, default_lexicon()) == []


@pytest.mark.parametrize("sentence", [
    "5 मई 2019 को टोक्यो में मोदी और आबे मिले।",
    "दोनों नेता 5 मई 2019 को टोक्यो में मिले।",
    "5 मई 2019 को टोक्यो में आयोजित बैठक में दोनों नेताओं ने व्यापार पर सहमति जताई।",
    "मोदी और आबे की 5 मई 2019 को टोक्यो में हुई मुलाक़ात में रक्षा समझौता हुआ।",
    "5 मई 2019 को टोक्यो में दोनों प्रधानमंत्रियों की शिखर-वार्ता हुई।",
    "दोनों प्रधानमंत्रियों ने 5 मई 2019 को टोक्यो में व्यापार पर चर्चा की।",
])
def test_other_writers_wordings_of_the_leaders_meeting(sentence):
    assert [(m.period.label, m.place.city) for m in leaders_talks(sentence, default_lexicon())] == [("2019-05-05", "टोक्यो")]


@pytest.mark.parametrize("sentence", [
    "5 मई 2019 को टोक्यो में भारत और जापान मिले।",  # two countries, not two people
    "5 मई 2019 को टोक्यो में अधिकारी और मंत्री मिले।",
    "5 मई 2019 को टोक्यो में संसद में व्यापार पर चर्चा की गई।",  # a discussion, no leaders
])
def test_look_alikes_of_those_wordings_are_not(sentence):
    assert leaders_talks(sentence, default_lexicon()) == []


def test_a_paragraph_that_denies_its_meetings_summit_status_has_none():
    paragraph = ("आगरा के बाद भी दोनों देशों के नेता कई बार मिले, लेकिन किसी मुलाक़ात को अलग शिखर वार्ता का दर्जा नहीं मिला। "
                 "जुलाई 2015 में टोक्यो में जी-20 सम्मेलन के दौरान प्रधानमंत्री मोदी और आबे मिले।")
    sentence = paragraph.split("। ")[1]
    assert leaders_talks(sentence, default_lexicon(), paragraph=paragraph) == []
    assert leaders_talks(sentence, default_lexicon()) != []


def _report(headline: str, lead: str) -> list[tuple]:
    text = (f"{headline}\n\nदोनों नेताओं ने हिंद-प्रशांत क्षेत्र में समुद्री सुरक्षा और सेमीकंडक्टर आपूर्ति शृंखला पर भी बात की\n\n"
            f"{lead}\n\nपृष्ठभूमि\n\nदोनों देशों के रिश्ते पुराने हैं।\n")
    return [(y, c, d) for y, c, d, _ in held(parse(text))]


def test_the_days_talks_in_a_dated_report_take_its_dateline():
    here = "मोदी और किशिदा की मुलाक़ात: रक्षा सहयोग पर सहमति"
    # 'यहाँ' is the dateline's city; a weekday is the last such day up to the dateline's (Friday 5 May: Monday 1 May)
    assert _report(here, "नई दिल्ली, 5 मई 2023 (भाषा)। भारत के प्रधानमंत्री नरेन्द्र मोदी और जापान के प्रधानमंत्री "
                         "फुमियो किशिदा के बीच सोमवार को यहाँ हैदराबाद हाउस में शिखर वार्ता हुई।") == [(2023, "New Delhi", "2023-05-01")]
    assert _report(here, "टोक्यो, 5 मई (एजेंसी)। भारत के प्रधानमंत्री नरेन्द्र मोदी और जापान के प्रधानमंत्री फुमियो "
                         "किशिदा के बीच शुक्रवार, 5 मई 2023 को यहाँ लंबी बातचीत हुई।") == [(2023, "Tokyo", "2023-05-05")]
    # the headline's city, for the talks its lead tells as the day's news
    there = "टोक्यो में मोदी-किशिदा शिखर वार्ता, रक्षा सहयोग पर सहमति"
    assert _report(there, "टोक्यो, 5 मई 2023। भारत के प्रधानमंत्री नरेन्द्र मोदी और जापान के प्रधानमंत्री फुमियो किशिदा "
                          "के बीच शुक्रवार को लंबी बातचीत हुई।") == [(2023, "Tokyo", None)]


def test_an_earlier_meeting_in_the_lead_does_not_take_the_headlines_city():
    lexicon = default_lexicon()
    from pipeline.parse.layout.summits import Place
    tokyo = Place("टोक्यो", "city")
    earlier = "भारत के प्रधानमंत्री और जापान के प्रधानमंत्री के बीच 12 मार्च 2019 को पिछली बातचीत हुई थी।"
    assert [m.place for m in leaders_talks(earlier, lexicon, headline_place=tokyo)] == [None]
    now = "भारत के प्रधानमंत्री और जापान के प्रधानमंत्री के बीच 12 मार्च 2019 को बातचीत हुई।"
    assert [m.place for m in leaders_talks(now, lexicon, headline_place=tokyo)] == [tokyo]


def test_background_wordings_of_earlier_meetings():
    assert _summits("दोनों नेता इससे पहले 2019 में ओसाका और 2022 में बाली में मिल चुके हैं।") == [
        (2019, "Osaka", None), (2022, "Bali", None)]
    assert _summits("दोनों नेताओं की पिछली मुलाक़ात नवंबर 2022 में बाली में जी-20 शिखर सम्मेलन के दौरान हुई थी।") == [
        (2022, "Bali", None)]
    # officials who met, and a meeting whose verb belongs to another clause
    assert _summits("दोनों देशों के अधिकारी 2019 में ओसाका और 2022 में बाली में मिल चुके हैं।") == []
    assert leaders_talks("दोनों नेताओं की मुलाक़ात, जो नवंबर 2022 में बाली में तय थी, रद्द हुई।", default_lexicon()) == []


def test_a_relative_clauses_meeting_and_a_ministerial_one_are_not_the_leaders():
    lexicon = default_lexicon()
    sentence = ("15 जून 2021 को क्योटो में प्रधानमंत्री ने जापानी नेताओं से मुलाक़ात की थी, जिससे एक परिषद बनी, जिसकी "
                "पहली बैठक सितंबर 2021 में ओसाका में हुई।")
    assert [(m.period.label, m.place.city) for m in leaders_talks(sentence, lexicon)] == [("2021-06-15", "क्योटो")]
    assert leaders_talks("दोनों नेताओं की सहमति से मंत्री-स्तरीय बैठक सितंबर 2021 में ओसाका में हुई।", lexicon) == []
    # a range's 'तक' and a venue's first word are no city between two dates
    assert leaders_talks("प्रधानमंत्री, जो 30 जुलाई से 1 अगस्त 2024 तक भारत की राजकीय यात्रा पर हैं, ने 1 अगस्त 2024 को "
                         "हैदराबाद हाउस में प्रधानमंत्री के साथ वार्ता की।", lexicon)[0].place is None


def test_a_meeting_dated_from_the_reports_year():
    found = _report("मोदी और किशिदा की मुलाक़ात: रक्षा सहयोग पर सहमति",
                    "नई दिल्ली, 5 मई 2023 (भाषा)। भारत और जापान के प्रधानमंत्रियों ने व्यापार पर चर्चा की। पिछले साल "
                    "सितंबर में टोक्यो में दोनों नेताओं की मुलाक़ात हुई थी।")
    assert (2022, "Tokyo", None) in found
    # no year to count from: nothing
    assert leaders_talks("पिछले साल सितंबर में टोक्यो में दोनों नेताओं की मुलाक़ात हुई थी।", default_lexicon()) == []


def test_a_bracketed_day_of_the_meetings_month_dates_it():
    assert _summits("सितंबर 2021 के आख़िरी हफ़्ते (29 सितंबर) में प्रधानमंत्री फिर क्योटो पहुँचे।") == [
        (2021, "Kyoto", "2021-09-29")]
    # a bracketed day of another month, or two, dates nothing
    assert _summits("सितंबर 2021 में (29 अक्टूबर को लौटे) प्रधानमंत्री फिर क्योटो पहुँचे।") == [(2021, "Kyoto", None)]


def test_cities_with_their_years_in_brackets_before_one_verb():
    assert _summits("इसके बाद जापान के ओसाका (2019), इंडोनेशिया के बाली (2022) और भारत की नई दिल्ली (2023) में भी दोनों "
                    "नेता मिले।") == [(2019, "Osaka", None), (2022, "Bali", None), (2023, "New Delhi", None)]
    # the officials' meetings in the same shape are not the leaders'
    assert _summits("इसके बाद ओसाका (2019) और बाली (2022) में दोनों देशों के अधिकारी मिले।") == []


def test_a_headline_on_two_leaders_meeting_makes_a_document_on_two_sides():
    text = ("मोदी और किशिदा की मुलाक़ात: रक्षा सहयोग पर सहमति\n\n"
            "दोनों नेताओं ने हिंद-प्रशांत क्षेत्र में समुद्री सुरक्षा और सेमीकंडक्टर आपूर्ति शृंखला पर भी बात की\n\n"
            "नई दिल्ली, 5 मई 2023 (भाषा)। प्रधानमंत्री नरेन्द्र मोदी और जापान के प्रधानमंत्री फुमियो किशिदा ने आज यहाँ "
            "हैदराबाद हाउस में द्विपक्षीय वार्ता की।\n\nपृष्ठभूमि\n\nदोनों देशों के रिश्ते पुराने हैं।\n")
    assert [(y, c, d) for y, c, d, _ in held(parse(text))] == [(2023, "New Delhi", "2023-05-05")]
    # a many-sided meeting's headline is not
    many = text.replace("मोदी और किशिदा की मुलाक़ात", "क्वाड नेताओं की त्रिपक्षीय मुलाक़ात")
    assert held(parse(many)) == []
