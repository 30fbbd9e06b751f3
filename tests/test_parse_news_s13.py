"""News reports and releases (session 13, blind18): leaders' talks called चर्चा, a series' journey that
began in a city, an Indian state's government as the party, a city only the dateline names, talks in a
city's venue, visits and talks as newspapers write them, a pronoun for the summit just named. (The loan
'समिट', a trilateral summit in a report on two sides, India beside a headline's country and an issuer's
line over a press release are prosemix's: tests/test_parse_prosemix_s13.py; the guards here keep them
from reaching too far.) Every document
and sentence is invented; each shape has a look-alike left out.
"""

from __future__ import annotations

import pytest

from pipeline.parse.document import DocumentRejected
from tests.parse_support import held, parse as parse_rows


def parse(text: str) -> dict:
    """The rows, or none when the parser rejects the text (a report with no summit and one side)."""
    try:
        return parse_rows(text)
    except DocumentRejected:
        return {"parties": [], "summits": []}


def _parties(rows: dict) -> list[str]:
    return sorted(p["name_en"] for p in rows["parties"])


NEPAL = """भारत-नेपाल रिश्तों में नई गर्माहट: काठमांडू पहुंचे मोदी

विशेष संवाददाता | काठमांडू, 12 मई

प्रधानमंत्री नरेंद्र मोदी सोमवार को नेपाल पहुंचे। भारत और नेपाल के रिश्ते पुराने हैं। {sentence}
"""


@pytest.mark.parametrize("sentence, expected", [
    ("नवंबर 2023 में नेपाल के प्रधानमंत्री भारत आए थे और नई दिल्ली में प्रधानमंत्री मोदी से उनकी विस्तृत चर्चा हुई थी।",
     (2023, "New Delhi")),
    ("दोनों प्रधानमंत्रियों ने 3 मार्च 2022 को नई दिल्ली में व्यापार पर चर्चा की।", (2022, "New Delhi")),
])
def test_leaders_talks_called_charcha_are_a_meeting(sentence, expected):
    assert expected in [(y, c) for y, c, _, _ in held(parse(NEPAL.format(sentence=sentence)))]


@pytest.mark.parametrize("sentence, year", [
    # ministers' talks, and talks planned
    ("नवंबर 2023 में दोनों देशों के विदेश मंत्रियों की नई दिल्ली में विस्तृत चर्चा हुई थी।", 2023),
    ("मार्च 2026 में नई दिल्ली में दोनों प्रधानमंत्रियों के बीच चर्चा होगी।", 2026),
])
def test_ministers_or_planned_talks_are_no_meeting(sentence, year):
    assert year not in [y for y, *_ in held(parse(NEPAL.format(sentence=sentence)))]


STATE = """{headline}

निवेशकों का मेला फिर सजेगा; कई देशों के प्रतिनिधि आएंगे

हमारे संवाददाता | {city}, 21 फरवरी

{opening} {body}
"""


def _state(body: str, opening: str = "प्रदेश सरकार की सबसे बड़ी निवेश कवायद, 'इन्वेस्ट कर्नाटक समिट' की तैयारी शुरू हो गई है।",
           headline: str = "बेंगलुरु में फिर जीआईएस: निवेशक जुटेंगे", city: str = "बेंगलुरु") -> dict:
    return parse(STATE.format(headline=headline, city=city, opening=opening, body=body))


def test_a_journey_that_began_in_a_city_is_the_first_summit():
    rows = _state("समिट का सफ़र अक्टूबर 2007 में मैसूरु के एक विशाल पंडाल से शुरू हुआ था, और 2007 से 2023 के बीच "
                  "प्रदेश सात समिट करा चुका है।")
    assert [(y, c) for y, c, _, _ in held(rows)] == [(2007, "Mysuru")]


@pytest.mark.parametrize("body, year", [
    # another thing's journey, and a journey still to begin
    ("मेट्रो का सफ़र अक्टूबर 2007 में मैसूरु से शुरू हुआ था।", 2007),
    ("समिट का सफ़र अक्टूबर 2027 में मैसूरु से शुरू होगा।", 2027),
])
def test_other_journeys_are_no_first_summit(body, year):
    assert year not in [y for y, *_ in held(_state(body))]


@pytest.mark.parametrize("opening", [
    "प्रदेश सरकार की सबसे बड़ी निवेश कवायद, 'इन्वेस्ट कर्नाटक समिट' की तैयारी शुरू हो गई है।",
    "कर्नाटक सरकार द्वारा आयोजित निवेशक समिट की तैयारी शुरू हो गई है।",
])
def test_an_indian_states_government_makes_india_the_party(opening):
    rows = _state("पिछला सम्मेलन 11 जनवरी 2023 को बेंगलुरु में हुआ था।", opening=opening)
    assert _parties(rows) == ["India"]


@pytest.mark.parametrize("opening", [
    # a state named only as a place; a government that is no state's
    "निवेशक कर्नाटक से रेल संपर्क चाहते हैं और तैयारी शुरू हो गई है।",
    "मेज़बान शहर की नगर निगम सरकार ने तैयारी शुरू कर दी है।",
])
def test_a_state_only_named_or_another_government_makes_no_party(opening):
    rows = _state("पिछला सम्मेलन 11 जनवरी 2023 को बेंगलुरु में हुआ था।", opening=opening)
    assert _parties(rows) == []


TALKS = """{city} में मून-शी शिखर वार्ता: दोनों देशों ने व्यापार बढ़ाने पर सहमति जताई

बंदरगाह सहयोग पर समझौता, उत्तर कोरिया पर चर्चा

एजेंसी | {dateline}, 4 जून

{sentence} बैठक के बाद दोनों देशों ने तीन समझौतों पर दस्तख़त किए।
"""


def _talks(city: str, dateline: str, sentence: str) -> list[tuple]:
    return [(y, c, d) for y, c, d, _ in held(parse(TALKS.format(city=city, dateline=dateline, sentence=sentence)))]


def test_a_city_only_the_dateline_names_is_where_the_leaders_met():
    sentence = ("उल्सान के प्रदर्शनी केंद्र में मंगलवार, 4 जून 2019 को दक्षिण कोरिया के राष्ट्रपति मून जे-इन और "
                "चीन के राष्ट्रपति शी जिनपिंग के बीच शिखर वार्ता हुई।")
    assert _talks("उल्सान", "उल्सान (दक्षिण कोरिया)", sentence) == [(2019, "Ulsan", "2019-06-04")]


def test_a_city_no_gazetteer_spells_and_no_dateline_names_stays_unknown():
    sentence = ("उल्सान के प्रदर्शनी केंद्र में मंगलवार, 4 जून 2019 को दक्षिण कोरिया के राष्ट्रपति मून जे-इन और "
                "चीन के राष्ट्रपति शी जिनपिंग के बीच शिखर वार्ता हुई।")
    assert (2019, "Ulsan", "2019-06-04") not in _talks("सियोल", "सियोल", sentence)


@pytest.mark.parametrize("sentence, expected", [
    ("4 जून 2019 को नई दिल्ली के हैदराबाद हाउस में दोनों राष्ट्रपतियों के बीच शिखर वार्ता हुई।", (2019, "New Delhi")),
    ("4 जून 2019 को बीजिंग के ग्रेट हॉल ऑफ़ में दोनों राष्ट्रपतियों के बीच शिखर वार्ता हुई।", (2019, "Beijing")),
])
def test_talks_in_a_citys_venue_are_in_that_city(sentence, expected):
    assert expected in [(y, c) for y, c, _ in _talks("सियोल", "सियोल", sentence)]


def test_a_venue_of_a_country_is_no_city():
    sentence = "4 जून 2019 को भारत के राष्ट्रपति भवन में दोनों राष्ट्रपतियों के बीच शिखर वार्ता हुई।"
    assert [c for y, c, _ in _talks("सियोल", "सियोल", sentence) if y == 2019] in ([], [None], ["Seoul"])


PAIR = """टोक्यो में जापान-दक्षिण कोरिया शिखर वार्ता: आपूर्ति शृंखला पर सहमति

एजेंसी | टोक्यो, 5 मई

दोनों देशों के नेताओं ने आपूर्ति शृंखला पर सहयोग बढ़ाने का फ़ैसला किया। {sentence}
"""


def _pair(sentence: str) -> list[tuple]:
    return [(y, c, d) for y, c, d, _ in held(parse(PAIR.format(sentence=sentence)))]


@pytest.mark.parametrize("sentence, expected", [
    # she went there, and they met there
    ("उससे एक साल पहले, 27 जून 2013 को, पार्क सियोल गई थीं और वहाँ किशिदा के साथ उनकी बैठक हुई थी।",
     (2013, "Seoul", "2013-06-27")),
    # talks during a visit, then something more ('वार्ता कर ...')
    ("मून ने 14 दिसंबर 2017 को टोक्यो की राजकीय यात्रा में आबे से वार्ता कर संबंधों को पटरी पर लाने की कोशिश की।",
     (2017, "Tokyo", "2017-12-14")),
    # arrived to meet him, then went on to another event
    ("मून 23 दिसंबर 2019 को एक बार फिर टोक्यो पहुँचे और आबे से मिलने के बाद अगले दिन ओसाका में एक सम्मेलन में शामिल हुए।",
     (2019, "Tokyo", "2019-12-23")),
    # the day of the talks within the visit's month
    ("आबे इससे पहले जुलाई 2014 में राजकीय यात्रा पर सियोल आए थे, जब 3 जुलाई को उन्होंने राष्ट्रपति पार्क के साथ वार्ता की थी।",
     (2014, "Seoul", "2014-07-03")),
    # sat face to face
    ("ठीक दो साल बाद, 15 नवंबर 2024 को, पेरू की राजधानी लीमा में एपेक बैठक के मौक़े पर दोनों फिर आमने-सामने बैठे।",
     (2024, "Lima", "2024-11-15")),
])
def test_leaders_visits_and_talks_as_newspapers_write_them(sentence, expected):
    assert expected in _pair(sentence)


@pytest.mark.parametrize("sentence, year", [
    # a minister went; a leader sat in an audience; talks to come
    ("27 जून 2013 को विदेश मंत्री सियोल गई थीं और वहाँ समकक्ष के साथ उनकी बैठक हुई थी।", 2013),
    ("15 नवंबर 2024 को लीमा में दोनों नेता दर्शकों के बीच बैठे।", 2024),
    ("मून 23 दिसंबर 2026 को टोक्यो जाएंगे और आबे से मिलने की योजना है।", 2026),
])
def test_a_ministers_visit_a_seat_or_a_plan_is_no_meeting(sentence, year):
    assert year not in [y for y, *_ in _pair(sentence)]


def test_a_trilateral_series_keeps_its_trilateral_summits():
    text = PAIR.format(sentence="मई 2024 में सियोल में त्रिपक्षीय शिखर सम्मेलन हुआ था।").replace(
        "जापान-दक्षिण कोरिया शिखर वार्ता", "जापान-चीन-दक्षिण कोरिया त्रिपक्षीय शिखर सम्मेलन")
    assert (2024, "Seoul") in [(y, c) for y, c, _, _ in held(parse(text))]


@pytest.mark.parametrize("sentence, expected", [
    ("इसके दो महीने बाद, 5 सितंबर 2016 को हांगझोउ में जी-20 सम्मेलन के हाशिये पर पार्क और आबे की बातचीत लगभग पूरी "
     "तरह सुरक्षा के मुद्दे पर केंद्रित रही।", (2016, "Hangzhou", "2016-09-05")),
    ("5 सितंबर 2016 को ओसाका में दोनों नेताओं की बातचीत सौहार्दपूर्ण रही।", (2016, "Osaka", "2016-09-05")),
])
def test_talks_that_were_of_some_kind_took_place(sentence, expected):
    assert expected in _pair(sentence)


@pytest.mark.parametrize("sentence", [
    "5 सितंबर 2016 को ओसाका में दोनों नेताओं की बातचीत की तैयारी चलती रही।",
    "5 सितंबर 2016 को ओसाका में दोनों नेताओं की बातचीत अब तक नहीं हो सकी, गतिरोध बना रहा।",
])
def test_talks_prepared_or_not_held_are_no_meeting(sentence):
    assert 2016 not in [y for y, *_ in _pair(sentence)]


def test_a_visit_that_opens_its_clause_is_where_they_talked():
    assert (2017, "Tokyo", "2017-12-14") in _pair("14 दिसंबर 2017 को टोक्यो दौरे के दौरान मून ने आबे से वार्ता की।")


def test_a_visit_planned_during_a_tour_is_no_meeting():
    assert 2027 not in [y for y, *_ in _pair("14 दिसंबर 2027 को टोक्यो दौरे के दौरान मून आबे से वार्ता करेंगे।")]


@pytest.mark.parametrize("body, expected", [
    ("पिछला सम्मेलन 11 जनवरी 2023 को बेंगलुरु में हुआ था। इससे पहले 2019 में मैसूरु में इसका आयोजन हुआ था।", (2019, "Mysuru")),
    ("पिछला सम्मेलन 11 जनवरी 2023 को बेंगलुरु में हुआ था। 2019 में इसे 'मैग्नीफिसेंट कर्नाटक' नाम से मैसूरु में आयोजित किया गया था।",
     (2019, "Mysuru")),
])
def test_a_pronoun_for_the_summit_just_named_is_that_series_summit(body, expected):
    assert expected in [(y, c) for y, c, _, _ in held(_state(body))]


@pytest.mark.parametrize("body", [
    # the sentence before names no summit; the pronoun is held in the future
    "शहर में नया प्रदर्शनी केंद्र बना है। 2019 में मैसूरु में इसका आयोजन हुआ था।",
    "पिछला सम्मेलन 11 जनवरी 2023 को बेंगलुरु में हुआ था। 2027 में मैसूरु में इसका आयोजन होगा।",
])
def test_a_pronoun_after_no_summit_or_for_a_plan_is_no_summit(body):
    years = [y for y, *_ in held(_state(body, opening="शहर की तैयारी शुरू हो गई है।"))]
    assert 2019 not in years and 2027 not in years


def test_a_headline_over_a_dateline_stays_the_headline():
    text = "तियानजिन में नए चैंपियनों की बैठक संपन्न\n\nएजेंसी | तियानजिन, 26 जून\n\nनए चैंपियनों की 16वीं वार्षिक बैठक 26 जून 2025 को तियानजिन में संपन्न हुई।\n"
    assert parse(text)["documents"][0]["title"] == "तियानजिन में नए चैंपियनों की बैठक संपन्न"


def test_a_ministrys_release_still_speaks_for_india():
    text = ("विदेश मंत्रालय\nप्रेस विज्ञप्ति\n\nनई दिल्ली, 26 जून 2025\n\nभारत-जापान शिखर वार्ता संपन्न\n\n"
            "प्रधानमंत्री ने आज नई दिल्ली में जापान के प्रधानमंत्री के साथ शिखर वार्ता की।\n")
    assert "India" in _parties(parse(text))


def test_the_first_summit_after_the_journeys_start_is_number_one():
    rows = _state("समिट का सफ़र अक्टूबर 2007 में मैसूरु के एक विशाल पंडाल से शुरू हुआ था। एक अधिकारी याद करते हैं कि "
                  "पहली समिट में ज़्यादातर प्रतिभागी देश के भीतर के ही थे।")
    assert held(rows) == [(2007, "Mysuru", None, 1)]


def test_a_first_summit_with_a_date_of_its_own_numbers_no_journey():
    rows = _state("समिट का सफ़र अक्टूबर 2007 में मैसूरु के एक विशाल पंडाल से शुरू हुआ था। पहला सम्मेलन तो 2005 में "
                  "दिल्ली में एक परिचर्चा के रूप में हुआ था।")
    assert (2007, "Mysuru", None, 1) not in held(rows)
